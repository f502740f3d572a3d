"""The learned pair model (graph/pair_model.py): trained reproducibly, shipped, refused when damaged."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from isnad.graph import pair_model, similarity

REPO = Path(__file__).resolve().parents[1]


def _train(out: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.claim_pairs", "--train-model", "--out", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stdout
    assert out.with_suffix(".md").exists()  # the card beside it
    return json.loads(out.read_text(encoding="utf-8"))


def _learned(model: dict) -> dict:
    return {key: model[key] for key in ("features", "weights", "bias", "threshold", "confident")}


def test_training_twice_gives_the_same_model_and_the_shipped_one(tmp_path):
    first = _train(tmp_path / "first.json")
    second = _train(tmp_path / "second.json")
    assert _learned(first) == _learned(second)
    shipped = json.loads(pair_model.packaged_path().read_text(encoding="utf-8"))
    # Exact on one machine; another machine's floating point (its numpy build, its BLAS) may move
    # the sixth decimal of a weight, never the levels chosen from them.
    trained = _learned(first)
    assert {k: v for k, v in trained.items() if k not in ("weights", "bias")} == {
        k: v for k, v in _learned(shipped).items() if k not in ("weights", "bias")}
    assert trained["weights"].keys() == shipped["weights"].keys()
    assert all(trained["weights"][k] == pytest.approx(w, abs=1e-4) for k, w in shipped["weights"].items()), \
        "data/models/pairs.json is not what training gives"
    assert trained["bias"] == pytest.approx(shipped["bias"], abs=1e-4)
    assert first["seed"] == shipped["seed"] and "train split" in shipped["data"]


def test_the_shipped_model_loads_and_weighs_every_feature():
    model = similarity.model()
    assert model.features == similarity.FEATURES
    assert 0 < model.threshold < model.confident < 1
    assert similarity.THRESHOLD == model.threshold and similarity.CONFIDENT == model.confident
    # The cosine is evidence of one claim; no anchor at all is not weighed, it is a veto.
    assert model.weights[similarity.FEATURES.index("cosine")] > 0


@pytest.mark.parametrize("content", ["not json {", json.dumps({"format": "other"}),
                                     json.dumps({"format": pair_model.FORMAT, "features": ["cosine"]})])
def test_a_damaged_model_file_is_refused_naming_the_file(tmp_path, content):
    path = tmp_path / "pairs.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(pair_model.ModelError, match="pairs.json"):
        pair_model.load(str(path))


def test_a_model_weighing_a_feature_this_version_does_not_compute_is_refused(tmp_path):
    path = tmp_path / "pairs.json"
    shipped = json.loads(pair_model.packaged_path().read_text(encoding="utf-8"))
    shipped["features"].append("moon_phase")
    shipped["weights"]["moon_phase"] = 1.0
    path.write_text(json.dumps(shipped), encoding="utf-8")
    with pytest.raises(pair_model.ModelError, match="moon_phase"):
        pair_model.load(str(path)).aligned(similarity.FEATURES, str(path))
