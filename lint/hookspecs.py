"""Every hook a newslint plugin can implement.

A plugin is a module (or object) registered under the entry-point group
``newslint``::

    # pyproject.toml of a third-party package
    [project.entry-points.newslint]
    my-rules = "my_package.newslint_rules"

and implements hooks with the ``hookimpl`` marker::

    from newslint import hookimpl

    @hookimpl
    def newslint_rules():
        return [MyRule]

newslint's own rules and formatters are registered the same way.  Hooks are
called with keyword arguments; an implementation may accept fewer arguments
than its specification, so the specifications can grow without breaking
plugins.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping

PROJECT = "newslint"


class _Marker:
    """What ``pluggy.HookimplMarker(PROJECT)`` and ``HookspecMarker`` do,
    without importing pluggy: mark a function with its options in the
    attribute pluggy reads (``newslint_impl``, ``newslint_spec``), as a dict
    of pluggy's keys.  A run whose plugins are newslint's own calls their
    hooks directly (:mod:`newslint.plugins`) and never imports pluggy
    (with the ``inspect`` it imports, a tenth of a one-article run's
    start-up); any other run hands the marked functions to pluggy, which
    reads the same attribute.  Used as ``@hookimpl`` or
    ``@hookimpl(tryfirst=True)``, as pluggy's markers are."""

    def __init__(self, attribute: str, defaults: Mapping[str, Any]):
        self.project_name = PROJECT  # as pluggy's markers name it
        self.attribute = attribute
        self.defaults = dict(defaults)

    def __call__(self, function: Callable | None = None, **options: Any) -> Any:
        unknown = set(options) - set(self.defaults)
        if unknown:
            raise TypeError(f"unexpected hook option(s): {', '.join(sorted(unknown))}")

        def mark(function: Callable) -> Callable:
            setattr(function, self.attribute, {**self.defaults, **options})
            return function

        return mark if function is None else mark(function)


#: pluggy's options of a hook implementation and of a specification, with
#: their defaults (pluggy 1.3 and later; plugins.py fills in any a later
#: pluggy adds from its own markers).
IMPL_DEFAULTS = {"wrapper": False, "hookwrapper": False, "optionalhook": False, "tryfirst": False, "trylast": False, "specname": None}
SPEC_DEFAULTS = {"firstresult": False, "historic": False, "warn_on_impl": None, "warn_on_impl_args": None}
hookspec = _Marker(PROJECT + "_spec", SPEC_DEFAULTS)
hookimpl = _Marker(PROJECT + "_impl", IMPL_DEFAULTS)


@hookspec
def newslint_rules() -> list[type]:
    """Return the rule classes (subclasses of :class:`newslint.Rule`) that this
    plugin provides.  Codes must be unique across all installed plugins."""


@hookspec
def newslint_formatters() -> Mapping[str, type]:
    """Return report formats as ``{name: formatter class}``; the name is what
    ``--format`` takes.  A formatter subclasses :class:`newslint.Formatter`."""

