"""Officers and their PINs (scrypt-hashed; a PIN is short, so the hash must be slow)."""

from __future__ import annotations

from desk_app.core.roles import require_commander
from desk_app.core.text import clean
from desk_app.db import officers as repo
from desk_app.db.store import Store

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
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise ValueError("Mã PIN gồm 4 đến 8 chữ số.")
    return pin


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

    def login(self, officer_id: str, pin: str) -> dict | None:
        officer = repo.get(self.store, officer_id)
        if officer and officer["active"] and verify_pin(pin, officer["pin_hash"]):
            return officer
        return None

    def commanders(self) -> list[dict]:
        return [o for o in self.list() if o["role"] == "commander"]

    def resolve(self, name_or_id: str | None) -> dict | None:
        """The officer a command acts as: by id or name; without one, the only commander
        (None when there are several: the caller asks which, never picks by name order)."""
        if name_or_id:
            return repo.get(self.store, name_or_id) or repo.by_name(self.store, clean(name_or_id))
        commanders = self.commanders()
        return commanders[0] if len(commanders) == 1 else None
