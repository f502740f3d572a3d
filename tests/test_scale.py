"""Ingesting a large archive: deferred clustering (ingest --defer-claims, isnad cluster) and
extraction in worker processes (ingest --workers N), through real processes.

No timings here: ``python -m bench`` measures them.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

from _store_support import REPO, isnad, store_by_name

DEMO = REPO / "data" / "demo"


def ingest(db: Path, *options: str, source: Path = DEMO):
    done = isnad("ingest", source, "--db", db, "--no-progress", *options)
    assert done.returncode == 0, done.stderr
    return done


def claims(db: Path) -> list[str]:
    """``isnad claims --format json`` without ids: what two stores can have in common."""
    done = isnad("claims", "--db", db, "--format", "json")
    assert done.returncode == 0, done.stderr
    docs = []
    for line in done.stdout.splitlines():
        doc = json.loads(line)
        del doc["id"]
        for statement in doc["statements"]:
            del statement["id"]
        doc["statements"].sort(key=lambda s: (s["article"], s["text"]))
        docs.append(json.dumps(doc, ensure_ascii=False, sort_keys=True))
    return sorted(docs)


# --- deferred clustering ------------------------------------------------------------

def test_deferred_ingest_then_cluster_gives_the_claims_of_an_inline_ingest(tmp_path: Path) -> None:
    inline, deferred = tmp_path / "inline.db", tmp_path / "deferred.db"
    ingest(inline)

    done = ingest(deferred, "--defer-claims")
    assert " 0 new claims" in done.stdout and "run isnad cluster" in done.stdout
    waiting = isnad("claims", "--db", deferred, "--format", "json")
    assert waiting.returncode == 0 and waiting.stdout == ""
    assert "not yet in a claim" in waiting.stderr and "isnad cluster" in waiting.stderr

    clustered = isnad("cluster", "--db", deferred, "--batch-size", "3", "--no-progress")
    assert clustered.returncode == 0, clustered.stderr
    statements = store_by_name(inline)["statements"]
    assert clustered.stdout.startswith(f"clustered {len(statements)} statements, ")
    assert claims(deferred) == claims(inline) != []
    assert isnad("claims", "--db", deferred, "--format", "json").stderr == ""

    again = isnad("cluster", "--db", deferred, "--no-progress")
    assert again.returncode == 0 and again.stdout.startswith("clustered 0 statements, 0 new claims")


def test_an_inline_ingest_after_a_deferred_one_leaves_the_earlier_statements_to_cluster(
        tmp_path: Path) -> None:
    db, first, second = tmp_path / "isnad.db", tmp_path / "first", tmp_path / "second"
    files = sorted(DEMO.iterdir())
    for folder, part in ((first, files[:3]), (second, files[3:])):
        folder.mkdir()
        for path in part:
            shutil.copy(path, folder)
    ingest(db, "--defer-claims", source=first)
    ingest(db, source=second)
    assert "not yet in a claim" in isnad("claims", "--db", db, "--format", "json").stderr
    assert isnad("cluster", "--db", db, "--no-progress").returncode == 0
    assert all(row[6] is not None for row in store_by_name(db)["statements"])


# --- worker processes -----------------------------------------------------------------

def test_two_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    first = ingest(one, "--batch-size", "2")
    # Batches of 2: several in flight at once, finishing in any order.
    second = ingest(two, "--batch-size", "2", "--workers", "2")
    assert second.stdout == first.stdout
    assert store_by_name(two) == store_by_name(one)
    assert claims(two) == claims(one)

    again = ingest(two, "--workers", "2")
    assert again.stdout.startswith("ingested 7 articles (7 unchanged), 0 statements")


def test_workers_with_deferred_claims_then_cluster(tmp_path: Path) -> None:
    inline, parallel = tmp_path / "inline.db", tmp_path / "parallel.db"
    ingest(inline)
    ingest(parallel, "--workers", "2", "--defer-claims", "--batch-size", "3")
    # Batches of 5 statements: workers encode several ahead of the one being clustered.
    done = isnad("cluster", "--db", parallel, "--no-progress", "--workers", "2",
                 "--batch-size", "5")
    assert done.returncode == 0, done.stderr
    assert store_by_name(parallel) == store_by_name(inline)
    assert claims(parallel) == claims(inline)


def test_a_bad_file_among_good_ones_with_workers(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(DEMO, folder)
    (folder / "broken.json").write_text("{\"id\": ", encoding="utf-8")
    done = isnad("ingest", folder, "--db", tmp_path / "isnad.db", "--workers", "2",
                 "--no-progress")
    assert done.returncode == 1
    assert "broken.json:1: malformed JSON" in done.stderr
    assert done.stdout.startswith("ingested 7 articles") and "1 error" in done.stdout


def test_workers_and_batch_size_must_be_whole_numbers_of_at_least_one(tmp_path: Path) -> None:
    for option, value in (("--workers", "0"), ("--workers", "two"), ("--batch-size", "0")):
        done = isnad("ingest", DEMO, "--db", tmp_path / "isnad.db", option, value)
        assert done.returncode == 2 and option in done.stderr, (option, value, done.stderr)
    done = isnad("cluster", "--db", tmp_path / "isnad.db", "--batch-size", "0")
    assert done.returncode == 2 and "--batch-size" in done.stderr


def test_cluster_on_a_store_that_cannot_be_opened_is_one_line(tmp_path: Path) -> None:
    done = isnad("cluster", "--db", tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"isnad: error: {tmp_path} is a folder, not a database file"]


# --- the benchmarks' corpus -----------------------------------------------------------

def test_the_benchmark_corpus_is_deterministic_and_varies_figures() -> None:
    # By path: bench/ is the checkout's, not part of the installed package.
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = corpus  # its dataclass looks its module up there
    spec.loader.exec_module(corpus)
    synthetic_articles = corpus.synthetic_articles
    sources = [{"lang": "en", "outlet": "Tribune", "text": "Ten said 3.\nTwo said 40."}]
    first = list(synthetic_articles(3, sources))
    assert first == list(synthetic_articles(3, sources))
    assert [a["id"] for a in first] == ["bench-000000", "bench-000001", "bench-000002"]
    assert first[0]["text"] == "Ten said 3.\n\nTwo said 40."
    assert first[1]["text"] == "Two said 41.\n\nTen said 4."  # the next copy: rotated, figures + 1
    assert list(synthetic_articles(2, sources, vary=False))[1]["text"] == "Two said 40.\n\nTen said 3."
