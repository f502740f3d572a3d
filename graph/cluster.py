"""Deferred clustering: the statements an ``ingest --defer-claims`` stored without their claim.

Encoding and clustering each statement is most of an inline ingest's time;
a bulk ingest leaves it, and :func:`cluster` does it afterwards over every
unclaimed statement, in statement id order (the order an inline ingest
would have clustered them in), through the same :func:`.claims.update`. Each
batch is one transaction: an interrupted run keeps the batches it finished,
and running it again carries on where it stopped.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass

import numpy as np
from sqlalchemy import Connection, func, select

from . import claims
from .review import REJECTED
from .schema import statement_vectors, statements
from .store import Store
from .workers import Local

BATCH = 2000  # statements per transaction: encoded together, and a Ctrl-C loses at most one
# A statement a reviewer rejected has no claim on purpose: it never waits for one.
_WAITING = statements.c.claim_id.is_(None) & statements.c.review.is_distinct_from(REJECTED)


@dataclass
class Clustered:
    statements: int = 0
    new_claims: int = 0


def unclaimed(conn: Connection) -> int:
    """How many statements wait for their claim."""
    return conn.scalar(select(func.count()).select_from(statements)
                       .where(_WAITING))


def cluster(store: Store, batch_size: int = BATCH,
            progress: Callable[[int], object] | None = None, workers: int = 1) -> Clustered:
    """Give every unclaimed statement its claim, ``batch_size`` statements a transaction.

    ``progress(n)`` is told each time n more statements are clustered. With
    ``workers`` > 1 the wordings of the next batches are encoded in that many
    processes while this one clusters: the encoder is about half the work, and
    the index cannot be shared between processes.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    done = Clustered()
    batches = _unclaimed_batches(store, batch_size)
    with closing(Local(workers).map(_encode, batches)) as encoded:
        for batch, vectors in encoded:
            with store.transaction() as conn:
                claims.keep_vectors(conn, batch.to_encode, vectors)
                done.new_claims += claims.update(conn, batch.ids)["new_claims"]
            done.statements += len(batch.ids)
            if progress:
                progress(len(batch.ids))
    return done


@dataclass
class _Batch:
    ids: list[int]             # unclaimed statements, in id order
    to_encode: list[int]       # those of them with no stored vector ...
    texts: list[str]           # ... and their wordings


def _unclaimed_batches(store: Store, size: int) -> Iterator[_Batch]:
    """Unclaimed statements in id order, read ahead of clustering (which only fills claim_id in)."""
    after = 0
    while True:
        with store.reading() as conn:
            rows = conn.execute(
                select(statements.c.id, statements.c.claim_text, statement_vectors.c.statement_id
                       .label("has_vector"))
                .outerjoin(statement_vectors, claims.VECTOR_OF_STATEMENT)
                .where(_WAITING, statements.c.id > after)
                .order_by(statements.c.id).limit(size)).all()
        if not rows:
            return
        missing = [row for row in rows if row.has_vector is None]
        yield _Batch([row.id for row in rows], [row.id for row in missing],
                     [row.claim_text for row in missing])
        after = rows[-1].id


def _encode(batch: _Batch) -> np.ndarray:
    return claims.encode_once(batch.texts)
