"""UI108's corpus pass at scale: CPU seconds, peak memory and the size of the
merged counts for the counting pass alone (collect over batches, as the
engine's workers do, then one merge), on a generated corpus.

    python tests/benchmarks/ui108_corpus_pass.py [--articles 100000]

The corpus is scale.py's generator (text written for the project, fixed
seed: templated sentences, furniture recurring across articles), with one
article in ``COPY_EVERY`` sent again as a copy of an earlier one (a crawl's
duplicates), so UI108 has both furniture and story copies to count.  One
measurement a run: to compare two builds, run it alternately with each on
PYTHONPATH and take medians (the machine is shared).  Peak memory is the
process's peak resident set less its resident set before the pass.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time

from scale import article

from newslint import Linter

BATCH = 64  # lint/runner.py's BATCH_ARTICLES
COPY_EVERY = 10


def records(count: int):
    rng = random.Random(20261130)
    kept: list[str] = []
    for number in range(count):
        if number % COPY_EVERY == COPY_EVERY - 1 and kept:
            text = rng.choice(kept)
        else:
            text = article(rng, number)
            if len(kept) < 1000:
                kept.append(text)
        yield {"id": f"a{number}", "text": text}


def batches(linter: Linter, texts: list[dict]):
    """The articles in the engine's batches, read as they are counted (as
    lint/runner.py's one process merges them)."""
    batch = []
    for number, record in enumerate(texts, 1):
        batch.append(linter.article(record, number, "corpus.jsonl"))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def deep_size(value, seen=None) -> int:
    """Bytes held by ``value`` and what it holds, each object counted once."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    size = sys.getsizeof(value)
    if isinstance(value, dict):
        size += sum(deep_size(key, seen) + deep_size(item, seen) for key, item in value.items())
    elif isinstance(value, (list, tuple, set, frozenset)):
        size += sum(deep_size(item, seen) for item in value)
    return size


def rss_kb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    linter = Linter(select=["UI108"])
    linter.collect([linter.article({"id": "warm", "text": article(random.Random(1), 0)}, 1)])  # tables warmed
    texts = list(records(args.articles))  # generated before the clock starts
    before = rss_kb()
    start = time.process_time()
    corpus = linter.merge(linter.collect(batch) for batch in batches(linter, texts))
    cpu = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({
        "articles": args.articles,
        "cpu_s": round(cpu, 2),
        "peak_rss_growth_mb": round((peak - before) / 1024, 1),
        "merged_counts_mb": round(deep_size(corpus) / 2**20, 1),
    }))


if __name__ == "__main__":
    main()
