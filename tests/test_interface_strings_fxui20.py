"""Furniture classes of trial 34 (extractor-shaped pages), written anew
(fxui20): a picture's alt text as a line of its own (Markdown's
``![alt](…)`` and a reader mode's ``[Image: …]``), furniture wrapped in
Markdown's bold or italics, a reader view's header (site, author, reading
time), picture credits and publishing labels in more words and scripts,
a newsletter's sign-up with its promise after a dash, a recommendation's
or a broadcaster's "listen again" label with its title, comment links,
tags lines and notification prompts in other languages; and the false
alarm of UI109 on an article's short last sentence with the page's
prompt under it.  Each damaged line is tried between an article's
paragraphs in both layouts, beside the clean text nearest to it."""

import pytest

from newslint import Linter

LAYOUTS = ["\n", "\n\n"]

STORY = [
    "Harbour pool to reopen after a winter of repairs",
    "The harbour pool will reopen on Saturday after months of work on its walls and pumps, the town council said on Monday.",
    "Swimmers raised more than ten thousand pounds towards the repairs, which the council matched from its leisure budget.",
    "The pool will open from seven in the morning until dusk each day through the summer, with lifeguards at weekends.",
    "Volunteers cleared the site themselves in February, which kept the cost of the repairs well below the estimate.",
]
STORY_DE = [
    "Hafenbad öffnet nach der Sanierung wieder",
    "Das Hafenbad öffnet am Samstag wieder, nachdem Wände und Pumpen den ganzen Winter über saniert wurden, teilte die Stadt mit.",
    "Schwimmer hatten mehr als zehntausend Euro für die Arbeiten gesammelt, die Stadt legte denselben Betrag dazu.",
    "Das Bad ist im Sommer täglich von sieben Uhr bis zur Dämmerung geöffnet, am Wochenende mit Rettungsschwimmern.",
    "Freiwillige hatten das Gelände im Februar selbst geräumt, wodurch die Kosten deutlich unter der Schätzung blieben.",
]
MIDDLE = 3


def found(lines, separator):
    """{index in ``lines``: [codes]} of the UI findings."""
    step = separator.count("\n")
    codes = {}
    for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n"):
        codes.setdefault((d.line - 1) // step, []).append(d.code)
    return codes


def flagged(lines, separator):
    return sorted(found(lines, separator))


def inside(story, *lines):
    return story[:MIDDLE] + list(lines) + story[MIDDLE:]


# -- A picture's alt text on a line of its own -------------------------------

PICTURES = [
    "![A lifeguard checks the water at the reopened pool](https://img.example.org/pool/lifeguard.jpg)",
    "![Schwimmer im Becken am ersten Tag nach der Sanierung](/bilder/becken.webp)",
    "[![Volunteers clearing the site in February](https://img.example.org/v.jpg)](https://example.org/gallery/pool)",
    "[Image: the pool's new pump house seen from the beach]",
    "[Foto: Das Becken nach der Sanierung]",
    "[Изображение: бассейн после ремонта]",
    "[Photo 2: swimmers at the deep end]",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", PICTURES)
def test_a_pictures_alt_text_alone_on_its_line_is_found(line, separator):
    assert found(inside(STORY, line), separator) == {MIDDLE: ["UI101"]}


PICTURES_CLEAN = [
    # A bracket inside a sentence, an editor's bracket in a quotation, a transcript's note.
    "The council's notice, headed [Image: pool plan] by mistake, was pinned to the gate on Friday.",
    '"[The photo] shows the volunteers at the gate," the pool manager said on Monday.',
    # A link inside a sentence, not a picture.
    "The council published [its decision](https://council.example.gov/d/2291) on Monday, and the pool will open at seven.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", PICTURES_CLEAN)
def test_pictures_words_inside_a_sentence_stay_clean(line, separator):
    assert flagged(inside(STORY, line), separator) == []


# -- Furniture in Markdown's bold or italics, and the same words plain -------

WRAPPED = [
    "**Sign up for The Tideline — the week's coastal news in one email, every Friday.**",
    "Sign up for the Harbour Briefing: five local stories before breakfast, every weekday",
    "**Abonnieren Sie den Hafenbrief – alle Nachrichten aus dem Hafen, jeden Morgen um sieben.**",
    "*Photography: Mara Quinn*",
    "_Illustrations: Tom Ash and Lea Park_",
    "**You may also like: Ten quiet beaches within an hour of the city**",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", WRAPPED)
def test_furniture_in_bold_or_italics_is_found(line, separator):
    assert found(inside(STORY, line), separator) == {MIDDLE: ["UI101"]}


WRAPPED_CLEAN = [
    "**The pool will open at seven on weekdays and at eight at weekends.**",
    "*The council said photography would be allowed in the changing rooms only with a permit.*",
    "Readers can sign up for the council's newsletter on its website, a spokesman said, and will be told of any closures.",
    "The photographer Mara Quinn, who took the pictures of the volunteers, grew up in the town.",
    "Photography: the club's members meet every Tuesday evening in the old boathouse by the pool.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", WRAPPED_CLEAN)
def test_bold_sentences_and_sentences_about_newsletters_or_photos_stay_clean(line, separator):
    assert flagged(inside(STORY, line), separator) == []


# -- Credits and publishing labels in more words and scripts ------------------

CREDITS = [
    "Photography: Mara Quinn",
    "Fotografie: Jonas Weber",
    "Fotografía: Ana Ruiz / Diario del Puerto",
    "Автор фото: Олена Коваль",
    "ภาพประกอบ: กรมเจ้าท่า",
    "Published by: Priya Nair",
    "Written by: Tom Reyes",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", CREDITS)
def test_credit_and_publishing_labels_are_found(line, separator):
    assert MIDDLE in found(inside(STORY, line), separator)


CREDITS_CLEAN = [
    "The report was published by the council on Tuesday and runs to forty pages.",
    "Die Fotografie von Jonas Weber zeigt das Becken am ersten Morgen nach der Sanierung.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", CREDITS_CLEAN)
def test_sentences_naming_a_photographer_or_publisher_stay_clean(line, separator):
    story = STORY_DE if line.startswith("Die ") else STORY
    assert flagged(inside(story, line), separator) == []


# -- Recommendations and a broadcaster's promotion, with their titles ---------

PROMOTIONS = [
    "You may also like: Ten quiet beaches within an hour of the city",
    "Das könnte Sie auch interessieren: Freibad in der Nordstadt öffnet früher",
    "Te puede interesar: Las mejores playas de la costa norte",
    "Вам может быть интересно: В порту открыли новый причал",
    "Listen back: our reporter spoke to the pool's manager on Friday's breakfast show",
    "Zum Nachhören: Das Gespräch mit der Bademeisterin über den ersten Tag",
    "À réécouter : l'entretien avec la directrice du bassin",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", PROMOTIONS)
def test_recommendation_and_listen_again_labels_are_found(line, separator):
    assert found(inside(STORY, line), separator) == {MIDDLE: ["UI101"]}


PROMOTIONS_CLEAN = [
    "You might also like the new café, which opens next to the pool in June, the council said.",
    "Listen again to the recording and you will hear the pumps start, the engineer said.",
    "The station's podcast about the pool's history has been downloaded twenty thousand times since March.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", PROMOTIONS_CLEAN)
def test_sentences_about_programmes_and_likes_stay_clean(line, separator):
    assert flagged(inside(STORY, line), separator) == []


# -- Short prompts in other languages: comments, tags, notifications ----------

PROMPTS = [
    "Yorumunuzu yazın",
    "לכל התגובות",
    "תגיות: בריכה, שיפוץ, קיץ",
    "Ετικέτες: πισίνα, λιμάνι, καλοκαίρι",
    "Мітки: басейн, ремонт, літо",
    "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ",
    "Güncel haberler için bildirimleri açın",
    "Turn on notifications for breaking news from the harbour",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", PROMPTS)
def test_short_prompts_in_other_languages_are_found(line, separator):
    assert MIDDLE in found(inside(STORY_DE, line), separator)


PROMPTS_CLEAN = [
    "Open the app and turn on notifications in Settings, then choose the pool from the list.",
    "Der Bürgermeister bat die Anwohner, ihre Kommentare bis Freitag schriftlich einzureichen.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", PROMPTS_CLEAN)
def test_a_tutorials_step_and_a_sentence_about_comments_stay_clean(line, separator):
    story = STORY if line.startswith("Open") else STORY_DE
    assert flagged(inside(story, line), separator) == []


# -- A reader view's header --------------------------------------------------

READER_HEADERS = [
    (STORY[:1] + ["The town's pool reopens on Saturday after a winter of repairs.", "Tom Reyes", "6–8 minutes"], [2, 3]),
    (STORY[:1] + ["Harbour Courier", "Tom Reyes", "4 minutes"], [1, 2, 3]),
    (STORY_DE[:1] + ["Hafenblatt", "Jonas Weber", "4–5 Minuten"], [1, 2, 3]),
    (STORY_DE[:1] + ["Diario del Puerto", "Ana Ruiz de la Fuente", "3–4 minutos"], [1, 2, 3]),
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("head, expected", READER_HEADERS)
def test_reader_view_header_over_its_reading_time_is_found(head, expected, separator):
    body = STORY[1:] if head[0] == STORY[0] else STORY_DE[1:]
    assert flagged(head + body, separator) == expected


READER_CLEAN = [
    # A bare name under the headline with no reading time: perhaps the article's byline.
    STORY[:1] + ["Tom Reyes"] + STORY[1:],
    # A recipe's fact box: a label and its time.
    ["Grilled sardines with lemon", "Cooking time:", "8–10 minutes",
     "Sardines are at their best in early summer, when the boats land them every morning at the quay.",
     "Brush the fish with oil, season them and grill them over a high heat, turning once.",
     "Serve them with bread, a green salad and the lemon cut into wedges."],
    ["Grilled sardines with lemon", "Cooking time", "8–10 minutes",
     "Sardines are at their best in early summer, when the boats land them every morning at the quay.",
     "Brush the fish with oil, season them and grill them over a high heat, turning once.",
     "Serve them with bread, a green salad and the lemon cut into wedges."],
    # An author named inside a sentence of the standfirst.
    STORY[:1] + ["Tom Reyes reports on a pool that took six months to mend."] + STORY[1:],
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("lines", READER_CLEAN)
def test_a_bare_name_or_a_recipes_time_stays_clean(lines, separator):
    assert flagged(lines, separator) == []


# -- UI109: the article's short last sentence with the page's prompt under it --

@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("prompt", ["Folgen Sie uns auf Instagram", "Follow us on Facebook"])
def test_short_last_sentence_between_the_pages_lines_stays_clean(prompt, separator):
    lines = STORY_DE + ["Lesen Sie auch: Neues Freibad in der Altstadt geplant", "Der Eintritt bleibt bei vier Euro.", prompt]
    assert flagged(lines, separator) == [len(STORY_DE), len(STORY_DE) + 2]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_sentence_of_the_pages_under_its_prompts_is_still_found(separator):
    lines = STORY + ["Read more: New lido planned for the old town", "Subscribe to our newsletter for more local news.", "Follow us on Facebook"]
    assert flagged(lines, separator) == [len(STORY), len(STORY) + 1, len(STORY) + 2]


# -- The page's boilerplate sentences: funding notes, membership pitches, captions with ©, a department --

BOILERPLATE = [
    "This report was supported by the Coastal Journalism Fund.",
    "Ocean Desk is funded by the Tide Foundation. Our reporting is editorially independent.",
    "Dieser Beitrag wurde von der Meeresstiftung gefördert.",
    "Harbour Wine Club members save 10% on every case. Join free today",
    "Clubmitglieder sparen 10 % bei jeder Bestellung. Jetzt kostenlos beitreten",
    "Photo: Volunteers carry sandbags to the pool gate before the storm on Friday night. © Harbour Trust/A. Lee",
    "From: Department for Harbours and Transport",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", BOILERPLATE)
def test_the_pages_boilerplate_sentences_are_found(line, separator):
    assert found(inside(STORY, line), separator) == {MIDDLE: ["UI101"]}


BOILERPLATE_CLEAN = [
    "The project is funded by the European Union and runs until 2028, the council said.",
    "This report was funded by the industry, critics said, and its figures should be read with care.",
    "Members of the swimming club save about ten pounds a year on the new tickets, the treasurer said.",
    "The letter, from the Department for Harbours and Transport, arrived on Monday.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", BOILERPLATE_CLEAN)
def test_sentences_about_funding_members_or_departments_stay_clean(line, separator):
    assert flagged(inside(STORY, line), separator) == []


# -- A site's sections as a Markdown list, and the article's own list of links --

@pytest.mark.parametrize("separator", LAYOUTS)
def test_section_links_as_a_list_are_found(separator):
    lines = STORY + ["* [Sport](/section/sport)", "* [Campus life](https://news.example.edu/category/campus)"]
    assert flagged(lines, separator) == [len(STORY), len(STORY) + 1]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_the_articles_list_of_sources_stays_clean(separator):
    lines = inside(STORY, "The figures come from two reports published this winter:",
                   "- [Leisure survey 2025](https://example.org/reports/survey.pdf)",
                   "- [Council budget 2026](https://example.org/budget)")
    assert flagged(lines, separator) == []


# -- A follow prompt in bold, as a Markdown page writes it --

@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", ["**Volg het Havenblad ook op Instagram en TikTok**", "**Folgen Sie uns auf Instagram**"])
def test_a_follow_prompt_in_bold_is_found(line, separator):
    assert MIDDLE in found(inside(STORY_DE, line), separator)


# -- A contributor's note with her title, under the article --

CONTRIBUTOR_NOTES = [
    "Dr Mara Quinn is a marine ecologist at Harbour University. She writes about tidal pools for Coastline.",
    "Dr. Jonas Weber ist Meeresbiologe an der Universität Kiel. Er schreibt für das Hafenblatt über Watt und Küste.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("note", CONTRIBUTOR_NOTES)
def test_a_contributors_note_with_her_title_is_found(note, separator):
    story = STORY if note.startswith("Dr Mara") else STORY_DE
    assert flagged(story + [note], separator) == [len(story)]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_title_and_a_profession_with_no_writing_stay_clean(separator):
    lines = STORY + ["Dr Mara Quinn is a marine ecologist at Harbour University who has studied the pool's water for a decade."]
    assert flagged(lines, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_an_article_about_the_contributor_keeps_her_note(separator):
    lines = STORY[:2] + [
        "The pool's water was tested by Dr Mara Quinn, whose samples showed it was clean enough to reopen after the storm.",
    ] + STORY[2:] + ["Dr Mara Quinn is a marine ecologist at Harbour University. She writes about tidal pools for Coastline."]
    assert flagged(lines, separator) == []
