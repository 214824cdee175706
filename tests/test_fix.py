"""Fixes: each fixable rule's edit applied (Linter.fix_text and --fix) and
shown (--diff), the engine's passes to a fixed point, and what rules declare.
All text here is written for these tests."""
from __future__ import annotations

import pytest

from newslint import Applicability, Linter
from newslint.diagnostic import Edit
from newslint.fixes import MAX_FIX_PASSES, FixMode, apply_edits, choose
from newslint.plugins import load_registry

from conftest import write

# (code, damaged article, the article fixed, whether the fix is unsafe)
FIXES = [
    ("TX101", "Officials said the the ferry would sail at noon.\n", "Officials said the ferry would sail at noon.\n", False),
    (
        "TX102",
        "Residents raised securitymatters with the harbour board on Monday.\n",
        "Residents raised security matters with the harbour board on Monday.\n",
        True,
    ),
    ("TX103", "The ferries werewere delayed by the storm.\n", "The ferries were delayed by the storm.\n", False),
    ("TX104", "The harbour cafÃ© reopened on Monday.\n", "The harbour café reopened on Monday.\n", False),
    ("TX105", "Smith &amp; Sons won the dredging contract.\n", "Smith & Sons won the dredging contract.\n", False),
    ("TX107", "The inter\u00adnational ferry left on time.\n", "The international ferry left on time.\n", False),
    ("TX108", "The ferry was delayed,, officials said.\n", "The ferry was delayed, officials said.\n", False),
    ("TX109", "The ferry left on Friday.Passengers cheered on the quay.\n", "The ferry left on Friday. Passengers cheered on the quay.\n", False),
    (
        "TX113",
        "The harbour board's inves- tigation found the ferry left on time.\n",
        "The harbour board's investigation found the ferry left on time.\n",
        True,
    ),
    (
        "TX110",
        "The ferry sails to the island of Arran, Arran, Arran, Arran every morning.\n",
        "The ferry sails to the island of Arran every morning.\n",
        True,
    ),
    (
        "TX111",
        "Harbour reopens\n\nThe harbour board said on Monday that dredging of the outer channel would finish before the summer season began, and that ferries would keep to the usual timetable.\n\n"
        "Fishermen welcomed the news.\n\nThe harbour board said on Monday that dredging of the outer channel would finish before the summer season began, and that ferries would keep to the usual timetable.\n",
        "Harbour reopens\n\nThe harbour board said on Monday that dredging of the outer channel would finish before the summer season began, and that ferries would keep to the usual timetable.\n\n"
        "Fishermen welcomed the news.\n",
        True,
    ),
    (
        "UI101",
        "Harbour reopens\n\nThe harbour reopened on Monday after dredging.\n\nShare this article\n\n"
        "Fishermen welcomed the news.\n",
        "Harbour reopens\n\nThe harbour reopened on Monday after dredging.\n\nFishermen welcomed the news.\n",
        True,
    ),
]


@pytest.fixture(scope="module")
def linter():
    return Linter()


@pytest.mark.parametrize("code, damaged, fixed, unsafe", FIXES, ids=[row[0] for row in FIXES])
def test_each_fixable_rule_is_fixed(linter, code, damaged, fixed, unsafe):
    assert code in {d.code for d in linter.lint_text(damaged)}
    text, applied = linter.fix_text(damaged, unsafe=unsafe)
    assert text == fixed
    assert code in {d.code for d in applied}
    # Linting the fixed text finds nothing of the code, and nothing left to fix.
    after = linter.lint_text(text)
    assert code not in {d.code for d in after}
    assert not [d for d in after if FixMode.of(unsafe).applies(d.fix)]
    if unsafe:  # a safe run leaves an unsafe fix alone
        assert linter.fix_text(damaged)[0] == damaged


@pytest.mark.parametrize("code, damaged, fixed, unsafe", FIXES, ids=[row[0] for row in FIXES])
def test_each_fixable_rule_is_fixed_in_place_and_shown_in_the_diff(newslint, workdir, code, damaged, fixed, unsafe):
    path = write(workdir / "a.txt", damaged)
    extra = ["--unsafe-fixes"] if unsafe else []
    shown = newslint("a.txt", "--diff", "--select", code, *extra)
    assert shown.code == 1 and path.read_text(encoding="utf-8") == damaged
    removed = [line[1:] for line in shown.out.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in shown.out.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert shown.out.startswith("--- a/a.txt\n+++ b/a.txt\n")
    assert set(removed) - set(added) <= set(damaged.splitlines()) and set(added) <= set(fixed.splitlines())
    result = newslint("a.txt", "--fix", "--select", code, *extra)
    assert path.read_text(encoding="utf-8") == fixed
    assert result.code == 0, result
    assert newslint("a.txt", "--diff", "--select", code, *extra).code == 0


def test_rules_declare_their_fix_and_their_page_says_so(newslint):
    rules = load_registry().rules
    safe = {"TX101", "TX103", "TX104", "TX105", "TX107", "TX108", "TX109"}
    unsafe = {"TX102", "TX110", "TX111", "TX113", "OC101", "OC102"} | {code for code in rules if code.startswith("UI")}
    for code, rule in rules.items():
        expected = (
            Applicability.SAFE if code in safe else Applicability.UNSAFE if code in unsafe
            else Applicability.DISPLAY_ONLY if code == "TX106" else None
        )
        assert (rule.fixable.applicability if rule.fixable else None) == expected, code
    assert "Fix: safe." in newslint("rule", "TX101").out
    assert "Fix: unsafe." in newslint("rule", "TX102").out
    assert "Fix: display-only." in newslint("rule", "TX106").out
    assert "Fix: none." in newslint("rule", "QM101").out
    import json

    listed = {row["code"]: row["fix"] for row in json.loads(newslint("rules", "--format", "json").out)}
    assert listed["TX101"] == "safe" and listed["TX102"] == "unsafe" and listed["QM101"] is None


def test_a_display_only_fix_is_shown_and_never_applied(linter):
    damaged = "The council approved the budget.<br>Members walked out.\n"
    (finding,) = [d for d in linter.lint_text(damaged) if d.code == "TX106"]
    assert finding.fix.applicability is Applicability.DISPLAY_ONLY and finding.fix.edit.content == ""
    assert linter.fix_text(damaged, unsafe=True)[0] == damaged


def test_fixes_touching_on_one_line_are_applied_in_turn(linter):
    # "the the" and ",," touch: the second waits for the next pass.
    damaged = "Officials said the the,, ferry sails &amp;&amp; returns.\n"
    text, applied = linter.fix_text(damaged)
    assert text == "Officials said the, ferry sails && returns.\n"
    assert sorted(d.code for d in applied) == ["TX101", "TX105", "TX105", "TX108"]


def test_a_fix_that_creates_a_finding_is_followed_by_its_fix(linter):
    # Removing the doubled stop leaves "closed.Comments": TX109's, fixed next pass.
    text, applied = linter.fix_text("The harbour is closed..Comments are welcome on the plan.\n")
    assert text == "The harbour is closed. Comments are welcome on the plan.\n"
    assert [d.code for d in applied] == ["TX108", "TX109"]


def test_a_double_encoded_entity_decodes_over_two_passes(linter):
    assert linter.fix_text("Smith &amp;amp; Sons won.\n")[0] == "Smith & Sons won.\n"


def test_fixing_is_idempotent(linter):
    damaged = "Officials said the the ferry was delayed,, and the cafÃ© closed.Passengers waited.\n"
    once, _ = linter.fix_text(damaged)
    twice, applied = linter.fix_text(once)
    assert once != damaged and twice == once and applied == []


def test_clean_text_is_left_alone(linter):
    clean = (
        "Harbour reopens\n\nThe harbour reopened on Monday; Smith & Sons said the work ended early.\n"
        "“Well...” he said. Really?! Those who had had enough left at 5 p.m., not later.\n"
    )
    assert linter.fix_text(clean, unsafe=True) == (clean, [])


def test_crlf_line_ends_stay_and_offsets_count_them(linter):
    damaged = "Harbour reopens\r\n\r\nOfficials said the the ferry sails.\r\n"
    (finding,) = [d for d in linter.lint_text(damaged) if d.code == "TX101"]
    edit = finding.fix.edit
    assert damaged[edit.start : edit.end] == "the the" and (edit.line, edit.col) == (3, 16)
    assert linter.fix_text(damaged)[0] == "Harbour reopens\r\n\r\nOfficials said the ferry sails.\r\n"


def test_deleting_lines_leaves_one_blank_line_between_paragraphs(linter):
    blank_layout = "Harbour reopens\n\nShare this article\n\nThe harbour reopened on Monday.\n\nShare this article\n"
    assert linter.fix_text(blank_layout, unsafe=True)[0] == "Harbour reopens\n\nThe harbour reopened on Monday.\n"
    tight = "Harbour reopens\nShare this article\nThe harbour reopened on Monday.\nShare this article"
    assert linter.fix_text(tight, unsafe=True)[0] == "Harbour reopens\nThe harbour reopened on Monday."


def test_the_engine_keeps_the_first_of_overlapping_edits_by_position_then_code():
    from newslint.diagnostic import Diagnostic, Fix, Severity

    def diagnostic(code, start, end, content):
        edit = Edit(start, end, content, 1, start + 1, 1, end + 1)
        return Diagnostic("p", 1, start + 1, 1, end + 1, code, "x", Severity.WARNING, "m", fix=Fix(Applicability.SAFE, edit))

    found = [diagnostic("TX108", 4, 6, "."), diagnostic("TX101", 4, 9, "a"), diagnostic("TX105", 9, 10, "&"), diagnostic("TX104", 12, 13, "é")]
    chosen = choose(found, FixMode.of())
    assert [d.code for d in chosen] == ["TX108", "TX105", "TX104"]
    assert [d.code for d in choose(reversed(found), FixMode.of())] == ["TX108", "TX105", "TX104"]
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(1, 3, "", 1, 2, 1, 4), Edit(2, 4, "", 1, 3, 1, 5)])
    with pytest.raises(ValueError):
        apply_edits("a\r\nb", [Edit(2, 3, "", 1, 2, 1, 3)])  # would split CRLF


def test_a_fix_that_never_settles_stops_at_the_bound(monkeypatch):
    """A rule whose fix brings its own finding back (a plugin's bug) stops
    after MAX_FIX_PASSES or at the first repeated text, never loops."""
    from newslint import Finding, Fixable, Rule
    from newslint.plugins import Registry

    class Flipper(Rule):
        code = "ZZ101"
        name = "flipper"
        summary = why = "x"
        example, use_instead = "a\n", "b\n"
        fixable = Fixable(Applicability.SAFE)

        def check_document(self, document, options):
            first = document.text[:1]
            yield Finding(0, 1, "flip", "b" if first == "a" else "a")

    real = load_registry()
    registry = Registry({**real.rules, "ZZ101": Flipper}, real.formatters, ())
    monkeypatch.setattr("newslint.api.load_registry", lambda *args: registry)
    linter = Linter(select=["ZZ101"])
    result = next(linter.results([linter.article({"text": "a\n"}, 1)], FixMode.of()))
    assert result.fixed.converged is False and result.fixed.passes <= MAX_FIX_PASSES
    assert result.fixed.text in ("a\n", "b\n")


def test_fix_records_changes_only_the_text_field(linter):
    records = [
        {"id": "a", "lang": "en", "text": "Officials said the the ferry sails.\n", "n": 3},
        {"id": "b", "text": "Nothing to fix here.\n"},
        {"id": "c"},  # malformed: comes back as it was
    ]
    fixed = list(linter.fix_records(records))
    assert fixed[0][0] == {"id": "a", "lang": "en", "text": "Officials said the ferry sails.\n", "n": 3}
    assert list(fixed[0][0]) == ["id", "lang", "text", "n"] and [d.code for d in fixed[0][1]] == ["TX101"]
    assert fixed[1] == (records[1], []) and fixed[2] == (records[2], [])
    assert records[0]["text"] == "Officials said the the ferry sails.\n"  # the input is not touched


def test_the_c1_control_becomes_its_cp1252_character(linter):
    assert linter.fix_text("He said \x93we will sail\x94 today.\n")[0] == "He said “we will sail” today.\n"


def test_safe_fixes_go_before_unsafe_ones(linter):
    # The soft hyphen makes "assista" look like a glued pair; once it is
    # deleted (safe) the unsafe glued-word guess has nothing left to split.
    damaged = "Tonnes of food assista\u00adnce were needed to help families.\n"
    assert linter.fix_text(damaged, unsafe=True)[0] == "Tonnes of food assistance were needed to help families.\n"


def test_fixing_any_text_settles_and_leaves_nothing_to_fix():
    """Hypothesis over damaged text (the fuzz tests' fragments): fixing never
    crashes, never raises on an edit, and when it settles the fixed text has
    nothing left that the mode would fix, and fixing it again changes
    nothing."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from test_fuzz import FUZZ, TEXT

    # The families whose fixes the fragments wake (OC's model would only slow it).
    linter = Linter(select=["TX", "UI", "QM"])

    @settings(FUZZ, max_examples=8)
    @given(TEXT, st.booleans())
    def check(text, unsafe):
        mode = FixMode.of(unsafe)
        (result,) = linter.results([linter.article({"text": text}, 1)], mode)
        assert all(d.code != "NL107" for d in result.diagnostics)
        if result.fixed is None or not result.fixed.converged:
            return
        assert not [d for d in result.diagnostics if mode.applies(d.fix)]
        assert linter.fix_text(result.fixed.text, unsafe=unsafe)[0] == result.fixed.text

    check()


def test_a_repeated_line_keeps_its_first_copy(linter):
    lead = "Profits fell sharply as research costs rose.\n"
    article = (
        f"Drugmaker results\n\n{lead}\nThe company said the results were expected and that costs would fall next year.\n\n"
        f"{lead}\nAnalysts had forecast a smaller fall in the final quarter of the year.\n"
    )
    first, second = [d for d in linter.lint_text(article) if d.code == "UI106"]
    assert first.fix is None and second.fix.edit.content == ""
    assert linter.fix_text(article, unsafe=True)[0] == (
        f"Drugmaker results\n\n{lead}\nThe company said the results were expected and that costs would fall next year.\n\n"
        "Analysts had forecast a smaller fall in the final quarter of the year.\n"
    )


def test_a_loop_of_cjk_sentences_is_deleted_with_one_of_its_stops(linter):
    # Before: "…人次。。主办方…", the sentence ending twice.
    damaged = "博览会开幕\n据介绍，博览会将持续五天，预计接待观众超过二十万人次。预计接待观众超过二十万人次。预计接待观众超过二十万人次。主办方表示欢迎。\n"
    text, applied = linter.fix_text(damaged, unsafe=True)
    assert [d.code for d in applied] == ["TX110"]
    assert text == "博览会开幕\n据介绍，博览会将持续五天，预计接待观众超过二十万人次。主办方表示欢迎。\n"


def test_a_glued_string_after_a_cjk_stop_keeps_the_stop(linter):
    from newslint.fixes import _span_deletion
    from newslint import Document

    document = Document("主办方表示欢迎。分享到微博\n")
    start = document.text.index("分享")
    assert _span_deletion(document, start, start + len("分享到微博")) == (start, start + len("分享到微博"))
