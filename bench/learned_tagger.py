"""The "learned alone" baseline: a spaCy tagger of cue, source and content tokens.

Trained from annotated articles (the guide's format), decoded into records by
nearest-neighbour linking, and scored with the same judge as the scorer, on
articles it never saw. It answers one question for the model card and the
notes: do learned spans alone beat the rules, and do they add anything to
them? It is a measurement, not a shipped component.

    python -m bench.learned_tagger TRAIN_DIR TEST_DIR --lang en [--epochs 20] [--also EXTRA_TRAIN_DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from isnad.nlp import alignment
from isnad.nlp.extract import LANGUAGES, extract
from isnad.nlp.resolve import clean
from isnad.nlp.training import read_annotated

SEED = 0
PARTS = (("cue", "CUE"), ("speaker", "SRC"), ("claim", "CNT"))
TAGGER = {"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": {
    "@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 96, "depth": 4,
    "embed_size": 4000, "window_size": 2, "maxout_pieces": 3, "subword_features": True}}}


def token_tags(doc, gold: list[dict]) -> list[str]:
    """B-/I- tags of each gold span found verbatim in the text, searched from the previous claim on."""
    tags = ["O"] * len(doc)
    text, cursor = doc.text, 0
    for g in gold:
        claim_at = text.find(g.get("claim") or "\0", max(cursor - 400, 0))
        if claim_at < 0:
            claim_at = text.find(g.get("claim") or "\0")
        if claim_at < 0:
            continue
        cursor = claim_at
        for key, label in PARTS:
            words = g.get(key)
            if not words:
                continue
            at = claim_at if key == "claim" else _nearest(text, words, claim_at)
            if at < 0:
                continue
            span = doc.char_span(at, at + len(words), alignment_mode="expand")
            if span is None or any(t != "O" for t in tags[span.start:span.end]):
                continue
            for i in range(span.start, span.end):
                tags[i] = ("B-" if i == span.start else "I-") + label
    return tags


def _nearest(text: str, words: str, around: int) -> int:
    found = [m.start() for m in re.finditer(re.escape(words), text[max(around - 600, 0):around + 600])]
    base = max(around - 600, 0)
    return min((base + f for f in found), key=lambda p: abs(p - around), default=-1)


def train(nlp, docs_tags, epochs: int):
    fix_random_seed(SEED)
    examples = [Example.from_dict(nlp.make_doc(doc.text), {"tags": tags}) for doc, tags in docs_tags]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses = {}
        for batch in minibatch(examples, size=8):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.1)
    return nlp


def runs(doc) -> list[tuple[str, int, int]]:
    """Contiguous runs of one label as (label, start_char, end_char)."""
    out, cur = [], None
    for tok in doc:
        tag = tok.tag_
        label = tag[2:] if tag != "O" else None
        if label and (cur is None or cur[0] != label or tag.startswith("B-")):
            if cur:
                out.append(cur)
            cur = [label, tok.idx, tok.idx + len(tok.text)]
        elif label:
            cur[2] = tok.idx + len(tok.text)
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    return [tuple(r) for r in out]


def decode(doc, lang: str) -> list[dict]:
    """Each content run linked to its nearest cue, each cue to its nearest source run."""
    parse = LANGUAGES[lang].parse_mention
    found = runs(doc)
    cues = [r for r in found if r[0] == "CUE"]
    sources = [r for r in found if r[0] == "SRC"]
    records = []
    for label, start, end in found:
        if label != "CNT" or end - start < 8:
            continue
        cue = min(cues, key=lambda c: min(abs(c[1] - end), abs(c[2] - start)), default=None)
        if cue is None or min(abs(cue[1] - end), abs(cue[2] - start)) > 250:
            continue
        src = min(sources, key=lambda s: min(abs(s[1] - cue[2]), abs(s[2] - cue[1])), default=None)
        if src is not None and min(abs(src[1] - cue[2]), abs(src[2] - cue[1])) > 150:
            src = None
        speaker = clean(doc.text[src[1]:src[2]]) if src else ""
        parsed = parse(speaker) if speaker else None
        records.append({"claim": {"text": doc.text[start:end]}, "cue": {"text": doc.text[cue[1]:cue[2]]},
                        "speaker": {"text": speaker} if speaker else None,
                        "source": {"name": parsed.name if parsed else "", "kind": parsed.kind if parsed else "unspecified"},
                        "outlet": None})
    return records


def score(pairs) -> dict:
    tp = system = gold = 0
    for records, annotated in pairs:
        verdicts = alignment.judge(records, annotated)
        tp += sum(v.correct for v in verdicts)
        system += len(records)
        gold += len(annotated)
    p = tp / system if system else 0.0
    r = tp / gold if gold else 0.0
    return {"system": system, "gold": gold, "correct": tp, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def combined(rules: list[dict], tagged: list[dict]) -> list[dict]:
    """The rules' records, plus the tagger's where no rule record's claim overlaps."""
    kept = list(rules)
    for t in tagged:
        words = alignment.tokens(t["claim"]["text"])
        if all(alignment.overlap_f1(words, alignment.tokens(r["claim"]["text"])) < 0.2 for r in kept):
            kept.append(t)
    return kept


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("test", type=Path)
    parser.add_argument("--lang", choices=("ar", "en"), required=True)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--also", type=Path, action="append", default=[], help="more training data")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    nlp = spacy.blank(args.lang)
    tagger = nlp.add_pipe("tagger", config=TAGGER)
    training = [a for a in read_annotated([args.train, *args.also]) if (a.article.lang or args.lang) == args.lang]
    docs_tags = []
    for a in training:
        doc = nlp.make_doc(a.article.text)
        docs_tags.append((doc, token_tags(doc, a.gold)))
    for _, tags in docs_tags:
        for tag in tags:
            tagger.add_label(tag)
    started = time.perf_counter()
    train(nlp, docs_tags, args.epochs)
    seconds = time.perf_counter() - started
    test = [a for a in read_annotated([args.test]) if (a.article.lang or args.lang) == args.lang]
    learned, rules, both = [], [], []
    for a in test:
        tagged = decode(nlp(a.article.text), args.lang)
        ruled = [r.to_json() for r in extract(a.article)]
        learned.append((tagged, a.gold))
        rules.append((ruled, a.gold))
        both.append((combined(ruled, tagged), a.gold))
    result = {"lang": args.lang, "train_articles": len(training), "test_articles": len(test),
              "train_seconds": round(seconds, 1), "learned_alone": score(learned),
              "rules_with_scorer": score(rules), "combined": score(both)}
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
