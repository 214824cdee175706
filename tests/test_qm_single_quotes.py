"""Single quotation marks that look like apostrophes (trial10): a straight '
opening a quotation never closed (a British headline, `Minister: 'We got it
wrong`), and a closing ’ or ' with no opening one (`…sneller gaan’.`), are
found; apostrophes of every kind (don't, O'Brien, rock 'n' roll, the
players' union, 'til, '90s, l'homme, Dutch 's ochtends, Italian un po'),
British quotations in single marks properly closed and nested quotations
stay clean.  Every text here was written for these tests; each is tried in
both layouts (a blank line between paragraphs, and none)."""
import pytest

from growth import assert_linear
from newslint import Linter


@pytest.fixture(scope="module")
def quotes():
    return Linter(select=["QM"])


LAYOUTS = ("\n\n", "\n")
LAYOUT_IDS = ("blank", "noblank")

BODY = (
    "The education secretary told a committee of MPs that the closures had lasted too long.",
    "Head teachers said the admission came two years too late for many pupils.",
)


def _found(linter, blocks, separator):
    text = separator.join(blocks) + "\n"
    return [(d.code, d.line, d.col) for d in linter.lint_text(text)]


def _line(blocks, index, separator):
    return 1 + index * separator.count("\n")


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_straight_single_mark_opening_a_headline_quotation_never_closed_is_found(quotes, separator):
    headline = "Minister: 'We got it wrong on school closures"
    found = _found(quotes, (headline, *BODY), separator)
    assert found == [("QM101", 1, len(headline) + 1)]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_the_headline_quotation_closed_is_clean(quotes, separator):
    for headline in ("Minister: 'We got it wrong on school closures'", "Minister: ‘We got it wrong on school closures’"):
        assert _found(quotes, (headline, *BODY), separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize(
    "paragraph, language_around",
    [
        ("Builders called the plan realistic as long as permits came faster’.", "en"),
        ("Builders called the plan realistic as long as permits came faster'.", "en"),
        ("The plan would work if the permits came through, the builders said,' he added.", "en"),
        ("Bouwbedrijven noemen het plan realistisch, mits de vergunningen sneller komen’.", "nl"),
    ],
    ids=["curly", "straight", "after-comma", "dutch"],
)
def test_a_closing_single_mark_with_no_opening_one_is_found(quotes, separator, paragraph, language_around):
    around = {
        "en": ("Minister admits mistakes over building plan", "The minister said the government got its plan wrong.", "MPs welcomed the admission on Tuesday."),
        "nl": ("Kabinet presenteert nieuw woningbouwplan", "Het kabinet wil de komende jaren veel meer woningen bouwen.", "De Tweede Kamer debatteert volgende week over het plan."),
    }[language_around]
    blocks = (around[0], around[1], paragraph, around[2])
    found = _found(quotes, blocks, separator)
    assert [(code, line) for code, line, _ in found] == [("QM102", _line(blocks, 2, separator))]


# Apostrophes and elisions at a word's edge, each in a paragraph of its own
# between clean ones: no quotation mark is lost in any of them.
APOSTROPHES = [
    "The players' union said the decision was the players'.",
    "The club said the new kit was the fans', not the sponsors'.",
    "Fans of rock 'n' roll queued outside the hall from early morning.",
    "She said she would stay 'til the end of the season, whatever happened.",
    "The band's best records were made in the '90s, the critic wrote.",
    "O'Brien and D'Arcy didn't expect the verdict, and neither did the jury.",
    "Ze vertrekken 's ochtends vroeg naar 's-Hertogenbosch voor de markt.",
    "Il sindaco ha detto che ci vorrà ancora un po'.",
    "Un po' di pioggia è caduta nell'area dell'aeroporto durante l'anno.",
    "L'homme a été vu près de l'église d'Auxerre jeudi soir.",
    "Old-timers said the mine had been workin' since the war, an' it showed.",
    "Guns N' Roses played the stadium in 1992, the programme recalled.",
    "Hans' Vater sagte, er hab' das nicht gewusst.",
]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("paragraph", APOSTROPHES)
def test_apostrophes_are_no_quotation_marks(quotes, separator, paragraph):
    blocks = ("Council approves new stadium plan", BODY[0], paragraph, BODY[1])
    assert _found(quotes, blocks, separator) == []


# British news quoting with single marks, properly closed: a headline, a
# quotation with its attribution, scare quotes, apostrophes inside a
# quotation, nested quotations, and a quotation over two paragraphs.
BRITISH = [
    "Minister: 'We got it wrong on school closures'",
    "'We got it wrong, and I'm sorry for that,' the minister said.",
    "The bank said it would 'wait and see' before raising rates.",
    "'I don't know what we'll do,' she said, 'but we won't give up.'",
    "'It's the players' fault, not the manager's,' he said.",
    "He said: 'They told me, \"We are shut,\" and I went home.'",
    "\"She rang and said, 'It's over,' and then hung up,\" the juror said.",
    "‘We gaan honderdduizend woningen per jaar bouwen’, zei de minister dinsdag.",
    "'We're going to 'ave a go,' said the captain.",
]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("paragraph", BRITISH)
def test_british_quotations_in_single_marks_are_clean(quotes, separator, paragraph):
    blocks = ("Council approves new stadium plan", BODY[0], paragraph, BODY[1])
    assert _found(quotes, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_quotation_over_two_paragraphs_reopened_is_clean(quotes, separator):
    blocks = (
        "Council approves new stadium plan",
        "'We have waited ten years for this stadium.",
        "'Now the work can begin,' the council leader said.",
        BODY[1],
    )
    assert _found(quotes, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_in_an_article_quoting_with_single_marks_a_lost_closing_mark_is_found(quotes, separator):
    blocks = (
        "Council approves new stadium plan",
        "The leader said the plan would 'change the town' for good.",
        "Opponents called it 'a waste of money and land.",
        BODY[1],
    )
    found = _found(quotes, blocks, separator)
    assert [(code, line) for code, line, _ in found] == [("QM101", _line(blocks, 2, separator))]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_word_opening_with_a_straight_mark_in_an_article_without_single_quotations_is_left_alone(quotes, separator):
    # 'Allo 'Allo! names a television series: with no quotation in single
    # marks elsewhere, a straight mark inside a sentence is no evidence.
    blocks = ("Council approves new stadium plan", "Fans of 'Allo 'Allo! gathered at the theatre on Sunday.", BODY[1])
    assert _found(quotes, blocks, separator) == []


def test_a_korean_quotation_in_straight_single_marks_is_left_to_the_pairing(quotes):
    text = "새 경기장 건설 승인\n\n시장은 '새로운 시작'이라고 말했다.\n\n시민들은 환영했다.\n"
    assert [d.code for d in quotes.lint_text(text)] == []


@pytest.mark.parametrize(
    "code, build",
    [
        # Straight marks opening words, and one closing at the end: each
        # opening mark meets the closing marks after it.
        ("QM101", lambda n: "Minister: " + "'a " * n + "b'.\n"),
        # Orphan closing marks in one paragraph, behind double marks left open.
        ("QM102", lambda n: '"x ' * n + "faster’. " * n + "\n"),
        # Paragraphs each ending on an opening mark, each followed by one closing.
        ("QM102", lambda n: "Minister: 'We lost.\nBuilders came faster’.\n" * n),
    ],
)
def test_cost_grows_linearly(code, build):
    linter = Linter(select=[code])
    assert_linear(build, linter.lint_text)


def test_a_latin_word_in_straight_single_marks_glued_to_a_korean_particle_is_closed(quotes):
    text = "새 경기장 건설 승인\n\n시장은 'K-pop'이 도시를 바꿨다고 말했다.\n\n시민들은 'Seoul Arena'를 환영했다.\n"
    assert [d.code for d in quotes.lint_text(text)] == []


def test_a_korean_title_in_straight_single_marks_opening_with_a_latin_letter_is_closed(quotes):
    text = "새 경기장 건설 승인\n\n'K리그' 개막전이 토요일 새 경기장에서 열린다.\n\n시민들은 환영했다.\n"
    assert [d.code for d in quotes.lint_text(text)] == []


# Review of trial10: possessives after an abbreviation's stop, accents typed
# as apostrophes, and words that open with an elision, each in an article
# that quotes with straight single marks elsewhere (a pair in the paragraph
# after), so the convention cannot hide them.
SCARE_QUOTES = "One analyst called the outcome 'a surprise to nobody'."


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize(
    "paragraph",
    [
        "Analysts questioned the U.S.' role in the talks on Monday.",
        "Shares rose after the results, the Co.' statement said.",
        "The C.E.O.' remarks were welcomed by investors on Monday.",
    ],
    ids=["u.s.", "co.", "c.e.o."],
)
def test_a_possessive_after_an_abbreviation_is_no_closing_mark(quotes, separator, paragraph):
    blocks = ("Talks stall over trade deal", paragraph, SCARE_QUOTES, BODY[1])
    assert _found(quotes, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_closing_mark_after_a_sentence_stop_is_still_found(quotes, separator):
    # A stop that ends a sentence, not an abbreviation, before the mark.
    paragraph = "The plan would work if the permits came through on time.' The builders agreed."
    blocks = ("Minister admits mistakes over building plan", BODY[0], paragraph, BODY[1])
    found = _found(quotes, blocks, separator)
    assert [(code, line) for code, line, _ in found] == [("QM102", _line(blocks, 2, separator))]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_italian_typed_with_apostrophes_for_accents_is_clean(quotes, separator):
    blocks = (
        "Italiani al voto",
        "Il governo ha detto che la riforma sara' approvata entro l'estate, perche' e' necessaria.",
        "L'opposizione ha protestato: la liberta', dicono, e' in pericolo nella citta'.",
        "Il sindaco ha definito il voto 'una prova per tutti' e ha chiesto calma.",
        "La partecipazione, secondo il sindaco, sara' alta in tutta la regione.",
    )
    assert _found(quotes, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize(
    "paragraph",
    [
        "The band, formed in the 'Nineties, is back on tour this summer.",
        "Officers said the 'Ndrangheta controls much of the cocaine trade.",
        "Families head for the 'burbs as house prices rise in the city.",
        "Crowds gathered at 'Iolani Palace in Honolulu on Sunday.",
    ],
    ids=["nineties", "ndrangheta", "burbs", "iolani"],
)
def test_a_word_opening_with_an_elision_is_no_opening_mark(quotes, separator, paragraph):
    blocks = ("Council approves new stadium plan", paragraph, SCARE_QUOTES, BODY[1])
    assert _found(quotes, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_paragraph_opening_a_quotation_never_closed_is_found_past_the_first(quotes, separator):
    paragraph = "'We got it wrong on school closures and I apologise to the House"
    blocks = ("Minister speaks", BODY[0], paragraph, BODY[1])
    found = _found(quotes, blocks, separator)
    assert [(code, line) for code, line, _ in found] == [("QM101", _line(blocks, 2, separator))]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_an_accent_typed_as_an_apostrophe_on_a_word_of_the_articles_language_is_clean(quotes, separator):
    # Portuguese, where the word list knows você for voce'.
    blocks = (
        "Governo anuncia novo plano de habitação",
        "O governo quer construir muito mais casas nos próximos anos, disse o ministro.",
        "O ministro disse que o sucesso do plano depende agora de voce'.",
        "O parlamento vai debater o plano na próxima semana.",
    )
    assert _found(quotes, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_closing_mark_after_a_lower_case_abbreviation_is_still_found(quotes, separator):
    # no. ends the quoted sentence here: only a capitalised abbreviation
    # (U.S., Co.) is read as a possessive's.
    paragraph = "Asked whether the permits would come faster, he said the answer was no.' The builders agreed."
    blocks = ("Minister admits mistakes over building plan", BODY[0], paragraph, BODY[1])
    found = _found(quotes, blocks, separator)
    assert [(code, line) for code, line, _ in found] == [("QM102", _line(blocks, 2, separator))]
