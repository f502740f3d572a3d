"""Count a store's claims by status and print a seeded random sample of one status for
checking by hand against the article texts (issue 14's before/after table).

Run from the repository root, after ``isnad ingest --db STORE FOLDERS...``::

    python -m bench.status_sample --db STORE --seed 14 --n 20 [--status corroborated] FOLDERS...

FOLDERS are the folders the store was ingested from: each sampled statement is shown
with the article sentence it came from (read there, printed, never stored), so a
person can judge whether the claim is really corroborated. The sample is drawn
from the claims sorted by id, so one seed gives one sample for one store.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

_SENTENCE_END = re.compile(r"(?<=[.!?؟\n])\s+")


def claims(db: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "isnad.app.cli", "claims", "--db", db,
                           "--format", "json"], capture_output=True, text=True, check=True)
    return sorted((json.loads(line) for line in done.stdout.splitlines()), key=lambda c: c["id"])


def article_texts(folders: list[str]) -> dict[str, str]:
    texts = {}
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.json")):
            try:
                item = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(item, dict) and "id" in item:
                texts[str(item["id"])] = item.get("text") or ""
    return texts


def sentence(text: str, claim: str) -> str:
    """The sentence of ``text`` holding the start of ``claim``, else its first words."""
    probe = claim[:40]
    for part in _SENTENCE_END.split(text):
        if probe and probe in part:
            return part.strip()
    return f"(not found verbatim) {claim}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--status", default="corroborated")
    parser.add_argument("folders", nargs="*")
    args = parser.parse_args(argv)
    found = claims(args.db)
    counts = Counter(claim["status"] for claim in found)
    print("statuses:", json.dumps(dict(sorted(counts.items())), ensure_ascii=False))
    chosen = [claim for claim in found if claim["status"] == args.status]
    sample = random.Random(args.seed).sample(chosen, min(args.n, len(chosen)))
    texts = article_texts(args.folders)
    for n, claim in enumerate(sample, start=1):
        print(f"\n#{n} claim {claim['id']} [{claim['status']}] {claim['rule']}")
        for statement in claim["statements"]:
            said = sentence(texts.get(statement["article"], ""), statement["text"])
            print(f"  - {statement['article']} | {statement['source']} ({statement['kind']}) "
                  f"| {said}")


if __name__ == "__main__":
    main()
