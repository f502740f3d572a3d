"""Reading articles from real files: formats, encodings, folders and every kind of bad input."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from isnad.nlp import language
from isnad.nlp.read import ReadError, read_paths, read_text
from isnad.nlp.records import Article

AR_TITLE = "وزير الخارجية يلتقي نظيره الفرنسي"
AR_BODY = "قال وزير الخارجية لوكالة رويترز إن المفاوضات مستمرة، وأضاف أن الحكومة ترحب بالمبادرة."
AR_TEXT = f"{AR_TITLE}\n\n{AR_BODY}\n"
EN_TEXT = "Minister meets counterpart\n\nThe minister told Reuters that talks would go on.\n"


def read_all(*paths: Path | str, lang: str | None = None) -> list[Article | ReadError]:
    return list(read_paths(paths, lang=lang))


def read_one(path: Path, lang: str | None = None) -> Article:
    [item] = read_all(path, lang=lang)
    assert isinstance(item, Article), item
    return item


def read_error(path: Path | str) -> ReadError:
    [item] = read_all(path)
    assert isinstance(item, ReadError), item
    return item


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


# --- language ----------------------------------------------------------------

def test_detect_arabic() -> None:
    assert language.detect(AR_TEXT) == "ar"


def test_detect_english() -> None:
    assert language.detect(EN_TEXT) == "en"


def test_detect_arabic_quoting_english_names() -> None:
    mixed = "قال Antony Blinken لشبكة CNN International إن الاتفاق قريب جدا"
    assert language.detect(mixed) == "ar"


def test_detect_english_with_an_arabic_phrase() -> None:
    assert language.detect("The crowd chanted الشعب يريد as the minister spoke to reporters.") == "en"


def test_detect_without_letters() -> None:
    assert language.detect("") == "en"
    assert language.detect("١٢٣ 456 ،؟ !") == "en"  # digits and punctuation do not vote


# --- .txt --------------------------------------------------------------------

def test_txt_title_text_and_lang(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "news.txt", "\n  \n" + EN_TEXT))
    assert article.title == "Minister meets counterpart"
    assert article.text == "\n  \n" + EN_TEXT  # the title line stays in the text
    assert article.lang == "en"
    assert article.path == str(tmp_path / "news.txt")


def test_txt_arabic_is_detected(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "khabar.txt", AR_TEXT))
    assert article.lang == "ar"
    assert article.title == AR_TITLE
    assert article.text == AR_TEXT


def test_txt_id_is_a_stable_content_hash(tmp_path: Path) -> None:
    first = read_one(write(tmp_path / "one.txt", AR_TEXT))
    again = read_one(write(tmp_path / "copy" / "two.txt", AR_TEXT))
    assert first.id == again.id == hashlib.sha1(AR_TEXT.encode()).hexdigest()[:16]
    assert read_one(write(tmp_path / "other.txt", EN_TEXT)).id != first.id


def test_lang_argument_overrides_detection(tmp_path: Path) -> None:
    assert read_one(write(tmp_path / "a.txt", AR_TEXT), lang="en").lang == "en"


def test_unknown_lang_argument_is_rejected() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        read_paths([], lang="fr")


# --- .html -------------------------------------------------------------------

HTML_PAGE = """<!doctype html>
<html lang="ar-EG"><head>
<title>Ignored because og:title wins</title>
<meta property="og:title" content="وزير الخارجية يلتقي نظيره">
<meta property="og:site_name" content="الأهرام">
<meta property="article:published_time" content="2024-03-01T10:00:00Z">
<link rel="canonical" href="https://example.com/a/1">
<style>p { color: red }</style>
<script>var secret = "script text";</script>
</head><body>
<nav>القائمة الرئيسية</nav>
<header>رأس الصفحة</header>
<article>
  <p>قال   الوزير
     إن المحادثات <b>مستمرة</b>.</p>
  <script>console.log("inline script")</script>
  <style>.x{}</style>
  <p>وأضاف أن الحكومة ترحب بالمبادرة.</p>
</article>
<aside>مقالات ذات صلة</aside>
<footer>حقوق النشر</footer>
</body></html>
"""


def test_html_article_text_and_meta(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "page.html", HTML_PAGE))
    assert article.text == ("وزير الخارجية يلتقي نظيره\n\n"
                            "قال الوزير إن المحادثات مستمرة.\n\n"
                            "وأضاف أن الحكومة ترحب بالمبادرة.")
    assert article.title == "وزير الخارجية يلتقي نظيره"
    assert article.outlet == "الأهرام"
    assert article.date == "2024-03-01T10:00:00Z"
    assert article.url == "https://example.com/a/1"
    assert article.lang == "ar"


def test_html_lang_attribute_beats_detection(tmp_path: Path) -> None:
    page = f'<html lang="en"><body><p>{AR_BODY}</p></body></html>'
    assert read_one(write(tmp_path / "page.htm", page)).lang == "en"


def test_html_main_preferred_and_fallback_meta(tmp_path: Path) -> None:
    page = """<html><head><title>Talks go on</title>
    <meta property="og:url" content="https://example.com/2">
    <meta name="publisher" content="Example News"><meta name="date" content="2024-01-02">
    </head><body><div>Sidebar teaser</div>
    <main><div>First <i>paragraph</i> here.</div><div><p>Second.</p><p>Third.</p></div></main>
    </body></html>"""
    article = read_one(write(tmp_path / "page.HTML", page))
    assert article.text == "Talks go on\n\nFirst paragraph here.\n\nSecond.\n\nThird."
    assert (article.title, article.url, article.outlet, article.date) == (
        "Talks go on", "https://example.com/2", "Example News", "2024-01-02")
    assert article.lang == "en"


def test_html_title_from_h1_is_not_repeated(tmp_path: Path) -> None:
    page = ("<html><body><h1>Talks go on</h1><p>Line one<br>line two</p>"
            '<time datetime="2024-05-06">May 6</time></body></html>')
    article = read_one(write(tmp_path / "page.html", page))
    assert article.title == "Talks go on"
    assert article.text == "Talks go on\n\nLine one\n\nline two\n\nMay 6"
    assert article.date == "2024-05-06"


def test_html_without_text(tmp_path: Path) -> None:
    page = "<html><head><title>Only a title</title></head><body><script>x()</script></body></html>"
    assert read_error(write(tmp_path / "empty.html", page)).message == "no article text found"


def test_deeply_nested_html(tmp_path: Path) -> None:
    depth = 5000
    page = "<html><body>" + "<div>" * depth + "deep text" + "</div>" * depth + "</body></html>"
    article = read_one(write(tmp_path / "deep.html", page))
    assert article.text == "deep text"


# --- .json -------------------------------------------------------------------

def test_json_article_keeps_its_fields(tmp_path: Path) -> None:
    gold = {"id": 42, "lang": "Arabic", "url": "https://example.com/x", "outlet": "الجزيرة",
            "title": "عنوان", "date": "2024-02-03", "text": "a\r\nb " + AR_BODY,
            "attributions": [{"claim": {"text": "x", "start": 0, "end": 1}}]}
    article = read_one(write(tmp_path / "gold.json", json.dumps(gold, ensure_ascii=False)))
    assert article == Article(id="42", text="a\r\nb " + AR_BODY, lang="ar",
                              url="https://example.com/x", outlet="الجزيرة", title="عنوان",
                              date="2024-02-03", path=str(tmp_path / "gold.json"))


def test_json_list_with_bad_items(tmp_path: Path) -> None:
    items = [{"text": EN_TEXT}, {"title": "no text"}, "not an object", {"text": "  "},
             {"text": 5}, {"text": AR_TEXT, "lang": "ar-SA"}, {"text": "x", "url": 3}]
    path = write(tmp_path / "many.json", json.dumps(items))
    results = read_all(path)
    assert [type(result).__name__ for result in results] == [
        "Article", "ReadError", "ReadError", "ReadError", "ReadError", "Article", "ReadError"]
    assert results[0].title == "Minister meets counterpart"
    assert results[0].id == hashlib.sha1(EN_TEXT.encode()).hexdigest()[:16]
    assert results[5].lang == "ar"
    assert [str(result) for result in results if isinstance(result, ReadError)] == [
        f"{path}: item 1: no 'text' field",
        f"{path}: item 2: expected a JSON object, got a string",
        f"{path}: item 3: empty 'text'",
        f"{path}: item 4: 'text' must be a string, got a number",
        f"{path}: item 6: 'url' must be a string, got a number",
    ]


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    error = read_error(write(tmp_path / "bad.json", '{\n  "text": "x",\n  "id": \n}'))
    assert error.line == 4
    assert error.message.startswith("malformed JSON: Expecting value")


def test_json_title_defaults_to_first_line_cut_short(tmp_path: Path) -> None:
    text = "\n" + "word " * 100 + "\nsecond line"
    article = read_one(write(tmp_path / "long.json", json.dumps({"text": text})))
    assert article.title == ("word " * 100).strip()[:200]
    assert len(article.title) == 200


# --- .jsonl ------------------------------------------------------------------

def test_jsonl_bad_lines_are_reported_in_order(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": EN_TEXT}),   # 1
        "{not json",                                # 2
        "",                                         # 3, skipped
        json.dumps({"id": "b", "text": AR_TEXT}, ensure_ascii=False),  # 4
        json.dumps({"id": "c"}),                    # 5
        json.dumps({"text": "Third one."}),         # 6
    ]
    path = write(tmp_path / "batch.jsonl", "\ufeff" + "\r\n".join(lines) + "\r\n")
    results = read_all(path)
    assert [(type(result).__name__, getattr(result, "line", None)) for result in results] == [
        ("Article", None), ("ReadError", 2), ("Article", None), ("ReadError", 5), ("Article", None)]
    assert [result.id for result in results if isinstance(result, Article)] == [
        "a", "b", hashlib.sha1(b"Third one.").hexdigest()[:16]]
    assert [result.lang for result in results if isinstance(result, Article)] == ["en", "ar", "en"]
    assert results[1].message.startswith("malformed JSON:")
    assert results[3].message == "no 'text' field"
    assert str(results[1]).startswith(f"{path}:2: malformed JSON:")
    assert all(result.path == str(path) for result in results)


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    data = b'{"text": "ok"}\n{"text": "\xff\xfe"}\n{"text": "still ok"}\n'
    results = read_all(write(tmp_path / "mixed.jsonl", data))
    assert [getattr(result, "text", None) for result in results] == ["ok", None, "still ok"]
    assert results[1] == ReadError(str(tmp_path / "mixed.jsonl"), "line is not valid UTF-8", 2)


def test_jsonl_with_only_blank_lines(tmp_path: Path) -> None:
    assert read_error(write(tmp_path / "blank.jsonl", "\n  \n")).message == "empty file"


# --- folders and paths -------------------------------------------------------

def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", "B text")
    write(root / "a" / "x.json", json.dumps({"text": "X text"}))
    write(root / "a" / ".hidden.txt", "hidden")
    write(root / ".git" / "y.txt", "hidden folder")
    write(root / "c.pdf", b"%PDF-1.4")
    write(root / "notes.md", "not an article")
    write(root / "z.HTM", "<p>Z text</p>")
    write(root / "a" / "w" / "deeper.jsonl", '{"text": "W text"}\n')
    results = read_all(root)
    assert all(isinstance(result, Article) for result in results), results
    assert [(result.text, Path(result.path).relative_to(root).as_posix()) for result in results] == [
        ("W text", "a/w/deeper.jsonl"), ("X text", "a/x.json"), ("B text", "b.txt"),
        ("Z text", "z.HTM")]


def test_bad_file_does_not_stop_the_run(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", EN_TEXT)
    results = read_all(tmp_path / "missing.txt", write(tmp_path / "empty.txt", ""), good)
    assert [type(result) for result in results] == [ReadError, ReadError, Article]


def test_explicit_unsupported_extension(tmp_path: Path) -> None:
    error = read_error(write(tmp_path / "report.xyz", "text"))
    assert error.message == "unsupported file type '.xyz' (expected .txt, .html, .json or .jsonl)"


def test_missing_path(tmp_path: Path) -> None:
    error = read_error(tmp_path / "nowhere")
    assert error == ReadError(str(tmp_path / "nowhere"), "no such file or folder")
    assert str(error) == f"{tmp_path / 'nowhere'}: no such file or folder"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: chmod cannot lock out root, which runs many CI containers.
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    path = write(tmp_path / "secret.txt", EN_TEXT)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert read_error(path) == ReadError(str(path), "permission denied")


# --- bytes and encodings -----------------------------------------------------

def test_empty_file(tmp_path: Path) -> None:
    assert read_error(write(tmp_path / "empty.txt", b"")).message == "empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert read_error(write(tmp_path / "blank.html", " \r\n\t\n ")).message == "empty file"


def test_binary_file(tmp_path: Path) -> None:
    noise = bytes((index * 7919 + 13) % 256 for index in range(4096))  # fixed, NULs included
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise
    assert read_error(write(tmp_path / "image.txt", data)).message == "binary file, not text"


def test_windows_1256_arabic(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "legacy.txt", AR_TEXT.encode("cp1256")))
    assert article.text == AR_TEXT
    assert article.lang == "ar"


def test_short_windows_1256_arabic(tmp_path: Path) -> None:
    # charset-normalizer ranks a Western code page first for this one on its own.
    assert read_one(write(tmp_path / "short.txt", "قال".encode("cp1256"))).text == "قال"


def test_utf16_with_bom(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "wide.txt", AR_TEXT.encode("utf-16")))
    assert article.text == AR_TEXT
    assert article.id == hashlib.sha1(AR_TEXT.encode()).hexdigest()[:16]


def test_utf16_without_bom(tmp_path: Path) -> None:
    text = "The minister told Reuters that the talks would go on next week.\n"
    assert read_one(write(tmp_path / "wide.txt", text.encode("utf-16-le"))).text == text


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "bom.txt", "\ufeff" + EN_TEXT))
    assert article.text == EN_TEXT
    assert article.title == "Minister meets counterpart"


def test_crlf_and_cr_newlines_are_normalised(tmp_path: Path) -> None:
    article = read_one(write(tmp_path / "dos.txt", "Title\r\n\r\nBody line\rlast\r\n"))
    assert article.text == "Title\n\nBody line\nlast\n"


def test_unicode_is_not_normalised(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 owner said so.\n"  # NFC would merge e + combining acute
    assert read_one(write(tmp_path / "nfd.txt", decomposed)).text == decomposed


def test_read_error_str_names_file_and_line() -> None:
    assert str(ReadError("a/b.jsonl", "malformed JSON: x", 7)) == "a/b.jsonl:7: malformed JSON: x"
    assert str(ReadError("a/b.txt", "empty file")) == "a/b.txt: empty file"


# --- pasted text -------------------------------------------------------------

def test_read_text_detects_and_normalises() -> None:
    article = read_text("\ufeff" + AR_TEXT.replace("\n", "\r\n"), outlet="الجزيرة")
    assert article.text == AR_TEXT
    assert article.lang == "ar"
    assert article.title == AR_TITLE
    assert article.outlet == "الجزيرة"
    assert article.id == hashlib.sha1(AR_TEXT.encode()).hexdigest()[:16]


def test_read_text_keeps_given_fields() -> None:
    article = read_text(AR_TEXT, id="x1", lang="english", title="T")
    assert (article.id, article.lang, article.title) == ("x1", "en", "T")


def test_read_text_rejects_empty_text() -> None:
    with pytest.raises(ValueError, match="empty text"):
        read_text(" \n ")
