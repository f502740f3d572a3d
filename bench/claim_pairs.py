"""Precision and recall of claim matching on the labelled pairs in ``data/claim_pairs/pairs.tsv``.

Run from the repository root::

    python -m bench.claim_pairs [--sweep] [--folds K] [--errors N] [--pairs FILE]

Prints precision and recall at the threshold in use (graph/similarity.py), by
language pair (ar-ar, en-en, ar-en), on the test split beside the train split
(the pairs are split by story: see ``data/claim_pairs/README.md``). ``--sweep``
tries other thresholds and cross-lingual shifts on the **train** split only and
prints the best by F1, which is how the constants were chosen; ``--folds K``
checks that choice by cross-validation within train, split by story: the
search on K-1 folds, precision and recall on the fold left out; ``--errors``
lists pairs the method gets wrong, from the train split only.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from isnad.graph import encoder, similarity

PAIRS = Path(__file__).resolve().parents[1] / "data" / "claim_pairs" / "pairs.tsv"
LANGS = ("ar-ar", "en-en", "ar-en")


@dataclass(frozen=True)
class Pair:
    same: bool
    kind: str
    a: similarity.Wording
    b: similarity.Wording
    split: str = "train"
    story: str = ""

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
                 similarity.wording(row["b"], vectors[len(rows) + i]),
                 row.get("split") or "train", row.get("story") or "")
            for i, row in enumerate(rows)]


def said_same(pair: Pair, threshold: float = similarity.THRESHOLD,
              shift: float = similarity.CROSS_LINGUAL_SHIFT,
              credit: float = similarity.FIGURE_CREDIT,
              place_credit: float = similarity.PLACE_CREDIT) -> bool:
    return similarity.score(pair.a, pair.b, shift, credit=credit,
                            place_credit=place_credit) >= threshold


def precision_recall(pairs: Iterable[Pair], threshold: float = similarity.THRESHOLD,
                     shift: float = similarity.CROSS_LINGUAL_SHIFT,
                     credit: float = similarity.FIGURE_CREDIT,
                     place_credit: float = similarity.PLACE_CREDIT) -> tuple[float, float]:
    true_pos = false_pos = false_neg = 0
    for pair in pairs:
        said = said_same(pair, threshold, shift, credit, place_credit)
        true_pos += said and pair.same
        false_pos += said and not pair.same
        false_neg += pair.same and not said
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    return precision, recall


def sweep(pairs: list[Pair]) -> tuple[float, ...]:
    """(shift, figure credit, place credit, precision, recall) with the best F1 at the threshold
    in use; ties go to precision. The threshold stays: the event rule scores at it."""
    best = None
    grid = np.arange(0.0, 0.201, 0.02)
    for shift in np.arange(0.0, 0.151, 0.03):
        for credit in grid:
            for place_credit in grid:
                precision, recall = precision_recall(pairs, similarity.THRESHOLD, float(shift),
                                                     float(credit), float(place_credit))
                f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
                key = (round(f1, 6), precision)
                if best is None or key > best[0]:
                    best = (key, (round(float(shift), 2), round(float(credit), 2),
                                  round(float(place_credit), 2), precision, recall))
    return best[1]


def cross_validate(train: list[Pair], folds: int) -> dict[str, tuple[float, float]]:
    """Precision and recall by language pair over the held-out folds of ``train`` (stories
    dealt to folds by the hash of their id), each judged with the constants searched on the rest."""
    said: list[tuple[Pair, bool]] = []
    for fold in range(folds):
        held = [p for p in train if _fold(p.story, folds) == fold]
        rest = [p for p in train if _fold(p.story, folds) != fold]
        shift, credit, place_credit, _, _ = sweep(rest)
        said += [(p, said_same(p, similarity.THRESHOLD, shift, credit, place_credit)) for p in held]
    out = {}
    for langs in (*LANGS, "all"):
        subset = [(p, s) for p, s in said if langs in ("all", p.langs)]
        true_pos = sum(s and p.same for p, s in subset)
        precision = true_pos / max(1, sum(s for _, s in subset))
        recall = true_pos / max(1, sum(p.same for p, _ in subset))
        out[langs] = (precision, recall)
    return out


def _fold(story: str, folds: int) -> int:
    return hashlib.sha1(f"fold:{story}".encode()).digest()[0] % folds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.claim_pairs", description=__doc__.split("\n")[0])
    parser.add_argument("--sweep", action="store_true",
                        help="search threshold and cross-lingual shift on the train split")
    parser.add_argument("--folds", type=int, default=0, metavar="K",
                        help="cross-validate the search within train, K folds by story")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list up to N train pairs judged wrongly")
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="labelled pairs (TSV)")
    args = parser.parse_args(argv)
    pairs = load(args.pairs)
    train = [p for p in pairs if p.split == "train"]
    test = [p for p in pairs if p.split == "test"]
    print(f"{len(pairs)} pairs ({sum(p.same for p in pairs)} same claim; {len(test)} test, "
          f"{len(train)} train), threshold {similarity.THRESHOLD}, "
          f"cross-lingual shift {similarity.CROSS_LINGUAL_SHIFT}, figure credit {similarity.FIGURE_CREDIT}, "
          f"place credit {similarity.PLACE_CREDIT}")
    print(f"  {'':6} {'test':>8} {'precision':>9} {'recall':>7}   {'train':>6} {'precision':>9} {'recall':>7}")
    for langs in (*LANGS, "all"):
        cells = []
        for part in (test, train):
            subset = [p for p in part if langs in ("all", p.langs)]
            precision, recall = precision_recall(subset)
            cells.append(f"{len(subset):>6}   {precision:7.3f} {recall:7.3f}")
        print(f"  {langs:6} {cells[0]}   {cells[1]}")
    if args.sweep:
        shift, credit, place_credit, precision, recall = sweep(train)
        print(f"best F1 on train at threshold {similarity.THRESHOLD}: cross-lingual shift {shift}, "
              f"figure credit {credit}, place credit {place_credit}: "
              f"precision {precision:.3f}  recall {recall:.3f}")
    if args.folds:
        for langs, (precision, recall) in cross_validate(train, args.folds).items():
            print(f"cross-validated on train ({args.folds} folds by story) {langs:6} "
                  f"precision {precision:.3f}  recall {recall:.3f}")
    wrong = [p for p in train if said_same(p) != p.same][:args.errors]
    for pair in wrong:
        verdict = "missed" if pair.same else "joined"
        print(f"{verdict:6} {pair.kind:11} {similarity.score(pair.a, pair.b):.2f} | {pair.a.text} | {pair.b.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
