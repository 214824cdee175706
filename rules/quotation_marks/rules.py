"""QM101 unclosed-quote and QM102 unopened-quote."""
from __future__ import annotations

import bisect
from typing import Any, Iterator, Mapping

from newslint import Document, Finding, Line, Option, Rule
from newslint.document import split_sentences

from .marks import analyse, mismatched_closers, misused_closing_openers, straight_closed_low_marks
from .speech import interrupted_at, lost_opening_mark


# What `paragraph-end-closes` accepts, and the values earlier versions took.
PARAGRAPH_END_SETTINGS = ("reopened", "never", "always")
FORMER_SETTINGS = {"straight": "reopened", "none": "never", "all": "always"}


class UnclosedQuote(Rule):
    options = {
        "paragraph-end-closes": Option(
            str,
            "When a paragraph's end may stand in for a closing mark: reopened (only when the next paragraph "
            "reopens the quotation, as news writes a long one), never (every paragraph closes its own "
            "quotations), or always (any paragraph that ends a sentence, for sources that drop that mark); "
            "straight, none and all are earlier versions' names for them.",
            choices=PARAGRAPH_END_SETTINGS + tuple(FORMER_SETTINGS),
        )
    }

    code = "QM101"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "unclosed-quote"
    summary = "Flags an opening quotation mark that is never closed, where its closing mark most likely belonged."
    why = """
        A scraper that drops a closing quotation mark leaves the reader unable
        to tell where the quoted words end and the reporter's begin, and a
        quote attributed to the wrong speaker is a correction waiting to
        happen.  The finding points where the closing mark belonged: before
        the attribution (`…crumble, he said`; in German, Spanish, French,
        Portuguese, Italian, Dutch, Russian and Ukrainian, whose attribution puts the
        verb first, before its comma: `…“, sagte er`, `…», dijo`, `… », a
        déclaré`, `…", disse`, `…», — сказал он`; in Vietnamese, Japanese,
        Korean and Chinese, before the speaker and verb that follow it:
        `…," bà nói`, `…」と話した`, `…"면서도`, `…，”他说`; where the
        reporter's narration resumes: Arabic `…"، مشيراً`, Hindi
        `।" उन्होंने बताया`, Chinese `。”他同时表示`), before a
        gloss in brackets that ends the paragraph (`"Gracias por la luz"
        (thank you for the light).`), before the verb that ends a German or
        Dutch clause quoting a fragment (`dat hij „…” bedoelde.`), at
        punctuation glued to
        the next word (`crumble,he said`, `years.The`), at the end of the
        last spoken sentence when first-person speech turns into
        third-person narration (English only), or else at the end of the
        paragraph.  A quotation that
        runs over several paragraphs opens each one and closes only at the
        end; a quotation closed on its line by a double mark of another
        kind (`«…"`, `“…"`, or two apostrophes: `"…''`; a `„…"`, whose „
        German, Polish, Czech or Romanian closes with a curly mark) is
        reported once, at that mark; it is not reported when the next paragraph reopens it
        (French reopens it with a closing guillemet, `» Et puis…`;
        `paragraph-end-closes` sets this).  A paragraph that opens with a
        short title in single marks (`‘바다의 끝’은`) does not reopen one.  A quotation nested three deep
        takes the outer marks again (`"…'…"…"…'…"`, «‹«›», 「『「」』」), and
        French and Russian nest guillemets in guillemets: neither is a lost
        closing mark.  Apostrophes, inch and ditto marks are not quotation
        marks.  A straight single mark opening a word is taken for a lost
        quotation's (`Minister: 'We got it wrong`) only where a quotation
        opens (a paragraph's start, after a colon, before a capital) or in
        an article that quotes with straight single marks elsewhere, never
        before an elision ('til, 'em, Dutch 's, 'Nineties, 'Ndrangheta,
        'burbs) nor when a single mark
        after it in the paragraph may close it (`the players' union`).
        A quotation nested in its own low marks (`„…„…“,“`, Georgian or
        German) is no lost mark when both close before the paragraph ends.
    """
    example = """
        During the call, Xi described “steady progress in their trade ties, and the bridge over the Amur
        Mr Idris said: "It is a landmark building and would otherwise just crumble,he said.
        The minister said: "We will not let passengers pay for the failures of the operators.
        The regulator said fares would rise by 3% in January.
        Der Kandidat sagte: „Wir werden die Mieten deckeln, sagte er am Montag in Hamburg.
    """
    use_instead = """
        During the call, Xi described “steady progress” in their trade ties, and the bridge over the Amur
        Mr Idris said: "It is a landmark building and would otherwise just crumble," he said.
        “The first paragraph of a long quotation stays open.
        “The second one closes it,” the minister said of Russia’s ’90s reforms and a 65" screen.
        “She rang and said, ‘It’s over. They told me, “We are shut.”’ So I went home,” the juror said.
        Der Kandidat sagte: „Wir werden die Mieten deckeln“, sagte er am Montag in Hamburg.
    """

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        setting = options["paragraph-end-closes"]
        setting = FORMER_SETTINGS.get(setting, setting)
        mismatched = mismatched_closers(document)
        for unclosed in analyse(document).unclosed:
            mark = unclosed.mark
            if mark.offset in mismatched:
                # «…": one defect, the closing mark of another kind, reported there.
                start, end = mismatched[mark.offset]
                line, column = document.position(mark.offset)
                message = (
                    f"opening {mark.char} (column {column}) is closed by {document.text[start:end]}, "
                    f"a mark of another kind"
                )
                yield Finding(start, end, message)
                continue
            if _excused(unclosed.excuse, setting):
                continue
            line, column = document.position(mark.offset)
            where = f"column {column}" if document.position(unclosed.missing_at)[0] == line else f"line {line}, column {column}"
            # The text's own character: a French paragraph's `» ` reopens a
            # quotation as an opening « would, and is paired as one.
            message = f"opening {document.text[mark.offset]} ({where}) is never closed; its closing mark probably belongs here"
            yield Finding(unclosed.missing_at, unclosed.missing_at, message)
        for opener, closer in straight_closed_low_marks(document):
            # „…": a quotation of two systems, reported at the straight mark.
            line, column = document.position(opener)
            yield Finding(closer, closer + 1, f'opening „ (column {column}) is closed by ", a mark of another kind')


def _excused(excuse: str, setting: str) -> bool:
    if excuse == "reopened":
        return setting != "never"
    if excuse == "paragraph end":
        return setting == "always"
    return False


class UnopenedQuote(Rule):
    code = "QM102"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "unopened-quote"
    summary = "Flags a closing quotation mark with no opening mark, at the sentence where the quotation should start."
    why = """
        When the opening mark of a quotation is lost, usually with the space
        before it, the quoted words read as the reporter's own.  The finding
        sits at the start of the sentence that ends in the orphan closing mark,
        where the opening mark most likely stood, or later where the sentence
        shows it: after an introduction (`said: We`, `dijo que…»`).  A
        quotation interrupted by the author's words between dashes
        (`A, — сказал он. — B»`) began before its first part.  A closing
        single mark with no opening one is reported only where no
        apostrophe stands: after a clause's punctuation (`wrong,' he
        said`) but not a capitalised abbreviation's stop (`the U.S.'
        role`), or after a word of four letters or more and before
        punctuation (`…sneller gaan’.`), not after s, z or x (`the
        players’.`), a dropped g (`nothin’.`) nor an accent typed as a
        straight apostrophe (Italian or French `perche'.`, or a word whose
        accented form the article's language knows better: `voce'.`), and
        only when no single mark opened before it in the paragraph.  A
        closing ” that opens a quotation (`”It felt…,” said one`, after a
        line's start, a space or a bracket, before a Latin, Cyrillic or
        Greek letter; not in a Chinese or Japanese article, whose fonts draw
        “ and ” alike, `新产品 ”iPhone Air” 将`) is reported
        where it stands, in an article whose language opens with another
        mark: Swedish and Finnish open with ” (`”Det kändes bra”, sade
        hon`), and Danish and Norwegian, which the language vote confuses
        with Swedish, are left alone too, as is a quotation in their words
        inside an article in another language.  A ” after a digit is an inch
        mark (`a 12” speaker`) unless a quotation is open.
    """
    example = """
        Bilateral relations have maintained a sound momentum,” Xi said in the call.
        ”We have work to do,” she said after the first meeting of the committee.
    """
    use_instead = """
        “Bilateral relations have maintained a sound momentum,” Xi said in the call.
        “We have work to do,” she said after the first meeting of the committee.
    """

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        mismatched = {start for start, _ in mismatched_closers(document).values()}
        for mark, earliest in analyse(document).unopened:
            if mark.offset in mismatched:
                continue  # «…": QM101's, the closing mark of another kind
            sentence_start = _sentence_start(document, mark.offset)
            interrupted = interrupted_at(document.text, sentence_start)
            if interrupted is not None and interrupted >= earliest:
                # `A, — сказал он. — B»`: the quotation began before A.
                sentence_start = _sentence_start(document, interrupted)
            start = lost_opening_mark(document.text, sentence_start, earliest, mark.offset)
            line, column = document.position(mark.offset)
            message = f"closing {mark.char} (column {column}) has no opening mark; the quotation probably starts here"
            yield Finding(start, mark.offset + 1, message)
        for offset in misused_closing_openers(document):
            # ”It felt…,” outside Swedish and Finnish: the quotation's opening
            # mark is a closing one, reported where it stands.
            line, column = document.position(offset)
            message = f"closing ” (column {column}) opens a quotation, which this language opens with another mark (“)"
            yield Finding(offset, offset + 1, message)


def _sentence_start(document: Document, offset: int) -> int:
    """The start of the sentence holding ``offset`` (or ending just at it),
    else of its line.  Only the lines holding an orphan are cut into
    sentences, as ``Document.sentences`` cuts each line, and each once:
    few articles have an orphan closing mark, and the whole article's
    sentences cost more than the rule."""
    line = document.line_at(offset)
    cut = document.memo(LINE_SENTENCES_KEY, lambda _: {})
    sentences = cut.get(line.number)
    if sentences is None:
        sentences = cut[line.number] = _line_sentences(line)
    starts, ends = sentences
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and offset <= ends[index]:
        return starts[index]
    return line.start


# Where QM102 keeps, per article, the sentences of the lines it has cut.
LINE_SENTENCES_KEY = "QM.line_sentences"


def _line_sentences(line: Line) -> tuple[list[int], list[int]]:
    """The starts and the ends (offsets in the text) of a line's sentences."""
    spans = list(split_sentences(line.text))
    return [line.start + start for start, _ in spans], [line.start + end for _, end in spans]
