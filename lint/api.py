"""Linting from Python: what pipelines call instead of the command line.

    from newslint import Linter

    linter = Linter(select=["TX"])
    for diagnostic in linter.lint_text(article_text, path="article-17"):
        print(diagnostic.as_dict())

A ``Linter`` is built once and reused; it loads plugins on first use and
pickles without them, so it is cheap to ship to worker processes.  Corpus
rules need every article: ``lint_texts`` and ``lint_records`` run both
passes; a pipeline that partitions its corpus calls ``collect`` on each
partition, ``merge`` on the results, and ``check`` with the merged counts
(``newslint.dask`` does exactly that).  All of these run the one engine in
:mod:`newslint.runner`, as the command line does.

``fix_text`` and ``fix_records`` apply fixes as ``--fix`` does (safe ones;
``unsafe=True`` adds unsafe ones), to a fixed point:

    fixed, applied = linter.fix_text("Prices rose,, officials said.")
"""
from __future__ import annotations

import warnings
from typing import Any, Iterable, Iterator, Mapping

from . import problems
from . import runner as engine
from .checker import Checker
from .config import PYTHON_ARGUMENTS, Config, load_config
from .diagnostic import Diagnostic, NewslintWarning
from .fixes import FixMode
from .plugins import load_registry
from .runner import Result
from .sources import Article, Input, InputError, ReadOptions, RecordNames, lone_surrogate, record_article


BYTE_ORDER_MARK = "\ufeff"


class Linter:
    def __init__(self, config: Config | None = None, isolated: bool = True, **settings: Any):
        """``settings`` are configuration keys with ``_`` for ``-``
        (``extend_select=["TX101"]``).  ``isolated`` (the default) ignores the
        project's configuration files; pass ``isolated=False`` to use them.

        The settings are checked here, against the installed rules too: a
        wrong one (a code that matches no rule, an unknown option) raises
        :class:`~newslint.config.ConfigError`, a ``ValueError``, before any
        text is linted.  A plugin that fails to load raises ``PluginError``."""
        overrides = {key.replace("_", "-"): value for key, value in settings.items()}
        self.config = config or load_config(overrides, isolated=isolated, overrides_source=PYTHON_ARGUMENTS)
        # Loading the plugins checks codes and rule options against them,
        # so a wrong setting fails here rather than at the first lint.
        self._checker: Checker | None = self._loaded_checker()

    @property
    def checker(self) -> Checker:
        if self._checker is None:  # unpickled in a worker, which loads its own
            self._checker = self._loaded_checker()
        return self._checker

    def _loaded_checker(self) -> Checker:
        registry = load_registry(self.config.disable_plugins, self.config.plugins)
        return Checker(self.config, registry.rules)

    def lint_text(self, text: str, path: str = "<text>", meta: Mapping[str, Any] | None = None) -> list[Diagnostic]:
        """Diagnostics for one article (corpus rules see only this article).
        ``text`` must be a ``str`` (``TypeError`` otherwise: decode bytes
        first); a text that is no valid Unicode (a lone surrogate) is an
        NL104 diagnostic, as on the command line."""
        return list(self._lint([_text_article(text, path, meta, "lint_text")]))

    def lint_texts(self, texts: Iterable[tuple[str, str]]) -> Iterator[Diagnostic]:
        """Diagnostics for many ``(path, text)`` articles, corpus rules across
        all of them (the articles are held in memory for the second pass).
        A path an earlier article has is an NL105 diagnostic and that article
        is not checked, as a repeated id is in ``lint_records``."""
        return self._lint(_named_texts(texts))

    def lint_records(self, records: Iterable[Mapping[str, Any]], source: str = "records") -> Iterator[Diagnostic]:
        """Diagnostics for corpus records (dicts with the configured text and
        id fields), reported as ``SOURCE#ID``; a malformed record is an NL105
        diagnostic, as on the command line (a record whose id an earlier one
        has is one too, and is not checked)."""
        return self._lint(self._articles(records, source))

    def _articles(self, records: Iterable[Mapping[str, Any]], source: str) -> Iterator[Input]:
        named = RecordNames(source)
        for number, record in enumerate(records, start=1):
            yield named.unique(self.article(record, number, source))

    def results(self, articles: Iterable[Input], fix: FixMode | None = None) -> Iterator[Result]:
        """Both passes over articles (or input problems): one :class:`Result`
        per article, clean ones included; with ``fix``, each article fixed
        (``Result.fixed`` holds the text before and after)."""
        return engine.lint(self.checker, articles, fix)

    # -- fixing ---------------------------------------------------------------

    def fix_text(
        self, text: str, path: str = "<text>", meta: Mapping[str, Any] | None = None, unsafe: bool = False
    ) -> tuple[str, list[Diagnostic]]:
        """The article with its fixes applied (safe ones; ``unsafe=True``
        adds unsafe ones), and the diagnostics whose fixes were applied, in
        the order applied.  Corpus rules see only this article.  A text that
        opens on a byte-order mark comes back with it; positions and edits
        count from after it, as on the command line (:class:`Edit`)."""
        article = _text_article(text, path, meta, "fix_text")
        result = next(iter(self.results([article], FixMode.of(unsafe))))
        if result.fixed is None:  # an input problem (an empty text): nothing to fix
            return text, []
        mark = BYTE_ORDER_MARK if text.startswith(BYTE_ORDER_MARK) else ""
        return mark + result.fixed.text, list(result.fixed.applied)

    def fix_records(
        self, records: Iterable[Mapping[str, Any]], source: str = "records", unsafe: bool = False
    ) -> Iterator[tuple[dict, list[Diagnostic]]]:
        """Each record (a copy, its text field fixed; every other field as it
        was) with the diagnostics whose fixes were applied, in input order;
        corpus rules judge across all the records.  A malformed record comes
        back unchanged with no fixes (``lint_records`` reports it)."""
        records = [dict(record) for record in records]
        articles = list(self._articles(records, source))
        field = self.config.text_field
        for record, result in zip(records, self.results(articles, FixMode.of(unsafe))):
            if result.fixed is None or not result.fixed.changed:
                yield record, list(result.fixed.applied) if result.fixed else []
                continue
            record[field] = result.fixed.text
            yield record, list(result.fixed.applied)

    def _lint(self, articles: Iterable[Input]) -> Iterator[Diagnostic]:
        for result in self.results(articles):
            if result.dropped:
                warnings.warn(
                    f"{result.path}: {result.dropped} more findings not kept "
                    f"(max-findings-per-article is {self.checker.max_findings})",
                    NewslintWarning,
                    stacklevel=3,
                )
            yield from result.diagnostics

    # -- the two passes, for pipelines that partition a corpus themselves ----

    def article(self, record: Mapping[str, Any], number: int, source: str = "records") -> Input:
        """An article (or the input problem) from one record."""
        return record_article(source, number, record, ReadOptions.from_config(self.config))

    def collect(self, articles: Iterable[Input]) -> dict[str, Any] | None:
        """Pass one: the corpus rules' counts over some articles (None when no
        corpus rule is selected).  Counts of partitions merge with ``merge``."""
        return engine.collect(self.checker, articles)

    def merge(self, partials: Iterable[Mapping[str, Any] | None]) -> dict[str, Any] | None:
        return engine.merge(self.checker, partials)

    def check(self, article: Input, corpus: Mapping[str, Any] | None = None) -> list[Diagnostic]:
        """Pass two: one article's diagnostics, given the merged counts."""
        return engine.check(self.checker, article, corpus).diagnostics

    def result(self, article: Input, corpus: Mapping[str, Any] | None = None, fix: FixMode | None = None) -> Result:
        """Pass two, with where the article came from and what was left out
        (with ``fix``, of the article fixed)."""
        return engine.check(self.checker, article, corpus, fix)

    def __getstate__(self) -> dict:
        return {"config": self.config, "_checker": None}


def _text_article(text: Any, path: Any, meta: Mapping[str, Any] | None, caller: str) -> Input:
    """The article ``text`` named ``path``, after checking what a caller
    passed: a wrong type is the caller's bug (``TypeError``), a text that is
    not valid Unicode is the input's problem (NL104)."""
    if not isinstance(text, str):
        hint = " (decode it first: data.decode('utf-8'))" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"{caller}: the article text must be a str, not {type(text).__name__}{hint}")
    if not isinstance(path, str):
        raise TypeError(f"{caller}: path must be a str, not {type(path).__name__}")
    fault = lone_surrogate(text)
    if fault is not None:
        return InputError(path, 1, problems.UNDECODABLE, f"the text {fault}; it was not checked", path)
    # A byte-order mark read in with the text (``open(f).read()`` keeps it)
    # is no character of the article: the command line skips it, and
    # columns must agree with it.
    return Article(path, text.removeprefix(BYTE_ORDER_MARK), path, None, dict(meta or {}))


def _named_texts(texts: Iterable[tuple[str, str]]) -> Iterator[Input]:
    """The articles of ``(path, text)`` pairs; a path met before is NL105."""
    import hashlib

    first: dict[bytes, int] = {}
    for number, pair in enumerate(texts, start=1):
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise TypeError(f"lint_texts: item {number} is not a (path, text) pair but a {type(pair).__name__}")
        path, text = pair
        item = _text_article(text, path, None, "lint_texts")
        key = hashlib.blake2b(path.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        earlier = first.setdefault(key, number)
        if earlier != number:
            detail = (
                f"article {number} is named {path!r}, as article {earlier} is: findings are keyed on an "
                f"article's path, so each needs its own; it was not checked"
            )
            item = InputError(path, 1, problems.MALFORMED_RECORD, detail, path)
        yield item
