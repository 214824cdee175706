"""OC102 on SHORT real articles: another story's headline after the body, or
its first sentence as the body's last line (rules/out_of_context/lone_line.py,
option after-body), and the false alarms on the same short articles clean.

    python tests/benchmarks/out_of_context_after_body.py [--split tune|report] [--show N]

Articles are REAL text only (../shared/corpus): the BBC articles (English;
out_of_context.py's halves: "tune" is its fit half, "report" its test half)
and out_of_context_languages.py's real non-English articles (ja livedoor,
ko sci-news, zh WMT23 sources, de WMT23 MT, xx the scraped pages' gold
bodies in pt, it, ru, de, id, ko, ja), by their own split.  Each is cut to
its headline and its first K paragraphs, K drawn from SHORT_PARAGRAPHS per
article: the short articles (8 to 40 lines) where a genuine sentence shares
no word with the rest by chance as often as not.  Into each, a donor's
(another category's for the BBC, another article of the same language
otherwise) headline or first sentence is put as a line of its own after the
last paragraph.  A line is found when an OC102 finding is on it; false alarms
are OC102 findings on the cut clean articles (all of OC102's, and those of
the after-body test alone), with after-body off and on.  Both layouts (a
blank line between paragraphs, and none).  --show prints the after-body
test's findings on clean articles (tune half only: the report half's are
not read to fix them).
"""
from __future__ import annotations

import argparse
import random

import out_of_context as english
import out_of_context_languages as languages

from newslint import Document, Linter

SEED = 20261201
SHORT_PARAGRAPHS = (4, 10)  # paragraphs kept after the headline, drawn per article
MARK = "article's body"  # in the after-body test's messages


def short(text: str, rng: random.Random) -> str | None:
    """The headline and the first K paragraphs of an article (as many as it
    has, when fewer; None when it has fewer than the least)."""
    parts = [part.strip() for part in text.split("\n\n") if part.strip()]
    if len(parts) < SHORT_PARAGRAPHS[0] + 1:
        return None
    keep = min(rng.randint(*SHORT_PARAGRAPHS), len(parts) - 1)
    return "\n\n".join(parts[: keep + 1]) + "\n"


def corpus(split: str) -> dict[str, list[tuple[str, str, str]]]:
    """language -> [(id, category, short text)]."""
    rng = random.Random(SEED)
    result: dict[str, list[tuple[str, str, str]]] = {}
    bbc = english.articles("fit" if split == "tune" else "test")
    result["en"] = [(i, c, t) for i, c, t in ((i, c, short(t, rng)) for i, c, t in bbc) if t]
    for language, articles in languages.split_articles(split).items():
        cut = [(i, i, short(t, rng)) for i, t in articles]
        result[language] = [(i, c, t) for i, c, t in cut if t]
    return result


def donor_line(donor: str, kind: str) -> str | None:
    document = Document(donor)
    if kind == "headline":
        return document.lines[0].text.strip() or None
    first = document.sentences[0].line if document.sentences else 0
    body = [s.text for s in document.sentences if s.line != first and len(s.text) >= 20]
    return body[0] if body else None


def cases(articles, rng: random.Random, kind: str):
    made = []
    for article_id, category, text in articles:
        donors = [other for other in articles if other[1] != category]
        if not donors:
            continue
        line = donor_line(rng.choice(donors)[2], kind)
        if not line:
            continue
        damaged = text.rstrip("\n") + "\n\n" + line + "\n"
        made.append((article_id, text, damaged, len(damaged.rstrip("\n").split("\n"))))
    return made


def compact(text: str) -> str:
    return text.replace("\n\n", "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tune", "report"), default="report")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    on = Linter(select=["OC102"])
    off = Linter(select=["OC102"], rules={"OC102": {"after-body": False}})
    print(f"{args.split} half; articles cut to their headline and {SHORT_PARAGRAPHS[0]}-{SHORT_PARAGRAPHS[1]} paragraphs")
    shown = 0
    for language, articles in corpus(args.split).items():
        rng = random.Random(SEED)
        made = {kind: cases(articles, rng, kind) for kind in ("headline", "first sentence")}
        for layout in ("blank lines", "no blank lines"):
            fold = compact if layout == "no blank lines" else (lambda text: text)
            alarms_off = alarms_on = alarms_new = 0
            for article_id, _, text in articles:
                alarms_off += len(off.lint_text(fold(text), article_id))
                findings = on.lint_text(fold(text), article_id)
                alarms_on += len(findings)
                new = [f for f in findings if MARK in f.message]
                alarms_new += len(new)
                if new and args.show and shown < args.show and args.split == "tune":
                    shown += 1
                    print(f"    --- {language} {article_id}: {new[0].message}\n{fold(text)}")
            line = (f"  {language:2} {layout:14}: {len(articles):4} clean, OC102 false alarms {alarms_off} -> {alarms_on} "
                    f"({50 * alarms_on / max(1, len(articles)):.2f} per 50; after-body's {alarms_new})")
            for kind, kind_cases in made.items():
                found_off = found_on = 0
                for article_id, _, damaged, number in kind_cases:
                    damaged = fold(damaged)
                    target = len(damaged.rstrip("\n").split("\n"))
                    found_off += any(f.line == target for f in off.lint_text(damaged, article_id))
                    found_on += any(f.line == target for f in on.lint_text(damaged, article_id))
                total = max(1, len(kind_cases))
                line += f"; {kind} {100 * found_off / total:.1f}% -> {100 * found_on / total:.1f}% of {len(kind_cases)}"
            print(line)


if __name__ == "__main__":
    main()
