"""Configuration: the shipped defaults, a project's file, the command line.

Layers, each overriding the one before:

1. ``config.yaml`` shipped inside the package (the top-level ``config.yaml``
   of the source tree): every default newslint uses.
2. The project's file: ``--config PATH``, or else the first directory from the
   working directory upwards that holds ``newslint.yaml``, ``.newslint.yaml`` or
   a ``pyproject.toml`` with a ``[tool.newslint]`` table.  ``--isolated`` skips
   this layer.
3. Command-line options.

Lists replace the list below them, except ``extend-*`` lists, which add up;
mappings (``rules``, ``severity``, ``per-file-ignores``) merge key by key.
Every key and value is checked; a problem is a :class:`ConfigError` naming the
file, the line and the key.
"""
from __future__ import annotations

import functools
import glob
import marshal
import os
import re
import stat
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from .accept import EntryError, checked_entries
from .pattern_cache import compile_re_cached
from .diagnostic import Severity

if TYPE_CHECKING:
    import yaml  # imported where a file is read: start-up time

PROJECT_FILES = ("newslint.yaml", ".newslint.yaml", "pyproject.toml")
# A configuration is a page of settings; these bound what a hostile one costs.
MAX_CONFIG_BYTES = 1_000_000
MAX_CONFIG_DEPTH = 20
ALLOW_PLUGINS_ENV = "NEWSLINT_ALLOW_CONFIG_PLUGINS"
CODE_PREFIX = compile_re_cached(r"^(ALL|[A-Z]{1,3}[0-9]{0,3})$")


class ConfigError(ValueError):
    """A setting that cannot be used; the message names where it came from."""


def _toml():
    """The TOML reader, imported when a TOML file is read (most runs read
    none: start-up time)."""
    try:  # Python 3.11+
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


# -- what each setting may hold ---------------------------------------------


def _codes(value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise ValueError("expected a list of rule codes or prefixes")
    codes = []
    for item in items:
        code = str(item).strip()
        if not code:
            continue
        if not CODE_PREFIX.match(code):
            raise ValueError(f"{item!r} is not a rule code or prefix (like TX, TX1 or TX101) or ALL{code_spelling_hint(code)}")
        codes.append(code)
    return tuple(codes)


# Letters typed for the digits they look like, in a code's number: TX1O1
# (a letter O) is TX101.
DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "I": "1", "i": "1", "l": "1"})
CODE_LETTERS = compile_re_cached(r"^([A-Za-z]{1,3})(.*)$")


def code_spelling_hint(code: str) -> str:
    """What an error about a code that is not spelt as one adds, in
    brackets (" (did you mean TX101?)"), or "" (see :func:`code_spelling_guess`)."""
    guess = code_spelling_guess(code)
    return f" (did you mean {guess}?)" if guess else ""


def code_spelling_guess(code: str) -> str | None:
    """The code a misspelt one stands for: in upper case, as ruff has them
    (tx101 is TX101), with letters that look like digits read as those
    digits in its number (TX1O1, a letter O, is TX101); None when no such
    reading makes a code."""
    match = CODE_LETTERS.match(code)
    if match is None:
        return None
    letters, number = match.groups()
    for guess in (code.upper(), letters.upper() + number.translate(DIGIT_LOOKALIKES).upper()):
        if CODE_PREFIX.match(guess):
            return guess
    return None


def _code(value: Any) -> str:
    """One code or prefix, as a key of ``severity`` or ``rules``."""
    codes = _codes([str(value)])
    if len(codes) != 1:
        raise ValueError(f"{value!r} is not a rule code or prefix (like TX, TX1 or TX101) or ALL")
    return codes[0]


def _strings(value: Any) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(item, str) for item in items):
        raise ValueError("expected a list of strings")
    return tuple(item.strip() for item in items if item.strip())


def _string(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError("expected a non-empty string")
    return value


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("expected a whole number of at least 1")
    return value


def _jobs(value: Any) -> int:
    if value == "auto":
        return os.cpu_count() or 1
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("expected a whole number of at least 1, or auto (one process per CPU)")
    return value


def _choice(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}")
        return value

    return check


def _severity(value: Any) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ValueError("expected warning or error") from None


def _encoding(value: Any) -> str:
    import codecs

    try:
        return codecs.lookup(_string(value)).name
    except LookupError:
        raise ValueError(f"unknown encoding {value!r}") from None


def glob_problem(pattern: str) -> str | None:
    """Why ``pattern`` is not a glob as meant, or None.  ``fnmatch`` reads a
    ``[`` that is never closed as a literal ``[``, so ``"["`` or
    ``"data/[2026*.txt"`` would match no file and leave everything as it was,
    in silence."""
    index = 0
    while index < len(pattern):
        if pattern[index] == "[":
            end = index + 1
            if end < len(pattern) and pattern[end] == "!":
                end += 1
            if end < len(pattern) and pattern[end] == "]":
                end += 1  # "[]]" is a set holding "]"
            end = pattern.find("]", end)
            if end < 0:
                return f"glob {pattern!r}: a [ is never closed by ] (write [[] for a literal [)"
            index = end
        index += 1
    return None


def _globs(value: Any) -> tuple[str, ...]:
    patterns = _strings(value)
    for pattern in patterns:
        problem = glob_problem(pattern)
        if problem is not None:
            raise ValueError(problem)
    return patterns


class PatternCodesError(ValueError):
    """A per-file-ignores pattern's codes are wrong; ``pattern`` names the
    key, so the error points at its line (as the check of installed codes
    does), not at the setting's."""

    def __init__(self, pattern: str, message: str):
        super().__init__(message)
        self.pattern = pattern


def _per_file_ignores(value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ValueError("expected a mapping of glob patterns to codes")
    checked = {}
    for pattern, codes in value.items():
        try:
            checked[str(pattern)] = _codes(codes)
        except ValueError as error:
            raise PatternCodesError(pattern, str(error)) from None
    return checked


def _severities(value: Any) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ValueError("expected a mapping of codes to warning or error")
    return {_code(code): _severity(level) for code, level in value.items()}


def _rule_options(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(options, dict) for options in value.values()):
        raise ValueError("expected a mapping of rule codes to mappings of options")
    return {_code(code): dict(options) for code, options in value.items()}


SETTINGS: dict[str, Callable[[Any], Any]] = {
    "select": _codes,
    "ignore": _codes,
    "extend-select": _codes,
    "extend-ignore": _codes,
    "per-file-ignores": _per_file_ignores,
    "severity": _severities,
    "include": _globs,
    "exclude": _globs,
    "extend-exclude": _globs,
    "encoding": _encoding,
    "text-field": _string,
    "id-field": _string,
    "ignore-field": _string,
    "max-line-length": _positive_int,
    "max-article-bytes": _positive_int,
    "follow-external-symlinks": _boolean,
    "respect-gitignore": _boolean,
    "max-findings-per-article": _positive_int,
    "format": _string,
    "show-source": _boolean,
    "statistics": _boolean,
    "count": _boolean,
    "color": _choice("auto", "always", "never"),
    "fail-on": _severity,
    "fix": _boolean,
    "unsafe-fixes": _boolean,
    "jobs": _jobs,
    "plugins": _strings,
    "disable-plugins": _strings,
    "rules": _rule_options,
    "accept": checked_entries,
}
ADDITIVE = {"extend-select", "extend-ignore", "extend-exclude"}
#: Settings that change how a run goes, never what it finds: a report that
#: shows its configuration leaves them out, so ``-j 1`` and ``-j 2`` give the
#: same bytes, as the README promises of every format.
RUN_ONLY_SETTINGS = frozenset({"jobs"})
MERGED = {"per-file-ignores", "severity", "rules"}


class Config:
    """The merged settings, as attributes with ``_`` for ``-``
    (``config.extend_select``).  Immutable by convention and picklable, so one
    object can be shipped to worker processes."""

    def __init__(self, values: Mapping[str, Any], sources: Iterable[str] = (), positions: Mapping | None = None):
        self.values = dict(values)
        self.sources = tuple(sources)
        # (key path) -> "file:line", for messages about settings found later
        # to be wrong (a rule option, once the rules are known).
        self.positions = dict(positions or {})
        for key, value in self.values.items():
            setattr(self, key.replace("-", "_"), value)

    def where(self, *key_path: str) -> str:
        for length in range(len(key_path), 0, -1):
            if key_path[:length] in self.positions:
                return self.positions[key_path[:length]]
        return "configuration"

    def as_yaml(self, leave_out: Iterable[str] = ()) -> str:
        """The merged settings as YAML (what ``newslint config`` prints),
        without the settings named in ``leave_out``."""
        import yaml

        plain = {key: _plain(value) for key, value in self.values.items() if key not in set(leave_out)}
        return yaml.safe_dump(plain, sort_keys=False, allow_unicode=True, default_flow_style=None, width=100)


def _plain(value: Any) -> Any:
    if isinstance(value, Severity):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


# -- loading ------------------------------------------------------------------


# Where settings given by the caller come from, as messages name them: the
# command line's options (--extend-select) or a Linter's keyword arguments
# (extend_select=).
COMMAND_LINE = "command line"
PYTHON_ARGUMENTS = "Linter()"


def setting_label(key: str, source: str) -> str:
    """A setting as its source spells it: ``--extend-select`` on the command
    line, ``extend_select`` in a Linter's arguments, ``extend-select`` in a file."""
    if source == COMMAND_LINE:
        return f"--{key}"
    if source == PYTHON_ARGUMENTS:
        return key.replace("-", "_")
    return key


def load_config(
    overrides: Mapping[str, Any] | None = None,
    config_file: str | None = None,
    isolated: bool = False,
    start_dir: str | None = None,
    allow_config_plugins: bool = False,
    overrides_source: str = COMMAND_LINE,
) -> Config:
    """Merge the shipped defaults, the project's file and ``overrides`` (the
    command line, already in setting names: ``{"extend-select": "TX1"}``;
    ``overrides_source`` names where they came from, for messages).
    ``plugins`` in a file found by searching is refused unless
    ``allow_config_plugins`` (see :func:`refuse_found_plugins`)."""
    values, positions = _read_yaml_cached(_shipped_text(), DEFAULTS_PATH, shipped=True)
    values = _checked(values, positions, "newslint/config.yaml (defaults)")
    sources = ["newslint/config.yaml (defaults)"]
    found = config_file is None and not isolated
    if found:
        config_file = find_project_file(start_dir or os.getcwd())
    if config_file is not None:
        for path, layer, layer_positions in _extended_layers(config_file):
            if found and not allow_config_plugins:
                refuse_found_plugins(layer, layer_positions, path)
            anchored = anchor_path_patterns(_checked(layer, layer_positions, path), os.path.dirname(os.path.abspath(path)))
            values = _merge(values, anchored)
            positions.update(layer_positions)
            sources.append(path)
    if overrides:
        cli = {key: value for key, value in overrides.items() if value is not None}
        cli_positions = {key_path: overrides_source for key_path in _key_paths(cli)}
        values = _merge(values, _checked(cli, cli_positions, overrides_source))
        positions.update(cli_positions)
        if cli:
            sources.append(overrides_source)
    return Config(values, sources, positions)


#: The settings holding path globs. A glob with a ``/`` in a configuration
#: file is anchored at that file's folder, as ruff anchors its globs at the
#: project root: the same file gives the same findings run from a subfolder,
#: from the root, or by an editor passing absolute paths. Globs given on the
#: command line or to a Linter stay relative to the working directory.
PATH_GLOB_LISTS = ("include", "exclude", "extend-exclude")


def anchor_path_patterns(layer: dict, directory: str) -> dict:
    """``layer``'s path globs with a ``/`` made absolute from ``directory``
    (``articles/sub/*`` in ``/proj/newslint.yaml`` is ``/proj/articles/sub/*``);
    a glob without ``/`` matches a name anywhere and stays as it is."""
    anchored = dict(layer)
    for key in PATH_GLOB_LISTS:
        if key in anchored:
            anchored[key] = tuple(_anchored_glob(pattern, directory) for pattern in anchored[key])
    if "per-file-ignores" in anchored:
        anchored["per-file-ignores"] = {
            _anchored_glob(pattern, directory): codes for pattern, codes in anchored["per-file-ignores"].items()
        }
    if "accept" in anchored:
        anchored["accept"] = tuple(
            {**entry, "path": _anchored_glob(entry["path"], directory)} if "path" in entry else entry
            for entry in anchored["accept"]
        )
    return anchored


def _anchored_glob(pattern: str, directory: str) -> str:
    if "/" not in pattern.rstrip("/") or os.path.isabs(pattern):
        return pattern
    base = directory.replace(os.sep, "/").rstrip("/")
    # "./" and "../" at the glob's start are steps from the file's folder
    # ("../articles/*.txt" beside a config/ folder): taken on the folder,
    # as the paths compared with the glob are normalised.
    while pattern.startswith(("./", "../")):
        step, pattern = pattern.split("/", 1)
        if step == "..":
            base = base.rsplit("/", 1)[0]  # "" at the root: the glob stays absolute
    # The folder's own name is no glob: "[", "*" or "?" in it ("proj[1]")
    # must match themselves.
    return f"{glob.escape(base).rstrip('/')}/{pattern}"


def _key_paths(values: Mapping[str, Any], prefix: tuple = ()) -> Iterator[tuple]:
    """Every key path in nested mappings (("rules",), ("rules", "TX101"), ...),
    so a message about a nested setting names the layer that gave it."""
    for key, value in values.items():
        yield prefix + (key,)
        if isinstance(value, Mapping):
            yield from _key_paths(value, prefix + (key,))


def _extended_layers(path: str, chain: tuple[str, ...] = ()) -> list[tuple[str, dict, dict]]:
    """A configuration file's layers, the files it ``extend``s first (a path
    relative to the file that names it, followed in turn), as ruff's and
    flake8's ``extend`` do; a file that extends itself through others is an
    error naming the chain."""
    real = os.path.realpath(path)
    if real in chain:
        names = " -> ".join(os.path.relpath(item) for item in chain + (real,))
        raise ConfigError(f"{path}: extend: the files extend each other in a circle ({names})")
    layer, positions = read_config_file(path)
    base = layer.pop("extend", None)
    where = positions.pop(("extend",), None) or path
    layers: list[tuple[str, dict, dict]] = []
    if base is not None:
        if not isinstance(base, str) or not base:
            raise ConfigError(f"{where}: extend: expected the path of another configuration file")
        target = os.path.join(os.path.dirname(os.path.abspath(path)), os.path.expanduser(base))
        if not os.path.isfile(target):
            raise ConfigError(f"{where}: extend: no configuration file {base!r} (the path is relative to {path})")
        layers = _extended_layers(os.path.relpath(target) if not os.path.isabs(base) else target, chain + (real,))
    return layers + [(path, layer, positions)]


def find_project_file(start_dir: str) -> str | None:
    directory = os.path.abspath(start_dir)
    while True:
        for name in PROJECT_FILES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_newslint_table(candidate)):
                return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


#: ``tool.newslint`` as a broken pyproject.toml may spell it: spaces or
#: quotes around the dot, a subtable after it.
NEWSLINT_TABLE_MENTION = re.compile(r"""\btool["']?\s*\.\s*["']?newslint\b""")


def _has_newslint_table(path: str) -> bool:
    tomllib = _toml()
    try:
        with open(path, "rb") as handle:
            return "newslint" in tomllib.load(handle).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError, RecursionError):
        # A broken pyproject.toml that never mentions us is not ours to report;
        # one that does, in any spelling (``[tool.newslint``, ``[ tool.newslint ]``,
        # ``[tool.newslint.rules.TX101]``), is: skipping it would drop the
        # project's settings in silence and search on upwards.
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return NEWSLINT_TABLE_MENTION.search(handle.read(MAX_CONFIG_BYTES)) is not None
        except OSError:
            return False


def read_config_file(path: str) -> tuple[dict, dict]:
    """The settings in one file and where each key sits (``"file:line"``)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block, /dev/zero never end
            raise ConfigError(f"{path}: cannot read configuration: not a regular file")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        raise ConfigError(f"{path}: cannot read configuration: {error.strerror or error}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: configuration is larger than {MAX_CONFIG_BYTES:,} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: configuration is not valid UTF-8") from None
    if os.path.basename(path) == "pyproject.toml" or path.endswith(".toml"):
        return _read_toml(text, path)
    return _read_yaml_cached(text, path)


def refuse_found_plugins(layer: Mapping[str, Any], positions: Mapping, path: str) -> None:
    """A ``plugins`` list in a file found by searching upwards is code the
    user never chose to run: a checked-out pull request can add a
    ``newslint.yaml`` whose ``plugins`` imports any module (``plugins: [this]``
    prints the Zen of Python).  It needs consent: ``--allow-config-plugins``,
    naming the file with ``--config``, or ``NEWSLINT_ALLOW_CONFIG_PLUGINS=1``
    in the environment (set by the CI workflow, which a pull request's files
    cannot change)."""
    if not layer.get("plugins") or os.environ.get(ALLOW_PLUGINS_ENV):
        return
    where = positions.get(("plugins",), path)
    raise ConfigError(
        f"{where}: plugins: this file was found by searching from the working directory, and importing its "
        "plugin modules would run their code; pass --allow-config-plugins, or name the file with --config"
    )


@functools.lru_cache(maxsize=1)
def _config_loader() -> type:
    """PyYAML's safe loader, less what a configuration never needs and an
    attacker would use: aliases (``*a``), with which 700 bytes expand to
    billions of nodes for whoever walks them, and nesting deeper than any
    setting (a RecursionError in the composer).  Made when a YAML file is
    first parsed: a run whose files come from the parse cache
    (:func:`_read_yaml_cached`) never imports PyYAML."""
    import yaml

    class _ConfigLoader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in a configuration", mark)
            if self.depth >= MAX_CONFIG_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_CONFIG_DEPTH} levels deep", mark
                )
            self.depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return _ConfigLoader


def shipped_loader() -> type:
    """What reads the YAML newslint ships (its defaults, the UI catalogue):
    the files are ours, so libyaml's loader, a tenth of the pure-Python
    loader's time, when PyYAML has it.  A user's file goes through
    _config_loader's guards instead."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def __getattr__(name: str) -> Any:
    # The loaders were module attributes; importing PyYAML for them is left
    # to whoever asks (PEP 562), so that importing this module does not.
    if name == "SHIPPED_LOADER":
        return shipped_loader()
    if name == "_ConfigLoader":
        return _config_loader()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


DEFAULTS_PATH = "newslint/config.yaml (defaults)"


def _shipped_text() -> str:
    """The shipped config.yaml's text, read beside this module (importing
    importlib.resources' readers costs a start-up more than the read)."""
    try:
        return (Path(__file__).parent / "config.yaml").read_text(encoding="utf-8")
    except OSError:  # installed in a zip file, or the like
        from importlib import resources

        return resources.files("newslint").joinpath("config.yaml").read_text(encoding="utf-8")


# -- the parse cache ---------------------------------------------------------
# Importing PyYAML and parsing the shipped defaults cost every start about as
# much as the rest of the configuration's work, and the text rarely changes:
# a parse (the settings and where each key sits) is kept in the cache folder
# beside the exact text and path it came from, and reused only when both are
# the same again.  Only a parse that succeeded is kept (an error is always
# reported by the parser itself); a missing, damaged or unwritable cache only
# costs the parse.

#: The file starts with this, then a CRC-32 of the rest (4 bytes, big-endian).
PARSE_CACHE_MAGIC = b"newslint-config-parses-1\n"


#: At most this many parses are kept (the defaults and the files of the
#: projects last checked); the one just used is kept first.
MAX_KEPT_PARSES = 32


def _parse_cache_path() -> Path:
    from .words import cache_folder

    return cache_folder() / "config-parses.bin"


def _read_parses(cache: Path) -> dict:
    """The kept parses, by file (``None`` for the shipped defaults), or none
    when the file is missing, damaged or laid out otherwise."""
    try:
        with open(cache, "rb") as handle:
            data = handle.read()
        head = len(PARSE_CACHE_MAGIC)
        body = data[head + 4 :]
        if data[:head] == PARSE_CACHE_MAGIC and zlib.crc32(body) == int.from_bytes(data[head : head + 4], "big"):
            parses = marshal.loads(body)
            if isinstance(parses, dict):
                return parses
    except (OSError, ValueError, EOFError, TypeError):
        pass  # not written yet, or damaged: parse
    return {}


def _read_yaml_cached(text: str, path: str, shipped: bool = False) -> tuple[dict, dict]:
    """:func:`_read_yaml`'s answer, from the parse cache when it holds this
    very text read from this very path."""
    cache = _parse_cache_path()
    parses = _read_parses(cache)
    # A user's file under its absolute path: an edited file replaces its
    # entry instead of adding one.  The shipped defaults under their
    # content: installs of different versions sharing the cache folder (a
    # pre-commit hook's environment and a project's) keep a parse each,
    # where one key for all made them replace each other's in turn, and
    # every run of each parse the YAML again (about 15 ms of a cold start).
    key = ("shipped", zlib.crc32(text.encode("utf-8")), len(text)) if shipped else os.path.abspath(path)
    try:
        kept_text, kept_path, kept_shipped, values, positions = parses.get(key)
        if (kept_text, kept_path, kept_shipped) == (text, path, shipped) and isinstance(values, dict) and isinstance(positions, dict):
            return values, positions
    except (TypeError, ValueError):
        pass  # none kept for this file, or another layout
    values, positions = _read_yaml(text, path, shipped)
    try:
        entry = (text, path, shipped, values, positions)
        # What marshal writes must read back as the same parse (a value it
        # stores differently, such as a subclass of a built-in type, is not kept).
        if marshal.loads(marshal.dumps(entry)) == entry:
            parses.pop(key, None)
            kept = {key: entry, **dict(list(parses.items())[: MAX_KEPT_PARSES - 1])}
            body = marshal.dumps(kept)
            from .words import write_atomically

            write_atomically(cache, PARSE_CACHE_MAGIC + zlib.crc32(body).to_bytes(4, "big") + body)
    except (ValueError, TypeError):
        pass  # a value marshal cannot write (a date): not kept
    return values, positions


def _read_yaml(text: str, path: str, shipped: bool = False) -> tuple[dict, dict]:
    import yaml

    try:
        # A user's file goes through _config_loader's guards; the reader
        # refuses control characters here.
        loader = shipped_loader()(text) if shipped else _config_loader()(text)
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: invalid YAML: {' '.join(str(error).split())}") from None
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ConfigError(f"{path}{line}: invalid YAML: {problem}") from None
    finally:
        loader.dispose()
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: the configuration must be a mapping of settings")
    positions: dict = {}
    _record_positions(node, (), path, positions)
    return data, positions


def _record_positions(node: "yaml.Node | None", key_path: tuple, path: str, positions: dict) -> None:
    import yaml

    if isinstance(node, yaml.SequenceNode):
        # List items by index, so an error in one ``accept`` entry names its line.
        for index, item in enumerate(node.value):
            positions[key_path + (index,)] = f"{path}:{item.start_mark.line + 1}"
            _record_positions(item, key_path + (index,), path, positions)
        return
    if not isinstance(node, yaml.MappingNode):
        return
    seen = set()
    for key_node, value_node in node.value:
        key = str(key_node.value)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise ConfigError(f"{path}:{line}: {'.'.join(map(str, key_path + (key,)))}: the key is given twice")
        seen.add(key)
        positions[key_path + (key,)] = f"{path}:{line}"
        _record_positions(value_node, key_path + (key,), path, positions)


def _read_toml(text: str, path: str) -> tuple[dict, dict]:
    tomllib = _toml()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {' '.join(str(error).split())}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    tool = data.get("tool", {})
    table = tool.get("newslint", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.newslint] must be a table")
    _check_depth(table, path)
    # TOML parsers keep no positions; find each key's line by its text.
    lines = text.splitlines()
    positions = {}
    for key in table:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=|^\s*\[tool\.newslint\.[\"']?{re.escape(key)}\b")
        number = next((i for i, line in enumerate(lines, 1) if pattern.match(line)), None)
        positions[(key,)] = f"{path}:{number}" if number else path
    # A nested setting (``[tool.newslint.rules.TX101]`` then ``min-length = -1``)
    # is found under its table's header; else it is placed at its parent's
    # line. Either way it names this file: the shipped defaults hold the same
    # key path, and a message must not blame them for the project's value.
    for key_path in _key_paths(table):
        if len(key_path) > 1:
            number = _nested_key_line(lines, key_path)
            positions[key_path] = f"{path}:{number}" if number else positions.get(key_path[:-1], path)
    return table, positions


def _nested_key_line(lines: list[str], key_path: tuple) -> int | None:
    """The line of ``key_path``'s last key under its own table's header
    (``[tool.newslint.rules.TX101]``), or None when it is written another way
    (inline tables, dotted keys)."""
    quoted = [rf"[\"']?{re.escape(str(key))}[\"']?" for key in key_path]
    header = re.compile(r"^\s*\[\s*tool\.newslint\." + r"\.".join(quoted[:-1]) + r"\s*\]")
    leaf = re.compile(rf"^\s*{quoted[-1]}\s*=")
    start = next((i for i, line in enumerate(lines) if header.match(line)), None)
    if start is None:
        return None
    for number, line in enumerate(lines[start + 1 :], start + 2):
        if line.lstrip().startswith("["):
            return None
        if leaf.match(line):
            return number
    return None


def _check_depth(value: Any, path: str, depth: int = 0) -> None:
    if depth > MAX_CONFIG_DEPTH:
        raise ConfigError(f"{path}: [tool.newslint] is nested more than {MAX_CONFIG_DEPTH} levels deep")
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        _check_depth(child, path, depth + 1)


def _checked(values: Mapping[str, Any], positions: Mapping, source: str) -> dict:
    checked = {}
    for key, value in values.items():
        where = positions.get((key,), source)
        label = setting_label(key, source)
        if key not in SETTINGS:
            hint = _closest(key, SETTINGS)
            raise ConfigError(
                f"{where}: {label}: unknown setting" + (f" (did you mean {setting_label(hint, source)}?)" if hint else "")
            )
        try:
            checked[key] = SETTINGS[key](value)
        except EntryError as error:
            raise ConfigError(f"{positions.get((key, error.index), where)}: {label}: {error}") from None
        except PatternCodesError as error:
            raise ConfigError(f"{positions.get((key, error.pattern), where)}: {label}: {error}") from None
        except ValueError as error:
            raise ConfigError(f"{where}: {label}: {error}") from None
    for key in checked.get("per-file-ignores", {}):
        if not key:
            raise ConfigError(f"{positions.get(('per-file-ignores',), source)}: per-file-ignores: empty pattern")
        problem = glob_problem(key)
        if problem is not None:
            where = positions.get(("per-file-ignores", key)) or positions.get(("per-file-ignores",), source)
            raise ConfigError(f"{where}: {setting_label('per-file-ignores', source)}: {problem}")
    return checked


def _merge(base: dict, layer: dict) -> dict:
    merged = dict(base)
    for key, value in layer.items():
        if key in ADDITIVE:
            merged[key] = tuple(merged.get(key, ())) + tuple(value)
        elif key == "rules":
            rules = {code: dict(options) for code, options in merged.get(key, {}).items()}
            for code, options in value.items():
                merged_options = rules.setdefault(code, {})
                for name, option in options.items():
                    if name.startswith(EXTEND_OPTION) and isinstance(option, list | tuple):
                        # extend-allow in two layers: both add, as extend-select does.
                        merged_options[name] = list(merged_options.get(name, ())) + list(option)
                    else:
                        merged_options[name] = option
            merged[key] = rules
        elif key in MERGED:
            merged[key] = {**merged.get(key, {}), **value}
        else:
            merged[key] = value
    return merged


def nearest_code(code: str, known: Iterable[str]) -> str:
    """The real code or prefix most like ``code``, compared with codes and
    prefixes of its own length (TX999 -> TX109, XY -> UI)."""
    import difflib

    candidates = sorted({real[: len(code)] for real in known if len(real) >= len(code)}) or sorted(known)
    return difflib.get_close_matches(code, candidates, n=1, cutoff=0.0)[0]


#: How many one-character edits (an insertion, a deletion, a change) make an
#: unknown code "close" to a real one, worth a "did you mean".
CLOSE_EDITS = 1
#: Below this length every code is one edit from many (X from U, T, M...), so
#: a short unknown code outside every family gets the list of families.
CLOSE_MIN_LENGTH = 4
#: At most this many equally close codes are offered.
CLOSE_SHOWN = 3


def _family(code: str) -> str:
    """A code's letters: ``TX`` for TX101."""
    return code.rstrip("0123456789")


def _edit_distance(a: str, b: str) -> int:
    """How many insertions, deletions, changes or swaps of two neighbours
    turn ``a`` into ``b`` (codes are a few characters long)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i]
        for j in range(1, len(b) + 1):
            cost = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cost = min(cost, rows[i - 2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def _closest(word: str, choices: Iterable[str]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.7)
    return matches[0] if matches else None


# -- codes and rule options, once the rules are known -------------------------

CODE_SETTINGS = ("select", "ignore", "extend-select", "extend-ignore")
IGNORING = ("ignore", "extend-ignore")


class KnownCodes:
    """The codes a setting may name: the installed rules' and the input
    problems' codes, their prefixes, and ALL."""

    def __init__(self, rules: Iterable[str], input_problems: Iterable[str] = ()):
        self.input_problems = frozenset(input_problems)
        self.codes = frozenset(rules) | self.input_problems
        self.prefixes = frozenset(code[:length] for code in self.codes for length in range(1, len(code) + 1))

    def hint_if_unknown(self, code: str) -> str | None:
        """None when ``code`` matches an installed code; else what the error
        adds in brackets: the nearest real code or prefix when it is close (of
        the same family, TX999 -> TX109, or one edit away, TC101 -> TX101),
        or the installed families, since a guess at ZZ999 would only mislead."""
        if code == "ALL" or code in self.prefixes:
            return None
        family = _family(code)
        same_family = [real for real in self.codes if _family(real) == family]
        if same_family:
            return f"did you mean {nearest_code(code, same_family)}?"
        if len(code) >= CLOSE_MIN_LENGTH:
            close = sorted(prefix for prefix in self.prefixes if _edit_distance(code, prefix) <= CLOSE_EDITS)
            if close:  # TC101 is as near OC101 as TX101: both are named
                return f"did you mean {' or '.join(close[:CLOSE_SHOWN])}?"
        rules = sorted({_family(real) for real in self.codes - self.input_problems})
        return f"installed rule families: {', '.join(rules)}; `newslint rules` lists the codes"

    def is_input_problem(self, code: str) -> bool:
        """Whether ``code`` covers an input problem, which nothing may hide."""
        return code != "ALL" and any(problem.startswith(code) for problem in self.input_problems)


def check_codes(config: Config, known: KnownCodes) -> None:
    """Every code or prefix the configuration names must match a loaded rule
    or an input problem: a typo would otherwise check nothing and pass.  The
    error names the nearest real code.  Input problems cannot be ignored."""

    def check(code: str, where: str, label: str, ignoring: bool) -> None:
        hint = known.hint_if_unknown(code)
        if hint is not None:
            raise ConfigError(f"{where}: {label}: {code} matches no installed rule ({hint})")
        if ignoring and known.is_input_problem(code):
            raise ConfigError(
                f"{where}: {label}: {code} is an input problem, which is always reported "
                f"(fix the input, or exclude the file)"
            )

    for key in CODE_SETTINGS:
        label = setting_label(key, config.where(key))
        if key == "select" and not config.values.get(key, ("ALL",)):
            # An unset variable in a CI script ("--select $RULES") would
            # otherwise switch every check off and pass.
            raise ConfigError(f"{config.where(key)}: {label}: names no rule code, so nothing would be checked")
        for code in config.values.get(key, ()):
            check(code, config.where(key), label, key in IGNORING)
    for pattern, codes in config.values.get("per-file-ignores", {}).items():
        for code in codes:
            check(code, config.where("per-file-ignores", pattern), f"per-file-ignores.{pattern}", True)
    for code in config.values.get("severity", {}):
        check(code, config.where("severity", code), f"severity.{code}", False)
    # An accepted finding is one left unreported, as an ignored one is: an
    # input problem cannot be accepted.
    for index, entry in enumerate(config.values.get("accept", ())):
        check(entry["code"], config.where("accept", index), f"accept: entry {index + 1}", True)
    _check_some_rule_selected(config, known)


def _check_some_rule_selected(config: Config, known: KnownCodes) -> None:
    """A selection must leave some installed rule on.  ``--select NL`` (NL
    codes are input problems, reported whatever is selected, not rules) and
    ``--ignore ALL`` with nothing selected back would otherwise check no
    article and pass, as an empty ``select`` would."""
    from .selection import Selection

    rules = known.codes - known.input_problems
    selection = Selection.from_config(config)
    if not rules or any(selection.is_selected(code) for code in rules):
        return
    selected = tuple(config.values.get("select", ())) + tuple(config.values.get("extend-select", ()))
    ignoring_all = [key for key in IGNORING if "ALL" in config.values.get(key, ())]
    if selected and all(known.is_input_problem(code) for code in selected):
        culprit = "select" if config.values.get("select") else "extend-select"
        hint = "NL codes are input problems, always reported, not rules; select rules such as TX, ML or TX101"
    elif ignoring_all:
        culprit = ignoring_all[0]
        hint = "ALL in ignore switches every rule off; bring rules back with extend-select"
    else:
        culprit = "ignore" if config.values.get("ignore") else "extend-ignore"
        hint = "ignore leaves out every rule select names"
    where = config.where(culprit)
    shown = f"{setting_label(culprit, where)} {','.join(config.values.get(culprit, ()))}"
    raise ConfigError(f"{where}: {shown}: selects no rule, so nothing would be checked ({hint})")




#: A rule's list option ``allow`` is replaced by ``allow:`` in a project's
#: file and added to by ``extend-allow:``, as ``select`` and ``extend-select``.
EXTEND_OPTION = "extend-"


def rule_options(config: Config, rules: Mapping[str, type]) -> dict[str, dict[str, Any]]:
    """Each rule's options: its declared defaults under the configured values,
    every value checked against the rule's declaration."""
    configured = config.values.get("rules", {})
    for code, options in configured.items():
        if code not in rules:
            hint = _closest(code, sorted(rules))
            raise ConfigError(
                f"{config.where('rules', code)}: rules.{code}: no installed rule has this code"
                + (f" (did you mean {hint}?)" if hint else "")
            )
        declared = rules[code].options
        for name, value in options.items():
            where = config.where("rules", code, name)
            extended = name.removeprefix(EXTEND_OPTION)
            if name.startswith(EXTEND_OPTION) and extended in declared and declared[extended].kind is list:
                if not isinstance(value, list | tuple):
                    raise ConfigError(f"{where}: rules.{code}.{name}: expected list, got {type(value).__name__}")
                _check_items(list(value), declared[extended].item_kind, f"{where}: rules.{code}.{name}")
                continue
            if name not in declared:
                known = ", ".join(declared) or "none"
                raise ConfigError(f"{where}: rules.{code}.{name}: unknown option (options of {code}: {known})")
            if not _is_kind(value, declared[name].kind):
                raise ConfigError(
                    f"{where}: rules.{code}.{name}: expected {declared[name].kind.__name__}, got {type(value).__name__}"
                )
            if declared[name].kind is int and value < 0:
                # Every whole-number option is a count or a length (words, lines, letters, articles).
                raise ConfigError(f"{where}: rules.{code}.{name}: expected a whole number of 0 or more, got {value}")
            if isinstance(value, list):
                _check_items(value, declared[name].item_kind, f"{where}: rules.{code}.{name}")
            choices = declared[name].choices
            if choices and value not in choices:
                hint = _closest(str(value), choices)
                raise ConfigError(
                    f"{where}: rules.{code}.{name}: {value!r} is not one of {', '.join(choices)}"
                    + (f" (did you mean {hint}?)" if hint else "")
                )
    resolved = {}
    for code, rule in rules.items():
        options = {name: option.default for name, option in rule.options.items()}
        extensions = {}
        for name, value in configured.get(code, {}).items():
            if name.startswith(EXTEND_OPTION) and name not in rule.options:
                extensions[name.removeprefix(EXTEND_OPTION)] = value
            else:
                options[name] = value
        for name, added in extensions.items():
            options[name] = list(options[name] or ()) + [item for item in added if item not in (options[name] or ())]
        missing = [name for name, value in options.items() if value is None]
        if missing:
            raise ConfigError(f"rules.{code}: no value for option {missing[0]!r} (the plugin gives no default)")
        resolved[code] = options
    return resolved


def _check_items(values: list, kind: type, where: str) -> None:
    """Every item of a list option is of its declared kind.  YAML reads an
    unquoted no, yes, on or off as a boolean and 2.5 as a number, so a word
    list that silently held ``False`` would never match the word meant."""
    for index, item in enumerate(values):
        if not _is_kind(item, kind):
            hint = " (YAML reads unquoted no, yes, on and off as booleans: quote the word)" if isinstance(item, bool) else ""
            raise ConfigError(
                f"{where}: item {index + 1} is {item!r}, expected {kind.__name__}, got {type(item).__name__}{hint}"
            )


def _is_kind(value: Any, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)
