"""Be Vietnam Pro for reportlab: registered once, embedded (subset) in every PDF.

reportlab does no text shaping, so decomposed (NFD) Vietnamese would print with loose
marks: every string that reaches a PDF goes through `nfc` first.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.paths import asset

REGULAR = "BeVietnamPro"
BOLD = "BeVietnamPro-Bold"
SEMIBOLD = "BeVietnamPro-SemiBold"
ITALIC = "BeVietnamPro-Italic"

_FILES = {REGULAR: "BeVietnamPro-Regular.ttf", BOLD: "BeVietnamPro-Bold.ttf",
          SEMIBOLD: "BeVietnamPro-SemiBold.ttf", ITALIC: "BeVietnamPro-Italic.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the family (idempotent); returns the regular face name for styles."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(asset("fonts", filename))))
    # <b>/<i> in Paragraphs; the family has no bold italic, bold stands in for it.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


def nfc(value) -> str:
    """Any value as NFC text ('' for None); line breaks are kept."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", str(value))


def text_width(text: str, font: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(nfc(text), font, size)
