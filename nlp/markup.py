"""Social-media markup inside an article's text, read as the words it writes.

Outlets that write for the web tag names in running text: ``كشف #وزير_المواصلات_البحريني،
كمال بن أحمد محمد``, ``said #Donald_Trump``. The rules read words, so a hashtag is one
unknown token to them: the speaker, its title and the name it resolves to are lost. The rules
read the text with each hashtag's ``#`` and underscores as spaces; the replacement keeps every
character where it was, so the offsets of what they find are the article's own, and the spans'
words are cut again from the article as written (:func:`verbatim`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .records import Attribution, Outlet, Span

# A hashtag: # after a space, a line start or punctuation (not inside a URL: page#part, &#39;),
# then letters, digits and underscores.
_HASHTAG = re.compile(r"(?:(?<=^)|(?<=[\s(\[«\"“'‘،,:;.!?]))#(?=[^\W_])([^\W_]\w*)", re.MULTILINE)


def plain(text: str) -> str:
    """``text`` with each hashtag written as its words: same length, same offsets."""
    if "#" not in text:
        return text
    return _HASHTAG.sub(lambda m: " " + m.group(1).replace("_", " "), text)


def verbatim(text: str, record: Attribution) -> Attribution:
    """``record`` with its spans' words cut from ``text``, the article as written."""
    def cut(span: Span | None) -> Span | None:
        return None if span is None else Span.of(text, span.start, span.end)

    outlet = record.outlet
    if outlet is not None and outlet.span is not None:
        outlet = Outlet(outlet.name, cut(outlet.span))
    return replace(record, claim=cut(record.claim), cue=cut(record.cue), speaker=cut(record.speaker),
                   outlet=outlet)
