"""``isnad ingest`` and ``isnad entities``: the commands that fill and fix the store.

The store and the NLP are imported inside the commands, so that ``isnad
--help`` and the other commands do not wait for them.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from tqdm import tqdm

from .cli import (EXIT_FAILED, argument, command, display_width, fit, one_line, report_error,
                  report_warning, table_width)

EXIT_USAGE = 2  # what argparse exits with on a bad command line
KINDS = ("person", "organization", "media", "anonymous", "unspecified")
DB_HELP = ("the store: a SQLite file or a postgresql://USER@HOST/DB URL "
           "(default: $ISNAD_DB, else isnad.db in $XDG_DATA_HOME/isnad or ~/.local/share/isnad)")


class _Failed(Exception):
    """A store, gazetteer or entity error, already worded for the user."""


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn the store's and the resolver's own errors into one line each."""
    from isnad.graph.entities import EntityError
    from isnad.graph.store import StoreError
    from isnad.graph.workers import EngineError
    from isnad.nlp.scorer import ModelError

    try:
        yield
    except (StoreError, EntityError, EngineError, ModelError) as error:
        raise _Failed(str(error)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


# --- isnad ingest -----------------------------------------------------------------

@command(
    "ingest", "extract articles and store their attributions, entities and citations",
    argument("paths", nargs="+", metavar="FILES_OR_FOLDERS",
             help="articles: .txt, .html, .json or .jsonl files, or folders of them"),
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
    argument("--batch-size", type=_positive, default=200, metavar="N",
             help="articles written per transaction (default 200)"),
    argument("--workers", type=_positive, metavar="N",
             help="extract in N processes while this one writes the store (default 1; "
                  "at most the number of cores helps); with --engine dask and no "
                  "--scheduler, the size of the cluster started for the run"),
    argument("--engine", choices=("local", "dask"), default="local",
             help="where extraction runs: local, processes on this machine (default); "
                  "dask, a Dask cluster (pip install 'isnad[dask]')"),
    argument("--scheduler", metavar="ADDRESS",
             help="with --engine dask: the cluster's scheduler, tcp://HOST:8786 (default: "
                  "a cluster of --workers processes on this machine, for this run)"),
    argument("--defer-claims", action="store_true",
             help="store statements without clustering them into claims, for a large "
                  "archive: run isnad cluster afterwards"),
    argument("--no-progress", action="store_true", help="no progress bar on stderr"),
)
def ingest_command(args: argparse.Namespace) -> int:
    if usage := _engine_usage(args):
        report_error(f"usage: {usage}")
        return EXIT_USAGE
    try:
        with _user_errors():
            summary = _ingest(args)
    except _Failed as error:
        report_error(str(error))
        return EXIT_FAILED
    print(_summary_line(summary))
    if args.defer_claims and summary.statements:
        print("claims deferred: run isnad cluster to cluster the new statements")
    return EXIT_FAILED if summary.errors else 0


def _engine_usage(args: argparse.Namespace) -> str | None:
    """What is wrong with the engine options, if anything."""
    if args.scheduler and args.engine != "dask":
        return "--scheduler needs --engine dask"
    if args.scheduler and args.workers:
        return "--workers sizes a cluster started here; the one at --scheduler has its own workers"
    return None


def _engine(args: argparse.Namespace):
    from isnad.graph.workers import Dask, Local

    if args.engine == "dask":
        return Dask(args.scheduler, args.workers or 1)
    return Local(args.workers or 1)


def _ingest(args: argparse.Namespace):
    from isnad.graph.ingest import ingest
    from isnad.graph.store import open_store
    from isnad.nlp.scorer import current

    current()  # a model that cannot be used stops the run before anything is read or stored
    store = open_store(args.db)
    show_progress = sys.stderr.isatty() and not args.no_progress
    try:
        with tqdm(desc="ingesting", unit=" articles", file=sys.stderr, dynamic_ncols=True,
                  disable=not show_progress) as bar:
            return ingest(store, args.paths, batch_size=args.batch_size, progress=bar.update,
                          on_error=report_error, on_warning=report_warning, engine=_engine(args),
                          defer_claims=args.defer_claims)
    finally:
        store.engine.dispose()


def _summary_line(summary) -> str:
    parts = [f"ingested {_count(summary.articles, 'article')} ({summary.skipped} unchanged)",
             _count(summary.statements, "statement"),
             f"{summary.new_entities} new {'entity' if summary.new_entities == 1 else 'entities'}",
             f"{summary.new_claims} new {'claim' if summary.new_claims == 1 else 'claims'}",
             *(f"{value} {name.replace('_', ' ')}" for name, value in summary.other.items()),
             _count(summary.errors, "error")]
    return ", ".join(parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


# --- isnad cluster ------------------------------------------------------------------

# Its own command rather than an option of `isnad claims`: that one only reads
# (it never waits for an ingest's write lock) and its filters and formats mean
# nothing here; this one writes, and takes as long as an archive needs.
@command(
    "cluster", "cluster the statements an ingest --defer-claims left without a claim",
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
    argument("--batch-size", type=_positive, default=2000, metavar="N",
             help="statements clustered per transaction (default 2000)"),
    argument("--workers", type=_positive, default=1, metavar="N",
             help="encode the next batches' wordings in N processes while this one clusters "
                  "(default 1: all in this process)"),
    argument("--no-progress", action="store_true", help="no progress bar on stderr"),
)
def cluster_command(args: argparse.Namespace) -> int:
    try:
        with _user_errors():
            done = _cluster(args)
    except _Failed as error:
        report_error(str(error))
        return EXIT_FAILED
    print(f"clustered {_count(done.statements, 'statement')}, "
          f"{done.new_claims} new {'claim' if done.new_claims == 1 else 'claims'}")
    return 0


def _cluster(args: argparse.Namespace):
    from isnad.graph.cluster import cluster, unclaimed
    from isnad.graph.store import open_store

    store = open_store(args.db, create=False)
    show_progress = sys.stderr.isatty() and not args.no_progress
    try:
        with store.reading() as conn:
            waiting = unclaimed(conn)
        with tqdm(desc="clustering", total=waiting, unit=" statements", file=sys.stderr,
                  dynamic_ncols=True, disable=not show_progress) as bar:
            return cluster(store, batch_size=args.batch_size, progress=bar.update,
                           workers=args.workers)
    finally:
        store.engine.dispose()


# --- isnad entities ---------------------------------------------------------------

@command(
    "entities", "list the store's entities with their aliases, or merge and split them",
    argument("action", nargs="*", metavar="merge ID INTO_ID | split ID",
             help="merge ID INTO_ID: ID counts as INTO_ID from now on; split ID: undo that "
                  "(without these: list entities)"),
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
    argument("--kind", choices=KINDS, help="only entities of this kind"),
    argument("--search", metavar="TEXT",
             help="only entities with a name or alias containing TEXT (spelling-insensitive)"),
    argument("--format", choices=("table", "json"),
             help="table: for reading; json: one JSON document per entity and line "
                  "(default: table on a terminal, json otherwise)"),
)
def entities_command(args: argparse.Namespace) -> int:
    try:
        run = _action(args.action)
    except _Failed as error:
        report_error(f"usage: {error}")
        return EXIT_USAGE
    try:
        with _user_errors():
            run(args)
    except _Failed as error:
        report_error(str(error))
        return EXIT_FAILED
    return 0


def _action(words: list[str]):
    if not words:
        return _list_entities
    verb, *ids = words
    expected = {"merge": 2, "split": 1}
    if verb not in expected:
        raise _Failed(f"unknown action {verb!r}: expected merge ID INTO_ID or split ID")
    if len(ids) != expected[verb] or not all(i.isdigit() for i in ids):
        raise _Failed("expected isnad entities merge ID INTO_ID" if verb == "merge"
                      else "expected isnad entities split ID")
    numbers = [int(i) for i in ids]
    return lambda args: (_merge if verb == "merge" else _split)(args, *numbers)


def _merge(args: argparse.Namespace, entity_id: int, into_id: int) -> None:
    from isnad.graph import entities as resolution
    from isnad.graph.store import open_store

    from isnad.graph import status

    store = open_store(args.db, create=False)
    with store.transaction() as conn:
        resolution.merge(conn, entity_id, into_id, rule="user")
        status.refresh_entities(conn, [entity_id, into_id])  # one source fewer may change a status
        names = _names(conn, [entity_id, into_id])
    print(f"merged {entity_id} ({names[entity_id]}) into {into_id} ({names[into_id]})")


def _split(args: argparse.Namespace, entity_id: int) -> None:
    from isnad.graph import entities as resolution
    from isnad.graph.store import open_store

    from isnad.graph import status

    store = open_store(args.db, create=False)
    with store.transaction() as conn:
        into_id = resolution.split(conn, entity_id)
        status.refresh_entities(conn, [entity_id, into_id])
        names = _names(conn, [entity_id, into_id])
    print(f"split {entity_id} ({names[entity_id]}) from {into_id} ({names[into_id]})")


def _names(conn, ids: list[int]) -> dict[int, str]:
    from sqlalchemy import select

    from isnad.graph.schema import entities

    return dict(conn.execute(select(entities.c.id, entities.c.name)
                             .where(entities.c.id.in_(ids))).all())


def _list_entities(args: argparse.Namespace) -> None:
    from isnad.graph.store import open_store

    store = open_store(args.db, create=False)
    with store.reading() as conn:
        docs = _entity_docs(conn, args.kind, args.search)
    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        for doc in docs:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    else:
        _write_entity_table(docs, sys.stdout)


def _entity_docs(conn, kind: str | None, search: str | None) -> list[dict]:
    from sqlalchemy import select

    from isnad.graph.entities import key, name_lang
    from isnad.graph.schema import aliases, entities, merges

    chosen = select(entities.c.id)
    if kind:
        chosen = chosen.where(entities.c.kind == kind)
    if search:
        pattern = "%" + _like_escaped(key(search, name_lang(search))) + "%"
        chosen = chosen.where(entities.c.id.in_(
            select(aliases.c.entity_id).where(aliases.c.key.like(pattern, escape="\\"))
            .union(select(entities.c.id).where(entities.c.key.like(pattern, escape="\\")))))
    found = {row.id: row for row in conn.execute(
        select(entities).where(entities.c.id.in_(chosen)).order_by(entities.c.id))}
    names = {row.id: row.name for row in found.values()}
    known_aliases = defaultdict(list)
    for row in conn.execute(select(aliases).where(aliases.c.entity_id.in_(chosen))
                            .order_by(aliases.c.id)):
        known_aliases[row.entity_id].append({"alias": row.alias, "rule": row.rule,
                                             "article_id": row.article_id})
    merged = {row.entity_id: {"rule": row.rule, "detail": row.detail}
              for row in conn.execute(select(merges).where(merges.c.undone_at.is_(None),
                                                           merges.c.entity_id.in_(chosen)))}
    missing = {row.affiliation_id for row in found.values()
               if row.affiliation_id is not None} - set(names)
    if missing:
        names.update(_names(conn, sorted(missing)))
    return [{"id": row.id, "name": row.name, "kind": row.kind, "role": row.role,
             "affiliation_id": row.affiliation_id,
             "affiliation": names.get(row.affiliation_id) if row.affiliation_id else None,
             "merged_into": row.merged_into,
             "merge": merged.get(row.id) if row.merged_into is not None else None,
             "aliases": known_aliases[row.id]}
            for row in found.values()]


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


HEADINGS = ("ID", "KIND", "NAME", "ALIASES (RULE)")


def _write_entity_table(docs: list[dict], out: TextIO) -> None:
    if not docs:
        out.write("(no entities)\n")
        return
    rows = [HEADINGS, *(_entity_row(doc) for doc in docs)]
    width = max(40, table_width(out, rows))
    widths = [max(display_width(row[column]) for row in rows) for column in range(3)]
    widths[2] = min(widths[2], width // 3)
    widths.append(max(10, width - sum(widths) - 2 * 3))
    for row in rows:
        out.write("  ".join(fit(cell, cell_width) for cell, cell_width in zip(row, widths))
                  .rstrip() + "\n")


def _entity_row(doc: dict) -> tuple[str, str, str, str]:
    name = doc["name"]
    if doc["affiliation"]:
        name += f" ({doc['role'] or 'of'} {doc['affiliation']})" if doc["role"] \
            else f" (of {doc['affiliation']})"
    notes = [f"{a['alias']} ({a['rule']})" for a in doc["aliases"]]
    if doc["merged_into"] is not None:
        rule = doc["merge"]["rule"] if doc["merge"] else "?"
        notes.insert(0, f"→ merged into {doc['merged_into']} ({rule})")
    return str(doc["id"]), doc["kind"], one_line(name), one_line("; ".join(notes))

