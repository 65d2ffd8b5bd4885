"""The upper level by its name (issue 24, item 6): `setup --upper-level-name` sets it once and
the program says it (the export, its refusal); unset, "Công an cấp trên"; the district's own
report carries the name `district init --name` gave; the CLI keeps `district`."""

from __future__ import annotations

import json

from tests.conftest import run_here

SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")


def _ok(*args, data_dir, input=None) -> str:
    done = run_here(*args, data_dir=data_dir, input=input)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_setup_sets_the_name_and_the_program_says_it(cli, tmp_path):
    done = cli("--json", *SETUP, "--upper-level-name", "Công an tỉnh Bắc Ninh")  # the real program
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["unit"]["upper_name"] == "Công an tỉnh Bắc Ninh"
    refused = cli("export", "--out", str(tmp_path / "usb"))  # no key of the upper level yet
    assert refused.returncode == 2 and "Chưa có khóa công khai của Công an tỉnh Bắc Ninh" in refused.stderr
    upper = tmp_path / "upper"
    key = _ok("district", "init", "--name", "Công an tỉnh Bắc Ninh", data_dir=upper).splitlines()[0]
    assert cli("setup", "--district-key", key).returncode == 0
    assert cli("register", input=json.dumps({"full_name": "Lê Thị Hoa", "procedure": "1.004194"})).returncode == 0
    exported = cli("export", "--out", str(tmp_path / "usb"))
    assert exported.returncode == 0 and "gửi Công an tỉnh Bắc Ninh:" in exported.stdout, exported.stderr
    # The older spelling of the option still works (scripts written for it).
    assert cli("setup", "--upper-name", "Công an huyện Tiên Du").returncode == 0
    assert json.loads(cli("--json", "setup").stdout)["unit"]["upper_name"] == "Công an huyện Tiên Du"


def test_unset_the_desk_says_cong_an_cap_tren(tmp_path):
    folder = tmp_path / "desk"
    _ok(*SETUP, "--commander-pin", "4826", data_dir=folder)
    refused = run_here("export", "--out", str(tmp_path / "usb"), data_dir=folder)
    assert refused.returncode == 2 and "Chưa có khóa công khai của Công an cấp trên:" in refused.stderr


def test_the_district_report_carries_the_upper_levels_own_name(tmp_path):
    named, unnamed = tmp_path / "named", tmp_path / "unnamed"
    _ok("district", "init", "--name", "Công an tỉnh Bắc Ninh", data_dir=named)
    _ok("district", "init", data_dir=unnamed)
    assert "BÁO CÁO TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ – CÔNG AN TỈNH BẮC NINH" in _ok("district", "report", data_dir=named)
    assert "– CÔNG AN CẤP TRÊN" in _ok("district", "report", data_dir=unnamed)
    text = _ok("district", "stats", "--from", "2026-11-01", "--to", "2026-11-30", data_dir=unnamed)
    assert "THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ – Công an cấp trên" in text
