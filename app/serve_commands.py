"""``isnad serve`` and ``isnad demo``: the explorer in a browser.

uvicorn and the app are imported inside the commands, so that ``isnad --help``
does not wait for them.
"""
from __future__ import annotations

import argparse
import argparse
import errno
import ipaddress
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
    argument("--ingest-seconds", type=float, default=None, metavar="S",
             help="what one upload's ingest may take (default 60): what is not stored by then "
                  "is not stored, and the answer says so"),
    argument("--forwarded-allow-ips", metavar="IPS", default=None,
             help="comma-separated addresses of reverse proxies whose X-Forwarded-Host names this "
                  "explorer's public host (default: none; only then is the header trusted)"),
    argument("--token", metavar="TOKEN", default=None,
             help="require this token to change the store (ingest; any POST): "
                  "Authorization: Bearer TOKEN for the API, entered once at /unlock in a browser; "
                  "reading stays open (default: $ISNAD_TOKEN, else none; prefer the variable, "
                  "other users can see a command line)"),
)
SHUTDOWN_SECONDS = 5  # SIGTERM or Ctrl-C: what requests still running get before the server stops


class _EmptyToken(Exception):
    """--token or ISNAD_TOKEN given but empty: no protection where some was asked for."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only: localhost, 127.0.0.0/8 in any spelling
    (127.1, 127.0.0.2), ::1, and ::ffff:127.0.0.1."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:  # the short IPv4 forms inet_aton reads, as the server's socket will: 127.1
            address = ipaddress.ip_address(socket.inet_aton(host))
        except OSError:
            return False
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback


@command(
    "serve", "explore a store in the browser: overview, graph, claims, sources, articles, ingest, API",
    argument("--db", metavar="PATH_OR_URL", help=DB_HELP),
    *SERVE_ARGUMENTS,
)
def serve_command(args: argparse.Namespace) -> int:
    from isnad.graph.store import StoreError

    try:
        return _serve(args.db, args.host, args.port, _token(args), _proxies(args), args.ingest_seconds)
    except (StoreError, _EmptyToken) as error:
        report_error(str(error))
        return EXIT_FAILED


def _token(args: argparse.Namespace) -> str | None:
    given, where = (args.token, "--token") if args.token is not None else \
        (os.environ.get("ISNAD_TOKEN"), "ISNAD_TOKEN")
    if given is None:
        return None
    if not given.strip():
        raise _EmptyToken(f"{where} is empty: give a long random token, or leave {where} out "
                          "to serve without one")
    return given.strip()


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


def _proxies(args: argparse.Namespace) -> tuple[str, ...]:
    given = getattr(args, "forwarded_allow_ips", None) or ""
    return tuple(part.strip() for part in given.split(",") if part.strip())


def _serve(db: str | None, host: str, port: int, token: str | None = None,
           proxies: tuple[str, ...] = (), ingest_seconds: float | None = None) -> int:
    import uvicorn

    from .server import LOOPBACK_HOSTS, create_app

    host = host.strip("[]")
    taken = port_taken(host, port)
    if taken:
        report_error(taken)
        return EXIT_FAILED
    loopback = is_loopback(host)
    app = create_app(db, token=token, allowed_hosts=(*LOOPBACK_HOSTS, host.lower()) if loopback else None,
                     create=False, proxies=proxies,
                     **({"ingest_seconds": ingest_seconds} if ingest_seconds is not None else {}))
    shown = f"[{host}]" if ":" in host else host
    print(f"isnad: serving {app.state.store.where} at http://{shown}:{port}/ (Ctrl-C stops)", flush=True)
    if not loopback:
        protection = ("ingest needs the token" if token else
                      "anyone who can reach it can ingest: restart with ISNAD_TOKEN=... or --token TOKEN")
        print(f"isnad: warning: listening on {host}, the explorer is now reachable from the network "
              f"and anyone who can reach it can read the store; {protection} "
              "(no TLS: put a reverse proxy in front, see SECURITY.md)", file=sys.stderr, flush=True)
    # A bounded graceful shutdown: SIGTERM stops a server even while an ingest is running
    # (its batch is rolled back; every batch before it stays stored).
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                timeout_graceful_shutdown=SHUTDOWN_SECONDS)
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
        return _serve(db, args.host, args.port, _token(args), _proxies(args), args.ingest_seconds)
    except (StoreError, _EmptyToken) as error:
        report_error(str(error))
        return EXIT_FAILED
