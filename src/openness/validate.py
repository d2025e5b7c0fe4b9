"""Validate many declaration files, in input order, past any failure.

Large batches are spread over the machine's cores (forked workers): assessment
is pure, so files can be judged independently. Workers can also apply the
caller's per-file step (rendering, say) so that only text and a brief outcome
come back, and results are handed on chunk by chunk as they are ready.
"""

from __future__ import annotations

import gc
import os
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

from openness.assess import assess_document, unreadable_report
from openness.definition import load_definition
from openness.loader import DEFAULT_MAX_BYTES, LoadError, find_declarations, load
from openness.report import FileReport, Report, Tally

T = TypeVar("T")

# Below this many files, starting workers costs more than it saves.
PARALLEL_THRESHOLD = 200
# Serial runs hand results on in chunks of this many files too.
SERIAL_CHUNK = 64
# Files a worker judges before sending their results back.
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
    """Read, check and assess every declaration the arguments name.

    ``jobs``: worker processes (0: one per core for large batches, 1: none).
    """
    report = Report(min_level=min_level, level_order=load_definition().level_ids)
    for chunk in run_batch(arguments, list, max_bytes=max_bytes, jobs=jobs):
        report.files.extend(chunk)
    return report


def run_batch(
    arguments: Iterable[str],
    per_chunk: Callable[[list[FileReport]], T],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 0,
) -> Iterator[T]:
    """``per_chunk`` of the reports of every chunk of files, in input order.

    With workers, ``per_chunk`` runs in them (it is inherited when they fork, so it
    need not be picklable, but what it returns must be): it can boil a chunk down
    to what the caller needs, which is then all that crosses back.
    """
    paths = find_declarations(list(arguments))
    workers = _workers(jobs, len(paths))
    # Assessment builds plain trees (no reference cycles): the cycle collector would
    # only re-scan what the batch keeps, 10-15 % of a large batch's time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        if workers > 1 and _forkpool().available():
            yield from _in_parallel(paths, per_chunk, max_bytes, workers)
        else:
            for start in range(0, len(paths), SERIAL_CHUNK):
                batch = paths[start : start + SERIAL_CHUNK]
                yield per_chunk([validate_file(path, max_bytes) for path in batch])
    finally:
        if collecting:
            gc.enable()


def _workers(jobs: int, count: int) -> int:
    if jobs == 1 or count < 2:
        return 1
    if jobs == 0:
        if count < PARALLEL_THRESHOLD:
            return 1
        jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(jobs or 1, count))


def _forkpool() -> types.ModuleType:
    """The fork pool, imported only for a batch big enough to use it (it loads
    pickle, select and signal: 4 ms of a one-file check)."""
    from openness import forkpool

    return forkpool


def _warm_up() -> None:
    """Load once, before forking, what every worker would otherwise load for itself:
    the schema engine, the licence policy and lists, the MOF crosswalk."""
    load_definition()


def _in_parallel(
    paths: list[str], per_chunk: Callable[[list[FileReport]], T], max_bytes: int, workers: int
) -> Iterator[T]:
    forkpool = _forkpool()
    _warm_up()
    # small chunks: a faster core takes more of them, and output starts early
    size = max(PARALLEL_CHUNK, -(-len(paths) // forkpool.MAX_ITEMS))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]

    def judge(chunk: list[str]) -> T:
        return per_chunk([validate_file(path, max_bytes) for path in chunk])

    yield from forkpool.ordered_map(judge, chunks, workers)


class StreamingFormat(Protocol):
    """A renderer that can write a batch a file at a time (text, lines, github, json)."""

    def file(self, file: FileReport) -> str: ...

    def document(self, chunks: Iterable[list[str]], tally: Tally) -> Iterator[str]: ...


def stream_reports(
    arguments: Iterable[str],
    renderer: StreamingFormat,
    write: Callable[[str], object],
    *,
    min_level: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 0,
) -> Tally:
    """Validate and render every file, writing output as it is ready; the tally.

    Only each file's text and brief outcome cross back from the workers, and no
    report is kept: the text, lines and github formats run in flat memory however
    large the batch (json holds each file's text until its summary is known).
    """
    tally = Tally(min_level, load_definition().level_ids)

    def rendered(reports: list[FileReport]) -> tuple[list[str], Tally]:
        counted = Tally(min_level, tally.level_order)
        for report in reports:
            counted.add(report.outcome())
        return [renderer.file(report) for report in reports], counted

    def chunks() -> Iterator[list[str]]:
        for texts, counted in run_batch(arguments, rendered, max_bytes=max_bytes, jobs=jobs):
            tally.merge(counted)
            yield texts

    for text in renderer.document(chunks(), tally):
        write(text)
    return tally
