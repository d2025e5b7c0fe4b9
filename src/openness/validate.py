"""Validate many declaration files into one ``Report``; keep going past failures.

Large batches are spread over the machine's cores (forked workers, results in
input order): assessment is pure, so files can be judged independently.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable

from openness.assess import assess_document, unreadable_report
from openness.definition import load_definition
from openness.loader import DEFAULT_MAX_BYTES, LoadError, find_declarations, load
from openness.report import FileReport, Report

# Below this many files, starting workers costs more than it saves.
PARALLEL_THRESHOLD = 200


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
    """Read, check and assess every declaration the arguments name.

    ``jobs``: worker processes (0: one per core for large batches, 1: none).
    """
    report = Report(min_level=min_level, level_order=load_definition().level_ids)
    paths = find_declarations(list(arguments))
    workers = _workers(jobs, len(paths))
    # Assessment builds plain trees (no reference cycles): the cycle collector only
    # re-scans the growing list of reports, 10-15 % of a large batch's time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        if workers > 1:
            report.files.extend(_in_parallel(paths, max_bytes, workers))
        else:
            report.files.extend(validate_file(path, max_bytes) for path in paths)
    finally:
        if collecting:
            gc.enable()
    return report


def _workers(jobs: int, count: int) -> int:
    if jobs == 1 or count < 2:
        return 1
    if jobs == 0:
        if count < PARALLEL_THRESHOLD:
            return 1
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(jobs or 1, count))


def _validate_chunk(arguments: tuple[list[str], int]) -> list[FileReport]:
    paths, max_bytes = arguments
    return [validate_file(path, max_bytes) for path in paths]


def _in_parallel(paths: list[str], max_bytes: int, workers: int) -> list[FileReport]:
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return [validate_file(path, max_bytes) for path in paths]
    # warm the caches once so every forked worker inherits them
    load_definition()
    from openness.schema_check import _validator

    for version in {load_definition().version}:
        _validator(version)
    size = max(1, -(-len(paths) // (workers * 4)))
    chunks = [(paths[i : i + size], max_bytes) for i in range(0, len(paths), size)]
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        results = pool.map(_validate_chunk, chunks, chunksize=1)
    return [report for chunk in results for report in chunk]
