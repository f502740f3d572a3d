"""The explorer's HTML pages: each one the JSON of its /api/ twin, rendered by a template."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from . import queries, uploads
from .routes_api import ClaimId, EntityId, graph_answer, read_upload
from .web import TEXT, ClaimQuery, Conn, GraphQuery, one_of, render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, conn: Conn) -> HTMLResponse:
    return render(request, "overview.html", page="overview", data=queries.overview(conn))


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request, conn: Conn, filters: GraphQuery) -> HTMLResponse:
    return render(request, "graph.html", page="graph", filters=filters,
                  data=graph_answer(conn, filters))


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, conn: Conn, filters: ClaimQuery) -> HTMLResponse:
    return render(request, "claims.html", page="claims", filters=filters,
                  data=queries.claims_page(conn, filters))


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, conn: Conn, claim_id: ClaimId,
          done: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None) -> HTMLResponse:
    from .routes_review import claim_panel  # it builds on this module's unlock check

    return render(request, "claim.html", page="claims", claim=queries.claim_detail(conn, claim_id),
                  review=claim_panel(request, conn, claim_id, done))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, conn: Conn, article_id: str) -> HTMLResponse:
    return render(request, "article.html", page="articles", article=queries.article_detail(conn, article_id))


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, conn: Conn,
            kind: Annotated[one_of(queries.KINDS) | None, Query()] = None,
            q: Annotated[str | None, TEXT, Query(max_length=200)] = None,
            page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    per_page = 50
    rows = queries.top_sources(conn, top=per_page, kind=kind or None, search=(q or "").strip() or None,
                               offset=(page - 1) * per_page)
    return render(request, "sources.html", page="sources", rows=rows, kind=kind or "", q=q or "",
                  number=page, more=len(rows) == per_page)


@router.get("/sources/{entity_id}", response_class=HTMLResponse)
def source(request: Request, conn: Conn, entity_id: EntityId) -> Response:
    current = queries.current_entity(conn, entity_id)
    if current != entity_id:  # merged into another entity: that one's page
        return RedirectResponse(f"/sources/{current}", status_code=307)
    return render(request, "source.html", page="sources", source=queries.source_detail(conn, entity_id))


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    return render(request, "ingest.html", page="ingest", limit=uploads.size(request.app.state.max_upload),
                  formats=uploads.FORMATS, max_files=uploads.MAX_FILES, locked=not _unlocked(request))


@router.post("/ingest", response_class=HTMLResponse)
async def ingest(request: Request) -> HTMLResponse:
    fields, files = await read_upload(request)
    result = await run_in_threadpool(uploads.run, request.app.state.store, fields, files,
                                     request.app.state.ingest_seconds)
    return render(request, "ingest_result.html", page="ingest", result=result)


@router.get("/unlock", response_class=HTMLResponse)
def unlock_form(request: Request) -> HTMLResponse:
    return render(request, "unlock.html", page="ingest", needed=request.app.state.token is not None,
                  unlocked=_unlocked(request), wrong=False)


@router.post("/unlock", response_class=HTMLResponse)
async def unlock(request: Request) -> Response:
    """Check the token typed in the browser; right, keep a cookie derived from it for the session."""
    from .server import TOKEN_COOKIE, cookie_value, token_matches

    token = request.app.state.token
    if token is None:
        return RedirectResponse("/ingest", status_code=303)
    if not request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        raise uploads.UploadProblem("send the token from the form on this page", 415)
    try:
        form = await request.form(max_files=0, max_fields=4, max_part_size=4096)
    except Exception as error:  # noqa: BLE001 - a malformed form is the client's problem
        raise uploads.UploadProblem(f"the form could not be read: {getattr(error, 'detail', error)}") from None
    given = form.get("token")
    if not isinstance(given, str) or not token_matches(given.strip(), token):
        return render(request, "unlock.html", status_code=403, page="ingest", needed=True, unlocked=False,
                      wrong=True)
    response = RedirectResponse("/ingest", status_code=303)
    response.set_cookie(TOKEN_COOKIE, cookie_value(token), httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
    return response


def _unlocked(request: Request) -> bool:
    from .server import TOKEN_COOKIE, cookie_value, token_matches

    token = request.app.state.token
    given = request.cookies.get(TOKEN_COOKIE)
    return token is None or (given is not None and token_matches(given, cookie_value(token)))


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    return render(request, "docs.html", page="docs")


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=308)

