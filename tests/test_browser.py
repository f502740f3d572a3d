"""The explorer in a real browser: ``isnad serve`` on 127.0.0.1 and headless Chromium.

The store is the demo corpus (ingested by ``isnad ingest``) plus an article
whose speaker and claim are script injections. Every test checks that no
request left 127.0.0.1, no script of an article ran (no dialog opened) and
no Content-Security-Policy violation was reported.

``python -m bench.screenshots`` uses the same helpers to save docs/screenshots/.
"""
from __future__ import annotations

import pytest

from browser_support import (CHROMIUM, IMG, SCRIPT_TAG, Browser, Server, demo_store, offsite,
                             wait_until)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                "(apt-get install chromium; .ci/run installs it)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = demo_store(tmp_path_factory.mktemp("explorer") / "demo.db")
    running = Server(db)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    opened = Browser()
    yield opened
    opened.close()


@pytest.fixture
def page(browser, server):
    """The browser, its records cleared before the test and checked after it."""
    browser.requests.clear()
    browser.dialogs.clear()
    browser.console.clear()
    yield browser
    browser.pump(0.3)
    assert browser.requests, "the page made no request at all"
    assert offsite(browser.requests, server.base) == []
    assert browser.dialogs == [], "a script from an article ran"
    violations = [line for line in browser.console if "Content Security Policy" in line
                  or "Refused to" in line]
    assert violations == []


def node_point(page: Browser, node: str) -> tuple[float, float]:
    """Where ``node`` is drawn, in page coordinates."""
    point = page.js(f"""(() => {{
        const n = window.isnadNetwork, id = {node!r};
        const at = n.canvasToDOM(n.getPositions([id])[id]);
        const box = document.querySelector('#network canvas').getBoundingClientRect();
        return [box.left + at.x, box.top + at.y];
    }})()""")
    return point[0], point[1]


def graph_ready(page: Browser) -> int:
    page.wait_js("document.querySelector('#network') && "
                 "document.querySelector('#network').dataset.ready === 'true'", timeout=30,
                 what="the network to settle")
    return page.js("Object.keys(window.isnadNetwork.getPositions()).length")


def test_overview_lists_claims_that_need_attention(page, server):
    page.goto(server.base + "/")
    statuses = page.js("[...document.querySelectorAll('table.claims .badge')].map(b => b.textContent)")
    assert statuses[0] == "circular"
    assert {"circular", "anonymous-only", "single-source"} <= set(statuses)
    assert page.js("document.querySelectorAll('nav a').length") >= 6


def test_graph_page_draws_every_node_with_a_legend(page, server):
    page.goto(server.base + "/graph")
    drawn = graph_ready(page)
    embedded = page.js("JSON.parse(document.getElementById('graph-data').textContent).nodes.length")
    assert drawn == embedded > 20
    assert page.js("document.querySelector('#network canvas').width") > 300
    assert page.js("document.querySelectorAll('.legend li').length") >= 10
    assert "Showing all" in page.js("document.getElementById('view-note').textContent")


def test_graph_filters_and_a_small_limit_say_the_view_is_reduced(page, server):
    page.goto(server.base + "/graph?limit=10")
    assert graph_ready(page) == 10
    note = page.js("document.getElementById('view-note').textContent")
    assert "Reduced view" in note and "showing 10 of" in note
    page.goto(server.base + "/graph?lang=en&status=corroborated")
    graph_ready(page)
    kinds = page.js("window.isnadNetwork.body.data.nodes.get().filter(n => n.kind === 'claim').length")
    assert kinds >= 1


def test_clicking_a_node_opens_its_page(page, server):
    page.goto(server.base + "/graph?status=circular")
    graph_ready(page)
    claim = page.js("window.isnadNetwork.body.data.nodes.get().find(n => n.kind === 'claim').id")
    x, y = node_point(page, claim)
    start = len(page.events)
    page.click(x, y)
    page.wait_for_load(start)
    assert page.js("location.pathname") == "/claims/" + claim.split(":")[1]
    assert page.js("document.querySelector('.badge').textContent") == "circular"
    assert "traced back" in page.js("document.querySelector('.why').textContent")


def test_ego_view_around_a_source(page, server):
    page.goto(server.base + "/graph?node=entity:1&depth=1")
    shown = graph_ready(page)
    assert shown >= 2
    assert page.js("window.isnadNetwork.body.data.nodes.get('entity:1') !== null")


def test_arabic_article_is_right_to_left_with_highlights(page, server):
    page.goto(server.base + "/articles/demo-ar-nahar-toll")
    assert page.js("getComputedStyle(document.getElementById('article-text')).direction") == "rtl"
    counts = page.js("['claim', 'cue', 'speaker'].map(k => "
                     "document.querySelectorAll('#article-text mark.span-' + k).length)")
    assert all(count > 0 for count in counts), counts
    colours = page.js("['claim', 'cue', 'speaker'].map(k => getComputedStyle("
                      "document.querySelector('#article-text mark.span-' + k)).backgroundColor)")
    assert len(set(colours)) == 3
    links = page.js("[...document.querySelectorAll('.attributions a')].map(a => a.pathname)")
    assert any(link.startswith("/claims/") for link in links)
    assert any(link.startswith("/sources/") for link in links)


def test_source_page(page, server):
    page.goto(server.base + "/claims?status=corroborated")
    href = page.js("document.querySelector('table.claims a.party').getAttribute('href')")
    page.goto(server.base + href)
    assert page.js("document.querySelector('h1').textContent").strip()
    sections = page.js("[...document.querySelectorAll('h2')].map(h => h.textContent)")
    assert any("Co-sources" in s for s in sections) and any("Names" in s for s in sections)


def test_ingest_form_end_to_end(page, server):
    page.goto(server.base + "/ingest")
    text = ("Ferry service resumes in Lake Orvan\n\n"
            "The ferry between the fictional towns of Orvan and Pell will resume on Friday, "
            "harbour master Ilse Brandt told the Orvan Herald.")
    page.js(f"document.querySelector('textarea[name=text]').value = {text!r}")
    start = len(page.events)
    page.js("document.querySelector('#ingest-form button[type=submit]').click()")
    page.wait_for_load(start)
    assert page.js("location.pathname") == "/ingest"
    rows = page.js("[...document.querySelectorAll('#new-attributions tbody tr')].map(r => r.textContent)")
    assert any("Ilse Brandt" in row and "ferry" in row.lower() for row in rows), rows


def test_hostile_article_stays_text_everywhere(page, server):
    page.goto(server.base + "/articles/xss-article")
    assert IMG in page.js("document.getElementById('article-text').textContent")
    assert SCRIPT_TAG in page.js("document.getElementById('article-text').textContent")
    claim = page.js("document.querySelector('.attributions a[href^=\"/claims/\"]').getAttribute('href')")
    source = page.js("document.querySelector('.attributions a.party').getAttribute('href')")
    for path in ("/", "/claims", claim, source, "/sources", f"/graph?q={SCRIPT_TAG[:9]}",
                 "/graph?node=article:xss-article"):
        page.goto(server.base + path)
        assert page.js("document.querySelectorAll('img').length") == 0, path
        assert page.js("document.querySelectorAll('script:not([src]):not([type=\"application/json\"])')"
                       ".length") == 0, path
    # the graph: labels and the tooltip of the hostile source are text
    page.goto(server.base + "/graph?node=article:xss-article&depth=2")
    graph_ready(page)
    node = page.js(f"window.isnadNetwork.body.data.nodes.get().find(n => n.label && "
                   f"n.label.startsWith({IMG[:8]!r})).id")
    x, y = node_point(page, node)
    page.hover(x, y)
    tip = wait_until(lambda: page.js("(document.querySelector('div.vis-tooltip') || {}).textContent"),
                     timeout=10, what="the tooltip")
    assert IMG in tip
    assert page.js("document.querySelectorAll('div.vis-tooltip img').length") == 0
    page.pump(0.5)
    assert page.dialogs == []


def test_errors_are_pages_with_4xx(page, server):
    for path, status in (("/claims/999999", 404), ("/articles/nothing-here", 404),
                         ("/claims?status=bogus", 422), ("/graph?since=yesterday", 422)):
        start = len(page.events)
        page.goto(server.base + path)
        responses = [e["params"]["response"]["status"] for e in page.events[start:]
                     if e["method"] == "Network.responseReceived" and e["params"]["type"] == "Document"]
        assert responses and responses[-1] == status, (path, responses)
        assert page.js("document.querySelector('.card.error .message').textContent")
