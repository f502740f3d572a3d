"""Precision and recall of claim matching on the labelled pairs in ``data/claim_pairs.tsv``.

Run from the repository root::

    python -m bench.claim_pairs [--sweep]

Prints precision and recall at the threshold in use (graph/similarity.py), by
language pair and in all; ``--sweep`` also tries other thresholds and
cross-lingual shifts and prints the best by F1, which is how the constants
were chosen.
"""
from __future__ import annotations

import argparse
import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from isnad.graph import encoder, similarity

PAIRS = Path(__file__).resolve().parents[1] / "data" / "claim_pairs.tsv"


@dataclass(frozen=True)
class Pair:
    same: bool
    kind: str
    a: similarity.Wording
    b: similarity.Wording

    @property
    def langs(self) -> str:
        return "-".join(sorted((self.a.lang, self.b.lang)))


def load(path: Path = PAIRS) -> list[Pair]:
    with path.open(encoding="utf-8") as lines:
        rows = list(csv.DictReader((line for line in lines if not line.startswith("#")),
                                   delimiter="\t"))
    vectors = encoder.encode([row["a"] for row in rows] + [row["b"] for row in rows])
    return [Pair(row["same"] == "1", row["kind"],
                 similarity.wording(row["a"], vectors[i]),
                 similarity.wording(row["b"], vectors[len(rows) + i]))
            for i, row in enumerate(rows)]


def precision_recall(pairs: Iterable[Pair], threshold: float = similarity.THRESHOLD,
                     shift: float = similarity.CROSS_LINGUAL_SHIFT) -> tuple[float, float]:
    true_pos = false_pos = false_neg = 0
    for pair in pairs:
        said_same = similarity.score(pair.a, pair.b, shift) >= threshold
        true_pos += said_same and pair.same
        false_pos += said_same and not pair.same
        false_neg += pair.same and not said_same
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    return precision, recall


def sweep(pairs: list[Pair]) -> tuple[float, float, float, float]:
    """The (threshold, shift, precision, recall) with the best F1; ties go to precision."""
    best = None
    for shift in np.arange(0.0, 0.101, 0.01):
        for threshold in np.arange(0.60, 0.96, 0.01):
            precision, recall = precision_recall(pairs, threshold, shift)
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            key = (round(f1, 6), precision)
            if best is None or key > best[0]:
                best = (key, (round(threshold, 2), round(shift, 2), precision, recall))
    return best[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.claim_pairs", description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true", help="search threshold and cross-lingual shift")
    args = parser.parse_args(argv)
    pairs = load()
    print(f"{len(pairs)} pairs ({sum(p.same for p in pairs)} same claim), "
          f"threshold {similarity.THRESHOLD}, cross-lingual shift {similarity.CROSS_LINGUAL_SHIFT}")
    for langs in sorted({p.langs for p in pairs}):
        subset = [p for p in pairs if p.langs == langs]
        precision, recall = precision_recall(subset)
        print(f"  {langs:6} {len(subset):3} pairs  precision {precision:.3f}  recall {recall:.3f}")
    precision, recall = precision_recall(pairs)
    print(f"  {'all':6} {len(pairs):3} pairs  precision {precision:.3f}  recall {recall:.3f}")
    if args.sweep:
        threshold, shift, precision, recall = sweep(pairs)
        print(f"best F1: threshold {threshold}, cross-lingual shift {shift}: "
              f"precision {precision:.3f}  recall {recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
