"""`desk-app calendar …`: working days, days off and due times."""

from __future__ import annotations

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_day, parse_when
from desk_app.core.calendar_service import KINDS as DAY_KINDS
from desk_app.core.text import vn_datetime


def register(commands) -> None:
    calendar = commands.add_parser("calendar", help="ngày làm việc, ngày nghỉ và thời hạn").add_subparsers(
        dest="calendar_command", metavar="LỆNH", required=True)
    _add_calendar_due(calendar)
    _add_calendar_holidays(calendar)
    _add_calendar_add(calendar)
    _add_calendar_remove(calendar)
    _add_calendar_overrides(calendar)


def _add_calendar_due(calendar) -> None:
    p = calendar.add_parser("due", help="tính thời hạn trả kết quả")
    p.add_argument("--from", dest="start", required=True, help="'YYYY-MM-DD HH:MM'")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--procedure", help="mã thủ tục trong danh mục")
    group.add_argument("--days", type=float, help="số ngày làm việc")
    group.add_argument("--hours", type=float, help="số giờ làm việc")
    p.set_defaults(handler=cmd_calendar_due)


def cmd_calendar_due(args) -> int:
    start = parse_when(args.start)
    with open_desk(args) as desk:
        calendar = desk.calendar
        if args.procedure:
            proc = desk.catalog.get(args.procedure)
            if proc is None:
                raise BadInput(f"Không có thủ tục mã “{args.procedure}”.")
            days = proc.limit_value if proc.limit_unit == "days" else 0
            hours = proc.limit_value if proc.limit_unit == "hours" else 0
            due = desk.dossiers.due_for(proc, start)
        else:
            days, hours = args.days or 0, args.hours or 0
            if days < 0 or hours < 0:
                raise BadInput("Thời hạn không được âm.")
            due = calendar.due(start, days=days, hours=hours)
    emit(args, {"from": start, "days": days, "hours": hours, "due_at": due}, f"Hẹn trả: {vn_datetime(due)}")
    return 0


def _add_calendar_holidays(calendar) -> None:
    p = calendar.add_parser("holidays", help="các ngày nghỉ và ngày làm bù của một năm")
    p.add_argument("year", type=int, help="năm, ví dụ 2026")
    p.set_defaults(handler=cmd_calendar_holidays)


def cmd_calendar_holidays(args) -> int:
    with open_desk(args) as desk:
        days = desk.calendar.days_off(args.year)
    emit(args, [{"day": d, "note": n} for d, n in days], "\n".join(f"{d:%d/%m/%Y} ({d:%a})  {n}" for d, n in days))
    return 0


def _add_calendar_add(calendar) -> None:
    p = calendar.add_parser("add", help="thêm ngày nghỉ (off) hoặc ngày làm bù (work)")
    p.add_argument("day", help="ngày YYYY-MM-DD")
    p.add_argument("--kind", choices=["off", "work"], required=True, help="off: ngày nghỉ; work: ngày làm bù")
    p.add_argument("--note", default="", help="ghi chú, ví dụ “Nghỉ bù Tết Dương lịch”")
    p.set_defaults(handler=cmd_calendar_add)


def cmd_calendar_add(args) -> int:
    day = parse_day(args.day)
    with open_desk(args) as desk:
        desk.holidays.set(day, args.kind, args.note, acting_officer(desk, args))
    emit(args, {"day": day, "kind": args.kind}, f"Đã khai báo {day:%d/%m/%Y}: {DAY_KINDS[args.kind]}.")
    return 0


def _add_calendar_remove(calendar) -> None:
    p = calendar.add_parser("remove", help="bỏ một ngày đã khai báo")
    p.add_argument("day", help="ngày YYYY-MM-DD")
    p.set_defaults(handler=cmd_calendar_remove)


def cmd_calendar_remove(args) -> int:
    day = parse_day(args.day)
    with open_desk(args) as desk:
        removed = desk.holidays.remove(day, acting_officer(desk, args))
    if not removed:
        raise BadInput(f"Ngày {day:%d/%m/%Y} chưa được khai báo.")
    emit(args, {"day": day, "removed": True}, f"Đã bỏ khai báo ngày {day:%d/%m/%Y}.")
    return 0


def _add_calendar_overrides(calendar) -> None:
    p = calendar.add_parser("overrides", help="các ngày đơn vị đã khai báo")
    p.set_defaults(handler=cmd_calendar_overrides)


def cmd_calendar_overrides(args) -> int:
    with open_desk(args) as desk:
        rows = desk.holidays.list()
    emit(args, rows, "\n".join(f"{r['day']}  {DAY_KINDS[r['kind']]}  {r['note']}" for r in rows)
         or "Chưa khai báo ngày nào.")
    return 0
