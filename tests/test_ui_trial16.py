"""UI on what trial16 (a new-user trial writing page furniture in its own
words) found, helper fxui16.

False alarm: a one-sentence closing paragraph an extractor doubled was "a
caption or label" (UI106) on both copies, because the copy, the article's
last line, had no paragraph after it; that also hid TX111's "paragraph
repeated" on the copy.  Misses: prompts phrased outside the templates (an
app to download, a newsletter with a purpose clause, a donation, a paywall
notice, a messaging channel to join, a "hot" label before a headline), a
cookie banner of two sentences only one of which is known, and share rows
("Label: network network", networks the list lacked, like and tweet
buttons in CJK).  The furniture here is phrased unlike the trial's lines,
to check that the templates generalise, and every test runs in both
layouts, on text written for these tests."""
import pytest

from lint_support import LAYOUTS, findings

CLOSING = "Residents can register for the new route at the town hall."
TOWN = [
    "Council approves new bus route to the hospital",
    "The council voted on Tuesday to run a new bus every twenty minutes between the station and the hospital.",
    "The route will be paid for by the parking charges the hospital introduced last spring, the council said.",
    "Patients' groups said the service was long overdue but asked for evening buses as well as daytime ones.",
]


# -- FA1: a closing paragraph doubled is a repeated passage, not a caption ----------


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_doubled_closing_paragraph_is_no_caption_but_a_repeated_passage(separator):
    found = findings(TOWN + [CLOSING, CLOSING], separator, select=("UI", "TX"))
    codes = [code for code, _ in found.get(CLOSING, [])]
    assert "UI106" not in codes, found
    assert codes == ["TX111"], found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_caption_repeated_at_the_end_is_still_flagged(separator):
    # A short caption, no sentence of the text's length, said again as the
    # article's last line: still a caption.
    caption = "Buses at the station on Tuesday."
    blocks = TOWN[:2] + [caption] + TOWN[2:] + [caption]
    assert "UI106" in {code for code, _ in findings(blocks, separator, select=("UI106",)).get(caption, [])}


# -- UI-a: prompts phrased as a verb, its object and a purpose ------------------------

# One short article per language, written for these tests: a headline and
# two paragraphs of prose.
HOSTS = {
    "en": [
        "Ferry timetable changes from Monday",
        "The island ferry will leave the harbour half an hour earlier from Monday, the operator said on Friday.",
        "Commuters had asked for an earlier crossing so that they could reach the mainland before the first trains left.",
    ],
    "de": [
        "Neuer Fahrplan für die Fähre ab Montag",
        "Die Fähre zur Insel legt ab Montag eine halbe Stunde früher ab, wie der Betreiber am Freitag mitteilte.",
        "Pendler hatten eine frühere Überfahrt gefordert, um die ersten Züge auf dem Festland zu erreichen.",
    ],
    "es": [
        "El ferry adelanta su horario a partir del lunes",
        "El ferry de la isla saldrá del puerto media hora antes a partir del lunes, según informó la naviera el viernes.",
        "Los usuarios habituales habían pedido un trayecto más temprano para llegar a tiempo a los primeros trenes.",
    ],
    "fr": [
        "Le ferry avancera ses départs dès lundi",
        "Le ferry de l'île quittera le port une demi-heure plus tôt à partir de lundi, a annoncé l'exploitant vendredi.",
        "Les usagers réclamaient une traversée plus matinale pour attraper les premiers trains sur le continent.",
    ],
    "it": [
        "Il traghetto anticipa le partenze da lunedì",
        "Il traghetto per l'isola lascerà il porto mezz'ora prima a partire da lunedì, ha comunicato venerdì la compagnia.",
        "I pendolari chiedevano da tempo una corsa più mattutina per prendere i primi treni sulla terraferma.",
    ],
    "pt": [
        "Balsa antecipa horários a partir de segunda",
        "A balsa para a ilha vai sair do porto meia hora mais cedo a partir de segunda-feira, informou a operadora na sexta.",
        "Os passageiros pediam uma travessia mais cedo para conseguir pegar os primeiros trens no continente.",
    ],
    "ru": [
        "Паром будет отправляться раньше с понедельника",
        "С понедельника паром на остров будет уходить из порта на полчаса раньше, сообщил в пятницу перевозчик.",
        "Жители давно просили о раннем рейсе, чтобы успевать на первые поезда на материке.",
    ],
    "tr": [
        "Feribot seferleri pazartesiden itibaren öne çekiliyor",
        "Adaya giden feribot pazartesi gününden itibaren limandan yarım saat erken kalkacak, işletme cuma günü açıkladı.",
        "Yolcular, anakaradaki ilk trenlere yetişebilmek için daha erken bir sefer talep ediyordu.",
    ],
    "nl": [
        "Veerboot vaart vanaf maandag eerder",
        "De veerboot naar het eiland vertrekt vanaf maandag een half uur eerder uit de haven, meldde de rederij vrijdag.",
        "Forenzen hadden om een vroegere overtocht gevraagd om de eerste treinen op het vasteland te halen.",
    ],
    "pl": [
        "Prom będzie wypływał wcześniej od poniedziałku",
        "Od poniedziałku prom na wyspę będzie wypływał z portu pół godziny wcześniej, poinformował w piątek przewoźnik.",
        "Pasażerowie od dawna prosili o wcześniejszy rejs, aby zdążyć na pierwsze pociągi na stałym lądzie.",
    ],
    "hi": [
        "सोमवार से फेरी का समय बदलेगा",
        "द्वीप जाने वाली फेरी सोमवार से बंदरगाह से आधा घंटा पहले रवाना होगी, संचालक ने शुक्रवार को बताया।",
        "यात्रियों ने मांग की थी कि सुबह की फेरी जल्दी चले ताकि वे मुख्य भूमि पर पहली ट्रेन पकड़ सकें।",
    ],
    "ja": [
        "フェリー、月曜から出航を30分繰り上げ",
        "島へのフェリーは月曜日から港を30分早く出発すると、運航会社が金曜日に発表した。",
        "通勤客からは、本土の始発列車に間に合うよう早い便を求める声が上がっていた。",
    ],
    "zh": [
        "渡轮下周一起提前半小时开航",
        "运营公司周五宣布，前往海岛的渡轮将从下周一起提前半小时离港。",
        "不少通勤乘客此前要求增开早班船，以便赶上大陆的首班火车。",
    ],
}

# Furniture in each language, phrased unlike trial16's lines: the verb of
# the prompt, its object, and a purpose clause after them.
PROMPTS = [
    ("en", "Get our free app for breaking news on your phone"),
    ("en", "Please make a donation to help us keep reporting"),
    ("en", "Join our WhatsApp channel to get the day's top stories"),
    ("de", "Holen Sie sich jetzt die kostenlose App und verpassen Sie keine Nachricht mehr"),
    ("de", "Folgen Sie unserem WhatsApp-Kanal und erhalten Sie die wichtigsten Nachrichten"),
    ("es", "Descarga gratis nuestra aplicación y recibe alertas de última hora."),
    ("es", "Haz una donación y apoya nuestro periodismo local"),
    ("fr", "Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité"),
    ("fr", "Téléchargez gratuitement l'application et suivez l'info en direct"),
    ("it", "Iscriviti alla nostra newsletter quotidiana per non perdere le notizie del quartiere"),
    ("it", "Scarica la nostra app per leggere il giornale sul telefono"),
    ("pt", "Faça uma contribuição e apoie o nosso jornalismo local"),
    ("pt", "Baixe nosso aplicativo e receba os alertas da redação"),
    ("ru", "Установите наше приложение и читайте новости без рекламы"),
    ("tr", "Son gelişmeler için mobil uygulamamızı hemen indirin."),
    ("hi", "हमारे टेलीग्राम चैनल को जॉइन करें और हर खबर सबसे पहले पढ़ें"),
    ("ja", "この記事の続きは有料会員限定です。会員登録して続きをお読みください。"),
    ("ja", "【注目記事】円安はいつまで続くのか"),
    ("zh", "猜你喜欢：油价下周或将迎来年内最大降幅"),
    ("zh", "剩余内容需登录后阅读。"),
    ("de", "Laden Sie die App herunter, um keine Nachrichten zu verpassen"),
    ("ru", "Подписывайтесь на наш Telegram-канал, чтобы быть в курсе"),
    ("en", "Already a subscriber? Log in to continue reading"),
    ("en", "Never miss a story: download our app"),
    ("es", "Hazte socio y apoya el periodismo independiente"),
    ("zh", "微信扫码关注我们，获取更多资讯"),
    # A prompt's verb, a channel and the page speaking, in words no
    # template has (strings.py _reader_prompt).
    ("it", "Seguici su Instagram per tutte le novità sui collegamenti"),
    ("nl", "Volg ons op Instagram voor het laatste nieuws uit de haven"),
    ("pl", "Obserwuj nas na Facebooku, aby być na bieżąco"),
]


def _codes(found, block):
    return {code for code, _ in found.get(block, [])}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language, prompt", PROMPTS)
def test_a_prompt_between_paragraphs_is_furniture(language, prompt, separator):
    host = HOSTS[language]
    blocks = host[:2] + [prompt] + host[2:]
    found = findings(blocks, separator, select=("UI", "OC"))
    assert _codes(found, prompt) == {"UI101"}, found
    assert all(block not in found for block in host), found


# A CJK sentence ends in its own stop, with no space before the next.
GLUE = {"ja": "", "zh": ""}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language, prompt", [pair for pair in PROMPTS if not pair[1].startswith(("【", "猜"))])
def test_a_prompt_glued_to_a_paragraph_is_found_after_its_text(language, prompt, separator):
    host = HOSTS[language]
    glued = host[2] + GLUE.get(language, " ") + prompt
    found = findings(host[:2] + [glued], separator)
    assert [code for code, message in found.get(glued, []) if "after the text" in message] == ["UI101"], found


# Sentences of an article that speak of an app, a newsletter, a donation or
# a channel, in the words the prompts use: prose, not furniture.
CLEAN = [
    ("en", "Download the app and you will be asked for a postcode, the operator explained."),
    ("en", "The newsletter, which goes to forty thousand readers a week, will now carry the timetable."),
    ("en", "Residents were asked to make a donation to the lifeboat crew at the quay on Saturday."),
    ("de", "Die neue App der Reederei lässt sich seit Freitag herunterladen, sie zeigt auch Verspätungen an."),
    ("de", "Laden Sie die App herunter, um Verspätungen zu sehen, riet der Sprecher der Reederei."),
    ("es", "La naviera recomienda descargar la aplicación antes del viaje, porque en el puerto no hay cobertura."),
    ("it", "Chi si iscrive alla newsletter del comune riceverà anche gli avvisi sugli scioperi dei traghetti."),
    ("pt", "A campanha pede que cada morador faça uma doação de alimentos até sexta-feira."),
    ("ru", "Поделиться своим мнением о новом расписании жители смогут на встрече в пятницу."),
    ("tr", "Yolcular, bilet almak için belediyenin uygulamasını indirerek başvuru yapabilecek."),
    ("hi", "कंपनी ने यात्रियों के लिए एक नया ऐप शुरू किया है जिससे वे टिकट की जानकारी पा सकेंगे।"),
    ("ja", "「いいね」の数を競う風潮について、専門家は注意を呼びかけている。"),
    ("nl", "Deel van onze lezers gebruikt de app van de rederij al dagelijks."),
    ("it", "Scarica il modulo dal sito del comune e invialo entro venerdì."),
    ("pl", "Pobierz aplikację przewoźnika, radzą pasażerom pracownicy portu."),
    ("zh", "记者下载该应用后发现，购票需要提供身份证号码。"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language, sentence", CLEAN)
def test_prose_that_mentions_an_app_a_newsletter_or_a_donation_is_clean(language, sentence, separator):
    host = HOSTS[language]
    for blocks in (host[:2] + [sentence] + host[2:], host[:2] + [host[2] + GLUE.get(language, " ") + sentence]):
        found = findings(blocks, separator, select=("UI",))
        assert found == {}, found


# -- UI-b: a cookie banner of sentences only the first of which is known -----------

BANNERS = [
    ("fr", "Nous utilisons des cookies pour améliorer votre expérience. Vous pouvez modifier vos choix à tout moment."),
    ("es", "Utilizamos cookies para ofrecerte una mejor experiencia. Puedes cambiar la configuración cuando quieras."),
    ("de", "Diese Website verwendet Cookies, um Inhalte zu personalisieren. Sie können Ihre Auswahl jederzeit ändern."),
    ("ru", "Мы используем файлы cookie для улучшения работы сайта. Оставаясь на сайте, вы соглашаетесь с этим."),
    ("it", "Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti al loro uso."),
    ("ru", "Мы используем cookies, чтобы показывать вам нужные материалы. Продолжая чтение, вы соглашаетесь с этим."),
    ("tr", "Web sitemizde çerezler kullanılmaktadır. Ayrıntılar için gizlilik politikamızı okuyabilirsiniz."),
    ("ja", "当サイトではクッキーを利用しています。引き続きご覧いただくことで同意したものとみなします。"),
    ("zh", "本网站使用cookie以提供更好的服务。继续访问即表示您接受。"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language, banner", BANNERS)
def test_a_cookie_banner_of_several_sentences_is_furniture_in_any_language(language, banner, separator):
    host = HOSTS[language]
    found = findings(host + [banner], separator)
    assert _codes(found, banner) == {"UI101"}, found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("paragraph", [
    # The site's words reported, or quoted: the article's.
    "Wir verwenden Cookies, um Besucher zu zählen, sagte der Sprecher der Reederei. Die Datenschutzbehörde prüft den Fall.",
    "„Wir verwenden Cookies, um Besucher zu zählen“, heißt es auf der Seite. Die Datenschutzbehörde prüft den Fall.",
    "The ferry company's website uses cookies to remember bookings. Regulators have asked it to explain how long they are kept.",
    "運営会社によると、予約サイトではクッキーを使用しているという。保存期間は明らかにしていない。",
])
def test_a_paragraph_about_cookies_is_clean(paragraph, separator):
    host = HOSTS["de"] if paragraph[0] in "W„" else HOSTS["ja"] if paragraph[0] == "運" else HOSTS["en"]
    found = findings(host[:2] + [paragraph] + host[2:], separator)
    assert found == {}, found


# -- UI-c: share rows in any language, networks of other countries, like buttons ------

SHARE_ROWS = [
    ("ru", "Поделиться: ВКонтакте Одноклассники Telegram"),
    ("pt", "Compartilhar: WhatsApp Facebook X"),
    ("es", "Compartir en: Facebook, WhatsApp, Telegram"),
    ("en", "Share: Facebook Viber LINE"),
    ("en", "Like Tweet Share"),
    ("zh", "分享到：微信 微博 QQ空间"),
    ("ja", "シェア ツイート いいね！ はてブ"),
    ("de", "Artikel teilen: WhatsApp Facebook E-Mail"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language, row", SHARE_ROWS)
def test_a_share_row_is_furniture_in_any_language(language, row, separator):
    host = HOSTS[language]
    found = findings(host + [row], separator)
    assert _codes(found, row) == {"UI101"}, found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language, sentence", [
    ("de", "Mehr als zweitausend Menschen teilten den Aufruf der Pendler auf Facebook und Telegram."),
    ("en", "Share your photos of the new ferry on Facebook or Viber, the operator told passengers."),
    ("ja", "いいね"),  # a word alone, not a row of buttons
])
def test_networks_and_like_words_in_prose_are_clean(language, sentence, separator):
    host = HOSTS[language]
    found = findings(host[:2] + [sentence] + host[2:], separator, select=("UI101",))
    assert sentence not in found, found
