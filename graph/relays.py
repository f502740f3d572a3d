"""A named speaker inside "…, according to Reuters": the speaker is the source, Reuters the relay.

"Prince Abdulaziz had said that output would rise, according to Reuters"
reaches the graph from the extractor as one attribution: Reuters the source,
"Prince Abdulaziz had said that output would rise" the claim. Stored so,
Reuters would be an origin of the claim beside the prince wherever another
article quotes him, and the two would corroborate each other: a relay counted
as a second source. Before an article's attributions are stored,
:func:`unnest` looks inside the claim of every attribution a medium makes with
a prepositional cue (according to, per, citing, بحسب، نقلا عن …, from the cue
lexicons): when the claim itself attributes content to a named speaker, that
inner attribution is what is stored, with the medium as its outlet (the
relay, as attribution-guide.md rule 4 wants for nested attribution).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from isnad.nlp import lexicon
from isnad.nlp.extract import extract
from isnad.nlp.records import Article, Attribution, Outlet, Span

from . import names


def unnest(article: Article, lang: str, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` with each relayed named statement credited to its speaker, in text order."""
    out = list(attributions)
    for relayed in attributions:
        if not _relays(relayed, lang):
            continue
        inner = _inner(article, lang, relayed)
        if inner is None:
            continue
        out.remove(relayed)
        already = [a for a in out if relayed.claim.start <= a.cue.start < relayed.claim.end]
        if already:  # the extractor found the inner statement too: give it the relay
            for found in already:
                if found.outlet is None:
                    out[out.index(found)] = replace(found, outlet=_outlet(relayed))
        else:
            out.append(inner)
    return sorted(out, key=lambda a: (a.claim.start, a.cue.start))


def _relays(attribution: Attribution, lang: str) -> bool:
    source = attribution.source
    return (source.kind == "media" and names.named(source.name, source.kind)
            and lexicon.fold(attribution.cue.text.strip(), lang) in _prepositions(lang))


def _inner(article: Article, lang: str, relayed: Attribution) -> Attribution | None:
    """The one statement by a named speaker that the relayed claim holds, placed in the article."""
    claim = relayed.claim
    found = extract(Article(id=f"{article.id}#relayed", text=claim.text, lang=lang))
    if len(found) != 1:
        return None
    inner = found[0]
    source = inner.source
    if not names.named(source.name, source.kind) or source.name == relayed.source.name:
        return None
    return Attribution(claim=_moved(inner.claim, claim.start), cue=_moved(inner.cue, claim.start),
                       speaker=_moved(inner.speaker, claim.start) if inner.speaker else None,
                       source=source, outlet=_outlet(relayed), direct=inner.direct)


def _outlet(relayed: Attribution) -> Outlet:
    return Outlet(relayed.source.name, relayed.speaker)


def _moved(span: Span, offset: int) -> Span:
    return Span(span.text, span.start + offset, span.end + offset)


@lru_cache(maxsize=None)
def _prepositions(lang: str) -> frozenset[str]:
    if lang == "ar":
        entries = lexicon.lines("ar", "according.txt")
    else:
        entries = [row[0] for row in lexicon.rows("en", "cues.tsv") if row[1:2] == ["prep"]]
    return frozenset(lexicon.fold(entry, lang) for entry in entries)
