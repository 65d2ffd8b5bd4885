"""End-of-day sync page: when the desk last exported, what is waiting, the export button
(run off the UI thread) and the export history."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from desk_app.core.unit import upper_level_name
from desk_app.db.store import from_text
from desk_app.sync import export as export_module
from desk_app.ui.background import Background
from desk_app.ui.widgets import file_dialogs
from desk_app.ui.widgets.forms_common import ERROR_STYLE, NOTICE_STYLE
from desk_app.ui.i18n import arg
from desk_app.ui.models.rows_model import RowsModel, rows_view, selected_row
from desk_app.ui.record_kinds import record_kind

DEFAULT_FOLDER = "exports"
from desk_app.ui.theme import WARN_STYLE  # noqa: E402
from desk_app.ui import style


EXPORT_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E)


def _when(text: str | None) -> str:
    moment = from_text(text) if text else None
    return moment.strftime("%H:%M %d/%m/%Y") if moment else ""


def export_error_text(exc: BaseException, folder: Path) -> str:
    """The officer's message for a failed export; the data is never lost, only not sent yet."""
    if isinstance(exc, export_module.ExportError):
        return str(exc)
    keep = " " + QCoreApplication.translate("SyncPage", "Dữ liệu vẫn còn nguyên và sẽ nằm trong lần xuất sau.")
    if isinstance(exc, OSError):
        code = exc.errno
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return arg(QCoreApplication.translate(
                "SyncPage", "Ổ đĩa của thư mục “%1” đã đầy: chưa ghi được tệp (không để lại tệp dở dang). "
                "Hãy xóa bớt tệp hoặc chọn thư mục, USB khác rồi bấm xuất lại."), folder) + keep
        if code in (errno.EACCES, errno.EPERM, errno.EROFS):
            return arg(QCoreApplication.translate(
                "SyncPage", "Không ghi được vào thư mục “%1” (không có quyền ghi hoặc thiết bị chỉ đọc). "
                "Hãy chọn thư mục khác."), folder) + keep
        if code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENOTDIR, errno.EEXIST):
            return arg(QCoreApplication.translate(
                "SyncPage", "Không dùng được thư mục “%1” (USB đã rút hoặc đường dẫn không phải thư mục). "
                "Hãy cắm lại hoặc chọn thư mục khác."), folder) + keep
        return arg(QCoreApplication.translate("SyncPage", "Không ghi được tệp vào “%1”: %2."), folder,
                   exc.strerror or exc) + keep
    return arg(QCoreApplication.translate("SyncPage", "Không xuất được tệp: %1."), exc) + keep


class SyncPage(QWidget):
    exported = Signal(object)  # the ExportResult, or None when nothing was waiting

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.runner = Background(desk, self)

        title = QLabel(self.tr("Đồng bộ cuối ngày"))
        style.set_text_style(title, "title")
        self.last_label = QLabel()
        self.waiting_label = QLabel()
        self.district_label = QLabel()
        for label in (self.last_label, self.waiting_label, self.district_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)

        self.export_button = QPushButton(self.tr("Xuất tệp cuối ngày  (Ctrl+E)"))
        style.set_role(self.export_button, "primary")
        self.export_button.clicked.connect(self.export)
        self.again_button = QPushButton(self.tr("Xuất lại tệp đã chọn"))
        self.again_button.setToolTip(self.tr("Khi cấp trên báo thiếu tệp: tạo lại đúng tệp đó (cùng số thứ tự)."))
        self.again_button.clicked.connect(self.export_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.last_label)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.district_label)
        layout.addSpacing(6)
        layout.addLayout(self._folder_row())
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self._history_box(), 1)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        # A line edit takes Ctrl+E for "end of line" on Linux: here it exports, whatever has focus.
        self.folder.installEventFilter(self)
        self.folder.setText(str(desk.sync.default_folder()))
        self.refresh()

    def _folder_row(self) -> QHBoxLayout:
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        self.choose_button = QPushButton(self.tr("Chọn thư mục…"))
        self.choose_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lưu vào thư mục:")))
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        return row

    def _history_box(self) -> QGroupBox:
        self.model = RowsModel([
            (self.tr("Thời gian"), lambda r: _when(r["created_at"])),
            (self.tr("Số"), lambda r: f"{r['export_seq']}" + (self.tr(" (xuất lại)") if r["kind"] == "again" else "")),
            (self.tr("Tệp"), lambda r: r["file_name"]),
            (self.tr("Bản ghi"), lambda r: r["records"]),
            (self.tr("Nơi lưu"), lambda r: r["folder"]),
            (self.tr("Cán bộ"), lambda r: r.get("officer_name") or ""),
        ], self)
        self.history = rows_view(self.model, stretch=4)
        box = QGroupBox(self.tr("Lịch sử xuất tệp"))
        QVBoxLayout(box).addWidget(self.history)
        return box

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() == EXPORT_KEYS:
            return True  # not taken by the field: the shortcut runs
        return False

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        settings = self.desk.settings
        info = self.desk.sync.summary()
        last = info["last_export"]
        if last:
            self.last_label.setText(self.tr("Lần xuất gần nhất: <b>số %1</b> lúc <b>%2</b> – %3 (%4 bản ghi)")
                                    .replace("%1", str(last["export_seq"])).replace("%2", _when(last["created_at"]))
                                    .replace("%3", last["file_name"]).replace("%4", str(last["records"])))
        else:
            self.last_label.setText(self.tr("Chưa xuất tệp lần nào."))
        upper = upper_level_name(self.desk.unit)
        if info["waiting"]:
            text = arg(self.tr("Chưa gửi %4: <b>%1 hồ sơ</b> và <b>%2 lượt tiếp công dân</b> mới hoặc có "
                               "cập nhật (%3 bản ghi trong tệp)."),
                       info["waiting_dossiers"], info["waiting_visits"], info["waiting"], upper)
            if info["reminder_due"]:
                text += " " + self.tr("Đã đến giờ xuất tệp cuối ngày (%1).").replace("%1", settings.day_end_reminder)
            self.waiting_label.setStyleSheet(WARN_STYLE)
        else:
            text = self.tr("Không có thay đổi nào đang chờ xuất.")
            self.waiting_label.setStyleSheet(NOTICE_STYLE)
        self.waiting_label.setText(text)
        if settings.district_public_key:
            self.district_label.setText(self.tr("Gửi cho: <b>%1</b>. Tệp được ký và mã hóa bằng khóa của %1.")
                                        .replace("%1", upper))
            self.district_label.setStyleSheet("")
        else:
            self.district_label.setText(self.tr("Chưa có khóa công khai của %1: chỉ huy đơn vị nhập khóa trong "
                                                "Cài đặt (F9) › Đơn vị thì mới xuất được tệp.").replace("%1", upper))
            self.district_label.setStyleSheet(ERROR_STYLE)
        self.model.set_rows(self.desk.sync.history())
        self.again_button.setEnabled(bool(self.model.rows) and not self.runner.busy)

    def choose_folder(self) -> None:
        folder = file_dialogs.ask_folder(self, self.tr("Chọn thư mục lưu tệp"), self._target())
        if folder:
            self.folder.setText(folder)

    def _target(self) -> Path:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else Path(self.desk.data_dir) / DEFAULT_FOLDER

    def export(self) -> bool:
        """Start the export; False when it cannot start (no district key, one already running)."""
        if self.runner.busy:
            return False
        if not self.desk.settings.district_public_key:
            self._show(self.tr("Chưa có khóa công khai của cấp trên nên chưa xuất được tệp. Báo chỉ huy đơn vị nhập "
                               "khóa trong Cài đặt (F9) › Đơn vị › Khóa công khai cấp trên."), error=True)
            return False
        return self._start(None)

    def export_again(self) -> bool:
        row = selected_row(self.history)
        if row is None or self.runner.busy:
            self._show(self.tr("Chọn một dòng trong lịch sử để xuất lại."), error=True)
            return False
        return self._start(row["export_seq"])

    def _start(self, number: int | None) -> bool:
        folder = self._target()
        officer = self.session.officer_id

        def run(desk, report):
            if number is None:
                return desk.sync.export_new(folder, officer, progress=report)
            return desk.sync.export_again(folder, officer, number, progress=report)

        self.export_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self._show(self.tr("Đang xuất tệp…"))
        self.runner.run(run, lambda result, error: self._finished(folder, result, error), self._reading)
        return True

    def _reading(self, part: str) -> None:
        self._show(f"{self.tr('Đang xuất tệp…')} {record_kind(part)}")

    def _finished(self, folder: Path, result, error) -> None:
        self.export_button.setEnabled(True)
        if error is not None:
            self._show(export_error_text(error, folder), error=True)
        elif result is None:
            self._show(self.tr("Không có thay đổi nào mới kể từ lần xuất trước: không tạo tệp."))
        else:
            self.desk.sync.remember_folder(folder)
            counts = ", ".join(f"{record_kind(k)} {v}" for k, v in result.counts.items() if v)
            again = self.tr(" (xuất lại)") if result.kind == "again" else ""
            self._show(self.tr("Đã xuất tệp số %1%2: %3 – %4 bản ghi (%5). Thư mục: %6")
                       .replace("%1", str(result.export_seq)).replace("%2", again).replace("%3", result.path.name)
                       .replace("%4", str(result.records)).replace("%5", counts or self.tr("không có bản ghi"))
                       .replace("%6", str(result.path.parent)))
        self.refresh()
        if error is None:
            self.exported.emit(result)

    def _show(self, text: str, error: bool = False) -> None:
        self.result.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.result.setText(text)
