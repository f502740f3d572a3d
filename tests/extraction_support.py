"""Running the rules in tests: every span they return must be verbatim text.

These tests pin what the language rules find (the phenomena); what the learned
scorer then keeps is tested in test_scorer.py, on the whole pipeline.
"""
from __future__ import annotations

from isnad.nlp.extract import propose
from isnad.nlp.records import Article, Attribution


def run(text: str, lang: str, title: str | None = None) -> list[Attribution]:
    _, _, found = propose(Article(id="t", text=text, lang=lang, title=title))
    for a in found:
        for span in (a.claim, a.cue, a.speaker, a.outlet.span if a.outlet else None):
            if span is not None:
                assert text[span.start:span.end] == span.text
    return found


def only(found: list[Attribution]) -> Attribution:
    assert len(found) == 1, [(a.cue.text, a.claim.text, a.source.name) for a in found]
    return found[0]
