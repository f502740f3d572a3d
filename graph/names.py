"""Whether a source's "name" is a name: the check that keeps junk from counting as an origin.

Extractors make mistakes; a fact-checker must not pay for them with a false
"corroborated". Whatever an extractor hands over as a named source (person,
organization, media), :func:`judge` looks at the name itself:

- time words at either end are dropped ("the Observatory yesterday" is the
  Observatory); a time word inside it makes it a fragment of a sentence;
- a speech verb, a word that opens or joins a clause, a leading Arabic
  preposition, a figure in a person's name, or more words than a name has make
  it a fragment of a sentence; so does the article's headline;
- in English, a lowercase word other than a connector (of, for, bin...) makes
  it a descriptor ("the energy minister") or a fragment ("deadlines originally"),
  unless the name is only a body's head words ("the police", "the army"), which
  the guide counts as an organization speaking as itself;
- a name whose head is an event or act noun (الهجوم الإسرائيلي، القصف، "the
  strike", "the statement": ``event_nouns.txt``) names something that happened,
  not who said it: unspecified;
- a name made only of generic words ("the source", "sources", "the
  correspondent", المصدر، المصادر، المراسل، المراسلة), with determiners and
  titles, names no one in particular: anonymous.

A fragment becomes ``unspecified`` (no origin can be told from it), a generic
name ``anonymous``; both are shown with the reason. Ingest applies it to what
it stores and the status rules apply it again to what older versions stored.
The words are lexicons in ``data/lexicons/<lang>/``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from isnad.nlp import lexicon
from isnad.nlp.arabic_forms import verbal_noun as arabic_verbal_noun
from isnad.nlp.arabic_forms import verbs as arabic_verbs

from .entities import key, name_lang, other_spelling

NAMED_KINDS = ("person", "organization", "media")
MAX_NAME_WORDS = 8  # "رامي عبد الرحمن" is 3, "Syrian Observatory for Human Rights" 5
_HEADLINE_WORDS = 4  # a shorter run of a headline's words may well be a name in it
_HEADLINE_SHARE = 0.6
# "تأييدها", "مسؤوليتهم": a noun with a possessive pronoun is never a name's word.
_ARABIC_POSSESSIVE = re.compile(r"^\w{3,}(ها|هما|هم)$")
# Arabic short vowels and shadda (U+064B-U+0652, U+0670) are marks, not \w: without them a
# written "بشدّة" would split in two and its words go unseen.
_WORD = re.compile(r"[\w\u064B-\u0652\u0670&'’.-]+")
_ARABIC_CLITICS = ("و", "ف", "ل", "ب")


@dataclass(frozen=True)
class Verdict:
    """What a source's name turns out to be: the name and kind to use, and why they changed."""

    name: str
    kind: str
    why: str | None = None  # None when the name and kind stand as given

    @property
    def named(self) -> bool:
        return self.kind in NAMED_KINDS


def judge(name: str, kind: str, title: str | None = None) -> Verdict:
    """The name and kind a source given as ``name`` of ``kind`` should have.

    ``title``: the headline of the article it came from, when known.
    """
    if kind not in NAMED_KINDS:
        return Verdict(name, kind)
    return _judged(name, kind, title or "")


@lru_cache(maxsize=1 << 16)  # the same names come back in article after article
def _judged(name: str, kind: str, title: str) -> Verdict:
    lang = name_lang(name)
    main, _ = other_spelling(name.strip())
    words = _WORD.findall(main)
    if kind == "media" and words and _folded(words[-1], lang) in time_words(lang):
        # روسيا اليوم، المصري اليوم، USA Today: a medium's own name may end in a time word
        return Verdict(name, kind)
    kept = _without_time_words(words, lang)
    if not kept:
        return Verdict(name, "unspecified", "a time word, not a name")
    if any(_folded(word, lang) in time_words(lang) for word in kept):
        return Verdict(name, "unspecified", "holds a time word: a piece of a sentence, not a name")
    trimmed = _trimmed(name, main, words, kept)
    fragment = _fragment(kept, lang, title) or (kind == "person" and _figure(main))
    if fragment:
        return Verdict(name, "unspecified", fragment)
    if _event(kept, lang):
        return Verdict(name, "unspecified", "an event or act (or a document without its author), "
                                            "not a source")
    if _generic(kept, lang):
        return Verdict(trimmed, "anonymous", "a generic word, not a name: no one in particular")
    if lang == "ar" and _kin_by_pronoun(kept):
        return Verdict(trimmed, "anonymous", "a relative named by a pronoun (أسرته، شقيقها), "
                                             "not a name")
    if lang == "en" and not _proper(kept) and not _body(kept):
        return Verdict(name, "anonymous", "a description, not a name (lowercase words)")
    if trimmed != name:
        return Verdict(trimmed, kind, "time words around the name dropped")
    return Verdict(name, kind)


def named(name: str, kind: str) -> bool:
    """Whether ``name`` of ``kind`` can be a named origin."""
    return judge(name, kind).named


# --- the checks ----------------------------------------------------------------------

def _without_time_words(words: list[str], lang: str) -> list[str]:
    start, end = 0, len(words)
    while start < end and _folded(words[start], lang) in time_words(lang):
        start += 1
    while end > start and _folded(words[end - 1], lang) in time_words(lang):
        end -= 1
    return words[start:end]


def _trimmed(name: str, main: str, words: list[str], kept: list[str]) -> str:
    """``name`` without the time words dropped from its ends (as written otherwise)."""
    if len(kept) == len(words):
        return name
    start = main.index(kept[0])
    end = main.rindex(kept[-1]) + len(kept[-1])
    return main[start:end]


def _fragment(words: list[str], lang: str, title: str) -> str | None:
    """Why these words are a piece of a sentence rather than a name, or None."""
    if len(words) > MAX_NAME_WORDS:
        return f"{len(words)} words: a clause, not a name"
    if _is_headline(words, lang, title):
        return "the article's headline, not a name"
    folded = [_folded(word, lang) for word in words]
    if lang == "ar":
        if any(_arabic_verb(word) for word in folded):
            return "holds a speech verb: a piece of a sentence, not a name"
        if any(_ARABIC_POSSESSIVE.match(word) for word in folded) \
                or any(_speech_noun_with_pronoun(word) for word in words):
            return "holds a noun with a pronoun (-ها, -هم, قوله): a piece of a sentence, not a name"
        if any(_clause_word(word) for word in folded):
            return "holds a word that opens a clause: a piece of a sentence, not a name"
        if _cut_at_the_edge(folded):
            return "begins or ends with a lone letter: a piece of a word, not a name"
        if folded[-1] in _arabic_entries("particles.txt"):
            return "ends with a preposition or particle: a piece of a sentence, not a name"
        if folded[0] in _arabic_entries("prepositions.txt"):
            return "begins with a preposition: a piece of a sentence, not a name"
    elif any(word in _english_verbs() for word in folded):
        return "holds a speech verb: a piece of a sentence, not a name"
    return None


def _figure(name: str) -> str | None:
    """A person's name never holds a figure ("results of 90% of the vote"); a body's may (G20)."""
    if any(ch.isdigit() for ch in name):
        return "holds a figure: a piece of a sentence, not a person's name"
    return None


def _is_headline(words: list[str], lang: str, title: str) -> bool:
    if not title or len(words) < _HEADLINE_WORDS:
        return False
    name_key, title_key = key(" ".join(words), lang), key(title, lang)
    # Most of the headline: a body's full name inside a longer headline is still a name.
    most = len(name_key.split()) >= _HEADLINE_SHARE * len(title_key.split())
    return bool(name_key) and (f" {name_key} " in f" {title_key} " and most
                               or f" {title_key} " in f" {name_key} ")


def _generic(words: list[str], lang: str) -> bool:
    """Only determiners, titles and generic nouns: "the source", المراسلة، "a senior official"."""
    content = [w for w in (key(word, lang) for word in words)
               if w and w not in _determiners(lang)]
    return bool(content) and all(word in _generic_words(lang) for word in content)


def _event(words: list[str], lang: str) -> bool:
    """Whether the name's head is an event or act noun: الهجوم الإسرائيلي، "the strike".

    The head of an Arabic name is its first word; of an English one, the word before
    its first connector ("the attack on the convoy"), else its last, and only written
    in lowercase: a capitalised head is a proper name's ("Stop the War")."""
    content = [w for w in words if key(w, lang) and key(w, lang) not in _determiners(lang)]
    if not content:
        return False
    if lang == "ar":
        return key(content[0], lang) in _event_nouns(lang)
    head = next((content[i - 1] for i in range(1, len(content))
                 if _folded(content[i], lang) in _connectors()), content[-1])
    return head[:1].islower() and key(head, lang) in _event_nouns(lang)


def _body(words: list[str]) -> bool:
    """"the police", "the army": a body speaking as itself is an organization (the guide),
    however it is written; its words are the English body heads (organizations.txt)."""
    content = [w for w in (key(word, "en") for word in words) if w and w not in _determiners("en")]
    return bool(content) and all(word in _body_words() for word in content)


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    return frozenset(key(entry, "en") for entry in lexicon.lines("en", "organizations.txt") if " " not in entry)


def _proper(words: list[str]) -> bool:
    """An English name: capitalised words (or digits), with only connectors in lowercase."""
    capitalised = False
    for word in words:
        first = word.lstrip("'’.-")[:1]
        if first.isupper() or first.isdigit() or _joined_connector(word):
            capitalised = True
        elif _folded(word, "en") not in _connectors():
            return False
    return capitalised


def _joined_connector(word: str) -> bool:
    # al-Khatib, el-Sisi, bin-Salman: a lowercase particle joined to a capitalised name.
    head, _, rest = word.partition("-")
    return bool(rest) and head.lower() in _connectors() and rest[:1].isupper()


def _cut_at_the_edge(folded: list[str]) -> bool:
    """ت الشرطة، وكالة شفق نيوز ب: a clitic or a letter cut from its word at the span's edge.
    Lone letters side by side are an abbreviation (د ب أ), and a lone name is checked whole."""
    def lone(word: str) -> bool:
        return len(word) == 1 and word.isalpha()
    if len(folded) == 1:
        return lone(folded[0])
    return (lone(folded[0]) and not lone(folded[1])) or (lone(folded[-1]) and not lone(folded[-2]))


def _speech_noun_with_pronoun(word: str) -> bool:
    """قوله، تعبيره، تصريحها: what someone said, "his saying", never who said it. Only verbal
    and statement nouns: a name may end in ه (عبد الله، طه). ``word`` as written: folding
    makes the feminine ة an ه (منظمة would read as منظم + ه)."""
    for suffix in ("ه", "ها", "هم"):
        if word.endswith(suffix):
            stem = _folded(word.removesuffix(suffix), "ar").removeprefix("ب")
            if len(stem) >= 3 and (arabic_verbal_noun(stem) or stem in _arabic_entries("statement_nouns.txt")):
                return True
    return False


def _clause_word(word: str) -> bool:
    """A word that opens or joins a clause (``name_breakers.txt``), or one with و or ف glued
    before it: «جيش الفتح والذي يتكون من فصائل» holds والذي."""
    breakers = _arabic_entries("name_breakers.txt")
    return word in breakers or (word[:1] in "وف" and word[1:] in breakers)


def _kin_by_pronoun(words: list[str]) -> bool:
    """أسرته، شقيقها الأكبر: a kin word with a pronoun, first in the name (``kinship.txt``);
    the feminine ة turns ت before the pronoun (أسرة، أسرته). Read as written, as
    :func:`_speech_noun_with_pronoun` does: folding makes جدة (Jeddah) جد + ه."""
    first = words[0]
    for suffix in ("هما", "هم", "ها", "ه"):
        if first.endswith(suffix):
            stem = first.removesuffix(suffix)
            kin = _arabic_entries("kinship.txt")
            return _folded(stem, "ar") in kin or (
                stem.endswith("ت") and _folded(stem[:-1] + "ة", "ar") in kin)
    return False


def _arabic_verb(word: str) -> bool:
    forms = arabic_verbs()
    return word in forms or (word[:1] in _ARABIC_CLITICS and word[1:] in forms)


# --- lexicons ------------------------------------------------------------------------

def _folded(word: str, lang: str) -> str:
    return lexicon.fold(word.strip("'’.-"), lang)


@lru_cache(maxsize=None)
def time_words(lang: str) -> frozenset[str]:
    """Folded time words never part of a name (``name_time_words.txt``)."""
    return frozenset(lexicon.fold(w, lang) for w in lexicon.lines(lang, "name_time_words.txt"))


@lru_cache(maxsize=None)
def _arabic_entries(name: str) -> frozenset[str]:
    """An Arabic lexicon's folded entries, read once."""
    return lexicon.entries("ar", name)


@lru_cache(maxsize=None)
def _english_verbs() -> frozenset[str]:
    """The past forms of the speech verbs, and says/tells: "Reports" or "States" may be a name's
    word ("Consumer Reports", "United States"), "said" or "announced" never is."""
    forms = [row[0].lower() for row in lexicon.rows("en", "cues.tsv")
             if len(row) > 1 and row[1] == "verb" and " " not in row[0]]
    return frozenset(form for form in forms
                     if form.endswith("ed") or form in ("said", "says", "told", "tells", "wrote"))


@lru_cache(maxsize=None)
def _connectors() -> frozenset[str]:
    return frozenset(lexicon.lines("en", "name_connectors.txt"))


@lru_cache(maxsize=None)
def _determiners(lang: str) -> frozenset[str]:
    return frozenset(key(w, "en") for w in lexicon.lines("en", "determiners.txt")) \
        if lang == "en" else frozenset()


@lru_cache(maxsize=None)
def _event_nouns(lang: str) -> frozenset[str]:
    return frozenset(key(entry, lang) for entry in lexicon.lines(lang, "event_nouns.txt"))


@lru_cache(maxsize=None)
def _generic_words(lang: str) -> frozenset[str]:
    """Generic nouns and titles, as keys (a title alone names a role, not a holder)."""
    entries = (lexicon.lines(lang, "generic_sources.txt") + lexicon.lines(lang, "anonymous.txt")
               + lexicon.lines(lang, "titles.txt"))
    return frozenset(word for entry in entries for word in key(entry, lang).split())
