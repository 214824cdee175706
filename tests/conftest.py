"""Shared fixtures.  Installed third-party plugins never load in the test run:
only newslint's own entry points and the plugins a test names."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ["NEWSLINT_DISABLE_PLUGIN_AUTOLOAD"] = "1"
# Tests name their plugins in the newslint.yaml of their working directory;
# tests/test_hostile_plugins.py checks the refusal without this consent.
os.environ["NEWSLINT_ALLOW_CONFIG_PLUGINS"] = "1"
os.environ.pop("NO_COLOR", None)

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"
# Test plugin modules (tests/plugins/*.py) are importable by name.
sys.path.insert(0, str(TESTS / "plugins"))

from newslint.cli import main  # noqa: E402


class Run:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"Run(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An empty working directory, so no project configuration is found."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def newslint(workdir, capsysbinary):
    """Call the command line in-process: ``newslint("a.txt", "--format", "json")``."""

    def call(*args: str, stdin: bytes | None = None) -> Run:
        if stdin is not None:
            import io

            fake = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
            old, sys.stdin = sys.stdin, fake
        try:
            code = main(list(args))
        finally:
            if stdin is not None:
                sys.stdin = old
        captured = capsysbinary.readouterr()
        return Run(code, captured.out.decode("utf-8"), captured.err.decode("utf-8"))

    return call


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
