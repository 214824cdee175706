"""OC102 on another story's first sentence left alone between paragraphs (a
teaser or a related-story link a scraper kept), and on the article's own
one-sentence paragraphs, which stay clean; both layouts.  Every text here was
written for the project."""
from __future__ import annotations

import pytest

from lint_support import LAYOUTS
from newslint import Linter
from newslint.rules.out_of_context import rules

TRAM = [
    "Council approves tram extension to the airport",
    "Councillors in Leeford voted on Wednesday to extend the city's tram line to the airport, ending a decade of argument over the route.",
    "The extension will add six stops and four miles of track, and is expected to cost £310 million.",
    "Work on the first section, between the railway station and the business park, is due to start next spring.",
    "Opponents had argued that the money would be better spent on buses, which carry three times as many passengers across the city.",
    "The council's transport chief, Maria Okafor, said the tram would take 4,000 cars a day off the ring road once it opened.",
    "The airport's operator declined to comment on the decision.",
    "Residents of Hollins Lane, where the track will run beside their gardens, have been promised noise barriers and compensation.",
    "A public inquiry into the compulsory purchase of land along the route will be held in the autumn.",
]
WARD = [
    "Hospital opens new children's ward after two-year rebuild",
    "A new children's ward has opened at Marlow General Hospital after a two-year rebuild paid for partly by local fundraising.",
    "The ward has 24 beds, a playroom and rooms where parents can stay overnight beside their children.",
    "Nurses had worked from temporary buildings in the car park since the old ward was closed because of a leaking roof.",
    "Fundraisers collected £1.2 million towards the cost, including £40,000 from a sponsored walk along the coast.",
    "The hospital's chief nurse, Daniel Reyes, said the new ward was a huge relief for families and staff.",
    "Parents who visited on the opening day said the rooms were brighter and quieter than the old ward.",
    "The trust plans to refurbish the maternity unit next, once it has raised the remaining money.",
]
FROG = "Scientists in Chile say they have found a new species of frog living in the cloud forests above Valparaíso."


def oc102(blocks, separator):
    """The lines OC102 reports, as their text."""
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["OC102"]).lint_text(text)]


def between(host, place, line):
    return host[:place] + [line] + host[place:]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_another_storys_first_sentence_alone_is_found_in_both_layouts(separator):
    assert oc102(between(TRAM, 4, FROG), separator) == [FROG]
    text = separator.join(between(TRAM, 4, FROG)) + "\n"
    (diagnostic,) = Linter(select=["OC102"]).lint_text(text)
    assert diagnostic.message.startswith("sentence alone between paragraphs is unlike the article (similarity ")
    assert "another story's first sentence" in diagnostic.message and '"frog"' in diagnostic.message


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize(
    "own",
    [
        None,  # the articles as written: most paragraphs are one sentence
        "The company that runs the airport declined to comment on the report.",
        "But councillors said the cost had doubled since the plan was first drawn up.",
        "He said the first trams would run by the summer of 2028 at the earliest.",
        "It is the third time in ten years that the scheme has been put to a vote.",
        "Meanwhile, bus fares in the city will be frozen until the end of next year.",
        "'We have waited long enough for this,' one councillor told the meeting.",
        "a decision that will shape the city for the next fifty years.",  # the rest of a broken sentence
    ],
)
def test_the_articles_own_one_sentence_paragraphs_stay_clean(separator, own):
    for host in (TRAM, WARD):
        blocks = host if own is None else between(host, 5, own)
        assert oc102(blocks, separator) == []


@pytest.mark.parametrize(
    "sentence, leans_back",
    [
        ("He was later released without charge.", True),
        ("But the bank said the figures were wrong.", True),
        ("At least he was wearing a suit this time.", True),
        ("It has three national centres in the north.", True),
        ("'I will not stop,' he said, his face red.", True),
        ("a highly ranked team to forge a breakthrough.", True),
        ("Marlon Brando turned down his most famous role, a biographer says.", False),
        ("Labour has broken its promise on immigration, the Tories say.", False),
        ("Police in Glasgow are searching for a man who escaped.", False),
    ],
)
def test_a_sentence_that_leans_on_earlier_text_is_not_a_story_s_opening(sentence, leans_back):
    assert rules.refers_back(sentence) is leans_back


def test_the_cues_of_a_lead():
    assert rules.teaser_cues("A striker has been banned for six matches.") == (1.0, 0.0)
    assert rules.teaser_cues("Netflix is to raise its prices in Europe.") == (1.0, 0.0)
    assert rules.teaser_cues("The former minister also spoke.") == (0.0, 1.0)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_credit_under_an_embedded_post_is_not_a_headline(separator):
    credit = "— Maria Okafor (@mokafor_leeford) May 2, 2024"
    assert oc102(between(TRAM, 5, credit), separator) == []


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_an_article_with_subheadings_keeps_one_that_shares_no_word(separator):
    blocks = (
        TRAM[:3] + ["1. The route"] + TRAM[3:5] + ["2. The cost to the city"] + TRAM[5:7] + ["Lessons from elsewhere in Europe"] + TRAM[7:]
    )
    assert oc102(blocks, separator) == []
    # Alone, the same line is taken for another story's headline.
    assert oc102(TRAM[:7] + ["Lessons from elsewhere in Europe"] + TRAM[7:], separator) == ["Lessons from elsewhere in Europe"]


STRASSENBAHN = [
    "Stadtrat beschließt Verlängerung der Straßenbahn zum Flughafen",
    "Der Stadtrat von Leeford hat am Mittwoch beschlossen, die Straßenbahnlinie bis zum Flughafen zu verlängern.",
    "Die Verlängerung soll sechs neue Haltestellen und sieben Kilometer Gleise umfassen und rund 310 Millionen Euro kosten.",
    "Die Bauarbeiten am ersten Abschnitt zwischen Bahnhof und Gewerbepark sollen im kommenden Frühjahr beginnen.",
    "Gegner hatten argumentiert, das Geld sei bei den Bussen besser angelegt, die dreimal so viele Fahrgäste befördern.",
    "Der Flughafenbetreiber wollte sich zu der Entscheidung nicht äußern.",
    "Anwohner der Hollinsstraße, an deren Gärten die Gleise entlangführen, erhalten Lärmschutzwände und eine Entschädigung.",
    "Über den Erwerb der Grundstücke entlang der Strecke wird im Herbst in einem öffentlichen Verfahren entschieden.",
]
FROSCH = "Forscher in Chile haben in den Nebelwäldern oberhalb von Valparaíso eine neue Froschart entdeckt."
TRANVIA = [
    "El ayuntamiento aprueba la ampliación del tranvía hasta el aeropuerto",
    "El pleno municipal de Leeford aprobó el miércoles ampliar la línea de tranvía hasta el aeropuerto de la ciudad.",
    "La ampliación tendrá seis paradas nuevas y siete kilómetros de vía, con un coste previsto de 310 millones de euros.",
    "Las obras del primer tramo, entre la estación y el parque empresarial, empezarán la próxima primavera.",
    "Los críticos sostenían que el dinero estaría mejor empleado en los autobuses, que llevan tres veces más viajeros.",
    "La empresa que gestiona el aeropuerto no quiso comentar la decisión del pleno.",
    "Los vecinos de la calle Hollins, por donde pasarán las vías, recibirán pantallas acústicas y una indemnización.",
    "La expropiación de los terrenos a lo largo del trazado se decidirá en otoño tras una consulta pública.",
]
RANA = "Científicos en Chile han descubierto una nueva especie de rana en los bosques nublados sobre Valparaíso."


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("host, other", [(STRASSENBAHN, FROSCH), (TRANVIA, RANA)], ids=["de", "es"])
def test_sentences_alone_in_other_languages_are_not_judged(separator, host, other):
    # The static table knows English only: OC102's static score judges no
    # sentence of a German or Spanish article, clean or not (a miss, never a
    # false alarm).  Its between-body test (lone_between, by units of
    # meaning) is turned off here; it is tried below.
    assert oc102(host, separator) == []
    text = separator.join(between(host, 4, other)) + "\n"
    assert Linter(select=["OC102"], rules={"OC102": {"between-body": False}}).lint_text(text) == []


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_german_sentence_alone_is_found_by_between_body(separator):
    # It shares no unit of meaning with the tram's article, names places the
    # article never names, and the article's own lines share theirs.
    assert oc102(between(STRASSENBAHN, 4, FROSCH), separator) == [FROSCH]


# -- ten examples written apart from the benchmark and the fitting: another
# story's first sentence, phrased in different ways, on other topics.  The
# default finds two of ten (scores 4.82 and 4.65, threshold 4.5, since the
# sentence vectors lost their common direction, issue 11's fifth round:
# the frog and Netflix; before, 5.62 and 4.78 at 4.245: the frog and the
# oldest man, who scores 4.31 now); the others score 2.63 and below: in articles this short, made of one-sentence
# paragraphs, a story in everyday words ("the price of a pint of milk",
# "heavy snow closed schools") keeps kin words in the article.
OWN_EXAMPLES = [
    (TRAM, 3, "A Premier League striker has been banned for six matches after pushing a referee during Saturday's game at Brentford.", False),
    (TRAM, 4, FROG, True),
    (TRAM, 5, "Shares in the carmaker Veltro fell by a fifth on Thursday after it cut its profit forecast for the year.", False),
    (TRAM, 6, "Police in Glasgow are searching for a man who escaped from a prison van on the M8 motorway.", False),
    (TRAM, 7, "The price of a pint of milk could rise by 10p this winter, dairy farmers warned.", False),
    (WARD, 3, "Fans queued overnight in Tokyo for tickets to the final concert of the pop group's world tour.", False),
    (WARD, 4, "A rare copy of a Shakespeare folio sold at auction in New York for nearly ten million dollars.", False),
    (WARD, 5, "Heavy snow closed schools and airports across northern Sweden, with more expected over the weekend.", False),
    (WARD, 6, "Britain's oldest man, who served as a pilot in the Second World War, has died at the age of 111.", False),
    (WARD, 2, "Netflix is to raise the price of its subscriptions in Europe for the second time in a year.", False),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("host, place, teaser, found", OWN_EXAMPLES, ids=[f"example{n}" for n in range(1, 11)])
def test_ten_examples_written_apart(separator, host, place, teaser, found):
    reported = oc102(between(host, place, teaser), separator)
    if found:
        assert reported == [teaser]
    else:
        # A known miss: no line of the article may be reported instead, and
        # finding the teaser one day is no failure.
        assert set(reported) <= {teaser}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize(
    "others",
    [["Advertisement"], ["- Cost: 40 million", "- Length: 9 km"], ["Reporting by Ann Lee (@annlee)"]],
    ids=["label", "fact-box", "credit"],
)
def test_a_label_a_list_or_a_credit_between_paragraphs_does_not_hide_a_headline(separator, others):
    # Two headline-shaped lines between paragraphs mean the article has
    # subheadings of its own; a one-word label, a fact box's items or a
    # credit are none, and counting them hid the one teaser.
    headline = "Alaska doctor sentenced over opioid deaths"
    blocks = between(TRAM, 4, headline)
    assert oc102(blocks[:7] + others + blocks[7:], separator) == [headline]


STANZA = "\n".join([
    "The tram goes by the water,",
    "The gulls fly over it.",
    "And every bell that rings at dusk",
    "Rings out for where I am.",
])


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_quoted_stanzas_lines_are_no_teasers(separator):
    # A trial's Russian article quoted a stanza; its one line without a
    # comma shares no word with the article, yet verse runs on around it.
    blocks = TRAM[:4] + ["A local poet read lines written for the opening of the first tram in 1904:", STANZA] + TRAM[4:]
    assert oc102(blocks, separator) == []
    headline = "Alaska doctor sentenced over opioid deaths"
    assert oc102(between(blocks, 8, headline), separator) == [headline]
