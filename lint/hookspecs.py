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

from typing import Mapping

import pluggy

PROJECT = "newslint"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def newslint_rules() -> list[type]:
    """Return the rule classes (subclasses of :class:`newslint.Rule`) that this
    plugin provides.  Codes must be unique across all installed plugins."""


@hookspec
def newslint_formatters() -> Mapping[str, type]:
    """Return report formats as ``{name: formatter class}``; the name is what
    ``--format`` takes.  A formatter subclasses :class:`newslint.Formatter`."""

