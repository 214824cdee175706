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
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple, TextIO

from . import problems
from .accept import PatternTimeout
from .atomic import atomic_write
from .checker import Checker
from .config import Config, setting_label
from .diagnostic import Applicability, Diagnostic
from .fixes import MAX_FIX_PASSES, FixMode
from .formatting.base import ReportOptions, Statistic
from .formatting.escape import display_path, json_text, printable
from .plugins import Registry
from .progress import Progress, is_terminal, plural
from .runner import Result, RunFailed
from .runner import run as run_checks
from .sources import STDIN, ReadOptions, discover, is_corpus, read_inputs

if TYPE_CHECKING:  # imported where used: a plain run needs neither (start-up time)
    from .baseline import Baseline
    from .fix_files import FixWriter

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
    quiet: bool = False
    #: Write one JSON line per article (its path and findings per family) here.
    summary_file: str | None = None
    #: Run on Dask: a scheduler address, or "local" for a local cluster.
    dask: str | None = None
    #: Apply safe fixes (``--fix``); ``unsafe_fixes`` adds unsafe ones.
    fix: bool = False
    unsafe_fixes: bool = False
    #: Print the fixes as a unified diff and change nothing (``--diff``).
    diff: bool = False
    #: List the fixes applied, per file and code (``--show-fixes``).
    show_fixes: bool = False
    #: Write fixed files here (a file, or a directory for several inputs)
    #: instead of in place (``--fix-output``).
    fix_output: str | None = None
    #: Exit 1 when a fix was applied, even if nothing remains (pre-commit).
    exit_non_zero_on_fix: bool = False


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
        # Formatters are plugins, known only once loaded: name where the value was set.
        raise UsageError(
            f"{config.where('format')}: {setting_label('format', config.where('format'))}: unknown format "
            f"{config.format!r} (choose from {', '.join(sorted(registry.formatters))})"
        )
    checker = Checker(config, registry.rules)
    baseline = None
    if options.baseline:
        from .baseline import Baseline

        baseline = Baseline.load(options.baseline)
    paths = list(options.paths) or ["."]
    read_options = ReadOptions.from_config(config, options.stdin_display_name)
    if STDIN in paths and stdin is None:
        stdin = _read_stdin(read_options)

    def read():
        return read_inputs(paths, read_options, stdin)

    fix_mode = _fix_mode(options, paths)
    if fix_mode is not None:
        fix_mode = fix_mode.leaving(baseline)
    unsafe_fixes = options.unsafe_fixes
    if options.dask:
        if STDIN in paths:
            raise UsageError("--dask reads files; standard input cannot be sent to a cluster")
        results = _dask_results(paths, read_options, config, options.dask, fix_mode)
    else:
        results = run_checks(read, config, checker, config.jobs, fix_mode)
    progress = Progress(stderr, _count_files(paths, read_options, stderr), enabled=not options.quiet)
    results = _tracked(results, progress, stderr, checker.max_findings)
    accepted_by: set[int] = set()  # the accept entries that accepted a finding
    files_read: set[str] = set()
    if checker.accepted:
        results = _noting_accepted(results, accepted_by, files_read)
    if options.summary_file:
        results = _summarised(results, options.summary_file)
    writer = None
    if fix_mode is not None and not options.diff:
        from .fix_files import FixWriter

        writer = FixWriter(read_options, options.fix_output, paths)
        results = writer.through(results)
    try:
        if options.diff:
            with _output(options.output_file, stdout) as output:
                outcome = _print_diff(results, output, stderr, options.quiet, read_options, stdin)
            progress.close()
            return outcome
        if options.write_baseline:
            return _write_baseline(options.write_baseline, results, stderr)

        with _output(options.output_file, stdout) as output:
            wants_color = config.color == "auto" and is_terminal(output) and not os.environ.get("NO_COLOR")
            color = config.color == "always" or wants_color
            from . import __version__  # read on use (newslint/__init__.py)

            report = ReportOptions(
                config.show_source, color, registry.rules, __version__, config=config, unsafe_fixes=unsafe_fixes
            )
            formatter = formatter_class(output, report, stderr if formatter_class.machine_readable else output)
            # On a terminal the report and the progress line share the screen.
            shared_screen = progress if is_terminal(output) else None
            tally, checked_paths = _report(results, formatter, baseline, shared_screen)
            progress.close()
            if progress.articles == 0 and not options.quiet:
                _warn_nothing_checked(read_options, stderr)
            if options.dask and not options.quiet:
                _print_run_summary(progress.articles, tally, stderr)
            if config.statistics:
                formatter.show_statistics(tally.statistics(registry))
                if tally.not_shown:
                    formatter.summary.write(
                        f"{tally.not_shown:<5} more findings not shown "
                        f"(max-findings-per-article is {config.max_findings_per_article:,})\n"
                    )
            if config.count:
                formatter.show_count(tally.count + tally.not_shown)
            if writer is not None and options.show_fixes:
                _show_fixes(writer, registry, formatter.summary)
            formatter.stop()
    except (RunFailed, PatternTimeout) as error:
        progress.close()
        stderr.write(f"newslint: error: {printable(str(error))}\n")
        return EXIT_ERROR
    if baseline is not None:
        _warn_stale(options.baseline, baseline, checked_paths, stderr)
    if checker.accepted:
        _warn_unused_accept(config, checker, accepted_by, files_read, stderr)
    code = exit_code(tally, config, options.exit_zero)
    if writer is not None:
        code = _after_fixing(writer, tally, options, code, stderr)
    if not options.quiet:  # last, once the report is complete (and written)
        formatter.show_fixable(*tally.fixable(unsafe_fixes), stderr)
    return code


def _warn_nothing_checked(read_options: ReadOptions, stderr: TextIO) -> None:
    """A run that read nothing at all.  A directory that gave no file is
    NL110, an input problem, so what is left is files named on the command
    line that ``exclude`` leaves out, as pre-commit passes them: that passes,
    with a warning, as ruff's does."""
    patterns = ", ".join(read_options.exclude)
    stderr.write(f"newslint: warning: nothing checked: every file named is excluded (exclude: {patterns})\n")


def _fix_mode(options: RunOptions, paths: list[str]) -> FixMode | None:
    """Which fixes the run computes, after checking the options agree."""
    if options.fix_output and not options.fix:
        raise UsageError("--fix-output goes with --fix")
    if options.show_fixes and not options.fix:
        raise UsageError("--show-fixes goes with --fix")
    if options.exit_non_zero_on_fix and not options.fix:
        raise UsageError("--exit-non-zero-on-fix goes with --fix")
    if not (options.fix or options.diff):
        return None
    if options.fix and options.diff:
        raise UsageError("--diff shows the fixes without applying them; leave out --fix")
    if options.fix and STDIN in paths:
        raise UsageError("--fix rewrites files; for standard input use --diff")
    if options.fix and options.write_baseline:
        raise UsageError("--write-baseline records findings; run it after --fix, not with it")
    if options.fix_output and options.fix_output.endswith(("/", os.sep)):
        os.makedirs(options.fix_output, exist_ok=True)  # a trailing slash names a directory, made if new
    if options.fix_output and not os.path.isdir(options.fix_output):
        files = [entry for entry in discover(paths, ReadOptions()) if isinstance(entry, str)]
        if len(paths) > 1 or len(files) > 1 or any(os.path.isdir(path) for path in paths):
            raise UsageError(
                "--fix-output names a file, so it takes one input file; name a directory for several "
                "(an existing one, or end the path with /)"
            )
    return FixMode.of(options.unsafe_fixes)


def _print_diff(
    results: Iterable[Result],
    output: TextIO,
    stderr: TextIO,
    quiet: bool,
    read_options: ReadOptions | None = None,
    stdin: bytes | None = None,
) -> int:
    """``--diff``: the unified diff of every file a fix changes, input
    problems on standard error; exit 1 when there is something to fix.
    Fixes no patch can carry (a corpus record, a gzipped file) stay out of
    the diff, so that ``git apply``, which takes a patch whole or not at all,
    applies the rest; one line on standard error says how many.  ``stdin``
    holds standard input's bytes when it was read: its byte-order mark
    belongs in the diff as a file's does."""
    from . import fix_files

    fixes = articles = 0
    problem = False
    left_out: list[str] = []  # the articles whose fixes the patch leaves out
    shown: set[str] = set()  # real files diffed: a link to one is not diffed twice
    for result in results:
        for diagnostic in result.diagnostics:
            if problems.is_problem(diagnostic.code):
                problem = True
                stderr.write(f"{display_path(diagnostic.path)}:{diagnostic.line}:{diagnostic.col}: {diagnostic.code} {printable(diagnostic.message)}\n")
        if result.fixed is None or not result.fixed.changed:
            continue
        if result.record_line is None:
            real = os.path.realpath(result.file)
            if real in shown:
                continue
            shown.add(real)
        articles += 1
        fixes += len(result.fixed.applied)
        if fix_files.patch_cannot_express(result):
            left_out.append(result.path)
            continue
        try:
            from_stdin = stdin is not None and read_options is not None and result.file == read_options.stdin_display_name
            diff = fix_files.unified_diff(result, read_options, stdin if from_stdin else None)
        except fix_files.FixWriteError as error:
            stderr.write(f"newslint: warning: {display_path(result.path)}: not in the diff: {printable(str(error))}\n")
            continue
        _write_bytes(output, diff)
    if left_out:
        stderr.write(
            f"newslint: warning: the diff leaves out the fixes of {plural(len(left_out), 'article')} "
            f"no patch can carry (gzipped files, JSON Lines records; first {display_path(left_out[0])}): "
            f"--fix or --fix-output applies them\n"
        )
    if not quiet and fixes:
        stderr.write(f"newslint: would fix {plural(fixes, 'finding')} in {plural(articles, 'article')}\n")
    if problem:
        return EXIT_ERROR
    return EXIT_FINDINGS if fixes else EXIT_CLEAN


def _write_bytes(output: TextIO, data: bytes) -> None:
    """``data``, bytes in a file's own encoding, on a text stream: through
    its binary buffer (after what was written as text), or, on a stream
    without one (a caller's ``StringIO``), decoded as UTF-8."""
    buffer = getattr(output, "buffer", None)
    if buffer is None:
        output.write(data.decode("utf-8", errors="backslashreplace"))
        return
    output.flush()
    buffer.write(data)


def _show_fixes(writer: FixWriter, registry: Registry, stream: TextIO) -> None:
    """``--show-fixes``: what was fixed, per file and code, as ruff lists it."""
    if not writer.total:
        stream.write("No findings fixed.\n")
        return
    stream.write(f"Fixed {plural(writer.total, 'finding')}:\n")
    for file, counts in writer.fixed.items():
        stream.write(f"- {display_path(file)}:\n")
        for code, count in sorted(counts.items()):
            rule = registry.rules.get(code)
            name = f" ({rule.name})" if rule is not None else ""
            stream.write(f"    {count} × {code}{name}\n")


def _after_fixing(writer: FixWriter, tally: Tally, options: RunOptions, code: int, stderr: TextIO) -> int:
    """Notes on what fixing did, and the exit code: that of the findings
    left, 2 when a file could not be written, 1 for ``--exit-non-zero-on-fix``
    when anything was fixed."""
    for failure in writer.failures:
        stderr.write(f"newslint: error: {failure}\n")
    for path in writer.unsettled:
        stderr.write(
            f"newslint: warning: {display_path(path)}: fixes did not settle after {MAX_FIX_PASSES} passes "
            f"(or came back to a text already seen); the last text is kept\n"
        )
    if not options.quiet and writer.total:
        where = plural(len(writer.fixed), "file")
        # Input problems (a missing file, a NUL byte) are no findings left in an article.
        remaining = tally.count - sum(count for code, count in tally.per_code.items() if problems.is_problem(code))
        stderr.write(f"newslint: fixed {plural(writer.total, 'finding')} in {where} ({remaining:,} remaining)\n")
    if writer.failures:
        return EXIT_ERROR
    if options.exit_non_zero_on_fix and writer.total and code == EXIT_CLEAN:
        return EXIT_FINDINGS
    return code


class Tally:
    """What a run reported, kept as counts, so a corpus of any size fits."""

    def __init__(self) -> None:
        self.count = 0
        self.per_code: collections.Counter = collections.Counter()
        self.first: dict[str, Diagnostic] = {}
        self.highest_rank = 0
        self.problems = False
        self.articles_with_findings = 0
        #: Findings found but left out by max-findings-per-article: counted,
        #: so --count and a SARIF log do not pass the cap off as the total.
        self.not_shown = 0
        #: Findings reported with a fix, per applicability.
        self.with_fix: collections.Counter = collections.Counter()

    def add(self, diagnostic: Diagnostic) -> None:
        self.count += 1
        if diagnostic.fix is not None:
            self.with_fix[diagnostic.fix.applicability] += 1
        self.per_code[diagnostic.code] += 1
        self.first.setdefault(diagnostic.code, diagnostic)
        if problems.is_problem(diagnostic.code):
            self.problems = True
        else:
            self.highest_rank = max(self.highest_rank, diagnostic.severity.rank)

    def fixable(self, unsafe_fixes: bool) -> tuple[int, int]:
        """How many reported findings ``--fix`` would repair, and how many
        more only ``--unsafe-fixes`` would (none when it is on)."""
        safe, unsafe = self.with_fix[Applicability.SAFE], self.with_fix[Applicability.UNSAFE]
        return (safe + unsafe, 0) if unsafe_fixes else (safe, unsafe)

    def per_family(self) -> collections.Counter:
        families: collections.Counter = collections.Counter()
        for code, count in self.per_code.items():
            families[code.rstrip("0123456789")] += count
        return families

    def statistics(self, registry: Registry | None = None) -> list[Statistic]:
        """Counts per code, each with its rule's name and summary (not one
        finding's message, which describes one instance)."""
        rules = registry.rules if registry is not None else {}
        return [
            Statistic(code, self.first[code].name, count, self.first[code].message, _summary_of(code, rules))
            for code, count in sorted(self.per_code.items())
        ]


def _summary_of(code: str, rules) -> str:
    if code in rules:
        return " ".join(rules[code].summary.split())
    problem = problems.BY_CODE.get(code)
    return problem.summary if problem else ""


def _report(results, formatter, baseline: Baseline | None, progress: Progress | None = None) -> tuple[Tally, set[str]]:
    """Feed the formatter; ``progress`` is the progress line when it shares
    the screen with the report, and is wiped before a finding is written."""
    tally = Tally()
    checked_paths: set[str] = set()  # kept only for a baseline's stale entries
    formatter.start()
    for result in results:
        if baseline is not None:
            checked_paths.add(result.path)
        formatter.beginning(result.path)
        found = False
        for diagnostic in result.diagnostics:
            if baseline is not None and not problems.is_problem(diagnostic.code) and baseline.is_known(diagnostic):
                continue
            if progress is not None:
                progress.clear()
            found = True
            tally.add(diagnostic)
            formatter.handle(diagnostic)
        tally.articles_with_findings += found
        if result.dropped:
            tally.not_shown += result.dropped
            formatter.truncated(result.path, result.file, result.dropped)
        formatter.finished(result.path)
    return tally, checked_paths


def _tracked(results: Iterable[Result], progress: Progress, stderr: TextIO, max_findings: int) -> Iterator[Result]:
    for result in results:
        progress.advance(result.file)
        if result.dropped:
            progress.clear()
            stderr.write(
                f"newslint: warning: {result.path}: {result.dropped:,} more findings not shown "
                f"(max-findings-per-article is {max_findings:,})\n"
            )
        yield result


def _count_files(paths: list[str], read_options: ReadOptions, stream: TextIO) -> int | None:
    """How many files the run will read, when a progress line will show it."""
    if not is_terminal(stream) or STDIN in paths:
        return None
    return sum(1 for item in discover(paths, read_options) if isinstance(item, str))


def _summarised(results, path: str):
    """Write a JSON line per article: its path, source file, record line and
    findings per family (clean articles too, so a pipeline can join it)."""
    with atomic_write(path) as handle:
        for result in results:
            families = collections.Counter(d.code.rstrip("0123456789") for d in result.diagnostics)
            row = {
                "path": result.path,
                "file": result.file,
                "findings": sum(families.values()),
                "per_family": dict(sorted(families.items())),
            }
            if result.record_line is not None:
                row["record_line"] = result.record_line
            handle.write(json_text(row) + "\n")  # escaped: one article a line, whatever its id
            yield result


def _print_run_summary(articles: int, tally: Tally, stderr: TextIO) -> None:
    per_family = ", ".join(f"{family} {count:,}" for family, count in sorted(tally.per_family().items())) or "none"
    stderr.write(
        f"newslint: {plural(articles, 'article')}, {plural(tally.count, 'finding')} ({per_family}), "
        f"{plural(tally.articles_with_findings, 'article')} with findings\n"
    )


def _dask_results(
    paths: list[str], read_options: ReadOptions, config: Config, scheduler: str, fix: FixMode | None = None
) -> Iterator[Result]:
    """Results in input order, computed on a Dask cluster by the same engine."""
    try:
        from .dask import connect, lint_results, read_articles
    except ImportError:
        raise UsageError("--dask needs the dask extra: pip install 'newslint[dask]'") from None
    from .api import Linter
    from .sources import InputError

    entries = list(discover(paths, read_options))  # file paths, or input errors, in input order
    located = [(os.path.abspath(entry), entry) for entry in entries if not isinstance(entry, InputError)]
    linter = Linter(config)
    from .runner import bounded_jobs

    workers = bounded_jobs(config.jobs) if config.jobs > 1 else 2
    try:
        client = connect(None if scheduler == "local" else scheduler, workers)
    except (OSError, TimeoutError) as error:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {_reason(error)}") from None
    except Exception as error:  # whatever a garbled answer makes the client raise
        raise UsageError(
            f"the Dask scheduler at {scheduler} answered something that is not Dask's protocol "
            f"({type(error).__name__}: {_reason(error)[:200]})"
        ) from None
    try:
        computed = lint_results(read_articles(located, config), linter, fix).compute() if located else []
    except Exception as error:
        raise RunFailed(_dask_failure(error, located)) from None
    finally:
        client.close()
        if scheduler == "local":
            client.cluster.close()
    by_file = collections.defaultdict(list)
    for result in computed:
        by_file[result.file].append(result)
    for entry in entries:
        if isinstance(entry, InputError):
            yield linter.result(entry)
            continue
        yield from sorted(by_file.pop(entry, []), key=lambda result: result.place)


def _reason(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _dask_failure(error: Exception, located: list[tuple[str, str]]) -> str:
    """One line on why a Dask computation failed, naming the files when the
    cluster says which task it was."""
    if type(error).__name__ == "KilledWorker":
        task = getattr(error, "task", None) or (error.args[0] if error.args else "")
        files = _files_of_task(task, located)
        where = f" while checking {files}" if files else ""
        return f"Dask workers died repeatedly{where} (KilledWorker); the report is incomplete"
    return f"the Dask computation failed: {type(error).__name__}: {_reason(error)}"


def _files_of_task(task, located: list[tuple[str, str]]) -> str:
    """The files behind a partition's task key (``(name, index)``)."""
    from .dask import partition_groups

    groups = partition_groups(located)
    index = task[1] if isinstance(task, tuple) and len(task) > 1 and isinstance(task[1], int) else None
    if index is None and len(groups) == 1:
        index = 0  # one partition: whatever the (fused) key, it is this one
    if index is None or not 0 <= index < len(groups):
        return ""
    names = [display for _path, display in groups[index]]
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _read_stdin(read_options: ReadOptions) -> bytes:
    """Standard input, read no further than an article may be (one byte more
    shows it is too large), so ``newslint - < /dev/zero`` ends.  A corpus
    named by ``--stdin-display-name`` is read whole: its records are checked
    one by one against the limit."""
    if is_corpus(read_options.stdin_display_name):
        return sys.stdin.buffer.read()
    return sys.stdin.buffer.read(read_options.max_article_bytes + 1)


def exit_code(tally: Tally, config: Config, exit_zero: bool) -> int:
    if tally.problems:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    return EXIT_FINDINGS if tally.highest_rank >= config.fail_on.rank else EXIT_CLEAN


def _write_baseline(path: str, results: Iterable[Result], stderr: TextIO) -> int:
    kept: list[Diagnostic] = []
    failed = False
    for result in results:
        for d in result.diagnostics:
            if problems.is_problem(d.code):
                failed = True
                stderr.write(f"{display_path(d.path)}:{d.line}:{d.col}: {d.code} {printable(d.message)}\n")
            else:
                kept.append(d)
    from .baseline import write_baseline

    count = write_baseline(path, kept)
    stderr.write(f"newslint: wrote {count} baseline entries to {path}\n")
    return EXIT_ERROR if failed else EXIT_CLEAN


def _warn_stale(path: str, baseline: Baseline, checked_paths: set[str], stderr: TextIO) -> None:
    stale = baseline.stale(checked_paths)
    if stale:
        stderr.write(
            f"newslint: {path}: {len(stale):,} stale baseline {'entry' if len(stale) == 1 else 'entries'} (fixed or edited since recorded); "
            f"rewrite it with --write-baseline\n"
        )
        for entry in stale:
            stderr.write(f"  {display_path(entry.path)}:{entry.line}: {printable(entry.code)}\n")
    gone = baseline.gone(checked_paths)
    if gone:
        files = sorted({entry.path.rsplit("#", 1)[0] if "#" in entry.path else entry.path for entry in gone})
        shown = ", ".join(display_path(file) for file in files[:STALE_FILES_SHOWN]) + (", ..." if len(files) > STALE_FILES_SHOWN else "")
        stderr.write(
            f"newslint: {path}: {len(gone):,} baseline {'entry' if len(gone) == 1 else 'entries'} of "
            f"{'a file' if len(files) == 1 else f'{len(files):,} files'} that no longer exist{'s' if len(files) == 1 else ''} "
            f"(deleted or renamed: {shown}); rewrite it with --write-baseline\n"
        )


#: Files named in the note on baseline entries of files that are gone.
STALE_FILES_SHOWN = 5


def _noting_accepted(results: Iterable[Result], used: set[int], files: set[str]) -> Iterator[Result]:
    """The results unchanged; the ``accept`` entries they used, and the
    files they came from, noted on the way."""
    for result in results:
        files.add(result.file)
        used.update(result.accepted)
        yield result


def _warn_unused_accept(config: Config, checker: Checker, used: set[int], files: set[str], stderr: TextIO) -> None:
    """The ``accept`` entries that accepted no finding of the run, one line
    each, as a baseline's stale entries are reported (an accept list fills
    with dead entries otherwise, as ruff's RUF100 finds unused noqa).  Only
    entries that could have matched: their code checked, their path read."""
    codes = [rule.code for rule, _options, _severity in checker.rules]
    unused = checker.accepted.unused(used, codes, files)
    if not unused:
        return
    count = "1 accept entry" if len(unused) == 1 else f"{len(unused):,} accept entries"
    stderr.write(f"newslint: {count} matched no finding in this run (fixed since, or mistyped); remove or correct:\n")
    for matcher in unused:
        what = matcher.text if matcher.text is not None else f"pattern {matcher.pattern.pattern}"
        where = f" (path {matcher.path})" if matcher.path is not None else ""
        stderr.write(f"  {config.where('accept', matcher.number - 1)}: {printable(matcher.code)} {printable(what)}{printable(where)}\n")


@contextlib.contextmanager
def _output(path: str | None, stdout: TextIO) -> Iterator[TextIO]:
    if path is None:
        yield stdout
        return
    with atomic_write(path) as handle:  # the whole report or the old file, never half
        yield handle
