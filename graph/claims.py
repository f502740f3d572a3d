"""Claim clustering: statements that make the same claim, in any article and language, form one claim.

:func:`update` runs inside each ingest batch's transaction with the ids of the
new statements (ingest's ``AFTER_BATCH``). Each statement's wording is encoded
once (vectors are kept in ``statement_vectors``) and compared in full only with
the few candidate claims a :class:`~.claim_index.ClaimIndex` finds for it
(nearest wordings and shared rare keys), never with the whole store; the best
claim at or above the threshold (:func:`isnad.graph.similarity.score`) takes
the statement, otherwise it starts a claim of its own. The statuses of every
claim touched are then refreshed (:mod:`.status`).

The index lives in memory for each database and is rebuilt from the store when
the store changed behind it (another process, a rolled-back batch).
"""
from __future__ import annotations

import weakref
from dataclasses import replace
from collections.abc import Iterable

import numpy as np
from sqlalchemy import Connection, Engine, Row, bindparam, func, select

from . import encoder, similarity, status
from .chunks import chunks
from .claim_index import ClaimIndex
from .settings import article_settings
from .schema import articles, claim_disputes, claims, statement_vectors, statements

_STREAM = 2000  # rows read, or vectors encoded, at a time
_QUOTES = "\"'“”«»„‘’"
# A statement's vector from this encoder: another model's vectors are not comparable.
VECTOR_OF_STATEMENT = ((statement_vectors.c.statement_id == statements.c.id)
                       & (statement_vectors.c.model == encoder.MODEL))


def update(conn: Connection, statement_ids: list[int]) -> dict:
    """Give each new statement its claim and refresh the touched claims' statuses; ``{"new_claims": n}``."""
    pending = _unclaimed(conn, statement_ids)
    if not pending:
        return {"new_claims": 0}
    vectors = _vectors(conn, pending)
    settings = article_settings(conn, {row.article_id for row in pending})
    index = _index(conn)
    new_claims = 0
    joined: list[dict] = []
    disputes: dict[tuple[int, int], str] = {}
    for row, vector in zip(pending, vectors):
        wording = similarity.wording(row.claim_text, vector, row.cue_text, row.date or "",
                                     settings[row.article_id])
        claim_id, disputed = index.match(wording)
        if claim_id is None:
            claim_id = _new_claim(conn, wording)
            new_claims += 1
        for other in disputed:
            if other != claim_id:
                disputes[_dispute_key(index, other, claim_id, wording)] = _dispute_rule(index, other, wording)
        joined.append({"statement": row.id, "claim": claim_id})
        index.add(claim_id, wording)
    conn.execute(statements.update().where(statements.c.id == bindparam("statement"))
                 .values(claim_id=bindparam("claim")), joined)
    _keep_disputes(conn, disputes)
    index.fingerprint = _fingerprint(conn)
    status.refresh(conn, {row["claim"] for row in joined} | {c for pair in disputes for c in pair})
    return {"new_claims": new_claims}


def tidy(conn: Connection, claim_ids: Iterable[int]) -> dict:
    """After statements went away (a changed article re-ingested): the claims they were in.

    A claim left with no statement is deleted; one that lost some gets its
    status again, since its origins may have gone with them.
    """
    ids = sorted(set(claim_ids))
    held: set[int] = set()
    for chunk in chunks(ids):
        held.update(conn.scalars(select(statements.c.claim_id).distinct()
                                 .where(statements.c.claim_id.in_(chunk))))
    empty = [claim_id for claim_id in ids if claim_id not in held]
    for chunk in chunks(empty):
        conn.execute(claim_disputes.delete().where(claim_disputes.c.claim_id.in_(chunk)
                                                   | claim_disputes.c.by_claim_id.in_(chunk)))
        conn.execute(claims.delete().where(claims.c.id.in_(chunk)))
    status.refresh(conn, held)
    return {"deleted_claims": len(empty)} if empty else {}


def similar(conn: Connection, claim_id: int, top: int = 5) -> list[int]:
    """The claims whose wordings come nearest this claim's, nearest first: those a person
    may want to merge it with (clustering kept them apart)."""
    index = _index(conn)
    if claim_id not in index.members:
        return []
    nearest: dict[int, float] = {}
    for member, vector in zip(index.members[claim_id], index.member_vectors(claim_id)):
        for other in index.candidates(replace(member, vector=vector)):
            if other != claim_id:
                cosine = float((index.member_vectors(other) @ vector).max())
                nearest[other] = max(nearest.get(other, -1.0), cosine)
    return sorted(nearest, key=lambda other: (-nearest[other], other))[:top]


# One index per database, dropped with its engine.
_INDEXES: weakref.WeakKeyDictionary[Engine, ClaimIndex] = weakref.WeakKeyDictionary()


def _index(conn: Connection) -> ClaimIndex:
    """The engine's index, rebuilt from the store when the store moved on without it."""
    fingerprint = _fingerprint(conn)
    index = _INDEXES.get(conn.engine)
    if index is None or index.fingerprint != fingerprint:
        index = _rebuild(conn)
        index.fingerprint = fingerprint
        _INDEXES[conn.engine] = index
    return index


def _fingerprint(conn: Connection) -> tuple:
    clustered = conn.execute(select(func.count(), func.max(statements.c.id))
                             .where(statements.c.claim_id.is_not(None))).one()
    return (*clustered, conn.scalar(select(func.max(claims.c.id))))


def _rebuild(conn: Connection) -> ClaimIndex:
    """The index of every clustered statement, added in statement order as clustering added them."""
    _encode_missing(conn)
    index = ClaimIndex()
    settings = article_settings(conn, conn.scalars(select(statements.c.article_id).distinct()
                                            .where(statements.c.claim_id.is_not(None))).all())
    # yield_per on the statement, not the connection: on the connection it would make every
    # later statement of the transaction a server-side cursor, which PostgreSQL refuses for INSERT.
    rows = conn.execute(
        select(statements.c.claim_id, statements.c.claim_text, statements.c.cue_text,
               statements.c.article_id, articles.c.date, statement_vectors.c.vector)
        .join(statement_vectors, VECTOR_OF_STATEMENT)
        .join(articles, articles.c.id == statements.c.article_id)
        .where(statements.c.claim_id.is_not(None)).order_by(statements.c.id)
        .execution_options(yield_per=_STREAM))
    for row in rows:  # streamed: a million vectors need not sit in memory twice
        index.add(row.claim_id, similarity.wording(row.claim_text, encoder.from_bytes(row.vector),
                                                   row.cue_text, row.date or "",
                                                   settings[row.article_id]))
    return index


def _encode_missing(conn: Connection) -> None:
    """Vectors for clustered statements that have none (lost, or made by another model)."""
    missing = conn.execute(
        select(statements.c.id, statements.c.claim_text)
        .outerjoin(statement_vectors, VECTOR_OF_STATEMENT)
        .where(statements.c.claim_id.is_not(None), statement_vectors.c.statement_id.is_(None))
        .order_by(statements.c.id)).all()
    for start in range(0, len(missing), _STREAM):
        chunk = missing[start:start + _STREAM]
        keep_vectors(conn, [row.id for row in chunk], encode_once([row.claim_text for row in chunk]))


# --- the store -------------------------------------------------------------------------

def _unclaimed(conn: Connection, statement_ids: Iterable[int]) -> list[Row]:
    """Those of the statements still without a claim: id, claim_text, cue_text, article_id, the
    article's date and the stored vector (or None)."""
    out: list[Row] = []
    for chunk in chunks(sorted(set(statement_ids))):
        out += conn.execute(select(statements.c.id, statements.c.claim_text, statements.c.cue_text,
                                   statements.c.article_id, articles.c.date,
                                   statement_vectors.c.vector)
                            .join(articles, articles.c.id == statements.c.article_id)
                            .outerjoin(statement_vectors, VECTOR_OF_STATEMENT)
                            .where(statements.c.id.in_(chunk), statements.c.claim_id.is_(None))
                            .order_by(statements.c.id)).all()
    return out


def _vectors(conn: Connection, pending: list[Row]) -> np.ndarray:
    """The statements' vectors: those already stored (encoded by ingest's workers), others encoded now."""
    missing = [row for row in pending if row.vector is None]
    fresh = dict(zip((row.id for row in missing),
                     encode_once([row.claim_text for row in missing])))
    keep_vectors(conn, list(fresh), list(fresh.values()))
    return np.stack([fresh[row.id] if row.vector is None else encoder.from_bytes(row.vector)
                     for row in pending])


def encode_once(texts: list[str]) -> np.ndarray:
    """The vectors of ``texts``, each distinct wording encoded once (relays repeat wordings).

    Ingest's workers call it on the claims they extract, beside the store.
    """
    distinct = list(dict.fromkeys(texts))
    vectors = encoder.encode(distinct)
    row = {text: i for i, text in enumerate(distinct)}
    return vectors[[row[text] for text in texts]] if texts else vectors


def keep_vectors(conn: Connection, statement_ids: list[int], vectors: Iterable[np.ndarray]) -> None:
    """Store the statements' vectors (replacing any), for clustering now or in a later process."""
    for chunk in chunks(statement_ids):
        conn.execute(statement_vectors.delete().where(statement_vectors.c.statement_id.in_(chunk)))
    rows = [{"statement_id": sid, "model": encoder.MODEL, "vector": encoder.to_bytes(vector)}
            for sid, vector in zip(statement_ids, vectors)]
    if rows:
        conn.execute(statement_vectors.insert(), rows)


# --- disputes ----------------------------------------------------------------------------

def _dispute_key(index: ClaimIndex, other: int, claim_id: int,
                 wording: similarity.Wording) -> tuple[int, int]:
    """(disputed, disputing): the claim that denies or negates is the one disputing."""
    member = index.members[other][0]
    if wording.stance.negated and not member.stance.negated:
        return other, claim_id
    if member.stance.negated and not wording.stance.negated:
        return claim_id, other
    return (other, claim_id) if other < claim_id else (claim_id, other)  # opposite sides: older first


def _dispute_rule(index: ClaimIndex, other: int, wording: similarity.Wording) -> str:
    member = index.members[other][0]
    return "negation" if member.stance.negated != wording.stance.negated else "opposite"


def _keep_disputes(conn: Connection, found: dict[tuple[int, int], str]) -> None:
    """Store new dispute links; one already stored (either way round) stays as it is."""
    for (claim_id, by_claim_id), rule in sorted(found.items()):
        known = conn.scalar(select(func.count()).select_from(claim_disputes).where(
            ((claim_disputes.c.claim_id == claim_id) & (claim_disputes.c.by_claim_id == by_claim_id))
            | ((claim_disputes.c.claim_id == by_claim_id) & (claim_disputes.c.by_claim_id == claim_id))))
        if not known:
            conn.execute(claim_disputes.insert().values(claim_id=claim_id, by_claim_id=by_claim_id,
                                                        rule=rule))


def disputes_of(conn: Connection, claim_id: int) -> dict[str, list[dict]]:
    """The claims ``claim_id`` is disputed by, and those it disputes: id, text, status, rule."""
    def linked(mine, theirs) -> list[dict]:
        rows = conn.execute(select(claims.c.id, claims.c.text, claims.c.status, claim_disputes.c.rule)
                            .join(claim_disputes, theirs == claims.c.id)
                            .where(mine == claim_id).order_by(claims.c.id)).all()
        return [{"id": row.id, "text": row.text, "status": row.status, "rule": row.rule}
                for row in rows]
    return {"disputed_by": linked(claim_disputes.c.claim_id, claim_disputes.c.by_claim_id),
            "disputes": linked(claim_disputes.c.by_claim_id, claim_disputes.c.claim_id)}


def _new_claim(conn: Connection, wording: similarity.Wording) -> int:
    return conn.execute(claims.insert().values(text=display_text(wording.text),
                                                      lang=wording.lang)).inserted_primary_key[0]


def display_text(text: str) -> str:
    """A wording as a claim's title: without the quotation marks that wrap all of it."""
    text = text.strip()
    if len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip()
    return text

