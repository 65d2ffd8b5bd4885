"""The procedure sheet on A4: what a citizen needs to know before coming, with a QR to the
procedure's portal page."""

from __future__ import annotations

import os

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table

from desk_app.core.catalog import DOCUMENT_KINDS, Procedure
from desk_app.core.dossiers import NotFound
from desk_app.core.text import vn_money
from desk_app.printing.pdf_common import (NationalHeader, QrFlowable, document, esc, styles,
                                          table_style, write_atomically)
from desk_app.printing.pdf_fonts import BOLD
from desk_app.printing.sources import PrintSources

GREY = colors.Color(0.93, 0.93, 0.93)


def write_sheet_pdf(sources: PrintSources, procedure_code: str, path: str | os.PathLike):
    """Write the A4 sheet of one procedure of the catalog; returns the path written."""
    procedure = sources.catalog().get(procedure_code.strip())
    if procedure is None:
        raise NotFound(f"Không có thủ tục mã “{procedure_code}” trong danh mục.")
    unit = sources.unit()
    story = sheet_story(procedure, unit, sources.store.clock().date())
    return write_atomically(path, lambda temp: document(
        temp, title=f"{procedure.name} ({procedure.code})", author=unit["name"]).build(story))


def _section(text: str) -> Paragraph:
    style = ParagraphStyle("section", parent=styles()["body"], fontName=BOLD, fontSize=12, spaceBefore=10,
                           spaceAfter=4)
    return Paragraph(esc(text), style)


def _facts(proc: Procedure) -> Table:
    st = styles()
    limit = proc.limit_text() + (f" ({proc.limit_note})" if proc.limit_note else "")
    fees = f"Nộp trực tiếp: <b>{esc(vn_money(proc.fee_in_person))}</b><br/>" \
           f"Nộp trực tuyến: <b>{esc(vn_money(proc.fee_online))}</b>"
    if proc.fee_note:
        fees += f"<br/><font size=9><i>{esc(proc.fee_note)}</i></font>"
    rows = [("Mã thủ tục", f"<b>{esc(proc.code)}</b>"), ("Lĩnh vực", esc(proc.field)),
            ("Thời hạn giải quyết", f"<b>{esc(limit)}</b>"), ("Lệ phí", fees)]
    facts = Table([[Paragraph(esc(k), st["cell"]), Paragraph(v, st["body"])] for k, v in rows],
                  colWidths=[4.0 * cm, 8.6 * cm])
    facts.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
                               ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    qr = QrFlowable(proc.link(), 3.4 * cm, "Quét mã để xem trên Cổng dịch vụ công")
    outer = Table([[facts, qr]], colWidths=[12.8 * cm, 4.7 * cm])
    outer.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "CENTER"),
                               ("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
    return outer


def _documents(proc: Procedure) -> Table:
    st = styles()
    rows = [[Paragraph(h, st["cell_bold"]) for h in ("TT", "Giấy tờ cần mang theo", "Hình thức")]]
    for n, doc in enumerate(proc.documents, start=1):
        rows.append([Paragraph(str(n), st["cell"]), Paragraph(esc(doc.name), st["cell"]),
                     Paragraph(esc(DOCUMENT_KINDS.get(doc.kind, doc.kind)), st["cell"])])
    if not proc.documents:
        rows.append(["", Paragraph("Không yêu cầu giấy tờ; hỏi cán bộ tiếp nhận khi đến nộp.", st["cell"]), ""])
    table = Table(rows, colWidths=[1.0 * cm, 13.3 * cm, 3.2 * cm], repeatRows=1)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), GREY)]))
    return table


def sheet_story(proc: Procedure, unit: dict, today) -> list:
    st = styles()
    name_style = ParagraphStyle("proc_name", parent=st["title"], fontSize=17, leading=22, spaceBefore=4, spaceAfter=8)
    where = f"Bộ phận Một cửa – {esc(unit['name'])}"
    if unit.get("address"):
        where += f", {esc(unit['address'])}"
    story = [NationalHeader(unit), Paragraph("HƯỚNG DẪN THỦ TỤC HÀNH CHÍNH", st["title"]),
             Paragraph(esc(proc.name), name_style), _facts(proc),
             _section("Thành phần hồ sơ (01 bộ)"), _documents(proc),
             _section("Căn cứ pháp lý"), Paragraph(esc(proc.legal_basis or "…"), st["body"]),
             _section("Nơi nộp hồ sơ và nhận kết quả"), Paragraph(where, st["body"])]
    if unit.get("hotline"):
        story.append(Paragraph(f"Điện thoại hướng dẫn: <b>{esc(unit['hotline'])}</b>", st["body"]))
    if not proc.verified:
        story.append(Paragraph("<i>Thông tin thủ tục này chưa được kiểm chứng: đề nghị hỏi lại cán bộ tiếp nhận.</i>",
                               st["body"]))
    story += [Spacer(1, 12), Paragraph(f"Cập nhật ngày {today:%d/%m/%Y}.", st["copy_label"])]
    return story
