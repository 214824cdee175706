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
