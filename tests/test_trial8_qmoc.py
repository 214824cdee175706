"""What trial8 found in QM and OC102: the French continuation of a long
quotation (`» ` opening the next paragraph) is no orphan mark; a quotation
swallowed by a nested one after a long attribution, and a lost mark before a
short title in single marks, are found; a lost mark is placed at the
attribution in more languages (a table of verbs of saying per language,
narration resuming in Arabic, Hindi and Chinese, a Russian or Ukrainian
quotation interrupted by the author's words); OC102 reads a headline that
keeps an idiom's "a" as headlinese.  Every text here was written for these
tests; each is tried in both layouts (a blank line between blocks, and
none)."""
import pytest

from newslint import Linter

from lint_support import findings_and_mark


@pytest.fixture(scope="module")
def quotes():
    return Linter(select=["QM"])


LAYOUTS = ("\n\n", "\n")
LAYOUT_IDS = ("blank", "noblank")


def _text(blocks, separator):
    return separator.join(blocks) + "\n"


# Paragraphs around the one under test, in its language.
AROUND = {
    "es": ("Las heladas arruinan la cosecha de almendras en Teruel",
           "Los agricultores de la comarca calculan pérdidas de varios millones de euros este año.",
           "La consejería de Agricultura estudiará ayudas directas para las explotaciones afectadas."),
    "uk": ("У громаді відремонтують міст через річку",
           "Міст закрили для руху ще навесні після того, як у ньому виявили тріщини.",
           "Поки що мешканці сіл змушені їздити в об'їзд через сусідній район."),
    "ru": ("Завод в Туле запустит вторую смену",
           "Спрос на продукцию предприятия вырос почти вдвое за последние полгода.",
           "Сейчас на заводе работают около шестисот человек."),
    "fr": ("La commune inaugure sa nouvelle médiathèque",
           "Le bâtiment, installé dans une ancienne gare, a coûté près de trois millions d'euros.",
           "La médiathèque sera ouverte six jours sur sept à partir du mois prochain."),
    "ar": ("افتتاح مستشفى جديد في المدينة",
           "يضم المستشفى الجديد أكثر من مئتي سرير وقسماً خاصاً بالأطفال.",
           "ومن المتوقع أن يبدأ استقبال المرضى في الأسبوع المقبل."),
    "hi": ("शहर में नई सड़क का निर्माण शुरू",
           "नई सड़क शहर के पूर्वी हिस्से को राजमार्ग से जोड़ेगी।",
           "स्थानीय लोगों ने इस फैसले का स्वागत किया है।"),
    "zh": ("县里将新建三所学校",
           "今年县里的教育投入比去年增加了两成。",
           "新学校预计可以容纳三千名学生。"),
}

# A damaged paragraph (``¦`` where the lost mark belonged) and the same
# paragraph with its marks, clean.
LOST_MARKS = {
    "Spanish, a verb of saying after the quotation": (
        "es", "QM101",
        "«Cada invierno perdemos parte de la cosecha por culpa de las heladas¦, reconoce la agricultora Marta Gil.",
        "«Cada invierno perdemos parte de la cosecha por culpa de las heladas», reconoce la agricultora Marta Gil."),
    "Spanish, another verb in the past": (
        "es", "QM101",
        "«No hemos recibido ninguna ayuda desde hace dos años¦, lamentó el presidente de la cooperativa.",
        "«No hemos recibido ninguna ayuda desde hace dos años», lamentó el presidente de la cooperativa."),
    "Ukrainian, after a dash": (
        "uk", "QM101",
        "«Ми відновимо рух мостом до кінця літа¦, — заявив голова громади Петро Коваль.",
        "«Ми відновимо рух мостом до кінця літа», — заявив голова громади Петро Коваль."),
    "Russian, interrupted by the author's words": (
        "ru", "QM102",
        "¦Мы не ожидали такого спроса, — признался директор завода Иван Петров. — Придётся открывать вторую смену».",
        "«Мы не ожидали такого спроса, — признался директор завода Иван Петров. — Придётся открывать вторую смену»."),
    "Ukrainian, interrupted by the author's words": (
        "uk", "QM102",
        "¦Ми не чекали, що ремонт так затягнеться, — сказала мешканка села Ольга Левчук. — Але тепер є надія».",
        "«Ми не чекали, що ремонт так затягнеться, — сказала мешканка села Ольга Левчук. — Але тепер є надія»."),
    "French, a nested quotation after a long attribution": (
        "fr", "QM101",
        "« Nous avons tenu parole¦, a déclaré la maire de la commune devant une salle comble, certains criant "
        "« Bravo ! ». « La suite dépend maintenant de vous. »",
        "« Nous avons tenu parole », a déclaré la maire de la commune devant une salle comble, certains criant "
        "« Bravo ! ». « La suite dépend maintenant de vous. »"),
    "Arabic, a participle of saying": (
        "ar", "QM101",
        'وقال المدير إن "المشروع سيكتمل قبل نهاية العام الحالي¦، مضيفاً أن التمويل متوفر بالكامل.',
        'وقال المدير إن "المشروع سيكتمل قبل نهاية العام الحالي"، مضيفاً أن التمويل متوفر بالكامل.'),
    "Hindi, narration after a danda": (
        "hi", "QM101",
        'मंत्री ने कहा, "सड़क का काम अगले महीने तक पूरा हो जाएगा।¦ उन्होंने यह भी बताया कि बजट बढ़ाया गया है।',
        'मंत्री ने कहा, "सड़क का काम अगले महीने तक पूरा हो जाएगा।" उन्होंने यह भी बताया कि बजट बढ़ाया गया है।'),
    "Chinese, narration after 。": (
        "zh", "QM101",
        "县长说：“我们会继续加大投入，让更多孩子受益。¦她还表示，明年将再招聘一百名教师。",
        "县长说：“我们会继续加大投入，让更多孩子受益。”她还表示，明年将再招聘一百名教师。"),
}


def _blocks(language, paragraph):
    headline, before, after = AROUND[language]
    return [headline, before, paragraph, after]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("name", list(LOST_MARKS))
def test_a_lost_mark_is_reported_where_it_belonged(quotes, name, separator):
    language, code, damaged, _ = LOST_MARKS[name]
    found, (line, column) = findings_and_mark(quotes, _blocks(language, damaged), separator)
    assert found == [(code, line, column)]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("name", list(LOST_MARKS))
def test_the_restored_paragraph_is_clean(quotes, name, separator):
    language, _, _, restored = LOST_MARKS[name]
    assert quotes.lint_text(_text(_blocks(language, restored), separator)) == []


# Long quotations over several paragraphs, as each language writes them: clean.
MULTI_PARAGRAPH = {
    "French, « guillemet de rappel »": [
        "Le gardien du phare raconte trente ans de tempêtes",
        "Jean-Marc Le Goff a passé trois décennies seul sur son rocher, face à l'Atlantique.",
        "« Au début, je comptais les jours. Le bateau de ravitaillement ne passait qu'une fois par mois.",
        "» Ensuite, j'ai appris à aimer le silence. Le vent devient une compagnie comme une autre.",
        "» Aujourd'hui, la terre ferme me paraît bien bruyante. »",
        "Le phare est automatisé depuis 2019 et ne se visite plus.",
    ],
    "English, each paragraph reopened": [
        "Village shop saved by its customers",
        "Residents of Hallow Green raised £60,000 in six weeks to buy their only shop.",
        '"When the owners retired, we thought that was the end of it. Nobody wanted to take it on.',
        '"Then somebody suggested a share scheme, and within a month half the village had signed up.',
        '"Now we open seven days a week," said Joan Pike, who chairs the committee.',
        "The shop will also house a post office counter from the spring.",
    ],
    "German, reversed guillemets reopened": [
        "Bäckerei feiert hundertjähriges Bestehen",
        "Seit 1925 backt die Familie Brandt in der Altstadt Brot nach demselben Rezept.",
        "»Mein Urgroßvater hat mit einem einzigen Ofen angefangen. Das Mehl kam vom Nachbarhof.",
        "»Heute backen wir jede Nacht achthundert Brote«, sagt Inhaberin Petra Brandt.",
        "Zum Jubiläum gibt es am Samstag ein Fest auf dem Marktplatz.",
    ],
    "Korean, a title in single marks opening a paragraph": [
        "신작 영화, 내년 봄 개봉",
        "감독 박민호의 신작이 내년 봄 전국 극장에서 개봉한다고 배급사가 밝혔다.",
        "이 영화는 한 어촌 마을의 겨울을 그린 작품으로 ‘겨울 정원’이라는 제목을 달았다.",
        "‘겨울 정원’은 지난해 촬영을 마쳤으며 현재 후반 작업 중이다.",
        "배급사는 다음 달 예고편을 공개할 예정이다.",
    ],
    "French, an aside inside the quotation": [
        "Le budget de la culture en hausse",
        "Le ministère a présenté mardi son budget pour l'année prochaine.",
        "« Le problème, a déclaré le ministre, c'est le financement des petites salles. « Elles ferment une à une. »",
        "Les syndicats du spectacle ont salué une annonce qu'ils jugent encore insuffisante.",
    ],
}


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("name", list(MULTI_PARAGRAPH))
def test_quotations_over_several_paragraphs_stay_clean(quotes, name, separator):
    assert quotes.lint_text(_text(MULTI_PARAGRAPH[name], separator)) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_paragraph_opening_with_a_closing_guillemet_and_no_quotation_before_it_closes_its_own(quotes, separator):
    """The continuation paragraph pairs its final » with its opening one,
    whatever came before; its own lost closing mark is still found."""
    blocks = list(MULTI_PARAGRAPH["French, « guillemet de rappel »"])
    blocks[4] = "» Aujourd'hui, la terre ferme me paraît bien bruyante, confie-t-il en souriant."
    found = [(d.code, d.line) for d in quotes.lint_text(_text(blocks, separator))]
    assert found == [("QM101", 5 * (2 if separator == "\n\n" else 1) - (1 if separator == "\n\n" else 0))]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_lost_mark_before_a_title_in_single_marks_is_found(quotes, separator):
    """A paragraph whose single-marked title is never closed, before one that
    opens with a title of its own: no quotation reopened there."""
    blocks = list(MULTI_PARAGRAPH["Korean, a title in single marks opening a paragraph"])
    blocks[2] = "이 영화는 한 어촌 마을의 겨울을 그린 작품으로 ‘겨울 정원이라는 제목을 달았다."
    found = [(d.code, d.line) for d in quotes.lint_text(_text(blocks, separator))]
    assert found == [("QM101", 3 * (2 if separator == "\n\n" else 1) - (1 if separator == "\n\n" else 0))]


# OC102 -------------------------------------------------------------------

@pytest.fixture(scope="module")
def teasers():
    return Linter(select=["OC102"])


def _line_number(blocks, index, separator):
    return index * (2 if separator == "\n\n" else 1) + 1


CANAL = [
    "How the Grand Western canal was dug by hand",
    "Work on the canal began in the spring of 1796, when some two hundred labourers arrived from Devon and "
    "Cornwall with picks, shovels and wheelbarrows.",
    "The men were paid by the yard and slept in huts along the route, moving on as each stretch of the channel "
    "was finished and lined with puddled clay.",
    "Progress was slow: a wet winter could flood the cutting, and in one season the navvies managed less than a "
    "mile between the lock at Lowdwells and the aqueduct.",
    "{between}",
    "Local farmers complained that the works cut their fields in two, and several took the canal company to court "
    "over bridges that were promised but never built.",
    "The finished waterway carried limestone and coal for barely forty years before the railway took its trade, "
    "and most of it was later drained.",
    "Today a restored eleven-mile stretch is popular with walkers, anglers and the horse-drawn barge that still "
    "runs in the summer months.",
]
CUSTOMS = [
    "La Guardia Civil intercepta una tonelada de tabaco en Algeciras",
    "Agentes de la Guardia Civil y de Vigilancia Aduanera interceptaron el martes un camión cargado con más de una "
    "tonelada de tabaco de contrabando en el puerto de Algeciras.",
    "El vehículo había llegado en un ferry procedente de Tánger y su conductor fue detenido en el acto por un "
    "presunto delito contra la Hacienda Pública.",
    "Según los investigadores, la mercancía estaba escondida bajo un cargamento de naranjas y habría alcanzado un "
    "valor de casi medio millón de euros en el mercado ilegal.",
    "{between}",
    "Las incautaciones de cajetillas se han duplicado en la provincia durante el último año, según los datos que "
    "maneja la Agencia Tributaria.",
    "Los sindicatos policiales reclaman más medios y personal para controlar el tráfico de mercancías en el estrecho.",
]

# Another story's headline between paragraphs, sharing one word by chance.
CHANCE_HEADLINES = {
    # English headlinese keeps "a" inside an idiom; "winter" is shared.
    "English, an idiom's 'a'": (CANAL, "Heating bills climb again as a cold winter bites"),
    # "contrato" meets the article's "contrabando" and "contra" only in their first letters.
    "Spanish, shared only by its first letters": (CUSTOMS, "El Valencia cierra el contrato de un delantero noruego"),
}


def _article(blocks, between):
    return [between if block == "{between}" else block for block in blocks]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("name", list(CHANCE_HEADLINES))
def test_a_headline_sharing_one_word_by_chance_is_found(teasers, name, separator):
    blocks, headline = CHANCE_HEADLINES[name]
    found = [d.line for d in teasers.lint_text(_text(_article(blocks, headline), separator))]
    assert found == [_line_number(blocks, blocks.index("{between}"), separator)]


# Lines of the article's own between its paragraphs: clean.
OWN_LINES = {
    "English caption keeping 'the'": (CANAL, "Navvies rested beside the flooded cutting near Tiverton"),
    "English subheading": (CANAL, "A canal nobody wanted"),
    "Spanish subheading sharing a word as written": (CUSTOMS, "Bandas del contrabando cada vez más ricas y mejor armadas"),
}


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
@pytest.mark.parametrize("name", list(OWN_LINES))
def test_the_articles_own_lines_stay_clean(teasers, name, separator):
    blocks, line = OWN_LINES[name]
    assert teasers.lint_text(_text(_article(blocks, line), separator)) == []
    assert teasers.lint_text(_text([block for block in blocks if block != "{between}"], separator)) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_an_interface_string_between_paragraphs_is_left_to_ui(separator):
    """A line the UI catalogue's templates match is UI101's: the engine keeps
    the finding of the rule that judges the whole line, not OC102's
    'another story's headline'."""
    blocks = _article(CANAL, "Read also: Council tax bills to rise by five per cent")
    found = [(d.code, d.line) for d in Linter(select=["OC102", "UI101"]).lint_text(_text(blocks, separator))]
    assert found == [("UI101", _line_number(blocks, 4, separator))]


# A French `» ` opening a paragraph continues a quotation only when the
# paragraph before left a « open (review of the merged round, rv8).
def test_a_rappel_after_a_paragraph_with_nothing_open_closes_nothing():
    text = "Le ministre est parti hier soir.\n\n» Et puis nous verrons.\n"
    found = [(d.code, d.col, d.message) for d in Linter(select=["QM"]).lint_text(text)]
    assert found == [("QM102", 1, "closing » (column 1) has no opening mark; the quotation probably starts here")]


def test_a_continued_quotation_left_open_names_the_mark_the_text_holds():
    text = (
        "Le ministre a dit : « Nous partirons demain, avant la fin de la session parlementaire.\n\n"
        "» Et puis nous verrons ce que le Sénat décidera, a-t-il ajouté.\n"
    )
    found = [(d.code, d.message) for d in Linter(select=["QM"]).lint_text(text)]
    assert [code for code, _ in found] == ["QM101"] and found[0][1].startswith("opening » (column 1)")
