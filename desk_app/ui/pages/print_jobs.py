"""Print jobs page: every slip sent (pending, printed, failed or sent but not confirmed, with
the reason) and "In lại"
on the job's own printer or another one, off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.db.store import from_text
from desk_app.printing import jobs
from desk_app.printing.printers import PREVIEW_NAME
from desk_app.printing.slips import SLIP_KINDS
from desk_app.ui.background import Background
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE
from desk_app.ui.i18n import core_term
from desk_app.ui.models.rows_model import RowsModel, rows_view, selected_row
from desk_app.ui.widgets.list_look import EmptyNote
from desk_app.ui.theme import PRINT_FAILED, PRINT_UNCONFIRMED
from desk_app.ui import style

JOB_KINDS = {**{k: v.capitalize() for k, v in SLIP_KINDS.items()},
             "sheet": QT_TRANSLATE_NOOP("PrintJobsPage", "Phiếu hướng dẫn thủ tục"),
             "visit": QT_TRANSLATE_NOOP("PrintJobsPage", "Phiếu tiếp công dân"),
             "test": QT_TRANSLATE_NOOP("PrintJobsPage", "Trang in thử"),
             "handover": QT_TRANSLATE_NOOP("PrintJobsPage", "Biên bản bàn giao ca"),
             "day_close": QT_TRANSLATE_NOOP("PrintJobsPage", "Chốt sổ cuối ngày"),
             "day_close_reprint": QT_TRANSLATE_NOOP("PrintJobsPage", "Chốt sổ cuối ngày (in lại)"),
             "a4_receipt": QT_TRANSLATE_NOOP("PrintJobsPage", "Biểu mẫu A4: phiếu tiếp nhận hồ sơ"),
             "a4_supplement": QT_TRANSLATE_NOOP("PrintJobsPage", "Biểu mẫu A4: phiếu hướng dẫn bổ sung"),
             "a4_refusal": QT_TRANSLATE_NOOP("PrintJobsPage", "Biểu mẫu A4: phiếu từ chối"),
             "a4_extension": QT_TRANSLATE_NOOP("PrintJobsPage", "Biểu mẫu A4: phiếu xin lỗi, hẹn lại"),
             "a4_stop": QT_TRANSLATE_NOOP("PrintJobsPage", "Biểu mẫu A4: thông báo dừng giải quyết"),
             "a4_control": QT_TRANSLATE_NOOP("PrintJobsPage", "Biểu mẫu A4: phiếu kiểm soát quá trình giải quyết")}
# The slip titles as JOB_KINDS spells them (they come from the slips), listed for lupdate.
_SLIP_TITLES = (
    QT_TRANSLATE_NOOP("PrintJobsPage", "Phiếu tiếp nhận hồ sơ và hẹn trả kết quả"),
    QT_TRANSLATE_NOOP("PrintJobsPage", "Phiếu hướng dẫn bổ sung, hoàn thiện hồ sơ"),
    QT_TRANSLATE_NOOP("PrintJobsPage", "Phiếu từ chối tiếp nhận, giải quyết hồ sơ"),
    QT_TRANSLATE_NOOP("PrintJobsPage", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
    QT_TRANSLATE_NOOP("PrintJobsPage", "Phiếu xác nhận đã trả kết quả"),
    QT_TRANSLATE_NOOP("PrintJobsPage", "Thông báo dừng giải quyết hồ sơ"),
)
OWN_PRINTER = ""  # the combo's first entry: retry on the printer the job was sent to
FAILED_COLOR = QColor(PRINT_FAILED)
UNCONFIRMED_COLOR = QColor(PRINT_UNCONFIRMED)  # amber: maybe on paper, maybe not; the officer looks
STATUS_COLORS = {jobs.FAILED: FAILED_COLOR, jobs.UNCONFIRMED: UNCONFIRMED_COLOR}


def _when(text: str | None) -> str:
    moment = from_text(text) if text else None
    return moment.strftime("%H:%M %d/%m") if moment else ""


class JobsModel(RowsModel):
    """Failed and unconfirmed rows stand out: they are the ones the officer must act on."""

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.BackgroundRole and index.isValid() and self.rows[index.row()]["status"] in STATUS_COLORS:
            return STATUS_COLORS[self.rows[index.row()]["status"]]
        return super().data(index, role)


class PrintJobsPage(QWidget):
    retried = Signal(str, str)  # job id, error ("" when printed)

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.runner = Background(desk, self)
        title = QLabel(self.tr("Lệnh in"))
        style.set_text_style(title, "title")
        self.model = JobsModel([
            (self.tr("Lúc"), lambda r: _when(r["created_at"])),
            (self.tr("Phiếu"), lambda r: self.tr(JOB_KINDS.get(r["kind"], r["kind"]))),
            (self.tr("Hồ sơ / nội dung"), lambda r: r["subject"] if r["kind"] != "visit" else ""),
            (self.tr("Máy in"), lambda r: core_term(PREVIEW_NAME) if r["printer_name"] == PREVIEW_NAME else r["printer_name"]),
            (self.tr("Trạng thái"), lambda r: core_term(jobs.STATUS_LABELS.get(r["status"], r["status"]))),
            (self.tr("Lý do lỗi"), lambda r: r.get("error") or ""),
        ], self)
        self.table = rows_view(self.model, stretch=5)
        self.table.setWordWrap(True)
        self.empty_note = EmptyNote(self.table, lambda: self.tr(
            "Không có lệnh in nào – phiếu in khi lưu hồ sơ (F2) hoặc in lại trong chi tiết hồ sơ (Ctrl+P)."))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_reason())
        self.table.doubleClicked.connect(lambda *_: self.retry())
        self.printer = QComboBox()
        self.retry_button = QPushButton(self.tr("In lại  (Ctrl+R)"))
        self.retry_button.setShortcut("Ctrl+R")
        self.retry_button.clicked.connect(self.retry)
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self.refresh_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("In lại trên:")))
        row.addWidget(self.printer, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.refresh_button)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        intro = QLabel(self.tr("Các phiếu đã gửi máy in gần đây. Phiếu lỗi (nền đỏ) hoặc đã gửi mà máy in chưa "
                               "xác nhận (nền vàng) có thể in lại trên máy in cũ hoặc chọn máy in khác."))
        intro.setWordWrap(True)  # the page must still fit a 1024-pixel screen
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.refresh()

    def focus_first(self) -> None:
        """The list, on its newest job, so arrows and Ctrl+R work at once."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        current = self.printer.currentData()
        self.printer.clear()
        self.printer.addItem(self.tr("Máy in của lệnh in"), OWN_PRINTER)
        self.printer.addItem(core_term(PREVIEW_NAME) + self.tr(" (ảnh PNG trong thư mục dữ liệu)"), PREVIEW_NAME)
        for config in self.desk.printing.printers():
            self.printer.addItem(f"{config.name} – {config.target_text()}", config.name)
        self.printer.setCurrentIndex(max(self.printer.findData(current), 0))
        selected = selected_row(self.table)
        self.model.set_rows(self.desk.printing.list_jobs(limit=200))
        ids = [r["id"] for r in self.model.rows]
        if ids:
            row = ids.index(selected["id"]) if selected and selected["id"] in ids else 0
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_reason()

    def _show_reason(self) -> None:
        job = selected_row(self.table)
        if job and job["status"] in jobs.NEEDS_ACTION:
            self.reason.setStyleSheet(ERROR_STYLE)
            text = self.tr("Lỗi: %1") if job["status"] == jobs.FAILED else self.tr("Đã gửi, chưa xác nhận: %1")
            self.reason.setText(text.replace("%1", job.get("error") or ""))
        else:
            self.reason.setText("")

    def select_job(self, job_id: str) -> bool:
        for number, row in enumerate(self.model.rows):
            if row["id"] == job_id:
                self.table.setCurrentIndex(self.model.index(number, 0))
                return True
        return False

    def retry(self) -> bool:
        job = selected_row(self.table)
        if job is None or self.runner.busy:
            return False
        printer = self.printer.currentData() or None
        self.retry_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Đang in lại…"))
        officer = self.session.officer_id
        self.runner.run(lambda desk, _report: desk.printing.retry_job(job["id"], printer, officer),
                        lambda result, error: self._done(job["id"], result, error))
        return True

    def _done(self, job_id: str, result, error) -> None:
        self.retry_button.setEnabled(True)
        message = str(error) if error is not None else ("" if result.ok else result.message)
        self.status.setStyleSheet(ERROR_STYLE if message else NOTICE_STYLE)
        self.status.setText(message or result.message)
        self.refresh()
        self.select_job(job_id)
        self.retried.emit(job_id, message)
