"""Turn files and folders of articles into :class:`Article` records.

Bad input never stops a run: every file that cannot be read becomes a
:class:`ReadError` in the output stream and reading goes on with the next one.
"""
from __future__ import annotations

import codecs
from email.utils import parsedate_to_datetime
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import CharsetMatch, from_bytes
from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import language
from .records import DATE_CHARS, ID_CHARS, Article

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
TITLE_CHARS = 200


@dataclass(frozen=True)
class ReadError:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}: {self.message}"
        return f"{self.path}: {self.message}"


class _Unreadable(Exception):
    """Raised inside the readers; turned into a ReadError at the file boundary."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


# --- public entry points -----------------------------------------------------

def read_paths(paths: Iterable[str | os.PathLike], lang: str | None = None
               ) -> Iterator[Article | ReadError]:
    """Yield the articles in ``paths`` (files or folders, read recursively), one file at a time.

    ``lang`` is used for articles that do not state their own language; without it
    the language is detected from the text.
    """
    # Checked here, not in the generator, so a bad argument fails at the call site.
    default_lang = _required_lang(lang) if lang is not None else None
    return _read_all(paths, default_lang)


def read_text(text: str, *, id: str | None = None, lang: str | None = None,
              title: str | None = None, url: str | None = None,
              outlet: str | None = None, date: str | None = None) -> Article:
    """Make an article from pasted text; the language is detected when not given.

    A date that is not one is dropped (see the article's ``warnings``); an id
    longer than the store keeps is a ValueError.
    """
    text = _storable(_normalise_newlines(text.removeprefix("\ufeff")))
    if not text.strip():
        raise ValueError("empty text")
    if id is not None and len(id) > ID_CHARS:
        raise ValueError(_long_id(id))
    date, warning = normal_date(date)
    return Article(
        id=id if id is not None else content_id(text),
        text=text,
        lang=_required_lang(lang) if lang is not None else language.detect(text),
        url=url, outlet=outlet, date=date,
        title=title if title is not None else first_line(text),
        warnings=[f"the pasted text: {warning}"] if warning else [],
    )


_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?)?)?)?")


def normal_date(value: str | None) -> tuple[str | None, str | None]:
    """``value`` as an ISO date (the store compares dates as ISO text), and a warning when it
    is not a date and was dropped.

    ISO 8601 (``2024``, ``2024-03``, ``2024-03-05``, ``2024-03-05T10:00:00+03:00``) is kept
    as it is; an e-mail or HTTP date (``Tue, 05 Mar 2024 10:00:00 GMT``, common in feeds)
    becomes ISO; anything else is dropped.
    """
    if value is None or not value.strip():
        return None, None
    value = " ".join(value.split())
    if _ISO_DATE.fullmatch(value) and len(value) <= DATE_CHARS:
        return value, None
    try:
        return parsedate_to_datetime(value).isoformat(), None
    except (TypeError, ValueError, IndexError, OverflowError):
        shown = value if len(value) <= 60 else value[:60] + "…"
        return None, f"'date' is not a date, dropped: {shown!r}"


def _long_id(value: str) -> str:
    return f"'id' is {len(value)} characters long; the store keeps ids of at most {ID_CHARS}"


def content_id(text: str) -> str:
    """A stable id for an article without one: the same text gets the same id anywhere."""
    # surrogatepass: JSON may smuggle in lone surrogates, which must not crash hashing.
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def first_line(text: str) -> str | None:
    """The first non-empty line, stripped and cut to a title's length."""
    match = re.search(r"\S[^\n]*", text)  # a search, so huge texts are not split into lines
    return match.group().strip()[:TITLE_CHARS] if match else None


# --- paths and folders -------------------------------------------------------

def _read_all(paths: Iterable[str | os.PathLike], lang: str | None
              ) -> Iterator[Article | ReadError]:
    for path in paths:
        yield from _read_path(Path(path), lang)


def _read_path(path: Path, lang: str | None) -> Iterator[Article | ReadError]:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        yield ReadError(str(path), "no such file or folder")
        return
    except OSError as error:
        yield ReadError(str(path), _os_message(error))
        return
    if stat.S_ISDIR(mode):
        for found in _folder_files(path):
            if isinstance(found, ReadError):
                yield found
            else:
                yield from _read_file(found, lang)
    elif path.suffix.lower() not in SUFFIXES:
        yield ReadError(str(path), f"unsupported file type '{path.suffix}' "
                                   "(expected .txt, .html, .json or .jsonl)")
    else:
        yield from _read_file(path, lang)


def _folder_files(folder: Path) -> Iterator[Path | ReadError]:
    """Supported, non-hidden files under ``folder``, depth first in name order."""
    pending: list[tuple[Path, bool]] = [(folder, True)]  # a LIFO, so pushed in reverse order
    seen_folders: set[tuple[int, int]] = set()  # symlinks can make folder cycles
    while pending:
        path, is_folder = pending.pop()
        if not is_folder:
            yield path
            continue
        try:
            status = path.stat()
            if (status.st_dev, status.st_ino) in seen_folders:
                continue
            seen_folders.add((status.st_dev, status.st_ino))
            with os.scandir(path) as entries:
                children = sorted(_visible_entries(entries), key=lambda entry: entry[0].name)
        except OSError as error:
            yield ReadError(str(path), _os_message(error))
            continue
        pending.extend(reversed(children))


def _visible_entries(entries: Iterable[os.DirEntry]) -> Iterator[tuple[Path, bool]]:
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield Path(entry.path), True
        elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in SUFFIXES:
            yield Path(entry.path), False


def _os_message(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    return f"cannot read: {error.strerror or error}"


# --- one file ----------------------------------------------------------------

def _read_file(path: Path, lang: str | None) -> Iterator[Article | ReadError]:
    reader = _READERS[path.suffix.lower()]
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            # Reading a pipe waits for a writer that may never come; a device never ends.
            raise _Unreadable("not a regular file (a pipe, a socket or a device)")
        yield from reader(path, lang)
    except _Unreadable as error:
        yield ReadError(str(path), error.message, error.line)
    except OSError as error:
        yield ReadError(str(path), _os_message(error))
    except Exception as error:  # noqa: BLE001 - a bad file must never end the run
        yield ReadError(str(path), f"unexpected error: {type(error).__name__}: {error}")


def _read_txt(path: Path, lang: str | None) -> Iterator[Article]:
    text = _read_text_file(path)
    # The title line stays in the text: annotated articles count offsets from it.
    yield _article(path, text, lang)


def _read_html(path: Path, lang: str | None) -> Iterator[Article]:
    source = _read_text_file(path)
    if _nesting_depth(source) > MAX_HTML_DEPTH:
        raise _Unreadable(f"HTML nested more than {MAX_HTML_DEPTH} elements deep")
    tree = LexborHTMLParser(source)
    meta = _html_meta(tree)
    paragraphs = _html_article_paragraphs(tree)
    if not paragraphs:
        raise _Unreadable("no article text found")
    title = meta["title"]
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    yield _article(path, "\n\n".join(paragraphs), meta["lang"] or lang, title=title,
                   url=meta["url"], outlet=meta["outlet"], date=meta["date"])


def _read_json(path: Path, lang: str | None) -> Iterator[Article | ReadError]:
    source = _read_text_file(path)
    try:
        data = json.loads(source)
    except json.JSONDecodeError as error:
        raise _Unreadable(_json_message(error), error.lineno) from None
    except RecursionError:
        raise _Unreadable(_TOO_DEEP) from None
    if isinstance(data, dict):
        yield _article_from_object(data, path, lang)
        return
    if not isinstance(data, list):
        raise _Unreadable(f"expected a JSON object or a list of objects, got {_json_type(data)}")
    if not data:
        raise _Unreadable("empty JSON list, no articles")
    for index, item in enumerate(data):
        try:
            yield _article_from_object(item, path, lang)
        except _Unreadable as error:
            yield ReadError(str(path), f"item {index}: {error.message}")


def _read_jsonl(path: Path, lang: str | None) -> Iterator[Article | ReadError]:
    found_any = False
    with open(path, "rb") as lines:  # streamed: JSONL files can be far larger than memory
        for number, raw in enumerate(lines, start=1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield ReadError(str(path), "line is not valid UTF-8", number)
                continue
            if not line.strip():
                continue
            found_any = True
            yield _article_from_json_line(line, number, path, lang)
    if not found_any:
        raise _Unreadable("empty file")


def _article_from_json_line(line: str, number: int, path: Path, lang: str | None
                            ) -> Article | ReadError:
    try:
        return _article_from_object(json.loads(line), path, lang)
    except json.JSONDecodeError as error:
        return ReadError(str(path), _json_message(error), number)
    except RecursionError:  # one absurd line must not end the file's other lines
        return ReadError(str(path), _TOO_DEEP, number)
    except _Unreadable as error:
        return ReadError(str(path), error.message, number)


_READERS: dict[str, Callable[[Path, str | None], Iterator[Article | ReadError]]] = {
    ".txt": _read_txt, ".html": _read_html, ".htm": _read_html,
    ".json": _read_json, ".jsonl": _read_jsonl,
}


# --- articles ----------------------------------------------------------------

def _article(path: Path, text: str, lang: str | None, *, id: str | None = None,
             title: str | None = None, url: str | None = None,
             outlet: str | None = None, date: str | None = None) -> Article:
    if id is not None and len(id) > ID_CHARS:
        raise _Unreadable(_long_id(id))
    date, warning = normal_date(date)
    article = Article(
        id=id if id is not None else content_id(text),
        text=text,
        lang=_lang_code(lang) or language.detect(text),
        url=url, outlet=outlet, date=date,
        title=title if title is not None else first_line(text),
        path=str(path),
    )
    if warning:
        article.warnings.append(f"{path} (id {article.id}): {warning}")
    return article


_OPTIONAL_FIELDS = ("lang", "url", "outlet", "title", "date")


def _article_from_object(data: Any, path: Path, lang: str | None) -> Article:
    if not isinstance(data, dict):
        raise _Unreadable(f"expected a JSON object, got {_json_type(data)}")
    text = data.get("text")
    if text is None:
        raise _Unreadable("no 'text' field")
    if not isinstance(text, str):
        raise _Unreadable(f"'text' must be a string, got {_json_type(text)}")
    if not text.strip():
        raise _Unreadable("empty 'text'")
    fields = {name: _optional_string(data, name) for name in _OPTIONAL_FIELDS}
    # The text is kept as stored (no newline normalisation): gold files carry
    # character offsets into it. Only characters no store can hold are replaced,
    # one for one, so that every offset stays valid.
    return _article(path, _storable(text), _lang_code(fields.pop("lang")) or lang,
                    id=_json_id(data.get("id")), **fields)


# JSON's \ud800-\udfff escapes make lone surrogates, which cannot be encoded to
# UTF-8 (SQLite refuses the whole batch), and \u0000, which PostgreSQL refuses.
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def _storable(text: str) -> str:
    """``text`` with lone surrogates and NULs replaced by U+FFFD, one for one."""
    return _UNSTORABLE.sub("\ufffd", text)


def _optional_string(data: dict, name: str) -> str | None:
    value = data.get(name)
    if value is not None and not isinstance(value, str):
        raise _Unreadable(f"'{name}' must be a string, got {_json_type(value)}")
    return _storable(value) if value is not None else None


def _json_id(value: Any) -> str | None:
    if value is None:
        return None
    # bool is an int subclass, but true/false as an id is surely a mistake.
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _Unreadable(f"'id' must be a string or a number, got {_json_type(value)}")
    return _storable(str(value))


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


_TOO_DEEP = "malformed JSON: nested too deeply"


def _json_message(error: json.JSONDecodeError) -> str:
    return f"malformed JSON: {error.msg} (column {error.colno})"


def _lang_code(value: str | None) -> str | None:
    """Map "ar", "arabic", "ar-SA"... to "ar", likewise for English, anything else to None."""
    lowered = (value or "").strip().lower()
    for code in ("ar", "en"):
        if lowered.startswith(code):
            return code
    return None


def _required_lang(value: str) -> str:
    code = _lang_code(value)
    if code is None:
        raise ValueError(f"unsupported language {value!r} (expected 'ar' or 'en')")
    return code


# --- bytes to text -----------------------------------------------------------

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy code pages for Arabic. charset-normalizer often ranks a Western or East
# Asian code page first on short Arabic texts, though it lists these as plausible.
_ARABIC_CODEPAGES = frozenset({"cp1256", "iso8859_6", "cp864", "cp720", "mac_arabic"})


def _read_text_file(path: Path) -> str:
    data = path.read_bytes()
    if not data:
        raise _Unreadable("empty file")
    # A BOM may announce UTF-16 of nothing but NULs: stored, they would break PostgreSQL.
    text = _normalise_newlines(_decode(data)).replace("\0", "")
    if not text.strip():
        raise _Unreadable("empty file")
    return _storable(text)


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise _Unreadable("unknown text encoding") from None
    # UTF-16 without a BOM can pass as UTF-8 (NUL is valid there), so NULs go to the guesser.
    if b"\0" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        mended = _mostly_utf8(data)
        if mended is not None:
            return mended
    return _guess_decode(data)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken sequences (a scraper cut a character in two), mended.

    The guesser would call such a file binary, or read all of it in a wrong code
    page. It counts as UTF-8 when its non-ASCII characters are mostly valid UTF-8:
    the broken bytes become U+FFFD and the rest of the text is kept. Latin-1 text
    with a few accents has no valid multi-byte sequence and still goes to the guesser.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if non_ascii - broken >= 10 * broken:
        return text
    return None


def _guess_decode(data: bytes) -> str:
    matches = list(from_bytes(data))  # best first
    if b"\0" in data:
        # Text has no NUL bytes, except as half of each ASCII character in UTF-16/32.
        matches = [match for match in matches if match.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        raise _Unreadable("binary file, not text")
    # Stable sort: Arabic code pages are tried first, the ranking is kept otherwise.
    for match in sorted(matches, key=lambda match: match.encoding not in _ARABIC_CODEPAGES):
        text = _match_text(match)
        if text is None:
            continue
        if match.encoding not in _ARABIC_CODEPAGES or language.detect(text) == "ar":
            return text
    raise _Unreadable("unknown text encoding")


def _match_text(match: CharsetMatch) -> str | None:
    try:
        return str(match).removeprefix("\ufeff")
    except UnicodeDecodeError:  # on big files only a sample was checked before
        return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- HTML --------------------------------------------------------------------

# Page furniture, never article text.
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside",
                           "form", "svg", "iframe", "template", "-comment"})
# Tags that start and end a paragraph; everything else flows into the current one.
_BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "br", "hr",
    "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "figure", "figcaption",
    "pre", "table", "tr", "td", "th", "address",
})


# The HTML parser's time grows with the square of how deep block elements nest
# (each one looks down the stack of open elements for a <p> to close: minutes at
# 200,000 levels of <div>); real pages stay under a few hundred. Inline elements
# (<span>, <b>) nest at no such cost.
MAX_HTML_DEPTH = 10_000
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*?(/?)>")
_RAW_TEXT = re.compile(r"<(script|style|textarea|title|xmp)\b.*?</\1\s*>|<!--.*?-->",
                       re.IGNORECASE | re.DOTALL)
_SCOPE_CHECKING = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
    "dl", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "main",
    "menu", "nav", "ol", "pre", "listing", "search", "section", "summary", "table", "ul",
    "h1", "h2", "h3", "h4", "h5", "h6",
})


def _nesting_depth(source: str) -> int:
    """How deep the block elements of ``source`` nest, counted from its tags (an estimate)."""
    if source.count("<") <= MAX_HTML_DEPTH:
        return 0  # too few tags to nest that deep: no need to look
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(_RAW_TEXT.sub("", source)):
        if self_closing or name.lower() not in _SCOPE_CHECKING:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _html_meta(tree: LexborHTMLParser) -> dict[str, str | None]:
    return {
        "title": _first_value(tree, ('meta[property="og:title"]', "content"),
                              ("title", None), ("h1", None)),
        "date": _first_value(tree, ('meta[property="article:published_time"]', "content"),
                             ('meta[name="date"]', "content"), ("time[datetime]", "datetime")),
        "url": _first_value(tree, ('link[rel="canonical"]', "href"),
                            ('meta[property="og:url"]', "content")),
        "outlet": _first_value(tree, ('meta[property="og:site_name"]', "content"),
                               ('meta[name="publisher"]', "content")),
        "lang": _lang_code(_first_value(tree, ("html", "lang"))),
    }


def _first_value(tree: LexborHTMLParser, *sources: tuple[str, str | None]) -> str | None:
    """The first non-blank value of (CSS selector, attribute) pairs; attribute None: the text."""
    for selector, attribute in sources:
        node = tree.css_first(selector)
        if node is None:
            continue
        value = _collapse(node.text() if attribute is None else node.attributes.get(attribute) or "")
        if value:
            return value
    return None


def _html_article_paragraphs(tree: LexborHTMLParser) -> list[str]:
    """Paragraphs of <article>, else <main>, else <body>: the first of them that has any text."""
    for root in (tree.css_first("article"), tree.css_first("main"), tree.body):
        paragraphs = _html_paragraphs(root) if root is not None else []
        if paragraphs:
            return paragraphs
    return []


def _html_paragraphs(root: LexborNode) -> list[str]:
    """The text of ``root`` as paragraphs, walking the tree without recursion.

    Deeply nested pages exist in the wild and must not hit Python's recursion limit.
    """
    paragraphs: list[str] = []
    current: list[str] = []

    def end_paragraph() -> None:
        text = _collapse("".join(current))
        if text:
            paragraphs.append(text)
        current.clear()

    pending: list[tuple[LexborNode, bool]] = [(root, False)]  # (node, leaving it)
    while pending:
        node, leaving = pending.pop()
        if node.is_text_node:
            current.append(node.text_content or "")
            continue
        if node.tag in _SKIPPED_TAGS:
            continue
        if node.tag in _BLOCK_TAGS:
            end_paragraph()
        if not leaving:
            pending.append((node, True))
            pending.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    end_paragraph()
    return paragraphs


def _collapse(text: str) -> str:
    return " ".join(text.split())
