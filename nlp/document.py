"""One article prepared for the extractors: its text, quotes, sentences and tokens."""
from __future__ import annotations

from dataclasses import dataclass, field
import re
from functools import cached_property, lru_cache

import spacy

from .lexicon import fold
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
    publisher: str | None = None  # the article's own outlet: not an outlet of what it reports (guide, rule 5)
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

    def is_publisher(self, name: str | None) -> bool:
        """Whether ``name`` names the article's own publisher (بي بي سي in a بي بي سي عربي article).

        The two compare as words, one held in the other; a publisher's note in
        parentheses (الجزيرة (صحيفة سعودية)) is left out.
        """
        if not name or not self.publisher:
            return False
        own = _words(re.sub(r"\([^)]*\)", " ", self.publisher), self.lang)
        named = _words(name, self.lang)
        return bool(own and named) and (_holds(own, named) or _holds(named, own))

    def quote_at(self, pos: int) -> Quote | None:
        return quote_at(self._outer, self._outer_starts, pos)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= pos < end:
                return start, end
        return pos, pos


def _words(text: str, lang: str) -> list[str]:
    return re.findall(r"\w+", fold(text, lang))


def _holds(long: list[str], short: list[str]) -> bool:
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))
