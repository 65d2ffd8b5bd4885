"""Thermal slips and printers on the command line: `print slip|visit|jobs|retry` and
`printer list|add|remove|test`. (`print sheet` lives with the PDF commands and calls the
thermal service for --printer/--png.)"""

from __future__ import annotations

from pathlib import Path

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk
from desk_app.core.text import vn_size
from desk_app.printing.printer_error import PrinterError
from desk_app.printing.printers import KINDS, PrinterConfig

SLIP_KINDS = ("receipt", "supplement", "refusal", "extension", "returned", "stopped")


def register_print(printing) -> None:
    p = printing.add_parser("slip", help="in phiếu khổ giấy in nhiệt của một hồ sơ")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("--kind", choices=SLIP_KINDS, default="receipt",
                   help="receipt: tiếp nhận, hẹn trả (mặc định); supplement: bổ sung; refusal: từ chối; "
                        "extension: xin lỗi, hẹn lại; returned: đã trả kết quả; stopped: dừng giải quyết")
    _targets(p)
    p.set_defaults(handler=cmd_slip, job_kind=None)

    p = printing.add_parser("visit", help="in phiếu tiếp công dân của một lượt tiếp")
    p.add_argument("visit_id", metavar="MÃ_LƯỢT_TIẾP", help="mã lượt tiếp công dân")
    _targets(p)
    p.set_defaults(handler=cmd_slip, job_kind="visit")

    p = printing.add_parser("jobs", help="các lệnh in gần đây (lỗi in để in lại)")
    p.add_argument("--failed", action="store_true", help="chỉ các lệnh in bị lỗi hoặc đã gửi mà máy in chưa xác nhận")
    p.add_argument("--limit", type=int, default=20, help="tối đa bao nhiêu lệnh (mặc định 20)")
    p.set_defaults(handler=cmd_jobs)

    p = printing.add_parser("retry", help="in lại một lệnh in (trên máy in cũ hoặc máy khác)")
    p.add_argument("job_id", metavar="MÃ_LỆNH_IN", help="mã lệnh in (xem print jobs)")
    p.add_argument("--printer", metavar="TÊN", help="gửi sang máy in khác")
    p.add_argument("--timeout", type=float, default=15.0, help="giây chờ máy in (mặc định 15)")
    p.set_defaults(handler=cmd_retry)


def _targets(p) -> None:
    target = p.add_mutually_exclusive_group()
    target.add_argument("--printer", metavar="TÊN", help="máy in đã khai báo (mặc định: máy in mặc định, "
                                                        "không có thì ảnh xem trước)")
    target.add_argument("--out", metavar="TỆP.bin", help="ghi lệnh ESC/POS ra tệp")
    target.add_argument("--png", metavar="TỆP.png", help="ghi ảnh phiếu (giải mã từ lệnh máy in)")
    p.add_argument("--width", type=int, choices=(384, 576), default=576,
                   help="khổ giấy cho --out/--png: 384 (58 mm) hoặc 576 (80 mm)")
    p.add_argument("--mode", choices=("raster", "text"), default="raster", help="cho --out/--png")
    p.add_argument("--timeout", type=float, default=15.0, help="giây chờ máy in (mặc định 15)")


def register_printer(commands) -> None:
    printer = commands.add_parser("printer", help="máy in của máy tính này").add_subparsers(
        dest="printer_command", metavar="LỆNH", required=True)
    p = printer.add_parser("list", help="các máy in đã khai báo")
    p.set_defaults(handler=cmd_printer_list)

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

    p = printer.add_parser("remove", help="bỏ một máy in")
    p.add_argument("name", metavar="TÊN", help="tên máy in")
    p.set_defaults(handler=cmd_printer_remove)

    p = printer.add_parser("test", help="in trang thử")
    p.add_argument("name", metavar="TÊN", nargs="?", help="tên máy in (mặc định: máy in mặc định)")
    p.add_argument("--timeout", type=float, default=15.0, help="giây chờ máy in (mặc định 15)")
    p.set_defaults(handler=cmd_printer_test)


def _report(args, result) -> int:
    from desk_app.printing import jobs

    status = "" if result.ok else f"{jobs.STATUS_LABELS[result.status]}: "  # "Lỗi in" or "Đã gửi, chưa xác nhận"
    emit(args, result.as_dict(), status + result.message + (f"\n{result.output}" if result.ok and result.output else "")
         + ("" if result.ok or not result.job_id  # not written down (a full disk): nothing to retry by id
            else f"\nMã lệnh in: {result.job_id} (in lại: desk-app print retry {result.job_id} [--printer TÊN])"))
    if not result.ok:
        raise PrinterError(status + result.message)
    return 0


def cmd_slip(args) -> int:
    from desk_app.printing.service import encode
    from desk_app.printing.slips import SlipUnavailable

    kind = args.job_kind or args.kind
    subject = args.visit_id if args.job_kind else args.code
    with open_desk(args) as desk:
        try:
            if args.out or args.png:
                if kind != "visit":
                    subject = desk.dossiers.get(subject)["code"]
                if args.png:
                    data = desk.printing.write_png(kind, subject, args.png, args.width, args.mode)
                else:
                    data = encode(desk.printing.layout_for(kind, subject), args.width, args.mode)
                    Path(args.out).write_bytes(data)
                path = args.png or args.out
                emit(args, {"path": path, "bytes": len(data)}, f"Đã ghi {path} ({vn_size(len(data))}).")
                return 0
            if kind == "visit":
                result = desk.printing.print_visit_ticket(subject, args.printer, acting_officer(desk, args), args.timeout)
            else:
                result = desk.printing.print_dossier_slip(subject, kind, args.printer, acting_officer(desk, args),
                                                          args.timeout)
        except SlipUnavailable as exc:
            raise BadInput(str(exc)) from None
    return _report(args, result)


def cmd_jobs(args) -> int:
    from desk_app.printing import jobs
    from desk_app.printing.slips import JOB_KINDS

    with open_desk(args) as desk:
        rows = desk.printing.list_jobs(jobs.NEEDS_ACTION if args.failed else None, args.limit)
    lines = [f"{r['created_at']}  {jobs.STATUS_LABELS[r['status']]:<7}  {JOB_KINDS.get(r['kind'], r['kind'])}  {r['subject']:<20} "
             f"{r['printer_name']}  {r['id']}" + (f"\n    {r['error']}" if r["error"] else "") for r in rows]
    emit(args, rows, "\n".join(lines) or "Chưa có lệnh in nào.")
    return 0


def cmd_retry(args) -> int:
    with open_desk(args) as desk:
        result = desk.printing.retry_job(args.job_id, args.printer, acting_officer(desk, args), args.timeout)
    return _report(args, result)


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


def cmd_printer_remove(args) -> int:
    with open_desk(args) as desk:
        if not desk.printing.remove_printer(args.name, acting_officer(desk, args)):
            raise BadInput(f"Không có máy in “{args.name}”.")
    emit(args, {"removed": args.name}, f"Đã bỏ máy in “{args.name}”.")
    return 0


def cmd_printer_test(args) -> int:
    with open_desk(args) as desk:
        result = desk.printing.print_test_page(args.name, acting_officer(desk, args), args.timeout)
    return _report(args, result)
