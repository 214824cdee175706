"""The Python API checks its settings where they are given, in its own words."""
import pytest

from newslint import Linter
from newslint.config import ConfigError


@pytest.mark.parametrize(
    "settings, message",
    [
        ({"select": ["TX999"]}, r"^Linter\(\): select: TX999 matches no installed rule \(did you mean TX109\?\)$"),
        ({"extend_ignore": ["QM9"]}, r"^Linter\(\): extend_ignore: QM9 matches no installed rule"),
        ({"extend_selec": ["TX"]}, r"^Linter\(\): extend_selec: unknown setting \(did you mean extend_select\?\)$"),
        ({"select": []}, r"^Linter\(\): select: names no rule code, so nothing would be checked$"),
        ({"max_line_length": 0}, r"^Linter\(\): max_line_length: expected a whole number of at least 1$"),
        ({"rules": {"TX101": {"nope": 1}}}, r"^Linter\(\): rules\.TX101\.nope: unknown option"),
        ({"rules": {"TX101": {"min-length": "x"}}}, r"^Linter\(\): rules\.TX101\.min-length: expected int, got str$"),
        ({"rules": {"TX101": {"allow": ["ok", 3]}}}, r"^Linter\(\): rules\.TX101\.allow: item 2 is 3, expected str, got int$"),
    ],
)
def test_a_wrong_setting_fails_when_the_linter_is_made(settings, message):
    # Before this, a code matching no rule failed only at the first
    # lint_text, worded for the command line ("--select").
    with pytest.raises(ConfigError, match=message):
        Linter(**settings)


def test_a_wrong_setting_is_a_value_error():
    with pytest.raises(ValueError):
        Linter(select=["TX999"])


def test_right_settings_lint_as_given():
    linter = Linter(select=["TX101"], rules={"TX101": {"min-length": 1}})
    assert [d.code for d in linter.lint_text("It was was late.\n")] == ["TX101"]
