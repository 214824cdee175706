"""Review of round 18's rule and engine changes: growth checks on hostile
input for the new loops, odd input, and clean text the new patterns must
leave alone.

* TX102 asked Document.foreign_spans.covers about each glued string, and
  each question read the string's whole line again: one long line of
  Polish, Indonesian or Portuguese glues cost the square of its length.
* UI106's pull-quote test read every line of the article again for each
  repeated line: a page of many short lines, each set twice between
  paragraphs, cost the square of its length.
"""
from __future__ import annotations

import warnings

import pytest

from growth import assert_linear
from newslint import Linter

PROSE = "The council said the new bridge would open to traffic next spring after long delays."


def lint_with(*codes):
    linter = Linter(select=list(codes))

    def run(text):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # more findings than an article keeps
            return list(linter.lint_text(text))

    return run


def _pull_quote_page(n: int) -> str:
    # Each short line stands twice, each copy between two paragraphs of
    # prose, so each reaches the pull-quote test.
    return "Bridge opening delayed\n\n" + "".join(
        f"{PROSE}\n\nShort line number w{i}x here\n\n{PROSE}\n\nShort line number w{i}x here\n\n" for i in range(n)
    )


def test_many_repeated_lines_between_paragraphs_cost_linear_time():
    # 200 to 800 such lines grew 11.9 times before the article's long lines
    # were read once and indexed by their words.
    assert_linear(_pull_quote_page, lint_with("UI106"), n=200)


def test_a_pull_quote_is_still_found_inside_its_paragraph():
    text = "\n\n".join([
        "Harbour pilot retires after forty years",
        "After forty years guiding ships into the harbour, the pilot said she was ready to rest her eyes.",
        "I never once lost a ship to the rocks",
        "Colleagues gathered on the quay on Friday to thank her for four decades of careful work at sea.",
        "She told them: I never once lost a ship to the rocks, and I am proud of every crew I brought home.",
        "I never once lost a ship to the rocks",
        "The port authority said a new pilot would start next month after a long period of training.",
    ]) + "\n"
    assert [d for d in Linter(select=["UI106"]).lint_text(text)] == []


def test_a_repeated_caption_between_paragraphs_is_still_reported():
    text = "\n\n".join([
        "Harbour pilot retires after forty years",
        "After forty years guiding ships into the harbour, the pilot said she was ready to rest her eyes.",
        "Watch the ceremony on the quay",
        "Colleagues gathered on the quay on Friday to thank her for four decades of careful work at sea.",
        "Watch the ceremony on the quay",
        "The port authority said a new pilot would start next month after a long period of training.",
    ]) + "\n"
    assert [d.line for d in Linter(select=["UI106"]).lint_text(text)] == [5, 9]


# Two victims of one night told apart by one word, each sentence in a
# paragraph of its own with another between: a report's parallel
# sentences, not a copy.
TWO_CRASHES = [
    "Two hurt in separate crashes on the ring road",
    "Police were called to the first crash on the ring road shortly after eight in the morning.",
    "A {first} was taken to hospital with injuries that are not thought to be life-threatening at this stage.",
    "A second crash happened near the bridge about an hour later, according to the police statement.",
    "A {second} was taken to hospital with injuries that are not thought to be life-threatening at this stage.",
]


def _crashes(first: str, second: str) -> str:
    return "\n\n".join(TWO_CRASHES).format(first=first, second=second) + "\n"


def test_two_victims_told_apart_by_one_word_are_no_copy():
    for first, second in [("man", "woman"), ("boy", "girl")]:
        assert list(Linter(select=["TX111"]).lint_text(_crashes(first, second))) == []


def test_a_sentence_copied_with_a_word_slipped_is_still_reported():
    # The same sentence with an ordinary word changed: still a copy's seam.
    found = list(Linter(select=["TX111"]).lint_text(_crashes("cyclist", "motorcyclist")))
    assert [d.line for d in found] == [9]


# A Markdown page's paragraph of one sentence written as a link: the
# article's sentence, not a link to another page left by a converter.
RIVER_REPORT = [
    "# Ministry publishes report on river pollution",
    "The environment ministry published its long-awaited report on river pollution on Friday, after two years of delays.",
    "Campaigners welcomed the findings but said the targets did not go far enough to protect wildlife.",
    "{link}",
    "Water companies have been told to cut discharges further by 2030 or face larger fines.",
]


def _ui101_lines(link: str) -> list[int]:
    text = "\n\n".join(RIVER_REPORT).format(link=link) + "\n"
    return [d.line for d in Linter(select=["UI101"]).lint_text(text)]


def test_a_sentence_written_as_a_link_is_the_articles():
    assert _ui101_lines("[The ministry said it would publish a full response in the spring.](https://example.org/response)") == []
    assert _ui101_lines("[Die Ministerin kündigte eine vollständige Antwort für das Frühjahr an.](https://example.de/antwort)") == []


def test_a_link_to_another_page_alone_on_its_line_is_still_reported():
    assert _ui101_lines("[Read the ministry's full response](https://example.org/response)") == [7]
    assert _ui101_lines("[Click here to read the full report on our website.](https://example.org/r)") == [7]


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister powiedział, że rząd iwniosek będą współpracować przy budowie mieszkań. ",
        "Menteri mengatakan pemerintah setelahkalah akan membangun rumah baru. ",
        "O ministro disse que o governo está trabalhandonuma proposta para reduzir preços. ",
    ],
    ids=["pl", "id", "pt"],
)
def test_many_glues_on_one_long_line_cost_linear_time(sentence):
    # 200 to 800 sentences on one line grew 12 to 15 times before each
    # line's answer was kept.
    assert_linear(lambda n: "Plan\n\n" + sentence * n + "\n", lint_with("TX102"), n=200)


def test_glues_on_a_long_line_are_each_reported():
    sentence = "Minister powiedział, że rząd iwniosek będą współpracować przy budowie mieszkań. "
    found = [d for d in Linter(select=["TX102"]).lint_text("Rząd przedstawia plan\n\n" + sentence * 50 + "\n")]
    assert len(found) == 50 and all('"i wniosek"' in d.message for d in found)
