"""A claim's status, decided from its origins (:mod:`.origins`) and kept in ``claims``.

A named origin is a person, organization or medium whose name is a name
(:mod:`.names`: not "the source", not a time word or a piece of a sentence).
Named origins are grouped into voices, one per source, and checked for being
possibly one source (:mod:`.independence`). The first rule that holds decides:

1. ``circular`` — the claim looks better sourced than it is: either the
   articles present it on the word of two or more sources (after merges and
   spokespeople are folded) whose relay chains all end at one origin, or
   outlets credit each other in a cycle and fewer than two voices stand
   outside it. Circular comes first because it is the warning a reader needs
   most: several outlets repeating one voice read as corroboration.
2. ``anonymous-only`` — every origin is anonymous or unspecified, however many
   of them there are.
3. ``corroborated`` — two or more voices that stay apart even when every pair
   that may be one source is taken as one, heard in at least two articles,
   some statement of one matching some statement of another at the pair
   model's confident level, neither a long wording (:mod:`.agreement`;
   anonymous origins beside them do not count either way).
4. ``corroborated?`` — needs review: two or more voices, but the corroboration
   rests on a pair that may be one source (one name holding the other, a
   person and their body), on a single article naming them all, or on
   statements that match below the confident level: perhaps two assertions
   that claim matching joined.
5. ``single-source`` — one voice, even when many outlets carry the claim
   crediting it openly (that is one source, honestly reported).

``claims.reason`` holds the evidence as JSON, meant to be checked by a person:
the rule that fired, the voices with the statements and articles behind each,
the ties and possible pairs that grouped names, what would change the status,
every origin, source, chain, cycle, outlet and article, and the claims that
dispute it (``disputed_by``: a denial is linked, never counted as a source of
the claim).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, or_, select

from .independence import Independence, assess
from .origins import Origins, origins
from .schema import articles, claim_disputes, claims, statements

CIRCULAR = "circular"
ANONYMOUS_ONLY = "anonymous-only"
CORROBORATED = "corroborated"
NEEDS_REVIEW = "corroborated?"
SINGLE_SOURCE = "single-source"
# The scorer's calibrated confidence a voice needs on at least one statement to corroborate.
SURE = 0.7
# The order lists and legends show them in: the weakest support first.
STATUSES = (SINGLE_SOURCE, ANONYMOUS_ONLY, NEEDS_REVIEW, CORROBORATED, CIRCULAR)
# A word each status can stand as where "?" cannot (CSS classes, file names).
SLUGS = {status: status.replace("?", "-review") for status in STATUSES}


@dataclass
class Decision:
    status: str
    rule: str                # why, in words
    would_change: str        # what would change it, in words
    independence: Independence


def decide(found: Origins) -> tuple[str, str]:
    """The status of a claim and the rule, in words, that gave it."""
    decision = judge(found)
    return decision.status, decision.rule


def judge(found: Origins) -> Decision:
    """The status of a claim, why, and what would change it."""
    ind = assess(found.named, found.heard, found.words, found.parties, found.wordings)
    voices, apart = ind.voices, ind.apart
    names = " and ".join(f"«{voice.name}»" for voice in voices[:3])
    if found.cycles and apart < 2:
        return Decision(CIRCULAR, "outlets credit each other in a cycle",
                        "a named origin outside the cycle, and a second one, would make it "
                        "corroborated", ind)
    if len(found.origins) == 1 and len(found.sources) > 1:
        return Decision(CIRCULAR, (f"{len(found.sources)} sources as reported, "
                                   f"all traced back to {found.origins[0].name}"),
                        f"a second named origin not relaying {found.origins[0].name} "
                        "would make it corroborated", ind)
    if not voices:
        return Decision(ANONYMOUS_ONLY, "every origin is anonymous or unspecified",
                        "a named person, body or medium standing behind it would make it "
                        "single-source; two independent ones, corroborated", ind)
    unsure = _unsure(voices, found.confidence)
    if ind.corroborated and len(voices) - len(unsure) < 2:
        voice = unsure[0]
        return Decision(NEEDS_REVIEW,
                        f"needs review: the extractor is unsure it read «{voice.name}» right "
                        f"(confidence {_best(voice, found.confidence):.2f} at best, under {SURE})",
                        f"confirming the statements of «{voice.name}» (isnad review confirm) would make "
                        "it corroborated; rejecting them, single-source", ind)
    if ind.corroborated:
        matched = f" (their statements match {ind.match:.2f})" if ind.match is not None else ""
        return Decision(CORROBORATED, f"{apart} independent named origins: {names}{matched}",
                        "showing that two of them are one source, or that one only relays "
                        "another (isnad entities merge), would leave fewer", ind)
    if len(voices) >= 2 and apart < 2:
        pair = ind.possible[0]
        return Decision(NEEDS_REVIEW,
                        f"needs review: {len(voices)} named origins, but «{pair.one}» and "
                        f"«{pair.other}» may be one source ({pair.rule.split(':')[0]})",
                        f"if they are two sources it is corroborated; if one (isnad entities "
                        f"merge), single-source", ind)
    if len(voices) >= 2 and ind.differing:
        one, other, match = ind.differing
        return Decision(NEEDS_REVIEW,
                        f"needs review: the statements of «{one}» and «{other}» may not say the "
                        f"same thing ({match.why_not()})",
                        "if their statements are one assertion it is corroborated; if not, the "
                        "claim joins two assertions and each has fewer sources", ind)
    if len(voices) >= 2:
        article = voices[0].articles[0] if voices[0].articles else "?"
        return Decision(NEEDS_REVIEW,
                        f"needs review: {names} are named in one article only ({article}), "
                        "which cannot corroborate itself",
                        "another article crediting one of them would make it corroborated; "
                        "finding that the article gives one source two names, single-source",
                        ind)
    return Decision(SINGLE_SOURCE, f"one named origin: {voices[0].name}",
                    "a second named origin, not relaying this one and heard in another "
                    "article, would make it corroborated", ind)


def _unsure(voices: list, confidence: dict[int, float]) -> list:
    """The voices every statement of which the scorer doubts: a calibrated confidence under SURE
    means one reading in three or more is wrong, too weak to tell a fact-checker to stop checking.
    A statement stored before the scorer (no confidence) is not doubted."""
    return [voice for voice in voices if voice.statements
            and all(s in confidence and confidence[s] < SURE for s in voice.statements)]


def _best(voice, confidence: dict[int, float]) -> float:
    return max(confidence[s] for s in voice.statements)


def reason(found: Origins, rule: str | Decision) -> dict:
    decision = rule if isinstance(rule, Decision) else judge(found)
    ind = decision.independence
    return {
        "rule": decision.rule,
        "would_change": decision.would_change,
        "voices": [voice.to_json() for voice in ind.voices],
        "ties": [link.to_json() for link in ind.ties],
        "possibly_same": [link.to_json() for link in ind.possible],
        "origins": [party.to_json() for party in found.origins],
        "sources": [party.to_json() for party in found.sources],
        "chains": [chain.to_json() for chain in found.chains],
        "cycles": [[party.name for party in cycle] for cycle in found.cycles],
        "outlets": found.outlets,
        "articles": found.articles,
        "statements": found.statements,
    }


def refresh(conn: Connection, claim_ids: Iterable[int] | None = None) -> int:
    """Recompute and store the status of ``claim_ids`` (every claim when None); how many."""
    if claim_ids is None:
        claim_ids = conn.scalars(select(claims.c.id)).all()
    now = datetime.now(UTC)
    count = 0
    for claim_id in sorted(set(claim_ids)):
        found = origins(conn, claim_id)
        if not found.statements:
            continue  # a claim whose statements went away keeps its last status
        decision = judge(found)
        why = reason(found, decision)
        why["disputed_by"] = _disputed_by(conn, claim_id)
        if why["disputed_by"]:
            why["rule"] = f"{why['rule']}; disputed by " + ", ".join(
                f"claim {other['id']}" for other in why["disputed_by"])
        conn.execute(claims.update().where(claims.c.id == claim_id).values(
            status=decision.status, reason=json.dumps(why, ensure_ascii=False), updated_at=now))
        count += 1
    return count


def _disputed_by(conn: Connection, claim_id: int) -> list[dict]:
    """The claims that deny or contradict this one (``claim_disputes``), for "disputed by …"."""
    rows = conn.execute(select(claims.c.id, claims.c.text).join(
        claim_disputes, claim_disputes.c.by_claim_id == claims.c.id)
        .where(claim_disputes.c.claim_id == claim_id).order_by(claims.c.id)).all()
    return [{"id": row.id, "text": row.text} for row in rows]


def refresh_entities(conn: Connection, entity_ids: Iterable[int]) -> int:
    """Refresh the claims an entity change (a merge, a split, a new affiliation) may move.

    Those are the claims of every statement whose source, outlet or article's
    publisher is one of ``entity_ids``.
    """
    ids = sorted(set(entity_ids))
    published = select(articles.c.id).where(articles.c.publisher_id.in_(ids))
    touched = conn.scalars(select(statements.c.claim_id).distinct().where(
        statements.c.claim_id.is_not(None),
        or_(statements.c.entity_id.in_(ids), statements.c.outlet_id.in_(ids),
            statements.c.article_id.in_(published)))).all()
    return refresh(conn, touched)
