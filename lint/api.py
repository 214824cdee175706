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
(``newslint.dask`` does exactly that).
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from .checker import Checker
from .config import Config, load_config
from .diagnostic import Diagnostic
from .plugins import load_registry
from .sources import Article, Input, InputError, ReadOptions, record_article


class Linter:
    def __init__(self, config: Config | None = None, isolated: bool = True, **settings: Any):
        """``settings`` are configuration keys with ``_`` for ``-``
        (``extend_select=["TX101"]``).  ``isolated`` (the default) ignores the
        project's configuration files; pass ``isolated=False`` to use them."""
        overrides = {key.replace("_", "-"): value for key, value in settings.items()}
        self.config = config or load_config(overrides, isolated=isolated)
        self._checker: Checker | None = None

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            registry = load_registry(self.config.disable_plugins, self.config.plugins)
            self._checker = Checker(self.config, registry.rules)
        return self._checker

    def lint_text(self, text: str, path: str = "<text>", meta: Mapping[str, Any] | None = None) -> list[Diagnostic]:
        """Diagnostics for one article (corpus rules see only this article)."""
        article = Article(path, text, path, None, dict(meta or {}))
        return self.check(article, self.collect([article]))

    def lint_texts(self, texts: Iterable[tuple[str, str]]) -> Iterator[Diagnostic]:
        """Diagnostics for many ``(path, text)`` articles, corpus rules across
        all of them (the articles are held in memory for the second pass)."""
        articles = [Article(path, text, path) for path, text in texts]
        corpus = self.collect(articles)
        for article in articles:
            yield from self.check(article, corpus)

    def lint_records(self, records: Iterable[Mapping[str, Any]], source: str = "records") -> Iterator[Diagnostic]:
        """Diagnostics for corpus records (dicts with the configured text and
        id fields), reported as ``SOURCE#ID``; a malformed record is an NL105
        diagnostic, as on the command line."""
        articles = [self.article(record, number, source) for number, record in enumerate(records, start=1)]
        corpus = self.collect(articles)
        for article in articles:
            yield from self.check(article, corpus)

    # -- the two passes, for pipelines that partition a corpus themselves ----

    def article(self, record: Mapping[str, Any], number: int, source: str = "records") -> Input:
        """An article (or the input problem) from one record."""
        return record_article(source, number, record, ReadOptions.from_config(self.config))

    def collect(self, articles: Iterable[Input]) -> dict[str, Any] | None:
        """Pass one: the corpus rules' counts over some articles (None when no
        corpus rule is selected).  Counts of partitions merge with ``merge``."""
        if not self.checker.corpus_rules:
            return None
        return self.checker.merge(self.checker.collect(item) for item in articles if isinstance(item, Article))

    def merge(self, partials: Iterable[Mapping[str, Any] | None]) -> dict[str, Any] | None:
        present = [partial for partial in partials if partial is not None]
        return self.checker.merge(present) if self.checker.corpus_rules else None

    def check(self, article: Input, corpus: Mapping[str, Any] | None = None) -> list[Diagnostic]:
        """Pass two: one article's diagnostics, given the merged counts."""
        if isinstance(article, InputError):
            return self.checker.problem(article)
        return self.checker.check(article, corpus)

    def __getstate__(self) -> dict:
        return {"config": self.config, "_checker": None}
