"""Arabic lexicons mined from annotated articles, with their counts.

    python -m isnad.nlp.mining object-cues ANNOTATED_DIR... -o data/lexicons/ar/object_cues.tsv
    python -m isnad.nlp.mining media-names ANNOTATED_DIR... -o data/lexicons/ar/media.mined.txt

``object-cues``: for each Arabic speech verb, how often the annotators took
its content to be the bare noun phrase after it (نفت الوزارة أي لقاء، أعرب
عن قلقه، أكد مقتل ...: no أن, no colon, no quotation, not the verb's own
preposition) against every time they annotated it as a cue. The rules cannot
tell such an object from narration (ألقت الشرطة القبض على) by themselves; the
scorer gets the verb's mined rate as a feature of each object reading
(nlp/arabic.py, ``_object_readings``), so a verb the annotators often read so
is kept and one they never did is not. A verb is written when it was a cue at
least ``--min-count`` times (default 2): once is an article, not a habit.

``media-names``: the outlets and media sources annotators named that the rules
did not read as media (سكاي نيوز عربية, a foreign paper's name): listed, they
are media wherever media.txt is read (lexicon.lines reads ``X.mined.txt``
with ``X.txt``).
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from . import lexicon
from .arabic import Q_OPEN, _unclitic
from .arabic_forms import verbs
from .training import TrainingError, read_annotated

MIN_COUNT = 2
MEDIA_NAMES = "media.mined.txt"  # read with media.txt (lexicon.lines): names the rules did not know as media
_OPENED = re.compile(r"(?:(?<![\w\u0640])(?:[أإا]ن|ب[أا]ن|[أإا]نه|[أإا]نها|[أإا]نهم|ل[أا]ن)|:)\s*$")


def object_cues(paths: list[str], min_count: int = MIN_COUNT, texts: list[str] = ()) -> list[tuple[str, int, int]]:
    """(verb, times annotated as a cue, times its content was a bare object) for Arabic verbs
    annotated at least ``min_count`` times, most frequent first."""
    seen, bare = Counter(), Counter()
    for item in read_annotated(paths, texts):
        if item.article.lang != "ar":
            continue
        text = item.article.text
        for g in item.gold:
            verb, cue_end, claim_start = _located(text, g)
            if verb is None:
                continue
            seen[verb.past] += 1
            bare[verb.past] += _bare_object(text, verb, cue_end, claim_start, g["claim"])
    return sorted(((v, n, bare[v]) for v, n in seen.items() if n >= min_count), key=lambda r: (-r[1], r[0]))


def media_names(paths: list[str], min_count: int = MIN_COUNT, texts: list[str] = ()) -> list[tuple[str, int, int]]:
    """(name, records, articles) for the names annotators gave as an outlet or as a media source
    at least ``min_count`` times which the Arabic rules do not read as media: not a platform
    (platforms.txt), not a name the rules already know (its parse says person, say, for سكاي نيوز
    عربية), and not one definite word (المدينة is a newspaper and "the city": a common noun
    cannot be listed as a name)."""
    from .arabic import is_platform, parse_mention

    listed = set(lexicon.lines("ar", MEDIA_NAMES)) if _has_lexicon(MEDIA_NAMES) else set()  # mined before: judged again
    records, articles = Counter(), {}
    for item in read_annotated(paths, texts):
        if item.article.lang != "ar":
            continue
        for g in item.gold:
            names = [g.get("outlet")] + ([g.get("source")] if g.get("kind") == "media" else [])
            for name in filter(None, names):
                records[name] += 1
                articles.setdefault(name, set()).add(item.article.id)
    kept = [(name, n, len(articles[name])) for name, n in records.items()
            if n >= min_count and (name in listed or parse_mention(name).kind not in ("media", "organization"))
            and not is_platform(name)
            and not (len(name.split()) == 1 and lexicon.fold(name).startswith("ال"))]
    return sorted(kept, key=lambda r: (-r[1], r[0]))


def _has_lexicon(name: str) -> bool:
    from importlib import resources
    return resources.files("isnad.data").joinpath("lexicons", "ar", name).is_file()


def _located(text: str, g: dict):
    """The verb of a gold cue, where the cue ends and where its claim starts (the claim after
    the cue, nearest it); None when the cue is no listed verb or the claim comes first."""
    cue, claim = g.get("cue") or "", g.get("claim") or ""
    words = cue.split()
    if not words or not claim:
        return None, 0, 0
    verb = verbs().get(lexicon.fold(_unclitic(words[0])))
    if verb is None:
        return None, 0, 0
    claim_start = text.find(claim)
    while claim_start != -1:
        cue_start = text.rfind(cue, max(0, claim_start - 400), claim_start)
        if cue_start != -1:
            return verb, cue_start + len(cue), claim_start
        claim_start = text.find(claim, claim_start + 1)
    return None, 0, 0


def _bare_object(text: str, verb, cue_end: int, claim_start: int, claim: str) -> bool:
    if claim[:1] in Q_OPEN or _OPENED.search(text[cue_end:claim_start]):
        return False
    if verb.preposition and re.search(lexicon.word_pattern(verb.preposition) + r"\s*$", text[cue_end:claim_start]):
        return False  # أشار إلى X: the verb's own preposition opens it, the rules read that already
    return not claim.startswith(("أن ", "إن ", "بأن "))


def write_media(rows: list[tuple[str, int, int]], out: Path, command: str, min_count: int) -> None:
    header = [
        "# Media names mined from annotations: outlets and media sources the Arabic rules did not read as media.",
        f"# Mined by: {command}",
        f"# (python -m isnad.nlp.mining media-names; given at least {min_count} times). Read together with media.txt.",
        "# name  # records, articles",
    ]
    out.write_text("\n".join(header + [f"{name}  # {n}, {a}" for name, n, a in rows]) + "\n", encoding="utf-8")


def write(rows: list[tuple[str, int, int]], out: Path, command: str, min_count: int) -> None:
    header = [
        "# Arabic speech verbs and how often annotators read a bare object after them as the content.",
        f"# Mined by: {command}",
        f"# (python -m isnad.nlp.mining object-cues; verbs annotated as a cue at least {min_count} times).",
        "# verb <TAB> times a cue <TAB> times the content was a bare object (no أن, colon, quote or own preposition)",
    ]
    body = [f"{v}\t{n}\t{b}" for v, n, b in rows]
    out.write_text("\n".join(header + body) + "\n", encoding="utf-8")
