"""Precision and recall of claim matching on the labelled pairs in ``data/claim_pairs/pairs.tsv``.

Run from the repository root::

    python -m bench.claim_pairs [--train-model] [--sweep] [--folds K] [--errors N] [--pairs FILE]

Prints precision and recall of the pair model in use (``data/models/pairs.json``:
:mod:`isnad.graph.pair_model`) at its threshold, and at its confident level (the
level two statements need to corroborate each other), by language pair (ar-ar,
en-en, ar-en), on the test split beside the train split (the pairs are split by
story: see ``data/claim_pairs/README.md``).

``--train-model`` fits the model on the **train** split only (:mod:`isnad.graph.pair_training`,
fixed seed, levels chosen on held-out folds by story) and writes
``data/models/pairs.json`` and its card ``pairs.md``; the figures printed after are the new
model's. ``--folds K`` checks the whole training by cross-validation within train, split by
story: trained (levels included) on K-1 folds, judged on the fold left out. ``--sweep`` prints
held-out precision and recall on train at each level; ``--errors`` lists pairs the model gets
wrong, from the train split only.
"""
from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from isnad.graph import encoder, pair_model, pair_training, similarity



PAIRS = Path(__file__).resolve().parents[1] / "data" / "claim_pairs" / "pairs.tsv"
LANGS = ("ar-ar", "en-en", "ar-en")
MODEL = Path(__file__).resolve().parents[1] / "data" / "models" / "pairs.json"


@dataclass(frozen=True)
class Pair:
    same: bool
    kind: str
    a: similarity.Wording
    b: similarity.Wording
    split: str = "train"
    story: str = ""
    real: bool = False  # both wordings from real articles (no paraphrase, translation or edit by hand)

    @property
    def langs(self) -> str:
        return "-".join(sorted((self.a.lang, self.b.lang)))


def load(path: Path = PAIRS) -> list[Pair]:
    rows = pair_training.read_tsv(path)
    vectors = encoder.encode([row["a"] for row in rows] + [row["b"] for row in rows])
    return [Pair(row["same"] == "1", row["kind"],
                 similarity.wording(row["a"], vectors[i], setting=_setting(row.get("setting_a"))),
                 similarity.wording(row["b"], vectors[len(rows) + i],
                                    setting=_setting(row.get("setting_b"))),
                 row.get("split") or "train", row.get("story") or "",
                 "by hand" not in (row.get("source_a") or "") + (row.get("source_b") or ""))
            for i, row in enumerate(rows)]


def _setting(places: str | None) -> frozenset[tuple[str, ...]]:
    """A wording's article's setting as ``pairs.tsv`` writes it: places joined by ``|``."""
    return frozenset(tuple(place.split(" ")) for place in (places or "").split("|") if place)


def belongs(pair: Pair, group: str) -> bool:
    """Whether ``pair`` is of a language pair, ``all``, or ``real``: both wordings as real
    articles gave them (no paraphrase, translation or edit by hand), the kind a store holds."""
    return group == "all" or pair.langs == group or (group == "real" and pair.real)


def in_group(pairs: Iterable[Pair], group: str) -> list[Pair]:
    return [p for p in pairs if belongs(p, group)]


def said_same(pair: Pair, threshold: float | None = None, model=None) -> bool:
    level = similarity.THRESHOLD if threshold is None else threshold
    return similarity.score(pair.a, pair.b, chosen=model) >= level


def said_surely(pair: Pair, model) -> bool:
    """Whether the pair would corroborate: at the confident level, neither wording long
    (graph/agreement.py)."""
    short = max(len(pair.a.stems), len(pair.b.stems)) <= similarity.ONE_ASSERTION
    return short and similarity.score(pair.a, pair.b, chosen=model) >= model.confident


def precision_recall(pairs: Iterable[Pair], threshold: float | None = None,
                     model=None, surely: bool = False) -> tuple[float, float]:
    true_pos = false_pos = false_neg = 0
    for pair in pairs:
        said = said_surely(pair, model) if surely else said_same(pair, threshold, model)
        true_pos += said and pair.same
        false_pos += said and not pair.same
        false_neg += pair.same and not said
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    return precision, recall


def cross_validate(train: list[Pair], folds: int) -> dict[str, tuple[float, float, float, float]]:
    """Precision and recall by language pair over the held-out folds of ``train`` (stories dealt
    to folds by the hash of their id), each judged by a model trained, levels and all, on the
    rest: (precision, recall) at its threshold, then at its confident level (short wordings)."""
    data = pair_training.examples(train)
    fold = np.array([pair_training.fold_of(p.story, folds, seed=0) for p in train])
    said = np.zeros(len(train), dtype=bool)
    sure = np.zeros(len(train), dtype=bool)
    for k in range(folds):
        trained = pair_training.train(data.subset(fold != k))
        held = fold == k
        probability = np.array([trained.model.probability(x) for x in data.x[held]])
        probability[data.vetoed[held]] = 0.0
        said[held] = (probability >= trained.model.threshold) | data.joined[held]
        # A long wording never corroborates (graph/agreement.py).
        sure[held] = (probability >= trained.model.confident) & ~data.long[held]
    out = {}
    for langs in (*LANGS, "all", "real"):
        g = np.array([belongs(p, langs) for p in train])
        out[langs] = (*pair_training.precision_recall(said[g], data.same[g]),
                      *pair_training.precision_recall(sure[g], data.same[g]))
    return out


def train_model(train: list[Pair], path: Path, out: Path = MODEL) -> pair_model.PairModel:
    """Fit the pair model on ``train`` (read from ``path``) and write it to ``out``, its card beside it."""
    trained = pair_training.train(pair_training.examples(train))
    command = "python -m bench.claim_pairs --train-model"
    meta = pair_training.meta(command, pair_training.SEED, pair_training.FOLDS,
                              f"data/claim_pairs/{path.name}", len(train))
    pair_model.save(out, trained.model, {k: v for k, v in meta.items() if k != "data"}
                    | {"data": f"data/claim_pairs/{path.name} (train split, {len(train)} pairs)",
                       "l2": trained.l2})
    pair_training.write_card(out.with_suffix(".md"), trained, meta)
    print(f"wrote {out}: threshold {trained.model.threshold}, confident "
          f"{trained.model.confident}, L2 {trained.l2}")
    return trained.model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.claim_pairs", description=__doc__.split("\n")[0])
    parser.add_argument("--train-model", action="store_true",
                        help="fit the pair model on the train split and write data/models/pairs.json")
    parser.add_argument("--sweep", action="store_true",
                        help="held-out precision and recall on train at each level")
    parser.add_argument("--folds", type=int, default=0, metavar="K",
                        help="cross-validate the training within train, K folds by story")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list up to N train pairs judged wrongly")
    parser.add_argument("--out", type=Path, default=MODEL,
                        help="where --train-model writes the model (its card beside it)")
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="labelled pairs (TSV)")
    args = parser.parse_args(argv)
    pairs = load(args.pairs)
    train = [p for p in pairs if p.split == "train"]
    test = [p for p in pairs if p.split == "test"]
    model = train_model(train, args.pairs, args.out) if args.train_model else similarity.model()
    print(f"{len(pairs)} pairs ({sum(p.same for p in pairs)} same claim; {len(test)} test, "
          f"{len(train)} train), pair model {model.version or '(just trained)'}: threshold "
          f"{model.threshold}, confident {model.confident}")
    for name, level in (("threshold", model.threshold), ("confident", model.confident)):
        print(f"at the {name} {level}" + (" (short wordings: a long one never corroborates)"
                                          if name == "confident" else ""))
        print(f"  {'':6} {'test':>8} {'precision':>9} {'recall':>7}   {'train':>6} {'precision':>9} {'recall':>7}")
        for langs in (*LANGS, "all", "real"):
            cells = []
            for part in (test, train):
                subset = in_group(part, langs)
                precision, recall = precision_recall(subset, level, model, name == "confident")
                cells.append(f"{len(subset):>6}   {precision:7.3f} {recall:7.3f}")
            print(f"  {langs:6} {cells[0]}   {cells[1]}")
    if args.sweep:
        trained = pair_training.train(pair_training.examples(train))
        same = trained.examples.same
        for level in pair_training.LEVELS[::5]:
            precision, recall = pair_training.precision_recall(
                trained.examples.said(trained.held_out, level), same)
            print(f"held-out on train at {level:.2f}: precision {precision:.3f}  recall {recall:.3f}")
    if args.folds:
        for langs, (precision, recall, sure_p, sure_r) in cross_validate(train, args.folds).items():
            print(f"cross-validated on train ({args.folds} folds by story) {langs:6} "
                  f"precision {precision:.3f}  recall {recall:.3f}   "
                  f"confident: precision {sure_p:.3f}  recall {sure_r:.3f}")
    wrong = [p for p in train if said_same(p, model.threshold, model) != p.same][:args.errors]
    for pair in wrong:
        verdict = "missed" if pair.same else "joined"
        print(f"{verdict:6} {pair.kind:11} {similarity.score(pair.a, pair.b, chosen=model):.2f} "
              f"| {pair.a.text} | {pair.b.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
