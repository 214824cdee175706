"""The report page: one self-contained HTML file.

Everything is inline (style, charts as SVG, a small script for sorting and
filtering); a Content-Security-Policy forbids fetching anything and runs only
the page's own script (by its hash), so the page opens offline and an
article's text, escaped everywhere, could not run even if it slipped through.
"""
from __future__ import annotations

import base64
import hashlib
from typing import Any, Mapping, NamedTuple, Sequence
from urllib.parse import quote

from .. import problems
from . import charts
from .collect import Example, ReportData, family_of
from .escape import attribute, plain, text

#: Codes and sources drawn in a chart; the tables list them all.
CHART_ROWS = 25
#: Upper edges of the findings-per-article histogram's bins after the single
#: counts 0..SINGLE_BINS.
SINGLE_BINS = 5
WIDE_BINS = (10, 20, 50)
UNKNOWN_ARTICLES = "built from findings alone: pass --summary to count clean articles"


class PageContext(NamedTuple):
    """What the page says about the run besides its counts."""

    version: str
    #: Every loaded rule class by code, for its documentation summary.
    rules: Mapping[str, type] = {}
    config_yaml: str = ""
    config_sources: Sequence[str] = ()
    #: How the page came to be: "this run", or the findings files it read.
    origin: str = ""
    #: What a source is: "the corpus file (the directory of a plain file)", say.
    source_label: str = ""
    #: False when built from findings alone: clean articles were never seen.
    articles_known: bool = True
    notes: Sequence[str] = ()


def render(data: ReportData, context: PageContext) -> str:
    script = _SCRIPT
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>newslint report</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n",
        f"<header><h1>newslint report</h1><p class=\"muted\">newslint {text(context.version)}"
        f"{' · ' + text(context.origin) if context.origin else ''}</p></header>\n<main>\n",
        _totals(data, context),
        _charts(data),
        _sources(data, context),
        _codes(data, context),
        _configuration(context),
        "</main>\n",
        f"<script>{script}</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


# -- sections ---------------------------------------------------------------------


def _totals(data: ReportData, context: PageContext) -> str:
    articles = f"{data.articles:,}" if context.articles_known else "not known"
    share = _share(data.articles_with_findings, data.articles) if context.articles_known else ""
    cards = [
        ("articles", "Articles", articles, "" if context.articles_known else UNKNOWN_ARTICLES),
        ("articles-with-findings", "Articles with findings", f"{data.articles_with_findings:,}", share),
        ("findings", "Findings", f"{data.findings:,}", f"{len(data.codes)} codes"),
        (
            "suggested",
            "Findings with a suggested repair",
            f"{data.with_suggestion:,}",
            f"{_share(data.with_suggestion, data.findings)}: the findings whose rule proposes "
            "replacement text in the message (what --fix and --unsafe-fixes apply is listed per rule "
            "by `newslint rule CODE`)",
        ),
        ("problems", "Input problems", f"{data.problems:,}", "NL codes: articles that could not be (fully) checked"),
    ]
    body = "".join(
        f'<div class="card"><div class="label">{text(label)}</div><div class="value" id="total-{name}">{text(value)}</div>'
        f'<div class="muted">{text(detail)}</div></div>'
        for name, label, value, detail in cards
    )
    notes = "".join(f'<p class="note">{text(note)}</p>' for note in context.notes)
    return f'<section id="totals"><h2>Totals</h2><div class="cards">{body}</div>{notes}</section>\n'


def _charts(data: ReportData) -> str:
    if not data.findings:
        return '<section id="charts"><h2>Charts</h2><p>No findings.</p></section>\n'
    families = data.per_family()
    codes = data.per_code()
    shown = codes[:CHART_ROWS]
    more = ""
    if len(codes) > CHART_ROWS:
        more = f'<p class="muted">The {CHART_ROWS} most frequent of {len(codes)} codes; the table below lists all.</p>'
    code_labels = [f"{code} {data.codes[code].name}" for code, _ in shown]
    family_chart = charts.bars([plain(f) for f, _ in families], [n for _, n in families], "Findings per family", "findings")
    code_chart = charts.bars([plain(label) for label in code_labels], [n for _, n in shown], "Findings per code", "findings")
    bins = _bins(data)
    histogram = charts.histogram(bins, "Findings per article", "findings in the article")
    return (
        '<section id="charts"><h2>Charts</h2>'
        f'<div class="charts"><figure>{family_chart}{_numbers("families", "Family", "Findings", families)}</figure>'
        f'<figure>{histogram}{_numbers("histogram", "Findings in the article", "Articles", bins)}</figure></div>'
        f"<figure>{code_chart}</figure>{more}</section>\n"
    )


def _numbers(name: str, key: str, value: str, rows: Sequence[tuple[str, int]]) -> str:
    """A chart's numbers as a table, folded under it (for screen readers, and to copy)."""
    body = "".join(f'<tr data-key="{attribute(label)}"><td>{text(label)}</td>{_number_cell(count)}</tr>' for label, count in rows)
    return (
        f'<details><summary>The numbers</summary><table id="{name}-table"><thead><tr><th>{text(key)}</th>'
        f"<th>{text(value)}</th></tr></thead><tbody>{body}</tbody></table></details>"
    )


def _sources(data: ReportData, context: PageContext) -> str:
    rows = data.sources_worst_first()
    if not rows:
        return ""
    worst = [(name, counts) for name, counts in rows if counts.findings][:CHART_ROWS]
    chart = ""
    if worst:
        chart = "<figure>" + charts.bars(
            [plain(name) for name, _ in worst],
            [round(counts.findings_per_article, 2) for _, counts in worst],
            "Findings per article, worst sources first",
            "findings per article",
        ) + "</figure>"
    body = []
    for name, counts in rows:
        by_count = sorted(counts.per_family.items(), key=lambda item: (-item[1], item[0]))
        families = ", ".join(f"{family} {count:,}" for family, count in by_count)
        body.append(
            f'<tr data-source="{attribute(name)}">'
            f"<td>{text(name)}</td>"
            f'{_number_cell(counts.articles)}{_number_cell(counts.articles_with_findings)}'
            f'<td class="num" data-value="{counts.articles_with_findings / counts.articles if counts.articles else 0:.6f}">'
            f"{_share(counts.articles_with_findings, counts.articles)}</td>"
            f"{_number_cell(counts.findings)}"
            f'<td class="num" data-value="{counts.findings_per_article:.6f}">{counts.findings_per_article:.2f}</td>'
            f"<td>{text(families)}</td></tr>"
        )
    lumped = ""
    if data.sources_lumped:
        lumped = (
            f'<p class="note">{data.sources_lumped:,} articles from sources past the first '
            f'{len(data.sources) - 1:,} are counted together as "(other sources)".</p>'
        )
    label = f'<p class="muted">A source is {text(context.source_label)}.</p>' if context.source_label else ""
    return (
        f'<section id="sources"><h2>Sources, worst first</h2>{label}{chart}{lumped}'
        '<input class="filter" type="search" placeholder="Filter sources" data-table="source-table">'
        '<table id="source-table" class="sortable"><thead><tr>'
        "<th>Source</th><th>Articles</th><th>With findings</th><th>Share</th><th>Findings</th>"
        "<th>Per article</th><th>Per family</th></tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table></section>\n"
    )


def _codes(data: ReportData, context: PageContext) -> str:
    if not data.codes:
        return ""
    rows = []
    sections = []
    for code, count in data.per_code():
        counts = data.codes[code]
        summary = _summary(code, context.rules)
        anchor = attribute(f"code-{code}")
        rows.append(
            f'<tr data-code="{attribute(code)}"><td><a href="#{anchor}">{text(code)}</a></td><td>{text(counts.name)}</td>'
            f"<td>{text(family_of(code))}</td><td>{text(counts.severity)}</td>"
            f"{_number_cell(count)}{_number_cell(counts.articles)}{_number_cell(counts.with_suggestion)}"
            f"<td>{text(summary)}</td></tr>"
        )
        # An input problem is about a whole file or record: no line to show.
        examples = "".join(_example(example, show_line=not problems.is_problem(code)) for example in counts.examples)
        sections.append(
            f'<article class="code" id="{anchor}" data-code="{attribute(code)}">'
            f"<h3>{text(code)} <span class=\"name\">{text(counts.name)}</span></h3>"
            f'<p>{text(summary)}</p><p class="muted">{count:,} findings in {counts.articles:,} articles; '
            f"{text(counts.severity)}. Examples ({len(counts.examples)} of {count:,}):</p>"
            f'<ul class="examples">{examples}</ul></article>'
        )
    return (
        '<section id="codes"><h2>Codes</h2>'
        '<input class="filter" type="search" placeholder="Filter codes" data-table="code-table">'
        '<table id="code-table" class="sortable"><thead><tr><th>Code</th><th>Name</th><th>Family</th>'
        "<th>Severity</th><th>Findings</th><th>Articles</th><th>Suggested repair</th><th>Summary</th></tr></thead><tbody>"
        + "".join(rows)
        + '</tbody></table><h2>Examples</h2><p class="muted">A sample of each code\'s findings, '
        "the flagged span highlighted in its line.</p>"
        + "".join(sections)
        + "</section>\n"
    )


def _example(example: Example, show_line: bool = True) -> str:
    link = f'<a href="{_href(example)}">{text(example.path)}</a>:{example.line}:{example.col}'
    if not show_line:
        line = ""
    elif example.has_line:
        line = (
            ("…" if example.cut_before else "")
            + text(example.before)
            + f"<mark>{text(example.span) or '&#8203;'}</mark>"
            + text(example.after)
            + ("…" if example.cut_after else "")
        )
        line = f'<code class="line">{line}</code>'
    else:
        line = '<span class="muted">(the line could not be read again)</span>'
    suggestion = ""
    if example.suggestion is not None:
        repair = f"<code>{text(example.suggestion)}</code>" if example.suggestion else "remove it"
        suggestion = f' <span class="suggestion">suggested: {repair}</span>'
    return f"<li><div>{link} {text(example.message)}{suggestion}</div>{line}</li>"


def _configuration(context: PageContext) -> str:
    sources = "".join(f"<li>{text(source)}</li>" for source in context.config_sources)
    return (
        '<section id="configuration"><h2>Configuration</h2>'
        f"<p>newslint {text(context.version)}</p>"
        + (f"<ul>{sources}</ul>" if sources else "")
        + (f"<pre>{text(context.config_yaml)}</pre>" if context.config_yaml else "<p class=\"muted\">Not known.</p>")
        + "</section>\n"
    )


# -- helpers -------------------------------------------------------------------------


def _summary(code: str, rules: Mapping[str, Any]) -> str:
    rule = rules.get(code)
    if rule is not None:
        return " ".join(str(getattr(rule, "summary", "")).split())
    problem = problems.BY_CODE.get(code)
    return problem.summary if problem is not None else ""


def _href(example: Example) -> str:
    """A link to the article: the file, and the record's id as the fragment."""
    # A lone surrogate (from a JSON escape) cannot be UTF-8: written as \uXXXX.
    if example.path.startswith(example.file + "#"):
        identifier = example.path[len(example.file) + 1 :]
        return quote(example.file, errors="backslashreplace") + "#" + quote(identifier, safe="", errors="backslashreplace")
    return quote(example.path, errors="backslashreplace")


def _bins(data: ReportData) -> list[tuple[str, int]]:
    bins = [(str(n), data.histogram.get(n, 0)) for n in range(SINGLE_BINS + 1)]
    low = SINGLE_BINS + 1
    for high in WIDE_BINS:
        bins.append((f"{low}–{high}", sum(c for n, c in data.histogram.items() if low <= n <= high)))
        low = high + 1
    bins.append((f"{low}+", sum(c for n, c in data.histogram.items() if n >= low)))
    while len(bins) > SINGLE_BINS + 1 and bins[-1][1] == 0:
        bins.pop()
    return bins


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def _number_cell(value: int) -> str:
    return f'<td class="num" data-value="{value}">{value:,}</td>'


_STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2a3a;color:#fff;padding:14px 28px}header h1{margin:0;font-size:22px}header .muted{color:#c5cfdb}
main{max-width:1180px;margin:0 auto;padding:8px 28px 40px}
h2{margin:28px 0 10px;font-size:18px;border-bottom:1px solid #d9dee5;padding-bottom:4px}
h3{margin:0 0 4px;font-size:15px}h3 .name{font-weight:normal;color:#4a5668}
.muted{color:#5e6b7d;font-size:12px}.note{background:#fff6d9;padding:6px 10px;border-radius:4px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:10px}
.card{background:#fff;border:1px solid #d9dee5;border-radius:6px;padding:10px 12px}
.card .label{font-size:12px;color:#4a5668;text-transform:uppercase;letter-spacing:.03em}
.card .value{font-size:26px;font-weight:600}
figure{margin:8px 0;background:#fff;border:1px solid #d9dee5;border-radius:6px;padding:6px}
figure svg{max-width:100%;height:auto}
details{margin:4px 8px;font-size:12px}details table{width:auto}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:10px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border:1px solid #d9dee5;padding:4px 7px;text-align:left;vertical-align:top}
th{background:#eef1f5;cursor:pointer;user-select:none;white-space:nowrap}
th.asc:after{content:" \\25B2"}th.desc:after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.filter{margin:6px 0;padding:5px 8px;width:280px;border:1px solid #b9c2cf;border-radius:4px}
article.code{background:#fff;border:1px solid #d9dee5;border-radius:6px;padding:10px 14px;margin:10px 0}
ul.examples{padding-left:18px;margin:4px 0}ul.examples li{margin:6px 0}
code.line{display:block;white-space:pre-wrap;word-break:break-word;background:#f3f5f8;padding:3px 6px;border-radius:3px;margin-top:2px}
mark{background:#ffd166;border-bottom:2px solid #c8553d;padding:0 1px}
.hidden-char{font-size:10px;border:1px solid #c8553d;color:#c8553d;padding:0 2px;border-radius:3px}
.suggestion{color:#2b7a3d}
pre{background:#fff;border:1px solid #d9dee5;padding:10px;overflow:auto;font-size:12px}
"""

# Sorting (click a column heading) and filtering (type in the box above a
# table); the examples follow the code table's filter.
_SCRIPT = """
(function(){
function cellValue(row,i){var c=row.cells[i];var v=c.getAttribute('data-value');return v===null?c.textContent.toLowerCase():parseFloat(v);}
document.querySelectorAll('table.sortable th').forEach(function(th){
  th.addEventListener('click',function(){
    var i=th.cellIndex;
    var table=th.closest('table'),body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
    var desc=!th.classList.contains('desc');
    table.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc');});
    th.classList.add(desc?'desc':'asc');
    rows.sort(function(a,b){var x=cellValue(a,i),y=cellValue(b,i);var r=x<y?-1:x>y?1:0;return desc?-r:r;});
    rows.forEach(function(r){body.appendChild(r);});
  });
});
document.querySelectorAll('input.filter').forEach(function(input){
  input.addEventListener('input',function(){
    var needle=input.value.toLowerCase(),table=document.getElementById(input.getAttribute('data-table'));
    var shown={};
    Array.prototype.forEach.call(table.tBodies[0].rows,function(r){
      var hit=r.textContent.toLowerCase().indexOf(needle)>=0;r.style.display=hit?'':'none';
      if(hit){shown[r.cells[0].textContent]=true;}
    });
    if(table.id==='code-table'){
      document.querySelectorAll('article.code').forEach(function(a){a.style.display=shown[a.getAttribute('data-code')]?'':'none';});
    }
  });
});
})();
"""
