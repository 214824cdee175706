"""UI on what trial 11 found on clean text (helper fxui12): a press
release's genre label, a headline that shares only names with the opening
lines of a speech, a headline that shares only a word's stem with the body,
a scorers' label after a short closing quote, the last entry of a listing,
a sentence that opens with "Watch:", and a quiz's one-word answer.  Both
layouts (one block a line, a blank line between blocks), on text written for
the project, in several languages; beside each clean text, the damaged one
near it that must still be flagged."""
import pytest

from lint_support import LAYOUTS, findings


def _flagged(blocks, separator, code=None):
    """The lines with a UI finding (of ``code`` only, when given)."""
    return {
        line for line, hits in findings(blocks, separator).items()
        if line.strip() and any(code is None or hit[0] == code for hit in hits)
    }


# --- 1. A press release's genre label -------------------------------------

RELEASE_EN = [
    "Press release",
    "Northfield Rail opens a second depot for its electric trains in Carlisle",
    "CARLISLE, 12 May 2026: Northfield Rail today opened a depot that will maintain the twenty electric trains it ordered last year.",
    "The depot has four covered tracks, a wheel lathe and a washing plant that recycles nine-tenths of the water it uses.",
    "Managing director Priya Nandakumar said the site would create 140 jobs, most of them apprenticeships for school leavers.",
    "The first of the new trains is due to enter service on the line to Newcastle in the autumn.",
    "About Northfield Rail",
    "Northfield Rail runs regional passenger services across Cumbria and the North East, with 310 trains a day.",
]
RELEASE_DE = [
    "Pressemitteilung",
    "Stadtwerke Lindau eröffnen ein Wärmenetz für die Altstadt",
    "Die Stadtwerke Lindau haben am Montag ein Wärmenetz in Betrieb genommen, das künftig rund 1.200 Haushalte der Altstadt versorgt.",
    "Die Wärme stammt aus einer Großwärmepumpe am Seeufer, die dem Wasser des Bodensees auch im Winter Energie entzieht.",
    "Geschäftsführerin Katrin Auer sprach von einem wichtigen Schritt, um die Heizungen der Stadt bis 2035 klimaneutral zu machen.",
    "Pressekontakt: Jonas Vogt, presse@stadtwerke-lindau.example, Telefon 08382 555 0147",
]
NEWS_UNDER_MENU = [
    "Home",
    "Press releases",
    "Careers",
    "Harbour board approves a new ferry berth at the east quay",
    "The harbour board voted on Tuesday to build a second ferry berth, ending two years of argument over the cost of the scheme.",
    "Work on the berth will start in March and should be finished before the summer timetable begins the following year.",
    "The board's chair said the new berth would let two ferries load at once and cut the queues on the quay in August.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("blocks", [RELEASE_EN, RELEASE_DE], ids=["en", "de"])
def test_a_press_releases_label_over_its_headline_is_clean(blocks, separator):
    assert blocks[0] not in _flagged(blocks, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_menus_press_releases_link_is_still_flagged(separator):
    assert "Press releases" in _flagged(NEWS_UNDER_MENU, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_the_label_without_a_release_under_it_stays_judged(separator):
    # No contact line, no note on the issuer, no end mark: the label is the
    # page's, and the rule judges it as before.
    blocks = ["Press release"] + NEWS_UNDER_MENU[3:]
    assert "Press release" in _flagged(blocks, separator, "UI109")


# --- 2. A headline that shares names or a stem with the article ------------

SPEECH_FR = [
    "Allocution de la maire pour les obsèques de Lucien Marchetti",
    "Chers amis et voisins,",
    "Lucien Marchetti détestait les discours. Il me pardonnera celui-ci.",
    "Il avait quatorze ans quand il est descendu pour la première fois dans le puits numéro trois, avec son père et son oncle.",
    "Plus tard, il a fondé la chorale des mineurs, qui chante encore chaque année le jour de la Sainte-Barbe sur la place.",
    "Il a passé sa retraite à apprendre aux enfants du quartier à réparer les vélos et à jouer aux échecs dans la cour.",
    "Merci pour tout, et reposez en paix.",
]
SPEECH_ES = [
    "Palabras del alcalde en el homenaje a Carmen Estévez",
    "Queridos vecinos y vecinas,",
    "Carmen Estévez odiaba los homenajes. Hoy me lo reprocharía.",
    "Llegó al pueblo en 1968 como maestra de una escuela con una sola aula y cuarenta alumnos de todas las edades.",
    "Durante treinta años enseñó a leer a tres generaciones, y muchos de sus antiguos alumnos están hoy en esta plaza.",
    "Cuando se jubiló, abrió la biblioteca municipal en su propia casa y la atendió sola hasta los noventa años.",
]
OTHER_STORY_FR = "Un nouveau marché couvert ouvrira au printemps près de la gare routière"


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("blocks", [SPEECH_FR, SPEECH_ES], ids=["fr", "es"])
def test_a_headline_naming_whom_the_opening_lines_name_is_clean(blocks, separator):
    assert blocks[0] not in _flagged(blocks, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_another_storys_headline_over_the_opening_lines_is_still_flagged(separator):
    blocks = [OTHER_STORY_FR] + SPEECH_FR[1:]
    assert OTHER_STORY_FR in _flagged(blocks, separator, "UI109")


CAMPING = [
    "Home",
    "Local",
    "Weather",
    "Villagers object to fees for overnight camping",
    "By Rhiannon Pugh",
    "The parish council wants anyone who would camp on the common after dark to pay for a permit from the start of next season.",
    "Councillors say tents left up for weeks damage the grass and leave litter that volunteers have to clear every Monday.",
    "A public meeting will be held in the church hall next Thursday, and written complaints can be sent until the end of June.",
    "Contact us",
]
UNRELATED_OVER_BYLINE = "Hospital appoints a new chief nurse from Glasgow"


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_headline_over_its_byline_sharing_a_stem_with_the_body_is_clean(separator):
    # "camping" in the headline, "camp" in the body: the same word.
    assert CAMPING[3] not in _flagged(CAMPING, separator, "UI109")


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_headline_over_a_byline_sharing_nothing_is_still_flagged(separator):
    blocks = CAMPING[:3] + [UNRELATED_OVER_BYLINE] + CAMPING[4:]
    flagged = _flagged(blocks, separator, "UI109")
    assert UNRELATED_OVER_BYLINE in flagged
    assert "Contact us" in _flagged(blocks, separator)


# --- 3. A scorers' label after a short closing quote -----------------------

MATCH_FR = [
    "Rennes arrache le nul à Brest dans les arrêts de jeu",
    "Le Stade rennais a obtenu un match nul 2-2 samedi soir à Brest, grâce à un but inscrit à la 93e minute.",
    "Les Brestois menaient 2-0 à la pause après deux erreurs de la défense rennaise sur des corners mal dégagés.",
    "Rennes a réduit l'écart à l'heure de jeu par Arnaud Kalimuendo, avant l'égalisation tardive de Ludovic Blas.",
    "« Nous n'avons jamais lâché », a souri le capitaine.",
    "Buteurs :",
    "Brest : Le Douaron (18e), Del Castillo (41e).",
    "Rennes : Kalimuendo (61e), Blas (90e+3).",
    "Rennes reste neuvième avec 31 points.",
]
MATCH_DE = [
    "Freiburg rettet spät einen Punkt in Bremen",
    "Der SC Freiburg hat am Sonntag bei Werder Bremen ein 1:1 erreicht, obwohl die Mannschaft lange in Unterzahl spielte.",
    "Bremen war kurz nach der Pause durch einen Kopfball nach einer Ecke in Führung gegangen und drängte danach auf das zweite Tor.",
    "In der Schlussminute traf Freiburg mit dem einzigen Schuss aufs Tor, der in der zweiten Halbzeit gelang.",
    "„Das war pures Glück“, gab der Trainer zu.",
    "Tore:",
    "Bremen: Ducksch (49.).",
    "Freiburg: Grifo (90.).",
    "Freiburg bleibt damit Siebter der Tabelle.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("blocks", [MATCH_FR, MATCH_DE], ids=["fr", "de"])
def test_scorers_after_a_short_closing_quote_and_the_last_line_are_clean(blocks, separator):
    assert _flagged(blocks, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_related_heading_over_rows_after_a_short_sentence_is_still_flagged(separator):
    # A related list set out as labelled rows, under a catalogue heading,
    # after a short line of the article: the page's, not the article's table.
    blocks = MATCH_FR[:5] + ["Related", "Competition: Ligue 1", "Team: Brest", "Team: Rennes"]
    flagged = _flagged(blocks, separator)
    assert {"Related", "Team: Brest", "Team: Rennes"} <= flagged


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_sign_up_prompt_after_the_scorers_is_still_flagged(separator):
    blocks = MATCH_FR[:8] + ["Click here to sign up for our football newsletter."]
    assert "Click here to sign up for our football newsletter." in _flagged(blocks, separator)


# --- 4. The last entry of a listing ----------------------------------------

LISTINGS = [
    "On the radio this weekend",
    "The Archive Hour, Radio 4, 8pm",
    "A history of the shipping forecast, told by the people who have read it aloud for fifty years.",
    "Jazz Record Requests, Radio 3, 5pm",
    "Listeners ask for the records that got them through the winter, and the presenter tells the stories behind them.",
    "The Folk Show, Radio 2, 9pm",
    "Recorded live in a pub in Whitby, with three fiddlers, a harmonium and a very patient sound engineer.",
    "Late Junction, Radio 3, 11pm",
    "Music from the Faroe Islands.",
]
GUIDE_IT = [
    "Dove mangiare a Bologna",
    "Trattoria da Gino, via Saragozza 12, 35 euro",
    "Tortellini in brodo come li faceva la nonna, e un ragù che cuoce per sei ore ogni domenica mattina.",
    "Osteria del Portico, via Castiglione 3, 40 euro",
    "Una sala piccola sotto i portici, dove il vino della casa arriva dalle colline a pochi chilometri dalla città.",
    "Caffè Zanarini, piazza Galvani 1, 15 euro",
    "Il posto giusto per una colazione lunga, con le paste ancora calde e i giornali del mattino sul bancone di marmo.",
    "Gigina, via Stendhal 1, 30 euro",
    "Piatti semplici.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("blocks", [LISTINGS, GUIDE_IT], ids=["en", "it"])
def test_a_listings_last_entry_and_its_line_are_clean(blocks, separator):
    assert _flagged(blocks, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_footer_after_a_listing_is_still_flagged(separator):
    blocks = LISTINGS[:7] + ["About us, Privacy, Terms", "Contact the newsroom"]
    flagged = _flagged(blocks, separator)
    assert {"About us, Privacy, Terms", "Contact the newsroom"} <= flagged


# --- 5. "Watch:" opening a sentence; a quiz's answer ------------------------

WATCH = [
    "How the language of the evening news has changed since the days of the studio clock.",
    "Watch: for years, that one word was how every clip on the evening bulletin began.",
    "Now the same word sits on top of every video on every news site, and nobody notices it any more.",
]
WATCH_FR = [
    "Comment le vocabulaire du journal télévisé a changé depuis l'époque de l'horloge du studio.",
    "Vidéo : pendant des années, c'est ainsi que le présentateur annonçait chaque reportage.",
    "Aujourd'hui, le même mot surmonte chaque vidéo sur tous les sites d'information, et plus personne ne le remarque.",
]
TEASER = "Watch: fog rolls in over the harbour at dawn"


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("blocks", [WATCH, WATCH_FR], ids=["en", "fr"])
def test_a_sentence_that_opens_with_watch_is_clean(blocks, separator):
    assert _flagged(blocks, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_video_teaser_between_paragraphs_is_still_flagged(separator):
    blocks = [WATCH[0], TEASER, WATCH[2]]
    assert TEASER in _flagged(blocks, separator, "UI101")


QUIZ = [
    "The pub quiz at the Anchor: last week's answers.",
    "Which search engine has an exclamation mark in its name? Yahoo!",
    "Which network's logo was a blue bird until 2023? Twitter.",
    "The team from the bowling club won with 44 points out of 50.",
]
GLUED_SHARE = "The bowling club will defend its title at the Anchor next Thursday. Facebook"


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_quiz_answer_that_is_a_network_name_is_clean(separator):
    assert _flagged(QUIZ, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_share_button_glued_to_a_paragraph_is_still_flagged(separator):
    assert GLUED_SHARE in _flagged(QUIZ + [GLUED_SHARE], separator, "UI101")


# --- 6. A sentence that opens with "Copyright" -----------------------------

PRINTERS = [
    "The presses at the Gazette ground to a halt just after midnight, and no one on the night shift could say why.",
    "Copyright specialists were on the phone by breakfast, because a rival title had printed the very same photograph.",
    "The engineers had the machines running again before the first vans left the yard at six.",
]
NOTICE = "Copyright 2026 Gazette Media Ltd. All rights reserved."


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_sentence_that_opens_with_copyright_is_clean(separator):
    assert _flagged(PRINTERS, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_copyright_notice_after_the_text_is_still_flagged(separator):
    assert NOTICE in _flagged(PRINTERS + [NOTICE], separator)


# --- Recall kept: a comments notice (UI101) and a wire's terms (UI104) -----

FERRY = [
    "The ferry to the island was cancelled again on Tuesday because of the strong winds along the whole coast.",
    "Passengers were offered seats on the afternoon sailing, which left an hour late and arrived after dark.",
    "The operator said it would refund anyone who chose not to travel at all on the day.",
]
NO_COMMENTS = [
    "There are no comments posted for this story yet.",
    "Aún no hay comentarios para esta noticia.",
    "Il n'y a pas encore de commentaires pour cet article.",
    "Es gibt noch keine Kommentare zu diesem Artikel.",
]
WIRE_TERMS = (
    "Copyright © 2026 Example News Agency. All rights reserved. The material in this report may not be"
    " published, broadcast, rewritten or redistributed without the agency's written permission."
)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("notice", NO_COMMENTS, ids=["en", "es", "fr", "de"])
def test_a_notice_that_no_comments_are_posted_is_flagged(notice, separator):
    assert notice in _flagged(FERRY + [notice], separator, "UI101")


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_wires_copyright_terms_are_flagged(separator):
    # However long: a wire's notice runs past the 160 characters of a plain one.
    long_terms = WIRE_TERMS + " Distribution to third parties is prohibited under the terms of the agency's licence."
    for notice in (WIRE_TERMS, long_terms):
        assert notice in _flagged(FERRY + [notice], separator, "UI104")


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize(
    "sentence",
    [
        "There are no comments from the ferry company on the leaked timetable, a spokesman said this morning.",
        "Copyright holders argued that all rights reserved by the label meant the recordings may not be copied, the court heard.",
    ],
)
def test_sentences_about_comments_or_copyright_are_clean(sentence, separator):
    assert _flagged(FERRY[:2] + [sentence] + FERRY[2:], separator) == set()
