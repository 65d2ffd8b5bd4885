"""The sync file container: byte layout, signing, encryption, and the checks that tell
each kind of bad file apart. See docs/sync-format.md for the layout in full.

    prelude   28 bytes  magic "DESKSYNC", version u16, flags u16, header_len u32,
                        body_len u64, CRC-32 of the 24 bytes before it (all big-endian)
    header    header_len bytes of canonical JSON (routing: unit, export number, recipient)
    body      body_len bytes: SealedBox(key) 80 bytes, secretstream header 24 bytes, chunks
    trailer   32 bytes: SHA-256 of everything before it

The plaintext inside the secretstream is: Ed25519 signature (64 bytes) over
SIG_CONTEXT_V2 + the prelude's first 24 bytes + SHA-256(header) + SHA-256(manifest)
(version 1: SIG_CONTEXT + the two hashes, without the prelude), manifest_len u32, manifest
JSON, then each part's bytes in manifest order. Parts are streamed, so a file of a million
records never has to fit in memory.

Nothing a file says is used before it is checked: the prelude's version, flags and lengths,
then every header field's type and range (check_header), the manifest's once it is
decrypted (check_manifest). A file that fails says why; nothing of it is applied.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from nacl import bindings as sodium
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, SealedBox

from desk_app.sync.keys import KeyPair, PublicKeys

MAGIC = b"DESKSYNC"
FORMAT_VERSION = 4  # 2: the signature covers the prelude too; 3: dossiers carry their channel's details,
# and the follow-ups of ratings and of the reception log travel as parts; 4: the attachments'
# metadata and hashes (and their files where the unit opts in) (db/sync_parts.py)
# 1 is still read: its signed header names its version, and its flags must be 0. 2 and 3 are read
# as 4 is (same container and signature); they lack what came later.
READABLE_VERSIONS = (1, 2, 3, 4)
KNOWN_FLAGS = 0  # no flag is defined yet: a file with any set is from a newer writer
MAX_HEADER = 64 * 1024  # the header is a few hundred bytes
_PRELUDE_FIELDS = struct.Struct(">8sHHIQ")
_CRC = struct.Struct(">I")
PRELUDE_SIZE = _PRELUDE_FIELDS.size + _CRC.size  # 28
TRAILER_SIZE = 32
SEALED_KEY_SIZE = 32 + 48  # the secretstream key, sealed to the recipient's box key
STREAM_HEADER_SIZE = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES  # 24
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES  # 17
CHUNK_SIZE = 64 * 1024
SIGNATURE_SIZE = 64
SIG_CONTEXT = b"desk-sync-v1 signature\x00"
SIG_CONTEXT_V2 = b"desk-sync-v2 signature\x00"
_U32 = struct.Struct(">I")
_READ_BLOCK = 1 << 20
FILE_SUFFIX = ".dsync"
FILE_NAME = re.compile(r"^(?P<unit>.+)_(?P<day>\d{8})_seq(?P<seq>\d+)\.dsync$", re.IGNORECASE)

# The kinds of refusal; each has its own message so the officer knows what to do.
NOT_SYNC, TOO_NEW, TRUNCATED, CORRUPT, RENAMED, UNKNOWN_UNIT, WRONG_RECIPIENT, BAD_SIGNATURE = (
    "not_sync", "too_new", "truncated", "corrupt", "renamed", "unknown_unit", "wrong_recipient", "bad_signature")


class SyncFileError(ValueError):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def file_name(unit_code: str, day_text: str, export_seq: int) -> str:
    """`CAXTT_20261123_seq0012.dsync`: unit, day and number readable by a person."""
    return f"{unit_code}_{day_text.replace('-', '')}_seq{export_seq:04d}{FILE_SUFFIX}"


def canonical_json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _signed_message(version: int, prelude_fields: bytes, header_bytes: bytes, manifest_bytes: bytes) -> bytes:
    hashes = hashlib.sha256(header_bytes).digest() + hashlib.sha256(manifest_bytes).digest()
    if version == 1:
        return SIG_CONTEXT + hashes
    return SIG_CONTEXT_V2 + prelude_fields + hashes


# -- writing -----------------------------------------------------------------------------

@dataclass
class Part:
    name: str
    handle: BinaryIO  # positioned anywhere; read from 0
    size: int


class _HashingWriter:
    def __init__(self, handle: BinaryIO):
        self.handle = handle
        self.sha = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.sha.update(data)
        self.handle.write(data)


class _Encryptor:
    """Cuts the plaintext into CHUNK_SIZE pieces; the last one carries the FINAL tag."""

    def __init__(self, out: _HashingWriter, key: bytes):
        self.out = out
        self.state = sodium.crypto_secretstream_xchacha20poly1305_state()
        out.write(sodium.crypto_secretstream_xchacha20poly1305_init_push(self.state, key))
        self.buffer = bytearray()

    def write(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) > CHUNK_SIZE:  # strictly more: the last chunk waits for close()
            self._push(bytes(self.buffer[:CHUNK_SIZE]), sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            del self.buffer[:CHUNK_SIZE]

    def close(self) -> None:
        self._push(bytes(self.buffer), sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL)
        self.buffer.clear()

    def _push(self, chunk: bytes, tag: int) -> None:
        self.out.write(sodium.crypto_secretstream_xchacha20poly1305_push(self.state, chunk, None, tag))


def write_container(handle: BinaryIO, header: dict, manifest: dict, parts: list[Part],
                    sender: KeyPair, recipient: PublicKeys) -> str:
    """Write the whole file to handle; returns the SHA-256 (hex) of the file."""
    header = dict(header, format=FORMAT_VERSION, chunk_size=CHUNK_SIZE,
                  sender=sender.public.fingerprint(), recipient=recipient.fingerprint())
    header_bytes = canonical_json(header)
    manifest_bytes = canonical_json(manifest)
    plain_size = SIGNATURE_SIZE + _U32.size + len(manifest_bytes) + sum(p.size for p in parts)
    chunks = -(-plain_size // CHUNK_SIZE)
    body_len = SEALED_KEY_SIZE + STREAM_HEADER_SIZE + plain_size + chunks * ABYTES
    fields = _PRELUDE_FIELDS.pack(MAGIC, FORMAT_VERSION, 0, len(header_bytes), body_len)
    message = _signed_message(FORMAT_VERSION, fields, header_bytes, manifest_bytes)
    signature = sender.signing.sign(message).signature
    out = _HashingWriter(handle)
    out.write(fields + _CRC.pack(zlib.crc32(fields)))
    out.write(header_bytes)
    key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    out.write(SealedBox(recipient.box).encrypt(key))
    stream = _Encryptor(out, key)
    stream.write(signature + _U32.pack(len(manifest_bytes)) + manifest_bytes)
    for part in parts:
        part.handle.seek(0)
        while block := part.handle.read(_READ_BLOCK):
            stream.write(block)
    stream.close()
    handle.write(out.sha.digest())
    return out.sha.hexdigest()


# -- reading -----------------------------------------------------------------------------

@dataclass
class Envelope:
    """What can be read and checked without any key: the outer layer, verified intact."""
    path: Path
    header: dict
    header_bytes: bytes
    body_offset: int
    body_len: int
    sha256: str
    size: int
    version: int = FORMAT_VERSION
    prelude_fields: bytes = b""  # the 24 signed bytes before the CRC (version 2)

    @property
    def unit(self) -> str:
        return str(self.header.get("unit", ""))

    @property
    def export_seq(self) -> int:
        return int(self.header.get("export_seq", 0))


def open_envelope(path: Path | str) -> Envelope:
    """Checks, in an order that tells causes apart: not ours, newer format, truncated,
    changed bytes, unreadable header. Reads the file once (streamed)."""
    path = Path(path)
    name = path.name
    size = path.stat().st_size
    with open(path, "rb") as handle:
        prelude = handle.read(PRELUDE_SIZE)
        if len(prelude) < len(MAGIC) or not prelude.startswith(MAGIC):
            raise SyncFileError(NOT_SYNC, f"“{name}” không phải tệp đồng bộ của phần mềm một cửa.")
        if len(prelude) < PRELUDE_SIZE:
            raise SyncFileError(TRUNCATED, f"Tệp “{name}” bị cắt cụt ngay phần đầu ({size} byte). "
                                           "Hãy chép lại tệp từ máy của xã.")
        fields, (crc,) = prelude[:-_CRC.size], _CRC.unpack(prelude[-_CRC.size:])
        if zlib.crc32(fields) != crc:
            raise SyncFileError(CORRUPT, f"Tệp “{name}” bị hỏng ở phần đầu (mã kiểm tra không khớp). "
                                         "Hãy chép lại tệp hoặc xin xã xuất lại.")
        _, version, flags, header_len, body_len = _PRELUDE_FIELDS.unpack(fields)
        check_prelude(name, version, flags, header_len)
        expected = PRELUDE_SIZE + header_len + body_len + TRAILER_SIZE
        if size < expected:
            raise SyncFileError(TRUNCATED, f"Tệp “{name}” bị cắt cụt: chỉ có {size:,} trên {expected:,} byte "
                                           "(chép chưa xong hoặc USB bị rút ra). Hãy chép lại tệp từ máy của xã."
                                .replace(",", "."))
        if size > expected:
            raise SyncFileError(CORRUPT, f"Tệp “{name}” có {size - expected} byte thừa ở cuối: tệp đã bị sửa đổi. "
                                         "Hãy xin xã xuất lại tệp.")
        sha = hashlib.sha256(prelude)
        header_bytes = handle.read(header_len)
        sha.update(header_bytes)
        remaining = body_len
        while remaining:
            block = handle.read(min(_READ_BLOCK, remaining))
            sha.update(block)
            remaining -= len(block)
        if sha.digest() != handle.read(TRAILER_SIZE):
            raise SyncFileError(CORRUPT, f"Tệp “{name}” bị hỏng hoặc bị sửa đổi (mã băm SHA-256 không khớp: "
                                         "có byte đã bị thay đổi). Không nhập gì. Hãy chép lại hoặc xin xã xuất lại.")
    header = check_header(name, _json_object(header_bytes, f"Phần đầu của tệp “{name}”"), version)
    return Envelope(path, header, header_bytes, PRELUDE_SIZE + header_len, body_len, sha.hexdigest(), size,
                    version, fields)


def _json_object(data: bytes, what: str) -> dict:
    """A JSON object, or CORRUPT: invalid JSON, not UTF-8, nested too deep, a number too long."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):  # (JSONDecodeError and UnicodeDecodeError are ValueErrors)
        value = None
    if not isinstance(value, dict):
        raise SyncFileError(CORRUPT, f"{what} không đọc được.")
    return value


def check_prelude(name: str, version: int, flags: int, header_len: int) -> None:
    """The fixed prefix: a version and flags this reader knows, a header of a sane size."""
    if version > FORMAT_VERSION:
        raise SyncFileError(TOO_NEW, f"Tệp “{name}” theo định dạng phiên bản {version}, mới hơn phần mềm này "
                                     f"(phiên bản {FORMAT_VERSION}). Hãy cập nhật phần mềm ở cấp trên.")
    if version not in READABLE_VERSIONS:
        raise SyncFileError(CORRUPT, f"Tệp “{name}” ghi phiên bản định dạng {version}, phiên bản này không có. "
                                     "Không nhập gì. Hãy xin xã xuất lại tệp.")
    if flags & ~KNOWN_FLAGS:
        raise SyncFileError(TOO_NEW, f"Tệp “{name}” dùng tính năng (cờ {flags:#06x}) mà phần mềm này chưa biết. "
                                     "Hãy cập nhật phần mềm ở cấp trên.")
    if not 2 <= header_len <= MAX_HEADER:
        raise SyncFileError(CORRUPT, f"Tệp “{name}” ghi phần đầu dài {header_len} byte, không hợp lệ "
                                     f"(tối đa {MAX_HEADER}). Không nhập gì. Hãy xin xã xuất lại tệp.")


_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
# Field -> (type, check of its value); every one must be present.
_HEADER_FIELDS = {
    "format": (int, lambda v: v in READABLE_VERSIONS),
    "unit": (str, lambda v: 1 <= len(v) <= 20 and all(ch.isalnum() or ch in "._" for ch in v)),
    "export_seq": (int, lambda v: 1 <= v <= 10 ** 9),
    "file_name": (str, lambda v: 1 <= len(v) <= 255),
    "created_at": (str, lambda v: re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", v, re.ASCII) is not None),
    "chunk_size": (int, lambda v: v == CHUNK_SIZE),
    "sender": (str, lambda v: _FINGERPRINT.fullmatch(v) is not None),
    "recipient": (str, lambda v: _FINGERPRINT.fullmatch(v) is not None),
}


def check_header(name: str, header: dict, version: int) -> dict:
    """Every routing field of the header with its type and range, before any of it is used."""
    for key, (kind, valid) in _HEADER_FIELDS.items():
        value = header.get(key)
        if not isinstance(value, kind) or isinstance(value, bool) or not valid(value):
            shown = json.dumps(value, ensure_ascii=False)
            shown = shown if len(shown) <= 40 else shown[:40] + "…"
            raise SyncFileError(CORRUPT, f"Phần đầu của tệp “{name}” có trường “{key}” không hợp lệ ({shown}). "
                                         "Không nhập gì. Hãy xin xã xuất lại tệp.")
    if header["format"] != version:  # the signed header names the version the prelude says
        raise SyncFileError(CORRUPT, f"Tệp “{name}”: phiên bản ở phần đầu ({header['format']}) khác phiên bản "
                                     f"định dạng ({version}). Không nhập gì. Hãy xin xã xuất lại tệp.")
    return header


def check_name(envelope: Envelope) -> None:
    """A file renamed to look like another unit's (or another number) is refused: the name is
    what people sort and count by. Names outside the pattern (e.g. "tep (1).dsync") pass."""
    match = FILE_NAME.match(envelope.path.name)
    if not match:
        return
    named_unit, named_seq = match["unit"].upper(), int(match["seq"])
    if named_unit != envelope.unit.upper() or named_seq != envelope.export_seq:
        raise SyncFileError(RENAMED, (
            f"Tên tệp “{envelope.path.name}” ghi đơn vị {named_unit}, số {named_seq}, nhưng nội dung là tệp số "
            f"{envelope.export_seq} của đơn vị {envelope.unit} (tên gốc “{envelope.header.get('file_name', '')}”). "
            "Tệp đã bị đổi tên: không nhập. Hãy dùng đúng tệp của từng đơn vị."))


class _Plaintext:
    """The decrypted stream, read by exact byte counts; every chunk authenticated."""

    def __init__(self, handle: BinaryIO, envelope: Envelope, key: bytes, stream_header: bytes):
        self.handle = handle
        self.envelope = envelope
        self.remaining = envelope.body_len - SEALED_KEY_SIZE - STREAM_HEADER_SIZE
        self.state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(self.state, stream_header, key)
        self.buffer = b""
        self.offset = 0
        self.finished = False

    def _pull(self) -> bytes:
        if self.finished or self.remaining <= 0:
            raise self.broken("dữ liệu kết thúc sớm")
        size = min(CHUNK_SIZE + ABYTES, self.remaining)
        cipher = self.handle.read(size)
        self.remaining -= size
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(self.state, cipher, None)
        except CryptoError:
            raise self.broken("một khối dữ liệu không giải mã được") from None
        if tag == sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL:
            self.finished = True
            if self.remaining:
                raise self.broken("có dữ liệu sau khối cuối")
        return plain

    def read(self, n: int) -> bytes:
        pieces, have = [], len(self.buffer) - self.offset
        if have >= n:
            data = self.buffer[self.offset:self.offset + n]
            self.offset += n
            return data
        pieces.append(self.buffer[self.offset:])
        while have < n:
            chunk = self._pull()
            pieces.append(chunk)
            have += len(chunk)
        joined = b"".join(pieces)
        self.buffer, self.offset = joined, n
        return joined[:n]

    def blocks(self, n: int) -> Iterator[bytes]:
        """n bytes as a few large blocks, without joining them."""
        while n:
            if self.offset >= len(self.buffer):
                self.buffer, self.offset = self._pull(), 0
            take = min(n, len(self.buffer) - self.offset)
            yield self.buffer[self.offset:self.offset + take]
            self.offset += take
            n -= take

    def expect_end(self) -> None:
        if self.offset < len(self.buffer) or not self.finished:
            raise self.broken("độ dài các phần không khớp bảng kê")

    def broken(self, what: str) -> SyncFileError:
        return SyncFileError(CORRUPT, f"Tệp “{self.envelope.path.name}” có nội dung mã hóa không hợp lệ ({what}). "
                                      "Không nhập gì. Hãy xin xã xuất lại tệp.")


@dataclass
class Opened:
    """A decrypted, signature-checked file: the manifest, and the plaintext positioned at the parts."""
    manifest: dict
    manifest_sha256: str
    plain: _Plaintext

    def parts(self) -> Iterator[tuple[dict, Iterator[bytes]]]:
        for entry in self.manifest["parts"]:
            yield entry, self.plain.blocks(int(entry["bytes"]))


def open_contents(envelope: Envelope, handle: BinaryIO, recipient: PrivateKey, sender: PublicKeys) -> Opened:
    """Decrypt with the district's key and check the unit's signature; handle stays open."""
    name = envelope.path.name
    handle.seek(envelope.body_offset)
    sealed = handle.read(SEALED_KEY_SIZE)
    try:
        key = SealedBox(recipient).decrypt(sealed)
    except CryptoError:
        raise SyncFileError(WRONG_RECIPIENT, f"Tệp “{name}” không được mã hóa cho cấp trên này: khóa của "
                                             "chúng ta không mở được. Hãy kiểm tra khóa cấp trên đã nhập ở xã.") from None
    plain = _Plaintext(handle, envelope, key, handle.read(STREAM_HEADER_SIZE))
    signature = plain.read(SIGNATURE_SIZE)
    (manifest_len,) = _U32.unpack(plain.read(_U32.size))
    if manifest_len > envelope.body_len:
        raise plain.broken("bảng kê dài hơn cả tệp")
    manifest_bytes = plain.read(manifest_len)
    message = _signed_message(envelope.version, envelope.prelude_fields, envelope.header_bytes, manifest_bytes)
    try:
        sender.verify.verify(message, signature)
    except BadSignatureError:
        raise SyncFileError(BAD_SIGNATURE, (
            f"Chữ ký của tệp “{name}” không khớp khóa đã đăng ký của đơn vị {envelope.unit}: tệp không do đơn vị "
            "này tạo ra hoặc đã bị giả mạo. Không nhập gì. Hãy đối chiếu khóa với đơn vị.")) from None
    manifest = check_manifest(name, _json_object(manifest_bytes, f"Bảng kê của tệp “{name}”"), envelope.body_len)
    return Opened(manifest, hashlib.sha256(manifest_bytes).hexdigest(), plain)


def check_manifest(name: str, manifest: dict, body_len: int) -> dict:
    """What the importer reads of the manifest, with its type and range (it is signed, but a
    signing unit's software may be faulty)."""
    def valid_int(value, top=2 ** 62) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= top

    unit, changes, parts = manifest.get("unit"), manifest.get("changes"), manifest.get("parts")
    problems = [
        not isinstance(unit, dict) or not isinstance(unit.get("code"), str),
        not valid_int(manifest.get("export_seq")),
        not isinstance(changes, dict) or not valid_int(changes.get("from_seq")) or not valid_int(changes.get("to_seq")),
        not all(isinstance(manifest.get(k), str) for k in ("day", "created_at")),
        not isinstance(manifest.get("kind", "new"), str),
        not valid_int(manifest.get("records")),
        not isinstance(parts, list) or not all(
            isinstance(p, dict) and isinstance(p.get("name"), str) and isinstance(p.get("sha256"), str)
            and valid_int(p.get("bytes"), body_len) and valid_int(p.get("records"), body_len) for p in parts),
    ]
    if any(problems):
        raise SyncFileError(CORRUPT, f"Bảng kê của tệp “{name}” có trường thiếu hoặc sai kiểu. Không nhập gì. "
                                     "Hãy xin xã xuất lại tệp.")
    return manifest


def verify_parts(opened: Opened, name: str) -> dict[str, int]:
    """Hash and count every part against the manifest (a first pass; nothing is applied)."""
    counts = {}
    for entry, blocks in opened.parts():
        sha, lines = hashlib.sha256(), 0
        for block in blocks:
            sha.update(block)
            lines += block.count(b"\n")
        if sha.hexdigest() != entry["sha256"] or lines != int(entry["records"]):
            raise SyncFileError(CORRUPT, f"Phần “{entry['name']}” của tệp “{name}” không khớp bảng kê "
                                         "(mã băm hoặc số bản ghi). Không nhập gì.")
        counts[entry["name"]] = lines
    opened.plain.expect_end()
    return counts


def iter_lines(blocks: Iterator[bytes]) -> Iterator[bytes]:
    """Complete NDJSON lines out of a part's blocks."""
    rest = b""
    for block in blocks:
        lines = (rest + block).split(b"\n")
        rest = lines.pop()
        yield from lines
    if rest:
        yield rest
