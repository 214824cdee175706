"""A paragraph doubled just before a last paragraph cut short is a repeated
passage (TX111), not a caption said twice (UI106) (trial14)."""

import pytest

from newslint import Linter

LINES = [
    "A new night bus between the airport and the city centre starts running in June, the transport authority said.",
    "Buses will leave every twenty minutes between midnight and five in the morning on weekdays.",
    "Buses will leave every twenty minutes between midnight and five in the morning on weekdays.",
    "Hotel workers who start early had asked for the service for years, and the union said it would keep",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_the_second_copy_is_a_repeated_paragraph(separator):
    codes = [(d.code, d.line) for d in Linter(select=["TX111", "UI106"]).lint_text(separator.join(LINES) + "\n")]
    step = len(separator)
    assert codes == [("TX111", 1 + 2 * step)]
