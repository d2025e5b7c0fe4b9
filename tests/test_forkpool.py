"""The fork pool: results in order, failures surfaced, no worker left behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from openness import forkpool

pytestmark = pytest.mark.skipif(not forkpool.available(), reason="needs fork()")


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _slow_square(number: int) -> int:
    time.sleep(0.001 * (number % 3))  # workers finish out of order
    return number * number


def test_results_come_in_item_order_whatever_finishes_first():
    assert list(forkpool.ordered_map(_slow_square, range(200), 3)) == [n * n for n in range(200)]
    assert _no_children_left()


def test_a_worker_exception_is_raised_in_the_parent():
    def fail_on_seven(number: int) -> int:
        if number == 7:
            raise KeyError("seven")
        return number

    with pytest.raises(forkpool.WorkerError, match="KeyError: 'seven'"):
        list(forkpool.ordered_map(fail_on_seven, range(20), 2))
    assert _no_children_left()


def test_a_worker_that_dies_is_an_error_not_a_hang():
    def die(number: int) -> int:
        if number == 3:
            os._exit(9)
        return number

    with pytest.raises(forkpool.WorkerError, match="stopped"):
        list(forkpool.ordered_map(die, range(10), 1))
    assert _no_children_left()


def test_leaving_early_stops_the_workers():
    def slow(number: int) -> int:
        time.sleep(0.05)
        return number

    results = forkpool.ordered_map(slow, range(100), 2)
    assert next(results) == 0
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 2
    assert _no_children_left()


def test_large_results_pass_through_the_pipes():
    def big(number: int) -> str:
        return str(number) * 100_000

    # each result is larger than a pipe's buffer
    assert list(forkpool.ordered_map(big, range(6), 2)) == [str(n) * 100_000 for n in range(6)]


def test_too_many_items_are_refused():
    with pytest.raises(ValueError, match="at most"):
        list(forkpool.ordered_map(abs, range(forkpool.MAX_ITEMS + 1), 2))


def test_buffered_output_is_written_once():
    code = (
        "import sys; from openness import forkpool\n"
        "sys.stdout.write('before ')\n"
        "print(list(forkpool.ordered_map(abs, [-1, -2, -3], 2)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "before [1, 2, 3]\n"
