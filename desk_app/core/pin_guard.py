"""What makes a PIN acceptable, how long wrong PINs make an officer wait (after FREE_TRIES
wrong ones a minute, doubling with each further one, at most an hour), and how the wrong PINs
typed since an officer last came in are told to them."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk_app.core.common_pins import COMMON_PINS

FREE_TRIES = 5
FIRST_WAIT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=1)
BIRTH_YEARS = range(1950, 2011)
NOTICE_TIMES = 8  # the latest wrong PINs the notice lists by time


def weak(pin: str) -> bool:
    """One digit repeated (0000), or a run up or down the keypad's digits (1234, 4321, 0123, 7890)."""
    digits = [int(ch) for ch in pin]
    steps = {(b - a) % 10 for a, b in zip(digits, digits[1:])}
    return steps in ({0}, {1}, {9})


def refusal(pin: str) -> str | None:
    """Why `pin` (digits) may not be an officer's PIN, or None when it may."""
    if weak(pin):
        return "Mã PIN quá dễ đoán (một chữ số lặp lại, hoặc dãy liên tiếp như 1234, 4321): chọn mã khác."
    if pin in COMMON_PINS:
        return ("Mã PIN này nằm trong số mã phổ biến nhất, người đoán sẽ thử trước (như 1212, 2580, 6969, "
                "1122): chọn mã khác.")
    if len(pin) == 4 and int(pin) in BIRTH_YEARS:
        return "Mã PIN giống một năm sinh (1950–2010), dễ đoán: chọn mã khác."
    return None


def wait_after(failures: int) -> timedelta:
    """How long the officer waits after their `failures`-th wrong PIN in a row (zero before the fifth)."""
    if failures < FREE_TRIES:
        return timedelta(0)
    doublings = failures - FREE_TRIES
    return LONGEST_WAIT if doublings >= 6 else min(FIRST_WAIT * 2 ** doublings, LONGEST_WAIT)


def locked_until(failure_times: list[datetime]) -> datetime | None:
    """When the lock the wrong PINs caused ends, or None when they cause none."""
    wait = wait_after(len(failure_times))
    return failure_times[-1] + wait if wait else None


def wait_parts(remaining: timedelta) -> tuple[int, int]:
    """(minutes, seconds) of a wait, in whole seconds rounded up (at least one second)."""
    return divmod(max(1, int(remaining.total_seconds() + 0.999)), 60)


def wait_text(remaining: timedelta) -> str:
    minutes, seconds = wait_parts(remaining)
    if not minutes:
        return f"{seconds} giây"
    return f"{minutes} phút" + (f" {seconds} giây" if seconds else "")


def _day_text(day, today) -> str:
    if day == today:
        return "hôm nay"
    if day == today - timedelta(days=1):
        return "hôm qua"
    return f"ngày {day:%d/%m/%Y}"


def wrong_pin_times(failures: list[tuple[datetime, str]], now: datetime, day_text=None,
                    cli_mark: str = " (dòng lệnh)") -> str:
    """When the wrong PINs were typed: the latest NOTICE_TIMES by time, grouped by day
    ("09:10, 09:12 hôm nay; 17:05 (dòng lệnh) hôm qua"); `day_text(day, today)` and `cli_mark`
    word it (a window in another language passes its own)."""
    day_text = day_text or _day_text
    shown = failures[-NOTICE_TIMES:]
    groups: list[tuple[str, list[str]]] = []
    for at, place in shown:
        day = day_text(at.date(), now.date())
        time = f"{at:%H:%M}" + (cli_mark if place == "cli" else "")
        if groups and groups[-1][0] == day:
            groups[-1][1].append(time)
        else:
            groups.append((day, [time]))
    more = "…, " if len(failures) > len(shown) else ""
    return more + "; ".join(f"{', '.join(group)} {day}" for day, group in groups)


def wrong_pins_notice(failures: list[tuple[datetime, str]], now: datetime) -> str:
    """What the officer is told as they come in: the wrong PINs typed for them since they last
    came in, how many and when (those typed on the command line marked). Empty when there were
    none."""
    if not failures:
        return ""
    return (f"Có {len(failures)} lần nhập sai mã PIN từ lần đăng nhập trước: {wrong_pin_times(failures, now)}. "
            "Nếu không phải đồng chí nhập, hãy đổi mã PIN và báo chỉ huy.")
