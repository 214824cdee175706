"""The HTML corpus report of the 2,092 clean BBC articles: its size and how
long it takes to build.

    python tests/benchmarks/report.py [--repeat 3] [--jobs 1] [--keep DIR]

Three timings, each a median of --repeat runs (wall and CPU time: on a
loaded machine compare CPU times) of the installed `newslint` in a
subprocess (start-up included):
  lint       `newslint CORPUS --format jsonl --summary S` (the lint alone);
  lint+html  `newslint CORPUS --format html` (the report built during the run);
  report     `newslint report FINDINGS --summary S --source-field category`
             (built afterwards from the jsonl output; the corpus is read again
             for the category field and the examples' lines).
Then the memory check at scale: `--format html --select TX101,UI101` on
generated corpora of --scale and 4 x --scale articles (text written here,
every article with findings): peak memory should not grow with the corpus.
The pages are written to a temporary folder (or --keep DIR, outside the
repository: the text is third-party) and deleted.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from typing import NamedTuple

from common import CORPUS

NEWSLINT = os.path.join(os.path.dirname(sys.executable), "newslint")


class Timing(NamedTuple):
    wall: float  # median seconds
    cpu: float  # median CPU seconds (user + system) of the command and its children
    peak: float  # largest peak resident memory, MiB

    def __str__(self) -> str:
        return f"{self.wall:.2f} s ({self.cpu:.2f} s CPU)"


def timed(args: list[str], repeat: int) -> Timing:
    """The runs' wall time and CPU time (CPU time is what to compare on a
    loaded machine) and their peak memory."""
    walls, cpus, peaks = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen([NEWSLINT, *args], stdout=subprocess.DEVNULL)
        _, _, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss / 1024)
    return Timing(statistics.median(walls), statistics.median(cpus), max(peaks))


def generated_corpus(path: str, articles: int) -> None:
    """Articles with a doubled word and a share button each, some with more."""
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(articles):
            lines = [f"Article {number} about the the harbour, written for the benchmark."] * (1 + number % 4)
            text = "\n".join(lines + ["Share this article", f"The council met on day {number % 28 + 1}."]) + "\n"
            handle.write(json.dumps({"id": f"g{number}", "text": text}) + "\n")


def scale(folder: str, articles: int) -> None:
    peaks = []
    for size in (articles, 4 * articles):
        path = os.path.join(folder, f"generated-{size}.jsonl")
        generated_corpus(path, size)
        args = [path, "--isolated", "-q", "--exit-zero", "--select", "TX101,UI101"]
        plain = timed([*args, "--format", "jsonl", "--output-file", os.devnull], 1)
        html = timed([*args, "--format", "html", "--output-file", os.path.join(folder, "generated.html")], 1)
        peaks.append((size, plain, html))
        os.remove(path)
    for size, plain, html in peaks:
        print(f"{size:,} generated articles: peak memory {plain.peak:.0f} MiB with --format jsonl, "
              f"{html.peak:.0f} MiB with --format html (CPU {plain.cpu:.1f} s and {html.cpu:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default="1")
    parser.add_argument("--keep", help="Keep the pages in this folder (outside the repository).")
    parser.add_argument("--scale", type=int, default=5_000, help="Articles in the smaller generated corpus (0: skip).")
    options = parser.parse_args()
    corpus = CORPUS / "en_news_clean.jsonl.gz"
    if not corpus.exists():
        raise SystemExit(f"{corpus} not found: set NEWSLINT_CORPUS to the shared corpus folder")
    folder = options.keep or tempfile.mkdtemp(prefix="newslint-report-")
    os.makedirs(folder, exist_ok=True)
    findings, summary = os.path.join(folder, "findings.jsonl"), os.path.join(folder, "summary.jsonl")
    live, later = os.path.join(folder, "live.html"), os.path.join(folder, "report.html")
    common = ["--isolated", "-q", "--exit-zero", "-j", options.jobs]
    try:
        lint = timed([str(corpus), *common, "--format", "jsonl", "--output-file", findings, "--summary", summary], options.repeat)
        with_html = timed([str(corpus), *common, "--format", "html", "--output-file", live], options.repeat)
        report = timed(
            ["report", findings, "--summary", summary, "--source-field", "category", "-o", later, "--isolated"], options.repeat
        )
        page = open(later, encoding="utf-8").read()
        articles = re.search(r'id="total-articles">([^<]*)<', page).group(1)
        found = re.search(r'id="total-findings">([^<]*)<', page).group(1)
        codes = len(re.findall(r'<tr data-code="', page))
        examples = page.count("<li><div>")
        print(f"corpus: {corpus.name}: {articles} articles, {found} findings, {codes} codes, {examples} examples shown")
        print(f"page: {os.path.getsize(later):,} bytes built from jsonl, {os.path.getsize(live):,} bytes built during the run")
        print(f"median of {options.repeat} (-j {options.jobs}): lint {lint}, lint+html {with_html} "
              f"(the report adds {with_html.cpu - lint.cpu:+.2f} s CPU), report from jsonl {report}")
        print(f"peak memory: lint {lint.peak:.0f} MiB, lint+html {with_html.peak:.0f} MiB, report from jsonl {report.peak:.0f} MiB")
        if options.scale:
            scale(folder, options.scale)
    finally:
        if not options.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
