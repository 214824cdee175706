"""Where the CPU of a ``-j 2`` run goes, and the speedup it allows.

    python tests/benchmarks/parallel_cpu.py [--megabytes 1] [--repeat 3] [--baseline DIR]

Wall-clock ratios of ``-j 2`` to ``-j 1`` mean little on a machine other work
shares; CPU time does.  This runs newslint's command line (``--isolated``,
default rules) in a subprocess with the engine instrumented from outside
(``newslint.runner``'s worker functions wrapped, nothing in newslint
changed), on speed.py's corpus (BBC articles with injected damage, one JSON
Lines file and four shards, two gzipped), ``-j 1`` and ``-j 2`` alternating,
and prints medians of:

* T1, the CPU of ``-j 1``; T2, of ``-j 2`` (the parent and every worker);
* S, the parent's CPU before its warm-up (start-up: imports, configuration,
  plugins); the parent's CPU before the workers start checking (for the
  engine with counting workers forked before the warm-up, the counting phase
  shared by three processes on two CPUs);
* each checking worker's CPU to its last batch (start-up, counting where it
  counts, checking), and the parent's CPU after the workers start;
* the critical path on an otherwise idle two-CPU machine: what comes before
  the workers check, plus the CPU of the workers and the parent meanwhile
  over the processes that check (the workers, and the parent when it takes
  batches too: then ``-j 2`` has one worker), evenly loaded; and the bound
  it sets on the speedup, T1 / path;
* then the extra CPU phase by phase, and a checking worker's first batch
  against its later ones per 10,000 characters (CPU, minor page faults);
* the word types two processes meet between them, each checking every other
  batch, against the types of the whole text: each process learns its own
  per-word caches (scripts, frequencies, OC's vectors, the rules' per-word
  verdicts), so what one process learns once, two learn this many times
  over in all.

``--baseline DIR`` (a copy of another version's ``newslint`` package folder,
rules included, put first on PYTHONPATH) measures that version in the same
rounds, and prints the two versions' T2 and path compared round by round
(steadier than the medians on a shared machine).  Commands run with compiled bytecode cached (speed.installed_env),
as an installed copy runs.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

PROBE = """
import functools, json, os, resource, sys, time
log_path = sys.argv[1]
cpu_start = time.process_time()
from newslint import application, runner

def log(record):
    record["pid"] = os.getpid()
    # Minor page faults so far: a forked worker's first writes to what it
    # shares with the parent (copy on write) are faults, besides its own
    # allocations.
    record["faults"] = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    with open(os.path.join(log_path, f"{os.getpid()}.jsonl"), "a") as handle:
        handle.write(json.dumps(record) + "\\n")

def timed(kind, function):
    @functools.wraps(function)
    def wrapper(*arguments, **keywords):
        cpu = time.process_time()
        faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        value = function(*arguments, **keywords)
        record = {"kind": kind, "cpu0": cpu, "cpu1": time.process_time(), "wall": time.monotonic(), "faults0": faults}
        if kind in ("check", "check here"):  # the batch's characters, to compare batches of different sizes
            batch = arguments[0] if kind == "check" else arguments[1]  # check_all(checker, batch, ...)
            record["chars"] = sum(len(getattr(item, "text", "")) for item in batch)
        log(record)
        return value
    return wrapper

runner._collect_batch = timed("collect", runner._collect_batch)
runner._check_batch = timed("check", runner._check_batch)
runner._warm_up = timed("warm-up", runner._warm_up)
runner._Workers.__init__ = timed("pool", runner._Workers.__init__)
# Where the main process checks and counts batches itself (the engine since
# par20), the batches it takes: in -j 1 every batch.
runner.check_all = timed("check here", runner.check_all)
runner.collect = timed("collect here", runner.collect)
# In one process, merge is handed the counting pass's generator: its record
# spans the counting pass (in the parent of -j 2 only the merging).
runner.merge = timed("merge", runner.merge)
from newslint.cli import main
code = main(sys.argv[2:])
# cpu: from the probe's start (the interpreter's own start-up left out);
# cpu_raw: on the clock the other records use.
log({"kind": "total", "cpu": time.process_time() - cpu_start, "cpu_raw": time.process_time(), "code": code})
"""


def probe(arguments: list[str], env: dict) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-c", PROBE, folder, "--isolated", "--exit-zero", "--quiet", *arguments]
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
        records = []
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                records += [json.loads(line) for line in handle]
    return records


def one_process(records: list[dict]) -> dict[str, float]:
    return {"T1": next(r for r in records if r["kind"] == "total")["cpu"]}


def one_process_phases(records: list[dict]) -> dict[str, float]:
    """-j 1 in phases: start-up (to the counting pass), the counting pass,
    the checking pass (which reuses the counting pass's documents)."""
    total = next(r for r in records if r["kind"] == "total")
    counting = next(r for r in records if r["kind"] == "merge")
    return {
        "1: start-up": counting["cpu0"], "1: counting": counting["cpu1"] - counting["cpu0"],
        "1: checking": total["cpu_raw"] - counting["cpu1"], "1: faults": float(total["faults"]),
    }


def workers(records: list[dict]) -> dict[str, float]:
    total = next(r for r in records if r["kind"] == "total")
    parent = total["pid"]
    mine = [r for r in records if r["pid"] == parent]
    pools = sorted((r for r in mine if r["kind"] == "pool"), key=lambda r: r["wall"])
    warm = next(r for r in mine if r["kind"] == "warm-up")
    batches = collections.defaultdict(list)
    for record in records:
        if record["pid"] != parent and record["kind"] in ("collect", "check"):
            batches[record["pid"]].append(record)
    used = {pid: max(r["cpu1"] for r in rs) for pid, rs in batches.items()}
    checking = [pid for pid, rs in batches.items() if any(r["kind"] == "check" for r in rs)]
    counting = [pid for pid in batches if pid not in checking]
    start_up = warm["cpu0"] if not counting else min(pools[0]["cpu1"], warm["cpu0"])
    if counting:  # counting workers forked before the warm-up, then checking workers
        # pool records end after the pool is made: the counting pool's at
        # the start of the counting phase, the checking pool's at its end.
        phase = pools[-1]["cpu1"] - pools[0]["cpu1"]
        before = pools[0]["cpu1"] + max(phase, (phase + sum(used[p] for p in counting)) / 2, max(used[p] for p in counting))
    else:
        before = pools[-1]["cpu1"]
    after = total["cpu_raw"] - pools[-1]["cpu1"]
    checked = [used[pid] for pid in checking]
    # The processes that check: the workers, and the main process when it
    # takes batches itself (its CPU after the pool is then mostly checking).
    checkers = len(checked) + any(r["kind"] == "check here" for r in mine)
    path = before + (sum(checked) + after) / checkers
    return {
        "T2": total["cpu"] + sum(used.values()), "S (start-up)": start_up, "before checking": before,
        "worker max": max(checked), "worker min": min(checked), "parent after": after, "path": path,
    }


def worker_phases(records: list[dict]) -> dict[str, float]:
    """-j 2's CPU by where it goes, to set against one_process_phases: the
    parent's start-up (to its first pool, the pool's imports included), its
    warm-up, the counting workers' CPU, the checking workers' CPU, the
    parent's while they check; and minor faults, all processes."""
    total = next(r for r in records if r["kind"] == "total")
    parent = total["pid"]
    mine = [r for r in records if r["pid"] == parent]
    pools = sorted((r for r in mine if r["kind"] == "pool"), key=lambda r: r["wall"])
    warm = next(r for r in mine if r["kind"] == "warm-up")
    last: dict[int, dict] = {}
    kinds: dict[int, set] = collections.defaultdict(set)
    for record in records:
        if record["pid"] != parent and record["kind"] in ("collect", "check"):
            kinds[record["pid"]].add(record["kind"])
            if record["pid"] not in last or record["cpu1"] > last[record["pid"]]["cpu1"]:
                last[record["pid"]] = record
    checking = [pid for pid in last if "check" in kinds[pid]]
    counting = [pid for pid in last if pid not in checking]
    # Batches the parent counted itself (after its warm-up), before the checking pool.
    counted_here = sum(r["cpu1"] - r["cpu0"] for r in mine if r["kind"] == "collect here" and r["wall"] < pools[-1]["wall"])
    return {
        "2: start-up": pools[0]["cpu1"], "2: warm-up": warm["cpu1"] - warm["cpu0"],
        "2: counting workers": sum(last[pid]["cpu1"] for pid in counting) + counted_here,
        "2: checking workers": sum(last[pid]["cpu1"] for pid in checking),
        "2: parent meanwhile": total["cpu_raw"] - pools[-1]["cpu1"],
        "2: faults": float(total["faults"] + sum(last[pid]["faults"] for pid in last)),
        **first_batches(records, checking),
    }


def first_batches(records: list[dict], checking: list[int]) -> dict[str, float]:
    """A checking worker's first batch against its later ones, per 10,000
    characters of article text (CPU seconds and minor page faults), summed
    over the workers: what a worker pays when it starts on what its parent
    left it (copy-on-write faults on the pages it shares with the parent,
    word types and patterns its parent did not meet), besides its checking."""
    sums = collections.Counter()
    for pid in checking:
        batches = sorted((r for r in records if r["pid"] == pid and r["kind"] == "check"), key=lambda r: r["wall"])
        if len(batches) < 2 or not all(r.get("chars") for r in batches):
            continue
        first, later = batches[0], batches[1:]
        later_chars = sum(r["chars"] for r in later)
        sums["2: first batch CPU"] += (first["cpu1"] - first["cpu0"]) / first["chars"] * 1e4
        sums["2: first batch faults"] += (first["faults"] - first["faults0"]) / first["chars"] * 1e4
        sums["2: later CPU"] += sum(r["cpu1"] - r["cpu0"] for r in later) / later_chars * 1e4
        sums["2: later faults"] += sum(r["faults"] - r["faults0"] for r in later) / later_chars * 1e4
        # What the first batch cost over a later batch of its size.
        sums["2: first batch excess"] += (first["cpu1"] - first["cpu0"]) - sum(r["cpu1"] - r["cpu0"] for r in later) / later_chars * first["chars"]
    return {key: value / len(checking) if "excess" not in key else value for key, value in sums.items()}


def types_learnt_twice(texts: list[tuple[str, str]]) -> tuple[int, int]:
    """Word types (``\\w+``) of the whole text, and those of every other
    batch (the engine's batches) counted in each of two processes, summed."""
    import re

    from newslint.runner import _batches
    from newslint.sources import Article

    word = re.compile(r"\w+")
    articles = [Article(name, text, "corpus.jsonl") for name, text in texts]
    shares = [set(), set()]
    for number, batch in enumerate(_batches(articles)):
        for article in batch:
            shares[number % 2].update(word.findall(article.text))
    return len(shares[0] | shares[1]), len(shares[0]) + len(shares[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--baseline", help="folder holding another version's newslint package, to compare")
    args = parser.parse_args()
    import speed  # here: its imports load the corpus helpers

    texts = speed.corpus(args.megabytes, args.seed)
    megabytes = sum(len(text.encode("utf-8")) for _, text in texts) / 1e6
    with tempfile.TemporaryDirectory() as root:
        root = Path(root)
        big = root / "corpus.jsonl"
        speed.write_jsonl(big, texts)
        shards = []
        for index in range(4):
            shard = root / (f"shard{index}.jsonl" + (".gz" if index % 2 else ""))
            speed.write_jsonl(shard, texts[index::4], compress=bool(index % 2))
            shards.append(str(shard))
        pycache = str(root / "pycache")
        versions = {"this version": speed.installed_env(pycache, {"OPENBLAS_NUM_THREADS": "1"})}
        if args.baseline:
            versions["baseline"] = speed.installed_env(pycache, {"OPENBLAS_NUM_THREADS": "1", "PYTHONPATH": args.baseline})
        inputs = {"one file": [str(big)], "four shards": shards}
        for env in versions.values():  # compiled bytecode written once, untimed
            probe(["-j", "1", shards[0]], env)
        rows: dict[tuple[str, str], dict[str, list[float]]] = collections.defaultdict(lambda: collections.defaultdict(list))
        phases: dict[tuple[str, str], dict[str, list[float]]] = collections.defaultdict(lambda: collections.defaultdict(list))
        for round_number in range(args.repeat):
            for version, env in versions.items():
                for name, paths in inputs.items():
                    one, two = probe(["-j", "1", *paths], env), probe(["-j", "2", *paths], env)
                    for key, value in {**one_process(one), **workers(two)}.items():
                        rows[version, name][key].append(value)
                    for key, value in {**one_process_phases(one), **worker_phases(two)}.items():
                        phases[version, name][key].append(value)
            print(f"round {round_number + 1}/{args.repeat} done", file=sys.stderr)
    print(f"{len(texts)} BBC articles with injected damage, {megabytes:.2f} MB; CPU seconds, median of {args.repeat} "
          f"(-j 1 and -j 2 alternating); load average {os.getloadavg()[0]:.1f}")
    keys = list(next(iter(rows.values())))
    print(f"{'':26}" + "".join(f"{key:>16}" for key in keys) + f"{'T2-T1':>8}{'bound':>8}")
    for (version, name), values in rows.items():
        median = {key: statistics.median(values[key]) for key in keys}
        print(f"{version + ', ' + name:26}" + "".join(f"{median[key]:16.3f}" for key in keys)
              + f"{median['T2'] - median['T1']:8.3f}{median['T1'] / median['path']:8.2f}")
    print("path: the -j 2 run's critical path on an idle 2-CPU machine (before checking + the CPU of the workers "
          "and the parent meanwhile over the processes that check); bound: T1 / path")
    print_phases(phases)
    whole, split = types_learnt_twice(texts)
    print(f"\nWord types: {whole:,} in the text; {split:,} met by two processes checking every other batch "
          f"({split / whole:.2f} times: each learns its own per-word caches)")
    if args.baseline:
        # T1 varies by several per cent from run to run on a loaded machine,
        # more than the versions differ: each round's runs, taken one after
        # the other, are compared with each other instead.
        for name in inputs:
            this, base = rows["this version", name], rows["baseline", name]
            for key in ("T2", "path"):
                ratios = [mine / theirs for mine, theirs in zip(this[key], base[key])]
                print(f"{name}, {key}: this version / baseline, round by round: median {statistics.median(ratios):.3f} "
                      f"({', '.join(f'{ratio:.3f}' for ratio in ratios)})")


def print_phases(phases: dict) -> None:
    """Where -j 2's extra CPU goes, medians: one process's phases beside
    the same work in -j 2 (the checking workers together against the
    checking pass: with the parent's warm-up, which takes from the workers
    the first use of what the checking pass loads, and the parent's reading
    and writing meanwhile, which one process does in its checking pass)."""
    print("\nWhere the extra CPU goes (CPU seconds, medians; faults: minor page faults, every process):")
    for (version, name), values in phases.items():
        median = {key: statistics.median(series) for key, series in values.items()}
        print(f"{version + ', ' + name}:")
        print("  -j 1: " + ", ".join(f"{key[3:]} {median[key]:.3f}" for key in median if key.startswith("1:") and key != "1: faults")
              + f", faults {median['1: faults']:,.0f}")
        firsts = ("2: first batch CPU", "2: first batch faults", "2: later CPU", "2: later faults", "2: first batch excess")
        print("  -j 2: " + ", ".join(f"{key[3:]} {median[key]:.3f}" for key in median
                                     if key.startswith("2:") and key != "2: faults" and key not in firsts)
              + f", faults {median['2: faults']:,.0f}")
        if all(key in median for key in firsts):
            print(f"  -j 2, a checking worker's first batch against its later ones, per 10,000 characters: "
                  f"CPU {median['2: first batch CPU']:.4f} s against {median['2: later CPU']:.4f}, "
                  f"faults {median['2: first batch faults']:,.0f} against {median['2: later faults']:,.0f}; "
                  f"the first batches' excess CPU, all workers: {median['2: first batch excess']:.3f}")
        checking = (median["2: checking workers"] + median["2: warm-up"] + median["2: parent meanwhile"]
                    - median["1: checking"])
        counting = median["2: counting workers"] - median["1: counting"]
        start = median["2: start-up"] - median["1: start-up"]
        print(f"  -j 2 minus -j 1: checking {checking:+.3f} (the workers, the warm-up and the parent meanwhile against "
              f"the checking pass), counting {counting:+.3f}, start-up {start:+.3f} (the pool's imports)")


if __name__ == "__main__":
    main()
