"""Desk -> file -> district: contents equal, twice changes nothing, any order, gaps named."""

from __future__ import annotations

from datetime import datetime

from desk_app.sync import export, status
from desk_app.sync.district import importer
from desk_app.db.sync_parts import PART_COLUMNS, columns

from tests.unit.sync.conftest import counts, do_export, register


def _desk_rows(desk, part):
    cols = [c for c in columns(part) if c != "procedure_code"]
    return {r["id"]: {c: r[c] for c in cols} for r in desk.store.all(f"SELECT {', '.join(cols)} FROM {part}")}


def _district_rows(district, part, unit="CAXTT"):
    cols = [c for c in columns(part) if c != "procedure_code"]
    rows = district.db.execute(f"SELECT {', '.join(cols)} FROM {part} WHERE unit = ? AND deleted = 0", (unit,))
    return {r[0]: dict(zip(cols, r)) for r in rows}


def test_round_trip_counts_and_contents_equal(linked, district, tmp_path, clock):
    codes = register(linked, 4)
    service = linked.dossiers
    officer = linked.officers.resolve(None)["id"]
    service.apply(codes[0], "start", officer)
    service.apply(codes[1], "supplement", officer, reason="Thiếu giấy xác nhận chỗ ở")
    result = do_export(linked, tmp_path / "out")
    assert result.path.name == "CAXTT_20261123_seq0001.dsync"
    assert result.counts["dossiers"] == 4 and result.counts["citizens"] == 4
    outcome = importer.import_file(district, result.path)
    assert outcome.status == importer.IMPORTED, outcome.message
    assert outcome.records == result.records == outcome.applied
    for part in PART_COLUMNS:
        assert _district_rows(district, part) == _desk_rows(linked, part), part
    # The dossier carries its procedure's code; officers never carry their PIN hash.
    assert {r[0] for r in district.db.execute("SELECT procedure_code FROM dossiers")} == {"1.004194"}
    assert "pin_hash" not in columns("officers")
    assert "4826" not in result.path.read_bytes().decode("latin-1")


def test_double_import_changes_nothing_and_says_so(linked, district, tmp_path):
    register(linked, 2)
    result = do_export(linked, tmp_path / "out")
    assert importer.import_file(district, result.path).status == importer.IMPORTED
    before = counts(district)
    second = importer.import_file(district, result.path)
    assert second.status == importer.ALREADY and "đã được nhập" in second.message
    assert counts(district) == before
    # The same export produced again is a different file: applied, but nothing is newer.
    again = export.export_again(linked.store, linked.data_dir, tmp_path / "again", None, 1)
    third = importer.import_file(district, again.path)
    assert third.status == importer.IMPORTED and third.applied == 0 and "xuất lại" in third.message
    assert counts(district)["dossiers"] == before["dossiers"]


def test_out_of_order_newest_version_wins(linked, district, tmp_path, clock):
    code = register(linked, 1)[0]
    first = do_export(linked, tmp_path / "out")
    officer = linked.officers.resolve(None)["id"]
    clock.now = datetime(2026, 11, 23, 10, 0)
    linked.dossiers.apply(code, "result_ready", officer)
    second = do_export(linked, tmp_path / "out")
    assert second.export_seq == 2 and second.from_seq == first.to_seq + 1
    assert importer.import_file(district, second.path).status == importer.IMPORTED
    late = importer.import_file(district, first.path)
    assert late.status == importer.IMPORTED and late.applied < late.records
    status_, ready = district.db.execute("SELECT status, result_ready_at FROM dossiers").fetchone()
    assert (status_, ready) == ("result_ready", "2026-11-23 10:00:00")
    assert importer.missing_files(district) == {}


def test_deletion_travels_as_tombstone_and_an_older_copy_cannot_return(linked, district, tmp_path):
    register(linked, 1)
    first = do_export(linked, tmp_path / "out")
    visit = linked.store.one("SELECT id FROM visits")["id"]
    with linked.store.transaction(None) as writer:
        writer.delete("visits", visit)
    second = do_export(linked, tmp_path / "out")
    assert second.tombstones == 1
    importer.import_file(district, second.path)
    importer.import_file(district, first.path)  # older, arrives late
    row = district.db.execute("SELECT deleted, summary, citizen_id FROM visits WHERE id = ?", (visit,)).fetchone()
    assert row == (1, None, None)


def test_gap_is_reported_and_filled_by_an_export_from_an_earlier_change(linked, district, tmp_path):
    files = []
    for i in range(3):
        register(linked, 1, start=i)
        files.append(do_export(linked, tmp_path / "out"))
    importer.import_file(district, files[0].path)
    importer.import_file(district, files[2].path)
    gaps = importer.missing_files(district)
    assert gaps == {"CAXTT": [2]}
    assert importer.gap_messages(gaps) == ["Đơn vị CAXTT: thiếu tệp số 2"]
    refill = do_export(linked, tmp_path / "out", from_seq=files[1].from_seq)
    assert refill.export_seq == 4
    importer.import_file(district, refill.path)
    assert importer.missing_files(district) == {}
    assert district.db.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 3


def test_nothing_waiting_makes_no_file_and_status_knows(linked, tmp_path, clock):
    assert do_export(linked, tmp_path / "out") is not None
    assert do_export(linked, tmp_path / "out") is None
    assert len(list((tmp_path / "out").iterdir())) == 1
    assert status.waiting_changes(linked.store) == 0
    register(linked, 1)
    assert status.waiting_changes(linked.store) > 0
    assert status.last_export(linked.store)["export_seq"] == 1
    history = status.history(linked.store)
    assert history[0]["file_name"] == "CAXTT_20261123_seq0001.dsync"
    assert history[0]["folder"] == str((tmp_path / "out").resolve())
    assert history[0]["counts"]["procedures"] > 0


def test_reminder_due_after_the_configured_time_until_today_is_exported(linked, tmp_path, clock):
    register(linked, 1)
    assert not status.reminder_due(linked.store, "16:30", datetime(2026, 11, 23, 16, 29))
    assert status.reminder_due(linked.store, "16:30", datetime(2026, 11, 23, 16, 30))
    assert not status.reminder_due(linked.store, "", datetime(2026, 11, 23, 18, 0))
    do_export(linked, tmp_path / "out")
    assert not status.reminder_due(linked.store, "16:30", datetime(2026, 11, 23, 17, 0))
    summary = status.summary(linked.store, "16:30", datetime(2026, 11, 23, 17, 0))
    assert summary["waiting"] == 0 and summary["last_export"]["day"] == "2026-11-23"


def test_exports_of_a_day_can_be_produced_again(linked, district, tmp_path, clock):
    register(linked, 1)
    first = do_export(linked, tmp_path / "out")
    assert export.exports_of_day(linked.store, "2026-11-23") == [1]
    assert export.exports_of_day(linked.store, "2026-11-22") == []
    clock.now = datetime(2026, 11, 25, 8, 0)
    again = export.export_again(linked.store, linked.data_dir, tmp_path / "again", None, 1)
    assert again.path.name == first.path.name  # same unit, day and number
    assert (again.from_seq, again.to_seq, again.counts) == (first.from_seq, first.to_seq, first.counts)
    assert status.last_export(linked.store)["kind"] == "new" and len(status.history(linked.store)) == 2
