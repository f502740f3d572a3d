"""What ties two wordings to one event beyond the words every report of its kind uses.

News tells many events in one template: "X claimed responsibility for the
attack", "N people were killed", "a cache of arms was recovered". A sentence
encoder scores two such wordings as near-identical, and a country named on
both sides ("Russia is responsible for the poisoning" / "Russia failed to make
its agreed cuts") adds little meaning but, as place credit, much score. Two
statements of one claim share **specific content**: an anchor.

- **figures**: a shared figure with two significant digits or more (853, 59,
  18,787), or two shared figures (27 arrested, 6 hurt), is *strong*; one round
  or small figure (30, 10,000, 5) is *weak*: thousands of events have it, and
  it ties two wordings only beside another anchor; a year (2025) says when,
  not what, and is no anchor;
- **place**: one place named on both sides that is smaller than a country
  (Kharkiv, Derna, Gaza); a country on both sides is *country* only;
- **date**: the same day of the month, given or dated from a weekday, or the
  same weekday;
- **words** (one language): a content word both share that is neither a
  stopword, nor a template word (``generic_claim_words.txt``), nor a country or
  its adjective;
- **name** (two scripts): a capitalised English word whose transliteration
  skeleton (:mod:`.transliteration`) is that of an Arabic word on the other side,
  not a place's (a place is weighed as a place, not twice).

:mod:`.similarity` gives its credits only on anchors, and scores 0 a pair with
nothing specific in one language; across languages, where no word can be
compared, a pair with nothing checkable in common gets no cross-lingual shift.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from isnad.nlp import lexicon

from . import events, figures, transliteration

if TYPE_CHECKING:
    from .similarity import Wording

_SKELETON_MIN = 3  # consonant classes a name's skeleton needs to tie two scripts: two tie too much
# A capitalised word not opening a sentence or a quotation; al-Abadi as Abadi.
_CAPITALISED = re.compile(r"(?<![.!?:“\"«]\s)(?<!^)(?<![\w-])(?:(?:al|el)-)?([A-Z][a-z]{2,})")


@dataclass(frozen=True)
class Anchors:
    strong_figures: bool = False
    weak_figures: bool = False
    place: bool = False
    country: bool = False
    nation: bool = False  # a country one names by its adjective (Syrian) and the other names
    places_agree: bool = False  # no place on either side that the other does not name
    date: bool = False
    words: frozenset[str] = frozenset()
    name: bool = False

    def specific(self) -> bool:
        """Whether anything but a country or one weak figure ties the two wordings: "30
        people were wounded" and "about 30 people were wounded" may tell two attacks,
        "3 killed in Nicaragua" and "three killed in Nicaragua" hardly."""
        return bool(self.strong_figures or self.place or self.date or self.words or self.name
                    or (self.weak_figures and (self.country or self.nation)))

    def any(self) -> bool:
        """Whether the two wordings share anything checkable, a country or a weak figure included."""
        return self.specific() or self.weak_figures or self.country or self.nation


def between(a: Wording, b: Wording) -> Anchors:
    """The anchors ``a`` and ``b`` share."""
    shared = {figure for figure in a.numbers & b.numbers if not _year(figure)}
    strong = len(shared) >= 2 or any(_distinctive(figure) for figure in shared)
    place, country = events.shared_places(a.event, b.event)
    if a.lang != b.lang and not place:
        place = _place_across(a, b) or _place_across(b, a)
    agree = events.places_agree(a.event, b.event)
    nation = bool(a.event.nations & (b.event.nations | b.event.places)
                  or b.event.nations & a.event.places)
    words = frozenset()
    if a.lang == b.lang:
        common = a.stems & b.stems
        # A place is an anchor of its own (place, country), weighed as such, not as a word.
        words = common - _not_specific(a.lang) - _place_stems(a.event.places | b.event.places, a.lang)
        nation = nation or bool(common & _country_stems(a.lang))
    return Anchors(strong_figures=strong, weak_figures=bool(shared) and not strong,
                   place=place, country=country, nation=nation, places_agree=agree,
                   date=bool(a.event.dates & b.event.dates or a.event.days & b.event.days),
                   words=words, name=a.lang != b.lang and _names_meet(*_not_places(a, b)))


def _place_across(arabic: Wording, english: Wording) -> bool:
    """Whether a place the Arabic wording names after a marker, one the gazetteer lacks (مدينة
    بارا), is a capitalised word of the English one ("recaptured Bara"): the marker says it is a
    place, so a short skeleton (BR) may tie it, which a bare name's may not."""
    if arabic.lang != "ar" or english.lang != "en":
        return False
    known = events.known_places()
    places = {key for place in arabic.event.places if place not in known and len(place) == 1
              for key in transliteration.skeletons(place[0]) if len(key) >= 2}
    if not places:
        return False
    words = _CAPITALISED.findall(english.text) + _first_name_word(english.text)
    return any(key in places for word in words for key in transliteration.skeletons(word))


def names(text: str, lang: str) -> frozenset[str]:
    """Skeletons that may tie ``text`` to a wording in the other script: those of its
    capitalised words in English (not a sentence's first, unless a name opens the claim), of its
    longer words in Arabic."""
    if lang == "en":
        words = [word for word in _CAPITALISED.findall(text) + _first_name_word(text)
                 if lexicon.fold(word, "en") not in _country_words_en()]
    else:
        stop = lexicon.entries("ar", "claim_stopwords.txt") | _generic_words("ar")
        words = [w for w in re.findall(r"[\u0621-\u064a]{3,}", lexicon.fold(text, "ar")) if w not in stop]
        # A clitic glued to a name (لإسرائيل، بموسكو) would hide its skeleton.
        words += [w[1:] for w in words if w[0] in "وفبلك" and len(w) > 3]
    return frozenset(key for word in words for key in transliteration.skeletons(word)
                     if len(key) >= _SKELETON_MIN)


_FIRST = re.compile(r"(?:(?:al|el)-)?([A-Z][a-z]{2,})\b")


def _first_name_word(text: str) -> list[str]:
    """A claim's first word when it is capitalised and no common word: a claim span starts where
    its sentence rarely does ("Saloum had died", after "said"), so its capital is a name's."""
    m = _FIRST.match(text.lstrip(" \"“'‘"))
    if m is None:
        return []
    return [] if lexicon.fold(m.group(1), "en") in _common_words_en() else [m.group(1)]


@lru_cache(maxsize=None)
def _common_words_en() -> frozenset[str]:
    """Words that open a claim without naming anyone: stopwords, generic words, number words."""
    return lexicon.entries("en", "claim_stopwords.txt") | _generic_words("en") | figures.number_words("en")


def _not_places(a: Wording, b: Wording) -> tuple[frozenset[str], frozenset[str]]:
    """The name skeletons of ``a`` and ``b`` but those of the places either names: a place is an
    anchor of its own (place, country), weighed as such, not again as a name."""
    places = _place_skeletons(a.event.places | b.event.places)
    if not places:
        return a.names, b.names
    return (frozenset(k for k in a.names if not _names_meet(frozenset({k}), places)),
            frozenset(k for k in b.names if not _names_meet(frozenset({k}), places)))


@lru_cache(maxsize=1 << 12)
def _place_skeletons(places: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(key for place in places for word in place
                     for key in transliteration.skeletons(word) if len(key) >= _SKELETON_MIN)


def _names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """A skeleton on both sides, or two long ones a letter apart (Novichok: NFCK, نوفيتشوك: NFTCK)."""
    return bool(a & b) or any(len(x) >= 4 and len(y) >= 4 and _one_apart(x, y) for x in a for y in b)


def _one_apart(x: str, y: str) -> bool:
    """Whether one letter added, dropped or changed makes ``x`` into ``y``."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _distinctive(figure: str) -> bool:
    """Two significant digits or more."""
    return len(figure.replace(".", "").lstrip("0").rstrip("0")) >= 2


def _year(figure: str) -> bool:
    """A year says when, not what: the elections of 2025 held many claims."""
    try:
        value = float(figure)
    except ValueError:
        return False
    return value.is_integer() and 1900 <= value <= 2100


@lru_cache(maxsize=1 << 12)
def _place_stems(places: frozenset[tuple[str, ...]], lang: str) -> frozenset[str]:
    from .similarity import stems  # similarity imports this module
    return stems(" ".join(word for place in places for word in place), lang)


@lru_cache(maxsize=None)
def _country_stems(lang: str) -> frozenset[str]:
    from .similarity import stems  # similarity imports this module
    return stems(" ".join(events.country_words(lang)), lang)


@lru_cache(maxsize=None)
def _not_specific(lang: str) -> frozenset[str]:
    """Stems that tie no two wordings to one event: template words, countries and their adjectives."""
    from .similarity import stems  # similarity imports this module
    words = " ".join(_generic_words(lang) | events.country_words(lang))
    return stems(words, lang) | _generic_words(lang)


@lru_cache(maxsize=1)
def _country_words_en() -> frozenset[str]:
    """Countries and their adjectives are anchors of their own (weak ones), not names."""
    return events.country_words("en")


@lru_cache(maxsize=None)
def _generic_words(lang: str) -> frozenset[str]:
    return lexicon.entries(lang, "generic_claim_words.txt")
