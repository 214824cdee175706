"""Linting from Python: what pipelines call instead of the command line.

    from newslint import Linter

    linter = Linter(select=["TX"])
    for diagnostic in linter.lint_text(article_text, path="article-17"):
        print(diagnostic.as_dict())

A ``Linter`` is built once and reused; it loads plugins on first use and
pickles without them, so it is cheap to ship to worker processes.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from .checker import Checker
from .config import Config, load_config
from .diagnostic import Diagnostic
from .plugins import load_registry
from .sources import Article


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
        corpus = self.checker.merge([self.checker.collect(article)]) if self.checker.corpus_rules else None
        return self.checker.check(article, corpus)

    def lint_texts(self, texts: Iterable[tuple[str, str]]) -> Iterator[Diagnostic]:
        """Diagnostics for many ``(path, text)`` articles, corpus rules across
        all of them (the articles are held in memory for the second pass)."""
        articles = [Article(path, text, path) for path, text in texts]
        corpus = None
        if self.checker.corpus_rules:
            corpus = self.checker.merge(self.checker.collect(article) for article in articles)
        for article in articles:
            yield from self.checker.check(article, corpus)

    def __getstate__(self) -> dict:
        return {"config": self.config, "_checker": None}
