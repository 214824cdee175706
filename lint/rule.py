"""What a rule is.

A rule is a small class: its code and kebab-case name, a default severity, its
documentation (what it flags, why, a damaged example and the clean text to use
instead, its options), and one or more checks.  The engine calls only the checks
a rule defines, and only for rules the user selected:

* ``check_line(line, document, options)``: once per line; for rules that look
  at one line at a time.
* ``check_document(document, options)``: once per article.
* corpus rules, which need every article before they can judge one, define
  ``collect(document, options)`` (a partial count for one article),
  ``merge(partials, options)`` (the counts of many articles together, in any
  order and grouping) and ``check_in_corpus(document, corpus, options)``.  The
  engine runs a first pass of ``collect`` over all articles, merges, then a
  second pass; a distributed run merges partitions the same way.

Every check yields :class:`~newslint.diagnostic.Finding` objects.  A rule that
judges whole lines (``judges_whole_lines = True``: furniture, a foreign line)
silences other rules inside a line it reports whole (see the checker), except
those with ``outlives_line_verdicts`` (damage to the characters).  A rule
whose findings can be repaired declares how in ``fixable`` (a
:class:`~newslint.diagnostic.Fixable`: safe, unsafe or display-only, and
whether the edit replaces the span with the finding's suggestion or deletes
it); the engine makes the edit (see :mod:`newslint.fixes`).  A rule never
reads files or prints; heavy data (word lists, models) is loaded on first use.
"""
from __future__ import annotations

import functools
from typing import Any, ClassVar, Iterable, Iterator, Mapping, NamedTuple

from .diagnostic import Finding, Fixable, Severity
from .document import Document, Line
from .pattern_cache import compile_re_cached

CODE_PATTERN = compile_re_cached(r"^[A-Z]{1,3}[0-9]{3}$")
NAME_PATTERN = compile_re_cached(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class Option(NamedTuple):
    """A rule setting.  ``kind`` is the Python type a value must have,
    ``item_kind`` the type of each item of a ``list`` value, and ``choices``,
    when given, the only values a ``str`` setting takes (a misspelt choice
    would otherwise fall through to whatever the rule does by default).

    Built-in rules take their defaults from the shipped ``config.yaml``; a
    third-party rule gives ``default`` here, since it cannot edit that file.
    """

    kind: type
    help: str
    default: Any = None
    item_kind: type = str
    choices: tuple[str, ...] = ()


class Rule:
    """Base class of every rule.  Subclasses set the class attributes below and
    define at least one check (see the module documentation)."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    #: One sentence: what the rule flags.
    summary: ClassVar[str]
    #: Why it matters to someone publishing or training on the text.
    why: ClassVar[str]
    #: Damaged text that the rule flags (at least one finding of this code).
    example: ClassVar[str]
    #: The same text repaired; the rule must stay silent on it.
    use_instead: ClassVar[str]
    options: ClassVar[Mapping[str, Option]] = {}
    #: Whether a finding of this rule that covers a whole line judges the line
    #: as a whole (page furniture, a line in another language).  The engine
    #: then drops other rules' findings that lie within that line, so the line
    #: is reported once rather than once more for each character in it.
    judges_whole_lines: ClassVar[bool] = False
    #: Whether the rule's findings stay on a line another rule judged whole.
    #: For damage to the text's characters (a wrong decoding, hidden
    #: controls): it tells of the scrape's encoding, not of that line, and a
    #: furniture verdict, right or wrong, neither explains nor repairs it.
    outlives_line_verdicts: ClassVar[bool] = False
    #: Whether the rule reads prose only: the engine drops its findings that
    #: start in code (Document.code_spans: a fenced or indented block, a line
    #: in code's syntax, Markdown's inline `code`), where a stop glued to a
    #: name (`csv.DictReader`) ends no sentence and a quotation mark quotes
    #: nothing.  Rules of the text's characters (mojibake) leave it False.
    reads_prose: ClassVar[bool] = False
    #: Whether and how the rule's findings can be fixed; None: not at all.
    fixable: ClassVar[Fixable | None] = None

    # The checks; a rule overrides the ones it needs.
    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterable[Finding]:
        raise NotImplementedError

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterable[Finding]:
        raise NotImplementedError

    def outlives_verdict(self, finding: Finding, document: Document) -> bool:
        """Whether ``finding`` stays on a line another rule judged whole:
        ``outlives_line_verdicts`` unless the rule tells its findings apart."""
        return self.outlives_line_verdicts

    def may_find_in(self, document: Document) -> bool:
        """A cheap look at the whole article before ``check_line`` runs on
        each line: False when no line can hold a finding (no "&" for an
        entity rule), and the engine skips the lines.  A match in a line is
        one in the text, so one search of the text answers for all of them."""
        return True

    def collect(self, document: Document, options: Mapping[str, Any]) -> Any:
        raise NotImplementedError

    def merge(self, partials: Iterable[Any], options: Mapping[str, Any]) -> Any:
        raise NotImplementedError

    def check_in_corpus(self, document: Document, corpus: Any, options: Mapping[str, Any]) -> Iterable[Finding]:
        raise NotImplementedError

    # -- what the engine asks of a rule -------------------------------------

    @classmethod
    def defines(cls, check: str) -> bool:
        return getattr(cls, check) is not getattr(Rule, check)

    @classmethod
    def is_corpus_rule(cls) -> bool:
        return cls.defines("check_in_corpus")

    @classmethod
    def problems(cls) -> Iterator[str]:
        """What is wrong with the rule's declaration (empty for a valid rule)."""
        where = f"{cls.__module__}.{cls.__qualname__}"
        code = getattr(cls, "code", "")
        if not CODE_PATTERN.match(code or ""):
            yield f"{where}: code {code!r} is not a prefix of letters and three digits (TX101)"
        if not NAME_PATTERN.match(getattr(cls, "name", "") or ""):
            yield f"{where}: name {getattr(cls, 'name', None)!r} is not kebab-case"
        for attribute in ("summary", "why", "example", "use_instead"):
            if not str(getattr(cls, attribute, "") or "").strip():
                yield f"{where}: documentation {attribute!r} is empty"
        if not isinstance(cls.severity, Severity):
            yield f"{where}: severity must be a Severity"
        checks = ("check_line", "check_document", "check_in_corpus")
        if not any(cls.defines(check) for check in checks):
            yield f"{where}: defines none of {', '.join(checks)}"
        if cls.fixable is not None and not isinstance(cls.fixable, Fixable):
            yield f"{where}: fixable must be a newslint.diagnostic.Fixable or None"
        if cls.defines("check_in_corpus") and not (cls.defines("collect") and cls.defines("merge")):
            yield f"{where}: a corpus rule needs collect and merge as well as check_in_corpus"

    @classmethod
    def undeclared_option_reads(cls) -> list[str]:
        """``"file:line: 'key'"`` for each option the rule's own methods read
        by a literal key (``options["key"]``, ``options.get("key")``) that it
        does not declare: a typo that would otherwise crash on every article.
        Helpers outside the class are not looked at."""
        return list(_undeclared_reads(cls))

    @classmethod
    def example_text(cls) -> str:
        """The damaged example as an article (indentation of the source removed)."""
        import textwrap  # here: only the documentation needs it (start-up time)

        return textwrap.dedent(cls.example).strip("\n") + "\n"

    @classmethod
    def clean_text(cls) -> str:
        """The clean example as an article."""
        import textwrap

        return textwrap.dedent(cls.use_instead).strip("\n") + "\n"

    @classmethod
    def documentation(cls, defaults: Mapping[str, Any] | None = None) -> str:
        """The rule's page, in the shape of ``newslint rule CODE``;
        ``defaults`` are the option values newslint ships (a built-in rule's
        come from ``config.yaml``, a plugin's from its :class:`Option`)."""
        defaults = {name: option.default for name, option in cls.options.items()} | dict(defaults or {})
        parts = [
            f"# {cls.name} ({cls.code})",
            f"Default severity: {cls.severity.value}.",
            "## What it does",
            cls.summary.strip(),
            "## Why is this bad?",
            _dedent(cls.why),
            "## Example",
            _indent(cls.example_text()),
            "## Use instead",
            _indent(cls.clean_text()),
        ]
        if cls.options:
            parts.append("## Options")
            parts.append(
                "\n".join(
                    f"- `{name}` ({_kind_text(option)}{_default_text(defaults.get(name))}): {option.help}"
                    for name, option in cls.options.items()
                )
            )
            listed = [name for name, option in cls.options.items() if option.kind is list]
            if listed:
                # Every list option can be extended (config.rule_options), not only the first.
                extended = " and ".join(f"`extend-{name}`" for name in listed)
                parts.append(
                    f"A list set in a project's file replaces the default above; {extended} "
                    f"{'add' if len(listed) > 1 else 'adds'} to {'its list' if len(listed) == 1 else 'each list'} instead "
                    f"(`rules: {{{cls.code}: {{extend-{listed[0]}: [...]}}}}`)."
                )
        parts.append("## Fix")
        parts.append(cls.fixable.describe() if cls.fixable is not None else "Fix: none. A person decides what the text should be.")
        parts.append("## How to silence it")
        parts.append(
            f"Leave it out of a run with `--extend-ignore {cls.code}`, per file with "
            f"`per-file-ignores` in the configuration, or record today's findings in a "
            f"baseline (`--write-baseline`) so that only new ones are reported."
        )
        return "\n\n".join(parts) + "\n"


@functools.lru_cache(maxsize=None)
def _undeclared_reads(cls: type) -> tuple[str, ...]:
    # Read from the compiled methods (no source parsing, so start-up stays
    # quick): ``options`` loaded, then a string constant, then a subscript or
    # a ``.get`` call.
    declared = set(cls.options)
    found = []
    for klass in cls.__mro__:
        if klass is Rule or not issubclass(klass, Rule):
            continue
        for member in vars(klass).values():
            function = getattr(member, "__func__", member)
            code = getattr(function, "__code__", None)
            if code is not None:
                found.extend(f"{code.co_filename}:{line}: {key!r}" for key, line in _option_keys(code) if key not in declared)
    return tuple(found)


def _option_keys(code) -> Iterator[tuple[str, int]]:
    import dis

    line = code.co_firstlineno
    window: list = []
    for instruction in dis.get_instructions(code):
        number = getattr(instruction, "line_number", None)  # Python 3.13+
        if number is None and instruction.starts_line and not isinstance(instruction.starts_line, bool):
            number = instruction.starts_line  # before 3.13: the line, where one starts
        line = number or line
        window = (window + [instruction])[-3:]
        if len(window) == 3 and window[0].opname in ("LOAD_FAST", "LOAD_DEREF") and window[0].argval == "options":
            middle, last = window[1], window[2]
            if middle.opname == "LOAD_CONST" and isinstance(middle.argval, str) and last.opname in ("BINARY_SUBSCR", "BINARY_OP"):
                if last.opname == "BINARY_SUBSCR" or "[" in str(last.argrepr):
                    yield middle.argval, line
            elif middle.opname in ("LOAD_METHOD", "LOAD_ATTR") and middle.argval == "get" and last.opname == "LOAD_CONST" and isinstance(last.argval, str):
                yield last.argval, line
    for constant in code.co_consts:
        if hasattr(constant, "co_code"):
            yield from _option_keys(constant)


def _kind_text(option: Option) -> str:
    if option.choices:
        return "one of " + ", ".join(option.choices)
    return option.kind.__name__


def _default_text(value: Any) -> str:
    if value is None:
        return ""
    import json

    shown = json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
    return f", default {shown}"


def _dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip()


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.strip("\n").split("\n"))
