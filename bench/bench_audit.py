"""Audit log benchmarks: what the chain adds to registering one dossier, and `audit verify`
over a large log.

    .venv/bin/python bench/bench_audit.py [--entries 1000000] [--registrations 300]

Budgets (issue: a record that cannot be silently rewritten): the audit adds ≤ 0.3 ms to
registering one dossier (the same registration with and without the log, interleaved in
the same process, on the same file); `audit verify` over 1,000,000 entries ≤ 10 s.
`audit verify` is timed twice on the same file: as the desk runs it (from 100,000 entries it
shares the chain and the tables with a second process) and in one process (the baseline of
the ratio); the chain walk alone is the third figure.
The log of the verify run is the baseline of a seeded database (one entry per record:
citizens, dossiers, their first events) plus looks (a dossier opened, a search) up to the
entries wanted: --records-share of the entries are records (1.0: every entry a record, the
worst case, since each record is hashed again besides its entry).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.seed import seed_database  # noqa: E402
from desk_app.core.audit import AuditLog  # noqa: E402
from desk_app.core.audit_verify import PARALLEL_FROM, Verification, verify, verify_chain  # noqa: E402
from desk_app.core.calendar_service import load_calendar  # noqa: E402
from desk_app.core.dossiers import DossierService  # noqa: E402
from desk_app.core.registration import dossier_input_from_dict  # noqa: E402
from desk_app.core.workdays import DEFAULT_SCHEDULE  # noqa: E402
from desk_app.db.audit import AUDITED_TABLES  # noqa: E402
from desk_app.db.connection import open_database  # noqa: E402
from desk_app.db.store import Store  # noqa: E402

OUT = ROOT / "bench" / "out"
PAYLOAD = {"full_name": "Trần Thị Lan", "id_number": "001185012345", "birth_date": "1985-03-12",
           "sex": "Nữ", "address": "Thôn Đông", "phone": "0987654321", "procedure": "1.004194"}
# Rows per seeded dossier (its citizen share, the dossier, ~2 documents, events, a visit):
# measured once and used to size the seed for the entries wanted.
ROWS_PER_DOSSIER = 2.7


def register_overhead(registrations: int) -> tuple[float, float, float]:
    """(median without the log, median with it, p95 with it) in ms, interleaved one by one."""
    path = OUT / "audit-register.sqlite3"
    seed_database(path, 2000)
    store = Store(open_database(path))
    log = AuditLog(store)
    log.baseline()
    service = DossierService(store, load_calendar(store, DEFAULT_SCHEDULE), "CAXTT", "{unit_code}-{yymmdd}-{seq:04}")
    store.clock = lambda: datetime(2030, 1, 7, 9, 0)
    data = dossier_input_from_dict(PAYLOAD)
    without, with_log = [], []
    for _ in range(10):  # warm up both paths
        service.register(data, None)
    for i in range(registrations * 2):
        audited = i % 2 == 0
        store.auditor = log if audited else None
        started = time.perf_counter()
        service.register(data, None)
        (with_log if audited else without).append((time.perf_counter() - started) * 1000)
    store.auditor = log
    store.close()
    with_log.sort()
    return statistics.median(without), statistics.median(with_log), with_log[int(0.95 * len(with_log))]


def verify_time(entries: int, records_share: float) -> tuple[int, int, float, float, float, bool]:
    """(entries, records, seconds for the chain, in one process, as the desk runs it, intact)."""
    path = OUT / f"audit-{entries}-{records_share}.sqlite3"
    if not path.exists():
        seed_database(path, max(200, int(entries * records_share / ROWS_PER_DOSSIER)))
        store = Store(open_database(path))
        log = AuditLog(store)
        log.baseline()
        while (missing := entries - store.scalar("SELECT COUNT(*) FROM audit_log")) > 0:
            with store.transaction(None) as writer:
                for _ in range(min(missing, 100_000)):
                    writer.look("view", None, "bench")
        store.close()
    store = Store(open_database(path))
    store.scalar("SELECT COUNT(*) FROM audit_log")  # the file in the page cache, as on a desk in use
    started = time.perf_counter()
    chain = Verification()
    verify_chain(store, chain)
    chain_seconds = time.perf_counter() - started
    started = time.perf_counter()
    alone = verify(store, parallel_from=entries + 1)
    alone_seconds = time.perf_counter() - started
    started = time.perf_counter()
    result = verify(store)
    seconds = time.perf_counter() - started
    records = sum(store.scalar(f"SELECT COUNT(*) FROM {t}") for t in AUDITED_TABLES)
    store.close()
    assert alone.as_dict() == result.as_dict(), "the two ways of verify disagree"
    return result.entries, records, chain_seconds, alone_seconds, seconds, result.ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--registrations", type=int, default=300)
    parser.add_argument("--records-share", type=float, default=0.5)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    bare, audited, p95 = register_overhead(args.registrations)
    added = audited - bare
    count, records, chain_seconds, alone_seconds, seconds, ok = verify_time(args.entries, args.records_share)
    budget_seconds = 10.0 * count / 1_000_000
    print(f"register one dossier: without the log {bare:.3f} ms, with it {audited:.3f} ms (p95 {p95:.3f} ms): "
          f"+{added:.3f} ms, ratio {audited / bare:.2f}x  (budget: +0.3 ms)")
    shared = "with a second process" if count >= PARALLEL_FROM else "in one process: too few entries to share"
    print(f"audit verify: {count:,} entries and {records:,} records in {seconds:.2f} s ({shared}); in one "
          f"process {alone_seconds:.2f} s, ratio {seconds / alone_seconds:.2f}x; the chain alone "
          f"{chain_seconds:.2f} s; {'intact' if ok else 'NOT INTACT'}  "
          f"(budget: 10 s per 1,000,000 → {budget_seconds:.2f} s here)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
