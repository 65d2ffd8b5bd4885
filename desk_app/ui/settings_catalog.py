"""Settings page: the procedure catalog: a table, an edit dialog, JSON import/export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.core import catalog_service
from desk_app.core.catalog import CatalogError
from desk_app.core.text import fold, vn_money
from desk_app.ui.forms_common import NOTICE_STYLE, error_label, show_error
from desk_app.ui.procedure_dialog import ProcedureDialog
from desk_app.ui.rows_model import RowsModel, rows_view, selected_row


class CatalogPage(QWidget):
    changed = Signal()

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.model = RowsModel([
            ("Mã", lambda p: p.code), ("Tên thủ tục", lambda p: p.name), ("Lĩnh vực", lambda p: p.field),
            ("Thời hạn", lambda p: p.limit_text()), ("Lệ phí", lambda p: vn_money(p.fee_in_person)),
            ("Giấy tờ", lambda p: len(p.documents)), ("Dùng", lambda p: "✓" if p.active else "—"),
        ], self)
        self.view = rows_view(self.model, stretch=1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Lọc theo tên hoặc mã (không cần dấu)")
        self.filter.textChanged.connect(self.load)
        self.edit_button = QPushButton("Sửa…")
        self.new_button = QPushButton("Thêm thủ tục…")
        self.import_button = QPushButton("Nhập từ tệp JSON…")
        self.export_button = QPushButton("Xuất ra tệp JSON…")
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
        rows = [p for p in catalog_service.list_procedures(self.desk.store)
                if all(w in fold(f"{p.code} {p.name} {p.field}") for w in words)]
        self.model.set_rows(rows)

    def edit_selected(self) -> None:
        proc = selected_row(self.view)
        if proc is None:
            show_error(self.error, "Chọn một thủ tục trong bảng trước.")
            return
        self.open_editor(proc)

    def open_editor(self, proc) -> ProcedureDialog:
        """Window-modal editor; the table refreshes once it is saved."""
        dialog = ProcedureDialog(self.desk, self.session, proc, self)
        dialog.accepted.connect(lambda: self._done(f"Đã lưu thủ tục {dialog.code.text()}."))
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
            Path(path).write_text(catalog_service.export_text(self.desk.store), encoding="utf-8")
        except OSError as exc:
            show_error(self.error, f"Không ghi được tệp {path}: {exc.strerror or exc}")
            return False
        self._done(f"Đã xuất {self.model.rowCount()} thủ tục ra {path}.")
        return True

    def import_from(self, path: Path) -> bool:
        """All or nothing: a bad file changes nothing and says what is wrong."""
        try:
            text = Path(path).read_text(encoding="utf-8")
            counts = catalog_service.import_text(self.desk.store, text, self.session.officer_id)
        except (OSError, UnicodeDecodeError) as exc:
            show_error(self.error, f"Không đọc được tệp {path}: {exc}")
            return False
        except CatalogError as exc:
            show_error(self.error, f"Không nhập được danh mục, chưa thay đổi gì: {exc}")
            return False
        self._done(f"Đã nhập danh mục: thêm {counts['added']}, cập nhật {counts['updated']}, "
                   f"giữ nguyên {counts['unchanged']} thủ tục.")
        return True

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Nhập danh mục thủ tục", "", "Danh mục JSON (*.json)")
        if path:
            self.import_from(Path(path))

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Xuất danh mục thủ tục", "danh-muc-thu-tuc.json",
                                              "Danh mục JSON (*.json)")
        if path:
            self.export_to(Path(path))
