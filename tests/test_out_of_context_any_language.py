"""OC101 and OC102 in articles in other languages than English (issue 11):
the static table knows English only, so these are judged by the units of
meaning a sentence shares with its article (rules/out_of_context/
any_language.py over the document model's sentence_units).  Every text here
was written for the project; both layouts (blank lines between paragraphs
or none)."""
from __future__ import annotations

import pytest

from lint_support import LAYOUTS
from newslint import Document, Linter
from newslint.units import word_units
from newslint.rules.out_of_context import any_language, rules


# A French report on a tram line (Latin script).
TRAMWAY_FR = [
    "Le tramway de Valmont ouvrira sa deuxième ligne en septembre",
    "La métropole de Valmont a annoncé mardi que la deuxième ligne de tramway entrera en service le 14 septembre, après trois ans de travaux dans le centre-ville. Longue de onze kilomètres, la ligne reliera la gare centrale au quartier des Tilleuls en desservant dix-neuf stations.",
    "Selon le président de la métropole, Bernard Lacoste, les essais des rames se déroulent sans incident depuis le début du mois de juin. Les conducteurs du tramway suivent actuellement une formation sur le nouveau tracé, qui traverse le pont de la Loire et longe les quais jusqu'à l'hôpital.",
    "Le chantier a coûté 310 millions d'euros, dont un quart financé par l'État et la région. Les commerçants de la rue Nationale, qui avaient protesté contre la durée des travaux, recevront une dernière indemnisation avant l'ouverture de la ligne.",
    "La métropole prévoit de transporter quarante mille voyageurs par jour sur la nouvelle ligne dès la première année. Les rames passeront toutes les six minutes aux heures de pointe et toutes les dix minutes le soir et le dimanche.",
    "Le réseau de bus sera réorganisé le même jour pour mieux desservir les stations du tramway. Trois lignes de bus seront supprimées, et deux autres prolongées vers les parkings relais situés aux deux extrémités du tracé.",
    "Les associations de cyclistes saluent la création d'une piste cyclable le long de la ligne, mais demandent davantage de places de stationnement pour les vélos près des stations. La métropole promet d'installer quatre cents arceaux supplémentaires d'ici la fin de l'année.",
    "Une fête populaire est prévue le week-end de l'inauguration, avec des voyages gratuits sur l'ensemble du réseau de tramway et de bus.",
]
# A Russian report on a new bridge (Cyrillic).
BRIDGE_RU = [
    "В Заречье открыли новый мост через реку Сосну",
    "В городе Заречье в пятницу открыли движение по новому мосту через реку Сосну, строительство которого продолжалось почти четыре года. Мост длиной шестьсот метров соединил центр города с жилыми районами на левом берегу реки.",
    "По словам главы города Андрея Соколова, раньше жителям левого берега приходилось ехать в центр через старый мост, где каждое утро собирались многокилометровые пробки. Теперь дорога от левого берега до вокзала займёт около пятнадцати минут вместо часа.",
    "Строительство моста обошлось областному бюджету в девять миллиардов рублей. Подрядчик завершил работы на полгода позже срока из-за весеннего паводка, который дважды затапливал строительную площадку на берегу реки.",
    "Старый мост через Сосну закроют на ремонт уже в следующем месяце. Инженеры обнаружили трещины в его опорах ещё три года назад, и с тех пор по нему запрещено движение грузовиков.",
    "По новому мосту пустят четыре автобусных маршрута, которые свяжут левый берег с центром города и вокзалом. На мосту также сделали широкие тротуары и отдельную велосипедную дорожку.",
    "Жители левого берега в целом довольны открытием моста, но жалуются на шум от потока машин. Городские власти обещают установить шумозащитные экраны вдоль подъездов к мосту до конца года.",
    "На церемонии открытия губернатор области поблагодарил строителей и пообещал, что следующий мост через реку начнут строить уже через два года.",
]
# A Chinese report on a new library (no spaces: pairs of Han characters).
LIBRARY_ZH = [
    "青河市新图书馆周六正式开放",
    "青河市新图书馆将于本周六正式向市民开放，这座图书馆位于滨江公园北侧，建筑面积约三万平方米，可容纳藏书二百万册。",
    "据青河市文化局介绍，新图书馆的建设历时四年，总投资约六亿元。图书馆共有五层，设有少儿阅览区、古籍阅览室、电子阅览室和可容纳三百人的报告厅。",
    "文化局局长周文华表示，老图书馆建于上世纪八十年代，座位和藏书早已无法满足市民的阅读需求。每到周末，老图书馆的阅览室经常一座难求，不少学生只能站着看书。",
    "新图书馆每天开放十二个小时，周一至周日都不闭馆。市民凭身份证或读者证即可免费入馆，借阅图书的数量也从每人五册增加到十册。",
    "图书馆还引进了自助借还系统，读者可以在馆内的二十台自助机上办理借书和还书，不需要到服务台排队。馆内还设置了二十四小时还书箱，方便读者在闭馆后归还图书。",
    "为了吸引更多青少年走进图书馆，少儿阅览区每周末将举办绘本故事会和科普讲座。文化局还计划与全市的中小学合作，组织学生到图书馆参观和阅读。",
    "不少市民对新图书馆的开放表示期待。家住滨江小区的李女士说，以后带孩子去图书馆看书，走路只要十分钟，非常方便。",
    "文化局表示，老图书馆在新馆开放后将改建为地方历史博物馆，预计明年年底对外开放。",
]
# A Japanese report on a new station (kanji pairs and katakana runs; kana endings left out).
STATION_JA = [
    "港北市に新しい駅が開業、通勤時間が大幅に短縮へ",
    "港北市の鉄道会社は、市の東部に建設していた新駅「港北東駅」を来月一日に開業すると発表した。新駅は港北駅と海浜公園駅の間に位置し、周辺の住宅地から中心部への通勤時間が大幅に短縮される見込みだ。",
    "港北東駅の周辺では、この十年で大規模な住宅開発が進み、人口が約二万人増えた。これまで住民は最寄りの駅まで路線バスで二十分以上かかっており、朝の時間帯には停留所に長い行列ができていた。",
    "鉄道会社によると、新駅の建設費は約四十億円で、そのうち半分を港北市が負担した。駅舎は二階建てで、エレベーターと多目的トイレを備え、駅前には約三百台を収容できる駐輪場も整備された。",
    "開業後は、朝の通勤時間帯に一時間あたり十本の列車が停車する。港北東駅から港北駅までは約六分で、中心部の勤務先まで乗り換えなしで通えるようになる。",
    "港北市の担当者は、新駅の開業によって駅周辺の商業施設の誘致も進めたいと話している。すでに駅前の空き地にはスーパーと診療所の建設が決まっているという。",
    "一方で、駅の周辺道路では送迎の車による渋滞を心配する声もある。市は駅前に送迎用の停車場所を設け、開業後の交通量を調べたうえで対策を検討する方針だ。",
    "開業当日には駅前広場で記念式典が開かれ、地元の小学生による合唱や記念乗車券の販売が予定されている。",
]
# A Korean report on new bus routes (Hangul: words' first syllables).
BUSES_KO = [
    "해솔시, 시내버스 노선 전면 개편… 다음 달부터 시행",
    "해솔시는 다음 달 1일부터 시내버스 노선을 전면 개편한다고 밝혔다. 이번 개편은 신도시 입주로 늘어난 이용객의 불편을 줄이기 위해 마련됐다.",
    "해솔시에 따르면 기존 버스 노선 가운데 열두 개가 폐지되고 여덟 개의 새로운 노선이 생긴다. 신도시와 해솔역을 잇는 급행 노선도 새로 운행해 출퇴근 시간이 크게 줄어들 것으로 보인다.",
    "그동안 신도시 주민들은 해솔역까지 가는 버스가 부족해 아침마다 정류장에서 오래 기다려야 했다. 일부 주민들은 버스를 두세 번 갈아타야 시내 중심가에 도착할 수 있었다.",
    "해솔시는 이번 개편을 위해 지난해부터 버스 이용객의 이동 경로를 분석하고 주민 설명회를 열어 의견을 들었다. 설명회에서 나온 요청에 따라 학교와 병원을 지나는 노선은 그대로 유지하기로 했다.",
    "새 노선의 버스는 출퇴근 시간에 최대 팔 분 간격으로 운행된다. 해솔시는 버스 백이십 대를 새로 투입하고 운전기사 이백 명을 추가로 채용했다.",
    "해솔시는 개편 초기의 혼란을 줄이기 위해 주요 정류장에 안내 요원을 배치하고, 정류장마다 새 노선도를 붙일 예정이다. 시청 홈페이지와 버스 안내 앱에서도 바뀐 노선을 확인할 수 있다.",
    "버스 요금은 이번 개편과 관계없이 그대로 유지된다. 다만 급행 노선은 정차하는 정류장이 적은 대신 요금이 이백 원 더 비싸다.",
    "해솔시 교통과장은 노선 개편 이후 석 달 동안 이용객 수를 조사해 필요하면 노선을 다시 조정하겠다고 말했다.",
]

# Another story's sentences, in each article's language.
FOOTBALL_FR = "Le club de rugby de Montferrand a perdu samedi sa demi-finale du championnat face à Toulon sur le score de 27 à 12, privé de son capitaine Julien Morel, blessé à l'épaule lors du premier entraînement de la semaine."
FIRE_FR = "Un incendie a détruit dans la nuit de lundi un entrepôt de meubles de la zone industrielle de Saint-Rémy, sans faire de blessés."
VOLLEYBALL_RU = "Сборная Казани по волейболу выиграла чемпионат страны, обыграв в финале команду из Новосибирска со счётом три–один."
IDOL_JA = "人気アイドルグループ「サクラリボン」の佐藤美咲さんが、来年春に公開される恋愛映画「夏の終わりに」で初主演を務めることが明らかになり、所属事務所が公式サイトで発表した。"
BASEBALL_KO = "프로야구 한빛 타이거즈가 연장 접전 끝에 역전승을 거두며 리그 선두 자리를 지켰다."


# The rules judge other languages than English when asked to (off by default).
OTHER_LANGUAGES = {"OC101": {"other-languages": True}, "OC102": {"other-languages": True}}


def findings(blocks, separator, code):
    text = separator.join(blocks) + "\n"
    return [text[d.col - 1 + sum(len(line) + 1 for line in text.split("\n")[: d.line - 1]) :][: 12]
            for d in Linter(select=[code], rules=OTHER_LANGUAGES).lint_text(text)]


def reported(blocks, separator, code, sentence):
    """Whether a finding of ``code`` starts where ``sentence`` does."""
    return any(sentence.startswith(start) for start in findings(blocks, separator, code))


def inserted(blocks, paragraph, after, sentence, glue=" "):
    """The article with ``sentence`` put inside paragraph ``paragraph``, after its sentence that ends ``after``."""
    changed = list(blocks)
    assert after in changed[paragraph]
    changed[paragraph] = changed[paragraph].replace(after, after + glue + sentence, 1)
    return changed


@pytest.mark.parametrize("article", [TRAMWAY_FR, BRIDGE_RU, LIBRARY_ZH, STATION_JA, BUSES_KO])
@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_clean_articles_in_other_languages_stay_clean(article, separator):
    text = separator.join(article) + "\n"
    assert Linter(select=["OC"], rules=OTHER_LANGUAGES).lint_text(text) == []


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_another_storys_sentence_inside_a_french_paragraph(separator):
    blocks = inserted(TRAMWAY_FR, 2, "depuis le début du mois de juin.", FOOTBALL_FR)
    assert reported(blocks, separator, "OC101", FOOTBALL_FR)


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_another_storys_sentence_inside_a_japanese_paragraph(separator):
    # No space between Japanese sentences.
    blocks = inserted(STATION_JA, 1, "短縮される見込みだ。", IDOL_JA, glue="")
    assert reported(blocks, separator, "OC101", IDOL_JA)


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_another_storys_sentence_inside_a_korean_paragraph(separator):
    blocks = inserted(BUSES_KO, 3, "기다려야 했다.", BASEBALL_KO)
    assert reported(blocks, separator, "OC101", BASEBALL_KO)


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_the_shipped_configuration_leaves_other_languages_alone(separator):
    # Off by default: the judgement of other languages is asked for.  The
    # sentence inside a paragraph is found by the shares-nothing test when
    # asked for (lone_inside, off by default; no fitted weights: it shares no word with the
    # article, names "Montferrand", and the rest of its paragraph shares
    # words); without it, nothing.
    inside = inserted(TRAMWAY_FR, 2, "depuis le début du mois de juin.", FOOTBALL_FR)
    alone = TRAMWAY_FR[:4] + [FIRE_FR] + TRAMWAY_FR[4:]
    assert Linter(select=["OC"]).lint_text(separator.join(inside) + "\n") == []
    asked = Linter(select=["OC"], rules={"OC101": {"shares-nothing": True}}).lint_text(separator.join(inside) + "\n")
    assert [d.code for d in asked] == ["OC101"] and "shares no word" in asked[0].message
    # Alone between paragraphs, the shipped between-body test (lone_between,
    # no fitted weights) judges it in any language; without it, nothing.
    text = separator.join(alone) + "\n"
    found = Linter(select=["OC"]).lint_text(text)
    assert [d.code for d in found] == ["OC102"] and "shares no word" in found[0].message
    assert Linter(select=["OC"], rules={"OC102": {"between-body": False}}).lint_text(text) == []


@pytest.mark.parametrize(
    "article, place, sentence",
    [(TRAMWAY_FR, 4, FIRE_FR), (BRIDGE_RU, 4, VOLLEYBALL_RU)],
)
@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_another_storys_first_sentence_alone_between_paragraphs(article, place, sentence, separator):
    blocks = article[:place] + [sentence] + article[place:]
    assert reported(blocks, separator, "OC102", sentence)
    assert not reported(blocks, separator, "OC101", sentence)  # one line, one finding


@pytest.mark.parametrize("separator", list(LAYOUTS.values()))
def test_the_articles_own_sentence_alone_between_paragraphs_stays_clean(separator):
    # A paragraph of one sentence of the article's own, and a quotation's
    # second paragraph („…“), which shares few words with the rest.
    own = "Les travaux de la ligne ont été achevés avec deux mois d'avance sur le calendrier prévu par la métropole."
    quoted = "« Nous avons attendu ce tramway pendant dix ans, et nous sommes enfin prêts à le voir rouler », a déclaré une habitante."
    assert findings(TRAMWAY_FR[:3] + [own] + TRAMWAY_FR[3:5] + [quoted] + TRAMWAY_FR[5:], separator, "OC") == []


def test_a_short_report_is_not_judged_alone():
    # Under 200 words besides it (teaser.MIN_SHIFT_WORDS): sharing nothing is chance there.
    blocks = TRAMWAY_FR[:3] + [FIRE_FR] + TRAMWAY_FR[3:4]
    assert findings(blocks, "\n\n", "OC102") == []


def test_english_articles_keep_the_static_method():
    text = "Council votes to close the old pool\n\n" + " ".join(
        f"The council said sentence number {n} about the pool vote was read out at the meeting on Tuesday." for n in range(8)
    ) + "\n"
    assert rules.any_language_judged(Document(text)) == []


def test_units_of_meaning():
    # Pairs of Han characters; a katakana run whole; hiragana (grammar) left out.
    assert [unit for unit, _ in word_units("図書館が開館した", "ja")] == ["図書", "書館", "開館"]
    assert [unit for unit, _ in word_units("アイドルグループの", "ja")] == ["アイドルグループ"]
    # Hangul: the word's first syllables, its particle left out.
    assert [unit for unit, _ in word_units("연구진은", "ko")] == ["연구"]
    # Other scripts: the first letters; a common word carries no topic.
    assert [unit for unit, _ in word_units("Tramways", "fr")] == ["tramwa"]
    assert word_units("les", "fr") == ()
    # A rarer unit weighs more.
    assert dict(word_units("Montferrand", "fr"))["montfe"] > dict(word_units("chantier", "fr"))["chanti"]


def test_every_family_has_a_model_and_a_threshold_for_both_layouts():
    for layout in ("inside", "alone"):
        for name in ("spaced", "unspaced"):
            assert (layout, name) in any_language.MODELS and (layout, name) in any_language.THRESHOLDS
            assert set(any_language.MODELS[layout, name][0]) == set(any_language.FEATURES)


def test_a_long_text_in_another_language_costs_linear_time():
    from growth import assert_linear

    # Paragraphs of three sentences that each share a word or two with some
    # others: every sentence is judged, and compared with those near it only.
    words = "maison voiture tramway chantier rivière pont mairie école hôpital gare marché musée".split()

    def build(n):
        sentences = [" ".join(words[(i * 7 + k) % len(words)] for k in range(10)).capitalize() + f" numéro {i}." for i in range(n)]
        return "Un long texte\n\n" + "\n\n".join(" ".join(sentences[i : i + 3]) for i in range(0, n, 3)) + "\n"

    linter = Linter(select=["OC"], rules=OTHER_LANGUAGES)
    assert_linear(build, lambda text: list(linter.lint_text(text)), n=200)
