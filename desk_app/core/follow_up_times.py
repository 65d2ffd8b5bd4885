"""When a follow-up is due: a number of working days (Settings) after it opened, counted on
the unit's calendar (days off, make-up days, working hours)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.core.workdays import WorkCalendar
from desk_app.db.store import from_text, to_text

DEFAULT_RATING_DAYS = 5
DAYS_FIELDS = ("rating_follow_up_days", "complaint_days", "proposal_days", "tip_days")  # in Settings


@dataclass(frozen=True)
class FollowUpTimes:
    calendar: WorkCalendar
    rating_days: int = DEFAULT_RATING_DAYS
    visit_days: dict[str, int] = field(default_factory=dict)  # visit kind -> working days

    def rating_due(self, opened_at: str) -> str:
        """The commander's answer to an unsatisfied citizen is due this many working days on."""
        return to_text(self.calendar.due(from_text(opened_at), days=self.rating_days))

    def visit_due(self, kind: str, received_at: str) -> str:
        return to_text(self.calendar.due(from_text(received_at), days=self.visit_days[kind]))


def from_settings(calendar: WorkCalendar, settings) -> FollowUpTimes:
    return FollowUpTimes(calendar, int(settings.rating_follow_up_days), {
        "complaint": int(settings.complaint_days), "proposal": int(settings.proposal_days),
        "report": int(settings.tip_days)})


def days_changed(before, after) -> bool:
    """Whether two Settings differ in a number of days to answer."""
    return any(getattr(before, name) != getattr(after, name) for name in DAYS_FIELDS)
