"""Opening a district folder: its database, its key pair, the units it knows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk_app.core.unit import DEFAULT_UPPER_LEVEL
from desk_app.db import district as repo
from desk_app.db.database import Database
from desk_app.db.store import system_now, to_text
from desk_app.sync import keys as keys_module

DB_FILE = "district.sqlite3"
KEY_FILE = "district.key"


class DistrictError(ValueError):
    """Bad input at the district; the message is for the operator."""


@dataclass
class District:
    folder: Path
    db: Database
    keys: keys_module.KeyPair
    clock: object = system_now

    def now(self) -> str:
        return to_text(self.clock())

    def close(self) -> None:
        self.db.close()

    def opened_again(self) -> "District":
        """The same folder on a connection of its own, for work on another thread (a
        connection is never shared by two threads; WAL lets one read while the other writes)."""
        return District(self.folder, repo.open_district_db(self.folder / DB_FILE), self.keys, self.clock)

    def __enter__(self) -> "District":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def meta(self, key: str, default: str = "") -> str:
        value = repo.meta(self.db, key)
        return default if value is None else value

    def name(self) -> str:
        """This upper level by the name `district init --name` gave it (its reports carry it)."""
        return self.meta("name").strip() or DEFAULT_UPPER_LEVEL

    def unit(self, code: str) -> dict | None:
        return repo.unit(self.db, code.upper())

    def units(self) -> list[dict]:
        return repo.units(self.db)

    def last_imports(self) -> dict[str, tuple]:
        """unit -> (highest export number imported, when)."""
        return repo.last_imports(self.db)

    def add_unit(self, code: str, name: str, key_text: str) -> tuple[dict, bool]:
        """Register (or update the key/name of) a unit; (unit, created)."""
        code = normalise_code(code)
        name = " ".join(str(name or "").split())
        if not name:
            raise DistrictError("Chưa nhập tên đơn vị (--name).")
        try:
            public = keys_module.parse_public(key_text)
        except keys_module.KeyFormatError as exc:
            raise DistrictError(str(exc)) from None
        if public.fingerprint() == self.keys.public.fingerprint():
            raise DistrictError("Đây là khóa của chính cấp trên, không phải khóa của đơn vị. "
                                "Lấy khóa ở máy của xã bằng lệnh “desk-app keys”.")
        created = self.unit(code) is None
        repo.save_unit(self.db, code, name, public.text(), public.fingerprint(), self.now())
        return self.unit(code), created


def init(folder: Path, name: str = "", code: str = "", clock=system_now) -> tuple[District, bool]:
    """Create the folder, key pair and database; an existing key is kept, never replaced."""
    folder.mkdir(parents=True, exist_ok=True)
    pair, created = keys_module.load_or_create(folder / KEY_FILE)
    district = District(folder, repo.open_district_db(folder / DB_FILE), pair, clock)
    for key, value in (("name", name), ("code", code)):
        if value:
            repo.set_meta(district.db, key, " ".join(value.split()))
    return district, created


def open_district(folder: Path, clock=system_now) -> District:
    if not (folder / KEY_FILE).exists():
        raise DistrictError(f"Thư mục “{folder}” chưa được khởi tạo cho cấp trên: chạy "
                            f"“desk-app district init --db {folder}”.")
    return District(folder, repo.open_district_db(folder / DB_FILE), keys_module.read_secret(folder / KEY_FILE), clock)


def normalise_code(code: str) -> str:
    """The same rule as the desk's unit code: letters, digits, dot, underscore; upper case."""
    code = str(code or "").strip().upper()
    if not code or len(code) > 20 or not all(ch.isalnum() or ch in "._" for ch in code):
        raise DistrictError("Mã đơn vị gồm chữ, số, dấu chấm hoặc gạch dưới (tối đa 20 ký tự), không dấu cách.")
    return code
