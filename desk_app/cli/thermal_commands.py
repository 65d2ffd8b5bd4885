"""Thermal slips on the command line: `print slip|visit|jobs|retry`. (`print sheet` lives
with the PDF commands and calls the thermal service for --printer/--png; the printers
themselves are `printer …`, printer_commands.py.)"""

from __future__ import annotations

from pathlib import Path

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk
from desk_app.core.text import vn_size
from desk_app.printing.printer_error import PrinterError

SLIP_KINDS = ("receipt", "supplement", "refusal", "extension", "returned", "stopped")


def register_print(printing) -> None:
    _add_slip(printing)
    _add_visit(printing)
    _add_jobs(printing)
    _add_retry(printing)


def _add_slip(printing) -> None:
    p = printing.add_parser("slip", help="in phiếu khổ giấy in nhiệt của một hồ sơ")
    p.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    p.add_argument("--kind", choices=SLIP_KINDS, default="receipt",
                   help="receipt: tiếp nhận, hẹn trả (mặc định); supplement: bổ sung; refusal: từ chối; "
                        "extension: xin lỗi, hẹn lại; returned: đã trả kết quả; stopped: dừng giải quyết")
    _targets(p)
    p.set_defaults(handler=cmd_slip, job_kind=None)


def _add_visit(printing) -> None:
    p = printing.add_parser("visit", help="in phiếu tiếp công dân của một lượt tiếp")
    p.add_argument("visit_id", metavar="MÃ_LƯỢT_TIẾP", help="mã lượt tiếp công dân")
    _targets(p)
    p.set_defaults(handler=cmd_slip, job_kind="visit")


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
    return report_result(args, result)


def _add_jobs(printing) -> None:
    p = printing.add_parser("jobs", help="các lệnh in gần đây (lỗi in để in lại)")
    p.add_argument("--failed", action="store_true", help="chỉ các lệnh in bị lỗi hoặc đã gửi mà máy in chưa xác nhận")
    p.add_argument("--limit", type=int, default=20, help="tối đa bao nhiêu lệnh (mặc định 20)")
    p.set_defaults(handler=cmd_jobs)


def cmd_jobs(args) -> int:
    from desk_app.printing import jobs
    from desk_app.printing.slips import JOB_KINDS

    with open_desk(args) as desk:
        rows = desk.printing.list_jobs(jobs.NEEDS_ACTION if args.failed else None, args.limit)
    lines = [f"{r['created_at']}  {jobs.STATUS_LABELS[r['status']]:<7}  {JOB_KINDS.get(r['kind'], r['kind'])}  {r['subject']:<20} "
             f"{r['printer_name']}  {r['id']}" + (f"\n    {r['error']}" if r["error"] else "") for r in rows]
    emit(args, rows, "\n".join(lines) or "Chưa có lệnh in nào.")
    return 0


def _add_retry(printing) -> None:
    p = printing.add_parser("retry", help="in lại một lệnh in (trên máy in cũ hoặc máy khác)")
    p.add_argument("job_id", metavar="MÃ_LỆNH_IN", help="mã lệnh in (xem print jobs)")
    p.add_argument("--printer", metavar="TÊN", help="gửi sang máy in khác")
    p.add_argument("--timeout", type=float, default=15.0, help="giây chờ máy in (mặc định 15)")
    p.set_defaults(handler=cmd_retry)


def cmd_retry(args) -> int:
    with open_desk(args) as desk:
        result = desk.printing.retry_job(args.job_id, args.printer, acting_officer(desk, args), args.timeout)
    return report_result(args, result)


def report_result(args, result) -> int:
    from desk_app.printing import jobs

    status = "" if result.ok else f"{jobs.STATUS_LABELS[result.status]}: "  # "Lỗi in" or "Đã gửi, chưa xác nhận"
    emit(args, result.as_dict(), status + result.message + (f"\n{result.output}" if result.ok and result.output else "")
         + ("" if result.ok or not result.job_id  # not written down (a full disk): nothing to retry by id
            else f"\nMã lệnh in: {result.job_id} (in lại: desk-app print retry {result.job_id} [--printer TÊN])"))
    if not result.ok:
        raise PrinterError(status + result.message)
    return 0
