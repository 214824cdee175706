"""Furniture that new users' trials found missed (fxui17b): "share this
article", "read more" and reporter credits in other languages, the screen
reader's "Image caption:" with a colon, call-outs with their contact, the
newsletter box's field, appeals by their price, members-only notices, and
page timestamps with a publication label (Nordic dotted clock times, an
Arabic morning or evening mark, Spanish "18:05h").  Each is tried between
an article's paragraphs, where no layout rule helps, in both layouts; and
the same words inside the article's sentences stay clean."""

import pytest

from newslint import Linter

STORY = [
    "Harbour pool to reopen after repairs",
    "The harbour pool will reopen on Saturday after a winter of repairs to its walls and pumps, the town council said on Monday.",
    "Swimmers had raised more than ten thousand pounds towards the work, which the council matched from its leisure budget.",
    "The pool will open from seven in the morning until dusk each day through the summer, with lifeguards at weekends.",
    "The council said the repairs had cost less than expected because volunteers cleared the site themselves.",
]
LAYOUTS = ["\n", "\n\n"]
MIDDLE = 3


def flagged(lines, separator):
    """The indexes (0-based, in ``lines``) of the lines given a UI finding."""
    step = separator.count("\n")
    found = {d.line for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")}
    return [index for index in range(len(lines)) if 1 + index * step in found]


def between_paragraphs(line):
    return STORY[:MIDDLE] + [line] + STORY[MIDDLE:]


FURNITURE = [
    # Share prompts in other languages.
    "Compartilhe esta notícia",
    "Condividi questo articolo",
    "Teilen Sie diesen Beitrag",
    "Deel dit artikel",
    "Udostępnij ten artykuł",
    "[Dela inlägget](https://example.se/dela)",
    # "Read more" labels over another story.
    "Läs också: Skolan som slopade läxorna",
    "Lees meer | Nieuw fietspad langs de Maas",
    "**Weiterlesen:** [Neue Radwege für die Innenstadt](https://example.de/radwege)",
    "More from Leeds: Bus lane scrapped | School wins award",
    # The paper's own reporter, and credits.
    "De notre correspondant à Bruxelles",
    "Von unserem Korrespondenten in Brüssel",
    "Door onze eigen correspondent",
    "Dal nostro inviato a Kyiv",
    "Photo AFP",
    "Foto EFE",
    "Media caption: The moment the bridge gave way",
    "Crédits photos : Archives municipales de Nantes / Jean Morel",
    "_By Amy Lowe · 5 min read_",
    "Muhabir: Mehmet Demir",
    "Фото Ивана Петрова",
    "Фото Марии Ивановой",
    "Фото Олексія Коваленка",
    "About the authors",
    "Über die Autorin",
    # Call-outs, sign-up boxes, appeals, paywalls, teasers.
    "Tried this recipe? Leave a comment and tell us how it turned out",
    "Got a view on this? Send us your pictures via WhatsApp",
    "Share your story: email newsdesk@example.co.uk or call 0161 496 0000",
    "Donate from £5 a month",
    "Enter your email",
    "Recibe cada mañana las noticias más importantes en tu correo",
    "Recevez chaque semaine notre sélection : abonnez-vous, c'est gratuit",
    "Subscribe now and get unlimited access to all our journalism",
    "Assine já e tenha acesso ilimitado a todos os conteúdos",
    "この記事は有料会員限定です。",
    "Tap here to turn on notifications",
    "انضموا إلينا على قناتنا في تيليجرام",
    "【写真】新幹線の新型車両はこちら",
    # A widget's prompt with its label on the same line.
    "Weather for Leeds › Change city",
    "EN VIVO · Toca para activar las notificaciones",
    "Golleri izlemek için tıklayın · Fikstür",
    # Page timestamps with a label.
    "Publicerad 07.45",
    "Oppdatert 13.20",
    "نشر في: 3 يونيو 2026 - 09:15 م",
    "Redacción Mérida · Actualizado 21/05/2027 - 22:40h",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_between_paragraphs_is_found(line, separator):
    assert flagged(between_paragraphs(line), separator) == [MIDDLE]


CLEAN = [
    "Compartir este artículo con sus alumnos fue idea de la directora, que lo imprimió para toda la clase.",
    "Dela artikeln med dina kollegor, sa chefen till de anställda på mötet i måndags.",
    "Läs mer om projektet på kommunens webbplats, uppmanade politikerna invånarna.",
    "Door onze verslaggever te volgen, ontdekten we hoe het netwerk werkte.",
    "De notre correspondant, nous n'avons reçu aucune nouvelle depuis lundi.",
    "Der Korrespondent berichtete von unserem Treffen in Brüssel ausführlich.",
    "The image caption: a phrase the editor used when she described the missing photographs to the court.",
    "Photo AFP shows the moment the ship struck the pier, the court heard.",
    "She said the phrase \"share this article\" had been added by the website, not by the reporter.",
    "Have your say at the public meeting on Thursday, the council urged residents in a letter sent this week.",
    "Made this? The chef laughed when asked whether the cake was really his own work.",
    "Tried it? Yes, and it failed, the engineer admitted at the inquiry on Wednesday.",
    "Send us your photos, the police said, urging witnesses to come forward after the crash on Friday.",
    "Give it a star rating, the app told users, but most ignored it.",
    "Support for local journalism has fallen sharply since 2010, the study found.",
    "Support independent journalism, the minister told the conference, because democracy depends on it.",
    "Enter your email address on the form, the bank told customers, warning them about fake messages.",
    "More from Brussels: the summit ended without a deal on migration, diplomats said.",
    "Assine o contrato e tenha acesso ao terreno, disse o advogado ao cliente durante a reunião.",
    "Recevez chaque jour des dizaines de lettres, explique la maire, qui répond à toutes.",
    "Recibe cada año a miles de turistas, y el pueblo no tiene suficientes plazas de aparcamiento.",
    "Pulsa para activar las alarmas, dijo el técnico mientras enseñaba el sistema a los vecinos.",
    "About the author of the report, little is known beyond her long career at the ministry.",
    "Über die Autorin des Briefes ist wenig bekannt.",
    "By Gareth Pritchard's own account, the journey took three days and most of his savings.",
    "Tuesday's vote: what the council decided and why it matters",
    "他在接受采访时说：“这篇文章我已经分享给了朋友。”",
    "東京都は28日、会員限定の説明会を開いたと発表した。",
    "【動画】という言葉が見出しに使われることが多いと専門家は指摘する。",
    "وقال المتحدث إن الصحيفة تابعت القضية على قناتها منذ البداية، مشيرا إلى أهمية الشفافية.",
    "تابعونا على قناة الواتساب قال المدرب للصحفيين بعد المباراة مازحاً أمس",
    "Фото сделано вчера вечером",
    "Фото президента России",
    "Фото семьи Ивановых",
    # Dates and dotted numbers that are no page timestamp.
    "Rapporten publicerad 2019 visade att 09.14 procent av eleverna saknade behörighet.",
    "Publicerad 2014",
    "Uppdaterad version 2.10",
    "Published 4.5 million copies",
    "وصل القطار في الساعة 11:30 صباحا إلى محطة العلمين بحسب المسؤولين.",
    "Actualizado a las 18:05h, el marcador seguía igual, según la federación.",
    "The 09.14 from Leeds was cancelled, the operator said.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", CLEAN)
def test_the_same_words_in_the_article_stay_clean(line, separator):
    assert flagged(between_paragraphs(line), separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_live_blogs_entry_times_written_with_an_h_stay_clean(separator):
    blog = [
        "Elecciones en Extremadura, en directo",
        "El recuento avanza con rapidez en toda la comunidad y los partidos esperan los primeros datos oficiales.",
        "18:05h",
        "Con el 40% escrutado, el partido del presidente mantiene una ventaja de cuatro escaños sobre la oposición.",
        "18:32h",
        "La participación se sitúa dos puntos por debajo de la registrada en las últimas elecciones autonómicas.",
        "19:10h",
        "El candidato de la oposición comparecerá ante los medios en la sede del partido a las ocho de la tarde.",
    ]
    assert flagged(blog, separator) == []
