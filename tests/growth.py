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


def growth_ratio(build: Callable[[int], Any], run: Callable[[Any], Any], n: int) -> tuple[float, int]:
    """The time of ``run(build(4 n))`` over that of ``run(build(n))``, and the
    ``n`` used (doubled from the given one until a run is long enough to time)."""
    for _ in range(MAX_DOUBLINGS):
        small = _fastest(run, build(n))
        if small >= MIN_SECONDS:
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
