"""Where each article's news happened, read from the store.

An article's setting (:func:`.events.article_setting`: the places its title and
opening name) keeps two statements from articles set in different places apart.
Clustering and the status layer both read it, once per article.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, func, select

from . import events
from .chunks import chunks
from .schema import articles


def article_settings(conn: Connection, article_ids: Iterable[str]) -> dict[str, frozenset]:
    """Each article's setting, by article id."""
    out: dict[str, frozenset] = {}
    for chunk in chunks(sorted(set(article_ids))):
        for row in conn.execute(select(articles.c.id, articles.c.lang, articles.c.title,
                                       func.substr(articles.c.text, 1, events.SETTING_CHARS)
                                       .label("opening"))
                                .where(articles.c.id.in_(chunk))):
            out[row.id] = events.article_setting(row.title, row.opening, row.lang)
    return out
