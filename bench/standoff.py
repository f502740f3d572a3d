"""Stand-off annotations (``isnad.nlp.standoff``) from and to gold files, for the files kept
in ``bench/annotations``:

    python -m bench.standoff pack GOLD_DIR -o FILE.jsonl
    python -m bench.standoff unpack FILE.jsonl ARTICLES_DIR... -o GOLD_DIR

``isnad train`` reads stand-off files itself (``--texts`` says where their articles are).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from isnad.nlp.standoff import StandoffError, pack, read


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    packing = commands.add_parser("pack", help="gold files to one stand-off file")
    packing.add_argument("gold", type=Path)
    packing.add_argument("-o", "--out", type=Path, required=True)
    unpacking = commands.add_parser("unpack", help="a stand-off file and the articles to gold files")
    unpacking.add_argument("standoff", type=Path)
    unpacking.add_argument("articles", type=Path, nargs="+")
    unpacking.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        if args.command == "pack":
            golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.gold.rglob("*.json"))]
            args.out.write_text("".join(json.dumps(pack(g), ensure_ascii=False) + "\n" for g in golds),
                                encoding="utf-8")
            print(f"packed {len(golds)} articles into {args.out}")
            return 0
        golds = read(args.standoff, args.articles)
        args.out.mkdir(parents=True, exist_ok=True)
        for gold in golds:
            (args.out / f"{gold['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
        print(f"rebuilt {len(golds)} annotated articles in {args.out}")
        return 0
    except StandoffError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
