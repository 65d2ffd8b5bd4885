"""Run one service call off the UI thread on its own Desk.

A SQLite connection must stay in the thread that opened it, so the task opens a Desk on
the same data folder (with the window's clock, so times agree) inside the pool thread and
hands the result, or the exception, back to the UI thread through a signal.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    done = Signal(object, object)  # result, exception (None when it worked)


class DeskTask(QRunnable):
    def __init__(self, data_dir: Path, clock: Callable, function: Callable, *args, **kwargs):
        super().__init__()
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.call = (function, args, kwargs)
        self.signals = TaskSignals()

    def run(self) -> None:
        from desk_app.app import Desk

        function, args, kwargs = self.call
        result, error = None, None
        try:
            with Desk.open(self.data_dir, clock=self.clock) as desk:
                result = function(desk, *args, **kwargs)
        except Exception as exc:  # handed to the UI, which words it for the officer
            error = exc
        self.signals.done.emit(result, error)


def start_task(desk, function: Callable, on_done: Callable, *args, pool: QThreadPool | None = None,
               **kwargs) -> DeskTask:
    """function(worker_desk, *args, **kwargs) on the pool; on_done(result, error) on the UI thread."""
    gc.collect()  # collect here: a collection inside the worker would free widgets off the UI thread
    task = DeskTask(desk.data_dir, desk.store.clock, function, *args, **kwargs)
    task.signals.done.connect(on_done)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
