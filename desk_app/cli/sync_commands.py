"""The unit's side of the end-of-day file: `desk-app export` and `desk-app keys`."""

from __future__ import annotations

from pathlib import Path

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_day
from desk_app.core.text import vn_size
from desk_app.core.unit import upper_level_name
from desk_app.sync import export as export_module

PART_LABELS = {"officers": "cán bộ", "procedures": "thủ tục", "citizens": "công dân", "dossiers": "hồ sơ",
               "dossier_documents": "giấy tờ", "dossier_events": "lịch sử hồ sơ", "visits": "lượt tiếp dân",
               "ratings": "đánh giá", "rating_follow_ups": "trả lời đánh giá không hài lòng",
               "visit_follow_ups": "theo dõi phản ánh, kiến nghị, tin báo"}


def register(commands) -> None:
    _add_export(commands)
    _add_keys(commands)


def _add_export(commands) -> None:
    p = commands.add_parser("export", help="xuất tệp đồng bộ cuối ngày gửi cấp trên; “export history”: lịch sử")
    p.add_argument("what", nargs="?", choices=["history"], help="history: các lần đã xuất")
    p.add_argument("--out", help="thư mục ghi tệp (mặc định: thư mục exports trong thư mục dữ liệu)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--date", help="xuất lại (cùng số) các tệp đã xuất trong ngày YYYY-MM-DD")
    group.add_argument("--again", type=int, metavar="N", help="xuất lại tệp số N (cấp trên báo thiếu)")
    group.add_argument("--from-seq", type=int, metavar="N", help="xuất tệp mới gồm mọi thay đổi từ số thay đổi N")
    p.set_defaults(handler=cmd_export)


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
        upper = upper_level_name(desk.unit)
    lines = []
    for r in results:
        again = " (xuất lại)" if r.kind == "again" else ""
        lines.append(f"Đã xuất tệp số {r.export_seq}{again} gửi {upper}: {r.path}\n  {r.records} bản ghi ({_counts_text(r.counts)})"
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


def _counts_text(counts: dict) -> str:
    return ", ".join(f"{PART_LABELS.get(k, k)}: {v}" for k, v in counts.items() if v) or "không có bản ghi"


def _result_data(result: export_module.ExportResult) -> dict:
    return {"file": str(result.path), "export_seq": result.export_seq, "kind": result.kind,
            "from_seq": result.from_seq, "to_seq": result.to_seq, "records": result.records,
            "counts": result.counts, "tombstones": result.tombstones, "bytes": result.bytes, "sha256": result.sha256}


def _add_keys(commands) -> None:
    p = commands.add_parser("keys", help="in khóa công khai của đơn vị (gửi cấp trên một lần)")
    p.set_defaults(handler=cmd_keys)


def cmd_keys(args) -> int:
    with open_desk(args) as desk:
        unit = desk.require_unit()
        public = desk.sync.unit_public_key()
    emit(args, {"unit": unit["code"], "public_key": public.text(), "fingerprint": public.short_fingerprint()},
         f"{public.text()}\n\nKhóa công khai của {unit['code']} – {unit['name']} (vân tay {public.short_fingerprint()}).\n"
         "Gửi nguyên dòng trên cho cấp trên một lần; cấp trên chạy “desk-app district add-unit”.")
    return 0
