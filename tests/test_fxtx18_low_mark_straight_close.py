"""„ opened and closed with a straight " (a quotation of two typographic
systems) is one QM101 at the straight mark, in every language that opens
with „ (German, Polish, Czech, Romanian, Lithuanian), whether or not the
article closes another „ with a curly mark; „…“, „…” and a straight "…" of
their own stay clean.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

ARTICLES = {
    "de": ("Hochwasser an der Elbe", "Der Pegel stieg in der Nacht auf über sechs Meter.", "Die Feuerwehr war bis zum Morgen im Einsatz."),
    "pl": ("Powódź nad Odrą", "Poziom wody w nocy przekroczył sześć metrów.", "Strażacy pracowali do rana."),
    "cs": ("Povodně na Labi", "Hladina řeky v noci stoupla na více než šest metrů.", "Hasiči zasahovali až do rána."),
    "ro": ("Inundații pe Dunăre", "Nivelul apei a crescut peste noapte la peste șase metri.", "Pompierii au intervenit până dimineața."),
    "lt": ("Potvynis prie Nemuno", "Vandens lygis naktį pakilo daugiau nei šešis metrus.", "Ugniagesiai dirbo iki ryto."),
}
DAMAGED = {
    "de": '„Wir haben so etwas seit Jahren nicht erlebt", sagte der Bürgermeister am Morgen.',
    "pl": 'Burmistrz nazwał sytuację „najtrudniejszą od dekady" i zwołał sztab kryzysowy.',
    "cs": '„Takovou vodu jsme tu neviděli dvacet let", řekl starosta obce.',
    "ro": 'Primarul a vorbit despre „cea mai grea noapte din ultimii ani" și a cerut ajutor.',
    "lt": 'Meras sakė, kad tai „sunkiausia naktis per dešimtmetį" mieste.',
}
CLEAN = {
    "de": "„Wir haben so etwas seit Jahren nicht erlebt“, sagte der Bürgermeister am Morgen.",
    "pl": "Burmistrz nazwał sytuację „najtrudniejszą od dekady” i zwołał sztab kryzysowy.",
    "cs": "„Takovou vodu jsme tu neviděli dvacet let“, řekl starosta obce.",
    "ro": "Primarul a vorbit despre „cea mai grea noapte din ultimii ani” și a cerut ajutor.",
    "lt": 'Meras sakė, kad tai "sunkiausia naktis per dešimtmetį" mieste.',
}


def qm(text: str) -> list[tuple[str, str]]:
    lines = text.split("\n")
    return [(d.code, lines[d.line - 1][d.col - 1 : d.end_col - 1]) for d in Linter(select=["QM"]).lint_text(text)]


@pytest.mark.parametrize("language", DAMAGED)
def test_a_low_mark_closed_straight_is_one_finding_at_the_straight_mark(language):
    headline, before, after = ARTICLES[language]
    for text in in_both_layouts(headline, before, DAMAGED[language], after):
        assert qm(text) == [("QM101", '"')]


@pytest.mark.parametrize("language", CLEAN)
def test_curly_closing_marks_and_straight_pairs_stay_clean(language):
    headline, before, after = ARTICLES[language]
    for text in in_both_layouts(headline, before, CLEAN[language], after):
        assert qm(text) == []


def test_a_straight_quotation_inside_a_low_one_is_not_its_closing_mark():
    text = "„Er sagte nur \"Nein\" und ging“, berichtete eine Zeugin.\n"
    assert qm(text) == []
