"""Training the pair model (:mod:`isnad.graph.pair_model`) on the train split of the claim pairs.

One call, :func:`train`, with a fixed seed and no other randomness:

1. each pair's features (:func:`isnad.graph.similarity.features`); pairs a rule
   decides are left out of the fit: two claims by a veto (figures, events, roles
   or stances that disagree, nothing specific in common), one claim by the event
   rule (:func:`isnad.graph.similarity.one_event`);
2. five folds *by story* within train (a story's pairs never sit on both sides):
   every pair gets a held-out probability from a model fitted on the other
   folds; on those are chosen the L2 strength and the clustering threshold (the
   best F1: a claim split in two loses sources as surely as two joined gain
   one; of levels with nearly the best F1, the highest), both on the pairs of real statements when there are ``REAL_ENOUGH`` of
   them, since those are the pairs a store's clustering weighs (most of them two
   claims, where the pairs written around a claim are four in ten one claim: a
   threshold chosen on those joins too much in a store), and the confident level (the lowest at which held-out precision is
   ``TARGET_PRECISION`` in every language pair: a false "corroborated" tells a
   fact-checker to stop checking, so corroboration asks for more than
   clustering does);
3. the final model is fitted on all of train and written with a card.

The test split is never read here.
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from isnad.graph import pair_model, similarity

SEED = 20261205
FOLDS = 5
L2_CHOICES = (0.3, 1.0, 3.0, 10.0)
TARGET_PRECISION = 0.95
REAL_ENOUGH = 200  # pairs of real statements on which alone the threshold is chosen
F1_TIE = 0.01  # F1s this close are one pair's noise apart: the higher level is taken
LEVELS = np.round(np.arange(0.05, 0.991, 0.01), 2)  # thresholds tried
_NEWTON_STEPS = 50


@dataclass
class Examples:
    """The pairs as the model sees them: features, label, language pair, story, and whether a
    rule decides them (two claims: vetoed; one: joined by the event rule)."""

    x: np.ndarray
    same: np.ndarray
    langs: list[str]
    stories: list[str]
    vetoed: np.ndarray
    joined: np.ndarray
    real: np.ndarray  # both wordings from real articles: the kind of pair a store holds

    @property
    def long(self) -> np.ndarray:
        """Pairs with a wording of more than ``similarity.ONE_ASSERTION`` content words."""
        return self.x[:, similarity.FEATURES.index("long")] > 0

    @property
    def decided(self) -> np.ndarray:
        return self.vetoed | self.joined

    def subset(self, keep: np.ndarray) -> Examples:
        return Examples(self.x[keep], self.same[keep], [l for l, k in zip(self.langs, keep) if k],
                        [s for s, k in zip(self.stories, keep) if k], self.vetoed[keep],
                        self.joined[keep], self.real[keep])

    def said(self, probabilities: np.ndarray, level: float, event_rule: bool = True) -> np.ndarray:
        """Which pairs are joined at ``level``: the model's, and the event rule's unless told
        not (a pair the event rule joins is one claim, not one the model is confident of)."""
        return (probabilities >= level) | (self.joined if event_rule else False)


@dataclass
class Trained:
    model: pair_model.PairModel
    l2: float
    held_out: np.ndarray  # each train pair's probability from a model that did not see its story
    examples: Examples


def examples(pairs: Sequence) -> Examples:
    """``pairs``: objects with ``a``, ``b`` (wordings), ``same``, ``langs``, ``story`` and ``real``."""
    x = np.array([similarity.features(p.a, p.b) for p in pairs]).reshape(len(pairs), len(similarity.FEATURES))
    vetoed = np.array([similarity.vetoed(p.a, p.b) for p in pairs], dtype=bool)
    joined = np.array([not v and similarity.one_event(p.a, p.b) for p, v in zip(pairs, vetoed)], dtype=bool)
    return Examples(x, np.array([p.same for p in pairs], dtype=bool), [p.langs for p in pairs],
                    [p.story for p in pairs], vetoed, joined,
                    np.array([p.real for p in pairs], dtype=bool))


# The claim pair files (``data/claim_pairs/*.tsv``): tab-separated, "#" lines are comments, and
# a quotation mark is text, never quoting (claims quote their speakers).
TSV = {"delimiter": "\t", "lineterminator": "\n", "quoting": csv.QUOTE_NONE, "quotechar": None,
       "escapechar": "\\"}


def read_tsv(path: Path) -> list[dict]:
    """The rows of a claim pair file, by column name."""
    with path.open(encoding="utf-8") as lines:
        return list(csv.DictReader((line for line in lines if not line.startswith("#")), **TSV))


def fold_of(story: str, folds: int = FOLDS, seed: int = SEED) -> int:
    return hashlib.sha1(f"{seed}:{story}".encode()).digest()[0] % folds


def train(data: Examples, seed: int = SEED, folds: int = FOLDS) -> Trained:
    """The model fitted on ``data``, its L2 strength and levels chosen on held-out folds."""
    fold = np.array([fold_of(story, folds, seed) for story in data.stories])
    judged = data.real if data.real.sum() >= REAL_ENOUGH else np.ones(len(data.same), dtype=bool)
    best = None
    for l2 in L2_CHOICES:
        held = _held_out(data, fold, folds, l2)
        threshold, f1 = best_f1(held[judged], data.subset(judged))
        if best is None or f1 > best[0] + 1e-9:
            best = (f1, l2, held, threshold)
    _, l2, held, threshold = best
    short = data.subset(~data.long)
    confident = (precise_level(held[~data.long], short, by_language=True, event_rule=False,
                               real_apart=True) or float(LEVELS[-1]))
    weights, bias = fit(data.x[~data.decided], data.same[~data.decided], l2)
    model = pair_model.PairModel(similarity.FEATURES, weights, bias, threshold, confident)
    return Trained(model, l2, held, data)


def _held_out(data: Examples, fold: np.ndarray, folds: int, l2: float) -> np.ndarray:
    out = np.zeros(len(data.same))
    for k in range(folds):
        rest = (fold != k) & ~data.decided
        weights, bias = fit(data.x[rest], data.same[rest], l2)
        held = fold == k
        out[held] = _probabilities(data.x[held], weights, bias)
    out[data.vetoed] = 0.0
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method on standardised features, L2 on the weights;
    the weights returned apply to the features as they are."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[-1] = 0.0  # the bias is not shrunk
    target = y.astype(float)
    for _ in range(_NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ beta)))
        gradient = z.T @ (p - target) + penalty * beta
        hessian = (z.T * (p * (1 - p))) @ z + np.diag(penalty) + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    weights = beta[:-1] / scale
    return weights, float(beta[-1] - (weights * mean).sum())


def _probabilities(x: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ weights + bias)))


def precision_recall(said: np.ndarray, same: np.ndarray) -> tuple[float, float]:
    true_pos = int((said & same).sum())
    precision = true_pos / int(said.sum()) if said.any() else 1.0
    recall = true_pos / int(same.sum()) if same.any() else 1.0
    return precision, recall


def best_f1(probabilities: np.ndarray, data: Examples) -> tuple[float, float]:
    """(threshold, F1): the highest level of ``LEVELS`` whose F1 is within ``F1_TIE`` of the
    best. A few hundred held-out pairs put levels a pair apart at F1s a few thousandths apart,
    and between such levels the higher one joins fewer different assertions."""
    scored = []
    for level in LEVELS:
        precision, recall = precision_recall(data.said(probabilities, level), data.same)
        scored.append((2 * precision * recall / (precision + recall) if precision + recall else 0.0,
                       float(level)))
    best = max(f1 for f1, _ in scored)
    f1, level = max((item for item in scored if item[0] >= best - F1_TIE), key=lambda item: item[1])
    return level, f1


def precise_level(probabilities: np.ndarray, data: Examples, by_language: bool,
                  event_rule: bool = True, real_apart: bool = False) -> float | None:
    """The lowest level of ``LEVELS`` at which held-out precision is at least ``TARGET_PRECISION``
    over all pairs, or ``by_language`` in every language pair, and with ``real_apart`` also over
    the pairs of real statements (None when there is none)."""
    langs = data.langs if by_language else ["all"] * len(data.langs)
    groups = [np.array([lang == group for lang in langs]) for group in sorted(set(langs))]
    if real_apart and data.real.any():
        groups.append(data.real)
    for level in LEVELS:
        said = data.said(probabilities, level, event_rule)
        if all(precision_recall(said[g], data.same[g])[0] >= TARGET_PRECISION for g in groups):
            return float(level)
    return None


def write_card(path: Path, trained: Trained, meta: dict) -> None:
    """The model card: what the model is, its data, its held-out figures, its weights."""
    model, data = trained.model, trained.examples
    rows = []
    for group in (*sorted(set(data.langs)), "all", "real"):
        g = data.real if group == "real" else np.array([group in ("all", lang) for lang in data.langs])
        p, r = precision_recall(data.said(trained.held_out, model.threshold)[g], data.same[g])
        short = g & ~data.long
        pc, rc = precision_recall(data.said(trained.held_out, model.confident, False)[short],
                                  data.same[short])
        rows.append(f"| {group} | {int(g.sum())} | {int(data.same[g].sum())} | {p:.3f} / {r:.3f} "
                    f"| {pc:.3f} / {rc:.3f} |")
    real_short = data.real & ~data.long
    real_low = min(precision_recall(data.said(trained.held_out, level, False)[real_short],
                                    data.same[real_short])[0]
                   for level in LEVELS if level < model.confident)
    long_precision = [precision_recall(data.said(trained.held_out, level, False)[data.long],
                                       data.same[data.long])[0] for level in LEVELS]
    judged_on = (f"over the {int(data.real.sum())} pairs of real statements (the kind a store's "
                 "clustering weighs)" if data.real.sum() >= REAL_ENOUGH else "over all pairs")
    weights = "\n".join(f"| `{name}` | {w:+.3f} |" for name, w in zip(model.features, model.weights))
    path.write_text(f"""# isnad pair model — model card

Trained {meta['trained']} by `{meta['command']}` (seed {meta['seed']}, {meta['folds']} folds by
story, L2 {trained.l2} chosen among {list(L2_CHOICES)} by held-out F1).

## What it is

A logistic regression over named features of a pair of claim wordings
(`graph/similarity.py`, `FEATURES`): the cosine of their sentence vectors (multilingual USE, each text's figures written in Latin
digits before encoding: `graph/figures.py` `in_digits`),
whether they are across languages (and both Arabic), the anchors they share by type (figures,
places, countries, days, names across scripts, specific words), word and letter-trigram overlap,
length, figures on one side only, a figure both give counting the same thing. Rules decide some pairs, which are not scored: figures, places,
days, roles or stances that disagree, one person named with nothing asserted in common, or no
anchor in common make two claims; two short wordings of one event (the event rule) one claim, at
the threshold (not a confident match).
Plain weights in JSON (`pairs.json`), read with numpy; nothing is fetched at run time.

- **threshold {model.threshold}**: two wordings are one claim at or above it (clustering); the
  highest level within {F1_TIE} of the best F1 on the held-out folds, {judged_on}.
- **confident {model.confident}**: two statements corroborate each other only at or above it,
  and only when neither has more than {similarity.ONE_ASSERTION} content words; the lowest level at
  which held-out precision over pairs of such short wordings is {TARGET_PRECISION} or more in
  every language pair and over the pairs of real statements ({int((data.real & ~data.long).sum())} in
  train: the kind of pair a store holds; below this level their held-out precision falls to
  {real_low:.2f}, however the hand-made pairs fare). Pairs with a longer wording ({int(data.long.sum())} in train) reach a held-out
  precision of {min(long_precision):.3f} to {max(long_precision):.3f} whatever the level: a long span
  tells several things, and a match with it corroborates nothing.

## Data

{meta['data']}

## Held-out figures (train split, {meta['folds']} folds by story)

| pairs | n | one claim | at threshold P / R | at confident P / R (short wordings) |
|---|---|---|---|---|
{chr(10).join(rows)}

The test split is not used in training; `python -m bench.claim_pairs` reports it.

## Weights (on the features as computed)

| feature | weight |
|---|---|
{weights}
| bias | {model.bias:+.3f} |

## Limits

Trained on {len(data.same)} pairs of news claims in Arabic and English (a few hundred stories): pairs of
other kinds (long spans, other genres) may score less well. The cosine comes from one encoder:
vectors of another model would need the model retrained.
""", encoding="utf-8")


def meta(command: str, seed: int, folds: int, data_path: str, n_pairs: int) -> dict:
    return {"trained": date.today().isoformat(), "command": command, "seed": seed, "folds": folds,
            "data": (f"- `{data_path}`: the {n_pairs} pairs of its train split. Real claim spans "
                     "annotated in the articles of `../shared/eval/{train,dev}` (short claim "
                     "sentences, each with its article's public URL) and of the 573-article "
                     "store, with paraphrases, translations and hard negatives written by hand "
                     "from them, and every pair of two articles that store's clustering weighed "
                     "at a score of 0.1 or more (`store_pairs.tsv`, 774 pairs labelled by hand, "
                     "56 one claim); see `data/claim_pairs/README.md` for provenance and the split "
                     "(by story, 4 in 10 to test).")}
