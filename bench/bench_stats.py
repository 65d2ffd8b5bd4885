"""Statistics benchmarks: a year's report over 1,000,000 dossiers, Biểu 06 as XLSX, the page.

    .venv/bin/python bench/bench_stats.py [--dossiers 1000000] [--data DIR] [--runs 5]

Budgets (issue 15): the demo makes 1,000,000 dossiers in <= 2 minutes; the statistics for a
year <= 300 ms; Biểu 06 XLSX for that year <= 2 s; the statistics page opens in <= 500 ms the
first time (the charting library loads then) and <= 100 ms after. Beside the report, a
baseline measured in the same run on the same file: the plainest grouped count SQLite can do
over the same index (SELECT procedure_id, received_by, COUNT(*) … GROUP BY), so the ratio
says what the report's buckets cost over reading the rows at all.
--data reuses a folder made by an earlier run (or by `desk-app demo`), skipping the demo.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk_app.app import Desk  # noqa: E402
from desk_app.core.demo_year import make_year  # noqa: E402

BASELINE_SQL = "SELECT procedure_id, received_by, COUNT(*) FROM dossiers INDEXED BY dossiers_stats GROUP BY 1, 2"

PAGE_SCRIPT = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desk_app.app import Desk
from desk_app.ui.background import Background
desk = Desk.open(sys.argv[1])
def open_page():
    from desk_app.ui.pages.stats_page import StatsPage
    began = time.perf_counter()
    page = StatsPage(lambda p: Background(desk, p), lambda d: d.stats, lambda: desk.now().date(),
                     desk.stats.groupings, lambda: desk.unit or {})
    page.show()
    while page.charts is None or page.period is None:
        app.processEvents()
    app.processEvents()
    return page, time.perf_counter() - began
page, first = open_page()
began = time.perf_counter()
shown = []
page.shown.connect(shown.append)
page.refresh()
while not shown:
    app.processEvents()
app.processEvents()
again = time.perf_counter() - began
switch_began = time.perf_counter()
page.hide(); page.show(); app.processEvents()
switch = time.perf_counter() - switch_began
print(f"{first * 1000:.0f} {again * 1000:.0f} {switch * 1000:.0f}")
page.runner.stop(); desk.close()
"""


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--data", help="a data folder made earlier (the demo is skipped)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    folder = Path(args.data) if args.data else Path(tempfile.mkdtemp(prefix="bench-stats-"))
    desk = Desk.open(folder)
    if desk.unit is None:
        commander = desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến", "upper_name": "Công an tỉnh Bắc Ninh"},
                                   commander_name="Nguyễn Văn Hùng", commander_pin="4826").commander
        for name in ("Trần Thị Lan", "Lê Văn Nam", "Phạm Thu Hà", "Đỗ Minh Đức", "Vũ Thị Mai"):
            desk.officers.add(name, "officer", "3917", commander["id"])
    count = desk.store.scalar("SELECT COUNT(*) FROM dossiers")
    if count < args.dossiers:
        began = time.perf_counter()
        make_year(desk, args.dossiers - count, 365)
        took = time.perf_counter() - began
        print(f"demo: {args.dossiers - count:,} dossiers in {took:.1f} s ({(args.dossiers - count) / took:,.0f}/s)"
              f" (budget for 1,000,000: 120 s)")
    count = desk.store.scalar("SELECT COUNT(*) FROM dossiers")
    today = desk.now().date()
    first, last = today - timedelta(days=364), today
    conn = desk.store.db.conn
    conn.execute(BASELINE_SQL).fetchall()  # warm the cache for both
    base, _ = timed(lambda: conn.execute(BASELINE_SQL).fetchall(), args.runs)
    year, report = timed(lambda: desk.stats.report(first, last), args.runs)
    by_procedure, _ = timed(lambda: desk.stats.report(first, last, "procedure"), args.runs)
    month, _ = timed(lambda: desk.stats.report(today.replace(day=1), today), args.runs)
    print(f"{count:,} dossiers; a year ({first:%d/%m/%Y}-{last:%d/%m/%Y}): received {report.total.received_total:,},"
          f" balanced {report.total.balanced()}")
    print(f"baseline grouped COUNT over the same index: {base * 1000:.0f} ms")
    print(f"statistics for the year: {year * 1000:.0f} ms ({year / base:.1f}x baseline; budget 300 ms)")
    print(f"  by procedure: {by_procedure * 1000:.0f} ms; this month: {month * 1000:.0f} ms")
    out = folder / "bieu06.xlsx"

    def xlsx():
        from desk_app.printing.bieu06_xlsx import write_bieu06_xlsx

        return write_bieu06_xlsx(desk.stats.report(first, last, "procedure"), desk.unit, out, today)

    took, _ = timed(xlsx, max(1, args.runs // 2))
    print(f"Biểu 06 XLSX for the year (counting included): {took * 1000:.0f} ms (budget 2000 ms)")
    desk.close()
    done = subprocess.run([sys.executable, "-c", PAGE_SCRIPT, str(folder), str(ROOT)], capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return 1
    page_first, page_again, page_switch = done.stdout.split()[-3:]
    print(f"statistics page (this month, charts drawn): first open {page_first} ms (budget 500), "
          f"recount {page_again} ms, back to the page {page_switch} ms (budget 100)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
