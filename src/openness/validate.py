"""Validate many declaration files, in input order, past any failure.

Assessment is pure, so files can be judged independently: large batches are
spread over worker processes (the standard library's pool), each returning its
files' reports; the run's ``Report`` keeps them in input order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import partial

from openness.assess import assess_document, unreadable_report
from openness.definition import load_definition
from openness.loader import DEFAULT_MAX_BYTES, LoadError, find_declarations, load
from openness.report import FileReport, Report

# Below this many files, starting workers costs more than it saves.
PARALLEL_THRESHOLD = 200
# Files a worker judges per task: fewer round trips, yet a faster core takes more.
PARALLEL_CHUNK = 32


def validate_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> FileReport:
    """Read, check and assess one file; unreadable or broken files get a report too."""
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
    return max(1, min(jobs or 1, count))


def _in_parallel(paths: list[str], max_bytes: int, workers: int) -> list[FileReport]:
    # imported here: a run of a few files never starts workers (and the pool's
    # imports are a tenth of a one-file check)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers start at once with every module the parent has loaded; where
    # there is no fork (Windows) the platform's own start method is used.
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if forking else None
    judge = partial(validate_file, max_bytes=max_bytes)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(judge, paths, chunksize=PARALLEL_CHUNK))
