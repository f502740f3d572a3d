"""Small multi-article stories written straight into a store, for the graph tests.

The tables are made with ``schema.metadata.create_all`` and filled row by row, so
that these tests need nothing of ingest or entity resolution. Every event and
name in the stories is invented.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select

from isnad.graph import claims as clustering
from isnad.graph import schema


def new_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA foreign_keys = ON"))
    schema.metadata.create_all(engine)
    with engine.begin() as conn:  # what open_store looks for in a store it did not make
        conn.execute(schema.meta.insert().values(key="schema_version", value=schema.SCHEMA_VERSION))
    return engine


@dataclass
class Story:
    """Rows of one store, added in the order a reader would meet them."""

    conn: Connection
    seq: dict[str, int] = field(default_factory=dict)

    def entity(self, name: str, kind: str, role: str | None = None,
               affiliation: int | None = None) -> int:
        """The entity of that name, made on first use: stories can share an outlet."""
        known = self.conn.scalar(select(schema.entities.c.id).where(schema.entities.c.name == name))
        if known is not None:
            return known
        return self.conn.execute(schema.entities.insert().values(
            name=name, kind=kind, role=role, affiliation_id=affiliation,
            key=name.lower())).inserted_primary_key[0]

    def article(self, article_id: str, lang: str, publisher: int | None = None,
                title: str = "", date: str = "2024-03-01", outlet: str | None = None) -> str:
        if outlet is None and publisher is not None:
            outlet = self.conn.scalar(select(schema.entities.c.name)
                                      .where(schema.entities.c.id == publisher))
        self.conn.execute(schema.articles.insert().values(
            id=article_id, lang=lang, title=title or article_id, outlet=outlet,
            publisher_id=publisher, date=date, text=title or article_id, content_hash="0" * 40,
            extractor_version="test", ingested_at=datetime.now(UTC)))
        self.seq[article_id] = 0
        return article_id

    def says(self, article_id: str, source: int, claim: str, outlet: int | None = None,
             cue: str = "said", direct: bool = False) -> int:
        self.seq[article_id] += 1
        return self.conn.execute(schema.statements.insert().values(
            article_id=article_id, seq=self.seq[article_id], claim_text=claim, claim_start=0,
            claim_end=len(claim), cue_text=cue, cue_start=0, cue_end=len(cue), speaker_text=None,
            entity_id=source, outlet_id=outlet, direct=direct)).inserted_primary_key[0]

    def cites(self, article_id: str, citing: int | None, cited: int,
              statement: int | None = None) -> None:
        self.conn.execute(schema.citations.insert().values(
            article_id=article_id, citing_id=citing, cited_id=cited, statement_id=statement))

    def merge(self, entity: int, into: int) -> None:
        self.conn.execute(schema.entities.update().where(schema.entities.c.id == entity)
                          .values(merged_into=into))

    def cluster(self) -> dict:
        """Run claim clustering over every statement not in a claim yet, as ingest would."""
        ids = self.conn.scalars(select(schema.statements.c.id)
                                .where(schema.statements.c.claim_id.is_(None))).all()
        return clustering.update(self.conn, list(ids))

    def claim_of(self, statement_id: int) -> int:
        return self.conn.scalar(select(schema.statements.c.claim_id)
                                .where(schema.statements.c.id == statement_id))

    def status(self, claim_id: int) -> tuple[str, dict]:
        row = self.conn.execute(select(schema.claims.c.status, schema.claims.c.reason)
                                .where(schema.claims.c.id == claim_id)).one()
        return row.status, json.loads(row.reason)


# --- the stories ---------------------------------------------------------------------------

def circular_story(story: Story) -> list[int]:
    """A monitor's toll, carried by one outlet, relayed by a second, relayed by a third in English."""
    monitor = story.entity("مرصد الحقوق المدنية", "organization")
    sabah = story.entity("صحيفة الصباح", "media")
    nahar = story.entity("قناة النهار", "media")
    courier = story.entity("The Daily Courier", "media")
    story.article("sabah-1", "ar", sabah)
    story.article("nahar-1", "ar", nahar)
    story.article("courier-1", "en", courier)
    return [
        story.says("sabah-1", monitor, "مقتل 23 مدنياً في قصف على بلدة وادي النسور"),
        story.says("nahar-1", sabah, "قصف على بلدة وادي النسور أسفر عن مقتل 23 مدنياً"),
        story.says("courier-1", nahar, "23 civilians were killed in shelling on the town of Wadi al-Nusur"),
    ]


def corroborated_story(story: Story) -> list[int]:
    """A dam breach confirmed by a named engineer, a second named body and an anonymous source."""
    engineer = story.entity("Hana Qasim", "person", role="engineer")
    authority = story.entity("Water Resources Authority", "organization")
    anonymous = story.entity("a municipal official", "anonymous")
    tribune = story.entity("The Harbour Tribune", "media")
    courier = story.entity("The Daily Courier", "media")
    story.article("tribune-4", "en", tribune)
    story.article("courier-4", "en", courier)
    return [
        story.says("tribune-4", engineer, "the Tal Rumman dam collapsed and flooded 60 homes"),
        story.says("courier-4", authority, "the dam at Tal Rumman collapsed, flooding 60 homes"),
        story.says("courier-4", anonymous, "60 homes were flooded when the Tal Rumman dam gave way"),
    ]


def anonymous_story(story: Story) -> list[int]:
    """A minister's resignation resting on two differently described anonymous sources."""
    insiders = story.entity("مصادر مقربة من الحكومة", "anonymous")
    officials = story.entity("officials who asked not to be named", "anonymous")
    fajr = story.entity("صحيفة الفجر", "media")
    courier = story.entity("The Daily Courier", "media")
    story.article("fajr-2", "ar", fajr)
    story.article("courier-2", "en", courier)
    return [
        # The minister is named: across languages a name (or a place, a figure) is what ties two wordings.
        story.says("fajr-2", insiders, "وزير النقل نبيل منصور قدّم استقالته إلى رئيس الوزراء"),
        story.says("courier-2", officials, "the transport minister Nabil Mansour handed his resignation to the prime minister"),
    ]


def agency_story(story: Story) -> list[int]:
    """An agency's report of a minister's words, relayed by a TV channel that cites the agency."""
    minister = story.entity("وزير الزراعة سليم حداد", "person", role="وزير")
    agency = story.entity("وكالة الأنباء الوطنية", "media")
    channel = story.entity("قناة المدار", "media")
    story.article("agency-1", "ar", agency)
    story.article("channel-1", "ar", channel)
    first = story.says("agency-1", minister, "الحكومة ستوزع البذور مجاناً على المزارعين هذا الموسم")
    second = story.says("channel-1", minister, "توزيع البذور مجاناً على المزارعين هذا الموسم",
                        outlet=agency)
    story.cites("channel-1", channel, agency, second)
    return [first, second]


def bilingual_story(story: Story) -> list[int]:
    """One person says one thing in Arabic and in English, to two papers."""
    mayor = story.entity("ليلى منصور", "person", role="رئيسة البلدية")
    fajr = story.entity("صحيفة الفجر", "media")
    tribune = story.entity("The Harbour Tribune", "media")
    story.article("fajr-3", "ar", fajr)
    story.article("tribune-3", "en", tribune)
    return [
        story.says("fajr-3", mayor, "الميناء سيعاد فتحه أمام سفن الشحن يوم الاثنين"),
        story.says("tribune-3", mayor, "the port will reopen to cargo ships on Monday"),
    ]
