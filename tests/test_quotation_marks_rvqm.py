"""QM101 and verb-first attributions (helper rvqm, review item 8): `…,
sagte er`, `…, dijo`, `…, a-t-il dit` show where a lost closing mark belonged
only in an article written in the verb's language, and only where the
attribution ends its sentence; an aside inside the quotation (`…, dit-on,
…`, `…, dice la gente, …`), a saying's repeated verb (`Wer A sagt, sagt auch
B`) and an English word (`dice`) do not.  Every text is written for the
project."""
import pytest

from newslint import Linter
from lint_support import codes_and_places as _found


@pytest.fixture(scope="module")
def linter():
    return Linter(select=["QM"])


def _articles(*paragraphs):
    """The paragraphs as one article, in both layouts (a blank line between
    paragraphs, and none), each with the line number of every paragraph."""
    return [
        (separator.join(paragraphs) + "\n", [1 + index * step for index in range(len(paragraphs))])
        for separator, step in (("\n\n", 2), ("\n", 1))
    ]


# The reviewer's four: a quotation over two paragraphs, the first reopened
# by the second, with a word in the first that looked like an attribution.
REVIEWED = [
    (
        "“We sell cards, dice, board games and puzzles to families across the whole region.",
        "“Business has been good this year,” she said.",
    ),
    (
        "„Wer A sagt, sagt auch B, und das wissen die Spieler seit Jahren ganz genau.",
        "„Wir werden weiterkämpfen“, sagte er.",
    ),
    (
        "«El problema, dice la gente, es el tráfico en el centro de la ciudad desde hace años.",
        "«Vamos a resolverlo», dijo.",
    ),
    (
        "« Nous avons, dit-on, les meilleures écoles de la région depuis longtemps.",
        "« Nous continuerons », a-t-il dit.",
    ),
]


@pytest.mark.parametrize("paragraphs", REVIEWED)
def test_the_reviewed_long_quotations_stay_clean(linter, paragraphs):
    for text, _ in _articles(*paragraphs):
        assert _found(linter, text) == []


# More of the same, each language's article with a headline and an ending
# of its own, so that the article's language is plain.
CLEAN = [
    # English words that are verbs elsewhere.
    (
        "Toy fair opens",
        "“At our stall you will find puzzles, cards, dice. Everything costs less than ten pounds.",
        "“Come early,” the owner said.",
        "The fair runs until Sunday.",
    ),
    (
        "Games night",
        "\"We bought new cards, dice, so the children could play all evening.",
        "\"They loved it,\" she said.",
        "The club meets every Friday.",
    ),
    # German: an impersonal speaker, a saying, the speaker's own aside.
    (
        "Verwaltung",
        "„Das Problem, sagt man, ist die Bürokratie in den Ämtern der Stadt.",
        "„Wir wollen das ändern“, sagte die Bürgermeisterin.",
        "Der Rat berät im Mai.",
    ),
    (
        "Handball",
        "„Wer A sagt, sagt B. Das wissen die Spieler seit Jahren ganz genau.",
        "„Wir werden weiterkämpfen“, sagte der Trainer.",
        "Das nächste Spiel ist am Samstag.",
    ),
    # Spanish: a proverb quoted by the speaker, an impersonal speaker.
    (
        "Obras en el centro",
        "«Más vale tarde que nunca, dice el refrán, y nosotros llegamos tarde a todo.",
        "«Pero llegaremos», dijo el alcalde.",
        "Las obras empiezan en junio.",
    ),
    (
        "Turismo",
        "«Aquí, dice la gente, se come mejor que en ningún otro sitio de la costa.",
        "«Y es verdad», añadió la dueña del restaurante.",
        "El verano será largo.",
    ),
    # French: the speaker's aside inside the guillemets, as French writes it.
    (
        "Grève des cheminots",
        "« Nous ne lâcherons rien, a-t-il déclaré, et nous irons jusqu’au bout de ce mouvement.",
        "« La lutte continue », a-t-il conclu.",
        "La direction répondra lundi.",
    ),
    (
        "Fromages",
        "« La France, dit-on ici, est le pays des fromages et des vins de la région.",
        "« Nous le prouvons chaque jour », explique le fromager.",
        "Le marché ouvre à huit heures.",
    ),
    # Portuguese, Italian, Dutch, Russian.
    (
        "Futuro",
        "“O Brasil, disse alguém, é o país do futuro e sempre será.",
        "“Mas o futuro chegou”, disse o economista.",
        "O relatório sai em março.",
    ),
    (
        "Traffico",
        "«Chi va piano, dice il proverbio, va sano e va lontano anche in città.",
        "«Ma qui nessuno va piano», ha detto il sindaco.",
        "Il piano sarà votato a maggio.",
    ),
    (
        "Dijken",
        "„Het water, zegt men, is hier altijd de grootste vijand geweest van de boeren.",
        "„Dat is nog steeds zo”, zei de dijkgraaf.",
        "Het werk begint in april.",
    ),
    (
        "Опыт",
        "«Опыт, считает он, приходит с годами, и мы это знаем по нашим командам.",
        "«Молодым нужно время», — сказал тренер.",
        "Сезон начнётся в сентябре.",
    ),
]


@pytest.mark.parametrize("paragraphs", CLEAN)
def test_asides_sayings_and_english_words_keep_a_long_quotation_open(linter, paragraphs):
    for text, _ in _articles(*paragraphs):
        assert _found(linter, text) == []


# Damage still found: each first paragraph lost its closing mark where ¦
# stands, before a verb-first attribution in the article's language, and the
# next paragraph opens a new quotation (no excuse for the first).
DAMAGED = [
    (
        "Wahlkampf",
        "„Wir werden weiterkämpfen¦, sagte er.",
        "„Wir geben nicht auf“, fügte er hinzu.",
        "Die Wahl ist im September.",
    ),
    (
        "Bundesliga",
        "„Wir haben verdient gewonnen¦, sagte Trainer Müller nach dem Spiel in Bremen.",
        "„Die Mannschaft war stark“, sagte er.",
        "Am Samstag geht es weiter.",
    ),
    (
        # The quotation goes on after the attribution, reopened.
        "Energie",
        "„Die Preise werden sinken¦, sagte sie, „und zwar bald“.",
        "„Ganz sicher“, fügte sie hinzu.",
        "Die Debatte geht weiter.",
    ),
    (
        "Tráfico",
        "«Vamos a resolverlo¦, dijo el alcalde a la prensa.",
        "«No habrá más atascos», añadió.",
        "El plan empieza en enero.",
    ),
    (
        "Puerto",
        "«El puerto crecerá¦, dijo el ministro de Transportes, Luis Ortega.",
        "«Es una gran noticia», dijo la alcaldesa.",
        "Las obras durarán dos años.",
    ),
    (
        "Hospital",
        "«Necesitamos más médicos¦, dijo.",
        "«Ya», respondió el consejero.",
        "El debate sigue.",
    ),
    (
        "Grève",
        "« Nous continuerons¦, a-t-il dit.",
        "« Rien ne nous arrêtera », a-t-il ajouté.",
        "La grève entre dans sa troisième semaine.",
    ),
    (
        "Football",
        "« Nous avons bien joué¦, a déclaré l’entraîneur après le match.",
        "« Il faut continuer », a-t-il ajouté.",
        "Le prochain match est samedi.",
    ),
    (
        # A word of the attribution ending like a conjunction ("candiDAT").
        "Élections",
        "« Nous gagnerons¦, a souligné hier le candidat.",
        "« Sans aucun doute », a-t-il ajouté.",
        "Le vote a lieu dimanche.",
    ),
    (
        "Cinéma",
        "« Ce film a changé ma vie¦, confie-t-elle.",
        "« Je le revois chaque année », dit-elle encore.",
        "Le film ressort mercredi.",
    ),
    (
        "Escolas",
        "“Vamos abrir mais escolas¦, disse a ministra à agência Lusa.",
        "“É uma prioridade”, afirmou.",
        "O plano custa dez milhões.",
    ),
    (
        "Ospedale",
        "«Servono più infermieri¦, ha detto il direttore.",
        "«Li assumeremo», ha aggiunto.",
        "La regione decide a giugno.",
    ),
    (
        "Staking",
        "„We gaan door¦, zei hij.",
        "„Tot het einde”, aldus de vakbond.",
        "De staking duurt al een week.",
    ),
    (
        "Мост",
        "«Мост откроют в мае¦, — сказал губернатор журналистам.",
        "«Это важно для города», — добавил он.",
        "Работы идут по графику.",
    ),
]


@pytest.mark.parametrize("paragraphs", DAMAGED)
def test_a_lost_closing_mark_before_a_verb_first_attribution_is_still_found(linter, paragraphs):
    marked = paragraphs[1]
    paragraphs = (paragraphs[0], marked.replace("¦", ""), *paragraphs[2:])
    for text, lines in _articles(*paragraphs):
        assert _found(linter, text) == [("QM101", lines[1], marked.index("¦") + 1)]


def test_an_english_attribution_is_still_found_in_an_english_article(linter):
    """The English one places the mark after the comma, whatever the words
    before it."""
    line = "“We sell cards, dice and board games, the shop's owner said."
    for text, lines in _articles("Toy fair opens", line, "“Come early,” she added.", "The fair ends on Sunday."):
        assert _found(linter, text) == [("QM101", lines[1], line.index(", the") + 2)]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A Spanish verb in an English article, a German one in a Spanish
        # article: neither is an attribution there.
        (
            "Holiday plans",
            "“We will visit Madrid, Sevilla, Granada, dijo. Then we fly home to London in August.",
            "“It will be a long trip,” she said.",
            "The family leaves in July.",
        ),
        (
            "Cine alemán",
            "«La película se llama Was er sagte, sagte er. Es una comedia sobre un pueblo alemán.",
            "«Nos gustó mucho», dijo el público.",
            "Se estrena en abril.",
        ),
    ],
)
def test_a_verb_of_another_language_is_no_attribution(linter, paragraphs):
    for text, _ in _articles(*paragraphs):
        assert _found(linter, text) == []
