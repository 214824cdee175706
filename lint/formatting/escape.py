"""Making hostile text safe to print: one finding is always one line.

Paths, record ids and the text a message quotes come from the input, and the
input may be hostile.  A record id ``x\\n::error::INJECTED`` printed raw starts
a line that GitHub Actions reads as a workflow command; ``\\x1b[2J`` quoted
from an article clears the terminal; a path ``a.txt:9:9: TX101 x`` makes
``path:line:col`` lie.  Every format passes such text through here.
"""
from __future__ import annotations

import json
import re
from typing import Any

from ..pattern_cache import compile_re_cached

# Control characters (C0, DEL, C1), the Unicode line and paragraph separators
# (str.splitlines breaks on them), the bidirectional overrides and isolates
# that reorder what a terminal shows, and lone surrogates (no encoding can
# write them).
UNSAFE = compile_re_cached("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# The same, less the C0 controls, which json.dumps already escapes.
UNSAFE_IN_JSON = compile_re_cached("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# What makes a path ambiguous in ``path:line:col: CODE message``.
AMBIGUOUS_PATH = compile_re_cached(r'[:"\s]')
WINDOWS_DRIVE = compile_re_cached(r"^[A-Za-z]:[\\/]")


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in NAMED:
        return NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every unsafe character written as its escape (``\\n``,
    ``\\x1b``, ``\\u2028``); text without one comes back as it is."""
    return UNSAFE.sub(_escape, text)


def display_path(path: str) -> str:
    """A path or ``FILE#ID`` as the line formats show it: escaped, and quoted
    (JSON style) when a colon, a quote or white space would make the
    ``path:line:col`` that follows ambiguous."""
    rest = path[2:] if WINDOWS_DRIVE.match(path) else path
    if not AMBIGUOUS_PATH.search(rest) and not UNSAFE.search(path):
        return path
    return '"' + printable(path.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def json_text(value: Any, indent: int | None = None) -> str:
    """JSON for a report: non-ASCII letters kept as they are, but C1 controls,
    line separators, bidi controls and lone surrogates escaped (``\\u2028``),
    so the text encodes and a line reader sees one record a line."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
