"""What ``isnad extract`` costs next to spaCy's blank tokenizers, both as whole processes.

The requirement measured: over 1,000 news articles, ``isnad extract`` as a whole
process costs at most 10 times what spaCy's blank tokenizers alone cost on the
same texts, also as a whole process, measured side by side in one run; memory
stays flat in the number of articles.

Run from the repository root::

    python -m bench.extract_speed [--articles 1000] [--runs 3] [--json OUT] [--source DIR]

The corpus is synthetic but deterministic: article i is annotated dev article
(i mod k) with its paragraphs rotated by ``random.Random(i)``, so Arabic and
English come in the dev set's proportions.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev"
LIMIT = 10.0

# Runs a module as `python -m` would, then leaves the process's own peak RSS in a
# side file: the parent's RUSAGE_CHILDREN would lump all children together.
MEASURED = """
import resource, runpy, sys
rss_file, module = sys.argv[1:3]
sys.argv = [module, *sys.argv[3:]]
try:
    runpy.run_module(module, run_name="__main__", alter_sys=True)
finally:
    with open(rss_file, "w") as out:
        out.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
"""
# ru_maxrss is in kilobytes on Linux, in bytes on macOS.
RSS_UNIT = 1 if sys.platform == "darwin" else 1024


@dataclass(frozen=True)
class Corpus:
    path: Path
    articles: int
    words: int


@dataclass(frozen=True)
class Measure:
    articles: int
    words: int
    seconds: float  # best wall time over the runs
    peak_rss_mb: float  # highest over the runs

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds

    def to_json(self) -> dict:
        return {**asdict(self), "articles_per_second": round(self.articles_per_second, 1),
                "words_per_second": round(self.words_per_second)}


# --- the corpus ------------------------------------------------------------------

def load_sources(folder: Path) -> list[dict]:
    """The ``lang`` and ``text`` of every article file under ``folder``, in path order."""
    sources = []
    for path in sorted(folder.rglob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        sources.append({"lang": article["lang"], "text": article["text"]})
    if not sources:
        raise SystemExit(f"no .json articles under {folder}")
    return sources


def synthetic_articles(count: int, sources: list[dict]) -> Iterator[dict]:
    for index in range(count):
        base = sources[index % len(sources)]
        # Whole paragraphs move, so quotations and their cues stay together.
        paragraphs = [line for line in base["text"].split("\n") if line.strip()]
        shift = random.Random(index).randrange(len(paragraphs))
        text = "\n\n".join(paragraphs[shift:] + paragraphs[:shift])
        yield {"id": f"bench-{index:05d}", "lang": base["lang"], "text": text}


def write_corpora(folder: Path, count: int, sources: list[dict]) -> tuple[Corpus, Corpus]:
    """The corpus of ``count`` articles and its first quarter, as JSONL files."""
    quarter = max(1, count // 4)
    full_path, quarter_path = folder / "corpus.jsonl", folder / "quarter.jsonl"
    words = quarter_words = 0
    with open(full_path, "w", encoding="utf-8") as full, \
            open(quarter_path, "w", encoding="utf-8") as first:
        for index, article in enumerate(synthetic_articles(count, sources)):
            line = json.dumps(article, ensure_ascii=False) + "\n"
            article_words = len(article["text"].split())
            full.write(line)
            words += article_words
            if index < quarter:
                first.write(line)
                quarter_words += article_words
    return Corpus(full_path, count, words), Corpus(quarter_path, quarter, quarter_words)


# --- the two processes -------------------------------------------------------------

def extract_args(corpus: Corpus) -> list[str]:
    return ["isnad.app.cli", "extract", str(corpus.path), "--format", "json", "--no-progress"]


def tokenizer_args(corpus: Corpus) -> list[str]:
    return ["bench.extract_speed", "--tokenize", str(corpus.path)]


def tokenize(path: Path) -> None:
    """The baseline: spaCy's blank tokenizer of each article's language over its text."""
    import spacy

    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in ("ar", "en")}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            tokenizers[article["lang"]](article["text"])


def run_once(module_args: list[str], scratch: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one whole process running ``module_args``."""
    rss_file = scratch / "rss"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED, str(rss_file), *module_args],
                          cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, errors="replace")
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(module_args)} failed with exit code {done.returncode}:\n"
                         f"{done.stderr[-2000:]}")
    return seconds, int(rss_file.read_text()) * RSS_UNIT / 2**20


def measure_side_by_side(corpus: Corpus, runs: int, scratch: Path) -> tuple[Measure, Measure]:
    """Extraction and the tokenizer baseline, alternating, so both see the same machine load."""
    extract: list[tuple[float, float]] = []
    tokenizer: list[tuple[float, float]] = []
    for _ in range(runs):
        extract.append(run_once(extract_args(corpus), scratch))
        tokenizer.append(run_once(tokenizer_args(corpus), scratch))
    return summarise(corpus, extract), summarise(corpus, tokenizer)


def summarise(corpus: Corpus, timings: list[tuple[float, float]]) -> Measure:
    return Measure(corpus.articles, corpus.words, seconds=min(s for s, _ in timings),
                   peak_rss_mb=max(rss for _, rss in timings))


# --- report ------------------------------------------------------------------------

def report(extract: Measure, tokenizer: Measure, quarter: Measure) -> str:
    ratio = extract.seconds / tokenizer.seconds
    rows = [("isnad extract", extract), ("spaCy blank tokenizers", tokenizer),
            (f"isnad extract, first {quarter.articles}", quarter)]
    lines = [f"{'':<28}{'articles':>9}{'words':>10}{'seconds':>9}{'articles/s':>12}"
             f"{'words/s':>10}{'peak RSS MB':>13}"]
    lines += [f"{name:<28}{m.articles:>9}{m.words:>10}{m.seconds:>9.2f}"
              f"{m.articles_per_second:>12.1f}{m.words_per_second:>10.0f}{m.peak_rss_mb:>13.1f}"
              for name, m in rows]
    lines.append(f"memory: peak RSS {quarter.peak_rss_mb:.1f} MB at {quarter.articles} articles, "
                 f"{extract.peak_rss_mb:.1f} MB at {extract.articles} articles")
    lines.append(f"ratio {ratio:.2f} (limit {LIMIT:g})")
    return "\n".join(lines)


def figures(extract: Measure, tokenizer: Measure, quarter: Measure, runs: int) -> dict:
    return {"runs": runs, "extract": extract.to_json(), "tokenizer": tokenizer.to_json(),
            "extract_quarter": quarter.to_json(),
            "ratio": round(extract.seconds / tokenizer.seconds, 3), "limit": LIMIT}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_speed",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--runs", type=int, default=3,
                        help="runs of each process; the best time counts (default 3)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    parser.add_argument("--source", type=Path, default=DEV,
                        help=f"folder of annotated articles to build from (default {DEV})")
    # The baseline child process runs this module again in this mode.
    parser.add_argument("--tokenize", type=Path, metavar="CORPUS", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.articles < 1 or args.runs < 1:
        parser.error("--articles and --runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.tokenize:
        tokenize(args.tokenize)
        return 0
    with tempfile.TemporaryDirectory(prefix="isnad-bench-") as scratch:
        corpus, first_quarter = write_corpora(Path(scratch), args.articles,
                                              load_sources(args.source))
        extract, tokenizer = measure_side_by_side(corpus, args.runs, Path(scratch))
        quarter = summarise(first_quarter, [run_once(extract_args(first_quarter), Path(scratch))])
    if args.json:
        args.json.write_text(json.dumps(figures(extract, tokenizer, quarter, args.runs), indent=2)
                             + "\n", encoding="utf-8")
    print(report(extract, tokenizer, quarter))
    return 0


if __name__ == "__main__":
    sys.exit(main())
