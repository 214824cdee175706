"""Trial 12's mixed-language false alarms, on text written for these tests
(both layouts: a blank line between blocks, and none).

1. An article in a Latin-script language newslint votes for no list of
   (Catalan, Galician, Norwegian) is an unknown Latin-script language, not its
   neighbour's: its own lines are not called foreign, and a neighbour's list
   knowing its words is no evidence of that neighbour's language.
2. A quotation in another language that the article's sentence attributes
   to a speaker (`"…," said X`, `dijo: «…»`) or glosses is quoted speech;
   an untranslated sentence nobody quotes, and foreign words around a
   quotation, are still reported.
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


# -- 2. quoted speech ---------------------------------------------------------------

MUSEUM = (
    "Museum shop reports a record summer",
    "The shop at the city museum sold more postcards this summer than in any year since it opened in 1998.",
)


@pytest.mark.parametrize("text", [
    *layouts(*MUSEUM, '"Nous n\'avons jamais eu autant de visiteurs," said Claire Martin, who runs the shop.'),
    *layouts(*MUSEUM, 'Asked about the queues, the manager told reporters: "Wir haben so etwas noch nie erlebt." '
                      "She said more staff would be hired."),
    *layouts(*MUSEUM, '"No habíamos vendido tantas postales en toda la vida," the manager, Ana Ruiz, said on Friday.'),
    *layouts(*MUSEUM, '"Nous n\'avons jamais cessé d\'y croire, pas même une minute" (we never stopped believing, '
                      "not even for a minute) is painted above the till."),
])
def test_quoted_speech_attributed_or_glossed_in_an_english_article_is_clean(text):
    assert ml(text) == []


@pytest.mark.parametrize("text", [
    *layouts(
        "La banda anuncia su regreso",
        "El grupo de Liverpool tocó anoche ante veinte mil personas en el estadio y anunció una nueva gira por España.",
        'Los músicos se despidieron con un mensaje en sus redes: "see you all next summer in Madrid".',
    ),
    *layouts(
        "Die Band kündigt ihre Rückkehr an",
        "Die Gruppe aus Liverpool spielte gestern Abend vor zwanzigtausend Menschen im Stadion und kündigte eine neue Tournee an.",
        "„We will be back next year with a much bigger stage“, sagte die Sängerin nach dem Konzert.",
    ),
    *layouts(
        "Le groupe annonce son retour",
        "Le groupe de Liverpool a joué hier soir devant vingt mille personnes au stade et a annoncé une nouvelle tournée.",
        "« We have never seen a crowd like this one », a déclaré le batteur du groupe après le concert.",
    ),
])
def test_quoted_english_speech_in_other_articles_is_clean(text):
    assert ml(text) == []


@pytest.mark.parametrize("text", layouts(
    *MUSEUM, "The museum reopened on Monday, nous n'avons jamais eu autant de visiteurs selon la direction."
))
def test_an_unquoted_foreign_clause_is_still_reported(text):
    assert any(code == "ML102" and "French" in message for code, _, message in ml(text))


@pytest.mark.parametrize("text", layouts(
    *MUSEUM, 'The council has approved a new crematorium "direkt neben einem Altenheim in der Stadt" this week.'
))
def test_a_quotation_woven_into_the_sentence_is_still_reported(text):
    # No one said it: a clause machine translation left, quoted or not.
    assert any(code == "ML102" and "German" in message for code, _, message in ml(text))


@pytest.mark.parametrize("text", [
    # The attribution in the quotation's language: the speech verb is not the article's.
    *layouts(*MUSEUM, '"Wir haben so etwas noch nie erlebt," sagte die Leiterin to the reporters outside.'),
    # Foreign words go on after the attributed quotation.
    *layouts(*MUSEUM, '"Wir haben gewonnen," said Vogel, aber das Spiel war sehr schwer für alle von uns.'),
    # A foreign sentence around an English quotation.
    *layouts(*MUSEUM, 'Der Trainer sagte nach dem Spiel: "We made too many mistakes today", und verließ dann den Raum.'),
])
def test_foreign_words_outside_an_attributed_quotation_are_still_reported(text):
    assert any(code in ("ML102", "ML103") and "German" in message for code, _, message in ml(text))


# -- 3. an English clause after a comma in an unknown language's article -----------

VIETNAMESE = (
    "Thành phố mở thêm tuyến xe buýt điện",
    "Sở Giao thông vận tải thành phố cho biết sẽ mở thêm ba tuyến xe buýt điện từ tháng sau.",
    "Người dân phấn khởi, nhiều tài xế taxi và xe ôm cũng ủng hộ kế hoạch này.",
    "Dự án được kỳ vọng giảm ô nhiễm không khí trong nội đô.",
)


@pytest.mark.parametrize("text", layouts(*VIETNAMESE))
def test_a_vietnamese_article_with_commas_is_clean(text):
    assert fitting_latin_language(Document(text)) == "und"
    assert ml(text) == []


@pytest.mark.parametrize("text", layouts(
    *VIETNAMESE[:2],
    "Sở cho biết sẽ mở thêm tuyến xe buýt, but many drivers said the new routes would not help the outer districts at all.",
    VIETNAMESE[3],
))
def test_an_english_clause_after_a_comma_in_a_vietnamese_article_is_reported(text):
    line = text.split("\n").index("Sở cho biết sẽ mở thêm tuyến xe buýt, but many drivers said the new routes would not help the outer districts at all.") + 1
    found = ml(text)
    assert {number for _, number, _ in found} == {line}  # and ML103, the line being mostly English
    assert any(code == "ML102" and 'unknown Latin-script article: "but many drivers' in message for code, _, message in found)
