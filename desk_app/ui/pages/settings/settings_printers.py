"""Settings page: the thermal printers of this PC (several at once), the default, a test page."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton

from desk_app.printing import local_ports
from desk_app.printing.printers import KINDS, PrinterConfig
from desk_app.ui.background import Background
from desk_app.ui.i18n import arg
from desk_app.ui.models.rows_model import selected_row
from desk_app.ui.widgets.choices import offer, withdraw
from desk_app.ui.widgets.forms_common import show_error
from desk_app.ui.widgets.list_page import ListPage, button_row

WIDTHS = {576: "80 mm", 384: "58 mm"}


def parse_target(kind: str, text: str) -> dict:
    """One line typed by the officer -> the printer's options ('192.168.1.50:9100', '0x0416:0x5011', 'COM3@9600')."""
    text = text.strip()
    if kind == "network":
        host, _, port = text.partition(":")
        return {"host": host.strip(), "port": int(port) if port.strip() else 9100}
    if kind == "usb":
        vendor, _, product = text.partition(":")
        return {"vendor": vendor.strip(), "product": product.strip()}
    if kind == "serial":
        device, _, baud = text.partition("@")
        return {"device": device.strip(), "baudrate": int(baud) if baud.strip() else 9600}
    if kind in ("win32", "cups"):
        return {"queue": text}
    if kind == "file":
        return {"device": text}
    return {}


def target_line(kind: str, options: dict) -> str:
    """The inverse of parse_target, to edit a saved printer."""
    return {
        "network": f"{options.get('host', '')}:{options.get('port', 9100)}",
        "usb": f"{options.get('vendor', '')}:{options.get('product', '')}",
        "serial": f"{options.get('device', '')}@{options.get('baudrate', 9600)}",
        "win32": options.get("queue", ""), "cups": options.get("queue", ""), "file": options.get("device", ""),
    }.get(kind, "")


class PrintersPage(ListPage):
    stretch = 2

    def __init__(self, desk, session, parent=None):
        super().__init__(desk, session, parent)
        self.runner = Background(desk, self)
        self.save_button = QPushButton(self.tr("Lưu máy in"))
        self.remove_button = QPushButton(self.tr("Xóa máy in đang chọn"))
        self.test_button = QPushButton(self.tr("In trang thử"))
        intro = QLabel(self.tr("Khi chưa khai báo máy in, phiếu được lưu thành ảnh PNG trong thư mục dữ liệu "
                               "(máy in xem trước)."))
        self.stack(intro, self.view, self._form(),
                   button_row(self.save_button, self.remove_button, self.test_button), self.error, self.status)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove_selected)
        self.test_button.clicked.connect(self.test_selected)
        self.view.clicked.connect(lambda _index: self._fill_from_selection())
        self.load()

    def _form(self) -> QFormLayout:
        self.name = QLineEdit()
        self.kind = QComboBox()
        for key, label in KINDS.items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(list(KINDS).index("network"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("192.168.1.50:9100 · 0x0416:0x5011 · COM3@9600 · tên hàng đợi"))
        self.width = QComboBox()
        for dots, label in WIDTHS.items():
            self.width.addItem(label, dots)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Ảnh (mọi máy in)"), "raster")
        self.mode.addItem(self.tr("Chữ (máy in hỗ trợ tiếng Việt)"), "text")
        # A model that cannot answer the status request (DLE EOT): its jobs are recorded as sent, on
        # purpose. Network printers only: the others are never asked (as `printer add --no-confirm`).
        self.no_confirm = QCheckBox(self.tr("Máy in không hỗ trợ xác nhận"))
        self.no_confirm.setToolTip(self.tr("Máy in không trả lời khi được hỏi đã nhận phiếu chưa: phiếu được ghi là "
                                           "đã gửi, không kiểm tra được đã ra giấy."))
        self.kind.currentIndexChanged.connect(lambda _i: self.no_confirm.setEnabled(self.kind.currentData() == "network"))
        self.kind.currentIndexChanged.connect(lambda _i: self.offer_targets())
        self.is_default = QCheckBox(self.tr("Dùng làm máy in mặc định"))
        form = QFormLayout()
        form.addRow(self.tr("Tên máy in"), self.name)
        form.addRow(self.tr("Loại"), self.kind)
        form.addRow(self.tr("Kết nối"), self.target)
        form.addRow(self.tr("Khổ giấy"), self.width)
        form.addRow(self.tr("Cách in"), self.mode)
        form.addRow("", self.no_confirm)
        form.addRow("", self.is_default)
        return form

    def offer_targets(self) -> None:
        """This PC's COM ports for a serial printer, its installed printers for a queue."""
        kind = self.kind.currentData()
        if kind == "serial":
            ports = local_ports.serial_ports()
            offer(self.target, [p.device for p in ports], [p.label() for p in ports])
        elif kind in ("win32", "cups"):
            offer(self.target, local_ports.printer_queues("win32" if kind == "win32" else "linux"))
        else:
            withdraw(self.target)

    def columns(self) -> list:
        return [(self.tr("Tên"), lambda p: p["name"]), (self.tr("Loại"), lambda p: KINDS[p["kind"]]),
                (self.tr("Kết nối"), lambda p: p["target"]), (self.tr("Khổ giấy"), lambda p: WIDTHS[p["width"]]),
                (self.tr("Mặc định"), lambda p: "✓" if p["default"] else "")]

    def rows(self) -> list:
        default = self.desk.settings.default_printer
        return [{"name": p.name, "kind": p.kind, "target": p.target_text(), "width": p.width,
                 "mode": p.mode, "options": p.options, "default": p.name == default}
                for p in self.desk.printing.printers()]

    def _fill_from_selection(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        self.name.setText(row["name"])
        self.kind.setCurrentIndex(self.kind.findData(row["kind"]))
        self.target.setText(target_line(row["kind"], row["options"]))
        self.width.setCurrentIndex(self.width.findData(row["width"]))
        self.mode.setCurrentIndex(self.mode.findData(row["mode"]))
        self.no_confirm.setChecked(row["options"].get("confirm", True) is False)
        self.is_default.setChecked(row["default"])

    def save(self) -> bool:
        kind = self.kind.currentData()
        try:
            options = parse_target(kind, self.target.text())
            if kind == "network" and self.no_confirm.isChecked():
                options["confirm"] = False  # "không hỗ trợ xác nhận": a setting, not a silent success
            config = PrinterConfig(self.name.text(), kind, options, self.width.currentData(), "",
                                   self.mode.currentData())
            make_default = self.is_default.isChecked() or not self.desk.settings.default_printer
            config = self.desk.printing.save_printer(config, self.session.officer_id, make_default)
        except ValueError as exc:  # a bad port number included
            return self.fail(str(exc) if "invalid literal" not in str(exc)
                             else self.tr("Cổng / tốc độ phải là số, ví dụ 192.168.1.50:9100 hoặc COM3@9600."))
        return self.done(arg(self.tr("Đã lưu máy in %1."), config.name))

    def remove_selected(self) -> bool:
        row = self.selected(self.tr("Chọn một máy in trong danh sách trước."))
        if row is None:
            return False
        self.desk.printing.remove_printer(row["name"], self.session.officer_id)
        return self.done(arg(self.tr("Đã xóa máy in %1."), row["name"]))

    def test_selected(self) -> None:
        """A test page off the UI thread: a printer that is off must not freeze the desk."""
        row = selected_row(self.view)
        name = row["name"] if row else None
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Đang in trang thử…"))
        officer = self.session.officer_id
        self.runner.run(lambda desk, _report: desk.printing.print_test_page(name, officer), self._test_done)

    def _test_done(self, result, error) -> None:
        self.test_button.setEnabled(True)
        if error is not None or not result.ok:
            show_error(self.error, str(error) if error is not None else result.message)
            self.status.setText("")
            return
        show_error(self.error, "")
        self.status.setText(arg(self.tr("Đã in trang thử trên %1."), result.printer))
