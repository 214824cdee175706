"""Trial 10's ML items, on text written for these tests (both layouts: a
blank line between blocks, and none): a Chinese line of many short
sentences with kana is read in linear time; a title quoted in its own
language inside the article's sentence stays clean; a name of capitalised
words in another language is no foreign run; real foreign clauses are still
found."""
from __future__ import annotations

import pytest

from newslint import Linter
from newslint.foreign_spans import Span, script_spans
from newslint.japanese import japanese_in_chinese
from lint_support import in_both_layouts

layouts = in_both_layouts


def on_last_line(text: str, select=("ML",)) -> list[tuple[str, str]]:
    last = text.rstrip("\n").count("\n") + 1
    return [(d.code, d.message) for d in Linter(select=list(select)).lint_text(text) if d.line == last]


# -- japanese_in_chinese: linear in the line ------------------------------------

def test_kana_in_a_long_chinese_line_of_short_sentences_is_linear():
    from growth import assert_linear

    def run(text: str) -> list[Span]:
        spans = list(script_spans(text, 0, len(text), {"Han"}))
        return japanese_in_chinese(text, 0, len(text), spans)

    # Every sentence holds one kana letter (a name's: no span), so a walk
    # over every kana span for every sentence costs sentences x spans.
    assert_linear(lambda n: "中文あ。 " * n, run, n=500)


def test_kana_read_by_sentence_is_unchanged():
    text = "一位市民说：東京では毎日たくさんの人が電車に乗ります。茶の町很有名。他们看了「千と千尋の神隠し」。"
    spans = list(script_spans(text, 0, len(text), {"Han"}))
    kept = japanese_in_chinese(text, 0, len(text), spans)
    # The Japanese sentence is one span over its Han and kana letters; the
    # kana of a shop's name (茶の町) and of a title in brackets are none.
    assert [(text[span.start : span.end], span.language) for span in kept] == [
        ("一位市民说：東京では毎日たくさんの人が電車に乗ります", "ja")]
    # The same spans whatever order they come in.
    assert japanese_in_chinese(text, 0, len(text), list(reversed(spans))) == kept


def test_a_chinese_line_with_a_japanese_sentence_is_still_found():
    chinese = (
        "机场快线延长段今天开通",
        "延长段全长约四公里，设两座车站，预计每天运送乘客三万人次。",
        "市交通部门表示，新线路将大大缩短市中心到机场的时间。",
        "延长段建成后，乗客は都心から空港まで約三十分で移動できるようになる。",
    )
    for text in layouts(*chinese):
        assert [code for code, _ in on_last_line(text)] == ["ML101"]


# -- quoted titles in their own language ---------------------------------------

LIBRARY = (
    "City library reopens after roof repairs",
    "The central library reopened on Saturday after eleven months of repairs to its leaking roof.",
    "The head librarian said the café would follow in June, once the new kitchen is fitted.",
)


@pytest.mark.parametrize("line", [
    'Readers arrived early, some carrying copies of "Cien años de soledad" and "Der Steppenwolf" for the reading circle.',
    'Members voted "Cent ans de solitude" the best translated novel of the decade.',
    "The circle will read *Il nome della rosa* next, then *Os Lusíadas* in the spring.",
    "Her own favourite remains 'La casa de los espíritus' by Isabel Allende.",
    "The display borrows its name from «A hora da estrela» and runs until May.",
])
def test_a_title_quoted_inside_the_sentence_stays_clean(line):
    for text in layouts(*LIBRARY, line):
        assert on_last_line(text) == []


@pytest.mark.parametrize("line, words", [
    # Quoted, but in lower case: a clause, not a title.
    ('The sign on the door said "no hay agua en el pueblo desde ayer por la tarde" in large letters.', "hay agua en el pueblo"),
    # Quoted, but nobody is said to say it (attributed speech is clean: tests/test_ml_trial12.py).
    ('He left the stage as "nous ne lâcherons rien jusqu\'à la fin" rang out.', "nous ne lâcherons rien"),
    # Not quoted at all.
    ("Opponents warned about silt. Los pescadores temen que el dragado destruya los criaderos de langosta.",
     "Los pescadores temen"),
])
def test_a_foreign_clause_next_to_quoted_titles_is_still_found(line, words):
    for text in layouts(*LIBRARY, line):
        found = on_last_line(text)
        assert found and found[0][0] == "ML102" and words in found[0][1]


# -- names of capitalised words in another language ---------------------------

SPANISH = (
    "El mercado central cumple cien años",
    "El mercado central celebra este fin de semana su centenario con conciertos y degustaciones.",
    "Los puestos más antiguos, como la pescadería de la familia Ortega, siguen abiertos desde 1926.",
)
GERMAN = (
    "Stadtbibliothek öffnet wieder",
    "Die Zentralbibliothek hat am Samstag nach elf Monaten Bauzeit wieder geöffnet.",
    "Die Leiterin sagte, das Café solle im Juni folgen, sobald die neue Küche eingebaut sei.",
)
FRENCH = (
    "La bibliothèque rouvre ses portes",
    "La bibliothèque centrale a rouvert samedi après onze mois de travaux sur sa toiture.",
    "La directrice a indiqué que le café suivrait en juin, une fois la nouvelle cuisine installée.",
)


@pytest.mark.parametrize("article, line", [
    (SPANISH, "La programación incluye un mercadillo vintage y un taller de cocina con chefs del Basque Culinary Center."),
    (SPANISH, "Los puestos recibieron la visita de periodistas del New York Times y de la Royal Shakespeare Company."),
    (SPANISH, "Según el Financial Times, la empresa cerrará dos fábricas el próximo año."),
    (GERMAN, "Die Bibliothek arbeitet dabei mit dem World Economic Forum und der Royal Society zusammen."),
    (FRENCH, "Le projet a été financé par la Bill and Melinda Gates Foundation et la ville."),
    (FRENCH, "Les travaux ont été confiés à un cabinet recommandé par le Royal Institute of British Architects."),
])
def test_an_english_organisation_named_in_another_language_stays_clean(article, line):
    for text in layouts(*article, line):
        assert on_last_line(text) == []


@pytest.mark.parametrize("article, line, words", [
    (SPANISH, "El alcalde pidió calma y said the town would need outside help to clear the roads.", "said the town"),
    (SPANISH, "Según los investigadores, the suspect had stolen more than two tonnes of cable from Network Rail "
              "over several months.", "the suspect had stolen"),
    (GERMAN, "Die Belegschaft reagierte erleichtert, the company told the Financial Times on Friday.", "the company told"),
    (FRENCH, "Une enveloppe sera répartie. Residents will then vote online for their favourite proposals in September.",
     "Residents will then vote"),
])
def test_an_english_clause_holding_a_name_is_still_found_and_named_english(article, line, words):
    for text in layouts(*article, line):
        found = on_last_line(text)
        assert found and found[0][0] == "ML102" and words in found[0][1]
        assert found[0][1].startswith("English words in")


def test_german_nouns_in_a_row_still_count_as_german():
    # German capitalises its nouns and its polite pronouns: capitals in a row
    # there are no name ("Sie Ihrem Wecker").
    english = (
        "Morning routines",
        "The ferry company said on Friday that crossings would resume next week after repairs to the ramp.",
        "Passengers with bookings will be contacted by email and offered a refund or a later sailing.",
    )
    for text in layouts(*english, "Experts ask: Schimpfen Sie mit Ihrem Wecker? Most of us do."):
        found = on_last_line(text)
        assert found and "German" in found[0][1]


# -- Cyrillic written in Windows-1251 and read as Windows-1252 (TX104) --------

RUSSIAN = (
    "В Казани открыли новую станцию метро",
    "Станция стала первой на новой линии, которая соединит центр города с аэропортом.",
    "Мэр назвал открытие важным событием для всего города.",
)


def found_codes(text: str, select=("TX104", "ML")) -> list[tuple[str, str, str | None]]:
    return [(d.code, d.message, d.suggestion) for d in Linter(select=list(select)).lint_text(text)]


@pytest.mark.parametrize("line, broken, repaired", [
    ("Строительство обошлось городскому бюджету в 4,8 ìèëëèàðäà ðóáëåé.", "ìèëëèàðäà ðóáëåé", "миллиарда рублей"),
    ("Строительство обошлось бюджету в миллиарда рублей, ìèëëèàðäà ðóáëåé çà ãîä.",
     "ìèëëèàðäà ðóáëåé çà ãîä", "миллиарда рублей за год"),
    ("Ñòðîèòåëüñòâî îáîøëîñü ãîðîäñêîìó áþäæåòó â 4,8 ìèëëèàðäà ðóáëåé.",
     "Ñòðîèòåëüñòâî îáîøëîñü ãîðîäñêîìó áþäæåòó â 4,8 ìèëëèàðäà ðóáëåé",
     "Строительство обошлось городскому бюджету в 4,8 миллиарда рублей"),
])
def test_cyrillic_read_as_windows_1252_is_mojibake_with_its_repair_and_no_foreign_language(line, broken, repaired):
    for text in layouts(*RUSSIAN, line):
        assert found_codes(text) == [
            ("TX104", f'mojibake "{broken}": Cyrillic written in Windows-1251 and read as Windows-1252; '
                      f'probably "{repaired}"', repaired)]


@pytest.mark.parametrize("blocks", [
    ("Le marché rouvre ses portes", "Le café où il déjeunait à midi a été rénové, à la grande joie des habitués.",
     "Ça coûte 4 € à l'entrée, précise-t-on à la mairie."),
    ("El mercado reabre", "Los niños esperaban en la plaza; él llegó a las ocho, según la policía.",
     "Ésa fue la única vía abierta durante la tormenta."),
    ("O mercado reabre", "Às vezes a população não sabe onde é a entrada; é lá, perto da estação.",
     "Até à próxima semana, a câmara diz que não há alterações."),
    ("Die Stadt baut", "Die Bürger äußerten Ärger über die Öffnungszeiten der Bücherei am Ölberg.",
     "Ob das ändert, ist offen."),
])
def test_latin_1_letters_of_french_spanish_portuguese_and_german_are_no_cyrillic_mojibake(blocks):
    for text in layouts(*blocks):
        assert [code for code, _, _ in found_codes(text, ("TX104",))] == []
