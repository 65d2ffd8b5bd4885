"""What the A4 documents share: styles, the national-motto header, QR images, atomic writes."""

from __future__ import annotations

import errno
import os
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

import qrcode
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.platypus import Flowable, SimpleDocTemplate, TableStyle

from desk_app.atomic_file import replace_atomically
from desk_app.printing.pdf_fonts import BOLD, ITALIC, REGULAR, nfc, register_fonts, text_width

PAGE_SIZES = {"A4": A4, "A3": A3}
MOTTO_TOP = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_BOTTOM = "Độc lập - Tự do - Hạnh phúc"
BLANK = "…………………………"
UNIT_PREFIX = re.compile(r"^công an\s+(xã|phường|thị trấn|đặc khu)\s+", re.IGNORECASE)


class OutputPathError(ValueError):
    """The output path cannot take a file (no such folder, or a folder). Message for the officer."""


def esc(value) -> str:
    """NFC text made safe for a Paragraph."""
    return escape(nfc(value))


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11.5, leading=16.5, spaceAfter=2.5, alignment=TA_LEFT)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10, leading=13, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=BOLD, fontSize=10, leading=13,
                                    alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=14, leading=19, alignment=TA_CENTER,
                                spaceBefore=14, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=ITALIC, alignment=TA_CENTER, spaceAfter=10),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "center_bold": ParagraphStyle("center_bold", parent=body, fontName=BOLD, alignment=TA_CENTER),
        "center_italic": ParagraphStyle("center_italic", parent=body, fontName=ITALIC, fontSize=10,
                                        alignment=TA_CENTER),
        "mark": ParagraphStyle("mark", parent=body, fontName=BOLD, fontSize=15, leading=20, alignment=TA_CENTER),
        "copy_label": ParagraphStyle("copy_label", parent=body, fontName=ITALIC, fontSize=9, alignment=TA_RIGHT),
    }


def table_style(commands: list) -> TableStyle:
    """A table style whose plain cells use our font (reportlab's default is Helvetica, unembedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def place_name(unit: dict) -> str:
    """'Công an xã Tân Tiến' -> 'Tân Tiến' (the place in 'Tân Tiến, ngày … tháng … năm …')."""
    return UNIT_PREFIX.sub("", nfc(unit.get("name", "")).strip()) or nfc(unit.get("name", ""))


def place_date(unit: dict, day: date | None) -> str:
    if day is None:
        return f"{place_name(unit)}, ngày …… tháng …… năm ………"
    return f"{place_name(unit)}, ngày {day:%d} tháng {day:%m} năm {day.year}"


def _fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size ≤ size at which text fits width."""
    while size > 6 and text_width(text, font, size) > width:
        size -= 0.25
    return size


class NationalHeader(Flowable):
    """Unit at top left (upper level, then the unit in bold, underlined), the national motto
    at top right (underlined), then the document number on the left and place/date on the right."""

    def __init__(self, unit: dict, number: str = "", when: str = "", size: float = 11.5):
        super().__init__()
        self.unit, self.number, self.when, self.size = unit, nfc(number), nfc(when), size

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.size * (5.4 if (self.number or self.when) else 3.4)
        return self.width, self.height

    def _centered(self, text, font, size, cx, y, width, underline=0.0):
        """underline: the rule's length as a share of the text width (0: none)."""
        size = _fit(text, font, size, width)
        self.canv.setFont(font, size)
        self.canv.drawCentredString(cx, y, text)
        if underline:
            half = min(text_width(text, font, size), width) * underline / 2
            self.canv.setLineWidth(0.6)
            self.canv.line(cx - half, y - size * 0.5, cx + half, y - size * 0.5)

    def draw(self):
        left_w, right_w = self.width * 0.42, self.width * 0.56
        left_cx, right_cx = left_w / 2, self.width - right_w / 2
        s, y = self.size, self.height - self.size
        upper = nfc(self.unit.get("upper_name", "")).upper()
        own = nfc(self.unit.get("name", "")).upper()
        if upper:
            self._centered(upper, REGULAR, s - 0.5, left_cx, y, left_w)
            self._centered(own, BOLD, s - 0.5, left_cx, y - s * 1.35, left_w, underline=0.4)
        else:
            self._centered(own, BOLD, s - 0.5, left_cx, y, left_w, underline=0.4)
        self._centered(MOTTO_TOP, BOLD, s - 0.5, right_cx, y, right_w)
        self._centered(MOTTO_BOTTOM, BOLD, s, right_cx, y - s * 1.35, right_w, underline=1.0)
        y -= s * 3.7
        if self.number:
            self._centered(self.number, REGULAR, s - 1, left_cx, y, left_w)
        if self.when:
            self._centered(self.when, ITALIC, s - 1, right_cx, y, right_w)


@lru_cache(maxsize=64)
def qr_image(data: str, box: int = 8) -> ImageReader:
    """A QR code as a grey image with its 4-module quiet zone (error correction M)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=4)
    code.add_data(nfc(data))
    code.make(fit=True)
    return ImageReader(code.make_image(fill_color="black", back_color="white").get_image().convert("L"))


def qr_modules(data: str) -> int:
    """Modules per side (without the quiet zone) of the QR qr_image draws for data."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(nfc(data))
    code.make(fit=True)
    return code.modules_count


def draw_qr(canv, data: str, x: float, y: float, symbol_size: float) -> float:
    """Draw data's QR so the symbol itself (quiet zone excluded) is symbol_size wide, its
    lower-left corner at (x, y); the quiet zone spills outside. Returns the full side."""
    modules = qr_modules(data)
    full = symbol_size * (modules + 8) / modules
    quiet = (full - symbol_size) / 2
    canv.drawImage(qr_image(data), x - quiet, y - quiet, full, full)
    return full


class QrFlowable(Flowable):
    """A QR (symbol side `size`) with a short caption under it."""

    def __init__(self, data: str, size: float = 2.6 * cm, caption: str = ""):
        super().__init__()
        register_fonts()
        self.data, self.size, self.caption = nfc(data), size, nfc(caption)
        modules = qr_modules(self.data)
        self.full = size * (modules + 8) / modules

        self.lines = simpleSplit(self.caption, ITALIC, 8, self.full) if self.caption else []

    def wrap(self, avail_width, avail_height):
        self.width = self.full
        self.height = self.full + 9.5 * len(self.lines)
        return self.width, self.height

    def draw(self):
        quiet = (self.full - self.size) / 2
        draw_qr(self.canv, self.data, quiet, self.height - self.full + quiet, self.size)
        self.canv.setFont(ITALIC, 8)
        for n, line in enumerate(reversed(self.lines)):
            self.canv.drawCentredString(self.full / 2, 2 + 9.5 * n, line)


def document(path: str, pagesize=A4, title: str = "", author: str = "", margins=(2.0 * cm, 1.5 * cm, 1.8 * cm, 1.8 * cm),
             **kwargs) -> SimpleDocTemplate:
    """A platypus document; margins are (left, right, top, bottom). The canvas starts in our
    font, so no unembedded Helvetica is referenced."""
    register_fonts()
    left, right, top, bottom = margins
    return SimpleDocTemplate(path, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                             bottomMargin=bottom, title=nfc(title), author=nfc(author), creator="desk-app",
                             invariant=1, initialFontName=REGULAR, initialFontSize=11, **kwargs)


_OS_MESSAGES = {
    errno.ENOSPC: "Ổ đĩa đã đầy, không ghi được tệp PDF",
    errno.EACCES: "Không có quyền ghi vào thư mục này",
    errno.EPERM: "Không có quyền ghi vào thư mục này",
    errno.EROFS: "Ổ đĩa chỉ đọc, không ghi được tệp PDF",
}


def check_output_path(path: str | os.PathLike) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise OutputPathError(f"“{target}” là một thư mục: hãy ghi rõ tên tệp PDF, ví dụ {target / 'phieu.pdf'}.")
    if not target.parent.is_dir():
        raise OutputPathError(f"Thư mục “{target.parent}” không tồn tại: tạo thư mục hoặc chọn nơi lưu khác.")
    return target


def write_atomically(path: str | os.PathLike, build: Callable[[str], None]) -> Path:
    """build(temp_path) writes the whole file next to the target, then it replaces the target
    in one step (desk_app/atomic_file.py): a failure (disk full, no permission) leaves no half
    file behind, and its message says why in the officer's words."""
    target = check_output_path(path)
    try:
        replace_atomically(target, lambda temp: build(str(temp)))
    except OSError as exc:
        message = _OS_MESSAGES.get(exc.errno, f"Không ghi được tệp PDF ({exc.strerror or exc})")
        raise OSError(exc.errno, message, str(target)) from exc
    return target
