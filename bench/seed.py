"""Seed a desk database with many realistic dossiers, fast (bulk inserts, one transaction).

    python bench/seed.py bench/out/desk-1m.sqlite3 --dossiers 1000000

Rows carry the same shape the services write (UUIDs, folded names, change sequence);
only the per-row Python service overhead is skipped.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk_app.core import unit as unit_module  # noqa: E402
from desk_app.core.cccd import PROVINCE_CODES  # noqa: E402
from desk_app.demo.small import (GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE, SURNAMES,  # noqa: E402
                                VILLAGES)
from desk_app.core.text import fold  # noqa: E402
from desk_app.db.connection import open_database  # noqa: E402
from desk_app.db.store import Store, to_text  # noqa: E402

STATUSES = ["received", "in_progress", "needs_supplement", "result_ready", "returned", "refused"]
STATUS_WEIGHTS = [3, 6, 1, 5, 80, 5]


def seed_database(path: Path, dossiers: int = 1_000_000, seed: int = 7, citizens: int | None = None) -> dict:
    """Create (or replace) the file with a set-up unit and `dossiers` dossiers. Returns timings."""
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    db = open_database(path)
    store = Store(db)
    unit_module.first_run(store, {"code": "CAXTT", "name": "Công an xã Tân Tiến"}, "Nguyễn Văn Hùng", "4826")
    officer = store.scalar("SELECT id FROM officers LIMIT 1")
    procedures = store.all("SELECT id, code, limit_value FROM procedures")
    rng = random.Random(seed)
    n_citizens = citizens or max(1, dossiers * 7 // 10)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    seq = store.scalar("SELECT COALESCE(MAX(seq), 0) FROM changes")
    now = to_text(datetime.now().replace(microsecond=0))

    # Secondary indexes and the name word index are built once at the end: a bulk build
    # sorts once instead of updating B-trees row by row.
    deferred = _drop_secondary_indexes(conn, ("citizens", "dossiers", "dossier_events"))
    people = _people_pool()
    provinces = list(PROVINCE_CODES)
    citizen_ids, used_numbers = [], set()
    rows = []
    for _ in range(n_citizens):
        male, name, name_key = people[rng.randrange(len(people))]
        year = rng.randint(1950, 2007)
        number = f"{provinces[rng.randrange(len(provinces))]}{(0 if year < 2000 else 2) + (not male)}{year % 100:02d}"
        number += f"{rng.randrange(1_000_000):06d}"
        if number in used_numbers:
            continue
        used_numbers.add(number)
        seq += 1
        cid = _uuid(rng)
        citizen_ids.append(cid)
        rows.append((cid, name, name_key, number, f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                     "Nam" if male else "Nữ", VILLAGES[rng.randrange(len(VILLAGES))] + ", xã Tân Tiến",
                     f"09{rng.randrange(100_000_000):08d}", now, officer, seq))
    n_citizens = len(citizen_ids)
    conn.executemany(
        "INSERT INTO citizens (id, full_name, name_key, id_number, birth_date, sex, address, phone, "
        "updated_at, updated_by, change_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    del rows

    start_day = datetime.now().replace(hour=7, minute=30, second=0, microsecond=0) - timedelta(days=3650)
    per_day = max(1, dossiers // 3650 + 1)
    dossier_rows, event_rows = [], []
    counters: dict[str, int] = {}
    for i in range(dossiers):
        received = start_day + timedelta(days=i // per_day, minutes=(i % per_day) * 7 % 540)
        proc = procedures[rng.randrange(len(procedures))]
        due = received + timedelta(days=max(1, int(proc["limit_value"] * 1.4)))
        status = rng.choices(STATUSES, STATUS_WEIGHTS)[0]
        key = f"CAXTT-{received:%y%m%d}"
        counters[key] = counters.get(key, 0) + 1
        code = f"{key}-{counters[key]:04d}"
        did = _uuid(rng)
        received_text, due_text = received.isoformat(sep=" "), due.isoformat(sep=" ")
        ready = (due - timedelta(hours=rng.randint(0, 30))).isoformat(sep=" ") if status in ("result_ready", "returned") else None
        seq += 1
        dossier_rows.append((did, code, citizen_ids[rng.randrange(n_citizens)], proc["id"], status,
                             received_text, due_text, due_text, ready,
                             ready if status in ("returned", "refused") else None, officer, now, officer, seq))
        seq += 1
        event_rows.append((_uuid(rng), did, received_text,
                           "receive", "received", officer, now, officer, seq))
        if len(dossier_rows) >= 50_000:
            _flush(conn, dossier_rows, event_rows)
    _flush(conn, dossier_rows, event_rows)
    conn.executemany("INSERT INTO code_counters (scope, last_seq) VALUES (?, ?)",
                     [(f"{k}-#", v) for k, v in counters.items()])
    conn.execute("INSERT INTO changes (seq, table_name, record_id, at) VALUES (?, 'seed', 'bulk', ?)", (seq, now))
    for sql in deferred:
        conn.execute(sql)
    conn.execute("INSERT INTO citizens_fts (citizens_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("ANALYZE")
    db.close()
    return {"dossiers": dossiers, "citizens": n_citizens, "seconds": time.perf_counter() - started}


def _people_pool() -> list[tuple[bool, str, str]]:
    """Every name the demo lists can make, with its folded key computed once."""
    pool = []
    for male, middles, givens in ((True, MIDDLE_MALE, GIVEN_MALE), (False, MIDDLE_FEMALE, GIVEN_FEMALE)):
        for surname in SURNAMES:
            for middle in middles:
                for given in givens:
                    name = f"{surname} {middle} {given}"
                    pool.append((male, name, fold(name)))
    return pool


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"


def _drop_secondary_indexes(conn, tables: tuple[str, ...]) -> list[str]:
    """Drop the tables' explicit indexes and the FTS triggers; return the SQL to recreate them."""
    marks = ", ".join("?" for _ in tables)
    rows = conn.execute(
        f"SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND sql IS NOT NULL "
        "AND type IN ('index', 'trigger')", tables).fetchall()
    for kind, name, _ in rows:
        conn.execute(f"DROP {kind.upper()} {name}")
    # indexes first, triggers after the bulk rows are in
    return [sql for kind, _, sql in rows if kind == "index"] + [sql for kind, _, sql in rows if kind == "trigger"]


def _flush(conn, dossier_rows: list, event_rows: list) -> None:
    conn.executemany(
        "INSERT INTO dossiers (id, code, citizen_id, procedure_id, status, received_at, due_at, original_due_at, "
        "result_ready_at, closed_at, received_by, updated_at, updated_by, change_seq) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", dossier_rows)
    conn.executemany(
        "INSERT INTO dossier_events (id, dossier_id, at, action, to_status, officer_id, updated_at, updated_by, "
        "change_seq) VALUES (?,?,?,?,?,?,?,?,?)", event_rows)
    dossier_rows.clear()
    event_rows.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    args = parser.parse_args()
    result = seed_database(args.path, args.dossiers)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
