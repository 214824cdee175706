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
