"""The review queue in a real browser: ``isnad serve --token`` on 127.0.0.1 and headless Chromium.

Open the queue, see that a change without the token is refused, enter the token and a
name, correct a source and see the claim's status change, undo and see it restored.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from browser_support import browser_page  # noqa: F401 - the fixture page
from browser_support import CHROMIUM, IMG, SCRIPT_TAG, Browser, Server, demo_store, offsite

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                "(apt-get install chromium; .ci/run installs it)")
TOKEN = "review-test-token-5f1c9a"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    running = Server(demo_store(tmp_path_factory.mktemp("review") / "demo.db"), token=TOKEN)
    yield running
    running.stop()


def submit(page: Browser, selector: str) -> int:
    """Submit the form ``selector`` and wait for the page it leads to; that page's HTTP status."""
    start = len(page.events)
    page.js(f"document.querySelector({selector!r}).requestSubmit()")
    page.wait_for_load(start)
    statuses = [e["params"]["response"]["status"] for e in page.events[start:]
                if e["method"] == "Network.responseReceived" and e["params"]["type"] == "Document"]
    return statuses[-1]


def claim_status(server: Server, claim_id: int) -> str:
    with urllib.request.urlopen(f"{server.base}/api/claims/{claim_id}", timeout=10) as answer:
        return json.load(answer)["status"]


def anonymous_entry(page: Browser) -> dict:
    return page.js("""(() => {
        const li = [...document.querySelectorAll('#review-queue li[data-statement]')]
            .find(li => li.querySelector('.status-anonymous-only'));
        return {statement: li.dataset.statement, claim: Number(li.dataset.claim),
                marks: li.querySelectorAll('mark.span-claim, mark.span-cue').length};
    })()""")


def test_correct_a_source_see_the_status_change_and_undo_it(page, server):
    page.goto(server.base + "/review")
    first = page.js("document.querySelector('#review-queue li[data-statement] .badge').textContent")
    assert first == "circular"  # the claims that warn come first
    entry = anonymous_entry(page)
    assert entry["marks"] == 2  # the claim and the cue highlighted in the sentence
    assert claim_status(server, entry["claim"]) == "anonymous-only"
    correct = f"li[data-statement='{entry['statement']}'] .correct-form"

    # Without the token, the change is refused and nothing moves.
    page.js(f"document.querySelector({correct!r} + ' input[name=source]').value = 'Rami Saleh'")
    assert submit(page, correct) == 401
    assert claim_status(server, entry["claim"]) == "anonymous-only"

    page.goto(server.base + "/unlock")
    page.js(f"document.querySelector('#unlock-form input[name=token]').value = {TOKEN!r}")
    submit(page, "#unlock-form")
    page.goto(server.base + "/review")
    page.js("document.querySelector('#reviewer-form input[name=name]').value = 'Hala Nasser'")
    assert submit(page, "#reviewer-form") == 200

    page.js(f"document.querySelector({correct!r} + ' input[name=source]').value = 'Rami Saleh'")
    page.js(f"document.querySelector({correct!r} + ' select[name=kind]').value = 'person'")
    assert submit(page, correct) == 200
    shown = page.js(f"document.querySelector(\"#last-action li[data-claim='{entry['claim']}'] .badge\")"
                    ".textContent")
    assert shown == "single-source" == claim_status(server, entry["claim"])
    assert "Hala Nasser" in page.js("document.querySelector('#review-log tbody tr').textContent")

    assert submit(page, "#undo-form") == 200
    shown = page.js(f"document.querySelector(\"#last-action li[data-claim='{entry['claim']}'] .badge\")"
                    ".textContent")
    assert shown == "anonymous-only" == claim_status(server, entry["claim"])
    assert page.js(f"!!document.querySelector(\"#review-queue li[data-statement='{entry['statement']}']\")")
    assert "(undone)" in page.js("document.querySelector('#review-log tbody tr').textContent")
    assert offsite(page.requests, server.base) == []
    assert page.dialogs == []


def test_the_api_refuses_a_change_without_the_token(server):
    request = urllib.request.Request(f"{server.base}/api/review/1/confirm", method="POST",
                                     data=b"{}", headers={"content-type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 401
    with_token = urllib.request.Request(f"{server.base}/api/review/1/confirm", method="POST",
                                        data=json.dumps({"by": "Samir"}).encode(),
                                        headers={"content-type": "application/json",
                                                 "authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(with_token, timeout=10) as answer:
        done = json.load(answer)
    assert done["after"]["review"] == "confirmed"
    with urllib.request.urlopen(f"{server.base}/api/review/log", timeout=10) as answer:
        assert json.load(answer)["reviews"][0]["by"] == "Samir"
    undo = urllib.request.Request(f"{server.base}/api/review/undo", method="POST",
                                  data=json.dumps({"by": "Samir"}).encode(),
                                  headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json"})
    with urllib.request.urlopen(undo, timeout=10) as answer:
        assert json.load(answer)["after"]["review"] == "unreviewed"


def test_article_strings_stay_text_in_the_queue(page, server):
    page.goto(server.base + "/review?limit=500")
    sentences = page.js("[...document.querySelectorAll('#review-queue blockquote')].map(b => b.textContent)")
    assert any(IMG in sentence and SCRIPT_TAG in sentence for sentence in sentences)
    sources = page.js("[...document.querySelectorAll('#review-queue .source')].map(b => b.textContent)")
    assert IMG in sources
    assert page.js("document.querySelectorAll('#review-queue img').length") == 0
    assert page.dialogs == []
