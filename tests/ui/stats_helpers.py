"""The statistics page (F6) opened on a period typed in its two dates, as an officer does."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from desk_app.ui.shell.main_window import STATS


def show_period(qtbot, window, first: QDate, last: QDate):
    """F6, this month counted first, then `first`–`last` shown with "Xem"; returns the page."""
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.current_page() == STATS
    page = window.stats_page
    qtbot.waitUntil(lambda: page.period is not None, timeout=10000)
    page.first.setDate(first)
    page.last.setDate(last)
    with qtbot.waitSignal(page.shown, timeout=10000):
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    return page
