"""The command line as trialcli19's user met it: a project file's path globs
hold wherever newslint is run from."""
from __future__ import annotations

import os

import pytest

from conftest import write

DOUBLED = "The mayor said the the plan was ready for the vote.\n"
SHARED = "The council met on Tuesday to vote on the plan.\n\nShare this article\n"


@pytest.fixture
def project(workdir):
    """A project whose file switches TX101 off under articles/sub, leaves
    articles/skip out and accepts a share prompt in articles/*.txt."""
    write(
        workdir / "newslint.yaml",
        "per-file-ignores:\n  'articles/sub/*': [TX101]\n"
        "extend-exclude: ['articles/skip']\n"
        "accept:\n  - {code: UI101, path: 'articles/*.txt', text: Share this article}\n",
    )
    write(workdir / "articles" / "sub" / "a.txt", DOUBLED)
    write(workdir / "articles" / "skip" / "b.txt", DOUBLED)
    write(workdir / "articles" / "c.txt", SHARED)
    return workdir


def test_from_the_project_folder_every_glob_applies(newslint, project):
    result = newslint("articles")
    assert result.code == 0 and result.out == "", result


def test_from_a_subfolder_the_globs_still_apply(newslint, project):
    os.chdir(project / "articles")
    result = newslint(".")
    assert result.code == 0 and result.out == "", result


def test_with_absolute_paths_the_globs_still_apply(newslint, project):
    result = newslint(str(project / "articles" / "sub" / "a.txt"), str(project / "articles" / "c.txt"))
    assert result.code == 0 and result.out == "", result


def test_a_file_outside_the_glob_is_still_checked(newslint, project):
    write(project / "other" / "d.txt", DOUBLED)
    os.chdir(project / "articles")
    result = newslint(str(project / "other" / "d.txt"))
    assert result.code == 1 and "TX101" in result.out, result


def test_a_glob_in_a_folder_whose_name_holds_glob_characters(newslint, workdir):
    # review19: "[1]" in the project's folder was read as a character class,
    # and the anchored glob matched nothing.
    project = workdir / "survey[1]"
    write(project / "newslint.yaml", "per-file-ignores:\n  'articles/*.txt': [TX101]\n")
    write(project / "articles" / "a.txt", DOUBLED)
    write(project / "other" / "b.txt", DOUBLED)
    os.chdir(project)
    assert newslint("articles").code == 0
    result = newslint("other")
    assert result.code == 1 and "TX101" in result.out, result


def test_a_glob_that_steps_up_from_the_files_folder(newslint, workdir):
    # review19: "../articles/*" beside a config/ folder was joined as
    # "…/config/../articles/*" and matched no normalised path.
    write(workdir / "config" / "newslint.yaml", "per-file-ignores:\n  '../articles/*.txt': [TX101]\n")
    write(workdir / "articles" / "a.txt", DOUBLED)
    write(workdir / "other" / "b.txt", DOUBLED)
    assert newslint("--config", "config/newslint.yaml", "articles/a.txt").code == 0
    os.chdir(workdir / "config")
    assert newslint("--config", "newslint.yaml", "../articles/a.txt").code == 0
    result = newslint("--config", "newslint.yaml", "../other/b.txt")
    assert result.code == 1 and "TX101" in result.out, result


def test_command_line_globs_stay_relative_to_the_working_directory(newslint, workdir):
    write(workdir / "articles" / "skip" / "b.txt", DOUBLED)
    write(workdir / "articles" / "c.txt", SHARED)
    result = newslint("articles", "--extend-exclude", "articles/skip", "--select", "TX")
    assert result.code == 0 and result.out == "", result
    os.chdir(workdir / "articles")
    result = newslint(".", "--extend-exclude", "articles/skip", "--select", "TX")
    assert result.code == 1 and "TX101" in result.out, result


def test_a_bad_nested_pyproject_value_names_pyproject_not_the_defaults(newslint, workdir):
    write(workdir / "pyproject.toml", "[tool.newslint]\nselect = ['TX']\n\n[tool.newslint.rules.TX101]\nmin-length = -1\n")
    write(workdir / "a.txt", DOUBLED)
    result = newslint("a.txt")
    assert result.code == 2 and result.out == ""
    assert result.err.startswith(f"newslint: error: {workdir / 'pyproject.toml'}:5: rules.TX101.min-length:"), result.err
    write(workdir / "pyproject.toml", "[tool.newslint]\nrules = {TX101 = {allow = 'the'}}\n")
    result = newslint("a.txt")
    assert result.err.startswith(f"newslint: error: {workdir / 'pyproject.toml'}:2: rules.TX101.allow:"), result.err


def test_a_bad_format_in_a_file_names_the_file_and_line(newslint, workdir):
    write(workdir / "newslint.yaml", "select: [TX]\nformat: jsn\n")
    write(workdir / "a.txt", DOUBLED)
    result = newslint("a.txt")
    assert result.code == 2 and result.err.count("\n") == 1
    assert result.err.startswith(f"newslint: error: {workdir / 'newslint.yaml'}:2: format: unknown format 'jsn'"), result.err


RECORDS = "\n".join(
    [
        '{"id": "a1", "text": "The mayor said the the plan was ready."}',
        '{"id": true, "text": "The council met on Tuesday."}',
        '{"id": 3.0, "text": "The council met on Tuesday."}',
        '{"id": ["x"], "text": "The council met on Tuesday."}',
        '{"id": 42, "text": "The council met on Tuesday."}',
        '{"id": null, "text": "The council met on Tuesday."}',
        '{"id": "a1", "text": "A second record with the first one\'s id."}',
        '{"id": "a8", "text": null}',
        "not json",
    ]
) + "\n"


def test_an_id_that_is_not_a_string_or_whole_number_is_an_input_problem(newslint, workdir):
    write(workdir / "c.jsonl", RECORDS)
    result = newslint("c.jsonl")
    assert result.code == 2
    lines = result.out.splitlines()
    assert "c.jsonl:2:1: NL105 record 2's 'id' is a boolean (true), not a string or a whole number" in result.out
    assert "c.jsonl:3:1: NL105 record 3's 'id' is a number (3.0)" in result.out
    assert "c.jsonl:4:1: NL105 record 4's 'id' is an array" in result.out
    assert not any(line.startswith(("c.jsonl#True", "c.jsonl#3", "c.jsonl#4")) for line in lines), result.out


def test_records_that_could_not_be_checked_join_back_by_their_line(newslint, workdir):
    import json

    write(workdir / "c.jsonl", RECORDS)
    newslint("c.jsonl", "--summary", "rows.jsonl")
    rows = [json.loads(line) for line in (workdir / "rows.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["record_line"] for row in rows] == list(range(1, 10))
    assert [row["path"] for row in rows if "NL" not in row["per_family"]] == ["c.jsonl#a1", "c.jsonl#42", "c.jsonl#6"]
    result = newslint("c.jsonl", "--format", "json")
    problems = [d for d in json.loads(result.out) if d["code"] == "NL105"]
    assert [d["record_line"] for d in problems] == [2, 3, 4, 7, 8, 9]


def test_findings_past_the_cap_are_counted_and_noted(newslint, workdir):
    import json

    write(workdir / "newslint.yaml", "max-findings-per-article: 5\nselect: [TX101]\n")
    write(workdir / "a.txt", "The mayor said the the plan was ready. " * 40 + "\n")
    result = newslint("a.txt", "--count")
    assert result.out.splitlines()[-1] == "40", result.out
    result = newslint("a.txt", "--statistics")
    assert result.out.splitlines()[-1].split() == ["35", "more", "findings", "not", "shown", "(max-findings-per-article", "is", "5)"]
    result = newslint("a.txt", "--format", "sarif")
    run = json.loads(result.out)["runs"][0]
    assert len(run["results"]) == 5
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is True
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "warning" and note["message"]["text"].startswith("35 more findings of a.txt not shown")


def test_a_run_under_the_cap_has_no_notification(newslint, workdir):
    import json

    write(workdir / "a.txt", "The mayor said the the plan was ready.\n")
    run = json.loads(newslint("a.txt", "--format", "sarif", "--select", "TX101").out)["runs"][0]
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_extend_allow_adds_to_a_rule_s_list_instead_of_replacing_it(newslint, workdir):
    article = "It was so so good, and the kooka kooka bird sang; the the end.\n"
    write(workdir / "a.txt", article)
    write(workdir / "newslint.yaml", "select: [TX101]\nrules:\n  TX101:\n    extend-allow: [kooka]\n")
    result = newslint("a.txt")
    assert [line.split(": ", 1)[1] for line in result.out.splitlines()] == ['TX101 [*] doubled word "the the"'], result.out
    # allow: replaces the built-in list (so "so so" is flagged again), as README says.
    write(workdir / "newslint.yaml", "select: [TX101]\nrules:\n  TX101:\n    allow: [kooka]\n")
    assert '"so so"' in newslint("a.txt").out


def test_extend_allow_in_two_layers_adds_both(newslint, workdir):
    write(workdir / "base.yaml", "rules:\n  TX101:\n    extend-allow: [kooka]\n")
    write(workdir / "newslint.yaml", "extend: base.yaml\nselect: [TX101]\nrules:\n  TX101:\n    extend-allow: [wiki]\n")
    write(workdir / "a.txt", "The kooka kooka bird and the wiki wiki bus; the the end.\n")
    result = newslint("a.txt")
    assert result.out.count("TX101") == 1 and '"the the"' in result.out, result.out


@pytest.mark.parametrize(
    "setting, message",
    [
        ("extend-allow: kooka", "rules.TX101.extend-allow: expected list, got str"),
        ("extend-allow: [1]", "rules.TX101.extend-allow"),
        ("extend-min-length: [1]", "rules.TX101.extend-min-length: unknown option"),
    ],
)
def test_a_wrong_extend_option_is_a_one_line_error(newslint, workdir, setting, message):
    write(workdir / "newslint.yaml", f"rules:\n  TX101:\n    {setting}\n")
    write(workdir / "a.txt", "The end.\n")
    result = newslint("a.txt")
    assert result.code == 2 and result.err.count("\n") == 1 and message in result.err, result.err


def test_rule_with_a_family_prefix_lists_the_family(newslint, workdir):
    result = newslint("rule", "qm")
    assert result.code == 0
    codes = [line.split()[0] for line in result.out.splitlines() if line[:2] == "QM"]
    assert codes and all(code.startswith("QM") for code in codes) and codes == sorted(codes)


def test_a_rule_s_documentation_says_how_to_extend_its_list(newslint, workdir):
    # Each of its list options, not only the first (review19: allow-languages
    # can be extended too, and the text named only extend-allow).
    assert "`extend-allow` and `extend-allow-languages` add to each list" in newslint("rule", "TX101").out
    assert "add to each list" not in newslint("rule", "TX112").out and "adds to its list" not in newslint("rule", "TX112").out


def test_extend_allow_languages_adds_a_language(newslint, workdir):
    # "so so" is on the allow list for English articles only (allow-languages: [en]).
    article = (
        "Die Stadt hat am Montag die neue Brücke eröffnet, sagte der Bürgermeister so so leise.\n"
        "Die Brücke verbindet die Altstadt mit dem Bahnhof und war zwei Jahre lang gebaut worden.\n"
    )
    write(workdir / "a.txt", article)
    write(workdir / "newslint.yaml", "select: [TX101]\n")
    assert '"so so"' in newslint("a.txt").out
    write(workdir / "newslint.yaml", "select: [TX101]\nrules:\n  TX101:\n    extend-allow-languages: [de]\n")
    assert "TX101" not in newslint("a.txt").out


def test_a_tag_left_after_the_stop_does_not_unfinish_the_sentence(newslint, workdir):
    """trialcli19 T1: a sentence the scrape ended with "<br>" was read as no
    sentence, taken for one of a list of other stories' headlines inside the
    body, and its TX findings were hidden under UI109's verdict."""
    from newslint.document import ends_sentence

    assert ends_sentence("The bakery said deliveries had not arrived.<br>")
    assert ends_sentence("The bakery said deliveries had not arrived.</p>")
    assert not ends_sentence("Bakery deliveries delayed<br>")
    article = (
        "Storm closes island ferries\n\n"
        "Ferry services to the islands were cancelled on Friday as gales hit the coast.\n\n"
        "The operator said sailings would not resume until Saturday afternoon at the earliest.\n\n"
        "A bakery in the harbour town said deliveries of flour &amp; yeast had not come.<br>\n\n"
        "Watch: Waves break over the pier\n\n"
        "Engineers were working through the night to restore power to about 2,000 homes.\n"
    )
    write(workdir / "a.txt", article)
    out = newslint("a.txt").out
    assert "a.txt:7:" in out and "TX105" in out and "TX106" in out, out
    assert not any(line.startswith("a.txt:7:") and "UI109" in line for line in out.splitlines()), out


def test_a_long_run_of_marks_is_shown_by_its_start_and_length(newslint, workdir):
    write(workdir / "a.txt", "The end" + "," * 20_000 + " of it.\nWait,, what?\n")
    lines = newslint("a.txt", "--select", "TX108").out.splitlines()
    assert lines[0] == 'a.txt:1:8: TX108 [*] doubled punctuation ",,,…" (20,000 marks)'
    assert lines[1] == 'a.txt:2:5: TX108 [*] doubled punctuation ",,"'


def test_rule_nl_lists_the_input_problems(newslint, workdir):
    result = newslint("rule", "NL")
    assert result.code == 0
    codes = [line.split()[0] for line in result.out.splitlines()]
    assert codes[0] == "NL101" and codes == sorted(codes) and all(code.startswith("NL") for code in codes)
