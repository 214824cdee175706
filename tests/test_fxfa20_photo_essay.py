"""Photo-essay class (trial35): a photo essay is its numbered captions, each
closing with the photographer's credit in brackets; those credits are the
essay's own.  A caption's credit glued onto a news story's unnumbered
paragraph is still reported."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def flagged(blocks, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text)}


ENGLISH = [
    "The last salt makers of Guérande, in eight pictures",
    "On the marshes north of the town, some 300 paludiers still rake salt by hand from June to September. We spent a week with one of them.",
    "1. At seven in the morning Yann Le Goff opens the sluice that lets the sea into the first basin. The tide decides his day. (Photo: Tomás Reilly)",
    "2. The crust of fleur de sel forms only on still, dry afternoons. A gust of wind can sink it in minutes. (Photo: Tomás Reilly)",
    "3. His daughter Maëlle, 19, has spent every summer on the marsh since she could walk. (Photo: Tomás Reilly)",
    "4. A wheelbarrow holds about 60 kilos of grey salt, and Yann pushes it along planks no wider than a hand. (Photo: Tomás Reilly)",
    "5. The family's salt marsh in 1958, when his grandfather still carried the salt on his head. (Photo: Le Goff family archive)",
    '"The salt does not wait for anyone," Yann says as the light goes. "Neither does the sea."',
]

GERMAN = [
    "Almabtrieb im Allgäu: ein Tag in sechs Bildern",
    "Im Oberallgäu treiben die Hirten an diesem Wochenende rund 900 Rinder ins Tal. Wir haben die Familie Hägele auf ihrem letzten Weg von der Alpe begleitet.",
    "1. Um fünf Uhr früh schmückt Anna Hägele die Leitkuh mit einem Kranz aus Silberdisteln und Latschen. (Foto: Jonas Merk)",
    "2. Der Weg ins Tal ist elf Kilometer lang und führt über zwei steile Bachbetten. (Foto: Jonas Merk)",
    "3. In Bad Hindelang warten schon am Vormittag Tausende Zuschauer am Straßenrand. (Foto: Jonas Merk)",
    "Am Abend stehen die Tiere wieder im Stall. Im Juni geht es zurück auf die Alpe.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("essay", [ENGLISH, GERMAN], ids=["en", "de"])
def test_a_photo_essays_numbered_captions_keep_their_credits(essay, separator):
    assert flagged(essay, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_caption_credit_glued_onto_a_news_paragraph_is_still_reported(separator):
    story = [
        "Hochwasser: Pegel an der Iller sinkt langsam",
        "Nach den starken Regenfällen der vergangenen Tage sinkt der Pegel der Iller bei Kempten seit Dienstagmittag wieder.",
        "Helfer der Feuerwehr füllen am Ufer Sandsäcke. (Foto: dpa)",
        "Die Stadt hatte am Montag mehrere Straßen in Ufernähe gesperrt und die Bewohner von 40 Häusern gebeten, ihre Keller zu räumen.",
        "Der Deutsche Wetterdienst erwartet für die kommenden Tage nur noch vereinzelte Schauer im Allgäu.",
    ]
    assert "Helfer der Feuerwehr füllen am Ufer Sandsäcke. (Foto: dpa)" in flagged(story, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_numbered_captions_out_of_order_or_too_few_are_still_judged(separator):
    # Two numbered captions are no essay: their credits are judged as any caption's.
    story = GERMAN[:2] + GERMAN[3:5] + [GERMAN[-1]]
    story[2] = "1." + story[2][2:]
    story[3] = "2." + story[3][2:]
    assert story[2] in flagged(story, separator)
