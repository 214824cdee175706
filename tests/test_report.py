"""The HTML corpus report on a generated corpus: its numbers are the run's
(--statistics, --summary), hostile text shows as text, and the page is the
same whether built in one process, under -j 2, on Dask or from --format jsonl."""
from __future__ import annotations

import collections
import contextlib
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tracemalloc

import pytest

pytest.importorskip("matplotlib")

from newslint.cli import main  # noqa: E402
from newslint.diagnostic import Diagnostic, Severity  # noqa: E402
from newslint.report import collect  # noqa: E402
from newslint.report.collect import ReportData  # noqa: E402

from conftest import write  # noqa: E402

HOSTS = ["harbourgazette.example", "valleytimes.example", "www.northpost.example"]
TOPICS = ["ferry timetable", "school budget", "flood defences", "library hours"]
HOSTILE = "Police said <script>alert('x')</script> was typed into </textarea> the form \x1b[31m at 9am\u202e."


def corpus(articles=48, seed_offset=0):
    """Records written for the test: most carry one or two kinds of damage."""
    records = []
    for number in range(articles):
        topic = TOPICS[(number + seed_offset) % len(TOPICS)]
        lines = [f"Town council reviews the {topic}", "", f"Councillors discussed the {topic} on Thursday evening."]
        if number % 2 == 0:
            lines.append(f"The mayor said the the {topic} would be settled before meeting {number} in spring.")
        if number % 3 == 0:
            lines.append("Share this article")
        if number % 7 == 0:
            lines.append("Residents can comment until Friday.<br>")
        if number % 4 == 1:
            lines.append(f"A spokesperson said the {topic} had been popular with families.")
        records.append({"id": f"r{number}", "url": f"https://{HOSTS[number % 3]}/news/{number}", "text": "\n".join(lines) + "\n"})
    records.append({"id": "bad<id>", "url": "<b>evil</b>", "text": HOSTILE + "\n"})
    records.append({"id": "no-text"})  # an input problem (NL105)
    return records


def write_corpus(workdir, records=None):
    records = records or corpus()
    half = len(records) // 2
    write(workdir / "a.jsonl", "".join(json.dumps(r) + "\n" for r in records[:half]))
    write(workdir / "b.jsonl", "".join(json.dumps(r) + "\n" for r in records[half:]))
    return ["a.jsonl", "b.jsonl"]


def totals(page):
    return {name: value for name, value in re.findall(r'id="total-([a-z-]+)">([^<]*)<', page)}


def code_counts(page):
    rows = re.findall(r'<tr data-code="([^"]+)">(.*?)</tr>', page)
    return {code: int(re.findall(r'data-value="(\d+)"', row)[0]) for code, row in rows}


def table(page, name):
    body = re.search(rf'<table id="{name}-table">(.*?)</table>', page).group(1)
    return {key: int(value) for key, value in re.findall(r'<tr data-key="([^"]+)"><td>[^<]*</td><td class="num" data-value="(\d+)"', body)}


def sources(page):
    rows = re.findall(r'<tr data-source="([^"]+)">(.*?)</tr>', page)
    return {html.unescape(name): [float(v) for v in re.findall(r'data-value="([\d.]+)"', row)] for name, row in rows}


def without_run_details(page):
    """The page less what legitimately differs between ways of building it:
    the origin line, the notes, the configuration."""
    page = re.sub(r"newslint 0[^<]*</p></header>", "", page)
    page = re.sub(r'<p class="note">[^<]*</p>', "", page)
    return re.sub(r'<section id="configuration">.*?</section>', "", page, flags=re.S)


class Pages:
    """Every way of building the report, run once for the module."""

    def __init__(self, directory):
        self.directory = directory
        self.paths = write_corpus(directory)
        self.records = corpus()
        self.live_run = self.run(*self.paths, "--format", "html", "--output-file", "live.html", "--statistics", "--summary", "s.jsonl")
        self.run(*self.paths, "--format", "html", "--output-file", "two.html", "-j", "2")
        self.run(*self.paths, "--format", "jsonl", "--output-file", "f.jsonl")
        self.later_run = self.run("report", "f.jsonl", "--summary", "s.jsonl", "-o", "later.html")
        self.sources_run = self.run("report", "f.jsonl", "--summary", "s.jsonl", "--source-field", "url", "-o", "src.html")
        self.alone_run = self.run("report", "f.jsonl")
        self.summary = [json.loads(line) for line in self.read("s.jsonl").splitlines()]

    def run(self, *args):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*args, "--isolated"])
        return code, out.getvalue(), err.getvalue()

    def read(self, name):
        return (self.directory / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    directory = tmp_path_factory.mktemp("report")
    here = os.getcwd()
    os.chdir(directory)
    try:
        yield Pages(directory)
    finally:
        os.chdir(here)


def test_numbers_equal_statistics_and_summary(pages):
    code, _, err = pages.live_run
    assert code == 2  # the record without text is an input problem
    page = pages.read("live.html")
    statistics = {m.group(2): int(m.group(1)) for m in re.finditer(r"^(\d+)\s+(\S+) ", err, re.M)}
    rows = pages.summary

    assert code_counts(page) == statistics
    assert {"TX101", "UI101", "TX106", "NL105"} <= set(statistics)
    found = totals(page)
    assert int(found["articles"]) == len(rows) == 50
    assert int(found["articles-with-findings"]) == sum(1 for row in rows if row["findings"])
    assert int(found["findings"].replace(",", "")) == sum(row["findings"] for row in rows) == sum(statistics.values())
    assert int(found["problems"]) == statistics["NL105"]
    families = collections.Counter()
    for row in rows:
        families.update(row["per_family"])
    assert table(page, "families") == dict(families)
    per_article = collections.Counter(row["findings"] for row in rows)
    histogram = table(page, "histogram")
    assert all(histogram[str(n)] == per_article.get(n, 0) for n in range(6))
    assert sum(histogram.values()) == len(rows)
    # Sources default to the corpus file.
    by_file = collections.Counter(row["file"] for row in rows)
    assert {name: int(values[0]) for name, values in sources(page).items()} == dict(by_file)


def test_hostile_text_is_shown_as_text(pages):
    page = pages.read("live.html")
    assert page.count("<script") == 1 and page.count("</script>") == 1  # the page's own
    assert "</textarea>" not in page and "alert('x')" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;/textarea&gt;" in page
    assert "\x1b" not in page and "\u202e" not in page
    assert "U+001B" in page and "U+202E" in page
    assert "bad&lt;id&gt;" in page and 'href="b.jsonl#bad%3Cid%3E"' in page
    # Nothing is fetched: no external resource, and a policy that forbids it.
    assert "default-src 'none'" in page
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page) and " src=" not in page
    # A hostile field value as a source name is text too, in the table and the chart.
    by_source = pages.read("src.html")
    assert "<b>" not in by_source and "&lt;b&gt;" in by_source


def test_source_field_from_jsonl_output(pages):
    assert pages.sources_run[0] == 0, pages.sources_run
    expected = collections.defaultdict(lambda: [0, 0, 0])
    for row in pages.summary:
        record = next((r for r in pages.records if row["path"].endswith("#" + str(r.get("id")))), None)
        # The record without text never became an article: there is no record to read its field from.
        host = "(no readable record)" if record is None or not isinstance(record.get("text"), str) else record["url"]
        host = host.split("/")[2].removeprefix("www.") if "://" in host else host
        counts = expected[host]
        counts[0] += 1
        counts[1] += bool(row["findings"])
        counts[2] += row["findings"]
    shown = {name: [int(v[0]), int(v[1]), int(v[3])] for name, v in sources(pages.read("src.html")).items()}
    assert shown == dict(expected)
    assert set(shown) == {"harbourgazette.example", "valleytimes.example", "northpost.example", "<b>evil</b>", "(no readable record)"}
    # Worst first: findings per article never rise down the table.
    per_article = [values[4] for values in sources(pages.read("src.html")).values()]
    assert per_article == sorted(per_article, reverse=True) and len(set(per_article)) > 2


def test_report_from_jsonl_equals_report_of_the_run(pages):
    assert pages.later_run[0] == 0, pages.later_run
    live, later = pages.read("live.html"), pages.read("later.html")
    assert "<mark>" in later  # example lines read again from the corpus
    assert without_run_details(later) == without_run_details(live)
    # Without the summary, clean articles are unknown and the page says so.
    code, alone, _ = pages.alone_run
    assert code == 0 and 'id="total-articles">not known<' in alone
    assert code_counts(alone) == code_counts(live)


def test_two_processes_give_the_same_page_byte_for_byte(pages):
    # Each page is rendered anew: equal bytes mean no date and fixed SVG ids.
    live, two = pages.read("live.html"), pages.read("two.html")
    assert 'id="' in live[live.index("<svg") :]
    # jobs changes how the run goes, not what it finds: the page leaves it out.
    assert "jobs:" not in two and "jobs:" not in live
    assert re.sub(r"statistics: \w+", "", two) == re.sub(r"statistics: \w+", "", live)


class _InProcessClient:
    """Stands in for a Dask cluster: the graph runs on dask's synchronous
    scheduler (tests/test_dask.py runs a real cluster)."""

    def __init__(self, scheduler, workers):
        self.cluster = self

    def close(self):
        pass


def test_dask_run_gives_the_same_page(pages, monkeypatch):
    dask = pytest.importorskip("dask")
    import newslint.dask

    monkeypatch.setattr(newslint.dask, "connect", _InProcessClient)
    with dask.config.set(scheduler="synchronous"):
        pages.run(*pages.paths, "--format", "html", "--output-file", "dask.html", "--dask", "-q")
    cluster = pages.read("dask.html")
    assert "<mark>" in cluster  # Dask's diagnostics come without lines: read again
    assert without_run_details(cluster) == without_run_details(pages.read("live.html"))


def test_without_matplotlib_one_line_tells_how_to_install(newslint, workdir, monkeypatch):
    write(workdir / "a.txt", "The the council met.\n")
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    run = newslint("a.txt", "--isolated", "--format", "html")
    assert run.code == 2
    assert run.err == "newslint: error: the HTML report draws its charts with matplotlib: pip install 'newslint[report]'\n"


def _diagnostic(number, code, line_text):
    return Diagnostic(
        path=f"big.jsonl#{number}", line=1, col=5, end_line=1, end_col=12, code=code, name="some-rule",
        severity=Severity.WARNING, message="a finding", line_text=line_text, file="big.jsonl", record_line=number,
    )


def _feed(data, start, articles):
    for number in range(start, start + articles):
        data.begin(f"source-{number}")  # a field that names every article apart
        for code in ("TX101", "UI101", "QM101")[: 1 + number % 3]:
            data.add(_diagnostic(number, code, f"The the line of article {number} " + "x" * (number % 500)))
        data.end()


def test_memory_stays_flat_as_the_corpus_grows(monkeypatch):
    monkeypatch.setattr(collect, "MAX_SOURCES", 200)
    data = ReportData()
    tracemalloc.start()
    try:
        _feed(data, 0, 1_000)
        after_small, _ = tracemalloc.get_traced_memory()
        _feed(data, 1_000, 3_000)
        after_large, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert data.articles == 4_000 and data.findings == sum(1 + n % 3 for n in range(4_000))
    assert all(len(counts.examples) == collect.EXAMPLES_PER_CODE for counts in data.codes.values())
    assert len(data.sources) == 201 and data.sources[collect.OTHER_SOURCES].articles == data.sources_lumped == 3_800
    assert all(len(example.after) <= collect.CONTEXT_CHARS for example in data.examples())
    assert after_large - after_small < 32_000  # 3,000 more articles, a few kilobytes more at most


def test_examples_do_not_depend_on_arrival_order():
    forwards, backwards = ReportData(), ReportData()
    for data, numbers in ((forwards, range(300)), (backwards, reversed(range(300)))):
        for number in numbers:
            data.begin("s")
            data.add(_diagnostic(number, "TX101", "The the line"))
            data.end()
    assert forwards.codes["TX101"].examples == backwards.codes["TX101"].examples
    example = forwards.codes["TX101"].examples[0]
    assert (example.before, example.span, example.after) == ("The ", "the lin", "e")


def _browser():
    return next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)


@pytest.mark.skipif(_browser() is None, reason="no Chromium installed")
def test_the_page_renders_in_a_headless_browser(newslint, workdir):
    from matplotlib import image

    paths = write_corpus(workdir)
    newslint(*paths, "--isolated", "--format", "html", "--output-file", "r.html")
    shot = workdir / "shot.png"
    subprocess.run(
        [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1000,900",
         f"--screenshot={shot}", (workdir / "r.html").as_uri()],
        capture_output=True, timeout=60, check=True,
    )
    pixels = image.imread(str(shot))
    assert pixels.shape[:2] == (900, 1000)
    assert pixels.std() > 0.05  # not a blank page: text, cards and charts drawn
    assert (pixels[:60, :, :3].mean(axis=2) < 0.3).mean() > 0.5  # the dark header band


# Clicks the code table's Findings heading twice and types in its filter, then
# writes what the page shows into the body's attributes for --dump-dom.
_PROBE = """
var heading = document.querySelectorAll('#code-table th')[4];
var codes = function () {
  return Array.prototype.map.call(document.querySelectorAll('#code-table tbody tr'), function (r) {
    return r.cells[0].textContent + (r.style.display === 'none' ? '-' : '');
  }).join(' ');
};
heading.click(); document.body.setAttribute('data-descending', codes());
heading.click(); document.body.setAttribute('data-ascending', codes());
var filter = document.querySelector('input[data-table="code-table"]');
filter.value = 'doubled'; filter.dispatchEvent(new Event('input'));
document.body.setAttribute('data-filtered', codes());
document.body.setAttribute('data-examples', Array.prototype.map.call(document.querySelectorAll('article.code'), function (a) {
  return a.getAttribute('data-code') + (a.style.display === 'none' ? '-' : '');
}).join(' '));
"""


@pytest.mark.skipif(_browser() is None, reason="no Chromium installed")
def test_sorting_and_filtering_run_under_the_page_policy(pages):
    import base64
    import hashlib

    page = pages.read("live.html")
    # The probe is allowed by adding its hash to the page's policy: the page's
    # own script still runs only if the policy's hash of it is right.
    digest = base64.b64encode(hashlib.sha256(_PROBE.encode()).digest()).decode()
    probed = page.replace("script-src 'sha256-", f"script-src 'sha256-{digest}' 'sha256-", 1)
    probed = probed.replace("</body>", f"<script>{_PROBE}</script></body>")
    (pages.directory / "probe.html").write_text(probed, encoding="utf-8")
    dom = subprocess.run(
        [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", (pages.directory / "probe.html").as_uri()],
        capture_output=True, timeout=60, check=True, text=True,
    ).stdout
    body = dict(re.findall(r'data-(descending|ascending|filtered|examples)="([^"]*)"', re.search(r"<body[^>]*>", dom).group(0)))
    by_count = sorted(code_counts(page).items(), key=lambda item: item[1])
    descending = [int(code_counts(page)[code]) for code in body["descending"].split()]
    assert descending == sorted(descending, reverse=True) and len(descending) == len(by_count)
    ascending = [int(code_counts(page)[code]) for code in body["ascending"].split()]
    assert ascending == sorted(ascending)
    assert [code for code in body["filtered"].split() if not code.endswith("-")] == ["TX101"]
    assert [code for code in body["examples"].split() if not code.endswith("-")] == ["TX101"]


def test_lone_surrogates_and_controls_in_paths_and_lines_are_shown_as_code_points():
    from newslint.report.page import PageContext, render

    data = ReportData()
    data.begin("feed\udc80.jsonl")
    data.add(_diagnostic(1, "TX101", "The the \ud800 line\x00")._replace(path="big.jsonl#\udc80<i>"))
    data.end()
    page = render(data, PageContext(version="0"))
    page.encode("utf-8")  # no lone surrogate left to fail the write
    assert "U+D800" in page and "U+DC80" in page and "U+0000" in page and "\x00" not in page
    assert 'href="big.jsonl#%5Cudc80%3Ci%3E"' in page and "<i>" not in page


def test_findings_and_a_summary_from_different_runs_are_refused(pages):
    (pages.directory / "short.jsonl").write_text(pages.read("s.jsonl").splitlines()[0] + "\n", encoding="utf-8")
    code, _, err = pages.run("report", "f.jsonl", "--summary", "short.jsonl")
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("newslint: error: finding for a.jsonl#") and "must come from the same run" in err
    (pages.directory / "junk.jsonl").write_text('{"not": "a finding"}\n', encoding="utf-8")
    code, _, err = pages.run("report", "junk.jsonl")
    assert code == 2 and err.startswith("newslint: error: junk.jsonl:1: not a --format jsonl finding")
