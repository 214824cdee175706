"""Quotations of several paragraphs as Spanish and German copy writes them:
Spanish reopens each paragraph with » against its first word, German often
opens once and closes once.  English copy reopens each paragraph, so there a
paragraph that closes a quotation it never reopened is still reported, as is
a German quotation opened inside a sentence and closed paragraphs later
(trial15b)."""

import pytest

from newslint import Linter

SPANISH = [
    "La magistrada leyó la sentencia en voz alta:",
    "«El acusado se aprovechó durante años de la confianza de sus vecinos más mayores.",
    "»Ninguna cantidad de dinero puede reparar el miedo que han descrito ante este tribunal».",
    "El condenado tiene diez días para recurrir.",
]
GERMAN = [
    "Der Vorsitzende Richter sagte bei der Urteilsverkündung:",
    "„Sie haben das Vertrauen Ihrer Nachbarn über Jahre hinweg ausgenutzt.",
    "Über drei Jahre haben Sie mehr als 200.000 Euro veruntreut.",
    "Keine Summe kann die Angst wiedergutmachen, die hier geschildert wurde.“",
    "Der Angeklagte kann Revision einlegen.",
]


def qm(lines, separator):
    return [(d.code, d.line) for d in Linter(select=["QM"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize("lines", [SPANISH, GERMAN])
def test_a_quotation_of_several_paragraphs_in_the_languages_own_style_is_clean(lines, separator):
    assert qm(lines, separator) == []


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_an_english_paragraph_closing_what_it_never_reopened_is_still_reported(separator):
    english = [
        "The judge told the court:",
        '"You abused the trust of your neighbours for years.',
        'No sum of money can repair the fear they have described."',
        "He has ten days to appeal.",
    ]
    assert [code for code, _ in qm(english, separator)] == ["QM102"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_german_quotation_opened_inside_a_sentence_and_closed_later_is_still_reported(separator):
    lines = GERMAN[:1] + ["Er warf dem Angeklagten vor, „das Vertrauen der Nachbarn ausgenutzt zu haben."] + GERMAN[2:]
    assert qm(lines, separator) != []
