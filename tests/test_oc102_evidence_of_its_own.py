"""OC102's lone-line tests (lone_line after the body, lone_between between
paragraphs) on another story's line that says by itself what it is,
without a name of its own: a match's result dropped into an unrelated
article (a score given nowhere else: "…beat … 3-1", "…با نتیجه ۲-۰…"), in
any script, and, where a name cannot be told from a word, a sentence that
opens on another thread of the news ("한편", "与此同时", "في خبر آخر") and
shares nothing.  Ten languages for the results (five written without
capitals), six for the connectives, each article tried in both layouts (a
blank line between paragraphs, and none), and the clean text nearest to
it: a sports report's own score, a range, a clock time, a model's number, a
subheading, a line of background, a quotation, a caption, and the
article's own line opening on the same connective.  Every text here was
written for these tests."""
import pytest

from newslint import Document, Linter
from newslint.rules.out_of_context import lone_line

LAYOUTS = ("\n\n", "\n")
LAYOUT_IDS = ("blank", "noblank")


@pytest.fixture(scope="module")
def oc102():
    return Linter(select=["OC102"])


def _text(blocks, separator):
    return separator.join(blocks) + "\n"


def _line_number(index, separator):
    return index * (2 if separator == "\n\n" else 1) + 1


def _lines(linter, blocks, separator):
    return [d.line for d in linter.lint_text(_text(blocks, separator))]


ARTICLES = {
    "de": [
        "Stadtbibliothek in Kornfeld öffnet nach dem Umbau wieder",
        "Die Stadtbibliothek in Kornfeld hat nach einem Jahr Umbau am Montag wieder geöffnet.",
        "Die Bibliothek bietet nun einen Lesesaal mit sechzig Plätzen und längere Öffnungszeiten.",
        "Der Umbau der Bibliothek kostete die Stadt Kornfeld rund drei Millionen Euro.",
        "Im neuen Lesesaal der Bibliothek gibt es eigene Arbeitsplätze für Schüler.",
        "Die Leiterin der Bibliothek rechnet mit vielen Besuchern im neuen Lesesaal.",
    ],
    "it": [
        "Riapre il mercato coperto di Valdorso dopo i lavori",
        "Il mercato coperto di Valdorso ha riaperto sabato dopo otto mesi di lavori al tetto.",
        "Nel mercato coperto sono tornati ventidue banchi di frutta, pesce e formaggi.",
        "I lavori al tetto del mercato sono costati al comune circa un milione di euro.",
        "I commercianti del mercato hanno accolto i clienti con assaggi di formaggi locali.",
        "Il comune ha rifatto anche i bagni e l'impianto elettrico del mercato coperto.",
    ],
    "nl": [
        "Nieuwe fietsbrug over de Linge geopend",
        "De nieuwe fietsbrug over de Linge bij Heukelum is dinsdag geopend voor fietsers.",
        "De fietsbrug is tweehonderd meter lang en verbindt twee fietsroutes langs de Linge.",
        "Fietsers hoeven voor de oversteek van de Linge nu niet meer om te rijden.",
        "De bouw van de fietsbrug kostete de provincie ruim vier miljoen euro.",
        "Op de eerste dag reden honderden fietsers over de nieuwe brug over de Linge.",
    ],
    "sv": [
        "Ny vårdcentral öppnar i Ljungby",
        "En ny vårdcentral har öppnat i centrala Ljungby efter två års byggande.",
        "Vårdcentralen har plats för sex läkare och en egen barnavårdscentral.",
        "Regionen räknar med att vårdcentralen får omkring åttatusen listade patienter.",
        "Patienter i Ljungby har länge fått vänta på tider hos läkare på vårdcentralen.",
        "Vårdcentralen har öppet alla vardagar och en jourmottagning på helgerna.",
    ],
    "vi": [
        "Khánh thành cầu mới qua sông Trà Khúc",
        "Cây cầu mới bắc qua sông Trà Khúc đã được khánh thành vào sáng thứ Bảy.",
        "Cầu dài gần một cây số và có bốn làn xe cho ô tô và xe máy.",
        "Người dân hai bên sông không còn phải đi đò qua sông Trà Khúc như trước.",
        "Tổng vốn đầu tư cho cây cầu mới khoảng năm trăm tỷ đồng.",
        "Trong ngày khánh thành, hàng nghìn người dân đã đi bộ qua cầu mới.",
    ],
    "ar": [
        "افتتاح المكتبة العامة الجديدة في مدينة الزرقاء",
        "افتتحت بلدية الزرقاء اليوم المكتبة العامة الجديدة بعد عامين من أعمال البناء.",
        "وتضم المكتبة أكثر من أربعين ألف كتاب وقاعة مطالعة تتسع لمئة قارئ.",
        "وقال رئيس البلدية إن المكتبة العامة ستفتح أبوابها للقراء طوال أيام الأسبوع.",
        "وخصصت البلدية في المكتبة الجديدة جناحا لكتب الأطفال وقاعة للحاسوب.",
        "وبلغت كلفة بناء المكتبة العامة نحو مليوني دينار من ميزانية البلدية.",
    ],
    "fa": [
        "بیمارستان تازه شهر کاشان افتتاح شد",
        "بیمارستان تازه شهر کاشان روز دوشنبه با حضور وزیر بهداشت افتتاح شد.",
        "این بیمارستان دویست تخت دارد و بخش اورژانس بیمارستان شبانه‌روز باز است.",
        "مدیر بیمارستان گفت پزشکان متخصص از هفته آینده در بیمارستان کار می‌کنند.",
        "ساخت بیمارستان کاشان هفت سال طول کشید و هزینه بیمارستان را دولت پرداخت.",
        "مردم کاشان پیش از این برای درمان به بیمارستان‌های شهرهای دیگر می‌رفتند.",
    ],
    "he": [
        "גן ציבורי חדש נפתח במרכז חולון",
        "עיריית חולון פתחה השבוע את הגן הציבורי החדש במרכז העיר.",
        "הגן הציבורי החדש כולל מגרש משחקים לילדים ושבילי הליכה מוצלים.",
        "העירייה נטעה בשטח הגן הציבורי יותר משלוש מאות עצים ושיחים.",
        "ראש העירייה אמר כי הגן הציבורי יהיה פתוח לתושבים בכל שעות היום.",
        "תושבי חולון ביקשו במשך שנים גן ציבורי גדול במרכז העיר.",
    ],
    "hi": [
        "रामपुर गांव में नया सरकारी स्कूल खुला",
        "रामपुर गांव में सोमवार को नया सरकारी स्कूल खुल गया है।",
        "इस सरकारी स्कूल में आठवीं कक्षा तक के तीन सौ बच्चे पढ़ेंगे।",
        "स्कूल की नई इमारत में दस कक्षाएं और एक पुस्तकालय बनाया गया है।",
        "गांव के लोगों ने कहा कि बच्चों को अब दूसरे गांव के स्कूल नहीं जाना पड़ेगा।",
        "स्कूल के प्रधानाध्यापक ने बताया कि बच्चों को स्कूल में दोपहर का भोजन भी मिलेगा।",
    ],
    "zh": [
        "城东新图书馆正式开放",
        "城东新图书馆于周六正式向市民开放，首日接待读者三千余人。",
        "新图书馆共有五层，藏书约四十万册，并设有儿童阅览区。",
        "图书馆负责人介绍，读者可以凭身份证免费办理借书证。",
        "新图书馆每天开放十二个小时，周一闭馆整理图书。",
        "不少市民表示，新图书馆环境安静，适合周末带孩子来阅读。",
    ],
    "ja": [
        "駅前に新しい市民プールが完成",
        "駅前に建設されていた市民プールが完成し、土曜日から一般に公開される。",
        "市民プールには長さ二十五メートルのコースが八つあり、子ども用のプールも備える。",
        "市によると、市民プールの建設費は約十五億円だった。",
        "市民プールは午前九時から午後九時まで利用でき、料金は大人四百円。",
        "市は市民プールで子ども向けの水泳教室も開く予定だ。",
    ],
    "ko": [
        "강변 보행교 개통 첫 주말 시민 발길",
        "시는 강변을 잇는 새 보행교를 지난 주말 개통했다고 밝혔다.",
        "보행교는 길이 삼백 미터로 자전거와 보행자가 함께 이용할 수 있다.",
        "시민들은 개통 첫날부터 보행교를 건너며 강변 풍경을 즐겼다.",
        "시는 보행교 양쪽에 쉼터와 조명을 설치해 밤에도 강변을 걸을 수 있게 했다.",
        "보행교 건설에는 모두 이백억 원의 시 예산이 들었다.",
    ],
}

# Another story's result, worded as each kind of line: "between" a sentence
# put after the article's third paragraph, "last" a sentence as the body's
# last line, "headline" another story's headline after the body.
RESULTS = {
    "de": ("between", "Der FC Wendlingen gewann das Derby gegen Borussia Altheim mit 3:1."),
    "it": ("headline", "Il Castelmonte travolge la Rivazzurra 4-0 e vola in testa"),
    "nl": ("last", "In de eredivisie won Zwartewater zondag met 2-0 van Heidekamp."),
    "sv": ("between", "Norrviks IF slog Sjöbacka med 2–1 i seriefinalen på söndagskvällen."),
    "vi": ("last", "Đội Thanh Hóa thắng Bình Định 3-2 ở vòng đấu cuối của giải hạng nhất."),
    "ar": ("between", "فاز نادي الشروق على ضيفه نادي الواحة بنتيجة 3-1 في الدوري الممتاز."),
    "fa": ("last", "تیم فولاد در لیگ برتر با نتیجه ۲-۰ مقابل نساجی پیروز شد."),
    "he": ("headline", "הפועל חדרה גברה על בני סכנין 2-1 בליגת העל"),
    "hi": ("between", "क्रिकेट में मुंबई ने चेन्नई को 4-1 से हराकर श्रृंखला अपने नाम की।"),
    "ko": ("last", "프로축구 리그 경기에서 대전이 수원을 3-1로 꺾고 선두에 올랐다."),
}


def _placed(language, line, short=False):
    """The article with the line put where RESULTS says, and its index;
    ``short``: between four paragraphs only (the headline's, then three
    above the line and one below), where a line of no result is not judged."""
    blocks = ARTICLES[language]
    where, _ = RESULTS[language]
    if where == "between":
        return blocks[:4] + [line] + blocks[4 : 5 if short else None], 4
    return blocks + [line], len(blocks)


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("language", sorted(RESULTS))
def test_another_storys_match_result_alone_is_reported(oc102, separator, language):
    blocks, index = _placed(language, RESULTS[language][1])
    assert _lines(oc102, blocks, separator) == [_line_number(index, separator)]
    # Between paragraphs, in a shorter article too: the result says by
    # itself what it is.
    blocks, index = _placed(language, RESULTS[language][1], short=True)
    assert _lines(oc102, blocks, separator) == [_line_number(index, separator)]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("language", sorted(RESULTS))
def test_the_articles_alone_stay_clean(oc102, separator, language):
    assert _lines(oc102, ARTICLES[language], separator) == []


# The clean text nearest to it, put where the result stood: lines of the
# article's own that share little or nothing with it, some with two
# figures joined by a dash or a colon that are no match's result.
OWN_LINES = {
    # A range, its smaller figure first.
    "de": "Führungen durch das Haus dauern 30-45 Minuten und sind kostenlos.",
    # A subheading.
    "it": "Orari e parcheggi",
    # A clock time.
    "nl": "Tussen 7:30 en 9:00 is het op werkdagen het drukst op het fietspad.",
    # A line of background.
    "sv": "Den gamla mottagningen byggdes på sextiotalet och revs förra våren.",
    # A quotation on its own line.
    "vi": "\"Chúng tôi đã chờ đợi ngày này hơn hai mươi năm,\" một người dân nói.",
    # A quotation on its own line, in guillemets.
    "ar": "«هذا يوم سعيد لكل أهل المدينة»، قال أحد السكان.",
    # A model's number.
    "fa": "دستگاه تصویربرداری مدل 737-8 از آلمان خریداری شده است.",
    # A caption.
    "he": "ילדים משחקים במגרש החדש ביום הפתיחה",
    # A line of background.
    "hi": "पहले यहां केवल पांचवीं कक्षा तक का एक छोटा स्कूल था।",
    # A caption.
    "ko": "개통식에 참석한 주민들이 다리 위에서 기념사진을 찍고 있다.",
}


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("language", sorted(OWN_LINES))
def test_the_articles_own_lines_stay_clean(oc102, separator, language):
    blocks, _ = _placed(language, OWN_LINES[language])
    assert _lines(oc102, blocks, separator) == []


# A sports report's own result, given in its headline and again alone
# between its paragraphs and at its end: the result of the story itself.
MATCH_REPORT = [
    "Rivazzurra batte il Castelmonte 2-1 al Comunale",
    "La Rivazzurra ha battuto il Castelmonte per 2-1 domenica pomeriggio davanti a tremila tifosi.",
    "Il Castelmonte era passato in vantaggio con un colpo di testa nel primo tempo.",
    "Nella ripresa la Rivazzurra ha pareggiato su rigore e poi segnato il gol della vittoria.",
    "Finisce 2-1 per la Rivazzurra, che sale al terzo posto in classifica.",
    "L'allenatore della Rivazzurra ha lodato la reazione della squadra nella ripresa.",
    "Il Castelmonte giocherà la prossima partita in casa contro il Borgoverde.",
]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_match_reports_own_result_stays_clean(oc102, separator):
    assert _lines(oc102, MATCH_REPORT, separator) == []
    assert _lines(oc102, MATCH_REPORT[:-1] + ["Risultato finale: Rivazzurra 2-1 Castelmonte"], separator) == []


@pytest.mark.parametrize(
    "text, scores",
    [
        ("Maccabi beat Hapoel 85-79 in the final", ["85-79"]),
        ("Leverkusen siegt 3:0 (1:0) gegen Bayern", ["3:0", "1:0"]),
        ("It ended 0-0 at half-time", ["0-0"]),
        ("تیم با نتیجه ۲-۰ پیروز شد", ["۲-۰"]),
        # No match's result: a range, a model's number, a clock time, a
        # date, a phone number, a page range.
        ("Bake for 30-35 minutes", []),
        ("its ATR 72-600 and 737-8 aircraft", []),
        ("open from 16:00 to 9:30", []),
        ("rain until 8/9", []),
        ("call 026-555 12 40", []),
        ("pages 112–129", []),
        # A vote, a ratio or a model's number with its letters (review20b).
        ("The scheme passed 7-2 in a vote on Monday", []),
        ("Der Rat stimmte mit 15:4 Stimmen zu", []),
        ("평균 경쟁률은 22:1로 집계됐다", []),
        ("La sentencia se adoptó por 7-2 votos", []),
        ("its Airbus A330-200 fleet", []),
    ],
)
def test_scores(text, scores):
    assert lone_line._scores(text) == scores


def test_a_result_is_another_storys_only_when_the_article_gives_no_other():
    blocks = ARTICLES["de"] + ["Der FC Wendlingen gewann das Derby gegen Borussia Altheim mit 3:1."]
    document = Document(_text(blocks, "\n"))
    assert lone_line.lone_match_result(document) == len(blocks)
    twice = Document(_text(blocks[:2] + ["Im Hinspiel hatte es 2:0 gestanden."] + blocks[2:], "\n"))
    assert lone_line.lone_match_result(twice) is None


# Another story's sentence opening on a connective of another thread of the
# news, where names cannot be told from words: put after the article's
# third paragraph (between) or as its last line.
# Only words that say the news is another story's ("in other news") are
# evidence of their own: "meanwhile" and "on the other hand" (한편, 与此同时,
# 一方、, בינתיים) open an article's own next point in new words as often
# (review20b), and such a line stays clean without a name or a result.
OTHER_THREADS = {
    "ar": ("between", "وفي خبر آخر، أعلنت وزارة الزراعة عن موسم قياسي لحصاد الزيتون في الشمال."),
    "fa": ("last", "در خبری دیگر، قیمت طلا در بازار تهران برای سومین روز پیاپی کاهش یافت."),
}
MEANWHILE_THREADS = {
    "he": ("between", "בינתיים, בנמל אשדוד נפרקה אונייה עם שלושת אלפים מכוניות חדשות."),
    "ko": ("between", "한편 올해는 개화 시기가 예년보다 일주일가량 빨라 상인들이 준비를 서두르고 있다."),
    "zh": ("between", "与此同时，南方多个省份迎来强降雨，部分河流水位上涨。"),
    "ja": ("between", "一方、夜間の人件費がかさみ、運営団体は入場料の見直しを検討している。"),
}
# The article's own line opening on the same connective: it goes on with
# the article's subject, in its words.
OWN_THREADS = {
    "ar": "وفي سياق آخر، قالت البلدية إن المكتبة العامة ستنظم أمسيات للقراءة.",
    "fa": "در همین حال، بیمارستان کاشان برای بخش اورژانس پرستار تازه استخدام می‌کند.",
    "he": "במקביל, העירייה תקים בגן הציבורי פינת כושר לתושבי חולון.",
    "ko": "한편 시는 보행교 주변에 자전거 대여소도 새로 만들 계획이다.",
    "zh": "与此同时，图书馆还将在暑假期间为儿童举办读书活动。",
    "ja": "一方、市民プールの駐車場は三十台分しかなく、市は公共交通の利用を呼びかけている。",
}


def _threaded(language, line, short=False):
    blocks = ARTICLES[language]
    if {**OTHER_THREADS, **MEANWHILE_THREADS}.get(language, ("between",))[0] == "between":
        return blocks[:4] + [line] + blocks[4 : 5 if short else None], 4
    return blocks + [line], len(blocks)


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("language", sorted(OTHER_THREADS))
def test_another_thread_without_capitals_is_reported(oc102, separator, language):
    for short in (False, True):
        blocks, index = _threaded(language, OTHER_THREADS[language][1], short)
        assert _lines(oc102, blocks, separator) == [_line_number(index, separator)], short


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_the_articles_own_vote_with_a_result_shape_stays_clean(oc102, separator):
    # Where names can be told, a result still needs a name of its own.
    blocks = ARTICLES["de"][:4] + ["Der Gemeinderat billigte den Plan am Abend nach langer Debatte 12-3."] + ARTICLES["de"][4:]
    assert _lines(oc102, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("language", sorted(MEANWHILE_THREADS))
def test_a_meanwhile_is_no_evidence_of_its_own(oc102, separator, language):
    blocks, _ = _threaded(language, MEANWHILE_THREADS[language][1], short=True)
    assert _lines(oc102, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("language", sorted(OWN_THREADS))
def test_the_articles_own_thread_stays_clean(oc102, separator, language):
    for short in (False, True):
        blocks, _ = _threaded(language, OWN_THREADS[language], short)
        assert _lines(oc102, blocks, separator) == [], short


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_connective_is_no_evidence_where_names_can_be_told(oc102, separator):
    # In German the name test judges the line: a connective of another
    # thread does not let it be judged in an article too short for it
    # (three paragraphs above and one below), where the same line is
    # reported in a longer one by its rare noun.
    line = "Unterdessen sind die Preise für Heizöl in den vergangenen Wochen deutlich gestiegen."
    blocks = ARTICLES["de"][:4] + [line] + ARTICLES["de"][4:]
    assert _lines(oc102, blocks, separator) == [_line_number(4, separator)]
    assert _lines(oc102, blocks[:-1], separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_headline_without_capitals_but_an_acronym_is_judged(oc102, separator):
    # A Latin acronym among Hangul words ("LG") makes the headline after the
    # body no label in capitals: it is judged as one of its script.
    blocks = ARTICLES["ko"] + ["LG 트윈스, 두산에 7-3 승리"]
    assert _lines(oc102, blocks, separator) == [_line_number(len(blocks) - 1, separator)]
    # The article's own line with an acronym, sharing its words, stays clean.
    own = ARTICLES["ko"] + ["보행교 야경 사진 SNS에서 화제"]
    assert _lines(oc102, own, separator) == []


@pytest.mark.parametrize(
    "text, shaped",
    [
        ("LG 트윈스, 두산에 7-3 승리", True),
        ("부산 해운대 해수욕장 다음 달 조기 개장", True),
        # Latin words in capitals, most of the line: a label or a section.
        ("BREAKING NEWS 속보", False),
        ("LATEST NEWS AND UPDATES TODAY", False),
    ],
)
def test_headline_shape_with_acronyms(text, shaped):
    assert lone_line._headline_shaped(text) is shaped


# A press release's contact under its label: the line after the body that a
# label ending on a colon introduces is the label's value (a name and a
# post), not another story's headline, whatever it shares.
CONTACTS = {
    "he": ["לפרטים נוספים ולתיאום ראיונות:", "רונית אברהמי, מנהלת קשרי קהילה ודוברות"],
    "ar": ["للتواصل الإعلامي:", "سلمى بنت راشد الكندي، مسؤولة العلاقات العامة والإعلام"],
}


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("language", sorted(CONTACTS))
def test_a_contact_under_its_label_after_the_body_stays_clean(oc102, separator, language):
    assert _lines(oc102, ARTICLES[language] + CONTACTS[language], separator) == []
