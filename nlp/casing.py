"""How a line of English is set: a heading in title case reads differently from a sentence."""
from __future__ import annotations

import re
from bisect import bisect_right


def title_case(line: str) -> bool:
    """A line set in headline case (Harbour Workers Walk Out Over Pay): a heading, never half a
    sentence, and its capitals mark no names."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3 or w[0].isupper()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


HEADING_CHARS = 300  # a line longer than this is no heading, whatever its capitals


def headings(text: str) -> list[tuple[int, int]]:
    """Where the lines set in title case start and end, in order: one pass over the text, so that
    asking of every name in a long article costs a lookup (:func:`in_heading`)."""
    out, start = [], 0
    for line in text.split("\n"):
        if len(line) <= HEADING_CHARS and title_case(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def in_heading(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (from :func:`headings`)."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
