"""isnad review through the real CLI, on SQLite and PostgreSQL: actions, undo, the log, and reviews
that outlive a re-ingest (or are flagged when their sentence is gone)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from _store_support import isnad, store_url, write_articles  # noqa: F401 - store_url is a fixture

# Invented articles: one anonymous-only claim, and one single-source claim.
FERRY = {"id": "ferry-1", "lang": "en", "outlet": "Harbour Weekly", "date": "2031-05-02",
         "title": "Ferry line",
         "text": "Ferry line to open\n\nAccording to a source who asked not to be named, the new ferry "
                 "line to Kestrel Island will open in June.\n\nThe harbour master Omar Vance said the "
                 "quay at Lowmoor was rebuilt after the winter storms."}
FERRY_CLAIM = "the new ferry line to Kestrel Island will open in June"
QUAY_CLAIM = "the quay at Lowmoor was rebuilt after the winter storms"


def ok(*args) -> str:
    done = isnad(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def claims(db: str) -> dict[str, dict]:
    """The store's claims by text (ids change across a re-ingest; wordings do not)."""
    return {doc["text"]: doc for doc in map(json.loads, ok("claims", "--db", db, "--format", "json")
                                            .splitlines())}


def statement_of(db: str, claim_text: str) -> dict:
    [statement] = claims(db)[claim_text]["statements"]
    return statement


def review(db: str, *args: str) -> str:
    return ok("review", *args, "--db", db)


def log(db: str) -> list[dict]:
    return [json.loads(line) for line in review(db, "log", "--format", "json").splitlines()]


def queue(db: str) -> list[dict]:
    return [json.loads(line) for line in review(db, "queue", "--format", "json").splitlines()]


@pytest.fixture
def db(store_url: str, tmp_path: Path) -> str:  # noqa: F811 - the fixture of _store_support
    ok("ingest", write_articles(tmp_path / "articles", [FERRY]), "--db", store_url, "--no-progress")
    return store_url


def make_extractor_older(db: str) -> None:
    """As if the store were made by an older extractor: the next ingest extracts the article again."""
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE articles SET extractor_version = '0.0.1'"))
    engine.dispose()


def test_the_queue_puts_warning_claims_first_with_the_sentence_and_its_spans(db: str) -> None:
    entries = queue(db)
    assert [entry["claim"]["status"] for entry in entries] == ["anonymous-only", "single-source"]
    first = entries[0]
    assert first["source"] == "source" and first["kind"] == "anonymous"
    assert first["sentence"].startswith("According to a source")
    start, end = first["spans"]["claim"]
    assert first["sentence"][start:end] == FERRY_CLAIM
    start, end = first["spans"]["cue"]
    assert first["sentence"][start:end] == "According to"
    table = review(db, "queue", "--format", "table")
    assert "[According to] {a source who asked not to be named}, «the new ferry line" in table


def test_a_correction_changes_the_status_and_outlives_a_new_extractor(db: str, tmp_path: Path) -> None:
    statement = statement_of(db, FERRY_CLAIM)
    assert claims(db)[FERRY_CLAIM]["status"] == "anonymous-only"
    said = review(db, "correct", str(statement["id"]), "--source", "Mira Soltan", "--kind", "person",
                  "--by", "Hala")
    assert "source: source → Mira Soltan" in said
    after = claims(db)[FERRY_CLAIM]
    assert after["status"] == "single-source"
    assert after["statements"][0]["source"] == "Mira Soltan"
    assert after["statements"][0]["review"] == "corrected"

    make_extractor_older(db)
    summary = isnad("ingest", write_articles(tmp_path / "again", [FERRY]), "--db", db, "--no-progress")
    assert "0 unchanged" in summary.stdout and "1 reviews kept" in summary.stdout
    again = claims(db)[FERRY_CLAIM]
    assert again["status"] == "single-source"
    assert (again["statements"][0]["source"], again["statements"][0]["review"]) == \
        ("Mira Soltan", "corrected")
    assert [entry["statement"] for entry in log(db)] == [again["statements"][0]["id"]]


def test_a_review_whose_sentence_left_the_article_is_flagged_not_dropped(db: str, tmp_path: Path) -> None:
    statement = statement_of(db, FERRY_CLAIM)
    review(db, "correct", str(statement["id"]), "--source", "Mira Soltan", "--kind", "person")
    edited = {**FERRY, "text": FERRY["text"].replace("open in June", "open in September")}
    ok("ingest", write_articles(tmp_path / "edited", [edited]), "--db", db, "--no-progress")

    [entry] = log(db)
    assert entry["second_look"] == "its sentence is no longer in the article"
    assert entry["statement"] is None and entry["after"]["source"] == "Mira Soltan"
    assert queue(db)[0]["second_look"] == "its sentence is no longer in the article"
    # The new sentence is the extractor's again, unreviewed.
    new = claims(db)["the new ferry line to Kestrel Island will open in September"]
    assert new["status"] == "anonymous-only" and new["statements"][0]["review"] == "unreviewed"

    # The text comes back: so does the review.
    ok("ingest", write_articles(tmp_path / "restored", [FERRY]), "--db", db, "--no-progress")
    [entry] = log(db)
    assert entry["second_look"] is None
    assert claims(db)[FERRY_CLAIM]["status"] == "single-source"


def test_reject_takes_a_statement_out_of_claims_and_exports_and_undo_brings_it_back(
        db: str, tmp_path: Path) -> None:
    statement = statement_of(db, QUAY_CLAIM)
    review(db, "reject", str(statement["id"]))
    assert QUAY_CLAIM not in claims(db)
    ok("export", "--format", "csv", "-o", tmp_path / "csv", "--db", db)
    with (tmp_path / "csv" / "statements.csv").open(encoding="utf-8-sig") as rows:
        exported = list(csv.DictReader(rows))
    assert [row["claim_text"] for row in exported] == [FERRY_CLAIM]
    assert exported[0]["review"] == "unreviewed"
    assert [entry["claim"]["text"] for entry in queue(db)] == [FERRY_CLAIM]

    assert "undid reject" in review(db, "undo")
    back = claims(db)[QUAY_CLAIM]
    assert back["status"] == "single-source"
    assert back["statements"][0]["review"] == "unreviewed"
    [entry] = log(db)
    assert entry["undone_at"] is not None


def test_a_rejected_statement_stays_rejected_across_a_re_ingest(db: str, tmp_path: Path) -> None:
    review(db, "reject", str(statement_of(db, QUAY_CLAIM)["id"]))
    make_extractor_older(db)
    ok("ingest", write_articles(tmp_path / "again", [FERRY]), "--db", db, "--no-progress")
    assert QUAY_CLAIM not in claims(db)
    ok("cluster", "--db", db)  # a rejected statement never waits for a claim
    assert QUAY_CLAIM not in claims(db)


def test_move_confirm_and_the_log_say_what_when_and_who(db: str) -> None:
    ferry, quay = statement_of(db, FERRY_CLAIM), statement_of(db, QUAY_CLAIM)
    ferry_claim = claims(db)[FERRY_CLAIM]["id"]
    review(db, "confirm", str(ferry["id"]), "--by", "Hala")
    review(db, "move", str(quay["id"]), "--to-claim", str(ferry_claim), "--by", "Samir")
    moved = claims(db)
    assert QUAY_CLAIM not in moved  # its claim went with its last statement
    assert moved[FERRY_CLAIM]["status"] == "single-source"  # one named origin beside the anonymous one
    assert {s["review"] for s in moved[FERRY_CLAIM]["statements"]} == {"confirmed", "corrected"}
    last, first = log(db)
    assert (first["action"], first["by"], first["after"]) == ("confirm", "Hala", {"review": "confirmed"})
    assert (last["action"], last["by"], last["after"]["claim"]) == ("move", "Samir", FERRY_CLAIM)
    assert last["before"]["claim"] == QUAY_CLAIM and last["at"]

    review(db, "undo")
    restored = claims(db)
    assert restored[QUAY_CLAIM]["status"] == "single-source"
    assert restored[FERRY_CLAIM]["status"] == "anonymous-only"


@pytest.mark.parametrize("args, message", [
    (["confirm", "999"], "no statement 999"),
    (["move", "1", "--to-claim", "999"], "no claim 999"),
    (["undo"], "nothing to undo"),
])
def test_what_cannot_be_done_is_one_line(db: str, args: list[str], message: str) -> None:
    done = isnad("review", *args, "--db", db)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [f"isnad: error: {message}"]


@pytest.mark.parametrize("args", [["confirm"], ["confirm", "x"], ["correct", "1"], ["log", "3"],
                                  ["move", "1"], ["reject", "1", "--source", "A"]])
def test_usage_errors_exit_2(db: str, args: list[str]) -> None:
    done = isnad("review", *args, "--db", db)
    assert done.returncode == 2 and "usage" in done.stderr and "Traceback" not in done.stderr


def test_a_store_made_before_reviews_gains_them_on_opening(db: str) -> None:
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    with engine.begin() as conn:  # as an older isnad made it
        conn.execute(text("DROP TABLE reviews"))
        conn.execute(text("ALTER TABLE statements DROP COLUMN review"))
    engine.dispose()
    assert {s["review"] for doc in claims(db).values() for s in doc["statements"]} == {"unreviewed"}
    review(db, "confirm", str(statement_of(db, QUAY_CLAIM)["id"]))
    assert statement_of(db, QUAY_CLAIM)["review"] == "confirmed"
    assert [entry["action"] for entry in log(db)] == ["confirm"]


# --- merging and splitting claims -------------------------------------------------------------

# Invented articles: one plan told in two wordings by two people (clustering keeps them apart),
# and the first wording told again by a third person, undated.
LIGHTHOUSE = {"id": "lamp-1", "lang": "en", "outlet": "Coastal Courier", "date": "2031-03-04",
              "title": "Lighthouse plan",
              "text": "Lighthouse plan\n\nThe mayor Lina Haddad said the old lighthouse at Port Selwyn "
                      "will become a museum next spring."}
BEACON = {"id": "lamp-2", "lang": "en", "outlet": "Valley Post", "date": "2031-03-06",
          "title": "Beacon tower",
          "text": "Beacon tower\n\nCouncillor Tomas Reyes said the disused beacon tower on the Selwyn "
                  "shore is to be turned into a gallery of sailing history."}
HARBOUR = {"id": "lamp-3", "lang": "en", "outlet": "Night Wire", "title": "Harbour notes",
           "text": "Harbour notes\n\nThe harbour engineer Sami Noor said the old lighthouse at Port "
                   "Selwyn will become a museum next spring."}
LIGHTHOUSE_CLAIM = "the old lighthouse at Port Selwyn will become a museum next spring"
BEACON_CLAIM = ("the disused beacon tower on the Selwyn shore is to be turned into a gallery of "
                "sailing history")


def ingest(db: str, folder: Path, articles: list[dict]) -> str:
    return ok("ingest", write_articles(folder, articles), "--db", db, "--no-progress")


def test_a_merge_changes_the_status_outlives_a_new_extractor_and_is_undone(
        store_url: str, tmp_path: Path) -> None:  # noqa: F811 - the fixture of _store_support
    db = store_url
    ingest(db, tmp_path / "a", [LIGHTHOUSE, BEACON])
    before = claims(db)
    assert before[LIGHTHOUSE_CLAIM]["status"] == before[BEACON_CLAIM]["status"] == "single-source"
    into, other = before[LIGHTHOUSE_CLAIM]["id"], before[BEACON_CLAIM]["id"]

    said = review(db, "merge", str(into), str(other), "--by", "Hala")
    assert f"claim {other} → {into}" in said
    merged = claims(db)
    assert list(merged) == [LIGHTHOUSE_CLAIM]
    status = merged[LIGHTHOUSE_CLAIM]["status"]
    assert status != "single-source" and status.startswith("corroborated")
    assert sorted(s["source"] for s in merged[LIGHTHOUSE_CLAIM]["statements"]) == \
        ["Lina Haddad", "Tomas Reyes"]
    entries = log(db)
    assert {(e["action"], e["by"]) for e in entries} == {("merge", "Hala")}
    assert len({e["batch"] for e in entries}) == 1  # one action, a row per statement
    moved = next(e for e in entries if e["before"].get("claim") == BEACON_CLAIM)
    assert moved["after"]["claim"] == LIGHTHOUSE_CLAIM

    make_extractor_older(db)
    summary = ok("ingest", write_articles(tmp_path / "again", [LIGHTHOUSE, BEACON]), "--db", db,
                 "--no-progress")
    assert "2 reviews kept" in summary
    again = claims(db)
    assert list(again) == [LIGHTHOUSE_CLAIM] and again[LIGHTHOUSE_CLAIM]["status"] == status
    assert again[LIGHTHOUSE_CLAIM]["id"] == into

    assert "undid merge" in review(db, "undo")
    apart = claims(db)
    assert apart[LIGHTHOUSE_CLAIM]["status"] == apart[BEACON_CLAIM]["status"] == "single-source"
    assert apart[BEACON_CLAIM]["id"] == other
    assert all(e["undone_at"] for e in log(db))


def test_a_split_outlives_a_re_ingest_and_undo_joins_the_claim_again(
        store_url: str, tmp_path: Path) -> None:  # noqa: F811 - the fixture of _store_support
    db = store_url
    ingest(db, tmp_path / "a", [LIGHTHOUSE, HARBOUR])
    [joined] = claims(db).values()
    assert joined["status"] == "corroborated" and len(joined["statements"]) == 2
    leaving = next(s["id"] for s in joined["statements"] if s["source"] == "Sami Noor")

    said = review(db, "split", str(joined["id"]), "--statements", str(leaving), "--by", "Samir")
    assert said.startswith("split off") and "single-source" in said

    def by_source(db: str) -> dict[str, dict]:
        # By source, not text: the two claims now share a wording.
        docs = map(json.loads, ok("claims", "--db", db, "--format", "json").splitlines())
        return {s["source"]: doc for doc in docs for s in doc["statements"]}

    split = by_source(db)
    assert split["Sami Noor"]["id"] != split["Lina Haddad"]["id"] == joined["id"]
    assert split["Sami Noor"]["status"] == split["Lina Haddad"]["status"] == "single-source"
    new_claim = split["Sami Noor"]["id"]

    make_extractor_older(db)
    ok("ingest", write_articles(tmp_path / "again", [LIGHTHOUSE, HARBOUR]), "--db", db, "--no-progress")
    again = by_source(db)
    assert again["Sami Noor"]["id"] == new_claim and again["Lina Haddad"]["id"] == joined["id"]
    assert again["Sami Noor"]["status"] == "single-source"
    assert again["Sami Noor"]["statements"][0]["review"] == "corrected"

    review(db, "undo")
    [back] = claims(db).values()
    assert back["id"] == joined["id"] and back["status"] == "corroborated"


@pytest.mark.parametrize("args, message", [
    (["merge", "1", "1"], "claim 1 cannot be merged with itself"),
    (["merge", "1", "999"], "no claim 999"),
    (["split", "1", "--statements", "1"], "that is every statement of claim 1: leave at least one"),
    (["split", "1", "--statements", "999"], "not in claim 1: statement 999"),
])
def test_merges_and_splits_that_cannot_be_made_are_one_line(db: str, args: list[str], message: str) -> None:
    done = isnad("review", *args, "--db", db)
    assert done.returncode == 1, done.stdout
    assert done.stderr.strip().splitlines() == [f"isnad: error: {message}"]


@pytest.mark.parametrize("args", [["merge", "1"], ["merge", "1", "x"], ["split", "1"],
                                  ["split", "1", "2", "--statements", "3"],
                                  ["move", "1", "--to-claim", "2", "--statements", "3"]])
def test_merge_and_split_usage_errors_exit_2(db: str, args: list[str]) -> None:
    done = isnad("review", *args, "--db", db)
    assert done.returncode == 2 and "usage" in done.stderr and "Traceback" not in done.stderr
