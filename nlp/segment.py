"""Sentences: where a statement and its cue must be looked for together.

Rules rather than a model: a stop (. ! ? ؟ …) followed by space ends a
sentence, a line break always does, except that a quotation spanning several
sentences is kept whole (the cue after it belongs to all of it), and that
known abbreviations (Sgt., U.S., p.m.) and initials (Barry M.) do not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .quotes import Quote, outermost, quote_at

_STOP = re.compile(r"[.!?؟…]+[\"”»’')\]]*(?=\s)|\n+")
_LAST_WORD = re.compile(r"([\w.]+)\.$")


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return lexicon.entries("en", "abbreviations.txt")


def _is_abbreviation(text: str, stop_end: int) -> bool:
    m = _LAST_WORD.search(text, max(0, stop_end - 20), stop_end)
    if not m:
        return False
    word = m.group(1).lower()
    return word in _abbreviations() or (len(word) == 1 and word.isalpha() and word.isascii())


def sentences(text: str, quotes: list[Quote] = ()) -> list[tuple[int, int]]:
    """(start, end) of every sentence, whitespace trimmed, in order."""
    spans = []
    start = 0
    outer = outermost(list(quotes))
    starts = [q.start for q in outer]
    for m in _STOP.finditer(text):
        end = m.end()
        if "\n" not in m.group():
            if _is_abbreviation(text, m.start() + 1):
                continue
            quote = quote_at(outer, starts, m.start())
            if quote is not None and quote.start < m.start() and m.end() < quote.end - 1:
                continue
        spans.append((start, m.start() if m.group().startswith("\n") else end))
        start = end
    spans.append((start, len(text)))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[0] < s[1]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
