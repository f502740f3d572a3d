"""Resolution within one article: from the words naming a speaker to a source.

- the kind (person, organization, media, anonymous, unspecified) comes from
  lexicons of head words and names in ``data/lexicons/<lang>/``;
- titles and affiliations split off a person's name ("مدير المرصد ... رامي عبد
  الرحمن" → role مدير, affiliation المرصد ..., name رامي عبد الرحمن);
- later, shorter mentions (a surname, a short organisation name, a pronoun, a
  role such as "the minister", an implied subject) point back to the full
  entity met earlier in the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .records import Source

QUOTE_CHARS = "\"“”«»„'‘’"
_LETTER = r"[^\W\d_]"
# Double quotes anywhere, and apostrophes unless they stand between two letters.
_INNER_QUOTES = re.compile(rf"[\"“”«»„‘]|['’](?!{_LETTER})|(?<!{_LETTER})['’]")
_EDGE_JUNK = re.compile(rf"^[\s{QUOTE_CHARS},،:;؛.\-–—]+|[\s{QUOTE_CHARS},،:;؛.\-–—]+$")


@dataclass
class Entity:
    name: str
    kind: str
    affiliation: str | None = None
    role: str | None = None
    mentions: list[str] = field(default_factory=list)

    def source(self) -> Source:
        aliases = [m for m in self.mentions if m != self.name]
        return Source(self.name, self.kind, self.affiliation, self.role, aliases)


@dataclass
class Parsed:
    """What the words of one mention say, before looking at the rest of the article."""

    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None


def clean(text: str) -> str:
    """A mention without surrounding quotes and punctuation, inner quotes dropped, spaces collapsed.

    An apostrophe between two letters is part of a word (the PM's spokesman, O'Neill) and stays.
    """
    text = lexicon.INVISIBLE.sub("", text)
    text = _EDGE_JUNK.sub("", text)
    text = _INNER_QUOTES.sub("", text)
    text = _unbalanced_brackets(text)
    return re.sub(r"\s+", " ", text).strip()


class Resolver:
    """Holds the entities of one article, in the order they spoke."""

    def __init__(self, lang: str, parse):
        self.lang = lang
        self.parse = parse  # language rules: mention text -> Parsed
        self.entities: list[Entity] = []
        self.spoke: list[Entity] = []  # in the order they spoke, the latest last
        self.last: Entity | None = None

    def implied(self) -> Source:
        """The source of a continuation (مضيفاً، وقال:، he added): whoever spoke last."""
        if self.last is None:
            return Source("", "unspecified")
        return self.last.source()

    def resolve(self, mention: str, kind: str | None = None) -> Source:
        """The source named by ``mention`` (a speaker's words), remembered as the last speaker.

        ``kind`` overrides what the words say, when the sentence says more
        (مسؤول، رفض الكشف عن اسمه: anonymous whatever his title).
        """
        entity = self._entity(clean(mention), kind)
        self.recall(entity)
        return entity.source()

    def lookup(self, mention: str) -> Source:
        """The entity a mention names (an outlet, say), without making it the last speaker."""
        return self._entity(clean(mention)).source()

    def pronoun(self, kind: str | None = None) -> Source:
        """A pronoun or a role noun: the last speaker, or the last one of ``kind``."""
        for entity in reversed(self.spoke):
            if kind is None or entity.kind == kind:
                self.recall(entity)
                return entity.source()
        return self.implied()

    def recall(self, entity: Entity) -> Source:
        """Make an entity met earlier the last speaker again (he said, الوزير), and give its source."""
        if entity in self.spoke:
            self.spoke.remove(entity)
        self.spoke.append(entity)
        self.last = entity
        return entity.source()

    def _entity(self, mention: str, kind: str | None = None) -> Entity:
        parsed = self.parse(mention)
        if kind is not None:
            parsed = Parsed(parsed.name if parsed.kind != "person" else mention, kind,
                            parsed.role, parsed.affiliation)
        found = self._known(parsed)
        if found is None:
            found = Entity(parsed.name, parsed.kind, parsed.affiliation, parsed.role)
            self.entities.append(found)
            if parsed.affiliation:
                self._register_affiliation(parsed.affiliation)
        else:
            if not _in_run(_words(parsed.affiliation or "", self.lang), _words(found.name, self.lang)):
                found.affiliation = found.affiliation or parsed.affiliation  # (القاضي البيطار: no body, his name)
            found.role = found.role or parsed.role
        if mention not in found.mentions:
            found.mentions.append(mention)
        return found

    def _register_affiliation(self, name: str) -> None:
        """An affiliation is a body the article may later cite by itself (بحسب المرصد)."""
        if not any(lexicon.fold(e.name, self.lang) == lexicon.fold(name, self.lang) for e in self.entities):
            parsed = self.parse(name)
            kind = parsed.kind if parsed.kind in ("organization", "media") else "organization"
            self.entities.append(Entity(name, kind))

    def _known(self, parsed: Parsed) -> Entity | None:
        """An earlier entity that this mention names again, by full name, surname or short form."""
        if parsed.kind == "anonymous" and parsed.role and _only_role(parsed, _words(parsed.name, self.lang), self.lang):
            named = self._by_role(_words(parsed.role, self.lang), _words(parsed.affiliation or "", self.lang))
            if named is not None:
                return named  # الوزير after وزير الطاقة خالد منصور: the role names him
        if parsed.kind in ("anonymous", "unspecified"):
            key = _words(parsed.name, self.lang)
            for e in reversed(self.entities):
                if _words(e.name, self.lang) == key:
                    return e
            holder = self._titled_holder(parsed, key)
            if holder is not None:
                return holder  # القاضي البيطار، متحدث حماس after the judge or spokesman named in full
            if len(key) == 1 and key[0] != _bare(key[0]):
                for e in reversed(self.entities):  # المصدر, الشهود: the source or witnesses met before
                    theirs = _words(e.name, self.lang)
                    if e.kind == "anonymous" and theirs and _bare(theirs[0]) == _bare(key[0]):
                        return e
            if parsed.kind == "anonymous" and len(key) > 1:
                mine = [_bare(w) for w in key]
                for e in reversed(self.entities):  # المتحدث باسم الداخلية for المتحدث الأمني باسم وزارة الداخلية
                    theirs = [_bare(w) for w in _words(e.name, self.lang)]
                    if e.kind == "anonymous" and len(theirs) > len(mine) and theirs[0] == mine[0] \
                            and _in_order(mine, theirs):
                        return e
            return None
        words = _words(parsed.name, self.lang)
        if not words:
            return None
        if self.lang == "ar" and parsed.kind == "person" and parsed.role \
                and len(_words(parsed.affiliation or "", self.lang)) == 1 and _only_role(parsed, words, self.lang):
            holder = self._titled_holder(parsed, words)
            if holder is not None:
                return holder  # اللواء الحذيفي after اللواء عبده الحذيفي: his rank and his surname
        if parsed.kind == "person" and parsed.role and _only_role(parsed, words, self.lang):
            return self._by_role(_words(parsed.role, self.lang), _words(parsed.affiliation or "", self.lang))
        for e in reversed(self.entities):
            if e.kind in ("anonymous", "unspecified"):
                continue
            theirs = _words(e.name, self.lang)
            if words == theirs:
                return e
            if self.lang == "ar" and e.kind == "person" == parsed.kind and len(words) > 1 \
                    and [_bare(w) for w in words] == [_bare(w) for w in theirs]:
                return e  # مهدي رباعي after مهدي الرباعي: a family name written with or without its article
            if self._own_body(parsed, words, theirs):
                continue  # Reyes after the Reyes campaign: the person, not the body
            if e.kind == "person" and parsed.role is None and _is_suffix(words, theirs) \
                    and ("and" not in theirs or "and" in words):
                return e  # a surname: عبد الرحمن, Abu Layla (not one of a pair: Williams after "Vindman and Williams")
            if e.kind != "person" and _is_prefix(words, theirs):
                return e  # a short name: المرصد, the Observatory
            if len(words) == 1 and words[0] in theirs and e.kind != "person" and parsed.role is None:
                return e  # "police" for the Wauwatosa Police Department
            if e.kind != "person" and _is_prefix(theirs, words) and words[len(theirs)] in _LOCATIVES:
                return e  # the body named with its place: الدفاع المدني في بلدة تل الورد
        bare = [_bare(w) for w in words]
        for e in reversed(self.entities):
            if e.kind not in ("person", "anonymous", "unspecified") and \
                    _is_prefix(bare, [_bare(w) for w in _words(e.name, self.lang)]) and \
                    not self._own_body(parsed, words, _words(e.name, self.lang)):
                return e  # the article dropped or added: المنظمة for منظمة الإغاثة
        return None

    def _own_body(self, parsed: Parsed, words: list[str], theirs: list[str]) -> bool:
        """Whether a body is a person's own, named by the person and one head word (the Reyes
        campaign, the Lima Foundation): a later "Reyes" is the person, not the campaign."""
        return parsed.kind == "person" and len(theirs) == len(words) + 1 \
            and theirs[-1] in lexicon.entries(self.lang, "organizations.txt")

    def _by_role(self, title: list[str], affiliation: list[str]) -> Entity | None:
        """A title without a name (الوزير, وزير الطاقة, the minister) names the last person who holds it."""
        for e in reversed(self.entities):
            if e.kind == "person" and holds_title(e.role, e.affiliation, title, affiliation, self.lang):
                return e
        return None

    def _titled_holder(self, parsed: Parsed, key: list[str]) -> Entity | None:
        """A title and a word that is not a title (القاضي البيطار، متحدث حماس): the person met
        earlier with that title whose name holds the word, or whose body does."""
        if len(key) < 2 or len(key) > 4:
            return None
        rest = key[1:]
        while rest and _bare(rest[0]) in _modifiers(self.lang):
            rest = rest[1:]  # الناطق باسم حماس
        for e in reversed(self.entities):
            if e.kind != "person" or not e.role or not rest:
                continue
            if not any(_same_title(w, key[0], self.lang) for w in _words(e.role, self.lang)):
                continue
            name = _words(e.name, self.lang)
            body = [_bare(w) for w in _words(e.affiliation or "", self.lang)]
            if _in_run(rest, name) or _in_order([_bare(w) for w in rest], body):
                return e
        return None

def _only_role(parsed: Parsed, words: list[str], lang: str) -> bool:
    """Whether a mention is a title (and body) with no name of its own: وزير الطاقة."""
    # المدير العام للخطوط التونسية: the preposition lam on the body's article is not part of its name
    words = ["ال" + w[2:] if lang == "ar" and w.startswith("لل") and len(w) > 3 else w for w in words]
    return words == _words(parsed.role or "", lang) + _words(parsed.affiliation or "", lang)


def holds_title(role: str | None, affiliation: str | None, title: list[str], body: list[str], lang: str) -> bool:
    """Whether a person named with ``role`` and ``affiliation`` holds the ``title`` (and
    ``body``) a nameless mention gives: الوزير, وزير الطاقة, "the minister", المتحدث باسم حماس.

    The one test for the resolver, which looks back, and for :func:`tie_in_article`, which
    also looks forward."""
    if not role or not title:
        return False
    heads = [w for w in title if _bare(w) not in _modifiers(lang)] or title
    head = heads[-1]  # الناطق الرسمي باسم: the title is الناطق, not its modifiers (role_modifiers.txt)
    if not any(_same_title(w, head, lang) for w in _words(role, lang)):
        return False
    return _same_body([_bare(w) for w in body], [_bare(w) for w in _words(affiliation or "", lang)])


def _same_title(a: str, b: str, lang: str) -> bool:
    """Whether two title words name one office: the same word, or synonyms (role_synonyms.tsv)."""
    a, b = _bare(a), _bare(b)
    return a == b or any(a in group and b in group for group in _role_synonyms(lang))


def _same_body(mine: list[str], theirs: list[str]) -> bool:
    """No body named, or the holder's body in short: its start, its end, or its words in order
    without its kind (الخطوط التونسية for شركة الخطوط التونسية, حماس for حركة المقاومة الإسلامية
    حماس); or, for a holder named with no body, the country's adjective (القاضي اللبناني)."""
    if not mine or _in_order(mine, theirs, _same_body_word):
        return True
    where = next((i for i, w in enumerate(mine) if w in _LOCATIVES), None)
    if where and not any(w in _LOCATIVES for w in theirs) and _in_order(mine[:where], theirs, _same_body_word):
        return True  # قائد المنطقة الرابعة في مدينة عدن: the holder's body, and where it is
    return not theirs and len(mine) == 1 and mine[0].endswith("ي")


# A body named with where it is (قائد المنطقة الرابعة في مدينة عدن) is still the holder's body,
# unless the holder's own body says where (سفير فرنسا في سوريا is not the one in Lebanon).
_LOCATIVES = ("في", "in")


def _same_body_word(mine: str, theirs: str) -> bool:
    """One word of a body as a later mention gives it: the same word, the word the holder's body
    wrote with a proclitic preposition (كلية الطب بالموصل ... كلية الطب الموصل: ب، ل، و), or the
    country's adjective for the body's feminine one (السفير الفرنسي for سفير الجمهورية الفرنسية)."""
    if mine == theirs:
        return True
    if len(mine) >= 3 and theirs[:1] in ("ب", "ل", "و") and theirs[1:] == mine:
        return True
    return len(mine) >= 4 and mine.endswith("ي") and theirs == mine + "ه"


@lru_cache(maxsize=None)
def _modifiers(lang: str) -> frozenset[str]:
    """Words that extend a title (الرسمي، باسم), without the article; none where a language has no list."""
    try:
        return frozenset(_bare(w) for w in lexicon.entries(lang, "role_modifiers.txt"))
    except FileNotFoundError:
        return frozenset()


@lru_cache(maxsize=None)
def _role_synonyms(lang: str) -> tuple[frozenset[str], ...]:
    """Groups of title words that name one office; none where a language has no such list."""
    try:
        return tuple(frozenset(_bare(lexicon.fold(w, lang)) for w in row) for row in lexicon.rows(lang, "role_synonyms.tsv"))
    except FileNotFoundError:
        return ()


def _in_run(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` stands in ``full`` as one run of consecutive words."""
    return any(full[i:i + len(short)] == short for i in range(len(full) - len(short) + 1))


# Prepositions that add a place to a body's name without making it another body.
_LOCATIVES = frozenset({"في", "in", "at"})


def _unbalanced_brackets(text: str) -> str:
    """Drop a bracket at either end that closes or opens nothing; keep "ليلى منصور (Laila Mansour)"."""
    while text.startswith("(") and ")" not in text:
        text = text[1:].lstrip()
    while text.endswith(")") and "(" not in text:
        text = text[:-1].rstrip()
    while text.endswith("("):
        text = text[:-1].rstrip()
    return text


def _bare(word: str) -> str:
    """A word without the Arabic article: الوزير → وزير."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _words(name: str, lang: str) -> list[str]:
    words = lexicon.fold(name, lang).split()
    if lang == "en" and words and words[0] == "the":
        words = words[1:]
    return words


def _in_order(short: list[str], full: list[str], same=lambda a, b: a == b) -> bool:
    """Whether every word of ``short`` appears in ``full``, in the same order."""
    rest = iter(full)
    return all(any(same(w, f) for f in rest) for w in short)


def _is_suffix(short: list[str], full: list[str]) -> bool:
    return 0 < len(short) < len(full) and full[-len(short):] == short


def _is_prefix(short: list[str], full: list[str]) -> bool:
    return 0 < len(short) < len(full) and full[:len(short)] == short


def tie_in_article(sources: list[Source], lang: str, text: str, parse,
                   starts: list[int] | None = None, describe=None) -> list[Source]:
    """Within one article, sources named short that the article names in full elsewhere (guide:
    short forms "point to the full entity"; a role-holder "named later in the article" becomes
    that person).

    The resolver reads left to right and only looks back; this pass, over the records the
    scorer kept, also looks forward and outside the statements:

    - a surname alone (أبو حمرة, Abu Hamra) is the one person of the article whose full name
      ends so, whether that name came earlier, later, or from a reading the scorer chose;
    - a title alone (الوزير, "the minister") is the one person of the article holding it;
    - a surname no statement gives in full is the one full name the text writes it with
      ("Ali Hamdan, the deputy minister, was speaking in Amman");
    - a description ("the governor", "China's ambassador to Britain") is the person the text
      names with its words (``describe``: the language's reading, :mod:`isnad.nlp.described`
      for English), the one named last before the statement when it names several.

    Each of the others is tied only when exactly one candidate exists: two Hamdans leave
    "Hamdan" as it is. ``parse``: the language rules' reading of a mention (name, kind, role,
    affiliation); ``starts``: where each statement begins, when known.
    """
    people = {s.name: s for s in sources if s.kind == "person"}
    out = []
    in_full: dict[tuple[str, str, str | None], Source | None] = {}

    def written_in_full(source: Source) -> Source | None:
        # one search of the text a name, not a statement: a name in every sentence made it quadratic
        key = (source.name, source.kind, source.role)
        if key not in in_full:
            in_full[key] = _written_in_full(source, text, lang, parse)
        return in_full[key]

    for i, source in enumerate(sources):
        # A title after someone has spoken is the resolver's to read (it looks back); only
        # a title before anyone is named may be tied to a person named later.
        first_to_speak = not any(s.kind == "person" for s in out)
        full = _fuller_speaker(source, people, lang) \
            or (first_to_speak and _holder_of_title(source, people, lang)) \
            or written_in_full(source) \
            or _described(source, text, parse, describe, starts[i] if starts else len(text))
        out.append(_as_tied(source, full) if full else source)
    return out


def _fuller_speaker(source: Source, people: dict[str, Source], lang: str) -> Source | None:
    if source.kind != "person":
        return None
    short = _words(source.name, lang)
    fuller = [s for s in people.values() if _is_suffix(short, _words(s.name, lang))]
    return fuller[0] if len(fuller) == 1 else None


def _holder_of_title(source: Source, people: dict[str, Source], lang: str) -> Source | None:
    """The one person of the article whose title (and body) a nameless mention gives."""
    title = _title_alone(source, lang)
    if source.kind not in ("person", "anonymous") or not title:
        return None
    body = _words(source.affiliation or "", lang)
    holders = [s for s in people.values() if s is not source and holds_title(s.role, s.affiliation, title, body, lang)]
    return holders[0] if len(holders) == 1 else None


def _title_alone(source: Source, lang: str) -> list[str]:
    """The title of a source named by its title (and body) only (الوزير, وزير الطاقة, "the
    minister"), else nothing."""
    name = _words(source.name, lang)
    if not source.role:  # "the minister": a title the rules kept as the name
        return name if " ".join(name) in lexicon.entries(lang, "titles.txt") else []
    said = _words(source.role, lang) + _words(source.affiliation or "", lang)
    return _words(source.role, lang) if name and [_bare(w) for w in name] == [_bare(w) for w in said] else []


def _written_in_full(source: Source, text: str, lang: str, parse) -> Source | None:
    """The one person name the article writes ending in this surname, outside any statement."""
    short = source.name.split()
    if source.kind != "person" or not 1 <= len(short) <= 2 or source.role:
        return None
    found = {}
    for run in _runs_before(source.name, text, lang):
        parsed = parse(run)
        words = _words(parsed.name, lang)
        if parsed.kind == "person" and _is_suffix(_words(source.name, lang), words) and len(words) <= 4:
            found[" ".join(words)] = parsed
    if len(found) != 1:
        return None
    parsed = next(iter(found.values()))
    return Source(parsed.name, "person", parsed.affiliation, parsed.role)


def _described(source: Source, text: str, parse, describe, at: int) -> Source | None:
    """The person a nameless description names in this text, when the language can tell."""
    if describe is None or source.kind not in ("person", "anonymous") or source.role:
        return None
    name = describe(text, source.name, at)
    if name is None:
        return None
    parsed = parse(name)
    return Source(parsed.name, "person", parsed.affiliation, parsed.role)


def _runs_before(name: str, text: str, lang: str) -> list[str]:
    """The words written just before each time ``name`` appears that may be the rest of a
    person's name: capitalised words in English, a given name (and one more word) in Arabic."""
    if lang == "en":
        # on one line, and past no full stop but an initial's or an abbreviation's (J. Smith, Gov. Ann
        # Lee): "on Face the Nation.\n\nCruz said" names no Nation Cruz
        pattern = rf"((?:[A-Z][\w'’.-]*[ \t\u00a0]+){{1,3}}){re.escape(name)}\b"
        return [m.group(0) for m in re.finditer(pattern, text) if not _past_a_full_stop(m.group(1))]
    # باسم is a given name and, far more often, "on behalf of" (المتحدث باسم نتنياهو)
    given = lexicon.entries("ar", "first_names.txt") - lexicon.entries("ar", "role_modifiers.txt")
    runs = []
    for m in re.finditer(rf"(\S+)\s+(?:(\S+)\s+)?{re.escape(name)}(?!\w)", text):
        first, middle = m.group(1), m.group(2)
        if middle and lexicon.fold(middle, lang) in given:
            runs.append(f"{middle} {name}")
        elif lexicon.fold(first, lang) in given:
            runs.append(f"{first} {middle} {name}" if middle else f"{first} {name}")
    return runs


def _past_a_full_stop(words: str) -> bool:
    """Whether an English run of words holds a full stop that ends a sentence."""
    abbreviations = lexicon.entries("en", "abbreviations.txt")
    return any(word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word)
               and word[:-1].lower() not in abbreviations for word in words.split())


def _as_tied(source: Source, full: Source) -> Source:
    return Source(full.name, full.kind, full.affiliation or source.affiliation, full.role or source.role,
                  sorted(set(full.aliases) | set(source.aliases) | {source.name}))
