"""The day's close, like a till's Z-report: the day's totals counted once, kept, printed;
printed again only as a reprint, marked so, from what was kept (never recounted)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desk_app.core.handover import HandoverService
from desk_app.db import handover as repo
from desk_app.db.store import Store


class DayCloseError(ValueError):
    """The day cannot be closed (or reprinted) as asked; the message is for the officer."""


@dataclass
class DayClose:
    id: str
    day: str
    closed_at: str
    officer_name: str
    totals: dict
    reprint: bool  # this printing is a reprint
    reprints: int  # how many reprints so far, this one included


class DayCloseService:
    """desk.day_close."""

    def __init__(self, store: Store, handover: HandoverService):
        self.store = store
        self.handover = handover

    def totals(self, day: date) -> dict:
        """The day counted now: from its start to now (today) or to its end (a past day)."""
        start = datetime.combine(day, time())
        end = min(self.store.clock(), start + timedelta(days=1) - timedelta(seconds=1))
        counted = self.handover.build(start, end)
        return {"received": len(counted.received), "returned": len(counted.returned),
                "open": len(counted.open), "overdue": len(counted.overdue),
                "ready_for_pickup": len(counted.ready_for_pickup), "visits": counted.visits,
                "follow_up": len(counted.follow_up), "ratings": counted.ratings,
                "fees_total": counted.fees_total, "cash_total": counted.cash_total,
                "transfer_total": counted.transfer_total, "fees": counted.fees}

    def close(self, officer_id: str | None, day: date | None = None) -> DayClose:
        """Close the day once; a second close is refused (reprint it instead)."""
        day = day or self.store.clock().date()
        if repo.day_close(self.store, day.isoformat()):
            raise DayCloseError(f"Ngày {day:%d/%m/%Y} đã chốt sổ. Muốn in lại, chọn “In lại” "
                                "(desk-app day-close --reprint): bản in lại ghi rõ là bản in lại.")
        if day > self.store.clock().date():
            raise DayCloseError("Không chốt sổ trước cho một ngày chưa đến.")
        totals = self.totals(day)
        with self.store.transaction(officer_id) as writer:
            repo.insert_day_close(writer, {"day": day.isoformat(), "closed_at": writer.now, "officer_id": officer_id,
                                           "totals": json.dumps(totals, ensure_ascii=False), "reprints": 0})
        return self._read(day, reprint=False)

    def reprint(self, officer_id: str | None, day: date | None = None) -> DayClose:
        day = day or self.store.clock().date()
        row = repo.day_close(self.store, day.isoformat())
        if row is None:
            raise DayCloseError(f"Ngày {day:%d/%m/%Y} chưa chốt sổ: chưa có gì để in lại.")
        with self.store.transaction(officer_id) as writer:
            repo.count_reprint(writer, row["id"], row["reprints"] + 1)
        return self._read(day, reprint=True)

    def get(self, day: date) -> DayClose | None:
        return self._read(day, reprint=False) if repo.day_close(self.store, day.isoformat()) else None

    def _read(self, day: date, reprint: bool) -> DayClose:
        row = repo.day_close(self.store, day.isoformat())
        return DayClose(row["id"], row["day"], row["closed_at"], row["officer_name"] or "", json.loads(row["totals"]),
                        reprint, row["reprints"])


