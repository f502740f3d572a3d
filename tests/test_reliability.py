"""What a hostile probe of the store, the CLI and the server found (issue 15), kept fixed.

Every test runs the real CLI in a subprocess or a real ``isnad serve`` on
127.0.0.1, on SQLite and, where the item concerns the database, PostgreSQL.
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest

from _store_support import isnad
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
