import pytest

from newslint import Linter


@pytest.fixture(scope="module")
def linter():
    return Linter(select=["QM"])


def _found(linter, text):
    return [(d.code, d.line, d.col) for d in linter.lint_text(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The opening mark lost with its space: the closing one is an orphan,
        # reported where the sentence (and so the quotation) starts.
        ("Headline\nBilateral ties have reached a high point,” Xi said on Wednesday.\n", [("QM102", 2, 1)]),
        ("Xi said ties were strong. China is willing to play its role” in the talks.\n", [("QM102", 1, 27)]),
        # A curly opening mark never closed, mid-paragraph.
        ("Xi praised “steady progress in trade ties, and the new bridge over the Amur\n", [("QM101", 1, 12)]),
        ("The Kremlin said: “the President noted the legitimacy of Russia’s actions.\n", [("QM101", 1, 19)]),
        # Guillemets and German marks.
        ("Le ministre a déclaré « nous continuerons les négociations et nous verrons\n", [("QM101", 1, 23)]),
        ("Der Minister sagte „wir verhandeln weiter und sehen dann, was kommt.\n", [("QM101", 1, 20)]),
        # Straight quotes, opened mid-paragraph and never closed before more text.
        ('He said "we will win, and then left the room without another word,\n', [("QM101", 1, 9)]),
        # A straight closing mark with nothing open.
        ('The bank was "buried" under rules, and staff were unhappy," said Mr Davis.\n', [("QM102", 1, 1)]),
        # A stray quote glued to a word after the quotation closed.
        ('He called it "a load of nonsense" for the country".\n', [("QM102", 1, 1)]),
        # A nested single quotation left open inside a closed double one.
        ("She said: “They call it ‘the plan, and it works.”\n", [("QM101", 1, 25)]),
        # Japanese corner brackets.
        ("首相は「交渉を続けると述べた。\n", [("QM101", 1, 4)]),
    ],
)
def test_unpaired_marks_are_flagged(linter, text, expected):
    assert _found(linter, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“Every berth is working again,” the director said. “We expect to clear the backlog.”\n",
        # A quotation over several paragraphs opens each one and closes at the end.
        "“The first paragraph of the statement stays open.\n\n“The second closes it,” she said.\n",
        # The same, run together on one line (how the BBC corpus writes it).
        '"The first part ends here. "The second part closes it," she said.\n',
        # A continued paragraph without its opening mark, closed in the next paragraph.
        '"The first part ends here.\n\nThe second part closes it," she said.\n',
        # Plain-text sources leave the last paragraph of a quotation open.
        'Lord Nicholls said: "Indefinite imprisonment is anathema in any country.\n',
        # Apostrophes are not quotation marks.
        "Russia’s leaders’ talks in the ’90s were rock ’n’ roll, said O’Neill; ‘90s fans agreed.\n",
        "Russia's leaders' talks in the '90s were rock 'n' roll.\n",
        # Inch, foot and ditto marks.
        'The 65" screen costs $900; the 5\'11" striker agreed.\nPrice per unit  $5\n"   "   $7\n',
        # Nested quotations alternate double and single.
        "He said: “They called it ‘the plan’ at the time.”\n",
        '"We won 3-0" he said, smiling.\n',
        # National forms.
        "Er sagte: „Wir verhandeln weiter.“ Dann ging er.\n",
        "Il a dit : « Nous continuerons. » Puis il est parti.\n",
        "Er sagte: »Wir verhandeln weiter.« Dann ging er.\n",
        "Hon sa: ”Vi fortsätter.” Sedan gick hon.\n",
        "首相は「交渉を続ける」と述べた。\n",
        # A hard-wrapped paragraph closes its quotation on the next line.
        "The minister said “the talks will go on\nuntil a deal is reached,” and left.\n",
        '"It\'s the first time," he said of the "Twinkle" show.\n',
    ],
)
def test_news_conventions_stay_clean(linter, text):
    assert _found(linter, text) == []


@pytest.mark.parametrize(
    "text, column",
    [
        # A straight quotation that runs to the paragraph end is allowed, but not
        # when its own attribution follows it: the closing mark went missing.
        ('"We have the right processes in place, she says. Companies must now act.\n', 1),
        ('"The market is tight, said Mr Weise, head of the agency. Prices rose.\n', 1),
        # Nor a fragment quoted inside a sentence (it starts in lower case).
        ('The outlook looks "very favourable because of media and technology.\n', 19),
        # Nor when the paragraphs of a quotation run together on one line.
        ('"The first part is here, he said. "The second part closes it," she said.\n', 1),
    ],
)
def test_lost_closing_marks_are_found_despite_the_conventions(linter, text, column):
    assert _found(linter, text) == [("QM101", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        # A quotation resumed after its attribution starts in lower case.
        '"We are close," said Joaquin Almunia, "but we will need to see decisions adopted.\n',
        # A speaker quoting himself is not an attribution.
        '"I was going to retire, I said to the boys. Then I changed my mind.\n',
    ],
)
def test_resumed_quotations_stay_clean(linter, text):
    assert _found(linter, text) == []


def test_strict_setting_reports_quotations_left_open_at_paragraph_end():
    text = 'Lord Nicholls said: "Indefinite imprisonment is anathema in any country.\n'
    strict = Linter(select=["QM"], rules={"QM101": {"paragraph-end-closes": "none"}})
    assert [d.code for d in strict.lint_text(text)] == ["QM101"]
    curly = "Lord Nicholls said: “Indefinite imprisonment is anathema in any country.\n"
    assert [d.code for d in Linter(select=["QM"]).lint_text(curly)] == ["QM101"]
    lenient = Linter(select=["QM"], rules={"QM101": {"paragraph-end-closes": "all"}})
    assert lenient.lint_text(curly) == []


def test_message_names_the_mark_and_its_column(linter):
    (diagnostic,) = linter.lint_text("Ties are strong,” Xi said.\n")
    assert diagnostic.message == "closing ” (column 17) has no opening mark; the quotation probably starts here"
