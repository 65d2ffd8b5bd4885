"""A year of demo dossiers at scale (up to a million), written in bulk (db/demo.py) into the
desk it is given (the demo's private copy, demo/fresh_file.py), each chunk's rows chained in the
audit log in the same transaction (demo/chain.py).

The real services register a few hundred dossiers a second; this makes the same rows (code,
due time from the unit's calendar, channel, officer, status and the times of each step, an
event per step) a chunk at a time. Outcomes follow a unit's year: most results ready before or
on the due day, some late, a few refused, stopped or waiting for a supplement; busier months
before Tết and in the summer; recent dossiers still open.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from itertools import accumulate
from datetime import date, datetime, timedelta
from typing import Callable

from desk_app.core import lifecycle, ratings
from desk_app.core.codes import render, scope
from desk_app.core.text import fold
from desk_app.db import demo as repo
from desk_app.db import procedures as procedure_repo
from desk_app.demo import chain
from desk_app.demo.small import PROCEDURE_WEIGHTS, DemoError, random_person

CHUNK = 20_000
BULK_FROM = 5_000  # the CLI's demo uses this path from this many dossiers up
DEFER_INDEXES_FROM = 50_000  # from this many, the plain indexes are built once at the end
# Relative traffic by month (January: before Tết; June-August: school and residence moves).
MONTH_WEIGHTS = (1.3, 0.7, 1.0, 1.0, 0.9, 1.1, 1.2, 1.2, 1.0, 0.9, 1.0, 1.1)
ONLINE_SHARE = 0.15
# Citizens who answer the rating screen when they collect their result (the others pass it
# by), and how they answer: most satisfied, a few not, some pressing "không đánh giá".
RATED_SHARE = 0.4
RATING_WEIGHTS = ((ratings.VERY_SATISFIED, 0.66), (ratings.SATISFIED, 0.24), (ratings.UNSATISFIED, 0.04),
                  (ratings.NOT_RATED, 0.06))


class _Ids:
    """Time-ordered ids in UUID form: rows append to the primary-key index instead of landing at
    random places in it (the difference between a minute and a quarter of an hour)."""

    def __init__(self, rng: random.Random):
        # The counter's high bits stay zero below 2**48 ids: those digits are written once.
        self.prefix = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-7000-8000-"
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"{self.prefix}{self.n:012x}"


def _text(moment: datetime) -> str:
    return moment.isoformat(" ", "seconds")  # the Store's TIME_FORMAT, five times faster than strftime


class _KeepSeq:
    """Formats {seq:04} as itself, so a code pattern is filled once per procedure and day."""

    def __format__(self, spec: str) -> str:
        return "{seq:" + spec + "}" if spec else "{seq}"


class _Year:
    """The working moments of the period, counted in working minutes: every step of a dossier
    is a number of working minutes after another, so none falls at night, on a weekend or a
    holiday, and a due time is found by adding, not by walking the calendar."""

    def __init__(self, calendar, first: date, last: date, rng: random.Random):
        self.calendar, self.rng = calendar, rng
        self.days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        self.days = [d for d in self.days if calendar.is_working_day(d)]
        if not self.days:
            raise DemoError(f"Từ {first:%d/%m/%Y} đến {last:%d/%m/%Y} không có ngày làm việc nào: tăng --days.")
        self.weights = [MONTH_WEIGHTS[d.month - 1] for d in self.days]
        self.slots = [(p.start, p.minutes()) for p in calendar.schedule]
        self.per_day = max(1, calendar.minutes_per_day)
        # Each working period from the first day to well past the last (late results and due
        # times run beyond today): its opening, and the working minutes before it.
        self.opens: list[datetime] = []
        self.before: list[int] = []
        self.day_index: dict[date, int] = {}
        total, day = 0, first
        while day <= last + timedelta(days=120):
            if calendar.is_working_day(day):
                self.day_index[day] = total
                for period in calendar.schedule:
                    self.opens.append(datetime.combine(day, period.start))
                    self.before.append(total)
                    total += period.minutes()
            day += timedelta(days=1)
        self.end = total
        self._due: dict[tuple, datetime] = {}

    def moments(self, count: int) -> list[datetime]:
        days = self.rng.choices(self.days, self.weights, k=count)
        out = []
        for day in days:
            start, minutes = self.rng.choice(self.slots)
            quarter = self.rng.randrange(max(1, minutes // 15))
            out.append(datetime.combine(day, start) + timedelta(minutes=15 * quarter))
        out.sort()
        return out

    def minute(self, moment: datetime) -> int:
        """Working minutes from the first day's opening to `moment` (a working moment)."""
        p = bisect_right(self.opens, moment) - 1
        return self.before[p] + int((moment - self.opens[p]).total_seconds() // 60)

    def at(self, minute: float) -> datetime:
        """The moment `minute` working minutes in; a period's last minute ends at its close."""
        if minute >= self.end:
            return datetime.max
        whole = int(minute)
        p = bisect_right(self.before, max(whole - 1 if minute == whole else whole, 0)) - 1
        return self.opens[p] + timedelta(minutes=whole - self.before[p], seconds=int((minute - whole) * 60))

    def day_start(self, day: date) -> int | None:
        return self.day_index.get(day)

    def due(self, procedure: dict, received: datetime) -> datetime:
        key = (procedure["code"], received)
        due = self._due.get(key)
        if due is None:
            hours = procedure["limit_unit"] == "hours"
            minutes = procedure["limit_value"] * (60 if hours else self.per_day)
            if minutes > 0 and minutes == int(minutes):
                due = self.at(self.minute(received) + minutes)
            else:  # a zero or fractional limit: the calendar's own rules
                due = self.calendar.due(received, **({"hours": procedure["limit_value"]} if hours
                                                      else {"days": procedure["limit_value"]}))
            self._due[key] = due
        return due


def _outcome(rng: random.Random, year: _Year, received: datetime, due: datetime,
             now: datetime) -> list[tuple[str, datetime]]:
    """The steps after receiving: (action, when), all in working hours and before now."""
    steps: list[tuple[str, datetime]] = []
    r = year.minute(received)
    d = year.minute(due) if due <= year.opens[-1] else year.end
    started = r + rng.uniform(30, 360)
    start = year.at(started)
    if start <= now:
        steps.append(("start", start))
    r = started + 5  # every later step comes after the start
    roll = rng.random()
    span = max(d - r, 60)
    if roll < 0.03:
        end = year.at(r + rng.uniform(0.1, 0.6) * span)
        return steps + [("refuse", end)] if end <= now else steps
    if roll < 0.04:
        end = year.at(r + rng.uniform(0.3, 1.0) * span)
        return steps + [("stop", end)] if end <= now else steps
    if roll < 0.09:  # waiting for a supplement since a day or two after receiving
        paused = year.at(r + rng.uniform(90, 2 * year.per_day))
        if paused <= now and now - paused < timedelta(days=20):
            return steps + [("supplement", paused)]
    kind = rng.random()
    if kind < 0.55:  # early: ready at least a day before the due day
        ready = r + rng.uniform(0.15, 0.7) * span
        due_day = year.day_start(due.date())
        if due_day is not None and ready >= due_day:
            ready = due_day - rng.uniform(1, min(240, year.per_day))
        ready = max(ready, r + 60)
    elif kind < 0.90:  # on the due day, before the due time
        ready = max(d - rng.uniform(0, 180), r + 60)
    else:  # late by one to six working days
        ready = d + rng.randint(1, 6) * year.per_day + rng.uniform(0, 180)
    ready_at = year.at(ready)
    if ready_at > now:
        return steps
    steps.append(("result_ready", ready_at))
    returned = year.at(ready + rng.uniform(60, 3 * year.per_day))
    if returned <= now and rng.random() < 0.92:
        steps.append(("return", returned))
    return steps


_TARGETS = {"start": lifecycle.IN_PROGRESS, "refuse": lifecycle.REFUSED, "stop": lifecycle.STOPPED,
            "supplement": lifecycle.NEEDS_SUPPLEMENT, "result_ready": lifecycle.RESULT_READY,
            "return": lifecycle.RETURNED}
_REASONS = {"refuse": "Không đủ điều kiện theo Điều 20 Luật Cư trú", "stop": "Công dân rút hồ sơ",
            "supplement": "Thiếu giấy tờ chứng minh chỗ ở hợp pháp"}


def make_year(desk, dossiers: int, days: int, seed: int = 1,
              progress: Callable[[int, int], None] = lambda done, total: None) -> dict:
    """`dossiers` dossiers received over the last `days` days, written in chunks."""
    rng = random.Random(seed)
    store = desk.store
    unit = desk.require_unit()
    commune = unit["name"].replace("Công an ", "")
    pattern = desk.settings.code_pattern
    now = desk.now()
    year = _Year(desk.calendar, now.date() - timedelta(days=days - 1), now.date(), rng)
    if not year.days:
        return {"dossiers": 0, "by_status": {}}
    procedures = [p for c in PROCEDURE_WEIGHTS if (p := procedure_repo.by_code(store, c))]
    cumulative = list(accumulate(PROCEDURE_WEIGHTS[p["code"]] for p in procedures))  # summed once, not per draw
    officers = [o["id"] for o in desk.officers.list()] or [None]
    ids = _Ids(rng)
    seq = repo.last_change(store)
    known = repo.existing_id_numbers(store)
    people: list[tuple[str, object]] = []  # (citizen id, person)
    counters = repo.code_counters(store)  # go on from the numbers already given
    templates: dict[tuple, tuple[str, str]] = {}
    repo.prepare(store)
    chained_by = chain.Chainer(store, _text(now))
    dropped = repo.drop_plain_indexes(store) if dossiers >= DEFER_INDEXES_FROM else []
    by_status: dict[str, int] = {}
    levels = [level for level, _weight in RATING_WEIGHTS]
    level_weights = list(accumulate(weight for _level, weight in RATING_WEIGHTS))
    moments = year.moments(dossiers)
    try:
        for first in range(0, dossiers, CHUNK):
            rows: dict[str, list[tuple]] = {"citizens": [], "dossiers": [], "dossier_events": [], "ratings": []}
            changes: list[tuple] = []

            def stamp(table: str, record_id: str, at: str, officer) -> int:
                nonlocal seq
                seq += 1
                changes.append((seq, table, record_id, at, officer))
                return seq

            for received in moments[first:first + CHUNK]:
                officer = officers[int(rng.random() * len(officers))]  # choice(), without its checks
                at = _text(received)
                if not people or (len(people) < 100_000 and rng.random() < 0.6):
                    person = random_person(rng, commune)
                    while person.id_number in known:
                        person = random_person(rng, commune)
                    known.add(person.id_number)
                    citizen_id = ids()
                    rows["citizens"].append((citizen_id, person.full_name, fold(person.full_name), person.id_number,
                                             person.birth_date, person.sex, person.address, person.phone, at, officer,
                                             stamp("citizens", citizen_id, at, officer)))
                    people.append((citizen_id, person))
                citizen_id, _ = people[int(rng.random() * len(people))]
                procedure = rng.choices(procedures, cum_weights=cumulative)[0]
                due = year.due(procedure, received)
                slot = (procedure["code"], received.date())
                if slot not in templates:
                    templates[slot] = (scope(pattern, unit["code"], procedure["code"], received),
                                       render(pattern, unit["code"], procedure["code"], received, _KeepSeq()))
                key, template = templates[slot]
                counters[key] = counters.get(key, 0) + 1
                code = template.format(seq=counters[key])
                online = rng.random() < ONLINE_SHARE
                dossier_id = ids()
                status, paused, ready, closed, last_at = lifecycle.RECEIVED, None, None, None, at
                events = [(ids(), dossier_id, at, "receive", None, lifecycle.RECEIVED, "", officer)]
                for action, when in _outcome(rng, year, received, due, now):
                    when_text = _text(when)
                    target = _TARGETS[action]
                    events.append((ids(), dossier_id, when_text, action, status, target, _REASONS.get(action, ""),
                                   officer))
                    status, last_at = target, when_text
                    if action == "supplement":
                        paused = when_text
                    elif action == "result_ready":
                        ready = when_text
                    if target in lifecycle.TERMINAL_STATUSES:
                        closed = when_text
                fee = procedure["fee_online"] if online else procedure["fee_in_person"]
                due_at = _text(due)
                rows["dossiers"].append((dossier_id, code, citizen_id, procedure["id"], status, at, due_at, due_at,
                                         paused, ready, closed, fee, "online" if online else "in_person", officer,
                                         last_at, officer, stamp("dossiers", dossier_id, last_at, officer)))
                for event in events:
                    rows["dossier_events"].append(
                        (*event, event[2], officer, stamp("dossier_events", event[0], event[2], officer)))
                if status == lifecycle.RETURNED and rng.random() < RATED_SHARE:
                    rating_id = ids()
                    level = rng.choices(levels, cum_weights=level_weights)[0]
                    rows["ratings"].append((rating_id, dossier_id, "return", level, officer, last_at, last_at,
                                            officer, stamp("ratings", rating_id, last_at, officer)))
                by_status[status] = by_status.get(status, 0) + 1
            with repo.transaction(store):
                chained_by.chain(repo.write_chunk(store, rows, changes))
            if first + CHUNK < dossiers:  # the last tick once the indexes are built too
                progress(first + CHUNK, dossiers)
        repo.raise_counters(store, counters)
        repo.make_indexes(store, dropped)
        progress(dossiers, dossiers)
    finally:  # a desk's journal and durable commits again (cut short, the private file is thrown away)
        repo.finish(store)
    return {"dossiers": sum(by_status.values()), "by_status": by_status}
