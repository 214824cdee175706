"""newslint on a real dask.distributed cluster: two worker processes on
loopback lint a generated corpus, corpus rules included, and find exactly
what a single process finds."""
import gzip
import json
import random

import pytest

pytest.importorskip("distributed")

from newslint import Linter  # noqa: E402
from newslint.dask import connect, lint_bag, lint_jsonl, summary  # noqa: E402

from conftest import write  # noqa: E402

TOPICS = ["port strike", "pension reform", "rail timetable", "harbour dredging", "bridge repairs"]
FURNITURE = ["Share this article", "Our newsroom publishes local news every day.", "Sign up for the morning briefing"]


def corpus(seed=7, articles=90):
    rng = random.Random(seed)
    records = []
    for number in range(articles):
        topic = rng.choice(TOPICS)
        lines = [
            f"Council debates the {topic} again, number {number}",
            "",
            f"Councillors met on Tuesday to discuss the {topic}, which has divided the town for months.",
            f"The mayor said the {topic} would be settled by the the end of the year, officials said.",
        ]
        if number % 3 == 0:
            lines.append(rng.choice(FURNITURE))  # recurs across articles: UI108
        if number % 10 == 0:
            lines.append("Comments are closed..")
        record = {"id": f"n{number}", "text": "\n".join(lines) + "\n"}
        if number == 41:
            record = {"id": "broken"}  # malformed: NL105
        records.append(record)
    return records


@pytest.fixture(scope="module")
def client():
    client = connect(workers=2)
    yield client
    client.close()
    client.cluster.close()


def _key(d):
    return (d["path"], d["line"], d["col"], d["code"], d["message"])


def test_cluster_results_equal_a_single_process_run(client, newslint, workdir):
    records = corpus()
    write(workdir / "a.jsonl", "".join(json.dumps(r) + "\n" for r in records[:30]))
    write(workdir / "b.jsonl.gz", gzip.compress("".join(json.dumps(r) + "\n" for r in records[30:60]).encode()))
    write(workdir / "c.jsonl", "".join(json.dumps(r) + "\n" for r in records[60:]))
    paths = ["a.jsonl", "b.jsonl.gz", "c.jsonl"]

    single = json.loads(newslint(*paths, "--isolated", "--format", "json").out)
    distributed = lint_jsonl(paths, Linter()).compute()

    assert sorted(map(_key, distributed)) == sorted(map(_key, single))
    codes = {d["code"] for d in single}
    assert {"UI108", "TX101", "UI101", "NL105"} <= codes  # corpus rule, line rules, input problems
    assert len(single) > 100


def test_a_bag_of_records(client):
    import dask.bag as db

    records = corpus(seed=3, articles=40)
    bag = db.from_sequence(records, npartitions=4)
    found = lint_bag(bag, Linter(), source="feed").compute()
    expected = list(Linter().lint_records(records, source="feed"))
    assert sorted(map(_key, found)) == sorted(map(_key, (d.as_dict() for d in expected)))
    report = summary(found, articles=len(records))
    assert report["articles"] == 40 and report["findings"] == len(found)
    assert report["findings_per_family"]["UI"] > 0 and report["articles_with_findings"] <= 40


def test_command_line_on_a_local_cluster_matches_one_process(newslint, workdir):
    records = corpus(seed=11, articles=60)
    write(workdir / "a.jsonl", "".join(json.dumps(r) + "\n" for r in records[:30]))
    write(workdir / "b.jsonl", "".join(json.dumps(r) + "\n" for r in records[30:]))
    one = newslint("a.jsonl", "b.jsonl", "missing.txt", "--isolated")
    cluster = newslint("a.jsonl", "b.jsonl", "missing.txt", "--isolated", "--dask", "-j", "2")
    assert cluster.out == one.out and cluster.code == one.code == 2
    summary_line = cluster.err.strip().splitlines()[-1]
    assert summary_line.startswith("newslint: 61 articles, ") and "articles with findings" in summary_line
    assert newslint("-", "--dask", stdin=b"x").err.startswith("newslint: error: --dask reads files")


def test_an_unreachable_scheduler_is_one_line_and_exit_2(newslint, workdir, monkeypatch):
    import newslint.dask as module

    def refuse(scheduler, workers):
        raise OSError("Timed out trying to connect")

    monkeypatch.setattr(module, "connect", refuse)
    write(workdir / "a.jsonl", '{"id": "a", "text": "ok"}\n')
    result = newslint("a.jsonl", "--dask-scheduler", "tcp://127.0.0.1:9")
    assert result.code == 2
    assert result.err == "newslint: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9: Timed out trying to connect\n"
