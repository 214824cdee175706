"""TX110 repetition-loop and TX111 duplicated-passage: text said again where
it was said once, by a machine translation stuck in a loop or a scraper that
caught the same node twice."""
from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
import re
import unicodedata
from typing import Any, Iterator, Mapping, NamedTuple, Sequence

import regex

from newslint import Applicability, Document, Finding, Fixable, FixKind, Line, Option, Rule, Sentence, Token
from newslint.document import CLOSERS
from newslint.pattern_cache import compile_cached, compile_re_cached

from ..lexicon import FUNCTION_WORDS, zipf
from .doubled_word import REDUPLICATING


# The gaps a loop joins its copies with: spaces, commas, dashes, middle dots.
JOINING_GAP = compile_cached(r"[ \t\u00a0\u3000,;、，·\-–—]*")
# Words that make a repeated phrase idiom rather than a loop: "over and over
# and over", "more or less, more or less".
CONJUNCTIONS = frozenset("and or nor und oder y o e et ou и или và 그리고 和".split())
# People repeat a word three times in speech ("education, education,
# education"), but not an article, a preposition or a pronoun: "for the the
# the budget" in quotation marks is a loop all the same.  Conjunctions stay
# speech ("and, and, and" is someone hesitating), and so do the function
# words that are a whole answer or a sound ("non, non, non", "sì" written
# "si", "um").
NEVER_SAID_THRICE = frozenset().union(*FUNCTION_WORDS.values()) - CONJUNCTIONS - frozenset(
    "no non não nicht niet si na o um er".split()
)
# Text between two words that ends a loop: a line break or a sentence end
# ("Tora! Tora! Tora!" is three sentences; a repeated sentence is TX111's).
LOOP_BREAK = compile_cached(r"\n|[.!?…。！？](?:\s|$)")
# A single word needs three copies; a phrase of up to SHORT_PHRASE words
# too; longer phrases are a loop when said twice back to back, if one of
# their words has CONTENT_LETTERS letters or more.
SHORT_PHRASE = 3
INVERTED_MARKS = "¡¿"
# ... but one of two or three words said just twice is a loop when nothing
# stands between its words and its copies but spaces and numbers (numbers are
# no tokens: "costing 4 billion pounds costing 4 billion pounds").
# Words that join a word to itself in an idiom ("back to back", "side by
# side", "day after day"): "to back to back" holds one, and is no loop,
# unless the word joined is a function word ("to the to the").
IDIOM_LINKS = frozenset("to by in on after for upon over from into".split())
DOUBLED_PHRASE_GAP = compile_cached(r" (?:\p{N}+(?:[.,]\p{N}+)* )?")
CONTENT_LETTERS = 5
OPENING_QUOTES = "\"'“‘«„‹「『"
CLOSING_QUOTES = "\"'”’»“›」』"
# Between a loop and the quotation mark that closes around it.
TRAILING_PUNCTUATION = " \t,.;:!?…-–—"
# How far from a loop its own quotation marks are looked for.
NEAR = 8
# Quotation marks and apostrophes, folded away before passages are compared
# (one regular-expression substitution: str.translate reads a dictionary per
# character of text that is not ASCII).
QUOTES_AND_APOSTROPHES = compile_re_cached("[" + re.escape("\"'“”‘’«»„‚‹›「」『』`´") + "]")
# The first character an ASCII text keeps in its passage key: not white
# space, not one of the ASCII characters QUOTES_AND_APOSTROPHES drops.
# Punctuation at a word's edge (a sentence's full stop, a clause's comma, a
# dash standing alone), folded away too: a copy scraped or retyped with its
# commas or its full stop changed is the same passage ("Construction is
# expected to begin next spring." over "CONSTRUCTION IS EXPECTED TO BEGIN
# NEXT SPRING!").  Inside a word or a number it stays: "Cluj-Napoca", "1.5"
# against "15".
# A per cent sign stays: it is said as a word ("5%" is "5 per cent").
EDGE_PUNCTUATION = compile_cached(r"(?<![\p{L}\p{N}])[^\P{P}%]+|[^\P{P}%]+(?![\p{L}\p{N}])")
# The same for an ASCII text, stripped from the ends of its words (faster
# than a substitution): ASCII's punctuation (\p{P}) less the quotation marks
# folded before.
ASCII_PUNCTUATION = "!#&()*,-./:;?@[\\]_{}"
# Punctuation beside a space or opening the text: at a word's edge (the
# text's end is stripped before; a mark inside a word, "long-term", stays).
ASCII_EDGE_PUNCTUATION = compile_re_cached("^[{0}]|[{0}] | [{0}]".format(re.escape(ASCII_PUNCTUATION)))
CLAUSE_END_MARKS = ",;:，；：、"
CLAUSE_END_KEY = " ,"
TRAILING_CLOSERS = " \t\r\n\u00a0" + CLOSING_QUOTES + ")]"
FIRST_KEPT_IN_ASCII = compile_re_cached(r"""[^\s"'`!#&()*,\-./:;?@\[\\\]_{}]""")
# A sentence this long said twice back to back is TX111's duplicated
# passage, whatever TX111's min-words (which is about copies further apart);
# a shorter one, or three copies or more, is a loop, TX110's.
DUPLICATE_MIN_WORDS = 8
# Where TX110 leaves, for TX111, the starts of the copies of the sentence
# runs it reported.  Rules run in the order of their codes, so TX110 has
# checked the article before TX111 reads this; when TX110 is not selected
# (or ignored for the file) the set stays empty and TX111 reports the runs.
LOOP_COPIES_KEY = "TX.sentence_loop_copies"
# A sentence shorter than this said only twice back to back may be said so
# on purpose (a song's line, thanks, a chant, a slogan): it is a loop from
# its second copy only when it carries facts (a name or a number).
SHORT_SENTENCE_WORDS = 6
# A refrain on a line of verse (Document.verse_lines: a stanza quoted in an
# article) is the line's own repetition, said on purpose two or three times
# ("Down to the stones, down to the stones,").
REFRAIN_MAX_COPIES = 3
# Nouns that say a run opening its sentence is the title of a work, and how
# far into the sentence they are looked for.
WORK_NOUNS = compile_cached(
    r"\b(?:songs?|tracks?|singles?|album|record|rhyme|chorus|refrain|anthem|hymn|poem|ballad|film|movie|"
    r"book|novel|play|musical|opera|series|show|programme|exhibition|painting|title|name)\b"
)
TITLE_CONTEXT_CHARACTERS = 200
# A word of a sentence, for the sentence loops (CJK runs are one word here;
# word_count counts them by characters).
WORD = compile_cached(r"[\p{L}\p{N}]+")
# Scripts written without spaces between words: about two characters a word.
UNSPACED = compile_cached(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Every character of those scripts lies from U+2E80 (CJK radicals) on: a
# text with no character from there (news in Latin script, its curly quotes
# and dashes included) holds none, which the standard library's re finds
# by a scan of one range, about three times as fast as the script classes.
FROM_FIRST_UNSPACED = compile_re_cached("[\u2e80-\U0010ffff]")
CHARACTERS_PER_UNSPACED_WORD = 2


class RepetitionLoop(Rule):
    code = "TX110"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "repetition-loop"
    # Deletes the copies after the first; a title or a chant read as a loop would lose words.
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE)
    summary = (
        "Flags a word or short phrase repeated three or more times in a row, a phrase of "
        "two or more words said twice back to back, or a sentence said again back to back."
    )
    why = """
        Machine translation systems fall into loops ("the University of Bern,
        Bern, Bern, Bern"), and scrapers that join text nodes repeat a phrase
        they met twice.  No spell checker sees it, and a model trained on the
        text learns to loop.  A word written twice is TX101's (doubled-word);
        this rule wants three copies of a word or of a phrase of up to three
        words, or two of a longer phrase, joined by nothing but spaces and
        commas.  A phrase of two or three words said just twice is a loop
        when nothing but spaces (and numbers) stands between its words and
        copies, in lower case and outside quotations ("from 1 July and July
        and", "costing 4 billion pounds costing 4 billion pounds"); not an
        idiom such as "to back to back" or "on and on and on".  A whole sentence said again right after itself is a loop
        too ("Stay safe. Stay safe. Stay safe."; "Dr. Smith met U.S.
        officials." twice).  A short sentence said twice is also what songs,
        thanks, chants and slogans do on purpose ("Happy birthday to you.",
        "Thank you very much.", "Not in my name.", 坚持就是最后的胜利。), so
        the line is drawn at what a report says: a sentence is a loop from
        its second copy with six words or more, or four or five that name
        someone or hold a number (a capitalised word after the first, not
        all of them, or a digit; not ending in "!"), if one word has five
        letters or more; otherwise from its third copy with two words or
        more, its fourth with one ("Tora! Tora! Tora!" is a title, and so is
        a run of three in capitals ending in "!": "Let It Snow!"); one copy
        more in a quotation.  Chinese and Japanese count about two
        characters a word, and a unit of two to eight of their characters
        said three times with no space between is a loop too
        ("就会到账到账到账到账"), unless quoted whole as a chant or three
        times in speech, and so is a unit of four or more said twice
        outside quotations ("声が上がっている上がっている"; not a verb's
        te-form said twice for emphasis, 会いたくて会いたくて), and so is a
        Japanese noun of two ideographs or more said twice with its case
        particle ("首位を首位を"; not 日に日に or 地域と地域との), and so is a
        clause of six characters or more said again after its comma
        ("吸引了数万名市民和游客前来观看，吸引了数万名市民和游客前来观看").  A
        noun phrase of two or three words (a determiner first) said again
        after a comma, ending its clause, is a loop ("for each ward, each
        ward."), not one the next clause begins with ("for each ward, each
        ward elects") nor a verb phrase ("qui nous attend, nous attend").  A word said
        three times in speech is speech, but not an article, preposition or
        pronoun ("for the the the budget" in quotation marks is a loop).  A sentence of eight words or more said only
        twice is TX111's, and any run is one finding however long.  Chants
        and refrains in quotation marks ("go, go, go"), a refrain said two
        or three times as most of a line of verse (a short line beside
        another, the sentence running on from one to the next: a comma or
        semicolon at the line's end, or the next line in lower case), a
        title-case run of three that opens a sentence naming a work ("Rain,
        Rain, Rain is a skipping rhyme"), a phrase said three times over
        commas at the start of what a speaker says ("We will fight, we will
        fight, we will fight until …", «Mai più, mai più, mai più guerre»),
        a slogan said three times before a colon or a dash that opens a
        line (a headline's kicker: "Location, location, location: …"),
        idioms built on a conjunction ("over and over and over"; one word
        joined to itself is a loop from four copies: "unfair and unfair and
        unfair and unfair"), words of
        the `allow` list ("very, very, very"; a common one the text got
        stuck on is a loop from four copies joined by bare spaces between
        two lower-case words of its clause, outside quotations and not
        after a verb of saying or singing: "is now now now now running"),
        and repeated characters inside
        one word of Chinese, Japanese or Korean (天天, 하하하) are not reported;
        one Chinese or Japanese character said three times or more is, when
        its double is no word the word list knows well and no interjection,
        yes or no of speech or sound ("起立鼓掌掌掌掌掌"; not 谢谢谢谢, 哈哈哈,
        对对对, 咚咚咚, nor inside quotation marks).
        A sentence that ends on a phrase of four words or more (fifteen
        letters or more, in lower case) that it said a few words earlier
        is a loop too ("…respect the limits on catching cod in protected
        waters the limits on catching cod."); not parallel clauses, whose
        copies a comma or a conjunction separates ("the ministry would not
        comment on the quota, and the union would not comment on the
        quota"), a name said twice, or a quotation.  A word or two said
        exactly three times over commas is the writer's rhetoric where it
        opens what a colon introduces ("…at the board: move, move, move.")
        or, a negation or "never", inside a clause that goes on ("never,
        never, never agree"; not "will, will, will benefit"); a reduplicated pair said twice in a quotation ("Tek
        tek, tek tek.") is two pairs.  A triple ending a flat sentence ("in
        the villages, villages, villages.") is a loop.
    """
    example = """
        Researchers at the University of Bern, Bern, Bern, Bern have unveiled a battery.
        The bank said the Chinese bank's financial products, the Chinese bank's financial products were popular.
        The cut takes effect from 1 July and July and will cost 4 billion pounds.
        Residents were told to stay indoors. Stay safe. Stay safe. Stay safe. Stay safe.
        The leader has broken away and is now now now now running alone.
    """
    use_instead = """
        Researchers at the University of Bern have unveiled a battery.
        The bank said the Chinese bank's financial products were popular.
        The cut takes effect from 1 July and will cost 4 billion pounds.
        The team won back to back titles; the argument went on and on and on.
        Fans chanted "go, go, go" and the coach called it "very, very, very" special.
        Prices rose over and over and over again; officials counted one, two, three.
        人们天天都说谢谢谢谢。 웃음소리가 하하하 울렸다.
        Residents were told to stay indoors. Stay safe. A screening of Tora! Tora! Tora! opened the festival.
        Dean Martin's Let It Snow! Let It Snow! Let It Snow! was a hit. The crowd sang. Happy birthday to you. Happy birthday to you.
        “Never again. Never again,” the survivor said.
        Rain, Rain, Rain is the album's third song. She sang:
        Down to the river, down to the river,
        the water took the chairs away.
    """
    options = {
        "allow": Option(list, "Words whose repetition is not reported (compared case-insensitively)."),
        "max-words": Option(int, "Longest phrase (in words) looked for."),
        "min-letters": Option(int, "A repeated word or short phrase with fewer letters than this is not reported."),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        folded = document.folded_tokens
        if len(folded) < 2:
            return
        allowed = _folded_words(tuple(options["allow"]))
        quotations = _LazyQuotations(document)
        covered = bytearray(len(folded))
        findings = list(self._word_loops(document, folded, allowed, quotations, covered, options))
        findings.extend(_unspaced_loops(document, findings, quotations))
        # Then whole sentences said again back to back ("Stay safe. Stay
        # safe. Stay safe."; "Dr. Jones met E.U. officials." twice), which
        # their sentence ends keep from the word loops; unless a word loop
        # already runs across their seam (Chinese and Japanese put no space
        # after a full stop: "…人次。预计…人次。" is a word loop).
        reported_copies = loop_copies(document)
        for run in sentence_runs(document):
            first, last, copies = run.first, run.last, run.copies
            second = _next_sentence_start(document, first)
            seam = document.token_range(second, last.end)[0]
            if 0 < seam < len(covered) and covered[seam - 1] and covered[seam]:
                reported_copies.update(run.copy_starts(document))  # reported as a word loop
                continue
            quoted = quotations.get().around(first.start, last.end)
            if _is_sentence_loop(first.text, copies, quoted, allowed, options["min-letters"]):
                reported_copies.update(run.copy_starts(document))
                findings.append(Finding(second, last.end, f'repetition loop: "{first.text}" {copies} times in a row'))
        findings.extend(_echoed_tails(document, findings, quotations))
        yield from sorted(findings, key=operator.attrgetter("start"))

    def _word_loops(
        self,
        document: Document,
        folded: Sequence[str],
        allowed: frozenset,
        quotations: "_LazyQuotations",
        covered: bytearray,
        options: Mapping[str, Any],
    ) -> Iterator[Finding]:
        """Loops of words and phrases within a sentence; each marks its
        words in ``covered``."""
        if len(folded) < 3 or not _repeats_itself(folded, options["max-words"]):
            return  # nothing repeated as a loop repeats: most articles (their tokens are never built)
        tokens = document.tokens
        text = document.text
        breaks = _LoopBreaks(text, tokens)
        counts = None
        for period in range(1, options["max-words"] + 1):
            for first, length in _periodic_runs(folded, breaks, period):
                copies = length // period
                last = first + copies * period - 1
                if copies < 2 or any(covered[first : last + 1]):
                    continue
                gaps = [text[tokens[index].end : tokens[index + 1].start] for index in range(first, last)]
                if not _gaps_repeat(gaps, period):
                    continue
                unit = tokens[first : first + period]
                quoted = quotations.get().around(tokens[first].start, tokens[last].end)
                counts = counts or collections.Counter(map(operator.itemgetter(2), tokens))
                titles_its_sentence = _titles_its_sentence(text, tokens[first].start, tokens[last].end)
                stuck = period == 1 and _is_stuck_word(document, tokens, first, last, gaps, quoted)
                if not stuck and _rhetorical_repetition(document, folded, first, last, period, copies, gaps, quoted):
                    continue
                if not stuck and not self._is_loop(
                    unit, folded[first : first + period], copies, gaps, quoted, counts, allowed, options, titles_its_sentence,
                    length % period != 0, tokens[first : last + 1], text[tokens[last].end : tokens[last].end + 1] in CLAUSE_ENDS,
                    quoted == "speech" and _opens_what_is_said(text, tokens[first].start),
                ):
                    continue
                if copies <= REFRAIN_MAX_COPIES and _is_refrain(document, tokens[first].start, tokens[last].end):
                    continue
                if copies == KICKER_COPIES and _is_kicker(text, tokens[first].start, tokens[last].end):
                    continue
                if period == 2 and length % period and folded[first + 1] in CONJUNCTIONS and folded[first] not in CONJUNCTIONS:
                    # "unfair and unfair and unfair and unfair": the word is the loop, and the
                    # copies after the first run from the first "and" to the last word.
                    last += 1
                    covered[first : last + 1] = b"\x01" * (last + 1 - first)
                    yield Finding(
                        tokens[first + 1].start,
                        tokens[last].end,
                        f'repetition loop: "{tokens[first].text}" {copies + 1} times in a row, joined by "{tokens[first + 1].text}"',
                    )
                    continue
                covered[first : last + 1] = b"\x01" * (last + 1 - first)
                phrase = text[unit[0].start : unit[-1].end]
                yield Finding(
                    tokens[first + period].start,
                    tokens[last].end,
                    f'repetition loop: "{phrase}" {copies} times in a row',
                )

    @staticmethod
    def _is_loop(
        unit: Sequence[Token],
        folded: Sequence[str],
        copies: int,
        gaps: Sequence[str],
        quoted: str | None,
        counts: Mapping[str, int],
        allowed: frozenset,
        options: Mapping[str, Any],
        titles_its_sentence: bool = False,
        partial_copy: bool = False,
        stretch: Sequence[Token] = (),
        ends_clause: bool = False,
        opens_what_is_said: bool = False,
    ) -> bool:
        """Whether a repeated stretch is a loop rather than speech, a title
        or an idiom.  ``quoted`` is None, "speech" (inside a quotation) or
        "chant" (the quotation holds the repetition and little else);
        ``counts`` is how often each word occurs in the article;
        ``titles_its_sentence`` whether the stretch opens a sentence that
        names a work ("Rain, Rain, Rain is a skipping rhyme"); ``partial_copy``
        whether the words after the last copy begin another ("on and on and
        on"); ``stretch`` the tokens of every copy; ``opens_what_is_said``
        whether the run opens a quotation or a sentence inside one."""
        if quoted == "chant":
            return False  # the quotation is the repetition: "go, go, go"
        if len(unit) > SHORT_PHRASE:
            # Said twice: a phrase with content ("the Chinese bank's financial
            # products"), not a turn of speech ("what it is, not what it is not").
            return any(len(token.text) >= CONTENT_LETTERS for token in unit)
        if copies < 3:
            return copies == 2 and not partial_copy and _is_doubled_phrase(
                stretch or unit, len(unit), gaps, quoted, allowed, ends_clause
            )
        if len(unit) == 1 and (
            folded[0] in allowed or (quoted == "speech" and copies == 3 and folded[0] not in NEVER_SAID_THRICE)
        ):
            return False  # "very, very, very"; "education, education, education," he said
        if len(unit) > 1 and opens_what_is_said and copies == 3 and any(gap.strip() for gap in gaps):
            # A speaker's phrase said three times over commas at the start of
            # what they say ("We will fight, we will fight, we will fight
            # until …", «Mai più, mai più, mai più guerre»): rhetoric, as a
            # word said thrice is.  A loop stutters mid-clause ("growth of
            # 2004, growth of 2004, growth of 2004, growth was …").
            return False
        if len(unit) > 1 and any(word in CONJUNCTIONS for word in folded) and _joined_by_spaces(gaps):
            # "over and over and over"; with commas ("and sluggish, and sluggish") it is a loop.  One
            # word joined to itself four times or more ("unfair and unfair and unfair and unfair") is
            # a loop too: two copies are an idiom ("more and more"), three emphasis.
            return _is_conjoined_word_loop(folded, copies + partial_copy, quoted, allowed)
        if max(len(token.text) for token in unit) < 2:
            # "N/A N/A N/A" and "A B A B A B" are codes; "a a a a" is a loop.
            return len(unit) == 1 and copies >= 4
        if sum(len(token.text) for token in unit) < options["min-letters"]:
            return False
        if copies == 3 and all(_is_title_word(token.text) for token in unit) and (
            titles_its_sentence or all(not gap.strip() for gap in gaps)
        ):
            # A title or a name ("Spend Spend Spend", "Gimme Gimme Gimme";
            # with commas when it opens a sentence that says it is a work:
            # "Rain, Rain, Rain is a skipping rhyme"), when its words occur
            # only in such runs of three.
            return counts[unit[0].text] % 3 != 0
        return True


# Rhetorical-repetition class (trial35).  A word or a two-word phrase said
# exactly three times over commas is the writer's emphasis (epizeuxis), not
# a machine's loop, where it opens what a colon introduces ("…at the board:
# move, move, move.", "گفت: همین راه، همین راه، همین راه"), or, a word of
# EMPHATIC_WORDS, where its clause goes on after it ("aber nie, nie, nie die
# aus dem Glas", "never, never, never give up").  A loop repeats a longer phrase, four times or more, with bare
# spaces, or ends the flat sentence it stutters in ("…in the shelters,
# shelters, shelters.").  A reduplicated word said twice over a comma in a
# quotation ("Teker teker, teker teker") is two pairs, not four copies.
RHETORICAL_COPIES = 3
RHETORICAL_MAX_WORDS = 2
# The words a writer says three times for emphasis inside a clause ("never,
# never, never agree", "nie, nie, nie die aus dem Glas"): negations and
# "never" in the languages newslint reads.  Any other word said so mid-clause
# ("will, will, will benefit") is a loop.
EMPHATIC_WORDS = frozenset(
    "never no not nie niemals nein nunca jamás jamais non mai não nooit nee aldrig aldri ikke никогда нет никак nigdy"
    " hiç asla ei koskaan soha niciodată nikdy".split()
)
INTRODUCING_COLON = compile_cached(r"[:：]\s*[\"'“‘«„]?\s*$")
GOES_ON = compile_cached(r"[ \t\u00a0]+[\p{L}\p{N}]")


def _rhetorical_repetition(document: Document, folded, first: int, last: int, period: int, copies: int, gaps, quoted) -> bool:
    """Whether a run is a writer's rhetorical repetition (see RHETORICAL_COPIES)."""
    text, tokens = document.text, document.tokens
    seams = gaps[period - 1::period]
    if (
        period == 1 and copies == 4 and quoted is not None and [bool(gap.strip()) for gap in gaps] == [False, True, False]
        and document.language is not None and document.language.code in REDUPLICATING
        and folded[first] not in NEVER_SAID_THRICE
    ):
        return True  # "Teker teker, teker teker": a reduplicated word said twice (not "will will, will will")
    if copies != RHETORICAL_COPIES or period > RHETORICAL_MAX_WORDS or not all("," in gap or "،" in gap or "、" in gap for gap in seams):
        return False
    if any(word in NEVER_SAID_THRICE for word in folded[first:first + period]):
        return False  # "the, the, the": a stammer of grammar words is a loop
    line_start = text.rfind("\n", 0, tokens[first].start) + 1
    if INTRODUCING_COLON.search(text, line_start, tokens[first].start):
        # "…one word: move, move, move." ends there; "the causes: drought,
        # drought, drought and poor planning" goes on, a loop in a list
        # (unless an emphatic word goes on, below: "así: jamás, jamás, jamás nos iremos").
        if text[tokens[last].end : tokens[last].end + 2].lstrip()[:1] in RHETORIC_ENDS:
            return True
    return period == 1 and GOES_ON.match(text, tokens[last].end) is not None and folded[first] in EMPHATIC_WORDS


# What may follow a rhetorical triple after a colon: the sentence's end or
# its quotation's ("…one word: move, move, move." / "…»").
RHETORIC_ENDS = frozenset(".!?…\"”»’'")
# An allowed word ("very, very, very", "now, now") is a loop all the same
# when a sentence's flow stutters on it: said this many times or more,
# outside quotations, by bare spaces, wedged between two lower-case words of
# the same clause ("and is now now now now now running alone").  Only a
# common word of the language (Zipf): the allowed sounds ("doo", "hee",
# "blah", "tick") are sung or chanted over and over.
STUCK_WORD_COPIES = 4
STUCK_WORD_MIN_ZIPF = 5.0
STUCK_WORD_MIN_LETTERS = 3
# ... unless a verb of saying or singing comes just before it: the run is
# then what was said, sung or chanted, quoted without marks ("the crowd
# sang yeah yeah yeah yeah", "the toddler kept saying more more more more").
SAID_BEFORE = frozenset(
    """said says say saying sang sing sings singing sung shouted shouts shouting shout chanted chants
    chanting chant cried cries crying yelled yells yelling screamed screaming whispered muttered
    repeated repeating went goes going answered replied called calling of
    sagte sagt sagten rief riefen sang sangen dijo dice decía gritó gritaban cantaba cantaban
    dit disait criait chantait chantaient disse diceva gridava""".split()
)


# A machine translation stuck on a phrase may say it again at the end of
# its sentence, a few words on rather than back to back: "…tuân thủ quy
# định về khai thác hải sản bất hợp pháp quy định về khai thác."  The
# sentence ends on ECHO_MIN_WORDS words or more (ECHO_MIN_LETTERS letters
# or more) that it said a little earlier (at most ECHO_MAX_GAP words
# between the two copies), in lower case: a name said twice ("the head of
# the Bank of England and the governor of the Bank of England") has
# capitals.  Parallel clauses say their ending twice on purpose ("the
# council would not comment on the case, and the police would not comment
# on the case"): a punctuation mark or a conjunction of the article's
# language (ECHO_LINKS; CONJUNCTIONS for the others) between the copies
# makes it one, and a quotation is the speaker's.
ECHO_MIN_WORDS = 4
ECHO_MAX_WORDS = 12
ECHO_MIN_LETTERS = 15
ECHO_MAX_GAP = 12
ECHO_LINKS = {
    language: frozenset(words.split())
    for language, words in {
        "en": "and or nor but as than while whereas then so because if when also too",
        "de": "und oder aber sowie als wie während denn weil wenn auch",
        "fr": "et ou mais que comme tandis puis car si quand aussi",
        "es": "y e o u pero que como mientras pues porque si cuando también tampoco",
        "it": "e ed o ma che come mentre poi perché se quando anche",
        "pt": "e ou mas que como enquanto pois porque se quando também",
        "nl": "en of maar als dan terwijl want omdat ook",
        "sv": "och eller men som än medan också",
        "da": "og eller men som end mens også",
        "nb": "og eller men som enn mens også",
        "pl": "i a oraz ale jak niż lub albo też",
        "ru": "и а но как чем или также тоже",
        "vi": "và hoặc nhưng như còn rồi vì nếu khi thì cũng",
        "id": "dan atau tetapi seperti karena jika juga",
        "tr": "ve veya ama gibi da de",
    }.items()
}
ECHO_END = compile_cached(r"[\"'”’»)\]」』]*[.!?…。！？]?[\"'”’»)\]」』]*\s*$")


def _echoed_tails(document: Document, found: Sequence[Finding], quotations: "_LazyQuotations") -> Iterator[Finding]:
    """Each sentence ending on a phrase it said a little earlier (above)."""
    text = document.text
    texts, starts, ends = document.token_texts, document.token_starts, document.token_ends
    folded = document.folded_tokens
    taken = links = None
    for sentence in document.sentences:
        first, last = document.token_range(sentence.start, sentence.end)
        if last - first < 2 * ECHO_MIN_WORDS + 1:
            continue
        # The copy's last word, looked for in C first: most sentences say
        # their last word once.
        window = max(first, last - 2 * ECHO_MAX_WORDS - ECHO_MAX_GAP)
        if folded[last - 1] not in folded[window : last - ECHO_MIN_WORDS]:
            continue
        if ECHO_END.fullmatch(text, ends[last - 1], sentence.end) is None:
            continue  # the sentence ends on something else than its last word
        size, copy = _longest_echo(folded, window, last)
        if size < ECHO_MIN_WORDS or last - size - (copy + size) > ECHO_MAX_GAP:
            continue
        tail = range(last - size, last)
        if sum(len(folded[index]) for index in tail) < ECHO_MIN_LETTERS:
            continue
        if not all(texts[index].isalpha() and texts[index].islower() for index in tail):
            continue  # a name said twice, or numbers
        if links is None:
            links = ECHO_LINKS.get(document.language.code if document.language else "", CONJUNCTIONS)
        if any(folded[index] in links for index in range(copy + size, last - size)):
            continue  # parallel clauses joined by a conjunction
        if not all(_spaced(text, ends[index], starts[index + 1]) for index in range(copy, last - 1)):
            continue  # a comma, a dash, a bracket between: clauses said in parallel
        start, end = starts[last - size], ends[last - 1]
        if taken is None:
            taken = _Taken(len(text), found)
        if taken.overlaps(start, end) or quotations.get().around(start, end) is not None:
            continue
        # From the end of the word before: the fix deletes the copy with its space.
        yield Finding(ends[last - size - 1], end, f'repetition loop: "{text[start:end]}" said again at the end of its sentence')


def _longest_echo(folded: Sequence[str], window: int, last: int) -> tuple[int, int]:
    """(size, start) of the longest run of words ending at ``last`` that
    stands earlier from ``window`` on, not overlapping itself ((0, 0): none)."""
    best = (0, 0)
    # The copy ends at ``end`` (exclusive), a word at least before the tail starts.
    for end in range(last - ECHO_MIN_WORDS - 1, window, -1):
        if folded[end - 1] != folded[last - 1]:
            continue
        size = 0
        while (
            size < ECHO_MAX_WORDS
            and end - size - 1 >= window
            and end <= last - (size + 1) - 1
            and folded[end - 1 - size] == folded[last - 1 - size]
        ):
            size += 1
        if size > best[0]:
            best = (size, end - size)
    return best


def _spaced(text: str, end: int, start: int) -> bool:
    """Whether only spaces stand between two tokens."""
    return text[end:start].strip(" \t\u00a0") == ""


def _is_stuck_word(
    document: Document, tokens: Sequence[Token], first: int, last: int, gaps: Sequence[str], quoted: str | None
) -> bool:
    """Whether a run of one word, tokens ``first`` to ``last``, is a
    common word the text got stuck on mid-clause (see STUCK_WORD_COPIES)."""
    word = tokens[first].text
    if quoted is not None or last - first + 1 < STUCK_WORD_COPIES or any(gap != " " for gap in gaps):
        return False
    if len(word) < STUCK_WORD_MIN_LETTERS or not word.islower() or first == 0 or last + 1 >= len(tokens):
        return False
    text = document.text
    before, after = tokens[first - 1], tokens[last + 1]
    if text[before.end : tokens[first].start] != " " or text[tokens[last].end : after.start] != " ":
        return False  # a comma, a dash or a line between: speech or a list
    if not (before.text.islower() and after.text.islower()) or before.text in SAID_BEFORE:
        return False
    language = document.language
    return language is not None and zipf(word, language.code) >= STUCK_WORD_MIN_ZIPF


# A word joined to itself by a conjunction: an idiom of two ("more and
# more", "over and over"), emphasis of three ("on and on and on", "faster
# and faster and faster"); from four copies a loop, one more in a quotation.
CONJOINED_LOOP_COPIES = 4


def _joined_by_spaces(gaps: Sequence[str]) -> bool:
    """Whether a run's words are joined by spaces alone, but for a comma
    before its last word: in "going and going and going, and in the end"
    the last "and" opens the next clause."""
    return all(not gap.strip() for gap in gaps[:-1]) and gaps[-1].strip() in ("", ",") if gaps else True


def _is_conjoined_word_loop(folded: Sequence[str], words: int, quoted: str | None, allowed: frozenset) -> bool:
    """Whether a unit of one word and a conjunction ("unfair and"), whose
    word stands ``words`` times in the run, is a loop."""
    others = [word for word in folded if word not in CONJUNCTIONS]
    if len(others) != 1 or len(folded) != 2 or others[0] in allowed:
        return False
    return words >= CONJOINED_LOOP_COPIES + (quoted == "speech")


# Chinese and Japanese write a loop without spaces, inside one token here:
# "就会到账到账到账到账", "就会到账就会到账就会到账".  A unit of two to eight
# characters said three times or more back to back is a loop, unless the unit
# is one character doubled (哈哈哈哈哈哈 is laughter, 天天 a word).
# Japanese mimetic words repeat two kana (ネチネチ, ドキドキ) and are often
# said twice: two kana are a loop only from this many copies.
KANA_ONLY = compile_cached(r"[\p{Hiragana}\p{Katakana}ー]+")
MIMETIC_LOOP_COPIES = 6
# The standard library's re reads this three times as fast as regex's
# script classes: Hiragana, Katakana (ー included), the CJK ideograph blocks.
UNSPACED_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
UNSPACED_LOOP = compile_re_cached(f"([{UNSPACED_LETTERS}]{{2,8}}?)\\1{{2,}}")
# Said just twice, a unit of this many characters or more is a loop too
# ("声が上がっている上がっている"), outside quotations: shorter ones are
# Chinese verbs and Japanese words reduplicated on purpose (研究研究,
# いろいろ, どんどん).
UNSPACED_TWICE_MIN = 4
TE_FORM_ENDS = "てで"
# A unit in kana alone is a loop only when it ends a predicate ("していた
# していた"): kana words said twice are emphasis (ゆっくりゆっくり,
# ありがとうありがとう).
PREDICATE_ENDS = "たるだす"
UNSPACED_TWICE = compile_re_cached(f"([{UNSPACED_LETTERS}]{{{UNSPACED_TWICE_MIN},8}}?)\\1")
# A Japanese noun of two ideographs or more and its case particle said
# twice ("首位を首位を", "記録が記録が"; the first copy may end a compound:
# "地区首位を首位を"): shorter than UNSPACED_TWICE_MIN, yet no word of the
# language, whose reduplicated nouns take one ideograph and no particle
# inside (日に日に, 人々, 一人一人が), nor a phrase said twice on purpose but
# with と ("地域と地域との連携").
IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CASE_PARTICLES = "をがはにで"
NOUN_AND_PARTICLE_TWICE = compile_re_cached(f"([{IDEOGRAPHS}]{{2,6}}[{CASE_PARTICLES}])\\1")
# A clause said twice with a comma between ("吸引了数万名市民和游客前来观看，吸引了
# 数万名市民和游客前来观看"): a run of letters, whole from a clause's start to
# its comma, said again after the comma.  From this many characters (about
# three words): shorter ones are said twice on purpose (好的，好的; 加油，加油).
UNSPACED_CLAUSE_MIN = 6
UNSPACED_CLAUSE_MAX = 40
CLAUSE_COMMAS = "，、,"
UNSPACED_CLAUSE_TWICE = compile_re_cached(
    f"(?<![{UNSPACED_LETTERS}])([{UNSPACED_LETTERS}]{{{UNSPACED_CLAUSE_MIN},{UNSPACED_CLAUSE_MAX}}})[{CLAUSE_COMMAS}]\\1(?![{UNSPACED_LETTERS}])"
)


def _unspaced_loops(document: Document, found: Sequence[Finding], quotations: "_LazyQuotations") -> Iterator[Finding]:
    text = document.text
    if not _has_unspaced(text):
        return
    # The characters a finding already holds, marked: whether a match
    # overlaps one is a search of its own span, where asking each finding
    # made a text of many loops cost the square of their number.
    taken = _Taken(len(text), found)
    for match in UNSPACED_LOOP.finditer(text):
        unit = match.group(1)
        if len(set(unit)) < 2:
            continue
        copies = (match.end() - match.start()) // len(unit)
        if len(unit) == 2 and KANA_ONLY.fullmatch(unit) and copies < MIMETIC_LOOP_COPIES:
            continue  # a mimetic word doubled (ネチネチ, キラキラ), said twice: ネチネチネチネチ
        start, end = match.start(), match.end()
        if taken.overlaps(start, end):
            continue
        copies = (end - start) // len(unit)
        after = text[end : end + NEAR].lstrip(TRAILING_PUNCTUATION + "！？。，、")
        if text[start - 1 : start] in OPENING_QUOTES and after[:1] in CLOSING_QUOTES:
            continue  # a chant quoted whole: “加油加油加油！”, 「はいはいはい」
        if copies == 3 and quotations.get().around(start, end) is not None:
            continue  # said three times in quoted speech, as people do
        yield taken.add(Finding(start + len(unit), end, f'repetition loop: "{unit}" {copies} times in a row'))
    for match in UNSPACED_TWICE.finditer(text):
        unit, start, end = match.group(1), match.start(), match.end()
        if _is_periodic(unit) or taken.overlaps(start, end):
            continue  # いろいろいろいろ is いろ four times, the loop above's
        if unit[-1] in TE_FORM_ENDS:
            continue  # a verb's te-form said twice for emphasis: 会いたくて会いたくて
        if KANA_ONLY.fullmatch(unit) and unit[-1] not in PREDICATE_ENDS:
            continue  # an adverb or a greeting said twice for emphasis: ゆっくりゆっくり
        if text[end : end + len(unit)] == unit or quotations.get().around(start, end) is not None:
            continue  # three copies are the loop above's; speech may say it twice
        yield taken.add(Finding(start + len(unit), end, f'repetition loop: "{unit}" 2 times in a row'))
    for match in NOUN_AND_PARTICLE_TWICE.finditer(text):
        unit, start, end = match.group(1), match.start(), match.end()
        if taken.overlaps(start, end) or text[end : end + len(unit)] == unit:
            continue  # reported above, or three copies: the first loop's
        if quotations.get().around(start, end) is not None:
            continue  # speech may say it twice
        yield taken.add(Finding(start + len(unit), end, f'repetition loop: "{unit}" 2 times in a row'))
    for match in UNSPACED_CLAUSE_TWICE.finditer(text):
        unit, start, end = match.group(1), match.start(), match.end()
        if taken.overlaps(start, end):
            continue
        if KANA_ONLY.fullmatch(unit) and unit[-1] not in PREDICATE_ENDS:
            continue  # a greeting or an adverb said twice: ありがとうございます、ありがとうございます
        if quotations.get().around(start, end) is not None:
            continue  # speech and song repeat a line: “我爱你中国，我爱你中国”
        yield taken.add(Finding(start + len(unit), end, f'repetition loop: "{unit}" 2 times in a row'))
    language = document.language
    if language is None or language.code not in STUTTER_LANGUAGES:
        return
    for match in CHARACTER_STUTTER.finditer(text):
        character, start, end = match.group(1), match.start(), match.end()
        if taken.overlaps(start, end) or character in SPOKEN_CHARACTERS or zipf(character * 2, language.code) >= DOUBLED_WORD_ZIPF:
            continue  # 谢谢谢谢, 哈哈哈, 多多: the character doubled is a word, said again on purpose; 对对对, 啊啊啊
        if quotations.get().around(start, end) is not None:
            continue  # speech stammers and shouts: “不不不，我没说过”
        if READING_AFTER.match(text, end):
            continue  # a name given its reading: "波波波（さんば）ちゃん" is a child's name
        yield taken.add(Finding(start + 1, end, f'repetition loop: "{character}" {end - start} times in a row'))


class _Taken:
    """The characters of a text that findings hold (a bytearray, 1 where a
    finding stands), asked whether a span overlaps any of them."""

    def __init__(self, length: int, findings: Sequence[Finding]) -> None:
        self._marks = bytearray(length)
        for finding in findings:
            self.add(finding)

    def add(self, finding: Finding) -> Finding:
        self._marks[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
        return finding

    def overlaps(self, start: int, end: int) -> bool:
        return self._marks.find(1, start, end) >= 0

# One Chinese or Japanese character stuck on, said three times or more
# ("起立鼓掌掌掌掌掌", "會議室室室"): a glitch where the character doubled is
# no word.  Laughter, thanks and reduplicated words (哈哈哈, 谢谢谢谢, 人人,
# 多多少少) are words doubled, and stay clean.
STUTTER_LANGUAGES = frozenset({"zh", "ja"})
CHARACTER_STUTTER = compile_cached(r"(\p{Han})\1{2,}")
# A reading in kana in brackets right after the characters: they are a
# name, spelled out because its reading is not the usual one
# ("波波波（さんば）ちゃん").
READING_AFTER = compile_cached(r"\s?[（(][\p{Hiragana}\p{Katakana}ー・]{1,16}[）)]")
# Interjections and the yes and no of speech, said over and over in any
# transcript (对对对, 是是是, 不不不, 啊啊啊, 嗯嗯嗯) though their double is
# no dictionary word.
SPOKEN_CHARACTERS = frozenset("啊嗯哦噢呃唉哎喔哇呀啦嘛呢吧对對是不嘿哈呵嘻呜嗚来來走快好咚砰轰轟嘀滴叮当噹咔嗒哒啪咕嘟呼哗嘩唰嗖喵汪")
# The character doubled is a word when the word list knows it this well
# (Zipf 3: one in a million words): 谢谢, 人人, 多多; rarer entries are
# fragments of the list's segmentation (声声 of 声声入耳, 队队).
DOUBLED_WORD_ZIPF = 3.0


def _has_unspaced(text: str) -> bool:
    """Whether the text holds a character of a script written without
    spaces (UNSPACED): the cheap tests first."""
    return not text.isascii() and FROM_FIRST_UNSPACED.search(text) is not None and UNSPACED.search(text) is not None


def _is_periodic(unit: str) -> bool:
    """Whether a string is a shorter one said again ("いろいろ")."""
    return unit in (unit + unit)[1:-1]


class SentenceRun(NamedTuple):
    """Copies of one sentence back to back: the first and the last copy, how
    many, and the first's index among the document's sentences."""

    first: Sentence
    last: Sentence
    copies: int
    index: int

    def copy_starts(self, document: Document) -> list[int]:
        """Where the copies after the first start."""
        return [sentence.start for sentence in document.sentences[self.index + 1 : self.index + self.copies]]


def sentence_runs(document: Document) -> list[SentenceRun]:
    """Each run of two or more copies of one sentence standing back to back
    on a line, with only white space between them.  Compared as TX111
    compares passages (case, quotation marks and white space folded).
    Shared by TX110, which reports a run it judges a loop, and TX111, which
    reports the others from DUPLICATE_MIN_WORDS words (see loop_copies)."""
    return document.memo("TX.sentence_runs", _sentence_runs)


def loop_copies(document: Document) -> set[int]:
    """The starts of the copies in the sentence runs TX110 reported on this
    document (empty when TX110 did not run): TX111 leaves them to it."""
    return document.memo(LOOP_COPIES_KEY, lambda _: set())


def _sentence_runs(document: Document) -> list[SentenceRun]:
    sentences = document.sentences
    runs = []
    index = 0
    text = document.text
    while index < len(sentences) - 1:
        first = sentences[index]
        end = index + 1
        while end < len(sentences):
            here, previous = sentences[end], sentences[end - 1]
            if here.line != first.line or here.text != previous.text and not _same_passage(here.text, previous.text):
                break
            if text[previous.end : here.start].strip():
                break
            end += 1
        if end - index >= 2:
            runs.append(SentenceRun(first, sentences[end - 1], end - index, index))
        index = end
    return runs


def _same_passage(one: str, other: str) -> bool:
    """Whether two sentences differ only in what passage_key folds (the
    cheap tests first: most neighbours differ in length, or in ASCII from
    the first character their keys keep)."""
    if abs(len(one) - len(other)) > max(len(one), len(other)) // 4:
        return False
    if one.isascii() and other.isascii() and _first_kept(one) != _first_kept(other):
        return False
    return passage_key(one) == passage_key(other)


def _first_kept(text: str) -> str:
    """The first character of an ASCII text's passage_key ("" for an empty
    key): passage_key leaves ASCII as it is but for case, and drops white
    space (``\\s`` is str.isspace's), the ASCII quotation marks and the
    punctuation at a word's edge (none is kept before the first letter or
    digit)."""
    kept = FIRST_KEPT_IN_ASCII.search(text)
    return kept.group().lower() if kept else ""


def _next_sentence_start(document: Document, first: Sentence) -> int:
    """Where the second copy of a run starts: after the first and its space."""
    text = document.text
    at = first.end
    while at < len(text) and text[at] in " \t\u00a0\u3000":
        at += 1
    return at


def _is_sentence_loop(sentence: str, copies: int, quoted: str | None, allowed: frozenset, min_letters: int) -> bool:
    """Whether a sentence said ``copies`` times back to back is a loop: a
    sentence of SHORT_PHRASE words or fewer needs three copies (four for a
    single word: "Tora! Tora! Tora!" is a title), a longer one two, if one
    of its words has content; in a quotation, one copy more ("Never again.
    Never again," she said); a quotation that is nothing but the repetition
    is a chant.  A sentence of DUPLICATE_MIN_WORDS words or more said only
    twice is left to TX111 (duplicated-passage), which reports it."""
    if quoted == "chant":
        return False
    words = WORD.findall(sentence)
    if not words or all(word.casefold() in allowed for word in words):
        return False
    if sum(map(len, words)) < min_letters:
        return False
    count = word_count(sentence)
    if copies == 2 and count >= DUPLICATE_MIN_WORDS:
        return False  # a long sentence said twice is TX111's duplicated passage
    if copies == 3 and sentence.endswith("!") and all(map(_is_title_word, words)):
        return False  # a title: "Let It Snow! Let It Snow! Let It Snow!"
    with_content = any(len(word) >= CONTENT_LETTERS for word in words)
    if count >= SHORT_SENTENCE_WORDS and with_content:
        needed = 2
    elif count > SHORT_PHRASE and with_content and _carries_facts(sentence, words):
        needed = 2
    elif count > 1:
        needed = 3
    else:
        needed = 4
    return copies >= needed + (quoted == "speech")


def _carries_facts(sentence: str, words: Sequence[str]) -> bool:
    """Whether a short sentence names someone or something or holds a
    number ("Dr. Smith met U.S. officials."), as a report does, rather than
    being a formula said twice on purpose ("Happy birthday to you.", "Thank
    you very much.", a slogan, a chant ending in "!")."""
    if sentence.rstrip().endswith("!"):
        return False
    if any(character.isdigit() for character in sentence):
        return True
    later = [word[0].isupper() and word != "I" for word in words[1:]]
    return any(later) and not all(later)  # a name, but not a title in capitals


@functools.lru_cache(maxsize=16)
def _folded_words(words: tuple) -> frozenset[str]:
    """The ``allow`` option case-folded, once per setting rather than per article."""
    return frozenset(str(word).casefold() for word in words)


# A slogan said three times before a colon at the start of a line is a
# headline's kicker ("Location, location, location: buyers flock to …",
# "Jobs, jobs, jobs — the mayor's plan"), a figure of speech.
KICKER_COPIES = 3
KICKER_CLOSE = compile_cached(r"\s*[:：—–]")


# What may stand before a speaker's words: the quotation's opening mark (a
# Spanish inverted mark after it), the colon that introduces them, a
# sentence's end.
SPEECH_OPENERS = "\"“‘«„「『»:.!?…"


def _opens_what_is_said(text: str, start: int) -> bool:
    """Whether the run at ``start`` opens a quotation or a sentence in one."""
    before = _just_before(text, 0, start)
    return bool(before) and before[-1] in SPEECH_OPENERS


def _just_before(text: str, floor: int, start: int) -> str:
    """The NEAR characters before ``start`` (none before ``floor``) without
    the spaces and the Spanish inverted marks next to it: Spanish opens an
    exclamation or a question inside the quotation marks ("«¡Gol, gol,
    gol!»"), so the marks are read past it."""
    return text[max(floor, start - NEAR) : start].rstrip().rstrip(INVERTED_MARKS).rstrip()


def _is_kicker(text: str, start: int, end: int) -> bool:
    """Whether the run opens its line and a colon or a dash follows it."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t\"'“‘«„*#") and KICKER_CLOSE.match(text, end) is not None


def _titles_its_sentence(text: str, start: int, end: int) -> bool:
    """Whether the run from ``start`` to ``end`` opens its sentence and the
    rest of the sentence names a work it is the title of (a song, a film)."""
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0\"'“‘«„")
    if before and before[-1] not in "\n.!?…":
        return False
    sentence_end = LOOP_BREAK.search(text, end, end + TITLE_CONTEXT_CHARACTERS)
    return WORK_NOUNS.search(text, end, sentence_end.start() if sentence_end else end + TITLE_CONTEXT_CHARACTERS) is not None


def _is_refrain(document: Document, start: int, end: int) -> bool:
    """Whether a repetition is most of a line of verse (Document.verse_lines)."""
    line = document.line_at(start)
    if line.number not in document.verse_lines or document.line_at(end).number != line.number:
        return False
    # A refrain is the line, not a few words in it.
    return 2 * len(document.text[start:end].split()) >= len(line.text.split())


# A copy may open on one of these in capitals, as a joined text node starts a
# sentence again ("the developer The developer may"); a capitalised word of
# content is a title's ("the spirit of Spirit of Eden").
SENTENCE_OPENING_WORDS = frozenset("the a an this that these those his her its their our my your".split())


# A comma may stand between the two copies of a short phrase when it is a
# noun phrase (a determiner first) and the second copy ends its clause
# ("accident figures for each ward, each ward."): begun after a comma, the
# phrase may begin the next clause ("for each ward, each ward elects"), and
# a verb phrase said again after a comma is a figure of speech ("personne
# qui nous attend, nous attend": whoever waits for us, waits for us).  Text
# ending a clause: a mark, a line end or the text's end.
COMMA_BETWEEN_COPIES = ", "
CLAUSE_ENDS = frozenset(".,;:!?…\n")
NOUN_PHRASE_OPENERS = frozenset(
    """the a an each every this that these those his her its their our my your
    chaque chacun cada jeder jede jedes jeden jedem ogni""".split()
)


def _is_doubled_phrase(
    stretch: Sequence[Token],
    period: int,
    gaps: Sequence[str],
    quoted: str | None,
    allowed: frozenset,
    ends_clause: bool = False,
) -> bool:
    """Whether a phrase of two or three words said twice back to back is a
    slip ("from 1 July and July and", "costing 4 billion pounds costing 4
    billion pounds"): outside quotations (speech repeats itself: "come on,
    come on"), joined by nothing but spaces and numbers (a comma or a dash
    between them is a speaker's or a writer's choice: "left, right, left,
    right"), in lower case in both copies but for an opening determiner (a
    name or a title said twice is one: "New York, New York"; "the spirit of
    Spirit of Eden"; not "the developer The developer"), not opening
    on a conjunction ("and so on and so on") and no allowed word in it
    ("tick tock tick tock").  ``stretch`` holds both copies' tokens,
    ``period`` words each."""
    if quoted is not None or period < 2:
        return False
    between = period - 1  # the gap between the two copies
    if not all(DOUBLED_PHRASE_GAP.fullmatch(gap) for index, gap in enumerate(gaps) if index != between):
        return False
    comma = gaps[between] == COMMA_BETWEEN_COPIES
    if not comma and not DOUBLED_PHRASE_GAP.fullmatch(gaps[between]):
        return False
    if comma and (
        not ends_clause
        or stretch[0].text.casefold() not in NOUN_PHRASE_OPENERS
        or any(token.text.casefold() in IDIOM_LINKS for token in stretch)
    ):
        return False  # "for each ward, each ward elects"; "qui nous attend, nous attend"; "bit by bit, bit by bit"
    if any(not (token.text[:1].islower() or (index % period == 0 and token.text.casefold() in SENTENCE_OPENING_WORDS))
           for index, token in enumerate(stretch)):
        return False
    unit = stretch[:period]
    folded = [token.text.casefold() for token in unit]
    if len(unit) == 2 and folded[0] in IDIOM_LINKS and folded[1] not in NEVER_SAID_THRICE:
        return False  # "the Tigers to back to back victories": "back to back" is one idiom
    return folded[0] not in CONJUNCTIONS and not any(word in allowed for word in folded)


def _is_title_word(word: str) -> bool:
    """Capitalised, not an acronym ("Spend", not "UK")."""
    return word[0].isupper() and not (len(word) > 1 and word.isupper())


def _repeats_itself(folded: Sequence[str], max_words: int) -> bool:
    """Whether the words hold what every loop holds (breaks not counted): a
    word three times in a row, or a phrase of up to ``max_words`` words
    twice.  Each word type said more than once stands for one character of
    a string, so a regular expression with back-references looks, in C; a
    word said once belongs to no copy, and stands as LONE_WORD, which the
    expression never takes into a copy (it stops there instead of trying
    every length of phrase up to ``max_words`` at each word)."""
    if max_words < 1:
        return False
    counts = collections.Counter(folded)
    repeated = [word for word, count in counts.items() if count > 1]
    if len(repeated) >= FIRST_SURROGATE:
        return True  # more types than characters to stand for them: look the long way
    character = dict.fromkeys(counts, LONE_WORD)
    character.update(zip(repeated, map(chr, range(1, len(repeated) + 1))))
    return _tandem_pattern(max_words).search("".join(map(character.__getitem__, folded))) is not None


# Characters from here on are surrogates, which cannot stand for a word.
FIRST_SURROGATE = 0xD800
# What stands for each word said once in the article: no word said more
# than once stands for it (they take the characters from 1 on).
LONE_WORD = "\x00"


@functools.lru_cache(maxsize=16)
def _tandem_pattern(max_words: int) -> re.Pattern:
    """One character three times in a row, or two up to ``max_words``
    twice, LONE_WORD in neither (a phrase of up to SHORT_PHRASE words three
    times holds one said twice)."""
    patterns = [r"([^\x00])\1\1"]
    if max_words > 1:
        patterns.append(r"([^\x00]{2,%d})\2" % max_words)
    return compile_re_cached("|".join(patterns))


class _LoopBreaks:
    """How many loop breaks (line ends, sentence ends) stand before each
    word, found on first need: two words are copies of each other when they
    are the same word with the same number of breaks before them."""

    def __init__(self, text: str, tokens: Sequence[Token]):
        self.text = text
        self.tokens = tokens
        self._breaks: list[int] | None = None

    def before(self, index: int) -> int:
        if self._breaks is None:
            self._breaks = [match.start() for match in LOOP_BREAK.finditer(self.text)]
        return bisect.bisect_left(self._breaks, self.tokens[index].start)


def _periodic_runs(folded: Sequence[str], breaks: _LoopBreaks, period: int) -> Iterator[tuple[int, int]]:
    """Each maximal stretch of words that repeats itself at least twice
    every ``period`` words without a break: (index of its first word, its
    length in words).  The words are compared in C (map over operator.eq)
    and a regular expression over the bytes of the outcomes finds the
    stretches long enough for two copies; only inside those are the breaks
    counted, which split a stretch where a copy would cross one."""
    repeats = bytes(map(operator.eq, folded, itertools.islice(folded, period, None)))
    for match in _run_pattern(period).finditer(repeats):
        start = match.start()
        for index in range(match.start(), match.end()):
            if breaks.before(index) != breaks.before(index + period):
                if index - start >= period:
                    yield start, index - start + period
                start = index + 1
        if match.end() - start >= period:
            yield start, match.end() - start + period


# Run patterns kept compiled, one per period (max-words is 24 by default).
RUN_PATTERNS_KEPT = 64


@functools.lru_cache(maxsize=RUN_PATTERNS_KEPT)
def _run_pattern(period: int) -> re.Pattern:
    """Runs of at least ``period`` equal positions: the stretch then holds
    two copies of a phrase of ``period`` words."""
    return re.compile(rb"\x01{%d,}" % period)


def _gaps_repeat(gaps: Sequence[str], period: int) -> bool:
    """Whether the text between the words of a loop repeats with them:
    "Table 1, Table 2, Table 3" repeats a word but is a list.  Spaces and
    commas count as the same gap (a loop joins its copies with either)."""
    for index in range(len(gaps) - period):
        here, there = gaps[index], gaps[index + period]
        if here != there and not (JOINING_GAP.fullmatch(here) and JOINING_GAP.fullmatch(there)):
            return False
    return True


class _Quotations:
    """Where a document's quotation marks are, so that whether a span stands
    in a quotation costs a few binary searches, not a scan of its line."""

    MARKS = "\"„“”«»「」『』"

    def __init__(self, document: Document):
        self.document = document
        text = self.text = document.text
        self.positions = {mark: [] for mark in self.MARKS}
        for match in regex.finditer(f"[{self.MARKS}]", text):
            self.positions[match.group()].append(match.start())

    def count(self, mark: str, start: int, end: int) -> int:
        positions = self.positions[mark]
        return bisect.bisect_left(positions, end) - bisect.bisect_left(positions, start)

    def around(self, start: int, end: int) -> str | None:
        """None when the span is not quoted; "chant" when quotation marks
        open right before it and close right after it; "speech" when it
        stands inside a longer quotation on its line."""
        text = self.text
        line_start = self.document.line_at(start).start
        # A straight double quote opens when an even number precede it on
        # its line, and closes otherwise.
        inside_straight = self.count('"', line_start, start) % 2 == 1
        before = _just_before(text, line_start, start)
        after = text[end : end + NEAR].lstrip(TRAILING_PUNCTUATION)
        if before[-1:] == '"':
            opens = inside_straight
        else:
            opens = before[-1:] in OPENING_QUOTES and bool(before[-1:]) and not before[-2:-1].isalpha()
        if after[:1] == '"':
            closes = inside_straight
        else:
            closes = after[:1] in CLOSING_QUOTES and bool(after[:1]) and not after[1:2].isalpha()
        if opens and closes:
            return "chant"
        if opens or closes:
            return "speech"
        if inside_straight:
            return "speech"
        if self.count("„", line_start, start):  # German: „…“
            return "speech" if self.count("„", line_start, start) > self.count("“", line_start, start) else None
        openers = sum(self.count(mark, line_start, start) for mark in "“«「『")
        closers = sum(self.count(mark, line_start, start) for mark in "”»」』")
        return "speech" if openers > closers else None


class _LazyQuotations:
    """A document's _Quotations, built on first need."""

    def __init__(self, document: Document):
        self.document = document
        self._quotations: _Quotations | None = None

    def get(self) -> "_Quotations":
        if self._quotations is None:
            self._quotations = _Quotations(self.document)
        return self._quotations


class DuplicatedPassage(Rule):
    code = "TX111"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "duplicated-passage"
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE)  # deletes the second copy
    summary = "Flags a sentence or paragraph of eight words or more that appears twice in one article."
    why = """
        A scraper that catches both the summary and the body, or the lead in a
        teaser and again in the story, leaves a passage twice.  Readers notice;
        deduplication by whole article does not, and a model trained on it
        learns to repeat itself.  The second copy is reported, with the line of
        the first; copies of a paragraph one after another are one finding.
        Passages are compared after folding white space, case and quotation
        marks.  A sentence said again back to back is one finding from its
        second copy to its last, reported from eight words whatever
        `min-words` (a shorter one is TX110's); a run TX110
        (repetition-loop) reports as a loop, three copies or more, is left
        to it, and reported here when TX110 is not selected.  A repeated line of `short-line-words`
        or fewer is a caption or label, reported by UI106 (repeated-line),
        not here, unless it is a sentence of prose (it ends with a full stop,
        a question or an exclamation mark) or its copies differ in their
        quotation marks, which UI106 compares.  A short sentence (twelve words at most) with no name and
        no number that closes two paragraphs in a row, each of several
        sentences, is a formula the story uses twice ("The match was postponed because of a waterlogged
        pitch." of two fixtures), not reported.  A sentence of twelve
        words or more said again elsewhere with one word changed, added or
        dropped ("The temperatures will fall…" over "Temperatures will
        fall…") is reported too, unless the copies stand back to back or in
        one paragraph, three or more are alike (a speech's "We will build
        homes… / schools… / clinics…"), or the word is a number, a name, an
        ordinal or a list's word ("Shares of Barclays…" over "Shares of
        Lloyds…", "count one" over "count two", "the first train" over "the
        last train", "A man was taken to hospital…" over "A woman was taken
        to hospital…").
    """
    example = """
        Swiss researchers unveil new battery design

        The team said the design uses sodium instead of lithium, which is cheaper and easier to source across Europe.

        The team said the design uses sodium instead of lithium, which is cheaper and easier to source across Europe.
    """
    use_instead = """
        Swiss researchers unveil new battery design

        The team said the design uses sodium instead of lithium, which is cheaper and easier to source across Europe.

        Commercial production could begin within three years, the university said.
    """
    options = {
        "min-words": Option(
            int, "Shortest sentence (in words) whose second copy is reported (back to back: eight words at most)."
        ),
        "short-line-words": Option(
            int, "A repeated line of this many words or fewer that does not end as a sentence is left to UI106 (repeated-line)."
        ),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        min_words, short_line = options["min-words"], options["short-line-words"]
        # Word counts are the words between spaces, counted in C, unless the
        # article holds a script written without spaces.
        spaced = not _has_unspaced(document.text)
        # Whole paragraphs first (scraped text puts one on a line), so a
        # repeated paragraph is one finding rather than one per sentence.
        lines = document.lines
        texts = list(map(str.strip, map(LINE_TEXT, lines)))
        counts = list(_word_counts(texts, spaced))
        # A short line is UI106's (a caption, a label) unless it is a
        # sentence of prose, ending with a full stop: that one is a passage.
        # A line of verse said again is a chorus (Document.verse_lines), not a copy.
        verse = document.verse_lines
        prose = [
            words >= min_words and (words > short_line or _ends_as_prose(text)) and line.number not in verse
            for line, text, words in zip(lines, texts, counts)
        ]
        long_enough = [(line, text) for line, text, kept in zip(lines, texts, prose) if kept]
        seen_lines: dict[str, int] = {}
        repeated_lines = set()
        # A short line is UI106's, which compares lines with their quotation
        # marks: a copy that differs from the first only in them (a summary
        # in straight quotes, the body in curly ones) is reported here.
        shorter = [
            (line, text)
            for line, text, words, kept in zip(lines, texts, counts, prose)
            if min_words <= words <= short_line and not kept
        ]
        if len(shorter) >= 2:
            for line, text, first in _requoted_copies(shorter):
                repeated_lines.add(line.number)
                start = _text_start(line, text)
                yield Finding(start, start + len(text), f"paragraph repeated: it already stands on line {first}")
        # Copies that follow each other (nothing but blank lines between)
        # are one finding, from the second copy to the last: a paragraph
        # said forty times is one defect, not thirty-nine.
        content_index = document.content_index
        run: _ParagraphRun | None = None
        for (line, text), key in zip(long_enough, map(passage_key, [text for _, text in long_enough])):
            first = seen_lines.setdefault(key, line.number)
            if first == line.number:
                continue
            repeated_lines.add(line.number)
            start = _text_start(line, text)
            index = content_index[line.number]
            if run and run.key == key and run.content_index + 1 == index:
                run = run._replace(end=start + len(text), copies=run.copies + 1, content_index=index)
                continue
            if run:
                yield run.finding()
            previous = content_index[first] + 1 == index
            run = _ParagraphRun(first, start, start + len(text), 2 if previous else 1, key, index)
        if run:
            yield run.finding()
        # Then a sentence said again back to back, from its second copy to
        # its last, one finding: unless TX110 reported the run as a loop.
        # From DUPLICATE_MIN_WORDS words whatever min-words: TX110 leaves a
        # sentence that long said twice to this rule.
        # Then sentences: from DUPLICATE_MIN_WORDS words when said again
        # back to back (TX110 leaves a sentence that long said twice to this
        # rule, whatever min-words), from min-words otherwise.
        sentences = document.sentences
        shortest = min(min_words, DUPLICATE_MIN_WORDS)
        counted = [
            (sentence, words)
            for sentence, words in zip(sentences, _word_counts(list(map(SENTENCE_TEXT, sentences)), spaced))
            if words >= shortest and sentence.line not in verse
        ]
        keys = [passage_key(sentence.text) for sentence, _ in counted]
        if spaced:
            yield from _near_copies(counted, keys, repeated_lines)
            yield from _cut_copies(document, sentences)
        if len(set(keys)) == len(keys):
            return  # no sentence said twice: most articles
        # A sentence said again back to back: one finding from its second
        # copy to its last, unless TX110 reported the run as a loop.
        looped = loop_copies(document)
        in_runs: set[int] = set()
        for run in sentence_runs(document):
            copy_starts = run.copy_starts(document)
            if copy_starts[0] in looped or run.first.line in repeated_lines:
                continue
            if word_count(run.first.text) < shortest:
                continue
            in_runs.update(copy_starts)
            yield _sentence_run_finding(document, run)
        # Then copies further apart; the first copy seen is kept with
        # whether it was a short line of its own (two such copies are
        # UI106's).  A sentence is its whole line when it is the only
        # sentence there.
        per_line = collections.Counter(sentence.line for sentence in sentences)
        line_ends = {sentence.line: sentence.end for sentence in sentences}
        seen: dict[str, tuple[int, bool]] = {}
        closes_first: dict[str, bool] = {}  # whether the first copy closes a paragraph of several sentences
        for (sentence, words), key in zip(counted, keys):
            if words < min_words:
                continue
            alone = per_line[sentence.line] == 1 and words <= short_line and not _ends_as_prose(sentence.text)
            closes = per_line[sentence.line] > 1 and sentence.end == line_ends[sentence.line]
            if key not in seen:
                seen[key] = (sentence.line, alone)
                closes_first[key] = closes
                continue
            first, first_alone = seen[key]
            if sentence.line in repeated_lines or (alone and first_alone) or sentence.start in looped or sentence.start in in_runs:
                continue
            if (
                closes and closes_first[key] and content_index[sentence.line] == content_index[first] + 1
                and _is_formula(sentence.text, words)
            ):
                continue  # "The match was postponed because of a waterlogged pitch." closing two fixtures' paragraphs
            yield Finding(sentence.start, sentence.end, f"sentence repeated: it already stands on line {first}")


# A paragraph that ends on the opening of its previous sentence, cut off
# mid-sentence with no full stop ("…would begin next year. The mayor said
# the works would"): a scraper joined a text node cut short after the whole
# one.  From CUT_COPY_MIN_WORDS words and CUT_COPY_MIN_LETTERS letters, so a
# copy is a clause, not a formula ("He said"); a sentence that ends as one
# (a full stop, a question) is a sentence, a parallel one at most.
CUT_COPY_MIN_WORDS = 4
CUT_COPY_MIN_LETTERS = 15


def _cut_copies(document: Document, sentences: Sequence[Sentence]) -> Iterator[Finding]:
    """The cut copies (above), each reported with the line of its sentence."""
    text = document.text
    for previous, sentence, following in zip(sentences, sentences[1:], [*sentences[2:], None]):
        if sentence.line != previous.line or following is not None and following.line == sentence.line:
            continue  # the paragraph's first sentence, or not its last
        if _ends_as_prose(sentence.text) or text[sentence.end :].split("\n", 1)[0].strip():
            continue
        if text[previous.end : sentence.start].strip():
            continue
        copy = passage_key(sentence.text).split()
        if len(copy) < CUT_COPY_MIN_WORDS or sum(map(len, copy)) < CUT_COPY_MIN_LETTERS:
            continue
        whole = passage_key(previous.text).split()
        if len(whole) > len(copy) and whole[: len(copy)] == copy:
            yield Finding(sentence.start, sentence.end, f"sentence repeated, cut short: its whole copy stands just before, on line {previous.line}")


# A long sentence said again with one word changed, added or dropped ("The
# temperatures will fall to around 22C by Saturday…" over "Temperatures
# will fall…"): the same seam as a copy, where a translation or an edit
# touched one copy.  From NEAR_COPY_MIN_WORDS words, as parallel sentences
# of a report are shorter ("Smith scored in the 12th minute."); not when
# the word that differs is a number or a name (written with a capital
# inside the sentence: "Shares of Barclays rose…" over "Shares of Lloyds
# rose…", "count one" over "count two"), nor an ordinal or one of the
# words a list sets apart ("the first train…" over "the last train…").
# Sentences longer than NEAR_COPY_MAX_WORDS are not compared.
NEAR_COPY_MIN_WORDS = 12
NEAR_COPY_MAX_WORDS = 80
# The words at either end that two sentences one word apart share (see
# _near_copies): under half of NEAR_COPY_MIN_WORDS.
NEAR_COPY_EDGE = 5
# Sentences sharing one end compared pairwise, up to this many: more share
# a formula ("The council said that the…"), and comparing them all would
# cost the square of their number on a hostile text.
NEAR_COPY_BUCKET = 16
LIST_WORDS = frozenset(
    """one two three four five six seven eight nine ten first second third fourth fifth last next previous
    final early late earlier later morning afternoon evening night monday tuesday wednesday thursday friday
    saturday sunday men's women's men women boys girls home away north south east west up down higher lower
    rose fell more less before after""".split()
) | frozenset(
    # The people and the ways a report's parallel sentences tell apart: two
    # victims of one night ("A man was taken to hospital…" over "A woman
    # was taken to hospital…"), two carriageways of one road.
    """man woman boy girl he she his her him husband wife father mother son daughter brother sister
    northbound southbound eastbound westbound inbound outbound""".split()
)
# A sentence's first word that a copy may gain or lose: an article or another
# function word of any language newslint lists ("The temperatures…").
ANY_FUNCTION_WORD = frozenset().union(*FUNCTION_WORDS.values())
WORD_EDGES = "\"'“”‘’«»„‚‹›「」『』`´.,;:!?()[]"


def _near_copies(counted, keys: Sequence[str], repeated_lines: set[int]) -> Iterator[Finding]:
    """The sentences said again with one word changed, added or dropped
    (above), each reported at its later copy, with the line of the first.
    Not two sentences one after the other, or in one paragraph, nor three
    or more alike: parallel sentences of a speech ("We will build homes for
    … / We will build schools for …") are rhetoric, not a copy.

    Two sentences one word apart share their first NEAR_COPY_EDGE words or
    their last (the word that differs stands in one half), so only the
    sentences that share either are compared: linear in the article."""
    said = collections.Counter(keys)
    buckets: dict[tuple[int, str], list[int]] = collections.defaultdict(list)
    for index, ((_, words), key) in enumerate(zip(counted, keys)):
        if NEAR_COPY_MIN_WORDS <= words <= NEAR_COPY_MAX_WORDS and said[key] == 1:
            # The ends cut by str.split with a bound: the sentence is split
            # whole only when it shares an end with another.
            head, tail = key.split(" ", NEAR_COPY_EDGE), key.rsplit(" ", NEAR_COPY_EDGE)
            if len(head) > NEAR_COPY_EDGE:
                buckets[(0, " ".join(head[:NEAR_COPY_EDGE]))].append(index)
                buckets[(1, " ".join(tail[1:]))].append(index)
    shared = [members for members in buckets.values() if 1 < len(members) <= NEAR_COPY_BUCKET]
    if not shared:
        return  # no two sentences share an end: most articles
    words_of: dict[int, tuple[list[str], list[str]] | None] = {}  # sentence index -> (folded words, words as written)

    def words(index: int) -> tuple[list[str], list[str]] | None:
        if index not in words_of:
            # The words as written, less a mark standing alone (a dash), which
            # the key folds away with the punctuation at words' edges.
            folded = keys[index].split()
            originals = [word for word in counted[index][0].text.split() if EDGE_PUNCTUATION.sub("", QUOTES_AND_APOSTROPHES.sub("", word))]
            # A quotation mark standing alone: the words do not line up.
            words_of[index] = (folded, originals) if len(folded) == len(originals) else None
        return words_of[index]

    near: dict[int, dict[int, tuple]] = collections.defaultdict(dict)  # index -> {other index: the words that differ}
    for members in shared:
        # More than NEAR_COPY_BUCKET: a formula many sentences open or
        # close with, compared in their other bucket, if any.
        for position, first in enumerate(members):
            for later in members[position + 1 :]:
                if later not in near[first] and words(first) is not None and words(later) is not None:
                    edit = _one_word_apart(words(first), words(later))
                    if edit is not None:
                        near[first][later] = near[later][first] = edit
    first_copy: dict[int, int] = {}
    for first, others in near.items():
        for later, (first_word, later_word) in others.items():
            if later <= first or len(others) > 1 or len(near[later]) > 1:
                continue  # each pair once; a sentence like two others is one of a series
            sentence, earlier = counted[later][0], counted[first][0]
            if later - first < 2 or sentence.line == earlier.line or sentence.line in repeated_lines:
                continue  # back to back or in one paragraph: parallel, not copied
            if _may_differ(*first_word) and _may_differ(*later_word):
                first_copy[later] = first
    for later in sorted(first_copy):
        sentence = counted[later][0]
        line = counted[first_copy[later]][0].line
        yield Finding(sentence.start, sentence.end, f"sentence repeated with one word changed: it already stands on line {line}")


def _one_word_apart(one: tuple[list[str], list[str]], other: tuple[list[str], list[str]]):
    """((word, at) of ``one``, (word, at) of ``other``) where two sentences'
    folded words differ by one word changed, added or dropped (None for the
    copy that lacks it), else None."""
    (a, a_written), (b, b_written) = one, other
    if len(a) == len(b):
        differ = [at for at in range(len(a)) if a[at] != b[at]]
        if len(differ) != 1:
            return None
        at = differ[0]
        return (a_written[at], at), (b_written[at], at)
    if abs(len(a) - len(b)) != 1:
        return None
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    at = next((at for at in range(len(shorter)) if longer[at] != shorter[at]), len(shorter))
    if longer[at + 1 :] != shorter[at:]:
        return None
    added = (a_written[at], at) if longer is a else (b_written[at], at)
    return (added, (None, -1)) if longer is a else ((None, -1), added)


def _may_differ(word: str | None, at: int) -> bool:
    """Whether a word that one copy has at ``at`` and the other lacks or
    replaces may be a copy's slip: no number, name (a capital inside the
    sentence; at its start, a function word: "The temperatures…"), ordinal
    or list word."""
    if word is None:
        return True
    bare = word.strip(WORD_EDGES)
    if not bare or any(character.isdigit() for character in bare) or bare.casefold() in LIST_WORDS:
        return False
    if bare[:1].isupper():
        return at == 0 and bare.casefold() in ANY_FUNCTION_WORD
    return True


# What ends a line of prose: a sentence's full stop, question or
# exclamation mark, before any closing quotation marks or brackets (not a
# colon, nor an ellipsis: "Read more:", "Watch the video…" are furniture).
PROSE_STOPS = frozenset(".!?。！？｡．؟।")


def _ends_as_prose(text: str) -> bool:
    """Whether a line ends as a sentence of prose does."""
    text = text.rstrip().rstrip(CLOSERS).rstrip()
    return bool(text) and text[-1] in PROSE_STOPS and not text.endswith("..")


# A short sentence with no name and no number closing each of two
# paragraphs in a row that go on differently is a formula the story uses twice (two
# fixtures "postponed because of a waterlogged pitch"), not a copy.
FORMULA_MAX_WORDS = 12
NAME_OR_NUMBER = compile_cached(r"\d|(?<=\s)[\"“‘'(]?\p{Lu}")


def _is_formula(text: str, words: int) -> bool:
    return words <= FORMULA_MAX_WORDS and NAME_OR_NUMBER.search(text) is None


def _requoted_copies(lines: Sequence[tuple[Line, str]]) -> Iterator[tuple[Line, str, int]]:
    """The lines that repeat an earlier one but for their quotation marks
    (line, its stripped text, the first copy's line number)."""
    keys = [passage_key(text) for _, text in lines]
    if len(set(keys)) == len(keys):
        return
    seen: dict[str, tuple[int, set[str]]] = {}
    for (line, text), key in zip(lines, keys):
        kept = _quotes_kept(text)
        if key not in seen:
            seen[key] = (line.number, {kept})
            continue
        first, forms = seen[key]
        if kept not in forms:
            forms.add(kept)
            yield line, text, first


def _quotes_kept(text: str) -> str:
    """A line folded as UI106 compares lines: case, Unicode form,
    apostrophes and white space, but not the double quotation marks."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("‘", "'").split())


class _ParagraphRun(NamedTuple):
    """Copies of a paragraph one after another (nothing but blank lines
    between): the first copy's line number, where the second copy starts and
    the last ends, how many copies (the first included when it stands just
    before; 1: a copy further down), their passage key, and the last copy's
    index among the lines with content."""

    first: int
    start: int
    end: int
    copies: int
    key: str
    content_index: int

    def finding(self) -> Finding:
        if self.copies <= 2:
            return Finding(self.start, self.end, f"paragraph repeated: it already stands on line {self.first}")
        return Finding(self.start, self.end, f"paragraph repeated {self.copies} times in a row from line {self.first}")


def _text_start(line: Line, text: str) -> int:
    """Where a line's stripped text starts in the document."""
    return line.start + line.text.index(text[0])


def _sentence_run_finding(document: Document, run: SentenceRun) -> Finding:
    """A sentence said again back to back, from its second copy to its last."""
    second = document.sentences[run.index + 1]
    if run.copies == 2:
        return Finding(second.start, second.end, f"sentence repeated: it already stands on line {run.first.line}")
    return Finding(second.start, run.last.end, f"sentence repeated {run.copies} times in a row from line {run.first.line}")


# A line's or a sentence's text, read in C.
LINE_TEXT = SENTENCE_TEXT = operator.attrgetter("text")


def _word_counts(texts: Sequence[str], spaced: bool) -> Iterator[int]:
    """``word_count`` of each text; of texts with no character of a script
    written without spaces (``spaced``: those of an article with none), the
    words between spaces, counted in C."""
    return map(len, map(str.split, texts)) if spaced else map(word_count, texts)


def passage_key(text: str) -> str:
    """A passage as compared: Unicode form, case, quotation marks, the
    punctuation at words' edges and white space folded."""
    if text.isascii():
        key = _ascii_passage_key(text)
    else:
        folded = QUOTES_AND_APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold())
        key = " ".join(EDGE_PUNCTUATION.sub("", folded).split())
    # A line that ends on a clause's mark runs on (a line of verse: "The
    # tide goes out and the tide comes in," and the refrain that closes
    # the stanza with a full stop): it stays apart from the sentence.
    if text.rstrip(TRAILING_CLOSERS)[-1:] in CLAUSE_END_MARKS:
        key += CLAUSE_END_KEY
    return key


def _ascii_passage_key(text: str) -> str:
    """passage_key of an ASCII text (most sentences): NFKC leaves ASCII as
    it is and casefold is lower; the ASCII quotation marks go by replace,
    the punctuation at words' edges by str.strip of each word (unless
    only a full stop and commas are to go)."""
    key = text.lower()
    if '"' in key or "'" in key or "`" in key:
        key = key.replace('"', "").replace("'", "").replace("`", "")
    # The common case first, without splitting: a full stop at the end and
    # commas before a space, and no other mark at a word's edge.
    key = key.rstrip(ASCII_PUNCTUATION).replace(", ", " ")
    if ASCII_EDGE_PUNCTUATION.search(key) is None and key.isprintable() and "  " not in key and key[:1] != " " and key[-1:] != " ":
        return key
    return " ".join(filter(None, [word.strip(ASCII_PUNCTUATION) for word in key.split()]))


def word_count(text: str) -> int:
    """Words in the text; in Chinese and Japanese, which do not space their
    words, about one word per two characters."""
    spaced = len(text.split())
    if text.isascii() or FROM_FIRST_UNSPACED.search(text) is None:
        return spaced
    unspaced = len(UNSPACED.findall(text))
    return max(spaced, unspaced // CHARACTERS_PER_UNSPACED_WORD)
