"""Open the store: a SQLite file by default, or a PostgreSQL database named by a URL.

Every way of opening a store that cannot work (a folder that cannot be written,
a file that is not a database, a server that does not answer, a database made
by another version of isnad) raises :class:`StoreError` with one line that a
person can act on, before anything is written.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Column, Connection, Engine, create_engine, event, func, inspect, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.schema import CreateTable

from .schema import SCHEMA_VERSION, claims, meta, metadata, reviews

BUSY_TIMEOUT_MS = 30_000  # how long a writer waits for another one before giving up
CONNECT_TIMEOUT_S = 5
WRITE_LOCK = 0x15_4A_D0  # PostgreSQL advisory lock key that isnad's writers share
_POSTGRES_SCHEMES = ("postgresql", "postgres")
IN_MEMORY = ":memory:"
_IN_MEMORY_MESSAGE = "an in-memory SQLite database keeps nothing once isnad exits: name a file"


class StoreError(Exception):
    """A store that cannot be opened or used; the message is meant for the user as it is."""


@dataclass(frozen=True)
class Store:
    engine: Engine
    where: str  # the file, or the URL without its password: for messages

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A connection inside one transaction that holds the store's write lock.

        Writers take turns, so that two ingests never both create the same
        entity. SQLite cannot upgrade a reading transaction to a writing one
        while another process writes (it fails instead of waiting), so writers
        ask for its lock up front; PostgreSQL gets the same from an advisory lock.
        """
        with self.engine.connect() as conn:
            conn.execution_options(isnad_write=True)
            with conn.begin():
                if not self.is_sqlite:
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
                yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"


def default_location() -> Path:
    """``$ISNAD_DB``'s file when it names one, else isnad.db in the user's data folder."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "isnad" / "isnad.db"


def open_store(url_or_path: str | None = None, *, create: bool = True) -> Store:
    """The store at ``url_or_path`` (a file path, ``sqlite:///...`` or a PostgreSQL URL).

    Without one: ``$ISNAD_DB``, else :func:`default_location`. With ``create``
    (what ``isnad ingest`` does) the tables are made on first use; without it (the
    commands that only read) a store that does not exist yet is refused: a
    mistyped ``--db`` must not show an empty store as if it were the real one.
    A database of another schema version is refused, and so is a SQLite file
    that fails ``PRAGMA quick_check`` (damaged pages): nothing reads or writes it.
    """
    target = url_or_path or os.environ.get("ISNAD_DB") or str(default_location())
    url = _url(target)
    if url.get_backend_name() == "sqlite":
        store = _sqlite_store(url, create)
    else:
        store = _postgres_store(url)
    try:
        _prepare(store, create)
    except DBAPIError as error:
        store.engine.dispose()
        raise StoreError(_database_message(store, error)) from None
    except StoreError:
        store.engine.dispose()
        raise
    return store


# --- where the store is ----------------------------------------------------------

def _url(target: str) -> URL:
    if "://" not in target:
        if target.strip() == IN_MEMORY:
            raise StoreError(_IN_MEMORY_MESSAGE)
        return URL.create("sqlite", database=str(Path(target).expanduser()))
    try:
        url = make_url(target)
        url.port  # noqa: B018 - a port that is not a number fails here, not deep in the driver
    except (ArgumentError, ValueError):
        raise StoreError(f"not a database URL or a file path: {_without_password(target)}") from None
    backend = url.get_backend_name()
    if backend in _POSTGRES_SCHEMES:
        # psycopg (3) is the driver isnad installs; a bare postgresql:// means it too.
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if not url.database or url.database.strip() == IN_MEMORY or \
                url.query.get("mode") == "memory":
            raise StoreError(_IN_MEMORY_MESSAGE)
        return url.set(database=str(Path(url.database).expanduser()))
    raise StoreError(f"unsupported database '{backend}' in {url.render_as_string()}: "
                     "use a file path, sqlite:///PATH or postgresql://...")


def _without_password(target: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", target)


def _sqlite_store(url: URL, create: bool) -> Store:
    path = Path(url.database)
    if not create and not path.exists():
        raise StoreError(f"no store at {path}: check --db (isnad ingest FILES --db {path} "
                         "creates one)")
    _check_writable(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return Store(engine, str(path))


def _check_writable(path: Path) -> None:
    """Refuse a path the store could not be written to, before creating anything."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise StoreError(f"cannot write to {path}: {_why_not_writable(path)}")
        folder = path.parent
    else:
        folder = _nearest_existing(path.parent)
        if not folder.is_dir():
            raise StoreError(f"cannot create {path}: {folder} is not a folder")
    # WAL mode keeps two files beside the database, so its folder must be writable too.
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"cannot write to {path}: folder {folder} is not writable"
                         + (" (read-only file system)" if _on_read_only_fs(folder) else ""))


def _why_not_writable(path: Path) -> str:
    # os.access says no for both; "permission denied" would send the user to chmod in vain.
    return "read-only file system" if _on_read_only_fs(path) else "permission denied"


def _on_read_only_fs(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # The driver's own transaction handling would begin too late (at the first
    # write); isnad begins transactions itself in _sqlite_begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("isnad_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def _postgres_store(url: URL) -> Store:
    try:
        engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
                               pool_pre_ping=True)
    except NoSuchModuleError:
        raise StoreError(f"no driver for {url.drivername}") from None
    return Store(engine, url.render_as_string(hide_password=True))


# --- the tables ------------------------------------------------------------------

def _prepare(store: Store, create: bool) -> None:
    """Create the tables of a new store; refuse one that is not an isnad store of this version,
    and a damaged one."""
    with store.reading() as conn:
        version = _schema_version(store, conn)
        complete = version is not None and set(metadata.tables) <= set(
            inspect(conn).get_table_names())
        if version is None and not create:
            raise StoreError(f"{store.where} holds no isnad store: check --db "
                             f"(isnad ingest FILES --db {store.where} creates one)")
        if version is not None and store.is_sqlite:
            _check_pages(store, conn)
        # Both may be due at once: a new table and a new column of an old one.
        missing = _missing_columns(conn) if version is not None else []
    if store.is_sqlite:
        _use_wal(store.engine)
    with store.reading() as conn:
        reused_ids = version is not None and store.is_sqlite and _claim_ids_reused(conn)
    if complete and not missing and not reused_ids:
        # Nothing to create: a reader (claims, the explorer) must not queue for the
        # write lock behind an ingest's batch (and fail after the busy timeout).
        return
    with store.transaction() as conn:
        metadata.create_all(conn)
        if version is None:
            conn.execute(meta.insert().values(key="schema_version", value=SCHEMA_VERSION))
        for table, column in missing:
            # Columns added since a store was made are nullable: old rows read as "not known".
            kind = column.type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f'ALTER TABLE {table} ADD COLUMN {column.name} {kind}')
    if reused_ids:
        _never_reuse_claim_ids(store)


def _claim_ids_reused(conn: Connection) -> bool:
    """Whether an SQLite store made before claim ids were kept unique gives a gone claim's id
    to the next new one (its claims table lacks AUTOINCREMENT)."""
    ddl = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'claims'").scalar()
    return ddl is not None and "AUTOINCREMENT" not in ddl.upper()


def _never_reuse_claim_ids(store: Store) -> None:
    """Rebuild an old store's claims table with AUTOINCREMENT (SQLite cannot alter a key), and
    start its counter above every claim id a review names, so that a review's target claim,
    even one gone since, never answers for a new claim."""
    names = ", ".join(c.name for c in claims.columns)
    ddl = str(CreateTable(claims).compile(dialect=store.engine.dialect)).replace(
        "CREATE TABLE claims", "CREATE TABLE claims_rebuilt", 1)
    with store.reading() as conn:
        named = [json.loads(side).get("claim_id") for row in conn.execute(
            select(reviews.c.before, reviews.c.after)) for side in row]
    db = store.engine.raw_connection()
    try:
        cursor = db.cursor()
        # Statements and disputes point at claims: SQLite's own way to rebuild a table they
        # point at is with the checks off, then one check of the whole store before commit.
        cursor.execute("PRAGMA foreign_keys = OFF")
        cursor.execute("BEGIN IMMEDIATE")
        cursor.execute(ddl)
        cursor.execute(f"INSERT INTO claims_rebuilt ({names}) SELECT {names} FROM claims")
        cursor.execute("DROP TABLE claims")
        cursor.execute("ALTER TABLE claims_rebuilt RENAME TO claims")
        highest = max([i for i in named if isinstance(i, int)]
                      + [cursor.execute("SELECT max(id) FROM claims").fetchone()[0] or 0])
        cursor.execute("DELETE FROM sqlite_sequence WHERE name = 'claims'")
        cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('claims', ?)", (highest,))
        if cursor.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise StoreError(_damaged(store.where, "a statement points at a claim it lacks"))
        cursor.execute("COMMIT")
    except BaseException:
        if db.driver_connection.in_transaction:
            cursor.execute("ROLLBACK")
        raise
    finally:
        cursor.execute("PRAGMA foreign_keys = ON")
        db.close()


def _missing_columns(conn: Connection) -> list[tuple[str, Column]]:
    """The nullable columns this isnad added to tables that an older store already has."""
    out = []
    existing = set(inspect(conn).get_table_names())
    for table in metadata.sorted_tables:
        if table.name not in existing:
            continue  # a table new to this store: create_all makes it whole
        present = {c["name"] for c in inspect(conn).get_columns(table.name)}
        out += [(table.name, c) for c in table.columns if c.name not in present and c.nullable]
    return out


def _schema_version(store: Store, conn: Connection) -> str | None:
    """The store's schema version (None for an empty database), checked before anything is written."""
    existing = set(inspect(conn).get_table_names())
    if not existing:
        return None
    if meta.name not in existing:
        raise StoreError(f"{store.where} is not an isnad database "
                         f"(it holds other tables: {', '.join(sorted(existing)[:5])})")
    version = conn.scalar(select(meta.c.value).where(meta.c.key == "schema_version"))
    if version != SCHEMA_VERSION:
        raise StoreError(f"{store.where} has schema version {version}; this isnad reads "
                         f"version {SCHEMA_VERSION}: use a new store or the matching isnad")
    return version


def _check_pages(store: Store, conn: Connection) -> None:
    """Refuse a SQLite file whose pages are damaged (flipped bytes, a page zeroed).

    ``PRAGMA quick_check`` reads every page and checks its structure (not the
    indexes against their tables, which the full integrity_check does at many
    times the cost): 13 to 22 ms on a store of 3,000 articles (15,032 statements,
    12 MB), on opening only.
    Without it a damaged store answers some pages and fails on others.
    """
    problems = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise StoreError(_damaged(store.where, "; ".join(problems)))


def _damaged(where: str, detail: str) -> str:
    return (f"{where} is damaged ({' '.join(detail.split())[:200]}): restore it from a backup, "
            f"or rescue what is left with: sqlite3 {where} .recover | sqlite3 recovered.db")


def _use_wal(engine: Engine) -> None:
    # Readers (the explorer) never block the writer (an ingest), nor the reverse. The
    # mode is stored in the file, and can only be set outside a transaction.
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()


def unusable(store: Store, error: DBAPIError) -> str:
    """One line on why the store failed a query after it was opened (damaged, unreachable)."""
    if store.is_sqlite:
        return _database_message(store, error)
    return f"{store.where}: {' '.join(str(error.orig).split())[:300]}"


def _database_message(store: Store, error: DBAPIError) -> str:
    detail = " ".join(str(error.orig).split())
    if store.is_sqlite:
        if "malformed" in detail or "could not decode" in detail.lower():
            return _damaged(store.where, detail)
        if "file is not a database" in detail:
            return f"{store.where} is not an isnad database ({detail})"
        if "unable to open" in detail or "readonly" in detail:
            return f"cannot write to {store.where}: {detail}"
        return f"{store.where}: {detail}"
    url = store.engine.url
    detail = detail.replace(url.password, "***") if url.password else detail
    return f"cannot reach PostgreSQL at {url.host or 'localhost'}:{url.port or 5432}: {detail}"

