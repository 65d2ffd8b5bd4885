"""Key pairs for the sync file (PyNaCl): an Ed25519 signing pair and a Curve25519 box pair.

A public key travels as one copy-pasteable string, "desk1:" + base64url of
verify key (32 bytes) + box public key (32 bytes) + a 4-byte checksum, so a mistyped
key is caught when it is entered, not when the first file fails. The secret half stays in
a file readable by the owner only.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from desk_app import owner_only, paths
from desk_app.atomic_file import write_atomically

PUBLIC_PREFIX = "desk1:"
SECRET_PREFIX = "desk1-secret:"
_CHECK_CONTEXT = b"desk-sync-key"
UNIT_KEY_FILE = paths.unit_key_path(Path())


class KeyFormatError(ValueError):
    """A key string that cannot be used; the message is for the officer."""


@dataclass(frozen=True)
class PublicKeys:
    verify: VerifyKey
    box: PublicKey

    @property
    def raw(self) -> bytes:
        return bytes(self.verify) + bytes(self.box)

    def text(self) -> str:
        return PUBLIC_PREFIX + _b64(self.raw + _checksum(self.raw))

    def fingerprint(self) -> str:
        """SHA-256 of the 64 raw bytes, hex: written into files to name sender and recipient."""
        return hashlib.sha256(self.raw).hexdigest()

    def short_fingerprint(self) -> str:
        """Sixteen hex digits in groups of four, to compare over the phone."""
        f = self.fingerprint()[:16].upper()
        return " ".join(f[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class KeyPair:
    signing: SigningKey
    box: PrivateKey

    @classmethod
    def generate(cls) -> "KeyPair":
        return cls(SigningKey.generate(), PrivateKey.generate())

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(self.signing.verify_key, self.box.public_key)

    def secret_text(self) -> str:
        raw = bytes(self.signing) + bytes(self.box)
        return SECRET_PREFIX + _b64(raw + _checksum(raw))


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _checksum(raw: bytes) -> bytes:
    return hashlib.sha256(_CHECK_CONTEXT + raw).digest()[:4]


def _looks_like_body(text: str) -> bool:
    """The part after "desk1:" alone: 91 characters of URL-safe base64 (68 bytes)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return len(text) == len(_b64(bytes(68))) and all(ch in alphabet for ch in text)


def _decode(text: str, prefix: str, what: str) -> bytes:
    text = "".join(str(text).split())  # tolerate line breaks and spaces from copy-paste
    if text.startswith(prefix):
        body = text[len(prefix):]
    elif prefix == PUBLIC_PREFIX and _looks_like_body(text):
        body = text  # a public key typed or pasted without its prefix: the checksum still guards it
    else:
        raise KeyFormatError(f"{what} phải bắt đầu bằng “{prefix}”. Hãy sao chép nguyên dòng khóa.")
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (ValueError, TypeError):
        raise KeyFormatError(f"{what} có ký tự không hợp lệ. Hãy sao chép nguyên dòng khóa.") from None
    if len(raw) != 68:
        raise KeyFormatError(f"{what} không đủ độ dài (thiếu hoặc thừa ký tự). Hãy sao chép nguyên dòng khóa.")
    if _checksum(raw[:64]) != raw[64:]:
        raise KeyFormatError(f"{what} bị sai một vài ký tự (mã kiểm tra không khớp). Hãy sao chép lại.")
    return raw[:64]


def parse_public(text: str, what: str = "Khóa công khai") -> PublicKeys:
    raw = _decode(text, PUBLIC_PREFIX, what)
    return PublicKeys(VerifyKey(raw[:32]), PublicKey(raw[32:]))


def parse_secret(text: str) -> KeyPair:
    raw = _decode(text, SECRET_PREFIX, "Tệp khóa bí mật")
    return KeyPair(SigningKey(raw[:32]), PrivateKey(raw[32:]))


def write_secret(path: Path, pair: KeyPair) -> None:
    """Owner-only permissions from the first byte (no window where others could read it)."""
    owner_only.make_dir(path.parent)
    owner_only.restrict(path.parent)  # made 0755 by an older version; a folder we do not own stays
    write_atomically(path, lambda handle: handle.write((pair.secret_text() + "\n").encode("ascii")))


def read_secret(path: Path) -> KeyPair:
    return parse_secret(path.read_text(encoding="ascii"))


def load_or_create(path: Path) -> tuple[KeyPair, bool]:
    """The key pair stored at path, made on first need; (pair, created)."""
    if path.exists():
        return read_secret(path), False
    pair = KeyPair.generate()
    write_secret(path, pair)
    return pair, True


def unit_keys(data_dir: Path) -> KeyPair:
    """This unit's key pair (made at setup, or here on first need for older data folders)."""
    return load_or_create(Path(data_dir) / UNIT_KEY_FILE)[0]
