"""The end-of-day reminder: from settings.day_end_reminder on, while today is not exported
and changes wait, a note in the status bar and the sync page's nav entry highlighted."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel

from desk_app.core.unit import upper_level_name
from desk_app.ui.theme import GRID, WARN, WARN_BG

REMINDER_CHECK_MS = 60_000
REMINDER_STYLE = f"QLabel {{ background: {WARN_BG}; color: {WARN}; padding: 2px {GRID}px; font-weight: 600; }}"


class DayEndReminder(QObject):
    """From settings.day_end_reminder on, while today is not exported and changes wait: a
    note in the status bar and the sync page's nav entry highlighted. Checked every minute."""

    changed = Signal(bool)

    def __init__(self, desk, status_bar, nav_item: Callable, parent=None, interval_ms: int = REMINDER_CHECK_MS):
        super().__init__(parent)
        self.desk = desk
        self.nav_item = nav_item
        self.due = False
        self.label = QLabel()
        self.label.setStyleSheet(REMINDER_STYLE)
        self.label.hide()
        status_bar.insertPermanentWidget(0, self.label)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.first_check = QTimer(self, singleShot=True, interval=1000)  # once the window is up:
        self.first_check.timeout.connect(self.check)  # the start never waits for it
        self.first_check.start()

    def check(self) -> bool:
        due = self.desk.sync.reminder_due()
        self.label.setText(self.tr("Chưa xuất tệp cuối ngày cho %1 – F7")
                           .replace("%1", upper_level_name(self.desk.unit)) if due else "")
        self.label.setVisible(due)
        item = self.nav_item()
        if item is not None:
            font = QFont(item.font())
            font.setBold(due)
            item.setFont(font)
            item.setBackground(QBrush(QColor(WARN_BG)) if due else QBrush())
            item.setForeground(QBrush(QColor(WARN)) if due else QBrush())
            item.setToolTip(self.label.text())
        if due != self.due:
            self.due = due
            self.changed.emit(due)
        return due
