"""In the dossier detail: how the fee was paid. The desk cannot see a transfer: the officer
marks the fee paid in cash or by transfer once the money is seen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desk_app.ui.i18n import arg, money
from desk_app.ui.widgets.forms_common import show_error, error_label


class FeePayment(QWidget):
    paid = Signal(str)  # the dossier code

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.dossier: dict | None = None
        self.status = QLabel()
        self.cash = QPushButton(self.tr("Đã thu tiền mặt"))
        self.transfer = QPushButton(self.tr("Đã nhận chuyển khoản"))
        self.error = error_label()
        self.cash.clicked.connect(lambda: self.mark("cash"))
        self.transfer.clicked.connect(lambda: self.mark("transfer"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.cash, self.transfer, self.error):
            row.addWidget(widget)
        row.addStretch(1)
        self.set_dossier(None)

    def set_dossier(self, dossier: dict | None) -> None:
        self.dossier = dossier
        show_error(self.error, "")
        self.setVisible(bool(dossier and dossier.get("fee")))
        if not (dossier and dossier.get("fee")):
            return
        payment = self.desk.fees.payment(dossier["id"])
        if payment is None:
            self.status.setText(arg(self.tr("Lệ phí %1: chưa đánh dấu đã nộp."), money(dossier["fee"])))
        else:
            how = self.tr("tiền mặt") if payment["method"] == "cash" else self.tr("chuyển khoản")
            self.status.setText(arg(self.tr("Lệ phí %1: đã nộp bằng %2."), money(payment["amount"]), how))

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
