"""Writing fixed articles back: files in place or to ``--fix-output``, and
the unified diff ``--diff`` prints instead.

A file is rewritten only from its own bytes, read again: they must decode to
exactly the text that was checked (else the file changed meanwhile, and is
left alone), and the fixed text is encoded the same way, with the same
byte-order mark and line ends (CRLF stays CRLF: the edits never touch a line
end they do not delete) and gzipped again when it was.  A JSON Lines corpus
is streamed: records without a fix are copied byte for byte, and in a record
with one only the text field's value is replaced, every other field, its key
order and spacing kept.  Every write goes through a temporary file and a
rename (:mod:`newslint.atomic`): a write that fails halfway leaves the
original whole.  Files that could not be read are input problems (NL1xx) and
are never written.
"""
from __future__ import annotations

import codecs
import collections
import contextlib
import difflib
import gzip
import json
import os
import re
import shutil
import sys
from typing import IO, Iterable, Iterator

from .atomic import atomic_write_bytes
from .formatting.escape import printable
from .problems import UNREADABLE
from .runner import Result
from .sources import LONGEST_BYTE_ORDER_MARK, ReadOptions, is_corpus, marked_encoding, utf8_in_single_byte

LINE_END = re.compile(r"(\r\n|\r|\n)")
#: Bytes copied at a time between an unchanged part of a corpus and its copy.
COPY_CHUNK = 1 << 16
_DECODER = json.JSONDecoder()
_WIDE_BOMS = {
    "utf-16": ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")),
    "utf-32": ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")),
}


class FixWriteError(Exception):
    """A fixed file that could not be written; the original is intact."""


class FixWriter:
    """Takes results in input order (one file's results together) and writes
    each file whose text a fix changed, in place or under ``output``."""

    def __init__(self, read_options: ReadOptions, output: str | None = None, inputs: Iterable[str] = ()):
        self.options = read_options
        self.output = output
        self.base = _common_directory(list(inputs))
        self.fixed: dict[str, collections.Counter] = {}  # file -> code -> fixes applied
        self.written: list[str] = []
        self.failures: list[str] = []
        self.unsettled: list[str] = []
        # The real files rewritten in place: a second name for one (a link
        # in the same walk) finds it fixed already, and is left alone.
        self._rewritten: set[str] = set()
        self._file: str | None = None
        self._corpus: _CorpusRewriter | None = None
        self._failed_file = False

    def target(self, file: str) -> str:
        """Where the fixed ``file`` goes."""
        if self.output is None:
            return file
        if os.path.isdir(self.output):
            relative = os.path.relpath(os.path.abspath(file), self.base)
            return os.path.join(self.output, relative)
        return self.output

    def through(self, results: Iterable[Result]) -> Iterator[Result]:
        """The results unchanged, the files written as they go by."""
        try:
            for result in results:
                self.add(result)
                yield result
        except BaseException:
            self._abort()
            raise
        self.close()

    def add(self, result: Result) -> None:
        if result.file != self._file:
            self._finish()
            self._file = result.file
            self._failed_file = False
        fixed = result.fixed
        if fixed is None:
            # An input problem.  A file that could not be read is never
            # written, not even copied to --fix-output; a corpus with one bad
            # record is (the record's line is copied as it was).
            if not is_corpus(result.file) or any(d.code == UNREADABLE.code for d in result.diagnostics):
                self._failed_file = True
            return
        if not fixed.converged:
            self.unsettled.append(result.path)
        if not fixed.changed or self._failed_file:
            return
        counts = self.fixed.setdefault(result.file, collections.Counter())
        try:
            if result.record_line is not None and is_corpus(result.file):
                if codecs.lookup(self.options.encoding).name.startswith(("utf-16", "utf-32")):
                    # The rewriter copies lines split on the byte 0x0A, which in
                    # UTF-16 or UTF-32 falls inside characters.
                    raise FixWriteError(
                        f"a JSON Lines corpus in {self.options.encoding} is not rewritten record by record; "
                        f"convert it to UTF-8 (iconv -f {self.options.encoding} -t utf-8) to fix it"
                    )
                if self._corpus is None:
                    self._corpus = _CorpusRewriter(result.file, self.target(result.file), self.options)
                self._corpus.replace(result.record_line, fixed.original, fixed.text)
            else:
                real = os.path.realpath(result.file)
                if self.output is None and real in self._rewritten:
                    self.fixed.pop(result.file, None)
                    return
                _write_file(result.file, self.target(result.file), fixed.original, fixed.text, self.options)
                self.written.append(result.file)
                self._rewritten.add(real)
        except (OSError, FixWriteError, ValueError, EOFError) as error:
            self._fail(result.file, error)
            return
        counts.update(diagnostic.code for diagnostic in fixed.applied)

    def close(self) -> None:
        self._finish()

    def _finish(self) -> None:
        file, self._file = self._file, None
        corpus, self._corpus = self._corpus, None
        if file is None:
            return
        if corpus is not None:
            try:
                corpus.finish()
                self.written.append(file)
            except (OSError, FixWriteError, ValueError, EOFError) as error:
                self._fail(file, error)
        elif self.output is not None and not self._failed_file and file not in self.written and os.path.isfile(file):
            # A complete fixed copy: files without a fix are copied as they are.
            try:
                _copy(file, self.target(file))
            except OSError as error:
                self._fail(file, error)

    def _abort(self) -> None:
        if self._corpus is not None:
            self._corpus.abort()
            self._corpus = None

    def _fail(self, file: str, error: BaseException) -> None:
        if self._corpus is not None:
            self._corpus.abort()
            self._corpus = None
        self._failed_file = True
        self.fixed.pop(file, None)
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        self.failures.append(f"{printable(file)}: not fixed: {printable(str(reason))}; the file was left as it was")

    @property
    def total(self) -> int:
        return sum(sum(counts.values()) for counts in self.fixed.values())


# -- plain files -------------------------------------------------------------


def _write_file(path: str, target: str, original: str, fixed: str, options: ReadOptions) -> None:
    data = _read_raw(path)
    compressed = path.lower().endswith(".gz")
    if compressed:
        data = gzip.decompress(data)
    encoding = marked_encoding(data[:LONGEST_BYTE_ORDER_MARK], options.encoding)
    _refuse_utf8_in_single_byte(data, encoding)
    bom, codec = _layout(data, encoding)
    if bom + original.encode(codec) != data:
        raise FixWriteError("it changed since it was read, or its encoding does not round-trip")
    new = bom + fixed.encode(codec)
    if compressed:
        new = gzip.compress(new, mtime=0)
    _make_parent(target)
    with atomic_write_bytes(target) as handle:
        handle.write(new)


def _refuse_utf8_in_single_byte(data: bytes, encoding: str) -> None:
    """A file that is valid UTF-8 with non-ASCII bytes but was read in a
    single-byte encoding is not rewritten: its fixes would write UTF-8
    letters back as that encoding (``café`` read as cp1252 is mojibake, and
    TX104's repair would leave byte E9 where C3 A9 was)."""
    if utf8_in_single_byte(data, encoding):
        raise FixWriteError(
            f"it is valid UTF-8 with non-ASCII bytes, not {encoding}; leave out --encoding {encoding} to fix it"
        )


def _layout(data: bytes, encoding: str) -> tuple[bytes, str]:
    """The byte-order mark a file starts with, and the codec of the rest,
    as the reader decoded it (``sources._decode``)."""
    name = codecs.lookup(encoding).name
    if name == "utf-8":
        return (codecs.BOM_UTF8, "utf-8") if data.startswith(codecs.BOM_UTF8) else (b"", "utf-8")
    if name in _WIDE_BOMS:
        for bom, codec in _WIDE_BOMS[name]:
            if data.startswith(bom):
                return bom, codec
        return b"", f"{name}-{'le' if sys.byteorder == 'little' else 'be'}"
    mark = "\ufeff".encode(name, errors="ignore")
    if mark and data.startswith(mark):
        return mark, name
    return b"", name


def _read_raw(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _copy(path: str, target: str) -> None:
    if os.path.abspath(path) == os.path.abspath(target):
        return
    _make_parent(target)
    with open(path, "rb") as source, atomic_write_bytes(target) as handle:
        shutil.copyfileobj(source, handle, COPY_CHUNK)


def _make_parent(target: str) -> None:
    parent = os.path.dirname(target)
    if parent:
        os.makedirs(parent, exist_ok=True)


def _common_directory(paths: list[str]) -> str:
    if not paths:
        return os.getcwd()
    directories = [os.path.abspath(p) if os.path.isdir(p) else os.path.dirname(os.path.abspath(p)) for p in paths]
    return os.path.commonpath(directories)


# -- JSON Lines corpora ------------------------------------------------------


class _CorpusRewriter:
    """A corpus copied line by line into its replacement, records with a fix
    rewritten on the way.  Records arrive in file order."""

    def __init__(self, path: str, target: str, options: ReadOptions):
        self.path = path
        self.options = options
        self.compressed = path.lower().endswith(".gz")
        self.stack = contextlib.ExitStack()
        try:
            raw = self.stack.enter_context(open(path, "rb"))
            self.source: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if self.compressed else raw
            _make_parent(target)
            handle = self.stack.enter_context(atomic_write_bytes(target))
            if self.compressed:
                handle = self.stack.enter_context(gzip.GzipFile(fileobj=handle, mode="wb", mtime=0, filename=""))
            self.sink: IO[bytes] = handle
        except BaseException:
            self.abort()
            raise
        self.line = 0  # lines copied so far

    def replace(self, number: int, original: str, fixed: str) -> None:
        while self.line < number - 1:
            if not self._copy_line():
                raise FixWriteError(f"record {number} is no longer there")
        raw = self.source.readline()
        self.line += 1
        self.sink.write(rewrite_record(raw, self.options, original, fixed, number))

    def finish(self) -> None:
        while self._copy_line():
            pass
        self.stack.close()  # gzip trailer, flush, rename

    def abort(self) -> None:
        """Leave the original as it was: the temporary file is removed."""
        try:
            self.stack.__exit__(FixWriteError, FixWriteError("aborted"), None)
        except FixWriteError:
            pass

    def _copy_line(self) -> bool:
        chunk = self.source.readline(COPY_CHUNK)
        if not chunk:
            return False
        self.sink.write(chunk)
        while not chunk.endswith(b"\n"):
            chunk = self.source.readline(COPY_CHUNK)
            if not chunk:
                break
            self.sink.write(chunk)
        self.line += 1
        return True


def rewrite_record(raw: bytes, options: ReadOptions, original: str, fixed: str, number: int = 0) -> bytes:
    """A corpus line with only its text field's value replaced (``original``
    must be what it holds now).  The value keeps its style: ``\\uXXXX``
    escapes when the old value was written in ASCII, or when the file's
    encoding cannot write a character."""
    encoding = codecs.lookup(options.encoding).name
    _refuse_utf8_in_single_byte(raw, options.encoding)
    codec = "utf-8" if encoding == "utf-8" else encoding
    bom = codecs.BOM_UTF8 if codec == "utf-8" and raw.startswith(codecs.BOM_UTF8) else b""
    line = raw[len(bom) :].decode(codec)
    span = text_field_span(line, options.text_field)
    if span is None or json.loads(line[span[0] : span[1]]) != original:
        raise FixWriteError(f"record {number} changed since it was read")
    old = line[span[0] : span[1]]
    value = json.dumps(fixed, ensure_ascii=old.isascii())
    try:
        encoded = (line[: span[0]] + value + line[span[1] :]).encode(codec)
    except UnicodeEncodeError:
        encoded = (line[: span[0]] + json.dumps(fixed, ensure_ascii=True) + line[span[1] :]).encode(codec)
    return bom + encoded


def text_field_span(line: str, field: str) -> tuple[int, int] | None:
    """Where the value of a top-level key ``field`` stands in a JSON object
    written on one line (the last one, as ``json.loads`` keeps the last of
    duplicate keys), or None."""
    index = _skip_space(line, 0)
    if line[index : index + 1] != "{":
        return None
    index = _skip_space(line, index + 1)
    found = None
    if line[index : index + 1] == "}":
        return None
    while True:
        if line[index : index + 1] != '"':
            return None
        key, index = json.decoder.scanstring(line, index + 1)
        index = _skip_space(line, index)
        if line[index : index + 1] != ":":
            return None
        start = _skip_space(line, index + 1)
        _value, end = _DECODER.raw_decode(line, start)
        if key == field:
            found = (start, end)
        index = _skip_space(line, end)
        if line[index : index + 1] == ",":
            index = _skip_space(line, index + 1)
            continue
        return found if line[index : index + 1] == "}" else None


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


# -- the diff ----------------------------------------------------------------


def unified_diff(result: Result, options: ReadOptions | None = None, head: bytes | None = None) -> bytes:
    """The unified diff of one fixed file, as bytes, or b"" (no fix).

    The diff is git's shape, ``--- a/PATH`` and ``+++ b/PATH`` with the path
    relative to the working directory, and its lines are the file's own
    bytes: encoded as the file is (``options`` gives the encoding; a cp1252
    or UTF-16 file's lines are cp1252 or UTF-16), with its byte-order mark,
    its CRLF and its tabs, split where the file's bytes hold a line feed as
    ``git apply`` and ``patch -p1`` split them.  Control characters other
    than the tab and the line ends are shown escaped, as everywhere in
    newslint's output, so a diff cannot drive the terminal.  A gzipped file
    or a corpus record has no diff (:func:`patch_cannot_express`); a fixed
    text the encoding cannot write raises :class:`FixWriteError`."""
    fixed = result.fixed
    if fixed is None or not fixed.changed:
        return b""
    encoding = (options or ReadOptions()).encoding
    bom, codec, encoding = _bom_of(result.file, encoding, head)
    with contextlib.suppress(UnicodeEncodeError):  # (raised below, with the character named)
        _refuse_utf8_in_single_byte(fixed.original.encode(codec), encoding)
    try:
        before = bom + _escaped(fixed.original).encode(codec)
        after = bom + _escaped(fixed.text).encode(codec)
    except UnicodeEncodeError as error:
        raise FixWriteError(f"the fixed text has a character {encoding} cannot write ({error.object[error.start]!r})")
    name = printable(_diff_path(result.path)).encode("utf-8", "backslashreplace")
    lines = difflib.diff_bytes(
        difflib.unified_diff,
        _diff_lines(before),
        _diff_lines(after),
        fromfile=b"a/" + name,
        tofile=b"b/" + name,
        lineterm=b"\n",
    )
    return b"".join(lines)


def patch_cannot_express(result: Result) -> bool:
    """Whether a fix of ``result`` is beyond a patch: a corpus record (no
    patch tool edits a JSON string) or a gzipped file (``git apply`` and
    ``patch`` edit text, not a compressed stream)."""
    return result.record_line is not None or result.file.lower().endswith(".gz")


def _diff_path(path: str) -> str:
    """``path`` as a diff names it: relative to the working directory when
    inside it, else without its leading slash (as git writes it)."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    if relative != os.pardir and not relative.startswith(os.pardir + os.sep):
        return relative.replace(os.sep, "/")
    return os.path.normpath(path).lstrip("/")


def _bom_of(path: str, encoding: str, head: bytes | None = None) -> tuple[bytes, str, str]:
    """The byte-order mark ``path`` starts with (the reader removed it from
    the text), the codec of the rest, as :func:`_write_file` writes it, and
    the encoding read (a UTF-16 or UTF-32 mark's, in a UTF-8 run).
    Standard input's mark is in ``head``, its first bytes; a file that
    cannot be read again has no mark."""
    if head is not None:
        head = head[:LONGEST_BYTE_ORDER_MARK]  # standard input's first bytes, kept by the caller
    else:
        head = b""
        if os.path.isfile(path):
            with contextlib.suppress(OSError):
                with open(path, "rb") as raw:
                    head = raw.read(LONGEST_BYTE_ORDER_MARK)
    encoding = marked_encoding(head, encoding)
    return (*_layout(head, encoding), encoding)


def _escaped(text: str) -> str:
    """``text`` with each line escaped as :func:`_shown` does and its line
    end (LF, CRLF or a lone CR) kept as it is, so the bytes match the file."""
    pieces = LINE_END.split(text)
    return "".join(piece if index % 2 else _shown(piece) for index, piece in enumerate(pieces))


def _diff_lines(data: bytes) -> list[bytes]:
    """The lines of ``data`` as a patch tool counts them: each ends at a line
    feed byte (in UTF-16 the byte after it starts the next line), with the
    mark diff gives a last line without one."""
    pieces = data.split(b"\n")
    lines = [piece + b"\n" for piece in pieces[:-1]]
    if pieces[-1]:
        lines.append(pieces[-1] + b"\n\\ No newline at end of file\n")
    return lines


def _shown(line: str) -> str:
    """A line escaped as :func:`printable` does, its tabs kept (a tab cannot
    drive a terminal, and an escaped one would not match the file)."""
    return "\t".join(printable(part) for part in line.split("\t"))
