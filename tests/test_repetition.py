"""TX110 repetition-loop, TX111 duplicated-passage and TX112 truncated-ending
on text written for the project: each defect, the clean text around it, other
languages, and both layouts (a blank line between paragraphs, and none)."""
import pytest
from growth import assert_linear

from newslint import Document, Linter
from newslint.config import load_config
from newslint.plugins import load_registry

LINTERS = {}


def found(code, text):
    if code not in LINTERS:
        LINTERS[code] = Linter(select=[code])  # built once: building reads the configuration
    linter = LINTERS[code]
    return [(d.line, d.col, d.message) for d in linter.lint_text(text)]


def compact(text):
    """The same article with no blank lines between its paragraphs."""
    return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def both_layouts(paragraphs):
    spaced = "\n\n".join(paragraphs) + "\n"
    return [spaced, compact(spaced)]


HEADLINE = "Swiss researchers unveil new battery design"
LEAD = "Researchers at the University of Bern have unveiled a battery that charges in minutes."
BODY = "The team said the design uses sodium instead of lithium, which is cheaper and easier to source."
CLOSE = "Commercial production could begin within three years, the university said."


# -- TX110 repetition loop ----------------------------------------------------------


@pytest.mark.parametrize(
    "line, phrase, copies",
    [
        ("Researchers at the University of Bern, Bern, Bern, Bern have unveiled a battery.", "Bern", 4),
        ("The bank said the Chinese bank's financial products, the Chinese bank's financial products were popular.",
         "the Chinese bank's financial products", 2),
        ("The video shows the history of the town, the history of the town, the history of the town in detail.",
         "the history of the town", 3),
        ("Shares in the the the company fell sharply on Monday.", "the", 3),
        ("Voters in Ohio Ohio Ohio Ohio went to the polls early.", "Ohio", 4),
        ("The minister said said said that talks would go on.", "said", 3),
        ("Officials share this story share this story share this story with readers.", "share this story", 3),
        ("Gold and and and foreign currency reserves rose.", "and", 3),
        ("Shares in UK UK UK drug firms fell.", "UK", 3),
        ("BMW will recall cars fitted with a a a a a faulty pump.", "a", 5),
        ("Revenues were hit by costs and sluggish, and sluggish, and sluggish advertising.", "and sluggish", 3),
        ("Prices fell for a 40% drop, prices fell for a 40% drop in profits.", "Prices fell for a 40% drop", 2),
    ],
)
def test_loops_are_found(line, phrase, copies):
    for text in both_layouts([HEADLINE, line, CLOSE]):
        ((_, _, message),) = found("TX110", text)
        assert message == f'repetition loop: "{phrase}" {copies} times in a row'


def test_loop_is_positioned_on_the_repeated_copies():
    text = f"{HEADLINE}\n\nResearchers at the University of Bern, Bern, Bern have unveiled a battery.\n"
    assert found("TX110", text) == [(3, 40, 'repetition loop: "Bern" 3 times in a row')]
    assert found("TX110", compact(text))[0][:2] == (2, 40)


def test_a_word_written_twice_is_doubled_word_not_a_loop():
    text = f"{HEADLINE}\n\nThe minister said the the talks would resume.\n"
    assert found("TX110", text) == []
    assert [code for code in ("TX101", "TX110") if found(code, text)] == ["TX101"]
    tripled = f"{HEADLINE}\n\nThe minister said the the the talks would resume.\n"
    assert [code for code in ("TX101", "TX110") if found(code, tripled)] == ["TX110"]


def test_long_loop_is_reported_once_with_its_shortest_phrase():
    text = f"{HEADLINE}\n\nThe prime minister visited Bern" + ", Bern" * 12 + " last week.\n"
    assert found("TX110", text) == [(3, 34, 'repetition loop: "Bern" 13 times in a row')]


@pytest.mark.parametrize(
    "line",
    [
        'Fans chanted "go, go, go" as the final whistle neared.',
        'The crowd sang "Olé, olé, olé" until the lights went out.',
        '"It was very, very, very difficult," the coach said after the match.',
        '"Education, education, education," the leader told the conference.',
        "She said it was very, very, very hard to find staff.",
        "The court said the matter would be settled by and by, as the law allows.",
        "Children counted one, two, three, four before the race began.",
        "Prices rose over and over and over again, and more and more families struggled.",
        "The so-so results were blamed on a bye-bye to old customers and a tut-tut from critics.",
        "Tickets for the musical Spend Spend Spend went on sale, and Gimme Gimme Gimme played.",
        "Results: Table 1, Table 2, Table 3 and Table 4 are in the appendix.",
        "The code N/A N/A N/A N/A filled every column of the report.",
        "Grades of A, A, A and B were awarded to the school.",
        "Judge it for what it is, not what it is not, the critic wrote.",
        "Tora! Tora! Tora! was the signal, historians said.",
        "It was the best of times, it was the worst of times, the novel begins.",
        "The band played Ha Ha Ha and la la la to a sold-out crowd.",
    ],
)
def test_chants_idioms_lists_titles_and_counting_stay_clean(line):
    for text in both_layouts([HEADLINE, line, CLOSE]):
        assert found("TX110", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Chinese, Japanese and Korean repeat characters inside one word.
        "北京天天下雨。人们说谢谢谢谢，然后慢慢地走了。\n\n专家说这种天气还会持续几天。\n",
        "東京ではどんどん雨が降っている。みんなはゆっくりゆっくり歩いた。\n\n専門家は明日も雨が続くと話した。\n",
        "웃음소리가 하하하 울렸다. 아이들은 깡충깡충 뛰었다.\n\n전문가들은 날씨가 계속될 것이라고 말했다.\n",
        # Spanish, German and Arabic prose and chants.
        'El público gritó "olé, olé, olé" cuando el torero salió a la plaza.\n\nLa corrida terminó tarde.\n',
        "Die Regierung sagte, die Lage sei sehr, sehr ernst.\n\n„Nie, nie, nie wieder“, riefen die Demonstranten.\n",
        "قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في جنيف.\n\nوأضاف أن الاتفاق قريب.\n",
    ],
)
def test_other_languages_stay_clean(text):
    assert found("TX110", text) == []
    assert found("TX110", compact(text)) == []


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("La Universidad de Berna, Berna, Berna, Berna presentó una batería nueva.\n", "Berna"),
        ("Die Forscher der Universität Bern, Bern, Bern haben eine Batterie vorgestellt.\n", "Bern"),
        # Chinese words are not spaced: the first copy is glued to the words
        # before it and the last to those after, so three stand alone here.
        ("两家银行的理财产品，银行的理财产品，银行的理财产品，银行的理财产品，银行的理财产品都很受欢迎。\n", "银行的理财产品"),
        ("연구진은 베른 대학교 대학교 대학교 대학교에서 배터리를 공개했다.\n", "대학교"),
        ("وقال الباحثون في جامعة برن، برن، برن، برن إنهم طوروا بطارية جديدة.\n", "برن"),
    ],
)
def test_loops_in_other_languages(text, phrase):
    ((_, _, message),) = found("TX110", text)
    assert f'"{phrase}"' in message


def test_allow_option():
    text = f"{HEADLINE}\n\nResearchers at the University of Bern, Bern, Bern have unveiled a battery.\n"
    allowing = Linter(select=["TX110"], rules={"TX110": {"allow": ["bern"]}})
    assert allowing.lint_text(text) == []


def test_loop_gate_sees_loops_at_every_length_and_setting():
    # The gate before the search (a phrase three times, or a long one twice,
    # words compared whatever their case and breaks) must let every loop
    # through: at the longest phrase max-words allows, at max-words 1 and 4,
    # and across a line end whose copies the search then keeps apart.
    longest = ("one of the longest phrases that a loop can hold in the default settings of the rule, "
               "twenty four words in all, no more").replace(",", "")
    assert len(longest.split()) == 24  # max-words in config.yaml
    line = f"Officials said {longest}, {longest} on Monday."
    assert [message for _, _, message in found("TX110", line + "\n")] == [f'repetition loop: "{longest}" 2 times in a row']
    longer = longest + " today"
    assert found("TX110", f"Officials said {longer}, {longer} on Monday.\n") == []
    bern = "Researchers at the University of Bern, Bern, Bern have unveiled a battery.\n"
    for max_words in (1, 4):
        linter = Linter(select=["TX110"], rules={"TX110": {"max-words": max_words}})
        assert [d.message for d in linter.lint_text(bern)] == ['repetition loop: "Bern" 3 times in a row']
    four = "the Chinese bank's products"
    twice = f"The bank said {four}, {four} were popular.\n"
    assert found("TX110", twice) != []
    assert Linter(select=["TX110"], rules={"TX110": {"max-words": 3}}).lint_text(twice) == []
    assert Linter(select=["TX110"], rules={"TX110": {"max-words": 0}}).lint_text(bern) == []
    # A word at a line's end and the same words on the next lines: the
    # copies stand across breaks, so no loop, in either case.
    assert found("TX110", "Prices rose in Bern\nBern\nBern\nBERN officials said.\n") == []


# -- TX111 duplicated passage ------------------------------------------------------

REPEATED = "The team said the design uses sodium instead of lithium, which is cheaper and easier to source across Europe."


def test_repeated_paragraph_is_reported_once_on_its_second_copy():
    spaced, flat = both_layouts([HEADLINE, REPEATED, LEAD, REPEATED, CLOSE])
    assert found("TX111", spaced) == [(7, 1, "paragraph repeated: it already stands on line 3")]
    assert found("TX111", flat) == [(4, 1, "paragraph repeated: it already stands on line 2")]


def test_repeated_sentence_inside_another_paragraph():
    sentence = "The battery charges in minutes and lasts for ten years."
    spaced, flat = both_layouts([HEADLINE, f"{LEAD} {sentence}", BODY, f"{CLOSE} {sentence}"])
    column = len(CLOSE) + 2
    assert found("TX111", spaced) == [(7, column, "sentence repeated: it already stands on line 3")]
    assert found("TX111", flat)[0][:2] == (4, column)


def test_repeated_sentence_on_the_same_line():
    sentence = "The battery charges in minutes and lasts for ten years."
    text = f"{HEADLINE}\n\n{sentence} {sentence}\n"
    assert found("TX111", text) == [(3, len(sentence) + 2, "sentence repeated: it already stands on line 3")]


def test_copies_differing_in_spacing_case_and_quotes_match():
    first = "The minister said “the talks will resume on Monday in Geneva” after the vote."
    second = 'THE MINISTER said  "the talks will resume on Monday in Geneva"  after the vote.'
    text = f"{HEADLINE}\n\n{first} {LEAD}\n\n{BODY}\n\n{CLOSE} {second}\n"
    assert len(found("TX111", text)) == 1


def test_short_repeated_lines_are_left_to_ui106():
    caption = "Watch the moment the new battery was unveiled in Bern this week"
    text = f"{HEADLINE}\n\n{caption}\n\n{LEAD}\n\n{caption}\n\n{CLOSE}\n"
    assert found("TX111", text) == []
    assert found("UI106", text)
    short = "Shares rose on the news."
    assert found("TX111", f"{HEADLINE}\n\n{short} {LEAD}\n\n{short} {CLOSE}\n") == []


def test_distinct_sentences_stay_clean():
    for text in both_layouts([HEADLINE, LEAD, BODY, CLOSE, "The team said the design uses sodium, not lithium."]):
        assert found("TX111", text) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "El equipo dijo que el diseño usa sodio en lugar de litio, que es más barato y fácil de conseguir.",
        "Das Team sagte, das Design verwende Natrium statt Lithium, das billiger und leichter zu beschaffen sei.",
        "연구팀은 이 설계가 리튬 대신 나트륨을 사용해 더 저렴하고 유럽에서 구하기도 쉽다고 밝혔다 그리고 곧 생산한다.",
        "研究团队表示，这种设计使用钠而不是锂，钠更便宜，也更容易在欧洲各地采购，生产可能在三年内开始。",
        "وقال الفريق إن التصميم يستخدم الصوديوم بدلا من الليثيوم وهو أرخص وأسهل في الحصول عليه في أوروبا.",
    ],
)
def test_duplicated_paragraph_in_other_languages(paragraph):
    spaced, flat = both_layouts(["Titular", paragraph, "Otra frase distinta del artículo.", paragraph])
    assert [message for _, _, message in found("TX111", spaced)] == ["paragraph repeated: it already stands on line 3"]
    assert len(found("TX111", flat)) == 1


# -- TX112 truncated ending --------------------------------------------------------


@pytest.mark.parametrize(
    "last, message",
    [
        ("Commercial production could begin within three years if funding is secured and the",
         'article ends mid-sentence: its last paragraph stops at "the"'),
        ("Commercial production could begin within three years, the university said,",
         "article ends mid-sentence: its last paragraph stops at a comma or dash"),
        ("Commercial production could begin within three years, the university said once funding arrives",
         'article ends mid-sentence: its last paragraph stops at "arrives"'),
        ("Commercial production could begin within three years...",
         "article ends in an ellipsis: the text was cut off"),
        ("Commercial production could begin within three years, the university…",
         "article ends in an ellipsis: the text was cut off"),
        ("Read more", "article ends in a link to the rest: the rest of the text was not scraped"),
        ("Continue reading »", "article ends in a link to the rest: the rest of the text was not scraped"),
        ("Commercial production could begin within three years if funding from the Read more",
         "article ends in a link to the rest: the rest of the text was not scraped"),
        ("Subscribe to continue reading.", "article ends in a paywall notice: the rest of the text was not scraped"),
        ("This article is for subscribers only.",
         "article ends in a paywall notice: the rest of the text was not scraped"),
        ("Commercial production could begin soon. Subscribe to continue reading",
         "article ends in a paywall notice: the rest of the text was not scraped"),
    ],
)
def test_truncated_endings(last, message):
    for text in both_layouts([HEADLINE, LEAD, BODY, last]):
        ((line, _, reported),) = found("TX112", text)
        assert reported == message
        assert line == len(text.rstrip("\n").split("\n"))


def test_truncation_is_positioned_on_the_cut():
    text = f"{HEADLINE}\n\n{LEAD}\n\nProduction could begin if funding is secured and the\n"
    assert found("TX112", text)[0][:2] == (5, 50)
    text = f"{HEADLINE}\n\n{LEAD}\n\nProduction could begin if funding from the Read more\n"
    assert found("TX112", text)[0][:2] == (5, 44)


@pytest.mark.parametrize(
    "last",
    [
        CLOSE,
        '"We are very excited about what this means for Europe," said Professor Anna Keller',
        "“We are very excited about what this means for Europe”",
        "Will the battery reach the shops before the end of the decade?",
        "Reporting by Anna Keller; editing by Tom Hale",
        "By Anna Keller, science correspondent",
        "Additional reporting by the Bern newsroom staff and wire services",
        "Photo: university of bern press office",
        "Anna Keller",
        "Bern, 12 March 2025",
        "Updated 14:05 GMT on Thursday, first published in the morning edition",
        "More information: https://www.example.org/battery",
        "Contact the press office at press@example.org",
        "- lighter cells\n- cheaper sodium\n- faster charging in cold weather",
        "Cell\tCapacity\tCost\nSodium\t120 Wh/kg\tlow",
        "(Reuters)",
        "Anna Keller is science correspondent for The World, a Swiss and German radio co-production",
        "The coach said the team would need more than a safe pair of hands when in Rome ... .",
        "Copyright 2025 Example News. All rights reserved",
    ],
)
def test_endings_that_are_not_cut_stay_clean(last):
    for text in both_layouts([HEADLINE, LEAD, BODY, last]):
        assert found("TX112", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Swiss researchers unveil new battery design and the\n",
        f"{HEADLINE}\n",
        "Commercial production could begin within three years if funding is secured and the\n",
        f"{HEADLINE}\n\nCommercial production could begin within three years if funding is secured and the\n",
        "Line\nand and\n",
    ],
)
def test_headline_only_and_one_line_articles_are_not_judged(text):
    assert found("TX112", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nuevo diseño de batería\n\nLos investigadores presentaron una batería.\n\nLa producción podría empezar en tres años.\n",
        "Neue Batterie vorgestellt\n\nDie Forscher stellten eine Batterie vor.\n\n„Wir sind sehr zufrieden“, sagte die Leiterin\n",
        "새 배터리 공개\n\n연구진은 새 배터리를 공개했다.\n\n생산은 3년 안에 시작될 수 있다고 대학은 밝혔다.\n\n홍길동 기자\n",
        "新型电池亮相\n\n研究人员周二公布了一种新型电池。\n\n大学表示，商业化生产可能在三年内开始！\n",
        "بطارية جديدة\n\nكشف الباحثون عن بطارية جديدة.\n\nوقالت الجامعة إن الإنتاج قد يبدأ خلال ثلاث سنوات۔\n",
        "नई बैटरी\n\nशोधकर्ताओं ने नई बैटरी पेश की।\n\nविश्वविद्यालय ने कहा कि उत्पादन तीन साल में शुरू हो सकता है।\n",
    ],
)
def test_other_languages_that_end_properly_stay_clean(text):
    assert found("TX112", text) == []
    assert found("TX112", compact(text)) == []


@pytest.mark.parametrize(
    "text, message",
    [
        ("Nueva batería\n\nLos investigadores presentaron una batería.\n\nLa producción podría empezar si la universidad consigue fondos de la\n",
         'stops at "la"'),
        ("Neue Batterie\n\nDie Forscher stellten eine Batterie vor.\n\nDie Produktion könnte beginnen, wenn die Universität das Geld und die\n",
         'stops at "die"'),
        ("Nueva batería\n\nLos investigadores presentaron una batería.\n\nSeguir leyendo\n", "link to the rest"),
        ("Neue Batterie\n\nDie Forscher stellten eine Batterie vor.\n\nDieser Artikel ist nur für Abonnenten.\n", "paywall notice"),
        ("新型电池亮相\n\n研究人员周二公布了一种新型电池。\n\n大学表示，如果资金到位，\n", "comma or dash"),
        ("새 배터리 공개\n\n연구진은 새 배터리를 공개했다.\n\n기사 더보기\n", "link to the rest"),
        ("بطارية جديدة\n\nكشف الباحثون عن بطارية جديدة.\n\nاقرأ المزيد\n", "link to the rest"),
    ],
)
def test_truncation_in_other_languages(text, message):
    for layout in (text, compact(text)):
        ((_, _, reported),) = found("TX112", layout)
        assert message in reported


# -- cost grows linearly ----------------------------------------------------------


def _check(code):
    """The rule's own check on a fresh document, without the engine (whose
    cost per finding is not this rule's)."""
    rule = load_registry().rules[code]()
    options = load_config(isolated=True).rules[code]
    return lambda text: list(rule.check_document(Document(text), options))


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "Bern " * n + "\n",  # one loop of n copies
        lambda n: "the bank said, " * n + "\n",  # one loop of a phrase
        lambda n: '"He said" Bern Bern Bern Bern. ' * n + "\n",  # n loops on one line, each asking its quotation state
    ],
    ids=["word", "phrase", "many-quoted"],
)
def test_repetition_loop_is_linear(build):
    assert_linear(build, _check("TX110"), n=100)


def test_duplicated_passage_is_linear():
    sentence = "The team said the design uses sodium instead of lithium in the new cells."
    assert_linear(lambda n: (sentence + "\n") * n, _check("TX111"), n=400)
    assert_linear(lambda n: (sentence + " ") * n + "\n", _check("TX111"), n=400)


def test_truncated_ending_is_linear():
    # The longest last line, ending in a word that could dangle in no language.
    assert_linear(lambda n: "Headline\n\nA sentence.\n\n" + "word " * n + "stops\n", _check("TX112"), n=400)
    # Many paragraphs, each asked whether it ends with a mark.
    prose = "A sentence of prose that ends well and goes on a little longer.\n"
    assert_linear(lambda n: "Headline\n\n" + prose * n + "and then it stops without a mark here\n", _check("TX112"), n=400)
