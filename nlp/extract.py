"""The extraction stage: one article in, its attribution records out.

Each language registers a module with two functions, like a spaCy
``Language`` subclass registers its defaults:

- ``parse_mention(text) -> resolve.Parsed``: what a speaker's words say (kind,
  role, affiliation, name);
- ``extract(doc, resolver) -> list[Attribution]``: the rules that find cues,
  speakers and contents.
"""
from __future__ import annotations

from . import arabic, english
from .document import Document
from .language import detect
from .records import Article, Attribution
from .resolve import Resolver

LANGUAGES = {"ar": arabic, "en": english}


def extract(article: Article) -> list[Attribution]:
    """Every attribution of ``article``, in text order."""
    lang = language_of(article)
    rules = LANGUAGES[lang]
    doc = Document(article.text, lang, article.title)
    found = rules.extract(doc, Resolver(lang, rules.parse_mention))
    return sorted(found, key=lambda a: (a.claim.start, a.cue.start))


def language_of(article: Article) -> str:
    """The article's own language when isnad has rules for it, else the one its script shows."""
    return article.lang if article.lang in LANGUAGES else detect(article.text)


def record(article: Article, attributions: list[Attribution]) -> dict:
    """The JSON document ``isnad extract --format json`` prints for one article."""
    return {"id": article.id, "lang": language_of(article), "url": article.url, "outlet": article.outlet,
            "title": article.title, "attributions": [a.to_json() for a in attributions]}
