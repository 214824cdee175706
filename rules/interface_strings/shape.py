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
    # Split no further than one word past the limit: a paragraph is not cut
    # into all its words to learn it has more than a few.  The same answer:
    # with k words, split(None, n) gives the k words when k <= n, else n + 1
    # parts (a negative n splits them all).
    return 0 < len(text.split(None, max_words)) <= max_words


def markdown_cells(text: str) -> int:
    """How many cells a line has as a row of a Markdown table, 0 when it is not one."""
    text = text.strip()
    return text.count("|") - 1 if MARKDOWN_ROW.match(text) else 0


# Month and weekday names of the catalogue's languages, their usual
# abbreviations (not those that are common words of another language: pt
# "out", "set"; it "mag"), and the cases the languages that decline them
# write in a date (pl "11 marca", ru "11 марта": the genitive).
MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|"
    "oct|october|nov|november|dec|december|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ene|abr|dic|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|déc|"
    "januar|februar|märz|juni|juli|oktober|dezember|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|dez|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|giu|lug|ott|"
    "januari|februari|maart|mei|augustus|mrt|"
    "maret|agustus|desember|agu|okt|des|"
    "styczeń|luty|marzec|kwiecień|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
    "جانفي|فيفري|أفريل|ماي|جوان|جويلية|أوت|"
    "जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
)
DAYS = (
    "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thurs|thursday|fri|friday|sat|saturday|sun|sunday|"
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    "(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|"
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    "senin|selasa|rabu|kamis|jumat|sabtu|minggu|"
    "poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|"
    "pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|"
    "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
    "الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|"
    "सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार"
)
# The publication labels of the Nordic languages' pages ("Publicerad 09.14",
# "Oppdatert 11.02"), whose clock time is written with a dot.
NORDIC_LABELS = "publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty"
# Pieces a timestamp line is made of; what is left after removing them must
# be nothing but punctuation.
TIMESTAMP_PIECE = LazyPattern(compile_cached,
    rf"""(?ix)
    \b(?:{MONTHS}|{DAYS})\b\.?
    # How long ago, before a number alone would take its count: "2 часа
    # назад", "5h ago", "3小时前".
    | \d+\s*(?:час\w*|минут\w*|дн\w*)\s+назад | \d+\s*(?:小时前|分钟前|天前|時間前|分前|日前|시간\s*전|분\s*전|일\s*전)
    | \b\d{{1,3}}\s?(?:h|m|d|w|hr|hrs|min|mins)\s+ago\b
    | \b\d{{1,4}}(?:st|nd|rd|th)?\b
    | \b\d{{1,2}}[.:h]\d{{2}}\b
    | \b(?:posted|updated|last\s+(?:updated|modified|edited|reviewed)|published|first\s+published|modified|created|date|time|on|at|am|pm|
          a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|edt|est|cdt|cst|mdt|mst|pdt|pst|aedt|aest|ist|jst|kst|wib|wita|wit|msk|trt|ago|
          just\s+now|today|yesterday|second|seconds|minute|minutes|min|mins|hour|hours|hr|hrs|day|days|
          week|weeks|month|months|year|years)\b
    | \b(?:publicado|actualizado|publié|mis\s+à\s+jour|veröffentlicht|aktualisiert|uhr|um|atualizado|опубликовано|обновлено|
          el|de|del|a\s+las|le|à|em|às|в|
          pubblicato|aggiornato|ore|alle|gepubliceerd|bijgewerkt|om|opublikowano|aktualizacja|zaktualizowano|
          il|yayınlanma|güncelleme|güncellendi|diperbarui|dipublikasikan|pukul|г|
          stand|klo|kl|aujourd'hui|aujourd’hui|hoy|heute|oggi|hoje|сегодня|gestern|ayer|hier|ieri|ontem|вчера|
          最終更新|来源[:：]\s*\S+|公開日時|更新日時|配信日時|投稿日時|掲載日時|
          发布时间|发布日期|更新时间|发表于|公開日|更新日|投稿日|配信日|기사입력|입력|수정|등록일|승인|نشر\s+في|آخر\s+تحديث)\b
    | hace\s+\d+\s+\w+ | il\s+y\s+a\s+\d+\s+\w+ | vor\s+\d+\s+\w+ | há\s+\d+\s+\w+
    | \d+\s*(?:час\w*|минут\w*|дн\w*)\s+назад | \d+\s*(?:小时前|分钟前|天前|時間前|分前|日前|시간\s*전|분\s*전|일\s*전)
    | \d{{4}}年\d{{1,2}}月\d{{1,2}}日 | \d{{1,2}}時\d{{1,2}}分 | \d{{1,2}}时\d{{1,2}}分 | \d{{4}}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?
    | \b(?:{NORDIC_LABELS})\b | (?<=\d[:.])\d{{2}}h\b | (?<=\d\s)(?:h|hs|hrs)\b | (?<=\d\s?)(?:ص|م)(?!\w)
    """
)
# What makes a line of numbers a timestamp: a clock time, a month or day
# name, a date written with separators, or "ago".
DATE_OR_TIME = LazyPattern(compile_cached,
    rf"(?i)\b\d{{1,2}}:\d{{2}}\b|\b(?:{MONTHS}|{DAYS})\b|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}\b|\bago\b"
    r"|前|전|назад|hace|il y a|vor\s|há\s|年"
    r"|\b\d{1,2}:\d{2}h\b"  # "18:05h", as Spanish pages write it
    r"|\b\d{1,2}h\d{2}\b"  # "06h45", as French and Portuguese pages write it
    # A clock time with a dot is a time only after a publication label
    # ("Publicerad 09.14", "Aktualisiert 11.02"); alone it is a number.
    rf"|\b(?:{NORDIC_LABELS}|publicado|actualizado|publié|aktualisiert|veröffentlicht|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|updated|published|posted)\s?:?\s?\d{{1,2}}\.\d{{2}}\b"
)
PUNCTUATION_ONLY = compile_cached(r"^[\s\p{P}\p{S}]*$")
NOW_WORD = compile_cached(r"(?i)\b(?:ago|today|yesterday|just\s+now)\b|前|전|назад|hace|il y a|vor\s|há\s")


# Arabic's short vowels and other marks over its letters ("نُشر"): a label
# is matched without them.
ARABIC_MARKS = compile_cached(r"[\u064B-\u0652\u0670]")


def is_timestamp(text: str) -> bool:
    """Whether the line is a timestamp alone: a date, a time, how long ago,
    with the words pages write around them and nothing else."""
    if ARABIC_MARKS.search(text):
        text = ARABIC_MARKS.sub("", text)
    # A day or month name alone ("Sunday", "Mars") is a heading as often
    # as a date: a timestamp has a number or says how long ago.
    dated = any(map(str.isdigit, text)) or NOW_WORD.search(text)
    # The pieces first: most lines fail them on their first word.
    return bool(dated and _pieces_only(text) and DATE_OR_TIME.search(text))


def only_date_or_time(text: str) -> bool:
    """Whether a line is made of nothing but a date's or a time's pieces
    (numbers, month and day names, clock times, time zones): "2000 GMT",
    "Tuesday, 1 March"."""
    return any(map(str.isdigit, text)) and _pieces_only(text)


# A run of the characters PUNCTUATION_ONLY allows between the pieces.
PUNCTUATION_RUN = compile_cached(r"[\s\p{P}\p{S}]*")


def _pieces_only(text: str) -> bool:
    """Whether nothing but punctuation is left of the line once
    TIMESTAMP_PIECE's matches are removed, as
    ``PUNCTUATION_ONLY.match(TIMESTAMP_PIECE.sub(" ", text))`` says, but
    stopping at the first character that is neither (a sentence's first
    word) instead of scanning a long line to its end.  The same answer:
    every piece begins with a letter or a digit, so the match ``sub`` finds
    first after a run of punctuation begins where the run ends, or later
    and leaves that character behind; ``match`` at that position tries the
    same alternatives in the same order (lookbehinds and ``\\b`` see the
    characters before it)."""
    position, length = 0, len(text)
    while True:
        position = PUNCTUATION_RUN.match(text, position).end()
        if position == length:
            return True
        piece = TIMESTAMP_PIECE.match(text, position)
        if piece is None:
            return False
        position = piece.end()
