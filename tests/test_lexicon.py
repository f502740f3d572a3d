"""Lexicon regexes: the trie a set of entries is written as matches what their plain
alternation, longest entry first, matches."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from isnad.nlp import lexicon

# Letters that fold together (ا/أ/إ, ة/ه, ي/ى), a mark, a tatweel, a space, and Latin letters
# in both cases: the characters on which two branches of a trie could meet.
# (A small alphabet, so that random entries share stems and meet often.)
ALPHABET = list("قاأةه") + ["\u064e", "\u0640", " "] + list("abAB")
entry = st.text(st.sampled_from(ALPHABET), min_size=1, max_size=5).map(str.strip).filter(bool)
text = st.text(st.sampled_from(ALPHABET + ["."]), max_size=30)


def plain(entries: list[str]) -> str:
    return "|".join(lexicon.word_pattern(e) for e in sorted(set(entries), key=lambda e: (-len(e), e)))


@settings(max_examples=1500, deadline=None)
@given(st.lists(entry, min_size=1, max_size=12), text, st.booleans(), st.booleans())
def test_the_trie_matches_what_the_alternation_matches(entries, sample, ignore_case, whole_words):
    flags = re.I if ignore_case else 0
    bounds = (r"(?<!\w)", r"(?!\w)") if whole_words else ("", "")  # as the rules use them, or bare
    trie = re.compile(rf"{bounds[0]}(?:{lexicon.alternation(entries)}){bounds[1]}", flags)
    alternation = re.compile(rf"{bounds[0]}(?:{plain(entries)}){bounds[1]}", flags)
    assert [m.span() for m in trie.finditer(sample)] == [m.span() for m in alternation.finditer(sample)]


def test_forms_that_share_a_stem_are_written_once():
    pattern = lexicon.alternation(["said", "says", "say"])
    assert pattern.count("s") == 2  # sa(?:id|y(?:s)?): one stem, the two endings after it
    assert [m.group() for m in re.finditer(rf"\b(?:{pattern})\b", "he says, she said, they say")] == \
        ["says", "said", "say"]


def test_arabic_variants_and_marks_still_match():
    pattern = re.compile(lexicon.alternation(["قال", "قالت", "أكد"]))
    assert pattern.fullmatch("قالت")
    assert pattern.fullmatch("اكد")  # أ written without its hamza
    assert pattern.fullmatch("قَالَ")  # with its diacritics


def test_a_written_mark_keeps_the_longest_form_first():
    # قَالت and قال: the letter before a written fatha may take it as a mark, so the two branches
    # meet; the longer form must still win, as in the plain alternation
    pattern = re.compile(lexicon.alternation(["قَالت", "قال", "قَل"]))
    assert [m.span() for m in pattern.finditer("قَالت")] == [(0, 5)]
