"""One dossier: the citizen, the documents, the timeline, and the actions its status allows."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QLabel, QListWidget, QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from desk_app.core import lifecycle
from desk_app.core.catalog import DOCUMENT_KINDS
from desk_app.core.amend import change_lines
from desk_app.core.channels import channel_text
from desk_app.ui.dialogs.action_dialogs import ActionDialog
from desk_app.ui.dialogs.amend_dialog import AmendDialog
from desk_app.ui.widgets.citizen_fields import display_date
from desk_app.ui.widgets.dialog_parts import open_dialog
from desk_app.ui.i18n import action_label, arg, core_label, core_term, money, status_label
from desk_app.ui.widgets.attachments_box import AttachmentsBox
from desk_app.ui.widgets.forms_common import NOTICE_STYLE
from desk_app.ui.widgets.print_actions import SLIP_AFTER_EVENT, PrintActions
from desk_app.ui.models.queue_model import short_time
from desk_app.ui.session import Session

TIMELINESS_STYLE = {"overdue": "background:#fde2e1;color:#9b1c1c;", "late": "color:#9b1c1c;"}


class DetailView(QWidget):
    changed = Signal(str)  # a dossier code after an action changed it

    def __init__(self, desk, session: Session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.dossier: dict | None = None
        self.dialog: ActionDialog | None = None

        self.title = QLabel(self.tr("Chọn một hồ sơ trong danh sách (Enter để mở)."))
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.step_note = QLabel()  # what the last step changed for the citizen (a new appointment)
        self.step_note.setWordWrap(True)
        self.step_note.setStyleSheet(NOTICE_STYLE)
        self.step_note.hide()
        self.citizen = QLabel()
        self.citizen.setWordWrap(True)
        self.documents = QListWidget()
        self.documents.setWordWrap(True)
        self.timeline = QTextBrowser()  # rich text wraps long reasons; a list would cut them short
        self.timeline_lines: list[str] = []
        self.actions_row = QGridLayout()  # two buttons a row, so the pane stays narrow
        self.actions_row.setColumnStretch(0, 1)  # equal columns: the pane keeps its width from one
        self.actions_row.setColumnStretch(1, 1)  # status to the next
        self.action_buttons = self._action_buttons()
        self.finished_note = QLabel(self.tr("Hồ sơ đã kết thúc: không còn thao tác nào."))
        self.actions_row.addWidget(self.finished_note, self.actions_row.rowCount(), 0, 1, 2)

        citizen_box = QGroupBox(self.tr("Người nộp hồ sơ"))
        QVBoxLayout(citizen_box).addWidget(self.citizen)
        docs_box = QGroupBox(self.tr("Thành phần hồ sơ"))
        QVBoxLayout(docs_box).addWidget(self.documents)
        self.attachments = AttachmentsBox(desk, session, self)  # the scans of the documents and result
        self.side_tabs = QTabWidget()  # the timeline, and the electronic copies beside it
        self.side_tabs.addTab(self.timeline, self.tr("Quá trình giải quyết"))
        self.side_tabs.addTab(self.attachments, self.tr("Bản điện tử (số hóa)"))
        grid = QGridLayout()
        grid.addWidget(citizen_box, 0, 0)
        grid.addWidget(docs_box, 1, 0)
        grid.addWidget(self.side_tabs, 0, 1, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.step_note)
        layout.addLayout(grid, 1)
        layout.addLayout(self.actions_row)
        self.print_actions = PrintActions(desk, session, self)  # reprint (Ctrl+P), A4 forms
        layout.addWidget(self.print_actions)
        self.amend_button = QPushButton(self.tr("Sửa hồ sơ…"))  # a correction, not a lifecycle step
        self.amend_button.clicked.connect(self.open_amend)
        layout.addWidget(self.amend_button)
        self.clear()

    def load(self, code: str) -> None:
        if self.dossier is None or code.upper() != self.dossier["code"]:
            self._note("")  # a note about one dossier never stays under another
        self.dossier = self.desk.dossiers.get(code)
        self._show()

    def show_code(self, code: str | None) -> None:
        """The selected dossier, or an empty pane with no action when nothing is selected."""
        if code is None:
            self.clear()
        else:
            self.load(code)

    def clear(self) -> None:
        self.dossier = None
        self._note("")
        self.title.setText(self.tr("Chọn một hồ sơ trong danh sách (Enter để mở)."))
        for label in (self.state, self.citizen):
            label.clear()
        self.state.setStyleSheet("")
        self.documents.clear()
        self.timeline_lines = []
        self.timeline.clear()
        self._update_actions()
        self.print_actions.set_dossier(None)
        self.attachments.set_dossier(None)

    def _show(self) -> None:
        d = self.dossier
        self.title.setText(f"{d['code']} – {d['procedure_name']}")
        flag = d["timeliness"]
        flag_text = core_label(lifecycle.TIMELINESS_LABELS[flag]) if flag else ""
        line = self.tr("Trạng thái: <b>%1</b> · Tiếp nhận: %2 · Hẹn trả: <b>%3</b> · %4 · Lệ phí: %5")
        if not flag_text:  # a refused, stopped or returned dossier has no timeliness to show
            line = line.replace(" · %4", "")
        self.state.setText(
            line.replace("%1", status_label(d["status"])).replace("%2", short_time(d["received_at"]))
            .replace("%3", short_time(d["due_at"])).replace("%4", flag_text).replace("%5", money(d["fee"])))
        self.state.setStyleSheet(TIMELINESS_STYLE.get(flag, ""))
        lines = [f"<b>{d['full_name']}</b>"]
        for label, key in ((self.tr("Số định danh"), "id_number"), (self.tr("Ngày sinh"), "birth_date"),
                           (self.tr("Giới tính"), "sex"), (self.tr("Địa chỉ"), "address"),
                           (self.tr("Điện thoại"), "phone")):
            if d.get(key):
                value = display_date(d[key]) if key == "birth_date" else core_term(d[key]) if key == "sex" else d[key]
                lines.append(f"{label}: {html.escape(value)}")
        if d.get("channel", "in_person") != "in_person" or d.get("post_sent_at"):
            lines.append(self.tr("Hình thức: %1").replace("%1", html.escape(channel_text(d))))
        self.citizen.setText("<br>".join(lines))
        self.documents.clear()
        for doc in d["documents"]:
            mark = "✓" if doc["received"] else "✗ " + self.tr("THIẾU")
            self.documents.addItem(f"{mark}  {doc['name']} ({DOCUMENT_KINDS.get(doc['kind'], doc['kind'])})")
        self.timeline_lines = [self._event_line(event) for event in d["events"]]
        self.timeline.setHtml("".join(
            "<p style='margin-bottom:6px'>" + html.escape(line).replace("\n", "<br>&nbsp;&nbsp;") + "</p>"
            for line in self.timeline_lines))
        self._update_actions()
        self.print_actions.set_dossier(d)
        if self.attachments.code != d["code"]:
            self.attachments.set_dossier(d)

    def _event_line(self, event: dict) -> str:
        action, status = lifecycle.event_labels(event)
        text = f"{short_time(event['at'])}  {core_label(action)}"
        if status:
            text += f" → {core_label(status)}"
        if event.get("officer_name"):
            text += f"  ({event['officer_name']})"
        if event.get("reason"):
            text += "\n    " + self.tr("Lý do: ") + event["reason"]
        details = json.loads(event.get("details") or "{}")
        if details.get("new_due_at"):
            text += "\n    " + self.tr("Hẹn mới: ") + short_time(details["new_due_at"])
        if details.get("collected_by"):
            text += "\n    " + self.tr("Người nhận: ") + details["collected_by"]
        if details.get("by_post"):
            text += "\n    " + (self.tr("Gửi qua bưu chính, số hiệu %1, tới %2")
                                .replace("%1", details.get("tracking", "")).replace("%2", details.get("address", "")))
        if event["action"] == "amend":
            text += "\n    " + "; ".join(change_lines(details))
        if event["action"] == "receive" and details.get("missing"):
            text += "\n    " + self.tr("Thiếu: ") + ", ".join(details["missing"])
        return text

    def _action_buttons(self) -> dict[str, QPushButton]:
        """One button per action, always in the same place with the same Alt+number: a key
        whose action does not fit the dossier's status is disabled, never given to another."""
        buttons = {}
        for number, action in enumerate(lifecycle.ACTIONS.values(), start=1):
            button = QPushButton(f"&{number} {action_label(action)}")
            button.clicked.connect(lambda _=False, name=action.name: self.open_action(name))
            self.actions_row.addWidget(button, (number - 1) // 2, (number - 1) % 2)
            buttons[action.name] = button
        return buttons

    def _update_actions(self) -> None:
        status = self.dossier["status"] if self.dossier else None
        for name, button in self.action_buttons.items():
            button.setEnabled(status in lifecycle.ACTIONS[name].sources)
        self.finished_note.setVisible(bool(self.dossier) and not self.enabled_actions())
        self.amend_button.setEnabled(self.dossier is not None)

    def focus_actions(self) -> None:
        """The cursor on the first action the dossier allows (else on reprinting), where Space or
        Enter does the next step; Alt+number still reaches every other one."""
        for button in self.action_buttons.values():
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if self.print_actions.isVisible():
            self.print_actions.reprint.setFocus(Qt.FocusReason.OtherFocusReason)

    def enabled_actions(self) -> set[str]:
        return {name for name, button in self.action_buttons.items() if button.isEnabled()}

    def open_action(self, name: str) -> ActionDialog:
        """The dialog of one action (window-modal); the action runs when the officer confirms."""
        action = lifecycle.ACTIONS[name]
        if self.dossier is None or name not in self.enabled_actions():
            raise lifecycle.TransitionError(f"“{action.label}” không áp dụng cho hồ sơ đang chọn.")
        code = self.dossier["code"]

        def submit(reason, new_due, details):
            before = self.dossier["due_at"]
            self.dossier = self.desk.dossiers.apply(code, name, self.session.officer_id, reason, new_due, details)
            self._show()
            self._after_step(name, before)
            self.changed.emit(code)

        self.dialog = ActionDialog(action, self.dossier, submit, self, now=self.desk.now())
        # Done: the cursor on what can come next (the button pressed may be disabled now).
        self.dialog.accepted.connect(self.focus_actions)
        open_dialog(self.dialog, self.dialog.first_field())
        return self.dialog

    def _after_step(self, name: str, due_before: str) -> None:
        """A new appointment is said with its time; the step's slip prints when set to (Cài đặt),
        as the receipt does after a registration. A resume gives a new receipt only when the
        appointment moved."""
        due_now = self.dossier["due_at"]
        moved = due_now != due_before
        kind = SLIP_AFTER_EVENT.get(name)
        if name in ("resume", "amend"):  # the receipt again, only when its appointment is out of date
            kind = "receipt" if moved else None
        printing = kind is not None and kind != "returned" and self.desk.settings.prints_slip(kind)
        if moved:
            note = arg(self.tr("Hẹn trả mới: %1 (trước đó: %2)."), short_time(due_now), short_time(due_before))
            note += " " + (self.tr("Phiếu mới đã gửi in.") if printing else self.tr("In phiếu mới cho công dân: Ctrl+P."))
            self._note(note)
        else:
            self._note("")
        if printing:
            self.print_actions.print_slip(kind, self.dossier)

    def _note(self, text: str) -> None:
        self.step_note.setText(text)
        self.step_note.setVisible(bool(text))

    def open_amend(self) -> AmendDialog | None:
        """“Sửa hồ sơ”: the dialog; the service says whether this officer may."""
        if self.dossier is None:
            return None
        code = self.dossier["code"]

        def submit(applicant, procedure_code, new_due, reason, received=None):
            before = self.dossier["due_at"]
            self.dossier = self.desk.dossiers.amend(code, self.session.officer_id, reason, applicant,
                                                    procedure_code, new_due, received)
            self._show()
            self._after_step("amend", before)
            self.changed.emit(code)

        self.amend_dialog = AmendDialog(self.dossier, submit, self, self.desk.catalog)
        open_dialog(self.amend_dialog, self.amend_dialog.edits["full_name"])
        return self.amend_dialog
