"""How many SQL statements one registration with its slip runs, the window's way: the real
receive form (offscreen) saves a dossier and prints its slip to the preview printer. Every
SQLite connection the program opens is traced, so a second connection counts too.

    .venv/bin/python bench/sql_per_registration.py [--list]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import threading
from collections import Counter
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

statements: list[tuple[str, str]] = []  # (thread name, statement)
counting = threading.Event()
connections = Counter()
_connect = sqlite3.connect


def _traced_connect(*args, **kwargs):
    conn = _connect(*args, **kwargs)
    if counting.is_set():
        connections[threading.current_thread().name] += 1

    def trace(sql: str) -> None:
        if counting.is_set():
            statements.append((threading.current_thread().name, " ".join(sql.split())))

    conn.set_trace_callback(trace)
    return conn


sqlite3.connect = _traced_connect

CITIZEN = {"full_name": "Nguyễn Thị Bích Ngọc", "id_number": "001190012345", "birth_date": "15/03/1990",
           "sex": "Nữ", "address": "Thôn Đông, xã Tân Tiến", "phone": "0912345678"}


def measure(folder: Path) -> list[tuple[str, str]]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desk_app.app import Desk
    from desk_app.ui.pages.receive_form import ReceiveForm
    from desk_app.ui.session import Session

    app = QApplication.instance() or QApplication([])
    desk = Desk.open(folder, clock=lambda: datetime(2026, 11, 23, 9, 0))
    commander = desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến"}, "Nguyễn Văn Hùng", "4826").commander
    form = ReceiveForm(desk, Session(commander))
    form.set_values({"citizen": CITIZEN, "procedure": "1.004194"})
    loop = QEventLoop()
    outcome = []
    form.print_finished.connect(lambda code, error: (outcome.append((code, error)), loop.quit()))
    QTimer.singleShot(60_000, loop.quit)
    counting.set()
    code = form.save()
    if not outcome:
        loop.exec()
    counting.clear()
    if not code or not outcome or outcome[0][1]:
        raise SystemExit(f"the registration or its slip failed: {code!r} {outcome!r}")
    form.runner.stop()
    form.deleteLater()
    QApplication.processEvents()
    desk.close()
    del app
    return list(statements)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every statement")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seen = measure(Path(tmp))
    if args.list:
        for thread, sql in seen:
            print(f"[{thread}] {sql[:160]}")
    # SQLite reports the statements its triggers run (the name search index) prefixed "--".
    own = [(thread, sql) for thread, sql in seen if not sql.startswith("--")]
    kinds = Counter(sql.split()[0].upper() for _, sql in own)
    threads = Counter(thread for thread, _ in own)
    print(f"{len(own)} SQL statements for one registration with its slip "
          f"({', '.join(f'{k} {v}' for k, v in kinds.most_common())}), plus {len(seen) - len(own)} run by "
          f"triggers; connections opened: {sum(connections.values())}; by thread: {dict(threads)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
