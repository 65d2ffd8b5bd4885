#!/usr/bin/env python3
"""Draw the desk's icon (assets/icons/desk-app.ico and .png): a dossier with a red star on the
navy of the window's title bar. Run once when the design changes; the files are committed."""

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[2]
NAVY, PAPER, LINE, RED, GOLD = "#1f3a5f", "#ffffff", "#9fb3c8", "#c8102e", "#ffcd00"


def star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, fill: str) -> None:
    import math
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=fill)


def draw(size: int = 256) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    s = size / 256
    d.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=44 * s, fill=NAVY)
    d.rounded_rectangle((62 * s, 44 * s, 194 * s, 214 * s), radius=10 * s, fill=PAPER)
    for y in (128, 152, 176):
        d.rounded_rectangle((82 * s, y * s, 174 * s, (y + 10) * s), radius=5 * s, fill=LINE)
    d.ellipse((98 * s, 56 * s, 158 * s, 116 * s), fill=RED)
    star(d, 128 * s, 87 * s, 24 * s, GOLD)
    return image


if __name__ == "__main__":
    icons = ROOT / "assets" / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    picture = draw()
    picture.save(icons / "desk-app.png")
    picture.save(icons / "desk-app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print("assets/icons/desk-app.ico, desk-app.png")
