import json
import os
import signal
import subprocess
import sys

import pytest

from newslint import Linter
from newslint.baseline import Baseline, BaselineError, Entry, finding_fingerprint

from conftest import write


def test_baseline_hides_recorded_findings_even_after_lines_move(newslint, workdir):
    write(workdir / "a.txt", "Head\nIt was was late.\nThe the end.\n")
    result = newslint("a.txt", "--write-baseline", "baseline.json")
    assert result.code == 0 and result.out == ""
    assert result.err == "newslint: wrote 2 baseline entries to baseline.json\n"
    # Lines moved down, one new defect added.
    write(workdir / "a.txt", "New first line\nHead\nIt was  was late.\nThe the end.\nAnd and more.\n")
    result = newslint("a.txt", "--baseline", "baseline.json")
    assert result.out == 'a.txt:5:1: TX101 [*] doubled word "And and"\n'
    assert result.code == 1 and result.err == "[*] 1 fixable with the --fix option.\n"


def test_stale_entries_are_reported(newslint, workdir):
    write(workdir / "a.txt", "It was was late.\nThe the end.\n")
    write(workdir / "b.txt", "the the\n")
    newslint(".", "--write-baseline", "baseline.json")
    write(workdir / "a.txt", "It was late.\nThe the end.\n")
    result = newslint("a.txt", "--baseline", "baseline.json")
    assert result.code == 0 and result.out == ""
    # b.txt was not checked in this run, so its entry is not stale.
    assert result.err == (
        "newslint: baseline.json: 1 stale baseline entry (fixed or edited since recorded); "
        "rewrite it with --write-baseline\n"
        "  a.txt:1: TX101\n"
    )


def test_each_entry_absorbs_one_finding(newslint, workdir):
    write(workdir / "a.txt", "the the\n")
    newslint("a.txt", "--select", "TX101", "--write-baseline", "baseline.json")
    write(workdir / "a.txt", "the the\nthe the\n")
    assert newslint("a.txt", "--select", "TX101", "--baseline", "baseline.json").out == 'a.txt:2:1: TX101 [*] doubled word "the the"\n'


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
    # A file name that is not UTF-8 reads as a str with a lone surrogate.
    name = os.fsdecode(b"late\xff.txt")
    (workdir / name).write_text("It was was late.\n", encoding="utf-8")
    result = newslint(name, "--write-baseline", "baseline.json")
    assert result.code == 0 and "wrote 1 baseline entries" in result.err
    result = newslint(name, "--baseline", "baseline.json")
    assert result.code == 0 and result.out == "" and result.err == ""
    # In a record's id or text a lone surrogate is no valid text: NL104, never baselined.
    write(workdir / "c.jsonl", '{"id": "\\ud800", "text": "It was was late \\udc80."}\n')
    result = newslint("c.jsonl", "--write-baseline", "other.json")
    assert result.code == 2 and "NL104 record 1's 'text' holds a lone surrogate" in result.err


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


PARAGRAPH = (
    "Town news\n"
    "The council met on Tuesday to discuss the rockscape near the harbour, and members said the the plan "
    "would cost more than expected. Residents asked whether the new road would pass the school; the mayor "
    "said the answer was was not yet known, and the meeting ended late.. A vote is due next month after a "
    "public consultation on the plans.\n"
)


def test_a_fix_elsewhere_in_the_paragraph_keeps_the_other_entries_matched(newslint, workdir):
    write(workdir / "a.txt", PARAGRAPH)
    result = newslint("a.txt", "--select", "TX1", "--write-baseline", "baseline.json")
    assert result.err == "newslint: wrote 4 baseline entries to baseline.json\n"
    # The glued word is repaired; the three other findings of the paragraph stay.
    write(workdir / "a.txt", PARAGRAPH.replace("the rockscape", "the rock scape"))
    result = newslint("a.txt", "--select", "TX1", "--baseline", "baseline.json")
    assert result.out == "" and result.code == 0
    assert result.err.splitlines()[1:] == ["  a.txt:2: TX102"]  # only the fixed one is stale
    # Text added to the paragraph far from a finding changes nothing either;
    # a new defect in it is the one thing reported.
    write(workdir / "a.txt", PARAGRAPH.replace("Residents asked", "Many residents, some angry, asked asked"))
    result = newslint("a.txt", "--select", "TX1", "--baseline", "baseline.json")
    assert result.out == 'a.txt:2:160: TX101 [*] doubled word "asked asked"\n'


def test_an_edit_next_to_a_finding_makes_it_new(newslint, workdir):
    # The key holds the words either side: a word changed that close makes a new finding.
    write(workdir / "a.txt", PARAGRAPH)
    newslint("a.txt", "--select", "TX101", "--write-baseline", "baseline.json")
    write(workdir / "a.txt", PARAGRAPH.replace("members said the the", "members wrote the the"))
    result = newslint("a.txt", "--select", "TX101", "--baseline", "baseline.json")
    assert result.out == 'a.txt:2:89: TX101 [*] doubled word "the the"\n'


def test_identical_findings_need_one_entry_each(newslint, workdir):
    write(workdir / "a.txt", "It was was late.\nNews\nIt was was late.\n")
    newslint("a.txt", "--select", "TX101", "--write-baseline", "baseline.json")
    entries = json.loads((workdir / "baseline.json").read_text())["entries"]
    assert len(entries) == 2 and entries[0]["fingerprint"] == entries[1]["fingerprint"]
    write(workdir / "a.txt", "It was was late.\nNews\nIt was was late.\nMore\nIt was was late.\n")
    result = newslint("a.txt", "--select", "TX101", "--baseline", "baseline.json")
    assert result.out == 'a.txt:5:4: TX101 [*] doubled word "was was"\n'


def test_entries_are_written_sorted(newslint, workdir):
    write(workdir / "b.txt", "the the\n")
    write(workdir / "a.txt", "Head\nIt was was late.\nThe the end.\n")
    newslint("b.txt", "a.txt", "--select", "TX101", "--write-baseline", "baseline.json")
    first = (workdir / "baseline.json").read_text()
    entries = json.loads(first)["entries"]
    assert [(e["path"], e["line"]) for e in entries] == [("a.txt", 2), ("a.txt", 3), ("b.txt", 1)]
    assert json.loads(first)["version"] == 3
    newslint("a.txt", "b.txt", "--select", "TX101", "--write-baseline", "baseline.json")
    assert (workdir / "baseline.json").read_text() == first


def _version_1_baseline(path, diagnostics):
    """A baseline as newslint wrote it before version 2: keyed on whole lines."""
    from newslint.baseline import fingerprint, normalised_path

    entries = [
        {"path": normalised_path(d.path), "code": d.code, "line": d.line, "fingerprint": fingerprint(d)} for d in diagnostics
    ]
    write(path, json.dumps({"tool": "newslint", "version": 1, "entries": entries}))


def test_a_version_1_baseline_still_matches_on_whole_lines(newslint, workdir):
    from newslint import Linter

    write(workdir / "a.txt", PARAGRAPH)
    found = Linter(select=["TX1"]).lint_text(PARAGRAPH, path="a.txt")
    _version_1_baseline(workdir / "old.json", found)
    result = newslint("a.txt", "--select", "TX1", "--baseline", "old.json")
    assert result.out == "" and result.code == 0
    assert result.err == (
        "newslint: warning: old.json: a version 1 baseline, matched on whole lines as before; to key its entries "
        "on the flagged text, run newslint again with --write-baseline old.json instead of --baseline old.json\n"
    )
    # Matched as before: an edit anywhere in the line makes all its findings new.
    write(workdir / "a.txt", PARAGRAPH.replace("the rockscape", "the rock scape"))
    assert len(newslint("a.txt", "--select", "TX1", "--baseline", "old.json").out.splitlines()) == 3
    # Rewriting it makes a version 3 baseline.
    write(workdir / "a.txt", PARAGRAPH)
    newslint("a.txt", "--select", "TX1", "--write-baseline", "old.json")
    assert json.loads((workdir / "old.json").read_text())["version"] == 3


def test_the_key_reads_the_flagged_text_from_the_line_when_a_diagnostic_lacks_it():
    from newslint.baseline import finding_fingerprint, flagged_with_context
    from newslint.diagnostic import Diagnostic, Severity

    line = "Members said the  the plan would cost more."
    d = Diagnostic("a.txt", 3, 14, 3, 22, "TX101", "doubled-word", Severity.WARNING, "m", line)
    assert flagged_with_context(d) == ("Memberssaid", "the  the", "planwouldcos")
    assert finding_fingerprint(d) == finding_fingerprint(d._replace(flagged_text="the  the", line=9, end_line=9))
    # White space and marks around the span are left out; the words are not.
    for same in ("plan \t would", "plan, would", "plan-would"):
        assert finding_fingerprint(d) == finding_fingerprint(d._replace(line_text=line.replace("plan would", same)))
    assert finding_fingerprint(d) != finding_fingerprint(d._replace(line_text=line.replace("said", "told")))
    # An accent composed or not is one letter.
    accented = "Café said the  the plan would cost more."
    e = d._replace(line_text=accented, col=11, end_col=19)
    decomposed = accented.replace("é", "e\u0301")
    assert finding_fingerprint(e) == finding_fingerprint(e._replace(line_text=decomposed, col=12, end_col=20))


def test_a_repair_right_next_to_a_finding_keeps_it_matched(newslint, workdir):
    # The doubled full stop and the glued word are repaired; the doubled
    # words beside them are still the recorded ones.
    write(workdir / "a.txt", "Head\nIt ended late.. the the crowd left the rockscape was was empty.\n")
    newslint("a.txt", "--select", "TX1", "--write-baseline", "baseline.json")
    write(workdir / "a.txt", "Head\nIt ended late. the the crowd left the rock scape was was empty.\n")
    result = newslint("a.txt", "--select", "TX1", "--baseline", "baseline.json")
    assert result.out == "" and result.code == 0
    assert result.err.splitlines()[1:] == ["  a.txt:2: TX102", "  a.txt:2: TX108"]


def test_fix_leaves_alone_the_findings_the_baseline_hides(newslint, workdir):
    # --fix repairs what the report shows: a recorded finding is hidden, so
    # its text stays as it was (it used to be fixed all the same).
    write(workdir / "a.txt", "It was was late.\nThe the end.\n")
    newslint("a.txt", "--write-baseline", "baseline.json")
    write(workdir / "a.txt", "It was was late.\nThe the end.\nAnd and more.\n")
    result = newslint("a.txt", "--baseline", "baseline.json", "--fix")
    assert (workdir / "a.txt").read_text() == "It was was late.\nThe the end.\nAnd more.\n"
    assert result.code == 0 and result.out == ""
    # The baseline's entries still match, so none is stale.
    assert "stale" not in result.err


def test_diff_with_a_baseline_shows_only_the_unrecorded_fixes(newslint, workdir):
    write(workdir / "a.txt", "The the end.\n")
    newslint("a.txt", "--write-baseline", "baseline.json")
    write(workdir / "a.txt", "The the end.\nAnd and more.\n")
    result = newslint("a.txt", "--baseline", "baseline.json", "--diff")
    assert "-And and more." in result.out and "+And more." in result.out
    assert "-The the end." not in result.out


def test_a_fix_beside_a_recorded_finding_leaves_it_alone(newslint, workdir):
    # The glued "May.The" is recorded; the doubled "in in" before it is not
    # (it was not selected then).  Fixing "in in" changes the words just
    # before "May.The", which its baseline key reads: the next pass must
    # still leave it alone, as the report did.
    text = "Officials said the talks ended in in May.The opposition called for an election.\n"
    write(workdir / "a.txt", text)
    newslint("a.txt", "--select", "TX109", "--write-baseline", "baseline.json")
    assert newslint("a.txt", "--select", "TX101,TX109", "--baseline", "baseline.json").out.count("TX") == 1
    result = newslint("a.txt", "--select", "TX101,TX109", "--baseline", "baseline.json", "--fix")
    assert (workdir / "a.txt").read_text() == text.replace("in in", "in")
    assert "fixed 1 finding" in result.err


def test_the_fixer_counts_the_baseline_afresh():
    # Two identical findings and one entry: asking finds one recorded, and
    # leaves the run's own count of entries untouched for the report.
    linter = Linter(select=["TX101"])
    found = linter.lint_text("The the end.\nThe the end.\n", path="a.txt")
    baseline = Baseline([Entry("a.txt", "TX101", 1, finding_fingerprint(found[0]))])
    for _ in range(3):
        assert baseline.recorded_among(found) == [found[0]]
    assert baseline.is_known(found[0]) and not baseline.is_known(found[1])


def test_paths_are_relative_to_the_baseline_file_so_any_folder_can_run_it(newslint, workdir, monkeypatch):
    corpus = workdir / "corpus"
    corpus.mkdir()
    (workdir / "ci").mkdir()
    write(corpus / "a.txt", "It was was late.\n")
    newslint("corpus", "--select", "TX101", "--write-baseline", "ci/baseline.json")
    entries = json.loads((workdir / "ci" / "baseline.json").read_text())["entries"]
    assert [entry["path"] for entry in entries] == ["../corpus/a.txt"]
    # From the corpus's folder, as a hook or a CI step that changes folder runs it.
    monkeypatch.chdir(corpus)
    result = newslint(".", "--select", "TX101", "--baseline", "../ci/baseline.json")
    assert (result.out, result.err, result.code) == ("", "", 0)
    # From the baseline's folder, naming the file another way.
    monkeypatch.chdir(workdir / "ci")
    result = newslint("../corpus/./a.txt", "--select", "TX101", "--baseline", "baseline.json")
    assert (result.out, result.err, result.code) == ("", "", 0)
    # A new finding is still new wherever it is run from.
    write(corpus / "a.txt", "It was was late.\nAnd and then.\n")
    result = newslint(str(corpus), "--select", "TX101", "--baseline", "baseline.json")
    assert result.out.count("TX101") == 1 and ":2:" in result.out


def test_a_version_2_baseline_keeps_paths_relative_to_the_folder_it_ran_in(newslint, workdir):
    """Version 2 files recorded the run's own paths; they match as before when
    run from the same folder, even with the baseline file elsewhere."""
    from newslint.baseline import normalised_path

    write(workdir / "a.txt", "It was was late.\n")
    found = Linter(select=["TX101"]).lint_text("It was was late.\n", path="a.txt")
    entries = [
        {"path": normalised_path(d.path), "code": d.code, "line": d.line, "fingerprint": finding_fingerprint(d)}
        for d in found
    ]
    (workdir / "old").mkdir()
    write(workdir / "old" / "baseline.json", json.dumps({"tool": "newslint", "version": 2, "entries": entries}))
    result = newslint("a.txt", "--select", "TX101", "--baseline", "old/baseline.json")
    assert (result.out, result.err, result.code) == ("", "", 0)
