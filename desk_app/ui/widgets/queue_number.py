"""The optional queue number field of the receive and visit forms (F10 fills it when the
desk calls the next number)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit


class QueueNumberField(QLineEdit):
    def __init__(self, row: QHBoxLayout, parent=None):
        """Added at the start of the form's button row, with its caption."""
        super().__init__(parent)
        self.setObjectName("queue_number")
        self.setMaxLength(10)
        # What core.registration.check_queue_number accepts: nothing else can be typed.
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9A-Za-z.\-]{0,10}"), self))
        self.setMaximumWidth(90)
        self.setPlaceholderText(self.tr("số"))
        self.setToolTip(self.tr("Số thứ tự của người dân (không bắt buộc). F10: gọi số tiếp theo."))
        row.insertWidget(0, self)
        row.insertWidget(0, QLabel(self.tr("Số thứ tự")))
