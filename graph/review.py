"""The review store: a person checks what the extractor found, and the fix outlives every re-ingest.

A review action (confirm, correct, reject, move) changes one statement's
reviewable values in place (its source, the source's kind, its outlet, its
claim wording, its claim) and sets its review state; the ``reviews`` table keeps
what the action changed, the values before and after, when and by whom. Merging
claims and splitting one are moves of several statements made as one action:
a row per statement, like a move, tied together by their ``batch`` so that they
are undone together and each outlives a re-ingest as a move does. The
claims it touches get their status again at once (:func:`isnad.graph.status.refresh`
through :func:`isnad.graph.claims.tidy`); a rejected statement leaves its claim,
and so the graph, the statuses and every export.

A re-ingest replaces an article's statements (new ids, perhaps a new extractor's
values): :func:`reapply` finds each review's statement again by its anchor (the
sentence, the cue and where the cue sits in the sentence) and applies what the
review changed. A review whose statement cannot be found again keeps its row,
flagged ``second_look``: it is never dropped without a word.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import Connection, case, select, update

from isnad.nlp.segment import sentences

from . import claims as claim_rules
from . import entities as entity_rules
from . import ingest, status
from .schema import articles, citations, claims, entities, reviews, statements, storable_id

UNREVIEWED, CONFIRMED, CORRECTED, REJECTED = "unreviewed", "confirmed", "corrected", "rejected"
STATES = (UNREVIEWED, CONFIRMED, CORRECTED, REJECTED)
ACTIONS = ("confirm", "correct", "reject", "move", "merge", "split")
# The actions by which a person says which claim a statement is in.
PLACING = ("move", "merge", "split")
# The values a review can change; the others in a state (names) are there for people to read.
REVIEWABLE = ("review", "entity_id", "kind", "outlet_id", "claim_text", "claim_id")
# Claims that need a person first: the statuses that warn (status.py), most serious first.
ATTENTION = (status.CIRCULAR, status.ANONYMOUS_ONLY, status.SINGLE_SOURCE)
GONE = "its sentence is no longer in the article"
NOT_FOUND = "the extractor no longer finds this statement in its sentence"


class ReviewError(Exception):
    """A review that cannot be made (no such statement, nothing to undo); worded for the user."""


@dataclass(frozen=True)
class Done:
    """What an action did: its row in ``reviews`` and the statement's values before and after."""

    review_id: int
    action: str
    statement_id: int | None
    before: dict
    after: dict
    # A merge or split: the other statements it moved, done and undone with this one.
    rest: tuple[Done, ...] = ()

    def changes(self) -> dict:
        return changed(self.before, self.after)

    def each(self) -> tuple[Done, ...]:
        return (self, *self.rest)

    def claim_ids(self) -> list[int]:
        """The claims the action moved statements out of and into."""
        return sorted({values.get("claim_id") for done in self.each()
                       for values in (done.before, done.after)} - {None})

    def to_json(self) -> dict:
        doc = {"review": self.review_id, "action": self.action, "statement": self.statement_id,
               "before": self.before, "after": self.after}
        if self.rest:
            doc["statements"] = [done.statement_id for done in self.each()]
        return doc


def changed(before: dict, after: dict) -> dict:
    """The reviewable values ``after`` sets differently from ``before``."""
    return {name: after.get(name) for name in REVIEWABLE if before.get(name) != after.get(name)}


# --- the actions ---------------------------------------------------------------------

def confirm(conn: Connection, statement_id: int, reviewer: str | None = None) -> Done:
    """The extractor got this statement right."""
    before = _reviewable(conn, statement_id, "confirm")
    return _record(conn, statement_id, "confirm", before, {**before, "review": CONFIRMED}, reviewer)


def correct(conn: Connection, statement_id: int, reviewer: str | None = None, *,
            source: str | None = None, kind: str | None = None, outlet: str | None = None,
            claim_text: str | None = None) -> Done:
    """Give the statement the source, kind, outlet or claim wording a person read in the article."""
    if source is None and kind is None and outlet is None and claim_text is None:
        raise ReviewError("nothing to correct: give --source, --kind, --outlet or --claim-text")
    if kind is not None and kind not in entity_rules.KINDS:
        raise ReviewError(f"unknown kind {kind!r}: one of {', '.join(entity_rules.KINDS)}")
    for name, value in (("source", source), ("outlet", outlet), ("claim text", claim_text)):
        if value is not None and not value.strip():
            raise ReviewError(f"the {name} is empty")
        if value is not None and "\x00" in value:
            raise ReviewError(f"the {name} holds a NUL character")
    before = _reviewable(conn, statement_id, "correct")
    after = {**before, "review": CORRECTED}
    article_id = before["article"]
    resolver = entity_rules.Resolver(conn, entity_rules.load_gazetteer(), [article_id])
    if source is not None:
        after["entity_id"] = resolver.entity(source.strip(), kind or before["kind"], article_id)
    if outlet is not None:
        after["outlet_id"] = resolver.entity(outlet.strip(), "media", article_id)
    resolver.flush()
    after.update(_names(conn, after["entity_id"], after["outlet_id"]))
    if kind is not None:
        after["kind"] = kind  # the source itself is of this kind: it changes for all it said
    if claim_text is not None:
        after["claim_text"] = claim_text.strip()
    return _record(conn, statement_id, "correct", before, after, reviewer)


def reject(conn: Connection, statement_id: int, reviewer: str | None = None) -> Done:
    """Not an attribution: the statement leaves its claim (and with it the graph)."""
    before = _reviewable(conn, statement_id, "reject")
    after = {**before, "review": REJECTED, "claim_id": None, "claim": None}
    return _record(conn, statement_id, "reject", before, after, reviewer)


def move(conn: Connection, statement_id: int, claim_id: int, reviewer: str | None = None) -> Done:
    """The statement makes another claim than the one clustering gave it (also brings back a rejected one)."""
    before = _state(conn, statement_id)
    target = _claim_text(conn, claim_id)
    if before["claim_id"] == claim_id:
        raise ReviewError(f"statement {statement_id} is already in claim {claim_id}")
    after = {**before, "review": CORRECTED, "claim_id": claim_id, "claim": target}
    return _record(conn, statement_id, "move", before, after, reviewer)


def merge(conn: Connection, claim_id: int, others: Iterable[int], reviewer: str | None = None) -> Done:
    """The other claims are the same claim as ``claim_id``: their statements join it."""
    others = list(dict.fromkeys(others))
    _claim_text(conn, claim_id)
    if not others:
        raise ReviewError("name the claims to merge into it")
    if claim_id in others:
        raise ReviewError(f"claim {claim_id} cannot be merged with itself")
    for other in others:
        _claim_text(conn, other)
    # The claim's own statements are recorded too (they stay): a re-ingest clusters their new
    # statements afresh, and without their anchors the merged claim would come apart again.
    members = conn.scalars(select(statements.c.id).where(statements.c.claim_id.in_([claim_id, *others]))
                           .order_by(statements.c.id))
    return _place_together(conn, [(statement_id, claim_id) for statement_id in members], "merge", reviewer)


def split(conn: Connection, claim_id: int, statement_ids: Iterable[int], reviewer: str | None = None) -> Done:
    """These statements of ``claim_id`` make another claim: they leave for a new claim of their own."""
    wanted = list(dict.fromkeys(statement_ids))
    _claim_text(conn, claim_id)
    if not wanted:
        raise ReviewError("name the statements to split off")
    members = set(conn.scalars(select(statements.c.id).where(statements.c.claim_id == claim_id)))
    strangers = [str(i) for i in wanted if i not in members]
    if strangers:
        raise ReviewError(f"not in claim {claim_id}: statement {', '.join(strangers)}")
    if members <= set(wanted):
        raise ReviewError(f"that is every statement of claim {claim_id}: leave at least one")
    first = _state(conn, wanted[0])
    new_id = _new_claim(conn, first["claim_text"], first["article"])
    # Those that stay are recorded too, for the reason a merge records the claim's own.
    staying = sorted(members - set(wanted))
    return _place_together(conn, [(statement_id, new_id) for statement_id in wanted]
                           + [(statement_id, claim_id) for statement_id in staying], "split", reviewer)


def undo(conn: Connection, reviewer: str | None = None) -> Done:
    """Take back the last action still in force: its statements get their values before it."""
    last = conn.execute(select(reviews).where(reviews.c.undone_at.is_(None))
                        .order_by(reviews.c.id.desc()).limit(1)).first()
    if last is None:
        raise ReviewError("nothing to undo")
    rows = [last] if last.batch is None else conn.execute(
        select(reviews).where(reviews.c.batch == last.batch, reviews.c.undone_at.is_(None))
        .order_by(reviews.c.id.desc())).all()
    done = []
    for row in rows:  # the last moved first back, so that a claim comes back as it was
        before, after = json.loads(row.before), json.loads(row.after)
        if row.statement_id is not None:
            _apply(conn, row.statement_id, changed(after, before), before)
        conn.execute(update(reviews).where(reviews.c.id == row.id).values(undone_at=_now()))
        done.append(Done(row.id, row.action, row.statement_id, after, before))
    done.reverse()
    return replace(done[0], rest=tuple(done[1:]))


def _place_together(conn: Connection, placements: list[tuple[int, int]], action: str,
                    reviewer: str | None) -> Done:
    """Put each statement in its claim, one row each in the log (those already there too), one
    action for undo."""
    done: list[Done] = []
    for statement_id, claim_id in placements:
        before = _state(conn, statement_id)
        after = {**before, "claim_id": claim_id, "claim": _claim_text(conn, claim_id)}
        if before["claim_id"] != claim_id:
            after["review"] = CORRECTED
        done.append(_record(conn, statement_id, action, before, after, reviewer,
                            batch=done[0].review_id if done else None))
    conn.execute(update(reviews).where(reviews.c.id == done[0].review_id)
                 .values(batch=done[0].review_id))
    return replace(done[0], rest=tuple(done[1:]))


def _claim_text(conn: Connection, claim_id: int) -> str:
    text = conn.scalar(select(claims.c.text).where(claims.c.id == claim_id)) \
        if storable_id(claim_id) else None
    if text is None:
        raise ReviewError(f"no claim {claim_id}")
    return text


def _new_claim(conn: Connection, wording: str, article_id: str) -> int:
    lang = conn.scalar(select(articles.c.lang).where(articles.c.id == article_id))
    return conn.execute(claims.insert().values(text=claim_rules.display_text(wording), lang=lang)
                        ).inserted_primary_key[0]


def _reviewable(conn: Connection, statement_id: int, action: str) -> dict:
    state = _state(conn, statement_id)
    if state["review"] == REJECTED:
        raise ReviewError(f"statement {statement_id} was rejected: undo that, or bring it back into "
                          f"a claim with isnad review move {statement_id} --to-claim CLAIM_ID "
                          f"before you {action} it")
    return state


def _record(conn: Connection, statement_id: int, action: str, before: dict, after: dict,
            reviewer: str | None, batch: int | None = None) -> Done:
    _apply(conn, statement_id, changed(before, after), after)
    anchor = _anchor(conn, statement_id)
    review_id = conn.execute(reviews.insert().values(
        statement_id=statement_id, article_id=before["article"], sentence=anchor[0], cue=anchor[1],
        cue_at=anchor[2], action=action, before=json.dumps(before, ensure_ascii=False),
        after=json.dumps(after, ensure_ascii=False), reviewer=(reviewer or "").strip() or None,
        created_at=_now(), batch=batch)).inserted_primary_key[0]
    return Done(review_id, action, statement_id, before, after)


# --- a statement's values --------------------------------------------------------------

def _state(conn: Connection, statement_id: int) -> dict:
    """The statement's reviewable values, with the names a person reads them by."""
    row = conn.execute(select(statements.c.article_id, statements.c.review, statements.c.entity_id,
                              statements.c.outlet_id, statements.c.claim_text, statements.c.claim_id,
                              claims.c.text.label("claim"))
                       .outerjoin(claims, claims.c.id == statements.c.claim_id)
                       .where(statements.c.id == statement_id)).first() \
        if storable_id(statement_id) else None
    if row is None:
        raise ReviewError(f"no statement {statement_id}")
    return {"article": row.article_id, "review": row.review or UNREVIEWED,
            "entity_id": row.entity_id, **_names(conn, row.entity_id, row.outlet_id),
            "outlet_id": row.outlet_id, "claim_text": row.claim_text,
            "claim_id": row.claim_id, "claim": row.claim}


def _names(conn: Connection, entity_id: int, outlet_id: int | None) -> dict:
    source = _entity(conn, entity_id)
    outlet = _entity(conn, outlet_id) if outlet_id is not None else None
    return {"source": source.name, "kind": source.kind, "outlet": outlet.name if outlet else None}


def _entity(conn: Connection, entity_id: int):
    """The entity as it counts now (after merges): its name and kind."""
    return conn.execute(select(entities.c.id, entities.c.name, entities.c.kind)
                        .where(entities.c.id == entity_rules.current(conn, entity_id))).one()


def _apply(conn: Connection, statement_id: int, changes: dict, values: dict) -> None:
    """Give the statement ``changes``, then make the claims and entities it touches follow."""
    if not changes:
        return
    old = conn.execute(select(statements.c.claim_id, statements.c.entity_id, statements.c.article_id)
                       .where(statements.c.id == statement_id)).one()
    row = {name: value for name, value in changes.items() if name in statements.c and name != "review"}
    if "review" in changes:
        row["review"] = None if changes["review"] == UNREVIEWED else changes["review"]
    if changes.get("claim_id") is not None:
        _claim_exists(conn, changes["claim_id"], values.get("claim") or values["claim_text"],
                      old.article_id)
    if row:
        conn.execute(update(statements).where(statements.c.id == statement_id).values(**row))
    touched_entities = set()
    if "kind" in changes:
        # The correction is of the source itself: every statement of it follows.
        source = entity_rules.current(conn, changes.get("entity_id", old.entity_id))
        conn.execute(update(entities).where(entities.c.id == source).values(kind=changes["kind"]))
        touched_entities.add(source)
    if "entity_id" in changes or "outlet_id" in changes or "kind" in changes:
        _cite_again(conn, statement_id)
    _forget_claim_index(conn)
    claim_rules.tidy(conn, {old.claim_id, changes.get("claim_id", old.claim_id)} - {None})
    if touched_entities:
        status.refresh_entities(conn, touched_entities)


def _forget_claim_index(conn: Connection) -> None:
    # Clustering keeps an index of which wording is in which claim; a move can leave it
    # pointing at a claim that is gone, and its fingerprint (counts, largest ids) may not see it.
    claim_rules._INDEXES.pop(conn.engine, None)  # noqa: SLF001 - rebuilt from the store on next use


def _claim_exists(conn: Connection, claim_id: int, text: str, article_id: str) -> None:
    """A claim an undo moves a statement back into, made again when it went with its last statement."""
    if conn.scalar(select(claims.c.id).where(claims.c.id == claim_id)) is None:
        lang = conn.scalar(select(articles.c.lang).where(articles.c.id == article_id))
        conn.execute(claims.insert().values(id=claim_id, text=claim_rules.display_text(text), lang=lang))


def _cite_again(conn: Connection, statement_id: int) -> None:
    """The statement's citations, from its source and outlet as they are now (ingest's own rule)."""
    row = conn.execute(select(statements.c.article_id, statements.c.entity_id, statements.c.outlet_id,
                              articles.c.publisher_id)
                       .join(articles, articles.c.id == statements.c.article_id)
                       .where(statements.c.id == statement_id)).one()
    resolver = entity_rules.Resolver(conn, entity_rules.load_gazetteer(), [row.article_id])
    conn.execute(citations.delete().where(citations.c.statement_id == statement_id))
    pairs = ingest.credited(resolver, row.publisher_id, row.entity_id, row.outlet_id)
    if pairs:
        conn.execute(citations.insert(), [{"article_id": row.article_id, "statement_id": statement_id,
                                           "citing_id": citing, "cited_id": cited}
                                          for citing, cited in pairs])


# --- anchors: finding a statement again after a re-ingest ----------------------------------

def _anchor(conn: Connection, statement_id: int) -> tuple[str, str, int]:
    row = conn.execute(select(statements, articles.c.text.label("article_text"))
                       .join(articles, articles.c.id == statements.c.article_id)
                       .where(statements.c.id == statement_id)).one()
    return anchor_of(row.article_text, row)


def anchor_of(text: str, row) -> tuple[str, str, int]:
    """(sentence, cue, cue's offset in it): the statement's place in ``text``, whatever its id."""
    start, end = sentence_span(text, row)
    return text[start:end], row.cue_text, row.cue_start - start


def sentence_span(text: str, row) -> tuple[int, int]:
    """From the start of the sentence where the statement's first span is to the end of its last one's."""
    starts = [row.claim_start, row.cue_start] + ([row.speaker_start] if row.speaker_start is not None else [])
    ends = [row.claim_end, row.cue_end] + ([row.speaker_end] if row.speaker_end is not None else [])
    low, high = min(starts), max(ends)
    spans = sentences(text)
    start = next((a for a, b in reversed(spans) if a <= low), low)
    end = next((b for a, b in spans if b >= high), high)
    return min(start, low), max(end, high)


def reapply(conn: Connection, article_ids: Iterable[str]) -> dict:
    """After ``article_ids`` were extracted again: their reviews onto their new statements.

    Called by ingest inside the batch's transaction, once the new statements have
    their claims. Returns counts for the ingest's summary.
    """
    ids = sorted(set(article_ids))
    rows = []
    for start in range(0, len(ids), 500):
        rows += conn.execute(select(reviews).where(reviews.c.article_id.in_(ids[start:start + 500]),
                                                   reviews.c.undone_at.is_(None))
                             .order_by(reviews.c.id)).all()
    kept = flagged = 0
    found: dict[str, dict] = {}
    for row in rows:
        if row.article_id not in found:
            found[row.article_id] = _anchors(conn, row.article_id)
        text, anchors = found[row.article_id]
        statement_id = anchors.get((row.sentence, row.cue, row.cue_at))
        if statement_id is None:
            why = NOT_FOUND if row.sentence in text else GONE
            conn.execute(update(reviews).where(reviews.c.id == row.id)
                         .values(statement_id=None, second_look=why))
            flagged += 1
            continue
        before, after = json.loads(row.before), json.loads(row.after)
        changes = changed(before, after)
        if row.action in PLACING:
            # The person said which claim the statement is in: wherever clustering put the new one.
            changes["claim_id"] = after["claim_id"]
        _apply(conn, statement_id, changes, after)
        conn.execute(update(reviews).where(reviews.c.id == row.id)
                     .values(statement_id=statement_id, second_look=None))
        kept += 1
    counts = {"reviews_kept": kept, "reviews_needing_a_second_look": flagged}
    return {name: value for name, value in counts.items() if value}


def _anchors(conn: Connection, article_id: str) -> tuple[str, dict]:
    text = conn.scalar(select(articles.c.text).where(articles.c.id == article_id))
    rows = conn.execute(select(statements).where(statements.c.article_id == article_id)
                        .order_by(statements.c.seq)).all()
    out: dict[tuple[str, str, int], int] = {}
    for row in rows:
        out.setdefault(anchor_of(text, row), row.id)
    return text, out


# --- what people read: the queue and the log ------------------------------------------------

def queue(conn: Connection, limit: int = 20) -> list[dict]:
    """What to look at first: reviews needing a second look, then unreviewed statements.

    Statements of the claims that warn (circular, anonymous-only, single-source, in
    that order) come before corroborated ones, and within a status the ones the
    extractor was least sure of (confidence not known: after those known).
    """
    entries = [_second_look(row) for row in conn.execute(
        select(reviews).where(reviews.c.second_look.is_not(None), reviews.c.undone_at.is_(None))
        .order_by(reviews.c.id).limit(limit))]
    rank = case({name: i for i, name in enumerate(ATTENTION)}, value=claims.c.status,
                else_=len(ATTENTION))
    rows = conn.execute(
        select(statements, articles.c.text.label("article_text"), claims.c.text.label("claim"),
               claims.c.status)
        .join(articles, articles.c.id == statements.c.article_id)
        .join(claims, claims.c.id == statements.c.claim_id)
        .where(statements.c.review.is_(None))
        .order_by(rank, statements.c.confidence.is_(None), statements.c.confidence, statements.c.id)
        .limit(max(0, limit - len(entries)))).all()
    return entries + [statement_entry(conn, row) for row in rows]


def statement_entry(conn: Connection, row) -> dict:
    """One statement as the queue shows it: its sentence, the spans in it, its values."""
    start, end = sentence_span(row.article_text, row)
    names = _names(conn, row.entity_id, row.outlet_id)

    def span(a: int | None, b: int | None) -> list[int] | None:
        return None if a is None or b is None else [a - start, b - start]

    return {"statement": row.id, "article": row.article_id,
            "sentence": row.article_text[start:end],
            "spans": {"claim": span(row.claim_start, row.claim_end),
                      "cue": span(row.cue_start, row.cue_end),
                      "speaker": span(row.speaker_start, row.speaker_end)},
            **names, "claim_text": row.claim_text,
            "claim": {"id": row.claim_id, "text": row.claim, "status": row.status},
            "confidence": None if row.confidence is None else round(row.confidence, 3),
            "review": row.review or UNREVIEWED}


def _second_look(row) -> dict:
    return {"second_look": row.second_look, "review": row.id, "action": row.action,
            "article": row.article_id, "sentence": row.sentence, "after": json.loads(row.after),
            "reviewer": row.reviewer, "at": row.created_at.isoformat()}


def log(conn: Connection, limit: int | None = None) -> list[dict]:
    """Every action, the last first: what, before, after (the values it changed), when, by whom."""
    query = select(reviews).order_by(reviews.c.id.desc())
    if limit is not None:
        query = query.limit(limit)
    out = []
    for row in conn.execute(query):
        before, after = json.loads(row.before), json.loads(row.after)
        shown = _shown(before, after)
        out.append({"review": row.id, "action": row.action, "statement": row.statement_id,
                    "article": row.article_id,
                    "before": {name: before.get(name) for name in shown},
                    "after": {name: after.get(name) for name in shown},
                    "at": row.created_at.isoformat(), "by": row.reviewer,
                    "undone_at": row.undone_at.isoformat() if row.undone_at else None,
                    "second_look": row.second_look, "batch": row.batch})
    return out


def _shown(before: dict, after: dict) -> list[str]:
    """The values a person reads for what changed: names rather than ids."""
    readable = {"entity_id": "source", "outlet_id": "outlet", "claim_id": "claim"}
    names = []
    shown = changed(before, after) or ({"claim_id": None} if "claim_id" in after else {})
    for name in shown:  # a statement a merge kept in its claim: which claim
        names.append(name)
        if name in readable:
            names.append(readable[name])
    return names


def _now() -> datetime:
    return datetime.now(UTC)
