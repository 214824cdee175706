"""What the report says about fixes, as ruff's does: ``[*]`` before a finding
``--fix`` would repair, a closing hint on standard error, and ``fix`` /
``unsafe-fixes`` as settings with ``--no-fix`` / ``--no-unsafe-fixes``."""
from __future__ import annotations

import json

from conftest import write

# Two safe fixes (a doubled word, doubled punctuation) and one unsafe one (a
# glued word, a word-list guess).
DAMAGED = "The the vote was held.. Fans said the concert wasthe best of the year.\n"
SAFE_FIXED = "The vote was held. Fans said the concert wasthe best of the year.\n"
ALL_FIXED = "The vote was held. Fans said the concert was the best of the year.\n"
HINT = "[*] 2 fixable with the --fix option (1 hidden fix can be enabled with the --unsafe-fixes option).\n"


def test_fixable_findings_are_marked_and_the_report_ends_with_a_hint(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    result = newslint("a.txt")
    assert result.out == (
        'a.txt:1:1: TX101 [*] doubled word "The the"\n'
        'a.txt:1:22: TX108 [*] doubled punctuation ".."\n'
        'a.txt:1:47: TX102 glued words "wasthe": probably "was the"\n'
    )
    assert result.err == HINT and result.code == 1


def test_unsafe_fixes_alone_marks_the_unsafe_fixes_and_changes_nothing(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    result = newslint("a.txt", "--unsafe-fixes")
    assert 'TX102 [*] glued words "wasthe"' in result.out
    assert result.err == "[*] 3 fixable with the --fix option.\n" and result.code == 1
    assert (workdir / "a.txt").read_text(encoding="utf-8") == DAMAGED


def test_only_unsafe_fixes_left_says_none_is_available(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    result = newslint("a.txt", "--fix")
    assert (workdir / "a.txt").read_text(encoding="utf-8") == SAFE_FIXED
    assert result.out == 'a.txt:1:42: TX102 glued words "wasthe": probably "was the"\n'
    assert result.err.endswith("No fixes available (1 hidden fix can be enabled with the --unsafe-fixes option).\n")


def test_no_hint_without_fixes_quiet_or_in_machine_formats(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    write(workdir / "clean.txt", "The vote was held on Monday.\n")
    assert newslint("clean.txt").err == ""
    assert newslint("a.txt", "-q").err == ""
    for format_ in ("json", "jsonl", "sarif", "github"):
        result = newslint("a.txt", "--format", format_)
        assert result.err == "" and "[*]" not in result.out, format_
    findings = json.loads(newslint("a.txt", "--format", "json").out)
    assert [finding["message"] for finding in findings][0] == 'doubled word "The the"'


def test_fix_as_a_setting_with_no_fix_to_override_it(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    write(workdir / "newslint.yaml", "fix: true\nunsafe-fixes: true\n")
    assert newslint("a.txt", "--no-fix").code == 1
    assert (workdir / "a.txt").read_text(encoding="utf-8") == DAMAGED
    result = newslint("a.txt", "--no-unsafe-fixes")
    assert result.code == 1 and (workdir / "a.txt").read_text(encoding="utf-8") == SAFE_FIXED
    write(workdir / "a.txt", DAMAGED)
    result = newslint("a.txt")
    assert result.code == 0 and result.out == ""
    assert (workdir / "a.txt").read_text(encoding="utf-8") == ALL_FIXED


def test_the_fix_setting_stands_down_for_diff_standard_input_and_baselines(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    write(workdir / "newslint.yaml", "fix: true\n")
    diff = newslint("a.txt", "--diff")
    assert diff.code == 1 and "+The vote was held." in diff.out
    assert newslint("-", stdin=DAMAGED.encode()).code == 1
    assert newslint("a.txt", "--write-baseline", "b.json").code == 0
    assert (workdir / "a.txt").read_text(encoding="utf-8") == DAMAGED
    # Asked for on the command line, the same combinations are errors.
    assert newslint("a.txt", "--fix", "--diff").code == 2


def test_the_fix_settings_are_checked_like_the_others(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    write(workdir / "newslint.yaml", "fix: yes please\n")
    result = newslint("a.txt")
    assert result.code == 2 and "fix" in result.err and "expected true or false" in result.err
    assert (workdir / "a.txt").read_text(encoding="utf-8") == DAMAGED


def test_the_diff_applies_with_git_apply_and_patch_p1(newslint, workdir):
    import shutil
    import subprocess

    files = {
        "bom.txt": b"\xef\xbb\xbfThe mayor said the the budget was fine.\n",
        "crlf.txt": b"The council met on Monday.. Residents were angry.\r\nThe the mayor left.\r\n",
        "sub/tab.txt": b"Col1\tCol2 the the end.\n",
    }
    for name, data in files.items():
        write(workdir / name, data)
    diff = newslint(".", "--diff")
    assert diff.code == 1
    assert "--- a/bom.txt\n+++ b/bom.txt\n" in diff.out and "--- a/sub/tab.txt\n+++ b/sub/tab.txt\n" in diff.out
    assert "-\ufeffThe mayor said the the budget" in diff.out  # the BOM is in the file's first line
    assert "-Col1\tCol2 the the end.\n" in diff.out  # a tab as it is, not \t
    tools = [["git", "apply", "-"], ["patch", "-p1", "--quiet"]]
    for tool in [tool for tool in tools if shutil.which(tool[0])]:
        for name, data in files.items():
            write(workdir / name, data)
        subprocess.run(tool, input=diff.out.encode("utf-8"), cwd=workdir, check=True)
        assert newslint(".", "--diff").out == ""
        assert (workdir / "bom.txt").read_bytes() == b"\xef\xbb\xbfThe mayor said the budget was fine.\n"
        assert (workdir / "crlf.txt").read_bytes() == b"The council met on Monday. Residents were angry.\r\nThe mayor left.\r\n"


def test_a_second_name_for_one_file_is_fixed_and_diffed_once(newslint, workdir):
    write(workdir / "a.txt", DAMAGED)
    (workdir / "b.txt").symlink_to("a.txt")
    diff = newslint(".", "--diff")
    assert diff.out.count("+++ ") == 1 and diff.code == 1
    result = newslint(".", "--fix")
    assert result.code == 1 and "error" not in result.err
    assert (workdir / "a.txt").read_text(encoding="utf-8") == SAFE_FIXED and (workdir / "b.txt").is_symlink()


def test_fix_output_ending_with_a_slash_is_a_directory_made_for_the_run(newslint, workdir):
    write(workdir / "in/a.txt", DAMAGED)
    write(workdir / "in/b.txt", DAMAGED)
    assert newslint("in", "--fix", "--fix-output", "out").code == 2  # a file cannot take two inputs
    result = newslint("in", "--fix", "--unsafe-fixes", "--fix-output", "out/")
    assert result.code == 0
    assert [(workdir / "out" / name).read_text(encoding="utf-8") for name in ("a.txt", "b.txt")] == [ALL_FIXED] * 2
    assert (workdir / "in/a.txt").read_text(encoding="utf-8") == DAMAGED
