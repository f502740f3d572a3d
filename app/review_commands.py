"""``isnad review``: check what the extractor found and fix it, one command an action.

    isnad review queue                       what to look at first
    isnad review confirm ID                  the extractor got statement ID right
    isnad review correct ID [--source NAME] [--kind KIND] [--outlet NAME] [--claim-text TEXT]
    isnad review reject ID                   not an attribution
    isnad review move ID --to-claim CLAIM_ID
    isnad review merge CLAIM_ID OTHER_CLAIM_ID [...]    the others join the first
    isnad review split CLAIM_ID --statements ID [...]   those statements leave for a claim of their own
    isnad review undo                        take back the last action
    isnad review log                         every action: what, before, after, when, by whom

The reviewer's name comes from ``--by``, else ``$ISNAD_REVIEWER``, else the
login name. The store is imported inside the commands, so that ``isnad --help``
does not wait for it.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from .cli import EXIT_FAILED, argument, command, one_line, report_error
from .store_commands import DB_HELP, EXIT_USAGE, KINDS

ACTIONS = ("queue", "confirm", "correct", "reject", "move", "merge", "split", "undo", "log")
_WITH_ID = ("confirm", "correct", "reject", "move")
_PAST = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected", "move": "moved",
         "merge": "merged", "split": "split off"}
_MARKS = {"speaker": ("{", "}"), "cue": ("[", "]"), "claim": ("«", "»")}


@command(
    "review", "review what the extractor found: queue, confirm, correct, reject, move, merge, split, "
              "undo, log",
    argument("action", choices=ACTIONS, help="queue: statements to check first; confirm, correct, "
             "reject, move: one statement; merge: claims into the first; split: statements off a "
             "claim; undo: the last action; log: every action"),
    argument("ids", nargs="*", metavar="ID",
             help="the statement (confirm, correct, reject, move); the claims (merge: CLAIM_ID "
                  "OTHER_CLAIM_ID ...; split: CLAIM_ID)"),
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
    argument("--source", metavar="NAME", help="correct: who really said it"),
    argument("--kind", choices=KINDS, help="correct: what kind of source it is"),
    argument("--outlet", metavar="NAME", help="correct: the outlet it was given to"),
    argument("--claim-text", metavar="TEXT", help="correct: the claim's wording"),
    argument("--to-claim", metavar="CLAIM_ID", help="move: the claim it belongs to"),
    argument("--statements", nargs="+", metavar="ID",
             help="split: the statements that leave the claim for a new one"),
    argument("--by", metavar="NAME",
             help="who reviews (default: $ISNAD_REVIEWER, else the login name)"),
    argument("--limit", type=int, default=20, metavar="N",
             help="queue, log: at most N entries (default 20)"),
    argument("--format", choices=("table", "json"),
             help="table: for reading; json: one JSON document per line "
                  "(default: table on a terminal, json otherwise)"),
)
def review_command(args: argparse.Namespace) -> int:
    if problem := _usage(args):
        report_error(f"usage: {problem}")
        return EXIT_USAGE
    from isnad.graph.entities import EntityError
    from isnad.graph.review import ReviewError
    from isnad.graph.store import StoreError, open_store

    try:
        store = open_store(args.db, create=False)
        try:
            _run(store, args)
        finally:
            store.engine.dispose()
    except (StoreError, ReviewError, EntityError) as error:
        report_error(str(error))
        return EXIT_FAILED
    return 0


def _usage(args: argparse.Namespace) -> str | None:
    if args.action in _WITH_ID:
        if len(args.ids) != 1 or not args.ids[0].isdigit():
            return f"isnad review {args.action} STATEMENT_ID: one statement's number"
    elif args.action == "merge":
        if len(args.ids) < 2 or not all(i.isdigit() for i in args.ids):
            return "isnad review merge CLAIM_ID OTHER_CLAIM_ID [...]: two claims' numbers or more"
    elif args.action == "split":
        if len(args.ids) != 1 or not args.ids[0].isdigit():
            return "isnad review split CLAIM_ID --statements ID [ID ...]: one claim's number"
        if not args.statements or not all(i.isdigit() for i in args.statements):
            return "isnad review split CLAIM_ID --statements ID [ID ...]: the statements' numbers"
    elif args.ids:
        return f"isnad review {args.action} takes no id"
    if args.action != "split" and args.statements is not None:
        return "--statements goes with isnad review split"
    if args.action == "move" and (args.to_claim is None or not args.to_claim.isdigit()):
        return "isnad review move STATEMENT_ID --to-claim CLAIM_ID: a claim's number"
    correcting = (args.source, args.kind, args.outlet, args.claim_text)
    if args.action != "correct" and any(value is not None for value in correcting):
        return "--source, --kind, --outlet and --claim-text go with isnad review correct"
    if args.action == "correct" and all(value is None for value in correcting):
        return "isnad review correct STATEMENT_ID needs --source, --kind, --outlet or --claim-text"
    if args.limit < 1:
        return "--limit must be at least 1"
    return None


def _run(store, args: argparse.Namespace) -> None:
    from isnad.graph import review

    if args.action in ("queue", "log"):
        with store.reading() as conn:
            docs = review.queue(conn, args.limit) if args.action == "queue" else review.log(conn, args.limit)
        _show(docs, args)
        return
    reviewer = reviewer_name(args.by)
    ids = [int(i) for i in args.ids]
    statement = ids[0] if args.action in _WITH_ID else None
    with store.transaction() as conn:
        if args.action == "confirm":
            done = review.confirm(conn, statement, reviewer)
        elif args.action == "correct":
            done = review.correct(conn, statement, reviewer, source=args.source, kind=args.kind,
                                  outlet=args.outlet, claim_text=args.claim_text)
        elif args.action == "reject":
            done = review.reject(conn, statement, reviewer)
        elif args.action == "move":
            done = review.move(conn, statement, int(args.to_claim), reviewer)
        elif args.action == "merge":
            done = review.merge(conn, ids[0], ids[1:], reviewer)
        elif args.action == "split":
            done = review.split(conn, ids[0], [int(i) for i in args.statements], reviewer)
        else:
            done = review.undo(conn, reviewer)
        statuses = _statuses(conn, done.claim_ids())
    print(_done_line(args.action, done))
    if statuses:
        print(one_line("now: " + "; ".join(f"claim {claim_id} {status or 'no status'}"
                                           for claim_id, status in statuses)))


def _statuses(conn, claim_ids: list[int]) -> list[tuple[int, str | None]]:
    """The status of each claim an action touched, as it is after it (gone claims left out)."""
    from sqlalchemy import select

    from isnad.graph.schema import claims

    return [tuple(row) for row in conn.execute(select(claims.c.id, claims.c.status)
                                               .where(claims.c.id.in_(claim_ids)).order_by(claims.c.id))]


def reviewer_name(given: str | None) -> str | None:
    name = given or os.environ.get("ISNAD_REVIEWER")
    if name is None:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):  # no login name (a container without a passwd entry)
            return None
    return name.strip() or None


def _done_line(action: str, done) -> str:
    if done.rest:
        return _batch_line(action, done)
    what = f"undid {done.action} of statement {done.statement_id}" if action == "undo" \
        else f"{_PAST[action]} statement {done.statement_id}"
    changes = "; ".join(f"{name}: {_value(done.before, name)} → {_value(done.after, name)}"
                        for name in _readable(done.changes()))
    return one_line(f"{what}" + (f" ({changes})" if changes else ""))


def _batch_line(action: str, done) -> str:
    """A merge or split (or its undo): which statements went from which claims to which."""
    moves: dict[tuple, list[str]] = {}
    for one in done.each():
        moves.setdefault((one.before.get("claim_id"), one.after.get("claim_id")), []).append(
            str(one.statement_id))
    said = "; ".join(f"statement{'s' if len(ids) > 1 else ''} {', '.join(ids)}: "
                     + (f"claim {old} → {new}" if old != new else f"stay{'' if len(ids) > 1 else 's'} "
                                                                  f"in claim {new}")
                     for (old, new), ids in moves.items())
    what = f"undid {done.action}" if action == "undo" else _PAST[action]
    return one_line(f"{what} ({said})")


def _readable(changes: dict) -> list[str]:
    names = {"entity_id": "source", "outlet_id": "outlet", "claim_id": "claim"}
    return list(dict.fromkeys(names.get(name, name) for name in changes))


def _value(values: dict, name: str) -> str:
    value = values.get(name)
    if name == "claim" and values.get("claim_id") is not None:
        return f"{values['claim_id']} ({value})"
    return "none" if value is None else str(value)


def _show(docs: list[dict], args: argparse.Namespace) -> None:
    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        for doc in docs:
            sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        return
    if not docs:
        print("(nothing to review)" if args.action == "queue" else "(no reviews yet)")
        return
    for doc in docs:
        print(one_line(_queue_line(doc) if args.action == "queue" else _log_line(doc)))


def _queue_line(doc: dict) -> str:
    if "second_look" in doc:
        return (f"second look: review {doc['review']} ({doc['action']}) of article {doc['article']}: "
                f"{doc['second_look']}: {doc['sentence']}")
    confidence = "?" if doc["confidence"] is None else f"{doc['confidence']:.2f}"
    claim = doc["claim"]
    outlet = f" via {doc['outlet']}" if doc["outlet"] else ""
    return (f"{doc['statement']}  {claim['status'] or '-'}  {confidence}  {doc['source']} "
            f"({doc['kind']}){outlet}  claim {claim['id']}: {marked(doc['sentence'], doc['spans'])}")


def marked(sentence: str, spans: dict) -> str:
    """The sentence with its spans between marks: «claim» [cue] {speaker}."""
    inserts = []
    for name, span in spans.items():
        if span is not None:
            opening, closing = _MARKS[name]
            inserts += [(span[0], 1, opening), (span[1], 0, closing)]
    out, at = [], 0
    for offset, _, mark in sorted(inserts):
        out += [sentence[at:offset], mark]
        at = offset
    return "".join(out) + sentence[at:]


def _log_line(doc: dict) -> str:
    changes = "; ".join(f"{name}: {doc['before'].get(name)} → {doc['after'].get(name)}"
                        for name in doc["before"] if not name.endswith("_id"))
    state = " (undone)" if doc["undone_at"] else ""
    look = f" [second look: {doc['second_look']}]" if doc["second_look"] else ""
    return (f"{doc['review']}  {doc['at'][:19]}  {doc['by'] or '-'}  {doc['action']} statement "
            f"{doc['statement'] if doc['statement'] is not None else '-'}{state}: {changes}{look}")
