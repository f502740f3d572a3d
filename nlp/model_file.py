"""Reading a shipped model file: JSON of a known format, and the digest that versions it.

The scorer (:mod:`isnad.nlp.scorer`) and the pair model (:mod:`isnad.graph.pair_model`)
ship as plain JSON; both refuse a file that is missing, is not JSON or is of
another format, with one line naming the file, and both are versioned by the
digest of their bytes (a new model re-extracts, or re-clusters, what it changes).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path


def read(path: Path, format: str, what: str, error: type[Exception]) -> tuple[dict, str]:
    """The parsed file at ``path`` and the digest of its bytes; ``error`` (naming the file and
    ``what`` it should be) when it cannot be read or is not of ``format``."""
    try:
        raw = path.read_bytes()
        data = json.loads(raw)
    except OSError as problem:
        raise error(f"{path}: cannot read the {what}: {problem.strerror or problem}") from None
    except (ValueError, UnicodeDecodeError) as problem:
        raise error(f"{path}: not a {what} file (not JSON: {problem})") from None
    if not isinstance(data, dict) or data.get("format") != format:
        raise error(f"{path}: not a {what} file (expected format {format!r})")
    return data, hashlib.sha256(raw).hexdigest()[:12]
