"""How a text goes as SMS: GSM-7 (160 characters, 153 a part when concatenated; the extension
characters count twice) or UCS-2 (70, 67 a part). Vietnamese letters beyond a few are not in
GSM-7: unaccented text goes as GSM-7 (one message costs less), accented text as UCS-2."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.core.unaccented import unaccent

# The GSM 03.38 default alphabet, by septet value, and its extension table (escape 0x1B first).
GSM7_BASIC = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
              "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENSION = {"^": 0x14, "{": 0x28, "}": 0x29, "\\": 0x2F, "[": 0x3C, "~": 0x3D, "]": 0x3E, "|": 0x40, "€": 0x65}
# What an unaccented text still holds that GSM-7 lacks, in plain letters.
_PLAIN = {"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "·": "-", "\t": " ", "×": "x"}

SINGLE = {"gsm7": 160, "ucs2": 70}
PART = {"gsm7": 153, "ucs2": 67}


@dataclass(frozen=True)
class SmsText:
    text: str  # what is sent (unaccented when GSM-7 was asked for)
    encoding: str  # "gsm7" | "ucs2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    parts: int


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def gsm7_plain(text: str) -> str:
    """Unaccented, then any character GSM-7 still lacks as its plain look-alike or '?'."""
    out = []
    for ch in unaccent(text):
        ch = _PLAIN.get(ch, ch)
        out.append(ch if is_gsm7(ch) else "?")
    return "".join(out)


def septets(text: str) -> int:
    return sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)


def ucs2_units(text: str) -> int:
    return len(text.encode("utf-16-be")) // 2


def prepare(text: str, keep_accents: bool = False) -> SmsText:
    """The text as it will go: GSM-7 when it fits that alphabet (always, unaccented, unless
    `keep_accents`), else UCS-2; with the number of messages it costs."""
    if not keep_accents:
        text = gsm7_plain(text)
    encoding = "gsm7" if is_gsm7(text) else "ucs2"
    units = septets(text) if encoding == "gsm7" else ucs2_units(text)
    parts = 1 if units <= SINGLE[encoding] else -(-units // PART[encoding])
    return SmsText(text, encoding, units, parts)


def split(sms: SmsText) -> list[str]:
    """The text cut into the parts a concatenated message carries (never inside an escape pair
    or a surrogate pair)."""
    if sms.parts == 1:
        return [sms.text]
    limit, parts, current, used = PART[sms.encoding], [], "", 0
    for ch in sms.text:
        size = (2 if ch in GSM7_EXTENSION else 1) if sms.encoding == "gsm7" else ucs2_units(ch)
        if used + size > limit:
            parts.append(current)
            current, used = "", 0
        current += ch
        used += size
    return parts + [current]
