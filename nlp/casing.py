"""How a line of English is set: a heading in title case reads differently from a sentence."""
from __future__ import annotations

import re


def title_case(line: str) -> bool:
    """A line set in headline case (Harbour Workers Walk Out Over Pay): a heading, never half a
    sentence, and its capitals mark no names."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3 or w[0].isupper()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def line_around(text: str, pos: int) -> str:
    """The line of ``text`` that holds ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]
