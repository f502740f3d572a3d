"""``isnad serve`` and ``isnad demo``: the explorer in a browser.

uvicorn and the app are imported inside the commands, so that ``isnad --help``
does not wait for them.
"""
from __future__ import annotations

import argparse
import errno
import os
import shutil
import signal
import socket
import sys
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
             help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 exposes "
                  "the explorer to the network: give it a --token)"),
    argument("--port", type=_port, default=8000, help="port to listen on (default 8000)"),
    argument("--token", metavar="TOKEN", default=None,
             help="require this token to change the store (ingest; any POST): "
                  "Authorization: Bearer TOKEN for the API, entered once at /unlock in a browser; "
                  "reading stays open (default: $ISNAD_TOKEN, else none; prefer the variable, "
                  "other users can see a command line)"),
)
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@command(
    "serve", "explore a store in the browser: overview, graph, claims, sources, articles, ingest, API",
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
    *SERVE_ARGUMENTS,
)
def serve_command(args: argparse.Namespace) -> int:
    from isnad.graph.store import StoreError

    try:
        return _serve(args.db, args.host, args.port, _token(args))
    except StoreError as error:
        report_error(str(error))
        return EXIT_FAILED


def _token(args: argparse.Namespace) -> str | None:
    token = args.token if args.token is not None else os.environ.get("ISNAD_TOKEN")
    return token.strip() or None if token is not None else None


def port_taken(host: str, port: int) -> str | None:
    """Why ``port`` on ``host`` cannot be listened on (another server has it), or None."""
    if port == 0:
        return None  # the system picks a free one
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                return (f"port {port} on {host} is already in use (another isnad serve?): "
                        f"stop it, or choose another port with --port")
            return f"cannot listen on {host}:{port}: {error.strerror or error}"
    return None


def _serve(db: str | None, host: str, port: int, token: str | None = None) -> int:
    import uvicorn

    from .server import LOOPBACK_HOSTS, create_app

    host = host.strip("[]")
    taken = port_taken(host, port)
    if taken:
        report_error(taken)
        return EXIT_FAILED
    loopback = host.lower() in LOOPBACK
    app = create_app(db, token=token, allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    shown = f"[{host}]" if ":" in host else host
    print(f"isnad: serving {app.state.store.where} at http://{shown}:{port}/ (Ctrl-C stops)", flush=True)
    if not loopback:
        protection = ("ingest needs the token" if token else
                      "anyone who can reach it can ingest: restart with ISNAD_TOKEN=... or --token TOKEN")
        print(f"isnad: warning: listening on {host}, the explorer is now reachable from the network "
              f"and anyone who can reach it can read the store; {protection} "
              "(no TLS: put a reverse proxy in front, see SECURITY.md)", file=sys.stderr, flush=True)
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
    if args.db and os.path.exists(args.db):
        report_error(f"{args.db} exists: the demo needs a fresh store (name a new file)")
        return EXIT_FAILED
    taken = port_taken(args.host.strip("[]"), args.port)
    if taken:  # before building a store that could not be served
        report_error(taken)
        return EXIT_FAILED
    made = None if args.db else tempfile.mkdtemp(prefix="isnad-demo-")
    db = args.db or os.path.join(made, "demo.db")
    # SIGTERM ends the demo as Ctrl-C does, through the cleanup below (uvicorn hands it
    # back to this handler once the server has stopped).
    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        return _demo(db, args)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if made:  # the temporary store goes with the demo; a --db file stays
            shutil.rmtree(made, ignore_errors=True)


def _exit(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _demo(db: str, args: argparse.Namespace) -> int:
    from isnad.graph.ingest import ingest
    from isnad.graph.store import StoreError, open_store

    try:
        store = open_store(db)
        try:
            with as_file(files("isnad.data") / "demo") as folder:
                summary = ingest(store, [folder], on_error=report_error)
        finally:
            store.engine.dispose()
        print(f"isnad: demo store {db}: {summary.articles} articles, "
              f"{summary.statements} statements, {summary.new_claims} claims", flush=True)
        return _serve(db, args.host, args.port, _token(args))
    except StoreError as error:
        report_error(str(error))
        return EXIT_FAILED
