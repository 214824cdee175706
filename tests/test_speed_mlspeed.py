"""Issue 14's work done once for ML and the document model: every batch,
cache and gate answers as the plain per-word path does."""
import pytest

from newslint import Document, Linter, language, words
from newslint import foreign_spans as ml

# Words written for these tests: common and rare in several Latin-script
# languages, both apostrophes, elisions, capitals, a CJK word.
WORDS = ["the", "and", "de", "la", "der", "und", "que", "don't", "don’t", "l’état", "L'État", "dell'anno",
         "qu'il", "Paris", "Schiff", "zzqxv", "東京", "él", "über", "ação", "Der", "Und", "Regierung", "gobierno"]
TABLE = {f"word{number}": number / 7 for number in range(3000)}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_tables_answers_in_a_batch_are_its_answers_one_by_one(cache, monkeypatch):
    # Before the table loads, in the batch that makes it load, and after.
    monkeypatch.setattr(words, "MIN_LOOKUPS_BEFORE_LOADING", 100)
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: pytest.fail("the cache file was not used"))
    asked = [*TABLE, *(f"other{number}" for number in range(500))][::7]
    first = read.get_many(asked[:50], -1.0)
    assert read._dict is None  # 50 lookups: still answered from the file
    second = read.get_many(asked[50:], -1.0)
    assert read._dict == TABLE  # loaded before the batch that crossed the threshold
    assert first + second == [TABLE.get(word, -1.0) for word in asked]
    assert read.get_many(asked, -1.0) == [TABLE.get(word, -1.0) for word in asked]


def test_a_large_tables_answers_in_a_batch_are_its_answers_one_by_one(cache, monkeypatch):
    monkeypatch.setattr(words, "MAX_WORDS_LOADED", 100)  # never loads: remembers its answers
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: {})
    asked = [*list(TABLE)[::3], "other", "word1"]
    assert read.get_many(asked, 0.0) == [TABLE.get(word, 0.0) for word in asked]
    assert read._dict is None


@pytest.mark.parametrize("article", ["en", "fr", "de"])
def test_words_judged_together_are_judged_as_one_at_a_time(article):
    candidates = tuple(code for code in language.LATIN_LANGUAGES if code != article)[: ml.MAX_CANDIDATES]
    language._COMMON_ROWS.clear()
    one_by_one = {}
    for word in WORDS:
        language._COMMON_ROWS.clear()
        one_by_one[word] = ml._judge(word, article, candidates)
    language._COMMON_ROWS.clear()
    assert ml._judge_all(WORDS, article, candidates) == one_by_one


def _reference_kind(word, article, candidates):
    """The gate's kind of a word as _judge's verdicts on its forms say."""
    if not ml._in_script(word, article.script):
        return ml.OTHER
    forms = (word, word.lower()) if word[0].isupper() else (word,)
    verdicts = [ml._judge(form, article.code, candidates)[0] for form in forms]
    if ml.FOREIGN in verdicts:
        return ml.FOREIGN
    return ml.NATIVE if all(verdict == ml.NATIVE for verdict in verdicts) else ml.OTHER


KIND_WORDS = WORDS + ["İstanbul", "ǅemal", "STRASSE", "Straße", "DER", "EL", "Gobierno", "sería", "que", "y",
                      "Ursula", "von", "Leyen", "retirement", "village", "in", "a", "I", "x", "Ω", "l’", "aujourd'hui"]


@pytest.mark.parametrize("code", ["en", "es", "de"])
def test_word_kinds_in_a_batch_are_the_verdicts_kinds(code):
    article = language.Language(code, "Latin")
    candidates = tuple(other for other in language.LATIN_LANGUAGES if other != code)[: ml.MAX_CANDIDATES]
    together = {}
    ml._word_kinds(KIND_WORDS, together, {}, {}, article, candidates)
    assert together == {word: _reference_kind(word, article, candidates) for word in KIND_WORDS}
    if code == "en":
        assert together["der"] == ml.FOREIGN and together["the"] == ml.NATIVE and together["東京"] == ml.OTHER


def _reference_sample_words(sample, script):
    """What the language vote read before: every word of the vote sample,
    those in the script, the first SAMPLE_WORDS of them."""
    found = language.WORD.findall(sample, 0, language.VOTE_SAMPLE_CHARS)
    words = [word for word in found if language.SCRIPTS[script].match(word[0])][: language.SAMPLE_WORDS]
    return " ".join(words).lower().split(" ") if words else []


def _reference_script_counts(sample):
    latin = sum(map(len, language.LATIN_RUN.findall(sample)))
    return latin, sum(map(len, language.OTHER_SCRIPTS_RUN.findall(sample)))


# Text written for these tests, in several scripts; words cut at every
# window's edge as the paragraphs are repeated to different lengths.
PARAGRAPHS = [
    "The council said on Monday that the bridge would reopen in spring, after repairs.",
    "El ayuntamiento dijo que el puente volvería a abrir en primavera, tras las obras.",
    "Die Stadt sagte am Montag, dass die Brücke im Frühling wieder öffnet.",
    "시의회는 월요일에 다리가 봄에 다시 열릴 것이라고 말했다.",
    "Городской совет заявил, что мост откроется весной.",
    "市议会周一表示，这座桥将在春季重新开放。",
    "“Quoted” — and naïve café words, Zürich’s rôle.",
]


@pytest.mark.parametrize("mix", [(0,), (1,), (2,), (0, 3), (0, 4), (3, 0), (4,), (5, 0), (0, 6), (6, 2), (1, 4, 4)])
def test_the_language_vote_reads_the_words_the_whole_sample_scan_read(mix):
    for repeats in (1, 7, 40, 97, 130, 260, 700):
        text = "\n".join(PARAGRAPHS[index] for _ in range(repeats) for index in mix)
        sample = text[: language.SAMPLE_CHARS]
        for script in ("Latin", "Hangul", "Cyrillic", "Han"):
            assert language._sample_words(sample, script) == _reference_sample_words(sample, script)
        for pattern in (language.WORD, language.ASCII_WORD):
            expected = pattern.findall(sample, 0, language.VOTE_SAMPLE_CHARS)[: language.SAMPLE_WORDS]
            assert language._first_words(pattern, sample) == expected
        data = sample.encode("utf-8")
        others = data.translate(None, language.ASCII_BYTES).decode("utf-8")
        ascii_letters = len(data) - len(data.translate(None, language.ASCII_LETTER_BYTES))
        counted = (ascii_letters + sum(map(len, language.LATIN_RUN.findall(others))),
                   sum(map(len, language.OTHER_SCRIPTS_RUN.findall(others))))
        assert counted == _reference_script_counts(sample)
        assert bool(language.NON_LATIN_LETTER.search(others)) == bool(language.NON_LATIN_LETTER.search(sample))


def test_articles_languages_as_the_paragraphs_say():
    assert Document("\n".join(PARAGRAPHS[:1] * 200)).language == language.Language("en", "Latin")
    assert Document("\n".join(PARAGRAPHS[1:2] * 200 + PARAGRAPHS[3:4])).language == language.Language("es", "Latin")
    assert Document("\n".join(PARAGRAPHS[3:4] * 50 + PARAGRAPHS[:1] * 3)).language == language.Language("ko", "Hangul")
    assert Document("12 345 — 678").language is None


@pytest.mark.parametrize("text", [PARAGRAPHS[0], "\n".join(PARAGRAPHS), PARAGRAPHS[6], "plain ascii only", "", "µ and ʹ: letters of no script"])
def test_a_texts_characters_outside_ascii_gate_as_the_whole_text(text):
    document = Document(text)
    assert document.non_ascii_characters == "".join(char for char in text if not char.isascii())
    assert document.ascii_words == (not any(not char.isascii() and (char.isalnum() or unicodedata_mark(char)) for char in text))


def unicodedata_mark(char):
    import unicodedata

    return unicodedata.category(char).startswith("M")


def test_a_line_in_another_script_is_still_found_in_a_latin_article():
    # The gate skips an article with no letter of another script; one such
    # letter, among curly quotes and accents, still makes its line scanned.
    from newslint import foreign_spans as ml_rules

    text = "“Café” — naïve words.\nAnother line here.\nHe said 안녕하세요 여러분 to everyone there.\n"
    document = Document(text)
    assert [line.number for line in ml_rules._lines_with_other_letters(document, document.language)] == [3]
    assert ml_rules._lines_with_other_letters(Document("“Café” — naïve words.\n"), language.Language("en", "Latin")) == []
    findings = [(d.code, d.line) for d in Linter(select=["ML101"]).lint_texts([("a", text)])]
    assert findings == [("ML101", 3)]


def _reference_votes(words, candidates):
    import collections
    import itertools

    index = language._voters(candidates)
    votes = dict.fromkeys(candidates, 0)
    votes.update(collections.Counter(itertools.chain.from_iterable(filter(None, map(index.get, words)))))
    return votes


@pytest.mark.parametrize("index", range(len(PARAGRAPHS)))
def test_the_language_vote_counts_as_one_count_per_occurrence(index, monkeypatch):
    words = " ".join(PARAGRAPHS[index : index + 2] * 3).lower().split()
    for candidates in (language.LATIN_LANGUAGES, ("ru", "uk", "bg"), ("es", "pt")):
        expected = _reference_votes(words, candidates)
        assert language._votes(words, candidates) == expected and list(language._votes(words, candidates)) == list(candidates)
        monkeypatch.setattr(language, "best_language", lambda words, candidates: "fallback")
        ranked = sorted(expected.values(), reverse=True)
        clear = ranked[0] >= language.MIN_VOTES and (len(ranked) == 1 or ranked[0] >= language.VOTE_LEAD * ranked[1])
        assert language.guess_language(words, candidates) == (max(expected, key=expected.get) if clear else "fallback")
