"""Origins and statuses: relays followed, spokespeople folded into their body, merges followed."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from isnad.graph import claims as clustering
from isnad.graph import ingest, schema, status
from isnad.graph.origins import Origins, Party, origins
from isnad.graph.store import open_store

from claim_stories import (Story, agency_story, anonymous_story, circular_story,
                           corroborated_story, new_engine)

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed-article.txt"


@pytest.fixture
def story(tmp_path):
    with new_engine(tmp_path / "store.db").begin() as conn:
        yield Story(conn)


def _status_of(story: Story, statement_ids: list[int]) -> tuple[str, dict]:
    claim_ids = {story.claim_of(i) for i in statement_ids}
    assert len(claim_ids) == 1, "the story's statements should make one claim"
    return story.status(claim_ids.pop())


def test_a_claim_relayed_through_two_outlets_back_to_one_monitor_is_circular(story):
    statement_ids = circular_story(story)
    story.cluster()
    found, reason = _status_of(story, statement_ids)
    assert found == status.CIRCULAR
    assert [o["name"] for o in reason["origins"]] == ["مرصد الحقوق المدنية"]
    assert len(reason["sources"]) == 3
    longest = max(reason["chains"], key=lambda chain: len(chain["path"]))
    assert longest["path"] == ["قناة النهار", "صحيفة الصباح", "مرصد الحقوق المدنية"]
    assert set(reason["outlets"]) == {"صحيفة الصباح", "قناة النهار", "The Daily Courier"}


def test_outlets_crediting_each_other_in_a_cycle_are_circular(story):
    east = story.entity("East Wire", "media")
    west = story.entity("West Post", "media")
    story.article("east-1", "en", east)
    story.article("west-1", "en", west)
    first = story.says("east-1", west, "the governor has fled the province")
    second = story.says("west-1", east, "the governor fled the province")
    story.cluster()
    found, reason = _status_of(story, [first, second])
    assert found == status.CIRCULAR
    assert reason["origins"] == []
    assert reason["cycles"] == [["East Wire", "West Post"]]


def test_a_named_person_a_second_body_and_an_anonymous_source_corroborate(story):
    statement_ids = corroborated_story(story)
    story.cluster()
    found, reason = _status_of(story, statement_ids)
    assert found == status.CORROBORATED
    kinds = sorted(o["kind"] for o in reason["origins"])
    assert kinds == ["anonymous", "organization", "person"]


def test_two_different_anonymous_descriptions_are_anonymous_only(story):
    statement_ids = anonymous_story(story)
    story.cluster()
    found, reason = _status_of(story, statement_ids)
    assert found == status.ANONYMOUS_ONLY
    assert len(reason["origins"]) == 2


def test_an_agency_report_relayed_by_a_channel_has_one_origin(story):
    statement_ids = agency_story(story)
    story.cluster()
    found, reason = _status_of(story, statement_ids)
    assert found == status.SINGLE_SOURCE
    assert [o["name"] for o in reason["origins"]] == ["وزير الزراعة سليم حداد"]
    assert set(reason["outlets"]) == {"وكالة الأنباء الوطنية", "قناة المدار"}


def test_a_director_and_the_body_they_head_are_one_origin(story):
    monitor = story.entity("مرصد الحقوق المدنية", "organization")
    director = story.entity("سامي خليل", "person", role="مدير", affiliation=monitor)
    paper = story.entity("صحيفة الفجر", "media")
    story.article("fajr-8", "ar", paper)
    first = story.says("fajr-8", director, "مقتل 23 مدنياً في قصف على بلدة وادي النسور")
    second = story.says("fajr-8", monitor, "قصف على بلدة وادي النسور أسفر عن مقتل 23 مدنياً")
    story.cluster()
    found, reason = _status_of(story, [first, second])
    assert found == status.SINGLE_SOURCE
    assert reason["origins"] == [{"id": monitor, "name": "مرصد الحقوق المدنية",
                                  "kind": "organization"}]


def test_a_person_whose_role_does_not_speak_for_the_body_may_be_the_same_source(story):
    # Not folded into the body (a researcher is no spokesperson), yet not independent of it
    # either: a person must look, and one article cannot corroborate itself anyway.
    monitor = story.entity("Valley Rights Monitor", "organization")
    researcher = story.entity("Dina Farah", "person", role="researcher", affiliation=monitor)
    paper = story.entity("The Harbour Tribune", "media")
    story.article("tribune-8", "en", paper)
    first = story.says("tribune-8", researcher, "23 civilians were killed in the shelling of Wadi al-Nusur")
    second = story.says("tribune-8", monitor, "the shelling of Wadi al-Nusur killed 23 civilians")
    story.cluster()
    found, reason = _status_of(story, [first, second])
    assert found == status.NEEDS_REVIEW
    assert [v["name"] for v in reason["voices"]] == ["Dina Farah", "Valley Rights Monitor"]
    assert "belong to" in reason["possibly_same"][0]["rule"]


def test_merged_entities_are_one_origin_and_refresh_entities_says_so(story):
    one = story.entity("Valley Rights Monitor", "organization")
    other = story.entity("the Valley Monitor for Rights", "organization")
    paper = story.entity("The Harbour Tribune", "media")
    other_paper = story.entity("The Valley Gazette", "media")
    story.article("tribune-7", "en", paper)
    story.article("gazette-7", "en", other_paper)
    first = story.says("tribune-7", one, "23 civilians were killed in the shelling of Wadi al-Nusur")
    second = story.says("gazette-7", other, "the shelling of Wadi al-Nusur killed 23 civilians")
    story.cluster()
    assert _status_of(story, [first, second])[0] == status.CORROBORATED
    story.merge(other, one)
    assert status.refresh_entities(story.conn, [other, one]) == 1
    assert _status_of(story, [first, second])[0] == status.SINGLE_SOURCE


@pytest.mark.parametrize(("kinds", "sources", "cycles", "expected"), [
    (["organization"], 3, 0, status.CIRCULAR),           # several outlets, one origin behind them
    (["anonymous"], 2, 0, status.CIRCULAR),              # circular beats anonymous-only
    ([], 2, 1, status.CIRCULAR),                         # a cycle and nothing outside it
    (["person"], 1, 0, status.SINGLE_SOURCE),
    (["person", "anonymous"], 2, 0, status.SINGLE_SOURCE),
    (["anonymous", "unspecified"], 2, 0, status.ANONYMOUS_ONLY),
    (["person", "organization"], 2, 0, status.CORROBORATED),
    (["person", "media"], 3, 1, status.CORROBORATED),    # two named origins outside the cycle
])
def test_the_precedence_of_statuses(kinds, sources, cycles, expected):
    names = ["Laila Mansour", "Harbour Rights Watch", "Kestrel Radio"]
    parties = [Party(i, names[i], kind) for i, kind in enumerate(kinds)]
    heard = {i: [(i, f"article-{i}")] for i in range(len(kinds))}  # each in an article of its own
    found = Origins(1, parties, [Party(100 + i, "s", "media") for i in range(sources)], [],
                    [[Party(200, "c", "media")]] * cycles, [], [], [], heard)
    assert status.decide(found)[0] == expected


# --- the seed article, through ingest -------------------------------------------------------

@pytest.fixture
def seed_store(tmp_path, monkeypatch):
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    if clustering.update not in ingest.AFTER_BATCH:
        monkeypatch.setattr(ingest, "AFTER_BATCH", [*ingest.AFTER_BATCH, clustering.update])
    store = open_store(str(tmp_path / "seed.db"))
    summary = ingest.ingest(store, [SEED])
    assert summary.errors == 0 and summary.new_claims > 0
    yield store
    store.engine.dispose()


def _claims_saying(conn, words: str) -> list[int]:
    return conn.scalars(select(schema.statements.c.claim_id).distinct()
                        .where(schema.statements.c.claim_text.contains(words))).all()


def test_seed_the_russian_bodies_rest_on_the_observatory_alone(seed_store):
    with seed_store.reading() as conn:
        [claim_id] = _claims_saying(conn, "الإفراج عن جثث لعناصر روس")
        found = origins(conn, claim_id)
        assert status.decide(found)[0] == status.SINGLE_SOURCE
    assert [(o.name, o.kind) for o in found.origins] == [("المرصد السوري لحقوق الإنسان",
                                                          "organization")]


# How Abu Layla, Hezbollah's war media and the observatory word the convoy's arrival.
CONVOY = ("وصلت إلى ريف دير الزور", "حافلات تقل مقاتلي", "عبور قافلة")


def _convoy_claims(conn) -> set[int]:
    return {claim for words in CONVOY for claim in _claims_saying(conn, words)}


def test_seed_the_convoy_reaching_mayadin_has_three_origins_once_in_one_claim(seed_store):
    with seed_store.transaction() as conn:
        claim_ids = sorted(_convoy_claims(conn))
        conn.execute(update(schema.statements).where(schema.statements.c.claim_id.in_(claim_ids))
                     .values(claim_id=claim_ids[0]))  # as a user merging the claims would
        found = origins(conn, claim_ids[0])
    names = {o.name for o in found.origins}
    assert names == {"مرصد دير الزور 24", "المرصد السوري لحقوق الإنسان",
                     "الإعلام الحربي التابع لحزب الله"}
    # Three sources, but all named by one article: it cannot corroborate itself.
    assert status.decide(found)[0] == status.NEEDS_REVIEW


def test_seed_the_convoy_wordings_cluster_into_one_claim_with_three_origins(seed_store):
    # One event told three ways: event-level matching (graph/events.py), not sentence similarity.
    with seed_store.reading() as conn:
        [claim_id] = _convoy_claims(conn)
        found = origins(conn, claim_id)
    assert {o.name for o in found.origins} == {"مرصد دير الزور 24", "المرصد السوري لحقوق الإنسان",
                                               "الإعلام الحربي التابع لحزب الله"}
    assert status.decide(found)[0] == status.NEEDS_REVIEW  # one article: see above
