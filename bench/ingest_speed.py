"""What ``isnad ingest`` costs next to ``isnad extract`` on the same articles, both as whole processes.

The requirement measured: ingesting into a SQLite store keeps at least half of
extraction's throughput (the store's work — resolving entities, writing rows
and citations — may at most double the time extraction alone takes), and
memory stays flat in the number of articles.

Run from the repository root::

    python -m bench.ingest_speed [--articles 10000] [--runs 1] [--json OUT] [--source DIR]
                                 [--wording vary|repeat] [--defer-claims] [--workers N]

The corpus is synthetic but deterministic (``bench/corpus.py``). With
``--wording vary`` (the default) each copy of a dev article has its figures
changed, so that claim clustering meets new wordings and new claims rather
than a few hundred sentences repeated; ``repeat`` keeps the dev texts' figures.
With ``--defer-claims`` ingest leaves clustering to ``isnad cluster``, timed
on its own after it; ``--workers N`` extracts in N processes.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .corpus import DEV, Corpus, load_sources, write_corpus
from .measure import Measure, run_once, summarise

LIMIT = 0.5  # ingest throughput over extract throughput, at least
CLI = "isnad.app.cli"


@dataclass(frozen=True)
class Mode:
    defer_claims: bool = False
    workers: int = 1

    @property
    def name(self) -> str:
        parts = ["--defer-claims"] * self.defer_claims + [f"--workers {self.workers}"] * (
            self.workers > 1)
        return " ".join(["isnad ingest", *parts])


@dataclass(frozen=True)
class Ingested:
    ingest: Measure
    cluster: Measure | None  # isnad cluster after a deferred ingest
    statements: int
    claims: int  # 0 after a deferred ingest left unclustered

    def to_json(self) -> dict:
        return {"ingest": self.ingest.to_json(), "statements": self.statements,
                "claims": self.claims, "cluster": self.cluster.to_json() if self.cluster else None}


# --- the processes -------------------------------------------------------------------

def extract_args(corpus: Corpus) -> list[str]:
    return [CLI, "extract", str(corpus.path), "--format", "json", "--no-progress"]


def ingest_args(corpus: Corpus, store: Path, mode: Mode) -> list[str]:
    return [CLI, "ingest", str(corpus.path), "--db", str(store), "--no-progress",
            "--workers", str(mode.workers), *(["--defer-claims"] if mode.defer_claims else [])]


def cluster_args(store: Path) -> list[str]:
    return [CLI, "cluster", "--db", str(store), "--no-progress"]


def ingest_once(corpus: Corpus, mode: Mode, scratch: Path, cluster: bool = True) -> Ingested:
    """One ingest into a new store (a second run into the same store would skip every article).

    After a deferred ingest, ``isnad cluster`` is timed too unless ``cluster`` is false.
    """
    store = scratch / "ingest.db"
    for leftover in scratch.glob("ingest.db*"):
        leftover.unlink()
    ingest = summarise(corpus, [run_once(ingest_args(corpus, store, mode), scratch)])
    clustered = summarise(corpus, [run_once(cluster_args(store), scratch)]) \
        if mode.defer_claims and cluster else None
    return Ingested(ingest, clustered, *_counts(store))


def _counts(store: Path) -> tuple[int, int]:
    """The store's statements and claims."""
    with sqlite3.connect(store) as conn:
        return tuple(conn.execute("SELECT (SELECT count(*) FROM statements), "
                                  "(SELECT count(*) FROM claims)").fetchone())


def measure_side_by_side(corpus: Corpus, mode: Mode, runs: int, scratch: Path
                         ) -> tuple[Ingested, Measure]:
    """Ingest and extract, alternating, so both see the same machine load; the best of each."""
    ingested = []
    extract = []
    for _ in range(runs):
        ingested.append(ingest_once(corpus, mode, scratch))
        extract.append(run_once(extract_args(corpus), scratch))
    return min(ingested, key=lambda i: i.ingest.seconds), summarise(corpus, extract)


# --- report ------------------------------------------------------------------------

def ratio(ingest: Measure, extract: Measure) -> float:
    return ingest.articles_per_second / extract.articles_per_second


def report(mode: Mode, ingested: Ingested, extract: Measure, quarter: Ingested) -> str:
    rows = [(mode.name, ingested.ingest), ("isnad extract --format json", extract),
            (f"{mode.name}, first {quarter.ingest.articles}", quarter.ingest)]
    if ingested.cluster and quarter.cluster:
        rows += [(f"isnad cluster ({ingested.statements} statements)", ingested.cluster),
                 (f"isnad cluster ({quarter.statements} statements)", quarter.cluster)]
    lines = [f"{'':<52}{'articles':>9}{'seconds':>9}{'articles/s':>12}{'peak RSS MB':>13}"]
    lines += [f"{name:<52}{m.articles:>9}{m.seconds:>9.2f}{m.articles_per_second:>12.1f}"
              f"{m.peak_rss_mb:>13.1f}" for name, m in rows]
    lines.append(f"memory: ingest peak RSS {quarter.ingest.peak_rss_mb:.1f} MB at "
                 f"{quarter.ingest.articles} articles, {ingested.ingest.peak_rss_mb:.1f} MB at "
                 f"{ingested.ingest.articles} articles (main process)")
    verdict = "ok" if ratio(ingested.ingest, extract) >= LIMIT else "BELOW THE LIMIT"
    lines.append(f"throughput ratio ingest/extract {ratio(ingested.ingest, extract):.2f} "
                 f"(at least {LIMIT:g}): {verdict}")
    return "\n".join(lines)


def figures(mode: Mode, ingested: Ingested, extract: Measure, quarter: Ingested,
            runs: int) -> dict:
    return {"runs": runs, "mode": mode.name, "ingest": ingested.ingest.to_json(),
            "cluster": ingested.cluster.to_json() if ingested.cluster else None,
            "statements": ingested.statements, "extract": extract.to_json(),
            "ingest_quarter": quarter.to_json(),
            "ratio": round(ratio(ingested.ingest, extract), 3), "limit": LIMIT}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest_speed",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000,
                        help="corpus size (default 10000)")
    parser.add_argument("--runs", type=int, default=1,
                        help="runs of each process; the best time counts (default 1)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    parser.add_argument("--source", type=Path, default=DEV,
                        help=f"folder of annotated articles to build from (default {DEV})")
    parser.add_argument("--wording", choices=("vary", "repeat"), default="vary",
                        help="vary: each copy of a dev article gets its own figures (default); "
                             "repeat: the dev texts as they are")
    parser.add_argument("--defer-claims", action="store_true",
                        help="ingest --defer-claims, then time isnad cluster on its own")
    parser.add_argument("--workers", type=int, default=1, help="ingest --workers N (default 1)")
    args = parser.parse_args(argv)
    if args.articles < 4 or args.runs < 1 or args.workers < 1:
        parser.error("--articles must be at least 4, --runs and --workers at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sources = load_sources(args.source)
    vary = args.wording == "vary"
    mode = Mode(args.defer_claims, args.workers)
    with tempfile.TemporaryDirectory(prefix="isnad-bench-") as folder:
        scratch = Path(folder)
        corpus = write_corpus(scratch / "corpus.jsonl", args.articles, sources, vary)
        quarter_corpus = write_corpus(scratch / "quarter.jsonl", args.articles // 4, sources, vary)
        ingested, extract = measure_side_by_side(corpus, mode, args.runs, scratch)
        quarter = ingest_once(quarter_corpus, mode, scratch)
    if args.json:
        args.json.write_text(json.dumps(figures(mode, ingested, extract, quarter, args.runs),
                                        indent=2) + "\n", encoding="utf-8")
    print(report(mode, ingested, extract, quarter))
    return 0 if ratio(ingested.ingest, extract) >= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
