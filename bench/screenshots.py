"""Screenshots of the explorer for README: docs/screenshots/*.png from the demo store.

Ingests data/demo/ into a fresh store with ``isnad ingest``, serves it with
``isnad serve`` on 127.0.0.1 and photographs each page in headless Chromium
(the browser tests' helpers, no network). With ``../shared`` beside the
checkout, the whole-store graph view is also photographed, at 1400×900, on a
store of the real news articles there (589, Arabic and English:
``browser_support.real_news``), as graph-store.png:

    python -m bench.screenshots                 # all
    python -m bench.screenshots --demo-only     # the demo store's pages only (a minute, not four)
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser_support import (REPO, SCRIPT, SHARED, Browser, Server, real_news_folders,  # noqa: E402
                             real_store)

OUT = REPO / "docs" / "screenshots"
READY = "document.querySelector('#network').dataset.ready === 'true'"


def main(argv: list[str] | None = None) -> int:
    demo_only = "--demo-only" in (sys.argv[1:] if argv is None else argv)
    db = Path(tempfile.mkdtemp(prefix="isnad-shots-")) / "demo.db"
    subprocess.run([str(SCRIPT), "ingest", str(REPO / "data" / "demo"), "--db", str(db), "--no-progress"],
                   check=True)
    server = Server(db)
    browser = Browser(width=1400, height=900)
    try:
        def shot(name: str, path: str, ready: str | None = None, full_page: bool = False) -> None:
            browser.goto(server.base + path)
            if ready:
                browser.wait_js(ready, timeout=30)
            browser.pump(0.5)
            browser.screenshot(OUT / f"{name}.png", full_page=full_page)
            print("wrote", OUT / f"{name}.png")

        shot("overview", "/")
        shot("graph", "/graph", READY)
        shot("article-ar", "/articles/demo-ar-nahar-toll")
        circular = browser.js("fetch('/api/claims?status=circular').then(r => r.json())"
                              ".then(d => d.claims[0].id)")
        shot("claim", f"/claims/{circular}")
        source = browser.js(f"fetch('/api/claims/{circular}').then(r => r.json())"
                            ".then(d => d.origins[0].id)")
        shot("source", f"/sources/{source}")
        shot("ingest", "/ingest")
        # The review queue after one correction, so that its result and the log show too.
        done = browser.js("""fetch('/api/review/queue?limit=100').then(r => r.json()).then(d => {
            const entry = d.entries.find(e => e.claim && e.claim.status === 'anonymous-only');
            return fetch(`/api/review/${entry.statement}/correct`, {method: 'POST',
                headers: {'content-type': 'application/json'},
                body: JSON.stringify({source: 'Rami Saleh', kind: 'person', by: 'Hala Nasser'})});
        }).then(r => r.json()).then(d => d.review)""")
        shot("review", f"/review?done={done}")
        # A claim's timeline: the claim told in the most dated articles.
        busiest = browser.js("""fetch('/api/claims?per_page=100').then(r => r.json())
            .then(d => Promise.all(d.claims.map(c => fetch(`/api/claims/${c.id}`).then(r => r.json()))))
            .then(all => all.map(c => [new Set(c.timeline.entries.filter(e => e.dated)
                                                .map(e => e.article.id)).size, -c.id, c.id])
                            .sort((a, b) => b[0] - a[0] || b[1] - a[1])[0][2])""")
        shot("claim-timeline", f"/claims/{busiest}#timeline")
        shot("review-log", "/review/log")
        outside = [url for url in browser.requests if not url.startswith((server.base, "data:", "about:"))]
        assert not outside, outside
    finally:
        browser.close()
        server.stop()
    if demo_only:
        print("no graph-store.png: --demo-only")
    elif all(path.is_dir() for path in real_news_folders()):
        real_graph()
    else:
        print(f"no graph-store.png: the real news articles are not at {SHARED}")
    return 0


def real_graph() -> None:
    """The default graph view of a store of the real news articles of ../shared."""
    db = real_store(Path(tempfile.mkdtemp(prefix="isnad-shots-real-")) / "real.db")
    server = Server(db)
    browser = Browser(width=1400, height=900)
    try:
        browser.goto(server.base + "/graph")
        browser.wait_js(READY, timeout=120)
        browser.pump(0.5)
        browser.screenshot(OUT / "graph-store.png")
        labels = browser.js("document.querySelector('#network').dataset.labels")
        print("wrote", OUT / "graph-store.png", f"({labels} labels)")
    finally:
        browser.close()
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
