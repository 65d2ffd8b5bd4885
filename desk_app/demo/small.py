"""Realistic Vietnamese demo data, made through the real services (so it obeys every rule)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta

from desk_app.core import lifecycle
from desk_app.core.cccd import PROVINCE_CODES
from desk_app.core.registration import CitizenInput, DossierInput
from desk_app.db import procedures as procedure_repo


class DemoError(ValueError):
    """A demo that cannot be made as asked; the message is for the officer."""


SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương"]
MIDDLE_MALE = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thành", "Đình", "Ngọc"]
MIDDLE_FEMALE = ["Thị", "Ngọc", "Thu", "Thanh", "Mai", "Phương", "Diệu", "Kim", "Hồng", "Bích"]
GIVEN_MALE = ["Hùng", "Dũng", "Tuấn", "Đức", "Long", "Nam", "Sơn", "Thắng", "Hiếu", "Khánh", "Phúc",
              "Quý", "Trung", "Việt", "Cường", "Hải", "Lâm", "Bảo", "Đạt", "Toàn"]
GIVEN_FEMALE = ["Lan", "Hương", "Hoa", "Mai", "Linh", "Trang", "Thảo", "Ngân", "Yến", "Hằng", "Nhung",
                "Phượng", "Thủy", "Vân", "Huyền", "Quỳnh", "Ánh", "Đào", "Loan", "Tuyết"]
VILLAGES = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Xóm Mới", "Thôn Trung", "Thôn Hạ", "Thôn Thượng"]
PHONE_PREFIXES = ["090", "091", "093", "094", "096", "097", "098", "086", "088", "083", "077", "070", "035", "039"]
# How often each procedure comes to a commune counter (residence dominates).
PROCEDURE_WEIGHTS = {"1.004194": 30, "1.004222": 18, "1.010041": 14, "1.003677": 8, "1.002755": 8,
                     "1.010039": 6, "1.003197": 5, "1.010028": 5, "1.010038": 3, "1.010040": 3, "2.001159": 4}


def random_person(rng: random.Random, commune: str) -> CitizenInput:
    male = rng.random() < 0.5
    year = rng.randint(1950, 2007)
    birth = date(year, rng.randint(1, 12), rng.randint(1, 28))
    century_digit = (0 if year < 2000 else 2) + (0 if male else 1)
    id_number = f"{rng.choice(list(PROVINCE_CODES))}{century_digit}{year % 100:02d}{rng.randint(0, 999999):06d}"
    middle = rng.choice(MIDDLE_MALE if male else MIDDLE_FEMALE)
    given = rng.choice(GIVEN_MALE if male else GIVEN_FEMALE)
    return CitizenInput(
        full_name=f"{rng.choice(SURNAMES)} {middle} {given}", id_number=id_number,
        birth_date=birth.isoformat(), sex="Nam" if male else "Nữ",
        address=f"{rng.choice(VILLAGES)}, {commune}",
        phone=f"{rng.choice(PHONE_PREFIXES)}{rng.randint(0, 9999999):07d}",
    )


def _working_moment(rng: random.Random, calendar, day: date) -> datetime | None:
    if not calendar.is_working_day(day):
        return None
    period = rng.choice(calendar.schedule)
    start = datetime.combine(day, period.start)
    return start + timedelta(minutes=rng.randint(0, max(period.minutes() - 1, 0)))


def make_demo(desk, dossiers: int, days: int, seed: int = 1) -> dict:
    """Register `dossiers` dossiers spread over the last `days` days and move older ones on."""
    rng = random.Random(seed)
    unit = desk.require_unit()
    commune = unit["name"].replace("Công an ", "")
    service = desk.dossiers
    officers = desk.officers.list() or [None]
    codes = [c for c in PROCEDURE_WEIGHTS if procedure_repo.by_code(service.store, c)]
    weights = [PROCEDURE_WEIGHTS[c] for c in codes]
    real_clock = desk.store.clock
    today = real_clock().date()
    now = real_clock()
    # The working days of the period that had opened by now: none (a Sunday's `--days 1`, or
    # before the first opening) is told, not waited for.
    open_days = [d for d in (today - timedelta(days=n) for n in range(days)) if desk.calendar.is_working_day(d)
                 and any(datetime.combine(d, p.start) <= now for p in desk.calendar.schedule)]
    if dossiers and not open_days:
        raise DemoError(f"Trong {days} ngày gần nhất chưa có giờ làm việc nào: tăng --days.")
    moments = sorted(min(_working_moment(rng, desk.calendar, rng.choice(open_days)), now) for _ in range(dossiers))
    people = [random_person(rng, commune) for _ in range(max(1, dossiers * 4 // 5))]
    statuses = Counter()
    try:
        for moment in moments:
            officer = rng.choice(officers)
            officer_id = officer["id"] if officer else None
            desk.store.clock = lambda m=moment: m
            done = service.register(
                DossierInput(citizen=rng.choice(people), procedure=rng.choices(codes, weights)[0], received_at=moment),
                officer_id,
            )
            statuses[_advance(desk, service, done, rng, real_clock(), officer_id)] += 1
    finally:
        desk.store.clock = real_clock
    return {"dossiers": len(moments), "by_status": dict(statuses)}


def _advance(desk, service, done, rng: random.Random, now: datetime, officer_id) -> str:
    """Walk a dossier along a plausible path, each step at a plausible time before now."""
    age_hours = (now - done.received_at).total_seconds() / 3600
    steps: list[tuple[str, dict]] = []
    roll = rng.random()
    if age_hours > 2:
        steps.append(("start", {}))
    if roll < 0.07:
        steps.append(("supplement", {"reason": "Thiếu giấy tờ chứng minh chỗ ở hợp pháp",
                                     "details": {"missing": ["Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp"]}}))
    elif roll < 0.10:
        steps.append(("refuse", {"reason": "Không đủ điều kiện đăng ký theo Điều 20 Luật Cư trú"}))
    elif age_hours > 24 and roll < 0.80:
        steps.append(("result_ready", {}))
        if roll < 0.65:
            steps.append(("return", {"details": {"collected_by": "Người nộp hồ sơ"}}))
    moment = done.received_at
    status = lifecycle.RECEIVED
    calendar = desk.calendar
    worked = calendar.working_minutes_between(moment, now)
    for action, extra in steps:
        # Each step in working hours, as an officer would take it: never at night or on a Sunday.
        room = calendar.working_minutes_between(moment, now)
        if room < 1:
            break
        moment = calendar.add_minutes(moment, rng.uniform(min(60, room), min(room, max(120, worked / (len(steps) + 1)))))
        if action == "result_ready" and rng.random() < 0.85:
            moment = min(moment, done.due_at)  # most results are on time
        moment = max(moment, done.received_at)
        desk.store.clock = lambda m=moment: m
        row = service.apply(done.code, action, officer_id, extra.get("reason", ""), details=extra.get("details"))
        status = row["status"]
    return status


