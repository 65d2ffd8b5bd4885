"""What the district window's background runner hands each job (ui/background.Background):
the district opened again on the worker thread's own connection, and its statistics.

The window's own connection stays on the UI thread; a worker's is opened at its first job
and closed with the window, after the runner has stopped (`before_close`)."""

from __future__ import annotations

import threading
from datetime import date
from typing import Callable

from desk_app.core.stats import DistrictStats


class DistrictContext:
    def __init__(self, district, today: Callable[[], date]):
        self._district = district
        self.today = today
        self._opened: dict[int, object] = {}  # thread -> its District
        self._lock = threading.Lock()
        self._stops: list[Callable[[], None]] = []

    @property
    def district(self):
        """The district on this thread's own connection."""
        ident = threading.get_ident()
        with self._lock:
            own = self._opened.get(ident)
            if own is None:
                own = self._opened[ident] = self._district.opened_again()
        return own

    @property
    def stats(self) -> DistrictStats:
        return DistrictStats(self.district.db, self.today)

    def before_close(self, stop: Callable[[], None]) -> None:
        self._stops.append(stop)

    def close(self) -> None:
        """Stop the runners first (a job may be importing), then close their connections."""
        stops, self._stops = self._stops, []
        for stop in stops:
            stop()
        with self._lock:
            opened, self._opened = list(self._opened.values()), {}
        for own in opened:
            own.close()
