"""A rule that kills the worker process checking it, to prove a dead worker
ends the run with an error rather than a hang.  It never kills the main
process: in one process it only reports."""
from __future__ import annotations

import multiprocessing
import os
import signal

from newslint import Finding, Rule, hookimpl

TRIGGER = "KILL-THIS-WORKER"


def _in_worker() -> bool:
    if multiprocessing.parent_process() is not None:
        return True  # a -j worker
    try:
        from distributed import get_worker

        get_worker()
        return True  # a Dask worker
    except (ImportError, ValueError):
        return False


class KillsItsWorker(Rule):
    code = "ZZ666"
    name = "kills-its-worker"
    summary = "Kills the worker process checking an article that holds the trigger word."
    why = "Workers die: the OOM killer, kill -9."
    example = f"{TRIGGER}\n"
    use_instead = "calm\n"

    def check_document(self, document, options):
        if TRIGGER in document.text:
            if _in_worker():
                os.kill(os.getpid(), signal.SIGKILL)
            yield Finding(0, len(TRIGGER), "would have killed a worker")


@hookimpl
def newslint_rules():
    return [KillsItsWorker]
