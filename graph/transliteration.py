"""Names across scripts and spellings: Qaddour, Kaddour and قدور; el-Khatib, al-Khateeb and الخطيب.

A name's **skeleton** is the run of its consonants, each mapped to a class
that the common transliterations of one Arabic letter share (``names.tsv``
in each language's lexicons: ق, q, k and c are ``K``; ث, t and th are ``T``),
without the article (al-, el-, ال), without vowels and the letters that often
stand for vowels (ا و ي ى, w y inside a word), doubled letters once. A
Latin letter that writes two Arabic ones (j: ج in Jamal, خ in Spanish Juan)
is in both classes, and the name has a skeleton for each reading. Two
spellings with one skeleton are taken as one name; the rule that tied them
(``skeleton``) is recorded by the caller, so that the tie can be shown and
undone.

A skeleton is a weak key: names are tied by all their words, never by one.
:func:`same_person` refuses a bare surname (one word against several) so that
"Khatib" alone never joins "Moaz al-Khatib" to "Ahmad al-Khatib".
"""
from __future__ import annotations

import re
from functools import lru_cache

from isnad.nlp import lexicon

_ARABIC = re.compile("[\u0600-\u06ff]")
_WORD = re.compile(r"[^\W\d_]+")
_CONSTRUCT_TA = re.compile(r"[ةه](?=\s+\S)")  # ة, or ه as lexicon.fold writes it
# The Arabic article as Latin letters, assimilated or not, before a hyphen: al-, el-, ash-, ad-...
_LATIN_ARTICLE = re.compile(r"\b(?:al|el|ul|ad|ed|ar|er|as|es|ash|at|az|ez|an|en)[-‐'](?=\w)", re.I)


def skeleton(name: str) -> str:
    """The skeleton of a name of one or more words, the words' skeletons joined by spaces.

    An Arabic ة inside a name is taken as silent (نادية فاروق: Nadia Farouk); see
    :func:`skeletons` for the reading as t (بركة زيد: Birkat Zaid).
    """
    return min(_skeletons(name, construct=False, final=False), default="")


def skeletons(name: str) -> frozenset[str]:
    """Every skeleton a name may have: an Arabic ة before another word of the name is read
    silent (a given name: نادية فاروق, Nadia Farouk) or t (a construct: بركة زيد, Birkat Zaid);
    a word's final h (ه) is silent (Raqqah, الرقة) or not (Saleh, صالح)."""
    return frozenset(key for construct in (False, True) for final in (False, True)
                     for key in _skeletons(name, construct, final))


def _skeletons(name: str, construct: bool, final: bool) -> frozenset[str]:
    lang = "ar" if _ARABIC.search(name) else "en"
    if lang == "ar" and construct:
        name = _CONSTRUCT_TA.sub("ت", name)
    name = _LATIN_ARTICLE.sub("", name.strip()) if lang == "en" else name
    name = re.sub(r"\b(?:al|el)\s+(?=\w)", "", name, flags=re.I) if lang == "en" else name
    words = _WORD.findall(lexicon.fold(name, lang))
    readings = [""]
    for word in words:
        keys = _word_skeletons(word, lang, final)
        if keys != {""}:
            readings = [f"{before} {key}".strip() for before in readings for key in sorted(keys)][:_READINGS]
    return frozenset(reading for reading in readings if reading)


# A long name with several letters of two readings would otherwise multiply its keys.
_READINGS = 16


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` spell one name (every word, in order)."""
    return bool(skeletons(a) & skeletons(b))


def same_person(a: str, b: str) -> bool:
    """Whether two names of people are one: every word alike, and more than a surname on each side.

    A compound written as one word on one side and two on the other (Sharafeddine, شرف الدين;
    Abdelrahman, عبد الرحمن) is alike once the spaces go, the whole name still compared."""
    if len(skeleton(a).split()) < 2 or len(skeleton(b).split()) < 2:
        return False
    return same_name(a, b) or bool({k.replace(" ", "") for k in skeletons(a)}
                                   & {k.replace(" ", "") for k in skeletons(b)})


def _word_skeletons(word: str, lang: str, final: bool = False) -> set[str]:
    """The word's skeletons: one, or one for each reading of a letter of two classes."""
    if lang == "ar":
        word = _without_article(word)
    letters = _letters(word, lang)
    readings = {""}
    for position, letter in enumerate(letters):
        classes = _classes(lang).get(letter, ("",))
        if position > 0 and letter in _vowel_letters(lang):
            classes = ("",)  # و ي w y inside a word are vowels as often as consonants
        if not final and position == len(letters) - 1 and letter in _final_silent(lang):
            classes = ("",)  # ة folded to ه, the h of Raqqah
        readings = {_then(reading, cls) for reading in readings for cls in classes}
    return readings


def _then(reading: str, cls: str) -> str:
    """``reading`` followed by a letter's class, a class written twice in a row kept once."""
    return reading if not cls or reading.endswith(cls) else reading + cls


def _without_article(word: str) -> str:
    for prefix in ("وال", "بال", "لل", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    return word


def _letters(word: str, lang: str) -> list[str]:
    """The word's letters, the digraphs of ``names.tsv`` (kh, sh, th…) as one."""
    digraphs = _digraphs(lang)
    out, i = [], 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in digraphs:
            out.append(pair)
            i += 2
        else:
            out.append(word[i])
            i += 1
    return out


@lru_cache(maxsize=None)
def _table(lang: str) -> dict[str, list[str]]:
    return {cls: [lexicon.fold(form, lang) for form in forms]
            for cls, *forms in lexicon.rows(lang, "names.tsv")}


@lru_cache(maxsize=None)
def _classes(lang: str) -> dict[str, tuple[str, ...]]:
    classes: dict[str, tuple[str, ...]] = {}
    for cls, forms in _table(lang).items():
        if not cls.startswith("@"):
            for form in forms:
                classes[form] = (*classes.get(form, ()), cls)
    return classes


@lru_cache(maxsize=None)
def _digraphs(lang: str) -> frozenset[str]:
    return frozenset(form for form in _classes(lang) if len(form) == 2)


@lru_cache(maxsize=None)
def _vowel_letters(lang: str) -> frozenset[str]:
    return frozenset(_table(lang).get("@inner_vowel", []))


@lru_cache(maxsize=None)
def _final_silent(lang: str) -> frozenset[str]:
    return frozenset(_table(lang).get("@final_silent", []))
