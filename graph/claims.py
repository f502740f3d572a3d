"""Claim clustering: statements that make the same claim, in any article and language, form one claim.

:func:`update` runs inside each ingest batch's transaction with the ids of the
new statements (ingest's ``AFTER_BATCH``). Each statement's wording is encoded
once (vectors are kept in ``statement_vectors``) and compared in full only with
a few candidate claims, never with the whole store:

- **blocking**: claims that share a rare word stem or a number with it (an
  inverted index; a key held by more than ``RARE`` claims is too common to say
  anything and is skipped);
- **neighbours**: the ``NEIGHBOURS`` claims whose centroid (the mean vector of
  their wordings) lies nearest, from a numpy matrix — the way across languages,
  where no word is shared.

A candidate's first ``MEMBERS`` wordings (held in the index) are scored against the new one
(:func:`isnad.graph.similarity.score`); the best claim at or above the threshold
takes the statement, otherwise it starts a claim of its own. The statuses of
every claim touched are then refreshed (:mod:`.status`).

The index lives in memory for each database and is rebuilt from the store when
the store changed behind it (another process, a rolled-back batch).
"""
from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import Connection, Engine, func, select

from . import encoder, similarity, status
from .schema import claims, statement_vectors, statements

NEIGHBOURS = 10
BLOCKED = 10
RARE = 50
MEMBERS = 8
_CHUNK = 500  # ids per IN (...) list: well under SQLite's limit on bound parameters
_QUOTES = "\"'“”«»„‘’"


def update(conn: Connection, statement_ids: list[int]) -> dict:
    """Give each new statement its claim and refresh the touched claims' statuses; ``{"new_claims": n}``."""
    pending = _unclaimed(conn, statement_ids)
    if not pending:
        return {"new_claims": 0}
    vectors = _encode_once([text for _, text in pending])
    _keep_vectors(conn, [sid for sid, _ in pending], vectors)
    index = _index(conn)
    new_claims = 0
    touched: set[int] = set()
    for (statement_id, text), vector in zip(pending, vectors):
        wording = similarity.wording(text, vector)
        claim_id = best_claim(index, wording)
        if claim_id is None:
            claim_id = _new_claim(conn, wording)
            new_claims += 1
        conn.execute(statements.update().where(statements.c.id == statement_id)
                     .values(claim_id=claim_id))
        index.add(claim_id, wording)
        touched.add(claim_id)
    index.fingerprint = _fingerprint(conn)
    status.refresh(conn, touched)
    return {"new_claims": new_claims}


def tidy(conn: Connection, claim_ids: Iterable[int]) -> dict:
    """After statements went away (a changed article re-ingested): the claims they were in.

    A claim left with no statement is deleted; one that lost some gets its
    status again, since its origins may have gone with them.
    """
    ids = sorted(set(claim_ids))
    held: set[int] = set()
    for chunk in _chunks(ids):
        held.update(conn.scalars(select(statements.c.claim_id).distinct()
                                 .where(statements.c.claim_id.in_(chunk))))
    empty = [claim_id for claim_id in ids if claim_id not in held]
    for chunk in _chunks(empty):
        conn.execute(claims.delete().where(claims.c.id.in_(chunk)))
    status.refresh(conn, held)
    return {"deleted_claims": len(empty)} if empty else {}


def best_claim(index: ClaimIndex, wording: similarity.Wording) -> int | None:
    """The candidate claim that ``wording`` matches best, when one reaches the threshold."""
    best_id, best_score = None, similarity.THRESHOLD
    for claim_id in index.candidates(wording):
        score = max(similarity.score(wording, member) for member in index.members[claim_id])
        if score >= best_score:
            best_id, best_score = claim_id, score
    return best_id


# --- the in-memory index -------------------------------------------------------------

@dataclass
class ClaimIndex:
    """Claim centroids as one matrix, and rare keys to the claims that hold them."""

    ids: list[int] = field(default_factory=list)
    row: dict[int, int] = field(default_factory=dict)
    sums: np.ndarray = field(default_factory=lambda: np.zeros((64, encoder.DIMENSIONS), np.float32))
    centroids: np.ndarray = field(
        default_factory=lambda: np.zeros((64, encoder.DIMENSIONS), np.float32))
    postings: dict[str, set[int]] = field(default_factory=dict)
    # The first MEMBERS wordings of each claim, compared in full with a new one.
    members: dict[int, list[similarity.Wording]] = field(default_factory=dict)
    fingerprint: tuple = ()

    def add(self, claim_id: int, wording: similarity.Wording) -> None:
        if claim_id not in self.row:
            self._grow()
            self.row[claim_id] = len(self.ids)
            self.ids.append(claim_id)
        at = self.row[claim_id]
        self.sums[at] += wording.vector
        self.centroids[at] = encoder.normalise(self.sums[at])
        for key in keys(wording):
            self.postings.setdefault(key, set()).add(claim_id)
        members = self.members.setdefault(claim_id, [])
        if len(members) < MEMBERS:
            members.append(wording)

    def candidates(self, wording: similarity.Wording) -> list[int]:
        """Claims worth a full comparison: the nearest centroids, then those blocked by key."""
        if not self.ids:
            return []
        cosines = self.centroids[: len(self.ids)] @ wording.vector
        take = min(NEIGHBOURS, len(self.ids))
        nearest = np.argpartition(-cosines, take - 1)[:take]
        found = [self.ids[i] for i in nearest[np.argsort(-cosines[nearest])]]
        shared: dict[int, int] = {}
        for key in keys(wording):
            holders = self.postings.get(key, ())
            if len(holders) <= RARE:
                for claim_id in holders:
                    shared[claim_id] = shared.get(claim_id, 0) + 1
        # Ties go to the older claim: set order (string hashing) differs from run to run.
        found += sorted(shared, key=lambda claim_id: (-shared[claim_id], claim_id))[:BLOCKED]
        return list(dict.fromkeys(found))

    def _grow(self) -> None:
        if len(self.ids) < len(self.sums):
            return
        self.sums = np.concatenate([self.sums, np.zeros_like(self.sums)])
        self.centroids = np.concatenate([self.centroids, np.zeros_like(self.centroids)])


def keys(wording: similarity.Wording) -> set[str]:
    """Blocking keys: word stems, and numbers marked as such."""
    return set(wording.stems) | {f"#{number}" for number in wording.numbers}


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
    index = ClaimIndex()
    rows = conn.execute(
        select(statements.c.id, statements.c.claim_id, statements.c.claim_text,
               statement_vectors.c.vector)
        .outerjoin(statement_vectors, (statement_vectors.c.statement_id == statements.c.id)
                   & (statement_vectors.c.model == encoder.MODEL))
        .where(statements.c.claim_id.is_not(None)).order_by(statements.c.id)).all()
    missing = [row for row in rows if row.vector is None]
    fresh = dict(zip((row.id for row in missing), _encode_once([r.claim_text for r in missing])))
    if missing:
        _keep_vectors(conn, list(fresh), list(fresh.values()))
    for row in rows:
        vector = fresh[row.id] if row.vector is None else encoder.from_bytes(row.vector)
        index.add(row.claim_id, similarity.wording(row.claim_text, vector))
    return index


# --- the store -------------------------------------------------------------------------

def _unclaimed(conn: Connection, statement_ids: Iterable[int]) -> list[tuple[int, str]]:
    out = []
    for chunk in _chunks(sorted(set(statement_ids))):
        out += conn.execute(select(statements.c.id, statements.c.claim_text)
                            .where(statements.c.id.in_(chunk), statements.c.claim_id.is_(None))
                            .order_by(statements.c.id)).all()
    return [(row.id, row.claim_text) for row in out]


def _encode_once(texts: list[str]) -> np.ndarray:
    """The vectors of ``texts``, each distinct wording encoded once (relays repeat wordings)."""
    distinct = list(dict.fromkeys(texts))
    vectors = encoder.encode(distinct)
    row = {text: i for i, text in enumerate(distinct)}
    return vectors[[row[text] for text in texts]] if texts else vectors


def _keep_vectors(conn: Connection, statement_ids: list[int], vectors: Iterable[np.ndarray]) -> None:
    for chunk in _chunks(statement_ids):
        conn.execute(statement_vectors.delete().where(statement_vectors.c.statement_id.in_(chunk)))
    rows = [{"statement_id": sid, "model": encoder.MODEL, "vector": encoder.to_bytes(vector)}
            for sid, vector in zip(statement_ids, vectors)]
    if rows:
        conn.execute(statement_vectors.insert(), rows)


def _new_claim(conn: Connection, wording: similarity.Wording) -> int:
    return conn.execute(claims.insert().values(text=display_text(wording.text),
                                                      lang=wording.lang)).inserted_primary_key[0]


def display_text(text: str) -> str:
    """A wording as a claim's title: without the quotation marks that wrap all of it."""
    text = text.strip()
    if len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip()
    return text


def _chunks(items: list) -> Iterator[list]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]
