"""Changelog class (trial35): an article that quotes an app's list of
changes, under version headings with their own subheadings over items, keeps
the list and the paragraph after it as its own; a page's footer under a
version line, and a list of other stories after a body, are still reported."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def flagged(blocks, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text)}


ENGLISH = [
    "# City transit app gets its biggest update in four years",
    "The regional transit authority has released a new version of its ticketing app, which about 52,000 riders use every week. The authority published the list of changes below.",
    "## Version 5.0.0 (8 March)",
    "### New",
    "* Buy a day pass for a group of up to five riders in one payment",
    "* See how crowded the next train is before you board",
    "* Save your two most common trips to the home screen",
    "### Fixed",
    "* Tickets bought just before midnight no longer expire an hour early",
    "* The map now shows the temporary stops on the harbour line",
    "## Version 4.9.3 (14 January)",
    "* Security fixes for older phones",
    "The authority's digital lead, Grace Okafor, said the group pass had been the feature riders asked for most, and that suggestions can still be sent through the app.",
]

GERMAN = [
    "Stadtbibliothek bringt neue Version ihrer Ausleih-App",
    "Die Stadtbibliothek Kassel hat am Montag eine neue Fassung ihrer App veröffentlicht, die rund 21 000 Leserinnen und Leser nutzen. Hier die Liste der Änderungen, wie die Bibliothek sie bekannt gab.",
    "Version 2.3 (4. April)",
    "Neu",
    "- Verlängerung aller ausgeliehenen Bücher mit einem Fingertipp",
    "- Erinnerung drei Tage vor Ablauf der Leihfrist",
    "- Anzeige der freien Arbeitsplätze im Lesesaal",
    "Behoben",
    "- Die Suche nach Autorinnen mit Umlaut im Namen findet wieder alle Treffer",
    "Die Leiterin der Bibliothek, Sabine Roth, sagte, die Verlängerung per Fingertipp sei der häufigste Wunsch der Leser gewesen.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("article", [ENGLISH, GERMAN], ids=["en", "de"])
def test_a_quoted_changelog_and_the_paragraph_after_it_are_the_articles(article, separator):
    assert flagged(article, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_footer_under_a_version_line_is_still_reported(separator):
    page = GERMAN[:2] + [
        "Die Leiterin der Bibliothek, Sabine Roth, sagte, die Verlängerung per Fingertipp sei der häufigste Wunsch gewesen.",
        "Version 2.3",
        "- Impressum",
        "- Datenschutz",
        "- Kontakt",
    ]
    assert {"- Impressum", "- Datenschutz"} <= flagged(page, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_share_bar_under_a_version_line_is_still_reported(separator):
    page = ENGLISH[:2] + [
        "The authority's digital lead, Grace Okafor, said the group pass had been the feature riders asked for most.",
        "App version 5.0.0",
        "* Share on Facebook",
        "* Share on WhatsApp",
        "* Copy link",
    ]
    assert {"* Share on Facebook", "* Copy link"} <= flagged(page, separator)
