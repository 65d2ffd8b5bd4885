"""Receive a dossier: citizen (typed or scanned), procedure, document checklist, fee,
the due time as the officer types; Ctrl+Enter saves, prints when set to, and clears."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from desk_app.core.dossiers import NotFound
from desk_app.core.drafts import DraftStore
from desk_app.core.notices import NoticeError, consent_answer
from desk_app.core.registration import ValidationError, dossier_input_from_dict
from desk_app.db.store import StorageError
from desk_app.ui.dialogs.citizen_conflict import ask_update_citizen
from desk_app.ui.widgets.channel_fields import ChannelFields
from desk_app.ui.widgets.document_checklist import DocumentModel, DocumentTable
from desk_app.ui.widgets.drafts import DraftKeeper
from desk_app.ui.widgets.form_messages import FormMessages
from desk_app.ui.widgets.forms_common import ensure_font, error_label, install_form_keys, show_error
from desk_app.ui.i18n import arg, moment, money, status_label, time_limit
from desk_app.ui.background import Background
from desk_app.ui.widgets.procedure_picker import ProcedurePicker
from desk_app.ui.widgets.queue_number import QueueNumberField
from desk_app.ui.widgets.slip_printing import print_slip
from desk_app.ui import style

DRAFT_NAME = "receive"
VIETNAMESE = QLocale(QLocale.Vietnamese, QLocale.Vietnam)


def draft_is_empty(data: dict) -> bool:
    citizen = data.get("citizen", {})
    return not any(str(v).strip() for v in citizen.values()) and not data.get("procedure")


class ReceiveForm(FormMessages, QWidget):
    saved = Signal(str)
    open_dossier = Signal(str)  # the officer chose to continue a returning citizen's dossier
    print_finished = Signal(str, str)  # code, error ("" when printed)

    def __init__(self, desk, session, parent: QWidget | None = None):
        super().__init__(parent)
        ensure_font()
        self.desk = desk
        self.session = session
        self._fee_touched = False
        self._restoring = False
        self.runner = Background(desk, self)
        self.last_saved = None
        self._shown_before = False
        self.setObjectName("receive_form")

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.banner.hide()
        self._lay_out(self._citizen_box(self.tr("Người nộp hồ sơ")), self._dossier_box(), self._buttons())
        self.returning.open_dossier.connect(self.open_dossier)
        self._connect()
        self.restore_draft()
        self.update_due()

    def _dossier_fields(self) -> None:
        self.picker = ProcedurePicker(self.desk.catalog.list_procedures(active_only=True))
        self.picker.setObjectName("procedure")
        self.procedure_error = error_label()
        self.procedure_info = QLabel()
        self.procedure_info.setWordWrap(True)
        self.documents = DocumentModel(self)
        self.table = DocumentTable(self.documents)
        self.table.setObjectName("documents")
        self.missing_label = QLabel()
        style.set_tone(self.missing_label, "warn")
        self.missing_label.setWordWrap(True)
        self.channels = ChannelFields(self)  # the channel, and an online or post dossier's details
        self.channel = self.channels.channel
        self.fee = QSpinBox()
        self.fee.setRange(0, 100_000_000)
        self.fee.setSingleStep(1000)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setLocale(VIETNAMESE)
        self.fee.setSuffix(self.tr(" đồng"))
        self.fee_error = error_label()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Ghi chú (không bắt buộc)"))
        self.due_label = QLabel()
        self.due_label.setObjectName("due")
        style.set_text_style(self.due_label, "emphasis")

    def _dossier_box(self) -> QGroupBox:
        self._dossier_fields()
        box = QGroupBox(self.tr("Hồ sơ"))
        form = QFormLayout(box)
        picker_column = QVBoxLayout()
        picker_column.setSpacing(2)
        for widget in (self.picker, self.procedure_error, self.procedure_info):
            picker_column.addWidget(widget)
        form.addRow(self.tr("Thủ tục"), picker_column)
        form.addRow(self.tr("Giấy tờ"), self.table)
        form.addRow("", self.missing_label)
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.channel)
        fee_row.addWidget(self.fee, 1)
        form.addRow(self.tr("Lệ phí"), fee_row)
        form.addRow("", self.fee_error)
        self.channels.add_rows(form)
        form.addRow(self.tr("Ghi chú"), self.note)
        self.notify = QCheckBox(self.tr("Nhận tin nhắn báo kết quả?"))  # asked once, kept on the dossier
        self.notify.setObjectName("notify")
        form.addRow("", self.notify)
        form.addRow(self.due_label)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Lưu hồ sơ (Ctrl+Enter)"))
        style.set_role(self.save_button, "primary")
        self.save_button.setObjectName("save")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.clear_button = QPushButton(self.tr("Nhập mới"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.result_label, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.save_button)
        self.queue_number = QueueNumberField(row)
        return row

    def _connect(self) -> None:
        """Keys, drafts, and what each field's change sets off."""
        order = [*self.citizen.widgets(), self.picker, self.table, self.channel, self.fee, *self.channels.widgets(),
                 self.note, self.notify, self.save_button]
        self._mover = install_form_keys(self, order, [w for w in order if w is not self.table], self.save)
        self.drafts = DraftKeeper(DraftStore(self.desk.data_dir), DRAFT_NAME, self.values, draft_is_empty, self)
        self.picker.procedure_changed.connect(self._procedure_changed)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.fee.valueChanged.connect(self._fee_edited)
        self.citizen.changed.connect(self._changed)
        self.documents.changed.connect(self._documents_changed)
        self.note.textChanged.connect(self._changed)
        for edit in (self.channels.portal_code, self.channels.post_address):
            edit.textChanged.connect(self._changed)
        self.channels.assisted.toggled.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(30_000)  # the due time moves with the clock
        self._due_timer.timeout.connect(self.update_due)
        self._due_timer.start()

    # -- public --------------------------------------------------------------------------

    def focus_first(self) -> None:
        self.citizen.edits["full_name"].setFocus(Qt.OtherFocusReason)

    def handle_scan(self, payload: str) -> None:
        """A card QR from the scanner: the citizen is filled, then the phone or the procedure is next."""
        message, error = self.citizen.fill_from_scan(payload)
        self._banner(message, error=error)
        if not error:
            next_field = self.citizen.edits["phone"] if not self.citizen.edits["phone"].text() else self.picker
            next_field.setFocus(Qt.OtherFocusReason)

    def reload_catalog(self) -> None:
        self.picker.set_procedures(self.desk.catalog.list_procedures(active_only=True))
        self.update_due()

    # -- values and drafts ---------------------------------------------------------------

    def values(self) -> dict:
        return {"citizen": self.citizen.values(), "procedure": self.picker.code,
                "documents": self.documents.documents(), **self.channels.values(),
                "fee": self.fee.value(), "fee_touched": self._fee_touched, "note": self.note.text(),
                "queue_number": self.queue_number.text(), "notify": self.notify.isChecked()}

    def set_values(self, data: dict) -> None:
        self._restoring = True
        self._fee_touched = False
        try:
            self.citizen.set_values(data.get("citizen", {}))
            self.channels.set_values(data)
            self.picker.set_code(data.get("procedure", ""))
            if data.get("documents") is not None and self.picker.code:
                self.documents.set_documents(data["documents"])
            self._fee_touched = bool(data.get("fee_touched"))
            if self._fee_touched:
                self.fee.setValue(int(data.get("fee", 0)))
            self.note.setText(data.get("note", ""))
            self.queue_number.setText(data.get("queue_number", ""))
            self.notify.setChecked(bool(data.get("notify")))
        finally:
            self._restoring = False
        self.update_due()

    def set_queue_number(self, number: str) -> None:
        self.queue_number.setText(number)

    def restore_draft(self) -> None:
        draft = self.drafts.load()
        if draft:
            self.set_values(draft)
            self._banner(self.tr("Đã khôi phục hồ sơ đang nhập dở (chưa lưu)."))

    def _changed(self) -> None:
        if not self._restoring:
            self.drafts.schedule()

    def clear(self) -> None:
        self.set_values({})
        self.citizen.show_errors({})
        self._show_errors({})
        self.drafts.clear()
        self.banner.hide()
        self.focus_first()

    # -- reacting to the officer ---------------------------------------------------------

    def _procedure_changed(self, code: str) -> None:
        proc = self.picker.procedure()
        self.documents.set_documents([{"name": d.name, "kind": d.kind} for d in proc.documents] if proc else [])
        if proc:
            fee = arg(self.tr("%1 trực tiếp / %2 trực tuyến"), money(proc.fee_in_person), money(proc.fee_online))
            note = f" – {proc.fee_note}" if proc.fee_note else ""
            self.procedure_info.setText(arg(self.tr("%1 · Thời hạn: %2 · Lệ phí: %3"), proc.field, time_limit(proc),
                                            fee + note))
            show_error(self.procedure_error, "")
        else:
            self.procedure_info.setText("")
        self._fee_touched = False if not self._restoring else self._fee_touched
        self._default_fee()
        self.update_due()
        self._changed()

    def _channel_changed(self) -> None:
        self._default_fee()
        self._changed()

    def _default_fee(self) -> None:
        """The procedure's fee for the channel (none chosen: 0), unless the officer typed one."""
        if self._fee_touched:
            return
        proc = self.picker.procedure()
        fee = 0 if proc is None else proc.fee_online if self.channel.currentData() == "online" else proc.fee_in_person
        self.fee.blockSignals(True)
        self.fee.setValue(fee)
        self.fee.blockSignals(False)

    def _fee_edited(self) -> None:
        self._fee_touched = True
        self._changed()

    def _documents_changed(self) -> None:
        missing = self.documents.missing()
        self.missing_label.setText(
            arg(self.tr("Còn thiếu %1 giấy tờ: %2"), len(missing), "; ".join(missing)) if missing else "")
        self.missing_label.setVisible(bool(missing))
        self._changed()

    def update_due(self) -> None:
        proc = self.picker.procedure()
        if proc is None:
            self.due_label.setText(self.tr("Hẹn trả: chọn thủ tục để tính ngày hẹn"))
            return
        try:
            due = self.desk.dossiers.due_for(proc, self.desk.now())
        except ValueError as exc:
            self.due_label.setText(arg(self.tr("Hẹn trả: không tính được (%1)"), exc))
            return
        self.due_label.setText(arg(self.tr("Hẹn trả: %1"), moment(due)))

    # -- saving --------------------------------------------------------------------------

    def save(self) -> str | None:
        """Validate, register, then show the code; on error every message sits by its field."""
        values = self.values()
        data = {**values["citizen"], "procedure": values["procedure"], "documents": values["documents"],
                **self.channels.values(), "fee": values["fee"], "note": values["note"],
                "queue_number": values["queue_number"], "notify": values["notify"]}
        self._result("")  # a message from the last attempt is not about this one
        try:
            try:
                notify = consent_answer(data)
            except NoticeError as exc:
                raise ValidationError({"phone": str(exc)}) from None
            if not self.picker.code and self.picker.text().strip():
                raise ValidationError({"procedure": self.tr("Không tìm thấy thủ tục này: chọn một dòng trong danh sách gợi ý.")})
            dossier = dossier_input_from_dict(data)
            if not self._confirm_not_a_duplicate(dossier.procedure):
                return None
            update_citizen = ask_update_citizen(self, self.desk, dossier)
            if update_citizen is None:
                self._result(self.tr("Chưa lưu: kiểm tra lại số định danh rồi lưu lại (Ctrl+Enter)."), error=True)
                return None
            registered = self.desk.dossiers.register(dossier, self.session.officer_id, update_citizen=update_citizen)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return None
        except NotFound as exc:
            self._show_errors({"procedure": str(exc)})
            return None
        except StorageError as exc:
            self._storage_failed(exc)
            return None
        self.last_saved = registered
        try:
            self.desk.notices.set_consent(registered.code, bool(notify), self.session.officer_id)
        except StorageError as exc:  # the dossier is saved; without the answer no message goes
            self._storage_failed(exc)
        self.returning.forget()
        self._show_errors({})
        self.drafts.clear()
        self.set_values({})
        self.drafts.clear()
        reused = self.tr(" (công dân đã có trong sổ)") if registered.citizen_reused else ""
        self._result(arg(self.tr("Đã lưu hồ sơ %1%2. Hẹn trả: %3."), registered.code, reused,
                         moment(registered.due_at)))
        self.banner.hide()
        self.saved.emit(registered.code)
        if self.desk.settings.auto_print_slip:
            self.print_slip(registered.code, registered.dossier)
        self.focus_first()
        return registered.code

    def _confirm_not_a_duplicate(self, procedure_code: str) -> bool:
        """The same procedure still open for the same person is most often a second
        registration by mistake: ask, with No as the default."""
        same = self.returning.same_procedure(procedure_code)
        if not same:
            return True
        row = same[0]
        answer = QMessageBox.question(
            self, self.tr("Hồ sơ trùng thủ tục"),
            arg(self.tr("%1 đang có hồ sơ %2 (%3, %4) chưa xong.\n\nVẫn tiếp nhận thêm một hồ sơ cùng thủ tục?"),
                row["full_name"], row["procedure_name"], row["code"], status_label(row["status"]).lower()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self._result(arg(self.tr("Chưa lưu: mở hồ sơ %1 để tiếp tục (Alt+M)."), row["code"]), error=True)
            return False
        return True

    def print_slip(self, code: str, dossier: dict | None = None) -> None:
        print_slip(self.runner, code, self._printed, officer_id=self.session.officer_id, dossier=dossier)

    def _printed(self, code: str, error: str, preview: str = "", _reprint: int = 0) -> None:
        if error:
            self._banner(arg(self.tr("Hồ sơ %1 đã lưu. %2"), code, error), error=True)
        elif preview:
            self._banner(arg(self.tr("Hồ sơ %1 đã lưu. Chưa khai báo máy in (Cài đặt › Máy in): phiếu hẹn được "
                                     "ghi thành ảnh %2"), code, preview))
        else:
            self._banner(arg(self.tr("Đã in phiếu hẹn hồ sơ %1."), code))
        self.print_finished.emit(code, error)

    def _show_errors(self, errors: dict[str, str]) -> None:
        first = self.citizen.show_errors(errors)
        show_error(self.procedure_error, errors.get("procedure", ""))
        show_error(self.fee_error, errors.get("fee", ""))
        channel_field = self.channels.show_errors(errors)
        other = {k: v for k, v in errors.items() if k in ("documents", "cccd_qr", "received_at", "note")}
        if other:
            self._banner(" ".join(other.values()), error=True)
        if errors:
            self._result(arg(self.tr("Chưa lưu: còn %1 mục cần sửa (xem chữ đỏ)."), len(errors)), error=True)
            target = first or (self.picker if "procedure" in errors else channel_field or self.fee)
            target.setFocus(Qt.OtherFocusReason)


    def showEvent(self, event) -> None:
        # Back on this page after Settings: the catalog, calendar and hours may have changed.
        # (The first show follows the load in __init__.)
        if self._shown_before:
            self.reload_catalog()
        self._shown_before = True
        super().showEvent(event)

