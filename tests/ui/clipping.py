"""Find text a widget cannot show whole: a label or button narrower (or lower) than its text,
a tab whose title is elided, a list column narrower than a code it shows."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton, QLabel, QPushButton, QScrollArea, QTabBar, QTableView, QWidget,
)

TAGS = re.compile(r"<[^>]+>")
# A cell of a code column ("CAXTT-261206-0001") must be shown whole: it carries the slip number.
CODE = re.compile(r"^[A-Z]{2,}-\d{6}-\d{4}$")


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible piece of text under root that its widget cuts, described for a failure."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            found += _button(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QTableView):
            found += _code_cells(widget)
        if isinstance(widget, QScrollArea):
            found += _sideways(widget)
        if hasattr(widget, "clipped_names"):  # the sidebar paints its rows itself
            found += [f"{_name(widget)}: page '{name}' cut" for name in widget.clipped_names()]
    return found


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Visible: a widget in a scroll area counts too (the area may hide it, never cut it)."""
    return widget is root or (widget.isVisibleTo(root) and widget.width() > 0)


def _plain(text: str) -> str:
    return TAGS.sub("", text.replace("<br>", "\n").replace("<br/>", "\n")).replace("&nbsp;", " ")


def _label(label: QLabel) -> list[str]:
    text = label.text()
    if label.buddy() is not None:  # "&Theo:" shows "Theo:" with T underlined (Alt+T)
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + 1:
            return [f"{_name(label)}: '{_plain(text)[:60]}' needs {label.heightForWidth(label.width())} px "
                    f"of height, has {label.height()}"]
        return []
    metrics = QFontMetrics(label.font())
    lines = _plain(text).split("\n") if _rich(label) or "\n" in text else [text]
    wide = max(metrics.horizontalAdvance(line) for line in lines)
    high = metrics.height() * len(lines)
    if wide > room.width() + 1 or high > room.height() + 2:
        return [f"{_name(label)}: '{_plain(text)[:60]}' needs {wide}×{high} px, has {room.width()}×{room.height()}"]
    return []


def _button(button: QAbstractButton) -> list[str]:
    hint = button.sizeHint()
    if isinstance(button, QPushButton) and button.menu() is None:
        needed = QFontMetrics(button.font()).horizontalAdvance(button.text().replace("&&", "&").replace("&", "")) + 8
        needed += button.iconSize().width() + 4 if not button.icon().isNull() else 0
    else:
        needed = hint.width()
    if needed > button.width() + 1:
        return [f"{_name(button)}: '{button.text()}' needs {needed} px, has {button.width()}"]
    return []


def _tabs(bar: QTabBar) -> list[str]:
    cut = []
    for i in range(bar.count()):
        rect: QRect = bar.tabRect(i)
        if bar.isTabVisible(i) and bar.tabSizeHint(i).width() > rect.width() + 1:
            cut.append(f"tab '{bar.tabText(i)}' needs {bar.tabSizeHint(i).width()} px, has {rect.width()}")
    return cut


def _code_cells(table: QTableView) -> list[str]:
    model = table.model()
    if model is None:
        return []
    metrics = QFontMetrics(table.font())
    cut = []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        for row in range(min(model.rowCount(), 30)):
            text = model.index(row, column).data()
            if isinstance(text, str) and CODE.match(text):
                needed = metrics.horizontalAdvance(text) + 12
                if needed > table.columnWidth(column):
                    cut.append(f"{_name(table)}: code '{text}' needs {needed} px, column has "
                               f"{table.columnWidth(column)}")
                    break
    return cut


def _sideways(area: QScrollArea) -> list[str]:
    """A scroll area that never scrolls sideways must not hold content wider than it shows."""
    inner = area.widget()
    if inner is None or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return []
    if inner.width() > area.viewport().width() + 1:
        return [f"{_name(area)}: content {inner.width()} px wide, shows {area.viewport().width()}"]
    return []


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.parentWidget().__class__.__name__})"


def _rich(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and bool(TAGS.search(label.text())))
