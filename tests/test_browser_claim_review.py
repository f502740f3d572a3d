"""A claim's page in a real browser: its timeline, and merging or splitting it from the page.

``isnad serve --token`` on 127.0.0.1 over a store ingested by the real command from invented
articles, driven by headless Chromium.
"""
from __future__ import annotations

import json
import subprocess
import urllib.request

import pytest

from _store_support import write_articles
from browser_support import browser_page  # noqa: F401 - the fixture page
from browser_support import CHROMIUM, SCRIPT, Browser, Server, offsite
from test_browser_review import submit

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                "(apt-get install chromium; .ci/run installs it)")
TOKEN = "claim-review-token-8d2e61"
WORDING = "the old lighthouse at Port Selwyn will become a museum next spring"


def article(id_: str, date: str | None, outlet: str, title: str, sentence: str, lang: str = "en") -> dict:
    doc = {"id": id_, "lang": lang, "outlet": outlet, "title": title, "text": f"{title}\n\n{sentence}"}
    return {**doc, "date": date} if date else doc


# Stored in this order; by date the third comes first and the undated one last.
ARTICLES = [
    article("lamp-1", "2031-03-04", "Coastal Courier", "Lighthouse plan",
            f"The mayor Lina Haddad said {WORDING}."),
    article("lamp-3", None, "Night Wire", "Harbour <b>notes</b>",
            f"The harbour engineer Sami Noor told the Coastal Courier that {WORDING}."),
    article("lamp-0", "2031-03-01", "Selwyn Gazette", "Early word",
            f"Port spokesman Adel Kassem said {WORDING}."),
    article("lamp-2", "2031-03-06", "Valley Post", "Beacon tower",
            "Councillor Tomas Reyes said the disused beacon tower on the Selwyn shore is to be "
            "turned into a gallery of sailing history."),
    article("jisr-1", "2031-04-02", "صحيفة الوادي", "الجسر الجديد",
            "قال وزير النقل سامي حداد إن الجسر الجديد فوق نهر العاصي سيفتح في شهر أيار.", lang="ar"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("claim-review")
    db = folder / "store.db"
    subprocess.run([str(SCRIPT), "ingest", str(write_articles(folder / "articles", ARTICLES)),
                    "--db", str(db), "--no-progress"], check=True, capture_output=True, timeout=300)
    running = Server(db, token=TOKEN)
    yield running
    running.stop()


def api(server: Server, path: str):
    with urllib.request.urlopen(server.base + path, timeout=10) as answer:
        return json.load(answer)


def claim_with(server: Server, words: str) -> dict:
    return next(c for c in api(server, "/api/claims?per_page=100")["claims"] if words in c["text"])


def sign_in(page: Browser, server: Server) -> None:
    page.goto(server.base + "/unlock")
    if page.js("!!document.querySelector('#unlock-form')"):  # not entered yet in this browser
        page.js(f"document.querySelector('#unlock-form input[name=token]').value = {TOKEN!r}")
        submit(page, "#unlock-form")
    page.goto(server.base + "/review")
    page.js("document.querySelector('#reviewer-form input[name=name]').value = 'Hala Nasser'")
    assert submit(page, "#reviewer-form") == 200


def test_the_timeline_orders_statements_by_date_and_marks_the_first_appearance(page, server):
    claim = claim_with(server, "lighthouse")
    page.goto(f"{server.base}/claims/{claim['id']}")
    entries = page.js("""[...document.querySelectorAll('#timeline-entries li.timeline-entry')].map(li => ({
        date: li.dataset.date, first: li.classList.contains('first'),
        article: li.querySelector('.rule a').textContent,
        relays: [...li.querySelectorAll('.relays a, .relays span[dir]')].map(a => a.textContent)}))""")
    assert [e["date"] for e in entries] == ["2031-03-01", "2031-03-04", ""]
    assert [e["first"] for e in entries] == [True, False, False]
    assert entries[2]["article"] == "Harbour <b>notes</b>"  # the title as text, not markup
    assert entries[2]["relays"] == ["Sami Noor", "Coastal Courier", "Night Wire"]
    first = page.js("document.querySelector('#first-appearance').textContent")
    assert "2031-03-01" in first and "Early word" in first and "Adel Kassem" in first
    assert "after the dated ones" in page.js("document.querySelector('.timeline-gap').textContent")
    assert page.js("document.querySelectorAll('#timeline b').length") == 0

    arabic = claim_with(server, "الجسر")
    page.goto(f"{server.base}/claims/{arabic['id']}")
    assert page.js("document.querySelector('#timeline-entries .said span').getAttribute('dir')") == "rtl"
    assert offsite(page.requests, server.base) == []


def test_merge_from_the_claim_page_needs_the_token_and_changes_the_status(page, server):
    beacon, lighthouse = claim_with(server, "beacon"), claim_with(server, "lighthouse")
    assert beacon["status"] == "single-source"
    page.goto(f"{server.base}/claims/{beacon['id']}")
    similar = f"#review-claim li[data-claim='{lighthouse['id']}'] form.merge-similar"
    assert page.js(f"!!document.querySelector({similar!r})")  # offered as a similar claim
    page.js(f"document.querySelector('#merge-form input[name=with]').value = '{lighthouse['id']}'")
    assert submit(page, "#merge-form") == 401  # no token yet: refused, nothing changed
    assert api(server, f"/api/claims/{beacon['id']}")["status"] == "single-source"

    sign_in(page, server)
    page.goto(f"{server.base}/claims/{beacon['id']}")
    page.js(f"document.querySelector('#merge-form input[name=with]').value = '{lighthouse['id']}'")
    assert submit(page, "#merge-form") == 200
    shown = page.js("document.querySelector('.claim-head .badge').textContent")
    assert shown == api(server, f"/api/claims/{beacon['id']}")["status"] != "single-source"
    assert page.js("document.querySelectorAll('#claim-statements tbody tr').length") == 4
    assert "merge by Hala Nasser" in page.js("document.querySelector('#claim-last-action').textContent")

    assert submit(page, "#claim-undo-form") == 200
    assert api(server, f"/api/claims/{beacon['id']}")["status"] == "single-source"
    assert api(server, f"/api/claims/{lighthouse['id']}")["status"] == lighthouse["status"]

    page.goto(server.base + "/review/log")
    rows = page.js("""[...document.querySelectorAll('#review-log tbody tr')]
        .map(r => [r.dataset.action, r.classList.contains('undone'), r.cells[3].textContent])""")
    assert rows == [["merge", True, "Hala Nasser"]] * 4


def test_split_ticked_statements_off_from_the_claim_page(page, server):
    lighthouse = claim_with(server, "lighthouse")
    sign_in(page, server)
    page.goto(f"{server.base}/claims/{lighthouse['id']}")
    ids = page.js("""[...document.querySelectorAll('#claim-statements tbody tr')]
        .filter(tr => tr.textContent.includes('Sami Noor')).map(tr => tr.dataset.statement)""")
    assert len(ids) == 1
    page.js(f"document.querySelector(\"#claim-statements input[value='{ids[0]}']\").checked = true")
    assert submit(page, "#split-form") == 200
    new_claim = int(page.js("document.querySelector('#split-claim').textContent").split()[-1])
    assert new_claim != lighthouse["id"]
    assert [s["id"] for s in api(server, f"/api/claims/{new_claim}")["statements"]] == [int(ids[0])]
    assert api(server, f"/api/claims/{new_claim}")["status"] == "single-source"
    assert len(api(server, f"/api/claims/{lighthouse['id']}")["statements"]) == 2
    assert submit(page, "#claim-undo-form") == 200
    assert len(api(server, f"/api/claims/{lighthouse['id']}")["statements"]) == 3
