"""The window's one background runner: work off the UI thread on the window's own desk, its
progress and its outcome back on the UI thread, nothing delivered once stopped."""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtWidgets import QWidget

from desk_app.ui.background import Background, stop_all


def test_work_runs_off_the_ui_thread_with_the_windows_desk_and_clock(qtbot, desk, clock):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = Background(desk, owner)
    seen, heard = [], []

    def work(worker_desk, report):
        report("half-way")
        return (worker_desk is desk, threading.current_thread() is threading.main_thread(), worker_desk.now(),
                len(worker_desk.officers.list()))

    def done(result, error):
        seen.append((result, error, threading.current_thread() is threading.main_thread()))

    def progress(text):
        heard.append((text, threading.current_thread() is threading.main_thread()))

    assert runner.run(work, done, progress) and runner.busy
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [((True, False, datetime(2026, 11, 23, 9, 0), 1), None, True)]
    assert heard == [("half-way", True)]
    assert not runner.busy
    stop_all(owner)


def test_a_failure_comes_back_as_the_error(qtbot, desk):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = Background(desk, owner)
    seen = []
    runner.run(lambda d, _report: d.dossiers.get("KHONG-CO"), lambda result, error: seen.append((result, error)))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen[0][0] is None and "Không tìm thấy hồ sơ" in str(seen[0][1])
    runner.stop()


def test_once_stopped_nothing_runs_and_nothing_is_delivered(qtbot, desk):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = Background(desk, owner)
    started, release, seen = threading.Event(), threading.Event(), []

    def slow(_desk, _report):
        started.set()
        release.wait(10)
        return "late"

    runner.run(slow, lambda result, error: seen.append(result))
    assert started.wait(10)
    release.set()
    runner.stop()  # waits for the running job, delivers nothing
    qtbot.wait(50)
    assert seen == [] and runner.run(slow, lambda result, error: seen.append(result)) is False
    assert not runner._gate.thread.is_alive()
