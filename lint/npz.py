"""The arrays of an ``.npz`` archive, read without ``zipfile``.

A rule's data table shipped as an ``.npz`` (OC101's static embeddings) is
read at the start of every run that needs it, a one-article run (a
pre-commit hook) included.  ``numpy.load`` reads it through ``zipfile``,
whose import (with ``shutil``'s) and member objects cost such a run a few
milliseconds, and copies every member whole.  An ``.npz`` written by
``numpy.savez`` is a plain zip archive of ``.npy`` files: this module reads
its central directory from a read-only mapping of the file, maps each
member stored uncompressed in place (only the rows a run reads come off the
disk), and inflates each deflated one with ``zlib``, checking its CRC-32 as
``zipfile`` does.

:func:`load` gives the same arrays as ``numpy.load`` (same dtype, shape and
values; a mapped member is read-only, an inflated one a writable copy), or
None when the archive is not one it reads (ZIP64, encryption, another
compression, object arrays, a member that does not add up, a bad CRC):
the caller then uses ``numpy.load``, which reads or reports it as before.
:func:`open_archive` gives the directory alone (:class:`Archive`), each
member read when asked for, its CRC-32 and size naming what is derived
from it (OC101's kept vocabulary).
"""
from __future__ import annotations

import collections
import io
import math
import mmap
import struct
import zlib
from pathlib import Path
from typing import Any

END_OF_DIRECTORY = b"PK\x05\x06"
DIRECTORY_ENTRY = b"PK\x01\x02"
LOCAL_HEADER = b"PK\x03\x04"
# The end record (22 bytes) followed by a comment of at most 65,535 bytes.
END_RECORD = struct.Struct("<4s4H2LH")
MAX_COMMENT = 0xFFFF
DIRECTORY_RECORD = struct.Struct("<4s6H3L5H2L")
LOCAL_RECORD = struct.Struct("<4s5H3L2H")
STORED, DEFLATED = 0, 8
ENCRYPTED = 0x1
UTF8_NAME = 0x800
ZIP64_MARK = 0xFFFFFFFF
NPY_SUFFIX = ".npy"
# The .npy header (magic, version, length, the dict) is read from this many
# of a member's first bytes; numpy writes it padded to 64 bytes, a few
# hundred at most.
MAX_NPY_HEADER = 1 << 16


# One member of the archive, as its directory and local header give it:
# its compression method, CRC-32, bytes in the file from ``start``
# (``packed``) and bytes once inflated (``size``, the .npy file's).  A
# plain namedtuple: typing.NamedTuple's class set-up costs a start more.
Member = collections.namedtuple("Member", "method crc packed size start")


class Archive:
    """An ``.npz`` archive's directory, read from a read-only mapping of
    the file; each member is read (mapped or inflated) only when asked for."""

    def __init__(self, mapped: mmap.mmap, members: dict[str, Member]):
        self._mapped = mapped
        #: The members by array name (``NAME`` of ``NAME.npy``).
        self.members = members

    def array(self, name: str, np: Any) -> Any:
        """The member's array, or None when it cannot be read here (its
        compression, its layout, a bad CRC-32)."""
        member = self.members[name]
        if member.method == STORED and member.packed == member.size:
            return _array(np, self._mapped, member.start, member.size)
        if member.method != DEFLATED:
            return None
        try:
            data = zlib.decompress(self._mapped[member.start : member.start + member.packed], -zlib.MAX_WBITS)
        except zlib.error:
            return None
        if len(data) != member.size or zlib.crc32(data) != member.crc:
            return None
        array = _array(np, data, 0, member.size)
        return None if array is None else array.copy()  # writable, as numpy.load's

    def arrays(self, np: Any, names=None) -> dict[str, Any] | None:
        """The named members' arrays (all of them by default), or None when
        one cannot be read here."""
        arrays = {}
        for name in self.members if names is None else names:
            try:
                array = self.array(name, np)
            except (ValueError, IndexError):  # a .npy header numpy cannot read
                return None
            if array is None:
                return None
            arrays[name] = array
        return arrays


def open_archive(path: Path | str) -> Archive | None:
    """The archive's directory, or None when it is not an archive this
    module reads (missing, empty, ZIP64, encrypted, a member not a .npy)."""
    try:
        with open(path, "rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return None
    try:
        members = _members(mapped)
    except (struct.error, ValueError, UnicodeDecodeError, IndexError):
        return None
    return None if members is None else Archive(mapped, members)


def load(path: Path | str, np: Any) -> dict[str, Any] | None:
    """Each ``NAME.npy`` member of the archive as an array, by ``NAME``,
    or None when the archive is not one this module reads."""
    archive = open_archive(path)
    return None if archive is None else archive.arrays(np)


def _members(mapped: mmap.mmap) -> dict[str, Member] | None:
    end = mapped.rfind(END_OF_DIRECTORY, max(0, len(mapped) - END_RECORD.size - MAX_COMMENT))
    if end < 0:
        return None
    _, disk, directory_disk, here, total, _, place, _ = END_RECORD.unpack_from(mapped, end)
    if disk or directory_disk or here != total or place == ZIP64_MARK:
        return None  # a split archive or ZIP64
    members = {}
    for _ in range(total):
        record = DIRECTORY_RECORD.unpack_from(mapped, place)
        signature, flags, method, crc, packed, size = record[0], record[3], record[4], record[7], record[8], record[9]
        name_length, extra_length, comment_length, local = record[10], record[11], record[12], record[16]
        name_bytes = mapped[place + DIRECTORY_RECORD.size : place + DIRECTORY_RECORD.size + name_length]
        place += DIRECTORY_RECORD.size + name_length + extra_length + comment_length
        if signature != DIRECTORY_ENTRY or flags & ENCRYPTED or ZIP64_MARK in (packed, size, local):
            return None
        name = name_bytes.decode("utf-8" if flags & UTF8_NAME else "cp437")
        header = LOCAL_RECORD.unpack_from(mapped, local)
        if header[0] != LOCAL_HEADER:
            return None
        start = local + LOCAL_RECORD.size + header[-2] + header[-1]
        if start + packed > len(mapped) or not name.endswith(NPY_SUFFIX):
            return None
        members[name[: -len(NPY_SUFFIX)]] = Member(method, crc, packed, size, start)
    return members


def _array(np: Any, buffer: Any, start: int, size: int) -> Any:
    """The array of the .npy file at ``buffer[start:start + size]`` over
    that buffer (no copy), or None when it is not a plain C-ordered array
    whose data fills the rest of the file."""
    fmt = np.lib.format
    head = io.BytesIO(buffer[start : start + min(size, MAX_NPY_HEADER)])
    version = fmt.read_magic(head)
    read_header = {(1, 0): fmt.read_array_header_1_0, (2, 0): fmt.read_array_header_2_0}.get(version)
    if read_header is None:
        return None
    shape, fortran, dtype = read_header(head)
    offset = head.tell()
    if fortran or dtype.hasobject or offset + dtype.itemsize * math.prod(shape) != size:
        return None
    return np.ndarray(shape, dtype=dtype, buffer=buffer, offset=start + offset)
