"""The dossier list and the register book as spreadsheets, read back with openpyxl: every
matching row (past the first page), dates as date cells, the header frozen and filtered,
the look written to the audit log."""

from datetime import date, datetime

import openpyxl
import pytest

from desk_app.core import queue as queue_module
from desk_app.core.queue import QueueFilter
from desk_app.core.registration import dossier_input_from_dict
from desk_app.printing.list_xlsx import LIST_COLUMNS
from tests.unit.core.stats_scenario import build_scenario

PERIOD = (date(2026, 12, 1), date(2026, 12, 4))


def _header(sheet, row: int = 1) -> dict[str, int]:
    return {sheet.cell(row, c).value: c for c in range(1, sheet.max_column + 1)}


def test_the_filtered_list_every_row_with_date_cells(desk, clock, commander, tmp_path, monkeypatch):
    build_scenario(desk, clock, commander)
    monkeypatch.setattr(queue_module, "PAGE_SIZE", 2)  # the open list spans two pages
    flt = QueueFilter(view="open")
    expected = desk.queue.all_rows(flt)
    assert len(expected) == 4 and len(desk.queue.page(flt, limit=2)) == 2
    path, count = desk.printing.export_list(flt, tmp_path / "list.xlsx", officer_id=commander["id"])
    sheet = openpyxl.load_workbook(path).active
    head = _header(sheet)
    assert [head.get(label) for _, label, _ in LIST_COLUMNS] == list(range(2, 2 + len(LIST_COLUMNS)))
    assert count == 4 and sheet.max_row == 5  # the header and the four rows, nothing below
    assert [sheet.cell(r, head["Mã hồ sơ"]).value for r in range(2, 6)] == [r["code"] for r in expected]
    received = sheet.cell(2, head["Ngày nhận"])
    assert isinstance(received.value, datetime) and received.number_format == "dd/mm/yyyy hh:mm"
    assert received.value == datetime.fromisoformat(expected[0]["received_at"])
    assert sheet.cell(2, head["Cán bộ tiếp nhận"]).value == commander["full_name"]
    assert isinstance(sheet.cell(2, head["Lệ phí (đồng)"]).value, int)
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(5, sheet.max_column).coordinate}"
    looks = [e for e in desk.audit.entries() if e["action"] == "export"]
    assert looks and looks[0]["detail"] == "list.xlsx: 4 hồ sơ" and looks[0]["officer_id"] == commander["id"]


def test_a_search_exports_what_the_list_shows(desk, clock, commander, tmp_path):
    scenario = build_scenario(desk, clock, commander)
    other = scenario.desk.dossiers.register(dossier_input_from_dict(
        {"full_name": "Phạm Văn Đức", "id_number": "001090000202", "phone": "0912345678", "procedure": "1.004194"}),
        commander["id"]).code
    found = desk.dossiers.find("Tran Thi Lan", limit=500)
    assert found and other not in {r["code"] for r in found}
    flt = QueueFilter(view="open")
    path, count = desk.printing.export_list(flt, tmp_path / "found.xlsx", search="Tran Thi Lan")
    sheet = openpyxl.load_workbook(path).active
    codes = {sheet.cell(r, 2).value for r in range(2, 2 + count)}
    assert codes == {r["code"] for r in found if desk.queue.matches(flt, r)} and 0 < count < len(found)


def test_the_register_book_of_a_period(desk, clock, commander, tmp_path):
    build_scenario(desk, clock, commander)
    path, count = desk.printing.export_register(*PERIOD, tmp_path / "register.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert count == 8 and sheet.cell(1, 1).value.startswith("SỔ THEO DÕI HỒ SƠ")
    head = _header(sheet, 3)
    assert sheet.cell(4, head["Số bộ"]).value == 1
    assert all(PERIOD[0] <= sheet.cell(r, head["Nhận hồ sơ"]).value.date() <= PERIOD[1] for r in range(4, 12))
    assert sheet.freeze_panes == "A4"
    with pytest.raises(ValueError, match="trước ngày đầu"):
        desk.printing.export_register(PERIOD[1], PERIOD[0], tmp_path / "bad.xlsx")
    assert not (tmp_path / "bad.xlsx").exists()


def test_text_that_looks_like_a_formula_or_a_number_stays_text(tmp_path):
    from desk_app.printing.list_xlsx import export_list_xlsx

    row = {"code": "CAXTT-261123-0001", "full_name": "=HYPERLINK(\"x\")", "id_number": "001190000201",
           "received_at": "2026-11-23 09:00:00", "fee": 15000, "status": "received"}
    sheet = openpyxl.load_workbook(export_list_xlsx([row], tmp_path / "one.xlsx")).active
    head = _header(sheet)
    name, number = sheet.cell(2, head["Người nộp"]), sheet.cell(2, head["Số định danh"])
    assert (name.value, name.data_type) == ("=HYPERLINK(\"x\")", "s")
    assert (number.value, number.data_type) == ("001190000201", "s")  # the leading zeros kept
    assert sheet.cell(2, head["Hẹn trả"]).value is None and sheet.cell(2, head["Trạng thái"]).value == "Đã tiếp nhận"
