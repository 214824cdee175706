"""OC101's test for another story's sentence INSIDE a paragraph, in any
language and any length of article (``shares-nothing``, on by default).

OC101's static score judges English articles of six sentences of eight
words or more; ``other-languages`` (off) the others, by fitted weights that
found none of the hand-written trials' injected sentences.  A scraper that
merges a neighbouring story's sentence into a paragraph of a short article,
in German, French or Ukrainian ("…teilte die Agentur mit. Der FC Augsburg hat
sich am Abend von seinem Trainer getrennt."), went unjudged.  This test asks
of a sentence inside a paragraph what lone_between asks of a line alone
between paragraphs, with no fitted weights:

* it shares a paragraph with another sentence (a sentence alone on its line
  is OC102's), is neither the article's first sentence after the headline
  nor its last, has MIN_WORDS words or more and enough units of meaning of
  its own (lone_line.MIN_SENTENCE_UNITS, the document model's
  ``sentence_units``: common words carry none);
* it shares no unit with any other sentence of the article, headline and
  its own paragraph included, nor any word by a looser test (_Elsewhere: a
  word's first five letters, "bank" and "banks"; a compound's part,
  "Agentur" in "Raumfahrtagentur"), while the sentence next to it in its
  paragraph shares a word with the rest by that test: the paragraph is the
  article's, the sentence is not;
* the article's other lines of prose hang together by the loose test
  (lone_line's test: one group linked by the words they share, half of
  them sharing a good part of their words), at most MAX_UNSHARING of its
  sentences share nothing, and it is the only one left by the tests below
  (two are an article of loosely joined items);
* it is the article's by none of the marks its own sentences carry: a
  quotation, or a sentence inside one; a question; someone speaking in a
  transcript; a byline or a dateline; a line of background, contrast or
  source (lone_between's words: "previously", "bisher", "Sin embargo",
  "Según…"); a word that leans back or looks ahead (lone_line's: "this",
  "auch", "sera"; in English refers_back and CONTEXT_WORD, asked by the
  caller) or presupposes what came before (ALREADY_WORDS: "al",
  "schon", "ya"); advice to anyone (GENERIC_OPENER: "Wer …, muss …"); a
  colon introducing speech or a list; a figure the article gives; a year
  (a line of background dates itself: "The city last hosted the games in
  1972."); in English, a pronoun before any name, the first or second
  person, an opener that continues, a subject named by its role, a title
  ("How the otters … recovered.");
* it names someone or somewhere the article never names (a capitalised
  word, not its first; a day or a month is no name; in German a rare one;
  a word in capitals, "FC"), and in English the static table finds it far
  in meaning from the rest (MAX_NAMED_ENGLISH_REST); without a name, in
  English only, further still (MAX_UNNAMED_ENGLISH_REST).  In the scripts
  without capitals (and Chinese and Japanese) a name cannot be told, and
  the test is off.

In an English article the static method judges (six sentences of eight
words or more), OC101 leaves the sentences to its fitted score and does not
ask this test (rules.OutOfContextSentence._static_judges).

A "meanwhile" connective that opens the sentence ("Meanwhile,", "Водночас",
lone_between.CONNECTIVE) is left out first: it proves nothing either way.
The same sentences are judged with or without blank lines between
paragraphs.
"""
from __future__ import annotations

import statistics
from typing import Callable, NamedTuple

from newslint import Document
from newslint.document import WORD, count_words
from newslint.pattern_cache import compile_cached
from newslint.units import sentence_units, word_units

from . import lone_between, lone_line, teaser

# Words at least of a sentence judged (count_words): a short sentence
# shares nothing by chance.
MIN_WORDS = 6
# Sentences of the article at least (each of three words or more), headline
# included: with fewer, "the others share words with one another" is chance.
MIN_ARTICLE_SENTENCES = 5
# A year (a line of background dates itself: "The city last hosted the
# games in 1972.", "Seit 1998 …"): an article's own sentence of context.
YEAR = compile_cached(r"(?<!\p{N})(?:1[89]|20)\p{N}{2}(?!\p{N})")
# Quotation marks: a sentence that holds one is someone speaking, and so is
# one after an odd count of them in its paragraph (inside a quotation).
QUOTATION_MARK = compile_cached(r'["“”«»„‘’‚「」『』]')
# A turn of a transcript, its speaker named first in bold or capitals
# ("**Leo Fenwick:** …", "MS PRICE: …"): someone speaking in the article.
SPEAKER_FIRST = compile_cached(r"^(?:\*\*[^*]{1,60}:?\*\*:?|\p{Lu}[\p{Lu}'’. -]*\p{Lu}:|[\p{L} .'’-]{1,40}:)\s")
# Sentences inside paragraphs that share nothing, at most, in an article
# whose one sentence of its own may be judged: more are an article of
# loosely joined items (a round-up, a column of briefs), whose lines share
# little anyway.
MAX_UNSHARING = 3
# In English, the static table's cosine of the sentence to the rest of the
# article at most (lone_line's after the body: 0.15 with a name, 0 without):
# inside a paragraph, among sentences that lean on their neighbours, lower.
MAX_NAMED_ENGLISH_REST = 0.05
MAX_UNNAMED_ENGLISH_REST = -0.1
# A word in capitals of two letters or more ("FC", "NASA"): a club's, an
# agency's or a party's name in any language with capitals.
ACRONYM = compile_cached(r"(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])")
# In English, what ties a sentence inside a paragraph to the one before it
# more often than it does a sentence of its own (refers_back and
# CONTEXT_WORD are asked by the caller too): a pronoun before anyone is
# named ("How much it damages…", "Otherwise it would be overtaken…, he
# told MPs"), someone speaking in the first or second person ("My father
# wore a uniform…"), an opener that continues ("In addition,", "Others…",
# "So far"), a subject named by its role alone ("The company has made new
# discoveries…", "The group beat…", "The 27-year-old was…").
ENGLISH_PRONOUNS = frozenset("it its he him his she her hers they them their theirs".split())
# (Anywhere in the sentence, not only before a name as refers_back asks: a
# pronoun after a name, "Cheri Honkala is her VP…", "On Monday in
# Brussels, he promised…", points back as often as not inside a
# paragraph, on the Dragnet, L3S-GN1 and CleanPortalEval gold bodies.)
# A contrast that ties it to the sentence before ("Hours vary, but…").
ENGLISH_TYING = frozenset("but though although yet whereas".split())
# Someone's words reported without quotation marks, the speaker after them
# ("Not necessarily, said the senior author, Dr. …").
ENGLISH_SPEECH = compile_cached(r",\s+(?:said|says|added|told|asked|wrote|explained)\b")
ENGLISH_PERSONAL = frozenset("i me my mine we us our ours you your yours".split())
ENGLISH_CONTINUING = compile_cached(
    r"(?i)^(?:in addition|that|otherwise|others|likewise|similarly|thus|therefore|hence|overall|so far|as it happens"
    r"|by contrast|in contrast|for example|for instance|in fact|at the same time|of course|as a result|in turn)\b"
)
ENGLISH_ROLE_SUBJECT = compile_cached(
    r"^(?:The|This|That|These|Those) (?:\d+-year-old|company|firm|group|band|club|team|side|government|council|party"
    r"|agency|ministry|department|organi[sz]ation|union|board|court|country|city|state|region|singer|star|actor"
    r"|actress|player|man|woman|boy|girl|couple|family|pair|duo|move|deal|plan|scheme|bill|law|rule|idea|film|show"
    r"|book|album|series|project|programme|program|system|service|site|product|device|drug|study|report|survey)\b"
)
# A sentence that opens on "how", "why" or "what" without asking is a
# title or an item of a list ("How the otters of the River Tweed
# recovered."), not another story's news.
ENGLISH_TITLE = compile_cached(r"^(?:How|Why|What|When|Where|Who|Which)\b")
# A word that presupposes what came before ("already": "Op Schiphol zijn al
# ruim 200 vluchten geschrapt." in a report on a storm), per language,
# beside lone_line.LEANING_WORDS.
ALREADY_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "already still",
        "de": "schon bereits",
        "nl": "al reeds",
        "fr": "déjà",
        "es": "ya",
        "pt": "já",
        "it": "già",
        "pl": "już",
        "ru": "уже",
        "uk": "вже",
        "sv": "redan",
        "da": "allerede",
        "no": "allerede",
        "cs": "již už",
        "id": "sudah",
        "ro": "deja",
    }.items()
}
# A generic subject ("Wer mit Rollstuhl … unterwegs ist, muss einen Umweg
# … nehmen.", "Anyone who…"): advice to the reader, the article's own.
GENERIC_OPENER = compile_cached(
    r"(?i)^(?:wer|whoever|anyone|those who|quien|quienes|quem|quiconque|ceux qui|celui qui|celles qui|chi|kto|кто|хто)\b"
)
# Days and months that languages other than English capitalise too
# (lone_between.CALENDAR_WORDS has English's): dates, not names ("Perşembe
# sabahı", "pada hari Kamis").  German capitalises every noun, and its days
# are common words (lone_line's rarity test leaves them).
CALENDAR_OTHER = compile_cached(
    r"\b(?:Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz"
    r"|Ağustos|Eylül|Ekim|Kasım|Aralık"
    r"|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus"
    r"|September|Oktober|November|Desember)\b"
)
# A run of spaces inside a sentence: page furniture glued together ("Yes
# No   Results are indicative…"), not a sentence of prose.
SPACE_RUN = compile_cached(r"\S {2,}\S")
# A question or a cry: the writer's voice, not another story's news.
ASKS = compile_cached(r"[?!？！؟][\"”’»)]*$")


# Shared words are told more loosely than the document model's units (a
# word's first six letters): by its first LOOSE_LETTERS letters ("bank" and
# "banks", "аграрії" and "аграрної"), or as a part of a compound (German's
# "Agentur" in "Raumfahrtagentur", COMPOUND_PART letters at least).  Looser
# is stricter for the sentence judged (it must share nothing even so) and
# kinder to its neighbour (which must share something).
LOOSE_LETTERS = 5
SHORTEST_LOOSE = 3
COMPOUND_PART = 6


def _content_words(text: str, language: str) -> list[str]:
    """The sentence's words that carry meaning (units of their own), lower-cased."""
    return [word.lower() for word in WORD.findall(text) if len(word) >= SHORTEST_LOOSE and word_units(word, language)]


class _Elsewhere:
    """The content words of a set of sentences, as the loose test reads them."""

    def __init__(self, words: list[str]):
        self.prefixes = {word[:size] for word in words for size in range(SHORTEST_LOOSE, LOOSE_LETTERS + 1)}
        self.starts = {word[:COMPOUND_PART] for word in words if len(word) >= COMPOUND_PART}
        self.joined = " ".join(words)

    def has(self, word: str) -> bool:
        if word[:LOOSE_LETTERS] in self.prefixes:
            return True
        if len(word) >= COMPOUND_PART and word[:COMPOUND_PART] in self.joined:
            return True  # inside a compound elsewhere
        # A compound of the sentence holding a word found elsewhere.
        return any(word[start : start + COMPOUND_PART] in self.starts for start in range(1, len(word) - COMPOUND_PART + 1))


def _english_leans(text: str) -> bool:
    """Whether an English sentence inside a paragraph leans on the one
    before it (ENGLISH_PRONOUNS and the rest, above)."""
    if ENGLISH_CONTINUING.match(text) or ENGLISH_ROLE_SUBJECT.match(text) or ENGLISH_SPEECH.search(text):
        return True
    words = {word.split("'")[0].split("’")[0].lower() for word in WORD.findall(text)}
    return not words.isdisjoint(ENGLISH_PRONOUNS | ENGLISH_PERSONAL | ENGLISH_TYING)


class Found(NamedTuple):
    sentence: object  # the document's Sentence
    units: tuple[str, ...]  # the words of its heaviest units, for the message
    named: bool  # whether it brings a name of its own


def _sentence_shaped(text: str) -> bool:
    """A sentence of prose that opens as one that introduces its subject."""
    if count_words(text) < MIN_WORDS or not text[:1].isupper() or text.rstrip(lone_line.CLOSERS)[-1:] not in lone_line.SENTENCE_STOPS:
        return False  # short, broken off, or no sentence ("As Ann Lee says in the introduction,")
    if ASKS.search(text) or QUOTATION_MARK.search(text) or SPACE_RUN.search(text):
        return False
    if lone_line.LABEL.match(text) or lone_line.LIST_OR_MARK_START.match(text):
        return False
    cased = [word for word in WORD.findall(text) if lone_line.CASED_LETTER.match(word)]
    return not cased or sum(1 for word in cased if word[0].isupper()) <= lone_line.MAX_CAPITALISED_SHARE * len(cased)


def another_story_inside(
    document: Document, excluded: Callable[[object, str], bool], trace: dict | None = None
) -> list[Found]:
    """The one sentence inside a paragraph that is another story's (see the
    module's docstring), if any.  ``excluded(sentence, text)`` says whether
    the caller knows the sentence for one of the article's own; it is asked
    with the connective left out.  ``trace`` (benchmarks) counts the
    candidates each test leaves."""

    def note(stage: str) -> None:
        if trace is not None:
            trace[stage] = trace.get(stage, 0) + 1

    sentences = document.sentences
    if len(sentences) < MIN_ARTICLE_SENTENCES:
        return []
    language = document.language.code if document.language is not None else "en"
    first_line = next((line.number for line in document.lines if not line.is_blank), 0)
    by_line: dict[int, list[int]] = {}
    for row, sentence in enumerate(sentences):
        by_line.setdefault(sentence.line, []).append(row)
    body = [row for row, sentence in enumerate(sentences) if sentence.line != first_line]
    if len(body) < MIN_ARTICLE_SENTENCES - 1:
        return []
    # Neither the article's first sentence after the headline (its lead) nor
    # its last (lone_line's).
    shaped = []
    for row in body[1:-1]:
        sentence = sentences[row]
        mates = by_line[sentence.line]
        if len(mates) < 2:
            continue  # alone on its line: OC102's
        note("inside")
        rest, _ = lone_between._without_connective(sentence.text)
        if not _sentence_shaped(rest) or not lone_line.CASED_LETTER.search(rest) or lone_line.UNSPACED.search(rest):
            continue
        line_text = document.lines[sentence.line - 1].text
        before = line_text[: sentence.start - document.lines[sentence.line - 1].start]
        if len(QUOTATION_MARK.findall(before)) % 2 or SPEAKER_FIRST.match(line_text.strip()):
            continue  # inside a quotation, or a turn of a transcript: someone speaking
        note("shaped")
        shaped.append(row)
    if not shaped:
        return []
    units = sentence_units(document)
    counts: dict[str, int] = {}
    for own in units:
        for unit in own:
            counts[unit] = counts.get(unit, 0) + 1

    def own_units(row: int) -> dict[str, float]:
        """The sentence's units, the connective's left out."""
        own = units[row]
        _, connective = lone_between._without_connective(sentences[row].text)
        if not connective:
            return own
        dropped = {unit for word in WORD.findall(connective) for unit, _ in word_units(word, language)}
        return {unit: weight for unit, weight in own.items() if unit not in dropped}

    unsharing = [
        row for row in shaped
        if len(own_units(row)) >= lone_line.MIN_SENTENCE_UNITS and all(counts[unit] == 1 for unit in own_units(row))
    ]
    if not unsharing:
        return []  # most articles: every sentence shares a unit
    words = [_content_words(sentence.text, language) for sentence in sentences]
    alone = []
    for row in unsharing:
        # ... nor by the loose test (its connective left out).
        rest, _ = lone_between._without_connective(sentences[row].text)
        elsewhere = _Elsewhere([word for other, mine in enumerate(words) if other != row for word in mine])
        if not any(elsewhere.has(word) for word in _content_words(rest, language)):
            alone.append(row)
    for _ in alone:
        note("shares nothing")
    if not alone or len(alone) > MAX_UNSHARING:
        return []
    # The article's other lines of prose hang together as one story (the
    # sentences judged left out).
    prose = [
        line.number for line in document.content_lines
        if line.number != first_line and lone_line._is_prose(line.text.strip())
    ]
    if len(prose) < lone_line.MIN_BODY_LINES:
        return []
    line_words: dict[int, list[str]] = {}
    for other, mine in enumerate(words):
        if other not in alone:
            line_words.setdefault(sentences[other].line, []).extend(mine)
    if not _hangs_together(prose, line_words):
        return []
    for _ in alone:
        note("article hangs together")
    english = language in lone_line.STATIC_LANGUAGES
    found = []
    for row in alone:
        sentence = sentences[row]
        # The sentence next to it in its paragraph (the one before, else
        # after) shares with the article outside the paragraph.
        mates = by_line[sentence.line]
        place = mates.index(row)
        neighbour = mates[place - 1] if place else mates[place + 1]
        # (One word of it: a short paragraph's sentence takes up one word of
        # the article in eight or ten, "piscinas", "hall"; asking a share of
        # its words, as lone_line asks of the body's lines, lost most of the
        # sentences written for the tests and found on the trials.)
        outside = _Elsewhere([word for other, mine in enumerate(words) if sentences[other].line != sentence.line for word in mine])
        if not any(outside.has(word) for word in words[neighbour]):
            continue
        note("neighbour shares")
        rest, _ = lone_between._without_connective(sentence.text)
        if (
            lone_line._leans_or_looks_ahead(rest, language) or lone_between._tells_background(rest, language)
            or lone_between.SOURCE_OPENER.match(rest) or lone_between.INTRODUCING_COLON.search(rest)
            or lone_line.BYLINE.search(rest) or lone_line.EDITORS_NOTE.search(rest) or lone_line.AMONG_OPENING.match(rest)
            or YEAR.search(rest)
        ):
            continue
        note("not background")
        if (
            excluded(sentence, rest) or (english and (_english_leans(rest) or ENGLISH_TITLE.match(rest)))
            or GENERIC_OPENER.match(rest)
            or any(word.lower() in ALREADY_WORDS.get(language, ()) for word in WORD.findall(rest))
        ):
            continue
        note("not excluded")
        elsewhere = " ".join(other.text for other in sentences if other is not sentence).lower()
        if lone_between._shares_a_figure(rest, elsewhere):
            continue
        named = lone_line._brings_a_name(CALENDAR_OTHER.sub("", lone_between.CALENDAR_WORDS.sub("", rest)), elsewhere, language) or any(
            acronym.lower() not in elsewhere for acronym in ACRONYM.findall(rest)
        )
        if not named and not english:
            continue
        note("named or English")
        if english:
            similarity = lone_line.sentence_rest_similarity(document, sentence)
            if trace is not None:
                trace.setdefault("similarities", []).append(round(similarity, 3) if similarity is not None else None)
            if similarity is None or similarity >= (MAX_NAMED_ENGLISH_REST if named else MAX_UNNAMED_ENGLISH_REST):
                continue
            note("far in meaning")
        found.append(Found(sentence, lone_line._heaviest_words(rest, own_units(row), language), named))
    if len(found) != 1:
        return []  # none, or two sentences of their own: loosely joined items
    return found


def _hangs_together(lines: list[int], line_words: dict[int, list[str]]) -> bool:
    """Whether the lines of prose hang together as one story, as lone_line
    asks (MIN_COHESIVE_SHARE of them linked in one group, no second group
    of MIN_OTHER_STORY_LINES, half of them sharing
    teaser.MIN_OTHERS_MEDIAN_COHESION of their words), by the loose test:
    a short article's lines share words as "bank" and "banks" do, or a
    compound's part, more often than a whole stem.  (The headline linking
    the lines too, as a short report's lines each take up a word of it,
    found none of the trials' sentences more and flagged a markets round-up's
    line: not kept.)"""
    starts = {word[:COMPOUND_PART] for words in line_words.values() for word in words if len(word) >= COMPOUND_PART}

    def keys(word: str) -> set[str]:
        found = {word[:LOOSE_LETTERS]}
        found.update(
            word[start : start + COMPOUND_PART][:LOOSE_LETTERS]
            for start in range(1, len(word) - COMPOUND_PART + 1) if word[start : start + COMPOUND_PART] in starts
        )
        return found

    line_keys = {number: [keys(word) for word in line_words.get(number, [])] for number in lines}
    key_lines: dict[str, set[int]] = {}
    for number, per_word in line_keys.items():
        for found in per_word:
            for key in found:
                key_lines.setdefault(key, set()).add(number)
    groups = lone_line._linked_groups(lines, {number: {key: 1.0 for found in per_word for key in found} for number, per_word in line_keys.items()})
    if groups[0] < lone_line.MIN_COHESIVE_SHARE * len(lines) or (
        len(groups) > 1 and groups[1] >= lone_line.MIN_OTHER_STORY_LINES
    ):
        return False
    shares = [
        sum(1 for found in per_word if any(len(key_lines[key]) > 1 for key in found)) / len(per_word)
        for per_word in line_keys.values() if per_word
    ]
    return bool(shares) and statistics.median(shares) >= teaser.MIN_OTHERS_MEDIAN_COHESION


