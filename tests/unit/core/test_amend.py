"""Amend permissions by day and role, and the reprint mark on a slip after an amendment."""

from datetime import datetime

import pytest

from desk_app.core.amend import AmendRefused
from desk_app.core.registration import dossier_input_from_dict

DATA = {"full_name": "Đỗ Thị Lan", "id_number": "001190000011", "birth_date": "1990-02-02", "sex": "Nữ",
        "address": "Thôn Đông", "phone": "0901234567", "procedure": "1.004194"}


@pytest.fixture
def officer(desk, commander):
    return desk.officers.add("Trần Văn Bình", "officer", "2580", commander["id"])


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
