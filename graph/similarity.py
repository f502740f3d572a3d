"""Do two wordings make the same claim? A score and the threshold that decides.

The score is the cosine of the two sentence vectors (see :mod:`.encoder`), which
carries meaning across Arabic and English. What the encoder weighs little is
checked apart, and any of it that disagrees scores the pair 0:

- **figures** (:mod:`.figures`), however written: "Twelve" and "اثني عشر",
  "250" and "مئتين وخمسين"; "14 killed" and "40 killed" read alike to an
  encoder yet are two claims, and so are "killing three and wounding five" and
  "killing five and wounding three";
- **places and days** (:mod:`.events`): each naming a place the other does not,
  across scripts by transliteration (:mod:`.names`), or another weekday;
- **who did what to whom** (:mod:`.actors`): "fired by Israeli forces …
  wounded Hezbollah members" against the reverse;
- **what is asserted about a person** (:mod:`.subjects`): two wordings in
  one language that name one person ("the Iranian president Hassan Rouhani")
  and share no other word assert two things about that person;
- **stance** (:mod:`.polarity`): a claim and its denial or its opposite
  ("withdrew" / "did not withdraw", "sentenced" / "acquitted") are two claims,
  which :func:`disputes` tells apart from unrelated ones so that clustering
  can link them.

Two statements of one claim share **specific content** (:mod:`.anchors`): a
figure, a place, a day, a name, a word that is not a template's ("claimed
responsibility for the attack", "N people were wounded": the words of
``generic_claim_words.txt``). Two wordings in one language with nothing
specific in common, or in two languages with nothing checkable in common (not
even a country), are two claims however near their vectors: an encoder scores
one template about two events as near-identical.

Cosines between an Arabic and an English wording of one claim run lower than
between two wordings in one language, so a pair across languages gets
``CROSS_LINGUAL_SHIFT`` added; figures that agree on both sides add
``FIGURE_CREDIT``, one place named on both sides ``PLACE_CREDIT``: evidence
of one claim the encoder cannot weigh. Each credit needs its anchor to be
evidence: a distinctive figure (853, or two figures) at any cosine; a round one
(30, 10,000) or a place, beside another anchor, from ``CREDIT_FLOOR``; a
country, named by half the news of its region, only across languages and from
``COUNTRY_FLOOR``. (On the 573-article store these credits had lifted
cosines of 0.46 to the threshold: 29 claims corroborated, nearly all falsely.) Blending word overlap into the score was
tried and lowered F1 at every weight: the hard negatives ("laid off 300" /
"hired 300", one village for another) share most of their words, paraphrases
share few.

One event told in different words ("the convoy reached Mayadin" / "buses
carrying IS fighters arrived in Deir ez-Zor") can score far below the
threshold; when :func:`isnad.graph.events.same_event` holds (one event family,
compatible places, a shared actor or object, agreeing days) the pair scores
at least ``THRESHOLD``.

The shift and the credits were chosen on the train split of the labelled pairs
in ``data/claim_pairs/pairs.tsv`` (best F1; the threshold kept); the two floors
by hand, from the cosines of the store's false joins and of train pairs;
``python -m bench.claim_pairs --sweep`` repeats the search, and
``python -m bench.claim_pairs`` reports the test split.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from isnad.nlp import lexicon
from isnad.nlp.language import detect

from . import actors, anchors, events, figures, polarity, subjects

THRESHOLD = 0.79
CROSS_LINGUAL_SHIFT = 0.15
FIGURE_CREDIT = 0.18
PLACE_CREDIT = 0.18
CREDIT_FLOOR = 0.55  # raw cosine below which a weak figure or a place earns no credit
COUNTRY_FLOOR = 0.70  # and below which a country named on both sides earns none
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
    names: frozenset[str] = frozenset()  # skeletons that may tie it across scripts: anchors.names
    parties: frozenset[tuple[str, str]] = frozenset()  # (party, agent or patient): actors.roles


def wording(text: str, vector: np.ndarray, cue: str = "", published: str = "") -> Wording:
    """``text`` ready to compare; ``cue``, the statement's cue, may deny it ("denied", نفى);
    ``published``, its article's date, dates the weekday it names."""
    return Wording(text, vector=vector, **_features(text, cue, published))


@lru_cache(maxsize=1 << 16)  # the same wordings come back (relays, re-ingests, members)
def _features(text: str, cue: str = "", published: str = "") -> dict:
    lang = detect(text)
    content = stems(text, lang)
    found, roles = figures.read(text, lang)
    return {"lang": lang, "stems": content, "numbers": found, "roles": roles,
            "event": events.event(text, lang, content, published),
            "stance": polarity.stance(text, lang, cue), "names": anchors.names(text, lang),
            "parties": actors.roles(text, lang)}


def score(a: Wording, b: Wording, shift: float = CROSS_LINGUAL_SHIFT,
          cosine: float | None = None, credit: float = FIGURE_CREDIT,
          place_credit: float | None = None) -> float:
    """How surely ``a`` and ``b`` state one claim: 0 when their figures, events or stances disagree.

    ``cosine``, when the caller computed it for many pairs at once, saves the dot product.
    """
    if polarity.opposed(a.stance, b.stance):
        return 0.0
    return _same_facts_score(a, b, shift, cosine, credit, place_credit)


def disputes(a: Wording, b: Wording, cosine: float | None = None) -> bool:
    """Whether ``b`` denies or contradicts ``a``: opposite stances on what would otherwise be one claim."""
    return (polarity.opposed(a.stance, b.stance)
            and _same_facts_score(a, b, CROSS_LINGUAL_SHIFT, cosine, FIGURE_CREDIT) >= THRESHOLD)


def _same_facts_score(a: Wording, b: Wording, shift: float, cosine: float | None,
                      credit: float, place_credit: float | None = None) -> float:
    if (not numbers_agree(a.numbers, b.numbers) or not figures.roles_agree(a.roles, b.roles)
            or events.different_events(a.event, b.event) or actors.swapped(a.parties, b.parties)):
        return 0.0
    if _only_the_person(a, b):
        return 0.0
    shared = anchors.between(a, b)
    raw = float(np.dot(a.vector, b.vector)) if cosine is None else cosine
    if not (shared.specific() if a.lang == b.lang else shared.any()):
        # Only template words, or a country, in common: "claimed responsibility for the
        # attack" by two groups; "Russia is responsible" / "Russia failed to cut". Across
        # languages no word can be compared: a figure, a place, a name or a date must be.
        return 0.0
    score = _shifted(a, b, raw, shift)
    score += _credit(shared, raw, credit, place_credit)
    # The event rule lifts two short reports of one event; a long span tells several things,
    # and one event named among them ("... after the US withdrew from the deal") is no match.
    if (score < THRESHOLD and shared.words and max(len(a.stems), len(b.stems)) <= ONE_ASSERTION
            and events.same_event(a.event, b.event)):
        return THRESHOLD
    return score


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
    """False when ``score(a, b)`` is surely below ``THRESHOLD``: a cheap test before the full one."""
    # The most credit there may be: anchors are weighed in full only by score.
    most = (FIGURE_CREDIT if a.numbers & b.numbers else 0.0)
    most += PLACE_CREDIT if a.event.places or b.event.places else 0.0
    return (_shifted(a, b, cosine) + most >= THRESHOLD
            or events.may_be_one(a.event, b.event))


def _shifted(a: Wording, b: Wording, cosine: float, shift: float = CROSS_LINGUAL_SHIFT) -> float:
    return cosine + shift if a.lang != b.lang else cosine


def _credit(shared: anchors.Anchors, cosine: float, credit: float,
            place_credit: float | None = None) -> float:
    """Evidence the encoder cannot weigh (figures that agree: ``_same_facts_score`` checked
    them), each only past a cosine that says the wordings may tell one thing: a strong
    figure (:mod:`.anchors`) at any cosine; a weak one (30, 5, 10,000: thousands of events
    have it) or a place smaller than a country from ``CREDIT_FLOOR``; a country only from
    ``COUNTRY_FLOOR``: half the news of a region names it."""
    total = 0.0
    if shared.strong_figures or (shared.weak_figures and shared.specific() and cosine >= CREDIT_FLOOR):
        total += credit
    beside = shared.strong_figures or shared.weak_figures or shared.date or shared.words or shared.name
    if shared.places_agree and ((shared.place and beside and cosine >= CREDIT_FLOOR)
                                or (shared.country and cosine >= COUNTRY_FLOOR)):
        total += PLACE_CREDIT if place_credit is None else place_credit
    return total


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
