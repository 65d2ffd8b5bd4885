"""The dossier register ("SỔ THEO DÕI HỒ SƠ") for a date range: landscape A4, the table
header and the page title repeated on every page."""

from __future__ import annotations

import os
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import LongTable, Paragraph, Spacer

from desk_app.core.lifecycle import NEEDS_SUPPLEMENT, REFUSED, STATUS_LABELS, STOPPED
from desk_app.db.register_queries import register_rows
from desk_app.db.store import from_text
from desk_app.printing.pdf_common import document, esc, styles, table_style, write_atomically
from desk_app.printing.pdf_fonts import BOLD, ITALIC, REGULAR, nfc
from desk_app.printing.sources import PrintSources

PAGE = landscape(A4)
MARGIN = 1.2 * cm
# STT, code, procedure, sets, applicant, 5 dates, signature/notes: 762 pt, the frame's width.
WIDTHS = [24, 92, 88, 30, 134, 54, 54, 54, 54, 54, 124]
DATE_HEADERS = ("Nhận hồ sơ", "Hẹn trả kết quả", "Chuyển xử lý", "Có kết quả", "Trả công dân")
GREY = colors.Color(0.92, 0.92, 0.92)


def write_register_pdf(sources: PrintSources, start: date, end: date, path: str | os.PathLike):
    """Write the register of dossiers received from start to end (inclusive)."""
    if end < start:
        raise ValueError(f"Ngày kết thúc ({end:%d/%m/%Y}) trước ngày bắt đầu ({start:%d/%m/%Y}).")
    unit = sources.unit()
    rows = register_rows(sources.store, start, end)
    story = register_story(rows)
    on_page = _page_decoration(unit, start, end)
    title = f"Sổ theo dõi hồ sơ {start:%d/%m/%Y} – {end:%d/%m/%Y}"

    def build(temp: str) -> None:
        doc = document(temp, pagesize=PAGE, title=title, author=unit["name"],
                       margins=(MARGIN, MARGIN, MARGIN + 2.1 * cm, MARGIN + 0.6 * cm))
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

    return write_atomically(path, build)


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    base = styles()["cell"]
    cell = ParagraphStyle("reg_cell", parent=base, fontSize=8, leading=10)
    head = ParagraphStyle("reg_head", parent=cell, fontName=BOLD, alignment=1)
    tight = ParagraphStyle("reg_tight", parent=cell, fontSize=7.5)  # codes and dates stay on one line
    return cell, head, tight


def _when(text: str | None) -> str:
    moment = from_text(text)
    return f"{moment:%d/%m/%Y}<br/>{moment:%H:%M}" if moment else ""


def _notes(row: dict) -> str:
    parts = []
    if row["status"] in (REFUSED, STOPPED, NEEDS_SUPPLEMENT):
        label = STATUS_LABELS[row["status"]]
        parts.append(f"<b>{esc(label)}</b>" + (f": {esc(row['closing_reason'])}" if row.get("closing_reason") else ""))
    if row["due_at"] != row["original_due_at"]:
        parts.append(f"Gia hạn, hẹn lần đầu {esc(row['original_due_at'][8:10])}/{esc(row['original_due_at'][5:7])}")
    if row.get("note"):
        parts.append(esc(row["note"]))
    return "<br/>".join(parts)


def register_story(rows: list[dict]) -> list:
    cell, head, tight = _styles()
    header = [[Paragraph(t, head) for t in ("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số bộ",
                                            "Người nộp hồ sơ<br/>(họ tên, địa chỉ, điện thoại)",
                                            "Ngày, tháng", "", "", "", "", "Ký nhận / ghi chú")],
              ["", "", "", "", "", *[Paragraph(t, head) for t in DATE_HEADERS], ""]]
    body = []
    for n, row in enumerate(rows, start=1):
        person = f"<b>{esc(row['full_name'])}</b>"
        person += "".join(f"<br/>{esc(v)}" for v in (row["address"], row["phone"]) if v)
        body.append([Paragraph(str(n), cell), Paragraph(esc(row["code"]), tight),
                     Paragraph(esc(row["procedure_name"]), cell), Paragraph("1", cell), Paragraph(person, cell),
                     *[Paragraph(_when(row[k]), tight) for k in
                       ("received_at", "due_at", "handed_at", "result_ready_at", "returned_at")],
                     Paragraph(_notes(row), cell)])
    if not body:
        body.append([Paragraph("<i>Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này.</i>", cell),
                     *[""] * 10])
    table = LongTable(header + body, colWidths=WIDTHS, repeatRows=2)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("VALIGN", (0, 0), (-1, 1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, 1), GREY),
             ("SPAN", (5, 0), (9, 0)), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    style += [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 3, 4, 10)]
    if not rows:
        style.append(("SPAN", (0, 2), (-1, 2)))
    table.setStyle(table_style(style))
    total = Paragraph(f"Tổng số: <b>{len(rows)}</b> hồ sơ.", styles()["body"])
    return [table, Spacer(1, 8), total]


def _page_decoration(unit: dict, start: date, end: date):
    width, height = PAGE
    top = height - MARGIN

    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 9)
        canvas.drawString(MARGIN, top - 9, nfc(unit.get("upper_name", "")).upper())
        canvas.setFont(BOLD, 9)
        canvas.drawString(MARGIN, top - 21, nfc(unit["name"]).upper())
        canvas.setFont(BOLD, 15)
        canvas.drawCentredString(width / 2, top - 22, "SỔ THEO DÕI HỒ SƠ")
        canvas.setFont(ITALIC, 10)
        canvas.drawCentredString(width / 2, top - 37, f"Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}")
        canvas.setFont(REGULAR, 8.5)
        canvas.drawRightString(width - MARGIN, MARGIN - 2, f"Trang {doc.page}")
        canvas.drawString(MARGIN, MARGIN - 2, "Sổ theo dõi hồ sơ – Bộ phận Một cửa")
        canvas.restoreState()

    return draw
