"""UI102-UI105: furniture recognised by its shape, with no catalogue:
timestamps and durations, counters, credit lines, separators."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import regex

from newslint import Document, Finding, Line, Rule
from newslint.diagnostic import Applicability, Fixable, FixKind
from newslint.pattern_cache import compile_cached

from .author_note import author_notes
from .catalogue import SEPARATOR, of_document, shipped
from .layout import article_dateline
from .printed_page import journal_head, page_label, running_head
from .reader_view import reader_header
from .shape import ARABIC_MARKS, content, is_timestamp
from .tables import cells, data_table_rows

# A time relative to now ("3 hours ago") is the page's clock, not a dateline.
RELATIVE_TIME = compile_cached(r"(?i)\bago\b|前|전|назад|hace|il y a|vor\s|há\s")
# A line that opens by saying when the page was last updated ("Updated
# 16:42 GMT, 14 November", "Last updated: …", "Aktualisiert am …"): over
# the whole text, the page's clock, as "3 hours ago" is.
UPDATE_LABEL = compile_cached(
    r"(?i)^\W*(?:last\s+)?(?:updated|modified)\b|^\W*(?:zuletzt\s+)?aktualisiert\b|^\W*(?:mis\s+à\s+jour|actualizado|actualizada|atualizado|atualizada"
    r"|aggiornato|aggiornata|ultimo\s+aggiornamento|bijgewerkt|uppdaterad|opdateret|oppdatert|обновлено|оновлено|zaktualizowano|güncellendi|güncelleme|diperbarui|cập nhật)\b"
)

# A publication label of a news page, in the catalogue's languages: a line
# holding one and a clock time ("Published 7 February 2025, 09:41 GMT",
# "2025-03-18 09:30 来源：本报记者") is the page's publication stamp, not
# the article's dateline (the place and date opening the first sentence,
# or a bare date under the headline), wherever it stands.
PUBLICATION_LABEL = compile_cached(
    r"(?i)\b(?:posted|published|updated|last\s+updated|first\s+published|publicad[oa]|actualizad[oa]|atualizad[oa]|publiée?"
    r"|mis\s+à\s+jour|veröffentlicht|aktualisiert|pubblicat[oa]|aggiornat[oa]|gepubliceerd|bijgewerkt|opublikowano|zaktualizowano"
    r"|aktualizacja|опубликовано|обновлено|опубліковано|оновлено|yayınlanma|güncelleme|güncellendi|diperbarui|dipublikasikan"
    r"|diterbitkan|cập\s+nhật|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty|نشر|آخر\s+تحديث"
    r"|stand(?=\s?:?\s?\d))\b"  # German pages' "Stand: 14.03.2026, 08:12 Uhr"
    r"|发布|發布|更新|来源|來源|公開|配信|기사입력|입력|수정"
)
# A clock time: "09:41", "10h12", "15時20分", a dotted "09.14" (not a
# dotted date's "14.11" of "14.11.2025").
CLOCK_TIME = compile_cached(r"(?<![\d.:])\d{1,2}(?::\d{2}|h\d{2}|[時时]\d{1,2}分)(?!\d)|(?<![\d.:])\d{1,2}\.\d{2}(?![\d.])")
# A byline and the page's stamps on one line, split by separators: "Por
# Redação, 14/03/2025 às 10h12", "Redacción Extremadura · Actualizado
# 13/03/2026 - 18:05h", "Von Jonas Brandt | Stand: 14.03.2026, 08:12 Uhr",
# "Posted by Ann Lee · 2h ago · 4 min read", a place between ("Por Ana Ruiz ·
# Bilbao · 14/03/2026 - 08:12 h"), or no separator where the byline's words
# end ("记者 王强 发布时间：2026-03-14 08:12").  The byline is up to
# BYLINE_STAMP_WORDS words with no digit and no sentence's end.
BYLINE_PARTS = compile_cached(r"\s*(?:[|•·]|\s[-–—]\s)\s*")
BYLINE_STAMP_WORDS = 6
# The word that opens a byline (a writer's verb before it or not: "Posted
# by", "Written by"), a name in capitals after it, the paper's possessive
# between or none ("Von unserem Korrespondenten Jens Albrecht"; not an
# article: "By the River Thames" names a place).
BYLINE_WORD = compile_cached(
    r"^\W*(?i:(?:posted|written|words|story|text|reporting|report)\s+by|by|por|par|von|di|door|przez|av|af|від|от)"
    r"\s+(?:(?:our|unserem|unserer|unseren|notre|nos|nuestro|nuestra|nosso|nossa|nostro|nostra|onze)\s+)?\p{Lu}"
)
# A byline in a script without capitals: its label ("بقلم", "كتب:"), or a
# reporter's title and a name ("기자 김민수", "记者 王强").  The words a title
# opens that name no reporter are left out (PRESS_COMPOUNDS): an event
# schedule's "記者会見 14:00", "记者招待会 10:00", "▲기자간담회 14:00" is
# the article's, a press conference at its time.
PRESS_COMPOUNDS = r"会|會|招待|协会|協会|团|團|団|站|节|節|证|證|証|部|室|회견|간담회|협회|단|실|증"
CASELESS_BYLINE = compile_cached(
    r"^\W*(?:(?:بقلم|كتب|كتبت|إعداد|تحرير|تحریر|نویسنده)\s?:?\s?\p{Arabic}"  # Urdu and Persian spell تحریر with ی
    r"|(?:기자|특파원|记者|記者|编辑|作者)\s?(?!" + PRESS_COMPOUNDS + r")[\p{Hangul}\p{Han}]{2,4}$"
    r"|[\p{Hangul}]{2,4}\s?(?:기자|특파원)$)"
)
# A place named between a byline and its stamp ("Bilbao", "São Paulo"):
# capitalised words and the particles of place names.
PLACE = compile_cached(r"^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|de|del|da|do|dos|am|an|upon|sur|en|la|le|di))" + "{0,3}$")
# The catalogue's kinds a part of the row may be besides a stamp ("4 min read").
ROW_KINDS = frozenset({"navigation", "reading_time", "comments"})
SENTENCE_END = compile_cached(r"[.!?。！？](?:\s|$)")


def is_publication_stamp(text: str) -> bool:
    """Whether a timestamp line holds a clock time and a publication label:
    the page's stamp, which no dateline is."""
    return CLOCK_TIME.search(text) is not None and PUBLICATION_LABEL.search(text) is not None


def is_byline(text: str) -> bool:
    """Whether a whole line is a byline (``_byline`` with the shipped catalogue)."""
    return _byline(text.strip(), shipped())


def _byline(text: str, catalogue) -> bool:
    """Whether a part of a line is a byline: a byline's word and a name, a
    caseless script's label or title, or the catalogue's byline."""
    if not 1 <= len(text.split()) <= BYLINE_STAMP_WORDS or any(map(str.isdigit, text)) or SENTENCE_END.search(text):
        return False
    found = BYLINE_WORD.match(text)
    if found is not None:
        return not is_timestamp(text[found.end() - 1:].split()[0] + " 1")  # "Von Montag an", "Por marzo": a date's words, no name
    if CASELESS_BYLINE.match(text):
        return True
    entry = catalogue.match(text) if catalogue is not None else None
    return entry is not None and entry.kind == "bylines"


# A US page's clock as a byline's stamp writes it ("Updated 10:15 p.m. ET"),
# read as the timestamp pieces read "pm".  Alone under a headline such a
# stamp is the article's dateline to Dragnet's gold ("Updated July 23,
# 2012, 10:49 p.m. ET"), so the shared pieces leave it; after a byline it
# is the page's.
US_CLOCK = compile_cached(r"(?i)\b([ap])\.\s?m\.|\s(?:et|pt|ct|mt)\b")


def _us_clock(found) -> str:
    return f"{found.group(1)}m" if found.group(1) else ""


def _stamp_or_row_part(text: str, catalogue) -> str | None:
    """What a part after the byline is: "stamp" (a clock time, how long
    ago, or a publication label with its date), "date", "other" (a place, a
    reading time, a counter), or None when it is none of them.  A part with
    a comma may be a place and a stamp ("São Paulo, 14/03/2026 às 08h12")."""
    if US_CLOCK.search(text):
        text = US_CLOCK.sub(_us_clock, text)
    if is_timestamp(text):
        if CLOCK_TIME.search(text) or RELATIVE_TIME.search(text) or PUBLICATION_LABEL.search(text):
            return "stamp"
        return "date"
    if PLACE.match(text) or COUNTER.match(text):
        return "other"
    entry = catalogue.match(text) if catalogue is not None else None
    if entry is not None and entry.kind in ROW_KINDS:
        return "other"
    if "," in text:
        head, rest = text.split(",", 1)
        first, second = _stamp_or_row_part(head.strip(), catalogue), _stamp_or_row_part(rest.strip(), catalogue)
        if first is not None and second is not None:
            return "stamp" if "stamp" in (first, second) else "date" if "date" in (first, second) else "other"
    return None


def _after_byline(text: str, catalogue) -> str | None:
    """What follows the byline that opens ``text`` (a row's first part),
    "" when the part is the byline alone, or None when it opens with none:
    the byline up to a comma ("Por Redação, 14/03/2025 às 10h12"), or up to
    where a stamp begins ("记者 王强 发布时间：…")."""
    if _byline(text, catalogue):
        return ""
    if "," in text:
        head, rest = text.split(",", 1)
        if _byline(head.strip(), catalogue):
            return rest.strip()
    words = text.split()
    for count in range(1, min(len(words) - 1, BYLINE_STAMP_WORDS) + 1):
        if any(map(str.isdigit, words[count - 1])):
            break
        rest = " ".join(words[count:])
        if is_timestamp(rest) and _byline(" ".join(words[:count]), catalogue):
            return rest
    return None


def _place_and_desk(text: str, catalogue) -> bool:
    """Whether a row's first part is a place and the desk or bureau that
    filed ("New Delhi, Harbour News Bureau", "Westhaven, Courier Desk"):
    a place, a comma, then a place or a byline."""
    if "," not in text:
        return False
    place, desk = (part.strip() for part in text.split(",", 1))
    return PLACE.match(place) is not None and (PLACE.match(desk) is not None or _byline(desk, catalogue))


def _byline_stamp(text: str, catalogue) -> bool:
    """Whether the line is a byline and the page's stamp: a byline, then
    parts each a stamp, a date, a place, a reading time or a counter, one
    of them at least a stamp (a clock time, how long ago, a publication
    label); or a name and a stamp opened by its label ("Redacción
    Extremadura · Actualizado 13/03/2026 - 18:05h")."""
    if not any(map(str.isdigit, text)) and RELATIVE_TIME.search(text) is None:
        return False
    if ARABIC_MARKS.search(text):
        text = ARABIC_MARKS.sub("", text)  # "نُشر" is the label "نشر"
    parts = [part for part in BYLINE_PARTS.split(text.strip(" \t.")) if part]
    rest = _after_byline(parts[0], catalogue) if parts else None
    if rest is None:
        # A capitalised name with no byline's word: the stamp's label must say what follows.
        if len(parts) < 2 or not parts[0][:1].isupper() or PLACE.match(parts[0]) is None and not _byline(parts[0], catalogue) and not _place_and_desk(parts[0], catalogue):
            return False
        if len(parts[0].split()) > BYLINE_STAMP_WORDS or PUBLICATION_LABEL.match(parts[1]) is None:
            return False
        rest = ""
    kinds = [_stamp_or_row_part(part, catalogue) for part in ([rest] if rest else []) + parts[1:]]
    return bool(kinds) and None not in kinds and "stamp" in kinds


# A player's duration at the end of a caption: "… in Ukraine (March, 2022) 02:54"
# (not a time the sentence gives: "kicked off at 19:45").
TRAILING_DURATION = compile_cached(
    r"(?<![.!?,;:]\s*)(?<!\b(?i:at|from|until|till|by|before|after|to|and|or|between|à|a\s+las|a\s+la|às|as|um|ab|bis|в|до|с|dès|vers|desde|hasta|até|et|y|und|e|и)\s*)"
    r"\s(\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)
COUNTER = compile_cached(
    r"""(?ix)^(?:
      \d[\d,.]*\s*[km]?\s*(?:comments?|replies|reply|shares?|likes?|views?|reads?|votes?|retweets?|reactions?|
        comentarios?|commentaires?|kommentare?|comentários?|комментари\w*|просмотр\w*)
    | (?:comments?|replies|shares?|likes?|views?|comentarios|commentaires|kommentare|comentários|комментарии|
        评论|コメント|댓글|التعليقات|
        # a page's view counter under its label: "Просмотров: 3 412", "Aufrufe: 1.204", "阅读：3412"
        reads?|visitas|vistas|lectures|aufrufe|visualizações|visualizzazioni|weergaven|wyświetle\w*|görüntülenme|
        просмотр\w*|переглядів|阅读|閱讀|浏览|瀏覽|閲覧数|조회수?|المشاهدات|مشاهدات)
      \s*[:(（：]?\s*\d(?:[\d,.]|\s(?=\d{3}\b))*\s*[km]?\s*[)）]?
      # The counter word of a CJK page's count, and its badge's number before
      # the label ("コメント24件", "10 コメント10件", "评论 12条", "댓글 3개").
    | (?:\d[\d,]*\s*)?(?:评论|評論|コメント|댓글)\s*[:：]?\s*\d[\d,]*\s*(?:件|条|條|个|個|개|건)
    | (?:page\s+)?\d+\s+(?:of|/)\s+\d+
    | \d{1,4}
    | (?:\d+\s+){2,}(?:next|more|»|›|>)?
    )$"""
)
# A post's reaction counts as a messenger or a social page writes them under
# it: two emoji or more, each with its count, and nothing else ("👍 348 👎 97
# 💬 212", "❤️ 1,2K 🔥 310", or the count first: "348 👍 97 👎").  One emoji
# with a number is a rating or a score ("⭐ 4.5"), and stays clean.
REACTION = r"[\p{So}\p{Sk}][\p{So}\p{Sk}\p{M}\uFE0F\u200D]{0,6}"
REACTION_COUNT = r"\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}\b))*(?:\s?[kmкм]|\s?тыс\.?)?"  # "1 204", "1,2K"
MIN_REACTIONS = 2
MAX_REACTIONS_LINE = 120
# A medal table's or a match's tally is written with emoji too ("🥇 3 🥈 2 🥉 1"):
# the article's figures, not a post's reactions.
MEDALS = frozenset("🥇🥈🥉🏅🏆⚽🏀🏈⚾🎾🏐🏉🏒")
REACTIONS = compile_cached(
    rf"^(?:(?:{REACTION}\s?{REACTION_COUNT}\s*){{{MIN_REACTIONS},12}}|(?:{REACTION_COUNT}\s?{REACTION}\s*){{{MIN_REACTIONS},12}})$",
    regex.IGNORECASE,
)
# A pager's page as an extractor writes its links as a list ("- 1", "- 2").
PAGER_ITEM = compile_cached(r"^\d{1,3}$")
# A gallery's "13/50" before a caption.
GALLERY_COUNTER = compile_cached(r"^(\d{1,3})/(\d{1,3})(?=\s+\S)")
# Fractions that are not a place in a gallery: a date ("9/11") and the
# "24/7" kind where the first number is larger.
NOT_GALLERY = frozenset({(9, 11)})
MIN_GALLERY_SIZE = 4


def _is_gallery_position(position: int, size: int) -> bool:
    return 1 <= position < size and size >= MIN_GALLERY_SIZE and (position, size) not in NOT_GALLERY


# A byline may end in its date and time after a separator ("By Helen Marsh,
# Health Correspondent · 14 February 2026, 07:42 GMT"): a digit in it, so
# that a menu's next item is not read as one.
# What may stand before a byline's "by": the kind of piece or of work it
# credits ("Written by", "Words and pictures by", "Opinion by", "Live
# reporting by", "Escrito por", "Propos recueillis par").  The name after
# it must still open in capitals: "Written by a committee, …" is prose.
CREDITED_WORK = (
    r"(?i:(?:written|words|text|story|reviewed|opinion|analysis|commentary|column|interview|interviewed|"
    r"(?:live\s+)?(?:reporting|coverage|updates)|reported|compiled|produced|photographs?|photos?|pictures|"
    r"illustrations?|illustrated|graphics|video|escrito|redactado|texto|entrevista|reportaje|crónica|fotos?|"
    r"écrit|texte|reportage|propos\s+recueillis|geschrieben|reportagem|scritto|testo|geschreven|tekst)"
    r"(?:\s+(?:and|&|y|et|und|e|en)\s+(?:pictures|photos|photographs|fotos|photos|bilder|foto))?\s+)?"
)
CREDIT = compile_cached(
    r"""(?x)^(?:
      """ + CREDITED_WORK + r"""(?:(?i:by|por|par|von|de|door|af|av)|di|przez)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|del|der|le|la|bin|al))
        {0,4}(?:\s*(?:,|and|&|y|et|und)\s*[\p{L}'’., -]{0,80})?
        (?:\s+(?i:on|at|updated|published|posted)\s+[\p{L}\p{N} ,:./-]{3,40})?
        (?:\s*[·•|]\s*(?=[\p{L}\p{N} ,:./-]{0,40}\d)[\p{L}\p{N} ,:./-]{3,40})?
    | (?i:photo|photograph|picture|pictures|image|images|credit|source|foto|bild|quelle|crédit|фото)\s*(?:credit\s*)?[:/]\s*.{1,80}
    | \(?(?:AP|AFP|Reuters|EPA|Getty|Xinhua|Yonhap|Bloomberg|PA|dpa)(?:\s+Photo)?(?:\s*/\s*[\p{L}'’. -]{1,60})?\)?
    | \p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*[|·•]\s*(?i:redazione|redacción|rédaction|redaktion|redação|redacção|redactie|redakcja|редакция|redaksi)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}
    | (?i:\(reporting\s+by\s+[^)]{2,200}\))
    | (?i:(?:reporting|additional\s+reporting|writing|editing)\s+by\s+.{2,150})
    )$"""
)
# "All rights reserved" in the catalogue's languages and its neighbours'
# ("Wszelkie prawa zastrzeżone © Kurier Krakowski").
RIGHTS_RESERVED = (
    r"all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|"
    r"todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|"
    r"все права защищены|усі права захищені|всі права захищені|tüm hakları saklıdır|hak cipta dilindungi(?:\s+undang-undang)?|"
    r"všechna práva vyhrazena|minden jog fenntartva|toate drepturile rezervate|med ensamrätt|alle rettigheder forbeholdes|"
    r"kaikki oikeudet pidätetään|με επιφύλαξη παντός δικαιώματος|جميع الحقوق محفوظة|כל הזכויות שמורות|版权所有|版權所有|無断転載(?:を)?禁(?:止|じます)"
)
# "Copyright" opens a notice when a sign, a year or a name follows it, not a
# word in lower case ("Copyright lawyers were called in the next morning").
COPYRIGHT_OPENING = r"^(?:©|\(c\)|copyright\b(?!(?-i:\s+\p{Ll}))).{0,160}$"
RESERVED_LINE = r"^.{0,120}(?:\b|(?<=\p{Han}))(?:" + RIGHTS_RESERVED + r")(?:\b|(?=\p{Han})|$).{0,40}$"
COPYRIGHT = compile_cached(r"(?i)" + COPYRIGHT_OPENING + "|" + RESERVED_LINE)
# COPYRIGHT's two halves apart, and the reservation alone, searched for
# anywhere: is_copyright asks the long half only of a line that holds one.
COPYRIGHT_OPENING_MATCH = compile_cached(r"(?i)" + COPYRIGHT_OPENING)
RESERVED_LINE_MATCH = compile_cached(r"(?i)" + RESERVED_LINE)
RIGHTS_RESERVED_ANYWHERE = compile_cached(r"(?i)(?:" + RIGHTS_RESERVED + ")")


def is_copyright(text: str) -> bool:
    """``COPYRIGHT.match(text) is not None``, cheaper: a match of the whole
    is a match of one of its two halves, and the second half holds the
    reservation, so a line where RIGHTS_RESERVED_ANYWHERE finds none (most
    lines) skips the half that tries the phrases after each of its first
    120 characters."""
    if COPYRIGHT_OPENING_MATCH.match(text) is not None:
        return True
    return RIGHTS_RESERVED_ANYWHERE.search(text) is not None and RESERVED_LINE_MATCH.match(text) is not None
# A line of separators alone: pipes and the like, spaced or not (a layout
# table's empty row as an extractor writes it: "| | |"); a rule of three
# hyphens or more, or of two dashes or more when one is an en or em dash
# ("————", "—-"); a dash alone (a list's marker with no item).  Not `* * *`
# or `# # #`, the section breaks writers use on purpose, nor a Markdown
# table's "|---|---|" under its header.
SEPARATOR_LINE = compile_cached(
    r"^\s*(?:[|/\\>»•·](?:\s*[|/\\>»•·])*|[-_=~]{3,}|[-_=~]\s*(?:[-_=~]\s*){2,}"
    r"|[-_=~—–]*[—–][-_=~—–]*|-|--|[-•]\s+[-+])\s*$"
)


# A Chinese, Japanese or Korean page's stamp on a line of its own: a date
# with its year (or a Yahoo-style "3/14(金)" with its weekday) and a clock
# time, with the labels, the outlet, the reporter and the source such pages
# set beside it.  These articles give their own date in the first sentence
# ("14日午前7時ごろ", "지난 5일"), never as a line with a clock time, so the
# dateline a Latin page's gold keeps under its headline is not spared here;
# a date alone ("2025年3月14日") still is.
CJK_WEEKDAY = r"(?:\s?[(（](?:[月火水木金土日]|星期[一二三四五六日天]|週[一二三四五六日]|[一二三四五六日天]|[월화수목금토일])[)）])"
CJK_DATE = (
    r"(?:\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{1,2}\.?)" + CJK_WEEKDAY + "?"
    + r"|\d{1,2}/\d{1,2}" + CJK_WEEKDAY
)
CJK_CLOCK = r"(?:午前|午後|上午|下午|오전|오후)?\s?\d{1,2}(?::\d{2}(?::\d{2})?|\s?[時时]\s?\d{1,2}\s?分)"
CJK_STAMP = rf"(?:{CJK_DATE})\s?{CJK_CLOCK}"
# The labels a stamp carries, before it or after it.
CJK_STAMP_LABEL = (
    r"(?:最終更新|更新日時|配信日時|公開日時|更新|配信|公開|掲載|発表|投稿"
    r"|发布时间|發布時間|发布日期|发布于|發布於|更新时间|更新時間|发布|發布|时间|時間"
    r"|기사\s?입력|최종\s?수정|입력|수정|승인|등록|업데이트|발행|게재)"
)
# What a Chinese page sets after its stamp: the source and the writer
# under their labels ("来源：东海晨报 作者：林佳"), the outlet's name alone
# ("南海快讯网"), a reporter and where the report was filed from
# ("記者陳冠宇／嘉義報導").
ZH_STAMP_PART = (
    r"(?:(?:来源|來源|稿源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯)\s?[:：]\s?[^\s，,。；;]{1,20}"
    r"|[\p{Han}A-Za-z]{1,12}(?:网|網|报|報|新闻|新聞|快讯|快訊|电视台|電視台|频道|頻道|客户端|日报|日報)"
    r"|(?:记者|記者)\s?\p{Han}{2,4}(?:[、，,]\p{Han}{2,4}){0,3}\s?[／/]\s?\p{Han}{2,8}(?:報導|报道|電|电))"
)
# What a Korean page sets around its stamp: the outlet or the reporter
# before it ("누리일보 입력 …", "최유나 기자 등록 …"), the comment count
# and the link to the original after it ("댓글 0", "기사원문").
KO_STAMP_WHO = r"(?:[\p{Hangul}A-Za-z0-9]{2,12}(?:\s[\p{Hangul}]{2,4}\s?(?:기자|특파원))?|[\p{Hangul}]{2,4}\s?(?:기자|특파원))"
KO_STAMP_AFTER = r"(?:댓글\s?\d{1,5}|조회\s?\d{1,7}|기사원문)"
CJK_PAGE_STAMP = compile_cached(
    rf"^(?:{CJK_STAMP_LABEL}\s?[:：]?\s?)?{CJK_STAMP}(?:\s?{CJK_STAMP_LABEL})?$"
    rf"|^(?:{CJK_STAMP_LABEL}\s?[:：]?\s?)?(?:{CJK_DATE})(?:\s?{CJK_CLOCK})?(?:\s+{ZH_STAMP_PART}){{1,3}}$"
    rf"|^(?:{KO_STAMP_WHO}\s?)?(?:{CJK_STAMP_LABEL}\s?:?\s?(?:{CJK_DATE})(?:\s?{CJK_CLOCK})?\s?){{1,3}}(?:\s?{KO_STAMP_AFTER})*$"
)
# Characters a CJK page stamp holds one of at least: a cheap test first.
CJK_STAMP_GATE = compile_cached(r"[\p{Han}\p{Hangul}]")


def is_cjk_page_stamp(text: str) -> bool:
    """Whether a line is a Chinese, Japanese or Korean page's stamp
    (CJK_PAGE_STAMP): "3/14(金) 9:05配信", "2025年3月14日 18時20分",
    "2025-03-14 09:12 来源：东海晨报", "누리일보 입력 2025. 3. 14. 08:40"."""
    return any(map(str.isdigit, text)) and CJK_STAMP_GATE.search(text) is not None and CJK_PAGE_STAMP.match(text.strip()) is not None


# The longest line read as a timestamp, and as a byline with its stamps.
MAX_TIMESTAMP = 80
MAX_BYLINE_STAMP = 120


class Timestamp(Rule):
    code = "UI102"
    name = "timestamp-line"
    judges_whole_lines = True  # furniture: once a line is judged, what lies inside it is noise
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE_LINES)  # a real line read as furniture would go
    summary = "Flags a line that is only a date, time or duration, a row of page metadata holding one, and a player's duration after a caption."
    why = """
        "Posted January 16 2008 at 04:09 PM", "Updated 10:42 GMT", "3 hours
        ago" and a video's "02:54" are the page's metadata and player, not the
        article; so is a row of such metadata ("Updated 5 minutes ago | 3
        min read | 12 comments").  A dateline that opens a paragraph ("ROTTERDAM, Jan 5 —"), a
        time in a sentence, and a date or time standing between the headline
        and the body (the article's own dateline, which gold texts keep;
        not "3 hours ago" or an update stamp over the whole text, the page's clock, nor a
        publication stamp, a clock time with its label or a byline
        ("Published 7 February 2025, 09:41 GMT", "Por Redação, 14/03/2025
        às 10h12", with a place, a time ago or a reading time among its
        parts: "Von Jonas Brandt | Stand: 14.03.2026, 08:12 Uhr", "Posted
        by Ann Lee · 2h ago · 4 min read", "记者 王强 发布时间：2026-03-14
        08:12", a place and the desk that filed before the stamp, "New
        Delhi, Harbour News Bureau | Updated : 19 November 2019, 09:01
        AM"; not "Von Montag an, 08:12 Uhr", a date's words after the
        byline's word), nor a date over the headline
        under a section's label, "LOCAL NEWS") stay clean; so do a live
        blog's entry times, each alone over the entry's prose and each later
        than the last, the times of a list of results in the order of a
        ranking ("1. Daniel Kiptoo (Kenya) 2:05:41"; two items are enough
        when they are numbered from 1: "1. Mia Lund (SWE) 2:31:07" over "2.
        Ana Ruiz (ESP) 2:33:40"), or on one line ("Men:
        1 Ann Roe 2:09:41; 2 Eve Poe 2:11:20; 3 …"), and a month or a date
        naming a row of the article's table of figures ("| July | 64% | 85% |").
        A browser reader view's reading time among the text's first lines
        under its headline ("8–10 minutes", "5–6 minutos"; reader_view.py)
        is the page's too; not a label's value ("Cooking time:" over "8–10
        minutes").
        A Chinese, Japanese or Korean page's stamp is reported wherever it
        stands, under the headline too (those articles date themselves in
        their first sentence): a date with its year, or "3/14(金)", and a
        clock time, with its labels, its source, writer or outlet ("3/14(金)
        9:05配信", "2025-03-13 16:45 南海快讯网", "누리일보 입력 2025. 3. 14.
        08:40"); a date alone ("2025年3月14日") and one in a sentence are not.
    """
    example = """
        Posted January 16 2008 at 04:09 PM
        China refusing to condemn Russia's actions in Ukraine 02:54
        Updated 3 hours ago
        Updated 5 minutes ago | 3 min read
        3/14(金) 9:05配信
    """
    use_instead = """
        ROTTERDAM, Jan 5 — The strike ended at 10:42 on Tuesday, the union said.
        The match kicked off at 19:45 GMT in front of 40,000 fans.
        2025年3月14日の午前9時ごろ、市内の交差点で事故があった。
    """

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        start, end, text = content(line)
        if not text or len(text) > MAX_BYLINE_STAMP:
            return
        if len(text) > MAX_TIMESTAMP:
            if _byline_stamp(text, of_document(document)):  # a byline, a place and two stamps take more
                yield Finding(start, end, f'byline and publication stamp left in the text: "{text}"')
            return
        if _in_table_of_figures(line, document):
            return  # "| July | 64% | 85% |": a month heading a row of the article's figures
        if reader_header(document).get(line.number) == "reading time":
            yield Finding(start, end, f'reader view\'s reading time left in the text: "{text}"')
            return
        if is_cjk_page_stamp(text):
            yield Finding(start, end, f'publication stamp left in the text: "{text}"')
            return
        if is_timestamp(text):
            # A comma leaves the line a sentence's opening ("On Tuesday,").
            if COUNTER.match(text) is None and not text.endswith(",") and not _is_dateline(text, line, document):
                if line.number not in live_blog_times(document):
                    yield Finding(start, end, f'timestamp left in the text: "{text}"')
            return
        if _byline_stamp(text, of_document(document)):
            yield Finding(start, end, f'byline and publication stamp left in the text: "{text}"')
            return
        if _is_metadata_row(text, of_document(document)) and not _is_dateline(text, line, document):
            yield Finding(start, end, f'timestamp and page metadata left in the text: "{text}"')
            return
        duration = TRAILING_DURATION.search(text)
        if duration and len(text.split()) <= 25 and line.number not in result_lines(document) and not _results_in_line(text):
            offset = start + duration.start(1)
            yield Finding(offset, offset + len(duration.group(1)), f'video duration "{duration.group(1)}" after a caption')



def _in_table_of_figures(line: Line, document: Document) -> bool:
    """Whether the line is a row of one of the article's tables of figures
    or runs of results, where a date or a month names the row."""
    if cells(line.text) is None:
        return False  # no cells: no row (most lines; the tables are not worked out)
    index = document.content_index.get(line.number)
    return index is not None and index in data_table_rows(document)

# A live blog's entry opens with its time alone on a line ("08:05", "8.21am",
# "14:02 GMT"), the entry's prose under it.
ENTRY_TIME = compile_cached(
    r"(?i)^(?P<hour>\d{1,2})[:.](?P<minute>\d{2})h?(?:\s*(?P<half>[ap])\.?m\.?)?"
    r"(?:\s+(?:gmt|utc|bst|cet|cest|edt|est|cdt|cst|mdt|mst|pdt|pst|aedt|aest|ist|jst|kst))?$"
)
# Entries, at least, for times to be a live blog's structure; newest first,
# as most live pages put them, one more: two times going back over prose
# are as often stray.
MIN_LIVE_ENTRIES = 2
MIN_NEWEST_FIRST_ENTRIES = 3
# The line under an entry's time is the article's prose: a sentence of this many words or more.
LIVE_ENTRY_WORDS = 6
MINUTES_A_DAY = 24 * 60


def _entry_minutes(text: str) -> int | None:
    """The minute of the day a live blog's entry time gives, or None when
    the line is no bare clock time."""
    match = ENTRY_TIME.match(text)
    if match is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    if minute >= 60 or hour > 24 or (match.group("half") and not 1 <= hour <= 12):
        return None
    if match.group("half"):
        hour = hour % 12 + (12 if match.group("half").lower() == "p" else 0)
    return (hour * 60 + minute) % MINUTES_A_DAY


def live_blog_times(document: Document) -> frozenset[int]:
    """The numbers of the lines that are a live blog's entry times: two bare
    clock times or more in a row (no other bare time between them), each
    with the article's prose on the line under it (a sentence of a few
    words that is no catalogue string), in the order of the clock one way
    or the other: oldest first, or newest first as most live pages put
    them, three at least (an entry posted twice keeps its time).  A stray time between the
    page's furniture has none of this; a ticker of other stories lists
    headlines, which end no sentence."""

    def compute(document: Document) -> frozenset[int]:
        lines = document.content_lines
        catalogue = of_document(document)
        found: set[int] = set()
        run: list[int] = []  # the line numbers of the entries in a row
        previous: int | None = None
        direction = 0  # +1 oldest first, -1 newest first, 0 not yet known

        def close() -> None:
            if len(run) >= (MIN_NEWEST_FIRST_ENTRIES if direction < 0 else MIN_LIVE_ENTRIES):
                found.update(run)

        for index, line in enumerate(lines):
            minutes = _entry_minutes(line.text.strip())
            if minutes is None:
                continue
            following = document.shapes[lines[index + 1].number - 1] if index + 1 < len(lines) else None
            entry = (
                following is not None and following.ends_sentence and following.words >= LIVE_ENTRY_WORDS
                and _entry_minutes(following.text.strip()) is None and catalogue.match(following.text) is None
            )
            step = 0 if previous is None else (minutes > previous) - (minutes < previous)
            if not entry or previous is None:
                close()
                run = []
                direction = 0
            elif step and direction and step != direction:
                close()  # the clock turns: the entry before opens a run the other way
                run = run[-1:]
                direction = step
            elif step:
                direction = step
            if entry:
                run.append(line.number)
            previous = minutes if entry else None
        close()
        return frozenset(found)

    return document.memo("UI.live_blog_times", compute)


# Items, at least, of a list of results for its times to be the article's.
MIN_RESULTS = 3
# Fewer when the items are numbered as a ranking is, from first place on
# ("1. Asha Wanjiru (KEN) 2:27:13" over "2. Ellie Marsden (GBR) 2:28:50"):
# a player's captions are not ranked.
MIN_RANKED_RESULTS = 2
RANK = compile_cached(r"^\s*(\d{1,3})[.)]\s")


# A time in a line, as TRAILING_DURATION reads the last one.
TIME_IN_LINE = compile_cached(r"(?<![\d:.])(\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])")


def _results_in_line(text: str) -> bool:
    """Whether the line sets out a ranking's times on one line ("Men: 1 Ann
    Roe 2:09:41; 2 Eve Poe 2:11:20; 3 Kim Loe 2:12:03"): MIN_RESULTS times
    or more, none shorter than the one before it.  A caption ends in one
    player's duration."""
    times = [_seconds(time) for time in TIME_IN_LINE.findall(text)]
    return len(times) >= MIN_RESULTS and all(earlier <= later for earlier, later in zip(times, times[1:]))


def _seconds(duration: str) -> int:
    total = 0
    for part in duration.split(":"):
        total = total * 60 + int(part)
    return total


def result_lines(document: Document) -> frozenset[int]:
    """The numbers of the lines that are items of a list of results the
    article sets out ("1. Daniel Kiptoo (Kenya) 2:05:41"): three list items
    or more in a row (numbered or bulleted; two numbered from 1 as a
    ranking is, MIN_RANKED_RESULTS), each ending in a time, the
    times in the order of a ranking (none shorter than the one above it),
    and the list under the article's own line: a heading or a sentence, no
    catalogue string ("More videos").  A player's durations after a list of
    captions come in no such order."""

    def compute(document: Document) -> frozenset[int]:
        lines = document.content_lines
        catalogue = of_document(document)
        found: set[int] = set()
        run: list[int] = []  # content indices of the items in a row
        previous = -1

        def ranked() -> bool:
            ranks = [RANK.match(lines[index].text) for index in run]
            return all(ranks) and [int(rank.group(1)) for rank in ranks] == list(range(1, len(run) + 1))

        def close() -> None:
            if len(run) < MIN_RANKED_RESULTS or run[0] == 0 or (len(run) < MIN_RESULTS and not ranked()):
                return
            above = document.shapes[lines[run[0] - 1].number - 1]
            if above.words == 0 or above.list_item or catalogue.match(above.text) is not None:
                return
            found.update(lines[index].number for index in run)

        for index, line in enumerate(lines):
            shape = document.shapes[line.number - 1]
            duration = TRAILING_DURATION.search(shape.text) if shape.list_item else None
            seconds = _seconds(duration.group(1)) if duration else None
            if seconds is None or seconds < previous:
                close()
                run = []
            if seconds is not None:
                run.append(index)
            previous = -1 if seconds is None else seconds
        close()
        return frozenset(found)

    return document.memo("UI.result_lines", compute)


def _is_metadata_row(text: str, catalogue) -> bool:
    """A row of the page's metadata: separated parts ("Updated 5 minutes
    ago | 3 min read", "12 March 2024 · 4 comments"), one a timestamp and
    each of the others a timestamp, a counter or a string of the catalogue
    in use (catalogue.of_document: the user's, as UI101 is configured)."""
    parts = [part for part in SEPARATOR.split(text) if part.strip(" .")]
    if len(parts) < 2 or not any(map(is_timestamp, parts)):
        return False
    return all(is_timestamp(part) or COUNTER.match(part) or catalogue.match(part) is not None for part in parts)


def _is_dateline(text: str, line: Line, document: Document) -> bool:
    """A date or time between the headline and the body is the article's
    dateline, which gold texts keep ("3 hours ago" there is the page's clock);
    one over the headline under a section's label is the page's
    (layout.article_dateline), and so is a publication stamp, a clock time
    with its label ("Published 7 February 2025, 09:41 GMT")."""
    if RELATIVE_TIME.search(text) or is_publication_stamp(text) or _update_stamp_on_top(text, line, document):
        return False
    if _cjk_article(document) and CJK_PAGE_STAMP.match(text.strip()) is not None:
        return False  # "2025/03/14 18:20" over a Japanese article: the page's stamp (CJK_PAGE_STAMP)
    return line.number in article_dateline(document)


CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})


def _cjk_article(document: Document) -> bool:
    language = document.language
    return language is not None and language.code in CJK_LANGUAGES


def _update_stamp_on_top(text: str, line: Line, document: Document) -> bool:
    """Whether the line is an update stamp over the whole text, nothing
    above it ("Updated 16:42 GMT, 14 November" as the first line): the
    page's clock.  Under the headline, Dragnet's gold keeps "Updated July
    23, 2012, 10:49 p.m. ET" as the article's dateline."""
    return UPDATE_LABEL.match(text) is not None and document.content_index.get(line.number) == 0


class Counter(Rule):
    code = "UI103"
    name = "counter-line"
    judges_whole_lines = True  # furniture: once a line is judged, what lies inside it is noise
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE_LINES)  # a real line read as furniture would go
    summary = "Flags a line that is a counter or pager: `128 comments`, `Shares: 2.3K`, `Page 2 of 5`, a lone number or a pager's `- 2`, a gallery's `13/50`, a printed page's running head or label."
    why = """
        Comment, share and view counts, pagers and the lone numbers of a
        page's widgets are interface; they mean nothing in the article text.
        A fraction before a word in lower case ("1/4 cup") is a quantity,
        not a gallery's counter.  A PDF's text keeps its printed page's
        running head or foot on its first or last line (the paper's name,
        the date and the page's number in columns apart by runs of spaces)
        and a page's label ("PAGINA 3"); a table's rows in columns stay
        clean.  A journal's running head is reported wherever the page
        broke: its name, its volume (with its issue or year) and its pages
        alone on a line ("JOURNAL OF COASTAL ENGINEERING 18 (2025) 301–322",
        "Zeitschrift für Küstenschutz Jg. 12, Nr. 3 · S. 45", "vol. 9, n° 2,
        p. 118"); not the same citation in a sentence, nor a reference
        list's entry (a list's item, or authors and a title before the
        journal, ending in a full stop).  A timeline's years are not lone
        numbers: a year alone over the sentence of what happened in it
        ("2015", then "The council proposes a new bridge."), when the text
        holds two such years or more.
        A post's reaction counts as a
        messenger writes them are counters too: two emoji or more, each
        with its count and nothing else ("👍 1 204 ❤️ 310 😢 12", "57 🔥 12
        👏"); one emoji with a number ("⭐ 4.5") and a medal table's tally
        ("🥇 3 🥈 2 🥉 4") are not.
    """
    example = """
        128 comments
        Page 2 of 5
        DE GELDERLANDER            ZATERDAG 7 MAART
        JOURNAL OF COASTAL ENGINEERING 18 (2025) 301–322
    """
    use_instead = """
        The survey of 128 companies found that 2 of 5 plan to hire.
    """

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        start, end, text = content(line)
        if text and len(text) <= 60 and COUNTER.match(text) and line.number not in timeline_years(document):
            yield Finding(start, end, f'counter left in the text: "{text}"')
            return
        if text and len(text) <= MAX_REACTIONS_LINE and not text[:1].isalpha() and REACTIONS.match(text) and MEDALS.isdisjoint(text):
            yield Finding(start, end, f'reaction counts left in the text: "{text}"')
            return
        if text and (page_label(text) or running_head(text, line, document) or journal_head(text)):
            yield Finding(start, end, f'printed page\'s running head or page number left in the text: "{text}"')
            return
        shape = document.shapes[line.number - 1]
        if shape.list_item and PAGER_ITEM.match(shape.text) and text[:1] in "-•*" and _in_pager(document, line, int(shape.text)):
            yield Finding(start, end, f'page number of a pager left in the text: "{text}"')
            return
        gallery = GALLERY_COUNTER.match(text)
        # A caption opens as a sentence does; a quantity's fraction runs on
        # in lower case ("1/4 cup chopped parsley", "3/4 teaspoon salt").
        caption = text[gallery.end():].lstrip() if gallery else ""
        if gallery and not caption[:1].islower() and _is_gallery_position(int(gallery.group(1)), int(gallery.group(2))):
            yield Finding(start, start + gallery.end(2), f'gallery counter "{gallery.group()}" before a caption')


# A timeline's years: a year alone on a line over the sentence of what
# happened in it ("2015", then "The council proposes a new bridge."), two
# such years at least.  UI103 would take each for a lone number.
YEAR_ALONE = compile_cached(r"^(?:1[5-9]\d\d|20\d\d)$")
MIN_TIMELINE_YEARS = 2
# The line under a year is a sentence of this many words at least.
TIMELINE_ENTRY_WORDS = 4


def timeline_years(document: Document) -> frozenset[int]:
    """The numbers of a timeline's year lines (YEAR_ALONE over a sentence),
    when the text holds MIN_TIMELINE_YEARS of them."""

    def compute(document: Document) -> frozenset[int]:
        lines = document.content_lines
        years = []
        for index, line in enumerate(lines[:-1]):
            if YEAR_ALONE.match(line.text.strip()):
                entry = document.shapes[lines[index + 1].number - 1]
                if entry.ends_sentence and entry.words >= TIMELINE_ENTRY_WORDS:
                    years.append(line.number)
        return frozenset(years) if len(years) >= MIN_TIMELINE_YEARS else frozenset()

    return document.memo("UI.timeline_years", compute)


def _in_pager(document: Document, line: Line, number: int) -> bool:
    """Whether a list item next to the line is the pager's page before or
    after it ("- 1", "- 2"): a list of numbers that do not follow on is the
    article's (a lottery draw's "- 7", "- 14", "- 21")."""
    lines = document.content_lines
    index = document.content_index[line.number]
    for other in (index - 1, index + 1):
        if 0 <= other < len(lines):
            shape = document.shapes[lines[other].number - 1]
            if shape.list_item and PAGER_ITEM.match(shape.text) and abs(int(shape.text) - number) == 1:
                return True
    return False


class CreditLine(Rule):
    code = "UI104"
    name = "credit-line"
    judges_whole_lines = True  # furniture: once a line is judged, what lies inside it is noise
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE_LINES)  # a real line read as furniture would go
    summary = "Flags a byline, a photo credit, a copyright notice or a note on the author standing as a line of its own."
    why = """
        Bylines ("By Jane Smith, Associated Press", "Words and pictures by
        Tom Lee", "Opinion by Ana Ruiz"), photo credits ("Photo: Reuters",
        "(AP Photo/Rick Bowmer)") and copyright notices (in the catalogue's
        languages: "Wszelkie prawa zastrzeżone © …"; a wire's with its
        terms, however long: "© 2026 … All rights reserved. This material
        may not be published, broadcast …") are page metadata.  Kept in the
        text they are read as a sentence of the article and repeat across a
        corpus.  So is the note on the author a page sets under the article
        ("Tom Reyes is the Gazette's leisure correspondent.", "Anna Weber
        ist Redakteurin im Lokalressort."): a capitalised name, then a
        journalist's role within a few words ("is a …reporter", "writes
        about", "est journaliste", "es periodista"), with only short lines
        and the page's strings after it, and a name no longer line of the
        text gives again (an article about a reporter names her twice).
        Not a sentence opening with a pronoun or an honorific ("Ms Reyes is
        a correspondent …"), nor "is the editor of …".  A byline may end
        in its date and time after a separator ("By Ruth Akers, Transport
        Editor · 3 March 2026, 18:05 GMT"), its name in Markdown's bold
        ("By **Ruth Akers**, …"); a section's name after the separator
        ("By Ruth Akers | Opinion") holds no digit and is not read so.
        A reader view's site and author lines, up to two name-shaped lines
        right over its reading time ("Harbour Courier", "Tom Reyes" over
        "6–8 minutes"), are its header; a bare name under the headline with
        no reading time is left alone (it may be the article's byline).
    """
    example = """
        By Jane Smith and Tom Lee, Associated Press
        Photo: Reuters
        (AP Photo/Rick Bowmer)
        Copyright 2007 Example News. All Rights Reserved.
    """
    use_instead = """
        By Tuesday the strike was over, the union said.
        The photo was taken by a Reuters photographer in Kyiv.
    """

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        start, end, text = content(line)
        if not text or len(text) > MAX_TERMS_LINE:
            return
        if len(text) > 220:
            if COPYRIGHT_TERMS.match(text):
                yield Finding(start, end, f'copyright notice left in the text: "{_shown(text)}"')
            return
        if is_copyright(text) or COPYRIGHT_TERMS.match(text):
            yield Finding(start, end, f'copyright notice left in the text: "{text}"')
        elif is_credit_line(text) or (text[:1] in "*_" or "](" in text or "**" in text or "__" in text) and is_credit_line(document.shapes[line.number - 1].text):
            # A credit in Markdown, as extractors write it ("*Photo: … (Jo Bell /
            # Reuters)*", "By [Euan McLeod](/authors/…)"), is read as its reader sees it.
            yield Finding(start, end, f'byline or credit left in the text: "{text}"')
        elif reader_header(document).get(line.number) == "name":
            yield Finding(start, end, f'reader view\'s site or author line, over its reading time, left in the text: "{text}"')
        elif line.number in author_notes(document):
            where = "over" if document.content_index.get(line.number) == 0 else "after"
            yield Finding(start, end, f'note on the author {where} the article left in the text: "{_shown(text)}"')


# A wire's copyright line with its terms after it, however long: "©
# 2026 Example News Agency. All rights reserved. The material in this report
# may not be published, broadcast, rewritten or redistributed without …".  A
# year, and the reservation closed by a stop: not a sentence about copyright
# ("Copyright holders argued that all rights reserved by the label meant …").
COPYRIGHT_TERMS = compile_cached(
    r"(?i)^(?:copyright\b|©|\(c\))(?=[^.]{0,80}\b(?:19|20)\d\d\b)[^.]{0,80}?(?:\.\s?[^.]{0,60}?)?"
    r"\ball rights reserved\s?[.,;]\s?.{0,200}?\b(?:may|must) not be "
    r"(?:published|reproduced|broadcast|rewritten|redistributed|copied)\b.{0,300}$"
)
# Longest line read as such a notice.
MAX_TERMS_LINE = 700
# Characters of a long line a finding shows.
SHOWN_CHARACTERS = 80


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS - 3].rstrip() + "..."


def is_credit_line(text: str) -> bool:
    """Whether UI104 reports a line (stripped, at most 220 characters) as a
    byline or credit; UI101 leaves such a line to it."""
    return text[-1:] not in ".!?" and CREDIT.match(text) is not None and len(text.split()) <= 16


class SeparatorLine(Rule):
    code = "UI105"
    name = "separator-line"
    judges_whole_lines = True  # furniture: once a line is judged, what lies inside it is noise
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE_LINES)  # a real line read as furniture would go
    summary = "Flags a line made only of separators: `|`, `-----`, `» »`, `| | |`, `————`, a dash alone, a font-size button's `- +`, an e-mail signature's `--`."
    why = """
        Menu separators and rules drawn with characters are layout, and so
        are a layout table's empty rows as an extractor writes them (`| |
        |`), a list's marker left without its item (`-`) and an e-mail
        signature's `--`.  The section breaks writers use on purpose (`* *
        *`, `# # #`), an ellipsis alone (`…`, `[…]`: a passage left out of
        a quotation), a stop or a comma alone (L3S-GN1's annotators keep
        one as the article's, and a clean BBC article has one) and a
        Markdown table's rule under its header are left alone.
    """
    example = """
        The vote was delayed.
        |
        ----------
    """
    use_instead = """
        The vote was delayed.
        * * *
        The next morning the council met again.
    """

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        if SEPARATOR_LINE.match(line.text):
            start, end, text = content(line)
            yield Finding(start, end, f'separator left in the text: "{text}"')

