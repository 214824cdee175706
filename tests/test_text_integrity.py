"""TX102-TX109 on text written for the project: each defect, and the clean
text around it that must stay clean."""
import pytest

from newslint import Linter

LINTERS = {}


def found(code, text):
    linter = LINTERS.setdefault(code, Linter(select=[code]))
    return [(d.line, d.col, d.message, d.suggestion) for d in linter.lint_text(text)]


def suggestions(code, text):
    return [suggestion for _, _, _, suggestion in found(code, text)]


# -- TX102 glued words --------------------------------------------------------------

ARTICLE = "The minister said on Tuesday that the talks with the union would resume next week.\n"


@pytest.mark.parametrize(
    "line, suggestion",
    [
        ("Xi stressed his support for Moscow onsovereignty and security.", "on sovereignty"),
        ("Both sides backed the countriespartnership despite the backlash.", "countries partnership"),
        ("The leaders said relations were at an all-time highand rising.", "high and"),
        ("The two often vote as a bloc at the United Nationswhere Russia has a veto.", "Nations where"),
        ("It launched what it calls aspecial military operation.", "a special"),
        ("In its summary of the two leaderslatest call, the Kremlin was upbeat.", "leaders latest"),
        ("The call took place between Xi and Putintwo strongmen drawn together.", "Putin two"),
        ("They met on security and other securitymatters in Beijing.", "security matters"),
        ("The union said theFNV would sign the deal.", "the FNV"),
        ("The ministry said it would take the matter toconsistently higher courts.", "to consistently"),
    ],
)
def test_glued_words_are_split(line, suggestion):
    assert suggestions("TX102", ARTICLE + line + "\n") == [suggestion]


def test_glued_word_position_and_message():
    ((line, col, message, _),) = found("TX102", ARTICLE + "Officials called it aproper settlement.\n")
    assert (line, col) == (2, 21)
    assert message == 'glued words "aproper": probably "a proper"'


@pytest.mark.parametrize(
    "line",
    [
        "Nevertheless, the bipartisan bill passed overwhelmingly.",
        "YouTube, JPMorgan, McDonald's and iPhone sales were discussed.",
        "Officials in Kingsbury, Hartwell and Stonehouse said the roads were closed.",
        "The hashtag #climatestrike trended on www.newsexample.com and via @citydesk.",
        "Contact press@newsexample.org or see example.com/pressreleases for details.",
        "The 4x4 vehicles and 5G networks were tested at 100km/h.",
        "The Tankan survey and Southan Morris, a director, were cited by Preventon.",
        "Crosscourt winners, messageboard posts and carmaking jobs were mentioned.",
        "Okonjo-Iweala met counterterrorism officials in Zürich.",
    ],
)
def test_names_brands_compounds_and_urls_stay_clean(line):
    assert found("TX102", ARTICLE + line + "\n") == []


def test_glued_words_are_not_judged_in_languages_without_the_setting():
    german = "Die Bundesregierung hat am Dienstag die Klimaschutzverordnung und die Steuerreform beschlossen.\n"
    assert found("TX102", german) == []
    spanish = "El gobierno dijo que la reforma de las pensiones sería aprobadaen el parlamento este martes.\n"
    assert suggestions("TX102", spanish) == ["aprobada en"]


def test_glued_allow_list():
    text = ARTICLE + "They met on securitymatters.\n"
    allowing = Linter(select=["TX102"], rules={"TX102": {"allow": ["SecurityMatters"]}})
    assert allowing.lint_text(text) == []


def test_word_types_judged_once_per_process_judge_alike_in_any_order_and_setting():
    # Verdicts by word type are kept per rule, language and settings: an
    # article after others that met its words, or under other settings,
    # gives what it gives alone.  Hyphenated words are judged by their pieces.
    from newslint.words import forget_type_verdicts

    texts = [
        ARTICLE + "Officials called it aproper settlement, aproper one.\n",
        ARTICLE + "The pro-securitymatters camp and the Kremlin-backed werewere group met.\n",
        ARTICLE + "They met on securitymatters; relations werewere tense.\n",
    ]
    codes = ("TX102", "TX103")
    forget_type_verdicts()
    first = [[found(code, text) for code in codes] for text in texts]
    again = [[found(code, text) for code in codes] for text in reversed(texts)][::-1]
    alone = []
    for text in texts:
        forget_type_verdicts()
        alone.append([found(code, text) for code in codes])
    assert first == again == alone
    assert all(tx102 and tx103 for tx102, tx103 in first[1:])
    # A longer min-length leaves "aproper" (7 letters) unjudged, whatever was cached before.
    longer = Linter(select=["TX102"], rules={"TX102": {"min-length": 8}})
    assert found("TX102", texts[0]) and longer.lint_text(texts[0]) == []
    assert found("TX102", texts[0])


def test_a_split_the_article_writes_apart_is_believed_only_there():
    # The split of a word type is kept once per process with the pairs it
    # asked about; an article that writes one of them apart is judged anew,
    # before and after articles that do not.
    glued = ARTICLE + "The bank raised its interestrate again.\n"
    apart = ARTICLE + "The interest rate rose. The bank raised its interestrate again.\n"
    expected = [(2, 45, 'glued words "interestrate": probably "interest rate"', "interest rate")]
    assert [found("TX102", text) for text in (glued, apart, glued, apart)] == [[], expected, [], expected]


# -- TX103 glued doubled word -----------------------------------------------------


def test_glued_doubled_word():
    assert suggestions("TX103", ARTICLE + "The Kremlin said relations werewere at a high.\n") == ["were"]


def test_real_words_that_repeat_a_syllable_stay_clean():
    assert found("TX103", ARTICLE + "Guests ate couscous and bonbons to the murmur of the tutu dancers.\n") == []


# -- TX104 mojibake ---------------------------------------------------------------


def test_mojibake_is_repaired():
    text = "The plan wasnâ€™t dead, said the cafÃ© owner.\n"
    assert suggestions("TX104", text) == ["’", "é"]
    ((line, col, message, _), _) = found("TX104", text)
    assert (line, col) == (1, 14) and message == 'mojibake "â€™": text decoded with the wrong encoding; probably "’"'


def test_mojibake_of_korean_text():
    broken = "안녕하세요".encode("utf-8").decode("cp1252", errors="ignore")
    assert found("TX104", f"Seoul said {broken} to the delegates.\n")


def test_replacement_character():
    ((line, col, message, _),) = found("TX104", "The Zï¿½rich talks and the caf\ufffd\ufffd closed.\n")[-1:]
    assert message == "replacement character: a character was lost when the page was decoded"


@pytest.mark.parametrize(
    "text",
    [
        "São Paulo, Zürich, Kraków and Île-de-France hosted talks; “Ça va”, said the envoy — at 5 °C.\n",
        "Москва и Київ; 北京 and 서울; naïve résumé façade; ÀÉÎÕÜ in capitals.\n",
    ],
)
def test_real_accents_stay_clean(text):
    assert found("TX104", text) == []


# -- TX105 HTML entities, TX106 markup ----------------------------------------------


def test_html_entities():
    text = "AT&amp;T rose 3%.&nbsp;Its rival&#8217;s shares fell &#x2014; and &nbsp more.\n"
    assert suggestions("TX105", text) == ["&", "\xa0", "’", "—", "\xa0"]


def test_ampersands_in_names_stay_clean():
    assert found("TX105", "R&D at AT&T, M&S and Procter & Gamble; Q&A at 5&6 & more; &unknown; stays.\n") == []


def test_markup_debris():
    text = 'It passed.<br>Members left.</p> [caption id="12"]A hall[/caption] <!-- ad --> <a href="x">link</a>\n'
    messages = [message for _, _, message, _ in found("TX106", text)]
    assert messages == [
        'HTML markup left in the text: "<br>"',
        'HTML markup left in the text: "</p>"',
        'a CMS shortcode left in the text: "[caption id="12"]"',
        'a CMS shortcode left in the text: "[/caption]"',
        'HTML markup left in the text: "<!-- ad -->"',
        'HTML markup left in the text: "<a href="x">"',
        'HTML markup left in the text: "</a>"',
    ]


def test_comparisons_and_brackets_stay_clean():
    assert found("TX106", "Turnout was < 40% in 3 wards and > 60% in 2; [sic] and [Reuters] stay.\n") == []


# -- TX107 invisible characters -----------------------------------------------------


def test_invisible_characters():
    text = "The inter\u00adnational sum\u200bmit\x07 opened, said Zu\u200dri.\n"
    messages = [message for _, _, message, _ in found("TX107", text)]
    assert messages == [
        "invisible character U+00AD (soft hyphen)",
        "invisible character U+200B (zero width space)",
        "invisible character U+0007 (control character)",
        "invisible character U+200D (zero width joiner)",
    ]


def test_joiners_in_scripts_that_need_them_stay_clean():
    text = "می‌خواهم and क्‍ष and 👨‍👩‍👧 and \u202bעברית\u202c keep their marks.\n"
    assert found("TX107", text) == []


# -- TX108 doubled punctuation, TX109 missing space ---------------------------------


def test_doubled_punctuation():
    text = "Comments are closed.. Then,, he left;; ok,.\n"
    assert [(col, message) for _, col, message, _ in found("TX108", text)] == [
        (text.index("..") + 1, 'doubled punctuation ".."'),
        (text.index(",,") + 1, 'doubled punctuation ",,"'),
        (text.index(";;") + 1, 'doubled punctuation ";;"'),
        (text.index(",.") + 1, 'doubled punctuation ",."'),
    ]


def test_ellipses_and_abbreviations_stay_clean():
    text = '"Well..." he said. Really?! Wait. . . what? It ended in 190 A.D., as Acme Inc., said; see https://a.example/x..y\n'
    assert found("TX108", text) == []


def test_missing_space_after_sentence():
    text = 'He resigned on Friday.The opposition cheered.”Then he left. Was it over?They said yes.\n'
    expected = [text.index(".The") + 1, text.index(".”Then") + 2, text.index("?They") + 1]
    assert [col for _, col, _, _ in found("TX109", text)] == expected


def test_initials_domains_and_versions_stay_clean():
    text = "Read the U.S.Army memo on bbc.co.uk, Amazon.Com and Node.js; update to v2.1.Beta; J.K.Rowling spoke.\n"
    assert found("TX109", text) == []


def test_a_mojibake_repair_that_adds_text_is_a_point_inside_the_line():
    # Found by the fuzz suite: ftfy's repair of "\x94”" inserts a character at
    # the line's end, which was reported one column past it.
    from newslint import Linter

    found = Linter(select=["TX104"]).lint_text("\x94\u201d\n")
    assert found and all(d.line == 1 and 1 <= d.col <= d.end_col <= 3 for d in found)
