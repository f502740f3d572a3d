"""Annotations kept apart from the texts they annotate (stand-off): a newsroom can keep, share
and train on its annotations of third-party articles without a sentence of theirs.

``pack`` writes one line an annotated article (gold format of the attribution guide): its
id, language, URL and outlet, the length and SHA-256 of the text annotated (the article's
text or a prefix of it), and its attributions with the claim, cue and speaker as
``[start, end]`` offsets into that text. Names (source, aliases, affiliation, outlet) stay as
written: they are names, not text. ``unpack`` rebuilds the gold files from the articles
(found by id in folders of articles, searched recursively), the headline taken from the article,
and refuses an article whose text is not the one annotated.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

SPANS = ("claim", "cue", "speaker")
ARTICLE_FIELDS = ("id", "lang", "url", "outlet")


class StandoffError(ValueError):
    """An annotation that cannot be packed or rebuilt: the message names the article."""


def pack(gold: dict) -> dict:
    """One annotated article as offsets and names, without its text."""
    text = gold["text"]
    packed = {field: gold.get(field) for field in ARTICLE_FIELDS}
    packed["chars"] = len(text)
    packed["sha256"] = _digest(text)
    packed["attributions"], claim_at = [], 0
    for record in gold["attributions"]:
        out = _packed_record(record, text, gold["id"], claim_at)
        packed["attributions"].append(out)
        claim_at = out["claim"][0] if out.get("claim") else claim_at
    return packed


def unpack(packed: dict, article: dict) -> dict:
    """The gold article ``packed`` annotates, its text read from ``article``."""
    text = (article.get("text") or "")[:packed["chars"]]
    if len(text) != packed["chars"] or _digest(text) != packed["sha256"]:
        raise StandoffError(f"{packed['id']}: the article's text is not the one annotated "
                            f"({packed['chars']} characters, sha256 {packed['sha256'][:12]}…)")
    gold = {field: packed.get(field) for field in ARTICLE_FIELDS}
    gold["title"] = article.get("title")
    gold["text"] = text
    gold["attributions"] = [_unpacked_record(record, text) for record in packed["attributions"]]
    return gold


def _packed_record(record: dict, text: str, article_id: str, claim_at: int) -> dict:
    """Attributions come in text order: a claim is sought from the previous claim on; a cue or
    a speaker written more than once (وقال, a surname) is the occurrence nearest its claim."""
    out = dict(record)
    claim = None
    for field in SPANS:
        value = record.get(field)
        if value is None:
            continue
        found = _occurrences(text, value)
        if not found:
            raise StandoffError(f"{article_id}: the {field} {value[:40]!r} is not in the text")
        if field == "claim":
            start = next((i for i in found if i >= claim_at), found[0])
            claim = (start, start + len(value))
        else:
            found = [i for i in found if _whole_words(text, i, i + len(value))] or found  # "he" in "the"
            if claim is None:
                start = found[0]
            else:
                start = min(found, key=lambda i: _apart(text, (i, i + len(value)), claim, field))
        out[field] = [start, start + len(value)]
    return out


def _apart(text: str, span: tuple[int, int], claim: tuple[int, int], field: str) -> tuple[bool, bool, int]:
    """How far a span is from its claim: first, for a speaker, whether it lies inside the claim
    (a quotation's own "he" is not who said it; a cue inside a quotation may be its cue), then
    whether a sentence ends between them, then the characters between them (none when they overlap)."""
    between = text[span[1]:claim[0]] if span[1] <= claim[0] else text[claim[1]:span[0]] if span[0] >= claim[1] else ""
    inside = field == "speaker" and span[0] < claim[1] and claim[0] < span[1]
    return inside, any(mark in between for mark in ".!?؟\n"), len(between)


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` neither begins nor ends inside a word."""
    return not (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) and \
        not (end < len(text) and text[end - 1].isalnum() and text[end].isalnum())


def _occurrences(text: str, value: str) -> list[int]:
    found, at = [], text.find(value)
    while at >= 0 and value:
        found.append(at)
        at = text.find(value, at + 1)
    return found


def _unpacked_record(record: dict, text: str) -> dict:
    out = dict(record)
    for field in SPANS:
        if record.get(field) is not None:
            start, end = record[field]
            out[field] = text[start:end]
    return out


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def articles_by_id(folders: list[Path]) -> dict[str, dict]:
    """Every article (a .json file with an ``id``) under ``folders``, by id; the first of an id wins."""
    found = {}
    for folder in map(Path, folders):
        if not folder.is_dir():
            raise StandoffError(f"{folder}: no such folder of articles")
        for path in sorted(folder.rglob("*.json")):
            try:
                item = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise StandoffError(f"{path}: cannot read the article: {error}") from None
            if isinstance(item, dict) and "id" in item:
                found.setdefault(str(item["id"]), item)
    return found


def read(standoff: Path, folders: list[Path]) -> list[dict]:
    """The gold articles a stand-off file annotates, their texts found in ``folders``."""
    try:
        lines = [json.loads(line) for line in standoff.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as error:
        raise StandoffError(f"{standoff}: cannot read the stand-off file: {error}") from None
    articles = articles_by_id(folders)
    golds = []
    for packed in lines:
        if packed.get("id") not in articles:
            raise StandoffError(f"{packed.get('id')}: no article with this id in {', '.join(map(str, folders))}")
        golds.append(unpack(packed, articles[packed["id"]]))
    return golds

