"""Measures behind trial7's ML and TX fixes, on real text.

    python tests/benchmarks/trial7_mltx.py [--limit N]

1. How well the Latin vote's language fits a clean article: the share of its
   first words the chosen language's list knows as common words
   (newslint.language.fitting_latin_language, which calls an article below
   MIN_KNOWN_SHARE for every known language an unknown Latin-script language).  Printed for the clean
   BBC articles and the real Spanish, French, German and Portuguese text of
   non_english_sentences (ten sentences an article): the lowest shares and
   how many fall below the threshold (each one an article the ML rules would
   judge as unknown: a false change).
2. TX102 on German (clean sentences, and WMT23 en->de targets; now checked for a function word glued to the end of
   a lower-case word): findings per article, each printed.
"""
from __future__ import annotations

import argparse
import collections
import itertools

from common import bbc_articles, records

from newslint import Document, Linter
from newslint.language import MIN_KNOWN_SHARE, SAMPLE_WORDS, common_zipf_column

GROUP = 10


def known_share(text: str) -> tuple[str, float]:
    document = Document(text)
    article = document.language
    words = [token for token in itertools.islice(document.token_texts, SAMPLE_WORDS * 2) if token.isalpha()][:SAMPLE_WORDS]
    if not words or article is None:
        return "", 1.0
    known = sum(value > 0.0 for value in common_zipf_column(" ".join(words).lower().split(" "), article.code))
    return article.code, known / len(words)


def foreign_articles(languages: tuple[str, ...]) -> dict[str, list[str]]:
    sentences = collections.defaultdict(list)
    for record in records("non_english_sentences.jsonl.gz"):
        if record["lang"] in languages:
            sentences[record["lang"]].append(record["text"].strip())
    return {
        language: ["\n".join(items[start : start + GROUP]) + "\n" for start in range(0, len(items) - GROUP + 1, GROUP)]
        for language, items in sentences.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="BBC articles to read (0: all)")
    args = parser.parse_args()
    bbc = [text for _, text in bbc_articles()]
    if args.limit:
        bbc = bbc[: args.limit]
    others = foreign_articles(("es", "fr", "de", "pt"))
    print(f"1. share of words the voted language knows (threshold {MIN_KNOWN_SHARE})")
    for name, texts in [("bbc-en", bbc)] + sorted(others.items()):
        shares = sorted(known_share(text)[1] for text in texts)
        below = sum(share < MIN_KNOWN_SHARE for share in shares)
        print(f"   {name:7} articles {len(shares):5}  lowest {shares[0]:.3f}  1st percentile {shares[len(shares) // 100]:.3f}"
              f"  median {shares[len(shares) // 2]:.3f}  below threshold {below}")
    print("2. TX102 on clean German text (ten sentences an article)")
    linter = Linter(select=["TX102"])
    found = 0
    for text in others["de"]:
        for finding in linter.lint_text(text):
            if finding.code == "TX102":
                found += 1
                print(f"   {finding.message}")
    print(f"   articles {len(others['de'])}  TX102 findings {found}")
    # German machine translation (WMT23 en->de targets, each distinct one
    # once, ten to an article): fluent German of the news, whatever its rated errors.
    targets = list(dict.fromkeys(r["target"].strip() for r in records("mt_news_mqm_errors.jsonl.gz") if r["lp"] == "en-de"))
    mt = ["\n".join(targets[start : start + GROUP]) + "\n" for start in range(0, len(targets) - GROUP + 1, GROUP)]
    found = 0
    for text in mt:
        for finding in linter.lint_text(text):
            if finding.code == "TX102":
                found += 1
                print(f"   {finding.message}")
    print(f"   WMT23 en->de targets: articles {len(mt)}  TX102 findings {found}")


if __name__ == "__main__":
    main()
