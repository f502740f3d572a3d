"""Timing a whole process and its own peak memory, the way every benchmark here does.

And :func:`vs_previous`: how a figure grows from one size to the next.
"""
from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from .corpus import REPO, Corpus

# Runs a module as `python -m` would, then leaves the process's own peak RSS in a
# side file: the parent's RUSAGE_CHILDREN would lump all children together (and
# with --workers, the workers' memory is their own, reported by nobody here).
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
        return {**asdict(self), "seconds": round(self.seconds, 3),
                "peak_rss_mb": round(self.peak_rss_mb, 1),
                "articles_per_second": round(self.articles_per_second, 1),
                "words_per_second": round(self.words_per_second)}


def run_once(module_args: list[str], scratch: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one whole process running ``python -m MODULE ARGS``.

    A process that fails ends the benchmark with its exit code and the end of its stderr.
    """
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


def summarise(corpus: Corpus, timings: list[tuple[float, float]]) -> Measure:
    return Measure(corpus.articles, corpus.words, seconds=min(s for s, _ in timings),
                   peak_rss_mb=max(rss for _, rss in timings))


def vs_previous(rows: list[dict], group: Callable[[dict], object],
                figures: dict[str, Callable[[dict], float]]) -> None:
    """Each row's ``vs_previous``: every figure over the same figure in the previous row of its group.

    Rows come smallest size first, so these are the growth curve as ratios
    (10k over 1k, 100k over 10k); the first row of a group gets None.
    """
    previous: dict[object, dict] = {}
    for row in rows:
        before = previous.get(group(row))
        row["vs_previous"] = None if before is None else {
            name: round(figure(row) / figure(before), 2) if figure(before) else None
            for name, figure in figures.items()}
        previous[group(row)] = row
