"""Trial 12's TX items, on text written for these tests: TX112 judges the last
paragraph of caseless scripts (Hindi, Korean, Arabic) and a Japanese one
stopping on 「…」と, lets a headline-shaped teaser and a label glued after a
sentence end stand among the other paragraphs, and stays silent on a last
line that is furniture (a Markdown image's credit, a row of links) and
names a label after the last sentence as one; TX110 finds a word joined to
itself four times, a long clause and a Chinese clause said again after a
comma, and a noun phrase doubled at its clause's end; TX102 finds Russian
words glued at a reflexive ending or after a very common word; TX113 finds
a word broken by a hyphen; and the clean text around each, in both layouts."""
from __future__ import annotations

import pytest

from lint_support import flagged_spans, in_both_layouts


def tx112(text: str) -> list[str]:
    return [span for code, span in flagged_spans(text, ("TX112",))]


# -- TX112: caseless scripts ----------------------------------------------------------

HINDI_OTHERS = (
    "पुणे में नया पुल खुला",
    "नगर निगम ने शनिवार को नदी पर बने नए पुल को यातायात के लिए खोल दिया है।",
    "इस पुल के बनने से शहर के पूर्वी हिस्से में जाम कम होने की उम्मीद है।",
)


@pytest.mark.parametrize("text", in_both_layouts(*HINDI_OTHERS, "अधिकारियों ने बताया कि दूसरा पुल अगले साल मार्च तक पूरा"))
def test_hindi_last_paragraph_without_danda_is_cut(text):
    assert tx112(text) == ["पूरा"]


@pytest.mark.parametrize("text", in_both_layouts(*HINDI_OTHERS, "दूसरे पुल का काम अगले साल"))
def test_hindi_last_paragraph_short_of_prose_is_not_judged(text):
    assert tx112(text) == []  # six words: a headline or a label as often


@pytest.mark.parametrize("text", in_both_layouts(*HINDI_OTHERS, "दूसरे पुल का काम अगले महीने शुरू होगा और"))
def test_hindi_last_paragraph_on_a_conjunction_is_cut(text):
    assert tx112(text) == ["और"]


@pytest.mark.parametrize(
    "last",
    [
        # A sentence that lost only its danda: it ends on its verb.
        "अधिकारियों ने बताया कि दूसरा पुल अगले साल मार्च तक पूरा हो जाएगा",
        "अधिकारियों के अनुसार पुल पर रोज़ करीब बीस हज़ार वाहन चलते हैं",
        "अधिकारियों ने बताया कि दूसरा पुल अगले साल मार्च तक बनकर तैयार होगा।",
    ],
)
def test_hindi_sentence_ends_are_clean(last):
    for text in in_both_layouts(*HINDI_OTHERS, last):
        assert tx112(text) == []


def test_hindi_word_ending_the_articles_sentences_is_clean():
    # "उम्मीद" stands before a danda in another paragraph: sentences end on it here.
    text = "\n\n".join(
        (*HINDI_OTHERS[:2], "इस पुल से पूर्वी हिस्से में जाम कम होने की पूरी उम्मीद।",
         "व्यापारियों को भी इससे कारोबार बढ़ने की उम्मीद")
    ) + "\n"
    assert tx112(text) == []


KOREAN_OTHERS = (
    "부산 버스 노선 개편",
    "부산시는 다음 달부터 시내버스 노선 열두 개를 새로 조정한다고 밝혔다.",
    "시는 출퇴근 시간대 배차 간격을 줄이는 데 중점을 두었다.",
)


@pytest.mark.parametrize("text", in_both_layouts(*KOREAN_OTHERS, "시는 개편안에 대한 시민들의 의견을"))
def test_korean_last_paragraph_on_an_object_particle_is_cut(text):
    assert tx112(text) == ["의견을"]


@pytest.mark.parametrize("text", in_both_layouts(*KOREAN_OTHERS, "시는 다음 주 공청회에서 시민 의견을 듣는다"))
def test_korean_sentence_without_its_stop_is_clean(text):
    assert tx112(text) == []


@pytest.mark.parametrize("text", in_both_layouts(*KOREAN_OTHERS, "사진 제공 부산시 교통국"))
def test_korean_short_credit_is_clean(text):
    assert tx112(text) == []


@pytest.mark.parametrize(
    "text",
    in_both_layouts("부산 버스 노선 개편", "버스 노선 열두 개 조정", "시민 의견 수렴 계획", "시는 개편안에 대한 시민들의 의견을"),
)
def test_korean_particle_among_headlines_is_clean(text):
    # No other paragraph ends with a mark: a list of headlines, which may drop their verb.
    assert tx112(text) == []


ARABIC_OTHERS = (
    "افتتاح جسر جديد في عمان",
    "افتتحت أمانة عمان يوم السبت جسرا جديدا فوق الطريق الدائري الرئيسي في العاصمة.",
    "وقال مسؤولون إن الجسر سيخفف من الازدحام المروري في ساعات الذروة بشكل كبير.",
)


@pytest.mark.parametrize("text", in_both_layouts(*ARABIC_OTHERS, "ومن المتوقع أن يبدأ العمل على الجسر الثاني في"))
def test_arabic_last_paragraph_on_a_preposition_is_cut(text):
    assert tx112(text) == ["في"]


@pytest.mark.parametrize("text", in_both_layouts(*ARABIC_OTHERS, "ومن المتوقع أن يبدأ العمل على الجسر الثاني في الربيع المقبل."))
def test_arabic_sentence_is_clean(text):
    assert tx112(text) == []


# -- TX112: Japanese 「…」と ------------------------------------------------------------

JAPANESE_OTHERS = (
    "札幌で路面電車延伸へ",
    "札幌市は、路面電車の路線を駅の北側まで延ばす計画をまとめた。",
    # A paragraph that lost only its 。 still ends on its predicate.
    "市は来年度に設計を始める方針で、開業は二〇三〇年ごろを見込んでいる",
)


@pytest.mark.parametrize("text", in_both_layouts(*JAPANESE_OTHERS, "市の担当者は「冬でも使いやすい交通にしたい」と"))
def test_japanese_quotation_and_quotative_particle_is_cut(text):
    assert tx112(text) == ["と"]


@pytest.mark.parametrize("text", in_both_layouts(*JAPANESE_OTHERS, "市の担当者は「冬でも使いやすい交通にしたい」と話した。"))
def test_japanese_quotation_with_its_verb_is_clean(text):
    assert tx112(text) == []


# -- TX112: what the other paragraphs show ------------------------------------------

@pytest.mark.parametrize(
    "text",
    in_both_layouts(
        "Ferry operator orders new vessels",
        "A ferry operator in the Western Isles has ordered two new vessels for its busiest routes.",
        "The company said the ships would carry more cars and run on cleaner fuel from 2028.",
        "Best budget laptops for students: our guide to this season's offers",
        "The first vessel is expected to enter service in the spring of 2028, the company said in a brief",
    ),
)
def test_headline_shaped_teaser_is_no_unmarked_paragraph(text):
    assert tx112(text) == ["brief"]


@pytest.mark.parametrize(
    "text",
    in_both_layouts(
        "Ferry operator orders new vessels",
        "A ferry operator in the Western Isles has ordered two new vessels for its busiest routes",
        "The company said the ships would carry more cars, and run on cleaner fuel from 2028",
        "The first vessel is expected to enter service in the spring of 2028, the company said in a brief",
    ),
)
def test_article_whose_paragraphs_lack_marks_is_not_judged(text):
    assert tx112(text) == []


@pytest.mark.parametrize(
    "text",
    in_both_layouts(
        "Ankara'da yeni metro hattı",
        "Ankara Büyükşehir Belediyesi yeni metro hattının temelini cumartesi günü attı.",
        "Hattın iki yıl içinde tamamlanması bekleniyor.",
        "Yolcular, hattın trafiği önemli ölçüde azaltacağını düşünüyor. Haberi paylaş",
        "Belediye başkanı, projenin finansmanı için bakanlıkla görüşmelerin sürdüğünü",
    ),
)
def test_label_glued_after_a_sentence_end_counts_as_a_marked_end(text):
    assert tx112(text) == ["sürdüğünü"]


# -- TX112: a last line of furniture -------------------------------------------------

FURNITURE_OTHERS = (
    "Schwimmbäder öffnen früher",
    "Wegen des warmen Wetters öffnen die Hamburger Schwimmbäder in diesem Jahr schon im April.",
    "Die Bäderbetriebe haben nach eigenen Angaben genug Personal für alle Standorte gefunden.",
)


@pytest.mark.parametrize(
    "last",
    [
        "![](https://example.org/bilder/freibad-eingang.jpg) Bild: picture alliance",
        "Teilen auf Facebook Teilen auf Mastodon Link kopieren",
    ],
)
def test_furniture_last_line_is_not_reported_as_a_cut_sentence(last):
    for text in in_both_layouts(*FURNITURE_OTHERS, last):
        assert tx112(text) == []


def test_label_after_the_last_sentence_is_reported_as_a_label():
    from newslint import Linter

    for text in in_both_layouts(*FURNITURE_OTHERS, "Alle Bäder haben täglich bis acht Uhr abends geöffnet. Mehr erfahren"):
        (finding,) = Linter(select=["TX112"]).lint_text(text)
        assert finding.flagged_text == "Mehr erfahren"
        assert "label after its last sentence" in finding.message and "mid-sentence" not in finding.message


@pytest.mark.parametrize(
    "last",
    [
        # A sentence cut after a long last sentence, and one on a function word, are still cut.
        "Alle Bäder haben geöffnet. Die Eintrittspreise bleiben nach Angaben der Stadt auf dem Stand des",
        "Die Eintrittspreise bleiben nach Angaben der Bäderbetriebe auf dem Stand des vergangenen Jahres, sagte ein sprecher",
    ],
)
def test_cut_sentences_beside_furniture_are_still_found(last):
    for text in in_both_layouts(*FURNITURE_OTHERS, last):
        assert len(tx112(text)) == 1


# -- TX110: a word joined to itself, a long clause twice, a CJK clause twice --------------

def tx110(text: str) -> list[str]:
    return [span for code, span in flagged_spans(text, ("TX110",))]


def test_word_joined_to_itself_four_times_is_a_loop():
    for text in in_both_layouts("Mine closure", "Miners said the offer was poor and poor and poor and poor, the union said."):
        assert tx110(text) == ["and poor and poor and poor"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose more and more each month.",
        "The talks went on and on and on without a result.",
        "Queues grew longer and longer and longer through the day.",
        "She read the letter again and again and again and again.",  # "again" is allowed
        '"It was cold and cold and cold and cold," she sang.',  # one more copy inside a quotation
    ],
)
def test_idioms_of_two_and_emphasis_of_three_are_clean(sentence):
    for text in in_both_layouts("Weather", sentence):
        assert tx110(text) == []


def test_long_clause_said_twice_after_a_comma_is_a_loop():
    clause = "las obras de ampliación del puerto deportivo de la ciudad de Valencia durante el invierno"
    assert len(clause.split()) > 10  # longer than the old window
    for text in in_both_layouts("Puerto", f"El ayuntamiento aprobó {clause}, {clause}."):
        assert tx110(text) == [clause]


def test_chinese_clause_said_twice_after_a_comma_is_a_loop():
    for text in in_both_layouts("杭州马拉松", "比赛当天，数万名跑者从武林广场出发，沿西湖跑完全程，沿西湖跑完全程。"):
        assert tx110(text) == ["，沿西湖跑完全程"]


@pytest.mark.parametrize(
    "sentence",
    [
        "观众高喊“中国加油，中国加油”，气氛热烈。",  # quoted
        "他说好的，好的，马上就来。",  # short
        "记者问他是否满意，他说满意，但还要努力。",  # different clauses
    ],
)
def test_chinese_short_or_quoted_repeats_are_clean(sentence):
    for text in in_both_layouts("杭州马拉松", sentence):
        assert tx110(text) == []


def test_two_word_phrase_doubled_at_a_clauses_end_is_a_loop():
    for text in in_both_layouts("Schools", "The council will publish the results for every school, every school."):
        assert tx110(text) == ["every school"]


@pytest.mark.parametrize(
    "sentence",
    [
        "For each ward, each ward elects three councillors.",  # the copy begins the next clause
        "Prices fell bit by bit, bit by bit.",  # an idiom
        "They sang New York, New York until dawn.",  # a title
        "He said no, no, and walked off; it was very, very cold.",
        'The crowd shouted "come on, come on" at the players.',
    ],
)
def test_doubled_short_phrases_that_are_speech_idioms_or_titles_are_clean(sentence):
    for text in in_both_layouts("Schools", sentence):
        assert tx110(text) == []


# -- TX102: Russian seams --------------------------------------------------------------

def tx102(text: str) -> list[str]:
    return [span for code, span in flagged_spans(text, ("TX102",))]


@pytest.mark.parametrize(
    "sentence, glued",
    [
        # A reflexive verb ends its word at -ся: what follows is another word.
        ("Решение принималосьправительством в закрытом режиме.", "принималосьправительством"),
        # One of the commonest words glued before a common one.
        ("Причины аварии сейчасизучают специалисты комиссии.", "сейчасизучают"),
    ],
)
def test_russian_glued_words_at_new_seams(sentence, glued):
    for text in in_both_layouts("Новости", "В среду в городе прошло заседание комиссии.", sentence):
        assert tx102(text) == [glued]


@pytest.mark.parametrize(
    "sentence",
    [
        "Малоизвестными авторами занимается небольшое издательство.",  # мало- links a compound
        "Самоорганизующихся групп в городе становится больше.",
        "Развивающегося рынка ждали многие инвесторы.",
    ],
)
def test_russian_compounds_and_participles_are_clean(sentence):
    for text in in_both_layouts("Новости", "В среду в городе прошло заседание комиссии.", sentence):
        assert tx102(text) == []


def test_verb_phrase_said_again_after_a_comma_is_clean():
    # Whoever waits for us, waits for us: a figure of speech, not a loop.
    for text in in_both_layouts("Proverbe", "Il dit que celui qui nous écoute, nous écoute."):
        assert tx110(text) == []


# -- TX113: a word broken by a hyphen inside a line ---------------------------------

def tx113(text: str) -> list[str]:
    return [span for code, span in flagged_spans(text, ("TX113",))]


@pytest.mark.parametrize(
    "sentence, broken",
    [
        ("Der Stadtrat vertagte die Abstim-mung über den Haushalt auf Dezember.", "Abstim-mung"),
        ("The inves- tigation into the collapse of the bridge will report in March.", "inves- tigation"),
        ("El ayuntamiento anunció la construc-ción de un nuevo puente sobre el río.", "construc-ción"),
    ],
)
def test_word_broken_by_a_hyphen_is_found(sentence, broken):
    for text in in_both_layouts("Nachrichten", sentence, "Die Entscheidung fiel am Abend."):
        assert tx113(text) == [broken]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials in Baden-Württemberg sent an e-mail about the non-profit group's re-election.",
        "Staff co-operate with the x-ray unit; my mother-in-law compared 2010-2020 figures.",
        "Pre- and post-war records show a long-term rise in self-employed and part-time work.",
        "Die Kinder- und Jugendhilfe lobte die Software-Entwickler aus Rheinland-Pfalz.",
        "La reunión franco-alemana analizó la política socio-económica del país.",
    ],
)
def test_compounds_names_ranges_and_suspended_hyphens_are_clean(sentence):
    for text in in_both_layouts("News", sentence, "The meeting ended in the evening."):
        assert tx113(text) == []


def test_broken_word_fix_joins_it():
    from newslint import Linter

    text = "News\n\nThe govern- ment said the plan was ready.\n"
    (finding,) = Linter(select=["TX113"]).lint_text(text)
    assert (finding.flagged_text, finding.suggestion) == ("govern- ment", "government")
