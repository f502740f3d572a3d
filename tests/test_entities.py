"""Cross-article entity resolution: keys, the gazetteer, the rules that never merge, merge and split."""
from __future__ import annotations

import json

import pytest
from _store_support import isnad, store, store_url, write_articles  # noqa: F401 - fixtures
from sqlalchemy import select

from isnad.graph import entities as resolution
from isnad.graph.entities import EntityError, Resolver, key, load_gazetteer, speaks_for
from isnad.graph.ingest import ingest
from isnad.graph.schema import aliases, articles, entities, merges, statements

# --- keys ------------------------------------------------------------------------


@pytest.mark.parametrize("spelled, plain", [
    ("أحمد", "احمد"), ("إبراهيم", "ابراهيم"), ("آمال", "امال"), ("ٱلله", "له"),  # hamza forms
    ("مصطفى", "مصطفي"),                                                 # alef maqsura
    ("وزارة الصحة", "وزاره صحه"),                                        # ta marbuta, ال
    ("وِزَارَةُ الصِّحَّةِ", "وزاره صحه"),                                  # diacritics
    ("الإعـــلام الحربـي", "اعلام حربي"),                                 # tatweel
    ("المرصد السوري لحقوق الإنسان", "مرصد سوري لحقوق انسان"),
    ("«الشرق الأوسط»", "شرق اوسط"),                                     # quotes
    ("دير الزور ٢٤", "دير زور 24"),                                     # Arabic-Indic digits
])
def test_arabic_keys_fold_spelling_variants(spelled, plain):
    assert key(spelled, "ar") == plain


@pytest.mark.parametrize("word", ["وليد", "لبنان", "والي", "بلال", "فراس"])
def test_arabic_keys_keep_letters_that_only_look_like_clitics(word):
    assert key(word, "ar") == word


@pytest.mark.parametrize("spelled, plain", [
    ("The Syrian Observatory for Human Rights", "syrian observatory for human rights"),
    ("REUTERS", "reuters"),
    ("Mr. John Smith", "john smith"), ("Dr Jane Smith", "jane smith"),
    ("Sgt. Omar Abu Layla", "omar abu layla"),
    ("Hezbollah's war media", "hezbollah war media"),
    ("Agence France-Presse", "agence france presse"),
    ("U.N.", "un"), ("Médecins Sans Frontières", "medecins sans frontieres"),
    ("The Hill", "hill"), ("the", "the"), ("Dr.", "dr"),  # a title alone is kept
])
def test_english_keys_fold_case_titles_and_punctuation(spelled, plain):
    assert key(spelled, "en") == plain


def test_speaks_for_knows_heads_and_spokespeople():
    assert speaks_for("مدير", "ar") and speaks_for("المتحدث باسم", "ar")
    assert speaks_for("الناطق باسم", "ar") and speaks_for("رئيس", "ar")
    assert speaks_for("spokeswoman", "en") and speaks_for("Executive Director", "en")
    assert not speaks_for("وزير الخارجية السابق", "ar")
    assert not speaks_for("Mr.", "en") and not speaks_for(None, "en")


def test_gazetteer_ties_names_across_scripts_and_forms():
    gazetteer = load_gazetteer()
    observatory = gazetteer.find("المرصد السوري لحقوق الإنسان", "organization")
    assert observatory is gazetteer.find("SOHR", "organization")
    assert observatory is gazetteer.find("the Syrian Observatory for Human Rights", "organization")
    assert gazetteer.find("سانا", "media") is gazetteer.find("Syrian Arab News Agency", "media")
    assert gazetteer.find("لوكالة رويترز", "media").name == "Reuters"  # given to (ل) Reuters
    assert gazetteer.find("Reuters", "person") is None  # kinds must agree
    assert gazetteer.find("لبنان", "organization") is None


def test_a_user_gazetteer_extends_the_shipped_one(tmp_path, monkeypatch):
    mine = tmp_path / "mine.tsv"
    mine.write_text("# local bodies\nPort Authority of Tartus\torganization\tهيئة مرفأ طرطوس\n",
                    encoding="utf-8")
    monkeypatch.setenv("ISNAD_GAZETTEER", str(mine))
    gazetteer = load_gazetteer()
    assert gazetteer.find("هيئة مرفأ طرطوس", "organization").name == "Port Authority of Tartus"
    assert gazetteer.find("Reuters", "media") is not None


def test_a_malformed_user_gazetteer_is_one_clear_error(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("Port Authority\tharbour\n", encoding="utf-8")
    with pytest.raises(EntityError, match=r"mine.tsv:1: expected a name, a kind"):
        load_gazetteer(mine)
    with pytest.raises(EntityError, match="cannot read gazetteer"):
        load_gazetteer(tmp_path / "missing.tsv")


# --- resolution across articles ------------------------------------------------------

AR_OBSERVATORY = {"id": "shelling-ar", "lang": "ar", "outlet": "الشرق الأوسط",
                  "text": "قصف على ريف دير الزور\n\nوقال المرصد السوري لحقوق الإنسان إن 14 شخصاً "
                          "قتلوا في القصف على البلدة."}
EN_OBSERVATORY = {"id": "shelling-en", "lang": "en", "outlet": "The Guardian",
                  "text": "Shelling in Deir Ezzor\n\nThe Syrian Observatory for Human Rights said "
                          "14 people were killed in the shelling."}


def _entity_of(store, article_id: str, seq: int = 0) -> int:
    with store.reading() as conn:
        return conn.scalar(select(statements.c.entity_id).where(
            statements.c.article_id == article_id, statements.c.seq == seq))


def test_gazetteer_makes_one_entity_of_an_arabic_and_an_english_name(store, tmp_path):
    summary = ingest(store, write_articles(tmp_path / "a", [AR_OBSERVATORY, EN_OBSERVATORY]))
    assert summary.errors == 0 and summary.statements == 2
    observatory = _entity_of(store, "shelling-ar")
    assert _entity_of(store, "shelling-en") == observatory
    with store.reading() as conn:
        rules = dict(conn.execute(select(aliases.c.alias, aliases.c.rule)
                                  .where(aliases.c.entity_id == observatory)).all())
    assert rules["Syrian Observatory for Human Rights"] == "gazetteer"


def _resolve(store, *mentions: tuple[str, str, str]) -> list[int]:
    """Entity ids of (name, kind, article id) mentions, resolved in one batch."""
    with store.transaction() as conn:
        resolver = Resolver(conn, load_gazetteer(), [article for _, _, article in mentions])
        ids = [resolver.entity(name, kind, article) for name, kind, article in mentions]
        resolver.flush()
    return ids


def _add_articles(store, *ids: str) -> None:
    with store.transaction() as conn:
        conn.execute(articles.insert(), [
            {"id": i, "lang": "en", "text": i, "content_hash": i, "extractor_version": "0",
             "ingested_at": resolution._now()} for i in ids])


def test_two_people_sharing_a_surname_in_two_articles_stay_two(store):
    _add_articles(store, "a1", "a2")
    lena, john, lena_again = _resolve(store, ("Lena Fischer", "person", "a1"),
                                      ("John Fischer", "person", "a2"),
                                      ("Dr. Lena Fischer", "person", "a2"))
    assert lena != john and lena_again == lena
    # A surname alone is never enough across articles, even if written the same.
    fischer_1, fischer_2, fischer_1_again = _resolve(store, ("Fischer", "person", "a1"),
                                                     ("Fischer", "person", "a2"),
                                                     ("Fischer", "person", "a1"))
    assert fischer_1 != fischer_2 and fischer_1 == fischer_1_again
    assert len({lena, john, fischer_1, fischer_2}) == 4


def test_a_person_and_a_body_of_the_same_name_never_merge_but_media_and_bodies_do(store):
    _add_articles(store, "a1", "a2")
    person, body, medium = _resolve(store, ("Jordan Hayes", "person", "a1"),
                                    ("Jordan Hayes", "organization", "a2"),
                                    ("Jordan Hayes", "media", "a2"))
    assert person != body and medium == body


def test_anonymous_sources_are_never_the_same_across_articles(store):
    _add_articles(store, "a1", "a2")
    first, second, again = _resolve(store, ("مصادر مطلعة", "anonymous", "a1"),
                                    ("مصادر مطلعة", "anonymous", "a2"),
                                    ("مصادر مطلعة", "anonymous", "a1"))
    assert first != second and first == again


def test_a_persons_affiliation_is_an_organization_entity(store):
    _add_articles(store, "a1")
    with store.transaction() as conn:
        resolver = Resolver(conn, load_gazetteer(), ["a1"])
        rami = resolver.entity("رامي عبد الرحمن", "person", "a1", role="مدير",
                               affiliation="المرصد السوري لحقوق الإنسان")
        resolver.flush()
        row = conn.execute(select(entities).where(entities.c.id == rami)).one()
        body = conn.execute(select(entities).where(entities.c.id == row.affiliation_id)).one()
    assert row.role == "مدير" and speaks_for(row.role, "ar")
    assert body.kind == "organization" and body.name == "المرصد السوري لحقوق الإنسان"


def test_publishers_become_media_entities(store, tmp_path):
    ingest(store, write_articles(tmp_path / "a", [AR_OBSERVATORY, EN_OBSERVATORY]))
    with store.reading() as conn:
        rows = conn.execute(select(articles.c.id, entities.c.name, entities.c.kind)
                            .join(entities, entities.c.id == articles.c.publisher_id)).all()
    assert {(r.id, r.name, r.kind) for r in rows} == {
        ("shelling-ar", "Asharq Al-Awsat", "media"), ("shelling-en", "The Guardian", "media")}


def test_a_new_gazetteer_line_merges_entities_met_before_and_says_why(store, tmp_path,
                                                                     monkeypatch):
    _add_articles(store, "a1", "a2", "a3")
    port, harbour = _resolve(store, ("Tartus Port Authority", "organization", "a1"),
                             ("هيئة مرفأ طرطوس", "organization", "a2"))
    assert port != harbour
    mine = tmp_path / "mine.tsv"
    mine.write_text("Tartus Port Authority\torganization\tهيئة مرفأ طرطوس\tTartus port\n",
                    encoding="utf-8")
    monkeypatch.setenv("ISNAD_GAZETTEER", str(mine))
    (port_again,) = _resolve(store, ("Tartus port", "organization", "a3"))
    assert port_again == port
    with store.reading() as conn:
        merge = conn.execute(select(merges)).one()
        assert (merge.entity_id, merge.into_id, merge.rule) == (harbour, port, "gazetteer")
        assert "Tartus Port Authority" in merge.detail
        assert resolution.current(conn, harbour) == port


# --- merge and split ------------------------------------------------------------------

def test_merge_then_split_restores_and_statements_keep_their_entity(store, tmp_path):
    ar = {"id": "port-ar", "lang": "ar", "text": "الميناء\n\nوقال مدير الميناء سامر الحلبي "
                                                 "إن الرافعات تضررت."}
    en = {"id": "port-en", "lang": "en", "text": "The port\n\nSamer al-Halabi, the port "
                                                 "director, said the cranes were damaged."}
    ingest(store, write_articles(tmp_path / "a", [ar, en]))
    arabic, english = _entity_of(store, "port-ar"), _entity_of(store, "port-en")
    assert arabic != english  # no gazetteer line for him: an entity per spelling ...
    with store.reading() as conn:  # ... tied because the two spell one name (graph/transliteration.py)
        assert resolution.current(conn, english) == arabic
        assert conn.execute(select(merges.c.rule)).scalar() == "skeleton"
    with store.transaction() as conn:
        assert resolution.split(conn, english) == arabic  # that tie is undone like any merge
        resolution.merge(conn, english, arabic)
    with store.reading() as conn:
        assert resolution.current(conn, english) == arabic
        assert resolution.current_ids(conn) == {english: arabic}
        merge = conn.execute(select(merges).where(merges.c.undone_at.is_(None))).one()
        assert (merge.rule, merge.undone_at) == ("user", None)
        assert "Samer al-Halabi" in merge.detail
    assert _entity_of(store, "port-en") == english  # statements are not rewritten
    with store.transaction() as conn:
        assert resolution.split(conn, english) == arabic
    with store.reading() as conn:
        assert resolution.current(conn, english) == english
        assert resolution.current_ids(conn) == {}
        assert None not in conn.scalars(select(merges.c.undone_at)).all()


def test_merges_that_cannot_be_are_refused(store):
    _add_articles(store, "a1")
    person, body, other = _resolve(store, ("Lena Fischer", "person", "a1"),
                                   ("Harbour Office", "organization", "a1"),
                                   ("Port Office", "organization", "a1"))
    with store.transaction() as conn:
        with pytest.raises(EntityError, match="cannot be one entity"):
            resolution.merge(conn, person, body)
        with pytest.raises(EntityError, match="into itself"):
            resolution.merge(conn, body, body)
        with pytest.raises(EntityError, match="no entity 999"):
            resolution.merge(conn, body, 999)
        with pytest.raises(EntityError, match="not merged"):
            resolution.split(conn, body)
        resolution.merge(conn, body, other)
        with pytest.raises(EntityError, match="already merged"):
            resolution.merge(conn, other, body)


def test_entities_command_lists_merges_and_splits(tmp_path):
    db = tmp_path / "isnad.db"
    folder = write_articles(tmp_path / "a", [AR_OBSERVATORY, EN_OBSERVATORY])
    assert isnad("ingest", folder, "--db", db, "--no-progress").returncode == 0
    listed = isnad("entities", "--db", db, "--format", "json", "--search", "المرصد السوري")
    assert listed.returncode == 0, listed.stderr
    (observatory,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {(a["alias"], a["rule"]) for a in observatory["aliases"]} >= {
        ("Syrian Observatory for Human Rights", "gazetteer")}
    media = [json.loads(line) for line in
             isnad("entities", "--db", db, "--kind", "media", "--format", "json").stdout.splitlines()]
    asharq, guardian = sorted(media, key=lambda doc: doc["name"])
    merged = isnad("entities", "merge", str(guardian["id"]), str(asharq["id"]), "--db", db)
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout.strip() == (f"merged {guardian['id']} (The Guardian) into "
                                     f"{asharq['id']} (Asharq Al-Awsat)")
    table = isnad("entities", "--db", db, "--kind", "media", "--format", "table").stdout
    assert f"merged into {asharq['id']} (user)" in table
    assert isnad("entities", "split", str(guardian["id"]), "--db", db).returncode == 0
    refused = isnad("entities", "split", str(guardian["id"]), "--db", db)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (f"isnad: error: entity {guardian['id']} (The Guardian) "
                                      "is not merged into another")
    usage = isnad("entities", "merge", "1", "--db", db)
    assert usage.returncode == 2 and "usage" in usage.stderr and "Traceback" not in usage.stderr
