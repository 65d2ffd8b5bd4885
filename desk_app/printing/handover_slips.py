"""The shift handover and the day's close on thermal paper: the same layouts as the other
slips (printing.slip_layout), from plain records; no database here."""

from __future__ import annotations

from desk_app.core.handover import Handover
from desk_app.core.ratings import LEVEL_LABELS
from desk_app.core.text import vn_money
from desk_app.db.store import from_text
from desk_app.printing.slip_layout import Layout
from desk_app.printing.slips import unit_header

MAX_LISTED = 12  # longer lists print their first lines and "… và N hồ sơ khác"
SIGN_SPACE = 70  # dots left blank above each name for the signature


def _when(text: str | None) -> str:
    moment = from_text(text)
    return f"{moment:%H:%M %d/%m/%Y}" if moment else ""


def _short(text: str | None) -> str:
    moment = from_text(text)
    return f"{moment:%H:%M %d/%m}" if moment else ""


def _list(layout: Layout, title: str, rows: list[dict], line) -> None:
    layout.text(f"{title}: {len(rows)}", bold=True)
    for row in rows[:MAX_LISTED]:
        layout.item("•", line(row), "small")
    if len(rows) > MAX_LISTED:
        layout.item("", f"… và {len(rows) - MAX_LISTED} hồ sơ khác", "small")


def _follow_ups(layout: Layout, handover) -> None:
    """What waits for an answer: unsatisfied citizens (the commander's) and feedback, with the
    overdue ones marked."""
    late = lambda row: "QUÁ HẠN " if row.get("overdue") else ""  # noqa: E731
    if handover.rating_follow_ups:
        _list(layout, "Không hài lòng, chưa trả lời", handover.rating_follow_ups,
              lambda r: f"{late(r)}hạn {_short(r['due_at'])} {r['dossier_code'] or ''} {r['full_name'] or ''}")
    if handover.visit_follow_ups:
        _list(layout, "Phản ánh, kiến nghị, tin báo chưa trả lời", handover.visit_follow_ups,
              lambda v: f"{late(v)}hạn {_short(v['due_at'])} {v['full_name'] or ''}: {v['summary']}")


def _ratings(layout: Layout, counts: dict) -> None:
    parts = [f"{label} {counts.get(level, 0)}" for level, label in LEVEL_LABELS.items()]
    layout.pair("Đánh giá", "; ".join(parts), size="small")


def _money(amount: int) -> str:
    return vn_money(amount) if amount else "0 đồng"  # a sum, not a procedure's fee: never "Miễn phí"


def _fees(layout: Layout, fees: list[dict], total: int, cash: int, transfer: int = 0) -> None:
    layout.text("Lệ phí đã thu", bold=True)
    for row in fees:
        layout.pair(f"{row['procedure_code']} ({row['dossiers']} hồ sơ)", _money(row["fees"]), size="small")
    layout.pair("Tổng lệ phí", _money(total), bold_value=True)
    layout.pair("Tiền mặt tại quầy", _money(cash), bold_value=True)
    layout.pair("Chuyển khoản", _money(transfer), bold_value=True)


def handover_slip(unit: dict, handover: Handover, from_name: str, to_name: str, note: str = "",
                  at: str | None = None) -> Layout:
    """The handover as signed: both names, and a blank for each signature."""
    layout = unit_header(Layout(), unit)
    layout.space(4).center("BIÊN BẢN BÀN GIAO CA TRỰC", "large", bold=True)
    layout.center(f"Ca từ {_when(handover.since)} đến {_when(handover.until)}", "small").rule("dashed")
    layout.pair("Người giao", from_name, bold_value=True)
    layout.pair("Người nhận", to_name or "(chưa xác nhận)", bold_value=True)
    if at:
        layout.pair("Bàn giao lúc", _when(at))
    layout.rule("dashed")
    _list(layout, "Tiếp nhận trong ca", handover.received, lambda d: f"{d['code']} {d['procedure_name']}")
    _list(layout, "Đã trả kết quả", handover.returned, lambda d: f"{d['code']} {d['full_name']}")
    _ratings(layout, handover.ratings)
    layout.rule("dashed")
    _list(layout, "QUÁ HẠN", handover.overdue, lambda d: f"{d['code']} hạn {_short(d['due_at'])}")
    overdue = {d["code"] for d in handover.overdue}  # listed just above
    soon = [d for d in handover.open[:handover.due_soon_count] if d["code"] not in overdue]
    _list(layout, "Sắp đến hạn (hết ngày làm việc tiếp theo)", soon, lambda d: f"{d['code']} hạn {_short(d['due_at'])}")
    layout.pair("Còn đang giải quyết (tất cả)", str(len(handover.open)))
    _list(layout, "Có kết quả, chờ trả", handover.ready_for_pickup,
          lambda d: f"{d['code']} {d['full_name']} ĐT {d['phone'] or '—'}")
    if handover.follow_up:
        _list(layout, "Khiếu nại, tin báo cần theo dõi", handover.follow_up,
              lambda v: f"{_short(v['at'])} {v['full_name'] or ''}: {v['summary']}")
    _follow_ups(layout, handover)
    layout.rule("dashed")
    _fees(layout, handover.fees, handover.fees_total, handover.cash_total, handover.transfer_total)
    if note:
        layout.pair("Ghi chú", note)
    layout.rule()
    for title, name in (("NGƯỜI GIAO CA", from_name), ("NGƯỜI NHẬN CA", to_name)):
        layout.center(title, "small", bold=True).center("(ký, ghi rõ họ tên)", "small").space(SIGN_SPACE)
        layout.center(name or "", bold=True).space(8)
    return layout


def day_close_slip(unit: dict, close) -> Layout:
    """The Z-report; a reprint says so at the top and the bottom."""
    totals = close.totals
    layout = unit_header(Layout(), unit)
    if close.reprint:
        layout.center(f"*** BẢN IN LẠI (lần {close.reprints}) ***", "large", bold=True)
    layout.space(4).center("CHỐT SỔ CUỐI NGÀY", "large", bold=True)
    day = from_text(f"{close.day} 00:00:00")
    layout.center(f"Ngày {day:%d/%m/%Y}", bold=True)
    layout.center(f"Chốt lúc {_when(close.closed_at)} · {close.officer_name}", "small").rule("dashed")
    for label, key in (("Hồ sơ tiếp nhận", "received"), ("Hồ sơ đã trả", "returned"),
                       ("Còn đang giải quyết", "open"), ("Quá hạn", "overdue"), ("Có kết quả, chờ trả", "ready_for_pickup"),
                       ("Lượt tiếp công dân", "visits"), ("Khiếu nại, tin báo", "follow_up")):
        layout.pair(label, str(totals.get(key, 0)), bold_value=True)
    _ratings(layout, totals.get("ratings", {}))
    layout.rule("dashed")
    _fees(layout, totals.get("fees", []), totals.get("fees_total", 0), totals.get("cash_total", 0),
          totals.get("transfer_total", 0))
    layout.rule()
    if close.reprint:
        layout.center("BẢN IN LẠI – số liệu như lúc chốt sổ", "small", bold=True)
    return layout.center("Người chốt sổ (ký, ghi rõ họ tên)", "small").space(SIGN_SPACE).center(close.officer_name, bold=True)
