"""``isnad serve`` and ``isnad demo``: the explorer in a browser.

uvicorn and the app are imported inside the commands, so that ``isnad --help``
does not wait for them.
"""
from __future__ import annotations

import argparse
import os
import tempfile
from importlib.resources import as_file, files

from .cli import EXIT_FAILED, argument, command, report_error
from .store_commands import DB_HELP


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"a port is between 0 and 65535, got {value}")
    return value


SERVE_ARGUMENTS = (
    argument("--host", default="127.0.0.1",
             help="address to listen on (default 127.0.0.1: this machine only)"),
    argument("--port", type=_port, default=8000, help="port to listen on (default 8000)"),
)


@command(
    "serve", "explore a store in the browser: overview, graph, claims, sources, articles, ingest, API",
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
    *SERVE_ARGUMENTS,
)
def serve_command(args: argparse.Namespace) -> int:
    from isnad.graph.store import StoreError

    try:
        return _serve(args.db, args.host, args.port)
    except StoreError as error:
        report_error(str(error))
        return EXIT_FAILED


def _serve(db: str | None, host: str, port: int) -> int:
    import uvicorn

    from .server import create_app

    app = create_app(db)
    print(f"isnad: serving {app.state.store.where} at http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    return 0


@command(
    "demo", "ingest the built-in demo articles into a fresh store and serve it",
    argument("--db", metavar="PATH",
             help="the fresh SQLite file to create (default: a new temporary file); "
                  "an existing file is refused"),
    *SERVE_ARGUMENTS,
)
def demo_command(args: argparse.Namespace) -> int:
    from isnad.graph.ingest import ingest
    from isnad.graph.store import StoreError, open_store

    if args.db and os.path.exists(args.db):
        report_error(f"{args.db} exists: the demo needs a fresh store (name a new file)")
        return EXIT_FAILED
    db = args.db or os.path.join(tempfile.mkdtemp(prefix="isnad-demo-"), "demo.db")
    try:
        store = open_store(db)
        try:
            with as_file(files("isnad.data") / "demo") as folder:
                summary = ingest(store, [folder], on_error=report_error)
        finally:
            store.engine.dispose()
        print(f"isnad: demo store {db}: {summary.articles} articles, "
              f"{summary.statements} statements, {summary.new_claims} claims", flush=True)
        return _serve(db, args.host, args.port)
    except StoreError as error:
        report_error(str(error))
        return EXIT_FAILED
