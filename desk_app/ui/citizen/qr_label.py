"""A QR code drawn with Qt from the same module matrix the slips print (printing.raster)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desk_app.ui.theme import CITIZEN, PAGE_TITLE, QR_DARK, QR_LIGHT


class QrCode(QWidget):
    def __init__(self, data: str = "", parent=None):
        super().__init__(parent)
        self.matrix: tuple | None = ()
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_data(data)

    def set_data(self, data: str) -> None:
        """Drawn at the first paint: the QR library loads only when the code is seen, not when
        the window opens with the citizen page hidden."""
        self.data = data
        self.matrix = None
        self.update()

    def paintEvent(self, _event) -> None:
        if self.matrix is None:
            from desk_app.printing.raster import qr_matrix

            self.matrix = qr_matrix(self.data) if self.data else ()
        if not self.matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        n = len(self.matrix) + 8  # a quiet zone of four modules each side
        module = side / n
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor(QR_LIGHT))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(QR_DARK))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + (x + 4) * module, top + (y + 4) * module, module + 0.5, module + 0.5))
        painter.end()


class LabelledQr(QWidget):
    """A QR code with its caption under it; hidden when it has no data."""

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.code = QrCode()
        self.code.setMinimumSize(220, 220)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet(f"font-size: {PAGE_TITLE}pt; font-weight: 600; color: {CITIZEN['body']};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.caption)

    def set_scale(self, scale: float) -> None:
        side = round(220 * scale)
        self.code.setMinimumSize(side, side)

    def set_data(self, data: str) -> None:
        self.code.set_data(data)
        self.setVisible(bool(data))
