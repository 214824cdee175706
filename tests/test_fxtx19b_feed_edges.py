"""TX106: a feed element's tag at a body line's start or end with text
beside it (an RSS description running over several lines), not only a line
wrapped whole; a tag inside prose, a chat log's speaker and an article about
feeds stay clean.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts


def tx106(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX106"]).lint_text(text)]


@pytest.mark.parametrize("lines, tags", [
    (("<title>Harbour ferry adds a night service</title>",
      "<description>The harbour ferry will run until 1am on Fridays and Saturdays from next month, the operator said.",
      "Tickets cost the same as on daytime crossings, and bicycles travel free.</description>"),
     {"<description>", "</description>"}),
    (("Neue Buslinie zum Flughafen",
      "<summary>Ab Juni fährt eine neue Buslinie alle zwanzig Minuten vom Hauptbahnhof zum Flughafen.",
      "Die Fahrt dauert etwa eine halbe Stunde und kostet vier Euro.</summary>"),
     {"<summary>", "</summary>"}),
    (("El museo amplía su horario",
      "<content:encoded>El museo abrirá también los lunes a partir de septiembre, anunció la dirección.",
      "La entrada seguirá siendo gratuita los domingos por la tarde."),
     {"<content:encoded>"}),
    (("Council news",
      "<entry-text>The council will vote on the new parking rules at its meeting on Thursday evening.",
      "Residents may speak for three minutes each before the vote.</entry-text>"),
     {"<entry-text>", "</entry-text>"}),
])
def test_a_feed_tag_with_text_beside_it_is_reported(lines, tags):
    for text in in_both_layouts(*lines):
        assert tags <= set(tx106(text))


@pytest.mark.parametrize("text", [
    *in_both_layouts("How feeds work", "A feed item's <description> element holds the summary, and <title> its headline.",
                     "Readers fetch the file and show each item's title."),
    *in_both_layouts("Chat log released", "<anna> the meeting moved to Thursday, see you there",
                     "<ben> thanks, I will tell the others", "The log was published by the club on Monday."),
])
def test_tags_in_prose_and_a_chat_log_stay_clean(text):
    assert tx106(text) == []
