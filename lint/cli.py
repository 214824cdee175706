"""The command line: ``newslint [OPTIONS] [PATHS]...`` and its subcommands.

``newslint PATHS`` is short for ``newslint check PATHS``; ``newslint rules``,
``newslint rule CODE`` and ``newslint config`` describe the rules and the
configuration.  :func:`main` takes an argument list and returns the exit code
(0 clean, 1 findings, 2 usage, configuration or input errors), so tests call it
directly.
"""
from __future__ import annotations

import errno
import json
import os
import re
import sys
import warnings
from typing import Any, Sequence

import click

from . import problems
from .application import EXIT_ERROR, RunOptions, UsageError, run
from .baseline import BaselineError
from .config import ConfigError, load_config
from .diagnostic import NewslintWarning
from .formatting.escape import printable
from .plugins import PluginError, load_registry

SUBCOMMANDS = ("check", "rules", "rule", "config", "cache")
#: ``check``'s options that steer one run and are not settings (the rest,
#: ``--fix`` and ``--unsafe-fixes`` among them, override the configuration).
RUN_ONLY_OPTIONS = (
    "stdin_display_name", "baseline", "write_baseline", "output_file", "exit_zero", "quiet", "summary_file",
    "use_dask", "dask_scheduler", "diff", "show_fixes", "fix_output", "exit_non_zero_on_fix",
)
# Errors of a write that names no file: standard output is full or gone.
WRITE_FAILURES = {errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT, errno.EPIPE}


# Subcommands imported only when named: ``newslint FILE`` never loads the
# HTML report's modules.
LAZY_SUBCOMMANDS = {"report": ("newslint.report.command", "report")}


class StdoutClosed(Exception):
    """Standard output was closed under the report (``newslint ... | head``).
    Raised in place of the ``BrokenPipeError``, which click's ``main``
    would turn into exit 1, the code for findings, whatever the run found."""


class DefaultToCheck(click.Group):
    """A group whose first argument, when it names no subcommand, starts
    ``check``: ``newslint article.txt`` is ``newslint check article.txt``."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OSError as error:
            if error.errno == errno.EPIPE:
                raise StdoutClosed() from None
            raise

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        known = args and (args[0] in self.commands or args[0] in LAZY_SUBCOMMANDS)
        if not args or (not known and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_SUBCOMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_SUBCOMMANDS and name not in self.commands:
            import importlib

            module, attribute = LAZY_SUBCOMMANDS[name]
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)


def _config_options(function):
    function = click.option(
        "--allow-config-plugins",
        is_flag=True,
        help="Load the plugin modules named by a configuration file found by searching (off: only --config's).",
    )(function)
    function = click.option(
        "--isolated", is_flag=True, help="Ignore configuration files; use only the defaults and the command line."
    )(function)
    function = click.option(
        "--config",
        "config_file",
        type=click.Path(dir_okay=False),
        help="Read this configuration file instead of searching for one.",
    )(function)
    return function


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    """``--version``, as click's version_option prints it; the version is
    looked up only when asked for."""
    if not value or ctx.resilient_parsing:
        return
    from . import __version__

    click.echo(f"newslint, version {__version__}")
    ctx.exit()


@click.group(cls=DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version, help="Show the version and exit."
)
def cli() -> None:
    """A linter for scraped news text.

    Run `newslint PATHS...` (short for `newslint check PATHS...`) to check
    articles; `newslint rules` lists the rules, `newslint rule CODE` explains
    one, `newslint config` shows the configuration in force.
    """


def _joined_list(_context: click.Context, _parameter: click.Parameter, values: tuple[str, ...]) -> str | None:
    """A list option given more than once (`--include '*.txt' --include '*.md'`)
    means all its values, as if given once with commas; not given, None."""
    return ",".join(values) if values else None


@cli.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, type=click.Path())
@_config_options
@click.option("--select", multiple=True, callback=_joined_list, help="Comma-separated codes or prefixes to check (replaces the configured list; may be given more than once).")
@click.option("--ignore", multiple=True, callback=_joined_list, help="Comma-separated codes or prefixes to leave out (replaces the configured list; may be given more than once).")
@click.option("--extend-select", multiple=True, callback=_joined_list, help="Codes or prefixes to check in addition (may be given more than once).")
@click.option("--extend-ignore", multiple=True, callback=_joined_list, help="Codes or prefixes to leave out in addition (may be given more than once).")
@click.option("--format", "format_", help="Report format: default, json, jsonl, github, gitlab, sarif, html, or a plugin's.")
@click.option("--show-source/--no-show-source", default=None, help="Print the line and a caret under each finding.")
@click.option("--statistics/--no-statistics", default=None, help="Count findings per code at the end.")
@click.option("--count/--no-count", default=None, help="Print the total number of findings at the end.")
@click.option("--output-file", type=click.Path(dir_okay=False), help="Write the report to this file.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), help="Colour the default format.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (input errors still exit 2).")
@click.option("--fail-on", type=click.Choice(["warning", "error"]), help="The lowest severity that makes the run fail.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record every current finding in this file.")
@click.option("--encoding", help="Encoding of the input files (default utf-8; e.g. cp1252, euc-kr, gb18030).")
@click.option("--text-field", help="JSON Lines: the field that holds the article text (default text).")
@click.option("--id-field", help="JSON Lines: the field that names the article (default id).")
@click.option("--ignore-field", help="JSON Lines: a record's field listing codes to leave unreported for it (default newslint_ignore).")
@click.option("--stdin-display-name", default="stdin", show_default=True, help="The name to report standard input as.")
@click.option("--include", multiple=True, callback=_joined_list, help="Comma-separated file patterns a directory walk picks up (replaces the configured list; may be given more than once).")
@click.option("--exclude", multiple=True, callback=_joined_list, help="Comma-separated file or directory patterns to skip (replaces the configured list; may be given more than once).")
@click.option("--extend-exclude", multiple=True, callback=_joined_list, help="Patterns to skip in addition (may be given more than once).")
@click.option("--max-line-length", type=int, help="Skip (and report) articles with a longer line, in characters.")
@click.option("--max-article-bytes", type=int, help="Skip (and report) files and records larger than this, in bytes.")
@click.option(
    "--follow-external-symlinks/--no-follow-external-symlinks",
    default=None,
    help="Follow symbolic links in walked directories that lead outside them (off: they are reported).",
)
@click.option(
    "--respect-gitignore/--no-respect-gitignore",
    default=None,
    help="Leave out of directory walks what Git ignores (.gitignore, .git/info/exclude); on by default.",
)
@click.option("-j", "--jobs", help="Processes to check with: a number or auto.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line and no run summary on standard error.")
@click.option("--summary", "summary_file", type=click.Path(dir_okay=False), help="Write a JSON line per article (findings per family) to this file.")
@click.option("--dask", "use_dask", is_flag=True, help="Run on Dask: a local cluster of --jobs processes, or --dask-scheduler.")
@click.option("--dask-scheduler", metavar="ADDRESS", help="Run on the Dask scheduler at this address (implies --dask).")
@click.option(
    "--fix/--no-fix", default=None, help="Apply safe fixes to the files in place, then report what remains (config: fix)."
)
@click.option(
    "--unsafe-fixes/--no-unsafe-fixes",
    default=None,
    help="Count unsafe fixes (glued words, deleting lines) as fixable: --fix and --diff apply them too (config: unsafe-fixes).",
)
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff and change nothing; exit 1 if there is one.")
@click.option("--show-fixes", is_flag=True, help="With --fix: list the fixes applied, per file and code.")
@click.option(
    "--fix-output",
    type=click.Path(),
    help="With --fix: write the fixed file (or, naming a directory, each fixed file) here and leave the input as it is.",
)
@click.option("--exit-non-zero-on-fix", is_flag=True, help="With --fix: exit 1 when a fix was applied, even if nothing remains.")
@click.option("--verbose", is_flag=True, help="On an internal error, print the traceback.")
def check(paths: tuple[str, ...], config_file, isolated, allow_config_plugins, verbose: bool, **options: Any) -> None:
    """Check articles: files, directories, JSON Lines corpora, or - for standard input."""
    fix_flag = options.pop("fix")
    run_only = {key: options.pop(key) for key in RUN_ONLY_OPTIONS}
    options["format"] = options.pop("format_")
    # --unsafe-fixes / --no-unsafe-fixes override the unsafe-fixes setting.
    overrides = {key.replace("_", "-"): value for key, value in options.items()}
    config = load_config(overrides, config_file, isolated, allow_config_plugins=allow_config_plugins)
    registry = load_registry(config.disable_plugins, config.plugins)
    run_options = RunOptions(
        paths=paths or (".",),
        stdin_display_name=run_only["stdin_display_name"],
        baseline=run_only["baseline"],
        write_baseline=run_only["write_baseline"],
        output_file=run_only["output_file"],
        exit_zero=run_only["exit_zero"],
        quiet=run_only["quiet"],
        summary_file=run_only["summary_file"],
        dask=_dask_target(run_only["use_dask"], run_only["dask_scheduler"]),
        fix=_fixing(fix_flag, config.fix, run_only["diff"], paths, run_only["write_baseline"]),
        unsafe_fixes=config.unsafe_fixes,
        diff=run_only["diff"],
        show_fixes=run_only["show_fixes"],
        fix_output=run_only["fix_output"],
        exit_non_zero_on_fix=run_only["exit_non_zero_on_fix"],
    )
    raise SystemExit(run(config, registry, run_options))


def _fixing(flag: bool | None, configured: bool, diff: bool, paths: tuple[str, ...], write_baseline: str | None) -> bool:
    """Whether the run fixes: ``--fix``/``--no-fix``, else the ``fix``
    setting, which stands down for what it cannot go with (``--diff``,
    standard input, ``--write-baseline``) where ``--fix`` is an error."""
    if flag is not None:
        return flag
    return configured and not diff and "-" not in paths and not write_baseline


def _dask_target(use_dask: bool, scheduler: str | None) -> str | None:
    """A scheduler address implies --dask; --dask alone means a local cluster."""
    return scheduler or ("local" if use_dask else None)


@cli.command("rules")
@_config_options
@click.option("--format", "format_", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_rules(config_file, isolated, allow_config_plugins, format_: str) -> None:
    """List every rule: code, name, default severity, whether it is on, summary
    (and, with --format json, its fix: safe, unsafe, display-only or null)."""
    from .selection import Selection

    config = load_config(config_file=config_file, isolated=isolated, allow_config_plugins=allow_config_plugins)
    registry = load_registry(config.disable_plugins, config.plugins)
    selection = Selection.from_config(config)
    rows = [
        {
            "code": code,
            "name": rule.name,
            "severity": rule.severity.value,
            "enabled": selection.is_selected(code),
            "summary": rule.summary.strip(),
            "fix": rule.fixable.applicability.value if rule.fixable is not None else None,
        }
        for code, rule in registry.rules.items()
    ]
    if format_ == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max([len(row["name"]) for row in rows] + [len(problem.name) for problem in problems.ALL])
    for row in rows:
        state = "on " if row["enabled"] else "off"
        click.echo(f"{row['code']}  {row['name']:<{width}}  {row['severity']:<7}  {state}  {row['summary']}")
    click.echo("\nInput problems (any of them reported makes the run exit 2):")
    for problem in problems.ALL:
        click.echo(f"{problem.code}  {problem.name:<{width}}  error    on   {problem.summary}")


@cli.command("rule")
@click.argument("code")
@_config_options
def show_rule(code: str, config_file, isolated, allow_config_plugins) -> None:
    """Explain one rule (by code or name): what it flags, why, examples, options."""
    config = load_config(config_file=config_file, isolated=isolated, allow_config_plugins=allow_config_plugins)
    registry = load_registry(config.disable_plugins, config.plugins)
    rule = registry.rule(code)
    if rule is not None:
        from .config import rule_options

        shipped = rule_options(load_config(isolated=True, overrides={"plugins": config.plugins}), registry.rules)
        click.echo(rule.documentation(shipped[rule.code]), nl=False)
        return
    problem = problems.BY_CODE.get(code.upper())
    if problem is not None:
        click.echo(f"# {problem.name} ({problem.code})\n\n{problem.summary}\n")
        return
    if code.isalpha() and code.upper() == problems.PREFIX:
        # The input problems are no rules, but a family of codes all the same.
        click.echo(_code_table((problem.code, problem.name, problem.summary) for problem in problems.ALL))
        return
    family = sorted(
        (rule for rule in registry.rules.values() if code.isalpha() and rule.code.startswith(code.upper())),
        key=lambda rule: rule.code,
    )
    if family:
        # A family's prefix (QM): its rules, as `newslint rules` lists them.
        rows = _code_table((rule.code, rule.name, " ".join(rule.summary.split())) for rule in family)
        click.echo(f"{rows}\n\n`newslint rule {family[0].code}` explains one.")
        return
    hint = _rule_hint(code, registry)
    listed = "" if "newslint rules" in hint else "; `newslint rules` lists them"
    raise click.UsageError(f"no rule {code!r} ({hint}){listed}")


def _code_table(rows) -> str:
    """``(code, name, summary)`` rows as lines, the names in one column."""
    rows = list(rows)
    width = max(len(name) for _, name, _ in rows)
    return "\n".join(f"{code}  {name:<{width}}  {summary}" for code, name, summary in rows)


# A code as typed: its letters and any number of digits (TX9999 too).
CODE_LIKE = re.compile(r"^[A-Z]{1,3}[0-9]+$")


def _rule_hint(asked: str, registry) -> str:
    """The nearest rule to a code or name ``newslint rule`` does not know:
    a code's nearest real code (TX9999 -> TX109, TX1O1 -> TX101), a name's
    nearest name (doubled-wrd -> doubled-word)."""
    import difflib

    from .config import KnownCodes, code_spelling_guess

    asked = asked.strip()
    names = sorted(rule.name for rule in registry.rules.values())
    close = difflib.get_close_matches(asked.lower(), names, n=1)
    if close and not any(char.isdigit() for char in asked):
        return f"did you mean {close[0]}?"
    code = code_spelling_guess(asked) or asked.upper()
    if CODE_LIKE.match(code):
        known = KnownCodes(registry.rules, problems.BY_CODE)
        if code in known.codes:
            return f"did you mean {code}?"
        hint = known.hint_if_unknown(code)
        return hint if hint is not None else f"{code} is a prefix of several rules, not one"
    return f"did you mean {close[0]}?" if close else "neither a rule's code nor its name"


@cli.command("config")
@_config_options
def show_config(config_file, isolated, allow_config_plugins) -> None:
    """Print the configuration in force, with the files it came from."""
    config = load_config(config_file=config_file, isolated=isolated, allow_config_plugins=allow_config_plugins)
    for source in config.sources:
        click.echo(f"# from {source}")
    click.echo(config.as_yaml(), nl=False)


@cli.group("cache")
def cache() -> None:
    """The cache folder: derived data (word tables, compiled patterns) kept so
    that a run need not rebuild it."""


@cache.command("info")
def cache_info() -> None:
    """Show where the cache is and what it holds, by kind."""
    from .cache import KINDS, cache_files
    from .words import cache_folder

    files = cache_files()
    click.echo(f"folder: {cache_folder()}")
    for kind in KINDS:
        sizes = [item.size for item in files if item.kind == kind]
        if sizes:
            click.echo(f"{kind}: {len(sizes):,} files, {_megabytes(sum(sizes))}")
    click.echo(f"total: {len(files):,} files, {_megabytes(sum(item.size for item in files))}")


@cache.command("clean")
def cache_clean() -> None:
    """Remove every file newslint keeps in the cache (the next run rebuilds
    what it needs); other files in the folder are left alone."""
    from .cache import cache_files, remove
    from .words import cache_folder

    count, size = remove(cache_files())
    click.echo(f"removed {count:,} files, {_megabytes(size)}, from {cache_folder()}")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB"


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    if issubclass(category, NewslintWarning):
        sys.stderr.write(f"newslint: warning: {message}\n")
    else:
        _default_showwarning(message, category, filename, lineno, file, line)


_default_showwarning = warnings.showwarning


BLAS_THREADS_VARIABLE = "OPENBLAS_NUM_THREADS"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting.

    Every failure is one line on standard error and exit 2: an error of the
    user's (configuration, input, a file that cannot be written) says what to
    fix; anything else is an internal error, with the traceback only under
    ``--verbose``.  Exit 1 always means findings."""
    args = list(sys.argv[1:] if argv is None else argv)
    # OC's matrix products are small (one article's sentences): BLAS threads
    # cost more than they save, and -j already runs articles in parallel.  Set
    # here, for the command's own process, not by the library, whose caller's
    # numpy is the caller's to tune; a value of the user's own is kept.
    os.environ.setdefault(BLAS_THREADS_VARIABLE, "1")
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    warnings.showwarning = _show_warning
    warnings.simplefilter("once", NewslintWarning)
    try:
        code = _main(args)
        sys.stdout.flush()  # a full disk under standard output fails here, not after main
        return code
    except (BrokenPipeError, StdoutClosed):
        # The report is incomplete: the run neither passes nor reads as findings.
        _drop_stdout()
        return EXIT_ERROR
    except OSError as error:
        if error.filename is not None:
            where = f"{error.filename}: "
        elif error.errno in WRITE_FAILURES:  # a file-less write: standard output
            _drop_stdout()
            where = "writing the report: "
        else:
            where = ""
        sys.stderr.write(f"newslint: error: {printable(where)}{printable(str(error.strerror or error))}\n")
        return EXIT_ERROR
    except Exception as error:
        if "--verbose" in args:
            import traceback  # here: only an internal error needs it (start-up time)

            traceback.print_exc()
        detail = printable(" ".join(str(error).split()))
        hint = "" if "--verbose" in args else " (--verbose shows the traceback)"
        sys.stderr.write(f"newslint: internal error: {type(error).__name__}: {detail}{hint}\n")
        return EXIT_ERROR


def _main(args: list[str]) -> int:
    try:
        cli.main(args=args, prog_name="newslint", standalone_mode=False)
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else EXIT_ERROR
    except click.exceptions.Exit as exit:
        return exit.exit_code
    except click.ClickException as error:
        # One line, as every other error (click's usage errors take three).
        # The help of the command whose option was wrong (``newslint check``'s
        # options are not all in the group's help).
        command = error.ctx.command_path if isinstance(error, click.UsageError) and error.ctx else "newslint"
        hint = f" ({command} --help)" if isinstance(error, click.UsageError) else ""
        sys.stderr.write(f"newslint: error: {printable(error.format_message())}{hint}\n")
        return EXIT_ERROR
    except click.Abort:
        sys.stderr.write("newslint: aborted\n")
        return 130
    except (ConfigError, PluginError, BaselineError, UsageError) as error:
        # printable: a key or path from a hostile file cannot add a line.
        sys.stderr.write(f"newslint: error: {printable(str(error))}\n")
        return EXIT_ERROR
    return 0


def _drop_stdout() -> None:
    """Send what is left of standard output to the null device, so Python's
    last flush at exit does not print a second error."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    raise SystemExit(main())
