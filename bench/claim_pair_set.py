"""Build ``data/claim_pairs/pairs.tsv`` from the hand-written blocks beside it and the annotated articles.

Run from the repository root, with ``../shared`` beside it::

    python -m bench.claim_pair_set

Each block of ``data/claim_pairs/source_*.txt`` starts from one real claim span
of ``../shared/eval/{train,dev}`` (``A split:article#n``) and adds what was
written for it by hand: a paraphrase in its language (``P``), a translation
into the other (``T``), hard negatives edited from it (``N kind`` in its
language, ``NT kind`` in the other) and other real claims of the same story
labelled by hand (``G ref label kind``). The pairs a block yields:

- A–P, P–P, A–T, P–T: one claim (paraphrase, translation);
- A–N, P–N and T–N, A–NT, P–NT and T–NT: two claims (the kind says what differs);
- A–G: as labelled.

Two files of real claim spans as a store extracted them, labelled by hand, are added
as they are: ``cross_events.tsv`` (pairs the matcher once joined across events) and
``store_pairs.tsv`` (every pair of two articles a 573-article store's clustering
weighed at a score of 0.1 or more: :mod:`bench.store_pairs`), a pair in both once.

Only the claim spans are copied (short sentences, never paragraphs: the
third-party rule of ``../shared/eval/README.md``). Each pair keeps its story,
and the split is drawn per story, so no story has pairs on both sides.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from isnad.graph import events, pair_training

REPO = Path(__file__).resolve().parents[1]
SOURCES = sorted((REPO / "data" / "claim_pairs").glob("source_*.txt"))
# Real claim spans of two articles that the matcher once joined, labelled by hand.
CROSS_EVENTS = REPO / "data" / "claim_pairs" / "cross_events.tsv"
# Every pair a real store's clustering weighed (bench/store_pairs.py), labelled by hand.
STORE_PAIRS = REPO / "data" / "claim_pairs" / "store_pairs.tsv"
OUT = REPO / "data" / "claim_pairs" / "pairs.tsv"
EVAL = REPO.parent / "shared" / "eval"
TEST_SHARE = 4  # stories out of 10 in the test split
COLUMNS = ("story", "split", "langs", "same", "kind", "a", "b", "source_a", "source_b",
           "setting_a", "setting_b")
_REF = re.compile(r"^[tdc]:\S+")
_ARABIC = re.compile("[\u0600-\u06ff]")


@dataclass
class Block:
    anchor: str
    story: str = ""
    lines: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, kind, text or ref)


def parse(path: Path) -> list[Block]:
    blocks: list[Block] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        if tag == "A":
            blocks.append(Block(rest.strip()))
        elif not blocks:
            raise SystemExit(f"{path}:{number}: a line before the first anchor")
        elif tag == "S":
            blocks[-1].story = rest.strip()
        elif tag == "P" or tag == "T":
            blocks[-1].lines.append((tag, "", rest.strip()))
        elif tag in ("N", "NT", "G"):
            kind, _, text = rest.partition(" ")
            blocks[-1].lines.append((tag, kind, text.strip()))
        else:
            raise SystemExit(f"{path}:{number}: unknown tag {tag!r}")
    return blocks


def claim(ref: str) -> tuple[str, str, str]:
    """(text, article id, url) of ``split:article#n``."""
    split, _, rest = ref.partition(":")
    article, _, index = rest.partition("#")
    folder = {"t": "train", "d": "dev"}[split]
    lang = "ar" if "ar-" in article else "en"
    data = json.loads((EVAL / folder / lang / f"{article}.json").read_text(encoding="utf-8"))
    text = " ".join(data["attributions"][int(index)]["claim"].split())
    return text, article, data.get("url") or ""


def lang_of(text: str) -> str:
    return "ar" if _ARABIC.search(text) else "en"


def split_of(story: str) -> str:
    return "test" if hashlib.sha1(story.encode()).digest()[0] % 10 < TEST_SHARE else "train"


def pairs(block: Block) -> list[dict]:
    text, article, url = claim(block.anchor)
    story = block.story or article
    real = f"{block.anchor} {url}".strip()
    written = {"P": [], "T": []}
    out = []

    def add(same: int, kind: str, a: str, b: str, source_a: str, source_b: str) -> None:
        langs = "-".join(sorted((lang_of(a), lang_of(b))))
        out.append({"story": story, "split": split_of(story), "langs": langs, "same": same,
                    "kind": kind, "a": a, "b": b, "source_a": source_a, "source_b": source_b})

    for tag, kind, value in block.lines:
        if tag in written:
            written[tag].append(value)
    para = [(t, f"paraphrased by hand from {block.anchor}") for t in written["P"]]
    trans = [(t, f"translated by hand from {block.anchor}") for t in written["T"]]
    for i, (p, note) in enumerate(para):
        add(1, "paraphrase", text, p, real, note)
        for other, other_note in para[i + 1:]:
            add(1, "paraphrase", p, other, note, other_note)
    for t, note in trans:
        add(1, "translation", text, t, real, note)
        for p, p_note in para:
            add(1, "translation", p, t, p_note, note)
    for tag, kind, value in block.lines:
        if tag in ("N", "NT"):
            note = f"edited by hand from {block.anchor} ({kind})"
            add(0, kind, text, value, real, note)
            # Each wording of the claim against the edit: a paraphrase shares fewer of its words.
            for t, t_note in para + trans:
                add(0, kind, t, value, t_note, note)
        elif tag == "G":
            ref, (label, _, kind_g) = kind, value.partition(" ")  # G ref label kind
            other, _, other_url = claim(ref)
            add(int(label), kind_g.strip(), text, other, real, f"{ref} {other_url}".strip())
    return out


def cross_event_pairs(path: Path = CROSS_EVENTS) -> list[dict]:
    """The hand-labelled pairs of ``path`` (``cross_events.tsv``, ``store_pairs.tsv``): two
    real claim spans as extracted, from one article or two; the story is the pair of
    articles, so each pair falls in one split."""
    rows = pair_training.read_tsv(path)
    out = []
    for row in rows:
        articles = sorted({row["ref_a"].partition(":")[2], row["ref_b"].partition(":")[2]})
        story = "x:" + "+".join(articles)
        out.append({"story": story, "split": split_of(story),
                    "langs": "-".join(sorted((lang_of(row["a"]), lang_of(row["b"])))),
                    "same": int(row["same"]), "kind": row["kind"], "a": row["a"], "b": row["b"],
                    "source_a": f"{row['ref_a']} {_url(row['ref_a'])}".strip(),
                    "source_b": f"{row['ref_b']} {_url(row['ref_b'])}".strip()})
    return out


def _url(ref: str) -> str:
    """The public address of ``t:``, ``d:`` (annotated, train or dev) or ``c:`` (corpus) ``article``."""
    return _article(ref).get("url") or ""


def _article(ref: str) -> dict:
    """The article of ``t:``, ``d:`` or ``c:`` and its id (an index after ``#`` ignored)."""
    where, _, rest = ref.partition(":")
    article = rest.partition("#")[0]
    folder = {"t": EVAL / "train", "d": EVAL / "dev", "c": EVAL.parent / "corpus"}[where]
    lang = "ar" if "ar-" in article else "en"
    return json.loads((folder / lang / f"{article}.json").read_text(encoding="utf-8"))


def setting_of(source: str) -> str:
    """Where the article of a real wording's ``source`` placed its news (:func:`events.setting`),
    places joined by ``|``; empty for a wording written by hand, which has no article."""
    found = _REF.match(source)
    if not found or "by hand" in source:
        return ""
    data = _article(found.group())
    lang = "ar" if _ARABIC.search(data.get("text") or "") else "en"
    places = events.article_setting(data.get("title"), data.get("text"), lang)
    return "|".join(sorted(" ".join(place) for place in places))


def main() -> int:
    if not EVAL.is_dir():
        print(f"error: {EVAL} not found (the annotated articles the pairs come from)", file=sys.stderr)
        return 1
    rows = [row for path in SOURCES for block in parse(path) for row in pairs(block)]
    rows += cross_event_pairs()
    seen = {frozenset((row["a"], row["b"])) for row in rows}
    rows += [row for row in cross_event_pairs(STORE_PAIRS)
             if frozenset((row["a"], row["b"])) not in seen]
    for row in rows:
        row["setting_a"], row["setting_b"] = setting_of(row["source_a"]), setting_of(row["source_b"])
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Labelled claim pairs from real articles: see README.md here. "
                     "Built by python -m bench.claim_pair_set.\n")
        writer = csv.DictWriter(handle, COLUMNS, **pair_training.TSV)
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        tally = counts.setdefault((row["split"], row["langs"]), [0, 0])
        tally[row["same"]] += 1
    print(f"{len(rows)} pairs in {OUT.relative_to(REPO)}")
    for (split, langs), (apart, same) in sorted(counts.items()):
        print(f"  {split:5} {langs:6} {same:4} same  {apart:4} apart")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
