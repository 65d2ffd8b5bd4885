"""The design's tokens (ui/theme.py): every text colour readable on its background (WCAG AA,
contrast ≥ 4.5:1), and no colour or margin set outside them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk_app.ui import theme

UI = Path(theme.__file__).parent


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of #rrggbb."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss


@pytest.mark.parametrize("name", sorted(theme.TEXT_PAIRS))
def test_every_text_colour_is_readable_on_its_background(name):
    text, background = theme.TEXT_PAIRS[name]
    assert contrast(text, background) >= 4.5, f"{name}: {text} on {background} is {contrast(text, background):.2f}:1"


def test_every_status_family_has_a_pair_checked():
    checked = set(theme.TEXT_PAIRS.values())
    assert all(pair in checked for pair in theme.STATUS_FAMILY.values())


HEX = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*['\"][a-z]+['\"]|(?:color|background)\s*:\s*(?!none|transparent|str\b)[a-z]+\b")
MARGINS = re.compile(r"setContentsMargins\(([^)]*)\)")


def _sources():
    for path in sorted(UI.rglob("*.py")):
        if path.name in ("theme.py", "style.py"):
            continue
        yield path, path.read_text(encoding="utf-8")


def colour_literals(text: str) -> list[str]:
    return HEX.findall(text)


def odd_margins(text: str) -> list[str]:
    """Margins in literal pixels that are off the grid (0 and theme names are fine)."""
    odd = []
    for args in MARGINS.findall(text):
        for part in args.split(","):
            part = part.strip()
            if part.isdigit() and int(part) % theme.HALF:
                odd.append(args)
                break
    return odd


def test_no_widget_sets_its_own_colour():
    found = [f"{path.relative_to(UI)}: {hit}" for path, text in _sources() for hit in colour_literals(text)]
    assert not found, "colours belong in ui/theme.py:\n" + "\n".join(found)


def test_no_margin_is_off_the_grid():
    found = [f"{path.relative_to(UI)}: {hit}" for path, text in _sources() for hit in odd_margins(text)]
    assert not found, "margins go on the 8-pixel grid (theme.space):\n" + "\n".join(found)


def test_the_checks_would_notice():
    assert colour_literals('label.setStyleSheet("color: #b3261e;")')
    assert colour_literals('QColor("white")')
    assert odd_margins("layout.setContentsMargins(14, 4, 14, 6)")
    assert not odd_margins("layout.setContentsMargins(0, 0, 0, 0)")


def test_every_page_in_the_sidebar_has_its_icon(qtbot, desk, commander):
    from PySide6.QtGui import QIcon

    from tests.ui.shell_helpers import open_window

    window = open_window(qtbot, desk, commander)
    nav = window.nav
    missing = [nav.item(row).text() for row in range(nav.count())
               if not isinstance(nav.item(row).icon(), QIcon) or nav.item(row).icon().isNull()]
    assert nav.count() >= 10 and missing == []
