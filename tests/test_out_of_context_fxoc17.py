"""OC102: a line of the page's interface between paragraphs is no subheading
(it no longer shields another story's headline), and another story's first
sentence in an article of another language, judged by the words it shares.
Every text here was written for the project; both layouts."""
from __future__ import annotations

import pytest

from lint_support import LAYOUTS
from newslint import Linter
from newslint.rules.out_of_context import teaser

FERRY = [
    "Ferry operator cancels island sailings as gales close in",
    "The ferry operator Westsound has cancelled all sailings to the northern islands on Tuesday as gales of up to 70mph sweep across the firth.",
    "Passengers booked on the morning crossings were told to rebook free of charge or claim a refund from the company.",
    "The harbour master at Kelport said waves of six metres had been recorded beyond the breakwater overnight.",
    "Freight lorries carrying food to the islands will be held at the harbour until the wind drops, the operator said.",
    "Islanders said the cancellations were the fourth this month and that shop shelves were already running low.",
    "The coastguard warned walkers to keep away from cliff paths and harbour walls while the gales last.",
    "Westsound said it hoped to restore a reduced timetable on Wednesday afternoon if the forecast held.",
]
# FERRY told at more length: over 200 words.
FERRY_LONG = FERRY + [
    "Ferry passengers stranded on the islands were offered rooms in hotels near the harbour, paid for by Westsound.",
    "The company said the gales had also damaged a gangway at the harbour, which engineers would inspect before sailings resume.",
    "Islanders have long asked for a second ferry to cover the crossings when the winter gales cancel sailings.",
    "The operator said a new ferry would join the fleet in two years, once its trials in the firth are over.",
]
WIDGET = "Local tides today › Choose another harbour"
OTHER_HEADLINE = "Minister unveils plan to cut dentist waiting lists in rural areas"


def oc102(blocks, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["OC102"]).lint_text(text)]


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_an_interface_line_does_not_shield_another_storys_headline(separator):
    blocks = FERRY[:3] + [OTHER_HEADLINE] + FERRY[3:6] + [WIDGET] + FERRY[6:]
    assert OTHER_HEADLINE in oc102(blocks, separator)


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_two_real_subheadings_still_make_an_article_of_sections(separator):
    # Two lines sharing nothing, neither of them the page's interface: the
    # article's own sections, as before.
    blocks = FERRY[:3] + ["A long wait"] + FERRY[3:6] + ["Counting the cost at last"] + FERRY[6:]
    assert oc102(blocks, separator) == []


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_the_articles_own_subheading_beside_a_widget_stays_clean(separator):
    blocks = FERRY[:3] + ["Harbour walls closed to walkers"] + FERRY[3:6] + [WIDGET] + FERRY[6:]
    assert "Harbour walls closed to walkers" not in oc102(blocks, separator)


@pytest.mark.parametrize(
    "line, interface",
    [
        ("Your forecast › Change location", True),
        ("34 comments · Join the conversation", True),
        ("Video | 2 min", True),
        ("READ MORE: Council to sell town hall", True),
        ("LEIA TAMBÉM: Governo muda regras", True),
        ("Trade ties", False),
        ("Ligue 1 : Lens bat Nantes au bout du suspense", False),
        ("What the council knew", False),
    ],
)
def test_interface_lines(line, interface):
    assert teaser.is_interface_line(line) is interface


LIBRARY = [
    "Library to stay open on Sundays after campaign by readers",
    "Redbank's central library will open on Sundays from next month after a campaign by readers collected more than 3,000 signatures.",
    "The library has been closed on Sundays since 2015, when the council cut its opening hours to save money.",
    "Campaigners said families and students had nowhere quiet to read or work at the weekend.",
    "The council's culture lead, Priya Naidoo, said volunteers would help staff the building on Sunday afternoons.",
    "The library will also extend its Saturday hours and restart the children's reading club in the spring.",
    "Campaigners said they would now press for the branch libraries in Hollow End and Marsh Street to follow.",
    "The library's lending figures rose by a fifth last year, the council said.",
]
MUSEUM = [
    "El museo de Almería reabre sus salas tras dos años de obras",
    "El Museo Arqueológico de Almería ha reabierto este martes sus salas permanentes tras dos años de obras de rehabilitación.",
    "La reforma ha costado 4,2 millones de euros y ha permitido ampliar el espacio expositivo en un tercio.",
    "Las piezas de la colección, guardadas durante las obras, vuelven a mostrarse con una nueva iluminación.",
    "La directora del museo, Elena Morales, ha explicado que la entrada seguirá siendo gratuita para los residentes.",
    "El museo abrirá también los domingos por la tarde a partir del próximo mes.",
    "Los responsables esperan recibir más de 80.000 visitantes durante el primer año tras la reapertura de las salas.",
]
SHARE_ROW = "Comentarios · Compartir en redes"


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_another_storys_headline_beside_an_interface_line_in_spanish(separator):
    headline = "El Gobierno aprueba la subida del salario mínimo para 2027"
    blocks = MUSEUM[:3] + [headline] + MUSEUM[3:5] + [SHARE_ROW] + MUSEUM[5:]
    # The headline is reported; the share row is UI's (an article with
    # another line between paragraphs keeps it out of OC102, as before).
    assert oc102(blocks, separator) == [headline]


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_a_subheading_beside_an_interface_line_stays_clean_and_the_line_is_not_oc102(separator):
    blocks = MUSEUM[:3] + ["Una colección renovada"] + MUSEUM[3:5] + [SHARE_ROW] + MUSEUM[5:]
    assert oc102(blocks, separator) == []


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_another_storys_first_sentence_sharing_no_word_is_oc102(separator):
    # Close enough in meaning to score under the threshold alone, but it
    # shares none of the article's words while the article's sentences share
    # theirs: the subject shifts.
    sentence = "An MP has lost his appeal against a parking fine issued outside Parliament last year."
    assert oc102(FERRY_LONG[:5] + [sentence] + FERRY_LONG[5:], separator) == [sentence]


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_the_same_sentence_in_a_report_of_a_hundred_words_is_left_alone(separator):
    # Under 200 words besides it: sharing nothing is chance there.
    sentence = "An MP has lost his appeal against a parking fine issued outside Parliament last year."
    assert oc102(FERRY[:5] + [sentence] + FERRY[5:], separator) == []


@pytest.mark.parametrize(
    "host, place, line",
    [
        # A sentence worded apart from the rest but about the same thing
        # (Passengers booked on the morning crossings …) is already in FERRY.
        (FERRY, 5, "Schools on two of the islands will close early on Tuesday so that pupils can get home safely."),
        (FERRY, 4, '"We have never seen a winter like this," one islander said.'),
        (FERRY, 1, "KELPORT, Scotland"),
        (LIBRARY, 4, "A retired teacher who led the campaign said her grandchildren had signed the petition too."),
        (LIBRARY, 5, "The first Sunday opening is planned for 6 April."),
        (LIBRARY, 6, "Similar campaigns have kept branches open in three other towns in the county since 2019."),
        (LIBRARY, 4, "'We just want somewhere to read'"),
        (LIBRARY, 5, "The publisher that owns the building declined to comment on the plans."),
    ],
)
@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_the_articles_own_lines_stay_clean(host, place, line, separator):
    assert oc102(host[:place] + [line] + host[place:], separator) == []


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_a_loosely_worded_article_has_no_one_shifted_sentence(separator):
    # Two sentences sharing nothing: neither is singled out by the lexical test.
    first = "An MP has lost his appeal against a parking fine issued outside Parliament last year."
    second = "Shoppers spent less on clothes last month as the cost of energy bit into household budgets."
    found = oc102(FERRY[:3] + [first] + FERRY[3:6] + [second] + FERRY[6:], separator)
    assert "Passengers booked on the morning crossings were told to rebook free of charge or claim a refund from the company." not in found


def test_a_possessive_after_an_indefinite_subject_does_not_lean_back():
    from newslint.rules.out_of_context import rules

    assert rules.refers_back("A woman in her seventies has died after a fire at a house on Sunday.") is False
    assert rules.refers_back("An MP has lost his appeal against a parking fine.") is False
    assert rules.refers_back("A day later he was released without charge.") is True
    assert rules.refers_back("At least he was wearing a suit this time.") is True


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_a_short_reports_sentence_sharing_nothing_stays_clean(separator):
    # Six sentences: one sharing no word with the rest is chance, not a shift.
    sentence = "An MP has lost his appeal against a parking fine issued outside Parliament last year."
    short = FERRY[:4] + [sentence] + FERRY[4:5]
    assert oc102(short, separator) == []


@pytest.mark.parametrize(
    "line",
    [
        None,
        "Schools on two of the islands will close early on Tuesday so that pupils can get home safely.",
        "A retired skipper who has sailed the firth for forty years said his own boat had stayed in port.",
        "The harbour cafe, usually busy with foot passengers, served only four customers all morning.",
    ],
)
@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_a_longer_reports_own_sentences_stay_clean(line, separator):
    blocks = FERRY_LONG if line is None else FERRY_LONG[:6] + [line] + FERRY_LONG[6:]
    assert oc102(blocks, separator) == []


# A text that opens on its lead, with no headline over it: the lead's second
# sentence brings in names and particulars the rest never repeats.
REGATTA = [
    "More than 400 boats raced across the estuary on Saturday as the Harbour Regatta returned after a two-year break with its largest entry yet.",
    "Winners included the veteran skipper Moira Tulloch, the student crew of Aldham College and a father-and-daughter pair from Penzance.",
] + FERRY_LONG[2:]


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_the_second_sentence_of_a_text_that_opens_on_its_lead_stays_clean(separator):
    assert REGATTA[1] not in oc102(REGATTA, separator)


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_a_teaser_further_down_a_text_that_opens_on_its_lead_is_still_found(separator):
    sentence = "An MP has lost his appeal against a parking fine issued outside Parliament last year."
    blocks = FERRY_LONG[1:6] + [sentence] + FERRY_LONG[6:]
    assert oc102(blocks, separator) == [sentence]
