"""The fee by transfer from the command line: the account set with `setup`, the VietQR text of
a dossier's fee, the fee marked paid (then no code), a bad account refused."""

from __future__ import annotations

import json

from desk_app.core import vietqr


def _ok(done):
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_setup_bank_account_then_qr_then_paid(cli_here):
    _ok(cli_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                 "Nguyễn Văn Hùng", "--commander-pin", "4826"))
    bad = cli_here("setup", "--bank-bin", "97041", "--bank-account", "113366668888", env={"DESK_APP_PIN": "4826"})
    assert bad.returncode == 2 and "BIN" in bad.stderr
    _ok(cli_here("setup", "--bank-bin", "970415", "--bank-account", "113366668888", "--bank-account-name",
                 "Cong an xa Tan Tien", env={"DESK_APP_PIN": "4826"}))
    data = json.dumps({"full_name": "Trần Thị Lan", "procedure": "1.004194"}, ensure_ascii=False)
    code = json.loads(_ok(cli_here("--json", "register", input=data)))["code"]
    text = json.loads(_ok(cli_here("--json", "fee", "qr", code)))["vietqr"]
    fields = vietqr.parse(text)
    assert fields["38"]["01"]["01"] == "113366668888" and fields["54"] == "15000" and fields["62"]["08"] == code
    assert "chuyển khoản" in _ok(cli_here("fee", "paid", code, "--by", "transfer", env={"DESK_APP_PIN": "4826"}))
    gone = cli_here("fee", "qr", code)
    assert gone.returncode == 2 and "đã nộp" in gone.stderr
