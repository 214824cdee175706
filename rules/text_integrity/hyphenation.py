"""TX113 broken-hyphenation: a word a print layout split at a line's end,
its hyphen left inside the line."""
from __future__ import annotations

import functools
import itertools
from typing import Any, Iterator, Mapping

from newslint import Applicability, Document, Finding, Fixable, Option, Rule
from newslint.pattern_cache import compile_cached
from newslint.words import type_verdicts

from newslint.language import commonest_words, zipf_column

from ..lexicon import zipf

# Two runs of letters joined by a hyphen, with or without a space after it
# ("Entschei-dung", "govern- ment"), standing as a word of their own (no
# letter, digit or further hyphen either side: "mother-in-law" is a chain
# of words, "10-20" a range).  The part after the hyphen is in lower case: a
# capital there starts a name or a noun ("Baden-Württemberg", "Rolls-Royce",
# "Software-Entwickler"), as a broken word never does.
# The search starts at the hyphen and the part after it (a scan for the
# hyphen, in C); the part before it is read back from the hyphen in a short
# window, since a look-behind tried at every character of the text cost
# most of the rule's time.
AFTER_HYPHEN = compile_cached(r"[\-‐][ \n]?(\p{Ll}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}\-‐])")
BEFORE_HYPHEN = compile_cached(r"(?<![\p{L}\p{M}\p{N}\-‐])\p{L}[\p{Ll}\p{M}]+$")
# The same searched backwards from the hyphen ((?r)): one attempt, where the
# forward search tried each character of the window.  The same match: it
# ends at the window's end and starts where its run of letters does, so
# there is at most one.
BEFORE_HYPHEN_BACKWARDS = compile_cached(r"(?r)" + BEFORE_HYPHEN.pattern)
# Letters read back from the hyphen: longer than any word of the lists.
WINDOW = 64
# The shortest part: one letter before a hyphen is a prefix or a letter's
# name ("e-mail", "x-ray", "U-turn").
MIN_PART_LETTERS = 2
# A part rarer than this (Zipf: about one in ten million words) is no word
# of the language ("con-tinue", "Hambur-ger"): a compound joins words, so a
# pair with such a part whose joined word is common, and commoner than the
# other part, is one word broken, whatever its other part.
NOT_A_WORD_ZIPF = 3.0
# At a line break, a part the lists do not hold at all (below this Zipf:
# "Wan-" / "derwege", "Über-" / "schwemmung") makes the pair a broken word
# when the joined word is a word, common or not (this common: about one in
# thirty million words); German's long compounds are rarer, joined, than
# min-joined-zipf asks.
UNKNOWN_PART_ZIPF = 1.0
UNKNOWN_PART_MIN_JOINED_ZIPF = 2.5
# At a line break, a joined word this common (about one in sixty thousand
# words) is the word a print layout broke even when both parts are words
# ("net-" / "works", "news-" / "paper", "week-" / "end"), unless its first
# part is a prefix a compound keeps its hyphen after or its second a
# particle that makes a noun of a verb ("set-" / "up", "play-" / "off",
# "take-" / "over"), which British copy hyphenates; compounds whose joined
# form is rarer ("long-" / "term", "well-" / "being") are left alone.
LINE_BREAK_COMMON_ZIPF = 4.2
PARTICLES = frozenset("up off out over down in on back away about through".split())
# Prefixes a compound keeps its hyphen after, before a word the lists may
# call rare ("co-ordinator", "re-iterate", "anti-vaxxer", "ex-ministro"):
# wrapped at that hyphen, the line break is no proof of a broken word.
COMPOUND_PREFIXES = frozenset(
    """co re pre post non anti pro ex de mid sub semi multi inter intra bi tri self vice neo quasi
    pseudo ultra extra super mini micro macro counter over under out auto eco bio geo cyber euro
    socio afro anglo franco""".split()
)
# A hyphen followed by a space ("some- times") is a break that lost its line
# end, or a suspended hyphen, whose word comes back after a coordinating
# word ("pre- and post-war", "Ein- und Ausgang", "first- to third-year").
# Without one, a pair whose joined word is common is one word broken even
# when both parts are words ("some- times", "neighbour- hood"): a compound
# keeps its hyphen without a space ("co-operate").
COORDINATORS = frozenset(
    """and or nor to versus vs through till until as und oder bzw bis sowie als et ou à y o u e ni a i
    en of tot og eller och lub albo oraz czy ili ve veya ile atau dan
    wie beziehungsweise respektive resp sowohl noch weder versus sive""".split()
)


class BrokenHyphenation(Rule):
    code = "TX113"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "broken-hyphenation"
    fixable = Fixable(Applicability.UNSAFE)  # the joined word is a word-list judgement
    summary = 'Flags a word split by a hyphen or a space, as in "Entschei-dung", "govern- ment", "deci-" / "sion" on two lines or "aver age".'
    why = """
        Text taken from a printed page or a PDF keeps the hyphens that split
        words at the ends of its lines; joined into paragraphs, the hyphen
        lands mid-line ("die Entschei-dung", "the govern- ment said"), and
        text kept in the page's lines keeps it at the line's end ("deci-" /
        "sion").  The word is no longer found by search or spelling, and a
        model learns the broken form.  A hyphenated pair is reported when
        the word it spells joined is common (`min-joined-zipf`) and much
        more common than either part (`min-lead`): a real compound's parts
        are words in their own right ("e-mail", "co-operate", "non-profit",
        "re-election" are not reported), and a part after the hyphen that
        starts with a capital is a name or a noun ("Baden-Württemberg",
        "Rolls-Royce").  Three cases need no lead: a part that is no word of
        the language ("sus- picious", "con-" / "tinue"), a hyphen
        followed by a space and no coordinating word ("every- one",
        "some- times"), which only a lost line end leaves, and a word a
        line end broke that the article writes whole elsewhere, a name or
        a rare word the lists miss ("Nor-" / "thfield" in the Northfield
        Gazette).  Across a line break, a pair is broken too when its
        joined word is common (about one in sixty thousand words) even
        though both parts are words ("net-" / "works", "news-" / "paper";
        not after a prefix, nor before a particle: "set-" / "up",
        "take-" / "over"), or when a part is no word at all and the joined
        word is one, if rarer than `min-joined-zipf` asks (German
        compounds: "Wan-" / "derwege", "Über-" / "schwemmung").  Chains
        ("mother-in-law"), ranges ("10-20") and a suspended hyphen ("pre-
        and post-war", "Ein- und Ausgang", "first- to third-year") are left
        alone, and a compound wrapped at its own hyphen ("long-" / "term").
        In German a capitalised noun hyphenated before a word in lower case
        on the next line ("Weizen-" / "sorte") is broken, a compound keeping
        its noun's capital after a hyphen ("Weizen-Sorte"); not an adjective
        made of a noun ("EU-" / "weit", "Corona-" / "bedingt").  A word a
        PDF's layout hyphenated across a blank line ("sec-" / "" / "tions")
        is judged as at a line break; across a line of another block set
        between its parts ("sup-" / "Tourism figures rose…" / "porting the
        frame"), when a part is no word and the joined word is common, it
        is reported on its first part, without a fix.
        A word split by a space alone ("on aver age", "le gou vernement",
        "zu sammen") is reported in English, Spanish, French, Italian,
        Portuguese and German when the joined word is common (one in thirty
        thousand words) and thirty times commoner than the rarer part; two
        words of a phrase are each commoner ("in deed", "per cent", "en
        route"), and a name has a capital.  In German, Dutch, Swedish,
        Danish and Norwegian, which write compounds whole, a compound split
        by a space ("das Kranken haus", "het zieken huis", "ett sjuk hus")
        is reported when the joined word is common and far commoner than
        its two words would meet by chance; phrases of two words ("Auto
        fahren", "zu Mittag essen", "te veel", "i dag") are not.  A hyphen
        and a space mid-line before a part in lower case, with no
        coordinating word after them, is a line end carried into the line
        when a part is no word and the joined word is one, or when the part
        before it has a capital and neither part is a common word: a
        surname split ("Jean-Marc Etche- verry"); "Vor- beziehungsweise
        Nachteile" and "Bundes- wie Landesebene" are suspended hyphens, and
        "signed in Sydney- nullified" a dash.
        The fix writes the word whole; across a line break it joins the
        two lines, as the printed page's line was never the text's.
    """
    example = """
        Die Elternvertretung begrüßte die Entschei-dung ausdrücklich.
        Das Kranken haus wird im Herbst erweitert, sagte Jean-Marc Etche- verry.
        The govern- ment said the plan would be published in May.
        The minister said the deci-
        sion was final.
    """
    use_instead = """
        Die Elternvertretung begrüßte die Entscheidung ausdrücklich.
        Das Krankenhaus wird im Herbst erweitert, sagte Jean-Marc Etcheverry.
        Wer nicht Auto fahren will, kann zu Mittag essen; Ein- und Ausfuhr sanken.
        The government said the plan would be published in May.
        The minister said the decision was final.
        Officials in Baden-Württemberg sent an e-mail about the non-profit's re-election.
        Pre- and post-war figures were compared by my mother-in-law for 2010-2020.
    """
    options = {
        "languages": Option(list, "Article languages (wordfreq codes) to check; others are skipped."),
        "min-joined-zipf": Option(float, "The joined word must be at least this frequent (Zipf)."),
        "min-lead": Option(float, "The joined word must be this much more frequent (Zipf) than either part."),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        text = document.text
        language = _checked_language(document)
        if language not in options["languages"]:
            return
        split_at: set[int] = set()
        if language in SPACE_SPLIT_LANGUAGES:
            for finding in _split_by_a_space(document, language):
                split_at.add(finding.start)
                yield finding
        if language in COMPOUND_LANGUAGES:
            yield from (finding for finding in _compound_split_by_a_space(document, language) if finding.start not in split_at)
        if "-" not in text and "‐" not in text:
            return
        yield from _broken_across_blocks(document, language, options["min-joined-zipf"])
        for match in AFTER_HYPHEN.finditer(text):
            hyphen = match.start()
            window_start = max(0, hyphen - WINDOW)
            before = BEFORE_HYPHEN_BACKWARDS.search(text, window_start, hyphen)
            if before is None or (before.start() == window_start and window_start > 0):
                continue  # no word before the hyphen ("pre- and", "10-20"), or a run too long to be one
            left, right, start = before.group(), match.group(1), before.start()
            if min(len(left), len(right)) < MIN_PART_LETTERS:
                continue
            joined = (left + right).lower()
            joined_zipf = zipf(joined, language)
            if text[hyphen + 1] in LINE_END_GAPS and _written_whole(document, joined):
                pass  # "Nor-" / "thfield" in an article that writes "Northfield"
            elif text[hyphen + 1] == "\n" and _broken_at_line_break(left, right, joined_zipf, language):
                pass  # "Wan-" / "derwege", "net-" / "works"
            elif text[hyphen + 1] == " " and _broken_mid_line(left, right, joined_zipf, language):
                pass  # "Etche- verry", "Über- schwemmung": a line end carried into the line
            elif joined_zipf < options["min-joined-zipf"]:
                continue
            elif not _is_broken_pair(text[hyphen + 1], left, right, joined_zipf, language, options["min-lead"]):
                continue  # a compound of words: "co-operate", "non-profit"
            word = left + right
            broken = text[start : match.end()].replace("\n", "⏎")
            yield Finding(start, match.end(), f'word broken by a hyphen "{broken}": probably "{word}"', word)


# A word a PDF's layout hyphenated at a column's or a page's end, its
# second part after a blank line ("sup-" / "" / "porting", the blank-line
# layout of the line break above) or after a line of another block set
# between them ("sup-" / "Tourism figures rose…" / "porting the frame"):
# the part after it is the first word of the next line opening in lower
# case.  Judged as at a line break; with a line between, only where a part
# is no word (below NOT_A_WORD_ZIPF) and the joined word is common, and
# reported on the first part without a fix (the text between must move).
# A line ending on a hyphen, which every ACROSS_BLOCK match holds.
HYPHEN_AT_LINE_END = compile_cached(r"[\-‐][ \t]*\n")
ACROSS_BLOCK = compile_cached(
    r"(?<![\p{L}\p{M}\p{N}\-‐])(\p{L}[\p{Ll}\p{M}]+)[\-‐][ \t]*\n"
    r"(?:(?:[ \t]*\n)+|(?:[ \t]*\n)*[ \t]*[^\s\p{Ll}][^\n]*\n(?:[ \t]*\n)*)"
    r"[ \t]*(\p{Ll}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}\-‐])"
)


def _broken_across_blocks(document: Document, language: str, min_joined_zipf: float) -> Iterator[Finding]:
    """Words hyphenated across a blank line or a block set between (ACROSS_BLOCK)."""
    text = document.text
    if HYPHEN_AT_LINE_END.search(text) is None:
        return  # most articles: no line ends on a hyphen, and ACROSS_BLOCK tries every word
    for match in ACROSS_BLOCK.finditer(text):
        left, right = match.group(1), match.group(2)
        if min(len(left), len(right)) < MIN_PART_LETTERS or right in COORDINATORS:
            continue
        word = left + right
        joined_zipf = zipf(word.lower(), language)
        between = text[match.end(1) + 1 : match.start(2)]
        if between.strip():
            if joined_zipf < min_joined_zipf or min(zipf(left.lower(), language), zipf(right, language)) >= NOT_A_WORD_ZIPF:
                continue
            if left.lower() in COMPOUND_PREFIXES:
                continue
            line = text.count("\n", 0, match.start(2)) + 1
            yield Finding(
                match.start(1), match.end(1) + 1,
                f'word broken by a hyphen across a block: "{left}-" goes on with "{right}" on line {line}: probably "{word}"',
            )
        elif _written_whole(document, word.lower()) or _broken_at_line_break(left, right, joined_zipf, language):
            yield Finding(match.start(1), match.end(), f'word broken by a hyphen across a blank line "{left}-" / "{right}": probably "{word}"', word)


def _is_broken_pair(gap: str, left: str, right: str, joined_zipf: float, language: str, min_lead: float) -> bool:
    """Whether a hyphenated pair whose joined word is common is one word
    broken rather than a compound.  ``gap`` is the character after the
    hyphen: a space, a line break or the part after it.  Where a line ended
    (a line break or a space after the hyphen), a pair with a part that is
    no word of the language is broken ("con-" / "tinue"), unless it opens on
    a prefix a compound keeps its hyphen after ("co-" / "ordinator"); a
    pair joined by a hyphen and a space with no coordinating word after it
    ("some- times") too.  Else, and always mid-line ("co-ordinate",
    "govern-ment"), the joined word must lead both parts by ``min_lead``, a
    hyphen being what a compound keeps ("co-operate")."""
    left_zipf, right_zipf = zipf(left.lower(), language), zipf(right, language)
    lead = joined_zipf >= max(left_zipf, right_zipf) + min_lead
    if gap not in LINE_END_GAPS:
        return lead
    if min(left_zipf, right_zipf) < NOT_A_WORD_ZIPF and (gap == " " or left.lower() not in COMPOUND_PREFIXES):
        return True
    if gap == " " and right not in COORDINATORS:
        return True
    return lead


# A word split by a space, its hyphen lost or never there ("on aver age",
# "the gov ernment"): two words in lower case whose joined word is common
# (SPLIT_MIN_JOINED_ZIPF: one in thirty thousand words) and far commoner
# than the rarer part (SPLIT_MIN_LEAD: thirty times).  Two words of a phrase
# are each commoner than that ("in deed" 3.8 against "indeed" 4.8, "per
# cent", "al ta", which this misses, "la test"), and a name has a capital.
# Languages whose words are long enough that their parts are rare: not
# those written in syllables (Vietnamese), nor Dutch and the Nordic
# languages, whose compounds are written whole or apart by style.
SPACE_SPLIT_LANGUAGES = frozenset("en es fr it pt de".split())
SPLIT_MIN_JOINED_ZIPF = 4.5
SPLIT_MIN_LEAD = 1.5
SPLIT_MAX_PART_ZIPF = SPLIT_MIN_JOINED_ZIPF - SPLIT_MIN_LEAD  # no part commoner can lead by enough
MIN_SPLIT_PART_LETTERS = 2


def _rare_part(word: str, language: str) -> bool:
    """Whether a word type may be the rarer part of a word split by a
    space: in lower case, all letters, and no commoner than
    SPLIT_MAX_PART_ZIPF."""
    return word.islower() and len(word) >= MIN_SPLIT_PART_LETTERS and word.isalpha() and zipf(word, language) <= SPLIT_MAX_PART_ZIPF


def _split_by_a_space(document: Document, language: str) -> Iterator[Finding]:
    """The words split by one space in the article (above)."""
    text = document.text
    texts, starts, ends = document.token_texts, document.token_starts, document.token_ends
    # Judged per word type, once per process (the same words recur in every
    # article: a type met before costs a set operation in C, not a Python
    # test and a frequency read per type and article): most articles have
    # a few rare ones.
    rare_types = type_verdicts(("TX113.rare", language)).passing(document.token_types, functools.partial(_rare_part, language=language))
    if not rare_types:
        return
    rare = list(map(rare_types.__contains__, texts))
    for index in itertools.compress(range(len(texts)), rare):
        for left, right in ((index - 1, index), (index, index + 1)):
            if left < 0 or right >= len(texts) or text[ends[left] : starts[right]] != " ":
                continue
            first, second = texts[left], texts[right]
            if len(first) < MIN_SPLIT_PART_LETTERS or len(second) < MIN_SPLIT_PART_LETTERS:
                continue
            if not (first.isalpha() and first.islower() and second.isalpha() and second.islower()):
                continue
            if left == index - 1 and rare[left]:
                continue  # both rare: the pair is judged once, from its left part
            joined = zipf(first + second, language)
            if joined >= SPLIT_MIN_JOINED_ZIPF and joined - min(zipf(first, language), zipf(second, language)) >= SPLIT_MIN_LEAD:
                word = first + second
                yield Finding(starts[left], ends[right], f'word split by a space "{first} {second}": probably "{word}"', word)


# A compound split by a space ("Kranken haus", "Bundes regierung", "zieken
# huis", "sjuk hus"): German, Dutch and the Nordic languages write their
# compounds whole, and a space inside one is a layout's or a translation's.
# Both parts are words, so the test of rare parts above cannot see it; the
# joined word can, when it is common (COMPOUND_MIN_JOINED_ZIPF) and far
# commoner than the two words would meet by chance (COMPOUND_MIN_LEAD over
# the sum of their Zipf values less 9: the Zipf of the pair, were words
# drawn independently).  A phrase of two words meets by chance, or a little
# more: "Auto fahren" (autofahren leads by 2.0), "Rad fahren" (3.1), "te
# veel" (0.4); a compound broken leads by more ("Krankenhaus" 4.2,
# "Bürgermeister" 3.9, "ziekenhuis" 4.4, "sjukhus" 3.5).  Not when a
# part is a function word, which phrases are made of: one of the
# language's COMPOUND_FUNCTION_WORDS commonest words ("i dag", "till
# baka"), or a short one (SHORT_FUNCTION_WORD_LETTERS letters at most)
# among the SHORT_FUNCTION_WORDS commonest ("ten slotte", where "huis",
# as common, is a noun), nor after a part shorter than
# MIN_COMPOUND_PART_LETTERS.  The part after the space is in lower case (a
# capital starts a noun or a name: "die Kranken Haus an Haus" is no
# compound); the part before it is in lower case, or a German noun.
# A German part ending in -en after the space may be a verb, whose noun
# makes a phrase with it more often than chance says ("Staub saugen", "Ski
# fahren", "zu Mittag essen" 3.5): it must lead by COMPOUND_MIN_LEAD_VERB.  Missed: a rare
# compound ("Kinder ärzten": Kinderärzten leads by 1.5, as "Menschen leben"
# does by 1.0).
COMPOUND_LANGUAGES = frozenset("de nl sv da nb".split())
CAPITALISED_COMPOUND_PARTS = frozenset({"de"})
COMPOUND_MIN_JOINED_ZIPF = 3.0
COMPOUND_MIN_LEAD = 3.4
COMPOUND_MIN_LEAD_VERB = 4.5
VERB_ENDINGS = {"de": ("en",)}
CHANCE_ZIPF = 9.0
MIN_COMPOUND_PART_LETTERS = 3
COMPOUND_FUNCTION_WORDS = 100
SHORT_FUNCTION_WORDS = 300
SHORT_FUNCTION_WORD_LETTERS = 3
# A pair whose parts are this common in sum cannot lead by enough: no
# compound of the lists is commoner than MAX_COMPOUND_ZIPF.
MAX_COMPOUND_ZIPF = 6.5


@functools.lru_cache(maxsize=None)
def _function_words(language: str) -> frozenset[str]:
    """A language's function words, as COMPOUND_FUNCTION_WORDS above says."""
    return commonest_words(language, COMPOUND_FUNCTION_WORDS) | {
        word for word in commonest_words(language, SHORT_FUNCTION_WORDS) if len(word) <= SHORT_FUNCTION_WORD_LETTERS
    }


def _compound_split_by_a_space(document: Document, language: str) -> Iterator[Finding]:
    """The compounds split by one space in the article (above)."""
    text = document.text
    texts, starts, ends = document.token_texts, document.token_starts, document.token_ends
    function_words = _function_words(language)
    capitals = language in CAPITALISED_COMPOUND_PARTS
    verb_endings = VERB_ENDINGS.get(language, ())
    pairs = []
    for left in range(len(texts) - 1):
        first, second = texts[left], texts[left + 1]
        if len(first) < MIN_COMPOUND_PART_LETTERS or len(second) < MIN_COMPOUND_PART_LETTERS:
            continue
        if not (second.islower() and second.isalpha() and first.isalpha()):
            continue
        if not (first.islower() or (capitals and first[0].isupper() and first[1:].islower())):
            continue
        if text[ends[left] : starts[left + 1]] != " ":
            continue
        lowered = first.lower()
        if lowered in function_words or second in function_words:
            continue
        chance = zipf(lowered, language) + zipf(second, language) - CHANCE_ZIPF
        if chance + COMPOUND_MIN_LEAD > MAX_COMPOUND_ZIPF:
            continue
        pairs.append((left, lowered + second, chance))
    if not pairs:
        return
    for (left, joined, chance), joined_zipf in zip(pairs, zipf_column([pair[1] for pair in pairs], language)):
        second = texts[left + 1]
        lead = COMPOUND_MIN_LEAD_VERB if verb_endings and second.endswith(verb_endings) else COMPOUND_MIN_LEAD
        if joined_zipf >= COMPOUND_MIN_JOINED_ZIPF and joined_zipf - chance >= lead:
            first = texts[left]
            word = first + second
            yield Finding(starts[left], ends[left + 1], f'compound split by a space "{first} {second}": probably "{word}"', word)


# German writes the noun after a compound's hyphen with its capital
# ("Weizen-Sorte"), so a capitalised noun, a hyphen at a line's end and a
# word in lower case on the next line ("Weizen-" / "sorte") is a word the
# layout hyphenated; not an adjective made of a noun ("EU-weit", "Corona-" /
# "bedingt", whose first part is in capitals or whose second is one of
# GERMAN_ADJECTIVE_PARTS) nor a suspended hyphen (COORDINATORS).
GERMAN_ADJECTIVE_PARTS = frozenset(
    """bedingt weit frei arm reich los voll fähig artig mäßig bezogen basiert spezifisch orientiert gestützt
    neutral freundlich feindlich intensiv typisch eigen nah fern gerecht pflichtig kritisch relevant
    technisch politisch gemäß konform berechtigt abhängig unabhängig""".split()
)
MIN_GERMAN_RIGHT_ZIPF = 2.5


def _broken_at_line_break(left: str, right: str, joined_zipf: float, language: str) -> bool:
    """Whether a pair a line break splits after its hyphen is one word
    broken, by the tests above (UNKNOWN_PART_ZIPF, LINE_BREAK_COMMON_ZIPF,
    German's capitalised noun)."""
    first = left.lower()
    if first in COMPOUND_PREFIXES:
        return False  # "co-" / "ordinator", "re-" / "election"
    if (
        language == "de"
        and left[0].isupper()
        and left[1:].islower()
        and right not in COORDINATORS
        and right not in GERMAN_ADJECTIVE_PARTS
        and zipf(right, language) >= MIN_GERMAN_RIGHT_ZIPF
    ):
        return True  # "Weizen-" / "sorte": "Weizen-Sorte" would keep its capital
    if joined_zipf >= UNKNOWN_PART_MIN_JOINED_ZIPF and min(zipf(first, language), zipf(right, language)) < UNKNOWN_PART_ZIPF:
        return True
    return joined_zipf >= LINE_BREAK_COMMON_ZIPF and right not in PARTICLES


# A hyphen and a space mid-line, the part after them in lower case and no
# coordinating word ("pre- and post-war" stays clean), is a line end a PDF's
# text carried into the line.  The pair is one word broken when a part is
# no word at all and the joined word is one, common or not (as at a line
# break: "Über- schwemmung"), or when the part before the hyphen has a
# capital (a name's) and neither part is a common word (NAME_PART_MAX_ZIPF:
# about one in a hundred thousand words; the lists hold names' parts:
# "haye" 3.7 in French): a surname split ("Jean-Marc Etche- verry", "Marie
# Dela- haye").  A hyphen for a dash after a common name ("signed in
# Sydney- nullified the deal") has a common word before it.  A suspended
# hyphen is followed by its coordinating word ("Nord- und Südamerika",
# "Vor- beziehungsweise Nachteile", "Bundes- wie Landesebene"), and a word
# after a dash is set off by a space before the dash too ("Paris - une
# ville").
NAME_PART_MAX_ZIPF = 4.0


def _broken_mid_line(left: str, right: str, joined_zipf: float, language: str) -> bool:
    """Whether a pair split by a hyphen and a space mid-line is one word broken (above)."""
    if right in COORDINATORS:
        return False
    first = left.lower()
    left_zipf, right_zipf = zipf(first, language), zipf(right, language)
    if joined_zipf >= UNKNOWN_PART_MIN_JOINED_ZIPF and min(left_zipf, right_zipf) < UNKNOWN_PART_ZIPF and first not in COMPOUND_PREFIXES:
        return True
    return left[0].isupper() and max(left_zipf, right_zipf) < NAME_PART_MAX_ZIPF


# A hyphen followed by a line break or a space is where a line ended; the
# word it broke, a name or a rare word the lists miss ("Nor-" / "thfield"),
# is told by the article itself when it writes the word whole elsewhere.
LINE_END_GAPS = " \n"


def _written_whole(document: Document, joined: str) -> bool:
    """Whether the article writes ``joined`` as a word of its own (whatever its case)."""
    words = document.memo("TX.folded_token_types", lambda document: frozenset(document.folded_tokens))
    return joined in words


# Scripts whose words a print layout hyphenates, in lower case after the
# hyphen as the pattern reads them: Latin, and Cyrillic ("рас-" / "считан").
HYPHENATED_SCRIPTS = ("Latin", "Cyrillic")


def _checked_language(document: Document) -> str | None:
    """The article's language when its script is one of HYPHENATED_SCRIPTS."""
    article = document.language
    return article.code if article is not None and article.script in HYPHENATED_SCRIPTS else None
