"""UI after a code review of main: a layout table's rows and a head's lists
judged in time linear in the lines (a few kilobytes of hostile text must not
hang a CI job), a sparse data table left alone, and clean news sentences
that UI101's "prompt to the reader" and "other stories' heading" took for
furniture.  Both layouts (one block a line, a blank line between blocks), on
text written for the project."""
import pytest

from newslint import Linter
from newslint.rules.interface_strings import catalogue

from growth import assert_linear
from lint_support import LAYOUTS, findings

BODY = [
    "The council voted on Tuesday to close the old library on Mill Street after a long debate about its cost.",
    "Residents said they would miss the building, which has stood in the town centre for more than a century.",
    "A new library is planned for the shopping centre, and the council expects it to open in the spring.",
]


def lint_with(*codes):
    linter = Linter(select=list(codes))
    return lambda text: list(linter.lint_text(text))


# 1. A layout table's rows: one walk over each block of pipe-framed rows.

def test_a_layout_tables_rows_are_judged_in_linear_time():
    assert_linear(lambda n: "Some prose line here that is a sentence.\n" + "| | a |\n" * n, lint_with("UI101"), n=500)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_sparse_data_table_without_a_rule_stays_clean(separator):
    table = [
        "| Day | Morning | Afternoon | Evening |",
        "| Monday | 9:00 | | |",
        "| Tuesday | | 14:00 | |",
        "| Saturday | 10:00 | | |",
    ]
    assert findings(BODY[:2] + table + BODY[2:], separator, select=["UI101"]) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_headed_table_of_one_width_stays_clean_with_a_row_of_words(separator):
    # No number in the last row: the header and the table's one width say data.
    table = [
        "| Branch | Weekdays | Saturday | Sunday |",
        "| Mill Street | 9:00 | | |",
        "| Market Hall | | | Closed |",
    ]
    assert findings(BODY[:2] + table + BODY[2:], separator, select=["UI101"]) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_layout_tables_menu_row_does_not_make_it_a_data_table(separator):
    # A page's layout table holds a full row of menu links, but its rows
    # are not one width.
    rows = ["| Home | News | Sport | Weather |", "| | Search Music |", "| | | Local Weather |"]
    found = findings(BODY + rows, separator, select=["UI101"])
    assert all("layout table" in found[row][0][1] for row in rows[1:])


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_sparse_data_table_of_numbers_without_a_header_stays_clean(separator):
    # Opened, extended, closed: half the cells empty, the others a name and a year.
    table = ["| Mill Street | 1921 | | |", "| Market Hall | | 1974 | |", "| Station Road | | | 2003 |"]
    assert findings(BODY[:2] + table + BODY[2:], separator, select=["UI101"]) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_layout_table_is_found_beside_a_data_table(separator):
    # Each block of rows is judged on its own: a data table between two
    # paragraphs leaves the page's layout table after the text found.
    data = ["| Day | Morning | Afternoon |", "| Monday | 9:00 | |"]
    layout = ["| | Search Music |", "| | | Local Weather |", "| Eldercare | | Singles | |"]
    found = findings(BODY[:1] + data + BODY[1:] + layout, separator, select=["UI101"])
    assert set(found) == set(layout)
    assert all("layout table" in found[row][0][1] for row in layout)


# 2. A head's lists: each line asked once, and a list's items head no list.

RECIPE_METHOD = [
    "Mix the flour, salt, pepper and eggs in a large bowl, then bake the mixture for an hour until golden.",
    "Season the salt and pepper crust again before serving, and keep the flour for the next batch.",
    "Serve the eggs warm with more salt and pepper on the side, as the family always did.",
]


def test_a_long_list_in_the_head_is_judged_in_linear_time():
    def build(n):
        return "Recipe title\n" + "".join(f"Salt pepper {index}\n" for index in range(n)) + "\n".join(RECIPE_METHOD) + "\n"

    assert_linear(build, lint_with("UI"), n=250)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_recipes_ingredients_above_its_method_stay_clean(separator):
    head = ["Lemon salt bread", "Ingredients", "Two cups of flour", "A pinch of salt", "Four eggs", "Black pepper"]
    assert findings(head + RECIPE_METHOD, separator) == {}


# 3. A prompt to the reader: "US" is no speaker, and the verb is an imperative.

CLEAN_NEWS = [
    "Hit by US sanctions, the Chinese phone maker cut prices again.",
    "Like many US firms, the app maker cut jobs this year.",
    "Share prices of US phone makers fell sharply on Monday.",
    "Support for the app among US teenagers has fallen.",
    "Text messages to US mobile users were delayed.",
    "Save for a few US states, the app is banned.",
    "Follow-up tests on US mobile networks are planned.",
    "Get a grip, the US ambassador told his friends.",
    "Read by millions, the newsletter reaches US inboxes every week.",
    "Lee wrote on Facebook that he would not seek re-election.",
    "Lee posted on Instagram that he was leaving the party.",
    "Mira Murati announced on LinkedIn that she would leave OpenAI.",
    "Veja reported on Friday that the minister had used our app.",
    # Phrased differently, the same traps.
    "Press Association staff said on Twitter that the strike was over.",
    "Hit by a cyberattack, our partner's app went dark for a week, the firm said.",
    "Save for our newsletter, the paper has stopped all its email services.",
    "Like many of our readers, the mayor follows the council on Facebook.",
    "Like US rivals, our app maker cut jobs this year.",
    "Share prices of our partner's app rose on Friday.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("sentence", CLEAN_NEWS)
def test_news_sentences_opening_with_a_prompts_verb_stay_clean(sentence, separator):
    assert findings(BODY[:2] + [sentence] + BODY[2:], separator) == {}
    assert findings([BODY[0], BODY[1] + " " + sentence, BODY[2]], separator) == {}


PROMPTS = [
    "Follow him on Twitter for more stories from the council.",
    "Like this story? Share it with a friend!",
    "Get our free app on your phone and never miss a story.",
    "FOLLOW US ON TWITTER FOR THE LATEST NEWS",
    "Questions about this story? Email the newsroom at the address below",
    "Lee más noticias en nuestra aplicación.",
    "Veja mais notícias no nosso aplicativo.",
    "Receba-as no seu e-mail: assine a nossa newsletter.",
    "Get breaking news alerts from us on your phone.",
    "Text LIBRARY to 80800 to join our WhatsApp channel.",
    "Support local journalism: subscribe to our newsletter today.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("prompt", PROMPTS)
def test_prompts_to_the_reader_are_still_found(prompt, separator):
    assert prompt in findings(BODY[:2] + [prompt] + BODY[2:], separator)
    glued = BODY[1] + " " + prompt
    assert glued in findings([BODY[0], glued, BODY[2]], separator)


# 4. Other stories' heading at a paragraph's end ends in no full stop.

@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("paragraph", [
    "The dish is now served in restaurants across the country. Popular at home too.",
    "The shares rose again on Friday after the merger was approved. More good news.",
    "The clip was viewed ten million times in two days. Trending on TikTok.",
    "The band sold out three nights at the arena in a week. Popular on Spotify, too!",
])
def test_a_paragraphs_short_last_sentence_is_no_stories_heading(paragraph, separator):
    assert findings([BODY[0], paragraph, BODY[2]], separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("heading", ["More stories from Example News", "Related stories:", "Most read in Business"])
def test_other_stories_heading_glued_to_a_paragraph_is_still_found(heading, separator):
    glued = BODY[1] + " " + heading
    assert glued in findings([BODY[0], glued, BODY[2]], separator)


# 5. Two installs sharing a cache folder keep each other's tables.

def test_two_installs_sharing_a_cache_folder_do_not_rebuild_each_run(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    shipped_text = catalogue._shipped_text
    writes = []
    write = catalogue.write_atomically
    monkeypatch.setattr(catalogue, "cache_folder", lambda: cache)
    monkeypatch.setattr(catalogue, "write_atomically", lambda path, data: (writes.append(path.name), write(path, data)))

    def run(install: str):
        # Another install: the same files but one edited (another version).
        edited = (lambda name: shipped_text(name) + ("\n# another install\n" if name == "catalogue.py" else "")) if install == "b" else shipped_text
        monkeypatch.setattr(catalogue, "_shipped_text", edited)
        catalogue.shipped.cache_clear()
        return catalogue.shipped()

    try:
        run("a"), run("b")
        assert len(writes) == 2
        run("a"), run("b"), run("a")
        assert len(writes) == 2  # each read its own table back
        assert len(list(cache.glob(f"{catalogue.CACHE_PREFIX}*.json"))) == 2
    finally:
        catalogue.shipped.cache_clear()
        catalogue.configured.cache_clear()
