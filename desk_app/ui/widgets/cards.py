"""The design's shared pieces for a page: a card (a white panel with its section title), a
column of cards that scrolls where the screen is short, a status chip (the status family's
colours with its words: never colour alone), and lists sized to what they hold."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QScrollArea, QSizePolicy, QTextEdit, QVBoxLayout, QWidget

from desk_app.ui import style, theme


class Card(QFrame):
    """`body` is its layout: add the card's fields and lists there."""

    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(theme.CARD_PADDING, theme.space(1.5), theme.CARD_PADDING, theme.CARD_PADDING)
        self.body.setSpacing(theme.GRID)
        self.heading = None
        if title:
            self.heading = QLabel(title)
            style.set_text_style(self.heading, "section")
            self.body.addWidget(self.heading)


class CardScroll(QScrollArea):
    """Cards one under another, as wide as the area; a scroll bar only when they are taller."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("cards")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(0, 0, theme.HALF, 0)
        self.column.setSpacing(theme.SECTION_GAP)
        self.column.addStretch(1)
        self.setWidget(inner)
        inner.installEventFilter(self)  # the cards changed: the area's narrowest width again

    def add(self, card: QWidget) -> None:
        self.column.insertWidget(self.column.count() - 1, card)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            hint = self.minimumSizeHint()
            if hint.width() != self.minimumWidth():
                self.setMinimumWidth(hint.width())
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """As wide as the cards' narrowest (their text is never cut sideways), short: it scrolls."""
        width = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width + 2 * self.frameWidth(), theme.space(12))


class StatusChip(QLabel):
    """A status (or an appointment's standing) in its family's colours, with its words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.hide()

    def set_status(self, family: str | None, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        colours = theme.STATUS_FAMILY.get(family or "", theme.STOPPED)
        self.setStyleSheet(f"QLabel {{ {theme.css_colours(colours)} border-radius: {theme.SMALL_RADIUS}px; "
                           f"padding: 2px {theme.GRID}px; font-weight: 600; }}")


def fit_list_height(widget: QListWidget) -> None:
    """No inner scroll bar: the list as tall as its rows (the card column scrolls instead). A
    list that wraps its rows is measured at its present width: a long document name takes two
    lines in a narrow pane, and the list's own hint counts one."""
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    width = widget.viewport().width() - 2 * widget.spacing() - theme.HALF
    metrics = widget.fontMetrics()

    def row_height(i: int) -> int:
        hint = widget.sizeHintForRow(i)
        if not widget.wordWrap() or width <= 0:
            return hint
        text = widget.item(i).text()
        lines = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()
        return max(hint, lines + (hint - metrics.height()))

    rows = sum(row_height(i) for i in range(widget.count())) if widget.count() else theme.space(3)
    widget.setFixedHeight(rows + 2 * widget.frameWidth() + theme.HALF)


def fit_text_height(widget: QTextEdit) -> None:
    """A rich-text box as tall as its text at its present width."""
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    document = widget.document()
    width = widget.viewport().width()
    if width > 0:
        document.setTextWidth(width)
    height = max(round(document.size().height()), theme.space(3))
    widget.setFixedHeight(height + 2 * widget.frameWidth() + theme.HALF)


class PageScroller(QScrollArea):
    """Keeps a page with wrapped text (its height depends on its width) as tall as that text
    needs at the present width: Qt's scroll area alone asks the page's height for no width."""

    def setWidget(self, page: QWidget) -> None:
        super().setWidget(page)
        page.installEventFilter(self)  # its text changed: its height again

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        page = self.widget()
        layout = page.layout() if page is not None else None
        if layout is not None and layout.hasHeightForWidth():
            page.setMinimumHeight(layout.totalHeightForWidth(self.viewport().width()))


def page_scroller(page: QWidget) -> QScrollArea:
    """A page inside a frameless scroll area as wide and tall as the window gives it: a screen too
    short for the page (1366×768 at 125 %) scrolls it instead of cutting or squeezing it."""
    area = PageScroller()
    area.setObjectName("page")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
