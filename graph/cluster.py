"""Deferred clustering: the statements an ``ingest --defer-claims`` stored without their claim.

Encoding and clustering each statement is most of an inline ingest's time;
a bulk ingest leaves it, and :func:`cluster` does it afterwards over every
unclaimed statement, in statement id order (the order an inline ingest
would have clustered them in), through the same :func:`.claims.update`. Each
batch is one transaction: an interrupted run keeps the batches it finished,
and running it again carries on where it stopped.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from . import claims
from .schema import statements
from .store import Store

BATCH = 2000  # statements per transaction: encoded together, and a Ctrl-C loses at most one


@dataclass
class Clustered:
    statements: int = 0
    new_claims: int = 0


def unclaimed(conn: Connection) -> int:
    """How many statements wait for their claim."""
    return conn.scalar(select(func.count()).select_from(statements)
                       .where(statements.c.claim_id.is_(None)))


def cluster(store: Store, batch_size: int = BATCH,
            progress: Callable[[int], object] | None = None) -> Clustered:
    """Give every unclaimed statement its claim, ``batch_size`` statements a transaction.

    ``progress(n)`` is told each time n more statements are clustered.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    done = Clustered()
    after = 0
    while True:
        with store.transaction() as conn:
            ids = _next_unclaimed(conn, after, batch_size)
            if not ids:
                return done
            done.new_claims += claims.update(conn, ids)["new_claims"]
        done.statements += len(ids)
        after = ids[-1]
        if progress:
            progress(len(ids))


def _next_unclaimed(conn: Connection, after: int, limit: int) -> list[int]:
    return list(conn.scalars(select(statements.c.id)
                             .where(statements.c.claim_id.is_(None), statements.c.id > after)
                             .order_by(statements.c.id).limit(limit)))
