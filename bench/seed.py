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
import uuid
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk_app.core import unit as unit_module  # noqa: E402
from desk_app.core.demo import random_person  # noqa: E402
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
    db = open_database(path, path.parent / "backups")
    store = Store(db)
    unit_module.first_run(store, {"code": "CAXTT", "name": "Công an xã Tân Tiến"}, "Nguyễn Văn Hùng", "1234")
    officer = store.scalar("SELECT id FROM officers LIMIT 1")
    procedures = store.all("SELECT id, code, limit_value FROM procedures")
    rng = random.Random(seed)
    n_citizens = citizens or max(1, dossiers * 7 // 10)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    seq = store.scalar("SELECT COALESCE(MAX(seq), 0) FROM changes")
    now = to_text(datetime.now().replace(microsecond=0))

    citizen_ids, used_numbers = [], set()
    rows = []
    for _ in range(n_citizens):
        person = random_person(rng, "xã Tân Tiến")
        while person.id_number in used_numbers:
            person = random_person(rng, "xã Tân Tiến")
        used_numbers.add(person.id_number)
        seq += 1
        cid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        citizen_ids.append(cid)
        rows.append((cid, person.full_name, fold(person.full_name), person.id_number, person.birth_date,
                     person.sex, person.address, person.phone, now, officer, seq))
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
        did = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        ready = to_text(due - timedelta(hours=rng.randint(0, 30))) if status in ("result_ready", "returned") else None
        seq += 1
        dossier_rows.append((did, code, citizen_ids[rng.randrange(n_citizens)], proc["id"], status,
                             to_text(received), to_text(due), to_text(due), ready,
                             ready if status in ("returned", "refused") else None, officer, now, officer, seq))
        seq += 1
        event_rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), did, to_text(received),
                           "receive", "received", officer, now, officer, seq))
        if len(dossier_rows) >= 50_000:
            _flush(conn, dossier_rows, event_rows)
    _flush(conn, dossier_rows, event_rows)
    conn.executemany("INSERT INTO code_counters (scope, last_seq) VALUES (?, ?)",
                     [(f"{k}-#", v) for k, v in counters.items()])
    conn.execute("INSERT INTO changes (seq, table_name, record_id, at) VALUES (?, 'seed', 'bulk', ?)", (seq, now))
    conn.execute("COMMIT")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("ANALYZE")
    db.close()
    return {"dossiers": dossiers, "citizens": n_citizens, "seconds": time.perf_counter() - started}


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
