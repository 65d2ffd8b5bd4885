"""One small dialog per lifecycle action, asking only what that action needs."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout,
)
from desk_app.core.lifecycle import Action
from desk_app.db.store import StorageError
from desk_app.ui.widgets.date_fields import DateTimeField
from desk_app.ui.widgets.dialog_parts import error_label, ok_cancel
from desk_app.ui.i18n import action_label
from desk_app.ui import style, theme


class ActionDialog(QDialog):
    """Collects (reason, new_due, details) for DossierService.apply."""

    def __init__(self, action: Action, dossier: dict, submit, parent=None, now: datetime | None = None):
        """`submit(reason, new_due, details)` runs the action; a ValueError it raises is shown here."""
        super().__init__(parent)
        self.submit = submit
        self.action = action
        self.dossier = dossier
        self.setWindowTitle(f"{action_label(action)} – {dossier['code']}")
        self.missing: QListWidget | None = None
        self.reason: QPlainTextEdit | None = None
        self.new_due: DateTimeField | None = None
        self.collected_by: QLineEdit | None = None
        self.by_post: QCheckBox | None = None  # return: the result goes by post (tracking number, address)
        self.tracking: QLineEdit | None = None
        self.post_address: QLineEdit | None = None
        self.error = error_label()
        form = self._fields(action, dossier, now)
        name = action.name
        buttons = ok_cancel(self, self.tr("Ghi nhận"), self.tr("Hủy"))
        self.ok_button = buttons.button(buttons.StandardButton.Ok)
        if name in ("refuse", "stop"):  # no way back: the button says so by its look too
            style.set_role(self.ok_button, "danger")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Sized to what it asks: a reason box gets room to write, a confirmation only its line.
        fields = (self.missing, self.new_due, self.collected_by, self.reason)
        if any(field is not None for field in fields):
            self.setMinimumWidth(theme.space(70))
        self.adjustSize()

    def _fields(self, action: Action, dossier: dict, now: datetime | None) -> QFormLayout:
        """What the step asks: the missing papers, the new due time, who collects, the reason."""
        form = QFormLayout()
        name = action.name
        if name == "supplement":
            self.missing = QListWidget()
            self.missing.setWordWrap(True)  # document names are long: wrap, never cut
            for doc in dossier["documents"]:
                item = QListWidgetItem(doc["name"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if doc["received"] else Qt.CheckState.Checked)
                self.missing.addItem(item)
            form.addRow(self.tr("Giấy tờ còn thiếu (Space để chọn):"), self.missing)
        if name == "extend":
            current = datetime.strptime(dossier["due_at"], "%Y-%m-%d %H:%M:%S")
            start = max(current, now or current)  # an overdue dossier is extended from today
            self.new_due = DateTimeField(QDateTime(start.replace(hour=current.hour, minute=current.minute)).addDays(2))
            form.addRow(self.tr("Hẹn trả mới (ngày/tháng/năm giờ:phút):"), self.new_due)
        if name == "return":
            self.collected_by = QLineEdit(dossier.get("full_name", ""))
            form.addRow(self.tr("Người nhận kết quả:"), self.collected_by)
            self._post_rows(form, dossier)
        if action.needs_reason or name == "supplement":
            self.reason = QPlainTextEdit()
            self.reason.setTabChangesFocus(True)
            self.reason.setFixedHeight(80)
            label = {
                "supplement": self.tr("Nội dung cần bổ sung thêm:"),
                "refuse": self.tr("Lý do từ chối (nêu căn cứ):"),
                "extend": self.tr("Lý do gia hạn:"),
                "stop": self.tr("Lý do dừng giải quyết:"),
            }.get(name, self.tr("Lý do:"))
            form.addRow(label, self.reason)
        if not form.rowCount():
            form.addRow(QLabel(self.tr("Xác nhận “%1” cho hồ sơ %2?")
                               .replace("%1", action_label(action)).replace("%2", dossier["code"])))
        return form

    def _post_rows(self, form: QFormLayout, dossier: dict) -> None:
        """A return by post: the tracking number and the address instead of who collected it."""
        self.by_post = QCheckBox(self.tr("Gửi kết quả qua dịch vụ bưu chính"))
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("Số hiệu bưu gửi, ví dụ EE123456789VN"))
        self.post_address = QLineEdit(dossier.get("post_address") or dossier.get("address") or "")
        form.addRow("", self.by_post)
        form.addRow(self.tr("Số hiệu bưu gửi:"), self.tracking)
        form.addRow(self.tr("Địa chỉ gửi:"), self.post_address)
        self.by_post.toggled.connect(self._post_toggled)
        self.by_post.setChecked(bool(dossier.get("post_address")))
        self._post_toggled(self.by_post.isChecked())

    def _post_toggled(self, by_post: bool) -> None:
        self.collected_by.setEnabled(not by_post)
        self.tracking.setEnabled(by_post)
        self.post_address.setEnabled(by_post)

    def first_field(self):
        """Where the cursor starts: the first thing to fill in, or the confirm button."""
        by_post = self.by_post is not None and self.by_post.isChecked()
        fields = (self.missing, self.new_due, self.tracking if by_post else self.collected_by, self.reason)
        return next((field for field in fields if field is not None), self.ok_button)

    def missing_documents(self) -> list[str]:
        if self.missing is None:
            return []
        return [self.missing.item(i).text() for i in range(self.missing.count())
                if self.missing.item(i).checkState() == Qt.CheckState.Checked]

    def values(self) -> tuple[str, datetime | None, dict]:
        """(reason, new_due, details) as the service wants them."""
        text = self.reason.toPlainText().strip() if self.reason else ""
        details: dict = {}
        new_due = None
        if self.action.name == "supplement":
            missing = self.missing_documents()
            details["missing"] = missing
            if text:
                details["note"] = text
            text = "; ".join([*missing, text] if text else missing)
        if self.new_due is not None:
            new_due = self.new_due.dateTime().toPython().replace(second=0, microsecond=0)
        if self.by_post is not None and self.by_post.isChecked():
            details.update(by_post=True, tracking=self.tracking.text().strip(),
                           address=self.post_address.text().strip())
        elif self.collected_by is not None:
            details["collected_by"] = self.collected_by.text().strip()
        return text, new_due, details

    def accept(self) -> None:
        reason, new_due, details = self.values()
        # A refusal keeps every field as typed and puts the cursor where the answer goes.
        if self.action.name == "supplement" and not reason:
            return self._refuse(self.tr("Chọn giấy tờ còn thiếu hoặc ghi nội dung cần bổ sung."), self.missing)
        if self.action.needs_reason and not reason:
            return self._refuse(self.tr("Cần ghi rõ lý do."), self.reason)
        if self.action.name == "return" and not details.get("collected_by") and not details.get("by_post"):
            return self._refuse(self.tr("Ghi tên người nhận kết quả."), self.collected_by)
        try:
            self.submit(reason, new_due, details)
        except (ValueError, StorageError) as error:  # the lifecycle's refusal or the disk, worded for the officer
            return self._refuse(str(error), self.new_due if self.action.needs_due else
                                self.tracking if details.get("by_post") else None)
        super().accept()

    def _refuse(self, message: str, field=None) -> None:
        self.error.setText(message)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
