"""What makes a PIN acceptable, and how long wrong PINs make an officer wait: after
FREE_TRIES wrong ones a minute, doubling with each further one, at most an hour."""

from __future__ import annotations

from datetime import datetime, timedelta

FREE_TRIES = 5
FIRST_WAIT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=1)


def weak(pin: str) -> bool:
    """One digit repeated (0000), or a run up or down the keypad's digits (1234, 4321, 0123, 7890)."""
    digits = [int(ch) for ch in pin]
    steps = {(b - a) % 10 for a, b in zip(digits, digits[1:])}
    return steps in ({0}, {1}, {9})


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


def wait_text(remaining: timedelta) -> str:
    seconds = max(1, int(remaining.total_seconds() + 0.999))
    minutes, seconds = divmod(seconds, 60)
    if not minutes:
        return f"{seconds} giây"
    return f"{minutes} phút" + (f" {seconds} giây" if seconds else "")
