"""Reading input: files, directories, standard input and JSON Lines corpora.

What comes out is a stream of :class:`Article` (text to check) and
:class:`InputError` (why something could not be checked), in a stable order.
Nothing here raises for bad input: a missing path, a binary file, a bad byte or
a malformed record becomes an ``InputError`` and reading goes on.
"""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import zlib
from typing import Any, Iterator, NamedTuple, Union

from . import problems
from .problems import Problem
from .selection import matches_path

STDIN = "-"
CORPUS_SUFFIXES = (".jsonl", ".ndjson")
BINARY_SNIFF_BYTES = 8192
ENCODING_HINT = "if it is in a legacy encoding, pass --encoding (for example cp1252, euc-kr or gb18030)"


class Article(NamedTuple):
    """One article to check.  ``path`` is how it is reported: the file, or
    ``FILE#ID`` for a corpus record (``FILE#N``, its 1-based record number,
    when it has no id)."""

    path: str
    text: str
    file: str
    record_line: int | None = None
    meta: dict | None = None


class InputError(NamedTuple):
    path: str
    line: int
    problem: Problem
    detail: str
    file: str = ""
    #: The column (in characters) of the fault on its line, when known.
    col: int = 1


Input = Union[Article, InputError]


class ReadOptions(NamedTuple):
    encoding: str = "utf-8"
    text_field: str = "text"
    id_field: str = "id"
    include: tuple[str, ...] = ("*.txt",)
    exclude: tuple[str, ...] = ()
    stdin_display_name: str = "stdin"

    @classmethod
    def from_config(cls, config, stdin_display_name: str = "stdin") -> "ReadOptions":
        return cls(
            config.encoding,
            config.text_field,
            config.id_field,
            tuple(config.include),
            tuple(config.exclude) + tuple(config.extend_exclude),
            stdin_display_name,
        )


def discover(paths: list[str], options: ReadOptions) -> Iterator[Union[str, InputError]]:
    """The files to read, in order: each named file, each directory walked
    (sorted, excluded directories pruned), or an error for a missing path."""
    for path in paths:
        if path == STDIN:
            yield STDIN
        elif os.path.isdir(path):
            yield from _walk(path, options)
        elif os.path.lexists(path):
            if not _is_excluded(path, options):
                yield path
        else:
            yield InputError(path, 1, problems.PATH_NOT_FOUND, "no such file or directory", path)


def _walk(top: str, options: ReadOptions) -> Iterator[str]:
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not _is_excluded(os.path.join(root, d), options))
        for name in sorted(files):
            path = os.path.join(root, name)
            if _is_included(name, options) and not _is_excluded(path, options):
                yield path


def _is_included(name: str, options: ReadOptions) -> bool:
    return any(matches_path(name, pattern) for pattern in options.include)


def _is_excluded(path: str, options: ReadOptions) -> bool:
    return any(matches_path(path, pattern) for pattern in options.exclude)


def read_inputs(paths: list[str], options: ReadOptions, stdin: bytes | None = None) -> Iterator[Input]:
    """Every article (or input error) behind ``paths``; ``stdin`` holds the
    bytes of standard input when ``-`` is among them."""
    for item in discover(paths, options):
        if isinstance(item, InputError):
            yield item
        elif item == STDIN:
            yield from read_bytes(options.stdin_display_name, stdin or b"", options)
        else:
            yield from read_file(item, options)


def is_corpus(name: str) -> bool:
    return _strip_gz(name).lower().endswith(CORPUS_SUFFIXES)


def _strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def read_file(path: str, options: ReadOptions, display: str | None = None) -> Iterator[Input]:
    """The articles in one file, reported as ``display`` (default: the path)."""
    name = display or path
    try:
        if is_corpus(path):
            yield from _read_corpus(name, _open_binary(path), options)
            return
        with _open_binary(path) as handle:
            data = handle.read()
    except (OSError, EOFError, zlib.error) as error:
        yield _unreadable(name, error)
        return
    yield from read_bytes(name, data, options)


def read_bytes(name: str, data: bytes, options: ReadOptions) -> Iterator[Input]:
    """An article from a file's bytes (or, for a ``.jsonl`` name, a corpus)."""
    if name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as error:
            yield _unreadable(name, error)
            return
    if is_corpus(name):
        yield from _read_corpus(name, io.BytesIO(data), options)
        return
    text = _decode(name, data, options.encoding, line_offset=0)
    if isinstance(text, InputError):
        yield text
    else:
        yield Article(name, text, name)


def _open_binary(path: str):
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _unreadable(path: str, error: BaseException) -> InputError:
    if isinstance(error, gzip.BadGzipFile | EOFError | zlib.error):
        detail = f"not a valid gzip file ({error or 'truncated'})"
    elif isinstance(error, IsADirectoryError):
        detail = "is a directory"
    elif isinstance(error, PermissionError):
        detail = "permission denied"
    else:
        detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return InputError(path, 1, problems.UNREADABLE, f"cannot read: {detail}", path)


def _decode(name: str, data: bytes, encoding: str, line_offset: int, file: str | None = None) -> str | InputError:
    is_wide = codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    if not is_wide and b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return InputError(name, line_offset + 1, problems.BINARY, "binary file (NUL bytes), not text", file or name)
    codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        line = line_offset + data.count(b"\n", 0, error.start) + 1
        byte = data[error.start : error.start + 1].hex().upper()
        line_start = data.rfind(b"\n", 0, error.start) + 1
        col = len(data[line_start : error.start].decode(codec, errors="replace")) + 1
        return InputError(
            name,
            line,
            problems.UNDECODABLE,
            f"not valid {encoding} (byte 0x{byte} on line {line}); {ENCODING_HINT}",
            file or name,
            col,
        )
    return text.removeprefix("\ufeff")


def _read_corpus(path: str, handle, options: ReadOptions) -> Iterator[Input]:
    """One article per JSON Lines record, streamed."""
    with handle:
        number = 0
        try:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                yield _record(path, number, raw, options)
        except (OSError, EOFError, zlib.error) as error:
            failure = _unreadable(path, error)
            yield failure._replace(line=number + 1, detail=f"{failure.detail} after record {number}")


def _record(path: str, number: int, raw: bytes, options: ReadOptions) -> Input:
    text = _decode(path, raw, options.encoding, line_offset=number - 1, file=path)
    if isinstance(text, InputError):
        return text
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        detail = f"record {number} is not valid JSON ({error.msg.lower()} at character {error.colno})"
        return InputError(path, number, problems.MALFORMED_RECORD, detail, path, error.colno)
    return record_article(path, number, record, options)


def record_article(path: str, number: int, record: Any, options: ReadOptions) -> Input:
    """The article in a parsed corpus record (``number`` is its 1-based place
    in ``path``), or why there is none."""
    if not isinstance(record, dict):
        return InputError(path, number, problems.MALFORMED_RECORD, f"record {number} is not a JSON object", path)
    body = record.get(options.text_field)
    if not isinstance(body, str):
        state = "has no" if body is None else "has a non-text"
        return InputError(
            path,
            number,
            problems.MALFORMED_RECORD,
            f"record {number} {state} {options.text_field!r} field (choose the field with --text-field)",
            path,
        )
    identifier = record.get(options.id_field)
    label = str(identifier) if isinstance(identifier, str | int) and str(identifier) else str(number)
    return Article(f"{path}#{label}", body, path, number, _small_fields(record, options.text_field))


def _small_fields(record: dict, text_field: str) -> dict[str, Any]:
    """The record's short scalar fields (language, category, title), which rules
    may consult; raw HTML and other bulky fields stay behind."""
    return {
        key: value
        for key, value in record.items()
        if key != text_field and isinstance(value, str | int | float | bool) and len(str(value)) <= 300
    }
