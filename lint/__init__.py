"""newslint: a linter for scraped news text.

The public API: :class:`Linter` to lint text from Python, :class:`Rule`,
:class:`Option`, :class:`Finding` and ``hookimpl`` to write rule plugins,
:class:`Formatter` to write report formats, :class:`Document` (what rules
read) and :class:`Diagnostic` (what comes out).
"""
from .api import Linter
from .diagnostic import Applicability, Diagnostic, Finding, Fixable, FixKind, Severity
from .document import Document, Line, Paragraph, Sentence, Token
from .formatting.base import Formatter
from .hookspecs import hookimpl
from .rule import Option, Rule

__all__ = [
    "Applicability",
    "Diagnostic",
    "Document",
    "Finding",
    "FixKind",
    "Fixable",
    "Formatter",
    "Line",
    "Linter",
    "Option",
    "Paragraph",
    "Rule",
    "Sentence",
    "Severity",
    "Token",
    "hookimpl",
    "__version__",
]


def __getattr__(name: str):
    # The version is read on first use, from the cache of installed
    # metadata (newslint.installed): importing importlib.metadata
    # costs a cold start more than the rest of the engine's imports.
    if name == "__version__":
        from .installed import version

        return version("newslint")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
