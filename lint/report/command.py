"""``newslint report FINDINGS.jsonl -o report.html``: the corpus report built
afterwards from a run's ``--format jsonl`` output.

The findings file lists articles with findings only; the run's ``--summary``
file, when given, lists every article (clean ones too) in the same order, so
the totals count them.  ``--source-field`` names a field of the corpus
records (the host of a URL field, say) to break the report down by: the
records are read again, streaming, from the files the findings name.
"""
from __future__ import annotations

import contextlib
import json
import sys
from typing import IO, Iterator, Optional

import click

from .. import __version__
from ..application import UsageError
from ..config import load_config
from ..diagnostic import Diagnostic
from ..formatting.base import ReportOptions
from ..plugins import load_registry
from ..sources import ReadOptions
from . import FALLBACK_SOURCE_LABEL, ReportBuilder
from .lookup import RecordCursor, fallback_source, source_from_field


@click.command("report", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("findings", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the page here (default: standard output).")
@click.option(
    "--summary",
    "summary_file",
    type=click.Path(exists=True, dir_okay=False),
    help="The run's --summary file: counts clean articles too.",
)
@click.option("--source-field", help="Break down by this field of the corpus records (a URL field counts by host).")
@click.option("--text-field", help="The field that holds the article text (to read records again; default from the configuration).")
@click.option("--id-field", help="The field that names the article (default from the configuration).")
@click.option("--encoding", help="Encoding of the corpus files (default from the configuration).")
@click.option("--isolated", is_flag=True, help="Ignore configuration files; use only the defaults and the command line.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Read this configuration file instead of searching for one.")
@click.option("--verbose", is_flag=True, help="On an internal error, print the traceback.")
def report(findings, output_file, summary_file, source_field, text_field, id_field, encoding, isolated, config_file, verbose) -> None:
    """Build the HTML corpus report from --format jsonl output (FINDINGS, or - for standard input)."""
    del verbose  # read by newslint.cli.main, which prints the traceback of an internal error
    overrides = {"text-field": text_field, "id-field": id_field, "encoding": encoding}
    config = load_config(overrides, config_file=config_file, isolated=isolated)
    registry = load_registry(config.disable_plugins, config.plugins)
    options = ReportOptions(rules=registry.rules, version=__version__, config=config)
    read_options = ReadOptions.from_config(config)
    builder = ReportBuilder(options, read_options)
    source_of = _source_lookup(source_field, read_options)
    articles = _articles(_read_findings(findings), summary_file)
    for path, file, record_line, diagnostics in articles:
        builder.begin(path, source_of(path, file, record_line))
        for diagnostic in diagnostics:
            builder.add(diagnostic)
        builder.end()
    notes = [
        "The configuration shown is the one found when the report was built; "
        "a findings file does not record the run's own."
    ]
    page = builder.page(
        origin="built from " + ", ".join(findings) + (f" and {summary_file}" if summary_file else ""),
        source_label=f"the record's {source_field!r} field (the host, for a URL)" if source_field else FALLBACK_SOURCE_LABEL,
        articles_known=summary_file is not None,
        notes=notes,
    )
    with _output(output_file) as output:
        output.write(page)


def _source_lookup(field: Optional[str], read_options: ReadOptions):
    if not field:
        return lambda path, file, record_line: fallback_source(path)
    cursor = RecordCursor(read_options)

    def source_of(path: str, file: str, record_line: Optional[int]) -> str:
        article = cursor.article(file, record_line)
        if article is None or article.path != path:
            # A malformed record (an input problem), or a file changed or gone since the run.
            return "(no readable record)"
        return source_from_field(article.meta, field) or f"(no {field})"

    return source_of


# The fields of a --format jsonl finding and of a --summary row, with the
# JSON kinds each may hold; a row that breaks them is a one-line error naming
# the file, the line and the field, not an internal error further on.
_TEXT, _NUMBER, _NOTHING, _OBJECT = (str,), (int,), (type(None),), (dict,)
FINDING_FIELDS = {
    "path": _TEXT, "line": _NUMBER, "col": _NUMBER, "end_line": _NUMBER, "end_col": _NUMBER,
    "code": _TEXT, "name": _TEXT, "severity": _TEXT, "message": _TEXT,
}
FINDING_OPTIONAL_FIELDS = {
    "file": _TEXT + _NOTHING, "record_line": _NUMBER + _NOTHING, "suggestion": _TEXT + _NOTHING,
    "line_text": _TEXT, "flagged_text": _TEXT, "fix": _OBJECT + _NOTHING,
}
SUMMARY_FIELDS = {"path": _TEXT}
SUMMARY_OPTIONAL_FIELDS = {"file": _TEXT + _NOTHING, "record_line": _NUMBER + _NOTHING}
SEVERITIES = ("warning", "error")


class _BadRow(Exception):
    """Why one line of a findings or summary file is not what it should be."""


def _json_rows(path: str) -> Iterator[tuple[int, dict]]:
    """``(line number, object)`` for each non-blank line of a JSON Lines
    file; a line that is not UTF-8, not JSON or not an object is an error."""
    with _input(path) as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                byte = raw[error.start : error.start + 1].hex().upper()
                raise UsageError(f"{path}:{number}: not UTF-8 text (byte 0x{byte}); is it --format jsonl output?") from None
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as error:
                raise UsageError(f"{path}:{number}: not JSON ({getattr(error, 'msg', error)})") from None
            except RecursionError:
                raise UsageError(f"{path}:{number}: not JSON (nested too deeply)") from None
            if not isinstance(row, dict):
                raise UsageError(f"{path}:{number}: {_kind(row)}, not a JSON object") from None
            yield number, row


def _check_fields(row: dict, required: dict, optional: dict) -> None:
    for field, kinds in (*required.items(), *optional.items()):
        if field not in row:
            if field in required:
                raise _BadRow(f"no {field!r} field")
            continue
        value = row[field]
        if not isinstance(value, kinds) or isinstance(value, bool):
            wanted = " or ".join({str: "a string", int: "a whole number", dict: "an object", type(None): "null"}[k] for k in kinds)
            raise _BadRow(f"{field!r} is {_kind(value)}, not {wanted}")


def _kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {str: "a string", int: "a number", float: "a number", list: "an array", dict: "an object"}.get(type(value), "a value")


def _read_findings(paths) -> Iterator[Diagnostic]:
    for path in paths:
        for number, row in _json_rows(path):
            try:
                _check_fields(row, FINDING_FIELDS, FINDING_OPTIONAL_FIELDS)
                if row["severity"] not in SEVERITIES:
                    raise _BadRow(f"'severity' is {row['severity']!r}, not warning or error")
                try:
                    diagnostic = Diagnostic.from_dict(row)
                except (ValueError, KeyError, TypeError, IndexError):
                    raise _BadRow("'fix' is not a fix as --format jsonl writes one") from None
            except _BadRow as error:
                raise UsageError(f"{path}:{number}: not a --format jsonl finding: {error}") from None
            yield diagnostic


def _articles(findings: Iterator[Diagnostic], summary_file: Optional[str]):
    """``(path, file, record_line, diagnostics)`` per article, in run order:
    each summary row with its findings, or else each run of findings that
    share a path."""
    pending = next(findings, None)
    if summary_file is None:
        while pending is not None:
            group = [pending]
            pending = next(findings, None)
            while pending is not None and pending.path == group[0].path:
                group.append(pending)
                pending = next(findings, None)
            yield group[0].path, group[0].source_file, group[0].record_line, group
        return
    for number, row in _json_rows(summary_file):
        try:
            _check_fields(row, SUMMARY_FIELDS, SUMMARY_OPTIONAL_FIELDS)
        except _BadRow as error:
            raise UsageError(f"{summary_file}:{number}: not a --summary row: {error}") from None
        path, file, record_line = row["path"], row.get("file") or row["path"], row.get("record_line")
        group = []
        while pending is not None and pending.path == path:
            group.append(pending)
            pending = next(findings, None)
        yield path, file, record_line, group
    if pending is not None:
        raise UsageError(
            f"finding for {pending.path} is not in {summary_file} at its place: "
            "the findings and the summary must come from the same run"
        )


@contextlib.contextmanager
def _input(path: str) -> Iterator[IO[bytes]]:
    if path == "-":
        yield sys.stdin.buffer
        return
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror or error}") from None
    with handle:
        yield handle


@contextlib.contextmanager
def _output(path: Optional[str]) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    try:
        handle = open(path, "w", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
    with handle:
        yield handle
