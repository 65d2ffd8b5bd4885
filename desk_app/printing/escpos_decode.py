"""ESC/POS bytes -> the picture the paper would show. Understands exactly the commands
`escpos_encode` emits (and refuses anything else), so the preview printer and the tests
show what a real printer receives, not what we meant to send."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from desk_app.printing import raster

TEXT_LINE_DOTS = 30  # the default line spacing (ESC 2) is about 30 dots at 203 dpi
TEXT_FONT_PX = 22
_INVERT = bytes(255 - b for b in range(256))  # Font A glyphs are 12 x 24 dots; the preview draws them with our font


class DecodeError(ValueError):
    pass


@dataclass
class TextLine:
    y: int
    text: str
    align: int
    bold: bool
    double: bool


@dataclass
class Decoded:
    image: Image.Image
    commands: list[str] = field(default_factory=list)
    text_lines: list[TextLine] = field(default_factory=list)
    cuts: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.text_lines)


class _State:
    def __init__(self, width: int):
        self.width = width
        self.reset()
        self.y = 0
        self.bands: list[tuple[int, int, Image.Image]] = []
        self.out = Decoded(Image.new("1", (1, 1)))

    def reset(self) -> None:
        self.align, self.bold, self.double, self.codepage = 0, False, False, None


def decode(data: bytes, width: int = 576) -> Decoded:
    state = _State(width)
    pending = bytearray()
    i = 0
    n = len(data)

    def need(count: int) -> bytes:
        if i + count > n:
            raise DecodeError(f"truncated command at byte {i}")
        return data[i:i + count]

    while i < n:
        byte = data[i]
        if byte == 0x1B:
            command = need(2)[1:2]
            if command == b"@":
                state.reset()
                state.out.commands.append("ESC @")
                i += 2
            elif command in (b"a", b"E", b"J", b"t"):
                value = need(3)[2]
                state.out.commands.append(f"ESC {command.decode()} {value}")
                if command == b"a":
                    state.align = value
                elif command == b"E":
                    state.bold = bool(value)
                elif command == b"J":
                    state.y += value
                else:
                    state.codepage = value
                i += 3
            else:
                raise DecodeError(f"unknown command ESC 0x{data[i + 1]:02x} at byte {i}")
        elif byte == 0x1D:
            command = need(2)[1:2]
            if command == b"v":
                head = need(8)
                if head[2:3] != b"0" or head[3] != 0:
                    raise DecodeError(f"unsupported GS v mode at byte {i}")
                width_bytes = head[4] | head[5] << 8
                height = head[6] | head[7] << 8
                i += 8
                body = need(width_bytes * height)
                _raster(state, body, width_bytes, height)
                state.out.commands.append(f"GS v 0 {width_bytes}x{height}")
                i += width_bytes * height
            elif command == b"!":
                state.double = need(3)[2] == 0x11
                state.out.commands.append(f"GS ! {data[i + 2]}")
                i += 3
            elif command == b"V":
                mode, extra = need(4)[2], data[i + 3]
                if mode != 66:
                    raise DecodeError(f"unsupported cut mode {mode} at byte {i}")
                state.y += extra
                state.out.cuts.append(state.y)
                state.out.commands.append(f"GS V 66 {extra}")
                i += 4
            else:
                raise DecodeError(f"unknown command GS 0x{data[i + 1]:02x} at byte {i}")
        elif byte == 0x0A:
            _text(state, bytes(pending))
            pending.clear()
            i += 1
        elif byte < 0x20:
            raise DecodeError(f"unexpected control byte 0x{byte:02x} at byte {i}")
        else:
            pending.append(byte)
            i += 1
    if pending:
        _text(state, bytes(pending))
    return _finish(state)


def _raster(state: _State, body: bytes, width_bytes: int, height: int) -> None:
    if width_bytes > (state.width + 7) // 8:
        raise DecodeError(f"raster {width_bytes * 8} dots wide on {state.width}-dot paper")
    # Pillow '1' stores 1 = white; the printer's 1 = ink.
    band = Image.frombytes("1", (width_bytes * 8, height), body.translate(_INVERT))
    x = {0: 0, 1: (state.width - band.width) // 2, 2: state.width - band.width}.get(state.align, 0)
    state.bands.append((x, state.y, band))
    state.y += height


def _text(state: _State, raw: bytes) -> None:
    if state.codepage is None and any(b > 0x7F for b in raw):
        raise DecodeError("text above ASCII sent before a code page was chosen (ESC t)")
    text = unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))
    state.out.text_lines.append(TextLine(state.y, text, state.align, state.bold, state.double))
    state.y += TEXT_LINE_DOTS * (2 if state.double else 1)


def _finish(state: _State) -> Decoded:
    grey = Image.new("L", (state.width, max(state.y, 1)), 255)
    draw = ImageDraw.Draw(grey)
    for line in state.out.text_lines:
        f = raster.font(TEXT_FONT_PX * (2 if line.double else 1), line.bold)
        w = f.getlength(line.text)
        x = {0: 0, 1: (state.width - w) / 2, 2: state.width - w}.get(line.align, 0)
        draw.text((x, line.y), line.text, font=f, fill=0)
    picture = grey.point(lambda v: 0 if v < raster.INK_THRESHOLD else 255, "1")
    for x, y, band in state.bands:
        picture.paste(band, (x, y))
    state.out.image = picture
    return state.out
