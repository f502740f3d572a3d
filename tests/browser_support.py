"""A real server and a real headless Chromium for the explorer's tests, driven over CDP.

Nothing is downloaded: Chromium is Debian's ``chromium`` (``.ci/run`` installs
it), started with background networking off and every host name but
127.0.0.1 unresolvable; the test talks to it through the Chrome DevTools
Protocol over a websocket (``websocket-client``). Every request a page makes
is recorded, so that a test can show none left 127.0.0.1.
"""
from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from isnad.graph import claims as clustering
from isnad.graph import schema

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"  # the real news articles, beside the checkout (never in it)
SCRIPT = Path(sys.executable).parent / "isnad"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

IMG = "<img src=x onerror=alert(1)>"
SCRIPT_TAG = "</script><script>alert(1)</script>"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process: subprocess.Popen) -> None:
    """End a server process: politely, then for good if it has not gone in 10 seconds."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_until(check, timeout: float = 20.0, every: float = 0.1, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(every)


# --- the store ---------------------------------------------------------------------------

def demo_store(path: Path) -> Path:
    """The demo corpus ingested by the real command, plus the XSS article."""
    subprocess.run([str(SCRIPT), "ingest", str(REPO / "data" / "demo"), "--db", str(path),
                    "--no-progress"], check=True, capture_output=True, text=True, timeout=300)
    add_hostile_article(path)
    return path


def real_news_folders() -> list[Path]:
    """Where the real articles of :func:`real_news` are: eval/dev, eval/train, corpus, PolNeAR's two."""
    eval_ = SHARED / "eval"
    return [eval_ / "dev", eval_ / "train", SHARED / "corpus", eval_ / "polnear-dev", eval_ / "polnear-train"]


def real_news() -> list[Path]:
    """The real articles of ../shared for a store of more than 500: folders and files to ingest.

    Every article of eval/dev, eval/train and corpus: 400 distinct, since
    eval/train holds 173 corpus articles, annotated (the same ids, stored once).
    To pass 500, PolNeAR's dev split (84 English political articles) and every
    eighth article of its train split, by name (105): 589 articles, 311 Arabic.
    """
    *folders, polnear_train = real_news_folders()
    return [*folders, *sorted(polnear_train.glob("*.json"))[::8]]


def real_store(path: Path) -> Path:
    """:func:`real_news` ingested by the real command, in one process.

    166 s on 2 cores (72 s for the first 400 articles, 94 s for the other 189);
    nearer 5 minutes on a machine busy with other work.
    """
    subprocess.run([str(SCRIPT), "ingest", *map(str, real_news()), "--db", str(path), "--no-progress"],
                   check=True, capture_output=True, text=True, timeout=1800)
    return path


def add_hostile_article(path: Path) -> dict:
    """An article whose speaker and claim are script injections, stored as ingest stores rows."""
    engine = create_engine(f"sqlite:///{path}")
    text = f"{IMG} said {SCRIPT_TAG}\n\n{IMG} said that {SCRIPT_TAG}."
    speaker_end = len(IMG)
    cue_start, cue_end = speaker_end + 1, speaker_end + 5
    claim_start = cue_end + 1
    now = datetime.now(UTC)
    with engine.begin() as conn:
        def entity(name: str, kind: str) -> int:
            return conn.execute(schema.entities.insert().values(
                name=name, kind=kind, key=name.lower())).inserted_primary_key[0]

        source = entity(IMG, "person")
        outlet = entity(SCRIPT_TAG, "media")
        publisher = entity(f"{IMG} Gazette", "media")
        conn.execute(schema.aliases.insert().values(entity_id=source, alias=IMG, key=IMG.lower(),
                                                    rule="name"))
        conn.execute(schema.articles.insert().values(
            id="xss-article", lang="en", title=f"{IMG} said {SCRIPT_TAG}", outlet=f"{IMG} Gazette",
            publisher_id=publisher, date="2031-04-01", text=text, content_hash="0" * 40,
            url=f"javascript:alert(1)//{SCRIPT_TAG}", extractor_version="test", ingested_at=now))
        statement = conn.execute(schema.statements.insert().values(
            article_id="xss-article", seq=1, claim_text=SCRIPT_TAG, claim_start=claim_start,
            claim_end=claim_start + len(SCRIPT_TAG), cue_text="said", cue_start=cue_start,
            cue_end=cue_end, speaker_text=IMG, speaker_start=0, speaker_end=speaker_end,
            entity_id=source, outlet_id=outlet, direct=False)).inserted_primary_key[0]
        clustering.update(conn, [statement])
        claim = conn.scalar(select(schema.statements.c.claim_id)
                            .where(schema.statements.c.id == statement))
    engine.dispose()
    return {"source": source, "outlet": outlet, "claim": claim, "article": "xss-article"}


# --- the server --------------------------------------------------------------------------

class Server:
    """``isnad serve`` in a subprocess on 127.0.0.1, on a free port."""

    def __init__(self, db: Path, token: str | None = None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [str(SCRIPT), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(self.port),
             *(["--token", token] if token else [])],
            stdout=self.log, stderr=subprocess.STDOUT)
        try:
            wait_until(self._answers, timeout=60, what=f"isnad serve on {self.base}")
        except TimeoutError:
            self.stop()
            raise

    def _answers(self) -> bool:
        if self.process.poll() is not None:
            self.log.seek(0)
            raise RuntimeError("isnad serve exited: " + self.log.read().decode(errors="replace"))
        try:
            with urllib.request.urlopen(self.base + "/static/isnad.css", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        stop(self.process)
        self.log.close()


# --- the browser -------------------------------------------------------------------------

class Browser:
    """One headless Chromium with one page, driven through the DevTools protocol."""

    def __init__(self, width: int = 1400, height: int = 900) -> None:
        import websocket  # websocket-client

        self.profile = tempfile.mkdtemp(prefix="isnad-chromium-")
        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-default-apps", "--disable-extensions", "--no-first-run",
             "--no-default-browser-check", "--metrics-recording-only", "--mute-audio",
             "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
             "--remote-debugging-port=0", "--remote-allow-origins=*",
             f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        wait_until(lambda: port_file.exists() and port_file.read_text().count("\n") >= 1,
                   timeout=30, what="Chromium's DevTools port")
        port = int(port_file.read_text().splitlines()[0])
        pages = wait_until(lambda: [t for t in self._targets(port) if t["type"] == "page"],
                           timeout=15, what="a Chromium page")
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30,
                                              suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.console: list[str] = []
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=False)

    @staticmethod
    def _targets(port: int) -> list[dict]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as response:
                return json.load(response)
        except OSError:
            return []

    # -- protocol --

    def send(self, method: str, **params) -> dict:
        self.next_id += 1
        mine = self.next_id
        self.ws.send(json.dumps({"id": mine, "method": method, "params": params}))
        while True:
            message = self._receive()
            if message.get("id") == mine:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def _receive(self, timeout: float | None = None) -> dict:
        if timeout is not None:
            self.ws.settimeout(timeout)
        try:
            message = json.loads(self.ws.recv())
        finally:
            if timeout is not None:
                self.ws.settimeout(30)
        if "method" in message:
            self._note(message)
        return message

    def _note(self, event: dict) -> None:
        self.events.append(event)
        method, params = event["method"], event.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            # Answered at once, or the page would hang; the test fails on self.dialogs.
            self.ws.send(json.dumps({"id": 10**9 + len(self.dialogs), "method": "Page.handleJavaScriptDialog",
                                     "params": {"accept": True}}))
        elif method == "Runtime.consoleAPICalled":
            self.console.append(" ".join(str(arg.get("value", arg.get("description", "")))
                                         for arg in params.get("args", [])))
        elif method == "Log.entryAdded":
            entry = params["entry"]
            self.console.append(f"{entry.get('level')}: {entry.get('text')}")
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.console.append("exception: " + details.get("exception", {}).get("description",
                                                                                  details.get("text", "")))

    def pump(self, seconds: float) -> None:
        """Read events for ``seconds``."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                self._receive(timeout=left)
            except Exception:  # noqa: BLE001 - a timeout: nothing more arrived
                return

    # -- pages --

    def goto(self, url: str, timeout: float = 30) -> None:
        start = len(self.events)
        self.send("Page.navigate", url=url)
        self.wait_for_load(start, timeout)

    def wait_for_load(self, start: int, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not any(e["method"] == "Page.loadEventFired" for e in self.events[start:]):
            if time.monotonic() > deadline:
                raise TimeoutError("page did not load")
            try:
                self._receive(timeout=max(0.05, deadline - time.monotonic()))
            except Exception:  # noqa: BLE001
                continue

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_js(self, expression: str, timeout: float = 20, what: str | None = None):
        deadline = time.monotonic() + timeout
        while True:
            value = self.js(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out waiting for {what or expression}")
            self.pump(0.1)

    def click(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        self.send("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left", clickCount=1)
        self.send("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left", clickCount=1)

    def hover(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def screenshot(self, path: Path, full_page: bool = False) -> None:
        params = {"format": "png"}
        if full_page:
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params.update(captureBeyondViewport=True, clip={
                "x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 2400), "scale": 1})
        data = self.send("Page.captureScreenshot", **params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except Exception:  # noqa: BLE001 - it may be gone already
            pass
        try:
            self.ws.close()
        except Exception:  # noqa: BLE001
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def offsite(urls: list[str], base: str) -> list[str]:
    """The requests that went anywhere but the test server (data: URLs stay in the page)."""
    return [url for url in urls if not (url.startswith(base + "/") or url == base
                                        or url.startswith(("data:", "blob:", "about:")))]


__all__ = ["Browser", "Server", "CHROMIUM", "IMG", "SCRIPT_TAG", "SHARED", "demo_store", "offsite",
           "real_news", "real_news_folders", "real_store", "wait_until"]


@pytest.fixture(scope="module", name="page")
def browser_page():
    """One headless Chromium for a test module (the fixture ``page``)."""
    opened = Browser()
    yield opened
    opened.close()
