"""newslint: a linter for scraped news text.

The public API: :class:`Linter` to lint text from Python, :class:`Rule`,
:class:`Option`, :class:`Finding` and ``hookimpl`` to write rule plugins,
:class:`Formatter` to write report formats, :class:`Document` (what rules
read) and :class:`Diagnostic` (what comes out).
"""
from importlib import metadata

try:
    __version__ = metadata.version("newslint")
except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = "0+unknown"

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
