"""OC101's "best_shared" signal (issue 11, helper oc9): the most content
weight a sentence shares with any one other sentence of its article, on text
written for the project."""
from __future__ import annotations

import numpy as np
import pytest

from newslint import Document, Linter
from newslint.rules.out_of_context import cohesion, context, rules

SEA_WALL = """Harbour town votes to rebuild its storm-damaged sea wall

Councillors in Porthkennack have voted to rebuild the sea wall that was breached during the January storms, at a cost of four million pounds.

The wall protects about two hundred homes and the lifeboat station on the eastern side of the harbour. Engineers found that waves had scoured away the foundations along a stretch of ninety metres.{intruder} Sandbags and temporary barriers have been in place since the storms.

The new wall will be a metre higher than the old one and built of concrete faced with local granite, so that it keeps the look of the harbour.

Residents of Quay Street, where water reached the ground floors of twelve houses, said they had waited too long for a decision. Several of them told the meeting that their insurance premiums had trebled since the flooding.

Work is due to start in April and should be finished before next winter, although the council warned that a wet spring could delay it.

The Environment Agency will pay half of the cost, with the rest coming from the council's reserves and a grant from the harbour commissioners.
"""
TABLET = " Patients who took the new tablet twice a day were less likely to suffer a second stroke, according to the trial's results."

LIFEBOAT = """Lifeboat crew rescue walkers cut off by the tide

The Porthkennack lifeboat was called out on Sunday afternoon after two walkers were cut off by the tide below the cliffs.

The crew's coxswain, Tamsin Rowe, said the pair had done the right thing by calling for help rather than trying to climb.

Rowe praised the volunteers, who launched within eight minutes of the call.

Coastguards reminded visitors to check the tide times before setting out along the beach.
"""

SPANISH = """El ayuntamiento aprueba la reforma del mercado central

El pleno del ayuntamiento aprobó el martes la reforma del mercado central, cerrado desde el incendio del pasado invierno.

Las obras costarán tres millones de euros y durarán algo más de un año, según el concejal de urbanismo. Los comerciantes se trasladarán mientras tanto a unas carpas instaladas en la plaza de la estación.

El nuevo edificio tendrá placas solares en la cubierta, un aparcamiento para bicicletas y más puestos de comida preparada.

La asociación de vecinos pidió que se mantengan los precios de alquiler de los puestos para que los comerciantes de siempre puedan volver.

El alcalde aseguró que el mercado volverá a abrir antes de las fiestas del próximo año y que los puestos se adjudicarán primero a quienes ya los tenían.

Las primeras máquinas llegarán al solar a finales de mes, cuando termine la retirada de los escombros.
"""


def best_of(text: str, window: int = context.WINDOW, block: int = context.BLOCK):
    document = Document(text)
    analysis = cohesion.analyse(document)
    return document, analysis, cohesion.best_shared(analysis, np, window, block)


def by_pairs(analysis, window: int) -> list[float]:
    """The same, one pair of sentences at a time: the reference."""
    terms = [item._terms for item in analysis.sentences]
    return [
        max(
            [sum(weight for stem, (weight, _) in own.items() if stem in other) for j, other in enumerate(terms) if j != i and abs(i - j) <= window],
            default=0.0,
        )
        for i, own in enumerate(terms)
    ]


def test_a_name_shared_with_one_sentence_counts_in_full():
    document, analysis, best = best_of(LIFEBOAT)
    texts = [sentence.text for sentence in document.sentences]
    rowe = texts.index("Rowe praised the volunteers, who launched within eight minutes of the call.")
    shared_name = analysis.sentences[rowe]._terms["rowe"][0]
    assert best[rowe] >= shared_name  # "Rowe" is in the coxswain's sentence only
    coastguards = [i for i, text in enumerate(texts) if text.startswith("Coastguards")][0]
    assert best[coastguards] < best[rowe]


def test_it_is_the_best_of_the_pairs_in_one_block_or_many():
    _, analysis, best = best_of(SEA_WALL.format(intruder=TABLET))
    assert best.tolist() == pytest.approx(by_pairs(analysis, len(best)))
    _, _, blocked = best_of(SEA_WALL.format(intruder=TABLET), window=len(best), block=2)
    assert blocked.tolist() == pytest.approx(best.tolist())


def test_sentences_farther_than_the_window_do_not_count():
    _, analysis, best = best_of(SEA_WALL.format(intruder=TABLET), window=1, block=3)
    assert best.tolist() == pytest.approx(by_pairs(analysis, 1))
    assert (best <= best_of(SEA_WALL.format(intruder=TABLET))[2] + 1e-9).all()


def test_another_storys_sentence_shares_with_no_sentence():
    document, _, best = best_of(SEA_WALL.format(intruder=TABLET))
    texts = [sentence.text for sentence in document.sentences]
    assert best[texts.index(TABLET.strip())] == 0.0


def test_the_feature_is_the_log_of_it():
    document = Document(SEA_WALL.format(intruder=""))
    judged = rules.static_judged(document, {"min-words": 8, "min-sentences": 6})
    best = cohesion.best_shared(cohesion.analyse(document), np, context.WINDOW, context.BLOCK)
    place = context.FEATURES.index("best_shared")
    index = {sentence: i for i, sentence in enumerate(document.sentences)}
    for item in judged:
        assert item.features[place] == pytest.approx(np.log1p(best[index[item.sentence]]))
    assert rules.FEATURE_WEIGHTS["best_shared"] < 0  # sharing much with one sentence is the article's own


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_the_trial_report_is_found_in_the_sea_wall_article(separator):
    damaged = SEA_WALL.format(intruder=TABLET).replace("\n\n", separator)
    findings = Linter(select=["OC"]).lint_text(damaged, "article")
    assert [finding.code for finding in findings] == ["OC101"]
    assert "Patients who took the new tablet" in findings[0].line_text[findings[0].col - 1 :]


@pytest.mark.parametrize("text", [SEA_WALL.format(intruder=""), LIFEBOAT, SPANISH])
@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_the_articles_themselves_stay_clean(text, separator):
    assert Linter(select=["OC"]).lint_text(text.replace("\n\n", separator), "article") == []
