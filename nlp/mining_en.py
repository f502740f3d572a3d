"""Mining English cue words, with counts, from annotated articles.

Hand-written cue lists stop where their writer's reading stopped. The annotations
say more: every gold attribution names its cue. For each word form that opens a
gold cue (``said``, ``urged``; with its particle, ``called for``) the miner counts
how often it is a cue and how often it stands in the texts at all; the ratio is the
form's *precision* as a cue. Two kinds of annotation are read apart:

- articles annotated by the guide (``eval/train``): their counts are the guide's
  word on a form, and a form they often show but never annotate is left out;
- PolNeAR articles (mention-level, ``kind`` null): many more cues, by a wider
  convention (beliefs, wishes, stances, evidence), so a form they bring must also
  not be of the classes the guide leaves out (``data/lexicons/en/not_cues.txt``).

The kept forms, their type, the flags their contents show (a to-infinitive, a
noun phrase) and their counts go to ``data/lexicons/en/mined_cues.tsv``; the rules
read its forms beside the hand list, and the scorer reads its precisions
(``en_cue_prec``) to weigh the less sure ones.

    python -m isnad.nlp.mining en-cues --guide GUIDE_DIR... --polnear PN_DIR -o data/lexicons/en/mined_cues.tsv
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import lexicon
from .training import read_annotated

LANG = "en"
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")

# The criterion, stated once (the file header repeats it).
GUIDE_MIN_CUES = 2        # a form the guide's annotators marked at least twice ...
GUIDE_MIN_PRECISION = 0.5  # ... in at least half of the places it stands
POLNEAR_MIN_CUES = 5      # a form PolNeAR marked at least five times ...
POLNEAR_MIN_PRECISION = 0.5  # ... in at least half of the places it stands
GUIDE_VETO_SEEN = 3       # and, when the guide's texts show it this often,
GUIDE_VETO_PRECISION = 0.2  # they mark it at least this often
INFINITIVE_SHARE = 0.25   # contents opening with "to": the form takes a to-infinitive
OBJECT_SHARE = 0.4        # short unquoted contents, no infinitive: the form takes a noun phrase


@dataclass
class Tally:
    cues: int = 0      # gold cues that open with the form
    seen: int = 0      # places the form stands in the texts
    to_contents: int = 0
    short_contents: int = 0
    contents: int = 0


@dataclass
class Source:
    tallies: dict[str, Tally] = field(default_factory=dict)

    def tally(self, form: str) -> Tally:
        return self.tallies.setdefault(form, Tally())

    def precision(self, form: str) -> float | None:
        t = self.tallies.get(form)
        return None if t is None or not t.seen else min(t.cues / t.seen, 1.0)


def words(text: str) -> list[str]:
    return _WORD.findall(lexicon.fold(text, LANG).replace("’", "'"))


def forms_of_cue(cue: str, particles: frozenset[str]) -> list[str]:
    """The forms a gold cue opens with: its first word, and that word with its particle."""
    w = words(cue)
    if not w:
        return []
    out = [w[0]]
    if len(w) > 1 and w[1] in particles:
        out.append(f"{w[0]} {w[1]}")
    return out


def read_articles(paths: list[Path], texts: list[Path] = ()) -> list[dict]:
    """The English annotated articles under ``paths`` (folders, files, or stand-off files whose
    texts are in the folders ``texts``), read as ``isnad train`` reads them."""
    if not paths:
        return []
    return [{"text": a.article.text, "attributions": a.gold} for a in read_annotated(paths, texts)
            if (a.article.lang or LANG) == LANG]


def count(articles: list[dict], particles: frozenset[str]) -> Source:
    source = Source()
    for doc in articles:
        for g in doc["attributions"]:
            if not isinstance(g, dict) or not isinstance(g.get("cue"), str):
                continue
            claim = words(g.get("claim") or "")
            for form in forms_of_cue(g["cue"], particles):
                t = source.tally(form)
                t.cues += 1
                t.contents += 1
                infinitive = bool(claim) and claim[0] == "to"
                t.to_contents += infinitive
                t.short_contents += not infinitive and 0 < len(claim) <= 6 \
                    and not any(q in (g.get("claim") or "") for q in "\"“”")
    # Only the forms some cue opened with are counted in the texts: one pass over each text's words.
    single = {f for f in source.tallies if " " not in f}
    double = {f for f in source.tallies if " " in f}
    for doc in articles:
        w = words(doc["text"])
        for i, word in enumerate(w):
            if word in single:
                source.tallies[word].seen += 1
            if i + 1 < len(w) and f"{word} {w[i + 1]}" in double:
                source.tallies[f"{word} {w[i + 1]}"].seen += 1
    return source


def keep(form: str, guide: Source, polnear: Source, excluded: frozenset[str]) -> str | None:
    """Which annotation vouches for ``form`` ('guide' or 'polnear'), or None when it is not kept."""
    g = guide.tallies.get(form, Tally())
    p = polnear.tallies.get(form, Tally())
    if g.seen >= GUIDE_VETO_SEEN and g.cues / g.seen < GUIDE_VETO_PRECISION:
        return None  # the guide's annotators read it often and seldom counted it
    if g.cues >= GUIDE_MIN_CUES and g.cues / g.seen >= GUIDE_MIN_PRECISION:
        return "guide"
    if form.split()[0] in excluded:
        return None  # a belief, wish, stance or evidence verb: PolNeAR's convention, not the guide's
    if p.cues >= POLNEAR_MIN_CUES and p.cues / max(p.seen, 1) >= POLNEAR_MIN_PRECISION:
        return "polnear"
    return None


def _only_with_particle(form: str, guide: Source, polnear: Source) -> bool:
    """Whether nearly every gold cue that opens with the single word ``form`` has one same particle after it."""
    if " " in form:
        return False
    for source in (guide, polnear):
        own = source.tallies.get(form)
        if own is not None and own.cues and any(
                f.startswith(form + " ") and t.cues >= 0.9 * own.cues for f, t in source.tallies.items()):
            return True
    return False


def flags(form: str, guide: Source, polnear: Source) -> list[str]:
    t = Tally()
    for source in (guide, polnear):
        s = source.tallies.get(form)
        if s is not None:
            t.contents += s.contents
            t.to_contents += s.to_contents
            t.short_contents += s.short_contents
    out = []
    if t.contents and t.to_contents / t.contents >= INFINITIVE_SHARE:
        out.append("infinitive")
    if t.contents and t.short_contents / t.contents >= OBJECT_SHARE:
        out.append("object")
    return out


def mine(guide_paths: list[Path], polnear_paths: list[Path], texts: list[Path] = ()) -> list[list[str]]:
    particles = lexicon.entries(LANG, "cue_particles.txt")
    excluded = lexicon.entries(LANG, "not_cues.txt")
    guide = count(read_articles(guide_paths, texts), particles)
    polnear = count(read_articles(polnear_paths, texts), particles)
    rows = []
    for form in sorted(set(guide.tallies) | set(polnear.tallies)):
        if not re.fullmatch(r"[a-z]{3,}(?: [a-z]+)?", form):
            continue  # punctuation and two-letter words ("in", ":") are no cue of their own
        if _only_with_particle(form, guide, polnear):
            continue  # "according" is a cue only in "according to"
        by = keep(form, guide, polnear, excluded)
        if by is None:
            continue
        g = guide.tallies.get(form, Tally())
        p = polnear.tallies.get(form, Tally())
        kind = "participle" if form.split()[0].endswith("ing") else "verb"
        precision = g.cues / g.seen if by == "guide" else p.cues / p.seen
        rows.append([form, kind, ",".join(flags(form, guide, polnear)) or "-", f"{precision:.2f}", by,
                     str(g.cues), str(g.seen), str(p.cues), str(p.seen)])
    return rows


HEADER = """\
# English cue forms mined from annotations, with counts (written by python -m isnad.nlp.mining en-cues; do not edit by hand).
# Command: {command}
# A form is a gold cue's first word, or that word with its particle (cue_particles.txt). Kept when
#   the guide's articles mark it >= {gmin} times in >= {gprec:.0%} of the places it stands, or
#   PolNeAR marks it >= {pmin} times in >= {pprec:.0%} of its places and it is none of not_cues.txt;
#   never when the guide's articles show it >= {veto} times and mark it in < {vprec:.0%} of them.
# Flags: infinitive when >= {inf:.0%} of its contents open with "to"; object when >= {obj:.0%} are short (<= 6 words), unquoted and no infinitive.
# form<TAB>type<TAB>flags<TAB>precision<TAB>by<TAB>guide cues<TAB>guide seen<TAB>polnear cues<TAB>polnear seen
"""


def write_cues(guide: list[Path], polnear: list[Path], output: Path, command: str, texts: list[Path] = ()) -> int:
    """Mine the ``guide`` and ``polnear`` annotations and write the kept forms to ``output``; how many."""
    rows = mine(guide, polnear, texts)
    header = HEADER.format(command=command, gmin=GUIDE_MIN_CUES, gprec=GUIDE_MIN_PRECISION, pmin=POLNEAR_MIN_CUES,
                           pprec=POLNEAR_MIN_PRECISION, veto=GUIDE_VETO_SEEN, vprec=GUIDE_VETO_PRECISION,
                           inf=INFINITIVE_SHARE, obj=OBJECT_SHARE)
    output.write_text(header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return len(rows)

