"""The independent origins of a claim: whose word it finally rests on.

A claim's statements each name a source. Three steps take a source to an origin:

1. **merges**: an entity merged into another (``entities.merged_into``) is that
   other one, followed to the end of the chain;
2. **speaking for a body**: a person whose role speaks for their affiliation
   (director, spokesperson...: ``speaks_for.txt``) counts as that body, so the
   director of a monitor and the monitor are one origin, not two;
3. **relays**: a medium that only passes the claim on is not an origin. A
   medium relays a claim when its own articles in the store credit someone else
   for it, or when a citation of the claim has it citing another outlet; the
   walk goes on to those sources until it meets a source that credits no one
   (a person, a body, an anonymous source, or a medium speaking for itself).
   A walk that comes back to a medium already on its path is a cycle: outlets
   crediting each other, with no origin behind them.

The same walk runs over the store (a SQLAlchemy connection) or over a graph made
by :func:`isnad.graph.build.build`: both are first read into :class:`Evidence`.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx
from sqlalchemy import Connection, or_, select

from . import encoder, names, similarity, transliteration
from . import entities as entity_rules
from .chunks import chunks
from .schema import aliases, articles, citations, entities, statement_vectors, statements
from .settings import article_settings

NAMED_KINDS = names.NAMED_KINDS
_MAX_MERGE_HOPS = 100  # merged_into chains are short; this only stops a corrupt loop


@dataclass(frozen=True)
class Party:
    """An entity as the origin walk sees it: the current one, after merges."""

    id: int
    name: str
    kind: str
    role: str | None = None
    affiliation_id: int | None = None

    @property
    def named(self) -> bool:
        """A named origin: a named kind, and a name that is a name (:mod:`.names`)."""
        return names.named(self.name, self.kind)

    def to_json(self) -> dict:
        out = {"id": self.id, "name": self.name, "kind": self.kind}
        verdict = names.judge(self.name, self.kind)
        if not verdict.named:  # what an older ingest stored as a name, and why it counts as none
            out["counts_as"], out["why"] = verdict.kind, verdict.why
        return out


@dataclass(frozen=True)
class Said:
    """One statement of the claim, its entity ids already the current ones."""

    statement_id: int
    article_id: str
    source_id: int
    publisher_id: int | None
    publisher_name: str | None  # the article's outlet as written, when it is no entity
    outlet_id: int | None
    speaker_text: str | None = None  # the words naming the source, as written
    claim_text: str | None = None    # the claim as this statement words it
    confidence: float | None = None  # the scorer's, None when stored before it
    cue_text: str | None = None      # the cue, which may deny the claim (:mod:`.polarity`)
    published: str | None = None     # the article's date, which dates a weekday
    vector: bytes | None = None      # the claim wording's stored vector (:mod:`.encoder`)
    setting: frozenset = frozenset()  # where the article's news happened (:func:`.events.setting`)


@dataclass
class Evidence:
    """What the walk needs to know about one claim."""

    claim_id: int
    said: list[Said]
    cites: list[tuple[int, int]]  # (citing, cited) outlets, current ids, for this claim
    parties: dict[int, Party]
    # (current entity id, article id) -> the other names that article gave the entity
    words: dict[tuple[int, str], set[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Chain:
    """The walk from one statement's source to an origin, or into a cycle."""

    statement_id: int
    article_id: str
    path: tuple[Party, ...]
    ends: str  # "origin" | "cycle"

    def to_json(self) -> dict:
        return {"statement": self.statement_id, "article": self.article_id,
                "path": [party.name for party in self.path],
                "path_ids": [party.id for party in self.path], "ends": self.ends}


@dataclass
class Origins:
    claim_id: int
    origins: list[Party]            # independent origins, first met first
    sources: list[Party]            # the sources as the articles present them (after steps 1-2)
    chains: list[Chain]
    cycles: list[list[Party]]
    outlets: list[str]              # every medium that carried the claim
    articles: list[str]
    statements: list[int] = field(default_factory=list)
    # per origin id: the (statement, article) pairs whose chains end at it
    heard: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    # per (entity id, article): the names that article gave the entity (speaker, aliases)
    words: dict[tuple[int, str], set[str]] = field(default_factory=dict)
    parties: dict[int, Party] = field(default_factory=dict)
    # statement id -> its claim wording ready to compare (:func:`.similarity.wording`), when
    # its text and vector are known: the status layer matches statements across voices
    wordings: dict[int, similarity.Wording] = field(default_factory=dict)
    confidence: dict[int, float] = field(default_factory=dict)  # statement id -> the scorer's, when known

    @property
    def named(self) -> list[Party]:
        return [party for party in self.origins if party.named]


def origins(graph_or_conn: nx.MultiDiGraph | Connection, claim_id: int) -> Origins:
    """The independent origins of claim ``claim_id``, with the chains that lead to them."""
    if isinstance(graph_or_conn, nx.Graph):
        evidence = evidence_from_graph(graph_or_conn, claim_id)
    else:
        evidence = evidence_from_store(graph_or_conn, claim_id)
    return trace(evidence)


# --- the walk ----------------------------------------------------------------------

def trace(evidence: Evidence) -> Origins:
    parties = evidence.parties
    same = one_outlet([party for party in parties.values() if party.kind == "media"])
    relays = _relays(evidence, same)
    found: dict[int, Party] = {}
    sources: dict[int, Party] = {}
    chains: list[Chain] = []
    cycles: list[list[Party]] = []
    heard: dict[int, list[tuple[int, str]]] = {}
    words = {k: set(v) for k, v in evidence.words.items()}
    for said in evidence.said:
        source = speaker(parties, said.source_id)
        sources.setdefault(source.id, source)
        if said.speaker_text:
            words.setdefault((source.id, said.article_id), set()).add(said.speaker_text)
        if source.id != said.source_id:  # who spoke for the body: ties its names across languages
            words.setdefault((source.id, said.article_id), set()).add(parties[said.source_id].name)
        for path, ends in _walk(same.get(source.id, source.id), relays):
            chain = Chain(said.statement_id, said.article_id,
                          tuple(parties[i] for i in path), ends)
            chains.append(chain)
            if ends == "origin":
                found.setdefault(path[-1], parties[path[-1]])
                if (said.statement_id, said.article_id) not in heard.setdefault(path[-1], []):
                    heard[path[-1]].append((said.statement_id, said.article_id))
            elif _rotated(chain.path) not in cycles:
                cycles.append(_rotated(chain.path))
    return Origins(evidence.claim_id, list(found.values()), list(sources.values()), chains, cycles,
                   _outlets(evidence, chains), _unique(s.article_id for s in evidence.said),
                   [s.statement_id for s in evidence.said], heard, words, parties,
                   _wordings(evidence.said),
                   {s.statement_id: s.confidence for s in evidence.said if s.confidence is not None})


def _wordings(said: list[Said]) -> dict[int, similarity.Wording]:
    return {s.statement_id: similarity.wording(s.claim_text, encoder.from_bytes(s.vector),
                                               s.cue_text or "", s.published or "", s.setting)
            for s in said if s.claim_text and s.vector is not None}


def speaker(parties: dict[int, Party], entity_id: int) -> Party:
    """The party an entity speaks as: a head or spokesperson counts as their body, when the
    body is named. "civil defence chief Munir Abu Hamra" stays Abu Hamra: a body the text
    only describes ("civil defence", "opposition National Bloc" judged descriptions) would
    make a named man's word anonymous."""
    party = parties[entity_id]
    if (party.kind == "person" and party.affiliation_id in parties
            and entity_rules.speaks_for(party.role, entity_rules.name_lang(party.role or ""))):
        body = parties[party.affiliation_id]
        if body.named:
            return body
    return party


def _relays(evidence: Evidence, same: dict[int, int]) -> dict[int, list[int]]:
    """For each medium that passes the claim on: whom it credits for it (as they speak).

    One outlet met under several names in the claim (the publisher «الراكوبة اليوم», a
    mention «صحيفة الراكوبة», "Al-Rakoba") is walked as one, so that two outlets crediting
    each other close their cycle (:func:`one_outlet`)."""
    parties = evidence.parties
    credits: dict[int, list[int]] = {}

    def credit(medium: int | None, source: int) -> None:
        medium, source = same.get(medium, medium), same.get(source, source)
        if medium is None or medium == source or parties[medium].kind != "media":
            return
        if source not in credits.setdefault(medium, []):
            credits[medium].append(source)

    for said in evidence.said:
        # The publisher and the medium the statement went through (نقلت وكالة X عن Y, told
        # Reuters) both credit the speaker: where that medium states the claim on its own, it
        # relays it.
        credit(said.publisher_id, speaker(parties, said.source_id).id)
        credit(said.outlet_id, speaker(parties, said.source_id).id)
    for citing, cited in evidence.cites:
        credit(citing, cited)
    return credits


def one_outlet(media: list[Party]) -> dict[int, int]:
    """Each medium's id to the lowest id of the media it may be one with: names alike once
    the words that say what kind of medium it is (صحيفة، وكالة, "newspaper") and the time words
    stuck to it (اليوم، today) go, compared by transliteration skeleton across scripts (three
    consonants at least: a short skeleton ties too much)."""
    keys: dict[int, frozenset[str]] = {}
    for party in media:
        lang = entity_rules.name_lang(party.name)
        plain = entity_rules.key(party.name, lang)
        plain = next(iter(entity_rules.without_media_head(plain, lang)), plain)
        words = [w for w in plain.split() if w not in names.time_words(lang)]
        keys[party.id] = frozenset(k for k in transliteration.skeletons(" ".join(words))
                                   if len(k.replace(" ", "")) >= 3)
    out: dict[int, int] = {}
    heads: list[int] = []  # the lowest id of each outlet found so far
    for party in sorted(media, key=lambda p: p.id):
        out[party.id] = next((head for head in heads if keys[head] & keys[party.id]), party.id)
        if out[party.id] == party.id:
            heads.append(party.id)
    return out


def _walk(start: int, relays: dict[int, list[int]]) -> list[tuple[list[int], str]]:
    """Every path from ``start`` through relaying media, depth first, each to its end."""
    out: list[tuple[list[int], str]] = []
    stack: list[list[int]] = [[start]]
    while stack:
        path = stack.pop()
        onward = relays.get(path[-1], [])
        if not onward:
            out.append((path, "origin"))
        for next_id in reversed(onward):
            if next_id in path:
                out.append((path[path.index(next_id):], "cycle"))
            else:
                stack.append([*path, next_id])
    return out


def _rotated(cycle: tuple[Party, ...]) -> list[Party]:
    """One way to write a cycle: from its lowest id, so that D→E→D and E→D→E are one."""
    start = min(range(len(cycle)), key=lambda i: cycle[i].id)
    return list(cycle[start:] + cycle[:start])


def _outlets(evidence: Evidence, chains: list[Chain]) -> list[str]:
    """The publishers, the outlets statements were given to, and the media that relayed."""
    parties = evidence.parties
    names: list[str | None] = []
    for said in evidence.said:
        names.append(parties[said.publisher_id].name if said.publisher_id in parties
                     else said.publisher_name)
        names.append(parties[said.outlet_id].name if said.outlet_id in parties else None)
    for chain in chains:
        relaying = chain.path[:-1] if chain.ends == "origin" else chain.path
        names.extend(party.name for party in relaying if party.kind == "media")
    return _unique(name for name in names if name)


def _unique(items: Iterable) -> list:
    return list(dict.fromkeys(items))


# --- evidence from the store -----------------------------------------------------------

def evidence_from_store(conn: Connection, claim_id: int) -> Evidence:
    rows = conn.execute(
        select(statements.c.id, statements.c.article_id, statements.c.entity_id,
               statements.c.outlet_id, statements.c.speaker_text, statements.c.claim_text,
               statements.c.confidence, statements.c.review, articles.c.publisher_id,
               articles.c.outlet, statements.c.cue_text, articles.c.date, statement_vectors.c.vector)
        .join(articles, articles.c.id == statements.c.article_id)
        .outerjoin(statement_vectors, (statement_vectors.c.statement_id == statements.c.id)
                   & (statement_vectors.c.model == encoder.MODEL))
        .where(statements.c.claim_id == claim_id).order_by(statements.c.id)).all()
    of_claim = select(statements.c.id).where(statements.c.claim_id == claim_id)
    in_its_articles = select(statements.c.article_id).where(statements.c.claim_id == claim_id)
    cite_rows = conn.execute(
        select(citations.c.citing_id, citations.c.cited_id).where(
            citations.c.citing_id.is_not(None),
            or_(citations.c.statement_id.in_(of_claim),
                citations.c.statement_id.is_(None) & citations.c.article_id.in_(in_its_articles)))
        .order_by(citations.c.id)).all()
    wanted = {row.entity_id for row in rows}
    wanted |= {row.publisher_id for row in rows} | {row.outlet_id for row in rows}
    wanted |= {i for row in cite_rows for i in row}
    parties, current = load_parties(conn, {i for i in wanted if i is not None})
    settings = article_settings(conn, {row.article_id for row in rows})
    said = [Said(row.id, row.article_id, current[row.entity_id], current.get(row.publisher_id),
                 row.outlet, current.get(row.outlet_id), row.speaker_text, row.claim_text,
                 _checked(row.confidence, row.review), row.cue_text, row.date, row.vector,
                 settings[row.article_id])
            for row in rows]
    cites = [(current[row.citing_id], current[row.cited_id]) for row in cite_rows]
    return Evidence(claim_id, said, cites, parties,
                    _article_names(conn, current, {row.article_id for row in rows}))


def _article_names(conn: Connection, current: dict[int, int],
                   article_ids: set[str]) -> dict[tuple[int, str], set[str]]:
    """The names each article of the claim gave its entities (aliases it recorded)."""
    out: dict[tuple[int, str], set[str]] = {}
    in_articles = sorted(article_ids)
    for chunk in chunks(sorted(current)):
        for row in conn.execute(select(aliases.c.entity_id, aliases.c.article_id, aliases.c.alias)
                                .where(aliases.c.entity_id.in_(chunk),
                                       aliases.c.article_id.in_(in_articles))):
            out.setdefault((current[row.entity_id], row.article_id), set()).add(row.alias)
    return out


def load_parties(conn: Connection, ids: set[int]) -> tuple[dict[int, Party], dict[int, int]]:
    """The current party of every id in ``ids`` (and of their affiliations), and id -> current id."""
    rows: dict[int, object] = {}
    todo = sorted(ids)
    while todo:
        fetched = [row for chunk in chunks(todo) for row in conn.execute(
            select(entities).where(entities.c.id.in_(chunk)))]
        rows.update((row.id, row) for row in fetched)
        todo = sorted({i for row in fetched for i in (row.merged_into, row.affiliation_id)
                       if i is not None and i not in rows})
    current = {i: _current(rows, i) for i in rows}
    parties = {}
    for i in set(current.values()):
        row = rows[i]
        affiliation = current.get(row.affiliation_id) if row.affiliation_id is not None else None
        parties[i] = Party(i, row.name, row.kind, row.role, affiliation)
    return parties, current


def _current(rows: dict[int, object], entity_id: int) -> int:
    for _ in range(_MAX_MERGE_HOPS):
        merged_into = rows[entity_id].merged_into
        if merged_into is None or merged_into == entity_id:
            return entity_id
        entity_id = merged_into
    return entity_id


# --- evidence from a graph -------------------------------------------------------------

def evidence_from_graph(graph: nx.MultiDiGraph, claim_id: int) -> Evidence:
    """The same evidence read from a graph made by :func:`isnad.graph.build.build`."""
    claim = f"claim:{claim_id}"
    publisher = {article: _entity_id(source) for source, article, data in graph.edges(data=True)
                 if data.get("relation") == "published"}
    said = []
    for source, _, data in graph.in_edges(claim, data=True):
        if data.get("relation") != "said":
            continue
        article = f"article:{data['article']}"
        said.append(Said(data["statement"], data["article"], _entity_id(source),
                         publisher.get(article), graph.nodes[article].get("outlet") or None,
                         data.get("outlet") or None, data.get("speaker") or None,
                         confidence=_checked(data.get("confidence"), data.get("review"))))
    statement_ids = {s.statement_id for s in said}
    article_ids = {s.article_id for s in said}
    cites = [(_entity_id(citing), _entity_id(cited))
             for citing, cited, data in graph.edges(data=True)
             if data.get("relation") == "cites" and citing.startswith("entity:")
             and (data.get("statement") in statement_ids
                  or not data.get("statement") and data.get("article") in article_ids)]
    parties = {}
    for node, data in graph.nodes(data=True):
        if data.get("type") == "entity":
            parties[_entity_id(node)] = Party(_entity_id(node), data["name"], data["kind"],
                                              data.get("role") or None,
                                              data.get("affiliation") or None)
    return Evidence(claim_id, sorted(said, key=lambda s: s.statement_id), cites, parties)


def _checked(confidence: float | None, review: str | None) -> float | None:
    """A statement a person confirmed or corrected is as sure as can be, whatever the scorer said."""
    return 1.0 if review in ("confirmed", "corrected") else confidence


def _entity_id(node: str) -> int:
    return int(node.split(":", 1)[1])
