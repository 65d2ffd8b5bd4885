"""“Sửa hồ sơ”: correct the applicant, the procedure, the documents ticked as received or the
appointment of a saved dossier, with a reason. The service decides who may (core.amend); its
refusal is shown here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout

from desk_app.core.amend import carried_ticks
from desk_app.core.registration import ValidationError, parse_received_at
from desk_app.db.store import StorageError
from desk_app.ui.widgets.dialog_parts import error_label, ok_cancel
from desk_app.ui.widgets.document_checklist import KIND, DocumentModel, DocumentTable

FIELDS = ("full_name", "id_number", "birth_date", "sex", "address", "phone")


class TicksOnly(DocumentModel):
    """The checklist as on the receive form, where only the ticks are corrected."""

    def flags(self, index):
        flags = super().flags(index)
        return flags & ~Qt.ItemIsEditable if index.column() == KIND else flags

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        return index.column() != KIND and super().setData(index, value, role)


class AmendDialog(QDialog):
    def __init__(self, dossier: dict, submit, parent=None, procedure_for=None):
        """`submit(applicant, procedure_code, new_due, reason, received)` amends (received: the
        ticked documents' names, None when unchanged); a ValueError it raises is shown.
        `procedure_for(code)`: the catalog's procedure, whose documents a new code brings."""
        super().__init__(parent)
        self.dossier = dossier
        self.submit = submit
        self.procedure_for = procedure_for
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
        self.documents = TicksOnly(self)
        self.documents.set_documents(dossier.get("documents") or [])
        self.table = DocumentTable(self.documents)
        self.table.setObjectName("amend_documents")
        self.table.setMinimumHeight(110)
        form.addRow(self.tr("Giấy tờ đã nhận"), self.table)
        self.procedure.textChanged.connect(self._procedure_changed)
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
        self.resize(600, 520)

    def _procedure_changed(self, text: str) -> None:
        """A changed procedure offers its own documents (same-named ones keep their tick)."""
        code = text.strip()
        current = self.dossier.get("documents") or []
        if code == self.dossier.get("procedure_code"):
            self.documents.set_documents(current)
            return
        procedure = self.procedure_for(code) if self.procedure_for and code else None
        if procedure is not None and procedure.active:
            self.documents.set_documents(carried_ticks(current, [{"name": d.name, "kind": d.kind}
                                                                 for d in procedure.documents]))

    def received(self, procedure_changed: bool) -> list[str] | None:
        """The ticked names; None when the ticks are the dossier's own."""
        ticked = [row["name"] for row in self.documents.rows if row["received"]]
        before = [d["name"] for d in self.dossier.get("documents") or [] if d["received"]]
        return ticked if procedure_changed or ticked != before else None

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
            changed = procedure != self.dossier.get("procedure_code")
            self.submit(self.applicant(), procedure if changed else None, new_due, reason, self.received(changed))
        except ValidationError as error:
            self.error.setText("; ".join(error.errors.values()))
            return
        except (ValueError, StorageError) as error:  # the refusal (who may amend) or the disk, worded for the officer
            self.error.setText(str(error))
            return
        super().accept()
