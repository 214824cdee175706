"""Templates of this session's UI work (fxui20, fxcjk20) made tighter after a
review: each flagged an ordinary line of news, alone as a paragraph of a
short clean article.  Those lines, and others near each template, stay clean
in either layout (lines apart, paragraphs apart); the furniture each template
is for is still reported."""

import pytest

from newslint import Linter

LAYOUTS = ["\n", "\n\n"]
MIDDLE = 2

STORIES = {
    "en": [
        "Harbour pool to reopen after a winter of repairs",
        "The harbour pool will reopen on Saturday after months of work on its walls and pumps, the town council said on Monday.",
        "Swimmers raised more than ten thousand pounds towards the repairs, which the council matched from its leisure budget.",
        "The pool will open from seven in the morning until dusk each day through the summer, with lifeguards at weekends.",
    ],
    "de": [
        "Hafenbad öffnet nach der Sanierung wieder",
        "Das Hafenbad öffnet am Samstag wieder, nachdem Wände und Pumpen den ganzen Winter über saniert wurden, teilte die Stadt mit.",
        "Schwimmer hatten mehr als zehntausend Euro für die Arbeiten gesammelt, die Stadt legte denselben Betrag dazu.",
        "Das Bad ist im Sommer täglich von sieben Uhr bis zur Dämmerung geöffnet, am Wochenende mit Rettungsschwimmern.",
    ],
    "es": [
        "La piscina del puerto reabre tras un invierno de obras",
        "La piscina del puerto reabrirá el sábado después de meses de trabajos en sus muros y bombas, informó el ayuntamiento el lunes.",
        "Los bañistas reunieron más de diez mil euros para las obras, y el ayuntamiento aportó la misma cantidad de su presupuesto.",
        "La piscina abrirá cada día del verano desde las siete de la mañana hasta el anochecer, con socorristas los fines de semana.",
    ],
    "ru": [
        "В городском музее открылась выставка старых фотографий",
        "В городском музее в субботу открылась выставка фотографий начала прошлого века, сообщили в администрации города.",
        "Большую часть снимков музею передали жители, которые нашли их в семейных архивах и на чердаках старых домов.",
        "Выставка продлится до конца лета, вход для школьников и пенсионеров будет бесплатным по выходным дням.",
    ],
    "zh": [
        "新能源汽车销量继续增长",
        "记者从市商务局获悉，今年前两个月本市新能源汽车销量同比增长约四成，多家车企表示订单饱满。",
        "业内人士认为，充电设施不断完善和购车补贴政策是销量增长的主要原因。",
        "市商务局表示，下一步将继续推动充电桩进小区，方便市民日常使用。",
    ],
    "ja": [
        "駅のホームでの事故が相次ぐ",
        "市内の駅で今月、ホームから線路に転落する事故が相次いだことを受け、鉄道会社は安全対策を強化すると発表した。",
        "同社によると、転落事故の多くは夜間に発生しており、利用客の多くがスマートフォンを見ながら歩いていたという。",
        "鉄道会社は年内に主要な駅へホームドアを設置する方針で、駅員による見回りも増やすとしている。",
    ],
    "ko": [
        "동해 오징어 어획량 급감에 어민들 시름",
        "올해 동해안의 오징어 어획량이 지난해보다 절반 가까이 줄어 어민들의 시름이 깊어지고 있다고 수협이 밝혔다.",
        "수협 관계자는 바닷물 온도가 오르면서 오징어 어군이 북쪽으로 이동한 것이 주된 원인으로 보인다고 설명했다.",
        "어민들은 정부에 유류비 지원과 금어기 조정 등 실질적인 대책을 마련해 달라고 요구하고 있다.",
    ],
}


def ui_lines(language, line, separator):
    """The indexes, in the article, of the lines UI reports."""
    lines = STORIES[language][:MIDDLE] + [line] + STORIES[language][MIDDLE:]
    step = separator.count("\n")
    return sorted({(d.line - 1) // step for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")})


CLEAN = [
    # ja-bracketed-credit: a name or a firm, a comma and a clause
    ("zh", "华为发布会，Mate70系列正式亮相"),
    ("zh", "小米汽车，SU7交付量再创新高"),
    ("zh", "比亚迪，DM技术迎来第五代"),
    ("zh", "苹果发布会，iPhone17亮相"),
    ("ja", "山田太郎，ソフトバンクグループ"),
    ("zh", "理想汽车，MEGA车型本月交付"),
    ("ja", "佐藤美咲，ネットニュース編集部の記者として勤務"),
    # cjk-menus: a headline set with spaces after the same first word
    ("ja", "ホーム 転落 事故 相次ぐ"),
    ("ja", "トップ 交代 相次ぐ"),
    ("zh", "首页 设计 大改"),
    ("ja", "ホーム 混雑 緩和へ"),
    ("zh", "首页 改版 上线"),
    # ko-related: a headline about related stories
    ("ko", "관련 기사 삭제 요청 잇따라"),
    ("ko", "관련 기사 댓글에 비난 쏟아져"),
    ("ko", "관련 기사 정정 보도 요구"),
    # fxui-members: a sentence, the joining in a clause of its own
    ("en", "Members get a vote on the budget, and any resident can join."),
    ("en", "Subscribers get early access to tickets for the festival, and anyone can sign up."),
    ("de", "Mitglieder erhalten eine Stimme im Verein und können sich online anmelden."),
    ("en", "Members receive a newsletter each month and can register online."),
    # fxui-funding: a report of who paid or helped
    ("en", "This report was funded by the European Commission."),
    ("en", "This investigation was supported by more than forty volunteers from the town."),
    ("es", "Este reportaje fue financiado por la Comisión Europea, según el documento."),
    ("en", "This study was funded by the regional health board."),
    ("de", "Der Bericht wurde von der Stadt finanziert, sagte der Bürgermeister."),
    ("de", "Dieser Bericht wurde von der Europäischen Kommission finanziert."),
    # fxui-tags: a sentence after the words
    ("ru", "Ключевые слова: доверие, открытость и ответственность."),
    ("ru", "Ключевые слова выставки: память, семья и город."),
    # fxui-promise: not a newsletter
    ("en", "Sign up for the harbour run — the race is held every Sunday morning in June."),
    ("en", "Sign up for the swimming lessons: they are held every Saturday in July."),
    ("de", "Abonnieren Sie den Hafenbrief – das rieten die Organisatoren allen Teilnehmern jeden Tag."),
    # fxui-again and fxui-like: a sentence after the label
    ("en", "Listen again: the choir's recording of the hymn was made in 1962."),
    ("en", "Catch up: the council voted on Tuesday to close the pool."),
    ("de", "Zum Nachhören: Der Chor sang das Lied zuletzt 1962."),
    ("es", "Te puede interesar: el consejo votó el martes cerrar la piscina."),
    ("en", "You might also like: the pool opens earlier on Saturdays, the council said."),
    # fxui-labels: a sentence after the credit's label
    ("ru", "Автор фото: неизвестен, сообщили в музее."),
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("language, line", CLEAN)
def test_ordinary_lines_near_the_templates_stay_clean(language, line, separator):
    assert ui_lines(language, line, separator) == []


FURNITURE = [
    ("ja", "［佐藤美咲，ネットニュースNOW］"),
    ("ja", "［高橋健，シティニュースWEB］"),
    ("ja", "ホーム 社会 事件・事故"),
    ("ja", "トップ ニュース 天気 スポーツ 特集"),
    ("zh", "首页 国内 国际 财经 体育"),
    ("ko", "관련기사 동해 오징어 금어기 한 달 연장…어민 반발"),
    ("en", "Harbour Wine Club members save 10% on every case. Join free today"),
    ("en", "Members get 20% off all tickets. Join today"),
    ("de", "Clubmitglieder sparen 10 % bei jeder Bestellung. Jetzt kostenlos beitreten"),
    ("en", "This report was supported by the Coastal Journalism Fund."),
    ("en", "This story was produced with support from the Harbour Foundation."),
    ("de", "Dieser Beitrag wurde von der Meeresstiftung gefördert."),
    ("de", "Abonnieren Sie den Hafenbrief – alle Nachrichten aus dem Hafen, jeden Morgen um sieben."),
    ("ru", "Ключевые слова: доверие, открытость, ответственность"),
    ("en", "Sign up for The Tideline — the week's coastal news in one email, every Friday."),
    ("en", "Listen again: The choir's Christmas concert from the cathedral"),
    ("en", "Catch up: Council votes to close the pool"),
    ("es", "Te puede interesar: Las mejores playas de la costa norte"),
    ("ru", "Автор фото: Олена Коваль"),
    # review20b: what the tightening had lost.
    ("en", "This reporting was supported by the Pulitzer Center on Crisis Reporting."),
    ("en", "Listen again: The Morning Programme."),
    ("zh", "首页 房产 家居 汽车 旅游"),
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("language, line", FURNITURE)
def test_the_furniture_is_still_reported(language, line, separator):
    assert ui_lines(language, line, separator) == [MIDDLE]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("language", sorted(STORIES))
def test_the_stories_alone_are_clean(language, separator):
    assert ui_lines(language, STORIES[language][0], separator) == []
