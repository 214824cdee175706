"""Finding and loading plugins: built-in rules and formatters and third-party ones.

Everything arrives through the entry-point group ``newslint``; newslint's own
rules get no back door.  Set-up is the usual pluggy sequence: a manager, the
hook specifications, the plugins (entry points, then modules named in the
configuration's ``plugins``), ``check_pending``.

When every plugin to load is newslint's own (no third-party entry point is
installed or autoloaded, and the configuration names no plugin module), their
hooks are called directly, as pluggy would call them, and pluggy is not
imported: a start-up's cost (see :func:`_direct_results`).  Anything else
goes through pluggy.

Third-party entry points are skipped when ``NEWSLINT_DISABLE_PLUGIN_AUTOLOAD``
is set (the test suite sets it, so a stray plugin on a machine cannot change
its results); a plugin is switched off by its entry-point name with the
configuration's ``disable-plugins``.
"""
from __future__ import annotations

import importlib
import os
from typing import Any, Iterable, Mapping, NamedTuple

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
    skip = set(disabled)
    wanted = [(entry_point, builtin) for entry_point, builtin in _entry_points() if entry_point.name not in skip and (builtin or autoload)]
    modules = list(modules)
    if not modules and all(builtin for _, builtin in wanted):
        loaded = [(entry_point.name, _load(entry_point)) for entry_point, _ in wanted]
        results = _direct_results(loaded)
        if results is not None:
            names = tuple(name for name, _ in loaded)
            return Registry(_collect_rules(results["newslint_rules"]), _collect_formatters(results["newslint_formatters"]), names)
    return _pluggy_registry([entry_point for entry_point, _ in wanted], modules)


def _load(entry_point: "EntryPoint") -> object:
    try:
        return entry_point.load()
    except Exception as error:  # any import-time failure of foreign code
        raise PluginError(f"plugin {entry_point.name!r} ({entry_point.value}) failed to load: {error}") from error


def _pluggy_registry(entry_points: list["EntryPoint"], modules: list[str]) -> Registry:
    """The registry as pluggy makes it: the entry points' plugins, each
    registered as it loads, then the modules named by the configuration."""
    import pluggy

    manager = _manager_class()(GROUP)
    manager.add_hookspecs(hookspecs)
    names = []
    for entry_point in entry_points:
        _register(manager, _load(entry_point), entry_point.name)
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
    return Registry(
        _collect_rules(manager.hook.newslint_rules()), _collect_formatters(manager.hook.newslint_formatters()), tuple(names)
    )


#: The hooks newslint calls, each with no argument.
HOOKS = ("newslint_rules", "newslint_formatters")


def _direct_results(loaded: list[tuple[str, object]]) -> dict[str, list] | None:
    """Each hook's results, as pluggy's ``manager.hook.NAME()`` gives them,
    from newslint's own plugins called directly; None when a plugin does
    anything but implement HOOKS plainly (then pluggy loads them, with its
    checks and messages).  pluggy calls a hook's implementations last
    registered first and leaves out the ones that return None; a plugin
    registered twice (an editable and a regular install) counts once."""
    plugins: list[object] = []
    for _, plugin in loaded:
        if not any(plugin is seen for seen in plugins):
            plugins.append(plugin)
    implementations: dict[str, list] = {hook: [] for hook in HOOKS}
    marker = hookspecs.hookimpl.attribute
    for plugin in plugins:
        for attribute in dir(plugin):
            function = getattr(plugin, attribute, None)
            options = getattr(function, marker, None) if callable(function) else None
            if options is None:
                continue
            plain = options == hookspecs.IMPL_DEFAULTS and attribute in HOOKS
            code = getattr(function, "__code__", None)
            if not plain or code is None or code.co_argcount or code.co_kwonlyargcount:
                return None
            implementations[attribute].append(function)
    results: dict[str, list] = {}
    for hook, functions in implementations.items():
        results[hook] = [result for result in (function() for function in reversed(functions)) if result is not None]
    return results


_MANAGER_CLASS: Any = None


def _manager_class() -> Any:
    """pluggy's PluginManager, reading hookspecs' marks with the defaults of
    the installed pluggy's own markers (a later pluggy may know an option
    more)."""
    global _MANAGER_CLASS
    if _MANAGER_CLASS is None:
        import pluggy

        impl_defaults = getattr(pluggy.HookimplMarker(GROUP)(lambda: None), hookspecs.hookimpl.attribute)
        spec_defaults = getattr(pluggy.HookspecMarker(GROUP)(lambda: None), hookspecs.hookspec.attribute)

        class Manager(pluggy.PluginManager):
            def parse_hookimpl_opts(self, plugin, name):
                options = super().parse_hookimpl_opts(plugin, name)
                return {**impl_defaults, **options} if isinstance(options, dict) else options

            def parse_hookspec_opts(self, module_or_class, name):
                options = super().parse_hookspec_opts(module_or_class, name)
                return {**spec_defaults, **options} if isinstance(options, dict) else options

        _MANAGER_CLASS = Manager
    return _MANAGER_CLASS


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


def _register(manager: Any, plugin: object, name: str) -> None:
    import pluggy

    if manager.is_registered(plugin):
        return
    try:
        manager.register(plugin, name=name)
    except (ValueError, pluggy.PluginValidationError) as error:
        raise PluginError(f"plugin {name!r} cannot be registered: {error}") from error


def _collect_rules(results: list) -> dict[str, type[Rule]]:
    """The rules of the hook's results (in pluggy's order)."""
    rules: dict[str, type[Rule]] = {}
    names: dict[str, str] = {}
    for provided in results:
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


def _collect_formatters(results: list) -> dict[str, type]:
    from .formatting.base import Formatter

    formatters: dict[str, type] = {}
    for provided in results:
        for name, formatter in (provided or {}).items():
            if not (isinstance(formatter, type) and issubclass(formatter, Formatter)):
                raise PluginError(f"formatter {name!r} is not a Formatter subclass")
            formatters.setdefault(name, formatter)
    return formatters


def _where(rule: type) -> str:
    return f"{rule.__module__}.{rule.__qualname__}"
