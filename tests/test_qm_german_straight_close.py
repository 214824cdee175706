"""A „ closed with a straight mark ("„Erlkönig" beginnt"; trial11 kept it
clean, trial26 and the lead's brief call it damage) is one quotation, closed:
one QM101 at the straight mark, and a „ left open is still found."""

import pytest

from newslint import Linter

LAYOUTS = {"blank": "\n\n", "lines": "\n"}


def qm(lines, separator):
    return [(d.line, d.code) for d in Linter(select=["QM"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_low_mark_closed_by_a_straight_mark_is_a_pair_reported_at_that_mark(separator):
    lines = [
        "Goethes Ballade im Unterricht",
        'Goethes „Erlkönig" beginnt mit einer Frage, sagte die Lehrerin.',
        'Die Klasse las danach „Der Zauberlehrling" und „Die Bürgschaft" mit verteilten Rollen.',
    ]
    step = separator.count("\n")
    assert qm(lines, separator) == [(1 + step, "QM101"), (1 + 2 * step, "QM101"), (1 + 2 * step, "QM101")]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_low_mark_never_closed_is_still_found(separator):
    lines = [
        "Goethes Ballade im Unterricht",
        "Goethes „Erlkönig beginnt mit einer Frage, sagte die Lehrerin am Montag in der Aula.",
        "Die Klasse las danach die Ballade mit verteilten Rollen.",
    ]
    assert [code for _, code in qm(lines, separator)] == ["QM101"]
