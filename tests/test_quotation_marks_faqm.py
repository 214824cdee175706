"""QM rules on quotations nested three deep and more (helper faqm), as court
and feature reporting writes them: the outer marks come back at the third
level (`"…said, 'They told us, "No."' …"`), and an opening mark of a kind
already open, with a sentence end between, nests in the quotation of another
kind opened since; it does not show that the first one's closing mark was
lost.  Damage inside such a quotation is still found.  Every text is written
for the project."""
import pytest

from newslint import Linter
from lint_support import codes_and_places as _found


@pytest.fixture(scope="module")
def linter():
    return Linter(select=["QM"])


def _layouts(line):
    """The line as the second paragraph of an article, in both layouts, with
    its line number."""
    return [(f"Headline\n\n{line}\n\nThe end of the article.\n", 3), (f"Headline\n{line}\nThe end of the article.\n", 2)]


# Each of these was reported (QM101 and QM102, or one of them) before
# nesting was read from the marks of the other kind.
NESTED = [
    # The tester's two lines.
    "“My neighbour came round and said, ‘Do you know what the brewery told the parish council? They said, “Nobody "
    "will miss it.”’ That was what did it,” said Jean Hollis, 74, who chairs the new co-operative.",
    "\"My neighbour came round and said, 'Do you know what the brewery told the parish council? They said, \"Nobody "
    "will miss it.\"' That was what did it,\" said Jean Hollis, 74, who chairs the new co-operative.",
    # An apostrophe inside the middle quotation, which the pairing reads as
    # closing a curly single mark.
    "“The clerk stood up and said, ‘I don’t know what you expect. The witness told me, “I saw nothing.”’ Then he sat "
    "down,” the juror said.",
    "\"The clerk stood up and said, 'I don't know what you expect. The witness told me, \"I saw nothing.\"' Then he sat "
    "down,\" the juror said.",
    # The third level opens right after a sentence end.
    "\"She rang and said, 'It's over. \"Go home,\" they told us.' So we went home,\" said Mrs Okafor.",
    "“She rang and said, ‘It’s over. “Go home,” they told us.’ So we went home,” said Mrs Okafor.",
    # British style: single marks outside.
    "‘The landlord wrote to us. He said, “The tenant told me, ‘You will never see the rent again.’ I had no choice.” "
    "We kept the letter,’ said Mr Dlamini.",
    # Five levels.
    "\"The inspector told the court, 'The foreman said to me, \"Mr Reyes shouted, 'Get out. The roof is going. "
    "Somebody said, \"Run.\"' Then the wall fell.\" I wrote that down.' That was his evidence,\" the prosecutor said.",
    "“The inspector told the court, ‘The foreman said to me, “Mr Reyes shouted, ‘Get out. The roof is going. "
    "Somebody said, “Run.”’ Then the wall fell.” I wrote that down.’ That was his evidence,” the prosecutor said.",
    # Swiss German «‹«, German »›» and „‚„, French «‹«, Russian «„«.
    "«Meine Nachbarin kam vorbei und sagte: ‹Weisst du, was die Brauerei dem Gemeinderat gesagt hat? Sie sagten: "
    "«Niemand wird die Beiz vermissen.»› Das gab den Ausschlag», sagt Jeanne Hofer.",
    "»Meine Nachbarin kam vorbei und sagte: ›Weißt du, was die Brauerei dem Gemeinderat gesagt hat? Sie sagten: "
    "»Niemand wird die Kneipe vermissen.«‹ Das gab den Ausschlag«, sagt Jeanne Hofer.",
    "„Meine Nachbarin kam vorbei und sagte: ‚Weißt du, was die Brauerei dem Gemeinderat gesagt hat? Sie sagten: "
    "„Niemand wird die Kneipe vermissen.“‘ Das gab den Ausschlag“, sagt Jeanne Hofer.",
    "« Ma voisine est passée et m’a dit : ‹ Tu sais ce que la brasserie a dit au conseil ? Ils ont dit : « Personne "
    "ne le regrettera. » › C’est ce qui a tout déclenché », raconte Jeanne Hollis.",
    "«Соседка пришла и сказала: „Знаешь, что пивоварня ответила совету? Они сказали: «Никто не заметит». Вот так“. "
    "Это всё и решило», — рассказала Жанна.",
    # French and Russian also nest guillemets in guillemets.
    "« Je l’ai appelé hier. Il m’a dit : « Non, c’est fini. » Voilà tout », raconte-t-elle.",
    "« Je l’ai appelé hier. « Non, c’est fini », m’a-t-il dit. Voilà tout », raconte-t-elle.",
    "«Я позвонила ему вчера. Он сказал: «Нет, всё кончено». Вот и всё», — рассказала она.",
]

# Nested quotations that were already clean; they must stay so.
ALREADY_CLEAN = [
    # Four levels with no sentence end between marks of one kind.
    "“The inspector told the court, ‘The foreman said to me, “Mr Reyes shouted, ‘Get out now.’ Then the wall fell.” "
    "I wrote that down.’ That was his evidence,” the prosecutor said.",
    # Spanish «“‘ and Italian «“‘: three kinds, none repeated.
    "«Mi vecina vino y me dijo: “¿Sabes lo que la cervecera le dijo al ayuntamiento? Dijeron: ‘Nadie lo echará de "
    "menos’”. Eso fue lo que lo decidió», contó Jeanne Hollis.",
    "«La vicina è venuta e mi ha detto: “Sai cosa ha detto il birrificio al consiglio? Hanno detto: ‘Nessuno ne "
    "sentirà la mancanza.’” È stato questo a convincerci», ha raccontato Jeanne.",
    # Chinese “‘“ and Japanese 「『「.
    "“邻居过来说：‘你知道酒厂对议会说了什么吗？他们说：“没人会想念它。”’就是这句话让我们下定决心。”合作社主席琼说。",
    "「隣の人が来て、『醸造所が議会に何と言ったか知っている？「誰も困らない。」と言ったのよ』と話した。それで決まった」とジャンさんは語った。",
    # Paragraphs of one quotation run together, with single marks that
    # open and close, or are apostrophes, before the second one.
    "\"The first part of a long quotation. \"The second part,\" she said.",
    "\"She called it 'a disgrace'. \"We will appeal,\" she said.",
    "\"We told 'em. \"Go home,\" he said.",
    "\"Rock 'n' roll is back. \"We love it,\" she said.",
    "\"It was the '60s. \"We were young,\" she said.",
]


@pytest.mark.parametrize("line", NESTED + ALREADY_CLEAN)
def test_nested_quotations_are_clean(linter, line):
    for text, _ in _layouts(line):
        assert _found(linter, text) == []


# Damage inside a nested quotation, each with the code expected on its line.
DAMAGED = [
    # The innermost quotation lost its closing mark.
    ("“My neighbour said, ‘Do you know what the brewery told the council? They said, “Nobody will miss it.’ That was "
     "what did it,” said Jean.", "QM101"),
    ("\"My neighbour said, 'Do you know what the brewery told the council? They said, \"Nobody will miss it.' That "
     "was what did it,\" said Jean.", "QM101"),
    # ... or its opening mark.
    ("“My neighbour said, ‘Do you know what the brewery told the council? They said, Nobody will miss it.”’ That was "
     "what did it,” said Jean.", "QM102"),
    ("\"My neighbour said, 'Do you know what the brewery told the council? They said, Nobody will miss it.\"' That "
     "was what did it,\" said Jean.", "QM102"),
    # The outer quotation lost its closing mark, or its opening one.
    ("“My neighbour said, ‘Do you know what the brewery told the council? They said, “Nobody will miss it.”’ That was "
     "what did it, said Jean.", "QM101"),
    ("\"My neighbour said, 'Do you know what the brewery told the council? They said, \"Nobody will miss it.\"' That "
     "was what did it, said Jean.", "QM101"),
    ("My neighbour said, ‘Do you know what the brewery told the council? They said, “Nobody will miss it.”’ That was "
     "what did it,” said Jean.", "QM102"),
    ("My neighbour said, 'Do you know what the brewery told the council? They said, \"Nobody will miss it.\"' That "
     "was what did it,\" said Jean.", "QM102"),
    # The middle quotation lost its closing mark.
    ("“My neighbour said, ‘Do you know what the brewery told the council? They said, “Nobody will miss it.” That was "
     "what did it,” said Jean.", "QM101"),
    # Swiss German: the innermost « lost its ».
    ("«Meine Nachbarin sagte: ‹Weisst du, was die Brauerei gesagt hat? Sie sagten: «Niemand wird die Beiz "
     "vermissen.› Das gab den Ausschlag», sagt Jeanne Hofer.", "QM101"),
    # Guillemets in guillemets: the inner or the outer closing mark lost, or
    # the inner opening mark.
    ("« Je l’ai appelé hier. Il m’a dit : « Non, c’est fini. Voilà tout », raconte-t-elle.", "QM101"),
    ("« Je l’ai appelé hier. Il m’a dit : « Non, c’est fini. » Voilà tout, raconte-t-elle.", "QM101"),
    ("« Je l’ai appelé hier. Il m’a dit : Non, c’est fini. » Voilà tout », raconte-t-elle.", "QM102"),
    # Two quotations run together, the first never closed.
    ("« Je l’ai appelé hier, a-t-elle dit. Il a ajouté : « Non, c’est fini. » Et il est parti.", "QM101"),
    # No nesting: a single quotation that opens and closes is no reason to
    # excuse the first double one.
    ("\"She called it 'a disgrace'. He added, \"We will appeal,\" and left.", "QM101"),
    # A single quotation left open does not excuse it either when the first
    # quotation shows where it ended (its attribution).
    ("\"She called it 'a disgrace, he said. He added, \"We will appeal,\" and left.", "QM101"),
    # Two quotations of one kind, nothing nested.
    ("Mr Idris said: \"It is a landmark building and would otherwise crumble. He added, \"We will fight,\" and "
     "left.", "QM101"),
]


@pytest.mark.parametrize("line,code", DAMAGED)
def test_damage_inside_a_nested_quotation_is_still_found(linter, line, code):
    for text, number in _layouts(line):
        assert (code, number) in [(found, at) for found, at, _ in _found(linter, text)]


def test_the_innermost_lost_closing_mark_is_placed_where_it_belonged(linter):
    line = (
        "“My neighbour said, ‘Do you know what the brewery told the council? They said, “Nobody will miss it.’ That "
        "was what did it,” said Jean."
    )
    for text, number in _layouts(line):
        assert _found(linter, text) == [("QM101", number, line.index("it.’") + 4)]
