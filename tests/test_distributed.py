"""``isnad ingest --engine dask``: the NLP pass on a Dask cluster, the store written by the ingest.

Real clusters of worker processes on 127.0.0.1 run the work, and the real
command drives them: it must store what a plain ingest stores, on SQLite and
on PostgreSQL, and fail in one line, storing nothing more, when the cluster
cannot do the work.
"""
from __future__ import annotations

import logging
import re
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from _store_support import REPO, counts, isnad, store_by_name, store_url  # noqa: F401 - fixture
from distributed import LocalCluster
from test_scale import claims

from isnad.graph import workers
from isnad.graph.store import open_store
from isnad.graph.workers import EngineError

DEMO = REPO / "data" / "demo"
DEV = REPO.parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo articles and a few of the evaluation's, Arabic and English: 13 in all."""
    if not DEV.is_dir():
        pytest.skip(f"the evaluation articles are not at {DEV} (../shared beside the checkout)")
    folder = tmp_path_factory.mktemp("articles")
    dev = [*sorted((DEV / "en").glob("*.json"))[:3], *sorted((DEV / "ar").glob("*.json"))[:3]]
    assert len(dev) == 6, f"the evaluation articles are missing from {DEV}"
    for path in [*DEMO.iterdir(), *dev]:
        shutil.copy(path, folder)
    return folder


@pytest.fixture(scope="module")
def plain(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A store filled by a plain ingest, and what the command printed."""
    db = tmp_path_factory.mktemp("plain") / "isnad.db"
    done = ingest(articles, db, "--batch-size", "2")
    return db, done.stdout


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a cluster of two single-threaded worker processes."""
    with cluster(n_workers=2) as running:
        yield running.scheduler_address


def cluster(n_workers: int, preload: Path | None = None) -> LocalCluster:
    """A cluster on 127.0.0.1; each worker runs ``preload`` when it starts."""
    return LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                        host="127.0.0.1", dashboard_address=None,
                        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # not 8787
                        silence_logs=logging.CRITICAL, preload=[str(preload)] if preload else [])


def ingest(source: Path, db: Path | str, *options: str):
    done = isnad("ingest", source, "--db", db, "--no-progress", *options)
    assert done.returncode == 0, done.stderr
    return done


# --- the same store -------------------------------------------------------------------

def test_a_dask_cluster_stores_what_a_plain_ingest_stores(articles, plain, scheduler, store_url):
    plain_db, plain_stdout = plain
    # Batches of 2 and four in flight on two workers: they finish in any order.
    done = ingest(articles, store_url, "--batch-size", "2", "--engine", "dask",
                  "--scheduler", scheduler)
    assert done.stdout == plain_stdout
    assert done.stderr == ""
    found = store_by_name(store_url)
    assert found == store_by_name(str(plain_db))
    assert len(found["articles"]) == 13 and len(found["statements"]) > 40
    assert found["citations"] and found["claims"]
    assert claims(store_url) == claims(plain_db) != []

    again = ingest(articles, store_url, "--engine", "dask", "--scheduler", scheduler)
    assert again.stdout.startswith("ingested 13 articles (13 unchanged), 0 statements")


def test_without_a_scheduler_it_starts_a_cluster_of_workers_for_the_run(articles, plain,
                                                                         tmp_path):
    plain_db, plain_stdout = plain
    db = tmp_path / "isnad.db"
    done = ingest(articles, db, "--batch-size", "2", "--engine", "dask", "--workers", "2")
    assert done.stdout == plain_stdout
    assert done.stderr == ""  # the cluster's own logging stays quiet
    assert store_by_name(str(db)) == store_by_name(str(plain_db))


# --- failing in one line ----------------------------------------------------------------

def test_an_unreachable_scheduler_is_one_line_and_stores_nothing(tmp_path):
    db = tmp_path / "isnad.db"
    ingest(DEMO / "harbour-reopening.json", db)
    before = stored(db)
    address = f"tcp://127.0.0.1:{_free_port()}"
    done = isnad("ingest", DEMO, "--db", db, "--no-progress", "--engine", "dask",
                 "--scheduler", address)
    assert done.returncode == 1
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith(f"isnad: error: cannot reach the dask scheduler at {address}: ")
    assert stored(db) == before


def test_a_scheduler_without_workers_is_refused_rather_than_waited_on(monkeypatch):
    monkeypatch.setattr(workers, "CONNECT_TIMEOUT", 1)
    with cluster(n_workers=0) as running:
        with pytest.raises(EngineError) as refused:
            list(workers.Dask(running.scheduler_address).map(str, [1]))
    assert str(refused.value) == (
        f"no dask worker joined the scheduler at {running.scheduler_address} within 1 s: "
        f"start some with dask worker {running.scheduler_address} --nthreads 1")


WORKER_DIES_ON_BATCH_2 = """
import os
import isnad.graph.ingest as ingest

# A worker may run its preload twice: the real function stays where the second run finds it.
ingest.__dict__.setdefault("real_extract_all", ingest._extract_all)


def dies_on_batch_2(plan):
    if plan.number == 2:
        os._exit(1)
    return ingest.real_extract_all(plan)


ingest._extract_all = dies_on_batch_2  # what the ingest's client names, looked up on the worker
"""


def test_a_worker_dying_stops_the_ingest_at_its_batch_and_keeps_the_earlier_ones(tmp_path):
    preload = tmp_path / "dies.py"
    preload.write_text(WORKER_DIES_ON_BATCH_2, encoding="utf-8")
    db = tmp_path / "isnad.db"
    # No second try on another worker: the first death ends the task.
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            cluster(n_workers=2, preload=preload) as running:
        done = isnad("ingest", DEMO, "--db", db, "--no-progress", "--batch-size", "2",
                     "--engine", "dask", "--scheduler", running.scheduler_address)
    assert done.returncode == 1
    assert done.stdout.startswith("ingested 2 articles (0 unchanged), ")
    [line] = done.stderr.splitlines()
    assert line.startswith("isnad: error: batch 2 (2 articles, ")
    assert "not stored, ingest stopped: KilledWorker: " in line
    assert stored(db)["articles"] == 2


OTHER_EXTRACTOR = """
import isnad.nlp
isnad.nlp.EXTRACTOR_VERSION = "0.0.1-other"
"""

NO_ISNAD = """
import sys
for name in [name for name in sys.modules if name == "isnad" or name.startswith("isnad.")]:
    del sys.modules[name]
sys.modules["isnad"] = None  # import isnad fails, as where it is not installed
"""


@pytest.mark.parametrize(("preload", "problem"), [
    (OTHER_EXTRACTOR, r"has isnad \S+ \(extractor 0\.0\.1-other(?:\+model\.\w+)?\), this machine \S+ "
                      r"\(extractor [^)]+\): install the same version on every worker"),
    (NO_ISNAD, r"cannot run isnad \(.*No module named 'isnad.*\): install isnad\[dask\] \S+ "
               r"there too"),
], ids=["another extractor", "no isnad"])
def test_workers_without_this_isnad_are_refused_before_anything_is_stored(tmp_path, preload,
                                                                           problem):
    script = tmp_path / "preload.py"
    script.write_text(preload, encoding="utf-8")
    db = tmp_path / "isnad.db"
    with cluster(n_workers=1, preload=script) as running:
        done = isnad("ingest", DEMO, "--db", db, "--no-progress", "--engine", "dask",
                     "--scheduler", running.scheduler_address)
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith("isnad: error: dask worker tcp://127.0.0.1:")
    assert re.search(problem, line), line
    assert stored(db)["articles"] == 0


def test_without_distributed_installed_it_says_what_to_install(tmp_path):
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "distributed.py").write_text(
        "raise ImportError(\"No module named 'distributed'\")\n", encoding="utf-8")
    done = isnad("ingest", DEMO, "--db", tmp_path / "isnad.db", "--engine", "dask",
                 env={"PYTHONPATH": str(hidden)})
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "isnad: error: the dask engine needs dask.distributed (No module named 'distributed'): "
        "pip install 'isnad[dask]'"]


@pytest.mark.parametrize(("options", "problem"), [
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"],
     "--workers sizes a cluster started here; the one at --scheduler has its own workers"),
    (["--engine", "ray"], "invalid choice: 'ray'"),
])
def test_engine_options_that_do_not_go_together(tmp_path, options, problem):
    done = isnad("ingest", DEMO, "--db", tmp_path / "isnad.db", *options)
    assert done.returncode == 2
    assert problem in done.stderr
    assert not (tmp_path / "isnad.db").exists()


def stored(db: Path) -> dict[str, int]:
    """Rows per table."""
    store = open_store(str(db))
    try:
        return counts(store)
    finally:
        store.engine.dispose()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
