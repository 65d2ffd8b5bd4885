"""The district's side on the command line: `desk-app district …` receives the units' files
and sums them up (its own folder, its own keys)."""

from __future__ import annotations

from pathlib import Path

from desk_app import paths
from desk_app.cli.common import BadInput, emit, parse_day
from desk_app.cli.period_report import add_period_options, as_text, counted, period, write_forms
from desk_app.core.stats import GROUPINGS
from desk_app.sync.district import follow_up_report, importer, report
from desk_app.sync.district import store as district_store


def register(commands) -> None:
    district = commands.add_parser("district", help="phía cấp trên: nhận và tổng hợp tệp của các đơn vị")
    sub = district.add_subparsers(dest="district_command", metavar="LỆNH", required=True)
    _add_district_init(sub)
    _add_district_add_unit(sub)
    _add_district_import(sub)
    _add_district_report(sub)
    _add_district_units(sub)
    _add_district_stats(sub)
    _add_district_window(sub)


def _district_parser(sub, name: str, help_text: str, handler):
    """A district subcommand: each works on the district's folder (--db)."""
    q = sub.add_parser(name, help=help_text)
    q.add_argument("--db", help="thư mục dữ liệu cấp trên (mặc định: thư mục district trong thư mục dữ liệu)")
    q.set_defaults(handler=handler)
    return q


def _folder(args) -> Path:
    return Path(args.db) if args.db else paths.data_dir(args.data_dir) / "district"


def _open(args) -> district_store.District:
    try:
        return district_store.open_district(_folder(args))
    except district_store.DistrictError as exc:
        raise BadInput(str(exc)) from None


def _add_district_init(sub) -> None:
    q = _district_parser(sub, "init", "khởi tạo cấp trên: tạo cặp khóa, in khóa công khai", cmd_district_init)
    q.add_argument("--name", default="", help="tên cấp trên, ví dụ “Công an tỉnh Bắc Ninh”")
    q.add_argument("--code", default="", help="mã cấp trên (in trên báo cáo)")


def cmd_district_init(args) -> int:
    district, created = district_store.init(_folder(args), args.name, args.code)
    with district:
        public = district.keys.public
        note = "Đã tạo cặp khóa cấp trên." if created else "Cấp trên đã được khởi tạo trước đây: giữ nguyên khóa."
        emit(args, {"public_key": public.text(), "fingerprint": public.short_fingerprint(), "created": created,
                    "folder": str(district.folder)},
             f"{public.text()}\n\n{note} Thư mục: {district.folder}\nVân tay: {public.short_fingerprint()}\n"
             "Mỗi đơn vị nhập dòng khóa trên: “desk-app setup --district-key KHÓA”.")
    return 0


def _add_district_add_unit(sub) -> None:
    q = _district_parser(sub, "add-unit", "khai báo một đơn vị gửi tệp (mã, tên, khóa công khai)",
                         cmd_district_add_unit)
    q.add_argument("--code", required=True, help="mã đơn vị cấp xã (như trong tệp đồng bộ)")
    q.add_argument("--name", required=True, help="tên đơn vị cấp xã")
    q.add_argument("--key", required=True, help="khóa công khai do “desk-app keys” in ra ở đơn vị")


def cmd_district_add_unit(args) -> int:
    with _open(args) as district:
        try:
            unit, created = district.add_unit(args.code, args.name, args.key)
        except district_store.DistrictError as exc:
            raise BadInput(str(exc)) from None
    emit(args, {k: unit[k] for k in ("code", "name", "fingerprint")} | {"created": created},
         f"{'Đã thêm' if created else 'Đã cập nhật'} đơn vị {unit['code']} – {unit['name']}.")
    return 0


def _add_district_import(sub) -> None:
    q = _district_parser(sub, "import", "nhập các tệp .dsync", cmd_district_import)
    q.add_argument("files", nargs="+", metavar="FILE", help="tệp đồng bộ (.dsync) nhận từ các đơn vị")


def cmd_district_import(args) -> int:
    import sys

    with _open(args) as district:
        outcomes = importer.import_files(district, args.files)
        gaps = importer.missing_files(district)
    for o in outcomes:
        if o.status == importer.REFUSED:
            print(f"Lỗi: {o.message}", file=sys.stderr)
    gap_lines = importer.gap_messages(gaps)
    emit(args, {"files": [vars(o) for o in outcomes], "missing": gaps},
         "\n".join([o.message for o in outcomes if o.status != importer.REFUSED] + gap_lines) or "Không nhập tệp nào.")
    return 2 if any(o.status == importer.REFUSED for o in outcomes) else 0


def _add_district_report(sub) -> None:
    q = _district_parser(sub, "report", "báo cáo theo đơn vị và ngày", cmd_district_report)
    q.add_argument("--date", help="ngày YYYY-MM-DD (mặc định: mọi ngày có số liệu)")
    q.add_argument("--unit", help="chỉ một đơn vị")
    out = q.add_mutually_exclusive_group()
    out.add_argument("--pdf", metavar="OUT", help="ghi báo cáo ra tệp PDF")
    out.add_argument("--csv", metavar="OUT", help="ghi báo cáo ra tệp CSV")
    q.add_argument("--ratings", action="store_true", help="với --json: tỷ lệ mức độ hài lòng của từng đơn vị")
    q.add_argument("--follow-ups", action="store_true",
                   help="với --json: việc trả lời người dân không hài lòng, phản ánh, kiến nghị, tin báo "
                        "của từng đơn vị")


def cmd_district_report(args) -> int:
    day = parse_day(args.date).isoformat() if args.date else None
    with _open(args) as district:
        rows = report.build(district, day, args.unit.upper() if args.unit else None)
        warnings = report.audit_warnings(district, args.unit.upper() if args.unit else None)
        shares = report.rating_shares(district, day, args.unit.upper() if args.unit else None)
        follow_ups = follow_up_report.build(district, day, args.unit.upper() if args.unit else None)
        name = district.name()
        now = district.now()
    title = f"BÁO CÁO TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ – {name.upper()}"
    subtitle = (f"Ngày {day}" if day else "Mọi ngày có số liệu") + f" · lập lúc {now}"
    if args.pdf:  # the figures of a unit whose records may have been changed stay marked
        from desk_app.sync.district.report_pdf import write_pdf

        write_pdf(rows, args.pdf, title, subtitle, warnings, shares, follow_ups)
        print(f"Đã ghi báo cáo PDF: {args.pdf}")
    elif args.csv:
        report.write_csv(rows, args.csv)
        print(f"Đã ghi báo cáo CSV: {args.csv}")
    else:
        if warnings:
            subtitle += "\n" + "\n".join(warnings)
        if args.json and args.ratings:
            emit(args, [s.as_dict() for s in shares], "")
        elif args.json and args.follow_ups:
            emit(args, [u.as_dict() for u in follow_ups], "")
        else:
            text = (report.as_text(rows, f"{title}\n{subtitle}") + "\n\n" + report.shares_as_text(shares)
                    + "\n\n" + follow_up_report.as_text(follow_ups))
            emit(args, {"rows": [vars(r) for r in rows], "audit_warnings": warnings} if warnings
                 else [vars(r) for r in rows], text)
    return 0


def _add_district_units(sub) -> None:
    _district_parser(sub, "units", "các đơn vị đã khai báo, tệp cuối cùng và tệp còn thiếu", cmd_district_units)


def cmd_district_units(args) -> int:
    with _open(args) as district:
        units = district.units()
        last = district.last_imports()
        gaps = importer.missing_files(district)
    data = [{"code": u["code"], "name": u["name"], "fingerprint": u["fingerprint"][:16],
             "last_export_seq": last.get(u["code"], (None, None))[0],
             "last_imported_at": last.get(u["code"], (None, None))[1], "missing": gaps.get(u["code"], [])}
            for u in units]
    lines = [f"{d['code']:10} {d['name']}  tệp cuối: {d['last_export_seq'] or '—'}"
             f"{'  THIẾU: ' + ', '.join(map(str, d['missing'])) if d['missing'] else ''}" for d in data]
    emit(args, data, "\n".join(lines) or "Chưa khai báo đơn vị nào: chạy “desk-app district add-unit”.")
    return 0


def _add_district_stats(sub) -> None:
    q = _district_parser(sub, "stats", "thống kê kết quả giải quyết hồ sơ của các đơn vị theo kỳ (Biểu 06)",
                         cmd_district_stats)
    add_period_options(q, GROUPINGS)
    q.add_argument("--silent-days", type=int, default=3,
                   help="báo các đơn vị không gửi tệp từ bấy nhiêu ngày làm việc (mặc định: 3)")


def cmd_district_stats(args) -> int:
    from desk_app.core.stats import DistrictStats, silent_units
    from desk_app.core.workdays import WorkCalendar
    from desk_app.db.store import from_text

    period(args)  # a bad day is said before the district's files are opened
    if args.silent_days < 1:
        raise BadInput("--silent-days phải ≥ 1.")
    with _open(args) as district:
        today = from_text(district.now()).date()
        figures, form = counted(DistrictStats(district.db, lambda: today), args, args.by or "unit")
        quiet = silent_units(district.units(), district.last_imports(), today, WorkCalendar(), args.silent_days)
        name = district.name()
        lines = write_forms(args, form, {"name": name, "upper_name": ""}, today)
    data = figures.as_dict() | {"silent_units": quiet}
    text = as_text(figures, f"THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ – {name}")
    if quiet:
        text += "\n\n" + "\n".join(
            f"  Đơn vị {u['code']} ({u['name']}) không gửi tệp {u['working_days']} ngày làm việc" for u in quiet)
    emit(args, data, "\n".join([text, *lines]))
    return 0


def _add_district_window(sub) -> None:
    _district_parser(sub, "window", "mở cửa sổ cấp trên: nhập tệp, xem đơn vị và thống kê", cmd_district_window)


def cmd_district_window(args) -> int:
    # `desk-app district window` is opened by desk_app.__main__ (the commands never import Qt);
    # this runs only when the command is called from within Python.
    raise BadInput("Cửa sổ cấp trên mở bằng lệnh “desk-app district window --db THƯ_MỤC”.")
