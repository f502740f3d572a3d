"""The whole-store view folds articles into the edges: who are the sources, what did they claim.

The graph of :func:`isnad.graph.build.build` has a node per article, between
each publisher and the claims it carried. On a real store those article nodes
are most of what is drawn (a claim–article pair per story), and the picture
answers nothing. :func:`fold` keeps sources and claims as nodes and turns each
article into what it is for a reader, the evidence on an edge:

- ``said`` edges: one per source and claim, counting the statements and
  naming the articles they come from;
- ``carried`` edges (was publisher → article → claim): one per publisher and
  claim, naming the articles;
- ``via`` and ``cites`` edges between media: one per pair, counted.

Each node gets ``statements``: a source's statements, a claim's statements,
what its size shows. Louvain communities (networkx) of the folded graph go in
``community``, so the page can colour the groups of sources that speak about
the same claims.
"""
from __future__ import annotations

import networkx as nx

COMMUNITY_SEED = 14  # Louvain is randomised: one seed, so a store is drawn the same way twice


def fold(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` without article nodes, their facts moved onto the edges they explain."""
    folded = nx.MultiDiGraph(**graph.graph)
    for node, data in graph.nodes(data=True):
        if data.get("type") != "article":
            folded.add_node(node, **data)
            if data.get("type") == "entity":
                folded.nodes[node]["statements"] = 0
    titles = {node: data.get("title") or node.partition(":")[2]
              for node, data in graph.nodes(data=True) if data.get("type") == "article"}
    for source, target, data in graph.edges(data=True):
        relation = data.get("relation")
        if relation == "said":
            folded.nodes[source]["statements"] += 1
            _count(folded, source, target, "said", titles.get(f"article:{data['article']}"))
        elif relation == "published":
            for _, claim in graph.out_edges(target):
                _count(folded, source, claim, "carried", titles[target])
        elif relation in ("via", "cites") and source in folded and target in folded:
            _count(folded, source, target, relation, None)
    _communities(folded)
    return folded


def _count(graph: nx.MultiDiGraph, source: str, target: str, relation: str,
           article: str | None) -> None:
    if not graph.has_edge(source, target, key=relation):
        graph.add_edge(source, target, key=relation, relation=relation, count=0, articles=[])
    edge = graph.edges[source, target, relation]
    edge["count"] += 1
    if article and article not in edge["articles"]:
        edge["articles"].append(article)


def _communities(graph: nx.MultiDiGraph) -> None:
    """Each node's Louvain community, numbered by size (0: the largest)."""
    if graph.number_of_nodes() == 0:
        return
    groups = nx.community.louvain_communities(nx.Graph(graph.to_undirected()), seed=COMMUNITY_SEED)
    for number, members in enumerate(sorted(groups, key=lambda g: (-len(g), min(g)))):
        for node in members:
            graph.nodes[node]["community"] = number
