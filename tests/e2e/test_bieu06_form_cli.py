"""Biểu 06 written by the real `desk-app stats` (a subprocess): without --by, and whatever
--by says, the XLSX and the PDF have the form's rows (each field, the procedures under it,
the total), read back from the files; --by still groups the screen and the JSON."""

import json

import pytest

from tests.unit.core.fields_scenario import PERIOD, ROWS, build_fields_scenario
from tests.unit.printing.bieu06_readback import form_rows, pdf_lines


@pytest.fixture
def scenario_dir(desk, clock, commander, isolated_data_dir):
    build_fields_scenario(desk, clock, commander)
    desk.close()
    return isolated_data_dir


def test_without_by_the_files_have_fields_procedures_and_the_total(scenario_dir, cli, tmp_path):
    xlsx, pdf = tmp_path / "b06.xlsx", tmp_path / "b06.pdf"
    done = cli("--json", "stats", "--from", PERIOD[0], "--to", PERIOD[1], "--xlsx", str(xlsx), "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert "rows" not in data and data["received_total"] == 6  # the JSON without --by: the totals only
    assert form_rows(xlsx) == ROWS
    # The PDF: the same rows in the same order, each with its figures (the rate last: 2 of 3 timely).
    lines = pdf_lines(pdf)
    found = [next(i for i, line in enumerate(lines) if line.startswith(f"{number} {label}".strip()))
             for number, label, _ in ROWS if number]
    assert found == sorted(found)
    assert "III Đăng ký xe 2 0 1 1 1 0 1 0 1 0 1 0 0 0 0 100,0%" in lines
    assert "1 Khai báo tạm vắng (1.003677) 1 0 1 0 1 0 0 1 0 0 0 0 0 0 0 0,0%" in lines
    assert any(line.startswith("Tổng số 6 1 4 1 3 1 1 1 3 2 1 0 0 0 0 66,7%") for line in lines)


def test_by_groups_the_json_and_the_screen_not_the_form(scenario_dir, cli, tmp_path):
    xlsx = tmp_path / "b06.xlsx"
    done = cli("--json", "stats", "--from", PERIOD[0], "--to", PERIOD[1], "--by", "officer", "--xlsx", str(xlsx))
    assert done.returncode == 0, done.stderr
    assert [r["label"] for r in json.loads(done.stdout)["rows"]] == ["Nguyễn Văn Hùng"]
    assert form_rows(xlsx) == ROWS
    done = cli("stats", "--from", PERIOD[0], "--to", PERIOD[1], "--by", "field")
    assert done.returncode == 0, done.stderr
    shown = [line.split("  ")[-1].strip() for line in done.stdout.splitlines()[-3:]]
    assert shown == ["Căn cước", "Cư trú", "Đăng ký xe"]
