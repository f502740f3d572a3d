"""Stories end to end: articles on disk, ``isnad ingest`` and ``isnad claims`` as real processes.

Each story is a few short articles from different outlets, in Arabic and
English, about an invented event. They go through extraction, entity
resolution, claim clustering and statuses for real, into one SQLite store (the
stories share outlets and must not run into each other), and are judged by
what ``isnad claims --format json`` prints.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from _store_support import isnad, write_articles
from sqlalchemy import select

from isnad.graph import schema
from isnad.graph.ingest import ingest
from isnad.graph.origins import origins
from isnad.graph.store import open_store

CIRCULAR = [  # a monitor's toll, carried by a paper, relayed by a channel, relayed in English
    {"id": "circ-sabah", "lang": "ar", "outlet": "صحيفة الصباح", "title": "قصف على كفر دارة",
     "text": "قصف على كفر دارة\n\nقال مرصد العاصي لحقوق الإنسان إن 23 مدنياً قتلوا في قصف "
             "مدفعي على بلدة كفر دارة مساء الثلاثاء."},
    {"id": "circ-jazeera", "lang": "ar", "outlet": "الجزيرة", "title": "مقتل مدنيين",
     "text": "مقتل مدنيين في كفر دارة\n\nوذكرت صحيفة الصباح أن 23 مدنياً قتلوا في قصف مدفعي "
             "على بلدة كفر دارة مساء الثلاثاء."},
    {"id": "circ-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Shelling kills 23",
     "text": "Shelling kills 23\n\nAl Jazeera reported that 23 civilians were killed in artillery "
             "shelling on the town of Kafr Dara on Tuesday evening."},
]
CORROBORATED = [  # a named engineer, a named authority and an anonymous official
    {"id": "dam-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Dam collapses",
     "text": "Dam collapses\n\nHana Qasim, an engineer who inspected the site, said the Tal Rumman "
             "dam collapsed on Sunday and flooded 60 homes."},
    {"id": "dam-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Flooding",
     "text": "Flooding in Tal Rumman\n\nThe Water Resources Authority said in a statement that the "
             "Tal Rumman dam collapsed on Sunday, flooding 60 homes."},
    {"id": "dam-gazette", "lang": "en", "outlet": "The Valley Gazette", "title": "Dam breach",
     "text": "Dam breach\n\nA municipal official, who spoke on condition of anonymity, said 60 "
             "homes were flooded when the Tal Rumman dam collapsed on Sunday."},
]
ANONYMOUS = [  # two differently described anonymous sources, in two languages
    {"id": "anon-fajr", "lang": "ar", "outlet": "صحيفة الفجر", "title": "استقالة",
     "text": "استقالة وزير النقل\n\nوقالت مصادر مقربة من الحكومة إن وزير النقل قدم استقالته "
             "إلى رئيس الوزراء مساء الأحد."},
    {"id": "anon-courier", "lang": "en", "outlet": "The Daily Courier", "title": "Minister resigns",
     "text": "Minister resigns\n\nThe transport minister handed his resignation to the prime "
             "minister on Sunday evening, according to officials who asked not to be named."},
]
AGENCY = [  # an agency's report of a minister's words, relayed by a TV channel
    {"id": "agency-nna", "lang": "ar", "outlet": "وكالة الأنباء الوطنية", "title": "بذور مجانية",
     "text": "بذور مجانية للمزارعين\n\nقال وزير الزراعة سليم حداد إن الحكومة ستوزع البذور "
             "مجاناً على المزارعين هذا الموسم."},
    {"id": "agency-madar", "lang": "ar", "outlet": "قناة المدار", "title": "بذور",
     "text": "بذور للمزارعين\n\nونقلت وكالة الأنباء الوطنية عن وزير الزراعة سليم حداد قوله إن "
             "الحكومة ستوزع البذور مجاناً على المزارعين هذا الموسم."},
]
BILINGUAL = [  # one person, one claim, in Arabic (giving both spellings) and in English
    {"id": "port-fajr", "lang": "ar", "outlet": "صحيفة الفجر", "title": "الميناء",
     "text": "إعادة فتح الميناء\n\nوقالت رئيسة بلدية المرفأ ليلى منصور (Laila Mansour) إن "
             "الميناء سيعاد فتحه أمام سفن الشحن يوم الاثنين."},
    {"id": "port-tribune", "lang": "en", "outlet": "The Harbour Tribune", "title": "Port",
     "text": "Port to reopen\n\nLaila Mansour, the mayor of the harbour town, said the port would "
             "reopen to cargo ships on Monday."},
]
GAZETTEER_BILINGUAL = [  # a person the gazetteer knows in both scripts
    {"id": "sohr-ar", "lang": "ar", "outlet": "صحيفة الفجر", "title": "غارات",
     "text": "غارات على سراقب\n\nوقال رامي عبد الرحمن إن 14 مدنياً قتلوا في غارات جوية على "
             "مدينة سراقب."},
    {"id": "sohr-en", "lang": "en", "outlet": "The Daily Courier", "title": "Saraqib",
     "text": "Air strikes on Saraqib\n\nRami Abdel Rahman said 14 civilians were killed in air "
             "strikes on the city of Saraqib."},
]
STORIES = [CIRCULAR, CORROBORATED, ANONYMOUS, AGENCY, BILINGUAL, GAZETTEER_BILINGUAL]


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """Every story ingested into one store, and the claims ``isnad claims`` lists."""
    root = tmp_path_factory.mktemp("stories")
    folder = write_articles(root / "articles", [a for story in STORIES for a in story])
    db = root / "isnad.db"
    done = isnad("ingest", folder, "--db", db, "--no-progress")
    assert done.returncode == 0, done.stderr
    shown = isnad("claims", "--db", db, "--format", "json")
    assert shown.returncode == 0, shown.stderr
    return [json.loads(line) for line in shown.stdout.splitlines()]


def claims_of(listed: list[dict], story: list[dict]) -> list[dict]:
    """The claims with a statement from the story's articles."""
    ids = {article["id"] for article in story}
    return [claim for claim in listed
            if any(Path(s["article"]).stem in ids or s["article"] in ids
                   for s in claim["statements"])]


def one_claim(listed: list[dict], story: list[dict]) -> dict:
    found = claims_of(listed, story)
    assert len(found) == 1, [claim["text"] for claim in found]
    claim = found[0]
    assert {s["article"] for s in claim["statements"]} == {a["id"] for a in story}
    return claim


def test_a_toll_relayed_through_two_outlets_back_to_one_monitor_is_circular(listed):
    claim = one_claim(listed, CIRCULAR)
    assert claim["status"] == "circular"
    assert [o["name"] for o in claim["origins"]] == ["مرصد العاصي لحقوق الإنسان"]
    assert {"صحيفة الصباح", "Al Jazeera", "The Daily Courier"} <= set(claim["outlets"])


def test_a_named_person_a_named_body_and_an_anonymous_official_corroborate(listed):
    claim = one_claim(listed, CORROBORATED)
    assert claim["status"] == "corroborated"
    assert sorted(o["kind"] for o in claim["origins"]) == ["anonymous", "organization", "person"]
    assert {"Hana Qasim", "Water Resources Authority"} <= {o["name"] for o in claim["origins"]}


def test_two_different_anonymous_descriptions_are_anonymous_only(listed):
    claim = one_claim(listed, ANONYMOUS)
    assert claim["status"] == "anonymous-only"
    assert [o["kind"] for o in claim["origins"]] == ["anonymous", "anonymous"]


def test_an_agency_report_relayed_by_a_channel_has_one_origin(listed):
    claim = one_claim(listed, AGENCY)
    assert claim["status"] == "single-source"
    assert [o["name"] for o in claim["origins"]] == ["سليم حداد"]
    assert {"وكالة الأنباء الوطنية", "قناة المدار"} <= set(claim["outlets"])


@pytest.mark.parametrize("story", [BILINGUAL, GAZETTEER_BILINGUAL], ids=["in-article", "gazetteer"])
def test_one_person_saying_one_thing_in_arabic_and_english_is_one_claim_and_one_entity(listed,
                                                                                     story):
    claim = one_claim(listed, story)
    assert claim["status"] == "single-source"
    assert len({s["source"] for s in claim["statements"]}) == 1
    assert len(claim["origins"]) == 1


# --- a changed article re-ingested ----------------------------------------------------------

def _claims_table(store) -> dict[int, str]:
    with store.reading() as conn:
        return dict(conn.execute(select(schema.claims.c.id, schema.claims.c.status)).all())


def test_a_changed_article_takes_its_claims_along_and_the_rest_get_their_status_again(tmp_path):
    store = open_store(str(tmp_path / "isnad.db"))
    folder = write_articles(tmp_path / "a", CORROBORATED + AGENCY[:1])
    ingest(store, [folder])
    before = _claims_table(store)
    assert sorted(before.values()) == ["corroborated", "single-source"]
    # The engineer now speaks of something else, and the agency's article loses its minister.
    write_articles(folder, [
        {**CORROBORATED[0], "text": "Dam collapses\n\nHana Qasim, an engineer who inspected the "
                                    "site, said the spillway gates had been stuck for a year."},
        {**AGENCY[0], "text": "بذور مجانية للمزارعين\n\nبدأ توزيع البذور في الشمال."}])
    summary = ingest(store, [folder])
    assert summary.other.get("deleted_claims") == 1  # the minister's claim had nothing else
    dam = next(i for i, found in before.items() if found == "corroborated")
    seeds = next(i for i in before if i != dam)
    after = _claims_table(store)
    assert seeds not in after
    assert after[dam] == "single-source"  # the authority, and an anonymous official beside it
    with store.reading() as conn:
        assert "Hana Qasim" not in {o.name for o in origins(conn, dam).origins}
    store.engine.dispose()
