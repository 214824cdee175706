"""QM rules outside English (helper txqm): where a lost closing mark belonged
when the attribution puts its verb first (`…, sagte er`, `…, dijo`, `…, a
déclaré`, `…, disse`, `…, — сказал он`), closing marks of other conventions
whose opening mark was lost (`nada», dijo`, `Zeit“, sagte sie`), and clean
quotations in those conventions.  Every text is written for the project."""
import pytest

from newslint import Linter
from lint_support import codes_and_places as _found


@pytest.fixture(scope="module")
def linter():
    return Linter(select=["QM"])


def _layouts(line):
    """The line as the second paragraph of an article, in both layouts, with
    its line number."""
    return [(f"Titel\n\n{line}\n\nEnde des Artikels.\n", 3), (f"Titel\n{line}\nEnde des Artikels.\n", 2)]


# Each line lost its closing mark; ¦ is where it belonged: before the comma
# that opens the attribution, as these languages write it („…“, sagte er).
@pytest.mark.parametrize(
    "marked",
    [
        "Der Kandidat sagte: „Wir werden die Mieten deckeln¦, sagte er am Montag in Hamburg.",
        "„Die Quoten sind viel zu niedrig¦, so der Verbandspräsident.",
        "»Wir bleiben hart¦, erklärte die Ministerin.",
        "La ministra advirtió: «El agua no llegará a todos este verano¦, dijo la ministra en Sevilla.",
        "« Nous ne céderons pas sur les salaires¦, a déclaré le secrétaire général lundi.",
        "« Nous irons jusqu’au bout¦, a-t-elle ajouté.",
        "« Rien n’est décidé¦, explique-t-il.",
        "\"Perdemos tudo o que tínhamos¦, disse um morador à agência Lusa.",
        "«Abbiamo bisogno di più medici¦, ha detto il direttore sanitario.",
        "«No hay dinero para todos¦, dice el alcalde.",
        "«Мост откроют до конца года¦, — сказал губернатор журналистам.",
        "„We gaan door met de staking¦, aldus de vakbond.",
    ],
)
def test_the_lost_closing_mark_is_placed_before_a_verb_first_attribution(linter, marked):
    line = marked.replace("¦", "")
    for text, number in _layouts(line):
        assert _found(linter, text) == [("QM101", number, marked.index("¦") + 1)]


def test_english_attribution_still_places_the_mark_after_the_comma(linter):
    line = "\"The service is simply not good enough, said the passenger group's chair."
    for text, number in _layouts(line):
        assert _found(linter, text) == [("QM101", number, line.index(",") + 2)]


@pytest.mark.parametrize(
    "line",
    [
        # Reported speech inside a quotation is not its end: the verb is
        # followed by a clause or an indirect object.
        "«Cuando llegué, dijo que no había nadie en la casa y se fue», contó la vecina.",
        "„Er kam zu mir, sagte mir, er sei müde, und ging“, erinnerte sich die Zeugin.",
        "« Le ministre, dit-on, a démissionné », selon plusieurs sources.",
    ],
)
def test_a_verb_inside_a_closed_quotation_is_not_its_end(linter, line):
    for text, _ in _layouts(line):
        assert _found(linter, text) == []


# Each line lost its opening mark; ¦ is where it stood.
@pytest.mark.parametrize(
    "marked",
    [
        "Die Forscherin warnte: ¦Wir haben kaum noch Zeit“, sagte sie.",
        "El entrenador fue claro: ¦No vamos a cambiar nada», dijo tras el partido.",
        "Министр заявил: ¦Цены на газ не вырастут», — сказал он.",
    ],
)
def test_a_closing_mark_of_another_convention_with_no_opening_one(linter, marked):
    line = marked.replace("¦", "")
    for text, number in _layouts(line):
        assert _found(linter, text) == [("QM102", number, marked.index("¦") + 1)]


@pytest.mark.parametrize(
    "line",
    [
        "„Er sagte mir: ‚Ich war es nicht‘, und ging“, erklärte die Zeugin.",
        "Der Roman »Die Stadt« erschien 1998, sagte die Verlegerin: »Ein Erfolg«.",
        "« Il m’a dit : “Je n’ai rien vu”, puis il est parti », a raconté le témoin.",
        "«El acusado dijo: “No recuerdo nada”, y se calló», relató la fiscal.",
        "«Он сказал: „Я ничего не видел“, и ушёл», — рассказал свидетель.",
        "“Ele disse: ‘Não vi nada’, e saiu”, contou a testemunha.",
        "”Vi fortsätter”, sade ministern.",
        "首相は「交渉を続ける」と述べ、『新しい計画』を発表した。",
        "وقال الوزير: «القراءة هي المستقبل»، وافتتح المعرض.",
    ],
)
def test_quotations_in_other_conventions_stay_clean(linter, line):
    for text, _ in _layouts(line):
        assert _found(linter, text) == []


@pytest.mark.parametrize(
    "first",
    [
        "\"We must act now, so Britain can lead the world on climate.",
        "\"The dice are loaded, dice rolled by others long before we arrived.",
        "“We will assure the public, assure them of safety, so help us.",
    ],
)
def test_english_words_that_look_like_foreign_attributions_keep_a_long_quotation_open(linter, first):
    """A quotation over two paragraphs opens each one; nothing in the first
    is an attribution, so it is not reported."""
    second = "\"And we will,\" he said." if first.startswith('"') else "“And we will,” he said."
    for separator in ("\n\n", "\n"):
        assert _found(linter, f"Headline{separator}{first}{separator}{second}\n") == []
