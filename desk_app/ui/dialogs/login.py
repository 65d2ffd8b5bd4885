"""Who is on duty: pick the officer, type the PIN; lock after idle time, unlock with a PIN."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk_app.core.officers import ROLES
from desk_app.ui.widgets.dialog_parts import error_label, ok_cancel
from desk_app.ui.i18n import core_term
from desk_app.ui.session import Session

ACTIVITY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel)
POINTER_CHECK_MS = 5_000


class OfficerPin(QWidget):
    """Officer list and PIN box, shared by the login dialog and the lock screen."""

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.officer = QComboBox()
        for officer in desk.officers.list():
            self.officer.addItem(f"{officer['full_name']} – {core_term(ROLES[officer['role']])}", officer["id"])
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("4–8 chữ số"))
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Cán bộ trực:"), self.officer)
        form.addRow(self.tr("Mã PIN:"), self.pin)
        form.addRow(self.error)

    def select(self, officer_id: str) -> None:
        index = self.officer.findData(officer_id)
        if index >= 0:
            self.officer.setCurrentIndex(index)

    def check(self) -> Session | None:
        """The session for a right PIN; else the reason under the PIN box (a wrong PIN, or how
        long wrong ones make this officer wait: the core counts and records them)."""
        attempt = self.desk.officers.attempt(self.officer.currentData(), self.pin.text(), place="window")
        self.pin.clear()
        if not attempt.ok:
            self.error.setText(attempt.message)
            self.pin.setFocus()
            return None
        self.error.clear()
        return Session(attempt.officer)


class LoginDialog(QDialog):
    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đăng nhập ca trực"))
        self.session: Session | None = None
        unit = desk.unit or {}
        heading = QLabel(f"<b>{unit.get('name', '')}</b><br>" + self.tr("Bộ phận một cửa – ai đang trực?"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fields = OfficerPin(desk)
        buttons = ok_cancel(self, self.tr("Vào ca trực"), self.tr("Thoát"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.fields.pin.setFocus()
        self.resize(420, 200)

    def accept(self) -> None:
        self.session = self.fields.check()
        if self.session is not None:
            super().accept()
        else:
            # A lockout's message runs to two or three lines: the dialog grows to show them all,
            # once the layout has taken the new text in.
            QTimer.singleShot(0, self.adjustSize)


class LockScreen(QWidget):
    """Shown in place of the desk while locked; the same or another officer unlocks it."""

    unlocked = Signal(object)  # Session
    taken_over = Signal(str)  # after `unlocked`, when another officer unlocked: the one locked out

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.fields = OfficerPin(desk)
        title = QLabel(self.tr("Màn hình đã khóa"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Nhập mã PIN để tiếp tục ca trực, hoặc chọn cán bộ nhận ca."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("Mở khóa"))
        button.clicked.connect(self.try_unlock)
        self.fields.pin.returnPressed.connect(self.try_unlock)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(hint)
        box.addWidget(self.fields)
        box.addWidget(button)
        holder = QWidget()
        holder.setLayout(box)
        holder.setMaximumWidth(480)
        # Centred by stretches, not by an alignment: an aligned widget gets its size hint's
        # height, and a wrapped message (a lockout and its wait) would lose its lines.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(holder, 4)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def prepare(self, officer_id: str) -> None:
        self.locked_by = officer_id
        self.fields.select(officer_id)
        self.fields.error.clear()
        self.fields.pin.clear()
        self.fields.pin.setFocus()

    def try_unlock(self) -> None:
        session = self.fields.check()
        if session is not None:
            self.unlocked.emit(session)
            if session.officer_id != getattr(self, "locked_by", session.officer_id):
                self.taken_over.emit(self.locked_by)  # the window offers the shift handover


class IdleWatcher(QObject):
    """Locks after `minutes` without activity: keys and clicks (as an event filter on the
    focused widget, see focus_filters) and the mouse pointer moving, checked every few seconds."""

    idle = Signal()

    def __init__(self, minutes: int, parent=None, pointer=QCursor.pos):
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.pointer = pointer
        self._last_pointer = None
        self.pointer_check = QTimer(self, interval=POINTER_CHECK_MS)
        self.pointer_check.timeout.connect(self._check_pointer)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.stop()
        self.pointer_check.stop()
        self.minutes = minutes
        if minutes > 0:  # 0 turns locking off
            self.timer.setInterval(int(minutes * 60_000))
            self.timer.start()
            self.pointer_check.start()

    def restart(self) -> None:
        if self.minutes > 0:
            self.timer.start()

    def _check_pointer(self) -> None:
        position = self.pointer()
        if self._last_pointer is not None and position != self._last_pointer:
            self.restart()
        self._last_pointer = position

    def eventFilter(self, watched, event) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.restart()
        return False
