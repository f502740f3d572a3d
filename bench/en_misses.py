"""Which gold attributions the English extractor misses, grouped by their cue.

A tool for finding the phenomena behind missed recall, on training data only
(``polnear-train``, ``train/en``): it prints counts, never the texts, unless
``--show N`` asks for N examples of each group to read on screen.

    isnad extract DIR --format json > /tmp/sys.jsonl
    python -m bench.en_misses DIR /tmp/sys.jsonl [--top 40] [--show 3]

Claims are matched as ``eval/score.py`` matches them (token-overlap F1 >= 0.5,
one to one, best first). A gold attribution is *missed* when no record's claim
matches it; *wrong source* when one does but names another source.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

SCORE = Path("/work/shared/eval/score.py")


def scorer_module(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cue_key(cue: str | None) -> str:
    """The cue's words, lowercased, quotation marks and punctuation dropped: the group a miss falls in."""
    words = re.findall(r"[\w’'-]+", (cue or "").lower())
    return " ".join(words[:3]) or "(none)"


def construction(text: str, gold: dict) -> str:
    """A rough shape of the sentence around the cue: where the speaker stands and whether quoted."""
    claim, cue, speaker = gold.get("claim") or "", gold.get("cue") or "", gold.get("speaker") or ""
    at_claim, at_cue = text.find(claim), text.find(cue)
    at_speaker = text.find(speaker) if speaker else -1
    quoted = "quote" if gold.get("direct") else "plain"
    if at_claim < 0 or at_cue < 0:
        return f"{quoted}:?"
    if at_claim <= at_cue < at_claim + len(claim):
        return f"{quoted}:cue-inside-claim"
    order = sorted((p, n) for p, n in ((at_claim, "C"), (at_cue, "V"), (at_speaker, "S")) if p >= 0)
    return f"{quoted}:" + "".join(n for _, n in order)


def misses(score, gold_dir: Path, system_path: Path):
    gold = score.load_gold(gold_dir)
    system = score.load_system(system_path)
    for doc_id, doc in sorted(gold.items()):
        golds, recs = doc["attributions"], system.get(doc_id, [])
        g_tok = [score.tokens(g.get("claim")) for g in golds]
        s_tok = [score.tokens(score.span_text(s.get("claim"))) for s in recs]
        pairs = sorted(((score.overlap_f1(st, gt), si, gi) for si, st in enumerate(s_tok)
                        for gi, gt in enumerate(g_tok)), reverse=True)
        used_s, matched = set(), {}
        for f1, si, gi in pairs:
            if f1 < score.MATCH_AT:
                break
            if si not in used_s and gi not in matched:
                used_s.add(si)
                matched[gi] = si
        for gi, g in enumerate(golds):
            if gi not in matched:
                yield "missed", doc, g, None
            else:
                s = recs[matched[gi]]
                names = score.gold_names(g)
                mine = [score.tokens(score.system_source(s)), score.tokens(score.span_text(s.get("speaker")))]
                if names and not any(score.fits_mention(n, gn) for n in mine for gn in names):
                    yield "wrong source", doc, g, s


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", type=Path)
    ap.add_argument("system", type=Path)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--show", type=int, default=0, help="examples of each group to print")
    ap.add_argument("--by", choices=["cue", "construction"], default="cue")
    ap.add_argument("--what", choices=["missed", "wrong source"], default="missed")
    args = ap.parse_args(argv)
    score = scorer_module(SCORE)
    groups: dict[str, list] = defaultdict(list)
    for what, doc, g, s in misses(score, args.gold, args.system):
        if what == args.what:
            key = cue_key(g.get("cue")) if args.by == "cue" else construction(doc["text"], g)
            groups[key].append((doc, g, s))
    total = sum(len(v) for v in groups.values())
    print(f"{total} {args.what}")
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:args.top]:
        shapes = Counter(construction(d["text"], g) for d, g, _ in items).most_common(3)
        print(f"{len(items):5d}  {key:<30} {shapes}")
        for doc, g, s in items[:args.show]:
            print(json.dumps({"claim": g["claim"][:140], "cue": g.get("cue"), "speaker": g.get("speaker"),
                              "got": score.system_source(s) if s else None}, ensure_ascii=False))


if __name__ == "__main__":
    main()
