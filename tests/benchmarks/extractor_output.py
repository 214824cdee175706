"""UI rules on what an extractor writes: trafilatura's output and a naive
text dump of the same real pages, labelled line by line against the pages'
gold text.

    python tests/benchmarks/extractor_output.py [--sources=dragnet,zyte,...] [--max-pages=N] [--misses=FILE]
        [--extractors=trafilatura,naive]
    python tests/benchmarks/extractor_output.py --own
    python tests/benchmarks/extractor_output.py --snippets

By default the first MAX_PAGES pages with HTML and gold text of each source
are taken (Dragnet's 1,381 naive dumps alone take over ten minutes a
layout); --max-pages=0 takes them all.  --misses writes every missed furniture
line and flagged article line (one layout) as JSON Lines, to read;
--extractors=trafilatura leaves the naive dump out (its lines are most of the
run's time).  --snippets checks precision on the trafilatura evaluation set
instead (snippet_check: pages no rule nor the model was tuned or fitted on,
with snippets a correct extraction keeps and drops, no gold text).

Needs the benchmark extra (`pip install -e '.[bench]'`: trafilatura and
lxml_html_clean).  Pages come from ../shared/corpus/: Dragnet, CleanPortalEval,
the Zyte article-extraction benchmark and L3S-GN1, the sets whose HTML comes
with a human gold text.  Each page is turned into lines two ways:

- trafilatura: `trafilatura.extract(html, favor_recall=True,
  include_comments=False, include_tables=True)`, the plain-text output most
  pipelines keep (cached under ~/.cache/newslint-bench/, never in the repo);
- naive: every visible text node of the page (script, style, head and the
  like dropped), a new line at each block-level element, as a scraper that
  calls lxml's text_content() per block writes.

How a line is labelled against the gold text (both are folded: Unicode NFKC,
lower case, every run of characters other than letters and digits one space):

- article: the line's words occur in the gold text as one contiguous run
  (a line of four words or more), or, for a line in a script written without
  spaces (Chinese, Japanese, Thai) of 20 characters or more, its characters
  do once the spaces of both are taken out (the two space such a text
  differently around its Latin words), or the line is a whole gold line or the
  start or end of one (a shorter line: a subheading, a list item, a headline
  the gold repeats); a longer line whose word 3-grams are at least half in
  the gold counts as article too (an extractor's spacing or joins differ);
- a Markdown table's rule row ("|---|---|") under an article line is the
  article's (the table's header is above it; it has no word to match);
- other (not scored): a line that matches the gold comments (Dragnet,
  L3S-GN1) or the L3S-GN1 captions and datelines the same way, or a line
  that holds only a part of the gold without being article by the rules
  above (a short line found inside a gold sentence, under half its 3-grams);
- furniture: everything else.

Every figure is given twice.  "gold" takes the gold text as it is (decoded:
five Dragnet gold files are UTF-16 read as single bytes, and were labelled
all furniture before).  "fair" sets apart what the gold texts disagree on by
convention rather than by what the line is: a line that is page metadata and
nothing else (a byline, a date or time, a photo credit, a copyright notice,
a reporter's e-mail, "Follow … on Twitter", "Reporting by …": METADATA, the
benchmark's own patterns) is not scored, whichever way the gold went (Dragnet
keeps bylines and dates, CleanPortalEval drops them, Zyte goes both ways,
L3S-GN1's annotators gave them a class of their own); and a furniture line
that is the page's headline (its title element, og:title or h1; the Zyte
gold is the body alone) is article, as L3S-GN1 labels a headline.

Precision is the share of flagged scored lines that are furniture; recall the
share of furniture lines flagged.  A line counts as flagged when any UI rule
reports on it.  Each source's pages are linted together (the corpus rule
UI108 sees them all), in both layouts: one block a line ("lines"), and a
blank line between blocks ("blank").  Pages are split by site as in
interface_strings.py; the "held-out" rows are sites the UI model never saw
in fitting.  Languages are newslint's own guess for the gold text.
"""
from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import sys
import time
import unicodedata
from pathlib import Path

import regex

from common import records
from interface_strings import split_of

from newslint import Document, Linter
from newslint.language import detect_language

SOURCES = {
    "dragnet": "scraped_dragnet2013.jsonl.gz",
    "cleanportaleval": "scraped_cleanportaleval.jsonl.gz",
    "zyte": "scraped_zyte_aeb.jsonl.gz",
    "l3s": "scraped_l3s_gn1.jsonl.gz",
}
LAYOUTS = {"lines": "\n", "blank": "\n\n"}
MAX_PAGES = 300
CACHE = Path(os.environ.get("NEWSLINT_BENCH_CACHE", Path.home() / ".cache" / "newslint-bench"))
TRAFILATURA_OPTIONS = {"favor_recall": True, "include_comments": False, "include_tables": True}
# A line this long (words) is matched as a run inside the gold text; a shorter
# line must be a whole gold line or the start or end of one.
RUN_WORDS = 4
SHINGLE = 3
# A line this long (characters) found in the gold text once the spaces of
# both are taken out is a run of the gold too: the gold and the extractor
# space a script without spaces between words differently around Latin
# words, which no word run or 3-gram finds.
UNSPACED_CHARS = 20
UNSPACED_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
SHINGLE_SHARE = 0.5
NOT_WORD = re.compile(r"[\W_]+")
SKIPPED_TAGS = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "textarea", "select", "option"}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "title", "tr", "ul", "button", "label", "legend",
}


def fold(text: str) -> str:
    return NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()


class Gold:
    """A gold text folded for matching: the whole as one string of words with
    a space at each end, its lines, and its word 3-grams."""

    def __init__(self, text: str):
        lines = [fold(line) for line in text.splitlines()]
        self.lines = {line for line in lines if line}
        self.whole = " " + " ".join(line for line in lines if line) + " "
        self.line_edges = set()
        for line in self.lines:
            words = line.split()
            for size in range(1, min(RUN_WORDS, len(words)) + 1):
                self.line_edges.add(" ".join(words[:size]))
                self.line_edges.add(" ".join(words[-size:]))
        # The whole without spaces: the same characters spaced otherwise
        # (Japanese or Chinese with Latin words: "アプリKindle for PCに").
        self.unspaced = self.whole.replace(" ", "")
        self.shingles = set()
        for line in self.lines:
            words = line.split()
            self.shingles.update(tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))

    def judge(self, folded: str) -> str:
        """"match", "part" (a short line found only inside a sentence), or "no"."""
        if not folded:
            return "no"
        words = folded.split()
        if folded in self.lines or folded in self.line_edges:
            return "match"
        inside = f" {folded} " in self.whole
        if len(folded) >= UNSPACED_CHARS and UNSPACED_SCRIPT.search(folded) and folded.replace(" ", "") in self.unspaced:
            return "match"
        if len(words) >= RUN_WORDS:
            if inside:
                return "match"
            grams = [tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
            share = sum(1 for gram in grams if gram in self.shingles) / len(grams)
            if share >= SHINGLE_SHARE:
                return "match"
            return "part" if share > 0 else "no"
        return "part" if inside else "no"


# A Markdown table's rule under its header row ("|---|---|"): no word to
# match, it belongs to the table above it.
TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")


def label_lines(lines: list[str], gold: Gold, others: list[Gold]) -> list[str]:
    labels = []
    for line in lines:
        folded = fold(line)
        verdict = gold.judge(folded)
        if labels and labels[-1] == "article" and TABLE_RULE.match(line.strip()):
            labels.append("article")  # the rule under an article table's header row
        elif verdict == "match":
            labels.append("article")
        elif any(other.judge(folded) == "match" for other in others) or verdict == "part":
            labels.append("other")
        else:
            labels.append("furniture")
    return labels


def gold_text_of(record: dict) -> str:
    """The gold text, decoded: five Dragnet gold files are UTF-16 (a byte
    order mark, then a NUL after each ASCII character) read as single bytes,
    which no line matches, so every line of those pages was furniture."""
    text = record.get("gold_text") or ""
    if text.startswith("\u00ff\u00fe") or "\x00" in text:
        try:
            return text.encode("latin-1").decode("utf-16")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
    return text


# Page metadata the gold texts disagree on (they keep or drop it by their own
# convention, not by what the line is): Dragnet keeps bylines and the date
# under the headline, CleanPortalEval and Zyte drop them; Zyte keeps e-mail
# lines, photo credits and copyright notices on some pages and drops them on
# others; L3S-GN1's annotators gave datelines and credits a class of their
# own ("supplemental"), which its benchmark leaves unscored.  In the "fair"
# labels such a line is not scored whatever the gold does with it.  These
# patterns are the benchmark's own (narrower than the rules': a line must be
# the metadata and nothing else), so a rule that flags a sentence as a byline
# is still scored wrong.
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
DATE_ANCHOR = rf"(?:\b{MONTH}\b|\b{WEEKDAY}\b|\b\d{{1,2}}:\d{{2}}\b|\b\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}}\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\d{{4}}年|기사입력)"
DATE_PIECE = (
    rf"(?:{MONTH}\.?|{WEEKDAY}\.?|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|[ap]\.?m\.?|[a-z]{{1,3}}t|gmt|utc|"
    r"published|updated|posted|last|at|on|date|de|del|em|le|el|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|"
    r"기사입력|입력|수정|年|月|日)"
)
FILLER = r"[\s,|:.\-–—/()\[\]]*"
METADATA = {
    # "By Jane Smith", "by randfish on January 31, 2011", "Posted by" (a
    # byline split over lines), "By JOHN F. BURNS" (a stop only after an
    # initial): no colon (not "By the Numbers: 10,000").
    "byline": regex.compile(
        r"^(?i:(?:written|posted|reported)\s+)?(?i:by)\s+(?:\p{Lu}|\w+\s+on\s)(?:[^:.!?]|(?<=\b\p{Lu})\.){0,80}$|^(?i:posted(?:\s+by)?)$"
    ),
    # A date or time alone, or with "Published", "Updated": a digit and a
    # month, a day's name, a clock time or a date with separators.
    "date": regex.compile(rf"(?i)^(?=.*\d)(?=.*{DATE_ANCHOR})(?:{FILLER}{DATE_PIECE})+{FILLER}$"),
    # "Photo: Hau Dinh, AP", "Jim Craven / NBC News", "(AP Photo/…)",
    # "[사진=MBC]", "Main image credit: Getty"; not a gallery's link
    # ("Photos: Nation at a crossroads"): the credit names, in capitals.
    "credit": regex.compile(
        r"^(?i:(?:main\s+|featured\s+)?(?:photo|image|picture|source|foto)s?(?:\s+credit)?\s*[:=/]|credit\s*:)\s*(?:[\p{Lu}\d@][^\s]*[\s,/&-]*){1,6}$"
        r"|^\(?(?i:ap|afp|reuters|getty images|epa)(?:\s+photo)?(?:\s*/[^)]{1,60})?\)?$|^\[사진="
        r"|^[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){1,3}\s*/\s*(?:the\s+)?(?i:ap|afp|reuters|getty\s+images|epa|nbc\s+news|"
        r"new\s+york\s+times|associated\s+press|bloomberg|xinhua|corbis|shutterstock|wikimedia\s+commons)\b[\p{L}\s.&-]{0,30}$"
    ),
    "copyright": regex.compile(r"(?i)^(?:©|ⓒ|\(c\)|copyright\b|저작권자)[^|]*$|^[^|]*\ball rights reserved\.?$"),
    # A reporter's e-mail or handle, "Write to … at …", "Follow … on
    # Twitter", "(Reporting by …; Editing by …)", "… contributed reporting".
    "contact": regex.compile(
        r"(?i)^(?=(?:\S+\s+){0,11}\S+$).*[\w.+-]+@[\w-]+\.[\w.]+|^write\s+to\s+\w.*\bat\b|^follow\s+\S+(?:\s+\S+){0,5}\s+on\s+(?:twitter|facebook|instagram)"
        r"|\bcan\s+be\s+reached\s+at\b|^\(?(?:additional\s+)?reporting\s+by\b|\bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))|^editing\s+by\b"
    ),
}
# Longest line (words) that is only metadata.
METADATA_WORDS = 40


def metadata_kind(text: str) -> str | None:
    """The kind of page metadata a line is and nothing else, or None.  A row
    of three parts or more split by "|" is a menu or a table, not one item."""
    text = text.strip()
    if len(text.split()) > METADATA_WORDS or sum(1 for part in text.split("|") if part.strip()) >= 3:
        return None
    return next((kind for kind, pattern in METADATA.items() if pattern.search(text)), None)


# A headline has this many words at least (an h1 may be the site's name).
HEADLINE_WORDS = 3


def headlines(html: str) -> set[str]:
    """The page's headline as its HTML names it (the title element, og:title,
    twitter:title, the first h1), folded.  The Zyte gold is the article's body alone, so
    the headline an extractor writes above it was labelled furniture."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # an empty or broken page
        return set()
    found = [element.text_content() for element in root.xpath("//title")[:1] + root.xpath("//h1")[:1]]
    found += root.xpath("//meta[@property='og:title' or @name='twitter:title']/@content")
    return {fold(text) for text in found if len(fold(text).split()) >= HEADLINE_WORDS}



def is_headline(folded: str, titles: set[str]) -> bool:
    """A line that is the page's headline, or the title's start (a title
    ends in the site's name: "Headline - Site")."""
    if len(folded.split()) < HEADLINE_WORDS:
        return False
    return any(folded == title or (title.startswith(folded + " ") and 2 * len(folded) >= len(title)) for title in titles)


def fair_labels(lines: list[str], labels: list[str], titles: set[str]) -> list[str]:
    """The labels with what the gold texts disagree on set apart: page
    metadata is not scored (METADATA), and the page's headline is the
    article's (as L3S-GN1's annotators label it)."""
    fair = []
    for line, label in zip(lines, labels):
        if metadata_kind(line):
            fair.append("other")
        elif label == "furniture" and is_headline(fold(line), titles):
            fair.append("article")
        else:
            fair.append(label)
    return fair


def naive_lines(html: str) -> list[str]:
    import lxml.html

    try:
        # Bytes with the encoding named: lxml reads bytes without a meta
        # charset as Latin-1, which garbles every page in another script.
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # an empty or broken page
        return []
    out: list[str] = []
    current: list[str] = []

    def flush():
        text = " ".join("".join(current).split())
        if text:
            out.append(text)
        current.clear()

    def walk(element):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() in SKIPPED_TAGS or not isinstance(element.tag, str):
            return
        block = tag.lower() in BLOCK_TAGS
        if block:
            flush()
        if element.text:
            current.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return out


def trafilatura_lines(source: str, record: dict) -> list[str]:
    import trafilatura

    key = hashlib.sha1(
        (record["html"] + json.dumps(TRAFILATURA_OPTIONS, sort_keys=True) + trafilatura.__version__).encode("utf-8")
    ).hexdigest()
    path = CACHE / "trafilatura" / source / f"{key}.txt"
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        text = trafilatura.extract(record["html"], **TRAFILATURA_OPTIONS) or ""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def language_of(text: str) -> str:
    language = detect_language(Document(text))
    return language.code if language else "?"


def option(name: str, default: str | None = None) -> str | None:
    for argument in sys.argv[1:]:
        if argument.startswith(f"--{name}="):
            return argument.split("=", 1)[1]
    return default


EXTRACTORS = {
    "trafilatura": trafilatura_lines,
    "naive": lambda source, record: naive_lines(record["html"]),
}


def labelled_page(source: str, record: dict, extractors=tuple(EXTRACTORS)) -> dict | None:
    """A page's id, split and language, and each extractor's lines labelled
    against the gold text; None for a record without HTML or gold."""
    if not record.get("html") or not record.get("gold_text"):
        return None
    gold_text = gold_text_of(record)
    gold = Gold(gold_text)
    others = [Gold(record[field]) for field in ("gold_comments", "gold_supplemental") if record.get(field)]
    page = {
        "id": f"{source}/{record['id']}",
        "split": split_of(record.get("url") or record["id"]),
        "language": language_of(gold_text),
        "fair": {},
    }
    titles = headlines(record["html"])
    for extractor in extractors:
        lines = EXTRACTORS[extractor](source, record)
        labels = label_lines(lines, gold, others)
        page[extractor] = list(zip(lines, labels))
        page["fair"][extractor] = fair_labels(lines, labels, titles)
    return page


def load(source: str, limit: int | None, extractors=tuple(EXTRACTORS)):
    pages = []
    for record in records(SOURCES[source]):
        page = labelled_page(source, record, extractors)
        if page is None:
            continue
        pages.append(page)
        if limit and len(pages) >= limit:
            break
    return pages


def flagged_lines(pages, extractor: str, separator: str) -> tuple[dict[str, dict[int, str]], float]:
    """Per page, the flagged line numbers and the first code on each."""
    texts = [(page["id"], separator.join(text for text, _ in page[extractor]) + "\n") for page in pages if page[extractor]]
    start = time.perf_counter()
    flagged: dict[str, dict[int, str]] = collections.defaultdict(dict)
    for diagnostic in Linter(select=["UI"]).lint_texts(texts):
        flagged[diagnostic.path].setdefault(diagnostic.line, diagnostic.code)
    return flagged, time.perf_counter() - start


# The two labellings every figure is given in: the gold text as it is, and
# "fair" (fair_labels: page metadata the golds disagree on not scored, the
# page's headline the article's).
LABELLINGS = ("gold", "fair")


def labels_of(page: dict, extractor: str, labelling: str) -> list[str]:
    if labelling == "fair":
        return page["fair"][extractor]
    return [label for _, label in page[extractor]]


class Tally:
    def __init__(self):
        self.tp = self.fp = self.furniture = self.article = self.pages = 0

    def add(self, labels, marks):
        self.pages += 1
        for label, flag in zip(labels, marks):
            self.furniture += label == "furniture"
            self.article += label == "article"
            self.tp += flag and label == "furniture"
            self.fp += flag and label == "article"

    def row(self) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / self.furniture if self.furniture else 0.0
        share = self.furniture / (self.furniture + self.article) if self.furniture + self.article else 0.0
        return (f"precision {precision:.3f}  recall {recall:.3f}  ({self.tp}/{self.furniture} furniture lines flagged, "
                f"{self.fp} of {self.article} article lines; {share:.0%} furniture; "
                f"{self.fp / max(self.pages, 1):.2f} article lines flagged a page; {self.pages} pages)")


# The trafilatura evaluation set: pages with no gold text, but with snippets
# a correct extraction must keep ("with") and must drop ("without").  It is
# no source of the UI model's fitting nor of the rules' tuning, so it is a
# check of precision on pages and sites none of them saw: a line that holds a
# must-keep snippet is the article's, and a flag on it is a false alarm.
SNIPPETS_SOURCE = "scraped_trafilatura_eval.jsonl.gz"


def snippet_check() -> None:
    """`--snippets`: trafilatura's output of the evaluation set's pages with
    HTML (172, English), linted together in both layouts; how many lines
    holding a must-keep snippet are flagged, how many holding a must-drop
    snippet (and no must-keep one) are, and all flagged lines."""
    pages = []
    for record in records(SNIPPETS_SOURCE):
        if not record.get("html"):
            continue
        lines = trafilatura_lines("trafilatura_eval", record)
        if lines:
            keep = [fold(snippet) for snippet in record.get("with") or [] if fold(snippet)]
            drop = [fold(snippet) for snippet in record.get("without") or [] if fold(snippet)]
            pages.append((record["id"], lines, keep, drop))
    for layout, separator in LAYOUTS.items():
        step = separator.count("\n")
        texts = [(page_id, separator.join(lines) + "\n") for page_id, lines, _, _ in pages]
        flagged: dict[tuple[str, int], str] = {}
        for diagnostic in Linter(select=["UI"]).lint_texts(texts):
            flagged.setdefault((diagnostic.path, diagnostic.line), diagnostic.code)
        kept = kept_flagged = dropped = dropped_flagged = total = 0
        codes: collections.Counter = collections.Counter()
        for page_id, lines, keep, drop in pages:
            for index, line in enumerate(lines):
                code = flagged.get((page_id, 1 + index * step))
                folded = fold(line)
                must_keep = any(snippet in folded for snippet in keep)
                must_drop = not must_keep and any(snippet in folded for snippet in drop)
                kept += must_keep
                dropped += must_drop
                total += code is not None
                if code and must_keep:
                    kept_flagged += 1
                    codes[code] += 1
                dropped_flagged += bool(code) and must_drop
        print(f"trafilatura evaluation set, layout {layout}: {len(pages)} pages, {total} lines flagged; "
              f"lines holding a must-keep snippet flagged {kept_flagged} of {kept} "
              f"({', '.join(f'{code} {count}' for code, count in sorted(codes.items())) or 'none'}); "
              f"lines holding a must-drop snippet flagged {dropped_flagged} of {dropped}")


def main() -> None:
    if "--own" in sys.argv:
        own_articles()
        return
    if "--snippets" in sys.argv:
        snippet_check()
        return
    chosen = (option("sources") or ",".join(SOURCES)).split(",")
    limit = int(option("max-pages", str(MAX_PAGES))) or None
    misses_path = option("misses")
    extractors = tuple((option("extractors") or ",".join(EXTRACTORS)).split(","))
    misses = []
    for source in chosen:
        pages = load(source, limit, extractors)
        for extractor in extractors:
            for layout, separator in LAYOUTS.items():
                step = separator.count("\n")
                flagged, seconds = flagged_lines(pages, extractor, separator)
                tallies: dict[str, Tally] = collections.defaultdict(Tally)
                by_code: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
                for page in pages:
                    codes = [flagged[page["id"]].get(1 + index * step) for index in range(len(page[extractor]))]
                    marks = [code is not None for code in codes]
                    for (_, label), code in zip(page[extractor], codes):
                        if code:
                            by_code[code][label] += 1
                    for labelling in LABELLINGS:
                        for key in ("all", page["split"], f"lang {page['language']}"):
                            tallies[(labelling, key)].add(labels_of(page, extractor, labelling), marks)
                    if layout == "lines" and misses_path:
                        for (text, label), fair, code in zip(page[extractor], page["fair"][extractor], codes):
                            if label != "other" and (code is not None) != (label == "furniture"):
                                misses.append({"source": source, "extractor": extractor, "page": page["id"], "split": page["split"], "code": code,
                                               "kind": "missed" if label == "furniture" else "false alarm", "fair": fair, "text": text})
                print(f"== {source}, {extractor}, layout {layout} ({seconds:.1f} s)")
                languages = sorted({key for _, key in tallies if key.startswith("lang ")})
                for labelling in LABELLINGS:
                    for key in ["all", "tune", "held-out"] + languages:
                        if (labelling, key) in tallies:
                            print(f"  {labelling:4} {key:12} {tallies[(labelling, key)].row()}")
                print("  per code (furniture / article / other lines): " + ", ".join(
                    f"{code} {c['furniture']}/{c['article']}/{c['other']}" for code, c in sorted(by_code.items())))
    if misses_path:
        Path(misses_path).write_text("\n".join(json.dumps(m, ensure_ascii=False) for m in misses) + "\n", encoding="utf-8")



# Ten damaged articles written for the benchmark (issue 10's rule: before a
# rule is called done, try it on examples phrased unlike the pages it was
# tuned on), as trafilatura leaves a page: furniture ("F") inside and around
# the article's lines ("A").  `--own` prints what is missed and what clean
# line is flagged, in both layouts.
OWN_ARTICLES = [
    [("A", "Night ferry to the island will run all summer"),
     ("A", "The ferry company said on Monday it would add a late crossing from the first week of June, after years of requests."),
     ("F", "Tap here to get sailing times on your phone"),
     ("A", "Islanders say the last boat at six leaves shift workers stranded on the mainland every evening."),
     ("A", "The company will review the timetable in October and decide whether the night boat stays."),
     ("F", "Liked this piece? Our Friday letter brings the island's news to your inbox."),
     ("F", "Lena Marsh is a staff reporter covering transport and the islands.")],
    [("A", "El puerto amplía su horario de carga nocturna"),
     ("A", "La autoridad portuaria anunció el martes que los muelles abrirán hasta la medianoche desde julio."),
     ("F", "Haz clic aquí para recibir las alertas del puerto."),
     ("A", "Los estibadores aceptaron el nuevo turno a cambio de un aumento salarial del cuatro por ciento."),
     ("A", "Las navieras dijeron que el cambio reducirá las colas de camiones en la entrada del puerto."),
     ("F", "Con información de EFE"),
     ("F", "Etiquetas: puerto, estibadores, horario")],
    [("A", "La mairie ferme la piscine municipale pour travaux"),
     ("A", "La piscine du centre restera fermée six mois à partir de septembre, a annoncé la mairie jeudi."),
     ("A", "Les clubs de natation seront accueillis dans le bassin de la commune voisine pendant les travaux."),
     ("F", "Si vous avez aimé cet article, partagez-le avec vos proches."),
     ("F", "Avec AFP"),
     ("F", "| Les plus lus |"),
     ("F", "| Un nouveau marché couvert ouvre le samedi |")],
    [("A", "Stadtrat beschließt neue Radwege in der Innenstadt"),
     ("A", "Der Stadtrat hat am Mittwoch drei neue Radwege durch die Innenstadt beschlossen, die bis 2026 fertig sein sollen."),
     ("A", "Die Kosten von rund vier Millionen Euro trägt zur Hälfte das Land, teilte die Verwaltung mit."),
     ("F", "Klicken Sie hier, um den Plan der Radwege zu sehen."),
     ("F", "Mit Material von dpa"),
     ("F", "- 1"), ("F", "- 2"), ("F", "- 3")],
    [("A", "Prefeitura adia reforma do mercado central"),
     ("A", "A reforma do mercado central foi adiada para o próximo ano, informou a prefeitura nesta segunda-feira."),
     ("A", "Os comerciantes pediram mais tempo para se mudar para as barracas provisórias na praça ao lado."),
     ("F", "Se você gostou desta matéria, compartilhe com seus amigos."),
     ("F", "Com informações da Agência Brasil"),
     ("F", "Clique aqui para receber as notícias da cidade no seu WhatsApp")],
    [("F", "- +"), ("F", "- -"),
     ("A", "Council to sell the old bus depot"),
     ("A", "The council agreed on Thursday to sell the bus depot on Canal Road, empty since the buses moved in 2019."),
     ("A", "The site could hold up to two hundred homes, a planning officer told the meeting."),
     ("F", "Local news, Housing | 12 Comments"),
     ("A", "A decision on the buyer is expected before the end of the year, the council said."),
     ("F", "Head over to CanalTimes.net for more stories from the valley")],
    [("F", "| | |"), ("F", "| Valley Courier > Business |"),
     ("A", "| Brewery doubles its output after new tanks arrive |"),
     ("A", "| The brewery on Mill Lane doubled its output this spring after four new tanks arrived from Germany, its owner said, and it plans to hire six more brewers before the summer. |"),
     ("F", "| | |"), ("F", "| Popular this week |"),
     ("F", "| Bakery wins county prize for its sourdough |"),
     ("F", "| Road closures for the marathon on Sunday |")],
    [("A", "Library opens on Sundays for the first time"),
     ("A", "The town library will open on Sunday afternoons from next month, the library board said on Tuesday."),
     ("A", "Volunteers will staff the desk, and the board said it would review the hours after six months."),
     ("F", "Enjoyed reading this? Support independent local journalism by becoming a member today."),
     ("F", "Want the week's stories delivered to your inbox? Sign up below."),
     ("F", "Story continues after the advertisement")],
    [("A", "Hospital car park charges to rise in April"),
     ("A", "Charges at the hospital car park will rise by fifty pence an hour from April, the health trust said."),
     ("A", "Staff and blue badge holders will still park free, the trust added in a statement."),
     ("F", "Next article in Health »"),
     ("F", "Sam Okafor is the paper's health correspondent."),
     ("F", "Follow our live coverage of the budget here")],
    [("A", "Harbour wall repairs finish ahead of winter"),
     ("A", "Repairs to the harbour wall damaged in last winter's storms finished a month early, the harbour master said."),
     ("F", "Click the button below to watch our drone footage of the works."),
     ("A", "The work cost less than planned because the stone came from the old quay that was taken down in May."),
     ("A", "Fishermen said they were glad to have the shelter of the wall back before the autumn gales."),
     ("F", "Reporting by Ana Ruiz; editing by Joe Kent"),
     ("F", "© 2024 Harbour Gazette")],
]


# Ten more, written in round six (uiext6) after its changes, phrased unlike
# the pages and the examples above: what they miss is reported, not tuned away.
OWN_ARTICLES_ROUND6 = [
    [("A", "Ferry fares frozen for another year"),
     ("A", "Island ferry fares will stay at this year's prices until next spring, the operator said on Tuesday after talks with the county."),
     ("F", "Passengers queue for the morning sailing at Westhaven pier. Pic: Jo Bell/Coastline Press"),
     ("A", "The operator had asked for a rise of six per cent to cover the cost of fuel and a new engine for its oldest boat."),
     ("A", "The county will pay the difference from its transport budget, a spokeswoman said."),
     ("F", "Scroll down to watch the video"),
     ("F", "Priya Das is a freelance journalist based on the island.")],
    [("A", "El ayuntamiento abre un nuevo centro de día"),
     ("A", "El nuevo centro de día para mayores abrirá sus puertas el lunes en el antiguo colegio del barrio, informó el ayuntamiento."),
     ("F", "Vecinos visitan las instalaciones durante la jornada de puertas abiertas. Foto: Marta Gil/La Voz del Valle"),
     ("A", "El centro tendrá cuarenta plazas y un comedor abierto también a los vecinos que vivan solos."),
     ("A", "La obra ha costado algo menos de un millón de euros, pagado en parte con fondos regionales."),
     ("F", "Lee también: Las obras del mercado terminarán en verano"),
     ("F", "Suscríbete gratis a nuestro boletín diario")],
    [("A", "Le festival de jazz déménage sur les quais"),
     ("A", "Le festival de jazz quittera la place du marché cet été pour s'installer sur les quais, ont annoncé les organisateurs mercredi."),
     ("A", "Les concerts du soir resteront gratuits et la scène principale pourra accueillir deux fois plus de public."),
     ("F", "Crédit photo : Paul Marc/Le Courrier du Sud"),
     ("F", "À lire aussi"),
     ("F", "- Le marché de nuit revient en juillet"),
     ("F", "- Une nouvelle piste cyclable le long du canal")],
    [("A", "Neue Buslinie verbindet Bahnhof und Klinikum"),
     ("A", "Ab dem ersten Dezember fährt eine neue Buslinie alle zwanzig Minuten vom Bahnhof zum Klinikum, teilten die Stadtwerke mit."),
     ("A", "Bisher mussten Patienten und Besucher in der Innenstadt umsteigen und brauchten oft mehr als eine halbe Stunde."),
     ("F", "Anna Schmidt ist Redakteurin im Lokalressort und schreibt über Verkehr."),
     ("F", "Zur Startseite")],
    [("A", "School kitchen wins national award"),
     ("A", "The kitchen at Hill Road primary school has won a national award for its lunches, which are cooked each morning from local produce."),
     ("A", "The head cook, who has run the kitchen for twelve years, said the prize belonged to the whole team and the farmers who supply it."),
     ("F", "Got a story for us? Email the newsdesk at news@valleypost.example"),
     ("F", "Image 3 of 9")],
    [("A", "Rail line reopens after landslip repairs"),
     ("A", "Trains will run again on the coast line from Monday, six weeks after a landslip closed it near Saltby, the rail company said."),
     ("F", "Engineers built a new retaining wall and drained the slope above the track, which had been soaked by a wet autumn.Words by Kay Lim | Transport desk"),
     ("A", "Replacement buses will stop running on Sunday night."),
     ("F", "Advertisement - scroll to continue reading")],
    [("A", "Prefeitura inaugura biblioteca no bairro"),
     ("A", "A nova biblioteca do bairro foi inaugurada no sábado com um acervo de doze mil livros, informou a prefeitura."),
     ("F", "Moradores conhecem o espaço no dia da inauguração. Foto: João Lima/Folha do Vale"),
     ("A", "O prédio abrigava uma antiga fábrica de tecidos e foi reformado em dois anos."),
     ("A", "A biblioteca abrirá de terça a domingo, das nove da manhã às oito da noite."),
     ("F", "Receba as notícias da cidade no seu celular")],
    [("A", "市立図書館、日曜の開館時間を延長"),
     ("A", "市立図書館は来月から日曜日の開館時間を午後八時まで延長すると発表した。利用者の要望が多かったためだという。"),
     ("A", "図書館によると、平日の夜に来られない会社員や学生の利用が増えると見込んでいる。"),
     ("F", "写真：市立図書館提供"),
     ("F", "関連記事")],
    [("A", "Bakery reopens after fire"),
     ("A", "The bakery on Station Street reopened on Saturday, four months after a fire in its ovens closed it, and sold out of bread by ten."),
     ("A", "Its owner thanked neighbours who raised money to pay the staff while the shop was shut."),
     ("F", "More from the Valley Post"),
     ("F", "- Market traders asked to move for the summer fair"),
     ("F", "- Lido to open early if the warm weather holds"),
     ("F", "Tap the icon above to save this story for later")],
    [("A", "Council approves new play park"),
     ("A", "A new play park will be built beside the river in Eastfield after councillors approved the plans on Wednesday evening."),
     ("F", "Children try out the old swings before work begins. (Photograph: Ben Cole for the Valley Post)"),
     ("A", "The park will have equipment for disabled children and a shelter for parents, and should open next summer."),
     ("A", "Residents asked for more benches and a drinking fountain, and the council said both would be added."),
     ("F", "Published 12 March 2025 · Updated 13 March 2025"),
     ("F", "Sign in to comment")],
]


def own_articles() -> None:
    for name, articles in (("own articles", OWN_ARTICLES), ("round six's own articles", OWN_ARTICLES_ROUND6)):
        _own_articles(name, articles)


def _own_articles(name: str, OWN_ARTICLES: list) -> None:
    for layout, separator in LAYOUTS.items():
        step = separator.count("\n")
        texts = [(f"own/{index}", separator.join(text for _, text in article) + "\n") for index, article in enumerate(OWN_ARTICLES)]
        flagged: dict[str, set[int]] = collections.defaultdict(set)
        for diagnostic in Linter(select=["UI"]).lint_texts(texts):
            flagged[diagnostic.path].add(diagnostic.line)
        found = furniture = wrong = clean = 0
        for index, article in enumerate(OWN_ARTICLES):
            for position, (label, text) in enumerate(article):
                hit = 1 + position * step in flagged[f"own/{index}"]
                if label == "F":
                    furniture += 1
                    found += hit
                    if not hit and layout == "lines":
                        print(f"  missed: {text}")
                else:
                    clean += 1
                    wrong += hit
                    if hit and layout == "lines":
                        print(f"  clean line flagged: {text}")
        print(f"{name}, layout {layout}: {found} of {furniture} furniture lines found, {wrong} of {clean} clean lines flagged")


if __name__ == "__main__":
    main()
