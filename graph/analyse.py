"""Questions asked of a graph made by :func:`isnad.graph.build.build`, as plain functions.

Like networkx's own algorithms they take the graph and return plain values:
lists of ``(node, number)`` pairs, best first, or a subgraph.
"""
from __future__ import annotations

from collections import Counter

import networkx as nx

from .status import SINGLE_SOURCE


def most_cited_sources(graph: nx.MultiDiGraph, top: int = 10) -> list[tuple[str, int]]:
    """Sources by the number of statements that credit them."""
    counts = Counter(source for source, _, kind in graph.edges(data="relation") if kind == "said")
    return _ranked(counts, top)


def relaying_outlets(graph: nx.MultiDiGraph, top: int = 10) -> list[tuple[str, int]]:
    """Media by how many statements they pass on from other media.

    A statement counts for the medium that published its article when its
    source is another medium, and for a medium that cites another for it; each
    statement once per medium.
    """
    publisher = {article: medium for medium, article, kind in graph.edges(data="relation")
                 if kind == "published"}
    passed_on: set[tuple[str, object]] = set()
    for source, target, key, data in graph.edges(keys=True, data=True):
        kind = data.get("relation")
        if kind == "said" and graph.nodes[source].get("kind") == "media":
            medium = publisher.get(f"article:{data['article']}")
            if medium is not None and medium != source:
                passed_on.add((medium, data["statement"]))
        elif kind == "cites" and source.startswith("entity:") and source != target:
            passed_on.add((source, data.get("statement") or key))
    return _ranked(Counter(medium for medium, _ in passed_on), top)


def single_source_shares(graph: nx.MultiDiGraph, top: int = 10,
                         at_least: int = 1) -> list[tuple[str, float, int]]:
    """Sources by the share of their claims that rest on one source: ``(node, share, claims)``.

    Sources with fewer than ``at_least`` claims are left out; ties go to the source
    with more claims.
    """
    said: dict[str, set[str]] = {}
    for source, claim, kind in graph.edges(data="relation"):
        if kind == "said":
            said.setdefault(source, set()).add(claim)
    rows = []
    for source, claims in said.items():
        if len(claims) >= at_least:
            single = sum(graph.nodes[claim].get("status") == SINGLE_SOURCE for claim in claims)
            rows.append((source, single / len(claims), len(claims)))
    rows.sort(key=lambda row: (-row[1], -row[2], row[0]))
    return rows[:top]


def ego(graph: nx.MultiDiGraph, node: str, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within ``depth`` steps of ``node``, edges in either direction, as a subgraph."""
    around = nx.ego_graph(graph.to_undirected(as_view=True), node, radius=depth)
    return graph.subgraph(around.nodes).copy()


def _ranked(counts: Counter[str], top: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]


def appearances(graph: nx.MultiDiGraph, claim: str) -> list[dict]:
    """The articles that report ``claim`` (a claim node), earliest first: dated articles by date,
    undated ones after them, each with the first statement of the claim there."""
    first: dict[str, int] = {}
    for _, _, edge in graph.in_edges(claim, data=True):
        if edge.get("relation") == "said":
            article = edge["article"]
            first[article] = min(first.get(article, edge["statement"]), edge["statement"])
    found = []
    for article, statement in first.items():
        node = graph.nodes[f"article:{article}"]
        found.append({"article": article, "title": node.get("title") or None, "url": node.get("url") or None,
                      "date": node.get("date") or None, "outlet": node.get("outlet") or None,
                      "statement": statement})
    return sorted(found, key=lambda a: (a["date"] is None, a["date"] or "", a["statement"]))
