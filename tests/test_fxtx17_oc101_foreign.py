"""OC101 leaves a sentence in another language to ML: a German, French,
Spanish, Italian or Dutch sentence in an English interview is unlike the
article by its language, and ML102 reports it; one defect, one finding.  An
English sentence from another story is still OC101's.  Text written for
these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from test_out_of_context_oc101 import RELEASE

INTERVIEW = """# "The sea taught me patience": a boatbuilder on wood, weather and Whitby

*Tom Arkwright has built wooden fishing boats in a shed by the harbour for thirty years. He talks about apprentices, storms and the boat he never finished.*

**How did you start building boats?**

My father repaired nets on the quay and I spent every summer in the sheds watching the old men steam planks. When I left school there was one job going, sweeping floors for a builder, and I took it.

**Who taught you the most?**

An old shipwright called Harold, who never measured anything twice. He could look at a hull and tell you where it would leak.{intruder}

**What changed after the storm of 2013?**

Half the boats in the harbour were damaged and for two years we did nothing but repairs. It kept the shed open, but I stopped taking new orders.

**Is there a future for wooden boats?**

People want them for pleasure now, not for fishing. The apprentices I train go on to restore old yachts in Cornwall and Brittany, and that is fine by me.
"""


def codes(text: str) -> list[list[str]]:
    return [
        [d.code for d in Linter(select=["OC101", "ML"]).lint_text(layout, "article")]
        for layout in (text, text.replace("\n\n", "\n"))
    ]


@pytest.mark.parametrize(
    "intruder",
    [
        " Er hat immer gesagt, dass man dem Holz zuhören muss, sonst hört das Meer einem auch nicht zu.",
        " Il disait toujours qu'il faut écouter le bois, sinon la mer ne vous écoute pas non plus.",
        " Siempre decía que hay que escuchar a la madera, porque si no el mar tampoco te escucha.",
        " Diceva sempre che bisogna ascoltare il legno, altrimenti nemmeno il mare ti ascolta.",
        " Hij zei altijd dat je naar het hout moet luisteren, anders luistert de zee ook niet naar jou.",
    ],
)
def test_sentence_in_another_language_is_mls_alone(intruder):
    assert codes(INTERVIEW.format(intruder=intruder)) == [["ML102"], ["ML102"]]


def test_the_interview_alone_is_clean():
    assert codes(INTERVIEW.format(intruder="")) == [[], []]


def test_another_storys_english_sentence_is_still_oc101s():
    text = RELEASE.format(intruder=" The striker is expected to miss the rest of the season with a knee injury picked up in training.")
    assert codes(text) == [["OC101"], ["OC101"]]
