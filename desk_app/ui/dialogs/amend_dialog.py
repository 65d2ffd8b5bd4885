"""“Sửa hồ sơ”: correct the applicant, the procedure, the documents ticked as received or the
appointment of a saved dossier, with a reason. The service decides who may (core.amend); its
refusal is shown here."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout

from desk_app.core import cccd
from desk_app.core.amend import carried_ticks
from desk_app.core.registration import ValidationError
from desk_app.core.text import clean
from desk_app.db.store import StorageError
from desk_app.ui.i18n import core_term
from desk_app.ui.widgets.citizen_fields import display_date
from desk_app.ui.widgets.dialog_parts import error_label, ok_cancel
from desk_app.ui.widgets.document_checklist import KIND, DocumentModel, DocumentTable
from desk_app.ui.widgets.procedure_picker import ProcedurePicker

FIELDS = ("full_name", "id_number", "birth_date", "sex", "address", "phone")
DUE_FORMAT = "%d/%m/%Y %H:%M"  # as the officer reads dates everywhere else


def shown_value(field: str, value) -> str:
    """A stored applicant value as the dialog shows it (the birth date as dd/mm/yyyy)."""
    text = str(value or "")
    return display_date(text) if field == "birth_date" else text


def sex_choice(current: str) -> QComboBox:
    """Nam / Nữ (or not given), shown in the window's language, kept in Vietnamese."""
    combo = QComboBox()
    for sex in ("", cccd.MALE, cccd.FEMALE):
        combo.addItem(core_term(sex) if sex else "", sex)
    combo.setCurrentIndex(max(combo.findData(current or ""), 0))
    return combo


def procedure_choice(catalog, current: str) -> ProcedurePicker:
    """The catalog's procedures in use (and the dossier's own, even if no longer in use)."""
    procedures = catalog.list_procedures(active_only=True)
    own = catalog.get(current) if current else None
    if own is not None and own.code not in {p.code for p in procedures}:
        procedures.append(own)
    picker = ProcedurePicker(procedures)
    picker.set_code(current)
    return picker


class TicksOnly(DocumentModel):
    """The checklist as on the receive form, where only the ticks are corrected."""

    def flags(self, index):
        flags = super().flags(index)
        return flags & ~Qt.ItemIsEditable if index.column() == KIND else flags

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        return index.column() != KIND and super().setData(index, value, role)


class AmendDialog(QDialog):
    def __init__(self, dossier: dict, submit, parent, catalog):
        """`submit(applicant, procedure_code, new_due, reason, received)` amends (received: the
        ticked documents' names, None when unchanged); a ValueError it raises is shown.
        `catalog` (desk.catalog): the procedures to choose from, whose documents a new one brings."""
        super().__init__(parent)
        self.dossier = dossier
        self.submit = submit
        self.catalog = catalog
        self.setWindowTitle(self.tr("Sửa hồ sơ %1").replace("%1", dossier["code"]))
        labels = {"full_name": self.tr("Họ và tên"), "id_number": self.tr("Số định danh"),
                  "birth_date": self.tr("Ngày sinh"), "sex": self.tr("Giới tính"),
                  "address": self.tr("Nơi cư trú"), "phone": self.tr("Điện thoại")}
        form = QFormLayout()
        self.edits: dict[str, QLineEdit | QComboBox] = {}
        for field in FIELDS:
            edit = sex_choice(dossier.get(field)) if field == "sex" else QLineEdit(shown_value(field, dossier.get(field)))
            self.edits[field] = edit
            form.addRow(labels[field], edit)
        self.edits["birth_date"].setPlaceholderText("dd/mm/yyyy")
        self.procedure = procedure_choice(catalog, dossier.get("procedure_code") or "")
        form.addRow(self.tr("Thủ tục"), self.procedure)
        self.documents = TicksOnly(self)
        self.documents.set_documents(dossier.get("documents") or [])
        self.table = DocumentTable(self.documents)
        self.table.setObjectName("amend_documents")
        self.table.setMinimumHeight(110)
        form.addRow(self.tr("Giấy tờ đã nhận"), self.table)
        self.procedure.procedure_changed.connect(self._procedure_changed)
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("để trống: giữ nguyên (dd/mm/yyyy HH:MM)"))
        form.addRow(self.tr("Hẹn trả mới"), self.due)
        self.reason = QLineEdit()
        form.addRow(self.tr("Lý do sửa"), self.reason)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Lưu thay đổi"), self.tr("Hủy")))
        self.resize(600, 520)

    def _procedure_changed(self, code: str) -> None:
        """A changed procedure offers its own documents (same-named ones keep their tick)."""
        current = self.dossier.get("documents") or []
        if code in ("", self.dossier.get("procedure_code")):  # (none chosen: the dossier keeps its own)
            self.documents.set_documents(current)
            return
        procedure = self.procedure.procedure()
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
        values = {f: (e.currentData() if isinstance(e, QComboBox) else e.text().strip()) for f, e in self.edits.items()}
        return {f: v for f, v in values.items() if v != shown_value(f, self.dossier.get(f))}

    def new_due(self) -> datetime | None:
        """The typed appointment (dd/mm/yyyy HH:MM); None when left empty."""
        text = clean(self.due.text())
        if not text:
            return None
        try:
            return datetime.strptime(text, DUE_FORMAT)
        except ValueError:
            raise ValueError(self.tr("Hẹn trả mới “%1” chưa đúng dạng ngày giờ dd/mm/yyyy HH:MM, "
                                     "ví dụ 20/12/2026 14:00.").replace("%1", text)) from None

    def accept(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(self.tr("Cần ghi rõ lý do sửa."))
            return
        try:
            new_due = self.new_due()
            procedure = self.procedure.code or self.dossier.get("procedure_code")
            changed = procedure != self.dossier.get("procedure_code")
            self.submit(self.applicant(), procedure if changed else None, new_due, reason, self.received(changed))
        except ValidationError as error:
            self.error.setText("; ".join(error.errors.values()))
            return
        except (ValueError, StorageError) as error:  # the refusal (who may amend) or the disk, worded for the officer
            self.error.setText(str(error))
            return
        super().accept()
