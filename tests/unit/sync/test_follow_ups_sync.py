"""Format 3 carries the follow-ups: a version-2 file (no follow-up parts) still imports, a
version-3 file brings them and the district counts them; a withdrawn follow-up arrives
withdrawn; a district older than format 3 refuses a version-3 file as too new."""

from __future__ import annotations

from datetime import datetime

from pypdf import PdfReader

from desk_app.db import sync_parts
from desk_app.sync import format as fmt
from desk_app.sync.district import follow_up_report, importer
from desk_app.sync.district.report_pdf import write_pdf

from tests.unit.sync.conftest import do_export, register
from tests.unit.sync.test_crafted_headers import pieces, refused


def test_a_version_2_file_imports_and_version_3_brings_the_follow_ups(linked, district, tmp_path, monkeypatch,
                                                                       clock):
    officer = linked.officers.resolve(None)["id"]
    first, second = register(linked, 2)
    linked.ratings.add("unsatisfied", officer, code=first, reason="late")
    linked.ratings.add("unsatisfied", officer, code=second, reason="waiting")
    linked.ratings.add("satisfied", officer, code=second)  # withdrawn
    linked.visits.record({"full_name": "Ngô Văn Khang", "kind": "report", "summary": "Báo có người lạ"}, officer)
    with monkeypatch.context() as older:  # the desk before format 3: version 2, no follow-up parts
        older.setattr(fmt, "FORMAT_VERSION", 2)
        for part in sync_parts.FOLLOW_UP_PARTS:
            older.delitem(sync_parts.PART_COLUMNS, part)
        old_file = do_export(linked, tmp_path / "v2")
    assert pieces(old_file.path)[0] == 2
    outcome = importer.import_file(district, old_file.path)
    assert outcome.status == importer.IMPORTED and "rating_follow_ups" not in outcome.counts
    assert follow_up_report.build(district) == []

    new_file = do_export(linked, tmp_path / "v3", from_seq=1)
    assert pieces(new_file.path)[0] == fmt.FORMAT_VERSION >= 3
    assert (new_file.counts["rating_follow_ups"], new_file.counts["visit_follow_ups"]) == (2, 1)
    assert importer.import_file(district, new_file.path).status == importer.IMPORTED
    statuses = district.db.execute("SELECT status FROM rating_follow_ups ORDER BY status").fetchall()
    assert statuses == [("open",), ("withdrawn",)]
    clock.now = datetime(2026, 11, 30, 9, 0)  # the tip (due 27/11) late, the rating (1/12) not yet
    [unit] = follow_up_report.build(district)
    assert unit.ratings == {"opened": 1, "answered": 0, "answered_late": 0, "open": 1, "overdue": 0}
    assert unit.visits == {"report": {"received": 1, "answered": 0, "forwarded": 0, "pending": 1, "overdue": 1}}
    pdf = tmp_path / "report.pdf"
    write_pdf([], pdf, "BÁO CÁO", "Mọi ngày", follow_ups=[unit])
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages)
    # unit, kind, count, answered, answered late, forwarded, not answered, overdue
    assert "CAXTT · Công an xã Tân Tiến Không hài lòng 1 0 0 — 1 0" in text
    assert "Tin báo 1 0 — 0 1 1" in text


def test_a_district_before_format_3_refuses_a_version_3_file(linked, district, tmp_path, monkeypatch):
    register(linked, 1)
    new_file = do_export(linked, tmp_path / "v3")
    monkeypatch.setattr(fmt, "FORMAT_VERSION", 2)
    monkeypatch.setattr(fmt, "READABLE_VERSIONS", (1, 2))
    refused(district, new_file.path, fmt.TOO_NEW)
