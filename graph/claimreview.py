"""Claims as schema.org ClaimReview (JSON-LD), the format fact-checkers publish and search engines read.

One ClaimReview a claim of the graph. isnad's statuses (single-source,
circular…) say how a claim is sourced, not whether it is true, so they go in
``reviewBody`` and an ``additionalProperty``, never in ``reviewRating``, which
is left to a person. The claim itself (``itemReviewed``, a schema.org
``Claim``) carries its named origins as ``author``, its first appearance (the
earliest dated article that reports it) and every article that reports it as
``appearance``.

The context is schema.org's vocabulary written inline (``@vocab``), so that a
JSON-LD processor expands the file without fetching anything.
"""
from __future__ import annotations

from datetime import date

import networkx as nx

from .analyse import appearances
from .origins import Party, origins

CONTEXT = {"@vocab": "https://schema.org/"}
KIND_TYPES = {"person": "Person", "organization": "Organization", "media": "Organization"}
STATUS_WORDS = {
    "single-source": "rests on one origin",
    "anonymous-only": "rests only on anonymous or unspecified sources",
    "corroborated": "has at least two independent named origins",
    "corroborated?": ("may have two independent named origins, but needs review: they may be "
                      "one source under two names, be named in one article only, or not say "
                      "the same thing"),
    "circular": "looks reported by several outlets whose chains lead back to one origin",
}


def claim_reviews(graph: nx.MultiDiGraph, reviewer: str = "isnad", today: date | None = None) -> list[dict]:
    """One ClaimReview JSON-LD document a claim of ``graph``, in claim order."""
    claims = sorted((node for node, kind in graph.nodes(data="type") if kind == "claim"),
                    key=lambda node: int(node.split(":", 1)[1]))
    published = (today or date.today()).isoformat()
    return [claim_review(graph, node, reviewer, published) for node in claims]


def claim_review(graph: nx.MultiDiGraph, claim: str, reviewer: str, published: str) -> dict:
    data = graph.nodes[claim]
    found = origins(graph, int(claim.split(":", 1)[1]))
    seen = appearances(graph, claim)
    item = {"@type": "Claim", "identifier": claim, "inLanguage": data["lang"],
            "appearance": [_work(a) for a in seen]}
    authors = [_author(p) for p in found.origins if p.kind in KIND_TYPES]
    if authors:
        item["author"] = authors
    if seen:
        item["firstAppearance"] = _work(seen[0])
        if seen[0]["date"]:
            item["datePublished"] = seen[0]["date"]
    status = data.get("status") or "unknown"
    return {"@context": CONTEXT, "@type": "ClaimReview", "claimReviewed": data["text"],
            "itemReviewed": item, "author": {"@type": "Organization", "name": reviewer},
            "datePublished": published, "reviewBody": _body(status, found.origins),
            "additionalProperty": [
                {"@type": "PropertyValue", "name": "isnad:status", "value": status},
                {"@type": "PropertyValue", "name": "isnad:origins", "value": len(found.origins)}]}


def _work(appearance: dict) -> dict:
    work = {"@type": "CreativeWork", "identifier": appearance["article"]}
    for key, field in (("headline", "title"), ("url", "url"), ("datePublished", "date")):
        if appearance[field]:
            work[key] = appearance[field]
    if appearance["outlet"]:
        work["publisher"] = {"@type": "Organization", "name": appearance["outlet"]}
    return work


def _author(party: Party) -> dict:
    return {"@type": KIND_TYPES[party.kind], "name": party.name}


def _body(status: str, found: list[Party]) -> str:
    what = STATUS_WORDS.get(status, "has a sourcing status isnad could not name")
    names = "; ".join(f"{p.name} ({p.kind})" for p in found) or "none found"
    return (f"isnad sourcing status: {status}. The claim {what}. Origins: {names}. "
            "This describes how the claim is sourced, not whether it is true.")
