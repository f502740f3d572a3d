"""A function over a stream of work, on workers, results back in input order.

Ingest's NLP pass runs here: the main process keeps writing the store while
the workers extract the batches after it. An engine says where the workers
are: :class:`Local` runs them as processes on this machine (``isnad ingest
--workers N``), :class:`Dask` as tasks on a Dask cluster (``isnad ingest
--engine dask``). Either way at most ``AHEAD`` items per worker (per
thread, on Dask) are in flight, so memory stays flat however long the
stream, and results come back in input order, so statement ids and sequence
numbers do not depend on which worker was quicker.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from multiprocessing import get_context
from typing import Any, Protocol, TypeVar

AHEAD = 2  # items in flight per worker: one being worked on, one waiting its turn
CONNECT_TIMEOUT = 10  # seconds for a scheduler to answer, and then for a worker to be there
CLOSE_TIMEOUT = 10  # seconds for a cluster started here to stop
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies

Item = TypeVar("Item")
Result = TypeVar("Result")


class WorkFailed(Exception):
    """``work`` failed, or its process died, on ``item``; the cause is the exception's ``__cause__``."""

    def __init__(self, item: object) -> None:
        super().__init__(item)
        self.item = item


class EngineError(Exception):
    """The engine cannot start (not installed, unreachable, unfit workers); worded for the user."""


class Engine(Protocol):
    """Where the work runs: :class:`Local` or :class:`Dask`."""

    def map(self, work: Callable[[Item], Result], items: Iterable[Item]
            ) -> Iterator[tuple[Item, Result]]:
        """``(item, work(item))`` for each item in input order.

        ``work`` must be a module-level function and items and results
        picklable. An exception raised by ``work`` (or its worker dying) comes
        out as :class:`WorkFailed` when its item's turn comes. Closing the
        iterator early stops the work queued after it.
        """


# --- processes on this machine ------------------------------------------------------

@dataclass(frozen=True)
class Local:
    """``workers`` processes on this machine; with one, everything runs in this process
    (no pickling, no start-up)."""

    workers: int = 1

    def map(self, work: Callable[[Item], Result], items: Iterable[Item]
            ) -> Iterator[tuple[Item, Result]]:
        if self.workers <= 1:
            yield from _here(work, items)
            return
        # spawn, not fork: the parent holds database connections and threads (tqdm's
        # monitor) that a forked child must not inherit.
        pool = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                   initializer=_worker_setup, initargs=(os.getpid(),))
        try:
            yield from _in_order(lambda item: pool.submit(work, item), items,
                                 AHEAD * self.workers)
        finally:
            # A run stopped early (a batch not stored, Ctrl-C) does not wait for the work queued after it.
            pool.shutdown(wait=True, cancel_futures=True)


def _here(work: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[tuple[Item, Result]]:
    for item in items:
        try:
            result = work(item)
        except Exception as error:
            raise WorkFailed(item) from error
        yield item, result


def _leave_interrupts_to_the_parent() -> None:
    # Ctrl-C reaches the whole process group; the parent stops the pool in order.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _worker_setup(parent: int) -> None:
    """Run in each local worker as it starts: it ends when the ingest that started it does.

    A parent stopped in order shuts the pool down; one that is killed (SIGKILL,
    the out-of-memory killer) cannot, and its workers would run on, extracting
    for nobody. On Linux the kernel sends them SIGTERM when it dies.
    """
    _leave_interrupts_to_the_parent()
    _end_with_parent()
    if os.getppid() != parent:  # it died before the request above was made
        os._exit(1)


def _end_with_parent() -> None:
    if not sys.platform.startswith("linux"):
        return  # elsewhere a killed ingest's workers end when they next wait for work
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


# --- a Dask cluster -----------------------------------------------------------------

@dataclass(frozen=True)
class Dask:
    """A Dask cluster: the one whose scheduler is at ``scheduler`` (``tcp://HOST:8786``), or,
    without one, ``workers`` processes on this machine started for the run and stopped after it.

    ``work`` and the items travel to the workers pickled, so the workers need the
    same isnad installed (checked when the run starts), not the files the items
    were read from. dask.distributed is imported only here (``isnad[dask]``).
    """

    scheduler: str | None = None
    workers: int = 1

    def map(self, work: Callable[[Item], Result], items: Iterable[Item]
            ) -> Iterator[tuple[Item, Result]]:
        with self._client() as client:
            # Slots, not workers: a worker started with --nthreads 4 runs four items at once.
            window = AHEAD * max(1, sum(client.nthreads().values()))
            # pure=False: every item is new work, not a value to look up by hashing a whole batch.
            yield from _in_order(lambda item: client.submit(work, item, pure=False), items,
                                 window)

    @contextmanager
    def _client(self) -> Iterator[Any]:
        distributed = _import_distributed()
        with ExitStack() as stack:
            address = self.scheduler
            if address is None:
                cluster = _start_local_cluster(distributed, self.workers)
                stack.callback(_stop, cluster)
                address = cluster.scheduler_address
            client = _connect(distributed, address)
            stack.callback(client.close)  # the scheduler forgets the work still queued
            _check_workers(client, address)
            yield client


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as error:
        raise EngineError(f"the dask engine needs dask.distributed ({error}): "
                          "pip install 'isnad[dask]'") from None
    return distributed


def _start_local_cluster(distributed: Any, workers: int) -> Any:
    # One thread per worker: extraction is CPU-bound Python, threads would share one core.
    # No dashboard; the scheduler's small HTTP server (health, metrics) takes any free port,
    # not 8787, which another cluster may hold. The cluster's own log lines stay quiet:
    # ingest reports what failed, one line each. Each worker preloads this module (see
    # dask_setup).
    return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                    host="127.0.0.1", dashboard_address=None,
                                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                    silence_logs=logging.CRITICAL, preload=[__name__])


def dask_setup(worker: Any) -> None:
    """Run by each worker of a cluster started here, as Dask runs a preload module's dask_setup.

    The workers are in this process's group: Ctrl-C would print each one's
    traceback while this process stops the cluster in order.
    """
    _leave_interrupts_to_the_parent()


def _stop(cluster: Any) -> None:
    try:
        cluster.close(timeout=CLOSE_TIMEOUT)
    except TimeoutError:
        pass  # workers that died mid-run can keep it from stopping in order; they end with us


def _connect(distributed: Any, address: str) -> Any:
    try:
        return distributed.Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except Exception as error:  # noqa: BLE001 - refused, timed out, not a scheduler, bad address
        problem = _describe(error)
    # The half-started client is in a reference cycle with the error's frames; collected at
    # exit, it would wait for an event loop that is gone and print a traceback. Now, it closes.
    gc.collect()
    raise EngineError(f"cannot reach the dask scheduler at {address}: {problem}")


def _check_workers(client: Any, address: str) -> None:
    """At least one worker, and every worker with this isnad: another extractor would store
    records under this one's version."""
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError:
        raise EngineError(f"no dask worker joined the scheduler at {address} within "
                          f"{CONNECT_TIMEOUT} s: start some with dask worker {address} "
                          "--nthreads 1") from None
    here = _versions()
    for worker, theirs in sorted(client.run(_versions, on_error="return").items()):
        if isinstance(theirs, BaseException):
            raise EngineError(f"dask worker {worker} cannot run isnad ({_describe(theirs)}): "
                              f"install isnad[dask] {here[0]} there too")
        if tuple(theirs) != here:
            raise EngineError(f"dask worker {worker} has isnad {theirs[0]} (extractor "
                              f"{theirs[1]}), this machine {here[0]} (extractor {here[1]}): "
                              "install the same version on every worker")


def _versions() -> tuple[str, str]:
    """This process's isnad package and extractor versions (run on each worker too)."""
    from isnad.nlp import extractor_version

    return version("isnad"), extractor_version()


# --- either engine --------------------------------------------------------------------

class _Pending(Protocol):
    """A future of either engine: concurrent.futures' or dask.distributed's."""

    def result(self) -> Any: ...


def _in_order(submit: Callable[[Item], _Pending], items: Iterable[Item], window: int
              ) -> Iterator[tuple[Item, Result]]:
    """Submit the items, at most ``window`` in flight; their results in input order."""
    in_flight: deque[tuple[Item, _Pending]] = deque()
    for item in items:
        in_flight.append((item, submit(item)))
        if len(in_flight) >= window:
            yield _next(in_flight)
    while in_flight:
        yield _next(in_flight)


def _next(in_flight: deque[tuple[Item, _Pending]]) -> tuple[Item, Result]:
    item, future = in_flight.popleft()
    try:
        return item, future.result()
    except Exception as error:  # raised by work, its process died, the cluster cancelled it
        raise WorkFailed(item) from error


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {' '.join(str(error).split())}"
