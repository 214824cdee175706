"""The README's screenshot of the HTML report: a small damaged corpus written
here (no third-party text), linted, reported by site, and photographed by
headless Chromium.

    python tests/benchmarks/report_screenshot.py [--out docs/report.png] [--html PAGE]

Needs the report extra (matplotlib) and a Chromium (`apt-get install chromium`).
The PNG is reduced to a small palette so it stays light in the repository.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NEWSLINT = os.path.join(os.path.dirname(sys.executable), "newslint")
WIDTH, HEIGHT = 1200, 2700
PALETTE_COLOURS = 96

SITES = {
    # host: how likely each kind of damage is in one of its articles
    "harbour-gazette.example": 0.15,
    "valley-times.example": 0.35,
    "north-post.example": 0.6,
    "daily-ledger.example": 0.25,
    "metro-wire.example": 0.8,
}
TOPICS = ["ferry timetable", "school budget", "flood defences", "library hours", "tram extension", "market square"]
TOWNS = ["Eastmoor", "Kelby", "Westford", "Ashcombe", "Brindle", "Carrow", "Dunmere", "Fenwick", "Gorsey", "Halden"]
PEOPLE = ["Councillor Amara Osei", "Mayor Lena Fischer", "Dr Tomás Ruiz", "Inspector Priya Nair"]
DAMAGE = [
    lambda t, p: f"{p} said the the {t} would be reviewed in the spring.",
    lambda t, p: "Share this article",
    lambda t, p: "Sign up for our morning newsletter",
    lambda t, p: f"The {t} plan was approved on Tuesday.<br>",
    lambda t, p: f"Residents said the {t} was \u201ca welcome change, although nobody asked us.",
    lambda t, p: f"The caf\u00c3\u00a9 near the {t} site will stay open.",
    lambda t, p: f"Officials said the {t}\u200b would cost more than planned.",
    lambda t, p: f"{p} said the councilhad not yet decided on the {t}.",
    lambda t, p: "Advertisement",
]


def article(rng: random.Random, number: int, damage_rate: float) -> str:
    topic, person = rng.choice(TOPICS), rng.choice(PEOPLE)
    lines = [
        f"{rng.choice(TOWNS)} council sets out {rng.randint(2, 40)} changes to the {topic}",
        "",
        f"The council set out its plans for the {topic} on Monday, after months of consultation with residents.",
        f"{person} said the work would start in the autumn and last about a year.",
        f"Local businesses have asked for the {topic} to be finished before the summer season.",
    ]
    for make in DAMAGE:
        if rng.random() < damage_rate / 3:
            lines.insert(rng.randint(3, len(lines)), make(topic, person))
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, articles: int = 240) -> Path:
    rng = random.Random(16)
    sites = list(SITES)
    path = folder / "local-news.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(articles):
            host = sites[number % len(sites)]
            record = {"id": f"n{number:03}", "url": f"https://{host}/news/{number}", "text": article(rng, number, SITES[host])}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    raise SystemExit("no Chromium found: apt-get install chromium")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(REPO / "docs" / "report.png"))
    parser.add_argument("--html", help="Also keep the page here.")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="newslint-shot-"))
    try:
        corpus = write_corpus(folder)
        os.chdir(folder)
        subprocess.run([NEWSLINT, corpus.name, "--isolated", "-q", "--format", "jsonl", "--output-file", "findings.jsonl",
                        "--summary", "summary.jsonl"], check=False)
        subprocess.run([NEWSLINT, "report", "findings.jsonl", "--summary", "summary.jsonl", "--source-field", "url",
                        "-o", "report.html", "--isolated"], check=True)
        shot = folder / "shot.png"
        subprocess.run([browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}", (folder / "report.html").as_uri()],
                       check=True, capture_output=True, timeout=120)
        from PIL import Image  # installed with matplotlib

        image = Image.open(shot).convert("RGB").quantize(colors=PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT)
        Path(options.out).parent.mkdir(parents=True, exist_ok=True)
        image.save(options.out, optimize=True)
        if options.html:
            shutil.copy(folder / "report.html", options.html)
        print(f"{options.out}: {os.path.getsize(options.out):,} bytes ({WIDTH}x{HEIGHT})")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
