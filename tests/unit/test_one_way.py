"""The window and the CLI reach services through the Desk only, and the window runs work off
its UI thread one way only (ui/background.py). Checked on the source."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desk_app"
# The screenshot maker stages demo data (a clock it moves, a folder it pictures): a tool, not the window.
STAGING = {"ui/screenshots.py", "ui/screenshots_design.py"}
AROUND_THE_DESK = re.compile(r"\b(desk|self)\.store\b(?!\.clock = )|\b(QueueService|DossierService|OfficerService|CatalogService|"
                             r"VisitService|HolidayService|PrintingService|SyncService|BackupService)\(|catalog_service\.|"
                             r"calendar_service\.\w+\(|Desk\.open\(")
THREADS = re.compile(r"\b(QThreadPool|QRunnable|QThread|ThreadPoolExecutor|threading\.Thread)\b")


def offenders(pattern: re.Pattern, folders: tuple[str, ...], allowed: set[str]) -> list[str]:
    found = []
    for folder in folders:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            name = path.relative_to(PACKAGE).as_posix()
            if name in allowed:
                continue
            found += [f"{name}:{n}: {line.strip()}" for n, line in
                      enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    return found


def test_window_and_commands_reach_services_through_the_desk():
    # (the window's start opens its one Desk; the CLI opens one per command)
    assert offenders(AROUND_THE_DESK, ("ui", "cli"), STAGING | {"ui/main.py", "cli/common.py"}) == []


def test_one_way_off_the_ui_thread():
    assert offenders(THREADS, ("ui",), {"ui/background.py"}) == []


def test_the_checks_would_notice(tmp_path):
    assert AROUND_THE_DESK.search("rows = QueueService(desk.store).page(flt)")
    assert AROUND_THE_DESK.search("catalog_service.get(self.desk.store, code)")
    assert not AROUND_THE_DESK.search("self.desk.dossiers.get(code)")
    assert THREADS.search("QThreadPool.globalInstance().start(worker)")
