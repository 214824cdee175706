"""UI101's cost in a fresh process, against a baseline package, alternating.

Prints medians of CPU seconds (the machine is shared: wall time is noise) for
  - a one-article run of the command (the child process's CPU),
  - UI101's first use alone: building the shipped catalogue, then UI101 over
    the article's lines (the templates compiled on the way), with the count
    of templates compiled,
  - the same first use when the catalogue's cache file is missing.

    .venv/bin/python tests/benchmarks/ui_cold.py --baseline DIR [--rounds 9] [ARTICLE]

DIR holds a ``newslint`` package (e.g. a ``git archive`` of main laid out as
installed).  The article defaults to the shared example used by issue 14.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ARTICLE = "/work/shared/examples/xi-putin-birthday-call.txt"
NEWSLINT = Path(sys.executable).with_name("newslint")

FIRST_USE = r"""
import json, sys, time
import newslint.rules.interface_strings.catalogue as catalogue
from newslint.document import Document
from newslint.rules.interface_strings.strings import InterfaceString
if sys.argv[2]:  # a cache folder of its own, empty: the tables are made from the shipped files
    catalogue.cache_folder = lambda: __import__("pathlib").Path(sys.argv[2])
text = open(sys.argv[1], encoding="utf-8").read()
document = Document(text)
rule, options = InterfaceString(), {"extra": [], "ignore": []}
start = time.process_time()
shipped = catalogue.shipped()
built = time.process_time()
findings = sum(len(list(rule.check_line(line, document, options))) for line in document.lines)
done = time.process_time()
compiled = sum(pattern is not None for pattern in shipped.templates._compiled)
print(json.dumps({"catalogue": built - start, "lines": done - built, "first use": done - start,
                  "compiled": compiled, "findings": findings}))
"""


def _environment(package: str | None) -> dict:
    environment = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    if package:
        environment["PYTHONPATH"] = package
    return environment


def one_article(package: str | None, article: str) -> float:
    """CPU seconds of `newslint ARTICLE` (user + system of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([str(NEWSLINT), article], env=_environment(package), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def first_use(package: str | None, article: str, empty_cache: bool) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [sys.executable, "-c", FIRST_USE, article, folder if empty_cache else ""],
            env=_environment(package), capture_output=True, text=True, check=True,
        )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("article", nargs="?", default=ARTICLE)
    parser.add_argument("--baseline", required=True, help="folder holding the baseline's newslint package")
    parser.add_argument("--rounds", type=int, default=9)
    arguments = parser.parse_args()
    packages = {"baseline": arguments.baseline, "this tree": None}
    figures: dict = {name: {"run": [], "first": [], "cold": []} for name in packages}
    for name, package in packages.items():  # once each before timing: the word tables and cache files exist
        one_article(package, arguments.article)
    for _ in range(arguments.rounds):
        for name, package in packages.items():
            figures[name]["run"].append(one_article(package, arguments.article))
            figures[name]["first"].append(first_use(package, arguments.article, empty_cache=False))
            figures[name]["cold"].append(first_use(package, arguments.article, empty_cache=True))
    print(f"{arguments.rounds} rounds, alternating; CPU medians in ms")
    print(f"{'':10} {'one-article run':>16} {'UI101 first use':>16} {'  catalogue':>12} {'  lines':>8} {'compiled':>9} "
          f"{'first use, no cache file':>25}")
    for name, rows in figures.items():
        median = lambda key, rows=rows["first"]: 1000 * statistics.median(row[key] for row in rows)
        cold = 1000 * statistics.median(row["first use"] for row in rows["cold"])
        print(f"{name:10} {1000 * statistics.median(rows['run']):16.0f} {median('first use'):16.1f} {median('catalogue'):12.1f} "
              f"{median('lines'):8.1f} {rows['first'][0]['compiled']:9d} {cold:25.1f}")


if __name__ == "__main__":
    main()
