"""Amend permissions by day and role, and the reprint mark on a slip after an amendment."""

from datetime import datetime

import pytest

from desk_app.core.amend import AmendRefused
from desk_app.core.registration import dossier_input_from_dict

DATA = {"full_name": "Đỗ Thị Lan", "id_number": "001190000011", "birth_date": "1990-02-02", "sex": "Nữ",
        "address": "Thôn Đông", "phone": "0901234567", "procedure": "1.004194"}


@pytest.fixture
def officer(desk, commander):
    return desk.officers.add("Trần Văn Bình", "officer", "8147", commander["id"])


def test_the_receiving_officer_on_the_day_a_commander_any_time(desk, commander, officer, clock):
    code = desk.dossiers.register(dossier_input_from_dict(DATA), officer["id"]).code
    other = desk.officers.add("Lê Thị Mai", "officer", "3691", commander["id"])
    with pytest.raises(AmendRefused, match="Chỉ cán bộ đã tiếp nhận"):
        desk.dossiers.amend(code, other["id"], "Gõ sai", {"full_name": "Đỗ Thị Lành"})
    row = desk.dossiers.amend(code, officer["id"], "Gõ sai", {"full_name": "Đỗ Thị Lành"})
    assert row["full_name"] == "Đỗ Thị Lành"
    clock.now = datetime(2026, 11, 25, 9, 0)
    with pytest.raises(AmendRefused, match="chỉ chỉ huy"):
        desk.dossiers.amend(code, officer["id"], "Gõ sai", {"phone": "0912000111"})
    row = desk.dossiers.amend(code, commander["id"], "Gõ sai số điện thoại", {"phone": "0912000111"})
    assert row["phone"] == "0912000111"
    assert [e["action"] for e in row["events"]] == ["receive", "amend", "amend"]
    assert desk.store.scalar("SELECT full_name FROM citizens") == "Đỗ Thị Lành"


def test_a_corrected_id_number_links_the_dossier_to_that_citizen(desk, commander):
    code = desk.dossiers.register(dossier_input_from_dict(DATA), commander["id"]).code
    row = desk.dossiers.amend(code, commander["id"], "Gõ sai số", {"id_number": "001190000012"})
    assert row["id_number"] == "001190000012"
    assert desk.dossiers.find("001190000012")[0]["code"] == code
    assert desk.dossiers.find("001190000011") == []


def test_a_reprint_is_marked_with_its_number_and_replaces_the_slip_before_the_amendment(desk, commander):
    code = desk.dossiers.register(dossier_input_from_dict(DATA), commander["id"]).code
    first = desk.printing.print_dossier_slip(code)
    assert first.ok
    original = desk.printing.layout_for("receipt", code, job_id=first.job_id).plain_text()
    assert "BẢN IN LẠI" not in original
    again = desk.printing.layout_for("receipt", code).plain_text()
    assert "BẢN IN LẠI LẦN 1" in again and "Thay thế" not in again
    desk.printing.print_dossier_slip(code)
    desk.dossiers.amend(code, commander["id"], "Gõ sai tên", {"full_name": "Đỗ Thị Lành"})
    after = desk.printing.layout_for("receipt", code).plain_text()
    assert "BẢN IN LẠI LẦN 2" in after and "Thay thế phiếu đã in trước khi hồ sơ được sửa" in after
    assert "Đỗ Thị Lành" in after


PROOF = "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp"
FORM = "Tờ khai thay đổi thông tin cư trú (mẫu CT01)"


def test_a_document_ticked_wrongly_is_corrected_with_its_history_and_chain(desk, commander, officer, clock):
    code = desk.dossiers.register(dossier_input_from_dict(DATA), officer["id"]).code
    desk.printing.print_dossier_slip(code)
    row = desk.dossiers.amend(code, officer["id"], "Công dân chưa nộp giấy chứng minh chỗ ở", received=[FORM])
    assert [(d["name"], d["received"]) for d in row["documents"]] == [(FORM, 1), (PROOF, 0)]
    from desk_app.core.amend import change_lines

    assert change_lines(row["events"][-1]["details"]) == [f"giấy tờ: bỏ {PROOF}"]
    back = desk.dossiers.amend(code, officer["id"], "Đã nộp bổ sung tại quầy", received=[FORM, "giay to, tai lieu "
                                                                                      "chung minh cho o hop phap"])
    assert all(d["received"] for d in back["documents"])
    assert change_lines(back["events"][-1]["details"]) == [f"giấy tờ: thêm {PROOF}"]
    assert desk.verify_audit().ok  # the ticks went through the chain like any write
    written = desk.store.scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'dossier_documents' "
                                "AND action = 'update'")
    assert written == 2
    slip = desk.printing.layout_for("receipt", code).plain_text()
    assert "BẢN IN LẠI LẦN 1" in slip and "Thay thế phiếu đã in trước khi hồ sơ được sửa" in slip
    clock.now = datetime(2026, 11, 25, 9, 0)
    with pytest.raises(AmendRefused, match="chỉ chỉ huy"):
        desk.dossiers.amend(code, officer["id"], "Gõ sai", received=[FORM])


def test_an_unknown_document_is_refused_and_nothing_changes(desk, commander):
    from desk_app.core.registration import ValidationError

    code = desk.dossiers.register(dossier_input_from_dict(DATA), commander["id"]).code
    with pytest.raises(ValidationError) as refused:
        desk.dossiers.amend(code, commander["id"], "Sai", received=["Sổ hộ khẩu"])
    assert "Không có giấy tờ “Sổ hộ khẩu”" in refused.value.errors["documents"] and FORM in refused.value.errors["documents"]
    with pytest.raises(ValidationError) as no_reason:
        desk.dossiers.amend(code, commander["id"], " ", received=[FORM])
    assert "lý do" in no_reason.value.errors["reason"]
    assert all(d["received"] for d in desk.dossiers.get(code, look=False)["documents"])


def test_a_changed_procedure_brings_its_own_documents(desk, commander):
    code = desk.dossiers.register(dossier_input_from_dict(DATA), commander["id"]).code
    desk.dossiers.amend(code, commander["id"], "Chưa nộp tờ khai", received=[PROOF])
    row = desk.dossiers.amend(code, commander["id"], "Chọn nhầm thủ tục", procedure_code="1.010041")
    # The new procedure's list; the form keeps its tick (not received) by its name.
    assert [(d["name"], d["received"]) for d in row["documents"]] == [(FORM, 0)]
    assert json_changes(row)["documents"] == [[PROOF], []]
    row = desk.dossiers.amend(code, commander["id"], "Đã nhận tờ khai", received=[FORM])
    assert [(d["name"], d["received"]) for d in row["documents"]] == [(FORM, 1)]
    assert desk.verify_audit().ok


def json_changes(row: dict) -> dict:
    import json

    return json.loads(row["events"][-1]["details"])["changes"]
