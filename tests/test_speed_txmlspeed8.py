"""The foreign spans as a document service, and the fast paths of TX's and
ML's checks: each gives what the plain path gives, on text written for the
project."""
import itertools

import pytest

from newslint import Document, Linter
from newslint import foreign_spans
from newslint import language

ENGLISH = (
    "Dock workers at the city's largest container port voted on Tuesday to end a two-week strike.\n"
    "The agreement gives workers a pay rise over two years and caps their night shifts, the union said.\n"
)
SPANISH = (
    "Los trabajadores del puerto votaron el martes para poner fin a una huelga de dos semanas.\n"
    "El acuerdo da a los trabajadores un aumento salarial durante dos años, dijo el sindicato.\n"
)
KOREAN = "부산항 노동자들이 화요일 2주간의 파업을 끝내기로 투표했다고 노조가 밝혔다.\n"

# Articles holding spans of every kind, and strings TX102 would split
# inside them ("bisher", "todo") and outside them ("aproper").
TEXTS = [
    ENGLISH + "The mayor said the port would reopen, und die Regierung hat bisher nichts dazu gesagt, officials added.\n",
    ENGLISH + "The mayor said the port would reopen, pero el gobierno todavía no ha dicho nada sobre todo esto.\n"
    "The union said it would hold aproper vote on Friday.\n",
    ENGLISH + "\nThe mayor said pero and left.\n\nLos vecinos waited, el gobierno said.\n",
    ENGLISH + "Officials in 北京 said the port would reopen, 노동자들이 화요일 밝혔다, the union said.\n",
    SPANISH + "El ministro dijo que the government will approve the reform soon, según fuentes.\n",
    SPANISH + "Los vecinos dijeron: «No hay agua desde el lunes».\n",
    KOREAN + "The Kremlin said the two leaders stressed that relations were at an all-time high.\n",
    ENGLISH + "French Socialists still close rallies with the motto \"liberté, égalité, fraternité\".\n",
    "Short.\n",
    "",
]


def token_offsets(text):
    document = Document(text)
    return list(document.token_starts) + [len(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_a_question_about_one_offset_is_answered_as_the_spans_answer_it(text):
    # Plain: the article's spans worked out, then the offset looked up.
    plain_document = Document(text)
    spans = plain_document.foreign_spans.spans()
    plain = [any(span.start <= offset < span.end for span in spans) for offset in token_offsets(text)]
    # Fast: a fresh document each time, whose spans are not worked out yet.
    fast = [Document(text).foreign_spans.covers(offset) for offset in token_offsets(text)]
    assert fast == plain


def test_the_fast_answer_leaves_the_spans_unworked_on_a_line_without_foreign_words():
    text = TEXTS[1]
    document = Document(text)
    clean = text.index("caps their")  # the second line: English only
    assert document.foreign_spans.covers(clean) is False
    assert foreign_spans.LINE_RUN_WORDS not in document.foreign_spans._by_min_words  # answered from the line
    foreign = text.index("todavía")
    assert document.foreign_spans.covers(foreign) is True
    assert foreign_spans.LINE_RUN_WORDS in document.foreign_spans._by_min_words


@pytest.mark.parametrize("text", TEXTS)
def test_the_line_gate_for_one_line_is_the_article_walks_gate(text, monkeypatch):
    # line_may_hold_run is False exactly on the lines the article's walk
    # skips: with the gate of the walk always open, every run found lies on
    # a line it lets through.
    document = Document(text)
    article = document.foreign_spans.language
    if article is None:
        return
    gated = {line.number for line in document.lines if foreign_spans.line_may_hold_run(document, article, line)}
    monkeypatch.setattr(foreign_spans, "_gate_passes", lambda *args: True)
    found = list(foreign_spans.same_script_spans(Document(text), article, 2))
    assert {document.line_at(span.start).number for span in found} <= gated


def test_tx102_leaves_a_string_in_another_languages_run_alone_whatever_runs_first():
    alone = Linter(select=["TX102"])
    with_ml = Linter(select=["ML", "TX102"])
    for text in TEXTS[:2]:
        tx = [(d.line, d.col, d.message) for d in alone.lint_text(text)]
        both = [(d.line, d.col, d.message) for d in with_ml.lint_text(text) if d.code == "TX102"]
        assert tx == both
    messages = [d.message for d in alone.lint_text(TEXTS[1])]
    assert messages == ['glued words "aproper": probably "a proper"']  # not "todo" (to do) in the Spanish clause
    assert [d.message for d in alone.lint_text(TEXTS[0])] == []  # nor "bisher" (bis her) in the German one


def test_the_spans_are_the_documents_and_kept():
    document = Document(TEXTS[0])
    first = document.foreign_spans.spans()
    assert document.foreign_spans.spans() is first
    assert [document.text[span.start : span.end] for span in first] == ["und die Regierung hat bisher nichts dazu gesagt"]
    assert document.foreign_spans.language == document.language  # an English article the vote reads right
    assert Document("2024 -- 15:30\n").foreign_spans.spans() == []


def test_an_article_is_freed_when_its_last_reference_goes(monkeypatch):
    # No cycle between a document and what rules keep in its memo (the
    # foreign spans, TX102's word use): a corpus run's articles are freed one
    # by one, not left to the cyclic collector.
    import gc
    import weakref

    from newslint import document as document_module

    made = []
    plain_init = document_module.Document.__init__

    def remembered_init(self, *args, **kwargs):
        plain_init(self, *args, **kwargs)
        made.append(weakref.ref(self))

    monkeypatch.setattr(document_module.Document, "__init__", remembered_init)
    linter = Linter(select=["ML", "TX"])
    collecting = gc.isenabled()
    gc.disable()  # checked while off: a collection would free a cycle too
    try:
        found = [d.code for d in linter.lint_text(TEXTS[1] + "The mayor said aproper vote was due.\n")]
        assert "ML102" in found and "TX102" in found
        assert len(made) == 1 and made[0]() is None
        spans = Document(TEXTS[0]).foreign_spans  # the view keeps its document
        assert spans.covers(TEXTS[0].index("bisher"))
        assert made[1]() is not None
        del spans
        assert made[1]() is None
    finally:
        if collecting:
            gc.enable()


def _plain_fitting_latin_language(document):
    """fitting_latin_language as it was written first: a comprehension and a
    sum over every value."""
    article = document.language
    if article is None or article.script != "Latin":
        return None
    words = [text for text in itertools.islice(document.token_texts, language.SAMPLE_WORDS * 2) if text.isalpha()]
    words = words[: language.SAMPLE_WORDS]
    if len(words) < language.MIN_FIT_WORDS:
        return article.code
    lowered = [word.lower() for word in words]

    def known(code):
        return sum(language.common_zipf(word, code) > 0.0 for word in lowered)

    if known(article.code) >= language.MIN_KNOWN_SHARE * len(words):
        return article.code
    best = max(language.LATIN_LANGUAGES, key=known)
    return best if known(best) >= language.MIN_KNOWN_SHARE * len(words) else language.UNKNOWN_LATIN


VIETNAMESE = (
    "Công nhân cảng đã bỏ phiếu vào thứ Ba để chấm dứt cuộc đình công kéo dài hai tuần.\n"
    "Thỏa thuận mang lại cho công nhân mức tăng lương trong hai năm và giới hạn ca đêm của họ, công đoàn cho biết.\n"
)
TURKISH = (
    "Liman işçileri salı günü iki haftalık grevi sona erdirmek için oy kullandı ve anlaşma kabul edildi.\n"
    "Anlaşma işçilere iki yıl boyunca ücret artışı veriyor ve gece vardiyalarını sınırlıyor, dedi sendika.\n"
)


@pytest.mark.parametrize("text", TEXTS + [VIETNAMESE, TURKISH, ENGLISH * 40, SPANISH * 30 + ENGLISH * 30])
def test_fitting_latin_language_as_written_first(text):
    document = Document(text)
    assert language._fitting_latin_language(document) == _plain_fitting_latin_language(document)


def test_the_lists_keys_spell_a_curly_apostrophe_as_the_lists_do():
    words = ["don’t", "port", "it's"]
    assert language._table_keys(words) == ["don't", "port", "it's"]
    plain = ["port", "strike"]
    assert language._table_keys(plain) == plain
    assert language.common_zipf_column(["don’t", "port"], "en") == [language.common_zipf("don't", "en"), language.common_zipf("port", "en")]
