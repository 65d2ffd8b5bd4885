"""`desk-app stats` (the period's Biểu 06), and the lists officers take to a spreadsheet:
`export-list`, `export-register`."""

from __future__ import annotations

from desk_app.cli.common import BadInput, emit, open_desk, parse_day
from desk_app.cli.period_report import add_period_options, as_text, counted, output_path_checked, period, write_forms


def register(commands) -> None:
    _add_stats(commands)
    _add_export_list(commands)
    _add_export_register(commands)


def _add_stats(commands) -> None:
    p = commands.add_parser("stats", help="thống kê kết quả giải quyết hồ sơ theo kỳ (Biểu 06/VPCP/KSTT)")
    add_period_options(p, ("procedure", "field", "officer"))
    p.set_defaults(handler=cmd_stats)


def cmd_stats(args) -> int:
    period(args)  # a bad day is said before the desk is opened
    with open_desk(args) as desk:
        unit = desk.require_unit()
        report, form = counted(desk.stats, args, args.by)
        lines = write_forms(args, form, unit, desk.now().date())
    emit(args, report.as_dict(), "\n".join([as_text(report, f"THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ – {unit['name']}"),
                                            *([""] + lines if lines else [])]))
    return 0


def _add_export_list(commands) -> None:
    p = commands.add_parser("export-list", help="xuất danh sách hồ sơ (theo bộ lọc) ra tệp Excel")
    p.add_argument("--out", required=True, help="tệp .xlsx ghi ra")
    p.add_argument("--view", default="all", help="all, today, open, due_today, overdue (mặc định: all)")
    p.add_argument("--status", help="chỉ hồ sơ ở trạng thái này")
    p.add_argument("--procedure", help="chỉ thủ tục có mã này")
    p.add_argument("--from", dest="first", help="nhận từ ngày YYYY-MM-DD")
    p.add_argument("--to", dest="last", help="nhận đến ngày YYYY-MM-DD")
    p.set_defaults(handler=cmd_export_list)


def cmd_export_list(args) -> int:
    from desk_app.core.queue import VIEWS, QueueFilter

    if args.view not in VIEWS:
        raise BadInput(f"Bộ lọc “{args.view}” không có; chọn một trong: {', '.join(VIEWS)}.")
    flt = QueueFilter(view=args.view, status=args.status, procedure_code=args.procedure,
                      received_from=parse_day(args.first) if args.first else None,
                      received_to=parse_day(args.last) if args.last else None)
    with open_desk(args) as desk:
        try:
            with output_path_checked():
                path, count = desk.printing.export_list(flt, args.out)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    emit(args, {"rows": count, "path": str(path)}, f"Đã xuất {count} hồ sơ ra tệp Excel: {path}")
    return 0


def _add_export_register(commands) -> None:
    p = commands.add_parser("export-register", help="xuất sổ theo dõi hồ sơ của một kỳ ra tệp Excel")
    p.add_argument("--from", dest="first", required=True, help="ngày đầu YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, help="ngày cuối YYYY-MM-DD")
    p.add_argument("--out", required=True, help="tệp .xlsx ghi ra")
    p.set_defaults(handler=cmd_export_register)


def cmd_export_register(args) -> int:
    first, last = period(args)
    with open_desk(args) as desk:
        try:
            with output_path_checked():
                path, count = desk.printing.export_register(first, last, args.out)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    emit(args, {"rows": count, "path": str(path)}, f"Đã xuất sổ theo dõi ({count} hồ sơ) ra tệp Excel: {path}")
    return 0
