"""Vietnamese without its marks, case kept ("Đến nhận" → "Den nhan"): what a bank memo and a
GSM-7 text message can carry."""

from __future__ import annotations

import unicodedata


def unaccent(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))
