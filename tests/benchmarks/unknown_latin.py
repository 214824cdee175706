"""How a clean article's words fit its language's list, against the lists of
its neighbours: the margins behind newslint.language's unknown Latin-script
language (an article in Catalan, Galician, Norwegian... that a known list
almost fits must not have its own lines called foreign).

    python tests/benchmarks/unknown_latin.py [--split tune|report|all] [--group N] [--limit N]

For the clean BBC articles (English) and the real Spanish, French, German
and Portuguese sentences of non_english_sentences (``--group`` sentences an
article, ten by default; fewer gives the short articles where shares
wander most), it prints, per language:

* the share of the first words the voted language's list knows as common
  words (``fitting_latin_language``'s test);
* how far that share leads the best list of a language newslint does not
  vote for (``language.UNLISTED_LATIN``: Catalan, Slovak, Norwegian...);
* how far it leads the next known language's share (Spanish for a
  Portuguese article);

each as its lowest values and how many articles fall under the thresholds
(each one a clean article the ML rules would judge as an unknown
Latin-script language: a false change), and what the fit calls them.

``--injected``: instead, a whole English line of the BBC text put into a
random line of each Spanish, French, German and Portuguese article (three
times an article, as mixed_language.py does once), linted by ML with the
neighbour test (``language._neighbour_verdict``) and without it: how often
an ML finding lands on the injected line, and how many land on the other,
clean lines (an article the vote misread as English reports them all).
"""
from __future__ import annotations

import argparse
import collections
import itertools
import random

from common import bbc_articles, records
from mixed_language import foreign_articles, inject

from newslint import Document, Linter
from newslint import language as lang


def half(items: list, split: str) -> list:
    return items if split == "all" else items[0 if split == "tune" else 1 :: 2]


def shares(text: str) -> tuple[str, dict[str, float]] | None:
    document = Document(text)
    article = document.language
    if article is None or article.script != "Latin":
        return None
    words = [token for token in itertools.islice(document.token_texts, lang.SAMPLE_WORDS * 2) if token.isalpha()][: lang.SAMPLE_WORDS]
    if len(words) < lang.MIN_FIT_WORDS:
        return None
    lowered = " ".join(words).lower().split(" ")
    known = {
        code: sum(value > 0.0 for value in lang.common_zipf_column(lowered, code)) / len(words)
        for code in lang.LATIN_LANGUAGES + lang.UNLISTED_LATIN
    }
    return lang.fitting_latin_language(document), article.code, known


# An unlisted language's list that knows more of an article's words than its
# own (and out-votes it) makes the article unknown (language._neighbour_verdict):
# the article's own list must lead every unlisted one.
UNLISTED_LEAD = 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=("tune", "report", "all"), default="tune")
    parser.add_argument("--group", type=int, default=10, help="sentences to an article")
    parser.add_argument("--limit", type=int, default=0, help="articles per language (0: all)")
    parser.add_argument("--injected", action="store_true", help="English lines injected into the other languages")
    args = parser.parse_args()
    if args.injected:
        injected(args.split, args.limit)
        return
    sentences = collections.defaultdict(list)
    for record in records("non_english_sentences.jsonl.gz"):
        if record["lang"] in ("es", "fr", "de", "pt"):
            sentences[record["lang"]].append(record["text"].strip())
    texts = {"en": [text for _, text in half(bbc_articles(), args.split)]}
    for code, items in sorted(sentences.items()):
        items = half(items, args.split)
        texts[code] = ["\n".join(items[start : start + args.group]) + "\n" for start in range(0, len(items) - args.group + 1, args.group)]
    print(f"split {args.split}, {args.group} sentences an article; thresholds: share {lang.MIN_KNOWN_SHARE},"
          f" lead over an unlisted list {UNLISTED_LEAD}, over the next known list {lang.MIN_KNOWN_LEAD}")
    for code, items in texts.items():
        if args.limit:
            items = items[: args.limit]
        own, unlisted, neighbour, called = [], [], [], collections.Counter()
        for text in items:
            found = shares(text)
            if found is None:
                continue
            fitted, voted, known = found
            called[fitted] += 1
            share = known[voted]
            own.append(share)
            best_unlisted = max(lang.UNLISTED_LATIN, key=known.get)
            unlisted.append((share - known[best_unlisted], best_unlisted))
            runner = max((other for other in lang.LATIN_LANGUAGES if other != voted), key=known.get)
            neighbour.append((share - known[runner], runner))
        own.sort()
        unlisted.sort()
        neighbour.sort()
        print(f"{code}: articles {len(own)}, fitted as {dict(called.most_common())}")
        print(f"   own share: lowest {own[0]:.3f}, 1st percentile {own[len(own) // 100]:.3f}, median {own[len(own) // 2]:.3f},"
              f" under {lang.MIN_KNOWN_SHARE}: {sum(share < lang.MIN_KNOWN_SHARE for share in own)}")
        print(f"   lead over the best unlisted list: lowest {', '.join(f'{lead:+.3f} {name}' for lead, name in unlisted[:3])},"
              f" median {unlisted[len(unlisted) // 2][0]:+.3f}, under {UNLISTED_LEAD}: {sum(lead < UNLISTED_LEAD for lead, _ in unlisted)}")
        print(f"   lead over the next known list: lowest {', '.join(f'{lead:+.3f} {name}' for lead, name in neighbour[:3])},"
              f" median {neighbour[len(neighbour) // 2][0]:+.3f}, under {lang.MIN_KNOWN_LEAD}: {sum(lead < lang.MIN_KNOWN_LEAD for lead, _ in neighbour)}")


def injected(split: str, limit: int) -> None:
    rng = random.Random(11)
    english = [line for _, text in half(bbc_articles(), split) for line in text.split("\n") if len(line.split()) >= 8]
    foreign = foreign_articles(split)
    ml = Linter(select=["ML"])
    with_test = lang._neighbour_verdict
    for code in ("es", "fr", "de", "pt"):
        counts = {"without": [0, 0], "with": [0, 0]}
        articles = foreign[code][:limit] if limit else foreign[code]
        for article_id, text in articles:
            for _ in range(3):
                damaged, line = inject(text, rng.choice(english), rng)
                for name, verdict in (("without", lambda lowered, fitted, known: fitted), ("with", with_test)):
                    lang._neighbour_verdict = verdict
                    found = ml.lint_text(damaged, article_id)
                    counts[name][0] += any(finding.line == line for finding in found)
                    counts[name][1] += sum(finding.line != line for finding in found)
        lang._neighbour_verdict = with_test
        print(f"English into {code}: {3 * len(articles)} injected; found without the neighbour test {counts['without'][0]},"
              f" with it {counts['with'][0]}; findings on clean lines without {counts['without'][1]}, with {counts['with'][1]}")


if __name__ == "__main__":
    main()
