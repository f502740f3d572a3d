"""Hostile input, generated: what journalists' scrapers really hand to isnad.

Every function writes its files into a folder and returns what a correct run
must make of them, so the tests never depend on committed binary fixtures.
Output is deterministic (fixed seeds, fixed texts). The two heavy files (a 50 MB
article, a 200,000-line JSONL) are built with string repetition, not loops of
small writes, so that generating them takes about a second.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

# --- the statements written into the files -------------------------------------------

EN_TEXT = ("Port reopens\n\nLena Fischer, the harbour master, said that the port would "
           "reopen on Monday.\n")
AR_TEXT = ("اجتماع طارئ\n\nقال وزير الخارجية اللبناني يوسف رجي إن الحكومة ستعقد اجتماعا "
           "طارئا يوم الاثنين.\n")
# Full diacritics on the cue, a tatweel in the speaker's title and in the cue's word.
AR_MARKED_TEXT = ("حصيلة جديدة\n\nوقَالَ المـتحدث باسم وزارة الصحة أشرف القدرة إن عدد "
                  "الضحايا ارتفع إلى أربعين.\n")
# Bidi and zero-width controls inside the speaker's name.
RLM, RLO, ZWSP, ZWNJ, ZWJ = "\u200f", "\u202e", "\u200b", "\u200c", "\u200d"
EN_BIDI_TEXT = (f"Talks resume\n\nLe{ZWSP}na{RLM} Fis{RLO}cher{ZWJ}, the harbour master, said "
                "that the port would reopen on Monday.\n")
AR_BIDI_TEXT = (f"اجتماع طارئ\n\nقال وزير الخارجية اللبناني يو{ZWNJ}سف{RLM} رجي إن الحكومة "
                "ستعقد اجتماعا طارئا يوم الاثنين.\n")


@dataclass(frozen=True)
class Said:
    """An attribution a file holds: the cue as written, the source's name, words of the claim."""

    cue: str
    source: str
    claim: str


EN_SAID = Said("said", "Lena Fischer", "the port would reopen on Monday")
AR_SAID = Said("قال", "يوسف رجي", "الحكومة ستعقد اجتماعا طارئا يوم الاثنين")
AR_MARKED_SAID = Said("وقَالَ", "أشرف القدرة", "عدد الضحايا ارتفع إلى أربعين")


@dataclass(frozen=True)
class Hostile:
    """One hostile file and what a correct run makes of it.

    ``said`` empty and ``error`` set: the file must get exactly one error line
    containing ``error``. Otherwise each of ``said`` must be extracted.
    """

    name: str
    said: tuple[Said, ...] = ()
    error: str | None = None
    text: str | None = None  # the article text a correct read gives, when known exactly
    absent: tuple[str, ...] = ()  # words that must not be in the article text
    lang: str | None = None


@dataclass
class Corpus:
    folder: Path
    files: dict[str, Hostile] = field(default_factory=dict)

    def add(self, hostile: Hostile, data: bytes | str) -> None:
        path = self.folder / hostile.name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8", newline="")
        else:
            path.write_bytes(data)
        self.files[hostile.name] = hostile

    def path(self, name: str) -> Path:
        return self.folder / name


def _noise(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


# --- the small files ---------------------------------------------------------------

def write_small(folder: Path) -> Corpus:
    """Every small hostile file into ``folder`` (created); the corpus that says what each must give."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(folder)
    add = corpus.add

    # Nothing there, or nothing readable.
    add(Hostile("empty.txt", error="empty file"), b"")
    add(Hostile("blank.txt", error="empty file"), " \n\t\r\n  \n")
    add(Hostile("empty.json", error="empty file"), b"")
    add(Hostile("empty.jsonl", error="empty file"), b"\n\n")
    add(Hostile("empty-list.json", error="empty JSON list"), "[]")
    add(Hostile("binary.txt", error="binary"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + _noise(8192, 1))
    add(Hostile("binary.html", error="binary"), b"\0" + _noise(8192, 2))
    add(Hostile("binary.json", error="binary"), b"\x1f\x8b\x08\0" + _noise(4096, 3))
    add(Hostile("not-an-object.json", error="expected a JSON object"), "42")
    add(Hostile("text-not-a-string.json", error="'text' must be a string"),
        json.dumps({"id": "x", "text": {"nested": True}}))
    add(Hostile("deep.json", error="nested too deeply"), "[" * 100_000 + "]" * 100_000)
    add(Hostile("truncated.json", error="malformed JSON"), json.dumps({"text": EN_TEXT})[:-5])

    # Text in encodings other than UTF-8, and UTF-8 that is not quite valid.
    add(Hostile("utf16-bom-en.txt", (EN_SAID,), text=EN_TEXT, lang="en"),
        EN_TEXT.encode("utf-16"))
    add(Hostile("utf16le-nobom-ar.txt", (AR_SAID,), text=AR_TEXT, lang="ar"),
        AR_TEXT.encode("utf-16-le"))
    add(Hostile("utf16be-nobom-en.txt", (EN_SAID,), text=EN_TEXT, lang="en"),
        EN_TEXT.encode("utf-16-be"))
    add(Hostile("utf16-bom-ar.json", (AR_SAID,), text=AR_TEXT, lang="ar"),
        json.dumps({"id": "utf16-json", "text": AR_TEXT}, ensure_ascii=False).encode("utf-16"))
    add(Hostile("cp1256-ar.txt", (AR_SAID,), text=AR_TEXT, lang="ar"), AR_TEXT.encode("cp1256"))
    add(Hostile("cp1256-ar.html", (AR_SAID,), lang="ar"), (
        "<html><head><meta charset=\"windows-1256\"><title>اجتماع طارئ</title></head><body>"
        + "".join(f"<p>{line}</p>" for line in AR_TEXT.split("\n") if line)
        + "</body></html>").encode("cp1256"))
    # A scraper cut a multi-byte character in two: the rest is still the article.
    broken = AR_TEXT.encode("utf-8")
    add(Hostile("invalid-utf8-ar.txt", (AR_SAID,), lang="ar"),
        broken + "\nسطر مقطوع ".encode("utf-8")[:-3] + b"\xff\xfe\n")

    # Arabic with every diacritic and tatweel; bidi and zero-width controls in names.
    add(Hostile("diacritics-tatweel-ar.txt", (AR_MARKED_SAID,), text=AR_MARKED_TEXT, lang="ar"),
        AR_MARKED_TEXT)
    add(Hostile("bidi-name-en.txt", (EN_SAID,), text=EN_BIDI_TEXT, lang="en"), EN_BIDI_TEXT)
    add(Hostile("bidi-name-ar.txt", (AR_SAID,), text=AR_BIDI_TEXT, lang="ar"), AR_BIDI_TEXT)

    # Quotation marks that never close.
    add(Hostile("unbalanced-quotes-en.txt", (
        Said("said", "John Smith", "the bridge would close on Friday"),), lang="en"),
        "Storm damage\n\nThe harbour master said \"the port would reopen on Monday.\n\n"
        "\u201cNobody knows when the storm ends, a resident said.\n\n"
        "John Smith, the mayor, said that the bridge would close on Friday.\n")
    add(Hostile("unbalanced-quotes-ar.txt", (
        Said("قال", "يوسف رجي", "الحكومة ستعقد اجتماعا طارئا يوم الاثنين"),), lang="ar"),
        "عاصفة\n\nوقال مدير الميناء «إن الميناء سيفتح يوم الاثنين.\n\n"
        "وأضاف \"أن الرافعات تضررت.\n\n" + AR_TEXT.split("\n\n")[1])

    # HTML: scripts and styles that must never become text (nor run), deep nesting.
    add(Hostile("scripts.html", (EN_SAID,), lang="en",
                absent=("SCRIPT_MARKER", "STYLE_MARKER", "alert", "NOSCRIPT_MARKER",
                        "TEMPLATE_MARKER", "SVG_MARKER", "COMMENT_MARKER", "JSONLD_MARKER")),
        "<!doctype html><html lang=\"en\"><head><title>Port reopens</title>"
        "<script>document.title = 'SCRIPT_MARKER'; alert(1)</script>"
        "<style>body::after { content: 'STYLE_MARKER' }</style>"
        "<script type=\"application/ld+json\">{\"headline\": \"JSONLD_MARKER\"}</script>"
        "</head><body onload=\"alert('SCRIPT_MARKER')\">"
        "<noscript>NOSCRIPT_MARKER</noscript>"
        "<article><h1>Port reopens</h1>"
        "<p>Lena Fischer, the harbour master, said that the port would reopen on Monday."
        "<script>document.write('SCRIPT_MARKER')</script></p>"
        "<template><p>TEMPLATE_MARKER said nothing</p></template>"
        "<!-- COMMENT_MARKER said so -->"
        "<svg><script>alert('SVG_MARKER')</script><text>SVG_MARKER</text></svg>"
        "<p><img src=x onerror=\"alert('SCRIPT_MARKER')\">The rest was quiet.</p>"
        "<style>p { color: red } /* STYLE_MARKER */</style></article>"
        "<script>var s = '</scr' + 'ipt>SCRIPT_MARKER';</script></body></html>")
    depth = 100_000
    add(Hostile("deep-nested.html", error="nested more than"),
        "<html><body>" + "<div>" * depth + "<p>" + EN_TEXT + "</p>" + "</div>" * depth
        + "</body></html>")
    add(Hostile("nested-3000.html", (EN_SAID,), lang="en"),
        "<html><body>" + "<div><section>" * 1500 + "<p>Lena Fischer, the harbour master, "
        "said that the port would reopen on Monday.</p>" + "</section></div>" * 1500
        + "<span>" * 50_000 + "</body></html>")

    # A JSONL with every kind of bad line between good ones.
    good = [json.dumps({"id": "jl-en", "text": EN_TEXT}),
            json.dumps({"id": "jl-ar", "text": AR_TEXT}, ensure_ascii=False),
            # JSON's own escapes: a lone surrogate and a NUL, which no store can hold.
            '{"id": "jl-surrogate", "text": "Note \\ud800 \\u0000\\n\\nLena Fischer, the harbour '
            'master, said that the port would reopen on Monday.", "title": "T\\udfff"}']
    lines = [good[0].encode(), b"{not json", b"\xff\xfe bad bytes", b"[1, 2]", b'{"id": "n"}',
             b"[" * 50_000 + b"]" * 50_000, good[1].encode(), b'{"text": "   "}',
             good[2].encode(), b""]
    add(Hostile("mixed.jsonl", (EN_SAID, AR_SAID)), b"\n".join(lines) + b"\n")
    return corpus


MIXED_JSONL_BAD_LINES = {2: "malformed JSON", 3: "not valid UTF-8", 4: "expected a JSON object",
                         5: "no 'text' field", 6: "nested too deeply", 8: "empty 'text'"}
MIXED_JSONL_GOOD_IDS = {"jl-en", "jl-ar", "jl-surrogate"}


# --- the heavy files -----------------------------------------------------------------

BIG_ARTICLE_BYTES = 50_000_000
BIG_SAID = (EN_SAID, Said("said", "John Smith", "the bridge would close on Friday"))


def write_big_article(path: Path, size: int = BIG_ARTICLE_BYTES) -> Path:
    """A ``size``-byte English article: one statement at the start, one at the end."""
    sentence = ("The river below the old stone bridge ran slow and brown through the valley all "
                "week, and the farmers along its banks kept their pumps, their carts and their "
                "small boats ready for the spring floods that the almanac had promised for the "
                "end of the month, while the market in the square stayed open every morning "
                "until noon as it always had. ")
    paragraph = sentence * 8
    head = EN_TEXT + "\n"
    tail = "\n\nJohn Smith, the mayor, said that the bridge would close on Friday.\n"
    count = (size - len(head) - len(tail)) // (len(paragraph) + 2)
    path.write_text(head + "\n\n".join([paragraph] * count) + tail, encoding="ascii")
    return path


BIG_JSONL_LINES = 200_000
BAD_EVERY = 9_973  # a prime: bad lines fall at no regular place in a batch


def write_big_jsonl(path: Path, lines: int = BIG_JSONL_LINES) -> tuple[dict[int, str], int, int]:
    """A JSONL of ``lines`` lines, a bad one every :data:`BAD_EVERY`.

    Returns the bad lines (number → the words their error must contain), the
    number of good lines and how many of those hold an attribution (every 50th).
    """
    bad_kinds = [(b'{"id": "broken", "text": "no end', "malformed JSON"),
                 (b"\xc3\x28 not utf-8", "not valid UTF-8"),
                 (b'"just a string"', "expected a JSON object"),
                 (b'{"id": "no-text"}', "no 'text' field")]
    plain = ['{"id": "b%d", "lang": "en", "text": "Market day %d. The stalls opened at dawn."}',
             '{"id": "b%d", "lang": "ar", "text": "يوم السوق %d. فتحت الأكشاك عند الفجر."}']
    speaking = ('{"id": "b%d", "lang": "en", "text": "Note %d\\n\\nLena Fischer, the harbour '
                'master, said that the port would reopen on Monday."}')
    out: list[bytes] = []
    bad: dict[int, str] = {}
    good = spoken = 0
    for number in range(1, lines + 1):
        if number % BAD_EVERY == 0:
            data, message = bad_kinds[(number // BAD_EVERY) % len(bad_kinds)]
            out.append(data)
            bad[number] = message
        elif number % 50 == 0:
            out.append((speaking % (number, number)).encode())
            good += 1
            spoken += 1
        else:
            out.append((plain[number % 2] % (number, number)).encode())
            good += 1
    path.write_bytes(b"\n".join(out) + b"\n")
    return bad, good, spoken


# --- articles for the store tests ---------------------------------------------------------

NAMES = ["Lena Fischer", "John Smith", "Maria Costa", "Omar Haddad", "Aiko Tanaka",
         "Pierre Martin", "Sara Lind", "David Okafor"]
ROLES = ["the harbour master", "the mayor", "a council spokeswoman", "the police chief"]
PLACES = ["the port", "the bridge", "the market", "the school", "the station", "the dam"]
ACTS = ["would reopen on Monday", "would close until Friday", "had been inspected",
        "needed new funding", "was safe again"]


def small_articles(count: int, start: int = 0, prefix: str = "art") -> list[dict]:
    """``count`` small English articles (ids ``{prefix}-{n}``), one to three statements each."""
    out = []
    for n in range(start, start + count):
        rng = random.Random(n)
        paragraphs = [f"Report {n}"]
        for _ in range(1 + n % 3):
            name, role = rng.choice(NAMES), rng.choice(ROLES)
            paragraphs.append(f"{name}, {role}, said that {rng.choice(PLACES)} "
                              f"{rng.choice(ACTS)} in district {n}.")
        out.append({"id": f"{prefix}-{n}", "lang": "en", "outlet": "The Valley Courier",
                    "title": f"Report {n}", "text": "\n\n".join(paragraphs)})
    return out


def write_json_articles(folder: Path, articles: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / f"{article['id']}.json").write_text(json.dumps(article), encoding="utf-8")
    return folder
