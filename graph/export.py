"""The graph written out: GEXF and GraphML (Gephi, Cytoscape, yEd), node-link JSON, CSV.

GEXF and GraphML come from networkx's own writers and read back with
``nx.read_gexf`` / ``nx.read_graphml`` to the same nodes, edges and attributes
(every attribute is a plain str, int, float or bool: see :mod:`.build`).
CSV is two tables for spreadsheets: one row a claim, one row a statement.
ClaimReview is schema.org JSON-LD, one review a claim (:mod:`.claimreview`).
A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula (``=HYPERLINK(...)`` in an article id, ``+2+3`` in a claim), and
tab or carriage return can hide one: such a text cell gets a leading ``'``,
as OWASP's guidance on CSV injection says, and is shown as text.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from .claimreview import claim_reviews

FORMATS = ("gexf", "graphml", "json", "csv", "claimreview")
CLAIM_COLUMNS = ("claim", "text", "lang", "status", "statements", "sources", "articles")
STATEMENT_COLUMNS = ("statement", "claim", "claim_text", "source", "source_kind", "article",
                     "article_lang", "claim_start", "claim_end", "cue", "direct", "outlet", "confidence")


def write(graph: nx.MultiDiGraph, fmt: str, path: str | Path) -> list[Path]:
    """Write ``graph`` as ``fmt`` at ``path`` (a folder for csv); the files written."""
    path = Path(path)
    if fmt == "gexf":
        nx.write_gexf(graph, path)
    elif fmt == "graphml":
        nx.write_graphml(graph, path)
    elif fmt == "json":
        path.write_text(json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False,
                                   indent=1), encoding="utf-8")
    elif fmt == "csv":
        return write_csv(graph, path)
    elif fmt == "claimreview":
        path.write_text(json.dumps(claim_reviews(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return [path]


def write_csv(graph: nx.MultiDiGraph, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    claims_path, statements_path = folder / "claims.csv", folder / "statements.csv"
    _write_rows(claims_path, CLAIM_COLUMNS, claim_rows(graph))
    _write_rows(statements_path, STATEMENT_COLUMNS, statement_rows(graph))
    return [claims_path, statements_path]


def claim_rows(graph: nx.MultiDiGraph) -> list[dict]:
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("type") != "claim":
            continue
        said = [(source, edge) for source, _, edge in graph.in_edges(node, data=True)
                if edge.get("relation") == "said"]
        rows.append({"claim": _id(node), "text": data["text"], "lang": data["lang"],
                     "status": data["status"], "statements": len(said),
                     "sources": "; ".join(dict.fromkeys(graph.nodes[s]["name"] for s, _ in said)),
                     "articles": "; ".join(dict.fromkeys(edge["article"] for _, edge in said))})
    return rows


def statement_rows(graph: nx.MultiDiGraph) -> list[dict]:
    rows = []
    for source, claim, data in graph.edges(data=True):
        if data.get("relation") != "said":
            continue
        article = graph.nodes[f"article:{data['article']}"]
        outlet = f"entity:{data['outlet']}"
        rows.append({"statement": data["statement"], "claim": _id(claim),
                     "claim_text": graph.nodes[claim]["text"],
                     "source": graph.nodes[source]["name"], "source_kind": graph.nodes[source]["kind"],
                     "article": data["article"], "article_lang": article["lang"],
                     "claim_start": data["claim_start"], "claim_end": data["claim_end"], "cue": data["cue"],
                     "direct": data["direct"],
                     "outlet": graph.nodes[outlet]["name"] if outlet in graph else "",
                     "confidence": data.get("confidence", "")})
    rows.sort(key=lambda row: row["statement"])
    return rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _write_rows(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    # utf-8-sig: spreadsheet programs read Arabic right only when the file says it is UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        writer.writerows({name: inert(value) for name, value in row.items()} for row in rows)


def inert(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, made plain text; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _id(node: str) -> int:
    return int(node.split(":", 1)[1])
