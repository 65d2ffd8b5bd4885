"""Settings page: the procedure catalog: a table, an edit dialog, JSON import/export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.core.catalog import CatalogError
from desk_app.core.text import fold, vn_money
from desk_app.ui.widgets.forms_common import NOTICE_STYLE, error_label, show_error
from desk_app.ui.i18n import arg
from desk_app.ui.dialogs.procedure_dialog import ProcedureDialog
from desk_app.ui.models.rows_model import RowsModel, rows_view, selected_row
from desk_app.core.roles import PermissionDenied


class CatalogPage(QWidget):
    changed = Signal()

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.model = RowsModel([
            (self.tr("Mã"), lambda p: p.code), (self.tr("Tên thủ tục"), lambda p: p.name),
            (self.tr("Lĩnh vực"), lambda p: p.field), (self.tr("Thời hạn"), lambda p: p.limit_text()),
            (self.tr("Lệ phí"), lambda p: vn_money(p.fee_in_person)), (self.tr("Giấy tờ"), lambda p: len(p.documents)),
            (self.tr("Dùng"), lambda p: "✓" if p.active else "—"),
        ], self)
        self.view = rows_view(self.model, stretch=1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Lọc theo tên hoặc mã (không cần dấu)"))
        self.filter.textChanged.connect(self.load)
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.new_button = QPushButton(self.tr("Thêm thủ tục…"))
        self.import_button = QPushButton(self.tr("Nhập từ tệp JSON…"))
        self.export_button = QPushButton(self.tr("Xuất ra tệp JSON…"))
        self.error = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.new_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button.clicked.connect(self._export_clicked)
        self.load()

    def load(self) -> None:
        words = fold(self.filter.text()).split()
        rows = [p for p in self.desk.catalog.list_procedures()
                if all(w in fold(f"{p.code} {p.name} {p.field}") for w in words)]
        self.model.set_rows(rows)

    def edit_selected(self) -> None:
        proc = selected_row(self.view)
        if proc is None:
            show_error(self.error, self.tr("Chọn một thủ tục trong bảng trước."))
            return
        self.open_editor(proc)

    def open_editor(self, proc) -> ProcedureDialog:
        """Window-modal editor; the table refreshes once it is saved."""
        dialog = ProcedureDialog(self.desk, self.session, proc, self)
        dialog.accepted.connect(lambda: self._done(arg(self.tr("Đã lưu thủ tục %1."), dialog.code.text())))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _done(self, message: str) -> None:
        show_error(self.error, "")
        self.status.setStyleSheet(NOTICE_STYLE)
        self.status.setText(message)
        self.load()
        self.changed.emit()

    # -- JSON ----------------------------------------------------------------------------

    def export_to(self, path: Path) -> bool:
        try:
            Path(path).write_text(self.desk.catalog.export_text(), encoding="utf-8")
        except OSError as exc:
            show_error(self.error, arg(self.tr("Không ghi được tệp %1: %2"), path, exc.strerror or exc))
            return False
        self._done(arg(self.tr("Đã xuất %1 thủ tục ra %2."), self.model.rowCount(), path))
        return True

    def import_from(self, path: Path) -> bool:
        """All or nothing: a bad file changes nothing and says what is wrong."""
        try:
            text = Path(path).read_text(encoding="utf-8")
            counts = self.desk.catalog.import_text(text, self.session.officer_id)
        except (OSError, UnicodeDecodeError) as exc:
            show_error(self.error, arg(self.tr("Không đọc được tệp %1: %2"), path, exc))
            return False
        except CatalogError as exc:
            show_error(self.error, arg(self.tr("Không nhập được danh mục, chưa thay đổi gì: %1"), exc))
            return False
        except PermissionDenied as exc:
            show_error(self.error, str(exc))
            return False
        self._done(arg(self.tr("Đã nhập danh mục: thêm %1, cập nhật %2, giữ nguyên %3 thủ tục."),
                       counts["added"], counts["updated"], counts["unchanged"]))
        return True

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Nhập danh mục thủ tục"), "", self.tr("Danh mục JSON (*.json)"))
        if path:
            self.import_from(Path(path))

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất danh mục thủ tục"), "danh-muc-thu-tuc.json",
                                              self.tr("Danh mục JSON (*.json)"))
        if path:
            self.export_to(Path(path))
