"""Ratings in the sync file: they arrive at the district; a file from a desk that did not yet
send ratings still imports; a district database made before ratings gets their table."""

from __future__ import annotations

from desk_app.db import sync_parts
from desk_app.db.district_schema import MIGRATIONS as DISTRICT_MIGRATIONS
from desk_app.sync.district import importer, report

from tests.unit.sync.conftest import do_export, register


def test_ratings_travel_and_an_older_file_without_them_imports(linked, district, tmp_path, monkeypatch):
    officer = linked.officers.resolve(None)["id"]
    first, second = register(linked, 2)
    linked.ratings.add("very_satisfied", officer, code=first)
    linked.ratings.add("unsatisfied", officer, code=second, reason="late", step="return")
    with monkeypatch.context() as older:  # the desk of an earlier version: no ratings part at all
        older.delitem(sync_parts.PART_COLUMNS, "ratings")
        old_file = do_export(linked, tmp_path / "old")
    outcome = importer.import_file(district, old_file.path)
    assert outcome.status == importer.IMPORTED and "ratings" not in outcome.counts
    assert district.db.execute("SELECT COUNT(*) FROM ratings").fetchone()[0] == 0

    linked.ratings.add("satisfied", officer, code=first, step="return")
    new_file = do_export(linked, tmp_path / "new", from_seq=1)
    assert new_file.counts["ratings"] == 3
    assert importer.import_file(district, new_file.path).status == importer.IMPORTED
    [share] = report.rating_shares(district)
    assert (share.unit, share.very_satisfied, share.satisfied, share.unsatisfied) == ("CAXTT", 1, 1, 1)
    assert share.percent("unsatisfied") == 33.3
    reasons = district.db.execute("SELECT reason FROM ratings WHERE level = 'unsatisfied'").fetchall()
    assert reasons == [("late",)]


def test_a_district_database_from_before_ratings_gets_the_table(district):
    db = district.db
    db.execute("DROP TABLE ratings")
    db.execute("DELETE FROM _sqlite_migrations WHERE migration_set = 'desk_district' AND name = '0040_ratings'")
    DISTRICT_MIGRATIONS.apply(db)
    cols = [r[1] for r in db.execute("PRAGMA table_info(ratings)").fetchall()]
    assert cols[:3] == ["unit", "id", "dossier_id"] and "level" in cols and "deleted" in cols


def test_the_district_report_shows_the_shares_in_its_pdf_and_text(linked, district, tmp_path):
    from pypdf import PdfReader

    from desk_app.sync.district.report_pdf import write_pdf

    officer = linked.officers.resolve(None)["id"]
    codes = register(linked, 4)
    for code, level in zip(codes, ("very_satisfied", "very_satisfied", "satisfied")):
        linked.ratings.add(level, officer, code=code)
    linked.ratings.add("unsatisfied", officer, code=codes[3], reason="waiting")
    linked.ratings.not_rated(officer, dossier_id=linked.dossiers.get(codes[3])["id"], step="return")
    assert importer.import_file(district, do_export(linked, tmp_path / "usb").path).status == importer.IMPORTED
    shares = report.rating_shares(district)
    other = report.RatingShare("CAPHS", "Công an phường Hòa Sơn", very_satisfied=1, satisfied=3)
    pdf = tmp_path / "r.pdf"
    write_pdf(report.build(district), pdf, "BÁO CÁO", "Mọi ngày", shares=[*shares, other])
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages)
    assert "Mức độ hài lòng (tỷ lệ trên số lượt đã đánh giá)" in text
    # CAXTT: 2 of 4 very satisfied, 1 satisfied, 1 unsatisfied, 1 not rated (not in the base).
    assert "CAXTT · Công an xã Tân Tiến 2 (50,0%) 1 (25,0%) 1 (25,0%) 4 1" in text
    assert "CAPHS · Công an phường Hòa Sơn 1 (25,0%) 3 (75,0%) 0 (0,0%) 4 0" in text
    assert "Cộng 3 (37,5%) 4 (50,0%) 1 (12,5%) 8 1" in text
    lines = report.shares_as_text([*shares, other]).splitlines()
    assert lines[1] == ("  CAXTT Công an xã Tân Tiến: Rất hài lòng 2 (50,0%); Hài lòng 1 (25,0%); "
                        "Không hài lòng 1 (25,0%); không đánh giá 1")
    assert lines[-1].startswith("  Cộng: Rất hài lòng 3 (37,5%)")
    write_pdf([], pdf, "BÁO CÁO", "Ngày 2026-11-22")
    assert "Chưa có đánh giá." in PdfReader(str(pdf)).pages[0].extract_text()


def test_a_replaced_rating_is_replaced_at_the_district_too(linked, district, tmp_path):
    officer = linked.officers.resolve(None)["id"]
    [code] = register(linked, 1)
    linked.ratings.add("very_satisfied", officer, code=code)
    assert importer.import_file(district, do_export(linked, tmp_path / "one").path).status == importer.IMPORTED
    linked.ratings.add("unsatisfied", officer, code=code, reason="attitude")  # the citizen's later answer
    assert importer.import_file(district, do_export(linked, tmp_path / "two", from_seq=1).path).status == \
        importer.IMPORTED
    [share] = report.rating_shares(district)
    assert (share.very_satisfied, share.satisfied, share.unsatisfied) == (0, 0, 1)
