"""ClaimReview JSON-LD and first appearances: through the real CLI, expanded by a JSON-LD processor."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pyld import jsonld

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "data" / "demo"
SCHEMA = "https://schema.org/"

# One claim reported three times, on three days, ingested latest first: its first
# appearance is the earliest dated article, not the first one stored.
REPORTS = [
    ("port-3", "2031-05-03", "The Evening Star",
     "Port stays shut\n\nHarbour master Lena Fischer said the port of Tal Rumman would stay shut until Friday."),
    ("port-1", "2031-05-01", "The Morning Post",
     "Port closed\n\nHarbour master Lena Fischer said the port of Tal Rumman would stay shut until Friday."),
    ("port-2", "2031-05-02", "The Noon Herald",
     "Port shut\n\nHarbour master Lena Fischer said the port of Tal Rumman would stay shut until Friday."),
]


def isnad(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "isnad.app.cli", *args], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return done


def expanded(path: Path) -> list[dict]:
    # The context is inline (@vocab), so expansion needs no document loader and no network.
    return jsonld.expand(json.loads(path.read_text(encoding="utf-8")),
                         {"documentLoader": _no_fetching})


def _no_fetching(url, options=None):
    raise AssertionError(f"the export must expand without fetching {url}")


def value(node: dict, key: str):
    [item] = node[SCHEMA + key]
    return item.get("@value", item)


def test_the_demo_store_exports_one_claimreview_a_claim_that_expands_as_json_ld(tmp_path):
    db, out = tmp_path / "demo.db", tmp_path / "reviews.jsonld"
    isnad("ingest", str(DEMO), "--db", str(db), "--no-progress")
    isnad("export", "--format", "claimreview", "-o", str(out), "--db", str(db))
    claims = [json.loads(line) for line in isnad("claims", "--db", str(db), "--format", "json").stdout.splitlines()]
    reviews = expanded(out)
    assert len(reviews) == len(claims) > 0
    for review, claim in zip(reviews, sorted(claims, key=lambda c: c["id"])):
        assert review["@type"] == [SCHEMA + "ClaimReview"]
        assert value(review, "claimReviewed") == claim["text"]
        assert SCHEMA + "reviewRating" not in review  # a sourcing status is not a truth rating
        assert claim["status"] in value(review, "reviewBody")
        [item] = review[SCHEMA + "itemReviewed"]
        first = item[SCHEMA + "firstAppearance"][0]
        assert value(first, "identifier") == claim["first_appearance"]["article"]
        appearing = {value(a, "identifier") for a in item[SCHEMA + "appearance"]}
        assert appearing == {s["article"] for s in claim["statements"]}


def test_the_first_appearance_is_the_earliest_dated_article(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for article_id, date, outlet, text in REPORTS:
        (folder / f"{article_id}.json").write_text(json.dumps(
            {"id": article_id, "lang": "en", "date": date, "outlet": outlet, "title": text.split("\n")[0],
             "text": text}), encoding="utf-8")
    db, out = tmp_path / "s.db", tmp_path / "r.jsonld"
    for article_id, *_ in REPORTS:  # latest first
        isnad("ingest", str(folder / f"{article_id}.json"), "--db", str(db), "--no-progress")
    [claim] = [json.loads(line) for line in isnad("claims", "--db", str(db), "--format", "json").stdout.splitlines()]
    assert claim["first_appearance"]["article"] == "port-1"
    assert claim["first_appearance"]["date"] == "2031-05-01"
    isnad("export", "--format", "claimreview", "-o", str(out), "--db", str(db))
    [review] = expanded(out)
    [item] = review[SCHEMA + "itemReviewed"]
    first = item[SCHEMA + "firstAppearance"][0]
    assert value(first, "identifier") == "port-1"
    assert value(first, "datePublished") == "2031-05-01"
    [author] = item[SCHEMA + "author"]
    assert author["@type"] == [SCHEMA + "Person"] and value(author, "name") == "Lena Fischer"


def test_statement_edges_carry_their_evidence_in_every_export(tmp_path):
    db = tmp_path / "demo.db"
    isnad("ingest", str(DEMO), "--db", str(db), "--no-progress")
    isnad("export", "--format", "json", "-o", str(tmp_path / "g.json"), "--db", str(db))
    isnad("export", "--format", "csv", "-o", str(tmp_path / "csv"), "--db", str(db))
    graph = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    said = [e for e in graph["edges"] if e["relation"] == "said"]
    texts = {n["id"]: n for n in graph["nodes"]}
    assert said
    for edge in said:
        assert 0 <= edge["confidence"] <= 1
        assert edge["claim_end"] > edge["claim_start"] >= 0
        assert f"article:{edge['article']}" in texts
    rows = (tmp_path / "csv" / "statements.csv").read_text(encoding="utf-8-sig").splitlines()
    header = rows[0].split(",")
    assert {"article", "claim_start", "claim_end", "confidence"} <= set(header)
