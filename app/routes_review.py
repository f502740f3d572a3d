"""The review queue in the explorer: ``/review`` (forms, no script needed) and its JSON twin under ``/api/review``;
``/review/log``; merging and splitting a claim from its page (``/claims/ID/merge``, ``/claims/ID/split``).

Every change is a POST, so the server's guard (:mod:`.server`) asks for the
token when the explorer has one, and refuses other sites' pages. The
reviewer's name is given once and kept in a session cookie; the log records
it. With a token the name is required (the log must say who); without one it
is optional.
"""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, Body, HTTPException, Path as PathParam, Query, Request
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.responses import HTMLResponse, RedirectResponse, Response

from isnad.graph import review
from isnad.graph.schema import claims, statements

from .routes_api import ERRORS, NOT_FOUND, UPLOAD_ERRORS, ClaimId, _error
from .routes_pages import _unlocked
from .web import Conn, one_of, render

REVIEWER_COOKIE = "isnad_reviewer"
MAX_NAME = 100
StatementId = Annotated[int, PathParam(ge=1, description="a statement's id")]
Action = Annotated[one_of(("confirm", "correct", "reject", "move"), blank=False), PathParam()]

pages = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api/review", tags=["review"], responses=ERRORS)
# What a review change may answer besides: refused by the guard, or a review that cannot be made.
CHANGE_ERRORS = {**NOT_FOUND, 400: _error("a review that cannot be made (nothing to undo, an unknown "
                                          "kind, an empty name, no reviewer's name with a token)"),
                 401: UPLOAD_ERRORS[401], 403: UPLOAD_ERRORS[403]}


# --- the page ------------------------------------------------------------------------

@pages.get("/review", response_class=HTMLResponse)
def review_page(request: Request, conn: Conn,
                done: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
                limit: Annotated[int, Query(ge=1, le=500)] = 30) -> HTMLResponse:
    last = next((entry for entry in review.log(conn) if entry["review"] == done), None) \
        if done is not None else None
    return render(request, "review.html", page="review", entries=review.queue(conn, limit),
                  log=review.log(conn, 10), last=last, last_claims=_claims_of(conn, last),
                  reviewer=_reviewer(request), token=request.app.state.token is not None,
                  unlocked=_unlocked(request), kinds=review.entity_rules.KINDS, marked=marked)


@pages.get("/review/log", response_class=HTMLResponse)
def log_page(request: Request, conn: Conn,
             limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> HTMLResponse:
    return render(request, "review_log.html", page="review", log=review.log(conn, limit), limit=limit)


def claim_panel(request: Request, conn, claim_id: int, done: int | None) -> dict:
    """What the claim page needs to merge or split the claim: similar claims, who reviews, the
    last action when the page is its result."""
    similar = review.claim_rules.similar(conn, claim_id)
    rows = {row.id: row for row in conn.execute(
        select(claims.c.id, claims.c.text, claims.c.status).where(claims.c.id.in_(similar)))}
    last = next((entry for entry in review.log(conn, 500) if entry["review"] == done), None) \
        if done is not None else None
    return {"similar": [{"id": i, "text": rows[i].text, "status": rows[i].status} for i in similar if i in rows],
            "reviewer": _reviewer(request), "token": request.app.state.token is not None,
            "unlocked": _unlocked(request), "last": last}


@pages.post("/claims/{claim_id}/merge")
async def merge_from_page(request: Request, claim_id: ClaimId) -> Response:
    form = await _form(request)
    others = " ".join(str(value) for value in form.getlist("with")).replace(",", " ").split()
    done = await run_in_threadpool(_act, request, "merge", claim_id, {"claims": others})
    return RedirectResponse(f"/claims/{claim_id}?done={done.review_id}#review-claim", status_code=303)


@pages.post("/claims/{claim_id}/split")
async def split_from_page(request: Request, claim_id: ClaimId) -> Response:
    form = await _form(request, fields=1000)
    done = await run_in_threadpool(_act, request, "split", claim_id,
                                   {"statements": form.getlist("statement")})
    return RedirectResponse(f"/claims/{claim_id}?done={done.review_id}#review-claim", status_code=303)


@pages.post("/review/name")
async def give_name(request: Request) -> Response:
    form = await _form(request)
    name = _clean_name(form.get("name"))
    response = RedirectResponse("/review", status_code=303)
    if name:
        # Quoted: a cookie carries only ASCII, and names are often Arabic.
        response.set_cookie(REVIEWER_COOKIE, quote(name), httponly=True, samesite="strict", path="/",
                            secure=request.url.scheme == "https")
    else:
        response.delete_cookie(REVIEWER_COOKIE, path="/")
    return response


@pages.post("/review/undo")
async def undo_from_page(request: Request) -> Response:
    done = await run_in_threadpool(_act, request, "undo", None, {})
    return RedirectResponse(f"/review?done={done.review_id}", status_code=303)


@pages.post("/review/{statement_id}/{action}")
async def act_from_page(request: Request, statement_id: StatementId, action: Action) -> Response:
    form = await _form(request) if action in ("correct", "move") else {}
    values = {name: (form.get(name) or "").strip() or None
              for name in ("source", "kind", "outlet", "claim_text", "to_claim")}
    done = await run_in_threadpool(_act, request, action, statement_id, values)
    return RedirectResponse(f"/review?done={done.review_id}", status_code=303)


async def _form(request: Request, fields: int = 10) -> Any:
    if not request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        raise HTTPException(415, "send the form on the review page")
    try:
        return await request.form(max_files=0, max_fields=fields, max_part_size=4096)
    except Exception as error:  # noqa: BLE001 - a malformed form is the client's problem
        raise HTTPException(400, f"the form could not be read: {getattr(error, 'detail', error)}") from None


def marked(sentence: str, spans: dict) -> list[tuple[str | None, str]]:
    """The sentence cut into (span name or None, text) pieces, for <mark>s the template escapes."""
    bounds = sorted({0, len(sentence), *(at for span in spans.values() if span for at in span)})
    pieces = []
    for start, end in zip(bounds, bounds[1:]):
        inside = [name for name in ("speaker", "cue", "claim")
                  if spans.get(name) and spans[name][0] <= start and end <= spans[name][1]]
        pieces.append((inside[0] if inside else None, sentence[start:end]))
    return pieces


def _claims_of(conn, entry: dict | None) -> list[dict]:
    """The claims the last action touched, with their status now."""
    if entry is None:
        return []
    ids = {entry["before"].get("claim_id"), entry["after"].get("claim_id")} - {None}
    if not ids and entry["statement"] is not None:
        ids = {conn.scalar(select(statements.c.claim_id)
                           .where(statements.c.id == entry["statement"]))} - {None}
    rows = conn.execute(select(claims.c.id, claims.c.text, claims.c.status)
                        .where(claims.c.id.in_(sorted(ids))).order_by(claims.c.id)).all()
    return [{"id": row.id, "text": row.text, "status": row.status} for row in rows]


# --- the JSON API ----------------------------------------------------------------------

@api.get("/queue", summary="What to review first: reviews needing a second look, then statements of "
                           "circular, anonymous-only and single-source claims, least confident first")
def queue(conn: Conn, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict:
    return {"entries": review.queue(conn, limit)}


@api.get("/log", summary="Every review action, the last first: what, before, after, when, by whom")
def log(conn: Conn, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict:
    return {"reviews": review.log(conn, limit)}


@api.post("/undo", responses=CHANGE_ERRORS, summary="Undo the last review action")
def undo(request: Request, values: Annotated[dict[str, str | None] | None, Body()] = None) -> dict:
    return _answer(request, _act(request, "undo", None, values or {}))


@api.post("/claims/{claim_id}/merge", responses=CHANGE_ERRORS,
          summary="Merge claims into this one: {\"claims\": [ids]}; their statements join it")
def merge(request: Request, claim_id: ClaimId,
          values: Annotated[dict[str, Any] | None, Body()] = None) -> dict:
    values = values or {}
    return _answer(request, _act(request, "merge", claim_id, {"claims": _ids(values.get("claims")),
                                                             "by": values.get("by")}))


@api.post("/claims/{claim_id}/split", responses=CHANGE_ERRORS,
          summary="Split statements off this claim into a new one: {\"statements\": [ids]}")
def split(request: Request, claim_id: ClaimId,
          values: Annotated[dict[str, Any] | None, Body()] = None) -> dict:
    values = values or {}
    return _answer(request, _act(request, "split", claim_id,
                                 {"statements": _ids(values.get("statements")), "by": values.get("by")}))


def _ids(value: Any) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else []


@api.post("/{statement_id}/{action}", responses=CHANGE_ERRORS, summary="Confirm, correct (source, kind, outlet, claim_text), "
                                               "reject or move (to_claim) a statement")
def act(request: Request, statement_id: StatementId, action: Action,
        values: Annotated[dict[str, str | int | None] | None, Body()] = None) -> dict:
    values = {name: None if value is None else str(value).strip() or None
              for name, value in (values or {}).items()}
    return _answer(request, _act(request, action, statement_id, values))


def _answer(request: Request, done: review.Done) -> dict:
    with request.app.state.store.reading() as conn:
        rows = conn.execute(select(claims.c.id, claims.c.status).where(claims.c.id.in_(done.claim_ids())))
        return {**done.to_json(), "claims": {str(row.id): row.status for row in rows}}


# --- doing it ----------------------------------------------------------------------------

def _act(request: Request, action: str, statement_id: int | None, values: dict) -> review.Done:
    """One review action in one transaction, by the session's reviewer; a refusal is a 4xx.

    ``statement_id`` is the statement acted on, or for a merge or split the claim."""
    reviewer = _reviewer(request) or _clean_name(values.get("by"))
    if request.app.state.token is not None and not reviewer:
        raise HTTPException(400, "give your name first (the review log records who made each change)")
    try:
        with request.app.state.store.transaction() as conn:
            if action == "confirm":
                return review.confirm(conn, statement_id, reviewer)
            if action == "correct":
                return review.correct(conn, statement_id, reviewer, source=values.get("source"),
                                      kind=values.get("kind"), outlet=values.get("outlet"),
                                      claim_text=values.get("claim_text"))
            if action == "reject":
                return review.reject(conn, statement_id, reviewer)
            if action == "move":
                target = values.get("to_claim") or ""
                if not target.isdigit():
                    raise review.ReviewError("to_claim: a claim's number")
                return review.move(conn, statement_id, int(target), reviewer)
            if action in ("merge", "split"):
                ids = values.get("claims" if action == "merge" else "statements") or []
                if not all(i.isdecimal() and len(i) < 12 for i in ids):
                    raise review.ReviewError(f"{'claims' if action == 'merge' else 'statements'}: "
                                             "numbers only")
                numbers = [int(i) for i in ids]
                # statement_id is the claim's id here: the claim merged into, or split
                return (review.merge if action == "merge" else review.split)(
                    conn, statement_id, numbers, reviewer)
            return review.undo(conn, reviewer)
    except review.ReviewError as error:
        status = 404 if str(error).startswith(("no statement", "no claim")) else 400
        raise HTTPException(status, str(error)) from None


def _reviewer(request: Request) -> str | None:
    return _clean_name(unquote(request.cookies.get(REVIEWER_COOKIE) or ""))


def _clean_name(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())[:MAX_NAME]
    return name or None
