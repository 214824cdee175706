"""TX101 doubled-word: the same word twice in a row."""
from __future__ import annotations

import operator
from typing import Any, Iterator, Mapping

import regex

from newslint import Applicability, Document, Finding, Fixable, Option, Rule, Token
from newslint.language import UNKNOWN_LATIN, zipf
from newslint.pattern_cache import compile_cached


# Only horizontal space may separate the two words: "the, the" or "the. The"
# is punctuation doing its job.
SPACE_ONLY = compile_cached(r"[ \t\u00a0]+")
# Function words that no name doubles: "The The minister", "In In the
# capital" are damage even with both copies capitalised (the band The The
# aside).  Not "la" (La La Land), "de", "da", "do" or single letters, which
# names and nicknames double, nor short words that are also names doubled:
# "an" (the panda An An), "con" (a Con Con, a constitutional convention),
# "para" (Para Para dancing), "du", "per", "um", "im".
NEVER_A_NAME = frozenset(
    """the of and in on to for with from by at as that this was were is are has have
    der das den dem des und ein eine mit von für auf
    el los las del por una
    les des une dans pour sur avec
    il lo gli della nel
    os as uma com por""".split()
)
# Words no name doubles in one language only: German "Die Die Ergebnisse"
# opening a sentence is a slip (the relative "die die" is in lower case),
# while English has the film "Die Die My Darling".
NEVER_A_NAME_IN = {"de": frozenset({"die"}), "nl": frozenset({"het"})}
# Languages where a word said twice is grammar, not a slip: reduplication
# makes plurals, adverbs and intensives ("haraka haraka" in Swahili, "pelan
# pelan" in Indonesian, "dhire dhire" in Hindi, "yavaş yavaş" in Turkish,
# "kam kam" in Persian).  A pair there is reported without a fix: only a
# reader can tell "hurriedly" from a slip.  In an article whose language
# newslint does not know (an unknown script, an unknown Latin-script
# language) pairs are not reported at all.
REDUPLICATING = frozenset(
    "sw id ms tl fil tr hi bn ta te kn ml mr gu pa si ur fa ja zh ko th vi km lo my am".split()
)
# There, a pair is damage only where reduplication cannot stand: a word of
# grammar (a particle, a postposition, an auxiliary: "है है", "را را"), the
# verb at the end of a clause in a language that puts its verb last ("होगा
# होगा।", "ናቸው ናቸው።": a reduplicated adverb or participle comes before its
# verb), or a word just before an auxiliary, the noun of a compound verb
# ("ادامه ادامه خواهد داشت").  "ዋና ዋና መዳረሻዎች" (the main ones), "धीरे
# धीरे", "আস্তে আস্তে", "araw araw", "pelan pelan" stay clean.
# Korean reduplicates adverbs and nouns bare ("하나 하나", "빨리 빨리",
# "가끔 가끔"); a noun of two syllables or more that carries its topic,
# object, genitive or locative particle ("관계자는", "계획을", "현장에서")
# is said once, and twice in a row is a seam or a slip.
KOREAN_CASE_MARKED = compile_cached(r"^[\uac00-\ud7a3]{2,}(?:은|는|을|를|의|에서|에게|으로)$")
VERB_LAST = frozenset("hi bn ta te kn ml mr gu pa si ur fa ja ko am tr my".split())
GRAMMAR_WORDS = {
    "hi": frozenset("है हैं था थे थी होगा होगी होंगे का की के को में से ने पर और भी तो कि".split()),
    "ur": frozenset("ہے ہیں تھا تھے تھی ہوگا کا کی کے کو میں سے نے پر اور بھی کہ".split()),
    "bn": frozenset("এবং ও হয় হবে ছিল ছিলেন থেকে জন্য করা হয়েছে".split()),
    "fa": frozenset("است هستند بود را از به در با که و این آن خواهد".split()),
    "am": frozenset("ነው ናቸው እና ግን ደግሞ ነበር".split()),
    "ta": frozenset("மற்றும் ஒரு என்று".split()),
    "tr": frozenset("ve bir bu için ile".split()),
    "id": frozenset("yang dan di ke dari untuk dengan ini itu akan telah sudah".split()),
    "ms": frozenset("yang dan di ke dari untuk dengan ini itu akan telah sudah".split()),
    "tl": frozenset("ang ng sa mga na at ay".split()),
    "fil": frozenset("ang ng sa mga na at ay".split()),
    "sw": frozenset("na ya wa kwa za la".split()),
    "vi": frozenset("của và là các những được có trong".split()),
}
# Languages written without spaces between words reduplicate with no space
# (常常, 時々, ค่อยๆ): two copies a space apart there are a seam ("海风观察
# 海风观察", an account's name joined to its copy).
UNSPACED = frozenset("zh ja th lo km my".split())
# Auxiliaries that follow a compound verb's noun or a finite verb's stem.
AUXILIARIES = {
    "hi": frozenset("है हैं था थे थी होगा होगी होंगे".split()),
    "ur": frozenset("ہے ہیں تھا تھے تھی ہوگا".split()),
    "fa": frozenset("خواهد خواهند است هستند بود".split()),
    "bn": frozenset("হবে হয়েছে ছিল".split()),
}
# A clause's end: its punctuation (the danda, the Ethiopic full stop and
# comma, Arabic-script marks) or the line's end.
CLAUSE_END = compile_cached(r"[ \t\u00a0]*(?:[.!?।॥።፤؛؟۔]|\n|\Z)")
# Scripts with capitals.  Elsewhere (Arabic, Hebrew, Devanagari...) a name
# cannot be told by its case: Arabic spells acronyms out by letter, and "بي
# بي سي" is the BBC.  A pair there is reported without a fix; one of the
# Latin letters' Arabic names beside another is an acronym, not reported.
CASED_SCRIPTS = frozenset({"Latin", "Cyrillic", "Greek", "Armenian"})
ARABIC_LETTER_NAMES = frozenset("بي سي دي إف جي إتش آي جاي كي إل إم إن أو كيو آر إس تي يو دبليو إكس واي زد".split())
# Doubles each language's grammar makes, whatever the allow list says: a
# relative pronoun before an article ("die Frau, die die Welt kennt"), a
# reflexive pronoun after its subject ("nous nous sommes vus").
GRAMMATICAL_DOUBLES = {
    "de": frozenset("der die das den dem".split()),
    "nl": frozenset("die dat".split()),
    "fr": frozenset("nous vous".split()),
}
# A single letter that is a word of its own in the language: "a a speed
# survey" is a slip, between two lower-case words (a list marker or an
# initial stands elsewhere).
SINGLE_LETTER_WORDS = {
    "en": frozenset("a"),
    # Articles, conjunctions and prepositions of one letter ("pagar o o
    # Garantia", "pan y y vino"); Portuguese writes "a a" as "à".
    "pt": frozenset("aoe"),
    "es": frozenset("yoa"),
    "it": frozenset("eao"),
    "fr": frozenset(("a", "à", "y")),
}
# Sentence ends (and a line's start) before a capitalised pair make it the
# sentence's first word; mid-sentence, two capitals are a name ("and The
# The, Matt Johnson's band").
SENTENCE_START = compile_cached(r"(?:^|[.!?…:]\s*|\n)[\s\"“‘«„'(\[*#>-]*$")
# How far back the start of a sentence is looked for.
LOOK_BEHIND = 12
# A word doubled across a full stop, the copy in lower case and a sentence
# of its own ("was not reported. reported. Police said"): a scraper joined
# a text node to the end of its duplicate.  A sentence written twice for
# effect is capitalised ("Never. Never."), and abbreviations said twice
# ("etc. etc.") are shorter than MIN_ACROSS_STOP_LETTERS.
ACROSS_STOP = compile_cached(r"\.[ \t\u00a0]+")
AFTER_LONE_COPY = compile_cached(r"[.!?…]|[ \t]*(?:\n|\Z)")
MIN_ACROSS_STOP_LETTERS = 4
# The tokens a pair at index i is judged with: the word before it, the pair,
# and the word after it (a run of three or more is not reported).
NEIGHBOURHOOD = (-1, 0, 1, 2)


# Japanese writes no spaces: a word of kanji written twice ("推移推移した",
# "株式会社株式会社ユーザー") is a slip or a seam, when the pair stands
# alone between kana or punctuation (a kanji before or after it may make
# another word of its end: "東京大学大学院" is 大学 and 大学院).  Japanese
# doubles kana words on purpose (いろいろ, どんどん, キラキラ) and writes
# 時々 with 々, so only kanji are looked at; not a count ("一歩一歩",
# "一人一人": a numeral first), not a word the word list knows doubled
# ("五分五分"), and not in quoted speech (「」『』), where commenters repeat a
# word for emphasis ("売名売名ｗ").  Chinese has no kana to mark a word's
# edges, and doubles verbs on purpose (研究研究, 讨论讨论): left alone; so is
# Korean, whose emphatic doubles (소곤소곤, 두고두고) the word list does not
# know.
KANJI_DOUBLING_LANGUAGE = "ja"
DOUBLED_KANJI = compile_cached(r"(?<!\p{Han})(\p{Han}{2,4})\1(?![\p{Han}々])")
KANJI_NUMERALS = frozenset("一二三四五六七八九十百千万億両数何毎各半")
# The word doubled must be a common word (Zipf 3: one in a million words).
MIN_KANJI_WORD_ZIPF = 3.0
QUOTE_OPENERS, QUOTE_CLOSERS = "「『", "」』"


def _doubled_kanji_words(document: Document) -> Iterator[Finding]:
    """Words of kanji written twice with nothing between in a Japanese article."""
    text = document.text
    for match in DOUBLED_KANJI.finditer(text):
        word = match.group(1)
        if word[0] in KANJI_NUMERALS or _in_corner_quotes(text, match.start()):
            continue
        if zipf(match.group(), "ja") > 0.0 or zipf(word, "ja") < MIN_KANJI_WORD_ZIPF:
            continue
        yield Finding(match.start(), match.end(), f'doubled word "{match.group()}"')


# Chinese doubles a verb on purpose (研究研究, 讨论讨论: "look into it"),
# and a noun may be followed by the verb spelled the same ("这项调查调查了
# 500人").  A word of two to four characters written twice is a slip where
# neither reading stands: after a word that makes it a noun or the object
# of 有 (有/所/的/个/项/种: "略有增加增加", "有所下降下降", "的问题问题") and
# before a clause's punctuation, where no verb reduplicated for "a little"
# and no verb with its object can end.
CHINESE_LANGUAGE = "zh"
DOUBLED_CHINESE = compile_cached(r"(?<=[有所的个項项种種])(\p{Han}{2,4})\1(?=[，。、；：！？,.;:!?）」』”]|[ \t]*(?:\n|\Z))")
# Japanese particles of one kana are never written twice: "遅れた。がが、"
# and "資料をを読む" are slips.  Only after a kanji, a katakana or
# punctuation (a kana before them makes a word: ががんぼ is an insect, and
# の and で open words such as ののしる, ででむし, so they are not looked at).
DOUBLED_PARTICLE = compile_cached(r"(?<=[\p{Han}\p{Katakana}ー。、」』）])([がをに])\1(?![\p{Hiragana}ー])")


def _doubled_chinese_words(document: Document) -> Iterator[Finding]:
    """Words written twice with nothing between in a Chinese article,
    where no reduplication can stand (DOUBLED_CHINESE)."""
    for match in DOUBLED_CHINESE.finditer(document.text):
        word = match.group(1)
        if word[0] in KANJI_NUMERALS or zipf(match.group(), "zh") > 0.0 or zipf(word, "zh") < MIN_KANJI_WORD_ZIPF:
            continue
        yield Finding(match.start(), match.end(), f'doubled word "{match.group()}"', word)


def _doubled_particles(document: Document) -> Iterator[Finding]:
    """A Japanese particle written twice (DOUBLED_PARTICLE)."""
    for match in DOUBLED_PARTICLE.finditer(document.text):
        if _in_corner_quotes(document.text, match.start()):
            continue  # quoted speech may stammer
        yield Finding(match.start(), match.end(), f'doubled particle "{match.group()}"')


def _in_corner_quotes(text: str, offset: int) -> bool:
    """Whether ``offset`` lies inside 「…」 or 『…』 on its line."""
    line_start = text.rfind("\n", 0, offset) + 1
    before = text[line_start:offset]
    return sum(before.count(mark) for mark in QUOTE_OPENERS) > sum(before.count(mark) for mark in QUOTE_CLOSERS)


class DoubledWord(Rule):
    code = "TX101"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "doubled-word"
    fixable = Fixable(Applicability.SAFE)  # the single copy replaces the pair
    summary = "Flags a word written twice in a row, as in `the the`."
    why = """
        A doubled word is a typing slip, or the seam where a scraper joined two
        copies of a text node.  Spell checkers accept it because each word is
        correct.  Grammatical doubles ("had had", "that that"), emphatic speech
        ("very very"), runs of three or more ("no no no"), and names ("Bora
        Bora", "Sirhan Sirhan", where both words are capitalised, unless the
        word is an article or a preposition: "The The minister") are not
        reported; the `allow` option lists more.  In Japanese, a common word
        of kanji written twice between kana or punctuation ("推移推移した")
        is reported, not kana doubles (いろいろ), counts (一歩一歩) or quoted
        speech; Chinese and Korean doubles with no space are left alone
        (研究研究 and 소곤소곤 are grammar), and so are Korean words doubled
        with a space ("하나 하나", "천천히 천천히"), but not a noun of two
        syllables or more said twice with its topic, object, genitive or
        locative particle ("관계자는 관계자는").  A word of four letters or more
        doubled across a full stop, the copy a sentence of its own in lower
        case ("was not reported. reported. Police said"), is a scraper's
        seam too; a sentence said twice for effect is capitalised ("Never.
        Never.") and stays clean.  A word in lower case before the same
        word capitalised opening a name of several words ("as maiores são
        São Paulo e Rio", "die Die Linke") is a word and a name; "são são
        Paulo" stays reported.  In English, a phrasal verb's particle
        before the same word opening a phrase ("He moved in in 1998", "stood
        by by the door", "came in in droves") is grammar; after other words ("was arrested in in
        the city") the pair is reported.  A common name said twice after a
        preposition at a sentence's end ("le vendite in Europa Europa.") is
        reported, not a rare one ("flights to Bora Bora.") nor one after a
        noun ("the band Talk Talk."); so is a name on both sides of "and"
        mid-sentence ("shares of Barclays and Barclays", "акции Газпрома и
        Газпрома"), not a title's common words ("the song Over and Over"),
        a sequel ("Robocop and Robocop 2"), "Johnson & Johnson" or "again
        and again".  Swedish, Danish and Norwegian "den den 30 mars" is the
        pronoun, then the date's article; a verb-last language's pair at a
        clause's end is its reduplicated word when the text writes the same
        pair mid-clause too ("Tek tek, tek tek.").
    """
    example = """
        The minister said the the talks in Geneva would resume on Monday.
    """
    use_instead = """
        The minister said the talks in Geneva would resume on Monday.
        Those who had had enough left; officials said that that was final.
        The resort of Bora Bora reopened, and Duran Duran played in Walla Walla.
        Fans chanted "go go go" as the final whistle neared.
    """
    options = {
        "allow": Option(list, "Words whose doubling is not reported (compared case-insensitively)."),
        "min-length": Option(int, "Words shorter than this (in letters) are not reported."),
        "allow-languages": Option(list, "Article languages the allow list is for (empty: every language)."),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        if document.language is not None and document.language.code == KANJI_DOUBLING_LANGUAGE:
            yield from _doubled_kanji_words(document)
            yield from _doubled_particles(document)
        if document.language is not None and document.language.code == CHINESE_LANGUAGE:
            yield from _doubled_chinese_words(document)
        yield from _names_doubled_across_and(document)
        folded = document.folded_tokens
        # Which neighbours are equal, compared in C (map over operator.eq);
        # the Python loop below visits only those, and only their tokens
        # and those either side of them (for the runs of three) are built.
        equal = bytes(map(operator.eq, folded, folded[1:]))
        if 1 not in equal:
            return
        count = len(folded)
        pairs = list(_ones(equal))
        near = sorted({index + step for index in pairs for step in NEIGHBOURHOOD if 0 <= index + step < count})
        language = _article_language(document)
        if language is None:
            return  # a language newslint does not know: its doubles may be grammar
        tokens = document.tokens_at(near)
        allow_languages = options["allow-languages"]
        allowed = (
            frozenset(str(word).casefold() for word in options["allow"])
            if not allow_languages or language in allow_languages
            else frozenset()
        )
        grammatical = GRAMMATICAL_DOUBLES.get(language, frozenset())
        single_letters = SINGLE_LETTER_WORDS.get(language, frozenset())
        for index in pairs:
            first, second = tokens[index], tokens[index + 1]
            if _in_longer_run(document.text, tokens, index, count):
                continue  # "no no no no": a chant or a stammer, written so on purpose
            if first.text.casefold() in allowed or (second.text in grammatical and first.text.casefold() == second.text):
                continue  # the second in lower case: "Der Der Minister" opens no relative clause
            if second.text == DATE_ARTICLE.get(language) and BEFORE_A_DATE.match(document.text, second.end):
                continue  # "hålls den den 13 december": the pronoun, then the date's article
            if len(first.text) < options["min-length"] and not (
                first.text in single_letters and _between_lower_words(tokens, index, count)
            ):
                continue
            if not SPACE_ONLY.fullmatch(document.text, first.end, second.start):
                if _doubled_across_stop(document, first, second):
                    pair = document.text[first.start : second.end]
                    yield Finding(first.start, second.end, f'doubled word across a full stop "{pair}"', first.text)
                elif _doubled_across_wrap(document, first, second):
                    # No fix: which copy goes, and whether the lines join, is the reader's call.
                    yield Finding(second.start, second.end, f'doubled word across a line break "{first.text} {second.text}"')
                continue
            if first.text[0].islower() and second.text[0].isupper() and _opens_a_name(document.text, tokens, index, count, language):
                continue  # "são São Paulo": a word, then a name of several words that opens on it
            fix = first.text
            if first.text[0].isupper() and second.text[0].isupper():
                if _german_noun_mid_sentence(document.text, first, language):
                    pass  # "seit vielen Jahre Jahre": German capitalises its nouns, no name
                elif _common_name_doubled_at_sentence_end(document, tokens, index, language):
                    fix = None  # "in Europa Europa.": a place said twice; a film may be named so
                elif (
                    first.text.casefold() not in NEVER_A_NAME
                    and first.text.casefold() not in NEVER_A_NAME_IN.get(language, frozenset())
                ) or not _starts_sentence(document.text, first.start):
                    continue  # a name: "Sirhan Sirhan", "Duran Duran", the band The The
                else:
                    fix = None  # "The The minister", or a name opening a sentence: a reader decides
            if language == "en" and _particle_then_preposition(document.text, tokens, index):
                continue  # "He moved in in 1998": a phrasal verb's particle, then a preposition
            if first.text in ARABIC_LETTER_NAMES and _spells_an_acronym(tokens, index):
                continue  # "سي إن إن" (CNN), "بي بي سي" (BBC)
            if language in REDUPLICATING and _reduplicated_on_purpose(document.text, first, second, language):
                continue  # "ዋና ዋና", "धीरे धीरे": a word of its own
            if language in REDUPLICATING or document.language.script not in CASED_SCRIPTS:
                fix = None  # "haraka haraka" is a word of its own; "بي بي" may be a name
            yield Finding(first.start, second.end, f'doubled word "{first.text} {second.text}"', fix)


# A phrasal verb ends on its particle, and the next phrase may open on the
# same word as a preposition: "He moved in in 1998", "logged in in the
# morning", "came in in third place", "turned up up the road", "stood by by
# the door".  Both words are right when the word before the pair is a form
# of a verb that takes the particle (a list, not any verb: "was arrested in
# in the city" and "it was in in the box" stay reported) and the word after
# it opens a prepositional phrase: a determiner, a number or year, an
# ordinal, a capitalised name or month.
# The verbs each particle makes a phrasal verb with: "end up" is one, "end
# in" is not ("the talks ended in in May" stays reported).
PARTICLE_VERBS: Mapping[str, frozenset[str]] = {
    particle: frozenset(verbs.split())
    for particle, verbs in {
        "in": """move log check clock sign come give step drop tune chip pitch cave fill kick settle break go get call
            phone plug sit hand lock stay pull roll fit cash weigh sleep lie lay""",
        "up": """sign turn show grow end head pick step come give stand set pop hang look call ring walk drive pull
            roll speed sit start wind wrap lock dial open""",
        "by": "stand come drop pass swing stop pop go walk drive fly sail stay",
        "on": "log come turn carry move hold hang look pass take sign go get walk sail",
        "out": "come turn check clock sign drop break run sell go get look hold walk pull opt cash fly move sit",
        "down": "stand step turn come break go sit shut close back calm cool settle walk run",
        "off": "kick set take turn log sign drop cut back break go get pay start walk sail fly",
        "over": "take hand come go hold pull move roll",
    }.items()
}
PARTICLES = frozenset(PARTICLE_VERBS)
# Irregular past forms of PARTICLE_VERBS (the regular ones end in -ed).
IRREGULAR_PAST = {
    "came": "come", "gave": "give", "given": "give", "stood": "stand", "grew": "grow", "grown": "grow",
    "broke": "break", "broken": "break", "went": "go", "gone": "go", "got": "get", "gotten": "get",
    "held": "hold", "hung": "hang", "sat": "sit", "took": "take", "taken": "take", "ran": "run",
    "sold": "sell", "drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly", "wound": "wind",
    "shown": "show", "paid": "pay", "slept": "sleep", "lain": "lie", "laid": "lay",
}
PHRASE_OPENERS = frozenset(
    """the a an this that these those his her its their our my your some each every
    first second third fourth fifth sixth seventh eighth ninth tenth last next""".split()
)
# Nouns that open a preposition's phrase with no determiner, the idioms a
# particle verb is often followed by: "came in in droves", "moved in in
# stages", "checked in in person", "logged on on time", "came in in real
# time".  Still only after a verb of PARTICLE_VERBS.
BARE_PHRASE_NOUNS = frozenset(
    """droves stages person time real force public private turn full earnest secret silence tears
    groups pairs numbers""".split()
)

NEXT_WORD = compile_cached(r"[ \t\u00a0]+([\p{L}\d][\p{L}\d'’]*)")


def _particle_then_preposition(text: str, tokens: Mapping[int, Token], index: int) -> bool:
    """Whether the pair at ``index`` is a phrasal verb's particle followed
    by the same word opening a prepositional phrase ("moved in in 1998")."""
    first = tokens[index]
    if first.text not in PARTICLES or index == 0:
        return False
    verb = tokens.get(index - 1)
    if verb is None or not SPACE_ONLY.fullmatch(text, verb.end, first.start):
        return False
    # Read from the text: a number is no token.
    after = NEXT_WORD.match(text, tokens[index + 1].end)
    if after is None:
        return False
    word = after.group(1)
    opens_phrase = word.casefold() in PHRASE_OPENERS or word.casefold() in BARE_PHRASE_NOUNS or word[0].isdigit() or word[0].isupper()
    return opens_phrase and _is_particle_verb(verb.text.casefold(), PARTICLE_VERBS[first.text])


def _is_particle_verb(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is a form of one of ``verbs``: the base, an
    irregular past, -s, -ed, -ing (a final e dropped or a consonant doubled
    before the ending)."""
    if word in verbs or IRREGULAR_PAST.get(word) in verbs:
        return True
    for ending in ("ing", "ed", "es", "s", "d"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            candidates = {stem, stem + "e"}
            if len(stem) >= 2 and stem[-1] == stem[-2]:
                candidates.add(stem[:-1])  # logged, dropping, stepped
            if stem.endswith("i"):
                candidates.add(stem[:-1] + "y")  # carried
            if candidates & verbs:
                return True
    return False


def _reduplicated_on_purpose(text: str, first: Token, second: Token, language: str) -> bool:
    """Whether a pair in a reduplicating language may be the language's
    grammar: not a word of grammar, not a verb-last language's clause-final
    verb, not the word before an auxiliary."""
    if language in UNSPACED:
        return False
    if language == "ko" and KOREAN_CASE_MARKED.search(first.text):
        return False  # "관계자는 관계자는": a noun with its particle is no reduplicated adverb
    if first.text.casefold() in GRAMMAR_WORDS.get(language, frozenset()):
        return False
    if language in VERB_LAST and CLAUSE_END.match(text, second.end) and not _reduplicated_mid_clause(text, first, second):
        return False
    after = NEXT_WORD.match(text, second.end)
    return after is None or after.group(1) not in AUXILIARIES.get(language, frozenset())


def _reduplicated_mid_clause(text: str, first: Token, second: Token) -> bool:
    """Whether the same pair stands elsewhere in the text where no clause
    ends after it: the language's reduplicated word ("Teker teker, teker
    teker." one by one, said twice), not a clause-final verb said twice
    (doubling class, trial35)."""
    pair = regex.compile(
        r"(?<![\p{L}\p{N}])" + regex.escape(first.text) + r"[ \t\u00a0]+" + regex.escape(second.text) + r"(?![\p{L}\p{N}])",
        regex.IGNORECASE,
    )
    return any(other.start() != first.start and not CLAUSE_END.match(text, other.end()) for other in pair.finditer(text))


# Swedish, Danish and Norwegian write a date with "den" ("den 13 december"):
# the pronoun before it makes "hålls den den 13 december" (it is held on the
# 13th), grammar, not a slip (doubling class, trial35).
DATE_ARTICLE = {"sv": "den", "da": "den", "no": "den", "nb": "den", "nn": "den"}
BEFORE_A_DATE = compile_cached(r"[ \t\u00a0]+\d")


def _article_language(document: Document) -> str | None:
    """The article's language code, an unknown Latin-script language being
    None (Swahili is not Spanish because their lists share "na" and "ya")."""
    article = document.fitted_language
    return None if article is None or article.code == UNKNOWN_LATIN else article.code


def _doubled_across_stop(document: Document, first: Token, second: Token) -> bool:
    """Whether ``second`` copies ``first`` across a full stop as a sentence
    of its own in lower case ("reported. reported. Police")."""
    text = document.text
    return (
        len(first.text) >= MIN_ACROSS_STOP_LETTERS
        and second.text[0].islower()
        and document.language is not None
        and document.language.script in CASED_SCRIPTS
        and ACROSS_STOP.fullmatch(text, first.end, second.start) is not None
        and AFTER_LONE_COPY.match(text, second.end) is not None
    )


# A paragraph wrapped over lines (a text dump keeps the page's line breaks)
# says a word at one line's end and again at the next one's start: "många
# barn kommer att få / få längre resor".  Both lines are prose running on.
WRAPPED_LINE_WORDS = 8
LINE_BREAK_ONLY = compile_cached(r"[ \t\u00a0]*\n[ \t\u00a0]*")


def _doubled_across_wrap(document: Document, first: Token, second: Token) -> bool:
    """Whether ``second`` copies ``first`` at the start of the next line of a
    paragraph wrapped over lines, in lower case."""
    text = document.text
    if len(first.text) < 2 or not second.text[:1].islower() or LINE_BREAK_ONLY.fullmatch(text, first.end, second.start) is None:
        return False
    line, following = document.line_at(first.start), document.line_at(second.start)
    # A song's lines are shorter: the first line is as long as a wrapped paragraph's.
    return len(line.text.split()) >= WRAPPED_LINE_WORDS and len(following.text.split()) >= WRAPPED_LINE_WORDS // 2


# German capitalises every noun: a common one doubled mid-sentence ("seit
# vielen Jahre Jahre") is a slip, not a name such as "Bora Bora", which the
# word list knows far less often.
GERMAN_NOUN_ZIPF = 4.0


def _german_noun_mid_sentence(text: str, token: Token, language: str) -> bool:
    return (
        language == "de"
        and zipf(token.text.lower(), "de") >= GERMAN_NOUN_ZIPF
        and not _starts_sentence(text, token.start)
    )

# A common name doubled after a preposition at a sentence's end ("le
# immatricolazioni in Europa Europa.", "exports to China China."): the
# seam of a text node or a translation's slip.  Names doubled on purpose are
# rare words ("Bora Bora", "Walla Walla", "Sirhan Sirhan"), or follow a
# noun rather than a preposition ("the band Talk Talk.", "the film Europa
# Europa."); a name this common (Zipf: one in forty thousand words: Europa,
# London, Berlin, China; not "Sing Sing" at 4.5) after one of these words is
# neither.
COMMON_NAME_ZIPF = 4.6
PLACE_PREPOSITIONS = frozenset(
    """in to from into across throughout
    nach aus von bei im
    en a de desde hacia dans à au aux vers
    em para no na di da per su nel nella
    naar uit bij
    w we do z ze na
    в во из на по до к""".split()
)
SENTENCE_END_AFTER = compile_cached(r"[.!?…][\"”’»)]*(?:\s|\Z)")


def _common_name_doubled_at_sentence_end(document: Document, tokens: Mapping[int, Token], index: int, language: str) -> bool:
    """Whether the capitalised pair at ``index`` is a common name said twice
    after a preposition, mid-sentence, closing its sentence (above)."""
    before, second = tokens.get(index - 1), tokens[index + 1]
    text = document.text
    return (
        before is not None
        and before.text in PLACE_PREPOSITIONS
        and SPACE_ONLY.fullmatch(text, before.end, tokens[index].start) is not None
        and SENTENCE_END_AFTER.match(text, second.end) is not None
        and zipf(second.text.casefold(), language) >= COMMON_NAME_ZIPF
    )


# "акции Сбербанка и Сбербанка", "shares of Barclays and Barclays": a name
# on both sides of "and" names one company twice, a translation's slip.
# Both copies capitalised mid-sentence, after a word in lower case (a
# title-cased headline's "Again and Again" is no name), on a line of prose;
# "again and again", "more and more", "years and years" are in lower case,
# and "New York, New York" has no "and".  A firm named for two partners of
# one name writes "&" ("Johnson & Johnson") and is not read.  A title in
# running text capitalises common words ("the song Over and Over"): the
# name must be rarer than NAME_AND_NAME_ZIPF (Barclays 3.2, Сбербанка 4.0,
# Johnson 4.7, over 6), and no number may follow it (a sequel: "Robocop
# and Robocop 2").
NAME_AND_NAME_ZIPF = 4.5
AND_WORDS = frozenset("and und et y e i и і en och og ve oraz a és și ja".split())
NAME_TRIPLE = compile_cached(
    r"(?<![\p{L}\p{M}\p{N}&'’-])(\p{Lu}[\p{L}\p{M}]{2,})[ \t\u00a0]+(\p{Ll}{1,4})[ \t\u00a0]+\1(?![\p{L}\p{M}\p{N}&'’-]|[ \t\u00a0]*\p{N})"
)
WORD_BEFORE_NAME = compile_cached(r"(\p{L}[\p{L}\p{M}'’-]*)[ \t\u00a0]+$")


def _names_doubled_across_and(document: Document) -> Iterator[Finding]:
    """Each name said on both sides of "and" (above), reported without a
    fix: which company was meant is the reader's call."""
    text = document.text
    for match in NAME_TRIPLE.finditer(text):
        if match.group(2) not in AND_WORDS:
            continue
        before = WORD_BEFORE_NAME.search(text, max(0, match.start() - LOOK_BEHIND * 3), match.start())
        if before is None or not before.group(1)[0].islower():
            continue  # a sentence's start, a headline in title case, a list
        language = _article_language(document)
        if language is None or zipf(match.group(1).casefold(), language) >= NAME_AND_NAME_ZIPF:
            continue  # a title's common word ("Over and Over"), or a language newslint does not know
        yield Finding(match.start(), match.end(), f'name said twice across "{match.group(2)}": "{match.group()}"')


# A word in lower case, then the same word capitalised opening a name of
# several words: "as cidades são São Paulo e Rio", "todos los Los Ángeles
# Lakers", "für die Die Linke": the first word is the sentence's (a verb, an
# article), the second the name's.  A stutter copies the word in its own
# case ("são são"); one capitalised twice ("The The minister") is judged
# as a name above.  The word after the pair must be capitalised and follow
# a space only: "são São." or "são São é" opens no name and stays reported.
# The word in lower case must be one of the language's common words
# (COMMON_WORD_BEFORE_NAME_ZIPF: a verb, an article, "new" before "New
# York"), which a sentence says before a name as often as anywhere; a rarer
# one said twice is a title or a noun typed again ("lord Lord Falconer",
# "president President Lula").
COMMON_WORD_BEFORE_NAME_ZIPF = 6.0


def _opens_a_name(text: str, tokens: Mapping[int, Token], index: int, count: int, language: str) -> bool:
    """Whether the capitalised copy at ``index + 1`` opens a name of two
    words or more ("São Paulo", "Los Ángeles", "Die Linke") after a common word."""
    if index + 2 >= count:
        return False
    second, after = tokens[index + 1], tokens.get(index + 2)
    return (
        zipf(tokens[index].text, language) >= COMMON_WORD_BEFORE_NAME_ZIPF
        and after is not None
        and after.text[:1].isupper()
        and SPACE_ONLY.fullmatch(text, second.end, after.start) is not None
    )


def _starts_sentence(text: str, offset: int) -> bool:
    """Whether a word at ``offset`` opens a sentence (or a line)."""
    return offset == 0 or SENTENCE_START.search(text, max(0, offset - LOOK_BEHIND), offset) is not None


def _spells_an_acronym(tokens: Mapping[int, Token], index: int) -> bool:
    """Whether a pair of Arabic letter names spells an acronym: a short
    name (إس إس, the SS; بي بي, of the BBC), or a longer one beside
    another letter name."""
    neighbours = [tokens.get(index - 1), tokens.get(index + 2)]
    return any(token is not None and token.text in ARABIC_LETTER_NAMES for token in neighbours) or len(tokens[index].text) <= 2


def _between_lower_words(tokens: Mapping[int, Token], index: int, count: int) -> bool:
    """Whether the pair at ``index`` has a lower-case word of two letters or
    more before it and a word of two letters or more after it ("for a a
    speed survey", "pagar o o Garantia-Safra": an article before a name)."""
    if index == 0 or index + 2 >= count:
        return False
    before, after = tokens.get(index - 1), tokens.get(index + 2)
    return (
        before is not None and len(before.text) >= 2 and before.text.islower()
        and after is not None and len(after.text) >= 2 and after.text[:1].isalpha()
    )


def _ones(flags: bytes) -> Iterator[int]:
    """The indices of the non-zero bytes (each found by bytes.find, in C)."""
    index = flags.find(1)
    while index >= 0:
        yield index
        index = flags.find(1, index + 1)


def _in_longer_run(text: str, tokens: Mapping[int, Token], index: int, count: int) -> bool:
    """Whether the pair at ``index`` belongs to three or more repeats on one
    line (``tokens`` holds the pair's neighbours; ``count`` tokens in all)."""

    def repeats(left, right) -> bool:
        return left.text.casefold() == right.text.casefold() and SPACE_ONLY.fullmatch(text, left.end, right.start)

    before = index > 0 and repeats(tokens[index - 1], tokens[index])
    after = index + 2 < count and repeats(tokens[index + 1], tokens[index + 2])
    return bool(before or after)
