"""Write the sidebar's icons as SVG files, from the Phosphor icon font (MIT) that qtawesome
bundles; run again only to add or change an icon (the program reads the SVG files, not the font):

    pip install qtawesome && QT_QPA_PLATFORM=offscreen python assets/icons/make_icons.py

One set, one weight (Phosphor regular), one colour per file (theme.NAV_ICON): the window draws
them with Qt's own SVG icon engine, so the program loads no icon font and no icon package.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

# The page (shell/pages.py) -> Phosphor's name of its glyph.
ICONS = {
    "receive": "file-plus", "visits": "users-three", "handover": "handshake", "dossiers": "folder-open",
    "print_jobs": "printer", "stats": "chart-bar", "sync": "arrows-clockwise", "settings": "gear-six",
    "audit": "shield-check", "commander": "lock-simple", "follow_ups": "chat-circle-text",
}
BOX = 256


def glyph_path(font, char: str):
    from PySide6.QtGui import QFontMetricsF, QPainterPath

    path = QPainterPath()
    path.addText(0, QFontMetricsF(font).ascent(), font, char)
    return path


def svg_d(path) -> str:
    from PySide6.QtGui import QPainterPath

    kinds = QPainterPath.ElementType
    parts, i = [], 0
    while i < path.elementCount():
        e = path.elementAt(i)
        if e.type == kinds.MoveToElement:
            parts.append(f"M{e.x:.1f} {e.y:.1f}")
        elif e.type == kinds.LineToElement:
            parts.append(f"L{e.x:.1f} {e.y:.1f}")
        elif e.type == kinds.CurveToElement:
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{e.x:.1f} {e.y:.1f} {c2.x:.1f} {c2.y:.1f} {end.x:.1f} {end.y:.1f}")
            i += 2
        i += 1
    return "".join(parts) + "Z"


def main() -> None:
    import qtawesome
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.theme import NAV_ICON

    app = QApplication.instance() or QApplication([])
    fonts = Path(qtawesome.__file__).parent / "fonts"
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(fonts / "phosphor-1.3.0.ttf")))[0]
    charmap = json.loads((fonts / "phosphor-charmap-1.3.0.json").read_text())
    font = QFont(family)
    font.setPixelSize(BOX)
    for page, name in ICONS.items():
        path = glyph_path(font, chr(int(charmap[name], 16)))
        rule = "nonzero" if path.fillRule().name == "WindingFill" else "evenodd"
        box = path.boundingRect()
        side = max(box.width(), box.height()) * 1.08
        view = f"{box.center().x() - side / 2:.1f} {box.center().y() - side / 2:.1f} {side:.1f} {side:.1f}"
        (HERE / f"{page}.svg").write_text(
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view}">'
            f'<path fill="{NAV_ICON}" fill-rule="{rule}" d="{svg_d(path)}"/></svg>\n')
        print(page, name)
    del app


if __name__ == "__main__":
    main()
