"""Settings page: the procedure catalog: a table, an edit dialog, JSON import/export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPushButton

from desk_app.core.catalog import CatalogError
from desk_app.core.text import fold
from desk_app.ui.dialogs.procedure_dialog import ProcedureDialog
from desk_app.core.roles import PermissionDenied
from desk_app.ui.i18n import arg, money, time_limit
from desk_app.ui.widgets import file_dialogs
from desk_app.ui.widgets.list_page import ListPage, button_row


class CatalogPage(ListPage):
    def __init__(self, desk, session, parent=None):
        super().__init__(desk, session, parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Lọc theo tên hoặc mã (không cần dấu)"))
        self.filter.textChanged.connect(self.load)
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.new_button = QPushButton(self.tr("Thêm thủ tục…"))
        self.import_button = QPushButton(self.tr("Nhập từ tệp JSON…"))
        self.export_button = QPushButton(self.tr("Xuất ra tệp JSON…"))
        buttons = button_row(self.edit_button, self.new_button, self.import_button, self.export_button)
        self.stack(self.filter, self.view, buttons, self.error, self.status)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button.clicked.connect(self._export_clicked)
        self.load()

    def columns(self) -> list:
        return [(self.tr("Mã"), lambda p: p.code), (self.tr("Tên thủ tục"), lambda p: p.name),
                (self.tr("Lĩnh vực"), lambda p: p.field), (self.tr("Thời hạn"), time_limit),
                (self.tr("Lệ phí"), lambda p: money(p.fee_in_person)), (self.tr("Giấy tờ"), lambda p: len(p.documents)),
                (self.tr("Dùng"), lambda p: "✓" if p.active else "—")]

    def rows(self) -> list:
        words = fold(self.filter.text()).split()
        return [p for p in self.desk.catalog.list_procedures()
                if all(w in fold(f"{p.code} {p.name} {p.field}") for w in words)]

    def edit_selected(self) -> None:
        proc = self.selected(self.tr("Chọn một thủ tục trong bảng trước."))
        if proc is not None:
            self.open_editor(proc)

    def open_editor(self, proc) -> ProcedureDialog:
        """Window-modal editor; the table refreshes once it is saved."""
        dialog = ProcedureDialog(self.desk, self.session, proc, self)
        dialog.accepted.connect(lambda: self.done(arg(self.tr("Đã lưu thủ tục %1."), dialog.code.text())))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- JSON ----------------------------------------------------------------------------

    def export_to(self, path: Path) -> bool:
        try:
            Path(path).write_text(self.desk.catalog.export_text(), encoding="utf-8")
        except OSError as exc:
            return self.fail(arg(self.tr("Không ghi được tệp %1: %2"), path, exc.strerror or exc))
        return self.done(arg(self.tr("Đã xuất %1 thủ tục ra %2."), self.model.rowCount(), path))

    def import_from(self, path: Path) -> bool:
        """All or nothing: a bad file changes nothing and says what is wrong."""
        try:
            text = Path(path).read_text(encoding="utf-8")
            counts = self.desk.catalog.import_text(text, self.session.officer_id)
        except (OSError, UnicodeDecodeError) as exc:
            return self.fail(arg(self.tr("Không đọc được tệp %1: %2"), path, exc))
        except CatalogError as exc:
            return self.fail(arg(self.tr("Không nhập được danh mục, chưa thay đổi gì: %1"), exc))
        except PermissionDenied as exc:
            return self.fail(str(exc))
        return self.done(arg(self.tr("Đã nhập danh mục: thêm %1, cập nhật %2, giữ nguyên %3 thủ tục."),
                             counts["added"], counts["updated"], counts["unchanged"]))

    def _import_clicked(self) -> None:
        path = file_dialogs.ask_open(self, self.tr("Nhập danh mục thủ tục"), self.desk.data_dir, file_dialogs.EXPORTS,
                                     self.tr("Danh mục JSON (*.json)"))
        if path:
            self.import_from(Path(path))

    def _export_clicked(self) -> None:
        path = file_dialogs.ask_save(self, self.tr("Xuất danh mục thủ tục"), self.desk.data_dir, file_dialogs.EXPORTS,
                                     f"danh-muc-thu-tuc_{self.desk.now():%Y-%m-%d}.json", self.tr("Danh mục JSON (*.json)"))
        if path:
            self.export_to(Path(path))
