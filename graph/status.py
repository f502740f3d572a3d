"""A claim's status, decided from its origins (:mod:`.origins`) and kept in ``claims``.

The first rule that holds decides:

1. ``circular`` — the claim looks better sourced than it is: either the
   articles present it on the word of two or more sources (after merges and
   spokespeople are folded) whose relay chains all end at one origin, or
   outlets credit each other in a cycle and fewer than two named origins stand
   outside it. Circular comes first because it is the warning a reader needs
   most: several outlets repeating one voice read as corroboration.
2. ``anonymous-only`` — every origin is anonymous or unspecified, however many
   of them there are.
3. ``corroborated`` — two or more independent named origins (anonymous ones
   beside them do not count either way).
4. ``single-source`` — one named origin, even when many outlets carry the claim
   crediting that origin openly (that is one voice, honestly reported).

``claims.reason`` holds the evidence as JSON: the rule that fired, the origins
with names and kinds, the sources as presented, every chain followed, cycles,
outlets and articles, and the claims that dispute it (``disputed_by``: a
denial is linked, never counted as a source of the claim).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, or_, select

from .origins import Origins, origins
from .schema import articles, claim_disputes, claims, statements

CIRCULAR = "circular"
ANONYMOUS_ONLY = "anonymous-only"
CORROBORATED = "corroborated"
SINGLE_SOURCE = "single-source"
STATUSES = (SINGLE_SOURCE, ANONYMOUS_ONLY, CORROBORATED, CIRCULAR)


def decide(found: Origins) -> tuple[str, str]:
    """The status of a claim and the rule, in words, that gave it."""
    named = found.named
    if found.cycles and len(named) < 2:
        return CIRCULAR, "outlets credit each other in a cycle"
    if len(found.origins) == 1 and len(found.sources) > 1:
        return CIRCULAR, (f"{len(found.sources)} sources as reported, "
                          f"all traced back to {found.origins[0].name}")
    if not named:
        return ANONYMOUS_ONLY, "every origin is anonymous or unspecified"
    if len(named) >= 2:
        return CORROBORATED, f"{len(named)} independent named origins"
    return SINGLE_SOURCE, f"one named origin: {named[0].name}"


def reason(found: Origins, rule: str) -> dict:
    return {
        "rule": rule,
        "origins": [party.to_json() for party in found.origins],
        "sources": [party.to_json() for party in found.sources],
        "chains": [chain.to_json() for chain in found.chains],
        "cycles": [[party.name for party in cycle] for cycle in found.cycles],
        "outlets": found.outlets,
        "articles": found.articles,
        "statements": found.statements,
    }


def refresh(conn: Connection, claim_ids: Iterable[int] | None = None) -> int:
    """Recompute and store the status of ``claim_ids`` (every claim when None); how many."""
    if claim_ids is None:
        claim_ids = conn.scalars(select(claims.c.id)).all()
    now = datetime.now(UTC)
    count = 0
    for claim_id in sorted(set(claim_ids)):
        found = origins(conn, claim_id)
        if not found.statements:
            continue  # a claim whose statements went away keeps its last status
        status, rule = decide(found)
        why = reason(found, rule)
        why["disputed_by"] = _disputed_by(conn, claim_id)
        if why["disputed_by"]:
            why["rule"] = f"{rule}; disputed by " + ", ".join(
                f"claim {other['id']}" for other in why["disputed_by"])
        conn.execute(claims.update().where(claims.c.id == claim_id).values(
            status=status, reason=json.dumps(why, ensure_ascii=False), updated_at=now))
        count += 1
    return count


def _disputed_by(conn: Connection, claim_id: int) -> list[dict]:
    """The claims that deny or contradict this one (``claim_disputes``), for "disputed by …"."""
    rows = conn.execute(select(claims.c.id, claims.c.text).join(
        claim_disputes, claim_disputes.c.by_claim_id == claims.c.id)
        .where(claim_disputes.c.claim_id == claim_id).order_by(claims.c.id)).all()
    return [{"id": row.id, "text": row.text} for row in rows]


def refresh_entities(conn: Connection, entity_ids: Iterable[int]) -> int:
    """Refresh the claims an entity change (a merge, a split, a new affiliation) may move.

    Those are the claims of every statement whose source, outlet or article's
    publisher is one of ``entity_ids``.
    """
    ids = sorted(set(entity_ids))
    published = select(articles.c.id).where(articles.c.publisher_id.in_(ids))
    touched = conn.scalars(select(statements.c.claim_id).distinct().where(
        statements.c.claim_id.is_not(None),
        or_(statements.c.entity_id.in_(ids), statements.c.outlet_id.in_(ids),
            statements.c.article_id.in_(published)))).all()
    return refresh(conn, touched)
