"""Officers and their PINs (scrypt-hashed; a PIN is short, so the hash must be slow)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk_app.core import pin_guard
from desk_app.core.roles import require_commander
from desk_app.core.text import clean
from desk_app.db import officers as repo
from desk_app.db import pin_attempts
from desk_app.db.store import Store, from_text, to_text

ROLES = {"commander": "Chỉ huy", "officer": "Cán bộ tiếp nhận"}


# hashlib (OpenSSL), hmac and secrets load when a PIN is first hashed or checked, not at every
# start: the window opens before anyone types a PIN.


def hash_pin(pin: str) -> str:
    import hashlib
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    import hashlib
    import hmac

    try:
        scheme, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1)
    return hmac.compare_digest(digest.hex(), digest_hex)


def check_pin(pin: str) -> str:
    if not (pin.isascii() and pin.isdigit()) or not 4 <= len(pin) <= 8:
        raise ValueError("Mã PIN gồm 4 đến 8 chữ số.")
    refused = pin_guard.refusal(pin)
    if refused:
        raise ValueError(refused)
    return pin


@dataclass
class Attempt:
    """What a PIN typed for an officer came to: the officer (right PIN), or why not."""

    officer: dict | None
    locked_until: datetime | None = None  # set when the officer must wait (this PIN was not checked)
    message: str = ""
    notice: str = ""  # with a right PIN: the wrong ones typed for this officer since they last came in
    # The same, for a window that words it in its own language (ui/dialogs/pin_texts.py):
    reason: str = ""  # "inactive", "locked" (this PIN not checked), "wrong" (and, if locked_until, now locked)
    at: datetime | None = None  # when it was tried
    wrong_in_a_row: int = 0  # with "wrong": this one included
    wrong_pins: list = field(default_factory=list)  # with a right PIN: (time, place) of each wrong one since

    @property
    def ok(self) -> bool:
        return self.officer is not None


class OfficerService:
    def __init__(self, store: Store):
        self.store = store

    def list(self, active_only: bool = True) -> list[dict]:
        return repo.all_officers(self.store, active_only)

    def add(self, full_name: str, role: str, pin: str, by_officer: str | None, rank_title: str = "") -> dict:
        require_commander(self.store, by_officer, "officers")
        return self.add_first(full_name, role, pin, by_officer, rank_title)

    def add_first(self, full_name: str, role: str, pin: str, by_officer: str | None, rank_title: str = "") -> dict:
        """add() without asking who: only the first commander, made at setup."""
        full_name = clean(full_name)
        if not full_name:
            raise ValueError("Chưa nhập họ tên cán bộ.")
        if role not in ROLES:
            raise ValueError("Vai trò phải là commander (chỉ huy) hoặc officer (cán bộ).")
        if repo.by_name(self.store, full_name):
            raise ValueError(f"Đã có cán bộ tên “{full_name}”.")
        with self.store.transaction(by_officer) as writer:
            return repo.insert(writer, {"full_name": full_name, "role": role, "rank_title": clean(rank_title),
                                        "pin_hash": hash_pin(check_pin(pin)), "active": 1})

    def update(self, officer_id: str, by_officer: str | None, **values) -> None:
        """A commander changes anyone; an officer only their own PIN."""
        if not (by_officer == officer_id and set(values) == {"pin"}):
            require_commander(self.store, by_officer, "officers")
        allowed = {k: v for k, v in values.items() if k in ("full_name", "role", "rank_title", "active")}
        if "pin" in values:
            allowed["pin_hash"] = hash_pin(check_pin(values["pin"]))
        with self.store.transaction(by_officer) as writer:
            writer.update("officers", officer_id, allowed)

    def login(self, officer_id: str, pin: str, place: str = "window") -> dict | None:
        return self.attempt(officer_id, pin, place).officer

    def locked_until(self, officer_id: str) -> datetime | None:
        """When this officer may try a PIN again, or None when they may now."""
        failures = pin_attempts.since(self.store, officer_id, "failure", pin_attempts.RESETS)
        until = pin_guard.locked_until([from_text(r["at"]) for r in failures])
        return until if until and until > self.store.clock() else None

    def attempt(self, officer_id: str, pin: str, place: str = "window") -> Attempt:
        """Check a PIN, unless wrong ones lock the officer out for now. Every wrong PIN and every
        lockout is recorded (place: window or cli); the fifth wrong one in a row locks. Counted,
        checked and recorded under the database's write lock: however many processes try at
        once, no more PINs are checked than the lockout allows."""
        officer = repo.get(self.store, officer_id)
        if officer is None or not officer["active"]:
            return Attempt(None, message="Cán bộ này không còn hoạt động.", reason="inactive")
        with pin_attempts.counting(self.store, officer_id) as tally:
            now = from_text(tally.now)
            failures = [from_text(r["at"]) for r in tally.since("failure", pin_attempts.RESETS)]
            until = pin_guard.locked_until(failures)
            if until and until > now:
                return Attempt(None, until, self._locked_message(officer, until, now), reason="locked", at=now)
            if verify_pin(pin, officer["pin_hash"]):
                earlier = tally.since("failure", pin_attempts.LOGINS)
                if earlier:
                    tally.record("success", place)
                wrong = [(from_text(r["at"]), r["place"]) for r in earlier]
                return Attempt(officer, notice=pin_guard.wrong_pins_notice(wrong, now), at=now, wrong_pins=wrong)
            tally.record("failure", place)
            until = pin_guard.locked_until([*failures, now])
            if until:
                tally.record("lockout", place, to_text(until))
        count = len(failures) + 1
        if until:
            return Attempt(None, until, f"Sai mã PIN {count} lần liên tiếp. " + self._locked_message(officer, until, now),
                           reason="wrong", at=now, wrong_in_a_row=count)
        left = pin_guard.FREE_TRIES - count
        return Attempt(None, message=f"Sai mã PIN. Còn {left} lần thử trước khi tạm khóa."
                       if left <= 2 else "Sai mã PIN. Thử lại.", reason="wrong", at=now, wrong_in_a_row=count)

    @staticmethod
    def _locked_message(officer: dict, until: datetime, now: datetime) -> str:
        wait = pin_guard.wait_text(until - now)
        return (f"Tài khoản {officer['full_name']} tạm khóa vì nhập sai mã PIN nhiều lần: thử lại sau {wait} "
                f"(lúc {until:%H:%M:%S}), hoặc nhờ chỉ huy mở khóa."
                + (" (Chỉ huy tự mở được bằng cụm mật khẩu khôi phục của đơn vị.)" if officer["role"] == "commander"
                   else ""))

    def unlock(self, officer_id: str, by_officer: str | None) -> bool:
        """A commander lifts a lock (and forgets the wrong PINs before it); False if none was on."""
        require_commander(self.store, by_officer, "unlock")
        with pin_attempts.counting(self.store, officer_id, by_officer) as tally:
            if not tally.since("failure", pin_attempts.RESETS):
                return False
            tally.record("unlock", "", by_officer=by_officer)
        return True

    def pin_history(self, by_officer: str | None, officer_id: str | None = None, limit: int = 200) -> list[dict]:
        """Wrong PINs, lockouts and unlocks, newest first: part of the audit, the commander's."""
        require_commander(self.store, by_officer, "audit")
        return pin_attempts.history(self.store, officer_id, limit)

    def commanders(self) -> list[dict]:
        return [o for o in self.list() if o["role"] == "commander"]

    def resolve(self, name_or_id: str | None) -> dict | None:
        """The officer a command acts as: by id or name; without one, the only commander
        (None when there are several: the caller asks which, never picks by name order)."""
        if name_or_id:
            return repo.get(self.store, name_or_id) or repo.by_name(self.store, clean(name_or_id))
        commanders = self.commanders()
        return commanders[0] if len(commanders) == 1 else None
