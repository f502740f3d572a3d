"""Ingest: idempotent, transactional per batch, versioned, with citations of the media a statement credits."""
from __future__ import annotations

import json

import pytest
from _store_support import (counts, isnad, store, store_url,  # noqa: F401 - fixtures
                            write_articles)
from sqlalchemy import select

from isnad.graph import ingest as ingest_module
from isnad.graph.ingest import ingest
from isnad.graph.schema import articles, citations, entities, statements
from isnad.nlp import extractor_version

PORT_EN = {"id": "port-en", "lang": "en", "outlet": "The Harbour Gazette", "title": "Port reopens",
           "text": "Port reopens\n\nLena Fischer, the harbour master, told Reuters that the port "
                   "would reopen on Monday.\n\n\"We have cleared every berth,\" Fischer said."}
PORT_AR = {"id": "port-ar", "lang": "ar", "outlet": "الشرق الأوسط",
           "text": "إعادة فتح الميناء\n\nوقال مدير الميناء سامر الحلبي لـ\"رويترز\" إن الرافعات "
                   "تضررت.\n\nوأضاف أن الميناء سيفتح يوم الاثنين."}
BRIDGE_EN = {"id": "bridge-en", "lang": "en", "outlet": "AP",
             "text": "Bridge closed\n\nThe bridge will stay closed until Friday, according to "
                     "Reuters.\n\nJohn Fischer, the mayor, said repairs would start soon."}
BY_REUTERS = {"id": "by-reuters", "lang": "en", "outlet": "Reuters",
              "text": "Port reopens\n\nLena Fischer, the harbour master, told Reuters that the "
                      "port would reopen on Monday."}
ALL = [PORT_EN, PORT_AR, BRIDGE_EN, BY_REUTERS]


@pytest.fixture(autouse=True)
def no_hooks(monkeypatch):
    """Hooks that other modules registered are theirs to test."""
    monkeypatch.setattr(ingest_module, "AFTER_BATCH", [])


def test_ingesting_the_same_folder_twice_stores_everything_once(store, tmp_path):
    folder = write_articles(tmp_path / "a", ALL)
    first = ingest(store, [folder], batch_size=3)
    stored = counts(store)
    second = ingest(store, [folder], batch_size=3)
    assert counts(store) == stored
    assert (first.articles, first.skipped, first.errors) == (4, 0, 0)
    assert first.statements == stored["statements"] >= 6
    assert first.new_entities == stored["entities"]
    assert (second.articles, second.skipped, second.statements, second.new_entities) == (4, 4, 0, 0)


def test_statements_point_into_the_article_text_and_record_the_extractor(store, tmp_path):
    ingest(store, write_articles(tmp_path / "a", ALL))
    with store.reading() as conn:
        texts = dict(conn.execute(select(articles.c.id, articles.c.text)).all())
        assert set(conn.execute(select(articles.c.extractor_version)).scalars()) == {
            extractor_version()}
        rows = conn.execute(select(statements)).all()
    for row in rows:
        text = texts[row.article_id]
        assert text[row.claim_start:row.claim_end] == row.claim_text
        assert text[row.cue_start:row.cue_end] == row.cue_text
        if row.speaker_text is not None:
            assert text[row.speaker_start:row.speaker_end] == row.speaker_text
    assert any(row.direct for row in rows) and not all(row.direct for row in rows)


def test_a_changed_article_is_replaced(store, tmp_path):
    folder = write_articles(tmp_path / "a", ALL)
    ingest(store, [folder])
    before = counts(store)
    changed = {**PORT_EN, "title": "Port stays shut", "text": "Port stays shut\n\nLena Fischer, the harbour master, said "
                                  "the port would stay shut."}
    write_articles(folder, [changed])
    summary = ingest(store, [folder])
    assert (summary.articles, summary.skipped, summary.statements) == (4, 3, 1)
    after = counts(store)
    assert after["articles"] == before["articles"]
    assert after["statements"] == before["statements"] - 1  # two statements became one
    with store.reading() as conn:
        claims = conn.execute(select(statements.c.claim_text)
                              .where(statements.c.article_id == "port-en")).scalars().all()
        assert claims == ["the port would stay shut"]
        assert conn.scalar(select(articles.c.title)
                           .where(articles.c.id == "port-en")) == "Port stays shut"


def test_a_newer_extractor_replaces_what_an_older_one_stored(store, tmp_path, monkeypatch):
    folder = write_articles(tmp_path / "a", ALL)
    ingest(store, [folder])
    before = counts(store)
    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", "99.0.0")
    summary = ingest(store, [folder])
    assert (summary.articles, summary.skipped) == (4, 0)
    assert counts(store) == before
    with store.reading() as conn:
        assert set(conn.execute(select(articles.c.extractor_version)).scalars()) == {"99.0.0"}
    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", None)
    assert ingest(store, [folder]).skipped == 4  # an older extractor keeps the newer records


def test_the_same_rules_with_another_model_extract_again(store, tmp_path, monkeypatch):
    folder = write_articles(tmp_path / "a", ALL)
    ingest(store, [folder])
    rules = extractor_version().partition("+")[0]
    monkeypatch.setattr(ingest_module, "EXTRACTOR_VERSION", f"{rules}+model.another")
    summary = ingest(store, [folder])
    assert (summary.articles, summary.skipped) == (4, 0)
    with store.reading() as conn:
        assert set(conn.execute(select(articles.c.extractor_version)).scalars()) == {f"{rules}+model.another"}


def test_each_batch_commits_on_its_own(store, tmp_path, monkeypatch):
    seen: list[list[int]] = []

    def cluster(conn, statement_ids):
        seen.append(statement_ids)
        if len(seen) == 2:
            raise RuntimeError("clustering broke")
        return {"new_claims": len(statement_ids)}

    monkeypatch.setattr(ingest_module, "AFTER_BATCH", [cluster])
    errors: list[str] = []
    summary = ingest(store, [write_articles(tmp_path / "a", ALL)], batch_size=2,
                     on_error=errors.append)
    assert summary.errors == 1 and len(errors) == 1
    assert errors[0].startswith("batch 2 (2 articles, ") and "clustering broke" in errors[0]
    assert summary.articles == 2 and summary.new_claims == len(seen[0]) > 0
    with store.reading() as conn:
        assert len(conn.execute(select(articles.c.id)).all()) == 2
        stored_ids = conn.execute(select(statements.c.id)).scalars().all()
    assert sorted(stored_ids) == sorted(seen[0])


def test_read_and_extraction_failures_are_counted_and_the_run_goes_on(store, tmp_path,
                                                                        monkeypatch):
    folder = write_articles(tmp_path / "a", ALL)
    (folder / "broken.json").write_text("{\"id\": ", encoding="utf-8")
    real_extract = ingest_module.extract

    def extract(article):
        if article.id == "bridge-en":
            raise ValueError("no sentence here")
        return real_extract(article)

    monkeypatch.setattr(ingest_module, "extract", extract)
    errors: list[str] = []
    summary = ingest(store, [folder], on_error=errors.append)
    assert summary.errors == 2 and summary.articles == 3
    assert any("broken.json:1: malformed JSON" in e for e in errors)
    assert any("bridge-en" in e and "extraction failed: ValueError: no sentence here" in e
               for e in errors)


def _citations(store) -> set[tuple[str, str | None, str]]:
    """(article, citing, cited) by entity name."""
    with store.reading() as conn:
        names = dict(conn.execute(select(entities.c.id, entities.c.name)).all())
        rows = conn.execute(select(citations.c.article_id, citations.c.citing_id,
                                   citations.c.cited_id, citations.c.statement_id)).all()
    assert all(row.statement_id is not None for row in rows)
    return {(row.article_id, names.get(row.citing_id), names[row.cited_id]) for row in rows}


def test_citations_for_told_reuters_and_according_to_reuters(store, tmp_path):
    ingest(store, write_articles(tmp_path / "a", ALL))
    assert _citations(store) == {
        ("port-en", "The Harbour Gazette", "Reuters"),   # told Reuters
        ("port-ar", "Asharq Al-Awsat", "Reuters"),       # لـ"رويترز"
        ("bridge-en", "Associated Press", "Reuters"),    # according to Reuters
        # by-reuters: told Reuters in Reuters' own article credits no one else
    }


def test_ingest_command_prints_a_summary_and_fails_on_errors(tmp_path):
    db = tmp_path / "isnad.db"
    folder = write_articles(tmp_path / "a", ALL)
    done = isnad("ingest", folder, "--db", db, "--no-progress")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    line = done.stdout.strip()
    assert line.startswith("ingested 4 articles (0 unchanged), ") and line.endswith(", 0 errors")
    (folder / "broken.json").write_text("[]", encoding="utf-8")
    again = isnad("ingest", folder, "--db", db, "--no-progress")
    assert again.returncode == 1
    assert again.stdout.strip().startswith("ingested 4 articles (4 unchanged), 0 statements, "
                                           "0 new entities")
    assert again.stdout.strip().endswith("1 error")
    assert [line for line in again.stderr.splitlines()] == [
        f"isnad: error: {folder / 'broken.json'}: empty JSON list, no articles"]
    assert isnad("ingest", folder, "--db", db, "--batch-size", "0").returncode == 2


def test_isnad_db_names_the_default_store(tmp_path):
    db = tmp_path / "from-env.db"
    folder = write_articles(tmp_path / "a", [PORT_EN])
    assert isnad("ingest", folder, "--no-progress", env={"ISNAD_DB": str(db)}).returncode == 0
    listed = isnad("entities", "--format", "json", env={"ISNAD_DB": str(db)})
    names = {json.loads(line)["name"] for line in listed.stdout.splitlines()}
    assert {"Lena Fischer", "Reuters", "The Harbour Gazette"} <= names
