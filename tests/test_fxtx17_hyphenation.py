"""TX113 on words broken by a hyphen that the tests of trial 12 did not
cover (Latin and Cyrillic script): a break that kept its line end (text from a PDF or a printed page,
"deci-" / "sion"), a part that is no word of the language ("sus- picious"),
and a hyphen followed by a space where both parts are words ("every- one");
and the clean text around them: suspended hyphens before a coordinating word
in several languages, compounds, names and chains wrapped at their hyphen.
Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from lint_support import flagged_spans, in_both_layouts

# Sentences around the one under test, in its language.
AROUND = {
    "en": ("Harbour works", "The harbour reopened to ferries on Monday morning.", "The remaining work should end in June."),
    "de": ("Hafen", "Der Hafen wurde am Montag wieder für Fähren geöffnet.", "Die restlichen Arbeiten sollen im Juni enden."),
    "fr": ("Port", "Le port a rouvert aux ferries lundi matin.", "Les derniers travaux doivent se terminer en juin."),
    "es": ("Puerto", "El puerto volvió a abrir a los ferris el lunes por la mañana.", "Las obras restantes terminarán en junio."),
    "nl": ("Haven", "De haven is maandagochtend weer opengegaan voor veerboten.", "De laatste werkzaamheden zijn in juni klaar."),
    "pl": ("Port", "Port został w poniedziałek ponownie otwarty dla promów.", "Pozostałe prace mają się zakończyć w czerwcu."),
    "ru": ("Порт", "В понедельник порт снова открылся для паромов.", "Оставшиеся работы завершат в июне."),
    "sv": ("Hamnen", "Hamnen öppnade igen för färjorna på måndagsmorgonen.", "De sista arbetena ska vara klara i juni."),
}


def tx113(language: str, sentence: str) -> list[list[str]]:
    """The spans TX113 flags in an article of the language holding the
    sentence, in each layout."""
    headline, before, after = AROUND[language]
    return [
        [span for code, span in flagged_spans(text, ("TX113",))]
        for text in in_both_layouts(headline, before, sentence, after)
    ]


@pytest.mark.parametrize(
    "language, sentence, broken",
    [
        # A part that is no word: the joined word is common.
        ("en", "Officials said the fire was not sus- picious, according to the report.", "sus- picious"),
        ("en", "Nobody was in- jured when the lorry left the ring road.", "in- jured"),
        # A hyphen and a space, no coordinating word after it: both parts may be words.
        ("en", "The bridge will re- main closed until the inspection is complete.", "re- main"),
        ("en", "Ticket prices rose for every- one except pensioners this spring.", "every- one"),
        # The break kept its line end.
        ("en", "The minister said the deci-\nsion was final and would not be reviewed.", "deci-\nsion"),
        ("en", "The airline has can-\ncelled dozens of flights this week.", "can-\ncelled"),
        ("fr", "Le gouvernement a an-\nnoncé une hausse des tarifs au printemps.", "an-\nnoncé"),
        ("es", "La policía detu-\nvo a dos hombres en el muelle de carga.", "detu-\nvo"),
        ("nl", "De gemeente heeft de bewo-\nners van de wijk gewaarschuwd.", "bewo-\nners"),
        ("pl", "Policja zatrzy-\nmała dwóch mężczyzn w centrum miasta.", "zatrzy-\nmała"),
        ("ru", "Мэр объя-\nвил о ремонте моста через реку.", "объя-\nвил"),
        ("ru", "Пожар потушили через несколь- ко часов.", "несколь- ко"),
    ],
)
def test_broken_word_is_found(language, sentence, broken):
    first, second = broken.split("\n") if "\n" in broken else (broken, None)
    for found in tx113(language, sentence):
        assert len(found) == 1
        # flagged_spans shows a span over two lines up to its first line's end.
        assert found[0] == (first if second is not None else broken)


@pytest.mark.parametrize(
    "language, sentence",
    [
        # Suspended hyphens: the word comes back after a coordinating word.
        ("en", "Both well- and ill-informed voters turned out in large numbers."),
        ("en", "Pre- and post-war housing was surveyed for the report."),
        ("en", "Pupils in first- to third-year classes will sit the test."),
        ("en", "Buyers want two- or three-bedroom homes near the station."),
        ("de", "Der Ein- und Ausgang des Bahnhofs wird im Mai erneuert."),
        ("de", "Kinder- bzw. Jugendärzte sind auf dem Land selten geworden."),
        ("fr", "Les soins pré- et post-opératoires seront remboursés."),
        ("nl", "De in- en uitvoer van graan daalde vorig jaar sterk."),
        ("sv", "Antalet in- och utresor ökade kraftigt under sommaren."),
        # Compounds, names and chains wrapped at their own hyphen.
        ("en", "The well-\nknown author spoke at the festival on Saturday."),
        ("en", "The council set out a long-\nterm plan for the harbour."),
        ("en", "Members of the co-\noperative society voted on Monday."),
        ("en", "Her mother-in-\nlaw ran the shop for thirty years."),
        ("en", "The chief executive of Hewlett-\nPackard visited the plant."),
        ("en", "The self-\nemployed and part-\ntime workers were hit hardest."),
        ("en", "The non-\nprofit group runs a food bank and a re-\nelection campaign."),
        ("en", "The semi-\nfinal and the mid-\nterm break were moved."),
        ("en", "He said the decision was final -\nand that no appeal would be heard."),
        # A prefix before a word the lists call rare: the compound's own hyphen, mid-line or wrapped.
        ("en", "The co-ordinator said staff would co-ordinate the re-iterated plan."),
        ("en", "The project co-\nordinator said the plan was co-\nordinated with the police."),
        ("es", "La reunión franco-\nalemana analizó la política socio-\neconómica del país."),
        ("ru", "Из-за ремонта мост закрыт, и кто-то по-прежнему ждёт автобус."),
        ("ru", "Премьер-\nминистр и вице-\nпремьер выступили в парламенте."),
        ("ru", "Северо-\nзападный ветер усилится, во-первых, к вечеру."),
    ],
)
def test_suspended_hyphens_and_wrapped_compounds_are_clean(language, sentence):
    assert tx113(language, sentence) == [[], []]


def test_broken_word_across_lines_is_joined_by_the_fix():
    from newslint import Linter

    text = "Harbour works\n\nThe minister said the deci-\nsion was final.\n"
    (finding,) = Linter(select=["TX113"]).lint_text(text)
    assert finding.suggestion == "decision"
    assert "deci-⏎sion" in finding.message


# -- a name or a rare word the lists miss, written whole elsewhere in the article --

def tx113_article(*blocks: str) -> list[list[str]]:
    return [[span for code, span in flagged_spans(text, ("TX113",))] for text in in_both_layouts(*blocks)]


def test_name_broken_at_a_line_end_is_found_when_the_article_writes_it_whole():
    blocks = (
        "Kestrelby museum reopens",
        "The museum in Kestrel-\nby reopened on Saturday after a two-year refit.",
        "Visitors queued along the high street, and the Kestrelby council paid for extra buses.",
    )
    assert tx113_article(*blocks) == [["Kestrel-"], ["Kestrel-"]]


def test_name_broken_after_a_hyphen_and_space_is_found_when_written_whole():
    blocks = (
        "Dunmorrow ferry",
        "The ferry to Dun- morrow will run twice a day from June.",
        "Dunmorrow harbour was dredged in the spring.",
    )
    assert tx113_article(*blocks) == [["Dun- morrow"], ["Dun- morrow"]]


def test_hyphenated_name_written_only_with_its_hyphen_is_clean():
    blocks = (
        "Stratford festival",
        "The festival in Stratford-\nupon-Avon opened on Friday with a new play.",
        "Tickets for the Stratford-upon-Avon shows sold out within a day.",
    )
    assert tx113_article(*blocks) == [[], []]


def test_compound_wrapped_at_its_hyphen_is_clean_when_never_written_whole():
    blocks = (
        "Harbour works",
        "The harbour plan is a long-\nterm one, the council said.",
        "Work on the quay starts in May and ends in the autumn.",
    )
    assert tx113_article(*blocks) == [[], []]
