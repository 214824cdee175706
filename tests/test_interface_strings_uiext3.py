"""UI101 on furniture phrased differently (issue 10, extractor output): the
strings a new user's trial found missed, alone on a line and glued to a
paragraph's end; bylines, editors' and sources' lines as a kind of their own;
newsletter prompts, reading times in other languages, other stories'
headings; a layout table's link cells, a blog's previous/next line and the
print edition's notice; UI102 and the article's recurring structure asking
the user's configured catalogue; the catalogue's cache keeping one file.
Both layouts (one block a line, a blank line between blocks), on text written
for the project, with the clean text that must stay clean."""
import json
import os

import pytest

from newslint.rules.interface_strings import catalogue
from lint_support import LAYOUTS, findings

BODY = [
    "The council voted on Tuesday to close the old library on Mill Street after a long debate about its cost.",
    "Residents said they would miss the building, which has stood in the town centre for more than a century.",
    "A new library is planned for the shopping centre, and the council expects it to open in the spring.",
]


# Found alone on a line and after a paragraph's last sentence: the issue's
# list and the trial's miss ("Share this article now").
FURNITURE = [
    "Print this page",
    "Follow us on Twitter",
    "Media playback is unsupported on your device",
    "Photo: Reuters",
    "Powered by ZergNet",
    "Enviá tu comentario",
    "By Sarah Seltzer on Dec 26, 2014 2:15pm",
    "CNN International TV | CNN US TV | Work for us",
    "13/50 Rogue trader freed …",
    "Share this article now",
    "责任编辑：王小明",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("item", FURNITURE)
def test_furniture_is_found_alone_on_a_line(item, separator):
    found = findings(BODY[:2] + [item] + BODY[2:], separator)
    assert item in found
    assert set(found) == {item}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("item", FURNITURE)
def test_furniture_is_found_at_a_paragraphs_end(item, separator):
    glued = BODY[1] + " " + item
    found = findings([BODY[0], glued, BODY[2]], separator)
    assert glued in found
    ((code, message),) = found[glued]
    assert code.startswith("UI10")
    assert item.split()[0] in message  # the tail is named, not the paragraph
    assert set(found) == {glued}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_chinese_editors_line_is_a_byline_not_an_image_credit(separator):
    body = ["市政府周二宣布，老图书馆将于明年春天关闭，新馆设在购物中心内。", "居民表示，他们会怀念这座已有百年历史的建筑。"]
    for line in ("责任编辑：王小明", "（责任编辑：李华）", "来源：新华网"):
        ((code, message),) = findings(body + [line], separator)[line]
        assert code == "UI101"
        assert "byline, editor or source line" in message
        assert "image credit" not in message
    caption = "图片来源：视觉中国"  # an image's credit is still one
    assert "image credit" in findings(body + [caption], separator)[caption][0][1]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("line", [
    "Thanks for signing up! Keep an eye on your inbox.",
    "Get the latest headlines delivered straight to your inbox",
    "Tempo de leitura: 4 minutos",
    "Tiempo de lectura: 3 minutos",
    "Lesezeit: 5 Min",
    "More world stories from Example News:",
    "Most read in business",
    "Related Topics: Harbours, Ferries",
    "Subscribe to: Post Comments (Atom)",
    "Order Reprints",
    "(Reporting by Ana Ruiz; Editing by Tom Lee)",
    "« Ferry timetable changes for winter | Main | Harbour dredging starts next week »",
    "A version of this article appeared in print on March 3, 2025, on Page B4 of the City edition with the headline: Library to close.",
    "This copy is for your personal, non-commercial use only. To order presentation-ready copies, use the link below.",
])
def test_furniture_phrased_as_other_pages_do_is_found(line, separator):
    assert line in findings(BODY[:2] + [line] + BODY[2:], separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_layout_tables_link_cells_are_found(separator):
    rows = ["| | Search Music |", "| | | Local Weather |", "| Eldercare | | Singles | |"]
    found = findings(BODY + rows, separator)
    assert all("layout table" in found[row][0][1] for row in rows)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_data_tables_rows_stay_clean_with_empty_cells(separator):
    # A Markdown table with its rule under the header, and a row of full
    # cells.  (UI109 judges a table after the body on its own; this is UI101's.)
    table = ["| Branch | Opened | Notes |", "|---|---|---|", "| Mill Street | 1921 | |", "| Market Hall | 1974 | |"]
    assert findings(BODY[:2] + table + BODY[2:], separator, select=["UI101"]) == {}
    full = ["| Mill Street | 1921 | closed |", "| Market Hall | 1974 | open |"]
    assert findings(BODY[:2] + full + BODY[2:], separator, select=["UI101"]) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("sentence", [
    "He told readers to 'click here' if they wanted to see the plans, and most of them did.",
    "She urged everyone to share this article with the neighbours who have no internet at home.",
    "The first review of the plan was written by Jane Smith on March 3, 2024, and it was scathing.",
    "Volunteers asked people to follow us on Twitter, a line the council's own account later copied.",
    "Tickets cost 13/50 of what they did last year, the organisers said.",
    "The editor: a woman who ran the paper for thirty years, and who never once missed a deadline.",
    "More than 3 million stories from Example News were read last year, the paper said.",
])
def test_ui_words_inside_a_sentence_stay_clean(sentence, separator):
    assert findings(BODY[:2] + [sentence] + BODY[2:], separator) == {}
    assert findings([BODY[0], BODY[1] + " " + sentence, BODY[2]], separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_recipe_fraction_after_a_sentence_is_no_gallery_caption(separator):
    line = "Heat the oven before you start. 3/4 cup flour"
    assert line not in findings(BODY + [line], separator)


# -- the user's catalogue in the family's other rules -------------------------


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_ui102s_metadata_row_asks_the_configured_catalogue(separator):
    row = "12 March 2024 | Zap this story"
    blocks = BODY[:2] + [row] + BODY[2:]
    assert row not in findings(blocks, separator)
    found = findings(blocks, separator, rules={"UI101": {"extra": ["Zap this story"]}})
    assert [code for code, _ in found[row]] == ["UI102"]
    printed = "12 March 2024 | Print"
    blocks = BODY[:2] + [printed] + BODY[2:]
    assert [code for code, _ in findings(blocks, separator)[printed]] == ["UI102"]
    assert printed not in findings(blocks, separator, rules={"UI101": {"ignore": ["print"]}})


def test_the_recurring_structure_asks_the_configured_catalogue():
    from newslint import Document
    from newslint.rules.interface_strings.layout import recurring_structure

    # A plan's three labels, said three times each: the article's own
    # structure; once one label is the user's furniture, only two kinds are
    # left, too few for a structure.
    days = []
    for day in ("Monday", "Wednesday", "Friday"):
        days += [f"{day} session", "Warm up with a slow jog around the park for ten minutes.",
                 "Stretch your legs and back before you run.", "Cool down with a walk."]
    intro = ["The club's training plan opens each day with a slow jog and ends with a walk.",
             "The stretch before a run matters most for runners over forty, the coach said."]
    text = "\n".join(intro + days + BODY) + "\n"
    shipped = Document(text)
    assert recurring_structure(shipped).repeats
    configured = Document(text)
    catalogue.use_on(configured, catalogue.configured(("Cool down with a walk.",), ()))
    assert not recurring_structure(configured).repeats


# -- the catalogue's cache keeps one file --------------------------------------


def test_the_cache_keeps_only_the_newest_tables(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    older = [cache / f"{catalogue.CACHE_PREFIX}1-0000000{n}-1000.json" for n in range(catalogue.KEPT_TABLES + 1)]
    for age, path in enumerate(reversed(older)):
        path.write_text('{"key": "an earlier edit"}', encoding="utf-8")
        os.utime(path, (1_000_000_000 - age, 1_000_000_000 - age))  # older[0] the oldest
    unrelated = cache / "wordfreq-en.json"
    unrelated.write_text("{}", encoding="utf-8")
    writing = cache / f".{catalogue.CACHE_PREFIX}1-00000009-1000.json.abc.tmp"  # another worker's write
    writing.write_text("", encoding="utf-8")
    monkeypatch.setattr(catalogue, "cache_folder", lambda: cache)
    try:
        catalogue.shipped.cache_clear()
        built = catalogue.shipped()
        # The one written, and the newest others up to KEPT_TABLES (rvui).
        (kept,) = set(cache.glob(f"{catalogue.CACHE_PREFIX}*.json")) - set(older)
        assert sorted(cache.glob(f"{catalogue.CACHE_PREFIX}*.json")) == sorted([kept] + older[-(catalogue.KEPT_TABLES - 1):])
        assert json.loads(kept.read_text(encoding="utf-8"))["catalogue"]
        assert unrelated.exists() and writing.exists()
        catalogue.shipped.cache_clear()
        assert catalogue.shipped().entries == built.entries  # read back from the one kept
        assert sorted(cache.glob(f"{catalogue.CACHE_PREFIX}*.json")) == sorted([kept] + older[-(catalogue.KEPT_TABLES - 1):])
    finally:
        catalogue.shipped.cache_clear()  # the other tests' catalogue, from the usual cache folder
        catalogue.configured.cache_clear()


# -- prompts to the reader phrased as no catalogue string is -------------------

PROMPTS = [
    "Síguenos también en nuestras redes sociales",
    "Abonnez-vous à notre chaîne sur YouTube",
    "Abonnieren Sie unseren Kanal auf Telegram",
    "Acompanhe nossas notícias pelo WhatsApp",
    "Подпишитесь на наш канал в Телеграме",
    "扫码关注我们的公众号",
    "Enjoyed this story? Send it to a friend by email.",
    "Quer nossas reportagens? Receba-as no seu e-mail.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("prompt", PROMPTS)
def test_a_prompt_to_the_reader_is_found_alone_and_at_a_paragraphs_end(prompt, separator):
    assert prompt in findings(BODY[:2] + [prompt] + BODY[2:], separator)
    glued = BODY[1] + " " + prompt
    assert glued in findings([BODY[0], glued, BODY[2]], separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("step", [
    # A tutorial's steps open in the imperative and name an app or a
    # network, but speak to the reader of their own phone, not of "us".
    "Turn on notifications in Settings, then choose which apps may send them.",
    "Download the app from the store and sign in with your email address.",
    "Share the document with your team by clicking the blue button.",
    "Follow the river path for two miles until you reach the old mill.",
    "Join the queue early: the doors open at nine and the hall fills quickly.",
    "Read the terms carefully before you install the app on your phone.",
    "Was the vote fair? Read the full report, which the council published on its website.",
    "\"Follow us on Twitter,\" the mayor told the crowd, to laughter.",
])
def test_a_tutorials_steps_and_quoted_prompts_stay_clean(step, separator):
    assert findings(BODY[:2] + [step] + BODY[2:], separator) == {}
