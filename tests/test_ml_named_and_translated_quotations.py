"""ML102 and a quotation the article introduces as another language's words:
the language named before it (`a sign reading, in Danish, "…"`), for every
Latin-script language the vote knows, not only the six largest; or a
translation announced right after it (`"…", which means "…"`, `«…»,
c'est-à-dire …`).  Both layouts.  Words of another language that nobody
names or translates are still reported."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts


def ml(text: str) -> list[tuple[str, int, str]]:
    return [(d.code, d.line, d.message) for d in Linter(select=["ML"]).lint_text(text)]


CAFE = (
    "A corner cafe learns the word for everything",
    "The owners of a small cafe near the station spent the winter learning the languages of their regulars, "
    "who come from eleven countries.",
    "They started with greetings and moved on to the phrases people say when the coffee is late.",
)


@pytest.mark.parametrize("line", [
    'Above the counter hangs a board that says, in Danish, "Her er der altid kaffe og hygge til alle".',
    'One regular taught them a Polish saying, "Gość w dom, Bóg w dom", and they wrote it on the door.',
    'A Swedish student left a note on the mirror: "Vi ses i morgon, tack för kaffet".',
    'The Hungarian couple who sit by the window always order with the same words, "Két kávét kérünk szépen".',
    'A Dutch driver taught them to answer the phone with "Goedemorgen, wat mag het zijn vandaag".',
    'The owners still laugh at a Turkish proverb a customer wrote for them, "Bir fincan kahvenin kırk yıl hatırı vardır".',
])
def test_a_quotation_in_a_language_the_line_names_is_clean(line):
    for text in in_both_layouts(*CAFE, line):
        assert ml(text) == [], text


@pytest.mark.parametrize("line", [
    'A regular wrote "Her er der altid kaffe og hygge til alle", which means there is always coffee and comfort for everyone.',
    'The menu ends with "Gość w dom, Bóg w dom", meaning a guest in the house is God in the house.',
    'The board by the till says "Vi ses i morgon, tack för kaffet" (see you tomorrow, thanks for the coffee).',
    'Another note reads "Két kávét kérünk szépen", roughly "two coffees, please".',
])
def test_a_quotation_translated_right_after_it_is_clean(line):
    for text in in_both_layouts(*CAFE, line):
        assert ml(text) == [], text


@pytest.mark.parametrize("article", [
    (
        "Un café apprend la langue de ses clients",
        "Les propriétaires d'un petit café près de la gare ont passé l'hiver à apprendre les langues de leurs "
        "habitués, venus de onze pays.",
        "Au-dessus du comptoir, une ardoise affiche « Her er der altid kaffe og hygge til alle », c'est-à-dire "
        "qu'il y a toujours du café pour tout le monde.",
    ),
    (
        "Ein Café lernt die Sprachen seiner Gäste",
        "Die Besitzer eines kleinen Cafés am Bahnhof haben den Winter damit verbracht, die Sprachen ihrer "
        "Stammgäste zu lernen, die aus elf Ländern kommen.",
        "Über der Theke hängt eine Tafel mit dem Satz „Vi ses i morgon, tack för kaffet“, was so viel heißt wie "
        "„bis morgen, danke für den Kaffee“.",
    ),
])
def test_a_translation_announced_in_the_articles_language_is_clean(article):
    for text in in_both_layouts(*article):
        assert ml(text) == [], text


@pytest.mark.parametrize("line", [
    # Nobody names or translates it: what machine translation leaves.
    'The owners said the winter was long, her er der altid kaffe og hygge til alle gæster om morgenen.',
    # Named, but not as a quotation: the words run on in the article's sentence.
    'In Danish the owners now say her er der altid kaffe og hygge til alle gæster om morgenen.',
    # The line names another language than the quotation's.
    'The Dutch menu board by the door has "Her er der altid kaffe og hygge til alle gæster om morgenen" on it.',
    # "meaning" far from the quotation, not its translation.
    'Every morning "her er der altid kaffe og hygge til alle gæster" is what the owners repeat to one another, '
    'meaning well.',
])
def test_danish_words_nobody_names_or_translates_are_still_reported(line):
    for text in in_both_layouts(*CAFE, line):
        assert any(code == "ML102" and "Danish" in message for code, _, message in ml(text)), text


@pytest.mark.parametrize("line, language", [
    # A common word that starts like a language's name names none.
    ('The polished sign by the door reads "Gość w dom, Bóg w dom, mówimy zawsze naszym gościom przy drzwiach".', "Polish"),
    # "roughly" before a number is no translation.
    ('On the board: "Her er der altid kaffe og hygge til alle gæster", roughly 20 times in chalk.', "Danish"),
])
def test_a_word_like_a_name_or_a_gloss_excuses_nothing(line, language):
    for text in in_both_layouts(*CAFE, line):
        assert any(code == "ML102" and language in message for code, _, message in ml(text)), text
