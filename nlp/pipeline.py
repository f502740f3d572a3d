"""isnad's extractor as spaCy pipeline components.

Two components, registered by factory as spaCy registers its own, so that a
spaCy user can add them to a pipeline of theirs::

    import spacy, isnad.nlp.pipeline
    nlp = spacy.blank("ar")
    nlp.add_pipe("isnad_rules")    # the language rules propose records
    nlp.add_pipe("isnad_scorer")   # the learned scorer keeps the likely ones, with a confidence
    doc = nlp(text)
    doc._.attributions             # isnad.nlp.records.Attribution, character offsets into doc.text
    doc.spans["isnad_claims"]      # the same claims (and cues, speakers) as spaCy spans

``isnad.nlp.pipeline.pipeline(lang)`` builds exactly that, and
``isnad.nlp.extract.extract`` runs it: ``isnad extract`` is a thin CLI over it.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import scorer
from .extract import LANGUAGES, propose, score
from .records import Article

# spaCy's own default limit on a Doc's length; isnad.nlp.extract reads longer articles without a Doc.
MAX_DOC_CHARS = 1_000_000
SPAN_KEYS = {"claim": "isnad_claims", "cue": "isnad_cues", "speaker": "isnad_speakers"}

for _name in ("attributions", "isnad_title", "isnad_publisher", "isnad_document"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("isnad_rules")
def make_rules(nlp: Language, name: str) -> "Rules":
    if nlp.lang not in LANGUAGES:
        raise ValueError(f"isnad has rules for {', '.join(sorted(LANGUAGES))}, not {nlp.lang!r}")
    return Rules(nlp.lang)


@Language.factory("isnad_scorer", default_config={"model": None})
def make_scorer(nlp: Language, name: str, model: str | None) -> "Scorer":
    """``model``: a model file made by ``isnad train``; None for ``$ISNAD_MODEL`` or the packaged one."""
    if model:
        scorer.load(model)  # a bad file fails when the pipeline is built, not on the first text
    return Scorer(model)


class Rules:
    """Every record the language's rules find, on ``doc._.attributions``."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        article = Article(id="", text=doc.text, lang=self.lang, title=doc._.isnad_title,
                          outlet=doc._.isnad_publisher)
        document, _, proposed = propose(article, alternatives=True)
        doc._.isnad_document = document
        doc._.attributions = proposed
        _set_spans(doc)
        return doc


class Scorer:
    """Gives each proposed record its confidence and its source's kind; drops the unlikely ones."""

    def __init__(self, model: str | None):
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        if doc._.isnad_document is None:
            raise ValueError("isnad_scorer needs isnad_rules before it in the pipeline")
        # Looked up on each call (both are cached): $ISNAD_MODEL may name another model since.
        model = scorer.load(self.model) if self.model else scorer.current()
        doc._.attributions = score(doc._.isnad_document, doc.lang_, doc._.attributions, model)
        _set_spans(doc)
        return doc


@lru_cache(maxsize=None)
def pipeline(lang: str) -> Language:
    """A blank spaCy pipeline for ``lang`` with isnad's two components."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("isnad_rules")
    nlp.add_pipe("isnad_scorer")
    return nlp


def run(article: Article, lang: str) -> Doc:
    """``article`` through the pipeline of ``lang``; the title goes with it (headline cues), and
    its publisher (not an outlet of what it reports, unless told so)."""
    nlp = pipeline(lang)
    doc = nlp.make_doc(article.text)
    doc._.isnad_title = article.title
    doc._.isnad_publisher = article.outlet
    return nlp(doc)


def _set_spans(doc: Doc) -> None:
    for part, key in SPAN_KEYS.items():
        spans = []
        for record in doc._.attributions:
            span = getattr(record, part)
            if span is not None:
                found = doc.char_span(span.start, span.end, alignment_mode="expand")
                if found is not None:
                    spans.append(found)
        doc.spans[key] = spans
