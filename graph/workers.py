"""A function over a stream of work, in worker processes, results back in input order.

Ingest's NLP pass runs here (``isnad ingest --workers N``): the main process
keeps writing the store while the workers extract the batches after it. At
most ``AHEAD × workers`` items are in flight, so memory stays flat however
long the stream; results come back in input order, so statement ids and
sequence numbers do not depend on which worker was quicker.
"""
from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from typing import TypeVar

AHEAD = 2  # items in flight per worker: one being worked on, one waiting its turn

Item = TypeVar("Item")
Result = TypeVar("Result")


class WorkFailed(Exception):
    """``work`` failed, or its process died, on ``item``; the cause is the exception's ``__cause__``."""

    def __init__(self, item: object) -> None:
        super().__init__(item)
        self.item = item


def ordered_map(work: Callable[[Item], Result], items: Iterable[Item], workers: int
                ) -> Iterator[tuple[Item, Result]]:
    """``(item, work(item))`` for each item in order; ``work`` runs in ``workers`` processes.

    With one worker everything runs in this process (no pickling, no start-up).
    ``work`` must be a module-level function and items and results picklable.
    An exception raised by ``work`` comes out of this iterator as :class:`WorkFailed`
    when its item's turn comes.
    """
    if workers <= 1:
        for item in items:
            try:
                result = work(item)
            except Exception as error:
                raise WorkFailed(item) from error
            yield item, result
        return
    # spawn, not fork: the parent holds database connections and threads (tqdm's
    # monitor) that a forked child must not inherit.
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"),
                               initializer=_leave_interrupts_to_the_parent)
    in_flight: deque[tuple[Item, Future[Result]]] = deque()
    try:
        for item in items:
            in_flight.append((item, pool.submit(work, item)))
            if len(in_flight) >= AHEAD * workers:
                yield _next(in_flight)
        while in_flight:
            yield _next(in_flight)
    finally:
        # A run stopped early (a batch not stored, Ctrl-C) does not wait for the work queued after it.
        pool.shutdown(wait=True, cancel_futures=True)


def _next(in_flight: deque[tuple[Item, Future[Result]]]) -> tuple[Item, Result]:
    item, future = in_flight.popleft()
    try:
        return item, future.result()
    except Exception as error:
        raise WorkFailed(item) from error


def _leave_interrupts_to_the_parent() -> None:
    # Ctrl-C reaches the whole process group; the parent stops the pool in order.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
