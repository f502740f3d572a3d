"""What a hostile probe of the store, the CLI and the server found (issue 15), kept fixed.

Every test runs the real CLI in a subprocess or a real ``isnad serve`` on
127.0.0.1, on SQLite and, where the item concerns the database, PostgreSQL.
"""
from __future__ import annotations

import csv
import os
import io
import json
import sqlite3
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest

from _store_support import isnad, store_url  # noqa: F401 - a fixture: each test on SQLite and PostgreSQL
from browser_support import Server

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HOSTILE_ID = '=HYPERLINK("http://attacker.example","open")'
FORMULA_ARTICLE = {
    "id": HOSTILE_ID, "lang": "en", "title": "Port news",
    "text": ("Port news\n\nThe harbour master, Lena Fischer, said +2+3 ships had docked on Monday.\n\n"
             "The mayor said -5 berths were closed.\n\nThe pilot said @SUM(A1) was the fee.\n")}


def one_error(done) -> str:
    """The run failed with exactly one line on stderr, an isnad error, and no traceback."""
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode != 0, done.stdout
    assert len(lines) == 1 and lines[0].startswith("isnad: error: "), done.stderr
    return lines[0]


def get(url: str) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def ingested(tmp_path: Path, *articles: dict, name: str = "store.db") -> Path:
    source = tmp_path / f"{name}.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                      encoding="utf-8")
    db = tmp_path / name
    done = isnad("ingest", source, "--db", db, "--no-progress")
    assert done.returncode == 0, done.stderr
    return db


# --- item 6: CSV cells a spreadsheet would run ------------------------------------------------

def _assert_inert(tables: dict[str, str]) -> None:
    """Every cell, read as a spreadsheet reads it (openpyxl keeps a cell starting with = as a
    formula), is text, and no text cell starts with a character that starts a formula."""
    openpyxl = pytest.importorskip("openpyxl")
    seen = set()
    for name, content in tables.items():
        rows = list(csv.reader(io.StringIO(content.removeprefix("\ufeff"))))
        sheet = openpyxl.Workbook().active
        for row in rows:
            sheet.append(row)
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (name, cell.value)
                assert not str(cell.value or "").startswith(FORMULA_STARTS), (name, cell.value)
                seen.add(cell.value)
    # Neutralised, not dropped: the text is still there after its quote mark.
    assert "'" + HOSTILE_ID in seen
    assert any(str(value).startswith("'+2+3 ships") for value in seen)
    assert any(str(value).startswith("'-5 berths") for value in seen)
    assert any(str(value).startswith("'@SUM(A1)") for value in seen)


def test_csv_export_neutralises_formulas_on_the_cli(tmp_path: Path) -> None:
    db = ingested(tmp_path, FORMULA_ARTICLE)
    out = tmp_path / "csv"
    done = isnad("export", "--db", db, "--format", "csv", "-o", out)
    assert done.returncode == 0, done.stderr
    _assert_inert({path.name: path.read_text(encoding="utf-8") for path in out.glob("*.csv")})


def test_csv_export_neutralises_formulas_on_the_server(tmp_path: Path) -> None:
    db = ingested(tmp_path, FORMULA_ARTICLE)
    server = Server(db)
    try:
        status, _, body = get(server.base + "/api/export/csv")
    finally:
        server.stop()
    assert status == 200
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        _assert_inert({name: archive.read(name).decode("utf-8") for name in archive.namelist()})


# --- items 4 and 5, issue 14: which stores are opened at all -------------------------------

SMALL_ARTICLES = [
    {"id": f"port-{n}", "lang": "en", "title": f"Port news {n}",
     "text": f"Port news {n}\n\nThe harbour master, Lena Fischer, said {n} ships had docked on Monday.\n"}
    for n in range(1, 6)]
READERS = [("claims",), ("sources",), ("entities",), ("cluster",),
           ("export", "--format", "json", "-o", "{out}")]


def serve_once(db: str | Path):
    """``isnad serve`` that is expected to refuse to start: it must exit by itself."""
    from browser_support import free_port
    return isnad("serve", "--db", db, "--port", str(free_port()))


def test_reading_commands_refuse_a_store_that_does_not_exist(store_url: str, tmp_path: Path) -> None:
    for command in READERS:
        args = [part.replace("{out}", str(tmp_path / "out.json")) for part in command]
        line = one_error(isnad(*args, "--db", store_url))
        assert "no store at" in line or "holds no isnad store" in line, line
        assert "isnad ingest" in line
    assert "no store at" in one_error(serve_once(store_url)) or "postgresql" in store_url
    if "://" not in store_url:
        assert not Path(store_url).exists()  # nothing was created by reading
    # ingest still creates the store
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(SMALL_ARTICLES[0]) + "\n", encoding="utf-8")
    assert isnad("ingest", source, "--db", store_url).returncode == 0
    assert isnad("claims", "--db", store_url, "--format", "json").returncode == 0


@pytest.mark.parametrize("spelled", [":memory:", "sqlite:///:memory:", "sqlite://",
                                     "sqlite:///file::memory:?mode=memory&uri=true"])
def test_an_in_memory_store_is_refused(tmp_path: Path, spelled: str) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(SMALL_ARTICLES[0]) + "\n", encoding="utf-8")
    assert "in-memory" in one_error(isnad("ingest", source, "--db", spelled))


def test_a_database_url_with_a_bad_port_is_one_line() -> None:
    line = one_error(isnad("claims", "--db", "postgresql://u:secret@127.0.0.1:abc/isnad"))
    assert "not a database URL" in line and "secret" not in line


def _zero_a_page(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size, pages = (conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_size", "page_count"))
    data = bytearray(db.read_bytes())
    page = pages // 2
    data[page * size:(page + 1) * size] = bytes(size)
    db.write_bytes(bytes(data))


def test_a_damaged_store_is_refused_by_every_command(tmp_path: Path) -> None:
    db = ingested(tmp_path, *SMALL_ARTICLES * 1, *[
        {**article, "id": f"{article['id']}-{copy}", "text": article["text"] * 20}
        for copy in range(40) for article in SMALL_ARTICLES])
    _zero_a_page(db)
    damaged = db.read_bytes()
    source = tmp_path / "more.jsonl"
    source.write_text(json.dumps({**SMALL_ARTICLES[0], "id": "new"}) + "\n", encoding="utf-8")
    for command in [*READERS, ("ingest", str(source))]:
        args = [part.replace("{out}", str(tmp_path / "out.json")) for part in command]
        line = one_error(isnad(*args, "--db", db))
        assert "is damaged" in line and ".recover" in line and "backup" in line, line
    line = one_error(serve_once(db))
    assert "is damaged" in line
    assert db.read_bytes() == damaged  # nothing wrote to it


def test_a_store_whose_text_is_damaged_answers_503_with_headers_and_no_traceback(tmp_path: Path) -> None:
    db = ingested(tmp_path, *SMALL_ARTICLES)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    at = data.find(b"Lena Fischer")
    assert at > 0
    data[at:at + 4] = b"\xff\xfe\xff\xfe"  # the pages stay sound (quick_check passes), the text is not UTF-8
    db.write_bytes(bytes(data))
    server = Server(db)
    try:
        answers = [get(server.base + path) for path in ("/sources", "/api/sources", "/api/overview", "/")]
        server.log.seek(0)
        log = server.log.read().decode(errors="replace")
    finally:
        server.stop()
    for status, headers, body in answers:
        assert status in (200, 503), (status, body[:300])
        assert "default-src 'self'" in headers.get("content-security-policy", "")
    assert any(status == 503 and b"damaged" in body for status, _, body in answers)
    assert "Traceback" not in log


# --- item 3: ids past what a store can hold ---------------------------------------------------

HUGE_IDS = [2**31, 2**62, 2**63, 2**64, 10**30]


def test_out_of_range_ids_are_unknown_ids(store_url: str, tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in SMALL_ARTICLES), encoding="utf-8")
    assert isnad("ingest", source, "--db", store_url).returncode == 0
    server = Server(store_url)
    try:
        for number in HUGE_IDS:
            for path in (f"/api/sources/{number}", f"/api/claims/{number}", f"/sources/{number}",
                         f"/claims/{number}", f"/graph?node=entity:{number}", f"/graph?node=claim:{number}",
                         f"/api/graph?node=entity:{number}", f"/api/graph?node=claim:{number}",
                         f"/api/export/gexf?node=entity:{number}", f"/api/export/csv?node=claim:{number}"):
                status, headers, body = get(server.base + path)
                assert status == 404, (path, status, body[:200])
                assert "default-src 'self'" in headers.get("content-security-policy", "")
        assert get(server.base + "/api/sources/1")[0] == 200
    finally:
        server.stop()
    for number in HUGE_IDS:
        assert "no entity" in one_error(isnad("entities", "merge", str(number), "1", "--db", store_url))


def test_an_unexpected_error_is_a_500_with_the_security_headers(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from isnad.app.server import create_app

    app = create_app(str(ingested(tmp_path, *SMALL_ARTICLES)))

    @app.get("/api/boom")
    def boom() -> dict:
        raise RuntimeError("a bug")

    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.get("/api/boom")
    assert answer.status_code == 500
    assert answer.json()["status"] == 500
    assert "default-src 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["x-frame-options"] == "DENY"


# --- item 2: a field too long for the store fails alone ---------------------------------------

def _folder_of_25(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(25):
        article = {"id": f"port-{n:02d}", "lang": "en",
                   "text": f"Port news\n\nThe harbour master, Lena Fischer, said {n} ships had docked.\n"}
        if n == 7:
            article["date"] = "published sometime last week, or so we were told"  # 48+ characters
        if n == 12:
            article["date"] = "Tue, 05 Mar 2024 10:00:00 GMT"
        if n == 18:
            article["id"] = "x" * 250
        (folder / f"{n:02d}.json").write_text(json.dumps(article), encoding="utf-8")
    return folder


def _stored(store_url: str) -> dict[str, str | None]:
    from sqlalchemy import create_engine, text
    url = store_url if "://" in store_url else f"sqlite:///{store_url}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(text("SELECT id, date FROM articles")).all())
    finally:
        engine.dispose()


def test_a_bad_date_is_dropped_and_a_long_id_fails_alone(store_url: str, tmp_path: Path) -> None:
    done = isnad("ingest", _folder_of_25(tmp_path), "--db", store_url, "--batch-size", "5",
                 "--no-progress")
    assert done.returncode == 1  # one article was not stored
    errors = [line for line in done.stderr.splitlines() if line.startswith("isnad: error:")]
    warnings = [line for line in done.stderr.splitlines() if line.startswith("isnad: warning:")]
    assert len(errors) == 1 and "18.json" in errors[0] and "at most 200" in errors[0], done.stderr
    assert len(warnings) == 1 and "07.json" in warnings[0] and "not a date" in warnings[0]
    assert "Traceback" not in done.stderr
    stored = _stored(store_url)
    assert len(stored) == 24
    assert stored["port-07"] is None
    assert stored["port-12"] == "2024-03-05T10:00:00+00:00"


def test_an_article_the_database_refuses_fails_alone(store_url: str) -> None:
    """Past the readers (a library caller's Article): PostgreSQL refuses a 250-character id,
    and the other articles of its batch are stored all the same."""
    from isnad.graph.ingest import ingest
    from isnad.graph.store import open_store
    from isnad.nlp.records import Article

    articles = [Article(f"port-{n}", f"The harbour master, Lena Fischer, said {n} ships had docked.",
                        "en") for n in range(10)]
    articles[4] = Article("y" * 250, "The mayor said the port was open.", "en")
    failures: list[str] = []
    store = open_store(store_url)
    try:
        summary = ingest(store, articles, batch_size=5, on_error=failures.append)
    finally:
        store.engine.dispose()
    stored = _stored(store_url)
    if store_url.startswith("postgresql"):
        assert len(stored) == 9 and summary.errors == 1
        assert len(failures) == 1 and "not stored" in failures[0] and "y" * 20 in failures[0]
    else:  # SQLite keeps any length
        assert len(stored) == 10 and not failures


def test_the_upload_of_a_bad_date_is_stored_with_a_warning(store_url: str, tmp_path: Path) -> None:
    import httpx

    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(SMALL_ARTICLES[0]) + "\n", encoding="utf-8")
    assert isnad("ingest", source, "--db", store_url).returncode == 0
    server = Server(store_url)
    try:
        answer = httpx.post(server.base + "/api/ingest", timeout=60, data={
            "text": "The harbour master, Lena Fischer, said the port would reopen on Monday.",
            "date": "published sometime last week, or so we were told"})
    finally:
        server.stop()
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["summary"]["articles"] == 1 and body["summary"]["errors"] == 0
    assert any("not a date" in line for line in body["errors"])


# --- item 7: workers end with their ingest -----------------------------------------------------

def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_workers_end_when_their_ingest_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess

    import hostile_corpus as hc
    from _store_support import CLI, REPO
    from browser_support import wait_until

    folder = hc.write_json_articles(tmp_path / "articles", hc.small_articles(400))
    job = subprocess.Popen([*CLI, "ingest", str(folder), "--db", str(tmp_path / "s.db"), "--workers", "2",
                            "--batch-size", "5", "--no-progress"], cwd=REPO,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Two workers and the resource tracker: spawned children of the ingest.
        workers = wait_until(lambda: (found := _children(job.pid)) and len(found) >= 3 and found,
                             timeout=60, what="the ingest's worker processes")
        assert job.poll() is None, "the ingest ended before it could be killed"
        job.send_signal(signal.SIGKILL)
        job.wait()
        wait_until(lambda: not any(_alive(pid) for pid in workers), timeout=30,
                   what=f"workers {workers} to end after their ingest was killed")
    finally:
        job.kill()
        job.wait()
        for pid in _children(job.pid):
            os.kill(pid, signal.SIGKILL)


# --- item 1 (the server) and item 8: serving --------------------------------------------------

class Serving:
    """``isnad serve`` with options of a test's own, on a free port of 127.0.0.1 (or ``host``)."""

    def __init__(self, db: Path | str, *options: str, host: str = "127.0.0.1",
                 env: dict[str, str] | None = None) -> None:
        import subprocess
        import tempfile

        from _store_support import CLI, REPO
        from browser_support import free_port, wait_until

        self.port = free_port()
        self.host = host
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen([*CLI, "serve", "--db", str(db), "--host", host,
                                         "--port", str(self.port), *options], cwd=REPO,
                                        stdout=self.log, stderr=subprocess.STDOUT,
                                        env={**os.environ, **(env or {})})
        wait_until(self._answers, timeout=60, what="isnad serve")

    def _answers(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError("isnad serve exited: " + self.output())
        return self.request("GET", "/static/isnad.css")[0] == 200 if self._port_open() else False

    def _port_open(self) -> bool:
        import socket
        try:
            with socket.create_connection((self.host, self.port), timeout=1):
                return True
        except OSError:
            return False

    def request(self, method: str, path: str, headers: dict | None = None,
                body: bytes | None = None, timeout: float = 120, sent=None) -> tuple[int, dict, bytes]:
        import http.client
        connection = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body,
                               headers={"Host": f"{self.host}:{self.port}", **(headers or {})})
            if sent is not None:
                sent.set()  # the whole request is with the server
            response = connection.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            connection.close()

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def stop(self) -> None:
        from browser_support import stop
        stop(self.process)


FORM = {"Content-Type": "application/x-www-form-urlencoded"}
A_TEXT = b"text=The+harbour+master%2C+Lena+Fischer%2C+said+the+port+would+reopen+on+Monday."


def test_x_forwarded_host_is_trusted_only_from_a_named_proxy(tmp_path: Path) -> None:
    db = ingested(tmp_path, *SMALL_ARTICLES)
    foreign = {**FORM, "Origin": "http://attacker.example", "X-Forwarded-Host": "attacker.example"}
    plain = Serving(db)
    try:
        assert plain.request("POST", "/api/ingest", foreign, A_TEXT)[0] == 403
    finally:
        plain.stop()
    proxied = Serving(db, "--forwarded-allow-ips", "127.0.0.1")
    try:
        status, _, body = proxied.request("POST", "/api/ingest", foreign, A_TEXT)
        assert status == 200, body[:300]
        wrong = {**foreign, "X-Forwarded-Host": "other.example"}
        assert proxied.request("POST", "/api/ingest", wrong, A_TEXT)[0] == 403
    finally:
        proxied.stop()


@pytest.mark.parametrize("how", ["--token ''", "--token '   '", "ISNAD_TOKEN=''", "ISNAD_TOKEN=' '"])
def test_an_empty_token_is_refused(tmp_path: Path, how: str) -> None:
    db = ingested(tmp_path, *SMALL_ARTICLES)
    name, _, value = how.partition("=") if how.startswith("ISNAD") else how.partition(" ")
    value = value.strip("'")
    from browser_support import free_port
    if name == "--token":
        done = isnad("serve", "--db", db, "--port", str(free_port()), "--token", value)
    else:
        done = isnad("serve", "--db", db, "--port", str(free_port()), env={"ISNAD_TOKEN": value})
    assert "is empty" in one_error(done)


@pytest.mark.parametrize("host", ["127.0.0.2", "127.1"])
def test_every_loopback_address_is_loopback(tmp_path: Path, host: str) -> None:
    db = ingested(tmp_path, *SMALL_ARTICLES)
    server = Serving(db, host=host)
    try:
        assert server.request("GET", "/api/overview")[0] == 200
        assert server.request("GET", "/api/overview", {"Host": "attacker.example"})[0] == 400
        assert server.request("GET", "/api/overview", {"Host": f"localhost:{server.port}"})[0] == 200
    finally:
        server.stop()
    assert "reachable from the network" not in server.output()


def test_loopback_spellings() -> None:
    from isnad.app.serve_commands import is_loopback
    assert all(is_loopback(host) for host in ("127.0.0.1", "127.0.0.2", "127.1", "localhost", "::1",
                                              "[::1]", "::ffff:127.0.0.1", "LOCALHOST"))
    assert not any(is_loopback(host) for host in ("0.0.0.0", "::", "10.0.0.1", "192.168.1.2",
                                                  "example.org", "::ffff:10.0.0.1"))


def _multipart(name: str, data: bytes) -> tuple[dict, bytes]:
    boundary = "isnadtestboundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return {"Content-Type": f"multipart/form-data; boundary={boundary}"}, body


def test_utf16_uploads_are_text_and_a_late_nul_is_binary(tmp_path: Path) -> None:
    db = ingested(tmp_path, *SMALL_ARTICLES)
    text = "The harbour master, Lena Fischer, said the port would reopen on Monday.\n"
    server = Serving(db)
    try:
        for encoding in ("utf-16", "utf-16-le"):
            headers, body = _multipart("port.txt", text.encode(encoding))
            status, _, answer = server.request("POST", "/api/ingest", headers, body)
            assert status == 200, answer[:300]
            assert json.loads(answer)["summary"]["articles"] == 1
        headers, body = _multipart("late.txt", text.encode() * 1200 + b"\x00" + text.encode())
        status, _, answer = server.request("POST", "/api/ingest", headers, body)
        assert status == 415, answer[:300]
    finally:
        server.stop()


def test_a_fifo_named_txt_is_one_error_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    line = one_error(isnad("ingest", fifo, "--db", tmp_path / "s.db"))
    assert "article.txt" in line and "not a regular file" in line


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_full_device_is_one_line(tmp_path: Path) -> None:
    import subprocess

    from _store_support import CLI, REPO
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps(SMALL_ARTICLES[0]) + "\n", encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run([*CLI, "extract", str(source), "--format", "json"], cwd=REPO,
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip() == "isnad: error: cannot write the output: No space left on device"


def _dense_upload(kb: int, files: int) -> tuple[dict, bytes]:
    from bench.dense_text import dense_text
    boundary = "isnadtestboundary"
    parts = [(f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
              f"filename=\"dense-{n}.txt\"\r\nContent-Type: text/plain\r\n\r\n").encode()
             + (f"{n} " + dense_text("en", kb)).encode() + b"\r\n" for n in range(files)]
    return ({"Content-Type": f"multipart/form-data; boundary={boundary}"},
            b"".join(parts) + f"--{boundary}--\r\n".encode())


def test_an_upload_gets_a_bounded_time(tmp_path: Path) -> None:
    db = ingested(tmp_path, *SMALL_ARTICLES)
    server = Serving(db, "--ingest-seconds", "0.5")
    try:
        headers, body = _dense_upload(200, 20)  # 4 MB of cues without sentence ends
        status, _, answer = server.request("POST", "/api/ingest", headers, body)
    finally:
        server.stop()
    assert status == 200, answer[:300]
    result = json.loads(answer)
    assert result["summary"]["articles"] == 0
    assert any("ran out" in line for line in result["errors"]), result["errors"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (len(SMALL_ARTICLES),)


def test_sigterm_stops_a_server_that_is_working(tmp_path: Path) -> None:
    import signal
    import threading

    db = ingested(tmp_path, *SMALL_ARTICLES)
    server = Serving(db, "--ingest-seconds", "600")
    answers: list = []
    headers, body = _dense_upload(200, 20)
    sent = threading.Event()
    worker = threading.Thread(target=lambda: answers.append(
        server.request("POST", "/api/ingest", headers, body, timeout=300, sent=sent)))
    worker.start()
    try:
        # 4 MB of cues take the server far longer than its 5 s grace period to ingest.
        assert sent.wait(timeout=60), "the upload could not be sent"
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=30)  # the grace period is 5 s
    finally:
        if server.process.poll() is None:
            server.process.kill()
        worker.join(timeout=60)
    assert answers and answers[0][0] == 503, answers
    assert "Traceback" not in server.output()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (len(SMALL_ARTICLES),)


def test_invalid_utf8_in_form_fields_is_mended_not_mojibake(tmp_path: Path) -> None:
    db = ingested(tmp_path, *SMALL_ARTICLES)
    boundary = "isnadtestboundary"
    text = "قال الوزير إن الميناء سيفتح يوم الاثنين.".encode()
    broken_title = "الميناء".encode() + b"\xff\xfe" + " يفتح".encode()
    body = b"".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n".encode()
                    + value + b"\r\n" for name, value in (("text", text), ("title", broken_title)))
    body += f"--{boundary}--\r\n".encode()
    server = Serving(db)
    try:
        status, _, answer = server.request(
            "POST", "/api/ingest", {"Content-Type": f"multipart/form-data; boundary={boundary}"}, body)
    finally:
        server.stop()
    assert status == 200, answer[:300]
    with sqlite3.connect(db) as conn:
        titles = [row[0] for row in conn.execute("SELECT title FROM articles WHERE title LIKE '%يفتح%'")]
    assert titles == ["الميناء\ufffd\ufffd يفتح"], titles
