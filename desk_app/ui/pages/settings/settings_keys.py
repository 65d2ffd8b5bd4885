"""The sync keys on the unit settings page: the district's public key (checked as typed,
its Vietnamese error next to the field) and this unit's own public key to hand over."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton

from desk_app.sync.keys import KeyFormatError, parse_public, unit_keys
from desk_app.ui.widgets.forms_common import NOTICE_STYLE, error_label, show_error
from desk_app.ui.i18n import arg


class KeyFields:
    """Rows added to the unit page's form; the page saves the district key with the unit."""

    @staticmethod
    def tr(text: str) -> str:  # not a QObject: the same context lupdate gives self.tr here
        return QCoreApplication.translate("KeyFields", text)

    def __init__(self, desk, form: QFormLayout):
        self.desk = desk
        self.district = QLineEdit()
        self.district.setObjectName("district_public_key")
        self.district.setPlaceholderText(self.tr("desk1:… (cấp trên gửi; dán nguyên dòng)"))
        self.district.textEdited.connect(lambda _text: self.check())
        self.district_error = error_label()
        self.district_fingerprint = QLabel()
        self.own = QLineEdit()
        self.own.setObjectName("unit_public_key")
        self.own.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Sao chép"))
        self.copy_button.setToolTip(self.tr(
            "Gửi nguyên dòng khóa này cho cấp trên một lần (để cấp trên nhận tệp của đơn vị)."))
        self.copy_button.clicked.connect(self.copy_own)
        self.own_note = QLabel()
        self.own_note.setWordWrap(True)
        self.district_fingerprint.setWordWrap(True)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(self.copy_button)
        form.addRow(self.tr("Khóa công khai cấp trên"), self.district)
        form.addRow("", self.district_error)
        form.addRow("", self.district_fingerprint)
        form.addRow(self.tr("Khóa công khai đơn vị"), own_row)
        form.addRow("", self.own_note)

    def load(self) -> None:
        self.district.setText(self.desk.settings.district_public_key)
        self.check()
        public = unit_keys(self.desk.data_dir).public  # made at setup; made here for older data folders
        self.own.setText(public.text())
        self.own.setCursorPosition(0)
        self.own_note.setText(arg(self.tr("Vân tay %1 – đọc cho cấp trên đối chiếu qua điện thoại."),
                                  public.short_fingerprint()))

    def check(self) -> str:
        """The error for the typed district key ("" when it is usable or empty)."""
        text = self.district.text().strip()
        error, note = "", ""
        if text:
            try:
                key = parse_public(text, "Khóa cấp trên")
            except KeyFormatError as exc:
                error = str(exc)
            else:
                if key.fingerprint() == unit_keys(self.desk.data_dir).public.fingerprint():
                    error = self.tr("Đây là khóa của chính đơn vị này. Hãy dán khóa do cấp trên gửi.")
                else:
                    note = arg(self.tr("Khóa hợp lệ – vân tay %1."), key.short_fingerprint())
        show_error(self.district_error, error)
        self.district_fingerprint.setText(note)
        self.district_fingerprint.setVisible(bool(note))
        self.district_fingerprint.setStyleSheet(NOTICE_STYLE)
        return error

    def save(self, officer_id: str) -> None:
        """Store the district key in its one-line form (call after check() returned "")."""
        text = self.district.text().strip()
        value = parse_public(text).text() if text else ""
        settings = self.desk.settings
        if value != settings.district_public_key:
            self.desk.save_settings(replace(settings, district_public_key=value), officer_id)
        self.district.setText(value)

    def copy_own(self) -> None:
        QGuiApplication.clipboard().setText(self.own.text())
        self.own_note.setText(self.tr("Đã sao chép khóa của đơn vị; dán vào thư, tin nhắn gửi cấp trên."))
