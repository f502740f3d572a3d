"""Who did what to whom: the parties of an act, read where the roles are plain.

"A grenade fired by Israeli forces wounded three Hezbollah members" and "a
grenade fired by Hezbollah members wounded three Israeli soldiers" share every
word and figure and read alike to an encoder, yet are two claims: the parties
swapped roles. This module reads, for the parties it knows (the organizations
of ``data/gazetteer.tsv`` and the country adjectives of ``data/nationalities.tsv``,
in either script), whether each is the **agent** or the **patient** of an act of
``lexicons/<lang>/acts.tsv`` (fired, attacked, wounded; أطلقت، هاجمت، أصيب):

- English: a party named within ``_BY_REACH`` words after "by" is an agent
  ("fired by Israeli forces"); otherwise the nearest act within ``_REACH`` words
  decides: before an active verb an agent, after it a patient; before a passive
  one (a form of "be" before it: "were wounded") a patient.
- Arabic, verb first: after a passive verb (أصيب) a party is a patient; after
  an active one the first party, if it stands within ``_VSO_REACH`` words of the
  verb, is its agent (أطلقتها القوات الإسرائيلية) and the others its patients;
  when the first stands further (أصابت ثلاثة جنود …: the subject may have come
  before) no role is read; after من قبل an agent. A party before its verb is
  not read: a verb with a pronoun (بقنبلة أطلقتها) refers back to a thing.

Two wordings :func:`swapped` when a party is only an agent in one and only a
patient in the other. A party read in one wording and not the other says nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from isnad.nlp import lexicon

AGENT, PATIENT = "agent", "patient"
_REACH = 8  # words between a party and the act whose role it takes
_VSO_REACH = 2  # words between an Arabic verb and its subject (هاجمت القوات الإسرائيلية)
_BY_REACH = 3  # words between "by" and the party it names ("by a grenade Israeli forces fired")
_WORD = re.compile(r"[^\W\d_]+")
_AR_CLITIC = re.compile(r"^[وفبلك]")
_AR_PRONOUN = re.compile(r"(?:هما|هم|ها|ه)$")


def roles(text: str, lang: str) -> frozenset[tuple[str, str]]:
    """``(party, role)`` for each party of ``text`` whose role is plain (see the module)."""
    words = [lexicon.fold(word, lang) for word in _WORD.findall(text)]
    acts = _acts_in(words, lang)
    if not acts:
        return frozenset()
    parties = _parties_in(words, lang)
    read = _english(words, acts, parties) if lang == "en" else _arabic(words, acts, parties)
    return frozenset(read)


def swapped(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Whether a party is only the agent on one side and only the patient on the other."""
    def only(read: frozenset[tuple[str, str]], role: str) -> set[str]:
        mine = {party for party, r in read if r == role}
        return mine - {party for party, r in read if r != role}
    return bool(only(a, AGENT) & only(b, PATIENT) or only(a, PATIENT) & only(b, AGENT))


def _english(words: list[str], acts: dict[int, bool], parties: list[tuple[int, int, str]]) -> set:
    out = set()
    for start, _, party in parties:
        if _after_by(words, acts, start):
            out.add((party, AGENT))
            continue
        near = min(acts, key=lambda at: abs(at - start))
        if abs(near - start) > _REACH:
            continue
        passive = acts[near]
        if near > start:
            out.add((party, PATIENT if passive else AGENT))
        elif not passive:
            out.add((party, PATIENT))
    return out


def _after_by(words: list[str], acts: dict[int, bool], start: int) -> bool:
    """Whether "by" names the party at ``start``: within ``_BY_REACH`` words before it, no
    act between ("fired by Hamas wounded two Israeli soldiers": the soldiers are not "by")."""
    for at in range(start - 1, max(-1, start - _BY_REACH - 2), -1):
        if at in acts:
            return False
        if words[at] == "by":
            return True
    return False


def _arabic(words: list[str], acts: dict[int, bool], parties: list[tuple[int, int, str]]) -> set:
    out = set()
    first_after: dict[int, int] = {}  # an active act -> the start of the first party after it
    for start, _, party in parties:
        if start >= 2 and words[start - 1] == "قبل" and words[start - 2] == "من":
            out.add((party, AGENT))
            continue
        before = [at for at in acts if start - _REACH <= at < start]
        if not before:
            continue
        act = max(before)
        if acts[act]:
            out.add((party, PATIENT))
            continue
        first = first_after.setdefault(act, start)
        if first - act > _VSO_REACH + 1:
            continue  # no subject read after the verb: whose act it is stays unknown
        out.add((party, AGENT if first == start else PATIENT))
    return out


def _acts_in(words: list[str], lang: str) -> dict[int, bool]:
    """Each act's index, and whether it is passive."""
    table = _acts(lang)
    be = lexicon.entries("en", "be.txt") | {"been", "being"} if lang == "en" else frozenset()
    out = {}
    for i, word in enumerate(words):
        voice = table.get(word) if lang == "en" else _arabic_form(word, table)
        if voice is None:
            continue
        passive = voice == "passive" or any(w in be for w in words[max(0, i - 2):i])
        out[i] = passive
    return out


def _arabic_form(word: str, table: dict[str, str]) -> str | None:
    for form in (word, _AR_PRONOUN.sub("", word)):
        for bare in (form, _AR_CLITIC.sub("", form)):
            if bare in table:
                return table[bare]
    return None


def _parties_in(words: list[str], lang: str) -> list[tuple[int, int, str]]:
    """``(start, end, party)`` for each party named, the longest name first at each word."""
    table = _parties()
    longest = max((len(key) for key in table), default=1)
    keys = [_bare(word, lang) for word in words]
    out, i = [], 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            party = _match(words, keys, i, size, table, lang)
            if party:
                out.append((i, i + size, party))
                i += size
                break
        else:
            i += 1
    return out


def _match(words: list[str], keys: list[str], i: int, size: int, table: dict, lang: str) -> str:
    rest = tuple(keys[i + 1:i + size])
    for first in {keys[i], _bare(_AR_CLITIC.sub("", words[i]), lang)} if lang == "ar" else {keys[i]}:
        party = table.get((first, *rest))
        if party:
            return party
    return ""


def _bare(word: str, lang: str) -> str:
    """A word as the tables key it: Arabic without its article."""
    if lang == "ar" and word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


@lru_cache(maxsize=None)
def _acts(lang: str) -> dict[str, str]:
    return {lexicon.fold(form, lang): voice for voice, *forms in lexicon.rows(lang, "acts.tsv")
            for form in forms}


@lru_cache(maxsize=1)
def _parties() -> dict[tuple[str, ...], str]:
    """Each name of a party, as folded words without the article, to the party's canonical name."""
    out: dict[tuple[str, ...], str] = {}
    data = resources.files("isnad.data")
    for line in data.joinpath("gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.split("\t")]
        if line.startswith("#") or len(cells) < 2 or cells[1] != "organization":
            continue
        for name in (cells[0], *cells[2:]):
            out[_key(name)] = cells[0]
    for line in data.joinpath("nationalities.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            country, *adjectives = [cell.strip() for cell in line.split("\t")]
            for adjective in adjectives:
                out[_key(adjective)] = country
    out.pop((), None)
    return out


def _key(name: str) -> tuple[str, ...]:
    lang = "ar" if re.search("[\u0600-\u06ff]", name) else "en"
    return tuple(_bare(lexicon.fold(word, lang), lang) for word in _WORD.findall(name))
