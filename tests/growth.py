"""How a check's cost grows with its input: linear (or n log n), never quadratic.

A growth test builds the worst input it can at size ``n`` and at ``4 n`` and
compares the times.  Linear work takes about 4 times as long, quadratic work
16 times.  The bound sits between the two and well away from both, and each
size is timed several times keeping the fastest, so a busy machine does not
fail the test; the test still fails for quadratic work, which is the point.

    from growth import assert_linear

    def test_doubled_word_is_linear():
        assert_linear(lambda n: "the " * n, lint_with("TX101"))
"""
from __future__ import annotations

import gc
import time
from typing import Any, Callable

GROWTH_FACTOR = 4
# Linear work grows 4x, quadratic 16x: anything under 9x is taken as linear
# (n log n over these sizes is about 4.5x).
MAX_RATIO = 9.0
REPEATS = 3
# Below this the timer's noise decides the ratio: the small size is grown
# until one run takes at least this long.
MIN_SECONDS = 0.02
MAX_DOUBLINGS = 12
# The linter's default limits (config.yaml's max-line-length and
# max-article-bytes): past them a text is reported as NL106 or NL109 and
# not checked, so a size grown past them would time the skipping, not the
# check.  A text input never grows past them.
MAX_CHECKED_LINE = 100_000
MAX_CHECKED_BYTES = 5_000_000


def _fastest(function: Callable[[Any], Any], argument: Any) -> float:
    # The cyclic garbage collector's full passes scan every live object, so
    # with it on, building millions of small objects grows faster than
    # linearly whatever the algorithm: it is off while timing.
    best = float("inf")
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(REPEATS):
            started = time.perf_counter()
            function(argument)
            best = min(best, time.perf_counter() - started)
    finally:
        if collecting:
            gc.enable()
    return best


def _checked_whole(argument: Any) -> bool:
    """Whether the linter would check ``argument`` rather than skip it (a
    text within the limits; anything else is not the linter's input)."""
    if not isinstance(argument, str):
        return True
    longest = max(map(len, argument.split("\n")))
    return longest <= MAX_CHECKED_LINE and len(argument.encode("utf-8")) <= MAX_CHECKED_BYTES


def growth_ratio(build: Callable[[int], Any], run: Callable[[Any], Any], n: int) -> tuple[float, int]:
    """The time of ``run(build(4 n))`` over that of ``run(build(n))``, and the
    ``n`` used (doubled from the given one until a run is long enough to time)."""
    while n > 1 and not _checked_whole(build(n * GROWTH_FACTOR)):
        n //= 2
    for _ in range(MAX_DOUBLINGS):
        small = _fastest(run, build(n))
        if small >= MIN_SECONDS or not _checked_whole(build(2 * n * GROWTH_FACTOR)):
            break
        n *= 2
    large = _fastest(run, build(n * GROWTH_FACTOR))
    return large / max(small, 1e-9), n


def assert_linear(build: Callable[[int], Any], run: Callable[[Any], Any], n: int = 500) -> None:
    """Fail when ``run`` on ``build(4 n)`` costs more than ``MAX_RATIO`` times
    ``run`` on ``build(n)``."""
    ratio, used = growth_ratio(build, run, n)
    if ratio >= MAX_RATIO:
        # A busy machine can stall one timing; quadratic work fails again,
        # at twice the size, where a stall is less likely to repeat.
        ratio, used = growth_ratio(build, run, used * 2)
    assert ratio < MAX_RATIO, (
        f"cost grew {ratio:.1f}x from n={used} to n={used * GROWTH_FACTOR} "
        f"(linear work grows about {GROWTH_FACTOR}x, quadratic {GROWTH_FACTOR ** 2}x)"
    )
