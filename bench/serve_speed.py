"""How fast the explorer answers on a large store.

Builds a synthetic store of ``--statements`` statements (100,000 by default)
straight through the schema's tables (SQLAlchemy executemany, deterministic:
the same seed gives the same store), starts the real server (``isnad serve``
on 127.0.0.1), and times each page and API call over ``--requests`` requests
from a local client: median and 95th percentile, in milliseconds.

    python -m bench.serve_speed                 # 100,000 statements
    python -m bench.serve_speed --statements 20000 --requests 30

The targets (design.md): overview, claims page and API under 200 ms median,
the graph page under 1 s. ``python -m bench`` times the main pages
(:data:`MAIN_PAGES`) with these same functions on stores of two sizes.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from isnad.graph import schema
from isnad.graph.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser_support import Server  # noqa: E402  (the tests' server fixture, reused)

STATUSES = ("single-source", "anonymous-only", "corroborated", "circular")
KINDS = ("person", "organization", "media", "anonymous", "unspecified")
WORDS = ("bridge", "harbour", "dam", "ferry", "council", "storm", "road", "school", "clinic",
         "market", "river", "valley", "mayor", "flood", "power", "water", "budget", "convoy")
AR_WORDS = ("جسر", "ميناء", "سد", "مجلس", "عاصفة", "طريق", "مدرسة", "مستشفى", "سوق", "نهر", "وادي")


def build_store(path: Path, statement_count: int, seed: int = 7) -> dict:
    """A store of ``statement_count`` statements: ~1 claim per 2 statements, 5 per article."""
    rng = random.Random(seed)
    store = open_store(str(path))
    now = datetime.now(UTC)
    article_count = max(1, statement_count // 5)
    claim_count = max(1, statement_count // 2)
    entity_count = max(20, statement_count // 20)
    media_count = max(5, entity_count // 20)
    entities = []
    for i in range(1, entity_count + 1):
        kind = "media" if i <= media_count else rng.choice(KINDS[:2] + KINDS[3:] + ("person",) * 3)
        name = f"{'Outlet' if kind == 'media' else kind.title()} {i:06d}"
        entities.append({"id": i, "name": name, "kind": kind, "key": name.lower()})
    aliases = [{"entity_id": e["id"], "alias": e["name"], "key": e["key"], "rule": "name"}
               for e in entities]
    articles = []
    for i in range(article_count):
        lang = "ar" if i % 3 == 0 else "en"
        publisher = rng.randint(1, media_count)
        articles.append({"id": f"synthetic-{i:07d}", "lang": lang, "title": f"Article {i}",
                         "outlet": entities[publisher - 1]["name"], "publisher_id": publisher,
                         "date": f"2031-{1 + i % 12:02d}-{1 + i % 28:02d}",
                         "text": "x" * 400, "content_hash": f"{i:040d}", "extractor_version": "bench",
                         "ingested_at": now})
    claims = []
    for i in range(1, claim_count + 1):
        words = AR_WORDS if i % 3 == 0 else WORDS
        text = " ".join(rng.choice(words) for _ in range(8)) + f" {i}"
        status = rng.choices(STATUSES, weights=(60, 20, 15, 5))[0]
        claims.append({"id": i, "text": text, "lang": "ar" if i % 3 == 0 else "en", "status": status,
                       "reason": json.dumps({"rule": f"synthetic {status}", "origins": [
                           {"id": 1 + i % entity_count, "name": entities[i % entity_count]["name"],
                            "kind": entities[i % entity_count]["kind"]}], "outlets": [], "articles": []}),
                       "updated_at": now})
    statements = []
    for i in range(1, statement_count + 1):
        article = articles[(i - 1) // 5]
        seq = (i - 1) % 5 + 1
        # Sources follow a long tail: a few are cited very often.
        entity = min(entity_count, media_count + int(rng.paretovariate(1.2)) * 3 + rng.randint(0, 40)) \
            if rng.random() < 0.5 else rng.randint(1, entity_count)
        statements.append({"id": i, "article_id": article["id"], "seq": seq,
                           "claim_text": claims[(i - 1) % claim_count]["text"], "claim_start": 0,
                           "claim_end": 40, "cue_text": "said", "cue_start": 50, "cue_end": 54,
                           "speaker_text": None, "speaker_start": None, "speaker_end": None,
                           "entity_id": entity, "outlet_id": rng.randint(1, media_count) if rng.random() < 0.2 else None,
                           "direct": rng.random() < 0.3, "claim_id": 1 + rng.randrange(claim_count)})
    citations = [{"article_id": s["article_id"], "statement_id": s["id"],
                  "citing_id": articles[(s["id"] - 1) // 5]["publisher_id"], "cited_id": rng.randint(1, media_count)}
                 for s in statements if s["id"] % 10 == 0]
    with store.transaction() as conn:
        for table, rows in ((schema.entities, entities), (schema.aliases, aliases),
                            (schema.articles, articles), (schema.claims, claims),
                            (schema.statements, statements), (schema.citations, citations)):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[start:start + 5000])
    store.engine.dispose()
    return {"statements": statement_count, "claims": claim_count, "articles": article_count,
            "entities": entity_count, "citations": len(citations)}


TARGETS = [  # (name, path, target median in ms)
    ("overview /", "/", 200),
    ("claims page /claims", "/claims", 200),
    ("claims page, status filter", "/claims?status=circular&sort=statements", 200),
    ("claim page /claims/{id}", "/claims/1234", 200),
    ("API /api/overview", "/api/overview", 200),
    ("API /api/claims", "/api/claims", 200),
    ("API /api/claims, text filter", "/api/claims?q=bridge&lang=en", 200),
    ("API /api/claims/{id}", "/api/claims/1234", 200),
    ("API /api/sources/{id}", "/api/sources/30", 200),
    ("graph page /graph", "/graph", 1000),
    ("graph page, filtered", "/graph?lang=ar&status=single-source", 1000),
    ("graph page, ego view", "/graph?node=entity:30&depth=1", 1000),
    ("API /api/graph", "/api/graph", 1000),
]
# What `python -m bench` times at each store size: the pages a reader opens first.
MAIN_PAGES = [target for target in TARGETS if target[0] in {
    "overview /", "claims page /claims", "API /api/claims", "graph page /graph", "graph page, filtered"}]


@dataclass(frozen=True)
class Timed:
    """One page's answer times over repeated requests, in milliseconds."""

    name: str
    path: str
    target_ms: int
    median_ms: float
    p95_ms: float
    first_ms: float  # the first request fills the caches of this view: reported apart
    kb: float

    @property
    def ok(self) -> bool:
        return self.median_ms <= self.target_ms

    def to_json(self) -> dict:
        return {key: round(value, 1) if isinstance(value, float) else value
                for key, value in asdict(self).items()}


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """``isnad serve`` over ``db`` while the block runs; its base URL."""
    server = Server(db)
    try:
        yield server.base
    finally:
        server.stop()


def first_request(base: str) -> float:
    """Milliseconds of the first request of all: it opens the store and fills the overview's cache."""
    start = time.perf_counter()
    urllib.request.urlopen(base + "/", timeout=120).read()
    return (time.perf_counter() - start) * 1000


def time_pages(base: str, targets: list[tuple[str, str, int]], requests: int) -> Iterator[Timed]:
    """Each target timed over ``requests`` requests, in turn (yielded as soon as it is done)."""
    for name, path, target in targets:
        yield measure(base, name, path, target, requests)


def measure(base: str, name: str, path: str, target: int, requests: int) -> Timed:
    """Median and p95 of ``requests`` requests after a first one, the first one's time, the size."""
    times = []
    size = 0
    cold = 0.0
    for number in range(requests + 1):
        start = time.perf_counter()
        with urllib.request.urlopen(base + path, timeout=60) as response:
            body = response.read()
            assert response.status == 200, (path, response.status)
        elapsed = (time.perf_counter() - start) * 1000
        size = len(body)
        if number:
            times.append(elapsed)
        else:
            cold = elapsed
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return Timed(name, path, target, statistics.median(times), p95, cold, size / 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--db", help="an existing store to measure instead of building one")
    args = parser.parse_args(argv)
    folder = tempfile.mkdtemp(prefix="isnad-bench-")
    db = Path(args.db) if args.db else Path(folder) / "bench.db"
    if not args.db:
        start = time.perf_counter()
        made = build_store(db, args.statements)
        print(f"built {made} in {time.perf_counter() - start:.1f} s", flush=True)
    failed = 0
    with serving(db) as base:
        print(f"first request to / (cold): {first_request(base):.0f} ms\n")
        print(f"{'request':34} {'median ms':>10} {'p95 ms':>8} {'first ms':>9} {'target':>8} {'KB':>7}")
        for timed in time_pages(base, TARGETS, args.requests):
            failed += not timed.ok
            print(f"{timed.name:34} {timed.median_ms:10.1f} {timed.p95_ms:8.1f} {timed.first_ms:9.1f} "
                  f"{timed.target_ms:>6} {'ok' if timed.ok else 'SLOW':>2} {timed.kb:7.0f}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
