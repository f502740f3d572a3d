"""Whether two sources' statements of one claim say the same thing: a check before "corroborated".

Claim matching (:mod:`.claims`) decides which statements make one claim; when
it joins two assertions that differ (two strikes on two days, a minister's
opinion and an envoy's), the claim gets two sources that corroborate nothing.
Before two voices count as corroborating each other, :func:`agree` asks for
the least that two wordings of one assertion share in one language: some of
their content words (stems, so that a plural or a clitic does not hide a
word) and, when both give figures, a figure. Wordings in two languages are
left to claim matching (they share no words). A pair that fails the check
leaves the claim "corroborated?": a person must look.
"""
from __future__ import annotations

import re
from functools import lru_cache

from isnad.nlp import lexicon

from .entities import key, name_lang

MIN_SHARED = 0.25  # of the shorter wording's content stems
_STEM = {"ar": 4, "en": 5}  # letters kept: enough to tell words apart, few enough for inflections
_ARABIC_CLITICS = ("و", "ف", "ب", "ل", "ك")
_NUMBER = re.compile(r"\d+")


def agree(first: list[str], second: list[str]) -> bool:
    """Whether some wording in ``first`` and some in ``second`` may be the same assertion
    (True when either has none: no evidence against)."""
    return not first or not second or any(_may_be_one(a, b) for a in first for b in second)


def _may_be_one(first: str, second: str) -> bool:
    lang = name_lang(first)
    if lang != name_lang(second):
        return True  # across languages, matching decided: no shared words to ask for
    a, b = key(first, lang), key(second, lang)
    figures_a, figures_b = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    if figures_a and figures_b and not figures_a & figures_b:
        return False
    stems_a, stems_b = _stems(a, lang), _stems(b, lang)
    if not stems_a or not stems_b:
        return True  # nothing to compare: no evidence against
    return len(stems_a & stems_b) >= MIN_SHARED * min(len(stems_a), len(stems_b))


def _stems(folded: str, lang: str) -> set[str]:
    out = set()
    for word in folded.split():
        if lang == "ar" and len(word) > 3 and word[0] in _ARABIC_CLITICS:
            word = word[1:]
        if word in _stopwords(lang) or len(word) < 3 or word.isdigit():
            continue
        out.add(word[:_STEM[lang]])
    return out


@lru_cache(maxsize=None)
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(key(word, lang) for word in lexicon.lines(lang, "claim_stopwords.txt"))
