"""One dossier as cards: a header with the status, the appointment and the fee; the actions its
status allows, grouped by what they do; the applicant, the documents and the history as a
timeline. The cards scroll together where the screen is short (1024×768, 125 %)."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QTextBrowser, QVBoxLayout, QWidget,
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
from desk_app.ui import style, theme
from desk_app.ui.widgets.cards import Card, CardScroll, StatusChip, fit_list_height, fit_text_height
from desk_app.ui.widgets.fee_payment import FeePayment
from desk_app.ui.widgets.notice_box import NoticeBox
from desk_app.ui.widgets.attachments_box import AttachmentsBox
from desk_app.ui.widgets.print_actions import SLIP_AFTER_EVENT, PrintActions
from desk_app.ui.models.queue_model import short_time
from desk_app.ui.session import Session

# The actions by what they do (their Alt+number stays that of lifecycle.ACTIONS' order).
ACTION_GROUPS = (
    (QT_TRANSLATE_NOOP("DetailView", "Giải quyết"), ("start", "result_ready", "return")),
    (QT_TRANSLATE_NOOP("DetailView", "Bổ sung, hẹn lại"), ("supplement", "resume", "extend")),
    (QT_TRANSLATE_NOOP("DetailView", "Không giải quyết tiếp"), ("refuse", "stop")),
)
DANGER = ("refuse", "stop")
# The appointment and the fee in the header line, a step larger than the text around them.
BIG = f"<span style='font-size:{theme.SECTION + 1}pt'><b>%s</b></span>"


class DetailView(QWidget):
    changed = Signal(str)  # a dossier code after an action changed it

    def __init__(self, desk, session: Session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.dossier: dict | None = None
        self.dialog: ActionDialog | None = None

        self.title = QLabel(self.tr("Chọn một hồ sơ trong danh sách (Enter để mở)."))
        style.set_text_style(self.title, "title")
        self.title.setWordWrap(True)
        self.status_chip = StatusChip()
        self.flag_chip = StatusChip()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.step_note = QLabel()  # what the last step changed for the citizen (a new appointment)
        self.step_note.setWordWrap(True)
        style.set_tone(self.step_note, "notice")
        self.step_note.hide()
        self.citizen = QLabel()
        self.citizen.setWordWrap(True)
        self.citizen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.documents = QListWidget()
        self.documents.setWordWrap(True)
        self.timeline = QTextBrowser()  # rich text wraps long reasons; a list would cut them short
        self.timeline_lines: list[str] = []
        self.action_buttons = self._action_buttons()
        self.finished_note = QLabel(self.tr("Hồ sơ đã kết thúc: không còn thao tác nào."))
        style.set_tone(self.finished_note, "muted")
        self.fee_payment = FeePayment(desk, session, self)  # cash or transfer, as the officer saw it
        self.notice_box = NoticeBox(desk, session, self)  # the SMSTO: code the officer's phone sends
        self.attachments = AttachmentsBox(desk, session, self)  # the scans of the documents and result
        self.attachments.removed.connect(self._attachment_removed)
        self.print_actions = PrintActions(desk, session, self)  # reprint (Ctrl+P), A4 forms
        self.amend_button = QPushButton(self.tr("Sửa hồ sơ…"))  # a correction, not a lifecycle step
        self.amend_button.clicked.connect(self.open_amend)

        self.cards = CardScroll()
        self.cards.add(self._header_card())
        self.cards.add(self._actions_card())
        citizen_card = Card(self.tr("Người nộp hồ sơ"))
        citizen_card.body.addWidget(self.citizen)
        docs_card = Card(self.tr("Thành phần hồ sơ"))
        docs_card.body.addWidget(self.documents)
        time_card = Card(self.tr("Quá trình giải quyết"))
        time_card.body.addWidget(self.timeline)
        files_card = Card(self.tr("Bản điện tử (số hóa)"))
        files_card.body.addWidget(self.attachments)
        for card in (citizen_card, docs_card, time_card, files_card):
            self.cards.add(card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cards, 1)
        self.clear()

    def _header_card(self) -> Card:
        card = Card()
        chips = QHBoxLayout()
        chips.setSpacing(theme.GRID)
        chips.addWidget(self.status_chip)
        chips.addWidget(self.flag_chip)
        chips.addStretch(1)
        card.body.addWidget(self.title)
        card.body.addLayout(chips)
        card.body.addWidget(self.state)
        card.body.addWidget(self.step_note)
        card.body.addWidget(self.fee_payment)
        return card

    def _actions_card(self) -> Card:
        """Each group a caption over its buttons, two a row; then printing and the correction."""
        card = Card(self.tr("Thao tác"))
        self.action_grids: list[tuple[QGridLayout, tuple[str, ...]]] = []
        self.action_columns = 0
        for caption, names in ACTION_GROUPS:
            label = QLabel(self.tr(caption))
            style.set_text_style(label, "caption")
            card.body.addWidget(label)
            grid = QGridLayout()
            grid.setSpacing(theme.GRID)
            self.action_grids.append((grid, names))
            card.body.addLayout(grid)
        self._arrange_actions(1)
        card.body.addWidget(self.finished_note)
        card.body.addWidget(self.print_actions)
        card.body.addWidget(self.amend_button, 0, Qt.AlignmentFlag.AlignLeft)
        card.body.addWidget(self.notice_box)
        return card

    def _arrange_actions(self, columns: int) -> None:
        """Two buttons a row where the pane is wide enough (a group's odd last one across the
        row), else one: the pane beside the list stays narrow, no button's words are cut."""
        if columns == self.action_columns:
            return
        self.action_columns = columns
        for grid, names in self.action_grids:
            for name in names:
                grid.removeWidget(self.action_buttons[name])
            for n, name in enumerate(names):
                span = 2 if columns == 2 and n == len(names) - 1 and n % 2 == 0 else 1
                grid.addWidget(self.action_buttons[name], n // columns, n % columns, 1, span)
            for column in range(2):
                grid.setColumnStretch(column, 1 if column < columns else 0)

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
        for chip in (self.status_chip, self.flag_chip):
            chip.set_status(None, "")
        self.documents.clear()
        self.timeline_lines = []
        self.timeline.clear()
        self._fit()
        self._update_actions()
        self.print_actions.set_dossier(None)
        self.fee_payment.set_dossier(None)
        self.notice_box.set_dossier(None)
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
            .replace("%3", BIG % short_time(d["due_at"])).replace("%4", flag_text)
            .replace("%5", BIG % money(d["fee"])))
        self.status_chip.set_status(d["status"], status_label(d["status"]))
        self.flag_chip.set_status(flag if flag in theme.STATUS_FAMILY else None, flag_text if flag != "late" else "")
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
        self.timeline.setHtml("".join(self._timeline_entry(line) for line in self.timeline_lines))
        self._update_actions()
        self.print_actions.set_dossier(d)
        self.fee_payment.set_dossier(d)
        self.notice_box.set_dossier(d)
        if self.attachments.code != d["code"]:
            self.attachments.set_dossier(d)
        self._fit()

    def _attachment_removed(self, code: str) -> None:
        """The history says so: shown again, and the desk told (the statistics count again)."""
        if self.dossier is not None and self.dossier["code"] == code:
            self.load(code)
        self.changed.emit(code)

    @staticmethod
    def _timeline_entry(line: str) -> str:
        """One step: its time in bold, then what happened; the reason and the rest indented."""
        first, _, rest = line.partition("\n")
        when, _, what = first.partition("  ")
        body = f"<b>{html.escape(when)}</b> &nbsp;{html.escape(what)}"
        if rest:
            body += "<br>" + html.escape(rest.strip()).replace("\n", "<br>")
        return f"<p style='margin-bottom:{theme.GRID}px'>{body}</p>"

    def _fit(self) -> None:
        """The documents and the timeline as tall as what they hold: the cards scroll, not they."""
        fit_list_height(self.documents)
        fit_text_height(self.timeline)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        widest = max(button.sizeHint().width() for button in self.action_buttons.values())
        self._arrange_actions(2 if event.size().width() >= 2 * widest + theme.space(8) else 1)
        self._fit()  # wrapped lines at the new width

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
        if event["action"] == lifecycle.ATTACHMENT_REMOVED:
            what = self.tr("kết quả") if details.get("target") == "result" else \
                arg(self.tr("giấy tờ %1"), details.get("position", ""))
            text += "\n    " + arg(self.tr("Tệp đã gỡ: %1 (%2, %3 trang)"), what, details.get("original_name", ""),
                                    details.get("pages", ""))
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
            if action.name in DANGER:
                style.set_role(button, "danger")
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
                self.cards.ensureWidgetVisible(button)
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
