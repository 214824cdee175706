import json
import os
import signal
import subprocess
import sys

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
     ('{"version": 1, "entries": [{"path": "a"}]}', "baseline entry 1 is not a mapping of path, code"),
     ('{"version": 1, "entries": [{"path": 3, "code": "TX101", "line": 1, "fingerprint": "ab"}]}', "entry 1 is not"),
     ('{"version": 1, "entries": [{"path": null, "code": "TX101", "line": 1, "fingerprint": "ab"}]}', "entry 1 is not"),
     ('{"version": 1, "entries": [{"path": "a", "code": "TX101", "line": 1, "fingerprint": ["ab"]}]}', "entry 1 is not"),
     ('{"version": 1, "entries": [{"path": "a", "code": "TX101", "line": "x", "fingerprint": "ab"}]}', "entry 1 is not"),
     ('{"version": 1, "entries": ["a.txt"]}', "entry 1 is not"),
     ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
     ('{"version": 1, "entries": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply")],
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


def test_a_baseline_that_is_not_a_file_is_refused(newslint, workdir):
    write(workdir / "a.txt", "ok\n")
    os.mkfifo(workdir / "fifo.json")
    for name in ("fifo.json", "/dev/zero"):
        result = newslint("a.txt", "--baseline", name)
        assert result.code == 2 and "not a regular file" in result.err and result.err.count("\n") == 1


def test_a_lone_surrogate_is_baselined(newslint, workdir):
    write(workdir / "c.jsonl", '{"id": "\\ud800", "text": "It was was late \\udc80."}\n')
    result = newslint("c.jsonl", "--write-baseline", "baseline.json")
    assert result.code == 0 and "wrote 1 baseline entries" in result.err
    result = newslint("c.jsonl", "--baseline", "baseline.json")
    assert result.code == 0 and result.out == "" and result.err == ""


FAILING_WRITE = """
import resource, sys
from newslint.cli import main
# Any file write past 4 kB fails (EFBIG), as under `prlimit --fsize`.
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
sys.exit(main(sys.argv[1:]))
"""


def test_a_write_that_fails_halfway_leaves_the_baseline_intact(workdir):
    write(workdir / "a.txt", "It was was late.\n")
    write(workdir / "many.txt", "".join(f"Line {i} had the the word.\n" for i in range(400)))

    def run(*args):
        env = {**os.environ, "NEWSLINT_DISABLE_PLUGIN_AUTOLOAD": "1"}
        return subprocess.run(
            [sys.executable, "-c", FAILING_WRITE, "--isolated", "-q", "--select", "TX101", *args],
            capture_output=True, text=True, env=env, preexec_fn=lambda: signal.signal(signal.SIGXFSZ, signal.SIG_IGN),
        )

    assert run("a.txt", "--write-baseline", "baseline.json").returncode == 0
    before = (workdir / "baseline.json").read_bytes()
    failed = run("a.txt", "many.txt", "--write-baseline", "baseline.json")
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1 and "baseline.json" in failed.stderr and "Traceback" not in failed.stderr
    assert (workdir / "baseline.json").read_bytes() == before
    assert [p.name for p in workdir.iterdir() if p.name.endswith(".tmp")] == []
    # The kept baseline still loads.
    assert run("a.txt", "--baseline", "baseline.json").returncode == 0
