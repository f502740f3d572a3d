"""Claim clustering: the threshold measured on labelled pairs, and statements grouped in a store."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import delete, func, select

from isnad.graph import claim_index, claims, encoder, schema, similarity
from isnad.graph.claim_index import ClaimIndex

from claim_stories import Story, bilingual_story, circular_story, new_engine

REPO = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("claim_pairs", REPO / "bench" / "claim_pairs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def story(tmp_path):
    with new_engine(tmp_path / "store.db").begin() as conn:
        yield Story(conn)


def test_labelled_pairs_reach_precision_and_recall_of_08_at_the_threshold():
    bench = _bench()
    pairs = bench.load()
    assert len(pairs) >= 60
    assert {pair.langs for pair in pairs} == {"ar-ar", "ar-en", "en-en"}
    precision, recall = bench.precision_recall(pairs)
    assert precision >= 0.8 and recall >= 0.8, (precision, recall)


def test_the_pairs_hold_both_answers_in_every_language_pair():
    bench = _bench()
    pairs = bench.load()
    for langs in ("ar-ar", "ar-en", "en-en"):
        answers = {pair.same for pair in pairs if pair.langs == langs}
        assert answers == {True, False}, langs


def test_figures_must_agree():
    assert similarity.numbers("قتل ١٤ شخصاً وأصيب 60") == {"14", "60"}
    assert similarity.numbers("1,000 homes and 2.5 percent") == {"1000", "2.5"}
    assert similarity.numbers_agree(frozenset({"14"}), frozenset({"14", "60"}))
    assert not similarity.numbers_agree(frozenset({"14"}), frozenset({"40"}))
    assert similarity.numbers_agree(frozenset(), frozenset({"40"}))


def test_different_figures_never_score_even_when_the_words_are_the_same():
    texts = ["14 people were killed in the market", "40 people were killed in the market"]
    a, b = (similarity.wording(text, vector) for text, vector in zip(texts, encoder.encode(texts)))
    assert similarity.score(a, b) == 0.0


def test_arabic_stems_drop_clitics_and_the_article():
    assert similarity.stems("والقافلة بالميادين", "ar") == similarity.stems("قافلة الميادين", "ar")


def test_one_claim_in_arabic_and_english_from_one_person_is_one_claim(story):
    statement_ids = bilingual_story(story)
    assert story.cluster() == {"new_claims": 1}
    assert len({story.claim_of(i) for i in statement_ids}) == 1


def test_a_relayed_claim_in_two_languages_is_one_claim(story):
    statement_ids = circular_story(story)
    story.cluster()
    assert len({story.claim_of(i) for i in statement_ids}) == 1


def test_a_different_figure_makes_a_different_claim(story):
    reporter = story.entity("The Harbour Tribune", "media")
    monitor = story.entity("Valley Rights Monitor", "organization")
    story.article("t-1", "en", reporter)
    first = story.says("t-1", monitor, "14 people were killed in shelling on the market in Kafr Dara")
    second = story.says("t-1", monitor, "40 people were killed in shelling on the market in Kafr Dara")
    assert story.cluster() == {"new_claims": 2}
    assert story.claim_of(first) != story.claim_of(second)


def test_update_is_idempotent(story):
    statement_ids = bilingual_story(story)
    story.cluster()
    assert claims.update(story.conn, statement_ids) == {"new_claims": 0}
    assert story.conn.scalar(select(func.count()).select_from(schema.claims)) == 1


def test_vectors_are_kept_and_a_later_batch_joins_the_claim_without_the_cached_index(tmp_path):
    engine = new_engine(tmp_path / "store.db")
    with engine.begin() as conn:
        story = Story(conn)
        first = bilingual_story(story)
        story.cluster()
        assert conn.scalar(select(func.count()).select_from(schema.statement_vectors)) == 2
    claims._INDEXES.clear()  # as a new process would find it
    with engine.begin() as conn:
        story = Story(conn)
        conn.execute(delete(schema.statement_vectors))  # lost vectors are made again
        story.article("courier-9", "en", story.entity("The Daily Courier", "media"))
        later = story.says("courier-9", story.entity("ليلى منصور", "person"),
                           "cargo ships will be allowed back into the port from Monday")
        assert story.cluster() == {"new_claims": 0}
        assert story.claim_of(later) == story.claim_of(first[0])
        assert conn.scalar(select(func.count()).select_from(schema.statement_vectors)) == 3


def test_the_claim_title_drops_the_quotation_marks_around_a_whole_quote():
    assert claims.display_text("“الإفراج عن جثث”") == "الإفراج عن جثث"
    assert claims.display_text("القافلة “تتضمن عائلات”") == "القافلة “تتضمن عائلات”"


def test_candidates_are_bounded_however_many_claims_there_are():
    rng = np.random.default_rng(7)
    index = ClaimIndex()
    vectors = encoder.normalise(rng.standard_normal((2000, encoder.DIMENSIONS)).astype(np.float32))
    for claim_id, vector in enumerate(vectors, start=1):
        index.add(claim_id, similarity.Wording("", "en", vector, frozenset({"common", f"w{claim_id}"}),
                                               frozenset()))
    probe = similarity.Wording("", "en", vectors[41].copy(),
                               frozenset({"common", "w42", "w43"}), frozenset())
    found = index.candidates(probe)
    assert len(found) <= claim_index.NEAREST + claim_index.BLOCKED
    assert found[0] == 42  # its own wording is nearest
    assert 43 in found     # shares a rare key; "common" is held by too many claims to count


@pytest.mark.parametrize("texts", [
    ["14 people were killed in the market in Aleppo on Tuesday, the Observatory said",
     "people were killed in the market in Aleppo on Tuesday",
     "40 people were killed in the market in Aleppo on Tuesday"],
    ["قتل 14 شخصا في قصف على سوق مدينة حلب يوم الثلاثاء",
     "قتل أشخاص في قصف على سوق مدينة حلب يوم الثلاثاء",
     "قتل أربعون شخصا في قصف على سوق مدينة حلب يوم الثلاثاء"],
])
def test_a_claim_never_takes_a_figure_that_disagrees_with_one_of_its_members(texts):
    # The wording with no figure matches both: joined through it, "40 killed" would sit in
    # the claim of "14 killed".
    first, bare, other = (similarity.wording(text, vector)
                          for text, vector in zip(texts, encoder.encode(texts)))
    assert similarity.score(bare, other) >= similarity.THRESHOLD
    index = ClaimIndex()
    index.add(1, first)
    assert index.best_claim(bare) == 1
    index.add(1, bare)
    assert index.best_claim(other) is None


def test_clustered_as_ingest_does_no_claim_holds_disagreeing_facts():
    from bench.claim_clusters import cluster, disagreeing_claims, pairwise
    pairs = [pair for pair in _bench().load() if pair.split == "train"]
    claim_of = cluster(pairs)
    shared, torn = disagreeing_claims(pairs, claim_of)
    assert shared > 50 and torn == 0
    precision, recall, _ = pairwise(pairs, claim_of)["all"]
    # Measured 0.947 / 0.905 on the 1,185 train pairs, store pairs included (0.841 / 0.937
    # with the pair model trained before them).
    assert precision >= 0.92 and recall >= 0.90, (precision, recall)
