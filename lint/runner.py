"""Running the checker over many articles, in one process or several.

Articles are checked in batches; results come back in input order whatever
the number of processes, so output is the same for ``-j 1`` and ``-j 8``.
When a corpus rule is selected the inputs are read twice: a first pass
collects each rule's partial counts (merged batch by batch), a second checks
every article against the merged counts.
"""
from __future__ import annotations

import multiprocessing
from typing import Any, Callable, Iterable, Iterator, Mapping

from .checker import Checker
from .config import Config
from .diagnostic import Diagnostic
from .plugins import load_registry
from .sources import Article, Input, InputError

BATCH_ARTICLES = 64
BATCH_CHARS = 2_000_000

# (reported path, source file, line of the record in a corpus file or None, diagnostics)
Result = tuple[str, str, "int | None", list[Diagnostic]]


def run(read: Callable[[], Iterator[Input]], config: Config, checker: Checker, jobs: int = 1) -> Iterator[Result]:
    """Check everything ``read()`` yields; ``read`` is called once more for the
    second pass when corpus rules are selected."""
    corpus = None
    if checker.corpus_rules:
        if jobs > 1:
            with _pool(config, jobs, None) as pool:
                corpus = checker.merge(pool.imap(_collect_batch, _batches(read())))
        else:
            corpus = checker.merge(_collect_batch(batch, checker) for batch in _batches(read()))
    if jobs > 1:
        with _pool(config, jobs, corpus) as pool:
            for results in pool.imap(_check_batch, _batches(read())):
                yield from results
    else:
        for batch in _batches(read()):
            yield from _check_batch(batch, checker, corpus)


def _batches(items: Iterable[Input]) -> Iterator[list[Input]]:
    batch: list[Input] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.text) if isinstance(item, Article) else 0
        if len(batch) >= BATCH_ARTICLES or size >= BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _check_batch(batch: list[Input], checker: Checker | None = None, corpus: Mapping[str, Any] | None = None) -> list[Result]:
    if checker is None:
        checker, corpus = _WORKER["checker"], _WORKER["corpus"]
    results = []
    for item in batch:
        if isinstance(item, InputError):
            results.append((item.path, item.file or item.path, None, checker.problem(item)))
        else:
            results.append((item.path, item.file, item.record_line, checker.check(item, corpus)))
    return results


def _collect_batch(batch: list[Input], checker: Checker | None = None) -> dict[str, Any]:
    checker = checker or _WORKER["checker"]
    return checker.merge(checker.collect(item) for item in batch if isinstance(item, Article))


# -- worker processes ---------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _start_worker(config: Config, corpus: Mapping[str, Any] | None) -> None:
    registry = load_registry(config.disable_plugins, config.plugins)
    _WORKER["checker"] = Checker(config, registry.rules)
    _WORKER["corpus"] = corpus


def _pool(config: Config, jobs: int, corpus: Mapping[str, Any] | None):
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return context.Pool(jobs, initializer=_start_worker, initargs=(config, corpus))
