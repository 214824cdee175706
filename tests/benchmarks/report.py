"""The HTML corpus report of the 2,092 clean BBC articles: its size and how
long it takes to build.

    python tests/benchmarks/report.py [--repeat 3] [--jobs 1] [--keep DIR]

Three timings, each a median of --repeat runs of the installed `newslint` in a
subprocess (start-up included):
  lint       `newslint CORPUS --format jsonl --summary S` (the lint alone);
  lint+html  `newslint CORPUS --format html` (the report built during the run);
  report     `newslint report FINDINGS --summary S --source-field category`
             (built afterwards from the jsonl output; the corpus is read again
             for the category field and the examples' lines).
The pages are written to a temporary folder (or --keep DIR, outside the
repository: the text is third-party) and deleted.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from common import CORPUS

NEWSLINT = os.path.join(os.path.dirname(sys.executable), "newslint")


def timed(args: list[str], repeat: int) -> tuple[float, float]:
    """Median wall time (s) and largest peak resident memory (MiB) of the runs."""
    times, peaks = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen([NEWSLINT, *args], stdout=subprocess.DEVNULL)
        _, _, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", default="1")
    parser.add_argument("--keep", help="Keep the pages in this folder (outside the repository).")
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
        lint, lint_peak = timed([str(corpus), *common, "--format", "jsonl", "--output-file", findings, "--summary", summary], options.repeat)
        with_html, html_peak = timed([str(corpus), *common, "--format", "html", "--output-file", live], options.repeat)
        report, report_peak = timed(
            ["report", findings, "--summary", summary, "--source-field", "category", "-o", later, "--isolated"], options.repeat
        )
        page = open(later, encoding="utf-8").read()
        articles = re.search(r'id="total-articles">([^<]*)<', page).group(1)
        found = re.search(r'id="total-findings">([^<]*)<', page).group(1)
        codes = len(re.findall(r'<tr data-code="', page))
        examples = page.count("<li><div>")
        print(f"corpus: {corpus.name}: {articles} articles, {found} findings, {codes} codes, {examples} examples shown")
        print(f"page: {os.path.getsize(later):,} bytes built from jsonl, {os.path.getsize(live):,} bytes built during the run")
        print(f"median of {options.repeat} (-j {options.jobs}): lint {lint:.2f} s, lint+html {with_html:.2f} s "
              f"(report adds {with_html - lint:+.2f} s), report from jsonl {report:.2f} s")
        print(f"peak memory: lint {lint_peak:.0f} MiB, lint+html {html_peak:.0f} MiB, report from jsonl {report_peak:.0f} MiB")
    finally:
        if not options.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
