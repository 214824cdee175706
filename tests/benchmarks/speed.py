"""Speed of the default rules against the practical ceiling, in one run.

    python tests/benchmarks/speed.py [--megabytes 5] [--repeat 3] [--no-families] [--cold-only]

What is measured, alternating (one run of each per round, --repeat rounds,
medians reported), all on the same text:

* the default rules, ``newslint -j 1`` on one JSON Lines file of clean BBC
  articles (../shared/corpus/en_news_clean.jsonl.gz) taken in order until
  --megabytes, with damage injected as the family benchmarks do: in every
  article one quotation/integrity damage (quotes_and_integrity.inject, a kind
  drawn at random), in every third a foreign sentence (mixed_language.inject,
  from non_english_sentences.jsonl.gz) and in every fifth a caption line;
* each family alone (``--select ML``, QM, TX, UI, OC);
* the ceiling, as the issue measured it: one compiled ``regex`` pass over
  every line in this Python process, the lines already in memory (no
  subprocess, no start-up, no reading or JSON decoding), timed in CPU
  seconds.  Two patterns: the signals the rules look for in one alternation
  (doubled word with a back-reference, quotes, mojibake, markup, Hangul,
  CamelCase), the dearer, and one character class (the quotation marks), the
  cheapest pass there is; the "of ceiling" column is against the first;
* proselint over the same text, if it is installed (skipped otherwise);
* one article from a cold start (subprocess wall time, ``newslint FILE``),
  as a pre-commit hook meets it: a new process, with Python's compiled
  bytecode and newslint's word-table cache already on disk (both are written
  by the first run of an installed tool; see :func:`installed_env`), and
  the same article cut to its first lines (fewer sentences than OC101
  judges, so no numpy); ``--cold-only`` times only these two (and the
  baseline's), for many rounds while working on start-up;
* ``-j 2`` against ``-j 1`` within the one large file, and on four shards
  (two of them gzipped);
* with ``--baseline DIR`` (a copy of another version's ``newslint`` package
  folder, put first on PYTHONPATH), that version's default rules and cold
  start too, in the same rounds: before and after under the same load;
  ``--warm`` adds, for both versions, the rules' own time in one warm Python
  process (``Linter().lint_texts`` after a warm-up article, start-up and
  word-list loading left out), per family as well.

Command runs are subprocesses of the installed ``newslint`` (start-up
included; at 5 MB it is a small share), timed both in wall seconds and in the
CPU seconds the subprocess and its workers used (``getrusage``): on a machine
shared with other work the CPU figure is the steadier one, while ``-j 2``
against ``-j 1`` can only be read in wall time.  Read the ratios (to the
ceiling, between runs), not the absolute figures.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

from common import bbc_articles
import mixed_language
import quotes_and_integrity

FAMILIES = ("ML", "QM", "TX", "UI", "OC")
QUOTE_KINDS = [kind for kind in quotes_and_integrity.KINDS if kind != "cp1252"]
CAPTIONS = ("Image caption, Officials at the scene on Tuesday", "Getty Images", "Share this article", "Media caption")
# The ceiling: what one pass of one compiled pattern over every line costs.
CEILING = regex.compile(r"\b(\w+) \1\b|[“”\"«»„]|Ã.|â€|<[a-z/]|\p{Hangul}+|[a-z][A-Z]")
# The cheapest pass: one character class (the quotation marks).
CHARACTER_CLASS = regex.compile(r"[“”\"«»„]")
CEILINGS = {"regex ceiling, signals": CEILING, "regex ceiling, one class": CHARACTER_CLASS}
COLD_LABELS = ("one article, cold start", "short article, cold start")
# The short article: the first article's first lines (headline, caption, first paragraph).
SHORT_LINES = 4


def corpus(megabytes: float, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    foreign = [sentence for sentences in mixed_language.foreign_articles("all").values() for _, sentence in sentences]
    texts, size = [], 0
    for number, (article_id, text) in enumerate(bbc_articles()):
        damaged = quotes_and_integrity.inject(rng.choice(QUOTE_KINDS), text, rng)
        if damaged is not None:
            text = damaged[0]
        if number % 3 == 0:
            sentence = rng.choice(foreign).split("\n")[0]
            text, _ = mixed_language.inject(text, sentence, rng)
        if number % 5 == 0:
            lines = text.split("\n")
            lines.insert(rng.randrange(1, len(lines) + 1), rng.choice(CAPTIONS))
            text = "\n".join(lines)
        texts.append((article_id, text))
        size += len(text.encode("utf-8"))
        if size >= megabytes * 1e6:
            break
    return texts


def write_jsonl(path: Path, texts, compress: bool = False) -> None:
    opener = gzip.open if compress else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for article_id, text in texts:
            handle.write(json.dumps({"id": article_id, "text": text}, ensure_ascii=False) + "\n")


def newslint() -> list[str]:
    found = os.path.join(os.path.dirname(sys.executable), "newslint")
    # --quiet, not -q: click tries every short option as a long one first and
    # builds a "did you mean" list with difflib when that fails (about 3 ms
    # of CPU), which `newslint FILE`, the command a cold start stands for,
    # never pays.
    return [found if os.path.exists(found) else shutil.which("newslint"), "--isolated", "--exit-zero", "--quiet"]


def installed_env(pycache: str, extra: dict | None = None) -> dict:
    """The environment commands are timed in: Python may write and read
    compiled bytecode (kept under ``pycache``, outside the source tree).
    A shell that sets PYTHONDONTWRITEBYTECODE (some sandboxes and CI images
    do) would otherwise make every run compile newslint's modules from
    source, about 0.2 s of a cold start that no installed copy pays."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return {**env, **(extra or {})}


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the process and its workers) of a command."""
    cpu = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    timing = time.perf_counter() - start, children_cpu() - cpu
    # Exit 1 is "found something" for newslint without --exit-zero and for proselint.
    if done.returncode not in (0, 1):
        raise subprocess.CalledProcessError(done.returncode, command)
    return timing


WARM = """
import json, sys, time
from newslint import Linter
texts = [(r["id"], r["text"]) for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
linter = Linter(select=sys.argv[2:]) if sys.argv[2:] else Linter()
list(linter.lint_texts(texts[:20]))
start, cpu = time.perf_counter(), time.process_time()
list(linter.lint_texts(texts))
print(time.perf_counter() - start, time.process_time() - cpu)
"""


def warm(path: Path, select: list[str], env: dict | None) -> tuple[float, float]:
    """Wall and CPU seconds the rules take over the file in a warm process
    (printed by it), with one BLAS thread as the command line sets
    (newslint.cli): the library leaves numpy's threads to its caller, and
    OC's small matrix products on spinning BLAS threads cost several times
    the CPU (OC alone, 1.2 MB: 7.4 s against 1.5 s on this machine)."""
    env = {"OPENBLAS_NUM_THREADS": "1", **(env if env is not None else os.environ)}  # a value of the user's own kept, as there
    done = subprocess.run([sys.executable, "-c", WARM, str(path), *select], capture_output=True, text=True, check=True, env=env)
    wall, cpu = done.stdout.split()[-2:]
    return float(wall), float(cpu)


def lines_of(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [line for record in handle for line in json.loads(record)["text"].split("\n")]


def ceiling(lines: list[str], pattern) -> tuple[float, float]:
    """Wall and CPU seconds of one pass of ``pattern`` over every line."""
    start, cpu = time.perf_counter(), time.process_time()
    hits = 0
    for line in lines:
        for _ in pattern.finditer(line):
            hits += 1
    return time.perf_counter() - start, time.process_time() - cpu


def proselint() -> list[str] | None:
    """proselint's command (its version 0.14+ takes ``check FILE``), or None
    when it is not installed.  It is a benchmark-only tool, not a dependency."""
    found = os.path.join(os.path.dirname(sys.executable), "proselint")
    found = found if os.path.exists(found) else shutil.which("proselint")
    if found is None:
        return None
    helped = subprocess.run([found, "--help"], capture_output=True, text=True)
    if helped.returncode != 0:
        # A proselint that cannot start (0.16 imports re2, which its package
        # does not install) exits 1 with a traceback, which run() would take
        # for "found something" and time as a very fast lint.
        last = (helped.stderr.strip().splitlines() or ["no message"])[-1]
        print(f"proselint: installed but does not run ({last}), skipped")
        return None
    usage = helped.stdout
    return [found, "check"] if "check" in usage.split("commands:")[-1] else [found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--no-families", action="store_true", help="skip the per-family runs")
    parser.add_argument("--baseline", help="folder holding another version's newslint package, to compare")
    parser.add_argument("--warm", action="store_true", help="also time the rules in a warm process, per family")
    parser.add_argument("--cold-only", action="store_true",
                        help="time only the one-article cold start (and the baseline's), --repeat rounds, alternating")
    args = parser.parse_args()
    texts = corpus(args.megabytes, args.seed)
    megabytes = sum(len(text.encode("utf-8")) for _, text in texts) / 1e6
    base = newslint()
    with tempfile.TemporaryDirectory() as root:
        root = Path(root)
        big = root / "corpus.jsonl"
        write_jsonl(big, texts)
        shards = []
        for index in range(4):
            shard = root / (f"shard{index}.jsonl" + (".gz" if index % 2 else ""))
            write_jsonl(shard, texts[index::4], compress=bool(index % 2))
            shards.append(str(shard))
        one = root / "article.txt"
        one.write_text(texts[0][1], encoding="utf-8")
        # The same article cut to its first lines (headline to first
        # paragraph): fewer sentences than OC101 judges, so no vectors.
        short = root / "short.txt"
        short.write_text("\n".join(texts[0][1].split("\n")[:SHORT_LINES]) + "\n", encoding="utf-8")
        plain = root / "all.txt"
        plain.write_text("\n\n".join(text for _, text in texts), encoding="utf-8")
        jobs = {
            "default rules, -j 1": base + ["-j", "1", str(big)],
            **({} if args.no_families else {f"{family} alone, -j 1": base + ["-j", "1", "--select", family, str(big)] for family in FAMILIES}),
            "default rules, -j 2": base + ["-j", "2", str(big)],
            "4 shards, -j 1": base + ["-j", "1", *shards],
            "4 shards, -j 2": base + ["-j", "2", *shards],
            "one article, cold start": base + [str(one)],
            "short article, cold start": base + [str(short)],
        }
        if args.cold_only:
            jobs = {label: jobs[label] for label in COLD_LABELS}
        pycache = str(root / "pycache")
        this_env = installed_env(pycache)
        environments = {label: this_env for label in jobs}
        if args.baseline:
            baseline_env = installed_env(pycache, {"PYTHONPATH": args.baseline})
            for label in ("default rules, -j 1", *COLD_LABELS):
                if label in jobs:
                    jobs[f"baseline: {label}"] = jobs[label]
                environments[f"baseline: {label}"] = baseline_env
        # One untimed run of each version writes its bytecode and word tables.
        for label in [label for label in jobs if label.endswith(COLD_LABELS)]:
            run(jobs[label], environments[label])
        prose = None if args.cold_only else proselint()
        if prose:
            jobs["proselint"] = prose + [str(plain)]
        lines = lines_of(big)
        # Each entry: (wall seconds, CPU seconds) per round.
        times: dict[str, list[tuple[float, float]]] = {label: [] for label in [*([] if args.cold_only else CEILINGS), *jobs]}
        warm_runs = {}
        if args.warm:
            versions = {"": this_env, **({"baseline: ": baseline_env} if args.baseline else {})}
            for prefix, env in versions.items():
                for select in ([], *([family] for family in FAMILIES)):
                    label = f"{prefix}warm, {select[0] if select else 'default rules'}"
                    warm_runs[label] = (select, env)
                    times[label] = []
        for round_number in range(args.repeat):
            for label, pattern in CEILINGS.items():
                if not args.cold_only:
                    times[label].append(ceiling(lines, pattern))
            for label, (select, env) in warm_runs.items():
                times[label].append(warm(big, select, env))
            for label, command in jobs.items():
                times[label].append(run(command, environments.get(label)))
            print(f"round {round_number + 1}/{args.repeat} done", file=sys.stderr)
    wall = {label: statistics.median(wall for wall, _ in values) for label, values in times.items()}
    cpu = {label: statistics.median(cpu for _, cpu in values) for label, values in times.items()}
    if args.cold_only:
        print_cold(args, wall, cpu)
        return
    top = megabytes / cpu["regex ceiling, signals"]
    print(f"corpus: {len(texts)} BBC articles with injected damage, {megabytes:.2f} MB; {os.cpu_count()} CPUs; "
          f"median of {args.repeat}, alternating; load average {os.getloadavg()[0]:.1f}")
    print(f"{'':30} {'wall s':>8} {'CPU s':>8} {'MB/s wall':>10} {'MB/s CPU':>9} {'of ceiling':>11}")
    for label in times:
        if label.endswith(COLD_LABELS):
            continue
        rate = megabytes / cpu[label]
        print(f"{label:30} {wall[label]:8.2f} {cpu[label]:8.2f} {megabytes / wall[label]:10.2f} {rate:9.2f} {rate / top:11.3f}")
    print("(of ceiling: MB/s CPU against the signals pattern's; the -j 2 runs' CPU is both workers')")
    for label in COLD_LABELS:
        print(f"{label}: {wall[label]:.2f} s wall, {cpu[label]:.2f} s CPU")
        if args.baseline:
            print(f"baseline {label}: {wall['baseline: ' + label]:.2f} s wall, {cpu['baseline: ' + label]:.2f} s CPU")
    if args.baseline:
        for name, measure in (("wall", wall), ("CPU", cpu)):
            print(f"this version / baseline ({name}): default rules "
                  f"{measure['baseline: default rules, -j 1'] / measure['default rules, -j 1']:.2f}x faster, "
                  f"cold start {measure['baseline: one article, cold start'] / measure['one article, cold start']:.2f}x faster, "
                  f"short article {measure['baseline: short article, cold start'] / measure['short article, cold start']:.2f}x faster")
    if args.warm and args.baseline:
        for family in ("default rules", *FAMILIES):
            print(f"warm, {family}: this version {cpu['baseline: warm, ' + family] / cpu['warm, ' + family]:.2f}x faster than baseline (CPU)")
    print(f"-j 2 / -j 1 (wall), one file: {wall['default rules, -j 1'] / wall['default rules, -j 2']:.2f}x; "
          f"four shards: {wall['4 shards, -j 1'] / wall['4 shards, -j 2']:.2f}x")
    if "proselint" in wall:
        print(f"default rules / proselint: {cpu['proselint'] / cpu['default rules, -j 1']:.2f}x (CPU), "
              f"{wall['proselint'] / wall['default rules, -j 1']:.2f}x (wall)")
    else:
        print("proselint: not installed or not runnable, skipped")

def print_cold(args, wall: dict, cpu: dict) -> None:
    """--cold-only's report: the cold starts, and the baseline's."""
    print(f"the corpus's first article, whole and cut to its first {SHORT_LINES} lines; cold start, median of "
          f"{args.repeat} alternating; load average {os.getloadavg()[0]:.1f}")
    for label in COLD_LABELS:
        print(f"{label}: {wall[label]:.3f} s wall, {cpu[label]:.3f} s CPU")
        if args.baseline:
            print(f"baseline {label}: {wall['baseline: ' + label]:.3f} s wall, {cpu['baseline: ' + label]:.3f} s CPU")
    if args.baseline:
        for name, measure in (("wall", wall), ("CPU", cpu)):
            print(f"this version / baseline ({name}): " + ", ".join(
                f"{label.split(',')[0]} {measure['baseline: ' + label] / measure[label]:.2f}x faster" for label in COLD_LABELS))


if __name__ == "__main__":
    main()
