"""Trial 16's TX items, on text written for these tests.  TX102 believes two
function words glued in a string the word list knows only for the pairs
typing glues (a preposition or conjunction before a determiner, a subject
pronoun before its auxiliary): "ofthe", "dela" and "itis" stay found, and
real words that split into two function words (heron "her on", washer,
thereto, French "parla", Portuguese "poros") stay clean, in each language
TX102 checks and in both layouts."""
from __future__ import annotations

import pytest

from lint_support import flagged_spans, in_both_layouts


def tx102(*blocks: str) -> list[list[str]]:
    """The TX102 spans of the article in each layout."""
    return [[span for code, span in flagged_spans(text, ("TX",)) if code == "TX102"] for text in in_both_layouts(*blocks)]


# -- TX102: real words made of two function words --------------------------------------

EN_HEADLINE = "Wetland reserve reopens after two years of work"
EN_OPENING = (
    "The reserve on the edge of the estuary opened its gates again on Saturday, after a long programme of "
    "dredging and replanting paid for by the county council and a national charity."
)
EN_CLOSING = "Tickets for guided walks can be booked at the visitor centre from next week."


@pytest.mark.parametrize(
    "line",
    [
        'Some residents called the new hide "the heron" after it opened, and a heron stands there most mornings.',
        "The cafe has a new washer and dryer, and the council agreed thereto in writing last spring.",
        "Officials hope to wean the site off diesel, and geologists sent the soil assays to a laboratory.",
        "Volunteers sold maps, badges and whatnot, while a poet read a canto from her new book.",
        "The land whereof the old deed speaks was taken therefrom in 1920, with the rights thereon and therewith.",
        "Asher Cole, the warden, said a threesome of otters had been seen near the sluice gate.",
    ],
)
def test_english_words_made_of_two_function_words_are_clean(line):
    assert tx102(EN_HEADLINE, EN_OPENING, line, EN_CLOSING) == [[], []]


@pytest.mark.parametrize(
    "line, glued",
    [
        ("Most ofthe money came from the charity, the warden said.", "ofthe"),
        ("The warden said itis the largest reserve of its kind in the region.", "itis"),
        ("Visitors said theyare glad to see the birds back on the water.", "theyare"),
        ("The charity said the grant doesnot cover the cost of the new paths.", "doesnot"),
        ("Work on the paths andthe car park will finish in the spring.", "andthe"),
        ("The warden said the aim isthe return of the wading birds.", "isthe"),
        ("The charity hopes tobe open every day by the summer.", "tobe"),
        ("The warden said ifhe had more staff the paths would open sooner.", "ifhe"),
        ("The work cost morethan the council had planned.", "morethan"),
    ],
)
def test_english_function_words_glued_by_typing_are_found(line, glued):
    assert tx102(EN_HEADLINE, EN_OPENING, line, EN_CLOSING) == [[glued], [glued]]


def test_an_english_word_of_that_shape_used_twice_stays_clean():
    line = "The heron is back. Staff counted one heron on the lake and a second heron by the reeds."
    assert tx102(EN_HEADLINE, EN_OPENING, line, EN_CLOSING) == [[], []]


OTHER_LANGUAGES = {
    "es": (
        "El ayuntamiento abre de nuevo el mercado central",
        "El mercado central de la ciudad volvió a abrir sus puertas el sábado, después de dos años de obras "
        "financiadas por el ayuntamiento y por la comunidad autónoma.",
        "Los comerciantes dicen que las ventas han sido buenas durante la primera semana.",
    ),
    "fr": (
        "La mairie rouvre le marché couvert",
        "Le marché couvert de la ville a rouvert ses portes samedi, après deux ans de travaux financés par la "
        "mairie et par la région.",
        "Les commerçants disent que les ventes ont été bonnes pendant la première semaine.",
    ),
    "pt": (
        "Prefeitura reabre o mercado municipal",
        "O mercado municipal da cidade voltou a abrir as portas no sábado, depois de dois anos de obras pagas "
        "pela prefeitura e pelo governo do estado.",
        "Os comerciantes dizem que as vendas foram boas durante a primeira semana.",
    ),
    "it": (
        "Il comune riapre il mercato coperto",
        "Il mercato coperto della città ha riaperto le porte sabato, dopo due anni di lavori pagati dal comune "
        "e dalla regione.",
        "I commercianti dicono che le vendite sono andate bene durante la prima settimana.",
    ),
}


@pytest.mark.parametrize(
    "language, line",
    [
        ("es", "Nadie sabe qué le depara el futuro al edificio, conque los vecinos piden una reunión."),
        ("fr", "Le maire parla longtemps des travaux et montra une boîte en laque offerte par les commerçants."),
        ("pt", "A limpeza dos poros da pedra foi feita com cuidado, sem comas nem pontos nas placas novas."),
        ("it", "Un pescatore ha mostrato la chela di un granchio; due operai del cantiere sono rimasti lesi."),
    ],
)
def test_words_made_of_two_function_words_are_clean_in_other_languages(language, line):
    headline, opening, closing = OTHER_LANGUAGES[language]
    assert tx102(headline, opening, line, closing) == [[], []]


@pytest.mark.parametrize(
    "language, line, glued",
    [
        ("es", "La mayor parte dela inversión llegó del gobierno regional.", "dela"),
        ("fr", "Les travaux ont duré deux ans et les commerçants sont restés dansla rue.", "dansla"),
        ("pt", "A obra foi paga com dinheiro deum fundo do governo do estado.", "deum"),
        ("it", "I lavori sono stati pagati conla collaborazione della regione.", "conla"),
    ],
)
def test_function_words_glued_by_typing_are_found_in_other_languages(language, line, glued):
    headline, opening, closing = OTHER_LANGUAGES[language]
    assert tx102(headline, opening, line, closing) == [[glued], [glued]]


# -- TX102: an article glued to a common word at a sentence's start ---------------------

FISHING = (
    "Fishing fleet faces new limits on cod",
    "The fisheries ministry said it would offer compensation to crews most affected by the cut, and would "
    "fund a new survey with fishermen on board.",
    "{}",
    "Crews in the northern ports said they would wait for the details before deciding what to do.",
)


def _article(blocks, line):
    return [block.format(line) for block in blocks]


@pytest.mark.parametrize(
    "line, glued",
    [
        ("The survey starts in May. Thegovernment also plans to help crews switch to other species.", "Thegovernment"),
        ("Thesevessels will be the first to be paid, the ministry said.", "Thesevessels"),
        ('"Thegovernment has let us down," one skipper said.', "Thegovernment"),
        ("Manyfamilies in the port have already sold their boats, the association said.", "Manyfamilies"),
        ("Someowners said they would wait. Everyharbour in the north has lost boats.", "Someowners"),
    ],
)
def test_an_article_glued_at_a_sentence_start_is_found(line, glued):
    assert tx102(*_article(FISHING, line)) == [[glued], [glued]]


@pytest.mark.parametrize(
    "line",
    [
        # names made of a function word and a common word, at a sentence start
        "Maybrick, a trawler owner from the north, said the cut would cost him half his season.",
        "Hassinger and Allworth, two skippers from the same port, have already sold their boats.",
        "Canfield said crews would wait. Overstreet agreed, and Atwater called the plan fair.",
        "Herman Forrest, who chairs the crews' association, said the money was welcome.",
        # a name glued the same way, written twice: a name recurs
        "Thewell Marine said it would sell two boats. Thewell Marine also plans to hire fewer crew.",
        # an article glued to a common word in the middle of a sentence is left to the lower-case rule
        "Officials said the Thegovernment scheme was still being drafted.",
    ],
)
def test_names_at_a_sentence_start_stay_clean(line):
    assert tx102(*_article(FISHING, line)) == [[], []]


SCUOLA = (
    "Gli studenti tornano in piazza contro i tagli",
    "Il ministro ha ricevuto una delegazione di studenti e ha promesso un piano di investimenti per le scuole "
    "del paese.",
    "{}",
    "Nuove manifestazioni sono già in programma per il mese prossimo in diverse città.",
)


def test_an_italian_article_glued_at_a_sentence_start_is_found():
    line = "Il piano arriverà entro l'estate. Glistudenti hanno però chiesto tempi certi."
    assert tx102(*_article(SCUOLA, line)) == [["Glistudenti"], ["Glistudenti"]]


@pytest.mark.parametrize(
    "line",
    [
        "Delmonte, preside di un liceo di Torino, ha detto che gli studenti hanno ragione.",
        "Glisenti ha parlato a nome dei docenti. Glisenti ha chiesto più fondi per i laboratori.",
    ],
)
def test_italian_names_at_a_sentence_start_stay_clean(line):
    assert tx102(*_article(SCUOLA, line)) == [[], []]


# -- TX101: a word doubled across a full stop --------------------------------------------

STORM = (
    "Storm damages old buildings in the north",
    "{}",
    "Rescue teams were sent to the region and damage assessments began on Monday.",
)
DEPREM = (
    "Ege Denizi'nde 5,1 büyüklüğünde deprem",
    "{}",
    "Kurtarma ekipleri bölgeye gönderildi ve hasar tespit çalışmaları pazartesi günü başladı.",
)


def tx101(blocks, line):
    return [
        [span for code, span in flagged_spans(text, ("TX",)) if code == "TX101"]
        for text in in_both_layouts(*[block.format(line) for block in blocks])
    ]


@pytest.mark.parametrize(
    "blocks, line, pair",
    [
        (STORM, "The storm damaged several old buildings, but no casualties were reported. reported. Schools were closed.", "reported. reported"),
        (STORM, "Schools in the region were closed for two days. days.", "days. days"),
        (DEPREM, "Depremde bazı eski binalar hasar gördü, ancak can kaybı bildirilmedi. bildirilmedi. Korkuya kapılan halk sokaklara döküldü.", "bildirilmedi. bildirilmedi"),
    ],
)
def test_a_word_doubled_across_a_full_stop_is_found(blocks, line, pair):
    assert tx101(blocks, line) == [[pair], [pair]]


@pytest.mark.parametrize(
    "line",
    [
        # said twice for effect: each copy a capitalised sentence
        'Asked whether the town would rebuild, the mayor said: "Never. Never. We stay here."',
        "Residents asked the same question again and again. Why? Why? Nobody had an answer.",
        # a sentence that ends on the word the next one opens with, capitalised
        "The damage was reported. Reported damage included roofs and two bridges.",
        # the next sentence goes on after the copy
        "No casualties were reported. reported cases of damage rose through the night.",
        # abbreviations and short words said twice
        "Crews cleared roads, fences, trees etc. etc. through the night.",
        "One resident simply said ok. ok. and went back inside.",
    ],
)
def test_words_repeated_across_a_stop_on_purpose_stay_clean(line):
    assert tx101(STORM, line) == [[], []]


def test_a_turkish_sentence_repeated_for_effect_stays_clean():
    line = 'Yaşlı bir kadın gazetecilere "Korktuk. Korktuk. Evimize dönemiyoruz." dedi.'
    assert tx101(DEPREM, line) == [[], []]


def test_the_fix_keeps_one_copy_and_its_stop():
    from newslint import Linter

    damaged = "\n\n".join(
        [STORM[0], "No casualties were reported. reported. Schools were closed for two days.", STORM[2]]
    ) + "\n"
    fixed, applied = Linter(select=["TX101"]).fix_text(damaged)
    assert fixed == damaged.replace("reported. reported.", "reported.") and len(applied) == 1
