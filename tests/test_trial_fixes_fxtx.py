"""False alarms a new-user trial found in the ML and TX families (helper
fxtx): foreign slogans and mottoes quoted in an English sentence (ML102),
refrains of verse and song titles (TX110), and markup an article writes
about (TX105, TX106, and TX105's safe fix).  Each clean case is tried in
both layouts, and each exemption has damage beside it that must stay found.
All text here is written for the project."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

LINTERS: dict = {}


def linter(codes):
    key = tuple(codes)
    if key not in LINTERS:
        LINTERS[key] = Linter(select=list(codes))
    return LINTERS[key]


def found(codes, text):
    return [(d.code, d.line) for d in linter(codes).lint_text(text)]


layouts = in_both_layouts


HEADLINE = "Parties across Europe look for words that win votes"
OPENING = (
    "Campaign strategists in several capitals say that voters remember a short phrase long after they have "
    "forgotten a manifesto, and that the best ones are repeated for decades."
)
CLOSING = "The next round of national elections will show which of the parties has found the right words."


# -- ML102: a short foreign phrase quoted whole as a name -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # named on its line: a motto, a slogan, a chant, a banner
        'Dutch liberals once campaigned under the motto "samen sterker voor iedereen", which few now remember.',
        'At the rally the crowd picked up the chant "wir sind das Volk" and kept it going for an hour.',
        'The banner over the square read "todos juntos por la vivienda" in letters a metre high.',
        'Her slogan, "plus jamais seuls dans la rue", was printed on every leaflet the party handed out.',
        # glossed after it: a dash or a bracket gives the translation
        'Italian unions marched behind "pane e lavoro per tutti" (bread and work for everyone) through Rome.',
        'Older members still sing "uma casa para cada família" — a home for every family — at the end of congress.',
    ],
)
def test_a_named_or_glossed_foreign_phrase_in_quotes_stays_clean(line):
    for text in layouts(HEADLINE, OPENING, line, CLOSING):
        assert found(["ML"], text) == []


@pytest.mark.parametrize(
    "line",
    [
        # quoted but neither named nor glossed: what machine translation leaves
        'The council said the new tram line was "muy cara para los vecinos del barrio" and would be reviewed.',
        # named, but a whole clause: longer than a slogan
        'The slogan on the poster, "wir haben das Geld für die Schulen und die Krankenhäuser nicht", drew complaints.',
        # a foreign clause with no quotation marks at all, on a line that names a motto
        'The motto was printed on the wall, y el gobierno dijo que la reforma sería aprobada pronto por el congreso.',
    ],
)
def test_foreign_clauses_that_are_no_named_phrase_stay_found(line):
    for text in layouts(HEADLINE, OPENING, line, CLOSING):
        assert [code for code, _ in found(["ML"], text)] == ["ML102"]


# -- TX110: refrains of verse and titles -------------------------------------------------

SONG_INTRO = "The record closes with a slow ballad about the harbour, sung over a fiddle:"
SONG_AFTER = "The band wrote the song in a single afternoon, its singer said, after a storm kept them indoors."


@pytest.mark.parametrize(
    "stanza",
    [
        ["Over the water, over the water,", "the boats came in with the morning tide,", "and the gulls went wide."],
        ["Home from the harbour, home from the harbour,", "We carried the nets up the hill;", "And the kettle was still."],
        ["Sing for the sailors, sing for the sailors, sing for the sailors,", "who never came back to the quay."],
    ],
)
def test_a_refrain_on_a_line_of_verse_stays_clean(stanza):
    # Verse is told by its lines running on (a comma or semicolon at a line's
    # end, or the next line in lower case); unpunctuated verse in capitals is
    # not told from a list of short lines, whose loops stay found.
    spaced = "\n\n".join([HEADLINE, SONG_INTRO, "\n".join(stanza), SONG_AFTER]) + "\n"
    compact = "\n".join([HEADLINE, SONG_INTRO, *stanza, SONG_AFTER]) + "\n"
    assert found(["TX110"], spaced) == []
    assert found(["TX110"], compact) == []


@pytest.mark.parametrize(
    "line",
    [
        "Faster, Faster, Faster is the name of the new exhibition of racing photographs at the city gallery.",
        "Louder, Louder, Louder, the second single, reached the top ten in March.",
    ],
)
def test_a_title_in_title_case_opening_its_sentence_stays_clean(line):
    for text in layouts(HEADLINE, OPENING, line, CLOSING):
        assert found(["TX110"], text) == []


@pytest.mark.parametrize(
    "blocks, line",
    [
        # four copies on a line of verse: more than a refrain says
        ((SONG_INTRO, "Over the water, over the water, over the water, over the water,", "the boats came in with the tide,",
          "and the gulls went wide."), 3),
        # a short line beside another, but the loop is a few words of a longer line
        ((SONG_INTRO, "The ferry left for Arran, Arran, Arran at nine,", "and the gulls went wide."), 3),
        # short lines of a list, which do not run on as verse does
        (("Fixtures on Saturday:", "Leeds v Hull or Wigan v Hull or Wigan Athletic", "Stoke v Derby", "Bristol v Luton"), 3),
        (("The court ordered him to:", "- Pay a fine, Pay a fine, Pay a fine of 200 pounds", "- Attend a course",
          "- Keep away from the shop"), 3),
        # a title-case run opening a sentence that names no work
        ((OPENING, "Thousands, Thousands, Thousands of passengers were stranded at the airport overnight."), 3),
        # a title-case word said three times inside a sentence, not opening it
        ((OPENING, "Researchers at the University of Bern, Bern, Bern have built a cheaper battery for buses."), 3),
        # a long phrase said twice in prose
        ((OPENING, "The bank said the Chinese bank's financial products, the Chinese bank's financial products were popular."), 3),
    ],
)
def test_loops_beside_the_exemptions_stay_found(blocks, line):
    spaced, compact = layouts(HEADLINE, *blocks, CLOSING)
    assert [code for code, _ in found(["TX110"], spaced)] == ["TX110"]
    assert found(["TX110"], spaced)[0][1] == 2 * line - 1
    assert [line_number for _, line_number in found(["TX110"], compact)] == [line]


# -- TX105 and TX106: markup the article writes about ------------------------------------

TUTORIAL_HEADLINE = "How a newsroom cleaned up its web pages"
TUTORIAL_OPENING = (
    "The paper's developers spent a month reading the HTML behind its archive, and found the same few "
    "problems on page after page."
)


@pytest.mark.parametrize(
    "line",
    [
        "Reporters who typed a non-breaking space got `&nbsp;` in the stored copy instead.",
        'The character reference for the pound sign, &pound; in the source, showed up in some headlines.',
        "Old stories wrapped every paragraph in a <font> tag that no browser has needed for years.",
        "A caption written as <figcaption class=\"small\"> lost its styling when the template changed.",
        'The team replaced each "<b>" with a stylesheet rule, which made the archive easier to restyle.',
        "Some desks used a <table> to lay out the page, which phones displayed as a single narrow column.",
    ],
)
def test_markup_the_article_writes_about_stays_clean(line):
    for text in layouts(TUTORIAL_HEADLINE, TUTORIAL_OPENING, line, CLOSING):
        assert found(["TX105", "TX106"], text) == []


def test_an_indented_code_line_in_an_article_about_markup_stays_clean():
    code = "    <p class=\"standfirst\">Storm warning &amp; travel advice</p>"
    spaced, compact = layouts(TUTORIAL_HEADLINE, TUTORIAL_OPENING, "The old template looked like this:", code, CLOSING)
    assert found(["TX105", "TX106"], spaced) == []
    assert found(["TX105", "TX106"], compact) == []


@pytest.mark.parametrize(
    "line, codes",
    [
        ("The council approved the budget.<br>Opposition members walked out of the chamber.", ["TX106"]),
        ("<p>The council approved the budget on Tuesday night.</p>", ["TX106", "TX106"]),
        ("Shares in AT&amp;T rose after the merger was approved by regulators.", ["TX105"]),
        ("The storm closed the coast road.&nbsp;Police turned cars back at the roundabout.", ["TX105"]),
    ],
)
def test_scraped_markup_stays_found(line, codes):
    for text in layouts(HEADLINE, OPENING, line, CLOSING):
        assert [code for code, _ in found(["TX105", "TX106"], text)] == codes


def test_the_entity_fix_is_applied_only_where_markup_is_not_the_subject():
    debris = "Shares in AT&amp;T rose after the merger was approved by regulators."
    plain = "\n\n".join([HEADLINE, OPENING, debris, CLOSING]) + "\n"
    fixed, applied = linter(["TX105"]).fix_text(plain)
    assert "AT&T rose" in fixed and [d.code for d in applied] == ["TX105"]
    # In an article about HTML the same debris is still reported, but a safe
    # fix could rewrite an entity the tutorial writes about, so none is offered.
    tutorial = "\n\n".join([TUTORIAL_HEADLINE, TUTORIAL_OPENING, debris, "Use &amp; for a bare ampersand in HTML."]) + "\n"
    assert [code for code, _ in found(["TX105"], tutorial)] == ["TX105"]
    fixed, applied = linter(["TX105"]).fix_text(tutorial)
    assert fixed == tutorial and applied == []
    fixed, applied = linter(["TX105"]).fix_text(tutorial, unsafe=True)
    assert fixed == tutorial and applied == []


# -- Misses the trial found: 。。 closing a Chinese paragraph, a danda glued to the
# -- next sentence, an article cut after a colon or on a Japanese particle -----------

CHINESE_HEADLINE = "本市公交客流持续回升"
CHINESE_OPENING = "市交通委员会周二发布数据显示，上月全市公交日均客流达到六百万人次，比去年同期增长百分之九。"
CHINESE_CLOSING = "交通部门表示，下半年将新开通十二条线路，并继续优化夜间公交服务。"


def test_a_doubled_full_stop_closing_a_chinese_paragraph_is_found():
    damaged = "其中，地铁客流增长最快。早高峰时段，多条线路满载率超过百分之一百二十。。"
    for text in layouts(CHINESE_HEADLINE, CHINESE_OPENING, damaged, CHINESE_CLOSING):
        assert [code for code, _ in found(["TX108"], text)] == ["TX108"]


@pytest.mark.parametrize(
    "line",
    [
        "好吧。。",  # a line of one sentence trailing off: informal writing
        "其中，地铁客流增长最快。早高峰时段真是挤死了啊。。。",  # three marks: an ellipsis
    ],
)
def test_chinese_full_stops_that_trail_off_stay_clean(line):
    for text in layouts(CHINESE_HEADLINE, CHINESE_OPENING, line, CHINESE_CLOSING):
        assert found(["TX108"], text) == []


def test_informal_japanese_trailing_off_at_a_paragraph_end_stays_clean():
    japanese = ["週末の予定", "今日は朝から雨が降っていた。友だちとカフェに行ったけど、混んでたなぁ。。", "また来週行こうと思う。"]
    for text in layouts(*japanese):
        assert found(["TX108"], text) == []


HINDI_HEADLINE = "शहर में नई बस सेवा शुरू"
HINDI_OPENING = "नगर निगम ने सोमवार को बीस नई बसों को हरी झंडी दिखाई। अधिकारियों ने कहा कि इससे यात्रियों को राहत मिलेगी।"
HINDI_CLOSING = "निगम अगले महीने दस और बसें जोड़ने की योजना बना रहा है।"


def test_a_danda_glued_to_the_next_sentence_is_found():
    damaged = "पहले दिन करीब चार हजार लोगों ने सफर किया।कई यात्रियों ने किराए को उचित बताया।"
    for text in layouts(HINDI_HEADLINE, HINDI_OPENING, damaged, HINDI_CLOSING):
        assert [code for code, _ in found(["TX109"], text)] == ["TX109"]
        fixed, _ = linter(["TX109"]).fix_text(text)
        assert "किया। कई" in fixed


def test_dandas_with_a_space_and_verse_endings_stay_clean():
    verse = "यह गीत गांव में गाया जाता है: मन की बात कहो।। सुख दुख सब सहो॥ और आगे बढ़ो।"
    for text in layouts(HINDI_HEADLINE, HINDI_OPENING, verse, HINDI_CLOSING):
        assert found(["TX109"], text) == []


ENGLISH_BODY = [
    "Library opening hours to be cut",
    "The county council will close its branch libraries on Mondays from April to save money.",
    "Campaigners say the change will hit older readers and families who cannot reach the central library.",
]


def test_an_article_cut_after_a_colon_is_found():
    cut = "A spokeswoman for the campaign listed the three demands it will put to the council at its next meeting:"
    for text in layouts(*ENGLISH_BODY, cut):
        ((code, line),) = found(["TX112"], text)
        assert code == "TX112" and line == text.rstrip("\n").count("\n") + 1


@pytest.mark.parametrize(
    "last",
    [
        "For more information contact:",  # a label, not prose
        "Opening hours from April:",
    ],
)
def test_a_short_label_ending_in_a_colon_stays_clean(last):
    for text in layouts(*ENGLISH_BODY, last):
        assert found(["TX112"], text) == []


def test_a_colon_after_paragraphs_that_end_without_marks_stays_clean():
    listing = ["Library opening hours", "Central library open every day from nine", "Branch libraries open on weekdays only",
               "Mobile library visits each village twice a month and stops at the school and the church hall:"]
    for text in layouts(*listing):
        assert found(["TX112"], text) == []


JAPANESE_BODY = [
    "市営バス、来月から値上げ",
    "市交通局は１日、来月から市営バスの運賃を大人一律２３０円に値上げすると発表した。燃料費の高騰が理由という。",
    "値上げは１５年ぶりで、子ども運賃と定期券も合わせて見直す。市は利用者への周知を急いでいる。",
]


def test_a_japanese_article_cut_on_a_particle_is_found():
    cut = "交通局は、高齢者向けの割引制度については当面維持するとしたうえで、今後の利用状況を見ながら制度の在り方を"
    for text in layouts(*JAPANESE_BODY, cut):
        assert [code for code, _ in found(["TX112"], text)] == ["TX112"]


@pytest.mark.parametrize(
    "last",
    [
        "交通局は、高齢者向けの割引制度については当面維持するとしている。",
        "運賃改定のお知らせは市のホームページに",  # short: a link's label, not cut prose
        "交通局は、割引制度について今後の利用状況を見ながら検討するとの",  # の may end speech and headlines
    ],
)
def test_japanese_endings_that_are_no_cut_stay_clean(last):
    for text in layouts(*JAPANESE_BODY, last):
        assert found(["TX112"], text) == []


def test_a_colon_announcing_a_table_or_a_video_stays_clean():
    # The extractor keeps words, not tables and videos: the text ends there on purpose.
    for last in ("The chart below shows how many visits each branch library had in the last five years:",
                 "Campaigners filmed the queue outside the central library on its last Monday opening, and you can watch it here:"):
        for text in layouts(*ENGLISH_BODY, last):
            assert found(["TX112"], text) == []


@pytest.mark.parametrize(
    "line, codes",
    [
        # debris glued to the words it marked up, in sentences that happen to name tags or HTML
        ("<p>Tags were fitted to forty swans by the research team last spring.</p>", ["TX106", "TX106"]),
        ("The HTML team at the agency said profits rose.&nbsp;Shares fell later in the day.", ["TX105"]),
        ("Read the code of conduct &amp; rules before the meeting, the chairman said.", ["TX105"]),
    ],
)
def test_debris_in_a_sentence_that_names_markup_stays_found(line, codes):
    for text in layouts(HEADLINE, OPENING, line, CLOSING):
        assert [code for code, _ in found(["TX105", "TX106"], text)] == codes
