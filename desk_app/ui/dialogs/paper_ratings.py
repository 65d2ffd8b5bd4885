"""A commander enters paper survey forms in bulk: one line per form (dossier code, level,
reason, step, day), then all saved at once, or none if one is wrong (its number is named)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout)

from desk_app.core import ratings
from desk_app.db.store import StorageError
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.models.rows_model import RowsModel, rows_view, selected_row
from desk_app.ui.widgets.date_fields import DateField
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE

# Rating words from core (core.ratings), translated where the window shows them; listed here so
# lupdate puts them in the .ts file ("Hài lòng" and "Không hài lòng" are listed in ui/i18n.py).
_RATING_LABELS = (
    QT_TRANSLATE_NOOP("core", "Rất hài lòng"),
    QT_TRANSLATE_NOOP("core", "Không đánh giá"),
    QT_TRANSLATE_NOOP("core", "Thái độ"),
    QT_TRANSLATE_NOOP("core", "Thời gian chờ"),
    QT_TRANSLATE_NOOP("core", "Phải đi lại nhiều lần"),
    QT_TRANSLATE_NOOP("core", "Trễ hẹn"),
    QT_TRANSLATE_NOOP("core", "Khác"),
    QT_TRANSLATE_NOOP("core", "Tiếp nhận"),
    QT_TRANSLATE_NOOP("core", "Trả kết quả"),
    QT_TRANSLATE_NOOP("core", "Tiếp công dân"),
)


class PaperRatingsDialog(QDialog):
    saved = Signal(int)  # how many forms were saved

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.setWindowTitle(self.tr("Nhập phiếu khảo sát giấy"))
        self.resize(760, 460)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Mã hồ sơ"))
        self.level = QComboBox()
        for key, label in ratings.LEVELS.items():
            self.level.addItem(core_term(label), key)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("— lý do (khi không hài lòng) —"), "")
        for key, label in ratings.REASONS.items():
            self.reason.addItem(core_term(label), key)
        self.step = QComboBox()
        for key, label in ratings.STEPS.items():
            self.step.addItem(core_term(label), key)
        self.day = DateField(QDate(desk.now().date()))  # Tab leaves it for the next field
        add = QPushButton(self.tr("Thêm phiếu"))
        add.clicked.connect(self.add_form)
        self.code.returnPressed.connect(self.add_form)
        line = QHBoxLayout()
        for widget in (self.code, self.level, self.reason, self.step, self.day, add):
            line.addWidget(widget)
        self.forms = RowsModel([
            (self.tr("Số"), lambda r: r["number"]), (self.tr("Mã hồ sơ"), lambda r: r["code"]),
            (self.tr("Mức"), lambda r: core_term(ratings.LEVELS[r["level"]])),
            (self.tr("Lý do"), lambda r: core_term(ratings.REASONS[r["reason"]]) if r["reason"] else ""),
            (self.tr("Bước"), lambda r: core_term(ratings.STEPS[r["step"]])), (self.tr("Ngày"), lambda r: r["day"])], self)
        self.view = rows_view(self.forms, 1)
        remove = QPushButton(self.tr("Bỏ dòng đã chọn"))
        remove.clicked.connect(self.remove_selected)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Lưu tất cả"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(line)
        layout.addWidget(self.view, 1)
        layout.addWidget(remove)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def add_form(self) -> None:
        code = self.code.text().strip().upper()
        if not code:
            self._say(self.tr("Chưa nhập mã hồ sơ."), error=True)
            return
        rows = self.forms.rows + [{"number": len(self.forms.rows) + 1, "code": code, "level": self.level.currentData(),
                                   "reason": self.reason.currentData(), "step": self.step.currentData(),
                                   "day": self.day.date().toPython().isoformat()}]
        self.forms.set_rows(rows)
        self.code.clear()
        self.reason.setCurrentIndex(0)
        self._say(arg(self.tr("%1 phiếu chờ lưu."), len(rows)))
        self.code.setFocus()

    def remove_selected(self) -> None:
        row = selected_row(self.view)
        if row is not None:
            kept = [r for r in self.forms.rows if r is not row]
            self.forms.set_rows([{**r, "number": n} for n, r in enumerate(kept, start=1)])

    def save(self) -> int:
        if not self.forms.rows:
            self._say(self.tr("Chưa có phiếu nào."), error=True)
            return 0
        try:
            saved = self.desk.ratings.add_paper_forms(self.forms.rows, self.session.officer_id)
        except (ratings.RatingError, StorageError) as exc:
            self._say(str(exc), error=True)  # nothing saved: the forms stay to be corrected
            return 0
        self.forms.set_rows([])
        self._say(arg(self.tr("Đã lưu %1 phiếu."), len(saved)))
        self.saved.emit(len(saved))
        return len(saved)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.status.setText(text)
