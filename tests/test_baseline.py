import json

import pytest

from newslint.baseline import Baseline, BaselineError

from conftest import write


def test_baseline_hides_recorded_findings_even_after_lines_move(newslint, workdir):
    write(workdir / "a.txt", "Head\nIt was was late.\nThe the end.\n")
    result = newslint("a.txt", "--write-baseline", "baseline.json")
    assert result.code == 0 and result.out == ""
    assert result.err == "newslint: wrote 2 baseline entries to baseline.json\n"
    # Lines moved down, one new defect added.
    write(workdir / "a.txt", "New first line\nHead\nIt was  was late.\nThe the end.\nAnd and more.\n")
    result = newslint("a.txt", "--baseline", "baseline.json")
    assert result.out == 'a.txt:5:1: TX101 doubled word "And and"\n'
    assert result.code == 1 and result.err == ""


def test_stale_entries_are_reported(newslint, workdir):
    write(workdir / "a.txt", "It was was late.\nThe the end.\n")
    write(workdir / "b.txt", "the the\n")
    newslint(".", "--write-baseline", "baseline.json")
    write(workdir / "a.txt", "It was late.\nThe the end.\n")
    result = newslint("a.txt", "--baseline", "baseline.json")
    assert result.code == 0 and result.out == ""
    # b.txt was not checked in this run, so its entry is not stale.
    assert result.err == (
        "newslint: baseline.json: 1 stale baseline entries (fixed or edited since recorded); "
        "rewrite it with --write-baseline\n"
        "  a.txt:1: TX101\n"
    )


def test_each_entry_absorbs_one_finding(newslint, workdir):
    write(workdir / "a.txt", "the the\n")
    newslint("a.txt", "--select", "TX101", "--write-baseline", "baseline.json")
    write(workdir / "a.txt", "the the\nthe the\n")
    assert newslint("a.txt", "--select", "TX101", "--baseline", "baseline.json").out == 'a.txt:2:1: TX101 doubled word "the the"\n'


def test_input_problems_are_never_baselined(newslint, workdir):
    write(workdir / "a.txt", b"\x00\x00")
    result = newslint("a.txt", "--write-baseline", "baseline.json")
    assert result.code == 2
    entries = json.loads((workdir / "baseline.json").read_text())["entries"]
    assert entries == []


@pytest.mark.parametrize(
    "content, message",
    [("{", "baseline is not valid JSON"), ('{"version": 9, "entries": []}', "not a newslint baseline"),
     ('{"version": 1, "entries": [{"path": "a"}]}', "baseline entry without")],
)
def test_malformed_baseline_is_one_line_and_exit_2(newslint, workdir, content, message):
    write(workdir / "a.txt", "ok\n")
    write(workdir / "baseline.json", content)
    result = newslint("a.txt", "--baseline", "baseline.json")
    assert result.code == 2 and message in result.err and result.err.count("\n") == 1
    with pytest.raises(BaselineError):
        Baseline.load(str(workdir / "baseline.json"))


def test_missing_baseline(newslint, workdir):
    write(workdir / "a.txt", "ok\n")
    result = newslint("a.txt", "--baseline", "nope.json")
    assert result.code == 2 and "nope.json: cannot read baseline" in result.err
