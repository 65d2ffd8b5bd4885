"""Biểu 06 as a PDF: A4 landscape, the unit's header and the national motto, the form's
table (fields, their procedures, the total), place and date, and the signature block."""

from __future__ import annotations

import os
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import LongTable, Paragraph, Spacer, Table

from desk_app.core.stats import Report
from desk_app.core.text import vn_percent
from desk_app.printing import bieu06
from desk_app.printing.pdf_common import NationalHeader, document, esc, place_date, styles, table_style, write_atomically
from desk_app.printing.pdf_fonts import BOLD, ITALIC

PAGE = landscape(A4)
MARGIN = 1.0 * cm
GREY = colors.Color(0.92, 0.92, 0.92)
LIGHT = colors.Color(0.97, 0.97, 0.97)


def _styles():
    cell = ParagraphStyle("b06_cell", parent=styles()["cell"], fontSize=7.5, leading=9)
    head = ParagraphStyle("b06_head", parent=cell, fontName=BOLD, alignment=1, fontSize=7, leading=8.5)
    bold = ParagraphStyle("b06_bold", parent=cell, fontName=BOLD)
    right = ParagraphStyle("b06_right", parent=cell, alignment=2)
    right_bold = ParagraphStyle("b06_right_bold", parent=bold, alignment=2)
    return cell, head, bold, right, right_bold


def _number(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return vn_percent(value * 100)
    return f"{value:,}".replace(",", ".")


def bieu06_story(report: Report, unit: dict, today: date | None) -> list:
    cell, head, bold, right, right_bold = _styles()
    columns = bieu06.COUNT_COLUMNS
    n_cols = 2 + len(columns)
    top = [Paragraph("STT", head), Paragraph(bieu06.LABEL_HEADING, head)]
    sub: list = ["", ""]
    spans = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]
    col = 2
    for heading, cols in bieu06.GROUPS:
        top.append(Paragraph(heading, head))
        top += [""] * (len(cols) - 1)
        if len(cols) == 1:
            sub.append("")
            spans.append(("SPAN", (col, 0), (col, 1)))
        else:
            sub += [Paragraph(s, head) for _, s in cols]
            spans.append(("SPAN", (col, 0), (col + len(cols) - 1, 0)))
        col += len(cols)
    numbers = [Paragraph(f"({i + 1})", head) for i in range(n_cols)]
    body = []
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("BACKGROUND", (0, 0), (-1, 2), GREY), ("TOPPADDING", (0, 0), (-1, -1), 2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 2),
             ("RIGHTPADDING", (0, 0), (-1, -1), 2), *spans]
    for n, row in enumerate(bieu06.form_rows(report)):
        strong = row.kind != "item"
        label_style, value_style = (bold, right_bold) if strong else (cell, right)
        body.append([Paragraph(esc(row.number), label_style), Paragraph(esc(row.label), label_style),
                     *[Paragraph(_number(bieu06.cell_value(row.counts, k)), value_style) for k in columns]])
        if strong:
            style.append(("BACKGROUND", (0, 3 + n), (-1, 3 + n), LIGHT))
    label_width = 170
    widths = [22, label_width] + [(PAGE[0] - 2 * MARGIN - 22 - label_width) / len(columns)] * len(columns)
    table = LongTable([top, sub, numbers, *body], colWidths=widths, repeatRows=3)
    table.setStyle(table_style(style))
    s = styles()
    title = ParagraphStyle("b06_title", parent=s["title"], fontSize=12.5, leading=16, spaceBefore=6)
    form_no = ParagraphStyle("b06_form", parent=s["small"], fontName=ITALIC, alignment=2)
    signature = Table(
        [[Paragraph("", s["center"]), Paragraph(esc(place_date(unit, today)), s["center_italic"])],
         [Paragraph("<b>NGƯỜI LẬP BIỂU</b>", s["center"]), Paragraph("<b>THỦ TRƯỞNG ĐƠN VỊ</b>", s["center"])],
         [Paragraph("<i>(Ký, ghi rõ họ tên)</i>", s["center_italic"]),
          Paragraph("<i>(Ký, ghi rõ họ tên, đóng dấu)</i>", s["center_italic"])]],
        colWidths=[(PAGE[0] - 2 * MARGIN) / 2] * 2)
    return [Paragraph(bieu06.FORM_NUMBER, form_no), NationalHeader(unit, size=10.5),
            Paragraph(bieu06.TITLE, title), Paragraph(esc(bieu06.period_text(report)), s["subtitle"]),
            Paragraph(bieu06.UNIT_OF_COUNT, form_no), Spacer(1, 3), table, Spacer(1, 10), signature]


def write_bieu06_pdf(report: Report, unit: dict, path: str | os.PathLike, today: date | None = None):
    story = bieu06_story(report, unit, today)

    def build(temp: str) -> None:
        doc = document(temp, pagesize=PAGE, title=f"Biểu 06 {report.first_day:%d/%m/%Y} – {report.last_day:%d/%m/%Y}",
                       author=unit.get("name", ""), margins=(MARGIN, MARGIN, MARGIN, MARGIN))
        doc.build(story)

    return write_atomically(path, build)
