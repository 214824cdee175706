"""A printed page's furniture left in its text by a PDF-to-text converter:
the running head or foot (the paper's name, the date and the page number
set apart by runs of spaces: "DE GELDERLANDER      ZATERDAG 7 MAART",
"Northfield Gazette, March 5, 2026      Page 6"), a page's label alone
("PAGINA 3", "Seite 12"), and a journal's running head anywhere a page
broke: its name, volume, issue or year, and pages ("JOURNAL OF SOIL
ECOLOGY 41 (2026) 112–129", "Umweltwissenschaften Bd. 58, Heft 4 · S. 203")."""
from __future__ import annotations

from newslint import Document, Line
from newslint.document import count_words, ends_sentence, strip_list_marker
from newslint.pattern_cache import compile_cached

from .shape import is_timestamp, only_date_or_time

# A page's label: the word for "page" in the catalogue's languages and its
# number ("Page 6", "Seite 12", "PAGINA 3", "стр. 3", "Sayfa 4").
PAGE_LABEL = compile_cached(
    r"(?i)^(?:page|pagina|página|pág\.?|seite|side|sida|sivu|strona|str\.|стр\.|страница|сторінка|sayfa|σελίδα|halaman|trang)"
    r"\s?\d{1,4}$"
)
# A bare page number in a running head: at most this many digits.
PAGE_NUMBER_DIGITS = 3
# The columns of a printed page's line, set apart by a run of spaces (a
# scraper's text folds spaces; a PDF's keeps the page's layout).
COLUMN_GAP = compile_cached(r" {3,}|\t+")
# A running head has two or three columns (name, date, page), each short.
RUNNING_HEAD_COLUMNS = (2, 3)
RUNNING_HEAD_COLUMN_WORDS = 6


def page_label(text: str) -> bool:
    """Whether the line is a page's label alone ("PAGINA 3")."""
    return PAGE_LABEL.match(text) is not None


def running_head(text: str, line: Line, document: Document) -> bool:
    """Whether the line is a printed page's running head or foot: the
    text's first or last line, in two or three columns apart by runs of
    spaces, each a few words that end no sentence, one of them the page's
    number or label or its date.  A table's row set out in columns sits
    inside the article, not on its first or last line."""
    if "   " not in text and "\t" not in text:
        return False  # most lines: no column
    columns = [column.strip() for column in COLUMN_GAP.split(text) if column.strip()]
    if len(columns) not in RUNNING_HEAD_COLUMNS:
        return False
    index = document.content_index.get(line.number)
    lines = document.content_lines
    if index not in (0, len(lines) - 1) or len(lines) < 2:
        return False
    # A table's last or first row has rows in columns next to it; a
    # running head stands alone over (or under) the page's text.
    neighbour = lines[1 if index == 0 else index - 1].text.strip()
    if "   " in neighbour or "\t" in neighbour:
        return False
    if any(count_words(column) > RUNNING_HEAD_COLUMN_WORDS or ends_sentence(column) for column in columns):
        return False
    return any(
        page_label(column) or (column.isdigit() and len(column) <= PAGE_NUMBER_DIGITS)
        or only_date_or_time(column) or is_timestamp(column)
        for column in columns
    )


# A journal's running head, as a PDF of a paper or a magazine prints it
# over or under each page: the journal's name, its volume (with its issue
# or year) and the page or pages, in the words the catalogue's languages
# give them ("Vol. 12, No. 3, pp. 45–67", "Bd. 58, Heft 4 · S. 203",
# "vol. 12, n° 3, p. 45", "т. 12, № 3. С. 45–67", "41 (2026) 112–129").
_VOLUME = r"(?:vol(?:ume)?\.?|bd\.|band|jg\.|jahrgang|t\.|tome|tomo|том|т\.|v\.|r\.|rocznik|jaargang|årg\.|årgång|cilt)\s?\d{1,4}"
_ISSUE = r"(?:no\.?|nr\.?|n[°º.]|núm\.?|num\.?|heft|issue|№|sayı|fasc\.?|h\.|вып\.|č\.|číslo)\s?\d{1,4}(?:\s?[/–-]\s?\d{1,4})?"
_YEAR = r"\(?(?:1[89]|20)\d{2}\)?"
_PAGES = r"(?:(?:pp?\.|pages?|s\.|seiten?|págs?\.|pag\.|str\.|с\.|стр\.|sayfa)\s?\d{1,5}(?:\s?[–-]\s?\d{1,5})?|\d{1,5}\s?[–-]\s?\d{1,5})"
_GAP = r"(?:\s?[,;:·•|/–—.]\s?|\s)"
JOURNAL_HEAD = compile_cached(
    r"(?i)^(?P<name>[^\d,;:!?()]{3,80}?)" + _GAP +
    r"(?:" + _VOLUME + r"(?:" + _GAP + _ISSUE + r")?(?:" + _GAP + _YEAR + r")?" + _GAP + r"(?:" + _PAGES + r"|\d{1,5})"
    r"|\d{1,4}\s?\((?:1[89]|20)\d{2}\)" + _GAP + r"(?:" + _PAGES + r"|\d{1,5})"
    r"|\d{1,4}\s?\(\d{1,3}\)\s?[:,]\s?" + _PAGES + r")$"
)
# The journal's name is a title's length at most: a reference list's entry
# gives its authors and its paper's title before the journal, and ends in a
# full stop.
JOURNAL_NAME_WORDS = 10


def journal_head(text: str) -> bool:
    """Whether the line is a journal's running head (JOURNAL_HEAD): the
    journal's name of a few words, its volume and pages, no sentence's end
    and no list's marker (a reference list's entry)."""
    if not text or not text[-1:].isdigit() or strip_list_marker(text)[1]:
        return False
    head = JOURNAL_HEAD.match(text)
    return head is not None and 0 < count_words(head.group("name")) <= JOURNAL_NAME_WORDS and any(map(str.isalpha, head.group("name")))
