"""Keys cut into lists short enough for one ``IN (...)`` query."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

SIZE = 500  # keys per IN (...) query: well under SQLite's and PostgreSQL's limits on bound parameters


def chunks(items: Sequence) -> Iterator[Sequence]:
    """``items`` in consecutive slices of at most :data:`SIZE`."""
    for start in range(0, len(items), SIZE):
        yield items[start:start + SIZE]
