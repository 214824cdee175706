"""The cache folder's housekeeping: ``newslint cache info`` and ``clean``,
and the pruning of files no current run reads."""
import os
import time

from newslint.cache import STALE_AFTER_DAYS, SECONDS_PER_DAY, cache_files, prune

from conftest import write

CURRENT = "wordfreq-3.1.1-py311-full-en.table2"
OLDER_LAYOUT = "wordfreq-3.1.1-py311-full-en.table"
OLD_MARSHAL = "wordfreq-3.1.1-py311-common-ar.marshal"
ENVIRONMENT = "installed-py311-0a1b2c3d.json"
NOT_OURS = "notes.txt"


def _fill(folder, age_days=0.0):
    for name in (CURRENT, OLDER_LAYOUT, OLD_MARSHAL, ENVIRONMENT, NOT_OURS):
        write(folder / name, "x" * 10)
    stamp = time.time() - age_days * SECONDS_PER_DAY
    os.utime(folder / ENVIRONMENT, (stamp, stamp))


def test_prune_removes_older_layouts_and_environments_unused_for_a_month(tmp_path):
    _fill(tmp_path, age_days=STALE_AFTER_DAYS + 1)
    assert prune(tmp_path) == (3, 30)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([CURRENT, NOT_OURS])


def test_prune_keeps_an_environment_file_written_recently(tmp_path):
    _fill(tmp_path, age_days=STALE_AFTER_DAYS - 1)
    prune(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([CURRENT, ENVIRONMENT, NOT_OURS])


def test_only_newslints_own_files_are_listed(tmp_path):
    _fill(tmp_path)
    assert NOT_OURS not in {item.path.name for item in cache_files(tmp_path)}
    assert cache_files(tmp_path / "missing") == []


def test_cache_info_and_clean_on_the_command_line(newslint, workdir, monkeypatch):
    folder = workdir / "cache"
    folder.mkdir()
    _fill(folder)
    monkeypatch.setenv("NEWSLINT_CACHE", str(folder))
    info = newslint("cache", "info")
    assert info.code == 0
    assert f"folder: {folder}" in info.out and "word tables in an older layout: 2 files" in info.out
    assert "total: 4 files" in info.out
    cleaned = newslint("cache", "clean")
    assert cleaned.code == 0 and "removed 4 files" in cleaned.out
    assert [path.name for path in folder.iterdir()] == [NOT_OURS]
    # The next run rebuilds what it needs and still checks.
    write(workdir / "a.txt", "It was was late.\n")
    assert newslint("a.txt", "--select", "TX101").code == 1
