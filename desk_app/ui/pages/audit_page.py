"""The commander's audit page: who did or looked at what (filters by officer, days and dossier
code) and the log's own verification, run off the UI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.core.audit import ACTION_LABELS
from desk_app.ui.background import Background
from desk_app.ui.models.rows_model import RowsModel, rows_view
from desk_app.ui.widgets.list_look import EmptyNote
from desk_app.ui.record_kinds import record_kind
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE
from desk_app.ui import style


class AuditPage(QWidget):
    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.runner = Background(desk, self)
        title = QLabel(self.tr("Nhật ký kiểm tra"))
        style.set_text_style(title, "title")
        self.officer = QComboBox()
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("từ ngày YYYY-MM-DD"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("đến ngày YYYY-MM-DD"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("mã hồ sơ"))
        self.filter_button = QPushButton(self.tr("Lọc"))
        self.filter_button.clicked.connect(self.refresh)
        self.code.returnPressed.connect(self.refresh)
        self.verify_button = QPushButton(self.tr("Kiểm tra toàn vẹn"))
        self.verify_button.clicked.connect(self.verify)
        filters = QHBoxLayout()
        for widget in (self.officer, self.start, self.end, self.code, self.filter_button, self.verify_button):
            filters.addWidget(widget)
        self.model = RowsModel([
            (self.tr("Số"), lambda r: r["seq"]),
            (self.tr("Lúc"), lambda r: r["at"]),
            (self.tr("Cán bộ"), lambda r: r.get("officer_name") or ""),
            (self.tr("Việc"), lambda r: ACTION_LABELS.get(r["action"], r["action"])),
            (self.tr("Bảng"), lambda r: record_kind(r.get("table_name"))),
            (self.tr("Hồ sơ / nội dung"), lambda r: r.get("dossier_code") or r.get("detail") or ""),
        ], self)
        self.table = rows_view(self.model, stretch=5)
        self.empty_note = EmptyNote(self.table, lambda: self.tr(
            "Không có mục nào khớp bộ lọc – đổi cán bộ, ngày hoặc mã hồ sơ ở trên."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.result)

    def showEvent(self, event) -> None:
        """Filled each time it is opened, for whoever is on duty now (empty for an officer)."""
        super().showEvent(event)
        if not event.spontaneous():
            self._fill_officers()
            self.refresh()

    def _fill_officers(self) -> None:
        chosen = self.officer.currentData()
        self.officer.clear()
        self.officer.addItem(self.tr("Mọi cán bộ"), None)
        for officer in self.desk.officers.list():
            self.officer.addItem(officer["full_name"], officer["id"])
        self.officer.setCurrentIndex(max(0, self.officer.findData(chosen)))

    def _day(self, edit: QLineEdit) -> date | None:
        text = edit.text().strip()
        return date.fromisoformat(text) if text else None

    def refresh(self) -> bool:
        if not self.session.is_commander:  # the page is the commander's; an officer sees nothing here
            self.model.set_rows([])
            self.message.setText(self.tr("Chỉ chỉ huy xem được nhật ký kiểm tra."))
            return False
        try:
            start, end = self._day(self.start), self._day(self.end)
        except ValueError:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Ngày phải có dạng YYYY-MM-DD, ví dụ 2026-11-23."))
            return False
        rows = self.desk.audit.entries(self.officer.currentData(), start.isoformat() if start else None, end,
                                       self.code.text().strip() or None, 500)
        self.model.set_rows(rows)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("%1 mục (mới nhất trước).").replace("%1", str(len(rows))))
        return True

    def verify(self) -> bool:
        if not self.session.is_commander or self.runner.busy:
            return False
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Đang kiểm tra nhật ký…"))
        self.runner.run(lambda desk, _report: desk.verify_audit(), self._verified)
        return True

    def _verified(self, result, error) -> None:
        self.verify_button.setEnabled(True)
        if error is not None:
            self.result.setStyleSheet(ERROR_STYLE)
            self.result.setText(str(error))
            return
        self.result.setStyleSheet(NOTICE_STYLE if result.ok else ERROR_STYLE)
        self.result.setText("\n".join(result.lines()))
