"""Follow-ups page: the unsatisfied citizens the commander answers (the contact made and the
answer), and the complaints, proposals and tip-offs of the reception log with their handler,
status and answer. Overdue ones are marked; each list can show only what still waits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QTabWidget, QVBoxLayout, QWidget)

from desk_app.core import rating_follow_ups, ratings, visit_follow_ups, visits
from desk_app.core.rating_follow_ups import FollowUpError
from desk_app.core.roles import PermissionDenied
from desk_app.db.store import StorageError, from_text
from desk_app.ui.i18n import arg, core_term
from desk_app.ui.models.rows_model import RowsModel, rows_view, selected_row
from desk_app.ui.widgets.list_look import EmptyNote
from desk_app.ui import theme
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE

OVERDUE_COLOR = QColor(theme.OVERDUE[1])
# The core's status words, translated where the page shows them (listed for lupdate).
_STATUS_WORDS = (QT_TRANSLATE_NOOP("core", "Chưa trả lời"), QT_TRANSLATE_NOOP("core", "Đã trả lời"),
                 QT_TRANSLATE_NOOP("core", "Đã rút (đánh giá được thay)"), QT_TRANSLATE_NOOP("core", "Mới tiếp nhận"),
                 QT_TRANSLATE_NOOP("core", "Đang xử lý"), QT_TRANSLATE_NOOP("core", "Đã chuyển cấp trên"),
                 QT_TRANSLATE_NOOP("core", "Kiến nghị"))


def _due(text: str | None) -> str:
    moment = from_text(text) if text else None
    return moment.strftime("%H:%M %d/%m/%Y") if moment else ""


class OverdueModel(RowsModel):
    """An overdue row stands out: it is the one to act on first."""

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.BackgroundRole and index.isValid() and self.rows[index.row()].get("overdue"):
            return OVERDUE_COLOR
        return super().data(index, role)


class FollowUpList(QWidget):
    """A list with "only what still waits", a form under it, and the line that says how it went."""

    saved = Signal()

    def __init__(self, columns, parent=None):
        super().__init__(parent)
        self.model = OverdueModel(columns, self)
        self.view = rows_view(self.model, stretch=len(columns) - 1)
        self.view.setWordWrap(True)
        # (translate, not self.tr: the subclasses' names would be the context)
        self.empty_note = EmptyNote(self.view, lambda: QCoreApplication.translate("FollowUpList", "Không còn việc nào chờ trả lời.")
                                    if self.only_open.isChecked() else QCoreApplication.translate("FollowUpList", "Chưa có việc nào."))
        self.only_open = QCheckBox(self.tr("Chỉ việc chưa trả lời"))
        self.only_open.setChecked(True)
        self.only_open.toggled.connect(self.refresh)
        self.form = QFormLayout()
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_row(selected_row(self.view)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_open)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def rows(self, open_only: bool) -> list[dict]:
        raise NotImplementedError

    def show_row(self, row: dict | None) -> None:
        raise NotImplementedError

    def save_row(self, row: dict) -> str:
        """Save the form for `row`; the message to show."""
        raise NotImplementedError

    def refresh(self) -> None:
        chosen = selected_row(self.view)
        self.model.set_rows(self.rows(self.only_open.isChecked()))
        ids = [r["id"] for r in self.model.rows]
        if chosen and chosen["id"] in ids:
            self.view.setCurrentIndex(self.model.index(ids.index(chosen["id"]), 0))
        elif ids:
            self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.show_row(None)

    def save(self) -> bool:
        row = selected_row(self.view)
        if row is None:
            return self._say(self.tr("Chưa chọn việc nào trong danh sách."), error=True)
        try:
            text = self.save_row(row)
        except (FollowUpError, PermissionDenied, StorageError) as exc:
            return self._say(str(exc), error=True)
        self.refresh()
        self.saved.emit()
        return not self._say(text)

    def _say(self, text: str, error: bool = False) -> bool:
        self.message.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.message.setText(text)
        return False


class RatingFollowUps(FollowUpList):
    """Unsatisfied citizens: the commander records the contact made and the answer."""

    def __init__(self, desk, session, parent=None):
        super().__init__([
            (self.tr("Hạn trả lời"), lambda r: _due(r["due_at"]) + (self.tr(" – QUÁ HẠN") if r["overdue"] else "")),
            (self.tr("Trạng thái"), lambda r: core_term(rating_follow_ups.STATUS_LABELS[r["status"]])),
            (self.tr("Hồ sơ"), lambda r: r["dossier_code"] or core_term(ratings.STEPS["visit"])),
            (self.tr("Công dân"), lambda r: r["full_name"] or ""),
            (self.tr("Điện thoại"), lambda r: r["phone"] or ""),
            (self.tr("Cán bộ được đánh giá"), lambda r: r["officer_name"] or ""),
            (self.tr("Lý do"), lambda r: core_term(r["reason_label"]) if r["reason_label"] else ""),
        ], parent)
        self.desk, self.session = desk, session
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("đã gọi điện, gặp trực tiếp… lúc nào, với ai"))
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setMaximumHeight(70)
        self.form.addRow(self.tr("Đã liên hệ"), self.contact)
        self.form.addRow(self.tr("Trả lời người dân"), self.answer)
        self.save_button.setText(self.tr("Lưu trả lời"))
        self.refresh()

    def rows(self, open_only: bool) -> list[dict]:
        return self.desk.rating_follow_ups.listed(open_only)

    def show_row(self, row: dict | None) -> None:
        self.contact.setText(row["contact"] if row else "")
        self.answer.setPlainText(row["answer"] if row else "")

    def save_row(self, row: dict) -> str:
        self.desk.rating_follow_ups.answer(row["id"], self.answer.toPlainText(), self.session.officer_id,
                                           contact=self.contact.text())
        return arg(self.tr("Đã lưu trả lời cho %1."), row["full_name"] or row["dossier_code"] or "")


class VisitFollowUps(FollowUpList):
    """Complaints, proposals and tip-offs: the handler, the status, where it went, the answer."""

    def __init__(self, desk, session, parent=None):
        super().__init__([
            (self.tr("Hạn trả lời"), lambda r: _due(r["due_at"]) + (self.tr(" – QUÁ HẠN") if r["overdue"] else "")),
            (self.tr("Trạng thái"), lambda r: core_term(visit_follow_ups.STATUS_LABELS[r["status"]])),
            (self.tr("Loại"), lambda r: core_term(visits.KINDS[r["kind"]])),
            (self.tr("Công dân"), lambda r: r["full_name"] or ""),
            (self.tr("Người xử lý"), lambda r: r["handler_name"] or ""),
            (self.tr("Nội dung"), lambda r: r["summary"]),
        ], parent)
        self.desk, self.session = desk, session
        self.handler = QComboBox()
        for officer in desk.officers.list():
            self.handler.addItem(officer["full_name"], officer["id"])
        self.status = QComboBox()
        for key, label in visit_follow_ups.STATUS_LABELS.items():
            self.status.addItem(core_term(label), key)
        self.forwarded_to = QLineEdit()
        self.forwarded_to.setPlaceholderText(self.tr("khi chuyển cấp trên: chuyển đến đâu"))
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setMaximumHeight(70)
        self.form.addRow(self.tr("Người xử lý"), self.handler)
        self.form.addRow(self.tr("Trạng thái"), self.status)
        self.form.addRow(self.tr("Chuyển đến"), self.forwarded_to)
        self.form.addRow(self.tr("Trả lời người dân"), self.answer)
        self.refresh()

    def rows(self, open_only: bool) -> list[dict]:
        return self.desk.visit_follow_ups.listed(open_only)

    def show_row(self, row: dict | None) -> None:
        self.handler.setCurrentIndex(max(self.handler.findData(row["handler_id"]), 0) if row else 0)
        self.status.setCurrentIndex(max(self.status.findData(row["status"]), 0) if row else 0)
        self.forwarded_to.setText(row["forwarded_to"] if row else "")
        self.answer.setPlainText(row["answer"] if row else "")

    def save_row(self, row: dict) -> str:
        self.desk.visit_follow_ups.update(row["id"], self.session.officer_id, status=self.status.currentData(),
                                          handler_id=self.handler.currentData(),
                                          forwarded_to=self.forwarded_to.text(), answer=self.answer.toPlainText())
        return arg(self.tr("Đã lưu: %1 của %2."), core_term(visits.KINDS[row["kind"]]), row["full_name"] or "")


class FollowUpsPage(QWidget):
    answered = Signal()  # a follow-up saved: the tiles and the handover count again

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("Theo dõi, trả lời người dân"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.ratings = RatingFollowUps(desk, session, self)
        self.feedback = VisitFollowUps(desk, session, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.ratings, self.tr("Không hài lòng (chỉ huy trả lời)"))
        self.tabs.addTab(self.feedback, self.tr("Phản ánh, kiến nghị, tin báo"))
        for part in (self.ratings, self.feedback):
            part.saved.connect(self.answered)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def focus_first(self) -> None:
        self.tabs.currentWidget().view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        self.ratings.refresh()
        self.feedback.refresh()

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)
