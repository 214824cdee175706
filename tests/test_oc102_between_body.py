"""OC102's between-body test (rules/out_of_context/lone_between.py): another
story's sentence standing alone between an article's paragraphs, in short
articles and in any language written with capitals, by default.  Each
article is tried in both layouts (a blank line between paragraphs, and
none), with the same findings.  Every text here was written for these
tests."""
import pytest

from newslint import Linter
from newslint.rules.out_of_context import lone_between

LAYOUTS = ("\n\n", "\n")
LAYOUT_IDS = ("blank", "noblank")
MARK = "sentence alone between paragraphs shares no word"


@pytest.fixture(scope="module")
def teasers():
    return Linter(select=["OC102"])


def _text(blocks, separator):
    return separator.join(blocks) + "\n"


def _line_number(index, separator):
    return index * (2 if separator == "\n\n" else 1) + 1


def _between(linter, blocks, separator):
    return [d.line for d in linter.lint_text(_text(blocks, separator)) if MARK in d.message]


POOL = [
    "Swimming pool in Harwood reopens after roof repairs",
    "The public swimming pool in Harwood reopened on Saturday after eight months of repairs to its leaking roof.",
    "Swimmers queued at the pool doors before eight, and the first lanes filled within minutes of opening.",
    "The repairs to the roof cost the borough council about 2.1 million pounds, more than first planned.",
    "Council engineers found rusted steel beams above the main pool when the old roof panels came off.",
    "Lifeguards said the pool would run extra lessons for children who missed their swimming classes during the closure.",
    "The council said the pool's new roof panels let in more daylight and should cut heating bills for the building.",
]

# Another story's sentence, put between the fourth and fifth paragraphs.
ENGLISH_INTRUDERS = [
    "Shares in the mining group Velcor slumped after it warned of weaker copper prices.",
    # A connective proves nothing either way: it is left out.
    "Meanwhile, a court in Ashby jailed a man for six years for selling counterfeit medicines.",
    "Meanwhile, voters in Corrington elected a new mayor by a margin of just 312 ballots.",
]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("intruder", ENGLISH_INTRUDERS)
def test_english_sentence_between_paragraphs(teasers, separator, intruder):
    blocks = POOL[:5] + [intruder] + POOL[5:]
    assert _between(teasers, blocks, separator) == [_line_number(5, separator)]


# The clean text nearest to it: the article's own lines between its
# paragraphs, none of which another story's.
ENGLISH_OWN_LINES = [
    # Its own "Meanwhile" line shares the article's words.
    "Meanwhile, swimmers from the Harwood club trained at a pool in the next town.",
    # A line of background with a figure of its own and no name: close to
    # the article in meaning.
    "The building first opened to swimmers in 1974 and was last refitted two decades ago.",
    # Someone quoted by name: a source of the article's.
    "According to the engineer Ruth Okafor, the old panels had been patched more than forty times.",
    # A line that looks ahead.
    "The gym upstairs will reopen in the spring once its own ceiling is replaced.",
]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("own", ENGLISH_OWN_LINES)
def test_english_own_lines_stay_clean(teasers, separator, own):
    blocks = POOL[:5] + [own] + POOL[5:]
    assert _between(teasers, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_english_article_unchanged_stays_clean(teasers, separator):
    assert _between(teasers, POOL, separator) == []


DUTCH = [
    "Nieuwe fietsbrug over het kanaal bij Lindendaal geopend",
    "De nieuwe fietsbrug over het kanaal bij Lindendaal is zaterdag geopend voor fietsers en wandelaars.",
    "De brug verbindt de woonwijk aan de oostkant van het kanaal met de scholen aan de westkant.",
    "Fietsers moesten tot nu toe een omweg van drie kilometer maken over de drukke provinciale weg.",
    "De gemeente betaalde de brug samen met de provincie, die de helft van de kosten droeg.",
    "Scholieren die de brug zaterdag overstaken, noemden de nieuwe route veel veiliger dan de oude weg.",
    "De wethouder zei dat de brug 's avonds verlicht is, zodat fietsers ook in het donker veilig het kanaal oversteken.",
]
SPANISH = [
    "Reabre el mercado de abastos de Villarejo tras su reforma",
    "El mercado de abastos de Villarejo reabrió el lunes sus puertas después de casi un año de obras en la nave central.",
    "Los comerciantes del mercado volvieron a sus puestos con nuevas cámaras frigoríficas y mostradores más amplios.",
    "La reforma del mercado costó 1,8 millones de euros, pagados por el ayuntamiento y la diputación provincial.",
    "Los vecinos hicieron cola desde primera hora para comprar en los puestos de fruta y pescado del mercado.",
    "La asociación de comerciantes del mercado pidió más plazas de aparcamiento cerca de la nave reformada.",
    "El ayuntamiento afirmó que el mercado abrirá también los sábados por la tarde a partir del próximo mes.",
]
INTRUDERS = {
    "nl": (DUTCH, "Bij een woningbrand in Zuiderhoek raakten gisteravond twee bewoners gewond."),
    "es": (SPANISH, "Un incendio forestal obligó a desalojar a cuarenta familias en Montalbo durante la madrugada."),
    # A connective of its own language, left out.
    "es-connective": (SPANISH, "Por otra parte, la policía de Arcenillas detuvo a un conductor ebrio en la autovía."),
}


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("case", sorted(INTRUDERS))
def test_other_languages_sentence_between_paragraphs(teasers, separator, case):
    article, intruder = INTRUDERS[case]
    blocks = article[:4] + [intruder] + article[4:]
    assert _between(teasers, blocks, separator) == [_line_number(4, separator)]


OWN_LINES = {
    # A line of background: "tot nu toe" names nothing new, "eerder".
    "nl-background": (DUTCH, "Eerder lag er op die plek een smalle houten loopbrug uit de jaren zestig."),
    # A source opens the line: someone the article quotes.
    "es-source": (SPANISH, "Según la arquitecta Lucía Ferrándiz, la estructura de hierro original se ha conservado."),
    # A contrast ties it to the line before.
    "es-contrast": (SPANISH, "Sin embargo, algunos clientes echaron de menos la antigua pescadería de Anselmo."),
}


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("case", sorted(OWN_LINES))
def test_other_languages_own_lines_stay_clean(teasers, separator, case):
    article, own = OWN_LINES[case]
    blocks = article[:4] + [own] + article[4:]
    assert _between(teasers, blocks, separator) == []


# An article of loosely joined items (a page of briefs): every line shares
# little, so no one line stands out.
BRIEFS = [
    "News in brief",
    "A new bakery opened on Mill Street in Tarnby on Monday, the first on the street for ten years.",
    "Roadworks on the ring road near Oakfield will close two lanes overnight for a fortnight.",
    "The choir of St Bride's in Wenham raised 4,000 pounds for the hospice with a winter concert.",
    "Police in Dunmore found a stolen tractor abandoned in a field outside the village.",
    "A chess club for pensioners meets every Thursday in the community hall at Pelham.",
    "Volunteers planted three hundred oak saplings along the towpath at Greyford.",
]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_briefs_stay_clean(teasers, separator):
    assert _between(teasers, BRIEFS, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_option_turns_it_off(separator):
    linter = Linter(select=["OC102"], rules={"OC102": {"between-body": False}})
    blocks = POOL[:5] + [ENGLISH_INTRUDERS[0]] + POOL[5:]
    assert _between(linter, blocks, separator) == []


@pytest.mark.parametrize(
    "text, rest",
    [
        ("Meanwhile, a court in Ashby jailed a man.", "A court in Ashby jailed a man."),
        ("Тем временем в Калининграде завершился турнир.", "В Калининграде завершился турнир."),
        ("Por otra parte, la policía detuvo a un conductor.", "La policía detuvo a un conductor."),
        ("The council met on Monday.", "The council met on Monday."),
    ],
)
def test_connective_left_out(text, rest):
    assert lone_between._without_connective(text)[0] == rest
