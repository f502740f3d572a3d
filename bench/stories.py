"""Judge whole stories end to end: articles in, claims and statuses out, against what was expected.

A story set is a folder of articles (any format ``isnad ingest`` reads) and an
``expected.json``: for each story, the statements that state its central claim,
those that must stay apart from it (near misses), those that dispute it, and the
status its central claim should get::

    [{"story": "dam", "status": "corroborated",
      "central": [{"article": "dam-1", "snippet": "the dam collapsed"}, ...],
      "apart": [{"article": "dam-2", "snippet": "12 homes were flooded"}],
      "disputes": [{"article": "dam-3", "snippet": "no dam collapsed"}]}, ...]

A snippet is a few words of the statement's content as the article writes it.
A story is right when every central statement was extracted, all of them are in
one claim, no near miss is in it, every dispute is linked to it as disputing, and
its status is the expected one. Each wrong story says why, so that a failure
points at extraction, matching or the status layer.

Run from the repository root::

    python -m bench.stories ARTICLES_DIR EXPECTED.json [--db STORE]

The store is a fresh SQLite file in a temporary folder unless ``--db`` names one.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from isnad.nlp import lexicon


@dataclass
class Verdict:
    story: str
    expected: str
    got: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def right(self) -> bool:
        return not self.problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("expected", type=Path)
    parser.add_argument("--db", type=Path, help="the store to build (default: a temporary file)")
    args = parser.parse_args(argv)
    expected = json.loads(args.expected.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "stories.db"
        claims = build(args.articles, db)
    verdicts = [judge(story, claims) for story in expected]
    for verdict in verdicts:
        mark = "right" if verdict.right else "WRONG"
        print(f"{mark:5}  {verdict.story:24} expected {verdict.expected:15} got {verdict.got or '-'}")
        for problem in verdict.problems:
            print(f"         {problem}")
    right = sum(verdict.right for verdict in verdicts)
    print(f"{right} of {len(verdicts)} stories right")
    return 0


def build(articles: Path, db: Path) -> list[dict]:
    """Ingest ``articles`` into ``db`` with the real CLI and return what ``isnad claims`` prints."""
    isnad = [sys.executable, "-m", "isnad.app.cli"]
    subprocess.run([*isnad, "ingest", "--db", str(db), str(articles)], check=True,
                   stdout=subprocess.DEVNULL)
    listed = subprocess.run([*isnad, "claims", "--db", str(db), "--format", "json"], check=True,
                            capture_output=True, text=True, encoding="utf-8").stdout
    return [json.loads(line) for line in listed.splitlines() if line.strip()]


def judge(story: dict, claims: list[dict]) -> Verdict:
    verdict = Verdict(story["story"], story["status"])
    central = [_find(item, claims) for item in story["central"]]
    for item, found in zip(story["central"], central):
        if found is None:
            verdict.problems.append(f"not extracted: {item['article']}: {item['snippet']}")
    held = {found[0]["id"] for found in central if found is not None}
    if len(held) > 1:
        verdict.problems.append(f"central statements in {len(held)} claims: "
                                + ", ".join(f"{c} ({_status(claims, c)})" for c in sorted(held)))
    if not held:
        return verdict
    claim = max(held, key=lambda c: sum(1 for found in central if found and found[0]["id"] == c))
    verdict.got = _status(claims, claim)
    if verdict.got != story["status"]:
        verdict.problems.append(f"status {verdict.got}: {_by_id(claims, claim)['rule']}")
    for item in story.get("apart", []):
        found = _find(item, claims)
        if found is not None and found[0]["id"] == claim:
            verdict.problems.append(f"near miss joined: {item['article']}: {item['snippet']}")
    disputing = {link["id"] for link in _by_id(claims, claim).get("disputed_by", [])}
    disputing |= {link["id"] for link in _by_id(claims, claim).get("disputes", [])}
    for item in story.get("disputes", []):
        found = _find(item, claims)
        if found is None:
            verdict.problems.append(f"denial not extracted: {item['article']}: {item['snippet']}")
        elif found[0]["id"] == claim:
            verdict.problems.append(f"denial joined to the claim: {item['article']}: {item['snippet']}")
        elif found[0]["id"] not in disputing:
            verdict.problems.append(f"denial not linked as disputing: {item['article']}: {item['snippet']}")
    return verdict


def _find(item: dict, claims: list[dict]) -> tuple[dict, dict] | None:
    """The claim and the statement of ``item``'s article whose text holds its snippet."""
    snippet = _folded(item["snippet"])
    for claim in claims:
        for statement in claim["statements"]:
            if statement["article"] == item["article"] and snippet in _folded(statement["text"]):
                return claim, statement
    return None


def _folded(text: str) -> str:
    # Arabic letter variants and English case, as the lexicons compare words; spacing as one.
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"
    return " ".join(lexicon.fold(text, lang).split())


def _by_id(claims: list[dict], claim_id: int) -> dict:
    return next(claim for claim in claims if claim["id"] == claim_id)


def _status(claims: list[dict], claim_id: int) -> str:
    return _by_id(claims, claim_id)["status"]


if __name__ == "__main__":
    sys.exit(main())
