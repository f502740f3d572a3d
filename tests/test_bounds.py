"""Bounded work per text (issue 15, item 1; issue 14): cues without sentence ends.

Such a text once made every claim reach back over everything before its cue:
work and stored text grew with the square of its length. Through the real
CLI: every sentence the rules see is bounded, a sentence yields a bounded
number of records, a claim has a bounded reach, and the store grows in
proportion to the text. Timings are in ``bench/dense_text.py``.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from isnad.nlp.extract import MAX_CLAIM_CHARS, MAX_RECORDS_PER_RUN, MAX_RECORDS_PER_SENTENCE
from isnad.nlp.segment import MAX_SENTENCE_CHARS, sentences

from bench.dense_text import dense_text
from _store_support import isnad

KB = 60


def _article(folder: Path, lang: str, text: str) -> Path:
    path = folder / f"dense-{lang}.json"
    path.write_text(json.dumps({"id": f"dense-{lang}", "lang": lang, "text": text},
                               ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_cues_without_sentence_ends_give_bounded_records(tmp_path: Path, lang: str) -> None:
    text = dense_text(lang, KB)
    done = isnad("extract", _article(tmp_path, lang, text), "--format", "json")
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    found = record["attributions"]
    spans = sentences(text)
    assert spans and max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    # The cues are still read, but one run without a sentence end yields a bounded number.
    assert MAX_RECORDS_PER_SENTENCE < len(found) <= MAX_RECORDS_PER_RUN
    starts = [start for start, _ in spans]
    per_sentence: dict[int, int] = {}
    for attribution in found:
        claim = attribution["claim"]
        assert claim["text"] == text[claim["start"]:claim["end"]]
        assert len(claim["text"]) <= MAX_CLAIM_CHARS
        sentence = max(i for i, start in enumerate(starts) if start <= attribution["cue"]["start"])
        per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
    assert max(per_sentence.values()) <= MAX_RECORDS_PER_SENTENCE
    # Stored claim text in proportion to the text, not to its square.
    assert sum(len(a["claim"]["text"]) for a in found) <= 2 * len(text)


def test_sentences_with_ends_are_not_capped_as_a_run(tmp_path: Path) -> None:
    text = "".join(f"The harbour master said {n} ships had docked. " for n in range(3 * MAX_RECORDS_PER_RUN))
    done = isnad("extract", _article(tmp_path, "en", text), "--format", "json")
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(record["attributions"]) == 3 * MAX_RECORDS_PER_RUN


def test_sentences_cut_at_clause_marks_and_spaces() -> None:
    clause = "the talks will resume soon and the plan failed, "
    text = clause * 100 + "x" * (3 * MAX_SENTENCE_CHARS)  # clauses, then one endless word
    spans = sentences(text)
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert "".join(text[start:end] for start, end in spans).replace(" ", "") == text.replace(" ", "")
    clause_pieces = [text[start:end] for start, end in spans if end <= len(clause) * 100]
    assert all(piece.endswith(",") for piece in clause_pieces[:-1])


def test_dense_upload_stores_in_proportion_to_its_text(tmp_path: Path) -> None:
    text = dense_text("en", KB)
    db = tmp_path / "isnad.db"
    done = isnad("ingest", _article(tmp_path, "en", text), "--db", db, "--defer-claims")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        stored, = conn.execute("SELECT COALESCE(SUM(LENGTH(claim_text)), 0) FROM statements").fetchone()
    assert 0 < stored <= 2 * len(text)
