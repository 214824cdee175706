"""A new user's trial of the command line (trial9): what an input problem
says it is, repeated record ids, unknown codes, gzipped files in a directory
walk, a directory with nothing to check, and a few odd inputs (a symbolic
link loop, a link to nothing, a name with a line break)."""
import gzip
import json
import os

import pytest

from conftest import write

CLEAN = "Ministers met in Brussels on Tuesday.\nThe talks went on until late.\n"
DOUBLED = "Ministers met in Brussels on Tuesday.\nThe the talks went on until late.\n"
FAMILIES = "installed rule families: ML, OC, QM, TX, UI; `newslint rules` lists the codes"


def _corpus(path, *records):
    return write(path, "".join(json.dumps(record) + "\n" for record in records))


# -- 1. a file of white space -------------------------------------------------


def test_a_file_of_blank_lines_says_it_holds_only_whitespace(newslint, workdir):
    write(workdir / "blank.txt", "  \n\n\t\n")
    write(workdir / "empty.txt", "")
    result = newslint("blank.txt", "empty.txt", "--isolated")
    assert result.out.splitlines() == [
        "blank.txt:1:1: NL108 the file holds only whitespace",
        "empty.txt:1:1: NL108 the file is empty",
    ]
    assert result.code == 2


def test_a_record_of_white_space_says_so(newslint, workdir):
    _corpus(workdir / "c.jsonl", {"id": "a", "text": " \n\n "}, {"id": "b", "text": ""})
    result = newslint("c.jsonl", "--isolated")
    assert result.out.splitlines() == [
        "c.jsonl#a:1:1: NL108 the record's text holds only whitespace",
        "c.jsonl#b:1:1: NL108 the record's text is empty",
    ]


def test_blank_lines_around_text_are_no_input_problem(newslint, workdir):
    write(workdir / "spaced.txt", "\n\n" + CLEAN + "\n\n\n")
    assert (newslint("spaced.txt", "--isolated").code, newslint("spaced.txt", "--isolated").out) == (0, "")


# -- 2. a record's text that is not a string ----------------------------------


@pytest.mark.parametrize(
    "value, said",
    [
        (None, "null"),
        (5, "a number (5)"),
        (2.5, "a number (2.5)"),
        (True, "a boolean (true)"),
        (["a"], "an array"),
        ({"body": "a"}, "an object"),
    ],
)
def test_a_text_that_is_not_a_string_says_what_it_is(newslint, workdir, value, said):
    _corpus(workdir / "c.jsonl", {"id": "a", "text": value})
    result = newslint("c.jsonl", "--isolated")
    assert result.out == f"c.jsonl#a:1:1: NL105 record 1's 'text' is {said}, not a string; it was not checked\n"
    assert result.code == 2


def test_a_missing_text_field_still_names_text_field(newslint, workdir):
    _corpus(workdir / "c.jsonl", {"id": "a", "body": "Some text."})
    result = newslint("c.jsonl", "--isolated")
    assert result.out == "c.jsonl#a:1:1: NL105 record 1 has no 'text' field (choose the field with --text-field)\n"
    assert newslint("c.jsonl", "--isolated", "--text-field", "body").code == 0


@pytest.mark.parametrize(
    "line, said",
    [('"a string"', "a string"), ("42", "a number (42)"), ("null", "null"), ("[1, 2]", "an array")],
)
def test_a_record_that_is_not_an_object_says_what_it_is(newslint, workdir, line, said):
    write(workdir / "c.jsonl", line + "\n")
    result = newslint("c.jsonl", "--isolated")
    assert result.out == f"c.jsonl:1:1: NL105 record 1 is {said}, not a JSON object with a 'text' field\n"


# -- 3. two records with one id -----------------------------------------------


def test_a_repeated_id_is_reported_and_the_first_record_keeps_it(newslint, workdir):
    _corpus(workdir / "c.jsonl", {"id": "a", "text": DOUBLED}, {"id": "b", "text": CLEAN}, {"id": "a", "text": DOUBLED})
    result = newslint("c.jsonl", "--isolated")
    assert result.out.splitlines() == [
        'c.jsonl#a:2:1: TX101 [*] doubled word "The the"',
        "c.jsonl:3:1: NL105 record 3 is named 'a', as record 1 is: findings and baseline entries are keyed "
        "on a record's id, so each record needs its own; it was not checked",
    ]
    assert result.code == 2


def test_distinct_ids_are_no_input_problem(newslint, workdir):
    _corpus(workdir / "c.jsonl", {"id": "a", "text": CLEAN}, {"id": "b", "text": CLEAN}, {"id": 3, "text": CLEAN})
    assert (newslint("c.jsonl", "--isolated").code, newslint("c.jsonl", "--isolated").out) == (0, "")


def test_an_id_equal_to_an_id_less_records_number_is_a_repeat(newslint, workdir):
    # Record 2 has no id, so it is c.jsonl#2: record 3's id "2" would share it.
    _corpus(workdir / "c.jsonl", {"id": "x", "text": CLEAN}, {"text": CLEAN}, {"id": "2", "text": CLEAN})
    result = newslint("c.jsonl", "--isolated")
    assert result.out.startswith("c.jsonl:3:1: NL105 record 3 is named '2', as record 2 is:")


def test_ids_repeat_only_within_one_file(newslint, workdir):
    _corpus(workdir / "a.jsonl", {"id": "a", "text": CLEAN})
    write(workdir / "b.jsonl.gz", gzip.compress(json.dumps({"id": "a", "text": CLEAN}).encode() + b"\n"))
    assert newslint("a.jsonl", "b.jsonl.gz", "--isolated").code == 0


def test_a_repeated_id_in_a_gzipped_corpus_is_found_too(newslint, workdir):
    lines = "".join(json.dumps({"id": "a", "text": CLEAN}) + "\n" for _ in range(2))
    write(workdir / "c.jsonl.gz", gzip.compress(lines.encode()))
    assert "NL105 record 2 is named 'a', as record 1 is" in newslint("c.jsonl.gz", "--isolated").out


def test_a_baseline_keeps_matching_the_first_record_when_a_copy_comes(newslint, workdir):
    _corpus(workdir / "c.jsonl", {"id": "a", "text": DOUBLED})
    assert newslint("c.jsonl", "--isolated", "--write-baseline", "base.json").code == 0
    _corpus(workdir / "c.jsonl", {"id": "a", "text": DOUBLED}, {"id": "a", "text": DOUBLED})
    result = newslint("c.jsonl", "--isolated", "--baseline", "base.json")
    assert result.out.splitlines() == [
        "c.jsonl:2:1: NL105 record 2 is named 'a', as record 1 is: findings and baseline entries are keyed "
        "on a record's id, so each record needs its own; it was not checked",
    ]
    assert result.code == 2


def test_a_long_repeated_id_is_cut_short_in_the_message(newslint, workdir):
    long_id = "x" * 500
    _corpus(workdir / "c.jsonl", {"id": long_id, "text": CLEAN}, {"id": long_id, "text": CLEAN})
    (line,) = newslint("c.jsonl", "--isolated").out.splitlines()
    assert f"is named '{'x' * 80}...', as record 1 is" in line


# -- 4. an unknown code --------------------------------------------------------


@pytest.mark.parametrize(
    "code, hint",
    [
        ("ZZ999", FAMILIES),  # far from every code: no guess (it was "did you mean UI109?")
        ("XYZ", FAMILIES),
        ("X", FAMILIES),  # one letter is one edit from every family's first letter
        ("TX999", "did you mean TX109?"),  # same family
        ("TX8", "did you mean TX1?"),
        ("TXX101", "did you mean TX101?"),  # one edit
        ("XT101", "did you mean TX101?"),  # two letters swapped
        ("TC101", "did you mean OC101 or TX101?"),  # as near one as the other
    ],
)
def test_an_unknown_code_gets_a_guess_only_when_it_is_close(newslint, workdir, code, hint):
    write(workdir / "a.txt", CLEAN)
    result = newslint("a.txt", "--isolated", "--select", code)
    assert (result.code, result.out) == (2, "")
    assert result.err == f"newslint: error: command line: --select: {code} matches no installed rule ({hint})\n"


def test_a_record_ignore_field_gets_the_same_hint(newslint, workdir):
    _corpus(workdir / "c.jsonl", {"id": "a", "text": CLEAN, "newslint_ignore": ["ZZ999"]})
    result = newslint("c.jsonl", "--isolated")
    assert f"names ZZ999, which matches no installed rule ({FAMILIES})" in result.out


# -- 5. gzipped files in a directory walk ----------------------------------------


def test_a_directory_walk_takes_the_gzipped_form_of_each_pattern(newslint, workdir):
    write(workdir / "d" / "a.txt.gz", gzip.compress(DOUBLED.encode()))
    write(workdir / "d" / "b.md.gz", gzip.compress(DOUBLED.encode()))
    write(workdir / "d" / "c.txt", DOUBLED)
    result = newslint("d", "--isolated", "--select", "TX101")
    assert [line.split(":")[0] for line in result.out.splitlines()] == ["d/a.txt.gz", "d/c.txt"]
    with_md = newslint("d", "--isolated", "--select", "TX101", "--include", "*.txt,*.md")
    assert [line.split(":")[0] for line in with_md.out.splitlines()] == ["d/a.txt.gz", "d/b.md.gz", "d/c.txt"]


def test_a_gzipped_file_include_does_not_take_is_left_out(newslint, workdir):
    write(workdir / "d" / "page.html.gz", gzip.compress(b"<p>Text</p>\n"))
    result = newslint("d", "--isolated")
    assert result.code == 2
    assert "NL110 nothing to check: the directory holds 1 file (d/page.html.gz) but none matches include" in result.out


# -- 6. a directory with nothing to check ----------------------------------------


def test_an_empty_directory_is_an_input_problem_no_setting_hides(newslint, workdir):
    (workdir / "out").mkdir()
    expected = "out:1:1: NL110 nothing to check: the directory holds no file\n"
    assert (newslint("out", "--isolated").code, newslint("out", "--isolated").out) == (2, expected)
    assert newslint("out", "--isolated", "--quiet", "--exit-zero").code == 2
    assert newslint("out", "--isolated", "--select", "TX").code == 2
    report = json.loads(newslint("out", "--isolated", "--format", "json").out)
    assert [(entry["path"], entry["code"]) for entry in report] == [("out", "NL110")]


def test_an_empty_directory_and_one_of_left_out_files_exit_alike(newslint, workdir):
    (workdir / "empty").mkdir()
    write(workdir / "md" / "a.md", DOUBLED)
    empty, markdown = newslint("empty", "--isolated"), newslint("md", "--isolated")
    assert (empty.code, empty.err) == (markdown.code, markdown.err) == (2, "")
    assert "NL110" in empty.out and "NL110" in markdown.out


def test_each_directory_given_must_give_something(newslint, workdir):
    # One scraper's folder came back empty: the other's findings do not hide it.
    write(workdir / "bbc" / "a.txt", DOUBLED)
    (workdir / "cnn").mkdir()
    result = newslint("bbc", "cnn", "--isolated")
    assert result.out.splitlines() == [
        'bbc/a.txt:2:1: TX101 [*] doubled word "The the"',
        "cnn:1:1: NL110 nothing to check: the directory holds no file",
    ]
    assert result.code == 2


def test_a_directory_with_a_checked_file_is_no_input_problem(newslint, workdir):
    write(workdir / "d" / "a.txt", CLEAN)
    write(workdir / "d" / "notes.md", CLEAN)
    assert (newslint("d", "--isolated").code, newslint("d", "--isolated").out) == (0, "")


def test_named_files_all_excluded_still_pass_with_a_warning(newslint, workdir):
    # What pre-commit does: it names the staged files, and exclude applies.
    write(workdir / "old" / "a.txt", DOUBLED)
    result = newslint("old/a.txt", "--isolated", "--extend-exclude", "old")
    assert (result.code, result.out) == (0, "")
    assert result.err.startswith("newslint: warning: nothing checked: every file named is excluded (exclude: ")
    assert newslint("old/a.txt", "--isolated", "--extend-exclude", "old", "--quiet").err == ""


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_directory_of_only_a_link_back_up_says_the_link_is_not_followed(newslint, workdir):
    (workdir / "loop").mkdir()
    os.symlink("../loop", workdir / "loop" / "self")
    result = newslint("loop", "--isolated")
    assert result.out == "loop:1:1: NL110 nothing to check: the directory holds no file to read (1 link to a directory, not followed)\n"
    assert result.code == 2


# -- odd inputs ----------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_broken_and_looping_links_in_a_walk_say_what_they_are(newslint, workdir):
    write(workdir / "d" / "good.txt", CLEAN)
    os.symlink("loop.txt", workdir / "d" / "loop.txt")
    os.symlink("gone.txt", workdir / "d" / "dangling.txt")
    result = newslint("d", "--isolated")
    assert result.out.splitlines() == [
        "d/dangling.txt:1:1: NL102 cannot read: a symbolic link that points at nothing (to gone.txt)",
        "d/loop.txt:1:1: NL102 cannot read: a symbolic link that leads round in a loop (to loop.txt)",
    ]
    assert result.code == 2


def test_a_name_with_a_line_break_is_reported_on_one_line(newslint, workdir):
    write(workdir / "d" / "a\nb.txt", DOUBLED)
    result = newslint("d", "--isolated", "--select", "TX101")
    assert result.out == '"d/a\\nb.txt":2:1: TX101 [*] doubled word "The the"\n'


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_in_a_walk_is_not_read(newslint, workdir):
    (workdir / "d").mkdir()
    os.mkfifo(workdir / "d" / "pipe.txt")
    result = newslint("d", "--isolated")
    assert result.out == "d/pipe.txt:1:1: NL102 cannot read: not a regular file (a named pipe)\n"


def test_a_directory_the_walk_cannot_list_is_reported_not_skipped(newslint, workdir, monkeypatch):
    # Run as root, chmod 000 does not stop a listing: the refusal is simulated.
    write(workdir / "d" / "a.txt", CLEAN)
    write(workdir / "d" / "locked" / "b.txt", DOUBLED)
    real_scandir = os.scandir

    def refuse(path="."):
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    result = newslint("d", "--isolated")
    assert result.out == "d/locked:1:1: NL102 cannot list the directory: permission denied\n"
    assert result.code == 2


def test_the_api_reports_a_repeated_id_as_the_command_line_does():
    from newslint import Linter

    records = [{"id": "a", "text": DOUBLED}, {"id": "a", "text": DOUBLED}]
    found = [(d.path, d.code) for d in Linter(isolated=True).lint_records(records, "feed")]
    assert found == [("feed#a", "TX101"), ("feed", "NL105")]
    fixed = [record["text"] for record, _ in Linter(isolated=True).fix_records(records, "feed")]
    assert fixed == [DOUBLED.replace("The the", "The"), DOUBLED]  # the copy is left as it was
