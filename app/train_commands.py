"""``isnad train``: the learned scorer, from annotated articles, in one reproducible command."""
from __future__ import annotations

import argparse
import json
import sys
from importlib.metadata import version
from pathlib import Path

from .cli import EXIT_FAILED, argument, command, report_error

PROVENANCE = ("Annotated by the attribution guide (`attribution-guide.md`); each article keeps its public URL "
              "and outlet. The texts are third-party news and are not part of this repository: stand-off files "
              "(.jsonl) hold offsets and names only, and the articles are read from the folders `--texts` names.")


@command(
    "train", "train the scorer (confidence, kinds) on annotated articles; prints held-out figures",
    argument("paths", nargs="+", metavar="ANNOTATED",
             help="annotated articles (.json with id, text, attributions as in the attribution guide), "
                  "folders of them, or stand-off files (.jsonl: annotations without their texts)"),
    argument("--texts", nargs="+", default=[], metavar="FOLDER",
             help="where the articles of stand-off files are (found by id)"),
    argument("-o", "--output", required=True, metavar="MODEL.json",
             help="where to write the model; its card is written beside it (MODEL.md)"),
    argument("--json", action="store_true", help="print the held-out figures as JSON"),
)
def train_command(args: argparse.Namespace) -> int:
    from isnad.nlp import EXTRACTOR_VERSION, model_card, scorer, training

    try:
        annotated = training.read_annotated(args.paths, args.texts)
    except training.TrainingError as error:
        report_error(str(error))
        return EXIT_FAILED
    judged = training.judge_all(annotated)
    models, heldout = training.train(judged)
    if not models:
        report_error("no language has both right and wrong records to learn from")
        return EXIT_FAILED
    figures = training.summary(judged, heldout)
    output = Path(args.output)
    texts = f" --texts {' '.join(map(str, args.texts))}" if args.texts else ""
    meta = {"trained": model_card.today(), "isnad": version("isnad"), "rules": EXTRACTOR_VERSION,
            "command": f"isnad train {' '.join(map(str, args.paths))}{texts} -o {args.output}",
            "seed": training.SEED, "folds": training.FOLDS, "l2": training.L2,
            "data": _data(args.paths, annotated), "provenance": PROVENANCE}
    try:
        scorer.save(output, models, meta)
        output.with_suffix(".md").write_text(model_card.render(meta, figures), encoding="utf-8")
    except OSError as error:
        report_error(f"{output}: cannot write the model: {error.strerror or error}")
        return EXIT_FAILED
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        _print(figures, output)
    return 0


def _data(paths: list[str], annotated) -> list[dict]:
    out = []
    for path in paths:
        root = str(Path(path).resolve())
        mine = [a for a in annotated if str(Path(a.article.path).resolve()).startswith(root)]
        by_language: dict[str, int] = {}
        for a in mine:
            by_language[a.article.lang or "?"] = by_language.get(a.article.lang or "?", 0) + 1
        out.append({"path": Path(path).name if Path(path).is_absolute() else path,
                    "articles": len(mine), "by_language": by_language})
    return out


def _print(figures: dict, output: Path) -> None:
    out = sys.stdout
    out.write("held-out (5-fold by article)   P      R      F1     kind\n")
    for lang, f in sorted(figures.items()):
        for label, key, kind in (("rules alone", "rules_alone", "kind_accuracy_rules"),
                                 ("with scorer", "with_scorer", "kind_accuracy_model")):
            row = f[key]
            k = f[kind]
            out.write(f"{lang}  {label:<27} {row['precision']:.3f}  {row['recall']:.3f}  {row['f1']:.3f}  "
                      f"{'-' if k is None else f'{k:.3f}'}\n")
    out.write(f"model written to {output} (card: {output.with_suffix('.md')})\n")
