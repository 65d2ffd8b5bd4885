"""Slip picture (or layout, in text mode) -> ESC/POS bytes.

Raster mode (the default) sends the picture with `GS v 0` in bands, but never sends white:
blank rows become paper feeds (`ESC J n`) and each band is cut at its last inked byte on the
right; where the ink of a run of rows gets much narrower (the marks above a line of text,
the end of a QR code beside a shorter one), the run is split into bands of different widths.
That keeps an 80 mm receipt under 30 KB, where a plain full-width raster is about twice
that, and a slow serial or Bluetooth link prints it in a few seconds.

The left side is not trimmed: a left offset needs ESC a or GS L, which many cheap printers
ignore for raster images (or apply in their own units), and the slip must print the same
everywhere.

Text mode is for printers known to print Vietnamese from code page 1258 (set per printer):
text is sent as characters, QR codes still as pictures.

The commands emitted here are exactly those `escpos_decode` understands.
"""

from __future__ import annotations

import unicodedata

from PIL import Image

from desk_app.printing import raster
from desk_app.printing.slip_layout import Item, Layout, Pair, QrRow, Rule, Space, Text

ESC, GS, LF = b"\x1b", b"\x1d", b"\n"
INIT = ESC + b"@"
ALIGN = {"left": 0, "center": 1, "right": 2}
MAX_BAND_ROWS = 256  # rows per GS v 0 command: small enough for any printer's buffer
MIN_FEED_ROWS = 2  # shorter white gaps stay in the band (fewer stops of the print head)
CUT_FEED = 24  # dots fed past the cutter before the partial cut
BAND_HEADER = 8  # bytes of a GS v 0 command before its data
SPLIT_GAIN = 16  # bytes a split must save beyond the new header: fewer, taller bands
_INVERT = bytes(255 - b for b in range(256))  # Pillow: 1 = white; ESC/POS: 1 = ink


def feed(dots: int) -> bytes:
    out = bytearray()
    while dots > 0:
        step = min(dots, 255)
        out += ESC + b"J" + bytes((step,))
        dots -= step
    return bytes(out)


def cut(feed_dots: int = CUT_FEED) -> bytes:
    """GS V 66 n: feed to the cutter plus n dots, then a partial cut."""
    return GS + b"V" + bytes((66, min(feed_dots, 255)))


def raster_band(rows: list[bytes], width_bytes: int) -> bytes:
    height = len(rows)
    header = GS + b"v0" + bytes((0, width_bytes & 0xFF, width_bytes >> 8, height & 0xFF, height >> 8))
    return header + b"".join(row[:width_bytes] for row in rows)


def image_commands(picture: Image.Image) -> bytes:
    """The picture as GS v 0 bands and ESC J feeds (no init, no cut)."""
    picture = picture if picture.mode == "1" else picture.convert("1")
    row_bytes = (picture.width + 7) // 8
    ink = picture.tobytes().translate(_INVERT)
    if picture.width % 8:  # padding bits at the end of each row were white, now ink: clear them
        mask = (0xFF << (8 - picture.width % 8)) & 0xFF
        ink = bytearray(ink)
        for end in range(row_bytes - 1, len(ink), row_bytes):
            ink[end] &= mask
        ink = bytes(ink)
    rows = [ink[i:i + row_bytes] for i in range(0, len(ink), row_bytes)]
    used = [len(row.rstrip(b"\x00")) for row in rows]
    out = bytearray()
    y = 0
    while y < len(rows):
        if used[y] == 0:
            end = y
            while end < len(rows) and used[end] == 0:
                end += 1
            if end - y >= MIN_FEED_ROWS or end == len(rows):
                out += feed(end - y)
                y = end
                continue
        # a run of ink: up to the next white run worth feeding
        end = y
        while end < len(rows):
            if used[end] == 0:
                gap = end
                while gap < len(rows) and used[gap] == 0 and gap - end < MIN_FEED_ROWS:
                    gap += 1
                if gap - end >= MIN_FEED_ROWS or gap == len(rows):
                    break
            end += 1
        for start, stop in split_bands(used, y, end):
            out += raster_band(rows[start:stop], max(used[start:stop]))
        y = end
    return bytes(out)


def split_bands(used: list[int], start: int, stop: int) -> list[tuple[int, int]]:
    """Rows start..stop cut into bands that cost the fewest bytes (each band is as wide as
    its widest row, plus a header), at most MAX_BAND_ROWS rows each. Only cuts where the
    width changes are tried, so a text line is a handful of steps and a QR code one."""
    cuts = [start]
    for y in range(start + 1, stop + 1):
        if y == stop or used[y] != used[y - 1] or y - cuts[-1] == MAX_BAND_ROWS:
            cuts.append(y)
    best = [(0, 0)] * len(cuts)  # best[j]: (bytes, previous cut) for rows start..cuts[j]
    for j in range(1, len(cuts)):
        widest, best[j] = 0, None
        for i in range(j - 1, -1, -1):
            if cuts[j] - cuts[i] > MAX_BAND_ROWS:
                break
            widest = max(widest, used[cuts[i]])  # rows between two cuts are all this wide
            cost = best[i][0] + BAND_HEADER + SPLIT_GAIN + (cuts[j] - cuts[i]) * widest
            if best[j] is None or cost < best[j][0]:
                best[j] = (cost, i)
    bands, j = [], len(cuts) - 1
    while j:
        i = best[j][1]
        bands.append((cuts[i], cuts[j]))
        j = i
    return bands[::-1]


def encode_raster(picture: Image.Image, with_cut: bool = True) -> bytes:
    """A whole job: init, left alignment (GS v 0 follows ESC a on some models), picture, cut."""
    return INIT + ESC + b"a\x00" + image_commands(picture) + (cut() if with_cut else b"")


# -- text mode ---------------------------------------------------------------------------

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # cp1258 has these as separate combining bytes
DEFAULT_TEXT_CODEPAGE = 52  # ESC t 52 = WPC1258 on Epson; other brands differ (a printer setting)
CHAR_DOTS = 12  # Font A is 12 dots wide


def to_cp1258(text: str) -> bytes:
    """Vietnamese in Windows-1258: letters with a tone are a base letter (with its own
    circumflex/breve/horn) followed by a combining tone byte."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        tones = "".join(c for c in parts if c in TONE_MARKS)
        out += (base + tones).encode("cp1258", errors="replace")
    return bytes(out)


def _text_line(line: str, align: str = "left", bold: bool = False, double: bool = False) -> bytes:
    return (ESC + b"a" + bytes((ALIGN[align],)) + ESC + b"E" + bytes((int(bold),))
            + GS + b"!" + (b"\x11" if double else b"\x00") + to_cp1258(line) + LF)


def _wrap(text: str, columns: int, indent: int = 0) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        while len(word) > columns - indent:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:columns - indent])
            word = word[columns - indent:]
        candidate = f"{current} {word}" if current else word
        if len(candidate) > columns - (indent if lines else 0):
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return [(" " * indent if i else "") + line for i, line in enumerate(lines) if line or i == 0]


def encode_text(layout: Layout, width: int, codepage: int = DEFAULT_TEXT_CODEPAGE, with_cut: bool = True) -> bytes:
    columns = width // CHAR_DOTS
    out = bytearray(INIT + ESC + b"t" + bytes((codepage,)))
    for block in layout.blocks:
        if isinstance(block, Text):
            double = block.size in ("large", "title")
            for line in _wrap(block.text, columns // 2 if double else columns):
                out += _text_line(line, block.align, block.bold, double)
        elif isinstance(block, Pair):
            for line in _wrap(f"{block.label}: {block.value}", columns):
                out += _text_line(line)
        elif isinstance(block, Item):
            indent = len(block.marker) + 1
            for line in _wrap(f"{block.marker} {block.text}", columns, indent):
                out += _text_line(line)
        elif isinstance(block, Rule):
            out += _text_line(("- " * columns)[:columns] if block.style == "dashed" else "-" * columns)
        elif isinstance(block, Space):
            out += feed(block.dots)
        elif isinstance(block, QrRow):
            row = Layout([QrRow(tuple(type(c)(c.data, "") for c in block.codes))])
            out += ESC + b"a\x00" + image_commands(raster.render(row, width, top=4, bottom=4))
            out += _text_line(" · ".join(c.caption for c in block.codes if c.caption), "center")
            for note in block.aside:
                for line in _wrap(note, columns):
                    out += _text_line(line, "center")
    out += ESC + b"E\x00" + GS + b"!\x00" + ESC + b"a\x00"
    return bytes(out + (cut() if with_cut else b""))
