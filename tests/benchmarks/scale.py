"""Linting a corpus at scale: articles per second and peak memory for one
process, -j auto and a Dask local cluster, at 10,000 and 100,000 articles.

    python tests/benchmarks/scale.py [--sizes 10000,100000] [--shards 20]

The corpus is generated here from a fixed seed (text written for the
project: templated sentences, a little damage, some furniture that recurs
across articles so the corpus rule has work), written as gzipped JSON Lines
shards.  Each run is the installed `newslint` command in a subprocess, all
default rules; peak memory is the largest total resident memory of the
command and every process under it, sampled every 0.2 s.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time

import psutil

SUBJECTS = ["The council", "Dock workers", "The ministry", "Rail operators", "The central bank", "Farmers"]
VERBS = ["said on Tuesday that", "warned that", "announced that", "told reporters that", "confirmed that"]
OBJECTS = [
    "the strike would end next week", "prices for containers rose sharply in the spring",
    "the new bridge over the river would open in May", "talks on pay would resume after the holiday",
    "the harvest had been delayed by heavy rain", "interest rates would stay where they are for now",
]
FURNITURE = ["Share this article", "Sign up for the morning briefing", "Comments are closed.", "Read more"]


def article(rng: random.Random, number: int) -> str:
    lines = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS).split()[0]} on plans, report {number}", ""]
    for _ in range(rng.randint(6, 12)):
        sentences = [f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}." for _ in range(rng.randint(1, 3))]
        lines.append(" ".join(sentences))
    if rng.random() < 0.3:
        lines.append(rng.choice(FURNITURE))
    if rng.random() < 0.1:
        lines[2] = lines[2].replace(" the ", " the the ", 1)
    return "\n".join(lines) + "\n"


def write_corpus(folder: str, articles: int, shards: int) -> tuple[list[str], float]:
    rng = random.Random(20261129)
    paths = []
    size = 0
    per_shard = -(-articles // shards)
    for shard in range(shards):
        path = os.path.join(folder, f"shard-{shard:03}.jsonl.gz")
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            for number in range(shard * per_shard, min(articles, (shard + 1) * per_shard)):
                text = article(rng, number)
                size += len(text.encode("utf-8"))
                handle.write(json.dumps({"id": f"a{number}", "text": text}) + "\n")
        paths.append(path)
    return paths, size / 1e6


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak total resident memory (MB) of a command's tree."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root] + root.children(recursive=True)
            peak = max(peak, sum(member.memory_info().rss for member in tree if member.is_running()))
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
        time.sleep(0.2)
    return time.perf_counter() - start, peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--shards", type=int, default=20)
    args = parser.parse_args()
    newslint = os.path.join(os.path.dirname(sys.executable), "newslint")
    modes = {
        "one process": ["-j", "1"],
        "-j auto": ["-j", "auto"],
        "dask local cluster": ["--dask", "-j", str(os.cpu_count() or 2)],
    }
    print(f"{os.cpu_count()} CPUs; all default rules; the installed newslint in a subprocess")
    for size in (int(value) for value in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            paths, megabytes = write_corpus(folder, size, args.shards)
            print(f"\n{size:,} articles ({megabytes:.0f} MB of text) in {len(paths)} gzipped shards")
            for label, flags in modes.items():
                seconds, peak = measure([newslint, "--isolated", "--exit-zero", "--quiet", *flags, *paths])
                print(f"  {label:19} {seconds:7.1f} s  {size / seconds:8,.0f} articles/s  {megabytes / seconds:5.2f} MB/s  peak {peak:7,.0f} MB")


if __name__ == "__main__":
    main()
