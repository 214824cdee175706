"""Inputs a run would otherwise pass over in silence: a directory whose files
``include`` leaves out (a scraper's Markdown output), and UTF-16 text read as
UTF-8.  Each is one clear line and exit 2, as every input problem is."""
import codecs

from conftest import write

ARTICLE = "Ministers met on Tuesday. The the talks ran late.\n"


def test_a_directory_of_files_include_leaves_out_fails(newslint, workdir):
    write(workdir / "extracted" / "a.md", ARTICLE)
    write(workdir / "extracted" / "b.md", ARTICLE)
    result = newslint("extracted", "--isolated")
    assert (result.code, result.err) == (2, "")
    assert result.out == (
        "extracted:1:1: NL110 nothing to check: the directory holds 2 files (extracted/a.md, extracted/b.md) "
        "but none matches include (*.txt, *.jsonl, *.ndjson); name the files, or set --include\n"
    )


def test_no_setting_hides_it(newslint, workdir):
    write(workdir / "extracted" / "a.md", ARTICLE)
    assert newslint("extracted", "--isolated", "--quiet", "--exit-zero").code == 2


def test_naming_the_pattern_checks_them(newslint, workdir):
    write(workdir / "extracted" / "a.md", ARTICLE)
    result = newslint("extracted", "--isolated", "--include", "*.md")
    assert result.code == 1
    assert "TX101" in result.out


def test_excluded_files_are_not_counted_as_left_out(newslint, workdir):
    # Only what include left out is named: a version-control folder's files
    # are excluded on purpose, so the directory is as empty as one with
    # nothing, which is NL110 too (trial9).
    write(workdir / "empty" / ".git" / "HEAD", "ref: refs/heads/main\n")
    result = newslint("empty", "--isolated")
    assert (result.code, result.err) == (2, "")
    assert result.out == "empty:1:1: NL110 nothing to check: the directory holds no file to read (1 entry left out by exclude)\n"


def test_a_few_left_out_files_are_named_then_the_rest_counted(newslint, workdir):
    for name in "abcde":
        write(workdir / "pages" / f"{name}.html", "<p>Text</p>\n")
    result = newslint("pages", "--isolated")
    assert result.code == 2
    assert "the directory holds 5 files (pages/a.html, pages/b.html, pages/c.html, ...)" in result.out


def test_one_matching_file_is_enough(newslint, workdir):
    write(workdir / "mixed" / "a.md", ARTICLE)
    write(workdir / "mixed" / "b.txt", "Ministers met on Tuesday.\n")
    result = newslint("mixed", "--isolated")
    assert (result.code, result.out, result.err) == (0, "", "")


def _write_bytes(path, data):
    path.write_bytes(data)
    return path.name


def test_utf16_with_a_byte_order_mark_is_read_and_fixed_in_utf16(newslint, workdir):
    # The mark says what the file is: a repository mixing UTF-8 and UTF-16
    # articles is checked and fixed in one run, each file in its own encoding.
    _write_bytes(workdir / "wide.txt", ARTICLE.encode("utf-16"))
    _write_bytes(workdir / "narrow.txt", ARTICLE.encode("utf-8"))
    result = newslint("wide.txt", "narrow.txt", "--isolated")
    assert result.code == 1
    wide = [line.split(":", 1)[1] for line in result.out.splitlines() if line.startswith("wide.txt:")]
    narrow = [line.split(":", 1)[1] for line in result.out.splitlines() if line.startswith("narrow.txt:")]
    assert wide and wide == narrow
    assert "TX101" in newslint("wide.txt", "--isolated", "--encoding", "utf-16").out
    newslint("wide.txt", "--isolated", "--fix")
    fixed = (workdir / "wide.txt").read_bytes()
    assert fixed.startswith(codecs.BOM_UTF16) and "TX101" not in newslint("wide.txt", "--isolated").out
    assert "The the" in ARTICLE and "The the" not in fixed.decode("utf-16")


def test_utf16_corpus_with_a_mark_still_names_the_encoding(newslint, workdir):
    # A corpus is rewritten record by record in the run's encoding: it is not guessed at.
    _write_bytes(workdir / "wide.jsonl", '{"id": "a", "text": "x"}\n'.encode("utf-16"))
    assert "looks like utf-16; pass --encoding utf-16" in newslint("wide.jsonl", "--isolated").out


def test_utf16_without_a_mark_is_told_by_its_nuls(newslint, workdir):
    for codec in ("utf-16-le", "utf-16-be"):
        _write_bytes(workdir / "wide.txt", ARTICLE.encode(codec))
        assert "looks like utf-16" in newslint("wide.txt", "--isolated").out


def test_utf32_with_a_mark_is_read_as_utf32(newslint, workdir):
    _write_bytes(workdir / "wider.txt", codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"))
    result = newslint("wider.txt", "--isolated")
    assert "NL104" not in result.out and "TX101" in result.out


def test_binary_data_is_still_binary(newslint, workdir):
    _write_bytes(workdir / "blob.txt", bytes(range(256)) * 8)
    assert "NL103 binary file" in newslint("blob.txt", "--isolated").out


def test_a_utf8_byte_order_mark_is_still_skipped(newslint, workdir):
    _write_bytes(workdir / "marked.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    result = newslint("marked.txt", "--isolated")
    assert result.out == 'marked.txt:1:27: TX101 [*] doubled word "The the"\n'
