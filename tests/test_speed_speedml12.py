"""Issue 14, ML and the word services: each batch, shortcut and gate added
for speed answers as the per-word path it stands for does."""
import math

import pytest

from newslint import Document, language, words
from newslint import foreign_spans as ml

# Words written for these tests: common and rare words of several Latin-script
# languages, both apostrophes, elisions, capitals, titlecase and CJK.
WORDS = ["the", "and", "de", "la", "der", "und", "que", "don't", "don’t", "l’état", "L'État", "dell'anno",
         "qu'il", "Paris", "Schiff", "zzqxv", "東京", "él", "über", "ação", "Der", "Und", "Regierung", "gobierno",
         "İstanbul", "ǅemal", "STRASSE", "Straße", "DER", "EL", "Gobierno", "sería", "y", "Ursula", "von",
         "retirement", "village", "in", "a", "I", "x", "Ω", "l’", "aujourd'hui", "großen", "τους", "rock'n'roll"]
TABLE = {f"word{number}": number / 7 for number in range(3000)}


def _judged_one_by_one(word, article, candidates):
    """_judge's verdict as the per-word path reaches it: the elision, else
    the word's own two table reads."""
    elided = ml._elided(word, article, candidates)
    return elided if isinstance(elided, tuple) else ml._judge_known(elided, article, candidates)


@pytest.mark.parametrize("article", ["en", "fr", "de", "es"])
def test_words_judged_as_columns_are_judged_as_one_at_a_time(article):
    candidates = tuple(code for code in language.LATIN_LANGUAGES if code != article)[: ml.MAX_CANDIDATES]
    together = ml._judge_all(WORDS, article, candidates)
    assert together == {word: _judged_one_by_one(word, article, candidates) for word in WORDS}
    if article == "en":
        assert together["der"][0] == "foreign" and together["the"][0] == "native"
    assert ml._judge_all([], article, candidates) == {}


def test_best_common_zipf_columns_are_best_common_zipf_word_by_word():
    candidates = ("es", "fr", "de", "pt")
    lowered = [word.lower() for word in WORDS]
    values, places = language.best_common_zipf_columns(lowered, candidates)
    assert list(zip(values, places)) == [language.best_common_zipf(word, candidates) for word in lowered]
    assert places[lowered.index("que")] >= 0 and values[lowered.index("zzqxv")] == 0.0


# Lines mixing scripts the ways script_spans must read: runs joined across
# punctuation, broken by a full stop or a quotation mark, Latin words
# between, the kana long-vowel mark alone and inside a run, marks of no
# listed script, Han next to kana and Hangul.
MIXED_LINES = [
    "The firm said 田中防衛大臣が「F35」を購入 and then 自民党の議員が, later.",
    "Kim Jong-un (김정은) met officials in 北京 and 東京 on Tuesday.",
    "Prices rose ー and the word コーヒー stood alone, ー again.",
    "Он сказал, что «это важно». Then English. Ещё раз! и снова",
    "Mixed 서울 and 東京 with 서울東京 glued, and a dot. 서울 again",
    "Accents é, à and a combining mark é̀ between Ελλάδα and Αθήνα.",
    "No other script at all, only Latin letters and “quotes”.",
    "हिन्दी में लिखा, English words, العربية نص and עברית.",
    "Ends on a foreign run: 한국어 문장",
]


@pytest.mark.parametrize("line", MIXED_LINES)
def test_script_spans_of_a_latin_article_skip_its_latin_runs_with_the_same_spans(line, monkeypatch):
    text = "Some English first.\n" + line + "\nAnd after."
    start = text.index(line)
    fast = list(ml.script_spans(text, start, start + len(line), {"Latin"}))
    monkeypatch.setattr(ml, "LATIN_ONLY", {"not a script"})  # every run walked, Latin included
    walked = list(ml.script_spans(text, start, start + len(line), {"Latin"}))
    assert fast == walked
    assert fast or line.startswith("No other")


def test_a_tables_count_of_known_words_is_the_count_of_its_values_above_0(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(words, "MIN_LOOKUPS_BEFORE_LOADING", 100)
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: pytest.fail("the cache file was not used"))
    asked = [*TABLE, *(f"other{number}" for number in range(500))][::7]
    expected = sum(TABLE.get(word, 0.0) > 0 for word in asked[:50])
    assert read.count_known(asked[:50]) == expected  # word0 holds 0.0: not known
    assert read._dict is None  # 50 lookups: still answered from the file
    assert read.count_known(asked[50:]) == sum(TABLE.get(word, 0.0) > 0 for word in asked[50:])
    assert read._dict == TABLE  # loaded by the batch that crossed the threshold, as get_many loads
    assert read.count_known(asked) == sum(TABLE.get(word, 0.0) > 0 for word in asked)
    monkeypatch.setattr(words, "MAX_WORDS_LOADED", 100)  # a table that never loads
    large = words._cached("test", "yy", lambda: dict(TABLE))
    large = words._cached("test", "yy", lambda: {})
    assert large.count_known(asked) == sum(TABLE.get(word, 0.0) > 0 for word in asked) and large._dict is None
    assert words.Table(table={"a": 1.0, "b": 0.0}).count_known(["a", "b", "c", "a"]) == 2


def test_common_known_count_is_the_count_of_the_common_column_above_0():
    lowered = [word.lower() for word in WORDS] * 3
    for code in ("en", "de", "fr"):
        assert language.common_known_count(lowered, code) == sum(value > 0 for value in language.common_zipf_column(lowered, code))


def _lines_scanned(document, article, candidates, kind_of, in_script, judge):
    """The lines the gate before the gate lets through, each line's words
    counted on their own (the plain path)."""
    ml._lines_with_foreign_words(document, article, candidates, kind_of, in_script, judge)  # judges the types
    foreign = {word for word in document.token_types if kind_of.get(word) == ml.FOREIGN}
    for line in document.lines:
        first, last = document.token_range(line.start, line.end)
        words_on_line = document.token_texts[first:last]
        if sum(word in foreign for word in words_on_line) >= ml.MIN_EVIDENCE_WORDS:
            yield line, words_on_line


def test_lines_with_foreign_words_are_those_whose_own_words_hold_two():
    text = (
        "The harbour master said the ferry would sail on Tuesday.\n"
        "The mayor promised new housing, pero los vecinos siguen esperando.\n"
        "A single word, pero, on its own line.\n"
        "\n"
        "Der Koffer wurde later that night von Experten untersucht.\n"
        "Fishermen said the catch was poor this year.\n"
    )
    document = Document(text)
    article = language.Language("en", "Latin")
    candidates = ml._candidates(article)
    caches = (ml._kind_cache("en", candidates), ml._script_words("Latin"), ml._judge_cache("en", candidates))
    found = list(ml._lines_with_foreign_words(document, article, candidates, *caches))
    assert found == list(_lines_scanned(document, article, candidates, *caches))
    assert [line.number for line, _ in found] == [2, 5]


def test_folding_a_lowered_word_folds_the_word():
    # fitting_latin_language reads the document's folded tokens as the
    # lists' keys of the lowered words (table_key of word.lower()).
    for code_point in range(0x110000):
        if not 0xD800 <= code_point < 0xE000:
            character = chr(code_point)
            assert character.lower().casefold() == character.casefold(), hex(code_point)
    for word in ["ΟΔΟΣ", "ΣΑΣ", "Σ", "İstanbul", "Straße", "STRASSE", "ǅemal", "Ꭰꭰ", "über"]:
        assert language.table_key(word.lower()) == word.casefold()


@pytest.mark.parametrize("text", [
    "The harbour master said the ferry would sail on Tuesday after the storm had passed the coast. " * 3,
    "Der Hafenmeister sagte, die Fähre werde am Dienstag auslaufen, nachdem der Sturm vorüber sei. " * 3,
    "Ο λιμενάρχης είπε ότι το πλοίο θα αναχωρήσει την Τρίτη, ΟΤΑΝ ΠΕΡΑΣΕΙ Ο ΚΑΙΡΟΣ στο νησί μας. " * 3,
    "Bến cảng sẽ mở cửa lại vào thứ Ba sau khi cơn bão đi qua bờ biển của tỉnh này, ông nói. " * 3,
    "Chủ tàu nói the ferry would sail on Tuesday, và người dân vui mừng chờ đợi ở bến cảng. " * 3,
])
def test_the_fitted_language_is_the_one_the_lowered_words_fit(text):
    document = Document(text)
    article = document.language
    if article.script != "Latin":
        assert language.fitting_latin_language(document) is None
        return
    picked = [word for word in document.token_texts[: language.SAMPLE_WORDS * 2] if word.isalpha()][: language.SAMPLE_WORDS]
    lowered = [word.lower() for word in picked]

    def known(code):
        return sum(value > 0 for value in language.common_zipf_column(lowered, code))

    share = language.MIN_KNOWN_SHARE * len(picked)
    if known(article.code) >= share:
        expected = article.code
    else:
        best = max(language.LATIN_LANGUAGES, key=known)
        expected = best if known(best) >= share else language.UNKNOWN_LATIN
    assert language.fitting_latin_language(document) == expected


# Lines written for these tests: clauses of other languages inside long
# English lines, two clusters on one line, loan phrases around and inside
# them, sentence-initial capitals, names with particles, a German and a
# Spanish article with English inside.
STRETCH_TEXTS = [
    "The council met on Monday to discuss the harbour. The mayor promised new housing, pero los vecinos siguen "
    "esperando respuestas desde hace años, and the meeting ended late. In camera the members agreed, "
    "de facto, that y el gobierno dijo que la reforma sería aprobada pronto was not true.\n",
    "He said un certain nombre de people agreed, per person per year, with Ursula von der Leyen. Der Koffer "
    "wurde later that night von Experten untersucht, sagte die Polizei, in situ and in vitro alike.\n",
    "Los vecinos waited. Pero nadie vino. The coup d'état was c'est la vie for the joie de vivre of the town, "
    "said Juan Carlos de la Vega, while die Regierung hat gestern beschlossen, die Steuern zu senken.\n",
    "Der Bürgermeister sagte am Montag, the government will not change its mind, und die Bürger warteten "
    "lange auf eine Antwort, but nobody came to the meeting in the town hall that evening.\n",
    "El alcalde dijo el lunes que the council would meet again next week, y los vecinos esperaron "
    "la respuesta durante horas, pero nadie apareció en la reunión de la noche.\n",
]


@pytest.mark.parametrize("text", STRETCH_TEXTS)
@pytest.mark.parametrize("min_words", [2, 3, 4])
def test_runs_found_in_stretches_are_those_a_walk_of_every_word_finds(text, min_words, monkeypatch):
    document = Document("The harbour master said the ferry would sail on Tuesday after the storm.\n" + text)
    article = document.fitted_language
    in_stretches = list(ml.same_script_spans(document, article, min_words))
    monkeypatch.setattr(ml, "_stretches", lambda kinds: dict.fromkeys(range(len(kinds)), 0))
    assert list(ml.same_script_spans(document, article, min_words)) == in_stretches
    assert in_stretches or article.code != "en"


def test_a_stretch_is_the_words_between_two_of_the_articles_own_with_two_possibly_foreign():
    F, N, O = ml.FOREIGN, ml.NATIVE, ml.OTHER
    kinds = [O, F, N, F, O, F, N, N, F, None, O, N, F]
    assert ml._stretches(kinds) == {3: 1, 4: 1, 5: 1, 8: 3, 9: 3, 10: 3}
    assert ml._stretches([N, F, N]) == {} and ml._stretches([F, F]) == {0: 0, 1: 0}


def test_a_loan_phrase_opened_outside_the_stretches_still_covers_the_words_in_them(monkeypatch):
    # English's own list holds no phrase running from one of its words into
    # a foreign stretch, so one is made up here: "piece" is English's own
    # (outside every stretch), "de la ville" the stretch's first words.
    monkeypatch.setattr(ml, "_loan_phrases", lambda language: {"piece": ("piece de la ville",)} if language == "en" else {})
    document = Document(
        "The harbour master said the ferry would sail on Tuesday after the storm had passed, and the fishermen agreed.\n"
        "The strike became a piece de la ville y los vecinos siguen esperando respuestas desde hace años, said the mayor.\n"
    )
    article = document.fitted_language
    in_stretches = [document.text[span.start : span.end] for span in ml.same_script_spans(document, article, 3)]
    monkeypatch.setattr(ml, "_stretches", lambda kinds: dict.fromkeys(range(len(kinds)), 0))
    walked = [document.text[span.start : span.end] for span in ml.same_script_spans(document, article, 3)]
    assert in_stretches == walked == ["los vecinos siguen esperando respuestas desde hace años"]


def test_a_tables_find_answers_as_get_and_a_large_one_remembers_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    asked = [*list(TABLE)[::5], "other", "word1", "word0"]
    small = words._cached("test", "xx", lambda: dict(TABLE))
    small = words._cached("test", "xx", lambda: {})
    assert [small.find(word, -1.0) for word in asked] == [TABLE.get(word, -1.0) for word in asked]
    monkeypatch.setattr(words, "MAX_WORDS_LOADED", 100)
    large = words._cached("test", "yy", lambda: dict(TABLE))
    large = words._cached("test", "yy", lambda: {})
    assert [large.find(word, -1.0) for word in asked] == [TABLE.get(word, -1.0) for word in asked]
    assert large._dict is None and not large._answers and not large._lacking
    assert words.Table(table={"a": 2.0}).find("a") == 2.0 and words.Table(table={}).find("b", 0.0) == 0.0


def test_zipf_reads_the_large_list_as_before():
    for word in ["the", "harbour", "zzqxv", "ferry", "retirement", "café", "don't"]:
        language._ZIPFS.clear()
        frequency = language._full_list("en").get(language.table_key(word), 0.0)
        expected = math.log10(frequency) + 9 if frequency > 0 else 0.0
        assert language.zipf(word, "en") == expected


def test_type_verdicts_pass_the_types_the_judge_accepts_judging_each_once():
    asked = []

    def judge(word):
        asked.append(word)
        return word.startswith("s")

    verdicts = words.TypeVerdicts()
    first = frozenset({"sea", "ship", "harbour", "storm", "ferry"})
    second = frozenset({"sea", "sail", "tide", "ship"})
    assert verdicts.passing(first, judge) == {"sea", "ship", "storm"}
    assert verdicts.passing(second, judge) == {"sea", "sail", "ship"}
    assert sorted(asked) == sorted(first | second)  # each type judged once
    assert verdicts.passing(frozenset(), judge) == set()
