"""TX: text integrity.  Words doubled or glued, mojibake, markup debris: damage
done to the characters of an article on its way from the page."""
from newslint.hookspecs import hookimpl

from .characters import InvisibleCharacter
from .doubled_word import DoubledWord
from .glued_words import GluedDoubledWord, GluedWords
from .hyphenation import BrokenHyphenation
from .markup import HtmlEntity, MarkupDebris
from .mojibake import Mojibake
from .punctuation import DoubledPunctuation, MissingSpace
from .repetition import DuplicatedPassage, RepetitionLoop
from .truncation import TruncatedEnding


@hookimpl
def newslint_rules():
    return [
        DoubledWord,
        GluedWords,
        GluedDoubledWord,
        Mojibake,
        HtmlEntity,
        MarkupDebris,
        InvisibleCharacter,
        DoubledPunctuation,
        MissingSpace,
        RepetitionLoop,
        DuplicatedPassage,
        TruncatedEnding,
        BrokenHyphenation,
    ]
