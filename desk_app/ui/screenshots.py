"""Screenshots of each main screen, offscreen, on a demo desk in a temporary folder.

    python -m desk_app.ui.screenshots [OUT_DIR]     (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desk_app.app import Desk  # noqa: E402
from desk_app.demo.small import make_demo  # noqa: E402
from desk_app.core.registration import CitizenInput, DossierInput  # noqa: E402
from desk_app.paths import PROJECT_ROOT  # noqa: E402
from desk_app.ui.qt_app import delete_now, make_app  # noqa: E402
from desk_app.ui.session import Session  # noqa: E402

NOW = datetime(2026, 11, 23, 10, 15)  # a Monday morning at the counter
CARD_QR = "001190012345|123456789|Nguyễn Thị Bích Ngọc|15031990|Nữ|Thôn Đông, xã Tân Tiến, tỉnh Bắc Ninh|01012021"
UNIT = {"code": "CAXTT", "name": "Công an xã Tân Tiến", "address": "Thôn Đông, xã Tân Tiến, tỉnh Bắc Ninh",
        "hotline": "0222 3840 113", "upper_name": "Công an tỉnh Bắc Ninh", "upper_code": "CABN"}


def demo_desk(folder: Path) -> tuple[Desk, dict, str]:
    """A desk with a month of dossiers; returns it, the commander and a dossier with a long timeline."""
    desk = Desk.open(folder, clock=lambda: NOW)
    commander = desk.first_run(UNIT, "Nguyễn Văn Hùng", "4826").commander
    desk.officers.add("Trần Thị Thu Hà", "officer", "3917", commander["id"])
    make_demo(desk, 60, 21, seed=3)
    service = desk.dossiers

    def register(name, number, when, procedure="1.004194"):
        desk.store.clock = lambda: when
        data = DossierInput(CitizenInput(full_name=name, id_number=number, phone="0912345678"), procedure,
                            received_at=when)
        return service.register(data, commander["id"]).code

    late = register("Lê Thị Đào", "001190000201", NOW - timedelta(days=9))
    register("Trần Văn Đức", "001090000202", NOW - timedelta(days=5, hours=-4))
    desk.store.clock = lambda: NOW - timedelta(days=6)
    service.apply(late, "start", commander["id"])
    desk.store.clock = lambda: NOW - timedelta(days=4)
    service.apply(late, "supplement", commander["id"], "Giấy tờ chứng minh chỗ ở hợp pháp",
                  details={"missing": ["Giấy tờ chứng minh chỗ ở hợp pháp"]})
    desk.store.clock = lambda: NOW - timedelta(days=2)
    service.apply(late, "resume", commander["id"])
    desk.store.clock = lambda: NOW
    return desk, commander, late


USB_STICK_LINUX = "/media/canbo/USB_XA"


def sync_history(desk: Desk, commander: dict, code: str, folder: Path) -> None:
    """Two days exported, a change waiting today; a slip printed and one on a printer that is off."""
    from desk_app.core.queue import QueueFilter
    from desk_app.db import sync_exports
    from desk_app.printing.printers import PrinterConfig
    from desk_app.sync.keys import KeyPair

    settings = desk.settings
    settings.district_public_key = KeyPair.generate().public.text()
    desk.save_settings(settings, commander["id"])
    started = desk.queue.page(QueueFilter(status="received"))[-1]["code"]  # the oldest
    for days_ago in (3, 1):
        desk.store.clock = lambda d=days_ago: NOW.replace(hour=16, minute=50) - timedelta(days=d)
        if days_ago == 1:
            desk.dossiers.apply(started, "start", commander["id"])
        desk.sync.export_new(folder, commander["id"])
    # Pictured where a USB stick mounts, not in the temporary folder the demo really wrote to.
    stick = USB_STICK_LINUX
    sync_exports.set_folder(desk.store, stick)
    desk.sync.remember_folder(Path(stick))
    desk.store.clock = lambda: NOW
    desk.dossiers.apply(code, "result_ready", commander["id"])
    desk.printing.print_dossier_slip(code, officer_id=commander["id"])
    desk.printing.save_printer(PrinterConfig("Quầy 2", "network", {"host": "127.0.0.1", "port": 9}), commander["id"])
    desk.printing.print_dossier_slip(code, printer_name="Quầy 2", officer_id=commander["id"], timeout=2)


def settle(widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, out: Path, name: str) -> Path:
    settle(widget)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path)
    return path


def take_all(out: Path) -> list[Path]:
    from desk_app.ui.dialogs.first_run import FirstRunWizard
    from desk_app.ui.dialogs.login import LoginDialog
    from desk_app.ui.shell.main_window import PRINT_JOBS, SETTINGS, SYNC, VISITS, MainWindow

    make_app([])
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Desk.open(Path(tmp) / "new", clock=lambda: NOW)
        wizard = FirstRunWizard(fresh)
        for key, value in UNIT.items():
            wizard.unit_page.edits[key].setText(value)
        shots.append(save(wizard, out, "01-first-run"))
        wizard.close()
        fresh.close()

        desk, commander, late = demo_desk(Path(tmp) / "demo")
        login = LoginDialog(desk)
        login.fields.pin.setText("4826")
        shots.append(save(login, out, "02-login"))
        login.close()

        window = MainWindow(desk, Session(commander))
        window.idle.set_minutes(0)
        settle(window)
        window.route_scan(CARD_QR)
        if window.receive_form is not None:
            window.receive_form.picker.setFocus()
        shots.append(save(window, out, "03-receive-from-scan"))
        window.show_queue("open")
        shots.append(save(window, out, "04-queue-overdue-due-today"))
        window.open_dossier(late)
        shots.append(save(window, out, "05-dossier-detail"))
        dialog = window.detail.open_action("extend")
        dialog.reason.setPlainText("Cần xác minh thêm nơi cư trú")
        shots.append(save(dialog, out, "06-action-extend"))
        dialog.reject()
        window.go(VISITS)
        shots.append(save(window, out, "07-reception-log"))
        sync_history(desk, commander, late, Path(tmp) / "usb")
        window.go(SETTINGS)
        shots.append(save(window, out, "08-settings"))
        window.settings_page.show_page("unit")
        shots.append(save(window, out, "12-settings-keys"))
        desk.store.clock = lambda: NOW.replace(hour=16, minute=40)  # past the day-end reminder
        window.reminder.check()
        window.go(SYNC)
        shots.append(save(window, out, "10-end-of-day-sync"))
        desk.store.clock = lambda: NOW
        window.go(PRINT_JOBS)
        shots.append(save(window, out, "11-print-jobs"))
        window.lock()
        shots.append(save(window, out, "09-locked"))
        window.close()
        delete_now(wizard, login, dialog, window)
        desk.close()
        shots += statistics_shots(Path(tmp), out)
    return shots


# The screens counters have, less a taskbar: the dossier page with one open, in each language.
SCREENS = ((1024, 728), (1366, 728))


def take_screen_sizes(out: Path) -> list[Path]:
    from desk_app.ui.i18n import install_translator
    from desk_app.ui.shell.main_window import MainWindow

    app = make_app([])
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as tmp:
        desk, commander, late = demo_desk(Path(tmp) / "desk")
        for language in ("vi", "en"):
            translator = install_translator(app, language)
            for width, height in SCREENS:
                window = MainWindow(desk, Session(commander))
                window.idle.set_minutes(0)
                window.resize(width, height)
                settle(window)
                window.show_queue("open")
                window.open_dossier(late)
                shots.append(save(window, out, f"16-dossier-{width}x{height + 40}-{language}"))
                window.close()
                delete_now(window)
            if translator is not None:
                app.removeTranslator(translator)
        desk.close()
    return shots


DISTRICT_UNITS = (("CAXTT", "Công an xã Tân Tiến", 2400), ("CAXDT", "Công an xã Đông Tiến", 1500),
                  ("CAPHS", "Công an phường Hòa Sơn", 3100))


def statistics_shots(tmp: Path, out: Path) -> list[Path]:
    """The statistics page over a year of a unit's dossiers, and the district window over three
    units' files (one unit's latest file missing)."""
    from desk_app.demo.year import make_year
    from desk_app.sync.district import store as district_store
    from desk_app.sync.keys import unit_keys
    from desk_app.ui.district.window import DistrictWindow
    from desk_app.ui.shell.main_window import STATS, MainWindow

    district, _ = district_store.init(tmp / "district", name="Công an tỉnh Bắc Ninh", clock=lambda: NOW)
    shots, desks = [], []
    for n, (code, name, count) in enumerate(DISTRICT_UNITS):
        desk = Desk.open(tmp / code, clock=lambda: NOW)
        commander = desk.first_run({**UNIT, "code": code, "name": name}, "Nguyễn Văn Hùng", "4826").commander
        for officer in ("Trần Thị Thu Hà", "Lê Minh Đức", "Phạm Thị Hồng"):
            desk.officers.add(officer, "officer", "3917", commander["id"])
        settings = desk.settings
        settings.district_public_key = district.keys.public.text()
        desk.save_settings(settings, commander["id"])
        district.add_unit(code, name, unit_keys(desk.data_dir).public.text())
        make_year(desk, count, 365, seed=n + 1)
        desk.store.clock = lambda: NOW - timedelta(days=2)
        files = [desk.sync.export_new(tmp / "usb", commander["id"]).path]
        if n != 1:  # the second unit's latest file never arrives
            desk.store.clock = lambda: NOW
            make_year(desk, 40, 2, seed=n + 10)
            files.append(desk.sync.export_new(tmp / "usb", commander["id"]).path)
        if n == 0:
            window = MainWindow(desk, Session(commander))
            window.idle.set_minutes(0)
            settle(window)
            window.go(STATS)
            page = window.stats_page
            page.preset.setCurrentIndex(page.preset.findData("year"))
            page.by.setCurrentIndex(page.by.findData("field"))
            wait_for_charts(page)
            shots.append(save(window, out, "13-statistics"))
            window.stop_work()
            window.close()
            delete_now(window)
        desks.append((desk, files))
    from desk_app.sync.district import importer

    importer.import_files(district, [f for i, (_, files) in enumerate(desks) for f in files[:1] if i != 2]
                          + [f for i, (_, files) in enumerate(desks) for f in files[1:]])
    window = DistrictWindow(district)
    wait_for_runner(window.runner)  # the units are read on the window's runner
    shots.append(save(window, out, "14-district-units"))
    window.tabs.setCurrentWidget(window.stats_page)
    page = window.stats_page
    page.preset.setCurrentIndex(page.preset.findData("quarter"))
    wait_for_charts(page)
    shots.append(save(window, out, "15-district-statistics"))
    window.close()
    delete_now(window)
    for desk, _ in desks:
        desk.close()
    district.close()
    return shots


def wait_for_runner(runner) -> None:
    import time

    deadline = time.monotonic() + 30
    while runner.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()


def wait_for_charts(page) -> None:
    import time

    deadline = time.monotonic() + 30
    while (page.charts is None or page.status.text().startswith("Đang")) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    settle(page)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else PROJECT_ROOT / "docs" / "screenshots"
    take_all(out)
    take_screen_sizes(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
