"""What every subcommand shares: opening the desk, printing results, exit codes.

Exit codes: 0 done; 2 bad input (a clear Vietnamese message on stderr); 1 the
environment failed us (disk, permissions); 3 the database is newer than this program.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
from datetime import date, datetime
from pathlib import Path

from desk_app import paths
from desk_app.app import Desk, NotSetUp
from desk_app.backups.key import PassphraseError
from desk_app.backups.sealed_file import BackupFileError
from desk_app.core.catalog import CatalogError
from desk_app.core.cccd import CccdError
from desk_app.core.codes import CodePatternError
from desk_app.core.limits import MAX_INPUT_CHARS
from desk_app.core.amend import AmendRefused
from desk_app.core.dossiers import CitizenConflict, NotFound
from desk_app.core.fees import FeeError
from desk_app.core.notice_templates import TemplateError
from desk_app.core.notices import NoticeError
from desk_app.core.lifecycle import TransitionError
from desk_app.core.registration import ValidationError, parse_received_at
from desk_app.core.rating_follow_ups import FollowUpError
from desk_app.core.roles import PermissionDenied
from desk_app.db.connection import DatabaseTooNew
from desk_app.db.file_check import DatabaseRefused, is_damage
from desk_app.db.file_copy import BackupError
from desk_app.db.database import FULL_READ_ONLY
from desk_app.db.store import StorageError
from desk_app.printing.printer_error import PrinterError

EXIT_OK, EXIT_ENVIRONMENT, EXIT_BAD_INPUT, EXIT_TOO_NEW = 0, 1, 2, 3


class BadInput(ValueError):
    """Raised by commands for input they reject; the message is shown as is."""


BAD_INPUT_ERRORS = (BadInput, ValidationError, CccdError, TransitionError, NotFound, NotSetUp,
                    CatalogError, CodePatternError, CitizenConflict, AmendRefused, PermissionDenied,
                    BackupFileError, PassphraseError, FollowUpError, FeeError, NoticeError, TemplateError)


def run_command(args) -> int:
    try:
        return args.handler(args) or EXIT_OK
    except BAD_INPUT_ERRORS as exc:
        fail(str(exc))
        return EXIT_BAD_INPUT
    except DatabaseTooNew as exc:
        fail(str(exc))
        return EXIT_TOO_NEW
    except (PrinterError, StorageError, BackupError, DatabaseRefused) as exc:  # the printer or the disk, not the input
        fail(str(exc))
        return EXIT_ENVIRONMENT
    except sqlite3.OperationalError as exc:
        fail(f"Lỗi cơ sở dữ liệu: {exc}. Kiểm tra ổ đĩa còn chỗ trống và quyền ghi thư mục dữ liệu.")
        return EXIT_ENVIRONMENT
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        # Damage past the pages read at opening: nothing was written (the write was undone).
        fail(f"Tệp cơ sở dữ liệu bị hỏng ({exc}): lệnh chưa thực hiện. Có bản sao lưu trong thư mục backups của "
             "thư mục dữ liệu; hãy báo cán bộ kỹ thuật.")
        return EXIT_ENVIRONMENT
    except OSError as exc:
        fail(f"Lỗi đọc/ghi tệp: {exc.strerror or exc} ({exc.filename or ''}). Dữ liệu đã lưu không bị ảnh hưởng.")
        return EXIT_ENVIRONMENT


def fail(message: str) -> None:
    print(f"Lỗi: {message}", file=sys.stderr)


def open_desk(args) -> Desk:
    """The desk, its audit log naming who runs the command (--officer, else the first commander)."""
    desk = Desk.open(args.data_dir)
    if desk.read_only:
        print(f"Lưu ý: {FULL_READ_ONLY}", file=sys.stderr)
    else:
        desk.before_close(lambda: _note_unwritten_looks(desk))
    if desk.audit is not None:
        officer = desk.officers.resolve(getattr(args, "officer", None))
        desk.audit.actor = officer["id"] if officer else None
    return desk


def _note_unwritten_looks(desk: Desk) -> None:
    if desk.store.unwritten_looks:
        print("Lưu ý: ổ đĩa đã đầy nên lượt xem, tìm hồ sơ vừa rồi chưa ghi được vào nhật ký kiểm tra. "
              "Hãy dọn ổ đĩa.", file=sys.stderr)


PIN_ENV = "DESK_APP_PIN"
RECOVERY_ENV = "DESK_APP_RECOVERY_PASSPHRASE"


def on_terminal() -> bool:
    """Whether a person can be asked (a script or a pipe is never waited on)."""
    return sys.stdin is not None and sys.stdin.isatty()


def ask_pin(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt, stream=sys.stderr)


def named_officer(desk: Desk, name: str | None) -> dict:
    """--officer NAME, else the only commander, else asked on a terminal; refused otherwise."""
    if name:
        officer = desk.officers.resolve(name)
        if officer is None or not officer["active"]:
            raise BadInput(f"Không có cán bộ “{name}”.")
        return officer
    commanders = desk.officers.commanders()
    if len(commanders) == 1:
        return commanders[0]
    if not commanders:
        raise BadInput("Chưa có chỉ huy nào: chạy “desk-app setup … --commander HỌ_TÊN” trước.")
    names = ", ".join(o["full_name"] for o in commanders)
    if not on_terminal():
        raise BadInput(f"Đơn vị có {len(commanders)} chỉ huy ({names}): chọn người thực hiện bằng --officer TÊN.")
    for number, officer in enumerate(commanders, 1):
        print(f"  {number}. {officer['full_name']}", file=sys.stderr)
    answer = input("Ai thực hiện lệnh này (số thứ tự)? ").strip()
    if not answer.isdigit() or not 1 <= int(answer) <= len(commanders):
        raise BadInput("Chưa chọn cán bộ: lệnh chưa thực hiện.")
    return commanders[int(answer) - 1]


def acting_officer(desk: Desk, args) -> str:
    """The officer a writing command acts as, once they have proved it with their PIN
    (DESK_APP_PIN, else asked on a terminal). Nothing is written before this returns."""
    import os

    officer = named_officer(desk, args.officer)
    pin = os.environ.get(PIN_ENV, "")
    if not pin and on_terminal():
        pin = ask_pin(f"Mã PIN của {officer['full_name']}: ")
    if not pin:
        raise BadInput(f"Lệnh này ghi dữ liệu nên cần mã PIN của {officer['full_name']}: nhập khi được hỏi, "
                       f"hoặc đặt biến môi trường {PIN_ENV}. Chưa thực hiện.")
    attempt = desk.officers.attempt(officer["id"], pin, place="cli")
    if not attempt.ok:
        raise BadInput(f"{attempt.message} ({officer['full_name']}; lệnh chưa thực hiện.)")
    if attempt.notice:
        print(f"Lưu ý: {attempt.notice}", file=sys.stderr)
    return officer["id"]


def _default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    raise TypeError(type(value).__name__)


def emit(args, data, text: str) -> None:
    """JSON with --json, else the human text."""
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_default))
    else:
        print(text)


def read_json_input(path: str | None) -> dict:
    """The JSON a command reads (a file or stdin), parsed defensively: too large, not UTF-8,
    nested too deep or holding a number too long for Python is bad input, not a crash."""
    try:
        with (open(path, encoding="utf-8") if path else contextlib.nullcontext(sys.stdin)) as source:
            raw = source.read(MAX_INPUT_CHARS + 1)
    except FileNotFoundError:
        raise BadInput(f"Không tìm thấy tệp “{path}”.") from None
    except UnicodeDecodeError:
        raise BadInput("Dữ liệu vào không phải văn bản UTF-8.") from None
    if len(raw) > MAX_INPUT_CHARS:
        raise BadInput(f"Dữ liệu vào dài quá {MAX_INPUT_CHARS:,} ký tự: một hồ sơ chỉ vài nghìn.".replace(",", "."))
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadInput(f"Dữ liệu vào không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}: {exc.msg}).") from None
    except RecursionError:
        raise BadInput("Dữ liệu vào lồng nhau quá sâu (danh sách hoặc đối tượng trong nhau hàng nghìn tầng).") from None
    except ValueError:  # an integer of more than 4,300 digits (Python's own limit)
        raise BadInput("Dữ liệu vào có một số dài hàng nghìn chữ số: không đọc được.") from None


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"“{text}” không phải ngày hợp lệ (YYYY-MM-DD).") from None


def parse_when(text: str) -> datetime:
    try:
        return parse_received_at(text)
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def recovery_passphrase(why: str) -> str:
    """The unit's recovery passphrase: DESK_APP_RECOVERY_PASSPHRASE, else asked on a terminal;
    refused otherwise, after `why`."""
    passphrase = os.environ.get(RECOVERY_ENV, "")
    if not passphrase and on_terminal():
        passphrase = ask_pin("Cụm mật khẩu khôi phục của đơn vị: ")
    if not passphrase:
        raise BadInput(f"{why} Nhập khi được hỏi, hoặc đặt biến môi trường {RECOVERY_ENV}.")
    return passphrase
