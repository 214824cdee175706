"""The note on the author a page sets under its article ("Jane Doe is a
staff reporter covering transport.", "Anna Schmidt ist Redakteurin im
Lokalressort."): the byline's footer, which an extractor keeps as the
article's last paragraph.

Three pieces of evidence together, none enough alone (an article may say
that someone is a journalist):

- the line's shape: a personal name (two to four capitalised words, no
  honorific, not a determiner or a pronoun) and then the verb "to be" and a
  journalist's role within a few words, or "writes about", "covers … for";
- where it stands: after it, nothing but short lines, lines that are not
  sentences, and interface strings (the page's furniture), so it is the
  text's last paragraph;
- the name's surname appears on no other line of the text but short ones
  (a byline at the top): an article about a journalist names her again.
"""
from __future__ import annotations

from newslint import Document
from newslint.pattern_cache import compile_cached

from .catalogue import of_document

# A name's word: capitalised ("Okafor", "O'Neill", "Jean-Luc"), or an
# initial ("J."); the particles of names in the catalogue's languages.
_NAME_WORD = r"\p{Lu}[\p{L}'’-]*\.?"
_PARTICLE = r"(?:de|da|del|della|di|do|dos|das|du|la|le|van|von|der|den|ten|bin|al|el)"
NAME = compile_cached(rf"^(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,3}})\s+")
# What opens a sentence in capitals without being a person's name: a
# determiner or pronoun ("The new editor is …", "Her sister is a
# journalist …"), an honorific (an article writes "Ms Lopez is a
# journalist …"; a note on its own author does not).
NOT_A_NAME = frozenset(
    "the this that these those her his its our their my your a an one another every each some no "
    "mr mrs ms miss dr prof sir lord lady "
    "der die das ein eine sein seine ihr ihre le la les un une son sa ses el los las una su sus "
    "o os um uma seu sua il lo gli uno suo de het zijn haar".split()
)
# The role after the name, in the catalogue's languages with Latin script:
# "is a senior reporter", "is the paper's health correspondent", "ist
# Redakteurin", "est journaliste", "es periodista", "é jornalista".  Up to
# ROLE_REACH words of the role's qualifiers may stand between.  Not "is the
# editor of …": a guest column's note on its writer reads so on the clean
# BBC articles, and in a media story an editor is often the one the article
# is about.
ROLE_REACH = 4
_QUALIFIERS = rf"(?:\S+\s+){{0,{ROLE_REACH}}}?"
ROLE = compile_cached(
    r"(?:"
    rf"(?i:is)\s+(?:a|an|the|our|\S+['’]s)\s+{_QUALIFIERS}(?i:reporter|correspondent|journalist|writer|columnist|producer"
    r"|contributor|blogger|critic|photographer|photojournalist|commentator|presenter|verslaggever|redacteur|journalist)s?\b"
    r"|(?i:writes)\s+(?:about|on)\s|(?i:covers)\s+.{1,60}?\s+(?i:for)\s"
    # "… covers transport. Follow her on X @jdoe": what the author covers,
    # and how to reach her in the next sentence.
    r"|(?i:covers|reports\s+on)\s+[^.!?]{1,80}[.!]\s+(?i:follow|find|contact|email|reach|write\s+to)\s+(?i:her|him|them)\b"
    rf"|ist\s+{_QUALIFIERS}(?:Redakteur|Korrespondent|Journalist|Reporter|Autor|Kolumnist|Volontär|Fotograf)(?:in)?\b"
    rf"|est\s+{_QUALIFIERS}(?:journaliste|rédacteur|rédactrice|correspondante?|reporter|chroniqueur|chroniqueuse|éditorialiste|photographe)\b"
    rf"|es\s+{_QUALIFIERS}(?:periodista|redactora?|corresponsal|reportera?|columnista|editora?|fotógrafa?)\b"
    rf"|é\s+{_QUALIFIERS}(?:jornalista|repórter|redatora?|correspondente|colunista|editora?|fotógrafa?)\b"
    rf"|è\s+{_QUALIFIERS}(?:giornalista|redattore|redattrice|corrispondente|editorialista|inviat[oa]|fotograf[oa])\b"
    r")"
)
# A note may name its author by the first name alone ("Adam is a Wired
# reporter and freelance journalist.", "Christina is a staff writer
# covering Apple."): one capitalised word, then only the roles of a
# journalist who writes (not "producer" or "critic": "Russia is the world's
# second-largest producer", "Mozart is a critic's favourite").  The other
# evidence (the text's last paragraph, the name on no other long line)
# holds as for a full name.
SINGLE_NAME = compile_cached(r"^(?P<name>\p{Lu}\p{Ll}{2,})\s+")
SINGLE_NAME_ROLE = compile_cached(
    rf"(?i:is)\s+(?:a|an|the|our|\S+['’]s)\s+{_QUALIFIERS}(?i:reporter|correspondent|journalist|staff\s+writer|columnist|blogger)s?\b"
)
# Words that open a sentence as a name would and are none: pronouns and
# quantifiers ("Everyone is a reporter now.", "Who is a journalist?").
NOT_A_SINGLE_NAME = frozenset(
    "he she it they we you who what which everyone everybody anyone anybody someone somebody nobody none "
    "each all both either neither there here today now".split()
)
# A contributor's note names its author with a title and a profession that
# is not a journalist's, then says what and for whom she writes ("Dr Mara
# Quinn is a marine ecologist at Harbour University. She writes about tidal
# pools for Coastline.", "Dr. Jonas Weber ist Meeresbiologe. Er schreibt für
# das Hafenblatt über Watt und Küste."): the second sentence is the note's
# evidence in place of the journalist's role (trial 34).  The title is
# allowed only with it: "Dr Lopez is a marine ecologist." is a report.
CONTRIBUTOR_TITLES = frozenset({"dr", "prof", "professor", "doktor"})
CONTRIBUTOR = compile_cached(
    r"[.!?]\s+(?:(?:She|He|They)\s+(?:writes|reports|blogs)\s+(?:about|on)\s+[^.!?]{2,80}?\s+for\s+(?:the\s+)?\p{Lu}[^.!?]{0,60}"
    r"|(?:Sie|Er)\s+schreibt\s+(?:[^.!?]{0,60}\s+)?für\s+(?:das\s+|die\s+|den\s+)?\p{Lu}[^.!?]{0,60})[.!]?$"
)
NAME_WORDS = compile_cached(r"[\p{L}'’-]+")
# Longest note (words): a name, a role and what the author covers.
NOTE_WORDS = 35
# A line this long or shorter may name the author elsewhere (a byline at the
# top, "By Jane Doe"), and a later line this short is no paragraph.
BYLINE_WORDS = 8
# A later line of this many words or more that ends a sentence is a
# paragraph: the note would not be the text's last.
PARAGRAPH_WORDS = 12


def _note_shape(text: str) -> str | None:
    """The surname, when the line reads as a note on an author."""
    if len(text.split()) > NOTE_WORDS:
        return None
    named = NAME.match(text)
    if named is None:
        single = SINGLE_NAME.match(text)
        if single is None or single.group("name").casefold() in NOT_A_NAME | NOT_A_SINGLE_NAME:
            return None
        return single.group("name") if SINGLE_NAME_ROLE.match(text, single.end()) else None
    words = named.group("name").split()
    if words[0].casefold().rstrip(".") in CONTRIBUTOR_TITLES and len(words) >= 3 and CONTRIBUTOR.search(text):
        return words[-1].rstrip(".").rstrip("'’")  # a contributor's note with her title
    if words[0].casefold().rstrip(".") in NOT_A_NAME:
        return None
    if not ROLE.match(text, named.end()):
        return None
    return words[-1].rstrip(".").rstrip("'’")


def author_notes(document: Document) -> frozenset[int]:
    """The numbers of the lines that are notes on the article's author."""
    return document.memo("UI.author_notes", _author_notes)


def _author_notes(document: Document) -> frozenset[int]:
    lines = document.content_lines
    shapes = [document.shapes[line.number - 1] for line in lines]
    catalogue = of_document(document)
    found = set()
    named: dict[str, set[int]] | None = None  # made at the first note-shaped line

    def named_only_here(index: int, surname: str) -> bool:
        nonlocal named
        if named is None:
            named = _long_lines_naming(shapes)
        return _named_only_here(named, index, surname)

    for index in range(len(lines) - 1, 0, -1):
        shape = shapes[index]
        surname = _note_shape(shape.text)
        if surname is not None and named_only_here(index, surname):
            found.add(lines[index].number)
            continue
        if shape.ends_sentence and shape.words >= PARAGRAPH_WORDS and catalogue.match(shape.text) is None:
            break  # a paragraph: what stands above it is the article's
    # The note set over the headline, the text's first line (an author box
    # above the article): the same shape, the surname on no long line.
    if lines and lines[0].number not in found:
        surname = _note_shape(shapes[0].text)
        if surname is not None and named_only_here(0, surname):
            found.add(lines[0].number)
    return frozenset(found)


def _long_lines_naming(shapes) -> dict[str, set[int]]:
    """For each word of the lines longer than BYLINE_WORDS, the indexes of
    those lines: made once, so that a text ending in thousands of
    note-shaped lines is not scanned whole for each (quadratic time)."""
    named: dict[str, set[int]] = {}
    for index, shape in enumerate(shapes):
        if shape.words > BYLINE_WORDS:
            for word in NAME_WORDS.findall(shape.text):
                named.setdefault(word, set()).add(index)
    return named


def _named_only_here(named: dict[str, set[int]], index: int, surname: str) -> bool:
    """Whether the surname appears on no other line but short ones."""
    return not named.get(surname, set()) - {index}
