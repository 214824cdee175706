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
rule is selected the inputs are read twice; with several processes both
passes run in the workers, the counts merged in the main process in input
order.  ``-j N`` is N processes in all: this one and N - 1 workers, this
one taking batches too whenever the next result it needs is not ready (it
would only wait).  A worker process that dies (the
OOM killer, ``kill -9``) ends the run with :class:`WorkerDied` naming the
article it was checking, never a hang.
"""
from __future__ import annotations

import collections
import gc
import itertools
import os
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
#: The checking pass's last stretch, this many batches' worth of characters,
#: is cut into batches a TAIL_DIVISOR-th the size: at the end of a run one
#: process finishes while the others still hold a batch each (one running,
#: and with a pool of one worker one more already queued to it, which the
#: main process cannot take back), and smaller last batches end closer
#: together.  Only where the counting pass has told the total (a corpus rule
#: is selected), and cut the same with any -j, so that a run that fails
#: in the stretch reports as much with -j 2 as with -j 1.
TAIL_BATCHES = 4
TAIL_DIVISOR = 4
#: Batches handed to the pool ahead of the one being read, per process:
#: results are taken in input order, so while one worker is on a long batch
#: the others need batches queued behind it to stay busy.
BATCHES_AHEAD = 4
#: While the main process takes batches itself, the results it holds for
#: their turn (its own, ahead of a worker's slow one) are at most this many
#: windows of batches handed out.
MAX_HELD_WINDOWS = 4
#: The same for the counting pass, handed to the counting workers before this
#: process warms up: counting a batch costs about a twentieth of checking it,
#: and the workers should not run out while the warm-up (about 0.4 s) lasts.
COUNTING_BATCHES_AHEAD = 32
#: Processes per CPU ``-j`` may start.  Past the CPUs more processes only
#: take turns on them, each with its own start-up and its own copy of what it
#: writes to; a pool forks all its processes at once, so ``-j 10000`` would
#: fork ten thousand before checking anything.
JOBS_PER_CPU = 2
#: How long the death notice waits for each worker's exit code once the pool
#: has shut down (they are reaped by then; this only bounds a stuck one).
DEATH_NOTICE_JOIN_SECONDS = 1


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
    #: The numbers of the ``accept`` entries that accepted a finding of the
    #: article (the run reports the entries that accepted none).
    accepted: frozenset = frozenset()


class RunFailed(Exception):
    """The run could not finish (a worker died, a scheduler failed); the
    message is one line, and the command line exits 2."""


class WorkerDied(RunFailed):
    pass


# -- the two passes -----------------------------------------------------------


def collect(checker: Checker, items: Iterable[Input], keep: bool = False) -> dict[str, Any] | None:
    """Pass one over some articles: the corpus rules' merged partial counts
    (None when no corpus rule is selected).  With ``keep``, the caller
    checks the same articles next in this process, and their documents are
    kept for it (see :meth:`Checker.collect`)."""
    if not checker.corpus_rules:
        return None
    return checker.merge(checker.collect(item, keep) for item in items if isinstance(item, Article))


def merge(checker: Checker, partials: Iterable[Mapping[str, Any] | None]) -> dict[str, Any] | None:
    """Partials of batches or partitions together."""
    if not checker.corpus_rules:
        return None
    return checker.merge(partial for partial in partials if partial is not None)


def check(checker: Checker, item: Input, corpus: Mapping[str, Any] | None = None, fix: FixMode | None = None) -> Result:
    """Pass two: one article's result, given the merged counts; with ``fix``,
    the result of the article fixed to a fixed point (see :mod:`.fixes`)."""
    if isinstance(item, InputError):
        # A record's problem sits at the record's line (its reported line is
        # the article's, 1, when the record is named by its id).
        place = item.record_line or item.line
        return Result(item.path, item.file or item.path, item.record_line, checker.problem(item, item.record_line), place)
    if fix is not None:
        result, fixed = fix_article(checker, item, corpus, fix, writable(item, checker.config))
        return result._replace(fixed=fixed, accepted=checker.accepted.take_used())
    diagnostics, dropped = checker.limited(checker.check(item, corpus))
    accepted = checker.accepted.take_used()
    return Result(item.path, item.file, item.record_line, diagnostics, item.record_line or 0, dropped, accepted=accepted)


def check_all(
    checker: Checker, items: Iterable[Input], corpus: Mapping[str, Any] | None = None, fix: FixMode | None = None
) -> list[Result]:
    return [check(checker, item, corpus, fix) for item in items]


def lint(checker: Checker, items: Iterable[Input], fix: FixMode | None = None) -> Iterator[Result]:
    """Both passes over articles held in memory."""
    items = list(items)
    checker.forget_kept_documents()
    try:
        corpus = collect(checker, items, keep=True)
        for item in items:
            yield check(checker, item, corpus, fix)
    finally:
        checker.forget_kept_documents()


def run(
    read: Callable[[], Iterator[Input]], config: Config, checker: Checker, jobs: int = 1, fix: FixMode | None = None
) -> Iterator[Result]:
    """Both passes over everything ``read()`` yields; ``read`` is called once
    more for the second pass when corpus rules are selected.  With ``fix``,
    each article is fixed (see :func:`check`)."""
    if jobs > 1:
        jobs = min(bounded_jobs(jobs), _batch_count(read, jobs))
    if jobs > 1:
        yield from _run_in_workers(read, config, checker, jobs, fix)
        return
    corpus = None
    total = _Total()
    checker.forget_kept_documents()
    try:
        if checker.corpus_rules:
            corpus = merge(checker, (collect(checker, batch, keep=True) for batch in _batches(read(), total=total)))
        for batch in _batches(read(), tail_from=total.tail_from()):
            yield from check_all(checker, batch, corpus, fix)
    finally:
        checker.forget_kept_documents()


def bounded_jobs(jobs: int, cpus: int | None = None) -> int:
    """``jobs``, or at most ``JOBS_PER_CPU`` processes per CPU, with a
    warning when it is cut (the output is the same with any number)."""
    cpus = cpus or os.cpu_count() or 1
    bound = cpus * JOBS_PER_CPU
    if jobs <= bound:
        return jobs
    import warnings

    from .diagnostic import NewslintWarning

    warnings.warn(
        f"-j {jobs:,} is more than {JOBS_PER_CPU} processes per CPU ({plural_cpus(cpus)}); running {bound}",
        NewslintWarning,
        stacklevel=2,
    )
    return bound


def plural_cpus(cpus: int) -> str:
    return "1 CPU" if cpus == 1 else f"{cpus:,} CPUs"


def _batch_count(read: Callable[[], Iterator[Input]], most: int) -> int:
    """How many batches the input makes, counted up to ``most``: a process
    with no batch to check would only be started and stopped (five articles
    make one batch, and need no pool at all)."""
    items = read()
    try:
        return sum(1 for _batch in itertools.islice(_batches(items), most))
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()  # the reading generator's files are closed now


def _run_in_workers(
    read: Callable[[], Iterator[Input]], config: Config, checker: Checker, jobs: int, fix: FixMode | None
) -> Iterator[Result]:
    """Both passes in ``jobs`` processes: this one and ``jobs - 1`` workers.

    The counting pass runs in workers too, each batch's partial counts
    merged here in input order (as one process merges them, so the counts
    are the same), and the merged counts reach every checking worker in a
    file it reads once.  Where processes fork, the counting workers are
    forked before this process warms up (see :func:`_warm_up`) and count
    while it does: on 1 MB of news the counting (UI108) is about 0.4 s of
    CPU and the warm-up about as much, both of which this process spent
    alone while the workers waited.  The checking workers are forked after
    the warm-up, so they share what it loaded.

    In both passes this process takes batches too, from the back of those
    handed out (see :meth:`_Workers.in_order`), where it used to wait: a
    worker fewer to fork and warm (a checking worker's first batch costs
    about two thirds more than its later ones, per character: copy-on-write
    faults and what the warm-up did not meet; parallel_cpu.py), and no
    pickling of its batches' results.  The
    batches it counts keep their documents for the checking pass (as one
    process keeps them), which the checking workers, forked after the
    counting, inherit: an article this process counted is not split and
    shaped again by whichever process checks it."""
    import multiprocessing

    helpers = jobs - 1
    corpus = None
    counted = False
    total = _Total()

    def count_here(batch: list[Input]) -> dict[str, Any] | None:
        # This process counts a batch keeping its documents for the checking pass.
        return collect(checker, batch, keep=True)

    checker.forget_kept_documents()
    try:
        if checker.corpus_rules and "fork" in multiprocessing.get_all_start_methods():
            with _Workers(config, helpers, checker, fix) as counters:
                partials = counters.in_order(
                    _collect_batch, _batches(read(), total=total), ahead=COUNTING_BATCHES_AHEAD, here=count_here
                )
                _warm_up(checker, read)
                corpus, counted = merge(checker, partials), True
        else:
            _warm_up(checker, read)
        with _Workers(config, helpers, checker, fix) as workers:
            corpus_file = None
            if checker.corpus_rules:
                if not counted:
                    partials = workers.in_order(_collect_batch, _batches(read(), total=total), here=count_here)
                    corpus = merge(checker, partials)
                corpus_file = workers.share(corpus)
            here = lambda batch: check_all(checker, batch, corpus, fix)  # noqa: E731
            batches = _batches(read(), tail_from=total.tail_from())
            for results in workers.in_order(_check_batch, batches, corpus_file, here=here):
                yield from results
    finally:
        checker.forget_kept_documents()


class _Total:
    """The characters of article text a counting pass read, once it has
    read them all (None before)."""

    def __init__(self) -> None:
        self.chars: int | None = None

    def tail_from(self) -> int | None:
        """Where the checking pass's last stretch starts (see TAIL_BATCHES)."""
        return None if self.chars is None else self.chars - TAIL_BATCHES * BATCH_CHARS


def _batches(items: Iterable[Input], total: _Total | None = None, tail_from: int | None = None) -> Iterator[list[Input]]:
    """The items in batches of BATCH_ARTICLES articles or BATCH_CHARS
    characters; past ``tail_from`` characters, batches TAIL_DIVISOR times
    smaller.  With ``total``, the characters read are put there at the end."""
    articles, chars = BATCH_ARTICLES, BATCH_CHARS
    batch: list[Input] = []
    size = 0
    read = 0
    for item in items:
        batch.append(item)
        length = len(item.text) if isinstance(item, Article) else 0
        size += length
        read += length
        if tail_from is not None and read > tail_from:
            articles, chars = max(1, BATCH_ARTICLES // TAIL_DIVISOR), BATCH_CHARS // TAIL_DIVISOR
        if len(batch) >= articles or size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
    if total is not None:
        total.chars = read


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
    config: Config, status_dir: str, checker: Checker | None = None, fix: FixMode | None = None,
) -> None:
    if checker is None:  # a spawned worker: load the plugins again
        checker = Checker(config, load_registry(config.disable_plugins, config.plugins).rules)
    _WORKER["checker"] = checker
    _WORKER["corpus"] = None
    _WORKER["corpus_file"] = None
    _WORKER["fix"] = fix
    # What this worker is checking, in a file the parent reads if it dies.
    _WORKER["status"] = os.open(os.path.join(status_dir, str(os.getpid())), os.O_WRONLY | os.O_CREAT, 0o600)


def _now_checking(item: Input) -> None:
    data = item.path.encode("utf-8", "backslashreplace")
    os.ftruncate(_WORKER["status"], 0)
    os.pwrite(_WORKER["status"], data, 0)


def _collect_batch(batch: list[Input]) -> dict[str, Any] | None:
    """The counting pass over one batch, in a worker: its merged partials."""
    checker = _WORKER["checker"]
    partials = []
    for item in batch:
        if isinstance(item, Article):
            _now_checking(item)
            partials.append(checker.collect(item))
    return checker.merge(partials)


def _check_batch(batch: list[Input], corpus_file: str | None = None) -> list[Result]:
    if corpus_file != _WORKER["corpus_file"]:
        import pickle

        with open(corpus_file, "rb") as handle:
            _WORKER["corpus"] = pickle.load(handle)
        _WORKER["corpus_file"] = corpus_file
    results = []
    for item in batch:
        _now_checking(item)
        results.append(check(_WORKER["checker"], item, _WORKER["corpus"], _WORKER.get("fix")))
    return results


class _Workers:
    """A pool of ``jobs`` processes for both passes.  A forked worker uses
    the parent's checker as it stands (plugins loaded, options checked,
    tables warmed: nothing to pickle, nothing done twice); a spawned one
    builds its own."""

    def __init__(self, config: Config, jobs: int, checker: Checker, fix: FixMode | None):
        # Imported here: a one-process run (a pre-commit hook's one article)
        # need not pay for the process machinery at start-up.
        import concurrent.futures
        import multiprocessing
        import tempfile

        self.fork = "fork" in multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if self.fork else "spawn")
        self.jobs = jobs
        self.status_dir = tempfile.mkdtemp(prefix="newslint-workers-")
        self.pool = concurrent.futures.ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_start_worker,
            initargs=(config, self.status_dir, checker if self.fork else None, fix),
        )
        self.processes: dict[int, Any] = {}

    def __enter__(self) -> "_Workers":
        if self.fork:
            # What the parent holds (rules, patterns, word tables) is left out of
            # the workers' garbage collections: a collection would walk it and,
            # touching every object, copy the shared pages into each worker.
            gc.freeze()
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            self.pool.shutdown(wait=True, cancel_futures=True)
        finally:
            import shutil

            shutil.rmtree(self.status_dir, ignore_errors=True)
            if self.fork:
                gc.unfreeze()

    def in_order(
        self, work: Callable, batches: Iterator[list[Input]], *arguments: Any, ahead: int = BATCHES_AHEAD,
        here: Callable | None = None,
    ) -> Iterator:
        """``work(batch, *arguments)`` over the batches, results in input
        order.  The first ``ahead`` batches per worker are handed to the
        pool now (the workers start on them before the results are asked
        for), then one more for each result taken, so memory stays bounded.

        With ``here`` (the same work done in this process), whenever the
        next result is not ready this process reads one more batch and,
        taking the last batch handed out that no worker has started, does
        it itself instead of waiting: the workers go through the batches
        from the front, this process from the back, and at the end of a run
        it takes what would have left one worker finishing alone.  Its
        result, or the exception it raised, waits its turn, as a worker's
        does."""
        pending: collections.deque = collections.deque(
            (self.pool.submit(work, batch, *arguments), batch)
            for batch in itertools.islice(batches, self.jobs * ahead)
        )
        return self._results(pending, work, batches, arguments, here)

    def _results(
        self, pending: collections.deque, work: Callable, batches: Iterator, arguments: tuple, here: Callable | None
    ) -> Iterator:
        from concurrent.futures.process import BrokenProcessPool

        window = len(pending)
        while pending:
            self.processes.update(getattr(self.pool, "_processes", None) or {})
            if here is not None:
                while not pending[0][0].done():
                    # The next batch is read for this process to take while
                    # the workers keep a window's worth queued (the batches
                    # it did itself are done and do not count): waiting for
                    # a result to make room would leave a worker idle while
                    # this process checks.  The results held stay bounded.
                    if len(pending) < window * MAX_HELD_WINDOWS and sum(not f.done() for f, _ in pending) <= window:
                        for batch in itertools.islice(batches, 1):
                            pending.append((self.pool.submit(work, batch, *arguments), batch))
                    if not _take_last_waiting(pending, here):
                        break
            try:
                done = pending.popleft()[0].result()
            except BrokenProcessPool:
                # The pool's own thread reaps the dead and the terminated
                # workers; reading exit codes while it does races it (the
                # loser's wait sees no child and the code stays unknown), so
                # let it finish first.
                self.pool.shutdown(wait=True, cancel_futures=True)
                raise WorkerDied(_death_notice(self.processes, self.status_dir)) from None
            for batch in itertools.islice(batches, 1):
                pending.append((self.pool.submit(work, batch, *arguments), batch))
            yield done

    def share(self, value: Any) -> str:
        """A file holding ``value`` pickled, for every worker to read once."""
        import pickle

        path = os.path.join(self.status_dir, "corpus.pickle")
        with open(path, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        return path


def _take_last_waiting(pending: collections.deque, here: Callable) -> bool:
    """Do here the last batch in ``pending`` that no worker has started, its
    future replaced by one holding the result (or the exception); False when
    every batch handed out is started or done.  The pool moves batches to
    its workers in the order they were handed out, so when the last one not
    yet done cannot be cancelled, none before it can."""
    from concurrent.futures import Future

    for position in range(len(pending) - 1, -1, -1):
        future, batch = pending[position]
        if future.done():
            continue  # one this process did, or one a worker finished
        if not future.cancel():
            return False
        mine: Future = Future()
        try:
            mine.set_result(here(batch))
        except Exception as error:  # raised in its turn, as a worker's exception is
            mine.set_exception(error)
        pending[position] = (mine, batch)
        return True
    return False


def _death_notice(processes: Mapping[int, Any], status_dir: str) -> str:
    """Which worker died, how, and on which article."""
    import signal

    for process in processes.values():
        process.join(timeout=DEATH_NOTICE_JOIN_SECONDS)
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
