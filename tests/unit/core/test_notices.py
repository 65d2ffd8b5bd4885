"""Notices from the dossier's life: queued once each, only for a citizen who said yes at the
counter, with the unit's name and the dossier code filled in; the templates checked for
length; what the officer does by hand (SMSTO: code, marked sent)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desk_app.core import notice_templates
from desk_app.core.notices import NoticeError, check_phone, smsto
from desk_app.core.registration import dossier_input_from_dict
from desk_app.core.roles import PermissionDenied


def _register(desk, officer_id, phone="0901234567", consent=True) -> str:
    data = {"full_name": "Nguyễn Thị Hường", "phone": phone, "procedure": "1.004222"}
    code = desk.dossiers.register(dossier_input_from_dict(data), officer_id).code
    if consent is not None:
        desk.notices.set_consent(code, consent, officer_id)
    return code


def test_phone_numbers():
    assert check_phone("0901 234 567") == "0901234567"
    assert check_phone("+84 912.345.678") == "0912345678"
    for bad in ("", "024 3826 1234", "090123456", "abc"):
        with pytest.raises(NoticeError):
            check_phone(bad)


def test_result_ready_queued_once_with_unit_and_code_unaccented(desk, commander):
    code = _register(desk, commander["id"])
    assert desk.notices.collect() == []
    desk.dossiers.apply(code, "result_ready", commander["id"])
    made = desk.notices.collect()
    assert len(made) == 1 and desk.notices.collect() == []
    message = desk.notices.get(made[0])
    assert (message["kind"], message["status"], message["phone"], message["code"]) == (
        "result_ready", "queued", "0901234567", code)
    assert message["text"] == (f"Cong an xa Tan Tien: ho so {code} da co ket qua. Moi nhan tai Thon Dong, xa Tan Tien "
                               "(07:30-11:30, 13:30-17:00), mang phieu hen, can cuoc.")
    assert message["encoding"] == "gsm7" and message["parts"] == 1
    assert smsto(message) == f"SMSTO:0901234567:{message['text']}"


def test_no_consent_no_message_and_consent_needs_a_mobile_number(desk, commander):
    silent = _register(desk, commander["id"], consent=False)
    never_asked = _register(desk, commander["id"], consent=None)
    for code in (silent, never_asked):
        desk.dossiers.apply(code, "result_ready", commander["id"])
    assert desk.notices.collect() == []
    landline = _register(desk, commander["id"], phone="02438261234", consent=None)
    with pytest.raises(NoticeError, match="di động"):
        desk.notices.set_consent(landline, True, commander["id"])


def test_supplement_and_moved_appointment(desk, commander, clock):
    first, second = _register(desk, commander["id"]), _register(desk, commander["id"])
    desk.dossiers.apply(first, "supplement", commander["id"], reason="Bản sao sổ đỏ có chứng thực")
    new_due = datetime(2026, 12, 4, 9, 0)
    desk.dossiers.apply(second, "extend", commander["id"], reason="Chờ xác minh", new_due=new_due)
    by_kind = {m["kind"]: m for m in (desk.notices.get(i) for i in desk.notices.collect())}
    assert set(by_kind) == {"supplement", "moved"}
    assert "can bo sung Ban sao so do co chung thuc" in by_kind["supplement"]["text"]
    assert by_kind["moved"]["code"] == second and "09 gio 00 phut, ngay 04 thang 12 nam 2026" in by_kind["moved"]["text"]


def test_reminder_the_day_before_the_third_day_and_not_once_collected(desk, commander, clock):
    waiting, collected = _register(desk, commander["id"]), _register(desk, commander["id"])
    for code in (waiting, collected):
        desk.dossiers.apply(code, "result_ready", commander["id"])  # Monday 23/11
    desk.notices.collect()
    desk.dossiers.apply(collected, "return", commander["id"])
    clock.now = datetime(2026, 11, 24, 16, 0)  # a public holiday: not a day of waiting
    assert desk.notices.collect() == []
    clock.now = datetime(2026, 11, 25, 8, 0)  # the second working day: tomorrow is the third
    made = [desk.notices.get(i) for i in desk.notices.collect()]
    assert [(m["kind"], m["code"]) for m in made] == [("reminder", waiting)]
    assert "co ket qua tu 23/11/2026. Moi nhan tai" in made[0]["text"]
    clock.now += timedelta(days=3)
    assert desk.notices.collect() == []


def test_accents_kept_go_as_ucs2(desk, commander):
    settings = desk.settings
    settings.notice_accents = True
    desk.save_settings(settings, commander["id"])
    code = _register(desk, commander["id"])
    desk.dossiers.apply(code, "result_ready", commander["id"])
    message = desk.notices.get(desk.notices.collect()[0])
    assert message["encoding"] == "ucs2" and "Công an xã Tân Tiến" in message["text"] and message["parts"] == 3  # 146 characters, 67 a part


def test_templates_are_the_commanders_and_checked(desk, commander):
    officer = desk.officers.add("Trần Văn Bình", "officer", "731946", commander["id"])
    settings = desk.settings
    settings.notice_result_ready = "{unit}: {code} xong."
    with pytest.raises(PermissionDenied):
        desk.save_settings(settings, officer["id"])
    desk.save_settings(settings, commander["id"])
    for bad, words in (("{unit} xong", "mã hồ sơ"), ("{code} {ten}", "trường lạ"), ("{code} " + "x" * 470, "quá dài"),
                       ("{code", "ngoặc")):
        settings.notice_result_ready = bad
        with pytest.raises(ValueError, match=words):
            desk.save_settings(settings, commander["id"])
    # the longest unit name and address make the default two messages; the moved appointment stays one
    assert notice_templates.check("result_ready", notice_templates.DEFAULTS["result_ready"], False) == 2
    assert notice_templates.check("moved", notice_templates.DEFAULTS["moved"], False) == 1


def test_by_hand_marked_sent_and_retry_only_failed(desk, commander):
    code = _register(desk, commander["id"])
    desk.dossiers.apply(code, "result_ready", commander["id"])
    message_id = desk.notices.collect()[0]
    with pytest.raises(NoticeError, match="chỉ gửi lại"):
        desk.notices.retry(message_id, commander["id"])
    sent = desk.notices.mark_sent(message_id, commander["id"])
    assert (sent["status"], sent["by_hand"], sent["officer_id"]) == ("sent", 1, commander["id"])
    with pytest.raises(NoticeError, match="đã gửi rồi"):
        desk.notices.mark_sent(message_id, commander["id"])
    assert [m["id"] for m in desk.notices.list("sent")] == [message_id]
    assert desk.notices.list("queued") == []
