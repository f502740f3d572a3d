"""Claim matching end to end on multi-sentence stories (tests/matching_stories.py).

The articles go through ``isnad ingest`` and ``isnad claims --format json`` as
real processes, into one store (the stories share outlets and must not run into
each other). For each story: the central claim's statements are one claim with
the status the story calls for; a near miss (another figure, place or day) is a
claim of its own; a denial is a claim of its own linked to the central one as
``disputes``, and the central claim's status reason says "disputed by".
"""
from __future__ import annotations

import json
import sqlite3

import pytest
from _store_support import isnad, write_articles
from matching_stories import STORIES


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], object]:
    root = tmp_path_factory.mktemp("matching")
    folder = write_articles(root / "articles",
                            [article for articles, _ in STORIES.values() for article in articles])
    db = root / "isnad.db"
    done = isnad("ingest", folder, "--db", db, "--no-progress")
    assert done.returncode == 0, done.stderr
    shown = isnad("claims", "--db", db, "--format", "json")
    assert shown.returncode == 0, shown.stderr
    return [json.loads(line) for line in shown.stdout.splitlines()], db


def claims_with(listed: list[dict], article_id: str) -> list[dict]:
    return [claim for claim in listed if any(s["article"] == article_id for s in claim["statements"])]


def central(listed: list[dict], articles: set[str]) -> dict:
    """The one claim that holds a statement of every central article (and no other story's)."""
    found = [claim for claim in listed
             if articles <= {s["article"] for s in claim["statements"]}]
    assert len(found) == 1, ([c["text"] for a in articles for c in claims_with(listed, a)])
    return found[0]


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_central_claim_is_one_claim_with_its_status(listed, name):
    claims, _ = listed
    articles, expected = STORIES[name]
    wanted, status = expected["central"]
    claim = central(claims, wanted)
    story_ids = {article["id"] for article in articles}
    assert {s["article"] for s in claim["statements"]} <= story_ids
    assert claim["status"] == status, (claim["rule"], claim["origins"])


@pytest.mark.parametrize("name", sorted(n for n, (_, e) in STORIES.items() if "apart" in e))
def test_a_near_miss_stays_a_claim_of_its_own(listed, name):
    claims, _ = listed
    _, expected = STORIES[name]
    claim = central(claims, expected["central"][0])
    for article_id in expected["apart"]:
        found = claims_with(claims, article_id)
        assert found and claim["id"] not in {c["id"] for c in found}


@pytest.mark.parametrize("name", sorted(n for n, (_, e) in STORIES.items() if "denies" in e))
def test_a_denial_is_its_own_claim_linked_as_disputes(listed, name):
    claims, db = listed
    _, expected = STORIES[name]
    claim = central(claims, expected["central"][0])
    denials = [c for c in claims_with(claims, expected["denies"]) if c["id"] != claim["id"]]
    assert denials, "the denial joined the claim it denies"
    disputing = {d["id"] for d in claim["disputed_by"]}
    denial = next(c for c in denials if c["id"] in disputing)
    assert claim["id"] in {d["id"] for d in denial["disputes"]}
    assert f"disputed by claim {denial['id']}" in claim["rule"]
    with sqlite3.connect(db) as conn:  # the link as stored, for any reader of the store
        assert (claim["id"], denial["id"]) in conn.execute(
            "SELECT claim_id, by_claim_id FROM claim_disputes").fetchall()


def test_one_person_under_three_spellings_is_one_origin_and_the_tie_is_a_reversible_merge(listed):
    claims, db = listed
    flood = central(claims, STORIES["flood"][1]["central"][0])
    assert len(flood["origins"]) == 1
    with sqlite3.connect(db) as conn:
        rules = conn.execute("SELECT m.rule, e.name FROM merges m JOIN entities e ON e.id = m.entity_id "
                             "WHERE m.undone_at IS NULL").fetchall()
    merged_names = {name for rule, name in rules if rule == "skeleton"}
    assert len(merged_names & {"Samir Qaddour", "Samir Kaddour", "سمير قدور"}) == 2


def test_both_claim_pages_the_api_and_the_graph_show_the_dispute(listed):
    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine

    from isnad.app.server import create_app
    from isnad.graph.build import build

    claims, db = listed
    _, expected = STORIES["withdrawal"]
    claim = central(claims, expected["central"][0])
    denial = next(c for c in claims_with(claims, expected["denies"]) if c["id"] != claim["id"])
    with TestClient(create_app(str(db))) as client:
        page = client.get(f"/claims/{claim['id']}").text
        assert "Disputed by:" in page and f'href="/claims/{denial["id"]}"' in page
        page = client.get(f"/claims/{denial['id']}").text
        assert "Disputes:" in page and f'href="/claims/{claim["id"]}"' in page
        shown = client.get(f"/api/claims/{claim['id']}").json()
        assert [d["id"] for d in shown["disputed_by"]] == [denial["id"]]
    engine = create_engine(f"sqlite:///{db}")
    graph = build(engine)
    engine.dispose()
    edges = [(a, b) for a, b, relation in graph.edges(data="relation") if relation == "disputes"]
    assert (f"claim:{denial['id']}", f"claim:{claim['id']}") in edges
