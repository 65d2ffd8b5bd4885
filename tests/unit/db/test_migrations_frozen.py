"""A database made by the first version the units received (the state of 2026-11-21), migrated
by today's code, has the same schema as one built by every migration from 0001; and its data
went through the steps that carry data (applicant snapshots, ratings from visits, statistics).

The fixtures are the files that version wrote (tests/fixtures/*-2026-11-21.sqlite3.gz: `setup`,
a small `demo`, one registration, three rated visits, a printed slip, one end-of-day export
imported at the district), gzipped; nothing in them was edited by hand.
"""

from __future__ import annotations

import gzip
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from desk_app.app import Desk
from desk_app.db import district_schema, migrations
from desk_app.db.connection import open_database
from desk_app.db.district import open_district_db
from desk_app.db.migration_set import MigrationSet
from desk_app.db.stats_days import DESK, DISTRICT, counted, recounted
from desk_app.db.store import Store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _unpacked(name: str, folder: Path) -> Path:
    target = folder / name.removesuffix(".gz")
    with gzip.open(FIXTURES / name, "rb") as source, open(target, "wb") as out:
        shutil.copyfileobj(source, out)
    return target


def _schema(db) -> list[tuple[str, str, str, str]]:
    """Every table, index, trigger and view with its SQL, spacing aside; sqlite-utils' own
    bookkeeping table is left out (its rows differ, not its shape)."""
    rows = db.execute("SELECT type, name, tbl_name, IFNULL(sql, '') FROM sqlite_master "
                      "WHERE name NOT LIKE '\\_sqlite\\_migrations%' ESCAPE '\\' ORDER BY type, name").fetchall()
    return [(kind, name, table, re.sub(r"\s+", " ", sql).strip()) for kind, name, table, sql in rows]


def _applied(db, migration_set) -> list[str]:
    return sorted(migration_set.applied(db))


def test_a_desk_of_the_first_version_migrates_to_the_schema_of_a_new_one(tmp_path):
    old = open_database(_unpacked("desk-2026-11-21.sqlite3.gz", tmp_path))
    new = open_database(tmp_path / "new.sqlite3")
    assert _applied(old, migrations.MIGRATIONS) == _applied(new, migrations.MIGRATIONS)
    assert _schema(old) == _schema(new)
    assert old.execute("PRAGMA application_id").fetchone() == new.execute("PRAGMA application_id").fetchone()
    # The steps that carry data did: applicants kept, the rated visits became ratings, the
    # statistics table counts every dossier that was there.
    assert old.execute("SELECT COUNT(*) FROM dossiers WHERE applicant_full_name = ''").fetchone()[0] == 0
    levels = old.execute("SELECT level FROM ratings ORDER BY level").fetchall()
    assert [level for (level,) in levels] == ["satisfied", "satisfied", "unsatisfied"]
    assert counted(old) == recounted(old, DESK)
    assert old.execute("SELECT SUM(n) FROM stats_days").fetchone()[0] == \
        old.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] > 0
    old.close()
    new.close()


def test_a_desk_of_the_first_version_opens_finds_and_reports(tmp_path):
    _unpacked("desk-2026-11-21.sqlite3.gz", tmp_path).rename(tmp_path / "desk.sqlite3")
    with Desk.open(tmp_path, clock=lambda: datetime(2026, 12, 6, 17, 0)) as desk:
        assert [row["full_name"] for row in desk.dossiers.find("tran thi lan")] == ["Trần Thị Lan"]
        report = desk.stats.report(date(2026, 12, 1), date(2026, 12, 6))
        assert report.total.received_total == 13 and report.total.balanced()
        assert desk.stats.satisfaction("2026-12-01", "2026-12-06") == {"satisfied": 2, "unsatisfied": 1}


def test_a_district_of_the_first_version_migrates_to_the_schema_of_a_new_one(tmp_path):
    old = open_district_db(_unpacked("district-2026-11-21.sqlite3.gz", tmp_path))
    new = open_district_db(tmp_path / "new.sqlite3")
    assert _applied(old, district_schema.MIGRATIONS) == _applied(new, district_schema.MIGRATIONS)
    assert _schema(old) == _schema(new)
    assert counted(old) == recounted(old, DISTRICT)
    assert old.execute("SELECT SUM(n) FROM stats_days").fetchone()[0] == \
        old.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] > 0
    old.close()
    new.close()


def test_the_frozen_steps_write_what_the_code_wrote_before_they_were_frozen(tmp_path):
    # Databases made before the freeze and after it hold the same text; a new desk's schema is
    # the same whole (a new district's dossiers now list the applicant columns where an
    # upgraded one has them, after `deleted`).
    def stats_objects(db):
        return [row for row in _schema(db) if row[1].startswith("stats_")]

    for name, opener in (("desk-2026-12-06.sqlite3.gz", open_database),
                         ("district-2026-12-06.sqlite3.gz", open_district_db)):
        before, now = opener(_unpacked(name, tmp_path)), opener(tmp_path / f"new-{name}.sqlite3")
        assert len(stats_objects(now)) == 5 and stats_objects(before) == stats_objects(now)
        if opener is open_database:
            assert _schema(before) == _schema(now)
        before.close()
        now.close()


def test_each_file_lists_its_steps_in_the_order_of_their_numbers():
    for migration_set in (migrations.MIGRATIONS, district_schema.MIGRATIONS):
        names = [name for name, _step in migration_set.steps]
        assert names == sorted(names)
    steps = MigrationSet("example")
    steps(name="0002_second")(lambda db: None)
    for misplaced in ("0001_first", "0002_second"):  # before the last one, or the same again
        with pytest.raises(ValueError, match="at the end of its file"):
            steps(name=misplaced)(lambda db: None)


def test_the_steps_read_no_live_code(tmp_path):
    # Each step is its own text: none imports from the modules that serve the program today.
    for module in (migrations, district_schema):
        source = Path(module.__file__).read_text(encoding="utf-8")
        imported = set(re.findall(r"^\s*(?:from|import) (desk_app\.[\w.]+)", source, re.M))
        assert imported <= {"desk_app.db.migration_set"}, module.__name__


def test_satisfaction_is_one_query_on_the_ratings(tmp_path):
    # Both databases have had `ratings` since 0040: no looking for the table or its columns first.
    from desk_app.db import stats

    for db, counts in ((open_database(_unpacked("desk-2026-11-21.sqlite3.gz", tmp_path)), stats.desk_satisfaction),
                       (open_district_db(_unpacked("district-2026-11-21.sqlite3.gz", tmp_path)),
                        stats.district_satisfaction)):
        seen: list[str] = []
        db.conn.set_trace_callback(seen.append)
        store = Store(db) if counts is stats.desk_satisfaction else db
        result = counts(store, "2026-12-01", "2026-12-06")
        db.conn.set_trace_callback(None)
        assert len(seen) == 1 and "sqlite_master" not in seen[0] and "PRAGMA" not in seen[0]
        assert result == ({"satisfied": 2, "unsatisfied": 1} if counts is stats.desk_satisfaction else {})
        db.close()


def test_the_district_has_a_column_for_every_column_the_sync_file_carries(tmp_path):
    # The district's tables are its migrations' now, not today's sync_parts: a column added to a
    # part needs a district step that adds it (old and new districts alike).
    from desk_app.db.sync_parts import PART_COLUMNS, columns

    for db in (open_district_db(tmp_path / "new.sqlite3"),
               open_district_db(_unpacked("district-2026-11-21.sqlite3.gz", tmp_path))):
        for part in PART_COLUMNS:
            assert set(columns(part)) <= set(db.columns(part)), part
        db.close()
