"""Bàn giao ca: the shift's count as the desk sees it now, the note, the incoming officer's
PIN, the printouts (thermal slip, A4), the history; and the day's close (Z-report).

The page counts each time it is shown, on the background runner; a confirmed handover keeps
what is true at the moment of confirming. The officer handing over is the one on duty, or,
while the page is still shown after another officer unlocked, the one locked out (the offer);
leaving the page or Esc drops that offer."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from desk_app.core.day_close import DayCloseError
from desk_app.core.handover import Handover, HandoverError
from desk_app.core.ratings import LEVEL_LABELS
from desk_app.db.store import StorageError, from_text
from desk_app.ui.background import Background
from desk_app.ui.i18n import arg, core_term, money
from desk_app.ui.models.rows_model import RowsModel, rows_view
from desk_app.ui.widgets import file_dialogs
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE
from desk_app.ui import style

HANDOVER_KEY = "F11"


def _short(text: str | None) -> str:
    return f"{text[11:16]} {text[8:10]}/{text[5:7]}" if text else ""


class HandoverPage(QWidget):
    handed_over = Signal(dict)  # the saved handover: to_officer_id, to_name, at, ...
    paper_rated = Signal(int)  # paper survey forms entered: how many

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.current: Handover | None = None
        self.outgoing: str | None = None  # the offer: while shown after another officer unlocked
        self.last_saved: dict | None = None
        self.runner = Background(desk, self)  # printing
        self.counter = Background(desk, self)  # counting, never queued behind a slow printer
        self._count_number = 0  # a count started before the latest one (or a confirm) is not shown
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        style.set_text_style(self.summary, "lead")
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(self.summary)
        layout.addWidget(self._lists(), 1)
        layout.addWidget(self._confirm_box())
        layout.addWidget(QLabel(self.tr("Các lần bàn giao")))
        layout.addWidget(self._history_view())
        layout.addLayout(self._day_row())
        self._fill_officers()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.drop_offer,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _top_row(self) -> QHBoxLayout:
        self.since = QDateTimeEdit()
        self.since.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.since.setCalendarPopup(True)
        self.since.setObjectName("since")
        refresh = QPushButton(self.tr("Đếm lại"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ca bắt đầu lúc")))
        top.addWidget(self.since)
        top.addWidget(refresh)
        top.addStretch(1)
        return top

    def _lists(self) -> QTabWidget:
        self.lists = QTabWidget()
        dossier_columns = [(self.tr("Mã hồ sơ"), lambda r: r["code"]), (self.tr("Người nộp"), lambda r: r["full_name"]),
                           (self.tr("Thủ tục"), lambda r: r["procedure_name"])]
        self.models = {
            "overdue": RowsModel(dossier_columns + [(self.tr("Hạn"), lambda r: _short(r["due_at"]))], self),
            "open": RowsModel(dossier_columns + [(self.tr("Hạn"), lambda r: _short(r["due_at"]))], self),
            "ready_for_pickup": RowsModel(dossier_columns + [(self.tr("Điện thoại"), lambda r: r["phone"])], self),
            "received": RowsModel(dossier_columns + [(self.tr("Nhận lúc"), lambda r: _short(r["received_at"]))], self),
            "returned": RowsModel(dossier_columns + [(self.tr("Trả lúc"), lambda r: _short(r["closed_at"]))], self),
            "follow_up": RowsModel([(self.tr("Lúc"), lambda r: _short(r["at"])), (self.tr("Công dân"), lambda r: r["full_name"]),
                                    (self.tr("Nội dung"), lambda r: r["summary"]), (self.tr("Điện thoại"), lambda r: r["phone"])],
                                   self),
            "rating_follow_ups": RowsModel([(self.tr("Hạn"), lambda r: self._due(r)),
                                            (self.tr("Hồ sơ"), lambda r: r["dossier_code"] or ""),
                                            (self.tr("Công dân"), lambda r: r["full_name"]),
                                            (self.tr("Điện thoại"), lambda r: r["phone"])], self),
            "visit_follow_ups": RowsModel([(self.tr("Hạn"), lambda r: self._due(r)),
                                           (self.tr("Công dân"), lambda r: r["full_name"]),
                                           (self.tr("Nội dung"), lambda r: r["summary"]),
                                           (self.tr("Người xử lý"), lambda r: r["handler_name"])], self),
            "fees": RowsModel([(self.tr("Mã thủ tục"), lambda r: r["procedure_code"]),
                               (self.tr("Thủ tục"), lambda r: r["procedure_name"]),
                               (self.tr("Số hồ sơ"), lambda r: r["dossiers"]), (self.tr("Lệ phí"), lambda r: money(r["fees"])),
                               (self.tr("Tiền mặt"), lambda r: money(r["cash"]))], self),
        }
        self.tab_titles = {"overdue": self.tr("Quá hạn"), "open": self.tr("Còn mở (sắp đến hạn trước)"),
                           "ready_for_pickup": self.tr("Chờ trả"), "received": self.tr("Tiếp nhận trong ca"),
                           "returned": self.tr("Đã trả"), "follow_up": self.tr("Khiếu nại, tin báo"),
                           "rating_follow_ups": self.tr("Không hài lòng chưa trả lời"),
                           "visit_follow_ups": self.tr("Phản ánh, kiến nghị chưa trả lời"),
                           "fees": self.tr("Lệ phí")}
        for key, model in self.models.items():
            self.lists.addTab(rows_view(model, 2 if key in ("follow_up", "visit_follow_ups") else 1),
                              self.tab_titles[key])
        return self.lists

    def _due(self, row: dict) -> str:
        """A follow-up's due time, marked when past it."""
        return _short(row["due_at"]) + (self.tr(" – QUÁ HẠN") if row.get("overdue") else "")

    def _confirm_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bàn giao"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Ghi chú cho ca sau: việc cần làm tiếp, hồ sơ cần gọi điện…"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(54)
        self.to_officer = QComboBox()
        self.to_officer.setObjectName("to_officer")
        self.to_officer.setPlaceholderText(self.tr("— chọn người nhận ca —"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setPlaceholderText(self.tr("PIN người nhận ca"))
        self.pin.setMaximumWidth(160)
        self.confirm_button = QPushButton(self.tr("Xác nhận bàn giao"))
        style.set_role(self.confirm_button, "primary")
        self.confirm_button.clicked.connect(self.confirm)
        self.pin.returnPressed.connect(self.confirm)
        self.print_button = QPushButton(self.tr("In phiếu (máy in nhiệt)"))
        self.print_button.clicked.connect(self.print_slip)
        self.pdf_button = QPushButton(self.tr("Lưu biên bản A4 (PDF)…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QGridLayout(box)
        form.addWidget(QLabel(self.tr("Ghi chú")), 0, 0)
        form.addWidget(self.note, 0, 1, 1, 4)
        form.addWidget(QLabel(self.tr("Người nhận ca")), 1, 0)
        for column, widget in enumerate((self.to_officer, self.pin, self.confirm_button), start=1):
            form.addWidget(widget, 1, column)
        # The printing buttons on their own row: one long row would widen the window past 1024 px.
        for column, widget in enumerate((self.print_button, self.pdf_button), start=1):
            form.addWidget(widget, 2, column)
        form.setColumnStretch(4, 1)
        form.addWidget(self.status, 3, 0, 1, 5)
        return box

    def _history_view(self):
        self.history = RowsModel([(self.tr("Lúc"), lambda r: _short(r["at"])), (self.tr("Người giao"), lambda r: r["from_name"]),
                                  (self.tr("Người nhận"), lambda r: r["to_name"]), (self.tr("Ghi chú"), lambda r: r["note"])],
                                 self)
        view = rows_view(self.history, 3)
        view.setMaximumHeight(100)
        return view

    def _day_row(self) -> QHBoxLayout:
        day_row = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Chốt sổ cuối ngày"))
        self.close_button.clicked.connect(self.close_day)
        self.reprint_button = QPushButton(self.tr("In lại bản chốt sổ"))
        self.reprint_button.clicked.connect(lambda: self.close_day(reprint=True))
        day_row.addWidget(self.close_button)
        day_row.addWidget(self.reprint_button)
        self.paper_button = QPushButton(self.tr("Nhập phiếu khảo sát giấy…"))  # shown to commanders
        self.paper_button.clicked.connect(self.enter_paper_forms)
        day_row.addWidget(self.paper_button)
        day_row.addStretch(1)
        return day_row

    # -- counting --------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # (not a window coming back from the taskbar)
            self.paper_button.setVisible(self.session.is_commander)
            self.status.clear()  # what was said at the last visit is about then
            self._fill_officers()
            self.start_shift()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # another page, or the screen locked: an offer not confirmed goes
            self.outgoing = None

    def counts_changed(self, *_what) -> None:
        """Something the shift counts changed (a dossier, a visit, a rating): counted again
        if the page is on screen; else it counts when next shown."""
        if self.isVisible():
            self.refresh()

    def officer_changed(self, _officer: dict) -> None:
        """Another officer on duty: the paper forms are a commander's, the officers to hand
        over to are everyone but the one handing over."""
        self.paper_button.setVisible(self.session.is_commander)
        self._fill_officers()

    def start_shift(self) -> None:
        """From where the last handover ended (or the start of the day), counted now."""
        self.since.setDateTime(QDateTime(self.desk.handover.default_since()))
        self.refresh()

    def _since(self):
        return self.since.dateTime().toPython().replace(second=0, microsecond=0)

    def refresh(self) -> None:
        """Count the shift on the runner; the figures show when they arrive."""
        self._count_number += 1
        number, since = self._count_number, self._since()
        self.current = None
        self.summary.setText(self.tr("Đang đếm…"))
        self.counter.run(lambda desk, _report: (desk.handover.build(since), desk.handover.history()),
                         lambda result, error: self._counted(number, result, error))

    def _counted(self, number: int, result, error) -> None:
        if number != self._count_number:
            return
        if error is not None:
            self.summary.clear()
            self._say(str(error), error=True)
            return
        self._show_counts(*result)

    def _show_counts(self, h: Handover, history: list[dict]) -> None:
        self.current = h
        for key, model in self.models.items():
            model.set_rows(getattr(h, key))
        for index, key in enumerate(self.models):
            rows = len(getattr(h, key))
            self.lists.setTabText(index, f"{self.tab_titles[key]} ({rows})")
        ratings = "; ".join(f"{core_term(label)} {h.ratings.get(level, 0)}" for level, label in LEVEL_LABELS.items())
        self.summary.setText(arg(self.tr("Tiếp nhận %1 · đã trả %2 · quá hạn %3 · còn mở %4 (%5 đến hạn đến hết ngày làm "
                                         "việc tiếp theo) · chờ trả %6 · lệ phí %7, tiền mặt %8, chuyển khoản %9"),
                                 len(h.received), len(h.returned), len(h.overdue), len(h.open), h.due_soon_count,
                                 len(h.ready_for_pickup), money(h.fees_total), money(h.cash_total),
                                 money(h.transfer_total)) + "\n" + arg(self.tr("Đánh giá: %1"), ratings)
                             + arg(self.tr("\nKhông hài lòng chưa trả lời %1 (quá hạn %2) · phản ánh, kiến nghị, tin báo "
                                           "chưa trả lời %3 (quá hạn %4)"), len(h.rating_follow_ups),
                                   h.follow_ups_overdue[0], len(h.visit_follow_ups), h.follow_ups_overdue[1]))
        self.history.set_rows(history)

    def _fill_officers(self) -> None:
        """Everyone but the officer handing over; nobody chosen until the officers choose."""
        self.to_officer.clear()
        for officer in self.desk.officers.list():
            if officer["id"] != self._outgoing():
                self.to_officer.addItem(officer["full_name"], officer["id"])
        self.to_officer.setCurrentIndex(-1)

    def _outgoing(self) -> str:
        return self.outgoing or self.session.officer_id

    def offer_to(self, incoming_officer_id: str, outgoing_officer_id: str) -> None:
        """Another officer unlocked the desk: the handover from the one before, ready to confirm."""
        self.outgoing = outgoing_officer_id
        self._fill_officers()
        self.to_officer.setCurrentIndex(self.to_officer.findData(incoming_officer_id))
        self.pin.setFocus()

    def drop_offer(self) -> None:
        """Esc: no handover from the officer locked out; the officer on duty hands over later."""
        if self.outgoing is None:
            return
        self.outgoing = None
        self.pin.clear()
        self._fill_officers()
        self._say(arg(self.tr("Không bàn giao lúc này. Người giao ca sau này là %1."),
                      self.session.officer["full_name"]))

    # -- confirming and printing -------------------------------------------------------------

    def confirm(self) -> dict | None:
        """Hands over what is true now (counted again here), from the officer handing over."""
        try:
            now = self.desk.handover.build(self._since())
            saved = self.desk.handover.confirm(now, self._outgoing(), self.to_officer.currentData() or "",
                                               self.pin.text(), self.note.toPlainText())
        except (HandoverError, StorageError) as exc:
            self.pin.clear()
            self._say(str(exc), error=True)
            self.pin.setFocus()
            return None
        self.pin.clear()
        self.note.clear()
        self.outgoing = None
        self.last_saved = saved
        self._count_number += 1  # a count still on its way is of before the handover
        self._show_counts(saved["handover"], self.desk.handover.history())
        self.since.setDateTime(QDateTime(from_text(saved["until"])))  # the next shift starts here
        self._say(arg(self.tr("Đã bàn giao cho %1 lúc %2."), saved["to_name"], _short(saved["at"])))
        self.handed_over.emit(saved)
        self._fill_officers()  # (the incoming officer is on duty now: see shell/pages.build_handover)
        return saved

    def print_slip(self) -> None:
        if self.last_saved is None:
            self._say(self.tr("Xác nhận bàn giao trước, rồi in phiếu có chữ ký hai bên."), error=True)
            return
        handover_id, officer = self.last_saved["id"], self.session.officer_id
        self._say(self.tr("Đang in phiếu bàn giao…"))
        self.runner.run(lambda desk, _report: desk.printing.print_job("handover", handover_id, officer_id=officer),
                        self._printed)

    def _printed(self, result, error) -> None:
        message = str(error) if error is not None else ("" if result.ok else result.message)
        self._say(message or result.message, error=bool(message))

    def save_pdf(self) -> None:
        if self.current is None:
            return
        path = file_dialogs.ask_save(self, self.tr("Lưu biên bản bàn giao"), self.desk.data_dir, file_dialogs.FORMS,
                                     f"ban-giao-ca_{self.desk.now():%Y-%m-%d_%H%M}.pdf", "PDF (*.pdf)")
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        from desk_app.printing.pdf_handover import write_handover_pdf

        saved = self.last_saved
        try:
            h = saved["handover"] if saved else self.desk.handover.build(self._since())
        except HandoverError as exc:
            self._say(str(exc), error=True)
            return
        outgoing = self.desk.officers.resolve(self._outgoing())
        from_name = saved["from_name"] if saved else (outgoing["full_name"] if outgoing else "")
        try:
            write_handover_pdf(self.desk.require_unit(), h, from_name or "", saved["to_name"] if saved else "", path,
                               saved["note"] if saved else self.note.toPlainText(), saved["at"] if saved else None)
        except (OSError, ValueError) as exc:
            self._say(str(exc), error=True)
            return
        self._say(arg(self.tr("Đã lưu biên bản: %1"), path))

    # -- the day's close ------------------------------------------------------------------------

    def close_day(self, reprint: bool = False) -> None:
        officer = self.session.officer_id
        try:
            close = self.desk.day_close.reprint(officer) if reprint else self.desk.day_close.close(officer)
        except (DayCloseError, StorageError) as exc:
            self._say(str(exc), error=True)
            return
        kind = "day_close_reprint" if close.reprint else "day_close"
        self._say(self.tr("Đã chốt sổ, đang in…") if not reprint else self.tr("Đang in lại bản chốt sổ…"))
        self.runner.run(lambda desk, _report: desk.printing.print_job(kind, close.day, officer_id=officer),
                        self._printed)

    def enter_paper_forms(self) -> None:
        if not self.session.is_commander:
            return
        from desk_app.ui.dialogs.paper_ratings import PaperRatingsDialog

        dialog = PaperRatingsDialog(self.desk, self.session, self)
        dialog.saved.connect(self.paper_rated)  # (counted again as the desk's rating_given comes back)
        dialog.open()

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.status.setText(text)

    def focus_first(self) -> None:
        self.note.setFocus()

