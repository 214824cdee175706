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

The standard library's ``re`` parses and compiles in Python too, and keeps
nothing between processes: :func:`compile_re_cached` does for ``re`` what
:func:`compile_cached` does for ``regex``.  Its recipe is the arguments
``re`` hands to ``_sre.compile`` (the pattern's code, kept as bytes, its
groups), made by ``re``'s own parser and code generator; its file is named
by the exact Python build and ``_sre``'s code format (``MAGIC``), a probe
must survive the trip at first use, and a pattern whose parse warns (a
FutureWarning about a nested set) is never kept, so that a caller that
turns warnings into errors still sees them.

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
import re
import sys
import threading
import warnings
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


class _RecipeFile:
    """One engine's recipes (``regex``'s or ``re``'s): its file, read at
    first use, what this process made and asked for, and the function that
    rebuilds a pattern from a recipe."""

    def __init__(self, path_of: Callable[[], Path], magic: bytes, probe: Callable[[], Callable[..., Any] | None]):
        self.path_of = path_of
        self.magic = magic
        #: Finds ``rebuild``: the function, when a probe pattern survives
        #: the trip through its recipe, else None.
        self.probe = probe
        #: key -> recipe, read from the file at first use.
        self.recipes: dict[tuple, tuple] | None = None
        #: Keys compiled in this process and not yet in the file.
        self.new: set[tuple] = set()
        #: Keys this process asked for (kept first when the file is full).
        self.used: set[tuple] = set()
        #: None when the protocol is not what this module expects: then
        #: every pattern is compiled by the engine.
        self.rebuild: Callable[..., Any] | None = None
        self.checked = False
        self.exit_hook = False

    def check_protocol(self) -> None:
        if not self.checked:
            self.checked = True
            self.rebuild = self.probe()

    def loaded(self) -> dict[tuple, tuple]:
        recipes = self.recipes
        if recipes is None:
            with _lock:
                if self.recipes is None:
                    self.check_protocol()
                    self.recipes = _read(self.path_of(), self.magic) if self.rebuild is not None else {}
                recipes = self.recipes
        return recipes

    def rebuilt(self, key: tuple, pattern: Any) -> Any:
        """The pattern from its kept recipe, or None when there is no good one."""
        self.used.add(key)
        recipe = self.loaded().get(key)
        if recipe is not None and self.rebuild is not None:
            try:
                compiled = self.rebuild(*recipe)
                if compiled.pattern == pattern:
                    return compiled
            except Exception:  # a recipe the engine no longer reads: compile it again
                pass
        return None

    def keep(self, key: tuple, recipe: tuple) -> None:
        """Keep a new recipe, to be written when the process ends."""
        recipes = self.loaded()  # outside the lock: loading takes it
        with _lock:
            recipes[key] = recipe
            self.new.add(key)
            if not self.exit_hook:
                self.exit_hook = True
                atexit.register(self.save)

    def save(self) -> None:
        """Write the recipes made in this process (with those already on
        disk).  Never raises."""
        with _lock:
            if not self.new or self.recipes is None:
                return
            if _write_merged(self.path_of, self.magic, self.recipes, self.used):
                self.new.clear()

    def forget(self) -> None:
        """Forget what was read and made (tests: a fresh process's state)."""
        with _lock:
            self.recipes, self.checked, self.rebuild = None, False, None
            self.new.clear()
            self.used.clear()


def compile_cached(pattern: Any, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)``, from the on-disk recipe when there
    is a good one."""
    if not isinstance(pattern, (str, bytes)) or flags & regex.LOCALE:
        return regex.compile(pattern, flags)
    # Plain ints: the flags are an enum, which marshal does not write.
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    compiled = _REGEX.rebuilt(key, pattern)
    if compiled is not None:
        return compiled
    compiled = regex.compile(pattern, flags)
    if _REGEX.rebuild is not None and not compiled.flags & regex.LOCALE:
        try:
            recipe = _recipe(compiled)[1]
        except Exception:
            return compiled
        _REGEX.keep(key, recipe)
    return compiled


def cache_path() -> Path:
    """The cache file of this ``regex`` and this Python."""
    from .words import cache_folder

    _REGEX.check_protocol()
    version = str(getattr(regex, "__version__", "unknown")).replace("/", "_")
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    return cache_folder() / f"regex-patterns-{version}-py{python}-{_rebuilder_name()}.bin"


def save() -> None:
    """Write the ``regex`` recipes compiled in this process (with those
    already on disk); called when the process ends.  Never raises."""
    _REGEX.save()


def _write_merged(path_of: Callable[[], Path], magic: bytes, recipes: dict[tuple, tuple], used: set[tuple]) -> bool:
    """Write ``recipes`` with those the file holds now (another process may
    have written since), the ones this process used kept first when there
    are more than MAX_RECIPES.  False when nothing could be written."""
    try:
        path = path_of()
        merged = _read(path, magic)
        merged.update(recipes)
        if len(merged) > MAX_RECIPES:
            kept = [key for key in merged if key in used] + [key for key in merged if key not in used]
            merged = {key: merged[key] for key in kept[:MAX_RECIPES]}
        body = marshal.dumps(merged)
    except Exception:  # a recipe marshal cannot write: keep nothing
        return False
    from .words import write_atomically

    write_atomically(path, magic + zlib.crc32(body).to_bytes(4, "big") + body)
    return True


def forget() -> None:
    """Forget what was read and compiled (tests: a fresh process's state)."""
    _REGEX.forget()


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


def _regex_probe() -> Callable[..., Any] | None:
    """The function that rebuilds a ``regex`` pattern from its recipe, when
    the probe pattern survives the trip."""
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
    return function if same else None


def _rebuilder_name() -> str:
    function = _REGEX.rebuild
    if function is None:
        return "none"
    name = f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"
    return name.replace("/", "_").replace("\\", "_")


def _read(path: Path, magic: bytes = MAGIC) -> dict[tuple, tuple]:
    """The recipes in the file, or none when it is missing, damaged or not
    one this module wrote."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return {}
    head = len(magic)
    if data[:head] != magic or len(data) < head + 4:
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


# -- the standard library's re ----------------------------------------------

RE_MAGIC = b"newslint-re-patterns-2\n"
#: Flags whose patterns are never kept: LOCALE's depend on the locale at
#: compile time, DEBUG's print while compiling.
RE_UNKEPT_FLAGS = re.LOCALE | re.DEBUG


def compile_re_cached(pattern: Any, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)``, from the on-disk recipe when there is
    a good one."""
    if not isinstance(pattern, str) or flags & RE_UNKEPT_FLAGS:
        return re.compile(pattern, flags)
    key = (pattern, int(flags), 0)
    compiled = _RE.rebuilt(key, pattern)
    if compiled is not None:
        return compiled
    compiled = re.compile(pattern, flags)  # a warning turned into an error raises here, before anything is kept
    if _RE.rebuild is not None:
        try:
            recipe = _re_recipe(pattern, int(flags))
            if recipe is not None and _same_re(_RE.rebuild(*recipe), compiled):
                _RE.keep(key, recipe)
        except Exception:
            pass
    return compiled


def re_cache_path() -> Path:
    """The ``re`` cache file of this Python build."""
    from .words import cache_folder

    import _sre

    build = zlib.crc32(f"{sys.version}|{sys.implementation.cache_tag}".encode("utf-8"))
    return cache_folder() / f"re-patterns-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{build:08x}.bin"


def save_re() -> None:
    """Write the ``re`` recipes made in this process (with those already on
    disk); called when the process ends.  Never raises."""
    _RE.save()


def forget_re() -> None:
    """Forget the ``re`` recipes read and made (tests: a fresh process's state)."""
    _RE.forget()


def _re_recipe(pattern: str, flags: int) -> tuple | None:
    """The arguments ``re.compile`` passes to ``_sre.compile`` for the
    pattern (re._compiler.compile's own steps), or None when the parse
    warns or this Python's ``re`` has another layout."""
    try:
        from re import _compiler, _parser
    except ImportError:  # Python 3.10: sre_compile and sre_parse; not kept
        return None
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
    if warned:
        return None
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup = [None] * state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The code as bytes (unsigned 32-bit words, _sre's own size): marshal
    # reads a list of ints about ten times slower, and every start reads
    # the whole file.
    import _sre
    from array import array

    words = array("I", code)
    if words.itemsize != getattr(_sre, "CODESIZE", 0):
        return None
    return (pattern, int(flags | state.flags), words.tobytes(), int(state.groups - 1), groupindex, tuple(indexgroup))


def _re_build(pattern: str, flags: int, code: bytes, groups: int, groupindex: dict, indexgroup: tuple) -> Any:
    """The pattern a recipe describes, built as re._compiler.compile builds it."""
    import _sre
    from array import array

    words = array("I")
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


def _same_re(rebuilt: Any, compiled: Any) -> bool:
    return (
        type(rebuilt) is type(compiled)
        and rebuilt.pattern == compiled.pattern
        and rebuilt.flags == compiled.flags
        and rebuilt.groups == compiled.groups
        and rebuilt.groupindex == compiled.groupindex
    )


# A probe of the recipe: groups, a back-reference, a class, case folding,
# a look-ahead and a repeat, matched before and after the trip.
RE_PROBE = (r"(?P<word>\b\w+) (?P=word)\b|[A-ZÉ]{2,}(?=\W)|colou?r", re.IGNORECASE)


def _re_probe() -> Callable[..., Any] | None:
    """The function that builds an ``re`` pattern from its recipe
    (``_sre.compile``'s arguments), when the probe pattern survives the trip
    and this Python's ``re`` is laid out as expected."""
    function = None
    try:
        probe = re.compile(*RE_PROBE)
        recipe = _re_recipe(RE_PROBE[0], int(RE_PROBE[1]))
        rebuilt = _re_build(*recipe)
        same = (
            _same_re(rebuilt, probe)
            and [m.span() for m in rebuilt.finditer(PROBE_TEXT)] == [m.span() for m in probe.finditer(PROBE_TEXT)]
            and marshal.loads(marshal.dumps(recipe)) == recipe
        )
        function = _re_build if same else None
    except Exception:
        function = None
    return function


_REGEX = _RecipeFile(cache_path, MAGIC, _regex_probe)
_RE = _RecipeFile(re_cache_path, RE_MAGIC, _re_probe)
