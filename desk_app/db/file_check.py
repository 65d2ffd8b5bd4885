"""Is the file at the database path one the desk may open? Looked at before anything writes
to it: a damaged file is refused untouched, with where its latest backup is.

SQLite writes whole pages, so a healthy file starts with its magic string, has the fixed
values of the format in its header, declares a page size that is a power of two from 512
to 65536, and is a whole number of pages at least as long as its header says. Anything else is damage (random bytes, a text file, a file cut
short, a changed header byte); deeper damage shows as SQLITE_CORRUPT / SQLITE_NOTADB when
the schema is read.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from desk_app import paths
from desk_app.db.file_copy import SEALED, latest_backup
from desk_app.db.database import Database, full_at_open
from desk_app.db.migration_set import MIGRATIONS_TABLE

# PRAGMA application_id of a desk database: "DESK" in ASCII. Set when the file is created
# (migration 0006, also on files made before it); a non-empty SQLite file without it, or
# with another program's id, is not ours and is never written to.
APPLICATION_ID = 0x4445534B
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
_DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


class DatabaseRefused(RuntimeError):
    """The file cannot be used as the desk's database; it was left as it was. The message is
    for the officer."""


class DatabaseDamaged(DatabaseRefused):
    pass


class NotOurDatabase(DatabaseRefused):
    pass


def is_damage(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in _DAMAGE_CODES


def damaged_message(path: Path) -> str:
    """What the officer reads when the database file is damaged (the window and the CLI)."""
    path = Path(path)
    folder = paths.backups_dir(path.parent)
    latest = latest_backup(folder)
    if latest is None:
        where = (f"Không tìm thấy bản sao lưu nào trong “{folder}”: hãy báo cán bộ kỹ thuật, "
                 "đừng xóa tệp hỏng.")
    elif latest.suffix == SEALED:
        made = datetime.fromtimestamp(latest.stat().st_mtime)
        where = (f"Bản sao lưu gần nhất: “{latest}” (lúc {made:%H:%M ngày %d/%m/%Y}). Cách khôi phục: đóng phần "
                 f"mềm; đổi tên tệp hỏng thành “{path.name}.hong” (giữ lại để kỹ thuật xem); chạy "
                 f"“desk-app restore {latest}”. Hồ sơ nhập sau lúc sao lưu cần nhập lại.")
    else:
        made = datetime.fromtimestamp(latest.stat().st_mtime)
        where = (f"Bản sao lưu gần nhất: “{latest}” (lúc {made:%H:%M ngày %d/%m/%Y}). Cách khôi phục: đóng phần "
                 f"mềm; đổi tên tệp hỏng thành “{path.name}.hong” (giữ lại để kỹ thuật xem); chép bản sao lưu "
                 f"vào “{path.parent}” và đặt tên “{path.name}”; xóa “{path.name}-wal” và “{path.name}-shm” "
                 "nếu có; mở lại phần mềm. Hồ sơ nhập sau lúc sao lưu cần nhập lại.")
    return f"Tệp cơ sở dữ liệu “{path}” bị hỏng, không mở được; tệp được giữ nguyên. {where}"


def not_ours_message(path: Path) -> str:
    return (f"Tệp “{path}” là cơ sở dữ liệu của một chương trình khác, không phải của phần mềm một cửa: "
            "không mở và không ghi gì vào tệp. Hãy chuyển tệp đó sang chỗ khác, hoặc chọn thư mục dữ liệu khác "
            "(--data-dir).")


def page_size(header: bytes) -> int | None:
    """The page size a sound database header declares; None when the header is not sound
    (the fixed values of the SQLite file format: versions 1-2, payload fractions 64/32/32,
    schema format 0-4, text encoding 0-3)."""
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return None
    number = lambda at: int.from_bytes(header[at:at + 4], "big")  # noqa: E731
    if header[18] not in (1, 2) or header[19] not in (1, 2) or header[21:24] != b"\x40\x20\x20" \
            or number(44) > 4 or number(56) > 3:
        return None
    value = int.from_bytes(header[16:18], "big")
    size = 65536 if value == 1 else value
    return size if 512 <= size <= 65536 and size & (size - 1) == 0 else None


def _cut_short(header: bytes, size: int, page: int) -> bool:
    """Not a whole number of pages, or fewer pages than the header counts (when that count is
    valid: the change counter at 24 equals the version-valid-for number at 92)."""
    if size % page:
        return True
    counted = int.from_bytes(header[28:32], "big")
    valid = counted and header[24:28] == header[92:96]
    return bool(valid and size < counted * page)


def check_file(path: Path) -> None:
    """Raise DatabaseDamaged for an existing, non-empty file that is not a healthy SQLite
    database, NotOurDatabase for another program's database. Reads only; a missing or empty
    file passes (it is a new desk)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(HEADER_SIZE)
    page = page_size(header)
    if page is None:
        raise DatabaseDamaged(damaged_message(path))
    try:
        with contextlib.closing(_reading(path)) as conn:  # reads only; waits like the desk
            conn.text_factory = bytes  # a damaged name must not stop the check itself
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}  # parses the schema
            # A short file is rare and may be a checkpoint caught half-way by another
            # process: only SQLite's own check decides that it is damage.
            # (text_factory is bytes here: SQLite's answer is b"ok")
            if _cut_short(header, size, page) and conn.execute("PRAGMA quick_check").fetchone()[0] != b"ok":
                raise DatabaseDamaged(damaged_message(path))
            ours = _is_ours(conn, names)
    except UnicodeDecodeError as exc:  # SQLite's own message quoting damaged schema text
        raise DatabaseDamaged(damaged_message(path)) from exc
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DatabaseDamaged(damaged_message(path)) from exc
        raise
    if not ours:
        raise NotOurDatabase(not_ours_message(path))


def is_desk_database(path: Path) -> bool:
    """A file fit to take the database's place (a backup's, before a restore): SQLite's own
    check passes and it carries the desk's id. Reads only."""
    conn = sqlite3.connect(path)
    try:
        healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        ours = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except sqlite3.DatabaseError:
        healthy = ours = False
    finally:
        conn.close()
    return healthy and ours


def _reading(path: Path) -> sqlite3.Connection:
    """A connection for the check; on a full disk the read-only one the desk opens there."""
    conn = sqlite3.connect(str(path), timeout=30)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        if not full_at_open(exc):
            raise
        return Database.connect_full_disk(path).conn
    return conn


def _is_ours(conn: sqlite3.Connection, names: set[bytes]) -> bool:
    """Marked with our id; or unmarked and either empty or a desk database made before the mark
    (recognised by the desk's rows in the migrations table)."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id == APPLICATION_ID:
        return True
    if application_id != 0:
        return False
    if not names:
        return True
    return MIGRATIONS_TABLE.encode() in names and conn.execute(
        f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE migration_set = 'desk_app' LIMIT 1").fetchone() is not None
