"""Biểu 06 read back: the spreadsheet's rows (openpyxl, the values cached beside the formulas)
and the PDF's lines (pdftotext, as laid out)."""

from __future__ import annotations

import subprocess

import openpyxl

FIRST_DATA_ROW = 10  # rows 1-6 the heading, 7-8 the column headings, 9 the column numbers
COUNTED = 11  # received (4), resolved (4), in progress: total, in time, overdue


def form_rows(path) -> list[tuple]:
    """(STT, label, the first COUNTED counts) of each row of the form."""
    sheet = openpyxl.load_workbook(path, data_only=True).active
    assert sheet.cell(FIRST_DATA_ROW - 1, 1).value == "(1)"
    assert sheet.cell(FIRST_DATA_ROW - 3, 2).value.startswith("Lĩnh vực")
    out = []
    for r in range(FIRST_DATA_ROW, sheet.max_row + 1):
        label = sheet.cell(r, 2).value
        if not label or label == "NGƯỜI LẬP BIỂU":
            continue
        counts = tuple(sheet.cell(r, 3 + i).value for i in range(COUNTED))
        out.append((sheet.cell(r, 1).value or "", label, counts))
    return out


def pdf_lines(path) -> list[str]:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return [" ".join(line.split()) for line in done.stdout.splitlines() if line.strip()]
