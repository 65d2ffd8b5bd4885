"""Statistics benchmarks: a year's report over 1,000,000 dossiers, Biểu 06 as XLSX, the page.

    .venv/bin/python bench/bench_stats.py [--dossiers 1000000] [--data DIR] [--runs 5] [--quick]

Budgets (issue 15; the demo's, issue 21): the demo makes 1,000,000 dossiers in <= 5 minutes
(here written into the desk this script opens, without `desk-app demo`'s copy and rename); the statistics for a
year <= 300 ms; Biểu 06 XLSX for that year <= 2 s; the statistics page opens in <= 500 ms the
first time and <= 100 ms after. Each budget's row has a baseline measured in the same run:
- the demo: the same number of bare rows (an id and a time) written by plain executemany
  into a fresh SQLite file, so the ratio says what the demo costs over SQLite writing at all;
- the statistics and the XLSX: the plainest grouped count SQLite can do over the rows the
  report reads (SELECT grp, COUNT(*) FROM stats_days GROUP BY grp);
- the page: counting its period (this month) alone, in the same process, so the ratio says
  what building and drawing the page adds.
The page's first opening imports the chart library (once its figures are shown): it is timed
to the figures shown and to the charts drawn, with the library's files in the system's cache
(the first opening after the computer starts reads them from the disk).
--data reuses a folder made by an earlier run (or by `desk-app demo`), skipping the demo.
--quick: 6,000 dossiers and two runs (bench/run_all.py --quick).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk_app.app import Desk  # noqa: E402
from desk_app.demo.year import make_year  # noqa: E402

BASELINE_SQL = "SELECT grp, COUNT(*) FROM stats_days GROUP BY grp"

PAGE_SCRIPT = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desk_app.app import Desk
from desk_app.ui.background import Background
desk = Desk.open(sys.argv[1])
today = desk.now().date()
from PySide6.QtCore import QEventLoop, QTimer
def wait_for(signal, done):  # the event loop waits as the window's does, until the signal
    loop = QEventLoop()
    signal.connect(lambda *_: done() and loop.quit())
    QTimer.singleShot(120_000, loop.quit)
    if not done():
        loop.exec()
    if not done():
        sys.exit("the page did not answer in 2 minutes")
def open_page():
    from desk_app.ui.pages.stats_page import StatsPage
    began = time.perf_counter()
    page = StatsPage(lambda p: Background(desk, p), lambda d: d.stats, lambda: desk.now().date(),
                     desk.stats.groupings, lambda: desk.unit or {})
    page.show()
    wait_for(page.shown, lambda: page.period is not None)
    figures = time.perf_counter() - began
    wait_for(page.charts_ready, lambda: page.charts is not None)
    app.processEvents()
    return page, figures, time.perf_counter() - began
page, figures, first = open_page()
began = time.perf_counter()
shown = []
page.shown.connect(shown.append)
page.refresh()
wait_for(page.shown, lambda: bool(shown))
app.processEvents()
again = time.perf_counter() - began
switch_began = time.perf_counter()
page.hide(); page.show(); app.processEvents()
switch = time.perf_counter() - switch_began
counting = []
for _ in range(3):
    began = time.perf_counter()
    desk.stats.period(today.replace(day=1), today, "procedure")
    counting.append(time.perf_counter() - began)
print(f"{figures * 1000:.0f} {first * 1000:.0f} {again * 1000:.0f} {switch * 1000:.0f} {sorted(counting)[1] * 1000:.0f}")
page.runner.stop(); desk.close()
"""


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def raw_writes(rows: int) -> float:
    """The demo's baseline: `rows` bare rows (an id and a time) by plain executemany, in chunks
    as the demo writes, into a fresh file."""
    import sqlite3

    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(str(Path(folder) / "raw.sqlite3"), isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, at TEXT NOT NULL)")
        began = time.perf_counter()
        for start in range(0, rows, 20_000):
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO t VALUES (?, ?)", ((f"{n:012x}", "2026-11-27 09:15:00")
                                                              for n in range(start, min(rows, start + 20_000))))
            conn.execute("COMMIT")
        took = time.perf_counter() - began
        conn.close()
    return took


def row(name: str, took: float, base: float, budget: float | None, unit: str = "ms") -> str:
    """One budget's line: the figure, its ratio to its baseline, and the budget."""
    scale = 1000 if unit == "ms" else 1
    verdict = "" if budget is None else f"; budget {budget * scale:,.0f} {unit}: {'ok' if took <= budget else 'OVER'}"
    return f"{name}: {took * scale:,.{0 if unit == 'ms' else 1}f} {unit} ({took / base:.1f}x baseline{verdict})"


def page_figures(folder: Path) -> list[int]:
    """(figures shown, charts drawn, recount, back to the page, counting alone) in ms, in a
    process of its own (the chart library not yet imported)."""
    done = subprocess.run([sys.executable, "-c", PAGE_SCRIPT, str(folder), str(ROOT)], capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return [int(v) for v in done.stdout.split()[-5:]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--data", help="a data folder made earlier (the demo is skipped)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="6,000 dossiers, two runs")
    args = parser.parse_args(argv)
    if args.quick:
        args.dossiers, args.runs = min(args.dossiers, 6_000), 2
    folder = Path(args.data) if args.data else Path(tempfile.mkdtemp(prefix="bench-stats-"))
    desk = Desk.open(folder)
    if desk.unit is None:
        commander = desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến", "upper_name": "Công an tỉnh Bắc Ninh"},
                                   commander_name="Nguyễn Văn Hùng", commander_pin="4826").commander
        for name in ("Trần Thị Lan", "Lê Văn Nam", "Phạm Thu Hà", "Đỗ Minh Đức", "Vũ Thị Mai"):
            desk.officers.add(name, "officer", "3917", commander["id"])
    count = desk.store.scalar("SELECT COUNT(*) FROM dossiers")
    if count < args.dossiers:
        made = args.dossiers - count
        began, cpu = time.perf_counter(), time.process_time()
        make_year(desk, made, 365)
        took, cpu = time.perf_counter() - began, time.process_time() - cpu
        budget = 300 * made / 1_000_000 if made >= 100_000 else None  # small runs: start-up dominates
        print(row(f"demo, {made:,} dossiers", took, raw_writes(made), budget, "s")
              + f"; CPU {cpu:.1f} s; {made / took:,.0f}/s")
    count = desk.store.scalar("SELECT COUNT(*) FROM dossiers")
    today = desk.now().date()
    first, last = today - timedelta(days=364), today
    conn = desk.store.db.conn
    conn.execute(BASELINE_SQL).fetchall()  # warm the cache for both
    base, _ = timed(lambda: conn.execute(BASELINE_SQL).fetchall(), args.runs)
    # As the page counts them: the digitising after the rest (core/stats.add_digitised).
    year, report = timed(lambda: desk.stats.report(first, last, digitised=False), args.runs)
    by_procedure, _ = timed(lambda: desk.stats.report(first, last, "procedure", digitised=False), args.runs)
    month, _ = timed(lambda: desk.stats.report(today.replace(day=1), today, digitised=False), args.runs)
    digitised, _ = timed(lambda: desk.stats.add_digitised([report]), args.runs)
    print(f"{count:,} dossiers; a year ({first:%d/%m/%Y}-{last:%d/%m/%Y}): received {report.total.received_total:,},"
          f" balanced {report.total.balanced()}")
    print(f"baseline, grouped COUNT over the statistics rows: {base * 1000:.0f} ms")
    print(row("statistics for the year", year, base, 0.3))
    print(row("  by procedure", by_procedure, base, None) + "; " + row("this month", month, base, None))
    print(row("  its digitised figures, counted after (the period's dossiers and documents)", digitised, base, None))
    out = folder / "bieu06.xlsx"

    def xlsx():
        from desk_app.printing.bieu06_xlsx import write_bieu06_xlsx

        return write_bieu06_xlsx(desk.stats.report(first, last, "procedure"), desk.unit, out, today)

    took, _ = timed(xlsx, max(1, args.runs // 2))
    print(row("Biểu 06 XLSX for the year (counting included)", took, base, 2.0))
    desk.close()
    try:
        figures, charts, recount, back, counting = page_figures(folder)
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    counting = max(counting, 1) / 1000
    print(f"baseline, counting the page's period (this month) alone: {counting * 1000:.0f} ms")
    print(row("statistics page, first open: figures shown", figures / 1000, counting, 0.5))
    print(row("statistics page, first open: charts drawn (the chart library loads then)", charts / 1000, counting,
              0.5))
    print(row("statistics page, recount", recount / 1000, counting, None) + "; "
          + row("back to the page", back / 1000, counting, 0.1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
