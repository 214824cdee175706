"""Code-switching class (trial35): a speaker who mixes two languages
(Spanglish, Hinglish, Taglish) is quoted as they spoke: a run of the other
language inside a quotation that switches back and forth is speech.  A
quotation that switches once (a clause left untranslated) and a run outside
quotation marks are still reported."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def ml_lines(blocks, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {lines[d.line - 1] for d in Linter(select=["ML"]).lint_text(text)}


SPANISH = [
    "La cantante texana llena el estadio de Monterrey",
    "La cantante texana Marisol Treviño llenó el sábado el estadio de Monterrey con más de cuarenta mil personas, en el último concierto de su gira.",
    "Antes de la última canción se dirigió al público: «You guys have no idea, esta ciudad es mi segunda casa, and tonight I just want to sing with all of you», dijo entre aplausos.",
    "La gira continuará en septiembre por Chicago y Los Ángeles, según informó su equipo.",
]

HINDI = [
    "पुणे के दो दोस्तों की कंपनी को मिला बड़ा निवेश",
    "पुणे की एक छोटी सॉफ़्टवेयर कंपनी को इस हफ़्ते विदेशी निवेशकों से बीस करोड़ रुपये का निवेश मिला है। कंपनी की शुरुआत दो दोस्तों ने तीन साल पहले की थी।",
    'संस्थापक अंकित जोशी ने हँसते हुए कहा, "Papa को अब भी लगता है कि यह सब timepass वाला काम है। Maybe this news will finally change his mind about it."',
    "कंपनी अगले साल बेंगलुरु में नया दफ़्तर खोलने की योजना बना रही है।",
]

TAGALOG = [
    "Mangingisda sa Batangas, tumulong sa pagsagip ng mga pasahero",
    "Isang grupo ng mga mangingisda sa Batangas ang tumulong sa pagsagip ng mga pasahero ng lumubog na bangka noong Linggo ng umaga.",
    'Ayon kay Mang Danilo Reyes, 48, "Wala na kaming inisip pa. When we saw the boat going down, agad kaming pumalaot. Ganyan talaga dito, nobody gets left behind," sabi niya.',
    "Lahat ng tatlumpung pasahero ay ligtas na nakarating sa pampang, ayon sa Coast Guard.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("article", [SPANISH, HINDI, TAGALOG], ids=["es", "hi", "tl"])
def test_code_switched_speech_in_quotation_marks_is_clean(article, separator):
    assert ml_lines(article, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_quotation_switching_once_is_still_reported(separator):
    article = SPANISH[:2] + [
        "El alcalde habló tras la reunión: «Vamos a terminar la obra del puente este año, and we will open it to traffic by the end of May», dijo.",
    ] + SPANISH[3:]
    assert article[2] in ml_lines(article, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_run_outside_quotation_marks_is_still_reported(separator):
    spanish = SPANISH[:2] + ["La cantante habló con el público and she said that she wanted to sing with all of them tonight."] + SPANISH[3:]
    assert spanish[2] in ml_lines(spanish, separator)
    hindi = HINDI[:2] + ["कंपनी ने बताया कि the new office will open in Bengaluru early next year with fifty staff."] + HINDI[3:]
    assert hindi[2] in ml_lines(hindi, separator)
