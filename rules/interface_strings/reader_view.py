"""The header a browser's reader view writes over an article (Firefox's,
Safari's, and the extractors built on Readability that copy it): under the
headline and its standfirst, the site's name, the author's name, and the
estimated reading time as a range of minutes ("8–10 minutes", "5–6
minutos", "3–4 Minuten").

The reading time is the evidence: a range of minutes alone on a line
among the text's first lines, under its headline (a reader view puts it
over the body, after the standfirst if there is one), not under a line
ending in a colon (a fact box's "Cooking time:"
over "8–10 minutes", or "Cooking time" with no colon).  A single figure ("5 minutes") is the reader view's
too when nothing in the head labels it.  Over it, up to two short lines
shaped as a name (one to five words, no digit, no sentence's end, every
word capitalised in a script with capitals) are the reader view's site and
author lines.  A bare name with no reading time under it is left alone: a
name under a headline may be the article's byline as its gold text keeps
it, and nothing else says otherwise."""
from __future__ import annotations

from newslint import Document
from newslint.pattern_cache import compile_cached

# A reading time as reader views write it, in their locales' words for
# minutes: a range ("8–10 minutes") or one figure ("4 minutes").
READING_TIME = compile_cached(
    r"(?i)^\d{1,3}(?:\s?[–—-]\s?\d{1,3})?\s?(?:minutes?|mins?|minutos?|minuten|minuti|minuto|minut|minuty|minuter|minutter|"
    r"minuutti[a]?|perc|dakika|menit|phút|минут[аы]?|мин|хвилин[аи]?|хв|λεπτά|λεπτό|דקות|דקה|دقائق|دقيقة|मिनट|นาที|分钟|分|분)\.?$"
)
# The reader view's header is this many lines at most under the headline
# (a standfirst, the site, the author, the reading time).
MAX_HEADER_LINE = 5
# How many lines over the reading time may be the site's and the author's.
MAX_HEADER_NAMES = 2
# The longest name line: a site's name or a person's, with a particle.
MAX_NAME_WORDS = 5
# Words of a name that need no capital ("Anna van Dijk", "Maria da Silva").
NAME_PARTICLES = frozenset({
    "de", "da", "do", "dos", "das", "du", "van", "von", "der", "den", "di", "del", "della", "la", "le", "y", "e",
    "bin", "ibn", "al", "el", "and", "&", "of", "the", "und", "et",
})
# A label a reading time may be the value of ("Cooking time" over "8–10
# minutes", "Zubereitung", "Durée"): a recipe's or a programme's fact.
TIME_LABEL = compile_cached(
    r"(?i)\b(?:time|cook|cooking|prep|preparation|duration|length|running|bake|baking|rest|zeit|dauer|zubereitung|"
    r"backen|tiempo|duración|preparación|cocción|temps|durée|préparation|cuisson|tempo|durata|preparazione|cottura|"
    r"duração|preparo|cozimento|bereidingstijd|duur|время|длительность|час|тривалість|süre|waktu|durasi)\b"
)
NOT_NAME_CHARACTERS = compile_cached(r"[\d:;!?.,。！？：@/|()\[\]\"“”«»]")


def _name_shaped(text: str) -> bool:
    """Whether a line is shaped as a site's or a person's name: a few words,
    no digit nor sentence punctuation, each word capitalised where the
    script has capitals."""
    words = text.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or NOT_NAME_CHARACTERS.search(text):
        return False
    for word in words:
        first = next((character for character in word if character.isalpha()), None)
        if first is None:
            return False
        if first.islower() and word.lower() not in NAME_PARTICLES:
            return False
    return True


def reader_header(document: Document) -> dict[int, str]:
    """The lines of a reader view's header, by number: "reading time" or
    "name" (the site's or the author's)."""

    def compute(document: Document) -> dict[int, str]:
        head = [line.number for line in document.content_lines[:MAX_HEADER_LINE + 1]]
        if len(head) < 2:
            return {}
        found: dict[int, str] = {}
        for position, number in enumerate(head):
            if position == 0:
                continue  # the headline
            text = document.shapes[number - 1].text.strip()
            if READING_TIME.match(text) is None:
                continue
            above_shape = document.shapes[head[position - 1] - 1]
            above = above_shape.text.rstrip()
            if above.endswith((":", "：")) or (not above_shape.ends_sentence and TIME_LABEL.search(above) is not None):
                continue  # a label and its value ("Cooking time:" over "8–10 minutes"); a standfirst may say "time" in a sentence
            found[number] = "reading time"
            for back in range(position - 1, max(position - 1 - MAX_HEADER_NAMES, 0), -1):
                shape = document.shapes[head[back] - 1]
                if shape.ends_sentence or not _name_shaped(shape.text.strip()):
                    break
                found[head[back]] = "name"
        return found

    return document.memo("UI.reader_header", compute)
