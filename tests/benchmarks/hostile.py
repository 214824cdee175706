"""The worst inputs of issue 17, each run in its own process with a time and
memory limit: how long it takes, the peak memory, the report's size and the
exit code.

    python tests/benchmarks/hostile.py [--newslint PATH] [--timeout S] [--max-memory MB] [--scale F] [--only NAME]

``--newslint`` picks the install to measure (default: this checkout's
.venv/bin/newslint), so the same script measures main and a branch.  Peak
memory is the child's maximum resident set (``os.wait4``).  The report is
counted as it streams, never stored, so a run that writes gigabytes costs
no disk.  A case that passes the time limit is killed and shown as TIMEOUT;
one that passes the memory limit (an address-space cap, so the machine is
not put at risk) fails, shown by its exit code.  ``--scale`` shrinks the
inputs (0.25: a quarter of each size) on a slow machine.  All input is
generated here; nothing is read from the shared corpus.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, NamedTuple

REPO = Path(__file__).resolve().parents[2]
CHUNK = 1 << 16

# Nine levels of mappings of nine aliases: 9**9 (387 million) leaves from
# about 700 bytes, for whoever walks through the aliases.
ALIAS_BOMB = "a: &a {k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x, k9: x}\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} {{{', '.join(f'k{j}: *{chr(97 + i)}' for j in range(1, 10))}}}\n" for i in range(8)
)


class Case(NamedTuple):
    name: str
    what: str
    build: Callable[[Path, float], list[str]]  # writes the input, returns the arguments


def _write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(text, bytes) else path.write_text)(text)


def fifo(directory: Path, scale: float) -> list[str]:
    _write(directory / "articles" / "good.txt", "It was was late.\n")
    os.mkfifo(directory / "articles" / "pipe.txt")
    return ["--isolated", "articles"]


def dev_zero(directory: Path, scale: float) -> list[str]:
    _write(directory / "articles" / "good.txt", "It was was late.\n")
    os.symlink("/dev/zero", directory / "articles" / "zero.txt")
    return ["--isolated", "articles"]


def letters(directory: Path, scale: float) -> list[str]:
    _write(directory / "a.txt", "Title\n" + "a" * 16_001 + "\n")
    return ["--isolated", "--select", "TX102", "a.txt"]


def quotes(directory: Path, scale: float) -> list[str]:
    _write(directory / "a.txt", "Title\n" + "“ " * int(20_000 * scale) + "\n")
    return ["--isolated", "--select", "QM101", "a.txt"]


def _lines(count: int) -> str:
    words = "minister council river budget harbour station winter market school garden".split()
    return "".join(
        f"{words[i % 10].title()} {words[(i * 3) % 10]} and {words[(i * 7) % 10]} number {i} today.\n" for i in range(count)
    )


def _teasers(count: int) -> str:
    """Teaser-shaped lines (short, unpunctuated, alone between blank lines)
    with long unpunctuated lines between them, and the only prose at the
    end: each candidate looks through every line above it for prose."""
    blocks = []
    for i in range(count // 4):
        blocks.append(f"Orchard lantern velvet {i}")
        blocks.append(f"the council and the harbour board met again on the matter of the winter budget item {i}")
    blocks.append("The council met on Tuesday to discuss the harbour budget for the winter.")
    return "\n\n".join(blocks) + "\n"


def _menus_and_prose(count: int) -> str:
    """A body of prose made of common words only, then lines of rarer words
    outside it: each of them compares its words with the whole body's."""
    body = ["It was the one that they said would be here for all of us to see. " for _ in range(count // 2)]
    after = [f"Orchard lantern velvet meadow copper {i}" for i in range(count - count // 2)]
    return "\n".join(body + after) + "\n"


def oc102(directory: Path, scale: float) -> list[str]:
    _write(directory / "a.txt", _teasers(int(20_000 * scale)))
    return ["--isolated", "--select", "OC102", "a.txt"]


def ui109(directory: Path, scale: float) -> list[str]:
    _write(directory / "a.txt", _menus_and_prose(int(20_000 * scale)))
    return ["--isolated", "--select", "UI109", "a.txt"]


def share(directory: Path, scale: float) -> list[str]:
    _write(directory / "a.txt", "Share this article\n" * int(16_000 * scale))
    return ["--isolated", "--select", "UI106", "a.txt"]


def yaml_bomb(directory: Path, scale: float) -> list[str]:
    _write(directory / "newslint.yaml", ALIAS_BOMB)
    _write(directory / "a.txt", "It was was late.\n")
    return ["a.txt"]


def big_record(directory: Path, scale: float) -> list[str]:
    size = int(10_000_000 * scale)
    line = "The council met on Tuesday to discuss the harbour budget again.\n"
    text = line * (size // len(line))
    _write(directory / "c.jsonl", json.dumps({"id": "big", "text": text}) + "\n")
    return ["--isolated", "c.jsonl"]


CASES = [
    Case("fifo", "a FIFO named pipe.txt in the checked directory", fifo),
    Case("dev-zero", "articles/zero.txt -> /dev/zero", dev_zero),
    Case("tx102-letters", "TX102: 16,001 letters with no space", letters),
    Case("qm101-quotes", "QM101: 20,000 “ on one line", quotes),
    Case("oc102-lines", "OC102: 20,000 lines, paragraphs and teaser-shaped lines", oc102),
    Case("ui109-lines", "UI109: 20,000 lines, menu items and prose in turn", ui109),
    Case("ui106-share", "UI106: 'Share this article' x 16,000", share),
    Case("yaml-bomb", "a 700-byte YAML alias bomb in ./newslint.yaml", yaml_bomb),
    Case("big-record", "one 10 MB JSON Lines record", big_record),
]


class Outcome(NamedTuple):
    code: str
    seconds: float
    peak_mb: float
    report_bytes: int
    last_error: str


def run(newslint: str, args: list[str], cwd: Path, timeout: float, max_memory_mb: int) -> Outcome:
    def limit() -> None:
        cap = max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)

    started = time.perf_counter()
    process = subprocess.Popen(
        [newslint, "-q", *args], cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=limit,
    )
    counted = {"out": 0}
    errors: list[bytes] = []

    def count() -> None:
        while chunk := process.stdout.read(CHUNK):
            counted["out"] += len(chunk)

    def keep_errors() -> None:
        while chunk := process.stderr.read(CHUNK):
            errors.append(chunk)
            del errors[:-4]

    readers = [threading.Thread(target=count), threading.Thread(target=keep_errors)]
    for reader in readers:
        reader.start()
    timer = threading.Timer(timeout, process.kill)
    timer.start()
    _, status, usage = os.wait4(process.pid, 0)
    timer.cancel()
    seconds = time.perf_counter() - started
    for reader in readers:
        reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode == -signal.SIGKILL and seconds >= timeout:
        code = "TIMEOUT"
    elif process.returncode < 0:
        code = f"signal {-process.returncode}"
    else:
        code = str(process.returncode)
    tail = b"".join(errors).decode("utf-8", "replace").strip().splitlines()
    return Outcome(code, seconds, usage.ru_maxrss / 1024, counted["out"], tail[-1][:90] if tail else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newslint", default=str(REPO / ".venv" / "bin" / "newslint"))
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--max-memory", type=int, default=3000, help="address-space cap per run, in MB")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", action="append", help="run only this case (repeatable)")
    options = parser.parse_args()
    print(f"newslint: {options.newslint}  timeout {options.timeout:.0f} s  memory cap {options.max_memory} MB  "
          f"scale {options.scale}")
    print(f"{'case':<14} {'exit':>7} {'seconds':>8} {'peak MB':>8} {'report bytes':>13}  last line of stderr")
    for case in CASES:
        if options.only and case.name not in options.only:
            continue
        with tempfile.TemporaryDirectory() as directory:
            args = case.build(Path(directory), options.scale)
            outcome = run(options.newslint, args, Path(directory), options.timeout, options.max_memory)
        print(
            f"{case.name:<14} {outcome.code:>7} {outcome.seconds:>8.2f} {outcome.peak_mb:>8.0f} "
            f"{outcome.report_bytes:>13,}  {outcome.last_error}",
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
