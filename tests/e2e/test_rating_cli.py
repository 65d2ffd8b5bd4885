"""Ratings from the CLI travel in the sync file and show in the district report; a file
without the ratings part (an older desk's) still imports; a second rating of the same step
replaces the first."""

from __future__ import annotations

import json

from tests.conftest import run_here
from tests.e2e.test_audit_anchor import linked_commune_and_district


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_rating_cli_to_district_report(tmp_path):
    commune, upper = linked_commune_and_district(tmp_path)
    usb = tmp_path / "usb"
    payload = json.dumps({"full_name": "Lê Thị Hoa", "procedure": "1.004194"}, ensure_ascii=False)
    code = json.loads(_ok(run_here("--json", "register", input=payload, data_dir=commune)))["code"]
    # An export before any rating: its ratings part is empty, as an older desk's file lacks one.
    _ok(run_here("export", "--out", str(usb), data_dir=commune))

    bad = run_here("rating", "add", code, "unsatisfied", data_dir=commune)
    assert bad.returncode == 2 and "cần một lý do" in bad.stderr
    bad = run_here("rating", "add", code, "tuyệt", data_dir=commune)
    assert bad.returncode == 2 and "very_satisfied" in bad.stderr
    assert "Rất hài lòng" in _ok(run_here("rating", "add", code, "very_satisfied", data_dir=commune))
    _ok(run_here("rating", "add", code, "very_satisfied", "--step", "return", data_dir=commune))
    payload = json.dumps({"full_name": "Phạm Văn Đức", "procedure": "1.004194"}, ensure_ascii=False)
    other = json.loads(_ok(run_here("--json", "register", input=payload, data_dir=commune)))["code"]
    _ok(run_here("rating", "add", other, "satisfied", "--step", "return", data_dir=commune))
    _ok(run_here("rating", "add", other, "very_satisfied", data_dir=commune))
    # A second rating of the same reception replaces the first: one citizen, one answer.
    row = json.loads(_ok(run_here("--json", "rating", "add", other, "unsatisfied", "--reason", "thời gian chờ",
                                  data_dir=commune)))
    assert (row["level"], row["reason"], row["replaced"]) == ("unsatisfied", "waiting", "very_satisfied")
    again = _ok(run_here("rating", "add", other, "unsatisfied", "--reason", "thái độ", data_dir=commune))
    assert "Đánh giá trước (“Không hài lòng”) được thay." in again
    listed = json.loads(_ok(run_here("--json", "rating", "list", "--date", row["at"][:10], data_dir=commune)))
    assert listed["counts"] == {"very_satisfied": 2, "satisfied": 1, "unsatisfied": 1}
    exported = json.loads(_ok(run_here("--json", "export", "--out", str(usb), data_dir=commune)))[0]
    assert exported["counts"]["ratings"] == 4

    _ok(run_here("district", "import", *sorted(str(p) for p in usb.glob("*.dsync")), data_dir=upper))
    shares = json.loads(_ok(run_here("--json", "district", "report", "--ratings", data_dir=upper)))
    assert shares == [{"unit": "CAXTT", "unit_name": "Công an xã Tân Tiến", "very_satisfied": 2, "satisfied": 1,
                       "unsatisfied": 1, "not_rated": 0, "very_satisfied_percent": 50.0,
                       "satisfied_percent": 25.0, "unsatisfied_percent": 25.0}]
    text = _ok(run_here("district", "report", data_dir=upper))
    assert "Rất hài lòng 2 (50,0%)" in text and "Không hài lòng 1 (25,0%)" in text


def test_register_keeps_the_queue_number(tmp_path):
    data = tmp_path / "desk"
    _ok(run_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                 "Nguyễn Văn Hùng", data_dir=data))
    payload = json.dumps({"full_name": "Lê Thị Hoa", "procedure": "1.004194", "queue_number": "a012"},
                         ensure_ascii=False)
    saved = json.loads(_ok(run_here("--json", "register", input=payload, data_dir=data)))
    assert saved["queue_number"] == "A012"
    shown = json.loads(_ok(run_here("--json", "show", saved["code"], data_dir=data)))
    assert shown["queue_number"] == "A012"
    bad = json.dumps({"full_name": "Lê Thị Hoa", "procedure": "1.004194", "queue_number": "số 12 rất dài"},
                     ensure_ascii=False)
    refused = run_here("register", input=bad, data_dir=data)
    assert refused.returncode == 2 and "Số thứ tự" in refused.stderr
