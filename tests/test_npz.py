"""newslint.npz: an .npz archive's arrays read without zipfile, the same as
numpy.load's, or None (numpy.load's turn) for an archive it does not read."""
from __future__ import annotations

import zipfile

import numpy as np
import pytest

from newslint import npz

ARRAYS = {
    "codes": np.arange(-60, 60, dtype=np.int8).reshape(20, 6),
    "scales": np.linspace(0.5, 2.0, 20, dtype=np.float32),
    "words": np.array("alpha\nbeta\ngamma\n##s\ncafé"),
    "empty": np.zeros((0, 4), dtype=np.float64),
}


def _same(read: dict, path) -> None:
    with np.load(path) as expected:
        assert sorted(read) == sorted(expected.files)
        for name in expected.files:
            assert read[name].dtype == expected[name].dtype
            assert read[name].shape == expected[name].shape
            assert np.array_equal(read[name], expected[name])


@pytest.mark.parametrize("save", [np.savez, np.savez_compressed])
def test_the_arrays_are_numpy_loads(tmp_path, save):
    path = tmp_path / "table.npz"
    save(path, **ARRAYS)
    read = npz.load(path, np)
    _same(read, path)
    assert str(read["words"]).split("\n") == ["alpha", "beta", "gamma", "##s", "café"]


def test_a_stored_member_is_mapped_and_a_deflated_one_copied(tmp_path):
    path = tmp_path / "table.npz"
    with zipfile.ZipFile(path, "w") as archive:  # one member of each kind, as the OC table is written
        info = zipfile.ZipInfo("codes.npy")
        info.compress_type = zipfile.ZIP_STORED
        with archive.open(info, "w") as member:
            np.lib.format.write_array(member, ARRAYS["codes"])
        info = zipfile.ZipInfo("scales.npy")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as member:
            np.lib.format.write_array(member, ARRAYS["scales"])
    read = npz.load(path, np)
    _same(read, path)
    assert not read["codes"].flags.writeable  # over the read-only mapping
    assert read["scales"].flags.writeable


def test_a_damaged_member_is_left_to_numpy_load(tmp_path):
    path = tmp_path / "table.npz"
    np.savez_compressed(path, **ARRAYS)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("scales.npy")
    middle = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.compress_size // 2
    data[middle] ^= 0xFF
    path.write_bytes(bytes(data))
    assert npz.load(path, np) is None
    with pytest.raises(Exception):  # and numpy.load reports it (a bad CRC or a broken stream)
        with np.load(path) as loaded:
            loaded["scales"]


@pytest.mark.parametrize("content", [b"", b"not a zip archive at all", b"PK\x05\x06" + b"\x00" * 10])
def test_what_is_not_an_archive_is_left_to_numpy_load(tmp_path, content):
    path = tmp_path / "table.npz"
    path.write_bytes(content)
    assert npz.load(path, np) is None


def test_a_missing_file_is_left_to_the_caller(tmp_path):
    assert npz.load(tmp_path / "missing.npz", np) is None


def test_object_arrays_are_left_to_numpy_load(tmp_path):
    path = tmp_path / "table.npz"
    np.savez(path, things=np.array([{"a": 1}, None], dtype=object))
    assert npz.load(path, np) is None


def test_the_shipped_oc_table_reads_as_numpy_loads():
    from newslint.rules.out_of_context import static

    _same(npz.load(static.TABLE, np), static.TABLE)
