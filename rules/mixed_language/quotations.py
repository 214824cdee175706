"""How ML102 reports a run of another language: where it starts, whether two
runs are one quotation, and whether the article says the quotation is in that
language (so it is quoted on purpose, not left by machine translation)."""
from __future__ import annotations

from typing import Iterator

from newslint import Document
from newslint.foreign_spans import Span
from newslint.language import commonest_words, script_of
from newslint.pattern_cache import compile_cached

# What the span logic leaves out at a run's start: the words between the
# sentence's or the quotation's start and the run, its first written with a
# capital ("We are not looking at them", "O jogador está…"), which it counts
# as a name, or a word both languages know ("We will…" in German, where
# "will" is a verb).  Taken back when they are at most three of the run's
# language's commonest words, one at least no word of the article's.
OPENING_WORDS = compile_cached(r"(?:^|(?<=[.!?:;]\s)|(?<=[\"“„«‘'(]\s?))((?:\p{L}[\p{Ll}'’]*\s+){1,3})$")
# Two runs of one language on a line separated by no more than a sentence's
# end and a space ("…at them. We are…") are one quotation, one finding.
JOINING_GAP = compile_cached(r"[\s.!?;:,]{1,3}")
# Names of languages and of the nations that speak them, as words start, in
# the languages newslint knows: "Auf Englisch fügte er hinzu", "le
# réalisateur américain", "in hesitant French".  A quotation in the run's
# language on a line (or after a paragraph) that names it is quoted on
# purpose; one nobody introduces is what machine translation leaves.
LANGUAGE_NAMED = {
    "en": r"english|englisch|anglais|anglaise|ingl[eéê]s|inglese|engels|англ|american|amerikan|am[ée]ricain|"
    r"estadounidense|norteamerican|americano|americana|british|britisch|britannique|brit[aâá]nic|australi|"
    r"американ|британ",
    "fr": r"french|franz[öo]sisch|fran[çc]ais|franc[ée]s|francese|franc[eê]s|франц",
    "de": r"german|deutsch|allemand|alem[áa]n|alem[ãa]o|alem[ãa]|tedesc|немец|німец|austria|österreich|autrichien",
    "es": r"spanish|spanisch|espagnol|espa[ñn]ol|spagnol|espanhol|испан|іспан|mexic|argentin|colombian",
    "it": r"italian|italienisch|italien|italiano|italiana|итальян|італій",
    "pt": r"portugu|portoghese|brasil|brazil|brésil|португал",
    # The other Latin-script languages the vote names, as English, German,
    # French, Spanish, Italian, Portuguese and Dutch articles name them (no
    # stem that is also a common word: Dutch "pools", "fins"; a name that
    # starts a common word ends there: "Polish", not "polished"; "Turks",
    # not "turkey"; no "malay" of "Malaysia").
    "nl": r"dutch|niederländisch|holländisch|néerlandais|hollandais|neerland[eé]s|holand[eé]s|olandese|flemish|"
    r"flämisch|flamand|fiammingo|nederlands|голланд|нидерланд",
    "da": r"danish|dänisch|danois|danoise|dan[eé]s|danesa|danese|dinamarqu|dansk|датск",
    "sv": r"swedish|schwedisch|suédois|suédoise|sueco|sueca|svedese|zweeds|svensk|шведск",
    "fi": r"finnish|finnisch|finnois|finnoise|finland[eé]s|finlandese|finlandais|finland[eê]s|suome|финск",
    "pl": r"polish\b|polnisch|polonais|polonaise|polaco|polaca|polacco|polonês|polonesa|polsk|польск",
    "cs": r"czech|tschechisch|tchèque|checo|checa|ceco|tcheco|tsjechisch|чешск",
    "ro": r"romanian|rumänisch|roumain|rumano|rumana|rumeno|romeno|roemeens|moldov|румын",
    "hu": r"hungarian|ungarisch|hongrois|h[uú]ngar[oa]|ungherese|hongaars|magyar|венгер",
    "tr": r"turkish|türkisch|turc|turque|turco|turca|turchi|turks\b|türk|турецк",
    "id": r"indonesian|indonesisch|indonésien|indonésienne|indonesi[oa]|indonesiano|indonésio|bahasa|индонез",
}
# Attributed-quotation class (trial35): the names as Swahili and the
# Scandinavian languages write them ("kwa Kifaransa", "på franska", "på
# tyska"; "på engelska" is "engels…" above).
LANGUAGE_NAMED_MORE = {
    "en": r"kiingereza", "fr": r"kifaransa|fransk", "de": r"kijerumani|tysk", "es": r"kihispania|spansk",
    "pt": r"kireno|portugisisk", "it": r"kiitaliano",
}
LANGUAGE_NAMED = {code: names + "|" + LANGUAGE_NAMED_MORE[code] if code in LANGUAGE_NAMED_MORE else names for code, names in LANGUAGE_NAMED.items()}
LANGUAGE_NAMES = {code: compile_cached(rf"\b(?:{names})\w*") for code, names in LANGUAGE_NAMED.items()}
# A name with a possessive before a run ("Édith Piaf's Non, je ne regrette
# rien"): the run is the title of the person's work, in sentence case.
POSSESSIVE_HEAD = compile_cached(r"^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})")
TITLE_MAX_WORDS = 8
# An opening quotation mark just before a run: after a space, a colon or the
# line's start ("hinzu: „We", "en riant : « I"), not a closing one ("him". O).
OPENING_MARK_BEFORE = compile_cached(r"(?:^|[\s(\[—–-])[\"“„«‘'”’]\s?$")


# Quoted speech: a quotation wholly in another language that the article's
# sentence attributes (`"Wir haben nie aufgegeben," said Martina Vogel`,
# `dijo: «We never gave up»`) or glosses (`"Tant pis" (too bad)`) is the
# speaker's words as said, not a clause machine translation skipped; an
# untranslated sentence nobody quotes, and words of another language around
# a quotation, are still reported.  The article's words that say a quotation
# is someone's speech or message, by article language: verbs of saying and
# writing, and nouns naming what was said.  Looked for right after the
# closing mark (`," said`, `», a-t-il déclaré`, `", sagte sie`) or just
# before an opening mark that a colon or a comma introduces (`told the BBC:
# "`, `un mensaje en redes: "`).
SPEECH_WORDS = {
    "en": "said|says|say|told|tells|added|adds|asked|asks|replied|replies|answered|shouted|cried|yelled|wrote|writes|"
    "explained|explains|insisted|insists|recalled|recalls|declared|declares|stated|remarked|noted|warned|admitted|"
    "joked|quipped|laughed|sang|chanted|whispered|tweeted|posted|continued|concluded|according|statement|message|"
    "messages|words|tweet|post|reply|answer|interview",
    "es": "dijo|dice|dicen|dijeron|declaró|afirmó|añadió|agregó|explicó|aseguró|señaló|comentó|respondió|contestó|"
    "gritó|escribió|preguntó|insistió|recordó|advirtió|según|mensaje|mensajes|palabras|declaraciones|tuit|entrevista",
    "fr": "dit|disait|déclaré|déclare|affirmé|affirme|ajouté|ajoute|expliqué|explique|assuré|assure|souligné|"
    "raconté|confié|lancé|répondu|répond|écrit|écrivait|demandé|insisté|rappelé|prévenu|selon|message|mots|"
    "propos|déclaration|entretien",
    "de": "sagte|sagt|sagten|sagen|gesagt|erklärte|erklärt|betonte|betont|fügte|meinte|meint|schrieb|schreibt|"
    "rief|antwortete|berichtete|warnte|laut|botschaft|nachricht|worte|erklärung|interview",
    "pt": "disse|diz|dizem|disseram|afirmou|declarou|acrescentou|explicou|contou|escreveu|respondeu|perguntou|"
    "garantiu|salientou|segundo|mensagem|palavras|declarações|entrevista",
    "it": "detto|dice|disse|dichiarato|dichiarò|aggiunto|aggiunse|spiegato|spiegò|affermato|affermò|scritto|"
    "scrisse|risposto|rispose|secondo|messaggio|parole|dichiarazione|intervista",
    "nl": "zei|zegt|zeiden|zeggen|gezegd|verklaarde|voegde|schreef|antwoordde|riep|aldus|volgens|bericht|"
    "boodschap|woorden|verklaring|interview",
    "ru": "сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|добавил|добавила|написал|написала|"
    "ответил|ответила|подчеркнул|подчеркнула|словам|сообщение|заявление|интервью",
    "uk": "сказав|сказала|сказали|заявив|заявила|заявили|зазначив|зазначила|додав|додала|написав|написала|"
    "відповів|відповіла|словами|повідомлення|заява|інтерв'ю",
    # The other Latin-script languages the vote names.
    "sv": "sa|sade|säger|sagt|berättar|berättade|förklarar|förklarade|skriver|skrev|tillade|svarar|svarade|"
    "uppger|uppgav|enligt|menar|menade|intervju|uttalande",
    "da": "sagde|siger|sagt|fortæller|fortalte|forklarer|forklarede|skriver|skrev|tilføjede|svarer|svarede|"
    "ifølge|mener|mente|interview|udtalelse",
    "fi": "sanoi|sanoo|sanoivat|kertoi|kertoo|totesi|toteaa|kirjoitti|kirjoittaa|vastasi|lisäsi|mukaan|"
    "huomautti|haastattelu|haastattelussa",
    "pl": "powiedział|powiedziała|powiedzieli|mówi|mówił|mówiła|stwierdził|stwierdziła|dodał|dodała|napisał|"
    "napisała|odpowiedział|odpowiedziała|według|oświadczył|oświadczyła|wywiadzie",
    "cs": "řekl|řekla|řekli|uvedl|uvedla|dodal|dodala|napsal|napsala|odpověděl|odpověděla|podle|rozhovoru",
    "ro": "spus|declarat|afirmat|adăugat|spune|scris|răspuns|potrivit|interviu",
    "hu": "mondta|mondja|közölte|hozzátette|írta|válaszolta|szerint|nyilatkozta|interjúban",
    "tr": "dedi|diyor|söyledi|açıkladı|belirtti|yazdı|göre|yanıt|röportaj",
    "id": "kata|katanya|mengatakan|ujar|ujarnya|ungkap|ungkapnya|tutur|menurut|jelasnya|wawancara",
}
SPEECH = {code: compile_cached(rf"(?<!\w)(?:{words})(?!\w)") for code, words in SPEECH_WORDS.items()}
# The quotation marks a quotation opens with, and the marks that close it.
# Swedish and Finnish open and close a quotation with the same mark (”…”, ’…’).
QUOTATION_MARKS = {"\"": "\"", "“": "”", "„": "“”", "«": "»", "»": "«", "‘": "’", "'": "'", "‹": "›", "›": "‹",
                   "”": "”", "’": "’"}
# What may stand between a mark and the run: spaces and punctuation, and
# a word or two the run left out (before it, at the quotation's start, a
# name: `"Martina, wir haben…`; after it, words both languages know: `pas
# même une minute"`); and between the closing mark and the speech verb, a
# few words of the attribution (`," the minister told reporters`).
QUOTATION_WORD = compile_cached(r"[\p{L}\p{N}]+")
QUOTATION_TAIL_WORDS = 2
QUOTATION_HEAD = compile_cached(r"[^\p{L}\p{N}]*(?:\p{Lu}[\p{L}'’.-]*[^\p{L}\p{N}]+){0,2}")
# A quotation attributed after it stands apart from the article's sentence:
# at the line's start or after a sentence's end, not woven into a sentence
# of the article (`ein Krematorium "next door to a retirement village"`).
SET_OFF_AFTER = ".!?:;…)]”»“\""
ATTRIBUTION_AFTER = compile_cached(r"[\s,;:—–-]*((?:(?:\p{Lu}\p{Ll}{0,2}\.|[\p{L}'’-]+)[\s,]+){0,4}[\p{L}'’-]+)")
# An introduction before the opening mark: the last words before it, ending
# in a colon or a comma (looked for in the last INTRODUCTION_CHARS
# characters, so a long line costs no more).
INTRODUCTION_CHARS = 200
INTRODUCTION_BEFORE = compile_cached(r"((?:[\p{L}'’.-]+[\s,]+){0,6}[\p{L}'’.-]+)\s*[:,]\s*\Z")
# A translation after the closing mark: a bracket or a dash opening words of
# the article's language (`"Tant pis" (too bad)`, `«Basta» — enough —`).
GLOSS = compile_cached(r"[\s,]*(?:[(\[]|[—–]|\s-\s)\s*((?:[\p{L}'’-]+[\s,]*){1,12})")
# A translation the article's sentence announces after the closing mark
# (`"Her er der altid hygge", which means "there is always cosiness here"`,
# `«Basta», c'est-à-dire assez`), by article language.
TRANSLATION_WORDS = {
    "en": r"(?:which|that)\s+(?:means|meant|translates|roughly\s+translates)|meaning|roughly(?=\s*[\"“‘'(])|translated\s+as|"
    r"or,?\s+in\s+english",
    "es": r"(?:lo\s+)?que\s+significa|es\s+decir|o\s+sea|traducido\s+como",
    "fr": r"(?:ce\s+)?qui\s+(?:signifie|veut\s+dire)|c['’]est-à-dire|autrement\s+dit",
    "de": r"was\s+(?:so\s+viel\s+)?(?:heißt|bedeutet)|das\s+heißt|zu\s+deutsch|übersetzt",
    "it": r"che\s+significa|cioè|ovvero|tradotto",
    "pt": r"(?:o\s+)?que\s+significa|ou\s+seja|traduzido",
    "nl": r"wat\s+(?:zoveel\s+)?betekent|oftewel|vertaald",
}
TRANSLATION_AFTER = {
    code: compile_cached(rf"[\s,]*(?:[(\[]|[—–]|\s-\s)?\s*(?:{words})(?!\w)") for code, words in TRANSLATION_WORDS.items()
}


def reported_spans(document: Document, article_code: str, spans: list[Span]) -> Iterator[Span]:
    """The runs ML102 reports: each with its opening word, runs of one
    quotation joined, less titles after a possessive, quotations whose
    language the article names and quoted speech (attributed or glossed)."""
    joined: list[Span] = []
    for span in map(lambda span: _with_opening_word(document, article_code, span), spans):
        if joined and _one_quotation(document, joined[-1], span):
            last = joined[-1]
            joined[-1] = last._replace(end=span.end, words=last.words + span.words)
        else:
            joined.append(span)
    for span in joined:
        if _is_possessive_title(document, span) or _language_named(document, span):
            continue
        if _is_quoted_speech(document, article_code, span) or code_switched_speech(document, article_code, span):
            continue
        yield span


def _with_opening_word(document: Document, article_code: str, span: Span) -> Span:
    if span.language is None:
        return span
    line = document.line_at(span.start)
    match = OPENING_WORDS.search(document.text, line.start, span.start)
    if match is None:
        return span
    words = match.group(1).lower().split()
    theirs, ours = commonest_words(span.language), commonest_words(article_code)
    if not all(word in theirs for word in words) or all(word in ours for word in words):
        return span
    return span._replace(start=match.start(1), words=span.words + len(words))


def _one_quotation(document: Document, first: Span, second: Span) -> bool:
    return (
        first.language == second.language
        and first.script == second.script
        and JOINING_GAP.fullmatch(document.text, first.end, second.start) is not None
    )


def _is_possessive_title(document: Document, span: Span) -> bool:
    text = document.text[span.start : span.end]
    head = POSSESSIVE_HEAD.match(text)
    if head is None:
        return False
    title = text[head.end() :]
    return len(title.split()) <= TITLE_MAX_WORDS and not any(mark in title for mark in ".!?")


def _language_named(document: Document, span: Span) -> bool:
    """Whether the run is a quotation (a quotation mark opens before it on
    its line) and its line up to the run, or the paragraph before, names the
    run's language or its speakers' nation."""
    names = LANGUAGE_NAMES.get(span.language or "")
    if names is None:
        return False
    line = document.line_at(span.start)
    before = document.text[line.start : span.start]
    if OPENING_MARK_BEFORE.search(before) is None and not _introduced_opening(document.text, line.start, span.start):
        return False  # not a quotation opening here
    if names.search(before.casefold()):
        return True
    previous = _previous_paragraph(document, line.number)
    return previous is not None and names.search(previous.casefold()) is not None


def _introduced_opening(text: str, line_start: int, start: int) -> bool:
    """Whether the run opens, a word or two after its mark, a quotation that
    a colon introduces (`på engelska: ”He is exactly …`: the run starts at
    "is"); a mark in the middle of a sentence is no introduction's."""
    opening = _opening_mark(text, line_start, start)
    return opening is not None and text[line_start:opening].rstrip().endswith((":", "："))


def _previous_paragraph(document: Document, number: int) -> str | None:
    for index in range(number - 2, -1, -1):
        text = document.lines[index].text
        if text.strip():
            return text
    return None


def _is_quoted_speech(document: Document, article_code: str, span: Span) -> bool:
    """Whether the run is a quotation quoted whole (marks on its line open
    and close it with only punctuation, or a name at its start, besides)
    that the article's words attribute to a speaker or a message, or gloss."""
    speech = SPEECH.get(article_code)
    if speech is None:
        return False
    text = document.text
    line = document.line_at(span.start)
    opening = _opening_mark(text, line.start, span.start)
    if opening is None:
        return False
    closing = _closing_mark(text, QUOTATION_MARKS[text[opening]], span.end, line.end)
    if closing is None:
        return False  # the quotation goes on past the run, or the run is no quotation
    after = ATTRIBUTION_AFTER.match(text, closing + 1, line.end)
    preceding = text[line.start : opening].rstrip()
    set_off = not preceding or preceding[-1] in SET_OFF_AFTER
    if after is not None and set_off and speech.search(after.group(1).casefold()):
        return True  # "Wir haben nie aufgegeben," said Martina Vogel
    before = INTRODUCTION_BEFORE.search(text[max(line.start, opening - INTRODUCTION_CHARS) : opening])
    if before is not None and speech.search(before.group(1).casefold()):
        return True  # un mensaje en redes: "You'll never walk alone"
    translation = TRANSLATION_AFTER.get(article_code)
    if translation is not None and translation.match(text[closing + 1 : line.end].casefold()) is not None:
        return True  # "Her er der altid hygge", which means "there is always cosiness here"
    gloss = GLOSS.match(text, closing + 1, line.end)
    return gloss is not None and not commonest_words(article_code).isdisjoint(gloss.group(1).casefold().split())


def _closing_mark(text: str, closers: str, end: int, line_end: int) -> int | None:
    """The offset of the mark that closes the quotation right after the run
    (no more than QUOTATION_TAIL_WORDS words between: a word both languages
    know that the run left out, "pas même une minute"), or None."""
    for at in range(end, line_end):
        if text[at] in closers and not (text[at - 1].isalpha() and text[at + 1 : at + 2].isalpha()):
            return at if len(QUOTATION_WORD.findall(text, end, at)) <= QUOTATION_TAIL_WORDS else None
    return None


def _opening_mark(text: str, line_start: int, start: int) -> int | None:
    """The offset of the quotation mark that opens the quotation the run
    starts (a name or two and punctuation may stand between), or None."""
    for at in range(start - 1, max(line_start, start - 40) - 1, -1):
        if text[at] in QUOTATION_MARKS and (at == line_start or not text[at - 1].isalnum()):
            head = QUOTATION_HEAD.fullmatch(text, at + 1, start)
            return at if head is not None else None
    return None


# Code-switching class (trial35): a speaker who mixes two languages
# (Spanglish, Hinglish, Taglish) is quoted as they spoke.  A run of the
# other language inside a quotation on its line is speech when the
# quotation, outside the run, holds MIN_OWN_WORDS words of the article's
# language and MIN_OTHER_SWITCH words of the run's language too: the
# quotation switches back and forth («Okay, I need you to sing this one
# conmigo, porque …, and I'm not crying»).  A translated quotation that left
# one clause untranslated («Vamos a terminar el puente, and we will finish
# it by May») switches once, and is still reported; so is a run outside
# quotation marks.
MIN_OWN_WORDS = 3
MIN_OTHER_SWITCH = 2
MIN_OWN_RUN = 3
MIN_SWITCH_LETTERS = 2
MIN_OWN_SHARE = 0.25
# The words of each language a word is judged by: its commonest, enough to
# hold everyday speech ("nobody gets left behind"), not only grammar words.
SWITCH_VOCABULARY = 2000
SWITCH_WORD = compile_cached(r"\p{L}[\p{L}\p{M}'’]*")


def code_switched_speech(document: Document, article_code: str | None, span: Span) -> bool:
    """Whether the run is code-switched speech (see MIN_OWN_WORDS)."""
    text = document.text
    line = document.line_at(span.start)
    opening = _opening_mark_before(text, line.start, span.start)
    if opening is None:
        return False
    closers = QUOTATION_MARKS[text[opening]]
    closing = next((at for at in range(span.end, line.end) if text[at] in closers), None)
    if closing is None:
        return False
    theirs = commonest_words(span.language, SWITCH_VOCABULARY) if span.language else frozenset()
    ours = commonest_words(article_code, SWITCH_VOCABULARY) if article_code and article_code != "und" else None
    article = document.foreign_spans.language
    other_script = article is not None and span.script not in article.scripts
    own = other = 0
    # Read outward from the run: words of its language next to it are the
    # run's own edges (a run found shorter than it is), and a word or two
    # both languages write (a name, "NATO") may split one foreign sentence
    # into runs: only past MIN_OWN_RUN words of the article's language in a
    # row (a clause of it) do the run's language's words count as a switch.
    before = SWITCH_WORD.findall(text, opening + 1, span.start)[::-1]
    after = SWITCH_WORD.findall(text, span.end, closing)
    for words in (before, after):
        own_run = 0  # words of the article's language in a row, since the last of the run's
        switched_back = False
        for word in words:
            kind = _switch_kind(word, span, article, other_script, theirs, ours)
            if kind == "own":
                own += 1
                own_run += 1
                switched_back = switched_back or own_run >= MIN_OWN_RUN
            elif kind == "other":
                own_run = 0
                if switched_back:
                    other += 1
    if own < MIN_OWN_WORDS or other < MIN_OTHER_SWITCH:
        return False
    # A speaker who switches speaks the article's language for a good part of
    # the quotation; a foreign paragraph pasted into a quoted title does not.
    words = sum(len(word) >= MIN_SWITCH_LETTERS for word in SWITCH_WORD.findall(text, opening + 1, closing))
    return own >= MIN_OWN_SHARE * words


def _switch_kind(word: str, span: Span, article, other_script: bool, theirs: frozenset, ours: frozenset | None) -> str | None:
    """Whether a word of a quotation is of the article's language ("own"),
    of the run's ("other"), or neither (a name, a word both share)."""
    folded = word.casefold()
    if len(word) < MIN_SWITCH_LETTERS:
        return None  # a letter of a code ("R1b-M343", "Y-SNP") is neither language's
    if other_script:
        # Another script's run (English in a Hindi quotation): its words by
        # their letters ("Mummy", "proper").
        if script_of(word) == span.script:
            return "other"
        if ours is not None:
            return "own" if folded in ours else None  # a brand in Latin letters inside a Korean sentence is no switch back
        return "own" if article is not None and script_of(word) in article.scripts else None
    if folded in theirs and (ours is None or folded not in ours):
        return "other"
    if (folded in ours) if ours is not None else folded not in theirs:
        return "own"
    return None


# What stands before an opening quotation mark: the line's start, a space,
# an opening bracket, a colon or a dash (`said Tim, "…` opens; `buck,"` closes).
BEFORE_OPENING = " \t\u00a0([:：—–-"


def _opening_mark_before(text: str, line_start: int, start: int) -> int | None:
    """The offset of the last quotation mark before ``start`` on its line
    that opens a quotation still open there (its closing mark not between;
    a mark that both opens and closes, `"`, opens when an even number of
    them stand before it on the line), or None."""
    for at in range(start - 1, line_start - 1, -1):
        char = text[at]
        if char not in QUOTATION_MARKS or not (at == line_start or text[at - 1] in BEFORE_OPENING):
            continue
        closers = QUOTATION_MARKS[char]
        if any(text[between] in closers for between in range(at + 1, start)):
            return None  # the nearest quotation closed before the run
        if char in closers and text.count(char, line_start, at) % 2:
            return None  # `"` after an odd number of them closes
        return at
    return None
