"""Rhetorical-repetition and doubling classes (trial35).  A word or two said
exactly three times over commas, opening what a colon introduces or (a common
word) inside a clause that goes on, is the writer's emphasis; a reduplicated
word said twice in a quotation is two pairs.  Swedish "den den 13 maj" (the
pronoun, then the date's article) and a verb-last language's reduplicated
word at a clause's end, when the text writes the same pair mid-clause, are
grammar.  Loops in flat reporting prose are still reported."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def codes(blocks, separator, select=("TX110", "TX101")):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {(lines[d.line - 1], d.code) for d in Linter(select=list(select)).lint_text(text)}


RHETORIC = {
    "en": [
        "Council to decide on the old market hall",
        "The council will vote on Thursday on whether to sell the old market hall to a developer.",
        "Opinion: the answer is simple, and the councillors know it: keep, keep, keep.",
        "Traders say they would never, never, never agree to move their stalls to the car park.",
    ],
    "es": [
        "El consejo decide sobre el mercado viejo",
        "El ayuntamiento votará el jueves si vende el viejo mercado a una constructora.",
        "La vendedora lo resumió así: jamás, jamás, jamás nos iremos de aquí.",
        "Los comerciantes dicen que nunca, nunca, nunca aceptarán mudarse al aparcamiento.",
    ],
}


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("language", sorted(RHETORIC))
def test_a_rhetorical_triple_is_no_loop(language, separator):
    assert codes(RHETORIC[language], separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_loop_in_flat_reporting_prose_is_still_reported(separator):
    article = [
        "Floods close schools in the valley",
        "Heavy rain closed eleven schools in the valley on Monday, the education office said.",
        "The office said pupils would be taught online until the water recedes in the villages, villages, villages.",
        "Engineers at the dam, dam, dam, dam said the level had begun to fall by the evening.",
        "Spanish reporters wrote that the roads were closed closed closed for two days.",
        "The board hopes the new line will, will, will benefit commuters from the spring.",
    ]
    found = codes(article, separator)
    assert (article[2], "TX110") in found
    assert (article[3], "TX110") in found
    assert (article[4], "TX110") in found
    assert (article[5], "TX110") in found  # a common word said so mid-clause, no negation


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_common_word_said_three_times_at_the_end_of_a_flat_sentence_is_still_reported(separator):
    article = [
        "Ferry timetable changes in June",
        "The ferry company said the winter timetable would end on the first of June this year.",
        "Passengers were told that the morning boats would leave earlier, earlier, earlier.",
    ]
    assert (article[2], "TX110") in codes(article, separator)


TURKISH = [
    "Karadeniz'de hamsi sezonu açıldı",
    "Trabzon'da balıkçılar bu sabah ilk hamsileri limana getirdi ve tezgahlar kısa sürede doldu.",
    "Balıkçı Osman Usta, hamsiyi tek tek ayıkladıklarını anlattı ve tek tek kasalara dizdiklerini söyledi.",
    '"Acele etmeyeceksin. Tek tek, tek tek. Deniz sabır ister," dedi.',
]

SWEDISH = [
    "Ny färja till Gotland i vår",
    "Destination Gotland har köpt en ny färja som ska trafikera linjen mellan Nynäshamn och Visby.",
    "Den första turen går den 2 april, och den sista vinterturen går den den 30 mars.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_reduplication_and_a_swedish_date_are_no_doubled_words(separator):
    assert codes(TURKISH, separator) == set()
    assert codes(SWEDISH, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_swedish_den_den_without_a_date_is_still_reported(separator):
    article = SWEDISH[:2] + ["Rederiet säger att den den nya färjan ska vara klar i maj."]
    assert (article[2], "TX101") in codes(article, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_exemptions_do_not_hide_a_loop_in_english(separator):
    # review20b: the reduplication exemption belongs to languages that
    # reduplicate, and never to words of grammar; a colon's triple is
    # rhetoric only where the sentence ends on it (or an emphatic word goes on).
    article = [
        "Ministry lists the causes of the water shortage",
        "The water shortage in the south has lasted three months, officials said on Monday.",
        'The minister said: "We will will, will will keep the reservoirs open all summer."',
        "The ministry listed the causes: drought, drought, drought and poor planning in the valley.",
        "Engineers expect the first rain of the autumn to ease the shortage within a fortnight.",
    ]
    found = codes(article, separator, select=("TX110",))
    assert (article[2], "TX110") in found
    assert (article[3], "TX110") in found
