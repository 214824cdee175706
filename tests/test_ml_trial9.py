"""Trial 9's ML items, on text written for these tests (both layouts: a
blank line between blocks, and none): words with German ß and Greek final ς
looked up as wordfreq's case-folded lists spell them, the article's language
of a short article holding a line of a close language, and a Japanese
sentence in a Chinese article."""
from __future__ import annotations

import pytest

from newslint import Document, Linter
import newslint.language as language_module
from newslint.language import common_zipf, common_zipfs, best_common_zipf, spellings, zipf
from newslint.language import common_zipf_column, best_common_zipf_column

SEPARATORS = ("\n\n", "\n")


def layouts(*blocks: str) -> list[str]:
    return [separator.join(blocks) + "\n" for separator in SEPARATORS]


def found(text: str, select=("ML", "TX")) -> list[tuple[int, str, str]]:
    """(line, code, flagged text) of each finding."""
    lines = text.split("\n")
    out = []
    for d in Linter(select=list(select)).lint_text(text):
        line = lines[d.line - 1]
        out.append((d.line, d.code, line[d.col - 1 : d.end_col - 1] if d.end_line == d.line else line[d.col - 1 :]))
    return out


# -- ß and final ς: the lists are case-folded ----------------------------------


@pytest.mark.parametrize("word, language", [
    ("großen", "de"), ("straße", "de"), ("weiß", "de"), ("außerdem", "de"),
    ("τους", "el"), ("της", "el"), ("μας", "el"), ("μαΐου", "el"),
])
def test_words_with_letters_the_lists_fold_are_known(word, language):
    folded = word.casefold()
    assert folded != word
    assert common_zipf(word, language) == common_zipf(folded, language) > 0
    assert zipf(word, language) == zipf(folded, language) > 0
    assert common_zipfs(word, ("en", language)) == common_zipfs(folded, ("en", language))
    assert best_common_zipf(word, ("en", language)) == best_common_zipf(folded, ("en", language))
    assert common_zipf_column(["the", word], language)[1] == common_zipf(folded, language)
    assert best_common_zipf_column([word, "und"], ("en", language))[0] == best_common_zipf(folded, ("en", language))[0]


def test_the_curly_apostrophe_is_still_read_as_the_straight_one():
    assert common_zipf("don’t", "en") == common_zipf("don't", "en") > 0
    assert common_zipf_column(["don’t", "straße"], "en")[0] == common_zipf("don't", "en")


def test_commonest_words_hold_the_spellings_text_writes():
    commonest_words = language_module.commonest_words
    assert {"τους", "της", "μας", "τουσ"} <= commonest_words("el")
    assert {"muss", "muß", "dass", "daß"} <= commonest_words("de")
    assert spellings("τουσ") == ("τουσ", "τους")
    assert spellings("the") == ("the",)


GERMAN = (
    "Fußball: Großer Jubel in Gießen",
    "Der Aufsteiger aus Gießen hat am Samstag überraschend gegen den Tabellenführer gewonnen.",
    "Trainer Weiß sagte nach dem Spiel: „Das heißt gar nichts, wir müssen bloß weiter hart arbeiten.“",
    "Gut dreißig Minuten vor Schluss schoss der Stürmer aus großer Entfernung das entscheidende Tor.",
    "Die Fans feierten bis spät in die Nacht auf den Straßen der Innenstadt, größere Zwischenfälle gab es laut Polizei nicht.",
    "Außerdem gab der Verein bekannt, dass der Vertrag des Kapitäns verlängert wird, schließlich sei er ein großes Vorbild.",
    "Das nächste Spiel findet am Freitag statt, Anstoß ist um halb acht.",
)
GREEK = (
    "Νέα μέτρα για τις πυρκαγιές",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την πρόληψη των πυρκαγιών ενόψει του καλοκαιριού.",
    "Όπως είπε ο υπουργός, οι δήμοι θα λάβουν επιπλέον χρήματα για τον καθαρισμό των οικοπέδων έως το τέλος του Μαΐου.",
    "Παράλληλα, θα προσληφθούν εποχικοί πυροσβέστες, ενώ θα αυξηθούν οι περιπολίες στις δασικές περιοχές.",
    "Οι πολίτες καλούνται να είναι προσεκτικοί και να ενημερώνουν αμέσως τις αρχές, όπως τόνισε ο εκπρόσωπος της πυροσβεστικής.",
    "Σύμφωνα με τους ειδικούς, ο φετινός χειμώνας ήταν ξηρός και ο κίνδυνος είναι μεγάλος.",
)


@pytest.mark.parametrize("text", layouts(*GERMAN) + layouts(*GREEK))
def test_german_and_greek_articles_with_folded_letters_stay_clean(text):
    assert found(text) == []


@pytest.mark.parametrize("text", layouts(*GERMAN))
def test_a_german_article_with_sharp_s_is_german(text):
    assert Document(text).language.code == "de"


def english_with(clause: str) -> list[str]:
    return layouts(
        "Council approves new cycle lanes",
        "The city council approved a plan on Tuesday to build new cycle lanes along the main roads into the centre.",
        f"Supporters of the plan spoke at length, {clause}, and the vote passed easily.",
        "Work is expected to start in the spring and to last about eighteen months.",
    )


@pytest.mark.parametrize("clause", [
    "größere Straßen heißt weniger Spaß",
    "weiß man außerdem schließlich genau",
    "die Straße heißt Schloßallee",
    "große Straßen bleiben bloß gefährlich",
])
def test_a_german_clause_of_sharp_s_words_in_english_is_found_whole(clause):
    for text in english_with(clause):
        assert found(text) == [(5 if text.count("\n\n") else 3, "ML102", clause)]
