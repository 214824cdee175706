"""ML102 on clauses of the Latin-script languages past the commonest eight
(Turkish, Indonesian, Czech, Romanian, Danish, Finnish, Hungarian) injected
into clean BBC articles: the corpus has no sentences of them, so the clauses
are written for the project (two to a language, everyday news wording).

    python tests/benchmarks/ml_other_latin.py [--split report] [--articles 60]

Each language is injected into --articles articles twice, as its first 4-7
words and as the whole sentence, at a random word (mixed_language.inject,
fixed seed); found = an ML finding on the damaged line.  The false alarms
on the clean articles and the non-English sentences are mixed_language.py's.
"""
from __future__ import annotations

import argparse
import random

import mixed_language
from newslint import Linter

CLAUSES = {
    "tr": ["Hükümet yeni vergi düzenlemesini gelecek hafta meclise sunacağını açıkladı.",
           "Belediye başkanı yolların kış boyunca açık tutulacağını söyledi."],
    "id": ["Pemerintah akan mengumumkan kebijakan baru tentang harga bahan bakar minggu depan.",
           "Warga berharap kemacetan di pusat kota akan berkurang tahun depan."],
    "cs": ["Vláda oznámila, že nový zákon o daních předloží parlamentu příští týden.",
           "Starosta řekl, že silnice zůstanou po celou zimu otevřené."],
    "ro": ["Guvernul a anunțat că va prezenta noua lege fiscală săptămâna viitoare.",
           "Primarul a spus că drumurile vor rămâne deschise toată iarna."],
    "da": ["Regeringen meddelte, at den nye skattelov vil blive fremlagt i næste uge.",
           "Borgmesteren sagde, at vejene vil være åbne hele vinteren."],
    "fi": ["Hallitus ilmoitti esittelevänsä uuden verolain eduskunnalle ensi viikolla.",
           "Pormestari sanoi, että tiet pidetään auki koko talven."],
    "hu": ["A kormány bejelentette, hogy jövő héten benyújtja az új adótörvényt.",
           "A polgármester szerint az utak egész télen nyitva maradnak."],
}
SHORT_WORDS = (4, 7)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    articles = mixed_language.half(mixed_language.bbc_articles(), args.split)[: args.articles]
    linter = Linter(select=["ML"])
    print(f"split {args.split}: {len(articles)} BBC articles, each clause kind once per article and language")
    for language, clauses in CLAUSES.items():
        found = {"4-7 words": 0, "whole sentence": 0}
        for article_id, text in articles:
            for kind in found:
                clause = rng.choice(clauses)
                span = clause if kind == "whole sentence" else " ".join(clause.split()[: rng.randint(*SHORT_WORDS)])
                damaged, line = mixed_language.inject(text, span, rng)
                found[kind] += any(d.line == line for d in linter.lint_text(damaged, article_id))
        print(f"  {language} into English: " + ", ".join(f"{kind} {count}/{len(articles)}" for kind, count in found.items()))


if __name__ == "__main__":
    main()
