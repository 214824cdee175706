"""Engine speed: files per second and MB per second for -j 1 and -j auto on a
generated corpus, and the wall time of a one-file run (a pre-commit hook's cost).

    python tests/benchmarks/engine.py [--files 2000] [--repeat 3]

The corpus is generated here from a fixed seed (no third-party text), as
.txt files and as one .jsonl file.  Figures are medians of --repeat runs of
the installed `newslint` command in a subprocess, so start-up is included
(after one untimed run, with Python's bytecode written, as an installed
copy has it).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

WORDS = (
    "the minister said on tuesday that talks with union leaders would resume next week after a "
    "two-week strike left dozens of ships waiting at anchor outside the port while officials warned "
    "that cargo volumes had fallen sharply and prices for shipping containers rose across europe"
).split()


def article(rng: random.Random) -> str:
    title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
    paragraphs = []
    for _ in range(rng.randint(6, 14)):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 30))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append(" ".join(sentences))
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def newslint_command() -> list[str]:
    found = shutil.which("newslint") or os.path.join(os.path.dirname(sys.executable), "newslint")
    return [found, "--isolated", "--exit-zero", "-q"]


def installed_env(pycache: str) -> dict:
    """Python may write and read compiled bytecode (under ``pycache``): a
    shell that sets PYTHONDONTWRITEBYTECODE would otherwise make every run
    compile newslint's modules from source, which no installed copy does."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def timed(command: list[str], repeat: int, env: dict | None = None) -> float:
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)  # writes bytecode and word tables
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20261129)
    with tempfile.TemporaryDirectory() as root:
        texts = [article(rng) for _ in range(args.files)]
        os.mkdir(os.path.join(root, "txt"))
        for number, text in enumerate(texts):
            with open(os.path.join(root, "txt", f"{number:06}.txt"), "w", encoding="utf-8") as handle:
                handle.write(text)
        corpus = os.path.join(root, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as handle:
            for number, text in enumerate(texts):
                handle.write(json.dumps({"id": number, "text": text}) + "\n")
        megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        base = newslint_command()
        env = installed_env(os.path.join(root, "pycache"))
        print(f"corpus: {args.files} articles, {megabytes:.1f} MB; {os.cpu_count()} CPUs; median of {args.repeat}")
        for label, target in (("txt files", os.path.join(root, "txt")), ("jsonl", corpus)):
            for jobs in ("1", "auto"):
                seconds = timed(base + ["-j", jobs, target], args.repeat, env)
                print(
                    f"{label:9}  -j {jobs:4}  {seconds:6.2f} s  {args.files / seconds:8.0f} articles/s  "
                    f"{megabytes / seconds:6.2f} MB/s"
                )
        one = os.path.join(root, "txt", "000000.txt")
        print(f"one file   -j 1     {timed(base + [one], max(args.repeat, 5), env) * 1000:6.0f} ms wall (start-up included)")


if __name__ == "__main__":
    main()
