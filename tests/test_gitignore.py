"""A directory walk inside a Git work tree leaves out what Git ignores, as
ruff does; a path named on the command line is checked whatever Git says;
a walk that Git leaves nothing to check in says so (NL110), never passes."""
import pytest

from newslint.gitignore import Ignored, parse

from conftest import write

DAMAGED = 'He said "the the plan.\n'


def _ignored(rules: str, path: str, is_folder: bool = False) -> bool:
    """What the rules of one .gitignore at a work tree's top say of ``path``."""
    patterns = parse(rules)
    verdict = Ignored._decision(patterns, path, is_folder)
    return bool(verdict)


@pytest.mark.parametrize(
    "rules, path, is_folder, expected",
    [
        ("drafts", "drafts", True, True),
        ("drafts", "news/drafts", True, True),  # a bare name matches at any depth
        ("drafts", "drafts", False, True),
        ("drafts/", "drafts", False, False),  # a trailing slash: folders only
        ("drafts/", "news/drafts", True, True),
        ("/drafts", "news/drafts", True, False),  # a leading slash anchors
        ("news/drafts", "world/news/drafts", True, False),  # so does one in the middle
        ("news/drafts", "news/drafts", True, True),
        ("*.tmp.txt", "a/b/c.tmp.txt", False, True),
        ("news/*.txt", "news/a/b.txt", False, False),  # "*" stays in one component
        ("news/**/b.txt", "news/a/c/b.txt", False, True),
        ("news/**/b.txt", "news/b.txt", False, True),
        ("**/archive", "x/y/archive", True, True),
        ("archive/**", "archive/2024/a.txt", False, True),
        ("a?.txt", "ab.txt", False, True),
        ("a?.txt", "a/.txt", False, False),
        ("draft[0-9].txt", "draft7.txt", False, True),
        ("draft[!0-9].txt", "draft7.txt", False, False),
        ("draft[!0-9].txt", "drafts.txt", False, True),
        ("*.txt\n!keep.txt", "keep.txt", False, False),  # the last match decides
        ("!keep.txt\n*.txt", "keep.txt", False, True),
        ("# a comment\n\n   \n", "# a comment", False, False),
        ("\\#notes.txt", "#notes.txt", False, True),
        ("\\!bang.txt", "!bang.txt", False, True),
        ("trailing.txt   ", "trailing.txt", False, True),
    ],
)
def test_patterns_follow_gitignore(rules, path, is_folder, expected):
    assert _ignored(rules, path, is_folder) is expected


def _repository(workdir, gitignore: str):
    (workdir / ".git").mkdir()
    write(workdir / ".gitignore", gitignore)
    for name in ("articles/kept.txt", "articles/drafts/d.txt", "articles/scratch.txt", "articles/out/o.txt"):
        write(workdir / name, DAMAGED)


def _paths(result) -> list[str]:
    return sorted({line.split(":", 1)[0] for line in result.out.splitlines()})


def test_a_walk_leaves_out_what_git_ignores(newslint, workdir):
    _repository(workdir, "drafts/\n/articles/out\nscratch.*\n")
    assert _paths(newslint("articles")) == ["articles/kept.txt"]


def test_the_nearer_gitignore_and_info_exclude_count_too(newslint, workdir):
    _repository(workdir, "*.txt\n")
    write(workdir / "articles" / ".gitignore", "!kept.txt\n!scratch.txt\n")  # nearer: overrides the top's
    write(workdir / ".git" / "info" / "exclude", "scratch.txt\n")  # below every .gitignore
    assert _paths(newslint("articles")) == ["articles/kept.txt", "articles/scratch.txt"]
    write(workdir / ".gitignore", "")
    (workdir / "articles" / ".gitignore").unlink()
    assert _paths(newslint("articles")) == ["articles/drafts/d.txt", "articles/kept.txt", "articles/out/o.txt"]


def test_a_re_included_file_in_an_ignored_folder_stays_out(newslint, workdir):
    # gitignore(5): a file cannot be re-included once its folder is excluded.
    _repository(workdir, "drafts/\n!drafts/d.txt\n")
    assert "articles/drafts/d.txt" not in _paths(newslint("articles"))


def test_named_paths_are_checked_whatever_git_says(newslint, workdir):
    _repository(workdir, "drafts/\nscratch.txt\n")
    assert _paths(newslint("articles/scratch.txt")) == ["articles/scratch.txt"]
    assert _paths(newslint("articles/drafts")) == ["articles/drafts/d.txt"]


def test_the_option_turns_it_off(newslint, workdir):
    _repository(workdir, "drafts/\n")
    everything = ["articles/drafts/d.txt", "articles/kept.txt", "articles/out/o.txt", "articles/scratch.txt"]
    assert _paths(newslint("--no-respect-gitignore", "articles")) == everything
    write(workdir / "newslint.yaml", "respect-gitignore: false\n")
    assert _paths(newslint("articles")) == everything


def test_outside_a_work_tree_nothing_is_ignored(newslint, workdir):
    write(workdir / ".gitignore", "*.txt\n")  # no .git: not a work tree
    write(workdir / "articles" / "a.txt", DAMAGED)
    assert _paths(newslint("articles")) == ["articles/a.txt"]


def test_a_walk_git_leaves_nothing_in_fails_and_says_why(newslint, workdir):
    _repository(workdir, "articles/*\n")
    result = newslint("articles")
    assert result.out.splitlines() == [
        "articles:1:1: NL110 nothing to check: the directory holds no file to read "
        "(4 entries ignored by Git, which --no-respect-gitignore checks)"
    ]
    assert result.code == 2


def test_a_bad_setting_is_one_line(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    write(workdir / "newslint.yaml", "respect-gitignore: sometimes\n")
    result = newslint("a.txt")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and "respect-gitignore" in result.err
