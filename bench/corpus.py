"""The benchmarks' synthetic news corpus, built deterministically from the annotated dev articles.

Article i is dev article (i mod k) under an id of its own, with its paragraphs
rotated by i (whole paragraphs move, so quotations and their cues stay
together), so Arabic and English come in the dev set's proportions and
entities repeat across articles the way they do in a real archive. With
``vary`` (the default) each copy of a dev article also has its figures changed
(every number n becomes n + copy): claim clustering, which encodes each
distinct wording once, then meets new wordings and new claims rather than a
few hundred sentences repeated.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev"
FIGURE = re.compile(r"(?<![\d.,])\d{1,6}(?![\d.,]\d)")


@dataclass(frozen=True)
class Corpus:
    """A JSONL file of synthetic articles, and its size."""

    path: Path
    articles: int
    words: int


def load_sources(folder: Path = DEV, lang: str | None = None) -> list[dict]:
    """The ``lang``, ``outlet`` and ``text`` of every article file under ``folder``, in path order."""
    sources = []
    for path in sorted(folder.rglob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        if lang in (None, article["lang"]):
            sources.append({"lang": article["lang"], "outlet": article.get("outlet"),
                            "text": article["text"]})
    if not sources:
        raise SystemExit(f"no .json articles{f' in {lang}' if lang else ''} under {folder}")
    return sources


def synthetic_articles(count: int, sources: list[dict], vary: bool = True) -> Iterator[dict]:
    for index in range(count):
        base = sources[index % len(sources)]
        copy = index // len(sources)
        text = FIGURE.sub(lambda m: str(int(m.group()) + copy), base["text"]) if vary \
            else base["text"]
        paragraphs = [line for line in text.split("\n") if line.strip()]
        shift = index % len(paragraphs)
        yield {"id": f"bench-{index:06d}", "lang": base["lang"], "outlet": base["outlet"],
               "text": "\n\n".join(paragraphs[shift:] + paragraphs[:shift])}


def write_corpus(path: Path, count: int, sources: list[dict], vary: bool = True) -> Corpus:
    """The first ``count`` synthetic articles as a JSONL file at ``path``."""
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        for article in synthetic_articles(count, sources, vary):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
            words += len(article["text"].split())
    return Corpus(path, count, words)
