"""The learned scorer: how likely each record the rules proposed is right.

A logistic model per language over the named features of
:mod:`isnad.nlp.features`, calibrated on held-out folds (Platt scaling), so
that its ``confidence`` reads as a probability: of the records at 0.9, about
nine in ten are right. Records below the language's threshold (chosen on the
held-out folds to maximise attribution F1) are dropped; the others keep the
confidence for the review queue to sort by.

The model is a JSON file: ``data/models/scorer.json`` ships in the package and
is what ``isnad extract`` uses; ``$ISNAD_MODEL`` names another one (for
instance one trained on a newsroom's own annotations with ``isnad train``).
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from . import model_file

MODEL_ENV = "ISNAD_MODEL"
FORMAT = "isnad-scorer/1"


class ModelError(Exception):
    """A model file that cannot be used; the message names the file and the problem."""


@dataclass
class LanguageModel:
    weights: dict[str, float]
    platt: tuple[float, float]  # confidence = sigmoid(a * score + b)
    threshold: float  # records whose confidence is below it are dropped
    kinds: dict[str, dict[str, float]] = field(default_factory=dict)  # kind -> weights, one against the rest
    kind_margin: float = 0.0  # how much more the classifier must prefer a kind to overrule the rules'
    # The threshold of the readings the rules propose beside their own (Attribution.alternative),
    # chosen apart on the held-out folds; None: no alternative is kept.
    alternative_threshold: float | None = None

    def keeps(self, confidence: float, alternative: bool) -> bool:
        if alternative:
            return self.alternative_threshold is not None and confidence >= self.alternative_threshold
        return confidence >= self.threshold

    def confidence(self, features: list[str]) -> float:
        a, b = self.platt
        return _sigmoid(a * score(self.weights, features) + b)

    def kind(self, features: list[str], rules_kind: str) -> str:
        """The classifier's kind when it prefers it to the rules' by the margin, else the rules'."""
        if not self.kinds:
            return rules_kind
        return choose_kind(kind_scores(self.kinds, features), rules_kind, self.kind_margin)


@dataclass
class Model:
    languages: dict[str, LanguageModel]
    version: str  # a digest of the file: part of the extractor version

    def for_language(self, lang: str) -> LanguageModel | None:
        return self.languages.get(lang)


def current() -> Model | None:
    """The model extraction uses now: ``$ISNAD_MODEL`` or the packaged one; None if there is none."""
    chosen = os.environ.get(MODEL_ENV, "").strip()
    if chosen:
        return load(chosen)  # a model asked for must be there
    packaged = Path(str(resources.files("isnad.data").joinpath("models", "scorer.json")))
    return load(str(packaged)) if packaged.exists() else None  # before a first training: the rules alone


@lru_cache(maxsize=4)
def load(where: str) -> Model:
    path = Path(where)
    data, digest = model_file.read(path, FORMAT, "model", ModelError)
    try:
        languages = {lang: LanguageModel(_weights(m["weights"]),
                                         (float(m["platt"][0]), float(m["platt"][1])),
                                         float(m["threshold"]),
                                         {str(kind): _weights(w) for kind, w in m.get("kinds", {}).items()},
                                         float(m.get("kind_margin", 0.0)),
                                         _optional_float(m.get("alternative_threshold")))
                     for lang, m in data["languages"].items()}
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        raise ModelError(f"{path}: damaged model file ({type(error).__name__}: {error})") from None
    return Model(languages, digest)


def save(path: Path, languages: dict[str, LanguageModel], meta: dict) -> None:
    data = {"format": FORMAT, **meta, "languages": {
        lang: {"threshold": round(m.threshold, 4), "platt": [round(m.platt[0], 6), round(m.platt[1], 6)],
               "weights": _rounded(m.weights),
               "kind_margin": m.kind_margin,
               "alternative_threshold": m.alternative_threshold,
               "kinds": {kind: _rounded(w) for kind, w in sorted(m.kinds.items())}}
        for lang, m in sorted(languages.items())}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _optional_float(raw) -> float | None:
    return None if raw is None else float(raw)


def _weights(raw: dict) -> dict[str, float]:
    return {str(k): float(v) for k, v in raw.items()}


def _rounded(weights: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 6) for k, v in sorted(weights.items()) if abs(v) >= 1e-6}


def score(weights: dict[str, float], features: list[str]) -> float:
    """A linear model's raw score: the weights of the features it has, summed."""
    return sum(weights.get(f, 0.0) for f in features)


def kind_scores(kinds: dict[str, dict[str, float]], features: list[str]) -> dict[str, float]:
    return {kind: score(weights, features) for kind, weights in kinds.items()}


def choose_kind(scores: dict[str, float], rules_kind: str, margin: float) -> str:
    """The best-scored kind when it beats the rules' by more than ``margin``, else the rules'."""
    best = max(sorted(scores), key=scores.__getitem__)
    return best if scores[best] - scores.get(rules_kind, float("-inf")) > margin else rules_kind


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)
