import pytest

from newslint import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(select=["TX101"])


def _found(linter, text):
    return [(d.line, d.col, d.message, d.suggestion) for d in linter.lint_text(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officials said the the talks would resume.\n", [(1, 16, 'doubled word "the the"', "the")]),
        ("The the agreement was signed.\n", [(1, 1, 'doubled word "The the"', "The")]),
        ("Prices rose in in March.\n", [(1, 13, 'doubled word "in in"', "in")]),
        ("Seoul said 협상이 협상이 끝났다.\n", [(1, 12, 'doubled word "협상이 협상이"', "협상이")]),
        ("Москва заявила заявила в понедельник.\n", [(1, 8, 'doubled word "заявила заявила"', "заявила")]),
        ("Head\n\nThey were\twere told.\n", [(3, 6, 'doubled word "were were"', "were")]),
    ],
)
def test_doubled_words_are_flagged(linter, text, expected):
    assert _found(linter, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Those who had had enough left early.\n",
        "He argued that that was the only option.\n",
        "Tourism to Bora Bora and Walla Walla recovered.\n",
        "Sirhan Sirhan was denied parole; Duran Duran played.\n",
        "The vote was close, close enough to matter.\n",
        "Stocks fell. Fell again the next day, traders said.\n",
        "It ended with the\nthe start of a new line in a list.\n",
        "Grade A A-rated bonds held steady.\n",
        "The chant went “no, no, no” all night.\n",
        "Ha ha, said nobody in the room.\n",
    ],
)
def test_legitimate_repetition_stays_clean(linter, text):
    assert _found(linter, text) == []


def test_allow_list_and_min_length_are_configurable():
    linter = Linter(select=["TX101"], rules={"TX101": {"allow": ["big"], "min-length": 3}})
    assert _found(linter, "It was a big big storm in in March.\n") == []
    assert len(_found(Linter(select=["TX101"]), "It was a big big storm.\n")) == 1
