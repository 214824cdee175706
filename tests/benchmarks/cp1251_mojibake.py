"""False alarms of the Windows-1251 reading of TX104 (Cyrillic written in
Windows-1251 and read as Windows-1252: "ìèëëèàðäà ðóáëåé"), on real clean
text full of Latin-1 letters: the search runs on every line, past the
article-wide gate that TX104 asks first, so that French, Spanish,
Portuguese and German text the gate would pass is read too.

    python tests/benchmarks/cp1251_mojibake.py

Text: the clean BBC articles, the corpus's non-English sentences (every
language), the WMT23 machine translation targets, and the gold text of the
scraped pages (pages in many languages).  Prints, per source, the lines
read, those holding a candidate stretch (a word of three or more letters
all from the range), and every finding (each one a false alarm but for
real mojibake the printed line shows).
"""
from __future__ import annotations

from common import bbc_articles, records

from newslint import Document
from newslint.mojibake import CP1251_STRETCH, CP1251_WORD, CP1251_MIN_WORD, _cyrillic_read_as_latin

SCRAPED = ("scraped_cleanportaleval", "scraped_dragnet2013", "scraped_l3s_gn1", "scraped_trafilatura_eval",
           "scraped_zyte_aeb")


def sources():
    yield "clean BBC articles", (text for _, text in bbc_articles())
    yield "non-English sentences", (record["text"] for record in records("non_english_sentences.jsonl.gz"))
    yield "WMT23 targets", (record["target"] for record in records("mt_news_mqm_errors.jsonl.gz"))
    for name in SCRAPED:
        yield f"{name} gold text", (record.get("gold_text") or "" for record in records(f"{name}.jsonl.gz"))


def main() -> None:
    total_found = 0
    for label, texts in sources():
        lines = candidates = 0
        found = []
        for text in texts:
            document = Document(text + "\n")
            for line in document.lines:
                lines += 1
                if any(len(word) >= CP1251_MIN_WORD for match in CP1251_STRETCH.finditer(line.text)
                       for word in CP1251_WORD.findall(match.group())):
                    candidates += 1
                    found.extend((line.text, finding.message) for finding in _cyrillic_read_as_latin(line, []))
        total_found += len(found)
        print(f"{label}: {lines} lines, {candidates} with a candidate stretch, {len(found)} findings")
        for text, message in found[:10]:
            print(f"    {message[:140]}\n      line: {text[:140]!r}")
    print(f"all: {total_found} findings")


if __name__ == "__main__":
    main()
