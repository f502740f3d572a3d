"""The whole-store graph view in a real browser (issue 14, item 5): sources and claims, readable.

On the demo store and, when ``../shared`` is there, on a synthetic store of
500 articles (bench/corpus.py): articles are folded into the edges (named on
hover), nodes are sized by statements, only the nodes that matter carry a
readable label, communities are coloured and the physics stops once settled.
"""
from __future__ import annotations

import subprocess

import pytest

from bench.corpus import DEV, load_sources, write_corpus
from browser_support import CHROMIUM, SCRIPT, Browser, Server, demo_store

from isnad.app.graph_view import LABEL_SIZE, LABELLED

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                "(apt-get install chromium; .ci/run installs it)")
LARGE = 500


@pytest.fixture(scope="module")
def browser():
    opened = Browser(width=1400, height=900)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    running = Server(demo_store(tmp_path_factory.mktemp("demo") / "demo.db"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    if not DEV.is_dir():
        pytest.skip(f"the evaluation articles are not at {DEV} (../shared beside the checkout)")
    folder = tmp_path_factory.mktemp("large")
    corpus = write_corpus(folder / "corpus.jsonl", LARGE, load_sources())
    db = folder / "large.db"
    subprocess.run([str(SCRIPT), "ingest", str(corpus.path), "--db", str(db), "--no-progress"],
                   check=True, capture_output=True, timeout=1800)
    running = Server(db)
    yield running
    running.stop()


def settled(page: Browser) -> dict:
    """The network once settled: its nodes and edges as the page sent them, and what is drawn."""
    page.wait_js("document.querySelector('#network') && "
                 "document.querySelector('#network').dataset.ready === 'true'", timeout=120,
                 what="the network to settle")
    return page.js("""(() => {
        const sent = JSON.parse(document.getElementById('graph-data').textContent);
        const n = window.isnadNetwork;
        return {nodes: sent.nodes, edges: sent.edges, physics: n.physics.options.enabled,
                drawn: Object.keys(n.getPositions()).length};
    })()""")


def test_the_default_view_folds_articles_into_the_edges(browser, demo):
    browser.goto(demo.base + "/graph")
    drawn = settled(browser)
    assert drawn["nodes"] and not [n for n in drawn["nodes"] if n["id"].startswith("article:")]
    assert {n["kind"] for n in drawn["nodes"]} >= {"claim", "person", "organization"}
    said = [e for e in drawn["edges"] if e["title"].startswith("said")]
    assert said and all("· " in e["title"] for e in said)  # the articles, named on hover
    assert drawn["physics"] is False and drawn["drawn"] == len(drawn["nodes"])


def test_around_an_article_the_article_stays_a_node(browser, demo):
    browser.goto(demo.base + "/graph?node=article:demo-ar-nahar-toll")
    drawn = settled(browser)
    assert "article:demo-ar-nahar-toll" in {n["id"] for n in drawn["nodes"]}


def test_a_store_of_500_articles_is_drawn_readably(browser, large):
    browser.goto(large.base + "/graph")
    drawn = settled(browser)
    nodes = drawn["nodes"]
    assert len(nodes) > LABELLED and not [n for n in nodes if n["id"].startswith("article:")]
    readable = [n for n in nodes if n["font"]["size"] >= LABEL_SIZE]
    assert len(readable) == LABELLED
    weights = sorted((n["value"] for n in nodes), reverse=True)
    assert min(n["value"] for n in readable) >= weights[LABELLED - 1]  # the biggest are named
    assert all(n["title"] for n in nodes)  # every other name is on hover
    colours = {n["color"] for n in nodes if n["kind"] not in ("claim", "article")}
    assert len(colours) >= 3  # communities
    assert drawn["physics"] is False
    arabic = [n for n in nodes if n["label"].endswith("…\u200f")]
    assert arabic, "long Arabic labels end, as read, on the left"
