"""In the dossier detail: the citizen's answer to the notices question and the messages of
this dossier. Without a modem (or while it fails) the officer's phone sends one: the SMSTO:
code fills number and text; a copy button for a phone cable; marking it sent records it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desk_app.core.notice_templates import KINDS
from desk_app.core.notices import STATUSES, smsto
from desk_app.ui.citizen.qr_label import QrCode
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.widgets.forms_common import error_label, show_error


class NoticeBox(QGroupBox):
    marked = Signal(int)  # a message marked sent by hand: its id

    def __init__(self, desk, session, parent=None):
        super().__init__(self.tr("Tin nhắn báo công dân"), parent)
        self.desk = desk
        self.session = session
        self.dossier: dict | None = None
        self.messages: list[dict] = []
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.choice = QComboBox()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.qr = QrCode()
        self.qr.setMinimumSize(160, 160)
        self.qr.setMaximumSize(200, 200)
        self.copy_button = QPushButton(self.tr("Chép nội dung"))
        self.sent_button = QPushButton(self.tr("Đã gửi bằng điện thoại"))
        self.error = error_label()
        self.choice.currentIndexChanged.connect(self._show_message)
        self.copy_button.clicked.connect(self.copy)
        self.sent_button.clicked.connect(self.mark_sent)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(16)
        buttons = QVBoxLayout()  # beside the code, one over the other: the pane stays narrow
        for widget in (self.copy_button, self.sent_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        code_row = QHBoxLayout()
        code_row.addWidget(self.qr)
        code_row.addLayout(buttons, 1)
        column = QVBoxLayout(self)
        for widget in (self.consent, self.choice, self.text):
            column.addWidget(widget)
        column.addLayout(code_row)
        column.addWidget(self.error)
        self.set_dossier(None)

    def set_dossier(self, dossier: dict | None) -> None:
        self.dossier = dossier
        show_error(self.error, "")
        consent = self.desk.notices.consent(dossier["id"]) if dossier else None
        self.setVisible(consent is not None)
        if consent is None:
            self.messages = []
            return
        self.consent.setText(arg(self.tr("Nhận tin nhắn báo kết quả: có, số %1"), consent["phone"])
                             if consent["consent"] else self.tr("Nhận tin nhắn báo kết quả: không"))
        if consent["consent"] and not self.desk.read_only:
            self.desk.notices.collect(dossier["code"])  # a step just taken shows its message at once
        self.messages = self.desk.notices.list(code=dossier["code"]) if consent["consent"] else []
        self.choice.blockSignals(True)
        self.choice.clear()
        for message in self.messages:
            self.choice.addItem(f"#{message['id']} {core_term(KINDS[message['kind']])} – "
                                f"{core_term(STATUSES[message['status']])}" + (self.tr(" (bằng tay)")
                                                                               if message["by_hand"] else ""))
        self.choice.blockSignals(False)
        self.choice.setVisible(bool(self.messages))
        self._show_message()

    def current(self) -> dict | None:
        index = self.choice.currentIndex()
        return self.messages[index] if 0 <= index < len(self.messages) else None

    def _show_message(self) -> None:
        message = self.current()
        waiting = message is not None and message["status"] in ("queued", "failed")
        self.text.setText(message["text"] if message else self.tr("Chưa có tin nhắn nào cho hồ sơ này."))
        self.qr.set_data(smsto(message) if waiting else "")
        self.qr.setVisible(waiting)
        self.copy_button.setEnabled(message is not None)
        self.sent_button.setEnabled(waiting)

    def copy(self) -> None:
        message = self.current()
        if message is not None:
            QGuiApplication.clipboard().setText(message["text"])

    def mark_sent(self) -> None:
        message = self.current()
        if message is None:
            return
        try:
            self.desk.notices.mark_sent(message["id"], self.session.officer_id)
        except ValueError as exc:
            show_error(self.error, str(exc))
            return
        self.set_dossier(self.dossier)
        self.marked.emit(message["id"])
