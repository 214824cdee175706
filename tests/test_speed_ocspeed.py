"""OC's fast paths give what the paths they replaced gave, float for float,
and a run loads numpy only for an article OC101's static method judges.

Texts are written for these tests.  Speed itself is measured in
tests/benchmarks/out_of_context_speed.py, never asserted here."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

np = pytest.importorskip("numpy")

from newslint.rules.out_of_context import context, static  # noqa: E402

HARBOUR_ARTICLE = """Harbour pilots end their strike at Port Calder

Harbour pilots at Port Calder returned to work on Monday after a four-day strike over night shifts. The pilots' union said the harbour authority had agreed to hire six more pilots before the winter storms.
Ships had queued outside the harbour since Thursday, and two ferries to the islands were cancelled. Fishing boats were allowed to leave because they do not need a pilot to cross the bar.
The harbour authority said the backlog of cargo ships would be cleared by Wednesday evening. Its chief executive thanked the ferry passengers for their patience during the strike.
The union said the pilots had worked too many night shifts since two of them retired in the spring. Talks on the pilots' pay will resume next month, the authority said.
Local traders said the strike had left shops on the islands short of bread and fuel. The council asked the authority to keep a reserve of pilots for the winter.
"""

# Words of the kinds the static table cuts: whole pieces, words cut into
# several pieces, names, numbers, accented and curly-apostrophe spellings,
# and words it cannot cut.
WORDS = [
    "harbour", "pilots", "Calder", "unbelievably", "counterintelligence", "overcapitalisation",
    "Kowalczykowski", "sandbags", "2026", "café", "Zürich", "pilot’s", "ferrymen", "qzxvk",
    "a" * 40, "x" * 101, "internationalisation", "reconsiderations", "the", "Ó",
]


def _old_table_made_float_at_once():
    with np.load(static.TABLE) as data:
        return data["vectors"].astype(np.float32) * data["scales"][:, None]


def test_rows_made_when_read_equal_the_whole_table_made_float_at_once():
    table = static.table()
    whole = _old_table_made_float_at_once()
    rows = np.random.default_rng(11).integers(0, len(whole), 500)
    assert table.rows(rows).tobytes() == whole[rows].tobytes()
    assert table.rows(rows.tolist()).tobytes() == whole[rows].tobytes()
    assert table.vectors.tobytes() == whole.tobytes()
    assert table.dtype == whole.dtype and table.dimensions == whole.shape[1]


def test_piece_sums_and_sentence_vectors_equal_those_of_the_float_table():
    table = static.table()
    float_table = static.Table(np, _old_table_made_float_at_once(), table.vocabulary)
    pieces = [table.pieces(word) for word in WORDS if table.pieces(word)]
    assert any(len(word_pieces) > 2 for word_pieces in pieces)
    assert table.piece_sums(pieces).tobytes() == float_table.piece_sums(pieces).tobytes()
    texts = [static.words(line) for line in HARBOUR_ARTICLE.splitlines()]
    assert table.embed(texts, context._weigh).tobytes() == float_table.embed(texts, context._weigh).tobytes()


def test_one_length_bound_cuts_every_word_as_the_two_bounds_did():
    table = static.table()
    # The bound on pieces inside a word, as it was computed: the longest
    # such piece without its "##".
    exact = static.Table(np, table.rows([0]), table.vocabulary)
    exact._longest_inside = max(len(piece) - 2 for piece in table.vocabulary if piece.startswith("##"))
    assert exact._longest_inside < table._longest_inside
    for word in WORDS + [word + "ingly" for word in WORDS]:
        assert table._pieces(word) == exact._pieces(word), word


def _old_standard(values):
    """context._standard as it took one feature at a time."""
    count = len(values)
    if count < 2:
        return np.zeros(count)
    total, squares = values.sum(), (values * values).sum()
    peers = count - 1
    mean = (total - values) / peers
    variance = np.maximum(0.0, (squares - values * values) / peers - mean * mean)
    return (values - mean) / (np.sqrt(variance) + context.SPREAD_FLOOR)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_standard_scores_two_features_at_once_equal_one_at_a_time(dtype):
    rng = np.random.default_rng(5)
    for count in [0, 1, 2, 3, 7, 8, 9, 16, 17, 40, 130, 300]:
        first = rng.standard_normal(count).astype(dtype)
        second = (rng.random(count) * 3).astype(dtype)
        if count > 4:
            second[:4] = second[4]  # ties, as cohesion's many 1.0 give
        together = context._standard(np.stack((first, second)), np).tolist()
        assert together == [_old_standard(first).tolist(), _old_standard(second).tolist()], count


def test_content_weights_are_each_lower_cases_weight():
    table = static.table()
    words = table.words(context._weigh)
    spellings = context._spellings(table)
    tokens = static.words(HARBOUR_ARTICLE)
    numbers = spellings.numbers(list(dict.fromkeys(tokens)))
    lowered = spellings.lowered[numbers]
    taken = spellings.content_weights("en", lowered[::-1])
    expected = [context._content_weight(words.spelled[number], "en") for number in lowered[::-1].tolist()]
    assert taken.tolist() == expected
    assert 0.0 in expected and any(weight > 0 for weight in expected)  # "the" and "harbour"


def _modules_after_linting(text: str) -> set[str]:
    """The modules a fresh interpreter holds after OC checks ``text``."""
    script = textwrap.dedent(
        """
        import sys
        from newslint import Linter
        list(Linter(select=["OC"]).lint_texts([("a", sys.stdin.read())]))
        print(" ".join(sys.modules))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], input=text, capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_numpy_is_loaded_only_for_an_article_the_static_method_judges():
    short = "Harbour pilots end their strike\n\nThe pilots returned to work on Monday.\n"
    french = textwrap.dedent(
        """\
        Les pilotes du port reprennent le travail

        Les pilotes du port de Calder ont repris le travail lundi après quatre jours de grève. Le syndicat affirme que l'autorité portuaire embauchera six pilotes de plus avant l'hiver.
        Des navires attendaient au large depuis jeudi, et deux traversées vers les îles ont été annulées. Les bateaux de pêche ont pu sortir car ils n'ont pas besoin de pilote.
        L'autorité portuaire assure que les navires de marchandises seront tous entrés au port mercredi soir. Son directeur a remercié les passagers pour leur patience.
        Le syndicat rappelle que les pilotes ont travaillé trop de nuits depuis deux départs à la retraite. Les négociations sur les salaires reprendront le mois prochain.
        Les commerçants des îles disent avoir manqué de pain et de carburant pendant la grève. Le conseil demande une réserve de pilotes pour l'hiver.
        """
    )
    assert "numpy" not in _modules_after_linting(short)
    assert "numpy" not in _modules_after_linting(french)
    judged = _modules_after_linting(HARBOUR_ARTICLE)
    assert "numpy" in judged  # the test can fail: an English article of five paragraphs is judged
    assert "numpy.ma" not in judged  # np.unique's first call imports it (about 10 ms of a cold start)
