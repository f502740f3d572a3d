"""Exports: GEXF and GraphML read back to the same graph; node-link JSON; CSV tables; the command."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from sqlalchemy import create_engine

from isnad.graph import export
from isnad.graph.build import build

from claim_stories import Story, agency_story, bilingual_story, circular_story, new_engine

SCRIPT = Path(sys.executable).parent / "isnad"


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "store.db"
    with new_engine(path).begin() as conn:
        story = Story(conn)
        for tell in (circular_story, agency_story, bilingual_story):
            tell(story)
        story.cluster()
    return path


@pytest.fixture
def graph(store_path):
    engine = create_engine(f"sqlite:///{store_path}")
    yield build(engine)
    engine.dispose()


def _edges(graph: nx.MultiDiGraph, drop: tuple[str, ...] = ()) -> list:
    return sorted((u, v, k, tuple(sorted((name, value) for name, value in d.items()
                                         if name not in drop)))
                  for u, v, k, d in graph.edges(keys=True, data=True))


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_gexf_and_graphml_read_back_without_loss(graph, tmp_path, fmt):
    path = tmp_path / f"graph.{fmt}"
    export.write(graph, fmt, path)
    back = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    assert isinstance(back, nx.MultiDiGraph)
    assert {n: dict(d) for n, d in back.nodes(data=True)} == {n: dict(d) for n, d in graph.nodes(data=True)}
    # GEXF gives every edge an id of its own; nothing else may differ.
    assert _edges(back, drop=("id",)) == _edges(graph)
    if fmt == "graphml":
        assert back.graph["total_nodes"] == graph.number_of_nodes()


def test_node_link_json_reads_back(graph, tmp_path):
    path = tmp_path / "graph.json"
    export.write(graph, "json", path)
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert {n: dict(d) for n, d in back.nodes(data=True)} == {n: dict(d) for n, d in graph.nodes(data=True)}
    assert _edges(back) == _edges(graph)


def test_csv_of_claims_and_statements(graph, tmp_path):
    claims_path, statements_path = export.write(graph, "csv", tmp_path / "tables")
    with claims_path.open(encoding="utf-8-sig") as rows:
        claims = list(csv.DictReader(rows))
    with statements_path.open(encoding="utf-8-sig") as rows:
        statements = list(csv.DictReader(rows))
    assert len(claims) == 3 and len(statements) == 7
    circular = next(row for row in claims if row["status"] == "circular")
    assert circular["statements"] == "3" and "وادي النسور" in circular["text"]
    relayed = next(row for row in statements if row["outlet"])
    assert relayed["outlet"] == "وكالة الأنباء الوطنية"


def test_isnad_export_writes_the_file_and_reports_a_bad_path_in_one_line(store_path, tmp_path):
    out = tmp_path / "graph.gexf"
    done = subprocess.run([SCRIPT, "export", "--db", store_path, "--format", "gexf", "-o", out],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stderr
    assert nx.read_gexf(out).number_of_nodes() > 0
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    done = subprocess.run([SCRIPT, "export", "--db", store_path, "--format", "graphml",
                           "-o", blocked / "graph.graphml"],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 1
    assert done.stderr.startswith("isnad: error: cannot write") and "Traceback" not in done.stderr
