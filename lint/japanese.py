"""Japanese told from Chinese by its kana.

A service of the document model, used by :mod:`newslint.language` (is a
Han-script article Japanese?) and :mod:`newslint.foreign_spans` (which kana
in a Chinese article are a Japanese sentence?).

Chinese writes no kana; Japanese writes some in nearly every sentence.  Of
the real Japanese sentences of ../shared/corpus (6,258), the median holds
62% kana among its Han and kana letters, 1% fewer than 14%, and 17 none;
none of the 1,377 Chinese ones holds a kana letter.  A Chinese article may
still hold a few: a Japanese title (「千と千尋の神隠し」), a shop's name
(茶の町), which are names, or a Japanese sentence, which is not its language.
"""
from __future__ import annotations

import bisect
from typing import Sequence, TypeVar

from .document import CJK_RUN
from .pattern_cache import compile_cached

# The letters of Han and kana, shared with the rules that tell the two apart
# (text_integrity.truncation): one definition, the long-vowel mark included.
HAN = compile_cached(r"\p{Han}")
# Kana, and the long-vowel mark that Unicode gives no script (as language.RUN_ALSO).
KANA = compile_cached(r"[\p{Hiragana}\p{Katakana}ー]")
HAN_OR_KANA = compile_cached(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")
# A sentence, up to its end marks (Japanese and Chinese both write these) or the line's end.
SENTENCE = compile_cached(r"[^。！？!?]+[。！？!?]*")
# What brackets and quotation marks enclose, marks included.
ENCLOSED = compile_cached(r"「[^」]*」|『[^』]*』|《[^》]*》|〈[^〉]*〉|“[^”]*”|\"[^\"]*\"|（[^）]*）|\([^)]*\)")

# A sentence of a Chinese article is Japanese when this share of its Han and
# kana letters are kana (the Japanese sentences' 1st percentile is 0.14) and
# it holds at least JAPANESE_MIN_KANA of them.
JAPANESE_SENTENCE_KANA_SHARE = 0.15
JAPANESE_MIN_KANA = 3
# Outside such a sentence, a run of this many kana or fewer next to a Han
# letter belongs to a name written with them (茶の町, 千と千尋の神隠し).
NAME_KANA = 2
# A Han-script text is Japanese when at least this share of its Han and kana
# letters lie on lines that hold kana (in Japanese, all but the odd headline
# or date line; a Chinese article with one Japanese sentence holds it on one
# line of several).
JAPANESE_LINES_SHARE = 0.5


def kana_lines_hold_most(text: str, letters: int) -> bool:
    """Whether the lines of the text holding kana hold at least
    JAPANESE_LINES_SHARE of its ``letters`` Han and kana letters: only the
    Han of lines without kana are counted (in Japanese, few lines; the
    others are passed by one search each)."""
    without_kana = sum(len(HAN.findall(line)) for line in text.split("\n") if not KANA.search(line))
    return letters - without_kana >= JAPANESE_LINES_SHARE * letters


SpanT = TypeVar("SpanT", bound=tuple)


def japanese_in_chinese(text: str, start: int, end: int, spans: Sequence[SpanT]) -> list[SpanT]:
    """A line's spans in other scripts (from ``start`` to ``end`` of the
    text) in a Chinese article, with its kana read by sentence: a Japanese
    sentence (JAPANESE_SENTENCE_KANA_SHARE) becomes one span over its
    letters, Han included; in any other sentence a short run of kana
    next to a Han letter is part of a name and no span.  ``spans`` are
    :class:`newslint.foreign_spans.Span`, and so are those returned.

    Linear in the line: the kana spans are sorted by start once and each
    sentence finds its own by bisection (a long line of short sentences
    each holding kana once cost sentences times spans)."""
    kana = sorted((span for span in spans if span.script == "Kana"), key=lambda span: span.start)
    if not kana:
        return list(spans)
    kept = [span for span in spans if span.script != "Kana"]
    make = type(kana[0])
    starts = [span.start for span in kana]
    for sentence in SENTENCE.finditer(text, start, end):
        first = bisect.bisect_left(starts, sentence.start())
        inside = kana[first : bisect.bisect_left(starts, sentence.end(), first)]
        if not inside:
            continue
        # A title or name quoted in brackets is the article's (「となりのトトロ」):
        # the sentence is judged without them, and they keep their spans.
        own = ENCLOSED.sub("", sentence.group())
        letters = len(HAN_OR_KANA.findall(own))
        kana_letters = len(KANA.findall(own))
        if kana_letters >= JAPANESE_MIN_KANA and kana_letters >= JAPANESE_SENTENCE_KANA_SHARE * letters:
            runs = list(CJK_RUN.finditer(text, sentence.start(), sentence.end()))
            kept.append(make(runs[0].start(), runs[-1].end(), "Kana", "ja", len(runs)))
            continue
        for span in inside:
            before = text[span.start - 1 : span.start] if span.start > start else ""
            after = text[span.end : span.end + 1] if span.end < end else ""
            if len(KANA.findall(text, span.start, span.end)) <= NAME_KANA and (_han(before) or _han(after)):
                continue  # 茶の町, 千と千尋の神隠し
            kept.append(span)
    return sorted(kept)


def _han(character: str) -> bool:
    return bool(character) and HAN.match(character) is not None
