"""Press-release class (trial35): a text that plainly shows itself a release
(its genre label over the headline, a press-contact block with an address
or a number, an end mark) keeps its own label, contact block, fact box and
note on the issuer in every language; the same parts on a page that is no
release, and a page's list of other stories, are still reported.  An end
mark ("-ENDS-", "-انتهى-") is no sentence cut at its dash."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def flagged(blocks, separator, select=("UI",)):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {lines[d.line - 1] for d in Linter(select=list(select)).lint_text(text)}


MALAY_RELEASE = [
    "KENYATAAN MEDIA",
    "Syarikat Air Lembah Hijau buka loji rawatan baharu di Seremban",
    "Seremban, 3 Jun – Syarikat Air Lembah Hijau Berhad hari ini membuka loji rawatan air baharu yang mampu membekalkan air bersih kepada 90,000 rumah di daerah ini.",
    "Loji itu dibina dalam tempoh dua tahun dengan kos RM420 juta dan menggunakan sistem penapisan membran yang pertama di negeri ini.",
    '"Gangguan bekalan yang berlaku setiap musim kemarau akan berkurangan dengan ketara," kata Ketua Pegawai Eksekutif syarikat, Encik Hafiz Rahman.',
    "Tentang Air Lembah Hijau",
    "Air Lembah Hijau ialah pembekal air bagi tiga daerah di Negeri Sembilan sejak tahun 1999.",
    "Kontak media:",
    "Siti Mariam Yusof, Pengurus Komunikasi",
    "Tel. +60 6 555 0192",
    "media@airlembahhijau.example",
]

SWEDISH_RELEASE = [
    "Pressmeddelande",
    "Norrvatten bygger nytt reningsverk i Sundsvall",
    "Sundsvall, 2 maj – Norrvatten AB har beslutat att bygga ett nytt reningsverk vid Tivoliverket som ska stå klart om tre år.",
    "Investeringen uppgår till 900 miljoner kronor och ska säkra dricksvattnet för 110 000 invånare i kommunen.",
    "– Vi har skjutit på det här i tjugo år, nu gör vi det ordentligt, säger vd Maria Holm.",
    "Om Norrvatten",
    "Norrvatten AB ägs av Sundsvalls kommun och levererar vatten till hushåll och industri i regionen.",
    "För ytterligare information, kontakta:",
    "Maria Holm, vd, 060-555 10 20, maria.holm@norrvatten.example",
    "Erik Strand, kommunikatör, 070-555 33 44",
]

JAPANESE_RELEASE = [
    "報道関係者各位",
    "プレスリリース",
    "株式会社あおぞら製茶、静岡県島田市に新しい茶工場を建設",
    "株式会社あおぞら製茶（本社：静岡県静岡市）は、島田市に新しい茶工場を建設すると発表しました。来年春の稼働を予定しています。",
    "新工場では、これまで手作業だった仕上げ工程を一部自動化し、生産量を現在の2倍に増やします。",
    "同社の社長は「お茶の産地としての島田を、次の世代に残したい」と話しています。",
    "■新工場の概要",
    "・所在地：静岡県島田市金谷",
    "・敷地面積：4,800平方メートル",
    "・稼働予定：来年4月",
    "■会社概要",
    "株式会社あおぞら製茶は1952年創業。静岡県内で緑茶の製造と販売を行う。",
    "【本件に関するお問い合わせ】",
    "株式会社あおぞら製茶　広報室：山本",
    "TEL：054-555-0123",
]

ARABIC_RELEASE = [
    "بيان صحفي",
    "شركة المياه الوطنية تفتتح محطة تحلية جديدة في صحار",
    "صحار، 5 أبريل – افتتحت شركة المياه الوطنية اليوم محطة تحلية جديدة بطاقة إنتاجية تبلغ مئة ألف متر مكعب يومياً.",
    "وتخدم المحطة أكثر من ثلاثمئة ألف نسمة في محافظة شمال الباطنة، وبلغت تكلفتها نحو مئتي مليون دولار.",
    "وقال الرئيس التنفيذي للشركة إن المحطة ستنهي انقطاع المياه في أشهر الصيف.",
    "نبذة عن الشركة:",
    "تأسست الشركة عام 2003 وتدير محطات التحلية في شمال البلاد.",
    "للتواصل الإعلامي:",
    "سلمى الهنائية، قسم الاتصال",
    "هاتف: +968 2455 0177",
    "-انتهى-",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("release", [MALAY_RELEASE, SWEDISH_RELEASE, JAPANESE_RELEASE, ARABIC_RELEASE], ids=["ms", "sv", "ja", "ar"])
def test_a_releases_label_contact_block_fact_box_and_issuer_note_are_its_own(release, separator):
    assert flagged(release, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_an_end_mark_is_no_sentence_cut_at_its_dash(separator):
    assert flagged(ARABIC_RELEASE, separator, select=("TX",)) == set()
    english = [
        "Harbour trust opens a sailing school on the old pier",
        "The Harbour Trust today opened a sailing school on the old ferry pier that will teach children to sail.",
        "The school cost 3.4 million pounds, most of it raised from local firms and a lottery grant.",
        "Lessons start on 6 April and are free for pupils at the town's state schools.",
        "-ENDS-",
    ]
    assert flagged(english, separator, select=("TX",)) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_paragraph_cut_before_the_end_mark_is_still_reported(separator):
    cut = [
        "Harbour trust opens a sailing school on the old pier",
        "The Harbour Trust today opened a sailing school on the old ferry pier that will teach children to sail.",
        "The school cost 3.4 million pounds, most of it raised from local firms and a lottery grant.",
        "Lessons start on 6 April and are free for pupils at the town's state schools and the",
        "-ENDS-",
    ]
    assert cut[3] in flagged(cut, separator, select=("TX",))


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_the_same_parts_on_a_news_page_with_no_release_label_are_judged(separator):
    # No genre label, no contact block: a news article with a site's footer list.
    page = SWEDISH_RELEASE[1:5] + ["Läs också", "Nya bussar till Härnösand", "Skolan i Matfors stänger", "Rekordmånga på Sundsvallsloppet"]
    assert {"Nya bussar till Härnösand", "Skolan i Matfors stänger"} <= flagged(page, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_list_of_other_stories_after_a_release_is_still_reported(separator):
    # A wire site's list of other releases under the release: headlines, not
    # a fact box's labels with values.
    page = MALAY_RELEASE[:5] + ["Kenyataan lain", "Loji solar kedua dibuka di Kedah", "Harga tiket feri naik mulai Julai", "Pelabuhan Klang tambah kren baharu"] + MALAY_RELEASE[7:]
    assert {"Loji solar kedua dibuka di Kedah", "Harga tiket feri naik mulai Julai"} <= flagged(page, separator)
