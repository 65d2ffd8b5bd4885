"""A desk an older demo wrote into keeps none of its leftovers once opened (migration 0076):
the table of rows it had not chained yet, and the indexes a demo cut short had dropped."""

import sqlite3

from desk_app.db.connection import open_database


def _indexes(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_an_old_demos_tables_go_and_its_dropped_indexes_come_back(tmp_path):
    path = tmp_path / "desk.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    wanted = {"dossiers_citizen", "citizens_name_key", "citizens_phone", "citizens_old_id"}
    assert wanted <= _indexes(conn)
    # As the old demo left a desk cut short before it could open again:
    conn.execute("CREATE TABLE audit_unchained (id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, "
                 "after_rowid INTEGER NOT NULL, upto_rowid INTEGER NOT NULL)")
    conn.execute("CREATE TABLE demo_deferred_indexes (name TEXT PRIMARY KEY, sql TEXT NOT NULL)")
    for name in wanted:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0076_demo_leftovers'")
    conn.commit()
    conn.close()
    open_database(path).close()
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not {"audit_unchained", "demo_deferred_indexes"} & tables
    assert wanted <= _indexes(conn)
    conn.close()
