"""The extraction stage: one article in, its attribution records out.

Rules propose, a model decides. Each language registers a module of rules
with two functions, like a spaCy ``Language`` subclass registers its defaults:

- ``parse_mention(text) -> resolve.Parsed``: what a speaker's words say (kind,
  role, affiliation, name);
- ``extract(doc, resolver) -> list[Attribution]``: the rules that find cues,
  speakers and contents.

The learned scorer (:mod:`isnad.nlp.scorer`) then gives each proposed record
a calibrated ``confidence`` and drops those below its language's threshold.
"""
from __future__ import annotations

from . import arabic, english, scorer
from .document import Document
from .features import kind_features, record_features
from .language import detect
from .records import Article, Attribution
from .resolve import Resolver

LANGUAGES = {"ar": arabic, "en": english}


def extract(article: Article) -> list[Attribution]:
    """Every attribution of ``article`` the scorer keeps, in text order, each with its confidence.

    It runs the spaCy pipeline of :mod:`isnad.nlp.pipeline` (rules, then scorer).
    """
    from .pipeline import MAX_DOC_CHARS, run  # the pipeline's components are built from this module

    lang = language_of(article)
    if len(article.text) > MAX_DOC_CHARS:
        # The same two steps without a spaCy Doc: a Doc of millions of tokens costs gigabytes,
        # and the rules read the text, not the tokens.
        doc, lang, proposed = propose(article)
        return score(doc, lang, proposed, scorer.current())
    return run(article, lang)._.attributions


def propose(article: Article) -> tuple[Document, str, list[Attribution]]:
    """What the rules alone find in ``article``, in text order, with the document they read."""
    lang = language_of(article)
    rules = LANGUAGES[lang]
    doc = Document(article.text, lang, article.title)
    found = rules.extract(doc, Resolver(lang, rules.parse_mention))
    return doc, lang, sorted(found, key=lambda a: (a.claim.start, a.cue.start))


def score(doc: Document, lang: str, proposed: list[Attribution], model: scorer.Model | None) -> list[Attribution]:
    """The proposed records with their confidence, those below the model's threshold left out."""
    language_model = model.for_language(lang) if model is not None else None
    if language_model is None:
        return proposed
    for i, record in enumerate(proposed):
        record.confidence = language_model.confidence(record_features(doc.text, lang, proposed, i, doc.sentences))
    kept = [r for r in proposed if r.confidence >= language_model.threshold]
    for record in kept:
        record.source.kind = language_model.kind(kind_features(record, lang), record.source.kind)
    return kept


def language_of(article: Article) -> str:
    """The article's own language when isnad has rules for it, else the one its script shows."""
    return article.lang if article.lang in LANGUAGES else detect(article.text)


def record(article: Article, attributions: list[Attribution]) -> dict:
    """The JSON document ``isnad extract --format json`` prints for one article."""
    return {"id": article.id, "lang": language_of(article), "url": article.url, "outlet": article.outlet,
            "title": article.title, "attributions": [a.to_json() for a in attributions]}
