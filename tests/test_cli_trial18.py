"""Trial 18 of the command line: a diff in each file's own bytes (cp1252,
UTF-16) that git apply and patch take, fixes no patch can carry kept out of
it, an --encoding that a UTF-8 file contradicts, accept entries that match
nothing, a file named twice, did-you-mean for misspelt codes, -j's message,
SARIF invocations and the --show-source caret by display width.  All text
here is written for these tests."""
from __future__ import annotations

import gzip
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
