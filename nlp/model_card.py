"""The model card written beside a trained scorer: what it learned from, and how well it does.

Every figure on the card comes from held-out folds (the articles a fold's model
never saw), never from the records the final model was fitted on.
"""
from __future__ import annotations

from datetime import date


def render(meta: dict, figures: dict) -> str:
    lines = [f"# isnad scorer — model card", "",
             f"Trained {meta['trained']} by `{meta['command']}` (isnad {meta['isnad']}, rules {meta['rules']}).",
             f"Seed {meta['seed']}, {meta['folds']}-fold cross-validation by article, L2 {meta['l2']}.", "",
             "## What it is", "",
             "Two logistic models per language over named features of the records the rules propose "
             "(`nlp/features.py`): a *scorer* (is this record right: claim matched and source right, by the "
             "attribution guide's scoring rule) whose output, calibrated by Platt scaling on held-out folds, is "
             "each record's `confidence`; records below the language's threshold are dropped (readings the rules propose beside their own, "
             "`alternative`, have a threshold of their own, and none is kept without one). And a *kind "
             "classifier* (one model a kind against the rest) that sets each kept record's source kind.",
             "Plain weights in JSON, read without any learning library; nothing is fetched at run time.", "",
             "## Data", ""]
    for item in meta["data"]:
        lines.append(f"- `{item['path']}`: {item['articles']} annotated articles "
                     f"({', '.join(f'{n} {lang}' for lang, n in sorted(item['by_language'].items()))}).")
    lines += ["", meta.get("provenance", ""), "", "## Held-out figures (cross-validated by article)", "",
              "| lang | articles | gold | rules alone P / R / F1 | with scorer P / R / F1 | threshold "
              "| kind accuracy rules → with classifier | kind margin |",
              "|---|---|---|---|---|---|---|---|"]
    for lang, f in sorted(figures.items()):
        r, s = f["rules_alone"], f["with_scorer"]
        alternatives = s.get("alternative_threshold")
        threshold = f"{s['threshold']}" + (f" (alternatives {alternatives})" if alternatives is not None else "")
        lines.append(f"| {lang} | {f['articles']} | {f['gold']} | {_prf(r)} | {_prf(s)} | {threshold} "
                     f"| {_num(f['kind_accuracy_rules'])} → {_num(f['kind_accuracy_model'])} | {f['kind_margin']} |")
    lines += ["", "## Reliability (held-out confidence against accuracy)", "",
              "| lang | confidence | records | mean confidence | accuracy |", "|---|---|---|---|---|"]
    for lang, f in sorted(figures.items()):
        for row in f["reliability"]:
            lines.append(f"| {lang} | {row['bin']} | {row['records']} | {_num(row['mean_confidence'])} "
                         f"| {_num(row['accuracy'])} |")
    lines += ["", "## Limits", "",
              "The scorer only judges what the rules propose: it raises precision and gives a calibrated "
              "confidence, and it chooses among the alternative readings the rules offer where they could not "
              "decide, but it cannot find an attribution for which the rules have no cue. Calibration holds for articles "
              "like the training data (news in Arabic and English); other genres may differ.", ""]
    return "\n".join(lines)


def today() -> str:
    return date.today().isoformat()


def _prf(f: dict) -> str:
    return f"{f['precision']:.3f} / {f['recall']:.3f} / {f['f1']:.3f}"


def _num(value) -> str:
    return "–" if value is None else f"{value:.3f}"
