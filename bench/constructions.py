"""How many invented sentences, built from grids of constructions, the rules read right.

Each grid crosses word lists (``bench/constructions/*.json``: subjects, cue
verbs, openers, tails, contents) into sentences whose records are known, runs
the rules on each sentence alone (``isnad.nlp.extract.propose``, their own
records only, not the alternatives a scorer may choose) and counts, for every
factor of the grid and every value it takes, the sentences read wrong:

- en statements: subject shapes x cue verbs x openers x tails, in four word
  orders (subject-verb with and without "that", quote first, content first);
- en second_statement: a first content, then a second statement of the same
  speaker (", but added that", "; she also said"): both contents are records;
- en object_complement: cues that take an object and its complement (called X
  Y, accused X of Y, described X as Y);
- en relays: a medium relaying an origin (reported, citing X; X told M; M said X
  had said): the origin is the source, the medium its outlet;
- ar statements: random draws of word order, subject class, verb, tense,
  clitic, content, adjunct and opener (verb first, subject first, according
  to, relayed by a medium, to an outlet, a pro-drop or participle second
  statement, ...); ``AR_DRAWS`` draws, duplicates dropped.

A sentence is read right when, for every record it should give, the rules'
record whose claim overlaps the expected claim most reaches a token F1 of 0.5
(0.8 where a content must be cut from the next one), names the expected
source (``isnad.nlp.alignment.same_name``) and the expected outlet, or none
when none is expected. Run from the repository root::

    python -m bench.constructions [--lang ar|en|all] [--sample N] [--seed S] [--show K]

``--sample N`` reads at most N sentences of each grid, chosen with the seed
(which also seeds the Arabic draws); ``--show K`` gives K failing sentences of
each factor value. Every sentence is invented here: no third-party text.
"""
from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from itertools import product
from pathlib import Path
from typing import Callable

from isnad.nlp.alignment import MATCH_AT, overlap_f1, same_name, tokens
from isnad.nlp.extract import propose
from isnad.nlp.records import Article

WORDS = Path(__file__).with_name("constructions")
SEED = 1
AR_DRAWS = 1200
CUT_AT = 0.8  # a content that must end where the next statement starts
TITLES = {"en": "Test article", "ar": "عنوان"}


@dataclass(frozen=True)
class Expected:
    """One record a sentence should give."""

    claim: str
    names: tuple[str, ...]  # any of them is the right source
    outlets: tuple[str, ...] = ()  # any of them is the right outlet; none expected when empty
    min_f1: float = MATCH_AT
    after: str | None = None  # the claim starts after these words (a second statement)


@dataclass(frozen=True)
class Case:
    text: str
    factors: dict[str, str]
    expected: tuple[Expected, ...]


@dataclass(frozen=True)
class Reading:
    case: Case
    failure: str | None  # why it was read wrong; None when right
    records: tuple[tuple[str | None, str, str | None], ...]  # source, claim, outlet of each record


def words(lang: str, grid: str) -> dict:
    return json.loads((WORDS / f"{lang}_{grid}.json").read_text(encoding="utf-8"))


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


# English grids -----------------------------------------------------------------------------------

def led(w: dict, source: str | None) -> tuple[str, str]:
    """A pronoun subject (no source of its own) speaks for the person of a lead sentence."""
    return ("", source) if source is not None else (w["lead"] + " ", w["lead_source"])


def en_statements(w: dict, rng: random.Random) -> list[Case]:
    content, quote = w["content"], w["quote"]
    cases = []
    for (sk, (subject, source)), cue, (ok, opener), (tk, tail) in product(
            w["subjects"].items(), w["cues"], w["openers"].items(), w["tails"].items()):
        lead, source = led(w, source)
        outlets = tuple(part["outlet"] for part in (cue, tail) if "outlet" in part)
        said = f"{subject} {cue['cue']}{tail['text']}"
        orders = {"svo_that": (f"{opener}{said} that {content}.", content)}
        if cue["without_that"]:
            orders["svo"] = (f"{opener}{said} {content}.", content)
        if not opener:
            orders["quote_first"] = (f"\u201c{quote},\u201d {said}.", quote)
            orders["indirect_first"] = (f"{capitalized(content)}, {said}.", content)
        for order, (sentence, claim) in orders.items():
            factors = {"order": order, "subject": sk, "cue": cue["cue"], "opener": ok, "tail": tk}
            cases.append(Case(lead + capitalized(sentence), factors, (Expected(claim, (source,), outlets),)))
    return cases


def en_second_statement(w: dict, rng: random.Random) -> list[Case]:
    cases = []
    for (subject, source, pronoun), cue, (jk, join) in product(w["subjects"], w["cues"], w["joins"].items()):
        second = w["second"][join["second"]]
        joined = join["text"].format(second=second, Second=capitalized(second),
                                     pronoun=pronoun, Pronoun=capitalized(pronoun))
        expect = partial(Expected, names=(source,), min_f1=CUT_AT)
        if join.get("merged"):
            expected = (expect(w["first"] + joined),)
        else:
            expected = (expect(w["first"]), expect(second))
        factors = {"join": jk, "cue": cue, "subject": subject}
        cases.append(Case(f"{subject} {cue} that {w['first']}{joined}.", factors, expected))
    return cases


def en_object_complement(w: dict, rng: random.Random) -> list[Case]:
    cases = []
    for (sk, (subject, source)), (vk, (phrase, claim)), (tk, tail) in product(
            w["subjects"].items(), w["verbs"].items(), w["tails"].items()):
        lead, source = led(w, source)
        text = f"{lead}{subject} {phrase.format(adj=w['adjective'])}{tail}."
        expected = (Expected(claim.format(adj=w["adjective"]), (source,)),)
        cases.append(Case(text, {"verb": vk, "subject": sk, "tail": tk}, expected))
    return cases


def en_relays(w: dict, rng: random.Random) -> list[Case]:
    content = w["content"]
    cases = []
    for (ok, (origin, source)), (mk, (medium, outlet)), (fk, form) in product(
            w["origins"].items(), w["media"].items(), w["forms"].items()):
        text = capitalized(form.format(O=origin, M=medium, C=content, Cc=capitalized(content)))
        expected = (Expected(content, (source,), (outlet,)),)
        cases.append(Case(text, {"form": fk, "origin": ok, "medium": mk}, expected))
    return cases


# The Arabic grid ---------------------------------------------------------------------------------

# Word orders whose verb takes a complement (إن، أن، إلى أن ...) or, for a direct quote, a colon.
AR_COMPLEMENTED = ("vso", "vso_verb_time", "svo", "svo_kana", "to_outlet", "prodrop")
AGREEMENT = {"m": 0, "f": 1, "fp": 1, "p": 2}  # masculine, feminine, human plural forms of a verb


@dataclass
class Draw:
    """One Arabic sentence being drawn: its factors, and what it should give."""

    w: dict
    rng: random.Random
    order: str
    subject: dict
    verb: str
    tense: str
    clitic: str
    content_key: str
    adjunct: str
    opener: str
    content: str = ""
    direct: bool = False
    outlet: str | None = None
    speaker: str | None = None
    second: bool = False  # the record judged is a second statement after a first

    @property
    def g(self) -> str:
        return self.subject["gender"]

    @property
    def s(self) -> str:
        """The subject as it stands before a comma of the sentence's own."""
        return self.subject["text"].rstrip("،")

    def form(self, verb: str | None = None, tense: str | None = None, subject_first: bool = False) -> str:
        """The verb agreeing with the subject: a verb before a human plural stays singular."""
        forms = self.w["verbs"][verb or self.verb][tense or self.tense]
        return forms[AGREEMENT[self.g]] if subject_first or self.g != "p" else forms[0]

    def verb_with_clitic(self, word: str | None = None) -> str:
        return self.w["clitic_letters"][self.clitic] + (word or self.form())

    def opener_text(self, gender: str | None = None) -> str:
        if self.opener == "min_jihatihi":
            return self.w["min_jihatihi"][gender or self.g]
        return self.w["openers"][self.opener]

    @property
    def comp(self) -> str | None:
        return self.w["verbs"][self.verb]["comp"]

    def tail(self, comp: str | None = None) -> str:
        """The content after the verb: a quote after a colon, or a clause after its complementizer."""
        return f": {self.content}" if self.direct else f" {comp or self.comp} {self.content}"

    @property
    def adj(self) -> str:
        return self.w["adjuncts"][self.adjunct]

    def lead(self, phrases: str) -> str:
        """A phrase the content comes before or after (بحسب، وفقاً لـ): no direct quote with it."""
        self.indirect()
        return self.rng.choice(self.w[phrases])

    def indirect(self, key: str = "short") -> None:
        """Word orders that take no direct quote read a plain content instead."""
        if self.direct:
            self.content_key, self.content, self.direct = key, self.w["contents"][key], False

    def of_kind(self, *kinds: str) -> None:
        """Word orders that want a subject of these kinds draw another when the subject is of none."""
        if self.subject["kind"] not in kinds:
            self.subject = self.rng.choice([x for x in self.w["subjects"] if x["kind"] in kinds])
            self.speaker = self.subject["speaker"]

    def complemented(self) -> None:
        """A verb that takes no complement (اتهم) gives way to قال where a clause must follow."""
        if self.comp is None:
            self.verb = "قال"

    def spoken_to(self) -> str:
        """The outlet spoken to (لوكالة فرانس برس), which stands where an adjunct would."""
        phrase, self.outlet = self.rng.choice(self.w["outlets"])
        self.adjunct = "outlet"
        return phrase

    def relayed_by(self, media: str) -> str:
        """The medium that relays a person or an anonymous voice (نقلت وكالة رويترز عن ...)."""
        phrase, self.outlet = self.rng.choice(self.w[media])
        self.of_kind("person", "anonymous")
        return phrase

    def first_statement(self, end: str) -> str:
        """قال X إن الاجتماع انتهى دون اتفاق: the statement a second one follows."""
        self.second, self.speaker, self.opener = True, None, "none"
        return f"{self.form('قال', 'past')} {self.subject['text']} إن {self.w['first_statement']}{end}"


def lam(name: str) -> str:
    """ل before a name (لوزارة، للجيش)."""
    return "ل" + name[1:] if name.startswith("ال") else "ل" + name


def according(lead: str, name: str) -> str:
    """بحسب X، وفقاً لـX."""
    return lead[:-1] + lam(name) if lead.endswith(" ل") else lead + name


def vso(d: Draw) -> str:
    return f"{d.opener_text()}{d.verb_with_clitic()} {d.subject['text']}{d.adj}{d.tail()}."


def vso_verb_time(d: Draw) -> str:
    if d.adjunct.startswith("time"):
        d.adjunct = "none"
    sentence = f"{d.opener_text()}{d.verb_with_clitic()}{d.w['verb_time']} {d.subject['text']}{d.adj}{d.tail()}."
    d.adjunct = "verb_time+" + d.adjunct
    return sentence


def svo(d: Draw) -> str:
    d.clitic = "none"
    return f"{d.opener_text()}{d.subject['text']} {d.form(subject_first=True)}{d.adj}{d.tail()}."


def svo_kana(d: Draw) -> str:
    if d.adjunct == "c_relative":
        d.adjunct = "none"
    d.tense, d.clitic, d.opener = "past", "wa", "none"
    return f"{d.w['kana'][d.g]} {d.subject['text']} قد {d.form(subject_first=True)}{d.adj}{d.tail()}."


def content_bhasab_ma(d: Draw) -> str:
    lead = d.lead("bhasab_ma")
    sentence = f"{d.opener_text()}{d.content}، {lead} {d.form()} {d.s}{d.adj.rstrip('،')}."
    d.verb, d.clitic = lead + "+" + d.verb, "none"
    return sentence


def content_according(d: Draw) -> str:
    lead = d.lead("according")
    d.verb, d.tense, d.clitic, d.adjunct = lead.strip(), "-", "none", "none"
    return f"{d.opener_text()}{d.content}، {according(lead, d.s)}."


def according_first(d: Draw) -> str:
    lead = d.lead("according_first")
    d.verb, d.tense, d.clitic, d.adjunct, d.opener = lead.strip(), "-", "wa", "none", "none"
    return f"{according(lead, d.s)}، فإن {d.content}."


def masdar(d: Draw) -> str:
    return f"{d.opener_text()}{d.verb_with_clitic()} {d.subject['text']}{d.adj} {d.content}."


def to_outlet(d: Draw) -> str:
    return f"{d.opener_text()}{d.verb_with_clitic()} {d.subject['text']} {d.spoken_to()}{d.tail()}."


def relay(d: Draw) -> str:
    medium = d.relayed_by("relay_media")
    sentence = (f"{d.opener_text()}{d.verb_with_clitic(d.w['relay'][d.tense])} {medium} عن {d.s} "
                f"{d.w['qawl'][d.g]}{d.tail('إن')}.")
    d.verb = "نقل عن"
    return sentence


def prodrop(d: Draw) -> str:
    first = d.first_statement(". ")
    lemma = d.rng.choice(list(d.w["continuations"]))
    forms, comp = d.w["continuations"][lemma]
    d.verb, d.clitic, d.tense = "pro:" + lemma, "wa", "past"
    return f"{first}{forms[AGREEMENT[d.g]]}{d.adj}{d.tail(comp)}."


def participle(d: Draw) -> str:
    d.indirect("short_future")
    first = d.first_statement("، ")
    forms, comp = d.rng.choice(d.w["participles"])
    d.verb, d.clitic, d.tense = "part:" + forms[0], "none", "-"
    return f"{first}{forms[AGREEMENT[d.g]]}{d.adj} {comp} {d.content}."


def outlet_fronted(d: Draw) -> str:
    d.complemented()
    phrase = d.spoken_to()
    phrase = phrase if phrase.startswith("في") else "في تصريح " + phrase
    d.clitic, d.opener = "none", "none"
    return f"و{phrase}، {d.form()} {d.subject['text']}{d.tail()}."


def to_outlet_commas(d: Draw) -> str:
    d.complemented()
    return f"{d.opener_text()}{d.verb_with_clitic()} {d.s}، {d.spoken_to()}،{d.tail()}."


def relay_naqlan(d: Draw) -> str:
    medium = d.relayed_by("naqlan_media")
    d.indirect()
    verb = d.rng.choice(list(d.w["naqlan_verbs"]))
    sentence = (f"{d.opener_text('f')}{d.verb_with_clitic(verb)} {medium}، نقلاً عن {d.s}، "
                f"{d.w['naqlan_verbs'][verb]} {d.content}.")
    d.verb, d.tense = "نقلا عن", "past"
    return sentence


def relay_no_qawl(d: Draw) -> str:
    medium = d.relayed_by("no_qawl_media")
    d.indirect()
    sentence = f"{d.opener_text()}{d.verb_with_clitic(d.w['relay'][d.tense])} {medium} عن {d.s} أن {d.content}."
    d.verb = "نقل عن"
    return sentence


def document(d: Draw) -> str:
    d.of_kind("organization")
    d.indirect()
    template = d.rng.choice(d.w["documents"])
    d.verb, d.tense, d.clitic, d.adjunct, d.opener = "doc:" + template.split()[0], "-", "-", "-", "none"
    name = d.subject["text"]
    return template.replace("ل{S}", lam(name)).replace("{S}", name).replace("{C}", d.content)


def named_continuation(d: Draw) -> str:
    first = d.first_statement(". ")
    kind, text = d.subject["kind"], d.subject["text"]
    if kind == "person":
        short = d.subject["names"][0].split()[-1]
    elif kind in ("anonymous", "media"):
        short = d.w["anaphors"].get(text.split()[0]) or d.w["anaphors"][d.g]
    else:
        short = d.s
    d.speaker, d.verb, d.clitic, d.tense = short, "named:أضاف", "wa", "past"
    return f"{first}{d.w['named_added'][d.g]} {short}{d.adj}{d.tail('أن')}."


AR_ORDERS: dict[str, Callable[[Draw], str]] = {f.__name__: f for f in (
    vso, vso_verb_time, svo, svo_kana, content_bhasab_ma, content_according, according_first, masdar,
    to_outlet, relay, prodrop, participle, outlet_fronted, to_outlet_commas, relay_naqlan, relay_no_qawl,
    document, named_continuation)}


def ar_draw(w: dict, rng: random.Random) -> Case:
    order, subject = rng.choice(w["orders"]), rng.choice(w["subjects"])
    d = Draw(w, rng, order, subject, rng.choice(list(w["verbs"])), rng.choice(w["tenses"]),
             rng.choice(w["clitics"]), rng.choice(list(w["contents"]) + list(w["quotes"])),
             rng.choice(list(w["adjuncts"])), rng.choice(list(w["openers"])) if rng.random() < 0.25 else "none",
             speaker=subject["speaker"])
    if d.opener != "none":
        d.clitic = "none"
    if order == "masdar":  # the verb's object is the content: أكد استعداد بلاده ...
        if w["verbs"][d.verb]["object"] is None:
            d.verb = rng.choice([v for v, forms in w["verbs"].items() if forms["object"]])
        d.content_key = "masdar"
        country = w["country_of_person"] if subject["kind"] == "person" else w["possessive"][d.g]
        d.content = w["verbs"][d.verb]["object"].format(poss=w["possessive"][d.g], country=country)
    d.direct = d.content_key in w["quotes"]
    if order in AR_COMPLEMENTED and d.comp is None:
        d.verb = rng.choice([v for v, forms in w["verbs"].items() if forms["comp"]])
    if d.direct and d.verb not in w["colon_verbs"] and order in AR_COMPLEMENTED:
        d.verb = rng.choice(w["colon_verbs"])
    if order != "masdar":
        d.content = (w["quotes"] if d.direct else w["contents"])[d.content_key]
    sentence = AR_ORDERS[order](d)
    factors = {"order": order, "subject": d.subject["class"], "verb": d.verb.split("+")[-1], "tense": d.tense,
               "clitic": d.clitic, "content": d.content_key, "adjunct": d.adjunct, "opener": d.opener}
    names = tuple(d.subject["names"]) + ((d.speaker,) if d.speaker else ())
    after = w["first_statement"] if d.second else None
    expected = Expected(d.content, names, (d.outlet,) if d.outlet else (), after=after)
    return Case(sentence, factors, (expected,))


def ar_statements(w: dict, rng: random.Random, draws: int = AR_DRAWS) -> list[Case]:
    cases = {}
    for _ in range(draws):
        case = ar_draw(w, rng)
        cases.setdefault(case.text, case)
    return list(cases.values())


# Reading and judging -----------------------------------------------------------------------------

GRIDS: dict[str, dict[str, Callable[[dict, random.Random], list[Case]]]] = {
    "en": {"statements": en_statements, "second_statement": en_second_statement,
           "object_complement": en_object_complement, "relays": en_relays},
    "ar": {"statements": ar_statements},
}


def judge_one(records: list, text: str, expected: Expected) -> str | None:
    """Why the records miss the expected one (None when one of them is it)."""
    if expected.after:
        start = text.index(expected.after) + len(expected.after)
        records = [r for r in records if r.claim.start >= start]
    if not records:
        return "no record"
    want = tokens(expected.claim)
    f1, best = max(((overlap_f1(tokens(r.claim.text), want), r) for r in records), key=lambda fr: fr[0])
    if f1 < expected.min_f1:
        return "claim"
    source = tokens(best.source.name or (best.speaker.text if best.speaker else None))
    if not any(same_name(source, tokens(name)) for name in expected.names):
        return "source"
    outlet = best.outlet.name if best.outlet else None
    if not expected.outlets:
        return "spurious outlet" if outlet else None
    if not any(same_name(tokens(outlet), tokens(name)) for name in expected.outlets):
        return "outlet"
    return None


def judge(records: list, text: str, expected: tuple[Expected, ...]) -> str | None:
    for n, one in enumerate(expected, 1):
        failure = judge_one(records, text, one)
        if failure:
            return failure if len(expected) == 1 else f"{failure} (record {n})"
    return None


def read_case(case: Case, lang: str) -> Reading:
    title = TITLES[lang]
    text = f"{title}\n\n{case.text}\n"
    _, _, records = propose(Article("x", text, lang, title=title), alternatives=True)
    own = [r for r in records if r.alternative is None]
    found = tuple((r.source.name, r.claim.text, r.outlet.name if r.outlet else None) for r in own)
    return Reading(case, judge(own, text, case.expected), found)


def cases(lang: str, grid: str, sample: int | None = None, seed: int = SEED) -> list[Case]:
    """The grid's sentences (at most ``sample`` of them, chosen with ``seed``)."""
    rng = random.Random(seed)
    made = GRIDS[lang][grid](words(lang, grid), rng)
    if sample is None or sample >= len(made):
        return made
    return [made[i] for i in sorted(rng.sample(range(len(made)), sample))]


def read(lang: str, sample: int | None = None, seed: int = SEED) -> dict[str, list[Reading]]:
    """Each of the language's grids, read by the rules."""
    return {grid: [read_case(c, lang) for c in cases(lang, grid, sample, seed)] for grid in GRIDS[lang]}


def right(readings: list[Reading]) -> int:
    return sum(r.failure is None for r in readings)


# Output ------------------------------------------------------------------------------------------

def table(readings: list[Reading], show: int) -> list[str]:
    """Per factor, per value: failures/total, worst first, with ``show`` failing sentences each."""
    lines = []
    for factor in readings[0].case.factors:
        by_value: dict[str, list[Reading]] = defaultdict(list)
        for r in readings:
            by_value[r.case.factors[factor]].append(r)
        lines.append(f"-- {factor}")
        for value, group in sorted(by_value.items(), key=lambda vg: -(len(vg[1]) - right(vg[1])) / len(vg[1])):
            failing = [r for r in group if r.failure]
            lines.append(f"   {value:28s} {len(failing):5d}/{len(group):<5d} {len(failing) / len(group):6.1%}")
            lines += [f"        [{r.failure}] {r.case.text}\n          got {list(r.records)}" for r in failing[:show]]
    return lines


def summary(what: str, readings: list[Reading]) -> str:
    n = len(readings)
    return f"{what}: {right(readings)} of {n} sentences read right ({right(readings) / max(n, 1):.1%})"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=("ar", "en", "all"), default="all")
    ap.add_argument("--sample", type=int, help="at most this many sentences of each grid")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--show", type=int, default=1, help="failing sentences shown per factor value")
    args = ap.parse_args(argv)
    for lang in ("en", "ar") if args.lang == "all" else (args.lang,):
        grids = read(lang, args.sample, args.seed)
        for grid, readings in grids.items():
            print(f"== {summary(f'{lang} {grid}', readings)}")
            print("\n".join(table(readings, args.show)))
        print(summary(lang, [r for readings in grids.values() for r in readings]))


if __name__ == "__main__":
    main()
