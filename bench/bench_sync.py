"""Sync benchmarks: export a day, import 30 units' days, a 1,000,000-record file, re-import.

    .venv/bin/python bench/bench_sync.py [--records 1000000] [--runs 5]

Budgets (issue 5): exporting a day of 500 dossiers <= 0.5 s; importing 30 units' daily
files <= 2 s; import >= 20,000 records/s on a 1,000,000-record file; re-importing an
already imported file <= 10% of its first import. Beside each, a baseline measured in
the same run on the same rows: plain SELECT + json.dumps to a file (export), plain
json.loads + executemany into a bare table (import). Desks are seeded with bulk inserts
shaped like the services' writes (ids, change stamps, `changes` rows).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk_app.app import Desk  # noqa: E402
from desk_app.core.text import fold  # noqa: E402
from desk_app.sync import export, format as fmt  # noqa: E402
from desk_app.sync.district import importer  # noqa: E402
from desk_app.sync.district import store as district_store  # noqa: E402
from desk_app.sync.keys import unit_keys  # noqa: E402
from desk_app.db.sync_parts import PART_COLUMNS, columns  # noqa: E402

DAY = datetime(2026, 11, 23, 17, 0)
RECORDS_PER_DOSSIER = 8  # citizen, dossier, 3 documents, 2 events, 1 visit


def clock():
    return DAY


def seed(desk: Desk, dossiers: int, rng: random.Random) -> int:
    """Bulk rows for `dossiers` dossiers received on DAY; returns the records written."""
    conn = desk.store.db.conn
    officer = conn.execute("SELECT id FROM officers LIMIT 1").fetchone()[0]
    procs = conn.execute("SELECT id FROM procedures").fetchall()
    seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()[0]
    now = "2026-11-23 09:00:00"
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    batch = 20_000
    for start in range(0, dossiers, batch):
        rows = {t: [] for t in ("citizens", "dossiers", "dossier_documents", "dossier_events", "visits")}
        changes = []

        def stamp(table: str, rid: str) -> int:
            nonlocal seq
            seq += 1
            changes.append((seq, table, rid, now, officer))
            return seq

        for i in range(start, min(dossiers, start + batch)):
            cid, did = str(uuid.uuid4()), str(uuid.uuid4())
            name = f"Nguyễn Văn Thành {i}"
            rows["citizens"].append((cid, name, fold(name), f"{i:012d}", "1990-01-01", "Nam",
                                     "Thôn Đông, xã Tân Tiến", f"09{i % 10**8:08d}", now, officer,
                                     stamp("citizens", cid)))
            received = f"2026-11-23 {8 + i % 9:02d}:{i % 60:02d}:00"
            rows["dossiers"].append((did, f"CAXTT-261123-{i:07d}", cid, procs[i % len(procs)][0],
                                     rng.choice(["received", "in_progress", "returned"]), received,
                                     "2026-11-26 17:00:00", "2026-11-26 17:00:00", 20000, now, officer,
                                     stamp("dossiers", did)))
            for pos, doc in enumerate(("Tờ khai CT01", "Giấy tờ chứng minh chỗ ở", "Căn cước"), 1):
                xid = str(uuid.uuid4())
                rows["dossier_documents"].append((xid, did, pos, doc, "original", now, officer,
                                                  stamp("dossier_documents", xid)))
            for action, to in (("receive", "received"), ("start", "in_progress")):
                xid = str(uuid.uuid4())
                rows["dossier_events"].append((xid, did, received, action, to, officer, now, officer,
                                               stamp("dossier_events", xid)))
            xid = str(uuid.uuid4())
            rows["visits"].append((xid, cid, "dossier", received, officer, did, "Đăng ký tạm trú", now, officer,
                                   stamp("visits", xid)))
        conn.executemany("INSERT INTO citizens (id, full_name, name_key, id_number, birth_date, sex, address, "
                         "phone, updated_at, updated_by, change_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows["citizens"])
        conn.executemany("INSERT INTO dossiers (id, code, citizen_id, procedure_id, status, received_at, due_at, "
                         "original_due_at, fee, updated_at, updated_by, change_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                         rows["dossiers"])
        conn.executemany("INSERT INTO dossier_documents (id, dossier_id, position, name, kind, updated_at, "
                         "updated_by, change_seq) VALUES (?,?,?,?,?,?,?,?)", rows["dossier_documents"])
        conn.executemany("INSERT INTO dossier_events (id, dossier_id, at, action, to_status, officer_id, "
                         "updated_at, updated_by, change_seq) VALUES (?,?,?,?,?,?,?,?,?)", rows["dossier_events"])
        conn.executemany("INSERT INTO visits (id, citizen_id, kind, at, officer_id, dossier_id, summary, "
                         "updated_at, updated_by, change_seq) VALUES (?,?,?,?,?,?,?,?,?,?)", rows["visits"])
        conn.executemany("INSERT INTO changes (seq, table_name, record_id, at, officer_id) VALUES (?,?,?,?,?)",
                         changes)
    conn.execute("COMMIT")
    conn.execute("PRAGMA synchronous = NORMAL")
    return dossiers * RECORDS_PER_DOSSIER


def make_desk(folder: Path, code: str, district, dossiers: int, rng) -> Desk:
    desk = Desk.open(folder, clock=clock)
    desk.first_run({"code": code, "name": f"Công an xã {code}"}, "Nguyễn Văn Hùng", "4826")
    settings = desk.settings
    settings.district_public_key = district.keys.public.text()
    desk.save_settings(settings, desk.officers.resolve(None)["id"])
    district.add_unit(code, f"Công an xã {code}", unit_keys(folder).public.text())
    seed(desk, dossiers, rng)
    return desk


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def baseline_export(desk: Desk, out: Path) -> None:
    conn = desk.store.db.conn
    with open(out, "wb") as handle:
        for part in PART_COLUMNS:
            cols = [c for c in columns(part) if c != "procedure_code"]
            for row in conn.execute(f"SELECT {', '.join(cols)} FROM {part}"):
                handle.write(json.dumps(dict(zip(cols, row)), ensure_ascii=False).encode() + b"\n")


def plaintext_parts(district, path: Path, folder: Path) -> list[Path]:
    """The file's parts as plain NDJSON (not timed): what the baseline import reads."""
    envelope = fmt.open_envelope(path)
    unit = district.unit(envelope.unit)
    from desk_app.sync.keys import parse_public

    files = []
    with open(path, "rb") as handle:
        opened = fmt.open_contents(envelope, handle, district.keys.box, parse_public(unit["public_key"]))
        for entry, blocks in opened.parts():
            target = folder / f"{path.stem}.{entry['name']}.ndjson"
            with open(target, "wb") as out:
                for block in blocks:
                    out.write(block)
            files.append(target)
    return files


def baseline_import(files: list[Path], db_path: Path) -> None:
    import sqlite3

    db_path.unlink(missing_ok=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("BEGIN")
    for f in files:
        part = f.name.split(".")[-2]
        cols = columns(part)
        conn.execute(f"CREATE TABLE IF NOT EXISTS {part} (unit, {', '.join(cols)})")
        sql = f"INSERT INTO {part} VALUES ({', '.join('?' for _ in range(len(cols) + 1))})"
        batch = []
        with open(f, "rb") as handle:
            for line in handle:
                value = json.loads(line)
                batch.append(("U", *[value.get(c) for c in cols]))
                if len(batch) >= 5000:
                    conn.executemany(sql, batch)
                    batch = []
        conn.executemany(sql, batch)
    conn.execute("COMMIT")
    conn.close()


def fresh_district(folder: Path, units: list[tuple[str, Path]]):
    shutil.rmtree(folder, ignore_errors=True)
    district, _ = district_store.init(folder, clock=clock)
    return district


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--units", type=int, default=30)
    parser.add_argument("--unit-dossiers", type=int, default=100, help="dossiers per unit-day in the 30-unit case")
    args = parser.parse_args()
    rng = random.Random(5)
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    rows = []
    try:
        # One district key pair for all cases; its database is recreated per run.
        district, _ = district_store.init(work / "district", clock=clock)

        # 1. A day of 500 dossiers.
        desk = make_desk(work / "day500", "CAXTT", district, 500, rng)
        times = timed(lambda: export.export_new(desk.store, desk.data_dir, work / "out500", None, from_seq=1),
                      args.runs)
        base = timed(lambda: baseline_export(desk, work / "base500.ndjson"), args.runs)
        rows.append(("export a day of 500 dossiers (4,000 records + catalog)", times, base, "≤ 0.5 s"))
        desk.close()

        # 2. Thirty units' daily files.
        files = []
        for n in range(args.units):
            code = f"CAX{n:03d}"
            d = make_desk(work / f"unit{n}", code, district, args.unit_dossiers, rng)
            files.append(export.export_new(d.store, d.data_dir, work / "out30", None).path)
            d.close()
        plain = [p for f in files for p in plaintext_parts(district, f, work)]
        units = [(u["code"], u["public_key"]) for u in district.units()]
        district.close()

        def import_30():
            shutil.rmtree(work / "d30", ignore_errors=True)
            d, _ = district_store.init(work / "d30", clock=clock)
            d.keys = district_store.open_district(work / "district").keys  # same recipient key
            for code, key in units:
                d.add_unit(code, code, key)
            started = time.perf_counter()
            outcomes = importer.import_files(d, files)
            elapsed = time.perf_counter() - started
            assert all(o.status == importer.IMPORTED for o in outcomes), [o.message for o in outcomes]
            d.close()
            return elapsed

        times = [import_30() for _ in range(args.runs)]
        base = timed(lambda: baseline_import(plain, work / "base30.sqlite3"), args.runs)
        records30 = sum(1 for p in plain for _ in open(p, "rb"))
        rows.append((f"import {args.units} units' daily files ({records30:,} records)", times, base, "≤ 2 s"))

        # 3. A file of ~1,000,000 records, imported, then imported again.
        dossiers = args.records // RECORDS_PER_DOSSIER
        district = district_store.open_district(work / "district", clock=clock)
        started = time.perf_counter()
        big = make_desk(work / "big", "CAXBIG", district, dossiers, rng)
        seeded = time.perf_counter() - started
        started = time.perf_counter()
        big_file = export.export_new(big.store, big.data_dir, work / "outbig", None)
        export_big = time.perf_counter() - started
        big.close()
        units = [(u["code"], u["public_key"]) for u in district.units()]
        district.close()
        plain_big = plaintext_parts(district_store.open_district(work / "district"), big_file.path, work)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        shutil.rmtree(work / "dbig", ignore_errors=True)
        d, _ = district_store.init(work / "dbig", clock=clock)
        d.keys = district_store.open_district(work / "district").keys
        for code, key in units:
            d.add_unit(code, code, key)
        started = time.perf_counter()
        first = importer.import_file(d, big_file.path)
        first_time = time.perf_counter() - started
        assert first.status == importer.IMPORTED, first.message
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        again = timed(lambda: importer.import_file(d, big_file.path), args.runs)
        d.close()
        base = timed(lambda: baseline_import(plain_big, work / "basebig.sqlite3"), 1)
        n = big_file.records
        rows.append((f"import a {n:,}-record file ({big_file.bytes / 1e6:.0f} MB)", [first_time], base,
                     f"≥ 20,000 rec/s: {n / first_time:,.0f} rec/s"))
        rows.append(("re-import of the same file", again, [first_time],
                     f"≤ 10%: {statistics.median(again) / first_time:.1%} of first import"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"\n{'case':58} {'median':>9} {'p95':>9} {'baseline':>9} {'ratio':>7}  budget / result")
    for name, times, base, budget in rows:
        med, b = statistics.median(times), statistics.median(base)
        print(f"{name:58} {med:9.3f} {p95(times):9.3f} {b:9.3f} {med / b:7.2f}  {budget}")
    print(f"\n(seconds; runs={args.runs}; the re-import row's baseline is the first import.)")
    print(f"1M case: seeding the desk {seeded:.1f} s; exporting the file {export_big:.1f} s; peak RSS before "
          f"import {rss_before / 1024:.0f} MB, after {rss_after / 1024:.0f} MB")


if __name__ == "__main__":
    main()
