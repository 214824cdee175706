"""Bad input: one clear line each, exit 2, and the other files still checked."""
import gzip
import json
import os

import pytest

from conftest import write

GOOD = "It was was raining.\n"


@pytest.fixture
def good(workdir):
    return write(workdir / "good.txt", GOOD)


def _lines(result):
    return result.out.splitlines()


def test_missing_path(newslint, good):
    result = newslint("missing.txt", "good.txt")
    assert _lines(result) == [
        "missing.txt:1:1: NL101 no such file or directory",
        'good.txt:1:4: TX101 [*] doubled word "was was"',
    ]
    assert result.code == 2 and "Traceback" not in result.err


def test_binary_file(newslint, good, workdir):
    write(workdir / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = newslint("image.txt", "good.txt")
    assert _lines(result)[0] == "image.txt:1:1: NL103 binary file (NUL bytes), not text"
    assert len(_lines(result)) == 2 and result.code == 2


def test_invalid_utf8_names_the_line_and_suggests_encoding(newslint, good, workdir):
    write(workdir / "legacy.txt", "First line\nCaf\u00e9 society\n".encode("cp1252"))
    result = newslint("legacy.txt", "good.txt")
    assert _lines(result)[0] == (
        "legacy.txt:2:4: NL104 not valid utf-8 (byte 0xE9 on line 2); if it is in a legacy encoding, "
        "pass --encoding (for example cp1252, euc-kr or gb18030)"
    )
    assert result.code == 2
    assert newslint("legacy.txt", "--encoding", "cp1252").code == 0


@pytest.mark.parametrize("encoding", ["euc-kr", "gb18030", "cp1252", "utf-16"])
def test_legacy_encodings_read_with_encoding(newslint, workdir, encoding):
    text = {"euc-kr": "서울 the the 시장\n", "gb18030": "北京 the the 市场\n"}.get(encoding, "Zürich the the\n")
    write(workdir / "a.txt", text.encode(encoding))
    result = newslint("a.txt", "--encoding", encoding)
    assert result.code == 1 and 'TX101 [*] doubled word "the the"' in result.out


def test_bom_and_crlf_do_not_shift_positions(newslint, workdir):
    write(workdir / "a.txt", "\ufeffHeadline\r\nIt was was late.\r\n".encode("utf-8"))
    write(workdir / "b.txt", b"Headline\rIt was was late.\r")
    result = newslint("a.txt", "b.txt")
    assert _lines(result) == ['a.txt:2:4: TX101 [*] doubled word "was was"', 'b.txt:2:4: TX101 [*] doubled word "was was"']


def test_unreadable_file(newslint, good, workdir):
    os.symlink(workdir / "gone.txt", workdir / "dangling.txt")
    result = newslint("dangling.txt", "good.txt")
    gone = workdir / "gone.txt"
    assert _lines(result)[0] == f"dangling.txt:1:1: NL102 cannot read: a symbolic link that points at nothing (to {gone})"
    assert result.code == 2


def test_unreadable_file_by_permission(newslint, good, workdir, monkeypatch):
    import newslint.sources as sources

    real_open = open

    def deny(path, *args, **kwargs):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    write(workdir / "secret.txt", "x")
    monkeypatch.setattr(sources, "open", deny, raising=False)
    result = newslint("secret.txt", "good.txt")
    assert _lines(result)[0] == "secret.txt:1:1: NL102 cannot read: permission denied"


def test_corrupt_gzip(newslint, good, workdir):
    write(workdir / "c.jsonl.gz", b"\x1f\x8b\x08\x00garbage")
    result = newslint("c.jsonl.gz", "good.txt")
    assert _lines(result)[0] == (
        "c.jsonl.gz:1:1: NL102 cannot read: the gzip stream is cut short (it ends before its end-of-stream "
        "marker: a truncated file)"
    )
    assert len(_lines(result)) == 2 and result.code == 2


def test_truncated_gzip_reports_after_the_records_it_read(newslint, workdir):
    data = gzip.compress(b"".join(json.dumps({"text": f"Line {i} was was here."}).encode() + b"\n" for i in range(300)))
    write(workdir / "cut.jsonl.gz", data[: len(data) // 2])
    result = newslint("cut.jsonl.gz")
    assert result.code == 2
    assert "NL102 cannot read: the gzip stream is cut short" in _lines(result)[-1]
    assert "TX101" in _lines(result)[0]


def test_empty_files_and_records(newslint, workdir):
    write(workdir / "empty.txt", "")
    write(workdir / "blank.txt", "\n  \n")
    write(workdir / "c.jsonl", '{"id": "a", "text": ""}\n')
    result = newslint("empty.txt", "blank.txt", "c.jsonl")
    assert _lines(result) == [
        "empty.txt:1:1: NL108 the file is empty",
        "blank.txt:1:1: NL108 the file holds only whitespace",
        "c.jsonl#a:1:1: NL108 the record's text is empty",
    ]
    assert result.code == 2
    assert newslint("c.jsonl", "--extend-ignore", "NL108").code == 2  # no setting hides an input problem (issue 13)


def test_malformed_jsonl_records(newslint, workdir):
    write(
        workdir / "c.jsonl",
        '{"id": "a", "text": "fine"}\n'
        "{not json\n"
        "[1, 2]\n"
        '{"id": "d"}\n'
        '{"id": "e", "text": 5}\n'
        "\n"
        '{"text": "no id and and here"}\n',
    )
    result = newslint("c.jsonl")
    assert _lines(result) == [
        "c.jsonl:2:2: NL105 record 2 is not valid JSON (expecting property name enclosed in double quotes at character 2)",
        "c.jsonl:3:1: NL105 record 3 is an array, not a JSON object with a 'text' field",
        "c.jsonl#d:1:1: NL105 record 4 has no 'text' field (choose the field with --text-field)",
        "c.jsonl#e:1:1: NL105 record 5's 'text' is a number (5), not a string; it was not checked",
        'c.jsonl#7:1:7: TX101 [*] doubled word "and and"',
    ]
    assert result.code == 2


def test_jsonl_fields_are_configurable(newslint, workdir):
    write(workdir / "c.jsonl", '{"url": "u1", "body": "it is is so"}\n')
    result = newslint("c.jsonl", "--text-field", "body", "--id-field", "url")
    assert _lines(result) == []  # "is is" is allowed by default
    write(workdir / "c.jsonl", '{"url": "u1", "body": "it rained rained"}\n')
    assert _lines(newslint("c.jsonl", "--text-field", "body", "--id-field", "url")) == [
        'c.jsonl#u1:1:4: TX101 [*] doubled word "rained rained"'
    ]


def test_invalid_utf8_inside_one_record_spares_the_others(newslint, workdir):
    write(workdir / "c.jsonl", b'{"text": "caf\xe9"}\n{"text": "the the"}\n')
    result = newslint("c.jsonl")
    assert _lines(result)[0].startswith("c.jsonl:1:14: NL104 not valid utf-8 (byte 0xE9 on line 1)")
    assert _lines(result)[1] == 'c.jsonl#2:1:1: TX101 [*] doubled word "the the"'


def test_huge_line_is_reported_and_the_article_skipped(newslint, workdir):
    write(workdir / "huge.txt", "Title\n" + "word " * 30000 + "\n")
    result = newslint("huge.txt", "--max-line-length", "1000")
    assert _lines(result) == [
        "huge.txt:2:1: NL106 line 2 has 150000 characters, over max-line-length (1000); the article was not checked"
    ]
    assert result.code == 2


def test_a_crashing_rule_is_reported_and_the_others_still_run(newslint, workdir):
    write(workdir / "newslint.yaml", "plugins: [sample_rules]\nignore: [ZZ1, ZZ3]\n")
    write(workdir / "a.txt", "It was was late.\n")
    result = newslint("a.txt")
    assert _lines(result) == [
        "a.txt:1:1: NL107 rule ZZ901 (always-crashes) crashed: ValueError: boom",
        'a.txt:1:4: TX101 [*] doubled word "was was"',
    ]
    assert result.code == 2


def test_input_problems_appear_in_every_format(newslint, workdir):
    for fmt in ("json", "github", "sarif"):
        result = newslint("missing.txt", "--format", fmt)
        assert result.code == 2
        assert "NL101" in result.out and "Traceback" not in result.err
