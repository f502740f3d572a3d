"""The ``isnad`` command.

Each subcommand is one function registered with :func:`command`; :func:`main`
builds the argparse parser from that registry and turns every failure into a
one-line message and an exit code, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import io
import json
import os
import shutil
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from types import ModuleType
from typing import Any, TextIO

from tqdm import tqdm

from isnad.nlp import extractor_version
from isnad.nlp.records import Article

PROG = "isnad"
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports after Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, like any Unix tool whose reader went away

Argument = tuple[tuple[str, ...], dict[str, Any]]
Run = Callable[[argparse.Namespace], int]  # a subcommand: parsed arguments in, exit code out


def argument(*flags: str, **options: Any) -> Argument:
    """One ``add_argument`` call, written down until the parser is built."""
    return flags, options


@dataclass(frozen=True)
class Command:
    run: Run
    help: str
    arguments: tuple[Argument, ...]


COMMANDS: dict[str, Command] = {}

# Modules whose @command functions join this CLI, one module per area of the
# tool (extraction lives here; the store and the graph have their own).
COMMAND_MODULES: tuple[str, ...] = (
    "isnad.app.store_commands",
    "isnad.app.graph_commands",
    "isnad.app.serve_commands",
    "isnad.app.train_commands",
    "isnad.app.review_commands",
)


def command(name: str, help: str, *arguments: Argument) -> Callable[[Run], Run]:
    """Register the decorated function as ``isnad NAME``; it returns the exit code."""
    def register(run: Run) -> Run:
        COMMANDS[name] = Command(run, help, arguments)
        return run
    return register


# --- isnad extract -------------------------------------------------------------

@command(
    "extract", "find who said what in articles: one record per article, streamed",
    argument("paths", nargs="+", metavar="FILES_OR_FOLDERS",
             help="articles: .txt, .html, .json or .jsonl files, or folders of them"),
    argument("--format", choices=("json", "table"),
             help="json: one JSON document per article and line, as in the attribution "
                  "guide; table: for reading (default: table on a terminal, json otherwise)"),
    argument("--lang", choices=("ar", "en"),
             help="language of the articles that do not state one (default: detected)"),
    argument("--rules-only", action="store_true",
             help="what the rules alone propose, without the learned scorer (no confidence, nothing dropped)"),
    argument("--no-progress", action="store_true", help="no progress bar on stderr"),
)
def extract_command(args: argparse.Namespace) -> int:
    # Imported here rather than at the top: --help and --version need not wait for spaCy.
    from isnad.nlp import extract as extraction
    from isnad.nlp.read import ReadError, read_paths

    from isnad.nlp.scorer import ModelError, current

    try:
        current()  # one line for a model that cannot be used, not one per article
    except ModelError as error:
        report_error(str(error))
        return EXIT_FAILED
    write = _write_table if _output_format(args) == "table" else _write_json
    tally = Tally()
    show_progress = sys.stderr.isatty() and not args.no_progress
    with tqdm(desc="extracting", unit=" articles", file=sys.stderr, dynamic_ncols=True,
              disable=not show_progress) as bar:
        for item in read_paths(args.paths, lang=args.lang):
            if isinstance(item, ReadError):
                tally.failed(str(item))
                continue
            bar.update()
            doc = _record(item, extraction, args.rules_only)
            if isinstance(doc, str):
                tally.failed(doc)
                continue
            # The bar shares the terminal with a table on stdout: lift it while writing.
            with tqdm.external_write_mode(file=sys.stdout):
                write(doc, sys.stdout)
                sys.stdout.flush()  # each article goes out as soon as it is done
            tally.articles += 1
    return tally.finish()


def _output_format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    return "table" if sys.stdout.isatty() else "json"


def _record(article: Article, extraction: ModuleType, rules_only: bool = False) -> dict | str:
    """The JSON document of ``article``, or the message saying why extraction failed."""
    try:
        found = extraction.propose(article)[2] if rules_only else extraction.extract(article)
        return extraction.record(article, found)
    except Exception as error:  # noqa: BLE001 - one bad article must not end the run
        if _debugging():
            raise
        where = f"{article.path} (id {article.id})" if article.path else article.id
        return f"{where}: extraction failed: {_describe(error)}"


@dataclass
class Tally:
    articles: int = 0
    errors: int = 0

    def failed(self, message: str) -> None:
        self.errors += 1
        report_error(message)

    def finish(self) -> int:
        """The exit code; a failed run ends with a summary line on stderr."""
        if not self.errors:
            return 0
        tqdm.write(f"{PROG}: {_count(self.articles, 'article')}, {_count(self.errors, 'error')}",
                   file=sys.stderr)
        return EXIT_FAILED


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


# --- output formats ------------------------------------------------------------

def _write_json(doc: dict, out: TextIO) -> None:
    out.write(json.dumps(doc, ensure_ascii=False) + "\n")


HEADINGS = ("SOURCE", "CUE", "CLAIM", "OUTLET")
INDENT = "  "
GAP = "  "
# Shares of the line that source, cue and outlet may take at most; the claim gets the rest.
SOURCE_SHARE, CUE_SHARE, OUTLET_SHARE = 0.30, 0.15, 0.20


def _write_table(doc: dict, out: TextIO) -> None:
    title = f"{doc['id']}  [{doc['lang']}]  {one_line(doc.get('title') or '')}".rstrip()
    rows = [_row(attribution) for attribution in doc["attributions"]]
    width = table_width(out, [(title,), *rows])
    out.write(fit(title, width).rstrip() + "\n")
    if not rows:
        out.write(f"{INDENT}(no attributions)\n\n")
        return
    widths = _column_widths([HEADINGS, *rows], width - len(INDENT))
    for row in (HEADINGS, *rows):
        line = GAP.join(fit(cell, cell_width) for cell, cell_width in zip(row, widths))
        out.write(INDENT + line.rstrip() + "\n")
    out.write("\n")


def _row(attribution: dict) -> tuple[str, str, str, str]:
    source, outlet = attribution["source"], attribution["outlet"]
    return (one_line(f"{source['name']} ({source['kind']})"), one_line(attribution["cue"]["text"]),
            one_line(attribution["claim"]["text"]), one_line(outlet["name"]) if outlet else "-")


def table_width(out: TextIO, rows: list[tuple[str, ...]]) -> int:
    """The line width a table written to ``out`` may take.

    On a terminal, the terminal's (or ``$COLUMNS``, when set). Anywhere else
    (a pipe, a file) there is no width to fit: cutting cells to a guessed 80
    columns would lose what a reader of the file wants, so the width is enough
    for every cell whole, even where a table gives each column at most a share
    of the line.
    """
    if out.isatty() or os.environ.get("COLUMNS"):
        return shutil.get_terminal_size().columns
    widest = sum(max(display_width(row[c]) for row in rows if c < len(row))
                 for c in range(max(len(row) for row in rows)))
    return (widest + 8) * max(len(row) for row in rows)


def one_line(text: str) -> str:
    """``text`` on one line, for a terminal: without control characters (Cc) that would drive it,
    nor invisible format marks (Cf: bidi overrides such as U+202E, zero-width spaces) that
    would reorder or hide what it shows."""
    return "".join(char for char in " ".join(text.split()) if unicodedata.category(char) not in ("Cc", "Cf"))


def _column_widths(rows: list[tuple[str, ...]], available: int) -> list[int]:
    """Source, cue and outlet get what they need up to their share; the claim gets the rest."""
    natural = [max(display_width(row[column]) for row in rows) for column in range(len(HEADINGS))]
    source, cue, outlet = (min(natural[column], max(1, int(available * share)))
                           for column, share in ((0, SOURCE_SHARE), (1, CUE_SHARE),
                                                 (3, OUTLET_SHARE)))
    claim = max(1, available - source - cue - outlet - len(GAP) * (len(HEADINGS) - 1))
    return [source, cue, min(natural[2], claim), outlet]


def fit(text: str, width: int) -> str:
    """``text`` padded to ``width`` display columns, or cut with "…" when it is wider."""
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    kept: list[str] = []
    used = 0
    for char in text:
        if used + _char_width(char) > width - 1:
            break
        kept.append(char)
        used += _char_width(char)
    return "".join(kept) + "…" + " " * (width - 1 - used)


def display_width(text: str) -> int:
    """How many terminal columns ``text`` takes."""
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    # Arabic harakat and shadda sit on their letter; bidi marks are invisible.
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


# --- errors --------------------------------------------------------------------

def report_error(message: str) -> None:
    # tqdm.write lifts a progress bar out of the way first.
    tqdm.write(f"{PROG}: error: {message}", file=sys.stderr)


def report_warning(message: str) -> None:
    """Something dropped from an input that was still used (a date that is not a date)."""
    tqdm.write(f"{PROG}: warning: {message}", file=sys.stderr)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {' '.join(str(error).split())}"


def _debugging() -> bool:
    """ISNAD_DEBUG=1 lets exceptions through with their traceback, for developers."""
    return os.environ.get("ISNAD_DEBUG", "") not in ("", "0")


# --- entry point ---------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Who said what, to whom: source attribution in Arabic "
                               "and English news articles.")
    parser.add_argument("--version", action="version",
                        version=f"{PROG} {version('isnad')} (extractor {_extractor()})")
    subcommands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        importlib.import_module(module)  # registers its commands
    for name, subcommand in COMMANDS.items():
        subparser = subcommands.add_parser(name, help=subcommand.help,
                                           description=subcommand.help)
        for flags, options in subcommand.arguments:
            subparser.add_argument(*flags, **options)
        subparser.set_defaults(command=subcommand)
    return parser


def _extractor() -> str:
    from isnad.nlp.scorer import ModelError

    try:
        return extractor_version()
    except ModelError as error:
        return f"unusable model: {error}"


def main(argv: list[str] | None = None) -> int:
    _utf8_stdout()
    args = build_parser().parse_args(argv)
    try:
        code = args.command.run(args)
        sys.stdout.flush()  # inside the try: a reader that went away shows up here
        return code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as error:  # noqa: BLE001 - users get one line, never a traceback
        if _debugging():
            raise
        report_error(_failure(error))
        return EXIT_FAILED


def _failure(error: Exception) -> str:
    """The one line a failure that no command worded gets."""
    from sqlalchemy.exc import DBAPIError

    if isinstance(error, DBAPIError):
        # A store damaged after it was opened, or a database server that went away.
        detail = " ".join(str(error.orig).split())[:300]
        if "malformed" in detail or "could not decode" in detail.lower():
            return (f"the store is damaged ({detail}): restore it from a backup, or rescue what "
                    "is left with: sqlite3 STORE .recover | sqlite3 recovered.db")
        return f"the store could not be read or written: {detail}"
    if isinstance(error, OSError) and error.strerror:
        if error.filename is None:  # stdout: a full disk, /dev/full, a closed terminal
            _discard_stdout()
            return f"cannot write the output: {error.strerror}"
        return f"{error.filename}: {error.strerror}"
    return f"internal error: {_describe(error)}"


def _utf8_stdout() -> None:
    """Records are UTF-8 whatever the locale says."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        # backslashreplace: a lone surrogate (legal in JSON input) comes out as its
        # JSON escape \udXXX instead of crashing the encoder.
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")


def _discard_stdout() -> None:
    # Python flushes stdout once more at exit; into /dev/null that flush cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    # Run as `python -m isnad.app.cli`, this file is `__main__`, a second copy of
    # the module; the command modules register with `isnad.app.cli`, so run that.
    from isnad.app.cli import main as registered_main
    sys.exit(registered_main())
