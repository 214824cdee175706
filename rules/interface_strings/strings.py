"""UI101 interface-string: a line that is a page's furniture from the catalogue."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import regex

from newslint import Document, Finding, Line, Option, Rule
from newslint.diagnostic import Applicability, Fixable, FixKind
from newslint.document import count_words, ends_sentence, holds_any, split_sentences
from newslint.pattern_cache import compile_cached, compile_re_cached

from .catalogue import SEPARATOR, Entry, configured, normalise, use_on
from .shape import is_timestamp, markdown_cells
from .layout import article_head, fixtures_heading
from .section_menu import spaced_menu
from .markdown_remnants import remnant as markdown_remnant
from .tables import data_table_rows
from .structure import COUNTER, GALLERY_COUNTER, _is_gallery_position, is_credit_line

# The tail of a prose line that may be a separate interface string: after a
# sentence end ("…the deal closed. Share this article").
# Or glued on with no space, as a page's blocks run together when an
# extractor drops the break between them ("… is still in print.By Staff
# Reporter | 3 Nov 2026"): a lower-case letter, its stop, a capital.
# Devanagari's danda (।), Urdu's full stop (۔) and the Arabic question
# mark (؟) end sentences as the full stop does, with a space after them.
TAIL = compile_cached(
    r"(?:(?<=[.!?”\"।۔؟])\s+|(?<=\p{Ll}[.!?])(?=\p{Lu})|(?<=[。！？」』])\s*)(?P<tail>[^.!?。！？।۔؟]{2,60}?)[.!?:。！？।۔؟]*\s*$"
)
# What may follow the tail: stops, a colon, white space (TAIL's end).
TAIL_END = ".!?:。！？।۔؟"
LONGEST_TAIL = 60


def _tail(text: str):
    """TAIL's match in a line, looked for only where it can start: the tail
    is at most LONGEST_TAIL characters before what ends the line (stops and
    white space), and opens after a stop and the white space that follows
    it.  Searching a whole paragraph from its first character costs a
    regex step at every position; the match (the leftmost) is the same, as
    no match starts earlier and the look-behind still sees the stop."""
    trimmed = text
    while True:
        shorter = trimmed.rstrip(TAIL_END).rstrip()
        if shorter == trimmed:
            break
        trimmed = shorter
    start = max(len(trimmed) - LONGEST_TAIL, 0)
    while start > 0 and text[start - 1].isspace():  # str.isspace covers every character \s does
        start -= 1
    return TAIL.search(text, start)


# A line of this many parts or more split by "|", each short and none a
# sentence, is a menu whatever its words ("CNN International TV | CNN US TV | Work for us").
MENU_PARTS = 3
MENU_PART_WORDS = 5
PIPE = compile_cached(r"\s*[|｜]\s*")
# A breadcrumb trail: the page's place in its sections, short parts split by
# a "»" or "›" with a space each side ("Startseite » Region » Köln").  A
# quotation's guillemets touch its words (»Ja«) or pair with an opening one
# (« Oui »), so a line holding an opening mark is no trail.
BREADCRUMB = compile_cached(r"\s+[»›]\s+")
BREADCRUMB_CHARACTERS = frozenset("»›")
BREADCRUMB_OPENERS = frozenset("«‹")
MIN_BREADCRUMB_PARTS = 3
BREADCRUMB_PART_WORDS = 4
# Every character a match of catalogue.SEPARATOR holds one of.
SEPARATOR_CHARACTERS = frozenset("|•·»›/-–—")
KIND_NAMES = {
    "player": "video player label",
    "sharing": "sharing or print button",
    "comments": "comments notice",
    "comment_prompts": "call for comments",
    "account_forms": "login, registration or comment form",
    "subscription": "subscription or paywall prompt",
    "cookie_and_consent": "cookie or consent banner",
    "navigation": "navigation link",
    "advertising": "advertising label",
    "credits_and_captions": "image credit or caption label",
    "related_and_popular": "related or most-read list heading",
    "following": "follow-us prompt",
    "bylines": "byline, editor or source line",
    "newsletters": "newsletter prompt",
    "reading_time": "reading-time label",
    "more_stories": "other stories' heading or blog link",
    "blog_entry": "blog's entry footer (its date, categories or tags)",
    "page_messages": "page's error message",
    "notes": "newsroom's note or appeal to readers",
    "data_notices": "market-data notice",
    "paywall": "paywall notice",
    "copyright": "copyright notice",
    "teasers": "video teaser's label",
    "counters": "read counter, rating or feedback box",
    "timestamps": "publication date line",
    # Prompts phrased as a verb, its object and a purpose (templates.yaml).
    "app_prompts": "app download prompt",
    "channel_prompts": "follow-us prompt",
    "newsletter_prompts": "newsletter prompt",
    "appeals": "newsroom's note or appeal to readers",
    "paywall_notices": "paywall notice",
    "labelled_links": "link to another story under a list's label",
    "feed_wrappers": "feed's footer or messenger's forward header",
    "translation_notices": "machine-translation notice",
    "read_also": "link to another story under a \"read also\" label",
    "reader_tips": "newsroom's note or appeal to readers",
    "app_shares": "app's share header",
    "share_rows": "sharing or print button",
    "mastheads": "publisher's masthead or registration line",
    "newsletter_emails": "newsletter e-mail's furniture (forward prompt, footer, subscribe box)",
    "podcast_furniture": "podcast player, transcript notice or patron appeal",
    "forum_furniture": "forum's reply buttons, login prompt or poster details",
    "posted_bylines": "byline, editor or source line",
    "read_teasers": "teaser for another of the site's pieces",
    "promotions": "site's promotion of what it sells",
    "edit_notes": "newsroom's note or appeal to readers",
    "configured": "interface string",
}


# What markdown_remnants.remnant found, as a finding names it.
REMNANT_NAMES = {
    "image": "image or empty link",
    "bracketed picture": "picture's alt text in brackets",
    "section link": "link to one of the site's sections, as a list's item",
    "link": "link alone on a line",
    "link definition": "reference link's address",
}


def describe(entries: list[Entry]) -> str:
    kinds = []
    for entry in entries:
        name = KIND_NAMES.get(entry.kind, entry.kind)
        if name not in kinds:
            kinds.append(name)
    return " and ".join(kinds)


class InterfaceString(Rule):
    code = "UI101"
    name = "interface-string"
    judges_whole_lines = True  # furniture: once a line is judged, what lies inside it is noise
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE_LINES)  # a real line read as furniture would go
    summary = "Flags a line (or a separated part of one) that is a page's interface: buttons, labels, notices."
    why = """
        A scraper that takes all the text of a page keeps its furniture: the
        video player's "Just watched", "Share this article", "Comments are
        closed", "Advertisement", cookie banners, "Read more".  It is not the
        article, and in a corpus it teaches a model to write it.  The strings
        come from a catalogue of ten kinds in ten languages (copyright lines
        among them) and templates of thirteen more (follow-us prompts, bylines,
        newsletters, reading times, other stories' headings, page messages,
        market-data notices, a metered paywall's notices, the newsroom's
        notes to readers, video teasers, read counters and feedback boxes,
        publication lines, a blog platform's entry footer: "This entry was
        posted on … and is filed under …", "Labels: …"; and two that
        count only on a line of their own, never as a paragraph's last
        words: calls for comments, "Tell us what you think in the comments
        below", which a writer ends a paragraph with too, and a site's
        account and comment forms, "Forgot your user name or password?",
        "Your comment is awaiting moderation.", with the form's own words
        after it, not a sentence of the article's about the message),
        twenty-five in all, matched
        after folding case, spacing and punctuation; a line made only of
        such strings, separated or run together ("Email to a friendPrinter
        friendly"), or a prose line that ends in one after its last
        sentence, is reported (also when the page's blocks ran together
        with no space after the stop: "… still in print.By Staff Reporter |
        Metro desk").  So are a menu of short parts split by "|" (not a
        line of results, a score in every part: "Leeds – Hull 24:20 | …"), a
        breadcrumb trail ("Startseite » Region » Köln": three short parts
        or more split by "»" or "›" with a space each side, no opening
        guillemet in the line, which a quotation would have),
        a blog's previous/next line ("« Older post | Main | Newer post »",
        or "« Older post | Main" at the newest post; or one link with the
        post's title and no colon, "Previous Post Lantern parade moves to
        the harbour", "Artículo anterior …": the label capitalised, the
        title opening in a capital, no full stop), a newsletter box's
        description between two of its strings ("Harbour Sport
        Newsletter", "Get the week's match reports … every Friday.",
        "Thanks for signing up!"), a post's metadata row
        with its label ("Published: May 3rd, 2024 | Tags: ferries, winter"),
        a list of three or more other posts' teasers each cut short by the
        page ("Paint the quay with a dry brush and..."),
        a layout table's link cells ("| | Search Music |"; not a data
        table's rows, nor the header of a table of figures: "Club | P | W |
        Pts" over rows of as many cells), a print edition's or reprint notice, a gallery's
        caption with its counter after a paragraph ("13/50 Rogue trader
        freed"), and a prompt to the reader phrased as no catalogue string
        is: an imperative of the prompts' verbs naming a channel and
        speaking as the page ("Síguenos también en nuestras redes
        sociales"), an instruction to click ("Click here to download"),
        thanks to the reader who enjoyed the article, news offered to
        their inbox, or the site sending them to itself ("Visit
        example.com for breaking news").  A page laid out in a table
        leaves its headings and links as one-cell rows ("| Most Viewed
        Articles |"), reported when they share no word with the article;
        a post's categories with its comment count ("Design, Interviews |
        1 Comment") are too.  The same words inside a sentence ("he urged readers to
        share the article"), or opening one as a noun or a name ("Share
        prices of US phone makers fell"), are prose and stay clean, and so
        is a network's name alone after a question or exclaimed ("Which
        site's name ends in a bang? Yahoo!").
        Also reported: a byline with a date or an editor's or source's line
        glued to a paragraph ("By Sarah Seltzer on Dec 26, 2014 2:15pm",
        "责任编辑：王小明"; a byline alone on its line is UI104's),
        reading times in eight languages, other stories' headings ("More
        world stories from …", "Most read in …"), a menu glued to a
        paragraph's end ("… CNN US TV | Work for us"), market-data notices
        ("Prices delayed at least 20 mins."), a reading time in the words
        of fifteen languages with a subscriber's label beside it or not
        ("Lecture : 3 min · Abonnés", "Premium · 5 min read"; "Premium"
        alone is a heading's word), a prompt to pass the story on to the
        reader's contacts and follow the channel ("Compartilhe com seus
        contatos e siga o canal!", "Forward this message to all your
        groups"; "she asked them to forward it to their groups" is a
        report), a reprint notice with its source ("本文来源：… 未经授权不得
        转载", "記事の無断転載を禁じます"), a caption's photographer and
        agency in brackets at its end ("… after the winner (Kevin
        Marsh/Harlow FC)"; not "(Reuters)", "(KEN)", a sentence's
        "(Lib Dem/Green)." nor a list's item, "- Jude Bellingham, £88m
        (Borussia Dortmund/Real Madrid)"), a menu of a site's sections split by spaces
        only over the headline or under the body ("Politik Wirtschaft
        Sport Kultur Wetter", "トップ 政治 経済 国際 スポーツ": four items or
        more, most of them section names, nearly all in a script without
        capitals, no sentence's punctuation; its account's buttons count
        as items, "… Opinion Subscribe Sign in"; at the text's first line,
        or its second under a headline, right over the body too when
        nearly all items are section names and an account's button is
        among them; not a title-case headline nor
        names in a row), "There are no comments posted
        for this article" in four languages, a line whose every sentence
        is a catalogue string, a button glued to a teaser headline
        ("… Mistrial Watch Video"), a credit in brackets at a caption's
        end ("… across the region (Image: PA)", "（资料图）") or after a
        separator or a capitalised "Credit:" ("… at dawn / Foto: J. Ruiz",
        "… before take-off Credit: Harbour Trust"; not a label opening a
        clause after a paragraph's last sentence, five words or more, the
        first in lower case, few capitalised, closed by a full stop: "…
        a local resident. Photo: we have replaced it online."), a video teaser's
        label ("Watch: fog rolls over the harbour"; at the top of the
        article it is a video story's headline, and ten words or more
        after the label that end in a full stop are a sentence), a desk's or a wire's credit ("Staff report", "La rédaction",
        "记者 张伟 通讯员 陈静"), opinion-page disclaimers ("The views
        expressed in this article are the author's own"), and listen, follow-us and
        join-our-channel prompts, "read also" and tag headings, sharing,
        favourites, comments, log-in and reaction rows, live-blog controls,
        gallery, video and app prompts, editorial notes and appeals ("This
        interview has been edited for length and clarity.", "Got a story?
        Email …", "Donate today") across the catalogue's languages and
        Dutch, Polish, Turkish, Indonesian, Greek, Thai and Hebrew (a
        Turkish capital İ folds to the catalogue's i).  A layout table's
        link cells are those of a row whose cells are half empty, the rest
        three words at most with no number or time, in a table with no
        header rule nor a full header row of every row's width.  A
        tutorial's "Turn on notifications in Settings" is no prompt.
        A line of Markdown is matched as its reader sees it (a list
        marker, a heading's marks, a link's address, an image are not its
        words: "* [Share on Facebook](…)", "## Más noticias de Bizkaia",
        "![](…) Foto: dpa"), a link glued after a paragraph's last
        sentence by its text ("… in June. [Read more](…)"), and a row of
        buttons split by spaces only is one too ("Udostępnij na Facebooku
        Udostępnij na X Skopiuj link").  What a Markdown converter leaves
        of a page's pictures and links standing as lines is reported too
        (markdown_remnants.py): an image ("![Chart of the pound](…png)",
        a lazy-load placeholder "![](data:image/gif;base64,…)"), an image
        inside a link ("[![The winner](…jpg)](…)"), share buttons whose
        icons left no text ("[](https://twitter.com/intent/tweet?…)"), a
        reference link's address ("[3]: https://…") and a line that is one
        link to another page and nothing else ("[See all the results](…)",
        "[Bekijk de stand](…)"); not a link inside a sentence, a heading, a
        list of links, a link to a part of the page ("(#hours)"), the
        text's first line (a headline linked to its page), a link under a
        line ending in a colon (the article introducing its sources), a
        paragraph written as a link (a sentence of eight words or more
        closed by a full stop too), or a code block's line.  So are a
        messenger's forward header ("Forwarded from Harbour News ⚓", also
        beside a label: "📣 URGENT | Forwarded from …"; "Переслано от …",
        "Reenviado de …", "Weitergeleitet von …") and a blog feed's footer
        naming the post and its site ("The post … appeared first on …", "Het
        bericht … verscheen eerst op …", "Der Beitrag … erschien zuerst auf
        …", "La entrada … se publicó primero en …", "L'article … est apparu
        en premier sur …"); not the same words in a sentence ("The letter,
        forwarded from the mayor's office, …").  So are read counters, ratings and
        feedback boxes ("Dit artikel is 1.204 keer gelezen", "Was this
        page helpful? Yes No"), publication lines in the words of other
        languages ("Publicerad 14 mars 2025, kl. 07.45"; the article's own
        dateline under its headline stays clean, as UI102 leaves it),
        skip-ad and continue-below-the-ad notices, register-to-read walls,
        and follow-us prompts that name no network ("Підписуйтесь на наш
        Telegram", "हमें फॉलो करें").  So is a web address alone on a line
        with no scheme nor path (an advertisement's display address,
        "www.example.co.uk", or a site's name, "SEASIDEGAZETTE.COM"); not
        one with its scheme or a path, a list's item, or one under a line
        ending in a colon ("On the Net:").
        Prompts are templates of a verb, its object and a purpose clause
        with no comma after them, in the catalogue's languages: an app to
        download ("Jetzt die App herunterladen und keine Eilmeldung mehr
        verpassen!", "Haberin devamı için uygulamamızı indirin"), a
        newsletter, a messaging channel to join, a donation for the
        newsroom, a paywall's log-in ("続きは有料会員限定です。ログインしてお読み
        ください。"); a list's label over another story's headline ("热门推荐：…");
        a share row's label and its networks in any language ("Поделиться:
        Facebook Telegram Viber", with the like buttons of a CJK row:
        "この記事をシェアする ツイート いいね"); and a cookie banner's line
        whose first sentence is a cookie notice, the one or two short
        sentences after it the banner's in any language.  A prompt reported
        as someone's ("…, the operator told passengers") stays clean.
        So are a notice that the article was translated by a machine or
        an AI tool, in sixteen languages ("This story was automatically
        translated from Portuguese", "Der Text wurde mithilfe von KI
        übersetzt und von der Redaktion überprüft", "Traducido con
        inteligencia artificial"; not "The log was translated from
        Norwegian by the captain's granddaughter": the machine or the tool
        must be named), a "read also" label with another story's title on
        its line in the forms the navigation lacks ("Related stories: …",
        "यह भी पढ़ें- …" with its dash glued on, "A voir aussi : …"; not a
        sentence that opens on the label's words with an aside between two
        dashes, "Read more — and there is plenty — in the council's report."), the
        app a story was shared from ("Shared from the Island Courier
        app"), a share row with the copy-link button of Korean, Japanese
        and Chinese pages ("카카오톡 트위터 링크복사", "微信 微博 复制链接"), a
        prompt to send the newsroom a tip in the languages the notes lack
        ("Masz informację? Zadzwoń do nas: …", "Есть интересная новость?
        Пишите нам: …"; a question with no call to write, "Masz ciekawy
        temat na wycieczkę? Przewodnik poleca …", is prose), and a
        publisher's masthead or registration line ("Tạp chí … - Cơ quan
        ngôn luận của …", "Свидетельство о регистрации СМИ …", "主办单位：…";
        not "Cơ quan ngôn luận của Hội đã đăng …", a sentence).  A caption
        of one sentence keeps no "(Name / Outlet)" credit ("… on Monday
        morning. (Ellen Park / Island Courier Weekly)"); a paragraph of
        several sentences keeps its brackets.  A byline's label before a
        sentence is a transcript's turn, not a credit ("Reporter: Thank
        you.", "Editor: Is that all?"; "Reporter: Jane Cole" is a credit):
        a name ends in no question or exclamation mark, in a full stop
        only after an initial, and is not mostly words in lower case.
        A photo essay's numbered captions (three or more in order, each a
        sentence) keep the bracketed credit closing each ("2. The crust
        forms on still afternoons. (Photo: T. Reilly)").
    """
    example = """
        The two leaders agreed to expand cooperation in energy and finance.
        Share this article
        방금 본
        Email to a friendPrinter friendly
        댓글이 닫혀 있습니다..
    """
    use_instead = """
        The two leaders agreed to expand cooperation in energy and finance.
        He urged readers to share the article and to leave a comment below it.
    """
    options = {
        "extra": Option(list, "More interface strings to flag (any language)."),
        "ignore": Option(list, "Catalogue strings never to flag here."),
    }

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        text = line.text.strip()
        catalogue = configured(tuple(options["extra"]), tuple(options["ignore"]))
        use_on(document, catalogue)  # on every line, blank or long too: the family's other rules ask it
        if not text or len(text) > 400:
            return
        start = line.start + line.text.index(text[0])
        whole = catalogue.match(text)
        if whole is None and "](" in text:
            whole = _linked_string(text, catalogue)  # "[Facebook](https://…) [Twitter](https://…)"
        # What the reader sees of the line (the document model's reading of
        # its Markdown: no list marker, heading marks, link addresses or
        # emphasis stars): "* [Share on Facebook](…)", "## Más noticias de
        # Bizkaia", "![](…) Foto: dpa" are the strings their words are.
        seen = document.shapes[line.number - 1].text
        seen = LEADING_MARKS.sub("", seen)  # "> Sign up …" (a Markdown quote block), "🎧 Listen to …"
        underscored = UNDERSCORE_EMPHASIS.match(seen)
        if underscored is not None:
            seen = underscored.group(1)  # "_Photo: Lila Grant / Valley Times_": Markdown's other italics
        if whole is None and seen and seen != text:
            whole = catalogue.match(seen)
        if whole is not None and whole.kind == "bylines" and is_credit_line(text):
            return  # UI104's: a byline alone on its line
        if whole is not None and whole.kind == "bylines" and _speaker_turn(text):
            whole = None  # a transcript's turn ("Reporter: Thank you."), not a credit
        if whole is not None and whole.kind == "timestamps" and _opens_the_article(line, document):
            return  # the article's dateline under its headline, as UI102 leaves its own
        if whole is not None and whole.kind == "player" and fixtures_heading(text, line, document):
            whole = None  # a game story's "UP NEXT" over the teams' next fixtures
        if whole is not None and whole.kind in READ_ALSO_KINDS and DASH_ASIDE_SENTENCE.match(text.strip()):
            whole = None  # "Related coverage — our interview … — runs in Thursday's edition.": a sentence
        if whole is not None and whole.kind == "teasers" and (_opens_the_article(line, document) or _teaser_sentence(text)):
            whole = None  # a video story's own headline ("WATCH: … says …" over its text), or a sentence of prose
        if whole is not None:
            yield Finding(start, start + len(text), f'{describe([whole])} left in the text: "{text}"')
            return
        leftover = markdown_remnant(line, document)
        if leftover is not None and line.number not in document.code_lines:
            by = "an extractor" if leftover == "bracketed picture" else "a Markdown converter"
            yield Finding(start, start + len(text), f'{REMNANT_NAMES[leftover]} left by {by}: "{_shown(text)}"')
            return
        # SEPARATOR and PIPE split nothing in a line without one of their
        # characters (most lines): only such a line is split.
        parts = [part for part in SEPARATOR.split(seen) if part.strip(" .")] if holds_any(seen, SEPARATOR_CHARACTERS) else ()
        if len(parts) >= 2:
            matched = [catalogue.match(part) for part in parts]
            # A forward header makes its line the messenger's, whatever
            # label stands beside it ("🔴 ALERT | Forwarded from …").
            forward = [entry for entry in matched if entry is not None and entry.kind == "feed_wrappers"]
            if forward:
                matched = forward
            if all(matched):
                yield Finding(start, start + len(text), f'{describe(matched)} left in the text: "{text}"')
                return
        pipes = [part for part in PIPE.split(text) if part] if "|" in text or "｜" in text else ()
        if len(pipes) >= MENU_PARTS and not _table_row(line, document) and not _in_data_table(line, document) and all(
            0 < count_words(part) <= MENU_PART_WORDS for part in pipes
        ) and _few_sentences(pipes) and not _results_row(pipes):
            yield Finding(start, start + len(text), f'menu of {len(pipes)} links left in the text: "{_shown(text)}"')
            return
        if _breadcrumb(text):
            yield Finding(start, start + len(text), f'breadcrumb trail left in the text: "{_shown(text)}"')
            return
        sections = spaced_menu(line, document)
        if sections is not None:
            yield Finding(start, start + len(text), f'menu of {sections} sections split by spaces only left in the text: "{_shown(text)}"')
            return
        if len(pipes) in (2, PREVIOUS_NEXT_PARTS) and _previous_and_next(text, pipes):
            yield Finding(start, start + len(text), f'links to the previous and next posts left in the text: "{_shown(text)}"')
            return
        if not pipes and _previous_or_next_title(text):
            yield Finding(start, start + len(text), f'link to the previous or next post, with its title, left in the text: "{_shown(text)}"')
            return
        if _layout_table_cell(line, document):
            yield Finding(start, start + len(text), f'a layout table\'s link cell left in the text: "{_shown(text)}"')
            return
        if text.startswith("|") and document.content_index[line.number] in _layout_table_headings(document):
            yield Finding(
                start, start + len(text),
                f'a layout table\'s heading or link, sharing no word with the article, left in the text: "{_shown(text)}"',
            )
            return
        notice = NOTICE.match(text)
        if notice:
            yield Finding(start, start + len(text), f'{notice.lastgroup.replace("_", " ")} notice left in the text: "{_shown(text)}"')
            return
        if _reader_prompt(text) or (seen and seen != text and _reader_prompt(seen)):  # "**Volg ons op Instagram**" too
            yield Finding(start, start + len(text), f'prompt to the reader (follow, share, subscribe) left in the text: "{_shown(text)}"')
            return
        if _newsletter_blurb(line, document, catalogue):
            yield Finding(start, start + len(text), f'a newsletter box\'s description, between its heading and its messages, left in the text: "{_shown(text)}"')
            return
        if document.content_index[line.number] in _tagged_links(document):
            yield Finding(start, start + len(text), f'link to another story with its label in brackets left in the text: "{_shown(text)}"')
            return
        if document.content_index[line.number] in _cut_teasers(document):
            yield Finding(start, start + len(text), f'other posts\' teasers, each cut short by the page, left in the text: "{_shown(text)}"')
            return
        if _link_with_arrow(text):
            yield Finding(start, start + len(text), f'link with its arrow left in the text: "{_shown(text)}"')
            return
        if _bare_address(line, document):
            yield Finding(start, start + len(text), f'web address alone on a line (an advertisement\'s or the site\'s) left in the text: "{_shown(text)}"')
            return
        spoken = _spoken_part(text) if may_speak(text) else None
        if spoken is not None:
            speaks, begin = spoken
            where = "left in the text" if begin == 0 else "after the text"
            yield Finding(start + begin, start + len(text), f'{speaks} {where}: "{_shown(text[begin:])}"')
            return
        if pipes and not text.startswith(("|", "｜")) and _labelled_metadata_row(pipes, catalogue):
            yield Finding(start, start + len(text), f'row of a post\'s metadata (its tags or categories, date or author) left in the text: "{_shown(text)}"')
            return
        if pipes and not text.startswith(("|", "｜")) and _counter_row(pipes, catalogue):
            yield Finding(start, start + len(text), f'row of a post\'s categories and comment count left in the text: "{_shown(text)}"')
            return
        sentences = (
            _all_sentences_catalogued(text, catalogue) or _cookie_banner(text, catalogue)
            or (_all_sentences_catalogued(seen, catalogue) if seen and seen != text else None)
        )
        if sentences:
            yield Finding(start, start + len(text), f'{describe(sentences)} left in the text: "{_shown(text)}"')
            return
        glued = catalogue.glued(seen) if len(seen) <= 120 else None
        if glued:
            yield Finding(start, start + len(text), f'{describe(glued)} run together: "{text}"')
            return
        row = _catalogued_row(seen, catalogue)
        if row:
            yield Finding(start, start + len(text), f'row of {describe(row)} left in the text: "{_shown(text)}"')
            return
        button = _button_after_headline(text, catalogue)
        if button is not None:
            entry, shown = button
            tail_start = start + len(text) - len(shown)
            yield Finding(tail_start, tail_start + len(shown), f'{describe([entry])} after a headline: "{shown}"')
            return
        list_item = document.shapes[line.number - 1].list_item
        credit = _closing_credit(text, list_item) or (_closing_credit(seen, list_item) if seen != text else None)
        if credit is not None and line.number in document.memo("UI101.numbered_captions", _numbered_captions):
            return  # a photo essay's numbered caption: the credit that ends it is the essay's own
        if credit is not None:
            shown = credit.group("credit")
            yield Finding(start + credit.start("credit"), start + len(text), f'image credit or caption label after the text: "{shown}"')
            return
        linked = _linked_tail(text, catalogue) if text.endswith(")") and "](" in text else None
        if linked is not None:
            entry, begin = linked
            yield Finding(start + begin, start + len(text), f'{describe([entry])} after the text: "{_shown(text[begin:])}"')
            return
        tail = _tail(text)
        if tail:
            shown = tail.group("tail").rstrip()
            tail_start = start + tail.start("tail")
            entry = catalogue.match(shown)
            closing = text[tail.end("tail"):].strip()
            if entry is not None and self._may_end_a_paragraph(entry, shown, closing) and not _answer_or_exclamation(
                entry, text, tail.start("tail"), shown, closing
            ):
                longer = _long_glued_tail(text, catalogue, False)  # the notice's sentences before ("You've read 3 of 5 …")
                if longer is not None and longer[0] == describe([entry]) and longer[1] < tail.start("tail"):
                    shown = text[longer[1]:].rstrip().rstrip(TAIL_END)
                    tail_start = start + longer[1]
                yield Finding(tail_start, tail_start + len(shown), f'{describe([entry])} after the text: "{shown}"')
                return
            what = _furniture_tail(shown, text, tail.start("tail"), catalogue) or _glued_byline(shown, text, tail.start("tail"))
            if what:
                yield Finding(tail_start, tail_start + len(shown), f'{what} after the text: "{shown}"')
                return
            prompt_start = _prompt_start(text, tail.start("tail"))
            if prompt_start is not None:
                prompt = text[prompt_start:tail.start("tail") + len(shown)]
                offset = start + prompt_start
                yield Finding(offset, offset + len(prompt), f'prompt to the reader (follow, share, subscribe) after the text: "{prompt}"')
                return
        glued = _long_glued_tail(text, catalogue, tail is not None)
        if glued is not None:
            what, begin = glued
            shown = text[begin:].rstrip().rstrip(TAIL_END)
            yield Finding(start + begin, start + begin + len(shown), f'{what} after the text: "{_shown(shown)}"')

    @staticmethod
    def _may_end_a_paragraph(entry: Entry, tail: str, closing: str = "") -> bool:
        """Whether a catalogue string after a paragraph's last sentence is
        furniture glued on: a lone navigation word ("Home", "World") may be
        the last word of a heading run in, a credit needs its colon, and
        other stories' heading ends in no full stop ("… Popular at home
        too." and "More good news." are the paragraph's own short
        sentences); ``closing`` is what follows the tail (stops, a colon)."""
        if entry.kind == "more_stories":
            return not closing or closing[:1] in ":："
        if entry.kind in ("comment_prompts", "account_forms", "forum_furniture", "podcast_furniture", "posted_bylines"):
            # A writer's own last words ("… Let us know in the comments!"):
            # the paragraph's; on a line of its own it is the page's.
            return False
        if entry.kind == "navigation":
            return count_words(tail) >= 2
        if entry.kind == "credits_and_captions":
            # A label's mark ("Credit: …", "사진=…"), a credit in brackets
            # ("（资料图）"), or a paper's archive photo ending no sentence
            # ("… in 2012. Herald file photo"; "It's a file photo." is one).
            return (
                (not CREDIT_MARKS.isdisjoint(tail) and not _clause_after_label(tail, closing))
                or (tail[:1] in "(（" and tail[-1:] in ")）")
                or (not closing and FILE_PHOTO.search(tail) is not None)
            )
        if entry.kind == "bylines":  # a date or a colon: not a sentence's last words ("…was written by Jane Smith")
            return ":" in tail or "：" in tail or any(map(str.isdigit, tail))
        return True


# A "read also" label's words opening a sentence, with an aside between two
# dashes after them and the sentence running on to its full stop ("Read
# more — and there is plenty of it — in the council's own report.",
# "Related coverage – our interview with the architect – runs on
# Thursday."): the dash after the label is the aside's, not the link's.  A
# link's title has no second dash of the same kind followed by three words
# and a full stop.
READ_ALSO_KINDS = frozenset({"navigation", "read_also"})
DASH_ASIDE_SENTENCE = compile_cached(r"^[^-–—.!?]{2,40}?\s(?P<dash>[-–—])\s[^-–—]+?\s(?P=dash)\s\S+(?:\s\S+){2,}[.!?][\"”’»]?$")


# A speaker's label and what they said, as a transcript writes a turn
# ("Reporter: Vă mulțumim.", "Editor: Thank you very much."): a byline's
# label and a name have the same shape once folded, but a name ends in no
# question or exclamation mark, in a full stop only after an initial
# ("Reporter: Jane A."), and is not mostly words in lower case (a particle,
# "Editor: Anna van Dijk", and a role, "…, staff reporter", aside).
SPEAKER_TURN = compile_cached(r"^[^:：]{1,30}[:：]\s*(?P<said>\S.*)$")
NAME_PARTICLES = frozenset({
    "de", "da", "do", "dos", "das", "du", "van", "von", "der", "den", "di", "del", "della", "la", "le",
    "bin", "bint", "ibn", "al", "el", "y", "e", "and", "&",
})
LONGEST_INITIAL = 3  # "J.", "Jr.": what a name may end with before its full stop


def _speaker_turn(text: str) -> bool:
    """Whether a label's line is a turn of a transcript: a sentence said
    after the label, not a name."""
    turn = SPEAKER_TURN.match(text.strip())
    if turn is None:
        return False
    said = turn.group("said").rstrip()
    if said[-1:] in "?!？！…" or said.endswith(("?\"", "?”", "!\"", "!”")):
        return True
    words = said.split()
    if said.endswith(".") and len(words[-1]) > LONGEST_INITIAL:
        return True
    # Most words in lower case: a sentence ("Reporter: okay so what happened");
    # a name's line may hold a role after it ("Writer: Jane Smith, staff reporter").
    lower = sum(1 for word in words if word[:1].islower() and word.lower() not in NAME_PARTICLES)
    return lower * 2 > len(words)


# Words after a teaser's label, at least, for a line that ends in a full
# stop to be a sentence that opens with the word ("Watch: that was the word
# every bulletin of the eighties opened its clips with." is prose; "Watch:
# fog rolls over the harbour", a teaser, is a headline: shorter, and it ends
# in no stop).
TEASER_SENTENCE_WORDS = 10
LABEL_COLON = compile_cached(r"^[^:：]{1,20}[:：]\s?")


def _teaser_sentence(text: str) -> bool:
    """Whether a line that a video teaser's template matches is a sentence
    of prose: a full stop at its end and TEASER_SENTENCE_WORDS words or more
    after the label's colon."""
    if not text.rstrip().endswith((".", "。")) or text.rstrip().endswith(("..", "…")):
        return False
    label = LABEL_COLON.match(text)
    return label is not None and count_words(text[label.end():]) >= TEASER_SENTENCE_WORDS


# Kinds of catalogue string a network's or a site's name alone is.
NAME_KINDS = frozenset({"sharing", "following"})


def _answer_or_exclamation(entry: Entry, text: str, begin: int, tail: str, closing: str) -> bool:
    """Whether a network's name alone after a paragraph's last sentence is
    the paragraph's own: the answer to the question before it ("Which
    site's name ends in a bang? Yahoo!"), or a name exclaimed ("… and the
    winner was: Facebook!").  A button glued to a paragraph keeps no stop of
    its own, and a row of them is several words."""
    if entry.kind not in NAME_KINDS or count_words(tail) != 1 or not closing:
        return False
    before = text[:begin].rstrip()
    return closing.startswith(("!", "！")) or (before.endswith(("?", "？")) and closing[:1] in ".!。！")


def _opens_the_article(line: Line, document: Document) -> bool:
    """Whether a line is the text's first or stands between the article's
    headline and its body (layout.article_head, the headline among them)."""
    return document.content_index[line.number] == 0 or line.number in article_head(document)


# A credit's label before a clause: "… a local resident. Photo: we have
# corrected the online version."  After the label's mark, this many words
# or more, the first in lower case and few capitalised (German capitalises
# its nouns), ending in a full stop, are a sentence that the word opens,
# not a name: a credit names its photographer or agency ("Photo: Jane
# Doe/Reuters", "Foto: privat", "Photo: courtesy of the Hull Swimming Club").
CLAUSE_AFTER_LABEL_WORDS = 5
CLAUSE_CAPITALS_SHARE = 1 / 3
CLAUSE_STOPS = ".!?。！？"


def _clause_after_label(tail: str, closing: str) -> bool:
    """Whether what follows a credit label's mark in a paragraph's tail is
    a clause (CLAUSE_AFTER_LABEL_WORDS)."""
    if not closing or closing[:1] not in CLAUSE_STOPS:
        return False
    marks = [tail.find(mark) for mark in CREDIT_MARKS if mark in tail]
    words = tail[min(marks) + 1:].split()
    if len(words) < CLAUSE_AFTER_LABEL_WORDS or not words[0][:1].islower():
        return False
    return sum(word[:1].isupper() for word in words) <= CLAUSE_CAPITALS_SHARE * len(words)


# Words before a furniture tail at least: a paragraph's sentence.
MIN_HEAD_WORDS = 4
# What sets a credit's label off from its name: "Credit: …", "Foto / …", "사진=…".
CREDIT_MARKS = frozenset(":：/=")
FILE_PHOTO = compile_cached(r"(?i)\b(?:file|archive|library|stock) (?:photo|photograph|picture|image)s?$")
# A caption's credit in brackets at its end, as extractors keep it: "… across
# the region (Image: PA)", "(Photo: Getty Images)", "(Foto: dpa)".  A label
# and a colon, then a short name: a sentence's own brackets ("(pictured)",
# "(photo, left)") hold no such label.
# Also a label with its kind of credit ("(Image credit: K. Mori)"), a
# photographer's ("（撮影・田中）", "(تصوير: خالد العمر)"), and an archive
# photo's label alone ("(foto d'archivio)", "（资料图）").  A CJK caption
# runs into its bracket with no space.
ARCHIVE_LABELS = (
    r"file photo|file picture|archive photo|archive picture|foto d'archivio|foto di repertorio|foto de archivo|"
    r"imagen de archivo|foto de arquivo|imagem de arquivo|photo d'archives|photo d'archive|archivbild|archivfoto|"
    r"资料图|资料图片|資料圖|資料写真|자료사진|صورة أرشيفية"
)
def _closing_credit(text: str, list_item: bool = False):
    """A photo credit that closes a line after words of its own: in
    brackets ("… across the region (Image: PA)") or after a label's colon
    ("… / Foto: J. Morales"); the match, or None.  A list's item is no
    caption for an unlabelled "(Name Name/Outlet)": a list sets out pairs
    so ("- Jude Bellingham, £88m (Borussia Dortmund/Real Madrid)")."""
    for pattern, may_hold in (
        (BRACKETED_CREDIT, text.endswith((")", "）"))),
        (TRAILING_CREDIT, ":" in text and text[-1:] not in ".!?"),
        (BRACKETED_NAMED_CREDIT, text.endswith((")", "）"))),
        (SLASHED_BRACKET_CREDIT, text.endswith((")", "）")) and not list_item),
        (CREDIT_AFTER_CAPTION, text[-1:] not in ".!?。！？"),
    ):
        credit = pattern.search(text) if may_hold else None
        if credit is not None and pattern is SLASHED_BRACKET_CREDIT and SENTENCE_BOUNDARY.search(text[:credit.start("credit")].rstrip()):
            credit = None  # a paragraph of sentences keeps its credit; a caption of one sentence ("… afternoon. (Name / Outlet)") does not
        if credit is not None and count_words(text[:credit.start()]) >= MIN_HEAD_WORDS:
            return credit
    return None


# Photo-essay class (trial35): a photo essay is its numbered captions,
# each of its sentences with the photographer's credit in brackets at its
# end ("3. Elisa checks the sugar. (Photo: A. Rossi)"); this many numbered
# in a row (1, 2, 3, …) at least.  A caption and its credit glued onto a
# news story's paragraph stand alone, unnumbered.
MIN_NUMBERED_CAPTIONS = 3
CAPTION_NUMBER = compile_cached(r"^\s*(?:[-*]\s+)?(?:\*\*)?(\d{1,2})[.)](?:\*\*)?\s+\S")


def _numbered_captions(document: Document) -> frozenset[int]:
    """Line numbers of the captions of a photo essay: runs of
    MIN_NUMBERED_CAPTIONS content lines or more numbered in order from 1,
    each a caption of a sentence or more (a sentence end before its
    credit) closing with a credit in brackets."""
    found: set[int] = set()
    run: list[int] = []
    for line in document.content_lines:
        number = CAPTION_NUMBER.match(line.text)
        text = line.text.strip()
        credit = None
        if number is not None and text.endswith((")", "）")):
            credit = BRACKETED_CREDIT.search(text) or BRACKETED_NAMED_CREDIT.search(text)
        caption = credit is not None and ends_sentence(text[:credit.start("credit")].rstrip())
        if caption and int(number[1]) == len(run) + 1:
            run.append(line.number)
            continue
        if len(run) >= MIN_NUMBERED_CAPTIONS:
            found.update(run)
        run = [line.number] if caption and int(number[1]) == 1 else []
    if len(run) >= MIN_NUMBERED_CAPTIONS:
        found.update(run)
    return frozenset(found)


BRACKETED_CREDIT = compile_cached(
    r"(?i)(?:\s|(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}。、]))(?P<credit>[(（]\s?(?:"
    r"(?:images?|photos?|pictures?|pic|photograph|credit|foto|fotos|bild|imagen|imagem|immagine|"
    r"fot|zdjęcie|фото|写真|画像|사진|图片?|撮影|تصوير|صورة|الصورة|عدسة)(?:\s(?:credit|courtesy))?"
    r"\s?[:：・=]\s?(?:[^()（）.!?。]|\.(?=\s?\p{L})){1,40}|" + ARCHIVE_LABELS + r")\s?[)）])$"
)
# A caption's credit after it with no bracket: after a separator ("… Jerez.
# / Foto: J. Morales", "… central — Foto: Pedro Lima/Jornal da Serra"), or
# a capitalised "Credit:" after the caption's last word ("… before take-off
# Credit: SWNS"): prose writes neither.  A short name, no sentence.
TRAILING_CREDIT = compile_cached(
    r"(?:\s[/|–—-]\s|(?<=[^\s/|–—-])\s+(?=(?:(?:Photo|Picture|Image)\s)?Credits?\s?:))"
    r"(?P<credit>(?i:(?:(?:photo|picture|image)\s)?credits?|photos?|pictures?|images?|photograph|foto|fotos|fotografía|fotografia|"
    r"imagen|imagem|immagine|bild|fotos?\s?/\s?video|crédit(?:\s?photo)?|crédito|fuente|fonte|source|quelle|фото|zdjęcie|fot\.)"
    r"\s?:\s?[^:;!?()]{1,60})$"
)

# What a box's line may open with that the reader does not read: Markdown's
# quote marks ("> Sign up to …", as converters write a newsletter's box) and
# a pictograph ("🎧 Listen to our podcast").
LEADING_MARKS = compile_cached(r"^(?:(?:>\s?)+|[\p{So}\p{Sk}\uFE0F\u200D]+\s+)")
# A line set in Markdown's italics with underscores ("_Photo: … / Valley
# Times_"); the document model reads the stars' italics only.
UNDERSCORE_EMPHASIS = compile_cached(r"^_(?!_)(.*\S)(?<!_)_$")
# The words of a credit's label in the catalogue's languages, and the word
# that may join it to a name ("Photo by", "Foto di", "Fotografia de").
CREDIT_LABEL = (
    r"(?i:photos?|pictures?|images?|photograph|pic|fotos?|fotografia|fotografía|fotograf|fotoğraf|fot\.|zdjęcie|"
    r"bild|beeld|фото|снимок)"
)
CREDIT_JOIN = r"(?i:by|di|de|da|von|par|por|van|od)"
# A photographer's or an agency's name: capitalised words, a particle
# between them ("Rui Gaudêncio", "Ouest-Region", "Anna van Dijk").
CREDIT_NAME = r"\p{Lu}[\p{L}.'&-]*(?:\s(?:\p{Lu}[\p{L}.'&-]*|de|da|do|dos|van|von|der|di|del|la|le)){0,4}"
# After a credit's slash, an agency's or a paper's name of a word or two: a
# longer one ("Ruth Moran/Valley Press Limited", a company's own photo) is
# left with the caption, as Dragnet's gold keeps it (the templates' rule).
CREDIT_OUTLET = r"\p{Lu}[\p{L}.'&-]*(?:\s\p{Lu}[\p{L}.'&-]*)?"
# A caption's credit in brackets with no colon: a label and a name ("(Photo
# by Lila Grant)", "(Foto Ansa)"), a photo agency's name alone after a
# sentence ("… city. (Getty Images)"), a Chinese paper's "（记者 李明 摄）"
# (a reporter's name and "photographed").  A sentence's own brackets hold a
# word in lower case or a remark ("(pictured)", "(photo, left)").
PHOTO_AGENCIES = (
    r"Getty Images|AFP/Getty Images|AFP via Getty Images|Shutterstock|Alamy|iStock|iStockphoto|"
    r"ANSA|EPA|EPA-EFE|dpa|picture alliance|PA Media|PA Wire|AP Photo|Reuters|AFP|Imago|Keystone|Anadolu"
)
# A photographer's name and the agency or club the photo is theirs, with no
# label: "(Kevin Marsh/Harlow Town FC)", "(Ana Ruiz/EFE)".  Two capitalised
# words at least before the slash, up to four after it: a sentence's own
# brackets hold no such pair ("(Labour)", "(KEN)", "(Reuters)").
SLASHED_CREDIT = (
    r"\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s?/\s?"
    r"\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s(?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|de|del|da|di|von|van)){0,3}"
)
BRACKETED_NAMED_CREDIT = compile_cached(
    r"(?:\s|(?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}。、]))(?P<credit>[(（]\s?(?:"
    + CREDIT_LABEL + r"(?:\s" + CREDIT_JOIN + r")?\s" + CREDIT_NAME + r"(?:\s?/\s?" + CREDIT_OUTLET + r")?"
    + r"|(?<=[.!?]\s[(（])(?:" + PHOTO_AGENCIES + r")"
    + r"|(?:\p{Han}{0,6}记者\s?)?\p{Han}{2,4}(?:\s\p{Han}{2,4})?\s?摄"
    + r")\s?[)）])$"
)
# The photographer and agency in brackets after a caption of one phrase or
# one sentence ("… afternoon. (Maria Delgado / Coast Ledger)"; no sentence
# ends before that: a gallery's paragraph of sentences keeps its credit, as
# Dragnet's gold does).
SLASHED_BRACKET_CREDIT = compile_cached(r"\s(?P<credit>[(（]\s?" + SLASHED_CREDIT + r"\s?[)）])$")
# A caption's credit after its sentence with no colon: a label and a name
# ("… on Church Street. Photo by Lila Grant", "… Oruni. Fot. Karolina Misztal
# / Dziennik Bałtycki", "… Peniche. Fotografia Rui Gaudêncio", "© Photo
# Ouest-Region / Marc Leroy"), a player's read-out label ("… handout.
# Image source, Family handout"), a Korean "provided by" ("… 건물. 영도구
# 제공").  It ends no sentence; a sentence's words after a stop are in lower
# case or end with one.
CREDIT_AFTER_CAPTION = compile_cached(
    r"(?:(?<=[.!?])\s+|(?<=[。！？])\s*)(?P<credit>(?:"
    r"(?:©\s?)?" + CREDIT_LABEL + r"(?:\s" + CREDIT_JOIN + r")?\s?:?\s" + CREDIT_NAME
    + r"(?:\s?/\s?" + CREDIT_OUTLET + r")?"
    + r"|(?i:image|media|video) (?i:source|copyright),\s[^.!?]{1,60}"
    + r"|\p{Hangul}{1,12}(?:\s\p{Hangul}{1,12})?\s?제공"
    + r"))$"
)

# A Markdown link: its text in brackets, its address in parentheses.
MARKDOWN_LINK = compile_cached(r"\[([^\[\]]{1,80})\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")
# What may stand between the links of a row of them.
BETWEEN_LINKS = " \t|•·,/-–"


def _linked_string(text: str, catalogue) -> Entry | None:
    """The interface string a line of Markdown links alone is, read as
    their texts: a share row "[Facebook](…sharer…) [Email](mailto:…)", or
    "[Share on Facebook](…)".  The texts together, or each of them."""
    texts = MARKDOWN_LINK.findall(text)
    if not texts or MARKDOWN_LINK.sub(" ", text).strip(BETWEEN_LINKS):
        return None
    together = catalogue.match(" ".join(texts))
    if together is not None:
        return together
    each = [catalogue.match(linked) for linked in texts]
    return each[0] if all(each) else None


# A Markdown link that ends a line.
LAST_LINK = compile_cached(MARKDOWN_LINK.pattern + r"\s*$")


def _linked_tail(text: str, catalogue) -> tuple[Entry, int] | None:
    """A link glued after a paragraph's last sentence whose text is a
    catalogue string ("… a metre higher. [Read more](https://…)"): its
    entry and where it begins, or None.  TAIL does not see it: the link's
    address holds stops."""
    link = LAST_LINK.search(text)
    if link is None:
        return None
    head = text[:link.start()].rstrip()
    if count_words(head) < MIN_HEAD_WORDS or not ends_sentence(head):
        return None
    entry = catalogue.match(link.group(1))
    if entry is None or not InterfaceString._may_end_a_paragraph(entry, link.group(1)):
        return None
    return entry, link.start()


# A sentence's end before a glued notice: a stop and a space (or a CJK stop).
SENTENCE_BOUNDARY = compile_cached(r"(?:[.!?”\"।۔؟]\s+|[。！？」』]\s*)(?=\S)")
# Sentences tried back from the line's end for a long notice glued on (a
# paywall's meter and its prompt: "You've read 3 of 5 …. Subscribe to …").
GLUED_SENTENCES = 2


def _long_glued_tail(text: str, catalogue, short_tail_tried: bool) -> tuple[str, int] | None:
    """A notice longer than TAIL's tail glued after a paragraph's last
    sentence ("… el 15 de junio. Sigue toda la actualidad de Valdemoro en
    nuestro canal de WhatsApp", "… last year. You've read 3 of your 5 free
    articles this month. Subscribe to keep reading."): what follows one of
    the last few sentence ends, up to MAX_PROMPT_CHARACTERS, is a template's
    whole match or a prompt to the reader.  What it is and where it begins."""
    window = max(len(text) - MAX_PROMPT_CHARACTERS, 0)
    ends = [match.end() for match in SENTENCE_BOUNDARY.finditer(text, window)][-GLUED_SENTENCES:]
    for begin in ends:
        rest = text[begin:].strip()
        if short_tail_tried and len(rest.rstrip(TAIL_END)) <= LONGEST_TAIL and begin == ends[-1]:
            continue  # TAIL's: judged already
        if count_words(text[:begin]) < MIN_HEAD_WORDS:
            continue
        entry = catalogue.match(rest)
        if entry is not None and entry.kind in GLUED_NOTICE_KINDS:
            return describe([entry]), begin
    last = text[ends[-1]:].strip() if ends else ""
    if len(last.rstrip(TAIL_END)) > LONGEST_TAIL and count_words(text[:ends[-1]]) >= MIN_HEAD_WORDS and _reader_prompt(last):
        return "prompt to the reader (follow, share, subscribe)", ends[-1]
    return None


# Kinds of notices long enough to be glued after a paragraph as a sentence of their own.
GLUED_NOTICE_KINDS = frozenset({
    "following", "subscription", "newsletters", "paywall", "copyright", "sharing", "cookie_and_consent",
    "notes", "counters", "timestamps", "page_messages",
    "app_prompts", "channel_prompts", "newsletter_prompts", "appeals", "paywall_notices",
    "translation_notices", "reader_tips",
})


def _furniture_tail(tail: str, line: str, tail_start: int, catalogue) -> str | None:
    """What a paragraph's tail after its last sentence is, when it is not
    one catalogue string: a menu glued on ("… next year. CNN International
    TV | CNN US TV | Work for us"), separated catalogue strings, or a
    gallery's caption with its counter ("13/50 Rogue trader freed …").  What
    comes before the tail must be prose: a table's row ("| Pos. | Name |")
    holds pipes before its first stop."""
    head = line[:tail_start]
    if "|" in head or "｜" in head or count_words(head) < MIN_HEAD_WORDS:
        return None
    if "|" in tail or "｜" in tail:
        pipes = [part for part in PIPE.split(tail) if part]
        if len(pipes) >= MENU_PARTS and all(0 < count_words(part) <= MENU_PART_WORDS for part in pipes):
            return f"menu of {len(pipes)} links"
    if not SEPARATOR_CHARACTERS.isdisjoint(tail):
        parts = [part for part in SEPARATOR.split(tail) if part.strip(" .")]
        if len(parts) >= 2:
            matched = [catalogue.match(part) for part in parts]
            if all(matched):
                return describe(matched)
    gallery = GALLERY_COUNTER.match(tail)
    if gallery and _is_gallery_position(int(gallery.group(1)), int(gallery.group(2))):
        caption = tail[gallery.end():].strip()
        # A caption cut short by the page ("…"), or one that ends no
        # sentence, opened as a sentence opens (not "3/4 cup flour").
        if caption[:1].isupper() and (line.rstrip().endswith(("…", "...")) or line.rstrip()[-1:] not in ".!?"):
            return "gallery caption with its counter"
    return None


def _glued_byline(tail: str, line: str, tail_start: int) -> str | None:
    """A byline run onto a paragraph's last sentence with no space between
    ("… is still in print.By Staff Reporter | Metro desk"): the two blocks
    of the page ran together, so the byline needs no date or colon to
    tell it from the sentence's own last words, only to be a byline (as
    UI104 reads one) with at most a few short parts after it."""
    if tail_start == 0 or line[tail_start - 1].isspace():
        return None
    parts = [part for part in PIPE.split(tail) if part.strip()]
    if parts and is_credit_line(parts[0]) and all(count_words(part) <= MENU_PART_WORDS for part in parts[1:]):
        return "byline run on with no space"
    return None


# A long menu may hold a question or a name with a stop ("About us | Contact
# us | Forgotten your password? | Advertising | Press office"): one part in
# LONG_MENU_SENTENCES, in a menu of LONG_MENU_PARTS parts or more.
LONG_MENU_PARTS = 5
LONG_MENU_SENTENCES = 4


def _breadcrumb(text: str) -> bool:
    if not holds_any(text, BREADCRUMB_CHARACTERS) or holds_any(text, BREADCRUMB_OPENERS):
        return False
    parts = BREADCRUMB.split(text)
    return len(parts) >= MIN_BREADCRUMB_PARTS and all(
        0 < count_words(part) <= BREADCRUMB_PART_WORDS and not ends_sentence(part) for part in parts
    )


# A score or a result in a part of a line split by pipes: two numbers
# joined by a colon or a dash ("31:27", "2-1", "3 – 0").  A menu's links hold
# no such pair, and a row of match results holds one in every part.
SCORE = compile_cached(r"(?<![\d:.,])\d{1,3}\s?[:\-–—]\s?\d{1,3}(?![\d:.,])")


def _results_row(parts: list[str]) -> bool:
    """Whether every part split by pipes holds a score ("THW Kiel – Füchse
    Berlin 31:27 | SC Magdeburg – HSV Hamburg 34:29 | …"): the article's
    results set out on one line, not a menu of links."""
    return all(SCORE.search(part) for part in parts)


def _few_sentences(parts: list[str]) -> bool:
    sentences = sum(1 for part in parts if ends_sentence(part))
    if len(parts) < LONG_MENU_PARTS:
        return sentences == 0
    return sentences * LONG_MENU_SENTENCES <= len(parts)


# A blog's links to the previous and next posts, one line: "« Older post
# title | Main | Newer post title »".  The middle part is the blog's home.
PREVIOUS_NEXT_PARTS = 3
BLOG_HOME = frozenset({"main", "home", "index", "archives", "archive", "blog home", "top"})
PREVIOUS_MARKS = ("«", "‹", "<", "←", "<<")
NEXT_MARKS = ("»", "›", ">", "→", ">>")


# A blog's link to its previous or next post with the post's title and no
# colon between ("Previous Post Ferry fares frozen for another year",
# "Artículo anterior El ferry sube sus tarifas"): the label as a button
# writes it (capitalised, or the whole label in capitals), then a title
# opening in a capital, and no full stop at the end.  "Next post will look
# at fares." is a sentence: a verb in lower case after the label, and a
# stop.
PREVIOUS_OR_NEXT_TITLE = compile_cached(
    r"^(?:[«‹←<]\s?)?(?:"
    r"(?:Previous|Next|Older|Newer|PREVIOUS|NEXT|OLDER|NEWER)\s(?:Post|Article|Story|Entry|POST|ARTICLE|STORY|ENTRY|post|article|story|entry)"
    r"|(?:Artículo|Entrada|Noticia|Nota|Artigo|Post|Matéria|Articolo|Notizia)\s(?:anterior|siguiente|seguinte|próxim[oa]|precedente|successiv[oa])"
    r"|(?:Article|Billet)\s(?:précédent|suivant)|(?:Vorheriger|Nächster)\s(?:Artikel|Beitrag)|(?:Vorherige|Nächste)\s(?:Nachricht|Meldung)"
    r"|(?:Предыдущая|Следующая)\s(?:статья|новость|запись)|(?:Vorig|Volgend)\s(?:artikel|bericht)"
    r")\s?[»›→>]?\s+[\p{Lu}\d\"“«„'‘][^\n]{2,140}(?<![.!?。])$"
)


def _previous_or_next_title(text: str) -> bool:
    return PREVIOUS_OR_NEXT_TITLE.match(text) is not None


def _previous_and_next(text: str, pipes: list[str]) -> bool:
    """Three parts, the blog's home between the two posts; or two, at the
    first or the last post, the home after the older post ("« Older post
    title | Main") or before the newer one ("Main | Newer post title »")."""
    if len(pipes) == PREVIOUS_NEXT_PARTS:
        if not (text.startswith(PREVIOUS_MARKS) or text.endswith(NEXT_MARKS)):
            return False
        return normalise(pipes[1]) in BLOG_HOME
    if len(pipes) == 2:
        return (text.startswith(PREVIOUS_MARKS) and normalise(pipes[1]) in BLOG_HOME) or (
            text.endswith(NEXT_MARKS) and normalise(pipes[0]) in BLOG_HOME
        )
    return False


# A layout table's row as an extractor writes it: framed by pipes, at least
# half its cells empty (the table's spacer columns), the others a link's few
# words ("| | Search Music |", "| Eldercare | | Singles | |").  A data
# table's row fills its cells or holds a number or a time ("| Monday | 9:00
# | |"); a Markdown table has a rule under its header, and a data table
# without one opens with a header row of filled cells, its rows as many
# cells as the header ("| Day | Morning | Afternoon |").  A page's layout
# tables have rows of menus too, but not one width: a block of rows holding
# a rule, or a header and rows of its width, is left alone.
LAYOUT_CELL_WORDS = 3
TABLE_RULE = compile_cached(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
DATA_CELL = compile_cached(r"^[-+−]?\p{N}[\p{N}.,:/%−–-]*(?:\s?(?:h|am|pm|a\.m\.|p\.m\.))?$", regex.IGNORECASE)
# Columns of a data table without a rule, at least: a two-column layout
# table ("| Most read | Comments |", then "| | Soccer |") is common.
MIN_HEADED_TABLE_CELLS = 3


def _layout_table_cell(line: Line, document: Document) -> bool:
    text = line.text.strip()
    if len(text) > 200 or not (text.startswith("|") and text.endswith("|")) or TABLE_RULE.match(text):
        return False
    cells = [cell.strip() for cell in text[1:-1].split("|")]
    filled = [cell for cell in cells if cell]
    if not filled or 2 * (len(cells) - len(filled)) < len(cells):
        return False
    if not all(count_words(cell) <= LAYOUT_CELL_WORDS and not ends_sentence(cell) and not DATA_CELL.match(cell) for cell in filled):
        return False
    return document.content_index[line.number] not in document.memo("UI101.data_table_rows", _data_table_rows)


def _data_table_rows(document: Document) -> frozenset[int]:
    """The indices among the content lines of the rows of every data
    table's block (a run of lines opening with a pipe), each block judged
    once: asking each row's block for itself walked the block per row."""
    rows: set[int] = set()
    block: list[str] = []
    for index, line in enumerate(document.content_lines + (None,)):
        if line is not None and line.text.lstrip().startswith("|"):
            block.append(line.text.strip())
            continue
        if block and _is_data_table(block):
            rows.update(range(index - len(block), index))
        block = []
    return frozenset(rows)


def _is_data_table(rows: list[str]) -> bool:
    if any(TABLE_RULE.match(row) for row in rows):
        return True
    widths = {len(row.strip("|").split("|")) for row in rows}
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    return len(rows) >= 2 and len(widths) == 1 and len(header) >= MIN_HEADED_TABLE_CELLS and all(header)


# A page laid out in a table, as an extractor writes it: the article's
# paragraphs are long cells ("| Under-siege Kemble quits as Kiwi coach … |"),
# and the page's headings, links and teasers short ones, a row each ("| Most
# Viewed Articles |", "| | GALLAS PLANS SWITCH TO DUGOUT |").  A data table's
# rows fill two cells or more; a layout table's mostly one.  A row of one
# filled cell there of at most a headline's words that is no sentence of
# the article (a long sentence) and shares no content word with the
# article's prose (its long lines and long cells) is the page's.  The
# headline in its own row shares the body's words.
LAYOUT_HEADING_WORDS = 20
LAYOUT_PROSE_WORDS = 12


def _pipe_cells(text: str) -> list[str] | None:
    """The cells of a line framed by pipes ("| a | | b |"), or None."""
    text = text.strip()
    if len(text) < 2 or not (text.startswith("|") and text.endswith("|")):
        return None
    return [cell.strip() for cell in text[1:-1].split("|")]


def _layout_table_headings(document: Document) -> frozenset[int]:
    def compute(document: Document) -> frozenset[int]:
        from .layout import content_words, prose_words  # layout reads this module's catalogue users

        lines = document.content_lines
        cells = [_pipe_cells(line.text) if line.text.lstrip().startswith("|") else None for line in lines]
        if not any(cells):
            return frozenset()
        candidates: list[int] = []
        prose = set(prose_words(document))
        index = 0
        while index < len(lines):
            if cells[index] is None:
                index += 1
                continue
            end = index
            while end < len(lines) and cells[end] is not None:
                end += 1
            block = range(index, end)
            filled = {i: [cell for cell in cells[i] if cell] for i in block}
            one_cell = [i for i in block if len(filled[i]) == 1]
            several = sum(1 for i in block if len(filled[i]) >= 2)
            for i in block:
                if len(filled[i]) == 1 and count_words(filled[i][0]) >= LAYOUT_PROSE_WORDS and ends_sentence(filled[i][0]):
                    prose |= content_words(document, lines[i].start, lines[i].end)
            if len(one_cell) > several:  # a layout table, not a data table's rows
                for i in one_cell:
                    cell = filled[i][0]
                    words = count_words(cell)
                    if words <= LAYOUT_HEADING_WORDS and not (words >= LAYOUT_PROSE_WORDS and ends_sentence(cell)):
                        if not TABLE_RULE.match(lines[i].text.strip()) and not DATA_CELL.match(cell):
                            candidates.append(i)
            index = end
        if not prose:
            return frozenset()  # no article to compare with: the whole page may be its table
        return frozenset(i for i in candidates if not (content_words(document, lines[i].start, lines[i].end) & prose))

    return document.memo("UI101.layout_table_headings", compute)


# Notices a publisher prints on every article, opening as they always do:
# the print edition's ("A version of this article appeared in print on …")
# and a reprint licence ("This copy is for your personal, non-commercial use
# only").  Too long for the templates (MAX_TEMPLATE_TEXT), they are known by
# their opening words.
NOTICE = compile_cached(
    r"(?i)^(?:(?P<print_edition>a version of this (?:article|story|review|column|essay|report) "
    r"(?:appears|appeared|was published|is published|will appear)\b.{0,300})"
    r"|(?P<reprint>this (?:copy|article|material) is for your personal,? non-?commercial use only\b.{0,300}))$"
)


# A line of this many sentences or more, each a catalogue string, is
# furniture ("Thanks for signing up! Keep an eye on your inbox.").
MIN_CATALOGUED_SENTENCES = 2
SENTENCE_MARKS = frozenset(".!?。！？")
MAX_CATALOGUED_LINE = 200


# A blog's entry footer runs to several sentences, each its platform's
# ("This entry was posted on … and is filed under …. You can follow any
# responses to this entry through the RSS 2.0 feed. Both comments and pings
# are currently closed."): a line of all-catalogued sentences may be this
# long.  Every sentence must be the catalogue's, so length costs no precision.
MAX_ALL_CATALOGUED_LINE = 400


def _all_sentences_catalogued(text: str, catalogue) -> list[Entry] | None:
    # One sentence at most (no stop before the last character), or longer
    # than furniture's few short sentences: a paragraph, not asked.
    if len(text) > MAX_ALL_CATALOGUED_LINE or SENTENCE_MARKS.isdisjoint(text[:-1]):
        return None
    matched = []
    for begin, end in split_sentences(text):
        entry = catalogue.match(text[begin:end])
        if entry is None:
            return None
        matched.append(entry)
    return matched if len(matched) >= MIN_CATALOGUED_SENTENCES else None


# A cookie banner runs to a few sentences, and only its first, what the site
# uses cookies for, is known in every language ("Wir verwenden Cookies, um
# Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung unserer Website
# stimmen Sie dem zu."): what follows it on the line is the banner's, in
# any language, when it is a short sentence or two of no one's reported
# words (no quotation marks, no "said").  A paragraph about a site's
# cookies opens with its own words, not the banner's.
BANNER_SENTENCES = 3
BANNER_SENTENCE_WORDS = 25


def _cookie_banner(text: str, catalogue) -> list[Entry] | None:
    if len(text) > MAX_CATALOGUED_LINE or SENTENCE_MARKS.isdisjoint(text[:-1]) or not QUOTATION_MARKS.isdisjoint(text):
        return None
    spans = list(split_sentences(text))
    if not MIN_CATALOGUED_SENTENCES <= len(spans) <= BANNER_SENTENCES:
        return None
    first = catalogue.match(text[spans[0][0]:spans[0][1]])
    if first is None or first.kind != "cookie_and_consent":
        return None
    if ATTRIBUTED.search(text):  # "We use cookies to count visitors, the company said. …"
        return None
    if any(count_words(text[begin:end]) > BANNER_SENTENCE_WORDS for begin, end in spans[1:]):
        return None
    return [first]


# A row of buttons with nothing between them but spaces ("Udostępnij na
# Facebooku Udostępnij na X Skopiuj link"): the line's words split into
# parts of at most ROW_PART_WORDS words, each a catalogue string or a
# template's match, at least two of them.  catalogue.glued finds rows of
# catalogue strings alone; this one the templates' too (a share button
# naming its network, "Follow us on X").  A line ending a sentence is prose.
# Words of such a row: at least two parts of two words (a shorter row of
# catalogue strings is catalogue.glued's), at most a few buttons' worth.
MIN_ROW_WORDS = 4
ROW_WORDS = 12
ROW_PART_WORDS = 5
MIN_ROW_PARTS = 2


def _catalogued_row(text: str, catalogue) -> list[Entry] | None:
    if not text or ends_sentence(text):
        return None
    words = normalise(text).split()
    # Words as count_words counts them (a CJK run is several): a row of
    # Chinese or Japanese buttons has few spaces.
    if not MIN_ROW_PARTS <= len(words) <= ROW_WORDS or (len(words) < MIN_ROW_WORDS and count_words(text) < MIN_ROW_WORDS):
        return None
    # best[i]: the fewest parts that make words[:i]; only the places some
    # part reaches are tried from, and only where a string may begin
    # (Catalogue.may_begin, one look in an index), so a line whose first
    # word opens no string costs no pattern.
    best: list[list[Entry] | None] = [None] * (len(words) + 1)
    best[0] = []
    for begin in range(len(words)):
        path = best[begin]
        if path is None or not catalogue.may_begin(" ".join(words[begin:begin + ROW_PART_WORDS])):
            continue
        for end in range(begin + 1, min(len(words), begin + ROW_PART_WORDS) + 1):
            entry = catalogue.match(" ".join(words[begin:end]))
            if entry is not None and (best[end] is None or len(path) + 1 < len(best[end])):
                best[end] = path + [entry]
    found = best[-1]
    return found if found and len(found) >= MIN_ROW_PARTS else None


# A player's or a link's button glued to the end of a teaser headline, as an
# extractor writes a list of videos ("Drew Peterson Trial: Defense Asks for
# Mistrial Watch Video"): two capitalised words, the first of them a verb of
# the buttons.
BUTTON_TAIL = compile_cached(r"(?<=\S\s)(?P<button>(?:Watch|Play|Read|Listen|View|See)\s\p{Lu}\p{Ll}*)\s*$")
BUTTON_KINDS = frozenset({"player", "navigation", "subscription"})  # "read more" is a paywall's
# Words after which the button's verb is the headline's own ("Where to
# Watch Live", "Films You Must Watch Now").
VERB_BEFORE = frozenset({"to", "you", "we", "i", "they", "must", "can", "could", "will", "should", "and", "or", "not", "never", "also"})
# Words before the button, at least: a headline, not a button's own label.
MIN_HEADLINE_WORDS = 3


def _button_after_headline(text: str, catalogue) -> tuple[Entry, str] | None:
    """The catalogue's button ending a headline that ends no sentence, and
    the button's text; None when there is none."""
    match = BUTTON_TAIL.search(text)
    if match is None:
        return None
    before = text[:match.start()].rstrip()
    if count_words(before) < MIN_HEADLINE_WORDS or ends_sentence(before) or before.endswith((":", ",")):
        return None
    if before.split()[-1].lower() in VERB_BEFORE:  # the headline's own verb: "Five Places to See More"
        return None
    entry = catalogue.match(match.group("button"))
    if entry is None or entry.kind not in BUTTON_KINDS:
        return None
    return entry, match.group("button")


# A Markdown table's row has this many cells or more.
MIN_TABLE_CELLS = 2


def _in_data_table(line: Line, document: Document) -> bool:
    """Whether a line is a row or the header row of a table of figures (a
    header over rows of as many cells): not a menu, however short its cells."""
    return document.content_index[line.number] in data_table_rows(document)


def _table_row(line: Line, document: Document) -> bool:
    """Whether a line is a row of a Markdown table: framed by pipes, beside
    another such line (the rule under a header, the next row); a menu
    framed by pipes stands alone."""
    if markdown_cells(line.text) < MIN_TABLE_CELLS:
        return False
    lines = document.content_lines
    index = document.content_index[line.number]
    return any(
        0 <= other < len(lines) and markdown_cells(lines[other].text) >= MIN_TABLE_CELLS for other in (index - 1, index + 1)
    )


def _shown(text: str) -> str:
    return text if len(text) <= 80 else text[:77] + "..."


# A prompt to the reader phrased as no catalogue string is ("Pass this story
# along to a friend", "Síguenos en nuestras redes sociales", "扫描二维码，关注
# 我们的公众号"): a short line, or a paragraph's tail, that opens with a verb
# of the prompts (follow, share, subscribe, click, download ...), names a
# channel to reach the reader through (a network, a newsletter, an app, a
# friend), and speaks as the page: of "us" or "our" channel, of "this story",
# of "a friend", a "click here", or a network after its preposition ("on
# Facebook").  A tutorial's steps open in the imperative too ("Turn on
# notifications in Settings"), but say none of these; a line in quotation
# marks is someone's words, and stays clean.
PROMPT_WORDS = 16
MAX_PROMPT_CHARACTERS = 160
# Words of a question to the reader before a prompt, at most.
PROMPT_QUESTION_WORDS = 7
PROMPT_VERBS = compile_cached(
    r"^(?:[-•*]\s+)?(?P<verb>"
    r"follow|subscribe|share|click|tap|hit|press|pass|send|sign up|join|download|get|like|connect|stay (?:connected|updated|tuned)|"
    r"forward|email|e-mail|text|message|register|bookmark|save|watch|listen|read|check out|discover|explore|support|donate|contact|write to|"
    r"don't miss|never miss|scan|turn on|enable|allow|tell us|let us know|find us|visit us|check us out|"
    r"síguenos|siganos|seguinos|sigue|suscríbete|suscribite|comparte|compartí|haz clic|hacé clic|pulsa|descarga|descargá|únete|sumate|recibe|recibí|entérate|escanea|"
    r"regístrate|registrate|descubre|descubrí|mira|mirá|lee|leé|escucha|escuchá|apoya|apoyá|dona|doná|contáctanos|escríbenos|"
    r"suivez|abonnez-vous|partagez|cliquez|téléchargez|rejoignez|recevez|inscrivez-vous|scannez|retrouvez-nous|retrouvez|"
    r"découvrez|lisez|regardez|écoutez|soutenez|contactez-nous|écrivez-nous|"
    r"folgen sie|folge|abonnieren sie|abonniere|teilen sie|teile|klicken sie|klicke|laden sie|holen sie sich|melden sie sich|scannen sie|besuchen sie uns|"
    r"registrieren sie sich|entdecken sie|lesen sie|hören sie|unterstützen sie|kontaktieren sie uns|schreiben sie uns|"
    r"siga|sigam|assine|compartilhe|partilhe|clique|baixe|receba|inscreva-se|participe|acompanhe|"
    r"cadastre-se|cadastre|descubra|leia|veja|ouça|apoie|contribua|fale conosco|escreva para|"
    r"подписывайтесь|подпишитесь|следите|читайте нас|поделитесь|нажмите|скачайте|присоединяйтесь|"
    r"зарегистрируйтесь|смотрите|слушайте|поддержите|пишите нам|"
    r"扫描|扫码|长按|点击|关注|订阅|下载|"
    # Italian, Dutch, Polish, Indonesian and Ukrainian prompts' verbs (not
    # Dutch "deel", also a noun, nor Indonesian "daftar", also "list").
    r"seguici|segui|iscriviti|condividi|clicca|scarica|unisciti|ricevi|scopri|sostienici|sostieni|abbonati|registrati|"
    r"volg ons|volg|abonneer je|schrijf je in|klik|word lid|ontvang|steun ons|meld je aan|"
    r"obserwuj nas|obserwuj|zapisz się|subskrybuj|udostępnij|kliknij|pobierz|dołącz|wesprzyj nas|wesprzyj|"
    r"ikuti kami|ikuti|berlangganan|bagikan|unduh|gabung|bergabung|dukung kami|"
    r"підписуйтесь|підписуйтеся|підпишіться|стежте|поділіться|натисніть|завантажте|приєднуйтесь|долучайтесь|підтримайте"
    r")(?=\W|$|[\p{Han}])"
)
PROMPT_CHANNELS = compile_cached(
    r"(?:\b(?:facebook|twitter|instagram|linkedin|whatsapp|telegram|youtube|tiktok|pinterest|reddit|flipboard|threads|"
    r"mastodon|bluesky|snapchat|social (?:media|networks?)|redes sociales|redes sociais|réseaux sociaux|sozialen? (?:medien|netzwerken?)|"
    r"newsletters?|channel|canal|kanal|app|application|appli|aplicación|aplicativo|notifications?|notificaciones|notificações|alerts?|alertas|"
    r"phone|mobile|cellphone|celular|móvil|smartphone|handy|newsroom|redacción|redação|rédaction|redaktion|briefing|digest|reading list|"
    r"(?:the )?bell(?: icon)?|inbox|e-?mail|correo|friends?|amigos?|amis?|freunde?n?|podcast|feed|rss|"
    r"телеграме?|телеграм-канале?|канале?|соцсетях|рассылку|друзьям|вконтакте|"
    r"canale|sui social|amici|facebooku|twitterze|instagramie|youtubie|telegramie|whatsappie|tiktoku|nieuwsbrief|kanaal|vrienden|kanał\w*|aplikacj\w+|znajomym|saluran|aplikasi|teman|"
    r"каналі?|розсилку|застосунок|додаток|соцмережах|друзям)\b|二维码|公众号|微信|微博|客户端|抖音)",
    regex.IGNORECASE,
)
PROMPT_SPEAKER = compile_cached(
    r"\b(?:(?-i:us|Us)|our|we|this (?:story|article|page|post|video|site)|a friend|click here|tap here|nos|nuestr[oa]s?|nous|notre|"
    r"uns|unser\w*|nosso|nossa|nossos|nossas|нас|наш\w*|nostr[oaie]|ons|onze|nas|nasz\w*|kami)\b|我们|本报|本台|本网|"
    r"\b(?:on|at|via|through|by|en|por|sur|auf|bei|per|no|na|pelo|pela|в|во|su|op|di|у|w)\s(?:(?:your|our|the|tu|su|votre|ihrem|seu|sua)\s)?"
    r"(?:facebook|twitter|instagram|linkedin|whatsapp|telegram|youtube|tiktok|pinterest|flipboard|threads|x|snapchat)\b",
    regex.IGNORECASE,
)
QUOTATION_MARKS = frozenset("\"“”„«»「」『』")
# An English prompt's verb is in the imperative, and opens no noun: not a
# hyphen after it ("Follow-up tests"), nor "by" after a participle ("Hit by
# sanctions", "Read by millions").
ENGLISH_PROMPT_VERBS = frozenset(
    "follow subscribe share click tap hit press pass send sign up join download get like connect forward email e-mail text "
    "message register bookmark save watch listen read support donate contact discover explore scan enable allow".split()
) | {"check out", "write to", "turn on", "stay connected", "stay updated", "stay tuned"}
# After a verb that is as often a noun or a preposition opening a sentence,
# an object, "us" or a particle ("Share this story", "Text us"), a word in
# capitals ("Text NEWS to 80800") or a word that is no plural noun nor a
# quantifier ("Support local journalism"); not "Share prices", "Text
# messages", "Like many firms", "Press Association", "Save for a few".
AFTER_ENGLISH_VERB = frozenset(
    "us it this these those that them him her me our your the a an my his their all every more here now today free "
    "up on to in at with along out via through from into below above and or".split()
)
QUANTIFIERS = frozenset("many most some few several other others much each both".split())
NOUN_LIKE_VERBS = frozenset({"share", "text", "like", "save", "support", "press", "hit", "message", "email", "e-mail", "watch", "pass", "contact", "bookmark", "tap"})
# Prompt verbs that are common names ("Lee wrote on Facebook", "Mira Murati
# announced", the magazine "Veja reported"): a function word of their
# language must follow them ("Lee más", "Veja mais", "Mira el vídeo").
NAME_LIKE_VERBS = frozenset({"lee", "leia", "mira", "veja", "dona"})
AFTER_NAME_LIKE_VERB = frozenset(
    "el la los las lo un una más también nuestro nuestra nuestros nuestras aquí ahora en este esta estos estas todo todas "
    "o a os as mais também nosso nossa nossos nossas aqui agora no na em este esta todos como gratis grátis".split()
)
NEXT_WORD = compile_cached(r"\s+([\w'’@.:/-]+)")


def _imperative(verb: str, rest: str) -> bool:
    """Whether a prompt's verb, followed by ``rest``, reads as an imperative
    and not as a noun, a participle or a name opening a sentence."""
    following = NEXT_WORD.match(rest)
    if verb in NAME_LIKE_VERBS:
        return following is not None and following.group(1).casefold() in AFTER_NAME_LIKE_VERB
    if verb not in ENGLISH_PROMPT_VERBS:
        return True
    if following is None:
        return not rest.startswith("-")
    word = following.group(1).rstrip(".:!?")
    folded = word.casefold()
    if folded == "by" or (word == "US" and not rest.isupper()):  # "US" is the country but in a line of capitals
        return False
    if verb not in NOUN_LIKE_VERBS:
        return True
    if folded == "for":  # "Save for a few states", "Support for the app"
        return False
    if folded in AFTER_ENGLISH_VERB or "@" in word or word[:1].isdigit() or word.isupper():
        return True
    return word.islower() and not folded.endswith("s") and folded not in QUANTIFIERS


def _prompt_start(line: str, tail_start: int) -> int | None:
    """Where a prompt to the reader at the end of a paragraph begins: the
    tail after its last sentence, or the short question to the reader just
    before that tail ("… a century. Want our stories? Get them by e-mail")."""
    head = line[:tail_start].rstrip()
    if head.endswith("?"):
        opening = max(head.rfind(mark, 0, len(head) - 1) for mark in ".!?。！？") + 1
        while opening < len(head) and head[opening].isspace():
            opening += 1
        question = head[opening:]
        if 0 < count_words(question) <= PROMPT_QUESTION_WORDS and count_words(line[:opening]) >= MIN_HEAD_WORDS:
            if _reader_prompt(line[opening:].strip()):
                return opening
    tail = line[tail_start:].strip()
    return tail_start if count_words(line[:tail_start]) >= MIN_HEAD_WORDS and _reader_prompt(tail) else None


# A newsletter box as an extractor keeps it: its name, what it sends in a
# sentence of its own ("Get the week's match reports and transfer news in
# your inbox."), its form's messages.  A line with a newsletter string on
# each side, this short, with no quotation, is the box's description.
NEWSLETTER_KINDS = frozenset({"newsletters", "newsletter_prompts", "subscription"})
NEWSLETTER_BLURB_WORDS = 30


def _newsletter_blurb(line: Line, document: Document, catalogue) -> bool:
    if count_words(line.text) > NEWSLETTER_BLURB_WORDS or not QUOTATION_MARKS.isdisjoint(line.text):
        return False
    lines = document.content_lines
    index = document.content_index[line.number]
    if index == 0 or index + 1 >= len(lines):
        return False
    for neighbour in (lines[index - 1], lines[index + 1]):
        entry = catalogue.match(neighbour.text.strip())
        if entry is None or entry.kind not in NEWSLETTER_KINDS:
            return False
    return True


def _reader_prompt(text: str) -> bool:
    # A prompt someone else gave, reported ("Share your photos on Facebook,
    # the operator told passengers"), is the article's.
    if len(text) > MAX_PROMPT_CHARACTERS or not QUOTATION_MARKS.isdisjoint(text) or ATTRIBUTED.search(text):
        return False
    # A prompt may follow a question to the reader or two ("Enjoyed this
    # piece? Forward it to a friend"): the prompt is what follows them.
    whole = text  # the page may speak in the question ("Want our stories?"); "US" is no speaker
    before, mark, after = text.rpartition("?")
    if mark and after.strip() and all(
        0 < count_words(question) <= PROMPT_QUESTION_WORDS for question in before.split("?")
    ):
        text = after.strip()
    folded = text.casefold()
    verb = PROMPT_VERBS.match(folded)
    if verb is None or PROMPT_CHANNELS.search(folded) is None or PROMPT_SPEAKER.search(whole) is None:
        return False
    if not _imperative(verb.group("verb"), text[verb.end():]):
        return False
    return count_words(text) <= PROMPT_WORDS


# The page speaking to its reader in a sentence no catalogue string is:
# telling them to click ("Click here to download", "Pulsa aquí"), thanking
# them for reading ("If you enjoyed this article, …"), or offering its news
# by e-mail ("Let our news meet your inbox").  Not in quotation marks (a
# quoted user's words), and no longer than a notice is.
MAX_SPEAKING_WORDS = 40
QUOTED_BEFORE = frozenset("'‘\"“«„")
REPORTED_CLICK = compile_cached(r"(?i)\bto\s+$")
# An instruction to click is a short line or sentence; in a longer one the
# writer sends the reader to a source of their own.
MAX_CLICK_WORDS = 20
CLICK_HERE = compile_cached(
    r"(?i)\b(?:click|tap)\s+(?:(?:here|below|this link|on this link|the (?:below|above) (?:button|link))\b"
    r"|(?:on\s+)?(?:the|this) (?:button|link|icon|arrow|banner) (?:below|above|here)\s+to\s)"
    r"|\b(?:haga|haz|hacé|pulse|pulsa|pinche|pincha)\s+(?:clic|click)?\s*aquí\b|\bpulsa\s+aquí\b|\bcliquez\s+ici\b"
    r"|\bklicken\s+sie\s+hier\b|\bhier\s+klicken\b|\bclique\s+aqui\b|\bнажмите\s+(?:здесь|сюда)\b|点击这里|点此|ここをクリック|여기를\s?클릭"
)
ENJOYED = compile_cached(
    r"(?i)^(?:(?:and|so)\s+)?if\s+you\s+(?:have\s+)?(?:enjoyed|liked|loved|value|valued|appreciated|found\s+value\s+in)\s+"
    r"(?:this|our|the)\s+(?:article|story|post|piece|newsletter|content|reporting|journalism|column|read|video|podcast)\b"
    r"|^(?:did\s+you\s+)?(?:enjoy(?:ed)?|like[d]?|love[d]?|appreciate[d]?)\s+(?:reading\s+|watching\s+)?(?:this|the|our)(?:\s+(?:article|story|post|piece|newsletter|content|reporting|column|read|video|podcast))?\s*\?"
    r"|^si\s+(?:te|le|les)\s+(?:gustó|ha\s+gustado|gusta)\s+(?:esta|este)\s+(?:nota|artículo|noticia|contenido|reportaje)\b"
    r"|^si\s+vous\s+avez\s+(?:aimé|apprécié)\s+(?:cet|cette|ce)\s+(?:article|reportage|contenu|vidéo)\b"
    r"|^wenn\s+ihnen\s+(?:dieser|diese|dieses)\s+(?:artikel|beitrag|text|inhalt)\s+gefallen\s+hat\b"
    r"|^se\s+(?:você|vc)\s+gostou\s+(?:desta|deste|dessa|desse)\s+(?:matéria|artigo|reportagem|texto|conteúdo|notícia)\b"
    r"|^если\s+вам\s+понравил(?:ась|ся|ось)\s+(?:эта|этот|это)\s+(?:статья|материал|текст)\b"
)
INBOX = compile_cached(
    r"(?i)\b(?:your|ur)\s+(?:e-?mail\s+)?inbox\b|\ben\s+tu\s+(?:correo|bandeja\s+de\s+entrada)\b|\bdans\s+votre\s+boîte\s+(?:mail|de\s+réception)\b"
    r"|\bin\s+ihr(?:en)?\s+(?:postfach|posteingang)\b|\bno\s+seu\s+e-?mail\b"
)
# The page speaking of itself, with the inbox: "Our Friday letter brings the news to your inbox".
OUR = compile_cached(r"(?i)\b(?:our|we|us|nuestr[oa]s?|notre|nos|unser\w*|nosso|nossa)\b")
# An offer's verb: "get" and "let" only open it ("Get the news in your
# inbox"; "Scammers get into your inbox" is news).
SIGN_UP = compile_cached(
    r"(?i)^(?:get|let)\b|\b(?:sign(?:ing)?\s+up|subscribe|subscribing|register|join|receive|delivered|suscr[íi]b\w*|recib\w*|abonnez|inscrivez|recevez|"
    r"abonnieren|anmelden|erhalten|assine|inscreva|receba)\b"
)
# "Visit NBCNews.com for breaking news": the site sending its reader to itself.
VISIT_SITE = compile_cached(
    r"(?i)^(?:visit|go\s+to|head\s+(?:over\s+)?to|log\s+on\s+to|check\s+out|find\s+more\s+at|more\s+at|visita|visite|visitez|besuchen\s+sie)\s+"
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?(?:\s+(?:for|to|para|pour|für)\b.*)?$"
)


# A site's rules for its readers' comments, in a sentence of its own: what
# comments are (moderated, limited, subject to approval), who answers for
# them, what the site may do with them, how to post one ("Comment posters
# are responsible for the opinions they express", "Some comments posted
# here may be reviewed before they are displayed", "We reserve the right to
# delete comments", "Your comment will not be published immediately").  A
# comment is named as the reader's: posted here, on this site, of readers,
# or the sentence is one only a comment form says.  An article reporting a
# consultation's comments ("Public comments will be reviewed by the board")
# names neither.
COMMENT_RULES = compile_cached(
    r"(?i)^(?:(?:all|some|any|your)\s+)?(?:readers?'?\s+|users?'?\s+)?"
    r"(?:comments?|comment\s+(?:posters|writers|entries|authors)|commenters|posters)\b"
    r"(?:\s+(?:posted|made|left|submitted))?(?:\s+(?:here|on\s+this\s+(?:site|story|article|page|blog)|to\s+this\s+site))?\s+"
    r"(?:(?:are|is|will\s+be|may\s+be|must\s+be|should\s+be|can\s+be)\s+(?:generally\s+)?"
    r"(?:moderated|reviewed|monitored|screened|limited\s+to|subject\s+to|posted\s+immediately|removed|deleted|edited|approved|pre-?moderated)"
    r"|(?:are|is)\s+responsible\s+for|should\s+not\s+stray|must\s+not\s+(?:contain|include)|(?:are|is)\s+to\s+be\s+used\s+for)"
    r"|^we\s+reserve\s+the\s+right\s+to\s+(?:delete|remove|edit|refuse|reject)\b.{0,40}\b(?:comments?|posts?|submissions?|users?)\b"
    r"|^the\s+following\s+are\s+comments\s+from\s+(?:the\s+|our\s+)?readers\b"
    r"|^(?:your\s+)?comment\s+(?:will\s+not|won't)\s+be\s+(?:published|posted|displayed|visible)\s+(?:immediately|until)\b"
    r"|^please\s+click\s+the\s+(?:post|submit|send)\s+button\s+only\s+once\b"
)
# Where a comment is the reader's by the sentence's own words: posted here,
# on the site, by readers or users, or a comment form's words.
READERS_COMMENT = compile_cached(
    r"(?i)\b(?:here|this\s+(?:site|story|article|page|blog|website)|our\s+(?:site|stories|editorials|website|blog)|readers?'?|users?|posters?|"
    r"words?\s+or\s+less|\d+\s+words|approval|opinions\s+they\s+express|post\s+button|we\s+reserve|published\s+immediately|"
    r"comments\s+from)\b"
)


# A sentence that says who is speaking reports someone's words ("Click here
# to claim your refund, the message says"; "公司表示，居民可以点击这里…"):
# the page does not attribute its own.
ATTRIBUTED = compile_cached(
    r"(?i)\b(?:said|says|say|told|tells|warned|warns|wrote|writes|according\s+to|dijo|dice|afirmó|explicó|disse|diz|afirmou|"
    r"a\s+dit|dit|a-t-il|a-t-elle|selon|sagte|sagt|erklärte|laut|заявил[аи]?|сказал[аи]?|сообщил[аи]?)\b|表示|称|指出|说|說|によると|と述べ|말했다|밝혔다"
)
# What a line must hold for _page_speaks to be asked (most lines hold none).
# Only whether it is found is asked, so words one of them begins are left to
# it ("clic" finds "click"), and words that share a beginning
# share one branch ("post…"): fewer branches tried at each character of
# every line.
SPEAKING_CUE_SOURCE = (
    r"cli(?:c|que)|tap\s|puls[ae]|pinch[ae]|inbox|enjoy|if\s+you|\b(?:like|love)d?\s+(?:this|the|our|reading)\b|apprecia|apprécié|g[ou]st|aimé|gefallen|понрави|klicken|нажмите|点[击此]|クリック|클릭"
    r"|correo|bandeja|boîte|post(?:fach|eingang|er|\s+button)|e-?mail|comment|reserve\s+the\s+right"
    r"|^(?:visit|go\s+to|head\s+(?:over\s+)?to|log\s+on|check\s+out|find\s+more|more\s+at|besuchen)"
)
SPEAKING_CUE = compile_cached("(?i)" + SPEAKING_CUE_SOURCE)
# A gate before SPEAKING_CUE, three times as fast on prose: the same
# branches, searched by the standard library's re without (?i) in the
# case-folded line (a case-insensitive search in `regex` tries every branch
# at every character).  It finds whatever SPEAKING_CUE finds (tested, for
# every character the cue's letters match): each such character folds to
# the cue's letter, but İ, which folds to "i" and a combining dot, taken off
# (FOLDED_DOTTED_I); the word boundaries are dropped, as re and regex
# differ on which characters make words.  What it finds too, SPEAKING_CUE
# still decides.
SPEAKING_CUE_GATE = compile_re_cached(SPEAKING_CUE_SOURCE.replace(r"\b", ""))
FOLDED_DOTTED_I = "i\u0307"


def may_speak(text: str) -> bool:
    """``SPEAKING_CUE.search(text)`` found, the gate asked first."""
    folded = text.casefold()
    if "\u0307" in folded:
        folded = folded.replace(FOLDED_DOTTED_I, "i")
    return SPEAKING_CUE_GATE.search(folded) is not None and SPEAKING_CUE.search(text) is not None


# A notice is a few sentences: a longer paragraph is not split to look for one.
MAX_SPEAKING_CHARACTERS = 400
# A line this short that holds the page's words is the page's whole; in a
# longer one the words must open the line, or be its last sentence.
SPOKEN_LINE_WORDS = 25


def _spoken_part(text: str) -> tuple[str, int] | None:
    """What the page says to its reader in a line, and where it begins: the
    whole line (a short one, or one it opens), or the paragraph's last
    sentence after a few words of the article's."""
    sentences = list(split_sentences(text)) if len(text) <= MAX_SPEAKING_CHARACTERS else []
    if not sentences:
        return None
    first = _page_speaks(text[sentences[0][0]:sentences[0][1]])
    if first is not None or (count_words(text) <= SPOKEN_LINE_WORDS and len(sentences) > 1 and any(
        _page_speaks(text[begin:end]) for begin, end in sentences[1:]
    )):
        return first or "the page's words to its reader", 0
    if len(sentences) < 2:
        return None
    begin, end = sentences[-1]
    if count_words(text[:begin]) < MIN_HEAD_WORDS:
        return None
    last = _page_speaks(text[begin:end])
    return (last, begin) if last else None


def _page_speaks(text: str) -> str | None:
    """What the page says to its reader in ``text`` (a line, or a
    paragraph's last sentence), or None."""
    if holds_any(text, QUOTATION_MARKS) or count_words(text) > MAX_SPEAKING_WORDS or ATTRIBUTED.search(text):
        return None
    click = CLICK_HERE.search(text) if count_words(text) <= MAX_CLICK_WORDS else None
    # Not a click named ("the 'click here' button") or reported ("told readers to click here").
    if click and text[max(click.start() - 1, 0):click.start()] not in QUOTED_BEFORE and not REPORTED_CLICK.search(text, 0, click.start()):
        return "instruction to click"
    if ENJOYED.match(text):
        return "appeal to the reader who enjoyed the article"
    if INBOX.search(text) and (SIGN_UP.search(text) or OUR.search(text)):
        return "newsletter prompt"
    if VISIT_SITE.match(text.rstrip(".!")):
        return "link to the site's home"
    if COMMENT_RULES.search(text) and READERS_COMMENT.search(text):
        return "rules for the readers' comments"
    return None


# A post's metadata row: its categories, then its comment count ("Design,
# Interviews | 1 Comment", "Filed under News | Leave a comment").
COUNTER_ROW_PART_WORDS = 8


def _counter_row(parts: list[str], catalogue) -> bool:
    if len(parts) < 2:
        return False
    # A count of comments or views says what it counts: a lone number is a
    # table's cell ("| Larry Ogunjobi | 63 | 85% |").
    counted = [
        (COUNTER.match(part) is not None and any(map(str.isalpha, part)))
        or ((entry := catalogue.match(part)) is not None and entry.kind == "comments")
        for part in parts
    ]
    if not any(counted) or all(counted):
        return False
    return all(
        counted[index] or (0 < count_words(part) <= COUNTER_ROW_PART_WORDS and not ends_sentence(part))
        for index, part in enumerate(parts)
    )


# A blog post's metadata row with its labels: a list under a label of
# the related kinds ("Tags: Budget, Housing", "Filed under: News"), with
# the post's date ("Published: November 7th, 2012") or its author's name
# beside it ("Adam Rank | Tags: Fantasy, Monday").  The label's colon is
# needed: "Related | Sport" is a menu's, judged as one.
LABELLED_KINDS = frozenset({"related_and_popular", "blog_entry"})


def _labelled_metadata_row(parts: list[str], catalogue) -> bool:
    labelled = [
        ((":" in part or "：" in part) and (entry := catalogue.match(part)) is not None and entry.kind in LABELLED_KINDS)
        for part in parts
    ]
    if not any(labelled):
        return False
    return all(
        labelled[index] or is_timestamp(part) or (0 < count_words(part) <= COUNTER_ROW_PART_WORDS and not ends_sentence(part))
        for index, part in enumerate(parts)
    )


# A web address alone on a line, with no scheme and no path: an
# advertisement's display address under its blurb ("www.example.co.uk"), a
# site's name as its masthead writes it ("SEASIDEGAZETTE.COM").  A host of two
# labels or more ending in a common top-level domain, or opening with
# "www." (without it, a first label of four characters or more: "ASP.NET"
# is a name).  An address with its scheme or a path ("http://…/report.pdf") is
# as often the article's source or its list of links, and one under a line
# that ends in a colon ("On the Net:", "Details:") is the article's.
BARE_ADDRESS = compile_cached(
    r"(?i)^(?:www\.[\w-]+(?:\.[\w-]+)+|[\w-]{4,}(?:\.[\w-]+)*\.(?:com|net|org|info|biz|co\.uk|org\.uk|com\.au|co\.nz|co\.za|co\.in))/?$"
)


def _bare_address(line: Line, document: Document) -> bool:
    """Whether a line is a web address alone (BARE_ADDRESS), not a list's
    item nor under a line ending in a colon (past the addresses above it:
    "On the Net:" over two addresses)."""
    shape = document.shapes[line.number - 1]
    if shape.list_item or not BARE_ADDRESS.match(shape.text):
        return False
    return line.number not in document.memo("UI.addresses_under_colons", _addresses_under_colons)


def _addresses_under_colons(document: Document) -> frozenset[int]:
    """The content lines whose nearest line above that is no web address
    (BARE_ADDRESS) ends in a colon.  Found in one pass: walking back from
    each address took quadratic time on thousands of address lines."""
    under = set()
    colon_above = False  # the last line that is no address ends in a colon
    for line in document.content_lines:
        text = document.shapes[line.number - 1].text
        if colon_above:
            under.add(line.number)
        if not BARE_ADDRESS.match(text):
            colon_above = text.rstrip().endswith((":", "："))
    return frozenset(under)


# A link as a page marks it, with an arrow after it: "Subscription starts
# from $29/year »", "All our coverage of the election ›".  Not French or
# other quotation marks closing («texte », ‹ texte ›): an opening one stands
# before.
LINK_ARROWS = (" »", " ›", " →", " >>", " ⟶")
LINK_WORDS = 30


def _link_with_arrow(text: str) -> bool:
    if not text.endswith(LINK_ARROWS) or "«" in text or "‹" in text:
        return False
    # A link's label opens as a title does; a line in lower case carries on a
    # sentence (a French quotation closed on the line after its opening «),
    # and an arrow within the line is the writer's ("bad → worse → terrible").
    if text[:1].islower() or text.count(text[-1]) > 1:
        return False
    return 0 < count_words(text) <= LINK_WORDS


# Links to other stories, each labelled in capitals in brackets after it
# ("Plane passengers quarantined after outbreak [NEWS]", "… [PICTURES]"):
# two such lines or more in a text, each no sentence.
# The labels are a site's sections and media, not a transcript's cues
# ("[APPLAUSE]", "[CHEERING]").
TAGGED_LINK = compile_cached(
    r"\S\s+\[(?:NEWS|VIDEOS?|PICTURES|PHOTOS?|GALLERY|AUDIO|PODCAST|LIVE|OPINION|ANALYSIS|COMMENT|INTERACTIVE|SPORTS?|BUSINESS|"
    r"WATCH|LISTEN|QUIZ|GRAPHIC|MAP|EXCLUSIVE|PREMIUM|SPONSORED|FEATURE|REVIEW|BLOG|UPDATED?|URL|LINK|PDF|MORE)"
    r"(?:\s(?:NEWS|VIDEOS?|PICTURES|PHOTOS?|GALLERY|AUDIO|STORY|UPDATE))?\]$"
)
MIN_TAGGED_LINKS = 2


def _tagged_links(document: Document) -> frozenset[int]:
    def compute(document: Document) -> frozenset[int]:
        found = []
        for index, line in enumerate(document.content_lines):
            text = line.text.rstrip()
            if text.endswith("]") and TAGGED_LINK.search(text) and not ends_sentence(text[:text.rfind("[")]):
                found.append(index)
        return frozenset(found) if len(found) >= MIN_TAGGED_LINKS else frozenset()

    return document.memo("UI101.tagged_links", compute)


# A list of other posts' teasers, each cut short by the page with an
# ellipsis after a word ("Create a dynamic space world with light...", a
# blog's "Popular posts" snippets: "… rather than during the ..."): at
# least MIN_CUT_TEASERS such lines of MIN_CUT_WORDS to MAX_CUT_WORDS words (a
# headline's or a line's worth: a longer lead cut short is as often set
# under each headline of a section's own index, which annotators keep), with
# nothing between them but short lines that end no sentence (the teasers'
# titles) and separators, the cut lines half of the block's lines at least.
# An ellipsis after a stop ("… he said. …"), a bracketed one ("[…]"), a
# line that opens in lower case (a speech running on) or a paragraph
# between the cut lines is the article's.
CUT_OFF = compile_cached(r"(?<=[\p{L}\p{N},;'’\"”)-])\s?(?:\.{3}|…)$")
# What a line CUT_OFF finds in ends with (the lines are stripped: no line
# break before the end).
CUT_ENDINGS = ("...", "…")
MIN_CUT_TEASERS = 3
MIN_CUT_WORDS = 4
MAX_CUT_WORDS = 12
# A title between cut teasers has at most this many words.
TEASER_TITLE_WORDS = 10


def _cut_teasers(document: Document) -> frozenset[int]:
    def compute(document: Document) -> frozenset[int]:
        found: list[int] = []
        block: list[tuple[int, bool]] = []  # (index, cut) of the lines of the current block

        def close() -> None:
            while block and not block[-1][1]:
                block.pop()  # the block ends with its last cut teaser
            cut = sum(1 for _, is_cut in block if is_cut)
            if cut >= MIN_CUT_TEASERS and 2 * cut >= len(block):
                found.extend(index for index, _ in block)
            block.clear()

        for index, line in enumerate(document.content_lines):
            text = line.text.strip()
            if not block and not text.endswith(CUT_ENDINGS):
                continue  # no block open and no cut teaser to open one (CUT_OFF ends so): most lines, no words counted
            words = count_words(text)
            if not any(map(str.isalnum, text)):
                continue  # a separator between the teasers
            first = next((character for character in text if character.isalpha()), "")
            # A teaser opens as a post opens; a line of a speech or a verse
            # cut off with "..." runs on in lower case ("then the bus had gone...").
            if MIN_CUT_WORDS <= words <= MAX_CUT_WORDS and not first.islower() and CUT_OFF.search(text):
                block.append((index, True))
            elif block and 0 < words <= TEASER_TITLE_WORDS and not ends_sentence(text):
                block.append((index, False))
            else:
                close()
        close()
        return frozenset(found)

    return document.memo("UI101.cut_teasers", compute)
