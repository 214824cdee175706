"""TX101 in languages that reduplicate words as grammar: a reduplicated
adjective, adverb or noun stays clean ("ዋና ዋና", "धीरे धीरे", "আস্তে আস্তে",
"araw araw"); a doubled word of grammar, a clause-final verb or the word
before an auxiliary is still a slip.  Text written for these tests, in both
layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts


def tx101(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX101"]).lint_text(text)]


CLEAN = [
    (  # Amharic: "the main (ones)" and "slowly"
        "የቡና ምርት በዚህ ዓመት ጨመረ",
        "ዋና ዋና የቡና ገዢዎች በዚህ ዓመት ከአውሮፓ እና ከእስያ የመጡ ነጋዴዎች ናቸው።",
        "ገበሬዎቹ ቀስ ቀስ እያሉ አዲሱን የማድረቂያ ዘዴ እየተማሩ እንደሆነ ተናግረዋል።",
    ),
    (  # Hindi: "slowly", "big big (= large) cities"
        "शहर में बारिश का असर",
        "बारिश के बाद धीरे धीरे पानी उतरने लगा और लोग अपने घरों की ओर लौटने लगे।",
        "बड़े बड़े शहरों में यातायात कई घंटों तक रुका रहा, अधिकारियों ने बताया।",
    ),
    (  # Bengali: "slowly", "house to house"
        "নদীর পানি কমছে",
        "আস্তে আস্তে নদীর পানি কমতে শুরু করেছে বলে স্থানীয় প্রশাসন জানিয়েছে।",
        "স্বেচ্ছাসেবকরা ঘরে ঘরে গিয়ে ত্রাণ পৌঁছে দিচ্ছেন।",
    ),
    (  # Indonesian with spaces instead of the hyphen: "slowly", "children"
        "Harga cabai turun",
        "Harga cabai di pasar tradisional turun pelan pelan sejak awal pekan ini, kata pedagang.",
        "Para pedagang berharap pembeli yang kemarin sepi mulai datang lagi dalam waktu dekat.",
    ),
]


@pytest.mark.parametrize("text", [t for lines in CLEAN for t in in_both_layouts(*lines)])
def test_reduplication_in_a_reduplicating_language_is_clean(text):
    assert tx101(text) == []


DAMAGED = [
    (  # Hindi: a clause-final auxiliary doubled
        ("संसद का सत्र", "संसद का अगला सत्र जुलाई के पहले सप्ताह में शुरू होगा होगा।",
         "सरकार ने कई नए विधेयक पेश करने की तैयारी की है, मंत्री ने कहा।"),
        "होगा होगा",
    ),
    (  # Hindi: a postposition doubled
        ("नई बस सेवा", "शहर के के नए बस अड्डे से रोज़ सौ बसें चलेंगी, परिवहन विभाग ने बताया।",
         "यात्रियों ने इस फैसले का स्वागत किया है।"),
        "के के",
    ),
    (  # Persian: the noun of a compound verb, before the future auxiliary
        ("بارش باران در تهران", "کارشناسان می‌گویند بارش باران تا آخر هفته ادامه ادامه خواهد یافت.",
         "مردم از این خبر خوشحال شدند و کشاورزان نیز به آینده امیدوارند."),
        "ادامه ادامه",
    ),
    (  # Amharic: the clause-final copula doubled
        ("አዲስ ትምህርት ቤት", "አዲሱ ትምህርት ቤት በከተማዋ ደቡባዊ ክፍል የሚገኝ ነው ነው።",
         "ወላጆች ልጆቻቸውን ለማስመዝገብ ወረፋ ይዘው ቆመዋል።"),
        "ነው ነው",
    ),
]


@pytest.mark.parametrize("lines, pair", DAMAGED)
def test_doubled_grammar_and_final_verbs_stay_reported(lines, pair):
    for text in in_both_layouts(*lines):
        assert pair in tx101(text)


def test_english_the_the_is_still_reported():
    for text in in_both_layouts("Council vote", "The council said the the new bridge would open in May.", "Work begins next week."):
        assert "the the" in tx101(text)


def test_a_chinese_name_twice_a_space_apart_is_a_seam():
    # Chinese reduplicates with no space (常常, 天天); a space between two copies is where two nodes met.
    for text in in_both_layouts("原创 江南日报 江南日报 2026-03-02 08:15", "今年春天，全省的茶叶产量比去年略有增长，茶农们都很高兴。", "专家表示，天气常常影响收成。"):
        assert "江南日报 江南日报" in tx101(text)


@pytest.mark.parametrize("lines, pair", [
    (("Neue Studie zum Schlaf", "Die Forscher beobachteten die Teilnehmer drei Nächte lang im Labor der Klinik.",
      "Die Die Ergebnisse sollen im Herbst in einer Fachzeitschrift erscheinen, sagte die Leiterin."), "Die Die"),
    (("Nieuw onderzoek naar slaap", "De onderzoekers volgden de deelnemers drie nachten lang in het laboratorium.",
      "Het Het rapport verschijnt in juni, zei een woordvoerder van de universiteit."), "Het Het"),
])
def test_a_capitalised_article_doubled_at_a_sentence_start_in_german_and_dutch(lines, pair):
    for text in in_both_layouts(*lines):
        assert pair in tx101(text)


@pytest.mark.parametrize("text", [
    *in_both_layouts("Neue Studie zum Schlaf", "Es sind Menschen, die die Nacht lieber am Schreibtisch verbringen, sagte die Forscherin.",
                     "Die Ergebnisse erscheinen im Herbst."),
    *in_both_layouts("Late film club", "Die Die My Darling, a thriller from 1965, opens the season on Friday night.",
                     "Tickets are free for members of the club."),
])
def test_the_relative_die_die_and_an_english_title_stay_clean(text):
    assert tx101(text) == []
