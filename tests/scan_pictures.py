"""Scanned pages made by the tests: text drawn with the bundled font on a white page, as a
counter's scanner saves them (JPEG or PNG, 300 dpi)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from desk_app import paths

A4_300DPI = (2480, 3508)


def scan_page(path: Path, lines: list[str], size: tuple[int, int] = A4_300DPI, font_px: int = 64,
              kind: str = "JPEG") -> Path:
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(paths.asset("fonts", "BeVietnamPro-Regular.ttf")), font_px)
    y = size[1] // 10
    for line in lines:
        draw.text((size[0] // 10, y), line, font=font, fill=0)
        y += int(font_px * 1.6)
    page.save(path, kind, **({"quality": 85, "dpi": (300, 300)} if kind == "JPEG" else {"dpi": (300, 300)}))
    return path
