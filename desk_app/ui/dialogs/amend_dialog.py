"""“Sửa hồ sơ”: correct the applicant, the procedure or the appointment of a saved dossier,
with a reason. The service decides who may (core.amend); its refusal is shown here."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout

from desk_app.core.registration import ValidationError, parse_received_at
from desk_app.db.store import StorageError
from desk_app.ui.widgets.dialog_parts import error_label, ok_cancel

FIELDS = ("full_name", "id_number", "birth_date", "sex", "address", "phone")


class AmendDialog(QDialog):
    def __init__(self, dossier: dict, submit, parent=None):
        """`submit(applicant, procedure_code, new_due, reason)` amends; a ValueError it raises is shown."""
        super().__init__(parent)
        self.dossier = dossier
        self.submit = submit
        self.setWindowTitle(self.tr("Sửa hồ sơ %1").replace("%1", dossier["code"]))
        labels = {"full_name": self.tr("Họ và tên"), "id_number": self.tr("Số định danh"),
                  "birth_date": self.tr("Ngày sinh"), "sex": self.tr("Giới tính"),
                  "address": self.tr("Nơi cư trú"), "phone": self.tr("Điện thoại")}
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for field in FIELDS:
            edit = QLineEdit(str(dossier.get(field) or ""))
            self.edits[field] = edit
            form.addRow(labels[field], edit)
        self.procedure = QLineEdit(dossier.get("procedure_code") or "")
        form.addRow(self.tr("Mã thủ tục"), self.procedure)
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("để trống: giữ nguyên (YYYY-MM-DD HH:MM)"))
        form.addRow(self.tr("Hẹn trả mới"), self.due)
        self.reason = QLineEdit()
        form.addRow(self.tr("Lý do sửa"), self.reason)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Lưu thay đổi"), self.tr("Hủy")))
        self.resize(560, 360)

    def applicant(self) -> dict:
        """Only what the officer changed."""
        return {f: e.text().strip() for f, e in self.edits.items() if e.text().strip() != str(self.dossier.get(f) or "")}

    def accept(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(self.tr("Cần ghi rõ lý do sửa."))
            return
        try:
            new_due = parse_received_at(self.due.text()) if self.due.text().strip() else None
            procedure = self.procedure.text().strip()
            self.submit(self.applicant(), procedure if procedure != self.dossier.get("procedure_code") else None,
                        new_due, reason)
        except ValidationError as error:
            self.error.setText("; ".join(error.errors.values()))
            return
        except (ValueError, StorageError) as error:  # the refusal (who may amend) or the disk, worded for the officer
            self.error.setText(str(error))
            return
        super().accept()
