"""Apply a function to many work items in forked worker processes, results in order.

Why not ``multiprocessing``: importing its pool costs 10-20 ms, a large share of
a batch's start-up, and its helper threads and queues add work per item. Here
the workers are plain ``fork()`` children that inherit everything already
loaded. They take item numbers from one pipe (so a faster core simply takes
more items) and send pickled results back on a pipe each; the parent hands
results on in item order as soon as each next one is in.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Item numbers are written to the task pipe before the workers start, so they must
# fit in its buffer (64 KiB on Linux): callers group work into at most this many.
MAX_ITEMS = 8192
_NUMBER = 4  # bytes an item number takes in the task pipe
_LENGTH = 8  # bytes a result's length takes in a result pipe


class WorkerError(RuntimeError):
    """A worker raised, or stopped before sending all its results."""


def available() -> bool:
    return hasattr(os, "fork")


def ordered_map(
    function: Callable[[Item], Result], items: Sequence[Item], workers: int
) -> Iterator[Result]:
    """``function(item)`` for every item, computed by ``workers`` forked processes,
    yielded in the items' order. A worker's exception is raised here as a
    ``WorkerError``; leaving the loop early stops the workers."""
    if len(items) > MAX_ITEMS:
        raise ValueError(f"at most {MAX_ITEMS} items, got {len(items)}")
    tasks_read, tasks_write = os.pipe()
    os.write(tasks_write, b"".join(i.to_bytes(_NUMBER, "little") for i in range(len(items))))
    os.close(tasks_write)  # workers see the end of the tasks once all are taken
    # output written by the parent so far must not be written again by a child
    sys.stdout.flush()
    sys.stderr.flush()
    children: dict[int, int] = {}  # result pipe -> pid
    finished = False
    try:
        for _ in range(workers):
            results_read, results_write = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the child, which never returns
                os.close(results_read)
                for other in children:
                    os.close(other)
                _work(function, items, tasks_read, results_write)
            os.close(results_write)
            children[results_read] = pid
        os.close(tasks_read)
        tasks_read = -1
        yield from _collect(children, len(items))
        finished = True
    finally:
        if tasks_read >= 0:
            os.close(tasks_read)
        _stop(children, kill=not finished)


def _work(function: Callable, items: Sequence, tasks: int, results: int) -> None:
    """A worker's whole life: take item numbers until none are left, then exit."""
    status = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        while True:
            number = os.read(tasks, _NUMBER)
            if len(number) < _NUMBER:
                break
            index = int.from_bytes(number, "little")
            try:
                message = (index, True, function(items[index]))
            except Exception as error:  # sent to the parent, which raises it
                message = (index, False, f"{type(error).__name__}: {error}")
            payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
            _write_all(results, len(payload).to_bytes(_LENGTH, "little") + payload)
    except BaseException:
        status = 1
    finally:
        os._exit(status)  # no atexit handlers, no flushing of the parent's buffers


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _collect(children: dict[int, int], count: int) -> Iterator:
    """Read results from every worker as they arrive; yield them in item order."""
    buffers = {fd: bytearray() for fd in children}
    ready: dict[int, object] = {}
    next_index = 0
    while next_index < count:
        if next_index in ready:
            yield ready.pop(next_index)
            next_index += 1
            continue
        if not buffers:
            raise WorkerError("a worker stopped before sending all its results")
        readable, _, _ = select.select(list(buffers), [], [])
        for fd in readable:
            data = os.read(fd, 1 << 20)
            if not data:
                del buffers[fd]
                continue
            buffer = buffers[fd]
            buffer += data
            while len(buffer) >= _LENGTH:
                size = int.from_bytes(buffer[:_LENGTH], "little")
                if len(buffer) < _LENGTH + size:
                    break
                index, succeeded, value = pickle.loads(buffer[_LENGTH : _LENGTH + size])
                del buffer[: _LENGTH + size]
                if not succeeded:
                    raise WorkerError(value)
                ready[index] = value


def _stop(children: dict[int, int], *, kill: bool) -> None:
    """Close the result pipes and reap every worker; ``kill``: stop those still at work
    (the loop was left early, or failed)."""
    for fd, pid in children.items():
        os.close(fd)
        try:
            if kill:
                os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass
