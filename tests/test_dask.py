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


def _every_field(diagnostics):
    """The diagnostics in a stable order, every field compared."""
    return sorted(diagnostics, key=lambda d: json.dumps(d, sort_keys=True))


def test_cluster_results_equal_a_single_process_run(client, newslint, workdir):
    records = corpus()
    write(workdir / "a.jsonl", "".join(json.dumps(r) + "\n" for r in records[:30]))
    write(workdir / "b.jsonl.gz", gzip.compress("".join(json.dumps(r) + "\n" for r in records[30:60]).encode()))
    write(workdir / "c.jsonl", "".join(json.dumps(r) + "\n" for r in records[60:]))
    paths = ["a.jsonl", "b.jsonl.gz", "c.jsonl"]

    single = json.loads(newslint(*paths, "--isolated", "--format", "json").out)
    distributed = lint_jsonl(paths, Linter()).compute()

    assert _every_field(distributed) == _every_field(single)
    codes = {d["code"] for d in single}
    assert {"UI108", "TX101", "UI101", "NL105"} <= codes  # corpus rule, line rules, input problems
    assert len(single) > 100


def test_a_bag_of_records(client):
    import dask.bag as db

    records = corpus(seed=3, articles=40)
    bag = db.from_sequence(records, npartitions=4)
    found = lint_bag(bag, Linter(), source="feed").compute()
    assert bag.map_partitions(len).compute() == [10, 10, 10, 10]
    expected = [d.as_dict() for d in Linter().lint_records(records, source="feed")]
    # A bag has no file: a record's place is counted within its partition.
    for d in expected:
        if d["record_line"] is not None:
            d["record_line"] = (d["record_line"] - 1) % 10 + 1
    assert _every_field(found) == _every_field(expected)
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
    summary_line, fix_hint = cluster.err.strip().splitlines()[-2:]
    assert fix_hint.startswith("[*] ") and fix_hint == one.err.strip().splitlines()[-1]
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


# -- one engine: the same report from one process, -j 2 and a cluster ---------

FORMATS = ["default", "json", "jsonl", "github", "gitlab", "sarif"]


def _three_files(workdir):
    records = corpus(seed=5, articles=45)[:24] + [{"id": "broken"}]
    write(workdir / "a.jsonl", "".join(json.dumps(r) + "\n" for r in records[:12]))
    write(workdir / "b.jsonl.gz", gzip.compress("".join(json.dumps(r) + "\n" for r in records[12:]).encode()))
    write(workdir / "c.txt", "Comments are closed..\nThe the mayor spoke.\n")
    return ["a.jsonl", "b.jsonl.gz", "c.txt", "missing.txt"]


@pytest.mark.parametrize("baseline", [False, True], ids=["no-baseline", "baseline"])
def test_every_format_is_byte_identical_in_one_process_two_and_a_cluster(client, newslint, workdir, baseline, monkeypatch):
    import newslint.dask as module

    # --dask-scheduler runs on the module's cluster; its client is kept open
    # between runs (connecting anew each time is what makes a test slow).
    monkeypatch.setattr(module, "connect", lambda scheduler, workers: _Kept(client))
    paths = _three_files(workdir)
    # A corpus rule, line rules and input problems; the heavier families are
    # left out to keep the test quick, not because they differ.
    extra = ["--select", "UI1,TX101"]
    if baseline:
        # Recorded before c.txt changed: its old finding is stale, the new ones are new.
        assert newslint(*paths, *extra, "--isolated", "--write-baseline", "base.json").code == 2
        write(workdir / "c.txt", "Comments are closed..\nThe mayor spoke spoke.\n")
        extra += ["--baseline", "base.json"]
    address = client.scheduler.address
    for fmt in FORMATS:
        args = [*paths, "--isolated", "--quiet", "--format", fmt, "--show-source", *extra]
        one = newslint(*args)
        two = newslint(*args, "-j", "2")
        cluster = newslint(*args, "--dask-scheduler", address)
        assert (two.out, two.err, two.code) == (one.out, one.err, one.code), fmt
        assert (cluster.out, cluster.err, cluster.code) == (one.out, one.err, one.code), fmt
        assert one.code == 2 and "NL101" in one.out
    if baseline:
        assert "1 stale baseline entry " in one.err and "c.txt:2: TX101" in one.err
    else:
        assert "^" in newslint(*paths, *extra, "--isolated", "--quiet", "--show-source", "--dask-scheduler", address).out


def test_diagnostics_keep_their_line_text_through_the_cluster(client):
    records = corpus(seed=3, articles=12)
    import dask.bag as db

    from newslint.dask import lint_results

    linter = Linter()
    articles = db.from_sequence([linter.article(r, n, "feed") for n, r in enumerate(records, 1)], npartitions=3)
    through_cluster = [d for result in lint_results(articles, linter).compute() for d in result.diagnostics]
    in_process = list(linter.lint_records(records, source="feed"))
    assert through_cluster == in_process  # every field, line_text included
    assert all(d.line_text for d in in_process if not d.code.startswith("NL"))


def test_a_killed_worker_is_one_line_naming_the_file(newslint, workdir, monkeypatch):
    from distributed.scheduler import KilledWorker

    import newslint.dask as module

    def dies(articles, linter, fix=None):
        raise KilledWorker(("check_partition-1a2b", 1), None, 3)

    monkeypatch.setattr(module, "lint_results", dies)
    monkeypatch.setattr(module, "connect", lambda scheduler, workers: _FakeClient())
    write(workdir / "a.jsonl", '{"id": "a", "text": "ok"}\n')
    write(workdir / "b.jsonl", '{"id": "b", "text": "ok"}\n')
    result = newslint("a.jsonl", "b.jsonl", "--dask-scheduler", "tcp://127.0.0.1:9")
    assert result.code == 2
    assert result.err == (
        "newslint: error: Dask workers died repeatedly while checking b.jsonl (KilledWorker); the report is incomplete\n"
    )


class _FakeClient:
    def close(self):
        pass


class _Kept:
    """A client whose close() leaves it open, for the next run."""

    def __init__(self, client):
        self.client = client

    def close(self):
        assert self.client.status == "running"


def _serve(behaviour):
    """A TCP server on loopback that answers every connection with ``behaviour``."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held = []

    def loop():
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            held.append(connection)
            behaviour(connection)

    threading.Thread(target=loop, daemon=True).start()
    return server


@pytest.mark.parametrize(
    "behaviour, expected",
    [
        (lambda c: c.sendall(b"HTTP/1.1 200 OK\r\n\r\n" + b"\xff\x00garbage" * 64), "answered something that is not"),
        (lambda c: None, "no answer within 1 s"),
    ],
    ids=["garbage", "silence"],
)
def test_a_scheduler_that_answers_garbage_or_nothing_is_one_line_and_exit_2(newslint, workdir, monkeypatch, behaviour, expected):
    import time

    import newslint.dask as module

    monkeypatch.setattr(module, "CONNECT_TIMEOUT", 1)
    server = _serve(behaviour)
    write(workdir / "a.jsonl", '{"id": "a", "text": "ok"}\n')
    address = "tcp://127.0.0.1:%d" % server.getsockname()[1]
    started = time.monotonic()
    result = newslint("a.jsonl", "--dask-scheduler", address)
    server.close()
    assert result.code == 2 and result.out == ""
    assert result.err.startswith("newslint: error: ") and expected in result.err
    assert result.err.count("\n") == 1
    assert time.monotonic() - started < 8  # the time given, not a hang
