"""Single-language punctuation classes (trial35).  Georgian (and German at
times) nests „…“ inside „…“, the same marks at both levels: both quotations
close, so neither lost its mark; a first quotation whose closing mark was
lost before a second one opens is still reported.  Armenian web text types
its full stop "։" as an ASCII colon: a last paragraph ending so, where the
other paragraphs end so too, is no sentence cut before what it introduces;
an article with real full stops whose last paragraph stops at a colon is
still reported."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def findings(blocks, separator, select):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {(lines[d.line - 1], d.code) for d in Linter(select=[select]).lint_text(text)}


GEORGIAN = [
    "თბილისში ახალი ბიბლიოთეკა გაიხსნა",
    "ვაკის რაიონში ორშაბათს ახალი საჯარო ბიბლიოთეკა გაიხსნა, რომელშიც ოცი ათასზე მეტი წიგნია.",
    "ბიბლიოთეკის დირექტორმა, ნინო კაპანაძემ, თქვა: „ეს ოცნება დიდი ხნის წინ დაიწყო. ჩემი მასწავლებელი ამბობდა: „წიგნი სახლის ფანჯარაა“,“ – დასძინა მან.",
    "ბიბლიოთეკა ყოველდღე ღია იქნება დილის ათიდან საღამოს რვა საათამდე.",
]

GERMAN = [
    "Neue Bibliothek in Kassel eröffnet",
    "Im Stadtteil Wehlheiden hat am Montag eine neue Stadtteilbibliothek mit 20 000 Büchern eröffnet.",
    "Die Leiterin Anna Krüger sagte: „Das war ein langer Weg. Meine Lehrerin sagte immer: „Ein Buch ist ein Fenster“, und daran habe ich oft gedacht.“",
    "Die Bibliothek ist montags bis samstags von 10 bis 19 Uhr geöffnet.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("article", [GEORGIAN, GERMAN], ids=["ka", "de"])
def test_a_quotation_nested_in_its_own_marks_is_clean(article, separator):
    assert findings(article, separator, "QM") == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_lost_closing_mark_before_a_new_quotation_is_still_reported(separator):
    article = GERMAN[:2] + [
        "Die Leiterin Anna Krüger sagte: „Das war ein langer Weg. Jetzt freuen wir uns auf die Leser. Sie fügte hinzu: „Kommen Sie vorbei“, und lachte.",
    ] + GERMAN[3:]
    assert any(code == "QM101" for _, code in findings(article, separator, "QM"))


ARMENIAN = [
    "Երևանում նոր գրադարան է բացվել",
    "Երկուշաբթի Երևանի Արաբկիր վարչական շրջանում բացվեց նոր հանրային գրադարան, որտեղ կա ավելի քան քսան հազար գիրք:",
    "Գրադարանի տնօրենն ասաց, որ շենքը վերանորոգվել է երկու տարվա ընթացքում և այժմ ունի ընթերցասրահ երեխաների համար:",
    "Գրադարանը բաց կլինի ամեն օր՝ առավոտյան տասից մինչև երեկոյան ութը, բացի կիրակի օրերից:",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_armenian_full_stops_typed_as_colons_end_the_text(separator):
    assert findings(ARMENIAN, separator, "TX112") == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_an_armenian_paragraph_cut_at_a_real_colon_is_still_reported(separator):
    article = [line[:-1] + "։" for line in ARMENIAN[:3]] + [
        "Գրադարանի տնօրենը թվարկեց այն ծառայությունները, որոնք հասանելի կլինեն ընթերցողներին առաջին իսկ օրվանից:",
    ]
    article[0] = ARMENIAN[0]
    assert (article[3], "TX112") in findings(article, separator, "TX112")
