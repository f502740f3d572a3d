"""Which extracted records are right, judged against an annotated article.

The attribution guide's scoring rule, written out for training: a record's
claim matches a gold claim when their token-overlap F1 reaches 0.5 (one to
one, best overlap first), and its source is right when its name (or speaker
words) and one of the gold names contain one another as token runs. The
learned scorer is trained on these labels, so they must mean what the
scorer of ``eval/score.py`` means, not something easier.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

MATCH_AT = 0.5

_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# A mention-level gold source (PolNeAR) may be matched by a run of its words, but not by these alone.
_FUNCTION_WORDS = frozenset("a an the he she it they we i you his her its their which who that this these "
                            "those of and or in at on for to from with by mr mrs ms dr".split())


def tokens(text: str | None) -> list[str]:
    """Words compared without case, diacritics, letter variants or punctuation."""
    if not text:
        return []
    text = unicodedata.normalize("NFKC", text)
    text = _AR_MARKS.sub("", text).translate(_AR_LETTERS).translate(_DIGITS).lower()
    text = "".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in text)
    return text.split()


def overlap_f1(a: list[str], b: list[str]) -> float:
    common = sum((Counter(a) & Counter(b)).values()) if a and b else 0
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def _holds(long: list[str], short: list[str]) -> bool:
    n = len(short)
    return n > 0 and any(long[i:i + n] == short for i in range(len(long) - n + 1))


def same_name(system: list[str], gold: list[str]) -> bool:
    """One name holds the other as a run of words; the system's is neither a sentence nor a fragment."""
    if not system or not gold:
        return False
    if _holds(system, gold):
        return len(system) <= len(gold) + 6
    if _holds(gold, system):
        return len(system) >= math.ceil(len(gold) / 2)
    return False


def fits_mention(system: list[str], mention: list[str]) -> bool:
    return same_name(system, mention) or (
        _holds(mention, system) and any(t not in _FUNCTION_WORDS for t in system))


@dataclass
class Judgement:
    """What the annotation says of one extracted record."""

    matched: int | None  # index of the gold attribution its claim matches, if any
    source_right: bool
    kind_right: bool | None  # None when the gold gives no kind or the source is wrong
    outlet_right: bool | None  # None when neither side names an outlet

    @property
    def correct(self) -> bool:
        return self.matched is not None and self.source_right


def judge(records: list[dict], gold: list[dict]) -> list[Judgement]:
    """One judgement per record (records as ``isnad extract --format json`` prints them)."""
    g_tok = [tokens(g.get("claim")) for g in gold]
    s_tok = [tokens(_text(r.get("claim"))) for r in records]
    pairs = sorted(((overlap_f1(st, gt), si, gi) for si, st in enumerate(s_tok)
                    for gi, gt in enumerate(g_tok)), reverse=True)
    match: dict[int, int] = {}
    taken: set[int] = set()
    for f1, si, gi in pairs:
        if f1 < MATCH_AT:
            break
        if si not in match and gi not in taken:
            match[si] = gi
            taken.add(gi)
    out = []
    for si, record in enumerate(records):
        gi = match.get(si)
        if gi is None:
            out.append(Judgement(None, False, None, None))
            continue
        g = gold[gi]
        right = source_right(record, g)
        kind = (record.get("source") or {}).get("kind") == g.get("kind") if right and g.get("kind") else None
        out.append(Judgement(gi, right, kind, _outlet_right(record, g)))
    return out


def source_right(record: dict, g: dict) -> bool:
    source = record.get("source") or {}
    name = tokens(source.get("name") or _text(record.get("speaker")))
    names = [t for t in (tokens(n) for n in [g.get("source"), g.get("speaker"), *(g.get("aliases") or [])]) if t]
    if g.get("kind") == "unspecified" or not names:
        return not name or source.get("kind") == "unspecified" or any(same_name(name, n) for n in names)
    if g.get("kind") is None:  # mention-level gold (PolNeAR): the words of one mention, unresolved
        speaker = tokens(_text(record.get("speaker")))
        return any(fits_mention(n, gn) for n in (name, speaker) for gn in names)
    return any(same_name(name, n) for n in names)


def _outlet_right(record: dict, g: dict) -> bool | None:
    mine, theirs = tokens(_text(record.get("outlet"))), tokens(g.get("outlet"))
    if not mine and not theirs:
        return None
    return bool(mine and theirs and same_name(mine, theirs))


def _text(value) -> str | None:
    if isinstance(value, dict):
        return value.get("text") or value.get("name")
    return value if isinstance(value, str) else None
