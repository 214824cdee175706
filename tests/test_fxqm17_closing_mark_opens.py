"""A quotation opened with the closing mark ” (an autocorrect's or a
scraper's error: `”It felt like…,” said one`) in an article whose language
opens with another mark is reported (QM102, at the mark); Swedish and Finnish,
which open with ”, apostrophes, inch marks and correct quotations are not
(trial17)."""

import pytest

from newslint import Linter

LAYOUTS = {"blank": "\n\n", "lines": "\n"}

ENGLISH_BEFORE = [
    "Village shop saved by its customers",
    "The shop on the green had been due to close in March after its owner retired, and the parish council could not find a buyer for it.",
]
ENGLISH_AFTER = [
    "The new committee will meet every month in the church hall, and the accounts will be published on the parish website.",
    "A second share offer is planned for the autumn if the first year goes well, the committee said on Tuesday.",
]

# Each line quotes with ” where “ belongs; the column of that ”.
DAMAGED = [
    ("Several shareholders said they had never bought a share in anything before. ”It felt like buying a bit of the village back,” said one, a retired teacher.", 77),
    ("”We have work to do,” she said after the first meeting of the committee.", 1),
    ("The chairman told the meeting: ”Nobody expected this many people to turn up.”", 32),
    ("One farmer called the scheme ”a lifeline for the whole valley” and bought ten shares.", 30),
    ("Another resident (”I only came for the bread”) ended up buying shares for her grandchildren.", 19),
    ("”Without the shop, the bus is the only way to buy a pint of milk,” the vicar said.", 1),
    ("The postmistress said the queue was ”longer than at Christmas” on the first morning.", 37),
    ("A teenager who works there on Saturdays said: ”It is the best job in the village.”", 47),
    ("”Honestly,” said the treasurer, ”we thought we would raise half of it.”", 1),
    ("The council's letter described the shop as ”an asset of community value” in January.", 44),
]


def qm(lines, separator):
    text = separator.join(lines) + "\n"
    return [(d.line, d.col, d.code) for d in Linter(select=["QM"]).lint_text(text)]


def line_number(lines, index, separator):
    return index * separator.count("\n") + 1


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("damaged, column", DAMAGED, ids=range(len(DAMAGED)))
def test_a_quotation_opened_with_a_closing_mark_is_reported(damaged, column, separator):
    lines = ENGLISH_BEFORE + [damaged] + ENGLISH_AFTER
    line = line_number(lines, len(ENGLISH_BEFORE), separator)
    found = qm(lines, separator)
    # The trial's line opens two quotations with ”: each is reported.
    expected = [(line, col, "QM102") for col in _opening_columns(damaged)]
    assert (line, column, "QM102") in expected
    assert found == expected


def _opening_columns(line):
    """The columns of the ” marks that open a quotation in ``line`` (after
    the line's start, a space or a bracket, before a letter)."""
    return [index + 1 for index, char in enumerate(line) if char == "”" and (index == 0 or line[index - 1] in " ([") and line[index + 1 : index + 2].isalpha()]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_the_message_names_the_mark_and_the_right_one(separator):
    lines = ENGLISH_BEFORE + [DAMAGED[1][0]] + ENGLISH_AFTER
    (finding,) = Linter(select=["QM"]).lint_text(separator.join(lines) + "\n")
    assert finding.code == "QM102"
    assert "closing ” (column 1) opens a quotation" in finding.message
    assert "“" in finding.message


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_german_quotation_opened_with_a_closing_mark_is_one_finding(separator):
    lines = [
        "Streik bei der Bahn",
        "Die Gewerkschaft hat für Donnerstag einen Streik im Fernverkehr angekündigt, der bis Freitagabend dauern soll.",
        "Ein Bahnsprecher nannte den Streik ”völlig unverhältnismäßig“ und forderte die Rückkehr an den Verhandlungstisch.",
        "Die Fahrgäste sollen sich vor Reiseantritt im Internet über die Verbindungen informieren.",
    ]
    # The ” is never closed (“ closes „): one finding, QM101's, at the
    # closing mark of another kind.
    found = qm(lines, separator)
    assert found == [(line_number(lines, 2, separator), 61, "QM101")]


CLEAN = {
    "swedish": [
        "Byns affär räddad av kunderna",
        "Affären vid torget skulle stänga i mars sedan ägaren gått i pension, och ingen köpare hade hittats.",
        "”Det kändes som att köpa tillbaka en bit av byn”, sade en av aktieägarna, en pensionerad lärare.",
        "Ordföranden sade att ”ingen väntade sig så många människor” vid det första mötet i församlingshemmet.",
    ],
    "finnish": [
        "Kyläkauppa pelastui asiakkaiden avulla",
        "Torin laidalla ollut kauppa oli määrä sulkea maaliskuussa, kun sen omistaja jäi eläkkeelle eikä ostajaa löytynyt.",
        "”Tuntui kuin olisi ostanut palan kylää takaisin”, sanoi eräs osakkaista, eläkkeellä oleva opettaja.",
        "Puheenjohtajan mukaan ”kukaan ei odottanut näin montaa ihmistä” ensimmäiseen kokoukseen.",
    ],
    "apostrophes": [
        "Rock music night at the village hall",
        "The band played rock ’n’ roll from the ’50s and ’60s until midnight, and nobody minded.",
        "’Tis the season, the organiser said, and the ’90s tribute act will come back in December.",
        "The drummer’s brother sold ’em tickets at the door for five pounds each.",
    ],
    "inches": [
        "Village hall gets a new screen",
        "The hall bought a 65” television for film nights and a 12” speaker for the stage.",
        "A 32” monitor was also donated by a resident for the children’s computer club.",
        "The committee said the screens would be insured along with the piano.",
    ],
    "paragraphs": [
        "Village shop saved by its customers",
        "The treasurer described the first weeks of the campaign at length.",
        "“We put leaflets through every door in the parish and then we waited.",
        "“By the end of the month we had more money than we had asked for,” she said.",
    ],
    "nested": [
        "Village shop saved by its customers",
        "The vicar recalled the meeting where the vote was taken on a show of hands.",
        "“A farmer stood up and said, ‘If we lose the shop, we lose the village,’ and everyone clapped,” he said.",
        "He said the farmer had bought the first share the next morning.",
    ],
    "german": [
        "Streik bei der Bahn",
        "Die Gewerkschaft hat für Donnerstag einen Streik im Fernverkehr angekündigt, der bis Freitagabend dauern soll.",
        "Ein Bahnsprecher nannte den Streik „völlig unverhältnismäßig“ und forderte die Rückkehr an den Verhandlungstisch.",
        "„Wir sind zu Gesprächen bereit“, sagte die Vorsitzende der Gewerkschaft am Mittwoch in Frankfurt.",
    ],
    "curly english": [
        "Village shop saved by its customers",
        "Several shareholders said they had never bought a share in anything before.",
        "“It felt like buying a bit of the village back,” said one, a retired teacher.",
        "“We have work to do,” she said after the first meeting of the committee.",
    ],
    "closing after a word": [
        "Village shop saved by its customers",
        "One farmer called the scheme “a lifeline for the whole valley” and bought ten shares.",
        "Another resident said the shop was “the heart of the place”, and that she would volunteer there.",
        "The committee said it was grateful to everyone who took part.",
    ],
    "swedish quotation in an english article": [
        "Village shop saved by its customers",
        "A Swedish visitor who bought a share wrote in the guest book: ”Det är klart att vi kommer tillbaka”, and signed it.",
        "The committee said it was grateful to everyone who took part.",
    ],
    "polish": [
        "Sklep uratowany przez klientów",
        "Sklep przy rynku miał zostać zamknięty w marcu, gdy jego właściciel przeszedł na emeryturę, a kupca nie znaleziono.",
        "„Czuliśmy, że odkupujemy kawałek wsi”, powiedziała jedna z udziałowczyń, emerytowana nauczycielka.",
        "Przewodniczący rady powiedział, że nikt nie spodziewał się tylu ludzi na pierwszym zebraniu.",
    ],
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("name", CLEAN, ids=CLEAN.keys())
def test_clean_text_is_not_reported(name, separator):
    assert qm(CLEAN[name], separator) == []
