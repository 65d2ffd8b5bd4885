"""A commander locked out by wrong PINs lifts their own lock with the unit's recovery passphrase:
the one that wraps the backup key (backups/key.py), kept sealed in the commander's safe.
Otherwise anyone at the PC could lock the only commander out, and only a commander unlocks.

The passphrase is checked as a backup's key is opened (Argon2id, the parameters it was wrapped
with), under the database's write lock with the count of wrong ones: after FREE_TRIES wrong
passphrases in a row, whoever typed them, the next is not checked before a minute, doubling
up to an hour (as PINs). Every recovery unlock is an audit entry; every try is in pin_attempts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desk_app.backups import key as backup_key
from desk_app.backups.key import PassphraseError
from desk_app.core import pin_guard
from desk_app.db import officers as repo
from desk_app.db import pin_attempts
from desk_app.db.store import Store, from_text

AUDIT_ACTION = "recovery_unlock"


class RecoveryUnlock:
    def __init__(self, store: Store, data_dir: Path):
        self.store = store
        self.data_dir = Path(data_dir)

    def offered(self, officer_id: str | None) -> bool:
        """Whether this officer may lift their own lock so: an active commander, locked now,
        in a unit whose recovery passphrase is set."""
        officer = repo.get(self.store, officer_id) if officer_id else None
        if officer is None or not officer["active"] or officer["role"] != "commander":
            return False
        stored = backup_key.load(self.data_dir)
        return bool(stored and stored.wrapped)

    def unlock(self, officer_id: str, passphrase: str, place: str) -> bool:
        """Lift this commander's lock if `passphrase` is the unit's (False: they were not locked).
        PassphraseError says why not: not a commander, no passphrase set, a wrong one, or too
        many wrong ones just now."""
        officer = repo.get(self.store, officer_id)
        if officer is None or not officer["active"] or officer["role"] != "commander":
            raise PassphraseError("Chỉ chỉ huy tự mở khóa được bằng cụm mật khẩu khôi phục; cán bộ tiếp nhận "
                                  "nhờ chỉ huy mở khóa.")
        stored = backup_key.load(self.data_dir)
        if stored is None or not stored.wrapped:
            raise PassphraseError("Đơn vị chưa đặt cụm mật khẩu khôi phục nên không mở khóa được bằng cách này: "
                                  "đợi hết thời gian tạm khóa, hoặc nhờ một chỉ huy khác mở khóa.")
        with pin_attempts.counting(self.store, officer_id, officer_id) as tally:
            now = from_text(tally.now)
            wrong = [from_text(r["at"]) for r in tally.since("recovery_failure", pin_attempts.RECOVERY_RESETS,
                                                             every_officer=True)]
            until = pin_guard.locked_until(wrong)
            if until and until > now:
                raise PassphraseError(self.wait_message(until, now))
            if not self._opens(stored, passphrase):
                tally.record("recovery_failure", place)
                refusal = self._refusal([*wrong, now], now)
            elif not tally.since("failure", pin_attempts.RESETS):
                return False
            else:
                tally.record("recovery_unlock", place, by_officer=officer_id)
                tally.writer.look(AUDIT_ACTION, detail=officer["full_name"])
                return True
        raise PassphraseError(refusal)  # after the commit: the wrong one stays counted

    @staticmethod
    def _opens(stored: backup_key.BackupKey, passphrase: str) -> bool:
        try:
            return backup_key.unwrap(stored.wrapped, passphrase) == stored.key
        except PassphraseError:
            return False

    @staticmethod
    def _refusal(wrong: list[datetime], now: datetime) -> str:
        until = pin_guard.locked_until(wrong)
        if until:
            return (f"Cụm mật khẩu khôi phục không đúng ({len(wrong)} lần liên tiếp). "
                    + RecoveryUnlock.wait_message(until, now))
        left = pin_guard.FREE_TRIES - len(wrong)
        return "Cụm mật khẩu khôi phục không đúng: chưa mở khóa." + (
            f" Còn {left} lần thử trước khi phải đợi." if left <= 2 else "")

    @staticmethod
    def wait_message(until: datetime, now: datetime) -> str:
        return (f"Đã nhập sai cụm mật khẩu khôi phục nhiều lần: thử lại sau {pin_guard.wait_text(until - now)} "
                f"(lúc {until:%H:%M:%S}).")
