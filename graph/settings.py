"""Where each article's news happened, read from the store.

An article's setting (:func:`.events.article_setting`: the places its title and
opening name) keeps two statements from articles set in different places apart.
Clustering and the status layer both read it, once per article.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, func, select

from . import events
from .schema import articles

_CHUNK = 500  # ids per IN (...): well under SQLite's and PostgreSQL's limits


def article_settings(conn: Connection, article_ids: Iterable[str]) -> dict[str, frozenset]:
    """Each article's setting, by article id."""
    out: dict[str, frozenset] = {}
    ids = sorted(set(article_ids))
    for start in range(0, len(ids), _CHUNK):
        for row in conn.execute(select(articles.c.id, articles.c.lang, articles.c.title,
                                       func.substr(articles.c.text, 1, events.SETTING_CHARS)
                                       .label("opening"))
                                .where(articles.c.id.in_(ids[start:start + _CHUNK]))):
            out[row.id] = events.article_setting(row.title, row.opening, row.lang)
    return out
