"""The unit's account for the fee by bank transfer, on the unit page (commander): bank BIN,
account number, account name. Set, the receipt and the citizen screen carry a VietQR code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit


class BankFields:
    @staticmethod
    def tr(text: str) -> str:  # not a QObject: the same context lupdate gives self.tr here
        return QCoreApplication.translate("BankFields", text)

    def __init__(self, desk, form: QFormLayout):
        self.desk = desk
        self.bin = QLineEdit()
        self.bin.setObjectName("bank_bin")
        self.bin.setPlaceholderText(self.tr("6 chữ số, ví dụ 970415"))
        self.account = QLineEdit()
        self.account.setObjectName("bank_account")
        self.name = QLineEdit()
        self.name.setObjectName("bank_account_name")
        form.addRow(self.tr("Mã ngân hàng (BIN) nhận lệ phí"), self.bin)
        form.addRow(self.tr("Số tài khoản nhận lệ phí"), self.account)
        form.addRow(self.tr("Tên chủ tài khoản"), self.name)

    def load(self) -> None:
        settings = self.desk.settings
        self.bin.setText(settings.bank_bin)
        self.account.setText(settings.bank_account)
        self.name.setText(settings.bank_account_name)

    def save(self, officer_id: str | None) -> None:
        """Saved only when changed (a commander's change); a bad account raises ValueError."""
        settings = self.desk.settings
        wanted = (self.bin.text().strip(), self.account.text().strip(), self.name.text().strip().upper())
        if wanted == (settings.bank_bin, settings.bank_account, settings.bank_account_name):
            return
        settings.bank_bin, settings.bank_account, settings.bank_account_name = wanted
        self.desk.save_settings(settings, officer_id)
