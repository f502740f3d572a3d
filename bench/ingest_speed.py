"""What ``isnad ingest`` costs next to ``isnad extract`` on the same articles, both as whole processes.

The requirement measured: ingesting into a SQLite store keeps at least half of
extraction's throughput (the store's work — resolving entities, writing rows
and citations — may at most double the time extraction alone takes), and
memory stays flat in the number of articles.

Run from the repository root::

    python -m bench.ingest_speed [--articles 10000] [--runs 1] [--json OUT] [--source DIR]
                                 [--wording vary|repeat]

The corpus is synthetic but deterministic: article i is dev article (i mod k)
with its sentences rotated by i, under an id of its own, so entities repeat
across articles the way they do in a real archive. With ``--wording vary`` (the
default) each copy of a dev article also has its figures changed (every number
n becomes n + copy), so that claim clustering, which encodes each distinct
wording once, meets new wordings and new claims rather than a few hundred
sentences repeated; ``repeat`` keeps the dev texts' figures.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev"
LIMIT = 0.5  # ingest throughput over extract throughput, at least

# Runs the isnad command in this process, then leaves the process's own peak RSS
# in a side file: the parent's RUSAGE_CHILDREN would lump all children together.
MEASURED = """
import resource, sys
rss_file, *argv = sys.argv[1:]
from isnad.app.cli import main
try:
    code = main(argv)
finally:
    with open(rss_file, "w") as out:
        out.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
sys.exit(code)
"""
# ru_maxrss is in kilobytes on Linux, in bytes on macOS.
RSS_UNIT = 1 if sys.platform == "darwin" else 1024
# A sentence ends at . ! ? ؟ or a line break, with what closes a quotation after it.
SENTENCE_END = re.compile(r"(?<=[.!?؟\n])[\"”»']?\s+")
FIGURE = re.compile(r"(?<![\d.,])\d{1,6}(?![\d.,]\d)")


@dataclass(frozen=True)
class Measure:
    articles: int
    seconds: float  # best wall time over the runs
    peak_rss_mb: float  # highest over the runs

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds

    def to_json(self) -> dict:
        return {**asdict(self), "articles_per_second": round(self.articles_per_second, 1)}


# --- the corpus ------------------------------------------------------------------

def load_sources(folder: Path) -> list[dict]:
    """The ``lang``, ``outlet`` and ``text`` of every article file under ``folder``, in path order."""
    sources = []
    for path in sorted(folder.rglob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        sources.append({"lang": article["lang"], "outlet": article.get("outlet"),
                        "text": article["text"]})
    if not sources:
        raise SystemExit(f"no .json articles under {folder}")
    return sources


def synthetic_articles(count: int, sources: list[dict], vary: bool = True) -> Iterator[dict]:
    for index in range(count):
        base = sources[index % len(sources)]
        copy = index // len(sources)
        text = FIGURE.sub(lambda m: str(int(m.group()) + copy), base["text"]) if vary \
            else base["text"]
        sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
        shift = index % len(sentences)
        text = " ".join(sentences[shift:] + sentences[:shift])
        yield {"id": f"bench-{index:06d}", "lang": base["lang"], "outlet": base["outlet"],
               "text": text}


def write_corpus(path: Path, count: int, sources: list[dict], vary: bool = True) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for article in synthetic_articles(count, sources, vary):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


# --- the two processes -------------------------------------------------------------

def extract_args(corpus: Path) -> list[str]:
    return ["extract", str(corpus), "--format", "json", "--no-progress"]


def ingest_args(corpus: Path, store: Path) -> list[str]:
    # A new store each run: a second run into the same store would skip every article.
    return ["ingest", str(corpus), "--db", str(store), "--no-progress"]


def run_once(args: list[str], scratch: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one whole ``isnad`` process."""
    rss_file = scratch / "rss"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED, str(rss_file), *args], cwd=REPO,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          errors="replace")
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"isnad {' '.join(args)} failed with exit code {done.returncode}:\n"
                         f"{done.stderr[-2000:]}")
    return seconds, int(rss_file.read_text()) * RSS_UNIT / 2**20


def measure_side_by_side(corpus: Path, articles: int, runs: int, scratch: Path
                         ) -> tuple[Measure, Measure]:
    """Ingest and extract, alternating, so both see the same machine load."""
    ingest: list[tuple[float, float]] = []
    extract: list[tuple[float, float]] = []
    for run in range(runs):
        ingest.append(run_once(ingest_args(corpus, scratch / f"run-{run}.db"), scratch))
        extract.append(run_once(extract_args(corpus), scratch))
    return summarise(articles, ingest), summarise(articles, extract)


def summarise(articles: int, timings: list[tuple[float, float]]) -> Measure:
    return Measure(articles, seconds=min(s for s, _ in timings),
                   peak_rss_mb=max(rss for _, rss in timings))


# --- report ------------------------------------------------------------------------

def ratio(ingest: Measure, extract: Measure) -> float:
    return ingest.articles_per_second / extract.articles_per_second


def report(ingest: Measure, extract: Measure, quarter: Measure) -> str:
    rows = [("isnad ingest", ingest), ("isnad extract --format json", extract),
            (f"isnad ingest, first {quarter.articles}", quarter)]
    lines = [f"{'':<32}{'articles':>9}{'seconds':>9}{'articles/s':>12}{'peak RSS MB':>13}"]
    lines += [f"{name:<32}{m.articles:>9}{m.seconds:>9.2f}{m.articles_per_second:>12.1f}"
              f"{m.peak_rss_mb:>13.1f}" for name, m in rows]
    lines.append(f"memory: ingest peak RSS {quarter.peak_rss_mb:.1f} MB at {quarter.articles} "
                 f"articles, {ingest.peak_rss_mb:.1f} MB at {ingest.articles} articles")
    verdict = "ok" if ratio(ingest, extract) >= LIMIT else "BELOW THE LIMIT"
    lines.append(f"throughput ratio ingest/extract {ratio(ingest, extract):.2f} "
                 f"(at least {LIMIT:g}): {verdict}")
    return "\n".join(lines)


def figures(ingest: Measure, extract: Measure, quarter: Measure, runs: int) -> dict:
    return {"runs": runs, "ingest": ingest.to_json(), "extract": extract.to_json(),
            "ingest_quarter": quarter.to_json(), "ratio": round(ratio(ingest, extract), 3),
            "limit": LIMIT}


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
    args = parser.parse_args(argv)
    if args.articles < 4 or args.runs < 1:
        parser.error("--articles must be at least 4 and --runs at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sources = load_sources(args.source)
    with tempfile.TemporaryDirectory(prefix="isnad-bench-") as folder:
        scratch = Path(folder)
        vary = args.wording == "vary"
        corpus = write_corpus(scratch / "corpus.jsonl", args.articles, sources, vary)
        quarter_corpus = write_corpus(scratch / "quarter.jsonl", args.articles // 4, sources, vary)
        ingest, extract = measure_side_by_side(corpus, args.articles, args.runs, scratch)
        quarter = summarise(args.articles // 4,
                            [run_once(ingest_args(quarter_corpus, scratch / "quarter.db"),
                                      scratch)])
    if args.json:
        args.json.write_text(json.dumps(figures(ingest, extract, quarter, args.runs), indent=2)
                             + "\n", encoding="utf-8")
    print(report(ingest, extract, quarter))
    return 0 if ratio(ingest, extract) >= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
