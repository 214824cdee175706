"""A setting with a fixed set of values is checked against it: a misspelt
choice would otherwise fall through to whatever the rule does by default and
the run would look configured."""
import pytest

from conftest import write


@pytest.mark.parametrize(
    "setting, expected",
    [
        ("QM101: {paragraph-end-closes: sometimes}", "rules.QM101.paragraph-end-closes: 'sometimes' is not one of reopened"),
        ("OC101: {method: statc}", "rules.OC101.method: 'statc' is not one of static, lexical, semantic (did you mean static?)"),
    ],
)
def test_a_value_outside_an_options_choices_is_a_one_line_error(newslint, workdir, setting, expected):
    write(workdir / "newslint.yaml", f"rules:\n  {setting}\n")
    write(workdir / "a.txt", "A clean sentence about the weather.\n")
    result = newslint("a.txt")
    assert result.code == 2 and result.out == ""
    assert expected in result.err and result.err.count("\n") == 1 and "newslint.yaml:2" in result.err


@pytest.mark.parametrize("value", ["reopened", "never", "always", "straight"])
def test_every_declared_choice_and_earlier_name_is_accepted(newslint, workdir, value):
    write(workdir / "newslint.yaml", f"rules:\n  QM101: {{paragraph-end-closes: {value}}}\n")
    write(workdir / "a.txt", "A clean sentence about the weather.\n")
    assert newslint("a.txt").code == 0


def test_the_rules_page_lists_the_choices(newslint):
    result = newslint("rule", "OC101")
    assert "`method` (one of static, lexical, semantic" in result.out
