"""Tell Arabic articles from English ones by the script their letters are written in."""
from __future__ import annotations

import re

# The Arabic blocks also hold digits, punctuation and diacritics; only letters
# should vote, so each class keeps just the code points Python calls alphabetic.
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
                  (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_LATIN_BLOCKS = ((0x0041, 0x024F),)  # Basic Latin to Latin Extended-B

SAMPLE_CHARS = 20_000
ARABIC_SHARE = 0.30  # Arabic articles quote English names, so a minority is enough


def _letter_class(blocks: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    letters = "".join(re.escape(chr(code)) for low, high in blocks
                      for code in range(low, high + 1) if chr(code).isalpha())
    return re.compile(f"[{letters}]")


_ARABIC_LETTER = _letter_class(_ARABIC_BLOCKS)
_LATIN_LETTER = _letter_class(_LATIN_BLOCKS)


def detect(text: str) -> str:
    """Return "ar" when Arabic letters are at least 30% of the Arabic and Latin letters, else "en"."""
    sample = text[:SAMPLE_CHARS]
    arabic = _ARABIC_LETTER.subn("", sample)[1]
    latin = _LATIN_LETTER.subn("", sample)[1]
    if arabic + latin == 0:
        return "en"
    return "ar" if arabic >= ARABIC_SHARE * (arabic + latin) else "en"
