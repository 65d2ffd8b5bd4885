"""handover and day-close through the real CLI."""

from __future__ import annotations

import json

from tests.conftest import run_here


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_handover_and_day_close(tmp_path):
    data = tmp_path / "desk"
    _ok(run_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                 "Nguyễn Văn Hùng", data_dir=data))
    _ok(run_here("officer", "add", "Trần Thị Lan", "--pin", "3917", data_dir=data))
    codes = []
    for name, procedure, channel in (("Lê Thị Hoa", "1.004194", "in_person"), ("Phạm Văn Đức", "1.004222", "online")):
        payload = json.dumps({"full_name": name, "procedure": procedure, "channel": channel}, ensure_ascii=False)
        codes.append(json.loads(_ok(run_here("--json", "register", input=payload, data_dir=data)))["code"])
    for action in ("in_progress", "result_ready"):
        _ok(run_here("status", codes[0], "--to", action, data_dir=data))

    report = json.loads(_ok(run_here("--json", "handover", "--to-officer", "Trần Thị Lan", data_dir=data)))
    assert report["received"] == codes and report["returned"] == [] and report["overdue"] == []
    assert report["open"] == [codes[1]] and report["ready_for_pickup"] == [codes[0]]
    assert report["fees_total"] == 25_000 and report["cash_total"] == 15_000
    assert "Chưa có lần bàn giao" in _ok(run_here("handover", "--history", data_dir=data))  # --json wrote nothing

    refused = run_here("handover", "--to-officer", "Trần Thị Lan", "--pin", "0000", data_dir=data)
    assert refused.returncode == 2 and "Mã PIN của cán bộ nhận ca không đúng" in refused.stderr
    png, pdf = tmp_path / "handover.png", tmp_path / "handover.pdf"
    text = _ok(run_here("handover", "--to-officer", "Trần Thị Lan", "--pin", "3917", "--note", "Gọi chị Hoa",
                        "--png", str(png), data_dir=data))
    assert "Đã bàn giao cho Trần Thị Lan" in text and png.read_bytes().startswith(b"\x89PNG")
    _ok(run_here("handover", "--pdf", str(pdf), data_dir=data))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Nguyễn Văn Hùng → Trần Thị Lan  Gọi chị Hoa" in _ok(run_here("handover", "--history", data_dir=data))

    first = json.loads(_ok(run_here("--json", "day-close", "--png", str(tmp_path / "z.png"), data_dir=data)))
    assert first["reprint"] is False and first["totals"]["received"] == 2 and first["totals"]["fees_total"] == 25_000
    twice = run_here("day-close", data_dir=data)
    assert twice.returncode == 2 and "đã chốt sổ" in twice.stderr
    again = _ok(run_here("day-close", "--reprint", data_dir=data))
    assert again.startswith("BẢN IN LẠI") and "đã in" in again


def test_a_handover_summary_is_read_without_a_pin(tmp_path):
    data = tmp_path / "desk"
    _ok(run_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                 "Nguyễn Văn Hùng", data_dir=data))
    _ok(run_here("officer", "add", "Trần Thị Lan", "--pin", "3917", data_dir=data))
    payload = json.dumps({"full_name": "Lê Thị Hoa", "procedure": "1.004194"}, ensure_ascii=False)
    code = json.loads(_ok(run_here("--json", "register", input=payload, data_dir=data)))["code"]
    nobody = {"DESK_APP_PIN": None}  # no PIN given, and no terminal to ask on

    assert "Tiếp nhận: 1 " in _ok(run_here("handover", data_dir=data, env=nobody))
    assert json.loads(_ok(run_here("--json", "handover", data_dir=data, env=nobody)))["received"] == [code]
    assert "Chưa có lần bàn giao" in _ok(run_here("handover", "--history", data_dir=data, env=nobody))
    pdf = tmp_path / "ban-giao.pdf"
    _ok(run_here("--officer", "Trần Thị Lan", "handover", "--pdf", str(pdf), data_dir=data, env=nobody))
    assert pdf.read_bytes().startswith(b"%PDF")

    # Confirming writes: the officer handing over proves it first.
    refused = run_here("handover", "--to-officer", "Trần Thị Lan", "--pin", "3917", data_dir=data, env=nobody)
    assert refused.returncode == 2 and "cần mã PIN" in refused.stderr
    assert "Chưa có lần bàn giao" in _ok(run_here("handover", "--history", data_dir=data, env=nobody))
