"""Small questions about a line's shape that the UI rules share."""
from __future__ import annotations

from newslint import Line
from newslint.lazy_pattern import LazyPattern
from newslint.pattern_cache import compile_cached

# A row of a table written in Markdown, as extractors write a page's tables:
# "| Year | Storm days | Boats moved |".
MARKDOWN_ROW = compile_cached(r"^\|(?:[^|]+\|){2,}$")


def content(line: Line) -> tuple[int, int, str]:
    """The line's text without surrounding white space, and its offsets."""
    text = line.text.strip()
    start = line.start + (line.text.index(text[0]) if text else 0)
    return start, start + len(text), text


def is_short(text: str, max_words: int) -> bool:
    return 0 < len(text.split()) <= max_words


def markdown_cells(text: str) -> int:
    """How many cells a line has as a row of a Markdown table, 0 when it is not one."""
    text = text.strip()
    return text.count("|") - 1 if MARKDOWN_ROW.match(text) else 0


MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|"
    "oct|october|nov|november|dec|december|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "januar|februar|märz|juni|juli|oktober|dezember|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
)
DAYS = (
    "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday|sun|sunday|"
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    "(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?"
)
# Pieces a timestamp line is made of; what is left after removing them must
# be nothing but punctuation.
TIMESTAMP_PIECE = LazyPattern(compile_cached,
    rf"""(?ix)
    \b(?:{MONTHS}|{DAYS})\b\.?
    | \b\d{{1,4}}(?:st|nd|rd|th)?\b
    | \b\d{{1,2}}[.:]\d{{2}}\b
    | \b(?:posted|updated|last\s+(?:updated|modified|edited|reviewed)|published|first\s+published|modified|created|date|time|on|at|am|pm|
          a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|edt|est|cdt|cst|mdt|mst|pdt|pst|aedt|aest|ist|jst|kst|ago|
          just\s+now|today|yesterday|second|seconds|minute|minutes|min|mins|hour|hours|hr|hrs|day|days|
          week|weeks|month|months|year|years)\b
    | \b(?:publicado|actualizado|publié|mis\s+à\s+jour|veröffentlicht|aktualisiert|uhr|um|atualizado|опубликовано|обновлено|
          el|de|del|a\s+las|le|à|em|às|в|
          发布时间|发布日期|更新时间|发表于|公開日|更新日|投稿日|配信日|기사입력|입력|수정|등록일|승인|نشر\s+في|آخر\s+تحديث)\b
    | hace\s+\d+\s+\w+ | il\s+y\s+a\s+\d+\s+\w+ | vor\s+\d+\s+\w+ | há\s+\d+\s+\w+
    | \d+\s*(?:час\w*|минут\w*|дн\w*)\s+назад | \d+\s*(?:小时前|分钟前|天前|時間前|分前|日前|시간\s*전|분\s*전|일\s*전)
    | \d{{4}}年\d{{1,2}}月\d{{1,2}}日 | \d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?
    """
)
# What makes a line of numbers a timestamp: a clock time, a month or day
# name, a date written with separators, or "ago".
DATE_OR_TIME = LazyPattern(compile_cached,
    rf"(?i)\b\d{{1,2}}:\d{{2}}\b|\b(?:{MONTHS}|{DAYS})\b|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}\b|\bago\b"
    r"|前|전|назад|hace|il y a|vor\s|há\s|年"
)
PUNCTUATION_ONLY = compile_cached(r"^[\s\p{P}\p{S}]*$")
NOW_WORD = compile_cached(r"(?i)\b(?:ago|today|yesterday|just\s+now)\b|前|전|назад|hace|il y a|vor\s|há\s")


def is_timestamp(text: str) -> bool:
    """Whether the line is a timestamp alone: a date, a time, how long ago,
    with the words pages write around them and nothing else."""
    # A day or month name alone ("Sunday", "Mars") is a heading as often
    # as a date: a timestamp has a number or says how long ago.
    dated = any(map(str.isdigit, text)) or NOW_WORD.search(text)
    return bool(dated and DATE_OR_TIME.search(text) and PUNCTUATION_ONLY.match(TIMESTAMP_PIECE.sub(" ", text)))


def only_date_or_time(text: str) -> bool:
    """Whether a line is made of nothing but a date's or a time's pieces
    (numbers, month and day names, clock times, time zones): "2000 GMT",
    "Tuesday, 1 March"."""
    return any(map(str.isdigit, text)) and bool(PUNCTUATION_ONLY.match(TIMESTAMP_PIECE.sub(" ", text)))
