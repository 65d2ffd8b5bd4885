"""What every screen of the window shares in look: a focus that can be seen from across the
counter. Platform styles draw a focused button with a faint dotted line or not at all, and an
officer driving the desk by keys must always see where the next key goes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

FOCUS_COLOUR = "#1a73e8"

# Buttons are drawn by the sheet in every state, so a focused one keeps its size: the focus
# ring takes one pixel of padding for its second pixel of border.
STYLE_SHEET = f"""
QPushButton {{ padding: 4px 12px; border: 1px solid #8d939c; border-radius: 4px; background: #f7f8fa; }}
QPushButton:hover {{ background: #edf3fc; }}
QPushButton:pressed {{ background: #dbe6f5; }}
QPushButton:disabled {{ color: #9aa0a6; border-color: #cdd1d6; background: #f2f3f5; }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 3px 11px; }}
QToolButton:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: 4px; }}
QCheckBox:focus, QRadioButton:focus {{ background: #e3edfb; border-radius: 3px; }}

"""


def install(app: QApplication) -> None:
    """Once per application (the start-up, and each form opened on its own in tests)."""
    if app.property("desk_style") != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)
        app.setProperty("desk_style", STYLE_SHEET)
