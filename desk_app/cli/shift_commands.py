"""handover, day-close: the end of a shift and of the day."""

from __future__ import annotations

import sys
from datetime import datetime

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, parse_day
from desk_app.core.day_close import DayCloseError
from desk_app.core.handover import HandoverError
from desk_app.core.ratings import LEVEL_LABELS
from desk_app.core.text import vn_money


def register(commands) -> None:
    _add_handover(commands)
    _add_day_close(commands)


def _add_handover(commands) -> None:
    p = commands.add_parser("handover", help="bàn giao ca: việc trong ca, hồ sơ còn mở, quá hạn, chờ trả, lệ phí")
    p.add_argument("--since", help="đầu ca 'YYYY-MM-DD HH:MM' (mặc định: lần bàn giao trước trong ngày, "
                                   "hoặc đầu ngày)")
    p.add_argument("--to-officer", help="cán bộ nhận ca (cần mã PIN của người đó: --pin)")
    p.add_argument("--pin", help="mã PIN của cán bộ nhận ca")
    p.add_argument("--note", default="", help="ghi chú của người giao ca")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--pdf", metavar="OUT", help="ghi biên bản khổ A4")
    out.add_argument("--png", metavar="OUT", help="ghi ảnh phiếu in nhiệt (80 mm)")
    p.add_argument("--history", action="store_true", help="các lần bàn giao đã lưu")
    p.set_defaults(handler=cmd_handover)


def cmd_handover(args) -> int:
    with open_desk(args) as desk:
        if args.history:
            rows = desk.handover.history()
            emit(args, [{k: v for k, v in r.items() if k != "summary"} for r in rows],
                 "\n".join(f"{r['at'][:16]}  {r['from_name'] or '—'} → {r['to_name']}  {r['note']}" for r in rows)
                 or "Chưa có lần bàn giao nào.")
            return 0
        # --json only reports: nothing is confirmed or written without the printout or the text.
        confirming = bool(args.to_officer) and not args.json
        # Reading (the summary, its printout) needs nobody; confirming is a write: the PIN first.
        officer = acting_officer(desk, args) if confirming else _named(desk, args)
        try:
            h = desk.handover.build(_since(args.since))
            record = None
            if confirming:
                to = desk.officers.resolve(args.to_officer)
                if to is None:
                    raise BadInput(f"Không có cán bộ “{args.to_officer}”.")
                record = desk.handover.confirm(h, officer, to["id"], args.pin or "", args.note)
        except HandoverError as exc:
            raise BadInput(str(exc)) from None
        from_name = desk.officers.resolve(officer)["full_name"] if officer else ""
        to_name = record["to_name"] if record else ""
        if args.pdf or args.png:
            _write(desk, h, from_name, to_name, args, record)
        emit(args, h.codes(), _text(h, record))
    return 0


def _since(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise BadInput(f"“{text}” không phải thời điểm hợp lệ (YYYY-MM-DD HH:MM).") from None


def _named(desk, args) -> str | None:
    """The officer a summary's printout names as handing over: --officer, if given (no PIN:
    nothing is written)."""
    if not args.officer:
        return None
    officer = desk.officers.resolve(args.officer)
    if officer is None:
        raise BadInput(f"Không có cán bộ “{args.officer}”.")
    return officer["id"]


def _write(desk, h, from_name: str, to_name: str, args, record: dict | None) -> None:
    unit = desk.require_unit()
    note, at = (record["note"], record["at"]) if record else (args.note, None)
    if args.pdf:
        from desk_app.printing.pdf_handover import write_handover_pdf

        write_handover_pdf(unit, h, from_name, to_name, args.pdf, note, at)
        print(f"Đã ghi biên bản bàn giao A4: {args.pdf}", file=sys.stderr)
    else:
        from desk_app.printing.handover_slips import handover_slip

        desk.printing.write_layout_png(handover_slip(unit, h, from_name, to_name, note, at), args.png)
        print(f"Đã ghi ảnh phiếu bàn giao: {args.png}", file=sys.stderr)


def _text(h, record: dict | None) -> str:
    lines = [f"Ca từ {h.since[:16]} đến {h.until[:16]}",
             f"Tiếp nhận: {len(h.received)}  ·  Đã trả: {len(h.returned)}  ·  Đánh giá: "
             + "; ".join(f"{label} {h.ratings.get(level, 0)}" for level, label in LEVEL_LABELS.items()),
             f"Quá hạn ({len(h.overdue)}): " + (", ".join(d["code"] for d in h.overdue) or "—"),
             f"Còn mở ({len(h.open)}, {h.due_soon_count} đến hạn đến hết ngày làm việc tiếp theo): "
             + (", ".join(f"{d['code']} hạn {d['due_at'][:16]}" for d in h.open[:h.due_soon_count]) or "—"),
             f"Chờ trả ({len(h.ready_for_pickup)}): "
             + (", ".join(f"{d['code']} ĐT {d['phone'] or '—'}" for d in h.ready_for_pickup) or "—"),
             f"Khiếu nại, tin báo cần theo dõi: {len(h.follow_up)}",
             f"Không hài lòng chưa trả lời: {len(h.rating_follow_ups)} (quá hạn {h.follow_ups_overdue[0]})  ·  "
             f"Phản ánh, kiến nghị, tin báo chưa trả lời: {len(h.visit_follow_ups)} "
             f"(quá hạn {h.follow_ups_overdue[1]})",
             f"Lệ phí: {vn_money(h.fees_total)} (tiền mặt tại quầy {vn_money(h.cash_total)})"]
    if record:
        lines.append(f"Đã bàn giao cho {record['to_name']} lúc {record['at'][:16]}.")
    return "\n".join(lines)


def _add_day_close(commands) -> None:
    p = commands.add_parser("day-close", help="chốt sổ cuối ngày (in một lần, lưu lại; --reprint: in lại)")
    p.add_argument("--date", help="ngày YYYY-MM-DD (mặc định: hôm nay)")
    p.add_argument("--reprint", action="store_true", help="in lại bản đã chốt (ghi rõ là bản in lại)")
    p.add_argument("--png", metavar="OUT", help="ghi ảnh phiếu in nhiệt thay vì gửi ra máy in")
    p.set_defaults(handler=cmd_day_close)


def cmd_day_close(args) -> int:
    day = parse_day(args.date) if args.date else None
    with open_desk(args) as desk:
        officer = acting_officer(desk, args)
        try:
            close = desk.day_close.reprint(officer, day) if args.reprint else desk.day_close.close(officer, day)
        except DayCloseError as exc:
            raise BadInput(str(exc)) from None
        kind = "day_close_reprint" if close.reprint else "day_close"
        if args.png:
            desk.printing.write_png(kind, close.day, args.png)
            printed = f"Đã ghi ảnh phiếu: {args.png}"
        else:
            job = desk.printing.print_job(kind, close.day, officer_id=officer)
            printed = f"Máy in {job.printer}: " + ("đã in." if job.ok else f"chưa in được ({job.message}).")
    t = close.totals
    title = f"{'BẢN IN LẠI – ' if close.reprint else ''}Chốt sổ ngày {close.day} lúc {close.closed_at[11:16]}"
    emit(args, {"day": close.day, "reprint": close.reprint, "reprints": close.reprints, "totals": t},
         f"{title}\nTiếp nhận {t['received']} · đã trả {t['returned']} · quá hạn {t['overdue']} · "
         f"lệ phí {vn_money(t['fees_total'])} (tiền mặt {vn_money(t['cash_total'])})\n{printed}")
    return 0
