"""What one guess costs: the recovery passphrase (Argon2id, the parameters backups are wrapped
with, backups/key.py) and a PIN (scrypt, core/officers.py), on this machine.

    .venv/bin/python bench/bench_passphrase.py [--runs 10]

Four figures, each the median of --runs: Argon2id alone (one key derived), a wrong passphrase
against a wrapped key (what a guess at a backup costs), a wrong passphrase through the desk's
recovery unlock (the same, plus the write lock and the record of the try), and one PIN checked.
docs/security.md quotes the first with its parameters.
Budgets: a passphrase guess costs at least 0.1 s (Argon2id is what makes a guessed phrase slow)
and at most 2 s (the commander waits for it once per passphrase typed); a PIN check ≤ 0.25 s
(it runs under the database's write lock).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk_app.app import Desk  # noqa: E402
from desk_app.core.officers import hash_pin, verify_pin  # noqa: E402
from desk_app.backups import key as backup_key  # noqa: E402

PASSPHRASE = "cây đa đầu làng bến nước sân đình"
GUESS_BUDGET_S = (0.1, 2.0)
PIN_BUDGET_S = 0.25


def median_seconds(action, runs: int) -> float:
    times = []
    for run in range(runs):
        start = time.perf_counter()
        action(run)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def recovery_tries(folder: str, runs: int) -> float:
    """Wrong passphrases through the desk, each two hours after the last on the desk's clock:
    past any wait the earlier ones caused, so every one is checked."""
    now = [datetime(2026, 11, 23, 9, 0)]
    desk = Desk.open(folder, clock=lambda: now[0])
    desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến"}, "Nguyễn Văn Hùng", "4826")
    commander = desk.officers.resolve(None)["id"]
    desk.backups.set_recovery_passphrase(PASSPHRASE, commander)

    def wrong(run: int) -> None:
        now[0] += timedelta(hours=2)
        try:
            desk.pin_recovery.unlock(commander, f"đoán lần {run}", place="cli")
        except backup_key.PassphraseError:
            pass

    try:
        return median_seconds(wrong, runs)
    finally:
        desk.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    wrapped = backup_key.wrap(b"k" * 32, PASSPHRASE)
    salt = b"s" * 16
    derive = median_seconds(lambda run: backup_key._derive(PASSPHRASE, salt, backup_key.OPSLIMIT,
                                                            backup_key.MEMLIMIT), runs)

    def guess(run: int) -> None:
        try:
            backup_key.unwrap(wrapped, f"đoán lần {run}")
        except backup_key.PassphraseError:
            pass

    guessed = median_seconds(guess, runs)
    with tempfile.TemporaryDirectory() as folder:
        through_desk = recovery_tries(folder, runs)
    stored = hash_pin("6284")
    pin = median_seconds(lambda run: verify_pin(f"{run % 10000:04d}", stored), runs)

    print(f"Argon2id: opslimit {backup_key.OPSLIMIT}, memlimit {backup_key.MEMLIMIT // 2**20} MiB, "
          f"{runs} runs (median)")
    print(f"{'case':<48} {'median s':>9}")
    for name, seconds in (("Argon2id, one key derived", derive), ("a wrong passphrase against a wrapped key", guessed),
                          ("a wrong passphrase through the recovery unlock", through_desk),
                          ("one PIN checked (scrypt n=2^14, r=8)", pin)):
        print(f"{name:<48} {seconds:>9.3f}")
    ok = GUESS_BUDGET_S[0] <= guessed <= GUESS_BUDGET_S[1] and pin <= PIN_BUDGET_S
    print(f"budgets: a passphrase guess {GUESS_BUDGET_S[0]:g}–{GUESS_BUDGET_S[1]:g} s, a PIN check ≤ {PIN_BUDGET_S:g} s: "
          f"{'OK' if ok else 'OUTSIDE'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
