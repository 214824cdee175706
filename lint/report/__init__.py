"""The corpus report: one self-contained HTML page saying where the damage is.

Built during a run (``--format html``) or afterwards from ``--format jsonl``
output (``newslint report findings.jsonl``), from the same counts either way:
:class:`ReportData` keeps counts and a bounded sample of examples per code,
:mod:`.lookup` reads what diagnostics do not carry (a record's source field,
the line of an example read back from JSON), :mod:`.page` writes the page and
:mod:`.charts` draws its charts with matplotlib.
"""
from __future__ import annotations

from typing import Any, Optional

from ..config import RUN_ONLY_SETTINGS
from ..diagnostic import Diagnostic
from ..sources import ReadOptions
from .charts import ChartsUnavailable, require
from .collect import ReportData
from .lookup import fallback_source, recover_lines
from .page import PageContext, render

__all__ = ["ChartsUnavailable", "ReportBuilder", "ReportData"]

FALLBACK_SOURCE_LABEL = "the corpus file of a record, or the directory of a plain file"


class ReportBuilder:
    """Feeds one run's articles into :class:`ReportData` and renders the page.

    ``options`` is the formatters' ``ReportOptions`` (rules, version, and the
    configuration when the run passes it).
    """

    def __init__(self, options: Any, read_options: Optional[ReadOptions] = None):
        try:
            require()
        except ChartsUnavailable as error:
            from ..application import UsageError

            raise UsageError(str(error)) from None
        self.options = options
        self.config = getattr(options, "config", None)
        self.read_options = read_options or (ReadOptions.from_config(self.config) if self.config is not None else ReadOptions())
        self.data = ReportData()

    def begin(self, path: str, source: Optional[str] = None) -> None:
        self.data.begin(source or fallback_source(path))

    def add(self, diagnostic: Diagnostic) -> None:
        self.data.add(diagnostic)

    def end(self) -> None:
        self.data.end()

    def page(self, origin: str = "", source_label: str = FALLBACK_SOURCE_LABEL, articles_known: bool = True, notes=()) -> str:
        self._recover_lines()
        config = self.config
        context = PageContext(
            version=getattr(self.options, "version", ""),
            rules=getattr(self.options, "rules", {}),
            config_yaml=config.as_yaml(leave_out=RUN_ONLY_SETTINGS) if config is not None else "",
            config_sources=tuple(config.sources) if config is not None else (),
            origin=origin,
            source_label=source_label,
            articles_known=articles_known,
            notes=tuple(notes),
        )
        return render(self.data, context)

    def _recover_lines(self) -> None:
        """Lines for examples whose diagnostics came without them (from a
        Dask worker, or read back from JSON)."""
        missing = [example for example in self.data.examples() if not example.has_line]
        if not missing:
            return
        recovered = recover_lines(missing, self.read_options)
        for counts in self.data.codes.values():
            counts.replace_examples([recovered.get(example, example) for example in counts.examples])
