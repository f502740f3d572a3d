"""The store's tables (SQLAlchemy Core), the one place that says what is stored.

Plain tables that other tools read as they are (datasette, pandas, SQL):
every row is one fact, names are spelled out, offsets point into
``articles.text`` so that any span can be shown again.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text, UniqueConstraint)

from isnad.nlp.records import DATE_CHARS, ID_CHARS

SCHEMA_VERSION = "1"
# The largest id an Integer column holds on every backend (32 bits on PostgreSQL).
# A larger number asked for is an id that cannot exist: an unknown id, never a
# query that overflows (OverflowError on SQLite, "integer out of range" on PostgreSQL).
MAX_ID = 2**31 - 1


def storable_id(value: int) -> bool:
    """Whether ``value`` can be a row's id in the store."""
    return 1 <= value <= MAX_ID

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(ID_CHARS), primary_key=True),
    Column("lang", String(8), nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text),            # the publisher as the file names it
    Column("publisher_id", Integer, ForeignKey("entities.id")),  # that publisher as an entity
    Column("date", String(DATE_CHARS)),
    Column("text", Text, nullable=False),
    Column("content_hash", String(40), nullable=False),
    Column("path", Text),
    Column("extractor_version", String(32), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),       # canonical name
    Column("kind", String(16), nullable=False),  # person|organization|media|anonymous|unspecified
    Column("affiliation_id", Integer, ForeignKey("entities.id")),  # the body a person speaks for
    Column("role", Text),
    Column("key", Text, nullable=False),        # normalised name used to find it again
    Column("merged_into", Integer, ForeignKey("entities.id")),  # set when merged; rows are never deleted
    Index("ix_entities_key", "key"),
)

aliases = Table(
    "aliases", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("rule", String(32), nullable=False),  # which rule tied this name to the entity
    Column("article_id", String(ID_CHARS), ForeignKey("articles.id")),
    UniqueConstraint("entity_id", "key", name="uq_alias_entity_key"),
    Index("ix_aliases_key", "key"),
)

merges = Table(
    "merges", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("into_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("rule", String(32), nullable=False),  # normalised-name|gazetteer|transliteration|user|...
    Column("detail", Text),                     # human-readable why
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("text", Text, nullable=False),        # a representative wording
    Column("lang", String(8), nullable=False),
    Column("status", String(16)),               # single-source|anonymous-only|corroborated|circular
    Column("reason", Text),                     # JSON: origins and chains behind the status
    Column("updated_at", DateTime(timezone=True)),
    # A claim's id is never given again once its claim is gone: reviews name claims by id
    # (a move's target, the claim an undo brings back), so a new claim must not answer to it.
    # (PostgreSQL's sequences never reuse ids; SQLite reuses the largest without this.)
    sqlite_autoincrement=True,
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(ID_CHARS), ForeignKey("articles.id"), nullable=False),
    Column("seq", Integer, nullable=False),      # order within the article
    Column("claim_text", Text, nullable=False),
    Column("claim_start", Integer, nullable=False),
    Column("claim_end", Integer, nullable=False),
    Column("cue_text", Text, nullable=False),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("outlet_id", Integer, ForeignKey("entities.id")),
    Column("direct", Boolean, nullable=False),
    Column("claim_id", Integer, ForeignKey("claims.id")),
    Column("confidence", Float),                 # the scorer's calibrated confidence (nlp/scorer.py)
    Column("review", String(16)),                # confirmed|corrected|rejected; None: unreviewed (graph/review.py)
    UniqueConstraint("article_id", "seq", name="uq_statement_article_seq"),
    Index("ix_statements_claim", "claim_id"),
    Index("ix_statements_entity", "entity_id"),
)

citations = Table(
    "citations", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(ID_CHARS), ForeignKey("articles.id"), nullable=False),
    Column("statement_id", Integer, ForeignKey("statements.id")),
    Column("citing_id", Integer, ForeignKey("entities.id")),  # the publisher or outlet that relays
    Column("cited_id", Integer, ForeignKey("entities.id"), nullable=False),  # the outlet it credits
    Index("ix_citations_cited", "cited_id"),
)

# The sentence vector of each statement's claim wording (graph/claims.py), kept so
# that clustering a new batch never re-encodes the store. Derived data: rows can be
# deleted and are rebuilt when missing.
statement_vectors = Table(
    "statement_vectors", metadata,
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
    Column("model", String(64), nullable=False),   # the encoder that made it (graph/encoder.py MODEL)
    Column("vector", LargeBinary, nullable=False),  # little-endian float16, encoder.DIMENSIONS values
)

# A claim that denies or contradicts another ("X did not happen" against "X happened"):
# never one claim with it, so linked to it (graph/claims.py). A store made before this
# table gets it on opening (graph/store.py creates missing tables).
claim_disputes = Table(
    "claim_disputes", metadata,
    Column("claim_id", Integer, ForeignKey("claims.id"), primary_key=True),     # the claim disputed
    Column("by_claim_id", Integer, ForeignKey("claims.id"), primary_key=True),  # the claim disputing it
    Column("rule", String(32), nullable=False),  # what opposed them: negation|opposite
    Index("ix_claim_disputes_by", "by_claim_id"),
)

# Every review action (graph/review.py), never deleted: an undo sets ``undone_at``.
# A statement's rows are found again after a re-ingest by their anchor (the
# sentence, the cue and where the cue sits in it), not by the statement id, which
# a re-ingest replaces; a review whose sentence left the article keeps its row,
# with ``second_look`` saying why, and no statement.
reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("statement_id", Integer),             # the statement now, None when its sentence is gone
    Column("article_id", String(ID_CHARS), ForeignKey("articles.id"), nullable=False),
    Column("sentence", Text, nullable=False),    # the anchor: the statement's sentence as it was
    Column("cue", Text, nullable=False),
    Column("cue_at", Integer, nullable=False),   # the cue's offset in that sentence
    Column("action", String(16), nullable=False),  # confirm|correct|reject|move|merge|split
    Column("before", Text, nullable=False),      # JSON: the statement's reviewable values
    Column("after", Text, nullable=False),
    Column("reviewer", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
    Column("second_look", Text),                 # why the review needs a second look, when it does
    # A merge or split moves several statements as one action: one row each, all holding the
    # id of the action's first row, so that undo takes them back together.
    Column("batch", Integer),
    Index("ix_reviews_article", "article_id"),
)
