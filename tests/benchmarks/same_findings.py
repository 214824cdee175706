"""Speed work must not move a finding: the default rules' findings of this
version and of another (a baseline package folder) on the same texts, compared
one for one; and the rules' CPU time in a warm process, alternating, per family.

    python tests/benchmarks/same_findings.py --baseline DIR [--megabytes 1.2]
    python tests/benchmarks/same_findings.py --baseline DIR --cpu [--repeat 3]
    python tests/benchmarks/same_findings.py --profile OUT.prof [--select ML]

DIR is a folder holding the other version's ``newslint`` package (put first on
PYTHONPATH).  The texts, each set linted as one corpus (so corpus rules see
all its articles):

* bbc: the clean BBC articles with damage injected as ``speed.py`` does
  (quotation/integrity damage in each, a foreign sentence in every third, a
  caption line in every fifth), taken in order until --megabytes;
* fixtures: every .txt under tests/fixtures (texts written for the project);
* examples: the .txt files of ../shared/examples;
* foreign: the non-English sentences, ten to an article per language.

``--cpu`` times ``Linter(select=...).lint_texts`` on the bbc set in a fresh
process per run (after a warm-up article, so start-up and word-list loading
are left out), the default rules and each family alone, both versions
alternating, and prints medians of --repeat in CPU seconds per MB.
``--profile`` writes a cProfile of the default rules (or --select) on the bbc
set, warm, in this process.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from common import REPO

import mixed_language
import speed

FAMILIES = ("ML", "OC", "QM", "TX", "UI")
EXAMPLES = REPO.parent / "shared" / "examples"


def text_sets(megabytes: float, seed: int) -> dict[str, list[tuple[str, str]]]:
    fixtures = sorted((REPO / "tests" / "fixtures").rglob("*.txt"))
    examples = sorted(EXAMPLES.glob("*.txt"))
    return {
        "bbc": speed.corpus(megabytes, seed),
        "fixtures": [(str(path.relative_to(REPO)), path.read_text(encoding="utf-8")) for path in fixtures],
        "examples": [(path.name, path.read_text(encoding="utf-8")) for path in examples],
        "foreign": [article for articles in mixed_language.foreign_articles("all").values() for article in articles],
    }


DUMP = """
import json, sys
sys.path.insert(0, sys.argv[1])
from same_findings import text_sets
from newslint import Linter
sets = text_sets(float(sys.argv[2]), int(sys.argv[3]))
out = {}
for name, texts in sets.items():
    out[name] = sorted((d.as_dict() for d in Linter().lint_texts(texts)),
                       key=lambda row: json.dumps(row, sort_keys=True))
json.dump(out, sys.stdout, ensure_ascii=False)
"""

WARM = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from same_findings import text_sets
from newslint import Linter
texts = text_sets(float(sys.argv[2]), int(sys.argv[3]))["bbc"]
linter = Linter(select=sys.argv[4:]) if sys.argv[4:] else Linter()
list(linter.lint_texts([("warm", "Warm up the word lists, said the minister on Tuesday.\\n")]))
cpu = time.process_time()
list(linter.lint_texts(texts))
print(time.process_time() - cpu)
"""


def environment(baseline: str | None) -> dict:
    # As the command line sets it (newslint.cli): one BLAS thread, else OC's
    # small matrix products spin threads that cost more CPU than they save.
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    if baseline:
        env["PYTHONPATH"] = baseline
    else:
        env.pop("PYTHONPATH", None)
    return env


def run_script(script: str, baseline: str | None, *args) -> str:
    """The standard output of ``script`` run in a fresh process against the
    baseline package folder (None: this version), with this folder's
    scripts importable (its first argument) and ``args`` after it."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent), *map(str, args)],
        capture_output=True, text=True, check=True, env=environment(baseline),
    )
    return done.stdout


def print_differences(old: list[dict], new: list[dict], shown: int = 10) -> None:
    """The first ``shown`` findings only one of the two lists holds."""
    old_rows = {json.dumps(row, ensure_ascii=False, sort_keys=True) for row in old}
    new_rows = {json.dumps(row, ensure_ascii=False, sort_keys=True) for row in new}
    for row in sorted(old_rows - new_rows)[:shown]:
        print("  only before:", row)
    for row in sorted(new_rows - old_rows)[:shown]:
        print("  only after: ", row)


def findings(baseline: str | None, megabytes: float, seed: int) -> dict:
    return json.loads(run_script(DUMP, baseline, megabytes, seed))


def compare(args) -> int:
    before = findings(args.baseline, args.megabytes, args.seed)
    after = findings(None, args.megabytes, args.seed)
    sets = text_sets(args.megabytes, args.seed)
    differ = 0
    for name in before:
        old, new = before[name], after[name]
        codes = sorted({row["code"][:2] for row in new})
        same = old == new
        differ += not same
        print(f"{name:9} {len(sets[name]):5} articles  {sum(len(t.encode()) for _, t in sets[name]) / 1e6:5.2f} MB  "
              f"findings {len(old)} -> {len(new)}  families {','.join(codes)}  {'identical' if same else 'DIFFERENT'}")
        if not same:
            print_differences(old, new)
    return 1 if differ else 0


def cpu(args) -> None:
    megabytes = sum(len(text.encode("utf-8")) for _, text in text_sets(args.megabytes, args.seed)["bbc"]) / 1e6
    selections = [[]] + [[family] for family in FAMILIES]
    versions = {"baseline": args.baseline, "this": None} if args.baseline else {"this": None}
    times = {(version, tuple(select)): [] for version in versions for select in selections}
    for _ in range(args.repeat):
        for select in selections:
            for version, folder in versions.items():
                output = run_script(WARM, folder, args.megabytes, args.seed, *select)
                times[version, tuple(select)].append(float(output.split()[-1]))
    print(f"bbc set {megabytes:.2f} MB; warm CPU s per MB, median of {args.repeat}, alternating; "
          f"load average {os.getloadavg()[0]:.1f}")
    for select in selections:
        row = {version: statistics.median(times[version, tuple(select)]) / megabytes for version in versions}
        label = select[0] if select else "default"
        line = "  ".join(f"{version} {value:6.2f}" for version, value in row.items())
        ratio = f"  {row['baseline'] / row['this']:.2f}x" if "baseline" in row else ""
        print(f"{label:8} {line}{ratio}")


def profile(args) -> None:
    import cProfile

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads, as the command line does
    from newslint import Linter

    texts = text_sets(args.megabytes, args.seed)["bbc"]
    linter = Linter(select=args.select) if args.select else Linter()
    list(linter.lint_texts([("warm", "Warm up the word lists, said the minister on Tuesday.\n")]))
    cProfile.runctx("list(linter.lint_texts(texts))", globals(), locals(), args.profile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="folder holding the other version's newslint package")
    parser.add_argument("--megabytes", type=float, default=1.2)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--cpu", action="store_true", help="time the rules (warm, CPU) instead of comparing findings")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", help="write a cProfile of the bbc set to this file")
    parser.add_argument("--select", nargs="*", default=[])
    args = parser.parse_args()
    if args.profile:
        profile(args)
    elif args.cpu:
        cpu(args)
    else:
        if not args.baseline:
            parser.error("--baseline DIR is needed to compare findings")
        sys.exit(compare(args))


if __name__ == "__main__":
    main()
