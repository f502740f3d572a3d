"""The graph built from the store: nodes, edges, filters, views, analyses, and the CLI over it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from isnad.graph import analyse, ingest
from isnad.graph import claims as clustering
from isnad.graph.build import Filters, build
from isnad.graph.origins import origins
from isnad.graph.store import open_store

from claim_stories import (Story, agency_story, anonymous_story, bilingual_story, circular_story,
                           corroborated_story, new_engine)

REPO = Path(__file__).resolve().parents[1]
PLAIN = (str, int, float, bool)
# The installed script: under `python -m isnad.app.cli` the command modules register
# into the package module, not into __main__, and only `extract` would be found.
SCRIPT = Path(sys.executable).parent / "isnad"


@pytest.fixture
def engine(tmp_path):
    engine = new_engine(tmp_path / "store.db")
    with engine.begin() as conn:
        story = Story(conn)
        for tell in (circular_story, corroborated_story, anonymous_story, agency_story,
                     bilingual_story):
            tell(story)
        story.cluster()
    return engine


def _of_type(graph: nx.MultiDiGraph, kind: str) -> list[str]:
    return [node for node, data in graph.nodes(data=True) if data["type"] == kind]


def test_nodes_and_edges_carry_plain_values_only(engine):
    graph = build(engine)
    assert len(_of_type(graph, "claim")) == 5
    assert len(_of_type(graph, "article")) == 11
    for _, data in graph.nodes(data=True):
        assert all(isinstance(value, PLAIN) for value in data.values()), data
    relations = {data["relation"] for _, _, data in graph.edges(data=True)}
    assert relations == {"said", "via", "published", "reported", "cites"}
    for _, _, data in graph.edges(data=True):
        assert all(isinstance(value, PLAIN) for value in data.values()), data
    said = [d for _, _, d in graph.edges(data=True) if d["relation"] == "said"]
    assert len(said) == 12  # one per statement


def test_origins_over_the_graph_match_origins_over_the_store(engine):
    graph = build(engine)
    with engine.connect() as conn:
        for node in _of_type(graph, "claim"):
            claim_id = int(node.split(":")[1])
            in_store, in_graph = origins(conn, claim_id), origins(graph, claim_id)
            assert in_graph.origins == in_store.origins
            assert in_graph.sources == in_store.sources
            assert set(in_graph.outlets) == set(in_store.outlets)


@pytest.mark.parametrize(("filters", "claims"), [
    (Filters(status="circular"), 1),
    (Filters(kind="anonymous"), 2),
    (Filters(lang="en"), 4),
    (Filters(outlet="قناة المدار"), 1),
    (Filters(source="hana"), 1),
    (Filters(text="سد"), 0),
    (Filters(text="Tal Rumman"), 1),
    (Filters(since="2025-01-01"), 0),
    (Filters(until="2024-03-01"), 5),
])
def test_filters(engine, filters, claims):
    assert len(_of_type(build(engine, filters), "claim")) == claims


def test_an_ego_view_and_a_node_limit_keep_the_totals(engine):
    whole = build(engine)
    graph = build(engine, Filters(ego="claim:1", depth=1))
    assert "claim:1" in graph and "claim:2" not in graph
    assert set(graph) == set(nx.ego_graph(whole.to_undirected(), "claim:1", radius=1))
    limited = build(engine, Filters(limit=5))
    assert limited.number_of_nodes() == 5
    assert limited.graph["total_nodes"] == whole.number_of_nodes()
    assert limited.graph["total_edges"] == whole.number_of_edges()


def test_a_node_limit_draws_no_node_alone(engine):
    """Cut to the best connected nodes, no claim or source is left without its neighbours."""
    whole = build(engine)
    for limit in range(2, whole.number_of_nodes()):
        limited = build(engine, Filters(limit=limit))
        assert limited.number_of_nodes() == limit
        assert [n for n in limited if limited.degree(n) == 0] == [], limit


def test_rankings(engine):
    graph = build(engine)
    top_source, statements = analyse.most_cited_sources(graph, top=1)[0]
    assert statements == 2 and graph.nodes[top_source]["name"] in {"وزير الزراعة سليم حداد",
                                                                   "ليلى منصور"}
    relayers = {graph.nodes[node]["name"] for node, _ in analyse.relaying_outlets(graph)}
    assert relayers == {"قناة النهار", "The Daily Courier", "قناة المدار"}
    shares = analyse.single_source_shares(graph)
    assert shares[0][1] == 1.0
    ego = analyse.ego(graph, "claim:1", depth=1)
    assert set(ego) == set(nx.ego_graph(graph.to_undirected(), "claim:1", radius=1))


# --- the CLI -------------------------------------------------------------------------------

def isnad(*args: str | Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(SCRIPT), *map(str, args)],
                          capture_output=True, cwd=REPO, timeout=300,
                          env={**os.environ, "ISNAD_DB": "", "PYTHONIOENCODING": "utf-8"})
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8", "replace"))


def test_isnad_claims_json_lists_every_claim_with_its_origins(engine, tmp_path):
    done = isnad("claims", "--db", tmp_path / "store.db", "--format", "json")
    assert done.returncode == 0, done.stderr
    docs = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(docs) == 5
    for doc in docs:
        assert {"id", "text", "status", "origins", "statements", "outlets", "articles"} <= set(doc)
    circular = [doc for doc in docs if doc["status"] == "circular"]
    assert [o["name"] for o in circular[0]["origins"]] == ["مرصد الحقوق المدنية"]
    done = isnad("claims", "--db", tmp_path / "store.db", "--format", "json", "--status",
                 "anonymous-only")
    assert [json.loads(line)["status"] for line in done.stdout.splitlines()] == ["anonymous-only"]


def test_isnad_sources_and_a_store_that_cannot_be_opened(engine, tmp_path):
    done = isnad("sources", "--db", tmp_path / "store.db", "--format", "json")
    assert done.returncode == 0, done.stderr
    docs = [json.loads(line) for line in done.stdout.splitlines()]
    assert docs[0]["statements"] == 2
    done = isnad("claims", "--db", tmp_path)  # a folder
    assert done.returncode == 1
    assert done.stderr.startswith("isnad: error: ") and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


ARTICLES = {  # one person's toll in two Arabic papers, and an unrelated English report
    "fajr.txt": "مقتل 23 مدنياً في قصف على وادي النسور\n\nقال مدير مرصد الحقوق المدنية سامي "
                "خليل إن 23 مدنياً قتلوا في قصف على بلدة وادي النسور.\n",
    "sabah.txt": "قصف يقتل مدنيين في وادي النسور\n\nوأكد سامي خليل، مدير مرصد الحقوق المدنية، "
                 "أن 23 مدنياً قتلوا في قصف استهدف بلدة وادي النسور.\n",
    "courier.txt": "Market to reopen in Wadi al-Nusur\n\nThe police chief, Omar Haddad, told "
                   "reporters that the market in Wadi al-Nusur would reopen on Sunday.\n",
}


def test_ingested_articles_come_out_of_isnad_claims(tmp_path, monkeypatch):
    if clustering.update not in ingest.AFTER_BATCH:
        monkeypatch.setattr(ingest, "AFTER_BATCH", [*ingest.AFTER_BATCH, clustering.update])
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = open_store(str(tmp_path / "e2e.db"))
    summary = ingest.ingest(store, [folder])
    store.engine.dispose()
    assert summary.errors == 0 and summary.new_claims == 2
    done = isnad("claims", "--db", tmp_path / "e2e.db", "--format", "json")
    assert done.returncode == 0, done.stderr
    docs = {doc["lang"]: doc for doc in map(json.loads, done.stdout.splitlines())}
    toll = docs["ar"]
    assert len(toll["statements"]) == 2 and len(toll["articles"]) == 2
    assert toll["status"] == "single-source"
    # The director speaks for the monitor: one origin, the monitor.
    assert toll["origins"] == [{"name": "مرصد الحقوق المدنية", "kind": "organization"}]
    assert docs["en"]["origins"] == [{"name": "Omar Haddad", "kind": "person"}]
