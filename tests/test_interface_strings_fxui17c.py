"""UI furniture found by four new-user trials: a publication stamp between
the headline and the body (a clock time with its label, or a byline with
it) is the page's metadata, not the article's dateline; a Korean reporter's
line with the title first and an e-mail, "Tags:" in Persian, Arabic and
Urdu, and a video teaser's "watch the highlights" in Czech, Slovak, Polish
and other languages.  A dateline opening the first sentence, a bare date
under the headline, a sentence about a publication, live-blog times and a
correction's sentence stay clean, in both layouts.  Text written for the
project."""
import pytest

from lint_support import LAYOUTS, first_ui_finding_by_block

HEADLINE = "Ferry crews vote to accept new pay offer"
BODY = [
    "Crews on the island ferries voted on Thursday to accept a pay offer worth six per cent over two years, ending a dispute that began in spring.",
    "The operator said timetables would return to normal from Monday, after weeks of cancelled sailings on the busiest routes to the mainland.",
    "Island councillors said businesses had lost thousands of pounds while the ferries ran a reduced service through the early summer months.",
]


# Index in ``lines`` -> the first UI finding on it.
flagged = first_ui_finding_by_block


# Publication stamps under the headline: a clock time with a label, or a byline.
STAMPS = [
    "Published 12 March 2026, 08:15 GMT",
    "Last updated 19:03 BST, 2 June",
    "Posted on 4 May 2025 at 7:45 pm",
    "Publié le 3 avril 2026 à 10h20",
    "Aktualisiert am 14.11.2025, 16:40 Uhr",
    "Opublikowano 8 marca 2026, 11:05",
    "2026-01-09 14:20 来源：新华社",
    "By Laura Finch, 21/05/2025 at 09:10",
    "Por Marta Quintas, 02/10/2025 às 17h45",
    "Redação Central · Atualizado 05/06/2026 - 12:30h",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("stamp", STAMPS)
def test_a_publication_stamp_under_the_headline_is_flagged(stamp, separator):
    found = flagged([HEADLINE, stamp] + BODY, separator)
    assert 1 in found and found[1].startswith(("UI101", "UI102")), found
    assert not set(found) & {0, 2, 3, 4}, found


# The article's own lines between and around: a dateline opening the first
# sentence, a bare date, a sentence on a publication, a correction.
CLEAN_HEADS = [
    "LONDON, 7 Feb (Reuters) - Ferry crews on the islands voted on Thursday to accept a pay offer after a long dispute.",
    "12 March 2026",
    "Thursday 12 March 2026",
    "The report was published on 7 February at 09:41 and updated after the vote, the union's spokesman said.",
    "Updated to add comment from the operator in the fourth paragraph, after the vote was announced.",
    "The union's statement, posted at 08:15 on Thursday, said the ballot had a turnout of 81 per cent.",
    "OBAN, Scotland, March 12 — Crews on the island ferries said they would return to work on Monday.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("line", CLEAN_HEADS)
def test_the_articles_own_line_under_the_headline_stays_clean(line, separator):
    found = flagged([HEADLINE, line] + BODY, separator)
    assert 1 not in found, found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_live_blogs_entry_times_stay_clean(separator):
    lines = [HEADLINE, "09:05", BODY[0], "09:40", BODY[1], "10:15", BODY[2]]
    found = flagged(lines, separator)
    assert not set(found) & {1, 3, 5}, found


# Furniture at the end of the text: a Korean reporter's line with the
# title first and an e-mail, "Tags:" in the Arabic script's languages, a
# video teaser's prompt.
TAIL_FURNITURE = [
    "기자 박지훈 jihoon.park@example.kr",
    "특파원 최은영 eunyoung@example.com",
    "برچسب‌ها: قطار، تهران، مشهد",
    "کلیدواژه ها: انتخابات، مجلس",
    "الوسوم: الميناء، الإضراب",
    "ٹیگز: بندرگاہ، ہڑتال",
    "Podívejte se na video z utkání",
    "Pozrite si góly zo zápasu",
    "Obejrzyj skrót meczu",
    "Watch the match highlights here",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("tail", TAIL_FURNITURE)
def test_furniture_after_the_body_is_flagged(tail, separator):
    found = flagged([HEADLINE] + BODY + [tail], separator)
    assert 4 in found and found[4].startswith("UI10"), found
    assert not set(found) & {0, 1, 2, 3}, found


# Sentences with the same words: the article's.
CLEAN_TAILS = [
    "Podívejte se na video, řekl kapitán trajektu novinářům po hlasování v přístavu.",
    "The crews will watch the video of the vote again before signing the agreement on Monday.",
    "Zobacz, jak załogi promów głosowały w czwartek nad nową ofertą płacową armatora.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("tail", CLEAN_TAILS)
def test_sentences_with_a_teasers_words_stay_clean(tail, separator):
    found = flagged([HEADLINE] + BODY + [tail], separator)
    assert 4 not in found, found
