"""Trial 12's mixed-language false alarms, on text written for these tests
(both layouts: a blank line between blocks, and none).

1. An article in a Latin-script language newslint votes for no list of
   (Catalan, Galician, Norwegian) is an unknown Latin-script language, not its
   neighbour's: its own lines are not called foreign, and a neighbour's list
   knowing its words is no evidence of that neighbour's language.
"""
from __future__ import annotations

import pytest

from newslint import Document, Linter
from newslint.language import fitting_latin_language
from lint_support import in_both_layouts

layouts = in_both_layouts


def ml(text: str) -> list[tuple[str, int, str]]:
    """(code, line, message) of each ML finding."""
    return [(d.code, d.line, d.message) for d in Linter(select=["ML"]).lint_text(text)]


# -- 1. languages with no list of their own --------------------------------------

CATALAN = (
    "L'Ajuntament amplia l'horari de les biblioteques",
    "L'Ajuntament de Girona ha anunciat aquest dilluns que les biblioteques municipals obriran també els "
    "diumenges al matí a partir del mes que ve.",
    "La regidora de Cultura va explicar que la mesura respon a la demanda dels estudiants, que durant l'època "
    "d'exàmens no troben prou espais per estudiar.",
    "«Volem que la ciutat tingui llocs oberts per a tothom», va dir la regidora en una roda de premsa.",
)
GALICIAN = (
    "A Xunta abre o prazo para as axudas ao aluguer",
    "A Xunta de Galicia abriu onte o prazo para solicitar as axudas ao aluguer da vivenda, que este ano chegan "
    "a máis de seis mil familias.",
    "O conselleiro explicou que as solicitudes poden presentarse ata finais de mes e que os pagamentos "
    "comezarán en xaneiro.",
    "«Queremos que ningunha familia quede fóra por falta de información», dixo o conselleiro despois da reunión.",
)
NORWEGIAN = (
    "Kommunen vil bygge ny skole på Tøyen",
    "Oslo kommune har vedtatt å bygge en ny barneskole på Tøyen, og byggingen skal etter planen starte neste høst.",
    "Byrådet sier at skolen skal ha plass til rundt seks hundre elever og et eget bibliotek som også skal være "
    "åpent for nabolaget.",
    "Foreldrene har lenge etterlyst flere skoleplasser i bydelen, og mange er glade for at vedtaket endelig er kommet.",
)


@pytest.mark.parametrize("text", layouts(*CATALAN) + layouts(*GALICIAN))
def test_an_article_in_a_language_with_no_list_has_no_foreign_lines(text):
    assert fitting_latin_language(Document(text)) == "und"
    assert ml(text) == []


@pytest.mark.parametrize("text", layouts(*NORWEGIAN))
def test_a_norwegian_article_has_no_foreign_lines(text):
    # Read as Danish (the vote does not tell them apart, and Danish's list
    # knows most of its words) or as an unknown language: either way clean.
    assert fitting_latin_language(Document(text)) in ("da", "und")
    assert ml(text) == []


@pytest.mark.parametrize("text", layouts(
    *CATALAN[:3], "The council said the new opening hours would start next month and stay in place all year."
))
def test_an_english_sentence_in_a_catalan_article_is_still_reported(text):
    found = ml(text)
    assert found and all("English" in message and "unknown Latin-script" in message for _, _, message in found)
    assert {line for _, line, _ in found} == {text.rstrip("\n").count("\n") + 1}


PORTUGUESE = (
    "Prefeitura amplia horário das bibliotecas",
    "A prefeitura de Curitiba anunciou nesta segunda-feira que as bibliotecas municipais também vão abrir aos "
    "domingos pela manhã a partir do próximo mês.",
    "A secretária de Cultura explicou que a medida responde a um pedido dos estudantes, que na época de provas "
    "não encontram lugares suficientes para estudar.",
    "Segundo ela, o horário novo vale por um ano e depois será avaliado pela câmara.",
)


@pytest.mark.parametrize("text", layouts(*PORTUGUESE))
def test_a_portuguese_article_stays_portuguese_and_clean(text):
    assert fitting_latin_language(Document(text)) == "pt"
    assert ml(text) == []


@pytest.mark.parametrize("text", layouts(
    *PORTUGUESE[:3],
    "Segundo ella, el horario nuevo será evaluado por el ayuntamiento después de un año y podría cambiar en verano.",
))
def test_a_spanish_sentence_in_a_portuguese_article_is_still_reported(text):
    assert fitting_latin_language(Document(text)) == "pt"
    assert any("Spanish" in message for _, _, message in ml(text))
