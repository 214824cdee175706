"""OC102's helpers beyond the headline and English-sentence tests in
rules.py: the page's interface lines that are no subheadings, and another
story's first sentence that shares next to nothing with its article while
the article's other sentences share words with one another."""
from __future__ import annotations

import statistics

from newslint.pattern_cache import compile_cached

# A line of the page's interface between the paragraphs: parts set apart by
# a separator the layout draws ("Your forecast › Change location",
# "12 comments · Reply", "Video | 2 min"), or a label in capitals with a
# colon before what it points to ("READ MORE: …", "LEIA TAMBÉM: …").  UI's
# rules judge such a line; counted as one of the article's subheadings, it
# would shield the one teaser of an article that has both (issue 11, trial 22:
# a weather story with a forecast widget's line and another story's
# headline).  A subheading sets no parts apart this way.
INTERFACE_SEPARATOR = compile_cached(r"\s[›·|»▶►•]\s")
CAPITAL_LABEL = compile_cached(r"^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}\s?:\s")


def is_interface_line(text: str) -> bool:
    """Whether a short line between paragraphs is the page's interface
    (separated parts, a label in capitals with a colon), not a subheading."""
    return bool(INTERFACE_SEPARATOR.search(text) or CAPITAL_LABEL.match(text))


# A story's opening sentence often introduces its subject with an indefinite
# article and goes on with the subject's possessive ("A woman in her
# eighties has died…", "An MP has lost his seat…"): the pronoun points to
# the sentence's own subject, not to earlier text.  A subject pronoun ("A
# day later he was released") still leans back.
INDEFINITE_OPENERS = frozenset(("a", "an"))
POSSESSIVES = frozenset(("his", "her", "their"))

# Another story's first sentence told in everyday words, which the static
# score finds close enough to the article, judged by the words it shares
# (cohesion, weighed by the language's frequency list).  A sentence alone
# between paragraphs is reported when it alone shares almost nothing while
# the article's other sentences mostly share something with one another: a
# subject shift, not an article of loosely joined items, whose sentences
# share as little (a digest of briefs, a loosely worded short report).
#
# At most this share of its content weight found elsewhere: one ordinary
# word by chance ("vier", "Samstag"), not a name or a topic word the
# article goes on with.
MAX_SHIFT_COHESION = 0.1
# Content words (stems) at least: a short sentence shares nothing by chance.
MIN_SHIFT_TERMS = 5
# At least this share of the article's other judged sentences shares some
# content word with the rest.
MIN_COHESIVE_SHARE = 0.6
# The static score (OC102's log-odds) a sentence needs at least for its
# sharing nothing to count: far below the threshold the score alone needs
# (4.5 in config.yaml), but not a sentence that is close in meaning and
# only worded apart ("Passengers booked on the morning crossings …" in a
# report on cancelled sailings shares no word and scores about 1).
SHIFT_MIN_SCORE = 2.5
# Judged sentences (of eight words or more) at most in an article where a
# sentence sharing nothing is taken for a shift: a long read or a feature
# moves from subject to subject, and a section's first sentence may share
# no word with what came before; a news report of a few paragraphs keeps to
# one.  (Chosen after the Zyte pages' first run: its four false alarms came
# in articles of 25 to 37 such sentences; the BBC fit half's hits mostly in
# 7 to 24.)
MAX_SHIFT_SENTENCES = 24
# ... and at least this many: with five or six others, "most of them share
# a word" happens by chance, and a short report's sentence shares nothing
# by chance as often ("Engineers worked through the night to restore
# supplies" under a storm's power cuts: trial 23's two short pages).
MIN_SHIFT_SENTENCES = 8
# The article's other judged sentences share at least this much of their
# content weight with the rest, half of them (the median): a report whose
# every line brings its own names and figures (a markets round-up: "ASML
# dropped 4.1% and Infineon lost 3.6%…", then the dollar, then gold) shares
# a tenth of its words at most from line to line, and its one line that
# shares nothing is one more item, not a shift of subject.  (On the BBC
# report half one injected first sentence of 1,057 found before is lost,
# 60.5% -> 60.4%; the Zyte pages are unchanged.)
MIN_OTHERS_MEDIAN_COHESION = 0.15
# Words of the article outside the sentence at least (twice what OC102's
# static test asks, MIN_COMPARED_WORDS): in a report of a hundred-odd words
# a sentence of its own shares no word with the rest by chance as often as
# not ("Opponents argued that shop owners had not been consulted …" under
# a council's vote on cycle lanes).
MIN_SHIFT_WORDS = 200


# A reply, or the want of one, to what the article has told ("The company
# declined to comment on the report.", "The club did not respond to a
# request for comment."): the article's own line however few words it
# shares, never another story's opening.
REPLY = compile_cached(
    r"(?i)\b(?:declined|refused|would not|did not wish) to (?:comment|say|confirm)\b"
    r"|\bdid not (?:respond|reply|return)\b|\bcould not be reached\b|\b(?:not|un)available for comment\b"
    r"|\brequest for comment\b"
)


def is_reply(text: str) -> bool:
    """Whether an English sentence gives a reply, or the want of one, to the article's story."""
    return bool(REPLY.search(text))


# In a text that opens on its lead (no headline over it: its first sentence
# is long enough to be judged), the lead's sentences are never taken for
# another story's: a story's second sentence brings in its names and
# particulars ("Headliners included the rapper …" under a festival's opening
# line), and with no blank lines each stands alone as a paragraph.  Under a
# headline the lead is told apart by the static score.
LEAD_SENTENCES = 2


def _shares_next_to_nothing(item) -> bool:
    """Whether a sentence (its cohesion item) of enough content words shares next to none of them."""
    return item.cohesion <= MAX_SHIFT_COHESION and len(item._terms) >= MIN_SHIFT_TERMS


def shifted_sentences(analysis, candidates: list[int], judged: list[int], counts: list[int]) -> list:
    """The cohesion item (of ``analysis``, by index) of the one sentence among
    ``candidates`` that shares next to nothing with its article, when the
    article's other ``judged`` sentences mostly share some word with the
    rest: the one line where the subject shifts.  Two such candidates or
    more make a loosely worded article, where no one line stands out.
    ``counts``: the words of each sentence."""
    if not MIN_SHIFT_SENTENCES <= len(judged) <= MAX_SHIFT_SENTENCES:
        return []
    if judged[0] == 0:  # the text opens on its lead
        candidates = [index for index in candidates if index not in judged[:LEAD_SENTENCES]]
    items = analysis.sentences
    unlike = [index for index in candidates if _shares_next_to_nothing(items[index])]
    if len(unlike) != 1 or sum(counts) - counts[unlike[0]] < MIN_SHIFT_WORDS:
        return []
    others = [items[other] for other in judged if other != unlike[0] and items[other].weight > 0]
    if not others or sum(1 for other in others if other.cohesion > 0) < MIN_COHESIVE_SHARE * len(others):
        return []
    if statistics.median(other.cohesion for other in others) < MIN_OTHERS_MEDIAN_COHESION:
        return []
    return [items[unlike[0]]]
