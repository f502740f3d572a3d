"""Event-level matching: one event told in wordings that a sentence encoder scores far apart.

"The convoy arrived in Mayadin", "buses carrying IS fighters reached an area of
Deir ez-Zor" and "the IS convoy crossed to Mayadin" share little wording, yet
report one event. Two wordings in one language are taken as one event when

- they name an event of one **family** (``events.tsv``: arrival, killing...),
- every **place** each names is compatible with one the other names: the same
  place, or one that lies inside it (``data/places.tsv``: الميادين lies in دير
  الزور); a wording that names no place is never matched this way,
- they share at least one more content word (an actor, an object: داعش,
  القافلة) besides the places and the event's own words,
- their **days** of the week, when both give one, agree (figures are already
  checked by :func:`isnad.graph.similarity.score`),
- both tell the event as having happened: a wording with a word of
  ``irrealis.txt`` (قد, لتسهيل, would, plan...) is about a possible or intended
  event, and only the sentence encoder may match it.

The same anchors also tell two events apart however alike their words read to
the encoder (:func:`different_events`): places with none in common, another day. Like figures that disagree,
that scores a pair 0.

Places come from the places gazetteer, or follow a marker word (``مدينة``,
``town of``: ``place_markers.txt``) or, in English, come before one (``Homs province``:
``place_suffixes.txt``); a name that only follows a marker is
compatible with itself, or with a longer name it begins (``الميادين`` and
``الميادين مساء``: the marker rule cannot tell where a name ends).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from isnad.nlp import lexicon

from . import transliteration

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DATE_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:st|nd|rd|th)?")
_ARTICLES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال")
MARKER_SPAN = 2  # words after a marker taken as an unknown place's name


@dataclass(frozen=True)
class Event:
    """What a wording says happened, where, and on which day."""

    families: frozenset[str]
    places: frozenset[tuple[str, ...]]  # each place as its canonical folded words
    days: frozenset[str]
    words: frozenset[str]  # the other content words (stems from :mod:`.similarity`)
    sequence: tuple[str, ...] = ()  # every word, folded and bare, to find a place the other names
    lang: str = ""
    factual: bool = False  # told as having happened, not as possible, intended or expected
    dates: frozenset[tuple[int, int]] = frozenset()  # (month, day): given, or a weekday dated
    nations: frozenset[tuple[str, ...]] = frozenset()  # countries named by an adjective (Lebanese)
    periods: frozenset[tuple[int, int]] = frozenset()  # (year or 0, month or 0) named without a day
    year: int = 0  # the year of the article's date, which its dated days fall in


NO_EVENT = Event(frozenset(), frozenset(), frozenset(), frozenset())


def event(text: str, lang: str, stems: frozenset[str], published: str = "") -> Event:
    """The event ``text`` reports; ``stems`` are its content words (:func:`.similarity.stems`);
    ``published``, the article's date, dates a weekday it names (:func:`_dates`)."""
    # Arabic is folded first: a shadda or a vowel mark inside a word would split it.
    raw = _WORD.findall(lexicon.fold(text, lang) if lang == "ar" else text)
    words = [_bare(lexicon.fold(word, lang), lang) for word in raw]
    verbs = [word for word in raw if _family_of(word, lang)]
    families = frozenset(f for word in verbs for f in _family_of(word, lang))
    places, named = _places(raw, words, lang)
    day_words = {word for i, word in enumerate(words) if _is_day(raw, words, i, lang)}
    days = frozenset(_weekdays(lang)[word] for word in day_words)
    spent = {form for word in verbs for form in _forms(lexicon.fold(word, lang), lang)}
    spent |= named | day_words
    others = frozenset(stem for stem in stems if not any(w.startswith(stem) for w in spent))
    factual = not any(form in _irrealis(lang) for word in words for form in _forms(word, lang))
    dates = _dates(text, lang, days, published, factual)
    nations = frozenset(_nationalities()[word] for word in words if word in _nationalities())
    when = _published(published)
    return Event(families, places, days, others, tuple(words), lang, factual, dates, nations,
                 _periods(text, lang), when.year if when else 0)


def same_event(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` report one event (see the module's rules)."""
    if not may_be_one(a, b):
        return False
    a_places, b_places = _also_named(a, b), _also_named(b, a)
    return bool(a_places and b_places and _places_agree(a_places, b_places) and _places_agree(b_places, a_places)
                and a.words & b.words and not different_events(a, b))


def may_be_one(a: Event, b: Event) -> bool:
    """The cheap half of :func:`same_event`: both told as facts, of one family of event."""
    return bool(a.factual and b.factual and a.families & b.families)


def different_events(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` surely report two events, however alike their words.

    Each names a place the other does not, another day (a date, or a weekday
    dated by the article's publication: two Sundays a week apart are two days). (Opposite predicates, arrived / left,
    are :mod:`.polarity`'s: a wording names several families of event, "40
    bodies arrived at the hospital and 46 wounded", so families that differ
    tell nothing.) Across languages only the places the gazetteer knows are
    compared. A place named as a reference point ("north of Baghdad", قرب
    الحدود مع سوريا) is not where the event was (:func:`_places`). Days compare across languages (``weekdays.txt`` names each in English).
    """
    a_all, b_all = _also_named(a, b), _also_named(b, a)
    # Across scripts an unknown name is compared by its transliteration skeleton (Kharkiv, خاركيف).
    compatible = _compatible if a.lang == b.lang else _compatible_across
    if _own_place(a_all, b_all, compatible) and _own_place(b_all, a_all, compatible):
        return True
    if _other_nations(a, b):
        return True
    if a.dates and b.dates:  # "on Sunday" in an article of 4 March is 3 March
        return not a.dates & b.dates
    if _other_period(a, b) or _other_period(b, a):
        return True
    return bool(a.days and b.days and not a.days & b.days)


def _other_period(a: Event, b: Event) -> bool:
    """Whether ``a`` names a month or a year ("in March", في عام 2024) that ``b``'s time is not:
    its dated days (of its article's year) or the months and years it names itself. "In
    March, seven people were killed in Basra" against "seven were killed on Wednesday"."""
    if not a.periods:
        return False
    if b.dates:
        b_times = {(b.year, month) for month, _ in b.dates}
    elif b.periods:
        b_times = set(b.periods)
    else:
        return False
    return not any(_within_period(period, time) for period in a.periods for time in b_times)


def _within_period(period: tuple[int, int], time: tuple[int, int]) -> bool:
    """Whether a (year, month) time may fall in a named period; 0 is unknown and fits any."""
    return all(not p or not t or p == t for p, t in zip(period, time))


_IN = frozenset({"in", "during", "since", "في", "خلال", "منذ"})
_LAST = frozenset({"ماضي", "الماضي", "last"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_WORDS = frozenset({"عام", "سنة", "year"})


def _periods(text: str, lang: str) -> frozenset[tuple[int, int]]:
    """The months and years ``text`` names as when something happened, without a day: "in
    March", في آذار الماضي، "in 2024", في عام 2024 (not "the 2027 budget", موازنة عام 2027)."""
    months = _months(lang)
    words = [_bare(lexicon.fold(token, lang), lang) for token in _DATE_TOKEN.findall(text)]
    found: set[tuple[int, int]] = set()
    i = 0
    while i < len(words):
        word, month, end = words[i], months.get(words[i]), i
        if month == 0 and i + 1 < len(words):
            month, end = months.get(f"{word} {words[i + 1]}", 0), i + 1
        before = words[i - 1] if i else ""
        after = words[end + 1] if end + 1 < len(words) else ""
        if month and not _day_number(before) and not _day_number(after) \
                and not _ordinal_day(words[:i], lang) and (before in _IN or after in _LAST):
            year = int(after) if _YEAR.fullmatch(after) else 0
            found.add((year, month))
        elif _YEAR.fullmatch(word) and (before in _IN or before in _YEAR_WORDS and i > 1
                                        and words[i - 2] in _IN):
            if not (i > 0 and months.get(before)):  # "March 2024" is read with its month
                found.add((int(word), 0))
        i = end + 1
    return frozenset(found)


def _other_nations(a: Event, b: Event) -> bool:
    """Whether both name countries by adjective and neither names any country the other
    names, by adjective or as a place ("the Lebanese army" / "the Iraqi army"; but "the Russian
    minister ... the American strike" and "the US attack kept Russia from ..." share Russia).
    An adjective says whose, not where: it tells two events apart this way only, and is no
    evidence of one place (:func:`places_agree`, :func:`same_event`)."""
    if not (a.nations and b.nations):
        return False
    return not (a.nations & (b.nations | b.places) or b.nations & (a.nations | a.places))


def places_agree(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` both name where it happened, and the same place (or one
    inside the other): evidence of one claim that a sentence encoder weighs little."""
    a_all, b_all = _also_named(a, b), _also_named(b, a)
    if not (a_all and b_all):
        return False
    compatible = _compatible if a.lang == b.lang else _compatible_across
    # A country the other names by an adjective only (الأسترالي) leaves no place unmatched.
    return (not _own_place(a_all, b_all | b.nations, compatible)
            and not _own_place(b_all, a_all | a.nations, compatible))


def shared_places(a: Event, b: Event) -> tuple[bool, bool]:
    """(smaller, any): whether ``a`` and ``b`` both name one place smaller than a
    country (or one inside the other: Saraqib, Idlib), and whether they both name one
    place of any size (a country, or a country and its capital). Half the news of a region names its country: a country on both sides is
    weak evidence of one event (:mod:`.anchors`)."""
    compatible = _compatible if a.lang == b.lang else _compatible_across
    countries = _countries()
    a_all, b_all = _also_named(a, b), _also_named(b, a)
    smaller = any(compatible(p, q) for p in a_all - countries for q in b_all - countries)
    return smaller, any(compatible(p, q) for p in a_all for q in b_all)


def country_words(lang: str) -> frozenset[str]:
    """The folded words that name a country or its people in ``lang`` (Iran, إيران, Iranian)."""
    return _country_words(lang)


@lru_cache(maxsize=None)
def _country_words(lang: str) -> frozenset[str]:
    arabic = lang == "ar"
    names = [name for canonical, within, others in _place_rows() if not within
             for name in (canonical, *others)]
    names += [adjective for adjective in _nationalities()]
    return frozenset(word for name in names if bool(re.search("[\u0600-\u06ff]", name)) == arabic
                     for word in _key(name))


@lru_cache(maxsize=1)
def _countries() -> frozenset[tuple[str, ...]]:
    """The places the gazetteer lists in no other: countries (and the seas, the continents)."""
    return frozenset(_key(canonical) for canonical, within, _ in _place_rows() if not within)


def _own_place(these: frozenset[tuple[str, ...]], those: frozenset[tuple[str, ...]],
               compatible=None) -> bool:
    """Whether ``these`` name a place, as specific as they go, that ``those`` do not name
    (nor one inside it or around it). "Idlib, in Syria" and "Homs, in Syria" each have
    their own place; "Saraqib in Idlib" and "Idlib" do not."""
    compatible = compatible or _compatible
    those = _specific(those)
    return bool(those) and any(not any(compatible(place, other) for other in those)
                               for place in _specific(these))


def _compatible_across(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """:func:`_compatible` for places named in two scripts: by the gazetteer when it knows
    both, else by transliteration skeleton (:mod:`.names`), a marker's name running on allowed."""
    known = _canonical()
    if a in known and b in known:
        return _compatible(a, b)
    return any(x == y or x.startswith(y + " ") or y.startswith(x + " ")
               for x in _skeletons(a) for y in _skeletons(b))


@lru_cache(maxsize=1 << 12)
def _skeletons(place: tuple[str, ...]) -> frozenset[str]:
    """The skeletons of every name a place goes by (one, for a place the gazetteer lacks)."""
    spellings = {" ".join(place)}
    for canonical, _, others in _place_rows():
        if _key(canonical) == place:
            spellings.update((canonical, *others))
    return frozenset(key for spelling in spellings for key in transliteration.skeletons(spelling))


def place_marker(word: str, lang: str) -> bool:
    """Whether a folded, bare word is a place marker (مدينة، بلدة, "town")."""
    return bool(_marker_at([word], 0, lang))


def known_places() -> frozenset[tuple[str, ...]]:
    """Every place the gazetteer knows, as events name places (canonical folded words)."""
    return frozenset(_canonical())


def _also_named(event_: Event, other: Event) -> frozenset[tuple[str, ...]]:
    """``event_``'s places, and the unlisted places ``other`` named that its words name too."""
    known = _canonical()
    found = {place for place in other.places if place not in known
             and _contains(event_.sequence, place)}
    return event_.places | found


def _specific(places: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """``places`` without those that only hold another of them (a country, a province)."""
    return frozenset(place for place in places
                     if not any(place in _regions(other) for other in places if other != place))


def _contains(sequence: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(sequence[i:i + len(part)] == part for i in range(len(sequence) - len(part) + 1))


# --- places ------------------------------------------------------------------------

def _places_agree(these: frozenset[tuple[str, ...]], those: frozenset[tuple[str, ...]]) -> bool:
    return all(any(_compatible(place, other) for other in those) for place in these)


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b or b in _regions(a) or a in _regions(b):
        return True
    known = _canonical()
    # A name found only after a marker may run on past its end.
    return (a not in known or b not in known) and (a[:len(b)] == b or b[:len(a)] == a)


# --- an article's setting ------------------------------------------------------------------

SETTING_CHARS = 2000  # an article's title and opening, where it says where its news happened


def article_setting(title: str | None, text: str | None, lang: str) -> frozenset[tuple[str, ...]]:
    """:func:`setting` of an article given by its title and text (the text may be cut at
    :data:`SETTING_CHARS`: no more is read)."""
    return setting(f"{title or ''}\n{text or ''}", lang)


@lru_cache(maxsize=1 << 12)  # an article's statements ask for it again and again
def setting(text: str, lang: str) -> frozenset[tuple[str, ...]]:
    """Where an article's news happened: the places the gazetteer knows that its title and
    opening (``text``, the first :data:`SETTING_CHARS` characters) name, not as a reference
    point. A claim that names no place ("four people died and five were wounded") takes its
    article's setting."""
    opening = text[:SETTING_CHARS]
    raw = _WORD.findall(lexicon.fold(opening, lang) if lang == "ar" else opening)
    places, _ = _places(raw, [_bare(lexicon.fold(word, lang), lang) for word in raw], lang)
    known = _canonical()
    return frozenset(place for place in places if place in known)


def settings_apart(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> bool:
    """Whether two articles' settings share no place (nor one inside another): their news
    happened in different places, and their statements are two claims however alike they read.

    Of the 774 pairs of statements of two articles a 573-article store weighed
    (``data/claim_pairs/store_pairs.tsv``), 137 come from articles apart this way, none of
    them one claim; 55 of the 56 that are one claim come from articles sharing a place (the
    other from an article that names none)."""
    return bool(a and b) and not any(_compatible(p, q) for p in a for q in b)


def _places(raw: list[str], words: list[str], lang: str
            ) -> tuple[frozenset[tuple[str, ...]], set[str]]:
    """The places named (canonical folded words), and the words (markers too) that named them."""
    known = _gazetteer()
    found: set[tuple[str, ...]] = set()
    used: set[str] = set()
    start = 0
    while start < len(words):
        name = _known_at(words, start)
        marker = 0 if name or _definite(raw[start], lang) else (
            _marker_at(words, start, lang) or _area_marker_at(raw, words, start, lang))
        if marker:
            used.update(words[start:start + marker])
            name = (_known_at(words, start + marker)
                    or _unknown_name(raw[start + marker:], words[start + marker:], lang))
            start += marker
        elif not name:
            name = _named_before_suffix(raw[start:], words[start:], lang)
            if name:
                used.add(words[start + len(name)])
        if name:
            if not _is_reference(words, start - marker, lang):
                found.add(known.get(name, name))
            used.update(name)
            start += len(name)
        elif not marker:
            start += 1
    return frozenset(found), used


def _definite(word: str, lang: str) -> bool:
    """Whether an Arabic marker carries the article: a name follows منطقة خاركيف, an
    adjective المنطقة الصناعية, and an adjective is no place."""
    return lang == "ar" and bool(re.match(r"^[وفبلك]?(?:ال|لل)", word)) and len(word) > 4


def _is_reference(words: list[str], start: int, lang: str) -> bool:
    """Whether the place named at ``start`` follows a word that makes it a reference point
    (``references.txt``: north, near, شمال, قرب…) within the two words before it."""
    return any(word in _references(lang) for word in words[max(0, start - 2):start])


@lru_cache(maxsize=None)
def _references(lang: str) -> frozenset[str]:
    return frozenset(_bare(lexicon.fold(word, lang), lang)
                     for word in lexicon.lines(lang, "place_references.txt"))


def _known_at(words: list[str], start: int) -> tuple[str, ...] | None:
    known = _gazetteer()
    for size in range(min(_longest_name(), len(words) - start), 0, -1):
        if tuple(words[start:start + size]) in known:
            return tuple(words[start:start + size])
    return None


def _marker_at(words: list[str], start: int, lang: str) -> int:
    """How many words a place marker at ``start`` takes (0 when there is none)."""
    # The longest marker: "in the" before "in".
    return max((len(marker) for marker in _markers(lang)
                if tuple(words[start:start + len(marker)]) == marker), default=0)


def _area_marker_at(raw: list[str], words: list[str], start: int, lang: str) -> int:
    """1 when an area word (``area_markers.txt``: منطقة) at ``start`` is followed by a word
    with the article, which names the area (منطقة الكرادة), else 0."""
    follows = raw[start + 1] if start + 1 < len(raw) else ""
    return int(words[start] in _area_markers(lang) and follows.startswith("ال") and len(follows) > 4)


def _unknown_name(raw: list[str], words: list[str], lang: str) -> tuple[str, ...] | None:
    """The words after a marker that may be a place's name: capitalised ones in English."""
    kept = []
    for original, word in zip(raw[:MARKER_SPAN], words[:MARKER_SPAN]):
        if not _may_be_name(original, word, lang) or kept and (
                _marker_at([word], 0, lang) or lang == "ar" and word[:1] in "وفبل"
                and _marker_at([word[1:]], 0, lang)):
            break  # مدينة بارا بولاية شمال كردفان: the next marker opens another place
        kept.append(word)
    return tuple(kept) or None


def _named_before_suffix(raw: list[str], words: list[str], lang: str) -> tuple[str, ...] | None:
    """The capitalised words that a place suffix follows ("Kangarwa town", "the Lviv region"):
    English writes these words after the name, where Arabic writes them before it."""
    if lang != "en":
        return None
    for size in range(1, min(MARKER_SPAN, len(words) - 1) + 1):
        if not _may_be_name(raw[size - 1], words[size - 1], lang):
            return None
        if raw[size] in _suffixes(lang):
            return tuple(words[:size])
    return None


def _may_be_name(original: str, word: str, lang: str) -> bool:
    """Whether a word after a marker (or before a suffix) may be part of an unknown place's name."""
    # (al-Baaj district, el-Arish: an Arabic place name in English keeps its article in lower case)
    return not ((lang == "en" and not original[:1].isupper() and not re.match(r"(?:al|el)-[A-Z]", original))
                or word in lexicon.entries(lang, "claim_stopwords.txt")
                or word in _weekdays(lang) or _family_of(original, lang)
                or word in _references(lang) or word in _months(lang)
                or word in _nationalities())  # "the Syrian city of", "an Israeli town"


# --- words and lexicons ------------------------------------------------------------------

def _bare(word: str, lang: str) -> str:
    """An Arabic word without the article (and و/ف/ب/ل/ك before it) glued to it.

    A lone و, ف, ب or ل is cut off only when what stays is a word these rules
    know (a marker, a place's word, an event's form): بلدة is not ب + لدة.
    """
    if lang != "ar":
        return word
    for prefix in _ARTICLES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    if word[:1] in "وفبلك" and word[1:] in _vocabulary():
        return word[1:]
    return word


def _forms(word: str, lang: str) -> list[str]:
    """``word`` as written, then bare."""
    return [word, _bare(word, lang)]


def family_of(word: str, lang: str) -> tuple[str, ...]:
    """The event families ``word`` names (``events.tsv``), for :mod:`.figures` too."""
    return _family_of(word, lang)


def _family_of(word: str, lang: str) -> tuple[str, ...]:
    """The event families ``word`` names: as written, else without a clitic (وصلت is a verb)."""
    families = _families(lang)
    for form in _forms(lexicon.fold(word, lang), lang):
        if form in families:
            return families[form]
    return ()


@lru_cache(maxsize=None)
def _families(lang: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for family, *forms in lexicon.rows(lang, "events.tsv"):
        for form in forms:
            folded = lexicon.fold(form, lang)
            out[folded] = (*out.get(folded, ()), family)
    return out


@lru_cache(maxsize=None)
def _irrealis(lang: str) -> frozenset[str]:
    return lexicon.entries(lang, "irrealis.txt")


def _dates(text: str, lang: str, days: frozenset[str], published: str, factual: bool = True
           ) -> frozenset[tuple[int, int]]:
    """(month, day) of the dates ``words`` give ("3 March", "March 3rd", "3 مارس", "23 تشرين
    الثاني"), and of the weekdays they name dated by ``published``: for a report of what
    happened, the last such day on or before it (an intended event, ``factual`` false, is not
    dated this way). A date beside the weekday ("الاثنين 23 تشرين الثاني") dates it alone."""
    found: set[tuple[int, int]] = set()
    months = _months(lang)
    words = [_bare(lexicon.fold(token, lang), lang) for token in _DATE_TOKEN.findall(text)]
    for i, word in enumerate(words):
        month, end = months.get(word), i
        if month == 0 and i + 1 < len(words):  # كانون، تشرين: the next word says which
            month, end = months.get(f"{word} {words[i + 1]}", 0), i + 1
        if month:
            for near in (i - 1, end + 1):
                if 0 <= near < len(words) and (day := _day_number(words[near])):
                    found.add((month, day))
                    break
            else:
                if day := _ordinal_day(words[:i], lang):
                    found.add((month, day))
    when = _published(published)
    # A date given beside the weekday says which one it is. An intended event's weekday is not
    # dated: Arabic's future (سيعاد فتحه يوم الاثنين) reads as factual here, and dated back
    # it would part from "will reopen on Monday" dated forward.
    if when is not None and factual and not found:
        for name in days:
            dated = when - timedelta(days=(when.weekday() - _WEEKDAY_NUMBERS[name]) % 7)
            found.add((dated.month, dated.day))
    return frozenset(found)


_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}


def _day_number(word: str) -> int:
    digits = re.match(r"(\d{1,2})(?:st|nd|rd|th)?$", word)
    return int(digits.group(1)) if digits and 1 <= int(digits.group(1)) <= 31 else 0


def _ordinal_day(before: list[str], lang: str) -> int:
    """The day an ordinal gives just before a month: "the fourteenth of June", الرابع عشر من
    حزيران (``ordinals.tsv``); 0 when there is none."""
    end = len(before)
    if end and before[end - 1] in _DAY_OF:
        end -= 1
    ordinals = _ordinals(lang)
    for size in (2, 1):
        if end >= size and (day := ordinals.get(" ".join(before[end - size:end]))):
            return day
    return 0


_DAY_OF = frozenset({"of", "من"})  # "the 14th of June", الرابع عشر من حزيران


@lru_cache(maxsize=None)
def _ordinals(lang: str) -> dict[str, int]:
    return {" ".join(lexicon.fold(word, lang) for word in words.split()): int(day)
            for day, words in lexicon.rows(lang, "ordinals.tsv")}


def _published(published: str) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


@lru_cache(maxsize=None)
def _months(lang: str) -> dict[str, int]:
    # Each word as _dates reads it (bare of the article: تشرين الثاني as "تشرين ثاني").
    return {" ".join(_bare(lexicon.fold(word, lang), lang) for word in name.split()): int(number)
            for name, number in lexicon.rows(lang, "months.tsv")}


def _is_day(raw: list[str], words: list[str], i: int, lang: str) -> bool:
    """Whether ``words[i]`` names a day: in Arabic only with the article or after يوم,
    since اثنين without them is "two"."""
    if words[i] not in _weekdays(lang):
        return False
    if lang != "ar":
        return True
    folded = lexicon.fold(raw[i], lang)
    return folded != words[i] or (i > 0 and words[i - 1] == "يوم")


@lru_cache(maxsize=None)
def _weekdays(lang: str) -> dict[str, str]:
    """Each folded name of a day to the day in English: days compare across languages."""
    out = {}
    for line in lexicon.lines(lang, "weekdays.txt"):
        name, _, english = line.partition("\t")
        out[lexicon.fold(name.strip(), lang)] = (english.strip() or name.strip()).lower()
    return out


@lru_cache(maxsize=None)
def _suffixes(lang: str) -> frozenset[str]:
    return frozenset(lexicon.lines(lang, "place_suffixes.txt")) if lang == "en" else frozenset()


@lru_cache(maxsize=None)
def _markers(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(lexicon.fold(entry, lang).split())
                 for entry in lexicon.lines(lang, "place_markers.txt"))


@lru_cache(maxsize=None)
def _area_markers(lang: str) -> frozenset[str]:
    return lexicon.entries(lang, "area_markers.txt") if lang == "ar" else frozenset()


def _key(name: str) -> tuple[str, ...]:
    """A place's name as folded words without the article (names are listed without clitics)."""
    lang = "ar" if re.search("[\u0600-\u06ff]", name) else "en"
    words = [lexicon.fold(word, lang) for word in _WORD.findall(name)]
    if lang == "ar":
        words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]
    return tuple(words)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """The Arabic words a lone clitic may be cut from: markers, places' words, event forms."""
    words = {w for marker in _markers("ar") for w in marker} | _area_markers("ar")
    words |= {w for name in _gazetteer() for w in name}
    return frozenset(words | set(_families("ar")))


@lru_cache(maxsize=1)
def _place_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(canonical, within, other names) of each line of ``data/places.tsv``."""
    table = resources.files("isnad.data").joinpath("places.tsv").read_text(encoding="utf-8")
    rows = []
    for line in table.splitlines():
        if line.strip() and not line.startswith("#"):
            canonical, within, *others = [cell.strip() for cell in line.split("\t")] + [""]
            rows.append((canonical, within, tuple(name for name in others if name)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Every name of every place (folded words) to its canonical name's."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for canonical, _, others in _place_rows():
        for name in (canonical, *others):
            out.setdefault(_key(name), _key(canonical))
    return out


def nationality_words() -> frozenset[str]:
    """The adjectives of country (folded, without the article): السوري، syrian."""
    return _nationality_words()


@lru_cache(maxsize=1)
def _nationality_words() -> frozenset[str]:
    return frozenset(_nationalities())


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, tuple[str, ...]]:
    """Each adjective of ``data/nationalities.tsv`` (a folded word) to its country's canonical name."""
    table = resources.files("isnad.data").joinpath("nationalities.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in table.splitlines():
        if line.strip() and not line.startswith("#"):
            country, *adjectives = [cell.strip() for cell in line.split("\t")]
            for adjective in adjectives:
                out[" ".join(_key(adjective))] = _key(country)
    return out


@lru_cache(maxsize=1)
def _canonical() -> frozenset[tuple[str, ...]]:
    """The places the gazetteer knows, by their canonical names."""
    return frozenset(_gazetteer().values())


@lru_cache(maxsize=1)
def _longest_name() -> int:
    return max((len(name) for name in _gazetteer()), default=1)


@lru_cache(maxsize=1)
def _within() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {_key(canonical): _key(within) for canonical, within, _ in _place_rows() if within}


def _regions(place: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The places ``place`` lies in."""
    out: set[tuple[str, ...]] = set()
    while (place := _within().get(place)) is not None and place not in out:
        out.add(place)
    return out
