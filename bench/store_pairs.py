"""The pairs of statements a store's clustering weighed, for labelling by hand.

The labelled pairs of ``data/claim_pairs`` are mostly written around real claims
(paraphrases, translations, edits): four in ten of them are one claim. In a store
almost no two statements are: what clustering weighs are statements of one region
and one week that tell different things. A threshold chosen on the first kind of
pairs joins too much on the second (issues 12 and 14). This replays a store's
clustering and writes the pairs it weighed, so that a person can label them
(``data/claim_pairs/store_pairs.tsv``: every pair at 0.1 or more, labelled).

Run from the repository root, after ``isnad ingest --db STORE FOLDERS...``::

    python -m bench.store_pairs --db STORE --out PAIRS.tsv [--floor 0.1]

Each statement is compared, as clustering compares it, with the members of the
candidate claims the index finds for it (:class:`~isnad.graph.claim_index.ClaimIndex`),
in statement order. A pair is written when its two statements come from two
articles and its pair-model score is at least ``--floor``; pairs with the same two
wordings once. Columns: ``ref_a ref_b score joined a b`` (a ref is ``t:``, ``d:`` or
``c:`` and the article id, for articles of ``../shared/eval/train``, ``eval/dev`` or
``corpus``; ``joined`` is 1 when the store put the two in one claim). The counts by
score band are printed.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from sqlalchemy import select

from isnad.graph import encoder, pair_training, similarity
from isnad.graph.claim_index import MEMBERS, ClaimIndex
from isnad.graph.claims import VECTOR_OF_STATEMENT
from isnad.graph.schema import articles, statement_vectors, statements
from isnad.graph.settings import article_settings
from isnad.graph.store import Store, open_store

BANDS = (0.1, 0.2, 0.3, 0.38, 0.5, 0.7, 0.89, 1.01)  # score bands the summary counts by
_FOLDERS = {"train": "t", "dev": "d", "corpus": "c"}


def ref(article: str, path: str | None) -> str:
    """``t:``/``d:``/``c:`` and the article id, by the folder the article was read from."""
    parts = Path(path or "").parts
    for folder, tag in _FOLDERS.items():
        if folder in parts:
            return f"{tag}:{article}"
    return f"?:{article}"


def weighed_pairs(store: Store, floor: float) -> list[dict]:
    """Every pair of statements of two articles that clustering weighed, scored at ``floor`` or more."""
    index = ClaimIndex()
    member_rows: dict[int, list] = {}  # each claim's indexed members, as the index holds them
    seen: set[tuple[str, str]] = set()
    out = []
    with store.reading() as conn:
        rows = conn.execute(
            select(statements.c.id, statements.c.claim_id, statements.c.claim_text,
                   statements.c.cue_text, statements.c.article_id, articles.c.path,
                   articles.c.date, statement_vectors.c.vector)
            .join(statement_vectors, VECTOR_OF_STATEMENT)
            .join(articles, articles.c.id == statements.c.article_id)
            .where(statements.c.claim_id.is_not(None)).order_by(statements.c.id)).all()
        settings = article_settings(conn, {row.article_id for row in rows})
    for row in rows:
        wording = similarity.wording(row.claim_text, encoder.from_bytes(row.vector),
                                     row.cue_text, row.date or "", settings[row.article_id])
        for claim_id in index.candidates(wording):
            vectors = index.member_vectors(claim_id)
            for member, other, vector in zip(index.members[claim_id], member_rows[claim_id], vectors):
                if other.article_id == row.article_id:
                    continue
                key = tuple(sorted((row.claim_text, other.claim_text)))
                if key in seen:
                    continue
                score = similarity.score(wording, member, cosine=float(vector @ wording.vector))
                if score < floor:
                    continue
                seen.add(key)
                out.append({"ref_a": ref(other.article_id, other.path),
                            "ref_b": ref(row.article_id, row.path), "score": f"{score:.3f}",
                            "joined": int(other.claim_id == row.claim_id),
                            "a": _one_line(other.claim_text), "b": _one_line(row.claim_text)})
        index.add(row.claim_id, wording)
        held = member_rows.setdefault(row.claim_id, [])
        if len(held) < MEMBERS:
            held.append(row)
    return out


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.store_pairs",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a store built by isnad ingest")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--floor", type=float, default=0.1)
    args = parser.parse_args(argv)
    if not Path(args.db).is_file():
        print(f"error: {args.db}: no such store", file=sys.stderr)
        return 1
    pairs = weighed_pairs(open_store(args.db, create=False), args.floor)
    joined = sum(p["joined"] for p in pairs)
    print(f"{len(pairs)} pairs of two articles weighed at {args.floor} or more; {joined} joined")
    for low, high in zip(BANDS, BANDS[1:]):
        band = [p for p in pairs if low <= float(p["score"]) < high]
        print(f"  score {low:.2f}–{min(high, 1):.2f}: {len(band):5} pairs, "
              f"{sum(p['joined'] for p in band):5} joined")
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["ref_a", "ref_b", "score", "joined", "a", "b"],
                                **pair_training.TSV)
        writer.writeheader()
        writer.writerows(pairs)
    print(f"wrote {len(pairs)} pairs to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
