"""Start the desk window: fonts and language, first-run wizard or login, then the desk."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog

from desk_app.app import Desk
from desk_app.ui.i18n import install_translator, load_fonts


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("desk-app")
    app.setApplicationDisplayName("Bộ phận một cửa")
    load_fonts(app)
    return app


def start_session(desk: Desk, app: QApplication):
    """The officer on duty: the first-run wizard on a new desk, the login otherwise; None if cancelled."""
    from desk_app.ui.first_run import FirstRunWizard
    from desk_app.ui.login import LoginDialog

    dialog = FirstRunWizard(desk) if desk.unit() is None else LoginDialog(desk)
    return dialog.session if dialog.exec() == QDialog.DialogCode.Accepted else None


def run(data_dir: str | None = None) -> int:
    app = make_app()
    desk = Desk.open(data_dir)
    from desk_app.ui.error_report import ErrorReporter

    reporter = ErrorReporter(desk.data_dir).install()  # noqa: F841 (lives as long as the window)
    language = desk.settings().language if desk.unit() else "vi"
    translator = install_translator(app, language)  # noqa: F841 (kept alive with the app)
    session = start_session(desk, app)
    if session is None:
        desk.close()
        return 0
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(desk, session)
    window.show()
    try:
        return app.exec()
    finally:
        desk.close()
