"""A short working session in the real window program, then the officer closes it.

Run as `python -m tests.ui.working_session DATA_DIR` on a set-up desk (PIN 4826): the real
login dialog is filled in, then a card is scanned into the receive form and the dossier saved
(its slip printed to the preview printer), found by searching the queue, opened, its slip
printed again, the screen locked and unlocked, the focus walked around the receive form; then
the window is closed as with its close button. It prints what was done; the exit code is the
program's own (3 if a step did not happen).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.forms_helpers import CARD_QR, press, scan, type_text

FOCUS_MOVES = 300
PIN = "4826"


def wait_until(condition, what: str, timeout_s: float = 30) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"did not happen: {what}")
        QApplication.processEvents()
        time.sleep(0.002)


def log_in() -> None:
    from desk_app.ui.dialogs.login import LoginDialog

    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, LoginDialog), dialog
    dialog.fields.pin.setText(PIN)
    dialog.accept()


def work(window) -> list[str]:
    done = []
    app = QApplication.instance()
    window.activateWindow()
    wait_until(lambda: app.activeWindow() is window and app.focusWidget() is not None, "the window has the focus")

    form = window.receive_form
    saved, slips = [], []
    form.saved.connect(saved.append)
    form.print_finished.connect(lambda code, error: slips.append(error))
    scan(None, CARD_QR)
    wait_until(lambda: form.citizen.edits["full_name"].text(), "the scan fills the form")
    form.citizen.edits["phone"].setFocus()
    type_text(None, "0912345678")
    form.picker.setFocus()
    type_text(None, "dang ky tam tru")
    press(Qt.Key_Escape)
    press(Qt.Key_Return, "\r")
    press(Qt.Key_Return, "\r", Qt.ControlModifier)
    wait_until(lambda: saved and slips, "the dossier is saved and its slip printed")
    assert slips == [""], slips
    done.append(f"received {saved[0]}")

    press(Qt.Key_F3)
    type_text(None, CARD_QR[:12])
    press(Qt.Key_Return, "\r")  # one dossier found: Enter opens it
    wait_until(lambda: window.detail.dossier and window.detail.dossier["code"] == saved[0], "the dossier opens")
    done.append("found and opened it")

    reprints = []
    window.detail.print_actions.printed.connect(lambda code, error: reprints.append(error))
    press(Qt.Key_P, "", Qt.ControlModifier)
    wait_until(lambda: reprints, "the slip is printed again")
    assert reprints == [""], reprints
    done.append("printed its slip again")

    press(Qt.Key_L, "", Qt.ControlModifier)
    wait_until(window.is_locked, "the screen locks")
    type_text(None, PIN)
    press(Qt.Key_Return, "\r")
    wait_until(lambda: not window.is_locked(), "the screen unlocks")
    done.append("locked and unlocked")

    press(Qt.Key_F2)
    moves = 0
    for _ in range(FOCUS_MOVES):
        before = app.focusWidget()
        press(Qt.Key_Tab, "\t")
        moves += app.focusWidget() is not before
    assert moves > FOCUS_MOVES // 2, moves
    done.append(f"moved the focus {moves} times")
    return done


def main(data_dir: str) -> int:
    from desk_app.__main__ import open_window
    from desk_app.ui.main import start_session

    def officer_logs_in(desk, app):
        QTimer.singleShot(0, log_in)
        session = start_session(desk, app)
        QTimer.singleShot(0, work_then_close)
        return session

    def work_then_close():
        from desk_app.ui.shell.main_window import MainWindow

        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        try:
            print("; ".join(work(window)), flush=True)
        except (AssertionError, TimeoutError) as exc:
            print(f"work failed: {exc!r}", flush=True)
            QApplication.instance().exit(3)
            return
        window.close()  # as the close button does: the last window closed ends the program

    return open_window(data_dir, login=officer_logs_in)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
