"""OC102's test for another story's line after an article's body, in any
language and any length of article: its headline, or its first sentence as
the body's last line.

A scraper keeps a related story's teaser where the page put it, after the
story ("Lorry driver jailed over motorway pile-up near Reading" under a
library's reopening), and a feed or a copied page appends another story's
first sentence ("W Gdańsku strażacy ugasili pożar hali magazynowej…" under
a tram line's return).  OC102's other tests look between paragraphs, in
English articles long enough for the static score (teaser_judged), or with
``other-languages`` on; this one needs no fitted weights, so it runs by
default in every language, and it is strict to keep false alarms near none
in short articles, where a genuine sentence shares no word with the rest by
chance as often as not (in the project's hand-written clean trials, about
one article in four has such a sentence).  A line is reported when all of
this holds:

* it stands alone at the end of the body: a headline-shaped line after the
  body's last line of prose, or a whole line of one sentence that is the
  body's last line of prose (only lines that are no prose, furniture, after
  it).  Layout plays no part: with or without blank lines between
  paragraphs, the same lines are judged;
* it shares no unit of meaning (the document model's ``sentence_units``: a
  word's first letters, a Hangul word's first syllables, pairs of Han
  characters; by rarity) with any other line of the article, headline
  included (a headline: one common unit by chance at most, MAX_CHANCE_UNITS,
  MAX_CHANCE_SHARE), and has enough of its own (MIN_HEADLINE_UNITS,
  MIN_SENTENCE_UNITS); it is the only line at the end that does so;
* the article's own lines of prose (MIN_BODY_LINES or more) are mostly
  linked in one group by the units they share, with no second group of
  two lines or more (MIN_COHESIVE_SHARE, MIN_OTHER_STORY_LINES), and
  share a good part of their weight (half of them,
  teaser.MIN_OTHERS_MEDIAN_COHESION): an article of loosely joined items (a
  digest, a listicle, a markets round-up, sentences of several documents
  set end to end) has no one line that stands out;
* a sentence brings its own particulars, as a story's opening does: a name
  (a capitalised word, not its first; rare, in German) found nowhere else
  in the article, in Chinese and Japanese a number; in the other scripts
  without capitals the sentence test is off (PAIRED_LANGUAGES), unless the
  sentence gives a match's result the article gives nowhere else
  (lone_match_result: "프로축구 리그에서 대전이 수원을 3-1로 꺾었다." under a
  footbridge's opening), which stands for a name in any script; a headline
  or a sentence giving one is judged without the test of the other lines'
  groups (a short article's own quotation or timetable line links to no
  other; the other lines must still share their words).  A story's
  closing line ("Los vecinos piden que se amplíe el aparcamiento
  cercano.") names nothing new; nor does it lean back or look ahead
  (LEANING_WORDS: "Elle sera ouverte…", "Im kommenden Frühjahr sollen…");
* in English, the static table finds it far in meaning from the rest
  (MAX_ENGLISH_REST);
* it is none of the lines an article ends on: a quotation, a question, a
  list's item, a label and its value ("Fuente: …", or the value on the
  line under a label that ends on a colon: a press release's "Media
  contact:" and a name and post), a byline or a credit
  ("Posted by …", "Image courtesy of …"), the article's note on how it was
  made (EDITORS_NOTE: "Con la colaboración de …", names changed, the
  newsroom's "our"), a sentence naming one of a group the story told of
  (AMONG_OPENING: "Entre los primeros clientes estaba …"), a dated line, a signature, a
  line of names, a line in capitals, a line in another language (ML's), and
  in English a sentence that leans on earlier text or answers the story
  ("… declined to comment").  The caller (OC102) passes its own tests of
  some of these (``excluded``).
"""
from __future__ import annotations

import statistics
from typing import Callable, NamedTuple

from newslint import Document
from newslint.document import WORD, count_words
from newslint.language import zipf
from newslint.pattern_cache import compile_cached
from newslint.units import sentence_units, word_units

from . import teaser

# Lines of prose of the article's body, besides the line judged, at least:
# with two or three, "the others share words with one another" is chance.
MIN_BODY_LINES = 4
# Words at least of a line of prose (count_words: a run of Chinese or
# Japanese as one word per two characters): a short line ending in a full
# stop is a caption or a label as often as a paragraph.
MIN_PROSE_WORDS = 6
# Units of meaning at least of a line judged: a headline of another story
# names its subject in three or more ("Heathrow third runway decision
# delayed"), a sentence in four or more; fewer share nothing by chance.
MIN_HEADLINE_UNITS = 3
MIN_SENTENCE_UNITS = 4
# Another story's headline may meet the article in one common unit by
# chance ("tras", "Reading" and "reading rooms"): one at most, and no more
# than this share of the line's weight.  Not a sentence: a closing line of
# a round-up or a report shares one name or topic word of the article, and
# no more ("Next week the club hosts Harwick at home.", "…then the bill
# goes to the upper house"), as often as another story's sentence meets it
# by chance.
MAX_CHANCE_UNITS = 1
MAX_CHANCE_SHARE = 0.12
# At least this share of the body's other lines of prose is linked in one
# group by the units they share (_linked_groups): one story, not several set
# end to end.  A line of its own outside it is the article's too (a detail,
# a quotation told in other words); a second group of this many lines or
# more is another story.
MIN_OTHER_STORY_LINES = 2
MIN_COHESIVE_SHARE = 0.6
# A headline-shaped line: this many words (count_words) at least and at
# most; in Chinese and Japanese, characters.
HEADLINE_WORDS = (4, 14)
UNSPACED_HEADLINE_CHARS = (8, 30)

# At most this share of a sentence's words capitalised (German's nouns
# too): past it, the line is a list of names.
MAX_CAPITALISED_SHARE = 0.6
# Sentence ends, and the closing marks a line of prose may end on.
SENTENCE_STOPS = ".!?।؟۔。！？"
CLOSERS = "\"”’“‘»«)」』"
# A line that ends so is no headline: it runs on, or introduces what follows.
RUN_ON_ENDS = (",", ":", ";", "-", "–", "—", "…", "，", "：", "；", "、")
# A line that ends so introduces the next one (a label and its value: "For
# media enquiries:" and a name and post under it).
INTRODUCING_ENDS = (":", "：")
# Marks a headline does not hold: a label's colon, a credit's brackets and
# separators, a handle, a web address.
NOT_IN_HEADLINE = compile_cached(r"[:：|•·›»«()\[\]@©/]|https?:|www\.")
# Quotation marks: a quoted line is someone speaking in the article.
QUOTATION_MARK = compile_cached(r'["“”«»„「」『』‘’‚]')
# A line that opens on a list's marker (Japanese lists of related stories
# open on "・", which UI's rules judge as a list), a dash (a credit, a
# dialogue turn), a bracket or a Markdown mark.
LIST_OR_MARK_START = compile_cached(r"^(?:[-*•–—>#|(\[・●■◆○□▶►]|\p{N}+[.)](?:\s|$)|\p{L}[.)]\s)")
# A label and its value at the start of a line ("Verdict: Mostly false.",
# "Próxima jornada: Real Sociedad-Getafe …", "Regie: Ines Brandt").
LABEL = compile_cached(r"^[^:：.!?]{1,40}[:：]\s")
# A clock time or a year: a dateline ("Uppdaterad 4 mars 2024 kl 16.05"),
# a timestamp, an event's listing; another story's headline rarely dates
# itself.
DATE_OR_TIME = compile_cached(r"(?<!\p{N})(?:\p{N}{1,2}[:.]\p{N}{2}|(?:19|20)\p{N}{2})(?!\p{N})")
# A byline or a credit, in the languages the articles come in: "By Ann
# Lee", "Posted by Ann Lee, Product Manager", "Image courtesy of
# iStockphoto", "Cover photo by Ann Lee", "Cross-posted on the team's
# blog", "Foto: …" (a colon is no headline's anyway).
BYLINE = compile_cached(
    r"(?i)^(?:by|von|par|por|door|av|af|przez|от|автор|cross-posted|posted|written|reporting)\b"
    r"|\b(?:by|courtesy of)\s+(?-i:\p{Lu})"
    r"|^(?:\w+\s+)?(?:photos?|images?|pictures?|foto|fotos|bild|фото)\b"
)
# A note of the article's own about how it was made, the newsroom
# speaking: who helped ("With thanks to the volunteers of …", "Con la
# colaboración de …", "Mit Material der Nachrichtenagenturen …"), that
# names were changed ("Los nombres de algunos vecinos se han cambiado …"),
# or a line in its own voice ("Our readers' letters …", "Nuestros lectores
# pueden …").  Another story's headline or first sentence is none of these.
EDITORS_NOTE = compile_cached(
    r"(?i)^(?:with (?:thanks|contributions?) (?:to|from)|additional reporting|"
    r"(?:con|avec|com|mit) (?:la |a )?(?:colaboración|collaboration|colaboração|collaborazione|material|unterstützung) "
    r"|en colaboración con|en collaboration avec|in zusammenarbeit mit|mitarbeit\b|met medewerking van|"
    r"(?:our|nuestr[oa]s?|notre|unser(?:e[mnrs]?)?|nostr[oaie]|noss[oa]s?|nasz[aey]?)\b)"
    r"|\b(?:names?|nombres?|noms?|namen|nomi|nomes|imiona)\b.{0,60}\b(?:changed|cambiad|modifi|geändert|"
    r"cambiat|alterad|zmienion|gewijzigd)"
)
# A sentence that opens among a group the story has told of ("Among the
# first customers was …", "Entre los primeros clientes estaba …", "Unter
# den ersten Kunden war …"): a closing line naming one of them, not
# another story's opening.  "Entre" and "tra" need their article: "Entre
# Madrid y Toledo …" is "between".
AMONG_OPENING = compile_cached(
    r"(?i)^(?:among(?:st)?|amid|parmi|unter (?:den|die)|entre (?:los|las|os|as|eux|elles)|tra (?:i|gli|le)|"
    r"fra (?:i|gli|le)|wśród|onder de|bland)\b"
)
NUMBER = compile_cached(r"\p{N}+(?:[.,]\p{N}+)*")
# A capitalised word (WORD's words), not the line's first: a name the
# sentence brings.
CAPITALISED = compile_cached(r"(?<![\p{L}\p{M}\p{N}'’\-])\p{Lu}[\p{L}\p{M}\p{N}]*")
UNSPACED = compile_cached(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
CASED_LETTER = compile_cached(r"[\p{Lu}\p{Ll}]")


SHOWN_WORDS = 3  # the words of its own a message names


class Found(NamedTuple):
    line: int  # its number
    kind: str  # "headline" or "sentence"
    units: tuple[str, ...]  # the words of its heaviest units, for the message
    shared: int = 0  # its units found elsewhere (a headline's one by chance)


def _line_units(document: Document) -> dict[int, dict[str, float]]:
    """Per line number, the units of meaning of its sentences."""
    result: dict[int, dict[str, float]] = {}
    for sentence, units in zip(document.sentences, sentence_units(document)):
        own = result.setdefault(sentence.line, {})
        for unit, weight in units.items():
            if own.get(unit, 0.0) < weight:
                own[unit] = weight
    return result


def _is_prose(text: str) -> bool:
    """A line that ends a sentence, of MIN_PROSE_WORDS words or more.  In
    Chinese and Japanese a closing mark ends a sentence only after a stop:
    a headline there ends on a quotation's 」 or ″ often."""
    if UNSPACED.search(text):
        return text.rstrip(CLOSERS + "″")[-1:] in SENTENCE_STOPS and count_words(text) >= MIN_PROSE_WORDS
    # At most MIN_PROSE_WORDS words split off (as rules._is_prose): a long
    # paragraph is not cut into all its words to learn it has that many.
    return text[-1:] in SENTENCE_STOPS + CLOSERS and len(text.split(None, MIN_PROSE_WORDS - 1)) >= MIN_PROSE_WORDS


def _headline_shaped(text: str) -> bool:
    """Short, no sentence end, no label or credit marks, not in capitals,
    with a word in lower case where the script has cases (a line of names
    only is a signature or a credit: "Dr Rajesh Menon", "Upper Swanford,
    Oxfordshire")."""
    if text.endswith(RUN_ON_ENDS) or NOT_IN_HEADLINE.search(text) or LIST_OR_MARK_START.match(text) or DATE_OR_TIME.search(text):
        return False
    if UNSPACED.search(text):
        # Chinese and Japanese headlines quote a name or a phrase inside
        # them ("…に「もう限界」の声"): only a line that opens on a quotation is
        # someone speaking.
        low, high = UNSPACED_HEADLINE_CHARS
        return (
            low <= len(text) <= high and not _is_prose(text) and text.rstrip(CLOSERS + "″")[-1:] not in SENTENCE_STOPS
            and not QUOTATION_MARK.match(text)
        )
    if text[-1:] in SENTENCE_STOPS + CLOSERS or QUOTATION_MARK.search(text):
        return False
    low, high = HEADLINE_WORDS
    if not low <= count_words(text) <= high:
        return False
    words = WORD.findall(text)
    cased = [word for word in words if CASED_LETTER.match(word)]
    if len(cased) * 2 < len(words):
        # A script without cases (Arabic, Hindi, Korean...), with at most a
        # Latin acronym or two among its words ("LG 트윈스, 두산에 7-3 승리"):
        # the acronym makes it no label in capitals.
        return True
    if all(word.isupper() for word in cased if len(word) > 1):
        return False  # in capitals: a label or a section of the page
    return any(word[0].islower() for word in cased[1:])


def _sentence_shaped(document: Document, number: int, text: str) -> bool:
    """One whole sentence on its line, of prose, opening as a sentence that
    introduces its subject: not in lower case, not a question or a cry, not
    quoted, not a label, a list's item or a credit."""
    on_line = [sentence for sentence in _sentences_by_line(document).get(number, ())]
    if len(on_line) != 1 or on_line[0].text != text or not _is_prose(text):
        return False
    if text[:1].islower() or text.rstrip(CLOSERS)[-1:] in "?!？！؟":
        return False
    quoted = QUOTATION_MARK.match(text) if UNSPACED.search(text) else QUOTATION_MARK.search(text)
    if quoted or LIST_OR_MARK_START.match(text) or LABEL.match(text):
        return False
    # A line of names ("Okafor, Lindqvist, Moreau, Tanaka, O'Brien.": a
    # team's reserves) is no sentence: most of its words are capitalised.
    cased = [word for word in WORD.findall(text) if CASED_LETTER.match(word)]
    return not cased or sum(1 for word in cased if word[0].isupper()) <= MAX_CAPITALISED_SHARE * len(cased)


def _sentences_by_line(document: Document) -> dict:
    def compute(document: Document) -> dict:
        grouped: dict[int, list] = {}
        for sentence in document.sentences:
            grouped.setdefault(sentence.line, []).append(sentence)
        return grouped

    return document.memo("OC.lone-line.sentences", compute)


# Languages that capitalise every noun: there a capitalised word is a name
# only when it is rare (as context.NAME_ZIPF says of English names).
NOUNS_CAPITALISED = ("de", "lb")
NAME_ZIPF = 4.0
# Chinese and Japanese write no capitals: there a number found nowhere else
# in the article stands for the particulars a story's opening brings
# ("广州一辆公交车…23名乘客…"); a closing line of advice ("市民出行前请关注天气
# 变化。") brings none.  In the other scripts without capitals (Arabic,
# Persian, Hebrew, Hindi, Thai, Tamil, Korean...) a name cannot be told from
# a word, and a short article's closing line that shares nothing is too
# common to judge (a line on the police on duty under a festival's notice,
# with a figure of its own, in the hand-written clean trials): the sentence
# test is off.
PAIRED_LANGUAGES = ("zh", "ja")


def _brings_a_name(text: str, elsewhere: str, language: str) -> bool:
    """Whether a sentence names someone or somewhere the article never
    names (``elsewhere``: the rest of the article, lower-cased): a
    capitalised word, not its first, found nowhere else; rare, where every
    noun is capitalised.  In Chinese and Japanese, always (PAIRED_LANGUAGES)."""
    if language in PAIRED_LANGUAGES:
        return any(number not in elsewhere for number in NUMBER.findall(text))
    first = WORD.search(text)
    for match in CAPITALISED.finditer(text):
        if first is not None and match.start() == first.start():
            continue
        name = match.group().lower()
        if name in elsewhere:
            continue
        if language in NOUNS_CAPITALISED and zipf(name, language) >= NAME_ZIPF:
            continue
        return True
    return False



# A match's result ("Maccabi beat Hapoel 85-79", "…ليفوز 2-1", "3:0 gegen
# …"): two scores, at most three digits each and of nearly the same
# length, the winner's first or a draw.  Another story's result dropped
# into an unrelated article is the most common stray line of a sports
# widget, and it says what it is in any script, with capitals or without.
# Not a range, whose first figure is the smaller ("30-35 minutes", "13–14
# December"), a model's number ("737-8", "ATR 72-600"), a clock time
# ("16:00"), a date ("8/9") or a phone number ("026-555 12 40").
# (A sentence's stop may follow it, not a decimal's or a date's next part.)
SCORE = compile_cached(r"(?<![\p{L}\p{N}.,:/\-–])(\p{Nd}{1,3})\s?([-–:])\s?(\p{Nd}{1,3})(?![\p{N}%]|[.,:/\-–]\p{N})")
# Two figures a vote, a ratio or a scale gives the same way ("approved 7-2",
# "mit 15:4 Stimmen", "경쟁률은 22:1", "a 16:9 screen"): no match's result.
NOT_A_RESULT = compile_cached(
    r"(?i)\b(?:votes?|voted|voting|majority|ratio|scale|aspect|odds|stimmen|mehrheit|verhältnis|votos?|mayoría"
    r"|voix|majorité|voti|maggioranza|stemmen|głos\w*|голос\w*)\b|경쟁률|비율|比例|比率|票|نسبة|أصوات|יחס|קולות|رأی|آرا"
)
# A colon between an hour and two digits of minutes is a clock time.
LAST_HOUR = 24


def _scores(text: str) -> list[str]:
    """The match results of a line (SCORE), as written; none on a line of
    a vote or a ratio (NOT_A_RESULT)."""
    found = []
    if NOT_A_RESULT.search(text):
        return found
    for match in SCORE.finditer(text):
        first, mark, second = match.groups()
        if int(first) < int(second) or abs(len(first) - len(second)) > 1:
            continue  # a range or a model's number
        if mark == ":" and len(second) == 2 and int(first) <= LAST_HOUR:
            continue  # a clock time
        found.append(match.group())
    return found


def _names_untold(text: str) -> bool:
    """Whether a line is written where a name cannot be told from a word:
    no capitals (Arabic, Hebrew, Hindi, Korean...), or Chinese and Japanese."""
    return not CASED_LETTER.search(text) or bool(UNSPACED.search(text))


def lone_match_result(document: Document) -> int | None:
    """The number of the one content line that gives a match's result
    (SCORE), or None when none does or several do: a sports story's own
    lines give its scores more than once (headline, lead, the goals), an
    unrelated story none, so a result given once is another story's."""

    def compute(document: Document) -> int | None:
        # Most articles hold no two figures joined by a dash or a colon: one
        # search of the text spares the lines' own.
        if not SCORE.search(document.text):
            return None
        scored = [line.number for line in document.content_lines if _scores(line.text)]
        return scored[0] if len(scored) == 1 else None

    return document.memo("OC.lone-line.match-result", compute)


# A sentence that leans on earlier text, or looks ahead from the story, as
# a story's closing line does and another story's opening does not: a
# demonstrative ("este caso", "dieser Fund"), a word that presupposes what
# came before ("also", "auch", "también"), a pronoun, the past perfect that
# gives a story's background ("had demanded", "had geëist"), the future or a
# next date ("will", "sollen", "kommenden", "próximo"), advice ("can",
# "dapat").  Per language, lower-cased words, none that is as often a word
# of another use ("that", "die", "to", "de"); English's refers_back and
# CONTEXT_WORD (OC102's) are asked by the caller too.
LEANING_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "this these those will next due until can should had now",
        "de": "dieser diese dieses diesem diesen jener auch ebenfalls noch er sie es soll sollen wird werden "
        "kommenden nächste nächsten künftig bis kann können hatte hatten",
        "es": "este esta estos estas ese esa esos esas dicho dicha también además él ella ellos ellas será serán "
        "próximo próxima próximos hasta puede pueden podrán había habían",
        "pt": "este esta estes estas esse essa desse dessa deste desta neste nesta nesse nessa também ele ela "
        "eles elas será serão próximo próxima até pode podem tinha tinham havia",
        "fr": "ce cet cette ces aussi également encore il elle ils elles sera seront prochain prochaine prochains "
        "jusqu'au jusqu'à peut peuvent pourront avait avaient",
        "it": "questo questa questi queste quel quella anche ancora lui lei sarà saranno prossimo prossima fino "
        "può possono potranno aveva avevano",
        "nl": "deze dit ook nog hij zij zal zullen volgende tot kan kunnen had hadden",
        "pl": "ten tego tej tym tych także również też on ona oni będzie będą przyszłym przyszłej "
        "następnym następnej może mogą można",
        "ru": "этот эта это эти этого этой этом этих также тоже ещё он она они будет будут следующей следующем "
        "следующий может могут можно",
        "uk": "цей ця це ці цього цієї також теж ще він вона вони буде будуть наступного наступної може можуть можна",
        "cs": "tento tato toto tyto také též ještě on ona oni bude budou příští může mohou lze",
        "sv": "denna detta dessa också även han hon ska kommer nästa kan hade",
        "da": "denne dette disse også han hun skal vil næste kan havde",
        "no": "denne dette disse også han hun skal vil neste kan hadde",
        "tr": "bu şu bunun bunu buna ayrıca önümüzdeki",
        "id": "ini itu tersebut juga dia mereka akan depan dapat bisa",
        "ms": "ini itu tersebut juga dia mereka akan depan boleh",
        "ro": "acest această acești aceste și el ea ei va vor următor următoarea poate",
        "hu": "ez ezt ezek is ő ők fog fognak jövő következő lehet",
        "el": "αυτό αυτή αυτός αυτά επίσης θα επόμενο επόμενη μπορεί",
    }.items()
}


def _leans_or_looks_ahead(text: str, language: str) -> bool:
    words = LEANING_WORDS.get(language)
    if not words:
        return False
    return any(word.lower() in words for word in WORD.findall(text))


# In English the static table (OC101's) tells how close a line comes to the
# rest of the article in meaning: a closing line worded apart ("Borrowers
# return novels and DVDs at any branch in Buckinghamshire." under a
# library's reopening) stays close; another story's line does not.  The
# cosine to the rest at most: on the BBC tune half cut short, nine in ten
# of another story's headlines and first sentences put after the body
# score under it, and nine in ten of the articles' own last sentences
# above it (tests/benchmarks/out_of_context_after_body.py).
STATIC_LANGUAGES = ("en",)
MAX_ENGLISH_REST = 0.15


def rest_similarity(document: Document, number: int) -> float | None:
    """The static cosine of the line's sentence to the rest of the article
    (None without the table or a sentence: say nothing)."""
    sentence = next((s for s in document.sentences if s.line == number), None)
    return None if sentence is None else sentence_rest_similarity(document, sentence)


def sentence_rest_similarity(document: Document, sentence) -> float | None:
    """The static cosine of a sentence to the rest of the article (None
    without the table: say nothing)."""
    from . import context, static

    try:
        judged = context.judge(document, [sentence])
    except static.StaticTableMissing:
        return None
    if not judged:
        return None
    return dict(zip(context.FEATURES, judged[0].features))["rest"]


def _unlike_in_meaning(document: Document, number: int) -> bool:
    """Whether the line's sentence is far in meaning from the rest of the
    article by the static table (False without the table: say nothing)."""
    similarity = rest_similarity(document, number)
    return similarity is not None and similarity < MAX_ENGLISH_REST


def another_story_lines(document: Document, excluded: Callable[[int, str], bool]) -> list[Found]:
    """The line after the article's body (see the module's docstring) that is
    another story's headline or first sentence, if any.  ``excluded(number,
    text)`` says whether the caller knows the line for one of the article's
    own (a signature, a list's item, a line of verse, a sentence leaning on
    earlier text...)."""
    lines = [(line.number, line.text.strip()) for line in document.content_lines]
    if len(lines) < MIN_BODY_LINES + 2:
        return []
    body = [number for number, text in lines[1:] if _is_prose(text)]
    if len(body) < MIN_BODY_LINES:
        return []
    last = body[-1]
    language = document.language.code if document.language is not None else "en"
    texts = dict(lines)
    # The shapes first, which cost little: most articles end on a paragraph
    # of several sentences with nothing after it, and their units of
    # meaning are never worked out here.
    # (One sentence: "Were you there? Send us your photos" is the page's call.)
    # (Not a line a label introduces, the line before it ending on a colon:
    # a press release's "Media contact:" and the name and post under it.)
    shaped = [
        number for (number, text), (_, before) in zip(lines[1:], lines) if number > last and _headline_shaped(text)
        and len(_sentences_by_line(document).get(number, ())) == 1 and not before.endswith(INTRODUCING_ENDS)
    ]
    # A match's result of its own (lone_match_result) tells another
    # story's particulars in any script, as a name does where names can be
    # told.
    whole = _sentence_shaped(document, last, texts[last])
    scored = whole and lone_match_result(document) == last
    sentence = whole and (
        language in PAIRED_LANGUAGES or bool(CASED_LETTER.search(texts[last])) or scored
    ) and not _leans_or_looks_ahead(texts[last], language) and not AMONG_OPENING.match(texts[last])
    # Where names can be told, a result still needs one of its own ("Maccabi
    # beat Hapoel 85-79."): "Members approved the scheme 7-2." is the
    # article's own vote.
    if sentence and not (scored and _names_untold(texts[last])):
        elsewhere = " ".join(text for number, text in lines if number != last).lower()
        sentence = _brings_a_name(texts[last], elsewhere, language)
    if not shaped and not sentence:
        return []
    units = _line_units(document)
    counts: dict[str, int] = {}
    for own in units.values():
        for unit in own:
            counts[unit] = counts.get(unit, 0) + 1

    def shares_nothing(number: int) -> bool:
        return all(counts[unit] == 1 for unit in units.get(number, {}))

    def shares_next_to_nothing(number: int) -> bool:
        own = units.get(number, {})
        shared = [weight for unit, weight in own.items() if counts[unit] > 1]
        return len(shared) <= MAX_CHANCE_UNITS and sum(shared) <= MAX_CHANCE_SHARE * sum(own.values())

    candidates: list[Found] = []
    # Another story's headline: one headline-shaped line after the body.
    after = [
        number for number in shaped
        if len(units.get(number, {})) >= MIN_HEADLINE_UNITS and shares_next_to_nothing(number)
    ]
    if len(after) == 1:
        candidates.append(Found(after[0], "headline", ()))
    # Another story's first sentence: the body's last line, one sentence.
    if sentence and len(units.get(last, {})) >= MIN_SENTENCE_UNITS and shares_nothing(last):
        candidates.append(Found(last, "sentence", ()))
    if len(candidates) != 1:
        return []  # none, or two lines sharing nothing: a loosely joined end
    found = candidates[0]
    if excluded(found.line, texts[found.line]) or BYLINE.search(texts[found.line]) or EDITORS_NOTE.search(texts[found.line]):
        return []
    # The body's other lines of prose share with one another.
    others = [number for number in body if number != found.line]
    if len(others) < MIN_BODY_LINES:
        return []
    # ... as one story: linked line to line by the units they share, most of
    # them in one group.  Lines of four or five stories set end to end (a
    # page of briefs, sentences of several documents) share within each
    # story and not across: no one line there is the odd one out.
    # (Not asked of a match's result of its own, which says by itself that
    # it is another story's: a short article's quotation or timetable line
    # of its own often links to no other.)
    groups = _linked_groups(others, units)
    if lone_match_result(document) != found.line and (
        groups[0] < MIN_COHESIVE_SHARE * len(others) or (len(groups) > 1 and groups[1] >= MIN_OTHER_STORY_LINES)
    ):
        return []
    # ... and share a good part of their words, not a name or a figure each
    # (a markets round-up whose every line brings its own: "Copper ended
    # flat in Shanghai." is one more item, as teaser.py says).
    shares = []
    for number in others:
        own = units.get(number, {})
        total = sum(own.values())
        if total:
            shares.append(sum(weight for unit, weight in own.items() if counts[unit] > 1) / total)
    if not shares or statistics.median(shares) < teaser.MIN_OTHERS_MEDIAN_COHESION:
        return []
    if language in STATIC_LANGUAGES and not _unlike_in_meaning(document, found.line):
        return []
    own = units.get(found.line, {})
    shared = sum(1 for unit in own if counts[unit] > 1)
    return [found._replace(units=_heaviest_words(texts[found.line], own, language), shared=shared)]


def _linked_groups(numbers: list[int], units: dict[int, dict[str, float]]) -> list[int]:
    """The sizes, largest first, of the groups of lines of ``numbers``
    linked to one another, directly or through others, by a unit they
    share (a line that shares nothing is a group of one)."""
    parent = {number: number for number in numbers}

    def root(number: int) -> int:
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    first_with: dict[str, int] = {}
    for number in numbers:
        for unit in units.get(number, {}):
            other = first_with.setdefault(unit, number)
            if other != number:
                parent[root(number)] = root(other)
    sizes: dict[int, int] = {}
    for number in numbers:
        top = root(number)
        sizes[top] = sizes.get(top, 0) + 1
    return sorted(sizes.values(), reverse=True) or [0]


def _heaviest_words(text: str, units: dict[str, float], language: str) -> tuple[str, ...]:
    """The words of the line (as written) of its SHOWN_WORDS heaviest units;
    in Chinese and Japanese, whose tokens are whole clauses, the units (pairs
    of characters, katakana runs) themselves."""
    written: dict[str, str] = {}
    for word in WORD.findall(text):
        for unit, _ in word_units(word, language):
            written.setdefault(unit, unit if UNSPACED.search(unit) else word)
    shown: list[str] = []
    for unit, _ in sorted(units.items(), key=lambda pair: -pair[1]):
        word = written.get(unit, unit)
        if word not in shown:
            shown.append(word)
        if len(shown) == SHOWN_WORDS:
            break
    return tuple(shown)
