"""A year of demo dossiers at scale (up to a million), written in bulk (db/demo.py).

The real services register a few hundred dossiers a second; this makes the same rows (code,
due time from the unit's calendar, channel, officer, status and the times of each step, an
event per step) a chunk at a time. Outcomes follow a unit's year: most results ready before or
on the due day, some late, a few refused, stopped or waiting for a supplement; busier months
before Tết and in the summer; recent dossiers still open.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Callable

from desk_app.core import lifecycle
from desk_app.core.codes import render, scope
from desk_app.core.demo import PROCEDURE_WEIGHTS, random_person
from desk_app.core.text import fold
from desk_app.db import demo as repo
from desk_app.db import procedures as procedure_repo

CHUNK = 20_000
BULK_FROM = 5_000  # the CLI's demo uses this path from this many dossiers up
# Relative traffic by month (January: before Tết; June-August: school and residence moves).
MONTH_WEIGHTS = (1.3, 0.7, 1.0, 1.0, 0.9, 1.1, 1.2, 1.2, 1.0, 0.9, 1.0, 1.1)
ONLINE_SHARE = 0.15


class _Ids:
    """Time-ordered ids in UUID form: rows append to the primary-key index instead of landing at
    random places in it (the difference between a minute and a quarter of an hour)."""

    def __init__(self, rng: random.Random):
        self.prefix = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-7"
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        n = self.n
        return f"{self.prefix}{n >> 60 & 0xfff:03x}-8{n >> 48 & 0xfff:03x}-{n & 0xffffffffffff:012x}"


def _text(moment: datetime) -> str:
    return moment.isoformat(" ", "seconds")  # the Store's TIME_FORMAT, five times faster than strftime


class _KeepSeq:
    """Formats {seq:04} as itself, so a code pattern is filled once per procedure and day."""

    def __format__(self, spec: str) -> str:
        return "{seq:" + spec + "}" if spec else "{seq}"


class _Year:
    """The working moments of the period and the due times, computed once per slot."""

    def __init__(self, calendar, first: date, last: date, rng: random.Random):
        self.calendar, self.rng = calendar, rng
        self.days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        self.days = [d for d in self.days if calendar.is_working_day(d)]
        self.weights = [MONTH_WEIGHTS[d.month - 1] for d in self.days]
        self.slots = [(p.start, p.minutes()) for p in calendar.schedule]
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

    def due(self, procedure: dict, received: datetime) -> datetime:
        key = (procedure["code"], received)
        due = self._due.get(key)
        if due is None:
            if procedure["limit_unit"] == "hours":
                due = self.calendar.due(received, hours=procedure["limit_value"])
            else:
                due = self.calendar.due(received, days=procedure["limit_value"])
            self._due[key] = due
        return due


def _outcome(rng: random.Random, received: datetime, due: datetime, now: datetime) -> list[tuple[str, datetime]]:
    """The steps after receiving: (action, when), all before now."""
    steps: list[tuple[str, datetime]] = []
    start = received + timedelta(hours=rng.uniform(0.5, 6))
    if start <= now:
        steps.append(("start", start))
    roll = rng.random()
    span = max((due - received).total_seconds(), 3600)
    if roll < 0.03:
        end = received + timedelta(seconds=rng.uniform(0.1, 0.6) * span)
        return steps + [("refuse", end)] if end <= now else steps
    if roll < 0.04:
        end = received + timedelta(seconds=rng.uniform(0.3, 1.0) * span)
        return steps + [("stop", end)] if end <= now else steps
    if roll < 0.09:  # waiting for a supplement since a day or two after receiving
        paused = received + timedelta(hours=rng.uniform(2, 30))
        if paused <= now and now - paused < timedelta(days=20):
            return steps + [("supplement", paused)]
    kind = rng.random()
    if kind < 0.55:  # early: ready at least a day before the due day
        ready = received + timedelta(seconds=rng.uniform(0.15, 0.7) * span)
        if ready.date() >= due.date():
            ready = datetime.combine(due.date() - timedelta(days=1), ready.time())
        ready = max(ready, received + timedelta(hours=1))
    elif kind < 0.90:  # on the due day, before the due time
        ready = max(due - timedelta(hours=rng.uniform(0, 3)), received + timedelta(hours=1))
    else:  # late by one to six days
        ready = due + timedelta(days=rng.randint(1, 6), hours=rng.uniform(0, 3))
    if ready > now:
        return steps
    steps.append(("result_ready", ready))
    returned = ready + timedelta(hours=rng.uniform(2, 96))
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
    weights = [PROCEDURE_WEIGHTS[p["code"]] for p in procedures]
    officers = [o["id"] for o in desk.officers.list()] or [None]
    ids = _Ids(rng)
    seq = repo.last_change(store)
    known = repo.existing_id_numbers(store)
    people: list[tuple[str, object]] = []  # (citizen id, person)
    counters = repo.code_counters(store)  # go on from the numbers already given
    templates: dict[tuple, tuple[str, str]] = {}
    repo.prepare(store)
    by_status: dict[str, int] = {}
    moments = year.moments(dossiers)
    for first in range(0, dossiers, CHUNK):
        rows: dict[str, list[tuple]] = {"citizens": [], "dossiers": [], "dossier_events": []}
        changes: list[tuple] = []

        def stamp(table: str, record_id: str, at: str, officer) -> int:
            nonlocal seq
            seq += 1
            changes.append((seq, table, record_id, at, officer))
            return seq

        for received in moments[first:first + CHUNK]:
            officer = rng.choice(officers)
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
            citizen_id, _ = rng.choice(people)
            procedure = rng.choices(procedures, weights)[0]
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
            for action, when in _outcome(rng, received, due, now):
                when_text = _text(when)
                target = _TARGETS[action]
                events.append((ids(), dossier_id, when_text, action, status, target, _REASONS.get(action, ""), officer))
                status, last_at = target, when_text
                if action == "supplement":
                    paused = when_text
                elif action == "result_ready":
                    ready = when_text
                if target in lifecycle.TERMINAL_STATUSES:
                    closed = when_text
            fee = procedure["fee_online"] if online else procedure["fee_in_person"]
            rows["dossiers"].append((dossier_id, code, citizen_id, procedure["id"], status, at, _text(due), _text(due),
                                     paused, ready, closed, fee, "online" if online else "in_person", officer, last_at,
                                     officer, stamp("dossiers", dossier_id, last_at, officer)))
            for event in events:
                rows["dossier_events"].append((*event, event[2], officer, stamp("dossier_events", event[0], event[2],
                                                                                 officer)))
            by_status[status] = by_status.get(status, 0) + 1
        repo.write_chunk(store, rows, changes)
        progress(min(first + CHUNK, dossiers), dossiers)
    repo.raise_counters(store, counters)
    return {"dossiers": sum(by_status.values()), "by_status": by_status}
