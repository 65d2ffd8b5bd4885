"""The desk and a fake GSM modem in a second process on a pseudo-terminal: status, PIN,
errors, sending with the sent PDUs decoded and compared with the outbox, delivery reports,
retries with back-off, and never a message sent twice."""

from __future__ import annotations

import os
import sys

import pytest

from datetime import timedelta

from desk_app.core.registration import dossier_input_from_dict
from desk_app.notify import modem_manager
from desk_app.notify.service import MAX_ATTEMPTS

from .conftest import use_modem


# The fake modem is a POSIX pseudo-terminal (os.openpty); on Windows the modem is a COM port,
# tried by hand on a real PC (installer/windows/README.md, the checklist).
pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="the fake modem needs a POSIX pseudo-terminal")


def _ready_dossier(desk, officer_id, phone="0901234567") -> str:
    data = {"full_name": "Nguyễn Thị Hường", "phone": phone, "procedure": "1.004222"}
    code = desk.dossiers.register(dossier_input_from_dict(data), officer_id).code
    desk.notices.set_consent(code, True, officer_id)
    desk.dossiers.apply(code, "result_ready", officer_id)
    return code


def test_status_signal_storage_and_pin(desk, commander, fake_modem):
    modem = fake_modem(pin="4321", csq=20, storage=[3, 30])
    use_modem(desk, commander["id"], modem.port)
    status = desk.sms.check(5)
    assert status.state == "pin_needed" and "PIN" in status.error
    use_modem(desk, commander["id"], modem.port, pin="1111")
    assert desk.sms.check(5).state == "pin_wrong"
    use_modem(desk, commander["id"], modem.port, pin="4321")
    status = desk.sms.check(5)
    assert (status.state, status.signal_dbm, status.storage) == ("ready", -73, (3, 30))
    assert "sóng -73 dBm" in status.text()


def test_full_store_missing_modem_and_silence_each_say_so(desk, commander, fake_modem, tmp_path):
    use_modem(desk, commander["id"], fake_modem(storage=[30, 30]).port)
    assert desk.sms.check(5).state == "store_full"
    use_modem(desk, commander["id"], str(tmp_path / "ttyUSB9"))
    status = desk.sms.check(5)
    assert status.state == "missing" and "chưa cắm modem" in status.error
    use_modem(desk, commander["id"], fake_modem(dead=True).port)
    status = desk.sms.check(1)
    assert status.state == "timeout" and "không trả lời" in status.error
    use_modem(desk, commander["id"], "")
    assert desk.sms.check(1).state == "off"


def test_sent_pdus_match_the_outbox_and_reports_mark_delivered(desk, commander, fake_modem):
    modem = fake_modem(report=True, first_ref=200)
    use_modem(desk, commander["id"], modem.port)
    settings = desk.settings
    settings.notice_accents = True  # UCS-2: the result-ready text goes in three parts
    desk.save_settings(settings, commander["id"])
    code = _ready_dossier(desk, commander["id"])
    [message_id] = desk.notices.collect()
    message = desk.notices.get(message_id)
    result = desk.sms.send_queued(10, wait_reports=2)
    assert (result["sent"], result["delivered"], result["error"]) == (1, 1, "")
    parts = modem.sent()
    assert len(parts) == 3 and all(p["dcs"] == 8 and p["number"] == "+84901234567" for p in parts)
    assert "".join(p["text"] for p in parts) == message["text"]
    assert code in message["text"] and "Công an xã Tân Tiến" in message["text"]
    assert [p["udh"][1:] for p in parts] == [[3, 1], [3, 2], [3, 3]] and len({p["udh"][0] for p in parts}) == 1
    row = desk.notices.get(message_id)
    assert (row["status"], row["refs"], row["attempts"]) == ("delivered", "200,201,202", 1)
    assert desk.sms.send_queued(10) == {"sent": 0, "failed": 0, "later": 0, "delivered": 0, "error": "",
                                        "state": "ready"}
    assert len(modem.sent()) == 3  # nothing sent twice


def test_errors_back_off_then_fail_and_a_full_store_stops_the_batch(desk, commander, fake_modem, clock):
    modem = fake_modem(errors={str(n): 500 for n in range(1, 10)})
    use_modem(desk, commander["id"], modem.port)
    _ready_dossier(desk, commander["id"])
    [message_id] = desk.notices.collect()
    waits = []
    for attempt in range(1, MAX_ATTEMPTS + 1):
        result = desk.sms.send_queued(5)
        row = desk.notices.get(message_id)
        assert row["attempts"] == attempt and "500" in row["error"]
        if attempt < MAX_ATTEMPTS:
            assert row["status"] == "queued" and result["later"] == 1
            waits.append(row["next_try_at"])
            assert desk.sms.send_queued(5)["later"] == 0  # not due yet: nothing tried
            clock.now += timedelta(hours=1)
    assert row["status"] == "failed" and result["failed"] == 1
    assert len(waits) == MAX_ATTEMPTS - 1 and waits == sorted(waits)
    desk.notices.retry(message_id, commander["id"])
    assert desk.notices.get(message_id)["status"] == "queued"

    full = fake_modem(errors={"1": 322})
    use_modem(desk, commander["id"], full.port)
    _ready_dossier(desk, commander["id"])
    desk.notices.collect()
    result = desk.sms.send_queued(5)
    assert result["state"] == "store_full" and "đầy" in result["error"]
    assert len(full.sent()) == 1  # the batch stopped at the full store


def test_a_crash_after_every_acknowledgement_does_not_send_again(desk, commander, fake_modem):
    modem = fake_modem()
    use_modem(desk, commander["id"], modem.port)
    _ready_dossier(desk, commander["id"])
    [message_id] = desk.notices.collect()
    # As a kill -9 leaves it between the modem's last +CMGS and the commit of 'sent'.
    desk.store.db.execute("UPDATE outbox SET status = 'sending', attempts = 1, refs = '9' WHERE id = ?", (message_id,))
    desk.sms.send_queued(5)
    assert desk.notices.get(message_id)["status"] == "sent" and modem.sent() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ModemManager and /proc are Linux's")
def test_modem_manager_found_and_explained(tmp_path):
    proc = tmp_path / "proc"
    (proc / "812" / "fd").mkdir(parents=True)
    (proc / "812" / "comm").write_text("ModemManager\n")
    (proc / "900").mkdir()
    (proc / "900" / "comm").write_text("bash\n")
    port = tmp_path / "ttyUSB0"
    port.touch()
    assert modem_manager.running(proc) == [812]
    assert modem_manager.holds(str(port), proc) is False
    (proc / "812" / "fd" / "7").symlink_to(port)
    assert modem_manager.holds(str(port), proc) is True
    text = modem_manager.explain(str(port), proc)
    assert "ModemManager đang giữ cổng" in text and "ID_MM_DEVICE_IGNORE" in text


def test_ucs2_refused_by_the_firmware_goes_unaccented_next(desk, commander, fake_modem):
    modem = fake_modem(errors={"1": 304})
    use_modem(desk, commander["id"], modem.port)
    settings = desk.settings
    settings.notice_accents = True
    desk.save_settings(settings, commander["id"])
    _ready_dossier(desk, commander["id"])
    [message_id] = desk.notices.collect()
    assert desk.notices.get(message_id)["encoding"] == "ucs2"
    assert desk.sms.send_queued(5)["later"] == 1
    row = desk.notices.get(message_id)
    assert (row["encoding"], row["parts"], row["status"]) == ("gsm7", 1, "queued") and "không dấu" in row["error"]
    desk.store.db.execute("UPDATE outbox SET next_try_at = NULL WHERE id = ?", (message_id,))
    assert desk.sms.send_queued(5)["sent"] == 1
    first, second = modem.sent()
    assert first["dcs"] == 8 and second["dcs"] == 0 and second["text"] == row["text"]


def test_a_round_listens_for_reports_only_while_some_are_awaited(desk, commander, fake_modem):
    modem = fake_modem()
    use_modem(desk, commander["id"], modem.port)
    assert desk.sms.listen_seconds() == 0.0
    _ready_dossier(desk, commander["id"])
    desk.notices.collect()
    desk.sms.send_queued(5)
    assert desk.sms.listen_seconds() == 5.0
    use_modem(desk, commander["id"], modem.port, reports=False)
    assert desk.sms.listen_seconds() == 0.0
