"""How claim lookup scales: the cost of one statement's lookup at 10k, 100k and 1M indexed wordings.

``isnad cluster`` spends each statement's time on encoding it (constant), on
the store (constant per statement) and on finding its claim in the index
(:class:`isnad.graph.claim_index.ClaimIndex`), the only part that could grow
with the archive. This bench fills an index with synthetic wordings up to each
size and times lookups (``best_claim``) and additions there, so the curve to a
million statements is measured, not guessed. It also checks the approximate
index against an exact scan: how often the nearest claim it finds is the
nearest there is.

    python -m bench.claim_index_speed [--sizes 10000,100000,1000000] [--json OUT]

The wordings are deterministic: vectors around topic centres (the way an
archive's claims crowd around its stories; unstructured random vectors would
be the hardest case for any nearest-neighbour graph), half of them repeating
an earlier claim's wording with small changes, and word stems drawn from a
Zipf-like vocabulary so blocking meets common and rare keys alike.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import deque
from pathlib import Path

import numpy as np

from isnad.graph import claim_index, encoder, similarity

TOPICS = 2000
VOCABULARY = 50_000
PROBES = 500
RECENT = 20_000
# A probe whose nearest wording is this close should find that wording's claim among its
# candidates (the cosine the matcher's threshold stood at before the pair model: a fixed
# level, so that recall is measured alike whatever model is shipped).
CLOSE = 0.79


class Wordings:
    """An endless, deterministic stream of synthetic wordings, half of them restating an earlier one."""

    def __init__(self, seed: int = 11) -> None:
        self.rng = np.random.default_rng(seed)
        self.topics = encoder.normalise(
            self.rng.standard_normal((TOPICS, encoder.DIMENSIONS)).astype(np.float32))
        # The recent wordings another may restate (a bounded window, as news repeats recent claims,
        # and so the bench's own memory does not swamp the index's).
        self.recent: deque[tuple[np.ndarray, frozenset[str]]] = deque(maxlen=RECENT)
        self.count = 0

    def next(self) -> similarity.Wording:
        rng = self.rng
        if self.recent and rng.random() < 0.5:  # another outlet's wording of an earlier claim
            base_vector, stems = self.recent[int(rng.integers(len(self.recent)))]
            vector = base_vector.astype(np.float32) + 0.25 * self._noise()
        else:
            vector = self.topics[int(rng.integers(TOPICS))] + 0.9 * self._noise()
            ranks = np.minimum(rng.zipf(1.3, 8), VOCABULARY)
            stems = frozenset(f"w{rank}" for rank in ranks)
        vector = encoder.normalise(vector).astype("<f2").astype(np.float32)
        self.recent.append((vector.astype(np.float16), stems))
        self.count += 1
        return similarity.Wording("", "en", vector, stems, frozenset())

    def _noise(self) -> np.ndarray:
        return self.rng.standard_normal(encoder.DIMENSIONS).astype(np.float32) \
            / np.sqrt(encoder.DIMENSIONS)


def measure(sizes: list[int]) -> list[dict]:
    """Fill one index up to each size in turn; at each, time ``PROBES`` lookups and additions."""
    index = claim_index.ClaimIndex()
    stream = Wordings()
    next_claim = 1
    rows = []
    for size in sizes:
        started = time.perf_counter()
        while stream.count < size:
            next_claim = _cluster_one(index, stream.next(), next_claim)
        fill = time.perf_counter() - started
        probes = [stream.next() for _ in range(PROBES)]
        started = time.perf_counter()
        found = [index.best_claim(wording) for wording in probes]
        lookup = (time.perf_counter() - started) / PROBES
        rows.append({"wordings": size, "claims": len(index), "fill_seconds": round(fill, 1),
                     "lookup_ms": round(lookup * 1000, 3),
                     "fill_ms_per_statement": round(fill * 1000 / max(1, size - _before(rows)), 3),
                     "nearest_recall": _recall(index, probes),
                     "matched": sum(claim is not None for claim in found),
                     "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})
        print(_line(rows[-1]), flush=True)
    return rows


def _cluster_one(index: claim_index.ClaimIndex, wording: similarity.Wording, next_claim: int) -> int:
    claim_id = index.best_claim(wording)
    if claim_id is None:
        claim_id, next_claim = next_claim, next_claim + 1
    index.add(claim_id, wording)
    return next_claim


def _before(rows: list[dict]) -> int:
    return rows[-1]["wordings"] if rows else 0


def _recall(index: claim_index.ClaimIndex, probes: list[similarity.Wording]) -> float:
    """Of the probes whose nearest wording (exact scan) is close enough to join its claim,
    the share whose candidates include that claim: what approximation could cost."""
    owners = [claim_id for claim_id, members in index.members.items() for _ in members]
    matrix = index.member_vectors(*index.members)
    close = hits = 0
    for probe in probes:
        cosines = matrix @ probe.vector
        nearest = int(np.argmax(cosines))
        if cosines[nearest] >= CLOSE:
            close += 1
            hits += owners[nearest] in index.candidates(probe)
    return round(hits / close, 4) if close else 1.0


def _line(row: dict) -> str:
    return (f"{row['wordings']:>10} wordings {row['claims']:>9} claims  lookup "
            f"{row['lookup_ms']:>7.3f} ms  fill {row['fill_ms_per_statement']:>7.3f} ms/statement  "
            f"recall {row['nearest_recall']:.3f}  peak {row['peak_rss_mb']:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.claim_index_speed",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="index sizes in wordings, ascending (default 10000,100000,1000000)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    args = parser.parse_args(argv)
    sizes = sorted(int(size) for size in args.sizes.split(","))
    rows = measure(sizes)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
