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
  A form of several words is a phrase read whole, its words in order with up to
  ``_GAP`` words between them ("cut about 1,300 jobs", "up 10 percent": figures
  are not words here); its words are then not read alone, so "dropped its bid"
  is the opposite of "bought" and says nothing of "dropped" (a fall).

A negator right before a side's word (within ``_FLIP_REACH`` words: "not
acquitted", "has not been released", لم يفرج) turns that side over, and against
a wording that names the concept negates nothing else: "not acquitted" takes the
side of "sentenced"; against one that does not, it is a negation still ("were
not released" / "the staff are safe"). Two stances are
:func:`opposed` when either differs: one is negated and the other not, or they
take opposite sides of one concept. (A negator elsewhere does not cancel an
opposite: "rejected the offer and will not negotiate" still opposes "accepted
the offer".)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from isnad.nlp import lexicon

_WORD = re.compile(r"[^\W\d_]+(?:'t)?")
_SUFFIX = re.compile(r"(?:ت)?(?:هما|هم|ها|ه)$")  # ببراءته: براءت + ه, the ة read t before it
_FLIP_REACH = 3  # words before a side's word in which a negator turns it over
_GAP = 2  # words that may stand between two words of an opposite's phrase
_EXCEPTIVE_REACH = 6  # words after a negator in which an exceptive (إلا) makes it "only"
_ARTICLE = re.compile(r"^(?:[وف]?(?:بال|كال|لل|ال)|[وفبل](?=\w{3}))")


@dataclass(frozen=True)
class Stance:
    negated: bool = False
    sides: frozenset[str] = frozenset()  # "convict+", "rise-"...
    turned: frozenset[str] = frozenset()  # concepts a negator turned over ("not acquitted")


NEUTRAL = Stance()


def stance(text: str, lang: str, cue: str = "") -> Stance:
    """The stance of a claim wording; a cue that denies ("denied that…", نفى أن…) negates it."""
    words = [lexicon.fold(word, lang) for word in _WORD.findall(text)]
    words = _without_fixed(words, lang)
    negators = _negations(words, lang)
    # The side a wording names first of each concept is its main predicate's: "released
    # 59 staff who were detained" takes the side of released.
    first: dict[str, str] = {}
    turned = set()
    for at, side in _sides_in_order(words, lang):
        flipper = next((j for j in negators if at - _FLIP_REACH <= j < at), None)
        if flipper is not None and side[:-1] not in first:
            negators.remove(flipper)
            side = _other(side)
            turned.add(side[:-1])
        first.setdefault(side[:-1], side)
    count = len(negators) + sum(1 for word in _WORD.findall(cue)
                                if _is_negator(lexicon.fold(word, lang), lang))
    return Stance(count % 2 == 1, frozenset(first.values()), frozenset(turned))


def _sides_in_order(words: list[str], lang: str) -> list[tuple[int, str]]:
    """The sides ``words`` name, in the order they name them: phrases first found, then
    the words no phrase took."""
    taken: set[int] = set()
    found: list[tuple[int, str]] = []
    for phrase, sides in _phrases(lang):
        for at in _occurrences(words, phrase, lang):
            if taken.isdisjoint(at):
                taken.update(at)
                found += [(at[0], side) for side in sides]
    for i, word in enumerate(words):
        if i not in taken:
            found += [(i, side) for side in _sides_of(word, lang)]
    return sorted(found, key=lambda item: item[0])


def _occurrences(words: list[str], phrase: tuple[str, ...], lang: str) -> list[tuple[int, ...]]:
    """Where ``phrase`` stands in ``words``: the indexes of its words, each within ``_GAP``
    words of the one before."""
    out = []
    for start, word in enumerate(words):
        if not _is_form(word, phrase[0], lang):
            continue
        at = [start]
        for form in phrase[1:]:
            nxt = next((i for i in range(at[-1] + 1, min(len(words), at[-1] + 2 + _GAP))
                        if _is_form(words[i], form, lang)), None)
            if nxt is None:
                break
            at.append(nxt)
        if len(at) == len(phrase):
            out.append(tuple(at))
    return out


def _is_form(word: str, form: str, lang: str) -> bool:
    return word == form or (lang == "ar" and (_bare(word) == form or _SUFFIX.sub("", _bare(word)) == form))


def opposed(a: Stance, b: Stance) -> bool:
    """Whether ``a`` and ``b`` point opposite ways (see the module's rule)."""
    sides_clash = any(_other(side) in b.sides for side in a.sides)
    return _negated_against(a, b) != _negated_against(b, a) or sides_clash


def _negated_against(a: Stance, b: Stance) -> bool:
    """Whether ``a`` is negated as compared with ``b``: a side ``a`` turned over counts as
    a negation unless ``b`` names its concept."""
    named = {side[:-1] for side in b.sides}
    return (a.negated + sum(1 for concept in a.turned if concept not in named)) % 2 == 1


def _other(side: str) -> str:
    return side[:-1] + ("-" if side.endswith("+") else "+")


def _negations(words: list[str], lang: str) -> list[int]:
    """Where the negations of ``words`` stand (see the module's rule)."""
    count: list[int] = []
    seen = False
    for i, word in enumerate(words):
        if not _is_negator(word, lang) or _restricted(words, i, lang):
            continue
        if not (seen and _coordinated(words, i, lang)):
            count.append(i)
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
def _phrases(lang: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The forms of several words, each with its sides, the longest first."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for side, *forms in lexicon.rows(lang, "opposites.tsv"):
        for form in forms:
            words = tuple(_bare(word) if lang == "ar" else word
                          for word in lexicon.fold(form, lang).split())
            if len(words) > 1:
                out[words] = (*out.get(words, ()), side)
    return tuple(sorted(out.items(), key=lambda item: -len(item[0])))


@lru_cache(maxsize=None)
def _opposites(lang: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for side, *forms in lexicon.rows(lang, "opposites.tsv"):
        for form in forms:
            folded = lexicon.fold(form, lang)
            if " " in folded:
                continue  # a phrase: _phrases
            for key in {folded, _bare(folded)} if lang == "ar" else {folded}:
                out[key] = (*out.get(key, ()), side)
    return out
