"""A paragraph of prose ending in a bracketed ellipsis ("[…]", "[...]",
"[&#8230;]") is a feed's excerpt cut off, wherever it stands in the article
(a feed's footer or another item may follow it): TX112.  An elision inside
a quotation, a short line and "(…)" inside the text stay clean.  Text
written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

ARTICLES = {
    "en": (
        "Council approves new cycle lanes",
        "The council approved four new cycle lanes on Tuesday after a two-hour debate.",
        "Work on the first lane, along the river, will start in March and last about six weeks while the road stays open to buses {cut}",
        "The post Council approves new cycle lanes appeared first on Riverside Gazette.",
        "Cyclists' groups welcomed the vote.",
    ),
    "es": (
        "El ayuntamiento aprueba nuevos carriles bici",
        "El pleno aprobó el martes cuatro nuevos carriles bici tras un debate de dos horas.",
        "Las obras del primer carril, junto al río, comenzarán en marzo y durarán unas seis semanas mientras la calle sigue abierta al {cut}",
        "La entrada El ayuntamiento aprueba nuevos carriles bici se publicó primero en Diario del Río.",
        "Las asociaciones de ciclistas celebraron la votación.",
    ),
    "de": (
        "Stadtrat beschließt neue Radwege",
        "Der Stadtrat hat am Dienstag nach zweistündiger Debatte vier neue Radwege beschlossen.",
        "Die Arbeiten am ersten Radweg entlang des Flusses beginnen im März und sollen etwa sechs Wochen dauern, während die Straße für {cut}",
        "Die Radfahrerverbände begrüßten die Entscheidung des Rates.",
    ),
}


@pytest.mark.parametrize("cut", ["[…]", "[...]", "[&#8230;]", "[&hellip;]"])
@pytest.mark.parametrize("language", ARTICLES)
def test_a_feed_cut_before_the_last_paragraph_is_found(language, cut):
    blocks = list(ARTICLES[language])
    blocks[2] = blocks[2].format(cut=cut)
    for text in in_both_layouts(*blocks):
        found = [(d.line, d.code) for d in Linter(select=["TX112"]).lint_text(text)]
        line = text.split("\n").index(blocks[2]) + 1
        assert found == [(line, "TX112")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # An elision inside a quotation still open: it resumes after.
        '"We will build the lanes, but the budget for the bridge [...]',
        "„Wir bauen die Radwege, aber das Geld für die Brücke […]",
        # Too short to be prose: a heading or a teaser's label.
        "More on this story […]",
        # "(…)" elides inside a quotation in Spanish and Portuguese copy.
        "El alcalde dijo que la obra era necesaria y que el presupuesto estaba cerrado desde hace meses (…)",
        # Elision inside the paragraph, which ends with its stop.
        "The report said the lanes [...] would cut journey times by a fifth for most commuters.",
    ],
)
def test_elisions_and_short_lines_stay_clean(paragraph):
    blocks = ["Council approves new cycle lanes", "The council approved four new cycle lanes on Tuesday after a two-hour debate.", paragraph, "Cyclists' groups welcomed the vote."]
    for text in in_both_layouts(*blocks):
        assert [d.code for d in Linter(select=["TX112"]).lint_text(text)] == []


def test_an_entity_ellipsis_ending_the_article_is_found():
    blocks = list(ARTICLES["en"][:3])
    blocks[2] = blocks[2].format(cut="[&#8230;]")
    for text in in_both_layouts(*blocks):
        assert [d.code for d in Linter(select=["TX112"]).lint_text(text)] == ["TX112"]
