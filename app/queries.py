"""The read queries the explorer's pages and its JSON API share: one way to ask each question.

Every function takes an open SQLAlchemy connection and returns plain dicts and
lists (what the API sends as JSON and the templates show). Nothing here loads
the whole store: lists are paginated, rankings are grouped in SQL, and the
few store-wide aggregates the overview needs are kept until the store changes
(:func:`fingerprint`).
"""
from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import date as Day
from typing import Any

from sqlalchemy import Connection, func, literal, or_, select, union, union_all

from isnad.graph.claims import disputes_of
from isnad.graph.cluster import unclaimed
from isnad.graph.origins import load_parties
from isnad.graph.schema import (aliases, articles, citations, claims, entities, merges, statements,
                                storable_id)
from isnad.graph.status import STATUSES

# What the overview shows first: the warning a reader needs most comes first.
ATTENTION = ("circular", "anonymous-only", "corroborated?", "single-source")
KINDS = ("person", "organization", "media", "anonymous", "unspecified")
CLAIM_SORTS = ("id", "status", "statements", "text", "lang")
MAX_PAGE_SIZE = 200


class NotFound(LookupError):
    """An id that names nothing in the store; the message is meant for the user."""


# --- what changes when the store changes ------------------------------------------------

def fingerprint(conn: Connection) -> tuple:
    """A cheap summary of the store's state: it changes whenever an ingest, merge or split does."""
    row = conn.execute(select(func.max(statements.c.id), func.count(statements.c.id),
                              select(func.max(claims.c.updated_at)).scalar_subquery(),
                              select(func.count(merges.c.id)).scalar_subquery(),
                              select(func.count(merges.c.undone_at)).scalar_subquery())).one()
    return tuple(str(value) for value in row)


class _Cache:
    """Results kept per (store, question) until the store's fingerprint changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: dict[tuple, tuple[tuple, Any]] = {}

    def get(self, conn: Connection, question: tuple, compute) -> Any:
        where = (str(conn.engine.url), *question)
        state = getattr(conn, "_isnad_fingerprint", None)
        if state is None:  # once per request: the connection lives for one
            state = fingerprint(conn)
            try:
                conn._isnad_fingerprint = state
            except AttributeError:
                pass
        with self._lock:
            kept = self._kept.get(where)
        if kept is not None and kept[0] == state:
            return kept[1]
        value = compute()
        with self._lock:
            if len(self._kept) > 256:
                self._kept.clear()
            self._kept[where] = (state, value)
        return value


CACHE = _Cache()


# --- the overview -----------------------------------------------------------------------

def overview(conn: Connection, top: int = 10) -> dict:
    """Corpus size, the claims that need attention, top sources and relaying outlets.

    ``unclaimed_statements``: statements an ``ingest --defer-claims`` left for
    ``isnad cluster``; the pages say so while there are any.
    """
    kept = CACHE.get(conn, ("overview", top), lambda: {
        "counts": counts(conn),
        "attention": attention_claims(conn, per_status=top),
        "top_sources": top_sources(conn, top=top),
        "relaying_outlets": relaying_outlets(conn, top=top),
    })
    # Counted on every request, not kept with the rest: the notice must go the moment an
    # isnad cluster in another process ends, and ix_statements_claim answers it from the index.
    return {**kept, "unclaimed_statements": unclaimed(conn)}


def counts(conn: Connection) -> dict:
    by_status = dict(conn.execute(select(claims.c.status, func.count()).group_by(claims.c.status)).all())
    by_lang = dict(conn.execute(select(articles.c.lang, func.count()).group_by(articles.c.lang)).all())
    return {
        "articles": sum(by_lang.values()),
        "articles_by_lang": by_lang,
        "statements": conn.scalar(select(func.count()).select_from(statements)),
        "claims": sum(by_status.values()),
        "claims_by_status": {status: by_status.get(status, 0) for status in STATUSES},
        "sources": conn.scalar(select(func.count()).select_from(entities)
                               .where(entities.c.merged_into.is_(None))),
    }


def attention_claims(conn: Connection, per_status: int = 10) -> list[dict]:
    """The most repeated claims of each status that needs a second look, circular first."""
    out = []
    for status in ATTENTION:
        counted = (select(statements.c.claim_id, func.count().label("n"))
                   .join(claims, claims.c.id == statements.c.claim_id)
                   .where(claims.c.status == status)
                   .group_by(statements.c.claim_id)
                   .order_by(func.count().desc(), statements.c.claim_id).limit(per_status))
        ranked = conn.execute(counted).all()
        out.extend(_claim_summaries(conn, [row.claim_id for row in ranked],
                                    {row.claim_id: row.n for row in ranked}))
    return out


def top_sources(conn: Connection, top: int = 10, kind: str | None = None,
                search: str | None = None, offset: int = 0) -> list[dict]:
    """Sources by how many statements credit them (an entity merged into another counts for it)."""
    merged = entities.alias("source")
    current = func.coalesce(merged.c.merged_into, merged.c.id)
    query = (select(current.label("entity_id"), func.count().label("statements"),
                    func.count(func.distinct(statements.c.claim_id)).label("claims"))
             .join(merged, merged.c.id == statements.c.entity_id)
             .group_by(current).order_by(func.count().desc(), current))
    if kind:
        query = query.where(merged.c.kind == kind)
    if search:
        query = query.where(merged.c.name.ilike(f"%{_like(search)}%", escape="\\"))
    rows = conn.execute(query.limit(top).offset(offset)).all()
    parties, current_of = load_parties(conn, {row.entity_id for row in rows})
    out: dict[int, dict] = {}
    for row in rows:
        party = parties[current_of[row.entity_id]]
        doc = out.setdefault(party.id, {**party.to_json(), "statements": 0, "claims": 0})
        doc["statements"] += row.statements
        doc["claims"] += row.claims
    return list(out.values())


def relaying_outlets(conn: Connection, top: int = 10) -> list[dict]:
    """Media by how many statements they pass on from other media (as graph.analyse counts them)."""
    source = entities.alias("said_by")
    from_media = (select(articles.c.publisher_id.label("medium"), statements.c.id.label("statement"))
                  .join(articles, articles.c.id == statements.c.article_id)
                  .join(source, source.c.id == statements.c.entity_id)
                  .where(source.c.kind == "media", articles.c.publisher_id.is_not(None),
                         articles.c.publisher_id != statements.c.entity_id))
    citing = (select(citations.c.citing_id.label("medium"),
                     func.coalesce(citations.c.statement_id, -citations.c.id).label("statement"))
              .where(citations.c.citing_id.is_not(None), citations.c.citing_id != citations.c.cited_id))
    passed = union_all(from_media, citing).subquery()
    rows = conn.execute(select(passed.c.medium, func.count(func.distinct(passed.c.statement)).label("n"))
                        .group_by(passed.c.medium).order_by(func.count(func.distinct(passed.c.statement)).desc(),
                                                            passed.c.medium)
                        .limit(top * 2)).all()
    parties, current_of = load_parties(conn, {row.medium for row in rows})
    tally: Counter[int] = Counter()
    for row in rows:
        tally[current_of[row.medium]] += row.n
    return [{**parties[i].to_json(), "relayed": n}
            for i, n in sorted(tally.items(), key=lambda item: (-item[1], item[0]))[:top]]


# --- the graph --------------------------------------------------------------------------

def store_nodes(conn: Connection) -> int:
    """How many nodes the whole store's graph has (``isnad export``'s): the graph page shows it.

    Counted in SQL the way :func:`isnad.graph.build.build` adds them, without
    building it: the claims and articles of claimed statements, and the
    sources, outlets, publishers and cited media of those, merged entities
    counted once. Kept until the store changes.
    """
    return CACHE.get(conn, ("store-nodes",), lambda: _count_store_nodes(conn))


def _count_store_nodes(conn: Connection) -> int:
    claimed = statements.c.claim_id.is_not(None)
    claim_count, article_count = conn.execute(select(
        func.count(func.distinct(statements.c.claim_id)),
        func.count(func.distinct(statements.c.article_id))).where(claimed)).one()
    drawn_articles = select(statements.c.article_id).where(claimed)
    cited = (citations.c.article_id.in_(drawn_articles),
             or_(citations.c.statement_id.is_(None),
                 citations.c.statement_id.in_(select(statements.c.id).where(claimed))))
    parties = union(select(statements.c.entity_id).where(claimed),
                    select(statements.c.outlet_id).where(claimed),
                    select(articles.c.publisher_id).where(articles.c.id.in_(drawn_articles)),
                    select(citations.c.citing_id).where(*cited),
                    select(citations.c.cited_id).where(*cited))
    ids = {i for i in conn.scalars(parties) if i is not None}
    _, current_of = load_parties(conn, ids)
    return claim_count + article_count + len({current_of[i] for i in ids})


# --- claims -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ClaimFilters:
    status: str | None = None
    lang: str | None = None
    q: str | None = None          # words in the claim's wording
    source: str | None = None     # a source whose name contains this
    outlet: str | None = None     # a publisher or outlet whose name contains this
    since: str | None = None      # article date, ISO, inclusive
    until: str | None = None
    sort: str = "id"
    order: str = "desc"
    page: int = 1
    per_page: int = 50


def claims_page(conn: Connection, filters: ClaimFilters) -> dict:
    """One page of claims passing ``filters``, sorted, with the total for paging.

    ``unclaimed_statements``, as in :func:`overview`: no claim shows them yet.
    """
    conditions = _claim_conditions(filters)
    total = conn.scalar(select(func.count()).select_from(claims).where(*conditions))
    per_page = max(1, min(filters.per_page, MAX_PAGE_SIZE))
    offset = (max(filters.page, 1) - 1) * per_page
    direction = (lambda column: column.desc()) if filters.order == "desc" else (lambda column: column.asc())
    if filters.sort == "statements":
        counted = (select(statements.c.claim_id, func.count().label("n"))
                   .group_by(statements.c.claim_id).subquery())
        query = (select(claims.c.id).join(counted, counted.c.claim_id == claims.c.id)
                 .where(*conditions).order_by(direction(counted.c.n), claims.c.id))
    else:
        column = {"id": claims.c.id, "status": claims.c.status, "text": claims.c.text,
                  "lang": claims.c.lang}[filters.sort]
        query = select(claims.c.id).where(*conditions).order_by(direction(column), claims.c.id.desc())
    ids = conn.scalars(query.limit(per_page).offset(offset)).all()
    return {"total": total, "page": max(filters.page, 1), "per_page": per_page,
            "pages": max(1, -(-total // per_page)), "claims": _claim_summaries(conn, list(ids)),
            "unclaimed_statements": unclaimed(conn)}


def _claim_conditions(filters: ClaimFilters) -> list:
    conditions = []
    if filters.status:
        conditions.append(claims.c.status == filters.status)
    if filters.lang:
        conditions.append(claims.c.lang == filters.lang)
    if filters.q:
        conditions.append(claims.c.text.ilike(f"%{_like(filters.q)}%", escape="\\"))
    if filters.source:
        named = select(entities.c.id).where(entities.c.name.ilike(f"%{_like(filters.source)}%",
                                                                  escape="\\"))
        conditions.append(claims.c.id.in_(select(statements.c.claim_id)
                                          .where(statements.c.entity_id.in_(named))))
    if filters.outlet or filters.since or filters.until:
        conditions.append(claims.c.id.in_(select(statements.c.claim_id).join(
            articles, articles.c.id == statements.c.article_id).where(*_article_conditions(
                filters.outlet, filters.since, filters.until))))
    return conditions


def _article_conditions(outlet: str | None, since: str | None, until: str | None) -> list:
    conditions = []
    if outlet:
        pattern = f"%{_like(outlet)}%"
        named = select(entities.c.id).where(entities.c.name.ilike(pattern, escape="\\"))
        conditions.append(or_(articles.c.outlet.ilike(pattern, escape="\\"),
                              articles.c.publisher_id.in_(named),
                              statements.c.outlet_id.in_(named)))
    if since:
        conditions.append(articles.c.date >= since)
    if until:
        # "2031-03" keeps every day of March: compare as many characters as were given.
        conditions.append(func.substr(articles.c.date, 1, len(until)) <= until)
    return conditions


def _claim_summaries(conn: Connection, ids: list[int], known: dict[int, int] | None = None) -> list[dict]:
    """Claims ``ids`` in that order: wording, status, the rule, origins, statement counts."""
    if not ids:
        return []
    rows = {row.id: row for row in conn.execute(select(claims).where(claims.c.id.in_(ids)))}
    counted = known or dict(conn.execute(
        select(statements.c.claim_id, func.count()).where(statements.c.claim_id.in_(ids))
        .group_by(statements.c.claim_id)).all())
    out = []
    for claim_id in ids:
        row = rows[claim_id]
        reason = _reason(row.reason)
        out.append({"id": row.id, "text": row.text, "lang": row.lang, "status": row.status,
                    "rule": reason.get("rule"), "statements": counted.get(claim_id, 0),
                    "origins": reason.get("origins", []),
                    "outlets": reason.get("outlets", [])})
    return out


def claim_detail(conn: Connection, claim_id: int) -> dict:
    """A claim with every statement (source, outlet, article), its origins, chains and why."""
    row = conn.execute(select(claims).where(claims.c.id == claim_id)).first() \
        if storable_id(claim_id) else None
    if row is None:
        raise NotFound(f"no claim {claim_id} in this store")
    reason = _reason(row.reason)
    said = _statement_rows(conn, statements.c.claim_id == claim_id)
    return {"id": row.id, "text": row.text, "lang": row.lang, "status": row.status,
            "rule": reason.get("rule"), "would_change": reason.get("would_change"),
            "voices": reason.get("voices", []), "ties": reason.get("ties", []),
            "possibly_same": reason.get("possibly_same", []),
            "origins": reason.get("origins", []),
            "sources": reason.get("sources", []), "chains": reason.get("chains", []),
            "cycles": reason.get("cycles", []), "outlets": reason.get("outlets", []),
            "articles": reason.get("articles", []), "statements": said,
            "timeline": timeline(said), **disputes_of(conn, claim_id)}


def timeline(said: list[dict]) -> dict:
    """The claim's statements in date order, the first appearance marked, who relayed whom.

    Dated articles come first, earliest first; articles without a date follow, in
    store order, since nothing says where they belong. The first appearance is
    the earliest dated article's first statement (an undated one only when no
    article has a date). Each entry's ``relays`` is the chain the statement
    passed along: its source, then the outlet it was told to, then the outlet
    that published the article, each once.
    """
    ordered = sorted(said, key=lambda s: (_day(s["article"]["date"]) is None,
                                          _day(s["article"]["date"]) or "", s["id"]))
    first_day = _day(ordered[0]["article"]["date"]) if ordered else None
    entries = []
    for i, statement in enumerate(ordered):
        article = statement["article"]
        day = _day(article["date"])
        entries.append({"statement": statement["id"], "first": i == 0, "date": article["date"],
                        "dated": day is not None, "article": article, "source": statement["source"],
                        "claim": statement["claim"]["text"], "cue": statement["cue"]["text"],
                        "relays": _relay_chain(statement),
                        "days_after_first": _days_between(first_day, day) if i else None})
    return {"entries": entries, "undated": sum(not e["dated"] for e in entries),
            "first": entries[0] if entries else None}


def _relay_chain(statement: dict) -> list[dict]:
    """Source, the outlet told, the publisher: each party that passed the statement on, once."""
    publisher = statement["article"]["publisher"] or (
        {"id": None, "name": statement["article"]["outlet"], "kind": "media"}
        if statement["article"]["outlet"] else None)
    chain: list[dict] = []
    for party in (statement["source"], statement["outlet"], publisher):
        if party and all(party["name"] != seen["name"] for seen in chain):
            chain.append(party)
    return chain


def _day(date: str | None) -> str | None:
    """The article's day (YYYY-MM-DD) when its date reads as one; None otherwise."""
    text = (date or "").strip()[:10]
    try:
        return Day.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _days_between(first: str | None, day: str | None) -> int | None:
    if first is None or day is None:
        return None
    return (Day.fromisoformat(day) - Day.fromisoformat(first)).days


def _reason(text: str | None) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _statement_rows(conn: Connection, where, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Statements matching ``where`` with their source, outlet, article and claim, in store order."""
    query = (select(statements, articles.c.title, articles.c.lang, articles.c.date,
                    articles.c.outlet.label("article_outlet"), articles.c.publisher_id,
                    claims.c.status, claims.c.text.label("claim_wording"))
             .join(articles, articles.c.id == statements.c.article_id)
             .outerjoin(claims, claims.c.id == statements.c.claim_id)
             .where(where).order_by(statements.c.id))
    if limit is not None:
        query = query.limit(limit).offset(offset)
    rows = conn.execute(query).all()
    wanted = {i for row in rows for i in (row.entity_id, row.outlet_id, row.publisher_id) if i is not None}
    parties, current_of = load_parties(conn, wanted)

    def party(entity_id: int | None) -> dict | None:
        return parties[current_of[entity_id]].to_json() if entity_id is not None else None

    return [{"id": row.id, "seq": row.seq, "claim_id": row.claim_id, "status": row.status,
             "claim": {"text": row.claim_text, "start": row.claim_start, "end": row.claim_end},
             "cue": {"text": row.cue_text, "start": row.cue_start, "end": row.cue_end},
             "speaker": ({"text": row.speaker_text, "start": row.speaker_start, "end": row.speaker_end}
                         if row.speaker_start is not None else None),
             "source": party(row.entity_id), "outlet": party(row.outlet_id),
             "direct": bool(row.direct),
             "article": {"id": row.article_id, "title": row.title, "lang": row.lang, "date": row.date,
                         "outlet": row.article_outlet, "publisher": party(row.publisher_id)}}
            for row in rows]


# --- articles ---------------------------------------------------------------------------

def article_detail(conn: Connection, article_id: str) -> dict:
    """An article's text, its attributions, and the text cut into highlighted segments."""
    row = conn.execute(select(articles).where(articles.c.id == article_id)).first()
    if row is None:
        raise NotFound(f"no article {article_id!r} in this store")
    said = _statement_rows(conn, statements.c.article_id == article_id)
    publisher = None
    if row.publisher_id is not None:
        parties, current_of = load_parties(conn, {row.publisher_id})
        publisher = parties[current_of[row.publisher_id]].to_json()
    return {"id": row.id, "lang": row.lang, "title": row.title, "url": row.url, "outlet": row.outlet,
            "publisher": publisher, "date": row.date, "text": row.text,
            "direction": "rtl" if row.lang == "ar" else "ltr",
            "attributions": said, "segments": segments(row.text, said)}


SPAN_KINDS = ("claim", "cue", "speaker")


def segments(text: str, said: list[dict]) -> list[dict]:
    """``text`` cut at every span boundary: each piece with the span kinds and statements over it.

    Spans may nest or overlap (a cue inside a quotation, a speaker inside a
    claim); each piece says every kind that covers it, so the page can show
    them all.
    """
    marks: list[tuple[int, int, str, int]] = []
    for statement in said:
        for kind in SPAN_KINDS:
            span = statement.get(kind)
            if span and span.get("start") is not None and 0 <= span["start"] < span["end"] <= len(text):
                marks.append((span["start"], span["end"], kind, statement["id"]))
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        over = [m for m in marks if m[0] <= start and end <= m[1]]
        kinds = [kind for kind in SPAN_KINDS if any(m[2] == kind for m in over)]
        out.append({"text": text[start:end], "kinds": kinds,
                    "statements": sorted({m[3] for m in over})})
    return out


# --- sources ----------------------------------------------------------------------------

def merged_group(conn: Connection, entity_id: int) -> list[int]:
    """``entity_id`` and every entity merged into it, directly or through others."""
    group, frontier = [entity_id], [entity_id]
    while frontier:
        frontier = [i for i in conn.scalars(select(entities.c.id).where(entities.c.merged_into.in_(frontier)))
                    if i not in group]
        group.extend(frontier)
    return group


def current_entity(conn: Connection, entity_id: int) -> int:
    """The entity ``entity_id`` counts as now (itself unless merged); NotFound when there is none."""
    if not storable_id(entity_id) or \
            conn.scalar(select(entities.c.id).where(entities.c.id == entity_id)) is None:
        raise NotFound(f"no source {entity_id} in this store")
    _, current_of = load_parties(conn, {entity_id})
    return current_of[entity_id]


def source_detail(conn: Connection, entity_id: int, limit: int = 200) -> dict:
    """What a source said, where, to which outlets; its aliases, merges and co-sources."""
    current = current_entity(conn, entity_id)
    parties, current_of = load_parties(conn, {current})
    party = parties[current]
    group = merged_group(conn, current)
    row = conn.execute(select(entities).where(entities.c.id == current)).one()
    names = conn.execute(select(aliases.c.alias, aliases.c.rule, aliases.c.entity_id)
                         .where(aliases.c.entity_id.in_(group)).order_by(aliases.c.id)).all()
    history = conn.execute(select(merges).where(or_(merges.c.entity_id.in_(group),
                                                    merges.c.into_id.in_(group)))
                           .order_by(merges.c.id)).all()
    merge_ids = {i for m in history for i in (m.entity_id, m.into_id)}
    named = dict(conn.execute(select(entities.c.id, entities.c.name)
                              .where(entities.c.id.in_(merge_ids))).all()) if merge_ids else {}
    total = conn.scalar(select(func.count()).select_from(statements)
                        .where(statements.c.entity_id.in_(group)))
    said = _statement_rows(conn, statements.c.entity_id.in_(group), limit=limit)
    affiliation = None
    if party.affiliation_id:
        more, current_more = load_parties(conn, {party.affiliation_id})
        affiliation = more[current_more[party.affiliation_id]].to_json()
    return {**party.to_json(), "role": row.role, "affiliation": affiliation,
            "requested": entity_id, "merged_entities": [i for i in group if i != current],
            "aliases": [{"name": a.alias, "rule": a.rule, "entity": a.entity_id} for a in names],
            "merges": [{"entity": m.entity_id, "entity_name": named.get(m.entity_id),
                        "into": m.into_id, "into_name": named.get(m.into_id), "rule": m.rule,
                        "detail": m.detail, "at": str(m.created_at),
                        "undone": str(m.undone_at) if m.undone_at else None} for m in history],
            "statements_total": total, "statements": said,
            "outlets": _source_outlets(conn, group), "co_sources": co_sources(conn, group),
            "published": _published_count(conn, group)}


def _source_outlets(conn: Connection, group: list[int], top: int = 20) -> list[dict]:
    """The outlets this source's statements were given to or published in, most first."""
    given = (select(statements.c.outlet_id.label("outlet"), literal("given to").label("how"))
             .where(statements.c.entity_id.in_(group), statements.c.outlet_id.is_not(None)))
    published = (select(articles.c.publisher_id.label("outlet"), literal("published by").label("how"))
                 .join(statements, statements.c.article_id == articles.c.id)
                 .where(statements.c.entity_id.in_(group), articles.c.publisher_id.is_not(None)))
    both = union_all(given, published).subquery()
    rows = conn.execute(select(both.c.outlet, both.c.how, func.count().label("n"))
                        .group_by(both.c.outlet, both.c.how)
                        .order_by(func.count().desc(), both.c.outlet).limit(top)).all()
    parties, current_of = load_parties(conn, {row.outlet for row in rows})
    return [{**parties[current_of[row.outlet]].to_json(), "how": row.how, "statements": row.n}
            for row in rows]


def co_sources(conn: Connection, group: list[int], top: int = 20) -> list[dict]:
    """Other sources that made the same claims, by how many claims they share."""
    theirs = select(statements.c.claim_id).where(statements.c.entity_id.in_(group),
                                                 statements.c.claim_id.is_not(None))
    rows = conn.execute(select(statements.c.entity_id,
                               func.count(func.distinct(statements.c.claim_id)).label("shared"))
                        .where(statements.c.claim_id.in_(theirs), statements.c.entity_id.not_in(group))
                        .group_by(statements.c.entity_id)
                        .order_by(func.count(func.distinct(statements.c.claim_id)).desc(),
                                  statements.c.entity_id).limit(top * 2)).all()
    parties, current_of = load_parties(conn, {row.entity_id for row in rows})
    tally: Counter[int] = Counter()
    for row in rows:
        if current_of[row.entity_id] not in group:
            tally[current_of[row.entity_id]] += row.shared
    return [{**parties[i].to_json(), "shared_claims": n}
            for i, n in sorted(tally.items(), key=lambda item: (-item[1], item[0]))[:top]]


def _published_count(conn: Connection, group: list[int]) -> int:
    return conn.scalar(select(func.count()).select_from(articles).where(articles.c.publisher_id.in_(group)))


def article_statements(conn: Connection, article_ids: list[str]) -> list[dict]:
    """The statements of ``article_ids``: what an ingest just stored."""
    if not article_ids:
        return []
    return _statement_rows(conn, statements.c.article_id.in_(article_ids))


def article_titles(conn: Connection, article_ids: list[str]) -> list[dict]:
    rows = conn.execute(select(articles.c.id, articles.c.title, articles.c.lang, articles.c.outlet)
                        .where(articles.c.id.in_(article_ids))).all()
    found = {row.id: row for row in rows}
    return [{"id": i, "title": found[i].title, "lang": found[i].lang, "outlet": found[i].outlet}
            for i in article_ids if i in found]


def _like(text: str) -> str:
    """``text`` for a LIKE pattern: its own % and _ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

