"""The command line end to end: exact output and exit codes for every format."""
import json

import pytest

from conftest import FIXTURES, write

ARTICLE = "Ministers met in Brussels.\nThe the talks went on until late.\n"


@pytest.fixture
def article(workdir):
    return write(workdir / "news.txt", ARTICLE)


def test_default_format_is_flake8_shaped(newslint, article):
    result = newslint("news.txt")
    assert result.out == 'news.txt:2:1: TX101 [*] doubled word "The the"\n'
    # ruff's hint, on standard error: standard output stays one finding a line.
    assert result.err == "[*] 1 fixable with the --fix option.\n"
    assert result.code == 1


def test_clean_text_exits_zero_with_no_output(newslint, workdir):
    write(workdir / "clean.txt", FIXTURES.joinpath("clean-article.txt").read_text(encoding="utf-8"))
    result = newslint("clean.txt")
    assert (result.code, result.out, result.err) == (0, "", "")


def test_show_source_puts_a_caret_under_the_column_by_display_width(newslint, workdir):
    write(workdir / "k.txt", "홍콩 말했다 the the end\n")
    result = newslint("k.txt", "--show-source", "--select", "TX101")
    assert result.out == (
        'k.txt:1:8: TX101 [*] doubled word "the the"\n'
        "홍콩 말했다 the the end\n"
        "            ^\n"
    )


def test_json_format_round_trips(newslint, article):
    result = newslint("news.txt", "--format", "json")
    records = json.loads(result.out)
    assert records == [
        {
            "path": "news.txt",
            "line": 2,
            "col": 1,
            "end_line": 2,
            "end_col": 8,
            "code": "TX101",
            "name": "doubled-word",
            "severity": "warning",
            "message": 'doubled word "The the"',
            "suggestion": "The",
            "file": "news.txt",
            "record_line": None,
            "fix": {
                "applicability": "safe",
                "message": 'replace with "The"',
                "edits": [
                    {
                        "start": 27,
                        "end": 34,
                        "content": "The",
                        "location": {"line": 2, "col": 1},
                        "end_location": {"line": 2, "col": 8},
                    }
                ],
            },
        }
    ]
    assert result.code == 1


def test_json_format_of_nothing_is_an_empty_array(newslint, workdir):
    write(workdir / "ok.txt", "Nothing wrong here.\n")
    assert json.loads(newslint("ok.txt", "--format", "json").out) == []


def test_github_format_escapes_as_workflow_commands_require(newslint, workdir):
    write(workdir / "a,b:c.txt", "Rates rose 5% and and fell.\n")
    result = newslint("a,b:c.txt", "--format", "github")
    assert result.out == (
        "::warning file=a%2Cb%3Ac.txt,line=1,col=15,endLine=1,endColumn=22,title=TX101 doubled-word"
        '::TX101 doubled word "and and"\n'
    )


def test_github_format_places_corpus_records_at_their_line(newslint, workdir):
    write(workdir / "c.jsonl", '{"id": "a", "text": "fine"}\n{"id": "b", "text": "Line one\\nit was was late"}\n')
    result = newslint("c.jsonl", "--format", "github")
    assert result.out == (
        "::warning file=c.jsonl,line=2,title=TX101 doubled-word"
        '::TX101 c.jsonl#b:2:4: doubled word "was was"\n'
    )


def test_statistics_and_count(newslint, workdir):
    write(workdir / "a.txt", "the the\nand and\nthe the\n")
    result = newslint("a.txt", "--select", "TX101", "--statistics", "--count")
    assert result.out.splitlines()[-2:] == ["3     TX101 doubled-word", "3"]  # the rule, not one instance's message


def test_statistics_go_to_stderr_for_machine_formats(newslint, article):
    result = newslint("news.txt", "--format", "json", "--count")
    assert json.loads(result.out)
    assert result.err == "1\n"


def test_output_file(newslint, article, workdir):
    result = newslint("news.txt", "--output-file", "report.txt")
    assert result.out == ""
    assert (workdir / "report.txt").read_text(encoding="utf-8").startswith("news.txt:2:1: TX101")
    assert result.code == 1


def test_color_always_and_never(newslint, article):
    assert "\033[" in newslint("news.txt", "--color", "always").out
    assert "\033[" not in newslint("news.txt", "--color", "never").out
    assert "\033[" not in newslint("news.txt").out  # auto, and the output is not a terminal


def test_exit_zero_and_fail_on(newslint, article):
    assert newslint("news.txt", "--exit-zero").code == 0
    assert newslint("news.txt", "--fail-on", "error").code == 0
    write(article.parent / "newslint.yaml", "severity: {TX101: error}\n")
    assert newslint("news.txt", "--fail-on", "error").code == 1


def test_select_and_ignore_from_the_command_line(newslint, article):
    assert newslint("news.txt", "--select", "ML").out == ""
    assert newslint("news.txt", "--extend-ignore", "TX1").out == ""
    assert newslint("news.txt", "--ignore", "TX", "--extend-select", "TX101").code == 1


def test_per_file_ignores_from_configuration(newslint, workdir):
    write(workdir / "archive" / "old.txt", ARTICLE)
    write(workdir / "today.txt", ARTICLE)
    write(workdir / "newslint.yaml", "per-file-ignores:\n  archive/*: [TX101]\n")
    result = newslint(".")
    assert result.out == './today.txt:2:1: TX101 [*] doubled word "The the"\n'


def test_rule_off_by_default_can_be_switched_on(newslint, workdir):
    write(workdir / "newslint.yaml", "plugins: [sample_rules]\nignore: [ZZ101, ZZ3, ZZ9]\n")
    write(workdir / "a.txt", "BREAKING NEWS\n")
    assert newslint("a.txt").out == ""
    assert newslint("a.txt", "--extend-select", "ZZ101").out == "a.txt:1:1: ZZ101 line in capitals\n"


def test_standard_input_with_a_display_name(newslint):
    result = newslint("-", "--stdin-display-name", "incoming/story.txt", stdin=ARTICLE.encode())
    assert result.out == 'incoming/story.txt:2:1: TX101 [*] doubled word "The the"\n'


def test_standard_input_as_a_corpus(newslint):
    data = b'{"id": 7, "text": "Rates rose rose again."}\n'
    result = newslint("-", "--stdin-display-name", "feed.jsonl", stdin=data)
    assert result.out == 'feed.jsonl#7:1:7: TX101 [*] doubled word "rose rose"\n'


def test_directories_are_walked_with_includes_and_excludes(newslint, workdir):
    for name in ("a.txt", "b.md", "sub/c.txt", ".git/d.txt", "skip/e.txt"):
        write(workdir / name, "the the\n")
    result = newslint(".", "--extend-exclude", "skip")
    assert [line.split(":")[0] for line in result.out.splitlines()] == ["./a.txt", "./sub/c.txt"]
    result = newslint(".", "--include", "*.md")
    assert [line.split(":")[0] for line in result.out.splitlines()] == ["./b.md"]
    # A file named on the command line is checked whatever its extension.
    assert newslint("b.md").out.startswith("b.md:1:1: TX101")


def test_a_list_option_given_twice_means_both_values(newslint, workdir):
    # As with one comma-separated value: the second does not replace the first.
    for name in ("a.txt", "b.md", "c.rst"):
        write(workdir / name, "the the\n\nShe said \u201cyes.\n")
    result = newslint(".", "--include", "*.txt", "--include", "*.md")
    assert sorted({line.split(":")[0] for line in result.out.splitlines()}) == ["./a.txt", "./b.md"]
    result = newslint("a.txt", "--select", "TX", "--select", "QM")
    assert sorted({line.split(": ")[1].split()[0] for line in result.out.splitlines()}) == ["QM101", "TX101"]


def test_unknown_format_and_bad_options_are_usage_errors(newslint, article):
    result = newslint("news.txt", "--format", "xml")
    assert result.code == 2
    assert result.err == "newslint: error: command line: --format: unknown format 'xml' (choose from default, github, gitlab, html, json, jsonl, sarif)\n"
    result = newslint("news.txt", "--jobs", "lots")
    assert result.code == 2 and result.err.count("\n") == 1 and "--jobs" in result.err
    result = newslint("news.txt", "--no-such-option")
    assert result.code == 2 and "No such option" in result.err


def test_malformed_configuration_is_one_line_and_exit_2(newslint, article, workdir):
    write(workdir / "newslint.yaml", "select: [TX]\nformat: json\nfail-on: never\n")
    result = newslint("news.txt")
    assert result.code == 2
    assert result.out == ""
    assert result.err == f"newslint: error: {workdir / 'newslint.yaml'}:3: fail-on: expected warning or error\n"


def test_plugin_formatter_is_selectable(newslint, article, workdir):
    write(workdir / "newslint.yaml", "plugins: [sample_rules]\nextend-ignore: [ZZ]\n")
    assert newslint("news.txt", "--format", "pipe").out == "news.txt|2|TX101\n"


def test_rules_subcommand_lists_rules_and_input_problems(newslint):
    result = newslint("rules", "--isolated")
    assert result.code == 0
    rows = {line.split()[0]: line.split()[:4] for line in result.out.splitlines() if line.strip()}
    assert rows["TX101"] == ["TX101", "doubled-word", "warning", "on"]
    assert "NL104" in result.out
    listed = {row["code"]: row for row in json.loads(newslint("rules", "--format", "json").out)}
    assert listed["TX101"]["name"] == "doubled-word" and listed["TX101"]["enabled"] is True
    assert listed["OC101"]["enabled"] is True  # on by default in the shipped config.yaml (issue 11)


def test_rule_subcommand_prints_the_documentation(newslint):
    result = newslint("rule", "TX101")
    assert result.out.startswith("# doubled-word (TX101)\n")
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Options"):
        assert heading in result.out
    assert newslint("rule", "doubled-word").out == result.out
    assert newslint("rule", "NL104").out.startswith("# undecodable-input (NL104)")
    missing = newslint("rule", "XX999")
    assert missing.code == 2 and "no rule 'XX999'" in missing.err


def test_config_subcommand_shows_the_merged_configuration(newslint, workdir):
    write(workdir / "newslint.yaml", "select: [TX]\n")
    result = newslint("config")
    assert result.code == 0
    assert result.out.splitlines()[:2] == ["# from newslint/config.yaml (defaults)", f"# from {workdir / 'newslint.yaml'}"]
    assert "select: [TX]" in result.out


def test_version_and_help(newslint):
    assert newslint("--version").out.startswith("newslint, version ")
    assert "check" in newslint("--help").out
    assert "--stdin-display-name" in newslint("check", "--help").out


def test_the_seed_fixture_article_is_flagged(newslint):
    result = newslint(str(FIXTURES / "damaged-article.txt"))
    assert result.code == 1
    assert "TX101" in result.out


def test_rule_page_shows_option_defaults(newslint):
    page = newslint("rule", "TX101").out
    assert '- `min-length` (int, default 2): ' in page
    assert '- `allow` (list, default ["had", "that", ' in page


def test_help_names_every_builtin_format(newslint):
    from newslint.plugins import load_registry

    text = " ".join(newslint("check", "--help").out.split())
    listed = text.split("Report format:")[1].split("or a plugin's")[0]
    assert sorted(name.strip() for name in listed.split(",") if name.strip()) == sorted(load_registry().formatters)


def test_a_directory_walk_picks_up_every_corpus_suffix(newslint, workdir):
    import gzip

    record = b'{"id": "a", "text": "the the"}\n'
    write(workdir / "d" / "a.jsonl", record)
    write(workdir / "d" / "b.jsonl.gz", gzip.compress(record))
    write(workdir / "d" / "c.ndjson", record)
    write(workdir / "d" / "e.ndjson.gz", gzip.compress(record))
    write(workdir / "d" / "f.txt", "the the\n")
    result = newslint("d", "--select", "TX101")
    assert [line.split(":")[0] for line in result.out.splitlines()] == [
        "d/a.jsonl#a", "d/b.jsonl.gz#a", "d/c.ndjson#a", "d/e.ndjson.gz#a", "d/f.txt"
    ]
