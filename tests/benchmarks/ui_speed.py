"""The UI family alone: its CPU time and its findings, this version against a
baseline package folder, on the damaged BBC set (as ``same_findings.py``
builds it) and on the L3S-GN1 pages (both layouts, as
``interface_strings.py`` lays them out).

    python tests/benchmarks/ui_speed.py --baseline DIR            # findings
    python tests/benchmarks/ui_speed.py --baseline DIR --cpu      # CPU s/MB
    python tests/benchmarks/ui_speed.py --profile OUT.prof --set l3s

Times are warm CPU seconds (``time.process_time``) of
``Linter(select=["UI"]).lint_texts`` in a fresh process per run, after a
warm-up article, the versions alternating; medians of --repeat.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys

from same_findings import print_differences, run_script, text_sets

SETS = ("bbc", "l3s")


def ui_texts(name: str, megabytes: float, seed: int) -> list[tuple[str, str]]:
    """The set's articles: the damaged BBC set, or the L3S-GN1 pages a block a
    line ("l3s") or with a blank line between blocks ("l3s-blank")."""
    if name == "bbc":
        return text_sets(megabytes, seed)["bbc"]
    from interface_strings import pages

    layout = "\n\n" if name == "l3s-blank" else "\n"
    return [(page_id, layout.join(text for _, text in lines) + "\n") for page_id, _, lines in pages()]


# The scripts run in a fresh process (same_findings.run_script), this
# folder's scripts importable from their first argument.
LOAD = """
import sys
sys.path.insert(0, sys.argv[1])
from ui_speed import ui_texts
"""

DUMP = LOAD + """
import json
from newslint import Linter
out = {}
for name in ("bbc", "l3s", "l3s-blank"):
    rows = [d.as_dict() for d in Linter(select=["UI"]).lint_texts(ui_texts(name, float(sys.argv[2]), int(sys.argv[3])))]
    out[name] = sorted(rows, key=lambda row: json.dumps(row, sort_keys=True))
json.dump(out, sys.stdout, ensure_ascii=False)
"""

WARM = LOAD + """
import time
from newslint import Linter
texts = ui_texts(sys.argv[4], float(sys.argv[2]), int(sys.argv[3]))
linter = Linter(select=["UI"])
list(linter.lint_texts([("warm", "Warm up the word lists, said the minister on Tuesday.\\n")]))
cpu = time.process_time()
list(linter.lint_texts(texts))
print(time.process_time() - cpu, sum(len(text.encode("utf-8")) for _, text in texts) / 1e6)
"""


def compare(args) -> int:
    before = json.loads(run_script(DUMP, args.baseline, args.megabytes, args.seed))
    after = json.loads(run_script(DUMP, None, args.megabytes, args.seed))
    differ = 0
    for name in before:
        same = before[name] == after[name]
        differ += not same
        print(f"{name:10} UI findings {len(before[name])} -> {len(after[name])}  {'identical' if same else 'DIFFERENT'}")
        if not same:
            print_differences(before[name], after[name])
    return 1 if differ else 0


def cpu(args) -> None:
    versions = {"baseline": args.baseline, "this": None} if args.baseline else {"this": None}
    times = {(version, name): [] for version in versions for name in args.sets}
    size = {}
    for _ in range(args.repeat):
        for name in args.sets:
            for version, folder in versions.items():
                seconds, megabytes = map(float, run_script(WARM, folder, args.megabytes, args.seed, name).split()[-2:])
                times[version, name].append(seconds)
                size[name] = megabytes
    print(f"UI alone, warm CPU s per MB, median of {args.repeat}, alternating; load average {os.getloadavg()[0]:.1f}")
    for name in args.sets:
        row = {version: statistics.median(times[version, name]) / size[name] for version in versions}
        line = "  ".join(f"{version} {value:6.3f}" for version, value in row.items())
        ratio = f"  {row['baseline'] / row['this']:.2f}x" if "baseline" in row else ""
        print(f"{name:10} {size[name]:5.2f} MB  {line}{ratio}")


def profile(args) -> None:
    import cProfile

    from newslint import Linter

    texts = ui_texts(args.sets[0], args.megabytes, args.seed)
    linter = Linter(select=["UI"])
    list(linter.lint_texts([("warm", "Warm up the word lists, said the minister on Tuesday.\n")]))
    cProfile.runctx("list(linter.lint_texts(texts))", globals(), locals(), args.profile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="folder holding the other version's newslint package")
    parser.add_argument("--megabytes", type=float, default=1.2)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--cpu", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sets", nargs="*", default=list(SETS), help="bbc, l3s (one block a line), l3s-blank")
    parser.add_argument("--profile", help="write a cProfile of the first of --sets to this file")
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
