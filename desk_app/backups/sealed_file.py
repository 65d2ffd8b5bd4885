"""The backup file: a copy of the database and the unit's sync key, encrypted and authenticated
(libsodium's secretstream, XChaCha20-Poly1305, through PyNaCl) with the data folder's backup key.

    "DESKBAK" 0x01 | header length (4 bytes) | header (JSON, readable) | stream header (24 bytes)
    | chunks: length (4 bytes) + sealed chunk, the last one tagged final

The header says when the copy was made, which key sealed it and carries that key wrapped under
the recovery passphrase (key.py); it is bound to every chunk as associated data, so it
cannot be changed either. Inside: a manifest (JSON: files and their sizes, counts) and the files.
A file cut short lacks the final tag and is refused, like one with a byte changed.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path

from desk_app import owner_only
from desk_app.atomic_file import write_atomically
from desk_app.backups.key import BackupKey

MAGIC = b"DESKBAK\x01"
CHUNK = 64 * 1024


class BackupFileError(ValueError):
    """Not a backup, damaged, cut short, changed, or sealed with another key; nothing was changed."""


@dataclass
class Sealed:
    header: dict
    header_bytes: bytes
    body_offset: int


def _ss():
    import nacl.bindings as b

    return b


def seal(files: list[tuple[str, Path]], target: Path, backup_key: BackupKey, created_at: str, manifest: dict) -> Path:
    """Write `files` (name, path) sealed to `target` (under a temporary name, renamed when whole)."""
    b = _ss()
    sizes = [{"name": name, "size": path.stat().st_size} for name, path in files]
    inner = json.dumps({**manifest, "files": sizes}, ensure_ascii=False).encode("utf-8")
    header = json.dumps({"format": 1, "created_at": created_at, "key_id": backup_key.key_id(),
                         "wrapped_key": backup_key.wrapped}).encode("ascii")
    owner_only.make_dir(target.parent)
    state = b.crypto_secretstream_xchacha20poly1305_state()
    stream_header = b.crypto_secretstream_xchacha20poly1305_init_push(state, backup_key.key)

    def pieces():
        yield struct.pack(">I", len(inner)) + inner
        for _name, path in files:
            with open(path, "rb") as source:
                while block := source.read(CHUNK):
                    yield block

    def write(out) -> None:
        out.write(MAGIC + struct.pack(">I", len(header)) + header + stream_header)
        pending = b""
        for piece in pieces():
            pending += piece
            while len(pending) > CHUNK:
                _write_chunk(out, state, pending[:CHUNK], header, b.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
                pending = pending[CHUNK:]
        _write_chunk(out, state, pending, header, b.crypto_secretstream_xchacha20poly1305_TAG_FINAL)

    write_atomically(target, write, temp=target.with_name(target.name + ".partial"))
    return target


def _write_chunk(out, state, plain: bytes, header: bytes, tag: int) -> None:
    sealed = _ss().crypto_secretstream_xchacha20poly1305_push(state, plain, header, tag)
    out.write(struct.pack(">I", len(sealed)) + sealed)


def read_header(path: Path) -> Sealed:
    """The readable header (refused if the file is not a backup at all)."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(MAGIC) + 4)
            if len(start) < len(MAGIC) + 4 or start[: len(MAGIC)] != MAGIC:
                raise BackupFileError(f"“{Path(path).name}” không phải bản sao lưu của phần mềm (hoặc bị cắt cụt).")
            (length,) = struct.unpack(">I", start[len(MAGIC):])
            if length > 64 * 1024:
                raise BackupFileError("Phần đầu bản sao lưu hỏng.")
            header_bytes = handle.read(length)
            header = json.loads(header_bytes)
            if not isinstance(header, dict) or header.get("format") != 1:
                raise BackupFileError("Bản sao lưu thuộc định dạng khác hoặc bị sửa.")
    except (ValueError, UnicodeDecodeError) as exc:
        if isinstance(exc, BackupFileError):
            raise
        raise BackupFileError("Phần đầu bản sao lưu hỏng.") from None
    return Sealed(header, header_bytes, len(MAGIC) + 4 + length)


def open_sealed(path: Path, key: bytes, into: Path) -> dict:
    """Decrypt and check the whole file, writing its files into the folder `into`; returns the
    manifest. Any change, a cut or another key: BackupFileError, and `into` holds no file of it."""
    b = _ss()
    from nacl.exceptions import CryptoError

    sealed = read_header(path)
    owner_only.make_dir(into)
    plain_path = into / "contents.partial"
    try:
        with open(path, "rb") as handle, owner_only.open_new(plain_path) as plain:
            handle.seek(sealed.body_offset)
            stream_header = handle.read(b.crypto_secretstream_xchacha20poly1305_HEADERBYTES)
            state = b.crypto_secretstream_xchacha20poly1305_state()
            try:
                b.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, key)
                final = False
                while not final:
                    raw_length = handle.read(4)
                    if len(raw_length) < 4:
                        raise BackupFileError("Bản sao lưu bị cắt cụt (chép chưa hết?): không dùng được.")
                    (length,) = struct.unpack(">I", raw_length)
                    chunk = handle.read(length)
                    if len(chunk) < length or length > CHUNK + 64:
                        raise BackupFileError("Bản sao lưu bị cắt cụt (chép chưa hết?): không dùng được.")
                    message, tag = b.crypto_secretstream_xchacha20poly1305_pull(state, chunk, sealed.header_bytes)
                    plain.write(message)
                    final = tag == b.crypto_secretstream_xchacha20poly1305_TAG_FINAL
            except CryptoError:
                raise BackupFileError("Bản sao lưu bị thay đổi, hỏng, hoặc không mở được bằng khóa này: "
                                      "không dùng được.") from None
            if handle.read(1):
                raise BackupFileError("Bản sao lưu có dữ liệu lạ sau phần cuối: không dùng được.")
        return _split(plain_path, into)
    finally:
        plain_path.unlink(missing_ok=True)


def _split(plain_path: Path, into: Path) -> dict:
    with open(plain_path, "rb") as plain:
        (length,) = struct.unpack(">I", plain.read(4))
        manifest = json.loads(plain.read(length))
        for item in manifest["files"]:
            name = Path(item["name"]).name  # never a path out of `into`
            with owner_only.open_new(into / name) as out:
                left = int(item["size"])
                while left:
                    block = plain.read(min(CHUNK, left))
                    if not block:
                        raise BackupFileError("Nội dung bản sao lưu không khớp với danh mục bên trong.")
                    out.write(block)
                    left -= len(block)
    return manifest
