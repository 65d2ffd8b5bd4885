"""setup, demo, backup, register, find, show, status, cccd, calendar, catalog, officer."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_day, read_json_input
from desk_app.core import cccd, lifecycle
from desk_app.core.calendar_service import KINDS as DAY_KINDS
from desk_app.core.registration import dossier_input_from_dict, parse_received_at
from desk_app.core.text import vn_datetime, vn_money


def register(commands) -> None:
    p = commands.add_parser("setup", help="cài đặt đơn vị lần đầu / sửa thông tin đơn vị")
    p.add_argument("--unit-code")
    p.add_argument("--unit-name")
    p.add_argument("--address")
    p.add_argument("--hotline")
    p.add_argument("--upper-name", help="tên cấp trên nhận tệp đồng bộ (Công an huyện/tỉnh)")
    p.add_argument("--upper-code")
    p.add_argument("--survey-url", help="đường dẫn khảo sát mức độ hài lòng")
    p.add_argument("--commander", help="họ tên chỉ huy (tạo lần đầu)")
    p.add_argument("--commander-pin", default="0000")
    p.add_argument("--code-pattern", help="mẫu mã hồ sơ, mặc định {unit_code}-{yymmdd}-{seq:04}")
    p.add_argument("--working-hours", help="giờ làm việc, ví dụ '07:30-11:30, 13:30-17:00'")
    p.add_argument("--district-key", help="khóa công khai của cấp trên (nhận tệp đồng bộ)")
    p.set_defaults(handler=cmd_setup)

    p = commands.add_parser("demo", help="tạo dữ liệu mẫu tiếng Việt")
    p.add_argument("--dossiers", type=int, default=120)
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu ngay (vào thư mục backups hoặc --to)")
    p.add_argument("--to", help="thư mục nhận bản sao lưu, ví dụ ổ đĩa ngoài")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser("register", help="tiếp nhận một hồ sơ (JSON từ stdin hoặc --file)")
    p.add_argument("--file")
    p.set_defaults(handler=cmd_register)

    p = commands.add_parser("find", help="tìm hồ sơ theo mã, số định danh, điện thoại hoặc họ tên")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_find)

    p = commands.add_parser("show", help="xem một hồ sơ với giấy tờ và lịch sử")
    p.add_argument("code")
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("status", help="chuyển trạng thái hồ sơ")
    p.add_argument("code")
    p.add_argument("--to", required=True, metavar="STATE",
                   help="in_progress, needs_supplement, result_ready, returned, refused, stopped, extended")
    p.add_argument("--reason", default="")
    p.add_argument("--due", help="hạn mới khi gia hạn (YYYY-MM-DD HH:MM)")
    p.add_argument("--missing", action="append", default=[], help="giấy tờ cần bổ sung (lặp lại được)")
    p.add_argument("--collected-by", default="", help="người nhận kết quả")
    p.set_defaults(handler=cmd_status)

    p = commands.add_parser("cccd", help="đọc chuỗi quét từ mã QR thẻ căn cước (đối số hoặc stdin)")
    p.add_argument("payload", nargs="?")
    p.set_defaults(handler=cmd_cccd)

    cal = commands.add_parser("calendar", help="ngày làm việc, ngày nghỉ và thời hạn").add_subparsers(
        dest="calendar_command", metavar="LỆNH", required=True)
    p = cal.add_parser("due", help="tính thời hạn trả kết quả")
    p.add_argument("--from", dest="start", required=True, help="'YYYY-MM-DD HH:MM'")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--procedure")
    group.add_argument("--days", type=float)
    group.add_argument("--hours", type=float)
    p.set_defaults(handler=cmd_calendar_due)
    p = cal.add_parser("holidays", help="các ngày nghỉ và ngày làm bù của một năm")
    p.add_argument("year", type=int)
    p.set_defaults(handler=cmd_calendar_holidays)
    p = cal.add_parser("add", help="thêm ngày nghỉ (off) hoặc ngày làm bù (work)")
    p.add_argument("day")
    p.add_argument("--kind", choices=["off", "work"], required=True)
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_calendar_add)
    p = cal.add_parser("remove", help="bỏ một ngày đã khai báo")
    p.add_argument("day")
    p.set_defaults(handler=cmd_calendar_remove)
    p = cal.add_parser("overrides", help="các ngày đơn vị đã khai báo")
    p.set_defaults(handler=cmd_calendar_overrides)

    cat = commands.add_parser("catalog", help="danh mục thủ tục").add_subparsers(
        dest="catalog_command", metavar="LỆNH", required=True)
    p = cat.add_parser("list")
    p.set_defaults(handler=cmd_catalog_list)
    p = cat.add_parser("export")
    p.add_argument("--out", help="tệp JSON (mặc định: in ra màn hình)")
    p.set_defaults(handler=cmd_catalog_export)
    p = cat.add_parser("import")
    p.add_argument("file")
    p.set_defaults(handler=cmd_catalog_import)

    off = commands.add_parser("officer", help="cán bộ của đơn vị").add_subparsers(
        dest="officer_command", metavar="LỆNH", required=True)
    p = off.add_parser("list")
    p.set_defaults(handler=cmd_officer_list)
    p = off.add_parser("add")
    p.add_argument("full_name")
    p.add_argument("--role", choices=["commander", "officer"], default="officer")
    p.add_argument("--pin", required=True)
    p.set_defaults(handler=cmd_officer_add)


# -- setup and demo ----------------------------------------------------------------------

def cmd_setup(args) -> int:
    values = {
        "code": args.unit_code, "name": args.unit_name, "address": args.address, "hotline": args.hotline,
        "upper_name": args.upper_name, "upper_code": args.upper_code, "survey_url": args.survey_url,
    }
    with open_desk(args) as desk:
        try:
            result = desk.first_run(values, args.commander or "", args.commander_pin)
            settings = desk.settings
            if args.code_pattern:
                settings.code_pattern = args.code_pattern
            if args.working_hours:
                settings.working_hours = args.working_hours
            if args.district_key:
                from desk_app.sync.keys import parse_public  # KeyFormatError is a ValueError: exit 2

                settings.district_public_key = parse_public(args.district_key, "Khóa cấp trên").text()
            desk.save_settings(settings)
            desk.sync.unit_public_key()  # the unit's key pair is made at setup (or on first export)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        unit = result.unit
        emit(args, {"unit": unit, "commander": result.commander and result.commander["full_name"],
                    "catalog": result.catalog, "data_dir": str(desk.data_dir)},
             f"Đã lưu đơn vị {unit['code']} – {unit['name']}.\n"
             f"Danh mục thủ tục: thêm {result.catalog['added']}, cập nhật {result.catalog['updated']}.\n"
             f"Thư mục dữ liệu: {desk.data_dir}")
    return 0


def cmd_demo(args) -> int:
    from desk_app.core.demo import make_demo

    if args.dossiers < 0 or args.days < 1:
        raise BadInput("--dossiers phải ≥ 0 và --days phải ≥ 1.")
    with open_desk(args) as desk:
        summary = make_demo(desk, args.dossiers, args.days, seed=args.seed)
    emit(args, summary, f"Đã tạo {summary['dossiers']} hồ sơ mẫu trong {args.days} ngày "
                        f"({', '.join(f'{lifecycle.STATUS_LABELS[k]}: {v}' for k, v in summary['by_status'].items())}).")
    return 0


def cmd_backup(args) -> int:
    with open_desk(args) as desk:
        target = desk.back_up(Path(args.to) if args.to else None)
        daily = desk.daily_backups()
    size = target.stat().st_size
    emit(args, {"backup": str(target), "bytes": size, "daily": [str(p) for p in daily]},
         f"Đã sao lưu vào {target} ({size:,} byte). "
         f"Bản sao lưu hằng ngày: {len(daily)} (mới nhất: {daily[0].name if daily else 'chưa có'}).")
    return 0


# -- dossiers ----------------------------------------------------------------------------

def cmd_register(args) -> int:
    data = dossier_input_from_dict(read_json_input(args.file))
    with open_desk(args) as desk:
        result = desk.dossiers.register(data, acting_officer(desk, args))
    emit(args, {"code": result.code, "due_at": result.due_at, "received_at": result.received_at,
                "fee": result.fee, "citizen_reused": result.citizen_reused,
                "queue_number": result.dossier.get("queue_number", "")},
         f"Đã tiếp nhận hồ sơ {result.code}\nHẹn trả kết quả: {vn_datetime(result.due_at)}\n"
         f"Lệ phí: {vn_money(result.fee)}")
    return 0


def _row_line(row: dict) -> str:
    status = lifecycle.STATUS_LABELS.get(row["status"], row["status"])
    return (f"{row['code']}  {row['full_name']}  {row['id_number'] or '':12}  {row['procedure_name']}  "
            f"[{status}]  hẹn {row['due_at'][:16]}")


def cmd_find(args) -> int:
    with open_desk(args) as desk:
        rows = desk.dossiers.find(args.query, limit=args.limit)
    text = "\n".join(_row_line(r) for r in rows) if rows else f"Không tìm thấy hồ sơ nào với “{args.query}”."
    emit(args, rows, text)
    return 0


def cmd_show(args) -> int:
    with open_desk(args) as desk:
        row = desk.dossiers.get(args.code)
    lines = [_row_line(row), "Giấy tờ:"]
    lines += [f"  {d['position']}. {d['name']} ({d['kind']}){'' if d['received'] else ' – CHƯA NỘP'}"
              for d in row["documents"]]
    lines.append("Lịch sử:")
    lines += [f"  {e['at']}  {e['action']} → {e['to_status']}  {e['officer_name'] or ''}  {e['reason']}"
              for e in row["events"]]
    emit(args, row, "\n".join(lines))
    return 0


def _parse_when(text: str) -> datetime:
    try:
        return parse_received_at(text)
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def cmd_status(args) -> int:
    details = {}
    if args.missing:
        details["missing"] = args.missing
    if args.collected_by:
        details["collected_by"] = args.collected_by
    new_due = _parse_when(args.due) if args.due else None
    with open_desk(args) as desk:
        row = desk.dossiers.move_to(args.code, args.to, acting_officer(desk, args), args.reason, new_due, details)
    emit(args, {k: row[k] for k in ("code", "status", "due_at", "original_due_at", "timeliness")},
         f"Hồ sơ {row['code']}: {lifecycle.STATUS_LABELS[row['status']]} (hẹn {row['due_at'][:16]})")
    return 0


# -- ID card, calendar ---------------------------------------------------------------------

def cmd_cccd(args) -> int:
    import sys

    payload = args.payload if args.payload is not None else sys.stdin.read()
    card = cccd.parse_qr(payload)
    info = cccd.check_id_number(card.id_number)
    emit(args, card.as_dict(),
         f"Số định danh: {card.id_number} (nơi đăng ký khai sinh: {info.province})\n"
         f"CMND cũ: {card.old_id_number or '(không có)'}\nHọ và tên: {card.full_name}\n"
         f"Ngày sinh: {card.birth_date}\nGiới tính: {card.sex}\nNơi thường trú: {card.address}\n"
         f"Ngày cấp: {card.issued_on or '(không có)'}")
    return 0


def cmd_calendar_due(args) -> int:
    start = _parse_when(args.start)
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


def cmd_calendar_holidays(args) -> int:
    with open_desk(args) as desk:
        days = desk.calendar.days_off(args.year)
    emit(args, [{"day": d, "note": n} for d, n in days], "\n".join(f"{d:%d/%m/%Y} ({d:%a})  {n}" for d, n in days))
    return 0


def cmd_calendar_add(args) -> int:
    day = parse_day(args.day)
    with open_desk(args) as desk:
        desk.holidays.set(day, args.kind, args.note, acting_officer(desk, args))
    emit(args, {"day": day, "kind": args.kind}, f"Đã khai báo {day:%d/%m/%Y}: {DAY_KINDS[args.kind]}.")
    return 0


def cmd_calendar_remove(args) -> int:
    day = parse_day(args.day)
    with open_desk(args) as desk:
        removed = desk.holidays.remove(day, acting_officer(desk, args))
    if not removed:
        raise BadInput(f"Ngày {day:%d/%m/%Y} chưa được khai báo.")
    emit(args, {"day": day, "removed": True}, f"Đã bỏ khai báo ngày {day:%d/%m/%Y}.")
    return 0


def cmd_calendar_overrides(args) -> int:
    with open_desk(args) as desk:
        rows = desk.holidays.list()
    emit(args, rows, "\n".join(f"{r['day']}  {DAY_KINDS[r['kind']]}  {r['note']}" for r in rows)
         or "Chưa khai báo ngày nào.")
    return 0


# -- catalog, officers ---------------------------------------------------------------------

def cmd_catalog_list(args) -> int:
    with open_desk(args) as desk:
        procs = desk.catalog.list_procedures()
    emit(args, [asdict(p) for p in procs],
         "\n".join(f"{p.code:10} {p.name} – {p.limit_text()} – {vn_money(p.fee_in_person)}" for p in procs))
    return 0


def cmd_catalog_export(args) -> int:
    with open_desk(args) as desk:
        text = desk.catalog.export_text()
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
        print(f"Đã xuất danh mục ra {args.out}")
    else:
        print(text)
    return 0


def cmd_catalog_import(args) -> int:
    try:
        text = open(args.file, encoding="utf-8").read()
    except FileNotFoundError:
        raise BadInput(f"Không tìm thấy tệp “{args.file}”.") from None
    except UnicodeDecodeError:
        raise BadInput("Tệp danh mục phải là văn bản UTF-8.") from None
    with open_desk(args) as desk:
        counts = desk.catalog.import_text(text, acting_officer(desk, args))
    emit(args, counts, f"Đã nhập danh mục: thêm {counts['added']}, cập nhật {counts['updated']}, "
                       f"giữ nguyên {counts['unchanged']}.")
    return 0


def cmd_officer_list(args) -> int:
    with open_desk(args) as desk:
        rows = desk.officers.list()
    emit(args, [{k: r[k] for k in ("id", "full_name", "role")} for r in rows],
         "\n".join(f"{r['full_name']} ({r['role']})" for r in rows) or "Chưa có cán bộ nào.")
    return 0


def cmd_officer_add(args) -> int:
    with open_desk(args) as desk:
        try:
            officer = desk.officers.add(args.full_name, args.role, args.pin, acting_officer(desk, args))
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    emit(args, {"id": officer["id"], "full_name": officer["full_name"]}, f"Đã thêm cán bộ {officer['full_name']}.")
    return 0
