"""The engine: the one place the two passes over a corpus are written.

Every entry point (the command line, :class:`~newslint.api.Linter` and
:mod:`newslint.dask`) checks articles through the functions here:

1. ``collect``: each corpus rule's partial counts over some articles;
2. ``merge``: partials of articles, batches or partitions together;
3. ``check``: one article (or input problem) against the merged counts, as a
   :class:`Result`.

``run`` drives them over files in one process or several; articles are
checked in batches and results come back in input order whatever the number
of processes, so output is the same for ``-j 1`` and ``-j 8``.  When a corpus
rule is selected the inputs are read twice, the counting pass always in the
main process.  A worker process that dies (the
OOM killer, ``kill -9``) ends the run with :class:`WorkerDied` naming the
article it was checking, never a hang.
"""
from __future__ import annotations

import collections
import gc
import itertools
import os
import shutil
import signal
import tempfile
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple

from .checker import Checker
from .config import Config
from .diagnostic import Diagnostic
from .fixes import Fixed, FixMode, fix_article, writable
from .plugins import load_registry
from .sources import Article, Input, InputError

# A batch is what one worker checks at a time.  Small batches keep the
# workers evenly loaded to the end of a run (the last batch is the only time a
# worker waits for another), which is what lets -j 2 approach twice -j 1 on a
# single JSON Lines file; pickling a batch costs far less than checking it
# (a batch of 20,000 characters takes the default rules about half a second,
# its round trip through the pool about a millisecond).
BATCH_ARTICLES = 64
BATCH_CHARS = 20_000
#: Batches handed to the pool ahead of the one being read, per process:
#: results are taken in input order, so while one worker is on a long batch
#: the others need batches queued behind it to stay busy.
BATCHES_AHEAD = 4


class Result(NamedTuple):
    """What checking one article (or meeting one input problem) gave."""

    #: How the article is reported: the file, or ``FILE#ID`` for a record.
    path: str
    #: The file it came from.
    file: str
    #: For a corpus record: its line in the file.
    record_line: int | None
    diagnostics: list[Diagnostic]
    #: Where it sits in its file (record line, or the problem's line), so a
    #: partitioned run can put results back in input order.
    place: int = 0
    #: Findings past ``max-findings-per-article``, counted and not kept.
    dropped: int = 0
    #: When the run fixes: the article's text before and after, and the
    #: fixes applied (``diagnostics`` are then those of the fixed text).
    fixed: "Fixed | None" = None


class RunFailed(Exception):
    """The run could not finish (a worker died, a scheduler failed); the
    message is one line, and the command line exits 2."""


class WorkerDied(RunFailed):
    pass


# -- the two passes -----------------------------------------------------------


def collect(checker: Checker, items: Iterable[Input]) -> dict[str, Any] | None:
    """Pass one over some articles: the corpus rules' merged partial counts
    (None when no corpus rule is selected)."""
    if not checker.corpus_rules:
        return None
    return checker.merge(checker.collect(item) for item in items if isinstance(item, Article))


def merge(checker: Checker, partials: Iterable[Mapping[str, Any] | None]) -> dict[str, Any] | None:
    """Partials of batches or partitions together."""
    if not checker.corpus_rules:
        return None
    return checker.merge(partial for partial in partials if partial is not None)


def check(checker: Checker, item: Input, corpus: Mapping[str, Any] | None = None, fix: FixMode | None = None) -> Result:
    """Pass two: one article's result, given the merged counts; with ``fix``,
    the result of the article fixed to a fixed point (see :mod:`.fixes`)."""
    if isinstance(item, InputError):
        return Result(item.path, item.file or item.path, None, checker.problem(item), item.line)
    if fix is not None:
        result, fixed = fix_article(checker, item, corpus, fix, writable(item, checker.config))
        return result._replace(fixed=fixed)
    diagnostics, dropped = checker.limited(checker.check(item, corpus))
    return Result(item.path, item.file, item.record_line, diagnostics, item.record_line or 0, dropped)


def check_all(
    checker: Checker, items: Iterable[Input], corpus: Mapping[str, Any] | None = None, fix: FixMode | None = None
) -> list[Result]:
    return [check(checker, item, corpus, fix) for item in items]


def lint(checker: Checker, items: Iterable[Input], fix: FixMode | None = None) -> Iterator[Result]:
    """Both passes over articles held in memory."""
    items = list(items)
    corpus = collect(checker, items)
    for item in items:
        yield check(checker, item, corpus, fix)


def run(
    read: Callable[[], Iterator[Input]], config: Config, checker: Checker, jobs: int = 1, fix: FixMode | None = None
) -> Iterator[Result]:
    """Both passes over everything ``read()`` yields; ``read`` is called once
    more for the second pass when corpus rules are selected.  With ``fix``,
    each article is fixed (see :func:`check`)."""
    corpus = None
    if checker.corpus_rules:
        # The first pass, in this process whatever ``jobs``: a corpus rule
        # counts (UI108 on 1 MB of news: 0.06 s of CPU, against 9 s to check
        # it), and a pool of its own cost more than the counting: two more
        # forks of the warmed parent and every article sent once more.
        corpus = merge(checker, (collect(checker, batch) for batch in _batches(read())))
    if jobs > 1:
        _warm_up(checker, read)
        for results in _in_workers(_check_batch, _batches(read()), config, corpus, jobs, checker, fix):
            yield from results
        return
    for batch in _batches(read()):
        yield from check_all(checker, batch, corpus, fix)


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


# -- worker processes ---------------------------------------------------------


def _warm_up(checker: Checker, read: Callable[[], Iterator[Input]]) -> None:
    """Before forking workers, check the first article once in this process
    (the result is dropped) and load the word tables it opened as dicts.

    Rules load what they need on first use (compiled patterns, OC's table,
    the word lists, which load as dicts after many lookups).  Workers forked
    from a cold parent each paid all of it; forked from a warm one they
    inherit it.  With the spawn start method workers build their own
    checker, so this is skipped."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return
    items = read()
    try:
        first = next((item for item in items if isinstance(item, Article)), None)
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()  # the reading generator's files are closed now, not at collection
    if first is None:
        return
    check(checker, first)
    from . import words

    words.load_opened_tables()


_WORKER: dict[str, Any] = {}


def _start_worker(
    config: Config, corpus: Mapping[str, Any] | None, status_dir: str, checker: Checker | None = None,
    fix: FixMode | None = None,
) -> None:
    if checker is None:  # a spawned worker: load the plugins again
        checker = Checker(config, load_registry(config.disable_plugins, config.plugins).rules)
    _WORKER["checker"] = checker
    _WORKER["corpus"] = corpus
    _WORKER["fix"] = fix
    # What this worker is checking, in a file the parent reads if it dies.
    _WORKER["status"] = os.open(os.path.join(status_dir, str(os.getpid())), os.O_WRONLY | os.O_CREAT, 0o600)


def _now_checking(item: Input) -> None:
    data = item.path.encode("utf-8", "backslashreplace")
    os.ftruncate(_WORKER["status"], 0)
    os.pwrite(_WORKER["status"], data, 0)


def _check_batch(batch: list[Input]) -> list[Result]:
    results = []
    for item in batch:
        _now_checking(item)
        results.append(check(_WORKER["checker"], item, _WORKER["corpus"], _WORKER.get("fix")))
    return results


def _in_workers(
    work: Callable, batches: Iterator[list[Input]], config: Config, corpus, jobs: int,
    checker: Checker | None = None, fix: FixMode | None = None,
) -> Iterator:
    """``work`` over the batches in ``jobs`` processes, results in input
    order; a few batches ahead, so memory stays bounded.  A forked worker
    uses the parent's checker as it stands (plugins loaded, options checked:
    nothing to pickle, nothing done twice); a spawned one builds its own."""
    # Imported here: a one-process run (a pre-commit hook's one article)
    # need not pay for the process machinery at start-up.
    import concurrent.futures
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods
    context = multiprocessing.get_context("fork" if fork else "spawn")
    status_dir = tempfile.mkdtemp(prefix="newslint-workers-")
    pool = concurrent.futures.ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker,
        initargs=(config, corpus, status_dir, checker if fork else None, fix),
    )
    processes: dict[int, Any] = {}
    if fork:
        # What the parent holds (rules, patterns, word tables) is left out of
        # the workers' garbage collections: a collection would walk it and,
        # touching every object, copy the shared pages into each worker.
        gc.freeze()
    try:
        pending: collections.deque = collections.deque(
            pool.submit(work, batch) for batch in itertools.islice(batches, jobs * BATCHES_AHEAD)
        )
        while pending:
            processes.update(getattr(pool, "_processes", None) or {})
            try:
                done = pending.popleft().result()
            except BrokenProcessPool:
                raise WorkerDied(_death_notice(processes, status_dir)) from None
            for batch in itertools.islice(batches, 1):
                pending.append(pool.submit(work, batch))
            yield done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(status_dir, ignore_errors=True)
        if fork:
            gc.unfreeze()


def _death_notice(processes: Mapping[int, Any], status_dir: str) -> str:
    """Which worker died, how, and on which article."""
    for process in processes.values():
        process.join(timeout=1)
    # The pool terminates the other workers once one dies: the dead one is
    # the one that did not end by the pool's SIGTERM.
    dead = [p for p in processes.values() if p.exitcode is not None and p.exitcode != -signal.SIGTERM]
    how = "died"
    checking = ""
    if dead:
        process = dead[0]
        if process.exitcode < 0:
            name = signal.Signals(-process.exitcode).name
            how = f"was killed by {name}" + (" (out of memory?)" if name == "SIGKILL" else "")
        else:
            how = f"exited with status {process.exitcode}"
        try:
            with open(os.path.join(status_dir, str(process.pid)), encoding="utf-8", errors="replace") as handle:
                checking = handle.read()
        except OSError:
            checking = ""
    where = f" while checking {_one_line(checking)}" if checking else ""
    return f"a worker process {how}{where}; the report is incomplete"


def _one_line(text: str) -> str:
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")
