import pytest

from newslint.selection import Selection, matches_path


@pytest.mark.parametrize(
    "select, ignore, extend_select, code, expected",
    [
        (["ALL"], [], [], "TX101", True),
        (["TX"], [], [], "ML101", False),
        (["TX"], ["TX1"], [], "TX101", False),
        (["TX"], ["TX1"], [], "TX201", True),
        (["TX"], ["TX1"], ["TX101"], "TX101", True),  # longer select wins
        (["ALL"], ["TX101"], ["TX101"], "TX101", True),  # a tie goes to select
        (["ALL"], ["TX"], [], "TX101", False),
        (["TX101"], ["ALL"], [], "TX101", True),
        ([], [], [], "TX101", False),
    ],
)
def test_longest_prefix_decides(select, ignore, extend_select, code, expected):
    assert Selection(select, ignore, extend_select).is_selected(code) is expected


def test_per_file_ignores_win_over_any_selection():
    selection = Selection(["TX101"], [], [], [], {"archive/*.txt": ["TX"], "*.jsonl": ["ALL"]})
    assert selection.is_selected_for("TX101", "news/today.txt")
    assert not selection.is_selected_for("TX101", "archive/old.txt")
    assert not selection.is_selected_for("TX101", "./archive/old.txt")
    assert not selection.is_selected_for("TX101", "data/corpus.jsonl")


def test_patterns_without_slash_match_any_path_component():
    assert matches_path("a/.git/x.txt", ".git")
    assert matches_path("deep/dir/file.txt", "*.txt")
    assert not matches_path("deep/dir/file.txt", "dir/*.txt")
    assert matches_path("deep/dir/file.txt", "deep/dir/*.txt")


def test_ignore_all_beats_select_all_but_not_a_named_code():
    assert not Selection(["ALL"], ["ALL"]).is_selected("TX101")
    assert Selection(["ALL"], ["ALL"], ["TX101"]).is_selected("TX101")


# -- on the command line and in files -------------------------------------------

from conftest import write  # noqa: E402


@pytest.mark.parametrize(
    "args, message",
    [
        (["--select", "TX999"], "command line: --select: TX999 matches no installed rule (did you mean TX109?)"),
        (["--select", "XYZ"], "command line: --select: XYZ matches no installed rule (installed rule families: ML, OC, QM, TX, UI; `newslint rules` lists the codes)"),
        (["--extend-select", "FOO1"], "command line: --extend-select: FOO1 matches no installed rule (installed rule families: ML, OC, QM, TX, UI; `newslint rules` lists the codes)"),
        (["--ignore", "TX8"], "command line: --ignore: TX8 matches no installed rule (did you mean TX1?)"),
        (["--extend-ignore", "QM9"], "command line: --extend-ignore: QM9 matches no installed rule (did you mean QM1?)"),
        (["--select", ""], "command line: --select: names no rule code, so nothing would be checked"),
        (["--select", " , "], "command line: --select: names no rule code, so nothing would be checked"),
        (["--select", "tx101"], "command line: --select: 'tx101' is not a rule code or prefix (like TX, TX1 or TX101) or ALL (did you mean TX101?)"),
        (["--extend-ignore", "NL108"], "command line: --extend-ignore: NL108 is an input problem, which is always reported (fix the input, or exclude the file)"),
    ],
)
def test_an_unknown_code_on_the_command_line_is_one_line_naming_the_nearest(newslint, workdir, args, message):
    write(workdir / "a.txt", "the the\n")
    result = newslint("a.txt", "--isolated", *args)
    assert (result.code, result.out, result.err) == (2, "", f"newslint: error: {message}\n")


@pytest.mark.parametrize(
    "text, message",
    [
        ("select: [TX999]\n", "newslint.yaml:1: select: TX999 matches no installed rule (did you mean TX109?)"),
        ("select: []\n", "newslint.yaml:1: select: names no rule code, so nothing would be checked"),
        ("ignore: [TX1, UI9]\n", "newslint.yaml:1: ignore: UI9 matches no installed rule (did you mean UI1?)"),
        ("per-file-ignores:\n  '*.txt': [QM19]\n", "newslint.yaml:2: per-file-ignores.*.txt: QM19 matches no installed rule (did you mean QM10?)"),
        ("per-file-ignores:\n  '*.txt': [NL]\n", "newslint.yaml:2: per-file-ignores.*.txt: NL is an input problem, which is always reported (fix the input, or exclude the file)"),
        ("severity:\n  TX119: error\n", "newslint.yaml:2: severity.TX119: TX119 matches no installed rule (did you mean TX113?)"),
        ("rules:\n  TX119:\n    allow: []\n", "newslint.yaml:2: rules.TX119: no installed rule has this code (did you mean TX113?)"),
        ("select: [ml1]\n", "newslint.yaml:1: select: 'ml1' is not a rule code or prefix (like TX, TX1 or TX101) or ALL (did you mean ML1?)"),
    ],
)
def test_an_unknown_code_in_a_file_names_file_line_and_the_nearest(newslint, workdir, text, message):
    write(workdir / "newslint.yaml", text)
    write(workdir / "a.txt", "the the\n")
    result = newslint("a.txt")
    assert (result.code, result.out) == (2, "")
    assert result.err == f"newslint: error: {workdir / message}\n"


def test_ignore_all_needs_rules_selected_back(newslint, workdir):
    write(workdir / "a.txt", "the the\nComments are closed..\n")
    alone = newslint("a.txt", "--isolated", "--ignore", "ALL")  # would check nothing and pass
    assert (alone.code, alone.out) == (2, "") and "--ignore ALL: selects no rule" in alone.err
    assert newslint("a.txt", "--isolated", "--ignore", "ALL", "--extend-select", "TX101").out == (
        'a.txt:1:1: TX101 [*] doubled word "the the"\n'
    )


@pytest.mark.parametrize(
    "setup, args",
    [
        (None, ["--select", "TX"]),
        ("select: [TX, ML]\n", []),
        ("[tool.newslint]\nselect = ['TX', 'ML']\n", []),
        ("per-file-ignores:\n  '*': [ALL]\n", []),
        ("ignore: [ALL]\nextend-select: [TX101]\n", []),
    ],
    ids=["select-TX", "yaml-select", "pyproject-select", "per-file-ignores-ALL", "ignore-ALL"],
)
def test_no_selection_hides_an_input_problem(newslint, workdir, setup, args):
    if setup is not None:
        write(workdir / ("pyproject.toml" if setup.startswith("[tool") else "newslint.yaml"), setup)
    write(workdir / "binary.txt", b"\x00\x01\x02text")
    write(workdir / "latin.txt", "caf\xe9\n".encode("latin-1"))
    write(workdir / "c.jsonl", '{"id": "a", "text": "Fine."}\nnot json\n{"id": "b"}\n')
    result = newslint("missing.txt", "binary.txt", "latin.txt", "c.jsonl", *args)
    codes = [line.split()[1] for line in result.out.splitlines()]
    assert codes == ["NL101", "NL103", "NL104", "NL105", "NL105"], result.out
    assert result.code == 2
