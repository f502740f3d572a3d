"""The JSON API under /api/: everything the pages show, as JSON, documented at /docs."""
from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Path as PathParam, Query, Request
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from isnad.graph import export
from isnad.graph.build import Filters, build

from . import graph_view, queries, uploads
from .web import TEXT, ClaimQuery, Conn, GraphQuery, graph_document, one_of

def _error(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": {
        "type": "object", "required": ["error", "status"],
        "properties": {"error": {"type": "string"}, "status": {"type": "integer"},
                       "details": {"type": "array", "items": {"type": "string"}}}}}}}


# Every answer an operation may give is in the OpenAPI document (schemathesis checks it).
ERRORS = {400: _error("bad request: a NUL byte, a host name this server does not answer "
                       "to, or (ingest) nothing that could be read"),
          422: _error("malformed parameters, each named with what is expected"),
          503: _error("the store cannot be reached")}
NOT_FOUND = {404: _error("no such id in this store")}
UPLOAD_ERRORS = {401: _error("the server has a token and the request did not send it"),
                 403: _error("a wrong token, or a request from another site's page"),
                 413: _error("the request is larger than the upload limit"),
                 415: _error("not a form, or a file isnad does not read (binary, unknown suffix)")}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)

# No upper bound: an id past what the store can hold is an unknown id (404), like any other.
EntityId = Annotated[int, PathParam(ge=1, description="a source's id")]
ClaimId = Annotated[int, PathParam(ge=1, description="a claim's id")]


@router.get("/overview", summary="Corpus size, claims that need attention, top sources and outlets")
def overview(conn: Conn) -> dict:
    return queries.overview(conn)


@router.get("/claims", summary="Claims, filtered, sorted and paginated")
def claims(conn: Conn, filters: ClaimQuery) -> dict:
    return queries.claims_page(conn, filters)


@router.get("/claims/{claim_id}", responses=NOT_FOUND, summary="One claim: its statements, origins, chains and status")
def claim(conn: Conn, claim_id: ClaimId) -> dict:
    return queries.claim_detail(conn, claim_id)


@router.get("/articles/{article_id:path}", responses=NOT_FOUND, summary="One article: text, attributions, highlighted segments")
def article(conn: Conn, article_id: str) -> dict:
    return queries.article_detail(conn, article_id)


@router.get("/sources", summary="Sources ranked by how many statements credit them")
def sources(conn: Conn,
            kind: Annotated[one_of(queries.KINDS) | None, Query()] = None,
            q: Annotated[str | None, TEXT, Query(max_length=200)] = None,
            page: Annotated[int, Query(ge=1, le=100_000)] = 1,
            per_page: Annotated[int, Query(ge=1, le=200)] = 50) -> dict:
    rows = queries.top_sources(conn, top=per_page, kind=kind or None, search=(q or "").strip() or None,
                               offset=(page - 1) * per_page)
    return {"page": page, "per_page": per_page, "sources": rows}


@router.get("/sources/{entity_id}", responses=NOT_FOUND, summary="One source: what it said, where, to whom; aliases, merges, co-sources")
def source(conn: Conn, entity_id: EntityId) -> dict:
    return queries.source_detail(conn, entity_id)


@router.get("/graph", responses=NOT_FOUND, summary="The graph view: nodes and edges as vis-network draws them (bounded), "
                                                     "and the node count of the whole store's graph")
def graph(conn: Conn, filters: GraphQuery) -> dict:
    return graph_answer(conn, filters)


def graph_answer(conn: Connection, filters: Filters) -> dict:
    """The bounded view of ``filters`` and, beside its counts, the nodes of the whole store's graph."""
    return {**graph_document(conn, filters), "store_nodes": queries.store_nodes(conn)}


@router.post("/ingest", responses=UPLOAD_ERRORS, summary="Ingest pasted text or uploaded files (multipart form: text, title, "
                                "outlet, date, lang, files)",
             openapi_extra={"requestBody": {"content": {"multipart/form-data": {"schema": {
                 "type": "object", "properties": {
                     "text": {"type": "string", "description": "an article's text (or upload files)"},
                     "title": {"type": "string", "maxLength": 200},
                     "outlet": {"type": "string", "maxLength": 200}, "date": {"type": "string", "maxLength": 200},
                     "lang": {"type": "string", "enum": ["", "ar", "en"]},
                     "files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}},
                 "required": True}})
async def ingest(request: Request) -> dict:
    fields, files = await read_upload(request)
    result = await run_in_threadpool(uploads.run, request.app.state.store, fields, files,
                                     request.app.state.ingest_seconds)
    return result.to_json()


async def read_upload(request: Request) -> tuple[dict, list[tuple[str, bytes]]]:
    """The form of an ingest request, checked (the page and the API read it the same way)."""
    kind = request.headers.get("content-type", "")
    if not kind.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        raise uploads.UploadProblem("send a form (multipart/form-data) with text or files", 415)
    limit = request.app.state.max_upload
    try:
        raw = await request.body()  # kept to read form fields that are not UTF-8 (see uploads.read_form)
        form = await request.form(max_files=uploads.MAX_FILES + 1, max_fields=20, max_part_size=limit)
    except (uploads.UploadProblem, uploads.TooLarge):
        raise
    except Exception as error:  # noqa: BLE001 - a malformed form is the client's problem
        raise uploads.UploadProblem(f"the form could not be read: {getattr(error, 'detail', error)}") from None
    return await uploads.read_form(form, raw)


# --- exports ----------------------------------------------------------------------------

EXPORT_TYPES = {"gexf": ("application/gexf+xml", "gexf"), "graphml": ("application/graphml+xml", "graphml"),
                "json": ("application/json", "json"), "csv": ("application/zip", "zip"),
                "claimreview": ("application/ld+json", "jsonld")}


@router.get("/export/{fmt}", responses={**NOT_FOUND, 200: {"description": "the file, as an attachment", "content": {
    media_type: {"schema": {"type": "array" if media_type == "application/ld+json" else "object"}
                 if media_type in ("application/json", "application/ld+json") else
                 {"type": "string", "format": "binary"}} for media_type, _ in EXPORT_TYPES.values()}}},
    summary="Download the graph: GEXF, GraphML, node-link JSON, CSV (zip) or ClaimReview JSON-LD; "
                                     "the whole store, or the graph filters given")
def download(conn: Conn, filters: GraphQuery,
             fmt: Annotated[one_of(("gexf", "graphml", "json", "csv", "claimreview"), blank=False), PathParam()],
             request: Request) -> Response:
    filters = _export_filters(conn, filters, request)
    try:
        graph = build(conn, filters)
    except KeyError:
        raise queries.NotFound(f"{filters.ego} is not in the filtered graph: try fewer filters") from None
    media_type, suffix = EXPORT_TYPES[fmt]
    with tempfile.TemporaryDirectory(prefix="isnad-export-") as folder:
        target = Path(folder) / ("csv" if fmt == "csv" else f"isnad.{suffix}")
        written = export.write(graph, fmt, target)
        if fmt == "csv":
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in written:
                    archive.write(path, path.name)
            body = buffer.getvalue()
        else:
            body = written[0].read_bytes()
    return Response(body, media_type=media_type,
                    headers={"content-disposition": f'attachment; filename="isnad.{suffix}"'})


def _export_filters(conn, filters: Filters, request: Request) -> Filters:
    """The page's filters for a download: every node they keep (no limit unless one was asked)."""
    if filters.ego is not None:
        filters = replace(filters, ego=graph_view.current_node(conn, filters.ego))
    limit = filters.limit if "limit" in request.query_params else None
    return replace(filters, limit=limit)
