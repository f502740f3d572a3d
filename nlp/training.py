"""Training the scorer from annotated articles, and measuring it honestly.

One call, :func:`train`, does the whole job with fixed seeds:

1. the rules propose records for every annotated article; each record is
   judged right or wrong against the annotation (:mod:`isnad.nlp.alignment`);
2. five-fold cross-validation *by article* (an article's records never sit in
   the training and the test fold at once) gives every record a held-out
   score; the calibration (Platt) and the drop threshold are fitted on those
   held-out scores, never on scores of records the model was trained on;
3. the final model is fitted on every article, calibrated and thresholded as
   in 2., and written with a card that names its data and its figures.
"""
from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from . import alignment, standoff
from .extract import propose
from .features import kind_features, record_features
from .records import Article, Attribution
from .scorer import LanguageModel, choose_kind, kind_scores, score

FOLDS = 5
SEED = 20261204
L2 = 3.0  # chosen on the held-out folds among 1, 3, 10: same F1, the best-calibrated top bin
MIN_ARTICLES = 2  # a feature seen in fewer articles carries no weight: it would learn an article, not a phenomenon
KIND_L2 = 0.3
# The last, infinite margin never overrules the rules: the classifier is left out of the model.
KIND_MARGINS = (0.0, 0.5, 1.0, 2.0, 3.0, math.inf)
# Among margins whose held-out kind accuracy is this close to the best, the largest wins:
# when the evidence is that thin, the rules (written from the guide) keep the last word.
KIND_TIE = 0.005
KINDS = ("person", "organization", "media", "anonymous", "unspecified")
THRESHOLDS = [0.0] + [round(t, 2) for t in np.arange(0.05, 0.96, 0.05)]


class TrainingError(Exception):
    """Annotated data that cannot be used; the message names the file and the problem."""


@dataclass
class Annotated:
    article: Article
    gold: list[dict]


@dataclass
class Example:
    """One record the rules proposed, what the model sees of it, and whether it is right."""

    article: str
    lang: str
    features: list[str]
    correct: bool
    kind_right: bool | None
    outlet_right: bool | None
    kind_features: list[str] = field(default_factory=list)
    gold_kind: str | None = None  # the annotation's kind, when the record names the right source
    rules_kind: str = "unspecified"
    alternative: bool = False  # a reading the rules propose beside their own (Attribution.alternative)
    cue_start: int = -1  # where the record's cue starts: alternatives of one cue compete


@dataclass
class Fold:
    """What the rules proposed for one article, judged."""

    article: str
    lang: str
    gold: int
    examples: list[Example] = field(default_factory=list)


def read_annotated(paths: list[str | Path], texts: list[str | Path] = ()) -> list[Annotated]:
    """Every annotated article under ``paths``: a .json file with ``id``, ``text`` and
    ``attributions``, a folder of them, or a stand-off file (.jsonl, :mod:`.standoff`) whose
    articles' texts are found in the folders ``texts``."""
    out = []
    for root in map(Path, paths):
        if not root.exists():
            raise TrainingError(f"{root}: no such file or folder")
        if root.is_file() and root.suffix == ".jsonl":
            out.extend(_standoff(root, texts))
            continue
        files = [root] if root.is_file() else sorted(root.rglob("*.json"))
        for path in files:
            out.extend(_annotated(path))
    if not out:
        raise TrainingError(f"no annotated articles under {', '.join(map(str, paths))}")
    return out


def _standoff(path: Path, texts: list[str | Path]) -> list[Annotated]:
    if not texts:
        raise TrainingError(f"{path}: a stand-off file holds no texts: say where its articles are (--texts)")
    try:
        golds = standoff.read(path, [Path(t) for t in texts])
    except standoff.StandoffError as error:
        raise TrainingError(f"{path}: {error}") from None
    return [_from_gold(gold, f"{path}#{gold['id']}") for gold in golds]


def _annotated(path: Path) -> list[Annotated]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TrainingError(f"{path}: cannot read annotated article: {error}") from None
    if not isinstance(doc, dict) or "attributions" not in doc:
        return []  # not an annotated article (a README, a manifest): skipped
    if not isinstance(doc.get("text"), str) or not isinstance(doc["attributions"], list):
        raise TrainingError(f"{path}: annotated article without a text or an attributions list")
    return [_from_gold({**doc, "id": doc.get("id") or path.stem}, str(path))]


def _from_gold(doc: dict, path: str) -> Annotated:
    lang = doc.get("lang") if doc.get("lang") in ("ar", "en") else None
    article = Article(str(doc["id"]), doc["text"], lang, title=doc.get("title"), path=path)
    return Annotated(article, [g for g in doc["attributions"] if isinstance(g, dict)])


def judge_all(annotated: list[Annotated]) -> list[Fold]:
    """The rules' records for every article, with their features and labels."""
    out = []
    for item in annotated:
        doc, lang, records = propose(item.article, alternatives=True)
        verdicts = _judge(records, item.gold)
        features = record_features(doc.text, lang, records, doc.sentences)
        fold = Fold(item.article.id, lang, len(item.gold))
        for i, verdict in enumerate(verdicts):
            gold_kind = item.gold[verdict.matched].get("kind") if verdict.correct else None
            fold.examples.append(Example(item.article.id, lang, features[i], verdict.correct, verdict.kind_right, verdict.outlet_right,
                                         kind_features(records[i], lang),
                                         gold_kind if gold_kind in KINDS else None, records[i].source.kind,
                                         records[i].alternative is not None, records[i].cue.start))
        out.append(fold)
    return out


def _judge(records: list[Attribution], gold: list[dict]) -> list[alignment.Judgement]:
    """Each record judged against the annotation: the rules' own records among themselves, as
    ``--rules-only`` prints them, then the alternatives against the annotations no own record's
    claim took, for an alternative is right only where it adds an attribution the rules missed."""
    own = [i for i, r in enumerate(records) if r.alternative is None]
    alternatives = [i for i, r in enumerate(records) if r.alternative is not None]
    verdicts: dict[int, alignment.Judgement] = dict(zip(own, alignment.judge([records[i].to_json() for i in own], gold)))
    taken = {v.matched for v in verdicts.values() if v.matched is not None}
    left = [gi for gi in range(len(gold)) if gi not in taken]
    judged = alignment.judge([records[i].to_json() for i in alternatives], [gold[gi] for gi in left])
    for i, verdict in zip(alternatives, judged):
        verdict.matched = left[verdict.matched] if verdict.matched is not None else None
        verdicts[i] = verdict
    return [verdicts[i] for i in range(len(records))]


# --- the logistic model ----------------------------------------------------------

def fit(examples: list[Example], l2: float = L2) -> dict[str, float]:
    """The scorer's weights: is a proposed record right?"""
    return logistic([e.features for e in examples], [e.correct for e in examples], [e.article for e in examples], l2)


def fit_kinds(examples: list[Example], l2: float = KIND_L2) -> dict[str, dict[str, float]]:
    """The kind classifier's weights, one logistic model a kind against the others."""
    known = [e for e in examples if e.gold_kind is not None]
    rows = [e.kind_features for e in known]
    groups = [e.article for e in known]
    return {kind: logistic(rows, [e.gold_kind == kind for e in known], groups, l2)
            for kind in KINDS if any(e.gold_kind == kind for e in known)}


def logistic(rows: list[list[str]], labels: list[bool], groups: list[str], l2: float = L2) -> dict[str, float]:
    """L2-regularised logistic regression by Newton's method: deterministic, no learning rate to tune.

    ``groups`` names each row's article: features seen in fewer than MIN_ARTICLES articles are left out.
    """
    seen = {(f, g) for row, g in zip(rows, groups) for f in row}
    counts = Counter(f for f, _ in seen)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_ARTICLES or f == "bias")
    index = {f: j for j, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, row in enumerate(rows):
        for f in row:
            j = index.get(f)
            if j is not None:
                x[i, j] += 1.0
    y = np.array(labels, dtype=float)
    w = np.zeros(len(vocab))
    penalty = np.full(len(vocab), l2)
    penalty[index["bias"]] = 1e-6  # the intercept is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-6:
            break
    return {f: float(v) for f, v in zip(vocab, w)}


def platt(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Calibration: the a, b of sigmoid(a * score + b) that best fit held-out labels."""
    a, b = 1.0, 0.0
    # Platt's smoothed targets keep a and b finite when the held-out scores separate perfectly.
    pos, neg = labels.sum(), len(labels) - labels.sum()
    t = np.where(labels > 0, (pos + 1) / (pos + 2), 1 / (neg + 2))
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(a * scores + b)))
        r = p - t
        g = np.array([np.sum(r * scores), np.sum(r)])
        wgt = p * (1 - p) + 1e-12
        h = np.array([[np.sum(wgt * scores * scores), np.sum(wgt * scores)],
                      [np.sum(wgt * scores), np.sum(wgt)]]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.max(np.abs(step)) < 1e-9:
            break
    return float(a), float(b)


# --- cross-validation --------------------------------------------------------------

@dataclass
class Heldout:
    """Every record of one language with the confidence a model that never saw its article gave it."""

    lang: str
    gold: int
    confidence: np.ndarray
    correct: np.ndarray
    kind_right: list[bool | None]
    outlet_right: list[bool | None]
    articles: int
    platt: tuple[float, float]  # the calibration fitted on these held-out scores
    kind_margin: float  # chosen on the held-out kinds
    kind_by_model: list[bool | None]  # the classifier's kind right? (None: no gold kind to judge)
    alternative: np.ndarray  # the record is an alternative reading, not the rules' own
    best_of_cue: np.ndarray  # the alternative is its cue's most confident one (extract keeps no other)

    def kept(self, threshold: float, alternatives: float | None = None) -> np.ndarray:
        """Which records a model keeps: the rules' own at ``threshold``, the alternatives at
        ``alternatives`` (None: none of them), at most one a cue."""
        own = ~self.alternative & (self.confidence >= threshold)
        if alternatives is None:
            return own
        return own | self.alternative & self.best_of_cue & (self.confidence >= alternatives)

    def f1_at(self, threshold: float, alternatives: float | None = None) -> dict:
        kept = self.kept(threshold, alternatives)
        tp, n = float(self.correct[kept].sum()), int(kept.sum())
        p = tp / n if n else 0.0
        r = tp / self.gold if self.gold else 0.0
        return {"threshold": round(threshold, 3), "alternative_threshold": alternatives, "system": n,
                "correct": int(tp), "gold": self.gold,
                "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    def best_threshold(self) -> float:
        """The threshold of the rules' own records, chosen as if there were no alternatives: what the
        rules read is judged on its own, and the alternatives can only add to it."""
        return max(THRESHOLDS, key=lambda t: (round(self.f1_at(t)["f1"], 4), -t))

    def best_alternative_threshold(self, threshold: float) -> float | None:
        """The threshold of the alternative readings, given the rules' own at ``threshold``; None
        (keep none) unless some threshold adds to F1."""
        base = round(self.f1_at(threshold)["f1"], 4)
        best = max(THRESHOLDS, key=lambda t: (round(self.f1_at(threshold, t)["f1"], 4), t))
        return best if round(self.f1_at(threshold, best)["f1"], 4) > base else None

    def reliability(self, bins=(0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0001)) -> list[dict]:
        rows = []
        for lo, hi in zip(bins, bins[1:]):
            inside = (self.confidence >= lo) & (self.confidence < hi)
            n = int(inside.sum())
            rows.append({"bin": f"{lo:.1f}-{min(hi, 1.0):.1f}", "records": n,
                         "mean_confidence": float(self.confidence[inside].mean()) if n else None,
                         "accuracy": float(self.correct[inside].mean()) if n else None})
        return rows


def folds_of(articles: list[str], k: int = FOLDS, seed: int = SEED) -> dict[str, int]:
    """Articles dealt into k folds after a seeded shuffle: the same folds on every run."""
    order = sorted(set(articles))
    random.Random(seed).shuffle(order)
    return {a: i % k for i, a in enumerate(order)}


def cross_validate(judged: list[Fold], k: int = FOLDS, seed: int = SEED, l2: float = L2) -> dict[str, Heldout]:
    out = {}
    for lang in sorted({f.lang for f in judged}):
        mine = [f for f in judged if f.lang == lang]
        fold_of = folds_of([f.article for f in mine], k, seed)
        scores: dict[int, float] = {}
        kinds: dict[int, dict[str, float]] = {}
        examples = [e for f in mine for e in f.examples]
        for fold in range(k):
            train = [e for e in examples if fold_of[e.article] != fold]
            if not train or all(e.correct for e in train) or not any(e.correct for e in train):
                continue
            weights, kind_weights = fit(train, l2), fit_kinds(train)
            for i, e in enumerate(examples):
                if fold_of[e.article] == fold:
                    scores[i] = score(weights, e.features)
                    kinds[i] = kind_scores(kind_weights, e.kind_features)
        raw = np.array([scores.get(i, 0.0) for i in range(len(examples))])
        correct = np.array([e.correct for e in examples], dtype=float)
        a, b = platt(raw, correct) if len(examples) else (1.0, 0.0)
        confidence = _cross_calibrated(raw, correct, np.array([fold_of[e.article] for e in examples]), k)
        margin = _kind_margin(examples, kinds)
        kind_by_model = [None if e.gold_kind is None or i not in kinds
                         else choose_kind(kinds[i], e.rules_kind, margin) == e.gold_kind
                         for i, e in enumerate(examples)]
        out[lang] = Heldout(lang, sum(f.gold for f in mine), confidence,
                            correct, [e.kind_right for e in examples], [e.outlet_right for e in examples],
                            len(mine), (a, b), margin, kind_by_model,
                            np.array([e.alternative for e in examples], dtype=bool),
                            _best_of_cue(examples, confidence))
    return out


def _best_of_cue(examples: list[Example], confidence: np.ndarray) -> np.ndarray:
    """For each alternative, whether it is the most confident of its cue's alternatives (the first on a tie)."""
    best: dict[tuple[str, int], int] = {}
    for i, e in enumerate(examples):
        if e.alternative:
            key = (e.article, e.cue_start)
            if key not in best or confidence[i] > confidence[best[key]]:
                best[key] = i
    chosen = set(best.values())
    return np.array([i in chosen for i in range(len(examples))], dtype=bool)


def _cross_calibrated(raw: np.ndarray, correct: np.ndarray, folds: np.ndarray, k: int) -> np.ndarray:
    """Each record's held-out confidence, calibrated by a Platt fit on the other folds' held-out
    scores: the reliability table and the threshold then judge a calibration that never saw the
    record either."""
    out = np.zeros(len(raw))
    for fold in range(k):
        inside = folds == fold
        if not inside.any():
            continue
        a, b = platt(raw[~inside], correct[~inside]) if (~inside).any() else (1.0, 0.0)
        out[inside] = 1.0 / (1.0 + np.exp(-(a * raw[inside] + b)))
    return out


def _kind_margin(examples: list[Example], kinds: dict[int, dict[str, float]]) -> float:
    judged = [(examples[i], scores) for i, scores in kinds.items() if examples[i].gold_kind is not None]
    if not judged:
        return KIND_MARGINS[-1]
    accuracy = {m: sum(choose_kind(s, e.rules_kind, m) == e.gold_kind for e, s in judged) / len(judged)
                for m in KIND_MARGINS}
    best = max(accuracy.values())
    return max(m for m, a in accuracy.items() if a >= best - KIND_TIE)


def train(judged: list[Fold], l2: float = L2) -> tuple[dict[str, LanguageModel], dict[str, Heldout]]:
    """The final model per language: fitted on every article, calibrated and thresholded on held-out folds."""
    heldout = cross_validate(judged, l2=l2)
    models = {}
    for lang, held in heldout.items():
        examples = [e for f in judged if f.lang == lang for e in f.examples]
        kinds = fit_kinds(examples) if math.isfinite(held.kind_margin) else {}
        threshold = held.best_threshold()
        models[lang] = LanguageModel(fit(examples, l2), held.platt, threshold,
                                     kinds, held.kind_margin if kinds else 0.0,
                                     held.best_alternative_threshold(threshold))
    return models, heldout


def summary(judged: list[Fold], heldout: dict[str, Heldout]) -> dict:
    """The figures the model card and ``isnad train`` print: rules alone against rules with the scorer."""
    out = {}
    for lang, held in heldout.items():
        threshold = held.best_threshold()
        alternatives = held.best_alternative_threshold(threshold)
        kept = held.kept(threshold, alternatives)
        kinds = [k for k, c in zip(held.kind_right, kept) if c and k is not None]
        by_model = [k for k, c in zip(held.kind_by_model, kept) if c and k is not None]
        outlets = defaultdict(int)
        for o, kept in zip(held.outlet_right, held.kept(threshold, alternatives)):
            if kept and o is not None:
                outlets["judged"] += 1
                outlets["right"] += bool(o)
        out[lang] = {"articles": held.articles, "gold": held.gold,
                     "rules_alone": held.f1_at(0.0), "with_scorer": held.f1_at(threshold, alternatives),
                     "kind_accuracy_rules": sum(kinds) / len(kinds) if kinds else None,
                     "kind_accuracy_model": sum(by_model) / len(by_model) if by_model else None,
                     "kind_margin": held.kind_margin if math.isfinite(held.kind_margin) else "rules only",
                     "reliability": held.reliability()}
    return out
