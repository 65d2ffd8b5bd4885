"""`desk-app printer list|add|remove|test`: the printers of this PC."""

from __future__ import annotations

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk
from desk_app.cli.thermal_commands import report_result
from desk_app.printing import local_ports
from desk_app.printing.printers import KINDS, PrinterConfig


def register(commands) -> None:
    printer = commands.add_parser("printer", help="máy in của máy tính này").add_subparsers(
        dest="printer_command", metavar="LỆNH", required=True)
    _add_printer_list(printer)
    _add_printer_add(printer)
    _add_printer_remove(printer)
    _add_printer_test(printer)
    _add_printer_ports(printer)


def _add_printer_list(printer) -> None:
    p = printer.add_parser("list", help="các máy in đã khai báo")
    p.set_defaults(handler=cmd_printer_list)


def cmd_printer_list(args) -> int:
    with open_desk(args) as desk:
        printers = desk.printing.printers()
        default = desk.settings.default_printer
    rows = [p.as_dict() | {"default": p.name == default} for p in printers]
    lines = [f"{'*' if r['default'] else ' '} {r['name']:<16} {r['kind']:<8} {r['target_text']:<28} "
             f"{r['width']} điểm  {r['mode']}  {r['profile']}" for r in rows]
    text = "\n".join(lines) if lines else "Chưa khai báo máy in: phiếu được ghi thành ảnh xem trước trong thư mục dữ liệu."
    emit(args, rows, text)
    return 0


def _add_printer_add(printer) -> None:
    p = printer.add_parser("add", help="khai báo (hoặc sửa) một máy in")
    p.add_argument("name", metavar="TÊN", help="tên máy in, ví dụ “Quầy 1”")
    p.add_argument("--kind", choices=tuple(KINDS), required=True,
                   help="; ".join(f"{k}: {v}" for k, v in KINDS.items()))
    p.add_argument("--host", help="địa chỉ IP máy in mạng")
    p.add_argument("--port", type=int, default=9100, help="cổng máy in mạng (mặc định 9100)")
    p.add_argument("--vendor", help="USB vendor id (hex, ví dụ 0416)")
    p.add_argument("--product", help="USB product id (hex)")
    p.add_argument("--device", help="cổng nối tiếp hoặc tệp thiết bị")
    p.add_argument("--baudrate", type=int, default=9600, help="tốc độ cổng nối tiếp (mặc định 9600)")
    p.add_argument("--queue", help="tên hàng đợi máy in (Windows hoặc CUPS)")
    p.add_argument("--width", type=int, choices=(384, 576), default=576, help="384 (58 mm) hoặc 576 (80 mm)")
    p.add_argument("--profile", default="", help="hồ sơ máy in của python-escpos (mặc định theo khổ giấy)")
    p.add_argument("--mode", choices=("raster", "text"), default="raster",
                   help="raster: in ảnh (mặc định, đúng dấu trên mọi máy); text: chỉ cho máy in hỗ trợ tiếng Việt")
    p.add_argument("--no-confirm", action="store_true",
                   help="máy in mạng không hỗ trợ xác nhận (không trả lời lệnh trạng thái DLE EOT): "
                        "phiếu được ghi là đã gửi, không kiểm tra được đã nhận")
    p.add_argument("--default", action="store_true", help="đặt làm máy in mặc định")
    p.set_defaults(handler=cmd_printer_add)


def cmd_printer_add(args) -> int:
    from desk_app.printing.printers import OPTION_KEYS

    options = {key: getattr(args, key) for key in OPTION_KEYS[args.kind] if getattr(args, key) not in (None, "")}
    if args.no_confirm and args.kind == "network":
        options["confirm"] = False  # "không hỗ trợ xác nhận": a setting, not a silent success
    config = PrinterConfig(args.name, args.kind, options, args.width, args.profile, args.mode)
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)
        try:
            config = desk.printing.save_printer(config, officer, make_default=args.default)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    emit(args, config.as_dict(), f"Đã lưu máy in “{config.name}” ({config.target_text()})"
         + (", máy in mặc định." if args.default else "."))
    return 0


def _add_printer_remove(printer) -> None:
    p = printer.add_parser("remove", help="bỏ một máy in")
    p.add_argument("name", metavar="TÊN", help="tên máy in")
    p.set_defaults(handler=cmd_printer_remove)


def cmd_printer_remove(args) -> int:
    with open_desk(args) as desk:
        if not desk.printing.remove_printer(args.name, acting_officer(desk, args)):
            raise BadInput(f"Không có máy in “{args.name}”.")
    emit(args, {"removed": args.name}, f"Đã bỏ máy in “{args.name}”.")
    return 0


def _add_printer_test(printer) -> None:
    p = printer.add_parser("test", help="in trang thử")
    p.add_argument("name", metavar="TÊN", nargs="?", help="tên máy in (mặc định: máy in mặc định)")
    p.add_argument("--timeout", type=float, default=15.0, help="giây chờ máy in (mặc định 15)")
    p.set_defaults(handler=cmd_printer_test)


def cmd_printer_test(args) -> int:
    with open_desk(args) as desk:
        result = desk.printing.print_test_page(args.name, acting_officer(desk, args), args.timeout)
    return report_result(args, result)


def _add_printer_ports(printer) -> None:
    p = printer.add_parser("ports", help="cổng nối tiếp (COM) và máy in đã cài trong hệ thống của máy này")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(handler=cmd_printer_ports)


def cmd_printer_ports(args) -> int:
    ports, queues = local_ports.serial_ports(), local_ports.printer_queues()
    lines = ["Cổng nối tiếp (máy in, máy quét, bàn phím đánh giá, modem GSM):"]
    lines += [f"  {p.label()}" for p in ports] or ["  (không có)"]
    lines.append("Máy in đã cài trong hệ thống (loại “Hàng đợi máy in Windows” hoặc “Hàng đợi CUPS”):")
    lines += [f"  {q}" for q in queues] or ["  (không có)"]
    emit(args, {"serial_ports": [{"device": p.device, "description": p.description} for p in ports],
                "printer_queues": queues}, "\n".join(lines))
    return 0
