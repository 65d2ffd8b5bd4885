"""In the dossier detail: how the fee was paid. The desk cannot see a transfer: the officer
marks the fee paid in cash or by transfer once the money is seen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desk_app.ui.i18n import arg
from desk_app.ui.widgets.forms_common import show_error, error_label


class FeePayment(QWidget):
    paid = Signal(str)  # the dossier code

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.dossier: dict | None = None
        self.status = QLabel()
        self.cash = QPushButton(self.tr("Tiền mặt"))
        self.transfer = QPushButton(self.tr("Chuyển khoản"))
        self.error = error_label()
        self.cash.clicked.connect(lambda: self.mark("cash"))
        self.transfer.clicked.connect(lambda: self.mark("transfer"))
        self.error.setWordWrap(True)
        row = QHBoxLayout(self)  # one line: the pane keeps its height on a 768-pixel screen
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.cash)
        row.addWidget(self.transfer)
        row.addWidget(self.error, 1)
        self.set_dossier(None)

    def set_dossier(self, dossier: dict | None) -> None:
        self.dossier = dossier
        show_error(self.error, "")
        self.setVisible(bool(dossier and dossier.get("fee")))
        if not (dossier and dossier.get("fee")):
            return
        payment = self.desk.fees.payment(dossier["id"])
        if payment is None:
            self.status.setText(self.tr("Lệ phí nộp bằng:"))  # the amount is on the status line above
        else:
            how = self.tr("tiền mặt") if payment["method"] == "cash" else self.tr("chuyển khoản")
            self.status.setText(arg(self.tr("Lệ phí đã nộp: %1"), how))
        for button in (self.cash, self.transfer):  # a correction stays possible, the choice made shows
            button.setEnabled(payment is None or payment["method"] != ("cash" if button is self.cash else "transfer"))

    def mark(self, method: str) -> None:
        if self.dossier is None:
            return
        try:
            self.desk.fees.mark_paid(self.dossier["code"], method, self.session.officer_id)
        except ValueError as exc:
            show_error(self.error, str(exc))
            return
        self.set_dossier(self.dossier)
        self.paid.emit(self.dossier["code"])
