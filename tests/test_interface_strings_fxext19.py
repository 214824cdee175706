"""Furniture that trafilatura keeps on blogs and news pages and UI missed,
by class, in the languages pages are written in: a call for comments or a
pointer to the discussion under a post (and the comment list's heading), the
note a page sets in place of an embed that may not load, and a language menu
written in the languages' own names.  And a clean line UI101 took for a
player's label: a game story's "UP NEXT" over the teams' next fixtures.
Every case in both layouts, with the clean text nearest to it (a sentence
about comments or a broken video, a subheading, a list of languages in a
sentence).  Text written for the project."""
import pytest

import lint_support
from lint_support import LAYOUTS
from newslint.api import Linter

BODIES = {
    "en": [
        "Ferry timetable to change in the autumn",
        "The island ferry will leave half an hour earlier from October, the operator said on Monday, so that the last boat reaches the mainland before dark.",
        "Commuters who work late shifts said the change would leave them with no way home on weekday evenings.",
        "The operator said it would run a trial of a later boat on Fridays and decide in the new year whether to keep it.",
    ],
    "es": [
        "El transbordador cambia de horario en otoño",
        "El transbordador de la isla saldrá media hora antes a partir de octubre, anunció el lunes la naviera, para que el último barco llegue antes del anochecer.",
        "Los trabajadores con turnos de tarde dijeron que el cambio los dejará sin forma de volver a casa entre semana.",
        "La naviera probará un barco más tardío los viernes y decidirá en enero si lo mantiene.",
    ],
    "fr": [
        "Le bac change d'horaires à l'automne",
        "Le bac de l'île partira une demi-heure plus tôt à partir d'octobre, a annoncé lundi la compagnie, afin que le dernier bateau arrive avant la nuit.",
        "Les salariés qui finissent tard disent qu'ils n'auront plus de moyen de rentrer chez eux en semaine.",
        "La compagnie testera un bateau plus tardif le vendredi et décidera en janvier de le garder ou non.",
    ],
    "de": [
        "Neuer Fahrplan für die Inselfähre im Herbst",
        "Die Inselfähre legt ab Oktober eine halbe Stunde früher ab, teilte die Reederei am Montag mit, damit das letzte Schiff vor Einbruch der Dunkelheit ankommt.",
        "Pendler mit Spätschichten sagten, sie kämen dann unter der Woche abends nicht mehr nach Hause.",
        "Die Reederei will freitags ein späteres Schiff testen und im Januar entscheiden, ob es bleibt.",
    ],
    "pt": [
        "Balsa muda de horário no outono",
        "A balsa da ilha vai partir meia hora mais cedo a partir de outubro, anunciou a empresa na segunda-feira, para que o último barco chegue antes do anoitecer.",
        "Quem trabalha no turno da noite disse que a mudança vai deixar os passageiros sem como voltar para casa durante a semana.",
        "A empresa vai testar um barco mais tarde às sextas-feiras e decide em janeiro se o mantém.",
    ],
    "it": [
        "Il traghetto cambia orario in autunno",
        "Il traghetto dell'isola partirà mezz'ora prima da ottobre, ha annunciato lunedì la compagnia, perché l'ultima corsa arrivi prima del buio.",
        "I pendolari che finiscono tardi dicono che resteranno senza un modo per tornare a casa nei giorni feriali.",
        "La compagnia proverà una corsa più tarda il venerdì e deciderà a gennaio se mantenerla.",
    ],
    "ru": [
        "Паром на остров меняет расписание осенью",
        "С октября паром будет отправляться на полчаса раньше, сообщил в понедельник перевозчик, чтобы последний рейс приходил до темноты.",
        "Пассажиры, которые работают допоздна, говорят, что в будни им будет не на чем вернуться домой.",
        "Перевозчик обещал по пятницам пустить поздний рейс на пробу и в январе решить, оставлять ли его.",
    ],
}
# Where the line under test goes: between two paragraphs, and after the last.
PLACES = (3, 4)


def flagged_blocks(language, line, place, separator):
    return lint_support.findings_by_block(BODIES[language], line, place, separator, select=("UI",))


def assert_flagged_alone(language, line, place, separator):
    found = flagged_blocks(language, line, place, separator)
    assert place in found, found
    assert not set(found) - {place}, found


def assert_clean(language, line, place, separator):
    found = flagged_blocks(language, line, place, separator)
    assert not found, found


# A call for comments, a pointer to the discussion under the post, and the
# comment list's heading as a blog platform writes it.
COMMENT_PROMPTS = [
    ("en", "There's lots more debate going on in the comments below…"),
    ("en", "What do you think? Tell us in the comments."),
    ("en", "Share your thoughts in the comments section!"),
    ("en", "Join the conversation in the comments below"),
    ("en", "14 thoughts on “Ferry timetable to change in the autumn”"),
    ("en", "Trackbacks/Pingbacks"),
    ("es", "¿Qué opinas? Cuéntanos en los comentarios."),
    ("es", "Únete a la conversación en los comentarios"),
    ("fr", "Donnez votre avis en commentaire !"),
    ("fr", "Rejoignez la discussion ci-dessous"),
    ("de", "Sagen Sie uns Ihre Meinung in den Kommentaren!"),
    ("de", "Diskutieren Sie mit im Forum"),
    ("pt", "Conta pra gente nos comentários o que você achou!"),
    ("pt", "Deixe a sua opinião nos comentários abaixo"),
    ("it", "Fateci sapere cosa ne pensate nei commenti!"),
    ("it", "Scrivetelo nei commenti qui sotto"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", COMMENT_PROMPTS)
def test_a_call_for_comments_on_its_own_line_is_furniture(language, line, place, separator):
    assert_flagged_alone(language, line, place, separator)


# A note in place of an embed that may not load, with the link to it.
EMBED_FALLBACKS = [
    ("en", "(Chart not showing? Here is the link.)"),
    ("en", "Not loading? View it here."),
    ("en", "Map not displaying properly"),
    ("en", "Having problems viewing the poll? Open it in a new tab."),
    ("es", "¿No se ve el mapa? Ábrelo aquí."),
    ("fr", "Le graphique ne s'affiche pas ? Cliquez ici."),
    ("de", "Die Karte wird nicht angezeigt? Hier klicken."),
    ("pt", "O mapa não carrega? Veja aqui."),
    ("it", "La mappa non si carica? Apri qui."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", EMBED_FALLBACKS)
def test_an_embeds_fallback_note_is_furniture(language, line, place, separator):
    assert_flagged_alone(language, line, place, separator)


# A language menu: languages named in their own tongue, with separators or
# spaces only, a row of a layout table or a plain line.
LANGUAGE_MENUS = [
    ("en", "English | Español | Français | Deutsch"),
    ("en", "| Italiano | Portugues |"),
    ("en", "Deutsch · English"),
    ("es", "Español English Català"),
    ("de", "Deutsch / English / Türkçe"),
    ("pt", "Português | English | Español"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", LANGUAGE_MENUS)
def test_a_language_menu_is_furniture(language, line, place, separator):
    assert_flagged_alone(language, line, place, separator)


# The nearest clean text: sentences that speak of comments, discussions,
# broken videos and languages, a subheading, and a paragraph that a writer
# ends by asking for comments (the paragraph's own words).
CLEAN = [
    ("en", "Readers kept the debate going in the comments for days after the timetable was announced."),
    ("en", "Why the late boat matters"),
    ("en", "The video of the meeting would not load on the council's website for most of the evening."),
    ("en", "Staff at the terminal speak English and French, and signs are in both."),
    ("en", "Have you been stranded on the mainland? I have, twice this month. Let us know in the comments!"),
    ("en", "Two thoughts on the timetable stood out at the meeting: the cost of a late boat and who would crew it."),
    ("es", "Los vecinos discutieron el horario durante días en los comentarios de la página de la naviera."),
    ("fr", "La vidéo de la réunion ne s'affichait pas sur le site de la mairie, ont regretté plusieurs habitants."),
    ("de", "Viele Leser haben ihre Meinung zum Fahrplan in Briefen an die Redaktion geschrieben."),
    ("pt", "Os passageiros deixaram a sua opinião num abaixo-assinado entregue à empresa."),
    ("it", "Nei commenti sotto il post della compagnia, molti pendolari hanno chiesto una corsa serale."),
    # The embed's question asked by the writer, the answer a sentence of
    # the article's, no link (review19: each was reported as a fallback note).
    ("en", "Having trouble viewing the map? You are not alone: the operator's site crashed twice."),
    ("en", "Trouble viewing the video? So were we, until the operator fixed its website."),
    ("es", "¿No se ve el mapa? Los vecinos llevan semanas quejándose del mismo fallo."),
    ("fr", "La carte ne s'affiche pas ? Les habitants se plaignent depuis des semaines."),
    ("de", "Das Video wird nicht angezeigt? Pendler beschweren sich seit Wochen."),
    ("pt", "O mapa não carrega? Os moradores reclamam do mesmo problema há semanas."),
    ("it", "La mappa non si carica? I pendolari se ne lamentano da settimane."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", CLEAN)
def test_the_articles_own_line_stays_clean(language, line, place, separator):
    assert_clean(language, line, place, separator)


GAME_STORY = [
    "Harbour Town beat Millbrook 3-1 on Saturday for their fourth home win in a row.",
    "Millbrook led at the break through a header from their captain, but the home side scored three times in twenty minutes after it.",
    "The win lifts Harbour Town to third in the table, two points behind the leaders with a game in hand.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_game_storys_up_next_over_the_fixtures_stays_clean(separator):
    # A news agency's match report ends with each team's next fixture
    # under "UP NEXT": the report's, not a video player's label.
    text = separator.join(GAME_STORY + ["UP NEXT", "Harbour Town: Host Eastfield on Wednesday.", "Millbrook: At Northgate on Saturday."]) + "\n"
    assert not list(Linter(select=["UI"]).lint_text(text))


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_players_up_next_over_another_video_is_still_furniture(separator):
    text = separator.join(GAME_STORY + ["Up next", "Highlights: all four goals from the derby"]) + "\n"
    step = separator.count("\n")
    flagged = {(d.line - 1) // step for d in Linter(select=["UI"]).lint_text(text)}
    assert len(GAME_STORY) in flagged


def flagged_lines(lines, separator):
    """Indexes of the lines with a UI finding."""
    step = separator.count("\n")
    return {(d.line - 1) // step for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")}


# A review's verdict box: what is good and what is bad, each label over a
# few short items (UI107 took them for a menu, UI109 for lines after the
# body).  The box is the review's; a menu beside it is still a menu.
REVIEWS = {
    "en": (["Verdict", "Pros", "Two days on a charge", "Bright screen", "Cons", "Grainy night photos", "Slow to charge"],
           "The new phone lasts two days on a charge, but its camera falls behind rivals that cost the same."),
    "de": (["Fazit", "Vorteile", "Große Reichweite", "Gute Federung", "Nachteile", "Hohes Gewicht", "Teures Zubehör"],
           "Der neue E-Roller fährt bis zu 45 Kilometer mit einer Ladung und lässt sich schnell zusammenklappen."),
    "es": (["Lo mejor", "Batería de larga duración", "Teclado cómodo", "Lo peor", "Pantalla poco brillante", "Altavoces flojos"],
           "El nuevo portátil cuesta menos de 500 euros y su batería dura una jornada completa de clases."),
    "fr": (["Points forts", "Autonomie record", "Écran lumineux", "Points faibles", "Photos de nuit bruitées", "Charge lente"],
           "Le nouveau téléphone tient deux jours sur une charge, mais son appareil photo reste en retrait."),
}
REVIEW_PROSE = [
    "We used it every day for three weeks, on the commute, at work and at home in the evenings.",
    "It never crashed, and the software updates arrived on time, which is more than some rivals manage.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language", REVIEWS)
def test_a_reviews_pros_and_cons_stay_clean(language, separator):
    box, opening = REVIEWS[language]
    assert not flagged_lines([opening] + REVIEW_PROSE + box, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_menu_beside_a_verdict_box_is_still_a_menu(separator):
    box, opening = REVIEWS["en"]
    menu = ["Home", "Reviews", "Phones", "Laptops", "Deals"]
    lines = [opening] + REVIEW_PROSE + box + menu
    found = flagged_lines(lines, separator)
    assert set(range(len(lines) - len(menu), len(lines))) <= found
    assert not found & set(range(len(lines) - len(menu)))


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_one_label_without_its_opposite_is_no_verdict_box(separator):
    # "Pros" over items with no "Cons" after them: no box, so a run of
    # short lines after the body is judged as before.
    box, opening = REVIEWS["en"]
    lines = [opening] + REVIEW_PROSE + ["Pros", "Home", "Reviews", "Phones", "Deals"]
    assert set(range(3, len(lines))) <= flagged_lines(lines, separator)


TIMELINE = [
    "The row over the old swing bridge has lasted more than a decade. Here are the main moments.",
    "2012", "Engineers find cracks in the bridge's main girder and limit it to cars.",
    "2015", "The council proposes replacing the bridge, and residents object to the cost.",
    "2019", "A public inquiry backs repairs instead of a new bridge.",
    "The bridge is due to reopen in the spring, the council said this week.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_timelines_years_are_no_counters(separator):
    assert not flagged_lines(TIMELINE, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_lone_number_between_paragraphs_is_still_a_counter(separator):
    # One year alone makes no timeline; a widget's number stays UI103's.
    lines = [TIMELINE[0], "Share this article", "2012", TIMELINE[2], TIMELINE[-1]]
    assert {1, 2} <= flagged_lines(lines, separator)


RESULTS = {
    "de": ["Bei der Kommunalwahl am Sonntag hat die Bürgerliste ihre Mehrheit im Stadtrat knapp verteidigt.",
           "Die Wahlbeteiligung lag mit 54 Prozent etwas höher als vor fünf Jahren.",
           "Bürgerliste", "41,2 Prozent", "Grüne", "22,5 Prozent", "SPD", "18,1 Prozent", "CDU", "12,7 Prozent",
           "Der neue Stadtrat tritt im Juni zum ersten Mal zusammen."],
    "en": ["The Independents kept their majority on the town council in Sunday's election, by two seats.",
           "Turnout was 54 per cent, a little higher than five years ago.",
           "Independents", "41.2%", "Greens", "22.5%", "Labour", "18.1%", "Conservatives", "12.7%",
           "The new council meets for the first time in June."],
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language", RESULTS)
def test_results_set_out_as_label_and_figure_lines_are_no_menu(language, separator):
    assert not flagged_lines(RESULTS[language], separator)


# A site's account forms and their messages, kept beside an article.
ACCOUNT_FORMS = [
    ("en", "Forgot your user name or password?"),
    ("en", "The e-mail address you entered is already in use."),
    ("en", "An account already exists for this email address"),
    ("en", "Fields marked with an asterisk are required"),
    ("en", "Please click on the link inside the email we sent you to finish signing up"),
    ("en", "Log in / Register"),
    ("es", "¿Has olvidado tu contraseña?"),
    ("es", "¿Aún no tienes cuenta? Regístrate"),
    ("fr", "Identifiant ou mot de passe oublié ?"),
    ("fr", "Ce champ est obligatoire."),
    ("de", "Noch kein Konto? Hier registrieren"),
    ("de", "Bitte geben Sie eine gültige E-Mail-Adresse ein."),
    ("pt", "Ainda não tem uma conta? Registre-se"),
    ("it", "Hai dimenticato la password?"),
    ("ru", "Забыли пароль?"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", ACCOUNT_FORMS)
def test_an_account_forms_string_is_furniture(language, line, place, separator):
    assert_flagged_alone(language, line, place, separator)


# How-to steps and sentences about accounts and passwords: the article's.
ACCOUNT_CLEAN = [
    ("en", "Enter your password and tap the green button."),
    ("en", "Sign in with your bank card and the code the machine shows you."),
    ("en", "Your password must be at least twelve characters long, the operator's help page says."),
    ("en", "Passengers who forgot their passwords were sent new ones by text message within the hour."),
    ("en", "Have you been stranded on the mainland? Create an account on the operator's website to get alerts."),
    ("de", "Wer sein Passwort vergessen hat, bekommt am Schalter ein neues."),
    ("fr", "Les passagers qui n'ont pas de compte pourront acheter leur billet au guichet."),
    ("es", "Los pasajeros que olvidaron su contraseña recibieron una nueva por mensaje."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", ACCOUNT_CLEAN)
def test_the_articles_words_on_accounts_stay_clean(language, line, place, separator):
    assert_clean(language, line, place, separator)


# A blog's link to its previous or next post with the post's title and no
# colon between, and a comment form's messages.
PREVIOUS_NEXT_AND_COMMENT_FORMS = [
    ("en", "Previous Post Lantern parade moves to the harbour"),
    ("en", "Next story Why the swing bridge closes in May"),
    ("en", "NEWER POST » Ten quiet beaches within an hour of town"),
    ("es", "Artículo anterior El mercado de abastos amplía su horario"),
    ("fr", "Article suivant Les bus de nuit reviennent cet été"),
    ("de", "Nächster Beitrag Neue Radwege für die Altstadt"),
    ("en", "Your comment is awaiting moderation."),
    ("en", "This is only a preview. Your comment has not yet been posted."),
    ("en", "Comments are moderated, and will not appear until approved by the author."),
    ("es", "Tu comentario está pendiente de moderación."),
    ("fr", "Votre commentaire est en attente de modération."),
    ("de", "Ihr Kommentar wartet auf Freischaltung."),
    ("pt", "Seu comentário está aguardando moderação."),
    ("it", "Il tuo commento è in attesa di moderazione."),
    # With the form's own words after it.
    ("en", "Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved."),
    ("es", "Tu comentario está pendiente de moderación. Gracias por participar."),
    ("de", "Ihr Kommentar wartet auf Freischaltung. Vielen Dank für Ihren Beitrag!"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", PREVIOUS_NEXT_AND_COMMENT_FORMS)
def test_a_link_to_the_next_post_or_a_comment_forms_message_is_furniture(language, line, place, separator):
    assert_flagged_alone(language, line, place, separator)


PREVIOUS_NEXT_CLEAN = [
    ("en", "Next story time at the library is on Saturday morning, the staff said."),
    ("en", "Previous articles in this series looked at the harbour and the ferry."),
    ("en", "Next Post Office to close is the one on Mill Lane, the company said."),
    ("es", "El artículo anterior del reglamento prohibía las obras de noche."),
    ("de", "Der nächste Beitrag der Serie erscheint am Samstag."),
    ("en", "Readers told us their comments were moderated too harshly on the old site."),
    # The form's message quoted by a sentence of the article after it
    # (review19: each was reported as a comment form's message).
    ("en", "Your comment is awaiting moderation. That message greeted hundreds of readers who tried to complain online."),
    ("es", "Tu comentario está pendiente de moderación. Ese aviso vieron cientos de vecinos que intentaron quejarse en la web."),
    ("fr", "Votre commentaire est en attente de modération. Ce message, des centaines d'habitants l'ont vu en voulant se plaindre."),
    ("de", "Ihr Kommentar wartet auf Freischaltung. Diese Meldung sahen Hunderte Anwohner, die sich im Netz beschweren wollten."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("language,line", PREVIOUS_NEXT_CLEAN)
def test_sentences_about_next_stories_and_comments_stay_clean(language, line, place, separator):
    assert_clean(language, line, place, separator)


SPEC_BOXES = {
    "en": ["Review: a light electric bike for the city",
           "The new electric bike promises 120 kilometres on a charge and weighs less than 20 kilos.",
           "We rode it for two weeks in town and on the country roads around it, in rain and in sun.",
           "Motor", "250 W, in the rear hub", "Battery", "500 Wh, removable", "Weight", "19.8 kg", "Price", "2,490 euros",
           "The bike is on sale now from the brand's dealers, with a two-year warranty on the battery and the motor."],
    "fr": ["Essai : un vélo électrique léger pour la ville",
           "Le nouveau vélo électrique de la marque promet 120 kilomètres d'autonomie et pèse moins de 20 kilos.",
           "Nous l'avons testé pendant deux semaines en ville et sur les routes de campagne autour de la ville.",
           "Moteur", "250 W, dans le moyeu arrière", "Batterie", "500 Wh, amovible", "Poids", "19,8 kg", "Prix", "2 490 euros",
           "Le vélo est disponible dès maintenant chez les revendeurs de la marque, avec une garantie de deux ans."],
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language", SPEC_BOXES)
def test_a_fact_box_of_labels_over_figures_and_the_paragraph_after_it_stay_clean(language, separator):
    # A definition list as an extractor writes it, a label over its value:
    # UI109 took the box and the last paragraph under it for the page's.
    assert not flagged_lines(SPEC_BOXES[language], separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_menu_after_the_last_paragraph_is_still_furniture(separator):
    lines = SPEC_BOXES["en"] + ["Home", "Reviews", "Bikes", "Deals", "Contact us"]
    found = flagged_lines(lines, separator)
    assert set(range(len(SPEC_BOXES["en"]), len(lines))) <= found
    assert not found & set(range(len(SPEC_BOXES["en"])))


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_an_obituarys_born_and_died_box_stays_clean(separator):
    lines = ["John Hale, who ran the town's harbour for nearly thirty years, has died at the age of 84.",
             "He steered the harbour through the storms of 1987 and the closure of the fish market, and trained a generation of pilots.",
             "Born", "12 March 1940, Westhaven", "Died", "3 May 2024, Westhaven",
             "He is survived by his wife, Ann, and their two sons, who both work at the harbour today."]
    assert not flagged_lines(lines, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_pages_counters_in_turn_with_their_labels_are_still_furniture(separator):
    # "Comments" over "12", "Shares" over "40": interface strings, so no
    # table of the article's.
    lines = SPEC_BOXES["en"] + ["Comments", "12", "Shares", "40"]
    assert {len(SPEC_BOXES["en"]), len(SPEC_BOXES["en"]) + 2} <= flagged_lines(lines, separator)


MEASURED_BOXES = {
    "ja": ["港の新しい防潮堤、来春着工へ",
           "市は、港に沿った新しい防潮堤の工事を来年春に始めると発表した。",
           "総工費は約40億円で、完成までに3年かかる見込みだ。",
           "工事の概要", "全長1.2キロ", "高さ6メートル", "工期3年",
           "市の担当者は「住民の安全を第一に工事を進めたい」と話している。"],
    "en": ["Harbour wall work to start in the spring",
           "The council will start building the new sea wall along the harbour next spring, it said on Tuesday.",
           "The work will cost about 40 million and take three years, with the road kept open throughout.",
           "The wall in figures", "1.2 km long", "6 metres high", "3 years of work",
           "A council officer said the safety of the people who live on the front would come first throughout the work."],
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language", MEASURED_BOXES)
def test_a_fact_boxs_measured_items_and_the_paragraph_after_stay_clean(language, separator):
    assert not flagged_lines(MEASURED_BOXES[language], separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_counters_between_paragraphs_are_no_fact_box(separator):
    # Interface strings with their counts stay furniture.
    lines = MEASURED_BOXES["en"][:3] + ["12 comments", "Share 45", "Page 1 of 3"] + MEASURED_BOXES["en"][-1:]
    assert {3, 4, 5} <= flagged_lines(lines, separator)


NEWSLETTER_BOXES = {
    "en": ["Harbour Sport Newsletter", "Get the week's match reports, transfer news and our team of the week, every Friday.",
           "Thanks for signing up!"],
    "es": ["Suscríbete a nuestro boletín", "Cada viernes, las crónicas de los partidos y los fichajes de la semana en tu correo.",
           "Gracias por suscribirte"],
    "de": ["Newsletter abonnieren", "Jeden Freitag die Spielberichte und Transfers der Woche direkt in Ihr Postfach.",
           "Vielen Dank für Ihre Anmeldung"],
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language", NEWSLETTER_BOXES)
def test_a_newsletter_boxs_description_between_its_strings_is_furniture(language, separator):
    body = BODIES[language]
    lines = body[:3] + NEWSLETTER_BOXES[language] + body[3:]
    assert {3, 4, 5} <= flagged_lines(lines, separator)
    assert not flagged_lines(lines, separator) - {3, 4, 5}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_sentence_about_a_newsletter_between_paragraphs_stays_clean(separator):
    body = BODIES["en"]
    lines = body[:3] + ["The operator's newsletter will carry the new times every Friday, a spokeswoman said."] + body[3:]
    assert not flagged_lines(lines, separator)


# A row of the place and desk that filed and the page's update stamp.
PLACE_DESK_STAMPS = [
    ("en", "New Delhi, Harbour News Bureau | Updated : 19 November 2019, 09:01 AM"),
    ("en", "Westhaven, Courier Desk | Updated: 19 November 2019, 09:01 AM"),
    ("pt", "Lisboa, Redação | Atualizado: 19/11/2019 09:01"),
]
PLACE_DESK_CLEAN = [
    ("en", "New Delhi, the capital, was covered in smog on 19 November 2019, officials said."),
    ("en", "Westhaven, England | The harbour reopened on 19 November after three weeks of repairs."),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", (1, 3))
@pytest.mark.parametrize("language,line", PLACE_DESK_STAMPS)
def test_a_place_and_desk_with_the_pages_stamp_is_furniture(language, line, place, separator):
    assert_flagged_alone(language, line, place, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("place", (1, 3))
@pytest.mark.parametrize("language,line", PLACE_DESK_CLEAN)
def test_a_sentence_with_a_place_and_a_date_stays_clean(language, line, place, separator):
    assert_clean(language, line, place, separator)
