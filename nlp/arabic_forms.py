"""Inflected forms of the Arabic speech verbs listed in ``verbs.tsv``.

The lexicon lists a verb once, by its past and present stems; writers use it
in the third person of either tense, singular, dual or plural, masculine or
feminine (قال، قالت، قالا، قالوا، يقول، تقول، يقولون).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon


@dataclass(frozen=True)
class Verb:
    past: str
    present: str
    preposition: str | None  # the preposition that opens its content, if any


def past_forms(stem: str) -> list[str]:
    if stem[-1] in "ىا":  # نفى → نفت، نفوا ; دعا → دعت، دعوا
        base = stem[:-1]
        return [stem, base + "ت", base + "وا", base + "يا", base + "تا"]
    return [stem, stem + "ت", stem + "وا", stem + "ا", stem + "تا"]


def present_forms(stem: str) -> list[str]:
    feminine = "ت" + stem[1:]
    if stem[-1] in "يىو":  # ينفي → ينفون ; يدعو → يدعون
        base = stem[:-1]
        return [stem, feminine, base + "ون", base + "ان"]
    return [stem, feminine, stem + "ون", stem + "ان"]


OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")


def with_object(form: str) -> list[str]:
    """A past form with its object's pronoun attached: وصف → وصفه، وصفت → وصفتها، وصفوا → وصفوه."""
    base = form[:-1] if form.endswith("وا") else form  # the plural's silent alef goes before a pronoun
    return [base + pronoun for pronoun in OBJECT_PRONOUNS]


@lru_cache(maxsize=None)
def verbs() -> dict[str, Verb]:
    """Every inflected form, folded, mapped to its verb."""
    table: dict[str, Verb] = {}
    for row in lexicon.rows("ar", "verbs.tsv"):
        verb = Verb(row[0], row[1], row[2] if len(row) > 2 and row[2] else None)
        for form in past_forms(verb.past) + present_forms(verb.present):
            table.setdefault(lexicon.fold(form), verb)
    for form, verb in object_forms().items():
        table.setdefault(form, verb)
    return table


@lru_cache(maxsize=None)
def object_forms() -> dict[str, Verb]:
    """The past forms, with an object pronoun, of the verbs in ``object_pronoun_verbs.txt``, folded."""
    plain = {lexicon.fold(row[0]): row for row in lexicon.rows("ar", "verbs.tsv")}
    table: dict[str, Verb] = {}
    for entry in lexicon.lines("ar", "object_pronoun_verbs.txt"):
        row = plain.get(lexicon.fold(entry))
        if row is None:
            continue
        verb = Verb(row[0], row[1], row[2] if len(row) > 2 and row[2] else None)
        for form in past_forms(verb.past):
            for suffixed in with_object(form):
                table[lexicon.fold(suffixed)] = verb
    return table


def verbal_noun(folded: str) -> bool:
    """Whether a folded word is a verbal noun by its shape or by ``verbal_nouns.txt``."""
    return bool(_masdar_shapes().match(folded)) or folded in _verbal_nouns()


@lru_cache(maxsize=None)
def _masdar_shapes() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in lexicon.lines("ar", "masdar_patterns.txt")))


@lru_cache(maxsize=None)
def _verbal_nouns() -> frozenset[str]:
    return lexicon.entries("ar", "verbal_nouns.txt")


def feminine(form: str, verb: Verb) -> bool:
    """Whether a folded form is the verb's feminine singular (قالت، تقول), which a masculine
    noun after it cannot be the subject of."""
    past, present = lexicon.fold(verb.past), lexicon.fold(verb.present)
    past_feminine = (past[:-1] if past[-1:] in "ىا" else past) + "ت"
    return form == past_feminine or form == "ت" + present[1:]
