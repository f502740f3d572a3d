"""All the throughput, memory and response figures in one table: ``python -m bench``.

Run from the repository root::

    python -m bench [--quick | --full] [--only SECTIONS] [--json OUT] [--source DIR] [--workers N]

Sections (``--only extraction,dense,ingest,clustering,graph`` runs some of
them; all by default):

- extraction: ``isnad extract`` per language, articles/s and words/s, beside
  spaCy's blank tokenizers on the same texts (``bench/extract_speed.py``);
- dense: extraction time and peak memory against text length on cues without
  sentence ends, 1, 10, 100 and 1,000 KB per language (100 KB at most with
  ``--quick``): each tenfold at most 15 times the time and memory
  (``bench/dense_text.py``);
- ingest at 1,000 and 10,000 articles (and 100,000 with ``--full``):
  ``--defer-claims`` and ``--defer-claims --workers N`` at every size, inline
  clustering (one process and ``--workers N``) up to 10,000 articles, each
  against ``isnad extract`` on the same articles (the requirement: at least
  half its throughput), with peak memory;
- clustering: a deferred ingest of about 10,000 and 100,000 statements (1,830
  and 18,300 articles; 1,000 and 10,000 with ``--quick``), then ``isnad
  cluster`` timed: statements, the claims they made, seconds, statements/s,
  peak memory (``bench/claim_index_speed.py`` takes the index alone to a
  million wordings);
- graph: synthetic stores of 10,000 and 100,000 statements
  (``bench/serve_speed.py``): the time to build the whole store's networkx
  graph, and the main pages' response times through a real ``isnad serve``
  (``bench/graph_speed.py``).

Each size's figures are also stated over the previous size's (10k/1k,
100k/10k): the growth curve as ratios, in the table and in the JSON beside the
raw numbers. Extraction, ingest and clustering are whole processes on the
synthetic corpus of ``bench/corpus.py``.

On 2 cores ``--quick`` (extraction on 100 articles; ingest at 100 and 1,000
articles; clustering at about 1,000 and 10,000 statements; graph and pages at
1,000 and 10,000 statements) takes about two minutes. ``--full`` took 39
minutes, most of it at 100,000 articles (extraction four minutes, each
deferred ingest eight to twelve), then clustering 100,000 statements (three
minutes). Split a long run with ``--only``, e.g. ``--full --only clustering``.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from . import dense_text, extract_speed, graph_speed, ingest_speed
from .corpus import DEV, Corpus, load_sources, write_corpus
from .ingest_speed import Ingested, Mode
from .measure import Measure, run_once, summarise, vs_previous

SECTIONS = ("extraction", "dense", "ingest", "clustering", "graph")


@dataclass(frozen=True)
class Plan:
    extract_articles: int  # per language
    extract_runs: int
    ingest_sizes: tuple[int, ...]  # articles
    inline_up_to: int  # inline clustering ingest only up to this many articles (it is the slow path)
    cluster_sizes: tuple[int, ...]  # articles; 1,830 make about 10,000 statements
    graph_sizes: tuple[int, ...]  # statements in the synthetic store
    graph_runs: int  # builds of the whole graph, the median counts
    requests: int  # per page, after a first one
    dense_sizes: tuple[int, ...] = dense_text.SIZES_KB  # KB of cues without sentence ends


PLANS = {"quick": Plan(100, 1, (100, 1_000), 1_000, (183, 1_830), (1_000, 10_000), 3, 10, (1, 10, 100)),
         "default": Plan(1_000, 3, (1_000, 10_000), 10_000, (1_830, 18_300),
                         (10_000, 100_000), 3, 20),
         "full": Plan(1_000, 3, (1_000, 10_000, 100_000), 10_000, (1_830, 18_300),
                      (10_000, 100_000), 3, 20)}


# --- the measures ----------------------------------------------------------------------

def measure(sections: tuple[str, ...], plan: Plan, source: Path, workers: int) -> dict:
    """The figures of each section asked for, under its name."""
    figures: dict = {}
    if "extraction" in sections:
        figures["extraction"] = measure_extraction(plan, source)
    if "dense" in sections:
        figures["dense"] = dense_text.measure(plan.dense_sizes)
    if "ingest" in sections:
        figures["ingest"] = measure_ingest(plan, source, workers)
    if "clustering" in sections:
        figures["clustering"] = measure_clustering(plan, source)
    if "graph" in sections:
        figures["graph"] = measure_graph(plan)
    return figures


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
    modes = list(dict.fromkeys([Mode(), Mode(workers=workers), Mode(defer_claims=True),
                                Mode(defer_claims=True, workers=workers)]))
    rows = []
    for corpus, scratch in _corpora(plan.ingest_sizes, source):
        extract = summarise(corpus, [run_once(ingest_speed.extract_args(corpus), scratch)])
        for mode in modes:
            if mode.defer_claims or corpus.articles <= plan.inline_up_to:
                done = ingest_speed.ingest_once(corpus, mode, scratch, cluster=False)
                rows.append(_ingest_row(corpus.articles, mode, done, extract))
    vs_previous(rows, group=lambda row: row["mode"], figures={
        "articles_per_second": lambda row: row["ingest"]["articles_per_second"],
        "peak_rss_mb": lambda row: row["ingest"]["peak_rss_mb"]})
    return rows


def _ingest_row(size: int, mode: Mode, done: Ingested, extract: Measure) -> dict:
    return {"articles": size, "mode": mode.name, **done.to_json(),
            "extract": extract.to_json(),
            "ratio": round(ingest_speed.ratio(done.ingest, extract), 3)}


def measure_clustering(plan: Plan, source: Path) -> list[dict]:
    """Per size, a deferred ingest into a new store (not reported), then ``isnad cluster`` timed."""
    rows = []
    for corpus, scratch in _corpora(plan.cluster_sizes, source):
        done = ingest_speed.ingest_once(corpus, Mode(defer_claims=True), scratch)
        rows.append({"articles": corpus.articles, **done.to_json()})
    return clustering_rows(rows)


def clustering_rows(ingested: list[dict]) -> list[dict]:
    """The clustering figures of the ingest rows that timed ``isnad cluster``, with their growth."""
    rows = []
    for row in ingested:
        if row["cluster"]:
            seconds, statements = row["cluster"]["seconds"], row["statements"]
            rows.append({"articles": row["articles"], "statements": statements,
                         "claims": row["claims"], "cluster": row["cluster"],
                         "statements_per_second": round(statements / seconds, 1),
                         "ms_per_statement": round(1000 * seconds / statements, 3)})
    vs_previous(rows, group=lambda row: None, figures={
        "ms_per_statement": lambda row: row["ms_per_statement"],
        "peak_rss_mb": lambda row: row["cluster"]["peak_rss_mb"]})
    return rows


def _corpora(sizes: tuple[int, ...], source: Path) -> Iterator[tuple[Corpus, Path]]:
    """Each size's synthetic corpus in turn, and the scratch folder its stores go in."""
    sources = load_sources(source)
    with tempfile.TemporaryDirectory(prefix="isnad-bench-") as folder:
        scratch = Path(folder)
        for size in sizes:
            yield write_corpus(scratch / "corpus.jsonl", size, sources), scratch


def measure_graph(plan: Plan) -> list[dict]:
    rows = graph_speed.measure(plan.graph_sizes, plan.graph_runs, plan.requests)
    vs_previous(rows, group=lambda row: None, figures={
        "build_seconds": lambda row: row["build"]["seconds"],
        "nodes": lambda row: row["build"]["nodes"]})
    vs_previous([page for row in rows for page in row["pages"]], group=lambda page: page["name"],
                figures={"median_ms": lambda page: page["median_ms"]})
    return rows


# --- the table -------------------------------------------------------------------------

def table(figures: dict) -> str:
    parts = {"extraction": extraction_table, "dense": dense_text.table, "ingest": ingest_table,
             "clustering": clustering_table, "graph": graph_table}
    return "\n\n".join(parts[name](figures[name]) for name in SECTIONS if name in figures)


WIDTH = re.compile(r"[<>^]?\d*")  # the alignment and width at the start of a format spec


def grid(columns: list[tuple[str, str]], lines: Iterable[dict]) -> list[str]:
    """A header line, then one per dict of ``lines``, which holds its cells under the headers.

    ``columns``: each a header and the format of its values, whose width is the
    column's; a cell a line leaves out is blank.
    """
    widths = [WIDTH.match(spec).group() for _, spec in columns]
    out = ["".join(format(header, width) for (header, _), width in zip(columns, widths))]
    for line in lines:
        out.append("".join(format(line[header], spec) if header in line else format("", width)
                           for (header, spec), width in zip(columns, widths)).rstrip())
    return out


def _vs(row: dict, figure: str) -> str:
    """A ratio to the previous size, or a dash at the first size."""
    ratio = (row["vs_previous"] or {}).get(figure)
    return f"{ratio:.2f}x" if ratio is not None else "-"


def extraction_table(rows: list[dict]) -> str:
    columns = [("", "<30"), ("articles", ">9"), ("articles/s", ">12.1f"), ("words/s", ">10"),
               ("peak MB", ">9.1f"), ("ratio", ">7.2f")]
    lines = []
    for row in rows:
        for name, m in ((f"isnad extract [{row['lang']}]", row["extract"]),
                        (f"spaCy blank tokenizer [{row['lang']}]", row["tokenizer"])):
            lines.append({"": name, "articles": m["articles"], "articles/s": m["articles_per_second"],
                          "words/s": m["words_per_second"], "peak MB": m["peak_rss_mb"],
                          **({"ratio": row["ratio"]} if name.startswith("isnad") else {})})
    return "\n".join(["EXTRACTION (per language, one process)", *grid(columns, lines)])


def ingest_table(rows: list[dict]) -> str:
    columns = [("", "<44"), ("articles", ">9"), ("seconds", ">9.1f"), ("articles/s", ">12.1f"),
               ("ratio", ">7.2f"), ("peak MB", ">9.1f"), ("art/s vs prev", ">15"),
               ("MB vs prev", ">12")]
    lines = []
    for row in rows:
        lines.append({"": row["mode"], **_process(row["ingest"]), "ratio": row["ratio"],
                      "art/s vs prev": _vs(row, "articles_per_second"),
                      "MB vs prev": _vs(row, "peak_rss_mb")})
        if row["mode"] == Mode(defer_claims=True).name:
            lines.append({"": "  isnad extract, same articles", **_process(row["extract"])})
    return "\n".join(["INGEST (new SQLite store; ratio = ingest articles/s over extract's, "
                      f"at least {ingest_speed.LIMIT:g})", *grid(columns, lines),
                      "vs prev: over the same mode's figure at the previous size"])


def _process(m: dict) -> dict:
    return {"articles": m["articles"], "seconds": m["seconds"],
            "articles/s": m["articles_per_second"], "peak MB": m["peak_rss_mb"]}


def clustering_table(rows: list[dict]) -> str:
    columns = [("articles", ">9"), ("statements", ">12"), ("claims", ">9"), ("seconds", ">9.1f"),
               ("statements/s", ">14.1f"), ("peak MB", ">9.1f"), ("s/stmt vs prev", ">16"),
               ("MB vs prev", ">12")]
    lines = [{"articles": row["articles"], "statements": row["statements"], "claims": row["claims"],
              "seconds": row["cluster"]["seconds"], "statements/s": row["statements_per_second"],
              "peak MB": row["cluster"]["peak_rss_mb"],
              "s/stmt vs prev": _vs(row, "ms_per_statement"),
              "MB vs prev": _vs(row, "peak_rss_mb")} for row in rows]
    return "\n".join(["CLUSTERING (isnad cluster, one process, after ingest --defer-claims)",
                      *grid(columns, lines),
                      "s/stmt vs prev: seconds per statement over the previous size's "
                      "(1.00x: time grows linearly with the statements)"])


def graph_table(rows: list[dict]) -> str:
    runs, requests = rows[0]["build"]["runs"], rows[0]["requests"]
    columns = [("statements", ">10"), ("claims", ">9"), ("articles", ">10"), ("store s", ">9.1f"),
               ("nodes", ">9"), ("edges", ">9"), ("build s", ">9.2f"), ("build vs prev", ">15"),
               ("first / ms", ">12.0f")]
    stores = [{"statements": row["statements"], "claims": row["claims"],
               "articles": row["articles"], "store s": row["store_seconds"],
               "nodes": row["build"]["nodes"], "edges": row["build"]["edges"],
               "build s": row["build"]["seconds"], "build vs prev": _vs(row, "build_seconds"),
               "first / ms": row["first_request_ms"]} for row in rows]
    return "\n".join([
        f"GRAPH (synthetic store; graph.build over all of it, in-process, median of {runs})",
        *grid(columns, stores),
        "first / ms: the server's first request of all (opens the store, fills the overview's "
        "cache)", "",
        f"PAGES (isnad serve on the same stores; ms over {requests} requests after a first)",
        *grid([("", "<26"), ("statements", ">11"), ("median", ">9.1f"), ("p95", ">9.1f"),
               ("first", ">9.1f"), ("target", ">8"), ("KB", ">7.0f"), ("median vs prev", ">16")],
              _pages_by_name(rows))])


def _pages_by_name(rows: list[dict]) -> Iterator[dict]:
    """Each page at every store size in turn, so that its growth reads down the table."""
    for name in [page["name"] for page in rows[0]["pages"]]:
        for row in rows:
            page = next(page for page in row["pages"] if page["name"] == name)
            yield {"": name, "statements": row["statements"], "median": page["median_ms"],
                   "p95": page["p95_ms"], "first": page["first_ms"], "target": page["target_ms"],
                   "KB": page["kb"], "median vs prev": _vs(page, "median_ms")}


# --- the command -----------------------------------------------------------------------

def sections(text: str) -> tuple[str, ...]:
    """``--only``'s comma-separated sections, in the order they run."""
    chosen = {part.strip() for part in text.split(",") if part.strip()}
    if not chosen or chosen - set(SECTIONS):
        raise argparse.ArgumentTypeError(f"expected some of {','.join(SECTIONS)}, got {text!r}")
    return tuple(name for name in SECTIONS if name in chosen)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true",
                      help="ingest at 100 and 1,000 articles, stores of 1,000 and 10,000 "
                           "statements, one run (minutes)")
    size.add_argument("--full", action="store_true", help="ingest at 100,000 articles too (hours)")
    parser.add_argument("--only", type=sections, default=SECTIONS, metavar="SECTIONS",
                        help=f"comma-separated, among {','.join(SECTIONS)} (default: all)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    parser.add_argument("--source", type=Path, default=DEV,
                        help=f"folder of annotated articles to build from (default {DEV})")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1),
                        help="--workers of the parallel ingest (default: 2, or 1 on one core)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    plan = PLANS["quick" if args.quick else "full" if args.full else "default"]
    figures = {"plan": asdict(plan), "cores": os.cpu_count(), "sections": list(args.only),
               **measure(args.only, plan, args.source, args.workers)}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
