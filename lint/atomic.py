"""Writing a file so that it is either wholly replaced or left as it was.

The baseline, ``--output-file``, ``--summary`` and the files ``--fix``
rewrites are written through :func:`atomic_write` (text) or
:func:`atomic_write_bytes`: into a temporary file in the same directory, flushed to
disk, then renamed over the target in one step (``os.replace``).  A write that
fails halfway (a full disk, a file-size limit, an interrupt) removes the
temporary file and leaves the old content intact, where writing in place left
a truncated baseline that the next run rejects.

A target that exists and is not a regular file (``/dev/stdout``, a FIFO,
``/dev/null``) is written directly: renaming over it would replace the device
or pipe with a file.
"""
from __future__ import annotations

import contextlib
import os
import stat
from typing import IO, Iterator

# Text written with a lone surrogate (from a JSON record's "\ud800") is written
# as its escape, "\ud800", instead of failing the whole report.
ENCODING_ERRORS = "backslashreplace"


@contextlib.contextmanager
def atomic_write(path: str, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text handle whose content replaces ``path`` when the block ends
    without an exception.  An ``OSError`` names ``path``."""
    yield from _atomic(path, encoding)


@contextlib.contextmanager
def atomic_write_bytes(path: str) -> Iterator[IO[bytes]]:
    """A binary handle whose content replaces ``path`` when the block ends
    without an exception (a file ``--fix`` rewrites, in its own encoding)."""
    yield from _atomic(path, None)


def _atomic(path: str, encoding: str | None) -> Iterator[IO]:
    target = os.path.realpath(path)
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise _naming(error, path) from None
    if mode is not None and not stat.S_ISREG(mode):
        yield from _direct(path, encoding)
        return
    directory = os.path.dirname(target) or "."
    try:
        import tempfile  # here: a run whose caches are all written imports none of it (start-up time)

        descriptor, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise _naming(error, path) from None
    try:
        text = {"encoding": encoding, "errors": ENCODING_ERRORS, "newline": ""} if encoding else {}
        with os.fdopen(descriptor, "w" if encoding else "wb", **text) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(mode) if mode is not None else _default_mode())
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _naming(error, path) from None
        raise


def _direct(path: str, encoding: str | None) -> Iterator[IO]:
    try:
        if encoding is None:
            handle = open(path, "wb")
        else:
            handle = open(path, "w", encoding=encoding, errors=ENCODING_ERRORS, newline="")
    except OSError as error:
        raise _naming(error, path) from None
    try:
        with handle:
            yield handle
    except OSError as error:
        raise _naming(error, path) from None


def _default_mode() -> int:
    """What ``open(path, "w")`` would have given a new file: 0666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _naming(error: OSError, path: str) -> OSError:
    """The same error, naming the file the user gave rather than a temporary one."""
    return type(error)(error.errno, error.strerror or str(error), path)
