"""OC101's test of a sentence mostly in another language reads only the
foreign spans that reach into it (a review of trial 17: it summed every
span of the article for each sentence); the share it finds is the sum over
all spans, for every sentence of a text with foreign spans.  Text written
for these tests."""
from __future__ import annotations

from newslint import Document
from newslint.rules.out_of_context.rules import _mostly_foreign, FOREIGN_SENTENCE_SHARE

from test_fxtx17_oc101_foreign import INTERVIEW

INTRUDERS = (
    " Er sagte, dass die Werft im nächsten Jahr wieder öffnen wird.",
    " Il a dit que le chantier rouvrirait l'année prochaine au printemps.",
)


def brute_force(document: Document, sentence) -> bool:
    start, end = sentence.start, sentence.end
    covered = sum(max(0, min(end, span.end) - max(start, span.start)) for span in document.foreign_spans.spans())
    return covered >= FOREIGN_SENTENCE_SHARE * max(1, end - start)


def test_each_sentence_is_judged_as_by_summing_every_span():
    text = INTERVIEW.format(intruder=INTRUDERS[0]).replace(
        "that is fine by me.", "that is fine by me." + INTRUDERS[1] + " Und dann kam der Sturm über die Stadt."
    )
    document = Document(text)
    assert document.foreign_spans.spans(), "the text must hold foreign spans for the test to mean anything"
    judged = [_mostly_foreign(document, sentence) for sentence in document.sentences]
    assert judged == [brute_force(document, sentence) for sentence in document.sentences]
    assert any(judged) and not all(judged)
