"""UI101: a caption's credit after its sentence with no colon, a label and
a name in the catalogue's languages ("Photo by …", "Fot. …", "(Foto …)",
"© Photo …", "（记者 … 摄）", "… 제공"), a photo agency in brackets after a
sentence, and a credit set in Markdown's underscore italics.  Sentences
that speak of a photo stay clean.  Text written for these tests, in both
layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

BODY = (
    "Lakeshore tram depot to become a covered market",
    "The old tram depot on the lakeshore will be turned into a covered market with sixty stalls, the city "
    "council decided on Thursday after two years of consultation with traders.",
    "The building has stood empty since the last trams left it in 1998, and its roof was repaired last winter "
    "to stop water reaching the original tiled floor.",
    "Traders will pay a lower rent for the first three years, and the council expects the market to open "
    "before the end of next summer.",
)


def ui101_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["UI101"]).lint_text(text)]


@pytest.mark.parametrize(
    "caption",
    [
        "The depot's main hall seen from the gallery. Photo by Tomas Lindqvist",
        "Hala zajezdni od strony galerii. Fot. Marek Nowicki / Gazeta Pomorska",
        "A sala principal do depósito. Fotografia Inês Moura",
        "La halle principale du dépôt. © Photo Lac-Info / Jean Morel",
        "La sala principale del deposito. (Foto LaPresse)",
        "The depot's roof after the repairs last winter. (Picture by Sara Holm)",
        "The depot's tiled floor. (Getty Images)",
        "The depot's tiled floor before the repairs. Image source, City archive",
        "旧电车厂的大厅。（本报记者 王芳 摄）",
        "옛 전차 차고의 내부 모습. 시청 제공",
        "_Photo: Tomas Lindqvist / Lakeshore Post_",
    ],
)
def test_a_caption_credit_with_no_colon_is_reported(caption):
    for text in in_both_layouts(*BODY[:2], caption, *BODY[2:]):
        assert ui101_lines(text) == [caption]


@pytest.mark.parametrize(
    "sentence",
    [
        "Traders said the photo by a local artist had convinced them. Photos of the hall were shown at the meeting.",
        "The council showed a photo of the hall (taken in 1998) at the meeting.",
        "Traders looked at the plans. Photos of the old depot hung on the wall",
        "The council published the plans (photo, left) on Thursday.",
        "_The council will publish the full plans next week._",
    ],
)
def test_sentences_about_a_photo_stay_clean(sentence):
    for text in in_both_layouts(*BODY[:2], sentence, *BODY[2:]):
        assert ui101_lines(text) == []
