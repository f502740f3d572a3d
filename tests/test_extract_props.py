"""Properties that hold for any text: extraction never raises, spans are verbatim."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from isnad.nlp.extract import extract
from isnad.nlp.quotes import find_quotes
from isnad.nlp.records import Article
from isnad.nlp.segment import sentences

# Words that drive the rules into their branches, mixed with arbitrary text.
PIECES = ["قال", "وقال:", "أكد", "مضيفاً", "بحسب", "وفقاً لـ", "نقلت وكالة", "عن", "أن", "إن", "إلى أن",
          "أعلنت", "نفت", "وكالة", "وزارة", "الوزير", "مصدر", "(", ")", "ـ", "الذي", "كان", "نقلاً عن",
          "مصادر", "لـ\"", "\"", "“", "”", "«", "»", "،", ".", ":", "\n", "\n\n", "\u200f", "\u202e",
          "said", "told", "according to", "he added", "that", "Reuters", "officials", ",", "'", " "]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map(" ".join)


def check(text: str, lang: str) -> None:
    for a in extract(Article(id="p", text=text, lang=lang)):
        for span in (a.claim, a.cue, a.speaker, a.outlet.span if a.outlet else None):
            if span is not None:
                assert text[span.start:span.end] == span.text
                assert 0 <= span.start <= span.end <= len(text)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_arabic_rules_never_raise_and_keep_offsets(text):
    check(text, "ar")


@settings(max_examples=300, deadline=None)
@given(texts)
def test_english_rules_never_raise_and_keep_offsets(text):
    check(text, "en")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_quotes_and_sentences_are_well_formed(text):
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
    previous_end = 0
    for start, end in sentences(text, find_quotes(text)):
        assert previous_end <= start < end <= len(text)
        previous_end = end
