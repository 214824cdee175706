"""UI109: the body runs on across a block of the page's furniture set between
its paragraphs (a caption, an advertising label, an app prompt), when short
whole sentences about the article follow, in any language and both layouts.
Text written for these tests."""
from __future__ import annotations

from newslint import Linter
from newslint import Document
from newslint.rules.interface_strings.layout import article_body
from lint_support import in_both_layouts

# Finnish glues its words: a paragraph of the article is often under twelve.
FINNISH = (
    "Tampereen raitiotie saa kolme uutta pysäkkiä ensi vuonna",
    "Tampereen kaupunki kertoi maanantaina, että raitiotien Hervannan haaralle rakennetaan kolme uutta "
    "pysäkkiä ensi kevään aikana ja työt alkavat huhtikuussa.",
    "Uudet pysäkit tulevat yliopiston, uimahallin ja kauppakeskuksen kohdalle. Hankkeen hinta on noin "
    "neljä miljoonaa euroa, ja valtio maksaa siitä kolmanneksen.",
    "Liikennejohtaja Sanna Virtanen sanoi, että raitiotien matkustajamäärät ovat kasvaneet ensimmäisen vuoden aikana "
    "selvästi odotettua nopeammin.",
)
FINNISH_BLOCK = ("Raitiovaunu Hervannan valtaväylällä. Kuva: Lehtikuva", "Mainos", "Lataa sovelluksemme ja saat uutiset heti")
FINNISH_AFTER = (
    "Asukasyhdistys pitää uusia pysäkkejä hyvänä uutisena raitiotien käyttäjille.",
    "Ensimmäisten pysäkkien on määrä valmistua Hervannassa jo syyskuussa.",
)

ENGLISH = (
    "Harbour town bans cars from its seafront on Sundays",
    "Cars will be banned from the seafront road in Wexmouth every Sunday from May, after the town council "
    "voted on Tuesday night to turn the road over to walkers, cyclists and market stalls.",
    "The council said a trial last summer drew twice as many visitors to the seafront cafes and cut noise "
    "complaints from residents by more than half.",
    "Councillor Ruth Adeyemi said the seafront had been built for people long before it was built for cars.",
)
ENGLISH_BLOCK = ("ADVERTISEMENT", "Get the latest local news on our app")
ENGLISH_AFTER = ("Taxi drivers said the seafront ban would lengthen trips.", "The council will review the Sunday ban in October.")


def ui109_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["UI109"]).lint_text(text)]


def test_short_paragraphs_after_a_mid_body_block_stay_in_the_body():
    for article in (FINNISH + FINNISH_BLOCK + FINNISH_AFTER, ENGLISH + ENGLISH_BLOCK + ENGLISH_AFTER):
        for text in in_both_layouts(*article):
            lines = text.split("\n")
            assert lines[article_body(Document(text))[1] - 1] == article[-1]
            flagged = ui109_lines(text)
            assert not set(flagged) & set(article[-2:]), flagged


def test_one_sentence_after_the_block_does_not_resume_the_body():
    # One short sentence after a heading that shares a word with the
    # article is what a related story's blurb is: the body ends before it.
    teaser = ("Read more", "Wexmouth council approves new seafront cafes for the summer season.")
    for text in in_both_layouts(*ENGLISH, *teaser):
        lines = text.split("\n")
        assert lines[article_body(Document(text))[1] - 1] == ENGLISH[-1]
        assert "Read more" in ui109_lines(text)
