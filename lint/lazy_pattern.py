"""A module-level pattern compiled the first time it is used.

``regex`` parses a pattern in Python: a long alternation (month and day names
in six languages, reporting verbs) takes milliseconds to compile, and a rule
module compiled all of its patterns at import, so every run paid for all of
them, a one-article run (a pre-commit hook) included, although most articles
never reach most of them (a line that looks like a date, an attribution after
a quotation).  ``LazyPattern`` stands where the compiled pattern stood::

    TIMESTAMP_PIECE = LazyPattern(regex.compile, r"...", regex.IGNORECASE)

and compiles on first use.  From then on the compiled pattern's methods and
attributes sit in the object's own ``__dict__``: ``TIMESTAMP_PIECE.sub(...)``
is one dictionary look-up, as cheap as on the compiled pattern, and never
compiles again.

Use it only for patterns that many articles do not need; one that every
article uses gains nothing.  It is not a ``Pattern``: code that passes the
object to ``regex.sub(PATTERN, ...)``, tests ``isinstance(PATTERN,
regex.Pattern)`` or reads ``PATTERN.pattern`` at import needs the compiled
pattern (``PATTERN.compiled``).
"""
from __future__ import annotations

from typing import Any, Callable


class LazyPattern:
    """``compile(pattern, flags)``, called the first time an attribute of the
    compiled pattern is asked for."""

    def __init__(self, compile: Callable[..., Any], pattern: Any, flags: int = 0):
        self._compile = compile
        self._pattern = pattern
        self._flags = flags

    @property
    def compiled(self) -> Any:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = self._compile(self._pattern, self._flags)
            # Copied into this object's dict, so that later look-ups find
            # them there and __getattr__ is not called again.
            for name in dir(compiled):
                if not name.startswith("_"):
                    self.__dict__[name] = getattr(compiled, name)
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Called only for a name not found in the usual way: before the
        # first compile, the compiled pattern's public attributes.
        if name.startswith("__") or name in ("_compile", "_pattern", "_flags", "_compiled"):
            raise AttributeError(name)  # copy, pickle and the like probe these
        return getattr(self.compiled, name)

    def __reduce__(self):
        # A copy or a pickle is the recipe, not the compiled pattern's methods.
        return LazyPattern, (self._compile, self._pattern, self._flags)

    def __repr__(self) -> str:
        state = "compiled" if "_compiled" in self.__dict__ else "not compiled yet"
        return f"LazyPattern({self._pattern!r}, {self._flags!r}; {state})"
