"""Do two wordings make the same claim? A probability, and the threshold that decides.

What the sentence encoder (:mod:`.encoder`) weighs little is checked apart, and
where it disagrees the pair is two claims whatever else it shares (probability 0):

- **figures** (:mod:`.figures`), however written: "Twelve" and "اثني عشر",
  "250" and "مئتين وخمسين"; "14 killed" and "40 killed" read alike to an
  encoder yet are two claims, and so are "killing three and wounding five" and
  "killing five and wounding three";
- **places and days** (:mod:`.events`): each naming a place the other does not,
  across scripts by transliteration (:mod:`.names`), or another weekday; or two
  articles whose openings name no place in common (:func:`.events.settings_apart`):
  "four people died" in a report from Indonesia and "أربعة قتلى" in one from Germany;
- **who did what to whom** (:mod:`.actors`): "fired by Israeli forces …
  wounded Hezbollah members" against the reverse;
- **what is asserted about a person** (:mod:`.subjects`): two wordings in
  one language that name one person ("the Iranian president Hassan Rouhani")
  and share no other word assert two things about that person;
- **stance** (:mod:`.polarity`): a claim and its denial or its opposite
  ("withdrew" / "did not withdraw", "sentenced" / "acquitted") are two claims,
  which :func:`disputes` tells apart from unrelated ones so that clustering
  can link them.

Two wordings share **specific content** (:mod:`.anchors`: a distinctive or a round
figure, a place smaller than a country, a day, a name across scripts, words that are
not a template's, ``generic_claim_words.txt``), or they are two claims: an encoder
scores one template about two events as near-identical ("claimed responsibility for
the attack" by two groups). Across languages, where no word can be compared, something
checkable must be shared (a country or one round figure will do).

Otherwise a learned model (:mod:`.pair_model`) weighs the named features of the
pair (:data:`FEATURES`): the cosine of the two sentence vectors, and whether the
pair is across languages, where cosines of one claim run lower; the anchors the two
share, by type; their word and letter-trigram overlap and lengths (a long span tells
several things); figures one side gives and the other does not. One event told in
other words (:func:`one_event`: "the convoy reached Mayadin" / "buses carrying IS
fighters arrived in Deir ez-Zor") is one claim whatever the model says. Its weights and its threshold
were fitted on the train split of ``data/claim_pairs/pairs.tsv`` (see
``data/models/pairs.md``); ``python -m bench.claim_pairs`` reports the test split.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from isnad.nlp import lexicon
from isnad.nlp.language import detect

from . import actors, anchors, events, figures, pair_model, polarity, subjects

ONE_ASSERTION = 18  # content words past which a wording tells several things (the event rule)

_WORD = re.compile(r"[^\W\d_]+")
# Light Arabic stemming: the clitics and the article glued to a word, and the
# commonest endings, so that الغارة، وغارات، بغارة share a stem.
_AR_PREFIX = re.compile(r"^(?:[وف]?(?:بال|كال|لل|ال)|[وف](?=\w{3}))")
_AR_SUFFIX = re.compile(r"(?:ات|ون|ين|ان|ها|هم|ه|ي)$")


@dataclass(frozen=True)
class Wording:
    """One claim wording, ready to compare: its vector, stems and numbers."""

    text: str
    lang: str
    vector: np.ndarray
    stems: frozenset[str]
    numbers: frozenset[str]
    event: events.Event = events.NO_EVENT
    stance: polarity.Stance = polarity.NEUTRAL
    roles: frozenset[tuple[str, str]] = frozenset()  # (figure, what it counts): see figures.read
    limits: frozenset[tuple[str, str]] = frozenset()  # (figure, above|below|around): figures.limits
    names: frozenset[str] = frozenset()  # skeletons that may tie it across scripts: anchors.names
    parties: frozenset[tuple[str, str]] = frozenset()  # (party, agent or patient): actors.roles
    setting: frozenset[tuple[str, ...]] = frozenset()  # where its article's news happened: events.setting


def wording(text: str, vector: np.ndarray, cue: str = "", published: str = "",
            setting: frozenset[tuple[str, ...]] = frozenset()) -> Wording:
    """``text`` ready to compare; ``cue``, the statement's cue, may deny it ("denied", نفى);
    ``published``, its article's date, dates the weekday it names; ``setting``, the places
    its article's opening names (:func:`.events.setting`; none when unknown)."""
    return Wording(text, vector=vector, setting=setting, **_read(text, cue, published))


@lru_cache(maxsize=1 << 16)  # the same wordings come back (relays, re-ingests, members)
def _read(text: str, cue: str = "", published: str = "") -> dict:
    lang = detect(text)
    content = stems(text, lang)
    found, roles = figures.read(text, lang)
    return {"lang": lang, "stems": content, "numbers": found, "roles": roles,
            "limits": figures.limits(text, lang),
            "event": events.event(text, lang, content, published),
            "stance": polarity.stance(text, lang, cue), "names": anchors.names(text, lang),
            "parties": actors.roles(text, lang)}


FEATURES = (
    "cosine",            # of the two sentence vectors
    "cosine_across",     # the same, across languages only: its own slope
    "across",            # an Arabic and an English wording
    "arabic",            # two Arabic wordings: the encoder scores Arabic paraphrases lower
    "cosine_arabic",     # the cosine of two Arabic wordings: its own slope
    "strong_figure",     # a figure of two significant digits or more, or two figures, on both sides
    "weak_figure",       # one round or small figure on both sides
    "place",             # one place smaller than a country on both sides
    "country",           # one place of any size, a country included, on both sides
    "place_cosine",      # a shared place weighs as much as the cosines say the wordings tell one thing
    "country_cosine",    # and so does a country: half the news of a region names it
    "nation",            # a country one side names by its adjective (Syrian)
    "only_countries",    # no anchor but countries (named or by adjective): half the news of a
                         # region names them
    "places_agree",      # both name where, and no place the other does not
    "date",              # one day on both sides
    "name",              # a name across scripts
    "shared_words",      # specific words in common (one language), up to 3, as a share of 3
    "stem_overlap",      # content stems in common, of the shorter wording's (one language)
    "trigram_overlap",   # letter trigrams of the content words in common, of the shorter's (one
                         # language): Arabic's patterns and clitics hide shared roots from stems
    "length_ratio",      # content words of the shorter wording, of the longer's
    "long",              # a wording of more than ONE_ASSERTION content words: several things told
    "figure_one_side",   # figures on one side only, beside 1 and 2 (Arabic says them by a
                         # noun's number: القبيلتين, "the two tribes")
    "figure_role",       # a figure both give counting the same thing ("seven killed", مقتل ٧):
                         # a small figure alone is weak, bound to what it counts much less so
)
_AT = {name: i for i, name in enumerate(FEATURES)}


@lru_cache(maxsize=1)
def model() -> pair_model.PairModel:
    """The packaged pair model, its weights in the order of :data:`FEATURES`."""
    return pair_model.current(FEATURES)


def __getattr__(name: str) -> float:
    # THRESHOLD (one claim at or above) and CONFIDENT (two statements surely one assertion at
    # or above: :mod:`.status`) are the model's: read when first asked for, so that training
    # a new model does not need the old one to load.
    if name == "THRESHOLD":
        return model().threshold
    if name == "CONFIDENT":
        return model().confident
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
_WORDS_COUNTED = 3


def score(a: Wording, b: Wording, cosine: float | None = None,
          chosen: pair_model.PairModel | None = None) -> float:
    """How likely ``a`` and ``b`` state one claim: 0 when their figures, events or stances disagree.

    ``cosine``, when the caller computed it for many pairs at once, saves the dot product;
    ``chosen``, another pair model than the packaged one (training uses it).
    """
    if polarity.opposed(a.stance, b.stance):
        return 0.0
    return _same_facts_score(a, b, cosine, chosen)


def disputes(a: Wording, b: Wording, cosine: float | None = None) -> bool:
    """Whether ``b`` denies or contradicts ``a``: opposite stances on what would otherwise be one claim."""
    return polarity.opposed(a.stance, b.stance) and _same_facts_score(a, b, cosine) >= model().threshold


def vetoed(a: Wording, b: Wording) -> bool:
    """Whether rules make the pair two claims, whatever the model would say: figures, events,
    roles or stances that disagree, one person with nothing asserted in common, no anchor."""
    return (polarity.opposed(a.stance, b.stance) or facts_differ(a, b)
            or not _anchored(a, b, anchors.between(a, b)))


def _anchored(a: Wording, b: Wording, shared: anchors.Anchors) -> bool:
    """Whether the pair shares specific content (one language) or anything checkable (across)."""
    return shared.specific() if a.lang == b.lang else shared.any()


def facts_differ(a: Wording, b: Wording) -> bool:
    b_numbers, b_roles = _as_counted_by(a, b)
    return (not numbers_agree(a.numbers, b_numbers) or not figures.roles_agree(a.roles, b_roles)
            or events.different_events(a.event, b.event) or actors.swapped(a.parties, b.parties)
            or events.settings_apart(a.setting, b.setting) or _only_the_person(a, b))


def _same_facts_score(a: Wording, b: Wording, cosine: float | None,
                      chosen: pair_model.PairModel | None = None) -> float:
    if facts_differ(a, b):
        return 0.0
    shared = anchors.between(a, b)
    if not _anchored(a, b, shared):
        # Only template words, or a country, in common: "claimed responsibility for the
        # attack" by two groups; "Russia is responsible" / "Russia failed to cut". Across
        # languages no word can be compared: a figure, a place, a name or a date must be.
        # (No train pair with nothing in common is one claim.)
        return 0.0
    chosen = chosen or model()
    probability = chosen.probability(features(a, b, cosine, shared))
    if probability < chosen.threshold and one_event(a, b, shared):
        return chosen.threshold
    return probability


def one_event(a: Wording, b: Wording, shared: anchors.Anchors | None = None) -> bool:
    """The event rule: two short wordings of one event in other words (every train pair it
    holds for is one claim) are one claim, though not one the model is confident of. A long
    span tells several things, and one event named among them is no match."""
    shared = shared or anchors.between(a, b)
    return (bool(shared.words) and max(len(a.stems), len(b.stems)) <= ONE_ASSERTION
            and events.same_event(a.event, b.event))


def features(a: Wording, b: Wording, cosine: float | None = None,
             shared: anchors.Anchors | None = None) -> np.ndarray:
    """The named features of the pair (:data:`FEATURES`), each between 0 and 1 (the cosine
    between -1 and 1); ``shared``, the anchors when the caller has them."""
    raw = float(np.dot(a.vector, b.vector)) if cosine is None else cosine
    across = a.lang != b.lang
    arabic = a.lang == b.lang == "ar"
    shared = shared or anchors.between(a, b)
    shorter, longer = sorted((len(a.stems), len(b.stems)))
    common = len(a.stems & b.stems) if not across else 0
    values = np.zeros(len(FEATURES))
    for name, value in (
            ("cosine", raw), ("cosine_across", raw if across else 0.0), ("across", across),
            ("arabic", arabic), ("cosine_arabic", raw if arabic else 0.0),
            ("place_cosine", raw * shared.place), ("country_cosine", raw * shared.country),
            ("only_countries", (shared.country or shared.nation) and not (
                shared.strong_figures or shared.weak_figures or shared.place or shared.date
                or shared.words or shared.name)),
            ("strong_figure", shared.strong_figures), ("weak_figure", shared.weak_figures),
            ("place", shared.place), ("country", shared.country), ("nation", shared.nation),
            ("places_agree", shared.places_agree), ("date", shared.date), ("name", shared.name),
            ("shared_words", min(len(shared.words), _WORDS_COUNTED) / _WORDS_COUNTED),
            ("stem_overlap", common / shorter if shorter else 0.0),
            ("trigram_overlap", 0.0 if across else _trigram_overlap(a.stems, b.stems)),
            ("length_ratio", shorter / longer if longer else 0.0),
            ("long", longer > ONE_ASSERTION),
            ("figure_one_side", _figures_on_one_side(a, b)),
            ("figure_role", bool(a.roles & b.roles))):
        values[_AT[name]] = float(value)
    return values


def _figures_on_one_side(a: Wording, b: Wording) -> bool:
    return bool(a.numbers - _SAID_BY_NUMBER) != bool(b.numbers - _SAID_BY_NUMBER)


_SAID_BY_NUMBER = frozenset({"1", "2"})


def _trigram_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    first, second = _trigrams(a), _trigrams(b)
    shorter = min(len(first), len(second))
    return len(first & second) / shorter if shorter else 0.0


@lru_cache(maxsize=1 << 16)
def _trigrams(words: frozenset[str]) -> frozenset[str]:
    return frozenset(word[i:i + 3] for word in words for i in range(max(1, len(word) - 2)))


def _only_the_person(a: Wording, b: Wording) -> bool:
    """One person named on both sides and nothing asserted in common (:mod:`.subjects`);
    a figure both give is something asserted in common."""
    if a.lang != b.lang or a.numbers & b.numbers:
        return False
    stem = _ar_stem if a.lang == "ar" else _en_stem
    # Where and when is not what is asserted: "met the opposition in Nairobi on Tuesday" and
    # "signed the bill in Nairobi on Tuesday" share them.
    setting = {word for event in (a.event, b.event) for place in event.places for word in place}
    setting |= a.event.days | b.event.days
    setting |= events.nationality_words() & (set(a.event.sequence) | set(b.event.sequence))
    return subjects.only_the_person(a.event.sequence, b.event.sequence, a.lang, stem,
                                    _stopwords(a.lang) | setting)


def may_reach_threshold(a: Wording, b: Wording, cosine: float) -> bool:
    """False when ``score(a, b)`` is surely below ``THRESHOLD``: a cheap test before the full one.

    It bounds the model's logit: the cosine and what is cheap to know exactly (lengths,
    overlap, figures on one side) as they are; each anchor at its best where the pair may
    have it, at 0 where it cannot (no figure on both sides, no place on either...). A pair
    with no anchor possible is two claims; one the event rule may join passes. Plain
    arithmetic: it runs on every candidate of every statement.
    """
    across = a.lang != b.lang
    bound = _bound()
    slope, offset = bound.by_languages["across" if across else ("ar" if a.lang == "ar" else "en")]
    shorter, longer = sorted((len(a.stems), len(b.stems)))
    common = 0 if across else len(a.stems & b.stems)
    w = bound.weights
    logit = bound.bias + slope * cosine + offset
    logit += w["stem_overlap"] * (common / shorter if shorter else 0.0)
    logit += w["length_ratio"] * (shorter / longer if longer else 0.0)
    logit += w["long"] * (longer > ONE_ASSERTION)
    logit += w["figure_one_side"] * _figures_on_one_side(a, b)
    figures_ = bool(a.numbers & b.numbers)
    places = bool(a.event.places or b.event.places)
    dates = bool((a.event.dates and b.event.dates) or (a.event.days and b.event.days))
    names = across and bool(a.names and b.names)
    nations = bool(a.event.nations or b.event.nations or common)
    best = bound.best
    if figures_:
        logit += best["strong_figure"] + best["weak_figure"]
    if places:
        logit += (best["place"] + best["country"] + best["places_agree"]
                  + max(0.0, w["place_cosine"] * cosine) + max(0.0, w["country_cosine"] * cosine))
    logit += best["date"] * dates + best["name"] * names + best["nation"] * nations
    logit += best["figure_role"] * bool(a.roles & b.roles)
    logit += best["only_countries"] * (places or nations)
    logit += best["shared_words"] * bool(common) + best["trigram_overlap"] * (not across)
    # What anchors may exist (anchors.Anchors.specific in one language, any across): with
    # none the pair is two claims.
    if not (figures_ or places or dates or (names or nations if across else common)):
        return False
    return (logit >= bound.threshold_logit
            or (longer <= ONE_ASSERTION and events.may_be_one(a.event, b.event)))  # one_event


def _logit(p: float) -> float:
    return float(np.log(p / (1 - p)))


@dataclass(frozen=True)
class _Bound:
    weights: dict[str, float]
    best: dict[str, float]  # a feature at its best: its weight when positive, else 0
    by_languages: dict[str, tuple[float, float]]  # the logit's cosine slope and offset
    bias: float
    threshold_logit: float


@lru_cache(maxsize=1)
def _bound() -> _Bound:
    chosen = model()
    w = {name: float(weight) for name, weight in zip(FEATURES, chosen.weights)}
    return _Bound(w, {name: max(0.0, weight) for name, weight in w.items()},
                  {"en": (w["cosine"], 0.0),
                   "ar": (w["cosine"] + w["cosine_arabic"], w["arabic"]),
                   "across": (w["cosine"] + w["cosine_across"], w["across"])},
                  chosen.bias, _logit(chosen.threshold))


def _as_counted_by(a: Wording, b: Wording) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """``b``'s figures and roles, a figure that agrees with one of ``a`` through a limit
    ("more than 60" and 62) renamed as ``a``'s, so that the checks compare them as one."""
    paired = figures.paired(a.numbers, a.limits, b.numbers, b.limits)
    if not paired:
        return b.numbers, b.roles
    return (frozenset(paired.get(n, n) for n in b.numbers),
            frozenset((paired.get(n, n), role) for n, role in b.roles))


def numbers_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Figures must match; one wording may give fewer of them ("14 killed" and "14 killed, 60 hurt")."""
    return not a or not b or a <= b or b <= a


def numbers(text: str) -> frozenset[str]:
    """The figures in ``text`` however written (:mod:`.figures`): "١٤" and "fourteen" as "14"."""
    return figures.figures(text, detect(text))


def stems(text: str, lang: str) -> frozenset[str]:
    """The content words of ``text``, folded and lightly stemmed, without stopwords."""
    stop = _stopwords(lang)
    out = set()
    for word in _WORD.findall(lexicon.fold(text, lang)):
        if word in stop:
            continue
        stem = _ar_stem(word) if lang == "ar" else _en_stem(word)
        if len(stem) > 1:
            out.add(stem)
    return frozenset(out)


def _ar_stem(word: str) -> str:
    stem = _AR_PREFIX.sub("", word)
    if len(stem) > 3:
        stem = _AR_SUFFIX.sub("", stem)
    return stem if len(stem) >= 2 else word


def _en_stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=None)
def _stopwords(lang: str) -> frozenset[str]:
    return lexicon.entries(lang, "claim_stopwords.txt")
