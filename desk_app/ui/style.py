"""The window's style sheet, made from the design tokens (ui/theme.py) and installed once on the
application: cards, fields, lists, buttons by role, the sidebar, and a focus that can be seen
from across the counter (platform styles draw a faint dotted line or nothing, and an officer
driving the desk by keys must always see where the next key goes).

A widget asks for a look by a property the sheet knows, never by a sheet of its own:
`set_role(button, "primary")`, `set_text_style(label, "title")`, `set_tone(label, "error")`."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from desk_app.ui import theme as t

FOCUS_COLOUR = t.FOCUS


def _buttons() -> str:
    rules = []
    for role, (ink, background, line) in t.BUTTON_ROLES.items():
        selector = "QPushButton" if role == "secondary" else f'QPushButton[role="{role}"]'
        rules.append(f"{selector} {{ color: {ink}; background: {background}; border: 1px solid {line}; }}")
        rules.append(f"{selector}:hover {{ background: {t.BUTTON_HOVER[role]}; }}")
    return "\n".join(rules)


def _text_styles() -> str:
    return f"""
QLabel[text_style="title"] {{ font-size: {t.PAGE_TITLE}pt; font-weight: 600; color: {t.INK}; }}
QLabel[text_style="section"] {{ font-size: {t.SECTION}pt; font-weight: 600; color: {t.INK}; }}
QLabel[text_style="caption"] {{ font-size: {t.CAPTION}pt; color: {t.MUTED}; }}
QLabel[text_style="login_title"] {{ font-size: {t.LOGIN_TITLE}pt; font-weight: 600; }}
QLabel[text_style="lead"] {{ font-size: {t.SECTION}pt; }}
QLabel[text_style="emphasis"] {{ font-size: {t.SECTION}pt; font-weight: 600; color: {t.INK}; }}
QLabel[tone="error"] {{ color: {t.ERROR}; }}
QLabel[tone="notice"] {{ color: {t.NOTICE}; }}
QLabel[tone="warn"] {{ color: {t.WARN}; }}
QLabel[tone="muted"] {{ color: {t.MUTED}; }}
"""


def _sidebar() -> str:
    return f"""
QListWidget#sidebar {{ background: {t.NAV}; color: {t.NAV_INK}; border: none; outline: 0;
    padding: {t.GRID}px 0; }}
QListWidget#sidebar::item {{ border: none; }}
"""


STYLE_SHEET = f"""
QMainWindow, QDialog, QWizard {{ background: {t.WINDOW}; }}
QWidget {{ color: {t.INK}; }}
QGroupBox {{ background: {t.CARD}; border: 1px solid {t.LINE}; border-radius: {t.RADIUS}px;
    margin-top: {t.space(1.5) + t.HALF}px; padding: {t.GRID}px {t.GRID}px {t.GRID}px {t.GRID}px;
    font-size: {t.SECTION}pt; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left; left: {t.GRID}px;
    padding: 0 {t.HALF}px; color: {t.INK}; }}
QGroupBox > QWidget, QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QRadioButton {{ font-size: {t.BODY}pt;
    font-weight: normal; }}
QFrame#card {{ background: {t.CARD}; border: 1px solid {t.LINE}; border-radius: {t.RADIUS}px; }}
QScrollArea#cards, QScrollArea#cards > QWidget > QWidget, QScrollArea#page, QScrollArea#page > QWidget > QWidget {{
    background: transparent; border: none; }}
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QComboBox {{ background: {t.FIELD}; border: 1px solid {t.LINE};
    border-radius: {t.SMALL_RADIUS}px; padding: 3px {t.HALF}px; selection-background-color: {t.ACCENT};
    selection-color: {t.ACCENT_INK}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus {{ border: 2px solid {FOCUS_COLOUR};
    padding: 2px 3px; }}
QLineEdit:disabled, QComboBox:disabled {{ color: {t.DISABLED_INK}; background: {t.HEADER}; }}
QTableView, QListView, QTreeView {{ background: {t.CARD}; border: 1px solid {t.LINE};
    border-radius: {t.SMALL_RADIUS}px; gridline-color: {t.LINE}; selection-background-color: {t.SELECTION};
    selection-color: {t.INK}; alternate-background-color: {t.HEADER}; }}
QTableView::item {{ padding: 0px {t.HALF}px; }}
QTableView:focus, QListView:focus, QTreeView:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QHeaderView::section {{ background: {t.HEADER}; color: {t.INK}; border: none;
    border-bottom: 1px solid {t.LINE}; border-right: 1px solid {t.LINE}; padding: 2px {t.HALF}px;
    font-weight: 600; }}
QTabWidget::pane {{ background: {t.CARD}; border: 1px solid {t.LINE}; border-radius: {t.SMALL_RADIUS}px; top: -1px; }}
QTabBar::tab {{ background: {t.HEADER}; border: 1px solid {t.LINE}; padding: {t.HALF}px {t.space(1.5)}px;
    margin-right: 2px; border-top-left-radius: {t.SMALL_RADIUS}px; border-top-right-radius: {t.SMALL_RADIUS}px; }}
QTabBar::tab:selected {{ background: {t.CARD}; border-bottom-color: {t.CARD}; font-weight: 600; }}
QTabBar::tab:focus {{ border: 2px solid {FOCUS_COLOUR}; }}
QStatusBar {{ background: {t.CARD}; border-top: 1px solid {t.LINE}; }}
QStatusBar::item {{ border: none; }}
QToolTip {{ color: {t.INK}; background: {t.CARD}; border: 1px solid {t.STRONG_LINE}; padding: {t.HALF}px; }}

QPushButton {{ padding: {t.HALF}px {t.space(1.5)}px; border-radius: {t.SMALL_RADIUS}px; min-height: 18px; }}
{_buttons()}
QPushButton:pressed {{ background: {t.PRESSED}; color: {t.INK}; }}
QPushButton:disabled {{ color: {t.DISABLED_INK}; border-color: {t.LINE}; background: {t.HEADER}; }}
QPushButton:focus {{ border: 2px solid {FOCUS_COLOUR}; padding: 3px 11px; }}
QPushButton[role="primary"]:focus {{ background: {t.ACCENT_FOCUSED}; }}
PrintActions QToolButton {{ padding: {t.HALF}px {t.GRID}px; border: 1px solid {t.STRONG_LINE};
    border-radius: {t.SMALL_RADIUS}px; background: {t.HEADER}; }}
PrintActions QToolButton:hover {{ background: {t.HOVER}; }}
QToolButton:focus {{ border: 2px solid {FOCUS_COLOUR}; border-radius: {t.SMALL_RADIUS}px; }}
QCheckBox:focus, QRadioButton:focus {{ background: {t.SELECTION}; border-radius: 3px; }}
{_text_styles()}
{_sidebar()}
"""


def set_role(button: QWidget, role: str) -> None:
    """primary (the page's one main action), secondary (the default) or danger (cannot be undone)."""
    assert role in t.BUTTON_ROLES, role
    _set(button, "role", role)


def set_text_style(label: QWidget, name: str) -> None:
    """title, section, caption, emphasis, lead or login_title: a step of the type scale."""
    _set(label, "text_style", name)


def set_tone(label: QWidget, tone: str) -> None:
    """error, notice, warn, muted, or "" for the body's ink."""
    _set(label, "tone", tone)


def _set(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)  # the sheet reads properties when it polishes
    widget.style().polish(widget)


def install(app: QApplication) -> None:
    """Once per application (the start-up, and each form opened on its own in tests)."""
    if app.property("desk_style") != STYLE_SHEET:
        app.setStyle("Fusion")  # the same drawing on every system; the sheet and the tokens do the rest
        app.setStyleSheet(STYLE_SHEET)
        app.setProperty("desk_style", STYLE_SHEET)
