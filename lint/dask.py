"""Linting a corpus on Dask: a local cluster, or any cluster Dask reaches.

    pip install 'newslint[dask]'

    from newslint import Linter
    from newslint.dask import lint_jsonl, summary

    linter = Linter(select=["ML", "UI", "TX", "QM"])
    diagnostics = lint_jsonl(["shard-000.jsonl.gz", "shard-001.jsonl.gz"], linter)
    diagnostics.map(json.dumps).to_textfiles("findings/*.jsonl")   # or .compute()

Each input file is one partition, read on the workers.  Corpus rules (a line
recurring across articles) run in two passes: every partition's counts are
computed and merged on the client, then the merged counts go to the second
pass with the graph, so the findings are the same as a single-process run's.
"""
from __future__ import annotations

import collections
import functools
import os
import pickle
from typing import Any, Iterable, Mapping, Sequence

import dask.bag as db

from .api import Linter
from .config import Config
from .fixes import FixMode
from .runner import Result
from .sources import Article, Input, ReadOptions, read_file


def lint_jsonl(paths: Sequence[str], linter: Linter | None = None) -> db.Bag:
    """A bag of diagnostics (plain dicts) for JSON Lines files, plain or
    gzipped, one partition per file."""
    linter = linter or Linter()
    # Workers may run elsewhere in the file system: they open the absolute
    # path and report the path as given.
    located = [(os.path.abspath(path), path) for path in paths]
    return lint_articles(read_articles(located, linter.config), linter)


def lint_bag(records: db.Bag, linter: Linter | None = None, source: str = "bag") -> db.Bag:
    """A bag of diagnostics for a bag of corpus records (dicts with the
    configured text and id fields).  A record without an id is reported as
    ``SOURCE#P-N`` (partition and place in it)."""
    import dask

    linter = linter or Linter()
    parts = records.to_delayed()
    articles = db.from_delayed(
        [dask.delayed(_records_partition)(part, linter.config, source, index) for index, part in enumerate(parts)]
    )
    return lint_articles(articles, linter)


def lint_articles(articles: db.Bag, linter: Linter) -> db.Bag:
    """Both passes over a bag of articles; a bag of diagnostic dicts."""
    return lint_results(articles, linter).map(_diagnostics_of).flatten()


def lint_results(articles: db.Bag, linter: Linter, fix: FixMode | None = None) -> db.Bag:
    """Both passes over a bag of articles (or input errors); a bag with one
    :class:`~newslint.runner.Result` per article, clean articles included,
    which is what a per-article summary needs.  Its diagnostics are
    :class:`~newslint.diagnostic.Diagnostic` objects, the line's text
    included, exactly as a single process makes them.  With ``fix`` each
    article is fixed on the workers (``Result.fixed``), as ``--fix`` does."""
    corpus = None
    if _linter(linter.config).checker.corpus_rules:
        partials = articles.map_partitions(_collect_partition, linter.config).compute()
        corpus = _linter(linter.config).merge(partials)
    return articles.map_partitions(_check_partition, linter.config, corpus, fix)


def read_articles(paths: Sequence[tuple[str, str]], config: Config, files_per_partition: int = 256) -> db.Bag:
    """A bag of the articles in files, read on the workers, from ``(path to
    open, path to report)`` pairs: each corpus file a partition of its own,
    plain files in groups."""
    groups = partition_groups(paths, files_per_partition)
    bag = db.from_sequence(groups, npartitions=max(1, len(groups)))
    return bag.map_partitions(_read_articles, config)


def partition_groups(paths: Sequence[tuple[str, str]], files_per_partition: int = 256) -> list[list[tuple[str, str]]]:
    """The files of each partition of :func:`read_articles`, in order."""
    from .sources import is_corpus

    groups = [[pair] for pair in paths if is_corpus(pair[0])]
    plain = [pair for pair in paths if not is_corpus(pair[0])]
    groups += [plain[start : start + files_per_partition] for start in range(0, len(plain), files_per_partition)]
    return groups


def summary(diagnostics: Iterable[Mapping[str, Any]], articles: int) -> dict[str, Any]:
    """What a run found: articles checked, findings per family, articles with findings."""
    per_family: collections.Counter = collections.Counter()
    with_findings = set()
    for diagnostic in diagnostics:
        per_family[diagnostic["code"].rstrip("0123456789")] += 1
        with_findings.add(diagnostic["path"])
    return {
        "articles": articles,
        "findings": sum(per_family.values()),
        "findings_per_family": dict(sorted(per_family.items())),
        "articles_with_findings": len(with_findings),
    }


#: Seconds to wait for a scheduler to answer (``--dask-scheduler``).
CONNECT_TIMEOUT = 10


def connect(scheduler: str | None = None, workers: int | None = None, timeout: float | None = None):
    """A distributed client: to ``scheduler`` when given, else to a new local
    cluster of ``workers`` processes on loopback.  A scheduler that does not
    answer within ``timeout`` seconds (default :data:`CONNECT_TIMEOUT`) raises
    ``TimeoutError``, whatever it does meanwhile."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        return _within(timeout or CONNECT_TIMEOUT, lambda: Client(scheduler, timeout=timeout or CONNECT_TIMEOUT))
    cluster = LocalCluster(
        n_workers=workers or 2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        # A failure reaches the user as newslint's one-line error, not as the
        # cluster's log lines.
        silence_logs=logging.CRITICAL,
    )
    return Client(cluster)


def _within(seconds: float, call):
    """``call()``'s value, or ``TimeoutError`` after ``seconds``: the client's
    own timeout does not cover a scheduler that accepts the connection and
    then never speaks."""
    import threading

    outcome: dict[str, Any] = {}

    def attempt() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:  # handed to the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=attempt, name="newslint-dask-connect", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise TimeoutError(f"no answer within {seconds:g} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


# -- what runs on the workers -------------------------------------------------


@functools.lru_cache(maxsize=4)
def _linter_for(config_bytes: bytes) -> Linter:
    return Linter(pickle.loads(config_bytes))


def _linter(config: Config) -> Linter:
    """One Linter (plugins loaded once) per worker process and configuration."""
    return _linter_for(pickle.dumps(config))


def _diagnostics_of(result: Result) -> list[dict]:
    return [diagnostic.as_dict() for diagnostic in result.diagnostics]


def _read_articles(groups: Iterable[list[tuple[str, str]]], config: Config) -> list[Input]:
    options = ReadOptions.from_config(config)
    return [item for group in groups for path, display in group for item in read_file(path, options, display)]


def _records_partition(records: Iterable[Mapping[str, Any]], config: Config, source: str, partition: int) -> list[Input]:
    linter = _linter(config)
    articles = []
    for number, record in enumerate(records, start=1):
        item = linter.article(record, number, source)
        if isinstance(item, Article) and item.path == f"{source}#{number}":
            item = item._replace(path=f"{source}#{partition}-{number}")
        articles.append(item)
    return articles


def _collect_partition(articles: Iterable[Input], config: Config) -> list[dict[str, Any] | None]:
    return [_linter(config).collect(list(articles))]


def _check_partition(
    articles: Iterable[Input], config: Config, corpus: Mapping[str, Any] | None, fix: FixMode | None = None
) -> list[Result]:
    linter = _linter(config)
    return [linter.result(article, corpus, fix) for article in articles]
