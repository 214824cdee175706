"""OC102's test for another story's sentence standing alone BETWEEN an
article's paragraphs, in any language and any length of article
(``between-body``, on by default).

lone_line judges the line after the body; OC102's static score judges lines
between paragraphs in English articles of 8 to 24 sentences and 200 words
besides the line.  A scraped page of a local station, a regional paper or a
press office is shorter than that, and the line a related-story widget
leaves between two paragraphs ("Firefighters freed a driver trapped in a
lorry on the A40 near Witney." inside a report on a school's new library)
went unjudged.  This test asks what lone_line asks of the body's last line,
of a whole line of one sentence that has prose above and below it:

* it shares no unit of meaning (``sentence_units``) with any other line of
  the article, headline included, and has enough of its own
  (lone_line.MIN_SENTENCE_UNITS);
* it names someone or somewhere the article never names (lone_line's
  ``_brings_a_name``; a month or a day is no name), or in English, without
  one, the static table finds it no closer to the article than an
  unrelated sentence (MAX_UNNAMED_ENGLISH_REST); a figure alone is not
  enough (an article's own background line gives its year), and in the
  scripts without capitals (Chinese and Japanese too: a forecast's every
  line brings a figure of its own) a name cannot be told: there only the
  evidence of the next point stands for one;
* or, instead of a name, it says by itself what it is (_says_what_it_is),
  in any script: a match's result the article gives nowhere else
  (lone_line.lone_match_result: "Maccabi beat Hapoel 85-79." inside a
  report on a zoo; where names can be told, with a name of its own), or,
  where names cannot be told, it opens on words saying the news is another
  story's (OTHER_NEWS: "وفي خبر آخر", "در خبری دیگر") and still shares
  nothing.
  Such a line is judged in an article one line of prose shorter (three
  paragraphs above it and one below), and a result without the test of
  the other lines' groups (a short article's quotation or timetable line
  of its own links to no other);
* it tells no background (BACKGROUND_WORDS: "previously", "bisher",
  "dotychczas"), is tied to the line before by no contrast or place
  already named (TYING_WORDS: "Allerdings…", "setempat"), opens on no
  source ("Segundo a meteorologista…") and holds no colon introducing
  someone's words or a list, and gives no figure the article
  gives (a match report's "2-1"), as an article's own line does;
* the body's other lines of prose (lone_line.MIN_BODY_LINES or more) hang
  together: linked in one group by the units they share, no second group
  of two lines, half of them sharing a good part of their weight;
* it is the only line of one sentence between paragraphs that shares
  nothing (two are an article of loosely joined items);
* it does not lean back or look ahead (lone_line.LEANING_WORDS), is no
  quotation, question, list's item, label, byline or credit, and in
  English the static table finds it far in meaning from the rest
  (lone_line.MAX_ENGLISH_REST with a name of its own).

A connective of the "meanwhile" kind that opens the line ("Meanwhile,",
"In other news,", "Тем временем", "与此同时", "한편", "Παράλληλα", "في سياق
آخر") is left out before those tests: it proves nothing by itself (an
article's own paragraphs open on it all the time, and those share the
article's words), and it must not excuse a line that shares nothing.
Where names cannot be told it stands for one, in a line that shares
nothing: an article's own "한편" line goes on with the article's words.
"""
from __future__ import annotations

import statistics
from typing import Callable

from newslint import Document
from newslint.document import WORD
from newslint.pattern_cache import compile_cached
from newslint.units import word_units

from . import lone_line, teaser

# Connectives that open a paragraph on another thread of the news, per
# script; matched at the line's start with the comma or space after them.
# The line is judged without them (see the module's docstring).  Not
# Hindi's "इस बीच" (meanwhile): a real sentence opening on it shared nothing
# with its own document's others (out_of_context.py --non-english-only).
CONNECTIVE = compile_cached(
    r"^(?:"
    r"(?i:meanwhile|in other news|elsewhere|separately|in a separate (?:incident|development|case)"
    r"|mientras tanto|por otra parte|por otro lado|en otro orden de cosas|paralelamente"
    r"|pendant ce temps|par ailleurs|parallèlement|d'autre part"
    r"|inzwischen|unterdessen|indessen|währenddessen|derweil|andernorts"
    r"|nel frattempo|intanto|in altre notizie|parallelamente"
    r"|enquanto isso|entretanto|paralelamente|por outro lado"
    r"|ondertussen|intussen|elders"
    r"|tymczasem|w międzyczasie"
    r"|sementara itu|di tempat lain"
    r"|тем временем|между тем|параллельно|кроме того|тим часом|водночас|між тим"
    r"|παράλληλα|στο μεταξύ|εν τω μεταξύ"
    r"|bu arada|öte yandan)"
    r"|与此同时|同时|另外|此外|另一方面|一方、|一方で|その頃|한편|또한|في سياق آخر|من جهة أخرى|وفي سياق آخر|בינתיים|במקביל"
    r"|وفي خبر آخر|في خبر آخر|در همین حال|از سوی دیگر|در خبری دیگر|ขณะเดียวกัน"
    r")(?:[\s,，、،:]+|$|(?<=、))"
)
# Of the connectives, those that say the news that follows is another
# story's ("in other news", "وفي خبر آخر", "در خبری دیگر"): evidence of
# their own.  The others ("한편", "与此同时", "一方、", "במקביל": on the other
# hand, meanwhile) open an article's own paragraph on its next point as
# often, in new words: they are only left out before the line is judged.
OTHER_NEWS = compile_cached(
    r"^(?:(?i:in other news|in a separate (?:incident|development|case)|en otro orden de cosas|in altre notizie)"
    r"|وفي خبر آخر|في خبر آخر|در خبری دیگر)(?:[\s,，、،:]+|$)"
)
# English capitalises the months and days: they are dates, not the names
# of someone or somewhere ("…since the previous contract expired in June").
CALENDAR_WORDS = compile_cached(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# Words of a story's background, which tells what came before the news (an
# article's own line between paragraphs: "Until now, patients were taken to
# the hospital in Bristol", "Dotychczas chorzy byli przewożeni do
# Poznania"); another story's first sentence tells its news.  Lower-cased,
# per language, beside lone_line.LEANING_WORDS.
BACKGROUND_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "previously previous since earlier formerly hitherto",
        "de": "bisher bislang zuvor früher seit damals",
        "es": "anteriormente antes desde hasta",
        "pt": "anteriormente antes desde",
        "fr": "auparavant précédemment depuis jusqu'ici autrefois",
        "it": "finora precedentemente prima",
        "nl": "voorheen eerder sinds vroeger",
        "pl": "dotychczas wcześniej dotąd dawniej",
        "id": "sebelumnya sejak dulu",
        "ru": "ранее прежде раньше",
    }.items()
}


# Words that tie a line to the one before it, beside lone_line.LEANING_WORDS
# (English's refers_back and CONTEXT_WORD are asked by the caller): a
# contrast or an addition ("Allerdings seien die Kosten hoch…", "Sin
# embargo…"), the place already named ("setempat", local).
TYING_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "de": "allerdings jedoch aber dennoch trotzdem zudem außerdem dort hier örtlichen",
        "es": "embargo pero aunque allí allá local",
        "pt": "contudo porém mas entretanto ali lá local",
        "fr": "cependant toutefois mais pourtant là-bas y",
        "it": "tuttavia però ma lì là locale",
        "nl": "echter maar toch bovendien daar",
        "pl": "jednak ale natomiast tam tamtejsze tamtejszy",
        "id": "namun tetapi setempat tersebut sana",
        "ru": "однако но зато там местные",
    }.items()
}
# A line that opens on its source ("According to the forecaster Ann Lee,
# …", "Segundo a meteorologista…", "Laut dem Verband…") tells what someone
# in the article says: another story's first sentence tells its news.
SOURCE_OPENER = compile_cached(
    r"(?i)^(?:according to|segundo|según|selon|d'après|laut|secondo|stando a|volgens|według|zdaniem|menurut"
    r"|по словам|по данным|согласно|σύμφωνα με)\b"
)
# A colon that introduces what follows (someone's words, in another language
# too: "…greeted the family in Korean: 여러분…"; a list): the article's own
# line, where another story's first sentence tells its news in one run.
INTRODUCING_COLON = compile_cached(r"[:：]\s")
# Figures (digits), which the article shares as it shares words: "2-1" in a
# match report's lines is one story's score.
FIGURE = compile_cached(r"\p{Nd}+(?:[.,:\-]\p{Nd}+)*")


# In English, a line that names no one of its own is reported only when the
# static table finds it no closer to the rest of the article than an
# unrelated sentence (the table's vectors lose their common direction, so
# unrelated sentences score about 0): an article's own line of background
# or advice with no name stays above it ("Planning permission was granted
# in 2024 after a long consultation…", about 0.1).
MAX_UNNAMED_ENGLISH_REST = 0.0


def _tells_background(text: str, language: str) -> bool:
    words = BACKGROUND_WORDS.get(language, frozenset()) | TYING_WORDS.get(language, frozenset())
    return bool(words) and any(word.lower() in words for word in WORD.findall(text))


def _shares_a_figure(text: str, elsewhere: str) -> bool:
    return any(figure in elsewhere for figure in FIGURE.findall(text))


def _without_connective(text: str) -> tuple[str, str]:
    """The line without the connective it opens on, and the connective."""
    match = CONNECTIVE.match(text)
    if not match:
        return text, ""
    rest = text[match.end():]
    return rest[:1].upper() + rest[1:], match.group()


def _says_what_it_is(document: Document, number: int, text: str) -> str:
    """The evidence a line gives of its own that it is another story's,
    without a name: a match's result given nowhere else in the article
    ("score", lone_line.lone_match_result; any script), or, where names
    cannot be told from words, words that say the news is another story's
    ("connective": OTHER_NEWS, "وفي خبر آخر"; the line must still share
    nothing);
    "" for none."""
    if lone_line.lone_match_result(document) == number:
        return "score"
    if OTHER_NEWS.match(text) and lone_line._names_untold(_without_connective(text)[0]):
        return "connective"
    return ""


def another_story_between(document: Document, excluded: Callable[[int, str], bool]) -> list[lone_line.Found]:
    """The one line of one sentence between the article's paragraphs that is
    another story's (see the module's docstring), if any.  ``excluded(number,
    text)`` says whether the caller knows the line for one of the article's
    own; it is asked with the connective left out."""
    lines = [(line.number, line.text.strip()) for line in document.content_lines]
    if len(lines) < lone_line.MIN_BODY_LINES + 2:
        return []
    body = [number for number, text in lines[1:] if lone_line._is_prose(text)]
    # (Two more than lone_line asks: the line judged is not at the end, so
    # prose stands above and below it; with fewer, five lines of a short
    # article hang together by chance or not at all, and on the trials
    # three more clean lines shared nothing.  A line that says by itself
    # that it is another story's (_says_what_it_is) is judged with one line
    # fewer: MIN_BODY_LINES besides it.)
    if len(body) < lone_line.MIN_BODY_LINES + 1:
        return []
    short = len(body) < lone_line.MIN_BODY_LINES + 2 or len(lines) < lone_line.MIN_BODY_LINES + 3
    language = document.language.code if document.language is not None else "en"
    texts = dict(lines)
    # The shapes first, which cost little.
    shaped = []
    # The body's last line too when it opens on a connective: lone_line
    # judges it with the connective, which its tests take for a line leaning
    # on the one before ("Тем временем в Калининграде…" after a vaccine's
    # rollout).
    judged = body[1:-1] + ([body[-1]] if CONNECTIVE.match(texts[body[-1]]) else [])
    for number in judged:
        text = texts[number]
        if not lone_line._sentence_shaped(document, number, text):
            continue
        rest, _ = _without_connective(text)
        if _says_what_it_is(document, number, text):
            pass  # judged in any script and length of article (below)
        elif short:
            continue
        elif lone_line._names_untold(rest):
            # No capitals (Arabic, Hebrew, Korean, Thai...): a name cannot be
            # told from a word, and a short article's own line that shares
            # nothing is too common to judge (as lone_line).  In Chinese and
            # Japanese a figure of its own stands for a name after the body,
            # not between paragraphs, where a forecast's or a report's every
            # line brings one ("週末にかけても、各地で35度以上…").
            continue
        if (
            lone_line._leans_or_looks_ahead(rest, language) or _tells_background(rest, language)
            or SOURCE_OPENER.match(rest) or INTRODUCING_COLON.search(rest)
        ):
            continue
        shaped.append(number)
    if not shaped:
        return []
    units = lone_line._line_units(document)
    counts: dict[str, int] = {}
    for own in units.values():
        for unit in own:
            counts[unit] = counts.get(unit, 0) + 1

    def own_units(number: int) -> dict[str, float]:
        """The line's units, the connective's left out."""
        own = units.get(number, {})
        _, connective = _without_connective(texts[number])
        if not connective:
            return own
        dropped = {unit for word in WORD.findall(connective) for unit, _ in word_units(word, language)}
        return {unit: weight for unit, weight in own.items() if unit not in dropped}

    def shares_nothing(number: int) -> bool:
        own = own_units(number)
        return len(own) >= lone_line.MIN_SENTENCE_UNITS and all(counts[unit] == 1 for unit in own)

    alone = [number for number in shaped if shares_nothing(number)]
    if len(alone) != 1:
        return []  # none, or two lines sharing nothing: loosely joined items
    found = alone[0]
    text = texts[found]
    rest, _ = _without_connective(text)
    if excluded(found, rest) or lone_line.BYLINE.search(rest):
        return []
    elsewhere = " ".join(other for number, other in lines if number != found).lower()
    if _shares_a_figure(rest, elsewhere):
        return []
    # A name of its own (in Chinese and Japanese, a figure: lone_line); a
    # figure alone is not enough where names can be told (an article's own
    # line of background gives its year or its count of residents).
    # Evidence of its own (_says_what_it_is) stands for a name.
    evidence = _says_what_it_is(document, found, text)
    # (A result where names can be told still needs one: "Members approved
    # the scheme 7-2." is the article's own vote.)
    named = evidence == "connective" or (evidence == "score" and lone_line._names_untold(rest)) or lone_line._brings_a_name(
        CALENDAR_WORDS.sub("", rest), elsewhere, language
    )
    if language not in lone_line.STATIC_LANGUAGES and not named:
        return []
    # The body's other lines of prose hang together as one story (not
    # asked around a match's result, as lone_line does not after the body:
    # a short article's quotation or timetable line of its own often links
    # to no other).
    others = [number for number in body if number != found]
    groups = lone_line._linked_groups(others, units)
    if evidence != "score" and (
        groups[0] < lone_line.MIN_COHESIVE_SHARE * len(others)
        or (len(groups) > 1 and groups[1] >= lone_line.MIN_OTHER_STORY_LINES)
    ):
        return []
    shares = []
    for number in others:
        own = units.get(number, {})
        total = sum(own.values())
        if total:
            shares.append(sum(weight for unit, weight in own.items() if counts[unit] > 1) / total)
    if not shares or statistics.median(shares) < teaser.MIN_OTHERS_MEDIAN_COHESION:
        return []
    if language in lone_line.STATIC_LANGUAGES:
        # In English the static table tells how far in meaning the line
        # stands: with a name of its own, as far as lone_line asks; without
        # one, no closer to the article than an unrelated sentence is.
        similarity = lone_line.rest_similarity(document, found)
        if similarity is None or similarity >= (lone_line.MAX_ENGLISH_REST if named else MAX_UNNAMED_ENGLISH_REST):
            return []
    own = own_units(found)
    return [lone_line.Found(found, "sentence", lone_line._heaviest_words(text, own, language), 0)]
