"""Which way a claim wording points: asserted or denied, and which side of an opposite it takes.

"Russia will expel British diplomats" and "Russia will not expel British
diplomats" read alike to a sentence encoder (cosine 0.93) and share every
figure, yet a fact-checker must keep them apart: one is a claim, the other its
denial. The same holds for predicates with an opposite ("sentenced" and
"acquitted", فرض and رفع عقوبات).

A wording's :class:`Stance` is

- whether it is **negated**: an odd number of negations (``negation.tsv``:
  not, denied, لم, نفى…) once the phrases that hold a negator yet negate
  nothing are taken out ("no fewer than", ما لا يقل عن). A negator that an
  exceptive closes restricts rather than negates (لم تسفر إلا عن: "caused
  only"), and one coordinated with the negator before it ("will not recognise
  and will not move", لن تعترف ولن تنقل, neither … nor) is that one negation
  going on, not a second one cancelling it;
- the **sides** it takes of predicates with an opposite (``opposites.tsv``),
  named by concepts shared by the two languages (``convict+``, ``convict-``).

Two stances are :func:`opposed` when exactly one of the two differs: one is
negated and the other not, or they take opposite sides of one concept (a
negated opposite, "not acquitted" and "sentenced", agrees).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from isnad.nlp import lexicon

_WORD = re.compile(r"[^\W\d_]+(?:'t)?")
_SUFFIX = re.compile(r"(?:ت)?(?:هما|هم|ها|ه)$")  # ببراءته: براءت + ه, the ة read t before it
_EXCEPTIVE_REACH = 6  # words after a negator in which an exceptive (إلا) makes it "only"
_ARTICLE = re.compile(r"^(?:[وف]?(?:بال|كال|لل|ال)|[وفبل](?=\w{3}))")


@dataclass(frozen=True)
class Stance:
    negated: bool = False
    sides: frozenset[str] = frozenset()  # "convict+", "rise-"...


NEUTRAL = Stance()


def stance(text: str, lang: str, cue: str = "") -> Stance:
    """The stance of a claim wording; a cue that denies ("denied that…", نفى أن…) negates it."""
    words = [lexicon.fold(word, lang) for word in _WORD.findall(text)]
    words = _without_fixed(words, lang)
    negators = _negations(words, lang)
    negators += sum(1 for word in _WORD.findall(cue) if _is_negator(lexicon.fold(word, lang), lang))
    # The side a wording names first of each concept is its main predicate's: "released
    # 59 staff who were detained" takes the side of released.
    first: dict[str, str] = {}
    for word in words:
        for side in _sides_of(word, lang):
            first.setdefault(side[:-1], side)
    return Stance(negators % 2 == 1, frozenset(first.values()))


def opposed(a: Stance, b: Stance) -> bool:
    """Whether ``a`` and ``b`` point opposite ways (see the module's rule)."""
    sides_clash = any(_other(side) in b.sides for side in a.sides)
    return (a.negated != b.negated) != sides_clash


def _other(side: str) -> str:
    return side[:-1] + ("-" if side.endswith("+") else "+")


def _negations(words: list[str], lang: str) -> int:
    """How many negations ``words`` hold (see the module's rule)."""
    count, seen = 0, False
    for i, word in enumerate(words):
        if not _is_negator(word, lang) or _restricted(words, i, lang):
            continue
        if not (seen and _coordinated(words, i, lang)):
            count += 1
        seen = True
    return count


def _restricted(words: list[str], i: int, lang: str) -> bool:
    """Whether an exceptive follows the negator at ``i`` before its clause ends (لم … إلا)."""
    exceptive = _kind(lang, "exceptive")
    for word in words[i + 1:i + 1 + _EXCEPTIVE_REACH]:
        if word in exceptive:
            return True
        if _is_negator(word, lang):
            return False
    return False


def _coordinated(words: list[str], i: int, lang: str) -> bool:
    """Whether the negator at ``i`` is joined to an earlier one: glued to و/ف (ولن), a
    coordinator itself (nor), or right after one (and not, and will not)."""
    word = words[i]
    joins = _kind(lang, "coordinator")
    if word in joins or (lang == "ar" and word[:1] in "وف" and word[1:] in _negators(lang)):
        return True
    return any(before in joins for before in words[max(0, i - 2):i])


def _without_fixed(words: list[str], lang: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase in _fixed(lang):
            if tuple(words[i:i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _is_negator(word: str, lang: str) -> bool:
    negators = _negators(lang)
    if word in negators or (lang == "en" and word.endswith("n't")):
        return True
    return lang == "ar" and word[:1] in "وف" and word[1:] in negators


def _sides_of(word: str, lang: str) -> tuple[str, ...]:
    table = _opposites(lang)
    if word in table:
        return table[word]
    if lang != "ar":
        return ()
    bare = _bare(word)
    # A pronoun glued to the end: ببراءته is براءة + ه.
    return table.get(bare) or table.get(_SUFFIX.sub("", bare)) or table.get(_SUFFIX.sub("", bare) + "ه") or ()


def _bare(word: str) -> str:
    stem = _ARTICLE.sub("", word)
    return stem if len(stem) >= 2 else word


@lru_cache(maxsize=None)
def _negators(lang: str) -> frozenset[str]:
    return frozenset(lexicon.fold(form, lang) for kind, form in lexicon.rows(lang, "negation.tsv")
                     if kind == "negator")


@lru_cache(maxsize=None)
def _kind(lang: str, kind: str) -> frozenset[str]:
    return frozenset(lexicon.fold(form, lang) for row_kind, form in lexicon.rows(lang, "negation.tsv")
                     if row_kind == kind)


@lru_cache(maxsize=None)
def _fixed(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(lexicon.fold(form, lang).split())
                 for kind, form in lexicon.rows(lang, "negation.tsv") if kind == "fixed")


@lru_cache(maxsize=None)
def _opposites(lang: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for side, *forms in lexicon.rows(lang, "opposites.tsv"):
        for form in forms:
            folded = lexicon.fold(form, lang)
            for key in {folded, _bare(folded)} if lang == "ar" else {folded}:
                out[key] = (*out.get(key, ()), side)
    return out
