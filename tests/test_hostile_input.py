"""Hostile input: files that are not files, links out of the checked tree,
articles too large to hold, codecs that are not text encodings.  Each case is
one clear line and exit 2, never a hang, a blow-up or a traceback."""
import gzip
import json
import os
import socket

import pytest

from newslint.sources import ReadOptions, read_inputs

from conftest import write

GOOD = "It was was raining.\n"


def _lines(result):
    return result.out.splitlines()


@pytest.fixture
def tree(workdir):
    write(workdir / "articles" / "good.txt", GOOD)
    return workdir / "articles"


def test_a_fifo_named_txt_is_reported_not_opened(newslint, tree):
    # Opening a FIFO for reading blocks until a writer comes: on main this hangs.
    os.mkfifo(tree / "pipe.txt")
    result = newslint("articles")
    assert _lines(result) == [
        'articles/good.txt:1:4: TX101 [*] doubled word "was was"',
        "articles/pipe.txt:1:1: NL102 cannot read: not a regular file (a named pipe)",
    ]
    assert result.code == 2


def test_a_device_named_on_the_command_line_is_reported(newslint, workdir):
    # /dev/zero never ends: read whole, it fills the memory.
    result = newslint("/dev/zero")
    assert _lines(result) == ["/dev/zero:1:1: NL102 cannot read: not a regular file (a character device)"]
    assert result.code == 2


def test_a_socket_named_txt_is_reported(newslint, workdir):
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind("sock.txt")
        result = newslint("sock.txt")
    finally:
        server.close()
    assert _lines(result) == ["sock.txt:1:1: NL102 cannot read: not a regular file (a socket)"]


def test_links_out_of_the_checked_tree_are_not_followed(newslint, tree, workdir):
    write(workdir / "secret.txt", "root:x:0:0:root:/root:/bin/bash the the\n")
    os.symlink(workdir / "secret.txt", tree / "passwd.txt")
    os.symlink("/dev/zero", tree / "zero.txt")
    # A link within the tree to a file the walk reads anyway is skipped (one
    # article, one report); one to a file the walk does not read is read.
    os.symlink("good.txt", tree / "inside.txt")
    write(tree / "notes.md", "It was was late.\n")
    os.symlink("notes.md", tree / "notes.txt")
    result = newslint("articles")
    refused = (
        "NL102 cannot read: a symbolic link to a file outside the checked directory, not followed "
        "(--follow-external-symlinks follows it)"
    )
    assert _lines(result) == [
        'articles/good.txt:1:4: TX101 [*] doubled word "was was"',
        'articles/notes.txt:1:4: TX101 [*] doubled word "was was"',
        f"articles/passwd.txt:1:1: {refused}",
        f"articles/zero.txt:1:1: {refused}",
    ]
    assert "root:x" not in result.out and result.code == 2


def test_following_external_links_is_the_users_choice(newslint, tree, workdir):
    write(workdir / "shared.txt", "The the shared text.\n")
    os.symlink(workdir / "shared.txt", tree / "shared.txt")
    os.symlink("/dev/zero", tree / "zero.txt")
    result = newslint("articles", "--follow-external-symlinks")
    assert 'articles/shared.txt:1:1: TX101 [*] doubled word "The the"' in _lines(result)
    # Followed, a device is still not a regular file.
    assert "articles/zero.txt:1:1: NL102 cannot read: not a regular file (a character device)" in _lines(result)
    write(workdir / "newslint.yaml", "follow-external-symlinks: true\n")
    assert 'articles/shared.txt:1:1: TX101 [*] doubled word "The the"' in _lines(newslint("articles"))


def test_a_link_named_on_the_command_line_is_read(newslint, workdir):
    write(workdir / "elsewhere" / "a.txt", "The the text.\n")
    os.symlink(workdir / "elsewhere" / "a.txt", workdir / "named.txt")
    assert _lines(newslint("named.txt")) == ['named.txt:1:1: TX101 [*] doubled word "The the"']


def test_a_file_over_max_article_bytes_is_reported_and_not_read(newslint, workdir):
    write(workdir / "big.txt", "The the word. " * 100)
    result = newslint("big.txt", "--max-article-bytes", "1000")
    assert _lines(result) == [
        "big.txt:1:1: NL109 the file is larger than max-article-bytes (1,000 bytes); it was not read"
    ]
    assert result.code == 2
    assert newslint("big.txt", "--max-article-bytes", "2000").code == 1


def test_the_limit_holds_for_records_and_gzip_members(newslint, workdir):
    records = [{"id": "small", "text": "It was was late."}, {"id": "big", "text": "word " * 500}]
    body = "".join(json.dumps(record) + "\n" for record in records) + json.dumps({"id": "last", "text": "the the"})
    write(workdir / "c.jsonl", body)
    write(workdir / "c2.jsonl.gz", gzip.compress(body.encode()))
    # A gzip bomb: a few kilobytes that expand to 50 MB.
    write(workdir / "bomb.txt.gz", gzip.compress(b"a" * 50_000_000))
    result = newslint("c.jsonl", "c2.jsonl.gz", "bomb.txt.gz", "--max-article-bytes", "1000")
    too_large = "NL109 record 2 is larger than max-article-bytes (1,000 bytes); it was not read"
    assert _lines(result) == [
        'c.jsonl#small:1:4: TX101 [*] doubled word "was was"',
        f"c.jsonl:2:1: {too_large}",
        'c.jsonl#last:1:1: TX101 [*] doubled word "the the"',
        'c2.jsonl.gz#small:1:4: TX101 [*] doubled word "was was"',
        f"c2.jsonl.gz:2:1: {too_large}",
        'c2.jsonl.gz#last:1:1: TX101 [*] doubled word "the the"',
        "bomb.txt.gz:1:1: NL109 the file is larger than max-article-bytes (1,000 bytes); it was not read",
    ]


def test_reading_stops_at_the_limit(workdir):
    """An endless record is read only up to the limit: reading 1 MB of a
    record without a line end takes that 1 MB, not the whole stream."""

    class Endless:
        def __init__(self):
            self.served = 0

        def readline(self, size=-1):
            assert size > 0, "an unbounded readline"
            self.served += size
            return b"x" * size

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    from newslint import sources

    stream = Endless()
    options = ReadOptions(max_article_bytes=1000)
    reader = sources._read_corpus("endless.jsonl", stream, options)
    stream.readline = _limited(stream.readline, calls=50)
    with pytest.raises(_Stop):
        next(reader)
    assert stream.served <= 1002 + 50 * sources.SKIP_CHUNK


class _Stop(Exception):
    pass


def _limited(readline, calls):
    count = [0]

    def wrapped(size=-1):
        count[0] += 1
        if count[0] > calls:
            raise _Stop
        return readline(size)

    return wrapped


def test_the_default_limit_is_a_few_megabytes():
    assert 1_000_000 <= ReadOptions().max_article_bytes <= 20_000_000


@pytest.mark.parametrize("encoding", ["hex", "punycode", "rot13", "base64", "idna", "zlib"])
def test_an_encoding_that_is_not_for_text_is_a_one_line_error(newslint, workdir, encoding):
    write(workdir / "a.txt", GOOD)
    result = newslint("a.txt", "--encoding", encoding)
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and "is not a text encoding" in result.err
    write(workdir / "newslint.yaml", f"encoding: {encoding}\n")
    result = newslint("a.txt")
    assert result.code == 2 and "newslint.yaml:1: encoding:" in result.err


def test_a_record_nested_too_deeply_is_malformed(newslint, workdir):
    write(workdir / "c.jsonl", "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": "the the"}) + "\n")
    result = newslint("c.jsonl")
    assert _lines(result)[0].startswith("c.jsonl:1:1: NL105 record 1 is not valid JSON")
    assert _lines(result)[1] == 'c.jsonl#2:1:1: TX101 [*] doubled word "the the"'


def test_read_inputs_never_opens_a_fifo(workdir):
    os.mkfifo(workdir / "p.txt")
    (item,) = list(read_inputs(["p.txt"], ReadOptions()))
    assert item.problem.code == "NL102"


def test_standard_input_is_read_no_further_than_an_article_may_be(workdir):
    # `newslint - < /dev/zero` read standard input whole, until memory ran out.
    import subprocess
    import sys

    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            [sys.executable, "-m", "newslint.cli", "--isolated", "--max-article-bytes", "1000", "-"],
            stdin=zero, capture_output=True, text=True, timeout=60,
        )
    assert result.returncode == 2
    assert result.stdout == "stdin:1:1: NL109 the file is larger than max-article-bytes (1,000 bytes); it was not read\n"


def test_a_directory_with_no_article_is_an_input_problem(newslint, workdir):
    # It passed with a warning (ruff's way) while a directory of .md files
    # failed: either way nothing was read, so both are NL110 now (trial9).
    (workdir / "empty").mkdir()
    result = newslint("empty", "--isolated")
    assert (result.code, result.out, result.err) == (2, "empty:1:1: NL110 nothing to check: the directory holds no file\n", "")
    assert newslint("empty", "--isolated", "--quiet").code == 2
