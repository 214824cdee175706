"""Trial 8's TX and ML items, on text written for these tests (both layouts:
a blank line between blocks, and none): no safe fix that can change meaning
(reduplication, band names, an unknown language), one finding per mojibake,
scripts of one language, ML102's quotations and spans."""
from __future__ import annotations

import pytest

from newslint import Document, Linter
from newslint.language import fitting_latin_language
from lint_support import in_both_layouts

layouts = in_both_layouts


def found(text: str, select=("TX", "QM", "ML")) -> list[tuple[str, str, str | None]]:
    """(code, flagged text, suggestion) of each finding."""
    lines = text.split("\n")
    out = []
    for d in Linter(select=list(select)).lint_text(text):
        line = lines[d.line - 1]
        out.append((d.code, line[d.col - 1 : d.end_col - 1] if d.end_line == d.line else line[d.col - 1 :], d.suggestion))
    return out


def codes(text: str, select=("TX", "QM", "ML")) -> list[str]:
    return [code for code, _, _ in found(text, select)]


# -- TX101 / TX103: no fix that can change meaning ------------------------------

SWAHILI = (
    "Mvua kubwa yaleta hasara mjini",
    "Wakazi wa mitaa ya pwani walisema kwamba walikimbia haraka haraka mvua ilipoanza kunyesha usiku wa "
    "jana, na maji yalifunika barabara kadhaa za mji.",
    "Serikali ya mkoa imesema itajenga mitaro mipya karibu na soko kuu la mji huo mwaka ujao, na wafanyabiashara "
    "wamekaribisha mpango huo.",
    "Watoto walirudi shuleni polepole baada ya maji kupungua, na walimu walisema masomo yataendelea kama kawaida.",
)


@pytest.mark.parametrize("text", layouts(*SWAHILI))
def test_swahili_reduplication_and_road_are_not_damage(text):
    document = Document(text)
    assert fitting_latin_language(document) == "und"  # a Latin-script language newslint does not know
    assert [code for code in codes(text, ("TX",)) if code in ("TX101", "TX102", "TX103")] == []


@pytest.mark.parametrize("text", layouts(
    "Line-up announced",
    "Organisers have booked Talk Talk tributes, Duran Duran and The The for the Saturday bill, the first such line-up in years.",
    "Tickets go on sale on Friday morning through the festival's own website.",
))
def test_a_band_named_the_the_mid_sentence_is_a_name(text):
    assert "TX101" not in codes(text, ("TX101",))


@pytest.mark.parametrize("text", layouts(
    "Council meeting",
    "The The minister said the plan was final and would not be changed again before the spring.",
    "Residents asked the council for a a new crossing near the school gates on the main road.",
))
def test_a_capitalised_pair_opening_a_sentence_is_reported_without_a_fix(text):
    results = [(flagged, fix) for code, flagged, fix in found(text, ("TX101",))]
    assert ("The The", None) in results  # a reader decides: a slip, or the band opening a sentence
    assert ("a a", "a") in results  # "a a" between two lower-case words: a slip


@pytest.mark.parametrize("text", layouts(
    "Match nul au stade",
    "Le milieu de terrain a trouvé la la lucarne d'une frappe lointaine à la dernière minute du match de samedi.",
    "Les supporters ont chanté jusqu'à la fin de la rencontre, malgré la pluie et le froid.",
))
def test_the_english_allow_list_is_not_applied_to_french(text):
    assert ("TX101", "la la", "la") in found(text, ("TX101",))


@pytest.mark.parametrize("text", layouts(
    "Festival report",
    "The crowd sang along to La La Land songs and the choir hummed la la la through the interval.",
    "Organisers said the evening had raised more money than any before it.",
))
def test_english_la_la_stays_clean(text):
    assert codes(text, ("TX101",)) == []


@pytest.mark.parametrize("text", layouts(
    "Ekonomi nasional",
    "Harga beras naik pelan pelan sejak awal bulan, kata para pedagang di pasar induk kota itu kepada wartawan.",
    "Pemerintah berjanji akan menambah pasokan dari gudang sebelum akhir bulan ini agar harga kembali turun.",
    "Para pedagang berharap langkah itu segera dilakukan karena pembeli mulai mengurangi belanja mereka.",
))
def test_indonesian_reduplication_gets_no_fix(text):
    # Indonesian is a language newslint knows, and one that doubles words as grammar.
    assert all(fix is None for code, _, fix in found(text, ("TX101",)))


@pytest.mark.parametrize("text", layouts(
    "Tour report",
    "The singer Gigi joined the band on stage, and Coco the clown opened the second half.",
    "Reviewers said the relations werewere strained before the tour began in the spring.",
))
def test_tx103_fixes_a_lower_case_double_only(text):
    results = found(text, ("TX103",))
    assert ("TX103", "werewere", "were") in results
    assert all(fix is None for code, flagged, fix in results if flagged[0].isupper())


# -- TX111: a formula sentence in two paragraphs -----------------------------------


@pytest.mark.parametrize("text", layouts(
    "Weekend fixtures hit by rain",
    "Ashford's home game against the league leaders was called off at lunchtime. The game was abandoned because the pitch was flooded.",
    "In the second division, the visitors had already travelled north when the referee inspected the ground. The game was abandoned because the pitch was flooded.",
    "Both fixtures will be rearranged for a midweek date next month, the league said.",
))
def test_a_formula_sentence_in_two_different_paragraphs_is_not_a_copy(text):
    assert codes(text, ("TX111",)) == []


@pytest.mark.parametrize("text", layouts(
    "Bridge to close for repairs",
    "Engineers said the bridge would close on 14 March for six weeks of repairs to its deck. Drivers were told to use the ring road.",
    "The work follows an inspection last year. Engineers said the bridge would close on 14 March for six weeks of repairs to its deck.",
))
def test_a_copied_sentence_with_a_number_is_still_reported(text):
    assert codes(text, ("TX111",)) == ["TX111"]


# -- mojibake: one defect, one finding -----------------------------------------------


@pytest.mark.parametrize("text", layouts(
    "Court hears evidence",
    "The court heard that Jan Kowalski and Piotr Nowak\u00c5\u201eski had met in a bar in Gda\u0144sk before the robbery.",
    "Both men deny the charges; the trial continues on Monday.",
))
def test_a_quotation_mark_inside_mojibake_is_no_quotation_mark(text):
    assert codes(text, ("TX", "QM")) == ["TX104"]


@pytest.mark.parametrize("text", layouts(
    "Estudio sobre el clima",
    "Los investigadores midieron la lluvia caída durante tres meses en la regi\u00c3\u00adn del norte del país.",
    "El informe completo se publicará en primavera, según la universidad.",
))
def test_a_soft_hyphen_inside_mojibake_is_reported_once(text):
    assert codes(text, ("TX",)) == ["TX104"]


@pytest.mark.parametrize("text", layouts(
    "Новости экономики",
    "Центральный банк сохранил \u0420\u0454\u0420\u00bb\u0421\u040b\u0421\u2021\u0420\u00b5\u0420\u0406\u0421\u0453\u0420\u0458 ставку на прежнем уровне, сообщили в пятницу.",
    "Аналитики ожидали такого решения.",
))
def test_a_guillemet_inside_cyrillic_mojibake_is_no_quotation_mark(text):
    assert "QM102" not in codes(text, ("TX", "QM"))
    assert "TX104" in codes(text, ("TX", "QM"))


@pytest.mark.parametrize("text", layouts(
    "Soft hyphens and quotes",
    "The inter\u00adnational summit opened on Monday, and the minister said \u201cwe are ready\u201d.",
))
def test_invisible_characters_and_quotes_outside_mojibake_are_still_read(text):
    assert codes(text, ("TX107", "QM")) == ["TX107"]
    document = Document(text)
    assert document.mojibake.findings == ()
    assert not document.mojibake.covers(text.index("\u00ad"))


# -- scripts of one language ------------------------------------------------------------

ENGLISH = "Residents say the rubbish has not been collected for three weeks."
SCRIPT_ARTICLES = {
    "bn": ("শহরে নতুন পার্ক", "শহরের মেয়র আজ একটি নতুন পার্ক উদ্বোধন করেছেন। তিনি বলেন, পার্কটি সকাল থেকে সন্ধ্যা পর্যন্ত সবার জন্য খোলা থাকবে।"),
    "ta": ("நகரில் புதிய பூங்கா", "நகர மேயர் இன்று புதிய பூங்காவை திறந்து வைத்தார். பூங்கா காலை முதல் மாலை வரை அனைவருக்கும் திறந்திருக்கும் என்று அவர் கூறினார்."),
    "ka": ("ახალი პარკი ქალაქში", "ქალაქის მერმა დღეს ახალი პარკი გახსნა. მისი თქმით, პარკი დილიდან საღამომდე ყველასთვის ღია იქნება."),
    "hy": ("Նոր այգի քաղաքում", "Քաղաքապետն այսօր նոր այգի բացեց։ Նրա խոսքով՝ այգին բաց կլինի բոլորի համար առավոտից երեկո։"),
}


@pytest.mark.parametrize("code", sorted(SCRIPT_ARTICLES))
def test_an_article_in_a_script_of_one_language_has_that_language(code):
    headline, paragraph = SCRIPT_ARTICLES[code]
    for text in layouts(headline, paragraph):
        assert Document(text).language.code == code
        assert codes(text, ("ML",)) == []
    for text in layouts(headline, paragraph + " " + ENGLISH):
        assert codes(text, ("ML",)) == ["ML101"]


# -- ML102: quotations and spans -------------------------------------------------------------


@pytest.mark.parametrize("text", layouts(
    "Premiere in Berlin",
    "Der Regisseur sprach nach der Vorführung lange mit dem Publikum. Auf Englisch sagte er dann: „We wanted to show them as they were. We did not want to judge anyone.“",
    "Der Film kommt im Herbst in die deutschen Kinos.",
))
def test_a_quotation_whose_sentence_names_its_language_is_not_reported(text):
    assert codes(text, ("ML102",)) == []


@pytest.mark.parametrize("text", layouts(
    "Visite à Paris",
    "L'architecte britannique a présenté lundi son projet pour la nouvelle gare, devant les élus de la région.",
    "Interrogé sur le choix du verre, il a répondu simplement : « We wanted the light to come in from every side. » Les élus ont applaudi.",
))
def test_a_quotation_after_a_paragraph_naming_the_speakers_nation_is_not_reported(text):
    assert codes(text, ("ML102",)) == []


@pytest.mark.parametrize("text", layouts(
    "Städte und Mieten",
    "Die Mieten in den großen Städten sind im vergangenen Jahr erneut gestiegen, teilte das Bundesamt mit.",
    # Nobody is said to have said it (a speaker's quotation is quoted speech: tests/test_ml_trial12.py).
    "Auf dem Plakat vor dem Ministerium stand am Montag „We will not let the market decide everything. We will act this year.“ Dann ging er.",
))
def test_an_unintroduced_english_quotation_is_one_finding_with_its_first_word(text):
    results = found(text, ("ML102",))
    assert len(results) == 1
    assert results[0][1].startswith("We will not")


@pytest.mark.parametrize("text", layouts(
    "A night of old records",
    "The bar plays vinyl only: Jacques Brel's Ne me quitte pas follows a set of soul singles most evenings.",
    "The owner says the collection has taken him thirty years to build.",
))
def test_a_foreign_title_after_a_possessive_is_not_reported(text):
    assert codes(text, ("ML102",)) == []


@pytest.mark.parametrize("text", layouts(
    "Pension reform",
    "The government said on Monday that the reform would pass before the summer recess. El gobierno dijo que la reforma sería aprobada pronto por el parlamento.",
))
def test_a_spanish_sentence_left_in_an_english_article_keeps_its_first_word(text):
    results = found(text, ("ML102",))
    assert len(results) == 1 and results[0][1].startswith("El gobierno")


# -- TX misses: a bare number at the end, a German noun glued at its capital ------------------


@pytest.mark.parametrize("text", layouts(
    "Legge di bilancio",
    "Il governo ha presentato lunedì la nuova legge di bilancio, che prevede tagli alle tasse per le famiglie.",
    "Le opposizioni hanno annunciato emendamenti e chiesto più fondi per la sanità pubblica nelle regioni.",
    "Il testo passa ora al Senato, che dovrà votarlo in via definitiva entro il 28",
))
def test_an_article_cut_at_a_bare_number_is_truncated(text):
    assert ("TX112", "28", None) in found(text, ("TX112",))


@pytest.mark.parametrize("text", layouts(
    "Results",
    "The club's membership rose again this year, the treasurer told the annual meeting on Tuesday.",
    "Final table",
    "Points scored this season by the first team 412",
))
def test_a_short_last_line_ending_in_a_number_stays_clean(text):
    # the last line is a label with a figure, not prose the others show was cut
    assert codes(text, ("TX112",)) == []


@pytest.mark.parametrize("text", layouts(
    "Premiere im Stadttheater",
    "Das Publikum dankte den Schauspielern am Ende mit langemApplaus und vielen Blumen auf der Bühne.",
    "Die Fluggesellschaft easyJet und die Marke iPhone wurden in der Pause beworben, sagte der Intendant.",
))
def test_a_german_noun_glued_at_its_capital_is_split_and_brands_are_not(text):
    results = found(text, ("TX102",))
    assert results == [("TX102", "langemApplaus", "langem Applaus")]


@pytest.mark.parametrize("text", layouts(
    "Pharmacy advice",
    "Pharmacists say that takingpills with an empty stomach is the most common mistake they see in winter.",
    "They advise patients to read the leaflet and ask at the counter when in doubt.",
))
def test_an_english_gerund_glued_to_its_object_is_split(text):
    assert ("TX102", "takingpills", "taking pills") in found(text, ("TX102",))


@pytest.mark.parametrize("text", layouts(
    "Beginnings and endings",
    "The weekend's fundraising and the morning's shoppingbags appeal raised more than expected, organisers said.",
))
def test_a_gerund_compound_the_word_list_knows_is_left_alone(text):
    # "fundraising" is a word; "shoppingbags" splits (shopping bags), but only as a gerund and a common plural
    assert [flagged for _, flagged, _ in found(text, ("TX102",))] == ["shoppingbags"]


# -- TX101 in scripts without capitals ---------------------------------------------------------


@pytest.mark.parametrize("text", layouts(
    "أخبار الاقتصاد",
    "قال مراسل بي بي سي إن الأسواق بقيت هادئة يوم الاثنين، بينما نقلت شبكة سي إن إن عن مسؤولين أن المحادثات ستستمر.",
    "وأضاف المسؤول أن الحكومة ستعلن عن خطتها في في الأسبوع المقبل بعد اجتماع الوزراء.",
))
def test_arabic_acronyms_spelt_out_are_not_doubled_words_and_a_slip_gets_no_fix(text):
    results = found(text, ("TX101",))
    assert results == [("TX101", "في في", None)]


@pytest.mark.parametrize("text", layouts(
    "Porträt einer Autorin",
    "Sie war eine Frau, die die Sprache ihrer Heimat liebte, und der Mann, der der Stadt das Haus schenkte, war ihr Bruder.",
    "Die Ausstellung über beide läuft bis März und und ist täglich von zehn bis achtzehn Uhr geöffnet.",
))
def test_german_relative_pronoun_doubles_stay_clean_and_a_slip_does_not(text):
    assert [flagged for _, flagged, _ in found(text, ("TX101",))] == ["und und"]


@pytest.mark.parametrize("text", layouts(
    "Rencontre à Lyon",
    "Nous nous sommes rencontrés à Lyon il y a dix ans, raconte-t-elle, et vous vous en souvenez sans doute.",
    "Le festival a lieu chaque année au mois de juin dans le centre de la ville.",
))
def test_french_reflexive_doubles_stay_clean(text):
    assert codes(text, ("TX101",)) == []
