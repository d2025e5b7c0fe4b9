"""Validate many declaration files, in input order, past any failure.

Assessment is pure, so files can be judged independently: large batches are
spread over worker processes (the standard library's pool), each returning its
files' reports; the run's ``Report`` keeps them in input order.

Workers never outlive the command: on Linux each asks the kernel to kill it when
the parent dies (``PR_SET_PDEATHSIG``), so a ``kill -9`` of the parent leaves none
behind; an interrupted or failing run kills them before leaving. A worker that
dies (the OOM killer, a stray signal) loses no result: the files it had not
returned are judged again in the parent, and stderr names them. When the system
refuses to start workers (too many processes), the files are judged one by one.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable
from typing import Any

from openness.assess import assess_document, unreadable_report
from openness.definition import load_definition
from openness.loader import (
    DEFAULT_MAX_BYTES,
    LoadError,
    OutsideLink,
    find_declarations,
    load,
    outside_error,
)
from openness.report import FileReport, Report

# Below this many files, starting workers costs more than it saves.
PARALLEL_THRESHOLD = 200
# Files a worker judges per task: fewer round trips, yet a faster core takes more.
PARALLEL_CHUNK = 32
# how many lost files stderr names before "and N more"
_NAMED_LOST = 5


def validate_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> FileReport:
    """Read, check and assess one file; unreadable or broken files get a report too."""
    if isinstance(path, OutsideLink):
        return unreadable_report(str(path), outside_error(path))
    try:
        document = load(path, max_bytes)
    except LoadError as error:
        return unreadable_report(path, error)
    return assess_document(document)


def validate_paths(
    arguments: Iterable[str],
    *,
    min_level: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 0,
) -> Report:
    """Read, check and assess every declaration the arguments name (files, or folders
    searched for openness.json; none: ./openness.json).

    ``jobs``: worker processes (0: one per core for large batches, 1: none).
    """
    paths = find_declarations(list(arguments))
    workers = _workers(jobs, len(paths))
    if workers > 1:
        files = _in_parallel(paths, max_bytes, workers)
    else:
        files = [validate_file(path, max_bytes) for path in paths]
    return Report(files=files, min_level=min_level, level_order=load_definition().level_ids)


def _workers(jobs: int, count: int) -> int:
    if jobs == 1 or count < 2:
        return 1
    if jobs == 0:
        if count < PARALLEL_THRESHOLD:
            return 1
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(jobs or 1, count, 256))


def _judge_chunk(paths: list[str], max_bytes: int) -> list[FileReport]:
    return [validate_file(path, max_bytes) for path in paths]


def _worker_started(parent: int) -> None:
    """In each worker: die with the parent, and leave Ctrl-C to the parent."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request above took hold
        os._exit(1)


def _in_parallel(paths: list[str], max_bytes: int, workers: int) -> list[FileReport]:
    # imported here: a run of a few files never starts workers (and the pool's
    # imports are a tenth of a one-file check)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # Forked workers start at once with every module the parent has loaded; where
    # there is no fork (Windows) the platform's own start method is used.
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if forking else None
    chunks = [paths[i : i + PARALLEL_CHUNK] for i in range(0, len(paths), PARALLEL_CHUNK)]
    results: list[list[FileReport] | None] = [None] * len(chunks)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_worker_started,
        initargs=(os.getpid(),),
    )
    broken = finished = False
    try:
        with _workers_die_with_us(pool):
            try:
                futures = [pool.submit(_judge_chunk, chunk, max_bytes) for chunk in chunks]
            except OSError as error:  # fork refused (EAGAIN, ENOMEM): no workers at all
                _say(
                    f"openness: cannot start worker processes ({error.strerror or error}); "
                    "judging the files one by one"
                )
                return [validate_file(path, max_bytes) for path in paths]
            for index, future in enumerate(futures):
                try:
                    results[index] = future.result()
                except BrokenProcessPool:
                    broken = True
            finished = True
    finally:
        _stop(pool, finished)
    if broken:
        _rejudge(chunks, results, max_bytes)
    return [report for chunk in results for report in chunk or ()]


def _rejudge(
    chunks: list[list[str]], results: list[list[FileReport] | None], max_bytes: int
) -> None:
    """Judge in this process the chunks a dead worker never returned, and say which."""
    from openness.render.safe import escape_controls

    lost = [path for index, chunk in enumerate(chunks) if results[index] is None for path in chunk]
    named = ", ".join(escape_controls(str(path)) for path in lost[:_NAMED_LOST])
    more = f" and {len(lost) - _NAMED_LOST} more" if len(lost) > _NAMED_LOST else ""
    _say(
        "openness: a worker process stopped unexpectedly; judging again without workers "
        f"the {len(lost)} file{'s' if len(lost) != 1 else ''} not yet judged: {named}{more}"
    )
    for index, chunk in enumerate(chunks):
        if results[index] is None:
            results[index] = _judge_chunk(chunk, max_bytes)


class _workers_die_with_us:
    """While the pool runs, a SIGTERM to this process kills the workers first (the
    kernel does it on Linux anyway; elsewhere this is the only guard)."""

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.previous: Any = None

    def __enter__(self) -> None:
        import signal

        def terminated(signum: int, _frame: object) -> None:
            _kill_workers(self.pool)
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

        try:
            self.previous = signal.signal(signal.SIGTERM, terminated)
        except ValueError:  # not the main thread: signals are not ours to handle
            self.previous = None

    def __exit__(self, *_exc: object) -> None:
        import signal

        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)


def _kill_workers(pool: Any) -> None:
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()


def _stop(pool: Any, finished: bool) -> None:
    """Leave no worker behind: idle ones after a finished run are let go; after an
    interruption or a failure, what has not started is cancelled and what still
    runs is killed (a ``with`` block would wait for every queued file)."""
    if finished:
        pool.shutdown(wait=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    _kill_workers(pool)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(1)


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(line, file=sys.stderr, flush=True)
