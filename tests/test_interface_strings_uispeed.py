"""UI rules (issue 14, warm speed): the cheap tests that let the UI rules skip
work give the answers the work would have given."""
from newslint import Document
from newslint.document import CJK_RUN, FIRST_CJK
from newslint.rules.interface_strings import layout
from newslint.rules.interface_strings.catalogue import SEPARATOR
from newslint.rules.interface_strings.layout import _content_terms, content_words
from newslint.rules.interface_strings.strings import PIPE, SEPARATOR_CHARACTERS

TEXT = (
    "Dock workers at Rotterdam's container terminal voted to end their strike.\n"
    "港湾労働者はストライキを終えることに投票した。\n"
    "鹿特丹港的码头工人投票结束罢工。\n"
    "styleで選択したテキスト and Würzburg's élan\n"
)


def test_no_cjk_run_character_before_first_cjk():
    # _content_terms skips the CJK search for a word below FIRST_CJK.
    assert not [code for code in range(ord(FIRST_CJK)) if CJK_RUN.match(chr(code))]


def test_content_words_are_the_union_of_each_tokens_terms():
    document = Document(TEXT)
    language = document.language.code if document.language else "en"
    for line in document.content_lines:
        first, last = document.token_range(line.start, line.end)
        expected = set().union(*(_content_terms(token, language) for token in document.token_texts[first:last]))
        assert content_words(document, line.start, line.end) == expected
    assert any("選択" in content_words(document, line.start, line.end) for line in document.content_lines)


def test_terms_table_starts_again_when_full(monkeypatch):
    monkeypatch.setattr(layout, "MAX_CACHED_TERMS", 3)
    monkeypatch.setattr(layout, "_TERMS_BY_LANGUAGE", {})
    first = content_words(Document(TEXT), 0, len(TEXT))
    second = content_words(Document(TEXT), 0, len(TEXT))
    assert first == second and first
    assert all(len(table) <= len(set(Document(TEXT).token_texts)) for table in layout._TERMS_BY_LANGUAGE.values())


def test_separator_and_pipe_need_one_of_their_characters():
    # check_line splits a line only when it holds one of these characters.
    spaces = " \t\u00a0\u3000"
    for code in range(0x3100):
        character = chr(code)
        if character in SEPARATOR_CHARACTERS:
            continue
        for space in spaces:
            text = f"News{space}{character}{space}Sport"
            assert SEPARATOR.search(text) is None, repr(text)
            if character != "｜":
                assert PIPE.search(text) is None, repr(text)
    assert SEPARATOR.split("News | Sport") == ["News", "Sport"]
    assert SEPARATOR.split("News – Sport") == ["News", "Sport"]
