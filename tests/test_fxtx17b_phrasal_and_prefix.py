"""TX101 beside a phrasal verb's particle followed by the same preposition
("He moved in in 1998": both words are right), and TX102 on a word formed
with a productive prefix ("águas ultraprofundas": one word, not two glued);
and the doubles and glued words around them that stay reported.  Text
written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from lint_support import flagged_spans, in_both_layouts

AROUND = {
    "en": ("Harbour works", "The harbour reopened to ferries on Monday morning.", "The remaining work should end in June."),
    "es": ("Puerto", "El puerto volvió a abrir a los ferris el lunes por la mañana.", "Las obras restantes terminarán en junio."),
    "pt": ("Porto", "O porto voltou a abrir aos ferries na segunda-feira de manhã.", "As obras restantes devem terminar em junho."),
    "it": ("Porto", "Il porto ha riaperto ai traghetti lunedì mattina.", "I lavori rimanenti dovrebbero finire a giugno."),
    "fr": ("Port", "Le port a rouvert aux ferries lundi matin.", "Les derniers travaux doivent se terminer en juin."),
}


def spans(code: str, language: str, sentence: str) -> list[list[str]]:
    headline, before, after = AROUND[language]
    return [
        [span for found, span in flagged_spans(text, (code,)) if found == code]
        for text in in_both_layouts(headline, before, sentence, after)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "He moved in in 1998 and never left the village.",
        "She logged in in the morning to check the results.",
        "The grey mare came in in third place at Ascot.",
        "After weeks of talks the union gave in in the end.",
        "A steward stood by by the door while the crowd left.",
        "Fans turned up up the road from the stadium.",
        "The family are moving in in March, the council said.",
        "Walkers headed up up the valley before dawn.",
        "Several neighbours chipped in in the months that followed.",
        "The couple settled in in Leeds after the wedding.",
    ],
)
def test_particle_then_preposition_is_clean(sentence):
    for found in spans("TX101", "en", sentence):
        assert found == []


@pytest.mark.parametrize(
    "sentence, pair",
    [
        ("He was arrested in in the city centre on Friday.", "in in"),
        ("It was in in the box all along, the keeper said.", "in in"),
        ("The minister said the the talks would resume.", "the the"),
        ("He moved in in a hurry, neighbours said.", None),  # clean: the rule's own case
        ("The boxes in in the hall were never opened.", "in in"),
        ("Officials met on on Monday to agree the budget.", "on on"),
        ("She was up up the hill when the storm broke.", "up up"),
        ("The report was published by by the ministry.", "by by"),
        ("They moved in in in the spring.", None),  # a run of three stays unreported
        ("Talks will resume in in the capital next week.", "in in"),
        ("The talks ended in in May without a deal.", "in in"),
    ],
)
def test_other_doubles_stay_reported(sentence, pair):
    for found in spans("TX101", "en", sentence):
        assert found == ([pair] if pair else [])


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("pt", "A empresa descobriu petróleo em águas ultraprofundas na costa do país."),
        ("pt", "O país quer tornar-se uma superpotência energética até ao fim da década."),
        ("es", "La compañía presentó un proyecto multimillonario para el nuevo muelle."),
        ("es", "El gobierno aprobó una ley antitabaco en todos los bares del puerto."),
        ("es", "Los expertos hablan de un fenómeno hipercompetitivo en el sector."),
        ("it", "Il gruppo è una multinazionale con sede a Genova e a Milano."),
        ("it", "La nave trasportava container ultraleggeri verso il porto di Napoli."),
        ("fr", "Le chantier utilise des bétons ultrarésistants pour le quai."),
        ("en", "The port will run a superfast ferry service from next spring."),
        ("en", "Campaigners held an antiwar rally outside the harbour offices."),
    ],
)
def test_word_formed_with_a_prefix_is_clean(language, sentence):
    for found in spans("TX102", language, sentence):
        assert found == []


@pytest.mark.parametrize(
    "language, sentence, glued",
    [
        ("en", "The minister said thatthe talks would resume on Monday.", "thatthe"),
        ("en", "Officials said the new terminal was aproper success.", "aproper"),
        ("es", "El alcalde habló contrala decisión del gobierno regional.", "contrala"),
        ("en", "The mayor said hesaid nothing about the new contracts.", "hesaid"),
        ("en", "Workers said theKremlin had not replied to their letter.", "theKremlin"),
    ],
)
def test_glued_words_stay_reported(language, sentence, glued):
    for found in spans("TX102", language, sentence):
        assert found == [glued]


GERMAN = ("Bahnstreik", "Die Gewerkschaft hat für Montag zu einem Streik aufgerufen.", "Der Fernverkehr soll am Abend wieder rollen.")


def german_spans(sentence: str) -> list[list[str]]:
    return [
        [span for found, span in flagged_spans(text, ("TX102",)) if found == "TX102"]
        for text in in_both_layouts(*GERMAN[:2], sentence, GERMAN[2])
    ]


@pytest.mark.parametrize(
    "sentence, glued",
    [
        # A verb in -en glued to "die" or "das": no participle ends so.
        ("Die Behörden bittendie Bevölkerung, zu Hause zu bleiben.", "bittendie"),
        ("Die Pendler müssendie Verspätungen hinnehmen.", "müssendie"),
        ("Viele Reisende wartendie ganze Nacht am Bahnhof.", "wartendie"),
        ("Die Fahrgäste sollendas Angebot der Bahn nutzen.", "sollendas"),
        ("Die Reisenden bitten die Bahn um Auskunft und warten.", None),
    ],
)
def test_german_verb_glued_to_an_article(sentence, glued):
    for found in german_spans(sentence):
        assert found == ([glued] if glued else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Behörden bitten die Bevölkerung, zu Hause zu bleiben.",
        "Die folgenden Verbindungen fallen am Montag aus.",
        "Ein landendes Flugzeug musste durchstarten.",
        "Den wartenden Fahrgästen wurde Wasser gereicht.",
        "Der leitenden Ingenieurin zufolge ist die Strecke sicher.",
    ],
)
def test_german_declined_participle_is_clean(sentence):
    for found in german_spans(sentence):
        assert found == []
