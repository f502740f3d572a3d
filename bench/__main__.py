"""All the throughput and memory figures in one table: ``python -m bench``.

Run from the repository root::

    python -m bench [--quick | --full] [--json OUT] [--source DIR] [--workers N]

- extraction: ``isnad extract`` per language, articles/s and words/s, beside
  spaCy's blank tokenizers on the same texts (``bench/extract_speed.py``);
- ingest at 1,000 and 10,000 articles (and 100,000 with ``--full``): inline
  clustering, ``--defer-claims``, and ``--defer-claims --workers N``, each
  against ``isnad extract`` on the same articles (the requirement: at least
  half its throughput), with peak memory and its growth from the smallest size;
- ``isnad cluster`` after the deferred ingest: seconds against statements.

Every figure is a whole process on the synthetic corpus of ``bench/corpus.py``.
On 2 cores ``--quick`` (100 and 1,000 articles) takes about a minute; the
default run an estimated 15 minutes, most of it inline ingest and clustering
at 10,000 articles; ``--full`` several hours (clustering per statement slows
as the store grows).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from . import extract_speed, ingest_speed
from .corpus import DEV, load_sources, write_corpus
from .ingest_speed import Ingested, Mode
from .measure import Measure, run_once, summarise


@dataclass(frozen=True)
class Plan:
    extract_articles: int  # per language
    extract_runs: int
    ingest_sizes: tuple[int, ...]


PLANS = {"quick": Plan(100, 1, (100, 1_000)), "default": Plan(1_000, 3, (1_000, 10_000)),
         "full": Plan(1_000, 3, (1_000, 10_000, 100_000))}


def measure_extraction(plan: Plan, source: Path) -> list[dict]:
    rows = []
    for lang in ("ar", "en"):
        extract, tokenizer, _ = extract_speed.measure(plan.extract_articles, plan.extract_runs,
                                                      load_sources(source, lang))
        rows.append({"lang": lang, "extract": extract.to_json(), "tokenizer": tokenizer.to_json(),
                     "ratio": round(extract.seconds / tokenizer.seconds, 2)})
    return rows


def measure_ingest(plan: Plan, source: Path, workers: int) -> list[dict]:
    """Per size: extract, then each way of ingesting the same corpus into a new store."""
    sources = load_sources(source)
    modes = list(dict.fromkeys([Mode(), Mode(defer_claims=True),
                                Mode(defer_claims=True, workers=workers)]))
    rows = []
    with tempfile.TemporaryDirectory(prefix="isnad-bench-") as folder:
        scratch = Path(folder)
        for size in plan.ingest_sizes:
            corpus = write_corpus(scratch / "corpus.jsonl", size, sources)
            extract = summarise(corpus, [run_once(ingest_speed.extract_args(corpus), scratch)])
            for mode in modes:
                # Clustering does not depend on how the statements were extracted: timed once.
                done = ingest_speed.ingest_once(corpus, mode, scratch, cluster=mode.workers == 1)
                rows.append(_ingest_row(size, mode, done, extract))
    return rows


def _ingest_row(size: int, mode: Mode, done: Ingested, extract: Measure) -> dict:
    return {"articles": size, "mode": mode.name, **done.to_json(),
            "extract": extract.to_json(),
            "ratio": round(ingest_speed.ratio(done.ingest, extract), 3)}


# --- the table -------------------------------------------------------------------------

def table(figures: dict) -> str:
    lines = ["EXTRACTION (per language, one process)",
             f"{'':<30}{'articles':>9}{'articles/s':>12}{'words/s':>10}{'peak MB':>9}{'ratio':>7}"]
    for row in figures["extraction"]:
        for name, m in ((f"isnad extract [{row['lang']}]", row["extract"]),
                        (f"spaCy blank tokenizer [{row['lang']}]", row["tokenizer"])):
            ratio = f"{row['ratio']:>7.2f}" if name.startswith("isnad") else ""
            lines.append(f"{name:<30}{m['articles']:>9}{m['articles_per_second']:>12.1f}"
                         f"{m['words_per_second']:>10}{m['peak_rss_mb']:>9.1f}{ratio}")
    lines += ["", "INGEST (new SQLite store; ratio = ingest articles/s over extract's, "
                  f"at least {ingest_speed.LIMIT:g})",
              f"{'':<44}{'articles':>9}{'seconds':>9}{'articles/s':>12}{'ratio':>7}"
              f"{'peak MB':>9}{'growth':>8}"]
    smallest: dict[str, float] = {}
    for row in figures["ingest"]:
        m = row["ingest"]
        base = smallest.setdefault(row["mode"], m["peak_rss_mb"])
        lines.append(f"{row['mode']:<44}{row['articles']:>9}{m['seconds']:>9.1f}"
                     f"{m['articles_per_second']:>12.1f}{row['ratio']:>7.2f}"
                     f"{m['peak_rss_mb']:>9.1f}{m['peak_rss_mb'] / base:>7.2f}x")
        if row["mode"] == Mode(defer_claims=True).name:
            e = row["extract"]
            lines.append(f"{'  isnad extract, same articles':<44}{e['articles']:>9}"
                         f"{e['seconds']:>9.1f}{e['articles_per_second']:>12.1f}{'':>7}"
                         f"{e['peak_rss_mb']:>9.1f}")
    lines += ["", "CLUSTERING (isnad cluster after ingest --defer-claims)",
              f"{'':<20}{'statements':>11}{'seconds':>9}{'statements/s':>14}{'peak MB':>9}"
              f"{'growth':>8}"]
    clustered = [row for row in figures["ingest"] if row["cluster"]]
    for row in clustered:
        m, base = row["cluster"], clustered[0]["cluster"]["peak_rss_mb"]
        lines.append(f"{row['articles']:>9} articles{'':<2}{row['statements']:>11}"
                     f"{m['seconds']:>9.1f}{row['statements'] / m['seconds']:>14.1f}"
                     f"{m['peak_rss_mb']:>9.1f}{m['peak_rss_mb'] / base:>7.2f}x")
    lines.append("growth: peak RSS over the smallest size's, same mode")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="100 and 1,000 articles, one run")
    size.add_argument("--full", action="store_true", help="ingest at 100,000 articles too (hours)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    parser.add_argument("--source", type=Path, default=DEV,
                        help=f"folder of annotated articles to build from (default {DEV})")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1),
                        help="--workers of the parallel ingest (default: 2, or 1 on one core)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    plan = PLANS["quick" if args.quick else "full" if args.full else "default"]
    figures = {"plan": asdict(plan), "cores": os.cpu_count(),
               "extraction": measure_extraction(plan, args.source),
               "ingest": measure_ingest(plan, args.source, args.workers)}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
