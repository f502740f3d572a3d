"""The person an English description names: "China's ambassador to Britain" is Liu Xiaming when
the article writes "Liu Xiaming, China's ambassador to Britain"; "the New Jersey governor" is
"New Jersey Gov. Chris Christie"; "the actress" is "Oscar-winning actress Susan Sarandon".

The guide's annotators resolve such descriptions to the person the article names with them (a
role-holder "named later in the article" becomes that person). In the English training
annotations 33 records were right but typed anonymous because their description was left
unresolved; the graph then has two nodes for one person.

A description matches a name when each of its content words (a title word or its synonym,
``role_synonyms.tsv``: Gov. for governor) stands in the words written around that name: the few
words before it in its sentence, or the appositive after it. Of several people so described, the
one whose surname the text wrote last before the statement is meant, as a reader takes it;
a tie leaves the description as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .casing import headings, in_heading

LANG = "en"
# How many characters, and words, before a name its description may start (a title's few words).
BEFORE = 90
TITLE_WORDS = 6
# A name: two to five capitalised words, an initial or a particle between (Khalid al-Falih).
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # (Andrés Manuel López Obrador)
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}{_LOWER}][{_LOWER}]+)*"
_NAME = re.compile(rf"(?<![\w'’.-])(?:{_WORD}|[A-Z]\.)(?:[ \u00a0]+(?:{_WORD}|[A-Z]\.|"
                   rf"(?:al|el|bin|ibn|abu|van|von|de|da|du|le|la)[- ]{_WORD})){{1,4}}(?![\w'’-])")
_APPOSITIVE = re.compile(r",\s+([^,.;:()\"“”]{2,80})[,.;]")
_SENTENCE_END = re.compile(r"[.!?;:\n]\s")


def described_person(text: str, description: str, at: int, parse, forward: bool = True) -> str | None:
    """The name of the person ``text`` writes with the words of ``description``, or None.

    ``at``: where the statement naming the description stands; ``forward``: whether a name
    written after it counts (a resolver reading left to right only looks back)."""
    wanted = _content_words(description)
    if not any(w in _titles() for w in wanted):
        return None  # a title in the description: the minister, China's ambassador to Britain
    holders: dict[str, int] = {}
    for name, start, around in _named_people(text, parse):
        if not forward and start >= at:
            break
        if all(_synonyms(word) & around for word in wanted):
            words = name.split()
            while len(words) > 2 and _word(words[0]) in wanted:
                words = words[1:]  # China's ambassador to Britain Liu Xiaming: Britain is the title's
            holders.setdefault(" ".join(words), start)
    names = [n for n in holders if not any(o != n and o.endswith(" " + n) for o in holders)]
    if len(names) < 2:
        return names[0] if names else None
    last = {n: text.rfind(n.split()[-1], 0, at) for n in names}
    best = sorted(names, key=last.get, reverse=True)
    return best[0] if last[best[0]] > last[best[1]] else None


def _content_words(description: str) -> list[str]:
    words = [_word(w) for w in description.split()]
    return [w for w in words if w and w not in _function_words()]


@lru_cache(maxsize=4)
def _named_people(text: str, parse) -> tuple[tuple[str, int, frozenset[str]], ...]:
    """(name, where, the words written around it) for each person the text names in full, in order."""
    out = []
    heading = headings(text)
    for m in _NAME.finditer(text):
        if in_heading(heading, m.start()):
            continue  # Former Clinton Pollster Says Clinton Is In Trouble: a heading's capitals name no one
        parsed = parse(m.group())
        if parsed.kind != "person" or len(parsed.name.split()) < 2:
            continue
        before = text[max(0, m.start() - BEFORE):m.start()]
        ends = [e for e in _SENTENCE_END.finditer(before) if not _abbreviation(before, e.start())]
        before = before[ends[-1].end():] if ends else before
        # the words right before the name, past no comma or bracket (Saudi Arabian energy minister
        # Khalid al-Falih; not "the actress is a campaigner for Senator Bernie Sanders")
        before = " ".join(re.split(r"[,;:()\"“”—–]", before)[-1].split()[-TITLE_WORDS:])
        appositive = _APPOSITIVE.match(text, m.end())
        around = before + " " + m.group() + " " + (appositive.group(1) if appositive else "")
        out.append((parsed.name, m.start(), frozenset(_word(w) for w in around.split()) - {""}))
    return tuple(out)


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation or an initial (Gov., J.), not a sentence."""
    word = re.search(r"(\S+)$", text[:stop])
    return text[stop] == "." and word is not None and (
        len(word.group(1)) == 1 or word.group(1).lower() in lexicon.entries(LANG, "abbreviations.txt"))


def _word(word: str) -> str:
    """A word folded, without its possessive or the punctuation around it (China's: china)."""
    word = lexicon.fold(word.strip("\"“”'‘’,.;:()[]"), LANG)
    return re.sub(r"['’]s$", "", word)


def _synonyms(word: str) -> set[str]:
    return {word} | _title_synonyms().get(word, set())


@lru_cache(maxsize=None)
def _title_synonyms() -> dict[str, set[str]]:
    """governor: {gov}: the words role_synonyms.tsv puts with each title word (stops dropped)."""
    out: dict[str, set[str]] = {}
    for row in lexicon.rows(LANG, "role_synonyms.tsv"):
        words = {_word(w) for w in row}
        for word in words:
            out.setdefault(word, set()).update(words - {word})
    return out


@lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    return frozenset(_word(w) for w in lexicon.entries(LANG, "titles.txt")) | frozenset(_title_synonyms())


@lru_cache(maxsize=None)
def _function_words() -> frozenset[str]:
    return frozenset(_word(w) for name in ("determiners.txt", "prepositions.txt")
                     for w in lexicon.entries(LANG, name)) | {"and"}
