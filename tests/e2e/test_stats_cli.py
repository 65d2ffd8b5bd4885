"""`desk-app stats` and the exports in the test's process, on a desk with the hand-counted scenario."""

import json

import openpyxl
import pytest

from tests.unit.core.stats_scenario import build_scenario
from tests.unit.printing.bieu06_readback import form_rows

KEYS = {"carried_over", "received_new", "received_online", "received_direct", "received_total", "resolved_total",
        "resolved_early", "resolved_on_time", "resolved_late", "in_progress_total", "in_progress_in_time",
        "in_progress_overdue", "needs_supplement", "refused", "stopped", "returned", "satisfaction"}


@pytest.fixture
def scenario_dir(desk, clock, commander, isolated_data_dir):
    build_scenario(desk, clock, commander)
    desk.close()
    return isolated_data_dir


def test_json_has_the_keys_the_report_names(scenario_dir, cli_here):
    # The command counts with the real clock: a period already past (A to N of the scenario).
    done = cli_here("--json", "stats", "--from", "2026-11-23", "--to", "2026-11-26", "--by", "procedure")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert KEYS <= set(data)
    assert set(data["satisfaction"]) == {"very_satisfied", "satisfied", "unsatisfied"}
    assert (data["received_total"], data["resolved_early"], data["in_progress_in_time"]) == (4, 1, 3)
    assert data["received_total"] == data["resolved_total"] + data["in_progress_total"] + data["refused"] + data["stopped"]
    assert [r["key"] for r in data["rows"]] == ["1.004194"]
    assert all(KEYS - {"satisfaction"} <= set(r) for r in data["rows"])


def test_human_output_and_the_forms(scenario_dir, cli_here, tmp_path):
    xlsx, pdf = tmp_path / "b06.xlsx", tmp_path / "b06.pdf"
    done = cli_here("stats", "--from", "2026-11-23", "--to", "2026-11-26", "--xlsx", str(xlsx), "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert "Tổng số nhận" in done.stdout and "Trước hạn" in done.stdout and "100,0%" in done.stdout
    assert xlsx.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")


def test_bad_input_is_refused_in_vietnamese(scenario_dir, cli_here):
    done = cli_here("stats", "--from", "2026-12-04", "--to", "2026-12-01")
    assert done.returncode == 2 and "trước ngày đầu" in done.stderr
    done = cli_here("stats", "--from", "4/12/2026", "--to", "2026-12-01")
    assert done.returncode == 2 and "không phải ngày hợp lệ" in done.stderr
    for args in (("stats", "--from", "2026-12-01", "--to", "2026-12-04", "--xlsx", "/no/such/folder/b.xlsx"),
                 ("export-list", "--out", "/no/such/folder/l.xlsx")):
        done = cli_here(*args)
        assert done.returncode == 2 and "không tồn tại" in done.stderr and "Traceback" not in done.stderr


def test_export_list_and_register(scenario_dir, cli_here, tmp_path):
    out = tmp_path / "list.xlsx"
    done = cli_here("export-list", "--out", str(out), "--procedure", "1.003677")
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out).active
    assert sheet.cell(1, 7).value == "Thủ tục" and sheet.cell(2, 7).value == "Khai báo tạm vắng"
    assert {sheet.cell(r, 6).value for r in range(2, sheet.max_row + 1)} == {"1.003677"}
    out = tmp_path / "reg.xlsx"
    done = cli_here("--json", "export-register", "--from", "2026-12-01", "--to", "2026-12-04", "--out", str(out))
    assert json.loads(done.stdout)["rows"] == 8
    done = cli_here("--json", "audit", "list", "--limit", "5")
    assert "reg.xlsx: 8 hồ sơ" in done.stdout and "list.xlsx" in done.stdout


def test_district_stats_through_the_cli(tmp_path):
    from datetime import date

    from tests.conftest import run_here

    commune, upper = tmp_path / "commune", tmp_path / "district"

    def ok(*args, data_dir, input=None):
        done = run_here(*args, data_dir=data_dir, input=input)
        assert done.returncode == 0, done.stderr
        return done.stdout

    key = ok("district", "init", "--name", "Công an tỉnh Bắc Ninh", data_dir=upper).splitlines()[0]
    ok("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng",
       "--district-key", key, data_dir=commune)
    ok("district", "add-unit", "--code", "CAXTT", "--name", "Công an xã Tân Tiến", "--key",
       ok("keys", data_dir=commune).splitlines()[0], data_dir=upper)
    ok("district", "add-unit", "--code", "CAXQ", "--name", "Công an xã Quiet", "--key",
       ok("keys", data_dir=commune).splitlines()[0], data_dir=upper)
    for name in ("Lê Thị Hoa", "Phạm Văn Đức"):
        ok("register", input=json.dumps({"full_name": name, "procedure": "1.004194", "phone": "0912345678"}),
           data_dir=commune)
    ok("export", "--out", str(tmp_path / "usb"), data_dir=commune)
    ok("district", "import", *map(str, (tmp_path / "usb").glob("*.dsync")), data_dir=upper)
    today = date.today().isoformat()
    desk = json.loads(ok("--json", "stats", "--from", today, "--to", today, data_dir=commune))
    form = tmp_path / "district.xlsx"
    data = json.loads(ok("--json", "district", "stats", "--from", today, "--to", today, "--silent-days", "1",
                         "--xlsx", str(form), data_dir=upper))
    # The JSON by unit (the district's default); Biểu 06 by field and procedure all the same.
    assert [(n, label) for n, label, _ in form_rows(form)] == [("I", "Cư trú"), ("1", "Đăng ký tạm trú (1.004194)"),
                                                              ("", "Tổng số")]
    assert KEYS <= set(data) and data["received_total"] == desk["received_total"] == 2
    assert [r["key"] for r in data["rows"]] == ["CAXTT"]
    assert {k: data[k] for k in KEYS} == {k: desk[k] for k in KEYS}
    assert isinstance(data["silent_units"], list)
    text = ok("district", "stats", "--from", today, "--to", today, "--by", "procedure", data_dir=upper)
    assert "Đăng ký tạm trú" in text


def test_the_text_gives_each_satisfaction_level_its_share():
    from desk_app.cli.period_report import satisfaction_line

    line = satisfaction_line({"very_satisfied": 1, "satisfied": 2, "unsatisfied": 1})
    assert line == "  Mức độ hài lòng (4 lượt đánh giá): Rất hài lòng 1 (25,0%), Hài lòng 2 (50,0%), Không hài lòng 1 (25,0%)"
    assert "chưa có đánh giá" in satisfaction_line({"very_satisfied": 0, "satisfied": 0, "unsatisfied": 0})
