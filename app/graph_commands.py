"""``isnad claims``, ``isnad sources`` and ``isnad export``: what the graph says, in the terminal or a file.

The graph modules are imported inside the commands, so that ``isnad --help``
does not wait for them.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TextIO

from .cli import (EXIT_FAILED, argument, command, display_width, fit, one_line, report_error,
                  table_width)
from .store_commands import DB_HELP, KINDS

from isnad.graph.status import STATUSES

FORMAT_HELP = ("table: for reading; json: one JSON document per line "
               "(default: table on a terminal, json otherwise)")


class _CannotWrite(Exception):
    """An output file that cannot be written; the message is meant for the user as it is."""


def _run(work: Callable[[argparse.Namespace], None], args: argparse.Namespace) -> int:
    """Run ``work``; a store that cannot be opened or a file that cannot be written is one line."""
    from isnad.graph.store import StoreError

    try:
        work(args)
    except (StoreError, _CannotWrite) as error:
        report_error(str(error))
        return EXIT_FAILED
    return 0


def _format(args: argparse.Namespace) -> str:
    return args.format or ("table" if sys.stdout.isatty() else "json")


# --- isnad claims ------------------------------------------------------------------------

@command(
    "claims", "list claims with their status and origins (single-source, anonymous-only, ...)",
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
    argument("--status", choices=STATUSES, help="only claims with this status"),
    argument("--source", metavar="NAME", help="only claims a source whose name contains NAME made"),
    argument("--outlet", metavar="NAME",
             help="only claims carried by a publisher or outlet whose name contains NAME"),
    argument("--lang", choices=("ar", "en"), help="only claims reported in articles in this language"),
    argument("--format", choices=("table", "json"), help=FORMAT_HELP),
)
def claims_command(args: argparse.Namespace) -> int:
    return _run(_list_claims, args)


def _list_claims(args: argparse.Namespace) -> None:
    from isnad.graph.build import Filters
    from isnad.graph.cluster import unclaimed
    from isnad.graph.store import open_store

    store = open_store(args.db, create=False)
    filters = Filters(lang=args.lang, source=args.source, outlet=args.outlet, status=args.status)
    try:
        with store.reading() as conn:
            docs = claim_docs(conn, filters)
            waiting = unclaimed(conn)
    finally:
        store.engine.dispose()
    if waiting:
        sys.stderr.write(f"isnad: {waiting} statement{'' if waiting == 1 else 's'} not yet in a "
                         "claim (ingested with --defer-claims): run isnad cluster\n")
    if _format(args) == "json":
        for doc in docs:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    else:
        _write_table(("ID", "STATUS", "ORIGINS", "CLAIM"), [_claim_row(doc) for doc in docs],
                     sys.stdout, "(no claims)")


def claim_docs(conn, filters) -> list[dict]:
    """One document per claim that has a statement passing ``filters``, with all its statements."""
    from sqlalchemy import select

    from isnad.graph.analyse import appearances
    from isnad.graph.build import build
    from isnad.graph.claims import disputes_of
    from isnad.graph.origins import load_parties
    from isnad.graph.schema import claims, statements

    graph = build(conn, filters)
    ids = sorted(int(node.split(":")[1]) for node, kind in graph.nodes(data="type")
                 if kind == "claim")
    docs = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = conn.execute(select(statements.c.id, statements.c.claim_id, statements.c.article_id,
                                   statements.c.entity_id, statements.c.claim_text,
                                   statements.c.cue_text, statements.c.direct, statements.c.confidence,
                                   statements.c.review)
                            .where(statements.c.claim_id.in_(chunk)).order_by(statements.c.id)).all()
        parties, current = load_parties(conn, {row.entity_id for row in rows})
        said: dict[int, list[dict]] = {}
        for row in rows:
            source = parties[current[row.entity_id]]
            said.setdefault(row.claim_id, []).append(
                {"id": row.id, "article": row.article_id, "source": source.name,
                 "kind": source.kind, "cue": row.cue_text, "direct": bool(row.direct),
                 "text": row.claim_text,
                 "confidence": None if row.confidence is None else round(row.confidence, 3),
                 "review": row.review or "unreviewed"})
        for claim in conn.execute(select(claims).where(claims.c.id.in_(chunk)).order_by(claims.c.id)):
            reason = json.loads(claim.reason or "{}")
            docs.append({"id": claim.id, "text": claim.text, "lang": claim.lang,
                         "status": claim.status, "rule": reason.get("rule"),
                         "would_change": reason.get("would_change"),
                         "voices": reason.get("voices", []),
                         "ties": reason.get("ties", []),
                         "possibly_same": reason.get("possibly_same", []),
                         "origins": [{"name": o["name"], "kind": o["kind"]}
                                     for o in reason.get("origins", [])],
                         "statements": said.get(claim.id, []),
                         "outlets": reason.get("outlets", []),
                         "articles": reason.get("articles", []),
                         "first_appearance": next(iter(appearances(graph, f"claim:{claim.id}")), None),
                         **disputes_of(conn, claim.id)})
    return docs


def _claim_row(doc: dict) -> tuple[str, ...]:
    origins = "; ".join(f"{o['name']} ({o['kind']})" for o in doc["origins"])
    return str(doc["id"]), doc["status"] or "-", one_line(origins), one_line(doc["text"])


# --- isnad sources -------------------------------------------------------------------------

@command(
    "sources", "rank sources: how often cited, how often alone behind a claim, how much relayed",
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
    argument("--kind", choices=KINDS, help="only sources of this kind"),
    argument("--top", type=int, default=50, metavar="N", help="at most N sources (default 50)"),
    argument("--format", choices=("table", "json"), help=FORMAT_HELP),
)
def sources_command(args: argparse.Namespace) -> int:
    return _run(_list_sources, args)


def _list_sources(args: argparse.Namespace) -> None:
    from isnad.graph.build import build
    from isnad.graph.store import open_store

    store = open_store(args.db, create=False)
    try:
        graph = build(store)
    finally:
        store.engine.dispose()
    docs = [doc for doc in source_docs(graph) if args.kind in (None, doc["kind"])][: args.top]
    if _format(args) == "json":
        for doc in docs:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    else:
        rows = [(str(doc["id"]), doc["kind"], str(doc["statements"]), str(doc["claims"]),
                 f"{doc['single_source_share']:.0%}", str(doc["relayed"]), one_line(doc["name"]))
                for doc in docs]
        _write_table(("ID", "KIND", "CITED", "CLAIMS", "ALONE", "RELAYED", "NAME"), rows,
                     sys.stdout, "(no sources)")


def source_docs(graph) -> list[dict]:
    """Every source and medium of ``graph``, most cited first."""
    from isnad.graph import analyse

    everyone = graph.number_of_nodes()
    cited = dict(analyse.most_cited_sources(graph, top=everyone))
    relayed = dict(analyse.relaying_outlets(graph, top=everyone))
    alone = {node: (share, claims) for node, share, claims
             in analyse.single_source_shares(graph, top=everyone)}
    docs = []
    for node, data in graph.nodes(data=True):
        if data.get("type") != "entity":
            continue
        share, claims = alone.get(node, (0.0, 0))
        docs.append({"id": int(node.split(":")[1]), "name": data["name"], "kind": data["kind"],
                     "statements": cited.get(node, 0), "claims": claims,
                     "single_source_share": round(share, 3), "relayed": relayed.get(node, 0)})
    docs.sort(key=lambda doc: (-doc["statements"], -doc["relayed"], doc["id"]))
    return docs


# --- isnad export --------------------------------------------------------------------------

@command(
    "export", "write the claim–source graph for Gephi and other tools, or as CSV tables",
    argument("--format", required=True, choices=("gexf", "graphml", "json", "csv", "claimreview"),
             help="gexf or graphml (Gephi, Cytoscape, yEd), json (node-link), "
                  "csv (a folder with claims.csv and statements.csv), "
                  "claimreview (schema.org ClaimReview JSON-LD, one a claim)"),
    argument("-o", "--output", required=True, metavar="PATH",
             help="the file to write (a folder for csv)"),
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
)
def export_command(args: argparse.Namespace) -> int:
    return _run(_export, args)


def _export(args: argparse.Namespace) -> None:
    from isnad.graph import export
    from isnad.graph.build import build
    from isnad.graph.store import open_store

    store = open_store(args.db, create=False)
    try:
        graph = build(store)
    finally:
        store.engine.dispose()
    try:
        written = export.write(graph, args.format, args.output)
    except OSError as error:
        raise _CannotWrite(f"cannot write {args.output}: {error.strerror or error}") from None
    print(f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges to "
          + ", ".join(str(path) for path in written))


# --- tables ----------------------------------------------------------------------------------

def _write_table(headings: tuple[str, ...], rows: list[tuple[str, ...]], out: TextIO,
                 empty: str) -> None:
    """Columns as wide as they need, the last one taking what the terminal has left."""
    if not rows:
        out.write(empty + "\n")
        return
    width = max(40, table_width(out, [headings, *rows]))
    widths = [max(display_width(row[column]) for row in (headings, *rows))
              for column in range(len(headings) - 1)]
    widths = [min(w, width // 3) for w in widths]
    widths.append(max(10, width - sum(widths) - 2 * (len(headings) - 1)))
    for row in (headings, *rows):
        out.write("  ".join(fit(cell, w) for cell, w in zip(row, widths)).rstrip() + "\n")

