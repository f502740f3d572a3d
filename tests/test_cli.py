"""The ``isnad`` command as users run it: real processes, real files, every kind of bad input."""
from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from isnad.nlp import extractor_version

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "isnad.app.cli"]
SCRIPT = Path(sys.executable).parent / "isnad"

AR_TITLE = "وزير الصحة يزور المستشفى المركزي"
AR_TEXT = (f"{AR_TITLE}\n\n"
           "قال وزير الصحة سامر الحلبي لوكالة رويترز إن المستشفيات تعمل بكامل طاقتها منذ الصباح.\n\n"
           "وأضاف أن الوزارة أرسلت فرقاً طبيّة إلى المناطق المتضررة.\n")
EN_TEXT = ("Port reopens after the storm\n\n"
           "The harbour master, Lena Fischer, told the Tribune that the port would reopen on Monday.\n\n"
           "\"We have cleared every berth,\" Fischer said.\n")
RECORD_KEYS = {"id", "lang", "attributions"}
ATTRIBUTION_KEYS = {"claim", "cue", "speaker", "source", "outlet", "direct"}


def isnad(*args: str | Path, env: dict[str, str] | None = None,
          command: list[str] = CLI) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*command, *map(str, args)], capture_output=True,
                          env={**os.environ, **(env or {})}, cwd=REPO, timeout=300)
    # Decoded here, not by subprocess: stdout must be UTF-8 whatever the test's locale.
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8", "replace"))


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("isnad: error:")]


@pytest.fixture
def ar_file(tmp_path: Path) -> Path:
    path = tmp_path / "ar.json"
    path.write_text(json.dumps({"id": "health-ar", "lang": "ar", "title": AR_TITLE,
                                "text": AR_TEXT}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def en_file(tmp_path: Path) -> Path:
    path = tmp_path / "en.txt"
    path.write_text(EN_TEXT, encoding="utf-8")
    return path


# --- json ----------------------------------------------------------------------

def test_json_records_follow_the_guide(ar_file: Path, en_file: Path) -> None:
    done = isnad("extract", ar_file, en_file, "--format", "json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    ar, en = records(done.stdout)
    assert (ar["id"], ar["lang"], en["lang"]) == ("health-ar", "ar", "en")
    for record, text in ((ar, AR_TEXT), (en, EN_TEXT)):
        assert RECORD_KEYS <= record.keys()
        assert record["attributions"], record
        for attribution in record["attributions"]:
            assert ATTRIBUTION_KEYS <= attribution.keys()
            assert isinstance(attribution["direct"], bool)
            assert {"name", "kind"} <= attribution["source"].keys()
            spans = [attribution[key] for key in ("claim", "cue", "speaker") if attribution[key]]
            for span in spans:
                assert text[span["start"]:span["end"]] == span["text"]
    assert "سامر الحلبي" in {a["source"]["name"] for a in ar["attributions"]}
    assert "Lena Fischer" in {a["source"]["name"] for a in en["attributions"]}


def test_json_is_the_default_when_piped(en_file: Path) -> None:
    done = isnad("extract", en_file)
    assert done.returncode == 0, done.stderr
    assert records(done.stdout)[0]["lang"] == "en"


def test_json_is_utf8_in_any_locale(ar_file: Path) -> None:
    ascii_locale = {"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0",
                    "PYTHONIOENCODING": ""}
    done = isnad("extract", ar_file, "--format", "json", env=ascii_locale)
    assert done.returncode == 0, done.stderr
    assert "سامر الحلبي" in done.stdout  # raw UTF-8, not \u escapes


def test_lang_sets_the_language_of_articles_that_state_none(en_file: Path) -> None:
    done = isnad("extract", en_file, "--lang", "ar", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert records(done.stdout)[0]["lang"] == "ar"


def test_unknown_lang_is_a_usage_error(en_file: Path) -> None:
    done = isnad("extract", en_file, "--lang", "fr")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr
    assert "Traceback" not in done.stderr


# --- table ---------------------------------------------------------------------

def width(text: str) -> int:
    return sum(not unicodedata.combining(char) for char in text)


def from_column(line: str, column: int) -> str:
    """What ``line`` shows from display column ``column`` on."""
    used = 0
    for index, char in enumerate(line):
        if used >= column and not unicodedata.combining(char):
            return line[index:]
        used += not unicodedata.combining(char)
    return ""


def test_table_rows_line_up_under_their_headings(ar_file: Path, en_file: Path) -> None:
    json_done = isnad("extract", ar_file, en_file, "--format", "json")
    table = isnad("extract", ar_file, en_file, "--format", "table", env={"COLUMNS": "200"})
    assert table.returncode == 0, table.stderr
    blocks = table.stdout.strip("\n").split("\n\n")
    assert len(blocks) == 2
    for block, record in zip(blocks, records(json_done.stdout)):
        header, headings, *rows = block.splitlines()
        assert header.startswith(f"{record['id']}  [{record['lang']}]")
        columns = {name: width(headings[:headings.index(name)])
                   for name in ("SOURCE", "CUE", "CLAIM", "OUTLET")}
        assert len(rows) == len(record["attributions"])
        for row, attribution in zip(rows, record["attributions"]):
            outlet = attribution["outlet"]["name"] if attribution["outlet"] else "-"
            assert from_column(row, columns["SOURCE"]).startswith(attribution["source"]["name"])
            assert from_column(row, columns["CUE"]).startswith(attribution["cue"]["text"])
            assert from_column(row, columns["CLAIM"]).startswith(attribution["claim"]["text"])
            assert from_column(row, columns["OUTLET"]) == outlet


def test_table_cuts_long_claims_to_the_terminal_width(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Council votes\n\nThe mayor, Ana Ruiz, said that the council would "
                    + "rebuild the old bridge and " * 8 + "open it next spring.\n", encoding="utf-8")
    done = isnad("extract", path, "--format", "table", env={"COLUMNS": "70"})
    assert done.returncode == 0, done.stderr
    assert "Ana Ruiz" in done.stdout
    assert "…" in done.stdout
    assert max(width(line) for line in done.stdout.splitlines()) <= 70


# --- bad input -----------------------------------------------------------------

BAD_FILES = {
    "missing": ("missing.txt", None, "no such file"),
    "empty": ("empty.txt", b"", "empty file"),
    "binary": ("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8,
               "binary file"),
    "unknown extension": ("notes.docx", b"PK\x03\x04", "unsupported file type"),
}


@pytest.mark.parametrize("name, content, message", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_is_one_error_line_and_the_others_go_on(
        tmp_path: Path, ar_file: Path, en_file: Path,
        name: str, content: bytes | None, message: str) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    done = isnad("extract", ar_file, bad, en_file, "--format", "json")
    assert done.returncode == 1
    assert [record["lang"] for record in records(done.stdout)] == ["ar", "en"]
    [error] = errors(done.stderr)
    assert error.startswith(f"isnad: error: {bad}: ")
    assert message in error
    assert done.stderr.splitlines()[-1] == "isnad: 2 articles, 1 error"
    assert "Traceback" not in done.stderr


def test_a_malformed_jsonl_line_is_named_and_its_neighbours_printed(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "one", "text": EN_TEXT}) + "\n"
        + '{"id": "two", "text": \n'
        + json.dumps({"id": "three", "text": AR_TEXT}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    done = isnad("extract", path, "--format", "json")
    assert done.returncode == 1
    assert [record["id"] for record in records(done.stdout)] == ["one", "three"]
    [error] = errors(done.stderr)
    assert error.startswith(f"isnad: error: {path}:2: malformed JSON")
    assert "Traceback" not in done.stderr


# The extractor is sound; these failures are injected into it before the CLI runs.
FAILING_EXTRACTOR = """
import sys
import isnad.nlp.extract as extraction
from isnad.app.cli import main

working = extraction.extract

def extract(article):
    if article.id == "broken":
        raise {error}
    return working(article)

extraction.extract = extract
sys.exit(main(sys.argv[1:]))
"""


def write_batch(tmp_path: Path, ids: list[str]) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"id": id, "text": EN_TEXT}) + "\n" for id in ids),
                    encoding="utf-8")
    return path


def test_a_failing_article_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    path = write_batch(tmp_path, ["first", "broken", "last"])
    code = FAILING_EXTRACTOR.format(error='ValueError("no verb\\nfound")')
    done = isnad("extract", path, "--format", "json",
                 command=[sys.executable, "-c", code])
    assert done.returncode == 1
    assert [record["id"] for record in records(done.stdout)] == ["first", "last"]
    assert errors(done.stderr) == [
        f"isnad: error: {path} (id broken): extraction failed: ValueError: no verb found"]
    assert "Traceback" not in done.stderr


def test_isnad_debug_lets_the_traceback_through(tmp_path: Path) -> None:
    path = write_batch(tmp_path, ["broken"])
    done = isnad("extract", path, command=[sys.executable, "-c",
                                           FAILING_EXTRACTOR.format(error='ValueError("x")')],
                 env={"ISNAD_DEBUG": "1"})
    assert done.returncode != 0
    assert "Traceback" in done.stderr


def test_ctrl_c_exits_130_quietly(tmp_path: Path) -> None:
    path = write_batch(tmp_path, ["first", "broken", "last"])
    done = isnad("extract", path, command=[sys.executable, "-c",
                                           FAILING_EXTRACTOR.format(error="KeyboardInterrupt")])
    assert done.returncode == 130
    assert done.stderr == ""


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    # Far more output than a pipe buffers, so the writer is still busy when the reader leaves.
    path = write_batch(tmp_path, [f"article-{number}" for number in range(300)])
    stderr_path = tmp_path / "stderr"
    with open(stderr_path, "wb") as stderr:
        process = subprocess.Popen([*CLI, "extract", str(path), "--format", "json"],
                                   stdout=subprocess.PIPE, stderr=stderr, cwd=REPO)
        assert process.stdout is not None
        json.loads(process.stdout.readline())
        process.stdout.close()
        code = process.wait(timeout=300)
    assert code == 141
    assert stderr_path.read_text(encoding="utf-8") == ""


# --- progress ------------------------------------------------------------------

def stderr_on_a_terminal(*args: str | Path) -> str:
    """What the CLI writes to stderr when stderr is a terminal (a pseudo-terminal here)."""
    pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX only")
    fcntl = pytest.importorskip("fcntl", reason="pseudo-terminals are POSIX only")
    termios = pytest.importorskip("termios", reason="pseudo-terminals are POSIX only")
    parent, child = pty.openpty()
    # A new pseudo-terminal is 0 columns wide; give it a real terminal's size.
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    process = subprocess.Popen([*CLI, *map(str, args)], stdout=subprocess.DEVNULL,
                               stderr=child, cwd=REPO)
    os.close(child)
    shown = b""
    while True:
        try:
            chunk = os.read(parent, 4096)
        except OSError:  # the terminal's other side closed: the process is done
            break
        if not chunk:
            break
        shown += chunk
    os.close(parent)
    assert process.wait(timeout=300) == 0
    return shown.decode("utf-8", "replace")


def test_progress_bar_counts_articles_on_a_terminal(en_file: Path, ar_file: Path) -> None:
    shown = stderr_on_a_terminal("extract", en_file, ar_file, "--format", "json")
    assert re.search(r"extracting: 2 articles", shown), shown


def test_no_progress_hides_the_bar(en_file: Path) -> None:
    assert stderr_on_a_terminal("extract", en_file, "--format", "json", "--no-progress") == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(en_file: Path) -> None:
    assert isnad("extract", en_file).stderr == ""


# --- help, version, usage ------------------------------------------------------

@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"]], ids=["isnad", "extract"])
def test_help(args: list[str]) -> None:
    done = isnad(*args)
    assert done.returncode == 0
    assert done.stdout.startswith("usage: isnad")
    assert "--format" in done.stdout or "extract" in done.stdout


def test_version() -> None:
    done = isnad("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("isnad ")
    assert f"extractor {extractor_version()}" in done.stdout


@pytest.mark.parametrize("args", [["extract", "x.txt", "--colour"], ["frobnicate"], []],
                         ids=["unknown option", "unknown command", "no command"])
def test_usage_errors_exit_2(args: list[str]) -> None:
    done = isnad(*args)
    assert done.returncode == 2
    assert "usage: isnad" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_installed_isnad_script(ar_file: Path) -> None:
    if not SCRIPT.exists():
        pytest.skip(f"no installed isnad script next to {sys.executable}")
    done = isnad("extract", ar_file, "--format", "json", command=[str(SCRIPT)])
    assert done.returncode == 0, done.stderr
    assert records(done.stdout)[0]["id"] == "health-ar"
    assert isnad("--version", command=[str(SCRIPT)]).stdout.startswith("isnad ")


# --- benchmark -----------------------------------------------------------------

def test_the_speed_benchmark_runs_and_reports_a_ratio(tmp_path: Path) -> None:
    source = tmp_path / "source"
    for lang, text in (("ar", AR_TEXT), ("en", EN_TEXT)):
        (source / lang).mkdir(parents=True)
        (source / lang / f"{lang}.json").write_text(
            json.dumps({"id": lang, "lang": lang, "text": text}, ensure_ascii=False),
            encoding="utf-8")
    figures = tmp_path / "figures.json"
    done = subprocess.run([sys.executable, "-m", "bench.extract_speed", "--articles", "20",
                           "--runs", "1", "--source", str(source), "--json", str(figures)],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"ratio \d+\.\d\d \(limit \d+\)", done.stdout.splitlines()[-1])
    written = json.loads(figures.read_text(encoding="utf-8"))
    assert written["extract"]["articles"] == 20
    assert written["extract_quarter"]["articles"] == 5
