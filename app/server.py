"""The explorer: a FastAPI app over one store, with HTML pages and a JSON API.

``create_app(db)`` builds it; ``isnad serve`` runs it with uvicorn. Every page
and its data come from this process: the stylesheet, the scripts and
vis-network are package files under ``static/``, and a Content-Security-Policy
on every response keeps the browser from loading or running anything else.
Errors are answered as a readable page (or JSON under ``/api/``) with a 4xx
status: unknown ids, malformed filters, oversized or binary uploads, wrong
methods.

:class:`RequestGuard` stands in front of every route: it refuses NUL bytes in
a path or query, Host names other than this machine's when the server listens
on loopback (a DNS-rebinding page cannot read the store), state-changing
requests sent by another site's page, and, when the server has a token,
state-changing requests without it (``Authorization: Bearer TOKEN`` for the
API; the browser enters it once at ``/unlock`` and keeps a cookie). See
SECURITY.md.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from http.cookies import SimpleCookie
from urllib.parse import unquote_to_bytes, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from isnad.graph.store import StoreError, open_store, unusable

from . import routes_api, routes_pages
from .queries import NotFound
from .uploads import INGEST_SECONDS, MAX_UPLOAD_BYTES, BodyLimit, UploadProblem
from .web import STATIC, environment

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; "
                           "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
                           "object-src 'none'; base-uri 'none'; form-action 'self'; "
                           "frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
DESCRIPTION = ("Who said what, to whom, and on whose word: the claims, sources, outlets and "
               "articles of an isnad store. Every page of the explorer has its JSON here.")


_LOG = logging.getLogger("uvicorn.error")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TOKEN_COOKIE = "isnad_token"
UNLOCK_PATH = "/unlock"


def create_app(db: str | None = None, max_upload: int = MAX_UPLOAD_BYTES, token: str | None = None,
               allowed_hosts: Iterable[str] | None = None, create: bool = True,
               proxies: Iterable[str] = (), ingest_seconds: float = INGEST_SECONDS) -> FastAPI:
    """The explorer over the store at ``db`` (a SQLite path or a database URL; None: the default).

    ``token``: when given, every state-changing request (ingest, any POST) must
    carry it. ``allowed_hosts``: the Host names the server answers to (None: any);
    ``isnad serve`` on loopback passes :data:`LOOPBACK_HOSTS`. ``create``: make the
    store when there is none yet (``isnad serve`` refuses a store that does not exist).
    ``proxies``: the addresses of reverse proxies whose ``X-Forwarded-Host`` is trusted
    (none by default: any client could send one). ``ingest_seconds``: what one upload's
    ingest may take; what is not stored by then is not stored.
    """
    if token is not None and not token.strip():
        raise ValueError("the token is empty: give a long random one, or none")
    store = open_store(db, create=create)
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.engine.dispose()

    app = FastAPI(title="isnad", description=DESCRIPTION, version=_version(), lifespan=lifespan,
                  docs_url=None, redoc_url=None,  # /docs is our own page: Swagger UI would load from a CDN
                  openapi_url="/openapi.json")
    app.state.store = store
    app.state.max_upload = max_upload
    app.state.ingest_seconds = ingest_seconds
    app.state.token = token
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    app.add_middleware(BodyLimit, limit=max_upload, respond=error_response)
    app.add_middleware(RequestGuard, token=token, allowed_hosts=allowed_hosts, respond=error_response,
                       proxies=proxies)
    app.add_middleware(SecurityHeaders)
    _handle_errors(app)
    _document_security(app, token)
    return app


def _document_security(app: FastAPI, token: str | None) -> None:
    """With a token, the OpenAPI document says which operations need it (a bearer token)."""
    if token is None:
        return
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = build()
            schema.setdefault("components", {})["securitySchemes"] = {
                "token": {"type": "http", "scheme": "bearer",
                          "description": "the token isnad serve was started with (--token or ISNAD_TOKEN)"}}
            for item in schema.get("paths", {}).values():
                for method, operation in item.items():
                    if method.upper() not in SAFE_METHODS:
                        operation["security"] = [{"token": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("isnad")
    except PackageNotFoundError:
        return "0"


class SecurityHeaders:
    """ASGI middleware: the Content-Security-Policy and its companions on every response.

    It is the outermost of the app's own middleware, so it also answers an
    error that nothing else handled: a 500 page (JSON under /api/) with the same
    headers, and one line in the log. Starlette's own error middleware, outside
    it, would send a bare 500 without them.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        except asyncio.CancelledError:
            # The server is stopping (SIGTERM) and this request outlived the grace period:
            # it ends here, with an answer that says so rather than a traceback in the log.
            _LOG.warning("isnad: %s %s stopped: the server is stopping", scope.get("method"),
                         scope.get("path"))
            if not started:
                await error_response(scope, 503, "the server is stopping: this request was not "
                                     "finished (what it had not stored yet is not stored)")(scope, receive, with_headers)
        except Exception as error:  # noqa: BLE001 - answered here, with the headers
            _LOG.error("isnad: %s %s failed: %s: %s", scope.get("method"), scope.get("path"),
                       type(error).__name__, " ".join(str(error).split())[:300])
            if started:
                raise
            await error_response(scope, 500, "isnad could not answer this request (the "
                                 "server's log says why)")(scope, receive, with_headers)


def cookie_value(token: str) -> str:
    """What the browser keeps after /unlock: derived from the token, never the token itself."""
    return hmac.new(token.encode(), b"isnad explorer cookie v1", hashlib.sha256).hexdigest()


def token_matches(given: bytes | str, token: str) -> bool:
    """Constant-time comparison of what a request carries with the token."""
    if isinstance(given, str):
        given = given.encode("utf-8", "surrogateescape")
    return hmac.compare_digest(given, token.encode())


class RequestGuard:
    """ASGI middleware: what every request must satisfy before any route sees it.

    - no NUL byte in the path or the query (4xx, never a database error);
    - with ``allowed_hosts``, a Host header naming one of them (DNS rebinding);
    - a state-changing request from a browser comes from this server's own pages
      (Sec-Fetch-Site same-origin; without it, an Origin, when sent, naming this host);
    - with a token, a state-changing request carries it: ``Authorization: Bearer``
      or the cookie set by /unlock (401 without, 403 when wrong).
    """

    def __init__(self, app: ASGIApp, token: str | None, allowed_hosts: Iterable[str] | None, respond,
                 proxies: Iterable[str] = ()) -> None:
        self.app, self.token, self.respond = app, token, respond
        self.proxies = frozenset(proxies)
        self.allowed = {host.lower().strip("[]") for host in allowed_hosts} if allowed_hosts is not None else None
        self.cookie = cookie_value(token) if token is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self._problem(scope)
        if problem is None:
            await self.app(scope, receive, send)
            return
        status, message = problem
        response = self.respond(scope, status, message)
        if status == 401 and _wants_json(scope):
            response.headers["www-authenticate"] = 'Bearer realm="isnad"'
        await response(scope, receive, send)

    def _problem(self, scope: Scope) -> tuple[int, str] | None:
        if "\x00" in scope.get("path", "") or b"\x00" in unquote_to_bytes(scope.get("query_string", b"")):
            return 400, "a NUL byte in the request: not a name or an id isnad stores"
        headers = {}
        for name, value in scope.get("headers", []):
            headers.setdefault(name.lower(), value)
        host = headers.get(b"host", b"").decode("latin-1")
        if self.allowed is not None and _hostname(host) not in self.allowed:
            return 400, (f"this explorer answers to {', '.join(sorted(self.allowed))} only, "
                         f"not to the host name {host[:100]!r}")
        if scope["method"] in SAFE_METHODS:
            return None
        client = (scope.get("client") or ("",))[0]
        forwarded = headers.get(b"x-forwarded-host") if client in self.proxies else None
        if not _same_origin(headers, host, forwarded):
            return 403, "a request from another site's page was refused: use this explorer's own pages"
        if self.token is None or scope.get("path") == UNLOCK_PATH:
            return None
        authorization = headers.get(b"authorization")
        if authorization is not None:
            scheme, _, given = authorization.partition(b" ")
            if scheme.lower() == b"bearer" and token_matches(given.strip(), self.token):
                return None
            return 403, "wrong token: send the token this explorer was started with (Authorization: Bearer TOKEN)"
        given = _cookie(headers.get(b"cookie", b""), TOKEN_COOKIE)
        if given is not None:
            if hmac.compare_digest(given.encode("utf-8", "surrogateescape"), self.cookie.encode()):
                return None
            return 403, f"the token this browser entered is no longer valid: enter it again at {UNLOCK_PATH}"
        return 401, (f"this explorer needs its token to change the store: enter it at {UNLOCK_PATH}, "
                     "or send Authorization: Bearer TOKEN")


def _hostname(host: str) -> str:
    """The name in a Host header, without its port: 127.0.0.1, localhost, ::1."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _same_origin(headers: dict[bytes, bytes], host: str, forwarded_host: bytes | None) -> bool:
    """Whether a state-changing request comes from this server's own pages (or from no browser).

    A browser that sends Sec-Fetch-Site says it: same-origin (or none: typed by
    the user). Without it, the Origin header, when sent, must name this host; an
    opaque ``null`` origin is refused. (With Referrer-Policy no-referrer,
    Chromium sends ``Origin: null`` on its own form posts, with Sec-Fetch-Site.)
    Behind a trusted reverse proxy, the host it forwarded counts as this host too.
    """
    fetch_site = headers.get(b"sec-fetch-site")
    if fetch_site is not None:
        return fetch_site.strip().lower() in (b"same-origin", b"none")
    origin = headers.get(b"origin")
    if origin is None:
        return True
    try:
        netloc = urlsplit(origin.decode("latin-1").strip()).netloc.lower()
    except ValueError:
        return False
    names = {host.strip().lower()}
    if forwarded_host:
        names.add(forwarded_host.decode("latin-1").split(",")[0].strip().lower())
    return bool(netloc) and netloc in names


def _cookie(header: bytes, name: str) -> str | None:
    jar = SimpleCookie()
    try:
        jar.load(header.decode("latin-1"))
    except Exception:  # noqa: BLE001 - a malformed cookie header is no cookie
        return None
    return jar[name].value if name in jar else None


# --- errors ---------------------------------------------------------------------------

TITLES = {400: "Bad request", 401: "Token needed", 403: "Forbidden", 404: "Not found",
          405: "Method not allowed", 413: "Upload too large", 415: "Unsupported file",
          422: "Malformed request", 503: "Store unavailable"}


def _wants_json(scope: Scope) -> bool:
    path = scope.get("path", "")
    return path.startswith("/api/") or path == "/openapi.json"


def error_response(scope: Scope, status: int, message: str, details: list | None = None) -> Response:
    """A readable error: JSON under /api/, a page elsewhere."""
    if _wants_json(scope):
        body = {"error": message, "status": status}
        if details:
            body["details"] = details
        return JSONResponse(body, status_code=status)
    from starlette.responses import HTMLResponse
    page = environment.get_template("error.html").render(
        status=status, title=TITLES.get(status, "Error"), message=message, details=details or [],
        request=None)
    return HTMLResponse(page, status_code=status)


def _validation_message(errors: list) -> tuple[str, list[str]]:
    lines = []
    for error in errors:
        where = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
        value = error.get("input")
        shown = f" (got {value!r})" if isinstance(value, (str, int, float)) and value != "" else ""
        lines.append(f"{where}: {_explain(error)}{shown}")
    return "some parameters are not valid", lines


def _explain(error: dict) -> str:
    """Pydantic's message, or for a pattern of choices or dates, what is expected in words."""
    pattern = (error.get("ctx") or {}).get("pattern", "")
    if error.get("type") == "string_pattern_mismatch":
        if pattern.startswith("^(\\d{4}"):
            return "expected a date: YYYY, YYYY-MM or YYYY-MM-DD"
        if pattern.startswith("^(") and pattern.endswith(")?$") and "\\" not in pattern:
            return "expected one of " + ", ".join(pattern[2:-3].split("|"))
        if pattern.startswith("^(") and pattern.endswith(")$"):
            return "expected one of " + ", ".join(pattern[2:-2].split("|"))
        if "entity|claim" in pattern:
            return "expected a node: entity:ID, claim:ID or article:ID"
    return error.get("msg", "invalid")


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) else TITLES.get(error.status_code, "error")
        if error.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        if error.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        response = error_response(request.scope, error.status_code, message)
        for name, value in (error.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        message, details = _validation_message(error.errors())
        return error_response(request.scope, 422, message, details)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> Response:
        return error_response(request.scope, 404, str(error))

    @app.exception_handler(UploadProblem)
    async def bad_upload(request: Request, error: UploadProblem) -> Response:
        return error_response(request.scope, error.status_code, str(error))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> Response:
        return error_response(request.scope, 503, str(error))

    @app.exception_handler(DBAPIError)
    async def database_error(request: Request, error: DBAPIError) -> Response:
        # A store damaged after it was opened, or a database server gone: one line, no traceback.
        message = unusable(request.app.state.store, error)
        _LOG.error("isnad: %s %s: %s", request.method, request.url.path, message)
        return error_response(request.scope, 503, message)
