"""The claim–source graph, built from the store (never the other way round).

Nodes (``type`` says which):

- ``entity:{id}`` — a source or a medium, after merges: ``kind``
  (person|organization|media|anonymous|unspecified), ``name``, ``role``,
  ``affiliation`` (entity id, 0 for none), ``aliases`` (how many names);
- ``claim:{id}`` — ``text``, ``lang``, ``status``, ``statements``;
- ``article:{id}`` — ``title``, ``lang``, ``date``, ``outlet``, ``url``.

Edges (``relation`` says which; not ``type``, which GEXF keeps for
directed/undirected):

- ``said``: entity → claim, one per statement (``statement``, ``article``,
  ``cue``, ``direct``, ``outlet``, ``claim_start``/``claim_end``, ``confidence``
  when known, ``review``: unreviewed, confirmed or corrected; a rejected
  statement has no claim and no edge);
- ``via``: the statement's entity → the outlet it was given to (``statement``);
- ``published``: medium → article;
- ``reported``: article → claim (``statements``);
- ``cites``: the citing medium (or the article, when no medium is named) →
  the medium it credits (``article``, ``statement``, 0 for none);
- ``disputes``: a claim that denies or contradicts another → that claim
  (``rule``: negation|opposite), when both are in the graph.

Every attribute is a str, int, float or bool, never None, so that GEXF and
GraphML carry the graph without loss. Graph attributes keep the counts of the
whole filtered graph (``total_nodes``, ``total_edges``) when a limit or an ego
view shows only part of it (GraphML and JSON keep them; GEXF has no place for
graph attributes).
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Any

import networkx as nx
from sqlalchemy import Connection, Engine, func, select

from isnad.nlp import lexicon

from .origins import Party, load_parties
from .schema import aliases, articles, citations, claim_disputes, claims, statements


@dataclass(frozen=True)
class Filters:
    """Which statements the graph shows; every filter left None lets all through."""

    lang: str | None = None      # the article's language
    kind: str | None = None      # the source's kind
    outlet: str | None = None    # a publisher or outlet whose name contains this
    source: str | None = None    # a source whose name contains this
    status: str | None = None    # the claim's status
    since: str | None = None     # article date, ISO, inclusive
    until: str | None = None
    text: str | None = None      # words the claim contains
    ego: str | None = None       # a node id ("entity:3"): only its neighbourhood
    depth: int = 1
    limit: int | None = None     # at most this many nodes, the best connected


def build(source: Any, filters: Filters | None = None) -> nx.MultiDiGraph:
    """The graph of the store behind ``source`` (a Store, an Engine or a Connection)."""
    filters = filters or Filters()
    if isinstance(source, Connection):
        graph = _build(source, filters)
    else:
        engine: Engine = getattr(source, "engine", source)
        with engine.connect() as conn:
            graph = _build(conn, filters)
    return view(graph, filters)


def view(graph: nx.MultiDiGraph, filters: Filters) -> nx.MultiDiGraph:
    """The ego view and the node limit of ``filters``, counts of the whole kept."""
    total_nodes, total_edges = graph.number_of_nodes(), graph.number_of_edges()
    if filters.ego is not None:
        if filters.ego not in graph:
            raise KeyError(f"no node {filters.ego} in the graph")
        around = nx.ego_graph(graph.to_undirected(as_view=True), filters.ego, radius=filters.depth)
        graph = graph.subgraph(around.nodes).copy()
    if filters.limit is not None and graph.number_of_nodes() > filters.limit:
        graph = graph.subgraph(best_connected(graph, filters.limit)).copy()
    graph.graph.update(total_nodes=total_nodes, total_edges=total_edges)
    return graph


def best_connected(graph: nx.MultiDiGraph, limit: int) -> set:
    """The ``limit`` best connected nodes, none of them alone.

    Nodes are taken by degree, highest first, as long as each touches one already
    taken; a node that touches none comes with its best connected neighbour. A plain
    cut by degree would draw a claim whose one source fell below the cut alone on the
    page, telling the reader nothing.
    """
    degree = dict(graph.degree)

    def rank(node) -> tuple:
        return (-degree[node], str(node))

    kept: set = set()
    touching: list = []  # heap of the nodes next to those kept
    seeds = iter(sorted((n for n in graph if degree[n]), key=rank))
    seed = next(seeds, None)

    def take(node) -> None:
        kept.add(node)
        for m in nx.all_neighbors(graph, node):
            if m not in kept:
                heapq.heappush(touching, (rank(m), m))

    while len(kept) < limit:
        while touching and touching[0][1] in kept:
            heapq.heappop(touching)
        while seed is not None and seed in kept:
            seed = next(seeds, None)
        if touching and (seed is None or touching[0][0] <= rank(seed) or limit - len(kept) < 2):
            take(heapq.heappop(touching)[1])
        elif seed is not None and limit - len(kept) >= 2:
            partner = min((m for m in nx.all_neighbors(graph, seed) if m != seed), key=rank, default=None)
            if partner is None:  # its one edge is a loop: nothing to draw it with
                seed = next(seeds, None)
                continue
            take(seed)  # a new part of the graph, with its best neighbour
            take(partner)
        else:
            break
    return kept


def _build(conn: Connection, filters: Filters) -> nx.MultiDiGraph:
    rows = conn.execute(
        select(statements.c.id, statements.c.article_id, statements.c.entity_id,
               statements.c.outlet_id, statements.c.cue_text, statements.c.direct,
               statements.c.speaker_text,
               statements.c.claim_start, statements.c.claim_end, statements.c.confidence,
               statements.c.review,
               statements.c.claim_id, claims.c.text.label("claim_text"),
               claims.c.lang.label("claim_lang"), claims.c.status,
               articles.c.lang, articles.c.title, articles.c.date, articles.c.url,
               articles.c.outlet, articles.c.publisher_id)
        .join(articles, articles.c.id == statements.c.article_id)
        .join(claims, claims.c.id == statements.c.claim_id)
        .order_by(statements.c.id)).all()
    wanted = {i for row in rows for i in (row.entity_id, row.outlet_id, row.publisher_id)}
    parties, current = load_parties(conn, {i for i in wanted if i is not None})
    kept = [row for row in rows if _passes(row, filters, parties, current)]
    graph = nx.MultiDiGraph()
    for row in kept:
        _add_statement(graph, row, parties, current)
    _add_citations(conn, graph, {row.article_id for row in kept}, {row.id for row in kept})
    _add_disputes(conn, graph)
    _count_aliases(conn, graph, current)
    return graph


def _passes(row: Any, filters: Filters, parties: dict[int, Party], current: dict[int, int]) -> bool:
    source = parties[current[row.entity_id]]
    outlets = [row.outlet or ""] + [parties[current[i]].name for i in (row.publisher_id, row.outlet_id)
                                    if i is not None]
    date = row.date or ""
    return ((filters.lang is None or row.lang == filters.lang)
            and (filters.kind is None or source.kind == filters.kind)
            and (filters.status is None or row.status == filters.status)
            and (filters.source is None or _contains(source.name, filters.source))
            and (filters.outlet is None or any(_contains(name, filters.outlet) for name in outlets))
            and (filters.since is None or date >= filters.since)
            and (filters.until is None or (date and date[: len(filters.until)] <= filters.until))
            and (filters.text is None or _contains(row.claim_text, filters.text)))


def _contains(text: str, words: str) -> bool:
    """Whether ``words`` occur in ``text``, Arabic letter variants and case aside."""
    return _fold(words) in _fold(text)


def _fold(text: str) -> str:
    return " ".join(lexicon.fold(text, "ar").split())


def _add_statement(graph: nx.MultiDiGraph, row: Any, parties: dict[int, Party],
                   current: dict[int, int]) -> None:
    source = _add_entity(graph, parties[current[row.entity_id]])
    claim = f"claim:{row.claim_id}"
    article = f"article:{row.article_id}"
    if claim not in graph:
        graph.add_node(claim, type="claim", label=row.claim_text[:80], text=row.claim_text,
                       lang=row.claim_lang, status=row.status or "", statements=0)
    graph.nodes[claim]["statements"] += 1
    if article not in graph:
        graph.add_node(article, type="article", label=row.title or row.article_id,
                       title=row.title or "", lang=row.lang, date=row.date or "",
                       outlet=row.outlet or "", url=row.url or "")
    outlet = current.get(row.outlet_id, 0)
    # The evidence travels with the edge: where in the article the claim is, and how sure
    # the scorer was (left out when not known: stored before the scorer).
    evidence = {} if row.confidence is None else {"confidence": round(row.confidence, 3)}
    graph.add_edge(source, claim, key=f"said:{row.id}", relation="said", statement=row.id,
                   article=row.article_id, cue=row.cue_text, direct=bool(row.direct), outlet=outlet,
                   speaker=row.speaker_text or "",
                   claim_start=row.claim_start, claim_end=row.claim_end,
                   review=row.review or "unreviewed", **evidence)
    if outlet:
        graph.add_edge(source, _add_entity(graph, parties[outlet]), key=f"via:{row.id}",
                       relation="via", statement=row.id)
    if row.publisher_id is not None:
        publisher = _add_entity(graph, parties[current[row.publisher_id]])
        if not graph.has_edge(publisher, article, key="published"):
            graph.add_edge(publisher, article, key="published", relation="published")
    if graph.has_edge(article, claim, key="reported"):
        graph.edges[article, claim, "reported"]["statements"] += 1
    else:
        graph.add_edge(article, claim, key="reported", relation="reported", statements=1)


def _add_entity(graph: nx.MultiDiGraph, party: Party) -> str:
    node = f"entity:{party.id}"
    if node not in graph:
        graph.add_node(node, type="entity", label=party.name, name=party.name, kind=party.kind,
                       role=party.role or "", affiliation=party.affiliation_id or 0, aliases=0)
    return node


def _add_citations(conn: Connection, graph: nx.MultiDiGraph, article_ids: set[str],
                   statement_ids: set[int]) -> None:
    # Read whole and filtered here: an IN list of every article could pass the
    # database's limit on bound parameters, and citations are few beside statements.
    rows = [row for row in conn.execute(select(citations).order_by(citations.c.id))
            if row.article_id in article_ids]
    ids = {i for row in rows for i in (row.citing_id, row.cited_id) if i is not None}
    parties, current = load_parties(conn, ids)
    for row in rows:
        if row.statement_id is not None and row.statement_id not in statement_ids:
            continue
        cited = _add_entity(graph, parties[current[row.cited_id]])
        citing = (_add_entity(graph, parties[current[row.citing_id]]) if row.citing_id is not None
                  else f"article:{row.article_id}")
        graph.add_edge(citing, cited, key=f"cites:{row.id}", relation="cites",
                       article=row.article_id, statement=row.statement_id or 0)


def _add_disputes(conn: Connection, graph: nx.MultiDiGraph) -> None:
    """A ``disputes`` edge from each claim that denies or contradicts another to it, both drawn."""
    for row in conn.execute(select(claim_disputes).order_by(claim_disputes.c.claim_id,
                                                            claim_disputes.c.by_claim_id)):
        disputed, disputing = f"claim:{row.claim_id}", f"claim:{row.by_claim_id}"
        if disputed in graph and disputing in graph:
            graph.add_edge(disputing, disputed, key="disputes", relation="disputes", rule=row.rule)


def _count_aliases(conn: Connection, graph: nx.MultiDiGraph, current: dict[int, int]) -> None:
    """Each entity node's count of names, its merged entities' names included."""
    counts = conn.execute(select(aliases.c.entity_id, func.count())
                          .group_by(aliases.c.entity_id)).all()
    for entity_id, count in counts:
        node = f"entity:{current.get(entity_id)}"
        if node in graph:
            graph.nodes[node]["aliases"] += count
