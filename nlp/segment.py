"""Sentences: where a statement and its cue must be looked for together.

Rules rather than a model: a stop (. ! ? ؟ …) followed by space ends a
sentence (so does a full stop glued to an Arabic و or ف that opens the next
clause), a line break always does, except that a quotation spanning several
sentences is kept whole (the cue after it belongs to all of it), that known
abbreviations (Sgt., U.S., p.m.) and initials (Barry M.) do not, and that a
paragraph left open before its quotation does not: a line that ends with a
colon, or without any stop, and is followed by a paragraph that opens with a
quotation (وقال المسؤول، في تصريحات لوكالة ...⏎⏎"إن تونس ...") is the cue
and speaker of that quotation, one statement set over two paragraphs. The
first line of a text is never joined so (it is a headline or a dateline).
Nor does a question or an exclamation that closes a quotation end its
sentence when its speaker and cue follow ("Who pays?" asked the mayor; "Go!"
one man shouted; "We won!" Senator Hale said): the quotation is their content.

A sentence is at most :data:`MAX_SENTENCE_CHARS` long. The rules look back
from each cue over its sentence, so their work grows with the square of a
sentence's length: text without sentence ends (a scrape that lost its
punctuation, or a hostile upload) would make one article cost minutes. A
longer run is cut at its last clause mark (; , ، ؛), else its last space,
before the limit. No sentence of the evaluation articles comes near it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .quotes import Quote, outermost, quote_at

# (and a full stop with no space after it, between an Arabic word and a conjunction that opens the
# next clause, as hurried web copy writes it: تعسفية.وقال، السكنية.وذكر; not العربية.نت, a name)
_STOP = re.compile(r"[.!?؟…]+[\"”»’')\]]*(?=\s)|\n+|(?<=[\u0621-\u064a]{2})\.(?=[وف][\u0621-\u064a]{2})")
_LAST_WORD = re.compile(r"([\w.]+)\.$")
MAX_SENTENCE_CHARS = 1000  # 1 of the 8,951 sentences of 657 real articles is longer (1,949)
_CLAUSE_MARKS = ";,،؛"
_LINE_CLOSERS = ".!?؟…\"”»’'"  # a line ending so is complete; one ending with a colon or a word waits


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return lexicon.entries("en", "abbreviations.txt") | lexicon.entries("ar", "abbreviations.txt")


def _is_abbreviation(text: str, stop_end: int) -> bool:
    m = _LAST_WORD.search(text, max(0, stop_end - 20), stop_end)
    if not m:
        return False
    word = m.group(1).lower()
    return word in _abbreviations() or lexicon.fold(word) in _abbreviations() or (len(word) == 1 and word.isalpha() and word.isascii()
                                                                                 and not _platform_letter(text, m.start(), word))


_ON = re.compile(r"(?<![\w-])on\s+$")


def _platform_letter(text: str, start: int, letter: str) -> bool:
    """Whether a single letter is a platform posted on (wrote on X.), not an initial (Barry M.)."""
    return letter in lexicon.entries("en", "platforms.txt") and _ON.search(text, max(0, start - 4), start) is not None


_QUOTED_CRY = re.compile(r"[!?؟]+[\"”»'’]+$")  # a question or an exclamation closing its quotation
_NEXT_WORDS = re.compile(r"\s+((?:[A-Z][\w.'’-]*,?\s+){0,6})(?=[a-z])")


@lru_cache(maxsize=None)
def _english_cue() -> re.Pattern:
    forms = [row[0] for row in lexicon.rows("en", "cues.tsv") if row[1] == "verb"]
    return re.compile(rf"(?:{lexicon.alternation(forms)})(?![\w-])")


# a statement closing its quotation, and after it only a speaker and a cue: “It is done.” Holt said.
_QUOTED_STOP = re.compile(r"\.[\"”»'’]+$")
_SPEAKER_ALONE = re.compile(r"\s+(?:he|she|they|(?:the\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+")


def _speaker_follows(text: str, stop: str, end: int) -> bool:
    """Whether the words after a quoted question or exclamation are its speaker and cue: a
    lowercase word (asked X, one man shouted), or a few capitalised ones before a speech verb.
    After a quoted statement closed by a full stop, only a speaker and a cue that end the
    sentence or open an aside (“It is done.” Holt said.): a speaker who goes on to say
    something (“It is done.” Holt said the rest ...) opens a sentence of its own."""
    if _QUOTED_STOP.search(stop):
        after = _SPEAKER_ALONE.match(text, end, end + 80)
        cue = _english_cue().match(text, after.end()) if after else None
        return cue is not None and re.match(r"\s*[.,]", text[cue.end():cue.end() + 2]) is not None
    if not _QUOTED_CRY.search(stop):
        return False
    after = _NEXT_WORDS.match(text, end, end + 160)
    return after is not None and (not after.group(1) or _english_cue().match(text, after.end()) is not None)


def sentences(text: str, quotes: list[Quote] = ()) -> list[tuple[int, int]]:
    """(start, end) of every sentence, whitespace trimmed, in order; none longer than
    MAX_SENTENCE_CHARS."""
    return [piece for start, end in unbounded_sentences(text, quotes)
            for piece in _bounded(text, start, end)]


def unbounded_sentences(text: str, quotes: list[Quote] = ()) -> list[tuple[int, int]]:
    """The sentences as the stops make them, however long (a run without a stop is one)."""
    spans = []
    start = 0
    outer = outermost(list(quotes))
    starts = [q.start for q in outer]
    for m in _STOP.finditer(text):
        end = m.end()
        if m.group().startswith("\n") and _open_before_quote(text, start, m.start(), m.end(), outer, starts):
            continue
        if "\n" not in m.group():
            if _is_abbreviation(text, m.start() + 1) or _speaker_follows(text, m.group(), end) \
                    or _short_bracket(text, m):
                continue
            quote = quote_at(outer, starts, m.start())
            if quote is not None and quote.start < m.start() and m.end() < quote.end - 1:
                continue
        spans.append((start, m.start() if m.group().startswith("\n") else end))
        start = end
    spans.append((start, len(text)))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[0] < s[1]]


_SHORT_BRACKET = re.compile(r"\([A-Z][^\s()]{0,11}$")


def _short_bracket(text: str, stop: re.Match) -> bool:
    """Whether a stop closes a short bracket of one word, which no sentence ends in: a party and
    state after a name (Sen. Rand Paul (R-Ky.) said ...), a capitalised abbreviation (Calif.)."""
    return stop.group().endswith(")") and _SHORT_BRACKET.search(text, max(0, stop.start() - 13), stop.start() + 1) \
        is not None


def _open_before_quote(text: str, line_start: int, line_end: int, next_start: int,
                       outer: list[Quote], starts: list[int]) -> bool:
    """Whether the line [line_start, line_end) waits for the quotation that opens the next paragraph."""
    if line_start == 0 or text[:line_start].strip() == "":
        return False  # the first line: a headline, a dateline
    line = text[line_start:line_end].rstrip()
    if not line or line[-1] in _LINE_CLOSERS:
        return False
    quote = quote_at(outer, starts, next_start)
    return quote is not None and quote.start == next_start


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) as pieces of at most MAX_SENTENCE_CHARS, each cut where a clause or a word ends."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut(text, start, start + MAX_SENTENCE_CHARS)
        piece = _trim(text, start, cut)
        if piece[0] < piece[1]:
            pieces.append(piece)
        start = _trim(text, cut, end)[0]
    pieces.append((start, end))
    return pieces


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece that may not reach past ``limit``: after the last clause mark in
    its second half, else at its last space, else at the limit itself."""
    half = start + (limit - start) // 2
    mark = max(text.rfind(char, half, limit) for char in _CLAUSE_MARKS)
    if mark != -1:
        return mark + 1
    space = max(text.rfind(char, half, limit) for char in " \t\u00a0")
    return space if space > start else limit


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
