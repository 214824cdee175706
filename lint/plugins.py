"""Finding and loading plugins: built-in rules and formatters and third-party ones.

Everything arrives through the entry-point group ``newslint``; newslint's own
rules get no back door.  Set-up is the usual pluggy sequence: a manager, the
hook specifications, the plugins (entry points, then modules named in the
configuration's ``plugins``), ``check_pending``.

Third-party entry points are skipped when ``NEWSLINT_DISABLE_PLUGIN_AUTOLOAD``
is set (the test suite sets it, so a stray plugin on a machine cannot change
its results); a plugin is switched off by its entry-point name with the
configuration's ``disable-plugins``.
"""
from __future__ import annotations

import importlib
import os
from typing import Iterable, Mapping, NamedTuple

import pluggy

from . import hookspecs
from .installed import installed
from .rule import Rule

GROUP = hookspecs.PROJECT
AUTOLOAD_ENV = "NEWSLINT_DISABLE_PLUGIN_AUTOLOAD"


class PluginError(Exception):
    """A plugin could not be loaded or declares something invalid."""


class Registry(NamedTuple):
    """What the loaded plugins provide."""

    rules: Mapping[str, type[Rule]]  # by code, sorted
    formatters: Mapping[str, type]
    plugins: tuple[str, ...]  # names of the loaded plugins, for --version

    def rule(self, code_or_name: str) -> type[Rule] | None:
        wanted = code_or_name.strip()
        for rule in self.rules.values():
            if wanted.upper() == rule.code or wanted.lower() == rule.name:
                return rule
        return None


def load_registry(
    disabled: Iterable[str] = (),
    modules: Iterable[str] = (),
    autoload: bool | None = None,
) -> Registry:
    """Load the plugins and collect their rules and formatters.

    ``disabled``: entry-point names to skip.  ``modules``: import paths of
    extra plugin modules.  ``autoload``: whether third-party entry points load
    (default: unless ``NEWSLINT_DISABLE_PLUGIN_AUTOLOAD`` is set).
    """
    if autoload is None:
        autoload = not os.environ.get(AUTOLOAD_ENV)
    manager = pluggy.PluginManager(GROUP)
    manager.add_hookspecs(hookspecs)
    skip = set(disabled)
    names = []
    for entry_point, builtin in _entry_points():
        if entry_point.name in skip or not (builtin or autoload):
            continue
        try:
            plugin = entry_point.load()
        except Exception as error:  # any import-time failure of foreign code
            raise PluginError(f"plugin {entry_point.name!r} ({entry_point.value}) failed to load: {error}") from error
        _register(manager, plugin, entry_point.name)
        names.append(entry_point.name)
    for module_name in modules:
        try:
            plugin = importlib.import_module(module_name)
        except Exception as error:
            raise PluginError(f"plugin module {module_name!r} failed to import: {error}") from error
        _register(manager, plugin, module_name)
        names.append(module_name)
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        raise PluginError(str(error)) from error
    return Registry(_collect_rules(manager), _collect_formatters(manager), tuple(names))


class EntryPoint(NamedTuple):
    """One entry point of the group: its name and ``module:attribute`` value."""

    name: str
    value: str

    def load(self) -> object:
        """The object named, imported as ``importlib.metadata.EntryPoint.load`` does."""
        module, _, attribute = self.value.partition("[")[0].partition(":")
        found = importlib.import_module(module.strip())
        for part in filter(None, attribute.strip().split(".")):
            found = getattr(found, part)
        return found


def _entry_points() -> list[tuple[EntryPoint, bool]]:
    """The group's entry points, each with whether newslint itself provides it,
    from the cache of :func:`installed` (a cold start skips importing
    ``importlib.metadata`` and reading every installed package's metadata)."""
    return [(EntryPoint(name, value), builtin) for name, value, builtin in installed()["entry-points"]]


def _register(manager: pluggy.PluginManager, plugin: object, name: str) -> None:
    if manager.is_registered(plugin):
        return
    try:
        manager.register(plugin, name=name)
    except (ValueError, pluggy.PluginValidationError) as error:
        raise PluginError(f"plugin {name!r} cannot be registered: {error}") from error


def _collect_rules(manager: pluggy.PluginManager) -> dict[str, type[Rule]]:
    rules: dict[str, type[Rule]] = {}
    names: dict[str, str] = {}
    for provided in manager.hook.newslint_rules():
        for rule in provided or ():
            if not (isinstance(rule, type) and issubclass(rule, Rule)):
                raise PluginError(f"newslint_rules returned {rule!r}, which is not a Rule subclass")
            problems = list(rule.problems())
            if problems:
                raise PluginError(problems[0])
            if rule.code in rules and rules[rule.code] is not rule:
                raise PluginError(f"rule code {rule.code} is declared twice: {_where(rules[rule.code])} and {_where(rule)}")
            if names.get(rule.name, rule.code) != rule.code:
                raise PluginError(f"rule name {rule.name!r} is used by both {names[rule.name]} and {rule.code}")
            rules[rule.code] = rule
            names[rule.name] = rule.code
    return dict(sorted(rules.items()))


def _collect_formatters(manager: pluggy.PluginManager) -> dict[str, type]:
    from .formatting.base import Formatter

    formatters: dict[str, type] = {}
    for provided in manager.hook.newslint_formatters():
        for name, formatter in (provided or {}).items():
            if not (isinstance(formatter, type) and issubclass(formatter, Formatter)):
                raise PluginError(f"formatter {name!r} is not a Formatter subclass")
            formatters.setdefault(name, formatter)
    return formatters


def _where(rule: type) -> str:
    return f"{rule.__module__}.{rule.__qualname__}"
