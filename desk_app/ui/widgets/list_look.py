"""The design's pieces for lists: a status drawn as a chip in its family's colours with its words
(never colour alone), and a note in an empty list that says what to do next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStyle, QStyledItemDelegate

from desk_app.ui import style, theme

CHIP_PADDING = theme.space(1.5)  # the chip's own room round its words, added to the column's width
FAMILY_ROLE = Qt.ItemDataRole.UserRole + 10  # the model's status family for a chip cell


class ChipDelegate(QStyledItemDelegate):
    """Cells whose FAMILY_ROLE names a status family are drawn as a chip; the others as usual."""

    def paint(self, painter: QPainter, option, index) -> None:
        family = index.data(FAMILY_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not family or not text:
            super().paint(painter, option, index)
            return
        painter.save()
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, QColor(theme.SELECTION))
        elif background is not None:
            painter.fillRect(option.rect, background)
        ink, fill = theme.STATUS_FAMILY[family]
        painter.setFont(QFont(option.font))
        width = min(painter.fontMetrics().horizontalAdvance(text) + CHIP_PADDING, option.rect.width() - theme.HALF)
        chip = QRect(option.rect.left() + theme.HALF, option.rect.top() + 3, width, option.rect.height() - 6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(chip, theme.SMALL_RADIUS, theme.SMALL_RADIUS)
        painter.setPen(QColor(ink))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class EmptyNote(QObject):
    """A line over an empty list's viewport: what the list would show and what to do."""

    def __init__(self, view: QAbstractItemView, text=lambda: ""):
        super().__init__(view)
        self.view = view
        self.text = text
        self.label = QLabel(view.viewport())
        self.label.setObjectName("empty_note")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_tone(self.label, "muted")
        self.label.hide()
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update)

    def update(self, *_args) -> None:
        empty = self.view.model().rowCount() == 0
        self.label.setText(self.text() if empty else "")
        self.label.setVisible(empty and bool(self.label.text()))
        self._place()

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(theme.space(3), theme.space(3), -theme.space(3), 0)
        height = self.label.heightForWidth(area.width()) if area.width() > 0 else 0
        self.label.setGeometry(area.left(), area.top(), area.width(), max(height, 0) + theme.GRID)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
