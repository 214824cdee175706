"""Trial 18 of the command line: a diff in each file's own bytes (cp1252,
UTF-16) that git apply and patch take, fixes no patch can carry kept out of
it, an --encoding that a UTF-8 file contradicts, accept entries that match
nothing, a file named twice, did-you-mean for misspelt codes, -j's message,
SARIF invocations and the --show-source caret by display width.  All text
here is written for these tests."""
from __future__ import annotations

import gzip
import json
import shutil
import subprocess

import pytest

from conftest import main, write

CRLF_1252 = "Police said the the ferry left.\r\nThe caf\u00e9 owner said &amp; more.\r\n"
CRLF_1252_FIXED = "Police said the ferry left.\r\nThe caf\u00e9 owner said & more.\r\n"
WIDE = "The the harbour reopened today.\r\nThe caf\u00e9 said \u2018no\u2019,, firmly.\r\nNo final newline here"
WIDE_FIXED = "The harbour reopened today.\r\nThe caf\u00e9 said \u2018no\u2019, firmly.\r\nNo final newline here"
PATCH_TOOLS = [["git", "apply", "-"], ["patch", "-p1", "--quiet"]]


def raw_run(capsysbinary, *args: str) -> tuple[int, bytes, str]:
    """The command's exit code, its standard output as bytes (a diff is in
    the file's own encoding) and its standard error."""
    code = main(list(args))
    captured = capsysbinary.readouterr()
    return code, captured.out, captured.err.decode("utf-8")


def test_a_cp1252_crlf_diff_is_in_cp1252_with_its_crlf(workdir, capsysbinary):
    write(workdir / "a.txt", CRLF_1252.encode("cp1252"))
    code, out, _err = raw_run(capsysbinary, "a.txt", "--diff", "--encoding", "cp1252")
    assert code == 1
    assert b"\n-The caf\xe9 owner said &amp; more.\r\n+Police said the ferry left.\r\n+The caf\xe9 owner said & more.\r\n" in out
    assert "café".encode("utf-8") not in out


def test_a_utf16_diff_keeps_its_byte_order_mark_and_splits_at_line_feed_bytes(workdir, capsysbinary):
    write(workdir / "a.txt", WIDE.encode("utf-16-le").join([b"\xff\xfe", b""]))
    code, out, _err = raw_run(capsysbinary, "a.txt", "--diff", "--encoding", "utf-16")
    assert code == 1 and out.startswith(b"--- a/a.txt\n+++ b/a.txt\n@@ ")
    assert b"\n-\xff\xfeT\x00h\x00e\x00 \x00t\x00h\x00e\x00" in out  # the BOM in the first line, the text UTF-16
    assert "\ufeff".encode("utf-8") not in out
    assert b"\n\\ No newline at end of file\n" in out


@pytest.mark.parametrize("tool", [tool for tool in PATCH_TOOLS if shutil.which(tool[0])], ids=lambda tool: tool[0])
def test_git_apply_and_patch_take_the_diff_of_legacy_encodings_as_fix_writes_them(workdir, capsysbinary, tool):
    files = {
        "old.txt": ("cp1252", CRLF_1252.encode("cp1252")),
        "wide.txt": ("utf-16", b"\xff\xfe" + WIDE.encode("utf-16-le")),
        "big.txt": ("utf-16", b"\xfe\xff" + WIDE.encode("utf-16-be")),
    }
    fixed = {}
    for name, (encoding, data) in files.items():
        write(workdir / name, data)
        assert raw_run(capsysbinary, name, "--fix", "--encoding", encoding)[0] == 0
        fixed[name] = (workdir / name).read_bytes()
        write(workdir / name, data)
    assert fixed["old.txt"] == CRLF_1252_FIXED.encode("cp1252")
    assert fixed["wide.txt"] == b"\xff\xfe" + WIDE_FIXED.encode("utf-16-le")
    for name, (encoding, _data) in files.items():
        code, diff, _err = raw_run(capsysbinary, name, "--diff", "--encoding", encoding)
        assert code == 1
        subprocess.run(tool, input=diff, cwd=workdir, check=True)
        assert (workdir / name).read_bytes() == fixed[name]


def test_a_utf8_diff_is_unchanged_in_shape(newslint, workdir):
    write(workdir / "a.txt", "Police said the the ferry left.\n")
    result = newslint("a.txt", "--diff")
    assert result.out == "--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-Police said the the ferry left.\n+Police said the ferry left.\n"
    assert result.err == "newslint: would fix 1 finding in 1 article\n"


def test_gzip_files_and_corpus_records_stay_out_of_the_diff_and_are_named_once(workdir, capsysbinary):
    write(workdir / "a.txt", "Police said the the ferry left.\n")
    write(workdir / "b.txt.gz", gzip.compress(b"The the council met.\n"))
    write(workdir / "c.jsonl", '{"id": "r1", "text": "The the mayor spoke."}\n{"id": "r2", "text": "Officials said the the vote was close."}\n')
    code, out, err = raw_run(capsysbinary, ".", "--diff")
    assert code == 1
    assert out.count(b"+++ ") == 1 and b"b/a.txt" in out and b"gz" not in out and b"jsonl" not in out
    notes = [line for line in err.splitlines() if "no patch can carry" in line]
    assert len(notes) == 1 and "3 articles" in notes[0] and "--fix" in notes[0]
    assert "would fix" in err  # every fix is still counted
    if shutil.which("git"):
        subprocess.run(["git", "apply", "-"], input=out, cwd=workdir, check=True)
        assert (workdir / "a.txt").read_text(encoding="utf-8") == "Police said the ferry left.\n"


def test_a_clean_run_has_no_note_about_left_out_fixes(workdir, capsysbinary):
    write(workdir / "b.txt.gz", gzip.compress(b"The council met on Monday.\n"))
    code, out, err = raw_run(capsysbinary, "b.txt.gz", "--diff")
    assert (code, out) == (0, b"") and "no patch can carry" not in err


UTF8_CAFE = "The caf\u00e9 opened on Monday.\n".encode("utf-8")
CP1252_CAFE = "The caf\u00e9 opened on Monday.\n".encode("cp1252")


def test_a_utf8_file_read_as_cp1252_gets_one_warning_naming_it(newslint, workdir):
    write(workdir / "utf8.txt", UTF8_CAFE)
    write(workdir / "old.txt", CP1252_CAFE)
    result = newslint("utf8.txt", "old.txt", "--encoding", "cp1252")
    warnings = [line for line in result.err.splitlines() if "valid UTF-8" in line]
    assert warnings == [
        "newslint: warning: utf8.txt: read as cp1252, but it is valid UTF-8 with non-ASCII bytes, so probably UTF-8: "
        "leave out --encoding cp1252 for it (--fix leaves it as it is)"
    ]
    assert "old.txt" not in result.err  # a real cp1252 file is not valid UTF-8


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "iso8859-15"])
def test_the_fix_never_rewrites_a_utf8_file_read_in_a_single_byte_encoding(newslint, workdir, encoding):
    path = write(workdir / "utf8.txt", UTF8_CAFE)
    result = newslint("utf8.txt", "--encoding", encoding, "--fix")
    assert path.read_bytes() == UTF8_CAFE
    assert result.code == 2 and "utf8.txt: not fixed: it is valid UTF-8" in result.err
    shown = newslint("utf8.txt", "--encoding", encoding, "--diff")
    assert shown.out == "" and "utf8.txt: not in the diff" in shown.err


def test_a_utf8_corpus_read_as_cp1252_is_not_rewritten(newslint, workdir):
    data = '{"id": "a", "text": "The caf\u00e9 said the the menu changed."}\n'.encode("utf-8")
    path = write(workdir / "c.jsonl", data)
    result = newslint("c.jsonl", "--encoding", "cp1252", "--fix")
    assert path.read_bytes() == data and result.code == 2
    assert result.err.count("c.jsonl: read as cp1252") == 1


def test_ascii_files_and_real_cp1252_files_are_quiet_and_fixed(newslint, workdir):
    write(workdir / "ascii.txt", b"The the ferry left on time.\n")
    old = write(workdir / "old.txt", "The caf\u00e9 said the the menu changed.\n".encode("cp1252"))
    result = newslint(".", "--encoding", "cp1252", "--fix")
    assert "warning" not in result.err and result.code == 0
    assert old.read_bytes() == "The caf\u00e9 said the menu changed.\n".encode("cp1252")


def test_multi_byte_and_utf_encodings_are_not_single_byte():
    from newslint.sources import is_single_byte

    assert [is_single_byte(name) for name in ("cp1252", "latin-1", "koi8-r", "iso8859-7")] == [True] * 4
    assert not any(is_single_byte(name) for name in ("utf-8", "utf-16", "gb18030", "shift_jis", "euc-kr", "nope"))


# -- accept entries that match nothing ------------------------------------------

ACCEPT_CONFIG = """accept:
  - TX102 securitymaters
  - TX101 Bora Bora
  - {code: UI, path: "sports/*.txt", pattern: "Follow us on .*"}
  - {code: TX102, pattern: "rock.*"}
"""


def test_an_accept_entry_that_matches_nothing_is_reported_once_with_its_line(newslint, workdir):
    write(workdir / "newslint.yaml", ACCEPT_CONFIG)
    write(workdir / "a.txt", "The securitymatters were raised at the meeting in Bora Bora on Monday.\n")
    write(workdir / "b.txt", "The rockscape of the island drew many walkers this summer.\n")
    result = newslint("a.txt", "b.txt", "--select", "TX")
    assert result.code == 1 and 'TX102 glued words "securitymatters"' in result.out
    config = str(workdir / "newslint.yaml")
    # The typo, and "Bora Bora", which nothing flags; not the used pattern, nor the UI entry.
    assert result.err.splitlines()[:3] == [
        "newslint: 2 accept entries matched no finding in this run (fixed since, or mistyped); remove or correct:",
        f"  {config}:2: TX102 securitymaters",
        f"  {config}:3: TX101 Bora Bora",
    ]
    assert "rock" not in result.err and "Follow" not in result.err


def test_entries_for_unchecked_codes_or_unread_paths_are_not_judged(newslint, workdir):
    write(workdir / "newslint.yaml", ACCEPT_CONFIG)
    write(workdir / "b.txt", "The rockscape of the island drew many walkers this summer.\n")
    result = newslint("b.txt", "--select", "TX102")
    assert result.code == 0 and result.out == ""
    assert "accept entr" in result.err and "securitymaters" in result.err and "rock" not in result.err
    assert "Follow" not in result.err  # the UI entry: UI not checked, and no sports/ file read
    quiet = newslint("b.txt", "--select", "UI")
    assert "accept entr" not in quiet.err


def test_unused_accept_entries_are_found_with_worker_processes(newslint, workdir):
    write(workdir / "newslint.yaml", "accept:\n  - TX102 securitymaters\n  - TX102 rockscape\n")
    for number in range(12):
        write(workdir / f"a{number}.txt", f"Story {number}: the rockscape of the island drew walkers this summer.\n")
    result = newslint(".", "--select", "TX102", "-j", "2")
    assert result.code == 0
    assert [line for line in result.err.splitlines() if line.startswith("  ")] == [
        f"  {workdir / 'newslint.yaml'}:2: TX102 securitymaters"
    ]


def test_every_entry_used_means_no_note(newslint, workdir):
    write(workdir / "newslint.yaml", "accept:\n  - TX102 rockscape\n")
    write(workdir / "b.txt", "The rockscape of the island drew many walkers this summer.\n")
    result = newslint("b.txt")
    assert "accept entr" not in result.err


# -- N1: a file named twice ------------------------------------------------------


def test_the_same_file_named_twice_is_checked_once(newslint, workdir):
    write(workdir / "inp" / "good.txt", "Officials said the the plan was ready.\n")
    result = newslint("inp/good.txt", "inp/good.txt", "./inp/good.txt", "inp", "--select", "TX101")
    assert result.out == 'inp/good.txt:1:16: TX101 [*] doubled word "the the"\n'
    assert "[*] 1 fixable" in newslint("inp/good.txt", "inp/good.txt", "--select", "TX101").err


def test_standard_input_named_twice_is_read_once(newslint, workdir):
    result = newslint("-", "-", "--select", "TX101", stdin=b"Officials said the the plan was ready.\n")
    assert result.out.count("TX101") == 1


def test_two_different_files_are_both_checked(newslint, workdir):
    write(workdir / "a.txt", "Officials said the the plan was ready.\n")
    write(workdir / "sub" / "a.txt", "Officials said the the plan was ready.\n")
    result = newslint("a.txt", "sub/a.txt", "sub", "--select", "TX101")
    assert [line.split(":")[0] for line in result.out.splitlines()] == ["a.txt", "sub/a.txt"]


# -- N2: did you mean; N6: -j; N7: SARIF invocations ----------------------------


@pytest.mark.parametrize(("typed", "meant"), [("TX1O1", "TX101"), ("tx101", "TX101"), ("Tx1l1", "TX111")])
def test_a_code_with_a_letter_for_a_digit_gets_did_you_mean(newslint, workdir, typed, meant):
    write(workdir / "a.txt", "The ferry left on time.\n")
    result = newslint("a.txt", "--select", typed)
    assert result.code == 2 and f"(did you mean {meant}?)" in result.err
    write(workdir / "newslint.yaml", f"accept:\n  - {typed} ferry\n")
    configured = newslint("a.txt")
    assert configured.code == 2 and f"(did you mean {meant}?)" in configured.err


@pytest.mark.parametrize(
    ("asked", "hint"),
    [("TX9999", "did you mean TX109?"), ("TX1O1", "did you mean TX101?"), ("doubled-wrd", "did you mean doubled-word?")],
)
def test_newslint_rule_names_the_nearest_rule(newslint, workdir, asked, hint):
    result = newslint("rule", asked)
    assert result.code == 2 and f"no rule {asked!r} ({hint})" in result.err


def test_newslint_rule_still_explains_a_real_rule(newslint, workdir):
    assert newslint("rule", "TX101").out.startswith("# doubled-word (TX101)")


@pytest.mark.parametrize("value", ["foo", "0", "-1"])
def test_a_bad_jobs_value_names_auto(newslint, workdir, value):
    write(workdir / "a.txt", "The ferry left on time.\n")
    result = newslint("a.txt", "-j", value)
    assert result.code == 2 and "or auto" in result.err


def test_sarif_says_whether_the_run_could_check_everything(newslint, workdir):
    import jsonschema
    from test_sarif import published_schema

    write(workdir / "a.txt", "Officials said the the plan was ready.\n")
    clean = json.loads(newslint("a.txt", "--format", "sarif").out)
    assert clean["runs"][0]["invocations"] == [{"executionSuccessful": True}]
    failed = newslint("a.txt", "missing.txt", "--format", "sarif")
    log = json.loads(failed.out)
    assert failed.code == 2 and log["runs"][0]["invocations"] == [{"executionSuccessful": False}]
    jsonschema.Draft4Validator(published_schema()).validate(log)


# -- N4: the --show-source caret by display width ------------------------------


@pytest.mark.parametrize(
    ("before", "columns"),
    [
        ("The leader 홍콩 said ", 21),  # CJK: two columns each
        ("Fans cheered \U0001f389 and ", 20),  # an emoji: two
        ("The cafe\u0301 owner said ", 20),  # a combining acute: none
        ("He waved \U0001f44d\U0001f3fd and said ", 21),  # a skin-tone modifier: inside the emoji
        ("The family \U0001f468\u200d\U0001f469\u200d\U0001f467 said ", 19),  # a ZWJ family: one glyph
        ("Flag \u2764\ufe0f and ", 11),  # a variation selector: none
    ],
)
def test_the_caret_stands_under_the_finding_by_display_width(newslint, workdir, before, columns):
    write(workdir / "a.txt", before + "the the plan was ready.\n")
    result = newslint("a.txt", "--show-source", "--select", "TX101")
    finding, line, caret = result.out.splitlines()[:3]
    assert finding.startswith(f"a.txt:1:{len(before) + 1}: TX101")  # columns stay code points
    assert caret == " " * columns + "^"


def test_text_width_counts_plain_text_one_column_a_character():
    from newslint.formatting.default import text_width

    assert text_width("Officials said, at 10:00, that") == len("Officials said, at 10:00, that")
    assert text_width("") == 0


# -- N3: a per-file-ignores error points at its pattern's line -----------------


@pytest.mark.parametrize("code", ["TX1O1", "NL108"])
def test_a_bad_code_under_a_per_file_ignores_pattern_is_reported_at_the_pattern(newslint, workdir, code):
    write(workdir / "newslint.yaml", f'select: [TX]\nper-file-ignores:\n  "b.txt": [TX101]\n  "a.txt": [{code}]\n')
    write(workdir / "a.txt", "The ferry left on time.\n")
    result = newslint("a.txt")
    assert result.code == 2 and f"{workdir / 'newslint.yaml'}:4: per-file-ignores" in result.err


# -- N5: a list of codes given as one string ------------------------------------


def test_a_comma_separated_string_of_codes_is_a_list_and_an_empty_value_an_error(newslint, workdir):
    write(workdir / "a.txt", "Officials said the the plan was ready,, he said.\n")
    write(workdir / "newslint.yaml", 'select: "TX101, TX108"\n')
    assert {line.split()[1] for line in newslint("a.txt").out.splitlines()} == {"TX101", "TX108"}
    write(workdir / "newslint.yaml", "select:\n")
    assert newslint("a.txt").code == 2
