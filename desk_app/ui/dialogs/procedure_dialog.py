"""Edit one procedure of the catalog, with its list of required documents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QVBoxLayout)

from desk_app.core.catalog import LIMIT_UNITS, CatalogError, Procedure
from desk_app.ui.widgets.document_checklist import NAME, DocumentModel, DocumentTable
from desk_app.ui.widgets.forms_common import error_label, show_error
from desk_app.ui.i18n import core_term
from desk_app.core.roles import PermissionDenied


class EditableDocuments(DocumentModel):
    """The catalog's list: names are editable, there is no 'received' here."""

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemIsEditable if index.column() == NAME else flags

    def setData(self, index, value, role=Qt.EditRole):
        if index.isValid() and index.column() == NAME and role == Qt.EditRole:
            name = str(value).strip()
            if not name:
                return False
            self.rows[index.row()]["name"] = name
            self.dataChanged.emit(index, index)
            self.changed.emit()
            return True
        return super().setData(index, value, role)


def money_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 100_000_000)
    box.setSingleStep(1000)
    box.setSuffix(QCoreApplication.translate("ProcedureDialog", " đồng"))
    return box


class ProcedureDialog(QDialog):
    def __init__(self, desk, session, procedure: Procedure | None = None, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.setWindowTitle(self.tr("Sửa thủ tục") if procedure else self.tr("Thêm thủ tục"))
        self.code = QLineEdit()
        self.field = QLineEdit()
        self.name = QLineEdit()
        self.legal_basis = QLineEdit()
        self.portal_url = QLineEdit()
        self.verified = QCheckBox(self.tr("Đã kiểm chứng (bỏ chọn nếu chưa chắc thời hạn/lệ phí)"))
        self.active = QCheckBox(self.tr("Đang dùng"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Mã thủ tục"), self.code)
        form.addRow(self.tr("Lĩnh vực"), self.field)
        form.addRow(self.tr("Tên thủ tục"), self.name)
        form.addRow(self.tr("Thời hạn"), self._limit_row())
        form.addRow(self.tr("Lệ phí trực tiếp / trực tuyến"), self._fee_row())
        form.addRow(self.tr("Căn cứ pháp lý"), self.legal_basis)
        form.addRow(self.tr("Đường dẫn cổng DVC"), self.portal_url)
        form.addRow("", self.verified)
        form.addRow("", self.active)
        self._add_documents(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.resize(820, 620)
        self.set_procedure(procedure)

    def _limit_row(self) -> QHBoxLayout:
        self.limit_value = QDoubleSpinBox()
        self.limit_value.setRange(0, 365)
        self.limit_value.setDecimals(1)
        self.limit_value.setSingleStep(0.5)
        self.limit_unit = QComboBox()
        for key, label in LIMIT_UNITS.items():
            self.limit_unit.addItem(core_term(label), key)
        self.limit_note = QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.limit_value)
        row.addWidget(self.limit_unit)
        row.addWidget(self.limit_note, 1)
        return row

    def _fee_row(self) -> QHBoxLayout:
        self.fee_in_person = money_box()
        self.fee_online = money_box()
        self.fee_note = QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.fee_in_person)
        row.addWidget(self.fee_online)
        row.addWidget(self.fee_note, 1)
        return row

    def _add_documents(self, form: QFormLayout) -> None:
        """The required documents: a table whose names are edited in place, a line to add one."""
        self.documents = EditableDocuments(self)
        self.table = DocumentTable(self.documents)
        self.table.setColumnHidden(0, True)
        self.new_document = QLineEdit()
        self.new_document.setPlaceholderText(self.tr("Tên giấy tờ cần thêm, Enter để thêm"))
        add = QPushButton(self.tr("Thêm giấy tờ"))
        remove = QPushButton(self.tr("Xóa giấy tờ đang chọn"))
        row = QHBoxLayout()
        row.addWidget(self.new_document, 1)
        row.addWidget(add)
        row.addWidget(remove)
        form.addRow(self.tr("Thành phần hồ sơ"), self.table)
        form.addRow("", row)
        add.clicked.connect(self.add_document)
        self.new_document.returnPressed.connect(self.add_document)
        remove.clicked.connect(self.remove_document)

    def set_procedure(self, proc: Procedure | None) -> None:
        proc = proc or Procedure(code="", field="", name="", limit_value=1)
        self.code.setText(proc.code)
        self.code.setReadOnly(bool(proc.code))  # the code is the key; a new code is a new procedure
        self.field.setText(proc.field)
        self.name.setText(proc.name)
        self.limit_value.setValue(proc.limit_value)
        self.limit_unit.setCurrentIndex(max(self.limit_unit.findData(proc.limit_unit), 0))
        self.limit_note.setText(proc.limit_note)
        self.fee_in_person.setValue(proc.fee_in_person)
        self.fee_online.setValue(proc.fee_online)
        self.fee_note.setText(proc.fee_note)
        self.legal_basis.setText(proc.legal_basis)
        self.portal_url.setText(proc.portal_url)
        self.verified.setChecked(proc.verified)
        self.active.setChecked(proc.active)
        self.documents.set_documents([{"name": d.name, "kind": d.kind} for d in proc.documents])

    def add_document(self) -> None:
        name = self.new_document.text().strip()
        if name:
            self.documents.set_documents([*self.documents.documents(), {"name": name, "kind": "original"}])
            self.new_document.clear()

    def remove_document(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            docs = self.documents.documents()
            del docs[row]
            self.documents.set_documents(docs)

    def values(self) -> dict:
        return {
            "code": self.code.text(), "field": self.field.text(), "name": self.name.text(),
            "limit_value": self.limit_value.value(), "limit_unit": self.limit_unit.currentData(),
            "limit_note": self.limit_note.text(), "fee_in_person": self.fee_in_person.value(),
            "fee_online": self.fee_online.value(), "fee_note": self.fee_note.text(),
            "legal_basis": self.legal_basis.text(), "portal_url": self.portal_url.text(),
            "verified": self.verified.isChecked(), "active": self.active.isChecked(),
            "documents": [{"name": d["name"], "kind": d["kind"]} for d in self.documents.documents()],
        }

    def save(self) -> bool:
        try:
            self.desk.catalog.save(self.values(), self.session.officer_id)
        except (CatalogError, PermissionDenied) as exc:
            show_error(self.error, str(exc))
            return False
        self.accept()
        return True

