"""Swedish and Finnish quotations (”…”, opened with the mark that closes
them) are read as quotations: a foreign title quoted whole, and foreign
speech a Nordic, Polish, Czech, Hungarian, Romanian, Turkish or Indonesian
sentence attributes, are the article's; an untranslated clause nobody
quotes is still reported.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts


def ml_lines(text: str) -> list[int]:
    return [d.line for d in Linter(select=["ML"]).lint_text(text)]


FINNISH = (
    "Arvio: uusi Carmen on rohkea ja raikas",
    "Kansallisoopperan syksyn ensi-ilta lunastaa odotukset pääosin, ja yleisö palkitsi esityksen pitkillä aplodeilla.",
    "Nimiroolin laulajan aaria – ”Près des remparts de Séville” – on samalla leikkisä ja uhkaava.",
    "Orkesteri soittaa kapellimestarin johdolla tarkasti, ja kuorokohtaukset ovat näyttäviä.",
)
SWEDISH = (
    "Svensk tränare hyllas efter guldet",
    "Förbundskaptenen hyllades på söndagen efter att laget vunnit mästerskapet för första gången på tjugo år.",
    "Efter matchen sa hon till den kanadensiska tv-kanalen: ”We never stopped believing in each other.”",
    "Laget landar på Arlanda på tisdag, där ett mottagande planeras av förbundet och supportrarna.",
)
POLISH = (
    "Trener reprezentacji chwali zawodników",
    "Reprezentacja wygrała w sobotę z Holandią i awansowała do półfinału mistrzostw po raz pierwszy od lat.",
    "„We played with our hearts tonight” – powiedział po meczu trener w rozmowie z dziennikarzami.",
    "Półfinał zostanie rozegrany we wtorek wieczorem na stadionie w Rotterdamie.",
)


@pytest.mark.parametrize("blocks", [FINNISH, SWEDISH, POLISH], ids=["fi-title", "sv-speech", "pl-speech"])
def test_a_quoted_title_or_attributed_speech_is_the_articles(blocks):
    for text in in_both_layouts(*blocks):
        assert ml_lines(text) == []


def test_an_untranslated_clause_in_a_swedish_article_is_still_reported():
    damaged = "Laget landar på Arlanda på tisdag, where a reception is planned by the federation and the fans."
    for text in in_both_layouts(*SWEDISH[:3], damaged):
        assert ml_lines(text) == [4 if text.count("\n\n") == 0 else 7]
