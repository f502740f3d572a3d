"""Whether two sources' statements of one claim say the same thing: a check before "corroborated".

Claim matching (:mod:`.claims`) decides which statements make one claim, at the
pair model's threshold and through chains (A like B, B like C: A, B and C in
one claim, however far A is from C). When it joins two assertions that differ
(two strikes on two days, a minister's opinion and an envoy's), the claim gets
two sources that corroborate nothing, and a false "corroborated" tells a
fact-checker to stop checking. So two voices corroborate each other only when
some statement of one and some statement of the other match at the pair
model's confident level (:data:`isnad.graph.similarity.CONFIDENT`, chosen for
precision 0.95 on held-out pairs: ``data/models/pairs.md``), neither wording
long (more than :data:`isnad.graph.similarity.ONE_ASSERTION` content words: a
long span tells several things, and held-out pairs with one reach that
precision at no level); otherwise the claim is "corroborated?" and the reason
gives the match.
"""
from __future__ import annotations

from dataclasses import dataclass

from .similarity import CONFIDENT, ONE_ASSERTION, Wording, score


@dataclass(frozen=True)
class Match:
    probability: float  # the best between the two voices' statements
    sure: bool          # at the confident level, between two short wordings

    def why_not(self) -> str:
        """Why it does not corroborate, in words."""
        if self.probability >= CONFIDENT:
            return (f"match {self.probability:.2f}, but a statement of more than {ONE_ASSERTION} "
                    "content words tells several things")
        return f"match {self.probability:.2f}, under the {CONFIDENT:.2f} that corroborates"


def best_match(first: list[Wording], second: list[Wording]) -> Match | None:
    """The best pair-model match between a wording of ``first`` and one of ``second``; None
    when either has none (nothing to judge by)."""
    if not first or not second:
        return None
    best = Match(0.0, False)
    for a in first:
        for b in second:
            probability = score(a, b)
            sure = probability >= CONFIDENT and max(len(a.stems), len(b.stems)) <= ONE_ASSERTION
            if (sure, probability) > (best.sure, best.probability):
                best = Match(probability, sure)
            if sure:
                return best  # one confident pair is enough
    return best


def agree(match: Match | None) -> bool:
    """Whether a best match lets two voices corroborate each other (no wordings: no evidence
    against, as for a graph read without them)."""
    return match is None or match.sure
