"""Looks at personal data are written to the audit log under who looked; reads inside the
services' own work are not."""

from desk_app.core.registration import dossier_input_from_dict

DATA = {"full_name": "Đỗ Thị Lan", "id_number": "001190000011", "birth_date": "1990-02-02", "sex": "Nữ",
        "procedure": "1.004194"}


def _looks(desk):
    return [(r["action"], r["officer_id"]) for r in desk.audit.entries() if r["table_name"] is None]


def test_opening_searching_and_a_known_citizen_are_logged(desk, commander):
    code = desk.dossiers.register(dossier_input_from_dict(DATA), commander["id"]).code
    desk.audit.actor = commander["id"]
    assert _looks(desk) == []
    desk.dossiers.get(code)
    desk.dossiers.find("001190000011")
    desk.dossiers.find("không có ai")  # nothing shown, nothing logged
    desk.visits.find_citizen("001190000011")
    desk.dossiers.get(code, look=False)
    assert _looks(desk) == [("citizen", commander["id"]), ("search", commander["id"]), ("view", commander["id"])]
    assert desk.verify_audit().ok


def test_a_visit_of_a_known_citizen_records_without_a_nested_look(desk, commander):
    desk.dossiers.register(dossier_input_from_dict(DATA), commander["id"])
    visit = desk.visits.record({**DATA, "kind": "inquiry", "summary": "Hỏi thủ tục"}, commander["id"])
    assert visit["citizen_reused"]
    assert desk.verify_audit().ok
