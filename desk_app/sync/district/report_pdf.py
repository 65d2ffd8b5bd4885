"""The district report as an A4 landscape PDF, in Be Vietnam Pro (embedded)."""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desk_app.paths import asset
from desk_app.core import ratings
from desk_app.core.text import vn_percent
from desk_app.core.visits import KINDS
from desk_app.sync.district.follow_up_report import UnitFollowUps
from desk_app.sync.district.report import COUNT_LABELS, COUNTS, RatingShare, Row, grouped, share_rows

REGULAR, BOLD = "SyncReportRegular", "SyncReportBold"


def _register_fonts() -> None:
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(asset("fonts", "BeVietnamPro-Regular.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(asset("fonts", "BeVietnamPro-Bold.ttf"))))


GRID = [("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), BOLD), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8894a8")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]


def write_pdf(rows: list[Row], path, title: str, subtitle: str, warnings: list[str] = (),
              shares: list[RatingShare] = (), follow_ups: list[UnitFollowUps] = ()) -> None:
    """The days' tables, then the satisfaction shares of each unit (count and percentage of
    the rated answers for each level; "not rated" counted apart). `warnings`: the units whose
    log was not clean, each on its own line above the figures."""
    _register_fonts()
    heading = ParagraphStyle("h", fontName=BOLD, fontSize=14, leading=18, alignment=1)
    small = ParagraphStyle("s", fontName=REGULAR, fontSize=9, leading=12, alignment=1)
    block = ParagraphStyle("b", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6)
    cell = ParagraphStyle("c", fontName=REGULAR, fontSize=8.5, leading=10.5)
    warning = ParagraphStyle("w", fontName=BOLD, fontSize=9.5, leading=12.5, textColor=colors.HexColor("#b00000"),
                             borderColor=colors.HexColor("#b00000"), borderWidth=0.8, borderPadding=4, spaceAfter=11)
    story = [Paragraph(title, heading), Paragraph(subtitle, small), Spacer(1, 5 * mm)]
    story += [Paragraph(escape(line), warning) for line in warnings]
    if not rows:
        story.append(Paragraph("Không có số liệu.", cell))
    for (day, unit, unit_name), items, totals in grouped(rows):
        story.append(Paragraph(f"Ngày {datetime.fromisoformat(day):%d/%m/%Y} — {unit} · {unit_name}", block))
        data = [["Mã thủ tục", "Tên thủ tục", *[COUNT_LABELS[c] for c in COUNTS]]]
        data += [[r.procedure_code, Paragraph(r.procedure_name, cell), *[getattr(r, c) for c in COUNTS]] for r in items]
        data.append(["", "Cộng", *[totals[c] for c in COUNTS]])
        table = Table(data, colWidths=[22 * mm, 65 * mm] + [20 * mm] * len(COUNTS), repeatRows=1)
        table.setStyle(TableStyle([*GRID, ("FONTNAME", (0, -1), (-1, -1), BOLD), ("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
        story.append(table)
    story += _shares_block(list(shares), block, cell)
    story += _follow_ups_block(list(follow_ups), block, cell)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=title)
    doc.build(story)


def _shares_block(shares: list[RatingShare], block: ParagraphStyle, cell: ParagraphStyle) -> list:
    story = [Paragraph("Mức độ hài lòng (tỷ lệ trên số lượt đã đánh giá)", block)]
    if not shares:
        return story + [Paragraph("Chưa có đánh giá.", cell)]
    data = [["Đơn vị", *ratings.LEVELS.values(), "Số lượt đánh giá", "Không đánh giá"]]
    for s in share_rows(shares):
        data.append([Paragraph(f"{s.unit} · {s.unit_name}" if s.unit else s.unit_name, cell),
                     *[f"{getattr(s, level)} ({vn_percent(s.percent(level))})" for level in ratings.LEVELS],
                     sum(getattr(s, level) for level in ratings.LEVELS), s.not_rated])
    table = Table(data, colWidths=[95 * mm] + [34 * mm] * 3 + [28 * mm] * 2, repeatRows=1)
    style = [*GRID, ("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    if len(shares) > 1:
        style.append(("FONTNAME", (0, -1), (-1, -1), BOLD))
    table.setStyle(TableStyle(style))
    return story + [table]


def _follow_ups_block(units: list[UnitFollowUps], block: ParagraphStyle, cell: ParagraphStyle) -> list:
    """Per unit: unsatisfied citizens answered (late), not yet, overdue; then each kind of
    feedback received, answered, forwarded, still handled, overdue."""
    story = [Paragraph("Trả lời người dân không hài lòng; phản ánh, kiến nghị, tin báo (tính đến lúc lập báo cáo)",
                       block)]
    if not units:
        return story + [Paragraph("Chưa có việc nào.", cell)]
    data = [["Đơn vị", "Việc", "Số việc", "Đã trả lời", "Trả lời trễ hạn", "Chuyển cấp trên", "Chưa trả lời",
             "Quá hạn"]]
    for u in units:
        r = u.ratings
        data.append([Paragraph(f"{u.unit} · {u.unit_name}", cell), "Không hài lòng", r["opened"], r["answered"],
                     r["answered_late"], "—", r["open"], r["overdue"]])
        data += [["", KINDS.get(kind, kind), c["received"], c["answered"], "—", c["forwarded"], c["pending"],
                  c["overdue"]] for kind, c in sorted(u.visits.items())]
    table = Table(data, colWidths=[66 * mm, 36 * mm, 20 * mm, 24 * mm, 30 * mm, 30 * mm, 26 * mm, 20 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([*GRID, ("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
    return story + [table]
