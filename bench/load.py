"""A bounded load test of the explorer: a few thousand requests from this machine, then it stops.

Ingests the demo articles (``isnad ingest data/demo``) into a fresh store in a
temporary folder, starts the real server (``isnad serve`` on 127.0.0.1, a free
port), and sends ``--requests`` requests from ``--concurrency`` client threads
(http.client, one kept-alive connection each): pages, claim, source and article
pages, the graph, the JSON API, exports, and a share of bad and hostile ones
(unknown ids, malformed filters, path traversal, NUL bytes) that must get
their 4xx. Then it stops the server and reports the answers by status, the
errors (any 5xx, any connection error, any answer other than the one
expected) and the latency percentiles, overall and by kind of request; and
checks that the store holds what it held before.

    python -m bench.load                       # 3000 requests, 8 threads
    python -m bench.load --requests 5000 --concurrency 16 --json load.json

Only 127.0.0.1 is ever contacted. The exit code is 1 when there was any error.
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from browser_support import free_port, stop  # noqa: E402  (the tests' server helpers, reused)

SCRIPT = Path(sys.executable).parent / "isnad"
HOST = "127.0.0.1"


def get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read()


def start_server(db: Path, port: int, log) -> subprocess.Popen:
    process = subprocess.Popen([str(SCRIPT), "serve", "--db", str(db), "--host", HOST, "--port", str(port)],
                               stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("isnad serve exited before answering")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            if get(connection, "/static/isnad.css")[0] == 200:
                connection.close()
                return process
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("isnad serve did not answer within 60 s")


def request_mix(port: int, rng: random.Random) -> list[tuple[str, str, int]]:
    """Weighted (kind, path, expected status) choices, with ids taken from the store itself."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    claims = json.loads(get(connection, "/api/claims?per_page=200")[1])["claims"]
    sources = json.loads(get(connection, "/api/sources?per_page=200")[1])["sources"]
    claim_ids = [claim["id"] for claim in claims]
    source_ids = [source["id"] for source in sources]
    article_ids = sorted({statement["article"]["id"] for claim_id in claim_ids[:20]
                          for statement in json.loads(get(connection, f"/api/claims/{claim_id}")[1])["statements"]})
    connection.close()
    mix: list[tuple[int, str, Callable[[], str], int | tuple[int, ...]]] = [
        (10, "overview", lambda: "/", 200),
        (8, "claims", lambda: rng.choice(["/claims", "/claims?status=circular", "/claims?sort=statements&order=desc",
                                          "/claims?lang=ar", "/claims?q=dam", "/claims?page=2&per_page=10"]), 200),
        (12, "claim page", lambda: f"/claims/{rng.choice(claim_ids)}", 200),
        (6, "sources", lambda: rng.choice(["/sources", "/sources?kind=anonymous", "/sources?q=a"]), 200),
        (8, "source page", lambda: f"/sources/{rng.choice(source_ids)}", (200, 307)),
        (8, "article page", lambda: f"/articles/{quote(rng.choice(article_ids))}", 200),
        (6, "graph", lambda: rng.choice(["/graph", "/graph?lang=en", f"/graph?node=claim:{rng.choice(claim_ids)}&depth=2",
                                         "/graph?status=circular"]), 200),
        (16, "api json", lambda: rng.choice([
            "/api/overview", "/api/claims?per_page=20", f"/api/claims/{rng.choice(claim_ids)}",
            f"/api/sources/{rng.choice(source_ids)}", "/api/sources", "/api/graph?limit=50",
            f"/api/articles/{quote(rng.choice(article_ids))}"]), 200),
        (2, "export", lambda: rng.choice(["/api/export/json?lang=en", "/api/export/gexf?status=circular",
                                          "/api/export/csv?lang=ar"]), 200),
        (4, "static", lambda: rng.choice(["/static/isnad.css", "/static/graph.js", "/docs", "/openapi.json"]), 200),
        (4, "404", lambda: rng.choice(["/claims/999999", "/api/sources/999999", "/articles/no-such-article",
                                       "/no/such/page", "/api/graph?node=entity:999999"]), 404),
        (3, "422", lambda: rng.choice(["/api/claims?status=bogus", "/claims?page=0", "/api/graph?depth=99",
                                       "/claims/abc", "/api/export/pdf"]), 422),
        (3, "hostile", lambda: rng.choice(["/static/../server.py", "/static/%2e%2e/%2e%2e/pyproject.toml",
                                           "/api/articles/..%2f..%2fetc%2fpasswd", "/articles/%00",
                                           "/api/claims?q=%00", "/static//etc/passwd"]), (400, 404)),
    ]
    return mix


class Worker(threading.Thread):
    def __init__(self, port: int, jobs: list[tuple[str, str, object]]) -> None:
        super().__init__(daemon=True)
        self.port, self.jobs = port, jobs
        self.results: list[tuple[str, int | str, float, bool]] = []  # kind, status, seconds, as expected

    def run(self) -> None:
        connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
        for kind, path, expected in self.jobs:
            started = time.perf_counter()
            try:
                status, _ = get(connection, path)
            except (OSError, http.client.HTTPException) as error:
                self.results.append((kind, f"connection error: {type(error).__name__}",
                                     time.perf_counter() - started, False))
                connection.close()
                connection = http.client.HTTPConnection(HOST, self.port, timeout=60)
                continue
            seconds = time.perf_counter() - started
            wanted = expected if isinstance(expected, tuple) else (expected,)
            self.results.append((kind, status, seconds, status in wanted))
        connection.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def figures(values: list[float]) -> dict:
    return {name: round(percentile(values, share) * 1000, 1)
            for name, share in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0))}


def snapshot(port: int) -> dict:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    counts = json.loads(get(connection, "/api/overview")[1])["counts"]
    connection.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=3000, help="requests in all (default 3000)")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads (default 8)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="serve this store instead of a fresh demo store")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not 1 <= args.requests <= 1_000_000 or not 1 <= args.concurrency <= 256:
        parser.error("--requests between 1 and 1,000,000, --concurrency between 1 and 256")

    with tempfile.TemporaryDirectory(prefix="isnad-load-") as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "demo.db"
            subprocess.run([str(SCRIPT), "ingest", str(REPO / "data" / "demo"), "--db", str(db), "--no-progress"],
                           check=True, capture_output=True, text=True, timeout=600)
        port = free_port()
        log = open(Path(folder) / "serve.log", "wb")
        server = start_server(db, port, log)
        try:
            rng = random.Random(args.seed)
            mix = request_mix(port, rng)
            before = snapshot(port)
            weights = [weight for weight, *_ in mix]
            jobs = []
            for _ in range(args.requests):
                _, kind, make, expected = rng.choices(mix, weights=weights)[0]
                jobs.append((kind, make(), expected))
            workers = [Worker(port, jobs[number::args.concurrency]) for number in range(args.concurrency)]
            started = time.perf_counter()
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            elapsed = time.perf_counter() - started
            after = snapshot(port)
            alive = server.poll() is None
        finally:
            stop(server)
            log.close()
        server_log = (Path(folder) / "serve.log").read_text(errors="replace")

    results = [result for worker in workers for result in worker.results]
    by_status = Counter(str(status) for _, status, _, _ in results)
    errors = [(kind, status) for kind, status, _, fine in results
              if not isinstance(status, int) or status >= 500]
    unexpected = [(kind, status) for kind, status, _, fine in results if not fine]
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, _, seconds, _ in results:
        by_kind[kind].append(seconds)
    report = {
        "requests": len(results), "concurrency": args.concurrency, "seconds": round(elapsed, 2),
        "requests_per_second": round(len(results) / elapsed, 1) if elapsed else None,
        "by_status": dict(sorted(by_status.items())), "errors": len(errors),
        "unexpected_status": len(unexpected), "server_alive": alive,
        "store_unchanged": before == after,
        "latency_ms": figures([seconds for _, _, seconds, _ in results]),
        "latency_ms_by_kind": {kind: {"n": len(values), **figures(values)} for kind, values in sorted(by_kind.items())},
        "server_tracebacks": server_log.count("Traceback"),
    }
    print(f"isnad load: {report['requests']} requests, {args.concurrency} threads, {report['seconds']} s "
          f"({report['requests_per_second']} requests/s) on {HOST}")
    print("  by status: " + ", ".join(f"{status}: {count}" for status, count in report["by_status"].items()))
    print(f"  errors (5xx or connection): {report['errors']}; unexpected status: {report['unexpected_status']}; "
          f"server alive: {alive}; store unchanged: {report['store_unchanged']}; "
          f"tracebacks in the server log: {report['server_tracebacks']}")
    latency = report["latency_ms"]
    print(f"  latency ms: p50 {latency['p50']}  p90 {latency['p90']}  p99 {latency['p99']}  max {latency['max']}")
    print(f"  {'kind':<14}{'n':>6}{'p50':>9}{'p90':>9}{'p99':>9}{'max':>9}")
    for kind, row in report["latency_ms_by_kind"].items():
        print(f"  {kind:<14}{row['n']:>6}{row['p50']:>9}{row['p90']:>9}{row['p99']:>9}{row['max']:>9}")
    for kind, status in Counter(unexpected).most_common(10):
        print(f"  unexpected: {kind} -> {status}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    failed = report["errors"] or report["unexpected_status"] or not alive or not report["store_unchanged"] \
        or report["server_tracebacks"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
