"""One article prepared for the extractors: its text, quotes, sentences and tokens."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import spacy

from .quotes import Quote, find_quotes, outermost, quote_at
from .segment import sentences


@lru_cache(maxsize=None)
def tokenizer(lang: str):
    """spaCy's rule-based tokenizer for ``lang``; no model is loaded or downloaded."""
    return spacy.blank(lang).tokenizer


@dataclass
class Document:
    text: str
    lang: str
    title: str | None = None
    quotes: list[Quote] = field(init=False)
    sentences: list[tuple[int, int]] = field(init=False)

    def __post_init__(self):
        self.quotes = find_quotes(self.text)
        self._outer = outermost(self.quotes)
        self._outer_starts = [q.start for q in self._outer]
        self.sentences = sentences(self.text, self.quotes)

    @cached_property
    def tokens(self):
        """The spaCy tokens of the whole text (each has ``.idx`` and ``.text``)."""
        return tokenizer(self.lang)(self.text)

    def quote_at(self, pos: int) -> Quote | None:
        return quote_at(self._outer, self._outer_starts, pos)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= pos < end:
                return start, end
        return pos, pos
