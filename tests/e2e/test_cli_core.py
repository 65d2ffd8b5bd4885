"""setup -> register -> find -> status in the test's process; bad input through the real program (exit 2)."""

import json
from pathlib import Path

PAYLOAD = "001185012345||Trần Thị Lan|12031985|Nữ|Thôn Đông, xã Tân Tiến|15082021"


def setup(cli):
    result = cli("setup", "--unit-code", "caxtt", "--unit-name", "Công an xã Tân Tiến",
                 "--commander", "Nguyễn Văn Hùng", "--commander-pin", "4826")
    assert result.returncode == 0, result.stderr
    return result


def test_setup_register_find_status(cli_here, isolated_data_dir):
    out = setup(cli_here).stdout
    assert "CAXTT" in out and str(isolated_data_dir) in out
    assert (isolated_data_dir / "desk.sqlite3").exists()
    data = {"full_name": "Nguyễn Văn Đức", "id_number": "001090000123", "birth_date": "1990-01-01",
            "sex": "Nam", "address": "Thôn Tây", "phone": "0901234567", "procedure": "1.004194",
            "received_at": "2026-11-23 09:00"}
    result = cli_here("--json", "register", input=json.dumps(data, ensure_ascii=False))
    assert result.returncode == 0, result.stderr
    registered = json.loads(result.stdout)
    assert registered["code"] == "CAXTT-261123-0001"
    assert registered["due_at"] == "2026-11-27 09:00:00"
    for query in ("nguyen van duc", "Đức", "001090000123", "0901234567", "caxtt-261123-0001"):
        found = cli_here("--json", "find", query)
        assert found.returncode == 0
        assert [r["code"] for r in json.loads(found.stdout)] == ["CAXTT-261123-0001"], query
    text = cli_here("find", "NGUYEN VAN").stdout
    assert "Nguyễn Văn Đức" in text and "Đăng ký tạm trú" in text
    moved = cli_here("--json", "status", "CAXTT-261123-0001", "--to", "in_progress")
    assert moved.returncode == 0 and json.loads(moved.stdout)["status"] == "in_progress"
    moved = cli_here("status", "CAXTT-261123-0001", "--to", "needs_supplement", "--reason", "Thiếu giấy tờ",
                     "--missing", "Hợp đồng thuê nhà")
    assert moved.returncode == 0 and "Chờ bổ sung" in moved.stdout
    bad = cli_here("status", "CAXTT-261123-0001", "--to", "returned")
    assert bad.returncode == 2 and "không thể" in bad.stderr
    shown = json.loads(cli_here("--json", "show", "CAXTT-261123-0001").stdout)
    assert [e["action"] for e in shown["events"]] == ["receive", "start", "supplement"]
    assert shown["events"][-1]["officer_name"] == "Nguyễn Văn Hùng"


def test_register_from_a_file_with_a_raw_qr(cli_here, tmp_path):
    setup(cli_here)
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"cccd_qr": PAYLOAD, "procedure": "1.010041"}), encoding="utf-8")
    result = cli_here("register", "--file", str(path))
    assert result.returncode == 0, result.stderr
    assert "Đã tiếp nhận hồ sơ CAXTT-" in result.stdout and "giờ" in result.stdout


def test_bad_input_exits_2_with_vietnamese_message(cli):
    assert cli("find", "x").returncode == 2  # not set up yet
    setup(cli)
    cases = [
        (("register",), "{not json", "JSON"),
        (("register",), json.dumps({"full_name": "A", "id_number": "12", "procedure": "1.004194"}), "12 chữ số"),
        (("register",), json.dumps({"full_name": "A", "procedure": "0.000"}), "Không có thủ tục"),
        (("status", "NOPE-1", "--to", "returned"), None, "Không tìm thấy hồ sơ"),
        (("cccd", "hello"), None, "ít nhất 7"),
        (("calendar", "due", "--from", "23/13/2026 x", "--days", "3"), None, "thời điểm"),
        (("register", "--file", "/no/such/file.json"), None, "Không tìm thấy tệp"),
    ]
    for args, stdin, fragment in cases:
        result = cli(*args, input=stdin)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert result.stderr.startswith("Lỗi: ") and fragment in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_cccd_command_reads_stdin(cli_here):
    result = cli_here("--json", "cccd", input=PAYLOAD + "\r\n")
    assert result.returncode == 0
    card = json.loads(result.stdout)
    assert card["full_name"] == "Trần Thị Lan" and card["old_id_number"] == ""


def test_calendar_commands(cli_here):
    setup(cli_here)
    due = cli_here("--json", "calendar", "due", "--from", "2026-11-23 09:00", "--procedure", "1.004222")
    assert json.loads(due.stdout)["due_at"] == "2026-12-03 09:00:00"  # 7 days, 24/11 off
    assert cli_here("--json", "calendar", "due", "--from", "2026-11-23 09:00", "--hours", "4").returncode == 0
    days = json.loads(cli_here("--json", "calendar", "holidays", "2026").stdout)
    listed = {d["day"] for d in days}
    assert {"2026-02-17", "2026-04-27", "2026-09-02", "2026-01-02"} <= listed
    assert cli_here("calendar", "add", "2026-11-25", "--kind", "off", "--note", "Bão").returncode == 0
    due = cli_here("--json", "calendar", "due", "--from", "2026-11-23 09:00", "--days", "3")
    assert json.loads(due.stdout)["due_at"] == "2026-11-30 09:00:00"
    assert cli_here("calendar", "remove", "2026-11-25").returncode == 0
    assert cli_here("calendar", "remove", "2026-11-25").returncode == 2


def test_catalog_export_import_round_trip(cli, tmp_path):
    # (the real program: `catalog import` leaves its file to the interpreter to close)
    setup(cli)
    out = tmp_path / "catalog.json"
    assert cli("catalog", "export", "--out", str(out)).returncode == 0
    data = json.loads(out.read_text("utf-8"))
    data["procedures"][0]["fee_in_person"] = 12345
    out.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = cli("--json", "catalog", "import", str(out))
    assert json.loads(result.stdout)["updated"] == 1
    assert "12.345 đồng" in cli("catalog", "list").stdout


def test_demo_data(cli_here):
    setup(cli_here)
    result = cli_here("--json", "demo", "--dossiers", "60", "--days", "10")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["dossiers"] == 60 and sum(summary["by_status"].values()) == 60
    assert len(summary["by_status"]) >= 3


def test_backup_now_to_the_backups_folder_or_another_disk(cli_here, isolated_data_dir, tmp_path):
    setup(cli_here)
    made = cli_here("--json", "backup")
    assert made.returncode == 0, made.stderr
    copy = json.loads(made.stdout)["backup"]
    assert copy.startswith(str(isolated_data_dir / "backups" / "desk-"))
    assert copy.endswith(".deskbak") and b"CAXTT" not in Path(copy).read_bytes()  # sealed
    assert "15 thủ tục" in cli_here("backup", "verify", copy).stdout
    other = tmp_path / "usb"
    assert cli_here("backup", "--to", str(other)).returncode == 0
    assert len(list(other.glob("desk-*.deskbak"))) == 1
    (tmp_path / "not_a_folder").write_text("a file")
    failed = cli_here("backup", "--to", str(tmp_path / "not_a_folder"))
    assert failed.returncode == 1
    assert failed.stderr.startswith("Lỗi: Chưa sao lưu được vào") and "là một tệp, không phải thư mục" in failed.stderr


def test_demo_refuses_while_the_window_has_the_desk_open(cli_here, isolated_data_dir):
    # The window's connection stays open: a demo replacing the file under it would lose its
    # writes, so the command refuses in Vietnamese and changes nothing.
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    setup(cli_here)
    holder = ("import sys\nfrom desk_app.app import Desk\ndesk = Desk.open(sys.argv[1])\n"
              "print(desk.store.scalar('SELECT COUNT(*) FROM dossiers'), flush=True)\nsys.stdin.read()\n")
    with subprocess.Popen([sys.executable, "-c", holder, str(isolated_data_dir)], cwd=REPO_ROOT,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as window:
        assert window.stdout.readline().strip() == "0"
        result = cli_here("demo", "--dossiers", "20")
        window.stdin.close()
        window.wait(timeout=30)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Bộ phận một cửa đang mở" in result.stderr and "Chưa tạo gì" in result.stderr
    import sqlite3

    with sqlite3.connect(isolated_data_dir / "desk.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 0
    assert not (isolated_data_dir / "demo.partial").exists()
