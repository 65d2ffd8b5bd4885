"""Vietnamese text at the boundary: NFC normalisation and a folded search key."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

_SPACES = re.compile(r"\s+")
# Characters that show a UTF-8 string was decoded as latin-1/cp1252 somewhere on the way.
_MOJIBAKE_HINTS = ("Ã", "Ä", "Æ", "áº", "á»", "Â")


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as latin-1 or cp1252 (some scanners and old files); else unchanged."""
    if not any(hint in text for hint in _MOJIBAKE_HINTS):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        return repaired
    return text


def clean(text: str | None) -> str:
    """NFC, mojibake repaired, control characters dropped, runs of spaces folded, trimmed.

    Repeated to a fixed point (at most a few rounds): dropping a control character or
    composing to NFC can reveal mojibake a first round could not see, and a value cleaned
    once must come out the same when cleaned again (forms clean what they saved)."""
    if text is None:
        return ""
    text = str(text)
    for _ in range(4):
        cleaned = _clean_once(text)
        if cleaned == text:
            break
        text = cleaned
    return text


def _clean_once(text: str) -> str:
    text = unicodedata.normalize("NFC", repair_mojibake(text))
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return _SPACES.sub(" ", text).strip()


def fold(text: str | None) -> str:
    """Search key: đ→d, marks removed, lower case, single spaces ("Nguyễn Văn Đức" → "nguyen van duc")."""
    # Lower case first: lowering can itself add a mark ("İ" → "i" + dot above).
    decomposed = unicodedata.normalize("NFD", clean(text).lower().replace("đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Spaces again: a mark alone after a space leaves that space at the end once removed.
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped)).strip()


def ascii_digits(text: str) -> str:
    """Every decimal digit as ASCII ("０９１２" and "٠٩١٢" → "0912"). Full-width and Arabic-Indic
    digits pass isdigit() and regex \\d, but a number stored with them is another number:
    the same person would become several citizens."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if unicodedata.category(ch) == "Nd" else ch for ch in text)


def digits(text: str | None) -> str:
    """Only the digits of a phone or ID number as typed ("0912 345 678" → "0912345678"), in ASCII."""
    return "".join(ch for ch in ascii_digits(clean(text)) if ch in "0123456789")


def vn_datetime(moment: datetime) -> str:
    """As on the forms: '14 giờ 05 phút, ngày 21 tháng 11 năm 2026'."""
    return f"{moment:%H} giờ {moment:%M} phút, ngày {moment:%d} tháng {moment:%m} năm {moment.year}"


def vn_date(iso: str | None) -> str:
    """'1990-03-15' -> '15/03/1990', as officers read dates (anything else unchanged)."""
    parts = (iso or "").split("-")
    return f"{parts[2]}/{parts[1]}/{parts[0]}" if len(parts) == 3 and len(parts[0]) == 4 else (iso or "")


def vn_number(value: int) -> str:
    """455408 -> '455.408' (a dot between thousands)."""
    return f"{value:,}".replace(",", ".")


def vn_size(size: int) -> str:
    """A file's size as people read it: '812 byte', '445 KB', '12,4 MB' (1 KB = 1024 byte)."""
    if size < 1024:
        return f"{size} byte"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if size >= 100 else f"{size:.1f} {unit}".replace(".", ",")
    return ""  # (not reached)


def vn_percent(value: float) -> str:
    """37.5 -> '37,5%' (one decimal, a decimal comma)."""
    return f"{value:.1f}%".replace(".", ",")


def vn_money(amount: int) -> str:
    """20000 -> '20.000 đồng'; 0 -> 'Miễn phí'."""
    return f"{amount:,} đồng".replace(",", ".") if amount else "Miễn phí"
