"""Backups that are safe to carry: sealed with the data folder's key (wrapped under the unit's
recovery passphrase), verified, restored whole or not at all, on this PC or a new one."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desk_app import paths
from tests.conftest import run_here

PASSPHRASE = "trâu vàng gặm cỏ bên sông"
NAME, ID_NUMBER = "Lê Thị Hoa", "001190012345"
SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")


def _dossier(name=NAME, number=ID_NUMBER) -> str:
    return json.dumps({"full_name": name, "id_number": number, "procedure": "1.004194"})


def _content(folder) -> dict:
    """Every row of the tables that hold the unit's work."""
    conn = sqlite3.connect(paths.db_path(folder))
    try:
        return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}")))
                for t in ("citizens", "dossiers", "dossier_events", "officers", "procedures", "changes")}
    finally:
        conn.close()


@pytest.fixture
def working(tmp_path):
    """A desk with one registration, its passphrase set at setup, and a backup on a 'USB stick'."""
    folder = tmp_path / "pc1"
    env = {"DESK_APP_RECOVERY_PASSPHRASE": PASSPHRASE}
    assert run_here(*SETUP, data_dir=folder, env=env).returncode == 0
    assert run_here("register", data_dir=folder, input=_dossier()).returncode == 0
    made = run_here("backup", "--to", str(tmp_path / "usb"), "--json", data_dir=folder)
    assert made.returncode == 0, made.stderr
    return folder, json.loads(made.stdout)["backup"]


def test_a_lost_stick_reveals_neither_a_name_nor_an_id_number(working):
    folder, backup = working
    raw = Path(backup).read_bytes()
    assert NAME.encode() in paths.db_path(folder).read_bytes()  # what the database itself holds in plain
    for text in (NAME, ID_NUMBER, "Công an xã Tân Tiến", "Nguyễn Văn Hùng"):
        for encoded in (text.encode("utf-8"), text.encode("utf-16-le")):
            assert encoded not in raw, text
    assert b"SQLite format 3" not in raw and b"desk1-secret" not in raw


def test_verify_says_what_is_inside(working):
    folder, backup = working
    checked = run_here("backup", "verify", backup, data_dir=folder)
    assert checked.returncode == 0, checked.stderr
    assert "1 hồ sơ" in checked.stdout and "1 công dân" in checked.stdout and "khóa đồng bộ" in checked.stdout


def test_round_trip_is_equal_in_content(working):
    folder, backup = working
    before = _content(folder)
    assert run_here("register", data_dir=folder, input=_dossier("Phạm Văn Nam", "001090054321")).returncode == 0
    assert _content(folder) != before
    restored = run_here("restore", backup, data_dir=folder)
    assert restored.returncode == 0, restored.stderr
    assert "Đã khôi phục" in restored.stdout and "1 hồ sơ" in restored.stdout and "giữ trong" in restored.stdout
    assert _content(folder) == before
    kept = list(paths.backups_dir(folder).glob("*before-restore.deskbak"))
    assert len(kept) == 1  # the database it replaced, sealed too
    assert "2 hồ sơ" in run_here("backup", "verify", str(kept[0]), data_dir=folder).stdout


def test_restore_on_a_new_pc_with_the_passphrase_brings_the_sync_key(working, tmp_path):
    folder, backup = working
    new_pc = tmp_path / "pc2"
    no_passphrase = run_here("restore", backup, data_dir=new_pc)
    assert no_passphrase.returncode == 2 and "cụm mật khẩu khôi phục" in no_passphrase.stderr
    wrong = run_here("restore", backup, data_dir=new_pc, env={"DESK_APP_RECOVERY_PASSPHRASE": "không phải cụm này"})
    assert wrong.returncode == 2 and "không đúng" in wrong.stderr
    right = run_here("restore", backup, data_dir=new_pc, env={"DESK_APP_RECOVERY_PASSPHRASE": PASSPHRASE})
    assert right.returncode == 0, right.stderr
    assert _content(new_pc) == _content(folder)
    assert paths.unit_key_path(new_pc).read_bytes() == paths.unit_key_path(folder).read_bytes()
    assert run_here("keys", data_dir=new_pc).stdout == run_here("keys", data_dir=folder).stdout
    # The new PC goes on: its backups open with the same passphrase elsewhere.
    assert run_here("register", data_dir=new_pc, input=_dossier("Phạm Văn Nam", "001090054321")).returncode == 0
    again = json.loads(run_here("backup", "--to", str(tmp_path / "usb2"), "--json", data_dir=new_pc).stdout)["backup"]
    third = run_here("backup", "verify", again, data_dir=tmp_path / "pc3",
                     env={"DESK_APP_RECOVERY_PASSPHRASE": PASSPHRASE})
    assert third.returncode == 0 and "2 hồ sơ" in third.stdout


@pytest.mark.parametrize("damage", ["a byte in the body", "a byte in the header", "cut short", "cut at the end"])
def test_a_tampered_or_truncated_backup_is_refused_and_nothing_changes(working, tmp_path, damage):
    folder, backup = working
    raw = bytearray(Path(backup).read_bytes())
    if damage == "a byte in the body":
        raw[len(raw) // 2] ^= 0x01
    elif damage == "a byte in the header":
        at = raw.index(b'"created_at": "') + len(b'"created_at": "') + 3
        raw[at] = ord("9") if raw[at] != ord("9") else ord("8")
    elif damage == "cut short":
        raw = raw[: len(raw) // 2]
    else:
        raw = raw[:-1]
    bad = tmp_path / "bad.deskbak"
    bad.write_bytes(bytes(raw))
    before = _content(folder)
    assert run_here("backup", "verify", str(bad), data_dir=folder).returncode == 2
    refused = run_here("restore", str(bad), data_dir=folder)
    assert refused.returncode == 2 and "không dùng được" in refused.stderr, refused.stderr
    assert _content(folder) == before
    assert not list(paths.backups_dir(folder).glob("*before-restore*"))


def test_an_officer_may_not_restore(working):
    folder, backup = working
    assert run_here("officer", "add", "Vũ Thị Mai", "--pin", "3917", data_dir=folder).returncode == 0
    refused = run_here("--officer", "Vũ Thị Mai", "restore", backup, data_dir=folder, env={"DESK_APP_PIN": "3917"})
    assert refused.returncode == 2 and "Chỉ chỉ huy" in refused.stderr


def test_without_a_passphrase_backups_still_encrypt_and_the_command_says_so(tmp_path):
    folder = tmp_path / "pc1"
    assert run_here(*SETUP, data_dir=folder).returncode == 0
    assert run_here("register", data_dir=folder, input=_dossier()).returncode == 0
    made = run_here("backup", "--to", str(tmp_path / "usb"), data_dir=folder)
    assert made.returncode == 0 and "Chưa đặt cụm mật khẩu khôi phục" in made.stdout
    backup = next((tmp_path / "usb").iterdir())
    assert ID_NUMBER.encode() not in backup.read_bytes()
    elsewhere = run_here("restore", str(backup), data_dir=tmp_path / "pc2",
                         env={"DESK_APP_RECOVERY_PASSPHRASE": PASSPHRASE})
    assert elsewhere.returncode == 2 and "chưa đặt cụm mật khẩu" in elsewhere.stderr
