"""The one way the window runs work off the UI thread: printing, the end-of-day export, the
daily backup, and whatever long work comes next.

Modelled on Anki's CollectionOp/QueryOp: `run(work, on_done, on_progress)` calls
`work(context, report)` on a worker thread, then `on_done(result, error)` on the UI thread;
`report(text)` from inside the work reaches `on_progress(text)` on the UI thread.

The context is what the work needs and nothing more: at the desk, the window's own Desk (so
its clock and its services, built once; the Store gives the worker thread its own SQLite
connection); in the district window, the district opened on the worker's own connection
(ui/district/context.py). A context with `before_close(stop)` has the runner stop before it
closes.

A runner is a child of the widget that uses it. Its thread is started at the first job and
ends with `stop()`, which the window calls (MainWindow.stop_work) before it is deleted:
nothing is delivered after that, and a job still running is waited for up to `stop_wait`
seconds (a daily copy is not waited for: a half-made copy is only ever a .partial file).
"""

from __future__ import annotations

import gc
import queue
import threading
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

Report = Callable[[str], None]
Work = Callable[[Any, Report], Any]  # work(context, report) -> result
STOP_WAIT = 20.0  # seconds: longer than a print job's own timeout (15 s + 2)


@dataclass
class Job:
    work: Work
    on_done: Callable[[Any, Exception | None], None] | None
    on_progress: Callable[[str], None] | None


class _Gate:
    """Open while results may be delivered; shared with the worker thread, which must not touch
    the runner's Qt object once it is closed (or deleted)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.open = True
        self.thread: threading.Thread | None = None

    def close(self) -> None:
        with self.lock:  # waits for a delivery being posted
            self.open = False


class Background(QObject):
    _finished = Signal(object, object, object)  # job, result, error
    _progressed = Signal(object, str)  # job, text

    def __init__(self, context, parent: QObject, stop_wait: float = STOP_WAIT):
        super().__init__(parent)
        self.context = context
        self.stop_wait = stop_wait
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._gate = _Gate()
        self._pending = 0
        # Emitted on the worker thread, these run here on the UI thread (queued connections).
        self._finished.connect(self._deliver)
        self._progressed.connect(self._tell)
        gate, jobs = self._gate, self._jobs
        # Deleted without stop() (a page on its own): deliver nothing, and let the thread end.
        self.destroyed.connect(lambda *_: (gate.close(), jobs.put(None)))

        def before_context_closes() -> None:  # whatever closes first, the window or the context
            gate.close()
            jobs.put(None)
            if gate.thread is not None:
                gate.thread.join(stop_wait)

        before_close = getattr(context, "before_close", None)
        if before_close is not None:
            before_close(before_context_closes)

    @property
    def busy(self) -> bool:
        """A job is waiting or running."""
        return self._pending > 0

    def run(self, work: Work, on_done: Callable[[Any, Exception | None], None] | None = None,
            on_progress: Callable[[str], None] | None = None) -> bool:
        """Queue `work(context, report)`; False once the runner has stopped (nothing is run)."""
        if not self._gate.open:
            return False
        # Collect here, on the UI thread: a collection inside the worker would free dropped
        # widgets from the wrong thread.
        gc.collect()
        if self._gate.thread is None:
            self._gate.thread = threading.Thread(target=self._work_loop, name="desk-background", daemon=True)
            self._gate.thread.start()
        self._pending += 1
        self._jobs.put(Job(work, on_done, on_progress))
        return True

    def stop(self, wait: float | None = None) -> None:
        """Deliver nothing more, drop what waits, and give a running job `wait` seconds."""
        self._gate.close()
        self._jobs.put(None)
        if self._gate.thread is not None:
            self._gate.thread.join(self.stop_wait if wait is None else wait)

    # -- on the worker thread -------------------------------------------------------------

    def _work_loop(self) -> None:
        gate, finished, progressed = self._gate, self._finished, self._progressed
        while True:
            job = self._jobs.get()
            if job is None or not gate.open:
                return

            def report(text: str, job=job) -> None:
                with gate.lock:
                    if gate.open:
                        progressed.emit(job, text)

            result, error = None, None
            try:
                result = job.work(self.context, report)
            except Exception as exc:  # handed to the UI thread, which words it for the officer
                error = exc
            with gate.lock:
                if gate.open:
                    finished.emit(job, result, error)

    # -- back on the UI thread ------------------------------------------------------------

    def _deliver(self, job: Job, result, error) -> None:
        self._pending -= 1
        if job.on_done is not None and self._gate.open:
            job.on_done(result, error)

    def _tell(self, job: Job, text: str) -> None:
        if job.on_progress is not None and self._gate.open:
            job.on_progress(text)


def stop_all(widget: QObject) -> None:
    """Stop every runner under `widget` (the window, as it closes)."""
    for runner in widget.findChildren(Background):
        runner.stop()
