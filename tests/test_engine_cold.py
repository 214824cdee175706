"""Issue 14, the engine's part: compiled patterns kept on disk between runs
(newslint.pattern_cache) and parallel runs whose output is the one process's."""
from __future__ import annotations

import copyreg

import pytest
import regex

from newslint import pattern_cache

PATTERN = r"(?P<word>\b\w+) (?P=word)\b|\p{Lu}{3,}"
TEXT = "It was was NASA's call"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder, and the module in a fresh process's state."""
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    pattern_cache.forget()
    yield tmp_path / "cache"
    pattern_cache.forget()


def spans(pattern) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(TEXT)]


def compiles(monkeypatch) -> list:
    """The patterns regex.compile is asked for from now on."""
    asked = []
    real = regex.compile

    def counting(pattern, flags=0, **kwargs):
        asked.append(pattern)
        return real(pattern, flags, **kwargs)

    monkeypatch.setattr(regex, "compile", counting)
    return asked


def test_a_saved_pattern_is_rebuilt_without_compiling(cache, monkeypatch):
    first = pattern_cache.compile_cached(PATTERN, regex.IGNORECASE)
    pattern_cache.save()
    assert pattern_cache.cache_path().exists()
    pattern_cache.forget()  # as a new process
    asked = compiles(monkeypatch)
    again = pattern_cache.compile_cached(PATTERN, regex.IGNORECASE)
    assert PATTERN not in asked
    assert spans(again) == spans(first) == [(3, 10), (11, 15), (18, 22)]  # "call" too, ignoring case
    assert (again.pattern, again.flags, again.groupindex) == (first.pattern, first.flags, first.groupindex)


def test_flags_are_part_of_the_key(cache):
    pattern_cache.compile_cached(r"nasa")
    pattern_cache.save()
    pattern_cache.forget()
    assert spans(pattern_cache.compile_cached(r"nasa", regex.IGNORECASE)) == [(11, 15)]
    assert spans(pattern_cache.compile_cached(r"nasa")) == []


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage", "empty"])
def test_a_damaged_file_is_ignored_and_written_again(cache, monkeypatch, damage):
    pattern_cache.compile_cached(PATTERN)
    pattern_cache.save()
    path = pattern_cache.cache_path()
    data = path.read_bytes()
    damaged = {
        "truncated": data[: len(data) // 2],
        "flipped": data[:-20] + bytes([data[-20] ^ 0xFF]) + data[-19:],
        "garbage": b"\x00" * len(data),
        "empty": b"",
    }[damage]
    path.write_bytes(damaged)
    pattern_cache.forget()
    asked = compiles(monkeypatch)
    assert spans(pattern_cache.compile_cached(PATTERN)) == [(3, 10), (11, 15)]
    assert PATTERN in asked
    pattern_cache.save()
    assert path.read_bytes() == data


def test_a_recipe_filed_under_another_pattern_is_not_used(cache):
    pattern_cache.compile_cached(r"was")
    pattern_cache.save()
    pattern_cache.forget()
    recipes = pattern_cache._REGEX.loaded()
    (key,) = [key for key in recipes if key[0] == "was"]
    recipes[("NASA", *key[1:])] = recipes[key]  # a file mixed up by hand
    assert spans(pattern_cache.compile_cached("NASA")) == [(11, 15)]


def test_a_folder_that_cannot_be_written_costs_only_speed(tmp_path, monkeypatch):
    # Root ignores permissions, so the folder's place is taken by a file.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("NEWSLINT_CACHE", str(blocker / "cache"))
    pattern_cache.forget()
    try:
        assert spans(pattern_cache.compile_cached(PATTERN)) == [(3, 10), (11, 15)]
        pattern_cache.save()  # no exception
        assert not (blocker / "cache").exists()
    finally:
        pattern_cache.forget()


def test_when_the_pickling_protocol_changes_regex_compile_is_used(cache, monkeypatch):
    monkeypatch.delitem(copyreg.dispatch_table, regex.Pattern)
    asked = compiles(monkeypatch)
    assert spans(pattern_cache.compile_cached(PATTERN)) == [(3, 10), (11, 15)]
    assert PATTERN in asked
    pattern_cache.save()
    assert not cache.exists() or not any(cache.iterdir())


def test_when_a_recipe_no_longer_rebuilds_regex_compile_is_used(cache, monkeypatch):
    pattern_cache.compile_cached(PATTERN)
    pattern_cache.save()
    pattern_cache.forget()
    pattern_cache._REGEX.loaded()

    def broken(*arguments):
        raise ValueError("a recipe from another regex")

    monkeypatch.setattr(pattern_cache._REGEX, "rebuild", broken)
    asked = compiles(monkeypatch)
    assert spans(pattern_cache.compile_cached(PATTERN)) == [(3, 10), (11, 15)]
    assert PATTERN in asked


def test_two_processes_writing_keep_both_patterns(cache):
    # This process read the (empty) file, then another process wrote its
    # pattern before this one saved: both are kept.
    pattern_cache.compile_cached(r"first")
    state = (pattern_cache._REGEX.recipes, set(pattern_cache._REGEX.new))
    pattern_cache.forget()
    pattern_cache.compile_cached(r"second")
    pattern_cache.save()  # the other process
    pattern_cache.forget()
    pattern_cache._REGEX.loaded()
    pattern_cache._REGEX.recipes.clear()
    pattern_cache._REGEX.recipes.update(state[0])
    pattern_cache._REGEX.new.update(state[1])
    pattern_cache.save()
    patterns = {key[0] for key in pattern_cache._read(pattern_cache.cache_path())}
    assert {"first", "second"} <= patterns


def test_locale_patterns_are_not_kept(cache):
    pattern_cache.compile_cached(rb"\w+", regex.LOCALE)
    pattern_cache.save()
    assert not pattern_cache.cache_path().exists()


PROBE = """
import json, sys, regex, regex._main as m
real = m._compile
seen = []
def counting(pattern, *rest):
    seen.append(pattern)
    return real(pattern, *rest)
m._compile = counting
from newslint.plugins import load_registry
load_registry()
sys.stderr.write("\\nSEEN " + json.dumps(len(seen)) + "\\n")
"""


@pytest.fixture(scope="module")
def two_cold_runs(tmp_path_factory):
    """Two fresh processes loading the rules, sharing an empty cache folder
    (no article is checked: that would build the word tables): how many
    patterns regex compiled in each, and the folder."""
    import json
    import os
    import subprocess
    import sys

    root = tmp_path_factory.mktemp("cold")
    env = {**os.environ, "NEWSLINT_CACHE": str(root / "cache")}

    def compiled() -> int:
        done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True)
        return json.loads(done.stderr.rsplit("SEEN ", 1)[1])

    return compiled(), compiled(), root / "cache"


def test_a_second_process_reads_the_patterns_the_first_wrote(two_cold_runs):
    first, second, _ = two_cold_runs
    assert first - second >= 50, (first, second)


def test_every_saved_pattern_matches_as_regex_compiles_it(two_cold_runs, monkeypatch):
    """The rules' patterns rebuilt from the file find what freshly compiled
    ones find, on the project's own articles.  (Not the same bytes: regex
    lists a set's characters in hash order, which differs between processes.)"""
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures"
    lines = [
        line
        for path in sorted([*fixtures.glob("*.txt"), *(fixtures / "findings").glob("*.txt")])
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    monkeypatch.setenv("NEWSLINT_CACHE", str(two_cold_runs[2]))
    pattern_cache.forget()
    try:
        recipes = pattern_cache._read(pattern_cache.cache_path())
        assert len(recipes) > 50
        matched = 0
        for pattern, flags, _ in recipes:
            rebuilt = pattern_cache.compile_cached(pattern, flags)
            fresh = regex.compile(pattern, flags)
            assert (rebuilt.groupindex, rebuilt.flags, rebuilt.groups) == (fresh.groupindex, fresh.flags, fresh.groups)
            for line in lines:
                found = [(m.span(), m.groups()) for m in rebuilt.finditer(line)]
                assert found == [(m.span(), m.groups()) for m in fresh.finditer(line)], (pattern, line)
                matched += bool(found)
        assert matched > 100
    finally:
        pattern_cache.forget()


# -- parallel runs --------------------------------------------------------------


def _records(workdir, articles: int, poison: int | None = None) -> None:
    """A JSON Lines corpus spanning several batches, with a line ZZ301 counts
    across articles; ``poison``: that article says KILL."""
    import json

    from conftest import write

    rows = []
    for number in range(articles):
        body = [f"Story {number} opens with its own line.", f"Its second line is unique too, number {number}."]
        if number % 4 == 1:
            body.append("Share this article")
        if number == poison:
            body.append("KILL")
        rows.append(json.dumps({"id": f"s{number}", "text": "\n".join(body)}))
    write(workdir / "corpus.jsonl", "\n".join(rows) + "\n")
    write(workdir / "newslint.yaml", "plugins: [sample_rules]\nselect: [ZZ3]\n")


@pytest.fixture
def counting_pids(tmp_path, monkeypatch):
    """The process ids the corpus rule ZZ301 counted in (forked workers
    inherit the patched class); an article holding KILL kills the worker
    counting it (never the test's process)."""
    import os
    import signal

    import sample_rules

    log = tmp_path / "pids"
    parent = os.getpid()
    real = sample_rules.RepeatedAcrossCorpus.collect

    def collect(self, document, options):
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        if os.getpid() != parent and any(line.text == "KILL" for line in document.lines):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(self, document, options)

    monkeypatch.setattr(sample_rules.RepeatedAcrossCorpus, "collect", collect)
    return lambda: [int(pid) for pid in log.read_text().split()]


def test_with_two_jobs_the_counting_pass_runs_in_the_workers(newslint, workdir, counting_pids):
    import os

    _records(workdir, 400)
    one = newslint("corpus.jsonl", "-j", "1")
    assert set(counting_pids()) == {os.getpid()}
    two = newslint("corpus.jsonl", "-j", "2")
    assert one.out == two.out and one.out.count("ZZ301 line recurs in 100 articles") == 100
    counted = counting_pids()[400:]
    # Each article is counted once, by the worker or, after its warm-up,
    # by the parent (when the worker has not started the batch yet).
    assert len(counted) == 400 and set(counted) - {os.getpid()}


def test_a_worker_dying_in_the_counting_pass_is_named(newslint, workdir, counting_pids, monkeypatch):
    from newslint import runner

    # The parent takes batches too when a result it needs is not ready;
    # here it leaves them all to the worker, which counts the poison.
    monkeypatch.setattr(runner, "_take_last_waiting", lambda pending, here: False)
    _records(workdir, 200, poison=150)
    result = newslint("corpus.jsonl", "-j", "2")
    assert result.code == 2
    assert result.err == (
        "newslint: error: a worker process was killed by SIGKILL (out of memory?) while checking corpus.jsonl#s150; "
        "the report is incomplete\n"
    )


@pytest.mark.parametrize("fmt", ["default", "jsonl"])
def test_two_jobs_print_what_one_prints_on_shards_and_one_file(newslint, workdir, fmt):
    import gzip

    from conftest import write

    _records(workdir, 300)
    lines = (workdir / "corpus.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    write(workdir / "a.jsonl", "".join(lines[0::3]))
    write(workdir / "b.jsonl.gz", gzip.compress("".join(lines[1::3]).encode("utf-8")))
    write(workdir / "c.jsonl", "".join(lines[2::3]))
    for files in (["corpus.jsonl"], ["a.jsonl", "b.jsonl.gz", "c.jsonl"]):
        one = newslint(*files, "--format", fmt, "-j", "1")
        two = newslint(*files, "--format", fmt, "-j", "2")
        assert (one.out, one.code) == (two.out, two.code)
        assert one.out.count("ZZ301") == 75


def test_workers_count_while_the_parent_warms_up(newslint, workdir, counting_pids, monkeypatch):
    """The counting workers are forked before the warm-up and start at once:
    the warm-up sees articles counted in other processes before it ends."""
    import os
    import time

    from newslint import runner

    _records(workdir, 400)
    real = runner._warm_up
    seen_during_warm_up = []

    def warm_up(checker, read):
        deadline = time.monotonic() + 10  # the old order never gets there
        while time.monotonic() < deadline:
            try:
                counted = [pid for pid in counting_pids() if pid != os.getpid()]
            except FileNotFoundError:
                counted = []
            if counted:
                break
            time.sleep(0.01)
        seen_during_warm_up.append(len(counted))
        real(checker, read)

    monkeypatch.setattr(runner, "_warm_up", warm_up)
    one = newslint("corpus.jsonl", "-j", "1")
    two = newslint("corpus.jsonl", "-j", "2")
    assert one.out == two.out
    assert seen_during_warm_up[-1] > 0


def test_spawned_workers_count_and_check_as_one_process(newslint, workdir, monkeypatch):
    """Where processes cannot fork, one pool of spawned workers (each loading
    the plugins itself) runs both passes."""
    import multiprocessing

    _records(workdir, 150)
    one = newslint("corpus.jsonl", "-j", "1")
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    two = newslint("corpus.jsonl", "-j", "2")
    assert (one.out, one.code) == (two.out, two.code) and one.out.count("ZZ301") == 38
