"""UI false alarms a new user's trial of clean articles found (trial16b),
each beside the furniture that must still be flagged nearby, in both
layouts (one block a line, a blank line between blocks)."""

import pytest

from growth import assert_linear
from newslint import Linter

LAYOUTS = ["\n", "\n\n"]


def flagged(lines, separator, select=("UI",)):
    """The findings as (line of the block, code): blocks counted from 1
    whatever the layout."""
    text = separator.join(lines) + "\n"
    step = separator.count("\n")
    return [((finding.line - 1) // step + 1, finding.code) for finding in Linter(select=list(select)).lint_text(text)]


# F. A naive dump's head: a short headline over a dateline and a byline.
STRIKE_BODY = [
    "Dock workers at the port voted on Tuesday to end a two-week strike over pay and shift patterns.",
    "The union said members had accepted a 4% rise and a shorter rota, and that work would resume at dawn.",
    "Shipping lines said it would take a week to clear the backlog of containers waiting at anchor.",
]
STREIK_BODY = [
    "Die Hafenarbeiter haben am Dienstag beschlossen, den zweiwöchigen Streik um Löhne und Schichtpläne zu beenden.",
    "Die Gewerkschaft sagte, die Mitglieder hätten eine Erhöhung um vier Prozent und einen kürzeren Dienstplan angenommen.",
    "Die Reedereien erklärten, es werde eine Woche dauern, den Rückstau der Container vor Anker abzubauen.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize(
    "head, body",
    [
        (["Harbour strike ends", "Rotterdam", "Anna Berg"], STRIKE_BODY),
        (["Harbour strike ends", "Rotterdam, 4 May", "Anna Berg"], STRIKE_BODY),
        (["Streik beendet", "Rotterdam", "Anna Berg"], STREIK_BODY),
    ],
)
def test_a_short_headline_over_its_dateline_and_byline_is_no_menu(head, body, separator):
    assert flagged(head + body, separator, ["UI107", "UI109"]) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_menu_above_the_headline_block_is_still_a_menu(separator):
    menu = ["World", "Business", "Sport", "Weather"]
    found = flagged(menu + ["Harbour strike ends", "Rotterdam", "Anna Berg"] + STRIKE_BODY, separator, ["UI107"])
    assert found == [(1, "UI107"), (2, "UI107"), (3, "UI107"), (4, "UI107")]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_menu_straight_over_the_body_is_still_a_menu(separator):
    # No headline: the menu's last item, nearest the body, names nothing the body does.
    found = flagged(["World News", "Business", "Science and Tech"] + STRIKE_BODY, separator, ["UI107"])
    assert found == [(1, "UI107"), (2, "UI107"), (3, "UI107")]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_menus_last_item_over_the_headline_is_still_the_menus(separator):
    # "Port News" shares "port" with the body, so the head UI109 finds starts
    # there; the menu runs on into it, and only the headline down is left out.
    menu = ["Classifieds", "Back Issues", "Site Map", "Port News"]
    found = flagged(menu + ["Harbour strike ends", "Rotterdam", "Anna Berg"] + STRIKE_BODY, separator, ["UI107"])
    assert found == [(1, "UI107"), (2, "UI107"), (3, "UI107"), (4, "UI107")]


LISTING = [
    "Телепрограмма на воскресенье",
    "Первый канал",
    "09:00 «Непутёвые заметки»",
    "12:15 «Видели видео?»",
    "21:00 «Время»",
    "Россия 1",
    "11:00 «Вести»",
    "20:00 «Вести недели» с Дмитрием Киселёвым",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_listings_title_over_its_first_channel_is_no_menu(separator):
    assert flagged(LISTING, separator, ["UI107"]) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_menu_under_a_listings_title_is_still_a_menu(separator):
    # (The run goes on into the first channel's name and entry, as a menu
    # over any short lines does: the title alone is left out of it.)
    found = flagged(LISTING[:1] + ["Главная", "Новости", "Спорт"] + LISTING[1:], separator, ["UI107"])
    assert (1, "UI107") not in found and {(2, "UI107"), (3, "UI107"), (4, "UI107")} <= set(found)


# B. A speech transcript's audience cues said twice.
SPEECH = [
    "Thank you, all of you, for coming out on such a cold morning. Please, sit down, it is cold enough already.",
    "{cue}",
    "Eleven years ago a group of people stood on this platform, which was then a car park, and said that one day there would be a tram here.",
    "(Applause)",
    "This line is six and a half miles long and has fourteen stops, and it will carry twenty thousand people a day.",
    "{cue}",
    "And now, if someone can find me the scissors, let us open it, and then we can all go and get warm.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize(
    "cue", ["(Laughter)", "(Applause.)", "APPLAUSE", "(Cheers)", "(Laughter and applause)", "(Risas)", "(Applaus)", "(Rires)", "（笑）"]
)
def test_a_transcripts_audience_cue_said_twice_is_the_speechs(cue, separator):
    assert flagged([line.format(cue=cue) for line in SPEECH], separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("label", ["(Advertisement)", "ADVERTISEMENT", "(Video)", "(Reuters)"])
def test_a_label_in_a_cues_shape_said_twice_is_still_repeated_furniture(label, separator):
    found = flagged([line.format(cue=label) for line in SPEECH], separator, ["UI106"])
    assert found == [(2, "UI106"), (6, "UI106")]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_caption_said_twice_between_paragraphs_is_still_repeated(separator):
    found = flagged([line.format(cue="Crowds at the new tram stop") for line in SPEECH], separator, ["UI106"])
    assert found == [(2, "UI106"), (6, "UI106")]


# C. A letters page that ends with the paper's note on its letters.
LETTERS = [
    "Letters to the editor",
    "Speed cameras are not a tax",
    "Sir, your correspondent (Letters, 9 May) describes the new average-speed cameras on the A38 as a stealth tax on motorists. Nobody is taxed who drives at the limit, and since the cameras arrived I have let my children cycle to school.",
    "Dr Jane Pallister, Exeter",
    "Libraries deserve better",
    "Sir, the proposal to close four branch libraries to save money is short-sighted. My local library is where I learned English when I arrived from Poland, and where my mother goes every Tuesday to use a computer.",
    "Marta Kowalczyk, Swindon",
    "Dogs on the beach",
    "Sir, may I, as a dog owner, ask my fellow owners to pick up after their animals on Woolacombe sands? It is the few who do not who will get us all banned.",
    "Peter Hale, Braunton",
]
LETTERS_NOTE = ["Letters may be edited for length.", "Please include a full postal address."]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("note", [LETTERS_NOTE[:1], LETTERS_NOTE, [" ".join(LETTERS_NOTE)]])
def test_a_letters_page_closed_by_the_papers_note_is_all_letters(note, separator):
    assert flagged(LETTERS + note, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_german_letters_page_closed_by_the_papers_note_is_all_letters(separator):
    page = [
        "Briefe an die Redaktion",
        "Zum Artikel „Die Stadt plant eine Seilbahn“ vom 3. Mai:",
        "Eine Seilbahn über den Rhein mag schick aussehen, aber sie löst kein einziges Verkehrsproblem der Pendler aus dem Umland.",
        "Karl-Heinz Weber, Bonn",
        "Zum Kommentar „Mehr Mut beim Wohnungsbau“:",
        "Ich wohne seit vierzig Jahren in der Südstadt und erlebe, wie junge Familien wegziehen müssen, weil sie keine bezahlbare Wohnung finden.",
        "Ingrid Schäfer, Köln",
        "Die Redaktion behält sich Kürzungen vor. Leserbriefe geben nicht unbedingt die Meinung der Redaktion wieder.",
    ]
    assert flagged(page, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_other_stories_headlines_inside_an_article_with_a_closing_note_are_still_flagged(separator):
    # One "name, place" line is no letters page: the headlines under it stay a related list.
    article = [
        "Speed cameras on the A38 caught fewer drivers in their second year, the county council said on Monday.",
        "The council said the average-speed cameras had been switched on along a twelve-mile stretch in March last year.",
        "Jane Pallister, Exeter",
        "Harbour strike ends after two weeks",
        "Cocoa hits a record on dry weather",
        "Councillors will review the scheme in the spring, when a full year of figures from the police is available.",
        "This article was amended on 4 May to correct the length of the stretch.",
    ]
    found = {line for line, code in flagged(article, separator) if code == "UI109"}
    assert {4, 5} <= found


# E. A press release's label, proven by its contact line in the release's own language.
SINES = [
    "COMUNICADO DE IMPRENSA",
    "Porto de Sines bate recorde de movimentação de contentores",
    "Sines, 15 de janeiro de 2025 – O Porto de Sines movimentou 1,9 milhões de TEU em 2024, um crescimento de 8% face ao ano anterior.",
    "O Terminal XXI, concessionado à PSA, foi responsável pela quase totalidade do volume movimentado durante o ano.",
    "«Sines consolida-se como a porta atlântica da Península Ibérica», afirmou o presidente do conselho de administração.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize(
    "contact",
    [
        "Para mais informações: gabinete de comunicação, imprensa@exemplo.pt.",
        "Contacto de imprensa: Rita Sousa, 269 860 600",
        "Contactos para a imprensa: imprensa@exemplo.pt",
        "Assessoria de imprensa: imprensa@exemplo.com.br",
    ],
)
def test_a_portuguese_release_proven_by_its_contact_keeps_its_label(contact, separator):
    assert flagged(SINES + [contact], separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize(
    "label, body, contact",
    [
        (
            "Comunicato stampa",
            ["Il Comune di Lucca apre una nuova biblioteca di 2.400 metri quadrati nell'ex mercato coperto del centro storico.",
             "Il progetto è costato 7,8 milioni di euro, finanziati per metà dallo Stato e per metà dalla Regione Toscana.",
             "«Sarà un luogo aperto a tutti, sei giorni su sette», ha dichiarato la sindaca durante la presentazione."],
            "Ufficio stampa: Marco Neri, stampa@comune.example",
        ),
        (
            "Persbericht",
            ["De gemeente Zwolle opent op 3 februari een nieuwe bibliotheek van 2.400 vierkante meter in de oude graanhal.",
             "Het project kostte 7,8 miljoen euro, voor de helft betaald door het Rijk en voor de helft door de provincie.",
             "„Dit wordt een plek voor iedereen, zes dagen per week”, zei de burgemeester bij de presentatie van de plannen."],
            "Perscontact: Anne de Vries, 038 498 9111",
        ),
        (
            "Pressmeddelande",
            ["Västerås kommun öppnar den 3 februari ett nytt bibliotek på 2 400 kvadratmeter i den gamla saluhallen.",
             "Projektet kostade 78 miljoner kronor, som betalades till hälften av staten och till hälften av regionen.",
             "– Det här blir en plats för alla, sex dagar i veckan, sade kommunstyrelsens ordförande vid invigningen."],
            "Presskontakt: Anna Lind, press@vasteras.example",
        ),
    ],
)
def test_a_release_proven_by_its_contact_in_its_own_language_keeps_its_label(label, body, contact, separator):
    assert flagged([label] + body + [contact], separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_release_label_on_a_page_that_shows_no_release_is_still_judged(separator):
    # A site's contact line is no press contact: the label over a news story stays the page's.
    found = flagged(SINES + ["Contactos: geral@exemplo.pt"], separator, ["UI109"])
    assert (1, "UI109") in found


# G. A TV listing: channels over time-led entries, in French as in English.
PROGRAMME = [
    "Programme télé du samedi soir",
    "TF1",
    "21h10 : The Voice, la plus belle voix. Les auditions à l'aveugle se poursuivent.",
    "23h20 : The Voice, la suite.",
    "France 2",
    "21h10 : Les Enquêtes de Morse. Téléfilm policier britannique (saison 2, épisode 3).",
    "22h50 : On est en direct, talk-show présenté par Laurent Ruquier.",
    "France 3",
    "21h10 : Meurtres à Colmar. Un vigneron est retrouvé mort dans sa cuve.",
    "Arte",
    "20h50 : L'Odyssée des oiseaux migrateurs, documentaire.",
    "22h25 : Concert : Yo-Yo Ma joue Bach à la Philharmonie.",
    "Notre choix : la soirée d'Arte, un documentaire magnifique suivi d'un concert rare.",
]
GUIDE = [
    "Saturday night TV guide",
    "BBC One",
    "9.10pm: The Voice, the finest voice. The blind auditions continue with more hopefuls.",
    "11.20pm: The Voice, the sequel.",
    "BBC Two",
    "9.10pm: Inspector Morse. British police drama (series 2, episode 3).",
    "10.50pm: Live at Ten, a talk show hosted by Laurence Rook.",
    "ITV1",
    "9.10pm: Murders in Colmar. A winemaker is found dead in his vat.",
    "Channel 4",
    "8.50pm: The Odyssey of Migrating Birds, documentary.",
    "10.25pm: Concert: Yo-Yo Ma plays Bach at the Philharmonie.",
    "Our pick: Channel 4's evening, a magnificent documentary followed by a rare concert.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("listing", [PROGRAMME, GUIDE], ids=["fr", "en"])
def test_a_tv_listings_channels_and_entries_are_the_articles(listing, separator):
    assert flagged(listing, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_the_page_around_a_tv_listing_is_still_furniture(separator):
    menu = ["Accueil", "Télévision", "Cinéma", "Séries"]
    related = ["À lire aussi", "Les meilleures séries de l'automne", "Le retour de Koh-Lanta", "Notre sélection de podcasts"]
    found = {line for line, _ in flagged(menu + PROGRAMME + related, separator)}
    assert {2, 3, 4} <= found and {19, 20, 21} <= found
    assert not found & set(range(5, 18))


LATEST_BOX = [
    "Most read",
    "10.32: Cocoa hits a record. Dry weather in West Africa threatens the harvest, traders say.",
    "10.15: Flood warning",
    "Sport",
    "09.50: United sign a new goalkeeper",
    "09.20: Rain stops play at Lord's",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_box_of_the_latest_stories_with_their_times_beside_an_article_is_still_flagged(separator):
    # Headings over time-led lines, but the article's prose is elsewhere: no listing.
    closing = "Councillors will review the port's finances in the spring, when the figures for the year are out."
    found = {line for line, code in flagged(STRIKE_BODY + [closing] + LATEST_BOX, separator) if code == "UI109"}
    assert {8, 9, 10} <= found


def test_a_schedule_is_found_in_linear_time():
    linter = Linter(select=["UI109"])
    entry = "21h10 : Un vigneron est retrouvé mort dans sa cuve, et les gendarmes enquêtent à Colmar.\n"
    assert_linear(lambda n: "Programme\n" + entry * n + "Arte\n" + entry * n, linter.lint_text, n=200)


# H. A one-word page title over the page.
LESERBRIEFE = [
    "Leserbriefe",
    "Zum Artikel „Die Stadt plant eine Seilbahn“ vom 3. Mai:",
    "Eine Seilbahn über den Rhein mag schick aussehen, aber sie löst kein einziges Verkehrsproblem der Pendler aus dem Umland.",
    "Karl-Heinz Weber, Bonn",
    "Zum Kommentar „Mehr Mut beim Wohnungsbau“:",
    "Ich wohne seit vierzig Jahren in der Südstadt und erlebe, wie junge Familien wegziehen müssen, weil sie keine bezahlbare Wohnung finden.",
    "Ingrid Schäfer, Köln",
    "Die Redaktion behält sich Kürzungen vor. Leserbriefe geben nicht unbedingt die Meinung der Redaktion wieder.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_one_word_title_the_page_says_again_is_its_title(separator):
    assert flagged(LESERBRIEFE, separator) == []
    assert flagged(["Letters"] + LETTERS[1:] + LETTERS_NOTE, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_one_word_section_label_the_article_never_says_is_still_flagged(separator):
    assert (1, "UI109") in flagged(["Wirtschaft"] + STREIK_BODY, separator)
    # Over a menu, far from the body, the same title is the page's.
    found = flagged(["Leserbriefe", "Politik", "Kultur", "Sport"] + LESERBRIEFE[1:], separator)
    assert {(1, "UI107"), (2, "UI107"), (3, "UI107"), (4, "UI107")} <= set(found)
