"""Speed work on OC (speedoc19): a sentence's foreign share asked only of a
line that may hold a foreign span, against the plain reading it replaces."""
from __future__ import annotations

from newslint import Document

HARBOUR = """Harbour board approves new pier

The harbour board approved plans for a new pier on Tuesday after a long debate about the cost.
Members said the old pier had been closed twice this winter because of storm damage to its timber.
La junta del puerto aprobó el nuevo muelle después de un largo debate sobre el coste de las obras.
The new pier will take two years to build and should open to ferries in the spring of next year.
"""


def _plainly_foreign(document, sentence) -> bool:
    """_mostly_foreign as it was: every span of the article summed."""
    from newslint.rules.out_of_context import rules

    start, end = sentence.start, sentence.end
    covered = sum(max(0, min(end, span.end) - max(start, span.start)) for span in document.foreign_spans.spans())
    return covered >= rules.FOREIGN_SENTENCE_SHARE * max(1, end - start)


def test_a_sentence_on_a_line_that_holds_no_span_is_not_foreign_without_the_articles_spans():
    from newslint.rules.out_of_context import rules

    answers = []
    for row, sentence in enumerate(Document(HARBOUR).sentences):
        document = Document(HARBOUR)  # nothing worked out yet: the line's own words decide
        mine = document.sentences[row]
        answers.append(rules._mostly_foreign(document, mine))
        assert answers[-1] == _plainly_foreign(Document(HARBOUR), sentence)
        if not answers[-1] and "junta" not in sentence.text:
            assert not document.foreign_spans._by_min_words  # the spans were not worked out
    assert answers.count(True) == 1  # the test can fail: the Spanish sentence is foreign
