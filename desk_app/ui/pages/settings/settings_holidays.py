"""Settings page: the unit's holiday overrides (an extra day off, a make-up working day)
on top of the public holidays the calendar already knows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton

from desk_app.core.calendar_service import KINDS
from desk_app.core.roles import PermissionDenied
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.widgets.list_page import ListPage

WEEKDAYS = (QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Hai"), QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Ba"),
            QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Tư"), QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Năm"),
            QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Sáu"), QT_TRANSLATE_NOOP("HolidaysPage", "Thứ Bảy"),
            QT_TRANSLATE_NOOP("HolidaysPage", "Chủ nhật"))


def day_text(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{QCoreApplication.translate('HolidaysPage', WEEKDAYS[day.weekday()])}, {day:%d/%m/%Y}"


class HolidaysPage(ListPage):
    stretch = 2

    def __init__(self, desk, session, parent=None):
        super().__init__(desk, session, parent)
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
        row = QHBoxLayout()
        for widget in (self.day, self.kind, self.note):
            row.addWidget(widget, 1 if widget is self.note else 0)
        row.addWidget(self.add_button)
        intro = QLabel(self.tr("Ngày lễ, Tết theo luật đã được tính sẵn. Ở đây chỉ khai báo ngày nghỉ thêm "
                               "hoặc ngày làm bù theo quyết định hằng năm."))
        intro.setWordWrap(True)
        self.stack(intro, self.view, self.remove_button, row, self.error, self.status)
        self.add_button.clicked.connect(self._add_clicked)
        self.note.returnPressed.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.load()

    def columns(self) -> list:
        return [(self.tr("Ngày"), lambda r: day_text(r["day"])),
                (self.tr("Loại"), lambda r: core_term(KINDS.get(r["kind"], r["kind"]))),
                (self.tr("Ghi chú"), lambda r: r["note"])]

    def rows(self) -> list:
        return self.desk.holidays.list()

    def set_day(self, day: date, kind: str, note: str) -> bool:
        try:
            self.desk.holidays.set(day, kind, note.strip(), self.session.officer_id)
        except ValueError as exc:
            return self.fail(str(exc))
        self.note.clear()
        return self.done(arg(self.tr("Đã lưu %1: %2."), day_text(day.isoformat()), core_term(KINDS[kind])))

    def remove_selected(self) -> bool:
        row = self.selected(self.tr("Chọn một ngày trong danh sách trước."))
        if row is None:
            return False
        try:
            self.desk.holidays.remove(date.fromisoformat(row["day"]), self.session.officer_id)
        except PermissionDenied as exc:
            return self.fail(str(exc))
        return self.done(arg(self.tr("Đã xóa %1."), day_text(row["day"])))

    def _add_clicked(self) -> None:
        self.set_day(self.day.date().toPython(), self.kind.currentData(), self.note.text())
