"""TX101 reports a one-letter word doubled where the language has such a
word (Portuguese "o o", Spanish "y y", Italian "e e"), between a lower-case
word and any word, and a word doubled where a wrapped paragraph breaks its
line; a list's markers, initials, a letter named twice, a song's short lines
and a new paragraph stay clean.  Text written for these tests."""
from __future__ import annotations

import pytest

from newslint import Linter

PARAGRAPHS = {
    "pt": ("O governo anunciou nesta terça-feira um novo programa de apoio aos agricultores do Nordeste.",
           "Os recursos serão usados para pagar o o Garantia-Safra aos produtores afetados pela seca."),
    "es": ("El Gobierno aprobó el martes un plan de ayudas para los agricultores afectados por la sequía.",
           "Las ayudas cubrirán semillas y y fertilizantes durante los próximos dos años."),
    "it": ("Il governo ha approvato martedì un piano di aiuti per gli agricoltori colpiti dalla siccità.",
           "Gli aiuti copriranno sementi e e fertilizzanti per i prossimi due anni."),
}


def tx101(text: str) -> list[str]:
    return [d.message for d in Linter(select=["TX101"]).lint_text(text)]


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_a_doubled_one_letter_word_is_reported(language):
    assert len(tx101("\n\n".join(PARAGRAPHS[language]) + "\n")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "A equipe dividiu as tarefas em duas listas, a e b, e começou pela lista a.",
        "O relatório cita as variantes A A e B, identificadas por J. J. Ribeiro no laboratório.",
        "Las opciones eran a) subir impuestos y b) recortar gastos, según el documento.",
    ],
)
def test_letters_named_or_listed_stay_clean(line):
    assert tx101(PARAGRAPHS["pt"][0] + "\n\n" + line + "\n") == []


# -- a word doubled where a wrapped paragraph breaks its line ------------------

WRAPPED = (
    "Badhuset stänger i mars",
    "Badhuset i centrum stänger i mars och öppnar igen först hösten 2026, meddelade kommunen på måndagen.",
    "Simklubbens ordförande säger att många barn i kommunen kommer att få",
    "få längre resor till träningen och att en del troligen slutar helt.",
)


def test_a_word_doubled_across_a_wrapped_line_is_reported():
    found = Linter(select=["TX101"]).lint_text("\n".join(WRAPPED) + "\n")
    # Reported on the copy, at the next line's start, as TX111 reports a passage's copy.
    assert [(d.line, d.col, d.message) for d in found] == [(4, 1, 'doubled word across a line break "få få"')]
    assert found[0].fix is None


@pytest.mark.parametrize(
    "lines",
    [
        # a song's short lines, a word said again at the next line's start
        ("Hon sjöng refrängen igen och igen", "igen tills publiken sjöng med."),
        # a paragraph ending in a word the next paragraph opens with, capitalised
        ("Kommunen säger att beslutet är fattat och att det inte ändras", "Ändras inte, säger ordföranden."),
    ],
)
def test_short_lines_and_new_paragraphs_stay_clean(lines):
    assert Linter(select=["TX101"]).lint_text("\n".join(WRAPPED[:2] + lines) + "\n") == []


def test_a_german_noun_doubled_mid_sentence_is_reported_and_a_name_is_not():
    text = (
        "Stadtrat beschließt neue Radwege\n\n"
        "Der Stadtrat hat am Dienstag beschlossen, nach vielen Jahre Jahre der Planung vier neue Radwege zu bauen.\n\n"
        "Im Urlaub auf Bora Bora erholte sich der Bürgermeister von der langen Debatte im Rathaus.\n"
    )
    assert [d.message for d in Linter(select=["TX101"]).lint_text(text)] == ['doubled word "Jahre Jahre"']
