"""Article text made safe to show: every character is shown as what it is.

Markup characters are escaped; control characters, and the invisible
format characters that can hide or reorder text (zero-width spaces, bidi
overrides), are shown as their code point, so a hostile article can neither
inject markup nor disguise what it contains.
"""
from __future__ import annotations

import html
import unicodedata

#: Characters shown as they are although they are controls.
KEPT = {"\t", "\n"}


def _is_hidden(char: str) -> bool:
    return char not in KEPT and unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


def plain(text: str) -> str:
    """``text`` with hidden characters written as ``<U+XXXX>`` (for chart
    labels, where no markup is possible)."""
    if text.isprintable():
        return text
    return "".join(f"<U+{ord(char):04X}>" if _is_hidden(char) else char for char in text)


def text(value: object) -> str:
    """HTML for ``value`` shown as text: escaped, hidden characters marked."""
    string = str(value)
    if string.isprintable():
        return html.escape(string, quote=True)
    parts = []
    for char in string:
        if _is_hidden(char):
            parts.append(f'<span class="hidden-char" title="a hidden character">U+{ord(char):04X}</span>')
        else:
            parts.append(html.escape(char, quote=True))
    return "".join(parts)


def attribute(value: object) -> str:
    """An attribute value: escaped, hidden characters as code points."""
    return html.escape(plain(str(value)), quote=True)
