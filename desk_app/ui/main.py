"""Start the desk window: fonts and language, first-run wizard or login, then the desk."""

from __future__ import annotations

import gc
import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk_app import paths
from desk_app.app import Desk
from desk_app.db.file_copy import BackupError
from desk_app.db.connection import DatabaseTooNew
from desk_app.db.file_check import DatabaseRefused
from desk_app.db.store import StorageError, storage_error
from desk_app.ui.i18n import install_translator, program_name
from desk_app.ui.qt_app import delete_now, make_app
from desk_app.ui.shell.single_instance import SingleInstance


def start_session(desk: Desk, app: QApplication):
    """The officer on duty: the first-run wizard on a new desk, the login otherwise; None if cancelled."""
    from desk_app.ui.dialogs.first_run import FirstRunWizard
    from desk_app.ui.dialogs.login import LoginDialog

    dialog = FirstRunWizard(desk) if desk.unit is None else LoginDialog(desk)
    return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_error_text(exc: Exception) -> str:
    """Why the desk could not open, for the officer (the file itself is left as it was)."""
    if isinstance(exc, (DatabaseTooNew, DatabaseRefused, StorageError, BackupError)):  # (damaged: file_check.damaged_message)
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        translated = storage_error(exc)
        return str(translated) if translated else f"Không mở được cơ sở dữ liệu: {exc}."
    return f"Không mở được thư mục dữ liệu: {getattr(exc, 'strerror', None) or exc} ({getattr(exc, 'filename', '') or ''})."


def start_up_finished() -> None:
    """The desk is on screen: the cyclic collector, off during start-up, resumes (see
    desk_app.__main__)."""
    gc.enable()


def run(data_dir: str | None = None, login=start_session) -> int:
    """The window program: `login(desk, app)` is the first-run wizard or the PIN dialog and
    returns the officer's session, or None to quit."""
    app = make_app()
    try:
        folder = paths.data_dir(data_dir)
    except OSError as exc:
        return cannot_open(exc)
    instance = SingleInstance(folder)
    if not instance.acquire():
        instance.hand_over()
        return 0
    try:
        return _run_desk(app, folder, login, instance)
    finally:
        instance.release()


def cannot_open(exc: Exception) -> int:
    # A windowed program has no console: the reason must be shown, not printed.
    QMessageBox.critical(None, "Bộ phận một cửa", open_error_text(exc) + "\n\nDữ liệu không bị thay đổi.")
    return 1


def _run_desk(app: QApplication, folder, login, instance: SingleInstance) -> int:
    try:
        desk = Desk.open(folder)
    except (DatabaseTooNew, DatabaseRefused, StorageError, BackupError, sqlite3.Error, OSError) as exc:
        return cannot_open(exc)
    from desk_app.ui.shell.error_report import ErrorReporter

    reporter = ErrorReporter(desk.data_dir).install()  # noqa: F841 (lives as long as the window)
    language = desk.settings.language if desk.unit else "vi"
    translator = install_translator(app, language)  # noqa: F841 (kept alive with the app)
    app.setApplicationDisplayName(program_name())  # the title suffix in the window's language
    session = login(desk, app)
    if session is None:
        desk.close()
        return 0
    from desk_app.ui.shell.main_window import MainWindow

    window = MainWindow(desk, session)
    window.fit_to_screen()
    window.show()
    if session.notice:
        from desk_app.ui.dialogs.login import tell_wrong_pins

        QTimer.singleShot(0, lambda: tell_wrong_pins(window, session.notice))
    QTimer.singleShot(0, start_up_finished)
    QTimer.singleShot(0, lambda: instance.listen(window.bring_to_front))
    try:
        return app.exec()
    finally:
        window.hide()  # (not close(): that would ask the application to quit once more)
        window.stop_work()
        delete_now(window)  # before the desk closes and while the application exists
        desk.close()


def run_district(folder: str | None, data_dir: str | None = None) -> int:
    """`desk-app district window`: the district's window (ui/district)."""
    from desk_app.ui.district.window import run_district as run

    return run(folder, data_dir)
