"""Statistics and the periodic report (Biểu 06), and the lists officers take to a spreadsheet."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

from desk_app.cli.common import BadInput, emit, open_desk, parse_day
from desk_app.core.stats import COLUMNS, SATISFACTION_LABELS, Report, StatsError
from desk_app.core.text import vn_percent


def register(commands) -> None:
    p = commands.add_parser("stats", help="thống kê kết quả giải quyết hồ sơ theo kỳ (Biểu 06/VPCP/KSTT)")
    add_period_options(p, ("procedure", "field", "officer"))
    p.set_defaults(handler=cmd_stats)

    p = commands.add_parser("export-list", help="xuất danh sách hồ sơ (theo bộ lọc) ra tệp Excel")
    p.add_argument("--out", required=True, help="tệp .xlsx ghi ra")
    p.add_argument("--view", default="all", help="all, today, open, due_today, overdue (mặc định: all)")
    p.add_argument("--status", help="chỉ hồ sơ ở trạng thái này")
    p.add_argument("--procedure", help="chỉ thủ tục có mã này")
    p.add_argument("--from", dest="first", help="nhận từ ngày YYYY-MM-DD")
    p.add_argument("--to", dest="last", help="nhận đến ngày YYYY-MM-DD")
    p.set_defaults(handler=cmd_export_list)

    p = commands.add_parser("export-register", help="xuất sổ theo dõi hồ sơ của một kỳ ra tệp Excel")
    p.add_argument("--from", dest="first", required=True, help="ngày đầu YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, help="ngày cuối YYYY-MM-DD")
    p.add_argument("--out", required=True, help="tệp .xlsx ghi ra")
    p.set_defaults(handler=cmd_export_register)


def register_district(add) -> None:
    """`district stats` and `district window`, beside the district's other commands."""
    q = add("stats", "thống kê kết quả giải quyết hồ sơ của các đơn vị theo kỳ (Biểu 06)", cmd_district_stats)
    add_period_options(q, stats_groupings())
    q.add_argument("--silent-days", type=int, default=3,
                   help="báo các đơn vị không gửi tệp từ bấy nhiêu ngày làm việc (mặc định: 3)")
    add("window", "mở cửa sổ cấp trên: nhập tệp, xem đơn vị và thống kê", cmd_district_window)


def stats_groupings() -> tuple[str, ...]:
    from desk_app.core.stats import GROUPINGS

    return GROUPINGS


def add_period_options(p, groupings: tuple[str, ...]) -> None:
    p.add_argument("--from", dest="first", required=True, help="ngày đầu kỳ YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, help="ngày cuối kỳ YYYY-MM-DD")
    p.add_argument("--by", choices=groupings, help="chia dòng theo " + " / ".join(groupings))
    p.add_argument("--xlsx", help="ghi Biểu 06 ra tệp Excel (.xlsx)")
    p.add_argument("--pdf", help="ghi Biểu 06 ra tệp PDF (A4 ngang)")


def period(args) -> tuple[date, date]:
    return parse_day(args.first), parse_day(args.last)


@contextmanager
def output_path_checked():
    """A folder that does not exist (or a folder given for a file) is bad input, said plainly."""
    from desk_app.printing.pdf_common import OutputPathError

    try:
        yield
    except OutputPathError as exc:
        raise BadInput(str(exc)) from None


def write_forms(args, report: Report, unit: dict, today: date) -> list[str]:
    """The XLSX and PDF asked for; the lines that say where they went."""
    with output_path_checked():
        return _write_forms(args, report, unit, today)


def _write_forms(args, report: Report, unit: dict, today: date) -> list[str]:
    lines = []
    if args.xlsx:
        from desk_app.printing.bieu06_xlsx import write_bieu06_xlsx

        lines.append(f"Đã ghi Biểu 06 (Excel): {write_bieu06_xlsx(report, unit, args.xlsx, today)}")
    if args.pdf:
        from desk_app.printing.bieu06_pdf import write_bieu06_pdf

        lines.append(f"Đã ghi Biểu 06 (PDF): {write_bieu06_pdf(report, unit, args.pdf, today)}")
    return lines


def as_text(report: Report, title: str) -> str:
    """The human answer: the totals, one line each, then the rows if any."""
    t = report.total
    rate = t.timely_rate
    lines = [title, f"Từ ngày {report.first_day:%d/%m/%Y} đến ngày {report.last_day:%d/%m/%Y}", ""]
    lines += [f"  {label:<22} {getattr(t, key):>8}" for key, label in _LABELS]
    lines.append(f"  {'Tỷ lệ trước/đúng hạn':<22} {'—' if rate is None else vn_percent(rate * 100):>8}")
    lines.append(satisfaction_line(report.satisfaction))
    if report.rows:
        lines += ["", "  " + "  ".join(("Nhận", "Giải quyết", "Trước", "Đúng", "Quá", "Đang", "Quá hạn")) + "  Tên"]
        for r in report.rows:
            c = r.counts
            values = (c.received_total, c.resolved_total, c.resolved_early, c.resolved_on_time, c.resolved_late,
                      c.in_progress_total, c.in_progress_overdue)
            lines.append("  " + " ".join(f"{v:>5}" for v in values) + f"  {r.label}")
    return "\n".join(lines)


def satisfaction_line(counts: dict[str, int]) -> str:
    """Each level's count and its share of the rated answers ("not rated" is not in the base)."""
    from desk_app.core.ratings import Shares

    shares = Shares(counts)
    if not shares.rated:
        return "  Mức độ hài lòng: chưa có đánh giá."
    parts = [f"{SATISFACTION_LABELS[k]} {v} ({vn_percent(shares.percent(k))})" for k, v in counts.items()]
    return f"  Mức độ hài lòng ({shares.rated} lượt đánh giá): " + ", ".join(parts)


_LABELS = [("received_total", "Tổng số nhận"), ("carried_over", "  Từ kỳ trước"), ("received_online", "  Mới, trực tuyến"),
           ("received_direct", "  Mới, trực tiếp"), ("resolved_total", "Đã giải quyết"),
           ("resolved_early", "  Trước hạn"), ("resolved_on_time", "  Đúng hạn"), ("resolved_late", "  Quá hạn"),
           ("in_progress_total", "Đang giải quyết"), ("in_progress_in_time", "  Trong hạn"),
           ("in_progress_overdue", "  Quá hạn"), ("needs_supplement", "  Chờ bổ sung"), ("refused", "Từ chối"),
           ("stopped", "Dừng giải quyết"), ("returned", "Đã trả kết quả")]
assert {k for k, _ in _LABELS} <= {k for k, _ in COLUMNS}


def cmd_stats(args) -> int:
    first, last = period(args)
    with open_desk(args) as desk:
        unit = desk.require_unit()
        try:
            report = desk.stats.report(first, last, args.by)
        except StatsError as exc:
            raise BadInput(str(exc)) from None
        lines = write_forms(args, report, unit, desk.now().date())
    emit(args, report.as_dict(), "\n".join([as_text(report, f"THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ – {unit['name']}"),
                                            *([""] + lines if lines else [])]))
    return 0


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


def cmd_district_stats(args) -> int:
    from desk_app.cli.sync_commands import _open
    from desk_app.core.stats import DistrictStats, silent_units
    from desk_app.core.workdays import WorkCalendar
    from desk_app.db.store import from_text

    first, last = period(args)
    if args.silent_days < 1:
        raise BadInput("--silent-days phải ≥ 1.")
    with _open(args) as district:
        today = from_text(district.now()).date()
        try:
            report = DistrictStats(district.db, lambda: today).report(first, last, args.by or "unit")
        except StatsError as exc:
            raise BadInput(str(exc)) from None
        quiet = silent_units(district.units(), district.last_imports(), today, WorkCalendar(), args.silent_days)
        name = district.meta("name") or "Cấp trên"
        lines = write_forms(args, report, {"name": name, "upper_name": ""}, today)
    data = report.as_dict() | {"silent_units": quiet}
    text = as_text(report, f"THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ – {name}")
    if quiet:
        text += "\n\n" + "\n".join(
            f"  Đơn vị {u['code']} ({u['name']}) không gửi tệp {u['working_days']} ngày làm việc" for u in quiet)
    emit(args, data, "\n".join([text, *lines]))
    return 0


def cmd_district_window(args) -> int:
    # `desk-app district window` is opened by desk_app.__main__ (the commands never import Qt);
    # this runs only when the command is called from within Python.
    raise BadInput("Cửa sổ cấp trên mở bằng lệnh “desk-app district window --db THƯ_MỤC”.")
