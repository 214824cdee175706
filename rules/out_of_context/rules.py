"""OC101 out-of-context-sentence: a sentence that shares nothing with its article."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import functools
import warnings

from newslint import Document, Finding, Option, Rule
from newslint.diagnostic import NewslintWarning

from . import cohesion, embeddings


class OutOfContextSentence(Rule):
    code = "OC101"
    name = "out-of-context-sentence"
    summary = "Flags a sentence that shares almost none of its content words with the rest of the article."
    why = """
        A scraper that merges a "related story" teaser, an advertisement's
        copy or a neighbouring article's sentence into the text leaves a
        sentence about something else: a doctor sentenced in Alaska inside a
        report on Xi and Putin.  Real news introduces new people and facts
        too, but its sentences keep sharing names and topic words with the
        rest of the article; an injected one shares none.  The lexical method
        weighs each shared word by how rare it is (wordfreq), is
        deterministic, and says in the message which words the sentence does
        not share.  The first line (the headline) and short sentences are not
        judged, nor are articles too short to judge.
    """
    example = """
        Xi tells Putin China will support Russia on security
        Chinese leader Xi Jinping reiterated his support for Moscow on sovereignty and security in a call with Vladimir Putin.
        The Kremlin said Putin and Xi stressed that relations between Russia and China were at an all-time high.
        An Alaska doctor was sentenced to nearly three years after five patients overdosed on opioids he prescribed.
        Xi has described Putin as his best friend, and the two leaders have met dozens of times since 2013.
        China has refused to condemn Russia's invasion of Ukraine, and Putin thanked Xi for his balanced position.
        The call was the second time Xi and Putin have spoken since Russia invaded Ukraine, the Kremlin said.
    """
    use_instead = """
        Xi tells Putin China will support Russia on security
        Chinese leader Xi Jinping reiterated his support for Moscow on sovereignty and security in a call with Vladimir Putin.
        The Kremlin said Putin and Xi stressed that relations between Russia and China were at an all-time high.
        Meanwhile, US officials warned Beijing against giving military support to Moscow in the war in Ukraine.
        Xi has described Putin as his best friend, and the two leaders have met dozens of times since 2013.
        China has refused to condemn Russia's invasion of Ukraine, and Putin thanked Xi for his balanced position.
        The call was the second time Xi and Putin have spoken since Russia invaded Ukraine, the Kremlin said.
    """
    options = {
        "threshold": Option(float, "Cohesion (0 to 1) below which a sentence is reported."),
        "min-weight": Option(float, "Least information (summed word weights) a sentence needs to be judged by the lexical method."),
        "min-words": Option(int, "Shortest sentence (in words) that is judged."),
        "min-sentences": Option(int, "Fewest sentences an article needs to be judged."),
        "method": Option(str, "lexical, or semantic (needs the newslint[semantic] extra; falls back to lexical)."),
        "semantic-threshold": Option(float, "With the semantic method: similarity to the article below which a sentence is reported."),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        analysis = cohesion.analyse(document)
        judged = [
            item for item in analysis.sentences
            if item.sentence.line != _first_line(document) and len(item.sentence.text.split()) >= options["min-words"]
        ]
        if len(judged) < options["min-sentences"]:
            return
        if options["method"] == "semantic":
            similarities = _semantic(document, [item.sentence for item in judged])
            if similarities is not None:
                for item, similarity in zip(judged, similarities):
                    if similarity < options["semantic-threshold"]:
                        message = (
                            f"sentence is unlike every other sentence of the article (closest similarity "
                            f"{similarity:.2f})"
                            + (": " + ", ".join(f'"{word}"' for word in item.unshared[:3]) + " appear nowhere else"
                               if item.unshared else "")
                        )
                        yield Finding(item.sentence.start, item.sentence.end, message)
                return
        for item in judged:
            if item.cohesion <= options["threshold"] and item.weight >= options["min-weight"]:
                unshared = ", ".join(f'"{word}"' for word in item.unshared) or "its words"
                shared = ", ".join(f'"{word}"' for word in item.shared)
                message = (
                    f"sentence shares little with the rest of the article ({item.cohesion:.0%} of its content): "
                    f"{unshared} appear nowhere else" + (f"; it shares only {shared}" if shared else "")
                )
                yield Finding(item.sentence.start, item.sentence.end, message)


def _semantic(document: Document, sentences) -> list[float] | None:
    """For each sentence, the mean cosine similarity of its two nearest
    sentences in the article (a real sentence has neighbours in meaning, an
    injected one has none), or None, after one warning, without the extra."""
    try:
        encoder = embeddings.encoder()
    except embeddings.SemanticUnavailable as error:
        _warn_once(f"OC101: {error}; using the lexical method")
        return None
    everything = [sentence.text for sentence in document.sentences if len(sentence.text.split()) >= 3]
    vectors = encoder.encode(everything)
    index = {text: row for row, text in enumerate(everything)}
    similarities = []
    for sentence in sentences:
        row = index[sentence.text]
        scores = sorted((float(value) for other, value in enumerate(vectors @ vectors[row]) if other != row), reverse=True)
        nearest = scores[:2] or [1.0]
        similarities.append(sum(nearest) / len(nearest))
    return similarities


@functools.lru_cache(maxsize=None)
def _warn_once(message: str) -> None:
    warnings.warn(message, NewslintWarning, stacklevel=2)


def _first_line(document: Document) -> int:
    for line in document.lines:
        if not line.is_blank:
            return line.number
    return 0


class TeaserLine(Rule):
    code = "OC102"
    name = "teaser-line"
    summary = "Flags a headline-shaped line between paragraphs that shares no content word with the article: another story's teaser."
    why = """
        Pages link to other stories with their headlines, and a scraper keeps
        them as lines of their own between the article's paragraphs: "Alaska
        doctor sentenced over opioid deaths" inside a report on Xi and Putin.
        A subheading names something the article goes on to discuss ("Trade
        ties"), so it shares words with it; a teaser of another story shares
        none.  Only short lines without sentence punctuation that sit alone
        between paragraphs are judged: the first line is the headline, and
        bulleted lines and runs of short lines are lists (fixtures, results).
    """
    example = """
        Xi tells Putin China will support Russia on security

        Chinese leader Xi Jinping reiterated his support for Moscow in a call with Vladimir Putin.

        Alaska doctor sentenced over opioid overdoses

        The Kremlin said the two leaders stressed that relations were at an all-time high.
    """
    use_instead = """
        Xi tells Putin China will support Russia on security

        Chinese leader Xi Jinping reiterated his support for Moscow in a call with Vladimir Putin.

        Trade ties

        The two leaders also discussed trade between China and Russia, the Kremlin said.
    """
    options = {
        "max-words": Option(int, "Longest line (in words) judged as a possible teaser."),
        "min-words": Option(int, "Shortest line (in words) judged as a possible teaser."),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        analysis = cohesion.analyse(document)
        first = _first_line(document)
        lines = document.lines
        for item in analysis.sentences:
            sentence = item.sentence
            line = lines[sentence.line - 1]
            words = line.text.split()
            if sentence.line == first or sentence.text != line.text.strip():
                continue  # the headline, or a sentence inside a paragraph
            if not options["min-words"] <= len(words) <= options["max-words"] or line.text.strip()[-1] in ".!?:;\"”’»)":
                continue
            if not _between_paragraphs(document, sentence.line) or _in_list(document, sentence.line, options):
                continue
            if item.weight > 0 and not item.shared and item.cohesion == 0.0:
                unshared = ", ".join(f'"{word}"' for word in item.unshared[:3])
                message = f"line between paragraphs shares no word with the article ({unshared}): another story's headline"
                yield Finding(sentence.start, sentence.end, message)


def _in_list(document: Document, number: int, options: Mapping[str, Any]) -> bool:
    """Whether the line is an item of a list: bulleted, or next to another
    short line without sentence punctuation (fixtures, results, bullet points)."""
    lines = document.lines
    if lines[number - 1].text.lstrip()[:2] in ("- ", "• ", "* ", "– "):
        return True

    def short(index: int) -> bool:
        if not 0 <= index < len(lines):
            return False
        text = lines[index].text.strip()
        return bool(text) and len(text.split()) <= options["max-words"] and text[-1] not in ".!?"

    above = number - 2
    while above >= 0 and lines[above].is_blank:
        above -= 1
    below = number
    while below < len(lines) and lines[below].is_blank:
        below += 1
    return short(above) or short(below)


def _between_paragraphs(document: Document, number: int) -> bool:
    """Whether prose (a line ending a sentence) stands somewhere above and
    somewhere below the line."""

    def prose(line) -> bool:
        text = line.text.strip()
        return len(text.split()) >= 8 and text[-1:] in ".!?\"”’»)"

    lines = document.lines
    return any(prose(line) for line in lines[: number - 1]) and any(prose(line) for line in lines[number:])
