"""The cheap gates in front of TX's checks must never hide a finding: each
test puts damage where a gate is easiest to get wrong (the very end of the
text, the start of a line, far from anything else, beside CJK or
right-to-left text) and compares with the path the gate skips."""
import json
import random

import pytest

from newslint import Document, Linter
from newslint import mojibake  # the document model finds mojibake; TX104 reports it

TRICKY = (
    "Mr O’Neill’s rock'n'roll co-op said 5the the x²y is fine.\n"
    "東京で会議が開かれた。 Seoul said 협상이 협상이 끝났다.\n"
    "قال قال الوزير إن المحادثات ستستأنف. שלום שלום.\n"
    "Combining: cafe\u0301 cafe\u0301, 5\u0301the Straße STRASSE -dash- 'quoted'\n"
)


def test_the_token_services_tx_reads_need_no_token_objects():
    built = Document(TRICKY)
    tokens = built.tokens
    fresh = Document(TRICKY)
    assert list(fresh.token_texts) == [token.text for token in tokens]
    assert list(fresh.folded_tokens) == list(built.folded_tokens)
    assert fresh.token_types == built.token_types
    wanted = [0, 3, 4, len(tokens) - 1]
    assert fresh.tokens_at(wanted) == {index: tokens[index] for index in wanted}
    assert "tokens" not in vars(fresh)  # none of that built the tokens
    assert built.tokens_at(wanted) == {index: tokens[index] for index in wanted}


def _found(linter, text):
    return [(d.line, d.col, d.code, d.message, d.suggestion) for d in linter.lint_text(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The vote ended in the the", [(1, 19, 'doubled word "the the"')]),
        ("Prices rose by 5the the end.\n", [(1, 17, 'doubled word "the the"')]),
        ("Seoul said 협상이 협상이\n", [(1, 12, 'doubled word "협상이 협상이"')]),
        ("قال قال الوزير\n", [(1, 1, 'doubled word "قال قال"')]),
        ("It ended with the\nthe start of a new line.\n", []),
        ("Ha ha ha, the the the crowd laughed.\n", []),
    ],
)
def test_doubled_words_where_the_gate_must_open(text, expected):
    found = [(line, col, message) for line, col, _, message, _ in _found(Linter(select=["TX101"]), text)]
    assert found == expected


def test_doubled_words_with_tokens_built_or_not():
    linter = Linter(select=["TX101"])
    text = "The the minister said said that that was was final final.\n" * 3
    rule, options, _ = next(iter(linter.checker._active(None)))
    fresh, built = Document(text), Document(text)
    built.tokens
    assert list(rule.check_document(fresh, options)) == list(rule.check_document(built, options))
    assert len(list(rule.check_document(fresh, options))) == 12  # "that that" is allowed


def test_the_mojibake_gate_reads_the_installed_ftfy():
    # Otherwise every article is searched line by line: right, but the gate is untested.
    assert mojibake._gate() is not None


MOJIBAKE_TEXTS = [
    "Headline\n\nThe minister said the plan was dead, and the café would reopen.\nShe said it wasnâ€™t",
    "Headline\n\nA long line of plain text that runs on and on without anything odd in it at all, for a while. cafÃ©\n",
    "Headline 2026.\nÃ  la carte menus returned on Monday, officials said.\nThe end.\n",  # only ^ matches it
    "东京会议开幕。代表们讨论了贸易问题。\n价格上涨了Â£5。\n",
    "قال الوزير إن المحادثات ستستأنف يوم الاثنين.\nThe envoy said â€œyesâ€\x9d.\n",
    "Plain headline\n\nA line with a C1 control \x93 here.\n",
    "Plain headline\n\nOne œ alone at the end œ",
]


@pytest.mark.parametrize("text", MOJIBAKE_TEXTS)
def test_mojibake_where_the_gate_must_open(text, monkeypatch):
    monkeypatch.setattr(mojibake, "_articles_before_gate", 0)  # the gate itself, as in a long run
    document = Document(text)
    assert any(mojibake._is_bad()(line.text) for line in document.lines)  # a line ftfy calls bad...
    assert mojibake._may_be_bad(document)  # ...opens the gate
    linter = Linter(select=["TX104"])
    gated = _found(linter, text)
    monkeypatch.setattr(mojibake, "_gate", lambda: None)  # every line searched, as before the gate
    assert _found(linter, text) == gated


def test_the_mojibake_gate_never_closes_on_a_bad_line(monkeypatch):
    # Debris spliced at random into text written for the project: whenever
    # a line is bad, the article-wide gate must be open.
    monkeypatch.setattr(mojibake, "_articles_before_gate", 0)
    rng = random.Random(14)
    clean = (
        "The council said the café on the square would reopen.\n"
        "“We’re delighted,” said Zoë Brontë, who runs it, adding that prices would not rise.\n"
        "東京の会議は月曜日に再開される。 قال الوزير إن المحادثات ستستأنف.\n"
    ) * 3
    debris = ["Ã©", "â€™", "Â£", "Ã ", "Â ", "â€œ", "\x93", "œ", "×²", "ÃƒÂ©", "Ð°", "вЂ", "ГўВЂВ.a", "à²", "√±"]
    is_bad = mojibake._is_bad()
    opened = 0
    for _ in range(400):
        text = clean
        for _ in range(rng.randrange(1, 3)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(debris) + text[at:]
        document = Document(text)
        bad = any(is_bad(line.text) for line in document.lines)
        gate = mojibake._may_be_bad(document)
        assert gate or not bad, text
        opened += bad
    assert opened > 100  # the test did put bad lines before the gate


def test_a_loop_is_found_without_the_tokens_built_first():
    linter = Linter(select=["TX110"])
    found = _found(linter, "Researchers at the University of Bern, Bern, Bern, Bern have unveiled a battery.\n")
    assert [code for _, _, code, _, _ in found] == ["TX110"]


LINE_RULE_TEXTS = [
    "Headline\n\nThe vote was close.\nAT&amp;T said so&nbsp",
    "Headline\n\nThe vote was close.<br>",
    "Headline\n\nThe vote was close.[caption id=\"1\"]",
    "Headline\n\nThe vote was delayed,, officials said..",
    "Headline\n\nThe minister resigned on Friday.The",
    "Headline\n\nThe inter\u00adnational summit\u200b",
    "Headline\n\nA word\u200djoined in Latin, and می\u200cخواهم in Persian.\n",
    "عنوان\n\nقال الوزير \u202bإن\u202c المحادثات ستستأنف.\nHe said \u202eevil\u202c things.\n",
    "東京\n\n会議が開かれた。The talks.Then\x0c more\x93.\n",
    "\ufeffHeadline\n\nA byte-order mark starts the file, and one\ufeff stands inside it.\n",
]


@pytest.mark.parametrize("text", LINE_RULE_TEXTS)
def test_line_rules_find_what_each_line_alone_would(text):
    # The engine asks each rule to look at the whole text first
    # (Rule.may_find_in) and then checks line by line; the findings must be
    # those of every line looked at alone.
    linter = Linter(select=["TX105", "TX106", "TX107", "TX108", "TX109"])
    document = Document(text)
    found = 0
    for rule, options, _ in linter.checker._active(None):
        whole = list(linter.checker._findings(rule, document, options, None))
        alone = [finding for line in document.lines for finding in rule.check_line(line, document, options)]
        assert whole == alone, rule.code
        found += len(whole)
    assert found  # each text holds something a line rule reports


def test_the_suspect_characters_are_the_same_for_both_engines():
    from newslint.rules.text_integrity import characters

    every_character = "".join(map(chr, range(0x110000)))
    found = characters.SUSPECT_ANYWHERE.findall(every_character)
    assert characters.SUSPECT.findall(every_character) == found
    assert len(found) > 60


ENDING_HEAD = (
    "Swiss researchers unveil new battery design\n\n"
    "Researchers at the University of Bern have unveiled a battery that charges in minutes.\n\n"
)
LINK, PAYWALL, ELLIPSIS = (
    "article ends in a link to the rest: the rest of the text was not scraped",
    "article ends in a paywall notice: the rest of the text was not scraped",
    "article ends in an ellipsis: the text was cut off",
)


@pytest.mark.parametrize(
    "ending, expected",
    [
        ("Il vous reste 80 % de cet article à lire.", [(5, 1, PAYWALL)]),
        ("Production could begin soon. 75% of this article remains", [(5, 1, PAYWALL)]),
        ("Production could begin if funding from the Continue reading", [(5, 44, LINK)]),
        ("Production could begin if funding from the Weiterlesen", [(5, 44, LINK)]),
        ("Production could begin soon. Subscribers only", [(5, 1, PAYWALL)]),
        ("Production could begin if funding from the...", [(5, 43, ELLIPSIS)]),
        ("Production could begin soon [...]", [(5, 30, ELLIPSIS)]),
        ("Production could begin soon (…)", [(5, 30, ELLIPSIS)]),
        ("Production could begin soon, and 60 % of it", []),
    ],
)
def test_endings_the_quick_checks_must_let_through(ending, expected):
    # Expected as the rule found them before its quick checks ("%" before the
    # paywall pattern, one endswith over all the notices, the last character
    # before the ellipsis patterns).
    found = [(d.line, d.col, d.message) for d in Linter(select=["TX112"]).lint_text(ENDING_HEAD + ending + "\n")]
    assert found == expected


# A short run's first articles are gated by the characters ftfy's pattern
# needs, and their lines searched with ftfy's pattern rebuilt from the
# pattern cache, both kept in the cache folder (mojibake._kept).


def _forget_kept():
    for function in (mojibake._kept, mojibake._kept_needed, mojibake._is_bad):
        function.cache_clear()


@pytest.fixture
def fresh_gate_cache(tmp_path, monkeypatch):
    """An empty cache folder, and nothing kept read yet (a new process)."""
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    _forget_kept()
    yield tmp_path / "cache"
    _forget_kept()


def test_what_is_kept_is_what_ftfys_module_gives(fresh_gate_cache):
    import ftfy.badness

    kept = mojibake._kept()
    assert kept.pattern == ftfy.badness.BADNESS_RE.pattern and kept.flags == ftfy.badness.BADNESS_RE.flags
    assert mojibake._kept_needed().pattern == mojibake._gate()[0].pattern
    assert isinstance(mojibake._is_bad(), mojibake._Search)
    assert len(list(fresh_gate_cache.glob("mojibake-gate-*.json"))) == 1
    _forget_kept()  # as a new process: read from the file, not worked out
    worked_out = []
    original = mojibake._worked_out
    try:
        mojibake._worked_out = lambda: worked_out.append(1) or original()
        assert mojibake._kept() == kept
    finally:
        mojibake._worked_out = original
    assert worked_out == []


def test_the_kept_search_is_ftfys_is_bad(fresh_gate_cache):
    import ftfy.badness

    lines = ["wasnâ€™t", "cafÃ©", "Â£5 entry", "plain text", "£5 café", "São Paulo", "田中防衛大臣", "Ã‰tÃ©", "“quoted”", "\x85"]
    lines += [text for sample in MOJIBAKE_TEXTS for text in sample.split("\n")]
    expected = [ftfy.badness.is_bad(line) for line in lines]
    assert any(expected) and not all(expected)
    for _ in range(2):  # worked out, then read from the file
        assert [mojibake._is_bad()(line) for line in lines] == expected
        _forget_kept()


def test_only_a_plain_search_stands_for_is_bad():
    import ftfy.badness

    assert mojibake._plain_search(ftfy.badness.is_bad)
    namespace = {"BADNESS_RE": ftfy.badness.BADNESS_RE}
    for other in (
        "def is_bad(text):\n    return BADNESS_RE.search(text) is not None\n",
        "def is_bad(text):\n    return not bool(BADNESS_RE.search(text))\n",
        "def is_bad(text, strict=True):\n    return bool(BADNESS_RE.search(text))\n",
        "def is_bad(text):\n    return bool(BADNESS_RE.match(text))\n",
    ):
        exec(other, namespace)
        assert not mojibake._plain_search(namespace["is_bad"]), other
    exec(mojibake.PLAIN_SEARCH, namespace)
    assert mojibake._plain_search(namespace["is_bad"])
    namespace["bool"] = lambda value: True  # a module that shadows bool
    assert not mojibake._plain_search(namespace["is_bad"])


@pytest.mark.parametrize(
    "damage",
    ["{not json", '{"key": "another", "needed": "x", "pattern": null, "flags": 0}', '{"key": 1}', "",
     '{"key": "KEY", "needed": 5, "pattern": null, "flags": 0}'],
)
def test_a_damaged_gate_file_is_worked_out_again(fresh_gate_cache, damage):
    expected = mojibake._kept()
    path = next(fresh_gate_cache.glob("mojibake-gate-*.json"))
    good = path.read_text(encoding="utf-8")
    key = json.loads(good)["key"]
    path.write_text(damage.replace("KEY", key), encoding="utf-8")
    _forget_kept()
    assert mojibake._kept() == expected
    assert path.read_text(encoding="utf-8") == good


@pytest.mark.parametrize("text", MOJIBAKE_TEXTS)
def test_a_short_runs_gate_opens_on_mojibake(text, fresh_gate_cache, monkeypatch):
    monkeypatch.setattr(mojibake, "_articles_before_gate", mojibake.ARTICLES_BEFORE_GATE)
    assert mojibake._may_be_bad(Document(text))


def test_a_short_runs_gate_never_closes_on_a_bad_line(fresh_gate_cache, monkeypatch):
    import ftfy.badness

    rng = random.Random(15)
    clean = "The council said the cafe on the square would reopen.\nPrices would not rise, she said.\n" * 2
    debris = ["Ã©", "â€™", "Â£", "Ã ", "\x93", "œ", "×²", "Ð°", "вЂ", "à²", "√±", "é", "’", "—", "€"]
    closed = 0
    for _ in range(300):
        monkeypatch.setattr(mojibake, "_articles_before_gate", 1)
        text = clean
        for _ in range(rng.randrange(0, 3)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(debris) + text[at:]
        document = Document(text)
        gate = mojibake._may_be_bad(document)
        assert gate or not any(ftfy.badness.is_bad(line.text) for line in document.lines), text
        closed += not gate
    assert closed > 30  # the gate did close on some articles


def test_a_short_runs_gate_changes_no_finding(fresh_gate_cache, monkeypatch):
    linter = Linter(select=["TX104", "QM"])
    for text in [*MOJIBAKE_TEXTS, "Headline\n\nPlain text, nothing odd: \"quoted\" and £5.\n", TRICKY]:
        monkeypatch.setattr(mojibake, "_articles_before_gate", 1)
        gated = _found(linter, text)
        monkeypatch.setattr(mojibake, "_articles_before_gate", 1)
        monkeypatch.setattr(mojibake, "_kept_needed", lambda: None)  # every line searched, as before
        monkeypatch.setattr(mojibake, "_is_bad", mojibake._ftfy_is_bad)  # with ftfy's own function
        assert _found(linter, text) == gated
        monkeypatch.undo()
        monkeypatch.setenv("NEWSLINT_CACHE", str(fresh_gate_cache))
