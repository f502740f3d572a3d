"""What a newcomer tripped on (issue 14, item 6): a port in use, the demo's leftovers, piped tables."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from browser_support import free_port

CLI = [sys.executable, "-m", "isnad.app.cli"]


def _env(tmp_path: Path) -> dict[str, str]:
    # The demo's temporary store goes under TMPDIR: here, a folder this test can watch.
    tmp = tmp_path / "tmp"
    tmp.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONIOENCODING": "utf-8"}
    env.pop("COLUMNS", None)  # a width asked for is honoured; none is asked here
    return env


def test_a_port_in_use_is_one_clear_line_and_nothing_is_left_behind(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([*CLI, "demo", "--port", str(port)], capture_output=True, text=True,
                              env=_env(tmp_path), timeout=120)
    assert done.returncode == 1
    assert "serving" not in done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and f"port {port}" in lines[0] and "in use" in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    assert list((tmp_path / "tmp").iterdir()) == []


def test_the_demo_removes_its_temporary_store_when_terminated(tmp_path):
    port = free_port()
    demo = subprocess.Popen([*CLI, "demo", "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(tmp_path))
    try:
        line = demo.stdout.readline()
        while line and "serving" not in line:
            line = demo.stdout.readline()
        assert "serving" in line, demo.stderr.read()
        made = list((tmp_path / "tmp").glob("isnad-demo-*"))
        assert len(made) == 1 and (made[0] / "demo.db").exists()
        _wait_for_port(port)
        demo.send_signal(signal.SIGTERM)
        demo.wait(timeout=60)
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
    assert list((tmp_path / "tmp").glob("isnad-demo-*")) == []


def _wait_for_port(port: int) -> None:
    for _ in range(200):
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


def test_a_table_piped_to_a_file_keeps_every_cell_whole(tmp_path):
    long_claim = ("the harbour of the fictional town of Westmere will reopen on Monday after the "
                  "storm that closed it for nine days and broke two of its four cranes")
    article = {"id": "wide-1", "lang": "en", "title": "Harbour",
               "text": f"Harbour\n\nThe Westmere Port Authority said that {long_claim}.\n"}
    path = tmp_path / "wide.json"
    path.write_text(json.dumps(article), encoding="utf-8")
    done = subprocess.run([*CLI, "extract", str(path), "--format", "table"], capture_output=True,
                          text=True, env=_env(tmp_path), timeout=120)
    assert done.returncode == 0, done.stderr
    assert long_claim in done.stdout
    assert "…" not in done.stdout
