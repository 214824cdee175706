"""Silencing one finding without editing the article: the ``accept`` list of
the configuration, and a corpus record's own ignore field."""
import gzip
import os
import json

import pytest

from newslint import Linter
from newslint.config import ConfigError, load_config

from conftest import write

ARTICLE = (
    "Harbour walk\n"
    "The rockscape below the cliff drew walkers all summer.\n"
    "It was was late when the ferry left.\n"
)
ROCKSCAPE = 'a.txt:2:5: TX102 glued words "rockscape": probably "rocks cape"'
WAS_WAS = 'a.txt:3:4: TX101 [*] doubled word "was was"'


def _lines(result):
    return result.out.splitlines()


def _config(workdir, text):
    write(workdir / "newslint.yaml", text)


def test_without_an_accept_list_both_findings_are_reported(newslint, workdir):
    write(workdir / "a.txt", ARTICLE)
    assert _lines(newslint("a.txt", "--select", "TX1")) == [ROCKSCAPE, WAS_WAS]


@pytest.mark.parametrize(
    "entries",
    ['["TX102 rockscape"]', "[{code: TX102, text: rockscape}]", "[{code: TX, text: rockscape}]",
     "[{code: ALL, text: rockscape}]", "[{code: TX102, pattern: 'rock\\w+'}]",
     '[{code: TX102, text: rockscape, path: "*.txt"}]', '[{code: TX102, text: rockscape, path: "news/a.txt"}]'],
)
def test_an_entry_silences_exactly_that_finding(newslint, workdir, entries):
    write(workdir / "news" / "a.txt", ARTICLE)
    _config(workdir, f"accept: {entries}\n")
    result = newslint("news/a.txt", "--select", "TX1")
    assert _lines(result) == ["news/" + WAS_WAS]
    assert result.code == 1


@pytest.mark.parametrize(
    "entries",
    [
        # Another text, the text of another case, a text inside the flagged
        # text: exact means exact.
        '["TX102 rockscapes"]', '["TX102 Rockscape"]', '["TX102 rock"]',
        # A pattern must match the whole flagged text.
        "[{code: TX102, pattern: rock}]",
        # Another code or prefix.
        "[{code: TX101, text: rockscape}]", "[{code: UI, text: rockscape}]",
        # Another file.
        '[{code: TX102, text: rockscape, path: "sports/*"}]', '[{code: TX102, text: rockscape, path: "*.jsonl"}]',
    ],
)
def test_an_entry_that_does_not_match_silences_nothing(newslint, workdir, entries):
    write(workdir / "news" / "a.txt", ARTICLE)
    _config(workdir, f"accept: {entries}\n")
    assert _lines(newslint("news/a.txt", "--select", "TX1")) == ["news/" + ROCKSCAPE, "news/" + WAS_WAS]


def test_a_pattern_accepts_every_text_it_matches(newslint, workdir):
    write(workdir / "a.txt", "It was was late.\nThe the end came.\nWe had had enough.\nShe said said no.\n")
    _config(workdir, "accept:\n  - {code: TX101, pattern: '(?i)(the|was) \\1'}\n")
    assert _lines(newslint("a.txt", "--select", "TX101")) == ['a.txt:4:5: TX101 [*] doubled word "said said"']


def test_pyproject_table_takes_entries_too(newslint, workdir):
    write(workdir / "a.txt", ARTICLE)
    write(
        workdir / "pyproject.toml",
        '[tool.newslint]\naccept = ["TX102 rockscape", {code = "TX101", pattern = "was\\\\s+was"}]\n',
    )
    result = newslint("a.txt", "--select", "TX1")
    assert result.out == "" and result.code == 0


def test_an_accepted_finding_is_not_in_any_format(newslint, workdir):
    write(workdir / "a.txt", ARTICLE)
    _config(workdir, "accept: ['TX102 rockscape']\n")
    found = json.loads(newslint("a.txt", "--select", "TX1", "--format", "json").out)
    assert [d["code"] for d in found] == ["TX101"]


def test_the_library_accepts_the_same_entries():
    linter = Linter(select=["TX1"], accept=["TX102 rockscape"])
    assert [d.code for d in linter.lint_text(ARTICLE)] == ["TX101"]


def test_diagnostics_carry_the_flagged_text():
    found = Linter(select=["TX1"]).lint_text(ARTICLE)
    assert [d.flagged_text for d in found] == ["rockscape", "was was"]


def test_input_problems_cannot_be_accepted(newslint, workdir):
    write(workdir / "a.txt", "")
    _config(workdir, "accept:\n  - {code: NL108, pattern: '.*'}\n")
    result = newslint("a.txt")
    assert result.code == 2
    assert result.err.endswith(
        "newslint.yaml:2: accept: entry 1: NL108 is an input problem, which is always reported "
        "(fix the input, or exclude the file)\n"
    )
    assert result.err.count("\n") == 1
    # Even an entry for every code leaves them reported.
    _config(workdir, "accept:\n  - {code: ALL, pattern: '.*'}\n")
    result = newslint("a.txt")
    assert result.code == 2 and "NL108" in result.out


@pytest.mark.parametrize(
    "text, message",
    [
        ("accept: TX102 rockscape\n", "newslint.yaml:1: accept: expected a list of entries"),
        ("accept:\n  - TX102 rockscape\n  - TX999 word\n",
         "newslint.yaml:3: accept: entry 2: TX999 matches no installed rule (did you mean TX109?)"),
        ("accept:\n  - {code: XY1, text: a}\n", "newslint.yaml:2: accept: entry 1: XY1 matches no installed rule (installed rule families"),
        ("accept:\n  - {code: tx102, text: a}\n",
         "newslint.yaml:2: accept: entry 1: 'tx102' is not a rule code or prefix (like TX, TX1 or TX101) or ALL "
         "(did you mean TX102?)"),
        ("accept:\n  - TX102 rockscape\n\n  - {code: TX101, pattern: 'was (was'}\n",
         "newslint.yaml:4: accept: entry 2: pattern 'was (was' is not a valid regular expression: missing ) "
         "at position 8"),
        ("accept:\n  - {code: TX101}\n", "newslint.yaml:2: accept: entry 1: give the flagged text (text) or a regular"),
        ("accept:\n  - {code: TX101, text: a, pattern: b}\n", "entry 1: give the flagged text (text) or a regular"),
        ("accept:\n  - TX101\n", "newslint.yaml:2: accept: entry 1: 'TX101': the short form is a code, a space and"),
        ("accept:\n  - {text: rockscape}\n", "newslint.yaml:2: accept: entry 1: no code"),
        ("accept:\n  - {code: TX102, txt: rockscape}\n", "accept: entry 1: unknown key 'txt' (an entry has code, text"),
        ("accept:\n  - {code: TX102, text: 12}\n", "newslint.yaml:2: accept: entry 1: text: expected a non-empty string"),
        ("accept:\n  - {code: TX102, text: ''}\n", "entry 1: text: expected a non-empty string"),
        ("accept:\n  - [TX102, rockscape]\n", "entry 1: expected a string (TX102 rockscape) or a mapping"),
        ("accept:\n  - {code: TX102, text: a, text: b}\n", "newslint.yaml:2: accept.0.text: the key is given twice"),
    ],
)
def test_a_bad_entry_is_one_line_naming_where_it_is(newslint, workdir, text, message):
    write(workdir / "a.txt", ARTICLE)
    _config(workdir, text)
    result = newslint("a.txt")
    assert result.code == 2 and result.out == ""
    assert message in result.err and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err


def test_entries_show_in_the_merged_configuration(workdir):
    write(workdir / "newslint.yaml", "accept:\n  - TX102 rockscape\n  - {code: UI, path: 'sports/*', pattern: 'Follow .*'}\n")
    config = load_config()
    assert config.accept == (
        {"code": "TX102", "text": "rockscape"},
        # A glob with a ``/`` is anchored at the configuration file's folder.
        {"code": "UI", "pattern": "Follow .*", "path": f"{str(workdir).replace(os.sep, '/')}/sports/*"},
    )
    assert "- {code: TX102, text: rockscape}" in config.as_yaml()


def test_a_bad_entry_from_the_library_is_a_config_error():
    with pytest.raises(ConfigError, match=r"^Linter\(\): accept: entry 1: pattern '\[' is not a valid regular expression"):
        Linter(accept=[{"code": "TX1", "pattern": "["}])


# -- a corpus record's ignore field ---------------------------------------------

RECORD_TEXT = "It was was late.\nThe rockscape shone.\n"


def _corpus(path, *extra_fields, text=RECORD_TEXT):
    lines = []
    for number, extra in enumerate(extra_fields, start=1):
        lines.append(json.dumps({"id": f"r{number}", "text": text, **extra}))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    write(path, gzip.compress(data) if path.name.endswith(".gz") else data)


@pytest.mark.parametrize("name", ["c.jsonl", "c.jsonl.gz"])
def test_a_record_field_leaves_its_codes_unreported_for_that_record_only(newslint, workdir, name):
    _corpus(
        workdir / name,
        {"newslint_ignore": ["TX101"]},
        {},
        {"newslint_ignore": ["TX"]},
        {"newslint_ignore": []},
        {"newslint_ignore": None},
        {"newslint_ignore": ["ALL"]},
    )
    result = newslint(name, "--select", "TX1")
    assert _lines(result) == [
        f'{name}#r1:2:5: TX102 glued words "rockscape": probably "rocks cape"',
        f'{name}#r2:1:4: TX101 [*] doubled word "was was"',
        f'{name}#r2:2:5: TX102 glued words "rockscape": probably "rocks cape"',
        f'{name}#r4:1:4: TX101 [*] doubled word "was was"',
        f'{name}#r4:2:5: TX102 glued words "rockscape": probably "rocks cape"',
        f'{name}#r5:1:4: TX101 [*] doubled word "was was"',
        f'{name}#r5:2:5: TX102 glued words "rockscape": probably "rocks cape"',
    ]
    assert result.code == 1


def test_the_field_name_is_configurable(newslint, workdir):
    _corpus(workdir / "c.jsonl", {"skip": ["TX101"], "newslint_ignore": ["TX102"]})
    assert _lines(newslint("c.jsonl", "--select", "TX1", "--ignore-field", "skip")) == [
        'c.jsonl#r1:2:5: TX102 glued words "rockscape": probably "rocks cape"'
    ]
    write(workdir / "newslint.yaml", "ignore-field: skip\n")
    assert _lines(newslint("c.jsonl", "--select", "TX1")) == [
        'c.jsonl#r1:2:5: TX102 glued words "rockscape": probably "rocks cape"'
    ]


@pytest.mark.parametrize(
    "value, line",
    [
        ("TX101", "c.jsonl:2:1: NL105 record 2's 'newslint_ignore' field is not a list of rule codes"),
        (101, "c.jsonl:2:1: NL105 record 2's 'newslint_ignore' field is not a list of rule codes"),
        ({"TX101": True}, "c.jsonl:2:1: NL105 record 2's 'newslint_ignore' field is not a list of rule codes"),
        (["TX101", 7], "c.jsonl:2:1: NL105 record 2's 'newslint_ignore' field is not a list of rule codes"),
        (["tx101"], "c.jsonl:2:1: NL105 record 2's 'newslint_ignore' field holds 'tx101', which is not a rule code"),
        (["TX999"], "c.jsonl#r2:1:1: NL105 the record's 'newslint_ignore' field names TX999, which matches no "
                    "installed rule (did you mean TX109?); the record was not checked"),
        (["NL108"], "c.jsonl#r2:1:1: NL105 the record's 'newslint_ignore' field names NL108, an input problem, "
                    "which is always reported; the record was not checked"),
    ],
)
def test_a_bad_field_value_is_an_input_problem_of_that_record(newslint, workdir, value, line):
    _corpus(workdir / "c.jsonl", {"newslint_ignore": ["TX"]}, {"newslint_ignore": value}, {"newslint_ignore": ["TX"]})
    result = newslint("c.jsonl", "--select", "TX1")
    assert result.code == 2
    assert len(_lines(result)) == 1 and _lines(result)[0].startswith(line), result.out
    assert "Traceback" not in result.err


def test_the_library_reads_the_field_from_records():
    linter = Linter(select=["TX1"])
    records = [{"id": "a", "text": RECORD_TEXT, "newslint_ignore": ["TX102"]}, {"id": "b", "text": "", "newslint_ignore": 3}]
    found = [(d.path, d.code) for d in linter.lint_records(records, source="feed")]
    assert found == [("feed#a", "TX101"), ("feed", "NL105")]


def test_the_readme_accept_snippet_loads(workdir):
    import re
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    (snippet,) = [block for block in re.findall(r"```yaml\n(.*?)```", readme, re.S) if block.startswith("accept:")]
    write(workdir / "newslint.yaml", snippet)
    linter = Linter(config=load_config())
    assert [entry["code"] for entry in linter.config.accept] == ["TX102", "TX101", "UI"]
    assert [d.code for d in linter.lint_text(ARTICLE) if d.code.startswith("TX1")] == ["TX101"]


def test_accepting_a_whole_line_finding_keeps_the_findings_inside_it_silent(newslint, workdir):
    write(
        workdir / "a.txt",
        "Storm closes coastal road\n"
        "The storm closed the coastal road on Monday, and the council said it would reopen it soon.\n"
        "Advertisement..\n"
        "Workers cleared fallen trees from the road through the night, and drivers were asked to stay away.\n",
    )
    assert [line.split()[1] for line in _lines(newslint("a.txt", "--select", "UI101,TX108"))] == ["UI101"]
    assert [line.split()[1] for line in _lines(newslint("a.txt", "--select", "TX108"))] == ["TX108"]
    _config(workdir, "accept:\n  - {code: UI101, pattern: 'Advertisement.*'}\n")
    result = newslint("a.txt", "--select", "UI101,TX108")
    assert result.out == "" and result.code == 0


def test_a_long_ignore_list_is_read_once_per_code():
    from newslint.accept import parse_record_ignore

    assert parse_record_ignore(["TX101", " UI", "TX101"] * 10_000) == ("TX101", "UI")
    assert parse_record_ignore(["TX101", ""]) == "holds '', which is not a rule code or prefix (like TX, TX1 or TX101)"
    linter = Linter(select=["TX1"])
    records = [{"id": "a", "text": RECORD_TEXT, "newslint_ignore": ["TX102"] * 5_000 + ["TX101"] * 5_000}]
    assert list(linter.lint_records(records)) == []


def test_a_long_span_is_matched_by_its_two_ends():
    from newslint.checker import FLAGGED_TEXT_END, FLAGGED_TEXT_GAP, MAX_FLAGGED_TEXT, flagged_text

    text = "a" * 300 + "b" * 300
    assert flagged_text(text, 0, MAX_FLAGGED_TEXT) == text[:MAX_FLAGGED_TEXT]
    kept = flagged_text(text, 0, len(text))
    assert kept == "a" * FLAGGED_TEXT_END + FLAGGED_TEXT_GAP + "b" * FLAGGED_TEXT_END
    assert flagged_text(text, 5, 3) == ""


def test_a_pattern_is_timed_and_a_runaway_one_stops_the_run_naming_its_entry(newslint, workdir, monkeypatch):
    import newslint.accept as accept

    write(workdir / "a.txt", ARTICLE)
    _config(workdir, "accept:\n  - TX101 was was\n  - {code: TX102, pattern: 'rock\\w+'}\n")
    assert accept.PATTERN_TIMEOUT >= 0.5  # a real limit, far above what a sane pattern takes
    assert newslint("a.txt").code == 0
    # Any match overruns a limit this small: it stands for a pattern that backtracks without end.
    monkeypatch.setattr(accept, "PATTERN_TIMEOUT", 1e-9)
    result = newslint("a.txt", "--format", "json")
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("newslint: error: accept entry 2 (TX102, pattern 'rock\\\\w+') took over ")
    assert "a.txt" in result.err and len(result.err.splitlines()) == 1
    # Neither accepted nor reported on a guess from the library either.
    config = load_config(config_file=str(workdir / "newslint.yaml"))
    with pytest.raises(accept.PatternTimeout, match="accept entry 2"):
        Linter(config).lint_text(ARTICLE)
