"""The Qt application every window of the program runs in (the desk's, the district's, the
screenshot maker's), and deleting Qt objects while it still exists."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from desk_app.ui import style
from desk_app.ui.i18n import load_fonts


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("desk-app")
    app.setApplicationDisplayName("Bộ phận một cửa")
    load_fonts(app)
    style.install(app)
    return app


def delete_now(*objects) -> None:
    """Delete Qt objects while the application exists. Left to the interpreter's exit (signal
    connections keep them alive), they may be destroyed after QApplication and crash the
    program as it closes."""
    for item in objects:
        item.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
