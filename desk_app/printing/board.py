"""QR boards ("bảng niêm yết TTHC bằng mã QR") on A4 or A3: a grid of labelled QR codes,
one per field or per procedure, the unit's header and the satisfaction-survey QR.

Size rule: a phone camera reads a QR of up to ~33 modules from about 20 times the width
of the symbol (quiet zone excluded), so reading from 1 m needs a symbol of at least 5 cm;
we never go below MIN_SYMBOL (4.5 cm, for short links), and A3 boards get larger codes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desk_app.core.dossiers import NotFound
from desk_app.core.text import fold
from desk_app.printing.pdf_common import PAGE_SIZES, NationalHeader, draw_qr, write_atomically
from desk_app.printing.pdf_fonts import BOLD, ITALIC, REGULAR, nfc, register_fonts, text_width
from desk_app.printing.sources import PrintSources

MIN_SYMBOL = 4.5 * cm
COLUMNS = 3
MARGIN = 1.4 * cm
SURVEY_LABEL = "ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG"


@dataclass
class BoardItem:
    label: str
    url: str
    note: str = ""  # a second, smaller line (the procedure code)


def board_items(catalog, by: str = "field", field: str | None = None) -> tuple[list[BoardItem], str]:
    """The QR items (from the catalog) and the board's subtitle. --field implies procedures of that field."""
    if by not in ("field", "procedure"):
        raise ValueError("--by phải là field hoặc procedure.")
    if by == "field" and not field:
        items = [BoardItem(nfc(f["name"]), nfc(f.get("url", ""))) for f in catalog.fields()]
        return items, "Theo lĩnh vực"
    procedures = catalog.list_procedures(active_only=True)
    if field:
        procedures = [p for p in procedures if fold(p.field) == fold(field)]
        if not procedures:
            known = ", ".join(f["name"] for f in catalog.fields())
            raise NotFound(f"Không có thủ tục nào thuộc lĩnh vực “{field}”. Các lĩnh vực: {known}.")
    items = [BoardItem(p.name, p.link(), f"Mã TTHC {p.code}") for p in procedures]
    return items, f"Lĩnh vực: {nfc(procedures[0].field)}" if field else "Theo thủ tục"


def write_board_pdf(sources: PrintSources, path: str | os.PathLike, by: str = "field", field: str | None = None,
                    size: str = "A4"):
    """Write the board; returns the path written."""
    if size not in PAGE_SIZES:
        raise ValueError("Khổ giấy phải là A4 hoặc A3.")
    unit = sources.unit()
    items, subtitle = board_items(sources.catalog(), by, field)
    return write_atomically(path, lambda temp: _draw(temp, PAGE_SIZES[size], unit, items, subtitle))


class _Grid:
    """Cell geometry for one page size: COLUMNS columns, as many rows as fit."""

    def __init__(self, pagesize, top: float, bottom: float):
        width, _ = pagesize
        self.scale = width / PAGE_SIZES["A4"][0]
        self.cell_w = (width - 2 * MARGIN) / COLUMNS
        self.symbol = max(MIN_SYMBOL, self.cell_w * 0.8)
        self.label_size = 10.5 * self.scale
        # Space for ~3 modules of quiet zone above the symbol (the cell is white around it).
        self.quiet_top = self.symbol * 3 / 29
        self.cell_h = self.quiet_top + self.symbol + 0.3 * cm + self.label_size * 1.2 * 3 + 0.3 * cm
        self.top = top
        self.rows = max(1, int((top - bottom) // self.cell_h))
        self.per_page = self.rows * COLUMNS

    def origin(self, index: int) -> tuple[float, float]:
        row, col = divmod(index, COLUMNS)
        return MARGIN + col * self.cell_w, self.top - (row + 1) * self.cell_h


def _draw(path: str, pagesize, unit: dict, items: list[BoardItem], subtitle: str) -> None:
    register_fonts()
    width, height = pagesize
    canvas = Canvas(path, pagesize=pagesize, invariant=1, initialFontName=REGULAR, initialFontSize=10)
    canvas.setTitle(nfc(f"Bảng niêm yết TTHC bằng mã QR – {unit['name']}"))
    canvas.setAuthor(nfc(unit["name"]))
    header_bottom = _header_height(pagesize)
    grid = _Grid(pagesize, height - header_bottom, MARGIN + 0.45 * cm)
    survey = nfc(unit.get("survey_url", ""))
    per_page = grid.per_page - (1 if survey else 0)
    pages = [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]
    for number, page_items in enumerate(pages, start=1):
        _draw_header(canvas, pagesize, unit, subtitle)
        for index, item in enumerate(page_items):
            _draw_cell(canvas, grid, index, item)
        if survey:
            _draw_cell(canvas, grid, len(page_items), BoardItem(SURVEY_LABEL, survey, "Quét mã để góp ý, đánh giá"),
                       highlight=True)
        _draw_footer(canvas, pagesize, unit, number, len(pages), grid.scale)
        canvas.showPage()
    canvas.save()


def _header_height(pagesize) -> float:
    return MARGIN + 4.4 * cm * pagesize[0] / PAGE_SIZES["A4"][0]


def _draw_header(canvas, pagesize, unit: dict, subtitle: str) -> None:
    width, height = pagesize
    scale = width / PAGE_SIZES["A4"][0]
    header = NationalHeader(unit, size=11.5 * scale)
    _, h = header.wrap(width - 2 * MARGIN, height)
    header.drawOn(canvas, MARGIN, height - MARGIN - h)
    y = height - MARGIN - h - 0.8 * cm * scale
    canvas.setFont(BOLD, 17 * scale)
    canvas.drawCentredString(width / 2, y, "BẢNG NIÊM YẾT THỦ TỤC HÀNH CHÍNH BẰNG MÃ QR")
    canvas.setFont(BOLD, 13 * scale)
    canvas.drawCentredString(width / 2, y - 0.7 * cm * scale, nfc(subtitle))
    canvas.setFont(ITALIC, 10.5 * scale)
    canvas.drawCentredString(width / 2, y - 1.25 * cm * scale,
                             "Dùng điện thoại quét mã QR để xem thủ tục, thành phần hồ sơ, thời hạn và lệ phí.")


def _draw_cell(canvas, grid: _Grid, index: int, item: BoardItem, highlight: bool = False) -> None:
    x, y = grid.origin(index % grid.per_page)
    symbol_top = y + grid.cell_h - grid.quiet_top
    qr_x = x + (grid.cell_w - grid.symbol) / 2
    if item.url:
        draw_qr(canvas, item.url, qr_x, symbol_top - grid.symbol, grid.symbol)
    else:
        canvas.setDash(4, 3)
        canvas.rect(qr_x, symbol_top - grid.symbol, grid.symbol, grid.symbol)
        canvas.setDash()
        canvas.setFont(ITALIC, 9 * grid.scale)
        canvas.drawCentredString(x + grid.cell_w / 2, symbol_top - grid.symbol / 2, "Chưa có đường dẫn")
    _draw_label(canvas, grid, x, symbol_top - grid.symbol - 0.3 * cm, item)
    # The frame goes on last: the QR's white quiet zone would otherwise hide it.
    pad = 0.12 * cm
    canvas.setLineWidth(1.6 if highlight else 0.5)
    canvas.roundRect(x + pad, y + pad, grid.cell_w - 2 * pad, grid.cell_h - 2 * pad, 6)


def _draw_label(canvas, grid: _Grid, x: float, top: float, item: BoardItem) -> None:
    size, width = grid.label_size, grid.cell_w - 0.6 * cm
    lines = simpleSplit(nfc(item.label), BOLD, size, width)
    max_lines = 2 if item.note else 3
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and text_width(lines[-1] + "…", BOLD, size) > width:
            lines[-1] = lines[-1][:-1]
        lines[-1] += "…"
    y = top - size
    canvas.setFont(BOLD, size)
    for line in lines:
        canvas.drawCentredString(x + grid.cell_w / 2, y, line)
        y -= size * 1.2
    if item.note:
        canvas.setFont(REGULAR, size * 0.85)
        canvas.drawCentredString(x + grid.cell_w / 2, y, nfc(item.note))


def _draw_footer(canvas, pagesize, unit: dict, page: int, pages: int, scale: float) -> None:
    width, _ = pagesize
    canvas.setFont(REGULAR, 9.5 * scale)
    parts = [f"Bộ phận Một cửa – {nfc(unit['name'])}"]
    if unit.get("hotline"):
        parts.append(f"Đường dây nóng: {nfc(unit['hotline'])}")
    if pages > 1:
        parts.append(f"Trang {page}/{pages}")
    canvas.drawCentredString(width / 2, MARGIN, " · ".join(parts))

