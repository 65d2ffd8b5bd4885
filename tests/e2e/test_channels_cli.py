"""Channels through the real program (issue 24, item 3): `register` takes `channel`,
`portal_code`, `assisted`; `find` finds the portal's code; `status --to returned --by-post
--tracking` sends the result by post; `stats` counts them; bad combinations are refused in
Vietnamese (exit 2), nothing written."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import openpyxl

from desk_app.printing.bieu06 import COUNT_COLUMNS

PORTAL = "000.00.12.H10-261206-0042"


def _sql(folder, statement: str, params=()) -> None:
    from desk_app import paths

    conn = sqlite3.connect(paths.db_path(folder))
    with conn:
        conn.execute(statement, params)
    conn.close()


def _setup(cli_here) -> None:
    done = cli_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến",
                    "--commander", "Nguyễn Văn Hùng", "--commander-pin", "4826")
    assert done.returncode == 0, done.stderr


def _register(cli, **fields) -> dict:
    data = {"full_name": "Trần Thị Lan", "procedure": "1.004194", "address": "Thôn Đông, xã Tân Tiến", **fields}
    done = cli("--json", "register", input=json.dumps(data, ensure_ascii=False))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_an_online_dossier_keeps_its_portal_code_and_is_found_by_it(cli, cli_here):
    _setup(cli_here)
    registered = _register(cli, channel="online", portal_code=PORTAL.lower(), assisted=True)  # the real program
    assert (registered["channel"], registered["portal_code"], registered["assisted"]) == ("online", PORTAL, True)
    assert registered["fee"] == 7000  # the online fee of 1.004194
    found = cli("--json", "find", PORTAL[:18])
    assert found.returncode == 0, found.stderr
    assert [r["code"] for r in json.loads(found.stdout)] == [registered["code"]]
    shown = cli_here("show", registered["code"]).stdout
    assert f"Hình thức: Trực tuyến (Cổng DVC, VNeID) (mã trên Cổng {PORTAL}, cán bộ hỗ trợ nộp tại quầy)" in shown
    itself = _register(cli_here, channel="online", portal_code="G22.99-261206-0001")  # filed by the citizen alone
    assert itself["assisted"] is False


def test_a_result_sent_by_post_is_a_return_with_its_tracking_number(cli, cli_here, isolated_data_dir):
    _setup(cli_here)
    code = _register(cli_here, channel="post", post_address="Số 5, thôn Bắc, xã Tân Tiến")["code"]
    for step in ("in_progress", "result_ready"):
        assert cli_here("status", code, "--to", step).returncode == 0
    done = cli("--json", "status", code, "--to", "returned", "--by-post", "--tracking", "ee123456789vn")
    assert done.returncode == 0, done.stderr
    moved = json.loads(done.stdout)
    assert (moved["status"], moved["post_tracking"], moved["post_address"]) == \
        ("returned", "EE123456789VN", "Số 5, thôn Bắc, xã Tân Tiến")
    assert moved["post_sent_at"][:10] == date.today().isoformat()
    shown = json.loads(cli_here("--json", "show", code).stdout)
    assert json.loads(shown["events"][-1]["details"]) == {
        "by_post": True, "tracking": "EE123456789VN", "address": "Số 5, thôn Bắc, xã Tân Tiến"}
    from desk_app.app import Desk

    with Desk.open(isolated_data_dir) as desk:  # by post: no pickup visit at the counter
        assert [v["kind"] for v in desk.store.all("SELECT kind FROM visits ORDER BY at")] == ["dossier"]
    verified = cli_here("--json", "audit", "verify")  # the new columns are in the chain's hashes
    assert verified.returncode == 0, verified.stdout + verified.stderr
    # A backup carries them, and a restore brings them back as they were.
    made = cli_here("--json", "backup", "--to", str(isolated_data_dir.parent / "usb"),
                    env={"DESK_APP_RECOVERY_PASSPHRASE": "trâu vàng gặm cỏ bên sông"})
    assert made.returncode == 0, made.stderr
    _sql(isolated_data_dir, "UPDATE dossiers SET post_tracking = 'XX0VN' WHERE code = ?", (code,))
    tampered = cli_here("audit", "verify")  # changed outside the program: named by its dossier
    assert tampered.returncode == 1 and code in tampered.stdout
    restored = cli_here("restore", json.loads(made.stdout)["backup"])
    assert restored.returncode == 0, restored.stderr
    shown = json.loads(cli_here("--json", "show", code).stdout)
    assert (shown["post_tracking"], shown["post_address"]) == ("EE123456789VN", "Số 5, thôn Bắc, xã Tân Tiến")


def test_bad_channel_details_are_refused_in_vietnamese(cli, cli_here):
    _setup(cli_here)
    refusals = [
        ({"portal_code": PORTAL}, "chỉ có ở hồ sơ nộp trực tuyến"),  # in person, with a portal code
        ({"channel": "post", "portal_code": PORTAL}, "chỉ có ở hồ sơ nộp trực tuyến"),
        ({"channel": "post", "assisted": True}, "chỉ dùng cho hồ sơ nộp trực tuyến"),
        ({"channel": "online", "assisted": "có"}, "phải là true hoặc false"),
        ({"channel": "online", "portal_code": "mã có dấu cách"}, "không hợp lệ"),
        ({"channel": "fax"}, "in_person (trực tiếp), online (trực tuyến) hoặc post (bưu chính)"),
    ]
    for fields, message in refusals:
        data = {"full_name": "Trần Thị Lan", "procedure": "1.004194", **fields}
        done = cli_here("register", input=json.dumps(data, ensure_ascii=False))
        assert done.returncode == 2 and message in done.stderr, (fields, done.stderr)
    code = _register(cli_here)["code"]
    for step in ("in_progress", "result_ready"):
        assert cli_here("status", code, "--to", step).returncode == 0
    for args, message in [(("--to", "returned", "--by-post"), "cần số hiệu bưu gửi: thêm --tracking"),
                          (("--to", "returned", "--tracking", "EE1VN"), "chỉ dùng cùng --by-post"),
                          (("--to", "in_progress", "--by-post", "--tracking", "EE1VN"), "dùng cùng --to returned"),
                          (("--to", "returned", "--by-post", "--tracking", "EE1VN", "--collected-by", "Lan"),
                           "không có người nhận tại quầy")]:
        done = cli("status", code, *args)  # the real program: exit 2, a sentence, no traceback
        assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert json.loads(cli_here("--json", "show", code).stdout)["status"] == "result_ready"  # nothing written


def test_stats_count_each_channel_and_bieu06_counts_the_post_as_direct(cli, cli_here, tmp_path):
    _setup(cli_here)
    # Hand-counted: 2 at the counter, 2 by post (one sent back by post), 3 online (two with a
    # portal code, one of them filed with an officer's help).
    for fields in ({}, {}, {"channel": "post"}, {"channel": "online", "portal_code": "A1-0001", "assisted": True},
                   {"channel": "online", "portal_code": "A1-0002"}, {"channel": "online"}):
        _register(cli_here, **fields)
    code = _register(cli_here, channel="post")["code"]
    for step in ("in_progress", "result_ready"):
        cli_here("status", code, "--to", step)
    assert cli_here("status", code, "--to", "returned", "--by-post", "--tracking", "RR1VN").returncode == 0
    today = date.today().isoformat()
    xlsx = tmp_path / "b06.xlsx"
    done = cli("--json", "stats", "--from", today, "--to", today, "--xlsx", str(xlsx))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["channels"] == {"in_person": 2, "post": 2, "online": 3, "online_assisted": 1,
                                "online_portal_code": 2, "returned_by_post": 1}
    assert (data["received_online"], data["received_direct"], data["returned"]) == (3, 4, 1)
    sheet = openpyxl.load_workbook(xlsx, data_only=True).active
    direct_column = next(c.column for row in sheet.iter_rows() for c in row
                         if c.value == "Trực tiếp, dịch vụ bưu chính")
    total_row = max(c.row for row in sheet.iter_rows() for c in row if c.value == "Tổng số" and c.column == 2)
    assert "received_direct" in COUNT_COLUMNS and sheet.cell(total_row, direct_column).value == 4
    text = cli_here("stats", "--from", today, "--to", today).stdout
    assert ("Hình thức nộp, trả: Trực tiếp tại quầy 2; Nhận qua bưu chính 2; Trực tuyến 3; Trực tuyến, cán bộ hỗ "
            "trợ nộp tại quầy 1; Trực tuyến, có mã hồ sơ trên Cổng 2; Trả kết quả qua bưu chính 1") in text
