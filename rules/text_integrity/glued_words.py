"""TX102 glued-words and TX103 glued-doubled-word: words run together where a
scraper dropped the quotation mark, dash or space between them."""
from __future__ import annotations

import collections
import functools
import itertools
import operator
import weakref
from typing import Any, Callable, Container, Iterator, Mapping

from newslint import Applicability, Document, Finding, Fixable, Option, Rule
from newslint.language import common_zipf, fitting_latin_language
from newslint.pattern_cache import compile_cached
from newslint.words import type_verdicts

from ..lexicon import FUNCTION_WORDS, latin_language, zipf

# A web address's name ("bbc.co.uk", "heise.de/news"): a letter, a dot and
# a label that is a top-level domain (any two letters is a country's), as
# "bbc.co.uk" holds at "c.co"; one label at a time, so the search stays
# linear on a long dotted token.  A
# dot between two words that ends in no such label is a sentence's full stop
# with the space lost ("than expected.securitymatters", "Parkplätzen.mitdem"),
# where the word after it may be glued too.
DOMAIN = compile_cached(
    r"\p{L}\.(?:\p{Ll}{2}|com|org|net|edu|gov|mil|int|info|biz|name|pro|mobi|app|dev|io|ai"
    r"|news|blog|online|site|web|media|tech|store|shop|live|today|press|tv|fm|museum|travel|jobs|eu|asia|cat"
    r"|berlin|london|paris|nyc|tokyo|wien|swiss|africa|global|world|zone|space|xyz|top|club|email|link)(?![\p{L}\d])"
)
LETTERS = compile_cached(r"^\p{Ll}+$|^\p{Lu}\p{Ll}+$")

# The commonest English closed-class words (articles, pronouns, auxiliaries,
# modals, prepositions, conjunctions): one of them sits on a side of most
# seams.  Rarer ones (nor, am, us, how, our) would split too many real words
# and names (northing, nous, chatshow, Turnour).
FUNCTION_EN = frozenset(
    """a an the of to and or but is was are were be been has have had do does did will would should can
    could may might must not all any some his her its their this that these those he she it we they you
    him them who which what when where than then there for at by with from as into about after before
    between against during without within through said says also just only very more most such both
    because while if two three in on""".split()
)
# Where a three-word run of glued words may start.
SEAM_STARTS = frozenset("a the and of to in for that with".split())
# Prepositions that are also common word-forming prefixes (online, input)
# need a more common word on their right; these others form so many
# compounds (overmighty, downlights, outsprint) that they mark no seam.
PREFIX_LIKE = frozenset("in on".split())
COMPOUND_PREFIXES = frozenset("over out up down off back under".split())
# A capitalised word ending in one of these is a surname or a place
# (Hartwell, Kingsbury, Newfield), not two words glued.
NAME_ENDINGS = frozenset(
    "well wood field ford ton town ley by ham worth stone land berg burg bury man son more wick hill dale "
    "brook bridge port mouth sey shire stead borough gate water house side lake vale ville".split()
)
# Web text misspells the commonest pairs so often ("ofthe", "andthe") that
# word lists know them; below this frequency two function words glued are
# still reported, when typing glues that pair (TYPO_GLUE).
MAX_TYPO_ZIPF = 3.4
# The pairs of function words that typing glues into a string word lists
# know: a preposition or conjunction before a determiner that opens a noun
# phrase ("ofthe", "andthe", "dela", "surla"), and in English a subject
# before an auxiliary that agrees with it ("itis", "theyare"), an auxiliary
# before "not" or a determiner ("doesnot", "isthe"), "be" after a modal or
# "to" ("wouldbe", "tobe"), a conjunction before a subject ("ifhe") and
# "more than".  Other pairs mostly spell real words and names: of the 285
# English words of zipf 1.5 to 3.4 that split into two function words, 240
# pair otherwise (heron "her on", washer, wean, assays, whatnot, canto,
# thereto, whereof, threesome, init, Asher, Hasan), and the other languages
# have theirs (French "parla", Portuguese "poros", "comas", Italian "chela"
# (che la), "lesi"; Portuguese and Italian conjunctions are left out for
# them).  Pairs a language contracts are never typed apart ("de le" is
# "du", "di la" "della"), so they are not listed; nor is Italian "il" after
# a preposition, which glued spells English words (peril, trail, frail)
# that Italian articles quote, nor "fra" (frale).
EN_DETERMINERS = frozenset("the this that these those his its their".split())
EN_SUBJECTS = frozenset("he she it we they you".split())
TYPO_GLUE: Mapping[str, tuple[tuple[frozenset[str], frozenset[str]], ...]] = {
    "en": (
        (
            frozenset(
                """of to in on at by for with from into about after before between against during without
                within through and or but if than because while when that is was are were""".split()
            ),
            EN_DETERMINERS,
        ),
        (frozenset("he she it who this that".split()), frozenset("is was has does".split())),
        (frozenset("we they you".split()), frozenset("are were have".split())),
        (EN_SUBJECTS | {"who"}, frozenset("had did will would can could may might must".split())),
        (frozenset("if and but because while when".split()), EN_SUBJECTS),
        (
            frozenset("is was are were has have had do does did will would should can could may might must".split()),
            frozenset(["not"]),
        ),
        # "wouldbe", "hasbeen": glued, or a would-be or a has-been that lost its hyphen
        (frozenset("to will would should can could may might must".split()), frozenset(["be"])),
        (frozenset("has have had".split()), frozenset(["been"])),
        (frozenset(["more"]), frozenset(["than"])),
    ),
    "es": (
        (frozenset(["de"]), frozenset("la los las un una".split())),
        (
            frozenset("en por para con sin sobre entre desde hasta que".split()),
            frozenset("el la los las un una".split()),
        ),
    ),
    "fr": (
        (frozenset(["de"]), frozenset("la un une".split())),
        (frozenset("pour dans sur sans avec entre vers chez que et".split()), frozenset("le la les un une".split())),
    ),
    "pt": ((frozenset("de em por para com sem sobre entre".split()), frozenset("um uma".split())),),
    "it": (
        (frozenset("con per tra".split()), frozenset("lo la le gli un una".split())),
        (frozenset("di da in su".split()), frozenset("un una".split())),
    ),
    # German: a preposition or conjunction before an article ("mitdem",
    # "dassdie", "aufeiner").  Not "in", "bei", "vor", "um" or "an", which
    # glued to an article spell real words (indes, beidem, vordem, umdas,
    # ander), nor "des" (unterdes); the words this list spells that are
    # common (nachdem, zudem, wieder, überein) are known, above MAX_TYPO_ZIPF.
    "de": (
        (
            frozenset("mit von für auf aus nach über unter zu dass und oder aber weil wenn wie als".split()),
            frozenset("der die das dem den ein eine einen einem einer".split()),
        ),
    ),
}
# Three glued words are rarely longer than this; a longer run of letters (a
# URL slug, a hash, a line with its spaces stripped) is not split, which keeps
# the search constant per word however long the run.
MAX_GLUED_LETTERS = 45
# "theKremlin", "theFNV": a lower-case function word glued to a name.
GLUED_TO_NAME = compile_cached(r"^(the|of|and|to|in|on|for|with|by|at|from|that|is|was)(\p{Lu}\p{L}+)$")
# German capitalises its nouns, so an article, a preposition or a
# conjunction glued to the next noun shows the seam by the capital inside
# the string ("fürÄrzte", "mitÜberstunden", "derÖffentlichkeit",
# "inÖsterreich"); GLUED_AT_CAPITAL reads only left parts of four letters
# or more that end as a declined word does.  The noun must be a word of the
# lists (min-part-zipf), and the string none (a newspaper's name written so,
# "derStandard", is in the lists, and the `allow` option holds others).
GLUED_TO_NOUN = {
    "de": compile_cached(
        r"^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|für|mit|von|vom|zum|zur|bei|beim|nach|aus|"
        r"auf|am|im|zu|um|vor|gegen|ohne|durch|seit|unter|über|dass|wie|als)(\p{Lu}\p{Ll}{2,})$"
    ),
}


# A sentence that opens on an article or a demonstrative glued to a common
# word ("Thegovernment", Italian "Glistudenti"): only these determiners of
# three letters or more, since names begin with the other function words
# (of wordfreq's English strings of zipf 1.0 to 1.5 made of a function word
# and a common word of five letters, a dozen of 91 are names or places:
# Maybrick, Hassinger, Allworth, Canrobert, Maylands; none of the 27 after
# these determiners), French ones with "des" and "les" (Desmoulins, Lestapis),
# Spanish ones with "las" (Lascasas), Italian ones with "del" (Delmonte).
# The right part must be a common word (one part in min-part-zipf + 1) of
# MIN_OPENING_RIGHT_LETTERS letters or more, and the string must not recur
# in the article: a name at a sentence start is most often a second mention.
OPENING_DETERMINERS: Mapping[str, frozenset[str]] = {
    # Quantifiers too ("Manyschools"): of wordfreq's English strings of zipf
    # 0.5 to 1.5 made of one and a common word of five letters, none is a
    # name (someother, everyother, somepoint).
    "en": frozenset("the this these those their many most some every each several another both".split()),
    "es": frozenset("los una".split()),
    "fr": frozenset(["une"]),
    "pt": frozenset(["uma"]),
    "it": frozenset("gli una".split()),
}
MIN_OPENING_RIGHT_LETTERS = 5

# A number glued to the common word after it ("more than 60volunteers",
# "3personas", "20anni"): a space lost with a tag or a line break.  Units,
# ordinals and codes are short or not words ("60kg", "5G", "3D", "10am",
# "2nd", "1er"): the word must be of MIN_NUMBER_GLUED_LETTERS letters or
# more, in lower case, and common (MIN_NUMBER_GLUED_ZIPF); a token the word
# list knows whole is a name ("1password", "4chan"), and multipliers written
# glued by house style ("£1million", Italian "2mila") are left alone, as is
# anything in a hashtag, a handle, an address or a code (a letter, "#", "@",
# "/", "_", "." or "-" touching it).  Not German, which glues numbers to
# words on purpose ("3fach", "10jährige", "5mal").
NUMBER_GLUED = compile_cached(r"(?<![\p{L}\d#@/_.\-])(\d{1,7})(\p{Ll}{4,})(?![\p{L}\d_@/\-]|\.\w)")
NUMBER_GLUED_LANGUAGES = frozenset("en es fr pt it".split())
MIN_NUMBER_GLUED_LETTERS = 4
MIN_NUMBER_GLUED_ZIPF = 3.5
MULTIPLIERS = frozenset(
    """million millions billion billions trillion thousand milliard milliards mille mila milioni miliardi
    millones millón millon mil milhões milhão bilhões""".split()
)


def _number_glued(document: Document, language: str) -> Iterator[Finding]:
    """Numbers glued to a common word (NUMBER_GLUED above)."""
    for match in NUMBER_GLUED.finditer(document.text):
        number, word = match.groups()
        if word in MULTIPLIERS or zipf(word, language) < MIN_NUMBER_GLUED_ZIPF or zipf(match.group(), language) > 0.0:
            continue
        suggestion = f"{number} {word}"
        yield Finding(match.start(), match.end(), f'a number glued to a word "{match.group()}": probably "{suggestion}"', suggestion)
# What may stand between a sentence's start and its first word.
SENTENCE_OPENERS = "\"'“‘«„¿¡(["

# Spanish and Italian attach object pronouns to an infinitive, a gerund or an
# imperative (enclitics): "regarlos", "dárselo", "farlo", "mandarmelo".  Such
# a word is often too rare for the word list, and looks like a verb glued to
# a pronoun, since most of these pronouns are also articles ("la", "los").
# Portuguese and Catalan write them with a hyphen ("fazê-lo", "fer-ho").
ENCLITICS: Mapping[str, frozenset[str]] = {
    "es": frozenset(
        "me te se lo la los las le les nos os".split()
        + [first + second for first in "me te se nos os".split() for second in "lo la los las".split()]
    ),
    "it": frozenset(
        "lo la li le gli ne mi ti ci vi si".split()
        + [first + second for first in "me te ce ve se glie".split() for second in "lo la li le ne".split()]
    ),
}
# A verb form the word list knows at least this well (one in 100 million
# words) vouches for the verb: the gerund of an infinitive ("regar" ->
# "regando"), the infinitive of a gerund.  Nouns and adjectives ending like
# infinitives (lugar, mujer, particolar) have no such form, so "lugarla" is
# still reported; the gerunds of rare verbs (fiando, paliando, remediando)
# lie between this and 1.5, and few non-verbs do (triangular, star).
MIN_VERB_FORM_ZIPF = 1.0
# The longest pronoun pair ("glielo") and the shortest verb form a pair is
# looked for on ("far", "dar").
MAX_ENCLITICS_LETTERS = 6
MIN_VERB_LETTERS = 3
# An imperative is the verb's bare stem, which is often a noun too ("volta",
# "casa"): it counts as a verb only when its infinitive is about as common
# as it is ("aspetta"/"aspettare"), not when the noun is far commoner
# ("volta"/"voltare"), so "voltala" (volta la) is still reported.
MAX_IMPERATIVE_LEAD = 0.3
# Gerunds whose infinitive is not their stem plus the ending.
IRREGULAR_GERUNDS: Mapping[str, Mapping[str, str]] = {
    "es": {"siendo": "ser", "yendo": "ir", "dando": "dar", "viendo": "ver", "oyendo": "oír", "riendo": "reír"},
    # Italian verbs in -rre and the contracted ones: "porre" -> "por" -> "ponendo".
    "it": {"facendo": "far", "dicendo": "dir", "ponendo": "por", "traendo": "trar", "ducendo": "dur", "bevendo": "ber"},
}


def _function_words(language: str) -> frozenset[str]:
    return FUNCTION_EN if language == "en" else FUNCTION_WORDS.get(language, frozenset())


def _is_plural(word: str) -> bool:
    return (
        len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
        and word[:-1] not in COMPOUND_PREFIXES
    )


# A gerund long enough not to be a word's own ending ("king", "sing", "ring").
MIN_GERUND_LETTERS = 6


def _is_gerund(word: str) -> bool:
    return len(word) >= MIN_GERUND_LETTERS and word.endswith("ing")


# Portuguese, Spanish and Italian gerunds (-ando, -endo, -indo) end a word:
# none of these languages compounds after one, and the pronouns that may
# follow (Spanish and Italian enclitics) are caught first.  A gerund is often
# rarer than the word list's common words ("surtindo", 1.9), so the verb
# vouches for it: its infinitive must be known at ROMANCE_MIN_INFINITIVE_ZIPF
# or more (surtir 2.25), which words merely ending like a gerund (segundo,
# mundo, comando, quando, Fernando) lack.
ROMANCE_GERUNDS: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "pt": (("ando", ("ar",)), ("endo", ("er",)), ("indo", ("ir",))),
    "es": (("ando", ("ar",)), ("iendo", ("er", "ir")), ("yendo", ("er", "ir"))),
    "it": (("ando", ("are",)), ("endo", ("ere", "ire"))),
}
ROMANCE_MIN_INFINITIVE_ZIPF = 2.0
# The gerund's stem before its ending ("surt" of "surtindo"), so that short
# words ("ando", "lindo") are not read as one.
MIN_GERUND_STEM_LETTERS = 3


def _is_romance_gerund(word: str, language: str) -> bool:
    for ending, infinitives in ROMANCE_GERUNDS.get(language, ()):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_GERUND_STEM_LETTERS:
            return any(zipf(stem + infinitive, language) >= ROMANCE_MIN_INFINITIVE_ZIPF for infinitive in infinitives)
    return False


def split_glued(
    word: str, language: str, options: Mapping[str, Any], capitalised: bool = False, spaced: Container[tuple[str, str]] = frozenset()
) -> tuple[str, ...] | None:
    """How an unknown lower-case string splits into the words that were glued,
    or None.  A split is believed when it has the shape of real damage:

    * a function word on one side of the seam (`aproper`, `rolein`,
      `hesaid`, `Nationswhere`), the other side a common word;
    * a plural on the left (`countriespartnership`, `leaderslatest`): the
      possessive apostrophe and its space were lost;
    * in English, a gerund on the left, a common word on the right
      (`takingtablets`);
    * two common words that the article also writes apart (`interestrate`
      beside `interest rate`);
    * two very common words making a long string that ends in a plural, a
      verb in -s or an adverb (`securitymatters`, `alwaysindependently`): a
      quotation mark between them was lost.  Other compounds of two nouns
      (`messageboard`, `smartcards`) are too often real words missing from
      the list.

    A capitalised string splits only where a function word of three letters
    or more follows a common word (`Putintwo`, `Nationswhere`): names are too
    often made of words (Tankan, Southan, Preventon).  ``spaced`` holds the
    article's word pairs as written with a space.
    """
    if len(word) > MAX_GLUED_LETTERS or _is_verb_with_enclitics(word, language):
        return None
    if language in COMPOUNDING:
        return None if capitalised else _split_compounding(word, language, options)
    best = _split_in_two(word, language, options, capitalised, spaced)
    if best is None and not capitalised and len(word) >= 8:
        # Three words: one of the commonest function words, then a string
        # that splits in two ("doorstepping" is not "do or stepping").  The
        # rest is split in two only, never searched again letter by letter.
        for i in range(1, 5):
            if word[:i] in SEAM_STARTS:
                rest = _split_in_two(word[i:], language, options, False, spaced)
                if rest is not None and len(rest[-1]) >= 3:
                    return (word[:i],) + rest
    return best


# German writes its compounds as one word, often too rare for the word list,
# and capitalises its nouns: only a lower-case string that ends in a function
# word, after a common word of its own ("vor allemauf Brücken", "solltenam
# Mittwoch"), is words glued.  No compound ends on a preposition or an article
# that way; the lower-case words that do (darauf, warum, gemeinsam) are known.
COMPOUNDING: Mapping[str, frozenset[str]] = {
    # "über" too ("schnellüber die Brücke"): the words ending in it
    # (darüber, gegenüber, hinüber, vorüber) are known.
    "de": frozenset("auf am an im in um zu zum zur und der die das den dem des mit von vom für bei nach aus über".split()),
}
MIN_COMPOUNDING_LEFT = 4
# A present participle declines as -end plus -e, -er, -es, -en, -em: these
# articles may be its ending ("landendes", "folgenden"); "die" and "das" are
# none ("bittendie" is "bitten die").
PARTICIPLE_ENDINGS = frozenset("der des den dem".split())
# A declined word in lower case glued to a noun, which German capitalises
# ("minutenlangemApplaus", "demneuenGesetz" aside): the capital inside the
# word shows the seam.  The left part must end as a declined adjective or
# article does and be a word at all (inflected forms are rare in the list);
# brands in CamelCase (easyJet, airBaltic) end otherwise.
GLUED_AT_CAPITAL = compile_cached(r"^(\p{Ll}{4,})(\p{Lu}\p{Ll}{3,})$")
DECLENSION_ENDINGS = ("em", "en", "er", "es")
MIN_INFLECTED_ZIPF = 1.0
# An article glued before a common word ("diejungen Bäume") is the other seam,
# and so is a conjunction no German word starts with, before a common word
# in lower case ("unddamit", "dassdie", "oderdoch"): not "um", "aus",
# "mit", "nach", "zu" and the other prepositions, which make verbs and
# adjectives (mitmachen, zugleich, nachweislich).
COMPOUNDING_ARTICLES: Mapping[str, frozenset[str]] = {"de": frozenset("der die das den dem des und dass oder aber weil sowie".split())}


def _split_compounding(word: str, language: str, options: Mapping[str, Any]) -> tuple[str, str] | None:
    seams = COMPOUNDING[language]
    common = options["min-part-zipf"] + 1
    best, best_score = None, 0.0
    for right in seams:
        left = word[: -len(right)]
        if right in PARTICIPLE_ENDINGS and left.endswith("en"):
            continue  # a present participle declined (landendes, folgenden): "landen des" is a misreading
        if word.endswith(right) and len(left) >= MIN_COMPOUNDING_LEFT and (score := zipf(left, language)) >= common:
            if score > best_score:
                best, best_score = (left, right), score
    for left in COMPOUNDING_ARTICLES.get(language, ()):
        right = word[len(left) :]
        if word.startswith(left) and len(right) >= MIN_COMPOUNDING_LEFT and (score := zipf(right, language)) >= common:
            if score > best_score:
                best, best_score = (left, right), score
    return best


def _split_in_two(
    word: str, language: str, options: Mapping[str, Any], capitalised: bool, spaced: Container[tuple[str, str]]
) -> tuple[str, str] | None:
    """The believed two-word split of ``word`` with the commonest parts."""
    common = options["min-part-zipf"]
    function_words = _function_words(language)
    best, best_score = None, 0.0
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        left_function, right_function = left in function_words, right in function_words
        if left in WORD_FORMING_PREFIXES and not right_function:
            continue  # "ultraprofundas", "superfast": a prefix makes one word, no seam
        if len(right) == 1 and right != "a" or len(left) == 1 and not (left_function and len(word) >= 6):
            continue
        # A part's frequency is looked up only when the split's shape asks
        # for it (most splits are turned down on shape alone), and at most
        # once; the verdicts are those of looking both up first.
        left_zipf = right_zipf = None
        if capitalised:
            believed = right_function and len(right) >= 3 and len(left) >= 4 and right not in NAME_ENDINGS
            if believed:
                left_zipf = zipf(left, language)
                believed = left_zipf >= common + 1
        elif (left, right) in spaced:
            left_zipf, right_zipf = zipf(left, language), zipf(right, language)
            believed = min(left_zipf, right_zipf) >= common
        elif left_function and right_function:
            believed = True
        elif left_function:
            believed = len(right) >= 3 and (right_zipf := zipf(right, language)) >= (
                common + 0.5 if left in PREFIX_LIKE else common
            )
        elif right_function:
            believed = len(left) >= 3 and (left_zipf := zipf(left, language)) >= common
        elif _is_gerund(left):
            # "takingtablets", "sellingtickets": English writes a gerund and
            # its object apart; the word list knows the compounds it closes up.
            believed = (
                language == "en"
                and len(right) >= 4
                and (left_zipf := zipf(left, language)) >= common + 1
                and (right_zipf := zipf(right, language)) >= common + 0.5
            )
        elif language in ROMANCE_GERUNDS and _is_romance_gerund(left, language):
            # "surtindoefeito", "haciendocaso": the gerund and its object.
            believed = len(right) >= 4 and (right_zipf := zipf(right, language)) >= common + 0.5
        elif _is_plural(left):
            believed = (
                len(right) >= 4
                and (left_zipf := zipf(left, language)) >= common + 1
                and (right_zipf := zipf(right, language)) >= common + 0.5
            )
        else:
            believed = (
                len(word) >= 13 and min(len(left), len(right)) >= 4
                and (right.endswith("s") or left.endswith("ly") or right.endswith("ly"))
                and min((left_zipf := zipf(left, language)), (right_zipf := zipf(right, language))) >= common + 1
            )
        if not believed:
            continue
        score = min(
            zipf(left, language) if left_zipf is None else left_zipf,
            zipf(right, language) if right_zipf is None else right_zipf,
        )
        if score > best_score:
            best, best_score = (left, right), score
    return best


# Productive prefixes of the checked languages: a word they form
# ("ultraprofundas", "superpotencia", "multinazionale", "antivax") is one
# word the list may not know, not two glued, though the prefix is a word of
# its own in the list ("ultra", "super", "contra").  A function word on the
# right ("contrala") is still a seam.
WORD_FORMING_PREFIXES = frozenset(
    """ultra super hiper hyper mega micro multi semi sub anti pre pré pos pós post contra inter extra auto
    neo macro mini maxi pseudo proto poli poly tele vice""".split()
)


def _is_verb_with_enclitics(word: str, language: str) -> bool:
    """Whether ``word`` is one word, a Spanish or Italian verb form with
    pronouns attached ("regarlos", "suponerlos", "mandarmelo"), not words
    glued: whatever split the search would find ("regar los", "su
    ponerlos"), the string before the pronouns is a verb."""
    enclitics = ENCLITICS.get(language)
    if enclitics is None:
        return False
    forms = _spanish_verb_forms if language == "es" else _italian_verb_forms
    for length in range(2, min(MAX_ENCLITICS_LETTERS, len(word) - MIN_VERB_LETTERS) + 1):
        verb, pronouns = word[:-length], word[-length:]
        if pronouns in enclitics and (
            any(zipf(form, language) >= MIN_VERB_FORM_ZIPF for form in forms(verb, pronouns))
            or _is_imperative(verb, pronouns, language)
        ):
            return True
    return False


def _spanish_verb_forms(left: str, right: str) -> Iterator[str]:
    """The other verb forms ``left`` implies if it is an infinitive
    ("regar": "regando"), a gerund ("cuidando": "cuidar"), or, before "se",
    the imperfect subjunctive in -ase/-iese ("influenciase": "influenciar")."""
    irregular = IRREGULAR_GERUNDS["es"]
    if left.endswith(("ar", "er", "ir", "ír")):
        stem, ending = left[:-2], left[-2:]
        if left in irregular.values():
            yield from (gerund for gerund, infinitive in irregular.items() if infinitive == left)
        elif len(stem) >= 2:
            if ending == "ar":
                yield stem + "ando"
            else:
                for changed in {stem, *_raised_vowels(stem)}:
                    # "construir": construyendo, but the u of "seguir" is silent.
                    vowel = changed[-1] in "aeio" or changed.endswith("u") and not changed.endswith(("gu", "qu"))
                    yield changed + ("yendo" if vowel else "iendo")
    elif left in irregular:
        yield irregular[left]
    elif left.endswith(("ando", "iendo", "yendo")):
        stem = left[: -4 if left.endswith("ando") else -5]
        if len(stem) >= 2:
            if left.endswith("ando"):
                yield stem + "ar"
            else:
                for changed in {stem, *_lowered_vowels(stem)}:
                    yield from (changed + "er", changed + "ir", changed + "ír")
    if right == "se" and left.endswith(("a", "ie")) and len(left) >= 4:
        yield from _spanish_verb_forms(left + "r" if left.endswith("a") else left[:-2] + "er", "")
        if left.endswith("ie"):
            yield from _spanish_verb_forms(left[:-2] + "ir", "")


def _italian_verb_forms(left: str, right: str) -> Iterator[str]:
    """The other verb forms ``left`` implies if it is an infinitive without
    its final e ("mandar": "mandando", "far": "facendo"), or a gerund
    ("innaffiando": "innaffiare")."""
    irregular = IRREGULAR_GERUNDS["it"]
    if left.endswith(("ar", "er", "ir")):
        for gerund, infinitive in irregular.items():
            if left.endswith(infinitive):
                yield left[: -len(infinitive)] + gerund
        stem = left[:-2]
        if len(stem) >= 2:
            yield stem + ("ando" if left.endswith("ar") else "endo")
    elif left.endswith(tuple(irregular)):
        yield left  # a gerund, known or not: "soddisfacendo"
    elif left.endswith(("ando", "endo")) and len(left) >= 6:
        stem = left[:-4]
        yield from ((stem + "are",) if left.endswith("ando") else (stem + "ere", stem + "ire"))


def _is_imperative(left: str, right: str, language: str) -> bool:
    """Whether ``left`` is an imperative ("aspetta", "prendi", "guardate")
    whose infinitive is about as common as it is: a noun that is also a
    verb's stem ("volta", "casa") is far commoner than the verb."""
    if right == "si" or len(left) < 4 or left[-1] not in "aei":
        return False
    endings = ("are", "ere", "ire") if language == "it" else ("ar", "er", "ir")
    stems = [left[:-1]]
    if language == "it" and left.endswith(("ate", "ete", "ite", "iamo")):
        stems.append(left[:-3] if left.endswith("e") else left[:-4])
    best = max(zipf(stem + ending, language) for stem in stems for ending in endings)
    return best >= max(MIN_VERB_FORM_ZIPF, zipf(left, language) - MAX_IMPERATIVE_LEAD)


def _raised_vowels(stem: str) -> Iterator[str]:
    """The stem with its last e raised to i or its last o to u, as in the
    gerunds of "pedir" (pidiendo) and "dormir" (durmiendo)."""
    for vowel, raised in (("e", "i"), ("o", "u")):
        at = stem.rfind(vowel)
        if at >= 0:
            yield stem[:at] + raised + stem[at + 1 :]


def _lowered_vowels(stem: str) -> Iterator[str]:
    """The inverse of ``_raised_vowels``: "pid" (pidiendo) -> "ped"."""
    for vowel, lowered in (("i", "e"), ("u", "o")):
        at = stem.rfind(vowel)
        if at >= 0:
            yield stem[:at] + lowered + stem[at + 1 :]


class _WordRule(Rule):
    """What the glued-word rules share: which tokens they look at."""

    def candidates(
        self, document: Document, options: Mapping[str, Any], judge: Callable[[str, str], bool], settings: tuple
    ) -> Iterator[tuple[int, str, str]]:
        """(offset, text, language) of each word-like piece worth checking
        whose word type has a piece ``judge`` (piece, language -> whether it
        may be reported) accepts.

        Each word type is judged once per process (``settings``, the options
        the judge reads, keeps verdicts of other settings apart): an article
        costs two set operations over its types, a judgement of the types
        never met before, and a walk of its tokens only when one of its types
        is wanted (then only the wanted tokens are built)."""
        language = latin_language(document)
        if language not in options["languages"]:
            return
        # The vote names a listed language even for one it does not know
        # (Swahili voted Spanish): then "barabara" (road) would be "bara bara".
        language = fitting_latin_language(document)
        if language not in options["languages"]:
            return
        min_length = options["min-length"]

        def worth_checking(text: str) -> bool:
            if len(text) < min_length:
                return False
            if "-" not in text and "'" not in text and "’" not in text:
                return judge(text, language)  # the token is its one piece (most words)
            return any(judge(piece, language) for _, piece in _pieces(text, min_length))

        verdicts = type_verdicts((self.code, language, min_length, *settings))
        wanted = verdicts.passing(document.token_types, worth_checking)
        if not wanted:
            return
        # The indices of the wanted tokens, found over their texts in C; only
        # those tokens are built.
        indices = itertools.compress(itertools.count(), map(wanted.__contains__, document.token_texts))
        for token in document.tokens_at(indices).values():
            for offset, piece in _pieces(token.text, min_length):
                yield token.start + offset, piece, language


def _pieces(text: str, min_length: int) -> Iterator[tuple[int, str]]:
    """(offset in the token, piece) of a token's pieces worth checking: the
    token itself, or its hyphenated parts without a possessive "'s"."""
    if "-" not in text and "'" not in text and "’" not in text:
        yield 0, text
        return
    offset = 0
    for piece in text.split("-"):
        text = piece.removesuffix("’s").removesuffix("'s")
        if len(text) >= min_length and "’" not in text and "'" not in text:
            yield offset, text
        offset += len(piece) + 1


# A line that reads as the article's prose: PROSE_LINE_WORDS words or more,
# closed as a sentence is (a closing quote or bracket may follow the mark),
# with no link or address in it.  Two words glued in it stay reported even
# where a furniture rule judged the line by its place (UI109: a line after
# the body, between furniture) rather than by what it says: the glue is in
# the text whatever the line is.  A shorter line, or one closed by a link
# ("[Subscribe](/newsletters)"), is the furniture rule's alone.
PROSE_LINE_WORDS = 10
PROSE_LINE_END = compile_cached(r"[.!?…][\"'”’»)]*\s*$")
LINK_OR_ADDRESS = compile_cached(r"\]\(|https?://|www\.|@")


def reads_as_prose(text: str) -> bool:
    """Whether a line reads as the article's prose (above)."""
    return (
        len(text.split()) >= PROSE_LINE_WORDS
        and PROSE_LINE_END.search(text) is not None
        and LINK_OR_ADDRESS.search(text) is None
    )


class GluedWords(_WordRule):
    code = "TX102"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "glued-words"
    fixable = Fixable(Applicability.UNSAFE)  # the split is a word-list guess
    summary = "Flags two or three words run together, as in `securitymatters` or `aproper`."
    why = """
        When a scraper drops a quotation mark or a dash it often drops the
        space beside it, and the words on either side fuse: `on “sovereignty
        and security” matters` becomes `onsovereignty and securitymatters`.
        The fused string is no word of the article's language, but splits
        into common words; the message suggests the split.  Names, brands and
        CamelCase (YouTube, JPMorgan), compounds that are real words
        (bipartisan, nevertheless), surnames and places ending like
        Hartwell or Kingsbury, words formed with a productive prefix
        (ultraprofundas, superfast, multinazionale), and Spanish and Italian
        verbs with their pronouns attached (regarlos, innaffiarle) are left
        alone.  A string
        the word list knows is reported only when it is a pair of function
        words that typing glues, as a preposition before an article
        (`ofthe`, Spanish `dela`) or a pronoun before its verb (`itis`):
        real words made of two function words (heron, thereto, whatnot,
        French parla) are left alone.  A capitalised string is split where
        it opens a sentence on an article glued to a common word
        (`Thegovernment`, Italian `Glistudenti`), unless the article
        writes it again, as it does a name.  In German, a preposition or
        conjunction glued to an article (`mitdem`, `dassdie`, `aufeiner`)
        or a conjunction no word starts with glued to a common word
        (`unddamit`, `oderdoch`) is reported; German's words made of those
        pieces (nachdem, indem, zudem, wieder, beidem, vordem, miteinander)
        are known words and are not; nor is German "über" after a common
        word (`schnellüber`), while darüber and gegenüber are words.  A
        Portuguese, Spanish or Italian gerund ends a word: one glued to the
        next (`surtindoefeito`, `haciendocaso`) is reported when its
        infinitive is known (surtir), not a word ending like one (segundo,
        comando) nor a gerund with its pronouns (prendendosene).  In
        Russian, only a lower-case string made of two very common words is
        reported (`десятьлет`), not one whose left part is a prefix
        (`пронезависимых`); or a known reflexive form ending in -ся or -сь,
        which ends a Russian word, before a known word
        (`устанавливаютсяследователями`); or one of the commonest words
        before a common one (`сейчасустанавливают`), unless it ends in the
        linking vowel of a compound (`малоизвестными`).  In Polish, only
        the conjunction "i" glued to a common word (`iwniosek`), in
        Indonesian only a function word of five letters or more
        (`setelahkalah`), unless the list knows words starting as the
        string does (igrałem, imając); Indonesian suffixes and particles
        (setelahnya, sampaikan) are too short to be a word.  In Hebrew,
        only two common words glued after a letter in its final form,
        which ends a word (`שלהםהחדשה`, `אםכי`); prefixes glued to a word
        (והממשלה, בשנה) are Hebrew's spelling.
        In German, an article, a preposition or a conjunction glued to the
        capitalised noun after it (`fürÄrzte`, `mitÜberstunden`) is
        reported when the noun is a word and the string none (a name
        written so, `derStandard`, is in the lists).  Glued words on a line
        that reads as prose (ten words or more, closed as a sentence is, no
        link) stay reported where a furniture rule judges the line by its
        place (a line after the body).
        Word frequencies come from wordfreq.
        A number glued to the common word after it (`60volunteers`,
        `300personas`, `18mois`) is reported in English, Spanish, French,
        Italian and Portuguese, not units, ordinals or codes (`60kg`, `5G`,
        `3D`, `10am`, `2nd`), a multiplier glued by house style (`£1million`,
        `2mila`), a name the word list knows (`4chan`) or a hashtag.
    """
    example = """
        Xi reiterated his support for Moscow onsovereignty and securitymatters on Wednesday.
        The two countries often vote as a bloc at the United Nationswhere Russia holds a veto.
    """
    use_instead = """
        Xi reiterated his support for Moscow on sovereignty and security matters on Wednesday.
        The two countries often vote as a bloc at the United Nations, where Russia holds a veto.
        Nevertheless, the bipartisan bill passed; JPMorgan and YouTube declined to comment.
        Officials in Kingsbury and Hartwell said #climatestrike trended on www.example.com.
    """
    options = {
        "languages": Option(list, "Article languages (wordfreq codes) to check; others are skipped."),
        "min-length": Option(int, "Shortest string (in letters) to check."),
        "max-known-zipf": Option(float, "A string at least this frequent is a word, not a glued pair."),
        "min-part-zipf": Option(float, "Each part of a split must be at least this frequent."),
        "allow": Option(list, "Strings never reported (compared case-insensitively)."),
    }

    def outlives_verdict(self, finding: Finding, document: Document) -> bool:
        """Glued words on a line of prose outlive a furniture verdict on it (above)."""
        return reads_as_prose(document.line_at(finding.start).text)

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        allowed = {str(word).casefold() for word in options["allow"]}
        seen = None
        suspects = splits = None

        def suspect(text: str, language: str) -> bool:
            nonlocal suspects
            if suspects is None:
                suspects = _type_cache(("TX102", language, options["max-known-zipf"]))
            verdict = suspects.get(text)
            if verdict is None:
                verdict = suspects[text] = self._is_suspect(text, language, options)
            return verdict

        def may_split(text: str, language: str) -> bool:
            # A suspect (most are names) is reported only with a split, which
            # is known per word type unless an article writes apart a pair
            # the search asked about: a type with no split and no such pair
            # has none in any article, and its tokens are never built.
            nonlocal splits
            if not suspect(text, language):
                return False
            if splits is None:
                splits = _type_cache(("TX102.split", language, options["min-part-zipf"]))
            split, pairs = self._split_known(text, language, options, splits)
            return split is not None or bool(pairs)

        number_language = fitting_latin_language(document)
        if number_language in NUMBER_GLUED_LANGUAGES and number_language in options["languages"]:
            yield from _number_glued(document, number_language)
        if "ru" in options["languages"] and document.language is not None and document.language.code == "ru":
            yield from _glued_russian(document, options, allowed)
            return
        if "he" in options["languages"] and document.language is not None and document.language.code == "he":
            yield from _glued_hebrew(document, options, allowed)
            return
        # The fitted language: a Vietnamese article the vote calls Indonesian is neither.
        code = fitting_latin_language(document)
        if code in GLUE_FIRST_WORDS and code in options["languages"]:
            yield from _glued_after_first_word(document, code, options, allowed)
            return
        settings = (options["max-known-zipf"], options["min-part-zipf"])
        for offset, text, language in self.candidates(document, options, may_split, settings):
            if not may_split(text, language):
                continue
            if text.casefold() in allowed or _is_markup_context(document.text, offset, len(text)):
                continue
            seen = seen or _word_use(document)
            suggestion = self._split_in(text, language, options, seen, splits)
            if not suggestion:
                continue
            if _is_opening_split(text, suggestion, language) and not (
                seen.counts[text.casefold()] == 1 and _opens_sentence(document, offset)
            ):
                continue  # "Thegovernment" opens a sentence; elsewhere, or again, it is a name
            # Asked only of a string that splits (a handful of articles): the
            # spans cost about as much as the ML rules, which TX alone need not pay.
            if document.foreign_spans.covers(offset):
                continue  # "todo", "bisher": a word of the other language's clause (ML's to report)
            if seen.counts[text.casefold()] > 1 and not _is_damage_shaped(suggestion.lower().split(), language):
                continue  # a compound the article uses again is its vocabulary (crosscourt, paycuts)
            message = f'glued words "{text}": probably "{suggestion}"'
            yield Finding(offset, offset + len(text), message, suggestion)

    @staticmethod
    def _is_suspect(text: str, language: str, options: Mapping[str, Any]) -> bool:
        """The cheap test first: an unknown string, or a name glued to a
        function word."""
        if text.isascii() and text.isalpha() and (text.islower() or (text[0].isupper() and text[1:].islower())):
            # Most words, a lower-case or a capitalised ASCII word: no capital
            # after a lower-case letter (GLUED_TO_NAME, GLUED_AT_CAPITAL), and
            # LETTERS holds; str methods say so without the three patterns.
            word = text.lower()
        else:
            if GLUED_TO_NAME.match(text):
                return True
            if language in COMPOUNDING and GLUED_AT_CAPITAL.match(text):
                return True  # "minutenlangemApplaus": German starts no noun inside a word
            if language in GLUED_TO_NOUN and GLUED_TO_NOUN[language].match(text):
                return zipf(text.lower(), language) < options["max-known-zipf"]  # "fürÄrzte"
            if not LETTERS.match(text):
                return False  # CamelCase, capitals, digits: names and brands
            word = text.lower()
        # wordfreq's small list (the common list, a dict once loaded) holds
        # its words' frequencies as the large list does (the same values):
        # the large list, read from its file, is asked only of rarer words.
        known = common_zipf(word, language) or zipf(word, language)
        return known < options["max-known-zipf"] or (known < MAX_TYPO_ZIPF and _typo_glue(word, language))

    @classmethod
    def _split_in(
        cls, text: str, language: str, options: Mapping[str, Any], spaced: Container[tuple[str, str]], splits: dict
    ) -> str | None:
        """``_split`` for this article, the word type's work done once per
        process: the split as it is when the article writes none of the pairs
        the search asks about (kept in ``splits`` with those pairs), worked
        out again only for an article that writes one of them apart."""
        split, pairs = cls._split_known(text, language, options, splits)
        if any(pair in spaced for pair in pairs):
            return cls._split(text, language, options, spaced)
        return split

    @classmethod
    def _split_known(
        cls, text: str, language: str, options: Mapping[str, Any], splits: dict
    ) -> tuple[str | None, tuple[tuple[str, str], ...]]:
        """The split of a word type in an article that writes none of the
        pairs the search asks about apart, and those pairs (kept in ``splits``)."""
        known = splits.get(text)
        if known is None:
            asked = _PairsAsked()
            known = splits[text] = (cls._split(text, language, options, asked), tuple(asked.pairs))
        return known

    @staticmethod
    def _split(text: str, language: str, options: Mapping[str, Any], spaced: Container[tuple[str, str]]) -> str | None:
        to_name = GLUED_TO_NAME.match(text)
        if to_name:
            return f"{to_name.group(1)} {to_name.group(2)}" if language == "en" else None
        to_noun = GLUED_TO_NOUN[language].match(text) if language in GLUED_TO_NOUN else None
        if to_noun:
            left, right = to_noun.groups()
            # wordfreq's lists spell ß as ss ("Grüße" as "grüsse"), as its own lookup folds it
            if zipf(right.lower().replace("ß", "ss"), language) >= options["min-part-zipf"]:
                return f"{left} {right}"
        at_capital = GLUED_AT_CAPITAL.match(text)
        if at_capital:
            left, right = at_capital.groups()
            believed = (
                language in COMPOUNDING
                and left.endswith(DECLENSION_ENDINGS)
                # wordfreq's lists spell ß as ss ("grossen"), as its own lookup folds it
                and zipf(left.replace("ß", "ss"), language) >= MIN_INFLECTED_ZIPF
                and zipf(right.lower().replace("ß", "ss"), language) >= options["min-part-zipf"]
            )
            return f"{left} {right}" if believed else None
        word = text.lower()
        if _is_doubled(word):
            return None
        if language in COMPOUNDING and _typo_glue(word, language):
            return _typo_split(text, language)  # "mitdem", "aufeiner": a word list's typo, split as typed
        parts = split_glued(word, language, options, capitalised=text[0].isupper(), spaced=spaced)
        if parts is None and text[0].isupper():
            parts = _opening_split(word, language, options)  # believed only where it opens a sentence
        if parts is None:
            return None
        return " ".join((text[: len(parts[0])],) + parts[1:])


class GluedDoubledWord(_WordRule):
    code = "TX103"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "glued-doubled-word"
    fixable = Fixable(Applicability.SAFE)
    summary = "Flags a word doubled with no space between, as in `werewere`."
    why = """
        Two copies of a word fused together are what a scraper leaves when it
        joins a text node with its own duplicate.  Real words that repeat a
        syllable (murmur, bonbon, couscous) are known to the word list and are
        not reported, nor are words of an article in a language the word
        lists do not know (Swahili "barabara", road), or of another
        language's span; a capitalised one (a nickname) gets no fix.
    """
    example = """
        The Kremlin said relations werewere at an all-time high.
    """
    use_instead = """
        The Kremlin said relations were at an all-time high.
        Guests ate couscous and bonbons to the murmur of the crowd.
    """
    options = {
        "languages": GluedWords.options["languages"],
        "min-length": GluedWords.options["min-length"],
        "max-known-zipf": GluedWords.options["max-known-zipf"],
        "min-part-zipf": GluedWords.options["min-part-zipf"],
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        halves = None

        def doubled_half(text: str, language: str) -> str | None:
            nonlocal halves
            if halves is None:
                halves = _type_cache(("TX103", language, options["max-known-zipf"], options["min-part-zipf"]))
            if text not in halves:
                halves[text] = self._doubled_half(text, language, options)
            return halves[text]

        def wanted(text: str, language: str) -> bool:
            # The shape first: most words are no word written twice, and
            # need neither the word list nor a place in the cache.
            return _is_doubled(text.lower()) and doubled_half(text, language) is not None

        settings = (options["max-known-zipf"], options["min-part-zipf"])
        for offset, text, language in self.candidates(document, options, wanted, settings):
            half = doubled_half(text, language)
            if half is None or document.foreign_spans.covers(offset):
                continue  # "barabara" in a Swahili quotation is a word of its own
            # A capitalised one is often a name or a nickname (Gigi, Bebe,
            # Lulu) the word list misses: reported, but a reader decides.
            fix = None if text[0].isupper() else half
            yield Finding(offset, offset + len(text), f'doubled word glued together "{text}": "{half}"', fix)

    @staticmethod
    def _doubled_half(text: str, language: str, options: Mapping[str, Any]) -> str | None:
        """The word written twice in ``text``, if it is a doubled word."""
        word = text.lower()
        if not _is_doubled(word) or zipf(word, language) >= options["max-known-zipf"]:
            return None
        half = text[: len(text) // 2]
        return half if zipf(half.lower(), language) >= options["min-part-zipf"] else None


# Verdicts by word type, per process: the same strings recur across articles,
# and each verdict depends only on the string, the language and the options.
# Bounded: a cache is emptied when it grows this large.
TYPE_CACHE_LIMIT = 200_000
_TYPE_CACHES: dict[tuple, dict] = {}


# Russian: a lower-case word of RUSSIAN_MIN_LETTERS letters or more that
# the word list does not know, made of two very common words (each of
# RUSSIAN_MIN_PART_ZIPF, a few in 10,000 words, and RUSSIAN_MIN_PART_LETTERS
# letters or more): "десятьлет" (десять лет).  Russian builds words with
# prefixes that are prepositions too ("пронезависимых", "бездорожных",
# "постклассического"): a split whose left part is one is no seam.  Names
# are capitalised and left alone.
RUSSIAN_WORD = compile_cached(r"^[а-яё]+$")
RUSSIAN_MIN_LETTERS = 6
RUSSIAN_MIN_PART_LETTERS = 3
RUSSIAN_MIN_PART_ZIPF = 4.0
# The longest Russian word of RUSSIAN_MIN_PART_ZIPF or more in wordfreq's list
# ("сельскохозяйственных"): a longer part cannot pass, so seams that make one
# are not tried, and a word longer than two such parts is not split at all.
# Without the cap a long run of Cyrillic letters tried every seam, each
# reading the word list for a longer left part (100 KB: over 100 s).
RUSSIAN_MAX_PART_LETTERS = 20
RUSSIAN_PREFIXES = frozenset(
    """без бес вз вне внутри воз вос вы до за из ис меж между над недо не ни об обо от ото пере по под пол
    пост пра пред пре при про раз рас сверх со су через чрез анти архи контр супер ультра экс""".split()
)


# Two more seams, each with a sign that a word ended there:
# * the reflexive ending -ся/-сь closes a Russian word (no word goes on
#   after it), so a known reflexive form of RUSSIAN_REFLEXIVE_LEFT_ZIPF or
#   more, followed by a known word of RUSSIAN_REFLEXIVE_RIGHT_ZIPF or more
#   ("устанавливаются" + "следователями": declined forms are rarer), is two
#   words glued;
# * one of the commonest words (RUSSIAN_COMMON_LEFT_ZIPF: сейчас, когда,
#   нужно) before a common one ("сейчасустанавливают"), unless the left part
#   ends in the linking vowel -о-/-е- of a compound's stem (само-, мало-,
#   много-, высоко-, обще-: "малоизвестными" is one word).
RUSSIAN_REFLEXIVE_ENDS = ("ся", "сь")
RUSSIAN_REFLEXIVE_LEFT_ZIPF = 3.0
RUSSIAN_REFLEXIVE_RIGHT_ZIPF = 2.5
RUSSIAN_COMMON_LEFT_ZIPF = 5.0
RUSSIAN_COMMON_RIGHT_ZIPF = 3.5
RUSSIAN_LINKING_VOWELS = ("о", "е")


def _glued_russian(document: Document, options: Mapping[str, Any], allowed: set[str]) -> Iterator[Finding]:
    """TX102 in a Russian article: two common words glued, split where
    both sides are very common words and the left is no prefix."""
    yield from _split_types(
        document,
        ("TX102.ru", options["max-known-zipf"]),
        lambda text: len(text) >= RUSSIAN_MIN_LETTERS and text not in allowed and RUSSIAN_WORD.match(text) is not None,
        lambda text: _split_russian(text, options["max-known-zipf"]),
    )


# Hebrew writes five letters in a final form at a word's end only (ך ם ן ף
# ץ): one inside a string is where a word ended, and two words glued there
# ("שלהםהחדשה", "אםכי") are told by it.  Hebrew glues its prefixes (ו, ה,
# ב, ל, מ, ש, כ) to the next word on purpose, so nothing else is split: a
# string the lists do not know, holding a final letter before its last,
# where both sides are common words (min-part-zipf) and the right one two
# letters or more.
HEBREW_WORD = compile_cached(r"^\p{Hebrew}+$")
HEBREW_FINAL_LETTERS = "ךםןףץ"
HEBREW_MIN_LETTERS = 4
HEBREW_MIN_RIGHT_LETTERS = 2


def _glued_hebrew(document: Document, options: Mapping[str, Any], allowed: set[str]) -> Iterator[Finding]:
    """TX102 in a Hebrew article: two words glued after a final letter (above)."""
    yield from _split_types(
        document,
        ("TX102.he", options["max-known-zipf"], options["min-part-zipf"]),
        lambda text: (
            len(text) >= HEBREW_MIN_LETTERS
            and text not in allowed
            and any(letter in HEBREW_FINAL_LETTERS for letter in text[:-1])
            and HEBREW_WORD.match(text) is not None
        ),
        lambda text: _split_hebrew(text, options["max-known-zipf"], options["min-part-zipf"]),
    )


def _split_hebrew(word: str, max_known_zipf: float, min_part_zipf: float) -> str | None:
    """The two words glued after a final letter of ``word``, or None."""
    if zipf(word, "he") >= max_known_zipf:
        return None
    for index, letter in enumerate(word[:-HEBREW_MIN_RIGHT_LETTERS], start=1):
        if letter not in HEBREW_FINAL_LETTERS:
            continue
        left, right = word[:index], word[index:]
        if min(zipf(left, "he"), zipf(right, "he")) >= min_part_zipf:
            return f"{left} {right}"
    return None


def _split_types(document: Document, cache_key: tuple, candidate, split, in_foreign_spans: bool = True) -> Iterator[Finding]:
    """TX102's findings where a word type is split by a one-language check:
    each type that is a ``candidate`` split once per process (``split``:
    the two words, or None; remembered under ``cache_key``), then every
    token of a split type reported, unless ``in_foreign_spans`` is false and
    the token lies in another language's clause."""
    splits = _type_cache(cache_key)
    wanted = {}
    for text in document.token_types:
        if not candidate(text):
            continue
        found = splits.get(text)
        if found is None:
            found = splits[text] = split(text) or ""
        if found:
            wanted[text] = found
    if not wanted:
        return
    indices = itertools.compress(itertools.count(), map(wanted.__contains__, document.token_texts))
    for token in document.tokens_at(indices).values():
        if not in_foreign_spans and document.foreign_spans.covers(token.start):
            continue  # "imovie", "ibook": a word of another language's clause
        suggestion = wanted[token.text]
        yield Finding(token.start, token.end, f'glued words "{token.text}": probably "{suggestion}"', suggestion)


def _split_russian(word: str, max_known_zipf: float) -> str | None:
    if len(word) > 2 * RUSSIAN_MAX_PART_LETTERS or zipf(word, "ru") >= max_known_zipf:
        return None
    first = max(RUSSIAN_MIN_PART_LETTERS, len(word) - RUSSIAN_MAX_PART_LETTERS)
    last = min(RUSSIAN_MAX_PART_LETTERS, len(word) - RUSSIAN_MIN_PART_LETTERS)
    for seam in range(first, last + 1):
        left, right = word[:seam], word[seam:]
        if left in RUSSIAN_PREFIXES:
            continue
        left_zipf = zipf(left, "ru")
        if left_zipf < min(RUSSIAN_MIN_PART_ZIPF, RUSSIAN_REFLEXIVE_LEFT_ZIPF):
            continue
        right_zipf = zipf(right, "ru")
        if min(left_zipf, right_zipf) >= RUSSIAN_MIN_PART_ZIPF:
            return f"{left} {right}"
        if left.endswith(RUSSIAN_REFLEXIVE_ENDS) and left_zipf >= RUSSIAN_REFLEXIVE_LEFT_ZIPF and right_zipf >= RUSSIAN_REFLEXIVE_RIGHT_ZIPF:
            return f"{left} {right}"
        if (
            left_zipf >= RUSSIAN_COMMON_LEFT_ZIPF
            and right_zipf >= RUSSIAN_COMMON_RIGHT_ZIPF
            and not left.endswith(RUSSIAN_LINKING_VOWELS)
        ):
            return f"{left} {right}"
    return None


# Languages checked at one seam only: one of a few function words glued
# before a common word.
# * Polish: the conjunction "i" ("iwniosek", i wniosek).  Its other
#   one-letter words (w, z, o, u, a) open countless words as prefixes
#   (wniosek, zrobić, opisać, ukryć, apolityczny), and its compounds and its
#   "nie" written with adjectives are real words a list misses.
# * Indonesian: a function word of five letters or more ("setelahkalah",
#   setelah kalah).  Indonesian builds words with prefixes (me-, ber-, di-,
#   ter-, ke-, se-, pe-) and with suffixes and particles too short to be the
#   right part (-kan, -nya, -lah, -an: "setelahnya", "sampaikan"), never on
#   these words; no word of wordfreq's Indonesian list (zipf 3 or more) is
#   one of them and a word of zipf 3.5.  Shorter ones (dan, ini, itu, ada,
#   pada, dari, bagi) open real words (dana, padam, padat, bagian).
# The right part must be a common word of GLUE_MIN_RIGHT_LETTERS or more
# (GLUE_MIN_RIGHT_ZIPF), and the string's first STEM_OPENING_EXTRA letters
# after the function word must open no word the list knows
# (STEM_OPENING_MIN_ZIPF): Polish "igrałem" (igrać), "igłowych" (igła),
# "imając" (imać) are forms of real i- words the list may lack, while no
# word starts "iwn" (the list's "iwnie", 1.1, is itself a glue).  Of
# wordfreq's Polish strings of zipf below 1.5 made of "i" and a word of zipf
# 3.5 or more (declined forms: "ministrowie" 3.75), the real words (igrał,
# imając, igłowy, igłowa, imała) fail that test; those that pass are glues
# (iwami, imisji) or brands written with a capital (iPlus, iGoogle, iRiver).
GLUE_FIRST_WORDS: Mapping[str, frozenset[str]] = {
    "pl": frozenset(["i"]),
    "id": frozenset(
        """setelah sebelum dengan untuk dalam karena tetapi ketika kepada seperti namun hingga sampai bahwa
        sangat masih belum lebih tidak sudah telah harus""".split()
    ),
}
GLUE_MIN_RIGHT_ZIPF = 3.5
GLUE_MIN_RIGHT_LETTERS = 4
STEM_OPENING_EXTRA = 3
STEM_OPENING_MIN_ZIPF = 1.5
LOWER_WORD = compile_cached(r"^\p{Ll}+$")


@functools.lru_cache(maxsize=None)
def _word_openings(language: str, first: str) -> frozenset[str]:
    """The first letters (``first`` and STEM_OPENING_EXTRA more) of the
    words starting with ``first`` that the list knows at
    STEM_OPENING_MIN_ZIPF or more (read once, for an article that has a
    candidate)."""
    from wordfreq import get_frequency_list  # the list zipf reads, bucketed by centibel

    length = len(first) + STEM_OPENING_EXTRA
    openings = set()
    for bucket, words in enumerate(get_frequency_list(language, "best")):
        if 9 - bucket / 100 < STEM_OPENING_MIN_ZIPF:
            break
        openings.update(word[:length] for word in words if word.startswith(first) and len(word) > len(first))
    return frozenset(openings)


def _split_after_first_word(word: str, language: str, max_known_zipf: float) -> str | None:
    if zipf(word, language) >= max_known_zipf:
        return None
    for first in GLUE_FIRST_WORDS[language]:
        rest = word[len(first) :]
        if (
            word.startswith(first)
            and len(rest) >= GLUE_MIN_RIGHT_LETTERS
            and zipf(rest, language) >= GLUE_MIN_RIGHT_ZIPF
            and word[: len(first) + STEM_OPENING_EXTRA] not in _word_openings(language, first)
        ):
            return f"{first} {rest}"
    return None


def _glued_after_first_word(document: Document, language: str, options: Mapping[str, Any], allowed: set[str]) -> Iterator[Finding]:
    """TX102 in a Polish or Indonesian article: one of GLUE_FIRST_WORDS glued to a common word."""
    firsts = tuple(GLUE_FIRST_WORDS[language])
    yield from _split_types(
        document,
        ("TX102.first-word", language, options["max-known-zipf"]),
        lambda text: len(text) > GLUE_MIN_RIGHT_LETTERS and text.startswith(firsts) and text not in allowed,
        lambda text: LOWER_WORD.match(text) and _split_after_first_word(text, language, options["max-known-zipf"]),
        in_foreign_spans=False,
    )


def _type_cache(key: tuple) -> dict:
    cache = _TYPE_CACHES.setdefault(key, {})
    if len(cache) > TYPE_CACHE_LIMIT:
        cache.clear()
    return cache


def _is_damage_shaped(parts: list[str], language: str) -> bool:
    """Whether a split has the shape of damage even when the string recurs:
    one of the commonest function words at a seam (`aproper` twice is two
    slips), function words on both sides (`hesaid`, `wouldbe`), or a
    possessive that lost its apostrophe (`othersbirthdays`).  Other recurring
    compounds are the article's vocabulary (crosscourt, paycuts, weblogger in
    clean BBC text), even when the article also writes the pair apart: so
    `interestrate` twice is missed, the price of those false alarms."""
    function_words = _function_words(language)
    return (
        parts[0] in SEAM_STARTS
        or parts[-1] in SEAM_STARTS
        or all(part in function_words for part in parts)
        or _is_plural(parts[0])
    )


class _WordUse:
    """How the article uses its words, worked out on first need: how often
    each occurs (case-folded), and which pairs it writes with a space."""

    def __init__(self, document: Document):
        # Held weakly: the document keeps this object in its memo, and a
        # cycle would keep the article's model alive until the cyclic
        # garbage collector ran.
        self._document = weakref.ref(document)
        self._counts: collections.Counter | None = None
        self._lowered: frozenset[str] | None = None
        self._pairs: frozenset | None = None

    @property
    def document(self) -> Document:
        return self._document()

    @property
    def counts(self) -> collections.Counter:
        """Case-folded word -> occurrences."""
        if self._counts is None:
            self._counts = collections.Counter(self.document.folded_tokens)
        return self._counts

    def __contains__(self, pair: tuple[str, str]) -> bool:
        """Whether the article writes ``(word, next word)`` (lower case) with
        a space between.  Most pairs a split asks about hold a word the
        article never uses, which the word types answer without building
        the pairs."""
        if self._lowered is None:
            self._lowered = frozenset(map(str.lower, self.document.token_types))
        left, right = pair
        if left not in self._lowered or right not in self._lowered:
            return False
        if self._pairs is None:
            self._pairs = _spaced_pairs(self.document)
        return pair in self._pairs


class _PairsAsked:
    """An article that writes no pair apart, keeping the pairs a split asked
    about: with every answer no, the split is the same for every article
    that writes none of them apart."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []

    def __contains__(self, pair: tuple[str, str]) -> bool:
        self.pairs.append(pair)
        return False


def _word_use(document: Document) -> _WordUse:
    return document.memo("TX.word_use", _WordUse)


def _spaced_pairs(document: Document) -> frozenset:
    """(word, next word), lower case, of each two neighbours written with a space."""
    # Two neighbours are written with a space when the second starts one
    # past the first's end and that character is a space; every step is
    # a map over a builtin, so the per-token work stays in C.
    text = document.text
    ends = document.token_ends[:-1]
    starts = document.token_starts[1:]
    adjacent = map(operator.eq, starts, map((1).__add__, ends))
    space = map(operator.eq, map(text.__getitem__, ends), itertools.repeat(" "))
    lowered = list(map(str.lower, document.token_texts))
    return frozenset(itertools.compress(zip(lowered, lowered[1:]), map(operator.and_, adjacent, space)))


def _typo_glue(word: str, language: str) -> bool:
    """Whether ``word`` is a pair of function words that typing glues (TYPO_GLUE)."""
    return word in _typo_glued(language)


@functools.lru_cache(maxsize=None)
def _typo_glued(language: str) -> frozenset[str]:
    """Every string TYPO_GLUE's pairs of the language glue into (a few
    hundred): one set read per word type, where trying each place to cut
    it against each pair of sets was a dozen reads and slices a letter.
    A word is a left part and a right part glued exactly when it is one
    of these (no part is empty)."""
    return frozenset(left + right for lefts, rights in TYPO_GLUE.get(language, ()) for left in lefts for right in rights)


def _typo_split(text: str, language: str) -> str | None:
    """The two function words of TYPO_GLUE that ``text`` glues, as "left
    right" in the text's own case ("Mitdem": "Mit dem")."""
    word = text.lower()
    for lefts, rights in TYPO_GLUE.get(language, ()):
        for at in range(1, len(word)):
            if word[:at] in lefts and word[at:] in rights:
                return f"{text[:at]} {text[at:]}"
    return None


def _opening_split(word: str, language: str, options: Mapping[str, Any]) -> tuple[str, str] | None:
    """The split of a capitalised string into an opening determiner and a
    common word ("thegovernment": "the government"), or None; of two
    ("thesevessels": "the sevessels", "these vessels") the commoner word."""
    best, best_score = None, options["min-part-zipf"] + 1
    for left in sorted(OPENING_DETERMINERS.get(language, ())):
        right = word[len(left) :]
        if not word.startswith(left) or len(right) < MIN_OPENING_RIGHT_LETTERS:
            continue
        if (score := zipf(right, language)) >= best_score:
            best, best_score = (left, right), score
    return best


def _is_opening_split(text: str, suggestion: str, language: str) -> bool:
    """Whether the split of ``text`` is an opening one (``_opening_split``):
    the other splits of a capitalised string end in a function word."""
    parts = suggestion.lower().split()
    return (
        text[0].isupper()
        and parts[0] in OPENING_DETERMINERS.get(language, ())
        and parts[-1] not in _function_words(language)
    )


def _opens_sentence(document: Document, offset: int) -> bool:
    """Whether the word at ``offset`` is the first of its sentence (after
    any opening quotation marks or brackets)."""
    sentence = document.sentence_at(offset)
    return sentence is not None and not document.text[sentence.start : offset].strip(SENTENCE_OPENERS)


def _is_doubled(word: str) -> bool:
    half = len(word) // 2
    return len(word) % 2 == 0 and half >= 2 and word[:half] == word[half:]


def _is_markup_context(text: str, offset: int, length: int) -> bool:
    """Hashtags, handles, URLs and e-mail addresses, and a link's target in
    Markdown or a URL's scheme ("[Email](mailto:?subject=…)", "tel:+44…")
    are not prose."""
    start = offset
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = offset + length
    while end < len(text) and not text[end].isspace():
        end += 1
    chunk = text[start:end]
    if text[offset - 2 : offset] == "](" or URL_SCHEME.match(text, offset + length):
        return True
    return chunk[:1] in ("#", "@") or "@" in chunk or "/" in chunk or DOMAIN.search(chunk) is not None


# A URL's scheme ends in a colon with no space after it ("mailto:?", "tel:+44").
URL_SCHEME = compile_cached(r":[^\s\d]")
