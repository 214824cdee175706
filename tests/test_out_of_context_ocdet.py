"""OC101's static method on articles written for the project (issue 11,
helper ocdet): an injected sentence found in both layouts, clean articles of
several topics and a non-English one left alone, the static table loaded,
and the context vectors a learned similarity is fitted on
(context.judge_with_contexts; the fitting is tests/benchmarks/out_of_context_learned.py)."""
from __future__ import annotations

import numpy as np
import pytest

from newslint import Document, Linter
from newslint.rules.out_of_context import context, static

ORCHARD = """Cider makers warn of poor apple harvest
Cider makers in the west of the county say a late frost in April has cut this year's apple crop by almost half.
Orchards that normally produce hundreds of tonnes of fruit have trees with only a few apples on each branch.
The frost struck just as the blossom opened, killing the flowers before bees could pollinate them.
One grower said he had lost about sixty per cent of his crop and would have to buy apples from other farms.
Small cider makers fear they will not be able to fill their orders for pubs and shops next summer.
The growers' association has asked the government to include fruit farms in its frost damage scheme.
Some orchards on higher ground escaped the worst of the frost and expect a normal harvest.
Apple prices paid to growers are expected to rise sharply in the autumn because of the shortage.
"""
TRANSFER = "The Premier League side confirmed the midfielder had signed a four-year deal after passing a medical on Tuesday."

ELECTION = """Independent candidate wins seat on county council
An independent candidate has won a seat on the county council, ending forty years of control of the ward by one party.
Retired nurse Helen Okafor took 1,412 votes, almost twice as many as the councillor who had held the seat since 2009.
She campaigned against the closure of the ward's last bus route and for more crossings near its two primary schools.
Turnout was 31 per cent, higher than at the last election, when fewer than one in four voters went to the polls.
Ms Okafor said her first task would be to ask the council to keep the number 14 bus running past the hospital.
The party that lost the seat said it would look closely at why voters had turned away from it in the ward.
The council's leader congratulated her and said he hoped to work with her on transport across the county.
"""

CONCERT = """Orchestra plays first concert in restored hall
The city's orchestra has played its first concert in the old music hall, which reopened after five years of restoration.
Builders replaced the leaking roof, the rotten floorboards and the seats, which had not been changed since the 1930s.
Acoustic engineers spent months tuning the ceiling panels so that quiet passages carry to the back of the gallery.
The programme of the opening night included a symphony that was first played in the same hall in 1911.
Tickets for the first season sold out within a week, and a second series of concerts has been added for the spring.
The hall's trust said schools would be invited to free morning rehearsals once a month from September.
"""

GERMAN = """Stadt baut neue Radwege im Zentrum
Die Stadt will in den nächsten zwei Jahren drei Kilometer geschützte Radwege durch die Innenstadt bauen.
Der Stadtrat stimmte dem Plan am Mittwochabend nach einer langen Debatte mit großer Mehrheit zu.
Radfahrer hatten sich seit Jahren über die gefährliche Hauptstraße zwischen Bahnhof und Marktplatz beschwert.
Einige Händler fürchten dagegen, dass ihre Kunden keine Parkplätze mehr vor den Geschäften finden werden.
Der erste Abschnitt soll im September beginnen und bis zum Ende des Jahres fertig sein.
Die Kosten von rund vier Millionen Euro trägt zum größten Teil das Land.
Eine öffentliche Versammlung zur Gestaltung der Kreuzungen findet im nächsten Monat im Rathaus statt.
"""

LAYOUTS = ["blank lines", "none"]


def laid_out(text: str, layout: str) -> str:
    return text.replace("\n", "\n\n") if layout == "blank lines" else text


def oc(text: str) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in Linter(select=["OC"]).lint_text(text)]


def with_sentence_after(text: str, line: int, sentence: str) -> str:
    lines = text.split("\n")
    lines[line - 1] += " " + sentence
    return "\n".join(lines)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_football_transfer_inside_a_harvest_report_is_found(layout):
    text = laid_out(with_sentence_after(ORCHARD, 5, TRANSFER), layout)
    line = next(n for n, l in enumerate(text.split("\n"), 1) if TRANSFER in l)
    assert oc(text) == [("OC101", line)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("article", [ORCHARD, ELECTION, CONCERT, GERMAN], ids=["harvest", "election", "concert", "german"])
def test_clean_articles_stay_clean(article, layout):
    assert oc(laid_out(article, layout)) == []


def test_a_german_article_is_not_judged_even_with_an_english_intruder():
    # The static table knows English only: the default says nothing there.
    assert oc(with_sentence_after(GERMAN, 4, TRANSFER)) == []


def test_the_static_table_loads():
    table = static.table()
    assert table.vectors.shape[1] == 128
    assert table.vectors.dtype == np.float32
    assert len(table.vocabulary) == table.vectors.shape[0] > 20_000
    assert np.isfinite(table.vectors).all()


def _judged(text: str):
    document = Document(text)
    return context.judge(document, document.sentences), context.judge_with_contexts(document, document.sentences)


def test_context_vectors_are_given_only_when_asked_and_change_no_feature():
    plain, with_contexts = _judged(laid_out(ORCHARD, "blank lines"))
    assert [item.features for item in plain] == [item.features for item in with_contexts]
    assert all(item.contexts is None for item in plain)
    for item in with_contexts:
        assert item.contexts.shape == (len(context.CONTEXTS), 128)
        assert np.allclose((item.contexts * item.contexts).sum(axis=1), 1.0, atol=1e-4)


def test_context_vectors_agree_with_the_similarities():
    text = ORCHARD.replace("each branch.\n", "each branch. ", 1)  # one paragraph of two sentences
    _, judged = _judged(text)
    names = context.FEATURES
    for item in judged:
        values = dict(zip(names, item.features))
        vectors = dict(zip(context.CONTEXTS, item.contexts))
        assert float(vectors["sentence"] @ vectors["rest"]) == pytest.approx(values["rest"], abs=1e-4)
        assert float(vectors["sentence"] @ vectors["headline"]) == pytest.approx(values["headline"], abs=1e-4)
    alone = [item for item in judged if item.sentence.text == Document(text).lines[item.sentence.line - 1].text.strip()]
    for item in alone:  # a sentence alone on its line: its paragraph is its neighbours
        assert np.allclose(item.contexts[2], item.contexts[3])
    paired = [item for item in judged if item not in alone]
    assert len(paired) == 2
    assert float(paired[0].contexts[0] @ paired[1].contexts[2]) == pytest.approx(1.0, abs=1e-4)
