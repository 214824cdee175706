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
    write(workdir / "newslint.yaml", "plugins: [sample_rules]\nselect: [ZZ3, TX]\n")


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
    write(workdir / "b.txt", "and and\n")
    auto = newslint("a.txt", "b.txt", "-j", "auto", "--select", "TX101")
    assert (auto.out, auto.code) == ('a.txt:1:1: TX101 [*] doubled word "the the"\nb.txt:1:1: TX101 [*] doubled word "and and"\n', 1)


def test_linter_api_with_corpus_rules(workdir):
    linter = Linter(plugins=["sample_rules"], select=["ZZ3", "TX101"])
    diagnostics = list(linter.lint_texts([("a", "Read more\nx"), ("b", "Read more\ny"), ("c", "z")]))
    assert [(d.path, d.code) for d in diagnostics] == [("a", "ZZ301"), ("b", "ZZ301")]
    single = linter.lint_text("the the\n", path="one")
    assert [d.as_dict()["code"] for d in single] == ["TX101"]


def test_linter_pickles_without_its_loaded_rules(workdir):
    import pickle

    fresh = pickle.dumps(Linter(select=["TX"]))
    linter = Linter(select=["TX"])
    assert linter.lint_text("the the\n")
    shipped = pickle.dumps(linter)
    assert shipped == fresh  # the loaded rules and their data stay behind
    assert b"newslint.rules" not in shipped
    clone = pickle.loads(shipped)
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


# -- one engine ----------------------------------------------------------------


def test_results_are_named_and_every_entry_point_shares_one_body(workdir):
    from newslint.runner import Result

    linter = Linter(select=["TX101"])
    records = [{"id": "a", "text": "It was was late."}, {"id": "b"}, {"id": "c", "text": "Fine."}]
    by_records = list(linter.lint_records(records, source="feed"))
    by_texts = list(linter.lint_texts([("feed#a", "It was was late.")]))
    by_text = linter.lint_text("It was was late.", path="feed#a")
    assert by_texts == by_text == [by_records[0]._replace(record_line=None, file="feed#a")]
    assert [d.code for d in by_records] == ["TX101", "NL105"]
    results = list(linter.results(linter.article(record, n, "feed") for n, record in enumerate(records, 1)))
    assert all(isinstance(result, Result) for result in results)
    assert [(r.path, len(r.diagnostics)) for r in results] == [("feed#a", 1), ("feed#b", 1), ("feed#c", 0)]
    assert results[0].diagnostics[0].line_text == "It was was late."


def test_a_dead_worker_is_one_line_naming_the_article_and_exit_2(newslint, workdir, monkeypatch):
    from newslint import runner

    # The main process takes batches too when a result it needs is not
    # ready; here it leaves them all to the worker, which checks the article.
    monkeypatch.setattr(runner, "_take_last_waiting", lambda pending, here: False)
    rows = [json.dumps({"id": f"r{n}", "text": f"Fine line {n}."}) for n in range(150)]
    rows.insert(100, json.dumps({"id": "bad", "text": "KILL-THIS-WORKER now."}))
    write(workdir / "c.jsonl", "\n".join(rows) + "\n")
    write(workdir / "newslint.yaml", "plugins: [killer_rules]\nselect: [ZZ666]\n")
    result = newslint("c.jsonl", "-j", "2")
    assert result.code == 2
    assert result.err == (
        "newslint: error: a worker process was killed by SIGKILL (out of memory?) while checking c.jsonl#bad; "
        "the report is incomplete\n"
    )
    # In one process the rule only reports (it never kills the main process).
    assert newslint("c.jsonl").out == "c.jsonl#bad:1:1: ZZ666 would have killed a worker\n"


def test_findings_per_article_are_capped(newslint, workdir):
    write(workdir / "a.txt", "It was was late.\n" * 59)
    write(workdir / "cap.yaml", "max-findings-per-article: 5\n")
    result = newslint("a.txt", "--select", "TX101", "--config", "cap.yaml")
    assert result.out.count("TX101") == 5 and result.code == 1
    assert result.err == (
        "newslint: warning: a.txt: 54 more findings not shown (max-findings-per-article is 5)\n"
        "[*] 5 fixable with the --fix option.\n"
    )
    assert newslint("a.txt", "--select", "TX101").out.count("TX101") == 59  # the default is generous


def test_progress_line_is_wiped_before_a_finding_on_a_shared_terminal(workdir, monkeypatch):
    from newslint.application import RunOptions, run
    from newslint.config import load_config
    from newslint.plugins import load_registry
    from newslint.progress import Progress

    monkeypatch.setattr(Progress, "INTERVAL", 0)
    for name in "abc":
        write(workdir / f"{name}.txt", "Fine text.\n" if name != "c" else "the the\n")
    config = load_config({"select": "TX101", "color": "never"}, isolated=True)
    screen = FakeTerminal()
    code = run(config, load_registry(), RunOptions(paths=("a.txt", "b.txt", "c.txt")), stdout=screen, stderr=screen)
    shown = "".join(screen.written)
    assert code == 1
    assert "newslint: 1 article, " in shown and "1 articles" not in shown
    # What a terminal shows: the finding on a line of its own, no progress text before it.
    assert shown.count("c.txt:1:1:") == 1
    before = shown[: shown.index("c.txt:1:1:")]
    assert before.endswith("\r\033[K"), repr(before[-40:])


# -- one large JSON Lines file split between workers ----------------------------

TOWNS = ["Harrowgate", "Elmsbury", "Kettlemere", "Saltcombe", "Brackenford", "Wyndle"]
SUBJECTS = ["The council", "Ferry operators", "The hospital trust", "Local farmers", "The museum", "Bus drivers",
            "The fire service", "Shop owners", "The school board", "Fishermen"]
EVENTS = [
    "agreed a new budget for the coming year after a long meeting",
    "said repairs to the harbour wall would start in the spring",
    "warned that the bridge would close for three weeks in June",
    "opened a consultation on plans for a larger car park",
    "confirmed that the summer festival would return to the park",
    "asked residents to report flooding on the coast road",
    "published figures showing fewer visitors than last year",
    "promised to answer every letter within a month",
]
WHEN = ["on Monday", "on Tuesday", "this week", "last month", "in a statement", "at a public meeting"]
# Damage the default rules report, written for this test (each article's
# own words, so no line of it recurs): a doubled word, a quotation left
# open, a sentence in another language.  Every fifth article carries a
# site's own line, which recurs across articles (UI108, the corpus rule).
DAMAGE = [
    lambda town, n: f"Residents in {town} said the the decision on item {n} came too late.",
    lambda town, n: f'A spokesperson said: "We will keep the {n} families in {town} informed.',
    lambda town, n: f"Der Gemeinderat von {town} hat die Entscheidung am Dienstag mit {n} Stimmen getroffen.",
]
SITE_LINE = "Harbour Weekly: your town, your news"


def _town_article(number: int) -> str:
    import random

    rng = random.Random(number)
    town = rng.choice(TOWNS)
    lines = [f"{town} news, item {number}: {rng.choice(SUBJECTS)} {rng.choice(EVENTS).split()[0]} {rng.choice(WHEN)}", ""]
    for paragraph in range(rng.randint(5, 9)):
        lines.append(
            f"{rng.choice(SUBJECTS)} in {town} {rng.choice(EVENTS)} {rng.choice(WHEN)}, "
            f"the {paragraph + 1}. of {rng.randint(10, 999)} notes on item {number}."
        )
        if paragraph == 2:
            lines.append(DAMAGE[number % len(DAMAGE)](town, number))
    if number % 5 == 0:
        lines.append(SITE_LINE)
    return "\n".join(lines) + "\n"


def test_default_rules_give_one_process_output_on_one_file_split_between_workers(newslint, workdir):
    from newslint.config import load_config
    from newslint.runner import _batches
    from newslint.sources import ReadOptions, read_inputs

    records = [json.dumps({"id": f"t{number}", "text": _town_article(number)}) for number in range(90)]
    write(workdir / "corpus.jsonl", "\n".join(records) + "\n")
    options = ReadOptions.from_config(load_config({}, isolated=True))
    batches = list(_batches(read_inputs(["corpus.jsonl"], options)))
    assert len(batches) >= 4  # the file is split: each worker checks several batches of it
    for fmt in ("json", "default"):
        one = newslint("corpus.jsonl", "--isolated", "--format", fmt, "-j", "1")
        two = newslint("corpus.jsonl", "--isolated", "--format", fmt, "-j", "2")
        assert (one.out, one.code) == (two.out, two.code)
    # The default report of both: every family the damage calls for, and the
    # corpus rule, whose counts are merged from the workers' batches.
    codes = {line.split()[1] for line in one.out.splitlines() if line.startswith("corpus.jsonl#")}
    assert codes == {"TX101", "QM101", "ML102", "ML103", "UI108"}, codes
    assert one.out.count(" UI108 ") == 18 and one.out.count(" TX101 ") == 30  # every fifth article; every third


def test_an_error_in_a_worker_ends_the_run_where_one_process_ends_it(newslint, workdir, monkeypatch):
    """An exception a worker raises (a pattern that timed out, say) reaches
    the parent in its turn: the report stops where a one-process run stops
    (outside the last stretch, which several processes cut finer)."""
    from newslint import runner
    from newslint.runner import RunFailed

    real = runner.check

    def check(checker, item, corpus=None, fix=None):
        if item.path.endswith("#r70"):
            raise RunFailed("checking r70 failed")
        return real(checker, item, corpus, fix)

    monkeypatch.setattr(runner, "check", check)
    rows = [json.dumps({"id": f"r{n}", "text": f"Line {n} was was here."}) for n in range(150)]
    write(workdir / "c.jsonl", "\n".join(rows) + "\n")
    one = newslint("c.jsonl", "--select", "TX101", "-j", "1")
    two = newslint("c.jsonl", "--select", "TX101", "-j", "2")
    assert (one.code, one.err) == (two.code, two.err) == (2, "newslint: error: checking r70 failed\n")
    # Both report the batches before the failing article's (it is in the second).
    assert one.out == two.out and one.out.count("TX101") == runner.BATCH_ARTICLES


def _slow_batch(batch):
    """A worker's work in the tests below: slow enough that the main
    process finds the next result not ready."""
    import os
    import time

    time.sleep(0.3)
    return [(number, os.getpid()) for number in batch]


def _pool_of_one():
    from newslint import runner

    linter = Linter(select=["TX101"])
    return runner._Workers(linter.config, 1, linter.checker, None)


def test_the_main_process_takes_batches_from_the_back_results_in_order():
    """While the worker is on the first batches, with its window of four
    queued, the main process reads the next ones and does them itself, then
    takes those handed out last that the worker has not started (here:
    whatever it took returns its own pid); the results still come in input
    order, each batch done once."""
    import os

    batches = [[2 * n, 2 * n + 1] for n in range(8)]
    taken = []

    def here(batch):
        taken.append(batch[0] // 2)
        return [(number, os.getpid()) for number in batch]

    with _pool_of_one() as workers:
        results = list(workers.in_order(_slow_batch, iter(batches), ahead=4, here=here))
    assert [number for result in results for number, _pid in result] == list(range(16))
    mine = [index for index, result in enumerate(results) if result[0][1] == os.getpid()]
    assert mine == sorted(taken) and taken and 0 not in taken
    # The worker keeps its four; the rest read are the main process's, and
    # then the last the worker had not started.
    assert taken[:4] == [4, 5, 6, 7] and taken[4] == 3


def test_an_exception_in_a_batch_the_main_process_took_waits_its_turn():
    """A batch the main process checks itself that raises reports after the
    batches before it, as a worker's exception does (and as one process
    stops there)."""
    from newslint.runner import RunFailed

    import os

    batches = [[n] for n in range(4)]

    def here(batch):
        if batch == [3]:  # the last handed out: the first the main process takes
            raise RunFailed(f"batch {batch[0]} failed")
        return [(number, os.getpid()) for number in batch]

    got = []
    with _pool_of_one() as workers:
        with pytest.raises(RunFailed, match=r"^batch 3 failed$"):
            for result in workers.in_order(_slow_batch, iter(batches), ahead=4, here=here):
                got.append(result[0][0])
    assert got == [0, 1, 2]


def test_the_last_stretch_is_checked_in_smaller_batches():
    from newslint import runner
    from newslint.sources import Article

    text = "x" * 1_000
    articles = [Article(f"a{n}", text, "a") for n in range(200)]  # 200,000 characters
    total = runner._Total()
    assert total.tail_from() is None
    counted = list(runner._batches(iter(articles), total=total))
    assert total.chars == 200_000 and {len(batch) for batch in counted} == {20}
    sizes = [len(batch) for batch in runner._batches(iter(articles), tail_from=total.tail_from())]
    stretch = runner.TAIL_BATCHES * runner.BATCH_CHARS // len(text)  # articles in the last stretch
    assert sum(sizes) == 200 and sizes[0] == 20 and sizes[-1] == 20 // runner.TAIL_DIVISOR
    assert sum(size for size in sizes if size < 20) == stretch


def test_a_failure_in_the_last_stretch_reports_as_much_with_any_jobs(newslint, workdir, monkeypatch):
    """The last stretch is cut the same with -j 1 and -j 2: a run that fails
    there stops its report at the same article's batch."""
    from newslint import runner
    from newslint.runner import RunFailed

    real = runner.check

    def check(checker, item, corpus=None, fix=None):
        if item.path.endswith("#s395"):
            raise RunFailed("checking s395 failed")
        return real(checker, item, corpus, fix)

    monkeypatch.setattr(runner, "check", check)
    monkeypatch.setattr(runner, "BATCH_CHARS", 2_000)  # 400 articles make about 25 batches, the last 4 cut finer
    _corpus(workdir, 400)
    one = newslint("corpus.jsonl", "-j", "1")
    two = newslint("corpus.jsonl", "-j", "2")
    assert (one.code, one.err) == (two.code, two.err) == (2, "newslint: error: checking s395 failed\n")
    assert one.out == two.out and "#s390:" in one.out and "#s396:" not in one.out
