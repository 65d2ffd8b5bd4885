"""Every file dialog of the window opens in the data folder's own place (forms/, exports/,
backups/) with a name that says what and which dates, not in the program's working folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desk_app.ui.pages.handover_page import HandoverPage
from desk_app.ui.pages.settings.settings_dialog import SettingsDialog
from desk_app.ui.session import Session
from desk_app.ui.shell.main_window import DOSSIERS, STATS
from tests.ui.shell_helpers import open_window


@pytest.fixture
def asked(monkeypatch):
    """Each dialog's starting place; every dialog is cancelled."""
    places = []

    def save(_parent, _title, start, _pattern=""):
        places.append(Path(start))
        return "", ""

    def open_(_parent, _title, start, _pattern=""):
        places.append(Path(start))
        return "", ""

    def folder(_parent, _title, start=""):
        places.append(Path(start))
        return ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    return places


def test_the_statistics_form_and_the_list_export_open_in_exports(qtbot, desk, commander, asked):
    window = open_window(qtbot, desk, commander)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.current_page() == STATS
    page = window.stats_page
    qtbot.waitUntil(lambda: page.period is not None, timeout=10000)
    report = page.period.by_procedure
    page.export("xlsx")
    exports = desk.data_dir / "exports"
    assert asked == [exports / f"bieu06_{report.first_day:%Y-%m-%d}_{report.last_day:%Y-%m-%d}.xlsx"]
    assert asked[0].name.startswith("bieu06_2026-11-01_")  # the month the clock is in
    assert exports.is_dir() and (exports.stat().st_mode & 0o777) == 0o700

    window.go(DOSSIERS)
    window.list_exports.export_list()
    assert asked[1] == exports / "danh-sach-ho-so-2026-11-23.xlsx"


def test_the_handover_pdf_opens_in_forms(qtbot, desk, commander, asked):
    page = HandoverPage(desk, Session(commander))
    qtbot.addWidget(page)
    page.show()  # the page counts the shift when it is shown
    qtbot.waitUntil(lambda: page.current is not None)
    page.save_pdf()
    assert asked == [desk.data_dir / "forms" / "ban-giao-ca_2026-11-23_0900.pdf"]


def test_settings_open_backups_and_exports(qtbot, desk, commander, asked):
    dialog = SettingsDialog(desk, Session(commander))
    qtbot.addWidget(dialog)
    dialog.pages["backup"]._restore_clicked()
    dialog.pages["backup"]._backup_clicked()
    dialog.pages["catalog"]._export_clicked()
    dialog.pages["catalog"]._import_clicked()
    assert asked == [desk.data_dir / "backups", desk.data_dir / "backups",
                     desk.data_dir / "exports" / "danh-muc-thu-tuc_2026-11-23.json", desk.data_dir / "exports"]
    dialog.close()
