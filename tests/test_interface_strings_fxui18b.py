"""UI furniture a new-user trial of scraper output found missed, in the
languages pages are written in: a byline with the page's stamps on one
line (a place, a relative time or a reading time among them) is UI102's,
not another story's headline for OC102 (one line, one finding).  Every
case in both layouts, with the clean text nearest to it.  Text written
for the project."""
import pytest

import lint_support
from lint_support import LAYOUTS
from newslint.api import Linter

BODIES = {
    "en": [
        "Council approves new harbour wall",
        "The council voted on Tuesday to build a new sea wall along the harbour, after two winters of flooding damaged homes on the front.",
        "Engineers said work would start in spring and take about eighteen months, with the road kept open to traffic throughout.",
        "Residents who had campaigned for the wall said they were relieved but would watch the costs closely.",
    ],
    "es": [
        "El ayuntamiento aprueba el nuevo muro del puerto",
        "El pleno municipal aprobó el martes la construcción de un nuevo muro en el puerto, tras dos inviernos de inundaciones en las casas del paseo.",
        "Los ingenieros dijeron que las obras empezarán en primavera y durarán unos dieciocho meses, sin cortar la carretera.",
        "Los vecinos que pidieron el muro dijeron sentirse aliviados, aunque vigilarán de cerca los costes.",
    ],
    "de": [
        "Stadtrat beschließt neue Hafenmauer",
        "Der Stadtrat hat am Dienstag den Bau einer neuen Mauer am Hafen beschlossen, nachdem zwei Winter lang Hochwasser die Häuser an der Promenade beschädigt hatte.",
        "Die Ingenieure sagten, die Arbeiten würden im Frühjahr beginnen und etwa achtzehn Monate dauern, die Straße bleibe offen.",
        "Anwohner, die sich für die Mauer eingesetzt hatten, zeigten sich erleichtert, wollen aber die Kosten genau beobachten.",
    ],
    "fr": [
        "Le conseil municipal vote un nouveau mur pour le port",
        "Le conseil municipal a voté mardi la construction d'un nouveau mur le long du port, après deux hivers d'inondations qui ont abîmé les maisons du front de mer.",
        "Les ingénieurs ont indiqué que les travaux commenceraient au printemps et dureraient environ dix-huit mois, sans fermer la route.",
        "Les habitants qui réclamaient ce mur se disent soulagés, mais surveilleront de près les coûts.",
    ],
    "it": [
        "Il consiglio approva il nuovo muro del porto",
        "Il consiglio comunale ha approvato martedì la costruzione di un nuovo muro lungo il porto, dopo due inverni di allagamenti che hanno danneggiato le case sul lungomare.",
        "Gli ingegneri hanno detto che i lavori inizieranno in primavera e dureranno circa diciotto mesi, senza chiudere la strada.",
        "I residenti che chiedevano il muro si sono detti sollevati, ma controlleranno da vicino i costi.",
    ],
    "pt": [
        "Câmara aprova novo muro no porto",
        "A câmara municipal aprovou na terça-feira a construção de um novo muro ao longo do porto, depois de dois invernos de cheias que danificaram as casas da marginal.",
        "Os engenheiros disseram que as obras começam na primavera e devem durar cerca de dezoito meses, sem fechar a estrada.",
        "Os moradores que pediam o muro disseram estar aliviados, mas vão acompanhar de perto os custos.",
    ],
    "ru": [
        "Городской совет одобрил строительство новой стены в порту",
        "Городской совет во вторник одобрил строительство новой стены вдоль порта после двух зим наводнений, которые повредили дома на набережной.",
        "Инженеры сообщили, что работы начнутся весной и продлятся около полутора лет, дорога при этом останется открытой.",
        "Жители, добивавшиеся строительства стены, говорят, что испытали облегчение, но будут внимательно следить за расходами.",
    ],
    "ar": [
        "المجلس البلدي يوافق على بناء جدار جديد في الميناء",
        "وافق المجلس البلدي يوم الثلاثاء على بناء جدار بحري جديد على طول الميناء بعد شتاءين من الفيضانات التي ألحقت أضرارا بالمنازل على الواجهة.",
        "وقال المهندسون إن الأعمال ستبدأ في الربيع وتستغرق نحو ثمانية عشر شهرا مع إبقاء الطريق مفتوحا أمام السيارات.",
        "وقال السكان الذين طالبوا بالجدار إنهم يشعرون بالارتياح لكنهم سيراقبون التكاليف عن كثب.",
    ],
    "zh": [
        "市议会批准修建新的港口防波墙",
        "市议会周二投票批准沿港口修建一道新的防波墙，此前连续两个冬天的洪水损坏了海边的房屋。",
        "工程师表示，工程将于明年春天开工，预计持续约十八个月，期间道路将保持通行。",
        "曾呼吁修建防波墙的居民表示松了一口气，但会密切关注工程费用。",
    ],
    "ja": [
        "市議会、港の新しい防潮堤の建設を承認",
        "市議会は火曜日、2年続いた冬の浸水で海沿いの住宅が被害を受けたことを受け、港に沿った新しい防潮堤の建設を承認した。",
        "技術者によると、工事は春に始まり約1年半かかる見通しで、道路は通行可能なままとなる。",
        "防潮堤の建設を求めてきた住民は安堵しているが、費用については注意深く見守るとしている。",
    ],
    "ko": [
        "시의회, 항구 새 방파제 건설 승인",
        "시의회는 화요일 두 해 겨울 동안 이어진 침수로 해안가 주택이 피해를 입자 항구를 따라 새 방파제를 짓는 안을 승인했다.",
        "기술자들은 공사가 봄에 시작돼 약 18개월이 걸릴 것이며 도로는 계속 통행할 수 있다고 밝혔다.",
        "방파제 건설을 요구해 온 주민들은 안도하면서도 비용을 면밀히 지켜보겠다고 말했다.",
        "시는 공사 기간 동안 항구 주변 상인들을 위한 임시 주차장을 마련하고 관광객 안내도 강화하겠다고 밝혔다.",
        "시의회 의장은 이번 결정이 주민 안전을 위한 첫걸음이라며 예산 집행을 꼼꼼히 점검하겠다고 말했다.",
    ],
    "fi": [
        "Kaupunginvaltuusto hyväksyi sataman uuden muurin",
        "Kaupunginvaltuusto hyväksyi tiistaina uuden muurin rakentamisen sataman varteen, kun kaksi talvea kestäneet tulvat olivat vahingoittaneet rannan taloja.",
        "Insinöörien mukaan työt alkavat keväällä ja kestävät noin puolitoista vuotta, eikä tietä suljeta liikenteeltä.",
        "Muuria vaatineet asukkaat kertoivat olevansa helpottuneita, mutta aikovat seurata kustannuksia tarkasti.",
    ],
    "hi": [
        "नगर परिषद ने बंदरगाह पर नई दीवार को मंज़ूरी दी",
        "नगर परिषद ने मंगलवार को बंदरगाह के किनारे नई समुद्री दीवार बनाने को मंज़ूरी दी, क्योंकि दो सर्दियों की बाढ़ ने तट के घरों को नुकसान पहुंचाया था।",
        "इंजीनियरों ने कहा कि काम वसंत में शुरू होगा और लगभग अठारह महीने चलेगा, इस दौरान सड़क खुली रहेगी।",
        "दीवार की मांग करने वाले निवासियों ने राहत जताई, लेकिन कहा कि वे लागत पर नज़र रखेंगे।",
    ],
}
# Where the line under test goes: under the headline, between two paragraphs.
PLACES = (1, 3)


def findings_by_block(language, line, place, separator):
    return lint_support.findings_by_block(BODIES[language], line, place, separator)


def assert_ui_alone(language, line, place, separator):
    found = findings_by_block(language, line, place, separator)
    assert place in found, found
    assert all(finding.startswith("UI") for finding in found[place]), found  # one line, one finding: not OC102 too
    assert not set(found) - {place}, found


def assert_clean(language, line, place, separator):
    found = findings_by_block(language, line, place, separator)
    assert place not in found, found


# A byline and the page's stamps on one line, in ten languages.
BYLINE_STAMPS = [
    ("es", "Por María Gómez · Bilbao · 14/03/2026 - 08:12 h · Actualizado: 14/03/2026"),
    ("es", "Por Luis Herrera | Sevilla | 02.11.2026 | 19:30 h"),
    ("de", "Von Katrin Weber | Stand: 14.03.2026, 08:12 Uhr"),
    ("de", "Von Sabine Hartmann, aktualisiert vor 2 Stunden"),
    ("fr", "Par Léa Girard, publié aujourd'hui à 06h45"),
    ("fr", "Par Julien Martin - Publié le 03/04/2026 à 10h20, mis à jour à 11h05"),
    ("it", "di Giulia Bianchi 14 marzo 2026 ore 10:20"),
    ("it", "Di Marco Rossi | Aggiornato il 14 marzo 2026 alle 08:12"),
    ("pt", "Por Ana Souza — São Paulo, 14/03/2026 às 08h12 - Atualizado há 2 horas"),
    ("ru", "Автор: Иван Петров | Обновлено 14 марта 2026, 08:12"),
    ("ar", "بقلم سارة حسن - آخر تحديث: 14 مارس 2026 - 08:12 ص"),
    ("ar", "كتب: محمد علي | نُشر في 14 مارس 2026"),
    ("zh", "记者 王强 发布时间：2026-03-14 08:12"),
    ("ko", "기자 이서연 입력 2026.03.14 08:12 수정 2026.03.14 09:30"),
    ("en", "Written by Ruth Akers · 35 min ago · 6 min read"),
    ("en", "By Jane Cole | Updated 10:15 p.m. ET Friday"),
    ("en", "Posted by Sam Dyer · 5h ago"),
    ("en", "By Ellen Park, 3 hours ago"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", BYLINE_STAMPS)
def test_a_byline_with_the_pages_stamps_is_one_ui_finding(language, line, place, separator):
    assert_ui_alone(language, line, place, separator)


# A page's stamps alone, as other languages write them: a German
# "Stand:", a time with a space before its "h", a Russian "ago", a
# Japanese label of date and time, a Finnish "klo".  (A US page's "Updated
# 6:42 a.m. Tuesday" alone is left: under a headline Dragnet's gold keeps
# such a stamp as the article's dateline.)
STAMPS = [
    ("es", "Actualizado: 14/03/2026 - 09:40 h"),
    ("de", "Stand: 14.03.2026, 08:12 Uhr"),
    ("ru", "Обновлено 2 часа назад"),
    ("ja", "公開日時 2026年03月14日 08時12分"),
    ("ja", "更新日時：2026/03/14 08:12"),
    ("fi", "Julkaistu 14.3.2026 klo 8.12"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", STAMPS)
def test_the_pages_stamp_alone_is_one_ui_finding(language, line, place, separator):
    assert_ui_alone(language, line, place, separator)


# Sentences that open with a byline's word or hold a clock time, a
# weekday's date under a "By", a dateline, a bare date under the headline.
CLEAN = [
    ("es", "Por la tarde, el alcalde se reunió con los vecinos a las 18:30 h."),
    ("es", "Por primera vez, el pleno votó a las 19:30 h · sin debate"),
    ("de", "Von Montag an, 08:12 Uhr"),
    ("de", "Von Berlin aus, sagte er, fahre der Zug um 08:12 Uhr ab."),
    ("de", "Stand der Arbeiten: Die Mauer soll bis 2027 fertig sein."),
    ("fr", "Par ailleurs, le texte publié le 14 mars a été mis à jour à 11h05 après la réunion."),
    ("it", "Di fronte al municipio, il sindaco ha parlato alle 10:20 di martedì."),
    ("en", "By Tuesday, 10:15 p.m."),
    ("en", "The vote was held at 6:42 a.m. Tuesday, officials said."),
    ("en", "Updated figures released at 6:42 a.m. Tuesday showed the water level fell."),
    ("en", "Jane Cole, Tom Hill and Ann Lee, 3 hours ago, joined the protest."),
    ("ru", "Москва, 14 марта 2026 г."),
    ("ar", "كتب الرئيس رسالة إلى المجلس في 14 مارس 2026."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", CLEAN)
def test_the_articles_own_line_stays_clean(language, line, place, separator):
    assert_clean(language, line, place, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_bare_date_under_the_headline_stays_the_articles_dateline(separator):
    assert_clean("en", "14 March 2026", 1, separator)


# A reading time and a subscriber's label, alone or on one row, in the
# words of other languages.
READING_AND_ACCESS = [
    ("fr", "Temps de lecture : 4 min · Abonnés"),
    ("fr", "Lecture 5 min · Réservé aux abonnés"),
    ("de", "Lesezeit 6 Min. · Plus"),
    ("es", "Lectura: 7 min · Solo para suscriptores"),
    ("pt", "Leitura de 3 minutos"),
    ("pt", "Tempo de leitura: 8 min | Exclusivo para assinantes"),
    ("it", "Tempo di lettura: 4 minuti"),
    ("it", "Lettura 2 min · Riservato agli abbonati"),
    ("it", "Contenuto riservato agli abbonati"),
    ("ja", "読了時間 6分"),
    ("zh", "阅读时长 3 分钟"),
    ("en", "Premium · 9 min read"),
    ("en", "Exclusive to subscribers"),
    ("ru", "Время чтения: 4 мин · Только для подписчиков"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", READING_AND_ACCESS)
def test_a_reading_time_or_a_subscribers_label_is_one_ui_finding(language, line, place, separator):
    assert_ui_alone(language, line, place, separator)


# A heading's words and prose that speak of reading and subscribers.
READING_CLEAN = [
    ("en", "Premium"),
    ("fr", "Les abonnés du réseau ont attendu 5 min de plus pour le bus."),
    ("de", "Plus"),
    ("es", "La lectura del informe duró 40 minutos, según los presentes."),
    ("it", "Gli abbonati potranno leggere il piano completo dal 3 marzo."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language,line", READING_CLEAN)
def test_reading_and_subscribers_in_prose_stay_clean(language, line, separator):
    assert_clean(language, line, 3, separator)


# A site's menu on one line, its items split by spaces only, over the
# headline at the top of a naive dump.
SPACED_MENUS = [
    ("es", "Inicio Fútbol LaLiga Premier League Baloncesto Tenis Ciclismo Motor"),
    ("fr", "Accueil Politique Économie Monde Sport Culture Météo"),
    ("en", "Home World UK Business Tech Science Health Arts & Culture"),
    ("de", "Startseite Politik Wirtschaft Sport Kultur Wissen Wetter"),
    ("ja", "ニュース 社会 政治 経済 スポーツ 天気"),
    ("zh", "首页 国内 国际 财经 体育 娱乐 科技"),
    ("ru", "Главная Политика Экономика Общество Спорт Культура"),
    ("ko", "홈 정치 경제 사회 국제 스포츠 연예"),
]


def findings_over_headline(language, line, separator):
    lines = [line] + BODIES[language]
    step = separator.count("\n")
    found = {}
    for d in Linter().lint_text(separator.join(lines) + "\n"):
        found.setdefault((d.line - 1) // step, []).append(f"{d.code} {d.message}")
    return found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language,line", SPACED_MENUS)
def test_a_menu_split_by_spaces_over_the_headline_is_flagged(language, line, separator):
    found = findings_over_headline(language, line, separator)
    assert 0 in found and all(finding.startswith("UI") for finding in found[0]), found
    assert 1 not in found, found  # the headline under it stays the article's


# A title-case headline, names in a row, a short run of section names, a
# headline of section words with words of its own: no menu.
NOT_MENUS = [
    ("en", "Tennis Star Wins Local Business Award"),
    ("en", "Politics Sport Business And The Arts Under One Roof"),
    ("en", "Anna Berg Tom Ruiz Lea Park Sam Cole"),
    ("en", "Sport Business Weather"),
    ("it", "Sport e cultura nella città che cambia"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language,line", NOT_MENUS)
def test_a_headline_or_names_over_the_article_are_no_spaced_menu(language, line, separator):
    found = findings_over_headline(language, line, separator)
    assert not any("split by spaces" in finding for finding in found.get(0, [])), found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_section_names_as_the_only_headline_are_no_spaced_menu(separator):
    # Over the body with nothing between: it may be the page's own title.
    body = BODIES["en"]
    lines = ["News Sport Business Politics Weather"] + body[1:]
    found = [d for d in Linter(select=["UI101"]).lint_text(separator.join(lines) + "\n") if "split by spaces" in d.message]
    assert not found, found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
def test_a_list_of_section_names_inside_the_body_is_no_spaced_menu(place, separator):
    found = findings_by_block("en", "Politics Business Science Health Culture Weather", place, separator)
    assert not any("split by spaces" in finding for finding in found.get(place, [])), found


# Prompts to pass the story on to the reader's contacts and follow the
# channel, in the languages messaging channels write them; a widget's
# prompt for the reader's own area.
PASS_ON = [
    ("pt", "📲 Compartilhe com seus amigos e siga nosso canal!"),
    ("pt", "Compartilhe esta notícia com seus contatos"),
    ("es", "📢 Reenvía este mensaje a tus contactos"),
    ("it", "Condividi con i tuoi amici e segui il canale!"),
    ("fr", "Transférez ce message à vos contacts"),
    ("de", "Leite diese Nachricht an deine Kontakte weiter"),
    ("en", "Forward this message to all your groups"),
    ("en", "Share this with your family and friends!"),
    ("en", "Get the latest news for your area"),
    ("hi", "इस संदेश को अपने सभी दोस्तों को फॉरवर्ड करें"),
    ("hi", "इस खबर को शेयर करें और चैनल को फॉलो करें"),
    ("ru", "Перешлите это сообщение друзьям"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language,line", PASS_ON)
def test_a_prompt_to_pass_the_story_on_is_one_ui_finding(language, line, separator):
    # As the text's last line, where channels put it, and between paragraphs.
    body = BODIES.get(language, BODIES["en"])
    for lines, index in ((body + [line], len(body)), (body[:3] + [line] + body[3:], 3)):
        step = separator.count("\n")
        found = {}
        for d in Linter().lint_text(separator.join(lines) + "\n"):
            found.setdefault((d.line - 1) // step, []).append(f"{d.code} {d.message}")
        assert index in found and all(finding.startswith("UI") for finding in found[index]), found


# The same words in a report: whose contacts, and a sentence that goes on.
PASS_ON_CLEAN = [
    ("en", "Police asked residents to forward the appeal to their neighbours."),
    ("en", "She told listeners to share the recording with their friends, and many did."),
    ("pt", "A prefeitura pediu aos moradores que compartilhem o alerta com os vizinhos."),
    ("en", "The app will show the latest forecast for each area from next week."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language,line", PASS_ON_CLEAN)
def test_a_reported_request_to_pass_something_on_stays_clean(language, line, separator):
    assert_clean(language, line, 3, separator)


# Reprint notices and the source's line with them.
REPRINT = [
    ("zh", "本文来源：新华网 未经授权不得转载"),
    ("zh", "未经许可，不得转载"),
    ("ja", "記事の無断転載を禁じます"),
    ("ko", "<저작권자 © 한빛일보 무단전재-재배포 금지>"),
    ("en", "All rights reserved. This material may not be published, broadcast, rewritten or redistributed."),
    ("ru", "При перепечатке ссылка на источник обязательна"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language,line", REPRINT)
def test_a_reprint_notice_is_one_ui_finding(language, line, separator):
    body = BODIES[language]
    step = separator.count("\n")
    found = {}
    for d in Linter().lint_text(separator.join(body + [line]) + "\n"):
        found.setdefault((d.line - 1) // step, []).append(f"{d.code} {d.message}")
    assert len(body) in found and all(finding.startswith("UI") for finding in found[len(body)]), found


REPRINT_CLEAN = [
    ("zh", "该报道称，未经授权转载他人作品的网站将被处罚。"),
    ("en", "The court said the material may not be published until the trial ends."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language,line", REPRINT_CLEAN)
def test_a_sentence_on_reprints_stays_clean(language, line, separator):
    assert_clean(language, line, 3, separator)


# A caption with its photographer and agency in brackets at its end.
CAPTIONS = [
    ("en", "Crowds gather at the quay before the vote (Sam Dyer/Harbour Times)"),
    ("en", "Engineers inspect the damaged wall on Monday (Jo Bell/Reuters)"),
    ("es", "Vecinos observan las obras del muro del puerto (Ana Ruiz/EFE)"),
    ("de", "Anwohner betrachten die beschädigte Mauer am Hafen (Jens Kahl/Stadt Kiel)"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language,line", CAPTIONS)
def test_a_captions_credit_in_brackets_is_flagged(language, line, separator):
    found = findings_by_block(language, line, 3, separator)
    assert 3 in found and found[3][0].startswith("UI"), found
    assert "(" in found[3][0], found  # the credit, not the caption


# A sentence's source, a result's country, a party, a dateline's agency.
CAPTION_CLEAN = [
    ("en", "The council met on Tuesday to approve the plan (Reuters)"),
    ("en", "LONDON (AP) — The council met on Tuesday to approve the plan."),
    ("en", "Councillor Ann Lee was re-elected for the harbour ward (Lib Dem/Green)."),
    ("en", "Ann Lee waves to the crowd on the quay. She won the ward by 40 votes (Sam Dyer/Harbour Times)"),
    ("en", "The plan was backed by the harbour trust (HT)."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language,line", CAPTION_CLEAN)
def test_a_sentences_own_brackets_stay_clean(language, line, separator):
    assert_clean(language, line, 3, separator)
