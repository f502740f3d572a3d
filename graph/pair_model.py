"""The learned pair model: how likely two wordings are one claim, from named features of the pair.

A logistic regression over the features :func:`isnad.graph.similarity.features`
computes (the cosine of the two sentence vectors, the anchors they share by
type, word overlap, length, an event both report...), trained on the train split
of the labelled claim pairs (``data/claim_pairs/``) by
``python -m bench.claim_pairs --train-model``. Its weights replace the constants
once set by hand (a cross-lingual shift, figure and place credits, cosine
floors), which fitted the pairs they were tuned on and not the others.

The model file also holds two levels, both chosen by cross-validation by story
within train, never on the test split:

- ``threshold``: two wordings at or above it are one claim (clustering);
- ``confident``: two statements at or above it say the same thing surely enough
  for their sources to corroborate each other (precision 0.95 or better on the
  held-out folds); below it the claim is "corroborated?" (:mod:`.status`).

The file is plain JSON (``data/models/pairs.json``, with its card ``pairs.md``),
read with numpy alone.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from isnad.nlp import model_file

FORMAT = "isnad-pairs/1"
PACKAGED = ("models", "pairs.json")


class ModelError(Exception):
    """A pair model file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class PairModel:
    features: tuple[str, ...]  # the names, in the order of ``weights``
    weights: np.ndarray        # one per feature, on the features as computed (not standardised)
    bias: float
    threshold: float           # one claim at or above
    confident: float           # corroborates at or above
    version: str = ""          # a digest of the file

    def aligned(self, names: tuple[str, ...], where: str = "") -> PairModel:
        """The model with its weights in the order of ``names`` (the features computed); a
        feature it has no weight for weighs 0, one it weighs that is not computed is an error."""
        unknown = sorted(set(self.features) - set(names))
        if unknown:
            raise ModelError(f"{where or 'pair model'}: weighs features this version does not "
                             f"compute: {', '.join(unknown)}")
        weight = dict(zip(self.features, self.weights))
        return PairModel(tuple(names), np.array([weight.get(name, 0.0) for name in names]),
                         self.bias, self.threshold, self.confident, self.version)

    def logit(self, values: np.ndarray) -> float:
        return float(self.bias + values @ self.weights)

    def probability(self, values: np.ndarray) -> float:
        return sigmoid(self.logit(values))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def packaged_path() -> Path:
    return Path(str(resources.files("isnad.data").joinpath(*PACKAGED)))


def current(names: tuple[str, ...] | None = None) -> PairModel:
    """The packaged model (clustering and the status layer both use it), its weights in the
    order of ``names`` when given."""
    model = load(str(packaged_path()))
    return model.aligned(names, str(packaged_path())) if names else model


@lru_cache(maxsize=4)
def load(where: str) -> PairModel:
    path = Path(where)
    data, digest = model_file.read(path, FORMAT, "pair model", ModelError)
    try:
        names = tuple(str(name) for name in data["features"])
        weights = np.array([float(data["weights"][name]) for name in names], dtype=np.float64)
        model = PairModel(names, weights, float(data["bias"]), float(data["threshold"]),
                          float(data["confident"]), digest)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ModelError(f"{path}: damaged pair model file ({type(error).__name__}: {error})") from None
    return model


def save(path: Path, model: PairModel, meta: dict) -> None:
    """Write ``model`` as JSON, ``meta`` (data, command, seed, figures) beside it."""
    data = {"format": FORMAT, **meta, "features": list(model.features),
            "weights": {name: round(float(w), 6) for name, w in zip(model.features, model.weights)},
            "bias": round(model.bias, 6), "threshold": round(model.threshold, 4),
            "confident": round(model.confident, 4)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
