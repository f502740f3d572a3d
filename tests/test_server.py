"""The explorer's HTTP surface without a browser: the JSON API, 4xx answers, safety headers.

The browser tests (test_browser.py) drive the real server; these use
FastAPI's TestClient over the same app for the many small cases.
"""
from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from fastapi.testclient import TestClient

from browser_support import IMG, REPO, SCRIPT, SCRIPT_TAG, demo_store

from isnad.app.server import CONTENT_SECURITY_POLICY, create_app
from isnad.app.web import script_json
from isnad.graph.build import build


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = demo_store(tmp_path_factory.mktemp("server") / "demo.db")
    app = create_app(str(db), max_upload=64 * 1024)
    with TestClient(app) as test_client:
        yield test_client


def test_demo_shows_every_status(client):
    counts = client.get("/api/overview").json()["counts"]["claims_by_status"]
    assert all(counts[status] >= 1 for status in
               ("single-source", "anonymous-only", "corroborated", "circular")), counts


@pytest.mark.parametrize("path", ["/", "/graph", "/claims", "/sources", "/ingest", "/docs",
                                  "/articles/demo-ar-nahar-toll", "/api/overview", "/api/claims",
                                  "/api/graph", "/api/sources", "/openapi.json"])
def test_pages_answer_with_the_security_policy(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "https://" not in response.text.replace("https://github.com", "")


def test_api_mirrors_the_pages(client):
    claims = client.get("/api/claims?status=circular").json()
    assert claims["total"] >= 1
    claim = client.get(f"/api/claims/{claims['claims'][0]['id']}").json()
    assert claim["status"] == "circular" and claim["chains"] and claim["statements"]
    source_id = claim["statements"][0]["source"]["id"]
    source = client.get(f"/api/sources/{source_id}").json()
    assert source["statements"] and "co_sources" in source and "aliases" in source
    article = client.get(f"/api/articles/{claim['statements'][0]['article']['id']}").json()
    assert article["direction"] == "rtl"
    assert {"claim", "cue", "speaker"} <= {k for seg in article["segments"] for k in seg["kinds"]}
    graph = client.get("/api/graph?limit=10").json()
    assert graph["shown_nodes"] == 10 and graph["reduced"] and graph["total_nodes"] > 10
    ego = client.get(f"/api/graph?node=claim:{claim['id']}&depth=2").json()
    assert f"claim:{claim['id']}" in {node["id"] for node in ego["network"]["nodes"]}


def test_claims_sort_and_page(client):
    by_count = client.get("/api/claims?sort=statements&order=desc&per_page=5").json()
    counts = [claim["statements"] for claim in by_count["claims"]]
    assert counts == sorted(counts, reverse=True) and len(counts) == 5
    second = client.get("/api/claims?sort=statements&order=desc&per_page=5&page=2").json()
    assert not {c["id"] for c in second["claims"]} & {c["id"] for c in by_count["claims"]}


@pytest.mark.parametrize("fmt,check", [
    ("gexf", lambda body: body.startswith(b"<?xml") and b"gexf" in body[:400]),
    ("graphml", lambda body: b"graphml" in body[:400]),
    ("json", lambda body: "nodes" in json.loads(body)),
    ("csv", lambda body: set(zipfile.ZipFile(io.BytesIO(body)).namelist()) == {"claims.csv", "statements.csv"}),
    ("claimreview", lambda body: {r["@type"] for r in json.loads(body)} == {"ClaimReview"}),
])
def test_exports_whole_store_and_filtered(client, fmt, check):
    whole = client.get(f"/api/export/{fmt}")
    assert whole.status_code == 200 and check(whole.content)
    assert "attachment" in whole.headers["content-disposition"]
    filtered = client.get(f"/api/export/{fmt}?lang=en")
    assert filtered.status_code == 200 and len(filtered.content) < len(whole.content)


@pytest.mark.parametrize("method,path,status", [
    ("get", "/claims/999999", 404), ("get", "/api/claims/999999", 404), ("get", "/sources/999999", 404),
    ("get", "/api/articles/no-such-article", 404), ("get", "/no/such/page", 404),
    ("get", "/claims/abc", 422), ("get", "/api/claims?status=bogus", 422),
    ("get", "/api/claims?page=0", 422), ("get", "/api/claims?since=yesterday", 422),
    ("get", "/api/graph?node=nonsense", 422), ("get", "/api/graph?depth=99", 422),
    ("get", "/api/graph?node=entity:999999", 404), ("get", "/api/export/pdf", 422),
    ("post", "/claims", 405), ("delete", "/api/claims/1", 405), ("put", "/", 405),
    ("get", "/api/ingest", 405),
])
def test_bad_requests_get_readable_4xx(client, method, path, status):
    response = getattr(client, method)(path)
    assert response.status_code == status, response.text
    if path.startswith("/api/"):
        assert response.json()["error"]
    else:
        assert "<h1>" in response.text and str(status) in response.text


def test_uploads_are_checked(client):
    assert client.post("/api/ingest", files={"files": ("a.pdf", b"%PDF-1.4")}).status_code == 415
    binary = client.post("/api/ingest", files={"files": ("a.txt", b"\x00\x01\x02binary")})
    assert binary.status_code == 415 and "binary" in binary.json()["error"]
    big = client.post("/api/ingest", files={"files": ("big.txt", b"word " * 20_000)})
    assert big.status_code == 413 and "larger than 64 KB" in big.json()["error"]
    assert client.post("/api/ingest", data={"text": "  "}).status_code == 400
    assert client.post("/api/ingest", json={"text": "x"}).status_code == 415
    page = client.post("/ingest", files={"files": ("big.txt", b"word " * 20_000)})
    assert page.status_code == 413 and "larger than" in page.text


def test_ingest_returns_the_new_attributions(client):
    text = "Dock strike ends in Port Selin\n\nThe strike at the fictional Port Selin ended on Tuesday, union leader Mara Voss said."
    response = client.post("/api/ingest", data={"text": text, "outlet": "The Selin Post"})
    assert response.status_code == 200
    result = response.json()
    assert result["summary"]["articles"] == 1
    assert any(a["source"]["name"] == "Mara Voss" for a in result["attributions"])
    upload = client.post("/api/ingest", files={"files": ("one.json", json.dumps(
        {"id": "upload-1", "text": "قال الوزير سمير خليل إن الجسر سيفتح في أيار.", "outlet": "صحيفة الصباح"},
        ensure_ascii=False).encode())})
    assert upload.status_code == 200 and upload.json()["articles"][0]["lang"] == "ar"


def test_hostile_strings_are_escaped_in_html_and_embedded_json(client):
    for path in ("/articles/xss-article", "/claims?q=script", "/graph?node=article:xss-article&depth=2",
                 "/sources?q=img", "/"):
        html = client.get(path).text
        assert IMG not in html and SCRIPT_TAG not in html, path
        assert "<img" not in html and "alert(1)</script>" not in html, path
    embedded = script_json({"a": SCRIPT_TAG, "b": IMG, "c": "\u2028&"})
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    assert json.loads(str(embedded)) == {"a": SCRIPT_TAG, "b": IMG, "c": "\u2028&"}


def test_the_graph_shows_the_nodes_drawn_and_the_nodes_of_the_whole_store(client):
    whole = build(client.app.state.store).number_of_nodes()
    views = {path: client.get(path).json() for path in
             ("/api/graph?limit=10", "/api/graph?lang=ar", "/api/graph?node=article:xss-article")}
    for path, view in views.items():
        assert view["store_nodes"] == whole, path
        assert len(view["network"]["nodes"]) == view["shown_nodes"] <= view["total_nodes"] <= whole, path
    assert views["/api/graph?limit=10"]["shown_nodes"] == 10
    assert views["/api/graph?lang=ar"]["total_nodes"] < whole
    note = client.get("/graph?lang=ar&limit=10").text
    assert "showing 10 of" in note and f"The whole store's graph has {whole} nodes." in note


# --- statements waiting for isnad cluster ---------------------------------------------

def isnad(*args: str) -> None:
    done = subprocess.run([str(SCRIPT), *args, "--no-progress"], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr


def test_statements_waiting_for_their_claim_are_announced_until_isnad_cluster(tmp_path):
    db = tmp_path / "deferred.db"
    isnad("ingest", str(REPO / "data" / "demo" / "bridge-collapse.json"),
          str(REPO / "data" / "demo" / "dam-courier.json"), "--db", str(db), "--defer-claims")
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    assert stored > 1
    with TestClient(create_app(str(db))) as client:
        assert client.get("/api/overview").json()["unclaimed_statements"] == stored
        assert client.get("/api/claims").json()["unclaimed_statements"] == stored
        notice = f"{stored} statements are waiting for their claim: run <code>isnad cluster</code>."
        for path in ("/", "/claims"):
            assert notice in client.get(path).text, path
        isnad("cluster", "--db", str(db))  # another process: the running explorer must notice
        assert client.get("/api/overview").json()["unclaimed_statements"] == 0
        assert client.get("/api/claims").json()["unclaimed_statements"] == 0
        for path in ("/", "/claims"):
            page = client.get(path).text
            assert 'id="unclaimed"' not in page and "waiting for" not in page, path


# --- the benchmark of the graph and the pages -----------------------------------------

def test_the_benchmark_times_the_graph_and_the_pages_at_two_store_sizes(tmp_path):
    figures = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, "-m", "bench", "--quick", "--only", "graph",
                           "--json", str(figures)], capture_output=True, text=True, cwd=REPO,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "GRAPH" in done.stdout and "PAGES" in done.stdout
    written = json.loads(figures.read_text(encoding="utf-8"))
    assert written["sections"] == ["graph"] and "ingest" not in written
    small, large = written["graph"]
    assert (small["statements"], large["statements"]) == (1_000, 10_000)
    assert small["vs_previous"] is None and large["vs_previous"]["build_seconds"] > 0
    assert large["build"]["nodes"] > small["build"]["nodes"] > 0 and large["build"]["edges"] > 0
    pages = {page["name"]: page for page in large["pages"]}
    assert {"overview /", "API /api/claims", "graph page /graph", "graph page, filtered"} <= set(pages)
    assert all(page["median_ms"] > 0 and page["vs_previous"]["median_ms"] > 0
               for page in pages.values())
