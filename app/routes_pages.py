"""The explorer's HTML pages: each one the JSON of its /api/ twin, rendered by a template."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from . import queries, uploads
from .routes_api import ClaimId, EntityId, read_upload
from .web import ClaimQuery, Conn, GraphQuery, graph_document, render

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, conn: Conn) -> HTMLResponse:
    return render(request, "overview.html", page="overview", data=queries.overview(conn))


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request, conn: Conn, filters: GraphQuery) -> HTMLResponse:
    return render(request, "graph.html", page="graph", filters=filters,
                  data=graph_document(conn, filters))


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, conn: Conn, filters: ClaimQuery) -> HTMLResponse:
    return render(request, "claims.html", page="claims", filters=filters,
                  data=queries.claims_page(conn, filters))


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, conn: Conn, claim_id: ClaimId) -> HTMLResponse:
    return render(request, "claim.html", page="claims", claim=queries.claim_detail(conn, claim_id))


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, conn: Conn, article_id: str) -> HTMLResponse:
    return render(request, "article.html", page="articles", article=queries.article_detail(conn, article_id))


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, conn: Conn,
            kind: Annotated[str | None, Query(pattern="^(" + "|".join(queries.KINDS) + ")?$")] = None,
            q: Annotated[str | None, Query(max_length=200)] = None,
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
                  formats=uploads.FORMATS, max_files=uploads.MAX_FILES)


@router.post("/ingest", response_class=HTMLResponse)
async def ingest(request: Request) -> HTMLResponse:
    fields, files = await read_upload(request)
    result = await run_in_threadpool(uploads.run, request.app.state.store, fields, files)
    return render(request, "ingest_result.html", page="ingest", result=result)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    return render(request, "docs.html", page="docs")


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=308)

