"""The figures a wording gives, however written: digits of any script, number words of either language.

"250", "٢٥٠", "۲۵۰", "two hundred and fifty" and "مئتين وخمسين" are one figure,
and so are "18 ألفا و787" and "18,787", "1.2 million" and "1,200,000". Two
wordings whose figures disagree are two claims (:func:`isnad.graph.similarity.score`),
so a figure must be read the same way on both sides, and a figure that is not
one ("dozens", "آلاف" alone, "الاثنين" the day) must not be read at all.

Number words are data (``lexicons/<lang>/number_words.tsv``); this module
only joins them the way each language does:

- Arabic: a unit before عشر/عشرة is a teen (خمسة عشر), a unit before و and a
  ten adds (خمسة وعشرون), مئة and the scales multiply what precedes them (ثلاث
  مئة، 18 ألفا) and take و and a smaller number after them (ألف ومئتان،
  18 ألفا و787). Two figures joined by و otherwise stay two (35 و40).
- English: a ten before a unit adds ("thirty-seven"), hundred and the scales
  multiply ("two hundred"), and after them a smaller number adds, with or
  without "and" ("two hundred and fifty"). Two figures joined by "and"
  otherwise stay two ("between 35 and 40").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from isnad.nlp import lexicon

# Arabic-Indic and Persian digits, the Arabic decimal and thousands separators.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_CLITICS = "وفبلك"  # a conjunction or preposition glued to an Arabic word
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


@dataclass
class _Number:
    """A figure being read: complete scale groups, the group under way, the last part read."""

    total: float = 0.0
    group: float = 0.0
    last: float = 0.0  # the value of the last word or digits read
    digits: bool = False  # the last part was written in digits

    def value(self) -> float:
        return self.total + self.group


def figures(text: str, lang: str) -> frozenset[str]:
    """The figures ``text`` gives, each as a canonical decimal string ("18787", "1.22")."""
    return read(text, lang)[0]


def read(text: str, lang: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The figures of ``text`` (see :func:`figures`) and what each counts: ``(figure, family)``
    for a figure next to a word of an event family ("killing three", "أصابوا خمسة"), and
    ``(figure, "=" + noun)`` for one bound to a noun of ``figure_nouns.tsv`` ("four years in
    prison", "ومنعها ... ثماني سنوات")."""
    tokens, names, each = _found(text, lang)
    roles = set()
    for name, first, last in each:
        family = _nearest_family(tokens, first, last, lang)
        if family:
            roles.add((name, family))
        noun = _bound_noun(tokens, first, last, lang)
        if noun:
            roles.add((name, BOUND + noun))
    return names, frozenset(roles)


BOUND = "="  # marks a role read from a bound noun, compared only with others of its kind


def _found(text: str, lang: str) -> tuple[list[str], frozenset[str], list[tuple[str, int, int]]]:
    """The folded tokens of ``text``, the names of its figures, and each name with the figure's
    first and last token."""
    tokens = _TOKEN.findall(lexicon.fold(text.translate(_DIGITS), lang))
    found = [item for item in _numbers(tokens, lang)
             if not (_DAY_RANGE.fullmatch(item[0]) and _a_date(tokens, item[1], item[2], lang))]
    names = _counted([figure for figure, _, _ in found])
    return tokens, names, [(name, first, last) for name, (_, first, last) in zip(_in_order(names, found), found)]


def limits(text: str, lang: str) -> frozenset[tuple[str, str]]:
    """``(figure, side)`` for each figure of ``text`` given as a limit or an estimate rather
    than a count (``figure_limits.tsv``): "more than 60" is ``("60", "above")``, "up to 40"
    ``("40", "below")``, "about 250" ``("250", "around")``, "nearly 60" ``("60", "nearly")``.
    :func:`paired` reads them."""
    tokens, _, each = _found(text, lang)
    return frozenset((name, side) for name, first, last in each
                     if (side := _limit_at(tokens, first, last, lang)))


def paired(a: frozenset[str], a_limits: frozenset[tuple[str, str]],
           b: frozenset[str], b_limits: frozenset[tuple[str, str]]) -> dict[str, str]:
    """Figures of ``b`` that one of ``a`` agrees with through a limit, each mapped to it: "more
    than 60 wounded" and "62 wounded" say one thing, "more than 60" and "55" do not. A count
    agrees with a limit it falls within (:data:`_WITHIN`); two limits agree only when equal,
    which needs no pairing."""
    a_sides, b_sides = dict(a_limits), dict(b_limits)
    left = sorted(b - a)
    out = {}
    for x in sorted(a - b):
        y = next((y for y in left if _within(x, a_sides.get(x), y, b_sides.get(y))), None)
        if y is not None:
            out[y] = x
            left.remove(y)
    return out


# How far from its figure a limit reaches: a reporter writes "more than 60" for 62, not for
# 600, "about 250" for 240 or 260, and "nearly 10,000" for 9,800, not for 9,219.
_WITHIN = {"above": (1.0, 1.5), "below": (1 / 1.5, 1.0), "around": (0.9, 1.1), "nearly": (0.95, 1.0)}


def _within(x: str, x_side: str | None, y: str, y_side: str | None) -> bool:
    if bool(x_side) == bool(y_side):
        return False  # two counts, or two limits: only the same figure agrees
    limit, side, count = (x, x_side, y) if x_side else (y, y_side, x)
    low, high = _WITHIN[side]
    value = float(limit.split("#")[0])
    return low * value <= float(count.split("#")[0]) <= high * value


def _limit_at(tokens: list[str], first: int, last: int, lang: str) -> str:
    """The side of the limit words around the figure at ``tokens[first:last + 1]``, or ""."""
    for words, side, where in _limit_words(lang):
        if where == "before":
            start = first - len(words)
            if start >= 0 and _words_at(tokens, start, words, lang):
                return side
        # After the figure, or past the noun it counts: 59 شخصا على الأقل، 100 people or more.
        elif any(_words_at(tokens, at, words, lang) for at in (last + 1, last + 2)):
            return side
    return ""


def _words_at(tokens: list[str], at: int, words: tuple[str, ...], lang: str) -> bool:
    here = tokens[at:at + len(words)]
    if len(here) != len(words):
        return False
    head = here[0]
    if lang == "ar" and head != words[0] and head[:1] in _CLITICS and head[1:] == words[0]:
        head = words[0]  # بأكثر من، وأكثر من
    return head == words[0] and tuple(here[1:]) == words[1:]


@lru_cache(maxsize=None)
def _limit_words(lang: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """(folded words, side, before or after) of ``figure_limits.tsv``, the longest first."""
    rows = [(tuple(_TOKEN.findall(lexicon.fold(words, lang))), side, where)
            for words, side, where in lexicon.rows(lang, "figure_limits.tsv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def roles_agree(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """False when a figure counts one thing on one side and another on the other: "killing
    three and wounding five" against "killing five and wounding three", "four years in
    prison and an eight-year ban" against "eight years in prison and a four-year ban". A
    toll is compared with tolls and a bound noun with bound nouns."""
    return all(_kind_agrees([role for role in a if _is_bound(role) is bound],
                            [role for role in b if _is_bound(role) is bound])
               for bound in (False, True))


def _a_date(tokens: list[str], first: int, last: int, lang: str) -> bool:
    """Whether the number at ``tokens[first:last + 1]`` is a date's day, not a figure: beside
    a month ("June 14", 14 حزيران) or the tens of an ordinal (الرابع عشر من حزيران)."""
    months = _month_names(lang)
    after = tokens[last + 1] if last + 1 < len(tokens) else ""
    if after in _OF and last + 2 < len(tokens):
        after = tokens[last + 2]
    before = tokens[first - 1] if first else ""
    ordinal = _AR_ARTICLE.sub("", before) in _ordinal_words(lang)
    return _month(after, months) or _month(before, months) or ordinal


_OF = frozenset({"of", "من"})
_DAY_RANGE = re.compile(r"[1-9]|[12]\d|3[01]")  # a figure that may be a day of the month
_AR_ARTICLE = re.compile(r"^[وف]?ال")


def _month(word: str, months: frozenset[str]) -> bool:
    return word in months or _AR_ARTICLE.sub("", word) in months


@lru_cache(maxsize=None)
def _month_names(lang: str) -> frozenset[str]:
    # كانون and تشرين too (number 0: which of two months the next word says): either way
    # the number beside them is a day, not a figure ("23 تشرين الثاني").
    return frozenset(lexicon.fold(name, lang) for name, _ in lexicon.rows(lang, "months.tsv"))


@lru_cache(maxsize=None)
def _ordinal_words(lang: str) -> frozenset[str]:
    """The first word of each ordinal day (رابع of رابع عشر)."""
    return frozenset(lexicon.fold(words.split()[0], lang) for _, words in lexicon.rows(lang, "ordinals.tsv"))


def _is_bound(role: tuple[str, str]) -> bool:
    return role[1].startswith(BOUND)


def _kind_agrees(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    counts_a: dict[str, set[str]] = {}
    for figure, family in a:
        counts_a.setdefault(figure, set()).add(family)
    counts_b: dict[str, set[str]] = {}
    for figure, family in b:
        counts_b.setdefault(figure, set()).add(family)
    return all(counts_a[figure] & counts_b[figure] for figure in counts_a.keys() & counts_b.keys())


# The noun a figure is bound to is the nearest noun of figure_nouns.tsv on either side,
# within _BOUND_REACH words, not past another figure: English puts it after ("four years
# imprisonment", "an eight-year ban") or before ("banned from office for eight years"),
# Arabic mostly before (بالسجن أربع سنوات، ومنعها من تولي منصب لمدة ثماني سنوات).
_BOUND_REACH = 6
_AR_CLITICS = re.compile(r"^[وف]?(?:بال|كال|لل|ال|[بلك])?")
_AR_PRONOUN = re.compile(r"(?:هما|هم|ها|ه)$")


def _bound_noun(tokens: list[str], first: int, last: int, lang: str) -> str:
    nearest: tuple[int, str] | None = None
    for step, start in ((-1, first - 1), (1, last + 1)):
        at, distance = start, 1
        while 0 <= at < len(tokens) and distance <= _BOUND_REACH:
            if tokens[at][0].isdigit() or _part(tokens, at, lang)[0][0] is not None:
                break
            noun = _noun_of(tokens[at], lang)
            if noun:
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, noun)
                break
            at, distance = at + step, distance + 1
    return nearest[1] if nearest else ""


def _noun_of(token: str, lang: str) -> str:
    table = _figure_nouns(lang)
    if token in table or lang != "ar":
        return table.get(token, "")
    bare = _AR_CLITICS.sub("", token) if len(token) > 4 else token
    return table.get(bare) or table.get(_AR_PRONOUN.sub("", bare), "")


@lru_cache(maxsize=None)
def _figure_nouns(lang: str) -> dict[str, str]:
    return {lexicon.fold(form, lang): noun
            for noun, *forms in lexicon.rows(lang, "figure_nouns.tsv") for form in forms}


# What a figure counts is read from the few words before it ("killing three", مقتل 24, قتل
# الجيش 12), past the words that only qualify the figure ("killed at least 168"), else from
# the few words after it ("11 deaths", "12 soldiers were wounded"); neither side reads past
# another figure. Only tolls are read.
_ROLES = frozenset({"killing", "injury"})
_AFTER = 3
_BEFORE = {"ar": 3, "en": 1}  # English puts the agent before its verb, not between


def _nearest_family(tokens: list[str], first: int, last: int, lang: str) -> str:
    from .events import family_of  # events reads figures' neighbours, not the other way
    if found := _toll(family_of(tokens[first], lang)):
        return found  # a toll's noun that is its own count: جريحين
    skip = lexicon.entries(lang, "approximators.txt")
    at, read = first - 1, 0
    # Before the figure, up to the verb that governs it: Arabic puts the agent between the
    # verb and its count (قتل مسلحون ملثمون 59 شخصا), so the toll is read there before any
    # word after the figure, which may open the next clause (… وأصابوا أكثر من مئة). In
    # English only the word before counts: "24 were killed and 37 wounded".
    while at >= 0 and read < _BEFORE[lang]:
        if tokens[at][0].isdigit() or _part(tokens, at, lang)[0][0] is not None:
            break  # the previous figure's words are its own
        if found := _toll(family_of(tokens[at], lang)):
            return found
        if tokens[at] not in skip and _opens_phrase(tokens[at], lang):
            break  # خلال الأشهر الستة، و11 وفاة: the figure is not the verb's count
        read += tokens[at] not in skip
        at -= 1
    # After the figure too, "at least" stands aside: 31 شخصا على الأقل لقوا حتفهم.
    at, read = last + 1, 0
    while at < len(tokens) and read < _AFTER:
        if tokens[at][0].isdigit() or _part(tokens, at, lang)[0][0] is not None:
            break  # the next figure's words are its own
        if lang == "ar" and tokens[at] in lexicon.entries(lang, "uncounted_after.txt"):
            break  # ألفا مدني بين قتيل وجريح: killed or wounded, neither alone
        if found := _toll(family_of(tokens[at], lang)):
            return found
        read += tokens[at] not in skip
        at += 1
    return ""


def _opens_phrase(token: str, lang: str) -> bool:
    """Whether ``token`` opens a phrase of its own: a conjunction or a preposition."""
    return (token == _JOINER[lang] or lang == "ar" and token[:1] == "و" and len(token) > 3
            or token in _prepositions(lang))


@lru_cache(maxsize=None)
def _prepositions(lang: str) -> frozenset[str]:
    if lang != "ar":
        return frozenset()
    return lexicon.entries(lang, "particles.txt") | frozenset(
        entry for entry in lexicon.entries(lang, "adjunct_openers.txt") if " " not in entry)


def _toll(families: tuple[str, ...]) -> str:
    return next((family for family in families if family in _ROLES), "")


def _in_order(names: frozenset[str], found: list[tuple[str, int, int]]) -> list[str]:
    """The names :func:`_counted` gave the figures, in the order they were found."""
    seen: dict[str, int] = {}
    out = []
    for figure, _, _ in found:
        seen[figure] = seen.get(figure, 0) + 1
        out.append(figure if seen[figure] == 1 else f"{figure}#{seen[figure]}")
    return out


def _numbers(tokens: list[str], lang: str) -> list[tuple[str, int, int]]:
    """Each figure of ``tokens`` with the indexes of its first and last token."""
    out: list[tuple[str, int, int]] = []
    current: _Number | None = None
    first = 0
    joiner = False  # an "and" or a و stands between the last part and this one
    i = 0
    while i < len(tokens):
        (part, glued), used = _part(tokens, i, lang)
        i += used
        if part is None:
            if current is not None and not joiner and tokens[i - 1] == _JOINER[lang]:
                joiner = True
                continue
            if current is not None:
                out.append((_canonical(current.value()), first, i - used - 1))
            current, joiner = None, False
            continue
        value, is_digits, only_after = part
        joined = joiner or glued
        if current is not None and _joins(current, value, is_digits, joined, lang):
            _add(current, value, is_digits)
        else:
            if current is not None:
                out.append((_canonical(current.value()), first, i - used - 1))
            current = None
            if not only_after:  # "آلاف", "millions" alone are no figure
                current, first = _Number(), i - used
                _add(current, value, is_digits)
        joiner = False
    if current is not None:
        out.append((_canonical(current.value()), first, len(tokens) - 1))
    return out


def _counted(found: list[str]) -> frozenset[str]:
    """The figures, a figure given twice kept twice ("5" and "5#2"): "five soldiers and five
    rebels" does not agree with "seven soldiers and five rebels"."""
    return frozenset(_in_order(frozenset(), [(figure, 0, 0) for figure in found]))


_JOINER = {"ar": "و", "en": "and"}
_Part = tuple[float, bool, bool]  # value, written in digits, a figure only after another


def _part(tokens: list[str], i: int, lang: str) -> tuple[tuple[_Part | None, bool], int]:
    """``((part, glued to a و), tokens used)`` at ``tokens[i]``; the part is None for a word."""
    found = _number_part(tokens, i, lang)
    if found[0][0] is None and lang == "ar":
        counted = _counted_noun(tokens, i)
        if counted:
            return ((counted, False, False), False), 1
    return found


def _number_part(tokens: list[str], i: int, lang: str) -> tuple[tuple[_Part | None, bool], int]:
    """:func:`_part` of digits and number words only, not of a noun that counts by its form."""
    token = tokens[i]
    if token[0].isdigit():
        return ((_digits(token), True, False), False), 1
    phrase = _phrases(lang).get(" ".join(tokens[i:i + 2]))
    if phrase is not None:
        return ((phrase, False, False), False), 2
    words = _words(lang)
    if token in words:
        return (words[token], False), 1
    if lang == "ar":
        glued = len(token) > 3 and token[0] in _CLITICS
        bare = token[1:] if glued else token
        if (bare.startswith("ال") and bare[2:] in words and bare[2:] not in _weekdays()
                and (words[bare[2:]][0] < 100 or _and_number_after(tokens, i))):
            # الخمسون، الثلاثة; المئة when a number follows with و (المئة والخمسون), since
            # بالمئة alone is "percent"; الاثنين is Monday
            bare = bare[2:]
        if bare in words and bare != token:
            return (words[bare], glued and token[0] == "و"), 1
    return (None, False), 1


def _counted_noun(tokens: list[str], i: int) -> float:
    """The figure an Arabic noun gives by its number (``counted_nouns.tsv``): 2 for a dual
    (صاروخين), 1 for a singular right after a word of a toll (مقتل شخص) or a toll's own noun
    (قتيل), else 0."""
    from .events import family_of  # events reads figures' neighbours, not the other way
    singulars, duals = _counted_nouns()
    token = tokens[i]
    bare = token[1:] if token not in singulars | duals and token[:1] in _CLITICS else token
    if bare in duals:
        return 2.0
    if _uncounted(tokens, i) or i > 0 and _after_a_figure(tokens, i):
        return 0.0
    if bare in singulars and (_toll(family_of(bare, "ar"))  # قتيل، جريح: the toll's own noun
                              or i > 0 and _toll(family_of(tokens[i - 1], "ar"))):
        return 1.0
    return 0.0


def _after_a_figure(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is the noun a figure before it counts: 37 قتيلاً، أحد عشر شخصاً
    (Arabic counts 11 to 99 with a singular noun), one figure, not a second one of 1."""
    # Digits and number words only: asking whether the word before is itself a counted noun
    # would ask it of the word before that, and so on down the sentence.
    before = tokens[i - 1]
    return before[0].isdigit() or _number_part(tokens, i - 1, "ar")[0][0] is not None


def _uncounted(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a noun of a pair that counts no one: بين قتيل وجريح is
    "killed or wounded", both nouns of it."""
    before = lexicon.entries("ar", "uncounted_after.txt")
    return (i > 0 and tokens[i - 1] in before
            or i > 1 and tokens[i][:1] == "و" and tokens[i - 2] in before)


@lru_cache(maxsize=1)
def _counted_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(singular forms, dual forms) of the nouns that say their count (``counted_nouns.tsv``)."""
    forms = {count: frozenset(lexicon.fold(form, "ar") for form in rest)
             for count, *rest in lexicon.rows("ar", "counted_nouns.tsv")}
    return forms["1"], forms["2"]


def _and_number_after(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i + 1]`` is و glued to an Arabic number word (والخمسون)."""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    bare = after[1:]
    if bare.startswith("ال"):
        bare = bare[2:]
    return after[:1] == "و" and bare in _words("ar")


def _joins(current: _Number, value: float, is_digits: bool, joined: bool, lang: str) -> bool:
    """Whether the part ``value`` continues the figure being read rather than starting another."""
    last = current.last
    if value >= 100 and _is_scale(value) and not joined:
        return value > last  # "two hundred", "18 ألفا", "1.2 million"
    if not current.digits and last >= 100 and last % 100 == 0 and value < min(last, 100 if last < 1000 else last):
        return joined or (lang == "en" and not is_digits)  # "ألف ومئتان", "مئتين وخمسين", "a hundred and five"
    if current.digits or is_digits:
        return False  # two figures in digits are two figures
    if lang == "ar":
        if value == 10 and not joined:
            return 1 <= last <= 9  # خمسة عشر، اثنا عشر
        return joined and 20 <= value <= 90 and value % 10 == 0 and 1 <= last <= 9
    return not joined and 20 <= last <= 90 and last % 10 == 0 and 1 <= value <= 9


def _add(current: _Number, value: float, is_digits: bool) -> None:
    if _is_scale(value) and value >= 1000:
        current.total += max(current.group, 1) * value
        current.group = 0
    elif value == 100:
        current.group = max(current.group, 1) * 100
    else:
        current.group += value
    current.last, current.digits = value, is_digits


def _is_scale(value: float) -> bool:
    """Hundred, thousand, million, billion: words that multiply what comes before them."""
    return value in (100, 1_000, 1_000_000, 1_000_000_000)


def _digits(token: str) -> float:
    # A comma before groups of three digits groups thousands; otherwise it is a decimal point.
    if _GROUPED.fullmatch(token):
        return float(token.replace(",", ""))
    token = token.replace(",", ".")
    if token.count(".") > 1:  # 1.234.567
        return float(token.replace(".", ""))
    return float(token)


def _canonical(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=None)
def number_words(lang: str) -> frozenset[str]:
    """The folded number words of ``lang`` ("twelve", "اثنا")."""
    return frozenset(_words(lang))


@lru_cache(maxsize=None)
def _words(lang: str) -> dict[str, _Part]:
    """Each folded number word of ``lang`` (one word) to its part; a form marked ``+``
    (a plural: آلاف، millions) is a figure only after another."""
    out: dict[str, _Part] = {}
    for value, *forms in lexicon.rows(lang, "number_words.tsv"):
        for form in forms:
            folded = lexicon.fold(form.rstrip("+"), lang)
            if " " not in folded:
                out[folded] = (float(value), False, form.endswith("+"))
    return out


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    return frozenset(lexicon.fold(line.split("\t")[0].strip(), "ar")
                     for line in lexicon.lines("ar", "weekdays.txt"))


@lru_cache(maxsize=None)
def _phrases(lang: str) -> dict[str, float]:
    """Number words of two words (أحد عشر): أحد alone is "one of", not 1."""
    return {lexicon.fold(form, lang): float(value)
            for value, *forms in lexicon.rows(lang, "number_words.tsv")
            for form in forms if " " in form}


# A word as _TOKEN reads it after folding, but with the marks folding drops (Arabic
# diacritics, tatweel, invisible joiners) kept inside it, so that each token keeps its span
# in the unfolded text.
_SPANNED = re.compile(r"\d+(?:[.,]\d+)*|(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670"
                      r"\u06d6-\u06ed\u0640\u200b-\u200f\u2060\ufeff])+")


def in_digits(text: str, lang: str) -> str:
    """``text`` with each figure written in Latin digits, without separators: "ألفا ومئتي"
    and "١٢٠٠" as "1200", "Sixty-three" as "63".

    For the sentence encoder: it reads "1,200 workers" and "ألفا ومئتي عامل" as far apart
    (cosine 0.36; 0.65 once both say 1200), though the figures are checked as equal apart
    from it. Only spans made of digits and number words are rewritten: a noun that gives
    its count by its form (صاروخين) keeps its word, "one" stays a word ("no one"), and a
    date's day stays as written. When the spans cannot be lined up with what :func:`read`
    reads, only the digits are rewritten.
    """
    plain = text.translate(_DIGITS)
    spans = [match.span() for match in _SPANNED.finditer(plain)]
    tokens = [lexicon.fold(plain[start:end], lang) for start, end in spans]
    if tokens != _TOKEN.findall(lexicon.fold(plain, lang)):
        return plain
    out, at = [], 0
    for figure, first, last in _numbers(tokens, lang):
        if (_DAY_RANGE.fullmatch(figure) and _a_date(tokens, first, last, lang)) or figure == "1" \
                or not all(_a_number_token(token, lang) for token in tokens[first:last + 1]):
            continue
        start, end = spans[first][0], spans[last][1]
        if lang == "ar" and tokens[first][0] in _CLITICS and tokens[first] not in _words(lang):
            start += 1  # the clitic stays: وخمسة as و25
        out += [plain[at:start], figure]
        at = end
    out.append(plain[at:])
    return "".join(out)


@lru_cache(maxsize=None)
def _phrase_words(lang: str) -> frozenset[str]:
    return frozenset(word for phrase in _phrases(lang) for word in phrase.split())


def _a_number_token(token: str, lang: str) -> bool:
    """Digits, a number word (an Arabic one with a clitic or the article before it) or the joiner."""
    if token[0].isdigit() or token == _JOINER[lang] or token in _words(lang):
        return True
    if token in _phrase_words(lang):
        return True
    if lang != "ar":
        return False
    bare = token[1:] if len(token) > 3 and token[0] in _CLITICS else token
    return bare in _words(lang) or bare.startswith("ال") and bare[2:] in _words(lang)
