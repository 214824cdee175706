"""What trafilatura keeps under an article that no rule found (traf16): the
note on the author ("Tom Reyes is the Gazette's leisure correspondent."),
the page sending readers to its social account, subscription and delivery
offers, a newsletter box's name, a link to a gallery by what it shows; and
the article's own sentences around them, which stay clean, in both layouts."""

import pytest

from newslint import Linter

POOL = [
    "Harbour pool to reopen after repairs",
    "The harbour pool will reopen on Saturday after a winter of repairs to its walls and pumps, the town council said on Monday.",
    "Swimmers had raised more than ten thousand pounds towards the work, which the council matched from its leisure budget.",
    "The pool will open from seven in the morning until dusk each day through the summer, with lifeguards at weekends.",
]
LAYOUTS = ["\n", "\n\n"]


def flagged(lines, separator, select=("UI",)):
    """The indexes (0-based, in ``lines``) of the lines given a UI finding."""
    step = separator.count("\n")
    found = {d.line for d in Linter(select=list(select)).lint_text(separator.join(lines) + "\n")}
    return [index for index in range(len(lines)) if 1 + index * step in found]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("note", [
    "Tom Reyes is the Gazette's sport and leisure correspondent.",
    "Kim Adeyemi is a freelance journalist based on the coast.",
    "Ruth Okonjo writes about swimming and the seaside for the Gazette.",
    "Anna Weber ist Redakteurin im Lokalressort und schreibt über Sport.",
    "Claire Dubois est journaliste au service des sports.",
    "Lucía Gómez es periodista de la sección local.",
])
def test_a_note_on_the_author_after_the_article_is_found(note, separator):
    assert flagged(POOL + [note], separator) == [4]
    # ...and before the page's other strings, which are found too.
    assert flagged(POOL + [note, "Sign in to comment"], separator) == [4, 5]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_the_notes_words_inside_the_article_stay_clean(separator):
    # The note's shape as the body's last paragraph, about someone the
    # article is about: her name comes back in the body.
    story = [
        "Reporter freed after a week in custody",
        "Maria Lopez, a reporter for the Valley Echo, was released on Friday after a week in police custody, her lawyer said.",
        "Police had arrested her while she filmed a protest outside the town hall, and she was never charged.",
        "Her editor said the paper would complain to the regulator about the way she was treated by officers.",
        "Maria Lopez is a senior reporter covering local government for the Valley Echo.",
    ]
    assert flagged(story, separator) == []
    # A pronoun or an honorific opens an article's sentence, not a note.
    for line in ("Her sister is a freelance journalist based on the coast.",
                 "Ms Reyes is a sports correspondent for a national paper."):
        assert flagged(POOL + [line], separator) == []
    # A note above the article's last paragraph is the article's.
    assert flagged(POOL[:2] + ["Tom Reyes is the Gazette's sport and leisure correspondent."] + POOL[2:], separator) == []
    # "is the editor of …" is a guest column's note as often as a sentence about the news.
    assert flagged(POOL + ["Tom Reyes is the editor of Coast magazine."], separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", [
    "Got a tip for us? Head over to our Facebook page or message us on Instagram.",
    "To comment on this report or anything else you read here, go over to our Facebook page.",
    "Message us on WhatsApp",
    "Subscribe now and save 25% on the print edition",
    "Want more from the coast? Get home delivery today.",
    "Harbour Gazette Weekend Newsletter",
    "See more photos of the reopened pool",
    "View pictures from the opening day",
])
def test_the_pages_prompts_are_found(line, separator):
    assert flagged(POOL + [line], separator) == [4]
    # between two paragraphs too
    assert flagged(POOL[:3] + [line] + POOL[3:], separator) == [3]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("line", [
    "She went over to the Facebook page of the club and posted the timetable there for members.",
    "The club said members could message it on WhatsApp or call the office during the week.",
    "Swimmers who join before May save 25% on a season ticket, the council said.",
    "The paper stopped home delivery to the island last year after its van was sold.",
    "The club's newsletter had warned members that the pool might stay shut until June.",
    "Photos of the old pool from the 1930s show the same blue tiles that were uncovered in the works.",
])
def test_the_same_words_in_the_articles_sentences_stay_clean(line, separator):
    assert flagged(POOL + [line], separator) == []
    assert flagged(POOL[:3] + [line] + POOL[3:], separator) == []


# A related list after the body, each item a headline and its blurb run
# together, as trafilatura writes one; the model weighs each item alone.
FERRY = [
    "Night ferry to the island will run all summer",
    "The ferry company said on Monday that it would add a night crossing to the island from the first week of June.",
    "Islanders have asked for a later boat for years, saying the last sailing at six leaves workers stranded on the mainland.",
    "The new timetable will be tried for one summer, and the company will decide in October whether to keep it.",
    "Fares on the night crossing will be the same as in the day, and season tickets will be valid on it, the company said.",
]
FACTS = ["- Crossing time: 40 minutes", "- First night boat: 10pm"]
TEASERS = [
    "- Harbour ferry fares to rise in spring The operator blamed the cost of fuel for the increase",
    "- Bakery wins county prize for sourdough Judges praised its crust and its long slow rise",
    "- Road closures planned for the marathon Drivers are asked to avoid the town centre on Sunday",
    "- Library to open on Sunday afternoons Volunteers will staff the desk for the first six months",
    "- New island ferry timetable explained Everything you need to know about the summer crossings",
]


def _propagated(lines, separator, judged):
    """The list items judged other stories' once the items at ``judged``
    (indexes in ``lines``) are, as the model judges some."""
    from newslint import Document
    from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, _rest_of_teaser_lists, analyse

    found = analyse(Document(separator.join(lines) + "\n"), SHIPPED_OPTIONS)
    verdicts = [("judged" if index in judged else None) for index in range(len(lines))]
    _rest_of_teaser_lists(found, verdicts)
    return [index for index, verdict in enumerate(verdicts) if verdict is not None]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_related_lists_other_items_follow_two_found_in_a_row(separator):
    lines = FERRY + TEASERS
    assert _propagated(lines, separator, {6, 7}) == [5, 6, 7, 8, 9]
    # The article's own short items above the list are not its items.
    lines = FERRY + FACTS + TEASERS
    assert _propagated(lines, separator, {8, 9}) == [7, 8, 9, 10, 11]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_list_with_one_item_found_or_of_sentences_stays_as_it_was(separator):
    lines = FERRY + TEASERS
    assert _propagated(lines, separator, {6}) == [6]
    assert _propagated(lines, separator, {6, 8}) == [6, 8]  # not two in a row
    sentences = [item + "." for item in TEASERS]
    assert _propagated(FERRY + sentences, separator, {6, 7}) == [6, 7]  # a list of sentences is the article's as often
    # The article with its fact box stays clean.
    assert flagged(FERRY + FACTS, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_signature_delimiter_is_found(separator):
    assert flagged(POOL[:2] + ["--"] + POOL[2:], separator, select=("UI105",)) == [2]
    assert flagged(POOL + ["--"], separator) == [4]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("mark", ["…", "...", "[…]", "(...)", "* * *", "# # #", ".", ","])
def test_an_omission_a_section_break_or_a_stop_alone_stays_clean(mark, separator):
    quoted = [
        "The council's report on the pool, published on Friday, reads in part:",
        "\"The walls of the main basin have lost much of their render and must be repaired before the summer season.\"",
        mark,
        "\"The pumps, installed in 1987, are at the end of their working life and should be replaced at the same time.\"",
    ]
    assert flagged(POOL + quoted, separator, select=("UI105",)) == []
    assert flagged(POOL + ["Done. It opens at seven."], separator, select=("UI105",)) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_full_story_link_is_found_alone_and_after_a_teaser(separator):
    teaser = "- Council to sell the old bus depot The site on Canal Road has been empty since the buses moved. Full Story"
    assert flagged(POOL + ["Full story"], separator, select=("UI101",)) == [4]
    assert flagged(POOL + [teaser], separator, select=("UI101",)) == [4]
    assert flagged(POOL + ["Full article »"], separator, select=("UI101",)) == [4]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_the_full_story_in_a_sentence_stays_clean(separator):
    for line in ("The mayor said she wanted the full story of the pool's finances told before the vote.",
                 "Swimmers say they have still not heard the full story. The council says they have."):
        assert flagged(POOL + [line], separator) == []
        assert flagged(POOL[:3] + [line] + POOL[3:], separator) == []


# The same prompts in the catalogue's other languages, under an article in
# that language; the words in a sentence of it stay clean.
BODIES = {
    "es": ["La piscina del puerto reabrirá el sábado después de un invierno de obras en sus muros y bombas, informó el ayuntamiento.",
           "Los nadadores reunieron más de diez mil euros para las obras, y el ayuntamiento aportó la misma cantidad de su presupuesto.",
           "La piscina abrirá desde las siete de la mañana hasta el anochecer durante todo el verano, con socorristas los fines de semana."],
    "fr": ["La piscine du port rouvrira samedi après un hiver de travaux sur ses murs et ses pompes, a annoncé la mairie lundi.",
           "Les nageurs avaient réuni plus de dix mille euros pour les travaux, une somme que la mairie a doublée sur son budget.",
           "La piscine sera ouverte de sept heures du matin à la tombée de la nuit tout l'été, avec des surveillants le week-end."],
    "de": ["Das Hafenbad öffnet am Samstag wieder, nachdem im Winter die Mauern und Pumpen repariert wurden, teilte die Stadt mit.",
           "Die Schwimmer hatten mehr als zehntausend Euro für die Arbeiten gesammelt, die Stadt legte noch einmal so viel dazu.",
           "Das Bad ist den ganzen Sommer von sieben Uhr morgens bis zur Dämmerung geöffnet, am Wochenende mit Rettungsschwimmern."],
    "pt": ["A piscina do porto reabre no sábado depois de um inverno de obras nos muros e nas bombas, informou a prefeitura.",
           "Os nadadores juntaram mais de dez mil reais para as obras, e a prefeitura pagou o mesmo valor com o seu orçamento.",
           "A piscina vai abrir das sete da manhã até o anoitecer durante todo o verão, com salva-vidas nos fins de semana."],
}
PROMPTS = {
    "es": ["Suscríbete hoy y ahorra un 30% en la edición impresa", "Escríbenos por WhatsApp"],
    "fr": ["Abonnez-vous maintenant et économisez 50% la première année", "Écrivez-nous sur Instagram"],
    "de": ["Jetzt abonnieren und 40% sparen", "Schreiben Sie uns auf Facebook"],
    "pt": ["Assine já e economize 30%", "Fale conosco pelo WhatsApp"],
}
SENTENCES = {
    "es": ["Los vecinos que se suscriban antes de mayo ahorran un 30% en el abono de temporada, dijo el ayuntamiento.",
           "El club dijo que los socios pueden escribirle por WhatsApp o llamar a la oficina durante la semana."],
    "fr": ["Les habitants qui s'abonnent avant mai économisent 50% sur le passe de la saison, a précisé la mairie.",
           "Le club a indiqué que ses membres pouvaient lui écrire sur Instagram ou appeler le bureau en semaine."],
    "de": ["Wer vor Mai ein Abo abschließt, kann bei der Saisonkarte 40% sparen, sagte ein Sprecher der Stadt.",
           "Der Verein sagte, Mitglieder könnten ihm auf Facebook schreiben oder unter der Woche im Büro anrufen."],
    "pt": ["Quem assinar o passe antes de maio economiza 30% na temporada, disse a prefeitura nesta segunda-feira.",
           "O clube disse que os sócios podem falar com a secretaria pelo WhatsApp ou ligar durante a semana."],
}


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("language", sorted(BODIES))
def test_the_prompts_in_other_languages_are_found(language, separator):
    body = BODIES[language]
    for prompt in PROMPTS[language]:
        assert flagged(body + [prompt], separator) == [3]
        assert flagged(body[:2] + [prompt] + body[2:], separator) == [2]
    for sentence in SENTENCES[language]:
        assert flagged(body + [sentence], separator) == []
        assert flagged(body[:2] + [sentence] + body[2:], separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("address", ["www.poolsupplies.example.co.uk", "SEASIDEGAZETTE.COM", "shop.example.com", "www.example.net/"])
def test_a_web_address_alone_is_found(address, separator):
    assert flagged(POOL[:2] + [address] + POOL[2:], separator, select=("UI101",)) == [2]
    assert flagged(POOL + ["- Pool covers and filters at low prices", address], separator, select=("UI101",)) == [5]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_an_address_the_article_gives_stays_clean(separator):
    # Under a line that introduces it, with its scheme or a path, as a list's
    # item, a name that is no address, or inside a sentence.
    introduced = POOL + ["On the Net:", "www.harbourpool.org", "www.swimfund.org"]
    assert flagged(introduced, separator, select=("UI101",)) == []
    for line in ("https://www.harbourpool.org", "harbourpool.org/timetable", "- www.harbourpool.org", "Node.js", "ASP.NET",
                 "Timetables are on www.harbourpool.org and at the library."):
        assert flagged(POOL[:2] + [line] + POOL[2:], separator, select=("UI101",)) == []


def test_many_note_shaped_lines_are_read_in_linear_time():
    # Each note-shaped line looked for its surname on every other line of
    # the text: 20,000 lines of "Jane Doe is a reporter" took 20 s in UI104
    # alone; the long lines' words are now indexed once.
    import time

    from newslint import Linter

    text = "The council voted on Monday to approve the new budget for the harbour district.\n\n" * 3
    text += "Jane Doe is a reporter\n" * 12000
    started = time.process_time()
    list(Linter(select=["UI104"]).lint_texts([("a.txt", text)]))
    assert time.process_time() - started < 4.0


def test_a_note_is_found_in_a_text_with_no_long_line_but_itself():
    # The index of the long lines' words is empty here: the note is still
    # judged (named nowhere else), not skipped.
    assert flagged(["Harbour pool reopens", "By Jane Doe", "Jane Doe is a senior reporter covering the coast for the Gazette."], "\n\n")[-1:] == [2]


def test_many_address_lines_are_read_in_linear_time():
    # Each web address alone on its line walked back over every address
    # above it for a line ending in a colon: 10,000 of them took 39 s.
    import time

    from newslint import Linter

    text = "The council voted on Monday to approve the new budget for the harbour district.\n\n" * 3
    text += "www.example.co.uk\n" * 8000
    started = time.process_time()
    list(Linter(select=["UI101"]).lint_texts([("a.txt", text)]))
    assert time.process_time() - started < 5.0
