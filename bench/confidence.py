"""How right the records at each confidence are, on annotated articles: the reliability table
of issue 11 for a set the model never saw (``isnad train`` prints it for its own folds).

    isnad extract GOLD_DIR --format json > OUT.jsonl
    python -m bench.confidence GOLD_DIR OUT.jsonl [--texts FOLDER ...]

A record is right by the scorer's rule (``alignment.judge``: the claim matched and the
source right, as ``../shared/eval/score.py`` counts it). Only counts are printed, never a
record, so that a blind held-out set stays blind. GOLD_DIR may also be a stand-off file
(``--texts`` then says where its articles are).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from isnad.nlp import alignment
from isnad.nlp.training import TrainingError, read_annotated

BINS = ((0.9, "0.9-1.0"), (0.8, "0.8-0.9"), (0.7, "0.7-0.8"), (0.5, "0.5-0.7"), (0.0, "0.0-0.5"))


def table(gold: dict, lines: list[dict]) -> dict[tuple[str, str], list[int]]:
    """(language, bin) to [records, right], over the articles both sides hold."""
    counts: dict[tuple[str, str], list[int]] = {}
    for doc in lines:
        annotated = gold.get(doc.get("id"))
        if annotated is None:
            continue
        records = doc.get("attributions") or []
        for record, verdict in zip(records, alignment.judge(records, annotated.gold)):
            confidence = record.get("confidence")
            label = next(name for low, name in BINS if (confidence or 0.0) >= low)
            cell = counts.setdefault((doc.get("lang") or "?", label), [0, 0])
            cell[0] += 1
            cell[1] += bool(verdict.correct)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="annotated articles: a folder, a file or a stand-off file")
    parser.add_argument("output", type=Path, help="what isnad extract --format json printed for them")
    parser.add_argument("--texts", type=Path, nargs="+", default=[], help="articles of a stand-off file")
    args = parser.parse_args(argv)
    try:
        gold = {a.article.id: a for a in read_annotated([args.gold], args.texts)}
        lines = [json.loads(line) for line in args.output.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (TrainingError, OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    counts = table(gold, lines)
    order = {name: i for i, (_, name) in enumerate(BINS)}
    print("lang  confidence  records  right  accuracy")
    for (lang, label), (n, right) in sorted(counts.items(), key=lambda item: (item[0][0], order[item[0][1]])):
        print(f"{lang:<5} {label:<11} {n:>7}  {right:>5}  {right / n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
