"""English attribution rules: who said what, found with compiled patterns.

Every cue (said, told, according to, adding ...) is read against what
surrounds it in its sentence, in the orders English news uses:

- subject first:   ``X (has also) said (on Monday) (that) CONTENT``
- content first:   ``CONTENT, X said (in a statement).`` / ``"...," X said.``
- inverted:        ``"...," said X.`` / ``CONTENT, said X.``
- prepositional:   ``According to X, CONTENT`` / ``CONTENT, according to X.``
- continuation:    ``..., adding that CONTENT`` (the subject is the last speaker); ``by saying CONTENT``
- fronted:         ``Said X, "..."`` / ``Stated X: "..."``
- headline:        ``Police: CONTENT`` on a line of its own
- resumed:         ``"A," X said. "B."`` / ``A, X said, B``: one content around its cue

Word lists (cues, titles, organisation and media words, anonymity phrases)
live in ``data/lexicons/en/``; this module only holds the grammar.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import lexicon
from .casing import title_case
from .described import described_person
from .document import Document
from .records import Attribution, Outlet, Source, Span
from .segment import MAX_SENTENCE_CHARS
from .resolve import Parsed, Resolver, clean

LANG = "en"
OPEN_QUOTES = "\"“«„'‘"
CLOSE_QUOTES = "\"”»'’"
QUOTES = set(OPEN_QUOTES + CLOSE_QUOTES)
# a word: no quotation mark inside, the two apostrophes that stand for one ('') included, and the
# comma of a thousands separator (3,248)
_WORD = re.compile(r"(?:[^\s,;:()\[\]\"“”«»']|(?<!')(?!'')'|(?<=\d),(?=\d{3}))+|\([^()\s]{1,12}\)")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['’](?=\s)")
_MARKED = {"'": "\x00", "’": "\x01"}


# ---------------------------------------------------------------- lexicons

def _set(name: str) -> frozenset[str]:
    return lexicon.entries(LANG, name)


@lru_cache(maxsize=None)
def _phrases(name: str) -> str:
    """A word-bounded, case-insensitive alternation of a lexicon's entries."""
    return rf"(?<![\w-])(?:{lexicon.alternation(lexicon.lines(LANG, name))})(?![\w-])"


@dataclass(frozen=True)
class CueForm:
    type: str           # verb | participle | prep
    addressee: bool     # told X (that) ...: the hearer comes before the content
    infinitive: bool = False  # vowed to fight on: a to-infinitive can be the content
    object: bool = False      # denied any wrongdoing: the content can be a noun phrase
    denial: bool = False      # denied that ...: the source says the content is false
    naming: bool = False      # called the plan "a disgrace": the content is an object and the label given it
    passive: bool = False     # was quoted as saying: the subject of the passive is the speaker
    framed: bool = False      # continued: a cue only around a content, or before "that" or a colon
    evidence: bool = False    # found, shows: a cue when a record is the subject (a poll found) or before "that"
    linking: bool = False     # tied the attacks to the gang: a content only with the "to" of what it is tied to
    grounds: bool = False     # called out X for Y: a content only with the grounds (for, over, as, with) after X


@lru_cache(maxsize=None)
def _cues() -> dict[str, CueForm]:
    out = {}
    for row in _cue_rows():
        flags = set(",".join(row[2:]).split(","))
        out[lexicon.fold(row[0], LANG)] = CueForm(row[1], "addressee" in flags, "infinitive" in flags,
                                                  "object" in flags, "denial" in flags, "naming" in flags,
                                                  "passive" in flags, "framed" in flags, "evidence" in flags,
                                                  "linking" in flags, "grounds" in flags)
    return out


@lru_cache(maxsize=None)
def _cue_rows() -> list[list[str]]:
    """The hand-written cues, then the mined ones (mined_cues.tsv) that add a new verb."""
    return lexicon.rows(LANG, "cues.tsv") + _mined_rows()


@lru_cache(maxsize=None)
def _mined_rows() -> list[list[str]]:
    """The mined cue forms of verbs the hand list lacks: a mined form of a verb the hand list has
    (wrote on, said with) would hide the hand form's own reading, and a word another lexicon reads
    (reportedly) keeps that reading."""
    known = {lexicon.fold(r[0], LANG) for r in lexicon.rows(LANG, "cues.tsv")} | set(_unspecified())
    known_verbs = {form.split()[0] for form in known}
    return [[row[0], row[1], row[2] if row[2] != "-" else ""] for row in lexicon.rows(LANG, "mined_cues.tsv")
            if lexicon.fold(row[0], LANG).split()[0] not in known_verbs]


@lru_cache(maxsize=None)
def _mined_forms() -> frozenset[str]:
    return frozenset(lexicon.fold(row[0], LANG) for row in _mined_rows())


@lru_cache(maxsize=None)
def _cue_re() -> re.Pattern:
    """The hand-written cue forms: where the rules look for cues and stop a phrase at one."""
    return _forms_re(tuple(r[0] for r in lexicon.rows(LANG, "cues.tsv")))


@lru_cache(maxsize=None)
def _any_cue_re() -> re.Pattern:
    """The hand-written and the mined cue forms: every cue a sentence is read for."""
    return _forms_re(tuple(r[0] for r in _cue_rows()))


def _forms_re(forms: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{lexicon.alternation(list(forms))})(?![\w-])", re.I)


@lru_cache(maxsize=None)
def _unspecified() -> dict[str, str]:
    return {lexicon.fold(r[0], LANG): r[1] for r in lexicon.rows(LANG, "unspecified.txt")}


# the passive's auxiliary in an unspecified.txt entry (was accused of) stands for its other tenses
# (has been accused of), and an adverb may stand after it (were initially reported killed)
_UNSPECIFIED_AUX = r"(?:is|was|are|were|(?:has|have|had)\s+been)"
_UNSPECIFIED_ADVERB = r"(?:\s+(?!only\b)(?:[a-z]{3,}ly|also|long|still|often|now|first|later|already))?"


@lru_cache(maxsize=None)
def _unspecified_re() -> re.Pattern:
    forms = [f for f, t in _unspecified().items() if t in ("adverb", "lead", "charge")]
    tails = sorted({t for t in (_unspecified_tail(f) for f in forms) if t})
    passive = rf"{_UNSPECIFIED_AUX}{_UNSPECIFIED_ADVERB}\s+(?:{lexicon.alternation(tails)})"
    return re.compile(rf"(?<![\w-])(?:{passive}|{lexicon.alternation(forms)})(?![\w-])", re.I)


def _unspecified_tail(form: str) -> str | None:
    """``accused of`` for ``was accused of``: an entry's words after its passive auxiliary."""
    m = re.fullmatch(r"(?:is|was|are|were)\s+(.+)", form)
    return m.group(1) if m else None


def _unspecified_kind(words: str) -> str:
    """The kind (unspecified.txt) of the words a match of ``_unspecified_re`` holds."""
    folded = lexicon.fold(re.sub(r"\s+", " ", words), LANG)
    if folded in _unspecified():
        return _unspecified()[folded]
    m = re.fullmatch(rf"{_UNSPECIFIED_AUX}{_UNSPECIFIED_ADVERB}\s+(.+)", folded)
    tail = m.group(1) if m else folded
    return next((k for f, k in _unspecified().items() if _unspecified_tail(f) == tail), "adverb")


@lru_cache(maxsize=None)
def _pronouns() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.rows(LANG, "pronouns.tsv")}


@lru_cache(maxsize=None)
def _references() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.rows(LANG, "references.tsv")}


@lru_cache(maxsize=None)
def _titles_re() -> re.Pattern:
    return re.compile(_phrases("titles.txt"), re.I)


@lru_cache(maxsize=None)
def _media_names() -> frozenset[str]:
    return _set("media.txt")


@lru_cache(maxsize=None)
def _time_re() -> re.Pattern:
    time = lexicon.alternation(lexicon.lines(LANG, "time.txt"))
    one = (rf"(?:(?:early|late|earlier|later)\s+)?(?:(?:on|in|last|this|next|on\s+the)\s+)?"
           rf"(?:{time})(?:\s+(?:morning|afternoon|evening|night))?"
           rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?")
    return re.compile(rf"\s*(?:{one})(?![\w-])", re.I)


@lru_cache(maxsize=None)
def _programmes() -> str:
    return lexicon.alternation(lexicon.lines(LANG, "programmes.txt"))


# a programme's title: quoted ("This Week", “Morning Joe,”, the Times' ''Meet the Press'') or one of
# programmes.txt, as written
_PROGRAMME = rf"(?:(?:[\"“]|'')[A-Z0-9][^\"“”\n]{{0,60}}?(?:[\"”]|'')|(?:{_programmes()})(?![\w'’&-]))"
# a North American broadcaster's call sign with its frequency (WOR710, KCBS-740); bare, it would
# also read WHO, WTO or CIA (the band alone, WABC-AM, is read where media names are)
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}-?\d{2,4}(?:-?(?:AM|FM))?")


@lru_cache(maxsize=None)
def _channel_re() -> re.Pattern:
    """``in a brief statement``, ``in an interview with France 24``, ``on Twitter``, ``to reporters``."""
    channels = lexicon.alternation(lexicon.lines(LANG, "channels.txt"))
    # (a name stops at a programme its possessive owns: CBS's Face the Nation is CBS's, then the programme)
    owned = rf"(?!(?<=['’]s\s){_PROGRAMME})(?!(?<=s['’]\s){_PROGRAMME})"
    name = rf"(?:the\s+)?[A-Z0-9][\w'’.&-]*(?:\s+{owned}(?:[A-Z0-9][\w'’.&-]*|of(?:\s+the)?(?=\s+[A-Z])|de|al))*"
    # the programme a medium's name owns: on ABC's "This Week", on Fox News' “Sunday Morning Futures”,
    # on CBS's Face the Nation (programmes.txt), or named by its kind (on Radio Kelford's morning show,
    # the Herald's weekly podcast)
    show = rf"(?:(?:(?<=['’]s)|(?<=s['’]))(?:\s*{_PROGRAMME}" \
        rf"|\s+(?:[a-z]+\s+){{0,2}}?(?:{channels})(?![\w-])))?"
    # the day's edition before the programme: on Sunday's edition of CNN's "State of the Union",
    # on Sunday's "Meet the Press" on NBC (the network after the title)
    edition = r"(?:[A-Z][a-z]+day['’]s\s+(?:(?:edition|episode|broadcast|installment)\s+of\s+)?)"
    titled = rf"on\s+{edition}{_PROGRAMME}(?:\s+on\s+(?P<network>{name}))?"
    # in a video posted on Telegram, in remarks carried by the official news agency WAM, by state television
    medium = rf"(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?(?:{name}|(?:television|TV|radio|media|news\s+agency)(?![\w-])" \
        rf"(?:\s+{name})?|(?:(?!that\b)[a-z-]+\s*){{1,3}}(?=\s*(?:that\b|[,.;:]|$)))"
    # a medium described before its name: in an interview with the state news agency SANA
    described = rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?{_phrases('media_heads.txt')}\s+(?=[A-Z0-9]))?"
    # in a statement emailed to NBC News, in remarks given to the paper
    day = r"(?:\s+(?:on\s+|last\s+|this\s+)?[A-Z][a-z]+day)?"  # in an interview Tuesday with ..., published Monday in
    # ... an interview that aired Sunday on CBS: the relative before the participle is read as part of it
    verb = r"(?:(?:that|which)\s+(?:was\s+|were\s+)?)?(?:posted|published|broadcast|aired|carried|released|shared|" \
        r"issued|run|e-?mailed|sent|given|provided|made)"
    # (the medium may go unsaid: told CNN's Ana Lima in an interview aired Sunday that ...)
    carried = rf"(?:\s+{verb}{day}(?:\s+(?:on|by|in|to)\s+(?P<by>{medium}){show})?)"
    # a second channel word is not the participle that says who carried it (comments broadcast by CNN)
    second = rf"(?:\s+(?!{verb}{day}\s+(?:on|by|in|to)\s)(?:{channels}))?"
    # a host's programme: on his podcast "The Axe Files" (the title), on Hugh Hewitt's radio show
    programme = lexicon.alternation(lexicon.lines(LANG, "programme_words.txt"))
    small = r"(?:a|an|the|of|and|in|on|to|for|with|at|by|or)"
    title = rf"[\"“](?:[A-Z0-9][\w'’.:-]*|{small})(?:\s+(?:[A-Z0-9][\w'’.:-]*|{small})){{0,8}},?[\"”]"
    hosted = rf"(?:on|in|to)\s+(?:(?:his|her|their|its|the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?:{programme})\s+" \
        rf"(?P<title>{title})|(?P<hosted>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*(?:['’]s|(?<=s)['’])\s+" \
        rf"(?:[a-z-]+\s+){{0,2}}?(?:{programme})(?![\w-])))"
    return re.compile(
        rf"\s*,?\s*(?:{hosted}|(?:in|during|at|via|through|with|on)\s+(?:an?|the|his|her|their|its|a\s+\w+)?\s*"
        rf"(?:(?P<platform>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})\s+|[\w-]+\s+){{0,2}}?(?:{channels}){second}(?![\w-])"
        rf"(?:{day}\s+(?:with|to|on|for)\s+(?P<with>{described}{name}{show}))?{carried}?"
        rf"|{titled}|(?:on|to|for|in)\s+{edition}?(?P<on>{described}{name}{show})"
        rf"|to\s+(?:reporters|journalists|the\s+press|the\s+media)(?![\w-]))",
    )


@lru_cache(maxsize=None)
def _channels() -> str:
    return lexicon.alternation(lexicon.lines(LANG, "channels.txt"))


def _names_something(mention: str) -> bool:
    """Whether a mention holds a proper name (the BBC, Reuters) rather than only common nouns (local media)."""
    return any(_is_name_word(w) for w in re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.I).split())


def _regex(name: str) -> re.Pattern:
    return re.compile(_phrases(name), re.I)


@lru_cache(maxsize=None)
def _compiled() -> dict[str, re.Pattern]:
    return {n: _regex(n + ".txt") for n in ("anonymity", "clause_breaks", "heading_labels")}


# ---------------------------------------------------------------- mentions

def _fold_word(word: str) -> str:
    return _POSSESSIVE.sub("", word.strip(".,;:()[]\"“”'‘’")).lower()


def _is_name_word(word: str) -> bool:
    """A word that can be part of a proper name: capitalised, an initial, a digit run, al-Ansari."""
    w = word.strip("()\"“”'‘’")
    if not w or "=" in w:
        return False  # (XAU=, US10YT=RR: a market ticker, not a name)
    if w[0].isupper() or w[0].isdigit():
        return True
    return bool(re.match(r"(?:al|el|ad|as|ash|bin|ibn|abu|van|von|de|der|da|la|le|du)-\w", w, re.I))


def _surname_title(part: str) -> bool:
    """``Amy Pope``, ``former Prime Minister John Major``: a title word that is also a surname ends
    the words, right after a capitalised word that is no title, with no article first: the person's
    surname, not a title (the Saudi King, Deputy Dean and Judge Ana Ruiz keep their titles)."""
    words = part.split()
    return len(words) >= 2 and words[-1][:1].isupper() and _fold_word(words[-1]) in _set("surname_titles.txt") \
        and words[-2].isalpha() and words[-2][:1].isupper() and not words[-2].isupper() \
        and words[0].lower() not in ("the", "a", "an") and not _starts_title(words, len(words) - 2) \
        and not _titles_re().fullmatch(" ".join(words[-3:-1]))


def _starts_title(words: list[str], i: int) -> int:
    """How many words from ``i`` form a title (0 when none), the longest known title first."""
    for n in (3, 2, 1):
        if i + n <= len(words):
            phrase = " ".join(_fold_word(w) if k == n - 1 else words[i + k].lower()
                              for k, w in enumerate(words[i:i + n]))
            if phrase in _set("titles.txt") or phrase + "." in _set("titles.txt"):
                return n
    return 0


def _kind_of_body(text: str) -> str | None:
    """media or organization when the words of ``text`` name a body, else None."""
    folded = lexicon.fold(re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I), LANG)
    words = [_fold_word(w) for w in folded.split()]
    if not words:
        return None
    if words[-1] in _set("anonymous.txt") and not text.strip().split()[-1][:1].isupper():
        return None  # "an observer" is a person; "the Tigris Observer", a paper
    if folded in _media_names() or " ".join(words) in _media_names() \
            or re.search(r"[A-Z](?:-|\s)(?:TV|FM|AM)$", text.strip()) or _CALL_SIGN.fullmatch(text.strip()) \
            or _the_medium(text):
        return "media"  # (WHO-TV, KCRW-FM, WOR710: a station)
    if any(" ".join(words[i:]) in _media_names() for i in range(len(words))) and len(words) > 1 \
            and len(words[-1]) > 1:
        return "media"  # Israel's Channel 12, the Reuters news agency, the Westmere Gazette
    raw = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I).split()
    if 1 < len(words) <= 3 and words[0] in _media_names() and not re.search(r"['’]s$", raw[0]) \
            and all(w[:1].isupper() for w in raw[1:]) \
            and not any(w in _set("titles.txt") | _set("organizations.txt") for w in words[1:]):
        return "media"  # BBC Breakfast, CNN Tonight: a medium's programme is the medium (not CNN's Jake Tapper)
    if words[-1] in _set("media_staff.txt") and (
            any(w in _media_names() for w in words[:-1]) or _has_phrase(words[:-1], _media_names())):
        return "media"  # an Agence France-Presse correspondent; a correspondent of no named medium is anonymous
    if folded in _set("bodies.txt") or " ".join(words) in _set("bodies.txt"):
        return "organization"  # Israel, Yahoo, Cal Fire: a state or company speaking as itself
    orgs = _set("organizations.txt")
    if any(w in orgs for w in words) or " ".join(words) in orgs or _has_phrase(words, orgs):
        return "organization"
    if re.search(r"[A-Z][\w'’-]*\s+for\s+(?:the\s+)?[A-Z]", text) and not _titles_re().search(text):
        return "organization"  # Muslims for Human Rights, Centers for Disease Control: a body's name
    if any(_CORPORATE.fullmatch(w.strip(".,")) for w in text.split()):
        return "organization"  # WestJet, Edmunds.com, AT&T: names written as companies write them
    if any(re.fullmatch(r"[A-Z]{2,6}", w.strip(".,")) for w in text.split()):
        return "organization"  # an acronym: FBI, IMF, FPD
    return None


def _the_medium(text: str) -> bool:
    """A medium whose name holds its article (The Hill, The Atlantic, The Intercept): known only with
    it, and only capitalised, as names are (not the hill a road climbs)."""
    m = re.fullmatch(r"[Tt]he\s+([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)", text.strip())
    return m is not None and "the " + lexicon.fold(m.group(1), LANG) in _media_names()


# A word written the way companies write their names: inner capitals after a word of three
# letters or more (WestJet, InfoNation; not McDonald, DeSantis, MacArthur), a web domain, an ampersand
_CORPORATE = re.compile(r"(?!Mac|Mc)[A-Z][a-z]{2,}[A-Z][a-z]+|[A-Za-z][\w-]+\."
                        r"(?:com|net|org|io|gov|edu|fr|de|uk|ru|cn|info|news|tv)(?![\w-])|[A-Z]+&[A-Z]+")


def _has_phrase(words: list[str], entries: frozenset[str]) -> bool:
    """Whether a run of two words or more of ``words`` is an entry."""
    return any(" ".join(words[i:j]) in entries for i in range(len(words)) for j in range(i + 2, len(words) + 1))


def parse_mention(text: str) -> Parsed:
    """What the words naming a speaker say: kind, name, role and affiliation."""
    text = _without_time(_clean(re.sub(r"\s*\([^()]*(?:\)|$)", "", text or "")))
    if not text or _not_a_name(text):
        return Parsed("", "unspecified")
    named = _named_document().match(text)
    if named and not _titles_re().fullmatch(named.group(1)):  # a Huffington Post review of filings: the paper
        return parse_mention(named.group(1))
    issuer = _document_from().match(text)
    if issuer:  # a January report from research firm IBISWorld, data shown by X: the issuer is the source
        return parse_mention(issuer.group(1))
    text = re.split(r"\s+(?:[a-z]+ed|seen|shown|written|given)\s+(?:(?:on|in|last|this)\s+\S+\s+)?by\s", text)[0]
    text = re.sub(r"^[Bb]oth\s+(?=[A-Z])", "", text)  # both Vindman and Williams
    opener = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text)
    if opener and _fold_word(opener.group(1)) in _set("subordinators.txt") | _set("connectives.txt"):
        text = text[opener.end():]  # As Donald Trump began ...: the clause's first word, capitalised, names no one
    # (the first word may be capitalised only as a sentence's first: Maritime security firm Ambrey)
    described = re.fullmatch(r"(?:[Tt]he\s+)?((?:[A-Za-z][a-z-]*\s+)?(?:[a-z-]+\s+)?([a-z]+))\s+([A-Z].*)", text)
    if described and _fold_word(described.group(2)) in _media_names() | _set("organizations.txt") \
            and not _titles_re().search(described.group(3)):
        # the magazine IstoE, newspapers O Globo and Folha, rights group Amnesty International, research firm X
        tail = " ".join(_fold_word(w) for w in described.group(1).split()[-2:])  # the official news agency WAM
        kind = "media" if _fold_word(described.group(2)) in _media_names() or tail in _media_names() else "organization"
        return Parsed(described.group(3), kind, role=None)
    bare = re.sub(r"^(?:the|a|an|another)\s+", "", text, flags=re.I)
    if _the_medium(text) and not _kind_of_body(bare):
        return Parsed(re.sub(r"^the\s", "The ", text), "media")  # The Hill: the article is part of the name
    folded = lexicon.fold(bare, LANG)
    if _unspecified().get(folded) or folded in ("report", "reports"):
        return Parsed(bare, "unspecified")
    if folded in _set("records.txt"):
        return Parsed(bare, "anonymous")  # Polls show, Surveys found: a record (capitalised only as a sentence's first word)
    if _compiled()["anonymity"].search(text):
        core = re.split(r",|\s+who\s+|\s+speaking\s+", bare, maxsplit=1)[0].strip()
        return Parsed(core or bare, "anonymous", affiliation=_group_of(core))
    # X, a Republican who has met Trump and been mentioned as ...: the relative describes, it names no one
    text = re.sub(r"\s+(?:who|whose|whom|which)\s[^,]*", "", text)
    bare = re.sub(r"\s+(?:who|whose|whom|which)\s[^,]*", "", bare)
    if _share(bare):
        return Parsed(bare, "anonymous")  # Nearly half, Six in 10 voters: a group of people
    described_group = re.fullmatch(r"(.*?[a-z][a-z'’-]*[^su\W]s)\s+[a-z]{3,}ing\s.+", bare)
    head = parse_mention(described_group.group(1)) if described_group else None
    if head is not None and head.kind != "person":  # (a lone capitalised plural reads as a name)
        return replace(head, name=bare)  # Council members backing the bill: the participle describes the group
    group = re.fullmatch(r"(.+?)\s+and\s+(.+)", bare)
    if group and re.match(r"(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w'’-]*,\s+[a-z]", bare):
        group = None  # Ann Lowry, minister for ports, harbours and shipping: a name, then its description
    if group and any(parse_mention(side).kind == "anonymous" and not _names_something(side) for side in group.groups()) \
            and not _kind_of_body(bare) == "organization":
        return Parsed(bare, "anonymous")  # witnesses and local media: a group, anonymous by the guide
    pair = re.fullmatch(r"(?:the\s+)?([A-Z][^,]*?)\s+and\s+([A-Z][^,]*)", text)
    if pair and all(_looks_like_name(p) and len(p.split()) > 1 for p in pair.groups()) and not _kind_of_body(text) \
            and not re.search(r"\s(?:of|for)\s", pair.group(1)):  # not a title's portfolio (Minister of X and Y)
        # X and Y said: one attribution whose source names both (the guide's settled case)
        left, right = parse_mention(pair.group(1)), parse_mention(pair.group(2))
        kinds = {left.kind, right.kind}
        kind = "person" if kinds == {"person"} else next(k for k in ("organization", "media", "person", "anonymous")
                                                          if k in kinds)
        return Parsed(f"{left.name} and {right.name}", kind)
    parts = [p.strip() for p in re.split(r"(?<!\d),|,(?!\d{3})", text)  # (not the comma of 1,200 workers)
             if p.strip() and not re.fullmatch(r"and", p.strip())
             and not _PARTY_STATE.fullmatch(p.strip())]  # Rep. Ann Lee, R-Pa.: her party and state, no name
    names = [p for p in parts if _looks_like_name(p)]
    # Senator Bob Corker, a Tennessee Republican: the description (a/an/the ...) is not the name
    names = [p for p in names if not re.match(r"(?:a|an|the)\s", p, re.I)] or names
    # Jonas Berg, 52, of Leeds / the chief in Gaza, Khalil al-Hayya: a bare name first, else the last name
    name_part = next((p for p in names if not _titles_re().search(_without_honorifics(p)) or _surname_title(p)),
                     names[-1] if names else None)
    roles = [re.sub(r"^and\s+", "", p) for p in parts if p is not name_part]
    if name_part is None:
        return _parse_unnamed(bare)
    whole = _kind_of_body(name_part)
    member = re.fullmatch(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\s+(?:of|at|for|with)\s+(.+)", name_part)
    if whole and member and not _kind_of_body(member.group(1)) and not _titles_re().search(member.group(1)) \
            and not any(_fold_word(w) in _set("name_connectors.txt") or _kind_of_body(w) or _titles_re().search(w)
                        or _fold_word(w) in _set("organizations.txt") | _set("anonymous.txt")
                        or _fold_word(w).rstrip("s") in _set("organizations.txt") | _set("titles.txt")
                        for w in member.group(1).split()):
        # Sui-Lee Wee of the New York Times, Tom Hale of the State Department: a person and the body
        # they work for (but the Council on Foreign Relations, Bank of America: one body's name)
        return Parsed(member.group(1), "person", affiliation=re.sub(r"^(?:the|a|an)\s+", "", member.group(2),
                                                                    flags=re.I))
    if whole and re.search(r"\s(?:on|of|for)\s", name_part) and not _titles_re().search(name_part):
        # the Council on Foreign Relations, the Forum on Gaza: a body's name, not a role and a person
        return Parsed(re.sub(r"^(?:the|a|an)\s+", "", name_part, flags=re.I), whole)
    name, role, affiliation = _split_person(name_part)
    # Dr., Sgt.: a form of address gives way to a title the apposition gives ("director of ...")
    address_only = bool(role) and _without_honorifics(f"{role} _") == "_"
    for extra in roles:
        r, a = _split_role(extra)
        if r and address_only:
            role, address_only = r, False
        role = role or r
        affiliation = affiliation or a
    if not name:
        return _parse_unnamed(bare)
    body = _kind_of_body(name)
    if not body and not role and any(_appositive_body(r) for r in roles):
        body = "organization"  # Ambrey, a maritime security firm: the appositive says what it is
    if body and not role:
        return Parsed(re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I), body, affiliation=affiliation)
    if _fold_word(name.split()[-1]) in _set("anonymous.txt") and not role:
        return Parsed(name, "anonymous", affiliation=affiliation)
    return Parsed(name, "person", role, affiliation)


_PARTY_STATE = re.compile(r"[RDI]-(?:[A-Z][A-Za-z]*\.?){1,3}(?:\s[A-Z][a-z]*\.?)?")  # R-Pa., D-N.Y., R-New Mexico


# a report from Yonhap, the TexAuto Facts report from InfoNation, a statement by the ministry
@lru_cache(maxsize=None)
def _document_from() -> re.Pattern:
    """A record and who issued it: a January report from research firm IBISWorld, a poll by Gallup
    released Wednesday (the issuer is the source; the participle after it says when)."""
    records = lexicon.alternation(sorted(_set("records.txt") | {"statement", "release"}))
    return re.compile(r"(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}"
                      rf"(?:{records})s?(?:\s+(?:on\s+|last\s+)?[A-Z][a-z]+day)?"  # a report Tuesday from WKOW
                      # (figures that were released Thursday by Crowdpac, data shown by the president)
                      r"\s+(?:from|by|of|(?:(?:that|which)\s+(?:was|were|is|are|had\s+been|have\s+been)\s+(?:be\s+)?)?"
                      r"(?:issued|released|conducted|shown|compiled|provided|published|presented)"
                      r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+by)\s+"
                      r"(.+?)(?:\s+(?:released|published|issued|conducted|out)\b.*)?$", re.I)


@lru_cache(maxsize=None)
def _named_document() -> re.Pattern:
    """``a Huffington Post review of filings``, ``a CNN poll of voters``: a name before the record is
    its issuer; what follows "of" is what it reviewed or whom it asked."""
    records = lexicon.alternation(sorted(_set("records.txt")))
    return re.compile(r"(?:the|a|an)\s+((?:[A-Z][\w'’.&/-]*\s+){0,3}[A-Z][\w'’.&/-]*)\s+"
                      rf"(?:{records})s?\s+of\s+\S")


def _without_time(text: str) -> str:
    """A name never holds a time word: ``the Observatory yesterday`` is the Observatory (but a
    medium's name that ends in one, USA Today, is whole)."""
    if lexicon.fold(re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I), LANG) in _media_names():
        return text
    while True:
        m = _trailing_time_re().search(text)
        if not m or m.start() == 0 or re.search(r"\b[A-Z][a-z]+s$", m.group().strip()) \
                and not m.group().strip().lower().rstrip("s") in _set("weekdays.txt"):
            return text  # Timothy Weeks is a name; the Observatory Tuesday is not
        if _surname_month(text, m):
            return text  # Theresa May, April Grant's ... June: a bare month after a given name is a surname
        text = text[:m.start()].rstrip(" ,")


def _surname_month(text: str, m: re.Match) -> bool:
    """A bare month name (no day, no "in"/"last") right after a capitalised word ends a person's name."""
    month = m.group().strip()
    before = text[:m.start()].split()
    return month.istitle() and month.lower() in _months() and bool(before) and before[-1].istitle() \
        and before[-1].isalpha() and _fold_word(before[-1]) not in _set("weekdays.txt") \
        and _fold_word(before[-1]) not in _months()


@lru_cache(maxsize=None)
def _months() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.rows(LANG, "months.tsv"))


@lru_cache(maxsize=None)
def _trailing_time_re() -> re.Pattern:
    return re.compile(rf"(?<=\S)(?:{_time_re().pattern})\s*$", re.I)


def _not_a_name(text: str) -> bool:
    """Words that name no one: an adverb or a participle with no noun (recently, conflicting,
    deadlines originally), or a headline in capitals (BREAKING NEWS)."""
    words = text.split()
    last = words[-1]
    if _time_re().fullmatch(text):
        return True  # Tuesday
    if all(w.islower() for w in words) and re.search(r"(?:ly|ing)$", last) and last not in _heads():
        return True
    return len(words) > 1 and all(w.isupper() and len(w) > 3 for w in words)


def _appositive_body(part: str) -> bool:
    """``a maritime security firm``: an appositive whose head noun is a body's."""
    head = re.split(r"\s+(?:of|for|at|in|with|from|based|that|which|who|to|by|on|and)\s", part.strip())[0].split()
    return len(head) > 1 and head[0].lower() in ("a", "an", "the") and _fold_word(head[-1]) in _set("organizations.txt")


def _clean(text: str) -> str:
    """``resolve.clean``, keeping a plural possessive (the rebels' war media), which it takes for a closing quote."""
    marked = _PLURAL_POSSESSIVE.sub(lambda m: _MARKED[m.group()], text)
    return clean(marked).replace(_MARKED["'"], "'").replace(_MARKED["’"], "’")


def _without_honorifics(part: str) -> str:
    """``part`` without the forms of address before a name (Dr., Sheikh): "Dr. Nabeel Haddad,
    director of the hospital in Kafr Sulaym" names Haddad, not the town after the title."""
    words = part.split()
    while len(words) > 1 and _fold_word(words[0]).rstrip(".") in _set("honorifics.txt"):
        words = words[1:]
    return " ".join(words)


def _looks_like_name(part: str) -> bool:
    words = [w for w in re.sub(r"^(?:the|a|an)\s+", "", part, flags=re.I).split()
             if w not in _set("name_particles.txt")]  # Lena von Arnim: von is part of the name
    trailing = len(words) >= 2 and _is_name_word(words[-2]) and _is_name_word(words[-1])  # local official Abbas Khan
    return bool(words) and _is_name_word(words[-1]) and not re.fullmatch(r"[\d.]+|[A-Z][a-z]{0,3}\.", part) \
        and (sum(_is_name_word(w) for w in words) >= len(words) / 2 or trailing)


def _share(bare: str) -> bool:
    """A share of people (Most, Nearly half, 4 in 10, A third of the voters) rather than a name."""
    words = [_fold_word(w) for w in re.split(r"\s+of\s+", bare, maxsplit=1)[0].split()]
    return bool(words) and (words[-1].split("-")[-1] in _set("shares.txt")  # Two-thirds
                            or any(_in_ten(words, k) for k in range(len(words))))


def _movement(bare: str) -> bool:
    """Houthi rebels, Taliban fighters: a known armed group's name before a head that stands for it."""
    words = [_fold_word(w) for w in bare.split()]
    return len(words) > 1 and words[-1] in _set("movement_heads.txt") \
        and any(w in _set("organizations.txt") for w in words[:-1])


def _group_of(core: str) -> str | None:
    """The group an unnamed source belongs to (a leading Hamas source → Hamas)."""
    words = core.split()
    names = [i for i, w in enumerate(words) if _is_name_word(w)]
    if not names:
        return None
    group = [words[i] for i in names]
    after = names[-1] + 1
    if after < len(words) - 1 and _fold_word(words[after]) in _set("organizations.txt"):
        group.append(words[after])  # a Hale campaign source: the Hale campaign, not Hale (a person)
    return " ".join(group)


def _parse_unnamed(bare: str) -> Parsed:
    """A mention with no proper name: a body (police, the ministry), a medium or an unnamed person."""
    post = re.match(r"(.+?)\s+(?:for|at|of|from|with|in|inside|near)\s+(?:the\s+)?(.+)$", bare)
    head = post and post.group(1).split()[-1]
    if post and not _kind_of_body(post.group(1)) and (head.islower() or _fold_word(head) in _heads()) \
            and _fold_word(head) not in _set("numbers.txt") | _set("determiners.txt"):
        # Doctors at the hospital, a spokesperson for the ministry: people of a body, not the body
        body = _kind_of_body(post.group(2))  # an affiliation is a body; a person's aide does not make one
        return Parsed(bare, "anonymous", affiliation=re.sub(r"^the\s+", "", post.group(2)) if body else None)
    body = _kind_of_body(bare)
    last = _fold_word(bare.split()[-1]) if bare.split() else ""
    if body == "media":
        return Parsed(bare, body)
    if _movement(bare):
        return Parsed(bare, "organization")  # Houthi rebels said: the movement speaking
    if last in _set("anonymous.txt") or last in _set("titles.txt"):
        return Parsed(bare, "anonymous", affiliation=_group_of(bare))  # the local police chief
    return Parsed(bare, body or "anonymous")


def _split_person(part: str) -> tuple[str, str | None, str | None]:
    """(name, role, affiliation) of ``Sgt. Tony Murphy with the X`` or ``US State Department spokesman Matthew Miller``."""
    affiliation = None
    m = re.search(r"\s+(?:with|of|from|at)\s+(the\s+.+|[A-Z].+)$", part)
    head = part[:m.start()].split()[-1] if m else ""
    if m and _is_name_word(head) and not _starts_title([head], 0) \
            and _fold_word(head) not in _set("organizations.txt"):  # the Ministry of Civil Affairs is one name
        affiliation = re.sub(r"^the\s+", "", m.group(1))
        part = part[:m.start()]
    words = part.split()
    surname = _surname_title(part)  # Amy Pope, Prime Minister John Major: the last word is a surname
    last_title = -1
    i = 0
    while i < len(words) - surname:
        n = _starts_title(words, i)
        if n:
            last_title = i + n - 1
            i += n
        else:
            i += 1
    if last_title < 0:
        return _split_descriptor(re.sub(r"^(?:the|a|an)\s+", "", part, flags=re.I)) + (affiliation,)
    first_title = next(i for i in range(len(words)) if _starts_title(words, i))
    for k in range(first_title + _starts_title(words, first_title), last_title):
        if words[k].lower() in ("for", "to") and _starts_title(words, k + 1):
            return "", None, affiliation  # a spokeswoman for Mayor Lina Okafor: the aide is not named
    end = last_title + 1
    # "Minister of Information Jamal Jarrah": the title's complement, leaving the name its words
    if end < len(words) and words[end].lower() in ("of", "for", "to") and len(words) - end > 3:
        end += 2
        if end < len(words) - 2 and _fold_word(words[end]) in _set("portfolio_tails.txt"):
            end += 1  # Minister for Foreign Affairs Ana Lima
        while True:  # Minister of Popular Power for Communication and Information Jorge Rodriguez
            joiner = next((k for k in range(end, len(words)) if words[k] in ("of", "for", "and")), None)
            if joiner is None or len(words) - (joiner + 2) < 2:
                break
            end = joiner + 2
    elif end < len(words) and words[end].lower() in ("of", "for", "to", "at", "with", "from"):
        return "", None, affiliation  # a spokeswoman for Hillary Clinton: no name of her own
    if end < len(words) and _fold_word(words[end]) in _set("organizations.txt"):
        return re.sub(r"^(?:the|a|an)\s+", "", part, flags=re.I), None, affiliation  # the Prime Minister Office
    role = " ".join(words[first_title:end])
    prefix = " ".join(words[:first_title])
    if re.fullmatch(r"(?:the|a|an)", prefix, re.I):
        prefix = ""
    prefix = re.sub(r"^(?:the|a|an)\s+", "", prefix, flags=re.I)
    if prefix and not affiliation and (_kind_of_body(prefix) or _POSSESSIVE.search(prefix)):
        affiliation = _POSSESSIVE.sub("", prefix)
    elif prefix and not _kind_of_body(prefix) and not any(w[0].isupper() for w in prefix.split()[1:]):
        role = f"{prefix} {role}"  # Opposition leader, retired nurse: the descriptor is part of the role
    rest = words[end:]
    common = [k for k, w in enumerate(rest) if not _is_name_word(w) and w not in _set("name_particles.txt")]
    if common and len(rest) - common[-1] > 2:
        # Deputy head of the presidential office Kyrylo Tymoshenko: the lowercase words go with the role
        role = f"{role} {' '.join(rest[:common[-1] + 1])}"
        rest = rest[common[-1] + 1:]
    return " ".join(rest), role, affiliation


# the second word of a two-word portfolio after a title's "of"/"for"


def _split_descriptor(part: str) -> tuple[str, str | None]:
    """(name, role) of ``local baker Yusuf Kaya``: lowercase words before a closing run of
    capitalised ones describe the person the run names."""
    words = part.split()
    k = len(words)
    while k > 0 and _is_name_word(words[k - 1]):
        k -= 1
    if 0 < k < len(words) and len(words) - k <= 4 and words[k - 1][0].islower() \
            and words[k - 1].lower() not in ("of", "for", "and", "in", "at", "de", "al", "bin", "ibn", "van", "von") \
            and not _kind_of_body(" ".join(words[k:])) and all(re.fullmatch(r"[\w'’.-]+", w) for w in words[:k]):
        return " ".join(words[k:]), " ".join(words[:k])
    return part, None


def _split_role(part: str) -> tuple[str | None, str | None]:
    """(role, affiliation) of an appositive such as ``executive director of Deir Ezzor 24``."""
    part = re.sub(r"^(?:the|a|an)\s+", "", part, flags=re.I)
    m = re.match(r"(.+?)\s+(of|for|at|with|in)\s+(?:the\s+)?(.+)$", part)
    if m and _titles_re().search(m.group(1)):
        if m.group(2) == "in" and not _kind_of_body(m.group(3)):
            return m.group(1), None  # the group's chief in Gaza: where the holder serves, not whom
        return m.group(1), m.group(3)
    if _titles_re().search(part):
        return part, None
    return None, None


# ---------------------------------------------------------------- frames

@dataclass
class Frame:
    """One cue read in its sentence, before resolution."""

    cue: tuple[int, int]
    speaker: tuple[int, int] | None     # None: implied (adding that ...)
    claim: tuple[int, int]
    start: int                          # where this frame's words begin (cuts an earlier content)
    form: str                           # svo | first | inverted | prep | continuation | unspecified | headline
    outlet: tuple[int, int] | None = None
    cited: tuple[int, int] | None = None  # "citing X": X is the source, the speaker the outlet
    channel: bool = False                 # the frame names its own channel (in a statement)
    notes: dict = field(default_factory=dict)


def _words_before(text: str, lo: int, hi: int) -> list[re.Match]:
    return list(_WORD.finditer(text, lo, hi))


_LAST_WORD = re.compile(r"(\S+)\s*\Z")
_LAST_WORD_REACH = 80  # characters: a word and the spaces after it, almost always


def _last_word(text: str, lo: int, pos: int) -> re.Match | None:
    """The last run of non-spaces in ``text[lo:pos]``, as a match on ``text`` itself. It is asked
    at every cue, several times, so it is looked for in the last few characters first; only a
    word or a run of spaces longer than that sends it over the whole sentence."""
    start = max(lo, pos - _LAST_WORD_REACH)
    m = _LAST_WORD.search(text, start, pos)
    if start > lo and (m is None or m.start() == start):
        m = _LAST_WORD.search(text, lo, pos)
    return m


_CONTRACTED_AUX = re.compile(r"(?<![\w'’])(\w+)(['’](?:s|ve|d))\s*$")


def _pronoun_contracted(word: str) -> bool:
    """she's, they've, he'd: a subject pronoun and its auxiliary, not a possessive."""
    m = _CONTRACTED_AUX.search(word)
    return m is not None and _fold_word(m.group(1)) in _pronouns()


def _skip_back_aux(text: str, lo: int, pos: int) -> tuple[int, bool]:
    """Back over auxiliaries, adverbs and time words before a cue; True when a "be" form was met."""
    aux, be = _set("auxiliaries.txt"), _set("be.txt")
    saw_be = False
    while True:
        m = _last_word(text, lo, pos)
        if not m:
            return pos, saw_be
        word = m.group(1).lower().strip("\"“”")
        if m.group(1).istitle() and word in _set("modals_as_names.txt"):
            return pos, saw_be  # George Will said, Theresa May says: a modal never comes capitalised before a cue
        if _acronym(text, lo, m):
            return pos, saw_be  # IS said, AP reported: an acronym, not "is"
        date = re.search(r"\(\s*[A-Za-z]{3,9}\.?\s+\d{1,2}\s*\)\s*$", text[lo:pos])
        if date:  # on Tuesday (Oct 25)
            pos = lo + date.start()
            continue
        carrier = _catenative_re().search(text, max(lo, pos - 40), pos)
        if carrier:  # continues to advise, was quick to deny: the carrier's subject is the cue's
            pos = carrier.start()
            continue
        aside = _PARENTHETICAL_BEFORE.search(text, max(lo, pos - 30), pos)
        if aside and _fold_word(re.sub(r"\s+", " ", aside.group(1))) in _set("parentheticals.txt") \
                and _skip_back_aux(text, lo, aside.start())[0] < aside.start():
            pos = aside.start()  # officials have, in fact, praised: the aside sits inside the verb group
            continue
        have = _CONTRACTED_AUX.search(text, lo, pos)
        if have and _pronoun_contracted(have.group()):
            # she's said, they've told: "has", "have", "had" joined to a pronoun that is the subject
            # (it's said: "is", a passive)
            saw_be = saw_be or _fold_word(have.group(1)) == "it" and have.group(2)[1:].lower() == "s"
            pos = have.start(2)
            continue
        if word in aux or word in be or _negated_aux(word) or word in ("not", "n't", "on", "last", "this") \
                or _time_re().fullmatch(word) \
                or word in ("late", "early", "past") and _time_re().match(text, m.end(1)):
            negated = _NEGATED.fullmatch(word)  # wasn't told: a passive as much as was told
            saw_be = saw_be or word in be or negated is not None and negated.group(1) in be
            # (late Tuesday, this past week: a time word's modifier)
            pos = m.start(1)
            continue
        return pos, saw_be


def _acronym(text: str, lo: int, word: re.Match) -> bool:
    """A word in capitals (IS, AP) where the word before it is not: an acronym, not a headline's
    capitals ("HE IS SAID TO ..." is one)."""
    raw = word.group(1).strip("\"“”")
    if len(raw) < 2 or not raw.isupper():
        return False
    before = _last_word(text, lo, word.start(1))
    return before is None or not before.group(1).isupper()


_PARENTHETICAL_BEFORE = re.compile(r",\s*([a-z][a-z ]{1,20}?)\s*,\s*$")
_NEGATED = re.compile(r"(\w+?)n['’]t")


def _negated_aux(word: str) -> bool:
    """didn't, wasn’t, won't: an auxiliary with its negation joined on (either apostrophe), which
    belongs to the verb group, never to the subject (the donor didn’t disclose: "the donor")."""
    m = _NEGATED.fullmatch(word)
    if m is None:
        return False
    stem = m.group(1)
    return stem in _set("auxiliaries.txt") or stem in _set("be.txt") or stem in ("ca", "wo", "sha")


@lru_cache(maxsize=None)
def _catenative_re() -> re.Pattern:
    return re.compile(rf"{_phrases('catenatives.txt')}\s*$", re.I)


_TRAILING_BRACKET = re.compile(r"\s*\([^()\n]{1,60}\)\s*$")


def _np_back(text: str, lo: int, hi: int) -> int | None:
    """Start of the noun phrase that ends at ``hi`` (a subject right before its cue), or None.

    A bracket after the name (``Laila Mansour (ليلى منصور)``: another spelling,
    an acronym) belongs to the phrase but does not head it.
    """
    bracket = _TRAILING_BRACKET.search(text, lo, hi)
    if bracket and bracket.start() > lo:
        hi = bracket.start()
    words = _words_before(text, lo, hi)
    if not words or words[-1].end() < hi - 1 and text[words[-1].end():hi].strip():
        return None
    heads = _heads()
    dets, connectives = _set("determiners.txt"), _set("connectives.txt")
    head = words[-1].group()
    fhead = _fold_word(head)
    if fhead in _pronouns():
        return words[-1].start()
    if fhead in _set("shares.txt") and _opens_clause(text, lo, words[-1].start()):
        return words[-1].start()  # Some said, Others say: a lone quantifier names a group
    if not (_is_name_word(head) or fhead in heads or head.startswith("(")):
        return None
    start = words[-1].start()
    i = len(words) - 2
    taken = 1
    while i >= 0 and taken < 14:
        w = words[i].group()
        fw = _fold_word(w)
        if text[words[i].end():words[i + 1].start()].strip():
            break  # a comma or a quotation mark ends the phrase
        if _time_re().fullmatch(w) and not (i > 0 and _fold_word(words[i - 1].group()) == "the"):
            break  # Early on Tuesday X said; but The Sunday Times
        acronym = re.fullmatch(r"\(?[A-Z]{2,6}\)?", w) is not None  # WHO, (WHO): a name, not "who"
        if fw == "and" and w.islower() and i > 0 and _is_name_word(words[i - 1].group()) \
                and all(_is_name_word(x.group()) for x in words[i + 1:]):
            i -= 1  # Centers for Disease Control and Prevention, Kevin King and Timothy Weeks: one name run
            taken += 1
            continue
        if not acronym and (fw in connectives or fw in _set("relatives.txt") or fw in _pronouns()):
            break
        if _verb_cue(w) is not None:
            break  # Reuters reported Ana Lima said: a cue verb ends the name run
        if fw in dets and not re.fullmatch(r"[A-Z]\.", w):  # James A. Lewis: an initial, not the article
            start = words[i].start()
            if i >= 2 and _fold_word(words[i - 1].group()) in ("of", "from", "at", "for", "with") \
                    and not text[words[i - 2].end():words[i].start()].replace(words[i - 1].group(), "").strip() \
                    and (_is_name_word(words[i - 2].group()) or _fold_word(words[i - 2].group()) in heads):
                i -= 1  # Officials from the National Oceanic and Atmospheric Administration: the PP's article
                taken += 1
                continue
            break
        if _is_name_word(w) or fw in heads or w.startswith("("):
            start = words[i].start()
        elif fw in ("of", "for", "and", "in", "at", "with", "from", "&") and i > 0 and (
                _is_name_word(words[i - 1].group()) or _fold_word(words[i - 1].group()) in heads):
            pass  # joins two parts of one name: Minister of Information, chief in Gaza
        elif fw in _set("name_particles.txt") and i > 0 and _is_name_word(words[i - 1].group()):
            pass  # Alexis von Hoensbroech, Suhail bin Mohammed
        elif re.fullmatch(r"[a-z][a-z-]+", w) and taken <= 2 and i > 0 and _is_name_word(words[i - 1].group()) \
                and not text[words[i - 1].end():words[i].start()].strip() \
                and fw not in _set("auxiliaries.txt") | _set("be.txt") and not _cue_re().fullmatch(w):
            pass  # a common noun between a name and its head: the Gaza health ministry, the X advocacy group
        else:
            det = _determiner_within(words, i, dets, text=text)
            if det is None:
                det = _clause_opening(text, lo, words, i)
            if det is None:
                break
            start = words[det].start()
            break
        i -= 1
        taken += 1
    first = _fold_word(text[start:hi].split()[0])
    if first in ("of", "for", "and", "in", "at", "with", "from"):
        return None
    return start


def _opens_clause(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` starts a clause: the sentence start, after a comma or colon, or after a connective."""
    before = text[lo:pos].rstrip()
    last = before.split()[-1] if before else ""
    return not before or before[-1] in ",;:" + CLOSE_QUOTES or _fold_word(last) in _set("connectives.txt")


def _clause_opening(text: str, lo: int, words: list[re.Match], i: int) -> int | None:
    """Index of the word opening the clause (after a comma, a quotation or the sentence start)
    a few words left of ``i``: ``Civil rights activists say``, ``”, rescuer Ana Silva said``."""
    for j in range(i, max(-1, i - 3), -1):
        before = text[words[j - 1].end() if j else lo:words[j].start()]
        if before.strip() or j == 0:
            opener = _fold_word(words[j].group()) in _set("connectives.txt") and words[j].group().islower()
            return j + 1 if opener and j < i else None if opener else j  # ", as rights group Amnesty"
        if not words[j - 1].group()[0].islower():
            # Retired nurse Helen Marsh: a capital that opens the clause is only the sentence's; so are
            # two or three before a lowercase descriptor (Presumptive Republican presidential nominee
            # Donald Trump), none a word that opens a phrase of its own (In Washington ...)
            k = j - 1
            while re.fullmatch(r"[a-z][a-z-]*", words[j].group()) and k > 0 and j - k < 3 \
                    and re.fullmatch(r"[A-Z][a-z]+", words[k - 1].group()) \
                    and not text[words[k - 1].end():words[k].start()].strip():  # (no CARACAS, no Spencer.)
                k -= 1
            opening = text[words[k - 1].end() if k else lo:words[k].start()]
            # (or after a connective or a dateline's dash: ", as Democratic opponent Sen. Bernie Sanders
            # has criticized", "ST. LOUIS — Presumptive Republican presidential nominee Donald Trump")
            after_connective = k > 0 and (words[k - 1].group().islower() and _fold_word(words[k - 1].group())
                                          in _set("connectives.txt") or re.fullmatch(r"[—–-]+", words[k - 1].group()))
            capitals = [_fold_word(w.group()) for w in words[k:j]]
            if not (k == 0 or opening.strip() or after_connective) or capitals[0] in _pronouns():
                return None
            if capitals[0] in _set("connectives.txt"):
                return k + 1  # Meanwhile shadow faith minister Ms Owen: the phrase opens after it
            return None if any(c in _phrase_openers() for c in capitals) else k
    return None


def _determiner_within(words: list[re.Match], i: int, dets: frozenset[str], reach: int = 3,
                       text: str = "") -> int | None:
    """Index of a determiner at most ``reach`` lowercase words left of ``i`` (the local police chief),
    within the same stretch of words (a comma ends the search)."""
    for j in range(i, max(-1, i - reach - 1), -1):
        if text and j < i and text[words[j].end():words[j + 1].start()].strip():
            return None
        fw = _fold_word(words[j].group())
        if fw in dets:
            return j
        if _POSSESSIVE.search(words[j].group()) and j < i:
            if j > 0 and _fold_word(words[j - 1].group()) in dets and not text[words[j - 1].end():words[j].start()].strip():
                return j - 1  # the harbour's port authority
            return j  # the company's vice president
        if not words[j].group()[0].islower() and not _is_name_word(words[j].group()):
            return None
    return None


def _is_appositive(seg: str) -> bool:
    """A comma-enclosed piece describing the subject: a role, a relative clause, an anonymity phrase."""
    s = seg.strip()
    if not s:
        return False
    if _is_aside(s) or _compiled()["anonymity"].search(s):
        return True
    words = s.split()
    if len(words) > 1 and _fold_word(words[0]) in _set("appositive_adverbs.txt"):
        return _is_appositive(s[len(words[0]):])  # X, also a presidential hopeful, said
    first = _fold_word(words[0])
    described = first in ("a", "an", "the", "another") or _POSSESSIVE.search(words[0]) or _starts_title(words, 0)
    # a description may run long (a Tennessee Republican who has met privately with ... and been mentioned as ...)
    head = re.split(r"\s(?:who|whose|whom|which)\s", s)[0]  # a cue inside its relative is the relative's verb
    if len(words) > (30 if described else 16) or _cue_re().search(head) or _has_finite_verb(words):
        return False
    if first in ("a", "an", "the", "another", "including") or _POSSESSIVE.search(words[0]) or \
            first == "one" and len(words) > 2 and words[1] == "of":
        return True  # Rendell, a Clinton surrogate, said; X, another deportee, said; X, one of the organisers, said
    if re.fullmatch(r"\d{1,3}|(?:of|from)\s+[A-Z].*|[A-Z][a-z]{1,4}\.", s) or _PARTY_STATE.fullmatch(s):
        return True  # Jonas Berg, 52, of Leeds, said; Ana Cruz of Ashton, Md., said; Rep. Ann Lee, R-Pa., said
    return bool(_titles_re().search(s))


def _has_finite_verb(words: list[str]) -> bool:
    """A main clause (Burns was in the region), not a description, unless "be" sits in a relative clause."""
    for w in words:
        fw = _fold_word(w)
        if fw in _set("relatives.txt"):
            return False
        if (fw in _set("be.txt") or fw in _set("finite_auxiliaries.txt")) and not w.isupper() \
                and (w.islower() or fw in _set("be.txt")):
            return True  # (but IS, a news agency linked to IS: a name in capitals is no verb)
    return False


def _subject_left(text: str, lo: int, cue_start: int) -> tuple[int, int, int, tuple[int, int] | None, bool] | None:
    """(speaker start, speaker end, frame start, outlet, anonymous) of the subject before a cue, or None.

    Handles ``X said``, ``X, a spokesman for Y, said``, ``Role, X, said``,
    ``X, who asked not to be named, said`` and ``after X said`` (the
    connective belongs to the frame, not to the earlier content). A relative
    or participial aside (``, whose son works on the ship,``, ``who lives
    above the shop``) stays out of the speaker; one that keeps the source
    unnamed (``, speaking on condition of anonymity,``) makes it anonymous.
    """
    end, _ = _skip_back_aux(text, lo, cue_start)
    while end > lo and text[end - 1].isspace():
        end -= 1
    adverb = re.search(rf"\s+{_phrases('speaker_adverbs.txt')}$", text[lo:end])
    if adverb:  # a witness there said: the place word is neither speaker nor content
        end = lo + adverb.start()
    end, outlet = _channel_before_cue(text, lo, end)
    # (a spaced hyphen is a dash too: X - who practises in Ohio - said)
    # (a quotation may stand inside it: X — who once called the depot "a ruin" — said)
    dashes = re.search(r"(?<=\w)\s*(?:[—–]|\s-\s)\s*(?:[^—–;:\"“”]|\"[^\"—–;:]{1,60}\"|“[^”—–;:]{1,60}”){2,120}?"
                       r"\s*(?:[—–]|\s-)$", text[lo:end]) \
        or re.search(r"(?<=\w)\s*\((?=[^()]*\s[^()]*\s)[^()\"“”]{12,160}\)$", text[lo:end])
    if dashes and re.search(r"\w", text[lo:lo + dashes.start()]):  # X — who practises in Ohio — said: an aside
        end = lo + dashes.start()  # (or in brackets, three words or more: Sen. X (a Democrat from ...) says)
    anonymous = False
    rel = re.search(r"\s+(?:who(?:['’](?:d|s|ve|ll|re))?|whose|whom)\s+[^,;:\"“”]{1,100}$", text[lo:end]) or \
        _restrictive_then_comma(text, lo, end) or \
        re.search(r"(?<=[A-Za-z])\s+that\s+[^,;:\"“”]{1,80}?\s[a-z]{3,}ed$", text[lo:end])  # X that Y founded said
    if rel:
        anonymous = bool(_compiled()["anonymity"].search(rel.group()))
        end = lo + rel.start()
    by = re.search(r"\s*,?\s+(?:as\s+)?(?:quoted|cited)\s+by\s+([^,;:]{2,60}?),?$", text[lo:end])
    if by:  # an official quoted by the Reuters news agency says
        outlet, end = (lo + by.start(1), lo + by.end(1)), lo + by.start()
    found = _subject_np(text, lo, end)
    setting = _fronted_setting_end(text, lo, end) if not found else None
    if setting is not None:  # At the county fair Sen. Ann Lee said: the setting opens the clause
        found = _subject_np(text, setting, end)
    if not found:
        return None
    start, s_end, f_start = found
    anonymous = anonymous or bool(_compiled()["anonymity"].search(text, s_end, end))
    if outlet is None and s_end < end:
        outlet = _aside_medium(text, s_end, end)
    return start, s_end, f_start, outlet, anonymous


def _fronted_setting_end(text: str, lo: int, end: int) -> int | None:
    """Where the subject begins after a setting that opens the sentence without a comma: ``At the
    county fair Mayor Ann Reed said``, ``Saturday at the party's convention Sen. Ann Lee said``.

    The setting opens with a circumstance word (in, at, during; a weekday or time first), holds no
    verb, and ends at its last lowercase word; the subject is the capitalised name after it.
    """
    words = list(re.finditer(r"\S+", text[lo:end]))
    if not 3 <= len(words) <= 14 or re.search(r"[,;:\"“”]", text[lo:end]):
        return None
    first = 1 if _time_re().fullmatch(" " + words[0].group()) or _time_re().fullmatch(words[0].group()) else 0
    if _fold_word(words[first].group()) not in _set("circumstance_openers.txt"):
        return None
    last = max((i for i, w in enumerate(words) if w.group()[0].islower()), default=None)
    if last is None or last <= first or last + 1 >= len(words) or not words[last + 1].group()[0].isupper():
        return None
    if any(_past_or_present_verb(w.group()) for w in words[first + 1:last + 1]):
        return None  # At the fair he met Mayor Ann Reed: a clause, not a setting
    return lo + words[last + 1].start()


_CHANNEL_START = re.compile(r"\s(?=(?:in|on|at|during|via|through|with)\s)")


def _channel_before_cue(text: str, lo: int, end: int) -> tuple[int, tuple[int, int] | None]:
    """(subject end, outlet) when a channel stands between a subject and its cue without commas
    (X in a statement said; X on Twitter said; X in an interview with the Herald said): it is
    neither speaker nor content, and a medium it names is the outlet."""
    for gap in _CHANNEL_START.finditer(text, lo, end):
        m = _channel_re().match(text, gap.start(), end)
        if m is not None and m.end() == end and text[lo:gap.start()].strip():
            before = _last_word(text, lo, gap.start())
            if before and _fold_word(before.group(1)) in _set("postmodifiers.txt") - _set("prepositions.txt"):
                continue  # officials briefed on the report said: the phrase is the subject's postmodifier
            is_channel, outlet = _read_channel(text, m)
            if is_channel:
                return gap.start(), outlet
    return end, None


# ", a popular social media site,", ", a messaging app,": what a platform the text names is
_PLATFORM_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?(?:site|website|app|application|platform|"
                                  r"network|messaging\s+service|service)(?:\s+(?:similar\s+to|like)\s+[A-Z][\w.-]*)?,")


def _read_channel(text: str, m: re.Match) -> tuple[bool, tuple[int, int] | None]:
    """Whether a match of :func:`_channel_re` is a channel (on Gaza, in a Monday statement: no
    medium), and the medium it names: a platform (in a tweet: Twitter), the paper of an interview,
    the medium that carried it (carried by SANA); a body that released it is none."""
    if m.group("title") or m.group("hosted"):
        return True, _programme_span(text, m)
    word = re.search(r"[\w-]+$", text[m.start():m.end()]) \
        if not (m.group("with") or m.group("on") or m.group("by") or m.group("network")) else None
    outlet = None
    if word and word.group().lower() in _platforms():
        outlet = (m.start() + word.start(), m.start() + word.end())
    named = [g for g in ("by", "with", "on", "network", "platform")
             if m.group(g) and not _time_re().fullmatch(" " + m.group(g).rstrip(".,"))]
    if named:
        g = named[0]
        span = _hearer_outlet(text, (m.start(g), m.end(g)))
        if g in ("on", "platform") and span is None and _PLATFORM_APPOSITIVE.match(text, m.end(g)):
            span = m.span(g)  # on Weibo, a popular social media site, ...: the appositive says it is a platform
        if g in ("on", "platform") and span is None:
            return False, None
        if span is None and g == "with" and m.group("platform"):
            # during a CNN panel with a Democratic official: the guest is no medium, the panel's is
            span = _hearer_outlet(text, m.span("platform"))
        outlet = outlet or span
    return True, outlet


def _programme_span(text: str, m: re.Match) -> tuple[int, int]:
    """The outlet of a host's programme: its quoted title (on his podcast "The Axe Files"), the host's
    words (on Hugh Hewitt's radio show), or the network when the owner is one (Radio Kelford's
    morning show: Radio Kelford, as the guide's annotators write a network's programmes)."""
    if m.group("title"):
        return m.span("title")
    owner = re.match(r"(.+?)(?:['’]s|(?<=s)['’])\s", m.group("hosted"))
    if owner and parse_mention(owner.group(1)).kind == "media":
        return m.start("hosted"), m.start("hosted") + owner.end(1)
    return m.span("hosted")


def _restrictive_then_comma(text: str, lo: int, end: int) -> re.Match | None:
    """``..., one man who took part in the march, told Reuters``: a subject with a restrictive
    relative clause closed by a comma. Not an appositive's relative, after a name (``Mr Spencer,
    a former whip who is now a minister, said``): that one belongs to the appositive, which the
    speaker keeps."""
    rel = re.search(r"(?<=[a-z])\s+(?:who|whose|whom)\s+[^,;:\"“”]{1,160},$", text[lo:end])
    if rel is None:
        return None
    before = text[lo:lo + rel.start()]
    before = before[:before.rfind(",")].split() if "," in before else []
    return None if before and _is_name_word(before[-1]) else rel  # Mr Spencer, a former whip who ...


def _subject_np(text: str, lo: int, end: int) -> tuple[int, int, int] | None:
    if _comma_in_quotes(text, lo, end):
        end -= 1  # X, known as “Guccifer,” said: the comma that closes the aside sits inside the quotation mark
    placed = re.search(r",([^,]{1,80}),\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},$", text[lo:end])
    if placed and _is_aside(placed.group(1)):
        end = lo + placed.start()  # Safeway, based in Pleasanton, California, said: the place ends the aside
    relative = re.search(r",\s+(?:who|whose|whom)\s+[^;:\"“”]{1,200},$", text[lo:end])
    if relative and relative.group().count(",") > 2:
        # X, who lost her daughter in Aurora, Colorado, in July 2012, said: commas inside the relative
        start = _np_back(text, lo, lo + relative.start())
        found = _frame_bounds(text, lo, start, lo + relative.start()) if start is not None else None
        if found:
            return found
    if end > lo and text[end - 1] == ",":
        seg_start = text.rfind(",", lo, end - 1) + 1 or lo
        seg_start = max(seg_start, lo)
        seg_start = _list_in_appositive(text, lo, seg_start, end - 1)
        seg = text[seg_start:end - 1]
        inner_start = _np_back(text, seg_start, end - 1)
        # (a stray comma after a subject that opens its clause: "A resident Tom Reyes, said that ...",
        # "Speaking to Channels Television, a resident Tom Reyes, said ...": no head before it to describe,
        # only a channel that names its medium; "On Monday, Mr. Frum, a former pilot, said" has one)
        opens = (not text[lo:seg_start].strip() or (_leading_channel(text, lo, seg_start) or (None,))[0]) \
            and _fold_word(seg.split()[0]) not in _set("relatives.txt") if seg.split() else False
        if inner_start is not None and not text[seg_start:inner_start].strip() \
                and (opens or not _is_appositive(seg)):
            start = _extend_roles(text, lo, inner_start)
            return _frame_bounds(text, lo, start, end - 1)
        if not _is_appositive(seg):
            return None
        head_end = _before_appositives(text, lo, seg_start - 1)
        if head_end <= lo:
            return None
        start = _np_back(text, lo, head_end)
        found = _frame_bounds(text, lo, start, _speaker_end(text, head_end, end - 1)) if start is not None else None
        return found or _generic_bounds(text, lo, head_end, _speaker_end(text, head_end, end - 1))
    start = _coordinated(text, lo, end)
    if start is not None:
        return _frame_bounds(text, lo, start, end)
    start = _np_back(text, lo, end)
    roles = _extend_roles(text, lo, start, bodies=False) if start is not None else None
    found = _frame_bounds(text, lo, roles, end) if roles is not None else None
    return found or _generic_bounds(text, lo, end, end) or _titled_bounds(text, lo, end)


_OPENING_OF = {"”": "“", "\"": "\"", "’": "‘", "'": "'"}


def _comma_in_quotes(text: str, lo: int, end: int) -> bool:
    """Whether the words before ``end`` close an aside on a short quoted term whose quotation mark
    follows the comma (, the hacker known as “Guccifer,”): the term opens after the aside's comma
    and holds no comma of its own, unlike a quoted statement (“Some things ..., and ...,” said X)."""
    if end - lo < 3 or text[end - 1] not in _OPENING_OF or text[end - 2] != ",":
        return False
    opening = text.rfind(_OPENING_OF[text[end - 1]], lo, end - 2)
    return opening > lo and end - opening <= 60 and "," not in text[opening:end - 2] \
        and text.rfind(",", lo, opening) >= lo


# the items of a list in lowercase: ", harbours", ", and shipping" (a portfolio's, a description's)
_LIST_ITEM = re.compile(r"\s*(?:(?:and|or)\s+)?[a-z][\w'’-]*(?:\s+(?:and|or)\s+[a-z][\w'’-]*|\s+[a-z][\w'’-]*)?\s*")


def _list_in_appositive(text: str, lo: int, seg_start: int, end: int) -> int:
    """Where an appositive before a cue starts when its last commas are a list's (X, minister for
    ports, harbours, and shipping, said): the start of the segment that opens the list, if that
    segment describes the speaker; else ``seg_start`` as it was."""
    start, items = seg_start, 0
    while _LIST_ITEM.fullmatch(text, start, end if start == seg_start else text.find(",", start, end)):
        prev = text.rfind(",", lo, start - 1)
        if prev < lo or items >= 4:
            return seg_start
        start, items = prev + 1, items + 1
    if items and re.search(r"\s(?:and|or)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*$", text[seg_start:end]) \
            and _is_appositive(text[start:text.find(",", start, end)]):
        return start
    return seg_start


def _coordinated(text: str, lo: int, end: int) -> int | None:
    """Start of two subjects joined by "and" before one cue (``He and other ministers said``,
    ``A police source and a hospital official told``): one attribution whose source names both.

    The second must be a whole noun phrase, and the first one too, opening the clause: in
    ``The talks failed and officials said`` the first is no noun phrase, in ``X met the mayor
    and aides said`` it does not open the clause.
    """
    joint = None
    for joint in re.finditer(r"(?<=\S)\s+and\s+(?:even\s+|also\s+)?(?=\S)", text[lo:end]):  # and even some engineers
        pass
    if joint is None or text[lo + joint.start() - 1] == ",":
        return None  # (..., according to X, and the agency said: ", and" joins two clauses, not two subjects)
    second = lo + joint.end()
    if second not in (_np_back(text, second, end), _np_generic(text, second, end)):
        return None
    first = _np_back(text, lo, lo + joint.start())
    if first is None or not _opens_clause(text, lo, first):
        return None
    return first


_TITLED_GLUE = frozenset("of for at in the a an and".split())


def _titled_bounds(text: str, lo: int, end: int) -> tuple[int, int, int] | None:
    """A long title before a name, from its clause start: ``Deputy head of Ukraine's presidential
    office Kyrylo Tymoshenko wrote``, ``..., spokesman of national disaster agency Sutopo Nugroho said``.

    The clause must open with a title, end in a run of two name words, and hold nothing but
    titles, names, glue words (of, the) and modifiers: no verb, pronoun, connective or cue.
    """
    marks = [m.end() for m in re.finditer(r"[,;:—–(]|[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES) + r"](?!(?<=\w.)\w)",
                                          text[lo:end])]
    clause = lo + (marks[-1] if marks else 0)
    words = list(re.finditer(r"\S+", text[clause:end]))
    if not 3 <= len(words) <= 12 or not all(_is_name_word(w.group()) for w in words[-2:]):
        return None
    raw = [w.group() for w in words]
    titled = _starts_title(raw, 0) or _is_name_word(raw[0]) and _starts_title(raw, 1)  # Vatican spokesman the Rev. X
    # "...," Harbour Capital portfolio manager Bonnie Baha said: after a quotation the subject may
    # open with its body's name, the title further in
    after_quote = clause > lo and re.search(rf",\s*[{re.escape(CLOSE_QUOTES)}]\s*$", text[lo:clause]) is not None
    titled = titled or after_quote and any(_starts_title(raw, k) for k in range(1, len(raw) - 2))
    if not titled or clause > lo and not (text[lo:clause].rstrip().endswith(",") or after_quote):
        return None
    stop = _set("auxiliaries.txt") | _set("be.txt") | _set("connectives.txt") | _set("relatives.txt") \
        | frozenset(_pronouns())
    for w in raw:
        fw = _fold_word(w)
        if fw in stop and fw not in _TITLED_GLUE or _cue_re().fullmatch(w) or _time_re().fullmatch(w) \
                or w.islower() and re.search(r"(?:ed|ing)$", w) and not _titles_re().fullmatch(w):
            return None  # a verb or a clause word: no noun phrase
    start = clause + words[0].start()
    return start, end, start


def _generic_bounds(text: str, lo: int, head_end: int, end: int) -> tuple[int, int, int] | None:
    """A subject the known heads miss (``Doctors at the hospital``), read from its clause start."""
    start = _np_generic(text, lo, head_end)
    return _frame_bounds(text, lo, start, end) if start is not None else None


@lru_cache(maxsize=None)
def _aside_re() -> re.Pattern:
    return re.compile(r"\s*(?:(?:when|while|after|before)\s+)?(?:(?:of|in|for|from|to|by|at)\s+(?:which|whom)|who|whose|"
                      rf"whom|which|where|(?!including\s)[a-z]{{2,}}ing|{_phrases('aside_participles.txt')}"
                      rf"|{_phrases('comparison_asides.txt')}"
                      # then 38, then a senator: what the speaker was at the time; both up for reelection:
                      # a quantifier floated off a plural subject
                      r"|then(?=\s+(?:\d|an?\s|the\s))|(?:both|all|each)(?!\s+of\s)"
                      # angered by the vote, interviewed at the fair: a past participle and its phrase
                      r"|[a-z]{3,}ed(?=\s+(?:by|with|at|about|over|on|from|after)\s))\s")
    # (but ", including Russia and China," names members of the speaker: it stays in the speaker)


def _is_aside(seg: str) -> bool:
    """A relative or participial aside, a parenthetical (, for example,; , himself a farmer,) or an
    anonymity phrase: it describes, it does not name."""
    bare = seg.strip().lower()
    channel = _channel_re().match(" " + seg.strip())
    return bool(_aside_re().match(seg) or _compiled()["anonymity"].search(seg)) or bare in _set("parentheticals.txt") \
        or re.match(r"(?:him|her|it|them)sel(?:f|ves)\b", bare) is not None \
        or channel is not None and not re.search(r"\w", _time_re().sub("", seg.strip()[channel.end() - 1:])) \
        or _is_setting(seg)
    # (the last two: , in a brief interview on Saturday,: where it was said)


_SETTING = re.compile(r"(?:at|in|during|after|before|inside|outside)\s+(?:an?|the|his|her|their|its)\s+[\w'’-]+"
                      r"(?:\s+[\w'’.-]+){0,6}")


def _is_setting(seg: str) -> bool:
    """, at a rally in Ohio, / , in her dissent,: a short phrase placing the statement between the
    speaker and the cue. It opens with a preposition and a determiner, so no place name (", in
    Gaza,") and no clause: it holds no verb and no cue."""
    s = seg.strip()
    if not _SETTING.fullmatch(s):
        return False
    words = s.split()
    return not _has_finite_verb(words) and _cue_re().search(s) is None


def _speaker_end(text: str, head_end: int, comma: int) -> int:
    """Where the speaker ends: after the head and its role appositives (``Jonas Berg, executive
    director of Coastal Watch``), before the first aside (``, who asked not to be named``)."""
    end = head_end
    while end < comma:
        nxt = text.find(",", end + 1, comma)
        nxt = comma if nxt < 0 else nxt
        if _is_aside(text[end + 1:nxt]):
            break
        end = nxt
    while end > head_end and text[end - 1].isspace():
        end -= 1
    return end


# heads that name many people without a plural ending; a share (data/lexicons/en/shares.txt) is a group too


def _np_generic(text: str, lo: int, end: int) -> int | None:
    """Start of a common-noun subject the head lexicons do not know, read from its clause start:
    ``the utility``, ``A neighbour``, ``Local fishermen``, ``Three engineers familiar with the design``.

    It must open with a determiner or a number (then any head noun), or end its core in a plural
    noun; no pronoun, auxiliary, connective or cue may stand in it, so a clause is not taken for a phrase.
    """
    marks = [m.start() for m in re.finditer(r"(?!(?<=\d),\d{3})[,;:—–(]|["  # (not the comma of 3,248)
                                            + re.escape(OPEN_QUOTES + CLOSE_QUOTES) + r"](?!(?<=\w.)\w)",
                                            text[lo:end])]  # California’s: an apostrophe in a word cuts nothing
    clause = lo + marks[-1] + 1 if marks else lo
    words = list(re.finditer(r"\S+", text[clause:end]))
    inner = [k for k, w in enumerate(words) if k and w.group() in _set("subordinators.txt") - {"as"}]
    if inner:  # The mayor resigned after the auditor said: the subject opens the subordinate clause
        words = words[inner[-1]:]
    if words and (_fold_word(words[0].group()) in _set("connectives.txt") or words[0].group().lower() == "that"):
        words = words[1:]
    if len(words) > 1 and _fold_word(words[0].group()) in _set("focus_words.txt"):
        words = words[1:]  # Even the organizer of the rally said: a focus word, not part of the subject
    folded = [_fold_word(w.group()) for w in words]
    # At least 40 percent, More than 6 in 10: an approximator before a number is no preposition
    # and does not lengthen the phrase
    hedge = next((k for k, w in enumerate(folded) if w not in _set("approximators.txt")), len(folded))
    hedge = hedge if hedge < len(folded) and (re.fullmatch(r"\d[\d,.]*", folded[hedge])
                                              or folded[hedge] in _set("numbers.txt")) else 0
    if not words or len(words) - hedge > 10 or hedge < len(folded) and folded[hedge] in _set("phrase_prepositions.txt"):
        return None  # with harbour pilots expected back: a prepositional phrase is no subject
    if folded[0] == "those" and len(words) <= 6 and (len(words) == 1 or folded[1] in _set("postmodifiers.txt")
                                                     or re.fullmatch(r"[a-z]+ed", folded[1])):
        return clause + words[0].start()  # those surveyed, those familiar with the talks: a group
    stop = _set("auxiliaries.txt") | _set("be.txt") | _set("connectives.txt") | _set("relatives.txt") \
        | frozenset(_pronouns()) | {"i", "you", "not", "to", "there", "here", "it's", "that's"}
    # Residents living near the pier, Council members backing the bill: a participle after a plural opens its postmodifier
    postmodifiers = _set("postmodifiers.txt")
    p = next((k for k, w in enumerate(folded) if k and (w in postmodifiers and not _in_ten(folded, k) or re.fullmatch(
        r"[a-z]{3,}ing", w) and re.search(r"[^su]s$", folded[k - 1]))), len(words))
    core, post = words[:p], words[p:]
    if not core or len(core) - hedge > 5 or len(post) > 7:
        return None
    dets = _set("determiners.txt") | _set("numbers.txt")
    for k, (w, fw) in enumerate(zip(words, folded)):
        raw = w.group()
        plural_head = k == len(words) - 1 and re.fullmatch(r"[a-z]{3,}[^s]s", raw)  # media reports said
        # (in a postmodifier, a cue form after an article is a noun: a person briefed on the call)
        noun_in_post = k > p and folded[k - 1] in ("the", "a", "an")
        if (fw in stop and not (k == 0 and fw in dets) and not (k > p and fw == "to")) \
                or _cue_re().fullmatch(raw) and not plural_head and not noun_in_post \
                or not re.fullmatch(r"[\w'’.&-]+", raw) or _time_re().fullmatch(raw):
            return None
    plural_det = next((k for k in range(len(folded) - 1, -1, -1)
                       if folded[k] in _set("numbers.txt") | _set("plural_determiners.txt")), None)
    # (but "those" heads a group itself: 27 percent of those surveyed)
    if plural_det is not None and folded[plural_det] not in ("one", "hundreds", "thousands", "millions", "dozens", "those") \
            and not _in_ten(folded, plural_det - 1) and not _in_ten(folded, plural_det + 1) and not (plural_det == p - 1 and folded[plural_det] in _set("shares.txt")) \
            and not any(re.search(r"[^su]s$", w) or w in _set("shares.txt") for w in folded[plural_det + 1:]):
        return None  # in several battleground states: the cue form is the plural noun
    head = words[p - 1].group()
    opens = folded[0] in dets - _set("demonstratives.txt") or folded[0].isdigit() \
        or p > 1 and _is_name_word(words[0].group()) and _POSSESSIVE.search(words[0].group()) is not None
    # (China's ministry of health: a named possessor determines the phrase as "the" does)
    if opens and p < 2 and not (len(folded) > 2 and (folded[1] == "of" or folded[0] in _set("shares.txt")
                                                      and folded[1] in ("in", "at", "from", "among"))):
        return None  # but Some of the workers, One of the pupils, Many in the crowd
    in_ten = p >= 3 and _in_ten(folded, p - 2)  # Six in 10: a share
    if not in_ten and not re.fullmatch(r"[A-Za-z][a-z'’-]+", head) or (head[0].isupper() and p > 1):
        return None  # a name run is _np_back's to read
    plural = re.search(r"[^su]s$", _fold_word(head)) is not None or _fold_word(head) in _set("irregular_plurals.txt") \
        or _fold_word(head) in _set("shares.txt") or in_ten
    if not (opens or plural):
        return None
    if any(w.group()[0].isupper() for w in core[1:]) and not opens and not (plural and head.islower()):
        return None  # but Other Republican leaders: proper adjectives before a plural common noun
    return clause + words[0].start()


def _in_ten(folded: list[str], k: int) -> bool:
    """Whether word ``k`` is the "in" of a share (Six in 10, 4 in 10 voters), not a preposition."""
    number = _set("numbers.txt")
    return 0 < k < len(folded) - 1 and folded[k] == "in" and (folded[k + 1].isdigit() or folded[k + 1] in number) \
        and (folded[k - 1].isdigit() or folded[k - 1] in number)


def _before_appositives(text: str, lo: int, comma: int) -> int:
    """The end of the head noun phrase before the appositives that end at ``comma``:
    ``Donna Rawlings, 59, of Ashton, Md.,`` has three."""
    head_end = comma
    while True:
        while head_end > lo and text[head_end - 1].isspace():
            head_end -= 1
        prev = text.rfind(",", lo, head_end)
        before = _np_back(text, lo, prev) if prev >= 0 else None
        if prev < 0 or not _is_appositive(text[prev + 1:head_end]) or before is None \
                or _is_opener(text[lo:prev]) or _object_before_appositive(text, lo, before, text[prev + 1:head_end]) \
                or _titled_name(text[prev + 1:head_end]):
            return head_end
        head_end = prev


def _titled_name(part: str) -> bool:
    """``Dr. Sarah Lee``, ``Sen. Lindsey Graham``: a title and a name of two words or more. It is
    the head its appositives describe (…, Dr. Sarah Lee, an epidemiologist, said), not an
    appositive of the words before it, which end the content (…on Monday, Dr. Sarah Lee, …)."""
    words = part.split()
    n = _starts_title(words, 0)
    return 0 < n and len(words) - n >= 2 and all(_is_name_word(w) for w in words[n:])


def _object_before_appositive(text: str, lo: int, name: int, appositive: str) -> bool:
    """``… covering the town of Tal Hamdan, the ministry, which mediated, said``: a noun phrase
    that opens no clause (a preposition's or a verb's object) is the content's, and the body
    named after its comma is the speaker, not its appositive. (A person's description after
    such a name is still the name's: ``led by Ana Lima, a dockers' leader, who said``.)"""
    return not _opens_clause(text, lo, name) and re.match(r"\s*(?:the|a|an)\s|\s*\S+['’]s\s", appositive) is not None \
        and parse_mention(appositive.strip()).kind in ("organization", "media")


def _is_opener(phrase: str) -> bool:
    """Whether a sentence's first phrase is an adverbial before its subject (On Monday, In an
    interview, For now, Still), not a head noun phrase an appositive could describe."""
    words = phrase.split()
    if len(words) > 2 and (_fold_word(words[0]) in _set("opener_modifiers.txt") or re.fullmatch(r"[A-Z][a-z]+ly", words[0])) \
            and _fold_word(words[1]) in _set("phrase_prepositions.txt"):
        words = words[1:]  # Shortly after the vote, Hours before the deadline
    return bool(words) and (_fold_word(words[0]) in _set("phrase_prepositions.txt") | _set("connectives.txt")
                            or _time_re().fullmatch(phrase) is not None)


def _extend_roles(text: str, lo: int, start: int, bodies: bool = True) -> int:
    """Take in role appositives before a name: ``the company's vice president, Karen Tillman``. A body
    alone is taken only when ``bodies`` (the name closed by its own comma: ``The agency, Acme, said``);
    before a cue that follows the name bare it is the content's subject (``The council, Lima said, had
    ignored the warnings``)."""
    while True:
        before = text[lo:start].rstrip()
        if not before.endswith(","):
            return start
        comma = lo + len(before) - 1
        seg_start = max(lo, text.rfind(",", lo, comma) + 1, _after_closing_quote(text, lo, comma))
        seg = text[seg_start:comma]
        if not _is_appositive(seg) or not _is_name_word(text[start:].split()[0]) or len(seg.split()) > 8 \
                or not (_titles_re().search(seg) or bodies and _kind_of_body(seg)) or _is_opener(seg.strip()):
            # (After the judge's death, Israel's military said: an adverbial opener names no role)
            # (a role is a few words: not "Voters turned out to nominate candidates for president, X said")
            return start  # The talks had failed, Reuters reported: a role names a title or a body
        start = seg_start + len(re.match(r"\s*(?:and\s+)?", seg).group())


def _verb_cue(word: str) -> CueForm | None:
    """The cue form of ``word`` when it is a verb of the hand-written list, in lowercase (reported,
    said): a verb, not a capitalised name or a noun form."""
    form = _cues().get(_fold_word(word)) if word.islower() else None
    return form if form is not None and form.type == "verb" and _cue_re().fullmatch(word) else None


# A quotation's closing mark (an apostrophe closes one only after the quotation's own punctuation).
_CLOSING_QUOTE = re.compile(r"[”\"»]|(?<=[,.!?])(?:''|[’'])")


def _after_closing_quote(text: str, lo: int, end: int) -> int:
    """Just past the last closing quotation mark in [lo, end), or ``lo``: a role before a name
    after a quotation ("…,” the spokesman, Daniel Ortega, said) starts after the quotation, not
    at the quotation's own last comma."""
    last = None
    for last in _CLOSING_QUOTE.finditer(text, lo, end):
        pass
    return last.end() if last else lo


def _frame_bounds(text: str, lo: int, start: int, end: int) -> tuple[int, int, int] | None:
    """Check what stands before the subject; a relative pronoun or a verb means it is no subject."""
    before = text[lo:start].rstrip()
    frame_start = start
    if not before or before[-1] in ",;:—–-(" or before[-1] in QUOTES:
        return start, end, frame_start
    m = re.search(r"(\S+)$", before)
    word = _fold_word(m.group(1))
    if _time_re().fullmatch(m.group(1)) or re.search(r"\d\s*(?:[ap]\.m\.|[ap]m)$", before, re.I):
        return start, end, frame_start  # Early on Tuesday X said; Just after 3 p.m. X said
    if word in _set("focus_words.txt") and _opens_clause(text, lo, lo + m.start(1)):
        return start, end, lo + m.start(1)  # Even the organizer of the rally said: a focus word opens it
    if m.group(1) == "That" and not text[lo:lo + m.start(1)].strip() and text[start:end][:1].islower():
        return lo + m.start(1), end, lo + m.start(1)  # That person said: a demonstrative opening the sentence
    cue = _verb_cue(m.group(1))
    if cue is not None and not cue.addressee and re.search(r"\w\s+\S+$", before):
        # Reuters reported X said: the subject of a clause the cue says, as after "that" (not a cue
        # set off by a comma: "..., said the Gazette report" is inverted, and "report" no cue)
        return start, end, -start - 1
    if word in _set("connectives.txt") or word == "that":
        frame_start = lo + m.start(1)
        if word == "that" and not re.search(r"(?<![\w-])(?:so|such|now|given)\s+that$", before, re.I):
            return start, end, -frame_start - 1  # a negative start flags an embedded ("that X said") frame
            # (so that, such that, now that open a clause of the narration's own, no one's content)
        return start, end, frame_start
    return None


def _title_of(words: list[re.Match], k: int) -> bool:
    """Whether word ``k`` is the "of" inside a lowercase title (master of ceremonies, chief of
    staff): between two lowercase words, the first not the descriptor's start."""
    return 0 < k < len(words) - 1 and words[k].group() == "of" and words[k + 1].group()[:1].islower()


def _np_forward(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``pos``: a pronoun, a name run (with its head noun:
    the Israeli official), or a determiner and a few lowercase words up to a head noun."""
    start = pos + len(re.match(r"\s*", text[pos:hi]).group())
    opener = re.match(r"(?:But|And|Yet|So|Still|Meanwhile|However),?\s+", text[start:hi])
    if opener:  # But Beijing is balking: the connective opens the clause, it names no one
        start += opener.end()
    part = re.match(r"([a-z]+)\s+of\s+(?=\S)", text[start:hi])
    if part and (part.group(1) in _set("shares.txt") or part.group(1) in _set("numbers.txt")):
        rest = _np_forward(text, start + part.end(), hi)  # said one of those aides, said two of the men
        return (start, rest[1]) if rest is not None and not text[start + part.end():rest[0]].strip() else None
    words = []
    for w in _WORD.finditer(text, start, hi):
        if text[(words[-1].end() if words else start):w.start()].strip():
            break  # punctuation between words ends the phrase
        words.append(w)
    if not words:
        return None
    first = _fold_word(words[0].group())
    if first in _pronouns():
        return start, words[0].end()
    i = 1 if first in _set("determiners.txt") else 0
    heads = _heads()
    end = None
    if i < len(words) and _is_name_word(words[i].group()):
        while i < len(words):
            word = words[i].group()
            joiner = _fold_word(word) in _set("name_particles.txt") | {"of", "&"} and i + 1 < len(words) \
                and _is_name_word(words[i + 1].group())
            if not (_is_name_word(word) or joiner or _fold_word(word) in heads):
                role = _role_before_name(words, i) if end else 0
                if not role:
                    break
                i += role  # said ACLU executive Director Anthony Romero: a body, a role, then the person
                continue
            end, i = words[i].end(), i + 1
        return (start, _without_stop(text, start, end)) if end else None
    rest = words[i:]
    verbs = _set("determiners.txt") | _set("auxiliaries.txt") | _set("be.txt") | frozenset(_pronouns())
    k = 0
    while k < min(3, len(rest)) and rest[k].group()[0].islower() \
            and (_fold_word(rest[k].group()) not in verbs | _set("phrase_prepositions.txt") | _set("connectives.txt")
                 or _title_of(rest, k)):
        k += 1
    if 0 < k < len(rest) and _is_name_word(rest[k].group()) and not re.search(r"\S", text[rest[k - 1].end():rest[k].start()]) \
            and not _time_re().fullmatch(" " + rest[k].group()):
        n = k  # said report lead author David Fahey: a descriptor, then the name it describes
        while n < len(rest):
            if _is_name_word(rest[n].group()):
                n += 1
                continue
            role = n  # said former Obama adviser David Axelrod: a role noun between two names
            while role < min(n + 2, len(rest)) and rest[role].group()[0].islower() \
                    and _fold_word(rest[role].group()) in heads:
                role += 1
            if n < role < len(rest) and _is_name_word(rest[role].group()):
                n = role
                continue
            break
        return start, _without_stop(text, start, rest[n - 1].end())
    if 0 < len(rest) <= 3 and all(w.group()[0].islower() and _fold_word(w.group()) not in verbs
                                  for w in rest):
        return start, _without_stop(text, start, rest[-1].end())  # said the union negotiator, ...: to the comma
    headed = False
    for k, w in enumerate(words[i:i + 3]):
        fw = _fold_word(w.group())
        if not w.group()[0].islower() or fw in _set("determiners.txt") or fw in ("to", "that"):
            break
        end = w.end()
        following = words[i + k + 1].group() if i + k + 1 < len(words) else ""
        if fw in heads and _fold_word(following) not in heads:
            headed = True
            break  # the union negotiator: a head noun ends the phrase unless another follows
    if end and not headed and _fold_word(text[start:end].split()[-1]) not in heads:
        return None  # said the bridge needed new cables: no head noun, so no speaker
    return (start, _without_stop(text, start, end)) if end else None


def _role_before_name(words: list[re.Match], i: int) -> int:
    """How many lowercase words from ``i`` form a role (a title, ``executive Director``, ``co-host``)
    that a capitalised name follows; 0 when they do not."""
    raw = [w.group() for w in words]
    n = _starts_title(raw, i)
    if not n or not raw[i][0].islower():
        return 0
    while n < 3 and i + n < len(raw) and not _is_name_word(raw[i + n]) and _starts_title(raw, i + n):
        n += _starts_title(raw, i + n)
    k = i + n
    while k < len(raw) and _starts_title(raw, k) and _is_name_word(raw[k]):
        k += 1  # executive Director: the title goes on, capitalised
    return k - i if k < len(raw) and _is_name_word(raw[k]) and not _starts_title(raw, k) else 0


def _without_stop(text: str, start: int, end: int) -> int:
    """A name that ends its sentence leaves the full stop out, unless the stop ends an initial or an abbreviation."""
    last = text[start:end].split()[-1]
    if last.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", last) and last[:-1].lower() not in _set("abbreviations.txt"):
        return end - 1
    return end


@lru_cache(maxsize=None)
def _heads() -> frozenset[str]:
    """Nouns that can end a speaker's noun phrase: titles, bodies, media, unnamed people."""
    return _set("titles.txt") | _set("organizations.txt") | _set("anonymous.txt") | _set("media.txt") \
        | frozenset(_references())


def _after_cue(text: str, pos: int, hi: int, addressee: bool) -> tuple[int, tuple[int, int] | None, bool]:
    """Skip what may follow a cue before its content: the hearer, times, channels.

    Returns (content start, outlet span, whether a channel was named).
    """
    outlet, channel = None, False
    topic = _OF_TOPIC.match(text, pos, hi)
    if topic:  # said of the plan that ..., wrote of her rival: "...": whom or what it was said about
        pos = topic.end()
    heard = re.match(rf"\s*(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{_channels()})(?![\w-])",
                     text[pos:hi]) if addressee else None
    following = re.match(r"\s+([a-z]+)\b", text[pos + heard.end():hi]) if heard else None
    if following and following.group(1) not in _set("determiners.txt") | frozenset(_pronouns()) | {"and", "or"} \
            and not _circumstance_re().match(text[pos + heard.end():hi].lstrip()) \
            and not re.fullmatch(rf"(?:{_channels()})", following.group(1)):
        heard = None  # told a town hall audience: the channel word qualifies the hearer's noun
    if heard:  # told a news conference, told the briefing: where it was said, not to whom
        pos, channel, addressee = pos + heard.end(), True, False
    if addressee:
        soon = re.match(r"\s*((?:[\w'’.-]+\s+){1,6}?)that\s", text[pos:hi])
        known = _hearers_re().match(text, pos, hi) or _PLURAL_HEARER.match(text, pos, hi) or \
            _OBJECT_PRONOUN.match(text, pos, hi)  # told me he ...
        np = (pos + soon.start(1), pos + soon.end(1) - 1) if soon else \
            (known.start(1), known.end(1)) if known else _np_forward(text, pos, hi)
        if soon:  # told CNN in an interview that ...: the hearer ends where a circumstance begins
            cut = re.search(rf"\s+{_CIRCUMSTANCE_WORDS}", text[np[0]:np[1]])
            np = (np[0], np[0] + cut.start()) if cut and cut.start() > 0 else np
            # told CNN when asked about claims that ...: the "that" belongs to the subordinate clause,
            # the hearer ends before it
            sub = re.search(rf"\s+(?:{lexicon.alternation(sorted(_set('subordinators.txt')))})\b",
                            text[np[0]:np[1]], re.I)
            np = (np[0], np[0] + sub.start()) if sub and sub.start() > 0 else np
        hearer = _HEARER.match(text, pos, hi)  # told reporters on Wednesday, told a local radio station
        if hearer and not _has_content(text, _past_circumstances(text, hearer.end(), hi), hi) \
                and _is_hearer(hearer.group(1)):
            np = hearer.span(1)
        if np:
            outlet = _hearer_outlet(text, np)
            # told reporters, told him: an occasion of its own, where no earlier interview goes on
            # (but told the paper, the network: the medium named before, which it does)
            channel = channel or outlet is None and not _medium_again(text[np[0]:np[1]])
            pos = np[1]
            show = _SHOW.match(text, pos, hi) if re.search(r"\w(?:['’]s|s['’])$", text[np[0]:np[1]]) else None
            if show:  # told NBC's "Today": the programme is where it was said, not the content
                pos = show.end()
                outlet = (outlet[0], pos) if outlet is not None else None  # and the outlet, with its network
            show = _ON_SHOW.match(text, pos, hi)
            if show:  # told CNN's Jake Tapper on “State of the Union” that ...
                pos, channel = show.end(), True
    for _ in range(6):
        channel_m = _channel_re().match(text, pos, hi)
        is_channel, medium = _read_channel(text, channel_m) if channel_m and channel_m.end() > pos else (False, None)
        if medium is None:  # (wrote in The Des Moines Register: a medium, not a place)
            m = _time_re().match(text, pos, hi) or _PLACE_AFTER_CUE.match(text, pos, hi) \
                or _place_noun_after_cue().match(text, pos, hi) \
                or _BY_PHONE.match(text, pos, hi) or _MANNER.match(text, pos, hi)
            if m and m.end() > pos:
                pos = m.end()
                continue
        if is_channel:
            outlet = outlet or medium
            channel = True
            pos = channel_m.end()
            continue
        m = _PHRASE_BEFORE_THAT.match(text, pos, hi)  # (after the channels: on Telegram that names a medium)
        if m:
            pos = m.end()
            continue
        m = _ASIDE_BEFORE_THAT.match(text, pos, hi)
        if m and not _has_finite_verb(m.group(1).split()):
            pos = m.end()
            continue
        break
    citing = re.match(r"\s*,\s*(?:citing|quoting)\s+[^,;:]{2,80},(?=\s*(?:that\s)?\S)", text[pos:hi])
    if citing:  # reported, citing two officials, that ...: the cited source is read by its own frame
        pos += citing.end()
    # said that, with heavy rain, ...: the comma after "that" opens an aside inside the content
    m = re.match(r"\s*(?::|,?\s*that(?![\w-])(?:\s*,(?=\s*[\w" + re.escape(OPEN_QUOTES) + r"]))?)\s*", text[pos:hi])
    if m:
        pos += m.end()
    else:
        m = re.match(r"\s*,\s*(?=[" + re.escape(OPEN_QUOTES) + "])", text[pos:hi])
        if m:
            pos += m.end()
    while pos < hi and text[pos].isspace():
        pos += 1
    return pos, outlet, channel


# said of the senator: "...", said of the plan that ...: the topic, then the content
_OF_TOPIC = re.compile(r"\s*of\s+(?:(?!(?:and|or|but|say|says|said)\s)[^\s,;:\"“”()]+\s+){0,5}?[^\s,;:\"“”()]+"
                       r"(?=\s+that\s|\s*:|\s*,\s*[\"“'‘])")
# a programme's title after the medium that owns it: told NBC's "Today" that ...
_SHOW = re.compile(r"\s*[\"“][A-Z][^\"“”\n]{0,60}?[\"”](?=\s*(?:that\b|[,.:;]|$|on\s|in\s|last\s|this\s))")
_ON_SHOW = re.compile(r"\s*on\s+[\"“][A-Z][^\"“”\n]{0,60}?[\"”](?=\s*(?:that\b|[,.:;]|$|on\s|in\s))")
# the hearer after told/informed, up to a time, a place, a channel or the end: told reporters on Wednesday
_CIRCUMSTANCE_WORDS = (r"(?:on|in|at|by|during|via|over|from|with|that|last|this|earlier|later|late|yesterday|today|"
                       r"tonight)\b")
_HEARER = re.compile(rf"\s*((?:(?!{_CIRCUMSTANCE_WORDS})[\w'’.&-]+(?:\s+(?!{_CIRCUMSTANCE_WORDS})[\w'’.&-]+){{0,4}}))"
                     rf"(?=\s*(?:[,.;]|$)|\s+{_CIRCUMSTANCE_WORDS})")
# said repeatedly that, told reporters bluntly: an adverb of manner before the content's "that" or a comma
# (or before a channel: said happily on MSNBC)
_MANNER = re.compile(r"\s*(?:[a-z]{3,}ly(?=\s+that\b|\s*[,:])"
                     r"|(?!only\b)[a-z]{3,}ly(?=\s+(?:on|in|to)\s+(?:an?\s|the\s|[A-Z]))"
                     r"|,\s*(?:with|without|in)\s+[a-z ]{1,25}?(?=\s*:))")
# (and how it was said before a colon: responded pointedly, with a smile: "...")
# said for years that, has said from the start that: a short prepositional phrase before "that"
_PHRASE_BEFORE_THAT = re.compile(r"\s*(?:for|from|since|during|over|throughout|in|at|on|after|before|to|with)\s+"
                                 r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+(?=\s+that\s)")
# said, however, that / said, among other things, that: a short aside between commas before "that"
_ASIDE_BEFORE_THAT = re.compile(r"\s*,\s*([^,;:\"“”()]{2,40}?),(?=\s*that\s)")
# told AFP by telephone, in a phone call: how it was said
_BY_PHONE = re.compile(r"\s*(?:by|over|via)\s+(?:the\s+|a\s+)?(?:tele)?phone(?:\s+(?:call|conversation|line))?"
                       r"|\s*by\s+(?:e-?mail|text(?:\s+message)?|video\s+link)")


@lru_cache(maxsize=None)
def _hearers_re() -> re.Pattern:
    return re.compile(rf"\s*({_phrases('hearers.txt')})(?=\s)", re.I)


# told colleagues the mood was grim: a bare plural noun, then a clause opening with a determiner or pronoun
_PLURAL_HEARER = re.compile(r"\s*([a-z]+[^su\W]s)(?=\s+(?:the|a|an|his|her|their|its|it|he|she|they|we|there|this)\s)")


def _is_hearer(words: str) -> bool:
    """A noun phrase that can be told something: no verb, no determiner past its first word
    (not "Reuters the strike would end")."""
    folded = [_fold_word(w) for w in words.split()]
    verbs = _set("be.txt") | _set("finite_auxiliaries.txt") | frozenset(_pronouns())
    return len(folded) <= 4 and not any(w in verbs for w in folded) \
        and not any(w in _set("determiners.txt") for w in folded[1:])


def _hearer_outlet(text: str, np: tuple[int, int]) -> tuple[int, int] | None:
    """The medium a statement was told to: told Reuters, told the BBC, told CNN's Jake Tapper
    (the medium before the possessive); not told local media, which names none."""
    words = text[np[0]:np[1]]
    owner = re.match(r"(?:the\s+)?(.+?)(?:['’]s|(?<=s)['’])(?:\s|$)", words)
    if owner and parse_mention(owner.group(1)).kind == "media":
        if re.fullmatch(rf"\s*{_PROGRAMME}[\s,.]*", words[owner.end():]):
            return np[0] + owner.start(1), np[1]  # on ABC's "This Week": the programme, its network first
        return np[0] + owner.start(1), np[0] + owner.end(1)  # told CNN's Jake Tapper: the network
    if parse_mention(words).kind == "media" and \
            (_names_something(words) or re.match(r"(?:the\s+)?state\b", words, re.I)):
        return np  # told Reuters, told state television (the state's own medium, named by what it is)
    staff = _OF_MEDIUM.search(words)
    if staff and parse_mention(staff.group(1)).kind == "media" and _names_something(staff.group(1)):
        return np[0] + staff.start(1), np[0] + staff.end(1)  # in an interview with Ana Reyes of the Herald
    return None


# told me he ..., told her that ...; not "her" before its noun (told her aides she would stay: the aides)
_OBJECT_PRONOUN = re.compile(r"\s*(me|us|him|them|you|her(?=\s*(?:[,:\"“]|(?:that|he|she|it|they|we|i|you|"
                             r"there|this|these|those|the|a|an|his|her|their|its|our|my|about|on|of|for|to|in|"
                             r"at|with|if|whether|why|how|what|when|where|who)\s)|\s*$))(?![\w'’-])")


def _medium_again(hearer: str) -> bool:
    """``the paper``, ``the network``: a medium named by its kind alone, the one the text named before."""
    m = re.fullmatch(r"the\s+([a-z]+(?:\s+[a-z]+)?)", hearer.strip(), re.I)
    return m is not None and _fold_word(m.group(1)) in _set("media_heads.txt")


def _past_circumstances(text: str, pos: int, hi: int) -> int:
    """Past the times, places, channels and "by phone" that may follow a cue and its hearer."""
    for _ in range(6):
        m = _time_re().match(text, pos, hi) or _PLACE_AFTER_CUE.match(text, pos, hi) \
            or _place_noun_after_cue().match(text, pos, hi) \
            or _BY_PHONE.match(text, pos, hi) or _channel_re().match(text, pos, hi)
        if not m or m.end() <= pos:
            return pos
        pos = m.end()
    return pos


# said here, told a news conference in Sanaa: where it was said, when no content follows it directly
_PLACE_AFTER_CUE = re.compile(r"\s*(?:here|there|(?:in|at|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                              r"(?![\w'’.-])(?=\s*(?:[,.;:]|$|(?:on|in|at|that|he|she|they|it|we|i|the|a|an)\s))")


@lru_cache(maxsize=None)
def _place_noun_after_cue() -> re.Pattern:
    """told reporters in the capital, Dar al-Salwa, on Thursday: a place named by its common
    noun (``place_nouns.txt``), with its name in apposition, is where it was said."""
    return re.compile(rf"\s*(?:in|at|from)\s+the\s+(?:{_phrases('place_nouns.txt')})"
                      r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=,))?"
                      r"(?![\w'’.-])(?=\s*(?:[,.;:]|$|(?:on|in|at|that|he|she|they|it|we|i)\s))", re.I)


# said on the call., said at the meeting on Monday.: a short phrase of place or occasion that ends the sentence
_OCCASION_ONLY = re.compile(r"(?:on|at|during|after)\s+(?:the|a|an|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}"
                            r"\s*[.!?]?[\"”’']?")


# a name alone after "for", up to the phrase's end (writing for The Atlantic,): whom one writes for
_WHERE_PUBLISHED = re.compile(r"for\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}\s*[,.;]?")


def _has_content(text: str, pos: int, hi: int) -> bool:
    rest = text[pos:hi].strip()
    if re.match(r"(?:citing|quoting)\s", rest):
        return False  # Reuters reported citing officials: the cited source, read by its own frame
    if re.match(r"(?:while|when|after|before|as|in)\s+[a-z]+ing\b", rest):
        return False  # said while responding to ...: the reporter's circumstance, not what was said
    if _OCCASION_ONLY.fullmatch(rest) and not any(_fold_word(w) in _pronouns() for w in rest.split()[2:]):
        return False  # said on the call, said at a rally in Kelford: where it was said, to the sentence's end
    published = _WHERE_PUBLISHED.match(rest)
    if published and (published.end() == len(rest) or published.group().endswith(",")):
        return False  # Jack Kelly, writing for RealClearPolitics, ...: where it was written, not what
    return bool(rest) and rest[0] not in ".,;!?" and bool(re.search(r"\w", rest))


def _frames(doc: Document, lo: int, hi: int, unread: list[tuple[re.Match, Frame | None]]) -> list[Frame]:
    """Every cue of the sentence [lo, hi) read into a frame, in text order; the cues the rules
    could not read (None) and those of mined cue forms (their frame) go to ``unread``."""
    text = doc.text
    frames: list[Frame] = []
    anonymity = [(a.start(), a.end()) for a in _compiled()["anonymity"].finditer(text, lo, hi)]
    for m in _any_cue_re().finditer(text, lo, hi):
        if doc.quote_at(m.start()) is not None:
            continue  # words inside a quotation belong to the quoted speaker
        if any(a <= m.start() < b for a, b in anonymity):
            continue  # who asked not to be named, not authorized to speak
        if _plural_noun_subject(text, m, hi):
            continue  # His cost estimates have been ...: the cue word is a noun, a clause's subject
        if re.search(r"</?\Z", text[max(lo, m.start() - 2):m.start()]):
            continue  # <tweet id=...>, </tweet>: a markup tag's name, left in a text, is no word of it
        folded = lexicon.fold(re.sub(r"\s+", " ", m.group()), LANG)
        form = _cues().get(folded)
        fronted = form is not None and form.type == "verb" and not text[lo:m.start()].strip() \
            and _FRONTED.match(text, m.end(), hi) is not None  # Said Ana Lima, “...”
        if form is None or form.type != "prep" and not m.group().islower() and not _headline_cue(doc, lo, m) \
                and not fronted:
            continue  # "State Department", "Report:": a capitalised verb form is a name or a label
        frame = _named_before_title(text, lo, _read_cue(doc, lo, hi, m, form))
        if frame is not None and _wrote_a_work(text, m.group(), frame.claim):
            continue  # wrote a children's book: what was written, not what it says
        if frame is None or _only_determiners(text, frame.speaker) or _quoted_speaker(doc, frame.speaker):
            unread.append((m, None))
        elif folded in _mined_forms():
            # A mined cue is the annotations' word, not the rules': its reading is an alternative for
            # the scorer, which never cuts or hides the rules' own frames.
            frame.notes["plain"] = "mined"
            unread.append((m, frame))
        else:
            frames.append(frame)
    for m in _QUOTED_AS.finditer(text, lo, hi):
        frame = _read_quoted_as(doc, lo, hi, m)
        if frame is not None and doc.quote_at(m.start()) is None:
            frames.append(frame)
    return sorted(frames, key=lambda f: f.cue[0])


# A sentence that opens with a name and a comma: the name, when a title follows it as the speaker.
_OPENING_NAME = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+\Z")


def _named_before_title(text: str, lo: int, frame: Frame | None) -> Frame | None:
    """``Anthony Anton, president of the Restaurant Association stated, "..."``: an apposition
    whose closing comma the writer left out; the speaker read back from the cue stops at the
    first comma, at the title, and the name that opens the sentence belongs to it."""
    if frame is None or frame.speaker is None or frame.form != "svo":
        return frame
    start, end = frame.speaker
    first = re.match(r"[a-z]+", text[start:end])
    name = _OPENING_NAME.fullmatch(text, lo, start)
    if first is None or name is None or not _titles_re().fullmatch(first.group()) \
            or parse_mention(name.group(1)).kind != "person":
        return frame
    return replace(frame, speaker=(name.start(1), end))


_WORK_DETERMINERS = frozenset("a an the his her their its one two three several another".split())


def _wrote_a_work(text: str, cue: str, claim: tuple[int, int]) -> bool:
    """Whether "wrote" has for object a written work (a children's book, an opinion piece on pay),
    not words of a statement: no quotation, no "that", a determiner first and, before any
    preposition, a noun of written_works.txt."""
    if not cue.lower().startswith(("wrote", "write", "writing", "written")):
        return False
    words = text[claim[0]:claim[1]]
    if re.search(r"(?:^|\s)[" + re.escape(OPEN_QUOTES) + r"]|\bthat\b", words):
        return False  # (an apostrophe inside a word opens no quotation: a children's book)
    tokens = [w.lower() for w in re.findall(r"[\w'’-]+", words)[:7]]
    if not tokens or tokens[0] not in _WORK_DETERMINERS:
        return False
    for word in tokens[1:]:
        if word in _set("prepositions.txt"):
            return False
        if word in _set("written_works.txt") or word.endswith("s") and word[:-1] in _set("written_works.txt"):
            return True
    return False


def _plural_noun_subject(text: str, m: re.Match, hi: int) -> bool:
    """Whether a cue form in -s is a plural noun, the subject of the verb after it: a plural finite
    verb follows (His cost estimates have been, the reports were) and a common noun or a
    possessive comes before. After a pronoun or a name the form is a verb whose subject is a
    relative's (the plans he says have failed)."""
    if not m.group().endswith("s"):
        return False
    after = _NEXT_WORD.match(text, m.end(), hi)
    if after is None or after.group(1) not in _PLURAL_FINITE:
        return False
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, m.start() - 40):m.start()])
    if before is None:
        return False
    word = before.group(1)
    return word.islower() and _fold_word(word) not in _pronouns() or _is_noun_marker(word)


_PLURAL_FINITE = frozenset({"have", "had", "are", "were"})
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _quoted_speaker(doc: Document, speaker: tuple[int, int] | None) -> bool:
    """Whether a speaker opens inside a quotation (too many "please attack him" questions): quoted
    words are someone's wording, and the cue word after them a noun, not a speaker and its verb."""
    quote = doc.quote_at(speaker[0]) if speaker is not None else None
    return quote is not None and quote.start < speaker[0]


# How far a plain reading reaches: a speaker of at most this many words, a content of at least
# this many, and at most this many words (a time, a place) after a content-first cue.
PLAIN_SPEAKER_WORDS = 20
PLAIN_CONTENT_WORDS = 3
PLAIN_TAIL_WORDS = 5
_PLAIN_BOUNDARY = re.compile(r"[,;:]\s+|[”\"]\s*,?\s+")


@lru_cache(maxsize=None)
def _finite_verbs() -> frozenset[str]:
    """The finite auxiliaries and the finite forms of "be": a speaker holding one is a clause of its own."""
    return _set("finite_auxiliaries.txt") | (_set("be.txt") - {"be", "been", "being"})


def _plain_readings(doc: Document, lo: int, hi: int, unread: list[tuple[re.Match, Frame | None]],
                    found: list[Frame]) -> list[Frame]:
    """The alternative readings of the unread cues of a sentence that no frame of the rules holds
    (in its speaker, its content or its cue): those are the rules' cues, read their way. A mined
    cue keeps the rules' reading of it; another gets a plain one."""
    # A cue inside another frame's content may be a statement nested in it (a boy who they said
    # was ...): the scorer judges it (claim_overlaps_other); one in a speaker or a cue is not.
    held = [f.speaker for f in found if f.speaker is not None] + [f.cue for f in found]
    out = []
    for m, frame in unread:
        if any(a <= m.start() < b for a, b in held):
            continue
        if frame is None:
            frame = _plain_reading(doc, lo, hi, m, _cues()[lexicon.fold(re.sub(r"\s+", " ", m.group()), LANG)])
        if frame is not None:
            out.append(frame)
            if frame.notes["plain"] == "svo":
                out += _object_reading(doc.text, frame)
    return out


# Where a noun-phrase content ends: a clause mark, a coordinated verb, a participle that goes on.
_OBJECT_END = re.compile(r"\s*[,;:(—–]|\s+(?:and|but|while|after|before|because|as)\s|\s+[a-z]+ing\s")


def _object_reading(text: str, frame: Frame) -> list[Frame]:
    """The same plain reading with a noun phrase for content (called for restraint and offered
    help: "restraint"): it competes with the longer one, and the scorer keeps at most one of them."""
    start, end = frame.claim
    stop = _OBJECT_END.search(text, start, end)
    if stop is None or stop.start() <= start or not _WORD.search(text, start, stop.start()):
        return []
    short = Frame(frame.cue, frame.speaker, (start, stop.start()), frame.start, frame.form)
    short.notes["plain"] = "object"
    return [short]


def _plain_reading(doc: Document, lo: int, hi: int, m: re.Match, form: CueForm) -> Frame | None:
    """A verb cue the rules could not read, read plainly: the words between the last clause
    boundary and the cue are the speaker, and the content is the sentence before that boundary
    (``CONTENT, SPEAKER said.``) or after the cue (``SPEAKER said CONTENT.``).

    It is a second opinion, not a rule: its records carry ``alternative`` and only a trained
    scorer, which has seen how often such readings are right (``en_plain``), lets them through.
    """
    if form.type != "verb" or not m.group().islower():
        return None
    text = doc.text
    cs, ce = m.start(), m.end()
    aux_start, saw_be = _skip_back_aux(text, lo, cs)
    before = _last_word(text, lo, cs)
    if before and _is_noun_marker(before.group(1)):
        return None  # the comments by X, his statement: the cue word is a noun
    if saw_be and not form.passive or m.group().endswith("ed") and re.match(r"\s+by\s", text[ce:hi]):
        return _passive_reading(doc, lo, hi, m, aux_start)  # was branded "outrageous" by MPs, deals touted by X
    if aux_start == cs and not _finite_form(m.group().split()[0]) \
            and not (before and _plural_subject(before.group(1))):
        return None  # the request, to comment: a bare form after no auxiliary and no plural is a noun or an infinitive
    boundaries = list(_PLAIN_BOUNDARY.finditer(text, lo, aux_start))
    s_start = _past_space(text, boundaries[-1].end() if boundaries else lo, aux_start)
    relatives = [w for w in _words_before(text, s_start, aux_start) if _fold_word(w.group()) in _set("relatives.txt")]
    if relatives:  # a boy who they said was ..., some of whom officials said: the speaker follows the relative
        s_start = _past_space(text, relatives[-1].end(), aux_start)
    speaker = (s_start, _trim_end(text, s_start, aux_start))
    words = [w.group() for w in _words_before(text, *speaker)]
    if not words or len(words) > PLAIN_SPEAKER_WORDS or _any_cue_re().search(text, *speaker):
        return None
    if any(_fold_word(w) in _finite_verbs() for w in words):
        return None  # Trump has faced questions, X is defending his tweets: a clause, the cue word its object
    if _is_noun_marker(words[-1]) or _fold_word(words[-1]) in _set("prepositions.txt") \
            or _fold_word(words[0]) in _set("prepositions.txt"):
        return None  # the leader's comments, six questions, In the report: the cue word is a noun
    # What follows the cue up to a comma: a time or a place when the content came first; after
    # that comma only a clause of the narration's own (, and one jetty was closed) may follow.
    tail, _, rest = text[ce:hi].strip().rstrip(".!?\"”’'").partition(",")
    rest_opens = _WORD.match(rest.strip())
    # After a relative (a boy who they said was ...) the content follows the cue, however short.
    if boundaries and not relatives and len(_WORD.findall(tail)) <= PLAIN_TAIL_WORDS \
            and (not rest.strip() or rest_opens and _fold_word(rest_opens.group()) in _set("connectives.txt")):
        claim = (lo, boundaries[-1].start() + (1 if text[boundaries[-1].start()] in "”\"" else 0))
        form_name = "first"
    else:
        after = re.match(r"\s*(?:that\s+|:\s*)?", text[ce:hi])
        claim = (ce + after.end(), hi)
        form_name = "svo"
    if len(_WORD.findall(text[claim[0]:claim[1]])) < PLAIN_CONTENT_WORDS:
        return None
    frame = Frame((cs, ce), speaker, claim, s_start, form_name)
    frame.notes["plain"] = form_name
    return frame


PLAIN_AGENT_WORDS = 8  # the most words of an agent after "by"
PLAIN_PASSIVE_REACH = 12  # the most words between a passive cue and its "by"
_BY = re.compile(r"\bby\s+")
_AGENT_END = re.compile(r"[,;:.!?()]|\s(?:in|on|at|after|before|during|over|when|while|because|and\s+(?:was|were|is|are))\s")


def _passive_reading(doc: Document, lo: int, hi: int, m: re.Match, aux_start: int) -> Frame | None:
    """A passive cue with its agent after "by": the agent is the speaker, and the content is what
    stands between the cue and "by" (was accused of fraud by X, branded "outrageous" by X) or, when
    nothing does, the passive's subject (that attack was also claimed by X)."""
    text = doc.text
    cs, ce = m.start(), m.end()
    by = _BY.search(text, ce, hi)
    if by is None or len(_WORD.findall(text[ce:by.start()])) > PLAIN_PASSIVE_REACH \
            or re.search(r"[,;:.!?]", text[ce:by.start()]):
        return None  # an agentless passive: no one in particular (unspecified, read elsewhere)
    end = _AGENT_END.search(text, by.end(), hi)
    agent = (by.end(), _trim_end(text, by.end(), end.start() if end else hi))
    words = [w.group() for w in _words_before(text, *agent)]
    if not words or len(words) > PLAIN_AGENT_WORDS or _any_cue_re().search(text, *agent):
        return None
    between = re.match(r"\s*(?:(?:of|as|for|with|to)\s+)?", text[ce:by.start()])
    claim = (ce + between.end(), _trim_end(text, ce, by.start()))
    if claim[1] <= claim[0]:
        boundaries = list(_PLAIN_BOUNDARY.finditer(text, lo, aux_start))
        start = _past_space(text, boundaries[-1].end() if boundaries else lo, aux_start)
        claim = (start, _trim_end(text, start, aux_start))
    if claim[1] <= claim[0] or not _WORD.search(text, claim[0], claim[1]):
        return None
    frame = Frame((cs, ce), agent, claim, min(claim[0], cs), "svo")
    frame.notes["plain"] = "passive"
    return frame


def _past_space(text: str, pos: int, end: int) -> int:
    """The first position at or after ``pos`` (before ``end``) that is not white space."""
    return pos + len(text[pos:end]) - len(text[pos:end].lstrip())


def _plural_subject(word: str) -> bool:
    """A word after which a bare verb form agrees (they say, the bakers say): a plural pronoun or noun."""
    folded = _fold_word(word)
    return folded in ("they", "we", "i", "you") or folded.endswith("s") and not re.search(r"(?:['’]s|ss)$", folded)


def _finite_form(word: str) -> bool:
    """A cue word inflected as a finite verb can be (said, warned, says), not a bare form (report)."""
    return re.search(r"(?:ed|s)$|^(?:said|told|wrote)$", word.lower()) is not None


# words both prepositions and the tail of a compound noun (the ad's voice over says ...)
_COMPOUND_PARTICLES = frozenset({"over", "up", "out", "off", "down", "back"})


def _only_determiners(text: str, speaker: tuple[int, int] | None) -> bool:
    """``The last question came from ...``: a speaker that is an article alone means the cue
    word was a noun (question, report, statement), not a verb with a subject ("Some said" is
    a group); a subordinator alone opens a clause with no subject (When asked about it, she ...);
    and words ending in a preposition or a conjunction are no noun phrase."""
    words = text[speaker[0]:speaker[1]].strip().lower() if speaker is not None else ""
    last = words.split()[-1] if words else ""
    # (her lead in pledged delegates, a weekly column and writes: no noun phrase ends in "in" or "and")
    return words in ("the", "a", "an") or words in _set("subordinators.txt") \
        or len(words.split()) > 1 and (last in _set("prepositions.txt") - _COMPOUND_PARTICLES or last in ("and", "or"))



# Reuters quoted the minister as saying ...; the minister was quoted by Reuters as saying ...
_QUOTED_AS = re.compile(r"(?<![\w-])(?:quoted|cited)\s+(?P<mid>[^,;:\"“”()]{2,120}?)\s+as\s+saying(?![\w-])")


def _read_quoted_as(doc: Document, lo: int, hi: int, m: re.Match) -> Frame | None:
    """``X quoted Y as saying``: Y is the speaker and X, a medium, the outlet (rule 4); in the
    passive, ``Y was quoted by X as saying``, the other way round."""
    text = doc.text
    mid = (m.start("mid"), m.end("mid"))
    subject = _subject_left(text, lo, m.start())
    agent = re.match(r"by\s+", text[mid[0]:mid[1]])
    if agent:
        if subject is None:
            return None
        speaker, outlet = subject[:2], (mid[0] + agent.end(), mid[1])
    else:
        speaker, outlet = mid, subject[:2] if subject is not None else None
        if outlet is not None and parse_mention(text[outlet[0]:outlet[1]]).kind != "media":
            outlet = None  # the minister quoted his father as saying ...: no medium between them
    cue = (m.start(), m.start() + len(m.group().split()[0]))
    content, _, _ = _after_cue(text, m.end(), hi, False)
    if _has_content(text, content, hi):
        start = subject[2] if subject is not None else m.start()
        return Frame(cue, speaker, (content, hi), start, "svo", _hearer_outlet(text, outlet) if outlet else None)
    begin = subject[0] if subject is not None and agent else m.start()
    claim_end = _trim_end(text, lo, begin)
    if claim_end <= lo:
        return None
    return Frame(cue, speaker, (lo, claim_end), begin, "first", _hearer_outlet(text, outlet) if outlet else None)


def _headline_cue(doc: Document, lo: int, m: re.Match) -> bool:
    """``Harbour Board Claims Record Season``: in a headline set in title case, a capitalised
    verb after the name that heads the line is its cue."""
    line = _headline(doc)
    if line is None or not line[0] <= m.start() < line[1] or not m.group()[1:].islower():
        return False
    words = line and doc.text[line[0]:line[1]].split()
    if sum(w[0].isupper() for w in words if w[0].isalpha()) < len(words) * 0.7:
        return False  # a headline in sentence case writes its verbs in lowercase
    before = re.search(r"(\S+)\s+$", doc.text[lo:m.start()])
    return before is not None and (_is_name_word(before.group(1)) or _fold_word(before.group(1)) in _heads())


def _ends_inverted(text: str, ce: int, hi: int) -> bool:
    """``The pier is safe, continued Jonas Berg.``: after an unquoted content, a framed verb inverts
    only when its speaker ends the sentence (or an aside about the speaker follows)."""
    np = _np_forward(text, ce, hi)
    if np is None:
        return False
    rest = text[np[1]:hi]
    return re.fullmatch(r"[\s.!?]*", rest) is not None or re.match(r"\s*,\s*(?:who|whose|an?|the|[A-Z0-9])\b", rest) \
        is not None


def _passive_aside(text: str, lo: int, hi: int, cs: int, ce: int) -> bool:
    """``Hale, asked whether the deal was close, said: ...``: a participle of the aside list
    (asked, questioned) after a comma, opening a question or a topic and closed by a comma before
    the clause's own cue."""
    if text[cs:ce].lower() not in _set("aside_participles.txt") or not re.search(r"\w\S*,\s*$", text[lo:cs]):
        return False
    if not re.match(r"\s+(?:whether|if|about|what|why|how|when|where|who|on|for)\s", text[ce:hi]):
        return False
    close = text.find(",", ce, hi)
    return close > 0 and _cue_re().match(text, close + 1 + len(text[close + 1:hi]) - len(text[close + 1:hi].lstrip())) \
        is not None


def _finding(text: str, subject: tuple | None, ce: int, content: int, hi: int) -> bool:
    """Whether an evidence verb (found, shows) credits its content: a record says it (a poll found
    Clinton leading, the report found that ...; ``records.txt``), or anyone finds that a thing is
    so (the judges found that ...). Not a verdict (found him guilty): the guide's decisions are narration."""
    if subject is None or re.match(r"[^.;:]{0,80}?\b(?:not\s+)?(?:guilty|innocent|liable)\b", text[content:hi]):
        return False
    said_that = re.search(r"\bthat[\s,]*$", text[ce:content]) is not None
    words = {_fold_word(w) for w in re.findall(r"[\w'’-]+", text[subject[0]:subject[1]])}
    if any(w in _set("irregular_past.txt") and w in _cues() for w in words):
        return False  # Trump said on Hewitt's radio show that ...: a subject that already said is no subject; a noun
    return said_that or bool(words & _set("records.txt"))


def _read_cue(doc: Document, lo: int, hi: int, m: re.Match, form: CueForm) -> Frame | None:
    if form.type == "verb" and not form.addressee:
        taken = _object_inside_relative(doc.text, lo, m.start(), m.end(), hi, form.naming)
        if taken is not None:
            return taken
    if form.naming:
        return _read_naming(doc, lo, hi, m, form)
    text = doc.text
    cs, ce = m.start(), m.end()
    if form.type == "prep":
        return _read_prep(text, lo, hi, cs, ce, m.group())
    if re.match(r"\s+(?:to\s+(?:be|have)|by|as\s+saying)\b", text[ce:hi]) and not _BY_PHONE.match(text, ce, hi):
        return None  # said to be, reported by: not a statement
    if re.search(r"[a-z]s$", m.group()) and re.match(r"\s+(?:have\s+|had\s+|also\s+)?(?:said|say|stated|showed|show|"
                                                     r"suggested|suggest|indicated|indicate)\b", text[ce:hi]):
        return None  # media reports said, the statements say: the cue form is the subject's plural noun
    before_word = _last_word(text, lo, cs)
    last = [_fold_word(w) for w in text[lo:cs].split()[-3:]]
    if len(last) == 3 and _in_ten(last, 1) or before_word and _fold_word(before_word.group(1)) in _set("shares.txt") \
            and _opens_clause(text, lo, before_word.start(1)) \
            and not _cue_re().match(text, ce + len(text[ce:hi]) - len(text[ce:hi].lstrip())):  # Some reports said
        before_word = None  # Six in 10 said, Some said: a share is the subject, the cue its verb
    if before_word and re.search(r"[,;:\"“”)\]—–]$", before_word.group(1)):
        before_word = None  # "... for her," said X: the word before is the content's, behind its punctuation
    if before_word and (_is_noun_marker(before_word.group(1)) and not _pronoun_contracted(before_word.group(1))
                        or before_word.group(1) in ("That", "This", "These")
                        and not text[lo:before_word.start(1)].strip()):
        return None  # the said committee, Trump's comments, That report found: the cue is a noun
    if _passive_aside(text, lo, hi, cs, ce):
        return None  # X, asked whether ..., said: the question put to the speaker, not a cue
    aux_start, saw_be = _skip_back_aux(text, lo, cs)
    participle = form.type == "participle"
    if saw_be and not participle and not form.passive:
        return None  # was told, is said: a passive
    if participle and not saw_be:
        absolute = _with_subject(text, lo, cs)
        if absolute is not None:  # ..., with a British agency confirming one ship had been struck
            content, outlet, channel = _after_cue(text, ce, hi, form.addressee)
            if _has_content(text, content, hi):
                with_at = text.rfind("with", lo, absolute[0])
                frame = Frame((cs, ce), absolute, (content, hi), with_at, "svo", outlet, channel=channel)
                frame.notes["joined"] = True  # a clause of its own inside another content
                return _denied(frame, form)
        if form.framed and not _framed_after(text, ce, hi):
            return None  # ..., echoing comments by X: a framed cue needs "that", a colon or a quotation
        return _denied(_read_continuation(text, lo, hi, cs, ce, form.addressee), form)
    carried = re.match(r"\s+to\s+", text[ce:hi])
    if form.framed and carried and _cue_re().match(text, ce + carried.end()):
        return None  # continued to insist that ...: the cue is the verb it carries
    if form.framed and not re.search(rf"[{re.escape(CLOSE_QUOTES)}]\s*$", text[lo:aux_start]) \
            and re.search(r",\s*$", text[lo:aux_start]) and not _ends_inverted(text, ce, hi):
        return None  # ..., mocked the party and its leaders, and ...: a framed verb and its object
    if not form.addressee and _inverted_after_comma(text, lo, aux_start, ce, hi):
        return _denied(_read_inverted(text, lo, hi, cs, ce, *_after_cue(text, ce, hi, form.addressee)[1:]), form)
    inside = _speaker_inside_relative(text, lo, aux_start, ce, hi)
    if inside is not None:  # a teenager who police said was one of the attackers
        start, speaker, claim = inside  # (the relative pronoun starts the frame: a content before it ends there)
        frame = Frame((cs, ce), speaker, claim, start, "svo")
        frame.notes["joined"] = True  # a clause of its own inside the sentence
        return _denied(frame, form)
    subject = _subject_left(text, lo, cs)
    content, outlet, channel = _after_cue(text, ce, hi, form.addressee)
    content = _past_particle(text, m.group(), content, hi)
    if form.evidence and not _finding(text, subject, ce, content, hi):
        return None  # police found the body, photographs showed a man: a discovery or a picture, no content credited
    if outlet is None and m.group().lower() in _platforms():
        outlet = (cs, ce)  # X tweeted: the statement went out on Twitter
    if subject is not None:
        s_start, s_end, f_start, by, anonymous = subject
        outlet = outlet or by
        opening = _leading_channel(text, lo, s_start)
        if opening is not None:  # In a statement to ABC News, the army said ...
            outlet, channel = outlet or opening[0], True
        embedded = f_start < 0
        f_start = -f_start - 1 if embedded else f_start
        before = text[lo:s_start].rstrip()
        quote_first = before[-1:] in CLOSE_QUOTES and doc.quote_at(lo + len(before) - 1) is not None \
            and not _quote_inside_opening(doc, lo, lo + len(before) - 1, content, hi)
        as_clause = re.match(r"\s*,\s*", text[content:hi]) if re.match(r"[Aa]s\s", text[f_start:s_start]) else None
        if as_clause and f_start == lo + len(text[lo:f_start]) - len(text[lo:f_start].lstrip()):
            content += as_clause.end()  # As Clinton told the Daily News, tax relief is ...: the main clause
        below = _quote_below(doc, ce, hi) if not quote_first else None
        if below is not None:  # X said:\n\n"..." : the quotation opens the next paragraph
            frame = Frame((cs, ce), (s_start, s_end), below, f_start, "svo", outlet, channel=channel)
        elif _has_content(text, content, hi) and not quote_first \
                and not (form.type == "verb" and not (form.infinitive or form.object or form.addressee)
                         and re.search(r"\w\S*,\s*$", text[lo:s_start]) and _only_circumstances(text, content, hi)):
            if m.group().lower().startswith("claim") and re.match(r"(?:the\s+)?(?:[\w,.-]+\s+){0,3}?lives\b",
                                                                   text[content:hi]):
                return None  # the conflict has claimed thousands of lives: claim as "kill"
            if re.match(rf"(?:{_QUESTION_WORDS})\s", text[content:hi]) and \
                    re.search(r"(?:\bnot|n['’]t|\bdeclined\s+to|\brefused\s+to)\s+\w*\s*$", text[s_end:cs]):
                return None  # did not say whether ...: no claim is made (but questioned whether is one)
            complementised = re.search(r"(?:\bthat|:)[\s,]*$", text[ce:content]) is not None \
                or re.fullmatch(r"\s*,\s*", text[ce:content]) is not None and text[content] in OPEN_QUOTES
            # (He continued, “...”: a comma and a quotation frame the content as a colon does)
            if form.framed and not complementised:
                return None  # the talks continued into the night: no content without "that" or a colon
            if not complementised and _about_a_topic(text, content, hi):
                return None  # asked about the bridge, told reporters about the plan: a topic, no content
            if not form.addressee and not complementised and \
                    re.match(r"(?:with|on|upon|from|for)\s" if form.infinitive else r"(?:to|with|on|upon|from|for)\s", text[content:hi]):
                return None  # responded to the letter, insisted on being heard: what follows is no content
            if form.addressee and not complementised and not text[ce:content].strip() \
                    and re.match(r"(?:for|to)\s", text[content:hi]):
                return None  # asked for a list, asked to speak: a request with no one asked, no statement
            end = _object_end(text, ce, content, hi) if form.object else hi
            if form.linking and not re.search(r"\sto\s", text[content:end]):
                return None  # Spain tied the match: a link needs what it is tied to
            if form.grounds and not re.search(r"\s(?:for|over|as|with)\s", text[content:end]):
                return None  # called out the troops, credited the payment: a reproach or praise needs its grounds
            end = _subordinate_end(text, lo, f_start if f_start >= 0 else -f_start - 1, content, end)
            end = _contrast_end(doc, content, end)
            end = _narration_end(doc, content, end)
            frame = Frame((cs, ce), (s_start, s_end), (content, end), f_start, "svo", outlet, channel=channel)
        else:
            claim_end = _trim_end(text, lo, s_start)
            if claim_end <= lo:
                resumed = re.match(r"\s*,\s*", text[content:hi]) \
                    if not quote_first and re.search(r"\w,\s*$", text[lo:s_start]) else None
                if resumed is None or not _resumes(text, content, hi):
                    return None
                claim_end = hi  # Still, he said, officials must decide: an opener, then the content
                lo = content + resumed.end()
            elif not quote_first and _resumes(text, content, hi):
                claim_end = hi  # Acts of protest, he said, are acts of patriotism: one content around its cue
            frame = Frame((cs, ce), (s_start, s_end), (lo, claim_end), s_start, "first", outlet, channel=channel)
        frame.notes["embedded"] = embedded
        frame.notes["anonymous"] = anonymous
        frame.notes["negated"] = form.denial or _NEGATION.search(text, s_end, cs) is not None
        frame.notes["joined"] = f_start != s_start  # after X said: a clause of its own
        return frame
    if re.search(r"(?:^|\s)(?:and|but)\s*$", text[lo:aux_start]) or re.search(r",\s*then\s*$", text[lo:cs]):
        carried = _catenative_re().search(text, max(lo, cs - 40), cs) is not None  # but went on to say
        if not _finite_form(m.group().split()[0]) and not carried and not _CLAUSE_NEXT.match(text, ce, hi):
            return None  # supply and demand: a bare form after "and" is a noun, not the subject's next verb
            # (unless a clause follows it: police deny the claims and say they acted lawfully)
        if form.framed and not _framed_after(text, ce, hi):
            return None  # echoed similar themes: a framed cue needs "that", a colon or a quotation
        return _denied(_read_continuation(text, lo, hi, cs, ce, form.addressee), form)  # X announced ... and said ...
    relative = _relative_subject(text, lo, aux_start)
    restrictive = relative is None and _restrictive_who(text, lo, aux_start)
    relative = relative or restrictive or None
    if relative is not None and _has_content(text, content, hi):
        end = _aside_end(text, content, hi) if not text[lo:relative[0]].strip() else hi
        # ..., compared with 23 percent who said: the clause opens at its comma, where the content before it ends
        joint = _SHARE_JOINT.search(text, lo, relative[0])
        start = joint.start() if joint and text[relative[1]:aux_start].strip() == "who" else relative[1]
        frame = Frame((cs, ce), relative, (content, end), start, "svo", outlet, channel=channel)
        frame.notes["joined"] = True  # a clause of its own inside the sentence
        # (voters who said ...: a restrictive relative is part of the phrase it follows, which may be
        # inside another content; that content goes on past it)
        frame.notes["restrictive"] = bool(restrictive)
        return _denied(frame, form)
    return _denied(_read_inverted(text, lo, hi, cs, ce, outlet, channel), form)


# What may follow a content-first cue up to the sentence's end: where, when, to whom and how
# it was said (she said in a speech to supporters in Ohio, said during a debate on Tuesday).
@lru_cache(maxsize=None)
def _circumstance_re() -> re.Pattern:
    return re.compile(rf"(?:{lexicon.alternation(lexicon.lines(LANG, 'circumstance_openers.txt'))})\s")


def _only_circumstances(text: str, pos: int, hi: int) -> bool:
    """Whether [pos, hi) holds nothing but circumstances of a statement: phrases that open with a
    preposition, no complementiser, no quotation, no finite verb; so the content came before the cue."""
    rest = text[pos:hi].strip().rstrip(".!?")
    if not rest or not _circumstance_re().match(rest) or re.search(r"[\"“”:;(]|\bthat\b|\s[-—–]\s", rest):
        return False
    after = re.match(r"(?:to|for|with)\s+([a-z]+)\b", rest)
    if after and after.group(1) not in _set("determiners.txt") and not after.group(1).endswith("s"):
        return False  # to move their children, for helping: an infinitive or a verb's object, not a hearer
    words = [_fold_word(w) for w in rest.replace(",", " ").split()]
    return len(words) <= 16 and not any(w in _finite_verbs() or w in _pronouns() for w in words[1:])


# ..., but the union was not convinced; ..., though he gave no date: a contrasting clause with a
# subject of its own, outside quotation marks, is the reporter's (train/en gold stops before ", but"
# 9 times in 12, before ", though" or ", although" 2 times in 3)
_CONTRAST = re.compile(r",\s+(?:but|though|although)\s+(?:(?:for|in|on|at|to|with|after|by|among)\s+[^,;\"“”]{1,40},\s+)?"
                       r"(?=(?:the|a|an|this|that|these|those|his|her|its|their|"
                       r"it|he|she|they|we|there|[A-Z][\w'’-]*)\s)")


def _contrast_end(doc: Document, content: int, end: int) -> int:
    for m in _CONTRAST.finditer(doc.text, content, end):
        if doc.quote_at(m.start()) is None:
            return m.start()
    return end


# ", and she railed against ...": after a content, the speaker's next deed in the narration; a past
# form (not be, not an auxiliary: ", and he would resign" is still what was said)
_NEXT_DEED = re.compile(r",\s+and\s+(?:he|she|they)\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\s")


def _narration_end(doc: Document, content: int, end: int) -> int:
    for m in _NEXT_DEED.finditer(doc.text, content, end):
        verb = m.group(1)
        deed = verb in _set("irregular_past.txt") or re.fullmatch(r"[a-z]{2,}ed", verb) is not None
        if deed and verb not in _set("be.txt") | _set("finite_auxiliaries.txt") and doc.quote_at(m.start()) is None:
            return m.start()
    return end


_CLAUSE_SUBJECT = re.compile(r",\s+(?:it|he|she|they|we|i|there|the|this|that|most|many|some|[A-Z][\w'’-]*|\d[\d,.]*)\s")


def _subordinate_end(text: str, lo: int, f_start: int, content: int, end: int) -> int:
    """``While he said he would hold a hearing, it is unlikely to ...``: a content inside a clause
    that opens the sentence with a subordinator ends at the comma before the main clause's subject."""
    opener = re.match(r"\s*(\w+)\s", text[f_start:content])
    if opener is None or opener.group(1).lower() not in _set("subordinators.txt"):
        return end
    # after a comma only a concessive clause is followed by the main one (..., and while he said he
    # would, it is unlikely); a trailing "after X said A, B and C" keeps its list
    concessive = opener.group(1).lower() in ("while", "though", "although", "whereas") \
        and re.search(r",\s*(?:and\s+|but\s+)?$", text[lo:f_start])
    # "even" before the subordinator still opens the clause: Even though X hailed it as ..., the ...
    # (time measures before it, Days after, Shortly before, were tried and cost unread articles)
    lead = re.search(r"^\s*even\s+$", text[lo:f_start], re.I)
    if text[lo:f_start].strip() and not concessive and lead is None:
        return end
    main = _CLAUSE_SUBJECT.search(text, content, end) or _PLURAL_CLAUSE_SUBJECT.search(text, content, end)
    return main.start() if main else end


# ", critics were not convinced": a main clause whose subject is a bare plural noun, then its verb
_PLURAL_CLAUSE_SUBJECT = re.compile(r",\s+(?:[a-z]+\s+)?[a-z]{3,}[^su\W]s\s+(?:were|are|have|had|did|do|would|will|could|"
                                    r"can|may|might|still|also|[a-z]{3,}ed)\s")


def _quote_below(doc: Document, ce: int, hi: int) -> tuple[int, int] | None:
    """The quotation that a cue ending its paragraph with a colon introduces: ``X said:`` then,
    in the next paragraph, ``"We all talk on our phones ..."`` (closed there, or left open and
    reopened in the paragraphs after it, which the frame's claim then runs on to)."""
    text = doc.text
    if not re.fullmatch(r"[^.!?\n]*:\s*", text[ce:hi]) or not re.match(r"[ \t]*\n", text[hi:]):
        return None
    start = hi + len(re.match(r"\s*", text[hi:]).group())
    if text[start:start + 1] not in OPEN_QUOTES:
        return None
    quote = doc.quote_at(start)
    if quote is not None and quote.start == start:
        return start, quote.end
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end  # left open: _quote_across_paragraphs carries it on


# Reached by POLITICO, Contacted by The Associated Press on Monday, X said: whom the statement was given to
_REACHED_BY = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?(?:[Rr]eached|[Cc]ontacted|[Ii]nterviewed|[Aa]pproached|[Aa]sked)\s+by\s+"
                         r"((?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})[^,]{0,40},\s*$")


def _leading_channel(text: str, lo: int, s_start: int) -> tuple[tuple[int, int] | None] | None:
    """``In an interview with France 24, X said``: a channel that opens the sentence, before the
    subject; returns (the medium it names or None,), or None when no channel opens it."""
    head = text[lo:s_start]
    if not head.strip() or not re.search(r",[”\"]?\s*$", head):
        return None
    reached = _REACHED_BY.match(head)
    if reached:  # Reached by the Tribune, X said: the medium that sought the statement
        medium = reached.group(1)
        if parse_mention(medium).kind == "media" and _names_something(medium):
            return ((lo + reached.start(1), lo + reached.end(1)),)
        return (None,)
    lowered = head[:1].lower() + head[1:]
    when = _time_re().match(lowered)  # Friday on CNN's “New Day,” X said: the day, then the channel
    m = _channel_re().match(lowered, when.end() if when and re.match(r"\s+on\s", lowered[when.end():]) else 0)
    chain = _channel_chain(lowered, m) if m is not None else []
    if not chain:
        m = _channel_after_opener(lowered)
        chain = [m] if m is not None else []
    if not chain:
        role = re.match(r"[^,]+,(?=[^,]+,\s*$)", head)
        if role:  # Speaking to Radio Kelford, a resident, Tom Reyes, said: a role the speaker was not read with
            return _leading_channel(text, lo, lo + role.end())
        return None
    return (next((found for found in (_medium_of(lo, lowered, c) for c in chain) if found), None),)


def _channel_chain(text: str, m: re.Match) -> list[re.Match]:
    """A channel and the channels after it up to the comma before the subject (In an interview
    with David Axelrod on his podcast "The Axe Files" out Thursday, X said), or none when
    something else follows."""
    chain = [m]
    while not _closes_channel(text, chain[-1].end()):
        more = _channel_re().match(text, chain[-1].end())
        if more is None or more.end() <= chain[-1].end() or len(chain) == 3:
            return []
        chain.append(more)
    return chain


def _closes_channel(text: str, end: int) -> bool:
    """Whether a channel ending at ``end`` is followed only by its comma (or ended with the comma
    inside the closing quotation mark of a programme's title: on CNN's “State of the Union,”)."""
    rest = re.sub(r"^(?:out|aired|released|published)\b", "", text[end:].strip()).strip()  # out Thursday
    when = _time_re().match(" " + rest)  # During an interview with The Post on Tuesday, X said
    rest = (" " + rest)[when.end():].strip() if when and when.end() > 1 else rest
    phone = _BY_PHONE.match(" " + rest)  # Speaking to Radio Kelford by telephone, X said
    rest = (" " + rest)[phone.end():].strip() if phone else rest
    return rest == "," or not rest and re.search(r",[”\"]$", text[:end]) is not None


def _medium_of(offset: int, text: str, m: re.Match) -> tuple[int, int] | None:
    """The medium a channel match names (the paper of an interview, the network of a programme), as
    offsets into the document (``text`` starts at ``offset``); a platform's word names it too (In a
    tweet, X said: Twitter)."""
    if m.group("title") or m.group("hosted"):
        span = _programme_span(text, m)
        return offset + span[0], offset + span[1]
    for g in ("with", "on", "by", "network", "platform"):
        if m.group(g):
            medium = _hearer_outlet(text, m.span(g))
            if medium is not None:
                return offset + medium[0], offset + medium[1]
    word = re.search(r"[\w-]+$", text[m.start():m.end()])
    if word and word.group().lower() in _platforms():
        return offset + m.start() + word.start(), offset + m.start() + word.end()
    return None


def _aside_medium(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``X, appearing on Fox News, said`` / ``X, in an interview with the Globe, said``: the medium
    of a channel that stands as an aside between the subject and its cue."""
    seg = text[start:end]
    inner = re.fullmatch(r"\s*,\s*(.+?)\s*,?\s*", seg)
    if inner is None:
        return None
    body = inner.group(1) + ","
    m = _channel_after_opener(body)
    if m is None:
        m = _channel_re().match(" " + body[:-1])
        if m is None or not _closes_channel(" " + body, m.end()):
            return None
        return _medium_of(start + inner.start(1) - 1, " " + body[:-1], m)
    return _medium_of(start + inner.start(1), body, m)


_GAP_BEFORE_CHANNEL = re.compile(r"\s+(?=(?:on|to|in|with)\s)")


def _channel_after_opener(head: str) -> re.Match | None:
    """``Speaking to Sky News,``, ``Asked about the fire on BBC Breakfast,``: a participle opening
    the sentence, then the channel the speaker went on, up to the comma before the subject."""
    opener = re.match(rf"{_phrases('channel_openers.txt')}", head)
    if opener is None:
        return None
    for gap in _GAP_BEFORE_CHANNEL.finditer(head, opener.end(), 120):
        m = _channel_re().match(head, gap.start())
        if m is not None and (_closes_channel(head, m.end()) or _asked_what(opener.group(), head, m.end())):
            return m
    return None


def _asked_what(opener: str, head: str, end: int) -> bool:
    """``Asked on Fox News who leads the party, X said``: after "asked" and its channel comes the
    question put there, then the comma before the subject."""
    return opener.lower() == "asked" and re.match(rf"\s+(?:{_QUESTION_WORDS})\s", head[end:]) is not None


# The words that open an indirect question (asked whether ..., asked on CNN who ...).
_QUESTION_WORDS = "whether|if|when|why|how|where|who|what"


def _with_subject(text: str, lo: int, cs: int) -> tuple[int, int] | None:
    """The subject of an absolute clause, ``with X confirming ...``: the noun phrase after "with"."""
    m = re.search(r"(?:^|[\s,])with\s+([^,;:]{2,80}?)\s*$", text[lo:cs])
    if m is None:
        return None
    start, end = lo + m.start(1), lo + m.end(1)
    found = _np_back(text, start, end)
    if found is None:
        found = _np_generic(text, start, end)  # with dockers saying
    return (found, end) if found == start else None


def _inverted_after_comma(text: str, lo: int, aux_start: int, ce: int, hi: int) -> bool:
    """``..., where five were killed, said Ko Thit Sar, editor of the Gazette.``: after a comma, a cue
    followed by a name that closes the sentence or meets a comma is inverted, whatever came before."""
    if not text[lo:aux_start].rstrip().endswith(","):
        return False
    np = _np_forward(text, ce, hi)
    if np is None or not any(_is_name_word(w) for w in text[np[0]:np[1]].split()) \
            or _time_re().fullmatch(" " + text[np[0]:np[1]].strip()):
        return False  # said Monday: a time, not a speaker
    return re.match(r"\s*(?:[,.;]|$)", text[np[1]:hi]) is not None and \
        not _has_content(text, _past_circumstances(text, np[1], hi), hi)


_TAKES_OBJECT = re.compile(r"(?<![\w-])(?:by|from|to|with|according\s+to|said|told|added)\s+")


# the comma and the few words that open a comparison: , compared with; , a drop from; , against
_SHARE_JOINT = re.compile(r",\s*(?:[a-z]+\s+){0,3}$")


@lru_cache(maxsize=None)
def _share_who_re() -> re.Pattern:
    hedge = lexicon.alternation(sorted(_set("approximators.txt")))
    number = rf"(?:\d[\d.,]*|{lexicon.alternation(sorted(_set('numbers.txt')))})"
    return re.compile(rf"(?<![\w-])((?:(?:{hedge})\s+)*{number}(?:\s*%|\s+(?:percent|per\s+cent)|\s+in\s+(?:10|ten))"
                      rf"(?:\s+(?:of\s+)?[a-z-]+){{0,2}}?)\s+who\s*$", re.I)


def _share_who(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """``compared with 23 percent who said ...``: a share of people before a restrictive "who"
    is the group that said it (a poll's answer)."""
    m = _share_who_re().search(text, lo, pos)
    if m is None or not _share(m.group(1)) or not _SHARE_JOINT.search(text, lo, m.start(1)):
        return None  # (73 percent of Democrats who said ... now support X: a subject's restrictive relative)
    return m.span(1)


def _relative_subject(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """``organized by Odinga, who said ...``: the speaker is the name the relative pronoun
    follows (skipping its role appositives: Ana Lima, a union leader, who said). An aside of
    the sentence's own subject (Rita Vance, who said ..., resigned) stays out."""
    m = re.search(r",\s*(who|which)\s*$", text[lo:pos])
    if m is None:
        return _share_who(text, lo, pos)
    head_end = _before_appositives(text, lo, lo + m.start())
    start = _np_back(text, lo, head_end)
    if start is not None and any(_is_name_word(w) for w in text[start:head_end].split()):
        words = list(re.finditer(r"\S+", text[start:head_end]))
        if m.group(1) == "which" and _fold_word(words[-1].group()) in _set("norms.txt"):
            return None  # the Official Secrets Act, which says ...: what a law provides, said by no one
        verb = next((k for k in range(len(words) - 1, 0, -1) if _past_or_present_verb(words[k].group())), None)
        if verb is not None and verb + 1 < len(words) and _is_name_word(words[verb + 1].group()):
            start += words[verb + 1].start()  # The mayor met Tom Hale, who said: the object is the antecedent
        elif len(words) > 1 and words[0].group().islower() and _cue_re().fullmatch(words[0].group()):
            start += words[1].start()  # "...," said Ana Lima, 24, who said ...: the cue is no part of her name
        return start, head_end  # a named antecedent
    if m.group(1) == "which":
        return None  # the fare rose, which confirmed ...: only a named body (the union, which said) speaks
    # came from a young fisherman, who said ...; according to local officials, who said ...: an
    # unnamed one, read as a common-noun phrase from after the preposition or verb that takes it
    mark = max(lo, *(text.rfind(c, lo, head_end) + 1 for c in ",;:"))
    opening = _TAKES_OBJECT.search(text, mark, head_end)
    clause = opening.end() if opening else mark
    start = _np_generic(text, clause, head_end)
    if start is None or start != clause + len(text[clause:head_end]) - len(text[clause:head_end].lstrip()):
        return None
    return start, head_end


def _restrictive_who(text: str, lo: int, pos: int) -> tuple[int, int] | None:
    """``ammunition to Republicans who say ...``, ``angered voters who said ...``, ``met the man who
    said ...``: the noun phrase a relative follows without a comma, as the object of a verb or a
    preposition (in the clause's subject, ``Residents who say X have sued``, the content's end is
    not to be found). That phrase is the speaker."""
    m = re.search(r"(?<=[\w’'])\s+who\s*$", text[lo:pos])
    if m is None:
        return None
    head_end = lo + m.start()
    words = list(re.finditer(r"\S+", text[lo:head_end]))
    takes = _set("object_prepositions.txt") | _set("irregular_past.txt")
    k = next((k for k in range(len(words) - 2, -1, -1) if re.search(r"[,;:]$", words[k].group())
              or words[k].group().islower() and (_fold_word(words[k].group()) in takes
                                                 or re.fullmatch(r"[a-z]{3,}(?:ed|ing)", words[k].group()))), None)
    if k is not None and re.search(r"[,;:]$", words[k].group()):
        return None  # the relative inside a clause's subject
    if k is None or k > len(words) - 2:
        return None  # no verb or preposition takes the phrase: it is the clause's subject
    region = lo + words[k].end()
    start = _np_back(text, region, head_end)
    if start is None or start < region:
        start = _np_generic(text, region, head_end)
    if start is None or text[region:start].strip() or _fold_word(text[start:head_end].split()[0]) in _pronouns():
        return None
    return start, head_end


def _past_or_present_verb(word: str) -> bool:
    """A lowercase finite verb inside a phrase read back from a name (met, praised, thanks, hired)."""
    fw = _fold_word(word)
    return word.islower() and fw not in _heads() | _set("determiners.txt") | _set("name_particles.txt") \
        and (fw in _set("irregular_past.txt") or re.fullmatch(r"[a-z]{2,}ed", fw) is not None
             or fw in _set("finite_auxiliaries.txt") | _set("be.txt"))


_RELATIVE_THEN_SPEAKER = re.compile(r"(?<![\w-])(?:who|which|whom|that)\s+([^,;:\"“”()]{1,60}?)\s*$")
_VERB_FIRST = re.compile(r"\s*[\"“]?([a-z][\w'’-]*)")


def _about_a_topic(text: str, content: int, hi: int) -> bool:
    """Whether the words after a cue open with "about" and a topic, not "about" and a number
    (said about 600 people died: an approximation)."""
    m = re.match(r"about\s+(?:a\s+)?([\w'’-]+)", text[content:hi], re.I)
    if m is None:
        return False
    word = m.group(1).lower()
    return not (word[0].isdigit() or word in _set("numbers.txt") | _set("approximators.txt") | _set("shares.txt")
                or word in _number_words())


@lru_cache(maxsize=None)
def _number_words() -> frozenset[str]:
    """Every written form of number_words.tsv (its rows: a value, then its forms)."""
    return frozenset(form.lower() for row in lexicon.rows(LANG, "number_words.tsv") for form in row[1:])


_CLAUSE_NEXT = re.compile(r"\s+(?:that|they|he|she|it|we|there)\s")


def _quote_inside_opening(doc: Document, lo: int, close: int, content: int, hi: int) -> bool:
    """Whether a quotation right before the subject sits inside an opening phrase and the content
    follows the cue (Walking in to chants of "Marco!," the senator said his campaign was ...): the
    quotation opens after words of the sentence that hold no verb, so it is not what the speaker said."""
    text = doc.text
    quote = doc.quote_at(close)
    if quote is None or not re.search(r"\w", text[lo:quote.start]) or not _has_content(text, content, hi) \
            or re.match(r"of\s", text[content:hi]):
        return False  # (said of the budget: what the statement was about, no content)
    opening = text[lo:quote.start]
    # after a colon or comma the quotation opens a clause; after a finite verb (Lima was "sentenced
    # to four years," judges said) it ends the content that comes first
    return re.search(r"[:,]\s*$", opening) is None and not _has_finite_verb(opening.split())


def _speaker_inside_relative(text: str, lo: int, aux_start: int, ce: int, hi: int
                             ) -> tuple[int, tuple[int, int], tuple[int, int]] | None:
    """(frame start, speaker, content) of a cue inside a relative clause whose subject is what was said:
    ``a teenager who police said was one of the attackers``, ``the service, which he said "has
    done the country proud"``. The content is the relative's own verb phrase: it opens with an
    auxiliary or "be" (was, had, will), which tells it from ``that police said the port was shut``,
    where "that" is a complementiser and a clause follows. A relative opened after a comma ends
    at the comma that closes it."""
    rel = _relative_speaker(text, lo, aux_start, _RELATIVE_THEN_SPEAKER)
    if rel is None:
        return None
    s_start, s_end = rel.span(1)
    verb = _VERB_FIRST.match(text, ce, hi)
    if verb is None or verb.group(1) not in _set("auxiliaries.txt") | _set("be.txt"):
        return None
    content = ce + len(text[ce:hi]) - len(text[ce:hi].lstrip())
    after_comma = text[lo:rel.start()].rstrip().endswith(",")
    end = _closing_comma(text, content, hi) if after_comma else _main_verb(text, content, hi)
    return rel.start(), (s_start, s_end), (content, end)


def _relative_speaker(text: str, lo: int, aux_start: int, pattern: re.Pattern) -> re.Match | None:
    """A relative pronoun and the speaker after it, just before a cue (``pattern``'s group 1; it
    reaches 60 characters back), when the words between them are one whole noun phrase."""
    rel = pattern.search(text, max(lo, aux_start - 80), aux_start)
    if rel is None:
        return None
    s_start, s_end = rel.span(1)
    np = _np_back(text, s_start, s_end)
    if np is None:
        np = _np_generic(text, s_start, s_end)
    return rel if np == s_start else None  # (else no whole noun phrase between the relative and its cue)


_RELATIVE_OBJECT_THEN_SPEAKER = re.compile(r"(?<![\w-])(?:who|which|whom|that|what)\s+([^,;:\"“”()]{1,60}?)\s*$")
_COMPLEMENT = re.compile(r"\s+(as|for|of)\s+(?=\S)")


@lru_cache(maxsize=None)
def _relative_complements() -> dict[str, tuple[str, ...]]:
    """Each cue form and the prepositions after which it says something of its object."""
    return {lexicon.fold(row[0], LANG): tuple(row[1:]) for row in lexicon.rows(LANG, "relative_complements.tsv")}
_LABEL = re.compile(r"\s+(?=[" + re.escape(OPEN_QUOTES) + r"]\w)")  # (which they called "a hoax")


def _object_inside_relative(text: str, lo: int, cs: int, ce: int, hi: int, naming: bool) -> Frame | None:
    """A cue inside a relative clause whose pronoun is the cue's object, what is said of it after
    "as", "for" or "of": ``ships that they described as linked to the navy``, ``the group, which
    the mayor blamed for the fire``, ``what they call a ceasefire``. The content is that complement,
    a noun-phrase content; the thing described is the sentence's, not the speaker's. A naming
    cue's complement is its quoted label (a quiet place, as locals called it, is no statement)."""
    complement = _COMPLEMENT.match(text, ce, hi)
    if complement is not None and complement.group(1) not in _relative_complements().get(_fold_word(text[cs:ce]), ()):
        complement = None  # the floods that the almanac had promised for the end of the month: no saying of them
    complement = complement or (_LABEL.match(text, ce, hi) if naming else None)
    if complement is None:
        return None
    aux_start, _ = _skip_back_aux(text, lo, cs)
    rel = _relative_speaker(text, lo, aux_start, _RELATIVE_OBJECT_THEN_SPEAKER)
    if rel is None:
        return None
    s_start, s_end = rel.span(1)
    content = complement.end()
    end = _object_end(text, ce, content, hi)
    if text[lo:rel.start()].rstrip().endswith(","):
        end = min(end, _closing_comma(text, content, hi))  # the ferry operator, whom X accused of Y, said
    frame = Frame((cs, ce), (s_start, s_end), (content, end), rel.start(), "svo")
    frame.notes["joined"] = True  # a clause of its own inside the sentence
    return frame


def _closing_comma(text: str, content: int, hi: int) -> int:
    """The first comma outside a quotation after ``content``: where a relative opened by a comma closes."""
    for comma in re.finditer(",", text[content:hi]):
        if not quote_open(text, content, content + comma.start()):
            return content + comma.start()
    return hi


def _main_verb(text: str, content: int, hi: int) -> int:
    """Where a restrictive relative inside the sentence's subject ends: at the main clause's own
    auxiliary (the driver that witnesses said was speeding | has been arrested), one that neither
    continues a verb group (had been) nor joins a second verb of the relative (and had fled)."""
    verbs = _set("auxiliaries.txt") | _set("be.txt")
    words = list(re.finditer(r"[\w'’-]+", text[content:hi]))
    for prev, word in zip(words[1:], words[2:]):
        if word.group().lower() in verbs and prev.group().lower() not in verbs | {"and", "but", "or", "not"} \
                and not text[content + prev.end():content + word.start()].strip():
            return content + prev.end()
    return hi


def _aside_end(text: str, content: int, hi: int) -> int:
    """``Assange, who denies the accusation, has avoided extradition``: a content inside an aside
    of the sentence's subject ends at the comma before the main verb (a lowercase word that opens
    no noun phrase or clause of its own), or, with none, is no content at all."""
    skip = _set("determiners.txt") | _set("connectives.txt") | _set("relatives.txt") | {"or", "nor"}
    for comma in re.finditer(r",\s*([a-z][\w'’-]*)", text[content:hi]):
        if not quote_open(text, content, content + comma.start()) and comma.group(1) not in skip:
            return content + comma.start()
    return content

def _read_naming(doc: Document, lo: int, hi: int, m: re.Match, form: CueForm) -> Frame | None:
    """``X called the plan "a disgrace"``, ``calling him a liar``: a naming cue is an attribution only
    when a label follows its object, either quoted or, after a pronoun, ``a``/``an`` and a noun phrase;
    otherwise (called a meeting, a town called Eden, called the office) it is no speech act. The
    content is the object and its label, read as a noun-phrase content."""
    what = _what_called(doc, lo, hi, m)
    if what is not None:
        return what
    label_end = _naming_end(doc.text, m.end(), hi)
    if label_end is None:
        return None
    label_end = _extraposed_end(doc.text, m.end(), label_end, hi)
    frame = _read_cue(doc, lo, hi, m, replace(form, naming=False, object=True))
    if frame is None or frame.form not in ("svo", "continuation") or frame.claim[0] > label_end:
        return None
    if frame.form == "continuation" and frame.notes.get("subject") is None \
            and _cue_re().search(doc.text, lo, frame.start) is None:
        return None  # the strategy does not refer to it, calling it ...: no speaker in its sentence
    frame.claim = (frame.claim[0], min(frame.claim[1], label_end))
    return frame


def _extraposed_end(text: str, cue_end: int, label_end: int, hi: int) -> int:
    """``calling it "a mistake" to close the port``: after "it" the label judges the infinitive
    that follows it, which is part of what was said; so are the grounds after any label
    (called him "a liar" for denying it)."""
    if re.match(r"\s+it\s", text[cue_end:hi]) and re.match(r"\s+to\s+[a-z]", text[label_end:hi]):
        return _object_end(text, cue_end, label_end, hi)
    if re.match(r"\s+for\s+[a-z]+ing\s", text[label_end:hi]):
        return _object_end(text, cue_end, label_end, hi)  # called him "a liar" for denying it: the grounds are said too
    return label_end


def _what_called(doc: Document, lo: int, hi: int, m: re.Match) -> Frame | None:
    """``to shed what the mayor called "a perception problem"``: a naming cue in a "what" clause,
    its label quoted right after it; the label is what the speaker said (the thing named is the
    sentence's)."""
    text = doc.text
    what = re.search(r"(?<![\w-])what\s+([^,;:\"“”()]{1,80}?)\s*$", text[lo:m.start()])
    # (what he called the Soviet "Evil Empire": a few words of the label may come before its quotation)
    opening = re.match(r"\s+((?:[\w'’-]+\s+){0,3}?)(?=[" + re.escape(OPEN_QUOTES) + r"])", text[m.end():hi])
    if what is None or opening is None:
        return None
    quote = doc.quote_at(m.end() + opening.end())
    if quote is None or quote.start != m.end() + opening.end():
        return None
    label_start = m.end() + opening.start(1)
    s_start, s_end = lo + what.start(1), lo + what.end(1)
    s_end, _ = _skip_back_aux(text, s_start, s_end)  # what he has called ...
    each = re.search(r"\s+(?:each|both|all|also|once|later)$", text[s_start:s_end])
    s_end = s_start + each.start() if each else s_end  # what the Herald and the Post each called ...
    s_end = _trim_end(text, s_start, s_end)
    words = text[s_start:s_end].split()
    if not words or len(words) > 10:
        return None
    if _fold_word(words[0]) not in _pronouns() and s_start not in (_np_back(text, s_start, s_end),
                                                                    _np_generic(text, s_start, s_end)):
        return None  # what the rules allow, called ...: no speaker noun phrase
    frame = Frame((m.start(), m.end()), (s_start, s_end), (label_start, quote.end), lo + what.start(), "svo")
    frame.notes["joined"] = True  # a clause of its own inside the sentence
    return frame


def _naming_end(text: str, cue_end: int, hi: int) -> int | None:
    """Where the label after a naming cue's object ends, or None when no label follows."""
    # (a wire archive's quotation mark is two apostrophes: called it ''predatory.'')
    m = re.match(r"\s+((?:[\w'’.$-]+\s+){0,12}?)(''|[" + re.escape(OPEN_QUOTES) + r"])(?=\w)", text[cue_end:hi])
    if m and m.group(1).strip():
        words = [_fold_word(w) for w in m.group(1).split()]
        if all(w in _set("determiners.txt") for w in words):
            return None  # a group called the "Friends of the Park": a name, not a label
        start = cue_end + m.start(2)
        opening = m.group(2)
        close = {"“": "”", "‘": "’", "«": "»", "„": "“"}.get(opening, opening)
        end = re.search(re.escape(close) + r"(?!\w)", text[start + len(opening):hi])
        return start + len(opening) + end.end() if end else None
    m = re.match(r"\s+([\w'’]+)\s+an?\s+(?:''|[" + re.escape(OPEN_QUOTES) + r"])?\w", text[cue_end:hi])  # him a "stiff"
    if m and m.group(1).lower() in _set("object_pronouns.txt"):
        return _object_end(text, cue_end, cue_end + m.end(1), hi)
    m = _LABELLED_OBJECT.match(text, cue_end, hi)
    if m and not any(_cue_re().fullmatch(w) or _fold_word(w) in _set("auxiliaries.txt") for w in m.group(1).split()):
        return _object_end(text, cue_end, m.end(1), hi)  # called the plan a disgrace
    return None


# a definite or named object and an indefinite label after a naming cue (called the inquiry a witch hunt), not
# a time (called the office a day later): the label's first word is no measure of time or amount
_LABELLED_OBJECT = re.compile(r"\s+((?:the|this|that|these|those|his|her|its|their|our)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
                              r"|(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)"  # (calling Lima a fascist: a name as object)
                              r"\s+an?\s+(?!(?:day|week|month|year|hour|minute|moment|second|few|couple|number|lot|"
                              r"bit|time|while|half|quarter|total)\b)[a-z]")


def _denied(frame: Frame | None, form: CueForm) -> Frame | None:
    if frame is not None and form.denial:
        frame.notes["negated"] = True
    return frame


def _past_particle(text: str, cue: str, content: int, hi: int) -> int:
    """``claimed responsibility Thursday for the attack``: a time word between a cue and its
    preposition leaves the preposition at the content's head; it belongs to the cue."""
    m = re.match(r"(for|of|on)\s+", text[content:hi])
    if m and lexicon.fold(" ".join(cue.split() + [m.group(1)]), LANG) in _cues():
        return content + m.end()
    return content


def _object_end(text: str, cue_end: int, content: int, hi: int) -> int:
    """Where a noun-phrase content ends (denied any wrongdoing, and ...): at a comma that opens
    another clause. A content introduced by ``that`` is a clause and runs to the sentence end."""
    if re.search(r"(?<![\w-])that(?![\w-])", text[cue_end:content]):
        return hi
    opener = _set("connectives.txt") | _set("relatives.txt") | {"with", "while", "though", "although", "as"}
    for comma in re.finditer(r",\s*([\w'’-]+)|\s+(?:and|but)\s+(?:also\s+|then\s+)?([a-z][\w'’-]*)", text[content:hi]):
        if quote_open(text, content, content + comma.start()):
            continue
        if comma.group(2) is not None:
            if _second_verb(comma.group(2)):
                return content + comma.start()  # denied the charges and said ...: the subject's next verb
            continue
        word = comma.group(1).lower()
        if word in opener or word.endswith("ing"):
            return content + comma.start()
    return hi


def _second_verb(word: str) -> bool:
    """Whether a word after "and" in a noun-phrase content is the subject's next verb (and said,
    and offered condolences), not a second noun (the charges and the fines): a cue form or a past form."""
    return _any_cue_re().fullmatch(word) is not None or len(word) > 4 and word.endswith("ed")


def quote_open(text: str, lo: int, pos: int) -> bool:
    """Whether a quotation opened in [lo, pos) is still open at ``pos``."""
    seg = text[lo:pos]
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”")


# X did not confirm, has never said, didn't deny: a negation between the subject and its cue
_NEGATION = re.compile(r"(?<![\w-])(?:not|never|n['’]t)(?![\w-])")


def _resumes(text: str, pos: int, hi: int) -> bool:
    """Whether the content goes on after ``, X said,`` rather than the reporter's aside."""
    m = re.match(r"\s*,\s*([\w'’-]+)", text[pos:hi])
    if m is None or not _has_content(text, pos + m.start(1), hi):
        return False
    word = m.group(1).lower()
    if _TIME_ASIDE.match(text, pos + m.start(1), hi):
        return False  # ..., witnesses said, a day after X called for calm: when, not what
    return not (word.endswith("ing") or word in _set("connectives.txt") or word in _set("relatives.txt")
                or word in _set("asides.txt"))


_TIME_ASIDE = re.compile(r"(?:[\w'’-]+\s+){1,2}(?:after|before|later|earlier|ago)(?![\w-])", re.I)


def _is_noun_marker(word: str) -> bool:
    """A word after which a cue form is a noun: a determiner, a possessive, a number."""
    return _fold_word(word) in _set("determiners.txt") - {"that"} or bool(re.search(r"\w['’]s$|s['’]$", word)) \
        or bool(re.fullmatch(r"\d(?:[\d,.]*\d)?(?:-[a-z]+)*", word)) or word.lower().split("-")[-1] in _set("numbers.txt")


# after an inverted cue's described speaker (said another witness in the inquiry, ...): the
# appositive that names it, ending the sentence or before a relative or a description
_NAMED_AFTER = re.compile(r"(?:\s+(?:in|of|at|for|on|with|from)\s+[^,;:.\"“”]{1,60}?)?,\s+"
                          r"((?:[\w'’.-]+\s+){0,7}?[A-Z][\w'’-]*\s+[A-Z][\w'’-]+)"
                          r"(?=\s*(?:[.;]|,\s*(?:who|whose|a|an|the)\s|$))")


def _read_inverted(text: str, lo: int, hi: int, cs: int, ce: int, outlet, channel: bool) -> Frame | None:
    """``"...," said X`` / ``CONTENT, said X``: the speaker follows its cue."""
    opening = text.rfind("(", lo, cs)
    if opening != -1 and text.find(")", opening, cs) == -1:
        lo = _past_space(text, opening + 1, cs)  # (''Trump Excommunicated,'' declared La Stampa): inside the brackets
    before = text[lo:cs].rstrip()
    if not before and text[cs].isupper():
        return _read_fronted(text, hi, cs, ce, outlet, channel)
    if not before or before[-1] not in ",:" + CLOSE_QUOTES:
        return None
    np = _np_forward(text, ce, hi)
    if np is None or re.match(r"that\b", text[np[0]:np[1]], re.I):
        return None  # X, ..., said that Y: a complementiser, not a speaker
    named = _NAMED_AFTER.match(text, np[1], hi)
    if named and not any(_is_name_word(w) for w in text[np[0]:np[1]].split()[1:]) \
            and parse_mention(named.group(1)).kind == "person" and parse_mention(named.group(1)).name:
        np = (np[0], named.end(1))  # said another witness, former port manager Ann Lee: the name it describes
    claim_end = _trim_end(text, lo, lo + len(before))
    if claim_end <= lo:
        return None
    content, more_outlet, more_channel = _after_cue(text, np[1], hi, False)
    if np[1] - np[0] <= 4 and text[np[0]:np[1]].lower() in _pronouns() and _has_content(text, content, hi):
        return None  # Murphy, though, said he is with her: the pronoun opens the content, it does not speak
    return Frame((cs, ce), np, (lo, claim_end), lo, "inverted", outlet or more_outlet,
                 channel=channel or more_channel)


_FRONTED = re.compile(r"\s+([A-Z][^:;\"“”]{1,120}?)\s*[,:]\s*(?=[\"“])")


def _read_fronted(text: str, hi: int, cs: int, ce: int, outlet, channel: bool) -> Frame | None:
    """``Said Ana Lima, who grew up there, “We were proud.”``, ``Added Hale: “...”``: the cue opens
    the sentence, its speaker follows, and the quotation after the comma or colon is the content."""
    m = _FRONTED.match(text, ce, hi)
    if m is None:
        return None
    np = _np_forward(text, m.start(1), m.end(1))
    if np is None or np[0] != m.start(1) or not _is_name_word(text[np[0]:np[1]].split()[0]):
        return None
    speaker = (np[0], _speaker_end(text, np[1], m.end(1)) if text[np[1]:m.end(1)].startswith(",") else np[1])
    return Frame((cs, ce), speaker, (m.end(), hi), cs, "svo", outlet, channel=channel)


def _read_prep(text: str, lo: int, hi: int, cs: int, ce: int, cue: str) -> Frame | None:
    """``According to X, CONTENT`` and ``CONTENT, according to X``; ``citing X`` names an inner source."""
    rest = text[ce:hi]
    m = re.match(r"\s*([^,;]+?)(?=\s*(?:,|;|\.\s*$|$))", rest)
    if m is None:
        return None
    s_start, s_end = ce + m.start(1), ce + m.end(1)
    if s_end - s_start > 120 or not re.search(r"\w", text[s_start:s_end]):
        return None
    if cue.lower() == "per" and not re.match(r"(?:the\s+)?[A-Z]", text[s_start:s_end]):
        return None  # per cent, per day
    if cue.lower() not in ("citing", "quoting") and not _can_be_source(text[s_start:s_end]):
        return None  # according to the law, according to plan: a norm, not a source
    before = text[lo:cs].rstrip()
    if cue.lower() in ("citing", "quoting"):
        if not _cites_a_source(text[s_start:s_end]):
            return None  # he said, citing Trump's appeal and her unpopularity: his grounds, not his source
        return Frame((cs, ce), None, (s_start, s_end), cs, "citing", cited=(s_start, s_end))
    frame = _read_prep_content(text, lo, hi, cs, ce, s_start, s_end, before)
    relay = _relayed_by(text, s_start, s_end) if frame is not None else None
    if relay is not None:  # according to a memo seen by Reuters: the memo speaks, Reuters is the outlet
        frame = replace(frame, speaker=(s_start, relay[0]), outlet=relay[1])
    return frame


@lru_cache(maxsize=None)
def _relay_re() -> re.Pattern:
    return re.compile(rf"\s+{_phrases('relay_participles.txt')}\s+by\s+(\S.*)$", re.I)


def _relayed_by(text: str, s_start: int, s_end: int) -> tuple[int, tuple[int, int]] | None:
    """(end of the record's words, the medium's span) when what "according to" credits is a record
    a medium obtained or published (``emails obtained by the Chronicle``), else None.

    Only a medium is an outlet: in ``documents released by the court`` the court is no channel.
    """
    m = _relay_re().search(text, s_start, s_end)
    if m is None or parse_mention(m.group(1)).kind != "media" or not _names_something(m.group(1)):
        return None
    return m.start(), (m.start(1), m.end(1))


_CITING_ASIDE = re.compile(r"(?:citing|quoting)\s+[^,;:]{2,80},\s*")


def _read_prep_content(text: str, lo: int, hi: int, cs: int, ce: int, s_start: int, s_end: int,
                       before: str) -> Frame | None:
    """Where the content of ``according to X`` lies: after it when it opens the sentence, else before it."""
    opener = re.fullmatch(r"(.*?)(\w+)\s*,?", before)  # However, according to X, ...: a connective opens it
    if not before or before.endswith(("(", ":")) or re.fullmatch(r"(?:\W*|.*[.;:])", before) or \
            re.search(r"(?:^|\W)(?:and|but|as)$", before, re.I) and len(before.split()) < 2 or \
            opener and not re.search(r"\w", opener.group(1)) and opener.group(2).lower() in _set("connectives.txt"):
        content = s_end + len(re.match(r"\s*,?\s*", text[s_end:hi]).group())
        citing = _CITING_ASIDE.match(text, content, hi)
        if citing:  # According to Reuters, citing two officials, ...: the cited source is read by its own frame
            content = citing.end()
        if not _has_content(text, content, hi):
            return None
        return Frame((cs, ce), (s_start, s_end), (content, hi), cs, "prep")
    after = re.match(r"\s*,\s*([a-z][\w'’-]*)", text[s_end:hi])
    if after and len(before.split()) <= 5 and not re.search(r"[,;:()\"“”]", before.rstrip(",")) \
            and _fold_word(after.group(1)) not in _set("connectives.txt") | _set("relatives.txt") | frozenset(
                _pronouns()) \
            and _has_content(text, s_end + after.start(1), hi) \
            and not _participle_after_clause(after.group(1), before):
        # He had, according to X, killed a rabbit; The bacteria, per the WHO, live in fleas: the
        # sentence goes on after the source, and what it says of its short subject is the content
        return Frame((cs, ce), (s_start, s_end), (s_end + after.start(1), hi), cs, "prep")
    claim_end = _trim_end(text, lo, lo + len(before))
    if claim_end <= lo:
        return None
    return Frame((cs, ce), (s_start, s_end), (lo, claim_end), cs, "prep")


def _participle_after_clause(word: str, before: str) -> bool:
    """``Trump gave his blessing, according to X, becoming its owner``: a participle after the source
    goes on narrating a clause that is already whole (it has its verb), so the content is that clause,
    not what follows; ``The firm, according to X, is planning`` has no verb before the source."""
    return word.endswith("ing") and any(_past_or_present_verb(w) for w in before.rstrip(",").split()[1:])


def _cites_a_source(phrase: str) -> bool:
    """Whether what follows "citing" is someone (officials, the joint chiefs of staff, Jorge
    Rodriguez, a report), not the grounds a speaker gave (citing rising costs, citing Trump's
    appeal): the phrase's head, before any "of", is a name, a speaker's head noun or a record."""
    head = re.split(r"\s+of\s+", phrase.strip(), maxsplit=1)[0].split()
    if not head:
        return False
    word = re.sub(r"['’]s$", "", head[-1])
    return _is_name_word(word) or _names_a_speaker(_fold_word(word))


def _names_a_speaker(folded: str) -> bool:
    """A speaker's head noun (a plural one too: teachers unions), a record (figures, data) or a pronoun."""
    words = _speaker_words()
    return folded in words or re.fullmatch(r"[a-z]{3,}[^s]s", folded) is not None and folded[:-1] in words


@lru_cache(maxsize=None)
def _speaker_words() -> frozenset[str]:
    return _heads() | _set("records.txt") | frozenset(_pronouns())


def _can_be_source(phrase: str) -> bool:
    """Whether the words after ``according to`` can name a source: a name, a speaker's head noun,
    a pronoun, a statement or report, or records such as figures and data."""
    words = [w for w in re.findall(r"[\w'’.&-]+", phrase)]
    if not words:
        return False
    if any(_is_name_word(w) or _CORPORATE.fullmatch(w) for w in words) \
            or any(_names_a_speaker(_fold_word(w)) for w in words):
        return True  # (a web domain names a site: according to ouest-france.fr)
    return bool(re.search(rf"(?<![\w-])(?:{_channels()})(?![\w-])", phrase, re.I)) \
        or lexicon.fold(phrase, LANG) in _unspecified()


_PREPOSITIONAL_OBJECT = re.compile(r"to\s+(?:the|a|an|its|his|her|their|this|these|those)\s", re.I)




def _framed_after(text: str, ce: int, hi: int) -> bool:
    """After a framed cue that opens its clause: "that", a colon, or a comma and a quotation."""
    return re.match(r"\s*(?:that\s|:|,?\s*[" + re.escape(OPEN_QUOTES) + r"])", text[ce:hi]) is not None


def _read_continuation(text: str, lo: int, hi: int, cs: int, ce: int, addressee: bool = False) -> Frame | None:
    """``..., adding that CONTENT``: a participle after a comma continues the last speaker."""
    before = text[lo:cs].rstrip()
    # X met the unions and has since said ...: the auxiliaries after the joint are the cue's
    before = re.sub(r"(?:\s+(?:" + "|".join(map(re.escape, sorted(_set("auxiliaries.txt")))) + r"))+$", "", before)
    carrier = _catenative_re().search(before)
    if carrier and carrier.start() > 0 and before[carrier.start() - 1].isspace():
        before = before[:carrier.start()].rstrip()  # ..., but went on to say: the carrier is the cue's
    # stood out by saying ..., is facing doubts after saying ...: a gerund after a preposition says what
    # the clause's subject said (not "for saying": criticised X for saying is X's statement)
    gerund = re.search(r"\s(?:by|after|while|before)$", before) \
        if text[cs:ce].lower() in _set("gerund_cues.txt") else None
    then = re.search(r",\s*then$", before)  # ..., then said: the comma joins the next verb, "then" orders it
    if then:
        before = before[:then.start() + 1]
    if not before or not (before[-1] in "," + CLOSE_QUOTES or re.search(r"(?:,|\s)(?:and|but)$", before)
                          or _statement_before(before) or gerund):
        return None
    if before[-1] in CLOSE_QUOTES and not re.search(r",[" + re.escape(CLOSE_QUOTES) + "]$", before):
        return None
    content, outlet, channel = _after_cue(text, ce, hi, addressee)  # (telling aides ...: a hearer, no content)
    if not _has_content(text, content, hi) or _PREPOSITIONAL_OBJECT.match(text, content):
        return None  # ..., adding to the pressure: "to" and a noun phrase is no content
    if addressee and not text[ce:content].strip() and re.match(r"for\s", text[content:hi]):
        return None  # ..., asking for anonymity, but asked for a list: a request with no one asked
    if gerund and len(re.findall(r"\w+", text[content:hi])) < 3:
        return None  # left after saying goodbye: a word, not a statement
    joint = re.search(r",?\s*(?:and|but)$", before) or gerund  # the content before ", but confirmed" ends at its comma
    start = lo + (joint.start() if joint else len(before) - (1 if before[-1] == "," else 0))
    frame = Frame((cs, ce), None, (content, hi), start, "continuation", outlet, channel=channel)
    frame.notes["subject"] = _clause_subject(text, lo, start)
    after_comma = gerund is not None and before[:gerund.start()].endswith(",")  # X said, before adding ...
    if before[-1] not in "," + CLOSE_QUOTES and not re.search(r"\s(?:and|but)$", before) and not after_comma:
        subject = frame.notes["subject"]  # a statement's participle: its clause must name who made it
        if subject is None or _fold_word(text[subject[0]:subject[1]]) in _set("empty_subjects.txt"):
            return None  # There was a report saying ...: nobody made it
    return frame


@lru_cache(maxsize=None)
def _statement_re() -> re.Pattern:
    """A statement named as the object of its clause's verb, a time after it or not:
    ``issued a statement``, ``released a brief statement on Tuesday``, ``posted a video``."""
    return re.compile(rf"(?<![\w-])(?:an?|the|its|his|her|their|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{_channels()})"
                      rf"(?:\s+(?:on|to)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})?"
                      rf"(?:{_time_re().pattern})?$", re.I)


def _statement_before(before: str) -> bool:
    """The company issued a statement saying ...: a participle right after the statement it describes
    continues the clause's subject without a comma."""
    return _statement_re().search(before) is not None


# Weighing in on the debate, ...; Speaking to voters, ...: a participle and its phrase open the
# sentence before its subject (a capitalised -ing word followed by a lowercase one: no name)
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ing\s+[a-z]")


_LATER = re.compile(r"(?:[\w'’-]+\s+){1,3}(?:later|ago|earlier|on)", re.I)


def _setting_opening(intro: str) -> bool:
    """``Hours later,``, ``Eight years ago,``, ``In response to the plan,``, ``Instead,``: a phrase
    before the sentence's first comma that sets the scene, never its subject."""
    words = intro.split()
    return bool(words) and (_LATER.fullmatch(intro) is not None
                            or _fold_word(words[0]) in _set("circumstance_openers.txt") and len(words) > 1
                            or len(words) == 1 and _fold_word(words[0]) in _set("parentheticals.txt"))


def _clause_subject(text: str, lo: int, end: int, coordinated: bool = True) -> tuple[int, int] | None:
    """The subject of the clause a participle hangs on (Trump hit back on Twitter, saying ...):
    a noun phrase followed by a lowercase verb, at the start of the sentence or after an opening phrase."""
    dateline = _DATELINE.match(text, lo, end)
    if dateline:  # LONDON (Reuters) – X visited ..., praising ...: the dateline is no subject
        lo = dateline.end()
    later = _coordinated_subject(text, lo, end) if coordinated else None
    if later is not None:  # (``coordinated``: a clause after "but"/"and" may have a subject of its own)
        return later
    intro = re.match(r"[^,]{1,40},\s*", text[lo:end])
    timed = intro is not None and (_time_re().fullmatch(" " + intro.group().strip().rstrip(","))
                                   or _PARTICIPLE_OPENING.match(intro.group()) is not None
                                   or _setting_opening(intro.group().strip().rstrip(",")))
    for pos in (lo + intro.end(),) if timed else (lo, lo + intro.end()) if intro else (lo,):
        # (Last week, X made ...: the time opens the sentence, it is no subject)
        np = _np_forward(text, pos, end)
        if np and _fold_word(text[np[0]:np[1]].split()[0]) in _set("subordinators.txt") | _set("connectives.txt"):
            return None  # When he returned he began by saying: a subordinate clause opens the sentence
        aside = re.match(r"\s*,([^,;:\"“”]{1,100}),", text[np[1]:end]) if np else None
        aside = aside if aside and _is_appositive(aside.group(1)) else None  # X, who backs Y, trashed ...
        both = re.match(r"\s+and\s+(?:other\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+[a-z]+ed\b)", text[np[1]:end]) \
            if np and not aside else None
        if both:  # Netanyahu and other right-wing leaders shunned Carter, claiming ...: both the subject
            np = (np[0], np[1] + both.end())
        at = np[1] + (aside.end() if aside else 0) if np else 0
        adverb = re.match(rf"\s+(?:{_phrases('subject_adverbs.txt')})(?=\s)", text[at:end]) if np else None
        at += adverb.end() if adverb else 0  # Trump then appears ..., saying: an adverb before the verb
        after = re.match(r"\s+([a-z][\w'’-]*)", text[at:end]) if np else None
        if after and after.group(1) not in _set("connectives.txt") | _set("determiners.txt"):
            if _fold_word(text[np[0]:np[1]]) in _pronouns() or aside:
                return np  # He later walked back ...: a pronoun is the whole subject, as a name before its aside
            return np[0], _nouns_up_to_verb(text, np[1], end)
    return None


_COORDINATION = re.compile(r"[,;]\s+(?:but|and|while|yet|whereas)\s+")


def _coordinated_subject(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The subject of the last clause coordinated before a participle, when it names someone (X
    pivoted to trade, but Wallace brought him back, asking ...: Wallace asks, not X): a name or a
    he/she/they followed by a past verb."""
    last = None
    for last in _COORDINATION.finditer(text, lo, end):
        pass
    if last is None:
        return None
    np = _np_forward(text, last.end(), end)
    if np is None:
        return None
    words = text[np[0]:np[1]].split()
    named = all(w[:1].isupper() for w in words) or len(words) == 1 and _fold_word(words[0]) in ("he", "she", "they")
    verb = re.match(r"\s+([a-z][\w'’-]*)", text[np[1]:end])
    if not named or verb is None or not _verb_marker(verb.group(1)) or verb.group(1) in _set("finite_auxiliaries.txt"):
        return None
    return np


def _verb_marker(word: str) -> bool:
    return word in _set("finite_auxiliaries.txt") | _set("be.txt") | _set("irregular_past.txt") \
        or re.fullmatch(r"[a-z]{2,}ed", word) is not None


def _nouns_up_to_verb(text: str, end: int, hi: int) -> int:
    """``Health care providers have protested``: lowercase nouns that go on a name-led subject up to
    its verb (an auxiliary, "be", a past form), when the word right after the name is no verb."""
    words = list(re.finditer(r"\s+([a-z][\w'’-]*)", text[end:hi]))[:4]
    if not words or words[0].start() != 0:
        return end
    stops = _set("determiners.txt") | _set("connectives.txt") | _set("relatives.txt") | _set("prepositions.txt")
    for k, w in enumerate(words):
        if k and w.start() != words[k - 1].end():
            return end  # something other than a word between: no plain run of nouns
        if _verb_marker(w.group(1)):
            return end + words[k - 1].end() if k else end  # (Trump hit back: the name alone)
        following = words[k + 1].group(1) if k + 1 < len(words) else ""
        # (Human rights groups issued: two plural nouns before a past form, the first no verb)
        plural_run = following.endswith("s") and k + 2 < len(words) and _verb_marker(words[k + 2].group(1))
        if w.group(1) in stops or w.group(1).endswith("ly") \
                or w.group(1).endswith("s") and not _verb_marker(following) and not plural_run:
            return end  # Lima says the plan ...: the -s form is the verb (but Fire crews battled: a noun);
            # Obama passionately said: an adverb
    return end


def _trim_end(text: str, lo: int, end: int) -> int:
    """The end of a content before a cue or speaker: spaces, commas and a dangling connective dropped."""
    while True:
        prev = end
        while end > lo and (text[end - 1].isspace() or text[end - 1] in ",;—–-"):
            end -= 1
        m = re.search(r"(?:^|\s)(\w+)$", text[lo:end])
        if m and m.group(1).lower() in _set("connectives.txt"):
            end = lo + m.start(1)
        if end == prev:
            return end


# ---------------------------------------------------------------- sentences

def _headline(doc: Document) -> tuple[int, int] | None:
    """The article's first line when it is a headline: the document's title, or a line with
    no final stop that stands alone above the body."""
    return _headline_of(doc.text, doc.title or "")


@lru_cache(maxsize=8)
def _headline_of(text: str, title: str) -> tuple[int, int] | None:
    # Asked of every sentence: read once a text (an article of one long line made it quadratic).
    m = re.match(r"\s*([^\n]+?)[ \t]*(?:\n|$)", text)
    if m is None:
        return None
    line = m.group(1)
    title = re.sub(r"\s+", " ", title).strip()
    if title and re.sub(r"\s+", " ", line).strip() == title:
        return m.start(1), m.end(1)
    if re.match(r"[ \t]*\n", text[m.end():]) and line[-1:] not in ".!?" + CLOSE_QUOTES and len(line.split()) <= 20:
        return m.start(1), m.end(1)
    return None


def _sentences(doc: Document) -> list[tuple[int, int]]:
    """The document's sentences, with hard-wrapped lines and ``Barry M.\\n\\nWeber`` joined back;
    a headline stays a sentence of its own."""
    text, out = doc.text, []
    headline = _headline(doc)
    for start, end in doc.sentences:
        if out and headline and out[-1][1] <= headline[1] < end:
            out.append((start, end))
            continue
        if out:
            p_start, p_end = out[-1]
            gap = text[p_end:start]
            prev = text[p_start:p_end]
            wrapped = gap.count("\n") == 1 and not re.search(r"[.!?:”\"’)]$", prev)
            # Barry M.\n\nWeber, Rep. G.K. Butterfield: initials after a name word do not end a sentence
            initial = re.search(r"(?:^|\s)[A-Z]\.$|\s[A-Z][\w.]*\s(?:[A-Z]\.){2,3}$", prev) \
                and text[start:start + 1].isupper()
            if (wrapped and len(prev) > 60 and not title_case(prev.splitlines()[-1]) or initial) \
                    and end - p_start <= MAX_SENTENCE_CHARS:
                out[-1] = (p_start, end)
                continue
        out.append((start, end))
    return out


_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*"
    r"(?:\([^()\n]{1,80}\)\s*[-—–:]*|[-—–:]+)"
    # New York (AFP) –: a place in title case is a dateline only with its agency and the dash
    r"|[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*\([^()\n]{1,40}\)\s*[-—–:]+)\s+")


@lru_cache(maxsize=None)
def _comment_re() -> re.Pattern:
    return re.compile(rf",\s+(?:{_phrases('comment_participles.txt')})(?![\w-])", re.I)


def _finish(text: str, lo: int, hi: int, doc: Document) -> tuple[int, int] | None:
    """A content span cleaned at its ends; a leading quotation stands alone when only punctuation follows it."""
    while lo < hi and text[lo].isspace():
        lo += 1
    dateline = _DATELINE.match(text, lo, hi)
    if dateline:  # MOSCOW (Sputnik) - ..., KUWAIT, March 14 : ...
        lo = dateline.end()
    m = _compiled()["clause_breaks"].search(text, lo, hi)
    if m:
        hi = m.start()
    for m in _comment_re().finditer(text, lo, hi):
        if doc.quote_at(m.start()) is None:
            hi = m.start()  # ..., echoing the 2008 disaster: the reporter's comment, not the content
            break
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:.—–-"):
        hi -= 1
    q = doc.quote_at(lo)
    if q is not None and q.start == lo and not re.search(r"\w", text[q.end:hi]):
        hi = max(hi, q.end)  # keep the closing mark (and the comma inside it) with the quotation
    elif q is not None and q.start == lo and q.end < hi and _quotation_ends_its_sentence(text, q, hi, doc):
        hi = q.end  # said "We'll see," when asked whether ...: what follows is the writer's
    m = re.search(r"\s+(?:\w+)$", text[lo:hi])
    if m and m.group().strip().lower() in _set("connectives.txt"):
        hi = lo + m.start()
    if _only_circumstance(text, lo, hi, doc):
        return None
    return (lo, hi) if hi > lo and re.search(r"\w", text[lo:hi]) else None


def _quotation_ends_its_sentence(text: str, q, hi: int, doc: Document) -> bool:
    """A content that opens with a quotation ending in a comma inside its marks (“We’ll see,”)
    and goes on with a lowercase word and no quotation: the writer's words after it (when asked
    whether ..., and voted for it) are not the speaker's. "and that ..." gives a second content
    of the same saying, which stays."""
    inner_end = q.inner[1]
    rest = text[q.end:hi]
    return text[inner_end - 1:inner_end] == "," and re.match(r"\s+(?!(?:and\s+|but\s+)?that\b)[a-z]", rest) is not None \
        and not any(doc.quote_at(i) is not None for i in range(q.end, hi) if text[i] in OPEN_QUOTES)


_CIRCUMSTANCE_OPENING = re.compile(r"(?:before|over|during|throughout|under)\s")


def _only_circumstance(text: str, lo: int, hi: int, doc: Document) -> bool:
    """``testified before the committee on Thursday``, ``testifying over three days``: where or when
    the cue happened, a phrase with no clause and no quotation in it, is not what was said."""
    return _CIRCUMSTANCE_OPENING.match(text, lo, hi) is not None and doc.quote_at(lo) is None \
        and not re.search(r"[\"“”‘’']|\sthat\s", text[lo:hi]) and not _has_finite_verb(text[lo:hi].split())


# ---------------------------------------------------------------- headlines and unspecified

def _headlines(doc: Document) -> list[Frame]:
    """``Police: Arrest made after ...``: a short line with no final stop, a speaker before its colon."""
    text, out = doc.text, []
    title = _headline(doc)
    for m in re.finditer(r"^[ \t]*([^\n:]{1,60}?)\s*:\s+([^\n]{3,200}?)[ \t]*$", text, re.M):
        head, body = m.group(1), m.group(2)
        if body.rstrip(CLOSE_QUOTES)[-1:] in ".!?" and not _stopped_title(doc, title, m):
            continue  # a final stop makes a line a sentence
        if body.endswith("?"):
            continue  # Whitlock: reformer or career politician? the desk's own question, not hers
        if len(body.split()) < 3 \
                or _compiled()["heading_labels"].fullmatch(head.strip()) \
                or any(c.group().islower() for c in _cue_re().finditer(head)):
            continue
        label = re.match(r"[ \t]*([^–—\n]{1,30}?)\s*[–—]\s+", text[m.start(1):m.end(1)])
        labelled = label is not None and _compiled()["heading_labels"].fullmatch(label.group(1).strip())
        # (EXCLUSIVE – Roger Stone: ...: the desk's label before a dash, then the speaker)
        words = list(_WORD.finditer(text, m.start(1) + (label.end() if labelled else 0), m.end(1)))
        if not words or not _is_name_word(words[0].group()) or len(words) > 8:
            continue
        if any(w.group() in _set("be.txt") or w.group() in _set("finite_auxiliaries.txt") for w in words):
            continue  # Bill is back: Hillary's husband on the trail: a clause before the colon, no speaker
        out.append(Frame((m.end(1), m.end(1) + 1) if text[m.end(1)] == ":" else (m.start(2) - 2, m.start(2) - 1),
                         (words[0].start(), _headline_speaker_end(words)), (m.start(2), m.end(2)), m.start(),
                         "headline"))
    return out


def _stopped_title(doc: Document, title: tuple[int, int] | None, m: re.Match) -> bool:
    """``Lynch: No outside influence on FBI probe.``: some feeds end every title with a stop. The
    article's title line, its body on the colon's line and without a cue of its own (not
    ``Mexico City: A shootout killed nine, authorities said.``), is still a headline."""
    return title is not None and title[0] <= m.start(1) < title[1] and "\n" not in doc.text[m.end(1):m.start(2)] \
        and not any(c.group().islower() for c in _cue_re().finditer(m.group(2)))


def _headline_speaker_end(words: list[re.Match]) -> int:
    """Where the speaker of a headline ends: its run of name words, and a lowercase head noun
    when one or two end the head (Port authority, Kelford water board): the name then modifies a body."""
    n = 1
    while n < len(words) and _is_name_word(words[n].group()) and n < 4 \
            and words[n].group().lower() not in _set("topic_prepositions.txt"):
        n += 1  # (CNN President On Trump: ...: the speaker, then what he spoke about)
    tail = words[n:]
    if 0 < len(tail) <= 2 and n + len(tail) <= 4 and all(
            w.group().isalpha() and w.group().islower() and w.group() not in _set("connectives.txt") for w in tail):
        n += len(tail)
    return words[n - 1].end()


def _cue_span_of_colon(text: str, frame: Frame) -> tuple[int, int]:
    colon = text.find(":", frame.speaker[1], frame.claim[0] + 1)
    return (colon, colon + 1) if colon >= 0 else frame.cue


def _unspecified_frames(doc: Document, lo: int, hi: int, taken: list[Frame]) -> list[Frame]:
    """``reportedly``, ``it is believed that``: content credited to no one in particular."""
    text, out = doc.text, []
    for m in _unspecified_re().finditer(text, lo, hi):
        if doc.quote_at(m.start()) is not None or any(f.claim[0] <= m.start() < f.claim[1] or
                                                      f.cue[0] <= m.start() <= f.cue[1] or
                                                      f.speaker and f.speaker[0] <= m.start() < f.speaker[1]
                                                      for f in taken):  # Reports said: one statement
            continue
        kind = _unspecified_kind(m.group())
        word_before = re.search(r"([\w'’-]+)\s*$", text[lo:m.start()])
        if kind == "lead" and word_before and m.group()[:1].islower() \
                and _fold_word(word_before.group(1)) not in _set("connectives.txt"):
            continue  # a witness and media reports said: the lead's noun ends a subject of its own
        after_comma = re.search(r",\s*$", text[lo:m.start()]) is not None
        if kind == "lead" and after_comma and not re.search(r"\w", text[m.end():hi]):
            # The border will reopen, it was announced: the content went before
            out.append(Frame((m.start(), m.end()), None, (lo, lo + len(text[lo:m.start()].rstrip(" ,"))), lo,
                             "unspecified"))
        elif kind == "charge" or kind == "lead" and not (after_comma and re.match(r"\s*,", text[m.end():hi])):
            content, _, _ = _after_cue(text, m.end(), hi, False)
            accuser = _charge_by(text, m, content, hi) if kind == "charge" else []
            if accuser:
                out += accuser  # accused of fraud by the prosecutor: the accuser is named, no one in particular is not
                continue
            out.append(Frame((m.start(), m.end()), None, (content, hi), m.start(), "unspecified"))
        else:
            out.append(Frame((m.start(), m.end()), None, (lo, hi), lo, "unspecified"))
    return out


def _charge_by(text: str, m: re.Match, content: int, hi: int) -> list[Frame]:
    """``was accused of fraud by a former aide``: the accusation's agent after "by" is its source and
    what stands between the cue and "by" its content (none when the "by" is too far or a clause
    mark comes first: then it is no agent of the accusation)."""
    by = _BY.search(text, content, hi)
    if by is None or by.start() <= content or re.search(r"[,;:.!?]", text[content:by.start()]) \
            or len(_WORD.findall(text[content:by.start()])) > PLAIN_PASSIVE_REACH \
            or re.search(r"(?:ed|en|paid|made|held|sent|led|run|set)\s+$", text[content:by.start()]):
        return []  # (accused of taking bribes paid by a developer: the "by" is the participle's)
    end = _AGENT_END.search(text, by.end(), hi)
    stop = end.start() if end else hi
    dash = re.search(r"\s[-–—]\s", text[by.end():stop])  # by a fellow MP - though he denied it
    stop = by.end() + dash.start() if dash else stop
    second = re.search(r"\s+and\s+[^,;]*?\sby\s", text[by.end():stop])  # of X by A and Y by B: A
    stop = by.end() + second.start() if second else stop
    agent = (by.end(), _trim_end(text, by.end(), stop))
    words = _WORD.findall(text[agent[0]:agent[1]])
    if not words or len(words) > PLAIN_AGENT_WORDS or _any_cue_re().search(text, *agent):
        return []
    frame = Frame((m.start(), m.end()), agent, (content, _trim_end(text, content, by.start())), m.start(), "svo")
    # the accused, the passive's subject, is whom the next "he" means (he was accused of X by a
    # fellow MP - though he says ...): the accuser is resolved aside, as a restrictive relative's is
    frame.notes["restrictive"] = True
    return [frame]


@lru_cache(maxsize=None)
def _possessive_claim_re() -> re.Pattern:
    # (Sanders's point was that ..., Reed's argument on Sunday was that ...: the noun, a time, "was", "that")
    # (a body or a role named by its head, after "the": the army's claim that ..., the ministry's assertion that ...)
    return re.compile(rf"((?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]*?|(?<![\w-])[Tt]he\s+(?:[\w-]+\s+){{0,2}}?[a-z][\w-]*?)"
                      rf"['’]s\s+[\"“]?"
                      rf"({_phrases('claim_nouns.txt')})(?:\s+(?:on|last|this)\s+[A-Za-z]+)?\s+(?:(was|is)\s+)?that\s+")


def _possessive_claims(doc: Document, lo: int, hi: int, taken: list[Frame]) -> list[Frame]:
    """``Reed's claim that the port was unsafe drew criticism``: a noun of saying after a possessive
    name carries the name's statement in its "that" clause (the guide's nested attribution).

    As the sentence's subject the clause ends where the sentence's own verb begins (the second verb
    group: "... was unsafe | drew"); as an object (rejected Reed's claim that ...) it runs to the end.
    """
    text, out = doc.text, []
    for m in _possessive_claim_re().finditer(text, lo, hi):
        if doc.quote_at(m.start()) is not None and doc.quote_at(m.start()).start > lo \
                or any(f.cue[0] <= m.start(2) < f.cue[1] for f in taken):
            continue
        by_head = re.match(r"[Tt]he\s", m.group(1)) is not None
        if parse_mention(m.group(1)).kind not in ("person", "organization", "media", "anonymous") \
                or by_head and _fold_word(m.group(1).split()[-1]) not in _heads():
            continue  # (the army's, the minister's: a speaker's head noun; not the day's)
        content = m.end()
        end = _trim_end(text, content, hi)
        quoted = doc.quote_at(m.start(2))
        if quoted is not None and quoted.start > m.start(1):  # Reed's "claim that ...," the court said
            end = min(end, _trim_end(text, content, quoted.end))
        if (_opens_clause(text, lo, m.start(1)) or not text[lo:m.start(1)].strip()) and not m.group(3):
            end = min(end, _second_verb_group(text, content, end))  # (X's point was that ...: runs to the end)
        if end - content < 8:
            continue
        out.append(Frame((m.start(2), m.end(2)), (m.start(1), m.end(1)), (content, end), m.start(1), "svo"))
    return out


# X has released a video that accuses Y of ...: a record its subject put out, whose relative says it
_RELEASED_RECORD = re.compile(
    r"(?<![\w-])(?:(?:has|have|had)\s+)?(?:released|published|issued|posted|aired|unveiled|put\s+out|sent\s+out)\s+"
    r"(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:video|ad|advertisement|report|letter|statement|memo|"
    r"study|documentary|op-ed|editorial|campaign\s+ad)\s+(?:that|which)\s+(?=\S)")


def _released_record_frames(doc: Document, lo: int, hi: int, taken: list[Frame]) -> list[Frame]:
    """``Sen. X has released a web video that accuses Y of Z``: the record speaks for the one who put it
    out, the clause's subject; its relative's cue and content are the statement."""
    text, out = doc.text, []
    for m in _RELEASED_RECORD.finditer(text, lo, hi):
        cue = _cue_re().match(text, m.end(), hi)
        if cue is None or any(f.cue[0] <= cue.start() < f.cue[1] for f in taken):
            continue
        form = _cues().get(lexicon.fold(cue.group(), LANG))
        if form is None or form.type != "verb":
            continue
        subject = _subject_left(text, lo, m.start())
        if subject is None:
            continue
        s_start, s_end, f_start = subject[0], subject[1], subject[2]
        content, outlet, channel = _after_cue(text, cue.end(), hi, form.addressee)
        if not _has_content(text, content, hi):
            continue
        end = _object_end(text, cue.end(), content, hi) if form.object else hi
        out.append(Frame((cue.start(), cue.end()), (s_start, s_end), (content, end),
                         f_start if f_start >= 0 else -f_start - 1, "svo", outlet, channel=channel))
    return out


@lru_cache(maxsize=None)
def _hearsay_re() -> re.Pattern:
    nouns = [f for f, t in _unspecified().items() if t == "noun"]
    return re.compile(rf"(?<![\w'’-])({lexicon.alternation(nouns)})\s+that\s+", re.I)


def _hearsay_claims(doc: Document, lo: int, hi: int, taken: list[Frame]) -> list[Frame]:
    """``amid speculation that the port will close``, ``Allegations that he took bribes are at the
    centre of ...``: a noun of hearsay (unspecified.txt, noun) and its "that" clause, credited to no
    one in particular. Not after a name or a possessive (Reed's claims, U.S. allegations: theirs),
    nor inside a statement's own words."""
    text, out = doc.text, []
    for m in _hearsay_re().finditer(text, lo, hi):
        before = text[lo:m.start()].rstrip()
        last = re.search(r"([\w'’.-]+)$", before)
        if last and (re.search(r"['’]s?$", last.group(1)) or last.group(1)[:1].isupper() and before != last.group(1)
                     and not before.endswith((",", ":", ";"))):
            continue  # Reed's claims, the U.S. allegations: someone's, not no one's
        if doc.quote_at(m.start()) is not None or any(f.claim[0] < m.start() < f.claim[1] or
                                                      f.cue[0] <= m.start() < f.cue[1] for f in taken):
            continue  # inside what someone said (but denied allegations that ...: the allegations nest in it)
        content = m.end()
        end = _trim_end(text, content, hi)
        semi = text.find(";", content, end)
        end = semi if semi > 0 else end  # suspicions that A; doubts about B: the next item is not its content
        if _opens_clause(text, lo, m.start()) or not before:
            end = min(end, _second_verb_group(text, content, end))  # Allegations that ... | are at the centre
        if end - content < 8:
            continue
        out.append(Frame((m.start(1), m.end(1)), None, (content, end), m.start(), "unspecified"))
    return out


def _second_verb_group(text: str, content: int, end: int) -> int:
    """Where the second run of verb words (an auxiliary, "be", a past form) begins after ``content``:
    the clause's own verb is the first, the sentence's the second. Only an auxiliary or "be" goes on
    a run (was overloaded | drew: a past form after a past form begins the next)."""
    groups, goes_on = [], False
    helpers = _set("auxiliaries.txt") | _set("be.txt") | _set("finite_auxiliaries.txt")
    for w in re.finditer(r"[\w'’-]+", text[content:end]):
        verb = _verb_marker(w.group())
        if verb and not goes_on:
            groups.append(content + w.start())
        goes_on = verb and w.group().lower() in helpers
    return groups[1] if len(groups) > 1 else end


# ---------------------------------------------------------------- resolution

def _outlet(text: str, span: tuple[int, int] | None) -> Outlet | None:
    if span is None:
        return None
    if text[span[1] - 1] == "." and not re.search(r"(?:^|[\s.])[A-Z]\.$", text[span[0]:span[1]]):
        span = (span[0], span[1] - 1)  # told Reuters. the sentence's stop, not part of the name (but U.S.)
    platform = _platforms().get(text[span[0]:span[1]].lower())
    name = platform or _programme_name(text[span[0]:span[1]]) or parse_mention(text[span[0]:span[1]]).name \
        or clean(text[span[0]:span[1]])
    return Outlet(_spelled_out(text, name), Span.of(text, *span))


def _spelled_out(text: str, name: str) -> str:
    """An outlet's acronym as the article spells it out elsewhere (the AP: The Associated Press,
    AFP: Agence France-Presse), so that one outlet is one name however a sentence abbreviates it."""
    if not re.fullmatch(r"[A-Z]{2,5}", name):
        return name
    words = r"[ \u00a0-]+".join(rf"{letter}[\w'’]*" for letter in name)  # A\w* P\w*: Associated Press
    found = re.search(rf"(?<![\w'’-])(?:[Tt]he\s+)?{words}(?![\w'’-])", text)
    return re.sub(r"^the\s", "The ", found.group()) if found and found.group() != name else name


def _programme_name(words: str) -> str | None:
    """``ABC’s This Week`` for ABC’s “This Week,”: a network's programme, its title unquoted."""
    m = re.fullmatch(rf"(?:the\s+)?(.+?(?:['’]s|(?<=s)['’]))\s*({_PROGRAMME})[\s,.]*", words.strip())
    if m is None:
        return None
    title = m.group(2).strip("\"“”' ,.")  # (and the Times' ''Meet the Press.'')
    return f"{m.group(1)} {title}"


@lru_cache(maxsize=None)
def _is_platform(name: str) -> bool:
    """Twitter, Facebook: an outlet a statement is posted on, not an interview that goes on."""
    return lexicon.fold(name, LANG) in {lexicon.fold(p, LANG) for p in _platforms().values()} | _set("platforms.txt")


@lru_cache(maxsize=None)
def _platforms() -> dict[str, str]:
    """in a tweet, X tweeted: words that name the platform (Twitter) without writing its name."""
    return {r[0]: r[1] for r in lexicon.rows(LANG, "platform_words.tsv")}


def _mention(resolver: Resolver, raw: str, genders: dict[int, str] | None = None, topic=None,
             before: str = "") -> Source:
    """The source a speaker's words name: a pronoun, a role noun (the minister) or a name.
    ``before``: the text before the mention, where a role noun's holder may be named."""
    mention = clean(raw)
    words = mention.split()
    if not words:
        return resolver.implied()
    if mention.lower() in _pronouns():
        return _pronoun(resolver, mention.lower(), genders or {}, topic)
    if words[0].lower() == "the" and len(words) > 1 and \
            not any(_is_name_word(w) and not re.match(r"\d+-", w) for w in words[1:]):  # the 31-year-old man
        found = _reference(resolver, words, before)
        if found is not None:
            return found
    elif words[0].lower() == "the" and 2 < len(words) <= 5 and words[-1].islower() \
            and _fold_word(words[-1]) not in _references() and _titles_re().fullmatch(words[-1]):
        # the Vermont senator, the Texas governor: a title after its state or party names the
        # holder met before, as "the senator" does
        title = ["the", words[-1]]
        known = resolver._known(parse_mention(" ".join(title)))
        if known is not None and known.kind == "person":
            return resolver.recall(known)
        found = _reference(resolver, title, before)
        if found is not None and found.kind == "person":
            return found
    return resolver.resolve(mention)


def _pronoun(resolver: Resolver, word: str, genders: dict[int, str], topic=None) -> Source:
    """he/she: the last person, named or not, who spoke, not known to be of the other gender
    (by a title, a kin or role word, a given name or a pronoun already read: gender.tsv,
    first_names.tsv); they/it/we: whoever spoke last. A person the narration has since put at the
    head of a sentence (``topic``: Carson's plan came with caveats. He may add staff, he said)
    comes first, when not known to be of the other gender."""
    if word == "it":  # it said: a body or a medium, not a person, unless only people spoke
        bodies = [e for e in reversed(resolver.spoke) if e.kind in ("organization", "media")]
        return resolver.recall(bodies[0]) if bodies else resolver.pronoun()
    if _pronouns()[word] != "person":
        return resolver.pronoun()
    want = _genders().get(word)
    if topic is not None and want is not None and genders.get(id(topic)) != ("m" if want == "f" else "f"):
        return resolver.recall(topic)  # (also when no one has spoken yet: the narration named them)
    people = [e for e in reversed(resolver.spoke) if e.kind in ("person", "anonymous") and not _plural(e.name)]
    if not people:
        return Source("", "unspecified")  # he after officials or a ministry: no one the text has named
    pick = None
    if want is not None:
        other = "m" if want == "f" else "f"
        pick = next((e for e in people if genders.get(id(e)) != other), None)
    return resolver.recall(pick or people[0])


def _plural(name: str) -> bool:
    """A group named by a plural head (sources, witnesses, people): never "he" or "she"."""
    words = name.split()
    head = _fold_word(words[-1]) if words else ""
    # a share that speaks (Some said, Most say) is a group too; "Another" after one of a group is one person
    return head in _set("irregular_plurals.txt") or head in _set("anonymous.txt") and head.endswith("s") \
        or head in _set("shares.txt") and head != "another" or bool(re.search(r"\sand\s", name))


@lru_cache(maxsize=None)
def _genders() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.rows(LANG, "gender.tsv")}


def _told_by_name(text: str, cue_start: int, cue_end: int, source: Source) -> bool:
    """Whether the hearer named right after the cue is ``source`` itself (he told Hannity, with
    Hannity the last to speak): a speaker is not their own hearer."""
    hearer = re.match(r"\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)(?![\w'’-])", text[cue_end:cue_end + 80])
    if hearer is None or source.kind != "person" or not source.name:
        return False
    form = _cues().get(lexicon.fold(re.sub(r"\s+", " ", text[cue_start:cue_end]), LANG))
    if form is None or not form.addressee:
        return False
    named = {_fold_word(w) for w in hearer.group(1).split()}
    return _fold_word(source.name.split()[-1]) in named


def _other_person(resolver: Resolver, not_this: Source, pronoun: str, genders: dict[int, str]) -> Source | None:
    """The person who spoke last before ``not_this``, of the pronoun's gender when known (he told
    Hannity, after Hannity asked Trump: Trump)."""
    want = _genders().get(pronoun)
    for entity in reversed(resolver.spoke):
        if entity.kind != "person" or entity.name == not_this.name or _plural(entity.name):
            continue
        if want is not None and genders.get(id(entity)) not in (None, want):
            continue
        return resolver.recall(entity)
    return None


def _note_gender(genders: dict[int, str], entity, mention: str, role: str | None) -> None:
    """What a mention tells of its entity's gender: a pronoun that resolved to it (she said),
    or the first gendered title, kin or role word in its words (Ms., the mother, spokeswoman)."""
    if entity is None or entity.kind not in ("person", "anonymous"):
        return
    words = [_fold_word(w) for w in re.findall(r"[\w'’.-]+", f"{mention} {role or ''}")]
    if len(words) > 1 and words[0] in ("she", "he"):
        words = words[1:]
    if words and words[0] in ("she", "he"):
        genders.setdefault(id(entity), _genders()[words[0]])
        return
    found = next((_genders()[w] for w in words if w in _genders() and w not in ("she", "he")), None)
    if found:
        genders[id(entity)] = found
    elif entity.kind == "person" and id(entity) not in genders:
        given = _fold_word(entity.name.split(maxsplit=1)[0]) if entity.name.strip() else ""
        if given in _first_names():  # Hillary Clinton, Bernie Sanders: a given name that tells
            genders[id(entity)] = _first_names()[given]


@lru_cache(maxsize=None)
def _first_names() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicon.rows(LANG, "first_names.tsv")}


def _reference(resolver: Resolver, words: list[str], before: str = "") -> Source | None:
    """``the minister``, ``the local police chief``, ``the company``: an earlier source named by its
    role, or the person the text last named with that word (the actress: actress Susan Sarandon)."""
    head = _fold_word(words[-1])
    how = _references().get(head)
    if how == "speaker":
        return resolver.implied() if resolver.last is not None else None
    if how == "organization":
        modifiers = [_fold_word(w) for w in words[1:-1]]
        if modifiers:  # the defence ministry: a body of that kind whose name holds the modifiers, not any
            match = [e for e in resolver.spoke if e.kind == "organization" and all(
                m in lexicon.fold(" ".join([e.name, *e.mentions]), LANG).split() for m in modifiers)]
            return resolver.resolve(match[-1].name) if match else None
        known = any(e.kind == "organization" for e in resolver.spoke)
        return resolver.pronoun("organization") if known else None
    body = head in _set("organizations.txt")  # the board names a body, never its chief
    # the one whose role, name or earlier mentions hold the head word; never simply whoever spoke
    # last (the governor after a union chief): of the five statements that fallback decided in the
    # English training annotations, four went to the wrong person
    match = [e for e in resolver.spoke
             if head in lexicon.fold(" ".join([e.role or "", e.name, *e.mentions]), LANG).split()
             and (not body or e.kind in ("organization", "media"))]
    if match:
        # naming the entity again is how the resolver makes it the last speaker
        return resolver.resolve(match[-1].name)
    named = None if body else described_person(before, " ".join(words), len(before), parse_mention, forward=False)
    return resolver.resolve(named) if named is not None else None


# How far back (in characters) "the actress" looks for "actress Susan Sarandon".
ROLE_HOLDER_REACH = 6000


def described(text: str, description: str, at: int) -> str | None:
    """The person the article names with a description's words (``isnad.nlp.described``), for the
    pass over the statements the scorer kept, which also looks forward."""
    return described_person(text, description, at, parse_mention)


# ---------------------------------------------------------------- the whole article

def extract(doc: Document, resolver: Resolver) -> list[Attribution]:
    """Every attribution of an English article, in text order."""
    return resolve(doc, frames(doc), resolver)


def frames(doc: Document) -> list[Frame]:
    """Every cue of the article read into a frame, in the order their sources are resolved."""
    text = doc.text
    headlines = _headlines(doc)
    out = list(headlines)
    sentences = _sentences(doc)
    for i, (lo, hi) in enumerate(sentences):
        if any(f.start <= lo < f.claim[1] for f in headlines):
            continue
        if text[lo:hi].rstrip().endswith("?") and doc.quote_at(lo) is None:
            continue
        unread: list[tuple[re.Match, Frame | None]] = []
        found = _settle(doc, _frames(doc, lo, hi, unread), hi)
        main = [f for f in found if not f.notes.get("restrictive")]  # (not voters who said ...: an aside)
        if main:
            anchor = _quote_anchor(doc, main)
            resumed = _continue_quote(doc, anchor, hi, (sentences[k] for k in range(i + 1, len(sentences))))
            for f in resumed if anchor is not main[-1] else ():
                f.notes["quoted_by"] = anchor.speaker  # the quotation's speaker, not the clause's after it
            found += resumed
        found += _unspecified_frames(doc, lo, hi, found)
        found += _possessive_claims(doc, lo, hi, found)
        found += _hearsay_claims(doc, lo, hi, found)
        found += _released_record_frames(doc, lo, hi, found)
        out += found + _plain_readings(doc, lo, hi, unread, found)
    return sorted(out, key=reading_order)


def reading_order(frame: Frame) -> int:
    """Where a frame's source is met: a content-first frame at its cue, any other where it starts."""
    return frame.cue[0] if frame.form == "first" else frame.start


def _quote_anchor(doc: Document, main: list[Frame]) -> Frame:
    """The frame whose quotation the next sentences may go on with: the sentence's last, unless that
    is a clause of the circumstances after a quotation's cue (\"...,\" X said at his party, hours
    after networks declared him the winner. \"...\"): then the quotation's own frame."""
    last = main[-1]
    if len(main) < 2 or not (last.notes.get("joined") or _same_speaker_goes_on(last)):
        return last
    quoted = main[-2]
    first = doc.quote_at(quoted.claim[0])
    if quoted.form in ("first", "inverted") and first is not None and first.start == quoted.claim[0] \
            and last.cue[0] > max(quoted.cue[1], quoted.speaker[1] if quoted.speaker else 0):
        # (its cue, not its start: "...," said X, 24, who said ...: the clause's antecedent is X herself)
        return quoted
    return last


def _same_speaker_goes_on(frame: Frame) -> bool:
    """``"...," Corker said, pointing out that ... . "Most Democrats agree ..."``: a participle that
    goes on with the quotation's own speaker; the quotation after it is still that speaker's."""
    return frame.form == "continuation" and frame.speaker is None


def _continue_quote(doc: Document, frame: Frame, hi: int, following: Iterable[tuple[int, int]]) -> list[Frame]:
    """Quotations that go on after a quoted content and its cue, with no cue of their own.

    ``"If the river rises," X said, "the bridge will close."`` is one sentence around its cue, so
    the claim runs on. ``"A," X said, "She lied."`` (the quotation resumes with a new sentence),
    ``"A," X said. "B."`` and a following paragraph that is only a quotation are the same
    speaker's next statements (one content a quotation, as the guide's annotators count them):
    each becomes a frame of its own that keeps the cue and leaves the speaker implied.
    """
    text = doc.text
    if _quote_across_paragraphs(doc, frame):
        return []
    first = doc.quote_at(frame.claim[0])
    left_open = _left_open(doc, frame)
    if not left_open and not _ends_in_quotation(doc, frame) and (
            first is None or first.start != frame.claim[0] or re.search(r"\w", text[first.end:frame.claim[1]])):
        return []
    end = frame.claim[1]
    said = max(end, frame.cue[1], frame.speaker[1] if frame.speaker else 0)
    resumed = None if left_open else _quote_ending(doc, said, hi)
    if resumed is not None and not re.search(r"[,;:—–]", text[said:resumed.start]):
        resumed = None  # said on ABC's “This Week”, told CNN on “Face the Nation.”: a title, not the content resumed
    if resumed is not None and not re.match(r"\W*[A-Z]", text[resumed.start:resumed.end]):
        frame.claim, resumed = (frame.claim[0], resumed.end), None  # the same sentence goes on
    out, end = [], max(frame.claim[1], frame.cue[1], frame.speaker[1] if frame.speaker else 0)
    if resumed is not None:
        out.append(Frame(frame.cue, None, (resumed.start, resumed.end), resumed.start, "resumed"))
        end = resumed.end
    for lo, next_hi in following:
        if lo < end:
            continue  # a sentence inside the quotation already taken
        resumed = _quote_ending(doc, lo, next_hi)
        if resumed is None or resumed.start != lo:
            break
        if "\n" in text[end:lo] and not _fills_paragraph(text, resumed.start, resumed.end):
            break  # a new paragraph continues the speaker only when it is nothing but a quotation
        out.append(Frame(frame.cue, None, (resumed.start, resumed.end), resumed.start, "resumed"))
        end = resumed.end
    return out


def _ends_in_quotation(doc: Document, frame: Frame) -> bool:
    """``Lee “apologized many times,” Reed said. “It is time to move on.”``: a content that opens in the
    writer's words and ends quoting the speaker; the quotation after the cue goes on with the speaker
    as after a content that is all quotation."""
    text = doc.text
    last = doc.quote_at(frame.claim[1] - 1)
    return last is not None and last.start > frame.claim[0] and last.end <= frame.claim[1] \
        and not re.search(r"\w", text[last.end:frame.claim[1]])


def _left_open(doc: Document, frame: Frame) -> bool:
    """``X said the release “gives us hope.\n\n“We see ...”``: a quotation opened inside the content
    and left open at the end of its paragraph; the next paragraph, a quotation, goes on with it."""
    text = doc.text
    start, end = frame.claim
    opening = max(text.rfind(q, start, end) for q in "“«„\"")  # not ‘ or ': an apostrophe looks the same
    return opening >= start and doc.quote_at(opening) is None and text.count('"', start, end) % 2 == \
        (text[opening] == '"') and not any(c in CLOSE_QUOTES for c in text[opening + 1:end]) \
        and _PARAGRAPH_END.match(text, end) is not None


def _quote_across_paragraphs(doc: Document, frame: Frame) -> bool:
    """``X said: “A.\n\n“B.”``: a quotation left open at the end of its paragraph and reopened
    at the start of the next goes on there (the printer's convention); the claim runs to its close."""
    text = doc.text
    start = frame.claim[0]
    if text[start:start + 1] not in OPEN_QUOTES or doc.quote_at(start) is not None:
        return False
    end = frame.claim[1]
    para_end = text.find("\n", end)
    if para_end > end and not any(c in QUOTES for c in text[end:para_end]):
        end = para_end  # “A. B.\n\n“C.”: the sentences after the first, still inside the open quotation
    while True:
        brk = _PARAGRAPH_END.match(text, end)
        if brk is None:
            return False  # the quotation never closes: a stray mark, not a continued quote
        nxt = brk.end()
        if nxt >= len(text) or text[nxt] not in OPEN_QUOTES:
            return False  # (the text ends there: "" is in every string, and the loop never ended)
        quote = doc.quote_at(nxt)
        if quote is not None and quote.start == nxt:
            frame.claim = (start, quote.end)
            return True
        para_end = text.find("\n", nxt)
        end = len(text.rstrip()) if para_end < 0 else para_end


# the end of a paragraph: a line break, blank line or not (some articles set each paragraph on a
# line of its own with none between), after the punctuation that closes its last sentence
_PARAGRAPH_END = re.compile(r"[^\S\n]*[.,;:!?]*[^\S\n]*\n\s*")


def _fills_paragraph(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _quote_ending(doc: Document, lo: int, hi: int):
    """The quotation that ends the stretch [lo, hi), when no cue stands between ``lo`` and it."""
    text = doc.text
    start = next((i for i in range(lo, hi) if text[i] in OPEN_QUOTES and doc.quote_at(i) is not None), None)
    if start is None:
        return None
    quote = doc.quote_at(start)
    if quote.start != start or re.search(r"\w", text[quote.end:hi]) or _cue_re().search(text, lo, start):
        return None
    return quote


def _settle(doc: Document, frames: list[Frame], hi: int) -> list[Frame]:
    """Fold nested and cited frames into their hosts, drop cues that are part of a content,
    then cut each content where the next frame begins."""
    kept: list[Frame] = []
    for f in _fold_around(_fold_citing(frames, doc.text), doc.text):
        if f.notes.get("embedded") and not _host_of(kept, f, doc.text):
            continue
        if not _inside_content(kept, f, doc.text) and not _second_of_both(doc.text, kept, f):
            kept.append(f)
    kept = [f for f in kept if not f.notes.get("nested_host")]
    for i, f in enumerate(kept):
        end = f.claim[1]
        for g in kept[i + 1:]:
            if f.claim[0] < g.start < end and g.form != "first" and not g.notes.get("restrictive"):
                end = g.start
        if f.form in ("first", "inverted") and f.claim[0] == f.start and i:
            # content before the speaker starts where the previous frame ended
            prev = kept[i - 1]
            lo = max(prev.claim[1], prev.cue[1])
            if f.claim[0] < lo < f.claim[1]:
                f.claim = (lo + len(re.match(r"[\s,.;]*", doc.text[lo:]).group()), f.claim[1])
        f.claim = (f.claim[0], end)
        if f.cited:
            f.claim = _before_citing(f, doc.text)
    return kept


_BOTH_AND = re.compile(r"(?<![\w-])both\s+(?:[\w'’.-]+\s+){1,4}and\s+$", re.I)


def _second_of_both(text: str, kept: list[Frame], f: Frame) -> bool:
    """``X said both he and Rubio promised ...``: the speaker after "both ... and" is half of a
    subject inside another content, not a clause of its own."""
    if f.speaker is None or not _BOTH_AND.search(text, max(0, f.speaker[0] - 60), f.speaker[0]):
        return False
    return any(g.form == "svo" and g.claim[0] <= f.cue[0] < g.claim[1] for g in kept)


def _inside_content(kept: list[Frame], f: Frame, text: str) -> bool:
    """A cue within an earlier content is part of what was said, unless it opens a clause of
    its own (``, after Hamas said``), continues the speaker (``, adding``) or cites (``, according to``)."""
    if f.form in ("continuation", "prep") or f.notes.get("joined") or f.notes.get("embedded"):
        return False
    if f.form == "svo" and _after_semicolon(text, f.start):
        return False  # ...; he also said ...: a semicolon opens a clause of the narration's own
    return any(g.form == "svo" and g.claim[0] <= f.cue[0] < g.claim[1] for g in kept)


def _after_semicolon(text: str, start: int) -> bool:
    return re.search(r";\s*$", text[max(0, start - 5):start]) is not None


def _host_of(kept: list[Frame], inner: Frame, text: str) -> bool:
    """Whether an embedded frame (``that X said``) stays, and how.

    ``Reuters reported that X said``: the ``that`` opens a medium's content, so the inner frame
    is the statement and the medium its outlet (rule 4); any other speaker said the whole.
    ``a strike that the ministry said had killed 20``: a relative ``that`` inside the content;
    both statements stand.
    """
    for outer in reversed(kept):
        if outer.speaker is None or not outer.cue[1] <= inner.start <= outer.claim[1]:
            continue
        if re.search(r"\w", text[outer.claim[0]:inner.start]):
            return True  # a relative clause inside the outer content: a statement of its own
        if parse_mention(text[outer.speaker[0]:outer.speaker[1]]).kind != "media":
            return False  # the police said that witnesses described ...: the police said the whole
        inner.notes["host"] = outer
        outer.notes["nested_host"] = True
        return True
    return False


def _fold_around(frames: list[Frame], text: str) -> list[Frame]:
    """``X said Y, said the Bloomberg reporting``: a frame whose content holds another frame.

    By the guide's rule 4 the innermost speaker is the source and the outer layer the
    outlet: a medium around a statement (``, according to Reuters``, ``, Bloomberg reported``)
    or a relay that names where it spoke (``"...," he said, the sources told Reuters``).
    Any other speaker around a statement said the whole.
    """
    drop = set()
    for outer in frames:
        # (according to X before or after the content: According to Reuters, the minister said ...)
        content_first = outer.form == "prep"
        if outer.form not in ("first", "inverted") and not content_first:
            continue
        for inner in frames:
            if inner is outer or not outer.claim[0] <= inner.cue[0] < outer.claim[1]:
                continue
            if inner.form not in ("svo", "first") and not (inner.form == "continuation" and inner.notes.get("subject")):
                continue  # (X met workers and said ..., the Herald reported: the second verb's subject is X)
            if inner.form == "first" and (inner.claim[0] < outer.claim[0] or inner.speaker is None):
                continue
            relay = outer.speaker and (outer.outlet or _speaker_medium(text, outer.speaker) is not None or
                                       parse_mention(text[outer.speaker[0]:outer.speaker[1]]).kind == "media" or
                                       _reporting(text, outer))
            if content_first and not relay and _quoted_with_own_speaker(text, inner):
                drop.add(id(outer))  # "...," a farmer said, per Lima: Lima passes the farmer's words on
                continue
            if content_first and not relay:
                continue  # ..., according to the ministry: the ministry said the whole, cue and all
            inner.claim = (inner.claim[0], min(inner.claim[1], outer.claim[1]))
            if relay:
                inner.notes["host"] = outer
                if parse_mention(text[outer.speaker[0]:outer.speaker[1]]).kind == "media" or outer.outlet \
                        or inner.start <= outer.claim[0]:
                    drop.add(id(outer))
                else:
                    cut = re.search(r"[\s,;]*(?:\b(?:and|but|while)\s*)?$", text[outer.claim[0]:inner.start])
                    outer.claim = (outer.claim[0], outer.claim[0] + cut.start())
                # (a journalist of a medium keeps what the sentence says before the inner statement:
                # A, and the agency said B, according to Wee of the Times: Wee reported A)
            elif inner.form == "svo":
                drop.add(id(inner))
    return [f for f in frames if id(f) not in drop]


def _reporting(text: str, frame: Frame) -> bool:
    """Whether a frame's cue is "reported" (first reported, reports): whoever reported a statement
    passes it on, a medium whatever its name (..., Right Wing Watch first reported)."""
    words = text[frame.cue[0]:frame.cue[1]].lower().split()
    return bool(words) and words[-1] in ("reported", "reports", "report")


def _fold_citing(frames: list[Frame], text: str) -> list[Frame]:
    """``Reuters, citing officials, said``: the officials are the source, Reuters the outlet."""
    out = []
    for f in frames:
        if f.form != "citing":
            out.append(f)
            continue
        host = next((g for g in reversed(out) if g.speaker), None) or \
            next((g for g in frames if g.cue[0] > f.cue[0] and g.speaker and g.form != "citing"), None)
        if host is not None and _relays(host, text):
            host.cited = f.cited
            host.notes["citing"] = f.cue[0]
    return out


def _before_citing(frame: Frame, text: str) -> tuple[int, int]:
    """``reported that the commander was killed, citing Al-Sahil TV``: the citing phrase that
    closes the content names who said it (the guide's attribution), so the claim ends before it.
    What follows it, if anything, opens another clause (``, while Al-Sahil TV said``)."""
    start, end = frame.claim
    at = frame.notes.get("citing")
    if at is None or not start < at < end or not _CLAUSE_ENDS.fullmatch(text, frame.cited[1], end):
        return frame.claim
    return start, start + len(text[start:at].rstrip().rstrip(",").rstrip())


_CLAUSE_ENDS = re.compile(r"[\s.,;\"”'’]*(?:(?:while|whereas|but|and)\s*)?")


# A speaker named again keeps the outlet of its last statement when at most this many other
# statements came between (a man told Reuters ...; a health worker confirmed ...; "...," the man said).
# On train/en (69 articles) the gold outlet of a source's earlier statement is on its later one 25
# times in 30 with no statement between, 4 in 7 with one or two, 3 in 4 with three to six.
CARRY_OUTLET_OVER = 8
# A post is one post: a platform (wrote on Facebook, tweeted) carries over no more than this many.
CARRY_PLATFORM_OVER = 2


def _goes_on_posting(text: str, frame: Frame) -> bool:
    """Whether a statement goes on with a post (he added, she wrote, tweeted again) rather than
    saying something anew: a platform carries only over those (data/lexicons/en/post_cues.txt) and
    over a quotation that resumes the post's own (\"...,\" she said on Facebook. \"...\")."""
    return frame.form == "resumed" or lexicon.fold(text[frame.cue[0]:frame.cue[1]], LANG) in _set("post_cues.txt")


_OF_MEDIUM = re.compile(r"\s+(?:of|at|for|with)\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})$")
_MEDIUM_STAFF = re.compile(r"(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+"
                           r"(?:host|anchor|correspondent|reporter|columnist|editor|commentator|contributor|analyst)"
                           r"\s+(?=[A-Z])")
_MEDIUM_OWNS = re.compile(r"(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:['’]s|(?<=s)['’])\s+(?=\S)")


def _speaker_medium(text: str, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """The medium a speaker works for, named in the speaker's words: ``Sui-Lee Wee of the New York
    Times``, ``NPR's Emily Feng``, ``a reporter for Reuters``, ``Fox News host Sean Hannity``. By
    the guide's rule 4 the journalist is the source and the medium the outlet."""
    words = text[speaker[0]:speaker[1]]
    for m, group in ((_OF_MEDIUM.search(words), 1), (_MEDIUM_OWNS.match(words), 1), (_MEDIUM_STAFF.match(words), 1)):
        if m is not None and parse_mention(m.group(group)).kind == "media" and _names_something(m.group(group)):
            return speaker[0] + m.start(group), speaker[0] + m.end(group)
    return None


def _quoted_with_own_speaker(text: str, frame: Frame) -> bool:
    """A quotation credited by its own cue to a speaker it names (\"...,\" a farmer said): words
    no one around it can have said, only passed on."""
    return frame.form in ("first", "inverted") and frame.speaker is not None \
        and text[frame.claim[0]:frame.claim[0] + 1] in OPEN_QUOTES


def _relays(frame: Frame, text: str) -> bool:
    """Whether a frame's speaker passes others' words on (Reuters, citing officials, said), unlike a
    named person who cites a reason (Mr. Manafort, citing the magic of Trump, said)."""
    return parse_mention(text[frame.speaker[0]:frame.speaker[1]]).kind != "person"


# A sentence that names the interview without a cue of its own (In an interview with CNN, Ana Lima
# defended the plan. "...," she said): the next statements of the one it names went to that medium.
# It reaches no further than this many sentences; a source it does not name gets nothing.
OCCASION_REACH = 2
_OCCASION_GAP = re.compile(r"(?:^|\s)(?=(?:in|on|during|with|to|at)\s)")


def _occasions(doc: Document, frames: list[Frame]) -> list[tuple[int, int, int, tuple[int, int]]]:
    """(sentence number, sentence start and end, medium) of each sentence that holds no cue but names
    the medium an interview was given to: through a channel (in an interview with CNN, in remarks aired
    on Fox News), after a word of occasion_words.txt (spoke to CNN, appearing on Fox News) or as the
    one who interviewed (when interviewed Thursday by the Chicago Tribune)."""
    cues = sorted(f.cue[0] for f in frames if not f.notes.get("plain"))  # a second opinion is no cue of the rules
    out = []
    for i, (lo, hi) in enumerate(_sentences(doc), 1):  # numbered as resolve counts them
        first = bisect_left(cues, lo)
        if first < len(cues) and cues[first] < hi:
            continue  # its own statements carry what it names
        medium = _occasion_medium(doc.text, lo, hi)
        if medium is not None:
            out.append((i, lo, hi, medium))
    return out


def _occasion_medium(text: str, lo: int, hi: int, bare: bool = False) -> tuple[int, int] | None:
    """The medium a stretch of a sentence names as where it was said; a bare ``on Fox News`` only
    after a word of occasion_words.txt (spoke to CNN), or where ``bare`` says the stretch leads to
    a participle of saying (attacked the plan on Fox News, saying ...)."""
    seg = text[lo:hi]
    lowered = seg[:1].lower() + seg[1:]
    for gap in _OCCASION_GAP.finditer(lowered):
        m = _channel_re().match(lowered, gap.start())
        if m is None:
            continue
        is_channel, span = _read_channel(lowered, m)
        named_bare = m.group("on") is not None  # to CNN, on Fox News: an occasion only after a word that says so
        if is_channel and span is not None and (bare or not named_bare or _occasion_word_before(lowered, gap.start())):
            return lo + span[0], lo + span[1]
    return _interviewed_by(text, lo, hi)


def _interviewed_by(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``X was less guarded when interviewed Thursday by the Chicago Tribune``: the medium after "by"."""
    m = re.search(rf"(?<![\w-])(?:{_phrases('occasion_words.txt')})(?:\s+[^,.;:\"“”]{{1,40}}?)?\s+by\s+"
                  r"((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})", text[lo:hi])
    if m and parse_mention(m.group(1)).kind == "media" and _names_something(m.group(1)):
        return lo + m.start(1), lo + m.end(1)
    return None


def _occasion_word_before(sentence: str, pos: int) -> bool:
    return re.search(rf"(?<![\w-])(?:{_phrases('occasion_words.txt')})\s*$", sentence[:pos]) is not None


def _occasion_outlet(text: str, occasions: list[tuple[int, int, int, tuple[int, int]]], sentence: int,
                     source: Source) -> Outlet | None:
    """The medium of the last occasion sentence before a statement, when the statement comes shortly
    after it and is by the one it names (the last word of the source's resolved name stands in it)."""
    before = [o for o in occasions if o[0] < sentence]
    if not before or not source.name or source.kind == "unspecified":
        return None
    index, lo, hi, medium = before[-1]
    words = text[lo:medium[0]] + " " + text[medium[1]:hi]
    last = re.escape(source.name.split()[-1])
    if sentence - index > OCCASION_REACH or re.search(rf"(?<![\w-]){last}(?![\w-])", words) is None:
        return None
    return _outlet(text, medium)


# a medium's journalist named with it: ABC's George Hale, CNN’s Ana Lima (two or three capitalised words)
_JOURNALIST = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:['’]s|(?<=s)['’])\s+"
                         r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,1}\s+([A-Z][a-z-]{2,}))(?![\w'’-])")


def _journalists(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(surname, medium span) of each journalist the text names with their medium, in reading order:
    "Asked by Hale", "telling Hale" later means the interview with that medium goes on."""
    out = []
    for m in _JOURNALIST.finditer(text):
        if parse_mention(m.group(1)).kind == "media" and parse_mention(m.group(2)).kind == "person":
            out.append((m.group(3), m.span(1)))
    return out


def _journalist_outlet(text: str, journalists: list[tuple[str, tuple[int, int]]], programmes: list[Outlet],
                       sentence_starts: list[int], sentence: int, claim: tuple[int, int]) -> Outlet | None:
    """The medium of a journalist named earlier (ABC's Tom Hale) whom a statement's sentence names
    outside its content (Asked by Hale about the vote, X said ...; X said ..., telling Hale ...)."""
    lo = sentence_starts[sentence - 1]
    hi = sentence_starts[sentence] if sentence < len(sentence_starts) else len(text)
    around = text[lo:claim[0]] + " " + text[claim[1]:hi]
    for surname, medium in reversed(journalists):
        if medium[1] < lo and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", around):
            network = _outlet(text, medium)
            # (on ABC's "This Week" since: the network's programme the interview went on in)
            shows = [o for o in programmes if o.name.startswith(network.name) and o.span.start < lo]
            return shows[-1] if shows else network
    return None


def _given_to(given: dict[str, tuple[Outlet, int] | None], source: Source) -> tuple[Outlet, int] | None:
    """The outlet a source's last statement went to, however the article named it then: a person
    first met by surname (Sarandon told MSNBC) and named in full since (the actress: Susan Sarandon)."""
    if source.name in given:
        return given.get(source.name)
    if source.kind == "anonymous":
        return _given_to_group(given, source)
    if source.kind != "person":
        return None
    mine = source.name.split()
    for name in reversed(list(given)):
        theirs = name.split()
        short, full = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
        if short != full and full[-len(short):] == short and " and " not in f" {name} ":
            return given[name]
    return None


def _given_to_group(given: dict[str, tuple[Outlet, int] | None], source: Source) -> tuple[Outlet, int] | None:
    """An unnamed source's share of an outlet its kind went to last: "One security source said" after
    "a security source and a source briefed on the talks told Reuters", "One official said" after
    "Two officials told Reuters" (the same report goes on)."""
    def heads(name: str) -> set[str]:
        words = [_fold_word(w) for w in re.findall(r"[\w'’-]+", name)]
        return {w.rstrip("s") if w.endswith("s") and w.rstrip("s") in _set("anonymous.txt") else w
                for w in words if w in _set("anonymous.txt")}
    mine = heads(source.name)
    if not mine:
        return None
    for name in reversed(list(given)):  # a group of that kind: two named together, or a plural
        words = [_fold_word(w) for w in re.findall(r"[\w'’-]+", name)]
        group = "and" in words or any(w.endswith("s") and w in _set("anonymous.txt") for w in words)
        if group and given[name] is not None and mine & heads(name):
            return given[name]
    return None


def resolve(doc: Document, frames: list[Frame], resolver: Resolver) -> list[Attribution]:
    """Frames in reading order to attributions: sources resolved, outlets carried over continuations."""
    text, out = doc.text, []
    sentence_starts = [lo for lo, _ in _sentences(doc)]
    occasions = _occasions(doc, frames)
    journalists, programmes = _journalists(text), []  # (and the programmes outlets have named so far)
    given: dict[str, tuple[Outlet, int] | None] = {}  # source name -> the outlet of its last statement, and where
    interviews: dict[str, tuple[Outlet, int] | None] = {}  # the same, platforms (a post) left out
    last_sentence, sentence_source, sentence_outlet = None, None, None
    genders: dict[int, str] = {}  # id(entity) -> f | m, as the text has told it so far
    own = 0  # the rules' own records so far: how far an outlet carries is counted in them, not in alternatives
    last_end = 0  # where the last of the rules' own statements ends (its content, cue or speaker)
    for f in frames:
        claim = _finish(text, f.claim[0], f.claim[1], doc)
        if claim is None:
            continue
        sentence = bisect_right(sentence_starts, f.cue[0])  # which sentence: an implied subject stays in it
        if sentence != last_sentence:
            last_sentence, sentence_source, sentence_outlet = sentence, None, None
        speaker_span, outlet_span = f.speaker, f.outlet
        host = f.notes.get("host")
        if host is not None:
            outlet_span = outlet_span or host.outlet or _speaker_medium(text, host.speaker) or host.speaker
        if f.cited is not None:  # Reuters, citing officials, said: the officials speak through Reuters
            outlet_span, speaker_span = outlet_span or f.speaker, f.cited
        plain = f.notes.get("plain")
        # An alternative is resolved on a copy: what the article's entities are stays the rules' reading.
        # (so is a group named in a restrictive relative, voters who said ...: it is no one a later
        # "he" or "the group" points back to)
        aside = plain or f.notes.get("restrictive")
        reader = copy.deepcopy(resolver) if aside else resolver
        if f.cited is not None and f.speaker is not None:
            # the relaying medium is one of the article's entities: a later "citing Sawt
            # al-Janub" names the "Sawt al-Janub news website" met here, not a person
            reader.lookup(text[f.speaker[0]:f.speaker[1]])
        # who "he" or "she" names: the speaker, or the subject of the clause a participle hangs on
        # (She rejected the plan, calling it ...)
        named = speaker_span if speaker_span is not None else \
            f.notes.get("subject") if f.form == "continuation" and sentence_source is None else None
        pronoun = named is not None and text[named[0]:named[1]].lower() in ("he", "she")
        topic = _topic_person(reader, text, sentence_starts, last_end, named[0], genders) if pronoun else None
        source = _source_of(text, f, speaker_span, reader, sentence_source, dict(genders) if aside else genders, topic)
        if pronoun and _told_by_name(text, *f.cue, source):
            source = _other_person(reader, source, text[named[0]:named[1]].lower(), genders) or source
        if source.kind == "unspecified" and pronoun:
            subject = _last_named_subject(text, f.start if speaker_span is not None else named[0],
                                          _genders().get(text[named[0]:named[1]].lower()))
            if subject is not None:  # he said, no one having spoken yet: the person the narration was about
                source = reader.resolve(subject)
        if plain:  # a second opinion: what later frames inherit is the rules' own reading
            out.append(Attribution(Span.of(text, *claim), Span.of(text, *f.cue),
                                   Span.of(text, *speaker_span) if speaker_span else None,
                                   source, _outlet(text, outlet_span), _direct(doc, claim),
                                   negated=f.notes.get("negated", False), alternative=plain))
            continue
        if speaker_span is not None and f.form != "unspecified" and not aside:
            _note_gender(genders, resolver.last, text[speaker_span[0]:speaker_span[1]], source.role)
        if f.form != "unspecified" and not aside:
            sentence_source = source
        outlet = _outlet(text, outlet_span)
        if outlet is None and speaker_span is not None and source.kind != "unspecified":
            outlet = _outlet(text, _speaker_medium(text, speaker_span))  # Alex Horton of the Washington Post
        if outlet is None and f.form == "continuation":
            # posted a photo on Facebook, writing ...; told MSNBC ..., asking him ...: what the clause
            # before the participle names, else the outlet of the statement it continues (rule 3)
            medium = _occasion_medium(text, sentence_starts[sentence - 1], f.cue[0], bare=True)
            outlet = _outlet(text, medium) if medium is not None else sentence_outlet
        if outlet is None:
            outlet = _journalist_outlet(text, journalists, programmes, sentence_starts, sentence, claim)
        if outlet is None and not f.channel:
            outlet = _occasion_outlet(text, occasions, sentence, source)
        carried = _given_to(given, source) if source.name else None
        reach = CARRY_PLATFORM_OVER if carried is not None and _is_platform(carried[0].name) else CARRY_OUTLET_OVER
        if carried is not None and _is_platform(carried[0].name) and not _goes_on_posting(text, f):
            # tweeted ...; "...," he said later: a post is no interview that goes on (but the interview
            # the post came between goes on: on "This Week" ..., wrote on Facebook ..., "...," he said)
            carried = interviews.get(source.name)
            reach = CARRY_OUTLET_OVER
        if outlet is None and carried is not None and not f.channel and own - carried[1] <= reach:
            outlet = carried[0]  # the same speaker, plainly continuing the same interview (rule 3)
        cue = _cue_span_of_colon(text, f) if f.form == "headline" else f.cue
        att = Attribution(Span.of(text, *claim), Span.of(text, *cue),
                          Span.of(text, *speaker_span) if speaker_span else None,
                          source, outlet, _direct(doc, claim), negated=f.notes.get("negated", False))
        out.append(att)
        own += 1
        if outlet is not None and outlet.span is not None and _programme_name(outlet.span.text):
            programmes.append(outlet)
        sentence_outlet = outlet if f.form != "unspecified" else sentence_outlet
        last_end = max(last_end, f.claim[1], f.cue[1], f.speaker[1] if f.speaker else 0)
        if source.name and f.form != "unspecified":
            given[source.name] = (outlet, own - 1) if outlet is not None else None
            if outlet is None or not _is_platform(outlet.name):
                interviews[source.name] = given[source.name]
    return out


# a person's name of two or three words as the subject of a verb (Mukasey criticized, Ana Lima has), an
# appositive or a comma between them or not (Ana Lima, the union leader, spoke; The mayor, Tom Reyes,
# visited): a verb after the name or its appositive (a form in -ed or -s, or an irregular past:
# irregular_past.txt), no word that opens a phrase or a clause of its own (Ana Lima and ..., Tom Reyes of ...)
# (the appositive between commas or dashes: Chris Christie – a Dallas fan – gave)
# (a party and state in brackets first, Sean Duffy (R-Wis.) spoke; an adverb last, Ana Lima also spoke:
# subject_adverbs.txt)
@lru_cache(maxsize=None)
def _verb_after() -> str:
    return (r"(?:\s+\([^()\s]{1,12}\))?"
            r"(?:,\s+(?:an?|the|his|her)\s[^,.;:\"“”]{1,60},|\s+[—–]\s+[^—–.;:\"“”]{1,60}?\s+[—–]|,)?"
            rf"(?:\s+{_phrases('subject_adverbs.txt')})?"
            r"\s+(?:has\s+|had\s+|was\s+|is\s+)?(?:been\s+)?(?P<verb>[a-z]{3,})\b")  # (has been asked)


@lru_cache(maxsize=None)
def _verb_after_re() -> re.Pattern:
    return re.compile(_verb_after())


# The abbreviated titles written before a surname (Mrs. Clinton, Sen. Cruz): a person's name.
_SHORT_TITLE = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s+"


@lru_cache(maxsize=None)
def _named_subject() -> re.Pattern:
    # (a title and a surname alone name a person too: Mrs. Clinton shares ...)
    return re.compile(rf"(?<![\w'’.-])({_SHORT_TITLE}[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){{0,2}}"
                      rf"|[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){{1,2}})(?![\w'’-])(?={_verb_after()})")


def _last_named_subject(text: str, pos: int, gender: str | None = None) -> str | None:
    """The last person named as the subject of a verb before ``pos``, within a few paragraphs:
    who a "he said" points to when the narration, not a statement, introduced them; not one whose
    title or given name is of the other ``gender`` (Senator Bernie Sanders advocates ...; Mrs.
    Clinton seeks ... . He calls for ...: Sanders)."""
    lo = max(0, pos - 1500)
    for m in reversed(list(_named_subject().finditer(text, lo, pos))):
        if _a_person_does(m.group(1), m.group("verb")) and (gender is None or _gender_of_name(m.group(1)) in (None, gender)):
            return m.group(1)
    return None


def _gender_of_name(name: str) -> str | None:
    """What a name's first word tells of its gender: a title (Mrs., Mr.) or a given name."""
    first = _fold_word(name.split()[0].rstrip("."))
    return _genders().get(first) or _first_names().get(first)


def _a_person_does(name: str, verb: str) -> bool:
    """Whether a name before a verb is a person doing something: a verb in -ed or -s or an
    irregular past, not a phrase's word (likened to Bernard Manning over ...: an object)."""
    if verb in _phrase_openers() or not (re.search(r"(?:ed|s)$", verb) or verb in _set("irregular_past.txt")):
        return False
    parsed = parse_mention(name)
    return parsed.kind == "person" and bool(parsed.name) and _fold_word(name.split()[0]) not in _not_a_first_name()


@lru_cache(maxsize=None)
def _phrase_openers() -> frozenset[str]:
    """Words that open a phrase or a clause of their own: never the verb after a subject."""
    return _set("prepositions.txt") | _set("determiners.txt") | _set("connectives.txt") \
        | _set("relatives.txt") | {"or", "nor"}


@lru_cache(maxsize=None)
def _not_a_first_name() -> frozenset[str]:
    """Capitalised words that open a sentence but never a person's name (The, But, Yesterday)."""
    return _set("determiners.txt") | _set("connectives.txt") | _set("time.txt")


# a sentence that opens with a person's name, possessive or not: Carson's plan ..., Mr. Reid met ...
# (after a connective or a fronted phrase: "Since launching his bid, Trump has taken a stance")
_TOPIC_NAME = re.compile(r"(?:(?:But|And|Yet|Still|Then|Now|So|Instead),?\s+|[A-Z][^,.;:!?\"“”\n]{0,80}?,\s+)?"
                         rf"((?:{_SHORT_TITLE})?[A-Z][a-z-]+(?:['’][A-Z][a-z]+)?(?:\s+[A-Z][a-z-]+){{0,2}})"
                         r"(?:['’]s)?(?=[\s,])")


# a he/she speaker in a clause the sentence's subject governs (Sanders exaggerates when he says ...)
_SUBORDINATE_PRONOUN = re.compile(r"\b(?:when|as|because|while|after|before|if|since|although)\s+\Z")


def _topic_person(resolver: Resolver, text: str, sentence_starts: list[int], lo: int, pos: int,
                  genders: dict[int, str]):
    """The known person the narration last put at the head of a sentence between the last
    statement (ending at ``lo``) and a he/she speaker at ``pos``: whom the pronoun most likely
    means (Carson's endorsement of his team came with caveats. He may add staff, he said).
    Someone not heard from yet counts only as the subject of the sentence just before the
    pronoun's (Ben Carson refused to choose. "I predict a winner," he said) or of the pronoun's own
    (Sanders exaggerates when he says ...)."""
    found = None
    own = max((s for s in sentence_starts if s <= pos), default=0)
    before = max((s for s in sentence_starts if s < own), default=None)
    for i, start in enumerate(sentence_starts):
        if start < lo or start >= pos:
            continue
        end = min(sentence_starts[i + 1] if i + 1 < len(sentence_starts) else len(text), pos)
        head = _sentence_head(text, start, end)
        if head is None:
            continue
        name, name_end, verb = head
        parsed = parse_mention(name)
        if parsed.kind != "person" or not parsed.name:
            continue
        entity = resolver._known(parsed)
        subordinate = start == own and _SUBORDINATE_PRONOUN.search(text, start, pos) is not None
        if entity is None and (start == before or subordinate) and verb is not None and _a_person_does(name, verb):
            resolver.lookup(name)  # met in the narration: an entity now, not yet a speaker
            entity = resolver._known(parsed)
        # (otherwise a person the article has not yet heard from: not someone who spoke before)
        found = entity if entity is not None and entity.kind == "person" and not _plural(entity.name) else None
        if found is not None:  # Mrs. Clinton: the title tells the gender there and then
            _note_gender(genders, found, name, None)
    return found


def _sentence_head(text: str, start: int, end: int) -> tuple[str, int, str | None] | None:
    """The person a sentence opens with (after an opening phrase), where the name ends, and the
    verb after it: a name at the head (Trump eased his tone), else the clause's subject past its
    apposition (Former governor Ed Rendell, one of her supporters, was more resolute)."""
    if text[start:start + 1] in OPEN_QUOTES:
        return None  # a quotation's words are its speaker's, not the narration turning to someone
    m = _TOPIC_NAME.match(text, start)
    if m is not None and m.end(1) <= end and _names_a_person(m.group(1)):
        does = _verb_after_re().match(text, m.end(1))
        verb = does.group("verb") if does else None
        first = re.search(r"(?<![\w'’-])[a-z][\w'’-]*", does.group()) if does else None  # (has taken: "has")
        if first is not None and (_verb_like(first.group()) or _verb_like(verb)) or re.match(r"['’]s\s", text[m.end(1):end]):
            return m.group(1), m.end(1), verb  # (Carson's plan came ...: whose plan names the topic too)
    subject = _clause_subject(text, start, end, coordinated=False)  # whom the sentence is about: its first subject
    if subject is None or not text[subject[0]:subject[0] + 1].isupper():
        asked = _ASKED.search(text, start, end)  # The rancor is such that Mr. Trump was asked about it
        return (asked.group(1), asked.end(1), "asked") if asked and _names_a_person(asked.group(1)) else None
    name = text[subject[0]:subject[1]]
    verb = re.match(r"(?:\s*,[^,;:\"“”]{1,100},)?\s+([a-z][\w'’-]*)", text[subject[1]:end])
    return (name, subject[1], verb.group(1) if verb else None) if _names_a_person(name) else None


def _verb_like(word: str) -> bool:
    """Whether a word after a name can be its verb: a form in -ed or -s, an irregular past, a form of
    "be" or an auxiliary (not Former Pennsylvania governor ...)."""
    return word not in _phrase_openers() and (re.search(r"(?:ed|s)$", word) is not None or _verb_marker(word))


# a person put a question in the narration: the next "he said" is most likely the answer
_ASKED = re.compile(rf"(?<![\w'’.-])((?:{_SHORT_TITLE})?[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){{0,2}})"
                    r"\s+(?:was|were|had\s+been|has\s+been)\s+asked\b")


def _names_a_person(words: str) -> bool:
    """Whether a sentence's capitalised opening can name a person: not a pronoun, an indefinite
    (None has ...), a determiner, a connective, a time, or a lone verb form (Asked on Fox ...)."""
    first = _fold_word(words.split()[0])
    if first in _pronouns() or first in ("i", "we", "you") or first in _not_a_first_name() \
            or first in _set("indefinites.txt") or first in _set("prepositions.txt") \
            or first in _set("subordinators.txt"):  # (With mixed results ..., In Seattle, ...: a phrase)
        return False
    return not (len(words.split()) == 1 and re.search(r"(?:ed|ing)$", first))


def _source_of(text: str, frame: Frame, speaker: tuple[int, int] | None, resolver: Resolver,
               sentence_source: Source | None, genders: dict[int, str] | None = None, topic=None) -> Source:
    if frame.form == "unspecified":
        return Source("", "unspecified")
    if speaker is not None:
        if frame.notes.get("anonymous") and speaker == frame.speaker:
            return resolver.resolve(text[speaker[0]:speaker[1]], "anonymous")  # X, speaking on condition of anonymity
        # (a role noun's holder is sought in the few paragraphs before it)
        return _mention(resolver, text[speaker[0]:speaker[1]], genders, topic,
                        text[max(0, speaker[0] - ROLE_HOLDER_REACH):speaker[0]])
    quoted_by = frame.notes.get("quoted_by")
    if quoted_by is not None:  # the quotation goes on: its speaker, not a clause's after its cue
        return _mention(resolver, text[quoted_by[0]:quoted_by[1]], genders)
    if sentence_source is not None:
        return sentence_source  # X said ..., adding ...: whoever spoke in this sentence
    subject = frame.notes.get("subject")
    if subject is not None:
        # X hit back, saying ...: the clause's subject (a pronoun's antecedent may not have spoken yet)
        return _mention(resolver, text[subject[0]:subject[1]], genders, topic,
                        text[max(0, subject[0] - ROLE_HOLDER_REACH):subject[0]])
    return resolver.implied()


def _direct(doc: Document, claim: tuple[int, int]) -> bool:
    """Quoted: the claim opens a quotation and closes one (the same, or one it resumed)."""
    first, last = doc.quote_at(claim[0]), doc.quote_at(claim[1] - 1)
    return first is not None and first.start == claim[0] and last is not None and last.end >= claim[1]
