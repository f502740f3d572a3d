"""Two wordings that share only who they are about: two claims, however alike they read.

"الرئيس الأمريكي دونالد ترامب يكذب" and "الرئيس الأمريكي دونالد ترامب رجل
سلام" score 0.84 with the sentence encoder: the long name and title are most of
both sentences. Two people saying two different things about one president
would then be one claim, and that claim "corroborated". What is asserted about
the person must agree, not the person.

In one language, the **person** both wordings name is the longest run of words
they share, in the same order, that starts with a title (``titles.txt``:
president, الرئيس) or a given name (``first_names.txt``) and is at least two
words long; the name ends two words after its opener (stopwords, places and
adjectives of country aside), since the run may go on into a predicate both
share ("الرئيس كمال الزاهري يكذب على"). What each asserts is its other content words (stems, without
stopwords). When both assert something and the two assertions share no word,
the wordings share only the person: :func:`only_the_person`. Figures they share
are something asserted too, and are checked by the caller. Across languages no
word is shared, so the rule does not apply; the encoder's score stands there.
"""
from __future__ import annotations

from functools import lru_cache

from isnad.nlp import lexicon

from .events import place_marker

MIN_RUN = 2  # a title alone ("the president") is not a named person
NAME_WORDS = 2  # words of a name after its opener: given name and surname, or two names
# English names are not listed: a title opens them ("President Joe Biden").
_OPENER_LISTS = {"ar": ("titles.txt", "first_names.txt"), "en": ("titles.txt",)}


def only_the_person(a_words: tuple[str, ...], b_words: tuple[str, ...], lang: str,
                    stem, stopwords: frozenset[str]) -> bool:
    """Whether two wordings of one language (their folded words, without the article) name
    one person and assert nothing in common about them. ``stem`` turns a word into the stem
    compared; ``stopwords`` are left out of what is asserted."""
    start_a, start_b, size = _shared_person(a_words, b_words, lang)
    if size < MIN_RUN:
        return False
    # The shared run may go on past the name into what is asserted ("... يكذب على"):
    # the name is the opener and at most NAME_WORDS more words, not counting the
    # stopwords, places and adjectives of country among them (of Kenya, الإيراني).
    size = _name_length(a_words[start_a:start_a + size], stopwords)
    rest_a = _asserted(a_words[:start_a] + a_words[start_a + size:], stem, stopwords)
    rest_b = _asserted(b_words[:start_b] + b_words[start_b + size:], stem, stopwords)
    return bool(rest_a and rest_b) and not rest_a & rest_b


def _name_length(run: tuple[str, ...], free: frozenset[str]) -> int:
    counted = 0
    for size, word in enumerate(run[1:], 1):
        if word not in free:
            counted += 1
            if counted > NAME_WORDS:
                return size
    return len(run)


def _shared_person(a: tuple[str, ...], b: tuple[str, ...], lang: str) -> tuple[int, int, int]:
    """(start in a, start in b, length) of the longest shared run that opens on a title or a
    given name; length 0 when there is none. Wordings are short: a plain scan will do."""
    openers = _openers(lang)
    best = (0, 0, 0)
    for i, word in enumerate(a):
        if word not in openers:
            continue
        for j, other in enumerate(b):
            if other != word:
                continue
            size = 1
            while i + size < len(a) and j + size < len(b) and a[i + size] == b[j + size]:
                size += 1
            if size > 1 and place_marker(a[i + 1], lang):
                continue  # على مدينة بارا (على folds like the name علي): a place, not a person
            if size > best[2]:
                best = (i, j, size)
    return best


def _asserted(words: tuple[str, ...], stem, stopwords: frozenset[str]) -> frozenset[str]:
    return frozenset(s for word in words if word not in stopwords
                     for s in [stem(word)] if len(s) > 1)


@lru_cache(maxsize=None)
def _openers(lang: str) -> frozenset[str]:
    """Titles and given names, folded and without the article (as event words are)."""
    words = set()
    for name in _OPENER_LISTS[lang]:
        for entry in lexicon.entries(lang, name):
            if " " not in entry:
                words.add(entry[2:] if lang == "ar" and entry.startswith("ال") and len(entry) > 3 else entry)
    return frozenset(words)
