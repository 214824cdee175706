"""Corpus rules (two passes) and parallel runs give the same output as one process."""
import json

import pytest

from newslint import Linter

from conftest import write


def _corpus(workdir, articles=40):
    records = []
    for number in range(articles):
        body = [f"Story {number} opens with its own line.", f"Its second line is unique too, number {number}."]
        if number % 3 == 0:
            body.append("Read more")
        if number % 7 == 0:
            body.append(f"It was was raining in town {number}.")
        records.append(json.dumps({"id": f"s{number}", "text": "\n".join(body)}))
    write(workdir / "corpus.jsonl", "\n".join(records) + "\n")
    write(workdir / "single.txt", "Read more\nthe the\n")
    write(workdir / "newslint.yaml", "plugins: [sample_rules]\nignore: [ZZ1, ZZ9]\n")


def test_corpus_rule_sees_every_article(newslint, workdir):
    _corpus(workdir)
    result = newslint("corpus.jsonl", "single.txt")
    repeated = [line for line in result.out.splitlines() if "ZZ301" in line]
    # 14 articles of 40 carry "Read more", plus single.txt.
    assert len(repeated) == 15
    assert repeated[0] == "corpus.jsonl#s0:3:1: ZZ301 line recurs in 15 articles"
    assert repeated[-1] == "single.txt:1:1: ZZ301 line recurs in 15 articles"


@pytest.mark.parametrize("fmt", ["default", "json"])
def test_parallel_output_equals_single_process_output(newslint, workdir, fmt):
    _corpus(workdir, articles=300)
    one = newslint("corpus.jsonl", "single.txt", "missing.txt", "--format", fmt, "-j", "1")
    two = newslint("corpus.jsonl", "single.txt", "missing.txt", "--format", fmt, "-j", "2")
    assert one.out == two.out and one.code == two.code == 2
    assert one.out.count("ZZ301") == 101


def test_jobs_auto_is_accepted(newslint, workdir):
    write(workdir / "a.txt", "the the\n")
    assert newslint("a.txt", "-j", "auto").code == 1


def test_linter_api_with_corpus_rules(workdir):
    linter = Linter(plugins=["sample_rules"], select=["ZZ3", "TX101"])
    diagnostics = list(linter.lint_texts([("a", "Read more\nx"), ("b", "Read more\ny"), ("c", "z")]))
    assert [(d.path, d.code) for d in diagnostics] == [("a", "ZZ301"), ("b", "ZZ301")]
    single = linter.lint_text("the the\n", path="one")
    assert [d.as_dict()["code"] for d in single] == ["TX101"]


def test_linter_pickles_without_its_loaded_rules(workdir):
    import pickle

    linter = Linter(select=["TX"])
    assert linter.lint_text("the the\n")
    clone = pickle.loads(pickle.dumps(linter))
    assert clone._checker is None
    assert [d.code for d in clone.lint_text("and and\n")] == ["TX101"]


def test_summary_file_has_a_line_per_article(newslint, workdir):
    write(workdir / "c.jsonl", '{"id": "a", "text": "It was was late."}\n{"id": "b", "text": "All clean here."}\n')
    write(workdir / "d.txt", "the the\n")
    result = newslint("c.jsonl", "d.txt", "--select", "TX101", "--summary", "summary.jsonl")
    rows = [json.loads(line) for line in (workdir / "summary.jsonl").read_text().splitlines()]
    assert rows == [
        {"path": "c.jsonl#a", "file": "c.jsonl", "findings": 1, "per_family": {"TX": 1}, "record_line": 1},
        {"path": "c.jsonl#b", "file": "c.jsonl", "findings": 0, "per_family": {}, "record_line": 2},
        {"path": "d.txt", "file": "d.txt", "findings": 1, "per_family": {"TX": 1}},
    ]
    assert result.code == 1


def test_jsonl_format_streams_one_object_a_line(newslint, workdir):
    write(workdir / "c.jsonl", '{"id": "a", "text": "It was was late."}\n')
    result = newslint("c.jsonl", "--select", "TX101", "--format", "jsonl")
    (row,) = [json.loads(line) for line in result.out.splitlines()]
    assert row["path"] == "c.jsonl#a" and row["record_line"] == 1 and row["code"] == "TX101"


class FakeTerminal:
    def __init__(self):
        self.written = []

    def isatty(self):
        return True

    def write(self, text):
        self.written.append(text)

    def flush(self):
        pass


def test_progress_is_drawn_on_a_terminal_only_and_cleared():
    from newslint.progress import Progress

    terminal = FakeTerminal()
    progress = Progress(terminal, total_files=4)
    progress.INTERVAL = 0
    for name in ("a", "a", "b"):
        progress.advance(name)
    progress.close()
    drawn = "".join(terminal.written)
    assert "newslint: 3 articles" in drawn and "file 2 of 4" in drawn and "s left" in drawn
    assert drawn.endswith("\r\033[K")
    quiet = FakeTerminal()
    silent = Progress(quiet, enabled=False)
    silent.advance("a")
    silent.close()
    assert quiet.written == []


def test_progress_never_reaches_a_redirected_report(newslint, workdir):
    write(workdir / "a.txt", "the the\n")
    result = newslint("a.txt", "--select", "TX101")
    assert "\r" not in result.out and "\r" not in result.err
