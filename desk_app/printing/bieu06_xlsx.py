"""Biểu 06 as a spreadsheet: the form's header rows, numbers in cells, every total a formula
(a field's row adds up its procedures, the total row its fields, a group's "Tổng số" its
columns), so an officer who corrects a number sees the totals follow."""

from __future__ import annotations

import os
from datetime import date

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from desk_app.core.stats import Report
from desk_app.printing import bieu06
from desk_app.printing.pdf_common import place_date, write_atomically

FIRST_COUNT_COL = 2  # A: STT, B: label, then the counts


def _formats(book) -> dict:
    base = {"font_name": "Times New Roman", "font_size": 11, "border": 1, "valign": "vcenter"}
    return {
        "title": book.add_format({"font_name": "Times New Roman", "bold": True, "font_size": 13, "align": "center",
                                  "valign": "vcenter", "text_wrap": True}),
        "plain": book.add_format({"font_name": "Times New Roman", "font_size": 11}),
        "bold": book.add_format({"font_name": "Times New Roman", "font_size": 11, "bold": True}),
        "italic_center": book.add_format({"font_name": "Times New Roman", "italic": True, "align": "center"}),
        "right": book.add_format({"font_name": "Times New Roman", "font_size": 11, "italic": True, "align": "right"}),
        "head": book.add_format({**base, "bold": True, "align": "center", "text_wrap": True, "bg_color": "#EBEBEB"}),
        "index": book.add_format({**base, "italic": True, "align": "center", "font_size": 9}),
        "item": book.add_format({**base, "text_wrap": True}),
        "item_n": book.add_format({**base, "num_format": "#,##0"}),
        "item_c": book.add_format({**base, "align": "center"}),
        "item_pct": book.add_format({**base, "num_format": "0.0%"}),
        "sum": book.add_format({**base, "bold": True, "text_wrap": True}),
        "sum_n": book.add_format({**base, "bold": True, "num_format": "#,##0"}),
        "sum_c": book.add_format({**base, "bold": True, "align": "center"}),
        "sum_pct": book.add_format({**base, "bold": True, "num_format": "0.0%"}),
    }


def write_bieu06_xlsx(report: Report, unit: dict, path: str | os.PathLike, today: date | None = None):
    """Write the form for `report` (rows by field and procedure when it is by procedure)."""
    import xlsxwriter

    rows = bieu06.form_rows(report)

    def build(temp: str) -> None:
        book = xlsxwriter.Workbook(temp, {"constant_memory": False})
        sheet = book.add_worksheet("Biểu 06")
        fmt = _formats(book)
        columns = bieu06.COUNT_COLUMNS
        last_col = FIRST_COUNT_COL + len(columns) - 1
        sheet.set_column(0, 0, 6)
        sheet.set_column(1, 1, 46)
        sheet.set_column(FIRST_COUNT_COL, last_col, 11)
        sheet.write(0, 0, unit.get("upper_name", "").upper(), fmt["plain"])
        sheet.write(1, 0, unit.get("name", "").upper(), fmt["bold"])
        sheet.write(0, last_col, bieu06.FORM_NUMBER, fmt["right"])
        sheet.merge_range(3, 0, 3, last_col, bieu06.TITLE, fmt["title"])
        sheet.set_row(3, 36)
        sheet.merge_range(4, 0, 4, last_col, bieu06.period_text(report), fmt["italic_center"])
        sheet.write(5, last_col, bieu06.UNIT_OF_COUNT, fmt["right"])
        top = _header(sheet, fmt, 6)
        first_data = top
        _body(sheet, fmt, rows, first_data)
        end = first_data + len(rows)
        sheet.write(end + 1, last_col, place_date(unit, today), fmt["right"])
        sheet.write(end + 2, 1, "NGƯỜI LẬP BIỂU", fmt["bold"])
        sheet.write(end + 2, last_col - 3, "THỦ TRƯỞNG ĐƠN VỊ", fmt["bold"])
        sheet.freeze_panes(first_data, FIRST_COUNT_COL)
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        book.close()

    return write_atomically(path, build)


def _header(sheet, fmt, row: int) -> int:
    """The two header rows and the column-number row; returns the first data row."""
    sheet.merge_range(row, 0, row + 1, 0, "STT", fmt["head"])
    sheet.merge_range(row, 1, row + 1, 1, bieu06.LABEL_HEADING, fmt["head"])
    col = FIRST_COUNT_COL
    for heading, cols in bieu06.GROUPS:
        if len(cols) == 1:
            sheet.merge_range(row, col, row + 1, col, heading, fmt["head"])
        else:
            sheet.merge_range(row, col, row, col + len(cols) - 1, heading, fmt["head"])
            for i, (_, sub) in enumerate(cols):
                sheet.write(row + 1, col + i, sub, fmt["head"])
        col += len(cols)
    sheet.set_row(row, 30)
    sheet.set_row(row + 1, 45)
    for c in range(col):
        sheet.write(row + 2, c, f"({c + 1})", fmt["index"])
    return row + 3


def _body(sheet, fmt, rows: list[bieu06.FormRow], first: int) -> None:
    columns = bieu06.COUNT_COLUMNS
    col_of = {key: FIRST_COUNT_COL + i for i, key in enumerate(columns)}
    field_rows: list[int] = []
    for n, form_row in enumerate(rows):
        r = first + n
        strong = form_row.kind != "item"
        sheet.write(r, 0, form_row.number, fmt["sum_c" if strong else "item_c"])
        sheet.write(r, 1, form_row.label, fmt["sum" if strong else "item"])
        number, pct = fmt["sum_n" if strong else "item_n"], fmt["sum_pct" if strong else "item_pct"]
        for key in columns:
            c = col_of[key]
            cached = bieu06.cell_value(form_row.counts, key)
            if key == bieu06.RATE:
                done = xl_rowcol_to_cell(r, col_of["resolved_total"])
                timely = f"{xl_rowcol_to_cell(r, col_of['resolved_early'])}+{xl_rowcol_to_cell(r, col_of['resolved_on_time'])}"
                sheet.write_formula(r, c, f'=IF({done}=0,"",({timely})/{done})', pct, "" if cached is None else cached)
            elif key in bieu06.TOTALS:
                parts = "+".join(xl_rowcol_to_cell(r, col_of[k]) for k in bieu06.TOTALS[key])
                sheet.write_formula(r, c, f"={parts}", number, cached)
            elif form_row.kind == "field":
                letter = xl_col_to_name(c)
                sheet.write_formula(r, c, f"=SUM({letter}{r + 2}:{letter}{r + 1 + form_row.children})", number, cached)
            elif form_row.kind == "total" and field_rows:
                letter = xl_col_to_name(c)
                sheet.write_formula(r, c, "=" + "+".join(f"{letter}{fr + 1}" for fr in field_rows), number, cached)
            elif form_row.kind == "total" and r > first:
                letter = xl_col_to_name(c)
                sheet.write_formula(r, c, f"=SUM({letter}{first + 1}:{letter}{r})", number, cached)
            else:
                sheet.write_number(r, c, cached, number)
        if form_row.kind == "field":
            field_rows.append(r)
