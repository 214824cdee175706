"""A press release's own closing parts, the note on its issuer, its end mark
and a press contact with a French number in pairs, are the release's, not a
page's footer (trial13)."""

import pytest

from newslint import Linter

RELEASE = [
    "Press release: Harbourside Trust opens a new sailing school",
    "Harbourside Trust today opened a sailing school on the old ferry pier that will teach 2,000 children a year to sail.",
    "The school cost £3.4 million, most of it raised from local businesses and a lottery grant.",
    '"Every child in this town should be able to get out on the water," said the trust\'s director, Amal Reid.',
    "Lessons start on 6 April and are free for pupils at the town's state schools.",
    "About Harbourside Trust",
    "Harbourside Trust is a charity that runs the town's marina and its boatyard. It was founded in 1987.",
    "Ends",
    "Media contact: press@harbourside.example, 01632 960 555",
]

COMMUNIQUE = [
    "Communiqué de presse : la Ville ouvre une nouvelle médiathèque",
    "La Ville de Saint-Aubin ouvrira le 3 février une médiathèque de 2 400 mètres carrés dans l'ancienne halle aux grains.",
    "Le projet a coûté 7,8 millions d'euros, financés pour moitié par l'État et la région.",
    "« Ce lieu sera ouvert à tous, six jours sur sept », a déclaré la maire, Hélène Garnier.",
    "L'inscription sera gratuite pour les habitants de la commune.",
    "Contact presse : Marc Dubois, 02 99 00 00 00",
]


def ui(lines, separator):
    return [d.line for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_press_releases_own_closing_parts_are_clean(separator):
    assert ui(RELEASE, separator) == []
    assert ui(COMMUNIQUE, separator) == []


ARABIC_RELEASE = [
    "بيان صحفي",
    "أعلنت بلدية المدينة اليوم عن افتتاح مكتبة عامة جديدة في الحي القديم تضم أكثر من عشرين ألف كتاب.",
    "وقال رئيس البلدية إن المكتبة ستفتح أبوابها للجميع ستة أيام في الأسبوع ابتداء من الشهر المقبل.",
    "وتبلغ تكلفة المشروع نحو مليوني دينار، مولت البلدية نصفها والنصف الآخر من تبرعات السكان.",
    "نبذة عن البلدية",
    "تأسست بلدية المدينة عام 1950، وتتولى إدارة الخدمات العامة في أحياء المدينة كافة.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_an_arabic_press_releases_label_and_note_on_the_issuer_are_its_own(separator):
    assert ui(ARABIC_RELEASE, separator) == []


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_contact_block_under_its_label_ends_the_release(separator):
    # trial21: the label alone on a line, then a name, an address and a number.
    release = RELEASE[:-1] + ["Media contact:", "Amal Reid, Harbourside Trust press office", "press@harbourside.example", "01632 960 555"]
    assert [d.line for d in Linter(select=["UI"]).lint_text(separator.join(release) + "\n")] == []


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_page_footer_under_a_contact_label_is_still_reported(separator):
    text = separator.join(RELEASE[:-1] + ["Contact us:", "Privacy policy", "Terms of use", "hello@example.com"]) + "\n"
    lines = text.split("\n")
    flagged = {lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text)}
    assert {"Privacy policy", "Terms of use"} <= flagged
