"""The sentences OC101's static table is distilled on: every sentence (three
words or more) and headline of the BBC articles of the "table" part of the
"fit" half (out_of_context.py's split_of and fit_part_of; --fit fits the
weights on the other part), one per line, written to a file outside the
repository for build_static_embeddings.py --distil to read.  The held-out
half, the Zyte bodies (--other-source) and the non-English sentences are
never written: the table is fitted on nothing the OC benchmark reports on.

    python tests/benchmarks/distillation_sentences.py /tmp/fit-sentences.txt

``--wmt``: instead, the English text of the WMT23 news segments
(mt_news_mqm_errors.jsonl.gz, Apache-2.0): the English sources of the
en-de pairs and the English outputs of the zh-en systems, each unique
sentence once (for a comparison of distillation text with many topics; the
OC benchmark reports on neither).

    python tests/benchmarks/distillation_sentences.py --wmt /tmp/wmt-sentences.txt
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from common import records
from out_of_context import articles

from newslint import Document

MIN_WORDS = 3  # as context.MIN_EMBEDDED_WORDS: shorter lines are not embedded


def sentences() -> list[str]:
    seen: dict[str, None] = {}
    for _, _, text in articles("fit", "table"):
        for sentence in Document(text).sentences:
            line = " ".join(sentence.text.split())
            if len(line.split()) >= MIN_WORDS:
                seen.setdefault(line, None)
    return list(seen)


def wmt_sentences() -> list[str]:
    seen: dict[str, None] = {}
    for record in records("mt_news_mqm_errors.jsonl.gz"):
        if record["lp"].startswith("en-"):
            text = record["source"]
        elif record["lp"].endswith("-en"):
            text = record["target"]
        else:
            continue
        for sentence in Document(text).sentences:
            line = " ".join(sentence.text.split())
            if len(line.split()) >= MIN_WORDS:
                seen.setdefault(line, None)
    return list(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="keep the first this many (in the shuffled order)")
    parser.add_argument("--wmt", action="store_true", help="the WMT23 news segments' English text instead (see above)")
    args = parser.parse_args()
    lines = wmt_sentences() if args.wmt else sentences()
    random.Random(0).shuffle(lines)  # so that a --limit or a part of the file is a fair sample
    if args.limit:
        lines = lines[: args.limit]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(lines)} sentences of {'the WMT23 segments' if args.wmt else 'the fit half'}")


if __name__ == "__main__":
    main()
