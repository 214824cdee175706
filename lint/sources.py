"""Reading input: files, directories, standard input and JSON Lines corpora.

What comes out is a stream of :class:`Article` (text to check) and
:class:`InputError` (why something could not be checked), in a stable order.
Nothing here raises for bad input: a missing path, a binary file, a bad byte or
a malformed record becomes an ``InputError`` and reading goes on.

Input may be hostile (a pull request from a stranger), so reading is bounded:
only regular files are opened (a FIFO or a device named ``*.txt`` would block
or never end), a symbolic link met in a directory walk is not followed out of
that directory unless asked, and no file, record or gzip member is read past
``max-article-bytes``.
"""
from __future__ import annotations

import codecs
import errno
import functools
import io
import json
import os
import stat
import sys
import zlib
from typing import Any, Iterator, NamedTuple, Union

from . import problems
from .accept import parse_record_ignore
from .gitignore import Ignored
from .problems import Problem
from .selection import matches_path

STDIN = "-"
CORPUS_SUFFIXES = (".jsonl", ".ndjson")
#: The compressions newslint reads (by the file's name).  A directory walk
#: takes a file in one of them when its name without the suffix matches
#: ``include``: ``*.txt`` takes ``a.txt.gz`` too, as naming it does.
COMPRESSED_SUFFIXES = (".gz",)
BINARY_SNIFF_BYTES = 8192
ENCODING_HINT = "if it is in a legacy encoding, pass --encoding (for example cp1252, euc-kr or gb18030)"
DEFAULT_MAX_ARTICLE_BYTES = 5_000_000
# A record's name is remembered as a digest this long: no collision is to be
# expected below billions of records.
NAME_DIGEST_BYTES = 16
# An id longer than this is cut short in a message.
SHOWN_ID_CHARS = 80
# A number longer than this is not quoted in a message (a record may hold any).
SHOWN_VALUE_CHARS = 20
# How much of an oversized record's line is read at a time while skipping it.
SKIP_CHUNK = 1 << 16
# Codecs Python counts as text encodings that are for host names, not files.
NOT_FILE_ENCODINGS = frozenset({"idna", "punycode"})
#: What opening a symbolic link whose target is missing, or a loop, raises.
BROKEN_LINK_ERRORS = (errno.ENOENT, errno.ELOOP)
FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


class Article(NamedTuple):
    """One article to check.  ``path`` is how it is reported: the file, or
    ``FILE#ID`` for a corpus record (``FILE#N``, its 1-based record number,
    when it has no id)."""

    path: str
    text: str
    file: str
    record_line: int | None = None
    meta: dict | None = None
    #: Codes or prefixes a corpus record's ignore field leaves unreported.
    ignore: tuple[str, ...] = ()


class InputError(NamedTuple):
    path: str
    line: int
    problem: Problem
    detail: str
    file: str = ""
    #: The column (in characters) of the fault on its line, when known.
    col: int = 1
    #: The corpus record the problem concerns (its line in the file), so that
    #: a record that could not be checked can be joined back to the data as a
    #: checked one is; None for a problem of a whole file.
    record_line: int | None = None


Input = Union[Article, InputError]


class ReadOptions(NamedTuple):
    encoding: str = "utf-8"
    text_field: str = "text"
    id_field: str = "id"
    include: tuple[str, ...] = ("*.txt",)
    exclude: tuple[str, ...] = ()
    stdin_display_name: str = "stdin"
    #: A file, record or gzip member larger than this is NL109, and not read.
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    #: Whether a symbolic link met in a directory walk may lead out of it.
    follow_external_symlinks: bool = False
    #: A corpus record's field listing codes to leave unreported for it.
    ignore_field: str = "newslint_ignore"
    #: Whether a directory walk inside a Git work tree leaves out what Git ignores.
    respect_gitignore: bool = True

    @classmethod
    def from_config(cls, config, stdin_display_name: str = "stdin") -> "ReadOptions":
        return cls(
            file_encoding(config.encoding, config.where("encoding")),
            config.text_field,
            config.id_field,
            tuple(config.include),
            tuple(config.exclude) + tuple(config.extend_exclude),
            stdin_display_name,
            getattr(config, "max_article_bytes", DEFAULT_MAX_ARTICLE_BYTES),
            getattr(config, "follow_external_symlinks", False),
            getattr(config, "ignore_field", "newslint_ignore"),
            getattr(config, "respect_gitignore", True),
        )


def file_encoding(name: str, where: str = "configuration") -> str:
    """``name``, if files can be decoded with it.  ``hex``, ``rot13`` and the
    like turn bytes into bytes, and ``punycode`` is for host names: each is a
    one-line configuration error, not a traceback on the first file."""
    from .config import ConfigError

    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ConfigError(f"{where}: encoding: unknown encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_FILE_ENCODINGS:
        raise ConfigError(
            f"{where}: encoding: {name!r} is not a text encoding (use one such as utf-8, cp1252, euc-kr or gb18030)"
        )
    return name


def discover(paths: list[str], options: ReadOptions) -> Iterator[Union[str, InputError]]:
    """The files to read, in order: each named file, each directory walked
    (sorted, excluded directories pruned), or an error for a missing path or a
    link out of a walked directory.  A path named here is read wherever it
    leads: naming it is the user's consent.  A file reached twice by the
    same path (``a.txt ./a.txt``, a file named and inside a directory named,
    ``- -``) is read once, under the first name, as ruff and flake8 do; a
    symbolic link met in a walk to a file the walk reads anyway is skipped
    (one article, one report), and one named is read."""
    seen: set[str] = set()

    def first_time(path: str) -> bool:
        key = path if path == STDIN else os.path.normcase(os.path.abspath(path))
        if key in seen:
            return False
        seen.add(key)
        return True

    for path in paths:
        if path == STDIN:
            if first_time(STDIN):
                yield STDIN
        elif os.path.isdir(path):
            found = False
            for item in _walk(path, options):
                found = True
                if not isinstance(item, str) or first_time(item):
                    yield item
            if not found:
                yield _nothing_to_check(path, options)
        elif os.path.lexists(path):
            if not _is_excluded_named(path, options) and first_time(path):
                yield path
        else:
            yield InputError(path, 1, problems.PATH_NOT_FOUND, "no such file or directory", path)


def _walk(top: str, options: ReadOptions) -> Iterator[Union[str, InputError]]:
    """The files under ``top``.  A symbolic link whose target lies outside
    ``top`` is reported, not followed: in a checked-out pull request it could
    point at the runner's own files (``ln -s /etc/passwd p.txt``)."""
    tree = os.path.realpath(top)
    git_ignores = _git_ignores(top, options)
    # A directory the walk cannot list (permissions) would otherwise be
    # skipped in silence, and its articles never read.
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=unlisted.append):
        yield from _unlisted(unlisted, top)
        dirs[:] = sorted(d for d in dirs if not _is_excluded(os.path.join(root, d), options, git_ignores, True))
        for name in sorted(files):
            path = os.path.join(root, name)
            if not _is_included(name, options) or _is_excluded(path, options, git_ignores):
                continue
            if os.path.islink(path) and not options.follow_external_symlinks and not _is_inside(path, tree):
                detail = (
                    "cannot read: a symbolic link to a file outside the checked directory, not followed "
                    "(--follow-external-symlinks follows it)"
                )
                yield InputError(path, 1, problems.UNREADABLE, detail, path)
            elif os.path.islink(path) and _walk_reads_target(path, top, tree, options, git_ignores):
                # The walk reads the file under its own name: a second name
                # would report every finding twice and count the article
                # twice in the corpus rules.
                continue
            else:
                yield path
    yield from _unlisted(unlisted, top)


def _walk_reads_target(link: str, top: str, tree: str, options: ReadOptions, git_ignores: Ignored | None) -> bool:
    """Whether a symbolic link met in the walk of ``top`` (really ``tree``)
    leads to a regular file the walk reads under its own name: inside the
    tree, taken by ``include`` and left alone by ``exclude`` and Git's
    ignore files along the way (its folders are walked, not links to them)."""
    target = os.path.realpath(link)
    if not os.path.isfile(target) or not _is_inside(link, tree) or not _is_included(os.path.basename(target), options):
        return False
    parts = os.path.relpath(target, tree).split(os.sep)
    path = top
    for depth, part in enumerate(parts, 1):
        path = os.path.join(path, part)
        is_folder = depth < len(parts)
        if _is_excluded(path, options, git_ignores, is_folder) or (is_folder and os.path.islink(path)):
            return False
    return True


def _unlisted(errors: list[OSError], top: str) -> Iterator[InputError]:
    """NL102 for each directory the walk could not list, once."""
    for error in errors:
        path = error.filename if isinstance(error.filename, str) else top
        failure = _unreadable(path, error)
        yield failure._replace(detail=failure.detail.replace("cannot read:", "cannot list the directory:", 1))
    errors.clear()


def _nothing_to_check(top: str, options: ReadOptions) -> InputError:
    """NL110 for a directory named that gave no file to read.  An empty
    directory and one whose files ``include`` all leaves out are one case (a
    scraper that wrote nothing, or wrote ``.md``): either way a run that
    passed would pass on articles it never read, as an empty file would."""
    from .formatting.escape import display_path

    count, examples = unmatched_files([top], options)
    if count:
        shown = ", ".join(display_path(path) for path in examples) + (", ..." if count > len(examples) else "")
        files = "1 file" if count == 1 else f"{count:,} files"
        detail = (
            f"nothing to check: the directory holds {files} ({shown}) but none matches include "
            f"({', '.join(options.include)}); name the files, or set --include"
        )
    else:
        detail = f"nothing to check: {_what_is_left(top, options)}"
    return InputError(top, 1, problems.NOTHING_TO_CHECK, detail, top)


def _what_is_left(top: str, options: ReadOptions) -> str:
    """Why a directory with no file ``include`` left out gave none to check:
    it is empty, or holds only what ``exclude`` or Git's ignore files leave
    out or links to directories (which a walk does not follow: one may lead
    back up)."""
    git_ignores = _git_ignores(top, options)
    excluded = ignored = links = 0
    for root, dirs, files in os.walk(top):
        kept = []
        for name in dirs:
            path = os.path.join(root, name)
            if _is_excluded(path, options):
                excluded += 1
            elif git_ignores is not None and git_ignores(path, True):
                ignored += 1
            elif os.path.islink(path):
                links += 1
            else:
                kept.append(name)
        dirs[:] = kept
        # Every file here was left out, or it would have been read or counted.
        for name in files:
            path = os.path.join(root, name)
            if not _is_excluded(path, options) and git_ignores is not None and git_ignores(path, False):
                ignored += 1
            else:
                excluded += 1
    if not (excluded or ignored or links):
        return "the directory holds no file"
    parts = []
    if excluded:
        parts.append(f"{excluded:,} {'entry' if excluded == 1 else 'entries'} left out by exclude")
    if ignored:
        parts.append(
            f"{ignored:,} {'entry' if ignored == 1 else 'entries'} ignored by Git, which --no-respect-gitignore checks"
        )
    if links:
        parts.append(f"{links:,} {'link' if links == 1 else 'links'} to a directory, not followed")
    return f"the directory holds no file to read ({'; '.join(parts)})"


def unmatched_files(paths: list[str], options: ReadOptions, examples: int = 3) -> tuple[int, list[str]]:
    """How many files under the directories in ``paths`` ``include`` left out
    (not ``exclude``), and the first few of them.  Asked only of a directory
    that gave nothing to check: a folder of ``.md`` files would otherwise pass
    a CI job."""
    count, names = 0, []
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            continue
        git_ignores = _git_ignores(path, options)
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not _is_excluded(os.path.join(root, d), options, git_ignores, True))
            for name in sorted(files):
                file = os.path.join(root, name)
                if _is_included(name, options) or _is_excluded(file, options, git_ignores):
                    continue
                count += 1
                if len(names) < examples:
                    names.append(file)
    return count, names


def _is_inside(link: str, tree: str) -> bool:
    target = os.path.realpath(link)
    try:
        return os.path.commonpath([target, tree]) == tree
    except ValueError:  # another drive, on Windows
        return False


def _is_included(name: str, options: ReadOptions) -> bool:
    """Whether ``include`` takes a file called ``name``, itself or its
    uncompressed form (``a.txt.gz`` for ``*.txt``)."""
    names = {name, _strip_gz(name)}
    return any(matches_path(each, pattern) for each in names for pattern in options.include)


def _is_excluded(path: str, options: ReadOptions, git_ignores: Ignored | None = None, is_folder: bool = False) -> bool:
    """Whether a walk leaves ``path`` out: ``exclude`` says so, or Git
    ignores it (``git_ignores``, the walk's work tree's rules, if any)."""
    if any(matches_path(path, pattern) for pattern in options.exclude):
        return True
    return git_ignores is not None and git_ignores(path, is_folder)


def _git_ignores(top: str, options: ReadOptions) -> Ignored | None:
    """The ignore rules of the Git work tree a walk of ``top`` lies in, when
    they are to be respected.  ``top`` itself is walked even if Git ignores
    it: naming it is the user's consent, as for a file."""
    return Ignored.around(top) if options.respect_gitignore else None


def _is_excluded_named(path: str, options: ReadOptions) -> bool:
    """Whether ``exclude`` leaves out a file named on the command line: the
    file itself, or a folder it lies in (``extend-exclude: [news/drafts]``
    and ``news/drafts/d.txt``, as pre-commit names it), as a walk would
    have pruned that folder.  Relative names are tried up to their first
    component, absolute ones up to the root: an anchored pattern names one
    place only."""
    if _is_excluded(path, options):
        return True
    folder = os.path.dirname(os.path.normpath(path))
    while folder and folder not in (os.curdir, os.pardir) and not folder.endswith(os.sep + os.pardir):
        if _is_excluded(folder, options):
            return True
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return False


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
    """``name`` without its compression suffix, if it has one."""
    for suffix in COMPRESSED_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def read_file(path: str, options: ReadOptions, display: str | None = None) -> Iterator[Input]:
    """The articles in one file, reported as ``display`` (default: the path)."""
    name = display or path
    try:
        handle = _open_regular(path)
    except (OSError, _NotRegularFile) as error:
        yield _unreadable(name, error, link=path)
        return
    yield from _read_stream(name, handle, options)


def read_bytes(name: str, data: bytes, options: ReadOptions) -> Iterator[Input]:
    """An article from a file's bytes (or, for a ``.jsonl`` name, a corpus)."""
    yield from _read_stream(name, io.BytesIO(data), options)


def _read_stream(name: str, handle, options: ReadOptions) -> Iterator[Input]:
    """The articles in an open binary stream called ``name``.  A ``.gz`` name
    is decompressed as it is read, so a small gzip bomb stops at the limit."""
    if name.lower().endswith(".gz"):
        import gzip  # here: most runs read no .gz file (start-up time)

        handle = gzip.GzipFile(fileobj=handle, mode="rb")
    if is_corpus(name):
        yield from _read_corpus(name, handle, options)
        return
    limit = options.max_article_bytes
    try:
        with handle:
            data = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as error:
        yield _unreadable(name, error)
        return
    if len(data) > limit:
        detail = f"the file is larger than max-article-bytes ({limit:,} bytes); it was not read"
        yield InputError(name, 1, problems.TOO_LARGE, detail, name)
        return
    text = _decode(name, data, options.encoding, line_offset=0)
    if isinstance(text, InputError):
        yield text
    else:
        yield Article(name, text, name)


#: How ``gzip`` says a file does not start with gzip's magic bytes.
NOT_GZIP_MESSAGE = "Not a gzipped file"


class _NotRegularFile(Exception):
    """A FIFO, device, socket or directory where a file was expected."""


def _kind(mode: int) -> str:
    return next((kind for is_kind, kind in FILE_KINDS if is_kind(mode)), "not a regular file")


def _nonblocking(path: str, flags: int) -> int:
    # Opening a FIFO for reading blocks until a writer comes; with O_NONBLOCK
    # the open returns, and the fstat after it refuses the FIFO.
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _open_regular(path: str):
    """``path`` opened for binary reading, if it is a regular file.  The type
    is checked before opening (opening a device can do things of its own) and
    again on the open descriptor, in case the path was swapped in between."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise _NotRegularFile(_kind(mode))
    handle = open(path, "rb", opener=_nonblocking)
    try:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise _NotRegularFile(_kind(mode))
        os.set_blocking(handle.fileno(), True)
    except BaseException:
        handle.close()
        raise
    return handle


def _unreadable(path: str, error: BaseException, link: str | None = None) -> InputError:
    """NL102 for ``path``; ``link`` is the file opened, named when it is a
    symbolic link whose target is missing or leads round in a loop (the
    system's "No such file or directory" for a file listed in a directory
    would mislead)."""
    import gzip  # only for its error class; a run with no .gz file need not import it

    broken = link is not None and getattr(error, "errno", None) in BROKEN_LINK_ERRORS and os.path.islink(link)
    if broken:
        try:
            target = os.readlink(link)
        except OSError:
            target = "?"
        state = "leads round in a loop" if error.errno == errno.ELOOP else "points at nothing"
        detail = f"a symbolic link that {state} (to {target})"
    elif isinstance(error, _NotRegularFile):
        detail = f"not a regular file ({error})"
    elif isinstance(error, EOFError):
        detail = "the gzip stream is cut short (it ends before its end-of-stream marker: a truncated file)"
    elif isinstance(error, gzip.BadGzipFile) and str(error).startswith(NOT_GZIP_MESSAGE):
        detail = "not gzip-compressed, though its name ends in .gz (it does not start with gzip's bytes 1F 8B)"
    elif isinstance(error, gzip.BadGzipFile | zlib.error):
        detail = f"a damaged gzip stream ({error})"
    elif isinstance(error, IsADirectoryError):
        detail = "is a directory"
    elif isinstance(error, PermissionError):
        detail = "permission denied"
    else:
        detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return InputError(path, 1, problems.UNREADABLE, f"cannot read: {detail}", path)


def _is_wide(encoding: str) -> bool:
    """Whether ``encoding`` spends two or four bytes on every character,
    ASCII included (UTF-16 and UTF-32, of either byte order)."""
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


# UTF-32's byte-order mark, the longest: enough of a file's head to read any.
LONGEST_BYTE_ORDER_MARK = len(codecs.BOM_UTF32)


def marked_encoding(head: bytes, encoding: str) -> str:
    """The encoding a text file is read and written back in: ``encoding``,
    unless that is UTF-8 (the default) and the file starts with a UTF-16 or
    UTF-32 byte-order mark, which says what it is (a repository may mix
    such files with UTF-8 ones: one ``--encoding`` could not read both)."""
    if codecs.lookup(encoding).name == "utf-8":
        return _encoding_by_mark(head) or encoding
    return encoding


def _encoding_by_mark(head: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when a file starts with that byte-order mark."""
    return next((wide for mark, wide in WIDE_BYTE_ORDER_MARKS if head.startswith(mark)), None)


def _decode(name: str, data: bytes, encoding: str, line_offset: int, file: str | None = None) -> str | InputError:
    if line_offset == 0:
        encoding = marked_encoding(data[:LONGEST_BYTE_ORDER_MARK], encoding)
    is_wide = _is_wide(encoding)
    if is_wide and line_offset == 0:
        narrow = _narrow_in_wide(data[:BINARY_SNIFF_BYTES], encoding)
        if narrow is not None:
            return InputError(name, 1, problems.UNDECODABLE, narrow, file or name)
    if not is_wide:
        wide = _wide_encoding(data[:BINARY_SNIFF_BYTES]) if line_offset == 0 else None
        if wide is not None:
            detail = f"not valid {encoding}: the text looks like {wide}; pass --encoding {wide}"
            return InputError(name, line_offset + 1, problems.UNDECODABLE, detail, file or name)
        if b"\x00" in data[:BINARY_SNIFF_BYTES]:
            return InputError(name, line_offset + 1, problems.BINARY, "binary file (NUL bytes), not text", file or name)
    _warn_if_utf8(file or name, data, encoding)
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
    except (UnicodeError, ValueError) as error:  # a codec that fails without a position
        detail = f"not valid {encoding} ({error}); {ENCODING_HINT}"
        return InputError(name, line_offset + 1, problems.UNDECODABLE, detail, file or name)
    return text.removeprefix("\ufeff")


def utf8_in_single_byte(data: bytes, encoding: str) -> bool:
    """Whether ``data``, to be read in the single-byte ``encoding`` (cp1252,
    Latin-1, KOI8-R...), is valid UTF-8 holding non-ASCII bytes: then it is
    all but surely UTF-8, since text in a single-byte encoding almost never
    decodes as UTF-8 (each byte from 0x80 on must fall in UTF-8's pairs of
    lead and continuation bytes), and read as the encoding its letters become
    mojibake that TX104's safe fix would "repair" and ``--fix`` write back in
    the other encoding."""
    if data.isascii() or not is_single_byte(encoding):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@functools.lru_cache(maxsize=None)
def is_single_byte(encoding: str) -> bool:
    """Whether ``encoding`` writes every character in one byte: no byte from
    0x80 on waits for another to make a character (a multi-byte encoding's
    lead byte, as in gb18030 or Shift JIS), and it is not a UTF."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    if name.startswith("utf"):
        return False
    for byte in range(0x80, 0x100):
        decoder = codecs.getincrementaldecoder(name)(errors="replace")
        if decoder.decode(bytes([byte]), final=False) == "":
            return False
    return True


def _warn_if_utf8(name: str, data: bytes, encoding: str) -> None:
    """One warning naming a file read in a single-byte ``encoding`` that is
    valid UTF-8 with non-ASCII bytes; it is still checked as asked (the
    warning says what to do), and ``--fix`` leaves it as it was
    (``fix_files``)."""
    if utf8_in_single_byte(data, encoding):
        import warnings

        from .diagnostic import NewslintWarning

        from .formatting.escape import printable

        warnings.warn(
            f"{printable(name)}: read as {encoding}, but it is valid UTF-8 with non-ASCII bytes, so probably UTF-8: "
            f"leave out --encoding {encoding} for it (--fix leaves it as it is)",
            NewslintWarning,
            stacklevel=2,
        )


# Byte-order marks, longest first: UTF-32's little-endian mark begins with UTF-16's.
WIDE_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Without a mark, UTF-16 text in a Latin script has a NUL in every other byte;
# a binary file's NULs fall on both sides.  This share of one side must be NUL.
WIDE_NUL_SHARE = 0.9
WIDE_SNIFF_MIN_BYTES = 16


def _wide_encoding(head: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when the start of a file says so (its
    byte-order mark, or UTF-16's pattern of NULs); None otherwise.  A text
    file with a mark is read in its encoding (:func:`marked_encoding`); one
    without, or a corpus (rewritten record by record in the run's encoding),
    would be guessed at, so the user is told which ``--encoding`` to pass."""
    marked = _encoding_by_mark(head)
    if marked is not None:
        return marked
    if len(head) < WIDE_SNIFF_MIN_BYTES:
        return None
    even, odd = head[0::2], head[1::2]
    for side, other in ((even, odd), (odd, even)):
        if side.count(0) >= WIDE_NUL_SHARE * len(side) and other.count(0) == 0:
            return "utf-16"
    return None


# Bytes of a wide encoding's byte-order mark; a file that starts with one
# says which encoding it is in.
WIDE_MARKS = tuple(mark for mark, _encoding in WIDE_BYTE_ORDER_MARKS)
# Code points no article holds: unassigned, private use, lone surrogates,
# control characters other than line ends and tabs.  Pairs of 8-bit bytes
# read as UTF-16 land on them often (U+E000-U+F8FF is private use).
IMPOSSIBLE_CATEGORIES = frozenset({"Cn", "Co", "Cs", "Cc"})
ALLOWED_CONTROLS = frozenset("\t\n\r")


def _narrow_in_wide(head: bytes, encoding: str) -> str | None:
    """Why the start of a file cannot be text in the wide ``encoding`` it
    is to be read in, or None when it can.

    UTF-16 and UTF-32 write every ASCII character (a space, a line end, a
    digit) with a NUL byte beside it, and UTF-32 every character, so a file
    of such text with no NUL byte at all is not in them.  Read as UTF-16, a
    UTF-8 file still decodes, to Chinese, Korean, private-use and bidi
    characters (", " becomes U+202C, a bidi control TX107's fix deletes),
    and ``--fix`` would write that back: such a file is refused, before any
    rule sees it.  A file with a byte-order mark says what it is."""
    if len(head) < 2 or head.startswith(WIDE_MARKS) or b"\x00" in head:
        return None
    try:
        head.decode("utf-8")
        valid_utf8 = True
    except UnicodeDecodeError as error:
        # The head may end inside a character: only an error before its last bytes counts.
        valid_utf8 = error.start >= len(head) - 3 and error.reason == "unexpected end of data"
    if valid_utf8:
        return (
            f"not {encoding}: the file holds no NUL byte ({encoding} writes one beside every space and line end) "
            f"and is valid UTF-8; leave out --encoding {encoding}"
        )
    import unicodedata

    text = head[: len(head) - len(head) % 4].decode(encoding, errors="replace")
    if any(
        unicodedata.category(char) in IMPOSSIBLE_CATEGORIES and char not in ALLOWED_CONTROLS for char in text
    ):
        return (
            f"not {encoding}: the file holds no NUL byte ({encoding} writes one beside every space and line end) "
            f"and decodes to unassigned or private-use characters; {ENCODING_HINT}"
        )
    return None


def _read_corpus(path: str, handle, options: ReadOptions) -> Iterator[Input]:
    """One article per JSON Lines record, streamed; no record is read past
    ``max-article-bytes`` (a record without a line end could be endless).

    A corpus in UTF-16 or UTF-32 is decoded as it is read and split into
    lines after decoding: its line end is two or four bytes, and a split on
    the byte 0x0A would cut characters in half.  A file whose start says it
    is in another encoding than the one it is read in gets one NL104 for the
    whole file (each record would get one of its own, or an NL103)."""
    records = 0
    for item in _corpus_items(path, handle, options):
        records += 1
        yield item
    if not records:
        # A shard the scraper left empty (or a download that failed) holds
        # no article to check: an input problem, as an empty text file is,
        # not a file with nothing to report.
        detail = "the corpus holds no record (the file is empty or holds only blank lines)"
        yield InputError(path, 1, problems.EMPTY, detail, path)


def _corpus_items(path: str, handle, options: ReadOptions) -> Iterator[Input]:
    """_read_corpus's records and input problems, in the file's order."""
    limit = options.max_article_bytes
    named = RecordNames(path)
    with handle:
        number = 0
        try:
            # The first line only: a truncated gzip fails past the data it
            # holds, and the records before the fault are still to be checked.
            head = handle.readline(BINARY_SNIFF_BYTES)
            wrong = _wrong_corpus_encoding(path, head, options.encoding)
            if wrong is not None:
                yield wrong
                return
            if _is_wide(options.encoding):
                for number, item in _wide_records(path, head, handle, options):
                    yield named.unique(item) if isinstance(item, Article) else item
                return
            handle = _Prefixed(head, handle)
            while True:
                raw = handle.readline(limit + 2)
                if not raw:
                    break
                number += 1
                if len(raw.removesuffix(b"\n")) > limit:
                    while not raw.endswith(b"\n") and raw:
                        raw = handle.readline(SKIP_CHUNK)
                    yield _record_too_large(path, number, limit)
                    continue
                if not raw.strip() or raw.strip() == codecs.BOM_UTF8:
                    # A blank line between records; a byte-order mark alone
                    # on the first line is the same (the file is UTF-8).
                    continue
                yield named.unique(_record(path, number, raw, options))
        except (OSError, EOFError, zlib.error) as error:
            failure = _unreadable(path, error)
            after = f" after record {number}" if number else ""
            yield failure._replace(line=number + 1, detail=f"{failure.detail}{after}")


def _record_too_large(path: str, number: int, limit: int) -> InputError:
    detail = f"record {number} is larger than max-article-bytes ({limit:,} bytes); it was not read"
    return InputError(path, number, problems.TOO_LARGE, detail, path, record_line=number)


def _wrong_corpus_encoding(path: str, head: bytes, encoding: str) -> InputError | None:
    """NL104 for a corpus whose first bytes show it is not in ``encoding``:
    UTF-16 or UTF-32 read as an 8-bit encoding, or the reverse."""
    if _is_wide(encoding):
        detail = _narrow_in_wide(head, encoding)
    else:
        wide = _wide_encoding(head)
        detail = f"not valid {encoding}: the text looks like {wide}; pass --encoding {wide}" if wide else None
    return None if detail is None else InputError(path, 1, problems.UNDECODABLE, detail, path)


class _Prefixed:
    """A binary stream whose first bytes were already read (to sniff its
    encoding): ``readline`` gives them back first."""

    def __init__(self, head: bytes, handle):
        self.head = head
        self.handle = handle

    def readline(self, size: int) -> bytes:
        if not self.head:
            return self.handle.readline(size)
        end = self.head.find(b"\n", 0, size)
        if end >= 0 or len(self.head) >= size:
            cut = end + 1 if end >= 0 else size
            line, self.head = self.head[:cut], self.head[cut:]
            return line
        line, self.head = self.head, b""
        return line + self.handle.readline(size - len(line))


# What a wide corpus is read in at a time.
WIDE_CHUNK = 1 << 16


def _explicit_wide(encoding: str, head: bytes) -> tuple[str, bytes]:
    """The byte order ``encoding`` has in this file (``utf-16-le``), and the
    byte-order mark to skip: its own, or, for plain ``utf-16``, the one the
    file starts with (without one, this machine's order, as Python reads it)."""
    name = codecs.lookup(encoding).name
    width = "32" if name.startswith("utf-32") else "16"
    marks = {
        "le": codecs.BOM_UTF32_LE if width == "32" else codecs.BOM_UTF16_LE,
        "be": codecs.BOM_UTF32_BE if width == "32" else codecs.BOM_UTF16_BE,
    }
    order = name.rsplit("-", 1)[1] if name.endswith(("-le", "-be")) else None
    if order is None:
        # UTF-32's little-endian mark begins with UTF-16's: the longer is tested first, per width.
        order = next((side for side, mark in marks.items() if head.startswith(mark)), "le" if sys.byteorder == "little" else "be")
    return f"utf-{width}-{order}", marks[order] if head.startswith(marks[order]) else b""


def _wide_records(path: str, head: bytes, handle, options: ReadOptions) -> Iterator[tuple[int, Input]]:
    """``(line, record)`` for each record of a UTF-16 or UTF-32 corpus,
    decoded as it is read.  A byte that does not decode ends the file's
    reading with NL104 (nothing after it can be trusted to line up)."""
    codec, mark = _explicit_wide(options.encoding, head)
    width = 4 if codec.startswith("utf-32") else 2
    decoder = codecs.getincrementaldecoder(codec)()
    # The limit is in bytes; a line is counted in characters, each of which
    # takes ``width`` bytes or more, so no line kept is larger than it.
    lines = _LineSplitter(options.max_article_bytes // width)
    data, number, failure = head[len(mark) :], 0, None
    while True:
        final = not data
        try:
            text = decoder.decode(data, final)
        except UnicodeDecodeError as error:
            # What decoded before the fault is kept: its complete lines are checked.
            text = error.object[: error.start].decode(codec, errors="replace")
            failure = error
        pieces = list(lines.feed(text))
        if final or failure is not None:
            pieces.extend(lines.finish() if failure is None else ())
        for line in pieces:
            number += 1
            if line is None:
                yield number, _record_too_large(path, number, options.max_article_bytes)
            elif line.strip():
                yield number, _parsed_record(path, number, line, options)
        if failure is not None:
            byte = failure.object[failure.start : failure.start + 1].hex().upper()
            detail = (
                f"not valid {options.encoding} (byte 0x{byte} in record {number + 1}); "
                f"the rest of the file was not read; {ENCODING_HINT}"
            )
            yield number + 1, InputError(path, number + 1, problems.UNDECODABLE, detail, path, record_line=number + 1)
            return
        if final:
            return
        data = handle.read(WIDE_CHUNK)


class _LineSplitter:
    """Lines of a text fed in pieces.  A line longer than ``limit``
    characters comes out as None, its characters dropped as they come, so
    memory stays bounded whatever the file holds."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[str] = []
        self.size = 0
        self.oversized = False

    def feed(self, text: str) -> Iterator[str | None]:
        start = 0
        while True:
            end = text.find("\n", start)
            if end < 0:
                self._keep(text[start:])
                return
            self._keep(text[start:end])
            yield self._line()
            start = end + 1

    def finish(self) -> Iterator[str | None]:
        if self.parts or self.oversized:
            yield self._line()

    def _keep(self, piece: str) -> None:
        if self.oversized or not piece:
            return
        self.size += len(piece)
        if self.size > self.limit:
            self.oversized, self.parts = True, []
        else:
            self.parts.append(piece)

    def _line(self) -> str | None:
        line = None if self.oversized else "".join(self.parts)
        self.parts, self.size, self.oversized = [], 0, False
        return line


class RecordNames:
    """The names (``FILE#ID``) given so far to a corpus's records, so that a
    second record with one id is reported rather than checked under the same
    name: its findings would read as the first's, and a baseline would merge
    their entries.  The first record keeps the name (a baseline written
    before the copy came keeps matching it); the later one is NL105 and not
    checked, rather than renamed by its place in the file, which would change
    whenever a record is added above it and leave its baseline entries stale.
    Each name is kept as a 16-byte digest, whatever the id's length: about
    130 bytes a record with the dictionary's own, until the file is done."""

    def __init__(self, path: str):
        self.path = path
        self.first: dict[bytes, int] = {}

    def unique(self, item: Input) -> Input:
        if not isinstance(item, Article) or item.record_line is None:
            return item
        import hashlib  # here: only a corpus needs it (start-up time)

        key = hashlib.blake2b(item.path.encode("utf-8", "surrogatepass"), digest_size=NAME_DIGEST_BYTES).digest()
        first = self.first.setdefault(key, item.record_line)
        if first == item.record_line:
            return item
        label = item.path[len(self.path) + 1 :]
        shown = label if len(label) <= SHOWN_ID_CHARS else label[:SHOWN_ID_CHARS] + "..."
        detail = (
            f"record {item.record_line} is named {shown!r}, as record {first} is: findings and baseline entries "
            f"are keyed on a record's id, so each record needs its own; it was not checked"
        )
        return InputError(self.path, item.record_line, problems.MALFORMED_RECORD, detail, self.path, record_line=item.record_line)


def _record(path: str, number: int, raw: bytes, options: ReadOptions) -> Input:
    text = _decode(path, raw, options.encoding, line_offset=number - 1, file=path)
    if isinstance(text, InputError):
        return text._replace(record_line=number)
    return _parsed_record(path, number, text, options)


def _parsed_record(path: str, number: int, text: str, options: ReadOptions) -> Input:
    """The article in one decoded corpus line."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        # Some of json's messages end in "at" ("Invalid control character at"): not said twice.
        reason = error.msg.lower().removesuffix(" at")
        detail = f"record {number} is not valid JSON ({reason} at character {error.colno})"
        return InputError(path, number, problems.MALFORMED_RECORD, detail, path, error.colno, number)
    except RecursionError:
        detail = f"record {number} is not valid JSON: nested too deeply"
        return InputError(path, number, problems.MALFORMED_RECORD, detail, path, record_line=number)
    return record_article(path, number, record, options)


def record_article(path: str, number: int, record: Any, options: ReadOptions) -> Input:
    """The article in a parsed corpus record (``number`` is its 1-based place
    in ``path``), or why there is none."""
    if not isinstance(record, dict):
        detail = f"record {number} is {_json_kind(record)}, not a JSON object with a {options.text_field!r} field"
        return InputError(path, number, problems.MALFORMED_RECORD, detail, path, record_line=number)
    identifier = record.get(options.id_field)
    if identifier is not None and (isinstance(identifier, bool) or not isinstance(identifier, str | int)):
        # A float, a boolean, an array or an object has no one spelling to
        # name the record by (3.0 or 3, True or true), and a line number in
        # its place would escape the check for ids used twice.
        detail = (
            f"record {number}'s {options.id_field!r} is {_json_kind(identifier)}, not a string or a whole number "
            f"(choose the field with --id-field); it was not checked"
        )
        return InputError(path, number, problems.MALFORMED_RECORD, detail, path, record_line=number)
    label = str(identifier) if identifier is not None and str(identifier) else str(number)
    body = record.get(options.text_field)
    if not isinstance(body, str):
        if options.text_field not in record:
            detail = f"record {number} has no {options.text_field!r} field (choose the field with --text-field)"
        else:
            detail = f"record {number}'s {options.text_field!r} is {_json_kind(body)}, not a string; it was not checked"
        if identifier is None or not str(identifier) or lone_surrogate(label):
            return InputError(path, number, problems.MALFORMED_RECORD, detail, path, record_line=number)
        # Named by its id, as its findings would be, so that a report or a
        # summary joins back to the data by id for the records it could not check too.
        return InputError(f"{path}#{label}", 1, problems.MALFORMED_RECORD, detail, path, record_line=number)
    for field, value in ((options.text_field, body), (options.id_field, label)):
        fault = lone_surrogate(value)
        if fault is not None:
            detail = f"record {number}'s {field!r} {fault}; it was not checked"
            return InputError(path, number, problems.UNDECODABLE, detail, path, record_line=number)
    ignore = parse_record_ignore(record.get(options.ignore_field))
    if isinstance(ignore, str):
        detail = f"record {number}'s {options.ignore_field!r} field {ignore}; the record was not checked"
        return InputError(path, number, problems.MALFORMED_RECORD, detail, path, record_line=number)
    return Article(f"{path}#{label}", body, path, number, _small_fields(record, options.text_field), ignore)


def lone_surrogate(text: str) -> str | None:
    """What is wrong with ``text`` when it holds half of a UTF-16 surrogate
    pair (JSON's ``"\\udcff"`` reads as one), or None.  Such a code point is
    no character: it cannot be written as UTF-8, so a fix, a report or a
    baseline holding it would fail, and no rule can judge it."""
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        point = ord(text[error.start])
        return f"holds a lone surrogate (U+{point:04X}, character {error.start + 1}), which is not a character"
    return None


def _json_kind(value: Any) -> str:
    """What a JSON value is, as a message names it: ``a number (5)``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({'true' if value else 'false'})"
    if isinstance(value, int | float):
        return f"a number ({value!r})" if len(repr(value)) <= SHOWN_VALUE_CHARS else "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _small_fields(record: dict, text_field: str) -> dict[str, Any]:
    """The record's short scalar fields (language, category, title), which rules
    may consult; raw HTML and other bulky fields stay behind."""
    return {
        key: value
        for key, value in record.items()
        if key != text_field and isinstance(value, str | int | float | bool) and len(str(value)) <= 300
    }
