"""What a process's first meeting with text costs the rules, and how much of it
other text has already paid: the bound on what keeping the rules' caches
across runs (or building them ahead) could save.

    python tests/benchmarks/first_meeting.py [--megabytes 1.2] [--repeat 3] [--select default TX]

The texts are speed.py's damaged BBC articles (``speed.corpus``, the set
``same_findings.py --cpu`` times): A, the first --megabytes of them, and B,
the articles after A up to as much again (other stories, other lines, many
of the same words).  Each figure is the CPU time of ``Linter.lint_texts`` in a
fresh process after a warm-up article, as ``same_findings.py --cpu`` takes
it (start-up and word-list loading left out), per MB, for the default rules
and each family alone; medians of --repeat rounds, the two processes of a
round one after the other:

* A first, A again: one process linting A twice.  The second pass meets no
  line, text or word type for the first time; the difference is every
  cache's first meeting together (per line and per text as well as per word
  type), and the most that keeping all of them across runs could save a run
  of exactly the same text.
* B fresh, B after A: B in a process of its own, and in the process that
  linted A (after its second pass).  What B gains there is what A's caches
  already held for it (the common words and the furniture lines the two
  share): the most that caches kept from earlier runs, or tables built
  ahead of time, could save on new text, before the cost of reading them.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys

from same_findings import FAMILIES, run_script
import speed

RUN = """
import sys, time
sys.path.insert(0, sys.argv[1])
import speed
from newslint import Linter
megabytes, seed, scenario = float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
select = sys.argv[5:]
both = speed.corpus(2 * megabytes, seed)
first = len(speed.corpus(megabytes, seed))  # the same articles: corpus() draws in order
texts = {"A": both[:first], "B": both[first:]}
linter = Linter(select=select) if select else Linter()
list(linter.lint_texts([("warm", "Warm up the word lists, said the minister on Tuesday.\\n")]))
for name in {"A": ("A", "A", "B"), "B": ("B",)}[scenario]:
    cpu = time.process_time()
    list(linter.lint_texts(texts[name]))
    print(name, time.process_time() - cpu)
"""

LABELS = ("A first", "A again", "B fresh", "B after A")


def sizes(megabytes: float, seed: int) -> dict[str, float]:
    both = speed.corpus(2 * megabytes, seed)
    first = len(speed.corpus(megabytes, seed))
    return {
        name: sum(len(text.encode("utf-8")) for _, text in part) / 1e6
        for name, part in (("A", both[:first]), ("B", both[first:]))
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.2)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--select", nargs="*", default=None,
                        help="what to time: 'default' (the default rules) or a family's code; all of them when not given")
    args = parser.parse_args()
    megabytes = sizes(args.megabytes, args.seed)
    selections = [[]] + [[family] for family in FAMILIES] if args.select is None else [
        [] if name == "default" else [name] for name in args.select
    ]
    times: dict[tuple[str, str], list[float]] = {}
    for round_number in range(args.repeat):
        for select in selections:
            label = select[0] if select else "default"
            for scenario, names in (("A", ("A first", "A again", "B after A")), ("B", ("B fresh",))):
                lines = run_script(RUN, None, args.megabytes, args.seed, scenario, *select).split("\n")
                for name, line in zip(names, lines):
                    part, seconds = line.split()
                    times.setdefault((label, name), []).append(float(seconds) / megabytes[part])
        print(f"round {round_number + 1}/{args.repeat} done", file=sys.stderr)
    print(f"A {megabytes['A']:.2f} MB, B {megabytes['B']:.2f} MB (other articles); CPU s per MB in a warm process, "
          f"median of {args.repeat}; load average {os.getloadavg()[0]:.1f}")
    print(f"{'':8} {'A first':>8} {'A again':>8} {'B fresh':>8} {'B after A':>10}   {'A saves':>8} {'B saves':>8}")
    for select in selections:
        label = select[0] if select else "default"
        row = {name: statistics.median(times[label, name]) for name in LABELS}
        same = 1 - row["A again"] / row["A first"]
        other = 1 - row["B after A"] / row["B fresh"]
        print(f"{label:8} {row['A first']:8.2f} {row['A again']:8.2f} {row['B fresh']:8.2f} {row['B after A']:10.2f}"
              f"   {same:8.1%} {other:8.1%}")
    print("(A saves: the second pass's saving on the same text; B saves: what linting A first saves on other text)")


if __name__ == "__main__":
    main()
