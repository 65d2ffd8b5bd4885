"""The real CLI at chosen moments (faketime): unsatisfied ratings from the CLI and from paper
forms open the commander's follow-ups, complaints, proposals and tip-offs taken with
`visit add` get their deadlines; they turn overdue when the calendar says, the commander
answers with the PIN, and the end-of-day file carries them to the district, whose report
counts them. Everything counted by hand below (Monday 23/11/2026 09:00; 24/11 is a day off)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import COMMANDER_PIN, REPO_ROOT
from tests.e2e.test_audit_anchor import linked_commune_and_district

pytestmark = pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime")
MONDAY = "2026-11-23 09:00:00"


def at(moment: str, data_dir, *args, input: str | None = None, pin: str | None = COMMANDER_PIN):
    """`desk-app ARGS` as a separate process with the system clock at `moment` (local time)."""
    env = {**os.environ, "DESK_APP_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    env.pop("DESK_APP_PIN", None)
    if pin:
        env["DESK_APP_PIN"] = pin
    return subprocess.run(["faketime", "-f", moment, sys.executable, "-m", "desk_app", *args], input=input,
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=REPO_ROOT, timeout=120,
                          stdin=subprocess.DEVNULL if input is None else None)


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def _register(commune, name: str) -> str:
    payload = json.dumps({"full_name": name, "procedure": "1.004194", "phone": "0912000111"}, ensure_ascii=False)
    return json.loads(ok(at(MONDAY, commune, "--json", "register", input=payload)))["code"]


def _monday_at_the_counter(commune) -> dict:
    """Two unsatisfied citizens (one changes their mind), one paper form, three feedbacks."""
    first, second = _register(commune, "Lê Thị Hoa"), _register(commune, "Phạm Văn Đức")
    ok(at(MONDAY, commune, "rating", "add", first, "unsatisfied", "--reason", "trễ hẹn"))
    ok(at(MONDAY, commune, "rating", "add", second, "unsatisfied", "--reason", "thái độ"))
    ok(at(MONDAY, commune, "rating", "add", second, "very_satisfied"))  # withdraws its follow-up
    paper = json.dumps([{"code": second, "level": "unsatisfied", "reason": "waiting", "step": "return"}])
    ok(at(MONDAY, commune, "rating", "paper", input=paper))
    cases = {}
    for kind, name, content in (("complaint", "Vũ Văn Khiếu", "Tiếng ồn quán karaoke"),
                                ("proposal", "Bùi Thị Hà", "Đề nghị lắp đèn đường"),
                                ("tip", "Ngô Văn Khang", "Báo có người lạ trong xóm")):
        cases[kind] = json.loads(ok(at(MONDAY, commune, "--json", "visit", "add", "--kind", kind, "--full-name",
                                       name, "--content", content, "--phone", "0988777666")))
    return {"first": first, "second": second, "cases": cases}


def test_follow_ups_through_the_cli_and_the_district(tmp_path):
    commune, upper = linked_commune_and_district(tmp_path)
    made = _monday_at_the_counter(commune)
    assert {k: c["due_at"] for k, c in made["cases"].items()} == {
        "complaint": "2026-12-08 09:00:00", "proposal": "2026-12-08 09:00:00", "tip": "2026-11-27 09:00:00"}

    # Tuesday 1/12 08:00: the two rating follow-ups (due 1/12 09:00) open, not late; the tip late.
    before = json.loads(ok(at("2026-12-01 08:00:00", commune, "--json", "rating", "follow-ups", "--open")))
    assert [(r["dossier_code"], r["overdue"]) for r in before] == [(made["first"], False), (made["second"], False)]
    assert [r["step"] for r in before] == ["reception", "return"]
    listed = json.loads(ok(at("2026-12-01 08:00:00", commune, "--json", "visit", "list", "--open")))
    assert [(r["kind"], r["overdue"]) for r in listed] == [("report", True), ("complaint", False),
                                                           ("proposal", False)]
    late = ok(at("2026-12-01 09:30:00", commune, "rating", "follow-ups", "--open"))
    assert late.count("QUÁ HẠN") == 2 and "Cộng 2; chưa trả lời 2, quá hạn 2." in late

    # The commander answers the first (late), with the PIN; without it nothing is written.
    short = before[0]["id"][:8]
    refused = at("2026-12-01 09:30:00", commune, "rating", "answer", short, "--text", "Xin lỗi", pin=None)
    assert refused.returncode == 2 and "cần mã PIN" in refused.stderr
    ok(at("2026-12-01 09:30:00", commune, "rating", "answer", short, "--text", "Đã gọi điện xin lỗi",
          "--contact", "Gọi 0912000111"))
    ok(at("2026-12-01 09:40:00", commune, "visit", "close", made["cases"]["complaint"]["id"][:8],
          "--answer", "Đã kiểm tra, nhắc nhở chủ quán"))
    after = json.loads(ok(at("2026-12-01 09:45:00", commune, "--json", "rating", "follow-ups")))
    assert [(r["status"], r["answer"]) for r in after] == [("open", ""), ("answered", "Đã gọi điện xin lỗi")]

    exported = json.loads(ok(at("2026-12-01 10:00:00", commune, "--json", "export", "--out", str(tmp_path / "usb"))))
    # Three follow-up records (the withdrawn one too: the district must see it withdrawn), three cases.
    assert (exported[0]["counts"]["rating_follow_ups"], exported[0]["counts"]["visit_follow_ups"]) == (3, 3)
    imported = ok(at("2026-12-01 10:05:00", upper, "district", "import", exported[0]["file"]))
    assert "CẢNH BÁO" not in imported  # the unit's audit chain, follow-ups included, extends cleanly
    report = json.loads(ok(at("2026-12-01 10:10:00", upper, "--json", "district", "report", "--follow-ups")))
    assert report == [{"unit": "CAXTT", "unit_name": "Công an xã Tân Tiến",
                       "ratings": {"opened": 2, "answered": 1, "answered_late": 1, "open": 1, "overdue": 1},
                       "visits": {"complaint": {"received": 1, "answered": 1, "forwarded": 0, "pending": 0,
                                                "overdue": 0},
                                  "proposal": {"received": 1, "answered": 0, "forwarded": 0, "pending": 1,
                                               "overdue": 0},
                                  "report": {"received": 1, "answered": 0, "forwarded": 0, "pending": 1,
                                             "overdue": 1}}}]
    text = ok(at("2026-12-01 10:10:00", upper, "district", "report"))
    assert "không hài lòng 2 — đã trả lời 1 (trễ hạn 1), chưa trả lời 1, quá hạn 1" in text
    assert "Tin báo: 1 — đã trả lời 0, chuyển cấp trên 0, đang xử lý 1, quá hạn 1" in text


def test_visit_add_refuses_what_the_log_would_refuse(tmp_path):
    commune, _upper = linked_commune_and_district(tmp_path)
    wrong = at(MONDAY, commune, "visit", "add", "--kind", "inquiry", "--full-name", "A", "--content", "x")
    assert wrong.returncode == 2 and "invalid choice" not in wrong.stderr and "inquiry" in wrong.stderr
    digits = at(MONDAY, commune, "visit", "add", "--kind", "tip", "--full-name", "Lê 123", "--content", "x")
    assert digits.returncode == 2 and "không được có chữ số" in digits.stderr
    assert "Không có phản ánh" in ok(at(MONDAY, commune, "visit", "list", "--open"))
    unknown = at(MONDAY, commune, "visit", "close", "abcdef12", "--answer", "x")
    assert unknown.returncode == 2 and "Không có việc" in unknown.stderr


def test_visit_update_hands_over_and_forwards(tmp_path):
    """Steps between taking and answering: another handler, handling, forwarded (with where)."""
    from tests.conftest import run_here

    commune, _upper = linked_commune_and_district(tmp_path)
    ok(run_here("officer", "add", "Trần Thị Lan", "--role", "officer", "--pin", "3917", data_dir=commune))
    case = json.loads(ok(run_here("--json", "visit", "add", "--kind", "tip", "--full-name", "Ngô Văn Khang",
                                  "--content", "Báo có người lạ", "--handler", "Trần Thị Lan", data_dir=commune)))
    assert (case["handler_name"], case["status"]) == ("Trần Thị Lan", "received")
    short = case["id"][:8]
    refused = run_here("visit", "update", short, "--status", "forwarded", data_dir=commune)
    assert refused.returncode == 2 and "nơi chuyển đến" in refused.stderr
    moved = json.loads(ok(run_here("--json", "visit", "update", short, "--status", "forwarded", "--to",
                                   "Công an tỉnh Bắc Ninh", "--handler", "Nguyễn Văn Hùng", data_dir=commune)))
    assert (moved["status"], moved["forwarded_to"], moved["handler_name"]) == (
        "forwarded", "Công an tỉnh Bắc Ninh", "Nguyễn Văn Hùng")
    assert "Đã chuyển cấp trên" in ok(run_here("visit", "list", "--open", data_dir=commune))
    unknown = run_here("visit", "add", "--kind", "tip", "--full-name", "A", "--content", "x", "--handler", "Ai đó",
                       data_dir=commune)
    assert unknown.returncode == 2 and "Không có cán bộ" in unknown.stderr
