"""A report's sign-off, the text's last line after its body and the prose
that follows it ("The hearing continues.", "The inquest was adjourned."), is
the article's; a string of the page's in its place is still found
(trial15b)."""

import pytest

from newslint import Linter

COURT = [
    "The court heard evidence from a bus driver, Mr Alan Reeve.",
    'He told the jury: "I saw the car pull out without lights. It was going far too fast for that road.',
    '"I braked as hard as I could, but there was nothing I could do."',
    "Cross-examined by Ms Hale KC, he agreed that it had been raining heavily that night.",
    '"It was wet, yes. But I know what I saw."',
]


def ui(lines, separator):
    return [d.line for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize("sign_off", ["The trial continues.", "The hearing continues.", "The inquest was adjourned."])
def test_a_reports_sign_off_is_the_articles(sign_off, separator):
    assert ui(COURT + [sign_off], separator) == []


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_page_string_in_its_place_is_still_found(separator):
    assert ui(COURT + ["Sign up for our newsletter."], separator) == [1 + 5 * len(separator)]
