"""TX112 truncated-ending: an article whose text stops before its end."""
from __future__ import annotations

import bisect
import functools
import unicodedata
from typing import Any, Iterator, Mapping, Sequence

import regex

from newslint import Document, Finding, Line, Option, Rule
from newslint.document import TRAILING_TAGS
from newslint.japanese import HAN, KANA
from newslint.language import zipf
from newslint.line_kinds import RELEASE_END
from newslint.lazy_pattern import LazyPattern
from newslint.pattern_cache import compile_cached
from newslint.words import common_zipfs, commonest

from ..lexicon import latin_language

# Where a paragraph may end: sentence marks of every script newslint reads
# (。！？ Chinese and Japanese, ۔ Urdu, ؟ Arabic, । Devanagari), and the
# closing quotation marks and brackets of a quotation or a credit ("(Reuters)").
# Armenian's full stop "։" among them (Armenian-colon class, trial35).
TERMINAL = frozenset(".!?…。！？۔।॥؟։:;\"'”’»›)]}」』）】〕>")
# A comma or a dash at the very end: the sentence went on.
CONTINUING = frozenset(",，、،;-–—&")
# "...", "…" or ". . ." at the very end ("when in Rome ... ." ends with a stop).
ELLIPSIS = compile_cached(r"(?:\.\.\.|\. \. \.|…)[\])]?$")
BRACKETED_ELLIPSIS = compile_cached(r"[\[(](?:\.\.\.|…|&#8230;|&#x2026;|&hellip;)[\])]$", regex.IGNORECASE)  # the entity: a feed's
# A feed's excerpt cut off: a paragraph of prose ending in an ellipsis in
# square brackets, "[…]", "[...]" or an entity for it ("[&#8230;]"), which
# RSS descriptions end with and a scraper that joins a feed's items leaves
# inside the text as well as at its end.  Parentheses are left to the last
# paragraph ("(…)" closes an elided quotation in Spanish and Portuguese copy).
FEED_CUT = compile_cached(r"\[(?:\.\.\.|…|&#8230;|&#x2026;|&hellip;)\]$", regex.IGNORECASE)
# The characters a quotation opens with and closes with: a paragraph with one
# left open ends a quotation elided with "[…]", to be resumed, not a feed's cut.
QUOTE_OPENERS, QUOTE_CLOSERS = "“„«「", "”“»」"
# The last character of every match of the two.
ELLIPSIS_ENDS = frozenset(".…])")
# A last word of the article's language that no sentence ends on: articles,
# prepositions, conjunctions, possessives.
DANGLING_WORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        """a an the of and or nor but to in into on onto from with without by for at as than that which
        whose whom if because while whether our their its his my your these those such is are was
        were has have had will would could should can may might must also very between among
        against during including""".split()
    ),
    "es": frozenset(
        """el la los las un una unos unas de del al a en con por para y e o u ni que como pero sin
        sobre entre su sus se lo le les muy es son fue""".split()
    ),
    "de": frozenset(
        """der die das den dem des ein eine einen einem einer und oder aber mit von zu zur zum für
        auf im am bei nach aus um dass wenn weil als wie ist sind war seine ihre""".split()
    ),
    "fr": frozenset(
        """le la les un une des du de au aux à et ou mais avec pour par dans sur que qui son sa ses
        leur leurs ce cette est sont""".split()
    ),
    "pt": frozenset(
        """o a os as um uma de do da dos das em no na nos nas e ou mas com por para que seu sua
        seus suas é são""".split()
    ),
    "it": frozenset(
        """il lo la i gli le un una di del della dei delle al alla da nel nella con per su e o ma
        che è sono""".split()
    ),
    "nl": frozenset("de het een en of maar met van voor op aan bij dat die is zijn".split()),
}
ANY_DANGLING = frozenset().union(*DANGLING_WORDS.values())
# Links a page puts after a teaser, and paywall notices, by language (folded
# to lower case).  The line is compared whole, or its end when the notice
# follows cut-off text ("... and the Read more").
TEASER_LINKS = (
    "read more", "continue reading", "read the full story", "read full story", "read full article",
    "read the full article", "read the rest of this story", "click here to read more", "more",
    "leer más", "seguir leyendo", "sigue leyendo", "continuar leyendo", "ver más",
    "weiterlesen", "mehr lesen", "lesen sie mehr", "jetzt weiterlesen", "artikel weiterlesen", "mehr",
    "lire la suite", "lire plus", "en savoir plus",
    "leia mais", "continue lendo", "continuar lendo", "continuar a ler", "saiba mais",
    "continua a leggere", "leggi di più", "leggi tutto",
    "lees meer", "lees verder",
    "читать далее", "читать полностью", "подробнее",
    "اقرأ المزيد", "المزيد",
    "और पढ़ें", "आगे पढ़ें",
    "阅读全文", "閱讀全文", "查看全文", "阅读更多", "更多", "続きを読む", "もっと見る",
    "더보기", "기사 더보기", "전체 기사 보기", "자세히 보기",
)
PAYWALL_NOTICES = (
    "subscribe to continue reading", "subscribe to read more", "subscribe to read the full article",
    "this article is for subscribers", "this article is for subscribers only", "this content is for subscribers",
    "this article is only available to subscribers", "the rest of this article is for subscribers",
    "to continue reading, subscribe", "to continue reading this article", "sign in to continue reading",
    "log in to continue reading", "already a subscriber? log in", "subscribers only",
    "suscríbete para seguir leyendo", "suscríbete para continuar leyendo", "contenido exclusivo para suscriptores",
    "este contenido es exclusivo para suscriptores", "exclusivo para suscriptores",
    "dieser artikel ist nur für abonnenten", "nur für abonnenten", "jetzt abonnieren und weiterlesen",
    "abonnieren sie, um weiterzulesen", "lesen sie jetzt weiter",
    "cet article est réservé aux abonnés", "article réservé aux abonnés", "réservé aux abonnés",
    "abonnez-vous pour lire la suite",
    "exclusivo para assinantes", "conteúdo exclusivo para assinantes", "assine para continuar lendo",
    "contenuto riservato agli abbonati", "articolo riservato agli abbonati",
    "этот материал доступен только подписчикам", "订阅后阅读全文", "会员专享", "有料会員限定", "유료 회원 전용",
)
# The teaser links _notice looks for at the end of cut-off text, with the space before them.
GLUED_TEASER_LINKS = tuple(" " + notice for notice in TEASER_LINKS if len(notice) > 4)
# "Il vous reste 80 % de cet article à lire" and its kin.
PAYWALL_PATTERN = LazyPattern(compile_cached,
    r"(?:il vous reste \d+\s?% de cet article à lire|\d+\s?% of this article (?:remains|is left))$"
)
# The last paragraph may be a credit, a byline, a signature or a dateline:
# they end without a mark, and not mid-sentence.
CREDIT_START = LazyPattern(compile_cached,
    r"^(?:by|reporting by|additional reporting|written by|editing by|edited by|compiled by|"
    r"photo|photos|image|images|picture|pictures|source|sources|copyright|©|\(c\)|follow|updated|"
    r"published|posted|first published|last updated|contact|email|e-mail|tel|"
    r"por|von|fotos?|bild|quelle|fuente)\b",
    regex.IGNORECASE,
)
# A contributor's note: "Jane Smith is technology correspondent for The
# World, a BBC and WGBH co-production".
CONTRIBUTOR_NOTE = LazyPattern(compile_cached,
    r"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:is|was|writes for|reports for) .{0,80}?\b(?:"
    r"correspondent|editor|reporter|writer|journalist|columnist|contributor|author|analyst|presenter|"
    r"producer|professor|lecturer|fellow|director|founder|host|blogger)s?\b"
)
LIST_ITEM = LazyPattern(compile_cached, r"^(?:[-*•·–—▪►]|\d{1,3}[.)]|[a-z][.)])\s")
# A line ending in a URL or an address (asked only whether it does).  Each
# alternative ends at the line's end, so the search runs backwards from it
# ((?r)): forwards, a long word of many "@" ("x@x@x@…" then a space) had
# "\S+@\S+$" try every "@" from every start, cubic in the word's length
# (80 KB of such lines took 35 s); backwards it is one pass.
URL = LazyPattern(
    compile_cached, r"(?r)(?:https?://|www\.)\S+$|\S+\.(?:com|org|net|co\.uk|de|fr|es)\S*$|\S+@\S+$", regex.IGNORECASE
)
WORD = compile_cached(r"\p{L}[\p{L}\p{M}\p{N}'’\-]*")
CASED = compile_cached(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
EDGE = " \t\u00a0»›>→▶►|•·[]()"
# Japanese case particles no written sentence ends on: a last paragraph that
# stops on one ("引き続き大雪や路面の凍結に") was cut.  (の, と, か and よ may
# end a sentence, a headline or speech, and are not among them.)
JAPANESE_DANGLING = frozenset("にをがはでへや")
# の ends speech and headlines ("どうしたの"), but not a long paragraph of
# prose with sentence marks inside it: there it dangles too ("…の").
JAPANESE_DANGLING_IN_PROSE = frozenset("の")
# Fewest characters of a Japanese line judged as prose, and the marks of a
# Japanese sentence within it.  A shorter last paragraph with no mark in it
# ("JRは午後の運転再開を": a sentence cut after its first clause) is cut too
# when it holds kana and stops on a case particle: no label or headline closes
# an article that way.
JAPANESE_PROSE_CHARACTERS = 20
JAPANESE_CUT_CHARACTERS = 8
# The particles a short one must stop on: a link's label may stop on に or で
# ("お知らせは市のホームページに"), and "との" reports speech, as headlines do.
JAPANESE_SHORT_DANGLING = frozenset("をがは")
JAPANESE_REPORTED_SPEECH = "との"
JAPANESE_MARKS = "。、"
# A colon that introduces what a page shows rather than says (a table, a
# chart, a map, a video "below") ends the text on purpose: the extractor
# keeps words, not pictures and tables.
INTRODUCES_NON_TEXT = LazyPattern(compile_cached,
    r"\b(?:tables?|charts?|graphs?|graphics?|maps?|videos?|photos?|photographs?|pictures?|images?|gallery|"
    r"infographics?|below|watch|listen)\b",
    regex.IGNORECASE,
)
# A number of up to four digits after a word in lower case, ending the
# paragraph: "entro il 31", "rose by 40".
BARE_NUMBER_END = compile_cached(r"\s\p{Ll}[\p{L}'’]*\s+(\d{1,4})$")
# Whatever the configuration says, a headline alone is never judged.
MIN_LINES = 2
# A last word cut mid-word ("...in the centre of Manch", "two million pou",
# "di Jakar") is no word of the language's small list (Zipf 3 or more: web
# junk puts "manch" and "pou" in the large one) but begins a longer one of
# its FRAGMENT_VOCABULARY commonest words.  A name, a rare word or a foreign
# one begins no common word as a rule; a known word is no fragment.
FRAGMENT_VOCABULARY = 30_000
FRAGMENT_MIN_LETTERS = 2
# Capitalised words of this language are names or brands in any article.
FRAGMENT_LOAN_LANGUAGE = "en"
# A capitalised word is a name far more often than a cut: one that the large
# list of English or of the article's language has seen at this Zipf or more
# (once in 3 million words) is a whole name ("near Essen" 2.8, "Marg" 2.6,
# "Kiel" 2.8, "Ulm" 2.6), while the start of one cut off is mostly rarer
# ("Aberd" 0, "Bandu" 1.3, "Manch" 1.9, "Meda" 2.1, "Londo" 2.4; "Cardi" 2.8
# is lost, unless the article writes "Cardiff" whole, below).
FRAGMENT_NAME_ZIPF = 2.5
# Letters the article's longer word must add to the last one for the last one
# to be its start cut off: one more is a plural ("Smiths").
FRAGMENT_MIN_REST = 2
# After "and" a capitalised word is the second of two names ("Dan and Marg").
NAME_JOINERS = frozenset("and & or und y e et".split())
LATIN = compile_cached(r"\p{Latin}")
# A cut word is the stronger sign: one other paragraph of prose ending with a
# mark is enough to show the article's paragraphs end with one (two for a
# last word that is merely in lower case).
FRAGMENT_OTHER_PROSE = 1
# And a line of page furniture among them (a promotion, "join our WhatsApp
# channel", with no mark) need not hide it: three in four ending with one do.
FRAGMENT_MARKED_SHARE = 0.75
LOWER_CASE_OTHER_PROSE = 2
# A Chinese last paragraph cut mid-sentence ("预计降雨将持续到周"): Han prose
# with a comma inside it, this many characters or more, stopping on a Han
# character with no mark, while every other paragraph of prose ends with one.
# Headlines, credits and signatures ("责任编辑：王五", "来源：新华社") hold no
# comma; a Japanese or Korean line (kana, hangul) is left to its own checks.
HAN_PROSE_CHARACTERS = 16
HAN_COMMAS = "，、；"
# A photo caption's credit closes its paragraph without a mark: "图为…进站。
# 新华社记者张三摄", "…摄影记者张三".  Its last sentence (after the last
# sentence mark) is short, has no comma, and ends on a reporter's or
# photographer's names (记者, 摄影 or 通讯员, then two to eight characters) or on
# 摄 (took the photo) or 供图 (photo by).
CHINESE_CREDIT = compile_cached(
    r"(?:^|[。！？])[^。！？，；]{0,16}(?:(?:记者|摄影|通讯员)[\p{Han}\s、]{2,8}|摄|摄影|供图)$"
)
NOT_CHINESE = compile_cached(r"[\p{Hiragana}\p{Katakana}\p{Hangul}]")
# A quotation closed and followed by the quotative particle ("「…」と"): a
# verb of saying must follow, so a paragraph that stops there was cut.
JAPANESE_QUOTATIVE = "」と"
# A Japanese line that lost only its 。 still ends as a sentence does, on a
# predicate (…ている, …した, …だ, …ます): among the other paragraphs it shows
# the article writes whole sentences as well as one with its stop.
JAPANESE_PREDICATE_ENDS = frozenset("たるだす")
# Scripts with no letter case (Devanagari, Arabic, Hangul, Hebrew, ...) lack
# the cased scripts' evidence of a last word in lower case.  Their own:
# the last paragraph of prose stops without a sentence mark of any script
# while the article's other paragraphs of prose end with one (as for a
# lower-case word), or on a word no sentence ends on.  Scripts written
# without spaces are left out (Chinese and Japanese have their checks; Thai,
# Lao, Khmer and Myanmar mark no sentence ends).
UNSPACED_SCRIPT = compile_cached(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]")
# Postpositions, conjunctions and case markers of caseless languages that no
# sentence ends on (a sentence of Hindi, Urdu or Persian ends on its verb).
CASELESS_DANGLING: Mapping[str, frozenset[str]] = {
    # Not की or کی, which are also "did" ("पुष्टि की", "تصدیق کی"): sentences end on them.
    "hi": frozenset("के का को में से पर ने तक और या कि एवं तथा लेकिन व जो".split()),
    "ur": frozenset("کے کا کو میں سے پر نے تک اور یا کہ لیکن جو".split()),
    "fa": frozenset("و از به در با که را برای تا یا اما".split()),
    "ar": frozenset("في من على إلى عن مع أن التي الذي و أو لكن ثم".split()),
}
# Verbs and auxiliaries that end a sentence of Hindi, Urdu or Persian (verb
# last): a last paragraph that stops on one only lost its full stop.  The
# article's own sentences say the rest: a word that stands before a sentence
# mark in another paragraph ends sentences in it.
CASELESS_SENTENCE_FINAL: Mapping[str, frozenset[str]] = {
    "hi": frozenset("है हैं था थे थी थीं हूँ हूं हो गया गई गए गयी हुआ हुई हुए किया की दिया लिया चाहिए".split()),
    "ur": frozenset("ہے ہیں تھا تھے تھی گیا گئی گئے ہوگا ہوگی ہوں گے چاہیے کی".split()),
    "fa": frozenset("است هستند بود بودند شد شدند کرد کردند می‌شود دارد".split()),
}
# Hindi's future tense ends its verb so (होगा, जाएगा, करेंगे, रहेगी).
CASELESS_SENTENCE_FINAL_ENDINGS: Mapping[str, tuple[str, ...]] = {"hi": ("गा", "गी", "गे")}
# A whole word before a sentence mark, found from each word's start only (a
# long run of letters with no mark after it is tried once, not from every
# letter in it).
SENTENCE_END_WORD = compile_cached(r"(?<![\p{L}\p{M}])(\p{L}[\p{L}\p{M}]*+)['\"’”»)]*[.!?…।؟۔](?=['\"’”»)]*(?:\s|$))")
# Korean: a sentence ends on a verb's ending (…다, …요, …까, …죠); a last
# paragraph that stops on one only lost its full stop, and is not judged.
# One that stops on a case particle after its noun (…행사를, …관광객은,
# …서울에서) was cut before its verb: the particle binds the noun to a verb
# still to come.  를, 는, 에서, 에게 and 으로 end no Korean noun; 을 and 은
# end a few short ones (마을, 가을), so they count after two syllables or more.
KOREAN_SENTENCE_ENDS = frozenset("다요까죠")
KOREAN_PARTICLES = ("를", "는", "에서", "에게", "으로")
KOREAN_SHORT_NOUN_PARTICLES = ("을", "은")
KOREAN_PARTICLE_MIN_SYLLABLES = 3
HANGUL = compile_cached(r"\p{Hangul}")
# A paragraph that stops on such a particle is cut from this many words (a
# Korean word, spaced, carries its particles: sentences are short in words).
KOREAN_CUT_WORDS = 4
# A line of this many words or fewer with no comma and no sentence mark in
# it is shaped as a headline, a teaser, a label or a prompt ("Cheap flights
# to Spain: our pick of winter sun deals") as often as a paragraph: among the
# other lines it is no paragraph of prose that lacks its mark.
HEADLINE_MAX_WORDS = 12
INNER_MARKS = compile_cached(r"[,，、،;.!?。！？।؟](?=\s|$)|[，、。！？]")
# A last sentence this short after a sentence end on the same line is a
# link's or a button's label the page glued on ("…use of cookies. Learn
# more", "…endişe ediyor. Reklamı geç"), not a sentence cut off: a line
# ending so counts as ending with its mark.
LABEL_TAIL_WORDS = 2
# A last line of practical information under a label ("Horario: de lunes a
# sábado, de 9 a 21 horas", "Öffnungszeiten: Dienstag bis Samstag, 14 bis
# 21 Uhr", "Tickets: £12 from the box office"): a note with figures, not a
# sentence cut.  A dateline in capitals ("LONDON: The minister said on 12
# May that the") opens prose, and is no such label.
INFORMATION_NOTE = compile_cached(r"^(?=\p{Lu}\p{Ll})[\p{L}'’-]+(?:\s[\p{L}'’-]+)?\s?[:：]\s+(?=[^\n]*\d)")
SENTENCE_END_INSIDE = compile_cached(r"[.!?…。！？।؟]['\"’”»)]*\s+(?=\S)")


class TruncatedEnding(Rule):
    code = "TX112"
    reads_prose = True  # nothing to find in a tutorial's code
    name = "truncated-ending"
    summary = (
        'Flags an article whose last paragraph stops mid-sentence, or ends in "Read more", '
        'an ellipsis or a paywall notice.'
    )
    why = """
        A scraper that takes a teaser for the article, hits a paywall or runs
        over a length limit keeps a text that stops short: the last sentence
        breaks off ("if funding is secured and the"), or the page's link to
        the rest ("Read more", "Continue reading", "…") or its paywall notice
        ("Subscribe to continue reading") is the last thing in it.  The story
        is incomplete, and a model trained on it learns to stop mid-sentence.
        A feed's excerpt ends in an ellipsis in square brackets ("…laten
        weten het plan te [...]", "[…]", "[&#8230;]"): a paragraph of prose
        ending so, outside a quotation, is reported wherever it stands,
        since a feed's footer or its next item may follow it ("(…)" and an
        elision inside a quotation or inside the paragraph are not).
        An article ending on a quotation, a question, a list, a table, a URL,
        a credit line, byline, signature, dateline or copyright notice ("©
        2026 Herald Media. All rights reserved", "저작권자 ⓒ …") is not
        reported, nor one closing on practical information under a label
        ("Horario: de lunes a sábado, de 9 a 21 horas"), nor an article of
        fewer than `min-lines` lines.  A last line without an end
        mark counts as cut when its last word is one no sentence ends on ("the",
        "and", "de", "und"), it ends on a comma, or it is prose ending in a
        lower-case word, or a bare number after one ("entro il 31"), while
        every other paragraph of prose ends with a mark.
        A last paragraph of prose (`prose-words` words or more) that ends in a
        colon, in such an article, was cut before what it introduces (unless
        it announces a table, a chart, a map or a video, which text leaves
        out on purpose); a
        Japanese one that stops on a case particle (に, を, が, は, で, へ, や;
        の too in a long paragraph with sentence marks inside it) was cut
        mid-sentence, even a short one on を, が or は ("JRは午後の運転再開を").
        A last word cut mid-word ("in the centre of Manch", "two million
        pou") is no common word of the language but begins one: one other
        paragraph of prose ending with a mark, and three in four of them,
        are enough then (a capitalised
        one must follow a word in lower case other than "and", be Latin, no
        common English word and no name the word lists know ("near Essen"),
        unless the article writes the longer name whole, so that names and
        brands are left alone).  A Chinese last
        paragraph of prose (a comma inside it) stopping on a Han character
        with no mark, while the other paragraphs end with one, was cut too,
        unless its last sentence is a photo credit ("新华社记者张三摄").
        A Japanese one ending on a quotation and its quotative particle
        ("「…」と") was cut before the verb of saying.  A script with no
        letter case (Devanagari, Arabic, Hangul, ...) has its own evidence: a
        last paragraph of prose that stops without a sentence mark while
        every other one ends with one (not on a verb that ends its
        language's sentences, Hindi "है", "होगा", Korean "…다", nor on a
        word that ends a sentence elsewhere in the article: that sentence
        only lost its stop), or one that stops on a word no sentence ends on
        (Hindi "के", "और", Arabic "في"; a Korean case particle, "…행사를",
        from four words, with one other paragraph ending with a mark).
        Among the other paragraphs, a line of twelve words or fewer with no
        comma or mark in it is a headline or teaser, not prose that lacks
        its mark, and one whose last sentence is a label of two words glued
        on after its mark ("… ediyor. Reklamı geç") ended with its mark.  A
        last line that is furniture is not judged as a sentence: read as its
        Markdown shows it (an image before "Foto: dpa"), or a row of links (a
        headline-shaped line most of whose words are capitalised: "Share on
        Facebook Share on X Copy link"); a label of two words after its
        last sentence end ("…use of cookies. Learn more", "… Kup dostęp") is
        reported as the page's label it is, not as a sentence cut.  When
        the text ends in a page's footer (up to six lines: a teaser under its
        label, "Related: …", a paywall notice, a row of links split by "·"
        or "|", a credit or a copyright line), the line before it is judged
        too, for a sentence or a word cut short only, if it reads as the
        body's prose (a comma or a mark inside, most words in lower case).
        A press release's end mark ("-ENDS-", "###", "-انتهى-") is no
        sentence cut at its dash: the paragraph before it is judged.  An
        Armenian last paragraph ending in a colon is not cut where the
        other paragraphs end so too (the full stop "։" typed as ":").
    """
    example = """
        Swiss researchers unveil new battery design

        Researchers at the University of Bern have unveiled a battery that charges in minutes.

        Commercial production could begin within three years, the university said, if funding from industry partners is secured and the
    """
    use_instead = """
        Swiss researchers unveil new battery design

        Researchers at the University of Bern have unveiled a battery that charges in minutes.

        Commercial production could begin within three years, the university said.

        Reporting by Anna Keller; editing by Tom Hale
    """
    options = {
        "min-lines": Option(int, "Articles with fewer non-blank lines than this are not judged."),
        "prose-words": Option(
            int, "A line of this many words or more is prose, expected to end with a sentence mark."
        ),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        lines = document.content_lines
        if lines and RELEASE_END.match(lines[-1].text.strip()):
            # A press release's end mark ("-ENDS-", "###", "-انتهى-") is no
            # sentence stopping at its dash: the paragraph before it is the last.
            lines = lines[:-1]
        if len(lines) < max(options["min-lines"], MIN_LINES):
            return
        # A feed's excerpt cut off before the article's last paragraph.
        yield from _feed_cuts(lines[:-1], options["prose-words"])
        found = list(self._judge_last(lines[-1], lines, document, options))
        if found:
            yield from found
            return
        # A page's footer after the body (a naive dump's "Related: …", a
        # paywall notice, a row of links): the body's last paragraph is
        # judged too, for a sentence or a word cut short only.
        body_end = _before_trailing_furniture(lines, document)
        if body_end is not None and _introduces_the_row_after(body_end, lines, document):
            return  # "… on these roads:" over "Oxford Road · Station Street · Hill Lane": the row is what it introduces
        if body_end is not None and _is_body_prose(document.shapes[body_end.number - 1].text, options["prose-words"]):
            yield from self._judge_last(body_end, lines, document, options, cut_short_only=True)

    @staticmethod
    def _judge_last(
        last: Line, lines: Sequence[Line], document: Document, options: Mapping[str, Any], cut_short_only: bool = False
    ) -> Iterator[Finding]:
        """The findings on ``last`` read as the article's last paragraph;
        with ``cut_short_only``, only a sentence or a word cut short (a
        notice, an ellipsis or a label is what a footer's teasers end with too)."""
        text = last.text.rstrip()
        start = last.start + len(text) - len(text.lstrip())
        text = text.strip()
        if text.endswith(">"):
            # Tags the scrape left after the last words ("…backed the</p>")
            # are TX106's; the paragraph is judged on the words before them.
            text = TRAILING_TAGS.sub("", text).rstrip() or text
        end = start + len(text)
        folded = unicodedata.normalize("NFKC", text).casefold()

        notice = _notice(folded, text)
        if notice is not None:
            kind, offset = notice
            if not cut_short_only:
                yield Finding(start + offset, end, f"article ends in {kind}: the rest of the text was not scraped")
            return
        # An ellipsis ends in one of ELLIPSIS_ENDS: the patterns, anchored at
        # the end, are searched only then (a search reads the whole line).
        cut = text[-1] in ELLIPSIS_ENDS and (ELLIPSIS.search(text) or BRACKETED_ELLIPSIS.search(text))
        if cut:
            if not cut_short_only:
                yield Finding(start + cut.start(), end, "article ends in an ellipsis: the text was cut off")
            return
        if text[-1] == ":" and _introduces_nothing(text, lines, options["prose-words"]):
            yield Finding(end - 1, end, "article ends mid-sentence: its last paragraph stops at a colon, before what it introduces")
            return
        if text[-1] in TERMINAL or "\t" in text or " | " in text:
            return  # a sentence end, a quotation, a credit in brackets, a table row
        if (
            text[-1] in JAPANESE_DANGLING or text[-1] in JAPANESE_DANGLING_IN_PROSE or text.endswith(JAPANESE_QUOTATIVE)
        ) and _is_cut_japanese(text, lines):
            yield Finding(end - 1, end, f'article ends mid-sentence: its last paragraph stops at "{text[-1]}"')
            return
        if HAN.match(text[-1]) and _is_cut_chinese(text, lines):
            yield Finding(end - 1, end, "article ends mid-sentence: its last paragraph of Chinese prose stops without a mark")
            return
        words = WORD.findall(text)
        if not words:
            return
        number = BARE_NUMBER_END.search(text) if text[-1].isdigit() else None
        if number and _is_cut_prose(text, words, lines, options["prose-words"]):
            # "…che dovrà approvarlo entro il 31": a date, a sum or a score cut
            # before its month, unit or full stop.
            yield Finding(start + number.start(1), end, f'article ends mid-sentence: its last paragraph stops at "{number.group(1)}"')
            return
        last_word = words[-1]
        word_start = start + text.rindex(last_word)
        if text[-1] in CONTINUING:
            yield Finding(end - 1, end, "article ends mid-sentence: its last paragraph stops at a comma or dash")
            return
        if len(words) < 2 or not text.endswith(last_word):
            return
        if URL.search(text):
            return  # "Para más información: prensa@fundacion.es": an address's last part is no word
        # The article's language is asked only when the word could dangle in
        # one of them: detecting it costs more than this whole rule.
        folded_word = last_word.casefold()
        if folded_word in ANY_DANGLING and folded_word in DANGLING_WORDS.get(latin_language(document) or "", ()):
            yield Finding(word_start, end, f'article ends mid-sentence: its last paragraph stops at "{last_word}"')
            return
        # What the reader sees of the line: a Markdown image before a credit
        # ("![](…/bad.jpg) Foto: dpa") is no prose, and its credit is one.
        seen = document.shapes[last.number - 1].text
        if seen != text and (seen.count(" ") + 1 < options["prose-words"] or _is_furniture(seen)):
            return
        if INFORMATION_NOTE.match(text):
            return
        if CASED.match(last_word) and _is_fragment(last_word, words[-2], document) and _is_cut_prose(
            text, words, lines, options["prose-words"], FRAGMENT_OTHER_PROSE, FRAGMENT_MARKED_SHARE
        ):
            yield Finding(word_start, end, f'article ends mid-word: its last paragraph stops at "{last_word}"')
            return
        if CASED.match(last_word):
            cut = last_word[0].islower() and not _is_link_row(text) and _is_cut_prose(text, words, lines, options["prose-words"])
        else:
            cut = _is_caseless(last_word) and _is_cut_caseless(text, last_word, lines, document, options["prose-words"])
        if not cut:
            return
        label = _label_start(text)
        if label is not None:
            # "…use of cookies. Learn more", "…wrócą. Kup dostęp": a link's or a button's label
            # glued on after the last sentence (a link to the rest as often as not), no sentence cut.
            if not cut_short_only:
                yield Finding(
                    start + label, end, f'article ends in a label after its last sentence ("{text[label:]}"): page furniture, not text'
                )
        elif CASED.match(last_word):
            yield Finding(word_start, end, f'article ends mid-sentence: its last paragraph stops at "{last_word}"')
        else:
            yield Finding(word_start, end, f'article ends mid-sentence: its last paragraph stops at "{last_word}" without a sentence mark')


def _is_caseless(word: str) -> bool:
    """Whether a word is of a script with no letter case that spaces its
    words (Devanagari, Arabic, Hangul, Hebrew, ...)."""
    first = word[0]
    return not first.isupper() and not first.islower() and UNSPACED_SCRIPT.match(first) is None


def _is_cut_caseless(text: str, last_word: str, lines: Sequence[Line], document: Document, prose_words: int) -> bool:
    """Whether a last paragraph of a caseless script, ending without a mark,
    was cut: it stops on a word no sentence of its language ends on
    (CASELESS_DANGLING, a Korean case particle), or it is prose that the
    other paragraphs, ending with marks, show lost its end (as a last word
    in lower case does in a cased script)."""
    words = text.split()
    if len(words) < 2 or _is_furniture(text):
        return False
    if HANGUL.match(last_word):
        if last_word[-1] in KOREAN_SENTENCE_ENDS:
            return False  # a sentence that lost only its full stop
        if _ends_on_korean_particle(last_word):
            return len(words) >= KOREAN_CUT_WORDS and _others_end_with_marks(
                lines[:-1], prose_words, FRAGMENT_OTHER_PROSE, FRAGMENT_MARKED_SHARE
            )
    else:
        language = document.language
        code = language.code if language is not None else ""
        if last_word in CASELESS_DANGLING.get(code, ()):
            return True
        if (
            last_word in CASELESS_SENTENCE_FINAL.get(code, ())
            or last_word.endswith(CASELESS_SENTENCE_FINAL_ENDINGS.get(code, ()))
            or _ends_sentences_elsewhere(last_word, lines[:-1])
        ):
            return False  # a sentence that lost only its full stop
    return len(words) >= prose_words and _others_end_with_marks(lines[:-1], prose_words)


def _ends_sentences_elsewhere(word: str, lines: Sequence[Line]) -> bool:
    """Whether the word stands before a sentence mark in another line: it
    ends sentences in this article."""
    return any(word in line.text and word in SENTENCE_END_WORD.findall(line.text) for line in lines)


def _ends_on_korean_particle(word: str) -> bool:
    """Whether a Korean word ends on a case particle that binds it to a verb
    still to come (행사를, 관광객은), not on a noun that ends so (마을)."""
    if word.endswith(KOREAN_PARTICLES) and len(word) > 1:
        return True
    return word.endswith(KOREAN_SHORT_NOUN_PARTICLES) and len(word) >= KOREAN_PARTICLE_MIN_SYLLABLES


def _label_start(text: str) -> int | None:
    """Where the line's last sentence starts when it follows a sentence end
    inside the line and is LABEL_TAIL_WORDS words or fewer: a link's or a
    button's label glued on ("…use of cookies. Learn more")."""
    ends = list(SENTENCE_END_INSIDE.finditer(text))
    if ends and len(text[ends[-1].end() :].split()) <= LABEL_TAIL_WORDS:
        return ends[-1].end()
    return None


def _ends_on_a_label(text: str) -> bool:
    return _label_start(text) is not None


def _is_headline_shaped(text: str) -> bool:
    """A line of HEADLINE_MAX_WORDS words or fewer with no comma and no
    sentence mark in it: a headline, a teaser, a label or a prompt."""
    return len(text.split()) <= HEADLINE_MAX_WORDS and INNER_MARKS.search(text) is None


def _is_link_row(text: str) -> bool:
    """Whether a headline-shaped line has more of its words after the first
    capitalised than not: a row of links or buttons ("Udostępnij na Facebooku
    Udostępnij na X Skopiuj link") or a title in title case, not a sentence
    (German capitalises its nouns, and a sentence of it rarely gets past half)."""
    if not _is_headline_shaped(text):
        return False
    later = [word for word in text.split()[1:] if word[:1].isalpha()]
    return 2 * sum(word[0].isupper() for word in later) > len(later)


def _is_cut_prose(
    text: str,
    words: list[str],
    lines: Sequence[Line],
    prose_words: int,
    others: int = LOWER_CASE_OTHER_PROSE,
    share: float = 1.0,
) -> bool:
    """Whether a last line without an end mark is prose that the other
    paragraphs of prose (``others`` at least, ``share`` of them), ending
    with a mark, show was cut."""
    return (
        not _is_furniture(text)
        and len(words) >= prose_words
        and _others_end_with_marks(lines[:-1], prose_words, others, share)
    )


def _is_fragment(word: str, before: str, document: Document) -> bool:
    """Whether the last word is the start of a word cut off: in lower case
    or capitalised (not an abbreviation, not "iPhone"), no common word of
    the article's language, and the beginning of a longer common one.  A
    capitalised one must follow a word in lower case ("sailing from Aberd"):
    after a capital it may be a surname ("Mr Bootle", "Anna Marg"), after
    "and" a second name ("Dan and Marg").  It must be Latin, no common
    English word, and begin a longer word of the article (the name cut:
    "Bul" for Bulog) or be no name the word lists know ("near Essen"): a
    brand named in English ("tarifas Simple y Select") and a Russian name's
    case ending ("включая Рича") are whole words that begin longer ones."""
    if len(word) < FRAGMENT_MIN_LETTERS or not word.isalpha() or not word[1:].islower():
        return False
    article = document.language
    folded = word.casefold()
    if word[0].isupper():
        if not before[0].islower() or before.casefold() in NAME_JOINERS or not LATIN.match(word):
            return False
        if common_zipfs(FRAGMENT_LOAN_LANGUAGE).get(folded, 0.0):
            return False  # "near Paris" in an article about Parisians
        if _begins_a_name_of_the_article(word, document):
            return True  # "kata direktur utama Bul" in an article about Bulog
        if _is_known_name(folded, article.code if article else None):
            return False
    if article is None:
        return False
    if common_zipfs(article.code).get(folded, 0.0):
        return False
    vocabulary = _sorted_vocabulary(article.code)
    at = bisect.bisect_right(vocabulary, folded)
    return at < len(vocabulary) and vocabulary[at].startswith(folded)


def _begins_a_name_of_the_article(word: str, document: Document) -> bool:
    """Whether the article writes a longer word that begins with this one
    and goes on in letters: the name it cut short ("Bul" for Bulog), not
    the name's possessive or plural ("Roddick's", "Jamelias")."""
    size = len(word) + FRAGMENT_MIN_REST
    return any(
        len(other) >= size and other.startswith(word) and other[len(word) :].isalpha() for other in document.token_types
    )


def _is_known_name(folded: str, language: str | None) -> bool:
    """Whether a capitalised word is one the large word lists of English or
    the article's language have seen often enough to be a whole name."""
    return any(zipf(folded, code) >= FRAGMENT_NAME_ZIPF for code in {FRAGMENT_LOAN_LANGUAGE, language} if code)


@functools.lru_cache(maxsize=None)
def _sorted_vocabulary(language: str) -> tuple[str, ...]:
    """The language's commonest words in sorted order, for a prefix search."""
    return tuple(sorted(commonest(language, FRAGMENT_VOCABULARY)))


def _is_cut_chinese(text: str, lines: Sequence[Line]) -> bool:
    """Whether a last paragraph ending on a Han character is Chinese prose
    cut mid-sentence: long, a comma inside it, no kana or hangul, in an
    article whose other long lines (the headline aside) end with a mark."""
    if len(text) < HAN_PROSE_CHARACTERS or not any(comma in text for comma in HAN_COMMAS) or NOT_CHINESE.search(text):
        return False
    if CHINESE_CREDIT.search(text):
        return False
    prose = [line.text.strip() for line in lines[1:-1] if len(line.text.strip()) >= HAN_PROSE_CHARACTERS]
    return len(prose) >= 1 and all(line[-1] in TERMINAL for line in prose)


def _notice(folded: str, text: str) -> tuple[str, int] | None:
    """("a link to the rest" or "a paywall notice", where the notice starts
    in the line) when the line ends in one."""
    core = folded.strip(EDGE + ".…:!").strip()
    if "%" in core and PAYWALL_PATTERN.search(core):  # both its forms hold "%"
        return "a paywall notice", 0
    for kind, notices in (("a paywall notice", PAYWALL_NOTICES), ("a link to the rest", TEASER_LINKS)):
        if core in notices:
            return kind, 0
    # Each loop below runs only when one endswith over all the notices (in C) says it can find one.
    if core.endswith(PAYWALL_NOTICES):
        for notice in PAYWALL_NOTICES:
            if core.endswith(notice) and _stands_apart(core, notice):
                return "a paywall notice", 0
    # A link glued to the cut-off text: "... if funding is secured and the Read more".
    if core.endswith(GLUED_TEASER_LINKS):
        trimmed = text.rstrip(EDGE + ".…:!")
        for notice in TEASER_LINKS:
            if len(notice) > 4 and core.endswith(" " + notice) and trimmed[-len(notice) :][:1].isupper():
                return "a link to the rest", len(trimmed) - len(notice)
    return None


def _stands_apart(core: str, notice: str) -> bool:
    """Whether the notice follows a sentence end or a separator, rather than
    being the end of a sentence of the article."""
    before = core[: -len(notice)].rstrip()
    return not before or before[-1] in ".!?|•·»›:-–—)]"


def _introduces_nothing(text: str, lines: Sequence[Line], prose_words: int) -> bool:
    """Whether a last paragraph ending in a colon is prose that was cut
    before the quotation or list it introduces ("Councillors should ask one
    question before they raise their hands:"), rather than a label ("Contact:",
    "Follow us on:"): a line of prose that announces no table, chart or
    video (the text keeps words, not those), in an article whose other prose
    lines end with marks."""
    return (
        len(text.split()) >= prose_words
        and not _is_furniture(text)
        and not INTRODUCES_NON_TEXT.search(text)
        and _others_end_with_marks(lines[:-1], prose_words)
        and not _armenian_full_stops(text, lines[:-1])
    )


# Armenian-colon class (trial35): Armenian's full stop "։" is typed as an
# ASCII colon on most Armenian web sites ("…կենտրոններից:"), so a last
# paragraph of Armenian ending so, in a text whose other paragraphs end so
# too, ends its sentence.
ARMENIAN_BEFORE_COLON = compile_cached(r"\p{Armenian}[»”)]?:$")
# A paragraph ending in an Armenian word, with its mark after it or none.
ARMENIAN_ENDING = compile_cached(r"\p{Armenian}[»”)]?\p{P}?$")


def _armenian_full_stops(text: str, others: Sequence[Line]) -> bool:
    """Whether the colon ending an Armenian paragraph is the text's full
    stop: the other paragraphs ending in Armenian end on a colon too (one
    at least, and most of them)."""
    if ARMENIAN_BEFORE_COLON.search(text) is None:
        return False
    endings = [line.text.rstrip()[-1:] for line in others if ARMENIAN_ENDING.search(line.text.rstrip())]
    return bool(endings) and 2 * endings.count(":") > len(endings)


def _is_cut_japanese(text: str, lines: Sequence[Line]) -> bool:
    """Whether a Japanese last paragraph ending on a case particle is prose
    cut short: long, with sentence marks inside it, in an article whose
    other long lines (the headline aside) end with a mark, two at least."""
    if not KANA.search(text):
        return False
    long_prose = len(text) >= JAPANESE_PROSE_CHARACTERS and any(mark in text for mark in JAPANESE_MARKS)
    quotative = text.endswith(JAPANESE_QUOTATIVE)
    if quotative and len(text) < JAPANESE_CUT_CHARACTERS:
        return False
    if not long_prose and not quotative and (text[-1] not in JAPANESE_SHORT_DANGLING or len(text) < JAPANESE_CUT_CHARACTERS):
        return False
    if text.endswith(JAPANESE_REPORTED_SPEECH):
        return False
    prose = [line.text.strip() for line in lines[1:-1] if len(line.text.strip()) >= JAPANESE_PROSE_CHARACTERS]
    return len(prose) >= 2 and all(line[-1] in TERMINAL or line[-1] in JAPANESE_PREDICATE_ENDS for line in prose)


# A copyright line ("저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지", "© 2026 Herald
# Media. All rights reserved"): a notice that ends without a mark by nature.
COPYRIGHT_SIGN = compile_cached(r"[©ⓒⒸ]|\(c\)\s*\d{4}")


# Footer lines after the body looked past, at most.
MAX_TRAILING_FURNITURE = 6
# A footer's row of links split by separators: "Advertise with us · Editorial
# standards · Cookie settings", "Home | News | Contact".
SEPARATED_ITEMS = compile_cached(r"\s+[·|•/]\s+")
ITEM_MAX_WORDS = 4
# A teaser under its label: "Related: Ministers unveil £2bn fund for heavy industry".
LABELLED_TEASER = compile_cached(r"^(?:\w+\s?){1,2}:\s+\S")


def _before_trailing_furniture(lines: Sequence[Line], document: Document) -> Line | None:
    """The last line before the run of footer lines that ends the text, or
    None when the text does not end in one (or the run is too long to be a
    footer, or nothing is left before it)."""
    index = len(lines) - 1
    # Up to MAX_TRAILING_FURNITURE footer lines and the line above them are
    # looked at: one footer line more makes the run too long to be a footer.
    while index > 0 and len(lines) - 1 - index <= MAX_TRAILING_FURNITURE:
        line = lines[index]
        if not _is_trailing_furniture(line.text.strip(), document.shapes[line.number - 1].text):
            break
        index -= 1
    footer = len(lines) - 1 - index
    if footer == 0 or index == 0 or footer > MAX_TRAILING_FURNITURE:
        return None
    return lines[index]


def _introduces_the_row_after(line: Line, lines: Sequence[Line], document: Document) -> bool:
    """Whether ``line`` ends in a colon over a row of short items split by
    separators: the list the colon introduces, set out as a footer's links are."""
    if not line.text.rstrip().endswith(":"):
        return False
    following = lines[lines.index(line) + 1]
    return len(SEPARATED_ITEMS.split(document.shapes[following.number - 1].text)) >= 2


def _is_body_prose(seen: str, prose_words: int) -> bool:
    """Whether a line the footer follows reads as a paragraph of the body:
    prose with a comma or a sentence mark inside it, most of its words in
    lower case (not a footer's label, "Hosted by", nor a menu row)."""
    words = seen.split()
    if len(words) < prose_words or INNER_MARKS.search(seen) is None:
        return False
    later = [word for word in words[1:] if word[:1].isalpha()]
    return 2 * sum(word[0].isupper() for word in later) <= len(later)


def _is_trailing_furniture(text: str, seen: str) -> bool:
    """A footer's line: a paywall notice or a link to the rest, a row of
    links, a credit or copyright line, or a teaser under its label."""
    if not seen:
        return False
    folded = unicodedata.normalize("NFKC", text).casefold()
    if _notice(folded, text) is not None or _is_link_row(seen) or _is_furniture(seen):
        return True
    if folded.startswith(PAYWALL_NOTICES) and _opens_with_a_notice(folded):
        return True  # "This article is for subscribers. You have 2 free articles left."
    items = SEPARATED_ITEMS.split(seen)
    if len(items) >= 2 and all(0 < len(item.split()) <= ITEM_MAX_WORDS for item in items) and seen[-1] not in TERMINAL:
        return True
    label = LABELLED_TEASER.match(seen)
    return label is not None and _is_headline_shaped(seen[label.end() - 1 :]) and seen[-1] not in TERMINAL

def _opens_with_a_notice(folded: str) -> bool:
    """Whether a paywall notice is the line's first sentence, closed by a mark."""
    return any(
        folded.startswith(notice) and folded[len(notice) : len(notice) + 1] in (".", "!", ":", ";")
        for notice in PAYWALL_NOTICES
    )


def _is_furniture(text: str) -> bool:
    """A credit, byline, contributor's note, list item, URL or copyright
    notice: lines that may end in a lower-case word without a mark by nature."""
    return bool(
        CREDIT_START.match(text) or CONTRIBUTOR_NOTE.match(text) or LIST_ITEM.match(text) or URL.search(text)
        or COPYRIGHT_SIGN.search(text)
    )


def _others_end_with_marks(
    lines: Sequence[Line], prose_words: int, others: int = LOWER_CASE_OTHER_PROSE, share: float = 1.0
) -> bool:
    """Whether the article's other prose lines (the headline aside) end
    with a sentence mark, at least ``others`` of them and ``share`` of all."""
    marked = unmarked = 0
    for line in lines[1:]:
        text = line.text.strip()
        if len(text.split()) < prose_words:
            continue
        if text[-1] in TERMINAL or _ends_on_a_label(text):
            marked += 1  # "…endişe ediyor. Reklamı geç" ended with its mark before a label was glued on
        elif not _is_headline_shaped(text):
            unmarked += 1
    return marked >= others and marked >= share * (marked + unmarked)


def _feed_cuts(lines: Sequence[Line], prose_words: int) -> Iterator[Finding]:
    """A paragraph of prose (``prose_words`` words or more) before the last
    that ends in FEED_CUT, outside a quotation: a feed's excerpt cut off."""
    for line in lines:
        text = line.text.rstrip()
        if not text.endswith("]"):
            continue
        cut = FEED_CUT.search(text)
        if cut is None or len(text[: cut.start()].split()) < prose_words or _quotation_open(text[: cut.start()]):
            continue
        yield Finding(
            line.start + cut.start(), line.start + len(text),
            "paragraph ends in a bracketed ellipsis, as a feed's excerpt does: the rest of its text was not scraped",
        )


def _quotation_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end."""
    return (
        text.count('"') % 2 == 1
        or sum(map(text.count, QUOTE_OPENERS)) > sum(map(text.count, QUOTE_CLOSERS))
    )
