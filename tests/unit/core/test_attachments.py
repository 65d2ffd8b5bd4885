"""Attachments counted (the scorecard's digitising) and sealed (the audit names a file changed
or deleted outside the program, with its dossier's code)."""

from datetime import date

from desk_app.core.registration import dossier_input_from_dict
from tests.scan_pictures import scan_page

CITIZEN = {"full_name": "Lê Văn Tâm", "phone": "0987654321", "procedure": "1.004194"}


def _register(desk, officer) -> str:
    return desk.dossiers.register(dossier_input_from_dict(CITIZEN), officer["id"]).code


def _page(tmp_path, name="p.jpg", line="Giấy xác nhận chỗ ở hợp pháp"):
    return scan_page(tmp_path / name, [line], size=(620, 877))


def test_digitised_counts_documents_dossiers_and_results(desk, commander, tmp_path):
    whole, half, none = (_register(desk, commander) for _ in range(3))
    received = [d["position"] for d in desk.dossiers.get(whole)["documents"] if d["received"]]
    assert len(received) >= 2
    for position in received:
        desk.attachments.attach(whole, [_page(tmp_path)], commander["id"], document=position)
    desk.attachments.attach(half, [_page(tmp_path)], commander["id"], document=received[0])
    desk.dossiers.move_to(whole, "in_progress", commander["id"])
    desk.dossiers.move_to(whole, "result_ready", commander["id"])
    desk.dossiers.move_to(half, "in_progress", commander["id"])
    desk.dossiers.move_to(half, "result_ready", commander["id"])
    desk.attachments.attach(whole, [_page(tmp_path)], commander["id"], result=True)

    figures = desk.stats.report(date(2026, 11, 1), date(2026, 11, 30)).as_dict()
    documents = 3 * len(received)
    assert figures["documents_received"] == documents
    assert figures["digitised_documents"] == len(received) + 1
    assert figures["digitised_share"] == round((len(received) + 1) / documents, 4)
    assert figures["digitised_dossiers"] == 1 and figures["dossiers_received"] == 3
    assert (figures["digitised_results"], figures["results_ready"]) == (1, 2)
    # Another period's rows: none of these.
    december = desk.stats.report(date(2026, 12, 1), date(2026, 12, 31)).as_dict()
    assert december["digitised_dossiers"] == 0 and december["documents_received"] == 0
    assert none


def test_audit_names_the_dossier_of_an_attachment_edited_or_deleted(desk, commander, tmp_path):
    code = _register(desk, commander)
    kept = desk.attachments.attach(code, [_page(tmp_path)], commander["id"], document=1)
    other = desk.attachments.attach(code, [_page(tmp_path, "q.jpg", "Tờ khai CT01")], commander["id"], document=2)
    assert desk.verify_audit().ok
    path = desk.attachments.path(kept)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    result = desk.verify_audit()
    assert not result.ok and result.codes() == [code]
    assert [(f.kind, f.record_id) for f in result.findings] == [("file_edited", kept["id"])]
    assert any(f"hồ sơ {code}: tệp đính kèm" in line and "bị sửa" in line for line in result.lines())
    desk.attachments.path(other).unlink()
    kinds = sorted(f.kind for f in desk.verify_audit().findings)
    assert kinds == ["file_deleted", "file_edited"]


def test_the_record_itself_is_chained(desk, commander, tmp_path):
    code = _register(desk, commander)
    row = desk.attachments.attach(code, [_page(tmp_path)], commander["id"], document=1)
    desk.store.db.conn.execute("UPDATE attachments SET file_sha256 = ? WHERE id = ?", ("0" * 64, row["id"]))
    result = desk.verify_audit()
    assert ("edited", "attachments") in {(f.kind, f.table) for f in result.findings}
    assert result.codes() == [code]


def test_each_row_of_the_period_has_its_digitised_figures(desk, commander, tmp_path):
    """By officer and by procedure: the figures of the dossiers in that row only, counted by hand."""
    lan = desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])
    mine, lans = _register(desk, commander), _register(desk, lan)
    other = desk.dossiers.register(dossier_input_from_dict({**CITIZEN, "procedure": "1.004222"}), lan["id"]).code
    received = [d["position"] for d in desk.dossiers.get(mine)["documents"] if d["received"]]
    for position in received:  # the commander's dossier whole
        desk.attachments.attach(mine, [_page(tmp_path)], commander["id"], document=position)
    desk.attachments.attach(lans, [_page(tmp_path)], lan["id"], document=received[0])  # Lan's: one paper

    by_officer = {r["key"]: r for r in desk.stats.report(date(2026, 11, 1), date(2026, 11, 30), "officer")
                  .as_dict()["rows"]}
    assert by_officer[commander["id"]]["digitised_dossiers"] == 1
    assert by_officer[commander["id"]]["digitised_share"] == 1.0
    others = sum(d["received"] for d in desk.dossiers.get(other)["documents"])
    assert by_officer[lan["id"]]["documents_received"] == len(received) + others
    assert by_officer[lan["id"]]["digitised_documents"] == 1 and by_officer[lan["id"]]["digitised_dossiers"] == 0
    by_procedure = {r["key"]: r for r in desk.stats.report(date(2026, 11, 1), date(2026, 11, 30), "procedure")
                    .as_dict()["rows"]}
    assert by_procedure["1.004194"]["digitised_documents"] == len(received) + 1
    assert by_procedure["1.004194"]["dossiers_received"] == 2
    assert by_procedure["1.004222"]["digitised_documents"] == 0 and by_procedure["1.004222"]["dossiers_received"] == 1


def test_a_dossier_is_digitised_whole_only_with_its_ready_result_too(desk, commander, tmp_path):
    """Quyết định 766: copies of its documents, and of its result once there is one."""
    ready_with, ready_without, open_one = (_register(desk, commander) for _ in range(3))
    received = [d["position"] for d in desk.dossiers.get(ready_with)["documents"] if d["received"]]
    for code in (ready_with, ready_without, open_one):
        for position in received:
            desk.attachments.attach(code, [_page(tmp_path)], commander["id"], document=position)
    for code in (ready_with, ready_without):
        desk.dossiers.move_to(code, "in_progress", commander["id"])
        desk.dossiers.move_to(code, "result_ready", commander["id"])
    desk.attachments.attach(ready_with, [_page(tmp_path)], commander["id"], result=True)
    figures = desk.stats.report(date(2026, 11, 1), date(2026, 11, 30)).as_dict()
    assert figures["digitised_documents"] == figures["documents_received"] == 3 * len(received)
    assert figures["digitised_dossiers"] == 2  # ready with its result, and the one still open
    assert (figures["digitised_results"], figures["results_ready"]) == (1, 2)


def test_copies_for_the_viewer_older_than_a_day_go_at_the_next_one(tmp_path):
    import os
    import time

    from desk_app.core.attachment_files import copy_for_viewer

    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"%PDF-1.4 kept")
    folder = tmp_path / "attachments-open"
    old = copy_for_viewer(kept, folder, "CAXTT-1-giay-to-1.pdf")
    yesterday = copy_for_viewer(kept, folder, "CAXTT-2-ket-qua.pdf")
    two_days_ago = time.time() - 2 * 86_400
    os.utime(old, (two_days_ago, two_days_ago))
    new = copy_for_viewer(kept, folder, "CAXTT-3-giay-to-2.pdf")
    assert sorted(p.name for p in folder.iterdir()) == [yesterday.name, new.name]
    assert new.read_bytes() == kept.read_bytes() and kept.exists()
