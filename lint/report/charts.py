"""The report's charts: matplotlib figures rendered to inline SVG.

matplotlib draws them (the ``report`` extra): a well-kept library whose SVG
needs no script and no network to show, and whose output is made
reproducible here (fixed hash salt for element ids, no date in the metadata),
so the same run gives the same page byte for byte.  Labels come from the data
(codes, source names): mathtext is switched off so a ``$`` is a dollar sign,
and matplotlib escapes text it writes into the SVG.
"""
from __future__ import annotations

import io
from typing import Sequence

INSTALL_HINT = "the HTML report draws its charts with matplotlib: pip install 'newslint[report]'"
BAR_COLOUR = "#3b6ea8"
#: Clean articles (no findings) stand apart in the histogram.
CLEAN_COLOUR = "#6a994e"
#: Longest label drawn in full; longer ones (a source name, say) are cut.
LABEL_CHARS = 40
WIDTH_INCHES = 6.4
#: The width of an average character of a 9-point label, in inches.
CHAR_INCHES = 0.068
STYLE = {
    "svg.hashsalt": "newslint-report",
    "svg.fonttype": "none",  # text stays text: smaller, searchable, selectable
    "text.parse_math": False,
    "font.size": 9,
    "font.family": "sans-serif",
    "axes.spines.top": False,
    "axes.spines.right": False,
}


class ChartsUnavailable(Exception):
    """matplotlib is not installed."""


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise ChartsUnavailable(INSTALL_HINT) from None
    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    return matplotlib, Figure


def require() -> None:
    """Raise :class:`ChartsUnavailable` now rather than after a long run."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise ChartsUnavailable(INSTALL_HINT) from None


def bars(labels: Sequence[str], values: Sequence[float], title: str, xlabel: str) -> str:
    """A horizontal bar chart, the first label at the top."""
    matplotlib, Figure = _pyplot()
    with matplotlib.rc_context(STYLE):
        height = 0.9 + 0.24 * max(len(labels), 1)
        figure = Figure(figsize=(WIDTH_INCHES, height))
        axes = figure.add_subplot()
        positions = list(range(len(labels)))
        axes.barh(positions, values, color=BAR_COLOUR)
        axes.set_yticks(positions, [_cut(label) for label in labels])
        axes.invert_yaxis()
        axes.set_title(title, loc="left")
        axes.set_xlabel(xlabel)
        for position, value in zip(positions, values):
            axes.annotate(_number(value), (value, position), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
        axes.margins(x=0.12)
        # Room for the longest label, worked out rather than measured
        # (tight_layout would draw the figure twice).
        longest = max((len(_cut(label)) for label in labels), default=1)
        figure.subplots_adjust(
            left=min(0.6, (0.25 + CHAR_INCHES * longest) / WIDTH_INCHES),
            right=0.97,
            top=1 - 0.35 / height,
            bottom=0.55 / height,
        )
        return _svg(figure)


def histogram(counts: Sequence[tuple[str, int]], title: str, xlabel: str) -> str:
    """Vertical bars of pre-binned counts (label, articles)."""
    matplotlib, Figure = _pyplot()
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(WIDTH_INCHES, 2.8))
        axes = figure.add_subplot()
        positions = list(range(len(counts)))
        values = [count for _, count in counts]
        colours = [CLEAN_COLOUR if label == "0" else BAR_COLOUR for label, _ in counts]
        axes.bar(positions, values, color=colours)
        axes.set_xticks(positions, [label for label, _ in counts])
        axes.set_title(title, loc="left")
        axes.set_xlabel(xlabel)
        axes.set_ylabel("articles")
        for position, value in zip(positions, values):
            axes.annotate(_number(value), (position, value), xytext=(0, 2), textcoords="offset points", ha="center", fontsize=8)
        axes.margins(y=0.15)
        figure.subplots_adjust(left=0.1, right=0.98, top=0.88, bottom=0.18)
        return _svg(figure)


def _svg(figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    # Inline in HTML: drop the XML declaration and DOCTYPE before <svg.
    return text[text.index("<svg") :]


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _number(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
