"""The claims seen so far, held so that a new wording finds the few it may belong to.

Clustering asks, for each new statement, "which claims could this be?" and
compares it in full only with those. Scanning every claim would make an
archive's clustering grow with the square of its size (a million statements,
half a million claims: years). Two lookups answer instead, each in about
constant time per statement:

- **nearest wordings**: the first ``MEMBERS`` wordings of every claim live in
  an approximate nearest-neighbour index (faiss's HNSW graph, vectors kept as
  float16, which is how the store keeps them, so nothing is lost). The claims
  of the ``NEAREST`` wordings nearest the new one are candidates: the way
  across languages, where no word is shared;
- **blocking**: claims that share a rare word stem or a number with it (an
  inverted index; a key held by more than ``RARE`` claims says nothing and is
  dropped for good, which also keeps the postings small).

Wordings are added one at a time in statement order, in a clustering run and
in a rebuild from the store alike, so the graph comes out the same and so do
the candidates: an ingest resumed in a new process clusters as one run would.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import faiss
import numpy as np

from . import encoder, similarity

NEAREST = 10    # claims taken from the nearest wordings
BLOCKED = 10    # claims taken from shared rare keys
RARE = 50       # a key held by more claims than this is too common to block on
MEMBERS = 8     # wordings of a claim kept, indexed and compared in full
_LINKS = 32     # HNSW links per node: recall above 0.95 at a million vectors for 512 dims
# HNSW's candidate lists while building and searching: at 300,000 wordings a search depth
# of 64 found the nearest claim for 0.970 of the wordings that had one, 128 for all of them
# (bench.claim_index_speed), at 0.7 ms a lookup.
_BUILD_DEPTH = 64
_SEARCH_DEPTH = 128
_COMMON = None  # a key's postings once more than RARE claims hold it
# A member's vector lives in the graph only: scoring a member takes the cosine
# computed from member_vectors, and a dot product with this fails loudly.
_IN_THE_GRAPH = np.zeros(0, np.float32)

# Single vectors go in and come out: threads would only cost their start-up,
# and two cores are shared with the encoder.
faiss.omp_set_num_threads(1)


class ClaimIndex:
    """Each claim's first wordings, searchable by vector, and rare keys to the claims that hold them."""

    def __init__(self) -> None:
        self._graph = faiss.IndexHNSWSQ(encoder.DIMENSIONS, faiss.ScalarQuantizer.QT_fp16,
                                        _LINKS, faiss.METRIC_INNER_PRODUCT)
        self._graph.hnsw.efConstruction = _BUILD_DEPTH
        self._graph.hnsw.efSearch = _SEARCH_DEPTH
        self._owner: list[int] = []  # row in the graph -> its claim
        self.members: dict[int, list[similarity.Wording]] = {}  # without vectors: see _IN_THE_GRAPH
        self._rows: dict[int, list[int]] = {}  # each claim's members' rows in the graph
        self._postings: dict[str, set[int] | None] = {}
        self.fingerprint: tuple = ()  # the store's state this index reflects (see claims.py)

    def __len__(self) -> int:
        """How many claims the index holds."""
        return len(self.members)

    def add(self, claim_id: int, wording: similarity.Wording) -> None:
        """``wording`` joined ``claim_id`` (a new claim or an existing one)."""
        for key in keys(wording):
            self._post(key, claim_id)
        members = self.members.setdefault(claim_id, [])
        if len(members) < MEMBERS:
            # The vector is kept once, in the graph (see member_vectors); a million
            # wordings would otherwise hold it twice.
            members.append(replace(wording, vector=_IN_THE_GRAPH))
            self._rows.setdefault(claim_id, []).append(len(self._owner))
            self._graph.add(wording.vector.reshape(1, -1).astype(np.float32))
            self._owner.append(claim_id)

    def member_vectors(self, *claim_ids: int) -> np.ndarray:
        """The vectors of the claims' indexed wordings, one row each, claim after claim."""
        rows = [row for claim_id in claim_ids for row in self._rows[claim_id]]
        return self._graph.reconstruct_batch(np.asarray(rows, dtype=np.int64))

    def candidates(self, wording: similarity.Wording) -> list[int]:
        """Claims worth a full comparison: those of the nearest wordings, then those blocked by key."""
        found = list(self._nearest(wording.vector))
        shared: dict[int, int] = {}
        for key in keys(wording):
            for claim_id in self._postings.get(key) or ():
                shared[claim_id] = shared.get(claim_id, 0) + 1
        # Ties go to the older claim: set order (string hashing) differs from run to run.
        found += sorted(shared, key=lambda claim_id: (-shared[claim_id], claim_id))[:BLOCKED]
        return list(dict.fromkeys(found))

    def best_claim(self, wording: similarity.Wording) -> int | None:
        """The candidate claim ``wording`` matches best, when one reaches the threshold."""
        return self.match(wording)[0]

    def match(self, wording: similarity.Wording) -> tuple[int | None, list[int]]:
        """The candidate claim ``wording`` matches best (None when none reaches the
        threshold), and the candidates it disputes (:func:`similarity.disputes`).

        A claim scores as :meth:`_claim_score` says; on a tie the candidate met
        first (the nearer) wins.
        """
        found = self.candidates(wording)
        if not found:
            return None, []
        # One product for every candidate member: most of them are then dropped cheaply.
        cosines = iter((self.member_vectors(*found) @ wording.vector).tolist())
        best_id, best_score = None, similarity.THRESHOLD
        disputed: list[int] = []
        for claim_id in found:
            members = self.members[claim_id]
            scored = [(member, cosine) for member, cosine in zip(members, cosines)
                      if similarity.may_reach_threshold(wording, member, cosine)]
            score = self._claim_score(wording, members, scored)
            if any(similarity.disputes(wording, member, cosine) for member, cosine in scored):
                disputed.append(claim_id)
            if score > best_score or (best_id is None and score == best_score):
                best_id, best_score = claim_id, score
        return best_id, disputed

    @staticmethod
    def _claim_score(wording: similarity.Wording, members: list[similarity.Wording],
                     scored: list[tuple[similarity.Wording, float]]) -> float:
        """How well ``wording`` fits a claim: the mean of its scores against the claim's
        ``members`` (those in ``scored``, with their cosines, may reach the threshold; the
        others count 0), and 0 when its facts disagree with any member.

        Scored by its best member alone, a claim would grow by whatever any member matches:
        "12 killed" joins through a wording with no figure a claim that holds "31 killed",
        and "the nuclear deal" links one minister's assertion to another's. On the labelled
        pairs clustered as ingest does (``python -m bench.claim_clusters --split train``)
        this took pairwise precision from 0.885 to 0.972, recall from 0.986 to 0.982,
        and no claim holds wordings whose figures, places or days disagree.
        """
        # Each score is at most 1: with too few members within reach the mean cannot make it.
        mean = ClaimIndex._mean(wording, members, scored)
        # The members in the wording's own language alone, when the claim has others too: a
        # translation scores lower than a paraphrase in one language, so members in the other
        # language pull the mean under the threshold where those in its own language agree
        # ("مسيرة قصفت مستودع الوقود في ميناء الحديدة" against one Arabic member at 0.66 and
        # one English at 0.19).
        own = [member for member in members if member.lang == wording.lang]
        if own and len(own) < len(members):
            mean = max(mean, ClaimIndex._mean(wording, own, [(m, c) for m, c in scored
                                                            if m.lang == wording.lang]))
        if mean >= similarity.THRESHOLD and any(similarity.facts_differ(wording, member)
                                                for member in members):
            return 0.0
        return mean

    @staticmethod
    def _mean(wording: similarity.Wording, members: list[similarity.Wording],
              scored: list[tuple[similarity.Wording, float]]) -> float:
        if len(scored) < similarity.THRESHOLD * len(members):
            return 0.0
        return sum(similarity.score(wording, member, cosine=cosine)
                   for member, cosine in scored) / len(members)

    def _nearest(self, vector: np.ndarray) -> Iterator[int]:
        if not self._owner:
            return
        # A claim may own several of the nearest wordings: ask for enough to find NEAREST claims.
        wanted = min(len(self._owner), NEAREST * 4)
        _, rows = self._graph.search(vector.reshape(1, -1).astype(np.float32), wanted)
        claims_seen: dict[int, None] = {}
        for row in rows[0]:
            if row >= 0:
                claims_seen.setdefault(self._owner[row])
                if len(claims_seen) == NEAREST:
                    break
        yield from claims_seen

    def _post(self, key: str, claim_id: int) -> None:
        holders = self._postings.get(key, set())
        if holders is _COMMON:
            return
        holders.add(claim_id)
        self._postings[key] = holders if len(holders) <= RARE else _COMMON


def keys(wording: similarity.Wording) -> set[str]:
    """Blocking keys: word stems, and numbers marked as such."""
    return set(wording.stems) | {f"#{number}" for number in wording.numbers}
