"""Back-to-back timing of two commands, summarised as medians and ranges.

The machines these benches run on drift in speed from minute to minute, and both
tools drift together. So each measure is a run of pairs: A then B, back to back (the
order swapped every other pair, so that neither always runs on a warmer machine),
and the figure reported is the median of the per-pair ratios, with their range.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass

OK_EXIT_CODES = (0, 1)  # both tools exit 1 when a file is invalid: that is a normal run


def timed(command: Sequence[str]) -> float:
    """Wall time of one run; a crash or a usage error stops the bench (it would time nothing)."""
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in OK_EXIT_CODES:
        stderr = done.stderr.decode(errors="replace").strip()[-2000:]
        head = " ".join(command[:4])
        raise SystemExit(f"bench: `{head} ...` exited {done.returncode}:\n{stderr}")
    return elapsed


@dataclass(frozen=True)
class Pairs:
    """Times of A and B, pair by pair."""

    a: list[float]
    b: list[float]

    @property
    def runs(self) -> int:
        return len(self.a)

    def ratios(self) -> list[float]:
        """A's time over B's, per pair, sorted."""
        return sorted(x / y for x, y in zip(self.a, self.b, strict=True))

    def ratio(self) -> float:
        return statistics.median(self.ratios())


def run_pairs(a: Sequence[str], b: Sequence[str], runs: int, args_for=None) -> Pairs:
    """Time ``runs`` back-to-back pairs; ``args_for(i)`` adds arguments to pair i."""
    times_a, times_b = [], []
    for i in range(runs):
        extra = list(args_for(i)) if args_for else []
        if i % 2:
            tb = timed([*b, *extra])
            ta = timed([*a, *extra])
        else:
            ta = timed([*a, *extra])
            tb = timed([*b, *extra])
        times_a.append(ta)
        times_b.append(tb)
    return Pairs(times_a, times_b)


def spread(times: list[float], scale: float = 1.0, digits: int = 1) -> str:
    """'median (min-max)' of times multiplied by ``scale``."""
    values = sorted(t * scale for t in times)
    low, high = values[0], values[-1]
    return f"{statistics.median(values):.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


def ratio_range(pairs: Pairs, invert: bool = False) -> str:
    """'median x (range lo-hi x)' of the pair ratios (B/A instead when ``invert``)."""
    ratios = sorted(1 / r for r in pairs.ratios()) if invert else pairs.ratios()
    return f"{statistics.median(ratios):.2f}x (pairs {ratios[0]:.2f}-{ratios[-1]:.2f}x)"
