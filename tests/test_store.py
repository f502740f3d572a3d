"""The store: opened on SQLite and PostgreSQL alike, and every bad way of opening one refused in one line."""
from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
from pathlib import Path

import pytest
from _store_support import isnad, store, store_url, write_articles  # noqa: F401 - fixtures
from sqlalchemy import select, text, update

from isnad.graph.schema import SCHEMA_VERSION, meta
from isnad.graph.store import StoreError, default_location, open_store

EN_ARTICLE = {"id": "port-en", "lang": "en", "outlet": "The Harbour Gazette",
              "text": "Port reopens\n\nLena Fischer, the harbour master, told Reuters that the "
                      "port would reopen on Monday."}


def test_a_new_store_has_its_tables_and_schema_version(store):
    with store.reading() as conn:
        version = conn.scalar(select(meta.c.value).where(meta.c.key == "schema_version"))
    assert version == SCHEMA_VERSION


def test_opening_a_store_again_keeps_it(store_url):
    open_store(store_url).engine.dispose()
    again = open_store(store_url)
    with again.reading() as conn:
        assert conn.scalar(select(meta.c.value)) == SCHEMA_VERSION
    again.engine.dispose()


def test_a_store_of_another_schema_version_is_refused(store, store_url):
    with store.transaction() as conn:
        conn.execute(update(meta).where(meta.c.key == "schema_version").values(value="0"))
    store.engine.dispose()
    with pytest.raises(StoreError, match="schema version 0"):
        open_store(store_url)


def test_sqlite_store_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(tmp_path):
    opened = open_store(f"sqlite:///{tmp_path / 'isnad.db'}")
    with opened.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
    opened.engine.dispose()


def test_default_location_follows_isnad_db_then_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("ISNAD_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_location() == tmp_path / "data" / "isnad" / "isnad.db"
    opened = open_store(None)  # creates the folders on the way
    assert opened.where == str(tmp_path / "data" / "isnad" / "isnad.db")
    opened.engine.dispose()
    monkeypatch.setenv("ISNAD_DB", str(tmp_path / "elsewhere.db"))
    assert open_store(None).where == str(tmp_path / "elsewhere.db")


def test_a_database_of_another_program_is_refused_and_left_alone(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(StoreError, match="not an isnad database"):
        open_store(str(other))
    assert other.read_bytes() == before


# --- bad input through the command line ---------------------------------------------

@pytest.fixture
def good_store(tmp_path: Path) -> Path:
    """A store with one article in it, and what its file holds."""
    path = tmp_path / "good" / "isnad.db"
    articles = write_articles(tmp_path / "articles", [EN_ARTICLE])
    done = isnad("ingest", articles, "--db", path, "--no-progress")
    assert done.returncode == 0, done.stderr
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _bad_targets(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """Name → (--db value, what the one error line must say)."""
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    corrupted = tmp_path / "corrupted.db"
    corrupted.write_bytes(os.urandom(8192))
    port = _free_port()
    return {
        "under a file": (str(a_file / "isnad.db"), "is not a folder"),
        "corrupted": (str(corrupted), "is not an isnad database (file is not a database)"),
        "unreachable PostgreSQL": (f"postgresql://isnad:s3cret-pw@127.0.0.1:{port}/isnad",
                                   f"cannot reach PostgreSQL at 127.0.0.1:{port}"),
    }


@pytest.mark.parametrize("case", ["under a file", "corrupted", "unreachable PostgreSQL"])
@pytest.mark.parametrize("command", ["ingest", "entities"])
def test_bad_store_gives_one_clear_line_and_leaves_the_good_store_alone(
        tmp_path, good_store, case, command):
    target, message = _bad_targets(tmp_path)[case]
    if command == "entities" and case == "under a file":
        message = "no store at"  # a reading command never creates a store, so there is none
    before = _digest(good_store)
    corrupted = tmp_path / "corrupted.db"
    corrupted_before = _digest(corrupted)
    args = (["ingest", write_articles(tmp_path / "more", [EN_ARTICLE]), "--no-progress"]
            if command == "ingest" else ["entities"])
    done = isnad(*args, "--db", target, env={"ISNAD_DB": str(good_store)})
    assert done.returncode == 1
    assert done.stderr.splitlines() == [done.stderr.strip()], done.stderr  # one line
    assert done.stderr.startswith("isnad: error: ") and message in done.stderr
    assert "Traceback" not in done.stderr and "s3cret-pw" not in done.stderr
    assert done.stdout == ""
    assert _digest(good_store) == before
    assert _digest(corrupted) == corrupted_before
    assert not (tmp_path / "notes.txt" / "isnad.db").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_folder_is_refused_before_anything_is_created(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = isnad("entities", "--db", folder / "sub" / "isnad.db")
        assert done.returncode == 1
        assert done.stderr.strip() == (f"isnad: error: cannot write to {folder / 'sub' / 'isnad.db'}"
                                       f": folder {folder} is not writable")
        assert not (folder / "sub").exists()
    finally:
        folder.chmod(0o755)


def test_sqlite_url_and_plain_path_are_the_same_store(tmp_path):
    path = tmp_path / "same.db"
    open_store(str(path)).engine.dispose()
    opened = open_store(f"sqlite:///{path}")
    with opened.reading() as conn:
        assert conn.execute(text("SELECT value FROM meta")).scalar() == SCHEMA_VERSION
    opened.engine.dispose()


def test_an_unsupported_url_is_refused(tmp_path):
    with pytest.raises(StoreError, match="unsupported database 'mysql'"):
        open_store("mysql://someone@localhost/isnad")


def test_a_store_made_before_statements_had_a_confidence_gains_the_column(store, store_url, tmp_path):
    from isnad.graph.ingest import ingest
    from isnad.graph.schema import statements

    ingest(store, [write_articles(tmp_path / "a", [EN_ARTICLE])])
    with store.transaction() as conn:
        conn.execute(text("ALTER TABLE statements DROP COLUMN confidence"))  # as an older isnad made it
    store.engine.dispose()
    again = open_store(store_url)
    with again.reading() as conn:
        old = conn.execute(select(statements.c.confidence)).scalars().all()
    assert old and all(value is None for value in old)  # stored before the scorer: not known
    ingest(again, [write_articles(tmp_path / "b", [{**EN_ARTICLE, "id": "port-en-2"}])])
    with again.reading() as conn:
        new = conn.execute(select(statements.c.confidence).where(statements.c.article_id == "port-en-2"))
        assert all(0 <= value <= 1 for value in new.scalars())
    again.engine.dispose()


def test_an_old_sqlite_store_never_gives_a_gone_claims_id_to_a_new_claim(tmp_path):
    path = tmp_path / "old.db"
    assert isnad("ingest", write_articles(tmp_path / "a", [EN_ARTICLE]), "--db", path,
                 "--no-progress").returncode == 0
    with sqlite3.connect(path) as db:  # as an isnad made it before claim ids were kept unique
        db.execute("PRAGMA foreign_keys = OFF")
        ddl = db.execute("SELECT sql FROM sqlite_master WHERE name = 'claims'").fetchone()[0]
        db.execute(ddl.replace("CREATE TABLE claims", "CREATE TABLE old_claims")
                   .replace("AUTOINCREMENT", ""))
        db.execute("INSERT INTO old_claims SELECT * FROM claims")
        db.execute("DROP TABLE claims")
        db.execute("ALTER TABLE old_claims RENAME TO claims")
        kept = db.execute("SELECT id, text FROM claims ORDER BY id").fetchall()
        gone = kept[-1][0] + 7  # a claim a reviewer moved a statement into, gone since
        db.execute("INSERT INTO reviews (article_id, sentence, cue, cue_at, action, before, after,"
                   " created_at) VALUES (?, 's', 'said', 0, 'move', ?, ?, '2026-01-01')",
                   (EN_ARTICLE["id"], '{"claim_id": 1}', f'{{"claim_id": {gone}}}'))
    assert kept

    done = isnad("ingest", write_articles(tmp_path / "b", [{**EN_ARTICLE, "id": "port-en-2",
                 "text": "The mayor of Dover said the ferry would sail again on Friday."}]),
                 "--db", path, "--no-progress")
    assert done.returncode == 0, done.stderr

    with sqlite3.connect(path) as db:
        assert db.execute("SELECT id, text FROM claims WHERE id <= ? ORDER BY id",
                          (kept[-1][0],)).fetchall() == kept
        new = [i for (i,) in db.execute("SELECT claim_id FROM statements WHERE article_id = 'port-en-2'")]
        assert new and all(i > gone for i in new)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
