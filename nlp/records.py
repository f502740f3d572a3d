"""The records that flow out of the NLP pass (see attribution-guide.md)."""
from __future__ import annotations

from dataclasses import dataclass, field

# What the store holds of an article's id and date (graph/schema.py); the
# readers refuse a longer id and drop a date that is not one, article by article.
ID_CHARS = 200
DATE_CHARS = 40


@dataclass(frozen=True)
class Span:
    """A verbatim piece of the article: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(text[start:end], start, end)

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Source:
    """The entity a claim is credited to, after resolution."""

    name: str
    kind: str  # person | organization | media | anonymous | unspecified
    affiliation: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        out = {"name": self.name, "kind": self.kind,
               "affiliation": self.affiliation, "role": self.role}
        if self.aliases:
            out["aliases"] = self.aliases
        return out


@dataclass
class Outlet:
    """The medium a statement was given to: its resolved name and where the text names it.

    Like a source, an outlet is compared by its resolved name (الصحيفة in the
    text names صحيفة يسرائيل هيوم); the words as written stay in ``span``.
    """

    name: str
    span: Span | None = None

    def to_json(self) -> dict:
        return {"name": self.name, "span": self.span.to_json() if self.span is not None else None}


@dataclass
class Attribution:
    claim: Span
    cue: Span
    speaker: Span | None
    source: Source
    outlet: Outlet | None = None
    direct: bool = False
    negated: bool = False  # the cue denies the content (نفى، denied): the claim is what was denied
    # A reading the rules propose beside their own, for the scorer to keep or drop; its first word
    # names the kind of reading (english: "first", "svo", a plain reading of a cue the rules could
    # not read; arabic: "object", where the cue's subject may end before a bare object), the rest
    # what the rules saw at it. None for the rules' own reading.
    alternative: str | None = None
    # How likely the record is right, from the learned scorer (calibrated on held-out
    # articles); None when no model covers the article's language.
    confidence: float | None = None

    def to_json(self) -> dict:
        record = {
            "claim": self.claim.to_json(),
            "cue": self.cue.to_json(),
            "speaker": self.speaker.to_json() if self.speaker else None,
            "source": self.source.to_json(),
            "outlet": self.outlet.to_json() if self.outlet else None,
            "direct": self.direct,
            "confidence": None if self.confidence is None else round(self.confidence, 3),
        }
        if self.negated:
            record["negated"] = True  # an extra key the guide allows; absent when false
        if self.alternative is not None:
            record["alternative"] = self.alternative.split()[0]  # a reading the scorer kept beside the rules' own
        return record


@dataclass
class Article:
    """One article as read from disk, before any NLP."""

    id: str
    text: str
    lang: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    path: str | None = None  # where it was read from, for error messages
    warnings: list[str] = field(default_factory=list)  # what reading it dropped, one line each

    def meta(self) -> dict:
        return {"id": self.id, "lang": self.lang, "url": self.url, "outlet": self.outlet,
                "title": self.title, "date": self.date}
