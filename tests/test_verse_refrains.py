"""A poem's or a song's refrain quoted in an article is verse
(Document.verse_lines, lint/line_kinds.py), whatever its punctuation, case
or script, in either layout: a stanza that says a line again, or two
stanzas, each introduced in the writer's words, that share one.  UI106
leaves such a refrain alone, and still reports a caption, a label, a "Read
more" line or a list's headline said twice; TX110, TX111 and OC102, which
read the same verse lines, report nothing on the stanzas.  Text written for
the project (a false alarm costs more than a miss)."""
from __future__ import annotations

import pytest

from newslint import Document, Linter

LAYOUTS = {"blank": "\n\n", "noblank": "\n"}
LINTERS: dict[tuple[str, ...], Linter] = {}


def verse_of(blocks: list[str], separator: str) -> list[str]:
    document = Document(separator.join(blocks) + "\n")
    return [line.text for line in document.content_lines if line.number in document.verse_lines]


def reported(codes: tuple[str, ...], blocks: list[str], separator: str) -> list[tuple[str, str]]:
    """(code, line text) of each finding."""
    if codes not in LINTERS:
        LINTERS[codes] = Linter(select=list(codes))
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return [(finding.code, lines[finding.line - 1]) for finding in LINTERS[codes].lint_text(text)]


# Each review: its opening, the stanza, the prose after it.  The stanza says
# its refrain again, with another line between.
REVIEWS = {
    # A sentence ends inside the stanza ("harbour wall."), and the refrain
    # comes back after it with a full stop of its own.
    "english": (
        ["Review: Low Water, by Tamsin Reddy",
         "Reddy's second collection keeps returning to the estuary where she grew up, and its best poem says so plainly:"],
        ["The tide goes out and the tide comes in,", "the gulls, the mud, the harbour wall.", "The tide goes out and the tide comes in."],
        ["It is a small book, but there is not a wasted line in it, and it costs nine pounds."],
    ),
    # No punctuation at the lines' ends, each line in capitals.
    "french": (
        ["Au concert de samedi, le public a chanté avec elle le refrain de sa nouvelle chanson :"],
        ["Reste encore un peu avec moi", "Le train ne part pas ce soir", "Reste encore un peu avec moi"],
        ["Le concert s'est terminé après minuit, sous les applaudissements de la salle entière."],
    ),
    "german": (
        ["Der neue Band von Lena Falk erzählt vom Winter an der Küste.", "Das schönste Gedicht endet so:"],
        ["Der Wind kennt unsere Namen", "Das Meer vergisst sie nie", "Der Wind kennt unsere Namen"],
        ["Ein stilles, aber kluges Buch, das man mehr als einmal lesen möchte."],
    ),
    "russian": (
        ["В новой книге Анны Вересовой собраны стихи о северной деревне.", "Одно из стихотворений начинается так:"],
        ["Тихая речка, тихая речка", "Бабушка ждёт у ворот", "Тихая речка, тихая речка"],
        ["Книга вышла небольшим тиражом и уже стала редкостью."],
    ),
    # Japanese: the stanza follows a sentence that ends in 。, and its
    # refrain sets its halves apart with a full-width space.
    "japanese": (
        ["詩人の新しい詩集は、港町で過ごした少年時代を描いている。", "最後の詩は次のように終わる。"],
        ["風がふく　風がふく", "父の小舟を見送って", "風がふく　風がふく"],
        ["静かな言葉の中に、失われた町への思いがあふれる一冊だ。"],
    ),
    "chinese": (
        ["诗人林川的新诗集写的是他在海边小镇度过的童年。", "其中一首诗这样写道："],
        ["海风吹过老码头", "海风吹过父亲的船", "海风吹过老码头"],
        ["这本诗集语言朴素，却让人久久不能忘怀。"],
    ),
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language", REVIEWS)
def test_a_stanza_saying_its_refrain_again_is_verse(language, separator):
    opening, stanza, after = REVIEWS[language]
    assert verse_of(opening + stanza + after, separator) == stanza


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language", REVIEWS)
def test_ui106_tx110_tx111_and_oc102_leave_a_quoted_refrain_alone(language, separator):
    opening, stanza, after = REVIEWS[language]
    assert reported(("UI106", "TX110", "TX111", "OC102"), opening + stanza + after, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_stanza_at_the_articles_end_is_verse(separator):
    opening, stanza, _ = REVIEWS["french"]
    assert verse_of(opening + stanza, separator) == stanza


# Two stanzas quoted apart, each introduced by the writer's own sentence
# ending in a colon, share their first line: the poem's refrain.
SPANISH = [
    "La nueva colección de Marta Ibáñez está dedicada al puerto de su infancia.",
    "El primer poema empieza con estos versos:",
    "Llueve sobre el puerto viejo",
    "Las barcas duermen en la arena",
    "Ibáñez vuelve a ese puerto en cada página, con una voz cada vez más tranquila.",
    "Y el último poema termina con los mismos versos, cambiados:",
    "Llueve sobre el puerto viejo",
    "Mi madre cierra la ventana",
    "Es un libro breve y muy hermoso, publicado por una editorial pequeña de Vigo.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_two_stanzas_sharing_a_refrain_are_verse(separator):
    assert verse_of(SPANISH, separator) == [SPANISH[2], SPANISH[3], SPANISH[6], SPANISH[7]]
    assert reported(("UI106", "TX111", "OC102"), SPANISH, separator) == []


# -- what stays furniture -----------------------------------------------------

PROSE = [
    "Council approves new harbour wall after winter storms",
    "Councillors in Portmellon voted on Tuesday to rebuild the harbour wall, which was breached twice in January.",
    "The work will cost £4 million and is due to start in the spring, the council said in a statement.",
    "Fishermen said the old wall had been patched so often that little of the original stone was left.",
    "The harbour master, Ruth Penrose, said boats would be moved to a temporary mooring during the work.",
    "Residents will be able to see the plans at the village hall until the end of the month.",
]


def with_lines(extra: dict[int, list[str]]) -> list[str]:
    """PROSE with the given lines inserted after the given paragraphs."""
    blocks = []
    for index, paragraph in enumerate(PROSE):
        blocks.append(paragraph)
        blocks.extend(extra.get(index, []))
    return blocks


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_labelled_caption_said_twice_among_lines_alike_is_no_stanza(separator):
    # Short lines alike around a caption said twice look like a stanza; a
    # line opening with a label and a colon is a caption's, not verse's.
    caption = "Photo: Ruth Penrose for the Gazette"
    blocks = with_lines({1: [caption, "The breach seen from the quay in January", caption]})
    assert verse_of(blocks, separator) == []
    assert reported(("UI106",), blocks, separator) == [("UI106", caption)] * 2


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_known_furniture_said_twice_in_a_stanza_shape_is_still_reported(separator):
    # The shape of a stanza around a button's text said twice: UI106 still
    # reports the copies, which the catalogue knows, verse or not.
    button = "Click here to watch the storm video"
    blocks = with_lines({1: [button, "The breach seen from the quay in January", button]})
    assert button in verse_of(blocks, separator)
    assert reported(("UI106",), blocks, separator) == [("UI106", button)] * 2


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_an_advertisement_label_and_a_read_more_line_said_twice_are_still_reported(separator):
    blocks = with_lines({1: ["Advertisement"], 3: ["Advertisement"]})
    assert reported(("UI106",), blocks, separator) == [("UI106", "Advertisement")] * 2
    blocks = with_lines({0: ["Read more about the harbour"], 4: ["Read more about the harbour"]})
    assert [text for _, text in reported(("UI106",), blocks, separator)] == ["Read more about the harbour"] * 2


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_scraped_lists_headline_said_twice_is_still_reported(separator):
    # The page's lists after the article: a headline in both, under the
    # lists' short headings.
    lists = [
        "Most read",
        "Storm closes coast road for a second week",
        "Ferry fares to rise in the spring",
        "Lifeboat crew rescues two walkers",
        "Latest",
        "School wins county chess final",
        "Storm closes coast road for a second week",
    ]
    blocks = PROSE + lists
    assert verse_of(blocks, separator) == []
    assert [text for _, text in reported(("UI106",), blocks, separator)] == [lists[1], lists[1]]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_list_under_the_same_label_twice_is_no_stanza(separator):
    # Two lists of links under one label share a headline: the same label
    # each time is the page's, where a writer introduces each quotation in
    # words of its own.
    box = ["More on this story:", "Storm closes coast road for a second week", "Ferry fares to rise in the spring"]
    other = ["More on this story:", "Storm closes coast road for a second week", "Lifeboat crew rescues two walkers"]
    blocks = with_lines({1: box, 4: other})
    assert verse_of(blocks, separator) == []
    assert [text for _, text in reported(("UI106",), blocks, separator)] == [box[1], box[1]]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_line_doubled_in_a_row_and_a_menu_are_no_stanza(separator):
    # A caption an extractor wrote twice in a row (no line between the
    # copies); a menu of one- and two-word items said again.
    doubled = ["The harbour wall after the January storm", "The harbour wall after the January storm"]
    menu = ["Home", "News", "Sport", "Home"]
    blocks = with_lines({1: doubled, 5: menu})
    assert verse_of(blocks, separator) == []
    assert sorted(text for _, text in reported(("UI106",), blocks, separator)) == sorted(doubled + ["Home", "Home"])


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_fixtures_with_a_recurring_cell_are_no_stanza(separator):
    fixtures = [
        "Portmellon v Mevagissey",
        "Gorran v Polkerris",
        "Winners meet in the final",
        "St Mawes v Porthscatho",
        "Veryan v Portloe",
        "Winners meet in the final",
    ]
    assert verse_of(with_lines({2: fixtures}), separator) == []


def test_cjk_short_lines_said_twice_between_paragraphs_are_no_stanza():
    # A caption said twice in Chinese, each copy between paragraphs: no
    # lines alike around it.
    prose = ["港口委员会周二投票决定重建一月份被风暴冲毁的防波堤，工程将于春季开始。",
             "渔民们说，旧的防波堤已经修补过很多次，几乎看不到原来的石头了。",
             "居民可以在本月底之前到村礼堂查看工程的设计方案。"]
    caption = "一月风暴后的防波堤"
    blocks = [prose[0], caption, prose[1], caption, prose[2]]
    for separator in LAYOUTS.values():
        assert verse_of(blocks, separator) == []
        assert [text for _, text in reported(("UI106",), blocks, separator)] == [caption, caption]
