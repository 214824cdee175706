"""A ruff/flake8 user wiring newslint into pre-commit, CI and pipelines
(trialcli20): an empty corpus shard, a file pre-commit names inside an
excluded folder, a record that could not be checked named by its id, an
article cut off before a closing tag, and the API's columns after a
byte-order mark."""
import gzip
import json

import pytest

from conftest import write

from newslint import Linter

DOUBLED = "Ministers met in Brussels on Tuesday.\nThe the talks went on until late.\n"
EMPTY_CORPUS = "NL108 the corpus holds no record (the file is empty or holds only blank lines)"


# -- an empty corpus is an input problem, as an empty text file is --------------


@pytest.mark.parametrize("content", ["", "\n\n", "\n  \n", "\ufeff\n"])
def test_an_empty_or_blank_corpus_is_nl108(newslint, workdir, content):
    write(workdir / "shard.jsonl", content)
    result = newslint("shard.jsonl", "--isolated", "-q")
    assert (result.code, result.out) == (2, f"shard.jsonl:1:1: {EMPTY_CORPUS}\n")


def test_an_empty_gzipped_shard_beside_a_good_one_is_reported(newslint, workdir):
    (workdir / "a.jsonl.gz").write_bytes(gzip.compress(b""))
    write(workdir / "b.jsonl", json.dumps({"id": "x", "text": DOUBLED}) + "\n")
    result = newslint("a.jsonl.gz", "b.jsonl", "--isolated")
    assert result.code == 2
    assert result.out.splitlines()[0] == f"a.jsonl.gz:1:1: {EMPTY_CORPUS}"
    assert "b.jsonl#x:2:1: TX101" in result.out


def test_a_corpus_of_one_good_record_is_not_empty(newslint, workdir):
    write(workdir / "c.jsonl", "\n" + json.dumps({"id": "x", "text": "Talks went on late.\n"}) + "\n\n")
    assert (newslint("c.jsonl", "--isolated").code, newslint("c.jsonl", "--isolated").out) == (0, "")


def test_an_empty_corpus_on_standard_input_is_nl108(newslint, workdir, monkeypatch):
    result = newslint("-", "--isolated", "--stdin-display-name", "feed.jsonl", stdin=b"")
    assert (result.code, result.out) == (2, f"feed.jsonl:1:1: {EMPTY_CORPUS}\n")


def test_an_empty_corpus_in_the_api_is_nothing_to_check():
    # The API's records are the caller's: an empty list is no file, no problem.
    assert list(Linter().lint_records([])) == []


# -- a record that could not be checked keeps its id ----------------------------


def test_a_record_with_an_id_but_no_text_is_named_by_its_id(newslint, workdir):
    records = [{"id": "r1", "body": "x"}, {"id": 7, "text": None}, {"text": 5}, {"id": "", "text": []}]
    write(workdir / "c.jsonl", "".join(json.dumps(record) + "\n" for record in records))
    summary = workdir / "summary.jsonl"
    result = newslint("c.jsonl", "--isolated", "--summary", str(summary))
    assert [line.split(": NL105")[0] for line in result.out.splitlines()] == [
        "c.jsonl#r1:1:1",
        "c.jsonl#7:1:1",
        # No id, or an empty one: the record is named by the file and its line.
        "c.jsonl:3:1",
        "c.jsonl:4:1",
    ]
    rows = [json.loads(line) for line in summary.read_text().splitlines()]
    assert [(row["path"], row["record_line"]) for row in rows] == [
        ("c.jsonl#r1", 1),
        ("c.jsonl#7", 2),
        ("c.jsonl", 3),
        ("c.jsonl", 4),
    ]


def test_the_api_names_a_bad_record_by_its_id():
    [diagnostic] = Linter().lint_records([{"id": "a"}], source="s")
    assert (diagnostic.path, diagnostic.code) == ("s#a", "NL105")


# -- exclusions hold for a file named inside an excluded folder -----------------


def test_a_named_file_inside_an_anchored_excluded_folder_is_left_out(newslint, workdir, monkeypatch):
    write(workdir / "newslint.yaml", "extend-exclude: [news/drafts]\n")
    write(workdir / "news" / "drafts" / "d.txt", DOUBLED)
    write(workdir / "news" / "world" / "a.txt", DOUBLED)
    write(workdir / "news" / "drafts-old" / "o.txt", DOUBLED)
    # What pre-commit passes: every changed file by name.
    result = newslint("news/drafts/d.txt", "news/world/a.txt", "news/drafts-old/o.txt")
    assert "d.txt" not in result.out
    assert "news/world/a.txt:2:1: TX101" in result.out and "news/drafts-old/o.txt:2:1: TX101" in result.out
    assert "d.txt" not in newslint(str(workdir / "news" / "drafts" / "d.txt"), "news/world/a.txt").out
    monkeypatch.chdir(workdir / "news")
    assert newslint("drafts/d.txt").out == ""


def test_a_named_file_under_a_folder_excluded_on_the_command_line_is_left_out(newslint, workdir):
    write(workdir / "news" / "drafts" / "d.txt", DOUBLED)
    result = newslint("news/drafts/d.txt", "--isolated", "--extend-exclude", "news/drafts")
    assert (result.code, result.out) == (0, "")
    assert "TX101" in newslint("news/drafts/d.txt", "--isolated").out


def test_a_folder_named_like_an_excluded_one_higher_up_does_not_exclude(newslint, workdir):
    # An anchored pattern names one place: a folder of the same name elsewhere is checked.
    write(workdir / "newslint.yaml", "extend-exclude: [drafts/sub]\n")
    write(workdir / "news" / "drafts" / "sub" / "d.txt", DOUBLED)
    assert "TX101" in newslint("news/drafts/sub/d.txt").out


# -- an article cut off before a closing tag --------------------------------------

CUT_BEFORE_TAG = (
    "Council backs new cycle lanes\n\n"
    "The council approved twelve kilometres of protected cycle lanes on Monday evening.\n\n"
    "Councillors said the lanes would be finished by the end of next year, with the first along Station Road.\n\n"
    "The council said it had consulted more than three thousand residents, and that most of them backed the{tags}\n"
)


@pytest.mark.parametrize("tags", ["</p>", " </p>", "<br></p>", "<br />"])
def test_an_article_cut_off_before_a_closing_tag_is_tx112(tags):
    codes = {(d.line, d.code) for d in Linter().lint_text(CUT_BEFORE_TAG.format(tags=tags))}
    assert (7, "TX112") in codes


def test_an_article_that_ends_a_sentence_before_a_tag_is_not_tx112():
    text = CUT_BEFORE_TAG.replace("backed the{tags}", "backed the plan.{tags}").format(tags="</p>")
    codes = {(d.line, d.code) for d in Linter().lint_text(text)}
    assert (7, "TX106") in codes and (7, "TX112") not in codes


# -- the API skips a byte-order mark, as the command line does --------------------


def test_the_api_skips_a_byte_order_mark_in_columns(newslint, workdir):
    text = "\ufeff" + DOUBLED
    write(workdir / "bom.txt", text)
    cli = newslint("bom.txt", "--isolated").out.split(":")[1:3]
    [diagnostic] = Linter().lint_text(text)
    assert [str(diagnostic.line), str(diagnostic.col)] == cli == ["2", "1"]
    fixed, applied = Linter().fix_text(text)
    assert fixed == "\ufeffMinisters met in Brussels on Tuesday.\nThe talks went on until late.\n" and applied


# -- SARIF names an absolute location by a file URI -----------------------------


def test_sarif_locations_are_relative_to_a_base_or_file_uris(newslint, workdir):
    write(workdir / "rel.txt", DOUBLED)
    write(workdir / "sub" / "abs.txt", DOUBLED)
    result = newslint("rel.txt", str(workdir / "sub" / "abs.txt"), "--isolated", "--format", "sarif")
    run = json.loads(result.out)["runs"][0]
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base.startswith("file:///") and base.endswith("/")
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert {"uri": "rel.txt", "uriBaseId": "%SRCROOT%"} in locations
    [absolute] = [location for location in locations if "uriBaseId" not in location]
    assert absolute["uri"].startswith("file:///") and absolute["uri"].endswith("/sub/abs.txt")


# -- the fixing summary counts findings, not input problems -----------------------


def test_fix_summary_leaves_input_problems_out_of_the_remaining_findings(newslint, workdir):
    write(workdir / "a.txt", DOUBLED)
    write(workdir / "nul.txt", b"The talks\x00 went on.\n")
    result = newslint("--fix", "a.txt", "nul.txt", "gone.txt", "--isolated")
    assert result.code == 2
    assert "newslint: fixed 1 finding in 1 file (0 remaining)" in result.err


# -- messages quote what they flag --------------------------------------------------


def test_missing_space_quotes_the_glued_words():
    text = "Exam results\n\nPass rates rose by 4%.Teachers said the results were the best in years.\n"
    [diagnostic] = [d for d in Linter().lint_text(text) if d.code == "TX109"]
    assert diagnostic.message == 'no space after the end of a sentence: "4%.Teachers"'


def test_a_long_foreign_span_is_cut_at_a_word_end():
    text = (
        "Harbour plan approved\n\n"
        "The harbour board approved the plan on Monday after a long debate among its members.\n\n"
        "Residents welcomed the decision. El proyecto fue aprobado por una amplia mayoría de los concejales del "
        "ayuntamiento ayer.\n\n"
        "Work on the new quay is due to start in the spring and finish within two years.\n"
    )
    [diagnostic] = [d for d in Linter().lint_text(text) if d.code.startswith("ML")]
    quoted = diagnostic.message.split('"')[1]
    assert quoted.endswith("...") and not quoted.endswith(" ...")
    assert ("El proyecto fue aprobado por una amplia mayoría de los concejales".startswith(quoted[:-3]))
    assert quoted[:-3].split()[-1] in "El proyecto fue aprobado por una amplia mayoría de los concejales".split()


# -- glued words right after a lost space, and web addresses ----------------------

GLUED_AFTER_STOP = (
    "Parking plan\n\n"
    "The scheme cost more than the town had {before}.{glued} residents were told at a meeting on Monday night.\n\n"
    "The council said the new car park would open in the spring, with spaces for four hundred cars.\n"
)


@pytest.mark.parametrize(
    "before, glued, word",
    [("expected", "securitymatters", "securitymatters"), ("planned", "andthe", "andthe")],
)
def test_glued_words_after_a_full_stop_with_no_space_are_found(before, glued, word):
    text = GLUED_AFTER_STOP.format(before=before, glued=glued)
    assert any(d.code == "TX102" and word in d.message for d in Linter().lint_text(text))


def test_glued_words_after_a_full_stop_in_german():
    text = (
        "Neuer Radweg\n\n"
        "Die Stadt streicht 40 Parkplätzen.mitdem neuen Radweg soll der Verkehr sicherer werden, sagte der "
        "Bürgermeister am Montag.\n\n"
        "Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Herbst abgeschlossen sein.\n"
    )
    assert any(d.code == "TX102" and "mitdem" in d.message for d in Linter().lint_text(text))


@pytest.mark.parametrize(
    "address", ["securitymatters.org", "bbc.co.uk", "heise.de/news", "mynews.online", "goodnews.berlin", "agency.gov.uk"]
)
def test_a_web_address_is_not_split_as_glued_words(address):
    text = (
        "Data leak\n\n"
        f"The report was published on {address} on Monday, and the regulator said it would look into the leak.\n\n"
        "The company said no payment data had been taken and that customers need not change their passwords.\n"
    )
    assert not [d for d in Linter().lint_text(text) if d.code == "TX102"]


# -- the unsafe fix of a menu run deletes the whole run --------------------------


def test_unsafe_fixes_delete_every_line_of_a_menu_run():
    text = (
        "Harbour wall breached\n\n"
        "Storm waves broke through the harbour wall on Sunday night, flooding the car park and two shops.\n\n"
        "Engineers from the council will inspect the wall on Monday, and repairs are expected to begin soon.\n\n"
        "Repairs could cost several million pounds, the council estimated, and would take months.\n\n"
        "Related Stories\nWeather\nTravel\nSport\nCulture\n"
    )
    menu = [d for d in Linter().lint_text(text) if d.line >= 9]
    assert len(menu) == 5, menu
    fixed, applied = Linter().fix_text(text, unsafe=True)
    assert fixed.rstrip().endswith("would take months.")
    assert len(applied) == 5


def test_touching_edits_that_insert_still_wait_for_the_next_pass():
    from newslint.diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
    from newslint.fixes import FixMode, choose

    def finding(start, end, content):
        fix = Fix(Applicability.SAFE, Edit(start, end, content, 1, start + 1, 1, end + 1))
        return Diagnostic("a", 1, start + 1, 1, end + 1, "TX999", "x", Severity.WARNING, "m", fix=fix)

    assert len(choose([finding(0, 3, ""), finding(3, 5, "ab")], FixMode.of(False))) == 1
    assert len(choose([finding(0, 3, "x"), finding(3, 5, "")], FixMode.of(False))) == 1
    assert len(choose([finding(0, 3, ""), finding(3, 5, "")], FixMode.of(False))) == 2
    assert len(choose([finding(0, 3, ""), finding(2, 5, "")], FixMode.of(False))) == 1


# -- a baseline's entries of files that are gone ------------------------------------


def test_baseline_entries_of_a_deleted_or_renamed_file_are_noted(newslint, workdir):
    write(workdir / "corpus" / "a1.txt", DOUBLED)
    write(workdir / "corpus" / "a2.txt", DOUBLED)
    newslint("corpus", "--isolated", "--write-baseline", "base.json")
    (workdir / "corpus" / "sub").mkdir()
    (workdir / "corpus" / "a1.txt").rename(workdir / "corpus" / "sub" / "moved.txt")
    result = newslint("corpus", "--isolated", "--baseline", "base.json")
    assert "corpus/sub/moved.txt:2:1: TX101" in result.out
    assert "1 baseline entry of a file that no longer exists (deleted or renamed: corpus/a1.txt)" in result.err
    # A hook naming only the other file hears of it too; a complete baseline says nothing.
    assert "no longer exist" in newslint("corpus/a2.txt", "--isolated", "--baseline", "base.json").err
    newslint("corpus", "--isolated", "--write-baseline", "base.json")
    assert newslint("corpus", "--isolated", "--baseline", "base.json").err == ""


def test_a_file_of_invisible_characters_is_empty(newslint, workdir):
    write(workdir / "zw.txt", "\u200b\u00a0\n\ufeff\u200d \n")
    write(workdir / "text.txt", "\u200bMinisters met on Tuesday.\n")
    result = newslint("zw.txt", "text.txt", "--isolated")
    assert "zw.txt:1:1: NL108 the file holds only whitespace" in result.out
    assert "text.txt:1:1: TX107" in result.out


# -- GitLab Code Quality ---------------------------------------------------------


def test_gitlab_code_quality_report(newslint, workdir):
    write(workdir / "a.txt", DOUBLED + "The the vote was close.\n")
    write(workdir / "c.jsonl", json.dumps({"id": "r1", "text": DOUBLED}) + "\n" + json.dumps({"id": "r2"}) + "\n")
    result = newslint("a.txt", "c.jsonl", "gone.txt", "--isolated", "--format", "gitlab")
    issues = json.loads(result.out)
    assert result.code == 2
    required = {"description", "check_name", "fingerprint", "severity", "location"}
    assert all(required <= issue.keys() for issue in issues)
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    by_place = {(i["location"]["path"], i["location"]["lines"]["begin"], i["check_name"]): i for i in issues}
    assert by_place[("a.txt", 2, "TX101")]["severity"] == "minor"
    assert by_place[("a.txt", 3, "TX101")]["description"] == 'TX101 doubled word "The the"'
    # A record sits at its line in the corpus file; its place in the article leads the description.
    assert by_place[("c.jsonl", 1, "TX101")]["description"].startswith("TX101 c.jsonl#r1:2:1: ")
    assert by_place[("c.jsonl", 2, "NL105")]["severity"] == "critical"
    assert by_place[("gone.txt", 1, "NL101")]["severity"] == "critical"


def test_a_long_dotted_token_costs_linear_time():
    # The web-address test reads one label at a time: a token of thousands
    # of dotted labels (hostile input) must not backtrack.
    from growth import assert_linear

    linter = Linter(select=["TX102"])
    prose = "The council met on Monday to discuss the plan for the harbour wall.\n\n"
    assert_linear(lambda n: prose + "See securitymatters." + "abc." * n + "abcQ now.\n", linter.lint_text, n=500)


def test_a_baseline_of_standard_input_is_not_gone(newslint, workdir):
    newslint("-", "--isolated", "--write-baseline", "base.json", stdin=DOUBLED.encode())
    result = newslint("-", "--isolated", "--baseline", "base.json", stdin=DOUBLED.encode())
    assert (result.code, result.out) == (0, "") and "no longer exist" not in result.err


def test_a_diff_of_standard_input_keeps_its_byte_order_mark(newslint, workdir):
    data = "\ufeffThe the talks ran late.\r\nMinisters met.\r\n".encode("utf-8")
    result = newslint("-", "--isolated", "--diff", stdin=data)
    # The patch's lines are the input's own bytes: its mark and its CRLF.
    assert "\n-\ufeffThe the talks ran late.\r\n+\ufeffThe talks ran late.\r\n" in result.out
