"""The explorer under attack: fuzzed API, path traversal, CSP, loopback binding, the token.

- schemathesis generates requests from the app's own OpenAPI document
  (``/openapi.json``) and checks every answer: never a 5xx, only documented
  statuses and content types, bodies that match their schema, and the
  Content-Security-Policy on each;
- request parameters that name a file or an id never reach a file outside
  ``app/static`` or the store (raw paths are sent with http.client to a real
  ``isnad serve``, since HTTP clients tidy up ``..`` themselves);
- every page, error page and /docs carries the CSP, has no inline script and
  refers to no other host;
- ``isnad serve`` listens on 127.0.0.1 by default and warns when told to
  listen elsewhere; ``--token``/``ISNAD_TOKEN`` guards every state-changing
  request while reading stays open.

The store is small: two articles written here, ingested by ``isnad ingest``,
plus the script-injection article of browser_support.
"""
from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from browser_support import (IMG, SCRIPT, SCRIPT_TAG, add_hostile_article, free_port, stop,
                             wait_until)

from isnad.app import serve_commands
from isnad.app.server import CONTENT_SECURITY_POLICY, LOOPBACK_HOSTS, TOKEN_COOKIE, create_app

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the test extra")
from hypothesis import HealthCheck, settings  # noqa: E402  (after the skip above)

TOKEN = "t0ken-for-the-tests-" + "x" * 12
ARTICLES = {
    "harbour.json": {"id": "sec-harbour", "lang": "en", "outlet": "The Selin Post", "date": "2031-05-02",
                     "title": "Harbour of Port Selin reopens",
                     "text": "Harbour of Port Selin reopens\n\nThe harbour of the fictional Port Selin reopened "
                             "on Monday, harbour master Ilse Brandt told The Selin Post. \"Ships are moving "
                             "again,\" she said. An official who asked not to be named said repairs cost "
                             "two million."},
    "bridge.json": {"id": "sec-bridge", "lang": "ar", "outlet": "صحيفة الصباح", "date": "2031-05-03",
                    "title": "افتتاح جسر وادي النور",
                    "text": "افتتاح جسر وادي النور\n\nقال وزير النقل سمير خليل إن جسر وادي النور سيفتح "
                            "في أيار. وأكد مصدر مطلع لـ\"صحيفة الصباح\" أن الأعمال انتهت."},
}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("security")
    articles = folder / "articles"
    articles.mkdir()
    for name, article in ARTICLES.items():
        (articles / name).write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    path = folder / "store.db"
    subprocess.run([str(SCRIPT), "ingest", str(articles), "--db", str(path), "--no-progress"],
                   check=True, capture_output=True, text=True, timeout=300)
    add_hostile_article(path)
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(str(db), max_upload=64 * 1024)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def guarded(db):
    """The same store behind a token and the loopback Host check, as ``isnad serve --token`` runs it."""
    app = create_app(str(db), max_upload=64 * 1024, token=TOKEN, allowed_hosts=LOOPBACK_HOSTS)
    with TestClient(app, base_url="http://127.0.0.1:8000") as test_client:
        yield test_client


# --- schemathesis over /openapi.json ------------------------------------------------------

@pytest.fixture(scope="module")
def api_schema(db):
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(str(db), max_upload=64 * 1024))


OPERATIONS = ["GET /api/overview", "GET /api/claims", "GET /api/claims/{claim_id}",
              "GET /api/articles/{article_id}", "GET /api/sources", "GET /api/sources/{entity_id}",
              "GET /api/graph", "POST /api/ingest", "GET /api/export/{fmt}",
              "GET /api/review/queue", "GET /api/review/log", "POST /api/review/undo",
              "POST /api/review/{statement_id}/{action}", "POST /api/review/claims/{claim_id}/merge",
              "POST /api/review/claims/{claim_id}/split"]
FUZZ_EXAMPLES = int(os.environ.get("ISNAD_FUZZ_EXAMPLES", "40"))  # per operation and mode; more: a longer hunt
FUZZ_COUNT: dict[str, int] = {}  # requests sent, by operation and mode (printed with -s)


def security_policy_on_every_answer(ctx, response, case):
    """schemathesis check: the Content-Security-Policy is on every answer, errors too."""
    policy = response.headers.get("content-security-policy")
    assert policy in (CONTENT_SECURITY_POLICY, [CONTENT_SECURITY_POLICY]), f"no Content-Security-Policy: {policy}"


def _checks() -> list:
    from schemathesis.checks import not_a_server_error
    from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                                   status_code_conformance)

    return [not_a_server_error, status_code_conformance, content_type_conformance,
            response_schema_conformance, schemathesis.check(security_policy_on_every_answer)]


CHECKS = _checks()


def test_fuzzing_covers_every_operation(api_schema):
    assert sorted(result.ok().label for result in api_schema.get_all_operations()) == sorted(OPERATIONS)


UNBREAKABLE = {"GET /api/overview", "GET /api/articles/{article_id}"}  # no parameter the schema constrains


@pytest.mark.parametrize("label,mode", [(label, mode) for mode in ("positive", "negative") for label in OPERATIONS
                                        if mode == "positive" or label not in UNBREAKABLE])
def test_api_fuzzed_from_its_openapi_schema(api_schema, label, mode):
    """No generated request gets a 5xx, an undocumented status or content type, or a body off-schema.

    Positive: requests the schema allows; negative: requests it forbids (wrong
    types, patterns, ranges, missing parts), which must get a documented 4xx.
    """
    from hypothesis import given
    from schemathesis import GenerationMode

    operation = api_schema.find_operation_by_label(label)
    strategy = operation.as_strategy(GenerationMode.POSITIVE if mode == "positive" else GenerationMode.NEGATIVE)
    examples = FUZZ_EXAMPLES // 3 if operation.method.upper() == "POST" else FUZZ_EXAMPLES  # ingest runs the NLP

    @given(case=strategy)
    @settings(max_examples=examples, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        FUZZ_COUNT[f"{label} {mode}"] = FUZZ_COUNT.get(f"{label} {mode}", 0) + 1
        case.call_and_validate(checks=CHECKS)

    run()
    print(f"\nschemathesis {label} {mode}: {FUZZ_COUNT.get(f'{label} {mode}', 0)} requests", file=sys.stderr)


def test_openapi_documents_every_error_status(client):
    spec = client.get("/openapi.json").json()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            assert {"400", "422", "503"} <= set(operation["responses"]), (method, path)
            assert "security" not in operation  # no token: nothing asks for one
    assert {"401", "403", "413", "415"} <= set(spec["paths"]["/api/ingest"]["post"]["responses"])


def test_docs_offer_choices_as_lists_not_regular_expressions(client):
    # a user reading /docs picks a status from a list; a pattern such as ^(a|b)?$ tells them nothing
    spec = client.get("/openapi.json").text
    assert '"pattern"' not in spec
    status = next(p for p in client.get("/openapi.json").json()["paths"]["/api/claims"]["get"]["parameters"]
                  if p["name"] == "status")
    assert "corroborated?" in status["schema"]["anyOf"][0]["enum"]


# --- path traversal ------------------------------------------------------------------------

TRAVERSAL_IDS = ["../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                 "%252e%252e%252fetc%252fpasswd", "/etc/passwd", "//etc/passwd", "..\\..\\windows\\win.ini",
                 "....//....//etc/passwd", "%c0%ae%c0%ae/etc/passwd", "file:///etc/passwd",
                 "../app/server.py", "../../pyproject.toml"]


@pytest.mark.parametrize("article_id", TRAVERSAL_IDS)
def test_article_ids_that_name_files_are_unknown_ids(client, article_id):
    for prefix in ("/api/articles/", "/articles/"):
        response = client.get(prefix + article_id)
        assert response.status_code == 404, (prefix, article_id, response.status_code)
        assert "root:" not in response.text and "import " not in response.text
        assert "[build-system]" not in response.text
    graph = client.get("/api/graph", params={"node": "article:" + article_id})
    assert graph.status_code == 404 and "root:" not in graph.text


@pytest.mark.parametrize("path", ["/api/articles/%00", "/articles/a%00b", "/api/graph?node=article:%00",
                                  "/api/claims?q=a%00b", "/sources?q=%00", "/static/%00", "/static/isnad.css%00.js"])
def test_nul_bytes_are_refused(client, path):
    response = client.get(path)
    assert response.status_code == 400, response.text
    assert "NUL" in response.text


@pytest.mark.parametrize("fmt", ["../../etc/passwd", "..%2f..%2fetc%2fpasswd", "gexf%2f..%2f..%2fx", "passwd",
                                 "gexf.", "GEXF", "%2e%2e", "json/../../x", "csv%00", "/etc/passwd"])
def test_export_format_names_are_choices_not_paths(client, fmt):
    response = client.get("/api/export/" + fmt)
    assert 400 <= response.status_code < 500, (fmt, response.status_code)
    assert "root:" not in response.text


@pytest.mark.parametrize("name", ["../../escaped.txt", "../" * 12 + "{tmp}/escaped.txt", "{tmp}/escaped.txt",
                                  "..\\..\\escaped.txt", "a/../../escaped.txt", "escaped\x00.txt",
                                  "x" * 400 + ".txt", "é" * 300 + ".json", ".", "..", "/", "\n\r.txt"])
def test_upload_file_names_stay_inside_the_upload_folder(client, tmp_path, name):
    name = name.replace("{tmp}", str(tmp_path).lstrip("/") if name.startswith("..") else str(tmp_path))
    text = ("Pier repairs in Port Selin\n\nThe fictional pier of Port Selin will reopen in June, "
            f"engineer Tomas Ruud said. ({len(name)})").encode()
    response = client.post("/api/ingest", files={"files": (name, text)})
    assert response.status_code in (200, 400, 415), (name[:40], response.status_code, response.text[:200])
    assert not (tmp_path / "escaped.txt").exists()
    assert not list(tmp_path.parent.glob("**/escaped*.txt"))


@pytest.fixture(scope="module")
def server(db, tmp_path_factory):
    """``isnad serve`` on 127.0.0.1, default host, with ISNAD_TOKEN in its environment."""
    port = free_port()
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    with open(log, "wb") as out:
        process = subprocess.Popen([str(SCRIPT), "serve", "--db", str(db), "--port", str(port)],
                                   stdout=out, stderr=subprocess.STDOUT,
                                   env={**os.environ, "ISNAD_TOKEN": TOKEN})
    try:
        wait_until(lambda: _answers(port, process, log), timeout=60, what="isnad serve")
        yield port, log
    finally:
        stop(process)


def _answers(port: int, process: subprocess.Popen, log: Path) -> bool:
    if process.poll() is not None:
        raise RuntimeError("isnad serve exited: " + log.read_text(errors="replace"))
    try:
        return raw_get(port, "/static/isnad.css")[0] == 200
    except OSError:
        return False


def raw_get(port: int, path: str, method: str = "GET", headers: dict | None = None,
            body: bytes | None = None) -> tuple[int, bytes, http.client.HTTPMessage]:
    """``path`` sent exactly as written (no client tidies ``..`` or ``%2e`` away)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, path, skip_host="Host" in (headers or {}), skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, response.read(), response.headers
    finally:
        connection.close()


STATIC_ESCAPES = ["/static/../server.py", "/static/../../pyproject.toml", "/static/%2e%2e/server.py",
                  "/static/..%2fserver.py", "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
                  "/static/vendor/../../server.py", "/static//etc/passwd", "/static/....//server.py",
                  "/static/..\\server.py", "/static/%252e%252e/server.py", "/static/../templates/base.html",
                  "/static/../../../../../../etc/passwd", "/static/./../server.py", "/static/isnad.css/..",
                  "/../../etc/passwd", "/articles/../../../etc/passwd", "/api/articles/../../../etc/passwd",
                  "/api/export/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"]


@pytest.mark.parametrize("path", STATIC_ESCAPES)
def test_raw_paths_never_reach_a_file_outside_static_or_the_store(server, path):
    port, _ = server
    status, body, headers = raw_get(port, path)
    assert 400 <= status < 500, (path, status, body[:200])
    for secret in (b"root:", b"import ", b"[build-system]", b"{% block", b"create_app"):
        assert secret not in body, (path, secret)
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_static_files_are_served_and_only_them(server):
    port, _ = server
    status, body, _ = raw_get(port, "/static/isnad.css")
    assert status == 200 and body
    status, _, _ = raw_get(port, "/static/vendor")  # a folder is not listed
    assert status == 404


# --- Content-Security-Policy -----------------------------------------------------------------

class _Page(HTMLParser):
    """Every <script> of a page and every URL an attribute refers to."""

    URL_ATTRIBUTES = {"href", "src", "action", "formaction", "srcset", "poster", "data", "background",
                      "manifest", "cite", "ping", "xlink:href"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict] = []
        self.urls: list[str] = []
        self.handlers: list[str] = []
        self._in_script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name, value in attrs.items():
            if name in self.URL_ATTRIBUTES and value is not None:
                self.urls.append(value)
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}")
            if name == "style" and value and "url(" in value:
                self.urls.append(value)
        if tag == "script":
            self._in_script = {"attrs": attrs, "text": ""}
            self.scripts.append(self._in_script)
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.urls.append(attrs.get("content") or "")

    def handle_data(self, data):
        if self._in_script is not None:
            self._in_script["text"] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def _own(url: str) -> bool:
    """A URL of this server: a path (not //host), a fragment or a query; data: images only."""
    url = url.strip()
    if url.startswith("data:image/"):
        return True
    return (url.startswith("/") and not url.startswith("//") and "\\" not in url[:2]) or \
        url.startswith(("#", "?")) or (url != "" and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url)
                                       and not url.startswith("//"))


def check_html(html: str, where: str) -> None:
    page = _Page()
    page.feed(html)
    for script in page.scripts:
        if "src" in script["attrs"]:
            assert _own(script["attrs"]["src"]) and script["attrs"]["src"].startswith("/static/"), where
            assert not script["text"].strip(), where
        else:
            assert script["attrs"].get("type") == "application/json", (where, script)
    assert not page.handlers, (where, page.handlers)
    offsite = [url for url in page.urls if not _own(url)]
    assert not offsite, (where, offsite)
    assert "<style" not in html.lower(), where  # style-src 'self': no inline styles either


def test_the_policy_forbids_inline_scripts_and_other_hosts():
    directives = dict(part.strip().split(" ", 1) for part in CONTENT_SECURITY_POLICY.split(";"))
    assert directives["default-src"] == "'self'" and directives["script-src"] == "'self'"
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY and "unsafe-eval" not in CONTENT_SECURITY_POLICY
    assert "*" not in CONTENT_SECURITY_POLICY and "http" not in CONTENT_SECURITY_POLICY
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert directives["form-action"] == "'self'" and directives["base-uri"] == "'none'"


PAGES = ["/", "/graph", "/graph?node=article:xss-article&depth=2", "/claims", "/claims?q=script",
         "/sources", "/sources?q=img", "/ingest", "/docs", "/unlock", "/articles/xss-article",
         "/articles/sec-bridge", "/articles/sec-harbour",
         # error pages
         "/no/such/page", "/claims/999999", "/claims/abc", "/sources/999999", "/api/claims?status=bogus",
         "/claims?since=yesterday", "/articles/" + IMG, "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
         "/api/no-such", "/static/none.css", "/api/articles/" + SCRIPT_TAG, "/openapi.json",
         "/static/isnad.css", "/static/graph.js", "/favicon.ico"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_and_error_carries_the_policy_and_no_inline_script(client, path):
    response = client.get(path, follow_redirects=False)
    assert response.status_code < 500
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    if response.headers.get("content-type", "").startswith("text/html"):
        check_html(response.text, path)
        assert IMG not in response.text and SCRIPT_TAG not in response.text


@pytest.mark.parametrize("method,path,status", [("post", "/claims", 405), ("put", "/", 405),
                                                ("delete", "/api/claims/1", 405), ("patch", "/ingest", 405)])
def test_method_errors_carry_the_policy(client, method, path, status):
    response = client.request(method.upper(), path)
    assert response.status_code == status
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    if not path.startswith("/api/"):
        check_html(response.text, path)


def test_upload_errors_and_ingest_results_carry_the_policy(client):
    too_big = client.post("/ingest", files={"files": ("big.txt", b"word " * 20_000)})
    binary = client.post("/ingest", files={"files": ("a.txt", b"\x00\x01binary")})
    hostile = client.post("/ingest", data={"text": f"{IMG} said {SCRIPT_TAG}\n\n{IMG} said that "
                                                   f"{SCRIPT_TAG} the dam broke.", "outlet": SCRIPT_TAG})
    for response, status in ((too_big, 413), (binary, 415), (hostile, 200)):
        assert response.status_code == status, response.text[:300]
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        check_html(response.text, f"ingest {status}")
        assert IMG not in response.text and SCRIPT_TAG not in response.text


def test_chunked_uploads_are_limited_too(client):
    def chunks():
        yield b'--x\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n\r\n'
        for _ in range(100):
            yield b"word " * 1000  # 500 KB in all, no Content-Length

    for path in ("/api/ingest", "/ingest"):
        response = client.post(path, content=chunks(), headers={"content-type": "multipart/form-data; boundary=x"})
        assert response.status_code == 413, response.text
        assert "larger than 64 KB" in response.text


# --- binding and the token ----------------------------------------------------------------------

def _listening(port: int) -> set[str]:
    """The local addresses of the sockets listening on ``port`` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


def test_serve_binds_loopback_by_default_and_guards_changes(server):
    port, log = server
    if sys.platform.startswith("linux"):
        assert _listening(port) == {"0100007F"}, _listening(port)  # 127.0.0.1, nothing else
    assert f"http://127.0.0.1:{port}/" in log.read_text()
    assert "warning" not in log.read_text()
    assert raw_get(port, "/", headers={"Host": f"127.0.0.1:{port}"})[0] == 200
    assert raw_get(port, "/api/overview", headers={"Host": f"localhost:{port}"})[0] == 200
    # DNS rebinding: a page on another name that resolves to 127.0.0.1 gets nothing
    status, body, _ = raw_get(port, "/api/overview", headers={"Host": "attacker.example"})
    assert status == 400 and b"answers to" in body
    form = b"text=The+fictional+mayor+of+Selin+said+the+pier+opens+in+June."
    kind = {"Host": f"127.0.0.1:{port}", "Content-Type": "application/x-www-form-urlencoded"}
    status, body, headers = raw_get(port, "/api/ingest", "POST", kind, form)
    assert status == 401 and headers["www-authenticate"].startswith("Bearer")
    status, _, _ = raw_get(port, "/api/ingest", "POST", {**kind, "Authorization": "Bearer wrong"}, form)
    assert status == 403
    status, body, _ = raw_get(port, "/api/ingest", "POST", {**kind, "Authorization": f"Bearer {TOKEN}"}, form)
    assert status == 200, body[:300]
    assert json.loads(body)["summary"]["articles"] == 1


def test_serve_on_another_address_warns_and_says_how_to_protect_it(db, monkeypatch, capsys):
    import uvicorn

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.update(app=app, **options))
    assert serve_commands._serve(str(db), "0.0.0.0", 8123, None) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "reachable from the network" in err[0] and "--token" in err[0] and "ISNAD_TOKEN" in err[0]
    assert served["host"] == "0.0.0.0" and served["app"].state.token is None
    assert serve_commands._serve(str(db), "0.0.0.0", 8123, TOKEN) == 0
    err = capsys.readouterr().err
    assert "reachable from the network" in err and "ingest needs the token" in err
    assert serve_commands._serve(str(db), "127.0.0.1", 8123, None) == 0
    assert capsys.readouterr().err == ""
    served["app"].state.store.engine.dispose()


def test_token_comes_from_the_option_or_the_environment(monkeypatch):
    from argparse import Namespace

    monkeypatch.setenv("ISNAD_TOKEN", "from-env")
    assert serve_commands._token(Namespace(token=None)) == "from-env"
    assert serve_commands._token(Namespace(token="from-option")) == "from-option"
    monkeypatch.setenv("ISNAD_TOKEN", "  ")
    with pytest.raises(serve_commands._EmptyToken):  # refused, not served without a token
        serve_commands._token(Namespace(token=None))
    monkeypatch.delenv("ISNAD_TOKEN")
    assert serve_commands._token(Namespace(token=None)) is None
    with pytest.raises(ValueError):
        create_app(":memory:", token=" ")


PASTED = {"text": "Ferry resumes in Port Selin\n\nThe fictional ferry of Port Selin resumed on Friday, "
                  "captain Ada Lind said."}


@pytest.mark.parametrize("path", ["/", "/graph", "/claims", "/sources", "/ingest", "/docs", "/unlock",
                                  "/api/overview", "/api/claims", "/api/graph", "/openapi.json",
                                  "/articles/sec-harbour", "/api/export/json"])
def test_with_a_token_reading_stays_open(guarded, path):
    assert guarded.get(path).status_code == 200


def test_with_a_token_the_api_needs_the_bearer(guarded, monkeypatch):
    from isnad.app import server

    compared = []
    original = server.hmac.compare_digest
    monkeypatch.setattr(server.hmac, "compare_digest", lambda a, b: compared.append(1) or original(a, b))
    missing = guarded.post("/api/ingest", data=PASTED)
    assert missing.status_code == 401 and "token" in missing.json()["error"]
    assert missing.headers["www-authenticate"].startswith("Bearer")
    for wrong in (f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}", "Bearer ", f"Basic {TOKEN}", TOKEN,
                  ("Bearer " + "é" * 10).encode()):
        response = guarded.post("/api/ingest", data=PASTED, headers={"Authorization": wrong})
        assert response.status_code in (401, 403), (wrong, response.status_code)
    assert compared, "the token is compared with hmac.compare_digest"
    right = guarded.post("/api/ingest", data=PASTED, headers={"Authorization": f"Bearer {TOKEN}"})
    assert right.status_code == 200, right.text
    spec = guarded.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["token"]["scheme"] == "bearer"
    assert spec["paths"]["/api/ingest"]["post"]["security"] == [{"token": []}]
    assert "security" not in spec["paths"]["/api/claims"]["get"]


def test_with_a_token_the_browser_enters_it_once(guarded):
    guarded.cookies.clear()
    form = guarded.get("/ingest")
    assert 'href="/unlock"' in form.text and "token" in form.text
    refused = guarded.post("/ingest", data=PASTED)
    assert refused.status_code == 401 and 'href="/unlock"' in refused.text
    check_html(refused.text, "401")
    wrong = guarded.post("/unlock", data={"token": "guess"}, follow_redirects=False)
    assert wrong.status_code == 403 and "not the token" in wrong.text and TOKEN_COOKIE not in wrong.headers.get(
        "set-cookie", "")
    right = guarded.post("/unlock", data={"token": TOKEN}, follow_redirects=False)
    assert right.status_code == 303 and right.headers["location"] == "/ingest"
    cookie = right.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    assert TOKEN not in cookie  # the cookie is derived from the token, not the token
    guarded.cookies.set(TOKEN_COOKIE, re.search(TOKEN_COOKIE + r"=([^;]+)", cookie).group(1))
    assert "token-needed" not in guarded.get("/ingest").text
    stored = guarded.post("/ingest", data=PASTED)
    assert stored.status_code == 200 and "Ada Lind" in stored.text
    guarded.cookies.set(TOKEN_COOKIE, "0" * 64)
    assert guarded.post("/ingest", data=PASTED).status_code == 403
    guarded.cookies.clear()


@pytest.mark.parametrize("headers", [{"Origin": "http://attacker.example"}, {"Origin": "null"},
                                     {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                                     {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
                                     {"Origin": "http://127.0.0.1:8000.attacker.example"}])
def test_other_sites_pages_cannot_post(client, guarded, headers):
    """A page elsewhere that posts a form to the explorer is refused, token or not (CSRF)."""
    assert client.post("/api/ingest", data=PASTED, headers=headers).status_code == 403
    assert client.post("/ingest", data=PASTED, headers=headers).status_code == 403
    response = guarded.post("/api/ingest", data=PASTED, headers={**headers, "Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403


@pytest.mark.parametrize("headers", [
    {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    {"Origin": "null", "Sec-Fetch-Site": "same-origin"},  # Chromium's own form post under no-referrer
    {"Origin": "http://testserver"}, {}])
def test_own_pages_can_post(client, headers):
    response = client.post("/api/ingest", data=PASTED, headers=headers)
    assert response.status_code == 200, response.text


def test_host_names_other_than_loopback_are_refused(guarded):
    assert guarded.get("/api/overview", headers={"Host": "attacker.example"}).status_code == 400
    assert guarded.get("/", headers={"Host": "127.0.0.1.attacker.example:8000"}).status_code == 400
    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000", "LOCALHOST:1"):
        assert guarded.get("/api/overview", headers={"Host": host}).status_code == 200, host
