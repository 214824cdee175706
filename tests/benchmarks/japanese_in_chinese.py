"""A Japanese sentence in a Chinese article, and Japanese and Chinese articles
left alone: the article's language and ML's findings.

    python tests/benchmarks/japanese_in_chinese.py [--split tune|report|all] [--short N]

From the real sentences of ../shared/corpus/non_english_sentences.jsonl.gz
(the split's half, as mixed_language.py takes it): Chinese and Japanese
articles of ten sentences, one a line, and short ones of --short sentences
(default 4, a headline-sized article).  Printed: how many of each are judged
in their own language, and how many get an ML finding (false alarms); then,
into each Chinese article, a Japanese sentence put in place of one line:
how many articles stay Chinese and how many have an ML finding on that line
(found).  Kana are what tells the two apart (newslint.japanese).
"""
from __future__ import annotations

import argparse
import collections
import random

from common import records

from newslint import Document, Linter

GROUP = 10


def half(items: list, split: str) -> list:
    return items if split == "all" else items[0 if split == "tune" else 1 :: 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--short", type=int, default=4)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sentences = collections.defaultdict(list)
    for record in records("non_english_sentences.jsonl.gz"):
        if record["lang"] in ("zh", "ja"):
            sentences[record["lang"]].append(record["text"].strip())
    sentences = {language: half(found, args.split) for language, found in sentences.items()}
    linter = Linter(select=["ML"])
    print(f"split: {args.split}")
    for size in (GROUP, args.short):
        for language in ("zh", "ja"):
            texts = ["\n".join(sentences[language][at : at + size]) + "\n" for at in range(0, len(sentences[language]) - size + 1, size)]
            own = sum(Document(text).language.code == language for text in texts)
            alarms = sum(bool(linter.lint_text(text)) for text in texts)
            print(f"{language} articles of {size} sentences: {own}/{len(texts)} judged {language}, {alarms} with an ML finding")
        texts = [sentences["zh"][at : at + size] for at in range(0, len(sentences["zh"]) - size + 1, size)]
        chinese = found = 0
        for lines in texts:
            line = rng.randrange(len(lines))
            lines = list(lines)
            lines[line] = rng.choice(sentences["ja"])
            text = "\n".join(lines) + "\n"
            chinese += Document(text).language.code == "zh"
            found += any(d.line == line + 1 for d in linter.lint_text(text))
        print(f"a Japanese sentence in a Chinese article of {size} lines: {chinese}/{len(texts)} judged zh, found {found}/{len(texts)}")


if __name__ == "__main__":
    main()
