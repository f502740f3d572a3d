"""The graph and the explorer's pages against the size of the store (``python -m bench``'s last section).

For each size, a synthetic store of that many statements, built straight
through the schema by :func:`bench.serve_speed.build_store` (deterministic),
then:

- :func:`isnad.graph.build.build` over the whole store, in this process: the
  median seconds of a few runs, and the graph's nodes and edges (what an
  export of the whole store costs before it is written);
- the main pages through a real ``isnad serve``: median and 95th percentile in
  milliseconds (:mod:`bench.serve_speed`'s client).
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from isnad.graph.build import build
from isnad.graph.store import open_store

from . import serve_speed


def measure(sizes: tuple[int, ...], runs: int, requests: int) -> list[dict]:
    """One row per store size: the store, the graph build, the pages."""
    with tempfile.TemporaryDirectory(prefix="isnad-bench-") as folder:
        return [measure_store(Path(folder) / f"graph-{size}.db", size, runs, requests)
                for size in sizes]


def measure_store(db: Path, statements: int, runs: int, requests: int) -> dict:
    started = time.perf_counter()
    made = serve_speed.build_store(db, statements)
    store_seconds = time.perf_counter() - started
    built = time_build(db, runs)
    with serve_speed.serving(db) as base:
        first = serve_speed.first_request(base)
        pages = [timed.to_json() for timed in
                 serve_speed.time_pages(base, serve_speed.MAIN_PAGES, requests)]
    return {**made, "store_seconds": round(store_seconds, 2), "build": built,
            "first_request_ms": round(first, 1), "requests": requests, "pages": pages}


def time_build(db: Path, runs: int) -> dict:
    """The median wall time of ``runs`` builds of the whole store's graph, and its size."""
    store = open_store(str(db))
    seconds = []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            graph = build(store)
            seconds.append(time.perf_counter() - started)
    finally:
        store.engine.dispose()
    return {"runs": runs, "seconds": round(statistics.median(seconds), 3),
            "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
