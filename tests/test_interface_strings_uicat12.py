"""Issue 10, helper uicat12: the catalogue and its templates generalised over
the forms furniture takes on real pages, not over the strings a trial found.

- Markdown around a string: a list marker and a link together, a heading's
  marks, an image before a credit, a link whose text is a navigation label
  with its target.  UI101 matches what the reader sees of the line (the
  document model's reading of its Markdown), as every other rule does.
- A row of buttons separated by nothing but spaces, templates among them.
- Families of prompts, credits, counters, publication lines, follow-us
  prompts, "related" headings and breadcrumbs in the catalogue's languages,
  alone on a line and glued after a paragraph's last sentence.
- Sentences that hold the same words stay clean.

Every line here is written for the project; both layouts (one block a line,
and a blank line between blocks)."""
import pytest

from lint_support import LAYOUTS, findings

from newslint import Linter

layouts = pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())

BODY = [
    "Harbour Gazette",
    "The harbour board agreed on Thursday to rebuild the north pier after two winters of storm damage.",
    "Engineers said the new pier would stand a metre higher and take about eighteen months to finish.",
    "The work will cost about nine million pounds, shared between the board and the county council.",
    "Fishing boats will moor at the south quay while the old pier is taken down in the spring.",
]


def found_on(line, separator, body=BODY):
    """The findings on ``line`` set between the body's third and fourth blocks."""
    blocks = body[:3] + [line] + body[3:]
    return findings(blocks, separator).get(line, [])


def ui_codes(found):
    return [code for code, _ in found if code.startswith("UI")]


MARKDOWN = [
    "- [Email this story](mailto:?subject=pier)",
    "* [Tweet this article](https://twitter.example/intent?u=1)",
    "+ [Compartir en WhatsApp](https://wa.example/?text=1)",
    "* [Partager sur LinkedIn](https://linkedin.example/share?u=1)",
    "### More stories from Cornwall",
    "## Noticias relacionadas",
    "#### Das könnte Sie auch interessieren",
    "![](https://img.example/pier.jpg) Bild: dpa",
    "![](https://img.example/quay.jpg) Foto: Europa Press",
    "[Zurück zur Übersicht: Alle Baustellen im Hafen](https://example.de/baustellen)",
    "[Back to the overview: all storm repairs](https://example.org/storms)",
    "**Advertisement**",
]


@layouts
@pytest.mark.parametrize("line", MARKDOWN)
def test_markdown_around_a_catalogue_string_does_not_hide_it(line, separator):
    found = found_on(line, separator)
    assert "UI101" in ui_codes(found), found


LINKED_TAILS = [
    "The board will vote again in June. [Read more](https://example.org/pier)",
    "Work starts in the spring. [Compartir en Facebook](https://fb.example/share?u=2)",
    "Die Arbeiten beginnen im Frühjahr. [Artikel teilen](https://example.de/teilen)",
]


@layouts
@pytest.mark.parametrize("line", LINKED_TAILS)
def test_a_link_glued_after_the_last_sentence(line, separator):
    found = found_on(line, separator)
    assert [code for code, message in found if "after the text" in message] == ["UI101"], found


@layouts
@pytest.mark.parametrize("line", [
    "The figures are in the board's annual report. [Harbour accounts 2024](https://example.org/accounts)",
    "The board said more in [its statement on the pier](https://example.org/statement).",
])
def test_a_link_of_the_articles_own_after_a_sentence_stays_clean(line, separator):
    assert ui_codes(found_on(line, separator)) == [], line


ROWS = [
    "Share on Facebook Share on LinkedIn Copy link",
    "Compartir en Facebook Compartir en X Copiar enlace",
    "Partager sur Facebook Partager par e-mail Copier le lien",
    "Udostępnij przez e-mail Udostępnij na Twitterze Kopiuj link",
    "Follow us on Instagram Subscribe to our newsletter",
    "Auf Facebook teilen Auf X teilen Link kopieren",
    "Condividi su Facebook Condividi su WhatsApp Copia link",
    "Поделиться в Telegram Поделиться в VK Скопировать ссылку",
    "Facebook'ta paylaş Twitter'da paylaş Bağlantıyı kopyala",
    "Bagikan ke Facebook Bagikan ke WhatsApp Salin tautan",
    "在微博分享 分享到微信 复制链接",
    "Facebookでシェア Xでシェア リンクをコピー",
]


@layouts
@pytest.mark.parametrize("line", ROWS)
def test_a_row_of_buttons_separated_by_spaces(line, separator):
    found = found_on(line, separator)
    assert "UI101" in ui_codes(found), found


# Furniture that stands alone on a line and is as often glued after the
# paragraph's last sentence by an extractor.
PROMPTS = [
    "Gratis registrieren und weiterlesen",
    "Register for free to keep reading",
    "Regístrate gratis y sigue leyendo",
    "Inscrivez-vous gratuitement pour lire la suite",
    "Registrati gratis e continua a leggere",
    "Have a news tip? Email tips@harbourgazette.example",
    "Les recomendamos",
    "Wir empfehlen",
    "Enjoyed this story? Share it with a friend",
    "¿Te gustó esta noticia? Compártela",
    "Gefällt Ihnen dieser Artikel? Dann teilen Sie ihn",
    "Vous avez apprécié cet article ? Partagez-le",
    "Het artikel gaat verder onder de advertentie",
    "El artículo continúa debajo del anuncio",
    "Der Artikel wird unter der Anzeige fortgesetzt",
    "Skip ad in 5",
    "Werbung überspringen",
    "Saltar anuncio",
    "Reklamı atla",
    "Ảnh: Minh Anh",
    "Kaynak: DHA",
    "फोटो: एएनआई",
    "Riproduzione riservata © Gazzetta del Porto",
    "Prohibida su reproducción total o parcial",
    "Este artículo ha sido leído 3.210 veces",
    "Cet article a été lu 540 fois",
    "This story has been read 1,022 times",
    "Rate this recipe ★★★★★ (42 votes)",
    "Was this page helpful? Yes / No",
    "War dieser Artikel hilfreich? Ja Nein",
    "Підпишіться на наш телеграм-канал",
    "Подписывайтесь на наш канал в Telegram",
    "Gabung di WhatsApp Channel kami",
    "ताजा खबरों के लिए हमें फॉलो करें",
    "Tüm haberler için tıklayın",
    "Assine o Diário e tenha acesso ilimitado a todo o conteúdo",
    "Alles Weitere lesen Sie in unserem Dossier",
    "Nos lecteurs ont aussi lu",
    "Lezers bekeken ook",
    "Andra läsare läste också",
    "Send us your stories and photos to news@harbourradio.example",
    "Vous avez une info à nous signaler ? Écrivez-nous à redaction@port.example",
    "Hai una segnalazione? Scrivici a redazione@porto.example",
    "Haben Sie einen Tipp für uns? Schreiben Sie uns an hinweise@hafen.example",
]


@layouts
@pytest.mark.parametrize("line", PROMPTS)
def test_furniture_alone_on_its_line(line, separator):
    found = found_on(line, separator)
    assert ui_codes(found), found


@layouts
@pytest.mark.parametrize("line", PROMPTS)
def test_furniture_glued_after_a_paragraphs_last_sentence(line, separator):
    glued = "Harbour traders said the closure of the pier would cost them a busy summer. " + line
    found = found_on(glued, separator)
    assert ui_codes(found), found


# Only alone on a line: a credit, a date line, a heading over a headline,
# or a breadcrumb is not written at a paragraph's end.
LINES = [
    "Theo Tuổi Trẻ",
    "Fot. Jan Kowalski / PAP",
    "写真は完成した新庁舎（資料写真）",
    "Publié le 3 avril 2025 à 17h40",
    "Mis à jour le 04/04/2025 à 09h10",
    "Publicerad 2 april 2025 kl. 18.05",
    "Gepubliceerd op 3 april 2025 om 17.40",
    "Pubblicato il 3 aprile 2025 alle 17:40",
    "Opublikowano 3 kwietnia 2025, 17:40",
    "Güncelleme: 03.04.2025 17:40",
    "Cập nhật: 03/04/2025 17:40 (GMT+7)",
    "【関連】新駅の開業日が決定",
    "【相关阅读】地铁新线下月开通",
    "Inicio / Deportes / Fútbol",
    "Home / Sport / Cricket",
    "Startseite / Politik / Bund",
    "続きを読むにはログインが必要です",
    "点击关注，每天了解最新消息",
    "Follow Harbour Radio on Facebook, Instagram and X. Send your stories to news@harbourradio.example",
]


@layouts
@pytest.mark.parametrize("line", LINES)
def test_furniture_on_a_line_of_its_own(line, separator):
    found = found_on(line, separator)
    assert ui_codes(found), found


@layouts
def test_a_publication_line_ui102_reads_is_reported_once(separator):
    # "Published 3 April 2025" is UI102's timestamp; the templates' date
    # line must not report it a second time.
    found = found_on("Published 3 April 2025 at 17:40", separator)
    assert ui_codes(found) == ["UI102"], found


@layouts
def test_the_articles_own_dateline_under_its_headline_stays_clean(separator):
    # As UI102 leaves an English dateline there: gold texts keep it.
    body = [
        "Le port rouvre ses quais",
        "Publié le 3 avril 2025 à 17h40",
        "Le conseil portuaire a voté jeudi la reconstruction de la jetée nord après deux hivers de tempêtes.",
        "Les ingénieurs estiment que la nouvelle jetée sera plus haute d'un mètre et prendra dix-huit mois.",
        "Les travaux coûteront environ neuf millions d'euros, partagés entre le port et le département.",
    ]
    # A publication stamp there (a clock time with its label) is the page's
    # metadata (fxui17c); a bare date under the headline is the dateline.
    found = findings(body, separator)
    assert body[1] in found, found
    bare = findings(body[:1] + ["3 avril 2025"] + body[2:], separator)
    assert "3 avril 2025" not in bare, bare
    later = findings(body[:4] + ["Mis à jour le 04/04/2025 à 09h10"] + body[4:], separator)
    assert "Mis à jour le 04/04/2025 à 09h10" in later, later


CLEAN = [
    "Readers can follow the minister on X, where she posts daily.",
    "The museum's photo archive, Foto Marburg, holds more than a million images of buildings.",
    "Published in 1998, the report warned that the pier would not survive many more storms.",
    "Publié en 1998, le rapport avait déjà signalé l'état du vieux port.",
    "We recommend that families keep three days of water at home, the agency said.",
    "Theo Walcott opened the new sports hall at the school on Friday.",
    "Skip the queue by booking your ferry ticket online, the operator advises.",
    "Share prices rose on Monday after the harbour board announced the deal.",
    "Home and away fans will share the east stand while the west one is rebuilt.",
    "The article was read aloud at the council meeting by the harbour master.",
    "Dit artikel is drie keer herschreven, zegt de hoofdredacteur van de krant.",
    "Die Leser haben auch gelesen, dass der Hafen im Sommer geschlossen bleibt.",
    "Send your children to the new school by bus, the council told parents on Monday.",
    "Follow the money: how the board paid for the pier",
    "Kaynak suyu köyün tek içme suyu olmaya devam ediyor.",
    "Registrieren Sie sich bis Freitag, sagte der Vereinsvorsitzende den Mitgliedern.",
    # Headlines that open with a button's word: no row of buttons.
    "Share Prices Tumble as Harbour Traders Count the Cost",
    "Print Edition Sales Fall for a Third Year",
    "Latest News Puts the Pier Project in Doubt",
    "Home Secretary Visits the Flooded Quay",
    # A link to the article's own material is the article's (gold texts keep it).
    "Click for the full list of storm repairs",
    "Pulsa para ver la lista completa de las obras",
]


@layouts
@pytest.mark.parametrize("line", CLEAN)
def test_sentences_with_the_same_words_stay_clean(line, separator):
    assert ui_codes(found_on(line, separator)) == [], line


@layouts
def test_a_list_of_the_articles_own_points_stays_clean(separator):
    # A list item's marker is not a button's: the items are the article's.
    items = [
        "- The pier will stand a metre higher than the old one.",
        "- Boats will use the south quay until the work is done.",
        "- The board and the council share the cost.",
    ]
    blocks = BODY[:3] + items + BODY[3:]
    assert {line: found for line, found in findings(blocks, separator).items() if line in items} == {}


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "label",
    ["Image caption, Volunteers clearing the towpath on Sunday", "Media caption, The moment the chimney came down", "Image source, Getty Images"],
)
def test_a_pictures_label_read_out_before_its_text_is_found(label, separator):
    lines = [
        "Canal towpath reopens after repairs",
        "The towpath between the two locks has reopened after six months of repairs to its crumbling banks.",
        label,
        "The trust said more than two hundred volunteers had helped to clear the path since the spring.",
    ]
    found = [(d.line, d.code) for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")]
    assert found == [(1 + 2 * len(separator), "UI101")]
