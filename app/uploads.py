"""Ingest from the browser: pasted text or uploaded files, checked before the NLP sees them.

Uploads are limited in size (the whole request, see :class:`BodyLimit`), in
number, and to the text formats ``isnad ingest`` reads; a binary file is
refused with a message that names it. What passes is ingested like
``isnad ingest`` does, and the result lists the new attributions at once.
"""
from __future__ import annotations

import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from starlette.datastructures import FormData, UploadFile
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from isnad.graph.ingest import ingest
from isnad.graph.store import Store
from isnad.nlp.read import ReadError, read_paths, read_text

from . import queries

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_FILES = 20
FORMATS = (".txt", ".html", ".htm", ".json", ".jsonl")
MAX_FIELD = 200
INGEST_SECONDS = 60.0  # what one upload's ingest may take


class UploadProblem(Exception):
    """What is wrong with an upload, for the user, with the HTTP status that says it."""

    def __init__(self, message: str, status_code: int = 400) -> None:
        super().__init__(message)
        self.status_code = status_code


@dataclass
class Result:
    articles: list[dict] = field(default_factory=list)
    attributions: list[dict] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"articles": self.articles, "attributions": self.attributions,
                "summary": self.summary, "errors": self.errors}


def _field(form: FormData, name: str, raw: bytes = b"") -> str | None:
    value = form.get(name)
    if value is None or isinstance(value, UploadFile):
        return None
    value = _as_utf8(value, raw)
    value = value.replace("\x00", "").strip()  # no store keeps a NUL (PostgreSQL refuses it)
    if len(value) > MAX_FIELD and name != "text":
        raise UploadProblem(f"{name} is longer than {MAX_FIELD} characters")
    return value or None


def _as_utf8(value: str, raw: bytes) -> str:
    """A multipart field as UTF-8 text, broken sequences replaced by U+FFFD.

    Starlette reads a field that is not valid UTF-8 as Latin-1, which would store
    mojibake (Ø§Ù„...). Such a value is Latin-1 characters only, and its Latin-1
    bytes, invalid as UTF-8, are in the request body ``raw`` while its UTF-8 bytes
    are not; it is then decoded again the way the file readers mend broken UTF-8.
    """
    if value.isascii() or not raw or max(value) > "\xff":
        return value
    latin = value.encode("latin-1")
    try:
        latin.decode("utf-8")
        return value  # valid UTF-8 either way: Starlette decoded it as such
    except UnicodeDecodeError:
        pass
    if latin in raw and value.encode("utf-8") not in raw:
        return latin.decode("utf-8", errors="replace")
    return value


async def read_form(form: FormData, raw: bytes = b"") -> tuple[dict, list[tuple[str, bytes]]]:
    """The pasted text and its details, and the uploaded files (name, bytes), checked.

    ``raw``: the request's body, to read fields that are not valid UTF-8 (see :func:`_as_utf8`).
    """
    fields = {name: _field(form, name, raw) for name in ("text", "title", "outlet", "date", "lang")}
    if fields["lang"] not in (None, "ar", "en"):
        raise UploadProblem(f"unknown language {fields['lang']!r}: leave it empty, or use ar or en", 422)
    files = []
    for upload in form.getlist("files"):
        if not isinstance(upload, UploadFile) or not upload.filename:
            continue  # the file field left empty
        files.append((upload.filename, await upload.read()))
    if len(files) > MAX_FILES:
        raise UploadProblem(f"{len(files)} files: upload at most {MAX_FILES} at a time")
    for name, data in files:
        check_file(name, data)
    if not fields["text"] and not files:
        raise UploadProblem("nothing to ingest: paste an article's text or choose a file")
    return fields, files


def check_file(name: str, data: bytes) -> None:
    suffix = Path(name).suffix.lower()
    if suffix not in FORMATS:
        raise UploadProblem(f"{name}: not a format isnad reads ({', '.join(FORMATS)})", 415)
    if not data.strip():
        raise UploadProblem(f"{name}: the file is empty")
    if _binary(data):
        raise UploadProblem(f"{name}: a binary file, not text: save the article as .txt, "
                            ".html or .json first", 415)


_WIDE_ENCODINGS = ("utf-32", "utf-16", "utf-16-le", "utf-16-be")


def _binary(data: bytes) -> bool:
    """PDF, zip, gzip, or NUL bytes anywhere, unless they are the zero halves of UTF-16 or
    UTF-32 text, which ``isnad ingest`` reads too."""
    if data[:4] in (b"%PDF", b"PK\x03\x04") or data[:2] == b"\x1f\x8b":
        return True
    return b"\x00" in data and not any(_wide_text(data, encoding) for encoding in _WIDE_ENCODINGS)


def _wide_text(data: bytes, encoding: str) -> bool:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return "\x00" not in text and sum(char.isprintable() or char.isspace() for char in text) >= 0.95 * len(text)


def disk_name(name: str) -> str:
    """The upload's name as a plain file name inside the upload folder, whatever the client sent.

    Only its last part (``/`` or ``\\``) is kept, control characters become ``_``,
    a name of dots only becomes ``upload``, and a long one is cut to 100 characters
    with its suffix kept: no name can leave the folder or fail to be written.
    """
    base = re.split(r"[/\\]", name)[-1]
    base = "".join("_" if ord(char) < 32 or ord(char) == 127 else char for char in base).strip()
    suffix = Path(base).suffix.lower() if len(Path(base).suffix) <= 6 else ""
    stem = base[: len(base) - len(suffix)] if suffix else base
    if not stem.strip("."):
        stem = "upload"
    stem = stem.encode("utf-8", "replace")[:100].decode("utf-8", "ignore") or "upload"
    return stem + (suffix or ".txt")


def run(store: Store, fields: dict, files: list[tuple[str, bytes]],
        seconds: float = INGEST_SECONDS) -> Result:
    """Ingest the pasted text and the files; what was stored, and what could not be.

    The ingest gets ``seconds``: what is not stored by then is not stored
    (extraction is linear in the text, and the upload is limited in size, so
    one article's extraction is bounded too).
    """
    deadline = time.monotonic() + seconds
    result = Result()
    found = []
    if fields.get("text"):
        try:
            found.append(read_text(fields["text"], lang=fields.get("lang"), title=fields.get("title"),
                                   outlet=fields.get("outlet"), date=fields.get("date")))
        except ValueError as error:
            raise UploadProblem(f"the pasted text: {error}") from None
    with tempfile.TemporaryDirectory(prefix="isnad-upload-") as folder:
        paths = []
        for number, (name, data) in enumerate(files):
            path = Path(folder) / f"{number:02d}" / disk_name(name)
            path.parent.mkdir()
            path.write_bytes(data)
            paths.append(path)
        for item in read_paths(paths, lang=fields.get("lang")) if paths else []:
            if isinstance(item, ReadError):
                result.errors.append(re.sub(re.escape(folder) + r"/\d+/", "", str(item)))
            else:
                found.append(item)
    if not found:
        raise UploadProblem("no article could be read: " + "; ".join(result.errors), 400)
    summary = ingest(store, found, on_error=result.errors.append, on_warning=result.errors.append,
                     deadline=deadline)
    ids = list(dict.fromkeys(article.id for article in found))
    with store.reading() as conn:
        result.articles = queries.article_titles(conn, ids)
        result.attributions = queries.article_statements(conn, ids)
    result.summary = {"articles": summary.articles, "unchanged": summary.skipped,
                      "statements": summary.statements, "new_entities": summary.new_entities,
                      "new_claims": summary.new_claims, "errors": summary.errors}
    return result


class BodyLimit:
    """ASGI middleware: a request body past ``limit`` bytes gets 413 before it is read whole."""

    def __init__(self, app: ASGIApp, limit: int, respond) -> None:
        self.app, self.limit, self.respond = app, limit, respond

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._too_large(scope, receive, send)
            return
        received = 0
        started = False

        async def counting() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise TooLarge
            return message

        async def watching(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting, watching)
        except TooLarge:
            if not started:
                await self._too_large(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = self.respond(scope, 413, f"the upload is larger than {size(self.limit)}: "
                                            "send fewer or smaller files")
        await response(scope, receive, send)


def size(limit: int) -> str:
    """``limit`` bytes in words: 5 MB, 100 KB."""
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):.3g} MB"
    return f"{max(1, round(limit / 1024))} KB"


class TooLarge(Exception):
    """Raised by :class:`BodyLimit` while a route reads a body past the limit: the answer is 413."""
