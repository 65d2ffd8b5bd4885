"""End-of-day export, keys and the district side on the command line."""

from __future__ import annotations

from pathlib import Path

from desk_app.cli.common import BadInput, acting_officer, district_folder, emit, open_desk, open_district, parse_day
from desk_app.core.text import vn_size
from desk_app.sync import export as export_module
from desk_app.sync.district import importer, report
from desk_app.sync.district import store as district_store

PART_LABELS = {"officers": "cán bộ", "procedures": "thủ tục", "citizens": "công dân", "dossiers": "hồ sơ",
               "dossier_documents": "giấy tờ", "dossier_events": "lịch sử hồ sơ", "visits": "lượt tiếp dân",
               "ratings": "đánh giá"}


def register(commands) -> None:
    p = commands.add_parser("export", help="xuất tệp đồng bộ cuối ngày gửi cấp trên; “export history”: lịch sử")
    p.add_argument("what", nargs="?", choices=["history"], help="history: các lần đã xuất")
    p.add_argument("--out", help="thư mục ghi tệp (mặc định: thư mục exports trong thư mục dữ liệu)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--date", help="xuất lại (cùng số) các tệp đã xuất trong ngày YYYY-MM-DD")
    group.add_argument("--again", type=int, metavar="N", help="xuất lại tệp số N (cấp trên báo thiếu)")
    group.add_argument("--from-seq", type=int, metavar="N", help="xuất tệp mới gồm mọi thay đổi từ số thay đổi N")
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("keys", help="in khóa công khai của đơn vị (gửi cấp trên một lần)")
    p.set_defaults(handler=cmd_keys)

    district = commands.add_parser("district", help="phía cấp trên: nhận và tổng hợp tệp của các đơn vị")
    sub = district.add_subparsers(dest="district_command", metavar="LỆNH", required=True)

    def add(name: str, help_text: str, handler):
        q = sub.add_parser(name, help=help_text)
        q.add_argument("--db", help="thư mục dữ liệu cấp trên (mặc định: thư mục district trong thư mục dữ liệu)")
        q.set_defaults(handler=handler)
        return q

    q = add("init", "khởi tạo cấp trên: tạo cặp khóa, in khóa công khai", cmd_district_init)
    q.add_argument("--name", default="", help="tên cấp trên, ví dụ “Công an tỉnh Bắc Ninh”")
    q.add_argument("--code", default="", help="mã cấp trên (in trên báo cáo)")
    q = add("add-unit", "khai báo một đơn vị gửi tệp (mã, tên, khóa công khai)", cmd_district_add_unit)
    q.add_argument("--code", required=True, help="mã đơn vị cấp xã (như trong tệp đồng bộ)")
    q.add_argument("--name", required=True, help="tên đơn vị cấp xã")
    q.add_argument("--key", required=True, help="khóa công khai do “desk-app keys” in ra ở đơn vị")
    q = add("import", "nhập các tệp .dsync", cmd_district_import)
    q.add_argument("files", nargs="+", metavar="FILE", help="tệp đồng bộ (.dsync) nhận từ các đơn vị")
    q = add("report", "báo cáo theo đơn vị và ngày", cmd_district_report)
    q.add_argument("--date", help="ngày YYYY-MM-DD (mặc định: mọi ngày có số liệu)")
    q.add_argument("--unit", help="chỉ một đơn vị")
    out = q.add_mutually_exclusive_group()
    out.add_argument("--pdf", metavar="OUT", help="ghi báo cáo ra tệp PDF")
    out.add_argument("--csv", metavar="OUT", help="ghi báo cáo ra tệp CSV")
    q.add_argument("--ratings", action="store_true", help="với --json: tỷ lệ mức độ hài lòng của từng đơn vị")
    add("units", "các đơn vị đã khai báo, tệp cuối cùng và tệp còn thiếu", cmd_district_units)
    from desk_app.cli.stats_commands import register_district

    register_district(add)


# -- desk side ---------------------------------------------------------------------------

def _counts_text(counts: dict) -> str:
    return ", ".join(f"{PART_LABELS.get(k, k)}: {v}" for k, v in counts.items() if v) or "không có bản ghi"


def _result_data(result: export_module.ExportResult) -> dict:
    return {"file": str(result.path), "export_seq": result.export_seq, "kind": result.kind,
            "from_seq": result.from_seq, "to_seq": result.to_seq, "records": result.records,
            "counts": result.counts, "tombstones": result.tombstones, "bytes": result.bytes, "sha256": result.sha256}


def cmd_export(args) -> int:
    if args.what == "history":
        return _export_history(args)
    with open_desk(args) as desk:
        out = Path(args.out) if args.out else desk.data_dir / "exports"
        officer = acting_officer(desk, args)
        try:
            if args.date:
                day = parse_day(args.date).isoformat()
                numbers = desk.sync.exports_of_day(day)
                if not numbers:
                    raise BadInput(f"Ngày {day} chưa xuất tệp nào. Thay đổi của ngày đó nằm trong lần xuất tiếp theo: "
                                   "chạy “desk-app export” (không mất ngày nào).")
                results = [desk.sync.export_again(out, officer, n) for n in numbers]
            elif args.again is not None:
                results = [desk.sync.export_again(out, officer, args.again)]
            else:
                result = desk.sync.export_new(out, officer, args.from_seq)
                results = [result] if result else []
        except export_module.ExportError as exc:
            raise BadInput(str(exc)) from None
        if not results:
            last = desk.sync.last_export()
            since = f" kể từ lần xuất số {last['export_seq']} ({last['created_at']})" if last else ""
            emit(args, [], f"Không có thay đổi nào mới{since}: không tạo tệp.")
            return 0
    lines = []
    for r in results:
        again = " (xuất lại)" if r.kind == "again" else ""
        lines.append(f"Đã xuất tệp số {r.export_seq}{again}: {r.path}\n  {r.records} bản ghi ({_counts_text(r.counts)})"
                     f"; thay đổi số {r.from_seq}–{r.to_seq}; {vn_size(r.bytes)}")
    emit(args, [_result_data(r) for r in results], "\n".join(lines))
    return 0


def _export_history(args) -> int:
    with open_desk(args) as desk:
        rows = desk.sync.history()
        waiting = desk.sync.waiting_changes()
    text = [f"{r['created_at']}  số {r['export_seq']:>4}{' (xuất lại)' if r['kind'] == 'again' else ''}  "
            f"{r['records']:>6} bản ghi  {r['file_name']}  → {r['folder']}  {r['officer_name'] or ''}" for r in rows]
    text.append(f"Đang chờ xuất: {waiting} thay đổi." if waiting else "Không có thay đổi nào đang chờ xuất.")
    emit(args, {"exports": rows, "waiting": waiting}, "\n".join(text) if rows else
         "Chưa xuất tệp nào.\n" + text[-1])
    return 0


def cmd_keys(args) -> int:
    with open_desk(args) as desk:
        unit = desk.require_unit()
        public = desk.sync.unit_public_key()
    emit(args, {"unit": unit["code"], "public_key": public.text(), "fingerprint": public.short_fingerprint()},
         f"{public.text()}\n\nKhóa công khai của {unit['code']} – {unit['name']} (vân tay {public.short_fingerprint()}).\n"
         "Gửi nguyên dòng trên cho cấp trên một lần; cấp trên chạy “desk-app district add-unit”.")
    return 0


# -- district side -----------------------------------------------------------------------

def cmd_district_init(args) -> int:
    district, created = district_store.init(district_folder(args), args.name, args.code)
    with district:
        public = district.keys.public
        note = "Đã tạo cặp khóa cấp trên." if created else "Cấp trên đã được khởi tạo trước đây: giữ nguyên khóa."
        emit(args, {"public_key": public.text(), "fingerprint": public.short_fingerprint(), "created": created,
                    "folder": str(district.folder)},
             f"{public.text()}\n\n{note} Thư mục: {district.folder}\nVân tay: {public.short_fingerprint()}\n"
             "Mỗi đơn vị nhập dòng khóa trên: “desk-app setup --district-key KHÓA”.")
    return 0


def cmd_district_add_unit(args) -> int:
    with open_district(args) as district:
        try:
            unit, created = district.add_unit(args.code, args.name, args.key)
        except district_store.DistrictError as exc:
            raise BadInput(str(exc)) from None
    emit(args, {k: unit[k] for k in ("code", "name", "fingerprint")} | {"created": created},
         f"{'Đã thêm' if created else 'Đã cập nhật'} đơn vị {unit['code']} – {unit['name']}.")
    return 0


def cmd_district_import(args) -> int:
    import sys

    with open_district(args) as district:
        outcomes = importer.import_files(district, args.files)
        gaps = importer.missing_files(district)
    for o in outcomes:
        if o.status == importer.REFUSED:
            print(f"Lỗi: {o.message}", file=sys.stderr)
    gap_lines = importer.gap_messages(gaps)
    emit(args, {"files": [vars(o) for o in outcomes], "missing": gaps},
         "\n".join([o.message for o in outcomes if o.status != importer.REFUSED] + gap_lines) or "Không nhập tệp nào.")
    return 2 if any(o.status == importer.REFUSED for o in outcomes) else 0


def cmd_district_report(args) -> int:
    day = parse_day(args.date).isoformat() if args.date else None
    with open_district(args) as district:
        rows = report.build(district, day, args.unit.upper() if args.unit else None)
        warnings = report.audit_warnings(district, args.unit.upper() if args.unit else None)
        shares = report.rating_shares(district, day, args.unit.upper() if args.unit else None)
        name = district.meta("name") or "Cấp trên"
        now = district.now()
    title = f"BÁO CÁO TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ – {name.upper()}"
    subtitle = (f"Ngày {day}" if day else "Mọi ngày có số liệu") + f" · lập lúc {now}"
    if args.pdf:  # the figures of a unit whose records may have been changed stay marked
        from desk_app.sync.district.report_pdf import write_pdf

        write_pdf(rows, args.pdf, title, subtitle, warnings, shares)
        print(f"Đã ghi báo cáo PDF: {args.pdf}")
    elif args.csv:
        report.write_csv(rows, args.csv)
        print(f"Đã ghi báo cáo CSV: {args.csv}")
    else:
        if warnings:
            subtitle += "\n" + "\n".join(warnings)
        if args.json and args.ratings:
            emit(args, [s.as_dict() for s in shares], "")
        else:
            text = report.as_text(rows, f"{title}\n{subtitle}") + "\n\n" + report.shares_as_text(shares)
            emit(args, {"rows": [vars(r) for r in rows], "audit_warnings": warnings} if warnings
                 else [vars(r) for r in rows], text)
    return 0


def cmd_district_units(args) -> int:
    with open_district(args) as district:
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
