"""Lists officers take to a spreadsheet: the dossier list as filtered on screen, and the
dossier register (sổ theo dõi hồ sơ) for a period. Times stay text as the desk shows them
(dd/mm/yyyy hh:mm), so a spreadsheet in any locale shows the same."""

from __future__ import annotations

import os
from datetime import date

from desk_app.core.lifecycle import STATUS_LABELS
from desk_app.db.store import from_text
from desk_app.printing.pdf_common import write_atomically

LIST_COLUMNS = (("code", "Mã hồ sơ", 20), ("full_name", "Người nộp", 24), ("id_number", "Số định danh", 14),
                ("phone", "Điện thoại", 12), ("procedure_name", "Thủ tục", 36), ("status", "Trạng thái", 16),
                ("received_at", "Nhận hồ sơ", 16), ("due_at", "Hẹn trả", 16), ("result_ready_at", "Có kết quả", 16),
                ("closed_at", "Kết thúc", 16))
REGISTER_COLUMNS = (("code", "Mã hồ sơ", 20), ("procedure_name", "Tên thủ tục hành chính", 36),
                    ("sets", "Số bộ", 6), ("full_name", "Người nộp hồ sơ", 24), ("address", "Địa chỉ", 30),
                    ("phone", "Điện thoại", 12), ("received_at", "Nhận hồ sơ", 16), ("due_at", "Hẹn trả kết quả", 16),
                    ("handed_at", "Chuyển xử lý", 16), ("result_ready_at", "Có kết quả", 16),
                    ("returned_at", "Trả công dân", 16), ("status", "Ghi chú", 18))
TIMES = {"received_at", "due_at", "result_ready_at", "closed_at", "handed_at", "returned_at"}


def _value(row: dict, key: str):
    if key == "sets":
        return 1
    value = row.get(key)
    if key == "status":
        return STATUS_LABELS.get(value, value or "")
    if key in TIMES:
        moment = from_text(value) if value else None
        return f"{moment:%d/%m/%Y %H:%M}" if moment else ""
    return "" if value is None else value


def _write(rows: list[dict], path, columns, title: str, sheet_name: str):
    import xlsxwriter

    def build(temp: str) -> None:
        book = xlsxwriter.Workbook(temp)
        sheet = book.add_worksheet(sheet_name)
        bold = book.add_format({"bold": True, "font_size": 13})
        head = book.add_format({"bold": True, "border": 1, "bg_color": "#EBEBEB", "text_wrap": True,
                                "valign": "vcenter"})
        cell = book.add_format({"border": 1, "valign": "top"})
        sheet.write(0, 0, title, bold)
        sheet.write(2, 0, "STT", head)
        sheet.set_column(0, 0, 5)
        for c, (_, heading, width) in enumerate(columns, start=1):
            sheet.write(2, c, heading, head)
            sheet.set_column(c, c, width)
        for r, row in enumerate(rows, start=3):
            sheet.write_number(r, 0, r - 2, cell)
            for c, (key, _, _) in enumerate(columns, start=1):
                sheet.write(r, c, _value(row, key), cell)
        sheet.write(len(rows) + 4, 0, f"Tổng số: {len(rows)} hồ sơ.")
        sheet.autofilter(2, 0, 2 + len(rows), len(columns))
        sheet.freeze_panes(3, 0)
        book.close()

    return write_atomically(path, build)


def export_list_xlsx(rows: list[dict], path: str | os.PathLike, title: str = "DANH SÁCH HỒ SƠ"):
    """The dossier list rows (as the list shows them) to a spreadsheet."""
    return _write(rows, path, LIST_COLUMNS, title, "Danh sách")


def write_register_xlsx(desk, start: date, end: date, path: str | os.PathLike):
    """The register of dossiers received from start to end (inclusive); (path, rows written)."""
    from desk_app.db.register_queries import register_rows

    rows = register_rows(desk.store, start, end)
    title = f"SỔ THEO DÕI HỒ SƠ – Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    return _write(rows, path, REGISTER_COLUMNS, title, "Sổ theo dõi"), len(rows)
