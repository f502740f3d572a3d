"""Which of a claim's origins are really distinct sources: the check behind "corroborated".

:mod:`.origins` finds whose word a claim rests on, entity by entity. Entity
resolution keeps apart what it cannot prove is one (rightly: a wrong merge
hides a source). Counting origins needs the opposite caution: two entities
that may be one source must not corroborate each other. So the named origins
are grouped into **voices**:

- **tied** (certainly one source):
  - *in one article*, a name whose words all belong to what that article
    calls another origin (its name, role, affiliation, the speaker as written
    and the names the article gave it): the short form "the Observatory", a
    surname, a descriptor in the headline ("the Saudi energy minister") of the
    body's full name;
  - *anywhere*, two names that are one once time words stuck to them are
    dropped (:mod:`.names`);
  - *anywhere*, two organs of one state: its government, ministries, army,
    state news agency and state media (:mod:`.state_voices`): SANA relays the
    Syrian government, it does not confirm it.
- **possibly one** (a person must look): names of which one contains the other
  with the same head (المرصد / المرصد السوري لحقوق الإنسان, "Kerry" / "John
  Kerry"), and a person beside the body they belong to.

A claim is corroborated only by two voices that stay apart even when every
"possibly one" pair is taken as one, heard in at least two articles (one
article naming two sources is its own word for both, and cannot corroborate
itself), some statement of one and some of the other matching at the pair
model's confident level (:mod:`.agreement`).
Anything short of that but with two voices is "corroborated?".
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import names, transliteration
from .agreement import Match, agree, best_match
from .entities import key, name_lang
from .state_voices import state_of

# Words a name's key holds that say nothing about who it is ("Observatory for Human
# Rights" shares "for" with every other such name).
_FILLER = frozenset({"of", "for", "on", "and", "in", "the", "at"})


@dataclass
class Voice:
    """One source behind one or more origins: the parties tied as one, and where it was heard."""

    parties: list  # Party, first met first
    statements: list[int] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.parties[0].name

    def to_json(self) -> dict:
        return {"name": self.name, "kind": self.parties[0].kind,
                "names": [party.to_json() for party in self.parties],
                "statements": self.statements, "articles": self.articles}


@dataclass(frozen=True)
class Link:
    """Why two origins are one source (a tie) or may be (possibly one)."""

    one: str
    other: str
    rule: str
    article: str | None = None

    def to_json(self) -> dict:
        out = {"one": self.one, "other": self.other, "rule": self.rule}
        if self.article:
            out["article"] = self.article
        return out


@dataclass
class Independence:
    voices: list[Voice]          # the named voices, ties applied
    ties: list[Link]
    possible: list[Link]         # the "possibly one" pairs between those voices
    apart: int                   # voices left when every possible pair is one
    apart_in_articles: bool      # two of those heard in different articles
    agreeing: bool = True        # and two such whose statements match at the confident level
    differing: tuple[str, str, Match] | None = None  # the best-matched two such that do not, by name
    match: float | None = None   # the best match between two voices that corroborate

    @property
    def corroborated(self) -> bool:
        return self.apart >= 2 and self.apart_in_articles and self.agreeing


def assess(named_origins: list, heard: dict[int, list[tuple[int, str]]],
           words: dict[tuple[int, str], set[str]], parties: dict,
           wordings: dict | None = None) -> Independence:
    """Group ``named_origins`` (parties) into voices.

    ``heard``: per origin id, the (statement, article) pairs whose chains end
    at it; ``words``: per (party id, article), the names that article gave the
    party (speaker as written, aliases); ``parties``: every party by id, for
    affiliations; ``wordings``: each statement's claim wording ready to compare
    (:func:`isnad.graph.similarity.wording`), when known.
    """
    groups = _Groups([party.id for party in named_origins])
    by_id = {party.id: party for party in named_origins}
    ties = _ties(named_origins, heard, words, parties, groups)
    voices = [_voice([by_id[i] for i in members], heard) for members in groups.members()]
    possible = _possible(voices, parties)
    apart = _Groups(list(range(len(voices))))
    for one, other, _ in possible:
        apart.join(one, other)
    clusters = apart.members()
    articles = [{a for i in cluster for a in voices[i].articles} for cluster in clusters]
    said = [[wordings[s] for i in cluster for s in voices[i].statements if s in (wordings or {})]
            for cluster in clusters]
    # Two voices heard in two different articles: some article for one, another for the other.
    spread = [(m, n) for m in range(len(clusters)) for n in range(m + 1, len(clusters))
              if articles[m] and articles[n] and len(articles[m] | articles[n]) >= 2]
    matches = {(m, n): best_match(said[m], said[n]) for m, n in spread}
    agreeing = [pair for pair in spread if agree(matches[pair])]
    known = [matches[pair].probability for pair in agreeing if matches[pair] is not None]
    below = sorted((pair for pair in spread if pair not in agreeing),
                   key=lambda p: -matches[p].probability)
    differing = next(((voices[clusters[m][0]].name, voices[clusters[n][0]].name, matches[(m, n)])
                      for m, n in below), None)
    return Independence(voices, ties, [link for _, _, link in possible], len(clusters),
                        bool(spread), bool(agreeing), differing, max(known, default=None))


# --- ties --------------------------------------------------------------------------------

def _ties(named_origins: list, heard, words, parties, groups: _Groups) -> list[Link]:
    out: list[Link] = []
    cleaned: dict[str, object] = {}
    for party in named_origins:
        # One name once the time words around it go: the same source.
        trimmed = names.judge(party.name, party.kind).name
        plain = key(trimmed, name_lang(trimmed))
        if plain in cleaned and groups.join(cleaned[plain].id, party.id):
            out.append(Link(cleaned[plain].name, party.name, "same name without its time words"))
        cleaned.setdefault(plain, party)
    organs: dict[str, object] = {}
    for party in named_origins:
        # A government, its ministries, army and state media speak for one state.
        state = state_of(party.name, party.kind)
        if state and state in organs and groups.join(organs[state].id, party.id):
            out.append(Link(organs[state].name, party.name,
                            f"organs of one state ({state}): a state's bodies and its state "
                            "media speak for it, not independently"))
        if state:
            organs.setdefault(state, party)
    out += _one_speaker_across(named_origins, words, groups)
    in_article: dict[str, list] = {}
    for party in named_origins:
        for _, article in heard.get(party.id, []):
            if party not in in_article.setdefault(article, []):
                in_article[article].append(party)
    for article, present in in_article.items():
        for n, one in enumerate(present):
            for other in present[n + 1:]:
                if _told_apart(one, other, article, words, parties) \
                        or not groups.join(one.id, other.id):
                    continue
                out.append(Link(one.name, other.name, "the article's own name for it", article))
    return out


def _one_speaker_across(named_origins: list, words, groups: _Groups) -> list[Link]:
    """Bodies named in two languages («مؤسسة موانئ البحر الأحمر», "Red Sea Ports Corporation")
    for which one person spoke, his name one across scripts (يحيى شرف الدين, Yahya
    Sharafeddine; never a bare surname): one body translated, not two sources."""
    spoken: dict[int, set[str]] = {}
    for (party_id, _), said in words.items():
        spoken.setdefault(party_id, set()).update(said)
    out: list[Link] = []
    bodies = [party for party in named_origins if party.kind == "organization"]
    for n, one in enumerate(bodies):
        for other in bodies[n + 1:]:
            if name_lang(one.name) == name_lang(other.name):
                continue
            person = next((f"{x} / {y}" for x in spoken.get(one.id, ()) for y in spoken.get(other.id, ())
                           if name_lang(x) != name_lang(y) and transliteration.same_person(x, y)), None)
            if person and groups.join(one.id, other.id):
                out.append(Link(one.name, other.name,
                                f"one person spoke for both, named across scripts ({person})"))
    return out


def _told_apart(one, other, article: str, words, parties) -> bool:
    """Whether the article gives no sign that ``one`` and ``other`` are one source."""
    return not (_described_by(other, one, article, words, parties)
                or _described_by(one, other, article, words, parties))


def _described_by(party, holder, article: str, words, parties) -> bool:
    """Whether the article's words for ``holder`` cover ``party``'s name, and not only because
    ``party`` is the body ``holder`` belongs to (that body may speak for itself: see
    :func:`_maybe_one`)."""
    mine = _name_words(party.name)
    affiliation = parties.get(holder.affiliation_id)
    if affiliation is not None and mine <= _name_words(affiliation.name):
        return False
    return bool(mine) and mine <= _vocabulary(holder, article, words, parties, affiliation)


def _vocabulary(party, article: str, words, parties, affiliation) -> set[str]:
    """Every word the article uses for ``party``: its name, role, affiliation, other names."""
    found = _name_words(party.name) | _name_words(party.role or "")
    if affiliation is not None:
        found |= _name_words(affiliation.name)
    for name in words.get((party.id, article), ()):
        found |= _name_words(name)
    return found


def _name_words(name: str) -> set[str]:
    return {w for w in key(name, name_lang(name)).split() if w not in _FILLER} if name else set()


# --- possibly one ------------------------------------------------------------------------

def _possible(voices: list[Voice], parties: dict) -> list[tuple[int, int, Link]]:
    out = []
    for i, first in enumerate(voices):
        for j in range(i + 1, len(voices)):
            link = _maybe_one(first, voices[j], parties)
            if link is not None:
                out.append((i, j, link))
    return out


def _maybe_one(first: Voice, second: Voice, parties: dict) -> Link | None:
    for one in first.parties:
        for other in second.parties:
            if _same_key(one, other):
                return Link(one.name, other.name,
                            "the same name for two entities (a one-word name, or kept apart by "
                            "resolution): possibly the same source")
            if _contains_same_head(one, other):
                return Link(one.name, other.name,
                            "one name holds the other with the same head: possibly the same source")
            if _titled(one, other, parties) or _titled(other, one, parties):
                return Link(one.name, other.name,
                            "a title and body that may name this person: possibly the same source")
            if one.affiliation_id == other.id or other.affiliation_id == one.id:
                return Link(one.name, other.name,
                            "a person and the body they belong to: possibly the same source")
    return None


def _same_key(one, other) -> bool:
    return key(one.name, name_lang(one.name)) == key(other.name, name_lang(other.name))


def _titled(title, person, parties: dict) -> bool:
    """Whether ``title``'s name is only words of ``person``'s role and affiliation (وزير الطاقة)."""
    if person.kind != "person" or not person.role:
        return False
    affiliation = parties.get(person.affiliation_id)
    body = _name_words(affiliation.name if affiliation else "")
    mine = _name_words(title.name)
    # Only the body's words: that is the body itself (see the affiliation rule), no title.
    return bool(mine) and mine <= _name_words(person.role) | body and not mine <= body


def _contains_same_head(one, other) -> bool:
    a = key(one.name, name_lang(one.name)).split()
    b = key(other.name, name_lang(other.name)).split()
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if not short or len(short) == len(long):
        return False
    if name_lang(one.name) == "ar" and "person" not in (one.kind, other.kind):
        # An Arabic name's head is its first word (المرصد ...); what follows may be cut
        # anywhere: حركة حماس is حركة المقاومة الإسلامية حماس.
        return short[0] == long[0] and _in_order(short, long)
    starts = [i for i in range(len(long) - len(short) + 1) if long[i:i + len(short)] == short]
    if not starts:
        return False
    if "person" in (one.kind, other.kind):  # a given name or a surname of the full name
        return any(i == 0 or i + len(short) == len(long) for i in starts)
    head = _english_head(long)
    return any(i <= head < i + len(short) for i in starts)


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether ``short``'s words all appear in ``long``, in the same order."""
    rest = iter(long)
    return all(word in rest for word in short)


def _english_head(words: list[str]) -> int:
    """The head of an English name: the word before its first "of"/"for"..., else the last."""
    for i, word in enumerate(words[1:], start=1):
        if word in _FILLER:
            return i - 1
    return len(words) - 1


# --- helpers -----------------------------------------------------------------------------

def _voice(parties: list, heard) -> Voice:
    statements, articles = [], []
    for party in parties:
        for statement, article in heard.get(party.id, []):
            if statement not in statements:
                statements.append(statement)
            if article not in articles:
                articles.append(article)
    return Voice(parties, sorted(statements), articles)


class _Groups:
    """Union-find over ids, keeping the order they were given in."""

    def __init__(self, ids: Iterable[int]):
        self._order = list(dict.fromkeys(ids))
        self._parent = {i: i for i in self._order}

    def find(self, i: int) -> int:
        while self._parent[i] != i:
            self._parent[i] = self._parent[self._parent[i]]
            i = self._parent[i]
        return i

    def join(self, a: int, b: int) -> bool:
        """Put ``a`` and ``b`` in one group; False when they already were."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        first, second = sorted((ra, rb), key=self._order.index)
        self._parent[second] = first
        return True

    def members(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in self._order:
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())
