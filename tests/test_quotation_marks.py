import pytest
from growth import assert_linear

from newslint import Linter
from lint_support import codes_and_places as _found


@pytest.fixture(scope="module")
def linter():
    return Linter(select=["QM"])


@pytest.mark.parametrize(
    "text, expected",
    [
        # The opening mark lost with its space: the closing one is an orphan,
        # reported where the sentence (and so the quotation) starts.
        ("Headline\nBilateral ties have reached a high point,” Xi said on Wednesday.\n", [("QM102", 2, 1)]),
        ("Xi said ties were strong. China is willing to play its role” in the talks.\n", [("QM102", 1, 27)]),
        # A curly opening mark never closed: with nothing to show where the
        # quotation ended, the closing mark is placed at the paragraph's end.
        ("Xi praised “steady progress in trade ties, and the new bridge over the Amur\n", [("QM101", 1, 76)]),
        ("The Kremlin said: “the President noted the legitimacy of Russia’s actions.\n", [("QM101", 1, 75)]),
        # Guillemets and German marks.
        ("Le ministre a déclaré « nous continuerons les négociations et nous verrons\n", [("QM101", 1, 75)]),
        ("Der Minister sagte „wir verhandeln weiter und sehen dann, was kommt.\n", [("QM101", 1, 69)]),
        # Straight quotes, opened mid-paragraph and never closed.
        ('He said "we will win, and then left the room without another word,\n', [("QM101", 1, 67)]),
        # A straight closing mark with nothing open.
        ('The bank was "buried" under rules, and staff were unhappy," said Mr Davis.\n', [("QM102", 1, 1)]),
        # A stray quote glued to a word after the quotation closed.
        ('He called it "a load of nonsense" for the country".\n', [("QM102", 1, 1)]),
        # A nested single quotation left open inside a closed double one: its
        # mark belonged before the outer one closed.
        ("She said: “They call it ‘the plan, and it works.”\n", [("QM101", 1, 49)]),
        # Japanese corner brackets: the closing one belonged before the
        # quotative と and the verb of saying.
        ("首相は「交渉を続けると述べた。\n", [("QM101", 1, 11)]),
        # A continued paragraph that lost its opening mark: the convention
        # reopens every paragraph, so the missing mark is at its start.
        ('"The first part ends here.\n\nThe second part closes it," she said.\n', [("QM102", 3, 1)]),
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
        # The same with no blank line between paragraphs (every line is one).
        "“The first paragraph of the statement stays open.\n“The second closes it,” she said.\n",
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
        # Even when the next paragraph reopens a quotation, one whose own
        # attribution follows it lost its closing mark, just before that.
        ('"We have the right processes in place, she says. Companies must now act.\n\n"Now," he said.\n', 39),
        ('"The market is tight, said Mr Weise, head of the agency. Prices rose.\n\n"Now," he said.\n', 22),
        # So did a fragment quoted inside a sentence (it starts in lower case).
        ('The outlook looks "very favourable because of media and technology.\n\n"Now," he said.\n', 68),
        # And the paragraphs of a quotation run together on one line.
        ('"The first part is here, he said. "The second part closes it," she said.\n', 25),
    ],
)
def test_lost_closing_marks_are_found_despite_the_conventions(linter, text, column):
    assert _found(linter, text) == [("QM101", 1, column)]


@pytest.mark.parametrize(
    "text",
    [
        # A quotation resumed after its attribution starts in lower case.
        '"We are close," said Joaquin Almunia, "but we will need to see decisions adopted.\n\n"Soon," he said.\n',
        # A speaker quoting himself is not an attribution.
        '"I was going to retire, I said to the boys. Then I changed my mind.\n\n"Why not?" he said.\n',
    ],
)
def test_resumed_quotations_continued_over_paragraphs_stay_clean(linter, text):
    assert _found(linter, text) == []


def test_message_names_the_mark_and_its_column(linter):
    (diagnostic,) = linter.lint_text("Ties are strong,” Xi said.\n")
    assert diagnostic.message == "closing ” (column 17) has no opening mark; the quotation probably starts here"
    (diagnostic,) = linter.lint_text('He said: "We will go, he said.\n')
    assert diagnostic.message == 'opening " (column 10) is never closed; its closing mark probably belongs here'
    (diagnostic,) = linter.lint_text('He said: "We will go to the\ncoast tomorrow.\n')
    assert (diagnostic.line, diagnostic.col) == (2, 16)
    assert diagnostic.message.startswith('opening " (line 1, column 10) is never closed')


# The example article of issue 15, in both layouts: a blank line between
# paragraphs, and none (every line a paragraph).
RAIL_FARES = [
    "Rail fares to rise again",
    'The minister said: "We will not let passengers pay for the failures of the operators. '
    "The network has been run badly for years.",
    "The rail regulator said fares would rise by 3% in January, the fourth rise in three years.",
    'Mr Idris said: "It is a landmark building in Swansea and would otherwise just crumble,he said.',
]


@pytest.mark.parametrize("separator, lines", [("\n\n", (3, 7)), ("\n", (2, 4))])
def test_issue_example_article(linter, separator, lines):
    text = separator.join(RAIL_FARES) + "\n"
    # The minister's quotation runs to its paragraph's end and the next
    # paragraph is narration: the mark is missing after "years.".  Mr Idris's
    # lost its mark with its space, after "crumble,".
    assert _found(linter, text) == [("QM101", lines[0], 128), ("QM101", lines[1], 87)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # An open quotation at a paragraph's end is excused only when the next
        # paragraph reopens it: not before narration...
        ('He said: "We will win the league this year.\n\nThe club is top of the table.\n', [("QM101", 1, 44)]),
        # ...nor at the end of the article.
        ('Rates rise\n\nThe governor said: "Prices are still rising too fast.\n', [("QM101", 3, 54)]),
        # Nor when the next paragraph reopens with another kind of mark.
        ("She said: “We will win.\n\n\"It is ours,\" he said.\n", [("QM101", 1, 24)]),
    ],
)
def test_paragraph_end_excuses_only_a_reopened_quotation(linter, text, expected):
    assert _found(linter, text) == expected


@pytest.mark.parametrize(
    "text, column",
    [
        # Speech in the first person, then third-person narration with a
        # named subject: the mark belonged after the last spoken sentence.
        (
            '"Our researchers now manage our precious surroundings. The network has been developed by Intel, '
            "working closely with the staff at Wolong. It includes a wireless network.\n",
            55,
        ),
        # Narration with a reporting verb shows it even when the next
        # paragraph reopens a quotation.
        (
            '"I have never seen anything like it. Mr Brown said the club would appeal against the ban.\n\n'
            '"We will fight," he said.\n',
            37,
        ),
        # A comma glued to the next word: the mark and its space went
        # together ("crumble," he said).
        ('"It would otherwise just crumble,he said, pointing at the roof.\n', 34),
        # A full stop glued to the next sentence.
        ('"We expect a good year.The company reported profits of £3m on Monday.\n', 24),
        # The attribution, with and without its space.
        ('"Rates will rise again, the governor told the BBC on Tuesday.\n', 24),
        ('"Rates will rise again, said Mr King. He left the bank in June.\n', 24),
    ],
)
def test_closing_mark_is_placed_where_speech_ends(linter, text, column):
    assert _found(linter, text) == [("QM101", 1, column)]


def test_glued_closing_then_opening_mark(linter):
    # `." "` lost one mark and a space: the quotation before closes there,
    # the next one has lost its opening mark, reported at its start.
    text = '"We will go to the coast."The sea is calm today," she said.\n'
    assert _found(linter, text) == [("QM102", 1, 27)]


def test_glued_punctuation_outside_a_quotation_is_not_a_quotation_finding(linter):
    # A comma glued to a word with no quotation open is a missing space, not
    # a missing mark; and commas in numbers are clean.
    assert _found(linter, "The council,he said, would meet on Monday to discuss 1,000 homes.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # Dialogue, question and exclamation inside quotations.
        '"Are you coming?" she asked.\n\n"No," he said. "I\'m staying here, and so are you!"\n',
        # Quotations continued over paragraphs, both layouts, straight and curly.
        '"We played well. The team deserved to win against Chelsea.\n\n"Mr Mourinho knows it," he said.\n',
        '"We played well. The team deserved to win against Chelsea.\n"Mr Mourinho knows it," he said.\n',
        "“We played well.\n\n“We will play better,” he said.\n",
        # Three paragraphs of one quotation, the middle one without its own
        # attribution, third-person sentences inside the speech.
        '"I am proud of them.\n\n"The club has been through a lot. Its owner, Mr Abramovich, has been patient.\n\n'
        '"We will repay him," said Mourinho.\n',
        # Nested quotations, straight and curly.
        '"He told me \'never give up\' and I did not," she said.\n',
        "“He told me ‘never give up’ and I did not,” she said.\n",
        # Apostrophes and plurals ending in s.
        "The players’ union said it was the club’s fault, not the ’90s rules.\n",
        # Inches and feet.
        'The 6\'2" striker bought a 55" television.\n',
        # Titles and scare quotes.
        'He starred in "Ray", which won an Oscar, and in "The Aviator".\n',
        'The so-called "war on terror" has cost billions, critics say.\n',
        # German, French (with the space French puts inside), Swiss and CJK forms.
        "Er sagte: „Wir spielen gut.“ Dann ging er nach Hause.\n",
        "Il a dit : « Nous jouons bien. » Puis il est parti.\n\n« Nous gagnerons.\n\n« Toujours », a-t-il ajouté.\n",
        "Sie sagte: «Wir spielen gut.» Dann ging sie.\n",
        "首相は「交渉を続ける」と述べた。\n\n「合意は近い。\n\n「来週にも署名する」と語った。\n",
        "他说：“我们会赢。”然后离开了。\n",
        # A quotation resumed after its attribution, closed.
        '"We are close," said Mr Almunia, "but not there yet."\n',
        # A speaker quoting what he was told.
        '"I asked him what happened, and he said nothing," she said.\n',
        # Run-together paragraphs: a clause with a reporting verb is not an
        # attribution, a verb that also means something else is not narration,
        # and "My" is first person.
        '"I believe he will, come to the point where he says, \'I regret it\'. "I hope it is soon."\n',
        '"Officials give ministers papers, they say these are the conclusions. "Then it is up to them."\n',
        'He said: "I am far from happy. My players failed to score and then conceded a late goal.\n\n'
        '"Arsenal can score," he said.\n',
    ],
)
def test_quotations_stay_clean(linter, text):
    assert _found(linter, text) == []


@pytest.mark.parametrize(
    "setting, expected",
    [("reopened", []), ("never", [("QM101", 1, 33)]), ("always", []), ("straight", []), ("none", [("QM101", 1, 33)])],
)
def test_paragraph_end_setting_for_a_reopened_quotation(setting, expected):
    text = '"The first paragraph stays open.\n\n"The second closes it," she said.\n'
    linter = Linter(select=["QM"], rules={"QM101": {"paragraph-end-closes": setting}})
    assert _found(linter, text) == [(code, line, column) for code, line, column in expected]


@pytest.mark.parametrize("setting, flagged", [("reopened", True), ("never", True), ("always", False)])
def test_paragraph_end_setting_for_a_quotation_left_open(setting, flagged):
    text = 'Lord Nicholls said: "Indefinite imprisonment is anathema in any country.\n\nThe ruling stands.\n'
    linter = Linter(select=["QM"], rules={"QM101": {"paragraph-end-closes": setting}})
    assert bool(linter.lint_text(text)) == flagged


def _lint_with(code):
    linter = Linter(select=[code])
    return linter.lint_text


@pytest.mark.parametrize(
    "code, build",
    [
        # Opening marks never closed, all on one line (issue 17: 56 s at 20,000).
        ("QM101", lambda n: "“" * n),
        ("QM101", lambda n: "“" * n + "」" * n),
        # Pairs closed inside a quotation left open: every new mark meets the
        # long-open one.
        ("QM101", lambda n: "“a " + "“x” " * n),
        # Run-together paragraphs: each new mark reaches back past a sentence end.
        ("QM101", lambda n: '"a ' * n + '. ' + '"b ' * n),
        # Quotations left open at the end of many paragraphs.
        ("QM101", lambda n: 'He said: "We will win, he said. The club is top.\n' * n),
        # Orphan closing marks on many lines, and on one.
        ("QM102", lambda n: "Ties are strong,” Xi said.\n" * n),
        ("QM102", lambda n: "word” " * n),
    ],
)
def test_cost_grows_linearly(code, build):
    assert_linear(build, _lint_with(code))


# Ten damaged sentences written apart from the tuning, each with the column
# where the closing mark was taken out (None: the rule finds the lost mark
# but cannot tell where it belonged, and points at the paragraph's end).
TEN_DAMAGED = [
    ('The coach was blunt. "We were terrible today and the fans deserved better said Coach Ray Lewis.\n', None),
    ('Ms Patel said: "Our schools need more teachers now. According to the union, 4,000 posts are empty.\n', 52),
    ("The mayor said: “You will see new buses on every route by spring.\n\nThe council approved the budget.\n", 66),
    ('A forecaster added: "Stay indoors if you can and keep away from the coast.\n', 75),
    ('"I have never felt so proud of this squad,she said on Saturday evening.\n', 43),
    ('"Why would we sell now? asked the chairman, Alan Reed.\n', 24),
    ('"We want our customers to feel at home in every store. The chain, owned by Tesco, employs 8,000 staff.\n', 55),
    ("Sie sagte: „Wir bleiben hier und wir kämpfen weiter. Die Partei verlor 2019 die Wahl.\n", None),
    ('"I think we can win the title this year. The manager added: "But it will be hard."\n', 41),
    ('The firm called the offer "derisory and rejected it.\nShares fell 4% on Monday.\n', None),
]


@pytest.mark.parametrize("text, column", TEN_DAMAGED)
def test_ten_damaged_examples(linter, text, column):
    (finding,) = _found(linter, text)
    assert finding[:2] == ("QM101", 1)
    if column is not None:
        assert finding[2] == column


@pytest.mark.parametrize(
    "text, expected",
    [
        # Paragraphs without a mark between quoted ones are skipped by the
        # pairing, and must still read as paragraphs that neither reopen a
        # quotation nor close one.
        ("“The plan will work, the minister said.\n\nOfficials disagreed on Monday.\n\n“It will not,” they said.\n",
         [("QM101", 1, 21)]),
        ("“The first paragraph stays open.\n\n“The second one closes it,” she said.\n\nNo quotation here at all.\n", []),
        ("No quotation in the headline\n\n“A quotation opened, and continued\n\nin lower case on a hard-wrapped line.\n",
         [("QM101", 3, 35)]),
        # A mark right at a line's end, the line's only non-ASCII character.
        ("He said the talks would go on.”\n", [("QM102", 1, 1)]),
        ("The minister said “\nthe talks would go on.\n", [("QM101", 1, 20)]),
        # A straight mark as a line's last character, and a line of Hangul or
        # Chinese with no mark between quoted English lines.
        ('He said "we will win.\n한국 정부는 월요일에 발표했다.\n中国政府周一宣布了这项计划。\n"Yes," she said.\n', [("QM101", 1, 22)]),
    ],
)
def test_paragraphs_without_marks_among_quoted_ones(linter, text, expected):
    assert _found(linter, text) == expected
    # The same with a blank line between every paragraph.
    spaced = "\n\n".join(line for line in text.split("\n") if line) + "\n"
    assert [code for code, _, _ in _found(linter, spaced)] == [code for code, _, _ in expected]


def test_the_quotation_marks_are_the_same_for_both_engines():
    # marks.MARK is searched with the standard engine for speed; it must find
    # exactly the characters the pattern names, as the regex module did.
    import regex

    from newslint.rules.quotation_marks import marks

    every_character = "".join(map(chr, range(0x110000)))
    found = marks.MARK.findall(every_character)
    assert regex.compile(marks.MARK.pattern).findall(every_character) == found
    assert len(found) == len(set(marks.MARK.pattern[1:-1]))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Open here, and the next paragraph has no mark at all.\n\nPlain narration follows here.\n", [(1, 55)]),
        ("“Open at the very end of the text", [(1, 34)]),
        (
            "Plain first paragraph.\n\n“Then an opening mark, never closed.\n\nAnd more plain text.\n\n“Reopened",
            [(3, 37), (7, 10)],
        ),
    ],
)
def test_paragraphs_without_marks_after_an_open_quotation(linter, text, expected):
    # A paragraph with no mark is skipped by the pairing; after an open
    # quotation it must count as not reopening it, as it always did
    # (positions as 27e4c12 found them).
    assert [(d.line, d.col) for d in linter.lint_text(text) if d.code == "QM101"] == expected
