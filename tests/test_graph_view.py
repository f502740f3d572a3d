"""The whole-store graph view in a real browser (issue 14, item 5): sources and claims, readable.

On the demo store and, when ``../shared`` is there, on a store of 589 real
news articles, Arabic and English (browser_support.real_news): articles are
folded into the edges (named on hover), nodes are sized by statements, only
the nodes that matter carry a label, readable at the fitted zoom and never on
top of another (measured in the page, as vis-network draws them), communities
are coloured and the physics stops once settled.
"""
from __future__ import annotations

import itertools

import pytest
from browser_support import CHROMIUM, SHARED, Browser, Server, demo_store, real_news_folders, real_store

from isnad.app.graph_view import LABEL_PX, LABELLED

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                "(apt-get install chromium; .ci/run installs it)")
READABLE_PX = 12  # the smallest label, in screen pixels, that the fitted view may draw


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


@pytest.fixture(scope="session")
def real(tmp_path_factory):
    """``isnad serve`` on the real articles of ../shared, ingested once a session (about 3 minutes)."""
    missing = [str(path) for path in real_news_folders() if not path.is_dir()]
    if missing:
        pytest.skip(f"the real news articles are not at {SHARED} (../shared beside the checkout): "
                    f"no {', '.join(missing)}")
    running = Server(real_store(tmp_path_factory.mktemp("real") / "real.db"))
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


def drawn_labels(page: Browser) -> list[dict]:
    """The labels vis-network draws now: their node, font in screen pixels and box in the page."""
    page.js("window.isnadNetwork.redraw()")
    page.pump(0.3)
    return page.js("""(() => {
        const n = window.isnadNetwork, scale = n.getScale();
        return Object.values(n.body.nodes).filter(node => node.labelModule.visible()).map(node => {
            const size = node.labelModule.size;
            const a = n.canvasToDOM({x: size.left, y: size.top});
            const b = n.canvasToDOM({x: size.left + size.width, y: size.top + size.height});
            return {id: node.id, label: node.options.label, px: node.labelModule.fontOptions.size * scale,
                    box: [a.x, a.y, b.x, b.y], rank: n.body.data.nodes.get(node.id).rank};
        });
    })()""")


def overlapping(labels: list[dict]) -> list[tuple[str, str]]:
    return [(a["label"], b["label"]) for a, b in itertools.combinations(labels, 2)
            if a["box"][0] < b["box"][2] and b["box"][0] < a["box"][2]
            and a["box"][1] < b["box"][3] and b["box"][1] < a["box"][3]]


def test_the_real_store_answers_who_said_what(browser, real):
    browser.goto(real.base + "/graph")
    assert browser.js("fetch('/api/overview').then(r => r.json()).then(o => o.counts.articles)") >= 500
    drawn = settled(browser)
    nodes = drawn["nodes"]
    assert len(nodes) > LABELLED and not [n for n in nodes if n["id"].startswith("article:")]
    assert {n["kind"] for n in nodes} >= {"claim", "person", "organization", "media"}
    said = [e for e in drawn["edges"] if e["title"].startswith("said")]
    assert said and all("· " in e["title"] for e in said)  # the articles, named on hover
    assert all(n["title"] for n in nodes)  # every name is on hover
    claims = sorted((n for n in nodes if n["kind"] == "claim"), key=lambda n: -n["value"])
    assert claims[0]["value"] > claims[-1]["value"]  # sized by statements
    colours = {n["color"] for n in nodes if n["kind"] != "claim"}
    assert len(colours) >= 6  # Louvain communities


def test_the_real_store_has_readable_labels_that_do_not_overlap(browser, real):
    browser.goto(real.base + "/graph")
    drawn = settled(browser)
    labels = drawn_labels(browser)
    by_id = {n["id"]: n for n in drawn["nodes"]}
    assert 15 <= len(labels) <= LABELLED, [l["label"] for l in labels]
    assert all(label["rank"] is not None for label in labels)  # only the nodes that matter
    assert LABEL_PX >= READABLE_PX and min(label["px"] for label in labels) >= READABLE_PX
    assert overlapping(labels) == []
    kinds = {by_id[label["id"]]["kind"] for label in labels}
    assert "claim" in kinds and kinds - {"claim"}, kinds  # who, and what they claimed
    biggest = max((n for n in drawn["nodes"] if n["kind"] != "claim"), key=lambda n: n["value"])
    assert biggest["id"] in {label["id"] for label in labels}
    # Zoomed out with the mouse wheel, fewer labels fit, still as readable and apart.
    box = browser.js("(() => { const r = document.querySelector('#network canvas')"
                     ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()")
    scale = browser.js("window.isnadNetwork.getScale()")
    for _ in range(4):
        browser.send("Input.dispatchMouseEvent", type="mouseWheel", x=box[0], y=box[1], deltaX=0, deltaY=120)
    browser.pump(0.8)
    assert browser.js("window.isnadNetwork.getScale()") < scale * 0.8
    zoomed = drawn_labels(browser)
    assert 0 < len(zoomed) < len(labels) and overlapping(zoomed) == []
    assert min(label["px"] for label in zoomed) >= READABLE_PX


def test_the_real_store_settles_and_stops(browser, real):
    browser.goto(real.base + "/graph")
    drawn = settled(browser)
    assert drawn["physics"] is False and drawn["drawn"] == len(drawn["nodes"])
    before = browser.js("window.isnadNetwork.getPositions()")
    browser.pump(1.5)
    assert browser.js("window.isnadNetwork.getPositions()") == before


def test_arabic_labels_read_right_to_left_cut_at_their_end(browser, real):
    browser.goto(real.base + "/graph")
    drawn = settled(browser)
    arabic = [n["label"] for n in drawn["nodes"] if n["label"].endswith("…\u200f")]
    assert len(arabic) >= 10, "few long Arabic labels in the view"
    # Each label drawn as the network's canvas draws it, beside its text without the cut laid
    # out right to left, both right-aligned: the right half (where Arabic begins, figures
    # included) is the same, and the "…" is the leftmost thing drawn.
    wrong = browser.js(f"""(() => {{
        const canvas = document.createElement('canvas'), ctx = canvas.getContext('2d');
        canvas.width = 800; canvas.height = 40;
        const network = window.isnadNetwork, some = Object.values(network.body.nodes)[0];
        ctx.font = '20px ' + some.labelModule.fontOptions.face;
        ctx.textAlign = 'right'; ctx.textBaseline = 'middle';
        const drawnAs = getComputedStyle(document.querySelector('#network canvas')).direction;
        const ink = (text, direction) => {{
            ctx.clearRect(0, 0, 800, 40); ctx.direction = direction; ctx.fillText(text, 790, 20);
            const alpha = ctx.getImageData(0, 0, 800, 40).data.filter((_, i) => i % 4 === 3);
            const columns = [...Array(800).keys()].filter(x =>
                [...Array(40).keys()].some(y => alpha[y * 800 + x]));
            return {{alpha, left: Math.min(...columns), right: Math.max(...columns)}};
        }};
        return {arabic!r}.filter(label => {{
            const whole = ink(label, drawnAs);
            const uncut = ink(label.replace(/[\u200f…]/g, ''), 'rtl');
            const middle = Math.round((uncut.left + uncut.right) / 2);
            for (let y = 0; y < 40; y++) for (let x = middle; x < 800; x++)
                if (whole.alpha[y * 800 + x] !== uncut.alpha[y * 800 + x]) return true;
            return !(whole.left < uncut.left - 4);
        }});
    }})()""")
    assert wrong == []
