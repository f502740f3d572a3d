"""Arabic attribution rules.

Arabic news reports speech mostly verb-first (VSO: أكد مدير المرصد أن ...),
also subject-first after كان or a relative (وكانت مصادر ... أكدت، المرصد الذي
أشار), with the subject dropped when the last speaker goes on (وقال:، مضيفاً),
and with prepositional cues that trail the content (... بحسب المرصد). The
rules below read a sentence from each cue outwards: speaker, outlet, content.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import arabic_forms, lexicon
from .arabic_forms import Verb, object_forms, past_forms, verbs
from .document import Document
from .records import Attribution, Outlet, Source, Span
from .resolve import Parsed, Resolver, clean
from .segment import MAX_SENTENCE_CHARS

LANG = "ar"
Q_OPEN = "“”\"«„"
_CONSEQUENCE = frozenset({"ما", "مما"})  # a clause of what followed: ما أسفر عن، مما أدى إلى
_AFFILIATION_LINKS = frozenset({"في", "من", "لدي", "داخل", "عن"})  # folded: لدى → لدي
_LINK = re.compile(r"(?:لـ|ل(?=[“”\"«(])|مع\s+|عبر\s+|على\s+|إلى\s+|في\s+)\s*")  # longer hosts are cut to their last clause
_WORD = r"[\w\u0640]+"
_PRONOUN_PHRASE = re.compile(r"(?:بشأن|حول|إزاء|من|تجاه|على|عن|ب|ل)(?:ه|ها|هم|هما)")
_SAME = re.compile(r"\s+(?:ذاتها|نفسها|عينها|ذاته|نفسه|عينه)$")
_CITING = ("نقلا", "استنادا")  # X reported, citing Y: Y is the source, X the outlet (guide, rule 4)
_PUBLISHED = re.compile(r"\s*[،,]?\s*(?:نشرتها|نقلتها|بثتها|أوردتها|أدلى بها|أدلت بها|نشرته|نقلته|بثته|أورده)(?:\s+(?:لـ?|إلى))?")
# (في بيان نقلته وكالة ...: a statement noun may be masculine; ، نشرته ...: the clause may follow a comma)
_BROADCAST = re.compile(r"(?<![\w\u0640])(?:على|عبر)\s+(?:(?P<screen>شاشة|أثير|هواء)(?![\w\u0640])|(?=(?:ال)?(?:قناة|إذاعة|تلفزيون|راديو|فضائية)))")
# (على شاشة "الأفق"، عبر أثير إذاعة الأفق، على قناة الأفق: the channel a programme or a call went out on)
_OCCASION_WITH_PRONOUN = r"(?<![\w\u0640])(?:لدى|عند|إبان|فور)\s+[\w\u0640]{2,}(?:ه|ها|هم|هما)(?![\w\u0640])"
# (وقال X لدى ترؤسه اجتماعا ...، عند استقباله وفدا ...، فور وصوله: the occasion, its verbal noun with
# the speaker's pronoun, not more of his name; سفير X لدى مالي has no pronoun and stays a title)
_DEFINITE_MEDIA_HEADS = frozenset(lexicon.fold(w) for w in ("الوكالة", "الصحيفة", "الجريدة", "المجلة", "القناة"))
_QUESTION = re.compile(r"(?:في\s+(?:معرض\s+)?رد(?:ه|ها|هم|هما)\s+على|رد(?:ا|اً|ًا)\s+على)\s+(?:سؤال|أسئلة|استفسار|استفسارات)"
                       r"(?:\s+(?:وجهت(?:ه|ها)|طرحت(?:ه|ها)|وجهه|وجهها|طرحه|طرحها)(?:\s+(?:له|لها|لهم|عليه|عليها|عليهم|إليه|إليها))?)?"
                       r"(?:\s+(?:لـ?|من))?\s*")
# (ردا على سؤال لـ"الأفق"، في رده على استفسار "الأفق"، ردًا على سؤال وجهته له صحيفة الأفق: the
# medium that asked is the one the answer was given to, the outlet)
_ASKED_ABOUT = re.compile(r"\s(?:حول|بشأن|بخصوص|يتعلق|تتعلق)(?![\w\u0640])")  # سؤال صحيفة الأفق حول ...: what it asked
_CARRIED = re.compile(r"و?(?:نقلته|نقلها|نشرته|نشرها|بثته|بثها|أوردته|أوردها)(?![\w\u0640])")  # ونقلته شبكة ...
_COMMENTARY = re.compile(r"[،,]\s*(?:[\w\u0640]+\s+(?:بذلك|بهذا)|(?:بالرغم|وبالرغم|على الرغم) من أن)(?![\w\u0640])"
                         r"|(?:[،,]\s*|\s)وذلك\s+(?:بعد|خلال|غداة|عقب|إثر|اثر|رد[اًً]+\s+على)(?![\w\u0640])")
# (...، وذلك بعد اجتماعه بالوزير، ... وذلك ردا على تصريحات ...: when and why it was said, the reporter's)
# ، واضعة بذلك ...، بالرغم من أن ...: the reporter's gloss or concession after what was said
_NEGATED_COMPLEMENT = re.compile(r"ب?ألا(?![\w\u0640])")  # ألا، بألا: أن + لا
_SPACE = re.compile(r"[\s،,]*")
_ACCUSATIVE = re.compile(r"[\w\u0640]{2,}(?:ا\u064b|\u064bا|\u064b)[^\w\u0640]*$")  # معارضاً، مقرًا: tanween fath
_MAX_SUBJECT_WORDS = 4  # object readings: a subject of at most this many words (وزير الخارجية الروسي سيرغي)
_MIN_SAID_WORDS = 7  # a quotation this long inside a speaker is what was said, not a quoted name
_MAX_ASIDE_WORDS = 24  # في رده على سؤال يتعلق بموعد ...: an aside between speaker and content, to its comma


def _lex(name: str) -> list[str]:
    return lexicon.lines(LANG, name)


@lru_cache(maxsize=None)
def _words_re(name: str) -> re.Pattern:
    """Whole words from a lexicon, with an optional و/ف clitic in front."""
    return re.compile(rf"(?<![\w\u0640])(?:{lexicon.alternation(_lex(name))})(?![\w\u0640])")


def _document_nouns() -> list[str]:
    """The documents content can stand in (وجاء في البيان أن): documents.txt, statement_nouns.txt
    and found_in_documents.txt."""
    return sorted(set(_lex("documents.txt")) | set(_lex("statement_nouns.txt")) | set(_lex("found_in_documents.txt")))


@lru_cache(maxsize=None)
def _document_words() -> frozenset[str]:
    """The document nouns, folded, with their article and without."""
    words = {lexicon.fold(w) for w in _document_nouns()}
    return frozenset(words | {w[2:] for w in words if w.startswith("ال")} | {"ال" + w for w in words})


def _found_in() -> str:
    """وجاء في البيان، ورد في تقرير، وجاء ذلك في بيان، جاء ضمن رسالة: a verb of standing in
    (found_in_verbs.txt), في or ضمن, and a document noun, its article or pronoun with it."""
    return (rf"[وف]?(?:{lexicon.alternation(_lex('found_in_verbs.txt'))})(?:\s+(?:ذلك|هذا|هذه))?\s+(?:في|ضمن)\s+"
            rf"(?:ال)?(?:{lexicon.alternation(_document_nouns())})(?:ه|ها|هم|هما)?(?![\w\u0640])")


@dataclass(frozen=True)
class Patterns:
    cue: re.Pattern
    adverb: re.Pattern  # an adverb of time or manner, or a date (الجمعة 24/10/2025)
    date: re.Pattern
    marker: re.Pattern
    outlet_quoted: re.Pattern
    outlet_named: re.Pattern
    statement: re.Pattern
    statement_noun: re.Pattern
    statement_adjective: re.Pattern  # صحفي، خاص، تلفزيونية after a statement noun
    anonymity: re.Pattern
    object_opener: re.Pattern
    adjunct: re.Pattern
    relative: re.Pattern
    opener: re.Pattern
    stance: re.Pattern
    relay_marker: re.Pattern
    kana: re.Pattern
    platform: re.Pattern
    platform_phrase: re.Pattern  # على «تويتر»، عبر حسابه على منصة إكس


@lru_cache(maxsize=None)
def patterns() -> Patterns:
    verb_forms = lexicon.alternation(sorted(verbs()))
    cue = re.compile(
        rf"(?<![\w\u0640])(?:(?P<document>{_found_in()})|(?:[وف](?=\S))?(?:"
        rf"(?P<according>{lexicon.alternation(_lex('according.txt'))})(?:(?<=[لـ])(?<!قال)|(?![\w\u0640]))"
        # (وفقاً لـالشرطة: the preposition ل may be glued to the name; كما قال is a verb, whole:
        # كما قالت الشرطة is not كما قال + «ت الشرطة»)
        rf"|(?P<participle>{lexicon.alternation(_participle_forms())})(?![\w\u0640])"
        rf"|(?P<verb>{verb_forms})(?![\w\u0640])"
        r"))")
    media_heads = lexicon.alternation([m for m in _lex("media.txt")])
    # للجزيرة، للعربية نت: لـ + a medium's name that has the article, which the ل absorbs;
    # not الإعلام (قال للإعلام is "told the media", no outlet)
    absorbed = lexicon.alternation([m[2:] for m in _lex("media.txt") if m.startswith("ال") and m != "الإعلام"])
    date = _date_pattern()
    # في هذا الصدد، بهذه المناسبة: a discourse adverbial (demonstrative_adverbials.txt)
    discourse = rf"[وف]?(?:{lexicon.alternation(_lex('demonstrative_adverbials.txt'))})"
    return Patterns(
        cue=cue,
        adverb=re.compile(rf"(?:{date}|(?:{lexicon.alternation(_lex('adverbs.txt'))})(?:\s+{date})?"
                          rf"|{discourse})(?![\w\u0640])"),
        date=re.compile(date),
        marker=re.compile(rf"(?:{lexicon.alternation(_lex('markers.txt'))})(?![\w\u0640])"),
        outlet_quoted=re.compile(rf"لـ?\s*[{Q_OPEN}(]"),  # لـ"الشرق الأوسط"، ل(وات)
        outlet_named=re.compile(rf"(?:لل(?=(?:{media_heads})|(?:{absorbed})(?![\w\u0640]))"
                                r"|لـ\s*(?=[A-Za-z])|"  # لـ CNN
                                rf"لـ?(?=(?:ال)?(?:{media_heads}))|مع\s+(?=(?:ال)?(?:{media_heads})))"),
        statement=re.compile(rf"(?:{lexicon.alternation(['في', 'خلال', 'عبر'])})\s+(?:ال)?(?:{lexicon.alternation(_lex('statement_nouns.txt'))})"
                             rf"(?:\s+(?:{lexicon.alternation(_lex('statement_adjectives.txt'))})ة?)?(?:\s+(?:له|لها|لهم))?(?![\w\u0640])"),
        statement_adjective=re.compile(rf"\s+(?:{lexicon.alternation(_lex('statement_adjectives.txt'))})ة?(?![\w\u0640])"),
        adjunct=re.compile(_words_re("adjunct_openers.txt").pattern + "|" + _OCCASION_WITH_PRONOUN
                           + rf"|(?<![\w\u0640]){discourse}(?![\w\u0640])"),
        anonymity=re.compile(lexicon.alternation(_lex("anonymity.txt"))),
        object_opener=_words_re("object_openers.txt"),
        statement_noun=re.compile(rf"(?<![\w\u0640])(?:{lexicon.alternation(_lex('statement_nouns.txt'))})"
                                  rf"(?![\w\u0640])"),
        relative=_words_re("relative.txt"),
        opener=_words_re("clause_openers.txt"),
        stance=re.compile(rf"عن\s+(?:{lexicon.alternation(_lex('stance_nouns.txt'))})(?![\w\u0640])"),
        relay_marker=re.compile(rf"(?:{lexicon.alternation(_lex('relay_markers.txt'))})(?![\w\u0640])"),
        kana=re.compile(r"(?<![\w\u0640])[وف]?(?:كان|كانت|كانوا)(?![\w\u0640])"),
        # بفيسبوك: the preposition ب stays out of the platform's name
        platform=re.compile(rf"(?:(?<![\w\u0640])|(?<=(?<![\w\u0640])ب))"
                            rf"(?:{lexicon.alternation(_lex('platforms.txt'))})(?![\w\u0640])"),
        platform_phrase=re.compile(
            rf"(?:على|عبر|في)\s+(?:[\w\u0640]+\s+){{0,2}}[{Q_OPEN}]?\s*ب?(?:{lexicon.alternation(_lex('platforms.txt'))})"
            rf"(?![\w\u0640])"),
    )


def _date_pattern() -> str:
    """A written date, which like an adverb of time stands between a speaker and the content
    (الجمعة 24/10/2025، مساء الثلاثاء 11 تشرين الثاني/نوفمبر 2025): a number with slashes, or a
    month's name (months.tsv) with the day's number before it or the year's after it. A month
    alone is no date: some names are common words (آب)."""
    number = r"[\d\u0660-\u0669]"
    months = lexicon.alternation([row[0] for row in lexicon.rows(LANG, "months.tsv")])
    month = rf"(?:{months})(?:\s+(?:الأول|الاول|الثاني))?(?:\s*/\s*(?:{months}))?"
    return (rf"(?:{number}{{1,4}}(?:[/.\-]{number}{{1,4}}){{2}}"
            rf"|{number}{{1,2}}\s+{month}(?:\s+{number}{{4}})?|{month}\s+{number}{{4}})(?![\w\u0640])")


# --------------------------------------------------------------------------
# The sentence walk


def extract(doc: Document, resolver: Resolver) -> list[Attribution]:
    found: list[Attribution] = []
    last_outlet: Outlet | None = None
    headline = _headline(doc, resolver)
    if headline is not None:
        found.append(headline)
    outlets: dict[str, Outlet] = {}  # the report each source was carried by: it goes on (rule 3)
    relays: set[int] = set()  # where the text names a medium relaying a statement (نقلت، وفقاً لما نشرته)
    told: dict[str, Outlet] = {}  # the medium the source speaking now was talking to (لـ"الأفق")
    before: list[Attribution] = []  # the statements of the sentence before
    sentence_before: tuple[int, int] | None = None
    for start, end in doc.sentences:
        if _narrated_verb(doc.text[start:end]) is not None:
            _shifted_subject(doc.text, start, end, resolver)  # وقدم X، رئيس الوزراء، تعازيه، وقال إنه ...
        walk = _Sentence(doc, start, end, resolver, last_outlet, found[-1] if found else None)
        walk.outlets, walk.relays, walk.told = outlets, relays, told
        walk.sentence_before, walk.read_before = sentence_before, before
        read = walk.run()
        found.extend(read)
        last_outlet = walk.last_outlet
        if not read:
            _shifted_subject(doc.text, start, end, resolver)
            walk.open_interview()
            relayed = _relay_sentence(doc.text[start:end])
            if relayed is not None:  # "...". كما نقلت رويترز.
                _trailing_relay_back(before + [_relay_marker(before, relayed, start)])
        _trailing_relay_back(read)
        before = [r for r in read if r.alternative is None]
        if read and not before:  # only readings the scorer may keep: no one's statement for sure
            _silent_speaker(doc.text, start, end, resolver)
        sentence_before = (start, end)
    return found


_RELAY_SENTENCE = re.compile(r"\s*و?(?:كما|حسبما|بحسب\s+ما|وفق\s+ما|وفقا\s+لما|وفقاً\s+لما)\s+"
                             r"(?:نقلت|نقلته|ذكرت|ذكرته|أوردت|أوردته|نشرت|نشرته)\s+(?P<medium>[^.،,:؛]{2,60}?)\s*[.]?\s*$")


def _relay_sentence(sentence: str) -> str | None:
    """A sentence that only says which medium relayed what came before it (كما نقلت «رويترز»)."""
    m = _RELAY_SENTENCE.match(sentence)
    if m is None:
        return None
    medium = clean(m.group("medium"))
    return medium if medium and parse_mention(medium).kind == "media" else None


def _relay_marker(before: list[Attribution], medium: str, at: int) -> Attribution:
    """A stand-in for the last statement before a relay sentence, carrying its medium named after it."""
    last = before[-1] if before else None
    if last is None:
        return Attribution(Span("", at, at), Span("", at, at), None, Source("", "unspecified"), None)
    return replace(last, outlet=Outlet(medium, Span(medium, at, at)), alternative=None)


def _trailing_relay_back(read: list[Attribution]) -> None:
    """قال X إن "..."، مضيفاً: "..."، وفقاً لما نقلته وكالة Y: a medium named after the last statement
    of a sentence, as the one that carried it, carried the sentence's earlier statements of the same
    source too (they are one report). Only within the sentence: outlets go no further back."""
    for i, rec in enumerate(read):
        if rec.outlet is not None or rec.alternative is not None or not rec.source.name:
            continue
        key = lexicon.fold(rec.source.name)
        for later in read[i + 1:]:
            if later.alternative is not None:
                continue
            if same_speaker_key({key: None}, lexicon.fold(later.source.name or "")) is None:
                break  # another source spoke between them
            span = later.outlet.span if later.outlet is not None else None
            if span is not None and span.start >= later.claim.end and later.claim.start > later.cue.start:
                rec.outlet = Outlet(later.outlet.name, None)
                break


def _shifted_subject(text: str, start: int, end: int, resolver: Resolver) -> None:
    """من جانبه، تقدم وزير الخارجية رياض المالكي بالشكر ... : a sentence with no statement that opens
    with a change of protagonist (topic_shifts.txt), a verb and a titled, named person makes that
    person the one the next bare continuation (واقترح ...، قائلاً) speaks for. So does a sentence
    opening with و and a narrated verb (_narrated_verb), when its subject is surely a titled name."""
    opener = re.match(rf"\s*و?(?:{lexicon.alternation(_lex('topic_shifts.txt'))})\s*[،,]\s*\S+\s+", text[start:end]) \
        or _narrated_verb(text[start:end])
    if opener is None:
        return
    subject, apposed = _opening_subject(text[start + opener.end():end])
    subject += apposed
    if len(subject) < 3:
        return
    parsed = parse_mention(" ".join(subject))
    if parsed.kind != "person" or parsed.name == " ".join(subject) and not apposed or len(parsed.name.split()) < 2:
        return
    if opener.re is not _NARRATED and parsed.role or opener.re is _NARRATED and _surely_titled(parsed, subject, apposed):
        resolver.resolve(" ".join(subject))


def _surely_titled(parsed: Parsed, subject: list[str], apposed: list[str]) -> bool:
    """Whether a subject after a bare narrated verb surely names a titled person: a title and a given
    name, or a name and a title set off by commas (وصعّد وزير الخارجية، X، ...؛ وقدم X، رئيس الوزراء،
    ...). A title alone with more words (ورفضت الناطقة الإدلاء بأي تعليق) is a title and an object."""
    name = parsed.name.split()
    if parsed.role and _is_first_name(name[0]):
        return True
    if not apposed:
        return False
    if parsed.role and name == apposed[1:]:
        return True  # the title, then the name between commas
    return name == subject[:-len(apposed)] and lexicon.fold(apposed[1]) in lexicon.entries(LANG, "titles.txt")


_NARRATED = re.compile(r"\s*و([^\s\d،,.:؛]{3,})\s+")


def _silent_speaker(text: str, start: int, end: int, resolver: Resolver) -> None:
    """ووصف أحد الناجين، وهو مندوب رحلات يدعى X، ما شهده. وقال إن ...: a sentence that opens with
    و and a speech verb whose content the rules could not read still names who speaks now; the
    bare continuation after it (وقال إن، وأضاف) is theirs, not the speaker's before."""
    opener = _NARRATED.match(text, start, end)
    if opener is None or lexicon.fold(_unclitic(opener.group(1))) not in verbs():
        return
    subject, apposed = _opening_subject(text[opener.end():end])
    subject += apposed
    if not subject or not _plausible_speaker(" ".join(subject)):
        return
    if resolver.parse(" ".join(subject)).kind in ("person", "anonymous", "organization"):
        resolver.resolve(" ".join(subject))


def _narrated_verb(sentence: str) -> re.Match | None:
    """وتساءل مدير المستشفى سامي داود عن ...: a sentence opening with و and a verb (not a cue: its
    subject is read with it) goes on with the article's story; its subject is who the next bare
    continuation (وقال لبي بي سي، ...، وقال إنه) is about."""
    opener = _NARRATED.match(sentence)
    if opener is None:
        return None
    verb = lexicon.fold(opener.group(1))
    if verb in verbs() or verb.startswith(("ال", "لل")) or verb in _prepositions() or verb in lexicon.entries(LANG, "particles.txt") \
            or verb in lexicon.entries(LANG, "adverbs.txt") or verb in _subject_heads() or verb in _weekdays():
        return None  # وفي، ومنذ، والرئيس: no verb opens it
    return opener


def _opening_subject(rest: str) -> tuple[list[str], list[str]]:
    """The subject right after a sentence's opening verb, and the name set off by commas after it
    (وصعد وزير الخارجية، سامي داود، ...), as two lists of words."""
    subject = _subject_words(rest.split()[:8])
    return subject, _apposition(rest, subject)


def _apposition(rest: str, subject: list[str]) -> list[str]:
    """وصعد وزير الخارجية، سامي داود، من ...: the name between commas after a subject's title."""
    if not subject or not re.match(r"\s*" + r"\s+".join(map(re.escape, subject)) + r"\s*[،,]", rest):
        return []
    after = re.match(r"\s*" + r"\s+".join(map(re.escape, subject)) + r"\s*[،,]\s*([^،,.:؛]{2,60})[،,]", rest)
    words = after.group(1).split() if after else []
    return ["،"] + words if 2 <= len(words) <= 4 else []


def _subject_words(words: list[str]) -> list[str]:
    """The words of a subject right after its verb, up to what is no longer part of it."""
    subject: list[str] = []
    for word in words:
        folded = lexicon.fold(word)
        named = any(not lexicon.fold(w).startswith("ال") for w in subject[1:])
        if re.search(r"[،,:؛]", word) or folded.startswith(("بال", "لل", "بـ")) \
                or named and folded.startswith("ال") and not folded.endswith("ي"):  # المالكي is a family name
            if re.search(r"[،,]$", word) and not folded.startswith(("بال", "لل")):
                subject.append(word.rstrip("،,"))
            break  # a comma, a prepositional object (بالشكر، للسعودية) or a definite object after the name
        if word in _prepositions() or word == "الى" or folded in _prepositions() \
                or subject and folded in lexicon.entries(LANG, "name_breakers.txt"):
            break  # وسخر اللواء الحذيفي من ...: the verb's preposition ends its subject (as written: على is
            # not علي), and so does a time or circumstance (وقال كيري خلال مؤتمر صحفي)
        subject.append(word)
    return subject


def _headline(doc: Document, resolver: Resolver) -> Attribution | None:
    """A headline of the form  X: claim  credits the claim to X (نادي الأسير: إسرائيل اعتقلت ...)."""
    if not doc.sentences:
        return None
    start, end = doc.sentences[0]
    line_end = doc.text.find("\n", start)
    end = min(end, line_end) if line_end != -1 else end
    if doc.title and doc.text[start:end].strip() != doc.title.strip():
        return None
    if not doc.title and (line_end == -1 or doc.text[start:end].rstrip().endswith((".", "؟", "!"))):
        return None  # without a title, only a line standing alone is a headline
    colon = next((i for i in range(start, end) if doc.text[i] == ":" and doc.quote_at(i) is None
                  and not (doc.text[i - 1:i].isdigit() and doc.text[i + 1:i + 2].isdigit())), None)  # 03:01 is a time
    if colon is None:
        return None
    speaker_end = _rstrip(doc.text, start, colon)
    claim_start = colon + 1
    while claim_start < end and doc.text[claim_start].isspace():
        claim_start += 1
    words_before = doc.text[start:speaker_end].split()
    if patterns().cue.search(doc.text, start, speaker_end):
        return None
    if not 1 <= len(words_before) <= 6 or len(doc.text[claim_start:end].split()) < 2:
        return None
    if _dateline(doc.text[start:speaker_end], doc.text[claim_start:end]):
        return None
    speaker = Span.of(doc.text, start, speaker_end)
    claim = Span.of(doc.text, claim_start, _rstrip(doc.text, claim_start, end))
    quote = doc.quote_at(claim.start)
    direct = quote is not None and quote.start == claim.start and quote.end == claim.end
    return Attribution(claim, Span.of(doc.text, colon, colon + 1), speaker,
                       resolver.resolve(speaker.text), None, direct)


def _dateline(before: str, after: str) -> bool:
    """بيروت - (أ ف ب):، الخرطوم: محمد علي: a place, an agency or a byline before the colon, not a speaker."""
    if re.search(r"\s[-–—]\s|[-–—]$|\(", before):
        return True
    words = after.split()
    return len(words) <= 3 and (_is_first_name(words[0]) or lexicon.fold(before.strip()) in lexicon.entries(
        LANG, "states.txt"))


class _Sentence:
    """The cues of one sentence, read left to right."""

    def __init__(self, doc: Document, start: int, end: int, resolver: Resolver,
                 last_outlet: Outlet | None, previous: Attribution | None = None):
        self.doc, self.text = doc, doc.text
        self.start, self.end = start, _strip_stop(doc.text, start, end)
        self.resolver = resolver
        self.last_outlet = last_outlet
        self.previous = previous  # the last attribution made, in this sentence or an earlier one
        self.outlets: dict[str, Outlet] = {}
        self.relays: set[int] = set()
        self.told: dict[str, Outlet] = {}  # the medium the source speaking now was talking to
        self.boundary = start  # nothing left of this belongs to a new claim
        self.cue_floor = start  # cues before this were read as part of another cue
        self.subject_floor = start  # a subject before a verb is looked for right of this
        self.claims: list[Span] = []  # the contents read so far in this sentence
        self.object_reports: set[int] = set()  # cues of reports with a plain object inside another's content
        self.alternatives: list[Attribution] = []  # readings the rules could not choose between (the scorer does)
        self.p = patterns()
        self.cues: list[re.Match] = []
        self.manner_ends: dict[int, int] = {}  # قائلاً read with the verb before it: where it starts and ends
        self.sentence_before: tuple[int, int] | None = None  # the sentence before this one, and
        self.read_before: list[Attribution] = []  # the statements read in it

    def run(self) -> list[Attribution]:
        asides = [a.span() for a in self.p.anonymity.finditer(self.text, self.start, self.end)]
        cues = [m for m in self.p.cue.finditer(self.text, self.start, self.end)
                if not self._quoted(m.start()) and not any(a <= m.start() < b for a, b in asides)
                and not self._in_accordance(m) and not self._forecast(m) and not self._after_preposition(m)
                and not self._after_governor(m)]
        manner = {i for i in range(1, len(cues)) if self._saying_manner(cues[i - 1], cues[i])}
        self.manner_ends = {cues[i].start(): cues[i].end() for i in manner}
        cues = [m for i, m in enumerate(cues) if i not in manner]
        self.cues = cues
        out: list[Attribution] = []
        for i, m in enumerate(cues):
            self._outer_goes_on(out, m.start())
            if m.start() < self.cue_floor or self._resumptive(m):
                continue  # the verb of بحسب ما قال, already read with its cue; a relative clause (still a bound)
            limit = next((c.start() for c in cues[i + 1:] if self._opens_statement(c)), self.end)
            if m.group("document"):
                att = self._document(m, limit)
            elif m.group("according"):
                att = self._according(m, limit)
            elif m.group("participle"):
                att = self._participle(m, limit)
            else:
                att = self._verb(m, limit)
            if att is not None:
                out.append(att)
        out = _nested(out, self.object_reports)
        self._outer_goes_on(out, self.end)
        return out + self.alternatives

    def _outer_goes_on(self, found: list[Attribution], pos: int) -> None:
        """X said that Y told him Z, adding ...: a speaker quoted inside another's content is a layer
        of that content, not the thread of the article; once that content ends (before ``pos``),
        whoever spoke outside it speaks last again, and a continuation (وأضاف، مؤكداً) is theirs."""
        if len(found) < 2:
            return
        outer = next((a for a in found[:-1] if _inside(found[-1].cue, a.claim)), None)  # the outermost layer
        if outer is None or not outer.source.name or outer.claim.end > pos:
            return
        entity = next((e for e in reversed(self.resolver.spoke) if e.name == outer.source.name), None)
        if entity is not None:
            self.resolver.recall(entity)

    def _resumptive(self, m: re.Match) -> bool:
        """مظاهرات تدعو إليها حركة ...، الخطة التي أعلن عنها الجيش: the verb's own preposition with a
        pronoun right after it points back to the noun before, which is what was called for or
        announced; a relative clause of narration, with no content of its own."""
        if not m.group("verb"):
            return False
        verb = verbs().get(lexicon.fold(_unclitic(m.group("verb"))))
        after = re.match(r"\s*([\w\u0640]+)", self.text[m.end():self.end])
        if verb is None or not verb.preposition or after is None:
            return False
        return lexicon.fold(after.group(1)) in {lexicon.fold(verb.preposition) + p for p in ("ه", "ها", "هم", "هما")}

    def _saying_manner(self, before: re.Match, m: re.Match) -> bool:
        """وتابع قائلاً، أردف قائلاً: a participle right after a verb cue says how it was said; the two
        are one cue, read with the verb, not a second statement of the same words. So is قائلاً after
        the verb's subject (وأضاف الوزير قائلاً، ورد المتحدث باسم الجيش قائلاً): a verb of saying
        before it, its subject between them."""
        if not (m.group("participle") and before.group("verb")):
            return False
        between = self.text[before.end():m.start()]
        if not between.strip():
            return True
        words = between.split()
        return lexicon.fold(m.group("participle")).rstrip("\u064b").startswith(lexicon.fold("قائل")) \
            and len(words) <= _MAX_SUBJECT_WORDS + 2 and not re.search(r"[.:؛;،,«»\"“”]", between) \
            and _plausible_speaker(between.strip(" ،,"))

    def _after_preposition(self, m: re.Match) -> bool:
        """من أبرز وجوه المعارضة: after a preposition a verb's shape is a noun (prepositions.txt)."""
        if not m.group("verb"):
            return False
        before = self.text[max(self.start, m.start() - 12):m.start()].split()
        return bool(before) and m.start() > 0 and self.text[m.start() - 1].isspace() and before[-1] in _prepositions()

    def _after_governor(self, m: re.Match) -> bool:
        """ترفض وصف الجماعة، تم كشف الخلية: right after a verb that takes a verbal noun as its object
        (masdar_governors.txt), a bare verb-shaped word is that noun, not a cue of its own."""
        if not m.group("verb") or m.start() == 0 or not self.text[m.start() - 1].isspace():
            return False
        before = self.text[max(self.start, m.start() - 14):m.start()].split()
        return bool(before) and lexicon.fold(before[-1]).lstrip("و") in _masdar_governors()

    def _forecast(self, m: re.Match) -> bool:
        """يتوقع أن يرتفع العدد، الذي كان يتوقع أن يلتقي: "it is expected that", a forecast, no cue
        (data/lexicons/ar/forecasts.txt); nor does it end the content of a statement around it."""
        if not m.group("verb") or lexicon.fold(_unclitic(m.group("verb"))) not in lexicon.entries(LANG, "forecasts.txt"):
            return False
        return bool(re.match(r"\s*أن(?![\w\u0640])", self.text[m.end():self.end]))

    def _in_accordance(self, m: re.Match) -> bool:
        """وفقاً لمعاهدة الأسلحة، بحسب الصيغ القانونية: "in accordance with" a law or a rule, no cue."""
        if not m.group("according"):
            return False
        words = self.text[m.end():self.end].split()[:2]
        if not words:
            return False
        first = lexicon.fold(clean(words[0]))
        if m.group().endswith(("ل", "لـ")) and first.startswith("ل"):
            first = "ا" + first  # وفقاً للقانون: the cue's لـ took the article's ا
        norms = lexicon.entries(LANG, "norms.txt")
        return first in norms or len(words) > 1 and f"{first} {lexicon.fold(clean(words[1]))}" in norms

    # -- the three kinds of cue ------------------------------------------------

    def _verb(self, m: re.Match, limit: int) -> Attribution | None:
        verb = verbs().get(lexicon.fold(_unclitic(m.group("verb"))))
        if verb is None:
            return None
        if self._not_said(m.start(), verb):
            return None  # ولم يوضح المتحدث هوية القتيل: what was not said is no statement
        if self._narrator_aside(m):
            return None  # يذكر أن الدبلوماسي وجد مقتولا: the writer's own background, no one's statement
        if self._describes_evidence(m.start()):
            return None  # لم يقدم أي دليل يؤكد أن ...: a relative clause of the evidence, no one's statement
        cue = Span.of(self.text, m.start(), m.end())
        pos = self._skip(self._past_addressee(self._skip(m.end())))
        outlet, pos = self._outlet(pos)
        after_verb = pos
        if lexicon.fold(verb.past) in _relay_links():  # وكانت وكالة رويترز قد نقلت عن ...: the medium may stand before
            relayed = self._relay(cue, pos, limit, fronted=self._kana_subject(m.start()),
                                  link=_relay_links()[lexicon.fold(verb.past)])
            if relayed is not None or not _THAT_SOON.match(self.text, pos, limit):
                return relayed
            # نقلت صحيفة «الراكوبة اليوم» أن ...: no one quoted, the medium reports as itself
            # (only with أن soon after: نقلت القوات الجرحى is no report)
        speaker = self._kana_subject(m.start())
        if speaker is not None:
            pos = self._past_adjunct(pos)
        fronted = self._fronted_accuser(m, verb, pos, limit, outlet)
        if fronted is not None:
            return fronted
        object_at = None  # وأعلنت استدعاء سفيرها: the verbal noun right after the verb is its object
        implied = False  # the subject is implied, whatever follows the verb
        if speaker is None and self.text[m.start()] not in "وف" and verb.past in _object_verbs():
            before = self._subject_before(m.start())  # لكن بريطانيا أعلنت طرد ...: subject, verb, object
            if before is not None and _plausible_speaker(before.text) and not self.text[before.end:m.start()].strip() \
                    and not re.search(r"[()\-–—:،,]", before.text):  # not a dateline: دبي (CNN) – أكد
                speaker, object_at = before, pos
        if speaker is None:
            speaker, pos, later_outlet = self._subject_after(pos, verb)
            speaker = self._before_accusative(speaker)
            bound = self._before_bound_object(speaker, pos, verb)
            if speaker is not None and bound[0] is None:
                object_at = bound[1]  # وجدد رفضه لـ: the bound object opens the content
            speaker, pos = bound
            outlet = outlet or later_outlet
            first = lexicon.fold(clean(speaker.text.split()[0])) if speaker is not None else ""
            written = clean(speaker.text.split()[0]) if speaker is not None else ""
            stem = re.sub(r"(?:ه|ها|هم|هما)$", "", first) if not written.endswith("ة") else first
            # (منظمة folds to منظمه: its ة is no pronoun, منظم no verbal noun with one)
            if _is_masdar(first) or stem != first and len(stem) >= 3 and _is_masdar(stem):
                object_at = after_verb  # وأعلن دعمه لقرار ...: a verbal noun, with its pronoun or without
            elif _disagrees(m.group("verb"), verb, written):
                speaker, pos = None, after_verb  # وأكدت القبض على ...: a feminine verb's subject is no
                object_at, implied = after_verb, True  # masculine verbal noun: it opens the object, the subject is implied
        outlet = outlet or self._fronted_outlet(m.start())
        if speaker is not None and not _plausible_speaker(speaker.text):
            speaker = None  # وأعلن الأسبوع الماضي أن ...، وتابع بالقول: no subject after the verb
        elif speaker is not None and lexicon.fold(_unclitic(m.group("verb"))) in object_forms() \
                and lexicon.fold(speaker.text)[:1] in ("ل", "ب"):
            speaker = None  # وصفه لاتهامات ...: the preposition opens the object, the subject is implied
        if speaker is None and lexicon.fold(_unclitic(m.group("verb"))) not in object_forms():
            # (الاتفاق الذي اعتبره ...: with its object's pronoun, the verb's relative names the object)
            speaker = self._subject_before(m.start())
            if speaker is not None and not _plausible_speaker(speaker.text):
                speaker = None
        elif (relayed := self._relayed_source(pos, verb)) is not None:
            outlet = self._relayed(Outlet(clean(speaker.text), speaker))  # ذكرت القناة نقلاً عن شهود أن ...
            speaker, pos = relayed
            self.cue_floor = speaker.end  # نقلاً عن is read here, not as a cue of its own
        if self._inside_earlier_claim(m.start()) and not self._explicit_opener(pos):
            nested = self._nested_subject(m.start(), after_verb, verb) \
                if (verb.past in _object_verbs() or verb.preposition) and self._past_tense(m, verb) else None
            if nested is None:
                return None  # نفى أن يكون موكله قد اعترف بأي سرقة: a verb inside what was said
            speaker, object_at = nested
            self.object_reports.add(m.start())
        if lexicon.fold(verb.past) in lexicon.entries(LANG, "bound_cues.txt") and verb.preposition and not re.match(
                lexicon.word_pattern(verb.preposition) + r"(?![\w\u0640])", self.text[pos:pos + 8]):
            return None  # في بيان عبر صفحتها: عبر without عن is "via", not "expressed"
        objects = _bound_objects().get(lexicon.fold(verb.past))
        if objects is not None and not any(re.match(lexicon.word_pattern(o) + r"(?![\w\u0640])", self.text[pos:])
                                           for o in objects):
            return None  # ألقت الشرطة القبض على: ألقى is a cue only with باللوم
        if limit < pos:  # the next cue was an aside of this one (وقال X، وفقاً لما نشرته Y، إن)
            limit = next((c.start() for c in self.cues if c.start() >= pos and self._opens_statement(c)), self.end)
        content = self._content(self._past_light_noun(pos, verb), limit, verb) if not implied else None
        fronted = speaker is not None and speaker.end <= m.start()  # لكن بريطانيا أعلنت طرد ...
        if content is None and verb.past in _object_verbs() and object_at is not None \
                and (self.text[m.start()] in "وف" or fronted):
            content = self._content(object_at, limit, verb, any_start=True)  # else the subject is the last speaker
            speaker = None if content is not None and not fronted else speaker
        if content is None and fronted and self._object_then_preposition(pos, verb):
            content = self._content(pos, limit, verb, any_start=True)  # وكانت الحكومة قد دعت المحتجين إلى ...
        if content is None and verb.past in _object_verbs() and speaker is not None:
            speaker, pos = self._object_subject(speaker, pos)
            content = self._content(pos, limit, verb, any_start=True) if speaker is not None else None
        if content is None:
            self.alternatives += self._object_readings(cue, verb, after_verb, limit, outlet)
            return None
        if self._topic_only(cue, content, verb):
            if speaker is not None:
                self._source(speaker)  # the one commenting is who the next continuation (مؤكدة أن) speaks for
            return None  # علقت السلطات على تصريحات الناشط: the topic, not yet what was said
        if speaker is not None and lexicon.fold(verb.past) in lexicon.entries(LANG, "accusation_verbs.txt"):
            fronted = self._fronted_object(m, verb, speaker, content)
            accused = self._accused(speaker, content) if fronted is None else fronted
            speaker, content = accused if accused[0] != speaker else self._lone_object(m, verb, speaker, content)
        elif speaker is not None and verb.past in _object_verbs() and content.start > speaker.end \
                and not self._explicit_opener(content.start):
            speaker, content = self._object_before_preposition(speaker, content)
        elif speaker is not None and speaker.start > cue.end and content.start > speaker.end:
            speaker = self._without_object(speaker)
        told = self._received_by(cue.end, content.start)
        if told is not None:  # بيان تلقته وكالة ...، مصادر اتصلت بها رويترز: the medium it went to
            outlet = outlet or told[0]
            if speaker is not None and speaker.start < told[1] < speaker.end:
                speaker = self._span(speaker.start, _rstrip(self.text, speaker.start, told[1]))
        elif speaker is not None and lexicon.fold(verb.past) in lexicon.entries(LANG, "telling_verbs.txt"):
            speaker, outlet = self._hearer(speaker, outlet)
        guest = self._guest(speaker.start if speaker is not None else cue.end, content.start)
        if guest is not None:  # أكد فلان ضيف برنامج ... أن: the programme he spoke on
            outlet = outlet or guest[0]
            if speaker is not None and speaker.start < guest[1] < speaker.end:
                speaker = self._span(speaker.start, _rstrip(self.text, speaker.start, guest[1]))
        cited = self._cited_after(content) if speaker is not None else None
        if cited is not None and parse_mention(speaker.text).kind != "person":
            # ذكرت الصحيفة أن القائد قتل، نقلاً عن قناة الجنوب: the one cited is the source, the paper
            # relays it (guide, rule 4), as when نقلاً عن follows the speaker
            outlet = self._relayed(Outlet(clean(speaker.text), speaker))
            speaker = cited
        if speaker is None and self._passive(m, verb, after_verb, content):
            return self._attribution(content, cue, None, Source("", "unspecified"), outlet)
        if speaker is None:
            source = self.resolver.implied()
            outlet = outlet or self.last_outlet
        else:
            unnamed = self.p.anonymity.search(self.text, speaker.start, content.start)
            named = speaker
            if unnamed and unnamed.start() < speaker.end:  # resolve the words before the description
                named = self._span(speaker.start, self._before_description(speaker.start, unnamed.start()))
            source = self._source(named, kind="anonymous" if unnamed else None)
        return self._attribution(content, cue, speaker, source, outlet)

    # -- a document the content stands in ----------------------------------------

    def _document(self, m: re.Match, limit: int) -> Attribution | None:
        """وجاء في بيان لوزارة الخارجية أن ...، ورد في التقرير: «...»: content that stands in a document
        is its issuer's statement. The issuer is named after the document (بيان لـ/صادر عن/أصدرته X,
        بيان وزارة الصحة); a definite document with none named (وجاء في البيان أيضاً أن) is the last
        statement's, or the one a body was just said to issue (أصدر حزب الله بياناً)."""
        cue = Span.of(self.text, m.start(), m.end())
        this = re.match(r"[وف]?\S+\s+(?:ذلك|هذا|هذه)(?![\w\u0640])", m.group())
        gap_end = self._document_gap(m.end(), limit)
        if gap_end is None and not this:
            return None  # وجاء في الحادث، جاء في كلمة واحدة: nothing opens content after the document
        issuer, named_end = self._document_issuer(m, gap_end if gap_end is not None else limit)
        noun = lexicon.fold(re.split(r"\s+", m.group())[-1])
        first = lexicon.fold(clean(issuer.text).split()[0]) if issuer is not None else None
        if first in _document_words():
            noun, issuer = first, None  # نص الرسالة: the letter's text
        if this:
            return self._document_of_before(cue, issuer) if gap_end is None else None
        content = self._content(gap_end, limit, None)
        if content is None:
            return None
        self.cue_floor = max(self.cue_floor, named_end)
        outlet, _ = self._outlet_phrase(m.start() + re.search(r"(?:في|ضمن)\s+\S+$", m.group()).start())  # في تغريدة على منصة إكس، في بيان نشرته وكالة سانا
        if outlet is not None and issuer is not None and outlet.span is not None \
                and issuer.start <= outlet.span.start < issuer.end:
            outlet = None  # the medium that issued it is its source, not its outlet
        if issuer is not None:
            return self._attribution(content, cue, issuer, self._source(issuer), outlet)
        pronoun = re.match(r"\s*(?:له|لها|لهم|لهما)(?![\w\u0640])", self.text[m.end():self.end])
        if not noun.startswith("ال") and not pronoun and not noun.endswith(("ه", "ها", "هم", "هما")):
            return None  # وجاء في بيان أن: a statement no one is said to have made
        issued = self._issued_before(m.start())
        if issued is not None:
            return self._attribution(content, cue, None, self._source(issued), outlet or self.last_outlet)
        source = self.resolver.implied()
        if not source.name:
            return None
        return self._attribution(content, cue, None, source, outlet or self.last_outlet)

    def _document_gap(self, pos: int, limit: int) -> int | None:
        """Where the content opens after a document noun (أن، إن، a colon, a quotation), past its
        adjectives, its issuer and a time word, within a few words and no stop; None when nothing does."""
        for w in re.finditer(r"\S+", self.text[pos:min(limit, pos + 160)]):
            at = pos + w.start()
            if self.text[at] == ":" or self.text[at] in Q_OPEN and self.doc.quote_at(at) is not None:
                return at
            word = re.sub(r"^[،,]", "", w.group())
            if re.fullmatch(r"(?:ب?[أا]ن|إن)(?:ه|ها|هم|هما|نا)?[،,:]?", word):
                return at + (len(w.group()) - len(word))
            if w.group().endswith(":"):
                return at + len(w.group()) - 1
            if w.group()[-1:] in ".؛;!؟?" or self.p.cue.match(self.text, at):
                return None
        return None

    def _document_issuer(self, m: re.Match, end: int) -> tuple[Span | None, int]:
        """Who issued the document of a found-in cue, named between the document and the content
        (بيان لوزارة الخارجية، بيان صادر عن الجيش، رسالة وجهها الوزير إلى نظيره، تقرير للأمم المتحدة),
        and where its name ends; a pronoun (بيان له) or adjectives only name no one."""
        doc_start = m.start() + m.group().rindex(re.split(r"\s+", m.group())[-1])
        stop = re.compile(r"[،,:؛;.]|\s(?:إلى|الى|لدى|حول|بشأن|بخصوص|على|عبر)(?![\w\u0640])").search(self.text, m.end(), end)
        phrase_end = _rstrip(self.text, doc_start, stop.start() if stop else end)
        issued = _issued_by().match(self.text[doc_start:phrase_end])
        if issued is None or not issued.group("issuer").strip():
            return None, phrase_end
        doc = issued.group("doc")
        if issued.group("genitive") is not None and (doc.startswith("ال") or not _issuer_head(issued.group("issuer"))):
            return None, phrase_end
        start = doc_start + issued.start("issuer")
        end_ = self._trim_adverbs(start, phrase_end)
        if end_ <= start or re.fullmatch(r"(?:ه|ها|هم|هما)", self.text[start:end_]):
            return None, phrase_end
        issuer = self._span(start, end_)
        return (issuer, phrase_end) if _plausible_speaker(issuer.text) else (None, phrase_end)

    def _issued_before(self, cue_start: int) -> Span | None:
        """أصدر حزب الله بياناً ... وجاء في البيان: the body a sentence before (or this one) says issued
        a document (issuing_verbs.txt)."""
        start = self.sentence_before[0] if self.sentence_before else self.start
        found = None
        for m in _issuing().finditer(self.text, start, cue_start):
            found = m
        if found is None:
            return None
        at = found.start("issuer")
        issuer = self._span(at, _rstrip(self.text, at, found.end("issuer")))
        return issuer if _plausible_speaker(issuer.text) else None

    def _document_of_before(self, cue: Span, issuer: Span | None) -> Attribution | None:
        """وجاء ذلك في بيان رسمي للجماعة: what the sentence before narrated stands in the issuer's
        document; its main clause (to the first comma) is the content, unless a statement read there
        already credits it (أكد الوزير أن ... . جاء ذلك في كلمة: the same statement, not a second)."""
        if issuer is None or self.sentence_before is None:
            return None
        start, end = self.sentence_before
        start = self._skip_spaces(start, end)
        stop = re.compile(r"[،,؛;:]").search(self.text, start, end)
        claim_end = _rstrip(self.text, start, stop.start() if stop else _strip_stop(self.text, start, end))
        if claim_end <= start or self.text[start] in Q_OPEN or any(
                r.cue.start < claim_end and r.claim.end > start for r in self.read_before):
            return None
        words = self.text[start:claim_end].split()
        if len(words) < 3:
            return None
        return self._attribution(self._span(start, claim_end), cue, issuer, self._source(issuer), None)

    def _before_bound_object(self, speaker: Span | None, pos: int, verb: Verb) -> tuple[Span | None, int]:
        """The subject without the one object that makes a light verb a cue (جدد الرئيس التأكيد على
        أن ...، ألقى الوزير باللوم على): nothing says where a subject ends before a definite noun, but the
        verb's bound object (bound_objects.tsv) never belongs to it; what follows it is read from there."""
        objects = _bound_objects().get(lexicon.fold(verb.past))
        if speaker is None or objects is None:
            return speaker, pos
        folded = {lexicon.fold(o) for o in objects}
        for word in re.finditer(r"\S+", speaker.text):
            if lexicon.fold(clean(word.group())) in folded:
                at = speaker.start + word.start()
                if not word.start():
                    return None, at  # وجدد التأكيد على أن: no subject, the last speaker goes on
                return self._span(speaker.start, _rstrip(self.text, speaker.start, at)), at
        return speaker, pos

    def _past_light_noun(self, pos: int, verb: Verb) -> int:
        """Where the content starts at a bound object: past a noun of saying and its preposition when
        أن follows (جدد التأكيد على أن ...: the content is what was affirmed), else at the object itself."""
        if verb.past not in _light_verbs():
            return pos
        words = list(re.finditer(r"[\w\u0640]+", self.text[pos:min(self.end, pos + 40)]))[:2]
        if len(words) == 2 and words[1].group() in _prepositions() and self._explicit_opener(pos + words[1].end()):
            return self._skip_spaces(pos + words[1].end())
        return pos

    def _object_then_preposition(self, pos: int, verb: Verb) -> bool:
        """After a verb whose subject stood before it, a short object and then the verb's own
        preposition (دعت المحتجين إلى، طالبت الحكومة بـ): the object opens the content."""
        if not verb.preposition:
            return False
        words = self.text[pos:self.end].split()[:4]
        prep = lexicon.fold(verb.preposition)
        return len(words) > 1 and not _opens_clause(words[0]) and any(
            lexicon.fold(w) == prep or len(prep) == 1 and lexicon.fold(w).startswith(prep) and len(w) > 3
            for w in words[1:3])

    def _before_accusative(self, speaker: Span | None) -> Span | None:
        """The subject without the verb's object that follows it (حذرت الشرطة معارضاً من ...، أبلغت
        الوزارة صحفياً بأن): a word marked accusative (tanween fath, ـاً) is never part of the
        subject; when the first word is one, the subject was dropped (the last speaker goes on).
        Inside a relative clause (التي تتخذ مقراً) the accusative belongs to that clause."""
        if speaker is None:
            return None
        for word in re.finditer(r"\S+", speaker.text):
            if self.p.relative.match(speaker.text, word.start()):
                return speaker
            if _ACCUSATIVE.search(word.group()) and lexicon.fold(clean(word.group())) not in lexicon.entries(
                    LANG, "adverbs.txt"):
                end = _rstrip(self.text, speaker.start, speaker.start + word.start())
                return self._span(speaker.start, end) if end > speaker.start else None
        return speaker

    def _object_readings(self, cue: Span, verb: Verb, pos: int, limit: int,
                         outlet: Outlet | None) -> list[Attribution]:
        """Where a cue verb opens no content (no أن, no colon, no quote), the readings of what
        follows it as subject then object (أعرب الوزير عن قلقه، نفت الوزارة أي لقاء، أكد مقتل ...):
        one record per place the subject may end, the first MAX_SUBJECT_WORDS, each tagged with
        what the rules see at the split (``alternative``). The rules cannot tell these apart
        from narration (ألقت الشرطة القبض على) by themselves; the scorer, trained on annotated
        articles, keeps the likeliest reading of a cue or none.
        """
        end = min(limit, self._object_reach(pos))
        words = list(re.finditer(r"\S+", self.text[pos:end]))
        if len(words) < 2 or self.text[pos:pos + 1] in Q_OPEN:
            return []
        folded = [lexicon.fold(clean(w.group())) for w in words]
        continued = self.text[cue.start] in "وف"  # وأكد مقتل ...: the last speaker goes on
        said = lexicon.fold(_unclitic(cue.text))
        present = said[:1] in "يتن" and said[1:].startswith(lexicon.fold(verb.present)[1:])  # تعتبر: "is considered"
        rules_split = _object_start(words)
        known = self._known_prefix(words)
        particles = lexicon.entries(LANG, "particles.txt") | _AFFILIATION_LINKS
        adverbs = lexicon.entries(LANG, "adverbs.txt")
        out = []
        splits = list(range(0 if continued else 1, min(_MAX_SUBJECT_WORDS, len(words) - 1) + 1))
        if splits and splits[-1] < rules_split < len(words):
            splits.append(rules_split)  # مدير الدفاع المدني العميد منير أبو حمرة ارتفاع: a long title and a name
        for k in splits:
            j = k  # the subject's last word: an adverb between subject and object (الشركة أيضاً، الأحد) is neither
            while j and folded[j - 1] in adverbs:
                j -= 1
            if k and (re.search(r"[،,:؛]", self.text[pos:pos + words[k - 1].start()]) or not folded[k]
                      or folded[k - 1] in particles or any(ch.isdigit() for ch in folded[k - 1])
                      or any(f in adverbs for f in folded[:j])):
                break  # an apposition, a clause, a prepositional phrase or a date: no longer one subject
            if k and not j or known and not k:
                continue  # no subject but adverbs; a name met before, right after the verb, is its subject
            if folded[k] in particles or folded[k] in adverbs or folded[k][:1] == "و" \
                    or self.p.stance.match(self.text, pos + words[k].start()) \
                    or folded[k].endswith(("يون", "يين")) or k and _adjective(folded[k]) and folded[k - 1].startswith("ال"):
                continue  # an object is a noun: not a preposition's phrase, an adverb, a second subject
                # (وقضائيون) or the subject's adjective (مسؤولون أمنيون); a stance (أعرب عن قلقه) is the rules'
            subject = self._span(pos, _rstrip(self.text, pos, pos + words[j - 1].end())) if j else None
            if subject is not None and not _plausible_speaker(subject.text):
                continue
            content = self._content(pos + words[k].start(), limit, verb, any_start=True)
            if content is None or len(content.text.split()) < 1:
                continue
            tags = [f"k={min(k, 3)}", f"rules_split={k == rules_split and k > 0}", f"known={k == known and k > 0}",
                    f"object_verb={verb.past in _object_verbs()}", f"mined={_object_rate(verb)}",
                    f"present={present}"]
            if k and (folded[k - 1].startswith(("ال", "وال")) or words[k - 1].group()[-1:] in Q_OPEN):
                tags.append("after_definite")  # a definite noun takes no genitive: what follows it is not part of it
            first = folded[k]
            tags += [name for name, on in (("masdar", _is_masdar(first) or first.startswith("ال") and _is_masdar(first[2:])),
                                           ("possessed", _possessed(first)), ("definite", first.startswith("ال")),
                                           ("preposition", first[:1] in "بل" and not first.startswith("ال")),
                                           ("name_next", _is_name_like(words[k].group())),
                                           ("subject_head", k > 0 and _looks_like_subject([words[0].group()])))
                     if on]
            scratch = copy.deepcopy(self.resolver)  # a reading not chosen must not change who spoke last
            source = self.resolver.implied() if subject is None else _Sentence._with_resolver(self, scratch).\
                _source(subject)
            record = Attribution(content, cue, subject, source, outlet or (self.last_outlet if subject is None else None),
                                 negated=_denies(cue.text))
            out.append(replace(record, alternative="object " + " ".join(tags)))
        return out

    def _object_reach(self, pos: int) -> int:
        """Where an object read after a verb may end: the sentence's next strong stop."""
        m = re.compile(r"[.؛;:!؟?\n]").search(self.text, pos, self.end)
        return m.start() if m else self.end

    def open_interview(self) -> None:
        """ووصف البريكي في تصريح لوكالة تونس إفريقيا للأنباء ... بـ"الغريب": a sentence the rules read no
        statement in, where the last speaker, named again after the opening verb, speaks in a
        statement phrase with an outlet, opens his interview with that medium: his next
        statements went to it (rule 3)."""
        opening = re.match(r"\s*[\w\u0640]+\s+", self.text[self.start:self.end])
        prev = self.previous
        if opening is None or prev is None or not prev.source.name or prev.source.kind == "unspecified":
            return
        statement = self.p.statement.search(self.text, self.start + opening.end(), self.end)
        if statement is None:
            return
        subject = self.text[self.start + opening.end():statement.start()].strip()
        key = lexicon.fold(prev.source.name)
        if not 1 <= len(subject.split()) <= 4 or same_speaker_key({key: None}, lexicon.fold(parse_mention(subject).name)) is None:
            return
        outlet, _ = self._outlet(statement.start())
        if outlet is not None and outlet.name and not self._platform(outlet):
            self.told[key] = self._as_named(outlet, statement.start())

    @staticmethod
    def _with_resolver(walk: "_Sentence", resolver: Resolver) -> "_Sentence":
        other = copy.copy(walk)
        other.resolver = resolver
        return other

    def _received_by(self, start: int, end: int) -> tuple[Outlet, int] | None:
        """A medium the statement went to, named in a relative clause between cue and content
        (في بيان تلقته وكالة الصحافة الفرنسية، ومصادر اتصلت بها رويترز), and where the clause starts."""
        m = _words_re("received_by.txt").search(self.text, start, end)
        if m is None:
            return None
        at = self._skip_spaces(m.end())
        stop = min(self._outlet_end(at), end)
        opener = next((at + w.start() for w in re.finditer(r"\S+", self.text[at:stop])
                       if w.start() and self._explicit_opener(at + w.start())), stop)  # إنها
        stop = _rstrip(self.text, at, opener)
        if stop <= at or parse_mention(self.text[at:stop]).kind != "media":
            return None
        return Outlet(clean(self.text[at:stop]), self._span(at, stop)), m.start()

    def _guest(self, start: int, end: int) -> tuple[Outlet, int] | None:
        """The medium a speaker was the guest of, named between the speaker and the content
        (ضيف بولتيكا، في حلوله ضيفا على قناة ...), and where the guest words start. A guest of a
        titled person (ضيفا على الرئيس) is a visit, not an interview."""
        m = _words_re("guest_phrases.txt").search(self.text, start, end)
        if m is None:
            return None
        at = self._skip_spaces(m.end())
        stop = _rstrip(self.text, at, min(self._outlet_end(at), end))
        if stop <= at or parse_mention(self.text[at:stop]).role:
            return None
        return Outlet(clean(self.text[at:stop]), self._span(at, stop)), m.start()

    def _hearer(self, speaker: Span, outlet: Outlet | None) -> tuple[Span, Outlet | None]:
        """أبلغ مسؤولون حكوميون رويترز: the medium that ends the speaker's words is the one told, the outlet."""
        words = list(re.finditer(r"\S+", speaker.text))
        for k in range(1, len(words)):
            rest = speaker.text[words[k].start():]
            if parse_mention(rest).kind == "media" and _starts_with([lexicon.fold(clean(w.group())) for w in words[k:]],
                                                                   "media.txt"):
                at = speaker.start + words[k].start()
                return (self._span(speaker.start, _rstrip(self.text, speaker.start, at)),
                        outlet or Outlet(clean(rest), self._span(at, speaker.end)))
        return speaker, outlet

    def _source(self, speaker: Span, kind: str | None = None):
        if speaker.start > 0 and self.text[speaker.start - 1] == "ل" and speaker.text.startswith("ل") \
                and not speaker.text.startswith("لل"):
            # وفقاً للشرطة: the cue's لـ took the article's ا; the words name الشرطة
            return self.resolver.resolve("ا" + speaker.text, kind=kind)
        return self._named_source(speaker, kind)

    def _named_source(self, speaker: Span, kind: str | None = None):
        """The source a speaker's words name; المصدر نفسه names again whoever spoke last;
        بيان أصدرته الكتائب names the body that issued it."""
        folded = [lexicon.fold(w) for w in clean(speaker.text).split()]
        if _starts_with(folded, "same_source.txt"):
            return self.resolver.pronoun()
        if folded and folded[0] in ("ضيف", "ضيفه") and parse_mention(speaker.text).name == clean(speaker.text) \
                and any(e.kind == "person" for e in self.resolver.spoke):
            return self.resolver.pronoun("person")  # وأوضح ضيف "بوليتيكا": the guest quoted before, not a new source
        if folded and folded[0] in lexicon.entries(LANG, "anaphoric_officials.txt") \
                and all(_adjective(w) for w in folded[1:]) and any(e.kind == "person" for e in self.resolver.spoke):
            return self.resolver.pronoun("person")  # وقال المسؤول الحكومي: the official named before
        issuer = _issued_by().match(speaker.text)
        if issuer and lexicon.fold(issuer.group("doc")) in lexicon.entries(LANG, "documents.txt") \
                and issuer.group("issuer").strip() \
                and not (issuer.group("genitive") is not None and (issuer.group("doc").startswith("ال")
                                                                    or not _issuer_head(issuer.group("issuer")))):
            # بيان أصدرته الكتائب، بيان للجيش، بيان المديرية (not البيان الختامي: an adjective)
            name = issuer.group("issuer")
            if issuer.group("link") and name.startswith("ل"):
                name = "ا" + name  # بيان للجيش: لـ + الجيش
            return self.resolver.resolve(name, kind=kind)
        return self.resolver.resolve(speaker.text, kind=kind)

    def _passive(self, m: re.Match, verb: Verb, after_verb: int, content: Span) -> bool:
        """اتهم بالضلوع فيها سعوديون: a verb that never goes without its object (object_required.txt),
        with neither an object nor its pronoun before its بـ, is passive: said by no one named."""
        return lexicon.fold(verb.past) in lexicon.entries(LANG, "object_required.txt") \
            and lexicon.fold(_unclitic(m.group("verb"))) not in object_forms() \
            and content.start <= self._skip(after_verb) and bool(verb.preposition) \
            and self._preposition_opens(verb.preposition, content.start)

    def _preposition_opens(self, preposition: str, pos: int) -> bool:
        """بالضلوع، بتهريب، على الفور: the preposition itself, not a word that begins with its letters (بحاح)."""
        if not self.text.startswith(preposition, pos):
            return False
        rest = re.match(_WORD, self.text[pos + len(preposition):])
        word = lexicon.fold(rest.group()) if rest else ""
        return not word or self.text[pos + len(preposition)].isspace() or word.startswith("ال") \
            or _is_masdar(word) or word == "ما"

    def _fronted_accuser(self, m: re.Match, verb: Verb, pos: int, limit: int, outlet) -> Attribution | None:
        """وزير الزراعة يدعو جميع المزارعين إلى الالتزام: subject, verb, object (accusation_verbs.txt): the
        noun phrase right before a verb without و/ف is its subject, and the object with what follows its
        preposition is the claim, as after a VSO speaker."""
        if self.text[m.start()] in "وف" or lexicon.fold(verb.past) not in lexicon.entries(LANG, "accusation_verbs.txt") \
                or not verb.preposition or lexicon.fold(_unclitic(m.group("verb"))) in object_forms():
            return None
        before = self._subject_before(m.start())
        if before is None or self.text[before.end:m.start()].strip() or re.search(r"[()\-–—:،,]", before.text) \
                or not _plausible_speaker(before.text) or self._inside_earlier_claim(before.start):
            return None
        content = self._content(pos, limit, verb, any_start=True)
        prep = re.compile(r"(?<![\w\u0640])" + lexicon.word_pattern(verb.preposition))
        if content is None or content.start != self._skip(pos) or not prep.search(content.text):
            return None
        return self._attribution(content, Span.of(self.text, m.start(), m.end()), before, self._source(before), outlet)

    def _lone_object(self, m: re.Match, verb: Verb, speaker: Span, content: Span) -> tuple[Span | None, Span]:
        """واتهمت حماس بالعمل على ...، وحث المتظاهرين على: a verb that never goes without its object
        (object_required.txt), followed by one short noun phrase and then its بـ/على: the phrase is
        the accused, part of the claim, and the subject is implied."""
        if lexicon.fold(verb.past) not in lexicon.entries(LANG, "object_required.txt") \
                or lexicon.fold(_unclitic(m.group("verb"))) in object_forms() \
                or len(speaker.text.split()) > 2 or re.search(r"[،,]", speaker.text) \
                or speaker.start < m.end() or not self._preposition_between(speaker.end, content.start, verb):
            return speaker, content
        return None, self._span(speaker.start, content.end)

    def _preposition_between(self, start: int, end: int, verb: Verb) -> bool:
        """Nothing but the verb's preposition between two spans, alone or opening a clause with أن
        (ووصف الهجوم بأنه ...: بأن is بـ + أن)."""
        between = self.text[start:end].strip()
        if between in ("", verb.preposition):
            return True
        return verb.preposition == "ب" and re.fullmatch(r"بأن(?:ه|ها|هم|هما)?", between) is not None

    def _accused(self, speaker: Span, content: Span) -> tuple[Span, Span]:
        """اتهم المدعي العام المتهمين بتهريب ...: the accused (or the one urged) opens the claim, not the speaker.

        The speaker ends after a person's name (حث رئيس الوزراء تمام سلام السعودية على)
        or after a complete body or title and its adjectives (اتهمت السلطات الإيرانية
        الحكومة ...); the definite noun or the state that follows is the object.
        """
        words = list(re.finditer(r"\S+", speaker.text))
        adverb = _adverb_inside(words)
        if adverb is not None and _plausible_speaker(" ".join(w.group() for w in words[:adverb[0]])):
            return self._split_object(speaker, content, words[adverb[1]].start())  # اتهمت الوزارة أمس الفصائل بـ
        folded = [lexicon.fold(clean(w.group())) for w in words]
        states = lexicon.entries(LANG, "states.txt")
        complete = (lexicon.entries(LANG, "titles.txt") | lexicon.entries(LANG, "organizations.txt")
                    | states | lexicon.entries(LANG, "media.txt")
                    | {lexicon.fold(e.name) for e in self.resolver.entities})
        person = _person_start(folded)
        for k in range(1, len(words)):
            w = folded[k]
            if person is None and self._indefinite_object(folded, k, complete, words[k].group()):
                return self._split_object(speaker, content, words[k].start())  # وصف الوزير قرار الحكومة بـ
            if person is not None and k > person + 1 and w in states:
                return self._split_object(speaker, content, words[k].start())  # حث تمام سلام السعودية على
            if person is None and self._bare_object(folded, k, complete, words[k].group()):
                return self._split_object(speaker, content, words[k].start())  # اتهمت الشرطة المحلية شابين بـ
            if not (w.startswith("ال") or w in states) or _adjective(w) \
                    or w in lexicon.entries(LANG, "role_modifiers.txt") or w in _not_speakers():
                continue  # الأمين العام: a title's own adjective; السبت: a time word
            if not folded[k - 1].startswith(("ال", "لل")) and folded[k - 1] not in states and person is None:
                continue  # رئيس الوزراء: an indefinite noun takes the definite one after it as its genitive
            if person is not None:
                if k > person + 1 and not _nisba(w) and folded[k - 1] not in ("ابو", "ام", "بن", "ابن", "عبد"):
                    return self._split_object(speaker, content, words[k].start())
                continue  # (أحمد أبو الغيط: the definite word after أبو is the name's own)
            head = folded[:k]
            longer = " ".join(head + [w])
            if any(e == longer or e.startswith(longer + " ") for e in complete):
                continue  # المدعي العام: the title goes on
            while len(head) > 1 and (_adjective(head[-1]) or head[-1] in _not_speakers()):
                head.pop()  # السلطات الإيرانية، السبت: the body, its adjective of origin, a time word
            construct = len(head) == 2 and head[0] in lexicon.entries(LANG, "titles.txt") \
                and head[1].startswith("ال")  # رئيس الوزراء، وزير الخارجية: a title and its genitive
            body = " ".join(head[head.index("باسم") + 1:]) if "باسم" in head[1:] else ""
            spoke_for = body in complete and not any(e.startswith(f"{body} {w}") for e in complete)
            # طالب المتحدث باسم الحركة المجتمع الدولي بـ: the body he speaks for is complete
            if " ".join(head) in complete or construct or spoke_for:
                return self._split_object(speaker, content, words[k].start())
        return speaker, content

    @staticmethod
    def _bare_object(folded: list[str], k: int, complete: set[str], word: str) -> bool:
        """Whether word k, an indefinite noun standing alone (شابين، متظاهرين), is the accused
        right after a complete speaker that ends with a definite word (الشرطة المحلية): a
        definite noun takes no genitive, so the indefinite one after it starts the object."""
        w, before = folded[k], folded[k - 1]
        if k + 1 < len(folded):
            return False  # وزير الداخلية ساجد جاويد: two words the lists lack are a name; the accused
            # is one word, right before the preposition that opens the accusation
        if w.startswith(("ال", "لل")) or not before.startswith("ال") or _adjective(w) \
                or _is_first_name(word) or w in ("ابو", "ام", "بن", "عبد") or w in _not_speakers() \
                or w in lexicon.entries(LANG, "particles.txt") or w in lexicon.entries(LANG, "role_modifiers.txt") \
                or w in lexicon.entries(LANG, "titles.txt") or w[:1] in "بل" or not w.isalpha():
            return False
        head = folded[:k]
        while len(head) > 1 and _adjective(head[-1]):
            head.pop()
        return " ".join(head) in complete

    @staticmethod
    def _indefinite_object(folded: list[str], k: int, complete: set[str], word: str) -> bool:
        """Whether word k opens an object in the construct state (قرار الحكومة، مقتل الجنود) right
        after a complete speaker (الوزير، السلطات الإيرانية): a definite noun takes no genitive."""
        w, before = folded[k], folded[k - 1]
        definite_before = before.startswith("ال") or before in complete or _possessed(before)  # روسيا، خارجيتها
        if w.startswith(("ال", "لل")) or k + 1 >= len(folded) or not folded[k + 1].startswith("ال") \
                or _is_first_name(word) or w in ("ابو", "ام", "بن", "عبد") or w in _not_speakers() \
                or w in lexicon.entries(LANG, "particles.txt") or w in lexicon.entries(LANG, "role_modifiers.txt") \
                or not definite_before or _adjective(w):
            return False
        head = folded[:k]
        while len(head) > 1 and (_adjective(head[-1]) or head[-1] in _not_speakers()):
            head.pop()
        spoke_for = len(head) >= 2 and head[-2] in _AFFILIATION_LINKS | {"باسم"}  # المتحدث باسم الجيش
        return " ".join(head) in complete or head[-1] in complete and (len(head) == 1 or spoke_for)

    def _object_before_preposition(self, speaker: Span, content: Span) -> tuple[Span, Span]:
        """وأعلنت الحركة مسؤوليتها عن الهجوم: a possessed noun or a verbal noun ends the speaker
        and opens the claim, with the preposition and what follows it."""
        if re.search(r"[،,]", speaker.text) and re.search(r"[،,]", self.text[speaker.end:content.start]):
            return speaker, content  # وزير الخارجية، رضوان عيارة، وجود: the comma closed the apposition
        words = list(re.finditer(r"\S+", speaker.text))
        k = _object_start(words)
        if k and (_possessed(lexicon.fold(words[k].group())) or _is_masdar(lexicon.fold(words[k].group()))
                  or _new_body(lexicon.fold(words[k].group()))):  # وانتقدت اللجنة شركة النفط بسبب
            return self._split_object(speaker, content, words[k].start())
        return speaker, content

    def _without_object(self, speaker: Span) -> Span:
        """ولفت الوزير سامي خليل الانتباه إلى أن: a verbal noun after the subject's full name, before the
        content's opener, is the verb's object (its phrase with the verb is the cue), not more of the speaker."""
        words = list(re.finditer(r"\S+", speaker.text))
        k = _object_start(words)
        if not k or re.search(r"[،,]", speaker.text) or self.p.anonymity.search(speaker.text):
            return speaker  # وزير الخارجية، رضوان عيارة: an apposition is read by the parser; رفض الكشف
            # عن اسمه describes the speaker
        folded = lexicon.fold(clean(words[k].group()))
        if _adjective(folded) or not _after_a_name(words[:k]):
            return speaker  # المنسق الأممي المعني، جامعة عثمان غازي التركية: shapes fit adjectives too
        if not (folded in lexicon.entries(LANG, "verbal_nouns.txt") or folded.startswith("ال") and _is_masdar(folded[2:])):
            return speaker  # (a shape alone fits names too: مايك، أرييه)
        return self._span(speaker.start, _rstrip(self.text, speaker.start, speaker.start + words[k].start()))

    def _split_object(self, speaker: Span, content: Span, offset: int) -> tuple[Span, Span]:
        cut = speaker.start + offset
        end = self._trim_adverbs(speaker.start, _rstrip(self.text, speaker.start, cut))
        return self._span(speaker.start, _rstrip(self.text, speaker.start, end)), self._span(cut, content.end)

    def _before_description(self, start: int, aside: int) -> int:
        """The end of the words naming a source before its description (المسؤول، الذي رفض ...)."""
        words = self.text[start:aside].split()
        while len(words) > 1 and (lexicon.fold(clean(words[-1])) in lexicon.entries(LANG, "relative.txt")
                                  or not clean(words[-1])):
            words.pop()
        end = start + len(" ".join(words)) if self.text[start:].startswith(" ".join(words)) else aside
        return _rstrip(self.text, start, end)

    def _topic_only(self, cue: Span, content: Span, verb: Verb) -> bool:
        """Whether a verb of topic_verbs.txt has no opener (أن، إن، a colon, a quotation) before its
        content: its preposition's noun is what it was about, not what was said."""
        if lexicon.fold(verb.past) not in lexicon.entries(LANG, "topic_verbs.txt"):
            return False
        between = self.text[cue.end:content.start]
        opened = re.search(r"(?<![\w\u0640])(?:ب?[أا]ن|إن)(?:ه|ها|هم|هما)?(?![\w\u0640])|:", between)
        return opened is None and self.text[content.start:content.start + 1] not in Q_OPEN

    def _fronted_object(self, m: re.Match, verb: Verb, speaker: Span, content: Span) -> tuple[Span, Span] | None:
        """لكن معارضين في المدينة وصفوا تصريحات رئيس الوزراء بأنها ...: a verb that never goes without
        its object (object_required.txt), its subject standing before it: all between the verb and
        its بـ/على is the object, part of the claim."""
        word = m.group().split()[0]
        if lexicon.fold(verb.past) not in lexicon.entries(LANG, "object_required.txt") or _unclitic(word) != word \
                or speaker.start < m.end() or not self._preposition_between(speaker.end, content.start, verb):
            return None
        subject = self._fronted_subject(m.start())
        return None if subject is None else (subject, self._span(speaker.start, content.end))

    def _fronted_subject(self, verb_start: int) -> Span | None:
        """The subject standing before its verb in the same clause, when it may name a speaker."""
        before = self._subject_before(verb_start)
        if before is None or not _plausible_speaker(before.text) or self.text[before.end:verb_start].strip() \
                or re.search(r"[()\-–—:،,]", before.text):
            return None
        return before

    def _narrator_aside(self, m: re.Match) -> bool:
        """يذكر أن ...، ويذكر أن ...، ومما يذكر أن ... (narrator_asides.txt): an impersonal verb the
        complementiser follows at once, with no subject, is the writer's aside."""
        verb = lexicon.fold(clean(m.group("verb")))
        if verb[:1] in "وف" and verb[1:] in lexicon.entries(LANG, "narrator_asides.txt"):
            verb = verb[1:]
        if verb not in lexicon.entries(LANG, "narrator_asides.txt"):
            return False
        return re.match(r"\s*(?:ب?[أا]ن|إن)(?:ه|ها|هم)?(?![\w\u0640])", self.text[m.end():self.end]) is not None

    def _describes_evidence(self, verb_start: int) -> bool:
        """Whether a cue verb right after an indefinite noun of evidence or of posts (evidence_nouns.txt)
        qualifies that noun: دليل يؤكد، وقائع" تثبت، تغريدات تتحدث عن: what it shows, not a statement."""
        if self.text[verb_start] in "وف":
            return False
        before = self.text[max(self.start, verb_start - 20):verb_start].split()
        return bool(before) and lexicon.fold(clean(before[-1])) in lexicon.entries(LANG, "evidence_nouns.txt")

    def _not_said(self, verb_start: int, verb: Verb) -> bool:
        """A speech verb negated by لم/لا/لن right before it, unless the verb itself denies
        (لم يستبعد، لم ينف: not ruling out is saying it may be)."""
        before = self.text[max(self.start, verb_start - 6):verb_start].split()
        negated = before and before[-1] in ("لم", "ولم", "لا", "ولا", "لن", "ولن", "فلم")
        return bool(negated) and lexicon.fold(verb.past) not in lexicon.entries(LANG, "negated_assertions.txt")

    @staticmethod
    def _past_tense(m: re.Match, verb: Verb) -> bool:
        """أعلنت، أكدوا: a report of an act of saying; the present (تجدد التزامها) inside what was said
        is the speaker's own account of a stance, not a statement it quotes."""
        said = lexicon.fold(_unclitic(m.group("verb")))
        return said in {lexicon.fold(f) for f in past_forms(verb.past)}

    def _nested_subject(self, verb_start: int, object_at: int, verb: Verb) -> tuple[Span, int] | None:
        """قال المسؤول إن عشرات الشركات أعلنت اعتزامها ...: inside what was said, the few words between
        the complementiser and a verb whose content is a plain object, or follows the verb's preposition
        (اعترفا باستلام), are its subject, and with a verbal noun there (:func:`_verbal_noun_object`) it
        is a report of its own, nested in the first (guide: nested attribution); a bare verb there (أن
        يكون موكله قد اعترف) is not."""
        claim = next((c for c in self.claims if c.start <= verb_start < c.end), None)
        if claim is None:
            return None
        end = _rstrip(self.text, claim.start, verb_start)
        words = self.text[claim.start:end].split()
        if not words or len(words) > _MAX_SUBJECT_WORDS or re.search(r"[،,:;؛.]", self.text[claim.start:end]):
            return None
        subject = self._span(claim.start, end)
        at = self._skip(object_at)
        first = re.match(_WORD, self.text[at:self.end])
        if first is not None and verb.preposition and lexicon.fold(first.group()) == lexicon.fold(verb.preposition):
            at = self._skip_spaces(at + first.end())  # أكد على أهمية: past the verb's own preposition
            first = re.match(_WORD, self.text[at:self.end])
        if first is None or not _plausible_speaker(subject.text):
            return None
        if not _verbal_noun_object(clean(first.group())):
            return None
        return subject, at

    def _inside_earlier_claim(self, pos: int) -> bool:
        return any(c.start <= pos < c.end for c in self.claims)

    def _explicit_opener(self, pos: int) -> bool:
        """A colon, a quotation or أن/إن opens the content: a report of its own, even inside another."""
        pos = self._skip_spaces(pos)
        if pos >= self.end:
            return False
        if self.text[pos] == ":" or (self.text[pos] in Q_OPEN and self.doc.quote_at(pos) is not None):
            return True
        m = self.p.marker.match(self.text, pos)
        return bool(m) and lexicon.fold(m.group()) not in ("ب", "عن")

    def _opener_after_name(self, pos: int) -> bool:
        """After a quoted name, the content's opener, right there or past the body's place
        (أعلنت "الهيئة العليا للانتخابات" في البلاد عن أن ...): then the quotation was the name."""
        place = re.match(r"\s*(?:في|ب)\s*[\w\u0640]+(?:\s+[\w\u0640]+)?\s+(?=(?:عن\s+)?[أإ]ن(?:ه|ها|هم)?(?![\w\u0640]))",
                         self.text[pos:self.end])
        return bool(place) or self._explicit_opener(pos)

    def _relayed_source(self, pos: int, verb: Verb | None = None) -> tuple[Span, int] | None:
        """نقلاً عن X right after a speaker: X is the source, the speaker relays it.

        Before the content of the verb that relays (ذكرت الوكالة، نقلاً عن X، أن), X runs as a
        subject does, over an apposition between commas or a description of who asked not to be
        named (نقلاً عن سمير حداد، رئيس البلدية، أن ; نقلاً عن مسؤول طلب عدم ذكر اسمه، أن)."""
        m = self.p.cue.match(self.text, pos)
        if m is None or not m.group("according") or not lexicon.fold(m.group()).startswith(_CITING):
            return None
        start = self._skip_spaces(m.end())
        end = self._segment_end(start, Verb("", "", None))
        if end <= start:
            return None
        if verb is not None and self._content_start(self._skip(end), verb) is None:
            speaker, after, _ = self._subject_after(start, verb)
            if speaker is not None and speaker.end > end and self._content_start(after, verb) is not None:
                return speaker, after
        return self._span(start, end), self._skip(end)

    def _cited_after(self, content: Span) -> Span | None:
        """نقلاً عن X closing the sentence right after the content: X, the one the report cites."""
        comma = re.match(r"\s*[،,]\s*", self.text[content.end:self.end])
        relayed = self._relayed_source(content.end + comma.end()) if comma else None
        if relayed is None or self.text[relayed[0].end:self.end].strip(" .،,"):
            return None
        return relayed[0]

    def _object_subject(self, speaker: Span, pos: int) -> tuple[Span | None, int]:
        """The subject of a verb whose content is a plain object (ووثق المرصد السوري مقتل 19 مدنياً).

        Without أن the subject and the object run together. The subject ends
        where a name met earlier in the article ends, else where an indefinite
        word follows a definite one (a definite noun takes no genitive, so
        أعلنت الشركة تحقيق ... splits before تحقيق), else at the comma that
        closed it. A subject that names no speaker (كشف تنفيذ الصفقة ملامح ...)
        makes it narration, not a statement.
        """
        words = list(re.finditer(r"\S+", speaker.text))
        known = self._known_prefix(words)
        adverb = _adverb_inside(words)
        if adverb is not None and 0 < _object_start(words[:adverb[0]]):
            adverb = None  # أعلنت الوزارة وفاة شخصين السبت: the object starts before the adverb
        if adverb is not None and not known:  # أدانت الكويت بأشد العبارات الاعتداء، أعلنت الشرطة الخميس مقتل:
            at, after = adverb  # the subject ends before a manner or time adverb, the object starts after it
            subject = words[:at]
            if _plausible_speaker(" ".join(w.group() for w in subject)):
                end = _rstrip(self.text, speaker.start, speaker.start + subject[-1].end())
                return self._span(speaker.start, end), self._skip_spaces(speaker.start + words[after].start())
        closed = pos > speaker.end and _plausible_speaker(speaker.text)  # أعلن خفر السواحل، الأحد، إنقاذ
        if not known and not closed and not _looks_like_subject([words[0].group()]) \
                and not (_plausible_speaker(speaker.text) and _object_start(words) == 1):
            return None, pos  # كشف تنفيذ الصفقة ملامح ...: no speaker, narration (a one-word name may do)
        if closed and re.search(r"[،,]", speaker.text):
            return speaker, pos  # وزير الخارجية، رضوان عيارة، وجود: an apposition closed by a comma ends the subject
        if closed and not known and not _object_start(words):  # أكدت الشرطة اليوم (الأربعاء)، وجود: the time
            return self._span(speaker.start, self._trim_adverbs(speaker.start, speaker.end)), pos  # words go
        k = known or _object_start(words)
        if k:
            end = speaker.start + words[k - 1].end()
            return self._span(speaker.start, _rstrip(self.text, speaker.start, end)), self._skip_spaces(end)
        if pos > speaker.end:
            return speaker, pos  # a comma or an aside closed the subject
        return None, pos

    def _known_prefix(self, words: list[re.Match]) -> int:
        """How many opening words name an entity already met (المرصد السوري ← المرصد السوري لحقوق الإنسان)."""
        anonymous = lexicon.entries(LANG, "anonymous.txt")
        known = [lexicon.fold(e.name).split() for e in self.resolver.entities
                 if lexicon.fold(e.name).split()[:1] != [] and lexicon.fold(e.name).split()[0] not in anonymous]
        # (مصدر met before does not end مصدر في وزارة الدفاع: a generic head names no one in particular)
        surnames = [lexicon.fold(e.name).split()[1:] for e in self.resolver.entities if e.kind == "person"]
        for k in range(len(words), 0, -1):
            head = [lexicon.fold(w.group()) for w in words[:k]]
            if any(name[:k] == head for name in known) or any(s and s[-k:] == head for s in surnames):
                return k  # the full name's start, or a person's surname (نفى لافروف أي تدخل)
        return 0

    def _past_addressee(self, pos: int) -> int:
        """قال لها: the pronoun names the hearer (the outlet already named), not the speaker."""
        m = re.compile(rf"(?:{lexicon.alternation(_lex('addressee_pronouns.txt'))})(?![\w\u0640])").match(self.text, pos)
        return m.end() if m else pos

    def _subject_after(self, pos: int, verb: Verb) -> tuple[Span | None, int, Outlet | None]:
        """The subject after a verb (VSO), with appositions across commas, and adjuncts skipped.

        قال ياسر اليماني، المتحدث باسم ...، إن : the speaker runs over the apposition;
        وأضاف الوزير، بعد اجتماع ...، أن : the adjunct after the comma is skipped.
        """
        end = self._segment_end(pos, verb)
        if end <= pos or self._is_content_quote(pos, end) and not self._explicit_opener(end) \
                and not self._quoted_name_before_aside(pos, end):
            return None, pos, None  # وقال "المرصد السوري لحقوق الإنسان" إن: a quoted name, then the content
        speaker_end, outlet = end, None
        stated = False  # an aside so far opened with a statement phrase (في بيان، في مؤتمر صحافي)
        i = self._skip_spaces(end)
        while i < self.end and (self.text[i] in "،," or self.p.adjunct.match(self.text, i)
                                or self.p.platform_phrase.match(self.text, i) or self.p.anonymity.match(self.text, i)
                                or self.p.relay_marker.match(self.text, i)
                                or verb.past not in _object_verbs() and self._saying_here(i)):
            nxt = self._skip(i + 1) if self.text[i] in "،," else i
            if self._according_here(nxt):
                break  # ، نقلاً عن ...: a relay, read by the caller
            unnamed = self.p.anonymity.match(self.text, nxt)
            seg = unnamed.end() if unnamed else self._segment_end(nxt, verb)  # the aside holds a cue: read it whole
            aside = self.text[i] not in "،," and (self.p.adjunct.match(self.text, nxt) or self._saying_here(nxt))
            if aside:  # في رده على سؤال يتعلق بـ ... إلى ...، "...": the aside runs to its comma
                seg = max(seg, self._aside_end(nxt))
            words = self.text[nxt:seg].split()
            if not words or len(words) > (_MAX_ASIDE_WORDS if aside else 14):
                break
            if _looks_like_subject(words) and seg - nxt < 120 and self.text[i] in "،,":
                speaker_end = seg
            elif unnamed and self.text[i] not in "،," and speaker_end >= _rstrip(self.text, pos, i):
                speaker_end = seg  # المسؤول الذي لم يكشف عن اسمه: a description attached to who speaks
            elif self.text[i] not in "،," and self.p.relay_marker.match(self.text, nxt):
                seg = self.p.relay_marker.match(self.text, nxt).end()  # الوزير السعودي قوله إن: his saying
            elif self._is_adjunct(nxt) or aside:
                outlet = outlet or self._outlet_within(nxt, seg)
                if self.p.statement.match(self.text, nxt):  # ، في اتصال هاتفي مع وكالة ...،: the aside runs over its medium
                    told, told_end = self._outlet(nxt)  # في مؤتمر صحفي عقد أمس، ونقلته شبكة ...، : or the one that carried it
                    outlet = outlet or told
                    seg = max(seg, _rstrip(self.text, nxt, told_end))
                stated = stated or any(self.p.statement.match(self.text, nxt + w.start())
                                       for w in re.finditer(r"\S+", self.text[nxt:seg]))
                if aside and stated and (at := self._object_in_aside(nxt, seg, verb)) is not None:
                    i = at  # وأعلن الجيش في بيان سيطرته على ...: the aside ends where the verb's object starts
                    break
            elif self.text[i] in "،," and self._outlet_here(nxt) and self._outlet(nxt)[0] is not None:
                outlet = outlet or self._outlet(nxt)[0]  # وقال X، Y، لصحيفة نيويورك تايمز، إن
                seg = max(seg, _rstrip(self.text, nxt, self._outlet(nxt)[1]))
            elif (len(words) <= 4 and not _is_masdar(lexicon.fold(clean(words[0])))  # ، وجود «صلة» بين: the object
                  or len(words) <= 8 and _plausible_speaker(" ".join(words)) or _starts_description(words)) \
                    and self.text[i] in "،," and (told := self._content_after(seg, verb)) is not None \
                    and not self._cue_here(nxt):
                speaker_end = seg  # المحلل في شركة الأفق، سامر الخطيب، أن: a name the lists lack
                outlet, seg = outlet or told[0], told[1]  # ...، صاحب محل في الشارع لبي بي سي إنه: told it
            elif self.text[i] in "،," and speaker_end == end and _bare_name(words) \
                    and re.match(r"\s*[،,]", self.text[seg:seg + 3]) and not self._cue_here(nxt) \
                    and _person_start(_name_words(self.text[pos:speaker_end])) is None:
                speaker_end = seg  # نفى وزير الخارجية، رضوان عيارة، وجود ...: the title's name between commas
            else:
                break  # neither more of the speaker nor an aside: what follows is the content
            i = self._next_comma(nxt, seg) if seg == nxt else seg
            if i == nxt:
                break
            i = self._skip_spaces(i)  # في كلمة خلال مناسبة ...: one aside may follow another
        speaker = self._span(pos, self._trim_adverbs(pos, speaker_end))
        after = self._skip(i)
        aside = self._according_aside(after, verb)
        if aside is not None:
            outlet, after = outlet or aside[0], aside[1]
        later, after = self._outlet(after)
        return speaker, after, outlet or later

    def _object_in_aside(self, start: int, end: int, verb: Verb) -> int | None:
        """Where the object of a verb taking one starts inside an aside that no comma closes
        (أعلن الجيش في بيان سيطرته على ...، نفت الوزارة في مؤتمر صحافي في دمشق وجود ...): a verbal
        noun or a noun with its pronoun that no preposition governs (_object_start). Called only
        once a statement phrase (في بيان، في مؤتمر صحافي) opened an aside, not for a date (في
        الرابع عشر من يوليو); None when a complementiser, a colon or a quotation opens the content
        after the aside instead."""
        if verb.past not in _object_verbs() or self._content_start(self._skip(end), verb) is not None:
            return None
        words = list(re.finditer(r"\S+", self.text[start:end]))
        k = _object_start(words)
        if k < 2 or self._is_adjunct(start + words[k].start()):
            return None  # (a preposition and its noun at least: في بيان سيطرته, not في سيطرته)
        return start + words[k].start()

    def _quoted_name_before_aside(self, start: int, end: int) -> bool:
        """وطالب "المسماري"، في تصريحات لقناة ...، : a short quotation set off by a comma before an
        aside or an outlet is the speaker's name as the paper quotes it, not what was said."""
        comma = re.match(r"\s*[،,]", self.text[end:self.end])
        if comma is None or len(self.text[start:end].split()) > 3:
            return False
        nxt = self._skip(end + comma.end())
        return self._is_adjunct(nxt) or self._outlet_here(nxt)

    def _past_adjunct(self, pos: int) -> int:
        """وكانت مصادر ... ذكرت للصحافة أن: with the subject before the verb, an adjunct
        right after the verb (data/lexicons/ar/adjunct_openers.txt) stands before the content."""
        if not self.p.adjunct.match(self.text, pos):
            return pos
        aside_end = self._aside_end(pos)
        if aside_end <= pos:
            return pos
        return self._skip(aside_end)

    def _aside_end(self, pos: int) -> int:
        """The end of an aside opened at ``pos`` (على هامش زيارة ...، خلال زيارة ... إن): its comma, or
        the colon, quotation, complementiser or stance (عن اعتقاده أن) that opens the content; ``pos``
        when none comes soon."""
        for n, word in enumerate(re.finditer(r"\S+", self.text[pos:self.end])):
            at = pos + word.start()
            if n > _MAX_ASIDE_WORDS:
                break
            quote = self.doc.quote_at(at) if self.text[at] in Q_OPEN else None
            if quote is not None and len(self.text[quote.start:quote.end].split()) <= 3 \
                    and not self._closing_quote(quote):
                continue  # على موقع "فيسبوك"، : a quoted name inside the aside
            if n and (self._explicit_opener(at) or self._according_here(at) or self._outlet_here(at)
                      or self.p.stance.match(self.text, at)):
                return _rstrip(self.text, pos, at)  # the content, a relay (استناداً إلى) or an outlet (لوكالة)
            comma = re.search(r"[،,]", word.group())
            if comma and not self._quoted(at + comma.start()):
                return _rstrip(self.text, pos, at + comma.start())
        return pos

    def _according_aside(self, pos: int, verb: Verb) -> tuple[Outlet, int] | None:
        """وقال روحاني، وفقاً لما نشرته الرئاسة، إن ...: the phrase between speaker and content names the outlet."""
        m = self.p.cue.match(self.text, pos)
        if m is None or not m.group("according") or lexicon.fold(m.group()).startswith(_CITING):
            return None
        start = self._skip_spaces(m.end())
        relayed = re.match(r"ما\s+(" + _WORD + r")", self.text[start:self.end])
        if relayed and _relayed_verb(relayed.group(1)) is not None:
            start = self._skip_spaces(start + relayed.end())
        elif parse_mention(self.text[start:self._source_end(start)]).kind != "media" \
                and not _quoted_title(self.text[start:self._source_end(start)]):
            return None
        end = self._source_end(start)
        if end <= start or not self._opens_content(end, verb):
            return None
        self.cue_floor = max(self.cue_floor, end)  # the "according to" is read here, not as a cue of its own
        named = self._span(start, end)
        return self._relayed(Outlet(clean(named.text), named)), self._skip(end)

    def _content_after(self, pos: int, verb: Verb) -> tuple[Outlet | None, int] | None:
        """The outlet (or None) and where the content starts, when it starts at ``pos`` or right
        after an outlet phrase there; None when no content opens."""
        if self._opens_content(pos, verb):
            return None, pos
        at = self._skip(pos)
        if not self._outlet_here(at):
            return None
        outlet, end = self._outlet(at)
        if outlet is None:
            return None
        aside = self._aside_end(end)  # لشبكة CNN في محادثات منفصلة، إن: an aside after the outlet, to its comma
        return next(((outlet, at) for at in (end, aside) if self._opens_content(at, verb)), None)

    def _opens_content(self, pos: int, verb: Verb) -> bool:
        """Whether the content starts at ``pos`` (after a comma and asides)."""
        nxt = self._skip(pos)
        return self._content_start(nxt, verb) is not None and not self._according_here(nxt)

    def _next_comma(self, start: int, limit: int) -> int:
        """An adjunct that opens with an outlet phrase (في مؤتمر صحافي عقده ...) runs to the next comma."""
        m = re.compile(r"[،,]").search(self.text, start, self.end)
        return m.start() if m and not self._marker_here(start, Verb("", "", None)) else start

    def _after_ma(self, pos: int) -> bool:
        """ما وصفته، بما اعتبرته: a verb right after ما, "what X called"."""
        return bool(re.search(r"(?<![\w\u0640])[بلم]?ما\s+$", self.text[max(self.start, pos - 6):pos]))

    def _opens_statement(self, cue: re.Match) -> bool:
        """Whether a later cue starts a statement of its own, ending the content before it.

        A participle, an "according to", a verb with و/ف, or a verb whose clause
        has no complementiser before it (، في وقت أشار فيه ...) does; a verb inside
        a complement clause (أن يكون موكله قد اعترف) does not.
        """
        verb = verbs().get(lexicon.fold(_unclitic(cue.group("verb")))) if cue.group("verb") else None
        if verb is not None and self._not_said(cue.start(), verb):
            return False  # ...، إلى الآن التحالف لم يعلن عن أهدافه: what was not said goes on the content
        if verb is not None and self._after_ma(cue.start()):
            return False  # نددت المنظمة بما اعتبرته «موجة إعدامات»: what she called it is part of the content
        if cue.group("participle") or cue.group("according") or self.text[cue.start()] in "وف":
            return True
        clause = re.split(r"[،,:.]", self.text[self.start:cue.start()])[-1]
        words = [lexicon.fold(w) for w in clause.split()]
        if words and words[-1] in lexicon.entries(LANG, "clause_openers.txt"):
            return True  # ...، إذ اتهم وزير الداخلية، فيما نفت روسيا: the reporter's connective opens a statement
        return not any(w in _clause_breaks() for w in words)

    def _according_here(self, pos: int) -> bool:
        m = self.p.cue.match(self.text, pos)
        return bool(m and m.group("according"))

    def _cue_here(self, pos: int) -> bool:
        m = self.p.cue.match(self.text, pos) if pos == 0 or not self.text[pos - 1].isalnum() else None
        return m is not None and not self._after_preposition(m)

    def _is_adjunct(self, pos: int) -> bool:
        """An aside between a speaker and the content: في تصريح له، بعد اجتماع ...، اليوم."""
        word = re.match(r"\S+", self.text[pos:self.end])
        return bool(self.p.adjunct.match(self.text, pos) or self.p.statement.match(self.text, pos)
                    or self.p.platform_phrase.match(self.text, pos)
                    or self.p.adverb.match(self.text, pos) or self.p.relative.match(self.text, pos)
                    or self.p.anonymity.match(self.text, pos)
                    or word and lexicon.fold(word.group()) in lexicon.entries(LANG, "particles.txt"))

    def _trim_adverbs(self, start: int, end: int) -> int:
        """A speaker ends before trailing time words: الأمير عبد العزيز بن سلمان اليوم الخميس."""
        words = list(re.finditer(r"\S+", self.text[start:end]))
        adverbs = lexicon.entries(LANG, "adverbs.txt")
        while len(words) > 1:
            # أمس الأول، الأسبوع الماضي، في وقت سابق: an adverb of one to three words, the
            # longest first; one word of the speaker always stays
            n = next((n for n in (3, 2, 1) if len(words) > n and lexicon.fold(
                " ".join(clean(w.group()).strip("()") for w in words[-n:])) in adverbs), 0)  # اليوم (الأربعاء)
            n = n or self._trailing_date(words)
            if not n:
                break
            del words[-n:]
        return _rstrip(self.text, start, start + words[-1].end()) if words else end

    def _trailing_date(self, words: list[re.Match]) -> int:
        """How many of the last words make a date (سالم الجمعة 24 تشرين الأول 2025): the longest,
        one word of the speaker always staying."""
        for n in range(min(len(words) - 1, 6), 0, -1):
            tail = " ".join(w.group() for w in words[-n:]).rstrip("،,")
            if self.p.date.fullmatch(tail):
                return n
        return 0

    def _outlet_within(self, start: int, end: int) -> Outlet | None:
        """An outlet named inside an adjunct: في الجزء الثاني من مقابلة مع "سبوتنيك"، في تصريحات
        نشرتها وكالة ...، على صفحتها في فيسبوك (a named platform is an outlet)."""
        stop = re.compile(r"[،,:;؛]").search(self.text, end, self.end)
        platform = self.p.platform.search(self.text, start, stop.start() if stop else self.end)
        if platform:  # the aside runs on to its comma: في بيان عبر صفحتها على "فيسبوك"،
            return Outlet(clean(platform.group()), self._span(platform.start(), platform.end()))
        for m in self.p.statement_noun.finditer(self.text, start, end):
            described = self.p.statement_adjective.match(self.text, m.end())  # في تصريح خاص لـ"الأفق"
            after = described.end() if described else m.end()
            link = re.compile(r"\s*(?:لـ?|مع|إلى|عبر|على)\s*").match(self.text, after)
            if link:
                named = self._outlet_name(after + len(link.group()) - len(link.group().lstrip()))
                if named is not None:
                    return named[0]
            published = _PUBLISHED.match(self.text, after)
            if published:
                at = self._skip_spaces(published.end())
                stop = self._outlet_end(at)
                if at < stop <= max(end, at + 1) + 80 and parse_mention(self.text[at:stop]).kind == "media":
                    return self._relayed(Outlet(clean(self.text[at:stop]), self._span(at, stop)))
        return self._question_outlet(start, end) or self._post_platform(start, end)

    def _question_outlet(self, start: int, end: int) -> Outlet | None:
        """The medium whose question the statement answers, named in an aside between ``start`` and
        ``end``: في رده على استفسار "الأفق"، ردا على سؤال وجهته له صحيفة الأفق."""
        m = _QUESTION.search(self.text, start, end)
        if m is None:
            return None
        at = m.end()
        if self.text[at:at + 1] in Q_OPEN:
            quote = self.doc.quote_at(at)
            if quote is not None and quote.start == at and len(self.text[quote.inner[0]:quote.inner[1]].split()) <= 4:
                a, b = quote.inner
                return Outlet(clean(self.text[a:b]), self._span(a, b))
        named = self.p.outlet_named.match(self.text, at)
        if named is not None and not named.group().startswith("مع"):
            at = named.end()  # لصحيفة الأفق: the preposition is no part of the name
        stop = self._outlet_end(at)
        about = _ASKED_ABOUT.search(self.text, at, stop)
        stop = about.start() if about else stop  # ... صحيفة الأفق حول الميزانية: what it asked about
        if stop > at and parse_mention(self.text[at:stop]).kind == "media":
            return Outlet(clean(("ال" if named is not None and named.group() == "لل" else "") + self.text[at:stop]),
                          self._span(at, stop))
        return None

    def _fronted_outlet(self, cue_start: int) -> Outlet | None:
        """وفي تصريحات نشرتها وكالة "ريا نوفوستي"، قال ...: the statement phrase before the cue names the outlet."""
        left = self._clause_start(cue_start)
        if left <= self.start:
            return None
        head = self._skip_spaces(self._clause_start(_rstrip(self.text, self.start, left) - 1))
        if head < self.start or self.text[head] in "وف" and not self.p.statement.match(self.text, head):
            head += 1 if self.text[head] in "وف" else 0
        if not self.p.statement.match(self.text, head):
            return None
        return self._outlet_within(head, left)

    def _participle(self, m: re.Match, limit: int) -> Attribution | None:
        cue = Span.of(self.text, m.start(), m.end())
        if self._counted_or_qualified(m):
            return None  # القبض على 27 متهماً، متهمين اثنين، متابعة قضائية: a noun, not "accusing", "following"
        pos = self._skip(m.end())
        outlet, pos = self._outlet(pos)
        content = self._content(pos, limit, None, any_start=True)  # متهماً داعش بـ...: an object will do
        if content is None:
            return None
        opening = self._opening_subject(m.start()) if not self.claims else None
        source = self._source(opening) if opening is not None else self.resolver.implied()
        if self._plural_after_one(m.group("participle"), source):
            return None  # وتظاهر محتجون ...، مطالبين بـ: the protesters demand, not the last speaker
        outlet = outlet or self.last_outlet
        return self._attribution(content, cue, None, source, outlet)

    def _counted_or_qualified(self, m: re.Match) -> bool:
        """Whether a participle is a noun: counted (27 متهماً) or followed by its adjective of origin or
        its number (متهمين اثنين، متابعة قضائية)."""
        before = self.text[max(self.start, m.start() - 12):m.start()].split()
        if before and re.fullmatch(r"[\d٠-٩]+", before[-1]):
            return True
        after = re.match(r"\s*([\w\u0640\u064b]+)", self.text[m.end():self.end])
        if after is None:
            return False
        word = lexicon.fold(after.group(1)).rstrip("\u064b")
        origin = len(word) >= 5 and word.endswith(("ي", "يه", "يا", "يين", "يون")) \
            and not word.startswith(("ال", "ب", "ل")) and word not in _subject_heads() and not _is_masdar(word)
        return word in _number_words() or origin  # (سعودياً، قضائية: an indefinite adjective of origin)

    def _opening_subject(self, before: int) -> Span | None:
        """وسخر اللواء سامي الحداد من ...، مشيراً إلى أن: a participle in a sentence with no statement before
        it goes on from the sentence's own verb, whose subject (a speaker's title, name or body) says it."""
        opening = re.match(r"\s*[\w\u0640]+\s+", self.text[self.start:before])
        if opening is None or lexicon.fold(_unclitic(opening.group().strip())) in verbs():
            return None  # a sentence opening with a cue is read as one
        words = self.text[self.start + opening.end():before].split()[:8]
        subject = _subject_words(words)
        if len(subject) < 2 or len(subject) == len(words) or not _looks_like_subject(subject) \
                or not _plausible_speaker(" ".join(subject)):
            return None
        start = self.start + opening.end()
        start = self._skip_spaces(start)
        end = self.text.index(subject[-1], start) + len(subject[-1])
        return self._span(start, _rstrip(self.text, start, end))

    @staticmethod
    def _plural_after_one(participle: str, source) -> bool:
        """A plural participle (مطالبين) cannot continue one named person's statement: its
        subject is the plural of the clause around it, which the rules do not name."""
        word = lexicon.fold(participle).rstrip("\u064b")
        return word.endswith("ين") and source.kind == "person" and not re.search(r"(?:^|\s)و", source.name)

    def _according(self, m: re.Match, limit: int) -> Attribution | None:
        cue_end = m.end()
        pos = self._skip_spaces(m.end())
        what = "" if m.group().endswith("ما") else r"ما\s+"  # حسبما ذكر ; بحسب ما ذكر
        relayed = re.match(what + "(" + _WORD + r")", self.text[pos:self.end])
        verb = None
        if relayed:
            verb = _relayed_verb(relayed.group(1))
            if verb is not None:
                cue_end = pos + relayed.end()
                pos = self._skip_spaces(cue_end)
                pronoun = re.compile(r"(?:به|بها|بهم)(?![\w\u0640])").match(self.text, pos)
                if pronoun:  # وفق ما أفاد به مصدر
                    cue_end, pos = pronoun.end(), self._skip_spaces(pronoun.end())
        cue = Span.of(self.text, m.start(), cue_end)
        self.cue_floor = cue_end
        as_verb = self._kama_verb(m, cue, pos, limit)
        if as_verb is not None:
            return as_verb
        if self._host(m.start()) is None and self._kama_opens(m):
            return self._kama_as_verb(m, limit)
        if verb is not None and verb.past == "نقل":
            relay = self._relay(cue, pos, limit, host=self._host(m.start()))
            if relay is not None or self.p.cue.search(self.text, pos, self._source_end(pos)):
                return relay
            # بحسب ما نقلته (عنه، على لسانه) الوكالة, with no other speaker: the medium that relayed, read below
            pronoun = _words_re("relayed_from.txt").match(self.text, pos)
            if pronoun:
                pos = self._skip_spaces(pronoun.end())
        source_end = self._source_end(pos)
        if source_end <= pos:
            return None
        outlet, phrase_end = None, source_end
        told = next((w.start() for w in re.finditer(r"\S+", self.text[pos:source_end])
                     if w.start() and self._outlet_here(pos + w.start())), None)
        if told is not None:  # حسبما أفاد مصدر طبي لوكالة الصحافة الفرنسية: the source, then whom it told
            outlet, _ = self._outlet(pos + told)
            source_end = _rstrip(self.text, pos, pos + told)
        source_end = self._trim_adverbs(pos, source_end)  # بحسب ما أعلنت وزارة الصحة أمس
        speaker = self._span(pos, source_end)
        # حسب تعبيره، بحسب وصفه: "as he put it", whoever spoke last, not a source named تعبيره
        as_put = len(speaker.text.split()) == 1 and _as_put(clean(speaker.text))
        if as_put:
            self.cue_floor = max(self.cue_floor, speaker.end)  # وصفه here is a noun, not the verb وصف + ه
        host = self._host(m.start())
        if host is None and self._outlet_of_previous(speaker, relayed=verb is not None):
            self.boundary = max(self.boundary, phrase_end)
            return None  # "...", وفقاً لوكالة رويترز: the medium that carried the statement just credited
        if host is not None and re.match(r"\s*[ـ–—-]\s", self.text[phrase_end:phrase_end + 3]):
            content = self._span(host.start, _rstrip(self.text, host.start, limit))  # X ـ وفق المرصد ـ Y
        elif host is not None:
            content = host
        elif self.p.relative.match(self.text, self._skip_spaces(phrase_end)):
            return None  # ..., وفق المرصد الذي أضاف: the cue trails a claim already credited
        else:
            start = self._past_apposition(self._after_comma(phrase_end), limit)
            content = self._content(start, limit, None, any_start=True)
        self.boundary = max(self.boundary, phrase_end)
        if content is None:
            return None
        if as_put or not _plausible_speaker(speaker.text) and verb is not None:
            # بحسب ما ذكره في تصريحه: the pronoun of ذكره is the speaker, who spoke last
            return self._attribution(content, cue, None, self.resolver.implied(), outlet or self.last_outlet)
        return self._attribution(content, cue, speaker, self._source(speaker), outlet)

    def _kama_verb(self, m: re.Match, cue: Span, pos: int, limit: int) -> Attribution | None:
        """كما أفاد مصدر أمني بمقتل ...: "as X said" opening its own content reads like the verb alone.

        Trailing a clause (...، كما قال الوزير) it credits that clause, read by the caller.
        """
        words = m.group().split()
        if len(words) < 2 or lexicon.fold(words[0]).lstrip("و") != "كما":
            return None
        verb = verbs().get(lexicon.fold(words[-1]))
        if verb is None:
            return None
        if self._explicit_opener(pos):  # كما ذكر أنه ليس ...: the content follows, the speaker is implied
            content = self._content(pos, limit, verb)
            return None if content is None else \
                self._attribution(content, cue, None, self.resolver.implied(), self.last_outlet)
        end = self._segment_end(pos, verb)
        end = self._trim_adverbs(pos, end) if end > pos else end
        after = self._skip(end)
        if end <= pos or self._content_start(after, verb) is None or not _plausible_speaker(self.text[pos:end]):
            return None
        content = self._content(after, limit, verb)
        if content is None:
            return None
        speaker = self._span(pos, end)
        return self._attribution(content, cue, speaker, self._source(speaker), None)

    @staticmethod
    def _kama_opens(m: re.Match) -> bool:
        words = m.group().split()
        return len(words) == 2 and lexicon.fold(words[0]).lstrip("و") == "كما"

    def _kama_as_verb(self, m: re.Match, limit: int) -> Attribution | None:
        """كما أعلن الجيش مقتل ...: with no clause before it to trail, كما is "also" and the verb after
        it is an ordinary cue with its own subject and object."""
        verb_at = m.start() + m.group().index(m.group().split()[1])
        vm = self.p.cue.match(self.text, verb_at)
        if vm is None or not vm.group("verb"):
            return None
        return self._verb(vm, limit)

    def _outlet_of_previous(self, named: Span, relayed: bool) -> bool:
        """An "according to" that trails a statement already credited to a speaker names its outlet.

        وقال الوزير: "...". وفقاً لوكالة رويترز  /  ...، بحسب ما نقلته وكالة الأنباء:
        nothing is left for it to credit; the medium (or whoever published what
        the speaker said, بحسب ما نشرته الرئاسة) carried that statement, and the
        statements that continue it (rule 3).
        """
        prev = self.previous
        if prev is None or _names_its_outlet(prev) or prev.source.kind in ("unspecified", "media"):
            return False  # an outlet carried from an earlier statement gives way to the one named here
        between = _words_re("relayed_from.txt").sub("", self.text[prev.claim.end:named.start])  # عنه، على لسانه
        if len(re.findall(_WORD, between)) > 4:  # only the cue (and its ما + verb, عنه) stands between
            return False
        told = self._outlet_name(named.start, after_statement=False)
        if told is not None and told[0].span is not None and told[0].span.start > named.start:
            named = told[0].span  # بحسب ما قال لصحيفة القبس: the preposition is no part of the outlet
        parsed = parse_mention(named.text)
        if parsed.kind != "media" and not (relayed and parsed.kind == "organization"):
            return False  # بحسب ما ذكر أحد النزلاء: a person is a source of his own, not an outlet
        prev.outlet = self._relayed(self._as_named(Outlet(clean(named.text), named), named.start))
        self.last_outlet = prev.outlet
        if prev.source.name:
            self.outlets[lexicon.fold(prev.source.name)] = prev.outlet
        return True

    def _relay(self, cue: Span, pos: int, limit: int, host: Span | None = None,
               fronted: Span | None = None, link: re.Pattern | None = None) -> Attribution | None:
        """نقلت وكالة X عن مصدر ... أن، نسبت وكالة X لمصدر قوله: the inner speaker is the source, X the outlet."""
        link = link or _relay_links()[lexicon.fold("نقل")]
        an = link.search(self.text, pos, limit)
        pronoun = _RELAYED_PRONOUN.search(self.text, pos, an.start() if an is not None else limit)
        if pronoun is not None and host is None:
            return self._relayed_from_last(cue, pos, pronoun, limit)
        if an is None:
            return None
        outer = self._span(pos, _rstrip(self.text, pos, an.start()))
        if fronted is not None and not outer.text:
            outer = fronted
        inner_start = self._skip_spaces(an.end())
        inner_end = self._source_end(inner_start)
        if inner_end <= inner_start:
            return None
        inner = self._span(inner_start, inner_end)
        pos = self._skip(inner_end)
        said = self.p.relay_marker.match(self.text, pos)
        if said:
            pos = self._skip(said.end())  # قوله، إن ...
        content = host or self._content(pos, limit, None, any_start=True)
        if content is None:
            return None
        if outer.text and _a_speaker(outer.text):
            outlet = None  # ونقل المسؤول عن نتنياهو قوله: a person who passes words on is no medium
        elif outer.text:
            outlet = self._relayed(Outlet(clean(outer.text), outer), told=True)
        else:  # وأضافت القناة أن ...، ونقلت عن اللجنة: the medium quoted last goes on relaying
            last = self.resolver.last
            outlet = Outlet(last.name) if last is not None and last.kind == "media" else None
        source = self.resolver.resolve(inner.text)
        return self._attribution(content, cue, inner, source, outlet)

    def _relayed_from_last(self, cue: Span, pos: int, pronoun: re.Match, limit: int) -> Attribution | None:
        """ونقلت عنه وسائل إعلام رسمية قوله: ...؛ ونقلت وكالة رويترز عنها قولها إن ...: the pronoun
        is the speaker quoted last (the source), the medium named beside it the outlet."""
        before = self._span(pos, _rstrip(self.text, pos, pronoun.start()))
        if before.text:
            medium, after = before, pronoun.end()
        else:
            start = self._skip_spaces(pronoun.end())
            end = self._source_end(start)
            medium, after = self._span(start, end), end
        if not medium.text or not _plausible_speaker(medium.text):
            return None
        at = self._skip(after)
        said = self.p.relay_marker.match(self.text, at)
        if said is None and not self._explicit_opener(at):
            return None  # وفقاً لما نقلته عنه وكالة سبأ.: where an earlier statement came from, no new one
        content = self._content(self._skip(said.end()) if said else at, limit, None, any_start=True)
        if content is None:
            return None
        outlet = None if _a_speaker(medium.text) else self._relayed(Outlet(clean(medium.text), medium), told=True)
        return self._attribution(content, cue, None, self.resolver.implied(), outlet)

    # -- speakers -------------------------------------------------------------

    def _segment_end(self, pos: int, verb: Verb) -> int:
        """Where a stretch of the subject ends: before an outlet, a marker, a comma or a colon."""
        i = pos
        words = 0
        while i < self.end and words <= 14:
            ch = self.text[i]
            if ch in "،,:;؛." and not (ch == "." and _abbreviated(self.text, i)):
                break
            if ch.isspace():
                i += 1
                continue
            if self._marker_here(i, verb) or (words and (self._outlet_here(i) or self.p.adjunct.match(self.text, i)
                                                          or self.p.relay_marker.match(self.text, i)
                                                          or verb.past not in _object_verbs() and self._saying_here(i)
                                                          or self.p.platform_phrase.match(self.text, i)
                                                          or self._cue_here(i)
                                                          or self.p.anonymity.match(self.text, i))):
                break
            if not words and ch in Q_OPEN:
                quote = self.doc.quote_at(i)
                if quote is None:
                    break
                if len(self.text[quote.start:quote.end].split()) >= 3 and not self._opener_after_name(quote.end) \
                        and not self._outlet_here(self._skip_spaces(quote.end)):
                    break  # وأضافت «بهذه الوتيرة ...» للعام الماضي: said, not a quoted name; "المرصد ..." إن is one
                i = quote.end
                words += 1
                continue
            if ch in Q_OPEN:
                quote = self.doc.quote_at(i)
                if quote is not None and (self._closing_quote(quote)
                                          or len(self.text[quote.start:quote.end].split()) >= _MIN_SAID_WORDS):
                    break  # وقال الملا "نعمل على ...": a quote that closes the sentence is the content,
                    # and so is a long one (وقال التلفزيون "سمع دوي انفجار ..." شرق العاصمة)
                i = quote.end if quote is not None else i + 1
                continue
            time = self.p.adverb.match(self.text, i) if words else None
            if time is not None and time.end() > i:
                i = time.end()  # اليوم الأربعاء 8 فبراير 2017: the time of saying makes no subject longer
                continue
            w = re.compile(_WORD).match(self.text, i)
            i = w.end() if w else i + 1
            words += 1
        if words > 14:
            return pos
        return _rstrip(self.text, pos, i)

    def _saying_here(self, pos: int) -> bool:
        """وتابع الوزير حديثه مع الصحافة، أن؛ وأضاف الوزير السعودي قوله إن: a verbal noun with the
        speaker's pronoun after the speaker is what he did or said, never more of his name."""
        word = re.match(_WORD, self.text[pos:self.end])
        return bool(word) and (pos == 0 or not self.text[pos - 1].isalnum()) and _masdar_with_pronoun(word.group())

    def _closing_quote(self, quote) -> bool:
        """A quote that ends the sentence (or a long one that ends a clause): said, not a name inside a speaker.

        A body's name in quotes (القيادي في "المؤتمر الشعبي العام"، إن) is short
        and is followed by more of the speaker or by the content.
        """
        a, b = quote.inner
        words = len(self.text[a:b].split())
        after = self._skip_spaces(quote.end)
        cue = self.p.cue.match(self.text, after) if after < self.end else None
        if after >= self.end or self.text[after] in ".;؛" or self.text[after] in Q_OPEN \
                or re.match(r"و\s*[" + Q_OPEN + "]", self.text[after:after + 3]) is not None \
                or cue is not None and cue.group("participle"):
            return words >= 2  # ... "لم يكن ..." مشيراً إلى: a participle continues after the content
        before = self.text[max(self.start, quote.start - 12):quote.start].split()
        linked = before and lexicon.fold(before[-1]) in (lexicon.entries(LANG, "particles.txt") | _AFFILIATION_LINKS)
        if re.match(r"[،,]\s*و?\s*[" + Q_OPEN + "]", self.text[after:after + 6]) is not None and not linked:
            return words >= 2  # قال راخوي "سيستمر ..."، و"لن ...": one quotation joined to the next
        return self.text[after] in "،," and words >= 6

    def _source_end(self, pos: int) -> int:
        """Where the source named after بحسب / عن ends."""
        stop = re.compile(r"[،,:;؛.]|\s[ـ–—-]\s|(?<![\w\u0640])(?:الذي|التي|الذين|فإن|فان|فقد|أن|إن|قوله|قولها|قولهم)(?![\w\u0640])")
        m = stop.search(self.text, pos, self.end)  # (وفقاً لنتائج الفرز فقد حصل: فقد opens the main clause)
        end = m.start() if m else self.end
        quote = self.doc.quote_at(pos)
        if quote is not None and quote.end > end:
            end = quote.end
        return _rstrip(self.text, pos, end)

    def _subject_before(self, verb_start: int) -> Span | None:
        """A subject before its verb: X الذي أشار ; وكانت مصادر ... أكدت ; the NP opening the clause."""
        left = self._clause_start(verb_start)
        before = self.text[left:verb_start]
        rel = None
        for rel in self.p.relative.finditer(self.text, left, verb_start):
            pass
        if rel is None:
            rel = self.p.relative.search(self.text, max(self.start, verb_start - 12), verb_start)
        if rel is not None and not self.text[rel.end():verb_start].strip():
            antecedent = self._antecedent(rel.start())
            if antecedent is not None and _relative_disagrees(rel.group(), re.match(_WORD, self.text[verb_start:]).group()) \
                    and not _bare_person(antecedent.text):
                return None  # لم يذكر أسماء الدول التي قال إنها ...: the relative's noun is not the masculine
                # verb's subject (بتصريحات للجنرال جيمس آموس التي قال فيها: the name it holds is)
            return antecedent
        kana = self.p.kana.match(self.text, self._skip_spaces(left))
        if kana:
            start = self._skip_spaces(kana.end())
            end = _rstrip(self.text, start, self._before_qad(start, verb_start))
            return self._span(start, end) if end > start else None
        word = re.match(_WORD, self.text[verb_start:]).group()  # وقال: with its colon is still وقال
        said = self.previous.cue if self.previous is not None else None
        if self.text[verb_start] in "وف" and _unclitic(word) != word and said is not None and self.start <= said.end <= verb_start \
                and not re.search(r"[.،,:;؛]", self.text[said.end:verb_start]):
            return None  # وتحدث الغانم عن موقف الوفد في بغداد وقال: the two verbs share their subject, who just spoke
        if not before.strip():
            if self.text[verb_start] in "وف" and _unclitic(word) != word:
                return None  # وأشار after a comma opens a new clause whose subject is dropped
            left = self._clause_start(_rstrip(self.text, self.subject_floor, left) - 1) if left > self.start else left
        phrase = self._subject_phrase(left, verb_start)
        if phrase is not None and self._topic_before(left, phrase):
            return None  # وعن مستوى التنسيق مع الجيش قال: ...، سئل عن سياسته إزاء سوريا قال: the topic, not who spoke
        return phrase

    def _topic_before(self, left: int, phrase: Span) -> bool:
        """Whether the noun phrase before a verb is the noun of a preposition of topic: right before it
        (سئل عن سياسته إزاء سوريا قال) or opening its clause (وعن ...، وحول ...، وبشأن ...)."""
        before = self.text[left:phrase.start].split()
        topics = ("عن", "حول", "بشان", "ازاء", "تجاه")  # (من، في، إلى name a speaker's place: تصريحات من الوزير قال فيها)
        if before and lexicon.fold(before[-1]) in topics:
            return True
        first = lexicon.fold(before[0] if before else phrase.text.split()[0])
        return first[:1] == "و" and first[1:] in topics

    def _before_qad(self, start: int, verb_start: int) -> int:
        """وكان ناطق باسم الأمم المتحدة قد قال: قد belongs to the verb, not to the subject before it."""
        qad = re.search(r"(?<![\w\u0640])(?:قد|لقد)\s*$", self.text[start:verb_start])
        return start + qad.start() if qad else verb_start

    def _kana_subject(self, verb_start: int) -> Span | None:
        """وكانت الوزارة قد أعلنت ...: with كان the subject stands before the verb, whatever follows it."""
        left = self._skip_spaces(self._clause_start(verb_start))
        if left > self.start and lexicon.fold(self.text[left:verb_start].strip()) in ("قد", "لقد"):
            left = self._skip_spaces(self._clause_start(_rstrip(self.text, self.start, left) - 1))
            # وكانت وسائل إعلام إيرانية، قد قالت: the comma sets the subject off, the clause goes on
        kana = self.p.kana.match(self.text, left)
        if not kana:
            return None
        words = [w for w in self.text[kana.end():verb_start].replace("،", " ").replace(",", " ").split()]
        while words and lexicon.fold(words[-1]) in ("قد", "لقد"):
            words.pop()
        at = next((i for i, w in enumerate(words) if i and lexicon.fold(w) in ("قد", "لقد")), None)
        if at is not None:  # وكانت وكالة الأنباء قد نشرت تقريراً يكشف: قد opens كان's own verb,
            words = words[:at]  # the subject ends before it
        if not words or len(words) > 10 or not (_looks_like_subject(words)
                                                 or len(words) <= 3 and _plausible_speaker(" ".join(words))):
            return None  # وكان جنتيلوني قد أعلن: a name the lists lack will do when it is short
        start = self._skip_spaces(kana.end())
        end = start
        for word in words:  # up to the last word kept, in the text as written
            end = self.text.index(word, end) + len(word)
        return self._span(start, end)

    def _subject_phrase(self, left: int, verb_start: int) -> Span | None:
        """The noun phrase that ends right before a verb: البيت الأبيض in  لكن حقيقة أن البيت الأبيض أعلن.

        It starts at the leftmost subject head word (a title, a given name, a body,
        a medium, an anonymous or unnamed source) that no particle separates from the verb.
        """
        words = list(re.finditer(r"[^\s،,]+", self.text[left:verb_start]))[-8:]
        start = None
        for i in range(len(words) - 1, -1, -1):
            word = words[i].group()
            if _opens_clause(_strip_conjunction(word)) or _opens_clause(word):
                break
            if _looks_like_subject([_strip_conjunction(word)]):
                start = i
        if start is None:
            return None
        first = words[start]
        begin = left + first.start() + (len(first.group()) - len(_strip_conjunction(first.group())))
        return self._span(begin, _rstrip(self.text, begin, verb_start))

    def _antecedent(self, rel_start: int) -> Span | None:
        """The noun phrase a relative pronoun refers to: المرصد in  بحسب المرصد الذي أشار."""
        left = max(self.start, rel_start - 80)
        words = list(re.finditer(r"\S+", self.text[left:rel_start]))
        phrase: list[re.Match] = []
        apposed = False
        for w in reversed(words):
            if not phrase and w.group()[-1:] in "،,":
                apposed = True  # الناشط نبيل عواد، الذي قال: the comma sets the relative off
            elif w.group()[-1:] in "،,:;؛" or self.p.cue.fullmatch(w.group()) or len(phrase) == 6:
                break
            elif apposed and lexicon.fold(w.group()) in {lexicon.fold(p) for p in _prepositions()} - _AFFILIATION_LINKS:
                break  # ردت السلطات على تصريحات الناشط X، الذي: the phrase is the preposition's noun
            phrase.insert(0, w)
        if not phrase:
            return None
        # The antecedent that spoke starts at a word naming a speaker (بعد ساعات من بيان الجيش
        # الذي أعلن: بيان الجيش); without one, only a short phrase may be a name the lists lack
        # (تشعر بقلق بالغ من تصاعد الهجمات التي قال إنها: the attacks did not speak).
        # A head counts when its noun phrase runs on to the relative: in المنظمة قلقها من تصاعد
        # الهجمات التي the relative belongs to the attacks, the object after المنظمة.
        groups = lexicon.entries(LANG, "groups.txt")
        head = next((i for i, w in enumerate(phrase)
                     if (_looks_like_subject([_strip_conjunction(w.group())]) or lexicon.fold(w.group()) in groups)
                     and not _object_start(phrase[i:])), None)
        if head is None:
            words = [w.group() for w in phrase]
            if len(words) > 2 and _bare_name(words[-2:]):
                head = len(phrase) - 2  # بتصريحات للجنرال جيمس آموس الذي: a name the lists lack
            elif len(words) > 2 or not _plausible_speaker(" ".join(words)):
                return None
        first = phrase[head or 0]
        begin = left + first.start() + (len(first.group()) - len(_strip_conjunction(first.group())) if head else 0)
        return self._span(begin, _rstrip(self.text, left, left + phrase[-1].end()))

    def _clause_start(self, pos: int) -> int:
        """The start of the clause that holds ``pos``: after a comma, an earlier cue, or the sentence start."""
        floor = min(self.subject_floor, pos)
        left = floor
        for m in re.finditer(r"[،,:;؛]", self.text[floor:pos]):
            if not self._quoted(floor + m.start()):
                left = floor + m.end()
        return left

    # -- contents -------------------------------------------------------------

    def _content(self, pos: int, limit: int, verb: Verb | None, any_start: bool = False) -> Span | None:
        """The content opened at ``pos`` by a marker, a colon or a quote; None when nothing opens it."""
        start = self._content_start(pos, verb)
        if start is None:
            if not any_start:
                return None
            start = self._skip(pos)
        limit = self._content_limit(start, limit)
        comment = next((m.start() for m in _COMMENTARY.finditer(self.text, start, limit)
                        if not self._quoted(m.start())), None)
        limit = comment if comment is not None else limit  # ...، واضعة بذلك حداً لـ: the reporter's gloss
        if start >= limit:
            return None
        quote = self.doc.quote_at(start)
        if quote is not None and quote.start == start:
            end = self._joined_quotes(quote.end, limit)
            tail = self.text[end:limit]
            if not tail.strip() or tail.lstrip()[:1] in "،,.":
                return self._span(start, end)
        end = _rstrip(self.text, start, limit)
        return self._span(start, end) if end > start else None

    def _joined_quotes(self, end: int, limit: int) -> int:
        """The end of a quotation and of those joined to it ("سيستمر ..."، و"لن يفلت ..."): one content."""
        joint = re.compile(r"\s*(?:[،,]\s*و?|و)\s*(?=[" + Q_OPEN + "])")
        while (m := joint.match(self.text, end, limit)) is not None:
            quote = self.doc.quote_at(m.end())
            if quote is None or quote.start != m.end() or quote.end > limit:
                break
            end = quote.end
        return end

    def _content_start(self, pos: int, verb: Verb | None) -> int | None:
        pos = self._skip_spaces(pos)
        if pos >= self.end:
            return None
        ch = self.text[pos]
        if ch == ":":
            after = self._skip_spaces(pos + 1)
            opener = self.p.marker.match(self.text, after)
            if opener and lexicon.fold(opener.group()) not in ("ب", "عن") and self._skip_spaces(opener.end()) < self.end:
                return self._skip_spaces(opener.end())  # وقال: إن X: the complementiser is left out, as annotated
            return after
        if ch in Q_OPEN and self.doc.quote_at(pos) is not None:
            return pos
        stance = self.p.stance.match(self.text, pos)
        if stance:
            # أعرب عن اعتقاده أن X: the content is X; أعرب عن قلقه إزاء X: the stance is the content
            after = self._skip_spaces(stance.end())
            opener = self.p.marker.match(self.text, after)
            if after < self.end and (self.text[after] in ":" + Q_OPEN
                                     or opener and lexicon.fold(opener.group()) not in ("ب", "عن")):
                return self._content_start(after, None)
            rest = re.split(r"[،,.:;؛]", self.text[stance.end():self.end])[0].split()
            if len(rest) <= 1 and all(_PRONOUN_PHRASE.fullmatch(w) for w in rest):
                return None  # أعربت عن قلقها بشأنه: a stance about "it", no content of its own
            return self._skip_spaces(pos + len(re.match(r"عن\s*", self.text[pos:]).group()))
        if _NEGATED_COMPLEMENT.match(self.text, pos):
            return pos  # أكد ألا تغيير: ألا is أن + لا, and the negation stays in the claim
        m = self.p.marker.match(self.text, pos)
        if m:
            word = lexicon.fold(m.group())
            if word == "ب":
                return pos  # أفاد بوصول ...: the content keeps its preposition
            if word == "عن" and verb is not None and verb.preposition != "عن":
                return None
            return self._content_start(m.end(), verb) or self._skip_spaces(m.end())
        if re.match(r"ب(?:[\w\u0640]{3,}|ما(?![\w\u0640]))", self.text[pos:pos + 12]) and verb is not None \
                and verb.preposition == "ب":
            return pos  # (ندد بما جرى: بـ + ما, "what")
        if verb is not None and verb.preposition:
            prep = re.compile(lexicon.word_pattern(verb.preposition) + r"(?![\w\u0640])").match(self.text, pos)
            if prep:
                after = self._skip_spaces(prep.end())
                opener = self.p.marker.match(self.text, after)
                if opener and lexicon.fold(opener.group()) not in ("ب", "عن"):
                    return self._skip_spaces(opener.end())  # شدد على أن X: the complementiser is left out
                return after
        if verb is None:
            for prep in ("إلى", "على", "من"):
                pm = re.compile(lexicon.word_pattern(prep) + r"(?![\w\u0640])").match(self.text, pos)
                if pm:
                    return self._content_start(pm.end(), None) or self._skip_spaces(pm.end())
        return None

    def _host(self, cue_start: int) -> Span | None:
        """The clause an "according to" cue trails: from the clause start to the comma before the cue."""
        end = _rstrip(self.text, self.boundary, cue_start)
        start = self.boundary
        for m in self.p.opener.finditer(self.text, start, end):
            if not self._quoted(m.start()):
                start = m.end()
        start = self._after_comma(start)
        words = self.text[start:end].split()
        if len(words) < 2 or lexicon.fold(clean(words[-1])) in _complementisers():
            return None  # وأكدت الوكالة أنه وفقاً لـ ...: the content comes after the cue, not before it
        return self._span(self._last_clause(start, end), end)

    def _last_clause(self, start: int, end: int) -> int:
        """Where the claim an "according to" trails starts: the whole host, except a consequence clause.

        ..., ما خلف أكثر من 200 إصابة، وفق حصيلة أولية: the figure in the
        ما/مما clause is what the count is credited for, not the narration before it.
        """
        commas = [start + m.end() for m in re.finditer(r"[،,]", self.text[start:end])
                  if not self._quoted(start + m.start())]
        if not commas:
            return start
        tail = self._skip_spaces(commas[-1])
        first = self.text[tail:end].split()[:1]
        if first and lexicon.fold(first[0]) in _CONSEQUENCE and len(self.text[tail:end].split()) >= 3:
            return tail
        return start

    def _content_limit(self, pos: int, next_cue: int) -> int:
        """Content runs to the sentence end, or to the last comma before the next cue."""
        if next_cue >= self.end:
            return self.end
        commas = [pos + m.start() for m in re.finditer(r"[،,]", self.text[pos:next_cue])
                  if not self._quoted(pos + m.start())]
        if commas:
            return commas[-1]
        cue = self.p.cue.match(self.text, next_cue)
        if cue is not None and cue.group("participle"):
            return next_cue  # "..." مشيراً إلى: the participle opens the next statement
        return next_cue if self.text[next_cue] in "وف" else self.end

    # -- outlets ----------------------------------------------------------------

    def _outlet(self, pos: int) -> tuple[Outlet | None, int]:
        """An outlet phrase at ``pos`` (لـ"الشرق الأوسط"، في تصريحات لوكالة ...), and where it ends,
        past an aside that follows a statement phrase (في تصريح صحفي على هامش زيارة ...،)."""
        outlet, end = self._outlet_phrase(pos)
        statement = self.p.statement.match(self.text, pos)
        words = self.text[end:self.end].split()[:1]
        if statement is not None and outlet is None and words and self.text[end] not in Q_OPEN + ":،," \
                and not self._explicit_opener(end) and not _looks_like_subject(words):
            aside_end = self._aside_end(statement.start())  # خلال لقاء حزبي عقد أخيراً بالرباط، أن
            if aside_end > end:
                return self._carried_by(self._skip(aside_end))
        if end > pos and self.p.adjunct.match(self.text, end):
            aside_end = self._aside_end(end)
            if aside_end > end:
                outlet = outlet or self._outlet_within(end, aside_end)
                end = self._skip(aside_end)
        return outlet, end

    def _carried_by(self, pos: int) -> tuple[Outlet | None, int]:
        """في مؤتمر صحفي ...، ونقلته شبكة "سكاي نيوز"، أن: the medium that carried the occasion, if named."""
        m = _CARRIED.match(self.text, pos)
        if m is None:
            return None, pos
        at = self._skip_spaces(m.end())
        stop = self._outlet_end(at)
        if stop <= at or parse_mention(self.text[at:stop]).kind != "media":
            return None, pos
        named = self._span(at, stop)
        return self._relayed(Outlet(clean(named.text), named)), self._skip(stop)

    def _outlet_phrase(self, pos: int) -> tuple[Outlet | None, int]:
        statement = self.p.statement.match(self.text, pos)
        if statement is None:
            named = self._outlet_name(pos, after_statement=False)
            return (named[0], self._skip(named[1])) if named else (None, pos)
        named = self._outlet_name(self._skip_spaces(statement.end()), after_statement=True)
        phrase_end = named[1] if named is not None else statement.end()
        stop = re.compile(r"[،,:;؛]").search(self.text, statement.end(), self.end)
        platform = self.p.platform.search(self.text, statement.end(), stop.start() if stop else self.end)
        if platform is not None:  # في بيان عبر صفحتها على "فيسبوك": the platform is the outlet
            phrase_end = max(phrase_end, platform.end() + (1 if self.text[platform.end():platform.end() + 1]
                                                           in "”\"»" else 0))
            return Outlet(clean(platform.group()), self._span(platform.start(), platform.end())), self._skip(phrase_end)
        if named is None:
            published = self._published_by(statement.end())
            if published is not None:  # في تصريحات نقلتها وكالة رويترز: the medium that carried them
                return published
            aired = self._broadcast_outlet(statement.end(), stop.start() if stop else self.end)
            if aired is not None:  # خلال مداخلة هاتفية في برنامج "..." على شاشة "...":
                return aired[0], self._skip(aired[1])
            return self._post_platform(statement.start(), statement.end()), self._skip(statement.end())
        return named[0], self._skip(named[1])

    def _broadcast_outlet(self, start: int, end: int) -> tuple[Outlet, int] | None:
        """The channel a statement went out on, named in its occasion phrase: على شاشة "الأفق"، عبر
        أثير إذاعة ...، على قناة الأفق (after a programme's name, في برنامج "..."); and where it ends."""
        if len(re.findall(_WORD, self.text[start:end])) > 12:
            return None
        m = _BROADCAST.search(self.text, start, end)
        if m is None:
            return None
        at = self._skip_spaces(m.end())
        if self.text[at:at + 1] in Q_OPEN:
            quote = self.doc.quote_at(at)
            if quote is None or quote.start != at or len(self.text[quote.inner[0]:quote.inner[1]].split()) > 4:
                return None
            a, b = quote.inner
            return Outlet(clean(self.text[a:b]), self._span(a, b)), quote.end
        stop = _rstrip(self.text, at, min(self._outlet_end(at), end))
        if stop <= at or parse_mention(self.text[at:stop]).kind != "media" and not m.group("screen"):
            return None
        return Outlet(clean(self.text[at:stop]), self._span(at, stop)), stop

    def _published_by(self, pos: int) -> tuple[Outlet, int] | None:
        """في تصريحات نشرتها صحيفة الأفق، نقلتها وكالة رويترز: the medium that published or carried
        the statement, named after the verb; it relays the source's later statements too."""
        m = _PUBLISHED.match(self.text, pos)
        if m is None:
            return None
        at = self._skip_spaces(m.end())
        stop = self._outlet_end(at)
        if stop <= at or parse_mention(self.text[at:stop]).kind != "media":
            return None
        named = self._span(at, stop)
        outlet = self._relayed(Outlet(clean(named.text), named))
        return (outlet, self._skip(stop)) if outlet is not None else None

    def _post_platform(self, start: int, end: int) -> Outlet | None:
        """في تغريدة: a tweet names its platform though the text does not (guide: "in a tweet" is X/Twitter)."""
        for m in self.p.statement_noun.finditer(self.text, start, end):
            platform = _post_platforms().get(lexicon.fold(m.group()))
            if platform is not None:
                return Outlet(platform, self._span(m.start(), m.end()))
        return None

    def _outlet_name(self, pos: int, after_statement: bool = True) -> tuple[Outlet, int] | None:
        """The outlet named at ``pos``: after لـ (or مع, عبر ... after a statement noun), quoted or a media name."""
        link = _LINK.match(self.text, pos)
        if link and not after_statement and link.group().strip() not in ("ل", "لـ"):
            return None
        if self.p.adjunct.match(self.text, pos):
            return None  # في تصريح على هامش زيارة: an aside, not whom the statement went to
        start = link.end() if link else pos
        if link and self.text[start:start + 1] == "(":
            close = self.text.find(")", start, min(self.end, start + 60))
            if close > start + 1:  # ل(وات): the agency's short name in parentheses
                return Outlet(clean(self.text[start + 1:close]), self._span(start + 1, close)), close + 1
        quote = self.doc.quote_at(start)
        if link and quote is None and self.text[start:start + 1] in Q_OPEN:
            unclosed = re.match(r"[" + Q_OPEN + r"]\s*([^:،,.;؛" + Q_OPEN + r"»]{2,40}?)\s*(?=[:،,.;؛]|\s+(?:إن|أن)\s)",
                                self.text[start:self.end])
            if unclosed and len(unclosed.group(1).split()) <= 3:  # لـ «المدينة: إن ...: a quote left open
                a = start + unclosed.start(1)
                return Outlet(clean(unclosed.group(1)), self._span(a, a + len(unclosed.group(1)))), start + unclosed.end()
        if (link or after_statement and not self._closing_quote(quote) if quote is not None else False) \
                and quote is not None and quote.start == start:
            a, b = quote.inner
            return Outlet(clean(self.text[a:b]), self._span(a, b)), quote.end
        named = self.p.outlet_named.match(self.text, pos)
        written_lam = link is not None and link.group().strip() == "لـ"  # لـ written apart opens a name
        if not (named or after_statement and link or written_lam):
            return None
        article = ""
        if named and not link:
            start = named.end()  # لوكالة الأنباء: the preposition is not part of the outlet's name
            article = "ال" if named.group() == "لل" else ""  # للوكالة: لـ + الوكالة
        end = self._outlet_end(start)
        if end <= start:
            return None
        if link and not named and link.group().strip() not in ("ل", "لـ") \
                and parse_mention(self.text[start:end]).kind != "media" and not self.p.platform.search(self.text, start, end):
            return None  # خلال مؤتمر صحفي مع رئيس الوزراء: whom it was held with, not a medium
        if written_lam and not (named or after_statement) and not self._unquoted_outlet(start, end):
            return None
        return Outlet(clean(article + self.text[start:end]), self._span(start, end)), end

    def _unquoted_outlet(self, start: int, end: int) -> bool:
        """وقال عبد الغفار لـ كوردستان 24، إن: after لـ written apart, a short unquoted name closed by a
        comma or the complementiser is whom the statement was given to, unless a given name opens it."""
        words = self.text[start:end].split()
        return 0 < len(words) <= 4 and not _is_first_name(words[0])

    def _outlet_end(self, pos: int) -> int:
        stop = re.compile(r"[،,:;؛.]|(?<![\w\u0640])(?:[أإ]ن(?:ه|ها|هم|هما)?|بأن(?:ه|ها|هم)?|إلى|عن|في|الذي|التي)"
                          r"(?![\w\u0640])|[“\"«]"  # (لشبكة CNN في محادثات منفصلة: في opens an aside)
                          r"|(?<![\w\u0640])(?:من|على)(?=\s+[أإ]ن(?![\w\u0640]))")  # لوكالة رويترز من أن (حذر من)
        m = stop.search(self.text, pos, self.end)
        if m and m.group() in Q_OPEN and len(self.text[pos:m.start()].split()) <= 4:
            quote = self.doc.quote_at(m.start())
            if quote is not None and quote.start == m.start() and not self._closing_quote(quote) \
                    and len(self.text[quote.start:quote.end].split()) <= 4:
                # قناة "الحدث"، وكالة الأنباء الروسية «ريا نوفوستي»: a head and its quoted name,
                # with the adjectives after it (صحيفة "الأفق" اليومية)
                end = quote.end
                while (adjective := re.match(r"\s+([\w\u0640]+)", self.text[end:self.end])) \
                        and _adjective(lexicon.fold(adjective.group(1))):
                    end += adjective.end()
                return end
        end = m.start() if m else self.end
        aside = next((a.start() for a in self.p.adjunct.finditer(self.text, pos, end)
                      if a.start() > pos and self.text[a.start() - 1].isspace()), None)
        end = _rstrip(self.text, pos, aside if aside is not None else end)  # لصحيفة الأفق على هامش ...
        return self._trim_adverbs(pos, end) if end > pos else end  # لوكالة الأنباء مساء اليوم الثلاثاء

    def _outlet_here(self, pos: int) -> bool:
        if self.p.statement.match(self.text, pos):
            return True
        if self.text.startswith("لـ", pos) and not self.p.outlet_quoted.match(self.text, pos):
            return self._outlet_name(pos, after_statement=False) is not None  # لـ كوردستان 24
        if not (self.p.outlet_quoted.match(self.text, pos) or self.p.outlet_named.match(self.text, pos)):
            return False
        before = self.text[max(self.start, pos - 20):pos].split()
        return not (before and lexicon.fold(before[-1]) in lexicon.entries(LANG, "affiliation_links.txt"))

    # -- small helpers -------------------------------------------------------

    def _attribution(self, claim: Span, cue: Span, speaker: Span | None, source, outlet) -> Attribution:
        trailing = self._trailing_outlet(claim)
        if trailing is not None:  # قال إن ...، في تصريحات لصحيفة الأفق.
            claim, outlet = self._span(claim.start, trailing[1]), outlet or trailing[0]
        asked = re.compile(r"\s*[،,]\s*(?:و?ذلك\s+)?").match(self.text, claim.end)
        if outlet is None and asked and _QUESTION.match(self.text, asked.end()):
            outlet = self._question_outlet(asked.end(), self.end)  # "..."، وذلك ردا على سؤال لصحيفة الأفق
        if outlet is not None and outlet.name:
            outlet = self._as_named(outlet, claim.start)
        key = lexicon.fold(source.name) if source.name and source.kind != "unspecified" else None
        if outlet is None and key and self._own_occasion(cue, claim):
            self.told.pop(same_speaker_key(self.told, key), None)  # the interview is over,
            self.outlets.pop(same_speaker_key(self.outlets, key), None)  # and so is the report that relayed it
        elif outlet is None and key and not self._pluperfect(cue):
            # وقال لافروف after نقلت الوكالة عن لافروف: the same report goes on; after قال لافروف
            # لـ"الأفق", the same interview, until another source speaks
            outlet = self.outlets.get(same_speaker_key(self.outlets, key)) \
                or self.told.get(same_speaker_key(self.told, key))
        if key and same_speaker_key(self.told, key) is None:
            self.told.clear()
        if key and outlet is not None and outlet.span is not None:
            if outlet.span.start in self.relays:
                self.outlets[key] = outlet
            elif not self._platform(outlet):  # a post is one post, not an interview that goes on
                self.told[key] = outlet
        self.last_outlet = outlet
        self.claims.append(claim)
        self.previous = None  # set below, once the record exists
        self.boundary = max(self.boundary, claim.end if claim.start > cue.start else cue.end)
        self.subject_floor = max(self.subject_floor, claim.start if claim.start > cue.start else cue.end)
        direct = claim.text[:1] in Q_OPEN + "»" and (q := self.doc.quote_at(claim.start)) is not None \
            and q.end == claim.end
        self.previous = Attribution(claim, cue, speaker, source, outlet, direct, negated=_denies(cue.text))
        return self.previous

    def _as_named(self, outlet: Outlet, at: int) -> Outlet:
        """An outlet under the name the article knows it by."""
        name = _SAME.sub("", outlet.name)  # الوكالة ذاتها: the agency named before
        name = _without_descriptors(name)  # وكالة الأنباء الفلسطينية الرسمية (وفا)
        name = self._spelled_out(name, outlet.span.start if outlet.span else at)
        return Outlet(self.resolver.lookup(name).name or outlet.name, outlet.span)

    def _spelled_out(self, name: str, before: int) -> str:
        """An agency's short name (ل(وفا)، لـ"واس") as the article spelled it out earlier, the
        short name in parentheses after the full one (وكالة الأنباء الفلسطينية (وفا)): the same medium."""
        if len(name.split()) > 2 or not name.strip():
            return name
        for m in re.finditer(rf"\(\s*{re.escape(name.strip())}\s*\)", self.text[:before]):
            words = self.text[:m.start()].split()[-6:]
            for k in range(len(words) - 1):
                folded = [lexicon.fold(clean(w)) for w in words[k:]]
                full = " ".join(clean(w) for w in words[k:])
                if full and _starts_with(folded, "media.txt") and parse_mention(full).kind == "media" \
                        and not any(re.search(r"[،,.:؛]", w) for w in words[k:]):
                    return _without_descriptors(full)
        return name

    def _relayed(self, outlet: Outlet | None, told: bool = False) -> Outlet | None:
        """Remember an outlet as a medium that relays a report: the source's later statements came through it.

        A statement given to a medium (لـ"الشرق الأوسط") passes only to the
        continuations that follow it; a report relayed by one (نقلت وكالة X عن،
        وفقاً لرويترز) carries everything the article quotes from that source.
        The article's own publisher relaying it (بحسب ما نشرته "الشرق الأوسط" in
        that paper) is no outlet (guide, rule 5), unless the source spoke to it
        (``told``: نقلت الصحيفة عن مصدر).
        """
        if outlet is not None and not told and self.doc.is_publisher(outlet.name):
            return None
        if outlet is not None and outlet.span is not None:
            self.relays.add(outlet.span.start)
        return outlet

    def _platform(self, outlet: Outlet) -> bool:
        return is_platform(outlet.name)

    def _trailing_outlet(self, claim: Span) -> tuple[Outlet, int] | None:
        """The statement phrase that ends a content after a comma and names its medium
        (...، في تصريحات لصحيفة الأفق), and where the content ends before it."""
        if claim.text[:1] in Q_OPEN and claim.text.rstrip()[-1:] in Q_OPEN + "»":
            return None  # a quotation ends where it closes
        for comma in reversed(list(re.finditer(r"[،,]", claim.text))):
            at = self._skip_spaces(claim.start + comma.end())
            if self._quoted(claim.start + comma.start()):
                continue
            asked = re.match(r"(?:و?ذلك\s+)?", self.text[at:])
            if _QUESTION.match(self.text, at + asked.end()):  # ...، وذلك ردا على سؤال لصحيفة الأفق
                outlet = self._question_outlet(at, self.end)
                if outlet is not None:
                    return outlet, _rstrip(self.text, claim.start, claim.start + comma.start())
            if not self.p.statement.match(self.text, at):
                continue
            outlet, end = self._outlet(at)
            if outlet is not None and _rstrip(self.text, at, end) >= _rstrip(self.text, claim.start, claim.end):
                return outlet, _rstrip(self.text, claim.start, claim.start + comma.start())
            return None
        return None

    def _own_occasion(self, cue: Span, claim: Span) -> bool:
        """وقال X في تصريحه، إن / وفي بيان، قال X: an occasion named without a medium is another
        occasion than the interview before it, which does not go on (guide: no outlet for "in a statement")."""
        left = self._clause_start(cue.start) if claim.start > cue.start else claim.end
        right = claim.start if claim.start > cue.start else cue.start
        return self.p.statement.search(self.text, left, right) is not None \
            or _audience().search(self.text, left, right) is not None  # أمام الصحافيين

    def _after_quantifier(self, pos: int) -> bool:
        """وأعلن أحد تلك المصادر أن: a demonstrative after أحد or بعض is the subject's, not the object's."""
        before = self.text[max(self.start, pos - 8):pos].split()
        return bool(before) and lexicon.fold(before[-1]) in lexicon.entries(LANG, "quantifiers.txt")

    def _pluperfect(self, cue: Span) -> bool:
        """وكان الوزير أعلن ...: a statement made earlier, on another occasion, outside the report."""
        return bool(self.p.kana.match(self.text, self._skip_spaces(self._clause_start(cue.start))))

    def _marker_here(self, pos: int, verb: Verb) -> bool:
        if verb.past in _object_verbs() and self.p.object_opener.match(self.text, pos) \
                and not self._after_quantifier(pos):
            return True
        if _NEGATED_COMPLEMENT.match(self.text, pos):
            return True
        m = self.p.marker.match(self.text, pos)
        if m and lexicon.fold(m.group()) not in ("ب", "عن"):
            return True
        if self.p.stance.match(self.text, pos):
            return True
        if verb.preposition:
            prep = re.compile(lexicon.word_pattern(verb.preposition) + r"(?![\w\u0640])").match(self.text, pos)
            if prep and verb.preposition != "ب":
                return not self._preposition_again(prep, verb)
            if verb.preposition == "ب" and re.match(rf"بـ?\s*[{Q_OPEN}]", self.text[pos:pos + 4]):
                return True  # وصفتها بـ"الأسوأ": the preposition before a quote
            if verb.preposition == "ب" and re.match(r"ب(?:ال|[\w\u0640]{2,})", self.text[pos:pos + 12]):
                word = re.match(_WORD, self.text[pos:]).group()
                return not (_is_first_name(word) or _looks_like_subject_word(word)
                            or lexicon.fold(word) in lexicon.entries(LANG, "ba_words.txt"))  # بين البلدين
        return False

    def _preposition_again(self, prep: re.Match, verb: Verb) -> bool:
        """حذر عدد من النواب من أن ...، شدد المشرف على المشروع على أن: the verb's preposition inside
        the subject (عدد من، مقربة من، المشرف على) is not the one that opens the content when the
        same preposition comes again, before the clause's next comma, with أن, a colon or a quote
        right after it."""
        if self._explicit_opener(prep.end()):
            return False
        stop = re.compile(r"[،,:;؛.!؟?]").search(self.text, prep.end(), self.end)
        again = re.compile(r"(?<![\w\u0640])" + lexicon.word_pattern(verb.preposition) + r"(?![\w\u0640])")
        for n, m in enumerate(again.finditer(self.text, prep.end(), stop.start() if stop else self.end)):
            if n >= 2 or len(self.text[prep.end():m.start()].split()) > _MAX_SUBJECT_WORDS + 4:
                break
            if self._explicit_opener(m.end()) and not self._quoted(m.start()):
                return True
        return False

    def _is_content_quote(self, start: int, end: int) -> bool:
        quote = self.doc.quote_at(start)
        return quote is not None and quote.start == start and quote.end >= end

    def _quoted(self, pos: int) -> bool:
        return self.doc.quote_at(pos) is not None

    def _skip_spaces(self, pos: int, end: int | None = None) -> int:
        end = self.end if end is None else end
        while pos < end and self.text[pos].isspace():
            pos += 1
        return pos

    def _skip(self, pos: int) -> int:
        """Past spaces, commas and adverbs (أمس، لاحقاً، فيه) that sit between a cue and what it governs,
        and past a قائلاً read with the verb before it (وأضاف الوزير قائلاً إن)."""
        while True:
            pos = _SPACE.match(self.text, pos).end()
            if pos in self.manner_ends:
                pos = self.manner_ends[pos]
                continue
            adverb = self.p.adverb.match(self.text, pos)
            if not adverb or pos >= self.end:
                return min(pos, self.end)
            pos = adverb.end()

    def _past_apposition(self, pos: int, limit: int) -> int:
        """Where the content starts after «بحسب X،»: past the speaker's apposition and the فإن or
        فقد that opens the main clause (بحسب العقيد X، المتحدث باسم الشرطة، فإن ...), when the
        words before the opener are a short phrase that opens with a title."""
        opener = _MAIN_CLAUSE.search(self.text, pos, limit)
        if opener is None:
            return pos
        words = self.text[pos:opener.start()].split()
        titled = bool(words) and lexicon.fold(words[0]) in lexicon.entries(LANG, "titles.txt")
        if not titled or len(words) > _APPOSITION_WORDS:
            return pos  # وبحسب المرصد، قتل 5 أشخاص، فإن ...: a clause, not who the speaker is
        return self._skip_spaces(opener.end())

    def _after_comma(self, pos: int) -> int:
        return _SPACE.match(self.text, pos).end()

    def _span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)


# عنه، عنها، عنهم: a relay verb's "from" with the pronoun of whoever was quoted last.
_RELAYED_PRONOUN = re.compile(r"(?<![\w\u0640])عن(?:ه|ها|هم|هما)(?![\w\u0640])")

# فإن / فقد after a comma opens the main clause an «according to» phrase leads into.
_MAIN_CLAUSE = re.compile(r"[،,]\s*(?:فإن|فان|فقد)(?![\w\u0640])")
_APPOSITION_WORDS = 8


def is_platform(name: str) -> bool:
    """Whether an outlet is a platform the source posted on (تويتر، فيسبوك), not a medium it spoke to."""
    return bool(patterns().platform.fullmatch(name)) or name in _post_platforms().values()


def occasion(text: str, rec: Attribution) -> str | None:
    """What the words around a record say of the occasion it was made on, when it is not the
    report the article is following: ``earlier`` (وكان الوزير قد أعلن: a statement made before),
    ``own`` (في بيان، في تصريحه، أمام الصحافيين: an occasion named without a medium). For the outlet-carrying
    model (nlp/carry.py): a statement on another occasion did not go to the last medium."""
    # (looked for within a sentence's reach: a text without stops must not be searched back to its start
    # for every record)
    reach = max(0, rec.cue.start - MAX_SENTENCE_CHARS)
    clause = max(reach, max(text.rfind(stop, reach, rec.cue.start) for stop in (".", "،", ",", "\n", "؛")) + 1)
    if patterns().kana.search(text, clause, rec.cue.start):
        return "earlier"
    left, right = sorted((rec.cue.end, rec.claim.start)) if rec.claim.start > rec.cue.start \
        else (clause, rec.cue.start)
    if patterns().statement.search(text, left, right) or _audience().search(text, left, right):
        return "own"  # في بيان، أمام الصحافيين
    return None


def _nested(found: list[Attribution], object_reports: frozenset[int] | set[int] = frozenset()) -> list[Attribution]:
    """X said that Y said Z: the inner speaker is the source, the outer one the outlet (guide, rule 4).

    An attribution is nested in an earlier one when its speaker opens the
    earlier one's content (زعمت الصحيفة أن مصدراً أمنياً قال لها بأن ...;
    وبحسب تقرير نشرته صحيفة X، فإن مسؤولين ... أكدا أن ...); the outer one
    is dropped and, when it was a medium or a relay, becomes the outlet.
    An inner report with a plain object (``object_reports``: قال المسؤول إن الشركات أعلنت
    اعتزامها ...) relays no words: the outer speaker's statement about it stands beside it.
    """
    out: list[Attribution] = []
    for att in found:
        outer = out[-1] if out else None
        if outer is not None and att.source.kind == "unspecified" and _inside(att.cue, outer.claim):
            continue  # مضيفاً أن المعلومات تشير إلى ...: the information is part of what was said
        if outer is not None and att.speaker is not None and _opens(outer.claim, att.speaker) \
                and not _a_person(outer.source) and att.cue.start not in object_reports:  # وزير الداخلية قال إن دول أوروبية تؤكد: two statements
            out.pop()
            att.outlet = att.outlet or Outlet(outer.source.name or clean(outer.speaker.text if outer.speaker else ""),
                                              outer.speaker)
        out.append(att)
    return out


def _a_person(source) -> bool:
    """A person speaking (a title, a given name), who is never the medium of what he reports others said."""
    words = [lexicon.fold(w) for w in clean(source.name or "").split()]
    return source.kind == "person" and bool(source.role or _person_start(words) is not None)


def _inside(span: Span, claim: Span) -> bool:
    return claim.start <= span.start and span.end <= claim.end


def _opens(claim: Span, speaker: Span) -> bool:
    """Whether ``speaker`` stands at the start of ``claim`` (after فإن/أن) and ends inside it."""
    if not (claim.start <= speaker.start and speaker.end <= claim.end):
        return False
    lead = claim.text[:speaker.start - claim.start].split()
    return all(lexicon.fold(w) in _clause_breaks() for w in lead)


def _strip_stop(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".!?؟…\n ":
        end -= 1
    return end


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:;؛."):
        end -= 1
    return end


def _unclitic(word: str) -> str:
    return word[1:] if word[:1] in "وف" and lexicon.fold(word[1:]) in verbs() else word


def _bare_person(words: str) -> bool:
    """A name alone, without the article or a preposition on any word (جيمس آموس, not أسماء الدول
    الأخرى or بمحافظة أبين)."""
    folded = [lexicon.fold(clean(w)) for w in words.split()]
    return bool(folded) and not any(f.startswith("ال") for f in folded) and folded[0][:1] not in "بل" \
        and parse_mention(words).kind == "person"


def _relative_disagrees(relative: str, cue: str) -> bool:
    """Whether a relative pronoun and the cue verb right after it differ in gender or number (التي قال،
    الذي قالت، الذين قال): then what the pronoun refers to is the verb's object, not its subject."""
    verb = verbs().get(lexicon.fold(_unclitic(cue)))
    if verb is None:
        return False
    form = lexicon.fold(_unclitic(cue))
    masculine = form in (lexicon.fold(verb.past), lexicon.fold(verb.present))
    feminine = arabic_forms.feminine(form, verb)
    rel = lexicon.fold(relative)
    return rel in ("التي", "اللتان", "اللتين", "اللواتي", "اللاتي", "الذين") and masculine \
        or rel == "الذي" and feminine


def _disagrees(cue: str, verb: Verb, written: str) -> bool:
    """Whether the word after a feminine cue verb is a definite masculine verbal noun (وأكدت القبض
    على ...، وأعلنت الإفراج عن ...): it cannot be the verb's subject, so it is its object and the
    subject is implied."""
    if not arabic_forms.feminine(lexicon.fold(_unclitic(cue)), verb):
        return False
    folded = lexicon.fold(written)
    if not folded.startswith("ال") or written.endswith(("ة", "ات")) or folded in _subject_heads():
        return False
    stem = folded[2:]
    if len(stem) == 5 and stem[0] == "ا" and stem[3] == "ا" and not written[2:].startswith("إ"):
        return False  # الأنباء، الأخبار: a broken plural (feminine in agreement) shares the shape of إفعال
    return arabic_forms.verbal_noun(stem) and stem not in _subject_heads()


def _denies(cue: str) -> bool:
    """Whether a cue denies its content: نفى، ينفي، نافياً، أنكر."""
    word = cue.split()[-1] if cue.split() else cue
    folded = lexicon.fold(_unclitic(word))
    verb = verbs().get(folded)
    denials = lexicon.entries(LANG, "denials.txt")
    if verb is not None:
        return lexicon.fold(verb.past) in denials
    return any(folded in (d, d[:-1] + "ه", d[:-1] + "ين") for d in denials if d.endswith("ا")) or folded in denials


def _plausible_speaker(text: str) -> bool:
    """Whether words could name a speaker: not a time word, a particle, a participle or a prepositional phrase."""
    words = patterns().anonymity.sub(" ", text).split()  # الذي لم يكشف عن اسمه: its verb is no clause
    if not words:
        return False
    raw = clean(words[0])
    first = lexicon.fold(raw)
    if first[:1] in "وف" and lexicon.fold(first[1:]) in _not_speakers() \
            and first not in lexicon.entries(LANG, "titles.txt"):  # والي is a title, not و + إلى
        raw, first = raw[1:], first[1:]
    if lexicon.fold(_unclitic(raw)) in verbs() and not _is_first_name(raw):
        return False  # ...، وأوضح أنه: a speech verb opens a clause of its own, it names no one
    if any(lexicon.fold(_unclitic(clean(w))) in verbs() and words[n] not in _prepositions()
           or lexicon.fold(clean(w)) in _complementisers()
           or lexicon.fold(clean(w)) in _participle_set() for n, w in enumerate(words[1:])):
        return False  # وزير سوري أبلغ رويترز أن بلاده: a clause, not a name (من أبرز: a noun after من)
    if _is_first_name(raw) and raw not in lexicon.lines(LANG, "not_speakers.txt"):
        return True  # علي folds like على, أحمد like the weekday: a name as written is a name
    if first in lexicon.entries(LANG, "demonstratives.txt") and len(words) > 1 \
            and lexicon.fold(clean(words[1])) in _subject_heads():
        return True  # وقالت هذه المصادر إن: those sources, named again (قال ذلك is no speaker)
    return not (first in _not_speakers() or first in _participle_set() or _is_masdar(first)
                or first.startswith(("بال", "لل")) and first not in _subject_heads()
                or _masdar_with_pronoun(raw))


def _quoted_title(words: str) -> bool:
    """«بحسب "الفرنسية"»: a name of one or two words in quotation marks, the way papers write the
    title of a medium they cite (الفرنسية for the French agency), which the lists cannot all hold."""
    words = words.strip()
    return len(words) > 2 and words[0] in Q_OPEN and words[-1] in "\"”»’'" \
        and 1 <= len(words[1:-1].split()) <= 2


@lru_cache(maxsize=None)
def _masdar_governors() -> frozenset[str]:
    return frozenset(lexicon.fold(w) for w in lexicon.entries(LANG, "masdar_governors.txt"))


@lru_cache(maxsize=None)
def _prepositions() -> frozenset[str]:
    return frozenset(lexicon.lines(LANG, "prepositions.txt"))  # as written: على is not the name علي


@lru_cache(maxsize=None)
def _issued_by() -> re.Pattern:
    """A document and who issued it: بيان أصدرته الكتائب، بيان للجيش، بيان مقتضب، لألوية العمالقة،
    رسالة وجهها الوزير، رسالة صادرة عن الرئاسة (the document's adjectives, statement_adjectives.txt, and a comma may stand between)."""
    adjectives = lexicon.alternation(_lex("statement_adjectives.txt"))
    issued = "|".join(sorted((stem + pronoun for stem in _lex("issuing_verbs.txt") for t in ("", "ت")
                              for pronoun in (t + "ه", t + "ها")), key=len, reverse=True))  # longest first: أصدرتها
    return re.compile(rf"\s*(?P<doc>\S+)(?:\s+(?:{adjectives})[ةا]?)?[،,]?\s+(?:(?:{issued})(?![\w\u0640])|"
                      r"(?:ال)?صادرة?\s+عن|صدرت?\s+عن|من(?=\s)|(?P<link>لـ?)|(?P<genitive>(?=\S)))"
                      r"\s*(?P<issuer>.+)$")


@lru_cache(maxsize=None)
def _issuing() -> re.Pattern:
    """أصدر حزب الله بياناً، نشرت الوزارة تقريراً: an issuing verb (issuing_verbs.txt), its subject of a
    few words, and an indefinite document (documents.txt) as its object."""
    docs = lexicon.alternation([d for d in _lex("documents.txt") if not d.startswith("ال")])
    return re.compile(rf"(?<![\w\u0640])[وف]?(?:{lexicon.alternation(_lex('issuing_verbs.txt'))})(?:ت|وا)?\s+"
                      rf"(?P<issuer>(?:[^\s،,.:؛]+\s+){{1,5}}?)(?:{docs})(?:اً|ًا|ا)?(?![\w\u0640])")


def _issuer_head(words: str) -> bool:
    """Whether the words after an indefinite document noun name who issued it (بيان وزارة الصحة،
    بيان الجيش، بيان درعي) rather than describe it (بيان صحفي، بيان مشترك): a definite word,
    a speaker's head word or a name, and no adjective of the statement."""
    first = clean(words).split()[:1]
    if not first:
        return False
    folded = lexicon.fold(first[0])
    if folded in lexicon.entries(LANG, "statement_adjectives.txt") or folded.rstrip("ه") in lexicon.entries(
            LANG, "statement_adjectives.txt") or folded in _not_speakers() or _is_masdar(folded):
        return False
    return folded.startswith("ال") or _looks_like_subject([first[0]]) or not folded.endswith(("ي", "يه"))


def _as_put(word: str) -> bool:
    """وصفه، تعبيره، زعمه، قوله after بحسب: "as he put it", a saying with the speaker's pronoun;
    its stem is a verbal noun or spelled as a speech verb is (وصف، زعم)."""
    if _masdar_with_pronoun(word) or _is_first_name(word):
        return False if _is_first_name(word) else True
    for suffix in ("هما", "هم", "ها", "ه"):
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 3:
            return lexicon.fold(stem) in verbs()
    return False


def _verbal_noun_object(word: str) -> bool:
    """What a report inside another's content reports, as its first word: a verbal noun with a
    pronoun or the article (أعلنت اعتزامها، أكد ضرورة ...؛ التعاون), or one after بـ, the preposition
    such verbs take (اعترفا باستلام الشحنة). A bare noun (اعترف بأي سرقة) is not one: the verb is
    part of what was said."""
    folded = lexicon.fold(word)
    if _masdar_with_pronoun(word) or folded.startswith("ال") and _is_masdar(folded[2:]):
        return True
    if not folded.startswith("ب") or len(folded) < 5:
        return False
    rest = folded[3:] if folded.startswith("بال") else folded[1:]
    return _masdar_with_pronoun(word[1:]) or _is_masdar(rest)


def _masdar_with_pronoun(word: str) -> bool:
    """سيطرته، تأييدها، استجوابه، لاستمرار: a verbal noun with a possessive pronoun, or with the
    preposition لـ, is what was said or done, never who said it (وأعلن سيطرته على ...، كما أكدت
    تأييدها لـ ...). Read as written: folding makes the feminine ة an ه (منظمة is no منظم + ه)."""
    if lexicon.fold(word) in lexicon.entries(LANG, "statement_nouns.txt") and word.endswith(("ه", "ها", "هم")):
        return True  # حديثه، تصريحاته
    stem = word[1:] if word[:1] == "ل" and not word.startswith("لل") and len(word) > 4 else word
    for suffix in ("هما", "هم", "ها", "ه"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            stem = stem.removesuffix(suffix)
            stem = stem[:-1] + "ة" if stem.endswith("ت") else stem  # تأييدها but رؤيتها: رؤية
            break
    else:
        if stem == word:
            return False
        return _is_masdar(lexicon.fold(stem)) and not stem.endswith("ة")  # لاستمرار, not لمنظمة
    folded = lexicon.fold(stem)
    return not _is_first_name(word) and (_is_masdar(folded) or _is_masdar(folded.removesuffix("ه")))


@lru_cache(maxsize=None)
def _complementisers() -> frozenset[str]:
    return frozenset(m for m in lexicon.entries(LANG, "markers.txt") if " " not in m and m not in ("ب", "عن"))


@lru_cache(maxsize=None)
def _not_speakers() -> frozenset[str]:
    return lexicon.entries(LANG, "not_speakers.txt") | lexicon.entries(LANG, "adverbs.txt")


@lru_cache(maxsize=None)
def _participle_set() -> frozenset[str]:
    return frozenset(lexicon.fold(f) for f in _participle_forms())


_THAT_SOON = re.compile(r"[^.،,:؛\n]{0,80}?\s(?:أن|بأن|إن)\s")


@lru_cache(maxsize=None)
def _relay_links() -> dict[str, re.Pattern]:
    return {lexicon.fold(verb): re.compile(r"(?<![\w\u0640])(?:" + link + ")")
            for verb, link in lexicon.rows(LANG, "relay_verbs.tsv")}


@lru_cache(maxsize=None)
def _bound_objects() -> dict[str, list[str]]:
    return {lexicon.fold(row[0]): row[1:] for row in lexicon.rows(LANG, "bound_objects.tsv")}


@lru_cache(maxsize=None)
def _light_verbs() -> frozenset[str]:
    """Verbs whose bound object is the saying itself (جدد التأكيد على أن): its content is what follows."""
    return frozenset(verbs()[v].past for v in _bound_objects() if v in verbs() and not verbs()[v].preposition)


@lru_cache(maxsize=None)
def _post_platforms() -> dict[str, str]:
    return {lexicon.fold(noun): platform for noun, platform in lexicon.rows(LANG, "platform_posts.txt")}


def _relayed_verb(word: str) -> Verb | None:
    """The verb of بحسب ما قال / ما نقلته / ما نشرته: a speech verb, or one of publishing, with its object pronoun."""
    word = _unclitic(word)
    for form in (word, word[:-1] if word.endswith("ه") else None, word[:-2] if word.endswith("ها") else None):
        if not form:
            continue
        folded = lexicon.fold(form)
        verb = verbs().get(folded) or _publishing_verbs().get(folded)
        if verb is not None:
            return verb
    return None


@lru_cache(maxsize=None)
def _publishing_verbs() -> dict[str, Verb]:
    """نشر، بث، أذاع: not cues by themselves, but بحسب ما نشرته X names who published a statement."""
    table: dict[str, Verb] = {}
    for past in _lex("publishing_verbs.txt"):
        for form in past_forms(past):
            table.setdefault(lexicon.fold(form), Verb(past, "", None))
    return table


def _adverb_inside(words: list[re.Match]) -> tuple[int, int] | None:
    """Where an adverb (``adverbs.txt``) stands between a subject and its object: the index
    of its first word and of the word after it, the subject keeping at least one word and the
    object at least one. A definite single word may be an adjective (الأمين العام، صحيفة
    الإمارات اليوم), so of those only the weekdays count; a construct head of time
    (صباح، يوم) may be a given name or a name's word, so it counts only with its genitive."""
    adverbs = lexicon.entries(LANG, "adverbs.txt")
    folded = [lexicon.fold(clean(w.group())) for w in words]
    for i in range(1, len(words) - 1):
        for n in (3, 2, 1):
            if i + n >= len(words) or " ".join(folded[i:i + n]) not in adverbs:
                continue
            if n == 1 and (folded[i].startswith("ال") and folded[i] not in _weekdays()
                           or folded[i] in _not_alone()):
                continue
            after = folded[i + n]
            if after in lexicon.entries(LANG, "particles.txt") or after[:1] in "بل" and not after.startswith("ال"):
                return None  # وانتقدت الحكومة الأحد لتأخرها: a phrase with a preposition after the adverb
                # leaves the noun before it the object of a dropped subject
            return i, i + n
    return None


@lru_cache(maxsize=1)
def _audience() -> re.Pattern:
    """Reporters as the audience of a statement (``audiences.txt``): an occasion with no medium."""
    return _words_re("audiences.txt")


@lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    """The days of the week with the article (الأحد), folded (``weekdays.txt``)."""
    return frozenset("ال" + lexicon.fold(row[0]) for row in lexicon.rows(LANG, "weekdays.txt"))


@lru_cache(maxsize=1)
def _not_alone() -> frozenset[str]:
    """Adverbs' words that alone end no speaker (``adverbs_not_alone.tsv``)."""
    return frozenset(lexicon.fold(word) for _, *words in lexicon.rows(LANG, "adverbs_not_alone.tsv")
                     for word in words)


def _object_start(words: list[re.Match]) -> int:
    """Index of the word that opens an object right after its subject, or 0."""
    for k in range(1, len(words)):
        word, before = words[k].group(), words[k - 1].group()
        folded = lexicon.fold(word.strip("()"))  # اليوم (الأربعاء): a bracketed time word is still definite
        definite = lexicon.fold(before).lstrip("وف").startswith(("ال", "لل")) or before[-1:] in Q_OPEN
        if _is_name_like(word) and definite and _new_body(folded):
            return k  # وانتقدت اللجنة شركة النفط: a definite noun takes no genitive, the body after it is the object
        if not folded or _is_name_like(word) or word[0] in Q_OPEN or folded[0].isdigit():
            continue
        if before[-1:] in "،," or lexicon.fold(before) in lexicon.entries(LANG, "particles.txt"):
            continue  # وزير الخارجية، رضوان عيارة; لجنة التحقيق في سقوط: an apposition, a preposition's noun
        if lexicon.fold(before) in lexicon.entries(LANG, "honorifics.txt") and (
                folded in lexicon.entries(LANG, "first_names.txt") or not _is_masdar(folded)):
            continue  # مدير الدفاع المدني العميد منير أبو حمرة: a rank or a form of address, then the name
        definite_before = lexicon.fold(before).lstrip("وف").startswith(("ال", "لل")) or before[-1:] in Q_OPEN
        if folded in lexicon.entries(LANG, "plural_adjectives.txt"):
            continue  # مسؤولون أمنيون أكراد: an adjective of origin, not a verbal noun
        if lexicon.fold(before) in _another():
            return k  # أكد مصدر عسكري آخر الحصيلة: "another" closes the subject
        genitive = not definite_before and lexicon.fold(before) in _construct_heads()
        if (definite_before and not folded.startswith(("ال", "لل", "ل", "ب"))) or _is_masdar(folded) and not genitive:
            return k  # (لجنة تحقيق مستقلة: an indefinite body's head takes the verbal noun as its genitive)
        if folded.startswith("ال") and _is_masdar(folded[2:]) and (_after_a_name(words[:k])
                                                                   or _complete_head(words[:k])):
            return k  # أدان سعيد زيدان التفجير، أكد المبعوث الأممي الحاجة إلى: a definite verbal noun after a
            # name, or after a title or body with its adjectives, is no genitive: it is the object
        if (_possessed(folded) or _masdar_with_pronoun(word)) and not clean(word).endswith("ة") \
                and lexicon.fold(before) not in _construct_heads() \
                and not lexicon.fold(before).startswith(("ال", "لل")):
            return k  # وتنفي روسيا ضلوعها، وأعلنت الحركة تبنيها: a noun with its pronoun after a name
    return 0


def _new_body(folded: str) -> bool:
    """An indefinite head of a body, a medium or a state (شركة، وزارة، مصر), not a person's
    name or title: after a definite word it opens a noun phrase of its own."""
    if folded.startswith(("ال", "لل")) or folded in lexicon.entries(LANG, "first_names.txt") \
            or folded in lexicon.entries(LANG, "titles.txt") or folded in lexicon.entries(LANG, "role_modifiers.txt") \
            or folded in lexicon.entries(LANG, "particles.txt") or folded in ("ابو", "ام", "بن", "عبد"):
        return False
    heads = {e.split()[0] for name in ("organizations.txt", "media.txt") for e in lexicon.entries(LANG, name)}
    return folded in heads or folded in lexicon.entries(LANG, "states.txt")


@lru_cache(maxsize=None)
def _number_words() -> frozenset[str]:
    """Written numbers in all their forms (اثنين، ثلاثة): number_words.tsv, folded."""
    return frozenset(lexicon.fold(f) for row in lexicon.rows(LANG, "number_words.tsv") for f in row[1:])


@lru_cache(maxsize=None)
def _another() -> frozenset[str]:
    """آخر، أخرى، آخرون: "another", the last word of the noun phrase it closes (groups.txt)."""
    return frozenset(w for w in lexicon.entries(LANG, "groups.txt") if w.startswith(("اخر", "آخر")))


@lru_cache(maxsize=None)
def _construct_heads() -> frozenset[str]:
    """Nouns that take a genitive after them (وزير خارجيتها، مصدر في): titles, bodies, media, groups."""
    heads: set[str] = set()
    for name in ("anonymous.txt", "titles.txt", "organizations.txt", "media.txt", "role_modifiers.txt"):
        heads |= {e.split()[0] for e in lexicon.entries(LANG, name) if " " not in e or name != "media.txt"}
    return frozenset(heads - lexicon.entries(LANG, "states.txt") - lexicon.entries(LANG, "named_bodies.txt"))


def _possessed(folded: str) -> bool:
    """A noun carrying a possessive pronoun (ضلوعها، دعمه، قلقهم), not a prepositional phrase (باسمه، لها)."""
    return len(folded) >= 5 and folded.endswith(("ها", "ه", "هم", "هما")) and not folded.startswith(("ب", "ل", "ال"))


def _after_a_name(words: list[re.Match]) -> bool:
    """Whether the words end with a person's name: a given name, then words that are not titles or bodies."""
    folded = [lexicon.fold(w.group()) for w in words]
    given = [i for i, f in enumerate(folded) if f in lexicon.entries(LANG, "first_names.txt")]
    if not given:
        return False
    construct = (lexicon.entries(LANG, "titles.txt") | lexicon.entries(LANG, "organizations.txt")
                 | lexicon.entries(LANG, "media.txt") | lexicon.entries(LANG, "role_modifiers.txt"))
    return not any(f in construct or f.startswith(("ال", "لل")) and i > given[-1] for i, f in enumerate(folded) if i > given[-1]) \
        and folded[-1] not in construct


def _is_name_like(word: str) -> bool:
    """Words that continue a subject: names, titles, bodies, particles."""
    folded = lexicon.fold(word)
    return (folded in _subject_heads() or folded in lexicon.entries(LANG, "particles.txt")
            or folded in lexicon.entries(LANG, "role_modifiers.txt") or folded in ("ابو", "ام", "بن", "عبد"))


@lru_cache(maxsize=None)
def _is_masdar(folded: str) -> bool:
    return arabic_forms.verbal_noun(folded) and folded not in _subject_heads()


def _participle_forms() -> list[str]:
    """مضيفاً is listed; مضيفة and مضيفين (a woman, several speakers) are its other forms."""
    forms = []
    for entry in _lex("participles.txt"):
        base = entry[:-1] if entry.endswith("ا") else entry
        forms += [entry, base + "ة", base + "ين"]
    return forms


@lru_cache(maxsize=None)
def _object_counts() -> dict[str, tuple[int, int]]:
    """verb -> (times annotated as a cue, times with a bare object), mined from annotated articles
    (data/lexicons/ar/object_cues.tsv, nlp/mining_ar.py)."""
    return {lexicon.fold(row[0]): (int(row[1]), int(row[2])) for row in lexicon.rows(LANG, "object_cues.tsv")}


def _object_rate(verb: Verb) -> str:
    """How often annotators read a bare object after the verb, in words a model can weigh."""
    seen, bare = _object_counts().get(lexicon.fold(verb.past), (0, 0))
    if not seen:
        return "unseen"
    return "never" if not bare else "often" if bare * 2 >= seen else "sometimes"


@lru_cache(maxsize=None)
def _object_verbs() -> frozenset[str]:
    return frozenset(verbs()[lexicon.fold(v)].past for v in _lex("object_verbs.txt") if lexicon.fold(v) in verbs())


def _is_first_name(word: str) -> bool:
    return lexicon.fold(word) in lexicon.entries(LANG, "first_names.txt")


@lru_cache(maxsize=None)
def _clause_breaks() -> frozenset[str]:
    """Words a subject before its verb never reaches across: complementisers and clause openers."""
    markers = {m for m in lexicon.entries(LANG, "markers.txt") if " " not in m and m not in ("ب", "عن")}
    return frozenset(markers | lexicon.entries(LANG, "clause_openers.txt") | {"فان", "حقيقه", "لكن"})


def _abbreviated(text: str, stop: int) -> bool:
    """رئيس الوزراء د. كامل إدريس: the stop after an abbreviation (abbreviations.txt) ends no speaker."""
    word = re.search(r"[\w.]+$", text[max(0, stop - 8):stop])
    return word is not None and lexicon.fold(word.group()) in lexicon.entries(LANG, "abbreviations.txt")


def _starts_description(words: list[str]) -> bool:
    """«سامي خليل، وهو من أبرز وجوه المعارضة، إن»: a description of the speaker (description_openers.txt)."""
    return bool(words) and lexicon.fold(words[0]) in lexicon.entries(LANG, "description_openers.txt")


def _opens_clause(word: str) -> bool:
    """A clause opener, bare or carrying its subject's pronoun (لكنها قالت: the pronoun is the subject)."""
    folded = lexicon.fold(word)
    stem = re.sub(r"(?:ه|ها|هم|هما)$", "", folded)
    return folded in _clause_breaks() or stem != folded and stem in _clause_breaks()


def _strip_conjunction(word: str) -> str:
    """والرئيس → الرئيس; a word that is itself listed (وزارة, وكالة) keeps its و."""
    if len(word) > 3 and word[0] in "وف" and not _looks_like_subject_word(word):
        return word[1:]
    return word


def _looks_like_subject_word(word: str) -> bool:
    if word in _particles():
        return False  # على folds like the name علي
    return lexicon.fold(word) in _subject_heads()


@lru_cache(maxsize=None)
def _subject_heads() -> frozenset[str]:
    heads: set[str] = set()
    for name in ("anonymous.txt", "titles.txt", "organizations.txt", "media.txt", "first_names.txt",
                 "unspecified.txt", "states.txt", "documents.txt", "named_bodies.txt"):
        heads |= {e.split()[0] for e in lexicon.entries(LANG, name)}
    return frozenset(heads)


def _bare_name(words: list[str]) -> bool:
    """Whether two to four words can be a person's name the lists lack (رضوان عيارة، عبيد البريكي):
    no particle, time word, verbal noun or figure, and a definite word only as a family name
    after the given one (عبيد البريكي) or in a compound (عبد الإله، أبو الفضل)."""
    if not 2 <= len(words) <= 4:
        return False
    folded = [lexicon.fold(clean(w)) for w in words]
    if not all(folded) or clean(words[0]).startswith(("ال", "لل")) or _is_masdar(folded[0]):
        return False  # (as written: ألفارو, إلياس fold to a definite-looking الفارو, الياس)
    stop = (lexicon.entries(LANG, "particles.txt") | _not_speakers() | lexicon.entries(LANG, "titles.txt")
            | lexicon.entries(LANG, "name_breakers.txt") | lexicon.entries(LANG, "relative.txt"))
    return not any(w in stop or any(c.isdigit() for c in w) or not w.isalpha() for w in folded)


def _without_descriptors(name: str) -> str:
    """An outlet's name without the words that only describe it (الرسمية، الحكومية), when more remains."""
    kept = re.sub(rf"\s+(?:{lexicon.alternation(_lex('outlet_descriptors.txt'))})(?![\w\u0640])", "", name)
    return kept if len(kept.split()) >= 3 else name  # وكالة الأنباء الرسمية: then the word names it


def _looks_like_subject(words: list[str]) -> bool:
    """Whether a stretch of words opens with a word that names a speaker."""
    first = words[0]
    return _looks_like_subject_word(first) or (first[:1] in "وف" and _looks_like_subject_word(first[1:]))


# --------------------------------------------------------------------------
# Mentions: who a speaker's words name


def parse_mention(text: str) -> Parsed:
    """Kind, name, role and affiliation from a speaker's words.

    Appositions come comma-separated (وزير الطاقة السعودي، الأمير عبد العزيز
    بن سلمان): the person's name is read from the segment that holds it, the
    role and affiliation from the segments and words around it.
    """
    segments = [seg for seg in (_name_words(part) for part in re.split(r"[،,]", text)) if seg]
    if segments and len(segments[0]) > 2 and [lexicon.fold(w) for w in segments[0][:2]] == ["كل", "من"]:
        segments[0] = segments[0][2:]  # كل من البحرين وعمان: "each of", not part of any name
    if not segments:
        return Parsed(clean(text), "unspecified")
    if _starts_with([lexicon.fold(w) for w in segments[0]], "media.txt"):
        return _parse_body(segments[0])  # إذاعة "موج إف إم": a medium, whatever its words look like
    for n, words in enumerate(segments):
        named = _name_then_title(words)
        if named is not None:
            return named
        at = _person_start(words)
        if at == 1 and len(segments) == 1 and lexicon.fold(words[0]) in lexicon.entries(LANG, "organizations.txt"):
            return Parsed(" ".join(words), "organization")  # حكومة عزيز أخنوش: a body named by its leader
        if at is not None:
            role_words = words[:at] or (segments[n - 1] if n else [])
            role, affiliation = _role_and_affiliation(role_words)
            if not at and n + 1 < len(segments):
                role, affiliation = _role_and_affiliation(segments[n + 1])
            name = _trim_name(words[at:])
            after = words[at + len(name):]
            if at and affiliation is None and after and lexicon.fold(after[0]) in lexicon.entries(LANG, "titles.txt"):
                # الدكتور X Y وزير الصحة: a rank before the name, the office and its body after it
                office, affiliation = _role_and_affiliation(after)
                role = " ".join(w for w in (role, office) if w) or None
            return Parsed(" ".join(name), "person", role, affiliation)
    named = _apposed_name(segments) or _titled_name(segments[0]) or _ranked_name_then_office(segments[0])
    if named is not None:
        return named
    return _parse_body(segments[0])


def _name_then_title(words: list[str]) -> Parsed | None:
    """ستيفان دوجاريك المتحدث باسم الأمم المتحدة، ألفارو ليفا رئيس جمعية ...: a name of two to
    four words (listed or not), then its holder's title without a comma between them: the name
    is the words before the title, the title and the body after it are role and affiliation."""
    titles = lexicon.entries(LANG, "titles.txt")
    if _person_start(words):
        return None  # صدور الحكم محاميا الدفاع حسام الخضراوي: the person is named after the title
    for i in range(2, min(len(words), 5)):
        name = [lexicon.fold(w) for w in words[:i]]
        if any(w in _subject_heads() and not _is_first_name(words[j]) or w in lexicon.entries(LANG, "role_modifiers.txt")
               or _is_masdar(w) for j, w in enumerate(name)):
            return None  # مصدر يمني مسؤول، متحدثة باسم الرئيس: no name before the title
        if lexicon.fold(words[i]) in titles and _bare_name(words[:i]):
            rest = words[i:]
            end = next((k for k, w in enumerate(rest) if k and (lexicon.fold(w) in _not_speakers()
                                                                or _masdar_with_pronoun(w))), len(rest))
            role, affiliation = _role_and_affiliation(rest[:end])  # ... كورب امس استقالته: the clause after is no body
            return Parsed(" ".join(words[:i]), "person", role, affiliation)
    return None


def _titled_name(words: list[str]) -> Parsed | None:
    """المدرب سيرجيو كونسيساو، وزير الخارجية رضوان عيارة: a title (and its genitive), then a name the
    lists lack, two to four words none of which is definite."""
    folded = [lexicon.fold(w) for w in words]
    if not (folded and (folded[0] in lexicon.entries(LANG, "titles.txt") or _starts_with(folded, "titles.txt"))):
        return None
    honorifics = lexicon.entries(LANG, "honorifics.txt")  # رئيس الوزراء د. كامل إدريس: د. closes the title too
    definite = [i for i, f in enumerate(folded) if f.startswith(("ال", "لل")) or f in honorifics]
    if not definite or len(words) - definite[-1] - 1 < 2:
        return None
    tail = words[definite[-1] + 1:]
    if not _bare_name(tail) or any(lexicon.fold(w) in _subject_heads() for w in tail):
        return None
    role, affiliation = _role_and_affiliation(words[:definite[-1] + 1])
    return Parsed(" ".join(tail), "person", role, affiliation)


def _ranked_name_then_office(words: list[str]) -> Parsed | None:
    """اللواء X Y وزير الداخلية: a rank, a name the lists lack, then the office and its body."""
    titles = lexicon.entries(LANG, "titles.txt")
    folded = [lexicon.fold(w) for w in words]
    if len(words) < 5 or folded[0] not in titles:
        return None
    start = 1
    while start < len(words) and folded[start] in titles | lexicon.entries(LANG, "role_modifiers.txt"):
        start += 1  # الفريق الركن
    office = next((k for k in range(start + 2, min(len(words), start + 5)) if folded[k] in titles), None)
    if office is None or not _bare_name(words[start:office]):
        return None
    role, affiliation = _role_and_affiliation(words[office:])
    return Parsed(" ".join(words[start:office]), "person",
                  " ".join([*words[:start], *(role.split() if role else [])]), affiliation)


def _owned_body(folded: str) -> bool:
    """A body's head noun with a possessive pronoun (وزارته، حكومتها، حزبهم): a body, named by whose it is."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            stem = folded[:-len(suffix)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # وزارت → وزاره
            return stem in lexicon.entries(LANG, "organizations.txt")
    return False


def _apposed_name(segments: list[list[str]]) -> Parsed | None:
    """الخبير في مركز الدراسات، كنان الطحان: a title segment and a short name segment beside it."""
    titles = lexicon.entries(LANG, "titles.txt")
    for n, words in enumerate(segments):
        first = lexicon.fold(words[0])
        if len(words) > 3 or first.startswith("ال") or _is_name_like(words[0]) or first[:1].isdigit():
            continue
        others = segments[:n] + segments[n + 1:]
        title = next((o for o in others if lexicon.fold(o[0]) in titles
                      or _starts_with([lexicon.fold(w) for w in o], "titles.txt")), None)  # كاتب الدولة
        if title is not None:
            role, affiliation = _role_and_affiliation(title)
            return Parsed(" ".join(words), "person", role, affiliation)
    return None


def _parse_body(words: list[str]) -> Parsed:
    """A mention without a person's name: a body, a medium, an anonymous or unnamed source, a title."""
    name = " ".join(words)
    folded = [lexicon.fold(w) for w in words]
    if _starts_with(folded, "unspecified.txt"):
        return Parsed(name, "unspecified")
    if folded[0] in lexicon.entries(LANG, "anonymous.txt"):
        return Parsed(name, "anonymous", affiliation=_anonymous_affiliation(words))
    if _unnamed_group(words, folded):
        return Parsed(name, "anonymous")  # عدد من التجار: the traders are who spoke, not a body they speak for
    if _starts_with(folded, "media.txt") or folded[0] in _DEFINITE_MEDIA_HEADS and len(folded) > 1 \
            and all(_adjective(w) for w in folded[1:]):
        # الوكالة التركية، الصحيفة الأمريكية: a medium met before, by its kind and its adjectives
        # (not الوكالة الدولية للطاقة الذرية: more than adjectives follow)
        return Parsed(name, "media", affiliation=_affiliation_after(words, ("التابع", "التابعة")))
    if _starts_with(folded, "organizations.txt") or _starts_with(folded, "states.txt") \
            or _starts_with(folded, "named_bodies.txt"):
        return Parsed(name, "organization")  # a body, a state or its capital speaking as itself
    if _starts_with(folded, "titles.txt"):
        at = _unlisted_name_start(words)
        role, affiliation = _role_and_affiliation(words[:at])
        if at == len(words) and (_indefinite(folded) or folded[0] in lexicon.entries(LANG, "spokespeople.txt")):
            # مسؤول في البلدية، المتحدث باسم الشرطة: an unnamed role-holder is anonymous (guide,
            # settled cases); the resolver still ties him to one named earlier with that title
            return Parsed(name, "anonymous", role, affiliation)
        return Parsed(" ".join(words[at:]) if at < len(words) else name, "person", role, affiliation)
    if folded[0].startswith("ال") or len(folded) == 1 and _owned_body(folded[0]):
        return Parsed(name, "organization")  # وزارته، حكومتها، حزبه: his ministry, her government
    if len(folded) > 1 and folded[1].startswith("ال") and not _nisba(folded[1]):
        return Parsed(name, "organization")  # بعثة الأمم المتحدة: a noun and the body it belongs to
    return Parsed(name, "person")


def _unnamed_group(words: list[str], folded: list[str]) -> bool:
    """عدد من التجار، 5 من المسؤولين، سياح آخرون، سياسيون روس: people the text counts or describes
    but does not name, anonymous like مصادر (guide, settled cases: groups are anonymous).

    A quantifier or a figure opens the mention (``groups.txt``), or an indefinite noun
    is followed by "another" (رجل آخر), or the first word is an indefinite plural of
    people: an adjective of origin or kind in the plural (سياسيون، عسكريين), or a sound
    plural that the next word agrees with (قادة عسكريون has no -ون on its head; مندوبون
    خليجيون has). A given name never is one (جون، نيلسون)."""
    groups = lexicon.entries(LANG, "groups.txt")
    first = folded[0]
    if first.startswith(("ال", "لل")) or _is_first_name(words[0]):
        return False
    if first in groups or first[:1].isdigit():
        return True
    if len(folded) > 1 and folded[1] in groups:
        return True  # رجل آخر، سياح آخرون
    if len(first) >= 6 and first.endswith(("يون", "يين")):
        return True  # سياسيون، عسكريين
    if len(folded) > 1 and len(folded[1]) >= 6 and folded[1].endswith(("يون", "يين")):
        return True  # قادة عسكريون: a broken plural and its adjective in the plural
    plural = ("ون", "ين")
    return len(folded) > 1 and len(first) >= 5 and first.endswith(plural) and folded[1].endswith(plural) \
        and not _is_first_name(words[1])


def _a_speaker(text: str) -> bool:
    """Words that name a person by title or an unnamed source (الوزير سامي داود، المسؤول، مصدر مطلع):
    never a medium. An unknown name alone may be a medium's (بولتيكا reads as a person's)."""
    parsed = parse_mention(text)
    return parsed.kind == "anonymous" or parsed.kind == "person" and bool(parsed.role)


def _names_its_outlet(record: Attribution) -> bool:
    """The record's outlet is named in its own statement, not carried from an earlier one."""
    return record.outlet is not None and (record.outlet.span is None or record.outlet.span.start >= record.cue.start
                                          or record.outlet.span.start >= record.claim.start)


def same_speaker_key(known: dict, key: str | None) -> str | None:
    """The key of ``known`` that names the same source as ``key``, the article's wording varying
    (اللواء الحذيفي، عبده الحذيفي وزير الداخلية اليمني): the name words of the shorter, titles
    left aside, all stand in the longer, one of them where a name stands (not an adjective after
    a body: الوزير اليمني is not عبده الحذيفي وزير الداخلية اليمني)."""
    if key is None or key in known:
        return key
    return next((k for k in known if _same_speaker(key, k)), None)


def _same_speaker(a: str, b: str) -> bool:
    titles = lexicon.entries(LANG, "titles.txt") | lexicon.entries(LANG, "role_modifiers.txt")
    short, long = sorted((a.split(), b.split()), key=len)
    words = [w for w in short if w not in titles]
    if not words or not all(w in long for w in words):
        return False
    for w in words:
        at = long.index(w)
        before = long[at - 1] if at else ""
        if not _adjective(w) or before and not before.startswith("ال") and before not in titles:
            return True  # a name word, or a family name after a given name (عبده الحذيفي)
    return False


def _adjective(folded: str) -> bool:
    """A definite adjective of origin or kind (الإيرانية، الرسمي، العسكريون) that continues a noun phrase."""
    return folded.startswith("ال") and folded.endswith(("ي", "يه", "يين", "يون", "يان", "يتين")) and len(folded) >= 5


def _complete_head(words: list[re.Match]) -> bool:
    """Whether the words are a definite title or body with its adjectives (المبعوث الأممي، الجيش اللبناني)."""
    folded = [lexicon.fold(clean(w.group())) for w in words]
    while len(folded) > 1 and _adjective(folded[-1]):
        folded.pop()
    joined = " ".join(folded)
    return len(folded) == 1 and folded[0].startswith("ال") and joined in (
        lexicon.entries(LANG, "titles.txt") | lexicon.entries(LANG, "organizations.txt"))


def _nisba(folded: str) -> bool:
    """الحذيفي، البريكي: a family name formed as an adjective of origin, not a body's name."""
    return folded.startswith("ال") and folded.endswith("ي") and len(folded) >= 5 \
        and folded not in _subject_heads()


def _unlisted_name_start(words: list[str]) -> int:
    """Where a name missing from the given-name list starts after a title and a body.

    المتحدث باسم المنظمة بول غارود: the first word without the article after a
    definite body word is taken as the name; a body's own head words are not.
    """
    heads = lexicon.entries(LANG, "organizations.txt") | lexicon.entries(LANG, "media.txt") \
        | lexicon.entries(LANG, "states.txt")
    skip = lexicon.entries(LANG, "titles.txt") | lexicon.entries(LANG, "role_modifiers.txt")
    end = len(words)
    while end > 2 and lexicon.fold(words[end - 1]) in _not_speakers():
        end -= 1  # جون كيري أمس الأول: the time words after a name
    for i in range(2, end):
        f = lexicon.fold(words[i])
        before = lexicon.fold(words[i - 1])
        if f in heads or f in skip or f.startswith(("ال", "لل")) or _to_a_body(f, heads) \
                or not (before.startswith("ال") or before in lexicon.entries(LANG, "states.txt")):
            continue
        if any(w in _particles() or lexicon.fold(w) in _not_speakers() for w in words[i:end]):
            continue  # مسؤول في جهاز الاستخبارات في سامراء: a place, not a name
        if f[:1] == "و" and not _is_first_name(words[i]):
            continue  # الرئيس الفرنسي وكبار المسؤولين، أسواق المغرب ودول الخليج: و joins a second
            # noun phrase to the first; a name does not start with the conjunction
        if end - i <= 4 and not f[:1].isdigit():
            return i
    return len(words)


def _to_a_body(folded: str, heads: set[str]) -> bool:
    """لجامعة الدول العربية، لمنظمة الصحة: the preposition لـ on a body's head word, after a
    definite title (الأمين العام لـ...), names the body the title holder serves, not the holder."""
    return folded.startswith("ل") and folded[1:] in heads


def _indefinite(folded: list[str]) -> bool:
    """مسؤول في البلدية, مسؤول أمني: no article and no definite noun annexed (وزير النقل is definite)."""
    definite = ("ال", "لل")
    return not folded[0].startswith(definite) and not (len(folded) > 1 and folded[1].startswith(definite))


def _trim_name(words: list[str]) -> list[str]:
    """A name ends before a title or a time word that follows it."""
    stop = lexicon.entries(LANG, "titles.txt") | lexicon.entries(LANG, "adverbs.txt")
    honorifics = lexicon.entries(LANG, "honorifics.txt")
    for i, w in enumerate(words[1:], 1):
        if lexicon.fold(w) in honorifics and i + 1 < len(words) and _is_first_name(words[i - 1]):
            continue  # محمد السيد قاسم: السيد after a given name and before more of it is a name's word
        if lexicon.fold(w) in stop and not (i + 1 < len(words) and lexicon.fold(words[i + 1]) in ("ابو", "ام", "بن", "ابن")):
            return words[:i]  # (صادق أمين أبو راس: a title's word followed by أبو is a name's, as a father's name)
    return words


def _name_words(text: str) -> list[str]:
    """A mention's words up to the description that follows the name: a relative clause
    (المنظمة التي تتخذ من جنيف مقراً) or وهو/وهي (سامي فارس وهو قائد ميداني)."""
    text = clean(text).replace("\u0640", "")
    words = text.split()
    enders = lexicon.entries(LANG, "relative.txt") | lexicon.entries(LANG, "description_openers.txt")
    cut = next((i for i, w in enumerate(words) if i and lexicon.fold(w.strip("-–—()")) in enders), len(words))
    return words[:cut] if cut else words


def _starts_with(folded: list[str], lexicon_name: str) -> bool:
    """Whether the words open with an entry of the lexicon, as whole words."""
    entries = lexicon.entries(LANG, lexicon_name)
    return any(" ".join(folded[:k]) in entries for k in range(1, min(len(folded), _longest(lexicon_name)) + 1))


@lru_cache(maxsize=None)
def _longest(lexicon_name: str) -> int:
    """The most words an entry of the lexicon has."""
    return max((len(e.split(" ")) for e in lexicon.entries(LANG, lexicon_name)), default=0)


@lru_cache(maxsize=None)
def _particles() -> frozenset[str]:
    """Particles as written, unfolded: على folds like the name علي."""
    return frozenset(_lex("particles.txt"))


def _person_start(words: list[str]) -> int | None:
    """Where a person's own name starts: a given name, a kunya (أبو ...) or an عبد compound."""
    for i, w in enumerate(words):
        f = lexicon.fold(w)
        if i and f in lexicon.entries(LANG, "role_modifiers.txt"):
            continue  # المتحدث باسم: a title's word, not the given name باسم
        if w in _particles():
            continue  # على is a preposition, though it folds to the name علي
        if i and _opens_place_name(words[i - 1]):
            continue  # كفر سليم، بلدة حسان: the town's name, not the speaker's
        if f in lexicon.entries(LANG, "first_names.txt") or w in ("أبو", "ابو", "أم") and i + 1 < len(words):
            if i > 0 and lexicon.fold(words[i - 1]) in ("ابو", "ام", "عبد"):
                return i - 1
            return _unlisted_given_name(words, i)
    return None


def _opens_place_name(word: str) -> bool:
    folded = lexicon.fold(word)
    heads = lexicon.entries(LANG, "place_name_heads.txt") | lexicon.entries(LANG, "place_markers.txt")
    return folded in heads or folded[:1] in "وبل" and folded[1:] in heads


def _unlisted_given_name(words: list[str], at: int) -> int:
    """الطبيب سامر يوسف: a given name missing from the list, before a listed one, starts the name."""
    if at >= 1:
        f = lexicon.fold(words[at - 1])
        known = (lexicon.entries(LANG, "titles.txt") | lexicon.entries(LANG, "organizations.txt")
                 | lexicon.entries(LANG, "media.txt") | lexicon.entries(LANG, "role_modifiers.txt")
                 | lexicon.entries(LANG, "particles.txt") | lexicon.entries(LANG, "states.txt"))
        before = lexicon.fold(words[at - 2]) if at >= 2 else "ال"
        if f and not f.startswith(("ال", "لل")) and f not in known and not f[0].isdigit() \
                and words[at - 1][-1:] not in Q_OPEN and before.startswith(("ال", "لل")):
            return at - 1  # (an indefinite word before it takes the next as its genitive: محافظ مدينة
            # عدن نايف البكري, where عدن is the city's name, not a given name)
    return at


def _role_and_affiliation(words: list[str]) -> tuple[str | None, str | None]:
    """Split the words before a name into a title (مدير التنفيذي) and the body (المرصد ...)."""
    role: list[str] = []
    i = 0
    titles = lexicon.entries(LANG, "titles.txt")
    modifiers = lexicon.entries(LANG, "role_modifiers.txt")
    while i < len(words) and (lexicon.fold(words[i]) in titles or role and lexicon.fold(words[i]) in modifiers):
        role.append(words[i])
        i += 1
    rest = words[i:]
    body = _body_adjectives().get(lexicon.fold(rest[0])) if role and rest else None
    if body is not None:
        return " ".join(role + rest[:1]), body  # المبعوث الأممي لليمن: the UN's envoy, whatever his brief
    while rest and lexicon.fold(rest[0]) in _AFFILIATION_LINKS:
        rest = rest[1:]  # مسؤول في البلدية: the body is البلدية
    while rest and lexicon.fold(rest[-1]) in titles:
        rest = rest[:-1]  # الناطق باسم الوزارة الدكتور: الدكتور goes with the name
    if rest and _body_after_lam(rest[0], role):
        rest = [("ال" + rest[0][2:]) if rest[0].startswith("لل") else rest[0][1:]] + rest[1:]
    return (" ".join(role) or None), (" ".join(rest) or None)


@lru_cache(maxsize=1)
def _body_adjectives() -> dict[str, str]:
    return {lexicon.fold(row[0]): row[1] for row in lexicon.rows(LANG, "body_adjectives.tsv")}


def _body_after_lam(word: str, role: list[str]) -> bool:
    """Whether ``word`` carries the preposition لـ before the body a title holder serves.

    Only a definite title needs it (الأمين العام لجامعة الدول، المتحدث للوزارة); an indefinite
    one takes the body as its genitive, where a first ل is the word's own (رئيس لجنة الانتخابات).
    """
    if len(word) <= 3 or not word.startswith("ل"):
        return False
    return word.startswith("لل") or not role or lexicon.fold(role[-1]).startswith("ال")


def _anonymous_affiliation(words: list[str]) -> str | None:
    """مقربون من النظام السوري في لبنان → النظام السوري."""
    folded = [lexicon.fold(w) for w in words]
    if "من" not in folded:
        return None
    rest = words[folded.index("من") + 1:]
    if "في" in [lexicon.fold(w) for w in rest]:
        rest = rest[:[lexicon.fold(w) for w in rest].index("في")]
    return " ".join(rest) or None


def _affiliation_after(words: list[str], links: tuple[str, ...]) -> str | None:
    for i, w in enumerate(words):
        if w in links and i + 1 < len(words):
            rest = words[i + 1:]
            first = rest[0]
            if first.startswith("ل") and len(first) > 2:
                first = "ال" + first[2:] if first.startswith("لل") else first[1:]
            return " ".join([first] + rest[1:])
    return None
