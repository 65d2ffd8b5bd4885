"""Settings page: the notices to the citizen. The commander's templates (each with how many
messages it costs), what to bring, accents kept or not; the USB GSM modem (port, SIM PIN,
delivery reports) with its status and a test message, both asked off the UI thread."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desk_app.core import notice_templates
from desk_app.ui.background import Background
from desk_app.core.notices import STATUSES
from desk_app.ui.i18n import arg, core_term
from desk_app.printing import local_ports
from desk_app.ui import style
from desk_app.ui.widgets.choices import offer
from desk_app.ui.widgets.forms_common import NOTICE_STYLE, error_label, show_error

TEMPLATE_LABELS = {"result_ready": QT_TRANSLATE_NOOP("NoticesPage", "Có kết quả"),
                   "supplement": QT_TRANSLATE_NOOP("NoticesPage", "Yêu cầu bổ sung"),
                   "moved": QT_TRANSLATE_NOOP("NoticesPage", "Hẹn lại ngày trả"),
                   "reminder": QT_TRANSLATE_NOOP("NoticesPage", "Nhắc nhận kết quả")}


def _check_modem(desk, _report):
    return desk.sms.check(10.0)


class NoticesPage(QWidget):
    changed = Signal()

    def __init__(self, desk, session, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.session = session
        self.runner = Background(desk, self)
        self.templates: dict[str, QLineEdit] = {}
        self.lengths: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        for kind, label in TEMPLATE_LABELS.items():
            edit = QLineEdit()
            edit.setObjectName(f"notice_{kind}")
            edit.textChanged.connect(self._lengths)
            self.templates[kind] = edit
            self.lengths[kind] = QLabel()
            layout.addRow(self.tr(label), edit)
            layout.addRow("", self.lengths[kind])
        self.fields_note = QLabel(self.tr("Trường điền sẵn: {unit} tên đơn vị, {code} mã hồ sơ, {where} nơi nhận, "
                                          "{hours} giờ làm việc, {bring} giấy tờ mang theo, {missing} giấy tờ cần "
                                          "bổ sung, {when} giờ hẹn mới, {ready} ngày có kết quả, {hotline}."))
        self.fields_note.setWordWrap(True)
        layout.addRow("", self.fields_note)
        self.bring = QLineEdit()
        self.bring.setObjectName("notice_bring")
        layout.addRow(self.tr("Mang theo khi nhận"), self.bring)
        self.accents = QCheckBox(self.tr("Giữ dấu tiếng Việt (70 ký tự một tin thay vì 160: tốn tiền hơn)"))
        self.accents.setObjectName("notice_accents")
        self.accents.toggled.connect(self._lengths)
        layout.addRow("", self.accents)
        self.port = QLineEdit()
        self.port.setObjectName("modem_port")
        self.port.setPlaceholderText(self.tr("COM3 hoặc /dev/ttyUSB0 (để trống: gửi bằng điện thoại)"))
        ports = local_ports.serial_ports()  # the modem's port offered by name, as Windows calls it
        offer(self.port, [p.device for p in ports], [p.label() for p in ports])
        self.pin = QLineEdit()
        self.pin.setObjectName("modem_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reports = QCheckBox(self.tr("Xin báo đã đến máy (có nhà mạng tính phí)"))
        self.reports.setObjectName("modem_delivery_reports")
        layout.addRow(self.tr("Cổng modem GSM"), self.port)
        layout.addRow(self.tr("Mã PIN thẻ SIM"), self.pin)
        layout.addRow("", self.reports)
        self.error = error_label()
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Lưu cài đặt tin nhắn"))
        self.save_button.clicked.connect(self.save)
        layout.addRow("", self.error)
        layout.addRow(self.save_button, self.status)
        self._modem_rows(layout)
        self.load()

    def _modem_rows(self, layout: QFormLayout) -> None:
        self.modem_status = QLabel()
        self.modem_status.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Kiểm tra modem"))
        self.check_button.clicked.connect(self.check_modem)
        self.test_phone = QLineEdit()
        self.test_phone.setObjectName("test_phone")
        self.test_phone.setPlaceholderText("0912345678")
        self.test_button = QPushButton(self.tr("Gửi tin thử"))
        self.test_button.clicked.connect(self.send_test)
        row = QHBoxLayout()
        for widget in (self.check_button, self.test_phone, self.test_button):
            row.addWidget(widget)
        layout.addRow(self.tr("Modem"), row)
        layout.addRow("", self.modem_status)

    def load(self) -> None:
        settings = self.desk.settings
        for kind, edit in self.templates.items():
            edit.setText(getattr(settings, f"notice_{kind}"))
        self.bring.setText(settings.notice_bring)
        self.accents.setChecked(bool(settings.notice_accents))
        self.port.setText(settings.modem_port)
        self.pin.setText(settings.modem_pin)
        self.reports.setChecked(bool(settings.modem_delivery_reports))
        self._lengths()

    def _lengths(self) -> None:
        """How many messages each template costs with the longest values, or why it is refused."""
        for kind, edit in self.templates.items():
            try:
                parts = notice_templates.check(kind, edit.text(), self.accents.isChecked())
                self.lengths[kind].setText(arg(self.tr("Dài nhất: %1 tin nhắn"), parts))
                style.set_tone(self.lengths[kind], "")
            except ValueError as exc:
                self.lengths[kind].setText(str(exc))
                style.set_tone(self.lengths[kind], "error")

    def save(self) -> bool:
        values = replace(self.desk.settings, notice_bring=self.bring.text().strip(),
                         notice_accents=self.accents.isChecked(), modem_port=self.port.text().strip(),
                         modem_pin=self.pin.text().strip(), modem_delivery_reports=self.reports.isChecked(),
                         **{f"notice_{kind}": edit.text().strip() for kind, edit in self.templates.items()})
        try:
            self.desk.save_settings(values, self.session.officer_id)
        except ValueError as exc:
            show_error(self.error, str(exc))
            self.status.setText("")
            return False
        show_error(self.error, "")
        self.status.setStyleSheet(NOTICE_STYLE)
        self.status.setText(self.tr("Đã lưu cài đặt tin nhắn."))
        self.changed.emit()
        return True

    def check_modem(self) -> None:
        self.modem_status.setText(self.tr("Đang hỏi modem…"))
        self.runner.run(_check_modem, self._checked)

    def _checked(self, status, error) -> None:
        self.modem_status.setText(str(error) if error is not None else status.text())

    def send_test(self) -> None:
        phone, officer = self.test_phone.text(), self.session.officer_id

        def work(desk, _report):
            message_id = desk.notices.queue_test(phone, officer)
            result = desk.sms.send_queued(30.0, only=[message_id])
            return desk.notices.get(message_id), result

        self.modem_status.setText(self.tr("Đang gửi tin thử…"))
        self.runner.run(work, self._tested)

    def _tested(self, outcome, error) -> None:
        if error is not None:
            self.modem_status.setText(str(error))
            return
        row, result = outcome
        text = arg(self.tr("Tin thử #%1 đến %2: %3"), row["id"], row["phone"],
                   core_term(STATUSES[row["status"]]))
        self.modem_status.setText(text + (f"\n{result['error'] or row['error']}" if result["error"] or row["error"]
                                          else ""))
