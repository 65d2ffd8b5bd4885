"""Settings page: the unit's holiday overrides (an extra day off, a make-up working day)
on top of the public holidays the calendar already knows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from desk_app.core.calendar_service import KINDS
from desk_app.ui.widgets.forms_common import NOTICE_STYLE, error_label, show_error
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.models.rows_model import RowsModel, rows_view, selected_row
from desk_app.core.roles import PermissionDenied

WEEKDAYS = (QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Hai"), QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Ba"),
            QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Tư"), QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Năm"),
            QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Sáu"), QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Bảy"),
            QT_TRANSLATE_NOOP("HolidaysPage", "Chủ nhật"))


def day_text(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{QCoreApplication.translate('HolidaysPage', WEEKDAYS[day.weekday()])}, {day:%d/%m/%Y}"


class HolidaysPage(QWidget):
    changed = Signal()

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.model = RowsModel([
            (self.tr("Ngày"), lambda r: day_text(r["day"])),
            (self.tr("Loại"), lambda r: core_term(KINDS.get(r["kind"], r["kind"]))),
            (self.tr("Ghi chú"), lambda r: r["note"]),
        ], self)
        self.view = rows_view(self.model, stretch=2)
        self.day = QDateEdit()
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        today = desk.now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox()
        for key, label in KINDS.items():
            self.kind.addItem(core_term(label), key)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Ví dụ: Nghỉ bù theo quyết định của UBND tỉnh"))
        self.add_button = QPushButton(self.tr("Thêm / sửa ngày"))
        self.remove_button = QPushButton(self.tr("Xóa ngày đang chọn"))
        self.error = error_label()
        self.status = QLabel()
        row = QHBoxLayout()
        for widget in (self.day, self.kind, self.note):
            row.addWidget(widget, 1 if widget is self.note else 0)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Ngày lễ, Tết theo luật đã được tính sẵn. Ở đây chỉ khai báo ngày nghỉ thêm "
                               "hoặc ngày làm bù theo quyết định hằng năm."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self._add_clicked)
        self.note.returnPressed.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.load()

    def load(self) -> None:
        self.model.set_rows(self.desk.holidays.list())

    def set_day(self, day: date, kind: str, note: str) -> bool:
        try:
            self.desk.holidays.set(day, kind, note.strip(), self.session.officer_id)
        except ValueError as exc:
            show_error(self.error, str(exc))
            return False
        show_error(self.error, "")
        self.status.setStyleSheet(NOTICE_STYLE)
        self.status.setText(arg(self.tr("Đã lưu %1: %2."), day_text(day.isoformat()), core_term(KINDS[kind])))
        self.note.clear()
        self.load()
        self.changed.emit()
        return True

    def remove_selected(self) -> bool:
        row = selected_row(self.view)
        if row is None:
            show_error(self.error, self.tr("Chọn một ngày trong danh sách trước."))
            return False
        try:
            self.desk.holidays.remove(date.fromisoformat(row["day"]), self.session.officer_id)
        except PermissionDenied as exc:
            show_error(self.error, str(exc))
            return False
        self.status.setText(arg(self.tr("Đã xóa %1."), day_text(row["day"])))
        self.load()
        self.changed.emit()
        return True

    def _add_clicked(self) -> None:
        self.set_day(self.day.date().toPython(), self.kind.currentData(), self.note.text())
