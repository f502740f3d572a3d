"""Extraction against text length on the worst texts for it: cues without sentence ends, and
short attributed sentences one after another.

The rules look back from each cue over its sentence, so on a text whose
"sentence" never ends the work would grow with the square of its length (a
100 KB upload took minutes before sentences were bounded, see
``nlp/segment.py``). The requirement measured: from 1 to 10 to 100 to 1,000 KB
of such text, extraction time and peak memory grow at most 1.5 times faster
than the text (at most 15x per tenfold). The second text, a cue in every short
sentence, gives the most records per kilobyte (the learned scorer once compared
every record with every other: 100 KB took 272 s).

Run from the repository root::

    python -m bench.dense_text [--sizes 1,10,100,1000] [--json OUT]

Each size runs in a fresh process, which times extraction alone (not the
start-up; the median of repeated runs for the small sizes) and then measures its peak memory in a second pass under
tracemalloc (the Python objects extraction allocates; the process's own peak
RSS, which counts spaCy and the lexicons, is given beside it). The texts are
generated here, in both languages, with a cue every few words: no real article
text is used.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import tracemalloc

from .corpus import REPO

LIMIT = 1.5  # growth over the text's, per tenfold
SIZES_KB = (1, 10, 100, 1000)
MIN_SECONDS = 1.0  # repeat a small size's extraction for about this long, keep the best
# Content-first and cue-first frames, and a cue-first claim that reaches back
# over everything before it: no stop, no line break anywhere.
UNITS = {
    "en": ("the minister said the plan failed and officials told reporters that the talks would "
           "resume while the spokesman added that the talks will resume soon, the envoy said and "),
    "ar": ("وقال الوزير إن الخطة فشلت وأضاف المتحدث أن المحادثات ستستأنف وأكد المسؤول أن "
           "المحادثات ستستأنف قريبا والخطة فشلت، قال المبعوث و"),
}
# One attribution a sentence, each with its own figure.
SENTENCES = {"en": "The harbour master said {n} ships had docked. ",
             "ar": "وقال الوزير إن {n} سفن رست في الميناء. "}
# The same in headline case, still on one line: every sentence asks whether the text opens with
# a headline (an 800 KB line of these took 9 minutes before that was read once a text).
HEADLINE_CASE = {"en": "Harbour Master John Smith Says {n} Ships Docked. ",
                 "ar": "وقال وزير النقل سامي داود إن {n} سفن رست في الميناء. "}
KINDS = ("no ends", "sentences", "title case")


def dense_text(lang: str, kb: int, kind: str = "no ends", variant: int = 0) -> str:
    """``kb`` kilobytes (of characters) of ``lang`` cues: without a sentence end, or as
    short attributed sentences (``variant`` numbers them differently, so that no cache
    of an earlier run's sentences helps)."""
    size = kb * 1024
    if kind in ("sentences", "title case"):
        parts, length, n = [], 0, variant * 1_000_000
        pattern = SENTENCES[lang] if kind == "sentences" else HEADLINE_CASE[lang]
        while length < size:
            parts.append(pattern.format(n=n))
            length += len(parts[-1])
            n += 1
        return "".join(parts)[:size]
    unit = UNITS[lang]
    return (unit * (size // len(unit) + 1))[:size]


def child(lang: str, kb: int, kind: str) -> dict:
    """Run in a fresh process: the seconds and the peak memory of one extraction."""
    import resource

    from isnad.nlp.extract import extract
    from isnad.nlp.records import Article

    def article(variant: int) -> Article:
        return Article(f"dense-{lang}-{kb}-{variant}", dense_text(lang, kb, kind, variant), lang)

    extract(Article("warm-up", dense_text(lang, 1, kind, variant=999), lang))  # lexicons, tokenizer
    first, found = _timed(extract, article(0))
    # Small sizes take milliseconds: the median of enough runs to fill a second, so that a
    # busy machine's noise does not pass for growth (the median, unlike the best, does not
    # favour the size that was run more often).
    runs = [first] + [_timed(extract, article(variant))[0]
                      for variant in range(1, min(30, int(MIN_SECONDS / max(first, 1e-4))))]
    seconds = statistics.median(runs)
    tracemalloc.start()
    extract(article(0))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"lang": lang, "text": kind, "kb": kb, "seconds": round(seconds, 3),
            "peak_traced_mb": round(peak / 2**20, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "attributions": len(found),
            "claim_chars": sum(len(a.claim.text) for a in found)}


def _timed(work, article) -> tuple[float, list]:
    started = time.perf_counter()
    found = work(article)
    return time.perf_counter() - started, found


def measure(sizes: tuple[int, ...] = SIZES_KB) -> list[dict]:
    rows = []
    for kind in KINDS:
        for lang in UNITS:
            rows += _grow(lang, kind, sizes)
    return rows


def _grow(lang: str, kind: str, sizes: tuple[int, ...]) -> list[dict]:
    """One text at each size in turn, each row with its growth over the one before."""
    rows, previous = [], None
    for kb in sizes:
        done = subprocess.run([sys.executable, "-m", "bench.dense_text", "--child", lang, str(kb),
                               kind], cwd=REPO, capture_output=True, text=True, check=True)
        row = json.loads(done.stdout)
        row["vs_previous"] = None if previous is None else {
            "text": round(kb / previous["kb"], 2),
            "seconds": round(row["seconds"] / previous["seconds"], 2),
            "peak_traced_mb": round(row["peak_traced_mb"] / previous["peak_traced_mb"], 2)}
        rows.append(row)
        previous = row
    return rows


def within_limit(row: dict) -> bool:
    growth = row["vs_previous"]
    return growth is None or max(growth["seconds"], growth["peak_traced_mb"]) <= LIMIT * growth["text"]


def table(rows: list[dict]) -> str:
    lines = [f"DENSE TEXT (cues without sentence ends, or one in every short sentence; growth at most {LIMIT:g}x the text's)",
             f"{'':<4}{'text':<11}{'KB':>6}{'seconds':>10}{'s vs prev':>11}{'peak MB':>9}{'MB vs prev':>12}"
             f"{'RSS MB':>8}{'attributions':>14}{'claim chars':>13}  ok"]
    for row in rows:
        growth = row["vs_previous"] or {}
        lines.append(f"{row['lang']:<4}{row['text']:<11}{row['kb']:>6}{row['seconds']:>10.3f}"
                     f"{_ratio(growth.get('seconds')):>11}{row['peak_traced_mb']:>9.2f}"
                     f"{_ratio(growth.get('peak_traced_mb')):>12}{row['peak_rss_mb']:>8.0f}"
                     f"{row['attributions']:>14}{row['claim_chars']:>13}  "
                     f"{'yes' if within_limit(row) else 'NO'}")
    return "\n".join(lines)


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dense_text", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES_KB)),
                        help="kilobytes, comma-separated (default 1,10,100,1000)")
    parser.add_argument("--json", metavar="OUT", help="also write the figures here")
    parser.add_argument("--child", nargs=3, metavar=("LANG", "KB", "TEXT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), args.child[2])))
        return 0
    rows = measure(tuple(int(size) for size in args.sizes.split(",")))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            out.write(json.dumps(rows, indent=2) + "\n")
    print(table(rows))
    return 0 if all(within_limit(row) for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
