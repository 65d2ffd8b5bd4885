"""Reading our PDFs back: NFC text, embedded fonts, page sizes, QR codes in the page images."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdf
import zxingcpp

A4 = (595.28, 841.89)
A3 = (841.89, 1190.55)


def reader(path: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(str(path))


def page_texts(path: Path) -> list[str]:
    """Each page's text, NFC, with line breaks and runs of spaces folded to one space."""
    return [" ".join(unicodedata.normalize("NFC", page.extract_text()).split()) for page in reader(path).pages]


def text(path: Path) -> str:
    return " ".join(page_texts(path))


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in reader(path).pages]


def fonts(path: Path) -> dict[str, bool]:
    """Base font name -> whether a TrueType font program (/FontFile2) is embedded."""
    found = {}
    for page in reader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return found


def qr_texts(path: Path, page: int | None = None) -> list[str]:
    """Every QR decoded from the images of one page (or all pages)."""
    pages = reader(path).pages
    chosen = [pages[page]] if page is not None else list(pages)
    out = []
    for p in chosen:
        for image in p.images:
            out += [code.text for code in zxingcpp.read_barcodes(image.image)]
    return out


def image_widths(path: Path, page: int = 0) -> list[float]:
    """Drawn widths (pt) of the images on a page, from the transformation before each Do."""
    widths: list[float] = []
    matrix: list[float] = []

    def before(operator, operands, cm, tm):
        nonlocal matrix
        if operator == b"cm":
            matrix = [float(x) for x in operands]
        elif operator == b"Do" and matrix:
            widths.append(matrix[0])

    reader(path).pages[page].extract_text(visitor_operand_before=before)
    return widths


def register(desk, officer_id, procedure="1.004194", **citizen):
    """Register one dossier (Nguyễn Thị Ánh Tuyết by default); returns its code."""
    from desk_app.core.registration import dossier_input_from_dict

    data = {"full_name": "Nguyễn Thị Ánh Tuyết", "id_number": "001190012345", "phone": "0987654321",
            "address": "Số 12, thôn Đông, xã Tân Tiến", "procedure": procedure, **citizen}
    return desk.dossiers.register(dossier_input_from_dict(data), officer_id).code
