"""Whether two sources' statements of one claim say the same thing: a check before "corroborated".

Claim matching (:mod:`.claims`) decides which statements make one claim, at the
pair model's threshold and through chains (A like B, B like C: A, B and C in
one claim, however far A is from C). When it joins two assertions that differ
(two strikes on two days, a minister's opinion and an envoy's), the claim gets
two sources that corroborate nothing, and a false "corroborated" tells a
fact-checker to stop checking. So two voices corroborate each other only when
some statement of one and some statement of the other match at the pair
model's confident level (:data:`isnad.graph.similarity.CONFIDENT`, chosen for
precision 0.95 on held-out pairs: ``data/models/pairs.md``); below it the
claim is "corroborated?" and the reason gives the match.
"""
from __future__ import annotations

from .similarity import CONFIDENT, Wording, score


def best_match(first: list[Wording], second: list[Wording]) -> float | None:
    """The pair model's highest probability between a wording of ``first`` and one of
    ``second``; None when either has none (nothing to judge by)."""
    if not first or not second:
        return None
    best = 0.0
    for a in first:
        for b in second:
            best = max(best, score(a, b))
            if best >= CONFIDENT:
                return best  # one confident pair is enough
    return best


def agree(match: float | None) -> bool:
    """Whether a best match lets two voices corroborate each other (no wordings: no evidence
    against, as for a graph read without them)."""
    return match is None or match >= CONFIDENT
