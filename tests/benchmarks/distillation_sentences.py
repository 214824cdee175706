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

``--many-topics``: the sentences of the human gold article bodies of
L3S-GN1 (621 news pages of 408 sites, linked from Google News in 2008) and
CleanPortalEval (71 pages of 4 portals), then those of the BBC "table" part:
text of many topics, so that the table learns meaning rather than the BBC's
five topics.  Never the Zyte bodies (the benchmark's other source), nor
Dragnet's (fit_static_weights.py's validation source), nor the BBC held-out
half.  ``--topics-only`` leaves out the BBC part.

    python tests/benchmarks/distillation_sentences.py --many-topics /tmp/many-sentences.txt
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


MANY_TOPIC_SOURCES = ("scraped_l3s_gn1.jsonl.gz", "scraped_cleanportaleval.jsonl.gz")


def gold_body_sentences(names=MANY_TOPIC_SOURCES) -> list[str]:
    """Each unique sentence (three words or more) of the sources' gold
    bodies (English only: the table knows English pieces)."""
    from newslint.rules.lexicon import article_language

    seen: dict[str, None] = {}
    for name in names:
        for record in records(name):
            text = (record.get("gold_text") or "").strip()
            if len(text.split()) < 50 or "<!--" in text:
                continue  # no article (CleanPortalEval's empty pages say so in a comment)
            document = Document(text + "\n")
            language = article_language(document)
            if language is None or language.code != "en":
                continue
            for sentence in document.sentences:
                line = " ".join(sentence.text.split())
                if len(line.split()) >= MIN_WORDS:
                    seen.setdefault(line, None)
    return list(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="keep the first this many (in the shuffled order)")
    parser.add_argument("--wmt", action="store_true", help="the WMT23 news segments' English text instead (see above)")
    parser.add_argument("--many-topics", action="store_true", help="L3S-GN1's and CleanPortalEval's gold bodies, then the BBC table part (see above)")
    parser.add_argument("--topics-only", action="store_true", help="with --many-topics: without the BBC table part")
    args = parser.parse_args()
    if args.many_topics:
        # The gold bodies first, shuffled, then the BBC part in its own
        # shuffled order (its targets may be cached from a BBC-only run).
        lines = gold_body_sentences()
        random.Random(0).shuffle(lines)
        if args.limit:
            lines = lines[: args.limit]
        if not args.topics_only:
            bbc = sentences()
            random.Random(0).shuffle(bbc)
            known = set(lines)
            lines += [line for line in bbc if line not in known]
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{args.output}: {len(lines)} sentences of gold bodies of many topics" + ("" if args.topics_only else " and the BBC table part"))
        return
    lines = wmt_sentences() if args.wmt else sentences()
    random.Random(0).shuffle(lines)  # so that a --limit or a part of the file is a fair sample
    if args.limit:
        lines = lines[: args.limit]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(lines)} sentences of {'the WMT23 segments' if args.wmt else 'the fit half'}")


if __name__ == "__main__":
    main()
