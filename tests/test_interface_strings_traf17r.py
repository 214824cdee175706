"""A blog platform's machinery that trafilatura keeps around a post (traf17r):
the entry's footer ("This entry was posted on … and is filed under …",
"Posted in: News", "Categories: …"), its comment notices ("Both comments and
pings are currently closed."), a metadata row ("Published: May 3rd, 2024 |
Tags: …"), the links to the neighbouring posts ("« Older post | Main"), the
sidebar's boxes ("Popular posts", "Get email updates", "Search this blog",
"Advertise here") and a Flash player's stand-in; and the article's own lines
around them (headline, subheadings, dateline, list items, table rows,
quotes, CJK and Arabic prose), which stay clean, in both layouts."""

import pytest

from newslint import Linter

POST = [
    "Ferry timetable changes for the winter",
    "The island ferry will run four crossings a day from November instead of six, the operator said on Tuesday.",
    "Commuters say the first boat at seven leaves too late for the mainland's early shifts, and the council has asked for a review.",
    "The operator said the change follows a fall in passengers after the summer and would be looked at again in March.",
]
LAYOUTS = ["\n", "\n\n"]


def flagged(lines, separator, select=("UI",)):
    """The indexes (0-based, in ``lines``) of the lines given a UI finding."""
    step = separator.count("\n")
    found = {d.line for d in Linter(select=list(select)).lint_text(separator.join(lines) + "\n")}
    return [index for index in range(len(lines)) if 1 + index * step in found]


FOOTERS = [
    "This entry was posted on May 3, 2024 at 9:15 am and is filed under Transport, Islands.",
    "This entry was posted in Transport and tagged ferries, winter.",
    "This entry was posted on May 3, 2024 at 9:15 am and is filed under Transport, Islands. You can follow any responses to "
    "this entry through the RSS 2.0 feed. Both comments and pings are currently closed.",
    "You can follow any responses to this entry through the RSS 2.0 feed.",
    "You can leave a response, or trackback from your own site.",
    "Both comments and pings are currently closed.",
    "Be the first to like this.",
    "Posted in: Transport",
    "Tagged with:",
    "Published: May 3rd, 2024 | Tags: ferries, winter timetable, council",
    "Lena Marsh | Tags: ferries, islands",
    "Island Courier Staff | Tags:",
    "« Harbour dredging starts next week | Main",
    "Main | Harbour dredging starts next week »",
    "Harbour dredging starts next week was the previous entry in this blog.",
    "Blog comments powered by Disqus",
    "blog comments powered by",
    "Remember personal info?",
    "Comments are owned by the poster. We aren't responsible for their content.",
    "Dieser Eintrag wurde in Verkehr veröffentlicht und mit Fähre, Winter verschlagwortet.",
    "Cette entrée a été publiée dans Transports, avec le mot-clef ferry.",
    "Esta entrada fue publicada en Transporte y etiquetada con ferry, invierno.",
    "Os comentários e os pings estão fechados.",
    "Posted by Lena at 7:14 PM 3 comments",
    "Labels: ferries, winter",
    "Powered by WordPress | Theme by Harbour Themes",
    "Leave a Reply Cancel reply",
    "Email This BlogThis! Share to Twitter Share to Facebook",
    "Publicado por Marta en 10:32",
    "Eingestellt von Anna um 10:32",
]
WIDGETS = [
    "Popular posts",
    "Featured articles",
    "Also worth reading",
    "People who liked this article also liked",
    "Posted on this day, other years:",
    "Subscribe via RSS",
    "Get Email Updates (It's Free)",
    "Search this blog",
    "Enter your search terms",
    "Loading...",
    "Advertise here",
    "Get the Flash Player to see this player.",
    "Leave a reply",
    "Recent comments",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", FOOTERS + WIDGETS)
def test_a_blogs_machinery_under_the_post_is_found(line, separator):
    assert flagged(POST + [line], separator) == [4]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", FOOTERS + WIDGETS)
def test_a_blogs_machinery_between_paragraphs_is_found(line, separator):
    assert flagged(POST[:2] + [line] + POST[2:], separator) == [2]


# The words of the machinery in the article's own sentences, and the
# article's lines a blog post is made of: none is flagged.
CLEAN_STORY = [
    "Ferry timetable changes for the winter",
    "ISLAY, May 3 (Island Courier) -",
    "The island ferry will run four crossings a day from November instead of six, the operator said on Tuesday.",
    "The entry was posted in the harbour log at nine, and the captain said both comments and complaints were closed for the day.",
    "What changes",
    "- The first boat leaves at 07:30",
    "- The last boat leaves at 18:00",
    "| Crossing | Winter | Summer |",
    "|---|---|---|",
    "| First | 07:30 | 06:15 |",
    "| Last | 18:00 | 21:45 |",
    "\"We were posted in the village for a year and never saw a timetable this thin,\" said a nurse who works on the mainland.",
    "Categories of tickets will not change, the operator added, and season tickets bought before November stay valid.",
    "Labels on the new tickets will show the crossing time in large print for older passengers.",
    "Posted by the council at the pier, the notice lists the winter crossings and the fares.",
    "Search teams and the lifeboat crew will keep their own boat on call through the winter, the coastguard said.",
    "Residents can leave a response to the consultation on the council's website until the end of the month.",
    "渡轮公司周二表示，从十一月起每天的班次将由六班减少为四班，议会已要求重新审查这一安排。",
    "قالت شركة العبّارات يوم الثلاثاء إنها ستخفض عدد الرحلات اليومية من ست إلى أربع اعتبارا من نوفمبر.",
    "The operator said the change would be looked at again in March, after the council's review.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_the_articles_own_lines_stay_clean(separator):
    assert flagged(CLEAN_STORY, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", [
    # A sentence that opens with the label's words, no colon: the article's.
    "Posted in Iraq for a year, the sergeant wrote home every week about the heat and the dust.",
    "Tagged with a ring on its leg, the gull was found again two hundred miles south.",
    # A row of pipes without a label: a menu's, not a post's metadata row.
    "Lena Marsh | Islands",
    # Two parts split by a pipe, neither the blog's home: a menu's few words.
    "« Harbour dredging starts next week | Ferry timetable changes",
])
def test_lines_like_the_machinery_stay_clean(line, separator):
    assert flagged(POST[:2] + [line] + POST[2:], separator) == []


# A teaser list's "Read more" with the story's date glued after the
# teaser's last sentence, a row of the site's accounts with their counts, a
# blogger's "Follow me": found at the end of a line or alone.
@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", [
    "- Harbour dredging starts next week The work will close the north quay for a month. Read more... 2024-05-01",
    "- Night boat returns for the summer Islanders won a late crossing after years of asking! Read more » May 2, 2024",
    "Twitter (12,480 followers) • Facebook (3,950 likes) • Instagram (2,210 followers)",
    "Follow me on Twitter and Instagram",
    "- Follow me",
])
def test_a_teaser_lists_date_and_a_blogs_accounts_are_found(line, separator):
    assert flagged(POST + [line], separator) == [4]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", [
    # "Read more" in the article's own sentence, a date after it.
    "Residents who want to read more about the plan can find it at the library from 2024-05-01.",
    # Counts of followers in a sentence: the article's.
    "The operator's Twitter account has 12,480 followers, and its Facebook page has 3,950 likes.",
    "Follow me, the captain told the passengers as the boat docked in the fog.",
])
def test_the_same_words_in_the_articles_sentences_stay_clean(line, separator):
    assert flagged(POST[:2] + [line] + POST[2:], separator) == []


# The note on the author by the first name alone, under the article.
@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("note", [
    "Lena is a staff writer covering transport and the islands. She lives on the coast with two dogs.",
    "Tomasz is a freelance journalist and a regular contributor to the Courier.",
])
def test_a_note_on_the_author_by_first_name_is_found(note, separator):
    assert flagged(POST + [note], separator) == [4]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_first_name_the_article_gives_stays_clean(separator):
    story = POST[:3] + [
        "Lena Marsh, a nurse who takes the first boat every morning, said the change would cost her an hour a day.",
        "Lena is a freelance journalist too, and she plans to write about the crossing for a national paper.",
    ]
    assert flagged(story, separator) == []
    # A pronoun or a quantifier opens a sentence, not a note.
    for line in ("Everyone is a reporter now, the operator's spokesman complained at the meeting.",
                 "Russia is the world's second-largest producer of the fuel the ferries burn."):
        assert flagged(POST + [line], separator) == []


# Other posts' teasers, each cut short by the page: a sidebar's list after
# the post, titles between them or separators.
TEASERS = [
    "Popular on the island",
    "When the storm closed the harbour last winter, a ...",
    "-",
    "The new timetable has been making the rounds on ...",
    "-",
    "For those of you who missed the council meeting ...",
]
TITLED_TEASERS = [
    "Build a harbour wall model from card",
    "Paint the quay with a dry brush and...",
    "Add a lighthouse with a working lamp",
    "Model the waves with clear resin and...",
    "Age the hull of a fishing boat with...",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_cut_teasers_after_the_post_are_found(separator):
    found = flagged(POST + TEASERS, separator)
    assert {5, 7, 9} <= set(found) and not set(found) & {0, 1, 2, 3}
    found = flagged(POST + TITLED_TEASERS, separator)
    # From the first cut teaser on (the title above it may be the post's own).
    assert {5, 6, 7, 8} <= set(found) and not set(found) & {0, 1, 2, 3}


@pytest.mark.parametrize("separator", LAYOUTS)
def test_ellipses_of_the_articles_own_stay_clean(separator):
    story = [
        "Ferry timetable changes for the winter",
        "The island ferry will run four crossings a day from November instead of six, the operator said on Tuesday.",
        "A nurse who takes the first boat described her morning: \"I wait at the pier at six...",
        "then the boat is late, and the bus has gone...",
        "and the next one is full, and the one after...",
        "and by the time I reach the ward my shift has started...\"",
        "The operator said the change follows a fall in passengers after the summer and would be looked at again in March.",
        "Islanders said they had heard it all before. \"We asked, we waited, we asked again. …",
        "And so it goes on [...]",
        "The council will meet the operator again next month to discuss the timetable and the fares.",
    ]
    assert flagged(story, separator) == []


# A blog's or a site's disclaimer of its own, under the post.
@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", [
    "The opinions expressed here are my personal opinions.",
    "Opinions expressed are not necessarily those of the Island Courier.",
    "Views expressed on this page are those of the authors and not necessarily those of the Harbour Trust.",
    "The opinions expressed here are my own. Content published here is not read or approved in advance by the Harbour Trust "
    "and does not necessarily reflect the views of the Trust.",
])
def test_a_sites_disclaimer_is_found(line, separator):
    assert flagged(POST + [line], separator) == [4]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_report_of_someones_views_stays_clean(separator):
    for line in ("The captain said the views expressed at the meeting were those of a few angry passengers.",
                 "\"The opinions expressed here are not those of the whole island,\" the councillor said."):
        assert flagged(POST[:2] + [line] + POST[2:], separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_sections_own_index_of_long_leads_stays_unjudged_by_the_cut(separator):
    # Headlines each over its lead cut short: the longer leads are not taken
    # for a sidebar's teasers (a section's index page is set so).
    index = [
        "Harbour dredging starts next week",
        "The harbour board said on Monday that dredging of the north channel would start next week and take a month, closing the quay to...",
        "Night boat returns for the summer",
        "Islanders who campaigned for years for a late crossing will get one from June, the ferry operator confirmed after a meeting with...",
        "Council to review ferry fares",
        "The council will look again at the fares charged to island residents after a petition signed by more than two thousand people was...",
    ]
    found = flagged(index, separator, select=("UI101",))
    assert not {1, 3, 5} & set(found)
