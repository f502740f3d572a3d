"""The command that mines lexicons from annotated articles, with their counts.

    python -m isnad.nlp.mining en-cues --guide GUIDE_DIR... [--polnear PN_DIR...] -o data/lexicons/en/mined_cues.tsv
    python -m isnad.nlp.mining object-cues ANNOTATED_DIR... -o data/lexicons/ar/object_cues.tsv
    python -m isnad.nlp.mining media-names ANNOTATED_DIR... -o data/lexicons/ar/media.mined.txt

What each mines, and the criterion that keeps an entry, is in the module of its
language (``mining_en``, ``mining_ar``); every file written says in its header
the command that wrote it, so a lexicon can be mined again from other data.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import mining_ar, mining_en
from .training import TrainingError


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.what == "en-cues":
            command = "python -m isnad.nlp.mining en-cues " + " ".join(
                [f"--guide {' '.join(map(str, args.guide))}", *(f"--polnear {d}" for d in args.polnear),
                 *([f"--texts {' '.join(map(str, args.texts))}"] if args.texts else []), f"-o {args.output}"])
            count = mining_en.write_cues(args.guide, args.polnear, args.output, command, args.texts)
        else:
            rows = (mining_ar.object_cues if args.what == "object-cues" else mining_ar.media_names)(
                args.paths, args.min_count, args.texts)
            command = f"python -m isnad.nlp.mining {args.what} " + " ".join(args.paths) + (
                f" --texts {' '.join(args.texts)}" if args.texts else "") + f" -o {args.output}" + (
                f" --min-count {args.min_count}" if args.min_count != mining_ar.MIN_COUNT else "")
            write = mining_ar.write if args.what == "object-cues" else mining_ar.write_media
            write(rows, args.output, command, args.min_count)
            count = len(rows)
    except TrainingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{count} entries written to {args.output}")
    return 0


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m isnad.nlp.mining", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = ap.add_subparsers(dest="what", required=True)
    english = commands.add_parser("en-cues", help="English cue forms and their precision as cues")
    english.add_argument("--guide", type=Path, nargs="+", default=[],
                         help="articles annotated by the guide: folders, files or stand-off files")
    english.add_argument("--polnear", type=Path, nargs="*", default=[], help="folders of PolNeAR articles")
    english.add_argument("--texts", type=Path, nargs="*", default=[],
                         help="where the articles of stand-off files are (found by id)")
    english.add_argument("-o", "--output", type=Path, required=True)
    for name, text in (("object-cues", "Arabic cue verbs and how often their content is a bare object"),
                       ("media-names", "Arabic media names the rules did not know")):
        arabic = commands.add_parser(name, help=text)
        arabic.add_argument("paths", nargs="+", help="annotated articles: folders, files or stand-off files")
        arabic.add_argument("--texts", nargs="*", default=[], help="where the articles of stand-off files are")
        arabic.add_argument("-o", "--output", type=Path, required=True)
        arabic.add_argument("--min-count", type=int, default=mining_ar.MIN_COUNT)
    return ap


if __name__ == "__main__":
    sys.exit(main())
