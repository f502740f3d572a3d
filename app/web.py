"""What every route module shares: templates, the store connection, filters read from a request.

Filters are read here once, as FastAPI dependencies, so that a page and its
JSON twin accept the same parameters and refuse the same bad ones (a 422 with
a readable message, see :mod:`.server`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import Depends, Query, Request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pydantic import AfterValidator
from sqlalchemy import Connection
from starlette.responses import HTMLResponse

from isnad.graph.build import Filters
from isnad.graph.status import SLUGS
from isnad.graph.store import Store

from . import graph_view
from .queries import CLAIM_SORTS, KINDS, STATUSES, ClaimFilters

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

_ISO_DATE = re.compile(r"(\d{4}(-\d{2}(-\d{2})?)?)?")  # 2031, 2031-03 or 2031-03-14 (or empty)
_NODE = re.compile(r"((entity|claim):\d+|article:[^\x00]+)?")


def _without_nul(value: str | None) -> str | None:
    if value is not None and "\x00" in value:
        raise ValueError("a NUL character is not allowed in text")
    return value


# Free text: anything but a NUL (no store keeps one; the server refuses it). A validator,
# not a pattern: /docs would show users the regular expression.
TEXT = AfterValidator(_without_nul)


def _matching(pattern: re.Pattern, what: str) -> AfterValidator:
    """A check that a value is ``what``, said in words, not as a regular expression."""
    def check(value: str | None) -> str | None:
        if value is not None and not pattern.fullmatch(value):
            raise ValueError(f"expected {what}")
        return value
    return AfterValidator(check)


DATE = _matching(_ISO_DATE, "a date: YYYY, YYYY-MM or YYYY-MM-DD")
NODE = _matching(_NODE, "a node: entity:N, claim:N or article:ID")


def one_of(values: tuple[str, ...], blank: bool = True) -> Any:
    """A parameter's type that takes one of ``values`` (or "" for any, from a form's empty
    choice, when ``blank``): /docs lists the values to pick from, not a regular expression."""
    return Literal[("",) + tuple(values) if blank else tuple(values)]


# --- templates -------------------------------------------------------------------------

def script_json(value: Any) -> Markup:
    """``value`` as JSON that is safe inside ``<script type="application/json">``.

    <, > and & become \\u escapes (no "</script>" or "<!--" can close or bend the
    element), and so do U+2028 and U+2029.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return Markup(text)


def _query(request: Request, **changes: Any) -> str:
    """The request's query string with ``changes`` (None removes a parameter)."""
    params = {key: value for key, value in request.query_params.items() if value != ""}
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return "?" + urlencode(params) if params else ""


environment = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                          autoescape=select_autoescape(["html"], default=True, default_for_string=True))
environment.filters["script_json"] = script_json
environment.globals.update(statuses=STATUSES, kinds=KINDS, query=_query, node_url=graph_view.node_url,
                           status_slug=lambda status: SLUGS.get(status, "none"))


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    page = environment.get_template(template).render(request=request, **context)
    return HTMLResponse(page, status_code=status_code)


# --- the store -------------------------------------------------------------------------

def store(request: Request) -> Store:
    return request.app.state.store


def connection(request: Request) -> Iterator[Connection]:
    """A read transaction on the store for one request."""
    with request.app.state.store.reading() as conn:
        yield conn


Conn = Annotated[Connection, Depends(connection)]


# --- filters ---------------------------------------------------------------------------

def _blank(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def claim_filters(
    status: Annotated[one_of(STATUSES) | None, Query(description="claim status")] = None,
    lang: Annotated[one_of(("ar", "en")) | None, Query()] = None,
    q: Annotated[str | None, TEXT, Query(max_length=200, description="words in the claim")] = None,
    source: Annotated[str | None, TEXT, Query(max_length=200, description="a source whose name contains this")] = None,
    outlet: Annotated[str | None, TEXT, Query(max_length=200, description="an outlet whose name contains this")] = None,
    since: Annotated[str | None, DATE, Query(description="article date from (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, DATE, Query(description="article date until")] = None,
    sort: Annotated[one_of(CLAIM_SORTS), Query()] = "id",
    order: Annotated[one_of(("asc", "desc"), blank=False), Query()] = "desc",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> ClaimFilters:
    return ClaimFilters(status=_blank(status), lang=_blank(lang), q=_blank(q), source=_blank(source),
                        outlet=_blank(outlet), since=_blank(since), until=_blank(until),
                        sort=sort or "id", order=order, page=page, per_page=per_page)


def graph_filters(
    lang: Annotated[one_of(("ar", "en")) | None, Query()] = None,
    kind: Annotated[one_of(KINDS) | None, Query(description="source kind")] = None,
    outlet: Annotated[str | None, TEXT, Query(max_length=200)] = None,
    source: Annotated[str | None, TEXT, Query(max_length=200)] = None,
    status: Annotated[one_of(STATUSES) | None, Query()] = None,
    since: Annotated[str | None, DATE, Query()] = None,
    until: Annotated[str | None, DATE, Query()] = None,
    q: Annotated[str | None, TEXT, Query(max_length=200, description="words in the claim")] = None,
    node: Annotated[str | None, NODE, Query(max_length=220,
                                      description="ego view around this node: entity:ID, claim:ID, article:ID")] = None,
    depth: Annotated[int, Query(ge=1, le=graph_view.MAX_DEPTH)] = 1,
    limit: Annotated[int, Query(ge=10, le=graph_view.MAX_LIMIT,
                                description="at most this many nodes, the best connected")] = graph_view.DEFAULT_LIMIT,
) -> Filters:
    return Filters(lang=_blank(lang), kind=_blank(kind), outlet=_blank(outlet), source=_blank(source),
                   status=_blank(status), since=_blank(since), until=_blank(until), text=_blank(q),
                   ego=_blank(node), depth=depth, limit=limit)


ClaimQuery = Annotated[ClaimFilters, Depends(claim_filters)]
GraphQuery = Annotated[Filters, Depends(graph_filters)]


def graph_document(conn: Connection, filters: Filters) -> dict:
    """What /graph draws and /api/graph returns: the view, its counts, the legend."""
    graph = graph_view.graph_view(conn, filters)
    return {"shown_nodes": graph.graph["shown_nodes"], "total_nodes": graph.graph["total_nodes"],
            "reduced": graph.graph["reduced"], "edges": graph.number_of_edges(),
            "ego": filters.ego, "depth": filters.depth, "limit": filters.limit,
            "network": graph_view.to_vis(graph), "legend": graph_view.legend()}
