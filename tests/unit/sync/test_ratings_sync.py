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
