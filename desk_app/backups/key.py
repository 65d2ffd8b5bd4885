"""The key every backup is encrypted with: 32 random bytes kept in the data folder (0600), and
the same key wrapped (SecretBox) under a key that Argon2id derives from the unit's recovery
passphrase. Each backup file carries the wrapped key, so on a new PC the passphrase alone opens
it; until a passphrase is set, only this data folder's key does."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

from desk_app import owner_only
from desk_app.atomic_file import write_atomically

KEY_FILE = Path("keys") / "backup.key"
MIN_PASSPHRASE = 10
# Argon2id cost: ~0.3-1 s and 128 MiB on an office PC, once per passphrase typed.
OPSLIMIT = 3
MEMLIMIT = 128 * 1024 * 1024


class PassphraseError(ValueError):
    """A passphrase that is too short, or does not open this key; the message is for the officer."""


@dataclass
class BackupKey:
    key: bytes
    wrapped: dict | None  # {"salt", "opslimit", "memlimit", "box"} (base64), None before a passphrase

    def key_id(self) -> str:
        import hashlib

        return hashlib.sha256(b"desk-backup-key" + self.key).hexdigest()[:16]


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    from nacl.pwhash import argon2id

    return argon2id.kdf(32, passphrase.encode("utf-8"), salt, opslimit=opslimit, memlimit=memlimit)


def check_passphrase(passphrase: str) -> str:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise PassphraseError(f"Cụm mật khẩu khôi phục cần ít nhất {MIN_PASSPHRASE} ký tự "
                              "(nên là vài từ dễ nhớ, khó đoán).")
    return passphrase


def wrap(key: bytes, passphrase: str) -> dict:
    import nacl.utils
    from nacl.pwhash import argon2id
    from nacl.secret import SecretBox

    salt = nacl.utils.random(argon2id.SALTBYTES)
    box = SecretBox(_derive(check_passphrase(passphrase), salt, OPSLIMIT, MEMLIMIT)).encrypt(key)
    return {"kdf": "argon2id", "salt": _b64(salt), "opslimit": OPSLIMIT, "memlimit": MEMLIMIT, "box": _b64(bytes(box))}


def unwrap(wrapped: dict, passphrase: str) -> bytes:
    from nacl.exceptions import CryptoError
    from nacl.secret import SecretBox

    try:
        salt, box = base64.b64decode(wrapped["salt"]), base64.b64decode(wrapped["box"])
        opslimit, memlimit = int(wrapped["opslimit"]), int(wrapped["memlimit"])
        if wrapped.get("kdf") != "argon2id" or opslimit > 20 or memlimit > 1024 ** 3:
            raise ValueError("unknown kdf parameters")
        return SecretBox(_derive(passphrase, salt, opslimit, memlimit)).decrypt(box)
    except CryptoError:
        raise PassphraseError("Cụm mật khẩu khôi phục không đúng.") from None
    except (KeyError, TypeError, ValueError):
        raise PassphraseError("Khóa bọc trong bản sao lưu không đọc được (tệp bị sửa?).") from None


def path_in(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE


def load(data_dir: Path) -> BackupKey | None:
    path = path_in(data_dir)
    if not path.exists():
        return None
    data = json.loads(path.read_text("ascii"))
    return BackupKey(base64.b64decode(data["key"]), data.get("wrapped"))


def save(data_dir: Path, backup_key: BackupKey) -> None:
    """Owner-only from the first byte, written whole then renamed."""
    path = path_in(data_dir)
    owner_only.make_dir(path.parent)
    text = json.dumps({"key": _b64(backup_key.key), "wrapped": backup_key.wrapped})
    write_atomically(path, lambda handle: handle.write(text.encode("ascii")))


def load_or_create(data_dir: Path) -> BackupKey:
    existing = load(data_dir)
    if existing is not None:
        return existing
    import nacl.utils

    made = BackupKey(nacl.utils.random(32), None)
    save(data_dir, made)
    return made


def set_passphrase(data_dir: Path, passphrase: str) -> BackupKey:
    """Wrap this folder's key under a (new) passphrase; backups made from now on carry it."""
    backup_key = load_or_create(data_dir)
    backup_key.wrapped = wrap(backup_key.key, passphrase)
    save(data_dir, backup_key)
    return backup_key
