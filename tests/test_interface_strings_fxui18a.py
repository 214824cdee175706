"""Furniture and false alarms from trials 26 and 27 (fxui18a), written anew:
what a Markdown converter leaves of pictures and links standing as lines,
a messenger's forward header and a blog feed's footer, a journal's running
head in a PDF's text; and the clean text those rules, UI106 and UI102
misread: a headline set out again as a pull quote, a credit's label opening
a sentence, a ranking's finishing times.  Each is tried between an
article's paragraphs in both layouts."""

import pytest

from newslint import Linter

# The same story as trial 17b's tests, a furniture line put in its middle.
from test_interface_strings_fxui17b import LAYOUTS, MIDDLE, STORY


def found(lines, separator):
    """{index in ``lines``: [codes]} of the UI findings."""
    step = separator.count("\n")
    codes = {}
    for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n"):
        codes.setdefault((d.line - 1) // step, []).append(d.code)
    return codes


def flagged(lines, separator):
    return sorted(found(lines, separator))


def between_paragraphs(*lines):
    return STORY[:MIDDLE] + list(lines) + STORY[MIDDLE:]


# -- Markdown's pictures and links as lines of their own -------------------

MARKDOWN_REMNANTS = [
    "![](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB)",
    "![logo](https://cdn.example.org/brand/logo.svg)",
    "[![](https://img.example.fr/icone-galerie.png)](https://example.fr/galerie/depot)",
    "![Photo des pompiers](data:image/gif;base64,R0lGODlhAQABAAAAACw=)",
    "[](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fpool) [](https://x.com/intent/post?url=x) [](mailto:?subject=Pool)",
    "* ![](https://cdn.example.org/spacer.gif)",
    "[Read the council's full decision](https://council.example.gov/decisions/2291)",
    "[Consulta aquí la clasificación completa](https://deportes.example.es/liga/clasificacion)",
    "**[Alle Ergebnisse im Überblick](https://sport.example.de/ergebnisse)**",
    "[Смотрите все фотографии с места событий](https://example.ru/foto/123)",
    "[查看完整排名](https://sports.example.cn/rank)",
    "[3]: https://example.org/2026/03/pool-reopens",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", MARKDOWN_REMNANTS)
def test_markdown_remnant_between_paragraphs_is_found(line, separator):
    assert found(between_paragraphs(line), separator) == {MIDDLE: ["UI101"]}


@pytest.mark.parametrize("separator", LAYOUTS)
def test_markdown_remnant_at_the_end_is_found(separator):
    lines = STORY + ["[Alle uitslagen en de stand bekijken](https://sport.example.nl/stand)"]
    assert flagged(lines, separator) == [len(STORY)]


MARKDOWN_CLEAN = [
    # (A picture its alt text describes is now the page's too, as trials 26,
    # 29, 32 and 34 mark it: test_interface_strings_fxui20.py.)
    # A link inside a sentence of prose.
    ["The council published [its decision](https://council.example.gov/d/2291) on Monday, and the pool will open at seven."],
    # A heading, linked or not, and a link to a part of the same page.
    ["## [Opening hours](https://example.org/pool/hours)", "The pool opens at seven on weekdays and at eight at weekends, the council said."],
    ["[Opening hours and prices](#hours)"],
    # The article introduces its sources.
    ["The figures come from two reports published this winter:", "- [Leisure survey 2025](https://example.org/survey)",
     "- [Council budget 2026](https://example.org/budget)"],
    ["The full decision is published on the council's website:", "[Council decision 2291](https://council.example.gov/d/2291)"],
    # A paragraph written as a link is read as prose.
    ["[The pool was built in 1936. It closed twice during the war and once for a storm in 1953.](https://example.org/history)"],
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("lines", MARKDOWN_CLEAN)
def test_markdown_links_of_the_article_stay_clean(lines, separator):
    assert flagged(between_paragraphs(*lines), separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_headline_linked_to_its_page_stays_clean(separator):
    lines = ["[Harbour pool to reopen after repairs](https://example.org/pool)"] + STORY[1:]
    assert flagged(lines, separator) == []


def test_markdown_image_inside_a_code_block_stays_clean():
    lines = STORY[:MIDDLE] + ["To show the logo, the page's Markdown holds one line:", "```", "![Harbour pool logo](logo.png)", "```"] + STORY[MIDDLE:]
    assert 5 not in found(lines, "\n")


# -- A feed's or a messenger's wrapper ---------------------------------------

WRAPPERS = [
    "Forwarded from Harbour Town News ⚓",
    "📣 URGENT | Forwarded from Harbour Town News",
    "Переслано от Новости Приморья",
    "Reenviado de Noticias del Puerto",
    "Weitergeleitet von Hafenstadt Aktuell",
    "Inoltrato da Notizie dal Porto",
    "The post Harbour pool to reopen after repairs appeared first on Coastline Daily.",
    "The post Harbour pool to reopen after repairs first appeared on Coastline Daily.",
    "Der Beitrag Hafenbad öffnet nach Reparaturen wieder erschien zuerst auf Küstenblatt.",
    "La entrada Reabre la piscina del puerto se publicó primero en Diario Costero.",
    "L’article La piscine du port rouvre est apparu en premier sur Le Littoral.",
    "O post Piscina do porto reabre apareceu primeiro em Jornal da Costa.",
    "L'articolo Riapre la piscina del porto sembra essere il primo su Gazzetta Costiera.",
    "Het bericht Havenbad gaat weer open verscheen eerst op Kustkrant.",
    "Artykuł Basen portowy znów otwarty pochodzi z serwisu Gazeta Nadmorska.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", WRAPPERS)
def test_feed_and_forward_wrappers_are_found(line, separator):
    assert found(between_paragraphs(line), separator) == {MIDDLE: ["UI101"]}


WRAPPER_CLEAN = [
    "The letter, forwarded from the mayor's office to the harbour board, asked for more time.",
    "Forwarded from the mayor's office, the letter asked the harbour board for more time to decide.",
    "Der Beitrag des Vereins erschien zuerst auf der Website, sagte der Sprecher am Montag.",
    "The post of harbour master first appeared in the town's records in 1702, the museum said.",
    "The post of harbour master first appeared in the town's records in 1702.",
    "The post of harbour master first appeared on the council's payroll in the year the quay was built.",
    "El artículo apareció primero en la revista del club, según explicó su autora.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", WRAPPER_CLEAN)
def test_the_same_words_in_a_sentence_stay_clean(line, separator):
    assert flagged(between_paragraphs(line), separator) == []


# -- A journal's running head in a PDF's text --------------------------------

RUNNING_HEADS = [
    "JOURNAL OF COASTAL ENGINEERING 18 (2025) 301–322",
    "Zeitschrift für Küstenschutz Jg. 12, Nr. 3 · S. 45",
    "Revue de géographie alpine, vol. 9, n° 2, p. 118",
    "Вестник океанологии т. 7, № 4. С. 88–97",
    "Coastal Research Letters Vol. 31, No. 2, pp. 14–29",
    "Rivista di idraulica vol. 4 n. 1 pp. 7-19",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", RUNNING_HEADS)
def test_journal_running_head_is_found(line, separator):
    assert found(between_paragraphs(line), separator) == {MIDDLE: ["UI103"]}


RUNNING_HEAD_CLEAN = [
    "The study, in the Journal of Coastal Engineering 18 (2025) 301–322, found that the walls held.",
    "- Berg A, Lund K. Wave loads on harbour walls. J Coast Eng 18 (2025) 301–322",
    "Berg, A. and Lund, K. (2025). Wave loads on harbour walls. Journal of Coastal Engineering, 18(3), 301–322.",
    "Attendance at the pool rose in the seasons 2023-2025",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", RUNNING_HEAD_CLEAN)
def test_citations_of_the_article_stay_clean(line, separator):
    assert flagged(between_paragraphs(line), separator) == []


# -- A pull quote is the article's (UI106) ----------------------------------

PULL_QUOTE_STORY = [
    "\"We rebuilt the walls with our own hands\"",
    "The harbour pool will reopen on Saturday after a winter of repairs to its walls and pumps, the town council said on Monday.",
    "Swimmers had raised more than ten thousand pounds towards the work, which the council matched from its leisure budget.",
    "\"We rebuilt the walls with our own hands,\" said Ann Berg, who leads the swimmers' club, at the gates on Sunday.",
    "\"We rebuilt the walls with our own hands\"",
    "The pool will open from seven in the morning until dusk each day through the summer, with lifeguards at weekends.",
    "The council said the repairs had cost less than expected because volunteers cleared the site themselves.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_headline_repeated_as_a_pull_quote_stays_clean(separator):
    assert flagged(PULL_QUOTE_STORY, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_pull_quote_of_a_body_sentence_set_twice_stays_clean(separator):
    quote = "Nobody told us the pumps were broken"
    lines = [
        STORY[0], STORY[1],
        "\"Nobody told us the pumps were broken,\" said Ann Berg, who swims there every morning before work.",
        quote, STORY[2], STORY[3], quote, STORY[4],
    ]
    assert flagged(lines, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_headline_copy_among_the_page_furniture_is_still_found_but_not_the_headline(separator):
    lines = STORY + ["Share this article", STORY[0]]
    found_here = found(lines, separator)
    assert 0 not in found_here
    assert "UI106" in found_here.get(len(STORY) + 1, [])


@pytest.mark.parametrize("separator", LAYOUTS)
def test_caption_said_twice_between_paragraphs_is_still_found(separator):
    caption = "Swimmers queue at the harbour gates"
    lines = STORY[:2] + [caption] + STORY[2:4] + [caption] + STORY[4:]
    assert [index for index, codes in found(lines, separator).items() if "UI106" in codes] == [2, 5]


# -- A credit's label opening a sentence (UI101) ------------------------------

LABEL_CLAUSES = [
    "A caption on page 6 named the swimmer as Mia Lunde. She is Mia Lund, from Hull. Photo: we have replaced it online.",
    "Ein Bildtext auf Seite 6 nannte die Schwimmerin Mia Lunde. Sie heißt Mia Lund. Foto: wir haben es online ersetzt.",
    "Un pie de foto en la página 6 confundió a la nadadora. Se llama Mia Lund. Foto: lo hemos corregido en la web.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", LABEL_CLAUSES)
def test_credit_label_opening_a_sentence_stays_clean(line, separator):
    assert flagged(between_paragraphs(line), separator) == []


CREDIT_TAILS = [
    "Volunteers cleared the site in three weekends of work in February. Photo: Jane Doe/Reuters",
    "Freiwillige räumten das Gelände an drei Wochenenden im Februar. Foto: privat",
    "Volunteers cleared the site in three weekends of work in February. Photo: courtesy of the Hull Swimming Club.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", CREDIT_TAILS)
def test_credit_after_a_paragraph_is_still_found(line, separator):
    assert found(between_paragraphs(line), separator) == {MIDDLE: ["UI101"]}


# -- A ranking's finishing times are no video durations (UI102) ---------------

RANKINGS = [
    ["Leading women:", "1. Mia Lund (SWE) 2:31:07", "2. Ana Ruiz (ESP) 2:33:40"],
    ["Clasificación femenina:", "1) Ana Ruiz 58:12", "2) Eva Holm 59:03"],
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("ranking", RANKINGS)
def test_two_ranked_finishing_times_stay_clean(ranking, separator):
    assert flagged(between_paragraphs(*ranking), separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_numbered_captions_with_durations_out_of_order_are_still_found(separator):
    videos = ["1. Storm floods the harbour road 02:14", "2. Mayor opens the pool again 01:05"]
    codes = found(between_paragraphs(*videos), separator)
    assert "UI102" in codes.get(MIDDLE, []) and "UI102" in codes.get(MIDDLE + 1, [])


# -- The article's last sentence after the page's break (UI109) --------------

MARKETS = [
    "📊 MARKET OPEN | Asia Desk",
    "Forwarded from Tokyo Trading Notes 💹",
    "European shares slide after weak German factory data",
    "Germany's DAX dropped 1.1% in morning trade on Tuesday and France's CAC 40 shed 0.8% after factory orders in Europe's largest economy fell for a third month.",
    "Orders slipped 2.3% in October against forecasts of a small rise. Bund yields eased, and the euro weakened against the dollar and the yen.",
    "Carmakers led the fall, with Volkswagen down 2.4%, while utilities held up better.",
    "Traders said the figures added to talk of a rate cut in the spring. \"The data leave little room for optimism\", one Frankfurt fund manager wrote to clients.",
    "👉 Follow the channel for more: t.me/tokyo_trading_notes",
    "🔔 Enable notifications so you never miss a post",
]
BOLSA = [
    "📊 BOLSA | Mesa de mercados",
    "Reenviado de Notas de Bolsa 💹",
    "Las bolsas europeas caen tras los malos datos industriales alemanes",
    "El DAX alemán cayó un 1,1% en la apertura del martes y el CAC 40 francés perdió un 0,8% después de que los pedidos industriales de Alemania bajaran por tercer mes.",
    "Los pedidos retrocedieron un 2,3% en octubre frente a las previsiones de una ligera subida. El euro se debilitó frente al dólar y al yen.",
    "Los fabricantes de coches lideraron las caídas, con Volkswagen cediendo un 2,4%, mientras que las eléctricas aguantaron mejor.",
    "Los operadores dijeron que las cifras alimentan la idea de una bajada de tipos en primavera. \"Los datos dejan poco margen al optimismo\", escribió un gestor.",
    "👉 Sigue el canal para más: t.me/notasdebolsa",
    "🔔 Activa las notificaciones para no perderte nada",
]
CLOSINGS = [
    MARKETS + ["Copper was flat at $9,120 a tonne."],
    MARKETS + ["Silver edged up to $31.40 an ounce."],
    BOLSA + ["El cobre se mantuvo estable en 9.120 dólares la tonelada."],
    BOLSA + ["La plata subió a 31,40 dólares la onza."],
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("lines", CLOSINGS)
def test_closing_sentence_after_a_channel_prompt_stays_clean(lines, separator):
    codes = found(lines, separator)
    assert len(lines) - 1 not in codes
    assert len(lines) - 2 in codes  # the prompt before it is still the page's


@pytest.mark.parametrize("separator", LAYOUTS)
def test_sentence_after_the_comments_heading_is_still_judged_the_page_s(separator):
    lines = MARKETS[:7] + ["Comments (3)", "Leave a comment", "Copper was flat at $9,120 a tonne."]
    assert len(lines) - 1 in found(lines, separator)


@pytest.mark.parametrize("separator", LAYOUTS)
def test_page_sentence_in_its_strings_words_after_the_prompts_is_still_the_page_s(separator):
    lines = MARKETS + ["Get free newsletter alerts by signing in below."]
    assert len(lines) - 1 in found(lines, separator)


@pytest.mark.parametrize("separator", LAYOUTS)
def test_headline_quoting_someone_said_twice_is_still_found(separator):
    # Another story's headline quoting its subject, with the words after the
    # quotation: no pull quote, which is the quotation alone.
    teaser = "'We lost everything in one night': flood victims speak"
    lines = STORY[:2] + [teaser] + STORY[2:4] + [teaser] + STORY[4:]
    assert [index for index, codes in found(lines, separator).items() if "UI106" in codes] == [2, 5]
