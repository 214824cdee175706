"""A site's menu of sections written on one line with spaces only between
its items, as a naive text dump leaves the links of a navigation bar
("Politik Wirtschaft Sport Kultur Wetter", "トップ 政治 経済 国際 スポーツ").

A line of section names is not told by its shape alone: a headline in
title case has capitals too.  What makes it a menu here is that most of
its items are names news sites give their sections (a short list of them
in the languages the UI rules read), that it holds no punctuation of a
sentence, and that it stands outside the article: over the headline (not
the line just above the body, which may be the headline itself) or under
the body's last line.  A list of names in prose, a subheading and a
headline hold words of their own among the section names, or sit
elsewhere, and stay clean.  The account's and the archive's buttons of a
navigation bar count as its items ("News Travel Money Opinion Register
Sign in", "Portada … Hemeroteca Suscríbete").  At the page's top (its first
line, or its second under a headline) a run right over the first paragraph
is a menu too when nearly all its items are section names and it holds an
account's button ("Home News Sport Weather Business Login"); a title-case
headline holds words of its own, and section names alone may be a section
page's title."""
from __future__ import annotations

from newslint import Document, Line
from newslint.pattern_cache import compile_cached

from .catalogue import normalise
from .layout import article_body

# Section names of news sites, folded as the catalogue folds text, by
# language: the menus of general, sports and regional pages.  A word that
# is also a common word of prose is here only because a menu needs most of
# its items to be such names and no sentence's punctuation.
# "112" is the Dutch and Belgian regional pages' section of emergency-service
# news (a number alone is otherwise no item: _items).
SECTION_NAMES = frozenset(
    """
    news|latest|top stories|sport|sports|business|money|markets|economy|politics|world|uk|us|local|national|
    international|opinion|comment|analysis|culture|arts|entertainment|lifestyle|life|travel|food|health|
    science|tech|technology|environment|climate|weather|education|video|videos|photos|podcasts|features|
    obituaries|property|motoring|cars|fashion|style|music|film|films|movies|tv|books|games|crime|jobs|
    football|soccer|cricket|rugby|tennis|golf|boxing|cycling|athletics|motorsport|f1|formula 1|nba|nfl|
    premier league|champions league|home|more|puzzles|horoscopes|celebrity|royals|society|media|
    noticias|actualidad|última hora|deportes|fútbol|baloncesto|tenis|motor|ciclismo|economía|política|
    nacional|internacional|mundo|españa|sociedad|cultura|ciencia|tecnología|salud|opinión|gente|televisión|
    vídeos|fotos|viajes|gastronomía|laliga|la liga|motogp|fórmula 1|sucesos|tiempo|educación|empleo|
    vivienda|moda|música|cine|libros|series|inicio|portada|
    actualité|actualités|politique|économie|monde|france|société|santé|sciences|high-tech|météo|
    faits divers|vidéos|planète|environnement|éducation|emploi|immobilier|auto|people|cinéma|musique|
    livres|idées|débats|régions|ligue 1|basket|accueil|
    nachrichten|politik|wirtschaft|finanzen|fußball|bundesliga|handball|formel 1|kultur|wissen|
    gesundheit|digital|panorama|reise|meinung|ausland|inland|deutschland|welt|regional|lokales|wetter|
    karriere|leben|gesellschaft|stil|familie|technik|börse|unterhaltung|startseite|
    notizie|cronaca|politica|economia|esteri|italia|calcio|serie a|serie b|motori|formula uno|spettacoli|
    tecnologia|scienze|salute|ambiente|viaggi|cucina|opinioni|foto|lavoro|scuola|
    notícias|últimas|brasil|portugal|país|desporto|esportes|esporte|futebol|ciência|saúde|educação|opinião|
    entretenimento|clima|carros|turismo|início|
    nieuws|binnenland|buitenland|politiek|economie|voetbal|cultuur|wetenschap|regio|opmerkelijk|weer|
    verkeer|gezondheid|112|
    wiadomości|kraj|świat|polityka|gospodarka|biznes|piłka nożna|kultura|nauka|zdrowie|technologie|
    opinie|pogoda|wideo|region|motoryzacja|
    главная|новости|политика|экономика|общество|в мире|мир|россия|спорт|футбол|хоккей|культура|наука|
    технологии|здоровье|происшествия|авто|недвижимость|финансы|видео|фото|мнения|погода|регионы|
    головна|новини|політика|економіка|суспільство|світ|україна|технології|здоров'я|відео|
    首页|新闻|要闻|国内|国际|财经|体育|娱乐|科技|军事|社会|汽车|房产|教育|健康|文化|旅游|时尚|视频|图片|评论|
    时政|经济|政治|法治|
    トップ|ニュース|速報|国内|国際|経済|スポーツ|エンタメ|芸能|科学|地域|ライフ|テクノロジー|動画|写真|天気|
    医療|暮らし|オピニオン|特集|社説|
    홈|뉴스|정치|경제|사회|국제|세계|문화|스포츠|연예|오피니언|사설|전국|지역|생활|과학|포토|영상|날씨|
    산업|부동산|증권|금융|
    الرئيسية|أخبار|سياسة|اقتصاد|رياضة|ثقافة|فن|منوعات|صحة|تكنولوجيا|علوم|العالم|عربي|دولي|محليات|مقالات|
    رأي|فيديو|صور|
    होम|देश|विदेश|राज्य|खेल|मनोरंजन|बिज़नेस|टेक|राजनीति|दुनिया|शहर|लाइफस्टाइल|धर्म|वीडियो|फोटो
    """.split("|")
)
# The buttons a navigation bar holds beside its sections: the reader's
# account, the paper's archive and search ("Subscribe Sign in", "Hemeroteca
# Suscríbete").  They count as the menu's items as section names do.
MENU_BUTTONS = frozenset(
    """
    subscribe|sign in|sign up|log in|login|register|newsletter|newsletters|search|menu|e-paper|epaper|
    my account|archive|archives|
    suscríbete|suscribirse|iniciar sesión|entrar|hemeroteca|buscar|boletines|
    s'abonner|abonnez-vous|se connecter|connexion|rechercher|
    abonnieren|anmelden|abo|suche|e-paper|
    abbonati|accedi|cerca|
    assine|entrar|buscar|
    abonneren|inloggen|zoeken|
    subskrypcja|zaloguj|szukaj|
    подписка|войти|поиск|
    передплата|увійти|пошук|
    로그인|회원가입|구독|ログイン|会員登録|登录|注册|订阅
    """.split("|")
)
# The reader's account's buttons: a headline does not end in "Sign in".
ACCOUNT_BUTTONS = frozenset(name.strip() for name in MENU_BUTTONS) - {"", "search", "buscar", "cerca", "archive", "archives", "menu"}
# The page's top: its first line, or its second under a headline.
TOP_LINES = 2
# Names are written one to a line or several, between "|": what stands
# round each is the layout of the list above, not the name's.
SECTION_NAMES = frozenset(name.strip() for name in SECTION_NAMES | MENU_BUTTONS) - {""}
LONGEST_NAME_WORDS = 3
# A menu has this many items at least, most of them section names, and
# few words in all.
MIN_ITEMS = 4
MIN_SECTION_NAMES = 3
MIN_SECTION_SHARE = 0.6
# In a script without capitals (Korean, Chinese, Japanese, Arabic, Hindi)
# an item that is no section name is not told from a headline's word by its
# capital, and a headline of such words often names a few sections' topics
# ("남북 정치 경제 사회 통합": North-South political, economic and social
# integration): there nearly every item must be a section name.
MIN_CASELESS_SECTION_SHARE = 0.8
MAX_WORDS = 16
MAX_CHARACTERS = 150
# What a menu's line holds none of: the punctuation of a sentence or a
# clause, quotation marks, brackets (a breadcrumb's or a pipe's menu is
# strings.py's).
SENTENCE_PUNCTUATION = compile_cached(r"[.,;:!?。、，！？：；“”\"«»„()（）【】\[\]|]")
# Words that join the words of one item ("Ciencia y Tecnología", "Arts &
# Culture"), in lower case between capitals.
JOINING_WORDS = frozenset({"&", "+", "and", "y", "e", "et", "und", "en", "i", "и", "і"})


def spaced_menu(line: Line, document: Document) -> int | None:
    """How many items a line is a menu of, or None: section names split by
    spaces only, outside the article (over the headline, under the body)."""
    text = line.text.strip()
    if not text or len(text) > MAX_CHARACTERS or SENTENCE_PUNCTUATION.search(text):
        return None
    words = text.split()
    if not MIN_ITEMS <= len(words) <= MAX_WORDS:
        return None
    items = _items(words)
    if items is None:
        return None
    count, names, buttons = items
    share = MIN_CASELESS_SECTION_SHARE if text.lower() == text.upper() else MIN_SECTION_SHARE
    if count < MIN_ITEMS or names < MIN_SECTION_NAMES or names < share * count:
        return None
    if _outside_article(line, document):
        return count
    # At the page's top, over the first paragraph or between the headline
    # and it, a run that is nearly all section names and holds the account's
    # button is the navigation bar: a headline in title case holds its own
    # words ("Tech Giants Face Money Trouble"), and section names alone may
    # be a section page's own title ("News Sport Business Politics Weather").
    strong = names >= MIN_CASELESS_SECTION_SHARE * count and buttons > 0
    return count if strong and _at_page_top(line, document) else None


def _items(words: list[str]) -> tuple[int, int, int] | None:
    """The menu's items, how many of them are section names (the longest
    name first at each word) and how many of those the account's buttons,
    or None when a word is no item's: a number alone, or a word in lower
    case that joins nothing in a cased script."""
    folded = [normalise(word) for word in words]
    count = names = buttons = 0
    index = 0
    while index < len(words):
        for length in range(min(LONGEST_NAME_WORDS, len(words) - index), 0, -1):
            name = " ".join(folded[index:index + length])
            if name in SECTION_NAMES:
                count, names, index = count + 1, names + 1, index + length
                buttons += name in ACCOUNT_BUTTONS
                break
        else:
            word = words[index]
            if word.isdigit():
                return None
            if folded[index] in JOINING_WORDS and 0 < index < len(words) - 1:
                index += 1  # a word joining two of one item's: no item of its own
                continue
            if word[:1].islower() or not word[:1].isalpha():
                return None
            count, index = count + 1, index + 1
    return count, names, buttons


def _at_page_top(line: Line, document: Document) -> bool:
    """Whether the line is the text's first or second line (under a
    headline) and stands at or over the body's first line."""
    body = article_body(document)
    first = body[0] if body is not None else None
    if first is not None and line.number > first:
        return False
    return document.content_index.get(line.number, TOP_LINES) < TOP_LINES


def _outside_article(line: Line, document: Document) -> bool:
    """Whether the line stands over the headline (another line between it
    and the body's first) or under the body's last line."""
    body = article_body(document)
    if body is None:
        return False
    first, last = body
    if line.number > last:
        return True
    if line.number >= first:
        return False
    # Indexed, not sliced: a slice would copy every line down to the body's
    # for each menu-like line over it (quadratic on a long page of them);
    # any() stops at the first line that holds text, most often the next.
    lines = document.lines
    return any(lines[index].text.strip() for index in range(line.number, first - 1))
