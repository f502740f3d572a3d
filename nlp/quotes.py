"""Quotation marks paired into spans.

News text mixes “curly”, «guillemet» and "straight" quotes, and Arabic text
often writes ” where “ is meant (لـ”الشرق الأوسط”). So the direction of a
mark is read from its neighbours, not only from its glyph, and marks are
paired with a stack so that quotes nest (“سربت عناصر “داعش” إلى ...”).
Newspaper archives typed on ASCII keyboards (the NYT's wire text) write a
quotation mark as two apostrophes (''We will win,'' she said): that pair is
one mark, read like a straight quote.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

OPENERS = {"«": "»", "“": "”", "„": "”"}
MARKS = set("«»“”„\"")
_CLOSING_NEIGHBOURS = set(".,،:;؛!?؟)]}»-–—…")
# a mark, or where a paragraph ends: at a blank line, or at a line that opens a quotation (the
# printer reopens a quotation at each of its paragraphs, and some texts leave no blank line between)
_MARK_OR_BREAK = re.compile("''|[«»“”„\"]|\n(?=\n|[^\\S\n]*[“„«])")


@dataclass(frozen=True)
class Quote:
    start: int  # index of the opening mark
    end: int    # index just past the closing mark
    depth: int  # 0 for an outermost quote
    width: int = 1  # characters in each mark: 2 for ''

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + self.width, self.end - self.width

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


def _direction(text: str, i: int, width: int, open_now: bool) -> str:
    """'open' or 'close' for the quote mark of ``width`` characters at ``text[i]``."""
    mark = text[i] if width == 1 else '"'
    if mark == "«":
        return "open"
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if mark == "»":  # some sites open with » too (وقال:» ...»): with nothing open, after a colon or a space
        return "open" if not open_now and (before.isspace() or before == ":") and after not in _CLOSING_NEIGHBOURS \
            else "close"
    spaced_before = before.isspace() or before in "([{:«،," or before == "\u0640"
    spaced_after = after.isspace() or after in _CLOSING_NEIGHBOURS
    if spaced_before and not spaced_after:
        return "open"
    if spaced_after and not spaced_before:
        return "close"
    if mark in "“„":
        return "open"
    if mark == "”":
        return "close"
    return "close" if open_now else "open"  # a straight quote between two letters


def find_quotes(text: str) -> list[Quote]:
    """Every paired quotation in ``text``, in order of their opening marks.

    An unclosed quote is dropped at the end of its paragraph: a stray mark must
    not swallow the rest of the article.
    """
    quotes: list[Quote] = []
    stack: list[tuple[int, int]] = []
    for found in _MARK_OR_BREAK.finditer(text):  # a scan in C: articles can be megabytes long
        i, width = found.start(), len(found.group())
        if found.group() == "\n":
            stack.clear()
            continue
        if _direction(text, i, width, bool(stack)) == "open":
            stack.append((i, width))
        elif stack:
            start, opened = stack.pop()
            quotes.append(Quote(start, i + width, len(stack), width if width == opened else 1))
    return sorted(quotes, key=lambda q: q.start)


def outermost(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.depth == 0]


def quote_at(outer: list[Quote], starts: list[int], pos: int) -> Quote | None:
    """The outermost quote that holds ``pos``, if any.

    ``outer`` are the outermost quotes in order and ``starts`` their start
    offsets: outermost quotes never overlap, so a bisection finds the one.
    """
    i = bisect_right(starts, pos) - 1
    if i >= 0 and outer[i].contains(pos):
        return outer[i]
    return None
