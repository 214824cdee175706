"""Arabic writes its article and one-letter prepositions as part of the word:
a section heading that names what the article names ("عن المشروع" over an
article about "مشروع" and "للمشروع") shares its words, and is no other
story's headline.  A heading about something else is still one (trial12b)."""

import pytest

from newslint import Linter

ARTICLE = [
    "أعلنت بلدية المدينة اليوم عن بدء العمل في مشروع الحديقة العامة الجديدة على ضفة النهر.",
    "وقال رئيس البلدية إن المشروع سيوفر مساحة خضراء لأكثر من عشرين ألف ساكن في الأحياء القريبة.",
    "وتبلغ تكلفة المشروع نحو ثلاثة ملايين دينار، ومن المتوقع أن ينتهي العمل فيه خلال عامين.",
    "وأشار إلى أن السكان في الحي شاركوا في اختيار تصميم الحديقة خلال اجتماعات عامة عقدت في الربيع.",
    "{heading}",
    "تأسس صندوق التنمية البلدية للمشروعات عام 2010، ويمول مشاريع البنية التحتية في مدن البلاد.",
]


def oc102(heading, separator):
    text = separator.join(ARTICLE).format(heading=heading) + "\n"
    return [d.line for d in Linter(select=["OC102"]).lint_text(text) if d.code == "OC102"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_heading_naming_the_article_with_its_article_attached_is_clean(separator):
    # "سكان" and "نهر" stand in the article only as "السكان"/"النهر".
    assert oc102("نبذة عن سكان نهر", separator) == []


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_another_storys_headline_is_still_found(separator):
    assert oc102("ارتفاع أسعار الذهب في الأسواق العالمية", separator) == [5 if separator == "\n" else 9]
