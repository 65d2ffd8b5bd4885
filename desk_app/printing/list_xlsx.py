"""Lists officers take to a spreadsheet: the dossier list as filtered on screen (every
matching row, not only the page shown), and the dossier register (sổ theo dõi hồ sơ) for a
period. Times are date cells with their format written in (dd/mm/yyyy hh:mm), so they sort
and filter as dates and read the same in a spreadsheet of any locale. The window and the CLI
both export through `export_list` and `export_register` (desk.printing), which also write the look to the
audit log (the rows carry citizens' personal data)."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from desk_app.core.lifecycle import STATUS_LABELS
from desk_app.printing.pdf_common import write_atomically
from desk_app.printing.sources import PrintSources

CHANNEL_LABELS = {"in_person": "Trực tiếp", "online": "Trực tuyến", "post": "Bưu chính"}
LIST_COLUMNS = (("code", "Mã hồ sơ", 20), ("full_name", "Người nộp", 24), ("id_number", "Số định danh", 14),
                ("phone", "Điện thoại", 12), ("procedure_code", "Mã thủ tục", 10), ("procedure_name", "Thủ tục", 36),
                ("channel", "Hình thức nộp", 11), ("received_at", "Ngày nhận", 16), ("due_at", "Hẹn trả", 16),
                ("status", "Trạng thái", 16), ("result_ready_at", "Có kết quả", 16), ("closed_at", "Kết thúc", 16),
                ("fee", "Lệ phí (đồng)", 11), ("officer_name", "Cán bộ tiếp nhận", 22))
REGISTER_COLUMNS = (("code", "Mã hồ sơ", 20), ("procedure_name", "Tên thủ tục hành chính", 36),
                    ("sets", "Số bộ", 6), ("full_name", "Người nộp hồ sơ", 24), ("address", "Địa chỉ", 30),
                    ("phone", "Điện thoại", 12), ("received_at", "Nhận hồ sơ", 16), ("due_at", "Hẹn trả kết quả", 16),
                    ("handed_at", "Chuyển xử lý", 16), ("result_ready_at", "Có kết quả", 16),
                    ("returned_at", "Trả công dân", 16), ("status", "Ghi chú", 18))
TIMES = {"received_at", "due_at", "result_ready_at", "closed_at", "handed_at", "returned_at"}
SEARCH_EXPORT_LIMIT = 100_000  # a search's rows, all of them (the screen shows the first 200)


def _value(row: dict, key: str):
    if key == "sets":
        return 1
    value = row.get(key)
    if key == "status":
        return STATUS_LABELS.get(value, value or "")
    if key == "channel":
        return CHANNEL_LABELS.get(value, value or "")
    if key in TIMES:
        # 'YYYY-MM-DD HH:MM:SS' as stored: fromisoformat reads it ten times faster than strptime.
        return datetime.fromisoformat(value) if value else None
    return "" if value is None else value


def _write(rows: list[dict], path, columns, title: str, sheet_name: str, head_row: int):
    """`head_row` 0: the header is the first row (a list to sort and filter); else the title
    above it (the register book)."""
    import xlsxwriter

    def build(temp: str) -> None:
        book = xlsxwriter.Workbook(temp)
        book.set_properties({"title": title})
        sheet = book.add_worksheet(sheet_name)
        head = book.add_format({"bold": True, "border": 1, "bg_color": "#EBEBEB", "text_wrap": True,
                                "valign": "vcenter"})
        cell = book.add_format({"border": 1, "valign": "top"})
        when = book.add_format({"border": 1, "valign": "top", "num_format": "dd/mm/yyyy hh:mm"})
        money = book.add_format({"border": 1, "valign": "top", "num_format": "#,##0"})
        if head_row:
            sheet.write(0, 0, title, book.add_format({"bold": True, "font_size": 13}))
        sheet.write(head_row, 0, "STT", head)
        sheet.set_column(0, 0, 5)
        for c, (_, heading, width) in enumerate(columns, start=1):
            sheet.write(head_row, c, heading, head)
            sheet.set_column(c, c, width)
        for r, row in enumerate(rows, start=head_row + 1):
            sheet.write_number(r, 0, r - head_row, cell)
            for c, (key, _, _) in enumerate(columns, start=1):
                # The typed writers: write() would test every string for a URL or a formula.
                value = _value(row, key)
                if isinstance(value, datetime):
                    sheet.write_datetime(r, c, value, when)
                elif value is None:
                    sheet.write_blank(r, c, None, cell)
                elif isinstance(value, (int, float)):
                    sheet.write_number(r, c, value, money if key == "fee" else cell)
                else:
                    sheet.write_string(r, c, str(value), cell)
        if head_row:  # below a gap, so a sort or a filter of the rows leaves it out
            sheet.write(head_row + len(rows) + 2, 0, f"Tổng số: {len(rows)} hồ sơ.")
        sheet.autofilter(head_row, 0, head_row + len(rows), len(columns))
        sheet.freeze_panes(head_row + 1, 0)
        book.close()

    return write_atomically(path, build)


def export_list_xlsx(rows: list[dict], path: str | os.PathLike, title: str = "DANH SÁCH HỒ SƠ"):
    """The dossier list rows (as the list shows them) to a spreadsheet, the header first."""
    return _write(rows, path, LIST_COLUMNS, title, "Danh sách", 0)


def list_rows(sources: PrintSources, flt, search: str = "") -> list[dict]:
    """Every dossier the list shows for this filter and search text (a search is filtered as
    the list filters it), each with the name of the officer who received it."""
    text = search.strip()
    if text:
        queue = sources.queue()
        rows = [r for r in sources.dossiers().find(text, limit=SEARCH_EXPORT_LIMIT) if queue.matches(flt, r)]
    else:
        rows = sources.queue().all_rows(flt)
    names = {o["id"]: o["full_name"] for o in sources.officers().list(active_only=False)}
    return [{**r, "officer_name": names.get(r.get("received_by"), "")} for r in rows]


def export_list(sources: PrintSources, flt, path: str | os.PathLike, search: str = "",
                officer_id: str | None = None) -> tuple[Path, int]:
    """The filtered list to a spreadsheet; (path, rows written). The look is logged."""
    rows = list_rows(sources, flt, search)
    written = export_list_xlsx(rows, path)
    _log_export(sources, written, len(rows), officer_id)
    return written, len(rows)


def write_register_xlsx(sources: PrintSources, start: date, end: date, path: str | os.PathLike):
    """The register of dossiers received from start to end (inclusive); (path, rows written)."""
    from desk_app.db.register_queries import register_rows

    rows = register_rows(sources.store, start, end)
    title = f"SỔ THEO DÕI HỒ SƠ – Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    return _write(rows, path, REGISTER_COLUMNS, title, "Sổ theo dõi", 2), len(rows)


def export_register(sources: PrintSources, start: date, end: date, path: str | os.PathLike,
                    officer_id: str | None = None) -> tuple[Path, int]:
    """The register book of a period to a spreadsheet; (path, rows written). The look is logged."""
    if end < start:
        raise ValueError(f"Ngày cuối ({end:%d/%m/%Y}) trước ngày đầu ({start:%d/%m/%Y}).")
    written, count = write_register_xlsx(sources, start, end, path)
    _log_export(sources, written, count, officer_id)
    return written, count


def _log_export(sources: PrintSources, path: Path, count: int, officer_id: str | None) -> None:
    audit = sources.store.auditor
    if audit is not None:
        audit.look("export", None, f"{Path(path).name}: {count} hồ sơ", officer_id)
