"""UI on extractor output, sixth round (issue 10): a photo credit after a
caption that names any agency or paper ("Photograph: Name/Agency"), a
byline run onto a paragraph with no space after its stop, what a sharing
button says once it is done, an instruction to click a button named by
where it stands, headlines without list markers under a related list's
heading; and what stays clean: a list the article leads into without a
colon ("She is survived by", "… looked at three hospitals"), the headline
that an extractor writes after the first paragraph with its byline under
it, and the headline, subheadings, datelines, list items, table rows, code,
captions of the article's own photos, CJK and Arabic prose.  Both layouts,
on text written for the project."""
import pytest

from lint_support import LAYOUTS, findings

BODY = [
    "The county council voted on Tuesday to keep the three village libraries open for another two years.",
    "Campaigners had gathered more than four thousand signatures against the plan to close them in the spring.",
    "The council said volunteers would run the libraries on Saturdays, and that the money would come from reserves.",
    "A review of opening hours will be published in the autumn, after the council has heard from readers.",
]


def flagged(blocks, separator):
    return set(findings(blocks, separator))


# --- Furniture found ---------------------------------------------------------

CAPTIONS_WITH_CREDITS = [
    "Readers queue outside the library in Eastford on Tuesday. Photograph: Maya Holt/Westcombe Echo",
    "A volunteer sorts returned books at the desk. Photo: Sam Reyes / County Courier",
    "Campaigners hand in their petition at the town hall. Picture: Lee Parr/Valley Press",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("caption", CAPTIONS_WITH_CREDITS)
def test_a_credit_after_a_caption_names_any_agency(caption, separator):
    found = findings(BODY[:2] + [caption] + BODY[2:], separator)
    assert set(found) == {caption}
    assert "credit" in found[caption][0][1]


GLUED = [
    "The council said the libraries would stay open until the review is done.By Staff Reporter | 4 Jun 2025, 09:30 BST",
    "The council said the libraries would stay open until the review is done.By Rosa Quint | Local desk",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("paragraph", GLUED)
def test_a_byline_run_onto_a_paragraph_without_a_space_is_found(paragraph, separator):
    found = findings(BODY + [paragraph], separator)
    assert set(found) == {paragraph}
    code, message = found[paragraph][0]
    assert code == "UI101" and "By " in message


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("notice", ["This story has been sent to", "Link copied to clipboard", "Your article was saved"])
def test_what_a_sharing_button_says_once_done_is_found(notice, separator):
    assert flagged(BODY[:2] + [notice] + BODY[2:], separator) == {notice}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("prompt", ["Tap the icon above to save this story", "Click on the banner below to enter the draw"])
def test_an_instruction_to_click_a_button_named_by_place_is_found(prompt, separator):
    assert flagged(BODY + [prompt], separator) == {prompt}


UNMARKED_HEADLINES = [
    "Bridge repairs to close the river road for a month",
    "Why the old mill is up for sale again this summer",
    "Bakery on Station Street wins a county prize",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("heading", ["Don't miss", "Related stories", "À lire aussi"])
def test_headlines_without_markers_under_a_related_heading_are_found(heading, separator):
    found = flagged(BODY[:2] + [heading] + UNMARKED_HEADLINES + BODY[2:], separator)
    assert found == {heading, *UNMARKED_HEADLINES}


# --- Clean text stays clean --------------------------------------------------

@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_list_led_in_by_a_clause_without_a_colon_is_the_article_s(separator):
    blocks = BODY[:3] + [
        "She is survived by",
        "- Her brother Tom Hale of Dover",
        "- Her two sons and their families",
        "- Nine grandchildren",
        "A service will be held at the chapel on Monday, and the family has asked for donations to the library.",
    ]
    assert flagged(blocks, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_list_led_in_by_a_sentence_without_a_colon_is_the_article_s(separator):
    blocks = BODY[:2] + [
        "Readers who wrote to the council named three things they would miss most",
        "- A quiet room to read the papers in every morning",
        "- Help with forms from the staff at the front desk",
        "- Story hours for toddlers on wet afternoons",
    ] + BODY[2:]
    assert flagged(blocks, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_the_headline_an_extractor_writes_after_the_first_paragraph_is_left_alone(separator):
    headline = "County council keeps village libraries open for two more years"
    blocks = BODY[:1] + [headline, "By ROSA QUINT", "Published: June 4, 2025", "Related", "Connect With Us on Twitter"] + BODY[1:]
    found = flagged(blocks, separator)
    assert headline not in found
    assert "Connect With Us on Twitter" in found


ARTICLE = [
    "Village libraries saved for two more years",
    "EASTFORD, June 4 —",
    BODY[0],
    "What the vote means",
    BODY[1],
    "Opening hours from July:",
    "- Monday to Friday: 9am to 5pm",
    "- Saturday: 10am to 1pm, run by volunteers",
    "| Library | Weekday visits | Saturday visits |",
    "| Eastford | 420 | 180 |",
    "| Hollow End | 210 | 95 |",
    BODY[2],
    "The council's booking system is a short script that volunteers run each morning:",
    "    for branch in branches:",
    "        open_desk(branch)",
    "Readers queue outside the library in Eastford on Tuesday.",
    BODY[3],
    "市议会周二投票决定，三座乡村图书馆将再开放两年。请愿者此前收集了四千多个签名。",
    "図書館は土曜日にボランティアが運営し、費用は積立金から賄うと市は説明した。",
    "وقال المجلس إن المتطوعين سيديرون المكتبات يوم السبت، وإن المال سيأتي من الاحتياطي.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_an_article_s_own_parts_stay_clean(separator):
    assert flagged(ARTICLE, separator) == set()


PROSE_LOOK_ALIKES = [
    "The report was sent to ministers on Friday, a week before the vote.",
    "The librarian said the message was shared by hundreds of readers within a day.",
    "He told readers to click the link in the council's letter, which did not work.",
    "The photograph shows Maya Holt at the desk where she worked for thirty years.",
    "By the end of the meeting, the council had agreed to keep all three libraries open.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("sentence", PROSE_LOOK_ALIKES)
def test_sentences_that_use_the_same_words_stay_clean(sentence, separator):
    assert flagged(BODY[:2] + [sentence] + BODY[2:], separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_sentence_run_on_with_no_space_that_is_no_byline_stays_clean(separator):
    paragraph = "The council met at six.By then most readers had gone home, and the vote was taken in a half-empty room."
    assert flagged(BODY + [paragraph], separator) == set()
