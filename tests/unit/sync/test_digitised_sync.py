"""The scorecard's digitising at the district (issue 26): two desks attach files to documents and
results, send their end-of-day files, and the district counts what each desk counts, in total
and by unit, procedure and officer; an unticked document, a document list replaced by a
corrected procedure, a second unit's records are each counted where they belong."""

from __future__ import annotations

from datetime import date

from desk_app.core.registration import dossier_input_from_dict
from desk_app.core.stats import DistrictStats
from desk_app.sync.district import importer
from tests.scan_pictures import scan_page
from tests.unit.sync.conftest import do_export, link, make_desk, register

FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)
KEYS = ("digitised_documents", "documents_received", "digitised_share", "digitised_dossiers", "dossiers_received",
        "digitised_results", "results_ready")


def _attach(desk, code, officer, tmp_path, **where):
    page = scan_page(tmp_path / "p.jpg", ["Giấy xác nhận chỗ ở hợp pháp"], size=(620, 877))
    desk.attachments.attach(code, [page], officer, **where)


def _ready(desk, code, officer):
    for step in ("in_progress", "result_ready"):
        desk.dossiers.move_to(code, step, officer)


def _import(district, desk, out):
    outcome = importer.import_file(district, do_export(desk, out).path)
    assert outcome.status == importer.IMPORTED, outcome.message


def _unit_a(desk, lan, tmp_path) -> str:
    """CAXTT: a whole dossier with its result, half of one, and Lan's two: one with a file on
    its first document and the second unticked, one to be corrected to another procedure."""
    boss = desk.officers.resolve(None)["id"]
    whole, half = register(desk, 2)
    ticked, moved = (desk.dossiers.register(dossier_input_from_dict(
        {"full_name": f"Lê Văn {name}", "procedure": "1.004194", "address": "Thôn Đông"}), lan).code
        for name in ("Tâm", "Tuấn"))
    for position in (1, 2):
        _attach(desk, whole, boss, tmp_path, document=position)
    _attach(desk, half, boss, tmp_path, document=1)
    for code in (whole, half):
        _ready(desk, code, boss)
    _attach(desk, whole, boss, tmp_path, result=True)
    first = desk.dossiers.get(ticked)["documents"][0]["name"]
    _attach(desk, ticked, lan, tmp_path, document=1)
    desk.dossiers.amend(ticked, boss, "Công dân chưa nộp giấy thứ hai", received=[first])
    _attach(desk, moved, lan, tmp_path, document=1)
    return moved


def test_the_district_counts_the_digitised_as_each_desk(linked, district, clock, tmp_path):
    lan = linked.officers.add("Trần Thị Lan", "officer", "3917", linked.officers.resolve(None)["id"])["id"]
    moved = _unit_a(linked, lan, tmp_path)
    _import(district, linked, tmp_path / "a1")
    linked.dossiers.amend(moved, linked.officers.resolve(None)["id"], "Nhầm thủ tục", procedure_code="1.004222")
    _import(district, linked, tmp_path / "a2")  # the old documents deleted, the new list in their place
    other = make_desk(tmp_path / "other", clock, "CAXDT", "Công an xã Đông Tiến")
    link(other, district)
    b_whole, b_result = register(other, 2)
    head = other.officers.resolve(None)["id"]
    for position in (1, 2):
        _attach(other, b_whole, head, tmp_path, document=position)
    _ready(other, b_whole, head)  # its result has no copy: not digitised whole (Quyết định 766)
    _ready(other, b_result, head)
    _attach(other, b_result, head, tmp_path, result=True)
    _import(district, other, tmp_path / "b")

    stats = DistrictStats(district.db, lambda: clock.now.date())
    m = len(linked.dossiers.get(moved)["documents"])  # 1.004222's list, every one received, the first with a file
    total = stats.report(FIRST, LAST).as_dict()
    # CAXTT: 2 + 2 + 1 + m documents, 2 + 1 + 1 + 1 with a file; whole: the first, the ticked one
    # (its one received document has a file), the corrected one if its list has one document.
    # CAXDT: 4 documents, 2 with a file, none whole (the one with both its documents has a ready
    # result without a copy). Results: 2 + 2 ready, 1 + 1 with a file.
    assert {k: total[k] for k in KEYS} == {
        "digitised_documents": 7, "documents_received": 9 + m, "digitised_share": round(7 / (9 + m), 4),
        "digitised_dossiers": 2 + (m == 1), "dossiers_received": 6, "digitised_results": 2, "results_ready": 4}

    by_unit = {r["key"]: r for r in stats.report(FIRST, LAST, "unit").as_dict()["rows"]}
    for unit, desk in (("CAXTT", linked), ("CAXDT", other)):
        own = desk.stats.report(FIRST, LAST).as_dict()
        assert {k: by_unit[unit][k] for k in KEYS} == {k: own[k] for k in KEYS}, unit
    assert by_unit["CAXDT"]["digitised_documents"] == 2 and by_unit["CAXDT"]["digitised_dossiers"] == 0

    by_procedure = {r["key"]: r for r in stats.report(FIRST, LAST, "procedure").as_dict()["rows"]}
    assert {k: by_procedure["1.004194"][k] for k in KEYS} == {
        "digitised_documents": 6, "documents_received": 9, "digitised_share": round(6 / 9, 4),
        "digitised_dossiers": 2, "dossiers_received": 5, "digitised_results": 2, "results_ready": 4}
    desk_rows = {r["key"]: r for r in linked.stats.report(FIRST, LAST, "procedure").as_dict()["rows"]}
    assert {k: by_procedure["1.004222"][k] for k in KEYS} == {k: desk_rows["1.004222"][k] for k in KEYS}
    assert (by_procedure["1.004222"]["digitised_documents"], by_procedure["1.004222"]["documents_received"]) == (1, m)

    by_officer = {r["key"]: r for r in stats.report(FIRST, LAST, "officer").as_dict()["rows"]}
    desk_officers = {r["key"]: r for r in linked.stats.report(FIRST, LAST, "officer").as_dict()["rows"]}
    assert {k: by_officer[f"CAXTT/{lan}"][k] for k in KEYS} == {k: desk_officers[lan][k] for k in KEYS}
    assert by_officer[f"CAXTT/{lan}"]["dossiers_received"] == 2
    other.close()


def test_a_unit_matches_only_its_own_dossiers(linked, district, clock, tmp_path):
    """Ids are the units' own: files on another unit's dossier of the same id count for nothing."""
    [code] = register(linked, 1)
    _ready(linked, code, linked.officers.resolve(None)["id"])
    _import(district, linked, tmp_path / "a")
    [(dossier_id,)] = district.db.execute("SELECT id FROM dossiers").fetchall()
    for target, position in (("document", 1), ("document", 2), ("result", None)):
        district.db.execute("INSERT INTO attachments (unit, id, dossier_id, target, position, change_seq) "
                            "VALUES ('CAXDT', ?, ?, ?, ?, 1)", (f"{target}{position}", dossier_id, target, position))
    district.db.execute("INSERT INTO attachments (unit, id, dossier_id, target, position, change_seq, deleted) "
                        "VALUES ('CAXTT', 'gone', ?, 'document', 1, 2, 1)", (dossier_id,))
    figures = DistrictStats(district.db, lambda: clock.now.date()).report(FIRST, LAST).as_dict()
    assert (figures["digitised_documents"], figures["documents_received"], figures["digitised_dossiers"]) == (0, 2, 0)
    assert (figures["digitised_results"], figures["results_ready"]) == (0, 1)
