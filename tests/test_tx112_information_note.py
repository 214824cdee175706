"""An article that closes on practical information under a label (opening
hours, prices) ends as it should; one cut mid-sentence after a dateline in
capitals is still reported (trial13)."""

import pytest

from newslint import Linter

OPENING = [
    "Abre el nuevo mercado de abastos de Triana",
    "El nuevo mercado de abastos de Triana abrió este martes tras tres años de obras y una inversión de 12 millones de euros.",
    "El edificio reúne 48 puestos de fruta, pescado y carne, y una terraza en la azotea con vistas al río.",
]


def tx112(lines, separator):
    return [d.code for d in Linter(select=["TX112"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "note",
    [
        "Horarios: de martes a domingo, de 8 a 15 horas",
        "Eintritt: 6 Euro, ermäßigt 4 Euro, Kinder unter 12 frei",
        "Tickets: £14, or £9 for students, from the box office",
    ],
)
def test_a_closing_note_of_practical_information_is_no_cut(note, separator):
    assert tx112(OPENING + [note], separator) == []


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_sentence_cut_after_a_dateline_is_still_reported(separator):
    cut = "SEVILLA: El alcalde anunció el 12 de mayo que el segundo mercado abrirá en el barrio de la"
    assert tx112(OPENING + [cut], separator) == ["TX112"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_closing_contact_address_is_no_cut(separator):
    assert tx112(OPENING + ["Más información: prensa@mercadotriana.es"], separator) == []
