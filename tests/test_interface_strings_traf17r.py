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
    "Categories: Transport, Islands, Council",
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
