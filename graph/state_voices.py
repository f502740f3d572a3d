"""Which state a source speaks for, when it is an organ of one: the check that keeps a
government and its own news agency from corroborating each other.

A state news agency or state television relays its government; the government, its
ministries and its army speak for one state. None is independent of another, so
:mod:`.independence` ties two origins that are organs of one state into one voice.
An organ is (``data/state_voices.tsv``) a state's name, capital or adjective standing
alone ("Syria", طهران), a listed state medium (SANA, وكالة الأنباء السعودية), or a
state's name or adjective with only organ words (``state_organs.txt``) beside it
("the Syrian foreign ministry", الجيش الإسرائيلي). A person is never an organ here:
who speaks for whom among persons is the role rules' business (``speaks_for.txt``).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from isnad.nlp import lexicon

from .entities import key, name_lang


def state_of(name: str, kind: str) -> str | None:
    """The state whose organ ``name`` (of ``kind``) is, or None."""
    if kind == "person" or not name:
        return None
    lang = name_lang(name)
    words = key(name, lang).split()
    whole = " ".join(words)
    if whole in _forms():
        return _forms()[whole]
    states = set()
    rest = list(words)
    for form, state in _state_words().items():
        form_words = form.split()
        for i in range(len(rest) - len(form_words) + 1):
            if rest[i:i + len(form_words)] == form_words:
                states.add(state)
                rest[i:i + len(form_words)] = [""] * len(form_words)
    others = [word for word in rest if word]
    # One state, and every other word an organ's: "the Syrian foreign ministry".
    if len(states) == 1 and others and all(word in _organ_words(lang) for word in others):
        return states.pop()
    return None


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(every listed form → its state, the state-name forms alone → their state), by key.
    A form two states share (عمان: Oman, Amman) names neither."""
    forms: dict[str, set[str]] = {}
    state_forms: dict[str, set[str]] = {}
    text = resources.files("isnad.data").joinpath("state_voices.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        state, field, *names = line.split("\t")
        for name in names:
            form = key(name, name_lang(name))
            forms.setdefault(form, set()).add(state)
            if field == "state":
                state_forms.setdefault(form, set()).add(state)
    only = lambda table: {form: next(iter(s)) for form, s in table.items() if len(s) == 1}  # noqa: E731
    return only(forms), only(state_forms)


def _forms() -> dict[str, str]:
    return _table()[0]


def _state_words() -> dict[str, str]:
    return _table()[1]


@lru_cache(maxsize=None)
def _organ_words(lang: str) -> frozenset[str]:
    return frozenset(word for entry in lexicon.lines(lang, "state_organs.txt")
                     for word in key(entry, lang).split())
