"""The explorer: a FastAPI app over one store, with HTML pages and a JSON API.

``create_app(db)`` builds it; ``isnad serve`` runs it with uvicorn. Every page
and its data come from this process: the stylesheet, the scripts and
vis-network are package files under ``static/``, and a Content-Security-Policy
on every response keeps the browser from loading or running anything else.
Errors are answered as a readable page (or JSON under ``/api/``) with a 4xx
status: unknown ids, malformed filters, oversized or binary uploads, wrong
methods.
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from isnad.graph.store import StoreError, open_store

from . import routes_api, routes_pages
from .queries import NotFound
from .uploads import MAX_UPLOAD_BYTES, BodyLimit, UploadProblem
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


def create_app(db: str | None = None, max_upload: int = MAX_UPLOAD_BYTES) -> FastAPI:
    """The explorer over the store at ``db`` (a SQLite path or a database URL; None: the default)."""
    store = open_store(db)
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.engine.dispose()

    app = FastAPI(title="isnad", description=DESCRIPTION, version=_version(), lifespan=lifespan,
                  docs_url=None, redoc_url=None,  # /docs is our own page: Swagger UI would load from a CDN
                  openapi_url="/openapi.json")
    app.state.store = store
    app.state.max_upload = max_upload
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    app.add_middleware(BodyLimit, limit=max_upload, respond=error_response)
    app.add_middleware(SecurityHeaders)
    _handle_errors(app)

    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("isnad")
    except PackageNotFoundError:
        return "0"


class SecurityHeaders:
    """ASGI middleware: the Content-Security-Policy and its companions on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


# --- errors ---------------------------------------------------------------------------

TITLES = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 413: "Upload too large",
          415: "Unsupported file", 422: "Malformed request", 503: "Store unavailable"}


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
