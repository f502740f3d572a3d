"""Lexicons kept as data files under ``isnad/data/lexicons/<lang>/``.

A lexicon is a UTF-8 text file, one entry a line; ``#`` starts a comment.
Tab-separated files (``.tsv``) carry extra columns (a cue's type, say).
Users extend isnad by adding lines, not code.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Arabic letters that writers and keyboards swap freely; a lexicon entry
# written with one matches text written with any of its variants.
_AR_VARIANTS = {
    "ا": "[اأإآٱ]", "أ": "[اأإآٱ]", "إ": "[اأإآٱ]", "آ": "[اأإآٱ]",
    "ي": "[يى]", "ى": "[يى]", "ة": "[ةه]", "ه": "[ةه]",
}
# Harakat, tanween, shadda, dagger alef and tatweel may sit after any letter.
AR_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_AR_MARK_RUN = f"[{AR_MARKS}]*"
_AR_STRIP = re.compile(f"[{AR_MARKS}]")
# Zero-width and bidi format characters (Unicode category Cf) that scraped text
# carries inside words: they change nothing a reader sees, so they must not
# change what a word matches.
INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def lines(lang: str, name: str) -> list[str]:
    """The entries of ``lexicons/<lang>/<name>``, comments and blanks dropped, followed by those
    of its mined companion ``<stem>.mined<suffix>`` when there is one (entries mined from
    annotations by python -m isnad.nlp.mining, kept apart from the hand-written ones they extend)."""
    return list(_read(lang, name))


@lru_cache(maxsize=None)
def _read(lang: str, name: str) -> tuple[str, ...]:
    # Read once a process: the rules ask for some lexicons once a word (particles.txt), and
    # reading them from disk each time cost a seventh of Arabic extraction.
    folder = resources.files("isnad.data").joinpath("lexicons", lang)
    stem, dot, suffix = name.rpartition(".")
    mined = folder.joinpath(f"{stem}.mined.{suffix}") if dot else None
    out = []
    for path in (folder.joinpath(name), mined):
        if path is None or path is not folder.joinpath(name) and not path.is_file():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            entry = raw.split("#", 1)[0].rstrip()
            if entry.strip():
                out.append(entry.strip() if "\t" not in entry else entry)
    return tuple(out)


def rows(lang: str, name: str) -> list[list[str]]:
    """The tab-separated rows of a ``.tsv`` lexicon."""
    return [[cell.strip() for cell in line.split("\t")] for line in lines(lang, name)]


@lru_cache(maxsize=None)
def entries(lang: str, name: str) -> frozenset[str]:
    """A lexicon as a set of folded entries, for membership tests."""
    return frozenset(fold(e, lang) for e in lines(lang, name))


def fold(text: str, lang: str = "ar") -> str:
    """The form used to compare words: invisible marks dropped, Arabic marks and letter
    variants folded, English lowercased."""
    text = INVISIBLE.sub("", text)
    if lang == "en":
        return text.lower()
    return _AR_STRIP.sub("", text).translate(_AR_FOLD).lower()


def word_pattern(entry: str) -> str:
    """A regex for a lexicon entry that tolerates Arabic diacritics and letter variants.

    Spaces in an entry match any run of spaces; ``ـ`` (a written tatweel, as
    in ``لـ``) is optional.
    """
    return "".join(_units(entry))


def _units(entry: str) -> tuple[str, ...]:
    """The regex of each character of an entry (a letter with its variants and marks)."""
    parts = []
    for ch in entry:
        if ch == " ":
            parts.append(r"\s+")
        elif ch == "\u0640":
            parts.append("\u0640?")
        elif "\u0600" <= ch <= "\u06ff":
            parts.append(_AR_VARIANTS.get(ch, re.escape(ch)) + _AR_MARK_RUN)
        else:
            parts.append(re.escape(ch))
    return tuple(parts)


def alternation(entries_: list[str]) -> str:
    """One regex for a set of entries in which the longest form wins, as in an alternation of
    them longest first.

    The entries are written as a trie ("قال|قالت|قالوا" as "قال(?:ت|وا)?"): a lexicon of
    hundreds of verb forms, each letter a class of variants and marks, otherwise takes seconds
    to compile and is tried form by form at every position of the text. Where two branches of
    the trie could match the same character (an optional tatweel; letters that differ only in
    case, for a pattern compiled with re.I), it is written as the plain alternation instead,
    so the matches are the same either way.
    """
    return _alternation(tuple(sorted(set(entries_), key=lambda e: (-len(e), e))))


@lru_cache(maxsize=None)
def _alternation(entries_: tuple[str, ...]) -> str:
    trie: dict = {}
    for entry in entries_:
        node = trie
        for unit in _units(entry):
            node = node.setdefault(unit, {})
        node[_END] = len(entry)
    if _ambiguous(trie):
        return "|".join(word_pattern(e) for e in entries_)
    return _written(trie, {})


_END = ""  # the key that marks where an entry ends in the trie (no unit is empty)


def _ambiguous(node: dict) -> bool:
    """Whether two branches of a node may match the same text, anywhere below it."""
    units = [u for u in node if u != _END]
    if len(units) > 1 and any(u.endswith("?") or _AR_STRIP.match(u) or u == r"\s+" and any(
            re.fullmatch(r"\s", v) for v in units) for u in units):
        # an optional tatweel matches nothing; a written mark may be taken by the letter before it;
        # a space in an entry is any run of spaces
        return True
    if len({u.lower() for u in units}) < len(units):
        return True
    return any(_ambiguous(node[u]) for u in units)


def _reach(node: dict, reach: dict[int, int]) -> int:
    """The length of the longest entry ending at or below a node (``reach``: those worked out)."""
    if id(node) not in reach:
        reach[id(node)] = max([node.get(_END, 0)] + [_reach(c, reach) for u, c in node.items() if u != _END])
    return reach[id(node)]


def _written(node: dict, reach: dict[int, int]) -> str:
    branches = [unit + _written(child, reach) for unit, child in
                sorted(((u, c) for u, c in node.items() if u != _END), key=lambda uc: (-_reach(uc[1], reach), uc[0]))]
    if not branches:
        return ""
    if len(branches) == 1 and _END not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if _END in node else "")
