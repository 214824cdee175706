"""TX108 doubled-punctuation and TX109 missing-space: sentence punctuation
damaged where text nodes were joined."""
from __future__ import annotations

import bisect
import itertools
from typing import Any, Iterator, Mapping

import regex

from newslint import Applicability, Document, Finding, Fixable, Line, Rule
from newslint.document import ends_sentence
from newslint.lazy_pattern import LazyPattern
from newslint.pattern_cache import compile_cached
from newslint.words import common_zipfs

from ..lexicon import latin_language

# Two sentence marks where one belongs: "closed..", ",,", ";;", ",.".  An
# ellipsis (three or more dots, or ". . .") and "?!" are writing, and ".,"
# follows abbreviations ("A.D.,", "Inc.,"), so none of them is damage.
# Chinese, Japanese and Arabic the same way: two full stops (。。, ．．, but
# not three, which informal writing uses as an ellipsis), doubled commas
# (，， 、、 ،،), semicolons and colons (；； ：： ؛؛), and a comma before a
# full stop (，。 、。).  Doubled ！！ and ？？ (and ؟؟) are emphasis, and
# …… is the Chinese ellipsis: written on purpose, not reported.
DOUBLED = LazyPattern(
    regex.compile,
    r"(?<![.])(?:\.\.(?![.])|,,+|;;+|::+|,\.(?![.]))"
    r"|(?<![。．])(?:。。|．．)(?![。．])|，，+|、、+|；；+|：：+|،،+|؛؛+|[，、]。",
)
# A sentence mark glued to the next sentence: "said.The", "closed.”The".
# Two lower-case letters before the mark keep out initials and
# abbreviations (U.S.Army, Ph.D), and the capital then lower-case letter
# after it keeps out domains, file names and version numbers.
# A bracket may close before the mark: "(see below).The".  A word of one
# capital letter counts too when a space and a word follow it ("months.A
# spokesman", "Trabalho.A oposição", "месяца.В Москве"): initials
# ("J.R.R. Tolkien", "U.S.A") have one letter before the mark, not two.
MISSING_SPACE = compile_cached(r"(?<=\p{Ll}\p{Ll}[)\]]?[.!?][\"”’»)]?)(?=\p{Lu}\p{Ll}|\p{Lu} \p{L})")
# The words of one capital letter a sentence starts with: "A", "I" (en),
# "A", "O", "E", "É" (pt), "Y", "O" (es), "E", "È", "I" (it), "À" (fr), "В",
# "С", "К", "И", "А", "О", "У", "Я" (ru).  Glued after a word that is no
# common word of the article's language, a capital letter is a name's
# variant ("the Zafi.D virus", "MyDoom.A worm"), not a sentence's start.
ONE_LETTER_WORDS = frozenset("AIOEYÉÈÀВСКИАОУЯ")
WORD_BEFORE_MARK = compile_cached(r"(\p{L}+)[)\]]?[.!?][\"”’»)]?$")
# How far back from the glued letter the word before the mark is read.
WORD_BEFORE_LOOKBACK = 40
# A comma glued to a word in lower case after a word ending in lower case:
# "eingestellt,teilte", "the plan,which", "the Party,said".  Numbers (1,000), chemical names
# (2,4-D) and code hold digits or stand on code lines; a list written without
# spaces ("red,green,blue", a table's cells) glues more than one comma on its
# line.  Reported on a line of prose (COMMA_PROSE_WORDS words or more, ending
# as a sentence does) when both words are common words of the article's
# language: neither an identifier nor a name.
COMMA_GLUE = compile_cached(r"(?<=\p{L}\p{Ll}),(?=\p{Ll}\p{Ll})")
COMMA_PROSE_WORDS = 8
WORD_AROUND_COMMA = compile_cached(r"(\p{L}+),(\p{L}+)")
# Hindi, Marathi, Bengali and Sanskrit put a space after the danda as
# English does after a full stop: "ने तीन विकेट लिए।मैच" ran two sentences
# together ("।।" and "॥" end verses and are left alone).  Searched only in
# text that holds a danda: an alternative of MISSING_SPACE would be tried
# at every position of every article.
DANDA = "।"
DANDA_GLUE = compile_cached(r"(?<=[\p{L}\p{M}]।)(?=\p{L})")
# Korean puts a space after a sentence's stop too, and its sentences end on a
# verb's ending, in news nearly always 다 ("…열릴 예정이다.사업 대상은"), else
# 요 or 까: a Hangul letter glued after one of those and a stop ran two
# sentences together.  No letter case to read, so the ending stands in for
# it (a stop between other syllables, "서울.부산", may separate a list).
# The match ends where the glued sentence starts.  Not after a closing
# quotation mark: Korean glues the quotative particle to it ("…입니다."라고
#말했다", "…했다”며").
HANGUL_GLUE = compile_cached(r"(?<=\p{Hangul})[다요까][.!?](?=\p{Hangul})")
# The same after a number: "in 2019.The", "rose 4%.Teachers", "fell to
# 4.1%.Economists", "un 2,1 %.Los", "105p.Analysts", "(aged 19 and 23).They".  The number stands alone (not "v2.0", "No.2",
# "4.2.1" or "3.1": a letter, a digit or a dot before it, or a digit after
# the mark, is a version, a reference or a decimal), and has at most two
# lower-case letters of a unit after it ("2m", "5bn").  What follows is a
# word of letters alone: a chess move ("1.Rd1!", "3.Qh5", "2.Bxf7+") is no
# sentence glued to a number.
NUMBER_GLUE = compile_cached(
    r"(?<![\p{L}\p{N}._,])\p{N}{1,4}(?:,\p{N}{3})*(?:[.,]\p{N}{1,2})?(?:[ \u00a0\u202f]?%|\p{Ll}{1,2})?[)\]]?[.!?][\"”’»)]?"
    r"(?=(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]))"
)
# What MISSING_SPACE and NUMBER_GLUE both need: a stop (and a closing mark)
# before a capital and a lower-case letter or a space and a letter.  One
# search of it costs about a third of theirs, and about one article in ten
# holds it, so the gate asks them only of those.
STOP_BEFORE_CAPITAL = compile_cached(r"[.!?][\"”’»)]?\p{Lu}(?:\p{Ll}| \p{L})")
# At most this many characters either side of a missing space are quoted.
GLUED_SHOWN_CHARS = 20
# What may stand before a list's number at a line's start.
LIST_BULLETS = " \t\u00a0-–—•·*#("
# Titles abbreviated before a name, glued to it: "Prof.Smith", "Sra.García",
# "ул.Ленина".  A missing space, but no sentence ends there.
TITLES = frozenset(
    """prof dra sra srta gen gov sen rep capt col sgt lt rev hon mrs mme mlle messrs dres sres
    ing arq lic mgr hrn frau herr ул им пр проф акад инж ген""".split()
)
TITLE_BEFORE = compile_cached(r"(\p{L}+)[.]$")
# How far back from a glued capital a title is looked for: the longest
# title, its full stop and room to spare (not the whole line: it stays linear).
TITLE_LOOKBACK = 12
# Languages that write ordinals with a full stop ("am 3.Oktober", "die
# 2.Bundesliga", "17.mai"), where a number and a capitalised noun glued
# are no damage: there, only a word that starts sentences follows a glued
# number (lower case here).
ORDINAL_DOT_LANGUAGES = frozenset("de da no nb nn fi cs sk pl hu sl hr sr bs et lv lt is tr".split())
SENTENCE_STARTERS = frozenset(
    """der die das den dem des ein eine er sie es wir ich ihr im am auch aber dies diese dieser dieses
    man nach seit bei mit zu doch dann damit deshalb laut nun so als wie wenn dort hier jetzt""".split()
)
# Nouns an ordinal with a full stop stands before in any article, quoted
# from German (a month, a league): "the 2.Bundesliga", "born on 17.Mai".
# A day or a rank: one or two digits and the stop, nothing else.
ORDINAL_NOUNS = frozenset(
    """januar jänner februar märz april mai juni juli august september oktober november dezember
    bundesliga liga division klasse kreisliga bezirksliga landesliga verbandsliga oberliga regionalliga""".split()
)
ORDINAL = compile_cached(r"\p{N}{1,2}\.")
# "The plan: 1.Reduce costs 2.Improve service": after a colon, numbers in
# sequence glued to their items are an inline list.
LIST_INTRODUCER = ":"
# "Amazon.Com", "News.Co.Uk": a capitalised top-level domain.
DOMAIN_ENDING = LazyPattern(compile_cached, r"(?:Com|Org|Net|Co|Uk|Gov|Edu|Info|Biz|Io|Tv|De|Fr)\b")
# From a word's start only: every match starts there anyway, and trying
# every character of a long word again made one line of thousands of dots
# (hostile input) quadratic.
URLISH = compile_cached(r"(?<!\S)\S*(?:://|www\.|@)\S*")
URL_MARKS = ("://", "www.", "@")
# Informal Japanese (and Chinese) writes 。。 and 、、 as a trailing-off
# ellipsis: after a drawn-out or conversational ending (ねぇ。。, んー。。,
# な。。, なんだかぁ、、) or at the end of a line, before laughter (w, 笑)
# or an emoticon.  Only a doubled mark between two stretches of prose (比赛。。主办方)
# is damage, and only 。。 and 、、 trail off (，， and ，。 never do).  Of the
# sentence-final particles only the conversational ones count: か, の, よ
# and な end ordinary written sentences (会議は終わったか。).
TRAILING_OFF_MARKS = frozenset(["。。", "、、"])
INFORMAL_BEFORE = frozenset("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮーｰ〜～~ねさわぞぜネサワゾゼ")
INFORMAL_AFTER = frozenset("wｗWＷ笑^＾…・!?！？")
# A bracket after the marks opens an emoticon or laughter ("(^^)", "(笑)"),
# not a byline or an aside ("（记者 王明）").
EMOTICON_BRACKETS = frozenset("(（")
LAUGHTER = "笑"
CORNER_BRACKET = compile_cached("[「」『』]")
# A one-sentence Chinese paragraph ending in 。。 is damage when the
# sentence is this long (characters before the marks) and the article's
# other paragraphs end with one 。: news does not trail off.  Speech's modal
# particles before the marks ("好吧。。", "是啊。。") are informal writing.
FORMAL_SENTENCE_CHARACTERS = 12
CHINESE_MODAL_PARTICLES = frozenset("啊吧呢呀哦嘛啦哈嗯唉哎呗咯哟喔")
# What a line must hold for DOUBLED to match in it.
DOUBLED_PAIRS = ("..", ",,", ";;", "::", ",.", "。。", "．．", "，，", "、、", "；；", "：：", "،،", "؛؛", "，。", "、。")


class DoubledPunctuation(Rule):
    code = "TX108"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "doubled-punctuation"
    fixable = Fixable(Applicability.SAFE)
    summary = "Flags doubled sentence punctuation: `closed..`, `,,`, `,.`, `。。`, `，，`."
    why = """
        Two full stops or two commas where one belongs are the seam between
        two text nodes that each carried their own punctuation, or a
        template's separator left behind.  Chinese, Japanese and Arabic
        marks count too: `。。`, `，，`, `、、`, `，。`, `،،`, between two
        stretches of prose.  Ellipses (`...`, `. . .`, `……`, `。。。`), `?!`,
        the emphasis of `！！`, `？？` and `؟؟`, and informal writing's
        trailing-off `。。` or `、、` (at a line's end, after a drawn-out or
        conversational ending such as `ねぇ。。` or `んー。。`, before `w` or
        `笑` or an emoticon, inside quoted speech in 「」) are written on
        purpose and are not reported; `，，` and `，。` never trail off, and
        in a Chinese article neither does a `。。` that closes a paragraph
        of prose whose earlier sentences end with one `。`
        (`…为今年以来单月最高增速。。`), nor one that closes a paragraph of
        one long sentence, not ending on a particle of speech (`吧`, `啊`),
        in an article whose other paragraphs end with a single `。`
        (`…刷新了世界纪录。。`).
    """
    example = """
        Comments are closed.. The vote was delayed,, officials said.
        三万名选手参加了比赛。。主办方表示，，明年规模将扩大。
    """
    use_instead = """
        Comments are closed. The vote was delayed, officials said.
        "Well..." he said. Really?! The count ran 1...5, the file was v2.1, and it ended in 190 A.D., not later.
        三万名选手参加了比赛。主办方表示，明年规模将扩大。“太好了！！”他说。真的吗？？当然……
    """

    def may_find_in(self, document: Document) -> bool:
        return any(pair in document.text for pair in DOUBLED_PAIRS)

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        text = line.text
        if not any(pair in text for pair in DOUBLED_PAIRS):
            return
        skip = _url_spans(text)
        corners = _CornerBrackets(text)
        chinese = None
        for match in DOUBLED.finditer(text):
            if chinese is None and match.group() == "。。":
                chinese = document.language is not None and document.language.code == "zh"
            if any(start <= match.start() < end for start, end in skip):
                continue
            if match.group() in TRAILING_OFF_MARKS and _trails_off(text, match.start(), match.end(), corners):
                if not (
                    chinese
                    and (
                        _ends_formal_paragraph(text, match.start(), match.end())
                        or _ends_formal_sentence(text, match.start(), match.end(), document)
                    )
                ):
                    continue
            yield Finding(
                line.start + match.start(),
                line.start + match.end(),
                f"doubled punctuation {_shown_run(match.group())}",
                match.group()[0],
            )


# A run of marks longer than this is shown by its first marks and its length:
# a hostile line of 20,000 commas must not make a 20,000-character message.
MAX_SHOWN_MARKS = 8
SHOWN_MARKS = 3


def _shown_run(run: str) -> str:
    if len(run) <= MAX_SHOWN_MARKS:
        return f'"{run}"'
    return f'"{run[:SHOWN_MARKS]}…" ({len(run):,} marks)'


class MissingSpace(Rule):
    code = "TX109"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "missing-space"
    fixable = Fixable(Applicability.SAFE)  # a space after the mark
    summary = "Flags a sentence that starts right after the previous one's full stop: `said.The`."
    why = """
        When paragraphs or text nodes are joined without a separator, the
        last sentence of one runs into the first of the next.  Sentence
        splitters then merge them, and word counts see a word that does not
        exist.  A sentence ending in a number glues the same way (`in
        2019.The`, `rose 4%.Teachers`), and so does a word of one letter
        after a common word (`months.A spokesman`, `Trabalho.A oposição`).
        Initials and abbreviations (`U.S.Army`, `J.R.R. Tolkien`), a name's
        variant letter (`the MyDoom.A virus`), titles before a name (`Prof.Smith`), domains, file
        names, version numbers and decimals (`v2.0`, `No.2`, `3.1`), a list's
        number at a line's start (`1.Introduction`) or after a colon (`The
        plan: 1.Cut costs 2.Hire staff`), an ordinal before a German month
        or league in any article (`17.Mai`, `the 2.Bundesliga`), and in
        languages that write ordinals with a full stop (German, Danish,
        Polish...) an ordinal before a noun (`am 3.Oktober`) are left alone.
        A comma glued to the next word between two common words, once on
        a line of prose (`eingestellt,teilte`), is reported too; numbers
        (`1,000`), `2,4-D`, code and lists written without spaces are not.
        Hindi, Marathi and Bengali put a space after the danda as well:
        `विकेट लिए।मैच` ran two sentences together (`।।` and `॥`, which
        close verses, are left alone).  Korean does too, after a sentence's
        verb ending: `열릴 예정이다.사업 대상은` (a stop between two nouns,
        `서울.부산`, is left alone).
    """
    example = """
        The minister resigned on Friday.The opposition called for an election.
        The factory employed 300 people in 2019.The owners blamed energy costs.
        भारत की ओर से बुमराह ने तीन विकेट लिए।मैच की शुरुआत से ही दबाव था।
    """
    use_instead = """
        The minister resigned on Friday. The opposition called for an election.
        Visit bbc.co.uk or Example.Com, read the U.S.Army memo and update to v2.1.Beta.
        Growth was 2.5% in No.2 and section 3.1 of the U.S. report; Prof.Smith disagreed.
    """

    def may_find_in(self, document: Document) -> bool:
        text = document.text
        return (
            COMMA_GLUE.search(text) is not None
            or (
                STOP_BEFORE_CAPITAL.search(text) is not None
                and (MISSING_SPACE.search(text) is not None or NUMBER_GLUE.search(text) is not None)
            )
            or (DANDA in text and DANDA_GLUE.search(text) is not None)
            or (not text.isascii() and HANGUL_GLUE.search(text) is not None)
        )

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        if "," in line.text:
            yield from _glued_comma(line, document)
        if not _holds_glue(document, line):
            return  # neither pattern matches on the line: most lines of an article that has a match
        skip = None
        text = line.text
        after_letters = [match.start() for match in MISSING_SPACE.finditer(text)]
        if DANDA in text:
            after_letters += [match.start() for match in DANDA_GLUE.finditer(text)]
        # Korean's first word may be one syllable before a space ("했다.그 사업"): no initial.
        after_endings = [] if text.isascii() else [match.end() for match in HANGUL_GLUE.finditer(text)]
        glued = list(NUMBER_GLUE.finditer(text))
        listed = _inline_list_items(text, glued)
        after_numbers = (
            match.end()
            for match in glued
            # Not a list's number at the line's start ("1.Introduction") or in a line.
            if not _at_line_start(text, match.start())
            and match.start() not in listed
            and not _ordinal_before_noun(match)
            and _starts_sentence(match.group(1), document)
        )
        for at in sorted(set(itertools.chain(after_letters, after_numbers, after_endings))):
            skip = skip if skip is not None else _url_spans(text)
            if any(start <= at < end for start, end in skip):
                continue
            if DOMAIN_ENDING.match(text, at):
                continue
            if text[at + 1 : at + 2] == " " and at not in after_endings and not _one_letter_word_starts(text, at, document):
                continue
            title = TITLE_BEFORE.search(text, max(0, at - TITLE_LOOKBACK), at)
            if title is not None and title.group(1).casefold() in TITLES:
                continue  # "Prof.Smith": a title, not a sentence's end
            offset = line.start + at
            # The mark (or closing quote) and the capital, with the space between them.
            repaired = f"{text[at - 1]} {text[at]}"
            yield Finding(offset - 1, offset + 1, f'no space after the end of a sentence: "{_glued_words(text, at)}"', repaired)


def _glued_words(text: str, at: int) -> str:
    """The words either side of a missing space at ``at`` ("4%.Teachers"),
    as the message quotes them: the finding's own span is the mark and a
    letter only, which says little on its own."""
    start = max(text.rfind(" ", 0, at) + 1, at - GLUED_SHOWN_CHARS)
    end = text.find(" ", at)
    end = min(len(text) if end < 0 else end, at + GLUED_SHOWN_CHARS)
    return text[start:end]


def _glued_comma(line: Line, document: Document) -> Iterator[Finding]:
    """A comma with no space after it between two common words in lower
    case, alone of its kind on a line of prose ("eingestellt,teilte")."""
    text = line.text
    glued = list(itertools.islice(COMMA_GLUE.finditer(text), 2))  # one is wanted: a second says enough
    if len(glued) != 1 or len(text.split()) < COMMA_PROSE_WORDS or not ends_sentence(text):
        return
    if line.number in document.code_lines or document.language is None:
        return
    at = glued[0].start()
    if any(start <= at < end for start, end in _url_spans(text)) or _inside_quotation(text[:at]):
        return
    words = WORD_AROUND_COMMA.match(text, _word_start(text, at))
    if words is None or words.end(1) != at:
        return
    common = common_zipfs(document.language.code)
    if not (common.get(words.group(1).casefold(), 0.0) and common.get(words.group(2).casefold(), 0.0)):
        return
    offset = line.start + at
    yield Finding(offset, offset + 2, "no space after a comma", f", {text[at + 1]}")


def _inside_quotation(before: str) -> bool:
    """Whether a quotation opened before this point is still open: a comma
    glued there ("tonight,she told") lost its closing mark with the space,
    which QM101 reports."""
    return (
        before.count("“") > before.count("”")
        or before.count("„") > before.count("“") + before.count("”")
        or before.count("«") > before.count("»")
        or before.count('"') % 2 == 1
    )


def _word_start(text: str, at: int) -> int:
    """Where the run of letters ending at ``at`` starts."""
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


def _holds_glue(document: Document, line: Line) -> bool:
    """Whether MISSING_SPACE, NUMBER_GLUE, DANDA_GLUE or HANGUL_GLUE matches on ``line``, from where
    they match in the whole text, found once per article: neither pattern
    reads a line break (nor matches across one), so a line's own matches
    are the whole text's matches on it."""
    starts = document.memo("TX109.glue_starts", _glue_starts)
    index = bisect.bisect_left(starts, line.start)
    return index < len(starts) and starts[index] < line.end


def _glue_starts(document: Document) -> list[int]:
    text = document.text
    patterns = (MISSING_SPACE, NUMBER_GLUE, DANDA_GLUE) if DANDA in text else (MISSING_SPACE, NUMBER_GLUE)
    if not text.isascii():
        patterns += (HANGUL_GLUE,)
    return sorted(match.start() for pattern in patterns for match in pattern.finditer(text))


def _one_letter_word_starts(text: str, at: int, document: Document) -> bool:
    """Whether the capital letter glued at ``at`` (a word of one letter) is
    a sentence's first word: one such words start with, after a common word
    of the article's language ("months.A spokesman", not "Zafi.D virus")."""
    if text[at] not in ONE_LETTER_WORDS or document.language is None:
        return False
    before = WORD_BEFORE_MARK.search(text, max(0, at - WORD_BEFORE_LOOKBACK), at)
    return before is not None and bool(common_zipfs(document.language.code).get(before.group(1).casefold(), 0.0))


def _at_line_start(text: str, offset: int) -> bool:
    """Whether only a list's bullets and space stand before ``offset`` on
    its line (read back from it, not the whole start of the line: a line of
    many glued numbers stays linear)."""
    while offset > 0 and text[offset - 1] in LIST_BULLETS:
        offset -= 1
    return offset == 0


def _ordinal_before_noun(match: regex.Match) -> bool:
    """Whether a glued number is an ordinal before a month or a league
    ("17.Mai", "2.Bundesliga"), which no sentence starts with."""
    return ORDINAL.fullmatch(match.group()) is not None and match.group(1).casefold() in ORDINAL_NOUNS


def _inline_list_items(text: str, glued: list) -> set[int]:
    """The starts of the glued numbers that number an inline list's items:
    the first right after a colon, the next ones in sequence after it on
    the line ("The plan: 1.Reduce costs 2.Improve service")."""
    items = [match for match in glued if ORDINAL.fullmatch(match.group()) and match.group()[:-1].isdigit()]
    listed: set[int] = set()
    expected = None
    for match in items:
        number = int(match.group()[:-1])
        before = match.start()
        while before > 0 and text[before - 1] in " \t\u00a0":
            before -= 1  # read back over the spaces only: a line of many items stays linear
        if text[before - 1 : before] == LIST_INTRODUCER:
            expected = number
        if number == expected:
            listed.add(match.start())
            expected += 1
    return listed


def _ends_formal_paragraph(text: str, start: int, end: int) -> bool:
    """Whether a doubled 。 that ends its line closes a paragraph of Chinese
    written prose: an earlier sentence of the line ends with a single 。 and
    the text before the marks is no conversational ending.  Chinese news
    does not trail off with 。。 at a paragraph's end; informal Japanese
    does, and stays left alone."""
    if text[end:].strip(" \t\u3000") or (start > 0 and text[start - 1] in INFORMAL_BEFORE):
        return False
    earlier = text.find("。", 0, start)
    return earlier != -1 and text[earlier + 1 : earlier + 2] != "。"


def _ends_formal_sentence(text: str, start: int, end: int, document: Document) -> bool:
    """Whether a doubled 。 that ends a paragraph of one sentence closes a
    sentence of Chinese news ("…刷新了世界纪录。。"): a long sentence, not
    ending on a modal particle of speech (啊, 吧, 呢...), in an article
    whose other paragraphs end with a single 。 (one at least) and never
    with two.  A short line ("好吧。。") or chatty writing trails off."""
    if text[end:].strip(" \t\u3000") or start < FORMAL_SENTENCE_CHARACTERS:
        return False
    if text[start - 1] in INFORMAL_BEFORE or text[start - 1] in CHINESE_MODAL_PARTICLES:
        return False
    single, doubled = document.memo("TX108.chinese_paragraph_ends", _chinese_paragraph_ends)
    return single >= 1 and doubled == 1


def _chinese_paragraph_ends(document: Document) -> tuple[int, int]:
    """How many content lines end with one 。, and how many with two."""
    single = doubled = 0
    for line in document.content_lines:
        text = line.text.rstrip(" \t\u3000")
        if text.endswith("。。"):
            doubled += not text.endswith("。。。")
        elif text.endswith("。"):
            single += 1
    return single, doubled


def _trails_off(text: str, start: int, end: int, corners: "_CornerBrackets") -> bool:
    """Whether a doubled full-width mark is informal writing's ellipsis
    rather than damage: nothing but space after it on its line, or a
    drawn-out or conversational ending before it, or laughter after it,
    or it stands in quoted speech."""
    after = end
    while after < len(text) and text[after] in " \t\u3000":
        after += 1
    if after == len(text) or text[after] in INFORMAL_AFTER or (start > 0 and text[start - 1] in INFORMAL_BEFORE):
        return True
    if text[after] in EMOTICON_BRACKETS and after + 1 < len(text):
        inside = text[after + 1]
        return inside == LAUGHTER or not inside.isalnum()
    return corners.inside(start)


class _CornerBrackets:
    """Whether an offset of a line stands inside 「…」 or 『…』 (quoted
    speech, a comment, written as it was said), by binary search over the
    line's brackets, found once: a line of thousands of doubled marks stays
    linear."""

    def __init__(self, text: str):
        self.text = text
        self._offsets: dict[str, list[int]] | None = None

    def inside(self, offset: int) -> bool:
        if self._offsets is None:
            self._offsets = {mark: [] for mark in "「」『』"}
            for match in CORNER_BRACKET.finditer(self.text):
                self._offsets[match.group()].append(match.start())
        offsets = self._offsets

        def before(mark: str) -> int:
            return bisect.bisect_left(offsets[mark], offset)

        return before("「") > before("」") or before("『") > before("』")


def _starts_sentence(word: str, document: Document) -> bool:
    """Whether the capitalised word glued after a number starts a sentence:
    any such word, except in a language that writes ordinals with a full
    stop, where only the words that start sentences do (the article's
    language is asked only then: finding it costs more than the rule)."""
    if word.casefold() in SENTENCE_STARTERS:
        return True
    return latin_language(document) not in ORDINAL_DOT_LANGUAGES


def _url_spans(text: str) -> list[tuple[int, int]]:
    # Every match holds one of URL_MARKS: a line with none (most) has none,
    # told by three scans in C, where the pattern tries every word start.
    if not any(mark in text for mark in URL_MARKS):
        return []
    return [match.span() for match in URLISH.finditer(text)]
