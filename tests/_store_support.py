"""What the store, entity and ingest tests share: a store on each database, articles, the CLI.

PostgreSQL runs when ``ISNAD_TEST_PG`` names a server (``.ci/run`` starts one
and sets it): each test gets a database of its own, dropped afterwards.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from isnad.graph import schema
from isnad.graph.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "isnad.app.cli"]
PG_URL = os.environ.get("ISNAD_TEST_PG")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="ISNAD_TEST_PG is not set (.ci/run starts PostgreSQL and sets it)"))]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a fresh store lives: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "isnad.db")
        return
    server = make_url(PG_URL)
    name = f"isnad_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.engine.dispose()


# What two stores filled from the same articles must share: entities and claims by
# name, not id; statements and citations with their ids, since the writer stores
# batches in input order whichever worker was quicker.
_BY_NAME = {
    "articles": "SELECT id, lang, content_hash FROM articles",
    "statements": "SELECT s.id, s.article_id, s.seq, s.claim_text, e.name, o.name, c.text, c.status"
                  " FROM statements s JOIN entities e ON e.id = s.entity_id"
                  " LEFT JOIN entities o ON o.id = s.outlet_id"
                  " LEFT JOIN claims c ON c.id = s.claim_id",
    "entities": "SELECT name, kind, role, merged_into IS NULL FROM entities",
    "claims": "SELECT text, lang, status FROM claims",
    "citations": "SELECT article_id, statement_id, citing_id, cited_id FROM citations",
}


def store_by_name(db: Path | str) -> dict[str, list[tuple]]:
    """Each table's rows as in :data:`_BY_NAME`, sorted, from a SQLite file or a database URL."""
    url = str(db) if "://" in str(db) else f"sqlite:///{db}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            # PostgreSQL answers IS NULL with a bool, SQLite with 0 or 1.
            return {table: sorted((tuple(int(v) if isinstance(v, bool) else v for v in row)
                                   for row in conn.exec_driver_sql(sql)), key=repr)
                    for table, sql in _BY_NAME.items()}
    finally:
        engine.dispose()


def write_articles(folder: Path, articles: list[dict]) -> Path:
    """Each article as a .json file in ``folder``; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / f"{article['id']}.json").write_text(json.dumps(article, ensure_ascii=False),
                                                      encoding="utf-8")
    return folder


def count(store: Store, table) -> int:
    with store.reading() as conn:
        return conn.scalar(select(func.count()).select_from(table))


def counts(store: Store) -> dict[str, int]:
    return {name: count(store, table) for name, table in schema.metadata.tables.items()}


def isnad(*args: str | Path, env: dict[str, str] | None = None
          ) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*CLI, *map(str, args)], capture_output=True, cwd=REPO,
                          env={**os.environ, **(env or {})}, timeout=300)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8", "replace"))
