"""The extraction stage: one article in, its attribution records out.

Rules propose, a model decides. Each language registers a module of rules
with two functions, like a spaCy ``Language`` subclass registers its defaults:

- ``parse_mention(text) -> resolve.Parsed``: what a speaker's words say (kind,
  role, affiliation, name);
- ``extract(doc, resolver) -> list[Attribution]``: the rules that find cues,
  speakers and contents.

The learned scorer (:mod:`isnad.nlp.scorer`) then gives each proposed record
a calibrated ``confidence`` and drops those below its language's threshold.

What one article may yield is bounded here, whatever the rules find, so that
work and storage stay linear in the length of the text (a hostile upload of
cues without sentence ends must not make a store hundreds of times its size):
a sentence (at most ``segment.MAX_SENTENCE_CHARS`` characters) yields at most
:data:`MAX_RECORDS_PER_SENTENCE` attributions, a run of text without a sentence
end (however many sentences it was cut into) at most :data:`MAX_RECORDS_PER_RUN`
(5 MB on one line without a stop once gave 120,000), and a claim reaches at most
:data:`MAX_CLAIM_CHARS` from its start (a quotation continued over several
sentences is cut at a word end). Real articles come nowhere near either.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from . import arabic, carry, english, markup, scorer
from .document import Document
from .features import kind_features, record_features
from .language import detect
from .records import Article, Attribution, Span
from .resolve import Resolver, tie_in_article
from .segment import unbounded_sentences

LANGUAGES = {"ar": arabic, "en": english}
MAX_RECORDS_PER_SENTENCE = 8  # 657 real articles: at most 6
MAX_RECORDS_PER_RUN = 8 * MAX_RECORDS_PER_SENTENCE
MAX_CLAIM_CHARS = 2000  # 657 real articles: at most 1,492 (a quotation over several sentences)


def extract(article: Article) -> list[Attribution]:
    """Every attribution of ``article`` the scorer keeps, in text order, each with its confidence.

    It runs the spaCy pipeline of :mod:`isnad.nlp.pipeline` (rules, then scorer).
    """
    from .pipeline import MAX_DOC_CHARS, run  # the pipeline's components are built from this module

    lang = language_of(article)
    if len(article.text) > MAX_DOC_CHARS:
        # The same two steps without a spaCy Doc: a Doc of millions of tokens costs gigabytes,
        # and the rules read the text, not the tokens. Nor with the alternative readings: a
        # text of millions of characters is no news article, and its readings, one or two a
        # sentence, would be held all at once (a 50 MB text: 300,000 of them, 1.3 GB).
        doc, lang, proposed = propose(article)
        return score(doc, lang, proposed, scorer.current())
    return run(article, lang)._.attributions


def propose(article: Article, alternatives: bool = False) -> tuple[Document, str, list[Attribution]]:
    """What the rules alone find in ``article``, in text order, with the document they read.

    ``alternatives``: with the readings the rules propose beside their own (``Attribution.alternative``),
    which only a trained scorer may keep.
    """
    lang = language_of(article)
    rules = LANGUAGES[lang]
    doc = Document(markup.plain(article.text), lang, article.title, article.outlet)
    found = rules.extract(doc, Resolver(lang, rules.parse_mention))
    if doc.text != article.text:
        found = [markup.verbatim(article.text, a) for a in found]
    if not alternatives:
        found = [a for a in found if a.alternative is None]
    found = carry.carried(doc.text, lang, found)
    # The rules' own records first, so that alternatives never push one of them past the bounds.
    found = sorted(found, key=lambda a: (a.alternative is not None, a.cue.start))
    found = _at_most(MAX_RECORDS_PER_SENTENCE, doc.sentences, found)
    found = _at_most(MAX_RECORDS_PER_RUN, unbounded_sentences(doc.text, doc.quotes), found)
    return doc, lang, sorted((_within_reach(article.text, a) for a in found),
                             key=lambda a: (a.claim.start, a.cue.start))


def score(doc: Document, lang: str, proposed: list[Attribution], model: scorer.Model | None) -> list[Attribution]:
    """The proposed records with their confidence, those below the model's threshold left out."""
    language_model = model.for_language(lang) if model is not None else None
    if language_model is None:
        return [r for r in proposed if r.alternative is None]  # no model to choose among alternatives
    for record, features in zip(proposed, record_features(doc.text, lang, proposed, doc.sentences)):
        record.confidence = language_model.confidence(features)
    kept = [r for r in proposed if language_model.keeps(r.confidence, r.alternative is not None)]
    kept = _one_alternative_a_cue(kept)
    for record in kept:
        record.source.kind = language_model.kind(kind_features(record, lang), record.source.kind)
    for record, source in zip(kept, tie_in_article([r.source for r in kept], lang, doc.text,
                                                   LANGUAGES[lang].parse_mention, [r.cue.start for r in kept],
                                                   getattr(LANGUAGES[lang], "described", None))):
        record.source = source
    return kept


def _one_alternative_a_cue(kept: list[Attribution]) -> list[Attribution]:
    """Alternatives of one cue compete (its content as a clause or as a noun phrase): the most
    likely one stays."""
    best: dict[int, Attribution] = {}
    for record in kept:
        if record.alternative is not None:
            held = best.get(record.cue.start)
            if held is None or record.confidence > held.confidence:
                best[record.cue.start] = record
    return [r for r in kept if r.alternative is None or best[r.cue.start] is r]


def _at_most(limit: int, spans: list[tuple[int, int]], found: list[Attribution]) -> list[Attribution]:
    """The attributions of the first ``limit`` cues of each span, in the order given (the rules'
    own first, then by where their cue is); the alternative readings of one cue count once."""
    starts = [start for start, _ in spans]
    kept, cues = [], {}
    for attribution in found:
        span = bisect_right(starts, attribution.cue.start)
        seen = cues.setdefault(span, set())
        seen.add(attribution.cue.start)
        if len(seen) <= limit:
            kept.append(attribution)
    return kept


def _within_reach(text: str, attribution: Attribution) -> Attribution:
    """The attribution with its claim cut to MAX_CLAIM_CHARS, at the last word end before it."""
    claim = attribution.claim
    if claim.end - claim.start <= MAX_CLAIM_CHARS:
        return attribution
    limit = claim.start + MAX_CLAIM_CHARS
    word_end = re.search(r"\S\s+\S*$", text[claim.start:limit])
    end = claim.start + word_end.start() + 1 if word_end else limit
    return replace(attribution, claim=Span.of(text, claim.start, end))


def language_of(article: Article) -> str:
    """The article's own language when isnad has rules for it, else the one its script shows."""
    return article.lang if article.lang in LANGUAGES else detect(article.text)


def record(article: Article, attributions: list[Attribution]) -> dict:
    """The JSON document ``isnad extract --format json`` prints for one article."""
    return {"id": article.id, "lang": language_of(article), "url": article.url, "outlet": article.outlet,
            "title": article.title, "attributions": [a.to_json() for a in attributions]}
