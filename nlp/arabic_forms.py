"""Inflected forms of the Arabic speech verbs listed in ``verbs.tsv``.

The lexicon lists a verb once, by its past and present stems; writers use it
in the third person of either tense, singular, dual or plural, masculine or
feminine (قال، قالت، قالا، قالوا، يقول، تقول، يقولون).
"""
from __future__ import annotations

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


@lru_cache(maxsize=None)
def verbs() -> dict[str, Verb]:
    """Every inflected form, folded, mapped to its verb."""
    table: dict[str, Verb] = {}
    for row in lexicon.rows("ar", "verbs.tsv"):
        verb = Verb(row[0], row[1], row[2] if len(row) > 2 and row[2] else None)
        for form in past_forms(verb.past) + present_forms(verb.present):
            table.setdefault(lexicon.fold(form), verb)
    return table
