"""The real command line (issue 27, items 3 and 4): a commander locked out by someone's wrong
PINs lifts their own lock with the unit's recovery passphrase (`officer unlock NAME --recovery`),
counted so it is no endless oracle and written in the audit log; the next command they run says
how many wrong PINs were typed for them and when; the most common PINs and birth years are refused."""

from __future__ import annotations

import pytest

from desk_app.app import Desk
from tests.conftest import COMMANDER_PIN

PASSPHRASE = "cây đa đầu làng bến nước sân đình"
RECOVERY = "DESK_APP_RECOVERY_PASSPHRASE"
HUNG = "Nguyễn Văn Hùng"


@pytest.fixture
def locked_out(cli):
    """A unit with its recovery passphrase and one commander, whom five wrong PINs have locked."""
    assert cli("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", HUNG,
               "--commander-pin", COMMANDER_PIN, env={RECOVERY: PASSPHRASE}).returncode == 0
    assert cli("officer", "add", "Vũ Thị Mai", "--pin", "5802").returncode == 0
    for pin in ("7011", "7012", "7013", "7014", "7015"):
        assert cli("backup", env={"DESK_APP_PIN": pin}).returncode == 2
    return cli


def test_the_locked_commander_lifts_their_own_lock_with_the_recovery_passphrase(locked_out, isolated_data_dir):
    cli = locked_out
    refused = cli("officer", "unlock", HUNG)  # the ordinary way needs a commander's PIN: the only one is locked
    assert refused.returncode == 2 and "tạm khóa" in refused.stderr and "cụm mật khẩu khôi phục" in refused.stderr
    asked = cli("officer", "unlock", HUNG, "--recovery")  # no terminal to ask on, nothing in the environment
    assert asked.returncode == 2 and RECOVERY in asked.stderr
    wrong = cli("officer", "unlock", HUNG, "--recovery", env={RECOVERY: "mật khẩu đoán bừa"})
    assert wrong.returncode == 2 and "Cụm mật khẩu khôi phục không đúng" in wrong.stderr
    lifted = cli("officer", "unlock", HUNG, "--recovery", env={RECOVERY: PASSPHRASE, "DESK_APP_PIN": None})
    assert lifted.returncode == 0 and f"Đã mở khóa {HUNG}" in lifted.stdout, lifted.stderr

    back = cli("backup")
    assert back.returncode == 0, back.stderr
    assert "Có 5 lần nhập sai mã PIN từ lần đăng nhập trước" in back.stderr and "(dòng lệnh)" in back.stderr
    assert "Có 5 lần" not in cli("backup").stderr  # told once
    with Desk.open(isolated_data_dir) as desk:
        commander = desk.officers.resolve(HUNG)
        entries = [e for e in desk.audit.entries() if e["action"] == "recovery_unlock"]
        events = [r["event"] for r in desk.officers.pin_history(commander["id"], commander["id"])]
        assert desk.verify_audit().ok
    assert [(e["officer_id"], e["detail"]) for e in entries] == [(commander["id"], HUNG)]
    assert events[:3] == ["success", "recovery_unlock", "recovery_failure"]


def test_only_a_commander_may_and_only_with_a_passphrase_set(cli):
    assert cli("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", HUNG,
               "--commander-pin", COMMANDER_PIN).returncode == 0
    assert cli("officer", "add", "Vũ Thị Mai", "--pin", "5802").returncode == 0
    mai = cli("officer", "unlock", "Vũ Thị Mai", "--recovery", env={RECOVERY: PASSPHRASE})
    assert mai.returncode == 2 and "Chỉ chỉ huy tự mở khóa" in mai.stderr
    unset = cli("officer", "unlock", HUNG, "--recovery", env={RECOVERY: PASSPHRASE})
    assert unset.returncode == 2 and "chưa đặt cụm mật khẩu khôi phục" in unset.stderr


def test_wrong_passphrases_are_counted_like_pins(locked_out):
    cli = locked_out
    for attempt in range(1, 6):
        wrong = cli("officer", "unlock", HUNG, "--recovery", env={RECOVERY: f"đoán lần thứ {attempt} nhé"})
        assert wrong.returncode == 2 and "không đúng" in wrong.stderr
    assert "thử lại sau 1 phút" in wrong.stderr
    # The right one now is not even checked: five guesses a minute, then fewer, is all anyone gets.
    right_too_soon = cli("officer", "unlock", HUNG, "--recovery", env={RECOVERY: PASSPHRASE})
    assert right_too_soon.returncode == 2 and "Đã nhập sai cụm mật khẩu khôi phục nhiều lần" in right_too_soon.stderr


def test_common_pins_and_birth_years_are_refused(cli, tmp_path):
    assert cli("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", HUNG,
               "--commander-pin", COMMANDER_PIN).returncode == 0
    for pin, why in (("1212", "phổ biến nhất"), ("2580", "phổ biến nhất"), ("6969", "phổ biến nhất"),
                     ("1990", "phổ biến nhất"), ("1993", "năm sinh"), ("2007", "năm sinh")):
        refused = cli("officer", "add", "Vũ Thị Mai", "--pin", pin)
        assert refused.returncode == 2 and why in refused.stderr, pin
    assert "Vũ Thị Mai" not in cli("officer", "list").stdout
    first = cli("--data-dir", str(tmp_path / "other"), "setup", "--unit-code", "CAXTT", "--unit-name", "x",
                "--commander", "Lê Văn Tám", "--commander-pin", "1004")
    assert first.returncode == 2 and "phổ biến nhất" in first.stderr
    for walk_through in ("4826", "3917", "5802"):  # the README's officers keep theirs
        assert cli("officer", "add", f"Cán bộ {walk_through}", "--pin", walk_through).returncode == 0
