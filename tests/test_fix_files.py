"""--fix on files and corpora: encodings, BOM, line ends, gzip, records,
atomic writes, --fix-output, --select, input problems, machine formats and
the exit codes.  All text here is written for these tests."""
from __future__ import annotations

import gzip
import json
import os

import pytest

from newslint.fix_files import text_field_span

from conftest import write

DAMAGED = "Officials said the the ferry was delayed,, and the cafÃ© closed.\n"
FIXED = "Officials said the ferry was delayed, and the café closed.\n"


def test_fix_rewrites_the_file_and_reports_what_remains(newslint, workdir):
    path = write(workdir / "a.txt", DAMAGED + "The harbour is closed for repairs. ”\n")
    result = newslint("a.txt", "--fix", "--show-fixes")
    assert path.read_text(encoding="utf-8") == FIXED + "The harbour is closed for repairs. ”\n"
    assert result.code == 1  # the stray quotation mark remains, and has no fix
    assert "QM102" in result.out and "TX101" not in result.out.split("Fixed")[0]
    assert result.out.endswith(
        "Fixed 3 findings:\n- a.txt:\n    1 × TX101 (doubled-word)\n    1 × TX104 (mojibake)\n    1 × TX108 (doubled-punctuation)\n"
    )
    assert "fixed 3 findings in 1 file (1 remaining)" in result.err


def test_a_second_fix_changes_nothing(newslint, workdir):
    path = write(workdir / "a.txt", DAMAGED)
    assert newslint("a.txt", "--fix").code == 0
    after = path.read_bytes()
    second = newslint("a.txt", "--fix", "--exit-non-zero-on-fix")
    assert (second.code, second.out, path.read_bytes()) == (0, "", after)
    assert newslint("a.txt", "--diff") .code == 0


def test_exit_non_zero_on_fix_fails_when_it_changed_a_file(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    result = newslint("a.txt", "--fix", "--exit-non-zero-on-fix")
    assert result.code == 1 and result.out == ""
    assert (workdir / "a.txt").read_text(encoding="utf-8") == FIXED


def test_diff_changes_nothing_and_exits_1(newslint, workdir):
    path = write(workdir / "a.txt", DAMAGED)
    result = newslint("a.txt", "--diff")
    assert result.code == 1 and path.read_text(encoding="utf-8") == DAMAGED
    assert result.out == f"--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-{DAMAGED}+{FIXED}"


def test_crlf_and_bom_are_kept(newslint, workdir):
    # Two different lines: the same sentence twice is a duplicated passage (TX111), which --fix leaves.
    second, second_fixed = "The harbour master said the the boats were safe.\n", "The harbour master said the boats were safe.\n"
    path = write(workdir / "a.txt", b"\xef\xbb\xbf" + (DAMAGED + second).replace("\n", "\r\n").encode("utf-8"))
    assert newslint("a.txt", "--fix").code == 0
    assert path.read_bytes() == b"\xef\xbb\xbf" + (FIXED + second_fixed).replace("\n", "\r\n").encode("utf-8")


def test_a_crlf_diff_keeps_crlf(newslint, workdir):
    write(workdir / "a.txt", DAMAGED.replace("\n", "\r\n"))
    assert newslint("a.txt", "--diff").out.endswith(f"-{DAMAGED[:-1]}\r\n+{FIXED[:-1]}\r\n")


def test_a_cp1252_file_is_written_back_in_cp1252(newslint, workdir):
    path = write(workdir / "a.txt", "Smith &amp; Sons&#8217; caf&eacute; closed,, early.\n".encode("cp1252"))
    assert newslint("a.txt", "--encoding", "cp1252", "--fix").code == 0
    assert path.read_bytes() == "Smith & Sons’ café closed, early.\n".encode("cp1252")


def test_a_fix_the_encoding_cannot_write_is_left_undone(newslint, workdir):
    # Latin-1 has é but no curly apostrophe: that entity stays, and is reported.
    path = write(workdir / "a.txt", "The caf&eacute; owner&#8217;s boat.\n".encode("latin-1"))
    result = newslint("a.txt", "--encoding", "latin-1", "--fix")
    assert path.read_bytes() == "The café owner&#8217;s boat.\n".encode("latin-1")
    assert result.code == 1 and "TX105" in result.out


def test_a_gzipped_text_file_stays_gzipped(newslint, workdir):
    path = write(workdir / "a.txt.gz", gzip.compress(DAMAGED.encode("utf-8")))
    assert newslint("a.txt.gz", "--fix").code == 0
    assert gzip.decompress(path.read_bytes()).decode("utf-8") == FIXED


def corpus_lines():
    return [
        '{"id": "a", "lang": "en", "text": "Officials said the the ferry sails.\\n", "meta": {"k": [1, 2]}}\n',
        '{"text":"Nothing to fix in this record.\\n","id":"b"}\n',
        "\n",
        '{"id": "c"}\n',  # malformed: NL105, copied as it was
        '{"id": "d", "text": "The caf\\u00c3\\u00a9 reopened,, said the owner.\\n", "z": "\\u00e9"}\n',
    ]


def test_a_gzipped_corpus_keeps_every_other_field_and_byte(newslint, workdir):
    lines = corpus_lines()
    path = write(workdir / "c.jsonl.gz", gzip.compress("".join(lines).encode("utf-8")))
    result = newslint("c.jsonl.gz", "--fix")
    assert result.code == 2  # the malformed record is an input problem, still reported
    assert "NL105" in result.out
    fixed = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines(keepends=True)
    assert fixed[0] == '{"id": "a", "lang": "en", "text": "Officials said the ferry sails.\\n", "meta": {"k": [1, 2]}}\n'
    assert fixed[1:4] == lines[1:4]
    # An ASCII-escaped value stays ASCII-escaped; the other fields are untouched.
    assert fixed[4] == '{"id": "d", "text": "The caf\\u00e9 reopened, said the owner.\\n", "z": "\\u00e9"}\n'


def test_fix_output_writes_a_fixed_copy_and_leaves_the_input(newslint, workdir):
    lines = corpus_lines()
    source = write(workdir / "c.jsonl", "".join(lines))
    result = newslint("c.jsonl", "--fix", "--fix-output", "out/fixed.jsonl")
    assert result.code == 2
    assert source.read_text(encoding="utf-8") == "".join(lines)
    fixed = (workdir / "out" / "fixed.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(fixed) == len(lines) and fixed[1:4] == lines[1:4] and "the the" not in fixed[0]


def test_fix_output_to_a_directory_copies_every_file(newslint, workdir):
    write(workdir / "in" / "a.txt", DAMAGED)
    write(workdir / "in" / "sub" / "b.txt", "Nothing to fix here.\n")
    (workdir / "out").mkdir()
    assert newslint("in", "--fix", "--fix-output", "out").code == 0
    assert (workdir / "out" / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (workdir / "out" / "sub" / "b.txt").read_text(encoding="utf-8") == "Nothing to fix here.\n"
    assert (workdir / "in" / "a.txt").read_text(encoding="utf-8") == DAMAGED


def test_fix_output_naming_a_file_takes_one_input(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    write(workdir / "b.txt", DAMAGED)
    result = newslint("a.txt", "b.txt", "--fix", "--fix-output", "fixed.txt")
    assert result.code == 2 and "--fix-output names a file" in result.err


def test_a_write_that_fails_halfway_leaves_the_original(newslint, workdir, monkeypatch):
    import newslint.atomic as atomic

    path = write(workdir / "a.txt", DAMAGED)

    def full_disk(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)  # the data is written, the flush to disk fails
    result = newslint("a.txt", "--fix")
    assert result.code == 2 and "a.txt: not fixed: No space left on device" in result.err
    assert path.read_text(encoding="utf-8") == DAMAGED
    assert sorted(os.listdir(workdir)) == ["a.txt"]  # no temporary file left


def test_a_corpus_write_that_fails_on_a_later_record_leaves_the_original(newslint, workdir, monkeypatch):
    import newslint.fix_files as fix_files

    lines = corpus_lines()
    path = write(workdir / "c.jsonl", "".join(lines))
    real = fix_files.rewrite_record

    def fails_on_record_5(raw, options, original, fixed, number=0):
        if number == 5:
            raise OSError(5, "Input/output error")
        return real(raw, options, original, fixed, number)

    monkeypatch.setattr(fix_files, "rewrite_record", fails_on_record_5)
    result = newslint("c.jsonl", "--fix")
    assert result.code == 2 and "c.jsonl: not fixed" in result.err
    assert path.read_text(encoding="utf-8") == "".join(lines)
    assert sorted(os.listdir(workdir)) == ["c.jsonl"]


def test_fix_with_select_fixes_only_the_selected_rules(newslint, workdir):
    path = write(workdir / "a.txt", DAMAGED)
    result = newslint("a.txt", "--fix", "--select", "TX108")
    assert path.read_text(encoding="utf-8") == DAMAGED.replace(",,", ",")
    assert result.code == 0


def test_input_problems_are_reported_and_never_written(newslint, workdir):
    bad = write(workdir / "bad.txt", b"The caf\xe9 closed,, early.\n")  # not UTF-8
    write(workdir / "good.txt", DAMAGED)
    result = newslint("bad.txt", "good.txt", "--fix")
    assert result.code == 2 and "bad.txt:1:8: NL104" in result.out
    assert bad.read_bytes() == b"The caf\xe9 closed,, early.\n"
    assert (workdir / "good.txt").read_text(encoding="utf-8") == FIXED
    shown = newslint("bad.txt", "--diff")
    assert shown.code == 2 and "NL104" in shown.err and shown.out == ""


def test_a_file_changed_since_it_was_read_is_left_alone(newslint, workdir, monkeypatch):
    import newslint.fix_files as fix_files

    path = write(workdir / "a.txt", DAMAGED)
    real = fix_files._read_raw

    def edited_meanwhile(name):
        write(path, "Someone else's edit,, saved meanwhile.\n")
        return real(name)

    monkeypatch.setattr(fix_files, "_read_raw", edited_meanwhile)
    result = newslint("a.txt", "--fix")
    assert result.code == 2 and "changed since it was read" in result.err
    assert path.read_text(encoding="utf-8") == "Someone else's edit,, saved meanwhile.\n"


def test_standard_input_can_be_diffed_but_not_fixed(newslint, workdir):
    shown = newslint("-", "--diff", stdin=DAMAGED.encode("utf-8"))
    assert shown.code == 1 and f"+{FIXED}" in shown.out
    assert newslint("-", "--fix", stdin=b"x\n").code == 2


def test_json_and_sarif_carry_the_edit_and_its_applicability(newslint, workdir):
    import jsonschema
    from test_sarif import published_schema

    write(workdir / "a.txt", "Harbour news\n\nOfficials said the the ferry sails.\n\nShare this article\n")
    (doubled, furniture) = [
        record for record in json.loads(newslint("a.txt", "--format", "json").out) if record["code"] in ("TX101", "UI101")
    ]
    assert doubled["fix"]["applicability"] == "safe"
    assert doubled["fix"]["edits"] == [
        {"start": 29, "end": 36, "content": "the", "location": {"line": 3, "col": 16}, "end_location": {"line": 3, "col": 23}}
    ]
    assert furniture["fix"]["applicability"] == "unsafe" and furniture["fix"]["edits"][0]["content"] == ""
    line = json.loads(newslint("a.txt", "--format", "jsonl").out.splitlines()[0])
    assert line["fix"]["edits"][0]["content"] == "the"
    sarif = json.loads(newslint("a.txt", "--format", "sarif").out)
    jsonschema.Draft4Validator(published_schema()).validate(sarif)
    (result,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "TX101"]
    (fix,) = result["fixes"]
    assert fix["properties"] == {"applicability": "safe"}
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "a.txt"
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 3, "startColumn": 16, "endLine": 3, "endColumn": 23},
            "insertedContent": {"text": "the"},
        }
    ]


def test_jobs_2_fixes_as_one_process_does(newslint, workdir):
    # Each article its own (five copies of one line would be UI108's furniture).
    for number in range(5):
        write(workdir / "one" / f"{number}.txt", DAMAGED.replace("ferry", f"ferry {number}"))
        write(workdir / "two" / f"{number}.txt", DAMAGED.replace("ferry", f"ferry {number}"))
    first = newslint("one", "--fix", "--show-fixes")
    second = newslint("two", "--fix", "--show-fixes", "-j", "2")
    assert first.code == second.code == 0
    assert first.out.replace("one/", "") == second.out.replace("two/", "")
    assert all((workdir / "two" / f"{n}.txt").read_text(encoding="utf-8") == FIXED.replace("ferry", f"ferry {n}") for n in range(5))


def test_the_fix_options_need_fix(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    for option in ("--show-fixes", "--exit-non-zero-on-fix"):
        assert newslint("a.txt", option).code == 2
    assert newslint("a.txt", "--fix", "--diff").code == 2


@pytest.mark.parametrize(
    "line, expected",
    [
        ('{"text": "a", "id": 1}', "a"),
        ('{ "id" : {"text": "inner"} , "text" : "outer" }', "outer"),
        ('{"text": "first", "text": "last"}', "last"),
        ('{"id": "x"}', None),
        ("[1, 2]", None),
    ],
)
def test_the_text_field_is_found_at_the_top_level(line, expected):
    span = text_field_span(line, "text")
    assert (json.loads(line[span[0] : span[1]]) if span else None) == expected


def test_dask_fixes_a_corpus_as_one_process_does(workdir):
    pytest.importorskip("dask.bag")
    import dask

    from newslint import Linter
    from newslint.dask import lint_results, read_articles
    from newslint.fixes import FixMode

    write(workdir / "c.jsonl", "".join(corpus_lines()))
    linter = Linter()
    with dask.config.set(scheduler="synchronous"):
        bag = lint_results(read_articles([(str(workdir / "c.jsonl"), "c.jsonl")], linter.config), linter, FixMode.of())
        on_dask = {result.path: result.fixed.text for result in bag.compute() if result.fixed}
    records = [json.loads(line) for line in corpus_lines() if line.strip()]
    in_process = {f"records#{record['id']}": fixed["text"] for record, (fixed, _) in zip(records, linter.fix_records(records)) if "text" in record}
    assert {path.replace("c.jsonl", "records"): text for path, text in on_dask.items()} == in_process


def test_dask_command_line_fixes_a_corpus(newslint, workdir, monkeypatch):
    """The --dask path with the cluster replaced by dask's synchronous
    scheduler (a real cluster's run is test_dask's business): the corpus is
    fixed on the workers and written on the client, as in one process."""
    pytest.importorskip("dask.bag")
    import dask

    import newslint.dask as module

    class Client:
        def close(self):
            pass

    monkeypatch.setattr(module, "connect", lambda scheduler, workers: Client())
    lines = corpus_lines()
    write(workdir / "c.jsonl", "".join(lines))
    write(workdir / "d.jsonl", "".join(lines))
    newslint("d.jsonl", "--fix")
    with dask.config.set(scheduler="synchronous"):
        result = newslint("c.jsonl", "--fix", "--dask-scheduler", "tcp://127.0.0.1:9", "-q")
    assert result.code == 2 and "NL105" in result.out
    assert (workdir / "c.jsonl").read_bytes() == (workdir / "d.jsonl").read_bytes() != "".join(lines).encode("utf-8")


def test_fix_output_never_copies_a_file_that_could_not_be_read(newslint, workdir):
    write(workdir / "in" / "bad.txt", b"The caf\xe9 closed.\n")
    write(workdir / "in" / "good.txt", DAMAGED)
    (workdir / "out").mkdir()
    assert newslint("in", "--fix", "--fix-output", "out").code == 2
    assert sorted(os.listdir(workdir / "out")) == ["good.txt"]
