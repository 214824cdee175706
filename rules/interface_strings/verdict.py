"""One verdict per line outside the article's body, weighing all the evidence.

The layout rule (UI109) finds the body and judges each line by a few fixed
thresholds.  Its verdict stands; here those judgements become features beside others (a
catalogue or template hit, the line's shape in any script, how common its
words are, where it stands against the body, whether it shares words with
the body, whether the article repeats it, what its neighbours look like), and
a logistic model weighs them to find the lines the rule misses.  The weights are a small table
(``model.json`` beside this file) fitted by
``tests/benchmarks/fit_interface_model.py`` on a training split of labelled
pages; they are applied here in plain Python, so fitting needs numpy and
running does not.
"""
from __future__ import annotations

import collections
import functools
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from newslint import Document
from newslint.language import common_zipf
from newslint.pattern_cache import compile_cached

from ..lexicon import article_language
from .catalogue import PIPE_OR_SEPARATOR, shipped
from .layout import COLONS, OPEN_ENDS
from .layout import finished as finished_sentence
from .shape import is_timestamp
from .structure import COPYRIGHT

if TYPE_CHECKING:  # pragma: no cover
    from .layout import Analysis

# A word this common (Zipf scale) is a stop word for the stop-word density
# jusText uses: prose is dense in them, menus and headlines are not.
STOP_WORD_ZIPF = 5.5
SHORT_WORDS = 4
# As the layout rule's: a shorter line that ends a sentence is a table's entry.
MIN_TEASER_SENTENCE_WORDS = 6
PROSE_WORDS = 12
# A closing line this long is a last paragraph without its full stop.
CLOSING_SENTENCE_WORDS = 8
# A line of lower-case words this short in the head zone is a piece of a
# byline split over lines ("by", "and"), not a link.
BYLINE_PIECE_WORDS = 2
# A word in lower case outside brackets: the line is not a name or a title.
LOWER_CASE_WORD = compile_cached(r"(?:^|\s)\p{Ll}")
BRACKETED = compile_cached(r"\([^)]*\)")

# Each feature, with how a finding names it when it counts for the verdict.
FEATURES = {
    "layout_rule": "outside the body by the layout rule",
    "catalogue": "an interface string",
    "log_words": "",
    "short": "short",
    "no_sentence_end": "no sentence end",
    "prose": "",
    "list_item": "",
    "capitals": "mostly capitals",
    "digits": "mostly digits",
    "no_letters": "no letters",
    "stop_words": "",
    "few_stop_words": "few common words",
    "in_body": "",
    "before_body": "before the body",
    "after_body": "after the body",
    "distance": "far from the body",
    "shares_body": "",
    "shares_nothing": "shares no word with the article",
    "repeated": "repeated in the article",
    "prev_prose": "",
    "next_prose": "",
    "prev_short": "next to short lines",
    "next_short": "next to short lines",
    "between_prose": "between two paragraphs",
    "article_list": "",
    "head_zone": "",
    "interface_words": "in the words of interface strings",
    "near_furniture": "among the page's furniture",
}

FEATURE_POSITIONS = {name: position for position, name in enumerate(FEATURES)}

# A word of the catalogue's strings this long, at least, and less common than
# a stop word, is a word of a page's furniture ("comments", "privacy",
# "subscribe", "copyright"): a page's notices are written in them whatever
# their wording, an article rarely.
INTERFACE_WORD_LETTERS = 4
WORD = compile_cached(r"\p{L}+")


@functools.lru_cache(maxsize=1)
def _interface_vocabulary() -> frozenset[tuple[str, str]]:
    """The (language, word) pairs of the shipped catalogue's strings."""
    vocabulary = set()
    for key, entry in shipped().entries.items():
        for word in WORD.findall(key):
            if len(word) >= INTERFACE_WORD_LETTERS and not _is_stop_word(word, entry.language):
                vocabulary.add((entry.language, word))
    return frozenset(vocabulary)


def _interface_share(words: Sequence[str], code: str) -> float:
    """The share of a line's words (of INTERFACE_WORD_LETTERS letters or
    more) that are words of the catalogue's strings in its language."""
    vocabulary = _interface_vocabulary()
    long_words = [word.casefold() for word in words if len(word) >= INTERFACE_WORD_LETTERS and word.isalpha()]
    if not long_words:
        return 0.0
    return sum((code, word) in vocabulary for word in long_words) / len(long_words)


@functools.lru_cache(maxsize=200_000)
def _is_stop_word(word: str, language: str) -> bool:
    """Whether a word is as common as a stop word: once per word type, as
    the same words recur on every line and in every article."""
    return common_zipf(word.lower(), language) >= STOP_WORD_ZIPF


def features(document: Document, found: "Analysis", indexes: Sequence[int] | None = None) -> list[list[float]]:
    """One row of FEATURES per non-blank line, or per line of ``indexes``
    (the lines the model judges: most of an article is its body, and its
    rows would be computed for nothing)."""
    from .layout import content_words  # layout imports this module's judge
    from .repetition import line_key

    catalogue = shipped()
    language = article_language(document)
    code = language.code if language else "en"
    lines, shapes = found.lines, found.shapes
    keys = [line_key(shape.text) for shape in shapes]
    counts = collections.Counter(keys)
    short = [0 < shape.words <= SHORT_WORDS and not shape.ends_sentence for shape in shapes]
    rows = []
    for index in range(len(lines)) if indexes is None else indexes:
        line, shape = lines[index], shapes[index]
        first, last = document.token_range(line.start, line.end)
        words_here = document.token_texts[first:last]
        common = sum([_is_stop_word(word, code) for word in words_here])
        stop_density = common / len(words_here) if words_here else 0.0
        words = content_words(document, line.start, line.end)
        shared = len(words & found.body_words) / len(words) if words else 0.0
        in_body = found.first <= index <= found.last
        before = index < found.first
        distance = 0 if in_body else (found.first - index if before else index - found.last)
        parts = [part for part in PIPE_OR_SEPARATOR.split(shape.text) if part.strip(" .")]
        hit = catalogue.match(shape.text) is not None or (
            len(parts) >= 2 and all(catalogue.match(part) is not None for part in parts)
        )
        previous = index - 1 if index > 0 else None
        following = index + 1 if index + 1 < len(lines) else None
        rows.append([
            float(index in found.heuristic),
            float(hit),
            math.log1p(shape.words),
            float(0 < shape.words <= SHORT_WORDS),
            float(not shape.ends_sentence),
            float(found.prose[index]),
            float(shape.list_item),
            shape.capitals / shape.letters if shape.letters else 0.0,
            shape.digits / (shape.letters + shape.digits) if shape.letters + shape.digits else 0.0,
            float(not shape.letters),
            stop_density,
            float(shape.words >= 3 and stop_density < 0.15 and not few_common_words_expected(code)),
            float(in_body),
            float(before),
            float(index > found.last),
            math.log1p(distance) / 3.0,
            shared,
            float(bool(words) and not shared and not in_body),
            float(counts[keys[index]] >= 2 and bool(keys[index])),
            float(previous is not None and found.prose[previous]),
            float(following is not None and found.prose[following]),
            float(previous is not None and short[previous]),
            float(following is not None and short[following]),
            float(previous is not None and following is not None and found.prose[previous] and found.prose[following]),
            float(found.article_lines[index]),
            float(found.top <= index < found.first or index == found.headline),
            _interface_share(words_here, code),
            _near_furniture(found, index),
        ])
    return rows


# How many lines on each side of a line count as its neighbours.
NEIGHBOURHOOD = 2


def _near_furniture(found: "Analysis", index: int) -> float:
    """The share of a line's neighbours outside the body (NEIGHBOURHOOD
    lines on each side) that the layout rule takes for furniture: a page's
    furniture comes in runs (a footer's links, a list of other stories), an
    article's lines beside its body do not."""
    around = [
        other
        for other in range(index - NEIGHBOURHOOD, index + NEIGHBOURHOOD + 1)
        if other != index and 0 <= other < len(found.lines) and not found.first <= other <= found.last
    ]
    if not around:
        return 0.0
    return sum(other in found.heuristic for other in around) / len(around)


# Languages whose words are not separated by spaces (Chinese, Japanese), or
# carry their particles and endings (Korean: "사진이", "미디어에"), so that
# a sentence of prose holds few words of the common-word list: there, few
# common words says nothing about a line.
FEW_COMMON_WORDS_EXPECTED = ("zh", "ja", "ko")


def few_common_words_expected(code: str) -> bool:
    return code in FEW_COMMON_WORDS_EXPECTED


class Model:
    def __init__(self, data: dict):
        # The head zone's own table (the same features, other weights): what
        # stands between the headline and the body is mostly the article's
        # (a standfirst, a byline, a caption), so a line there needs other
        # evidence than one beside a footer.
        self.head: Model | None = Model(data["head"]) if "head" in data else None
        # A table names the features it was fitted on: a row holds every
        # feature of FEATURES, and a table fitted before one was added (the
        # head zone's, kept as shipped) reads only its own.
        self.names: list[str] = data["features"]
        self.positions: list[int] = [FEATURE_POSITIONS[name] for name in self.names]
        self.weights: list[float] = data["weights"]
        self.bias: float = data["bias"]
        self.means: list[float] = data["means"]
        self.scales: list[float] = data["scales"]
        self.threshold: float = data["threshold"]

    def contributions(self, row: list[float]) -> list[float]:
        return [
            weight * (row[position] - mean) / scale
            for weight, position, mean, scale in zip(self.weights, self.positions, self.means, self.scales)
        ]

    def score(self, row: list[float]) -> float:
        z = self.bias + sum(self.contributions(row))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


@functools.lru_cache(maxsize=1)
def model() -> Model | None:
    # A path beside this module, not importlib.resources (whose import, with
    # tempfile's and shutil's, costs a start-up more than the read).
    path = Path(__file__).with_name("model.json")
    if not path.is_file():
        return None
    return Model(json.loads(path.read_text(encoding="utf-8")))


def judged(found: "Analysis", index: int) -> bool:
    """Whether the model judges a line.  The body is the article's, and so
    are the things the layout rule recognises as the article's own whatever
    their shape: a table's rows, a list introduced by a colon or about the
    body, the headline and what stands between it and the body, list items,
    and short sentences before the body (a results table's "K Wall (Basildon
    AC)." read as the body's start)."""
    if found.first <= index <= found.last or found.article_lines[index] or index == found.headline:
        return False
    if found.top <= index < found.first:
        return False
    shape = found.shapes[index]
    if index < found.first and shape.ends_sentence and shape.words >= MIN_TEASER_SENTENCE_WORDS and index not in found.heuristic:
        # A paragraph above the body: the article's own prose cut off from
        # it as often as a page's blurb (one sentence a line in translated
        # news), and the line's features do not tell the two apart.
        return False
    if index > found.last and not _ends_a_wrapped_paragraph(found, index):
        # After the body, a short sentence or a list item is the model's to
        # judge too ("Sign up for our newsletter.", "- Privacy policy"): the
        # article's own lists there are article_lines, left out above, and
        # the model weighs what stands around the line (issue 10).
        return True
    return _judged_by_shape(found, index)


def _ends_a_wrapped_paragraph(found: "Analysis", index: int) -> bool:
    """The line just after the body when the body's last line ends no
    sentence: the tail of a paragraph wrapped at a fixed width ("site.")."""
    return index == found.last + 1 and not found.shapes[found.last].ends_sentence


def _judged_by_shape(found: "Analysis", index: int) -> bool:
    shape = found.shapes[index]
    if shape.list_item or (shape.ends_sentence and shape.words < MIN_TEASER_SENTENCE_WORDS):
        return index in found.heuristic
    return True


def head_judged(found: "Analysis", index: int) -> bool:
    """Whether the head zone's table judges a line: one of the article's
    head zone (from its top to its body) above the headline, where a page
    sets a breadcrumb, a related list or a comment link.  Not the headline,
    nor what stands between it and the body (a byline, a date, a
    standfirst), nor what the layout rule knows as the article's."""
    if not found.top <= index < found.first or found.headline is None or index >= found.headline:
        return False
    if found.article_lines[index]:
        return False
    shape = found.shapes[index]
    if shape.words <= BYLINE_PIECE_WORDS and shape.letters and shape.text.islower():
        return False  # a byline's pieces on lines of their own ("by", "and")
    if shape.ends_sentence and shape.words >= MIN_TEASER_SENTENCE_WORDS:
        # A whole sentence: the article's own prose above a line taken for
        # its headline as often as a teaser's blurb (unrelated Chinese
        # sentences were flagged); breadcrumbs and links end no sentence.
        return False
    return _judged_by_shape(found, index)


def judge(document: Document, found: "Analysis") -> list[str | None]:
    """For each non-blank line, None, or what it is and the evidence."""
    fitted = model()
    if fitted is None:  # no fitted table: the layout rule decides alone
        return [_layout_verdict(found, index) for index in range(len(found.lines))]
    verdicts: list[str | None] = []
    indexes = [index for index in range(len(found.lines)) if judged(found, index)]
    head = [index for index in range(len(found.lines)) if head_judged(found, index)] if fitted.head is not None else []
    rows = dict(zip(indexes + head, features(document, found, indexes + head)))
    head_set = set(head)
    for index in range(len(found.lines)):
        row = rows.get(index)
        if row is None:
            # Inside the body the model does not judge (it was fitted on the
            # lines around it); the layout rule's teaser lists stand.
            inside = found.first < index < found.last and index in found.heuristic
            verdicts.append(_layout_verdict(found, index) if inside else None)
            continue
        table = fitted.head if index in head_set else fitted
        score = table.score(row)
        if index in found.heuristic and score < fitted.threshold:
            # The layout rule's verdict stands (a short article's footer, a
            # teaser just past the body); the model adds the lines it misses.
            verdicts.append(f"{_layout_verdict(found, index)[:-1]}; score {score:.2f})")
            continue
        if score < table.threshold:
            verdicts.append(None)
            continue
        named = sorted(
            (
                (contribution, FEATURES[name])
                for contribution, name in zip(table.contributions(row), table.names)
                if contribution > 0 and FEATURES.get(name) and row[FEATURE_POSITIONS[name]]
            ),
            reverse=True,
        )
        evidence = []
        for _, label in named:
            if label not in evidence:
                evidence.append(label)
        where = "before" if index < found.first else "after"
        if index in head_set:
            where = "in the head zone above"
        reasons = ", ".join(evidence[:3]) or "its shape"
        verdicts.append(f"line {where} the article's body (score {score:.2f}: {reasons})")
    _spare_closing_line(found, verdicts)
    _past_copyright_notice(found, verdicts)
    _dated_story_lists(found, verdicts)
    return verdicts


# A title with its date in brackets at its end: "Council drops the ring road
# plan (14 March 2023)", "Hospital opens new wing (May 2, 2022)".
# (Read back from the line's end, not as a pattern from its start, whose
# title tried every place a long line's words could end: the square of
# its length.)
OPENING_BRACKETS = "(（"
CLOSING_BRACKETS = ")）"
DATE_IN_BRACKETS_CHARACTERS = (4, 40)
YEAR = compile_cached(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A match's score in a title ("Saltby 2-1 Penmore"): a results list.
SCORE = compile_cached(r"\d\s*[-–:]\s*\d")
MIN_DATED_TITLE_WORDS = 3
MIN_DATED_TITLES = 3


def _dated_title(text: str) -> bool:
    """A line that is a title and a full date in brackets after it (a day or
    a month and a year: "(3 January 2008)"; a year alone, "(2019)", is a
    work's or a winner's in a list the article makes)."""
    parts = _title_and_bracketed_date(text.strip())
    if parts is None:
        return False
    title, date = parts
    if len(title.split()) < MIN_DATED_TITLE_WORDS or SCORE.search(title):
        return False
    return YEAR.search(date) is not None and is_timestamp(date)


def _title_and_bracketed_date(text: str) -> tuple[str, str] | None:
    """The title and the bracketed text that ends the line (no bracket in
    it, DATE_IN_BRACKETS_CHARACTERS long), or None."""
    if not text.endswith(tuple(CLOSING_BRACKETS)):
        return None
    opening = max(text.rfind(bracket, 0, len(text) - 1) for bracket in OPENING_BRACKETS)
    date = text[opening + 1 : -1]
    shortest, longest = DATE_IN_BRACKETS_CHARACTERS
    if opening < 0 or not shortest <= len(date) <= longest or any(bracket in date for bracket in CLOSING_BRACKETS):
        return None
    title = text[:opening].rstrip()
    return (title, date) if title else None


def _dated_story_lists(found: "Analysis", verdicts: list[str | None]) -> None:
    """A run of MIN_DATED_TITLES lines or more after the body, each a title
    with its date in brackets at its end, is a site's list of its earlier
    stories (an archive of the topic, "more on this story"), even where the
    layout rule takes its rows for a table of the article's own: an
    article's timeline puts its dates first, and its own lists date their
    items by a year alone.  A run the article introduces (a line ending in
    a colon just above it: "Earlier rulings:") is its own, and so are the
    rows of a results list ("Saltby 2-1 Penmore (4 May 2024)")."""
    index = found.last + 1
    while index < len(found.lines):
        end = index
        while end < len(found.lines) and _dated_title(found.shapes[end].text):
            end += 1
        introduced = index > 0 and found.shapes[index - 1].text.rstrip().endswith(COLONS)
        if end - index >= MIN_DATED_TITLES and not introduced:
            for item in range(index, end):
                if verdicts[item] is None:
                    verdicts[item] = "line after the article's body (one of a list of other stories, each dated in brackets)"
        index = end + 1


def _past_copyright_notice(found: "Analysis", verdicts: list[str | None]) -> None:
    """Every line past a copyright notice that follows the body ("© 2024
    Example Media. All rights reserved.", "Copyright 2019 The Daily Post"):
    the notice closes what the site publishes as the article, and what a
    scraper keeps after it is the page's footer (a publisher's address, a
    trade mark notice, a terms line), however it is worded.  On the tune
    sites' pages no article line stands there, nor in any gold text of the
    corpus; the article's own lists and tables past the body are left alone.
    The word alone over a paragraph ("Copyright" over "All photos are
    published under a Creative Commons licence …") is no notice but the
    heading of a section on rights: it names no holder and no year."""
    notice = next(
        (
            index for index in range(found.last + 1, len(found.lines))
            if COPYRIGHT.match(found.shapes[index].text.strip()) and not _rights_heading(found, index)
        ),
        None,
    )
    if notice is None:
        return
    for index in range(notice + 1, len(found.lines)):
        if verdicts[index] is None and not found.article_lines[index] and found.shapes[index].letters:
            verdicts[index] = "line after the article's body (past the page's copyright notice)"


# A bare heading: the word and nothing else ("Copyright", "Copyright:").
RIGHTS_HEADING = compile_cached(r"(?i)^(?:copyright|©)\s*[:：]?$")


def _rights_heading(found: "Analysis", index: int) -> bool:
    """Whether a line is the bare word "Copyright" set as a heading over a
    sentence (a section on the rights to the article's photos: words in
    lower case, as many as a sentence has), not a footer's notice (which
    names its holder or year, on its line or on the next, a short one)."""
    if not RIGHTS_HEADING.match(found.shapes[index].text.strip()) or index + 1 >= len(found.lines):
        return False
    below = found.shapes[index + 1]
    return below.words >= MIN_TEASER_SENTENCE_WORDS and not below.list_item and LOWER_CASE_WORD.search(below.text) is not None


def _spare_closing_line(found: "Analysis", verdicts: list[str | None]) -> None:
    """The text's last line, when nothing between the body and it is
    furniture, and it reads as a paragraph that lost its full stop or as a
    name (a referee under a results table, a title: every word capitalised
    outside brackets) is the article's closing line.  A footer alone there
    is a catalogue string or a credit (UI101, UI104 find those), or an
    instruction in plain words ("Contact the newsroom"); a line that opens
    something (a colon, an ellipsis: "Related stories:") is furniture."""
    last = len(found.lines) - 1
    if last <= found.last or verdicts[last] is None:
        return
    if any(verdicts[index] is not None for index in range(found.last + 1, last)):
        return
    shape = found.shapes[last]
    text = shape.text.rstrip()
    if text.endswith(OPEN_ENDS) or shipped().match(text) is not None:
        return
    name = shape.capitals > 0 and not LOWER_CASE_WORD.search(BRACKETED.sub(" ", text))  # scripts with case only
    whole_sentence = finished_sentence(shape) and shape.words >= MIN_TEASER_SENTENCE_WORDS  # "Ties to be played on 19/20 February."
    if shape.words >= CLOSING_SENTENCE_WORDS or name or whole_sentence:
        verdicts[last] = None


def _layout_verdict(found: "Analysis", index: int) -> str | None:
    kind = found.heuristic.get(index)
    if kind is None:
        return None
    if found.first <= index <= found.last:
        return f"line inside the article's body ({kind})"
    where = "before" if index < found.first else "after"
    return f"line {where} the article's body ({kind})"
