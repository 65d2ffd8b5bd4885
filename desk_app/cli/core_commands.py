"""setup, demo, backup, register, find, show, status, cccd, calendar, catalog, officer."""

from __future__ import annotations

import os
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_day, read_json_input
from desk_app.core import cccd, lifecycle
from desk_app.core.amend import change_lines
from desk_app.core.calendar_service import KINDS as DAY_KINDS
from desk_app.core.catalog import DOCUMENT_KINDS
from desk_app.core.officers import ROLES
from desk_app.core.registration import dossier_input_from_dict, parse_received_at
from desk_app.core.text import vn_datetime, vn_money, vn_size


RECOVERY_ENV = "DESK_APP_RECOVERY_PASSPHRASE"


def register(commands) -> None:
    p = commands.add_parser("setup", help="cài đặt đơn vị lần đầu / sửa thông tin đơn vị")
    p.add_argument("--unit-code", help="mã đơn vị, ví dụ CAXTT (chữ, số, dấu chấm, gạch dưới)")
    p.add_argument("--unit-name", help="tên đơn vị, ví dụ “Công an xã Tân Tiến”")
    p.add_argument("--address", help="địa chỉ trụ sở (in trên phiếu hẹn)")
    p.add_argument("--hotline", help="số điện thoại đường dây nóng (in trên phiếu hẹn)")
    p.add_argument("--upper-name", help="tên cấp trên nhận tệp đồng bộ (Công an huyện/tỉnh)")
    p.add_argument("--upper-code", help="mã cấp trên nhận tệp đồng bộ")
    p.add_argument("--survey-url", help="đường dẫn khảo sát mức độ hài lòng")
    p.add_argument("--commander", help="họ tên chỉ huy (tạo lần đầu)")
    p.add_argument("--commander-pin", help="mã PIN của chỉ huy đầu tiên, 4–8 chữ số (không có: lấy DESK_APP_PIN, "
                                           "hoặc hỏi khi chạy trong cửa sổ dòng lệnh)")
    p.add_argument("--code-pattern", help="mẫu mã hồ sơ, mặc định {unit_code}-{yymmdd}-{seq:04}")
    p.add_argument("--working-hours", help="giờ làm việc, ví dụ '07:30-11:30, 13:30-17:00'")
    p.add_argument("--district-key", help="khóa công khai của cấp trên (nhận tệp đồng bộ)")
    p.set_defaults(handler=cmd_setup)

    p = commands.add_parser("demo", help="tạo dữ liệu mẫu tiếng Việt")
    p.add_argument("--dossiers", type=int, default=120, help="số hồ sơ mẫu (mặc định 120)")
    p.add_argument("--days", type=int, help="trải trên bao nhiêu ngày gần nhất (mặc định: 30; từ 5.000 hồ sơ: 365)")
    p.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên: cùng số, cùng dữ liệu")
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("backup", help="sao lưu (mã hóa) cơ sở dữ liệu ngay, vào thư mục backups hoặc --to; "
                                           "“backup verify TỆP”: kiểm tra một bản sao lưu")
    p.add_argument("what", nargs="?", choices=["verify"], help="verify: kiểm tra bản sao lưu TỆP, không thay đổi gì")
    p.add_argument("file", nargs="?", help="tệp sao lưu cần kiểm tra (.deskbak)")
    p.add_argument("--to", help="thư mục nhận bản sao lưu, ví dụ ổ đĩa ngoài")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser("restore", help="khôi phục dữ liệu từ một bản sao lưu (chỉ huy thực hiện; "
                                            "máy mới: cần cụm mật khẩu khôi phục)")
    p.add_argument("file", help="tệp sao lưu (.deskbak)")
    p.set_defaults(handler=cmd_restore)

    p = commands.add_parser("register", help="tiếp nhận một hồ sơ (JSON từ stdin hoặc --file)")
    p.add_argument("--file", help="tệp JSON của hồ sơ (mặc định: đọc từ stdin)")
    p.add_argument("--update-citizen", action="store_true",
                   help="số định danh đã có với họ tên/ngày sinh/giới tính khác: cập nhật công dân theo thông tin mới")
    p.set_defaults(handler=cmd_register)

    p = commands.add_parser("find", help="tìm hồ sơ theo mã, số định danh, điện thoại hoặc họ tên")
    p.add_argument("query", help="mã hồ sơ, số định danh, điện thoại hoặc họ tên (có dấu hay không đều được)")
    p.add_argument("--limit", type=int, default=50, help="tối đa bao nhiêu kết quả (mặc định 50)")
    p.set_defaults(handler=cmd_find)

    p = commands.add_parser("show", help="xem một hồ sơ với giấy tờ và lịch sử")
    p.add_argument("code", help="mã hồ sơ")
    p.set_defaults(handler=cmd_show)

    p = commands.add_parser("status", help="chuyển trạng thái hồ sơ")
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("--to", required=True, metavar="STATE",
                   help="in_progress, needs_supplement, result_ready, returned, refused, stopped, extended")
    p.add_argument("--reason", default="", help="lý do (bắt buộc khi yêu cầu bổ sung, từ chối, dừng, gia hạn)")
    p.add_argument("--due", help="hạn mới khi gia hạn (YYYY-MM-DD HH:MM)")
    p.add_argument("--missing", action="append", default=[], help="giấy tờ cần bổ sung (lặp lại được)")
    p.add_argument("--collected-by", default="", help="người nhận kết quả")
    p.set_defaults(handler=cmd_status)

    p = commands.add_parser("cccd", help="đọc chuỗi quét từ mã QR thẻ căn cước (đối số hoặc stdin)")
    p.add_argument("payload", nargs="?", help="chuỗi quét từ mã QR (không có: đọc từ stdin)")
    p.set_defaults(handler=cmd_cccd)

    cal = commands.add_parser("calendar", help="ngày làm việc, ngày nghỉ và thời hạn").add_subparsers(
        dest="calendar_command", metavar="LỆNH", required=True)
    p = cal.add_parser("due", help="tính thời hạn trả kết quả")
    p.add_argument("--from", dest="start", required=True, help="'YYYY-MM-DD HH:MM'")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--procedure", help="mã thủ tục trong danh mục")
    group.add_argument("--days", type=float, help="số ngày làm việc")
    group.add_argument("--hours", type=float, help="số giờ làm việc")
    p.set_defaults(handler=cmd_calendar_due)
    p = cal.add_parser("holidays", help="các ngày nghỉ và ngày làm bù của một năm")
    p.add_argument("year", type=int, help="năm, ví dụ 2026")
    p.set_defaults(handler=cmd_calendar_holidays)
    p = cal.add_parser("add", help="thêm ngày nghỉ (off) hoặc ngày làm bù (work)")
    p.add_argument("day", help="ngày YYYY-MM-DD")
    p.add_argument("--kind", choices=["off", "work"], required=True, help="off: ngày nghỉ; work: ngày làm bù")
    p.add_argument("--note", default="", help="ghi chú, ví dụ “Nghỉ bù Tết Dương lịch”")
    p.set_defaults(handler=cmd_calendar_add)
    p = cal.add_parser("remove", help="bỏ một ngày đã khai báo")
    p.add_argument("day", help="ngày YYYY-MM-DD")
    p.set_defaults(handler=cmd_calendar_remove)
    p = cal.add_parser("overrides", help="các ngày đơn vị đã khai báo")
    p.set_defaults(handler=cmd_calendar_overrides)

    cat = commands.add_parser("catalog", help="danh mục thủ tục").add_subparsers(
        dest="catalog_command", metavar="LỆNH", required=True)
    p = cat.add_parser("list", help="các thủ tục trong danh mục")
    p.set_defaults(handler=cmd_catalog_list)
    p = cat.add_parser("export", help="xuất danh mục ra JSON")
    p.add_argument("--out", help="tệp JSON (mặc định: in ra màn hình)")
    p.set_defaults(handler=cmd_catalog_export)
    p = cat.add_parser("import", help="nhập danh mục từ JSON, tất cả hoặc không gì (chỉ huy thực hiện)")
    p.add_argument("file", help="tệp JSON danh mục (như catalog export ghi ra)")
    p.set_defaults(handler=cmd_catalog_import)

    off = commands.add_parser("officer", help="cán bộ của đơn vị").add_subparsers(
        dest="officer_command", metavar="LỆNH", required=True)
    p = off.add_parser("list", help="các cán bộ đang hoạt động")
    p.set_defaults(handler=cmd_officer_list)
    p = off.add_parser("add", help="thêm cán bộ (chỉ huy thực hiện)")
    p.add_argument("full_name", help="họ tên cán bộ")
    p.add_argument("--role", choices=["commander", "officer"], default="officer",
                   help="commander: chỉ huy; officer: cán bộ tiếp nhận (mặc định)")
    p.add_argument("--pin", required=True, help="mã PIN của cán bộ mới, 4–8 chữ số, không phải dãy dễ đoán")
    p.set_defaults(handler=cmd_officer_add)
    p = off.add_parser("unlock", help="mở khóa cán bộ bị tạm khóa vì nhập sai mã PIN (chỉ huy thực hiện)")
    p.add_argument("full_name", help="họ tên cán bộ bị khóa")
    p.add_argument("--recovery", action="store_true",
                   help="chỉ huy tự mở khóa mình bằng cụm mật khẩu khôi phục của đơn vị (hỏi khi chạy, "
                        "hoặc lấy DESK_APP_RECOVERY_PASSPHRASE), không cần mã PIN")
    p.set_defaults(handler=cmd_officer_unlock)


# -- setup and demo ----------------------------------------------------------------------

def _first_commander(args) -> tuple[str, str]:
    """The first commander's name and PIN: from the options (or DESK_APP_PIN), else asked on
    a terminal; refused otherwise (there is no default PIN)."""

    from desk_app.cli.common import PIN_ENV, ask_pin, on_terminal
    from desk_app.core.officers import check_pin

    name = args.commander or ""
    if not name and on_terminal():
        name = input("Họ tên chỉ huy đơn vị: ").strip()
    if not name:
        raise BadInput("Lần cài đặt đầu cần chỉ huy đầu tiên: --commander HỌ_TÊN --commander-pin PIN.")
    pin = args.commander_pin or os.environ.get(PIN_ENV, "")
    if not pin and on_terminal():
        pin = ask_pin(f"Mã PIN của {name} (4–8 chữ số): ")
        if ask_pin("Nhập lại mã PIN: ") != pin:
            raise BadInput("Hai lần nhập mã PIN không khớp: chưa cài đặt.")
    if not pin:
        raise BadInput(f"Chưa có mã PIN cho chỉ huy {name}: thêm --commander-pin PIN (hoặc đặt {PIN_ENV}). "
                       "Chưa cài đặt.")
    try:
        return name, check_pin(pin)
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def cmd_setup(args) -> int:
    values = {
        "code": args.unit_code, "name": args.unit_name, "address": args.address, "hotline": args.hotline,
        "upper_name": args.upper_name, "upper_code": args.upper_code, "survey_url": args.survey_url,
    }
    with open_desk(args) as desk:
        if desk.officers.commanders():  # set up already: a change of the unit's details is the commander's
            by_officer, name, pin = acting_officer(desk, args), "", ""
        else:
            by_officer, (name, pin) = None, _first_commander(args)
        try:
            result = desk.first_run(values, name, pin, by_officer)
            settings = desk.settings
            if args.code_pattern:
                settings.code_pattern = args.code_pattern
            if args.working_hours:
                settings.working_hours = args.working_hours
            if args.district_key:
                from desk_app.sync.keys import parse_public  # KeyFormatError is a ValueError: exit 2

                settings.district_public_key = parse_public(args.district_key, "Khóa cấp trên").text()
            desk.save_settings(settings, result.commander["id"])
            desk.sync.unit_public_key()  # the unit's key pair is made at setup (or on first export)
            if os.environ.get(RECOVERY_ENV):
                desk.set_recovery_passphrase(os.environ[RECOVERY_ENV], result.commander["id"])
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
    from desk_app.demo.fresh_file import BULK_FROM, DeskInUse, write_demo

    bulk = args.dossiers >= BULK_FROM
    args.days = args.days if args.days is not None else (365 if bulk else 30)
    if args.dossiers < 0 or args.days < 1:
        raise BadInput("--dossiers phải ≥ 0 và --days phải ≥ 1.")
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)  # demo data is written like any dossier: by a proven officer
        folder = desk.data_dir
    try:  # into a copy of the desk that replaces it (demo/fresh_file.py); bulk: a progress bar on stderr
        summary = write_demo(folder, officer, args.dossiers, args.days, seed=args.seed,
                             progress=progress_bar() if bulk else lambda done, total: None)
    except DeskInUse as exc:
        raise BadInput(str(exc)) from None
    emit(args, summary, f"Đã tạo {summary['dossiers']} hồ sơ mẫu trong {args.days} ngày "
                        f"({', '.join(f'{lifecycle.STATUS_LABELS[k]}: {v}' for k, v in summary['by_status'].items())}).")
    return 0


def progress_bar():
    """A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise."""
    import sys
    import time

    started, shown = time.monotonic(), [-1]

    def show(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if not sys.stderr.isatty() and tenth == shown[0]:
            return
        shown[0] = tenth
        filled = done * 30 // max(total, 1)
        rate = done / max(time.monotonic() - started, 1e-6)
        line = f"[{'#' * filled}{'.' * (30 - filled)}] {done:,}/{total:,} hồ sơ ({rate:,.0f}/giây)".replace(",", ".")
        print(("\r" + line) if sys.stderr.isatty() else line, end="" if sys.stderr.isatty() else "\n",
              file=sys.stderr, flush=True)
        if done >= total and sys.stderr.isatty():
            print(file=sys.stderr)

    return show


def cmd_backup(args) -> int:
    if args.what == "verify":
        return _verify_backup(args)
    if args.file:
        raise BadInput(f"“{args.file}”: lệnh backup chỉ nhận tệp sau chữ verify (desk-app backup verify TỆP).")
    with open_desk(args) as desk:
        acting_officer(desk, args)  # a copy carries every citizen's data out of the PC
        target = desk.back_up(Path(args.to) if args.to else None)
        daily = desk.daily_backups()
        reminder = "" if desk.recovery_passphrase_set else (
            "\nChưa đặt cụm mật khẩu khôi phục: bản sao lưu chỉ mở được trên máy này. Chỉ huy đặt trong Cài đặt "
            "hoặc bằng DESK_APP_RECOVERY_PASSPHRASE khi chạy setup.")
    size = target.stat().st_size
    emit(args, {"backup": str(target), "bytes": size, "daily": [str(p) for p in daily]},
         f"Đã sao lưu (mã hóa) vào {target} ({vn_size(size)}). "
         f"Bản sao lưu hằng ngày: {len(daily)} (mới nhất: {daily[0].name if daily else 'chưa có'}).{reminder}")
    return 0


def _with_passphrase(work):
    """Run `work(passphrase)`: first without one; if the backup needs the recovery passphrase
    (a new PC), with DESK_APP_RECOVERY_PASSPHRASE or one asked on a terminal."""
    from desk_app.db.restore import PassphraseNeeded

    try:
        return work(None)
    except PassphraseNeeded as exc:
        return work(_recovery_passphrase(str(exc)))


def _checked_text(checked) -> str:
    c = checked.counts
    return (f"bản sao lưu lúc {checked.created_at}: {c['dossiers']} hồ sơ, {c['citizens']} công dân, "
            f"{c['officers']} cán bộ, {c['procedures']} thủ tục"
            + (", kèm khóa đồng bộ của đơn vị" if checked.has_unit_key else ""))


def _verify_backup(args) -> int:
    if not args.file:
        raise BadInput("Thiếu tệp: desk-app backup verify TỆP.")
    with open_desk(args) as desk:
        checked = _with_passphrase(lambda passphrase: desk.verify_backup(Path(args.file), passphrase))
    emit(args, asdict(checked), f"Bản sao lưu dùng được: {_checked_text(checked)}.")
    return 0


def cmd_restore(args) -> int:
    if not Path(args.file).is_file():
        raise BadInput(f"Không tìm thấy tệp “{args.file}”.")
    with open_desk(args) as desk:
        by_officer = acting_officer(desk, args) if desk.officers.commanders() else None
        restored = _with_passphrase(lambda passphrase: desk.restore_backup(Path(args.file), by_officer, passphrase))
    kept = f"\nDữ liệu trước khi khôi phục được giữ trong {restored.kept}." if restored.kept else ""
    emit(args, {**asdict(restored), "kept": str(restored.kept) if restored.kept else None},
         f"Đã khôi phục {_checked_text(restored)}.{kept}")
    return 0


# -- dossiers ----------------------------------------------------------------------------

def cmd_register(args) -> int:
    data = dossier_input_from_dict(read_json_input(args.file))
    with open_desk(args) as desk:
        result = desk.dossiers.register(data, acting_officer(desk, args), update_citizen=args.update_citizen)
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
    lines += [f"  {d['position']}. {d['name']} ({DOCUMENT_KINDS.get(d['kind'], d['kind']).lower()})"
              f"{'' if d['received'] else ' – CHƯA NỘP'}" for d in row["documents"]]
    lines.append("Lịch sử:")
    for e in row["events"]:
        lines.append(f"  {e['at']}  {' → '.join(filter(None, lifecycle.event_labels(e)))}  {e['officer_name'] or ''}"
                     f"  {e['reason']}".rstrip())
        lines += [f"      {line}" for line in change_lines(e["details"])] if e["action"] == "amend" else []
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
         "\n".join(f"{r['full_name']} ({ROLES.get(r['role'], r['role']).lower()})" for r in rows)
         or "Chưa có cán bộ nào.")
    return 0


def cmd_officer_add(args) -> int:
    with open_desk(args) as desk:
        try:
            officer = desk.officers.add(args.full_name, args.role, args.pin, acting_officer(desk, args))
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    emit(args, {"id": officer["id"], "full_name": officer["full_name"]}, f"Đã thêm cán bộ {officer['full_name']}.")
    return 0


def cmd_officer_unlock(args) -> int:
    with open_desk(args) as desk:
        officer = desk.officers.resolve(args.full_name)
        if officer is None:
            raise BadInput(f"Không có cán bộ “{args.full_name}”.")
        if args.recovery:  # the commander locked out: the unit's passphrase stands for their PIN
            lifted = desk.pin_recovery.unlock(
                officer["id"], _recovery_passphrase("Cần cụm mật khẩu khôi phục của đơn vị: chưa mở khóa."), place="cli")
        else:
            lifted = desk.officers.unlock(officer["id"], acting_officer(desk, args))
    emit(args, {"full_name": officer["full_name"], "unlocked": lifted},
         f"Đã mở khóa {officer['full_name']}." if lifted else f"{officer['full_name']} không bị khóa.")
    return 0


def _recovery_passphrase(why: str) -> str:
    """The unit's recovery passphrase: DESK_APP_RECOVERY_PASSPHRASE, else asked on a terminal;
    refused otherwise, after `why`."""
    from desk_app.cli.common import ask_pin, on_terminal

    passphrase = os.environ.get(RECOVERY_ENV, "")
    if not passphrase and on_terminal():
        passphrase = ask_pin("Cụm mật khẩu khôi phục của đơn vị: ")
    if not passphrase:
        raise BadInput(f"{why} Nhập khi được hỏi, hoặc đặt biến môi trường {RECOVERY_ENV}.")
    return passphrase
