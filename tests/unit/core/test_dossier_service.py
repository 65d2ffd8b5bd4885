import json
from datetime import datetime

import pytest

from desk_app.core import lifecycle
from desk_app.core.dossiers import NotFound
from desk_app.core.registration import ValidationError, dossier_input_from_dict
from desk_app.db.store import from_text

CITIZEN = {"full_name": "Trần Thị Lan", "id_number": "001185012345", "birth_date": "12/03/1985",
           "sex": "Nữ", "address": "Thôn Đông, xã Tân Tiến", "phone": "0987 654 321"}


def register(desk, officer, **extra):
    data = {**CITIZEN, "procedure": "1.004194", **extra}
    return desk.dossiers.register(dossier_input_from_dict(data), officer["id"])


def test_register_writes_everything_in_the_database(desk, commander):
    done = register(desk, commander)
    assert done.code == "CAXTT-261123-0001"
    # Monday 09:00 + 3 working days, Tuesday 24/11 a holiday -> Friday 09:00.
    assert done.due_at == datetime(2026, 11, 27, 9, 0)
    assert done.fee == 15000
    row = desk.dossiers.get(done.code)
    assert row["full_name"] == "Trần Thị Lan" and row["phone"] == "0987654321"
    assert row["status"] == lifecycle.RECEIVED
    assert [d["name"] for d in row["documents"]][0].startswith("Tờ khai thay đổi thông tin cư trú")
    assert row["events"][0]["action"] == "receive"
    assert row["events"][0]["officer_name"] == "Nguyễn Văn Hùng"
    store = desk.store
    assert store.scalar("SELECT COUNT(*) FROM visits WHERE kind = 'dossier'") == 1
    # every record carries who and the change sequence
    for table in ("citizens", "dossiers", "dossier_documents", "dossier_events", "visits"):
        rows = store.all(f"SELECT updated_by, change_seq FROM {table}")
        assert rows and all(r["updated_by"] == commander["id"] and r["change_seq"] > 0 for r in rows)


def test_known_citizen_is_reused_and_updated(desk, commander):
    first = register(desk, commander)
    second = register(desk, commander, phone="0911222333", procedure="1.003677")
    assert second.citizen_reused and second.citizen_id == first.citizen_id
    assert desk.store.scalar("SELECT COUNT(*) FROM citizens") == 1
    assert desk.store.scalar("SELECT phone FROM citizens") == "0911222333"
    assert second.code == "CAXTT-261123-0002"


def test_documents_given_and_missing_recorded(desk, commander):
    done = register(desk, commander, documents=[
        {"name": "Tờ khai CT01", "kind": "original"},
        {"name": "Hợp đồng thuê nhà", "kind": "photocopy", "received": False}])
    row = desk.dossiers.get(done.code)
    assert [(d["name"], d["kind"], d["received"]) for d in row["documents"]] == [
        ("Tờ khai CT01", "original", 1), ("Hợp đồng thuê nhà", "photocopy", 0)]
    assert json.loads(row["events"][0]["details"]) == {"missing": ["Hợp đồng thuê nhà"]}


def test_register_from_a_scanned_qr(desk, commander):
    data = {"cccd_qr": "001185012345||Trần Thị Lan|12031985|Nữ|Thôn Đông, xã Tân Tiến|15082021\r\n",
            "procedure": "1.010041", "phone": "0987654321"}
    done = desk.dossiers.register(dossier_input_from_dict(data), commander["id"])
    row = desk.dossiers.get(done.code)
    assert row["id_number"] == "001185012345" and row["birth_date"] == "1985-03-12"
    assert row["address"] == "Thôn Đông, xã Tân Tiến"
    assert done.due_at == datetime(2026, 11, 23, 14, 45)  # half a day


def test_validation_lists_every_bad_field():
    with pytest.raises(ValidationError) as info:
        dossier_input_from_dict({"full_name": "", "id_number": "123", "birth_date": "31/02/1990",
                                 "phone": "12345", "procedure": ""})
    assert set(info.value.errors) == {"full_name", "id_number", "birth_date", "phone", "procedure"}
    assert "12 chữ số" in info.value.errors["id_number"]


def test_id_number_must_agree_with_sex_and_birth_year():
    with pytest.raises(ValidationError) as info:
        dossier_input_from_dict({**CITIZEN, "sex": "Nam", "procedure": "1.004194"})
    assert "giới tính" in info.value.errors["id_number"]


def test_unknown_procedure(desk, commander):
    with pytest.raises(NotFound, match="9.999999"):
        register(desk, commander, procedure="9.999999")
    assert desk.store.scalar("SELECT COUNT(*) FROM dossiers") == 0
    assert desk.store.scalar("SELECT COUNT(*) FROM citizens") == 0


def test_failed_insert_does_not_skip_a_number(desk, commander, monkeypatch):
    from desk_app.db import dossiers as repo

    register(desk, commander)
    original = repo.code_exists

    def boom(writer, code):
        original(writer, code)
        raise RuntimeError("disk went away")

    monkeypatch.setattr(repo, "code_exists", boom)
    with pytest.raises(RuntimeError):
        register(desk, commander)
    monkeypatch.setattr(repo, "code_exists", original)
    assert register(desk, commander).code == "CAXTT-261123-0002"


def test_code_pattern_from_settings(desk, commander):
    settings = desk.settings
    settings.code_pattern = "{unit_code}/{yyyy}/{seq:05}"
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    assert register(desk, commander).code == "CAXTT/2026/00001"
    assert [r["code"] for r in desk.dossiers.find("caxtt/2026/0000")] == ["CAXTT/2026/00001"]


def test_full_lifecycle_with_supplement_pause(desk, commander, clock):
    done = register(desk, commander)
    service = desk.dossiers
    oid = commander["id"]
    service.apply(done.code, "start", oid)
    clock.now = datetime(2026, 11, 25, 9, 0)
    service.apply(done.code, "supplement", oid, "Thiếu hợp đồng thuê nhà", details={"missing": ["Hợp đồng"]})
    clock.now = datetime(2026, 11, 26, 9, 0)  # one working day later the citizen comes back
    row = service.apply(done.code, "resume", oid)
    assert row["status"] == lifecycle.IN_PROGRESS
    # The clock stopped for one working day: due moves from Fri 27 09:00 to Mon 30 09:00.
    assert row["due_at"] == "2026-11-30 09:00:00" and row["original_due_at"] == "2026-11-30 09:00:00"
    clock.now = datetime(2026, 11, 30, 8, 0)
    row = service.apply(done.code, "result_ready", oid)
    assert row["timeliness"] == lifecycle.ON_TIME
    row = service.apply(done.code, "return", oid, details={"collected_by": "Trần Thị Lan"})
    assert row["status"] == lifecycle.RETURNED and row["closed_at"]
    assert [e["action"] for e in row["events"]] == ["receive", "start", "supplement", "resume", "result_ready", "return"]
    assert desk.store.scalar("SELECT COUNT(*) FROM visits WHERE kind = 'result_pickup'") == 1
    with pytest.raises(lifecycle.TransitionError, match="Đã trả kết quả"):
        service.apply(done.code, "start", oid)


def test_extension_keeps_the_original_for_statistics(desk, commander, clock):
    done = register(desk, commander)
    service = desk.dossiers
    with pytest.raises(lifecycle.TransitionError, match="lý do"):
        service.apply(done.code, "extend", commander["id"], "", new_due=datetime(2026, 12, 4, 9, 0))
    with pytest.raises(lifecycle.TransitionError, match="sau hạn hiện tại"):
        service.apply(done.code, "extend", commander["id"], "Cần xác minh", new_due=datetime(2026, 11, 26, 9, 0))
    row = service.apply(done.code, "extend", commander["id"], "Cần xác minh", new_due=datetime(2026, 12, 4, 9, 0))
    assert row["due_at"] == "2026-12-04 09:00:00" and row["original_due_at"] == "2026-11-27 09:00:00"
    clock.now = datetime(2026, 12, 1, 9, 0)
    assert service.get(done.code)["timeliness"] == lifecycle.PENDING  # not overdue: extended
    row = service.apply(done.code, "result_ready", commander["id"])
    assert row["timeliness"] == lifecycle.LATE  # but late against the original


def test_overdue_and_move_to(desk, commander, clock):
    done = register(desk, commander)
    clock.now = datetime(2026, 11, 27, 9, 1)
    assert desk.dossiers.get(done.code)["timeliness"] == lifecycle.OVERDUE
    row = desk.dossiers.move_to(done.code, "refused", commander["id"], "Không đủ điều kiện")
    assert row["status"] == lifecycle.REFUSED and row["timeliness"] is None
    with pytest.raises(lifecycle.TransitionError):
        desk.dossiers.move_to(done.code, "in_progress", commander["id"])


def test_find_by_every_key(desk, commander):
    done = register(desk, commander)
    register(desk, commander, full_name="Nguyễn Văn Đức", id_number="001090000123", sex="Nam",
             birth_date="01/01/1990", phone="0901234567")
    service = desk.dossiers
    assert [r["code"] for r in service.find(done.code)] == [done.code]
    assert [r["code"] for r in service.find(done.code.lower())] == [done.code]
    assert [r["full_name"] for r in service.find("001185012345")] == ["Trần Thị Lan"]
    assert [r["full_name"] for r in service.find("0987 654 321")] == ["Trần Thị Lan"]
    assert [r["full_name"] for r in service.find("+84987654321")] == ["Trần Thị Lan"]
    for query in ("nguyen van duc", "NGUYỄN VĂN ĐỨC", "Nguyên Van Duc", "nguyen van d", "duc", "van du"):
        assert [r["full_name"] for r in service.find(query)] == ["Nguyễn Văn Đức"], query
    assert service.find("hoang") == [] and service.find("  ") == [] and service.find('"*-') == []


def test_unit_setup_loads_catalog_and_overrides(desk):
    assert desk.store.scalar("SELECT COUNT(*) FROM procedures") >= 11
    assert not desk.calendar.is_working_day(datetime(2026, 1, 2).date())
    assert desk.calendar.is_working_day(datetime(2026, 1, 10).date())


def test_times_are_stored_as_sortable_text(desk, commander):
    done = register(desk, commander)
    row = desk.store.one("SELECT received_at, due_at FROM dossiers WHERE code = ?", (done.code,))
    assert from_text(row["received_at"]) == datetime(2026, 11, 23, 9, 0)


def test_a_slips_sequence_number_finds_todays_dossier(desk, commander, clock):
    from datetime import timedelta

    from desk_app.core.registration import CitizenInput, DossierInput

    def register(name, number, when):
        data = DossierInput(CitizenInput(full_name=name, id_number=number), "1.004194", received_at=when)
        return desk.dossiers.register(data, commander["id"]).code

    yesterday = register("Lê Văn Một", "001090000611", clock.now - timedelta(days=1))
    today = register("Trần Thị Hai", "001190000612", clock.now)
    assert yesterday.endswith("-0001") and today.endswith("-0001")
    assert [row["code"] for row in desk.dossiers.find("0001")] == [today]  # the slip in the citizen's hand
    assert [row["code"] for row in desk.dossiers.find("1")] == [today]
    assert desk.dossiers.find("0002") == []


# A pause starts and ends at the next working moment: only its working minutes move the due.
PAUSE_EDGES = [
    # received Wed 02/12 17:00, due Mon 07/12 17:00; asked and completed on Sunday at 04:36
    ((2026, 12, 2, 17, 0), (2026, 12, 6, 4, 36), (2026, 12, 6, 4, 40), "2026-12-07 17:00:00"),
    # asked Saturday, completed Monday before opening: nothing worked in between
    ((2026, 12, 2, 17, 0), (2026, 12, 5, 10, 0), (2026, 12, 7, 7, 0), "2026-12-07 17:00:00"),
    # received Mon 23/11 17:00, due Fri 27/11 17:00 (Tue 24/11 a holiday); paused Monday
    # evening to Wednesday before opening, across the holiday
    ((2026, 11, 23, 17, 0), (2026, 11, 23, 17, 30), (2026, 11, 25, 7, 15), "2026-11-27 17:00:00"),
    # asked Friday 16:30 (30 working minutes left that day), completed over the weekend
    ((2026, 12, 2, 17, 0), (2026, 12, 4, 16, 30), (2026, 12, 6, 9, 0), "2026-12-08 08:00:00"),
    # asked Saturday, completed Monday 08:00: the 30 minutes since Monday's opening count
    ((2026, 12, 2, 17, 0), (2026, 12, 5, 10, 0), (2026, 12, 7, 8, 0), "2026-12-08 08:00:00"),
]


@pytest.mark.parametrize("received, asked, completed, due", PAUSE_EDGES)
def test_a_pause_outside_working_hours_moves_nothing(desk, commander, clock, received, asked, completed, due):
    clock.now = datetime(*received)
    done = register(desk, commander)
    service, oid = desk.dossiers, commander["id"]
    before = service.get(done.code)["due_at"]
    clock.now = datetime(*asked)
    service.apply(done.code, "supplement", oid, "Thiếu hợp đồng thuê nhà")
    clock.now = datetime(*completed)
    row = service.apply(done.code, "resume", oid)
    assert row["due_at"] == due and row["original_due_at"] == due
    details = json.loads(row["events"][-1]["details"] or "{}")
    if due == before:  # unchanged: the history says nothing of a new appointment
        assert "new_due_at" not in details
    else:  # moved: the history keeps the old and the new appointment
        assert (details["old_due_at"], details["new_due_at"]) == (before, due)
