"""Attachments travel in the sealed backup (encrypted like the rest) and come back with a
restore on a new PC; the audit stays whole there."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_here
from tests.scan_pictures import scan_page

PASSPHRASE = "trâu vàng gặm cỏ bên sông"
SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")


def test_backup_carries_the_files_sealed_and_restore_puts_them_back(tmp_path):
    pc1, pc2 = tmp_path / "pc1", tmp_path / "pc2"
    env = {"DESK_APP_RECOVERY_PASSPHRASE": PASSPHRASE}
    assert run_here(*SETUP, data_dir=pc1, env=env).returncode == 0
    made = run_here("--json", "register", data_dir=pc1, input=json.dumps(
        {"full_name": "Lê Thị Hoa", "phone": "0912000111", "procedure": "1.004194"}))
    code = json.loads(made.stdout)["code"]
    page = scan_page(tmp_path / "scan.png", ["Sổ hộ khẩu số 1234"], size=(800, 1100), kind="PNG")
    attached = run_here("--json", "attach", code, str(page), "--document", "1", data_dir=pc1)
    assert attached.returncode == 0, attached.stderr
    sha = json.loads(attached.stdout)["file_sha256"]
    stored = pc1 / "attachments" / f"{sha}.pdf"

    backup = json.loads(run_here("backup", "--to", str(tmp_path / "usb"), "--json", data_dir=pc1).stdout)["backup"]
    raw = Path(backup).read_bytes()
    assert page.read_bytes()[100:164] not in raw  # the picture's bytes are sealed, not in plain
    assert len(raw) > stored.stat().st_size

    restored = run_here("restore", backup, data_dir=pc2, env=env)
    assert restored.returncode == 0, restored.stderr
    assert (pc2 / "attachments" / f"{sha}.pdf").read_bytes() == stored.read_bytes()
    listed = json.loads(run_here("--json", "attachments", code, data_dir=pc2).stdout)
    assert [a["file_sha256"] for a in listed] == [sha]
    verified = run_here("--json", "audit", "verify", data_dir=pc2)
    assert json.loads(verified.stdout)["ok"], verified.stdout

    (pc2 / "attachments" / f"{sha}.pdf").write_bytes(b"%PDF-1.4 something else")
    broken = run_here("--json", "audit", "verify", data_dir=pc2)
    assert broken.returncode != 0 and json.loads(broken.stdout)["dossier_codes"] == [code]
    said = run_here("audit", "verify", data_dir=pc2)
    assert f"hồ sơ {code}: tệp đính kèm" in said.stdout + said.stderr


def test_the_daily_copies_on_the_same_disk_go_without_the_files(tmp_path):
    from datetime import datetime

    from desk_app.backups import copies

    pc = tmp_path / "pc"
    assert run_here(*SETUP, data_dir=pc).returncode == 0
    code = json.loads(run_here("--json", "register", data_dir=pc, input=json.dumps(
        {"full_name": "Lê Thị Hoa", "procedure": "1.004194"})).stdout)["code"]
    big = scan_page(tmp_path / "big.jpg", ["Trang lớn"], font_px=40)
    assert run_here("attach", code, str(big), "--document", "1", data_dir=pc).returncode == 0
    daily = copies.make_daily_backup(pc, tmp_path / "daily", datetime(2026, 12, 6, 17, 0))
    full = copies.make_sealed(pc, tmp_path / "full.deskbak", datetime(2026, 12, 6, 17, 0))
    assert full.stat().st_size - daily.stat().st_size >= big.stat().st_size
