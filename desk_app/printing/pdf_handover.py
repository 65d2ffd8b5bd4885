"""The shift handover on A4 (reportlab): the national header, the lists, the fees, the note,
and the two signature blocks side by side."""

from __future__ import annotations

import os

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table

from desk_app.core.handover import Handover
from desk_app.core.ratings import LEVEL_LABELS
from desk_app.core.text import vn_money
from desk_app.db.store import from_text
from desk_app.printing.pdf_common import NationalHeader, document, esc, place_date, styles, table_style, write_atomically

GREY = colors.Color(0.92, 0.92, 0.92)


def _when(text: str | None) -> str:
    moment = from_text(text)
    return f"{moment:%H:%M ngày %d/%m/%Y}" if moment else ""


def _follow_up_sections(section, story: list, h) -> None:
    """6a, 6b: unsatisfied citizens not answered yet, feedback not answered yet (overdue marked)."""
    late = lambda row: "QUÁ HẠN" if row.get("overdue") else ""  # noqa: E731
    rating_late, visit_late = h.follow_ups_overdue
    section(f"6a. Không hài lòng, chỉ huy chưa trả lời: {len(h.rating_follow_ups)} (quá hạn {rating_late})")
    story.append(_table(["Hạn", "Hồ sơ", "Công dân", "Điện thoại", ""],
                        [[_when(r["due_at"]), r["dossier_code"] or "", r["full_name"] or "", r["phone"] or "", late(r)]
                         for r in h.rating_follow_ups], [3.8 * cm, 3.6 * cm, 4.0 * cm, 3.0 * cm, 2.6 * cm]))
    section(f"6b. Phản ánh, kiến nghị, tin báo chưa trả lời: {len(h.visit_follow_ups)} (quá hạn {visit_late})")
    story.append(_table(["Hạn", "Công dân", "Nội dung", "Người xử lý", ""],
                        [[_when(v["due_at"]), v["full_name"] or "", v["summary"], v["handler_name"] or "", late(v)]
                         for v in h.visit_follow_ups], [3.8 * cm, 3.4 * cm, 4.6 * cm, 2.6 * cm, 2.6 * cm]))


def _table(head: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    s = styles()
    data = [[Paragraph(esc(h), s["cell_bold"]) for h in head]]
    data += [[Paragraph(esc(c), s["cell"]) for c in row] for row in rows] or [
        [Paragraph(esc("(không có)"), s["cell"])] + [""] * (len(head) - 1)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), GREY),
                                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def handover_story(unit: dict, h: Handover, from_name: str, to_name: str, note: str, at: str | None) -> list:
    s = styles()
    moment = from_text(at or h.until)
    story = [NationalHeader(unit, when=place_date(unit, moment.date() if moment else None)),
             Paragraph("BIÊN BẢN BÀN GIAO CA TRỰC", s["title"]),
             Paragraph(esc(f"Bộ phận tiếp nhận và trả kết quả · ca từ {_when(h.since)} đến {_when(h.until)}"),
                       s["subtitle"]),
             Paragraph(esc(f"Người giao ca: {from_name}. Người nhận ca: {to_name or '(chưa xác nhận)'}."), s["body"])]

    def section(title: str) -> None:
        story.extend([Spacer(1, 6), Paragraph(f"<b>{esc(title)}</b>", s["body"])])

    dossier = lambda d, last: [d["code"], d["full_name"], d["procedure_name"], last]  # noqa: E731
    head = ["Mã hồ sơ", "Người nộp", "Thủ tục"]
    widths = [4.0 * cm, 4.3 * cm, 5.3 * cm, 3.4 * cm]
    section(f"1. Tiếp nhận trong ca: {len(h.received)} hồ sơ")
    story.append(_table(head + ["Nhận lúc"], [dossier(d, _when(d["received_at"])) for d in h.received], widths))
    section(f"2. Đã trả kết quả: {len(h.returned)} hồ sơ. Đánh giá: " + "; ".join(
        f"{label} {h.ratings.get(level, 0)}" for level, label in LEVEL_LABELS.items()))
    story.append(_table(head + ["Trả lúc"], [dossier(d, _when(d["closed_at"])) for d in h.returned], widths))
    section(f"3. Quá hạn: {len(h.overdue)} hồ sơ")
    story.append(_table(head + ["Hạn"], [dossier(d, _when(d["due_at"])) for d in h.overdue], widths))
    section(f"4. Còn đang giải quyết: {len(h.open)} hồ sơ ({h.due_soon_count} đến hạn đến hết ngày làm việc tiếp theo)")
    story.append(_table(head + ["Hạn"], [dossier(d, _when(d["due_at"])) for d in h.open], widths))
    section(f"5. Có kết quả, chờ công dân đến nhận: {len(h.ready_for_pickup)} hồ sơ")
    story.append(_table(head + ["Điện thoại"], [dossier(d, d["phone"] or "—") for d in h.ready_for_pickup], widths))
    section(f"6. Khiếu nại, tin báo cần theo dõi: {len(h.follow_up)}")
    story.append(_table(["Lúc", "Công dân", "Nội dung", "Điện thoại"],
                        [[_when(v["at"]), v["full_name"] or "", v["summary"], v["phone"] or ""] for v in h.follow_up],
                        [3.4 * cm, 4.0 * cm, 6.6 * cm, 3.0 * cm]))
    _follow_up_sections(section, story, h)
    section(f"7. Lệ phí đã thu: {vn_money(h.fees_total)} (tiền mặt tại quầy: {vn_money(h.cash_total)})")
    story.append(_table(["Mã thủ tục", "Thủ tục", "Số hồ sơ", "Lệ phí"],
                        [[f["procedure_code"], f["procedure_name"], str(f["dossiers"]), vn_money(f["fees"])]
                         for f in h.fees], [3.0 * cm, 8.0 * cm, 2.4 * cm, 3.6 * cm]))
    if note:
        section("8. Ghi chú")
        story.append(Paragraph(esc(note), s["body"]))
    story.append(Spacer(1, 18))
    signatures = Table([[Paragraph("<b>NGƯỜI GIAO CA</b>", s["center"]), Paragraph("<b>NGƯỜI NHẬN CA</b>", s["center"])],
                        [Paragraph(esc("(Ký, ghi rõ họ tên)"), s["center_italic"])] * 2,
                        ["", ""],
                        [Paragraph(f"<b>{esc(from_name)}</b>", s["center"]), Paragraph(f"<b>{esc(to_name)}</b>", s["center"])]],
                       colWidths=[8.5 * cm, 8.5 * cm], rowHeights=[None, None, 2.2 * cm, None])
    signatures.setStyle(table_style([]))
    story.append(signatures)
    return story


def write_handover_pdf(unit: dict, h: Handover, from_name: str, to_name: str, path: str | os.PathLike,
                       note: str = "", at: str | None = None):
    story = handover_story(unit, h, from_name, to_name, note, at)
    return write_atomically(path, lambda temp: document(temp, title="Biên bản bàn giao ca", author=unit["name"])
                            .build(story))
