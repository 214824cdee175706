"""Trial 9's ML items, on text written for these tests (both layouts: a
blank line between blocks, and none): words with German ß and Greek final ς
looked up as wordfreq's case-folded lists spell them, the article's language
of a short article holding a line of a close language, and a Japanese
sentence in a Chinese article."""
from __future__ import annotations

import pytest

from newslint import Document, Linter
import newslint.language as language_module
from newslint.language import common_zipf, common_zipfs, best_common_zipf, spellings, zipf
from newslint.language import common_zipf_column, best_common_zipf_column
from lint_support import in_both_layouts

layouts = in_both_layouts


def found(text: str, select=("ML", "TX")) -> list[tuple[int, str, str]]:
    """(line, code, flagged text) of each finding."""
    lines = text.split("\n")
    out = []
    for d in Linter(select=list(select)).lint_text(text):
        line = lines[d.line - 1]
        out.append((d.line, d.code, line[d.col - 1 : d.end_col - 1] if d.end_line == d.line else line[d.col - 1 :]))
    return out


# -- ß and final ς: the lists are case-folded ----------------------------------


@pytest.mark.parametrize("word, language", [
    ("großen", "de"), ("straße", "de"), ("weiß", "de"), ("außerdem", "de"),
    ("τους", "el"), ("της", "el"), ("μας", "el"), ("μαΐου", "el"),
])
def test_words_with_letters_the_lists_fold_are_known(word, language):
    folded = word.casefold()
    assert folded != word
    assert common_zipf(word, language) == common_zipf(folded, language) > 0
    assert zipf(word, language) == zipf(folded, language) > 0
    assert common_zipfs(word, ("en", language)) == common_zipfs(folded, ("en", language))
    assert best_common_zipf(word, ("en", language)) == best_common_zipf(folded, ("en", language))
    assert common_zipf_column(["the", word], language)[1] == common_zipf(folded, language)
    assert best_common_zipf_column([word, "und"], ("en", language))[0] == best_common_zipf(folded, ("en", language))[0]


def test_the_curly_apostrophe_is_still_read_as_the_straight_one():
    assert common_zipf("don’t", "en") == common_zipf("don't", "en") > 0
    assert common_zipf_column(["don’t", "straße"], "en")[0] == common_zipf("don't", "en")


def test_commonest_words_hold_the_spellings_text_writes():
    commonest_words = language_module.commonest_words
    assert {"τους", "της", "μας", "τουσ"} <= commonest_words("el")
    assert {"muss", "muß", "dass", "daß"} <= commonest_words("de")
    assert spellings("τουσ") == ("τουσ", "τους")
    assert spellings("the") == ("the",)


GERMAN = (
    "Fußball: Großer Jubel in Gießen",
    "Der Aufsteiger aus Gießen hat am Samstag überraschend gegen den Tabellenführer gewonnen.",
    "Trainer Weiß sagte nach dem Spiel: „Das heißt gar nichts, wir müssen bloß weiter hart arbeiten.“",
    "Gut dreißig Minuten vor Schluss schoss der Stürmer aus großer Entfernung das entscheidende Tor.",
    "Die Fans feierten bis spät in die Nacht auf den Straßen der Innenstadt, größere Zwischenfälle gab es laut Polizei nicht.",
    "Außerdem gab der Verein bekannt, dass der Vertrag des Kapitäns verlängert wird, schließlich sei er ein großes Vorbild.",
    "Das nächste Spiel findet am Freitag statt, Anstoß ist um halb acht.",
)
GREEK = (
    "Νέα μέτρα για τις πυρκαγιές",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την πρόληψη των πυρκαγιών ενόψει του καλοκαιριού.",
    "Όπως είπε ο υπουργός, οι δήμοι θα λάβουν επιπλέον χρήματα για τον καθαρισμό των οικοπέδων έως το τέλος του Μαΐου.",
    "Παράλληλα, θα προσληφθούν εποχικοί πυροσβέστες, ενώ θα αυξηθούν οι περιπολίες στις δασικές περιοχές.",
    "Οι πολίτες καλούνται να είναι προσεκτικοί και να ενημερώνουν αμέσως τις αρχές, όπως τόνισε ο εκπρόσωπος της πυροσβεστικής.",
    "Σύμφωνα με τους ειδικούς, ο φετινός χειμώνας ήταν ξηρός και ο κίνδυνος είναι μεγάλος.",
)


@pytest.mark.parametrize("text", layouts(*GERMAN) + layouts(*GREEK))
def test_german_and_greek_articles_with_folded_letters_stay_clean(text):
    assert found(text) == []


@pytest.mark.parametrize("text", layouts(*GERMAN))
def test_a_german_article_with_sharp_s_is_german(text):
    assert Document(text).language.code == "de"


def english_with(clause: str) -> list[str]:
    return layouts(
        "Council approves new cycle lanes",
        "The city council approved a plan on Tuesday to build new cycle lanes along the main roads into the centre.",
        f"Supporters of the plan spoke at length, {clause}, and the vote passed easily.",
        "Work is expected to start in the spring and to last about eighteen months.",
    )


@pytest.mark.parametrize("clause", [
    "größere Straßen heißt weniger Spaß",
    "weiß man außerdem schließlich genau",
    "die Straße heißt Schloßallee",
    "große Straßen bleiben bloß gefährlich",
])
def test_a_german_clause_of_sharp_s_words_in_english_is_found_whole(clause):
    for text in english_with(clause):
        assert found(text) == [(5 if text.count("\n\n") else 3, "ML102", clause)]


# -- a short article with one line of a close language -------------------------


RUSSIAN_WITH_UKRAINIAN = (
    "В Казани открылась новая библиотека",
    "Новая городская библиотека в центре Казани приняла в субботу первых читателей.",
    "Директорка каже, що цього тижня до бібліотеки записалося вже понад тисячу людей, більше, ніж вона чекала.",
    "Библиотека будет работать каждый день, кроме воскресенья.",
)
UKRAINIAN_WITH_RUSSIAN = (
    "У Львові відкрили нову бібліотеку",
    "Нова міська бібліотека в центрі Львова прийняла в суботу перших читачів, серед яких було багато студентів.",
    "По словам директора, в ней более ста тысяч книг и залы для студентов, которые хотят заниматься в тишине.",
    "Бібліотека працюватиме щодня, крім неділі.",
)
SPANISH_WITH_PORTUGUESE = (
    "Nueva línea de autobús en Sevilla",
    "El ayuntamiento de Sevilla inauguró el lunes una nueva línea de autobús que une el centro con el aeropuerto.",
    "Os passageiros poderão usá-la a cada vinte minutos, das seis da manhã até à meia-noite, segundo a empresa.",
    "El alcalde dijo que la línea es una de las promesas más esperadas por los vecinos.",
)
PORTUGUESE_WITH_SPANISH = (
    "Nova linha de autocarro em Lisboa",
    "A câmara de Lisboa inaugurou na segunda-feira uma nova linha de autocarro que liga o centro ao aeroporto.",
    "Los viajeros podrán usarla cada veinte minutos desde las seis de la mañana hasta la medianoche, según la empresa.",
    "O presidente da câmara disse que a linha é uma das promessas mais esperadas pelos moradores.",
)


@pytest.mark.parametrize("blocks, language, other", [
    (RUSSIAN_WITH_UKRAINIAN, "ru", "Ukrainian"),
    (UKRAINIAN_WITH_RUSSIAN, "uk", "Russian"),
    (SPANISH_WITH_PORTUGUESE, "es", "Portuguese"),
    (PORTUGUESE_WITH_SPANISH, "pt", "Spanish"),
])
def test_a_short_article_is_in_the_language_of_most_of_its_lines(blocks, language, other):
    for text in layouts(*blocks):
        assert Document(text).language.code == language
        results = found(text, ("ML",))
        lines = text.split("\n")
        assert results and {lines[line - 1] for line, _, _ in results} == {blocks[2]}
        messages = [d.message for d in Linter(select=["ML"]).lint_text(text)]
        assert all(other in message for message in messages)


CLEAN_SHORT = {
    "es": (
        "Nueva línea de autobús en Sevilla",
        "El ayuntamiento de Sevilla inauguró el lunes una nueva línea de autobús que une el centro con el aeropuerto.",
        "Los viajeros podrán usarla cada veinte minutos desde las seis de la mañana hasta la medianoche.",
        "El alcalde dijo que la línea es una de las promesas más esperadas por los vecinos.",
    ),
    "pt": (
        "Nova linha de autocarro em Lisboa",
        "A câmara de Lisboa inaugurou na segunda-feira uma nova linha de autocarro que liga o centro ao aeroporto.",
        "Os passageiros poderão usá-la a cada vinte minutos, das seis da manhã até à meia-noite.",
        "O presidente da câmara disse que a linha é uma das promessas mais esperadas pelos moradores.",
    ),
    "cs": (
        "V Brně otevřeli novou knihovnu",
        "Nová městská knihovna v centru Brna přivítala v sobotu první čtenáře.",
        "Podle ředitelky nabízí více než sto tisíc knih a prostor pro studenty, kteří se chtějí učit v klidu.",
        "Knihovna bude otevřena každý den kromě neděle od devíti do osmi hodin večer.",
    ),
    "sk": (  # Slovak: no list of its own; Czech or an unknown Latin-script language, never a foreign line
        "V Košiciach otvorili novú knižnicu",
        "Nová mestská knižnica v centre Košíc privítala v sobotu prvých čitateľov.",
        "Podľa riaditeľky ponúka viac ako sto tisíc kníh a priestor pre študentov, ktorí sa chcú učiť v pokoji.",
        "Knižnica bude otvorená každý deň okrem nedele od deviatej do ôsmej hodiny večer.",
    ),
    "da": (
        "Ny cykelsti åbner i Aarhus",
        "En ny cykelsti langs havnen i Aarhus blev åbnet af borgmesteren i går.",
        "Stien er tre kilometer lang og skal gøre det lettere for pendlere at komme sikkert til arbejde.",
        "Kommunen forventer, at flere tusinde cyklister vil bruge den hver dag.",
    ),
    "nb": (  # Norwegian: no list of its own; Danish's knows it
        "Ny sykkelvei åpner i Bergen",
        "En ny sykkelvei langs havna i Bergen ble åpnet av ordføreren i går.",
        "Veien er tre kilometer lang og skal gjøre det enklere for pendlere å komme seg trygt til jobben.",
        "Kommunen regner med at flere tusen syklister vil bruke den hver dag.",
    ),
    "sv": (
        "Ny cykelbana öppnar i Göteborg",
        "En ny cykelbana längs hamnen i Göteborg öppnades av kommunalrådet i går.",
        "Banan är tre kilometer lång och ska göra det lättare för pendlare att ta sig säkert till jobbet.",
        "Kommunen räknar med att flera tusen cyklister kommer att använda den varje dag.",
    ),
    "ru": (
        "В Казани открылась новая библиотека",
        "Новая городская библиотека в центре Казани приняла в субботу первых читателей.",
        "По словам директора, в ней более ста тысяч книг и залы для студентов, которые хотят заниматься в тишине.",
        "Библиотека будет работать каждый день, кроме воскресенья.",
    ),
    "uk": (
        "У Львові відкрили нову бібліотеку",
        "Нова міська бібліотека в центрі Львова прийняла в суботу перших читачів.",
        "За словами директорки, у ній понад сто тисяч книжок і зали для студентів, які хочуть навчатися в тиші.",
        "Бібліотека працюватиме щодня, крім неділі.",
    ),
    "bg": (
        "В Пловдив откриха нова библиотека",
        "Новата градска библиотека в центъра на Пловдив посрещна в събота първите си читатели.",
        "Според директорката в нея има повече от сто хиляди книги и зали за студенти, които искат да учат в тишина.",
        "Библиотеката ще работи всеки ден без неделя.",
    ),
    "sr": (  # Serbian Cyrillic: no list of its own
        "У Новом Саду отворена нова библиотека",
        "Нова градска библиотека у центру Новог Сада примила је у суботу прве читаоце.",
        "Према речима директорке, у њој има више од сто хиљада књига и сале за студенте који желе да уче у тишини.",
        "Библиотека ће радити сваког дана осим недеље.",
    ),
}
LISTED = {"es", "pt", "cs", "da", "sv", "ru", "uk", "bg"}


@pytest.mark.parametrize("code", sorted(CLEAN_SHORT))
def test_clean_short_articles_of_close_languages_stay_clean(code):
    for text in layouts(*CLEAN_SHORT[code]):
        if code in LISTED:
            assert Document(text).language.code == code
        assert found(text) == []


def test_a_vote_beyond_doubt_reads_no_lines():
    from newslint.language import LATIN_LANGUAGES, guess_language

    words = ("the council said that the plan would be put to a vote in the spring and that it was "
             "expected to pass with the support of most of the members").split()

    def lines():
        raise AssertionError("lines read for an English text")

    assert guess_language(words, LATIN_LANGUAGES, lines) == "en"


# -- kana in a Chinese article -------------------------------------------------


CHINESE_WITH_JAPANESE = (
    "中日青少年交流活动开幕",
    "第十届中日青少年交流活动昨天在上海开幕，来自两国的三百名学生参加。",
    "学生たちは一緒に料理を作り、お互いの文化について話し合いました。",
    "活动将持续五天，学生们还将参观博物馆和科技馆。",
)
CHINESE_QUOTING_TITLES = (
    "宫崎骏动画电影重映",
    "日本导演宫崎骏的经典动画电影《千与千寻》本周在全国影院重新上映，吸引了大量观众。",
    "影院负责人表示，这部作品的日文原名是「千と千尋の神隠し」，上映首日票房超过三千万元。",
    "另一部作品「となりのトトロ」也将在下个月重映。",
)
CHINESE_WITH_A_SHOP_NAME = (
    "新式茶饮店在台北开业",
    "一家名为「茶の町」的茶饮店昨天在台北信义区开业，门口排起了长队。",
    "店主表示，店里的招牌饮品是乌龙奶茶，每天限量供应五百杯，附近的茶の町分店下个月开业。",
    "不少顾客说，这里的价格比附近的咖啡店便宜，环境也更安静。",
)
JAPANESE_WITH_KANJI_LINES = (
    "東京都知事選挙告示",
    "東京都知事選挙が本日告示され、過去最多の候補者が立候補を届け出た。",
    "投開票日は来月七日。",
    "各候補は街頭演説で物価高対策や少子化対策を訴えた。",
    "選挙管理委員会",
)


@pytest.mark.parametrize("text", layouts(*CHINESE_WITH_JAPANESE))
def test_a_japanese_sentence_in_a_chinese_article_is_found_whole(text):
    assert Document(text).language.code == "zh"
    sentence = CHINESE_WITH_JAPANESE[2]
    assert found(text) == [(text.split("\n").index(sentence) + 1, "ML101", sentence.rstrip("。"))]


@pytest.mark.parametrize("text", layouts(*CHINESE_QUOTING_TITLES) + layouts(*CHINESE_WITH_A_SHOP_NAME))
def test_japanese_titles_and_names_in_a_chinese_article_are_not_foreign(text):
    assert Document(text).language.code == "zh"
    assert found(text) == []


@pytest.mark.parametrize("text", layouts(*JAPANESE_WITH_KANJI_LINES))
def test_a_japanese_article_with_lines_of_kanji_only_is_japanese(text):
    assert Document(text).language.code == "ja"
    assert found(text) == []
