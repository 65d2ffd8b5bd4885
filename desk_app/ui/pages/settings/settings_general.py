"""Settings page: working hours, dossier code pattern, idle lock, auto-print, language.
Each value is checked by itself so its Vietnamese message sits next to its field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QWidget)

from desk_app.core.codes import check_pattern, render
from desk_app.core.text import vn_size
from desk_app.core.workdays import format_schedule, parse_schedule
from desk_app.ui.widgets.forms_common import NOTICE_STYLE, error_label, show_error
from desk_app.ui.i18n import arg, english

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))  # each in its own language, never translated
SAMPLE_PROCEDURE = "1.004194"
# The steps whose slip prints as the step is saved, each with its own switch (Settings.prints_slip).
STEP_SLIPS = {"supplement": QT_TRANSLATE_NOOP("GeneralPage", "Yêu cầu bổ sung"),
              "extension": QT_TRANSLATE_NOOP("GeneralPage", "Gia hạn"),
              "refusal": QT_TRANSLATE_NOOP("GeneralPage", "Từ chối"),
              "stopped": QT_TRANSLATE_NOOP("GeneralPage", "Dừng giải quyết")}


class GeneralPage(QWidget):
    changed = Signal()

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.working_hours = QLineEdit()
        self.working_hours.setPlaceholderText("07:30-11:30, 13:30-17:00")
        self.hours_error = error_label()
        self.code_pattern = QLineEdit()
        self.pattern_error = error_label()
        self.pattern_preview = QLabel()
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(0, 240)
        self.idle_lock.setSuffix(self.tr(" phút"))
        self.idle_lock.setSpecialValueText(self.tr("Không tự khóa"))
        self.auto_print = QCheckBox(self.tr("Tự in phiếu hẹn khi lưu hồ sơ"))
        self.step_prints = {kind: QCheckBox(self.tr(label)) for kind, label in STEP_SLIPS.items()}
        step_grid = QGridLayout()  # two a row: the page stays narrow on a 1024-pixel screen
        for number, (kind, box) in enumerate(self.step_prints.items()):
            box.setObjectName(f"auto_print_{kind}")
            step_grid.addWidget(box, number // 2, number % 2)
        self.reminder = QLineEdit()
        self.reminder.setObjectName("day_end_reminder")
        self.reminder.setPlaceholderText(self.tr("16:30 (để trống: không nhắc)"))
        self.reminder.setMaximumWidth(260)
        self.reminder_error = error_label()
        self.language = QComboBox()
        for key, label in LANGUAGES:
            self.language.addItem(label, key)
        self._citizen_screen_fields()
        self.save_button = QPushButton(self.tr("Lưu cài đặt"))
        self.status = QLabel()
        layout = QFormLayout(self)
        layout.addRow(self.tr("Giờ làm việc"), self.working_hours)
        layout.addRow("", self.hours_error)
        layout.addRow(self.tr("Mẫu mã hồ sơ"), self.code_pattern)
        layout.addRow("", self.pattern_error)
        layout.addRow("", self.pattern_preview)
        fields_help = QLabel(self.tr("Trường dùng được: {unit_code} {yymmdd} {yyyymmdd} {yyyy} {yy} {mm} {dd} "
                                     "{procedure} {seq} (ví dụ {seq:04} = 4 chữ số)."))
        fields_help.setWordWrap(True)  # (one line would widen the window past a 1024-pixel screen)
        layout.addRow("", fields_help)
        layout.addRow(self.tr("Tự khóa sau"), self.idle_lock)
        layout.addRow("", self.auto_print)
        layout.addRow(self.tr("Tự in phiếu khi"), step_grid)
        layout.addRow(self.tr("Nhắc xuất tệp cuối ngày lúc"), self.reminder)
        layout.addRow("", self.reminder_error)
        layout.addRow(self.tr("Ngôn ngữ"), self.language)
        language_help = QLabel(self.tr("Áp dụng cho cửa sổ từ lần mở phần mềm sau. Dòng lệnh, phiếu in và "
                                       "biểu mẫu luôn bằng tiếng Việt."))
        language_help.setWordWrap(True)
        layout.addRow("", language_help)
        self._lower_rows(layout)
        self._scan_rows(layout)
        layout.addRow(self.save_button, self.status)
        self.code_pattern.textChanged.connect(self._preview)
        self.working_hours.returnPressed.connect(self.save)
        self.code_pattern.returnPressed.connect(self.save)
        self.reminder.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        settings = self.desk.settings
        self.working_hours.setText(settings.working_hours)
        self.code_pattern.setText(settings.code_pattern)
        self.idle_lock.setValue(int(settings.idle_lock_minutes))
        self.auto_print.setChecked(bool(settings.auto_print_slip))
        for kind, box in self.step_prints.items():
            box.setChecked(settings.prints_slip(kind))
        self.reminder.setText(settings.day_end_reminder)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        if self.citizen_screen.findData(settings.citizen_screen) < 0:  # a monitor not connected now
            self.citizen_screen.addItem(arg(self.tr("Màn hình %1"), settings.citizen_screen), settings.citizen_screen)
        self.citizen_screen.setCurrentIndex(self.citizen_screen.findData(settings.citizen_screen))
        self.board_url.setText(settings.board_url)
        for name, box in self.answer_days.items():
            box.setValue(int(getattr(settings, name)))
        self.scan_folder.setText(settings.scan_folder)
        self.sync_files.setChecked(bool(settings.sync_attachment_files))
        files, size = self.desk.attachments.stored_size()
        self.sync_files.setToolTip(arg(self.tr("Hiện có %1 tệp số hóa, %2: mỗi tệp đi một lần, trong tệp cuối ngày "
                                                "sau khi đính kèm."), files, vn_size(size)))
        self.files_size.setText(arg(self.tr("Hiện có %1 tệp, %2"), files, vn_size(size)))

    def _lower_rows(self, layout: QFormLayout) -> None:
        layout.addRow(self.tr("Màn hình cho người dân"), self.citizen_screen)
        layout.addRow(self.tr("Mã QR thủ tục trên màn hình đó"), self.board_url)
        layout.addRow(self.tr("Thời hạn trả lời (ngày làm việc)"), self._answer_days_fields())

    def _answer_days_fields(self) -> QGridLayout:
        """Working days to answer an unsatisfied citizen (the commander) and each kind of the
        reception log's feedback; two a row, so the page stays narrow."""
        labels = {"rating_follow_up_days": self.tr("Không hài lòng"), "complaint_days": self.tr("Khiếu nại, phản ánh"),
                  "proposal_days": self.tr("Kiến nghị"), "tip_days": self.tr("Tin báo")}
        self.answer_days = {}
        grid = QGridLayout()
        for number, (name, label) in enumerate(labels.items()):
            box = QSpinBox()
            box.setObjectName(name)
            box.setRange(1, 90)
            box.setSuffix(self.tr(" ngày"))
            self.answer_days[name] = box
            grid.addWidget(QLabel(label), number // 2, 2 * (number % 2))
            grid.addWidget(box, number // 2, 2 * (number % 2) + 1)
        return grid


    def _scan_rows(self, layout: QFormLayout) -> None:
        """The counter scanner's "scan to folder" and whether the end-of-day file carries the
        attachments' files."""
        self.scan_folder = QLineEdit()
        self.scan_folder.setObjectName("scan_folder")
        self.scan_folder.setPlaceholderText(self.tr("Thư mục máy quét lưu tệp (để trống: không dùng)"))
        self.sync_files = QCheckBox(self.tr("Gửi kèm tệp số hóa trong tệp cuối ngày (tệp lớn hơn)"))
        self.sync_files.setObjectName("sync_attachment_files")
        self.files_size = QLabel()  # the size the scans add to the end-of-day files
        self.files_size.setObjectName("attachment_files_size")
        self.ocr_state = QLabel(self._ocr_text())  # whether the scans' text can be searched
        self.ocr_state.setObjectName("ocr_state")
        self.ocr_state.setWordWrap(True)
        layout.addRow(self.tr("Thư mục máy quét"), self.scan_folder)
        layout.addRow("", self.sync_files)
        layout.addRow("", self.files_size)
        layout.addRow(self.tr("Nhận dạng chữ"), self.ocr_state)

    def _ocr_text(self) -> str:
        from desk_app.core import ocr

        return {"ready": self.tr("Có (Tesseract, tiếng Việt): chữ trong tệp số hóa được đọc để tìm hồ sơ."),
                "no_language": self.tr("Tesseract chưa có dữ liệu tiếng Việt: cài lại và chọn “Vietnamese”."),
                "missing": self.tr("Chưa cài Tesseract: tệp số hóa vẫn được lưu, nhưng chưa tìm được theo chữ "
                                   "bên trong.")}[ocr.state()]

    def _citizen_screen_fields(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.citizen_screen = QComboBox()
        self.citizen_screen.setObjectName("citizen_screen")
        self.citizen_screen.addItem(self.tr("Tự động: màn hình thứ hai nếu có, không thì khung nổi"), "auto")
        self.citizen_screen.addItem(self.tr("Khung nổi ở góc màn hình này (xoay về người dân)"), "dialog")
        self.citizen_screen.addItem(self.tr("Không dùng"), "off")
        for screen in QGuiApplication.screens():
            self.citizen_screen.addItem(arg(self.tr("Màn hình %1"), screen.name()), screen.name())
        self.board_url = QLineEdit()
        self.board_url.setObjectName("board_url")
        self.board_url.setPlaceholderText("https://dichvucong.gov.vn")

    def _preview(self) -> None:
        try:
            pattern = check_pattern(self.code_pattern.text().strip())
            unit = self.desk.unit or {"code": "DONVI"}
            sample = render(pattern, unit["code"], SAMPLE_PROCEDURE, self.desk.now(), 1)
        except (ValueError, KeyError, IndexError) as exc:
            show_error(self.pattern_error, str(exc) if str(exc).startswith("Mẫu")  # already a core message
                       else arg(self.tr("Mẫu mã hồ sơ không hợp lệ: %1"), exc))
            self.pattern_preview.setText("")
            return
        show_error(self.pattern_error, "")
        self.pattern_preview.setText(arg(self.tr("Ví dụ: %1"), sample))

    def errors(self) -> dict[str, str]:
        errors = {}
        try:
            parse_schedule(self.working_hours.text())
        except ValueError as exc:
            errors["working_hours"] = str(exc)
        try:
            check_pattern(self.code_pattern.text().strip())
        except ValueError as exc:
            errors["code_pattern"] = str(exc)
        if self._reminder() is None:
            errors["day_end_reminder"] = self.tr("Giờ nhắc viết dạng giờ:phút, ví dụ 16:30 (để trống nếu không muốn nhắc).")
        return errors

    def _reminder(self) -> str | None:
        """The reminder time as HH:MM, "" for none, None when it cannot be read."""
        text = self.reminder.text().strip().lower().replace("h", ":").replace(".", ":").rstrip(":")
        if not text:
            return ""
        parts = text.split(":")
        if len(parts) > 2 or not all(part.isdigit() for part in parts):
            return None
        hour, minute = int(parts[0]), int(parts[1]) if len(parts) == 2 else 0
        return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None

    def save(self) -> bool:
        errors = self.errors()
        show_error(self.hours_error, errors.get("working_hours", ""))
        show_error(self.pattern_error, errors.get("code_pattern", ""))
        show_error(self.reminder_error, errors.get("day_end_reminder", ""))
        if errors:
            self.status.setText("")
            return False
        settings = replace(
            self.desk.settings,
            working_hours=format_schedule(parse_schedule(self.working_hours.text())),
            code_pattern=self.code_pattern.text().strip(),
            idle_lock_minutes=self.idle_lock.value(),
            auto_print_slip=self.auto_print.isChecked(),
            **{f"auto_print_{kind}": box.isChecked() for kind, box in self.step_prints.items()},
            language=self.language.currentData(),
            day_end_reminder=self._reminder(),
            citizen_screen=self.citizen_screen.currentData(),
            board_url=self.board_url.text().strip(),
            **{name: box.value() for name, box in self.answer_days.items()},
            scan_folder=self.scan_folder.text().strip(),
            sync_attachment_files=self.sync_files.isChecked(),
        )
        try:
            self.desk.save_settings(settings, self.session.officer_id)
        except ValueError as exc:
            show_error(self.pattern_error, str(exc))
            return False
        self.working_hours.setText(settings.working_hours)
        self.reminder.setText(settings.day_end_reminder)
        self.status.setStyleSheet(NOTICE_STYLE)
        if settings.language != ("en" if english() else "vi"):  # the window keeps its language until restarted
            self.status.setText(self.tr("Đã lưu. Ngôn ngữ mới có hiệu lực từ lần mở phần mềm sau; "
                                        "các cài đặt khác có hiệu lực ngay."))
        else:
            self.status.setText(self.tr("Đã lưu, có hiệu lực ngay."))
        self.changed.emit()
        return True
