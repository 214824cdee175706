"""OC102's after-body test (rules/out_of_context/lone_line.py): another
story's headline after the article's body, or its first sentence as the
body's last line, in any language and in short articles, by default.  Each
article is tried in both layouts (a blank line between paragraphs, and
none), with the same findings.  Every text here was written for these
tests."""
import pytest

from newslint import Document, Linter
from newslint.rules.out_of_context import lone_line

LAYOUTS = ("\n\n", "\n")
LAYOUT_IDS = ("blank", "noblank")
MARK = "article's body"


@pytest.fixture(scope="module")
def teasers():
    return Linter(select=["OC102"])


def _text(blocks, separator):
    return separator.join(blocks) + "\n"


def _line_number(index, separator):
    return index * (2 if separator == "\n\n" else 1) + 1


def _after_body(linter, blocks, separator):
    return [f for f in linter.lint_text(_text(blocks, separator)) if MARK in f.message]


LIBRARY = [
    "Town library reopens after two-year refit",
    "The central library in Marlow reopened on Tuesday after a refit that doubled its reading rooms.",
    "The refit of the library cost 3.4 million pounds, most of it from the county council.",
    "Readers queued outside the library before the doors opened, and the first hundred were given free tote bags.",
    "Librarians said the new reading rooms would host homework clubs and language classes for adults.",
    "The library's old card catalogue has been kept and now stands in the entrance hall.",
]
BAKERY = [
    "Bäckerei Huber feiert hundert Jahre in Landshut",
    "Die Bäckerei Huber in Landshut feiert in diesem Monat ihr hundertjähriges Bestehen.",
    "Gegründet wurde die Bäckerei 1925 von Josef Huber, heute führt seine Urenkelin Anna den Betrieb.",
    "Die Bäckerei beschäftigt inzwischen 14 Mitarbeiter und backt jeden Morgen rund 2000 Brezen.",
    "Zum Jubiläum gibt es in der Bäckerei eine Woche lang Brezen zum Preis von 1925.",
    "Anna Huber sagt, die Bäckerei wolle auch in Zukunft ohne Fertigteig backen.",
]
POOL = [
    "La piscine municipale de Dole rouvre ses bassins",
    "La piscine municipale de Dole a rouvert samedi après dix-huit mois de travaux de rénovation.",
    "Les travaux de la piscine ont coûté 6 millions d'euros, financés par la ville et la région.",
    "Le grand bassin de la piscine a été entièrement carrelé et un toboggan a été installé pour les enfants.",
    "Les nageurs du club local ont été les premiers à plonger dans le bassin rénové.",
    "La piscine accueillera aussi les écoles de Dole dès la rentrée de septembre.",
]
MARKET = [
    "El mercado de abastos de Soria estrena cubierta",
    "El mercado de abastos de Soria ha estrenado este lunes una nueva cubierta de madera y cristal.",
    "La obra del mercado ha durado ocho meses y ha costado 1,2 millones de euros.",
    "Los comerciantes del mercado han vuelto a sus puestos tras meses en una carpa provisional.",
    "Según el Ayuntamiento, la nueva cubierta del mercado deja entrar la luz natural y reduce el gasto en calefacción.",
    "Los puestos del mercado abrirán de lunes a sábado de ocho de la mañana a tres de la tarde.",
]
TRAM = [
    "Tramwaj wrócił na ulice Elbląga po remoncie torowiska",
    "Tramwaje wróciły w poniedziałek na ulice Elbląga po trwającym pół roku remoncie torowiska.",
    "Remont torowiska kosztował 48 mln zł i objął ponad cztery kilometry torów w centrum miasta.",
    "Pasażerowie chwalą ciszę w tramwajach, bo nowe torowisko wytłumia hałas i drgania.",
    "Tramwaje linii numer dwa i pięć kursują znów co dziesięć minut w godzinach szczytu.",
    "Miejski przewoźnik zapowiada, że na torowisko wyjadą też nowe tramwaje niskopodłogowe.",
]
MUSEUM_ZH = [
    "苏州博物馆新馆开放丝绸展厅",
    "苏州博物馆新馆昨日开放丝绸展厅，展出明清两代丝绸文物三百余件。",
    "丝绸展厅面积约一千平方米，馆方介绍，其中不少丝绸文物是首次公开展出。",
    "开放首日，丝绸展厅吸引了大批市民和游客前来参观，不少人专程从外地赶来。",
    "博物馆工作人员表示，丝绸展厅将定期更换展品，并开设丝绸文化讲座。",
    "据介绍，丝绸展厅的讲解服务免费向观众提供，需提前在博物馆官网预约。",
]


# -- another story's line after the body -------------------------------------

DEFECTS = {
    "en-headline": (LIBRARY, "Lorry driver jailed over motorway pile-up near Reading"),
    "de-sentence": (BAKERY, "In Regensburg hat ein Feuer in einer Lagerhalle einen Schaden von 300.000 Euro verursacht."),
    "fr-sentence": (POOL, "À Besançon, un cycliste a été grièvement blessé par un camion lundi matin."),
    "es-headline": (MARKET, "Detenido un conductor ebrio tras chocar contra una farola en Burgos"),
    # "Entre" as "between" opens another story's sentence (not "among").
    "es-between-sentence": (MARKET, "Entre Burgos y Palencia, un camión de Transportes Herrero volcó el martes en la autovía."),
    "pl-sentence": (TRAM, "W Gdańsku strażacy ugasili pożar hali magazynowej przy ulicy Kartuskiej."),
    "ru-headline-in-latin-article": None,
    "zh-sentence": (MUSEUM_ZH, "广州一辆公交车在高架桥上突然起火，车上23名乘客安全撤离。"),
    "en-sentence": (LIBRARY, "Shares in Vodafone fell sharply after a profit warning on Monday."),
}
DEFECTS = {key: value for key, value in DEFECTS.items() if value is not None}


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("case", sorted(DEFECTS))
def test_another_storys_line_after_the_body_is_reported(teasers, case, separator):
    body, line = DEFECTS[case]
    blocks = body + [line]
    found = _after_body(teasers, blocks, separator)
    assert [f.line for f in found] == [_line_number(len(blocks) - 1, separator)]
    assert "another story's" in found[0].message


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_headline_after_the_body_and_before_the_pages_credit(teasers, separator):
    # The teaser, then a line the page adds (a dateline: no headline).
    blocks = MARKET + ["Detenido un conductor ebrio tras chocar contra una farola en Burgos", "Publicado el 3 de marzo de 2025, 10:42"]
    found = _after_body(teasers, blocks, separator)
    assert [f.line for f in found] == [_line_number(len(MARKET), separator)]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_russian_first_sentence_after_the_body(teasers, separator):
    body = [
        "В Твери после ремонта открылся городской планетарий",
        "Городской планетарий в Твери открылся после ремонта, который длился почти два года.",
        "В планетарии установили новый проектор, который показывает на куполе до девяти тысяч звёзд.",
        "Ремонт планетария обошёлся в 96 миллионов рублей, деньги выделил областной бюджет.",
        "Первые сеансы в планетарии прошли при полном зале, билеты раскупили за несколько часов.",
        "Сотрудники планетария готовят для школьников новые программы о Луне и Марсе.",
    ]
    line = "В Самаре на Московском шоссе столкнулись грузовик и маршрутное такси."
    found = _after_body(teasers, body + [line], separator)
    assert [f.line for f in found] == [_line_number(len(body), separator)]


# -- the article's own lines after the body stay clean ---------------------------

CLEAN_ENDINGS = {
    # A closing line that names the story's subject.
    "en-shares": (LIBRARY, "The library opens from nine until six, and on Saturdays until one."),
    # A closing line worded apart, close in meaning (English: the static table).
    "en-worded-apart": (LIBRARY, "Borrowers return novels and DVDs at any branch in Buckinghamshire."),
    # A closing line that looks ahead (German: "sollen", "kommenden").
    "de-looks-ahead": (BAKERY, "Im kommenden Frühjahr sollen in Straubing zwei Filialen eröffnen."),
    # A pronoun and the future (French: "elle", "sera").
    "fr-pronoun": (POOL, "Elle sera ouverte sept jours sur sept pendant l'été, y compris à Pontarlier."),
    # No name, no number: a closing line of advice.
    "es-no-name": (MARKET, "Los vecinos piden que se amplíe el aparcamiento cercano."),
    # A byline and a signature.
    "pl-byline": (TRAM, "Przez Katarzynę Nowak, Gazeta Elbląska"),
    "en-signature": (LIBRARY, "Margaret Oyelaran, Chief Librarian"),
    # Credits a blog or a page adds under the story.
    "en-posted-by": (LIBRARY, "Posted by Priya Raman, Community Outreach Lead"),
    "en-image-credit": (LIBRARY, "Main image courtesy of Alamy and Stocksy"),
    "en-cross-posted": (LIBRARY, "Cross-posted on the Thames Valley Reader blog"),
    # Two sentences on one line: the page's call, not a headline.
    "en-call": (LIBRARY, "Were you there? Send us your photos and memories"),
    # A label and its value.
    "es-label": (MARKET, "Fuente: Ayuntamiento de Soria y Cámara de Comercio"),
    # A quotation.
    "de-quote": (BAKERY, "„Wir haben in Passau gelernt, wie man Geduld hat“, sagt Anna Huber."),
    # Chinese advice with no number of its own.
    "zh-advice": (MUSEUM_ZH, "市民出行前请关注天气变化，合理安排行程。"),
    # A line of names (a team's reserves).
    "en-names": (LIBRARY, "Volunteers: Patel, Okafor, Lindqvist, Moreau, Tanaka, O'Brien."),
    # A round-up's closing line that names the article's team once, and
    # nothing else of it.
    "pl-shares-one-name": (TRAM, "W sobotę przewoźnik z Elbląga pokaże mieszkańcom zabytkowy wagon z Królewca."),
    # A question.
    "fr-question": (POOL, "Et vous, à Chalon, quand irez-vous nager cet hiver ?"),
    # The article's own notes on how it was made: who helped, names
    # changed, the newsroom's own voice (review19: each was reported).
    "es-collaboration": (MARKET, "Con la colaboración de los voluntarios de Cruz Roja"),
    "fr-collaboration": (POOL, "Avec la collaboration des bénévoles de la Croix-Rouge"),
    "de-agency-material": (BAKERY, "Mit Material der Nachrichtenagenturen dpa und Reuters"),
    "es-names-changed": (MARKET, "Los nombres de algunos vecinos se han cambiado para proteger su intimidad"),
    "es-newsroom-voice": (MARKET, "Nuestros lectores pueden enviar sus cartas sobre el tema a la redacción"),
    # A closing sentence naming one of a group the story told of.
    "es-among-the-first": (MARKET, "Entre los primeros clientes estaba Margarita Olmedo, jubilada de Almazán."),
    "de-among-the-first": (BAKERY, "Unter den ersten Kunden war Margarete Olsen, eine Rentnerin aus Passau."),
}


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("case", sorted(CLEAN_ENDINGS))
def test_the_articles_own_last_line_is_not_reported(teasers, case, separator):
    body, line = CLEAN_ENDINGS[case]
    assert _after_body(teasers, body + [line], separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("body", [LIBRARY, BAKERY, POOL, MARKET, TRAM, MUSEUM_ZH], ids=["en", "de", "fr", "es", "pl", "zh"])
def test_the_clean_articles_have_no_finding(teasers, body, separator):
    assert teasers.lint_text(_text(body, separator)) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_digest_of_unrelated_items_has_no_line_that_stands_out(teasers, separator):
    # Every line a story of its own: no line shifts the subject.
    digest = [
        "News in brief",
        "Firefighters in Hull rescued a swan trapped in a drainage grate on Sunday.",
        "A Derby bakery has won a national award for its pork pies, beating 400 entries.",
        "Councillors in Leeds approved a plan to plant 5,000 trees along the ring road.",
        "Norwich's oldest pub reopened after a flood closed it for three months.",
        "In Exeter, a retired teacher completed her 100th marathon at the age of 71.",
        "Police in Carlisle are appealing for witnesses after a shed was set alight.",
    ]
    assert _after_body(teasers, digest, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_two_lines_after_the_body_sharing_nothing_are_left_alone(teasers, separator):
    # Which of the two is another story's, and which the page's, the words
    # do not tell: UI's rules judge the page's lines.
    blocks = MARKET + ["Detenido un conductor ebrio tras chocar contra una farola en Burgos", "Síguenos también en nuestro canal de vídeos"]
    assert _after_body(teasers, blocks, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_japanese_list_of_related_stories_is_uis(teasers, separator):
    body = [
        "上野動物園でパンダの赤ちゃん公開",
        "上野動物園は１日、パンダの赤ちゃんの一般公開を始めた。",
        "公開初日の上野動物園には朝から大勢の家族連れが訪れ、パンダの赤ちゃんを見守った。",
        "パンダの赤ちゃんは生後四か月で、体重は約８キロに成長したという。",
        "上野動物園によると、公開は当面、午前中の二時間に限るという。",
        "パンダ舎の前では、係員が観覧の列を整理していた。",
    ]
    related = ["・北海道で記録的な大雪、交通に乱れ"]
    assert _after_body(teasers, body + related, separator) == []


def test_after_body_can_be_turned_off():
    body, line = DEFECTS["en-headline"]
    linter = Linter(select=["OC102"], rules={"OC102": {"after-body": False}})
    assert [f for f in linter.lint_text(_text(body + [line], "\n\n")) if MARK in f.message] == []


def test_the_module_judges_the_same_lines_in_both_layouts():
    body, line = DEFECTS["pl-sentence"]
    found = {
        separator: [found.line for found in lone_line.another_story_lines(Document(_text(body + [line], separator)), lambda number, text: False)]
        for separator in LAYOUTS
    }
    assert found == {"\n\n": [_line_number(len(body), "\n\n")], "\n": [_line_number(len(body), "\n")]}
