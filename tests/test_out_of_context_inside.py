"""OC101's shares-nothing test (rules/out_of_context/lone_inside.py): another
story's sentence inside a paragraph of a short article, in any language with
capitals, and the clean text nearest to it.  Every article here was written
for the project; both layouts (a blank line between paragraphs, or none)."""
from __future__ import annotations

import pytest

from lint_support import LAYOUTS
from newslint import Linter

# (headline and paragraphs, the paragraph's sentence the intruder follows,
# the intruder, a sentence of the article's own in its place).
LIBRARY_DE = (
    [
        "Stadtbibliothek öffnet nach Umbau wieder",
        "Die Stadtbibliothek in Kemnath öffnet am Montag nach acht Monaten Umbau wieder ihre Türen.",
        "Der Umbau hat rund 1,2 Millionen Euro gekostet, teilte die Stadtverwaltung mit.",
        "Neu in der Bibliothek sind ein Lesecafé und eine Ecke mit Computern für Schüler.",
        "Die Öffnungszeiten der Bibliothek werden am Samstag bis 16 Uhr verlängert.",
        "Leiterin Sabine Roth freut sich auf viele Besucher im neuen Lesecafé.",
    ],
    2,
    "Im Hafen von Rostock ist am Morgen ein Frachter auf Grund gelaufen.",
    "Die Arbeiten am Dach dauerten länger als geplant.",
)
FIRE_ENGINE_DE = (
    [
        "Feuerwehr bekommt neues Löschfahrzeug",
        "Die Freiwillige Feuerwehr Oberau hat am Wochenende ihr neues Löschfahrzeug in Empfang genommen.",
        "Das Fahrzeug ersetzt einen Wagen aus dem Jahr 1994 und bietet Platz für neun Feuerwehrleute.",
        "Kommandant Peter Huber lobte die Unterstützung der Gemeinde beim Kauf des Fahrzeugs.",
        "Die Feuerwehrleute üben in den kommenden Wochen mit dem neuen Fahrzeug.",
        "Zur Übergabe kamen auch Vertreter der Nachbarwehren aus Unterau.",
    ],
    2,
    "Der Bundesliga-Aufsteiger aus Kiel verpflichtet einen dänischen Stürmer.",
    "Im Fahrzeug lagern auch Geräte für die Rettung bei Unfällen.",
)
MARKET_FR = (
    [
        "Le marché couvert rouvre après deux ans de travaux",
        "Le marché couvert de Saint-Aubin a rouvert ses portes mardi matin, après deux ans de travaux.",
        "Une trentaine de commerçants ont retrouvé leurs étals sous la halle rénovée.",
        "Le chantier de la halle a coûté 3,5 millions d'euros, selon la mairie.",
        "Les commerçants du marché se disent soulagés de retrouver leurs clients.",
        "Le marché couvert ouvrira du mardi au dimanche, de 7 heures à 13 heures.",
    ],
    2,
    "L'équipe de Lorient a été éliminée de la coupe en huitièmes de finale.",
    "Les clients ont découvert une halle plus lumineuse.",
)
POOLS_ES = (
    [
        "El ayuntamiento amplía el horario de las piscinas municipales",
        "El ayuntamiento de Villaverde ampliará este verano el horario de las piscinas municipales hasta las diez de la noche.",
        "La medida responde a las quejas de los vecinos por el calor de las últimas semanas en las piscinas.",
        "La concejala de Deportes, Marta Gil, explicó que se contratarán seis socorristas más para las piscinas.",
        "El precio de la entrada a las piscinas no cambiará respecto al año pasado.",
        "Las piscinas municipales abrirán el próximo sábado.",
    ],
    2,
    "El Gobierno de Chile decretó el estado de emergencia en tres regiones del sur.",
    "Muchos vecinos pedían poder bañarse después del trabajo.",
)
NURSERY_IT = (
    [
        "Il comune apre un nuovo asilo nido in via Garibaldi",
        "Il comune di Castelnuovo ha aperto lunedì un nuovo asilo nido in via Garibaldi, con posti per quaranta bambini.",
        "L'asilo nido è costato circa 800.000 euro, coperti in parte da fondi europei.",
        "Le famiglie in lista d'attesa per l'asilo erano più di sessanta.",
        "L'assessora Chiara Bassi ha detto che il comune cercherà altri spazi per i bambini.",
        "L'asilo nido resterà aperto dalle 7.30 alle 17.",
    ],
    2,
    "A Napoli la polizia ha sequestrato un carico di sigarette di contrabbando.",
    "Le educatrici sono state assunte a settembre.",
)
TREES_NL = (
    [
        "Gemeente plant honderd nieuwe bomen in het centrum",
        "De gemeente Westerveld plant deze winter honderd nieuwe bomen in het centrum van het dorp.",
        "De bomen moeten zorgen voor meer schaduw in de zomer en minder hitte in de straten.",
        "Wethouder Anna de Boer noemt de nieuwe bomen een investering in de toekomst van het dorp.",
        "Bewoners mochten zelf meedenken over de soorten bomen.",
        "Het planten van de bomen begint in december.",
    ],
    2,
    "In Rotterdam is een man aangehouden na een steekpartij bij een café.",
    "Vooral de linden en eiken groeien snel.",
)
GARDEN_EN = (
    [
        "School garden wins regional award",
        "Pupils at Moorfield Primary School have won a regional award for the vegetable garden they built behind the school.",
        "The garden grows beans, potatoes and herbs, which are used in the school kitchen.",
        "Head teacher Karen Liddle said the pupils had worked on the garden every week for two years.",
        "The award comes with £1,000, which the school will spend on a greenhouse for the garden.",
        "Parents can visit the garden at an open day at the end of the month.",
    ],
    2,
    "Shares in the Danish shipping group Maersk fell sharply after a profit warning.",
    "Each class looks after its own bed of vegetables.",
)
ARTICLES = [LIBRARY_DE, FIRE_ENGINE_DE, MARKET_FR, POOLS_ES, NURSERY_IT, TREES_NL, GARDEN_EN]


def text_of(blocks, separator):
    return separator.join(blocks) + "\n"


def with_sentence(article, sentence):
    """The article with ``sentence`` after the last sentence of its chosen paragraph."""
    blocks, place, _, _ = article
    changed = list(blocks)
    changed[place] = changed[place] + " " + sentence
    return changed


def oc(text, **options):
    """OC's findings with the shares-nothing test on (off by default) unless ``options`` say otherwise."""
    options = {"shares-nothing": True, **options}
    return [(d.code, d.line, d.message) for d in Linter(select=["OC"], rules={"OC101": options}).lint_text(text)]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda article: article[0][0][:24])
@pytest.mark.parametrize("separator", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_another_storys_sentence_inside_a_short_articles_paragraph(article, separator):
    blocks = with_sentence(article, article[2])
    ((code, line, message),) = oc(text_of(blocks, separator))
    assert code == "OC101"
    assert line == text_of(blocks, separator).split("\n").index(blocks[article[1]]) + 1
    if article is GARDEN_EN:
        # The static method (English articles of six sentences) finds it too:
        # one finding, the static method's.
        assert '"Maersk"' in message
        return
    assert message.startswith("sentence shares no word with the rest of the article, while the rest of its paragraph does (")
    assert message.endswith("appear nowhere else): another story's sentence")


@pytest.mark.parametrize("article", ARTICLES, ids=lambda article: article[0][0][:24])
@pytest.mark.parametrize("separator", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_the_articles_own_sentence_in_its_place_stays_clean(article, separator):
    assert oc(text_of(article[0], separator)) == []
    assert oc(text_of(with_sentence(article, article[3]), separator)) == []


@pytest.mark.parametrize("separator", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_the_switch_turns_it_off(separator):
    blocks = with_sentence(LIBRARY_DE, LIBRARY_DE[2])
    assert oc(text_of(blocks, separator), **{"shares-nothing": False}) == []


# Sentences that share no word with their article and are its own: a line
# of background that dates itself, someone speaking, a word presupposing
# what came before, advice to anyone, a subject named by its role, an
# opener that continues, a title-like "How…", a question.
OWN_SENTENCES = [
    (GARDEN_EN, "Villagers first staged a harvest fair on the common in 1952."),
    (GARDEN_EN, "My daughter cried with joy when the envelope arrived from Leeds."),
    (GARDEN_EN, "In addition, Ofsted inspectors praised the dinners cooked in Harwich."),
    (GARDEN_EN, "The company Ashbrook Tools donated spades, rakes and wheelbarrows."),
    (GARDEN_EN, "How the Pemberton family of Norwich restored an orchard."),
    (GARDEN_EN, "Who would have guessed that Pemberton's orchard could bloom twice?"),
    (LIBRARY_DE, "Wer mit Rollator oder Kinderwagen kommt, kann den Aufzug am Eingang Ost nutzen."),
    (LIBRARY_DE, "Bereits 1987 hatte ein Gemeinderat aus Pressath einen Neubau gefordert."),
    (TREES_NL, "In Assen kregen al dertig lanen nieuwe linden."),
    (POOLS_ES, "En Toledo ya se han atendido cuarenta golpes de sol."),
    (MARKET_FR, "« Nous avons attendu trop longtemps », soupire Jeanne Morel, fromagère de Rennes."),
]


@pytest.mark.parametrize("article, sentence", OWN_SENTENCES, ids=lambda value: value if isinstance(value, str) else "")
@pytest.mark.parametrize("separator", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_the_articles_own_kinds_of_sentence_stay_clean(article, sentence, separator):
    # (This test's findings only: the static method judges the English
    # article on its own terms, and finds "Ashbrook Tools" unlike it.)
    found = oc(text_of(with_sentence(article, sentence), separator))
    assert [message for _, _, message in found if "shares no word" in message] == []


@pytest.mark.parametrize("separator", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_two_sentences_sharing_nothing_are_loosely_joined_items(separator):
    # Two paragraphs each closing on a sentence of its own (a round-up of
    # the week's news in a village): no one of them stands out.
    blocks = with_sentence(LIBRARY_DE, LIBRARY_DE[2])
    blocks[3] += " Der Bundesliga-Aufsteiger aus Kiel verpflichtet einen dänischen Stürmer."
    assert oc(text_of(blocks, separator)) == []


@pytest.mark.parametrize("separator", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_the_articles_first_and_last_sentences_are_not_judged(separator):
    blocks = list(LIBRARY_DE[0])
    blocks[-1] += " " + LIBRARY_DE[2]
    assert [code for code, _, _ in oc(text_of(blocks, separator)) if code == "OC101"] == []


# An English article too short for the static score (fewer than six
# sentences of eight words): shares-nothing judges it, with the static
# table's distance besides.
FERRY_EN = [
    "Ferry returns to Kelham after winter repairs",
    "The passenger ferry between Kelham and Northsands returned to service on Monday after winter repairs.",
    "Engineers replaced both engines of the ferry at the boatyard in Northsands.",
    "Ferry tickets stay at £4 for adults.",
    "Crews will run the ferry every hour until the autumn.",
    "Kelham's harbour master said the crossing had been missed.",
]


@pytest.mark.parametrize("separator", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_a_short_english_articles_intruder_is_found(separator):
    blocks = list(FERRY_EN)
    blocks[2] += " A Danish court jailed the founder of Velmora Fashion for tax fraud."
    ((code, line, message),) = oc(text_of(blocks, separator))
    assert (code, line) == ("OC101", text_of(blocks, separator).split("\n").index(blocks[2]) + 1)
    assert message.startswith("sentence shares no word with the rest of the article") and '"Velmora"' in message


@pytest.mark.parametrize(
    "sentence",
    [
        "The boatyard's welders worked through the night shifts.",  # shares "boatyard"
        "Villagers first rowed across the estuary in 1890.",  # background that dates itself
    ],
)
@pytest.mark.parametrize("separator", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_a_short_english_articles_own_sentences_stay_clean(sentence, separator):
    blocks = list(FERRY_EN)
    blocks[2] += " " + sentence
    assert oc(text_of(blocks, separator)) == []


@pytest.mark.parametrize("separator", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_in_an_english_article_the_static_score_judges_the_test_defers_to_it(separator):
    # The garden article has six sentences of eight words: its intruder is
    # the static method's finding, and with the static method's threshold
    # out of reach the shares-nothing test does not step in.  With another
    # method (the lexical one here, told to report nothing) it does.
    blocks = with_sentence(GARDEN_EN, GARDEN_EN[2])
    assert oc(text_of(blocks, separator), **{"static-threshold": 99.0}) == []
    found = oc(text_of(blocks, separator), method="lexical", threshold=-1.0)
    assert [message for _, _, message in found if "shares no word" in message and '"Maersk"' in message]
