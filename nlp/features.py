"""What the learned scorer sees of one record the rules proposed.

Features are named strings (``cue=قال``, ``kind=anonymous``, ``claim_len=8-15``)
so that a trained model is a readable table of weights, and a newcomer can see
why a record got the confidence it got. They describe the record's shape (how
long each span is, where the claim sits against its cue, whether it is quoted)
and its words at the places rules go wrong (the cue, the first words of the
speaker and of the claim), never a whole sentence, so the model learns
phenomena rather than articles.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from . import lexicon
from .lexicon import fold
from .records import Attribution

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?؟।]\s*$")
# Arabic words carry their conjunction and prepositions as clitics: وقال, فأكد, لوكالة.
_AR_PROCLITIC = re.compile(r"^(?:و|ف)")


def record_features(text: str, lang: str, records: list[Attribution],
                    sentences: list[tuple[int, int]]) -> list[list[str]]:
    """The named features of each of an article's ``records``, in their order; ``text`` is the
    article's text and ``sentences`` its sentence spans."""
    layout = Layout(records, sentences)
    return [_features(text, lang, rec, i, layout) for i, rec in enumerate(records)]


def _features(text: str, lang: str, rec: Attribution, i: int, layout: "Layout") -> list[str]:
    feats = ["bias"]
    feats += _cue(rec, lang)
    feats += _speaker(rec, lang)
    feats += _claim(text, rec, lang)
    feats += _layout(text, rec, i, layout)
    if lang == "en":
        feats += _english(rec)
    kind = rec.source.kind
    # A few pairs whose meaning is not the sum of their parts.
    side = "before" if rec.claim.start < rec.cue.start else "after"
    feats += [f"kind*side={kind}*{side}", f"kind*speaker={kind}*{rec.speaker is not None}",
              f"direct*side={rec.direct}*{side}"]
    if lang == "ar" and rec.alternative is not None:
        feats += _ar_alternative(rec, lang)
    return feats


def _ar_alternative(rec: Attribution, lang: str) -> list[str]:
    """A reading among several of one cue (nlp/arabic.py, object readings): what the rules saw at
    it, and the cue, apart from the cue's weight as a reading the rules chose themselves."""
    what, *tags = rec.alternative.split()
    words = _words(rec.cue.text, lang)
    feats = [f"ar_alt={what}", f"ar_alt_cue={_stem(words[0], lang) if words else ''}"]
    return feats + [f"ar_alt_{tag}" for tag in tags]


def kind_features(rec: Attribution, lang: str) -> list[str]:
    """What the kind classifier sees of a record's source: its words, its shape and the rules' guess."""
    src = rec.source
    words = _words(src.name, lang)
    feats = ["bias", f"rules_kind={src.kind}", f"name_len={_bucket(len(words))}",
             f"has_role={src.role is not None}", f"has_affiliation={src.affiliation is not None}",
             f"speaker={rec.speaker is not None}", f"outlet={rec.outlet is not None}"]
    feats += [f"word={_stem(w, lang)}" for w in words[:12]]
    if words:
        feats += [f"first={_stem(words[0], lang)}", f"last={_stem(words[-1], lang)}"]
    cue = _words(rec.cue.text, lang)
    if cue:
        feats.append(f"cue={_stem(cue[0], lang)}")
    if lang == "en":
        raw = _WORD.findall(src.name)
        if any(len(w) > 1 and w.isupper() for w in raw):
            feats.append("acronym")
        if raw and all(w[:1].isupper() for w in raw):
            feats.append("all_capitalised")
        if raw and raw[-1].lower().endswith("s") and not raw[-1][:1].isupper():
            feats.append("plural_head")
    if rec.speaker is not None:
        feats += [f"speaker_word={_stem(w, lang)}" for w in _words(rec.speaker.text, lang)[:6]]
    return feats


def _cue(rec: Attribution, lang: str) -> list[str]:
    words = _words(rec.cue.text, lang)
    first = words[0] if words else ""
    feats = [f"cue={_stem(first, lang)}", f"cue_words={min(len(words), 4)}"]
    if len(words) > 1:
        feats.append(f"cue_last={_stem(words[-1], lang)}")
    return feats


def _speaker(rec: Attribution, lang: str) -> list[str]:
    src = rec.source
    feats = [f"kind={src.kind}", f"has_role={src.role is not None}",
             f"has_affiliation={src.affiliation is not None}", f"outlet={rec.outlet is not None}"]
    name = _words(src.name, lang)
    feats.append(f"name_len={_bucket(len(name))}")
    if any(ch.isdigit() for ch in src.name):
        feats.append("name_has_digit")
    if rec.speaker is None:
        return feats + ["speaker=none"]
    words = _words(rec.speaker.text, lang)
    feats += [f"speaker_len={_bucket(len(words))}",
              f"speaker_first={_stem(words[0], lang) if words else ''}",
              f"speaker_last={_stem(words[-1], lang) if words else ''}",
              f"name_is_speaker={fold(src.name, lang) == fold(rec.speaker.text, lang)}"]
    if lang == "en" and words and not rec.speaker.text[:1].isupper():
        feats.append("speaker_lowercase")
    return feats


def _claim(text: str, rec: Attribution, lang: str) -> list[str]:
    words = _words(rec.claim.text, lang)
    feats = [f"claim_len={_bucket(len(words))}", f"direct={rec.direct}"]
    if words:
        feats += [f"claim_first={_stem(words[0], lang)}", f"claim_last={_stem(words[-1], lang)}"]
    if _SENTENCE_END.search(rec.claim.text):
        feats.append("claim_ends_sentence")
    if any(q in rec.claim.text for q in "\"“”«»"):
        feats.append("claim_has_quote")
    if "\n" in rec.claim.text:
        feats.append("claim_spans_lines")
    return feats


def _english(rec: Attribution) -> list[str]:
    """How sure the annotations are of the cue word (its mined precision, mined_cues.tsv), and
    whether the record is a plain reading the rules proposed beside their own."""
    words = _words(rec.cue.text, "en")
    precisions = _mined_precisions()
    mined = precisions.get(" ".join(words[:2])) or precisions.get(words[0] if words else "")
    feats = [f"en_cue_prec={_precision_bucket(mined)}"]
    if rec.alternative is not None:
        speaker = len(_words(rec.speaker.text, "en")) if rec.speaker is not None else 0
        feats += [f"en_plain={rec.alternative}", f"en_plain*speaker_len={rec.alternative}*{_bucket(speaker)}",
                  f"en_plain*cue_prec={rec.alternative}*{_precision_bucket(mined)}"]
    return feats


@lru_cache(maxsize=None)
def _mined_precisions() -> dict[str, float]:
    return {fold(row[0], "en"): float(row[3]) for row in lexicon.rows("en", "mined_cues.tsv")}


def _precision_bucket(precision: float | None) -> str:
    if precision is None:
        return "unmined"
    for floor, name in ((0.9, "0.9+"), (0.75, "0.75-0.9"), (0.6, "0.6-0.75")):
        if precision >= floor:
            return name
    return "0.5-0.6"


class Layout:
    """Where an article's records sit among its sentences and each other's claims, worked out
    once for all of them (record_features): asked record by record against every other record,
    it cost the square of their number, and extraction must stay linear in the text.
    """

    def __init__(self, records: list[Attribution], sentences: list[tuple[int, int]]) -> None:
        starts = [start for start, _ in sentences]
        self.sentence = [max(bisect.bisect_right(starts, r.cue.start) - 1, 0) for r in records]
        self.per_sentence = Counter(self.sentence)
        # The claims by start, with the two longest-reaching ends seen so far at each place:
        # the farthest end among the claims starting before a point, the record itself left out.
        order = sorted(range(len(records)), key=lambda j: records[j].claim.start)
        self.claim_starts = [records[j].claim.start for j in order]
        self.reach: list[tuple[tuple[int, int], tuple[int, int]]] = []
        best = second = (-1, -1)  # (claim end, record)
        for j in order:
            end = (records[j].claim.end, j)
            if end > best:
                best, second = end, best
            elif end > second:
                second = end
            self.reach.append((best, second))

    def farthest_end(self, count: int, leave_out: int) -> int:
        """The farthest claim end among the first ``count`` claims by start, but record ``leave_out``'s."""
        if count == 0:
            return -1
        best, second = self.reach[count - 1]
        return (second if best[1] == leave_out else best)[0]


def _layout(text: str, rec: Attribution, i: int, layout: Layout) -> list[str]:
    side = "before" if rec.claim.start < rec.cue.start else "after"
    gap = rec.claim.start - rec.cue.end if side == "after" else rec.cue.start - rec.claim.end
    feats = [f"side={side}", f"gap={_bucket(max(gap, 0) // 4)}"]
    sentence = layout.sentence[i]
    same = layout.per_sentence[sentence]
    feats += [f"in_sentence={min(same, 4)}", f"sentence_no={min(sentence, 3)}"]
    # Another claim overlaps this one: it starts before this one ends and ends after it starts.
    before_end = bisect.bisect_left(layout.claim_starts, rec.claim.end)
    if layout.farthest_end(before_end, i) > rec.claim.start:
        feats.append("claim_overlaps_other")
    # The speaker sits inside another claim: one starts at or before it and ends after it.
    if rec.speaker is not None:
        at_or_before = bisect.bisect_right(layout.claim_starts, rec.speaker.start)
        if layout.farthest_end(at_or_before, i) > rec.speaker.start:
            feats.append("speaker_inside_other_claim")
    line_start = text.rfind("\n", 0, rec.cue.start) + 1
    if text.find("\n", line_start) == -1 or line_start == 0:
        feats.append("first_or_last_line")
    return feats


def _words(text: str, lang: str) -> list[str]:
    return [fold(w, lang) for w in _WORD.findall(text)]


def _stem(word: str, lang: str) -> str:
    """The word without the clitics that do not change what it is (وقال → قال)."""
    if lang == "ar" and len(word) > 3:
        return _AR_PROCLITIC.sub("", word)
    return word


def _bucket(n: int) -> str:
    for top, name in ((0, "0"), (1, "1"), (3, "2-3"), (7, "4-7"), (15, "8-15"), (31, "16-31")):
        if n <= top:
            return name
    return "32+"
