"""Registers newslint's own report formats, through the same hook as any
third-party format."""
from __future__ import annotations

from ..hookspecs import hookimpl
from .default import DefaultFormatter
from .github import GithubFormatter
from .gitlab import GitlabFormatter
from .html import HtmlFormatter
from .json_format import JsonFormatter
from .jsonl import JsonLinesFormatter
from .sarif import SarifFormatter


@hookimpl
def newslint_formatters():
    return {
        "default": DefaultFormatter,
        "json": JsonFormatter,
        "jsonl": JsonLinesFormatter,
        "github": GithubFormatter,
        "gitlab": GitlabFormatter,
        "sarif": SarifFormatter,
        "html": HtmlFormatter,
    }
