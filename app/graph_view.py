"""The bounded graph the explorer draws: graph.build over the statements a view needs.

:func:`isnad.graph.build.build` reads every statement of the store, which is
right for an export but too slow for a page on a store of 100,000 statements.
The explorer therefore first picks, in SQL, the statements a view can show:

- the filters that SQL answers exactly (language, status, dates, source kind)
  narrow the statements first; free text, source and outlet names are left to
  ``build`` (it folds Arabic spelling variants) unless the store is large;
- an ego view keeps the statements within ``depth`` steps of its node;
- when more than :data:`EXACT_UP_TO` statements remain, the statements of the
  most cited sources among them are kept: the view says it is reduced.

``build`` then runs over exactly those statements (a temporary table that
shadows ``statements`` for this connection only, dropped afterwards), with the
same :class:`~isnad.graph.build.Filters`, so the graph the page shows has the
same nodes, edges and attributes as ``isnad export`` would give, and ``view``
keeps the ``limit`` best connected nodes.

:func:`to_vis` turns that graph into the nodes, edges and options of a pyvis
network, which the page hands to vis-network as JSON.
"""
from __future__ import annotations

import json
from dataclasses import replace
from urllib.parse import quote

import networkx as nx
from pyvis.network import Network
from sqlalchemy import Connection, func, or_, select

from isnad.graph.build import Filters, build, view
from isnad.graph.entities import name_lang
from isnad.graph.schema import articles, citations, claims, entities, statements, storable_id

from .graph_fold import fold
from .queries import CACHE, NotFound, _like, current_entity, merged_group

DEFAULT_LIMIT = 300
MAX_LIMIT = 1500
MAX_DEPTH = 3
EXACT_UP_TO = 3000  # statements: up to this many, the view is built from all that pass the filters
_TEMP_IDS = "isnad_view_ids"


def graph_view(conn: Connection, filters: Filters) -> nx.MultiDiGraph:
    """The graph of ``filters`` (with its ego view and node limit), bounded for a page.

    Graph attributes: ``total_nodes`` (nodes of the whole filtered view, counted
    or, for a reduced view, estimated), ``shown_nodes``, ``reduced`` (True when
    the view is a part of the filtered graph), ``ego`` (the node of an ego view,
    as the graph names it).
    """
    filters = replace(filters, limit=min(filters.limit or DEFAULT_LIMIT, MAX_LIMIT),
                      depth=max(1, min(filters.depth, MAX_DEPTH)))
    # Articles are folded into the edges, except around an article, the node asked for.
    folding = not (filters.ego or "").startswith("article:")
    wanted = _prefiltered(conn, filters, exact=True)
    if filters.ego is not None:
        filters = replace(filters, ego=current_node(conn, filters.ego))
        wanted = wanted.where(statements.c.id.in_(_neighbourhood(conn, filters.ego, filters.depth)))
    matching = CACHE.get(conn, ("graph-count", filters), lambda: conn.scalar(
        wanted.with_only_columns(func.count(statements.c.id))))
    reduced = matching > EXACT_UP_TO
    estimate = 0
    if reduced:
        wanted = _prefiltered(conn, filters, exact=False)
        if filters.ego is not None:
            wanted = wanted.where(statements.c.id.in_(_neighbourhood(conn, filters.ego, filters.depth)))
        estimate = CACHE.get(conn, ("graph-estimate", filters),
                             lambda: _estimate_nodes(conn, wanted, folding))
        wanted = _best_connected(conn, wanted, filters.limit)
    # A reduced view needs no more statements than its nodes can show: the newest of them.
    cap = min(EXACT_UP_TO, 4 * filters.limit) if reduced else EXACT_UP_TO
    ids = conn.scalars(wanted.order_by(statements.c.id.desc()).limit(cap)).all()
    try:
        graph = _build_over(conn, ids, replace(filters, limit=None) if folding else filters)
    except KeyError:
        raise NotFound(f"{filters.ego} is not in this view: try fewer filters") from None
    if folding:  # the node limit counts what is drawn: sources and claims
        graph = view(fold(graph), replace(filters, ego=None))
    shown = graph.number_of_nodes()
    if reduced:
        total = max(estimate, graph.graph.get("total_nodes", shown))
    elif filters.ego is not None and shown < filters.limit:
        total = shown  # the whole neighbourhood is drawn (build counts the graph around it)
    else:
        total = graph.graph.get("total_nodes", shown)
    graph.graph.update(total_nodes=total, shown_nodes=shown,
                       reduced=bool(reduced or shown < total), ego=filters.ego)
    return graph


def _prefiltered(conn: Connection, filters: Filters, exact: bool):
    """The ids of statements that can pass ``filters``; with ``exact`` False, names and text too.

    Tables are joined only when a filter needs them: without filters this is a
    plain read of ``statements`` that its indexes answer.
    """
    source = entities.alias("source")
    query = select(statements.c.id)
    needs_article = bool(filters.lang or filters.since or filters.until or (not exact and filters.outlet))
    if needs_article:
        query = query.join(articles, articles.c.id == statements.c.article_id)
    if filters.status or (not exact and filters.text):
        query = query.join(claims, claims.c.id == statements.c.claim_id)
    if filters.kind or (not exact and filters.source):
        query = query.join(source, source.c.id == statements.c.entity_id)
    if filters.lang:
        query = query.where(articles.c.lang == filters.lang)
    if filters.status:
        query = query.where(claims.c.status == filters.status)
    if filters.since:
        query = query.where(articles.c.date >= filters.since)
    if filters.until:
        query = query.where(func.substr(articles.c.date, 1, len(filters.until)) <= filters.until)
    if filters.kind:
        # A merged entity takes the kind of the one it was merged into: build decides for those.
        query = query.where(or_(source.c.kind == filters.kind, source.c.merged_into.is_not(None)))
    if not exact:
        if filters.text:
            query = query.where(claims.c.text.ilike(f"%{_like(filters.text)}%", escape="\\"))
        if filters.source:
            query = query.where(source.c.name.ilike(f"%{_like(filters.source)}%", escape="\\"))
        if filters.outlet:
            pattern = f"%{_like(filters.outlet)}%"
            named = select(entities.c.id).where(entities.c.name.ilike(pattern, escape="\\"))
            query = query.where(or_(articles.c.outlet.ilike(pattern, escape="\\"),
                                    articles.c.publisher_id.in_(named),
                                    statements.c.outlet_id.in_(named)))
    return query


def current_node(conn: Connection, node: str) -> str:
    """``node`` as the graph names it: a merged entity is the entity it was merged into."""
    kind, _, key = node.partition(":")
    if kind == "entity":
        return f"entity:{current_entity(conn, int(key))}"
    if kind == "claim":
        if not storable_id(int(key)) or \
                conn.scalar(select(claims.c.id).where(claims.c.id == int(key))) is None:
            raise NotFound(f"no claim {key} in this store")
    elif conn.scalar(select(articles.c.id).where(articles.c.id == key)) is None:
        raise NotFound(f"no article {key!r} in this store")
    return node


def _neighbourhood(conn: Connection, node: str, depth: int) -> list[int]:
    """Statements whose edges reach within ``depth`` steps of ``node`` (a superset, bounded)."""
    kind, _, key = node.partition(":")
    entity_ids: set[int] = set(merged_group(conn, int(key))) if kind == "entity" else set()
    claim_ids: set[int] = {int(key)} if kind == "claim" else set()
    article_ids: set[str] = {key} if kind == "article" else set()
    found: set[int] = set()
    for _ in range(depth):
        touching = []
        if entity_ids:
            ids = sorted(entity_ids)
            published = select(articles.c.id).where(articles.c.publisher_id.in_(ids))
            cited = select(citations.c.statement_id).where(
                or_(citations.c.citing_id.in_(ids), citations.c.cited_id.in_(ids)),
                citations.c.statement_id.is_not(None))
            touching += [statements.c.entity_id.in_(ids), statements.c.outlet_id.in_(ids),
                         statements.c.article_id.in_(published), statements.c.id.in_(cited)]
        if claim_ids:
            touching.append(statements.c.claim_id.in_(sorted(claim_ids)))
        if article_ids:
            touching.append(statements.c.article_id.in_(sorted(article_ids)))
        rows = conn.execute(select(statements.c.id, statements.c.entity_id, statements.c.outlet_id,
                                   statements.c.claim_id, statements.c.article_id,
                                   articles.c.publisher_id)
                            .join(articles, articles.c.id == statements.c.article_id)
                            .where(or_(*touching)).order_by(statements.c.id.desc())
                            .limit(EXACT_UP_TO)).all()
        found |= {row.id for row in rows}
        entity_ids |= {i for row in rows for i in (row.entity_id, row.outlet_id, row.publisher_id)
                       if i is not None}
        claim_ids |= {row.claim_id for row in rows if row.claim_id is not None}
        article_ids |= {row.article_id for row in rows}
    return sorted(found)


def _estimate_nodes(conn: Connection, wanted, folded: bool) -> int:
    """About how many nodes the whole filtered graph has: its sources, claims (and articles)."""
    row = conn.execute(wanted.with_only_columns(
        func.count(func.distinct(statements.c.entity_id)), func.count(func.distinct(statements.c.claim_id)),
        func.count(func.distinct(statements.c.article_id)))).one()
    return row[0] + row[1] + (0 if folded else row[2])


def _best_connected(conn: Connection, wanted, limit: int):
    """Only the statements of the most cited sources among ``wanted``."""
    top = CACHE.get(conn, ("graph-top", str(wanted.compile(compile_kwargs={"literal_binds": False})),
                           tuple(wanted.compile().params.items()), limit),
                    lambda: conn.scalars(wanted.with_only_columns(statements.c.entity_id)
                                         .group_by(statements.c.entity_id)
                                         .order_by(func.count().desc(), statements.c.entity_id)
                                         .limit(max(10, limit // 4))).all())
    return wanted.where(statements.c.entity_id.in_(top))


def _build_over(conn: Connection, ids: list[int], filters: Filters) -> nx.MultiDiGraph:
    """``build`` run over the statements ``ids`` only, through a temporary table."""
    postgres = conn.dialect.name == "postgresql"
    temp = "CREATE TEMPORARY TABLE"
    conn.exec_driver_sql(f"{temp} {_TEMP_IDS} (id INTEGER PRIMARY KEY)")
    try:
        if ids:
            conn.exec_driver_sql(f"INSERT INTO {_TEMP_IDS} (id) VALUES " + ",".join(
                f"({int(i)})" for i in ids))  # ints from the store, not from the request
        # Created from the real table before the temporary one exists; from now on
        # "statements" on this connection names the temporary table.
        conn.exec_driver_sql(f"{temp} statements AS SELECT s.* FROM statements s "
                             f"JOIN {_TEMP_IDS} v ON v.id = s.id")
        try:
            return build(conn, filters)
        finally:
            conn.exec_driver_sql("DROP TABLE pg_temp.statements" if postgres
                                 else "DROP TABLE temp.statements")
    finally:
        conn.exec_driver_sql(f"DROP TABLE {_TEMP_IDS}")


# --- what the page draws ------------------------------------------------------------

ENTITY_LOOK = {  # kind: (shape, colour)
    "person": ("dot", "#2563eb"),
    "organization": ("hexagon", "#0f766e"),
    "media": ("diamond", "#7c3aed"),
    "anonymous": ("triangle", "#6b7280"),
    "unspecified": ("triangleDown", "#a8a29e"),
}
ARTICLE_LOOK = ("square", "#b45309")
CLAIM_SHAPE = "star"
STATUS_COLOUR = {
    "circular": "#dc2626",
    "anonymous-only": "#ea580c",
    "single-source": "#ca8a04",
    "corroborated": "#16a34a",
    "corroborated?": "#0e7490",
    "": "#64748b",
}
RELATION_LOOK = {  # relation: (colour, dashes)
    "said": ("#94a3b8", False),
    "carried": ("#e2c9a6", False),
    "via": ("#7c3aed", True),
    "published": ("#d6b88f", False),
    "reported": ("#e2e8f0", False),
    "cites": ("#dc2626", True),
    "disputes": ("#ea580c", True),
}
# Louvain communities: a source's colour (a claim's colour is its status).
COMMUNITY_COLOURS = ("#2563eb", "#0f766e", "#7c3aed", "#b45309", "#be185d", "#4d7c0f",
                     "#0369a1", "#9333ea", "#c2410c", "#047857", "#4338ca", "#a16207")
LABEL_CHARS = 36
# On a larger view only the nodes that matter are offered a label: the sources with most
# statements, and the claims told more than once; the page draws as many of them as fit
# without overlapping, in this order, and every other name shows on hover.
LABELLED_SOURCES, LABELLED_CLAIMS = 24, 12
LABELLED = LABELLED_SOURCES + LABELLED_CLAIMS  # a view of at most this many nodes offers every label
# A label's height on the screen, whatever the zoom (vis-network scales fonts with the zoom:
# the page sets each label's font to LABEL_PX / scale once the view is fitted, and after zooming).
LABEL_PX = 13
RLM = "\u200f"  # right-to-left mark: an Arabic label's "…" and figures where Arabic puts them


def legend() -> dict:
    """What each colour and shape means, for the page's legend."""
    return {"entities": [{"kind": kind, "shape": shape, "colour": colour}
                         for kind, (shape, colour) in ENTITY_LOOK.items()],
            "claims": [{"status": status, "shape": CLAIM_SHAPE, "colour": colour}
                       for status, colour in STATUS_COLOUR.items() if status],
            "article": {"shape": ARTICLE_LOOK[0], "colour": ARTICLE_LOOK[1]},
            "relations": [{"relation": relation, "colour": colour, "dashes": dashes}
                          for relation, (colour, dashes) in RELATION_LOOK.items()]}


def node_url(node: str) -> str:
    kind, _, key = node.partition(":")
    return {"entity": "/sources/", "claim": "/claims/", "article": "/articles/"}[kind] + quote(key, safe="")


def to_vis(graph: nx.MultiDiGraph) -> dict:
    """The pyvis network of ``graph``: nodes, edges and options as plain JSON values.

    A node's size is its statements (its links where it has none: an article).
    The nodes that matter (:func:`label_ranks`, an ego view's node first) carry ``rank``,
    their place in the queue for a label; the page gives them a label of
    ``label_px`` screen pixels while it does not overlap one placed before.
    Other nodes have a font of size 0: their name shows on hover. Labels and
    tooltips are plain text; the page's script shows tooltips as text nodes,
    never as HTML.
    """
    net = Network(directed=True, cdn_resources="local")
    degree = dict(graph.degree)
    weight = {node: data.get("statements") or degree.get(node, 0)
              for node, data in graph.nodes(data=True)}
    ranks = label_ranks(graph, weight, degree, graph.graph.get("ego"))
    # In a fixed order, as vis-network's seeded layout places them: a view is drawn the same
    # way every time (a subgraph's nodes come in the order of a set of names).
    for node, data in sorted(graph.nodes(data=True), key=lambda item: item[0]):
        shape, colour, label, facts = _look(node, data, degree.get(node, 0))
        colour = _community_colour(data, colour)
        extra = {"rank": ranks[node]} if node in ranks else {}
        net.add_node(node, label=_short(label), shape=shape, color=colour, title="\n".join(facts),
                     value=1 + weight[node], url=node_url(node), kind=data.get("kind") or data["type"],
                     font={"size": LABEL_PX if node in ranks else 0}, **extra)
    for source, target, relation, count, named in sorted(_edges(graph), key=_edge_order):
        colour, dashes = RELATION_LOOK.get(relation, ("#94a3b8", False))
        title = f"{relation} ×{count}" if count > 1 else relation
        if named:
            title += "\n" + "\n".join(f"· {article}" for article in named[:12])
            if len(named) > 12:
                title += f"\n… and {len(named) - 12} more articles"
        net.add_edge(source, target, color=colour, dashes=dashes, value=count, title=title)
    net.set_options(_OPTIONS)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options), "label_px": LABEL_PX}


def label_ranks(graph: nx.MultiDiGraph, weight: dict, degree: dict, focus: str | None = None) -> dict:
    """The nodes offered a label, each with its rank (0 first): ``focus``, then by statements.

    A small view offers every node. A larger one offers the
    :data:`LABELLED_SOURCES` sources with most statements and the
    :data:`LABELLED_CLAIMS` claims told most often, if more than once (a claim
    told once is one of hundreds alike); sources and claims then take turns,
    so that both keep labels when the page has room for only some.
    """
    def by_weight(nodes):
        return sorted(nodes, key=lambda n: (-weight[n], -degree.get(n, 0), n))

    if graph.number_of_nodes() <= LABELLED:
        ranked = by_weight(graph.nodes)
    else:
        kinds = nx.get_node_attributes(graph, "type")
        sources = by_weight(n for n in graph if kinds[n] != "claim")[:LABELLED_SOURCES]
        claims = by_weight(n for n in graph if kinds[n] == "claim" and weight[n] > 1)[:LABELLED_CLAIMS]
        ranked = _alternate(sources, claims, every=2)
    if focus in graph:
        ranked = [focus, *(n for n in ranked if n != focus)]
    return {node: rank for rank, node in enumerate(ranked)}


def _alternate(first: list, second: list, every: int) -> list:
    """``every`` of ``first``, then one of ``second``, and so on; what is left of either at the end."""
    merged, rest = [], list(second)
    for number, item in enumerate(first, start=1):
        merged.append(item)
        if number % every == 0 and rest:
            merged.append(rest.pop(0))
    return merged + rest


def _edge_order(edge: tuple) -> tuple[str, str, str]:
    return edge[0], edge[1], edge[2] or ""


def _edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, int, list[str]]]:
    """One edge per source, target and relation: how many, and the articles behind them."""
    counted: dict[tuple[str, str, str], list] = {}
    for source, target, data in graph.edges(data=True):
        entry = counted.setdefault((source, target, data.get("relation")), [0, []])
        entry[0] += data.get("count", 1)
        entry[1] += [a for a in data.get("articles", []) if a not in entry[1]]
    return [(s, t, r, count, named) for (s, t, r), (count, named) in counted.items()]


def _community_colour(data: dict, colour: str) -> str:
    community = data.get("community")
    if community is None or data["type"] != "entity":
        return colour
    return COMMUNITY_COLOURS[community % len(COMMUNITY_COLOURS)]


def _look(node: str, data: dict, degree: int) -> tuple[str, str, str, list[str]]:
    kind = data["type"]
    if kind == "entity":
        shape, colour = ENTITY_LOOK.get(data["kind"], ("dot", "#64748b"))
        facts = [data["name"], f"source: {data['kind']}"]
        if data.get("role"):
            facts.append(f"role: {data['role']}")
        if data.get("aliases"):
            facts.append(f"names: {data['aliases']}")
        if data.get("statements"):
            facts.append(f"statements: {data['statements']}")
        return shape, colour, data["name"], [*facts, f"links: {degree}"]
    if kind == "claim":
        status = data.get("status") or ""
        return (CLAIM_SHAPE, STATUS_COLOUR.get(status, STATUS_COLOUR[""]), data["text"],
                [data["text"], f"claim — {status or 'no status'}", f"statements: {data['statements']}",
                 f"language: {data['lang']}"])
    facts = [data.get("title") or node.partition(":")[2], "article"]
    facts += [f"{name}: {data[name]}" for name in ("outlet", "date", "lang") if data.get(name)]
    return ARTICLE_LOOK[0], ARTICLE_LOOK[1], data.get("title") or node.partition(":")[2], facts


def _short(text: str) -> str:
    """At most :data:`LABEL_CHARS` characters, cut at the end as it is read (the left in Arabic).

    The canvas lays every label out left to right: an Arabic label is held
    between right-to-left marks, so that its "…" and the figures it opens
    with fall where an Arabic reader expects them.
    """
    text = " ".join(text.split())
    if len(text) > LABEL_CHARS:
        text = text[: LABEL_CHARS - 1].rstrip() + "…"
    return RLM + text + RLM if name_lang(text) == "ar" else text


_OPTIONS = """{
  "nodes": {"font": {"size": 11, "color": "#334155", "face": "Noto Sans, DejaVu Sans, sans-serif", "strokeWidth": 3,
                     "strokeColor": "#ffffff"},
            "scaling": {"min": 8, "max": 42, "label": {"enabled": false}},
            "borderWidth": 2},
  "edges": {"arrows": {"to": {"enabled": true, "scaleFactor": 0.5}},
            "smooth": {"type": "continuous"}, "scaling": {"min": 1, "max": 6}},
  "interaction": {"hover": true, "tooltipDelay": 150, "navigationButtons": false,
                  "keyboard": false},
  "layout": {"randomSeed": 14},
  "physics": {"solver": "forceAtlas2Based",
              "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110,
                                   "avoidOverlap": 0.4},
              "stabilization": {"iterations": 300, "fit": true}, "minVelocity": 0.75}
}"""
