"""Desk window benchmarks.

    .venv/bin/python bench/bench_window.py [--dossiers 1000000] [--runs 7]

1. Launch: time from starting a process to the desk window being shown (offscreen), over a
   database of N dossiers, against a bare PySide6 QMainWindow started the same way in the
   same run (budget: ≤ 1.5× and < 1.5 s). desk_app is compiled to bytecode first, as an
   installed copy is (otherwise each start would also compile ~100 modules).
2. First page of the list (each filter) and search answers over N dossiers (budget ≤ 100 ms).
The N-dossier database is built once under bench/out/ and reused.
"""

from __future__ import annotations

import argparse
import compileall
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

# For reference, not a budget: the bare window plus what any PySide6 window with Qt.* flags
# pays, the ~90 Python enums of the Qt namespace built on its first use.
BARE_WITH_QT_NAMESPACE = BARE.replace("from PySide6.QtCore import QTimer", "from PySide6.QtCore import QTimer, Qt\nQt.AlignmentFlag")

# For reference too: a plain window of ~35 stock widgets (a list, labels, line edits, combo
# boxes, a table) with no application code at all: about the least any form window on this
# stack costs. Then the same with the Qt-free desk core imported first.
PLAIN_FORM = """
import sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QMainWindow, QPushButton, QStackedWidget, QTableView, QWidget)
app = QApplication(sys.argv)
w = QMainWindow(); body = QWidget(); row = QHBoxLayout(body); nav = QListWidget(); row.addWidget(nav)
pages = QStackedWidget(); row.addWidget(pages, 1); page = QWidget(); grid = QGridLayout(page)
for i in range(14):
    nav.addItem(f"Mục {i}")
    grid.addWidget(QLabel(f"Trường {i}"), i, 0, Qt.AlignmentFlag.AlignRight)
    grid.addWidget(QLineEdit() if i % 3 else QComboBox(), i, 1)
grid.addWidget(QTableView(), 15, 0, 1, 2); grid.addWidget(QPushButton("Lưu"), 16, 1)
pages.addWidget(page); w.setCentralWidget(body); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""
CORE_AND_PLAIN_FORM = "import desk_app.ui\n" + PLAIN_FORM

# What `desk-app` does, through the same functions (the command's module, then the window's
# start-up), except that the PIN dialog is replaced: nobody types here.
DESK = """
import sys
from desk_app import cli
from desk_app.__main__ import open_window

def commander_on_duty(desk, app):
    from PySide6.QtCore import QTimer
    from desk_app.ui.session import Session
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))  # fires once the desk is up
    return Session(desk.officers.resolve(None))

assert cli.window_options(["--data-dir", sys.argv[1]]) is not None  # the command would open the window
sys.exit(open_window(sys.argv[1], login=commander_on_duty))
"""


def database(dossiers: int) -> Path:
    """A data folder whose desk.sqlite3 holds `dossiers` dossiers; built once, then reused."""
    folder = OUT / f"window-{dossiers}"
    target = folder / "desk.sqlite3"
    if target.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    shared = OUT / f"desk-{dossiers}.sqlite3"
    started = time.perf_counter()
    if shared.exists() and _complete(shared, dossiers):
        source, dest = sqlite3.connect(shared), sqlite3.connect(target)
        source.backup(dest)
        source.close(), dest.close()
        how = f"copied from {shared.name}"
    else:
        from bench.seed import seed_database

        seed_database(target, dossiers)
        how = "seeded"
    print(f"database: {dossiers:,} dossiers {how} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return folder


def _complete(path: Path, dossiers: int) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        count = conn.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0]
        conn.close()
        return count >= dossiers
    except sqlite3.Error:
        return False


def launch_once(script: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, env=env, cwd=ROOT,
                            text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"the window did not show (exit {proc.returncode})")
    return elapsed


def timed(fn, runs: int) -> list[float]:
    """Durations of `runs` calls; the rows the last call returned are noted for the table."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    timed.rows = len(result) if isinstance(result, list) else None
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def row(name: str, values: list[float], budget_ms: float | None, baseline: float | None = None) -> str:
    med = statistics.median(values)
    ratio = f"{med / baseline:5.2f}×" if baseline else "      "
    verdict = "" if budget_ms is None else ("ok" if med * 1000 <= budget_ms else "OVER")
    budget = f"≤ {budget_ms:.0f} ms" if budget_ms else ""
    rows = getattr(timed, "rows", None)
    timed.rows = None
    shown = f"{rows:>5}" if rows is not None else "     "
    return f"{name:<44} {med * 1000:9.1f} {p95(values) * 1000:9.1f} {ratio} {shown} {budget:>12} {verdict}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = database(args.dossiers)
    # As installed: pip (or the bundle) ships desk_app compiled to bytecode, as PySide6 is.
    compileall.compile_dir(ROOT / "desk_app", quiet=1)

    launch_once(DESK, str(folder))  # warm the page cache and apply any pending migration
    bare, qt_namespace, plain_form, core_and_form, desk = [], [], [], [], []
    for _ in range(args.runs):  # interleaved, so all see the same machine load
        bare.append(launch_once(BARE))
        qt_namespace.append(launch_once(BARE_WITH_QT_NAMESPACE))
        plain_form.append(launch_once(PLAIN_FORM))
        core_and_form.append(launch_once(CORE_AND_PLAIN_FORM))
        desk.append(launch_once(DESK, str(folder)))

    from desk_app.app import Desk
    from desk_app.core.queue import DUE_TODAY, OPEN, OVERDUE, TODAY, QueueFilter

    d = Desk.open(folder)
    queue, dossiers = d.queue, d.dossiers
    sample = d.store.one("SELECT c.full_name, c.id_number, c.phone, d.code FROM dossiers d "
                         "JOIN citizens c ON c.id = d.citizen_id WHERE d.rowid = ?", (args.dossiers // 2,))
    runs = max(args.runs, 15)
    lines = [f"{'measure (' + format(args.dossiers, ',') + ' dossiers)':<44} {'median ms':>9} {'p95 ms':>9} "
             f"{'ratio':>6} {'rows':>5} {'budget':>12}"]
    base = statistics.median(bare)
    lines.append(row("launch: bare QMainWindow (baseline)", bare, None))
    lines.append(row("launch: bare + Qt namespace (reference)", qt_namespace, None, base))
    lines.append(row("launch: plain form, no app code (reference)", plain_form, None, base))
    lines.append(row("launch: desk core + plain form (reference)", core_and_form, None, base))
    lines.append(row("launch: desk window shown", desk, 1500, base))
    for label, flt in (("list first page: all", QueueFilter()), ("list first page: today", QueueFilter(TODAY)),
                       ("list first page: open", QueueFilter(OPEN)), ("list first page: due today", QueueFilter(DUE_TODAY)),
                       ("list first page: overdue", QueueFilter(OVERDUE)),
                       ("list first page: status returned", QueueFilter(status="returned"))):
        lines.append(row(label, timed(lambda flt=flt: queue.page(flt), runs), 100))
    deep = queue.page(QueueFilter(), None, 200)
    pages = min(50, max(1, args.dossiers // 200 - 2))  # 10,000 rows down (less in a small database)
    for _ in range(pages):
        deep = queue.page(QueueFilter(), queue.next_key(QueueFilter(), deep[-1]), 200)
    key = queue.next_key(QueueFilter(), deep[-1])
    lines.append(row(f"list next page, {pages * 200:,} rows down", timed(lambda: queue.page(QueueFilter(), key, 200),
                                                                         runs), 100))
    lines.append(row("today's counts (4 tiles)", timed(queue.today_counts, runs), 100))
    middle_given = " ".join(sample["full_name"].split()[-2:]).lower()  # words inside the name
    for label, text in (("search: name, no accents", _fold(sample["full_name"])),
                        ("search: name prefix 'nguyen'", "nguyen"),
                        ("search: name words (middle + given)", middle_given),
                        ("search: 12-digit ID number", sample["id_number"]),
                        ("search: phone", sample["phone"] or "0912345678"),
                        ("search: dossier code", sample["code"])):
        lines.append(row(label, timed(lambda text=text: dossiers.find(text, limit=200), runs), 100))
    d.close()
    print("\n".join(lines))


def _fold(text: str) -> str:
    from desk_app.core.text import fold

    return fold(text)


if __name__ == "__main__":
    main()
