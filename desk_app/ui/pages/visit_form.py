"""The reception log: visits that are not dossiers (inquiry, result pickup, complaint /
denunciation, report), with the same citizen fields and scan as the receive form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from desk_app.core.drafts import DraftStore
from desk_app.core.registration import ValidationError
from desk_app.core.text import vn_date
from desk_app.core.visits import KINDS, SATISFACTION
from desk_app.db.store import StorageError
from desk_app.ui.widgets.drafts import DraftKeeper
from desk_app.ui.widgets.form_messages import FormMessages
from desk_app.ui.widgets.forms_common import ensure_font, error_label, install_form_keys, show_error
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.widgets.queue_number import QueueNumberField
from desk_app.ui.widgets.rating_keys import RatingKeys
from desk_app.ui import style

DRAFT_NAME = "visit"


def draft_is_empty(data: dict) -> bool:
    citizen = data.get("citizen", {})
    return not any(str(v).strip() for v in citizen.values()) and not data.get("summary") and not data.get("outcome")


class VisitForm(FormMessages, QWidget):
    saved = Signal(str)

    def __init__(self, desk, session, parent: QWidget | None = None):
        super().__init__(parent)
        ensure_font()
        self.desk = desk
        self.session = session
        self._restoring = False
        self.setObjectName("visit_form")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._lay_out(self._citizen_box(self.tr("Công dân")), self._visit_box(), self._buttons())
        self._connect()
        draft = self.drafts.load()
        if draft:
            self.set_values(draft)
            self._banner(self.tr("Đã khôi phục nội dung đang nhập dở (chưa lưu)."))

    def _rating_row(self) -> QVBoxLayout:
        row = QHBoxLayout()
        self.rating = QButtonGroup(self)
        self.rating_buttons: dict[str, QRadioButton] = {}
        for position, (key, label) in enumerate(SATISFACTION.items(), start=1):
            button = QRadioButton(f"&{position} {core_term(label)}")
            button.setObjectName(key)
            self.rating.addButton(button)
            self.rating_buttons[key] = button
            row.addWidget(button)
        self.rating_keys = RatingKeys(self.rating, list(self.rating_buttons.values()))
        row.addStretch(1)
        # Under the choices, not beside them: the row must not widen the form on a small screen.
        hint = QLabel(self.tr("Ở hàng này: phím 1, 2, 3 chọn, 0 bỏ chọn; từ ô khác: Alt+1, 2, 3."))
        hint.setWordWrap(True)
        style.set_tone(hint, "muted")
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(hint)
        return column

    def _visit_box(self) -> QGroupBox:
        self.kind = QComboBox()
        self.kind.addItem(self.tr("— Chọn loại việc —"), "")
        for key, label in KINDS.items():
            self.kind.addItem(core_term(label), key)
        self.kind_error = error_label()
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("Công dân hỏi / đề nghị / báo việc gì"))
        self.summary.setTabChangesFocus(True)
        self.summary_error = error_label()
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("Đã hướng dẫn / giải quyết thế nào"))
        self.outcome.setTabChangesFocus(True)
        self.outcome_error = error_label()
        box = QGroupBox(self.tr("Nội dung tiếp công dân"))
        form = QFormLayout(box)
        form.addRow(self.tr("Loại việc"), self.kind)
        form.addRow("", self.kind_error)
        form.addRow(self.tr("Nội dung"), self.summary)
        form.addRow("", self.summary_error)
        form.addRow(self.tr("Kết quả"), self.outcome)
        form.addRow("", self.outcome_error)
        form.addRow(self.tr("Đánh giá"), self._rating_row())
        return box

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Lưu (Ctrl+Enter)"))
        style.set_role(self.save_button, "primary")
        self.save_button.setAutoDefault(False)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.save_button)
        self.queue_number = QueueNumberField(row)
        return row

    def _connect(self) -> None:
        """Keys, drafts, and what each field's change sets off."""
        order = [*self.citizen.widgets(), self.kind, self.summary, self.outcome, *self.rating_buttons.values(),
                 self.save_button]
        self._mover = install_form_keys(self, order, [*self.citizen.widgets(), self.kind], self.save)
        self.drafts = DraftKeeper(DraftStore(self.desk.data_dir), DRAFT_NAME, self.values, draft_is_empty, self)
        self.citizen.changed.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.summary.textChanged.connect(self._changed)
        self.outcome.textChanged.connect(self._changed)
        self.rating.buttonToggled.connect(self._changed)
        self.save_button.clicked.connect(self.save)

    def focus_first(self) -> None:
        self.citizen.edits["full_name"].setFocus(Qt.OtherFocusReason)

    def handle_scan(self, payload: str) -> None:
        message, error = self.citizen.fill_from_scan(payload)
        self._banner(message, error=error)
        if not error:
            self.kind.setFocus(Qt.OtherFocusReason)

    def values(self) -> dict:
        checked = self.rating.checkedButton()
        return {"citizen": self.citizen.values(), "kind": self.kind.currentData(),
                "summary": self.summary.toPlainText(), "outcome": self.outcome.toPlainText(),
                "satisfaction": checked.objectName() if checked else "", "queue_number": self.queue_number.text()}

    def set_values(self, data: dict) -> None:
        self._restoring = True
        try:
            self.citizen.set_values(data.get("citizen", {}))
            self.kind.setCurrentIndex(max(self.kind.findData(data.get("kind", "")), 0))
            self.summary.setPlainText(data.get("summary", ""))
            self.outcome.setPlainText(data.get("outcome", ""))
            self.queue_number.setText(data.get("queue_number", ""))
            self.rating_keys.clear()
            chosen = self.rating_buttons.get(data.get("satisfaction", ""))
            if chosen is not None:
                chosen.setChecked(True)
        finally:
            self._restoring = False

    def set_queue_number(self, number: str) -> None:
        self.queue_number.setText(number)

    def _changed(self, *args) -> None:
        if not self._restoring:
            self.drafts.schedule()

    def save(self) -> str | None:
        values = self.values()
        data = {**values["citizen"], **{k: v for k, v in values.items() if k != "citizen"}}
        try:
            visit = self.desk.visits.record(data, self.session.officer_id)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return None
        except StorageError as exc:
            self._storage_failed(exc)
            return None
        self._show_errors({})
        self.set_values({})
        self.drafts.clear()
        self.banner.hide()
        reused = self.tr(" (công dân đã có trong sổ)") if visit["citizen_reused"] else ""
        case = visit["follow_up"]  # a complaint, proposal or tip-off: followed until answered
        due = arg(self.tr(" Hạn trả lời: %1."), vn_date(case["due_at"][:10])) if case else ""
        self._result(arg(self.tr("Đã ghi sổ tiếp công dân: %1%2."), core_term(KINDS[visit["kind"]]), reused) + due)
        self.saved.emit(visit["id"])
        self.focus_first()
        return visit["id"]

    def _show_errors(self, errors: dict[str, str]) -> None:
        first = self.citizen.show_errors(errors)
        show_error(self.kind_error, errors.get("kind", ""))
        show_error(self.summary_error, errors.get("summary", ""))
        show_error(self.outcome_error, errors.get("outcome", "") or errors.get("satisfaction", ""))
        if errors:
            self._result(arg(self.tr("Chưa lưu: còn %1 mục cần sửa (xem chữ đỏ)."), len(errors)), error=True)
            target = first or (self.kind if "kind" in errors else self.summary)
            target.setFocus(Qt.OtherFocusReason)


