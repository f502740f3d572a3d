"""Faults: a killed ingest, a full disk, a read-only store, writers and a reader at once.

Each test runs ``isnad`` as real processes on a SQLite store and then looks at
the file itself: what was stored stays stored, whole, and a re-run completes
it without duplicates.
"""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

import hostile_corpus as hc
from browser_support import Server

from isnad.graph.store import open_store

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "isnad.app.cli"]
# One BLAS thread per process: the sentence encoder's threads would otherwise spin
# against the other processes of a test on a small machine.
ENV = {**os.environ, "ISNAD_DEBUG": "", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
       "MKL_NUM_THREADS": "1"}
TABLES = ("articles", "statements", "entities", "aliases", "citations", "claims")


def run(*args, timeout: int = 300) -> subprocess.CompletedProcess:
    done = subprocess.run([*CLI, *map(str, args)], capture_output=True, cwd=REPO, env=ENV,
                          timeout=timeout)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8", "replace"))


def start(*args) -> subprocess.Popen:
    return subprocess.Popen([*CLI, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=REPO, env=ENV)


def ingest(source: Path | list[Path], db: Path, *more) -> subprocess.CompletedProcess:
    sources = source if isinstance(source, list) else [source]
    return run("ingest", *sources, "--db", db, "--no-progress", *more)


@contextmanager
def peek(db: Path):
    """A short-lived reading connection, as another program would open one."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        yield conn
    finally:
        conn.close()


def counts(db: Path) -> dict[str, int]:
    with peek(db) as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in TABLES}


def per_article(db: Path) -> dict[str, list[tuple]]:
    """Each article's statements as (seq, claim, cue, speaker, entity name, outlet name)."""
    with peek(db) as conn:
        out: dict[str, list[tuple]] = {article_id: [] for article_id, in
                                       conn.execute("SELECT id FROM articles")}
        for row in conn.execute(
                "SELECT s.article_id, s.seq, s.claim_text, s.cue_text, s.speaker_text, e.name "
                "FROM statements s JOIN entities e ON e.id = s.entity_id "
                "ORDER BY s.article_id, s.seq"):
            out[row[0]].append(row[1:])
    return out


def duplicated_entities(db: Path) -> list[tuple]:
    with peek(db) as conn:
        return conn.execute("SELECT key, kind, count(*) FROM entities WHERE merged_into IS NULL "
                            "GROUP BY key, kind HAVING count(*) > 1").fetchall()


def integrity(db: Path) -> str:
    with peek(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def one_clear_line(done: subprocess.CompletedProcess) -> str:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("isnad: error: ")
    return lines[0]


@pytest.fixture(scope="module")
def articles_300(tmp_path_factory) -> Path:
    return hc.write_json_articles(tmp_path_factory.mktemp("three-hundred"),
                                  hc.small_articles(300))


@pytest.fixture(scope="module")
def clean_300(articles_300, tmp_path_factory) -> Path:
    """The 300 articles ingested once, without trouble: what every other run must end up with."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    done = ingest(articles_300, db, "--batch-size", "20")
    assert done.returncode == 0, done.stderr
    return db


# --- SIGKILL in the middle of an ingest -------------------------------------------------

def test_an_ingest_killed_mid_run_keeps_whole_batches_and_a_rerun_completes_it(
        articles_300, clean_300, tmp_path):
    db = tmp_path / "killed.db"
    job = start("ingest", articles_300, "--db", db, "--batch-size", "20", "--no-progress")
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and job.poll() is None:
            if db.exists():
                try:
                    with peek(db) as conn:
                        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:  # the tables are not created yet
                    stored = 0
                if stored >= 20:
                    break
            time.sleep(0.02)
        assert job.poll() is None, "the ingest ended before it could be killed"
        os.kill(job.pid, signal.SIGKILL)
    finally:
        job.kill()
        job.communicate()
    assert job.returncode == -signal.SIGKILL
    assert 20 <= stored < 300

    assert integrity(db) == "ok"
    clean = per_article(clean_300)
    partial = per_article(db)
    assert 20 <= len(partial) < 300
    for article_id, found in partial.items():  # no half-written article
        assert found == clean[article_id], article_id

    done = ingest(articles_300, db, "--batch-size", "20")
    assert done.returncode == 0, done.stderr
    assert f"({len(partial)} unchanged)" in done.stdout
    assert integrity(db) == "ok"
    assert _without_claims(counts(db)) == _without_claims(counts(clean_300))
    assert per_article(db) == clean
    assert duplicated_entities(db) == duplicated_entities(clean_300)
    with peek(db) as conn:  # every statement got its claim
        assert conn.execute("SELECT count(*) FROM statements WHERE claim_id IS NULL"
                            ).fetchone() == (0,)


def _without_claims(found: dict[str, int]) -> dict[str, int]:
    return {table: n for table, n in found.items() if table != "claims"}


def test_an_ingest_resumed_in_a_new_process_makes_the_same_claims(articles_300, clean_300,
                                                                  tmp_path):
    # The first run stores the articles the full run reads first, in the same order:
    # clustering is greedy, so only the same order can promise the same claims.
    first = tmp_path / "first"
    first.mkdir()
    for path in sorted(articles_300.glob("*.json"))[:100]:
        shutil.copy(path, first)
    db = tmp_path / "two-runs.db"
    assert ingest(first, db, "--batch-size", "20").returncode == 0
    assert ingest(articles_300, db, "--batch-size", "20").returncode == 0
    assert counts(db) == counts(clean_300)


# --- a full disk, a read-only store ----------------------------------------------------------

def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB file system (tmpfs) when this user may mount one, else None."""
    folder = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mounted = os.geteuid() == 0 and _mount_tmpfs(folder, "2m")
    yield folder if mounted else None
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


GOOD = {"id": "good-1", "lang": "en", "outlet": "The Harbour Gazette", "title": "Bridge closed",
        "text": "Bridge closed\n\nJohn Smith, the mayor, said that the bridge would close on "
                "Friday.\n\n\"Repairs start soon,\" Smith said."}


def _stored_good(db: Path, tmp_path: Path) -> dict[str, list[tuple]]:
    done = ingest(hc.write_json_articles(tmp_path / "good", [GOOD]), db)
    assert done.returncode == 0, done.stderr
    return per_article(db)


def test_a_full_disk_gives_one_clear_line_and_keeps_the_store(small_disk, tmp_path):
    article = hc.write_big_article(tmp_path / "big.txt", size=3_000_000)
    if small_disk is not None:
        db = small_disk / "isnad.db"
        before = _stored_good(db, tmp_path)
        ingest_args = [article, "--db", db, "--no-progress"]
        done = run("ingest", *ingest_args)
    else:  # no mounting here: a file size limit makes writes past 1 MB fail the same way
        import resource

        db = tmp_path / "isnad.db"
        before = _stored_good(db, tmp_path)

        def limit() -> None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
            resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

        raw = subprocess.run([*CLI, "ingest", str(article), "--db", str(db), "--no-progress"],
                             capture_output=True, cwd=REPO, env=ENV, preexec_fn=limit,
                             timeout=300)
        done = subprocess.CompletedProcess(raw.args, raw.returncode, raw.stdout.decode(),
                                           raw.stderr.decode("utf-8", "replace"))
    line = one_clear_line(done)
    assert str(article) in line or "not stored" in line
    assert "full" in line or "disk" in line or "too large" in line, line
    assert integrity(db) == "ok"
    assert per_article(db) == before
    listed = run("claims", "--db", db, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert "bridge would close" in listed.stdout


def test_a_store_on_a_read_only_file_system_gives_one_clear_line(small_disk, tmp_path):
    if small_disk is None:  # not root, or no mounting: file permissions do stop this user
        db = tmp_path / "isnad.db"
        before = _stored_good(db, tmp_path)
        db.chmod(0o444)
        tmp_path.chmod(0o555)
    else:
        db = small_disk / "isnad.db"
        before = _stored_good(db, tmp_path)
        remount = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)],
                                 capture_output=True)
        assert remount.returncode == 0, remount.stderr
    try:
        done = ingest(hc.write_json_articles(tmp_path / "more", hc.small_articles(3)), db)
        line = one_clear_line(done)
        assert f"cannot write to {db}" in line
        if small_disk is not None:
            assert "read-only file system" in line
        fresh = ingest(tmp_path / "more", db.parent / "new.db")
        assert "cannot write to" in one_clear_line(fresh)
        assert not (db.parent / "new.db").exists()
        assert integrity(db) == "ok"
        assert per_article(db) == before
    finally:
        tmp_path.chmod(0o755)


def test_a_store_path_below_a_file_gives_one_clear_line(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("I am a file")
    done = ingest(hc.write_json_articles(tmp_path / "a", hc.small_articles(2)),
                  blocker / "isnad.db")
    assert "is not a folder" in one_clear_line(done)
    assert blocker.read_text() == "I am a file"


def test_a_file_that_is_not_a_database_is_left_alone(tmp_path):
    db = tmp_path / "notes.db"
    db.write_bytes(b"my notes, not a database\n" * 100)
    done = ingest(hc.write_json_articles(tmp_path / "a", hc.small_articles(2)), db)
    assert "not an isnad database" in one_clear_line(done)
    assert db.read_bytes() == b"my notes, not a database\n" * 100


# --- two ingests and a reader at once ------------------------------------------------------

def test_two_ingests_a_reader_and_the_server_at_once_never_see_a_locked_database(tmp_path):
    first = hc.write_json_articles(tmp_path / "first", hc.small_articles(60, start=0))
    second = hc.write_json_articles(tmp_path / "second", hc.small_articles(60, start=30))
    serial = tmp_path / "serial.db"
    for folder in (first, second):
        assert ingest(folder, serial, "--batch-size", "5").returncode == 0

    db = tmp_path / "shared.db"
    open_store(str(db)).engine.dispose()  # an empty store to serve (reading commands create none)
    server = Server(db)
    try:
        writers = [start("ingest", folder, "--db", db, "--batch-size", "5", "--no-progress")
                   for folder in (first, second)]
        reads = 0
        reader_errors = []
        while any(writer.poll() is None for writer in writers) or reads < 2:
            done = run("claims", "--db", db, "--format", "json")
            reads += 1
            if done.returncode != 0 or done.stderr:
                reader_errors.append(done.stderr)
            for page in ("/", "/claims", "/api/claims", "/graph"):
                status = _status(server.base + page)
                if status != 200:
                    reader_errors.append(f"{page}: HTTP {status}")
        results = [writer.communicate(timeout=300) for writer in writers]
    finally:
        server.stop()
    for writer, (out, err) in zip(writers, results):
        assert "locked" not in err.decode(), err.decode()
        assert writer.returncode == 0, err.decode()
        assert err.decode() == ""
    assert reader_errors == []
    assert reads >= 2

    assert integrity(db) == "ok"
    shared, alone = counts(db), counts(serial)
    assert shared["articles"] == alone["articles"] == 90
    assert shared["statements"] == alone["statements"]
    assert shared["entities"] == alone["entities"]
    assert shared["citations"] == alone["citations"]
    assert duplicated_entities(db) == duplicated_entities(serial)
    assert per_article(db) == per_article(serial)


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_reader_does_not_wait_for_the_write_lock_of_an_ingest(tmp_path):
    """Opening an existing store only reads: ``isnad claims`` answers while a batch is being written."""
    db = tmp_path / "isnad.db"
    _stored_good(db, tmp_path)
    writer = sqlite3.connect(db, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # what an ingest holds while it writes a batch
        began = time.monotonic()
        done = run("claims", "--db", db, "--format", "json")
        assert done.returncode == 0, done.stderr
        assert "bridge would close" in done.stdout
        assert time.monotonic() - began < 20  # the busy timeout is 30 s
    finally:
        writer.execute("ROLLBACK")
        writer.close()
