"""Who is on duty: pick the officer, type the PIN; lock after idle time, unlock with a PIN.
A locked commander may lift their own lock with the unit's recovery passphrase; an officer who
comes in is told of the wrong PINs typed for them since they last came in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from desk_app.core.officers import ROLES
from desk_app.ui.dialogs.pin_texts import PinTexts
from desk_app.ui.dialogs.recovery_unlock import RecoveryUnlockDialog
from desk_app.ui.widgets.dialog_parts import error_label, ok_cancel, open_dialog
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.session import Session
from desk_app.ui import style

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
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.recovery = QPushButton(self.tr("Mở khóa bằng cụm mật khẩu khôi phục…"))
        self.recovery.setFlat(True)
        self.recovery.setAutoDefault(False)
        self.recovery.clicked.connect(self.ask_recovery)
        self.recovery_dialog: RecoveryUnlockDialog | None = None
        form = QFormLayout(self)
        form.addRow(self.tr("Cán bộ trực:"), self.officer)
        form.addRow(self.tr("Mã PIN:"), self.pin)
        form.addRow(self.error)
        form.addRow(self.status)
        form.addRow(self.recovery)
        self.officer.currentIndexChanged.connect(self.offer_recovery)
        self.offer_recovery()

    def select(self, officer_id: str) -> None:
        index = self.officer.findData(officer_id)
        if index >= 0:
            self.officer.setCurrentIndex(index)
        self.offer_recovery()

    def offer_recovery(self) -> None:
        """The way out for a locked commander, shown only while the chosen one is locked."""
        officer_id = self.officer.currentData()
        self.status.clear()
        self.recovery.setVisible(bool(officer_id) and self.desk.officers.locked_until(officer_id) is not None
                                 and self.desk.pin_recovery.offered(officer_id))  # (a query, then a file)

    def ask_recovery(self) -> None:
        officer = next(o for o in self.desk.officers.list() if o["id"] == self.officer.currentData())
        self.recovery_dialog = RecoveryUnlockDialog(self.desk, officer, self)
        self.recovery_dialog.accepted.connect(self._recovered)
        open_dialog(self.recovery_dialog, self.recovery_dialog.passphrase)

    def _recovered(self) -> None:
        lifted, name = self.recovery_dialog.lifted, self.recovery_dialog.officer["full_name"]
        self.error.clear()
        self.offer_recovery()
        self.status.setText(arg(self.tr("Đã mở khóa %1: nhập mã PIN để vào ca trực."), name) if lifted
                            else arg(self.tr("%1 không bị khóa: nhập mã PIN."), name))
        self.pin.setFocus()

    def check(self) -> Session | None:
        """The session for a right PIN; else the reason under the PIN box (a wrong PIN, or how
        long wrong ones make this officer wait: the core counts and records them)."""
        officer_id = self.officer.currentData()
        attempt = self.desk.officers.attempt(officer_id, self.pin.text(), place="window")
        self.pin.clear()
        texts = PinTexts(self)
        if not attempt.ok:
            self.offer_recovery()
            officer = next((o for o in self.desk.officers.list() if o["id"] == officer_id), None)
            self.error.setText(texts.refusal(attempt, officer))
            self.pin.setFocus()
            return None
        self.error.clear()
        return Session(attempt.officer, notice=texts.notice(attempt))


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
        style.set_text_style(title, "login_title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("Nhập mã PIN để tiếp tục ca trực, hoặc chọn cán bộ nhận ca."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("Mở khóa"))
        style.set_role(button, "primary")
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
            self.notice_box = tell_wrong_pins(self.window(), session.notice)
            if session.officer_id != getattr(self, "locked_by", session.officer_id):
                self.taken_over.emit(self.locked_by)  # the window offers the shift handover


def tell_wrong_pins(window: QWidget, notice: str) -> QMessageBox | None:
    """The wrong PINs typed for the officer since they last came in, over the window as they
    come in; not modal-blocking (the desk is usable at once, the box closes with Enter)."""
    if not notice:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("LoginDialog", "Có người nhập sai mã PIN"),
                      notice, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


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
