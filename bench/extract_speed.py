"""What ``isnad extract`` costs next to spaCy's blank tokenizers, both as whole processes.

The requirement measured: over 1,000 news articles, ``isnad extract`` as a whole
process costs at most 15 times what spaCy's blank tokenizers alone cost on the
same texts, also as a whole process, measured side by side in one run; memory
stays flat in the number of articles.

Run from the repository root::

    python -m bench.extract_speed [--articles 1000] [--runs 3] [--json OUT] [--source DIR]

The corpus is synthetic but deterministic (``bench/corpus.py``): the annotated
dev articles again and again, paragraphs rotated and figures varied.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from .corpus import DEV, Corpus, load_sources, write_corpus
from .measure import Measure, run_once, summarise

LIMIT = 15.0


def write_corpora(folder: Path, count: int, sources: list[dict]) -> tuple[Corpus, Corpus]:
    """The corpus of ``count`` articles and its first quarter, as JSONL files."""
    return (write_corpus(folder / "corpus.jsonl", count, sources),
            write_corpus(folder / "quarter.jsonl", max(1, count // 4), sources))


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


def measure_side_by_side(corpus: Corpus, runs: int, scratch: Path) -> tuple[Measure, Measure]:
    """Extraction and the tokenizer baseline, alternating, so both see the same machine load."""
    extract: list[tuple[float, float]] = []
    tokenizer: list[tuple[float, float]] = []
    for _ in range(runs):
        extract.append(run_once(extract_args(corpus), scratch))
        tokenizer.append(run_once(tokenizer_args(corpus), scratch))
    return summarise(corpus, extract), summarise(corpus, tokenizer)


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


def measure(count: int, runs: int, sources: list[dict]) -> tuple[Measure, Measure, Measure]:
    """Extraction and the tokenizer baseline over ``count`` articles, and extraction of the first quarter."""
    with tempfile.TemporaryDirectory(prefix="isnad-bench-") as folder:
        scratch = Path(folder)
        corpus, first_quarter = write_corpora(scratch, count, sources)
        extract, tokenizer = measure_side_by_side(corpus, runs, scratch)
        quarter = summarise(first_quarter, [run_once(extract_args(first_quarter), scratch)])
    return extract, tokenizer, quarter


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.tokenize:
        tokenize(args.tokenize)
        return 0
    extract, tokenizer, quarter = measure(args.articles, args.runs, load_sources(args.source))
    if args.json:
        args.json.write_text(json.dumps(figures(extract, tokenizer, quarter, args.runs), indent=2)
                             + "\n", encoding="utf-8")
    print(report(extract, tokenizer, quarter))
    return 0


if __name__ == "__main__":
    sys.exit(main())
