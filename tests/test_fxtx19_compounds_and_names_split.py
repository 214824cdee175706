"""TX113: a compound split by a space in German, Dutch, Swedish and Danish
("Kranken haus", "zieken huis", "sjuk hus"), and a word split by a hyphen
and a space mid-line, a name's included ("Etche- verry", "Dela- haye",
"gover- nment").  Phrases of two words ("Auto fahren", "zu Mittag essen",
"te veel", "i dag"), suspended hyphens ("pre- and post-war", "Ein- und
Ausfuhr", "Vor- beziehungsweise Nachteile") and dashes stay clean.  Text
written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

CONTEXT = {
    "en": ("Harbour report published", "The harbour authority published its yearly report on Tuesday.", "The report is online."),
    "fr": ("Le port publie son rapport", "L'autorité portuaire a publié mardi son rapport annuel.", "Le rapport est en ligne."),
    "es": ("El puerto publica su informe", "La autoridad portuaria publicó el martes su informe anual.", "El informe está en línea."),
    "de": ("Neue Klinik im Landkreis", "Der Landkreis hat am Dienstag seine Pläne für die Versorgung vorgestellt.", "Die Pläne liegen im Rathaus aus."),
    "nl": ("Nieuw ziekenhuis in de regio", "De provincie heeft dinsdag haar plannen voor de zorg gepresenteerd.", "De plannen liggen ter inzage in het gemeentehuis."),
    "sv": ("Nytt sjukhus i länet", "Regionen presenterade på tisdagen sina planer för vården.", "Planerna finns på regionens webbplats."),
    "da": ("Nyt sygehus i regionen", "Regionen fremlagde tirsdag sine planer for sundhedsvæsenet.", "Planerne kan læses på regionens hjemmeside."),
}


def tx113(language: str, sentence: str) -> list[list[str]]:
    headline, before, after = CONTEXT[language]
    out = []
    for text in in_both_layouts(headline, before, sentence, after):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX113"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "language, sentence, split",
    [
        ("de", "Das neue Kranken haus soll im Herbst nächsten Jahres öffnen.", "Kranken haus"),
        ("de", "Nach Angaben der Bundes regierung fehlt das Geld für den Bau.", "Bundes regierung"),
        ("de", "Der Bürger meister will die Pläne im Gemeinderat vorstellen.", "Bürger meister"),
        ("nl", "Het nieuwe zieken huis opent volgend jaar in het najaar.", "zieken huis"),
        ("sv", "Det nya sjuk hus ska stå klart om två år, enligt regionen.", "sjuk hus"),
        ("sv", "Frågan tas upp i kommun fullmäktige nästa vecka.", "kommun fullmäktige"),
        ("da", "Det nye syge hus skal stå færdigt om to år, oplyser regionen.", "syge hus"),
    ],
)
def test_a_compound_split_by_a_space_is_found(language, sentence, split):
    assert tx113(language, sentence) == [[split], [split]]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("de", "Viele Menschen leben hier seit Jahren, und die Kinder spielen im Hof."),
        ("de", "Wer nicht Auto fahren will, kann hier Rad fahren oder im Winter Ski fahren."),
        ("de", "Die Beschäftigten können in der Kantine zu Mittag essen und Staub saugen muss niemand."),
        ("de", "Am Sonntag abend wollten viele Kaffee trinken und Zeit nehmen für die Familie."),
        ("nl", "Er komen te veel patiënten, en ten slotte moet iedereen op tijd naar huis."),
        ("sv", "I dag kom beskedet, och till slut fick alla åka hem i morgon."),
        ("da", "I dag kom beskeden, og i stedet for at vente kørte de hjem."),
    ],
)
def test_phrases_of_two_words_stay_clean(language, sentence):
    assert tx113(language, sentence) == [[], []]


@pytest.mark.parametrize(
    "language, sentence, split",
    [
        ("fr", "« Nous attendrons la décision », prévient Jean-Marc Etche- verry, président du comité.", "Etche- verry"),
        ("fr", "Selon Marie Dela- haye, la saison a été mauvaise.", "Dela- haye"),
        ("de", "Der Sprecher Johann Zehet- mair bestätigte die Zahlen am Abend.", "Zehet- mair"),
        ("en", "The gover- nment said the figures would be checked again.", "gover- nment"),
        ("es", "El portavoz, Iñaki Goiko- etxea, confirmó las cifras por la tarde.", "Goiko- etxea"),
    ],
)
def test_a_word_split_by_a_hyphen_and_a_space_mid_line_is_found(language, sentence, split):
    assert tx113(language, sentence) == [[split], [split]]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "Pre- and post-war figures were compared for the first- to third-year crews."),
        ("de", "Die Ein- und Ausfuhr von Fisch sowie die Vor- beziehungsweise Nachteile wurden besprochen."),
        ("de", "Auf Bundes- wie Landesebene gelten die Regeln, für Nord- bzw. Süddeutschland gleich."),
        ("fr", "Les pré- et post-saisons restent calmes, et les import- et exportations aussi."),
        ("nl", "De in- en uitvoer van vis daalde, net als de aan- of afvoer van ijs."),
        ("fr", "Le port de Lorient - une ville très touchée - attend les aides."),
        ("en", "The agreement signed in Sydney- nullified within a year - was never put to a vote."),
        ("de", "Der Vertrag aus Berlin- unterzeichnet im Mai - wurde nie umgesetzt."),
    ],
)
def test_suspended_hyphens_and_dashes_stay_clean(language, sentence):
    assert tx113(language, sentence) == [[], []]
