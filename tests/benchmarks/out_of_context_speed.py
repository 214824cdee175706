"""Where OC's own time goes: CPU seconds per stage of OC101 and OC102 over
speed.py's damaged text, in one warm process.

    python tests/benchmarks/out_of_context_speed.py [--megabytes 1] [--rounds 3] [--baseline DIR]
    python tests/benchmarks/out_of_context_speed.py --commands [--megabytes 1] [--rounds 5] [--baseline DIR]

The document model's work that OC shares with other families (sentences,
the article's language) is done before the clock starts, so the figures are
OC's alone.  Each round lints the text twice with fresh documents: the first
pass meets most of its words for the first time (what a corpus run pays for
each new word: word pieces, Zipf lookups, content weights), the second knows
them all (the per-article work: numpy on small arrays, per-sentence loops).
Stages are timed by wrapping OC's functions (a clock read per call, no
profiler), and nested stages are included in their callers' figures.
With --baseline DIR (a folder holding another version's ``newslint``
package, as speed.py takes) the same is run under that version too, rounds
alternating; medians are printed.  The machine is shared: read the ratios
between versions measured in the same run.

With --commands it times what a user runs instead, per version, rounds
alternating: ``newslint --select OC -j 1`` over the text as JSON Lines (CPU
seconds of the command: start-up, the document model's share and OC), the
same in a warm process (``Linter(select=["OC"])`` after 20 articles), and
``newslint FILE`` (all default rules) on one article from a cold start, for
an English article OC judges and for a three-line file it cannot, and the
first again with ``--extend-ignore OC`` (the difference is OC's share of a
cold start: numpy's import, the table's loading, the first judging).

With --features-digest it prints, for the version on the import path, how
many sentences the static method judged on the clean BBC articles and on
1 MB of speed.py's text (seed 7), and a SHA-256 of their features (repr,
every float bit): run it with PYTHONPATH=DIR for another version; equal
digests mean bit-identical scores.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import time

# (module, owner or None, function name, label): the stages timed.
STAGES = (
    ("cohesion", None, "_analyse", "cohesion (lexical analysis)"),
    ("cohesion", None, "_content_words", "  of which the article's spellings looked up"),
    ("context", None, "_judge_all", "static features (_judge_all)"),
    ("context", "_Article", "__init__", "  article's words numbered"),
    ("context", "_Spellings", "_add", "    of which new spellings"),
    ("static", "Words", "_add", "      of which new words' vectors"),
    ("context", "_Article", "sentence_vectors", "  sentence vectors"),
    ("context", "_Article", "word_features", "  word closeness"),
    ("context", "_Article", "names", "  names and numbers"),
    ("cohesion", None, "best_shared", "  most shared with one sentence"),
    ("context", None, "_sentence_neighbourhood", "  nearest and neighbours"),
    ("context", None, "_paragraph", "  paragraph"),
    ("context", None, "_standard", "  standard scores"),
    ("static", None, "words", "  static words (per sentence)"),
)
OC101_OPTIONS = {"threshold": 0.0, "min-weight": 30.0, "min-words": 8, "min-sentences": 6, "method": "static",
                 "static-threshold": 1.46, "semantic-threshold": 0.15}  # as config.yaml sets them
OC102_OPTIONS = {"min-words": 3, "max-words": 14, "sentence-min-words": 8, "sentence-threshold": 1.46}
WARM_UP_ARTICLES = 20


def one_round(megabytes: float, seed: int) -> dict:
    """Both passes in this process: {"pass 1": {label: seconds}, "pass 2": ...}."""
    import importlib

    import speed
    from newslint import Document
    from newslint.rules.lexicon import article_language
    from newslint.rules.out_of_context import rules

    times: collections.Counter = collections.Counter()

    def timed(function, label):
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                times[label] += time.process_time() - start
        return wrapper

    for module_name, owner_name, name, label in STAGES:
        module = importlib.import_module(f"newslint.rules.out_of_context.{module_name}")
        owner = getattr(module, owner_name) if owner_name else module
        if hasattr(owner, name):  # an older baseline may not have a stage
            setattr(owner, name, timed(getattr(owner, name), label))
    texts = [text for _, text in speed.corpus(megabytes, seed)]

    def documents():
        made = [Document(text) for text in texts]
        for document in made:
            # The document model's share, untimed: sentences and the article's language.
            document.sentences
            article_language(document)
        return made

    sentence_rule, teaser_rule = rules.OutOfContextSentence(), rules.TeaserLine()

    def lint(made):
        start = time.process_time()
        for document in made:
            list(sentence_rule.check_document(document, OC101_OPTIONS))
            list(teaser_rule.check_document(document, OC102_OPTIONS))
        return time.process_time() - start

    lint(documents()[:WARM_UP_ARTICLES])
    result = {}
    for name in ("pass 1", "pass 2"):
        made = documents()
        times.clear()
        total = lint(made)
        result[name] = {"OC101 + OC102 (all)": total, **dict(times)}
    result["megabytes"] = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    return result


WARM = """
import json, sys, time
from newslint import Linter
texts = [(r["id"], r["text"]) for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
linter = Linter(select=["OC"])
list(linter.lint_texts(texts[:20]))
cpu = time.process_time()
list(linter.lint_texts(texts))
print(time.process_time() - cpu)
"""
SHORT_ARTICLE = "A short note\n\nThe meeting starts at nine.\n"


def commands(args, versions: dict) -> None:
    """The --commands figures: CPU-second medians per version, and ratios per round."""
    import resource
    import tempfile

    import speed

    def cpu_of(command: list[str], env: dict) -> float:
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        before = used.ru_utime + used.ru_stime
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime - before

    texts = speed.corpus(args.megabytes, args.seed)
    megabytes = sum(len(text.encode("utf-8")) for _, text in texts) / 1e6
    with tempfile.TemporaryDirectory() as root:
        big = os.path.join(root, "corpus.jsonl")
        speed.write_jsonl(speed.Path(big), texts)
        one = os.path.join(root, "article.txt")
        with open(one, "w", encoding="utf-8") as handle:
            handle.write(texts[0][1])
        short = os.path.join(root, "short.txt")
        with open(short, "w", encoding="utf-8") as handle:
            handle.write(SHORT_ARTICLE)
        pycache = os.path.join(root, "pycache")
        base = speed.newslint()
        jobs = {
            "OC alone, -j 1": lambda env: cpu_of(base + ["-j", "1", "--select", "OC", big], env),
            "OC alone, warm": lambda env: float(subprocess.run(
                [sys.executable, "-c", WARM, big], capture_output=True, text=True, check=True, env=env).stdout.split()[-1]),
            "one article, cold start": lambda env: cpu_of(base + [one], env),
            "three lines, cold start": lambda env: cpu_of(base + [short], env),
            "one article, OC left out": lambda env: cpu_of(base + ["--extend-ignore", "OC", one], env),
        }
        environments = {}
        for version, folder in versions.items():
            environments[version] = speed.installed_env(pycache, {"OPENBLAS_NUM_THREADS": "1", **({"PYTHONPATH": folder} if folder else {})})
            cpu_of(base + [one], environments[version])  # writes the bytecode and word tables
        times = {(version, label): [] for version in versions for label in jobs}
        for _ in range(args.rounds):
            for label, job in jobs.items():
                for version in versions:
                    times[version, label].append(job(environments[version]))
    print(f"CPU seconds, medians of {args.rounds} rounds ({megabytes:.2f} MB for the first two); "
          f"load average {os.getloadavg()[0]:.1f}")
    for label in jobs:
        cells = []
        for version in versions:
            median = statistics.median(times[version, label])
            cells.append(f"{version} {median:.3f}" + (f" ({megabytes / median:.2f} MB/s)" if label.startswith("OC") else ""))
        line = f"{label:26}" + "   ".join(cells)
        if "baseline" in versions:
            ratios = [b / t for t, b in zip(times["this", label], times["baseline", label])]
            line += f"   this {statistics.median(ratios):.2f}x faster (per round: " + ", ".join(f"{r:.2f}" for r in ratios) + ")"
        print(line)


def features_digest() -> None:
    import hashlib

    import common
    import speed
    from newslint import Document
    from newslint.rules.lexicon import article_language
    from newslint.rules.out_of_context import context

    digest, judged = hashlib.sha256(), 0
    for _, text in common.bbc_articles() + speed.corpus(1.0, 7):
        document = Document(text)
        language = article_language(document)
        if language is None or language.code != "en":
            continue
        for item in context.judge(document, document.sentences):
            digest.update(repr((item.sentence.start, item.features)).encode())
            judged += 1
    print(f"{context.__file__}: {judged} sentences judged, features {digest.hexdigest()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--baseline", help="folder holding another version's newslint package, to compare")
    parser.add_argument("--commands", action="store_true", help="time the commands a user runs (see above)")
    parser.add_argument("--this", help="with --commands: a folder holding this version's package, run as the baseline "
                        "is (PYTHONPATH), so that both start the same way")
    parser.add_argument("--features-digest", action="store_true", help="print a digest of the static features (see above)")
    parser.add_argument("--one-round", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.features_digest:
        features_digest()
        return
    if args.one_round:
        print(json.dumps(one_round(args.megabytes, args.seed)))
        return
    here = os.path.dirname(os.path.abspath(__file__))
    versions = {"this": None, **({"baseline": args.baseline} if args.baseline else {})}
    if args.commands:
        commands(args, {**versions, "this": args.this})
        return
    rounds: dict[str, list[dict]] = {version: [] for version in versions}
    for _ in range(args.rounds):
        for version, folder in versions.items():
            env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
            if folder:
                env["PYTHONPATH"] = folder
            command = [sys.executable, os.path.abspath(__file__), "--one-round", "--megabytes", str(args.megabytes), "--seed", str(args.seed)]
            done = subprocess.run(command, capture_output=True, text=True, check=True, env=env, cwd=here)
            rounds[version].append(json.loads(done.stdout.splitlines()[-1]))
    megabytes = rounds["this"][0]["megabytes"]
    print(f"OC's own CPU seconds over {megabytes:.2f} MB of speed.py's text (document model excluded); "
          f"medians of {args.rounds} rounds; load average {os.getloadavg()[0]:.1f}")
    labels = ["OC101 + OC102 (all)"] + [label for *_, label in STAGES]
    header = "".join(f"{version + ', ' + name:>22}" for version in versions for name in ("pass 1", "pass 2"))
    print(f"{'':42}{header}")
    for label in labels:
        cells = "".join(
            f"{statistics.median(r[name].get(label, 0.0) for r in rounds[version]):22.3f}"
            for version in versions for name in ("pass 1", "pass 2")
        )
        print(f"{label:42}{cells}")
    for version in versions:
        total = statistics.median(r["pass 1"]["OC101 + OC102 (all)"] for r in rounds[version])
        print(f"{version}: {megabytes / total:.2f} MB/s on first sight of the words (pass 1)")
    if args.baseline:
        for name in ("pass 1", "pass 2"):
            ratio = [b[name]["OC101 + OC102 (all)"] / t[name]["OC101 + OC102 (all)"] for t, b in zip(rounds["this"], rounds["baseline"])]
            print(f"{name}: this version {statistics.median(ratio):.2f}x faster than the baseline (per round: "
                  + ", ".join(f"{value:.2f}" for value in ratio) + ")")


if __name__ == "__main__":
    main()
