"""Notices from the command line: register's `notify`, the outbox listed with each message's
SMSTO: text, a message marked sent by hand, a failed one only retried, a missing modem said."""

from __future__ import annotations

import json


def _ok(done):
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_register_notify_list_mark_sent_and_a_missing_modem(cli_here, tmp_path):
    _ok(cli_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                 "Nguyễn Văn Hùng", "--commander-pin", "4826"))
    pin = {"DESK_APP_PIN": "4826"}
    no_phone = json.dumps({"full_name": "Trần Thị Lan", "procedure": "1.004194", "notify": True}, ensure_ascii=False)
    refused = cli_here("register", input=no_phone, env=pin)
    assert refused.returncode == 2 and "di động" in refused.stderr
    assert json.loads(_ok(cli_here("--json", "find", "Trần Thị Lan"))) == []  # nothing written
    data = json.dumps({"full_name": "Trần Thị Lan", "procedure": "1.004194", "phone": "0987654321", "notify": True},
                      ensure_ascii=False)
    registered = json.loads(_ok(cli_here("--json", "register", input=data, env=pin)))
    assert registered["notify"] is True
    code = registered["code"]
    _ok(cli_here("status", code, "--to", "result_ready", env=pin))
    [message] = json.loads(_ok(cli_here("--json", "notify", "list", "--status", "queued")))
    assert message["code"] == code and message["smsto"] == f"SMSTO:0987654321:{message['text']}"
    assert f"ho so {code} da co ket qua" in message["text"]
    again = cli_here("notify", "retry", str(message["id"]), env=pin)
    assert again.returncode == 2 and "chỉ gửi lại tin đã hỏng" in again.stderr
    assert "bằng tay" in _ok(cli_here("notify", "mark-sent", str(message["id"]), env=pin))
    assert json.loads(_ok(cli_here("--json", "notify", "list", "--status", "sent")))[0]["by_hand"] == 1
    missing = cli_here("notify", "modem", "--port", str(tmp_path / "ttyUSB9"), "--timeout", "1", env=pin)
    assert missing.returncode == 1 and "không thấy modem" in missing.stdout
    waiting = cli_here("notify", "send")
    assert waiting.returncode == 0 and "Đã gửi 0 tin" in waiting.stdout  # nothing queued: the modem is not asked
