"""What changed at the desk, said once by the page where it happened: the tiles, the citizen's
screen, the statistics, the handover page and the status bar follow it, and no page refreshes
another by hand.

One DeskEvents lives with the main window (its parent); the page table's builders forward each
page's own signal into it (shell/pages.py) and connect each follower to it. A page built on
its own (a test, the district's statistics) has no DeskEvents and needs none."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DeskEvents(QObject):
    dossier_saved = Signal(str)  # a dossier just received: its code
    dossier_changed = Signal(str)  # a step or a correction on a saved dossier: its code
    attachment_added = Signal(str)  # a scan or PDF attached to a dossier's document or result: its code
    visit_logged = Signal(str)  # a reception-log visit recorded: its id
    rating_given = Signal()  # a citizen's rating (on the screen, or paper forms) recorded
    follow_up_answered = Signal()  # an unsatisfied citizen answered, or a complaint / tip-off's step saved
    settings_changed = Signal()  # settings, the unit, the catalog, officers or printers saved
    officer_changed = Signal(dict)  # the officer now on duty (after an unlock or a handover)
    handed_over = Signal(dict)  # the saved handover: to_officer_id, to_name, at, ...
    number_called = Signal(str)  # the queue number now served (F10)
    day_exported = Signal(object)  # the end-of-day file written (the ExportResult, or None)
