"""Ingest: articles in, attribution records stored, one transaction per batch.

Articles stream through in batches (memory stays flat however many there
are). For each batch the extractor runs outside any transaction (in worker
processes with ``workers`` > 1 or on a Dask cluster with ``engine``, a few
batches ahead of the writer), then one transaction writes the batch's
articles, entities, statements and citations and runs the hooks in
:data:`AFTER_BATCH`: an interrupted ingest keeps every
batch it finished. With ``defer_claims`` claim clustering, the first hook, is
left for :mod:`.cluster` to do over the whole archive afterwards.

Ingest is idempotent: an article already stored with the same content and
extractor version is skipped (and not extracted again); one whose content
changed, or that a newer extractor has not seen yet, is replaced.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from itertools import islice

import numpy as np
from sqlalchemy import Connection, bindparam, delete, select, update
from sqlalchemy.exc import DataError

from isnad.nlp import extractor_version
from isnad.nlp.extract import extract, language_of
from isnad.nlp.language import detect
from isnad.nlp.read import ReadError, read_paths
from isnad.nlp.records import Article, Attribution

from . import claims, names, relays, review
from .chunks import chunks
from .entities import Gazetteer, Resolver, load_gazetteer
from .schema import articles, citations, statements
from .store import Store
from .workers import Engine, Local, WorkFailed

# Called inside each batch's transaction with the ids of the statements it
# wrote; each returns counts to add to the summary (e.g. {"new_claims": 3}).
# Claim clustering (statements → claims, and their statuses) is the first.
Hook = Callable[[Connection, list[int]], dict]
AFTER_BATCH: list[Hook] = [claims.update]

Item = str | os.PathLike | Article

# The version stored with each article; None: the extractor's own (rules and model).
# Tests set it to play a newer or older extractor.
EXTRACTOR_VERSION: str | None = None


@dataclass
class Summary:
    articles: int = 0      # articles read and stored or found unchanged
    skipped: int = 0       # of those, unchanged since an earlier ingest
    statements: int = 0
    new_entities: int = 0
    new_claims: int = 0
    errors: int = 0
    other: dict[str, int] = field(default_factory=dict)  # hook counts without a field here

    def add(self, counts: dict) -> None:
        names = {f.name for f in fields(self)} - {"other"}
        for name, value in counts.items():
            if name in names:
                setattr(self, name, getattr(self, name) + value)
            else:
                self.other[name] = self.other.get(name, 0) + value


@dataclass
class _Extracted:
    article: Article
    lang: str
    content_hash: str
    attributions: list[Attribution]
    vectors: np.ndarray | None = None  # one per attribution's claim, when the workers encoded them


def ingest(store: Store, paths_or_articles: Item | Iterable[Item], batch_size: int = 200,
           progress: Callable[[int], object] | None = None,
           on_error: Callable[[str], object] | None = None, *, workers: int = 1,
           engine: Engine | None = None, defer_claims: bool = False,
           on_warning: Callable[[str], object] | None = None,
           deadline: float | None = None) -> Summary:
    """Store the attributions of every article in ``paths_or_articles``.

    ``progress(n)`` is told each time n more articles are handled; ``on_error``
    receives one line per file, article or batch that failed. Read and
    extraction failures are counted and the run goes on; a batch that cannot
    be written ends the run (the batches before it stay stored).

    ``workers`` > 1 extracts in that many processes while this one writes, in
    input order (the store comes out as with one). ``engine`` extracts elsewhere
    instead, e.g. on a :class:`~isnad.graph.workers.Dask` cluster; this process
    still writes, in input order. An engine that cannot start raises
    :class:`~isnad.graph.workers.EngineError` before anything is stored.
    ``defer_claims`` stores statements without their claim, for
    :func:`isnad.graph.cluster.cluster` to cluster later in one pass (the bulk
    of an ingest's time otherwise). ``on_warning`` receives what reading an
    article dropped (a date that is not a date), one line each; the article is
    stored.

    ``deadline`` (a ``time.monotonic()`` value, for extraction in this process):
    no article starts being extracted and no batch is written after it; the
    batch at hand is not stored and the ingest stops, as when a batch fails.
    The server gives each upload one, so that a request's work is bounded.

    An article whose values the database refuses (PostgreSQL checks lengths
    that SQLite does not) fails alone: its batch is written again article by
    article, and the others are stored.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if engine is not None and workers != 1:
        raise ValueError("workers sizes the default engine; give another engine its own size")
    engine = engine or Local(workers)
    summary = Summary()
    gazetteer = load_gazetteer()
    hooks = [hook for hook in AFTER_BATCH if not (defer_claims and hook is claims.update)]

    def failed(message: str) -> None:
        summary.errors += 1
        if on_error:
            on_error(message)

    def stopped(plan: _Plan) -> None:
        failed(f"batch {plan.number} ({_span(plan.articles)}) not stored, ingest stopped: "
               f"{plan.error}")

    warned = on_warning or (lambda message: None)
    batches = enumerate(_batches(_articles(paths_or_articles, failed, warned), batch_size), start=1)
    # When this ingest clusters, the workers encode the claim wordings too: the
    # encoder is most of clustering's time, and the writer would do it alone.
    encode = claims.update in hooks
    plans = (_plan(store, number, batch, encode, deadline) for number, batch in batches)
    with closing(engine.map(_extract_all, plans)) as extracted:
        try:
            for plan, found in extracted:
                if plan.error is None and _late(deadline):
                    plan.error = _TIME_UP
                if plan.error is None:
                    try:
                        summary.add(_store_batch(store, plan, found, gazetteer, hooks, failed))
                    except Exception as error:  # noqa: BLE001 - reported; the finished batches stay
                        plan.error = _describe(error)
                if plan.error is not None:
                    stopped(plan)
                    break
                if progress:
                    progress(len(plan.articles))
        except WorkFailed as failure:  # a worker process died (killed, out of memory)
            failure.item.error = _describe(failure.__cause__)
            stopped(failure.item)
    return summary


# --- reading -------------------------------------------------------------------

def _articles(items: Item | Iterable[Item], failed: Callable[[str], None],
              warned: Callable[[str], object]) -> Iterator[Article]:
    if isinstance(items, (str, os.PathLike, Article)):
        items = [items]
    for item in items:
        found = [item] if isinstance(item, Article) else read_paths([item])
        for article in found:
            if isinstance(article, ReadError):
                failed(str(article))
            else:
                for warning in article.warnings:
                    warned(warning)
                yield article


def _batches(stream: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(stream, size)):
        yield _last_of_each_id(batch)


def _last_of_each_id(batch: list[Article]) -> list[Article]:
    """One article per id: a later copy in the same batch replaces an earlier one."""
    return list({article.id: article for article in batch}.values())


def content_hash(article: Article, lang: str) -> str:
    """What makes two versions of an article the same: its text and what is said about it."""
    content = [article.text, lang, article.title, article.url, article.outlet, article.date]
    return hashlib.sha1(json.dumps(content, ensure_ascii=False).encode("utf-8", "surrogatepass")
                        ).hexdigest()


# --- one batch -----------------------------------------------------------------

@dataclass
class _Plan:
    """A batch before extraction: how many of its articles are stored unchanged, what to extract.

    It is what a worker process receives: the articles to extract are in
    ``todo`` with their language and content hash.
    """

    number: int
    articles: list[Article]
    unchanged: int = 0
    todo: list[tuple[Article, str, str]] = field(default_factory=list)
    error: str | None = None  # why the batch cannot be stored (reading the store failed, ...)
    encode: bool = False  # also encode the claim wordings found (see claims.keep_vectors)
    deadline: float | None = None  # time.monotonic() past which nothing more is started


@dataclass
class _Found:
    """What extraction sends back for a plan: per article to extract, its attributions or why
    extraction failed; with the plan's ``encode``, the vectors of their claims, in order."""

    attributions: list[list[Attribution] | str]
    vectors: np.ndarray | None = None


def _plan(store: Store, number: int, batch: list[Article], encode: bool = False,
          deadline: float | None = None) -> _Plan:
    plan = _Plan(number, batch, encode=encode, deadline=deadline)
    try:
        with store.reading() as conn:
            stored = _stored_versions(conn, [article.id for article in batch])
    except Exception as error:  # noqa: BLE001 - reported when the batch's turn comes
        plan.error = _describe(error)
        return plan
    for article in batch:
        lang = article.lang or detect(article.text)
        digest = content_hash(article, lang)
        if _unchanged(stored.get(article.id), digest):
            plan.unchanged += 1
        else:
            plan.todo.append((article, lang, digest))
    return plan


def _extract_all(plan: _Plan) -> _Found:
    """The attributions of each article to extract, or why extraction failed (in a worker, maybe)."""
    if plan.error is not None:
        return _Found([])
    found = []
    for article, _, _ in plan.todo:
        if _late(plan.deadline):
            raise TimeoutError(_TIME_UP)
        found.append(_extract(article))
    texts = [a.claim.text for attributions in found if not isinstance(attributions, str)
             for a in attributions]
    return _Found(found, claims.encode_once(texts) if plan.encode else None)


def _store_batch(store: Store, plan: _Plan, found: _Found,
                 gazetteer: Gazetteer, hooks: list[Hook], failed: Callable[[str], None]) -> dict:
    counts = {"articles": plan.unchanged, "skipped": plan.unchanged}
    to_write = []
    at = 0  # the next article's first row in found.vectors
    for (article, lang, digest), attributions in zip(plan.todo, found.attributions):
        if isinstance(attributions, str):
            failed(attributions)
            continue
        vectors = None if found.vectors is None else found.vectors[at:at + len(attributions)]
        at += len(attributions)
        to_write.append(_Extracted(article, lang, digest, attributions, vectors))
    if not to_write:
        return counts
    try:
        with store.transaction() as conn:
            return _merge_counts(counts, _write(conn, to_write, gazetteer, hooks))
    except DataError:
        pass  # a value the database refuses: find the article, store the others
    for item in to_write:
        try:
            with store.transaction() as conn:
                counts = _merge_counts(counts, _write(conn, [item], gazetteer, hooks))
        except DataError as error:
            article = item.article
            where = f"{article.path} (id {article.id})" if article.path else f"id {article.id}"
            failed(f"{where}: not stored: {' '.join(str(error.orig).split())[:200]}")
    return counts


_TIME_UP = "the time this ingest was given ran out"


def _late(deadline: float | None) -> bool:
    return deadline is not None and time.monotonic() > deadline


def _stored_versions(conn: Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    out = {}
    for chunk in chunks(ids):
        rows = conn.execute(select(articles.c.id, articles.c.content_hash,
                                   articles.c.extractor_version)
                            .where(articles.c.id.in_(chunk)))
        out.update({row.id: (row.content_hash, row.extractor_version) for row in rows})
    return out


def _unchanged(stored: tuple[str, str] | None, digest: str) -> bool:
    """Stored with this content by this extractor (same rules, same model), or by newer rules (kept)."""
    if stored is None or stored[0] != digest:
        return False
    rules, _, model = stored[1].partition("+")
    current_rules, _, current_model = _current_version().partition("+")
    return _version(rules) > _version(current_rules) or (rules == current_rules and model == current_model)


def _current_version() -> str:
    return EXTRACTOR_VERSION or extractor_version()


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in text.split("."))


def _extract(article: Article) -> list[Attribution] | str:
    try:
        return relays.unnest(article, language_of(article), extract(article))
    except Exception as error:  # noqa: BLE001 - one bad article must not end the run
        where = f"{article.path} (id {article.id})" if article.path else article.id
        return f"{where}: extraction failed: {_describe(error)}"


def _write(conn: Connection, batch: list[_Extracted], gazetteer: Gazetteer, hooks: list[Hook]
           ) -> dict:
    # Looked at again inside the transaction: another ingest may have stored some meanwhile.
    stored = _stored_versions(conn, [item.article.id for item in batch])
    skipped = {item.article.id for item in batch
               if _unchanged(stored.get(item.article.id), item.content_hash)}
    batch = [item for item in batch if item.article.id not in skipped]
    replaced = [item.article.id for item in batch if item.article.id in stored]
    old_claims = _forget(conn, replaced)

    resolver = Resolver(conn, gazetteer, [item.article.id for item in batch])
    resolver.prefetch(_names(batch))
    rows = [_ArticleRows.of(item, resolver) for item in batch]
    now = datetime.now(timezone.utc)
    new_rows = [r.article for r in rows if r.article["id"] not in stored]
    old_rows = [r.article for r in rows if r.article["id"] in stored]
    if new_rows:
        conn.execute(articles.insert(), [{**row, "ingested_at": now} for row in new_rows])
    if old_rows:
        conn.execute(update(articles).where(articles.c.id == bindparam("old_id")),
                     [{**_renamed_id(row), "ingested_at": now} for row in old_rows])
    resolver.flush()  # aliases name the article they were met in: written after it
    statement_ids = _insert_statements(conn, rows)
    if batch and all(item.vectors is not None for item in batch):
        claims.keep_vectors(conn, statement_ids, np.concatenate([item.vectors for item in batch]))
    counts = {"articles": len(batch) + len(skipped), "skipped": len(skipped),
              "statements": len(statement_ids), "new_entities": resolver.new_entities}
    for hook in hooks:
        counts = _merge_counts(counts, hook(conn, statement_ids) or {})
    # A person's review outlives the extraction it corrected: onto the new statements.
    counts = _merge_counts(counts, review.reapply(conn, replaced))
    # After the hooks: a new statement of a replaced article may have rejoined its old claim.
    return _merge_counts(counts, claims.tidy(conn, old_claims))


def _forget(conn: Connection, article_ids: list[str]) -> set[int]:
    """Remove what an earlier ingest derived from these articles; the claims their statements were in.

    The articles' own rows are updated in place.
    """
    old_claims: set[int] = set()
    for chunk in chunks(article_ids):
        old_claims.update(conn.scalars(select(statements.c.claim_id).distinct().where(
            statements.c.article_id.in_(chunk), statements.c.claim_id.is_not(None))))
        conn.execute(delete(citations).where(citations.c.article_id.in_(chunk)))
        conn.execute(delete(statements).where(statements.c.article_id.in_(chunk)))
    return old_claims


def _names(batch: list[_Extracted]) -> Iterator[str]:
    for item in batch:
        if item.article.outlet:
            yield item.article.outlet
        for attribution in item.attributions:
            yield attribution.source.name
            if attribution.source.affiliation:
                yield attribution.source.affiliation
            if attribution.outlet:
                yield attribution.outlet.name


def _renamed_id(row: dict) -> dict:
    # An UPDATE's WHERE parameter cannot share the name of a column it sets.
    return {("old_id" if name == "id" else name): value for name, value in row.items()}


@dataclass
class _ArticleRows:
    """The rows of one article, entities resolved; statement ids come when they are inserted."""

    article: dict
    statements: list[dict]
    cited: list[list[tuple[int | None, int]]]  # per statement: (citing, cited) pairs

    @classmethod
    def of(cls, item: _Extracted, resolver: Resolver) -> _ArticleRows:
        article = item.article
        publisher = resolver.entity(article.outlet, "media", article.id) if article.outlet \
            else None
        statement_rows, cited = [], []
        for seq, attribution in enumerate(item.attributions):
            source = attribution.source
            # A "name" that is no name (a time word, a clause, "the source") is not stored as one.
            verdict = names.judge(source.name, source.kind, article.title)
            entity_id = resolver.entity(verdict.name, verdict.kind, article.id, role=source.role,
                                        affiliation=source.affiliation,
                                        other_names=source.aliases)
            outlet_id = (resolver.entity(attribution.outlet.name, "media", article.id)
                         if attribution.outlet else None)
            statement_rows.append(_statement_row(article.id, seq, attribution, entity_id,
                                                 outlet_id))
            cited.append(credited(resolver, publisher, entity_id, outlet_id))
        row = {"id": article.id, "lang": item.lang, "title": article.title, "url": article.url,
               "outlet": article.outlet, "publisher_id": publisher, "date": article.date,
               "text": article.text, "content_hash": item.content_hash, "path": article.path,
               "extractor_version": _current_version()}
        return cls(row, statement_rows, cited)


def _statement_row(article_id: str, seq: int, attribution: Attribution, entity_id: int,
                   outlet_id: int | None) -> dict:
    speaker = attribution.speaker
    return {"article_id": article_id, "seq": seq,
            "claim_text": attribution.claim.text, "claim_start": attribution.claim.start,
            "claim_end": attribution.claim.end,
            "cue_text": attribution.cue.text, "cue_start": attribution.cue.start,
            "cue_end": attribution.cue.end,
            "speaker_text": speaker.text if speaker else None,
            "speaker_start": speaker.start if speaker else None,
            "speaker_end": speaker.end if speaker else None,
            "entity_id": entity_id, "outlet_id": outlet_id, "direct": attribution.direct,
            "confidence": attribution.confidence}


def credited(resolver: Resolver, publisher: int | None, entity_id: int,
               outlet_id: int | None) -> list[tuple[int | None, int]]:
    """The media a statement credits other than the article's own publisher.

    The publisher relays what the outlet carried ("told Reuters") and what a
    medium speaking as the source put out ("according to Reuters").
    """
    own = resolver.current(publisher) if publisher is not None else None
    out: list[tuple[int | None, int]] = []
    for medium in (outlet_id, entity_id):
        if medium is None or resolver.kind(medium) != "media":
            continue
        if resolver.current(medium) != own and all(medium != m for _, m in out):
            out.append((publisher, medium))
    return out


def _insert_statements(conn: Connection, rows: list[_ArticleRows]) -> list[int]:
    statement_rows = [s for r in rows for s in r.statements]
    if not statement_rows:
        return []
    ids = list(conn.execute(statements.insert().returning(statements.c.id,
                                                          sort_by_parameter_order=True),
                            statement_rows).scalars())
    citation_rows = []
    for (statement, statement_id), pairs in zip(zip(statement_rows, ids),
                                                (p for r in rows for p in r.cited)):
        citation_rows += [{"article_id": statement["article_id"], "statement_id": statement_id,
                           "citing_id": citing, "cited_id": cited} for citing, cited in pairs]
    if citation_rows:
        conn.execute(citations.insert(), citation_rows)
    return ids


# --- small helpers -------------------------------------------------------------

def _merge_counts(counts: dict, more: dict) -> dict:
    out = dict(counts)
    for name, value in more.items():
        out[name] = out.get(name, 0) + value
    return out


def _span(batch: list[Article]) -> str:
    if len(batch) == 1:
        return f"article {batch[0].id}"
    return f"{len(batch)} articles, {batch[0].id} … {batch[-1].id}"


def _describe(error: BaseException) -> str:
    detail = getattr(error, "orig", None) or error  # a database error's own message
    return f"{type(detail).__name__}: {' '.join(str(detail).split())}"
