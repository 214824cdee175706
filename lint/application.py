"""One lint run, from paths to an exit code.

The order is the architecture: configuration -> plugins -> inputs -> checker
(rules) -> diagnostics -> baseline -> formatter -> exit code.  The command line
and tests call :func:`run`; nothing below it prints except the formatter, and
this module's notes on standard error.
"""
from __future__ import annotations

import collections
import contextlib
import os
import sys
from typing import Iterator, NamedTuple, TextIO

from . import __version__, problems
from .baseline import Baseline, write_baseline
from .checker import Checker
from .config import Config
from .diagnostic import Diagnostic
from .formatting.base import ReportOptions, Statistic
from .plugins import Registry
from .runner import run as run_checks
from .sources import STDIN, ReadOptions, read_inputs

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A request that cannot be carried out (unknown format, say): exit 2."""


class RunOptions(NamedTuple):
    paths: tuple[str, ...] = (".",)
    stdin_display_name: str = "stdin"
    baseline: str | None = None
    write_baseline: str | None = None
    output_file: str | None = None
    exit_zero: bool = False


def run(
    config: Config,
    registry: Registry,
    options: RunOptions,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: bytes | None = None,
) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    formatter_class = registry.formatters.get(config.format)
    if formatter_class is None:
        raise UsageError(f"unknown format {config.format!r} (choose from {', '.join(sorted(registry.formatters))})")
    checker = Checker(config, registry.rules)
    baseline = Baseline.load(options.baseline) if options.baseline else None
    paths = list(options.paths) or ["."]
    if STDIN in paths and stdin is None:
        stdin = sys.stdin.buffer.read()
    read_options = ReadOptions.from_config(config, options.stdin_display_name)

    def read():
        return read_inputs(paths, read_options, stdin)

    results = run_checks(read, config, checker, config.jobs)
    if options.write_baseline:
        return _write_baseline(options.write_baseline, results, stderr)

    with _output(options.output_file, stdout) as output:
        color = config.color == "always" or (config.color == "auto" and _is_terminal(output))
        report = ReportOptions(config.show_source, color, registry.rules, __version__)
        formatter = formatter_class(output, report, stderr if formatter_class.machine_readable else output)
        reported, checked_paths = _report(results, formatter, baseline)
        if config.statistics:
            formatter.show_statistics(_statistics(reported))
        if config.count:
            formatter.show_count(len(reported))
        formatter.stop()
    if baseline is not None:
        _warn_stale(options.baseline, baseline, checked_paths, stderr)
    return exit_code(reported, config, options.exit_zero)


def _report(results, formatter, baseline: Baseline | None) -> tuple[list[Diagnostic], set[str]]:
    reported: list[Diagnostic] = []
    checked_paths: set[str] = set()
    formatter.start()
    for path, _file, diagnostics in results:
        checked_paths.add(path)
        formatter.beginning(path)
        for diagnostic in diagnostics:
            if baseline is not None and not problems.is_problem(diagnostic.code) and baseline.is_known(diagnostic):
                continue
            reported.append(diagnostic)
            formatter.handle(diagnostic)
        formatter.finished(path)
    return reported, checked_paths


def exit_code(reported: list[Diagnostic], config: Config, exit_zero: bool) -> int:
    if any(problems.is_problem(d.code) for d in reported):
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    failing = config.fail_on.rank
    return EXIT_FINDINGS if any(d.severity.rank >= failing for d in reported) else EXIT_CLEAN


def _statistics(reported: list[Diagnostic]) -> list[Statistic]:
    counts = collections.Counter(d.code for d in reported)
    first: dict[str, Diagnostic] = {}
    for d in reported:
        first.setdefault(d.code, d)
    return [Statistic(code, first[code].name, counts[code], first[code].message) for code in sorted(counts)]


def _write_baseline(path: str, results, stderr: TextIO) -> int:
    kept: list[Diagnostic] = []
    failed = False
    for _path, _file, diagnostics in results:
        for d in diagnostics:
            if problems.is_problem(d.code):
                failed = True
                stderr.write(f"{d.path}:{d.line}:{d.col}: {d.code} {d.message}\n")
            else:
                kept.append(d)
    count = write_baseline(path, kept)
    stderr.write(f"newslint: wrote {count} baseline entries to {path}\n")
    return EXIT_ERROR if failed else EXIT_CLEAN


def _warn_stale(path: str, baseline: Baseline, checked_paths: set[str], stderr: TextIO) -> None:
    stale = baseline.stale(checked_paths)
    if not stale:
        return
    stderr.write(
        f"newslint: {path}: {len(stale)} stale baseline entries (fixed or edited since recorded); "
        f"rewrite it with --write-baseline\n"
    )
    for entry in stale:
        stderr.write(f"  {entry.path}:{entry.line}: {entry.code}\n")


@contextlib.contextmanager
def _output(path: str | None, stdout: TextIO) -> Iterator[TextIO]:
    if path is None:
        yield stdout
        return
    try:
        handle = open(path, "w", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None
    with handle:
        yield handle


def _is_terminal(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
