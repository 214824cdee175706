"""The engine's and the document model's fast paths give what the plain ones
do (issue 14): the counting pass's document reused by the checking pass, the
code-line gate, the word tables' batched answers, the lock-free computed
properties and the versions read once.  Texts written for the project."""
import json
import sys

import pytest
import regex

from newslint import Linter, checker, installed, line_kinds, runner, words
from newslint.document import Document
from newslint.sources import Article, ReadOptions, read_inputs

ARTICLES = [
    (
        "storm",
        "Storm Ellen brings flooding to coastal towns\n\n"
        "Residents of Harwick were told to leave their homes on Tuesday as the river rose (again) past the old "
        "bridge.\n\n"
        '"We have never seen it this high," said Mary Colton, who runs the bakery on Quay Street.\n\n'
        "The council said it would review its flood defences; a report is due in May.\n\n"
        "Share this article\nShare this article\n",
    ),
    (
        "tutorial",
        "How to count words in a file\n\n"
        "Open the file and read it line by line:\n\n"
        "    seen = set()\n"
        "    for line in handle:\n"
        "        seen.update(line.split())\n\n"
        "Then print(len(seen)) gives the number of distinct words.\n\n"
        "```\nresult = count(path)\n```\n\n"
        "That is all there is to it.\n",
    ),
    (
        "poem",
        "A poem read at the opening\n\n"
        "We carried the nets up the hill,\n"
        "and the sea came after us,\n"
        "slow as a held breath;\n"
        "we did not look back.\n\n"
        "The mayor thanked the poet and cut the ribbon at noon.\n",
    ),
    (
        "mixed",
        "Le festival revient cet été\n\n"
        "The organisers said the festival would return in July, with a programme that the director called "
        '"un grand retour à la forme" after two quiet years.\n\n'
        "東京の会場は満員だった。チケットは完売した。\n\n"
        "Tickets cost £40 (about €46) and go on sale on Friday.\n",
    ),
    (
        "crlf",
        "Council tax to rise\r\n\r\nThe rise, of 4.9%, was approved by 31 votes to 12.\r\n"
        "Mr. Hale said: it is the least bad choice.\r\n",
    ),
]


def _findings(linter, texts):
    return [(d.path, d.line, d.col, d.code, d.message) for d in linter.lint_texts(texts)]


# -- the counting pass's documents --------------------------------------------


def test_findings_with_the_counting_pass_documents_kept_are_those_without(monkeypatch):
    linter = Linter()
    kept = _findings(linter, ARTICLES)
    monkeypatch.setattr(checker, "MAX_KEPT_DOCUMENT_CHARS", 0)
    assert _findings(Linter(), ARTICLES) == kept
    assert kept  # the articles do give findings


def test_the_checking_pass_takes_the_document_the_counting_pass_built():
    linter = Linter()
    check = linter.checker
    articles = [Article(path, text, path) for path, text in ARTICLES]
    built = []
    for article in articles:
        check.collect(article, keep=True)
        built.append(check._kept.documents[checker._article_key(article)][1])
    assert all(check._document(article) is document for article, document in zip(articles, built))
    assert not check._kept.documents and check._kept.chars == 0  # each taken once


def test_a_kept_document_keeps_no_rules_memo_made_with_the_counting_rules_options():
    # UI's catalogue is memoised by the first rule to ask, with its options:
    # UI108 counting must not leave one without UI101's extra entries.
    row = "12 March 2024 | Zap this story"
    text = "Storm Ellen brings flooding\n\nResidents were told to leave on Tuesday as the river rose.\n\n" + row + "\n\nThe council will review its defences, it said on Friday.\n"
    plain = Linter(rules={"UI101": {"extra": ["Zap this story"]}})
    expected = [(d.line, d.code) for d in plain.lint_text(text, "a.txt")]
    check = plain.checker
    article = Article("a.txt", text, "a.txt")
    check.collect(article, keep=True)
    document = check._kept.documents[checker._article_key(article)][1]
    assert document._memo == {} and "lines" in document.__dict__
    assert [(d.line, d.code) for d in check.check(article)] == expected
    assert (5, "UI102") in expected


def test_a_kept_document_is_not_used_for_another_text_or_meta_under_the_same_name():
    check = Linter().checker
    article = Article("a.txt", ARTICLES[0][1], "a.txt")
    check.collect(article, keep=True)
    changed = article._replace(text=article.text.replace("Tuesday", "Wednesday"))
    assert check._document(changed).text == changed.text
    check.collect(article, keep=True)
    with_meta = article._replace(meta={"lang": "en"})
    document = check._document(with_meta)
    assert document.meta == {"lang": "en"}
    assert not check._kept.documents and check._kept.chars == 0


def test_documents_are_kept_only_within_the_budget_and_only_when_asked(monkeypatch):
    check = Linter().checker
    articles = [Article(path, text, path) for path, text in ARTICLES]
    check.collect(articles[0])  # not asked to keep (a counting worker, a user's own two passes)
    assert not check._kept.documents
    monkeypatch.setattr(checker, "MAX_KEPT_DOCUMENT_CHARS", len(articles[0].text) + len(articles[1].text))
    for article in articles:
        check.collect(article, keep=True)
    assert list(check._kept.documents) == [checker._article_key(article) for article in articles[:2]]
    assert check._kept.chars <= checker.MAX_KEPT_DOCUMENT_CHARS
    check.forget_kept_documents()
    assert not check._kept.documents and check._kept.chars == 0


def test_a_run_over_files_gives_the_same_findings_with_and_without_kept_documents(tmp_path, monkeypatch):
    paths = []
    for name, text in ARTICLES:
        path = tmp_path / f"{name}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    linter = Linter()
    # A JSON Lines corpus too: records of one file share its key but for their line.
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": name, "text": text}) + "\n" for name, text in ARTICLES), encoding="utf-8")
    paths.append(corpus)

    def read():
        return read_inputs([str(path) for path in paths], ReadOptions())

    def run():
        results = list(runner.run(read, linter.config, linter.checker))
        assert not linter.checker._kept.documents  # nothing left behind
        return [(r.path, [(d.line, d.col, d.code, d.message) for d in r.diagnostics]) for r in results]

    kept = run()
    monkeypatch.setattr(checker, "MAX_KEPT_DOCUMENT_CHARS", 0)
    assert run() == kept


# -- the code-line gate -------------------------------------------------------

CODE_AND_PROSE_LINES = [
    "seen = set()", "x += 1", "a == b", "if total > 10:", "} else {", "return value;", "print(total)",
    "seen.append(item)", "    indented line of a sample", "\tTabbed line", "```python", "~~~", "}", "{",
    "foo(bar);", "call(it),", "end of a call):", "for item in items: ", "const limit = 5", "value := 3",
    "Prices rose (again) in May.", "The minister said: ", "He paused; then spoke", "1 EUR = 0.86 GBP",
    "A caption (Photo: Reuters)", "Mr. Smith's plan (the third) failed.", "Read more at bbc.co.uk.",
    "东京的会议（第二次）结束了。", "Le prix a augmenté (encore) en mai.", "data.load( now", "x.y(",
    "", "   ", "plain prose without any sign of code at all", "ends with a brace {", "email me at a.b(c)",
]


@pytest.mark.parametrize("line", CODE_AND_PROSE_LINES)
def test_a_line_any_code_pattern_matches_gets_past_the_gate(line):
    matched = bool(line_kinds.FENCE.match(line) or line_kinds.INDENTED.match(line) or line_kinds.CODE_SYNTAX.search(line))
    if matched:
        assert line_kinds.may_be_code(line)


def test_the_gate_stops_most_prose():
    prose = [line for line in CODE_AND_PROSE_LINES[20:] if not line_kinds.CODE_SYNTAX.search(line)]
    assert sum(map(line_kinds.may_be_code, prose)) < len(prose)


def test_every_white_space_character_of_the_patterns_is_one_rstrip_takes_off():
    everything = "".join(map(chr, range(sys.maxunicode + 1))).encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    assert all(character.isspace() for character in regex.findall(r"\s", everything))


def _code_lines_without_gate(document):
    texts = [line.text for line in document.lines]
    if not any(line_kinds.FENCE.match(t) or line_kinds.INDENTED.match(t) or line_kinds.CODE_SYNTAX.search(t) for t in texts):
        return frozenset()
    return line_kinds.find_code_lines(document)


@pytest.mark.parametrize("name,text", ARTICLES + [("code", "\n".join(CODE_AND_PROSE_LINES))])
def test_code_lines_are_those_found_without_the_gate(name, text):
    assert Document(text).code_lines == _code_lines_without_gate(Document(text))


def test_the_tutorial_has_code_and_the_news_none():
    assert Document(ARTICLES[1][1]).code_lines
    assert not Document(ARTICLES[0][1]).code_lines


# -- the word tables' batched answers -----------------------------------------

TABLE = {"the": 0.05, "naïve": 1.5e-06, "zebra": 2e-07, "a": 0.02, "aa": 3e-09, "東京": 4e-05}
ASKED = [*TABLE, "zzz", "th", "the", "zzz", "naive", "東", "a", "Zebra", "zebra"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.mark.parametrize("memory", [3, 5, 100])
@pytest.mark.parametrize("default", [None, 0.0, -1.0])
def test_a_large_tables_batched_answers_are_its_answers_one_by_one(cache, monkeypatch, memory, default):
    monkeypatch.setattr(words, "MAX_WORDS_LOADED", 3)  # never loads: remembers its answers
    monkeypatch.setattr(words, "MAX_REMEMBERED_ANSWERS", memory)
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: {})
    expected = [TABLE.get(word, default) for word in ASKED]
    for _ in range(3):
        assert read.get_many(ASKED, default) == expected
        assert [read.get(word, default) for word in ASKED] == expected
        assert read.get_many(ASKED[3:9], default) == expected[3:9]
    assert read._dict is None
    # Bounded, save for one batch larger than the whole memory.
    assert len(read._answers) + len(read._lacking) <= max(memory, len(set(ASKED)))


# -- the document's computed properties, the versions -------------------------


def test_a_computed_property_is_computed_once_and_kept_on_the_instance():
    document = Document("One line.\nTwo lines.\n")
    assert "lines" not in document.__dict__
    first = document.lines
    assert document.__dict__["lines"] is first and document.lines is first
    assert isinstance(Document.lines, type(Document.__dict__["shapes"]))
    assert Document.lines.__doc__ is None or isinstance(Document.lines.__doc__, str)
    assert Document.shapes.__doc__.startswith("The shape of each line")


def test_memo_computes_once_per_key():
    document = Document("text")
    calls = []
    assert document.memo("T.k", lambda d: calls.append(1) or 7) == 7
    assert document.memo("T.k", lambda d: calls.append(1) or 8) == 7
    assert calls == [1]


def test_a_version_is_what_the_installed_metadata_says():
    assert installed.version("newslint") == installed.installed()["versions"]["newslint"]
    assert installed.version("no-such-package") == installed.UNKNOWN_VERSION


def test_threads_sharing_a_linter_keep_their_own_documents():
    # One call's start or end (which drops what it kept) must not drop or
    # miscount what another thread's call kept (review, rv8).
    import threading

    linter = Linter()
    expected = _findings(linter, ARTICLES)
    results, errors = [], []

    def lint_many():
        try:
            for _ in range(5):
                results.append(_findings(linter, ARTICLES))
        except Exception as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=lint_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(results) == 20 and all(result == expected for result in results)
    assert linter.checker._kept.chars == 0 and not linter.checker._kept.documents
