import sqlite3

import pytest
from desk_app.db.migrations import MIGRATIONS
from desk_app.db.connection import DatabaseTooNew, open_database


def test_new_database_is_wal_with_foreign_keys(tmp_path):
    db = open_database(tmp_path / "desk.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert all(db.has_table(name) for name in ("unit", "officers", "citizens", "visits", "procedures", "dossiers",
                                               "dossier_documents", "dossier_events", "changes", "holiday_overrides"))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO dossier_documents (id, dossier_id, position, name, kind, updated_at) "
                   "VALUES ('x', 'no-such-dossier', 1, 'a', 'original', 'now')")
    db.close()


def test_database_newer_than_the_code_is_refused_untouched(tmp_path):
    path = tmp_path / "desk.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('desk_app', '9999_future', 'x')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="mới hơn"):
        open_database(path)
    assert path.read_bytes() == before


def test_database_is_backed_up_before_a_migration(tmp_path, monkeypatch):
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('marker', '\"kept\"')")
    db.close()
    def _add(db):
        db.execute("ALTER TABLE settings ADD COLUMN note TEXT")

    monkeypatch.setattr(MIGRATIONS, "steps", [*MIGRATIONS.steps, ("9000_test_column", _add)])
    db = open_database(path)
    assert "note" in db.columns("settings")
    db.close()
    backups = list((tmp_path / "backups").glob("*before-migration.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone() == ('"kept"',)
    assert "note" not in [r[1] for r in copy.execute("PRAGMA table_info(settings)")]
    copy.close()


def test_no_backup_for_a_brand_new_file(tmp_path):
    open_database(tmp_path / "desk.sqlite3").close()
    assert not (tmp_path / "backups").exists()


def test_known_database_opens_without_loading_sqlite_utils(tmp_path):
    """The window opens on every start: an up-to-date file must not pay for sqlite-utils' import."""
    import subprocess
    import sys

    path = tmp_path / "desk.sqlite3"
    open_database(path).close()
    script = ("import sys; from desk_app.db.connection import open_database; "
              f"db = open_database({str(path)!r}); db.execute('SELECT COUNT(*) FROM dossiers'); "
              "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_migration_set_matches_the_sqlite_utils_bookkeeping(tmp_path):
    db = open_database(tmp_path / "desk.sqlite3")
    rows = [r["name"] for r in db.utils()["_sqlite_migrations"].rows_where("migration_set = 'desk_app'", order_by="rowid")]
    assert rows == [name for name, _ in MIGRATIONS.steps] == MIGRATIONS.applied(db)
    assert MIGRATIONS.pending(db) == []
    db.close()


def test_no_migration_without_its_backup(tmp_path, monkeypatch):
    from desk_app.db.file_copy import BackupError

    path = tmp_path / "desk.sqlite3"
    open_database(path).close()

    def _add(db):
        db.execute("ALTER TABLE settings ADD COLUMN note TEXT")

    monkeypatch.setattr(MIGRATIONS, "steps", [*MIGRATIONS.steps, ("9000_test_column", _add)])
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(BackupError, match="Chưa sao lưu được"):
        open_database(path)
    conn = sqlite3.connect(path)
    assert "note" not in [r[1] for r in conn.execute("PRAGMA table_info(settings)")]
    conn.close()


def test_a_new_database_carries_the_desk_application_id(tmp_path):
    from desk_app.db.file_check import APPLICATION_ID

    db = open_database(tmp_path / "desk.sqlite3")
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x4445534B
    db.close()


def test_a_desk_database_made_before_the_mark_is_marked_and_kept(tmp_path):
    from desk_app.db.file_check import APPLICATION_ID

    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('marker', '\"kept\"')")
    db.execute("PRAGMA application_id = 0")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_application_id'")
    db.close()
    db = open_database(path)  # recognised by its migrations table
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone() == ('"kept"',)
    db.close()


@pytest.mark.parametrize("application_id", [0, 0x47504B47])  # unmarked; another program's mark (GeoPackage)
def test_another_programs_database_is_refused_untouched(tmp_path, application_id):
    from desk_app.db.file_check import NotOurDatabase

    path = tmp_path / "desk.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('sổ tay')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotOurDatabase, match="chương trình khác"):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk.sqlite3"]


def test_a_commit_is_on_the_disk_before_it_returns(desk, tmp_path):
    """synchronous=FULL in WAL: a registration is durable before its slip prints (NORMAL lost
    the last commits to a power cut). The desk's connection and the district's both."""
    from desk_app.sync.district import store as district_store

    assert desk.store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    district, _ = district_store.init(tmp_path / "district")
    with district:
        assert district.db.execute("PRAGMA synchronous").fetchone()[0] == 2


def _page_one_from_the_wal(path) -> None:
    """What a checkpoint killed half-way leaves: the main file's first page (its header, with
    the new page count) already copied from the WAL, the pages after it not yet."""
    wal = path.with_name(path.name + "-wal").read_bytes()
    page = int.from_bytes(wal[8:12], "big")
    newest = None
    for at in range(32, len(wal), 24 + page):
        if int.from_bytes(wal[at:at + 4], "big") == 1:
            newest = wal[at + 24:at + 24 + page]
    assert newest is not None
    with open(path, "r+b") as main:
        main.write(newest)


def test_a_checkpoint_killed_half_way_opens_with_every_row(tmp_path):
    # Found by the kill -9 test: the file is shorter than its header says until the WAL is
    # checkpointed again, and the check took SQLite's b"ok" for damage.
    import shutil

    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    db.conn.execute("CREATE TABLE filler (body TEXT)")
    with db.conn:
        db.conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 3000,) for _ in range(300)])
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("desk.sqlite3", "desk.sqlite3-wal", "desk.sqlite3-shm"):  # as a kill leaves them
        shutil.copy(tmp_path / name, copy / name)
    db.close()
    killed = copy / "desk.sqlite3"
    _page_one_from_the_wal(killed)
    header = killed.read_bytes()[:100]
    assert int.from_bytes(header[28:32], "big") * 4096 > killed.stat().st_size  # cut short, as after the kill

    reopened = open_database(killed)
    assert reopened.conn.execute("SELECT COUNT(*) FROM filler").fetchone()[0] == 300
    assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()
