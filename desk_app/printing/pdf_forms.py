"""The A4 forms: CT04 / Mẫu 01 receipt, CT05 / Mẫu 02 supplement request, CT06 / Mẫu 03
refusal, Mẫu 04 apology and new due time, Mẫu 05 stop notice, each printed twice (one copy
for the citizen, one kept by the counter), one copy per page; and Mẫu 06, the control sheet
that travels with the dossier (once, as it stands when printed: never a reprint).
The annex's exact layouts are not verified: change them here only."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from desk_app.core.catalog import DOCUMENT_KINDS
from desk_app.core.control_steps import status_line
from desk_app.core.lifecycle import TERMINAL_STATUSES
from desk_app.core.text import vn_datetime, vn_money
from desk_app.db import print_jobs as print_job_repo
from desk_app.db.store import from_text
from desk_app.printing import jobs
from desk_app.printing.pdf_common import (BLANK, NationalHeader, QrFlowable, document, esc, place_date, styles,
                                          table_style, write_atomically)
from desk_app.printing.pdf_fonts import BOLD, REGULAR, nfc
from desk_app.printing.pdf_form_data import FormData, form_data, reprint_mark
from desk_app.printing.sources import PrintSources

COPIES = ("Liên 1: Giao người nộp hồ sơ", "Liên 2: Lưu tại Bộ phận Một cửa")
TITLES = {
    "receipt": ("Mẫu CT04 / Mẫu 01", "PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Số: ………/PTN"),
    "supplement": ("Mẫu CT05 / Mẫu 02", "PHIẾU HƯỚNG DẪN BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Số: ………/PHD"),
    "refusal": ("Mẫu CT06 / Mẫu 03", "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", "Số: ………/PTC"),
    "extension": ("Mẫu 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Số: ………/XL"),
    "stop": ("Mẫu 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Số: ………/TB"),
    "control": ("Mẫu 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", ""),
}
AS_IT_STANDS = ("control",)  # drawn up anew at each print: one copy, no reprint mark
CONTROL_BLANK_ROWS = 3  # for the steps still to come, written by hand
RESULT_FORMATS = ("Bản giấy", "Bản điện tử", "Tin nhắn SMS")
JOB_PREFIX = "a4_"  # a form written is a print job of kind a4_<form>, subject the dossier code
PDF_PRINTER = "PDF A4"
MARK_RED = colors.Color(0.75, 0.05, 0.05)
BLANK_TIME = "…… giờ …… phút, ngày …… tháng …… năm ………"  # to fill by hand


def write_form_pdf(sources: PrintSources, code: str, kind: str, path: str | os.PathLike, copies: int = 2,
                   officer_id: str | None = None):
    """Write the form for dossier `code`; returns the path written."""
    return write_form(sources, code, kind, path, copies, officer_id)[0]


def write_form(sources: PrintSources, code: str, kind: str, path: str | os.PathLike, copies: int = 2,
               officer_id: str | None = None) -> tuple[Path, int]:
    """Write the form for dossier `code`; (the path written, its reprint number, 0 for the
    first). Every form written is recorded, so the next one of its kind is marked as a
    reprint (never passes for the first)."""
    dossier = sources.dossiers().get(code)
    unit = sources.unit()
    head = sources.officers().resolve(None)
    data = form_data(kind, dossier, unit, head["full_name"] if head else "", now=sources.store.clock())
    if kind in AS_IT_STANDS:
        copies = 1
    else:
        earlier = print_job_repo.printed_times(sources.store, JOB_PREFIX + kind, dossier["code"])
        data.reprint, data.replaces = reprint_mark(dossier, earlier)
    story = []
    for number in range(copies):
        if number:
            story.append(PageBreak())
        story += form_story(data, COPIES[number] if copies > 1 else "")
    title = f"{TITLES[kind][1].capitalize()} – {dossier['code']}"
    on_page = _page_mark(data) if data.reprint else (lambda canvas, doc: None)
    written = write_atomically(path, lambda temp: document(temp, title=title, author=unit["name"]).build(
        story, onFirstPage=on_page, onLaterPages=on_page))
    jobs.record_file(sources.store, JOB_PREFIX + kind, dossier["code"], PDF_PRINTER, str(written),
                     written.stat().st_size, officer_id)
    return written, data.reprint


def reprint_lines(data: FormData) -> list[str]:
    """What a reprint says of itself: its number and, after an amendment, what it replaces."""
    if not data.reprint:
        return []
    lines = [f"BẢN IN LẠI LẦN {data.reprint}"]
    if data.replaces:
        lines.append(f"Thay thế bản in trước ngày {data.replaces:%d/%m/%Y} lúc {data.replaces:%H:%M} "
                     "(hồ sơ đã được sửa)")
    return lines


def _reprint_box(data: FormData) -> Table:
    st = styles()
    first, *rest = reprint_lines(data)
    cells = [[Paragraph(f"<font color='#bf0d0d'>{esc(first)}</font>", st["mark"])]]
    cells += [[Paragraph(f"<b>{esc(line)}</b>", st["center"])] for line in rest]
    box = Table(cells, colWidths=[17.2 * cm])
    box.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1.6, MARK_RED), ("TOPPADDING", (0, 0), (-1, 0), 6),
                              ("BOTTOMPADDING", (0, -1), (-1, -1), 5)]))
    return box


def _page_mark(data: FormData):
    """The mark in the top margin of every page too, so no page of a reprint passes alone."""
    text = " – ".join(reprint_lines(data))

    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(MARK_RED)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawCentredString(doc.pagesize[0] / 2, doc.pagesize[1] - 1.1 * cm, nfc(text))
        canvas.restoreState()

    return draw


def form_story(data: FormData, copy_label: str) -> list:
    st = styles()
    form_no, title, number = TITLES[data.kind]
    day = (data.as_of or data.event_at or data.received_at).date() if data.kind != "receipt" \
        else data.received_at.date()
    story = [_reprint_box(data), Spacer(1, 6)] if data.reprint else []
    story += [Paragraph(esc(f"{form_no}{' – ' + copy_label if copy_label else ''}"), st["copy_label"]),
              Spacer(1, 4), NationalHeader(data.unit, number, place_date(data.unit, day)),
              Paragraph(esc(title), st["title"]),
              Paragraph(f"Mã hồ sơ: <b>{esc(data.dossier['code'])}</b>", st["subtitle"])]
    story += BODIES[data.kind](data)
    return story


# -- pieces ----------------------------------------------------------------------------------

def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, styles()[style])


def _field(label: str, value, bold: bool = True) -> Paragraph:
    value = nfc(value).strip()
    shown = (f"<b>{esc(value)}</b>" if bold else esc(value)) if value else BLANK * 2
    return _p(f"{esc(label)}: {shown}")


def _citizen(d: dict) -> list:
    contact = f"Số điện thoại: {esc(d.get('phone') or '…………………')}"
    return [_field("Ông/Bà", d.get("full_name")), _field("Số định danh cá nhân", d.get("id_number")),
            _field("Nơi cư trú", d.get("address"), bold=False), _p(contact)]


def _procedure(d: dict) -> Paragraph:
    return _p(f"Nội dung yêu cầu giải quyết: <b>{esc(d['procedure_name'])}</b> (mã TTHC {esc(d['procedure_code'])})")


def _numbered(items: list[str], blank_lines: int = 4) -> list:
    if not items:
        return [_p(f"{n}. {BLANK * 5}") for n in range(1, blank_lines + 1)]
    return [_p(f"{n}. {esc(item)}") for n, item in enumerate(items, start=1)]


def _reason(reason: str, hint: str) -> list:
    if reason:
        return [_p(f"Lý do: {esc(reason)}")]
    return [_p(f"Lý do <i>({esc(hint)})</i>: {BLANK * 2}"), _p(BLANK * 5)]


def _signature(left: tuple[str, str, str], right: tuple[str, str, str], qr: Flowable | None = None) -> Table:
    """Two signature blocks (title, hint, printed name), optionally
    preceded by a QR."""

    def block(title, hint, name):
        if not title:
            return ""
        return [_p(f"<b>{esc(title)}</b>", "center"), _p(esc(hint), "center_italic"), Spacer(1, 1.9 * cm),
                _p(f"<b>{esc(name)}</b>" if name else "", "center")]

    cells = [block(*left), block(*right)]
    widths = [8.6 * cm, 8.6 * cm]
    if qr is not None:
        cells, widths = [qr, *cells], [3.4 * cm, 6.9 * cm, 6.9 * cm]
    table = Table([cells], colWidths=widths)
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (0, 0), "CENTER")]))
    return KeepTogether([Spacer(1, 10), table])


class CheckboxRow(Flowable):
    """'Label: ☐ a  ☐ b  ☐ c' with drawn boxes (the font has no ballot-box glyph)."""

    def __init__(self, label: str, options: tuple[str, ...]):
        super().__init__()
        self.label, self.options = nfc(label), [nfc(o) for o in options]

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, 15.5
        return self.width, self.height

    def draw(self):
        c, size, y = self.canv, 11, 4
        c.setFont(REGULAR, size)
        c.drawString(0, y, self.label + ":")
        x = c.stringWidth(self.label + ":", REGULAR, size) + 12
        c.setLineWidth(0.7)
        for option in self.options:
            c.rect(x, y - 1, 9, 9)
            c.drawString(x + 14, y, option)
            x += 14 + c.stringWidth(option, REGULAR, size) + 22


def _documents_table(documents: list[dict]) -> Table:
    st = styles()
    rows = [[Paragraph(h, st["cell_bold"]) for h in ("TT", "Tên giấy tờ", "Hình thức", "Ghi chú")]]
    for n, doc in enumerate(documents, start=1):
        note = nfc(doc.get("note", ""))
        if not doc.get("received", 1):
            note = "Chưa nộp" + (f"; {note}" if note else "")
        rows.append([Paragraph(str(n), st["cell"]), Paragraph(esc(doc["name"]), st["cell"]),
                     Paragraph(esc(DOCUMENT_KINDS.get(doc["kind"], doc["kind"])), st["cell"]),
                     Paragraph(esc(note), st["cell"])])
    if len(rows) == 1:
        rows.append(["", Paragraph(BLANK * 2, st["cell"]), "", ""])
    table = Table(rows, colWidths=[1.0 * cm, 10.2 * cm, 2.6 * cm, 3.6 * cm], repeatRows=1)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93))]))
    return table


def _head_title(unit: dict) -> str:
    return "TRƯỞNG " + nfc(unit.get("name", "")).upper()


def _head_signature(data: FormData) -> Table:
    return _signature(("", "", ""), (_head_title(data.unit), "(Ký, ghi rõ họ tên, đóng dấu)", data.head))


def _letter_opening(data: FormData) -> list:
    """A letter to the citizen: to whom, and which dossier of theirs it is about."""
    d = data.dossier
    return [_p(f"Kính gửi: Ông/Bà <b>{esc(d.get('full_name', ''))}</b>"),
            _p(f"Ngày {data.received_at:%d/%m/%Y}, {esc(data.unit['name'])} tiếp nhận hồ sơ của Ông/Bà, mã hồ sơ "
               f"<b>{esc(d['code'])}</b>, đề nghị giải quyết thủ tục <b>{esc(d['procedure_name'])}</b>.")]


# -- the four bodies -------------------------------------------------------------------------

def _receipt(data: FormData) -> list:
    d, unit = data.dossier, data.unit
    original = from_text(d.get("original_due_at"))
    if original and original != data.due_at:  # printed again after an extension or a supplement
        due = [_field("Thời gian hẹn trả kết quả (đã điều chỉnh)", vn_datetime(data.due_at)),
               _field("Hẹn trả ban đầu", vn_datetime(original), bold=False)]
    else:
        due = [_field("Thời gian hẹn trả kết quả", vn_datetime(data.due_at))]
    where = ", ".join(x for x in (f"Bộ phận Một cửa – {nfc(unit['name'])}", nfc(unit.get("address", ""))) if x)
    return [
        _p(f"{esc(unit['name'])} đã tiếp nhận hồ sơ của:"), *_citizen(d), _procedure(d),
        _p("Thành phần hồ sơ gồm:"), Spacer(1, 3), _documents_table(d.get("documents", [])), Spacer(1, 6),
        _field("Lệ phí", vn_money(d.get("fee") or 0)),
        _field("Thời gian tiếp nhận hồ sơ", vn_datetime(data.received_at)),
        *due,
        CheckboxRow("Hình thức nhận kết quả", RESULT_FORMATS),
        _field("Nơi nhận kết quả", where, bold=False),
        _p(f"Mọi thắc mắc xin liên hệ số điện thoại: <b>{esc(unit.get('hotline') or '…………………')}</b>"),
        CondPageBreak(5 * cm),
        _signature(("NGƯỜI NỘP HỒ SƠ", "(Ký, ghi rõ họ tên)", d.get("full_name", "")),
                   ("CÁN BỘ TIẾP NHẬN", "(Ký, ghi rõ họ tên)", data.receiver),
                   QrFlowable(d["code"], 2.4 * cm, "Xuất trình khi nhận kết quả")),
    ]


def _supplement(data: FormData) -> list:
    d, unit = data.dossier, data.unit
    hotline = unit.get("hotline") or "…………………"
    return [
        _p(f"Ngày {data.received_at:%d/%m/%Y}, {esc(unit['name'])} tiếp nhận hồ sơ của:"), *_citizen(d),
        _procedure(d),
        _p("Qua kiểm tra, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:"),
        *_numbered(data.missing),
        *_reason(data.reason, "nêu rõ lý do cần bổ sung"),
        _p(f"Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ số điện thoại "
           f"<b>{esc(hotline)}</b> để được hướng dẫn."),
        _signature(("NGƯỜI NỘP HỒ SƠ", "(Ký, ghi rõ họ tên)", d.get("full_name", "")),
                   ("CÁN BỘ TIẾP NHẬN", "(Ký, ghi rõ họ tên)", data.signer)),
    ]


def _refusal(data: FormData) -> list:
    d, unit = data.dossier, data.unit
    return [
        _p(f"{esc(unit['name'])} từ chối tiếp nhận, giải quyết hồ sơ của:"), *_citizen(d), _procedure(d),
        *_reason(data.reason, "nêu rõ lý do, căn cứ điều, khoản của văn bản quy phạm pháp luật"),
        _p("Xin thông báo để Ông/Bà được biết và thực hiện."),
        _head_signature(data),
    ]


def _extension(data: FormData) -> list:
    unit = data.unit
    before = data.previous_due or data.due_at
    new_due = vn_datetime(data.new_due) if data.new_due else BLANK_TIME
    return [
        *_letter_opening(data),
        _field("Thời gian hẹn trả kết quả", vn_datetime(before)),
        _p(f"Tuy nhiên đến nay, {esc(unit['name'])} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng hẹn."),
        *_reason(data.reason, "nêu rõ lý do chậm trả kết quả"),
        _p(f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {esc(unit['name'])} xin lỗi Ông/Bà và hẹn lại "
           f"thời gian trả kết quả vào: <b>{esc(new_due)}</b>."),
        _p("Rất mong nhận được sự thông cảm của Ông/Bà."),
        _head_signature(data),
    ]


def _stop(data: FormData) -> list:
    unit = data.unit
    since = vn_datetime(data.event_at) if data.event_at else BLANK_TIME
    return [
        *_letter_opening(data),
        _p(f"{esc(unit['name'])} thông báo dừng giải quyết hồ sơ của Ông/Bà kể từ <b>{esc(since)}</b>."),
        *_reason(data.reason, "nêu rõ lý do dừng giải quyết"),
        _p(f"Mọi thắc mắc xin liên hệ Bộ phận Một cửa – {esc(unit['name'])}, số điện thoại "
           f"<b>{esc(unit.get('hotline') or '…………………')}</b>."),
        _p("Xin thông báo để Ông/Bà được biết."),
        _head_signature(data),
    ]


def _control(data: FormData) -> list:
    d, unit = data.dossier, data.unit
    return [
        _p("<i>(Kèm theo Phiếu tiếp nhận hồ sơ và hẹn trả kết quả)</i>", "center"),
        _field("Cơ quan (bộ phận) giải quyết hồ sơ", unit["name"]),
        _field("Người nộp hồ sơ", d.get("full_name")), _procedure(d),
        _field("Tiếp nhận lúc", vn_datetime(data.received_at), bold=False),
        _field("Hẹn trả kết quả", vn_datetime(data.due_at)),
        _p(esc(status_line(d, data.as_of or data.received_at))),
        Spacer(1, 4), _steps_table(data), Spacer(1, 4),
        _p("Kết quả của mỗi bước so với hạn theo ngày: trước ngày hạn là trước hạn, trong ngày hạn là đúng hạn, "
           "sau ngày hạn là quá hạn; bước có kết quả tính theo hạn ban đầu (như Biểu 06).", "small"),
    ]


def _steps_table(data: FormData) -> Table:
    cell = ParagraphStyle("control_cell", parent=styles()["cell"], fontSize=8.5, leading=10.5)
    bold = ParagraphStyle("control_head", parent=cell, fontName=BOLD, alignment=TA_CENTER)

    def when(moment) -> Paragraph:
        return Paragraph(f"{moment:%H:%M}<br/>{moment:%d/%m/%Y}", cell)

    heads = ("TT", "Bên giao", "Bên nhận", "Thời gian giao, nhận", "Hạn giải quyết",
             "Kết quả (trước, đúng, quá hạn)", "Ghi chú")
    rows = [[Paragraph(h, bold) for h in heads]]
    for n, step in enumerate(data.steps, start=1):
        note = f"<b>{esc(step.label)}</b>" + (f". {esc(step.note)}" if step.note else "")
        rows.append([Paragraph(str(n), cell), Paragraph(esc(step.giver), cell), Paragraph(esc(step.taker), cell),
                     when(step.at), when(step.due), Paragraph(f"<b>{esc(step.verdict)}</b>", cell),
                     Paragraph(note, cell)])
    heights = [None] * len(rows)
    if data.dossier["status"] not in TERMINAL_STATUSES:
        first = len(data.steps) + 1
        rows += [[Paragraph(str(n), cell), *[""] * 6] for n in range(first, first + CONTROL_BLANK_ROWS)]
        heights += [1.1 * cm] * CONTROL_BLANK_ROWS
    table = Table(rows, colWidths=[0.8 * cm, 3.0 * cm, 3.0 * cm, 2.2 * cm, 2.2 * cm, 1.8 * cm, 4.2 * cm],
                  rowHeights=heights, repeatRows=1)
    table.setStyle(table_style([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93))]))
    return table


BODIES = {"receipt": _receipt, "supplement": _supplement, "refusal": _refusal, "extension": _extension,
          "stop": _stop, "control": _control}
