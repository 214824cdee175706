"""Compiled ``regex`` patterns kept on disk between runs.

``regex`` parses a pattern in Python: the rule modules' module-level
patterns took about 0.2 s to compile at every start, most of a one-article
run (a pre-commit hook).  What the parser produces is a small recipe (the
pattern's code as bytes, its group names, its required string), the data a
pickled pattern holds; building a pattern from it skips the parser and costs
microseconds.  :func:`compile_cached` stands where ``regex.compile`` stood::

    SEPARATOR = compile_cached(r"\\s*[|·•]\\s*")

and answers from the recipes kept in the cache folder
(:func:`newslint.words.cache_folder`), compiling with ``regex.compile`` those
it has not seen; the process writes what it compiled when it ends.

The recipe comes from the pickling protocol ``regex`` registers for its
patterns (``copyreg``), and is rebuilt by the function that protocol names,
as ``pickle.loads`` would.  That function's name and its arguments are
``regex``'s own business, so everything is guarded:

* the file is named by ``regex``'s version, Python's version and the
  rebuilding function, and a file written by another of them is never read;
* each recipe is keyed by the pattern, the flags and ``regex``'s
  ``DEFAULT_VERSION``, and must name its own pattern;
* the file carries a CRC-32 of its content (a torn or damaged file is
  ignored and rewritten);
* at first use a probe pattern goes through the recipe and back and must
  give the same matches: when anything about the protocol has changed, or a
  recipe fails to rebuild, the pattern is compiled by ``regex.compile``, as
  before, and only speed is lost.

Two processes may run at once: each writes the recipes it found on disk
when it started, what is on disk when it ends and what it compiled, into a
temporary file renamed over the cache (:func:`newslint.words.write_atomically`),
so a reader sees one whole file or the other; a recipe lost to the other
writer is compiled and written again by a later run.  A folder that is
missing, read-only or full costs only speed.  Patterns with the ``LOCALE``
flag (which depend on the locale at the time of compiling) are never kept.
"""
from __future__ import annotations

import atexit
import copyreg
import marshal
import sys
import threading
import zlib
from pathlib import Path
from typing import Any, Callable

import regex

#: The file starts with this, then a CRC-32 of the rest (4 bytes, big-endian).
MAGIC = b"newslint-patterns-1\n"
#: At most this many recipes are kept: newslint compiles a few hundred, and
#: installs of different versions sharing the folder add theirs.  When there
#: are more, the ones this process used are kept first.
MAX_RECIPES = 4000

_lock = threading.Lock()
#: (pattern, flags, DEFAULT_VERSION) -> recipe, read from the file at first use.
_recipes: dict[tuple, tuple] | None = None
#: Keys compiled in this process and not yet in the file.
_new: set[tuple] = set()
#: Keys this process asked for (kept first when the file is full).
_used: set[tuple] = set()
#: The function that builds a pattern from a recipe, or None when the
#: pickling protocol is not what this module expects (then every pattern
#: is compiled by ``regex.compile``).
_rebuild: Callable[..., Any] | None = None
_checked = False
_exit_hook = False


def compile_cached(pattern: Any, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)``, from the on-disk recipe when there
    is a good one."""
    if not isinstance(pattern, (str, bytes)) or flags & regex.LOCALE:
        return regex.compile(pattern, flags)
    # Plain ints: the flags are an enum, which marshal does not write.
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    recipes = _loaded()
    _used.add(key)
    recipe = recipes.get(key)
    if recipe is not None and _rebuild is not None:
        try:
            compiled = _rebuild(*recipe)
            if compiled.pattern == pattern:
                return compiled
        except Exception:  # a recipe regex no longer reads: compile it again
            pass
    compiled = regex.compile(pattern, flags)
    if _rebuild is not None and not compiled.flags & regex.LOCALE:
        try:
            recipes[key] = _recipe(compiled)[1]
        except Exception:
            return compiled
        _new.add(key)
        _save_at_exit()
    return compiled


def cache_path() -> Path:
    """The cache file of this ``regex`` and this Python."""
    from .words import cache_folder

    _check_protocol()
    version = str(getattr(regex, "__version__", "unknown")).replace("/", "_")
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    return cache_folder() / f"regex-patterns-{version}-py{python}-{_rebuilder_name()}.bin"


def save() -> None:
    """Write the recipes compiled in this process (with those already on
    disk); called when the process ends.  Never raises."""
    with _lock:
        if not _new or _recipes is None:
            return
        try:
            path = cache_path()
            merged = _read(path)  # another process may have written since
            merged.update(_recipes)
            if len(merged) > MAX_RECIPES:
                kept = [key for key in merged if key in _used] + [key for key in merged if key not in _used]
                merged = {key: merged[key] for key in kept[:MAX_RECIPES]}
            body = marshal.dumps(merged)
        except Exception:  # a recipe marshal cannot write: keep nothing
            return
        from .words import write_atomically

        write_atomically(path, MAGIC + zlib.crc32(body).to_bytes(4, "big") + body)
        _new.clear()


def forget() -> None:
    """Forget what was read and compiled (tests: a fresh process's state)."""
    global _recipes, _checked, _rebuild
    with _lock:
        _recipes, _checked, _rebuild = None, False, None
        _new.clear()
        _used.clear()


def _loaded() -> dict[tuple, tuple]:
    global _recipes
    recipes = _recipes
    if recipes is None:
        with _lock:
            if _recipes is None:
                _check_protocol()
                _recipes = _read(cache_path()) if _rebuild is not None else {}
            recipes = _recipes
    return recipes


def _recipe(compiled: Any) -> tuple[Callable[..., Any], tuple]:
    """The function and arguments that ``pickle`` would store for a pattern."""
    reducer = copyreg.dispatch_table.get(type(compiled))
    function, arguments = reducer(compiled) if reducer is not None else compiled.__reduce_ex__(2)[:2]
    if not callable(function) or not isinstance(arguments, tuple):
        raise TypeError("unexpected pickling protocol for regex patterns")
    return function, arguments


# A probe of the protocol: groups, a back-reference, a Unicode property,
# case folding and a required string, matched before and after the trip.
PROBE = (r"(?P<word>\b\w+) (?P=word)\b|\p{Lu}{2,}|colou?r", regex.IGNORECASE)
PROBE_TEXT = "Say say it, NASA: Colour and color; ÉTÉ"


def _check_protocol() -> None:
    """Set ``_rebuild`` when a pattern survives the trip through its recipe."""
    global _rebuild, _checked
    if _checked:
        return
    _checked = True
    try:
        probe = regex.compile(*PROBE)
        function, arguments = _recipe(probe)
        rebuilt = function(*arguments)
        same = (
            type(rebuilt) is type(probe)
            and rebuilt.pattern == probe.pattern
            and rebuilt.flags == probe.flags
            and rebuilt.groupindex == probe.groupindex
            and [m.span() for m in rebuilt.finditer(PROBE_TEXT)] == [m.span() for m in probe.finditer(PROBE_TEXT)]
            and marshal.loads(marshal.dumps(arguments)) == arguments
        )
    except Exception:
        same = False
    _rebuild = function if same else None


def _rebuilder_name() -> str:
    function = _rebuild
    if function is None:
        return "none"
    name = f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"
    return name.replace("/", "_").replace("\\", "_")


def _read(path: Path) -> dict[tuple, tuple]:
    """The recipes in the file, or none when it is missing, damaged or not
    one this module wrote."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return {}
    head = len(MAGIC)
    if data[:head] != MAGIC or len(data) < head + 4:
        return {}
    body = data[head + 4 :]
    if zlib.crc32(body) != int.from_bytes(data[head : head + 4], "big"):
        return {}
    try:
        recipes = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(recipes, dict):
        return {}
    return {
        key: recipe
        for key, recipe in recipes.items()
        if isinstance(key, tuple) and len(key) == 3 and isinstance(recipe, tuple)
    }


def _save_at_exit() -> None:
    global _exit_hook
    if not _exit_hook:
        _exit_hook = True
        atexit.register(save)
