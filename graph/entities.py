"""Cross-article entity resolution: the same body or person under several spellings is one entity.

An extracted source becomes an entity id by, in this order:

1. its **key** (the normalised name, :func:`key`) already naming an entity of a
   compatible kind;
2. the **gazetteer** (``data/gazetteer.tsv`` and ``$ISNAD_GAZETTEER``): a name
   on the same line as a known entity's name, across languages and scripts;
3. the **article's own transliteration**: a full name written with its other
   script's spelling in brackets (``ليلى منصور (Laila Mansour)``) is found, and
   found again later, under either spelling (alias rule ``transliteration``);
4. otherwise a new entity; a person's full name that spells a known person's
   name in another script or spelling (one transliteration skeleton,
   :mod:`.names`: Qaddour, Kaddour, قدور) is then merged into it (merge rule
   ``skeleton``, reversible like every merge).

A person is only found again across articles by a full name of two words or
more: two people who share a surname stay two (the extractor already tied a
surname to its full name inside one article). Anonymous and unspecified
sources are never the same across articles. Person and body never merge;
organization and media may.

Every tie is explainable: ``aliases.rule`` says which rule tied a name to an
entity, ``merges`` rows say why one entity was merged into another. Merges are
reversible: statements keep pointing at the entity they were first resolved
to, and the entity a statement counts for *now* is found by following
``entities.merged_into`` (:func:`current`).
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sqlalchemy import Connection, Table, and_, or_, select, update

from isnad.nlp import lexicon

from . import transliteration
from .chunks import chunks
from .schema import aliases, entities, merges, storable_id

KINDS = ("person", "organization", "media", "anonymous", "unspecified")
# Kinds in one group may be one entity; across groups never.
GROUP = {"person": "person", "organization": "body", "media": "body",
         "anonymous": "anonymous", "unspecified": "unspecified"}
# Groups whose entities exist only inside the article that names them.
ARTICLE_SCOPED = frozenset({"anonymous", "unspecified"})
GAZETTEER_KINDS = ("person", "organization", "media")


class EntityError(Exception):
    """A merge, split or gazetteer that cannot be; the message is meant for the user as it is."""


# --- keys ----------------------------------------------------------------------

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER_FOLD = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه", "\u0640": None,
                              **{chr(0x0660 + d): str(d) for d in range(10)},
                              **{chr(0x06f0 + d): str(d) for d in range(10)}})
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_SILENT = re.compile(r"['’‘`.]")  # dropped without a space: O'Neill, U.N., د.
_PUNCTUATION = re.compile(r"[^\w\s]|_")
# "ليلى منصور (Laila Mansour)": a name, then in brackets its spelling in the other
# script (the closing bracket may be cut off with the rest of the sentence).
_BRACKETED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<other>[^()]+?)\)?\s*$")


def name_lang(name: str) -> str:
    """The rules a name's key follows: its script's, whatever the article's language."""
    return "ar" if _ARABIC.search(name) else "en"


@lru_cache(maxsize=1 << 16)  # the same names come back in article after article
def key(name: str, lang: str) -> str:
    """The form under which a name is found again, in any article.

    Both scripts: diacritics and accents, tatweel, hamza forms (أ إ آ ٱ → ا),
    ى → ي, ة → ه, Arabic-Indic digits, case and punctuation are folded. Arabic:
    the article ال is dropped from each word (و and ل are not: they may be part
    of the word). English: a leading "the", titles such as Mr or Dr and the
    possessive 's go.
    """
    return " ".join(_without_titles(_folded_words(name), lang))


def other_spelling(name: str) -> tuple[str, str | None]:
    """``name`` without a bracketed spelling of it in the other script, and that spelling.

    An article that writes both spellings of a full name is evidence that they
    are one entity, as a gazetteer line is; anything else in brackets is left alone.
    """
    found = _BRACKETED.match(name)
    if not found:
        return name, None
    main, other = found["name"].strip(), found["other"].strip()
    if name_lang(main) == name_lang(other) or len(other.split()) < 2:
        return name, None
    return main, other


def _folded_words(name: str) -> list[str]:
    text = _POSSESSIVE.sub("", unicodedata.normalize("NFKC", name))
    # NFKD splits hamza seats and accents off their letters; all such marks go.
    # Format characters too (bidi marks U+200F/U+202E, zero-width joiners U+200B-U+200D):
    # invisible, they would otherwise split a word in two below.
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if unicodedata.category(c) not in ("Mn", "Cf"))
    text = _PUNCTUATION.sub(" ", _SILENT.sub("", text.translate(_LETTER_FOLD))).casefold()
    return [_without_article(word) for word in text.split()]


def _without_article(word: str) -> str:
    # At least two letters must stay: ال itself, or a two-letter word, is not an article.
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _without_titles(words: list[str], lang: str) -> list[str]:
    leading = _honorifics(lang) | ({"the"} if lang == "en" else set())
    start = 0
    while start < len(words) - 1 and words[start] in leading:
        start += 1
    return words[start:]


@lru_cache(maxsize=None)
def _honorifics(lang: str) -> frozenset[str]:
    return frozenset(" ".join(_folded_words(entry)) for entry in lexicon.lines(lang, "honorifics.txt"))


def speaks_for(role: str | None, lang: str) -> bool:
    """Whether the holder of ``role`` speaks for the body they are affiliated with.

    The director or spokesperson of a monitor counts as the monitor when a
    claim's origins are counted; the role words are in ``speaks_for.txt``.
    """
    if not role:
        return False
    words = f" {key(role, lang)} "
    return any(f" {entry} " in words for entry in _speaks_for_entries(lang))


@lru_cache(maxsize=None)
def _speaks_for_entries(lang: str) -> frozenset[str]:
    return frozenset(key(entry, lang) for entry in lexicon.lines(lang, "speaks_for.txt"))


# --- the gazetteer -------------------------------------------------------------

@dataclass(frozen=True)
class Known:
    """One gazetteer line: an entity's canonical name, its kind and the keys of all its names."""

    name: str
    kind: str
    keys: tuple[str, ...]


@dataclass
class Gazetteer:
    by_key: dict[str, Known] = field(default_factory=dict)

    def add(self, known: Known) -> None:
        for name_key in known.keys:
            self.by_key.setdefault(name_key, known)  # the first line naming a key keeps it

    def find(self, name: str, kind: str) -> Known | None:
        """The line naming ``name``, allowing for a clitic or a medium's head word around it.

        لوكالة رويترز is وكالة رويترز given to (ل), and وكالة رويترز is رويترز:
        such forms are tried only against the gazetteer's known names, so a
        word that merely starts with و or ل is never cut elsewhere.
        """
        for variant in _variants(name, kind):
            known = self.by_key.get(variant)
            if known and GROUP[known.kind] == GROUP.get(kind):
                return known
        return None


def _variants(name: str, kind: str) -> list[str]:
    lang = name_lang(name)
    names = [name, *_without_clitics(name)] if lang == "ar" else [name]
    keys = [key(n, lang) for n in names]
    if GROUP.get(kind) == "body":
        keys += [short for k in keys for short in without_media_head(k, lang)]
    return keys


def _without_clitics(name: str) -> list[str]:
    """``name`` without a leading و/ف (and), then ل/ب (to, by); لل is ل + ال."""
    first, _, rest = name.strip().partition(" ")
    words = [first]
    for clitics in (("و", "ف"), ("ل", "ب")):
        words += [w[1:] for w in words if w[:1] in clitics and len(w) > 2]
    words += ["ال" + w[2:] for w in words if w.startswith("لل") and len(w) > 3]
    return [f"{w} {rest}".strip() for w in words[1:]]


def without_media_head(name_key: str, lang: str) -> list[str]:
    out = []
    for head in _media_heads(lang):
        if lang == "ar" and name_key.startswith(head + " "):
            out.append(name_key[len(head) + 1:])
        elif lang == "en" and name_key.endswith(" " + head):
            out.append(name_key[:-len(head) - 1])
    return out


@lru_cache(maxsize=None)
def _media_heads(lang: str) -> tuple[str, ...]:
    return tuple(key(entry, lang) for entry in lexicon.lines(lang, "media_heads.txt"))


def load_gazetteer(user_file: str | os.PathLike | None = None) -> Gazetteer:
    """isnad's gazetteer, then the user's (``user_file``, else ``$ISNAD_GAZETTEER``)."""
    gazetteer = Gazetteer()
    shipped = resources.files("isnad.data").joinpath("gazetteer.tsv")
    for known in _parse_gazetteer(shipped.read_text(encoding="utf-8"), "gazetteer.tsv"):
        gazetteer.add(known)
    user_file = user_file or os.environ.get("ISNAD_GAZETTEER")
    if user_file:
        for known in _parse_gazetteer(_read_user_file(Path(user_file)), str(user_file)):
            gazetteer.add(known)
    return gazetteer


def _read_user_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise EntityError(f"cannot read gazetteer {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise EntityError(f"gazetteer {path} is not UTF-8 text") from None


def _parse_gazetteer(text: str, where: str) -> Iterator[Known]:
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in raw.split("\t") if cell.strip()]
        if not cells:
            continue
        if len(cells) < 2 or cells[1] not in GAZETTEER_KINDS:
            raise EntityError(f"{where}:{number}: expected a name, a kind "
                              f"({'|'.join(GAZETTEER_KINDS)}) and other names, tab-separated")
        name, kind, *others = cells
        keys = dict.fromkeys(key(n, name_lang(n)) for n in (name, *others))
        yield Known(name, kind, tuple(k for k in keys if k))


# --- resolution, one batch at a time -------------------------------------------

@dataclass
class _Entity:
    kind: str
    merged_into: int | None
    role: str | None
    affiliation_id: int | None


@dataclass(frozen=True)
class _Alias:
    entity_id: int
    rule: str
    article_id: str | None


class Resolver:
    """Turns the names of one batch into entity ids, inside the batch's transaction.

    What it looks up is kept (a dict from key to entity), so a name met a
    thousand times in a batch costs one query; :meth:`prefetch` fetches many
    keys in one query. New aliases and filled-in details are written by
    :meth:`flush`, after the batch's articles (aliases refer to them).
    """

    def __init__(self, conn: Connection, gazetteer: Gazetteer, articles: Iterable[str]):
        """``articles``: the ids of the batch's articles, the only ones whose own names matter."""
        self.conn = conn
        self.gazetteer = gazetteer
        self._articles = sorted(set(articles))
        self.new_entities = 0
        self._aliases: dict[str, list[_Alias]] = {}
        self._entities: dict[int, _Entity] = {}
        self._resolved: dict[tuple[str, str, str | None], int] = {}
        self._pending_aliases: list[dict] = []
        self._pending_details: dict[int, dict] = {}

    # The public side: names in, ids out.

    def prefetch(self, names: Iterable[str]) -> None:
        """Look up every key the names (and their gazetteer lines) may need, in few queries."""
        keys: set[str] = set()
        for name in names:
            name_key = key(name, name_lang(name))
            keys.add(name_key)
            known = self.gazetteer.by_key.get(name_key)
            if known:
                keys.update(known.keys)
        self._fetch(keys)

    def entity(self, name: str, kind: str, article_id: str, *, role: str | None = None,
               affiliation: str | None = None, other_names: Iterable[str] = ()) -> int:
        """The id of the entity ``name`` (of ``kind``) names in article ``article_id``.

        ``other_names`` are the names the article itself used for it (kept as aliases).
        """
        kind = kind if kind in GROUP else "unspecified"
        name, spelling = other_spelling(name)
        other_names = [other_spelling(other)[0] for other in other_names]
        name_key = key(name, name_lang(name)) or name.strip()
        scope = article_id if self._article_scoped(kind, name_key) else None
        memo = (GROUP[kind], name_key, scope)
        affiliation_id = (self.entity(affiliation, "organization", article_id)
                          if affiliation else None)
        entity_id = self._resolved.get(memo)
        if entity_id is None:
            entity_id = (self._find(name, name_key, kind, article_id, scope)
                         or (spelling and self._find(spelling, key(spelling, name_lang(spelling)),
                                                     kind, article_id, scope)))
            if not entity_id:
                entity_id = self._create(name, name_key, kind, article_id, role, affiliation_id)
                if scope is None:
                    self._tie_by_skeleton(entity_id, name, kind, article_id)
            self._resolved[memo] = entity_id
        if spelling:
            self._add_alias(entity_id, spelling, key(spelling, name_lang(spelling)),
                            "transliteration", article_id)
        self._fill_in(entity_id, role, affiliation_id)
        for alias in other_names:
            self._add_alias(entity_id, alias, key(alias, name_lang(alias)), "article", article_id)
        return entity_id

    def current(self, entity_id: int) -> int:
        """The entity ``entity_id`` counts as now, after merges."""
        while (into := self._entity(entity_id).merged_into) is not None:
            entity_id = into
        return entity_id

    def kind(self, entity_id: int) -> str:
        return self._entity(self.current(entity_id)).kind

    def flush(self) -> None:
        if self._pending_aliases:
            insert_ignoring_duplicates(self.conn, aliases, self._pending_aliases)
        if self._pending_details:
            for entity_id, values in self._pending_details.items():
                self.conn.execute(update(entities).where(entities.c.id == entity_id)
                                  .values(**values))
        self._pending_aliases, self._pending_details = [], {}

    # Finding.

    @staticmethod
    def _article_scoped(kind: str, name_key: str) -> bool:
        # A one-word person's name is a surname or a given name: never enough across articles.
        return GROUP[kind] in ARTICLE_SCOPED or (kind == "person" and " " not in name_key)

    def _find(self, name: str, name_key: str, kind: str, article_id: str,
              scope: str | None) -> int | None:
        found = self._by_key(name_key, kind, scope)
        if found is not None or scope is not None:
            return found
        known = self.gazetteer.find(name, kind)
        if known is None:
            return None
        entity_id = self._gazetteer_entity(known, article_id)
        self._add_alias(entity_id, name, name_key, "gazetteer", article_id)
        return entity_id

    def _by_key(self, name_key: str, kind: str, scope: str | None) -> int | None:
        matches = self._matches(name_key, kind, scope)
        return min(matches) if matches else None

    def _matches(self, name_key: str, kind: str, scope: str | None) -> list[int]:
        """Entities of ``kind``'s group that ``name_key`` names: in article ``scope``, or anywhere."""
        self._fetch({name_key})
        group = GROUP[kind]
        if scope is not None:
            return [alias.entity_id for alias in self._aliases[name_key]
                    if alias.article_id == scope and GROUP[self.kind(alias.entity_id)] == group]
        # Names an article used for its own entity (a surname, say) are no evidence elsewhere.
        return [alias.entity_id for alias in self._aliases[name_key]
                if alias.rule != "article" and GROUP[self.kind(alias.entity_id)] == group
                and group not in ARTICLE_SCOPED]

    def _gazetteer_entity(self, known: Known, article_id: str) -> int:
        """The entity of a gazetteer line; entities found under several of its names become one."""
        self._fetch(set(known.keys))
        found = sorted({self.current(entity_id) for name_key in known.keys
                        for entity_id in self._matches(name_key, known.kind, None)})
        if not found:
            canonical = known.keys[0]
            return self._create(known.name, canonical, known.kind, article_id, None, None)
        into, *others = found
        for entity_id in others:
            merge(self.conn, entity_id, into, rule="gazetteer",
                  detail=f"names on one gazetteer line ({known.name})")
            self._entities[entity_id].merged_into = into
        return into

    def _fetch(self, keys: set[str]) -> None:
        missing = sorted(k for k in keys if k not in self._aliases)
        for chunk in chunks(missing):
            for k in chunk:
                self._aliases[k] = []
            rows = self.conn.execute(select(aliases.c.key, aliases.c.entity_id, aliases.c.rule,
                                            aliases.c.article_id)
                                     .join(entities, entities.c.id == aliases.c.entity_id)
                                     .where(aliases.c.key.in_(chunk), self._could_match()))
            for row in rows:
                self._aliases[row.key].append(_Alias(row.entity_id, row.rule, row.article_id))
        self._load_entities({a.entity_id for k in missing for a in self._aliases[k]})

    def _could_match(self):
        """The aliases a lookup in this batch can use (see :meth:`_matches`).

        Not the names other articles used for their own entities: "a source",
        "officials" or a surname recur in article after article, and reading
        them all would make each batch slower the larger the archive.
        """
        scoped = [kind for kind, group in GROUP.items() if group in ARTICLE_SCOPED]
        return or_(aliases.c.article_id.in_(self._articles),
                   and_(aliases.c.rule != "article",
                        or_(entities.c.kind.not_in(scoped), entities.c.merged_into.is_not(None))))

    def _load_entities(self, ids: set[int]) -> None:
        # Loops along merge chains: a merged entity's target may not be loaded yet.
        while ids := {i for i in ids if i not in self._entities}:
            found = set()
            for chunk in chunks(sorted(ids)):
                for row in self.conn.execute(select(entities.c.id, entities.c.kind,
                                                    entities.c.merged_into, entities.c.role,
                                                    entities.c.affiliation_id)
                                             .where(entities.c.id.in_(chunk))):
                    self._entities[row.id] = _Entity(row.kind, row.merged_into, row.role,
                                                     row.affiliation_id)
                    if row.merged_into is not None:
                        found.add(row.merged_into)
            ids = found

    def _entity(self, entity_id: int) -> _Entity:
        if entity_id not in self._entities:
            self._load_entities({entity_id})
        return self._entities[entity_id]

    # Names across scripts and spellings (graph/transliteration.py): Qaddour, Kaddour, قدور.

    def _tie_by_skeleton(self, entity_id: int, name: str, kind: str, article_id: str) -> None:
        """A new person whose full name spells one already known (by transliteration
        skeleton) is merged into it, rule ``skeleton``: recorded and undone like any merge.
        Never on a bare surname (:func:`isnad.graph.transliteration.same_person`)."""
        if kind != "person":
            return
        whole = [skeleton for skeleton in transliteration.skeletons(name) if len(skeleton.split()) >= 2]
        # And without its spaces: a compound written as one word or two (Sharafeddine, شرف الدين).
        keys = sorted({f"~{skeleton}" for skeleton in whole}
                      | {f"~~{skeleton.replace(' ', '')}" for skeleton in whole})
        found = sorted({self.current(other) for skeleton_key in keys
                        for other in self._matches(skeleton_key, kind, None)} - {entity_id})
        if found:
            into = found[0]
            merge(self.conn, entity_id, into, rule="skeleton",
                  detail=f"{name} spells the name of entity {into} in another script or "
                         f"spelling (skeleton {keys[0][1:]})")
            self._entities[entity_id].merged_into = into
        for skeleton_key in keys:
            self._add_alias(entity_id, name, skeleton_key, "skeleton", article_id)

    # Writing.

    def _create(self, name: str, name_key: str, kind: str, article_id: str,
                role: str | None, affiliation_id: int | None) -> int:
        entity_id = self.conn.execute(
            entities.insert().values(name=name, kind=kind, key=name_key, role=role,
                                     affiliation_id=affiliation_id)
            .returning(entities.c.id)).scalar_one()
        self._entities[entity_id] = _Entity(kind, None, role, affiliation_id)
        self.new_entities += 1
        self._add_alias(entity_id, name, name_key, "name", article_id)
        return entity_id

    def _add_alias(self, entity_id: int, alias: str, alias_key: str, rule: str,
                   article_id: str) -> None:
        known = self._aliases.setdefault(alias_key, [])
        if not alias_key or any(a.entity_id == entity_id for a in known):
            return
        known.append(_Alias(entity_id, rule, article_id))
        self._pending_aliases.append({"entity_id": entity_id, "alias": alias, "key": alias_key,
                                      "rule": rule, "article_id": article_id})

    def _fill_in(self, entity_id: int, role: str | None, affiliation_id: int | None) -> None:
        """An entity first met without a role or affiliation takes the first one given."""
        entity = self._entity(entity_id)
        values = {}
        if role and entity.role is None:
            entity.role = values["role"] = role
        if affiliation_id is not None and entity.affiliation_id is None \
                and affiliation_id != entity_id:
            entity.affiliation_id = values["affiliation_id"] = affiliation_id
        if values:
            self._pending_details.setdefault(entity_id, {}).update(values)


def insert_ignoring_duplicates(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert ``rows``, leaving out those that break a unique constraint (both databases)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(table).on_conflict_do_nothing(), rows)


# --- merges made by hand (or by the gazetteer) ----------------------------------

def merge(conn: Connection, entity_id: int, into_id: int, rule: str = "user",
          detail: str | None = None) -> None:
    """Make ``entity_id`` count as ``into_id`` from now on; :func:`split` undoes it."""
    entity, into = _named(conn, entity_id), _named(conn, into_id)
    if entity_id == into_id:
        raise EntityError(f"entity {entity_id} cannot be merged into itself")
    if entity.merged_into is not None:
        raise EntityError(f"entity {entity_id} ({entity.name}) is already merged into "
                          f"{entity.merged_into}: split it first")
    if current(conn, into_id) == entity_id:
        raise EntityError(f"entity {into_id} ({into.name}) is already merged into "
                          f"{entity_id}: split it first")
    if GROUP[entity.kind] != GROUP[into.kind]:
        raise EntityError(f"entity {entity_id} is a {entity.kind} and {into_id} is a "
                          f"{into.kind}: they cannot be one entity")
    conn.execute(update(entities).where(entities.c.id == entity_id).values(merged_into=into_id))
    conn.execute(merges.insert().values(
        entity_id=entity_id, into_id=into_id, rule=rule, created_at=_now(),
        detail=detail or f"{entity.name} is {into.name}"))


def split(conn: Connection, entity_id: int) -> int:
    """Undo the merge of ``entity_id``; returns the entity it had been merged into."""
    entity = _named(conn, entity_id)
    if entity.merged_into is None:
        raise EntityError(f"entity {entity_id} ({entity.name}) is not merged into another")
    conn.execute(update(entities).where(entities.c.id == entity_id).values(merged_into=None))
    conn.execute(update(merges).where(merges.c.entity_id == entity_id,
                                      merges.c.undone_at.is_(None)).values(undone_at=_now()))
    return entity.merged_into


def current(conn: Connection, entity_id: int) -> int:
    """The entity ``entity_id`` counts as now: ``merged_into`` followed to its end."""
    seen = {entity_id}
    while (into := conn.scalar(select(entities.c.merged_into)
                               .where(entities.c.id == entity_id))) is not None:
        if into in seen:  # a cycle can only come from hand-edited rows; stop rather than hang
            break
        seen.add(into)
        entity_id = into
    return entity_id


def current_ids(conn: Connection) -> dict[int, int]:
    """Every merged entity id mapped to the entity it counts as now (unmerged ones are left out)."""
    merged = dict(conn.execute(select(entities.c.id, entities.c.merged_into)
                               .where(entities.c.merged_into.is_not(None))).all())
    out = {}
    for entity_id in merged:
        target, seen = entity_id, {entity_id}
        while target in merged and merged[target] not in seen:
            target = merged[target]
            seen.add(target)
        out[entity_id] = target
    return out


def _named(conn: Connection, entity_id: int):
    if not storable_id(entity_id):
        raise EntityError(f"no entity {entity_id}")
    row = conn.execute(select(entities.c.name, entities.c.kind, entities.c.merged_into)
                       .where(entities.c.id == entity_id)).first()
    if row is None:
        raise EntityError(f"no entity {entity_id}")
    return row


def _now() -> datetime:
    return datetime.now(timezone.utc)

