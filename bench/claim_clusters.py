"""Claim clustering judged on the labelled pairs: does the store's clustering keep them right?

Run from the repository root::

    python -m bench.claim_clusters [--split test|train|all]

``bench.claim_pairs`` judges the pair model one pair at a time. A store does more:
each statement joins the claim it matches best, one after another, so a claim
grows by whatever its members match, and two wordings the model would keep apart
may end in one claim through a third. This bench clusters every distinct wording
of a split of ``data/claim_pairs/pairs.tsv`` the way ingest does (one
:class:`~isnad.graph.claim_index.ClaimIndex`, wordings in file order, all stories
mixed as in an archive) and reports, by language pair, the precision and recall
of "in one claim" over the labelled pairs, and how many claims hold two wordings
whose facts disagree (figures, places, days, roles, events): what issue 12 says
one claim never holds.
"""
from __future__ import annotations

import argparse
from itertools import combinations

from isnad.graph import similarity
from isnad.graph.claim_index import ClaimIndex

from .claim_pairs import LANGS, Pair, load


def cluster(pairs: list[Pair]) -> dict[str, int]:
    """Each distinct wording of ``pairs`` (by text) to its claim, clustered as ingest does."""
    wordings: dict[str, similarity.Wording] = {}
    for pair in pairs:
        wordings.setdefault(pair.a.text, pair.a)
        wordings.setdefault(pair.b.text, pair.b)
    index = ClaimIndex()
    claim_of: dict[str, int] = {}
    for text, wording in wordings.items():
        claim_id = index.match(wording)[0]
        if claim_id is None:
            claim_id = len(index) + 1
        claim_of[text] = claim_id
        index.add(claim_id, wording)
    return claim_of


def pairwise(pairs: list[Pair], claim_of: dict[str, int]) -> dict[str, tuple[float, float, int]]:
    """Precision and recall of "one claim" over the labelled pairs, by language pair."""
    out = {}
    for langs in (*LANGS, "all"):
        chosen = [p for p in pairs if langs in ("all", p.langs)]
        joined = [claim_of[p.a.text] == claim_of[p.b.text] for p in chosen]
        true_pos = sum(j and p.same for j, p in zip(joined, chosen))
        said, same = sum(joined), sum(p.same for p in chosen)
        out[langs] = (true_pos / said if said else 1.0, true_pos / same if same else 1.0, len(chosen))
    return out


def disagreeing_claims(pairs: list[Pair], claim_of: dict[str, int]) -> tuple[int, int]:
    """(claims of two or more wordings, those holding two wordings whose facts disagree)."""
    wordings = {p.a.text: p.a for p in pairs} | {p.b.text: p.b for p in pairs}
    members: dict[int, list[similarity.Wording]] = {}
    for text, claim_id in claim_of.items():
        members.setdefault(claim_id, []).append(wordings[text])
    shared = [group for group in members.values() if len(group) > 1]
    torn = sum(any(similarity.facts_differ(a, b) for a, b in combinations(group, 2))
               for group in shared)
    return len(shared), torn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.claim_clusters",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("test", "train", "all"), default="test")
    args = parser.parse_args(argv)
    pairs = [p for p in load() if args.split in ("all", p.split)]
    claim_of = cluster(pairs)
    print(f"{len(pairs)} labelled pairs ({args.split}), {len(claim_of)} wordings, "
          f"{len(set(claim_of.values()))} claims")
    print(f"{'':8}{'pairs':>6}{'precision':>11}{'recall':>8}")
    for langs, (precision, recall, n) in pairwise(pairs, claim_of).items():
        print(f"  {langs:6}{n:>6}{precision:>11.3f}{recall:>8.3f}")
    shared, torn = disagreeing_claims(pairs, claim_of)
    print(f"claims of several wordings: {shared}; holding wordings whose facts disagree: {torn}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
