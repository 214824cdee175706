"""Helpers shared by the benchmark scripts: where the evaluation corpus is and
how to read it.  The corpus (../shared/corpus) is third-party text used for
measurement only; nothing from it is copied into the project."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("NEWSLINT_CORPUS", REPO.parent / "shared" / "corpus"))


def records(name: str) -> Iterator[dict]:
    path = CORPUS / name
    if not path.exists():
        raise SystemExit(f"{path} not found: set NEWSLINT_CORPUS to the shared corpus folder")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def bbc_articles() -> list[tuple[str, str]]:
    """(id, text) of the clean BBC articles, headline first as scraped text has it."""
    return [(r["id"], r["title"] + "\n\n" + r["text"]) for r in records("en_news_clean.jsonl.gz")]
