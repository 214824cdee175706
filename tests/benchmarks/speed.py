"""Speed of the default rules against the practical ceiling, in one run.

    python tests/benchmarks/speed.py [--megabytes 5] [--repeat 3] [--no-families]

What is measured, alternating (one run of each per round, --repeat rounds,
medians reported), all on the same text:

* the default rules, ``newslint -j 1`` on one JSON Lines file of clean BBC
  articles (../shared/corpus/en_news_clean.jsonl.gz) taken in order until
  --megabytes, with damage injected as the family benchmarks do: in every
  article one quotation/integrity damage (quotes_and_integrity.inject, a kind
  drawn at random), in every third a foreign sentence (mixed_language.inject,
  from non_english_sentences.jsonl.gz) and in every fifth a caption line;
* each family alone (``--select ML``, QM, TX, UI, OC);
* the ceiling: one compiled ``regex`` pass over every line in this Python
  process (reading the same file, no subprocess, no start-up);
* proselint over the same text, if it is installed (skipped otherwise);
* one article from a cold start (subprocess wall time, ``newslint FILE``);
* ``-j 2`` against ``-j 1`` within the one large file, and on four shards
  (two of them gzipped);
* with ``--baseline DIR`` (a copy of another version's ``newslint`` package
  folder, put first on PYTHONPATH), that version's default rules and cold
  start too, in the same rounds: before and after under the same load;
  ``--warm`` adds, for both versions, the rules' own time in one warm Python
  process (``Linter().lint_texts`` after a warm-up article, start-up and
  word-list loading left out), per family as well.

Command runs are subprocesses of the installed ``newslint`` (start-up
included; at 5 MB it is a small share).  The machine may be loaded by other
work: read the ratios (to the ceiling, between runs), not the absolute
figures.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

from common import bbc_articles, records
import mixed_language
import quotes_and_integrity

FAMILIES = ("ML", "QM", "TX", "UI", "OC")
QUOTE_KINDS = [kind for kind in quotes_and_integrity.KINDS if kind != "cp1252"]
CAPTIONS = ("Image caption, Officials at the scene on Tuesday", "Getty Images", "Share this article", "Media caption")
# The ceiling: what one pass of one compiled pattern over every line costs.
CEILING = regex.compile(r"\b(\w+) \1\b|[“”\"«»„]|Ã.|â€|<[a-z/]|\p{Hangul}+|[a-z][A-Z]")


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
    return [found if os.path.exists(found) else shutil.which("newslint"), "--isolated", "--exit-zero", "-q"]


def run(command: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - start


WARM = """
import json, sys, time
from newslint import Linter
texts = [(r["id"], r["text"]) for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
linter = Linter(select=sys.argv[2:]) if sys.argv[2:] else Linter()
list(linter.lint_texts(texts[:20]))
start = time.perf_counter()
list(linter.lint_texts(texts))
print(time.perf_counter() - start)
"""


def warm(path: Path, select: list[str], env: dict | None) -> float:
    """Seconds the rules take over the file in a warm process (printed by it)."""
    done = subprocess.run([sys.executable, "-c", WARM, str(path), *select], capture_output=True, text=True, check=True, env=env)
    return float(done.stdout.split()[-1])


def ceiling(path: Path) -> float:
    start = time.perf_counter()
    hits = 0
    with open(path, encoding="utf-8") as handle:
        for record in handle:
            for line in json.loads(record)["text"].split("\n"):
                for _ in CEILING.finditer(line):
                    hits += 1
    return time.perf_counter() - start


def proselint_available() -> bool:
    return shutil.which("proselint") is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--no-families", action="store_true", help="skip the per-family runs")
    parser.add_argument("--baseline", help="folder holding another version's newslint package, to compare")
    parser.add_argument("--warm", action="store_true", help="also time the rules in a warm process, per family")
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
        plain = root / "all.txt"
        plain.write_text("\n\n".join(text for _, text in texts), encoding="utf-8")
        jobs = {
            "default rules, -j 1": base + ["-j", "1", str(big)],
            **({} if args.no_families else {f"{family} alone, -j 1": base + ["-j", "1", "--select", family, str(big)] for family in FAMILIES}),
            "default rules, -j 2": base + ["-j", "2", str(big)],
            "4 shards, -j 1": base + ["-j", "1", *shards],
            "4 shards, -j 2": base + ["-j", "2", *shards],
            "one article, cold start": base + [str(one)],
        }
        environments = {}
        if args.baseline:
            baseline_env = {**os.environ, "PYTHONPATH": args.baseline}
            for label in ("default rules, -j 1", "one article, cold start"):
                jobs[f"baseline: {label}"] = jobs[label]
                environments[f"baseline: {label}"] = baseline_env
        if proselint_available():
            jobs["proselint"] = ["proselint", str(plain)]
        times: dict[str, list[float]] = {label: [] for label in ["regex ceiling", *jobs]}
        warm_runs = {}
        if args.warm:
            versions = {"": None, **({"baseline: ": {**os.environ, "PYTHONPATH": args.baseline}} if args.baseline else {})}
            for prefix, env in versions.items():
                for select in ([], *([family] for family in FAMILIES)):
                    label = f"{prefix}warm, {select[0] if select else 'default rules'}"
                    warm_runs[label] = (select, env)
                    times[label] = []
        for round_number in range(args.repeat):
            times["regex ceiling"].append(ceiling(big))
            for label, (select, env) in warm_runs.items():
                times[label].append(warm(big, select, env))
            for label, command in jobs.items():
                try:
                    times[label].append(run(command, environments.get(label)))
                except subprocess.CalledProcessError:  # proselint exits non-zero when it finds something
                    times[label].append(float("nan"))
            print(f"round {round_number + 1}/{args.repeat} done", file=sys.stderr)
    median = {label: statistics.median(values) for label, values in times.items()}
    top = megabytes / median["regex ceiling"]
    print(f"corpus: {len(texts)} BBC articles with injected damage, {megabytes:.2f} MB; {os.cpu_count()} CPUs; "
          f"median of {args.repeat}, alternating")
    print(f"{'':28} {'seconds':>8} {'MB/s':>8} {'of ceiling':>11}")
    for label, seconds in median.items():
        if label.endswith("one article, cold start"):
            continue
        rate = megabytes / seconds
        print(f"{label:28} {seconds:8.2f} {rate:8.2f} {rate / top:11.3f}")
    print(f"one article, cold start: {median['one article, cold start']:.2f} s wall")
    if args.baseline:
        print(f"baseline one article, cold start: {median['baseline: one article, cold start']:.2f} s wall")
        print(f"this version / baseline: default rules {median['baseline: default rules, -j 1'] / median['default rules, -j 1']:.2f}x "
              f"faster, cold start {median['baseline: one article, cold start'] / median['one article, cold start']:.2f}x faster")
    if args.warm and args.baseline:
        for family in ("default rules", *FAMILIES):
            print(f"warm, {family}: this version {median['baseline: warm, ' + family] / median['warm, ' + family]:.2f}x faster than baseline")
    print(f"-j 2 / -j 1, one file: {median['default rules, -j 1'] / median['default rules, -j 2']:.2f}x; "
          f"four shards: {median['4 shards, -j 1'] / median['4 shards, -j 2']:.2f}x")
    if "proselint" in median:
        print(f"default rules / proselint: {median['proselint'] / median['default rules, -j 1']:.2f}x")
    else:
        print("proselint: not installed, skipped")


if __name__ == "__main__":
    main()
