"""OC on real non-English articles: another article's sentence injected inside
a paragraph (OC101's case) or its first sentence put alone between paragraphs
(OC102's case), and the false alarms on the clean articles, per language.

    python tests/benchmarks/out_of_context_languages.py [--split report|tune] [--no-blank-lines]
    python tests/benchmarks/out_of_context_languages.py --fit     # fit any_language's weights on the tune half

Articles are built from REAL consecutive text only (../shared/corpus,
SOURCES.md sections 2 and 4):

* ja: livedoor news (each record is a body line of one article: grouped by
  the id before '#', the article's title as its headline);
* ko: sci-news-sum-kr-50 (an article's sentences, grouped by the id before
  '#'; the dataset dropped each sentence's final period, put back here;
  one to three sentences a paragraph, as the dataset keeps no paragraphs);
* zh: WMT23 zh-en source documents (segments of one document, the first
  its headline);
* de: WMT23 en-de documents as one MT system translated them (the system
  whose output of that document the raters marked with the fewest errors;
  the first segment is the headline).  Machine translation, but whole
  German documents;
* xx: the non-English gold article bodies of the Zyte and Dragnet scraped
  pages (pt, it, ru, de, id, ko, ja: a handful each), pooled.

PUD's documents are not used: they hold two to five sentences (median two),
too few for OC101 (six judged sentences) or OC102.

Articles are split into a tune and a report half by their id (the crc32
split of quotes_and_integrity.in_split); donors come from the same half and
language.  A sentence is found when an OC finding overlaps it; false alarms
are OC findings on the clean articles.  --fit computes any_language's
features on the tune half (OC101's injected sentences and OC102's first
sentences against every judged sentence of the clean articles, and the same
on 600 BBC articles of out_of_context.py's fit half for the scripts written
with spaces), fits a logistic regression per layout and family of scripts
and prints the weights, and per language the thresholds for
FIT_ALARMS_PER_50 false alarms per 50 clean articles (half each layout).
"""
from __future__ import annotations

import argparse
import collections
import random
import re

from common import records
from quotes_and_integrity import in_split

from newslint import Document, Linter

SEED = 20261201
MIN_SENTENCES = 6  # an article needs this many sentences (OC101's min-sentences)
ALLOWED_PER_50 = 1.0
# --fit chooses thresholds for fewer alarms than allowed, as
# out_of_context.py's FIT_ALARMS_PER_50 does (a false alarm costs more than
# a miss), and gives each layout half of it: OC101's and OC102's false
# alarms on the same clean articles add up.
FIT_ALARMS_PER_50 = 0.8
LAYOUT_SHARE = 0.5
ENGLISH_ARTICLES = 600  # BBC articles of out_of_context.py's fit half, for the alphabets' weights
KOREAN_STOP = "."
# Sentences a paragraph of a Korean article (the dataset keeps none): Naver's
# news writes paragraphs of one to three sentences.
KOREAN_PARAGRAPH_SENTENCES = (1, 2, 3)
SCRAPED = ("scraped_zyte_aeb.jsonl.gz", "scraped_dragnet2013.jsonl.gz")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def build_articles() -> dict[str, list[tuple[str, str]]]:
    """language -> [(article id, text)], headline first, paragraphs apart by blank lines."""
    grouped: dict[str, dict[str, list[dict]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for record in records("non_english_sentences.jsonl.gz"):
        identifier = record["id"]
        if identifier.startswith(("livedoor/", "scinews-kr/", "wmt23-zhen/")):
            grouped[record["lang"]][identifier.split("#")[0]].append(record)
    result: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for language, documents in grouped.items():
        for document_id, parts in documents.items():
            parts.sort(key=lambda r: int(re.sub(r"\D", "", r["id"].split("#")[1]) or 0))
            texts = [r["text"].strip() for r in parts]
            if document_id.startswith("livedoor/"):
                headline, body = parts[0]["article_title"], texts
            elif document_id.startswith("scinews-kr/"):
                headline = parts[0]["article_title"]
                sentences = [t if t.endswith((".", "?", "!")) else t + KOREAN_STOP for t in texts]
                rng = random.Random(document_id)
                body, at = [], 0
                while at < len(sentences):
                    size = rng.choice(KOREAN_PARAGRAPH_SENTENCES)
                    body.append(" ".join(sentences[at : at + size]))
                    at += size
            else:
                headline, body = texts[0], texts[1:]
            result[language].append((document_id, headline + "\n\n" + "\n\n".join(body) + "\n"))
    result["de"] = german_mt()
    result["xx"] = scraped_non_english()
    return {language: [a for a in articles if len(Document(a[1]).sentences) >= MIN_SENTENCES]
            for language, articles in sorted(result.items())}


def german_mt() -> list[tuple[str, str]]:
    """Each WMT23 en-de document in one system's German: the system whose
    segments of it carry the fewest rated errors."""
    segments: dict[tuple[str, str], dict[int, str]] = collections.defaultdict(dict)
    errors: collections.Counter = collections.Counter()
    for row in records("mt_news_mqm_errors.jsonl.gz"):
        if row["lp"] != "en-de":
            continue
        key = (row["doc"], row["system"])
        segments[key][row["doc_seg_id"]] = row["target"].strip()
        errors[key] += len(row["errors"])
    best: dict[str, tuple[int, str]] = {}
    for (document, system) in segments:
        candidate = (errors[document, system], system)
        if document not in best or candidate < best[document]:
            best[document] = candidate
    articles = []
    for document, (_, system) in sorted(best.items()):
        parts = [text for _, text in sorted(segments[document, system].items())]
        articles.append((f"wmt23-ende/{document}", parts[0] + "\n\n" + "\n\n".join(parts[1:]) + "\n"))
    return articles


def scraped_non_english() -> list[tuple[str, str]]:
    articles = []
    for name in SCRAPED:
        for record in records(name):
            gold = (record.get("gold_text") or "").strip()
            if len(gold) < 500:
                continue
            language = Document(gold).language
            if language is not None and language.code != "en":
                articles.append((record["id"], gold + "\n"))
    return articles


def _glue(text: str) -> str:
    """What goes between two sentences: nothing in Chinese and Japanese."""
    return "" if CJK.search(text[-1:] or " ") else " "


def injected(text: str, donor: str, rng: random.Random):
    """One sentence of the donor (not its headline) after a sentence inside a paragraph."""
    donor_document = Document(donor)
    first = donor_document.sentences[0].line if donor_document.sentences else 0
    sentences = [s.text for s in donor_document.sentences if s.line != first and len(s.text) >= 20]
    if not sentences:
        return None
    sentence = rng.choice(sentences)
    document = Document(text)
    headline = document.sentences[0].line
    places = [s.end for s in document.sentences if s.line != headline and s.end < len(text)]
    if not places:
        return None
    at = rng.choice(places)
    glue = _glue(text[:at])
    damaged = text[:at] + glue + sentence + text[at:]
    return damaged, at + len(glue), at + len(glue) + len(sentence)


def first_sentence(text: str, donor: str, rng: random.Random):
    """The donor's first sentence after its headline, alone between two paragraphs."""
    donor_document = Document(donor)
    first = donor_document.sentences[0].line if donor_document.sentences else 0
    body = [s.text for s in donor_document.sentences if s.line != first and len(s.text) >= 20]
    if not body:
        return None
    gaps = [p.end for p in Document(text).paragraphs[1:-1]]
    if not gaps:
        return None
    at = rng.choice(gaps)
    damaged = text[:at] + "\n\n" + body[0] + text[at:]
    return damaged, at + 2, at + 2 + len(body[0])


def make_cases(articles, rng: random.Random, make):
    cases = []
    for index, (article_id, text) in enumerate(articles):
        donors = [other for other in articles if other[0] != article_id]
        if not donors:
            continue
        made = make(text, rng.choice(donors)[1], rng)
        if made:
            cases.append((article_id, text, *made))
    return cases


def without_blank_lines(text: str) -> str:
    return text.replace("\n\n", "\n")


def hits(linter: Linter, damaged: str, article_id: str, start: int, end: int) -> bool:
    document = Document(damaged)
    for finding in linter.lint_text(damaged, article_id):
        offset = document.lines[finding.line - 1].start + finding.col - 1
        if start - 1 <= offset < end:
            return True
    return False


# What the benchmark measures: the rules with their judgement of other
# languages than English turned on (off in the shipped configuration).
OTHER_LANGUAGES = {"OC101": {"other-languages": True}, "OC102": {"other-languages": True}}


def split_articles(split: str):
    return {language: [a for a in articles if in_split(a[0], split)] for language, articles in build_articles().items()}


LAYOUTS = (("inside a paragraph", injected), ("first sentence alone", first_sentence))


def report(split: str, compact: bool) -> None:
    linter = Linter(select=["OC"], rules=OTHER_LANGUAGES)
    oc101, oc102 = Linter(select=["OC101"], rules=OTHER_LANGUAGES), Linter(select=["OC102"], rules=OTHER_LANGUAGES)
    print(f"{split} half, {'no blank lines' if compact else 'blank lines'} between paragraphs; "
          "the shipped configuration with other-languages on")
    for language, articles in split_articles(split).items():
        rng = random.Random(SEED)
        cases_of = {name: make_cases(articles, rng, make) for name, make in LAYOUTS}
        if compact:
            articles = [(i, without_blank_lines(t)) for i, t in articles]
        alarms101 = sum(len(oc101.lint_text(text, i)) for i, text in articles)
        alarms102 = sum(len(oc102.lint_text(text, i)) for i, text in articles)
        line = f"  {language}: {len(articles):4} clean articles, false alarms OC101 {alarms101} OC102 {alarms102} " \
               f"({50 * (alarms101 + alarms102) / max(1, len(articles)):.2f} per 50)"
        for name, _ in LAYOUTS:
            cases = cases_of[name]
            if compact:
                cases = [(i, t, d, s - d[: s - 1].count("\n\n"), e - d[: s - 1].count("\n\n")) for i, t, d, s, e in cases]
                cases = [(i, t, without_blank_lines(d), s, e) for i, t, d, s, e in cases]
            found = sum(hits(linter, d, i, s, e) for i, _, d, s, e in cases)
            line += f"; {name} {100 * found / max(1, len(cases)):.1f}% of {len(cases)}"
        print(line)


def feature_rows(split: str):
    """any_language's features of every judged sentence of the clean articles
    (label 0) and of each injected sentence (label 1), per language, with
    whether the sentence stands alone on its line (OC102's) or not."""
    from newslint.rules.out_of_context import rules

    rows = collections.defaultdict(list)  # language -> [(features, label, alone, article)]
    for language, articles in split_articles(split).items():
        rng = random.Random(SEED)
        for kind, make in (("inside", injected), ("alone", first_sentence)):
            for article_id, text, damaged, start, end in make_cases(articles, rng, make):
                for item, alone in rules.any_language_judged(Document(damaged)):
                    if item.sentence.start < end and item.sentence.end > start:
                        rows[language].append((item.features, 1, alone, article_id))
        for article_id, text in articles:
            for item, alone in rules.any_language_judged(Document(text)):
                rows[language].append((item.features, 0, alone, article_id))
    return rows


def english_rows():
    """The same rows for ENGLISH_ARTICLES BBC articles of the fit half of
    out_of_context.py (never its test half), a sentence of another category
    injected inside a paragraph or its first sentence alone between
    paragraphs: the alphabets' weights are fitted on these too (the features
    are the same in any alphabet, and the tune half holds a few dozen German
    and other articles only).  The rule never scores English this way."""
    import out_of_context as english
    from newslint.rules.out_of_context import rules

    corpus = english.articles("fit")[:ENGLISH_ARTICLES]
    rows = []
    rng = random.Random(SEED)
    for make, extra in ((english.injected, ()), (english.teaser, ("first sentence",))):
        for article_id, _, damaged, start, end in english.make_cases(corpus, rng, make, *extra):
            for item, alone in rules._any_language_judged(Document(damaged), english_too=True):
                if item.sentence.start < end and item.sentence.end > start:
                    rows.append((item.features, 1, alone, article_id))
    for article_id, _, text in corpus:
        for item, alone in rules._any_language_judged(Document(text), english_too=True):
            rows.append((item.features, 0, alone, article_id))
    return rows, len(corpus)


def fit() -> None:
    """One logistic regression per layout (a sentence inside a paragraph,
    OC101's; alone between paragraphs, OC102's) and family of scripts on the
    tune half, then per language the lowest threshold that keeps it to
    ALLOWED_PER_50 false alarms per 50 clean articles (on the sentences of
    that layout), and the family's highest for the others: printed as
    any_language writes them (MODELS, THRESHOLDS)."""
    import numpy as np

    from out_of_context import logistic
    from newslint.rules.out_of_context import any_language

    rows = feature_rows("tune")
    counts = {language: len(articles) for language, articles in split_articles("tune").items()}
    rows["en"], counts["en"] = english_rows()
    by_family = collections.defaultdict(list)
    for language in counts:
        by_family[any_language.family(language)].append(language)
    for alone, layout in ((False, "inside"), (True, "alone")):
        for name, members in sorted(by_family.items()):
            items = [(language, *item) for language in members for item in rows[language] if item[2] == alone]
            x = np.array([item[1] for item in items])
            y = np.array([item[2] for item in items], dtype=float)
            languages = np.array([item[0] for item in items])
            weights, bias = logistic(x, y)
            scores = x @ weights + bias
            if not (1 - y).sum():
                print(f"({layout!r}, {name!r}): no clean sentence of this layout to calibrate on: left off")
                continue
            print(f"({layout!r}, {name!r}): ({{" + ", ".join(f'"{f}": {w:.4f}' for f, w in zip(any_language.FEATURES, weights))
                  + f"}}, {bias:.4f}),  # {int(y.sum())} injected, {int((1 - y).sum())} clean sentences")
            # Per language of the tune half, the lowest threshold keeping it
            # to the allowance; the family's (the highest of them) for the
            # family's languages the tune half has no articles of.
            thresholds = {}
            for language in members:
                negatives = sorted(scores[(languages == language) & (y == 0)], reverse=True)
                allowed = int(LAYOUT_SHARE * FIT_ALARMS_PER_50 * counts[language] / 50)
                thresholds[language] = float(negatives[allowed]) + 1e-3 if len(negatives) > allowed else float(scores.min())
            thresholds[name] = max(thresholds.values())
            for language, threshold in thresholds.items():
                positives = scores[(languages == language) & (y == 1)]
                negatives = scores[(languages == language) & (y == 0)]
                print(f"    ({layout!r}, {language!r}): {threshold:.3f},  # recall {100 * float((positives >= threshold).mean()) if len(positives) else 0:.1f}% "
                      f"of {len(positives)}, {int((negatives >= threshold).sum())} alarms on {counts.get(language, 0)} articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report"), default="report")
    parser.add_argument("--no-blank-lines", action="store_true")
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--counts", action="store_true", help="the articles per language and half")
    args = parser.parse_args()
    if args.counts:
        for split in ("tune", "report"):
            print(split, {language: len(a) for language, a in split_articles(split).items()})
        return
    if args.fit:
        fit()
        return
    report(args.split, args.no_blank_lines)


if __name__ == "__main__":
    main()
